"""Generate a corpus of hostile and broken input files for the readers.

Nothing binary is committed: tests call :func:`make_bad_corpus` into a temporary folder. Run it as a
script to inspect the files by hand::

    .venv/bin/python tests/data/make_bad.py /tmp/bad-corpus

The returned mapping is file name → expected outcome, written ``"<kind>:<keyword>"``:

* ``error:<words>``    — ``read_document`` raises ReadError whose message contains the words
* ``status:<status>``  — it returns a RawDocument with that status
* ``warning:<words>``  — it returns a RawDocument with a warning containing the words
* ``encoding:<name>``  — it returns a RawDocument with ``meta["encoding"] == name``
* ``ok:<words>``       — it returns status "ok" and the words appear in the text

Expectations assume OCR is switched off (``CHRONOLOGY_OCR=off``) and default ``Limits()``.

Unreadable files: the tests run as root, and root reads a ``chmod 000`` file anyway, so
``unreadable.txt`` is expected to fail with "permission denied" only for other users; as root it is
expected to read normally. Files that must never be opened are covered by ``folder.pdf`` (a
directory) and ``pipe.txt`` (a FIFO, which would block a naive reader for ever).
"""

from __future__ import annotations

import io
import os
import re
import sys
import zipfile
from email.message import EmailMessage
from pathlib import Path

POPPY = "On 3 March 2021 Poppy moved to foster carers."

# Names are fixed; make_bad_corpus returns the ones it could create on this system.
EXPECTED: dict[str, str] = {
    # PDF
    "truncated.pdf": "error:damaged or truncated",
    "encrypted_password.pdf": "error:needs a password",
    "encrypted_empty_password.pdf": "warning:encrypted but opens without a password",
    "zero_pages.pdf": "error:has no pages",
    "absurd_page_count.pdf": "ok:Count claims a billion",
    "absurd_stream_length.pdf": "ok:stream length lies",
    "too_many_pages.pdf": "error:page limit",
    "zip_named.pdf": "error:not a PDF file (it looks like a ZIP archive)",
    "text_named.pdf": "error:not a PDF file (it looks like plain text)",
    "image_only.pdf": "status:needs-ocr",
    "empty.pdf": "error:the file is empty",
    "oversize.pdf": "error:over the 200 MB limit",
    "folder.pdf": "error:not a regular file (it is a folder)",
    "loop.pdf": "error:loops back on itself",
    # DOCX
    "not_a_zip.docx": "error:not a ZIP archive",
    "zip_bomb.docx": "error:zip bomb",
    "no_document_xml.docx": "error:word/document.xml is missing",
    "old_or_protected.docx": "error:password-protected or in the old .doc format",
    "truncated.docx": "error:damaged or truncated",
    "empty.docx": "error:the file is empty",
    # E-mail
    "broken_mime.eml": "warning:MIME structure is broken",
    "bad_base64.eml": "warning:MIME structure has defects",
    "lying_charset.eml": "warning:read as windows-1252",
    "unknown_charset.eml": "warning:unknown character set",
    "odd_headers.eml": "ok:body survives odd headers",
    "with_attachment.eml": "warning:attachments not ingested: report.pdf",
    "pdf_named.eml": "error:not an e-mail file (it looks like a PDF document)",
    "no_headers.eml": "error:no e-mail headers found",
    "empty.eml": "error:the file is empty",
    # Text
    "utf16_bom.txt": "encoding:utf-16-le",
    "utf16_no_bom.txt": "encoding:utf-16-le",
    "windows1252.txt": "warning:read as windows-1252",
    "utf8_bom.txt": "encoding:utf-8-sig",
    "nul_bytes.txt": "warning:removed 3 NUL bytes",
    "png_named.txt": "error:not a text file (it looks like a PNG image)",
    "random_binary.txt": "error:not a text file",
    "only_whitespace.txt": "warning:contains no text",
    "empty.txt": "error:the file is empty",
    "pipe.txt": "error:not a regular file (it is a named pipe)",
    "dangling_link.txt": "error:does not exist",
    "unreadable.txt": "error:permission denied",
    "Zoë’s notes\n(copy).txt": "ok:Zoë visited",
    "duplicate_a.txt": "ok:identical content",
    "duplicate_b.txt": "ok:identical content",
    # Other
    "spreadsheet.xlsx": "error:unsupported file type .xlsx",
    "no_extension": "error:unsupported file type (the file name has no extension",
}


# ---------------------------------------------------------------- builders (also used by the tests)


