"""Write a ``Doc`` as PDF, DOCX, TXT or EML, byte-for-byte reproducibly.

Why a hand-rolled PDF layout instead of platypus: it is several times faster (the 5,000-page
benchmark bundle must build quickly), it knows the page count before drawing so every page can
say "Page N of M", and it keeps each case-note header on a single line for the splitter.
"""

from __future__ import annotations

import io
import random
import textwrap
import zipfile
from datetime import datetime, timezone
from email.message import EmailMessage
from email.policy import default as email_policy
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from ._model import Block, Doc

rl_config.invariant = 1  # no creation dates or random IDs in the PDF

PAGE_W, PAGE_H = A4
ML, MR, MT, MB = 68.0, 68.0, 72.0, 66.0
CW = PAGE_W - ML - MR

# font, size, leading, space before, space after
STYLE: dict[str, tuple[str, float, float, float, float]] = {
    "title": ("Helvetica-Bold", 15, 20, 4, 8),
    "h1": ("Helvetica-Bold", 12.5, 16, 10, 4),
    "h2": ("Helvetica-Bold", 11, 14.5, 7, 3),
    "p": ("Helvetica", 11, 15, 0, 6),
    "kv": ("Helvetica", 11, 15, 0, 2),
    "right": ("Helvetica", 11, 15, 0, 2),
    "addr": ("Helvetica", 11, 14.2, 0, 0),
    "small": ("Helvetica-Oblique", 8.5, 11, 0, 4),
    "note": ("Helvetica-Bold", 10, 13.5, 14, 3),
}
TABLE_FONT, TABLE_SIZE, TABLE_LEAD = "Helvetica", 9.5, 12.0


class _Layout:
    """Places lines on pages; ops are drawn later once the page total is known."""

    def __init__(self) -> None:
        self.pages: list[list[tuple[Any, ...]]] = [[]]
        self.y = PAGE_H - MT

    @property
    def at_top(self) -> bool:
        return self.y >= PAGE_H - MT - 0.1

    def new_page(self) -> None:
        self.pages.append([])
        self.y = PAGE_H - MT

    def need(self, h: float) -> None:
        if self.y - h < MB and not self.at_top:
            self.new_page()

    def gap(self, h: float) -> None:
        if not self.at_top:
            self.y -= h

    def line(self, x: float, font: str, size: float, lead: float, s: str, align: str = "left") -> None:
        self.need(lead)
        self.y -= lead
        self.pages[-1].append(("t", x, self.y, font, size, s, align))

    def op(self, *args: Any) -> None:
        self.pages[-1].append(args)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        out.extend(simpleSplit(para, font, size, width) or [""])
    return out


def _layout_block(L: _Layout, b: Block) -> None:
    if b.kind == "pagebreak":
        if not L.at_top:
            L.new_page()
        return
    if b.kind == "spacer":
        L.gap(10)
        return
    if b.kind == "table":
        _layout_table(L, b)
        return
    font, size, lead, before, after = STYLE[b.kind]
    if b.kind in ("h1", "h2", "title", "note"):
        L.need(before + lead * 3)  # keep headings with what follows
    L.gap(before)
    if b.kind == "note":
        L.op("rule", L.y + 2)
        # one line always: shrink the font rather than wrap the header
        while stringWidth(b.text, font, size) > CW and size > 6.5:
            size -= 0.25
        L.line(ML, font, size, lead, b.text)
    elif b.kind == "kv":
        label = f"{b.label}: "
        lw = stringWidth(label, "Helvetica-Bold", size)
        lines = _wrap(b.text, font, size, CW - lw) if b.text else [""]
        L.need(lead)
        L.y -= lead
        L.op("kv", ML, L.y, size, label, font, lines[0])
        for ln in lines[1:]:
            L.line(ML + lw, font, size, lead, ln)
    elif b.kind == "right":
        for ln in _wrap(b.text, font, size, CW):
            L.line(PAGE_W - MR, font, size, lead, ln, "right")
    else:
        for ln in _wrap(b.text, font, size, CW):
            L.line(ML, font, size, lead, ln)
    L.gap(after)


