"""Readers: good input of every format, and every case of the hostile/broken corpus.

All files are generated into tmp_path (tests/data/make_bad.py builds the corpus); nothing binary is
committed. OCR runs for real with the Debian ``tesseract`` program (the Makefile installs it).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from chronology.config import Limits
from ingest.readers import SUPPORTED_SUFFIXES, RawDocument, ReadError, read_document
from ingest.readers.base import format_pages, normalise_text

_spec = importlib.util.spec_from_file_location("make_bad", Path(__file__).parent / "data" / "make_bad.py")
assert _spec and _spec.loader
make_bad = importlib.util.module_from_spec(_spec)
sys.modules["make_bad"] = make_bad
_spec.loader.exec_module(make_bad)

LIMITS = Limits()


@pytest.fixture
def ocr_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHRONOLOGY_OCR", "off")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    out = tmp_path_factory.mktemp("bad")
    return out, make_bad.make_bad_corpus(out)


# ---------------------------------------------------------------- the bad-input corpus


@pytest.mark.parametrize("name", sorted(make_bad.EXPECTED))
def test_bad_corpus(corpus: tuple[Path, dict[str, str]], name: str, ocr_off: None) -> None:
    out, expected = corpus
    assert name in expected, f"{name!r} was not generated on this system"
    kind, keyword = expected[name].split(":", 1)
    path = out / name
    if kind == "error":
        with pytest.raises(ReadError) as caught:
            read_document(path, LIMITS)
        assert keyword.lower() in str(caught.value).lower()
        assert name not in str(caught.value)  # the caller adds the file name
        return
    doc = read_document(path, LIMITS)
    assert isinstance(doc, RawDocument)
    assert doc.pages and all(isinstance(page, str) for page in doc.pages)
    for page in doc.pages:
        assert "\r" not in page and "\x00" not in page
        page.encode("utf-8")  # storable
    if kind == "status":
        assert doc.status == keyword
    elif kind == "warning":
        assert any(keyword in warning for warning in doc.warnings), doc.warnings
    elif kind == "encoding":
        assert doc.meta["encoding"] == keyword
    elif kind == "ok":
        assert doc.status == "ok"
        assert keyword in "\n".join(doc.pages)
    else:  # pragma: no cover - a typo in EXPECTED
        pytest.fail(f"unknown outcome kind {kind!r}")


def test_corpus_is_big_enough(corpus: tuple[Path, dict[str, str]]) -> None:
    out, expected = corpus
    assert len(expected) >= 20
    # Hostile files stay small on disk: the zip bomb is ~0.6 MB, the 250 MB file is sparse.
    assert (out / "zip_bomb.docx").stat().st_size < 5 * 1024 * 1024
    assert (out / "oversize.pdf").stat().st_size == 250 * 1024 * 1024


def test_duplicates_read_identically(corpus: tuple[Path, dict[str, str]]) -> None:
    out, _ = corpus
    assert read_document(out / "duplicate_a.txt").pages == read_document(out / "duplicate_b.txt").pages


def test_lying_charset_recovers_the_real_characters(corpus: tuple[Path, dict[str, str]]) -> None:
    out, _ = corpus
    doc = read_document(out / "lying_charset.eml", LIMITS)
    assert "Zoë said “no” to the £20 voucher." in doc.pages[0]
    assert doc.meta["subject"] == "Café"


def test_broken_mime_keeps_the_body_text(corpus: tuple[Path, dict[str, str]]) -> None:
    out, _ = corpus
    doc = read_document(out / "broken_mime.eml", LIMITS)
    assert "Poppy was seen at school on 4 March." in doc.pages[0]
    assert doc.meta["sent"] == "2021-03-02T10:15:00+00:00"


def test_encoded_texts_decode_to_the_same_words(corpus: tuple[Path, dict[str, str]]) -> None:
    out, _ = corpus
    want = "Zoë met the social worker on 3 March 2021 — £20 for travel.\n"
    for name in ("utf16_bom.txt", "utf16_no_bom.txt", "utf8_bom.txt"):
        assert read_document(out / name, LIMITS).pages == [want], name
    cp1252 = read_document(out / "windows1252.txt", LIMITS)
    assert cp1252.meta["encoding"] == "windows-1252"
    assert cp1252.pages[0].startswith("Café visit. Mother said “she is fine”. £20 given.\nCafé")


# ---------------------------------------------------------------- PDF


def test_pdf_text_pages_and_title(tmp_path: Path) -> None:
    path = make_bad.make_text_pdf(
        tmp_path / "report.pdf", ["Child in Need meeting\non 3 March 2021", "Second page"], title="CIN minutes"
    )
    doc = read_document(path, LIMITS)
    assert doc.kind == "pdf" and doc.status == "ok" and not doc.warnings
    assert doc.pages == ["Child in Need meeting\non 3 March 2021", "Second page"]
    assert doc.meta["title"] == "CIN minutes"
    assert doc.ocr_pages == []


def test_pdf_upper_case_suffix(tmp_path: Path) -> None:
    path = make_bad.make_text_pdf(tmp_path / "SCAN.PDF", ["Upper case name"])
    assert read_document(path, LIMITS).pages == ["Upper case name"]


def test_pdf_over_page_limit(tmp_path: Path) -> None:
    path = make_bad.make_text_pdf(tmp_path / "three.pdf", ["a", "b", "c"])
    with pytest.raises(ReadError, match="3 pages, over the 2-page limit"):
        read_document(path, Limits(max_pages=2))


def test_pdf_ocr_recognises_a_scanned_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHRONOLOGY_OCR", raising=False)
    assert shutil.which("tesseract"), "tesseract must be installed (apt-get install tesseract-ocr)"
    path = make_bad.make_image_pdf(tmp_path / "scan.pdf")
    doc = read_document(path, LIMITS)
    assert doc.status == "ocr"
    assert doc.ocr_pages == [1]
    assert "3 March 2021" in doc.pages[0]
    assert "Poppy" in doc.pages[0]
    assert any("OCR" in w and "check names and dates" in w for w in doc.warnings)


def test_pdf_needs_ocr_when_switched_off(tmp_path: Path, ocr_off: None) -> None:
    text = make_bad.make_text_pdf(tmp_path / "text.pdf", ["Typed page"])
    scan = make_bad.make_image_pdf(tmp_path / "scan.pdf", pages=2)
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.append(str(text))
    writer.append(str(scan))
    writer.write(str(tmp_path / "mixed.pdf"))
    doc = read_document(tmp_path / "mixed.pdf", LIMITS)
    assert doc.status == "needs-ocr"
    assert doc.pages == ["Typed page", "", ""]
    assert doc.ocr_pages == []
    assert any(w.startswith("pages 2–3 have no text layer") and "CHRONOLOGY_OCR=off" in w for w in doc.warnings)


def test_pdf_blank_page_is_not_sent_to_ocr(tmp_path: Path, ocr_off: None) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(tmp_path / "blank.pdf"), invariant=1)
    c.drawString(72, 700, "Only page with words")
    c.showPage()
    c.showPage()  # nothing drawn: an empty page, not a scan
    c.save()
    doc = read_document(tmp_path / "blank.pdf", LIMITS)
    assert doc.status == "ok"
    assert doc.pages == ["Only page with words", ""]
    assert doc.warnings == ["page 2 is blank"]


def test_pdf_needs_ocr_when_tesseract_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHRONOLOGY_OCR", raising=False)
    monkeypatch.setenv("CHRONOLOGY_TESSERACT", shutil.which("false") or "/bin/false")
    doc = read_document(make_bad.make_image_pdf(tmp_path / "scan.pdf"), LIMITS)
    assert doc.status == "needs-ocr"
    assert doc.pages == [""]
    assert any("tesseract failed" in w for w in doc.warnings)


def test_pdf_needs_ocr_when_tesseract_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHRONOLOGY_OCR", raising=False)
    monkeypatch.setenv("CHRONOLOGY_TESSERACT", str(tmp_path / "no-such-program"))
    doc = read_document(make_bad.make_image_pdf(tmp_path / "scan.pdf"), LIMITS)
    assert doc.status == "needs-ocr"
    assert any("not installed" in w for w in doc.warnings)


def test_pdf_page_that_cannot_be_read_gives_partial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2 as pdfium

    from ingest.readers import pdf as pdf_reader

    real = pdf_reader._page_text

    def flaky(document: pdfium.PdfDocument, index: int) -> tuple[str, bool]:
        if index == 1:
            raise pdfium.PdfiumError("Failed to load page.")
        return real(document, index)

    monkeypatch.setattr(pdf_reader, "_page_text", flaky)
    doc = read_document(make_bad.make_text_pdf(tmp_path / "p.pdf", ["one", "two", "three"]), LIMITS)
    assert doc.status == "partial"
    assert doc.pages == ["one", "", "three"]
    assert any("page 2 could not be read" in w for w in doc.warnings)


# ---------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _rich_docx(path: Path) -> Path:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "HEADER NOISE"
    document.sections[0].footer.paragraphs[0].text = "FOOTER NOISE"
    document.add_paragraph("Chronology for Poppy")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Date", "Event"
    table.cell(1, 0).text, table.cell(1, 1).text = "3 March 2021", "Moved to foster carers"
    after = document.add_paragraph("After the table\twith a tab")
    after.add_run().add_break()  # line break inside a paragraph
    after.add_run("second line")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    tracked = document.add_paragraph("Kept ")
    tracked._p.append(
        parse_xml(f'<w:del xmlns:w="{W_NS}" w:id="1" w:author="x"><w:r><w:delText>DELETED</w:delText></w:r></w:del>')
    )
    tracked._p.append(
        parse_xml(f'<w:ins xmlns:w="{W_NS}" w:id="2" w:author="x"><w:r><w:t>inserted</w:t></w:r></w:ins>')
    )
    boxed = document.add_paragraph("Anchor")
    boxed._p.append(
        parse_xml(
            f'<w:r xmlns:w="{W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
            "<w:p><w:r><w:t>Text box words</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
            "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Text box words</w:t></w:r></w:p>"
            "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    document.core_properties.title = "Poppy chronology"
    document.save(str(path))
    return path


def test_docx_paragraphs_tables_order_and_page_breaks(tmp_path: Path) -> None:
    doc = read_document(_rich_docx(tmp_path / "rich.docx"), LIMITS)
    assert doc.kind == "docx" and doc.status == "ok"
    assert doc.pages[0] == (
        "Chronology for Poppy\n"
        "Date | Event\n"
        "3 March 2021 | Moved to foster carers\n"
        "After the table\twith a tab\nsecond line"
    )
    assert doc.pages[1] == "Kept inserted\nAnchor\nText box words"
    assert len(doc.pages) == 2
    joined = "\n".join(doc.pages)
    assert "NOISE" not in joined and "DELETED" not in joined
    assert joined.count("Text box words") == 1
    assert doc.meta["title"] == "Poppy chronology"


def test_docx_simple_is_one_page(tmp_path: Path) -> None:
    doc = read_document(make_bad.make_docx(tmp_path / "s.docx", ["One", "", "Three"]), LIMITS)
    assert doc.pages == ["One\n\nThree"]


def test_docx_decompressed_limit_checked_before_opening(tmp_path: Path) -> None:
    import zipfile

    path = make_bad.make_docx(tmp_path / "big.docx", ["Small text"])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/blank.bin", b"\0" * (3 * 1024 * 1024))
    with pytest.raises(ReadError, match="over the 2 MB limit"):
        read_document(path, Limits(max_decompressed_mb=2))
    assert read_document(path, Limits(max_decompressed_mb=10)).pages == ["Small text"]


# ---------------------------------------------------------------- TXT


def test_txt_utf8_line_endings_and_form_feeds(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes("Page one\r\nline two\rline three\fPage two ✓\f".encode())
    doc = read_document(path, LIMITS)
    assert doc.kind == "txt" and doc.status == "ok" and not doc.warnings
    assert doc.pages == ["Page one\nline two\nline three", "Page two ✓"]
    assert doc.meta["encoding"] == "utf-8"


def test_txt_cyrillic_code_page_is_not_forced_to_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    text = "Привет, мир. Как дела? Ребёнок сегодня был в школе, всё хорошо. " * 3
    path.write_bytes(text.encode("cp1251"))
    doc = read_document(path, LIMITS)
    assert doc.meta["encoding"] == "windows-1251"
    assert doc.pages == [text]


# ---------------------------------------------------------------- EML


def test_eml_header_block_date_and_encoded_subject(tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["From"] = "Anna Smith <anna@council.example>"
    msg["To"] = "Team Manager <tm@council.example>"
    msg["Date"] = "Tue, 02 Mar 2021 10:15:00 +0000"
    msg["Subject"] = "Visit to Zoë"  # becomes an encoded-word on the wire
    msg.set_content("Home visit completed.\nPoppy was well.\n")
    path = tmp_path / "visit.eml"
    path.write_bytes(msg.as_bytes())
    assert b"=?utf-8?" in path.read_bytes()
    doc = read_document(path, LIMITS)
    assert doc.kind == "eml" and doc.status == "ok" and not doc.warnings
    assert doc.pages == [
        "From: Anna Smith <anna@council.example>\nTo: Team Manager <tm@council.example>\n"
        "Date: Tue, 02 Mar 2021 10:15:00 +0000\nSubject: Visit to Zoë\n\nHome visit completed.\nPoppy was well."
    ]
    assert doc.meta == {
        "from": "Anna Smith <anna@council.example>",
        "to": "Team Manager <tm@council.example>",
        "subject": "Visit to Zoë",
        "sent": "2021-03-02T10:15:00+00:00",
    }


def test_eml_html_only_body_is_stripped(tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["From"], msg["Date"], msg["Subject"] = "a@b.example", "Wed, 03 Mar 2021 09:00:00 +0100", "HTML"
    msg.set_content(
        "<html><head><style>p{color:red}</style></head><body><p>Strategy meeting &amp; plan</p>"
        "<table><tr><td>Date</td><td>3 March</td></tr></table><script>x()</script></body></html>",
        subtype="html",
    )
    path = tmp_path / "h.eml"
    path.write_bytes(msg.as_bytes())
    doc = read_document(path, LIMITS)
    body = doc.pages[0].split("\n\n", 1)[1]
    assert body == "Strategy meeting & plan\n\nDate | 3 March"
    assert doc.meta["sent"] == "2021-03-03T09:00:00+01:00"


def test_eml_prefers_plain_part_and_lists_attachments(tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["From"], msg["Date"], msg["Subject"] = "a@b.example", "Wed, 03 Mar 2021 09:00:00 +0000", "Both"
    msg.set_content("Plain version")
    msg.add_alternative("<p>HTML version</p>", subtype="html")
    msg.add_attachment(b"data", maintype="application", subtype="octet-stream", filename="notes.docx")
    inner = EmailMessage()
    inner["Subject"] = "forwarded"
    inner.set_content("inner text")
    msg.add_attachment(inner)
    path = tmp_path / "both.eml"
    path.write_bytes(msg.as_bytes())
    doc = read_document(path, LIMITS)
    assert doc.pages[0].endswith("\n\nPlain version")
    assert "HTML version" not in doc.pages[0] and "inner text" not in doc.pages[0]
    assert "attachments not ingested: notes.docx, an attached e-mail" in doc.warnings


# ---------------------------------------------------------------- the entry point


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == {".pdf", ".docx", ".txt", ".eml"}


def test_size_limit_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    with open(path, "wb") as handle:
        handle.truncate(3 * 1024 * 1024 + 1)
    from ingest.readers import txt

    monkeypatch.setattr(txt, "read_txt", lambda *a: pytest.fail("the file was read"))
    with pytest.raises(ReadError, match=r"the file is 4 MB, over the 3 MB limit \(CHRONOLOGY_MAX_FILE_MB\)"):
        read_document(path, Limits(max_file_mb=3))


def test_permission_denied_is_a_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, which reads chmod-000 files; so make the open itself fail.
    import builtins

    real_open = builtins.open
    for name in ("locked.txt", "locked.pdf", "locked.eml", "locked.docx"):
        path = tmp_path / name
        path.write_text("secret")

        def denied(file: object, *args: object, _path: Path = path, **kwargs: object) -> object:
            if Path(str(file)) == _path:
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(builtins, "open", denied)
        with pytest.raises(ReadError, match="permission denied"):
            read_document(path, LIMITS)
        monkeypatch.setattr(builtins, "open", real_open)


def test_unexpected_library_errors_are_wrapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ingest.readers import txt

    path = tmp_path / "x.txt"
    path.write_text("hello")

    def boom(*args: object) -> RawDocument:
        raise ValueError(f"bad thing in {path}")

    monkeypatch.setattr(txt, "read_txt", boom)
    with pytest.raises(ReadError) as caught:
        read_document(path, LIMITS)
    assert str(caught.value) == "the file could not be read (ValueError: bad thing in the file)"


def test_keyboard_interrupt_is_not_swallowed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ingest.readers import txt

    path = tmp_path / "x.txt"
    path.write_text("hello")

    def interrupted(*args: object) -> RawDocument:
        raise KeyboardInterrupt

    monkeypatch.setattr(txt, "read_txt", interrupted)
    with pytest.raises(KeyboardInterrupt):
        read_document(path, LIMITS)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="does not exist"):
        read_document(tmp_path / "gone.pdf", LIMITS)


def test_limits_default_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHRONOLOGY_MAX_FILE_MB", "1")
    path = tmp_path / "two.txt"
    with open(path, "wb") as handle:
        handle.truncate(2 * 1024 * 1024)
    with pytest.raises(ReadError, match="over the 1 MB limit"):
        read_document(path)


# ---------------------------------------------------------------- helpers


def test_normalise_text() -> None:
    assert normalise_text("a\r\nb\rc\x00d\x07e\tf\x0cg\x85h\ud800i\ufffej") == "a\nb\ncde\tfgh\ufffdij"


def test_format_pages() -> None:
    assert format_pages([3]) == "page 3"
    assert format_pages([5, 1, 2, 3]) == "pages 1–3 and 5"
    assert format_pages([1, 4, 9]) == "pages 1, 4 and 9"