def make_text_pdf(path: Path, pages: list[str], title: str | None = None, font_size: int = 12) -> Path:
    """A PDF with a real text layer, one string per page (lines split on "\\n")."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), invariant=1, pageCompression=0)
    if title:
        c.setTitle(title)
    for text in pages:
        obj = c.beginText(40, 780)
        obj.setFont("Helvetica", font_size)
        for line in text.split("\n"):
            obj.textLine(line)
        c.drawText(obj)
        c.showPage()
    c.save()
    return path


def make_image_pdf(path: Path, text: str = POPPY, pages: int = 1) -> Path:
    """A scanned-style PDF: each page is only a picture of large text, with no text layer."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    source = io.BytesIO()
    source_canvas = canvas.Canvas(source, invariant=1)
    obj = source_canvas.beginText(30, 760)
    obj.setFont("Helvetica", 20)
    obj.textLine(text)
    source_canvas.drawText(obj)
    source_canvas.showPage()
    source_canvas.save()
    rendered = pdfium.PdfDocument(source.getvalue())
    image = rendered[0].render(scale=150 / 72, grayscale=True).to_pil()
    rendered.close()

    c = canvas.Canvas(str(path), invariant=1)
    width, height = c._pagesize
    for _ in range(pages):
        c.drawImage(ImageReader(image), 0, 0, width=width, height=height)
        c.showPage()
    c.save()
    return path