def _layout_table(L: _Layout, b: Block) -> None:
    rows = b.rows or []
    if not rows:
        return
    ncol = len(rows[0])
    fr = b.widths or [1.0 / ncol] * ncol
    tot = sum(fr)
    widths = [CW * f / tot for f in fr]
    pad = 3.0

    def cells(r: list[str], bold: bool) -> tuple[list[list[str]], float]:
        font = "Helvetica-Bold" if bold else TABLE_FONT
        wrapped = [_wrap(c, font, TABLE_SIZE, w - 2 * pad) for c, w in zip(r, widths)]
        return wrapped, max(len(w) for w in wrapped) * TABLE_LEAD + 2 * pad

    def draw_row(r: list[str], bold: bool) -> None:
        wrapped, h = cells(r, bold)
        if L.y - h < MB and not L.at_top:
            L.new_page()
            if not bold:
                draw_row(rows[0], True)  # repeat the header row
        top = L.y
        x = ML
        for lines, w in zip(wrapped, widths):
            L.op("rect", x, top - h, w, h, bold)
            yy = top - pad
            for ln in lines:
                yy -= TABLE_LEAD
                L.op("t", x + pad, yy + 2.5, "Helvetica-Bold" if bold else TABLE_FONT, TABLE_SIZE, ln, "left")
            x += w
        L.y = top - h

    L.gap(4)
    L.need(TABLE_LEAD * 4)
    draw_row(rows[0], True)
    for r in rows[1:]:
        draw_row(r, False)
    L.gap(10)


def write_pdf(doc: Doc, path: Path) -> int:
    """Render to an A4 PDF with a real text layer; returns the page count."""
    L = _Layout()
    for b in doc.blocks:
        _layout_block(L, b)
    if not L.pages[-1] and len(L.pages) > 1:
        L.pages.pop()
    total = len(L.pages)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(doc.title)
    c.setAuthor(doc.author or "Fictional sample")
    c.setCreator("chronology sample_cases/generate.py")
    c.setSubject("Fictional sample document - not a real case")
    for n, ops in enumerate(L.pages, 1):
        c.setFont("Helvetica", 7.5)
        c.setFillGray(0.35)
        if doc.header:
            c.drawString(ML, PAGE_H - 40, doc.header)
        c.drawRightString(PAGE_W - MR, PAGE_H - 40, doc.title[:90])
        c.setFillGray(0)
        for op in ops:
            if op[0] == "kv":  # one text object so extractors keep "Label: value" on one line
                _, x, y, size, label, font, value = op
                t = c.beginText(x, y)
                t.setFont("Helvetica-Bold", size)
                t.textOut(label)
                t.setFont(font, size)
                t.textOut(value)
                c.drawText(t)
            elif op[0] == "t":
                _, x, y, font, size, s, align = op
                c.setFont(font, size)
                if align == "right":
                    c.drawRightString(x, y, s)
                else:
                    c.drawString(x, y, s)
            elif op[0] == "rect":
                _, x, y, w, h, shaded = op
                c.setLineWidth(0.5)
                if shaded:
                    c.setFillGray(0.88)
                    c.rect(x, y, w, h, stroke=1, fill=1)
                    c.setFillGray(0)
                else:
                    c.rect(x, y, w, h, stroke=1, fill=0)
            elif op[0] == "rule":
                c.setLineWidth(0.6)
                c.setStrokeGray(0.55)
                c.line(ML, op[1], PAGE_W - MR, op[1])
                c.setStrokeGray(0)
        c.setFont("Helvetica", 7.5)
        c.setFillGray(0.35)
        c.drawCentredString(PAGE_W / 2, 34, f"Page {n} of {total}")
        if doc.footer_left:
            c.drawString(ML, 34, doc.footer_left)
        c.setFillGray(0)
        c.showPage()
    c.save()
    return total


# --------------------------------------------------------------------------------------------
# DOCX

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def write_docx(doc: Doc, path: Path) -> int:
    """Render to DOCX with fixed core properties and zip timestamps; returns the word count."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    sec = d.sections[0]
    if doc.header:
        sec.header.paragraphs[0].text = doc.header
    for b in doc.blocks:
        if b.kind == "title":
            d.add_heading(b.text, level=0)
        elif b.kind == "h1":
            d.add_heading(b.text, level=1)
        elif b.kind == "h2":
            d.add_heading(b.text, level=2)
        elif b.kind == "note":
            para = d.add_paragraph()
            para.paragraph_format.space_before = Pt(12)
            para.add_run(b.text).bold = True
        elif b.kind == "kv":
            para = d.add_paragraph()
            para.paragraph_format.space_after = Pt(2)
            para.add_run(f"{b.label}: ").bold = True
            para.add_run(b.text)
        elif b.kind == "addr":
            para = d.add_paragraph(b.text)
            para.paragraph_format.space_after = Pt(0)
        elif b.kind == "right":
            para = d.add_paragraph(b.text)
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            para.paragraph_format.space_after = Pt(0)
        elif b.kind == "small":
            para = d.add_paragraph()
            run = para.add_run(b.text)
            run.italic = True
            run.font.size = Pt(8.5)
        elif b.kind == "table" and b.rows:
            t = d.add_table(rows=len(b.rows), cols=len(b.rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(b.rows):
                for j, val in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = val
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph()
        elif b.kind == "pagebreak":
            d.add_page_break()
        elif b.kind == "spacer":
            d.add_paragraph()
        else:
            d.add_paragraph(b.text)
    cp = d.core_properties
    stamp = doc.created.replace(tzinfo=timezone.utc)
    cp.author = doc.author or "Fictional sample"
    cp.last_modified_by = doc.author or "Fictional sample"
    cp.title = doc.title
    cp.subject = "Fictional sample document - not a real case"
    cp.comments = "Generated by chronology sample_cases/generate.py"
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    _rezip(buf.getvalue(), path)
    return doc.words


def _rezip(data: bytes, path: Path) -> None:
    """python-docx stamps zip entries with the wall clock; rewrite them with a fixed time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# --------------------------------------------------------------------------------------------