def make_docx(path: Path, paragraphs: list[str]) -> Path:
    """A minimal real Word document."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def make_eml(path: Path, body: str, **headers: str) -> Path:
    msg = EmailMessage()
    msg["From"] = headers.get("sender", "Anna Social Worker <anna@council.example>")
    msg["To"] = headers.get("to", "Team Manager <tm@council.example>")
    msg["Date"] = headers.get("date", "Tue, 02 Mar 2021 10:15:00 +0000")
    msg["Subject"] = headers.get("subject", "Visit to Poppy")
    msg.set_content(body)
    path.write_bytes(msg.as_bytes())
    return path


# ---------------------------------------------------------------- the corpus


def _pdf(out: Path) -> None:
    from pypdf import PdfWriter

    good = make_text_pdf(out / "_good.pdf", ["Page one of the report.", "Page two.", "Page three."])
    data = good.read_bytes()
    (out / "truncated.pdf").write_bytes(data[: int(len(data) * 0.4)])

    writer = PdfWriter(clone_from=str(good))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    writer.write(str(out / "encrypted_password.pdf"))
    writer = PdfWriter(clone_from=str(good))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    writer.write(str(out / "encrypted_empty_password.pdf"))

    PdfWriter().write(str(out / "zero_pages.pdf"))

    lying = make_text_pdf(out / "_count.pdf", ["The Count claims a billion pages.", "Second page."]).read_bytes()
    (out / "absurd_page_count.pdf").write_bytes(re.sub(rb"/Count \d+", b"/Count 999999999", lying))
    (out / "_count.pdf").unlink()
    lying = make_text_pdf(out / "_len.pdf", ["The stream length lies."]).read_bytes()
    (out / "absurd_stream_length.pdf").write_bytes(re.sub(rb"/Length \d+", b"/Length 99999999", lying))
    (out / "_len.pdf").unlink()

    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out / "too_many_pages.pdf"), invariant=1)
    for _ in range(5001):
        c.showPage()
    c.save()

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a pdf")
    (out / "zip_named.pdf").write_bytes(buffer.getvalue())
    (out / "text_named.pdf").write_text("Just some notes saved with the wrong name.\n")
    make_image_pdf(out / "image_only.pdf")
    (out / "empty.pdf").touch()
    with open(out / "oversize.pdf", "wb") as handle:  # sparse: 250 MB long, almost nothing on disk
        handle.write(b"%PDF-1.4\n")
        handle.truncate(250 * 1024 * 1024)
    (out / "folder.pdf").mkdir()
    try:
        os.symlink("loop.pdf", out / "loop.pdf")
    except (OSError, NotImplementedError):
        pass
    good.unlink()


def _docx(out: Path) -> None:
    (out / "not_a_zip.docx").write_text("This is plain text pretending to be a Word file.\n")
    with zipfile.ZipFile(out / "zip_bomb.docx", "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            zeros = b"\0" * (1 << 20)
            for _ in range(600):  # 600 MB of zeros, about 0.6 MB on disk
                member.write(zeros)
    with zipfile.ZipFile(out / "no_document_xml.docx", "w") as archive:  # really a spreadsheet's parts
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    (out / "old_or_protected.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + b"junk" * 100)
    good = make_docx(out / "_good.docx", ["First paragraph of a real document."] * 50)
    data = good.read_bytes()
    (out / "truncated.docx").write_bytes(data[: len(data) // 2])
    good.unlink()
    (out / "empty.docx").touch()


def _eml(out: Path) -> None:
    (out / "broken_mime.eml").write_bytes(
        b"From: anna@council.example\r\nTo: tm@council.example\r\nDate: Tue, 02 Mar 2021 10:15:00 +0000\r\n"
        b"Subject: Broken\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n'
        b"--ABC\r\nContent-Type: text/plain\r\n\r\nPoppy was seen at school on 4 March.\r\n--ABC--\r\n"
    )
    (out / "bad_base64.eml").write_bytes(
        b"From: anna@council.example\r\nDate: Tue, 02 Mar 2021 10:15:00 +0000\r\nSubject: b64\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"UG9wcHkgd2FzIHNlZW4=!!!***not base64 at all***\r\n"
    )
    (out / "lying_charset.eml").write_bytes(
        b"From: anna@council.example\r\nDate: Tue, 02 Mar 2021 10:15:00 +0000\r\nSubject: Caf\xe9\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        + "Zoë said “no” to the £20 voucher.\r\n".encode("cp1252")
    )
    (out / "unknown_charset.eml").write_bytes(
        b"From: anna@council.example\r\nDate: Tue, 02 Mar 2021 10:15:00 +0000\r\nSubject: x\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: text/plain; charset="x-made-up-charset"\r\n\r\n'
        b"Plain words.\r\n"
    )
    (out / "odd_headers.eml").write_bytes(
        b"From: <<<@@@>>> \"unclosed\r\nTo: =?utf-8?q?broken_encoded=word\r\nCc: ,,,;;;\r\n"
        b"Date: the day after tomorrow\r\nSubject: =?x-unknown?B?!!!?=\r\n\r\n"
        b"The body survives odd headers.\r\n"
    )
    msg = EmailMessage()
    msg["From"] = "anna@council.example"
    msg["To"] = "tm@council.example"
    msg["Date"] = "Tue, 02 Mar 2021 10:15:00 +0000"
    msg["Subject"] = "Report attached"
    msg.set_content("Please see the report.")
    msg.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="report.pdf")
    (out / "with_attachment.eml").write_bytes(msg.as_bytes())
    (out / "pdf_named.eml").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (out / "no_headers.eml").write_text("Dear Sir,\n\nI write about Poppy.\n")
    (out / "empty.eml").touch()


def _txt(out: Path) -> None:
    text = "Zoë met the social worker on 3 March 2021 — £20 for travel.\n"
    (out / "utf16_bom.txt").write_bytes(text.encode("utf-16"))  # Python writes a LE BOM
    (out / "utf16_no_bom.txt").write_bytes(text.encode("utf-16-le"))
    legacy = "Café visit. Mother said “she is fine”. £20 given.\r\n" * 3
    (out / "windows1252.txt").write_bytes(legacy.encode("cp1252"))
    (out / "utf8_bom.txt").write_bytes(text.encode("utf-8-sig"))
    (out / "nul_bytes.txt").write_bytes(b"Contact\x00 on 3 March\x00 2021 at home.\x00\n")
    (out / "png_named.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (out / "random_binary.txt").write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4096)))
    (out / "only_whitespace.txt").write_text("   \n\n\t \n")
    (out / "empty.txt").touch()
    if hasattr(os, "mkfifo"):
        os.mkfifo(out / "pipe.txt")
    try:
        os.symlink("nowhere/missing.txt", out / "dangling_link.txt")
    except (OSError, NotImplementedError):
        pass
    unreadable = out / "unreadable.txt"
    unreadable.write_text("Unreadable to others.\n")
    unreadable.chmod(0)
    (out / "Zoë’s notes\n(copy).txt").write_text("Zoë visited on 1 April 2021.\n", encoding="utf-8")
    (out / "duplicate_a.txt").write_text("identical content in two files\n")
    (out / "duplicate_b.txt").write_text("identical content in two files\n")


def _other(out: Path) -> None:
    (out / "spreadsheet.xlsx").write_bytes(b"PK\x03\x04" + bytes(range(64)))
    (out / "no_extension").write_text("no extension at all\n")


def make_bad_corpus(out_dir: Path) -> dict[str, str]:
    """Write the corpus into ``out_dir``; returns file name → expected outcome for files created."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for build in (_pdf, _docx, _eml, _txt, _other):
        build(out)
    expected: dict[str, str] = {}
    for name, outcome in EXPECTED.items():
        if os.path.lexists(out / name):
            expected[name] = outcome
    if "unreadable.txt" in expected and os.access(out / "unreadable.txt", os.R_OK):
        expected["unreadable.txt"] = "ok:Unreadable to others"  # root (or a capable user) reads it anyway
    return expected


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "bad-corpus")
    for file_name, outcome in make_bad_corpus(target).items():
        print(f"{file_name!r:40} {outcome}")