# TXT and EML

def _plain_lines(doc: Doc, width: int) -> list[str]:
    out: list[str] = []
    for b in doc.blocks:
        if b.kind in ("title", "h1", "h2"):
            out += ["", b.text.upper() if b.kind == "title" else b.text]
            if b.kind != "h2":
                out.append("-" * min(len(b.text), width))
        elif b.kind == "kv":
            out += textwrap.wrap(f"{b.label}: {b.text}", width) or [""]
        elif b.kind == "table" and b.rows:
            out += [" | ".join(r) for r in b.rows] + [""]
        elif b.kind in ("spacer", "pagebreak"):
            out.append("")
        elif b.kind == "note":
            out += ["", b.text]
        elif b.kind in ("right", "addr"):
            out.append(b.text)
        else:
            for line in b.text.split("\n"):  # keep deliberate line breaks (e.g. e-mail signatures)
                out += textwrap.wrap(line, width) or [""]
            out.append("")
    while out and out[0] == "":
        out.pop(0)
    return out


def write_txt(doc: Doc, path: Path) -> int:
    """Plain text, wrapped like a typed-up telephone note; returns the word count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(_plain_lines(doc, 78)).rstrip() + "\n", encoding="utf-8")
    return doc.words


def write_eml(doc: Doc, path: Path) -> int:
    """RFC 5322 message with fixed headers (no generated Message-ID or boundary)."""
    meta = doc.email or {}
    msg = EmailMessage()
    msg["From"] = meta["from"]
    msg["To"] = meta["to"]
    if meta.get("cc"):
        msg["Cc"] = meta["cc"]
    msg["Subject"] = meta["subject"]
    sent: datetime = meta["date"]
    msg["Date"] = format_datetime(sent.replace(tzinfo=timezone.utc))
    msg["Message-ID"] = meta["message_id"]
    if meta.get("in_reply_to"):
        msg["In-Reply-To"] = meta["in_reply_to"]
    body = "\n".join(_plain_lines(doc, 74)).rstrip() + "\n"
    body.encode("ascii")  # keep the body 7bit so it reads as plain text on disk
    msg.set_content(body, cte="7bit")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(msg.as_bytes(policy=email_policy))
    return doc.words


# --------------------------------------------------------------------------------------------
# Scanned letter: text drawn into an image, no text layer

def write_scanned_pdf(doc: Doc, path: Path, seed: int = 7) -> int:
    """A photocopied-looking page (slight skew, speckle) so OCR paths can be exercised."""
    from PIL import Image, ImageDraw, ImageFont

    dpi = 150
    w, h = int(PAGE_W / 72 * dpi), int(PAGE_H / 72 * dpi)
    img = Image.new("L", (w, h), 246)
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.load_default(size=23)
        bold = ImageFont.load_default(size=27)
    except TypeError:  # very old Pillow without FreeType sizes
        font = bold = ImageFont.load_default()
    x0, y = 140, 150
    for line in _plain_lines(doc, 72):
        if line.startswith("-"):
            continue
        f = bold if line.isupper() and line.strip() else font
        if line.strip():
            draw.text((x0, y), line, fill=28, font=f)
        y += 36 if line.strip() else 22
    rng = random.Random(seed)
    px = img.load()
    for _ in range(2600):  # toner speckle
        px[rng.randrange(w), rng.randrange(h)] = rng.randrange(60, 200)
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=246)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("Scanned document")
    c.setCreator("chronology sample_cases/generate.py")
    c.drawImage(ImageReader(img), 0, 0, width=PAGE_W, height=PAGE_H)
    c.showPage()
    c.save()
    return 1


def write_doc(doc: Doc, root: Path, scanned: bool = False) -> tuple[int, int]:
    """Dispatch on the file extension; returns (pdf pages, words for non-PDF files)."""
    path = root / doc.relpath
    suffix = path.suffix.lower()
    if scanned:
        return write_scanned_pdf(doc, path), 0
    if suffix == ".pdf":
        return write_pdf(doc, path), 0
    if suffix == ".docx":
        return 0, write_docx(doc, path)
    if suffix == ".txt":
        return 0, write_txt(doc, path)
    if suffix == ".eml":
        return 0, write_eml(doc, path)
    raise ValueError(f"unsupported output {path}")
