"""Re W (A Child): a teenager in residential care, exploitation, self-harm and a secure accommodation application.

Written blind from a short brief (see sample_cases/README.md, "Cases written blind"). Standalone: this module
has its own timeline, its own document templates and its own renderers, and does not import the shared
sample-case machinery.

    .venv/bin/python sample_cases/_re_w.py        # writes sample_cases/re-w/ and sample_cases/expected/re-w.json

Everything is fictional. Phones are 01632 960xxx, postcodes NE99, NHS numbers 485 777 xxxx, e-mail domains
end in .example; people, places, schools, homes, police forces, hospitals and court numbers are invented.

How the ground truth is tied to the documents: every mention of an event, plan or distractor in a document
carries an inline marker ``{{key}}`` next to the sentence that reports it. The markers are stripped before
writing. The sources of each expected item are exactly the files that carry its marker, and the self-checks
(run on every build) confirm, on the text extracted back out of the written files, that each source really
contains the item's key phrases and dates and that each child quote is there verbatim.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import json
import quopri
import random
import re
import shutil
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SLUG = "re-w"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------------------------------------
# Document model
# ---------------------------------------------------------------------------------------------------------

MARK = re.compile(r"\{\{([a-z0-9_]+)\}\}")


@dataclass
class Doc:
    relpath: str
    kind: str  # pdf | docx | txt | eml | scan
    blocks: list = field(default_factory=list)  # for pdf, docx and scan
    lines: list = field(default_factory=list)  # for txt and eml body: (text, ctx_date)
    title: str = ""
    author: str = ""
    header_left: str = ""
    header_right: str = ""
    footer_left: str = ""
    footer_right_fmt: str = "Page {page} of {pages}"
    protective: str = "OFFICIAL-SENSITIVE"
    doc_date: str = ""  # ISO date the document speaks from (for the date-attestation check)
    eml_headers: list = field(default_factory=list)
    eml_qp: bool = False
    docx_time: dt.datetime | None = None


def strip(text: str) -> str:
    return re.sub(r"[ \t]*\{\{[a-z0-9_]+\}\}", "", text)


def chunks_of(doc: Doc) -> list[tuple[str, str]]:
    """Authored text pieces (with markers) and the date each is written from."""
    out: list[tuple[str, str]] = []
    ctx = doc.doc_date
    for extra in (doc.header_left, doc.header_right, doc.footer_left):
        if extra:
            out.append((extra, ctx))
    for k, v in doc.eml_headers:
        out.append((f"{k}: {v}", ctx))
    if doc.kind in ("txt", "eml"):
        for text, c in doc.lines:
            out.append((text, c or ctx))
        return out
    for b in doc.blocks:
        t = b[0]
        if t in ("title", "h", "p", "small", "hand"):
            out.append((b[1], ctx))
        elif t == "ctx":
            ctx = b[1]
        elif t == "table":
            for row in b[1]:
                out.append((" | ".join(row), ctx))
        elif t == "kv":
            for k, v in b[1]:
                out.append((k + " " + v, ctx))
        elif t == "note":
            _, date, time, ntype, author, recorded, paras = b
            iso = dmy_to_iso(date)
            out.append((f"{date} {time} {ntype} {author} {recorded}", iso))
            for p in paras:
                out.append((p, iso))
    return out


def dmy_to_iso(s: str) -> str:
    d, m, y = s.split("/")
    return f"{y}-{m}-{d}"


# ---------------------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------------------

_FONTS_DONE = False


def _fonts() -> None:
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_config.invariant = 1
    for name, fn in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf"),
                     ("DV-BI", "DejaVuSans-BoldOblique.ttf"), ("DVS", "DejaVuSerif.ttf"),
                     ("DVS-B", "DejaVuSerif-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / fn)))
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DV-B")
    addMapping("DV", 0, 1, "DV-I")
    addMapping("DV", 1, 1, "DV-BI")
    _FONTS_DONE = True


def _rl(text: str) -> str:
    """Escape for a ReportLab Paragraph and turn **x** into bold."""
    t = strip(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    return t.replace("\n", "<br/>")


def _plain(text: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"\1", strip(text))


def write_pdf(doc: Doc, path: Path) -> int:
    _fonts()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

    base = ParagraphStyle("base", fontName="DV", fontSize=9, leading=12, spaceAfter=4)
    st = {
        "title": ParagraphStyle("title", parent=base, fontName="DV-B", fontSize=13, leading=17, alignment=TA_CENTER,
                                spaceAfter=6),
        "h": ParagraphStyle("h", parent=base, fontName="DV-B", fontSize=10.5, leading=14, spaceBefore=6),
        "p": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName="DV-B", fontSize=8, leading=10, spaceAfter=0),
        "nh": ParagraphStyle("nh", parent=base, fontName="DV-B", fontSize=8.6, leading=11, spaceAfter=0),
        "nh2": ParagraphStyle("nh2", parent=base, fontSize=7.6, leading=10, spaceAfter=0,
                              textColor=colors.HexColor("#333333")),
    }
    width = A4[0] - 36 * mm
    story: list = []
    for b in doc.blocks:
        t = b[0]
        if t in ("title", "h", "p", "small"):
            story.append(Paragraph(_rl(b[1]), st[t]))
        elif t == "ctx":
            continue
        elif t == "sp":
            story.append(Spacer(1, b[1]))
        elif t == "pb":
            story.append(PageBreak())
        elif t in ("table", "kv"):
            if t == "kv":
                rows = [[k, v] for k, v in b[1]]
                widths = b[2] if len(b) > 2 and b[2] else [0.28, 0.72]
                head = 0
            else:
                rows = b[1]
                widths = b[2] if len(b) > 2 and b[2] else [1 / len(rows[0])] * len(rows[0])
                head = b[3] if len(b) > 3 else 1
            data = []
            for i, row in enumerate(rows):
                cells = []
                for j, c in enumerate(row):
                    bold = i < head or (t == "kv" and j == 0)
                    cells.append(Paragraph(_rl(c), st["cellb" if bold else "cell"]))
                data.append(cells)
            tbl = Table(data, colWidths=[w * width for w in widths], repeatRows=head)
            style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if head:
                style.append(("BACKGROUND", (0, 0), (-1, head - 1), colors.HexColor("#dde3ea")))
            if t == "kv":
                style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef0f3")))
            tbl.setStyle(TableStyle(style))
            story.append(tbl)
            story.append(Spacer(1, 5))
        elif t == "note":
            _, date, time, ntype, author, recorded, paras = b
            h1 = f"{date} {time}".strip() + f"   |   {ntype}"
            h2 = f"Author: {author}" + (f"   |   {recorded}" if recorded else "")
            hdr = Table([[Paragraph(_rl(h1), st["nh"])], [Paragraph(_rl(h2), st["nh2"])]], colWidths=[width])
            hdr.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e4e9f0")),
                                     ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor("#335577")),
                                     ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
            story.append(Spacer(1, 4))
            story.append(hdr)
            story.append(Spacer(1, 2))
            for p in paras:
                story.append(Paragraph(_rl(p), base))
        else:
            raise ValueError(t)

    hl, hr, fl = strip(doc.header_left), strip(doc.header_right), strip(doc.footer_left)
    ffmt, prot = doc.footer_right_fmt, doc.protective

    class Numbered(rl_canvas.Canvas):
        def __init__(self, *a: Any, **k: Any) -> None:
            super().__init__(*a, **k)
            self._pages: list = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            n = len(self._pages)
            for i, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.setFont("DV", 7.5)
                self.setFillColor(colors.HexColor("#333333"))
                if hl:
                    self.drawString(18 * mm, A4[1] - 11 * mm, hl)
                if hr:
                    self.drawRightString(A4[0] - 18 * mm, A4[1] - 11 * mm, hr)
                if prot:
                    self.setFont("DV-B", 7.5)
                    self.drawCentredString(A4[0] / 2, A4[1] - 7 * mm, prot)
                    self.drawCentredString(A4[0] / 2, 7 * mm, prot)
                    self.setFont("DV", 7.5)
                if fl:
                    self.drawString(18 * mm, 11 * mm, fl)
                if ffmt:
                    self.drawRightString(A4[0] - 18 * mm, 11 * mm, ffmt.format(page=i, pages=n))
                super().showPage()
            super().save()

    path.parent.mkdir(parents=True, exist_ok=True)
    sd = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=17 * mm,
                           bottomMargin=17 * mm, title=doc.title, author=doc.author, creator="Re W generator",
                           producer="ReportLab", subject="Fictional sample case", invariant=1)
    sd.build(story, canvasmaker=Numbered)
    from pypdf import PdfReader
    return len(PdfReader(str(path)).pages)


def write_docx(doc: Doc, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

    def runs(par, text: str) -> None:
        parts = re.split(r"(\*\*.+?\*\*)", strip(text))
        for part in parts:
            if not part:
                continue
            if part.startswith("**") and part.endswith("**"):
                par.add_run(part[2:-2]).bold = True
            else:
                lines = part.split("\n")
                for k, ln in enumerate(lines):
                    r = par.add_run(ln)
                    if k < len(lines) - 1:
                        r.add_break()

    def shade(cell, hexcol: str) -> None:
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcol)
        tcpr.append(shd)

    for b in doc.blocks:
        t = b[0]
        if t == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(_plain(b[1]))
            r.bold = True
            r.font.size = Pt(14)
        elif t == "h":
            p = d.add_paragraph()
            r = p.add_run(_plain(b[1]))
            r.bold = True
            r.font.size = Pt(11)
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        elif t == "p":
            runs(d.add_paragraph(), b[1])
        elif t == "small":
            p = d.add_paragraph()
            r = p.add_run(_plain(b[1]))
            r.font.size = Pt(8)
        elif t in ("ctx", "sp", "pb"):
            if t == "pb":
                d.add_page_break()
            continue
        elif t in ("table", "kv"):
            rows = [[k, v] for k, v in b[1]] if t == "kv" else b[1]
            head = 0 if t == "kv" else (b[3] if len(b) > 3 else 1)
            tbl = d.add_table(rows=len(rows), cols=len(rows[0]))
            tbl.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = tbl.cell(i, j)
                    cell.text = ""
                    par = cell.paragraphs[0]
                    runs(par, c)
                    if i < head or (t == "kv" and j == 0):
                        for r in par.runs:
                            r.bold = True
                        shade(cell, "DDE3EA")
                    for r in par.runs:
                        r.font.size = Pt(9)
            d.add_paragraph()
        else:
            raise ValueError(t)

    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = doc.protective + ("    " + strip(doc.header_left) if doc.header_left else "")
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = (strip(doc.footer_left) + "    ") if doc.footer_left else ""
    fp.add_run("Page ")
    for code in ("PAGE",):
        r = fp.add_run()
        f1 = OxmlElement("w:fldChar")
        f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = code
        f2 = OxmlElement("w:fldChar")
        f2.set(qn("w:fldCharType"), "end")
        r._r.append(f1)
        r._r.append(it)
        r._r.append(f2)
    for r in fp.runs:
        r.font.size = Pt(8)

    when = doc.docx_time or dt.datetime(2026, 2, 6, 9, 0, 0)
    cp = d.core_properties
    cp.author = doc.author
    cp.last_modified_by = doc.author
    cp.title = doc.title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = "Fictional sample case"
    buf = io.BytesIO()
    d.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 2, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    path.write_bytes(out.getvalue())


def write_txt(doc: Doc, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(strip(t) for t, _ in doc.lines) + "\n", encoding="utf-8")


def write_eml(doc: Doc, path: Path) -> None:
    body = "\n".join(strip(t) for t, _ in doc.lines) + "\n"
    head = "".join(f"{k}: {strip(v)}\n" for k, v in doc.eml_headers)
    head += "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
    if doc.eml_qp:
        enc = quopri.encodestring(body.encode("utf-8")).decode("ascii")
        raw = head + "Content-Transfer-Encoding: quoted-printable\n\n" + enc
    else:
        raw = head + "Content-Transfer-Encoding: 8bit\n\n" + body
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw.replace("\n", "\r\n").encode("utf-8"))


def write_scan(doc: Doc, path: Path, seed: int) -> None:
    """A typed-and-handwritten paper form, 'scanned' to an image-only PDF (no text layer)."""
    _fonts()
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas as rl_canvas

    rng = random.Random(seed)
    W, H = 1240, 1754  # A4 at 150 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f_t = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 30)
    f_h = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 21)
    f_p = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 19)
    f_s = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 15)
    f_hand = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Italic.ttf"), 23)
    y = 70
    x0, x1 = 80, W - 80

    def wrap(text: str, font, maxw: int) -> list[str]:
        words, lines, cur = text.split(), [], ""
        for w in words:
            trial = (cur + " " + w).strip()
            if dr.textlength(trial, font=font) <= maxw:
                cur = trial
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    for b in doc.blocks:
        t = b[0]
        if t == "title":
            tw = dr.textlength(_plain(b[1]), font=f_t)
            dr.text(((W - tw) / 2, y), _plain(b[1]), font=f_t, fill=20)
            y += 48
        elif t == "h":
            dr.rectangle([x0, y, x1, y + 32], fill=215, outline=60)
            dr.text((x0 + 8, y + 4), _plain(b[1]), font=f_h, fill=10)
            y += 42
        elif t == "p":
            for ln in wrap(_plain(b[1]), f_p, x1 - x0):
                dr.text((x0, y), ln, font=f_p, fill=25)
                y += 27
            y += 8
        elif t == "small":
            for ln in wrap(_plain(b[1]), f_s, x1 - x0):
                dr.text((x0, y), ln, font=f_s, fill=60)
                y += 21
            y += 6
        elif t == "kv":
            for k, v in b[1]:
                dr.text((x0, y + 4), _plain(k), font=f_p, fill=25)
                dr.line([x0 + 250, y + 32, x1, y + 32], fill=120, width=1)
                xx = x0 + 258
                for word in _plain(v).split():
                    dr.text((xx, y + rng.randint(-2, 2)), word, font=f_hand, fill=rng.randint(20, 55))
                    xx += dr.textlength(word + " ", font=f_hand) + rng.randint(-1, 3)
                y += 40
            y += 8
        elif t == "hand":
            lines = wrap(_plain(b[1]), f_hand, x1 - x0 - 30)
            top = y
            y += 10
            for ln in lines:
                xx = x0 + 12 + rng.randint(-3, 3)
                for word in ln.split():
                    dr.text((xx, y + rng.randint(-2, 2)), word, font=f_hand, fill=rng.randint(15, 60))
                    xx += dr.textlength(word + " ", font=f_hand) + rng.randint(-1, 2)
                y += 34
            dr.rectangle([x0, top, x1, y + 8], outline=90, width=2)
            y += 22
        elif t in ("ctx", "sp"):
            y += 10 if t == "sp" else 0
    # scanner artefacts: speckles, a slight skew, softening
    for _ in range(2600):
        px, py = rng.randrange(W), rng.randrange(H)
        img.putpixel((px, py), rng.randint(120, 200))
    dr.rectangle([0, 0, 14, H], fill=200)
    img = img.rotate(-0.55, resample=Image.BICUBIC, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    jb = io.BytesIO()
    img.save(jb, format="JPEG", quality=72, optimize=False)
    jb.seek(0)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Scanned document")
    c.setAuthor("Scanner")
    c.drawImage(ImageReader(jb), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------------------
# Text extraction (for the self-checks, on the written files)
# ---------------------------------------------------------------------------------------------------------

def extract(path: Path, kind: str) -> str:
    if kind in ("pdf", "scan"):
        from pypdf import PdfReader
        return "\n".join((p.extract_text() or "") for p in PdfReader(str(path)).pages)
    if kind == "docx":
        import docx
        from docx.oxml.ns import qn
        from docx.text.paragraph import Paragraph
        d = docx.Document(str(path))
        parts = [Paragraph(p, d).text for p in d.element.body.iter(qn("w:p"))]
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if kind == "txt":
        return path.read_text(encoding="utf-8")
    if kind == "eml":
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        heads = "\n".join(f"{k}: {v}" for k, v in msg.items())
        return heads + "\n" + msg.get_body(preferencelist=("plain",)).get_content()
    raise ValueError(kind)


def norm(s: str) -> str:
    s = s.replace("\u00a0", " ").replace("\u00ad", "").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip()


SENT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9\"'(])|\n+")


def sentences(text: str) -> list[str]:
    return [s for s in SENT.split(_plain(text)) if s.strip()]


# ---------------------------------------------------------------------------------------------------------
# The timeline: events, plans and distractors (sources are filled in from the markers in the documents)
# ---------------------------------------------------------------------------------------------------------

def E(key: str, date: str, summary: str, keys: list[str], sig: str, cat: str, time: str | None = None,
      quote: str | None = None, precision: str | None = None) -> dict:
    prec = precision or {4: "year", 7: "month", 10: "day"}[len(date)]
    return {"key": key, "date": date, "precision": prec, "time": time, "summary": summary, "key_phrases": keys,
            "significance": sig, "category": cat, "child_quote": quote}


EVENTS: list[dict] = [
    # background
    E("haddow", "2020-03", "Tegan (aged 9) accommodated under section 20 and placed with foster carers Janine and "
      "Paul Haddow (neglect; mother's alcohol misuse)", ["Janine and Paul Haddow"], "context", "placement"),
    E("care_order", "2021-06-14", "Final care order (s.31) made to Marshby MBC by Marshby Family Court; plan of "
      "long-term fostering with the Haddows", ["care order"], "key", "legal"),
    E("sentence", "2022-05", "Father Emeka Obi sentenced to nine years' imprisonment for robbery (now at HMP Ketterby)",
      ["nine years"], "context", "family history"),
    # foster placement, autumn 2024
    E("sup_0905", "2024-09-05", "Supervision: Tegan staying out late with an older friendship group; actions for a "
      "statutory visit and the missing from care protocol", ["Supervision"], "admin", "oversight", "14:00"),
    E("miss_0913", "2024-09-13", "Missing from the foster home after school (reported 22:30); found by police at "
      "01:50 the following morning at Marshby Interchange with two older males", ["Marshby Interchange"], "key",
      "missing", "22:30"),
    E("call_0916", "2024-09-16", "Telephone call from foster carer Janine Haddow about the missing episode and her "
      "worry that she cannot keep Tegan safe", ["Telephone call from Janine"], "routine", "contact", "10:20"),
    E("visit_0919", "2024-09-19", "Statutory visit to Tegan at the Haddows' home; seen alone", ["statutory visit"],
      "routine", "visit", "16:15", quote="Janine treats me like a baby. I was just with my mates."),
    E("susp_0924", "2024-09-24", "Three-day suspension from Kingsmere Academy for vaping in the toilets and verbal "
      "abuse of a member of staff", ["vaping"], "key", "education"),
    E("miss_1005", "2024-10-05", "Missing overnight from the foster home from about 21:00; returned at 11:20 on "
      "Sunday in a taxi someone else had paid for, with a new iPhone and smelling of alcohol", ["taxi"], "key",
      "missing", "21:00"),
    E("rhi_1008", "2024-10-08", "Return home interview offered by Safe Steps; Tegan declined", ["declined"],
      "routine", "missing", "16:30"),
    E("stab_1010", "2024-10-10", "Placement stability meeting with the Haddows and their supervising social "
      "worker; placement support plan agreed", ["placement stability meeting"], "routine", "meeting", "11:00"),
    E("window_1017", "2024-10-17", "Tegan threw a mug through the kitchen window when Paul Haddow stopped her "
      "leaving; police attended; the carers ended the placement", ["kitchen window"], "key", "placement", "21:40"),
    E("move_1018", "2024-10-18", "Foster placement ended; Tegan moved to Larkspur House, a residential children's "
      "home run by Fernhollow Care Ltd", ["moved to Larkspur House"], "key", "placement", "15:30"),
    E("ppm_1021", "2024-10-21", "Placement planning meeting at Larkspur House: curfew, missing protocol and risk "
      "management agreed", ["placement planning meeting"], "routine", "meeting", "11:00",
      quote="I'm not staying here long so there's no point unpacking."),
    E("miss_1024", "2024-10-24", "First missing episode from Larkspur House (left 19:10); returned on her own at "
      "23:45", ["first missing episode from Larkspur House"], "key", "missing", "19:10"),
    E("visit_1029", "2024-10-29", "First statutory visit at Larkspur House", ["statutory visit"], "routine", "visit",
      "15:30", quote="The staff are alright. Kerry-Ann's sound."),
    E("call_1101", "2024-11-01", "Telephone call with mother: Lorraine asked for unsupervised contact; fortnightly "
      "supervised family time confirmed", ["unsupervised contact"], "routine", "contact", "12:15"),
    E("susp_1106", "2024-11-06", "Five-day suspension for fighting with a Year 11 pupil; the fight was filmed and "
      "shared on Snapchat", ["fighting"], "key", "education"),
    E("cla1", "2024-11-14", "First CLA review at Larkspur House, chaired by IRO Margaret Fenwick", ["CLA review"],
      "key", "meeting", "10:00", quote="I want to go back to the Haddows but they don't want me."),
    E("ft_1122", "2024-11-22", "Supervised family time with Lorraine at Larkspur House; warm and positive",
      ["supervised family time"], "routine", "family time", "14:00"),
    E("chair_1128", "2024-11-28", "Tegan threw a chair in a maths lesson; it struck a teaching assistant",
      ["threw a chair"], "key", "education"),
    E("perm_1129", "2024-11-29", "Permanently excluded from Kingsmere Academy", ["permanently exclude"], "key",
      "education"),
    E("att_2411", "2024-11", "Attendance at Kingsmere Academy had fallen to 48.9% this half-term", ["48.9%"],
      "routine", "education"),
    E("pep_1202", "2024-12-02", "PEP meeting with the Virtual School: an alternative provision place at the "
      "Bridgeway Centre agreed", ["PEP meeting"], "routine", "education", "14:00"),
    E("ap_1209", "2024-12-09", "Started at the Bridgeway Centre (alternative provision), 15 hours a week",
      ["started at the Bridgeway Centre"], "key", "education"),
    E("miss_1214", "2024-12-14", "Missing from Larkspur House (left 17:30); at 03:20 police stopped a car at a "
      "petrol station in Brindleford and found Tegan with two adult males; cannabis seized", ["petrol station"],
      "key", "exploitation", "17:30"),
    E("visit_1216", "2024-12-16", "SW visited Tegan at Larkspur House after the weekend episode", ["visited Tegan"],
      "routine", "visit", "15:00", quote="They're my mates, they look after me. You lot don't."),
    E("hv_1216", "2024-12-16", "Home visit to Lorraine at Sorrel Walk to plan Christmas family time",
      ["home visit to Lorraine"], "routine", "visit", "17:30"),
    E("xmas_1225", "2024-12-25", "Christmas Day family time ended after 40 minutes: Lorraine arrived smelling of "
      "alcohol and became argumentative", ["Christmas Day"], "key", "family time", "14:20"),
    E("call_1227", "2024-12-27", "Telephone call from key worker Kerry-Ann Doyle about Christmas Day",
      ["Telephone call from Kerry-Ann"], "routine", "contact", "10:30"),
    # exploitation, winter 2025
    E("camhs_ref", "2025-01-08", "CAMHS referral made by the social worker (low mood, cutting, poor sleep)",
      ["CAMHS referral"], "routine", "health"),
    E("visit_0110", "2025-01-10", "Statutory visit: Tegan spoke of a 'mate' from Brindleford called Reece",
      ["statutory visit"], "routine", "visit", "15:00", quote="He's just a mate. He's only twenty."),
    E("miss_0117", "2025-01-17", "Left Larkspur House at 18:05 saying she was going to the shop; reported missing at "
      "20:40; risk raised to high overnight", ["reported missing"], "key", "missing", "18:05",
      quote="I only went cos I was bored and nobody here cares."),
    E("found_0118", "2025-01-18", "Found by police at a flat in Haverley Court, Brindleford, with Reece Carver (22); "
      "£120 cash and cannabis", ["Haverley Court"], "key", "exploitation", "14:15",
      quote="I'm fine, I wanted to be here."),
    E("screen_0120", "2025-01-20", "Police child exploitation screening completed by DC Owen Pryce: CSE risk high, "
      "CCE risk medium", ["screening"], "key", "police"),
    E("rhi_0121", "2025-01-21", "Return home interview by Jodie Plaskett (Safe Steps) at Larkspur House",
      ["return home interview"], "key", "missing", "16:00",
      quote="Reece is my boyfriend, he's not what you lot think."),
    E("cawn_0122", "2025-01-22", "Child Abduction Warning Notice served on Reece Carver",
      ["Child Abduction Warning Notice"], "key", "police"),
    E("strat_0123", "2025-01-23", "Strategy meeting (child sexual exploitation): section 47 enquiry, referral to "
      "MACE, NRM to be considered", ["strategy meeting"], "key", "meeting", "10:00"),
    E("visit_0123", "2025-01-23", "SW visited Tegan to explain the outcome of the strategy meeting",
      ["explain the outcome"], "routine", "visit", "15:30",
      quote="I'm not talking to the police about Reece. Ever."),
    E("over_0130", "2025-01-30", "Management oversight by the team manager", ["Management oversight"], "admin",
      "oversight", "09:30"),
    E("discl_0203", "2025-02-03", "Tegan told her Bridgeway mentor she had been made to have sex with a friend of "
      "Reece to pay off a drug debt; fresh scratches to her left wrist", ["drug debt"], "key", "exploitation",
      "11:20", quote="They said I owed them for the weed so I had to go with his mate."),
    E("abe_0207", "2025-02-07", "ABE interview offered at Marshby police station; Tegan refused to go ahead",
      ["ABE interview"], "routine", "police"),
    E("mace_0213", "2025-02-13", "Initial MACE meeting: CSE risk high, CCE medium; disruption plan; NRM referral "
      "by the social worker", ["initial MACE"], "key", "meeting", "13:30"),
    E("nrm_0220", "2025-02-20", "National Referral Mechanism referral submitted by the social worker as First "
      "Responder", ["National Referral Mechanism"], "key", "exploitation"),
    E("miss_0222", "2025-02-22", "Reported missing from Larkspur House at 19:00; returned at 10:30 the next morning",
      ["reported missing"], "key", "missing", "19:00"),
    E("rha_0225", "2025-02-25", "Review Health Assessment by the Looked After Children nurse",
      ["Review Health Assessment"], "routine", "health"),
    E("rg_0304", "2025-03-04", "Positive reasonable grounds decision from the Single Competent Authority (NRM)",
      ["reasonable grounds"], "key", "exploitation"),
    E("bday_0317", "2025-03-17", "Lorraine did not attend Tegan's 15th birthday family time", ["birthday"],
      "routine", "family time", "16:00", quote="She always does this. Why would today be any different?"),
    E("choice_0326", "2025-03-26", "CAMHS Choice appointment: low mood and self-harm by cutting since age 12; "
      "placed on the Partnership waiting list", ["Choice appointment"], "key", "health", "14:00",
      quote="I cut when my head gets too loud."),
    E("call_0326", "2025-03-26", "Telephone call from Lorraine apologising for missing the birthday family time",
      ["apologising"], "routine", "contact", "18:10"),
    # self-harm and criminal exploitation, spring and summer 2025
    E("harm_0405", "2025-04-05", "Self-harm: cut her left forearm with a blade from a pencil sharpener; first aid "
      "by staff", ["forearm"], "key", "self-harm"),
    E("visit_0407", "2025-04-07", "Statutory visit at Larkspur House; dressing seen", ["statutory visit"],
      "routine", "visit", "15:30"),
    E("od1_0426", "2025-04-26", "Overdose of 12 ibuprofen after a phone argument with her mother; taken to Marshby "
      "General ED and discharged at 01:30", ["ibuprofen"], "key", "self-harm", "21:30"),
    E("call_0428", "2025-04-28", "Telephone call from Registered Manager Carol Nesbitt about the overdose",
      ["Telephone call from Carol"], "routine", "contact", "09:45"),
    E("dna_0506", "2025-05-06", "Did not attend the first CAMHS Partnership appointment", ["did not attend"],
      "routine", "health", "10:00"),
    E("cla2", "2025-05-08", "Second CLA review at Larkspur House (IRO Margaret Fenwick)", ["CLA review"], "key",
      "meeting", "10:00",
      quote="I only go to Bridgeway for three hours a day, what am I meant to do the rest of the time?"),
    E("iro_0512", "2025-05-12", "IRO raised concerns with the team manager under the informal resolution stage of "
      "the dispute resolution protocol (CAMHS delay, education hours, NRM)", ["informal resolution"], "key",
      "oversight"),
    E("resp_0513", "2025-05-13", "Team manager responded to the IRO", ["responded to the IRO"], "admin",
      "oversight", "09:20"),
    E("miss_0524", "2025-05-24", "Reported missing from Larkspur House at 18:40; returned at 07:55 the next "
      "morning", ["reported missing"], "key", "missing", "18:40"),
    E("visit_0529", "2025-05-29", "Statutory visit at Larkspur House", ["statutory visit"], "routine", "visit",
      "16:00"),
    E("ap20_0602", "2025-06-02", "Bridgeway Centre timetable increased to 20 hours a week", ["20 hours"],
      "routine", "education"),
    E("gp_0602", "2025-06-02", "GP consultation: Tegan asked for emergency contraception after sex with a "
      "19-year-old she named as Kai; GP safeguarding referral", ["emergency contraception"], "key", "health",
      quote="Kai's nineteen but he's not like the others."),
    E("miss_0614", "2025-06-14", "Reported missing from Larkspur House at 19:30", ["reported missing"], "key",
      "missing", "19:30"),
    E("found_0615", "2025-06-15", "Found at a flat on Tannery Row, Brindleford, during a police drugs warrant; "
      "arrested on suspicion of possession with intent to supply Class A drugs; released under investigation",
      ["Tannery Row"], "key", "police", "11:40"),
    E("rhi_0617", "2025-06-17", "Tegan refused to see the RHI worker", ["refused"], "routine", "missing"),
    E("yjs_0619", "2025-06-19", "Joint visit with the Youth Justice Service worker", ["Youth Justice Service"],
      "routine", "visit", "11:00"),
    E("visit_0630", "2025-06-30", "Statutory visit at Larkspur House", ["statutory visit"], "routine", "visit",
      "15:00"),
    E("call_0711", "2025-07-11", "Phone call with her mother, who sounded drunk; Tegan upset afterwards",
      ["phone call with"], "routine", "family time", "16:10",
      quote="She was steaming again and she said I ruined her life."),
    E("miss_0711", "2025-07-11", "Left Larkspur House through the back gate at 19:45 and got into a silver car; "
      "reported missing at 20:25", ["silver car"], "key", "missing", "19:45",
      quote="I got in the car cos Kai said he'd sort my phone out. Then they took me to a house and I don't "
            "remember a lot."),
    E("ret_0712", "2025-07-12", "Returned by taxi at 01:40, intoxicated, without shoes and with bruising to her neck",
      ["bruising to her neck"], "key", "exploitation", "01:40", quote="Someone grabbed my neck. I'm not saying who."),
    E("od2_0712", "2025-07-12", "Told night staff she had taken an overdose of paracetamol (about 24 tablets); "
      "ambulance to Marshby General ED; acetylcysteine treatment and admission to Ward 9", ["paracetamol"], "key",
      "self-harm", "03:15", quote="I've took loads of tablets, I'm sorry."),
    E("crisis_0713", "2025-07-13", "CAMHS crisis assessment on Ward 9", ["crisis assessment"], "key", "health",
      "11:00", quote="I wanted everything to stop. I don't know if I wanted to die."),
    E("prev_0713", "2025-07-13", "Police prevention interview attempted on Ward 9; Tegan declined",
      ["prevention interview"], "routine", "police"),
    E("wvisit_0714", "2025-07-14", "SW visited Tegan on Ward 9", ["visited Tegan on Ward 9"], "routine", "visit",
      "09:30", quote="Don't tell my mum, she'll only make it about her."),
    E("disch_0714", "2025-07-14", "Discharged from Ward 9 to Larkspur House with a safety plan; 2:1 staffing in "
      "the community", ["safety plan"], "key", "health", "12:30"),
    E("rhi_0716", "2025-07-16", "Return home interview by Jodie Plaskett", ["return home interview"], "key",
      "missing", "14:00", quote="I know what you're going to say. I'm not stupid."),
    E("cawn_0722", "2025-07-22", "Child Abduction Warning Notice served on Kai Lomax (19)",
      ["Child Abduction Warning Notice"], "key", "police"),
    E("mace_0724", "2025-07-24", "MACE review: CSE and CCE risk high; the local authority to consider secure "
      "accommodation", ["MACE review"], "key", "meeting", "10:00"),
    E("pep_0729", "2025-07-29", "PEP meeting at the Bridgeway Centre", ["PEP meeting"], "routine", "education",
      "11:00"),
    E("prison_0809", "2025-08-09", "Visit to her father at HMP Ketterby with her key worker, the first in two years",
      ["HMP Ketterby"], "key", "family time", quote="Dad said he's proud of me for going to Bridgeway."),
    E("visit_0814", "2025-08-14", "Statutory visit at Larkspur House", ["statutory visit"], "routine", "visit",
      "15:30"),
    E("mace_0821", "2025-08-21", "MACE review: risk remains high; fewer missing episodes in August",
      ["MACE review"], "routine", "meeting", "14:30"),
    E("ap25_0903", "2025-09-03", "Started Year 11 at the Bridgeway Centre full time (25 hours a week)",
      ["25 hours"], "routine", "education"),
    E("visit_0910", "2025-09-10", "Statutory visit at Larkspur House", ["statutory visit"], "routine", "visit",
      "16:00", quote="Year 11's alright. Leah says I could do my English GCSE."),
    E("cg_0916", "2025-09-16", "Positive conclusive grounds decision (NRM): Tegan is a victim of modern slavery",
      ["conclusive grounds"], "key", "exploitation"),
    E("call_0924", "2025-09-24", "Telephone call from Emeka Obi at HMP Ketterby asking for news and photographs",
      ["Telephone call from Emeka"], "routine", "contact", "12:10"),
    E("miss_1004", "2025-10-04", "Reported missing from Larkspur House at 21:00; returned at 09:15 the next "
      "morning", ["reported missing"], "key", "missing", "21:00"),
    E("visit_1006", "2025-10-06", "Statutory visit at Larkspur House", ["statutory visit"], "routine", "visit",
      "15:45"),
    E("lig_1025", "2025-10-25", "Found by staff with a ligature (a phone charger cable) around her neck; removed; "
      "taken to ED by ambulance and discharged at 02:30", ["ligature"], "key", "self-harm", "22:10"),
    E("camhs_1027", "2025-10-27", "Urgent CAMHS review with consultant psychiatrist Dr Ruddock", ["Dr Ruddock"],
      "key", "health"),
    E("cla3", "2025-11-06", "Third CLA review: IRO recommended the local authority consider secure accommodation",
      ["CLA review"], "key", "meeting", "10:00", quote="Nobody asks me what would actually help."),
    E("nfa_1112", "2025-11-12", "Police decision of no further action on the June arrest (section 45 Modern Slavery "
      "Act defence)", ["no further action"], "key", "police"),
    E("visit_1118", "2025-11-18", "Statutory visit at Larkspur House", ["statutory visit"], "routine", "visit",
      "15:30"),
    E("ft_1206", "2025-12-06", "Family time with Lorraine at the Maple Café; Lorraine sober; went well",
      ["Maple Café"], "routine", "family time", quote="She's trying. She actually listened to me."),
    E("sup_1209", "2025-12-09", "Supervision", ["Supervision"], "admin", "oversight", "10:00"),
    E("visit_1218", "2025-12-18", "Statutory visit at Larkspur House; Christmas arrangements", ["statutory visit"],
      "routine", "visit", "16:00"),
    # towards secure accommodation, winter 2026
    E("miss_0109", "2026-01-09", "Reported missing from Larkspur House at 17:50", ["reported missing"], "key",
      "missing", "17:50"),
    E("found_0111", "2026-01-11", "Found at 05:20 in a car in Brindleford with Reece Carver, who was arrested on "
      "suspicion of child abduction", ["suspicion of child abduction"], "key", "exploitation", "05:20"),
    E("visit_0112", "2026-01-12", "Statutory visit after the return", ["statutory visit"], "routine", "visit",
      "15:00", quote="If you lock me up I'll just run when I get out."),
    E("lpm_0113", "2026-01-13", "Legal planning meeting: criteria for secure accommodation met; DCS approval and an "
      "application to be sought", ["legal planning meeting"], "key", "legal", "14:00"),
    E("notice_0115", "2026-01-15", "Larkspur House gave 28 days' notice on the placement", ["28 days' notice"],
      "key", "placement"),
    E("swcu_0120", "2026-01-20", "Referral to the Secure Welfare Coordination Unit; no secure bed available",
      ["Secure Welfare Coordination Unit"], "key", "placement"),
    E("adv_0127", "2026-01-27", "Referral to the Voices advocacy service for an independent advocate",
      ["advocacy"], "routine", "referral"),
    E("miss_0202", "2026-02-02", "Did not get into the taxi home from the Bridgeway Centre (16:20); reported "
      "missing; found at 07:10 the next morning at Brindleford railway station", ["railway station"], "key",
      "missing", "16:20"),
    E("dcs_0204", "2026-02-04", "Director of Children's Services approved the application for a secure "
      "accommodation order", ["Director of Children's Services"], "key", "legal", "11:00"),
    E("visit_0204", "2026-02-04", "SW and key worker told Tegan about the application", [
      "told Tegan about the application"], "routine", "visit", "16:00",
      quote="So I'm getting locked up for being the victim. That's proper messed up."),
    E("app_0205", "2026-02-05", "Application for a secure accommodation order (s.25 Children Act 1989) issued at "
      "Marshby Family Court", ["secure accommodation order"], "key", "legal"),
]

PLANS: list[dict] = [
    {"key": "pl_mace", "date": "2025-02-06", "summary": "Initial MACE meeting (moved to 13/02/2025)",
     "key_phrases": ["initial MACE"]},
    {"key": "pl_bed", "date": "2026-02-09", "summary": "Bed offered at Ashgrove Secure Children's Home from this date",
     "key_phrases": ["Ashgrove"]},
    {"key": "pl_hearing", "date": "2026-02-10", "summary": "First hearing of the secure accommodation application",
     "key_phrases": ["first hearing"]},
    {"key": "pl_adv", "date": "2026-02-11", "summary": "Independent advocate from Voices to meet Tegan",
     "key_phrases": ["advocate"]},
    {"key": "pl_camhs", "date": "2026-02-12", "summary": "CAMHS review with Dr Ruddock",
     "key_phrases": ["Dr Ruddock"]},
    {"key": "pl_pep", "date": "2026-02-18", "summary": "PEP review meeting", "key_phrases": ["PEP"]},
    {"key": "pl_cla", "date": "2026-05-07", "summary": "Next CLA review", "key_phrases": ["next CLA review"]},
]

# (key, date, summary, how the date is written in the sources)
DISTRACTORS: list[tuple[str, str, str, list[str]]] = [
    ("x_dob_m", "1961-01-11", "Maternal grandmother Maureen Walsh's date of birth", ["11/01/1961"]),
    ("x_dob_e", "1983-05-04", "Father Emeka Obi's date of birth", ["04/05/1983"]),
    ("x_dob_l", "1986-08-22", "Mother Lorraine Walsh's date of birth", ["22/08/1986"]),
    ("x_dob_rc", "2002-02-02", "Reece Carver's date of birth", ["02/02/2002"]),
    ("x_dob_kl", "2005-10-14", "Kai Lomax's date of birth", ["14/10/2005"]),
    ("x_dob_t", "2010-03-17", "Tegan's date of birth", ["17/03/2010", "17.03.10", "17/03/10"]),
    ("x_dob_k", "2016-06-30", "Half-brother Kian Walsh's date of birth", ["30/06/2016"]),
    ("x_gp_reg", "2020-04-14", "Date Tegan registered with Willowbank Surgery", ["14/04/2020"]),
    ("x_param", "2024-09-01", "Case-note export parameter start date", ["01/09/2024"]),
    ("x_sup_by", "2024-09-30", "Supervision action 'by' date", ["30/09/2024"]),
    ("x_ppm_rev", "2024-11-18", "Placement plan review due date", ["18/11/2024"]),
    ("x_cla1_dist", "2024-11-27", "First CLA review minutes distribution date", ["27/11/2024"]),
    ("x_cla1_by", "2024-12-12", "CLA review recommendation 'by' date", ["12/12/2024"]),
    ("x_excl_rep", "2024-12-13", "Exclusion letter: representations to the governing board by", ["13/12/2024"]),
    ("x_mfh1_print", "2025-01-19", "Police missing person report 'Printed' stamp", ["19/01/2025"]),
    ("x_rhi1_sub", "2025-01-24", "First RHI record submission date", ["24/01/2025"]),
    ("x_strat_circ", "2025-01-27", "Strategy meeting minutes circulation date", ["27/01/2025"]),
    ("x_mfh1_crime", "2025-01-28", "Linked crime reference CR/280125/0071 that looks like a date", ["280125"]),
    ("x_strat_by", "2025-01-31", "Strategy meeting action 'by' date", ["31/01/2025"]),
    ("x_scan_logged", "2025-02-04", "Date the Bridgeway paper concern form was logged", ["04/02/2025"]),
    ("x_camhs_dict", "2025-03-27", "CAMHS letter dictated date", ["27/03/2025"]),
    ("x_camhs_letter", "2025-03-28", "CAMHS clinic letter date", ["28/03/2025", "28 March 2025"]),
    ("x_screen_rev", "2025-04-20", "Exploitation screening review date", ["20/04/2025"]),
    ("x_iro_by", "2025-05-19", "IRO's requested response date", ["19/05/2025"]),
    ("x_gp_typed", "2025-06-03", "GP letter typed date", ["03/06/2025"]),
    ("x_gp_date", "2025-06-04", "GP e-mail Date header", ["4 Jun 2025"]),
    ("x_print_jul", "2025-07-15", "Police report 'Printed' and ED letter generated stamps", ["15/07/2025"]),
    ("x_log_print", "2025-07-17", "Daily log print date", ["17/07/2025"]),
    ("x_rhi2_sub", "2025-07-18", "Second RHI record submission date", ["18/07/2025"]),
    ("x_mace_appr", "2025-07-31", "MACE minutes approval date", ["31/07/2025"]),
    ("x_mace_by", "2025-08-08", "MACE action 'by' date", ["08/08/2025"]),
    ("x_cla3_issued", "2025-11-20", "Third CLA review minutes issue date", ["20/11/2025"]),
    ("x_cla3_by", "2025-11-21", "Third CLA review recommendation 'by' date", ["21/11/2025"]),
    ("x_late", "2026-01-14", "'Recorded' stamp of a late case-note entry", ["14/01/2026"]),
    ("x_print_cn", "2026-02-06", "Case-note export 'Printed by' stamp", ["06/02/2026"]),
    ("x_16th", "2026-03-17", "Tegan's 16th birthday (mentioned in the statement)", ["17/03/2026"]),
    ("x_release", "2027-09-18", "Father's earliest release date", ["18/09/2027"]),
]


# ---------------------------------------------------------------------------------------------------------
# People (all invented)
# ---------------------------------------------------------------------------------------------------------

AR = "Aisha Rahman, Social Worker (Children in Care Team 2)"
GL = "Gareth Lowe, Team Manager (Children in Care Team 2)"
NA = "Neil Ashworth, Social Worker (Emergency Duty Team)"
SW_FT = "Sam Whitlow, Family Time Worker"

PERSONS_HEAD = ["Name", "Relationship", "Date of birth", "Address / notes"]
PERSONS = [
    ["Tegan WALSH-OBI", "Subject child", "17/03/2010", "Larkspur House, 2 Larkspur Lane, Marshby NE99 7LH"],
    ["Lorraine WALSH", "Mother", "22/08/1986", "14 Sorrel Walk, Marshby NE99 4JT"],
    ["Emeka OBI", "Father (parental responsibility)", "04/05/1983", "HMP Ketterby, prison no. A4471CK"],
    ["Kian WALSH", "Maternal half-brother", "30/06/2016", "Lives with maternal grandmother (special guardianship)"],
    ["Maureen WALSH", "Maternal grandmother", "11/01/1961", "9 Aster Close, Marshby NE99 4LP"],
]


# ---------------------------------------------------------------------------------------------------------
# Case-note export (Mosaic-like), PDF
# ---------------------------------------------------------------------------------------------------------

NOTES: list[tuple] = [
    ("05/09/2024", "14:00", "Supervision", GL, None, [
        "Case supervision with Aisha Rahman. Tegan remains placed with her foster carers, Janine and Paul Haddow, "
        "under the care order. The carers report that Tegan is staying out later than agreed and has a new "
        "friendship group of older young people who hang around Marshby Interchange.",
        "Supervision actions: SW to complete the next statutory visit by 30/09/2024 and see Tegan alone {{x_sup_by}}; "
        "SW to go through the missing from care protocol with the carers; SW to speak to the school DSL about "
        "attendance. {{sup_0905}}",
    ]),
    ("16/09/2024", "10:20", "Telephone Call", AR, None, [
        "Telephone call from Janine Haddow (foster carer). {{call_0916}}",
        "Janine said that on Friday 13/09/2024 Tegan did not come home from school. Janine rang her phone "
        "repeatedly and reported her missing to police at 22:30. Police found Tegan at 01:50 the following "
        "morning at Marshby Interchange with two older males, who walked off when officers approached. "
        "{{miss_0913}} Tegan would not say who they were.",
        "Janine said: \"I can't keep her safe if she won't stay in.\" SW advised Janine to keep a written log of "
        "times and any gifts, and agreed to visit this week.",
    ]),
    ("19/09/2024", "16:15", "Statutory Visit (CLA)", AR, None, [
        "Statutory visit at the Haddows' home. Tegan was seen alone in her bedroom. {{visit_0919}}",
        "We talked about Friday night. Tegan said the boys were \"just people from the Interchange\" and she did "
        "not know their surnames. She said: \"Janine treats me like a baby. I was just with my mates.\" She agreed "
        "to keep her phone on and to answer Janine's calls. Bedroom clean and personalised. No marks seen.",
    ]),
    ("24/09/2024", "13:40", "Education", AR, None, [
        "Call from Craig Hollis (DSL, Kingsmere Academy). Tegan has been given a three-day suspension from today "
        "for vaping in the toilets and verbal abuse of a member of staff. {{susp_0924}} She is due back on Friday. "
        "Mr Hollis said her attendance has dropped since the summer and she is often late for registration.",
    ]),
    ("06/10/2024", "12:35", "EDT Contact", NA, None, [
        "Call from Janine Haddow at 12:10. Tegan left the house at about 21:00 last night (Saturday), saying she "
        "was going to the shop, and did not come back. Janine reported her missing to police at 22:15. Tegan came "
        "back at 11:20 this morning in a taxi which someone else had paid for. {{miss_1005}}",
        "Janine said Tegan smelled of alcohol and had a new iPhone which she said a friend had lent her. Tegan "
        "went straight to bed. Police informed of her return. Day team to request a return home interview.",
    ]),
    ("08/10/2024", "16:30", "RHI Outcome", AR, None, [
        "Jodie Plaskett (Safe Steps) visited the Haddows to offer the return home interview. Tegan declined to "
        "speak to her and stayed in her room. {{rhi_1008}} Jodie will try again through the school.",
    ]),
    ("10/10/2024", "11:00", "Meeting", AR, None, [
        "Placement stability meeting at the Haddows' home with Janine and Paul Haddow, their supervising social "
        "worker Colette Dunn and SW. {{stab_1010}}",
        "The carers said they are exhausted and frightened when Tegan goes out at night. A placement support plan "
        "was agreed: respite one weekend a month, out-of-hours support from the fostering team, and a referral to "
        "the Safe Steps exploitation worker.",
    ]),
    ("17/10/2024", "23:10", "EDT Contact", NA, "Recorded: 18/10/2024 00:35", [
        "Call from Paul Haddow at 22:05. At about 21:40 tonight Tegan tried to leave the house and Paul stood in "
        "the hallway to stop her. Tegan picked up a mug and threw it through the kitchen window. {{window_1017}} "
        "Police attended and spoke with Tegan; there was no arrest.",
        "Paul said: \"We love her but we're done. She can't stay here after tonight.\" The carers agreed Tegan can "
        "stay until the morning. Day team to find an alternative placement.",
    ]),
    ("18/10/2024", "16:45", "Placement", AR, None, [
        "Following last night's incident, when Tegan threw a mug through the kitchen window, the Haddows ended the "
        "placement. {{window_1017}}",
        "Tegan moved to Larkspur House (Fernhollow Care Ltd) this afternoon, arriving at 15:30. {{move_1018}} SW "
        "drove her there with her belongings. She said very little in the car and cried when she said goodbye to "
        "the Haddows' dog. Lorraine was told by phone; she was upset and asked why Tegan could not come home.",
    ]),
    ("21/10/2024", "11:00", "Meeting", AR, None, [
        "Placement planning meeting at Larkspur House with Carol Nesbitt (Registered Manager), Kerry-Ann Doyle "
        "(key worker) and SW. {{ppm_1021}}",
        "Curfew set at 21:00 on school nights and 22:00 at weekends. Staff will report Tegan missing to police one "
        "hour after curfew if she cannot be contacted. Tegan joined for the last 15 minutes and said: \"I'm not "
        "staying here long so there's no point unpacking.\"",
    ]),
    ("24/10/2024", "23:55", "EDT Contact", NA, None, [
        "Larkspur House reported that Tegan left at 19:10 this evening and did not return for her 21:00 curfew; "
        "staff reported her missing to police at 21:20. She came back on her own at 23:45. This was her first "
        "missing episode from Larkspur House. {{miss_1024}} She would not say where she had been.",
    ]),
    ("29/10/2024", "15:30", "Statutory Visit (CLA)", AR, None, [
        "First statutory visit at Larkspur House. Tegan showed SW her room; she has put up photos of Kian and of "
        "the Haddows' dog. {{visit_1029}}",
        "She said: \"The staff are alright. Kerry-Ann's sound.\" She does not want to go back to Kingsmere and "
        "says the teachers \"have it in\" for her. She wants more time with her mum.",
    ]),
    ("01/11/2024", "12:15", "Telephone Call", AR, None, [
        "Telephone call with Lorraine Walsh (mother). Lorraine asked for unsupervised contact at her flat. "
        "{{call_1101}} SW explained that contact remains supervised because of her drinking and the plan agreed "
        "at the last review. Lorraine said: \"I'm her mum, I don't need watching.\" Agreed fortnightly supervised "
        "family time at Larkspur House.",
    ]),
    ("06/11/2024", "14:50", "Education", AR, None, [
        "Call from Craig Hollis. Tegan has a five-day suspension from today after fighting with a Year 11 girl at "
        "lunchtime. {{susp_1106}} The fight was filmed and shared on Snapchat. Mr Hollis is worried about who "
        "Tegan is mixing with outside school.",
    ]),
    ("14/11/2024", "13:05", "Meeting", AR, None, [
        "First CLA review at Larkspur House, chaired by Margaret Fenwick (IRO). {{cla1}} Tegan attended part of "
        "the meeting and said: \"I want to go back to the Haddows but they don't want me.\" The IRO's "
        "recommendations include an urgent education plan, a CAMHS referral and a review of family time. Minutes "
        "to follow.",
    ]),
    ("22/11/2024", "14:00", "Family Time", SW_FT, None, [
        "Supervised family time with Lorraine at Larkspur House, 14:00 to 16:00. {{ft_1122}} Lorraine arrived on "
        "time and appeared sober. She brought nail varnish and they painted each other's nails. Warm, relaxed "
        "interaction; Lorraine left promising to come to the next session.",
    ]),
    ("28/11/2024", "15:20", "Education", AR, None, [
        "Call from Craig Hollis. This morning Tegan threw a chair in her maths lesson when she was asked to put "
        "her phone away. {{chair_1128}} The chair struck a teaching assistant on the arm. The headteacher is "
        "considering permanent exclusion. SW asked the school to speak to the Virtual School first.",
    ]),
    ("29/11/2024", "16:00", "Education", AR, None, [
        "Letter received from Mrs Deborah Pilling (Headteacher): her decision to permanently exclude Tegan from "
        "Kingsmere Academy from today. {{perm_1129}} Sandra Otley (Virtual School) has been informed and will "
        "arrange alternative provision from the sixth school day.",
        "The letter gives Tegan's attendance this half-term as 48.9%. {{att_2411}}",
    ]),
    ("02/12/2024", "14:00", "Education", AR, None, [
        "PEP meeting with Sandra Otley (Virtual School) and Bernadette Quinn (Bridgeway Centre). {{pep_1202}} A "
        "place at the Bridgeway Centre alternative provision was agreed, starting at 15 hours a week from next "
        "Monday. Tegan was not keen but agreed to visit.",
    ]),
    ("09/12/2024", "15:45", "Education", AR, None, [
        "Tegan started at the Bridgeway Centre today. {{ap_1209}} Bernadette Quinn said she arrived late (10:20) "
        "but joined in with English and hair and beauty. Her mentor will be Leah Tranter.",
    ]),
    ("15/12/2024", "04:50", "EDT Contact", NA, None, [
        "Police rang at 04:10. Tegan had been reported missing from Larkspur House at 20:05 last night after "
        "leaving at 17:30. At 03:20 this morning police stopped a car at a petrol station in Brindleford and found "
        "Tegan in the back seat with two adult males, aged about 20 to 25. {{miss_1214}}",
        "The males were searched and a quantity of cannabis was seized. Tegan was returned to Larkspur House at "
        "04:30. Police will submit intelligence. Day team informed by e-mail.",
    ]),
    ("16/12/2024", "15:00", "Statutory Visit (CLA)", AR, None, [
        "SW visited Tegan at Larkspur House following the weekend episode. {{visit_1216}} Tegan was found by "
        "police on Saturday night, in the early hours, in a car at a petrol station in Brindleford. "
        "{{miss_1214}}",
        "Tegan would not name the men. She said: \"They're my mates, they look after me. You lot don't.\" SW "
        "explained grooming and how older males use gifts and lifts. Tegan rolled her eyes but listened.",
    ]),
    ("16/12/2024", "17:30", "Home Visit", AR, None, [
        "Home visit to Lorraine at 14 Sorrel Walk to plan Christmas family time. {{hv_1216}} The flat was tidy. "
        "Lorraine was sober and said: \"I've cut right down, I'm only on a few cans a night now.\" Agreed family "
        "time on Christmas Day at Larkspur House, 14:00 to 16:00, supervised by staff.",
    ]),
    ("27/12/2024", "10:30", "Telephone Call", AR, None, [
        "Telephone call from Kerry-Ann Doyle (key worker). {{call_1227}}",
        "On Christmas Day Lorraine arrived at 14:20 smelling strongly of alcohol and slurring her words. Staff "
        "ended the family time after 40 minutes when Lorraine became argumentative. {{xmas_1225}} Lorraine told "
        "staff: \"It's Christmas, I've had a couple, so what?\" Tegan cried afterwards and went to bed early.",
    ]),
    ("08/01/2025", "11:30", "Health", AR, None, [
        "CAMHS referral sent to Tern Valley CAMHS (Single Point of Access), supported by the GP. {{camhs_ref}} "
        "Concerns: low mood, cutting to her arms reported by Larkspur staff, poor sleep and cannabis use.",
    ]),
    ("10/01/2025", "15:00", "Statutory Visit (CLA)", AR, None, [
        "Statutory visit at Larkspur House. Tegan seen alone. {{visit_0110}}",
        "She spoke about a friend from Brindleford called Reece who gives her lifts. She said: \"He's just a "
        "mate. He's only twenty.\" SW shared this with DC Owen Pryce (Child Exploitation Team).",
    ]),
    ("17/01/2025", "23:50", "EDT Contact", NA, None, [
        "Larkspur House rang. Tegan left at 18:05 this evening, saying she was going to the shop, and was "
        "reported missing to police at 20:40. {{miss_0117}} Police have graded the risk as medium and are checking "
        "addresses in Brindleford linked to a male called Reece.",
    ]),
    ("18/01/2025", "15:05", "Police Information", NA, None, [
        "PC Lindsay Marr (Missing Persons Coordinator) rang at 14:40. Tegan was found at 14:15 today at a flat in "
        "Haverley Court, Brindleford, with Reece Carver (22). {{found_0118}} She had £120 in cash and a small bag "
        "of cannabis. Police raised the risk to high at 02:00 overnight because of intelligence about Carver.",
        "Tegan was taken to Marshby police station and then back to Larkspur House at 17:30.",
    ]),
    ("20/01/2025", "10:15", "Police Information", AR, None, [
        "DC Owen Pryce has completed the police child exploitation screening tool. {{screen_0120}} CSE risk: high. "
        "CCE risk: medium. He has asked for a strategy meeting this week and will serve a Child Abduction Warning "
        "Notice on Carver.",
    ]),
    ("21/01/2025", "17:30", "RHI Outcome", AR, None, [
        "Jodie Plaskett completed the return home interview with Tegan at Larkspur House at 16:00 today. "
        "{{rhi_0121}}",
        "Tegan said she left on Friday because she was bored. She said: \"Reece is my boyfriend, he's not what "
        "you lot think.\" She said she was given vodka and \"a pill\" at the flat. The RHI record has been shared "
        "with police.",
    ]),
    ("23/01/2025", "12:30", "Meeting", AR, None, [
        "Strategy meeting (child sexual exploitation) chaired by Gareth Lowe. {{strat_0123}} Agreed: section 47 "
        "enquiry; referral to MACE; NRM referral to be considered; disruption of Haverley Court by police.",
        "DC Pryce confirmed the Child Abduction Warning Notice was served on Reece Carver yesterday. {{cawn_0122}}",
    ]),
    ("23/01/2025", "15:30", "Statutory Visit (CLA)", AR, None, [
        "SW visited Tegan at Larkspur House at 15:30 to explain the outcome of the strategy meeting. "
        "{{visit_0123}} Tegan was angry about the warning notice. She said: \"I'm not talking to the police about "
        "Reece. Ever.\" She agreed to keep going to the Bridgeway Centre.",
    ]),
    ("30/01/2025", "09:30", "Management Oversight", GL, None, [
        "Management oversight. {{over_0130}} Risk of sexual exploitation is high. The section 47 enquiry is under "
        "way. The initial MACE meeting has been moved from 06/02/2025 to 13/02/2025 as the chair is on leave. "
        "{{pl_mace}} SW to complete the NRM referral once the MACE has met.",
    ]),
    ("03/02/2025", "12:40", "Education", AR, None, [
        "Call from Leah Tranter (mentor, Bridgeway Centre) at 12:05. At 11:20 this morning Tegan told Leah that "
        "she had been made to have sex with a friend of Reece to pay off a drug debt. {{discl_0203}} Tegan said: "
        "\"They said I owed them for the weed so I had to go with his mate.\" Leah saw fresh scratches on "
        "Tegan's left wrist.",
        "SW informed DC Pryce at 12:40, who will arrange an ABE interview. Bridgeway have completed their paper "
        "safeguarding concern form.",
    ]),
    ("07/02/2025", "16:20", "Police Information", AR, None, [
        "ABE interview offered at Marshby police station today. Tegan went with Kerry-Ann but refused to go "
        "ahead once she was there. {{abe_0207}} DC Pryce will keep the offer open.",
    ]),
    ("13/02/2025", "16:10", "Meeting", AR, None, [
        "Initial MACE meeting (Multi-Agency Child Exploitation), chaired by DI Sharon Kettle, at 13:30. "
        "{{mace_0213}} Risk: CSE high, CCE medium. Actions: police disruption plan for Haverley Court and the "
        "Brindleford taxi firm; SW to submit the NRM referral; CAMHS referral to be chased.",
    ]),
    ("20/02/2025", "11:10", "Referral", AR, None, [
        "National Referral Mechanism referral submitted to the Single Competent Authority, with SW as First "
        "Responder. {{nrm_0220}} Grounds: sexual and criminal exploitation by older males in Brindleford.",
    ]),
    ("23/02/2025", "10:45", "EDT Contact", NA, None, [
        "Larkspur House: Tegan was reported missing at 19:00 last night (Saturday) and came back at 10:30 this "
        "morning. {{miss_0222}} She said she had been at a friend's house in Marshby. RHI to be offered.",
    ]),
    ("25/02/2025", "14:30", "Health", AR, None, [
        "Review Health Assessment completed at Larkspur House by Beverley Sands (Looked After Children nurse). "
        "{{rha_0225}} Height and weight within normal range; immunisations up to date; dental check overdue. "
        "Tegan declined to talk about sexual health.",
    ]),
    ("04/03/2025", "10:05", "Case Summary", AR, None, [
        "Reasonable grounds decision received from the Single Competent Authority today: positive. {{rg_0304}} "
        "Tegan is recognised as a potential victim of modern slavery (sexual and criminal exploitation).",
    ]),
    ("17/03/2025", "18:30", "Family Time", AR, None, [
        "Tegan's 15th birthday. Family time with Lorraine was arranged at the Fernhollow contact room at 16:00. "
        "Lorraine did not attend the birthday family time and did not answer her phone. {{bday_0317}}",
        "Tegan said: \"She always does this. Why would today be any different?\" Staff took her out for a "
        "birthday meal instead.",
    ]),
    ("26/03/2025", "16:40", "Health", AR, None, [
        "Tegan attended her CAMHS Choice appointment with Nadia Kowal (CAMHS Practitioner) at 14:00, with "
        "Kerry-Ann. {{choice_0326}} She spoke about cutting since she was 12 and said: \"I cut when my head gets "
        "too loud.\" She has been placed on the waiting list for Partnership work.",
    ]),
    ("26/03/2025", "18:10", "Telephone Call", AR, None, [
        "Telephone call from Lorraine, apologising for missing the birthday family time. {{call_0326}} She said "
        "she had been unwell. SW asked whether she had been drinking; she said \"not much\". Next family time "
        "confirmed.",
    ]),
    ("07/04/2025", "15:30", "Statutory Visit (CLA)", AR, None, [
        "Statutory visit at Larkspur House. {{visit_0407}} Staff told SW that on Saturday evening Tegan cut her left "
        "forearm with a blade taken from a pencil sharpener. {{harm_0405}} Staff gave first aid and no hospital "
        "treatment was needed. SW saw the dressing. Tegan did not want to talk about it.",
    ]),
    ("28/04/2025", "09:45", "Telephone Call", AR, None, [
        "Telephone call from Carol Nesbitt (Registered Manager). {{call_0428}}",
        "On Saturday night at about 21:30 Tegan told staff she had taken 12 ibuprofen after an argument on the "
        "phone with her mother. {{od1_0426}} Staff took her to Marshby General ED. She was medically fit and came "
        "back at 01:30 on Sunday. She was not seen by CAMHS liaison as she was discharged overnight.",
    ]),
    ("06/05/2025", "12:00", "Health", AR, None, [
        "Tegan did not attend her first CAMHS Partnership appointment with Nadia Kowal at 10:00; she refused to get "
        "out of bed. {{dna_0506}} CAMHS will offer one more appointment.",
    ]),
    ("08/05/2025", "12:15", "Meeting", AR, None, [
        "Second CLA review at Larkspur House, chaired by Margaret Fenwick (IRO). {{cla2}} Tegan said: \"I only go "
        "to Bridgeway for three hours a day, what am I meant to do the rest of the time?\" The IRO was concerned "
        "about the CAMHS wait and the limited education offer.",
    ]),
    ("13/05/2025", "09:20", "Management Oversight", GL, None, [
        "The IRO, Margaret Fenwick, raised concerns by e-mail yesterday under the informal resolution stage of the "
        "dispute resolution protocol: the CAMHS delay, 15 hours of education and the NRM outcome. {{iro_0512}}",
        "I responded to the IRO today: CAMHS chased at service manager level; education hours to increase to 20; "
        "conclusive grounds decision awaited. {{resp_0513}}",
    ]),
    ("25/05/2025", "08:30", "EDT Contact", NA, None, [
        "Larkspur House: Tegan was reported missing at 18:40 yesterday evening and came back at 07:55 this "
        "morning, tired and hungry. {{miss_0524}} She would not say where she had been. Police informed of her "
        "return.",
    ]),
    ("29/05/2025", "16:00", "Statutory Visit (CLA)", AR, None, [
        "Statutory visit at Larkspur House. Tegan seen alone in the garden. {{visit_0529}} She was quieter than "
        "usual and said she was tired. SW talked about the NRM and what it means for her.",
    ]),
    ("02/06/2025", "12:00", "Education", AR, None, [
        "Bridgeway Centre timetable increased to 20 hours a week from today. {{ap20_0602}} Leah Tranter will "
        "support her in the afternoons.",
    ]),
    ("02/06/2025", "17:20", "Telephone Call", AR, None, [
        "Priya Lal (residential support worker) rang. Tegan went to Willowbank Surgery this afternoon and asked "
        "the GP for emergency contraception. {{gp_0602}} She told the GP she had had sex with a 19-year-old called "
        "Kai. The GP has made a safeguarding referral and will write to SW.",
    ]),
    ("15/06/2025", "13:30", "EDT Contact", NA, None, [
        "Police rang at 12:20. Tegan, who was reported missing from Larkspur House at 19:30 last night, "
        "{{miss_0614}} was found at 11:40 today at a flat on Tannery Row, Brindleford, when police executed a drugs "
        "warrant. {{found_0615}}",
        "She was arrested on suspicion of possession with intent to supply Class A drugs (12 wraps). EDT attended "
        "Marshby custody as appropriate adult. She was interviewed and released under investigation at 18:10 and "
        "returned to Larkspur House.",
    ]),
    ("17/06/2025", "14:30", "RHI Outcome", AR, None, [
        "Jodie Plaskett came to Larkspur House for the return home interview. Tegan refused to see her. "
        "{{rhi_0617}}",
    ]),
    ("19/06/2025", "11:00", "Youth Justice", AR, None, [
        "Joint visit with Leon Brathwaite (Youth Justice Service) to Tegan at Larkspur House. {{yjs_0619}} Leon "
        "explained being released under investigation and the section 45 defence for victims of exploitation. "
        "Tegan said she did not know what was in the bag.",
    ]),
    ("30/06/2025", "15:00", "Statutory Visit (CLA)", AR, None, [
        "Statutory visit at Larkspur House. {{visit_0630}} Tegan was in good spirits; she had had her hair braided. "
        "She is working towards a hair and beauty certificate at Bridgeway.",
    ]),
    ("11/07/2025", "21:10", "EDT Contact", NA, None, [
        "Larkspur House rang. Tegan left through the back gate at 19:45 and got into a silver car at the end of "
        "Larkspur Lane; staff reported her missing to police at 20:25. {{miss_0711}} Police graded the risk as "
        "high.",
    ]),
    ("12/07/2025", "04:30", "EDT Contact", NA, None, [
        "Dwayne Forbes (waking night staff) rang at 03:40. Tegan came back by taxi at 01:40, drunk, without shoes "
        "and with bruising to her neck. {{ret_0712}}",
        "At 03:15 she told Dwayne she had taken paracetamol, about 24 tablets. {{od2_0712}} An ambulance took her "
        "to Marshby General ED with Jamie Fairclough. Police informed about the bruising.",
    ]),
    ("14/07/2025", "09:30", "Hospital Visit", AR, None, [
        "SW visited Tegan on Ward 9 at Marshby General. {{wvisit_0714}} She was tired and pale. She said: \"Don't "
        "tell my mum, she'll only make it about her.\"",
        "CAMHS liaison completed a crisis assessment with her yesterday. {{crisis_0713}}",
    ]),
    ("14/07/2025", "16:00", "Placement", AR, None, [
        "Tegan was discharged from Ward 9 at 12:30 and went back to Larkspur House with a safety plan. "
        "{{disch_0714}} Staffing is 2:1 in the community for now. Sharp items and medication have been removed from "
        "her room.",
    ]),
    ("16/07/2025", "17:00", "RHI Outcome", AR, None, [
        "The return home interview was completed by Jodie Plaskett at 14:00 today. {{rhi_0716}} Tegan named Kai as "
        "the person who picked her up. The RHI record has been shared with police and the MACE coordinator.",
    ]),
    ("22/07/2025", "16:00", "Police Information", AR, None, [
        "DC Pryce served a Child Abduction Warning Notice on Kai Lomax (19) today. {{cawn_0722}}",
    ]),
    ("24/07/2025", "13:00", "Meeting", AR, None, [
        "MACE review meeting at 10:00. {{mace_0724}} Risk of CSE and CCE is high. Agreed: police disruption of "
        "Tannery Row and the silver car; the local authority to consider whether the criteria for secure "
        "accommodation are met.",
    ]),
    ("29/07/2025", "11:00", "Education", AR, None, [
        "PEP meeting at the Bridgeway Centre with Sandra Otley and Leah Tranter. {{pep_0729}} Plan for Year 11: "
        "full-time at Bridgeway from September, English and maths GCSE, hair and beauty Level 1.",
    ]),
    ("09/08/2025", "17:30", "Family Time", SW_FT, None, [
        "Sam Whitlow and Kerry-Ann Doyle took Tegan to visit her father at HMP Ketterby today, the first visit in "
        "two years. {{prison_0809}} Emeka was warm and asked about school. The visit went well. On the way back "
        "Tegan said: \"Dad said he's proud of me for going to Bridgeway.\"",
    ]),
    ("14/08/2025", "15:30", "Statutory Visit (CLA)", AR, None, [
        "Statutory visit at Larkspur House. {{visit_0814}} Tegan talked about the prison visit and wants to write "
        "to her dad. There have been fewer missing episodes this month.",
    ]),
    ("21/08/2025", "14:30", "Meeting", AR, None, [
        "MACE review meeting. {{mace_0821}} Risk remains high, but there were fewer missing episodes in August. "
        "Police disruption continues.",
    ]),
    ("03/09/2025", "15:30", "Education", AR, None, [
        "Tegan started Year 11 at the Bridgeway Centre today, now full time at 25 hours a week. {{ap25_0903}}",
    ]),
    ("10/09/2025", "16:00", "Statutory Visit (CLA)", AR, None, [
        "Statutory visit at Larkspur House. {{visit_0910}} Tegan said: \"Year 11's alright. Leah says I could do my "
        "English GCSE.\"",
    ]),
    ("16/09/2025", "10:00", "Case Summary", AR, None, [
        "Conclusive grounds decision received from the Single Competent Authority: positive. {{cg_0916}} Tegan is "
        "confirmed as a victim of modern slavery. DC Pryce and Leon Brathwaite informed.",
    ]),
    ("24/09/2025", "12:10", "Telephone Call", AR, None, [
        "Telephone call from Emeka Obi (father) at HMP Ketterby. {{call_0924}} He asked for news and photographs of "
        "Tegan. Agreed a monthly update letter and that Tegan can write to him.",
    ]),
    ("05/10/2025", "10:30", "EDT Contact", NA, None, [
        "Larkspur House: Tegan was reported missing at 21:00 last night (Saturday 04/10/2025) and came back at "
        "09:15 this morning. {{miss_1004}} She said she had been at a party in Brindleford.",
    ]),
    ("06/10/2025", "15:45", "Statutory Visit (CLA)", AR, None, [
        "Statutory visit at Larkspur House. {{visit_1006}} Tegan would not talk about the party. Kerry-Ann reports "
        "she is sleeping badly again.",
    ]),
    ("26/10/2025", "03:05", "EDT Contact", NA, None, [
        "Larkspur House rang at 22:25 last night. At 22:10 staff found Tegan in her bedroom with a ligature (a "
        "phone charger cable) around her neck. {{lig_1025}} Staff removed it; she was conscious and breathing. An "
        "ambulance took her to Marshby General ED. She was discharged at 02:30 and is back at Larkspur House on "
        "waking night observation.",
    ]),
    ("27/10/2025", "16:30", "Health", AR, None, [
        "Urgent CAMHS review today with Dr Ruddock (Consultant Child and Adolescent Psychiatrist) and Nadia "
        "Kowal. {{camhs_1027}} No diagnosis of depressive illness; trauma-focused work recommended once she is "
        "safer. Safety plan updated.",
    ]),
    ("06/11/2025", "12:30", "Meeting", AR, None, [
        "Third CLA review at Larkspur House, chaired by Margaret Fenwick (IRO). {{cla3}} The IRO recommended that "
        "the local authority consider secure accommodation through a legal planning meeting. Tegan said: "
        "\"Nobody asks me what would actually help.\"",
    ]),
    ("12/11/2025", "14:15", "Police Information", AR, None, [
        "DC Pryce rang: no further action on the June arrest, in view of the section 45 Modern Slavery Act defence "
        "and the conclusive grounds decision. {{nfa_1112}}",
    ]),
    ("18/11/2025", "15:30", "Statutory Visit (CLA)", AR, None, [
        "Statutory visit at Larkspur House. {{visit_1118}} Tegan was relieved about the police decision. She "
        "wants to see her mum more often.",
    ]),
    ("06/12/2025", "17:00", "Family Time", SW_FT, None, [
        "Family time with Lorraine at the Maple Café in Marshby, 14:00 to 15:30. {{ft_1206}} Lorraine was sober "
        "and on time. Tegan said afterwards: \"She's trying. She actually listened to me.\"",
    ]),
    ("09/12/2025", "10:00", "Supervision", GL, None, [
        "Supervision. {{sup_1209}} Tegan's risk remains high despite 2:1 staffing. Missing episodes are again "
        "mostly from the Bridgeway Centre journey. To be brought to the legal gateway if there is further "
        "escalation.",
    ]),
    ("18/12/2025", "16:00", "Statutory Visit (CLA)", AR, None, [
        "Statutory visit at Larkspur House. {{visit_1218}} Christmas arrangements agreed with Tegan: family time with "
        "Lorraine at the Maple Café over the holidays, and a phone call with her dad.",
    ]),
    ("11/01/2026", "06:40", "EDT Contact", NA, "Recorded: 14/01/2026 09:02 (late entry)", [
        "Police rang at 05:50. Tegan, who was reported missing from Larkspur House at 17:50 on Friday, "
        "{{miss_0109}} was found at 05:20 this morning in a car in Brindleford with Reece Carver. Carver was "
        "arrested on suspicion of child abduction. {{found_0111}} {{x_late}} Tegan was checked at Marshby General "
        "and returned to Larkspur House.",
    ]),
    ("12/01/2026", "15:00", "Statutory Visit (CLA)", AR, None, [
        "Statutory visit at Larkspur House after her return. {{visit_0112}} SW told Tegan that the local authority "
        "is thinking about secure accommodation. She said: \"If you lock me up I'll just run when I get out.\"",
    ]),
    ("13/01/2026", "14:00", "Legal", AR, None, [
        "Legal planning meeting with Gareth Lowe, Ruth Carrick (Service Manager) and Imogen Tate (Legal "
        "Services). {{lpm_0113}} Agreed that the criteria in section 25 are met. To seek the approval of the "
        "Director of Children's Services and to start the search for a secure bed.",
    ]),
    ("15/01/2026", "11:20", "Placement", AR, None, [
        "Carol Nesbitt gave 28 days' notice on the placement. {{notice_0115}} She said: \"We are not a secure unit "
        "and we cannot lock the door.\"",
    ]),
    ("20/01/2026", "10:30", "Placement", AR, None, [
        "Referral sent to the Secure Welfare Coordination Unit. {{swcu_0120}} No secure bed is available at "
        "present; the referral stays live.",
    ]),
    ("27/01/2026", "14:00", "Referral", AR, None, [
        "Referral made to the Voices advocacy service so that Tegan has an independent advocate. {{adv_0127}}",
    ]),
    ("03/02/2026", "10:15", "Missing", AR, None, [
        "Tegan did not get into the taxi home from the Bridgeway Centre at 16:20 yesterday and was reported missing "
        "at 17:05. Police found her at 07:10 this morning at Brindleford railway station. {{miss_0202}}",
    ]),
    ("04/02/2026", "11:00", "Legal", AR, None, [
        "Helen Marwood, Director of Children's Services, approved an application for a secure accommodation order "
        "today. {{dcs_0204}}",
    ]),
    ("04/02/2026", "16:00", "Statutory Visit (CLA)", AR, None, [
        "SW and Kerry-Ann told Tegan about the application. {{visit_0204}} She said: \"So I'm getting locked up for "
        "being the victim. That's proper messed up.\" She asked if she could take her photos of Kian.",
    ]),
    ("05/02/2026", "15:30", "Legal", AR, None, [
        "Application for a secure accommodation order (section 25 Children Act 1989) issued at Marshby Family "
        "Court. {{app_0205}} First hearing listed for 10/02/2026 at 10:30. {{pl_hearing}} Ashgrove Secure "
        "Children's Home has offered a bed from 09/02/2026. {{pl_bed}}",
        "An advocate from Voices will meet Tegan on 11/02/2026. {{pl_adv}}",
    ]),
]


def _recorded(date: str, time: str) -> str:
    h, m = (int(x) for x in time.split(":"))
    total = h * 60 + m + 47 + (h * 7 + m) % 50
    if total >= 24 * 60:
        total = 23 * 60 + 59
    return f"Recorded: {date} {total // 60:02d}:{total % 60:02d}"


def doc_case_notes() -> Doc:
    blocks: list = [
        ("title", "Marshby Metropolitan Borough Council - Children's Services"),
        ("p", "**Case Notes Report** (chronological, all note types)"),
        ("kv", [("Person", "Tegan WALSH-OBI (Person ID 2207419)"),
                ("Date of birth", "17/03/2010 {{x_dob_t}}"),
                ("Gender / ethnicity", "Female / Mixed - White and Black African"),
                ("Legal status", "Looked after - care order (s.31 Children Act 1989)"),
                ("Allocated worker", "Aisha Rahman, Children in Care Team 2"),
                ("Report parameters", "Notes dated from 01/09/2024 to 05/02/2026 {{x_param}}; all note types; "
                                      "oldest first"),
                ("Number of notes", str(len(NOTES)))]),
        ("small", "Report produced from the case recording system. Note text is as entered by the author. This "
                  "report contains personal information and is OFFICIAL-SENSITIVE."),
    ]
    for date, time, ntype, author, recorded, paras in NOTES:
        blocks.append(("note", date, time, ntype, author, recorded or _recorded(date, time), paras))
    return Doc("case-notes/mosaic-case-notes-export.pdf", "pdf", blocks, title="Case Notes Report - Tegan WALSH-OBI",
               author="Marshby MBC", header_left="Tegan WALSH-OBI (2207419)   DOB 17/03/2010",
               header_right="Case Notes Report",
               footer_left="Printed by Aisha Rahman on 06/02/2026 09:14 {{x_print_cn}}", doc_date="2026-02-06")


def persons_rows(release: bool = False) -> list[list[str]]:
    marks = {"17/03/2010": "x_dob_t", "22/08/1986": "x_dob_l", "04/05/1983": "x_dob_e", "30/06/2016": "x_dob_k",
             "11/01/1961": "x_dob_m"}
    rows = [PERSONS_HEAD]
    for name, rel, dob, addr in PERSONS:
        if release and name.startswith("Emeka"):
            addr = ("HMP Ketterby, serving nine years for robbery; earliest release date 18/09/2027 "
                    "{{x_release}}")
        rows.append([name, rel, f"{dob} {{{{{marks[dob]}}}}}", addr])
    return rows


# ---------------------------------------------------------------------------------------------------------
# Residential home
# ---------------------------------------------------------------------------------------------------------

def doc_ppm() -> Doc:
    b: list = [
        ("title", "Fernhollow Care Ltd - Larkspur House"),
        ("h", "Placement Planning Meeting Record"),
        ("kv", [("Young person", "Tegan Walsh-Obi"), ("Date of birth", "17/03/2010 {{x_dob_t}}"),
                ("Placing authority", "Marshby Metropolitan Borough Council (social worker Aisha Rahman)"),
                ("Legal status", "Care order (section 31 Children Act 1989) made on 14/06/2021 {{care_order}}"),
                ("Placement start date", "18/10/2024 (emergency placement)"),
                ("Meeting", "21/10/2024, 11:00, at Larkspur House, 2 Larkspur Lane, Marshby NE99 7LH")]),
        ("h", "Present"),
        ("table", [["Name", "Role", "Organisation"],
                   ["Carol Nesbitt", "Registered Manager (chair)", "Fernhollow Care Ltd"],
                   ["Kerry-Ann Doyle", "Key worker (residential support worker)", "Larkspur House"],
                   ["Aisha Rahman", "Social Worker", "Marshby MBC"],
                   ["Tegan Walsh-Obi", "Young person (last 15 minutes)", "-"],
                   ["Apologies", "Margaret Fenwick (IRO); Craig Hollis (DSL) - report sent", "-"]],
         [0.28, 0.42, 0.30]),
        ("h", "1. Purpose of the meeting"),
        ("p", "This placement planning meeting was held at Larkspur House on 21/10/2024 at 11:00, three days after "
              "Tegan arrived, to agree the placement plan and how risks will be managed. {{ppm_1021}}"),
        ("h", "2. Reason for placement and background"),
        ("p", "Tegan was accommodated under section 20 in March 2020, aged 9, because of neglect and her mother's "
              "alcohol misuse, and was placed with Janine and Paul Haddow. {{haddow}} A care order was made on "
              "14/06/2021 with a plan of long-term fostering with the Haddows. {{care_order}}"),
        ("p", "Since September 2024 Tegan has been going missing and staying out late with older young people. On "
              "17/10/2024, when Paul Haddow stopped her leaving the house at night, Tegan threw a mug through the "
              "kitchen window. {{window_1017}} The carers felt unable to continue, and Tegan moved to Larkspur House "
              "on 18/10/2024 as an emergency placement. {{move_1018}}"),
        ("h", "3. Health"),
        ("p", "Registered with Dr Mistry at Willowbank Surgery. No regular medication. Staff have seen old, healed "
              "cuts on her forearms; Tegan says they are \"old\". Not currently known to CAMHS. Her Review Health "
              "Assessment is due in February."),
        ("h", "4. Education"),
        ("p", "Year 10 at Kingsmere Academy. Tegan had a three-day suspension on 24/09/2024 for vaping in the "
              "toilets and swearing at a member of staff. {{susp_0924}} Attendance is falling. Transport to school "
              "is by a taxi arranged by the local authority."),
        ("h", "5. Family time"),
        ("table", [["Person", "Arrangement", "Supervision"],
                   ["Lorraine Walsh (mother)", "Fortnightly, two hours, at Larkspur House",
                    "Supervised by staff or the Family Time service"],
                   ["Emeka Obi (father, HMP Ketterby)", "Letters and phone calls through the prison; a visit to be "
                    "explored", "SW to liaise with the prison"],
                   ["Kian Walsh (half-brother) and Maureen Walsh", "Monthly, in the community", "Maureen supervises"]],
         [0.32, 0.38, 0.30]),
        ("h", "6. Risks and how they will be managed"),
        ("table", [["Risk", "Level", "What staff will do"],
                   ["Missing from care", "High", "Follow the Marshby missing from care protocol. Report to police one "
                    "hour after curfew if Tegan cannot be contacted. Tell the SW or EDT. Ask Safe Steps for an RHI."],
                   ["Child sexual exploitation", "Medium", "Note new phones, clothes, money or lifts. Pass car "
                    "registrations to police."],
                   ["Self-harm", "Medium", "Daily check-in with the key worker. Medication locked away."],
                   ["Substance use", "Medium", "Record any smell of cannabis or alcohol on return."],
                   ["Damage to property", "Low to medium", "De-escalation. No physical intervention except to "
                    "prevent serious harm."]],
         [0.25, 0.15, 0.60]),
        ("h", "7. House rules agreed"),
        ("p", "Curfew 21:00 on school nights and 22:00 at weekends. Phone calls to mum between 18:00 and 20:00. "
              "Pocket money £12.50 a week, paid on Fridays."),
        ("h", "8. Tegan's views"),
        ("p", "Tegan joined for the last 15 minutes. She said she does not want to be in a children's home and "
              "wants to go back to the Haddows or to her mum. She said: \"I'm not staying here long so there's no "
              "point unpacking.\" {{ppm_1021}}"),
        ("h", "9. Review"),
        ("p", "The placement plan will be reviewed by 18/11/2024. {{x_ppm_rev}}"),
        ("small", "Record completed by Carol Nesbitt, Registered Manager. Copies: Aisha Rahman (SW); Margaret "
                  "Fenwick (IRO). Larkspur House, tel 01632 960418."),
    ]
    return Doc("residential/placement-planning-meeting-2024-10-21.docx", "docx", b,
               title="Placement Planning Meeting - Tegan Walsh-Obi", author="Carol Nesbitt",
               header_left="Larkspur House - Placement Planning Meeting",
               footer_left="Fernhollow Care Ltd, Larkspur House, Marshby NE99 7LH", doc_date="2024-10-21",
               docx_time=dt.datetime(2024, 10, 21, 15, 12, 0))


LOG_NIGHT = "2025-07-12"


def doc_daily_log() -> Doc:
    L: list[tuple[str, str]] = []

    def add(text: str, ctx: str = "") -> None:
        L.append((text, ctx))

    rule = "-" * 78
    add("FERNHOLLOW CARE LTD - LARKSPUR HOUSE")
    add("DAILY LOG AND SHIFT HANDOVER - YOUNG PERSON: TW (Tegan Walsh-Obi)   DOB: 17/03/2010 {{x_dob_t}}")
    add("Extract: 11/07/2025 to 14/07/2025      Printed 17/07/2025 10:02 by C. Nesbitt (Registered Manager) "
        "{{x_log_print}}")
    add("OFFICIAL-SENSITIVE - not to be copied or shared outside the placing authority")
    add("Staff: KAD Kerry-Ann Doyle (key worker), MB Marcus Bell (deputy manager), PL Priya Lal (RSW), "
        "JF Jamie Fairclough (RSW, sleep-in), DF Dwayne Forbes (waking night)")
    add("=" * 78)
    d = "2025-07-11"
    add("FRIDAY 11/07/2025 - EARLY SHIFT (07:00-14:30)   On shift: KAD, PL", d)
    add("07:30  T up, showered, ate toast. Chatty about her braids. (KAD)", d)
    add("08:45  T in taxi to Bridgeway. (PL)", d)
    add("14:30  Handover to late shift: nothing of note. (KAD)", d)
    add(rule, d)
    add("FRIDAY 11/07/2025 - LATE SHIFT (14:30-22:30)   On shift: MB, PL", d)
    add("15:40  T back from Bridgeway. Said the day was \"boring\". (PL)", d)
    add("16:10  T had a phone call with mum on speaker in the lounge. Mum sounded drunk and was shouting. T ended "
        "the call, threw her phone on the bed and cried. PL sat with her. {{call_0711}} (PL)", d)
    add("16:40  T said: \"She was steaming again and she said I ruined her life.\" {{call_0711}} (PL)", d)
    add("17:30  T refused tea. Stayed in her room with music loud. Checked every 30 mins. (MB)", d)
    add("19:45  T left through the back gate. MB followed to the end of Larkspur Lane and saw T get into a silver "
        "car (small hatchback, partial reg R6). T did not respond when called. {{miss_0711}} (MB)", d)
    add("19:50  Rang T's mobile x3 - no answer. Snapchat location turned off. (MB)", d)
    add("20:25  T reported missing to police, occurrence 110725/2031. Risk graded high (CSE/CCE history). "
        "{{miss_0711}} (MB)", d)
    add("20:40  EDT informed (Neil Ashworth). (MB)", d)
    add("21:30  T's phone now switched off. (PL)", d)
    add("22:30  Handover to waking night DF and sleep-in JF. T still missing. (MB)", d)
    add(rule, d)
    add("FRIDAY 11/07/2025 - WAKING NIGHT (22:30-07:00)   On shift: DF (waking), JF (sleep-in)", d)
    add("22:50  Police rang for a description and a recent photo - sent. (DF)", d)
    add("23:40  Rang T - still switched off. (DF)", d)
    n = LOG_NIGHT
    add("00:15  Police checking addresses in Brindleford (Tannery Row, Haverley Court). (DF)", n)
    add("01:40  T returned by taxi. Driver said the fare was paid by card over the phone. T intoxicated, unsteady, "
        "no shoes. Bruising to her neck, both sides, like fingertip marks. T said \"leave me alone\" and would not "
        "say what happened. {{ret_0712}} (DF)", n)
    add("02:05  Police informed of T's return - missing episode closed. Told police about the bruising. (DF)", n)
    add("02:30  T in her room. 15-minute checks started. (DF)", n)
    add("03:15  T came to the office crying and said: \"I've took loads of tablets, I'm sorry.\" Three empty "
        "blister packs of paracetamol (3 x 8 x 500mg) found in her bin. {{od2_0712}} (DF)", n)
    add("03:22  999 called. JF woken. (DF)", n)
    add("03:40  EDT informed (Neil Ashworth). (DF)", n)
    add("03:52  Ambulance arrived. T taken to Marshby General ED with JF. (DF)", n)
    add("06:50  JF rang: T on a drip (acetylcysteine), to be admitted to Ward 9. (DF)", n)
    add("07:00  Handover to early shift. (DF)", n)
    add(rule, n)
    add("SATURDAY 12/07/2025 - EARLY SHIFT (07:00-14:30)   On shift: KAD, MB", n)
    add("07:30  MB to hospital to relieve JF. (KAD)", n)
    add("10:00  MB rang: T admitted to Ward 9 and sleeping. Paracetamol level was above the treatment line. "
        "{{od2_0712}} (MB)", n)
    add("13:00  Carol Nesbitt informed. Regulation 40 notification to Ofsted to be completed. (KAD)", n)
    add("14:30  Handover. MB staying on the ward until 20:00. (KAD)", n)
    add(rule, n)
    s = "2025-07-13"
    add("SUNDAY 13/07/2025 - EARLY SHIFT (07:00-14:30)   On shift: KAD, PL", s)
    add("11:00  CAMHS crisis assessment on the ward with Tom Eckersley. KAD there for part of it. {{crisis_0713}} "
        "(KAD)", s)
    add("13:15  PC Marr came to the ward for a prevention interview; T would not talk to her. {{prev_0713}} (KAD)",
        s)
    add("15:00  T asked for her phone charger - not given, per the draft safety plan. (PL)", s)
    add(rule, s)
    m = "2025-07-14"
    add("MONDAY 14/07/2025 - EARLY SHIFT (07:00-14:30)   On shift: KAD, MB", m)
    add("09:30  SW Aisha Rahman visited Tegan on Ward 9. {{wvisit_0714}} (KAD)", m)
    add("12:30  T discharged from Ward 9; home at 13:10 with KAD. Safety plan in place: 2:1 in the community, no "
        "sharps, medication locked away, 15-minute checks overnight. {{disch_0714}} (KAD)", m)
    add("14:30  Handover. T tired but calm. (KAD)", m)
    add(rule, m)
    add("MONDAY 14/07/2025 - LATE SHIFT (14:30-22:30)   On shift: PL, JF", m)
    add("19:00  T watched a film with PL and JF. Ate pasta. Quiet. (PL)", m)
    add("22:00  T in bed. 15-minute checks. (PL)", m)
    add("-- end of extract --", m)
    return Doc("residential/larkspur-house-daily-log-2025-07.txt", "txt", lines=L, doc_date="2025-07-17")


# ---------------------------------------------------------------------------------------------------------
# Meetings and reviews
# ---------------------------------------------------------------------------------------------------------

def doc_cla1() -> Doc:
    b: list = [
        ("title", "Marshby MBC - Independent Reviewing Service"),
        ("h", "Child Looked After (CLA) Review - Record of Review and Recommendations"),
        ("kv", [("Child", "Tegan WALSH-OBI (2207419)"), ("Date of birth", "17/03/2010 {{x_dob_t}}"),
                ("Legal status", "Care order made 14/06/2021 {{care_order}}"),
                ("Placement", "Larkspur House (Fernhollow Care Ltd), residential children's home, since 18/10/2024"),
                ("Review", "14/11/2024, 10:00, Larkspur House"),
                ("Chair", "Margaret Fenwick, Independent Reviewing Officer")]),
        ("h", "Attendance"),
        ("table", [["Name", "Role", "Attendance"],
                   ["Tegan", "Young person", "Attended part (10:40 to 11:05)"],
                   ["Lorraine Walsh", "Mother", "By telephone"],
                   ["Emeka Obi", "Father", "Consulted by letter through HMP Ketterby"],
                   ["Aisha Rahman", "Social Worker", "Attended"],
                   ["Carol Nesbitt", "Registered Manager, Larkspur House", "Attended"],
                   ["Kerry-Ann Doyle", "Key worker", "Attended"],
                   ["Sandra Otley", "Virtual School", "Attended"],
                   ["Craig Hollis", "DSL, Kingsmere Academy", "Report"],
                   ["Beverley Sands", "Looked After Children Nurse", "Report"]], [0.3, 0.42, 0.28]),
        ("p", "The CLA review was held at Larkspur House on 14/11/2024 at 10:00. It was brought forward because of "
              "the change of placement. {{cla1}}"),
        ("h", "1. Background"),
        ("p", "Tegan became looked after in March 2020, when she was placed with Janine and Paul Haddow under "
              "section 20. {{haddow}} The care order was made on 14/06/2021. {{care_order}} Her father, Emeka Obi, "
              "was sentenced in May 2022 to nine years' imprisonment for robbery and is at HMP Ketterby. "
              "{{sentence}} Tegan's half-brother Kian lives with their maternal grandmother."),
        ("h", "2. Progress since the last review"),
        ("p", "**Missing episodes.** On 13/09/2024 Tegan did not return to the Haddows after school; police found her "
              "at 01:50 the following morning at Marshby Interchange with two older males. {{miss_0913}} On "
              "05/10/2024 she was missing overnight and came back the next morning in a taxi paid for by someone "
              "else, with a new phone. {{miss_1005}} Her first missing episode from Larkspur House was on "
              "24/10/2024; she returned by herself at 23:45. {{miss_1024}}"),
        ("p", "**Placement.** On 17/10/2024 Tegan threw a mug through the kitchen window at the Haddows' home when "
              "Paul tried to stop her going out, and the carers ended the placement. {{window_1017}} Tegan moved to "
              "Larkspur House on 18/10/2024. {{move_1018}} A placement planning meeting was held on 21/10/2024. "
              "{{ppm_1021}}"),
        ("p", "**Education.** Tegan had a suspension on 24/09/2024 for vaping and verbal abuse {{susp_0924}} and a "
              "five-day suspension on 06/11/2024 for fighting. {{susp_1106}} The school reports attendance of about "
              "50% this half-term."),
        ("p", "**Health.** Tegan is not known to CAMHS. Staff have seen old cuts to her arms. She sleeps badly."),
        ("h", "3. Tegan's views"),
        ("p", "Tegan came into the meeting for 25 minutes. She said: \"I want to go back to the Haddows but they don't "
              "want me.\" {{cla1}} She said Larkspur House is \"okay\" and she likes Kerry-Ann. She does not want to "
              "go back to Kingsmere."),
        ("h", "4. Parents' views"),
        ("p", "Lorraine joined by phone. She said: \"I want her home with me. I've cut down.\" She asked for "
              "unsupervised contact. Emeka wrote that he wants to hear from Tegan and would like a visit at the "
              "prison."),
        ("h", "5. Recommendations"),
        ("table", [["No.", "Recommendation", "By whom", "By when"],
                   ["1", "Education plan: PEP meeting with the Virtual School and, if needed, alternative provision",
                    "SW / Virtual School", "12/12/2024 {{x_cla1_by}}"],
                   ["2", "CAMHS referral for low mood and self-harm", "SW with GP", "12/12/2024"],
                   ["3", "Exploitation risk assessment; referral to the Safe Steps exploitation worker", "SW",
                    "12/12/2024"],
                   ["4", "Family time with mother to stay supervised and fortnightly; explore a prison visit to "
                    "father", "SW", "Next review"],
                   ["5", "Review the placement plan and consider a longer-term placement", "SW / Larkspur House",
                    "Next review"]], [0.07, 0.55, 0.2, 0.18]),
        ("p", "The next review will be on 08/05/2025 at 10:00 at Larkspur House."),
        ("small", "Minutes distributed: 27/11/2024 {{x_cla1_dist}}. Margaret Fenwick, Independent Reviewing Officer, "
                  "tel 01632 960377, margaret.fenwick@marshby.gov.example"),
    ]
    return Doc("meetings/cla-review-2024-11-14.pdf", "pdf", b, title="CLA Review 14/11/2024 - Tegan WALSH-OBI",
               author="Independent Reviewing Service", header_left="Tegan WALSH-OBI   DOB 17/03/2010",
               header_right="CLA Review 14/11/2024", footer_left="Marshby MBC Independent Reviewing Service",
               doc_date="2024-11-14")


def doc_cla3() -> Doc:
    b: list = [
        ("title", "Marshby MBC - Independent Reviewing Service"),
        ("h", "Child Looked After (CLA) Review - Record of Review and Recommendations"),
        ("kv", [("Child", "Tegan WALSH-OBI (2207419)"), ("Date of birth", "17/03/2010 {{x_dob_t}}"),
                ("Legal status", "Care order (14/06/2021) {{care_order}}"),
                ("Placement", "Larkspur House, residential children's home, since 18/10/2024"),
                ("Review", "06/11/2025, 10:00, Larkspur House (third review in this placement)"),
                ("Chair", "Margaret Fenwick, Independent Reviewing Officer")]),
        ("table", [["Name", "Role", "Attendance"],
                   ["Tegan", "Young person", "Met the IRO before the review"],
                   ["Lorraine Walsh", "Mother", "Attended"],
                   ["Emeka Obi", "Father", "Letter"],
                   ["Aisha Rahman", "Social Worker", "Attended"],
                   ["Carol Nesbitt", "Registered Manager", "Attended"],
                   ["Kerry-Ann Doyle", "Key worker", "Attended"],
                   ["Bernadette Quinn", "Bridgeway Centre", "Attended"],
                   ["Nadia Kowal", "CAMHS", "Report"],
                   ["Leon Brathwaite", "Youth Justice Service", "Report"]], [0.3, 0.4, 0.3]),
        ("p", "The CLA review was held on 06/11/2025 at 10:00 at Larkspur House. {{cla3}}"),
        ("h", "1. Outcome of the last review"),
        ("p", "At the last CLA review, on 08/05/2025, I was concerned about the CAMHS delay, Tegan's education hours "
              "and the NRM decision. {{cla2}} I took these up with the team manager under the informal resolution "
              "stage on 12/05/2025. {{iro_0512}} Education has since increased and CAMHS are now involved, so the "
              "matter was resolved at the informal stage."),
        ("h", "2. Significant events since the last review"),
        ("table", [["Date", "Event"],
                   ["02/06/2025", "The Bridgeway Centre timetable increased to 20 hours a week. {{ap20_0602}}"],
                   ["02/06/2025", "Tegan asked her GP for emergency contraception; the GP made a safeguarding "
                    "referral. {{gp_0602}}"],
                   ["15/06/2025", "Found at a flat on Tannery Row, Brindleford, during a drugs warrant and arrested; "
                    "released under investigation. {{found_0615}}"],
                   ["12/07/2025", "Overdose of paracetamol after a missing episode; admitted to Ward 9. {{od2_0712}}"],
                   ["24/07/2025", "MACE review: all risks high; secure accommodation to be considered. {{mace_0724}}"],
                   ["09/08/2025", "Visit to her father at HMP Ketterby. {{prison_0809}}"],
                   ["03/09/2025", "Full time at the Bridgeway Centre, 25 hours a week, in Year 11. {{ap25_0903}}"],
                   ["16/09/2025", "Positive conclusive grounds decision (NRM). {{cg_0916}}"],
                   ["25/10/2025", "Staff found her with a ligature around her neck; ED; discharged overnight. "
                    "{{lig_1025}}"],
                   ["27/10/2025", "Urgent CAMHS review with Dr Ruddock. {{camhs_1027}}"]], [0.16, 0.84]),
        ("p", "Tegan has been reported missing 11 times since the last review, most often on the journey to or from "
              "the Bridgeway Centre. The most recent time was on Saturday 04/10/2025, when she was reported missing "
              "at 21:00 and came back the next morning. {{miss_1004}}"),
        ("h", "3. Education and health"),
        ("p", "The Bridgeway Centre reports 78% attendance this term. Tegan is entered for English and maths GCSE. "
              "CAMHS have offered trauma-focused work once she is safer; Tegan has attended four of seven sessions."),
        ("h", "4. Tegan's views"),
        ("p", "Tegan met me before the review. She said: \"Nobody asks me what would actually help.\" {{cla3}} She "
              "would like more time with her mum and to keep seeing her dad. She does not want to move."),
        ("h", "5. Parents' views"),
        ("p", "Lorraine said: \"I know I've let her down. I'm doing the groups now.\" Emeka's letter asks for a "
              "prison visit every month."),
        ("h", "6. Recommendations"),
        ("table", [["No.", "Recommendation", "By whom", "By when"],
                   ["1", "Hold a legal planning meeting to consider whether the criteria for secure accommodation "
                    "under section 25 are met", "Team Manager", "21/11/2025 {{x_cla3_by}}"],
                   ["2", "CAMHS trauma-focused work to continue; safety plan reviewed monthly",
                    "CAMHS / Larkspur House", "Ongoing"],
                   ["3", "Family time: fortnightly with mother in the community; monthly letters and a prison visit "
                    "every two months", "SW", "Ongoing"],
                   ["4", "PEP to plan for post-16 education", "Virtual School", "Next PEP"]],
         [0.07, 0.55, 0.2, 0.18]),
        ("p", "The next CLA review will be held on 07/05/2026 at 10:00, or sooner if Tegan's placement changes. "
              "{{pl_cla}}"),
        ("small", "Minutes issued 20/11/2025 {{x_cla3_issued}} - Margaret Fenwick, Independent Reviewing Officer"),
    ]
    return Doc("meetings/cla-review-2025-11-06.docx", "docx", b, title="CLA Review 06/11/2025 - Tegan WALSH-OBI",
               author="Margaret Fenwick", header_left="CLA Review - Tegan WALSH-OBI",
               footer_left="Marshby MBC Independent Reviewing Service", doc_date="2025-11-06",
               docx_time=dt.datetime(2025, 11, 20, 11, 4, 0))


def doc_strategy() -> Doc:
    b: list = [
        ("title", "Marshby MBC - Children's Services"),
        ("h", "Strategy Meeting - Child Sexual Exploitation (section 47 Children Act 1989)"),
        ("kv", [("Child", "Tegan WALSH-OBI (2207419)"), ("Date / time", "23/01/2025, 10:00 to 11:30"),
                ("Venue", "Microsoft Teams"), ("Chair", "Gareth Lowe, Team Manager"),
                ("Minutes", "Hannah Poole, Business Support")]),
        ("p", "A strategy meeting was held on 23/01/2025 at 10:00 by Microsoft Teams, after Tegan was found with an "
              "adult male in Brindleford. {{strat_0123}}"),
        ("h", "Attendees"),
        ("table", [["Name", "Role", "Agency"],
                   ["Gareth Lowe", "Team Manager (chair)", "Marshby MBC"],
                   ["Aisha Rahman", "Social Worker", "Marshby MBC"],
                   ["DC Owen Pryce", "Child Exploitation Team", "Marshby & Tern Valley Police"],
                   ["PC Lindsay Marr", "Missing Persons Coordinator", "Marshby & Tern Valley Police"],
                   ["Carol Nesbitt", "Registered Manager", "Larkspur House"],
                   ["Bernadette Quinn", "Centre Lead and DSL", "Bridgeway Centre"],
                   ["Beverley Sands", "Looked After Children Nurse", "Tern Valley Health"],
                   ["Jodie Plaskett", "RHI Worker", "Safe Steps"],
                   ["Apologies", "Sandra Otley (Virtual School); CAMHS (case not yet open)", "-"]],
         [0.26, 0.44, 0.30]),
        ("h", "Family"),
        ("table", persons_rows(), [0.22, 0.26, 0.16, 0.36]),
        ("h", "Information shared"),
        ("p", "**Police.** On 14/12/2024 Tegan was found at 03:20 in a car stopped at a petrol station in Brindleford "
              "with two adult males. {{miss_1214}} She was reported missing from Larkspur House at 20:40 on Friday "
              "17/01/2025. {{miss_0117}} She was found on Saturday 18/01/2025 at 14:15 at a flat in Haverley Court, "
              "Brindleford, with Reece Carver, aged 22. {{found_0118}} DC Pryce completed the police exploitation "
              "screening on 20/01/2025: CSE high, CCE medium. {{screen_0120}} A Child Abduction Warning Notice was "
              "served on Reece Carver yesterday (22/01/2025). {{cawn_0122}}"),
        ("p", "**Safe Steps.** Jodie Plaskett completed a return home interview on 21/01/2025. {{rhi_0121}} Tegan "
              "described Reece as her boyfriend: \"Reece is my boyfriend, he's not what you lot think.\" She said "
              "she was given vodka and a pill."),
        ("p", "**Larkspur House.** Tegan has been missing nine times since she arrived. Staff have noticed new "
              "clothes, a vape and a second phone."),
        ("p", "**Health.** The CAMHS referral was made on 08/01/2025 and is waiting to be screened. {{camhs_ref}} "
              "Tegan's Review Health Assessment is due next month."),
        ("p", "**Education.** Tegan started at the Bridgeway Centre on 09/12/2024 for 15 hours a week. {{ap_1209}} "
              "Her attendance there is 64%."),
        ("h", "Decisions"),
        ("p", "1. The threshold for a section 47 enquiry is met: risk of significant harm through sexual "
              "exploitation. 2. Referral to the MACE panel; the initial MACE is set for 06/02/2025. {{pl_mace}} "
              "3. The social worker to consider a National Referral Mechanism referral. 4. Police to lead "
              "disruption of Haverley Court and to pursue Carver. 5. The social worker to see Tegan today to "
              "explain the outcome and seek her views."),
        ("h", "Actions"),
        ("table", [["Action", "Lead", "By"],
                   ["Section 47 enquiry and exploitation risk assessment", "Aisha Rahman", "31/01/2025 {{x_strat_by}}"],
                   ["Referral to MACE", "Gareth Lowe", "Today"],
                   ["Disruption plan for Haverley Court", "DC Pryce", "Ongoing"],
                   ["Chase the CAMHS referral", "Beverley Sands", "31/01/2025"],
                   ["Update the safety plan at Larkspur House", "Carol Nesbitt", "Today"]], [0.55, 0.25, 0.20]),
        ("small", "Minutes circulated 27/01/2025 {{x_strat_circ}}. These minutes are confidential and must not be "
                  "shared outside the agencies that attended without the chair's agreement."),
    ]
    return Doc("meetings/strategy-meeting-2025-01-23.pdf", "pdf", b, title="Strategy Meeting 23/01/2025",
               author="Marshby MBC", header_left="Strategy Meeting - Tegan WALSH-OBI",
               header_right="23/01/2025", footer_left="Marshby MBC Children's Services", doc_date="2025-01-23")


def doc_mace() -> Doc:
    b: list = [
        ("title", "Marshby Safeguarding Children Partnership"),
        ("h", "Multi-Agency Child Exploitation (MACE) Review Meeting - Minutes"),
        ("kv", [("Date / time", "24/07/2025, 10:00 to 12:15"),
                ("Venue", "Marshby Police Station, Conference Room 2, and Microsoft Teams"),
                ("Chair", "DI Sharon Kettle, Public Protection Unit"),
                ("Young person", "Tegan WALSH-OBI, DOB 17/03/2010 {{x_dob_t}}"),
                ("Previous meeting", "13/02/2025 (initial MACE) {{mace_0213}}")]),
        ("p", "This MACE review was held on 24/07/2025 because of a serious escalation in risk since the initial "
              "meeting in February. {{mace_0724}}"),
        ("h", "Attendees"),
        ("table", [["Name", "Agency / role"],
                   ["DI Sharon Kettle (chair)", "Marshby & Tern Valley Police, PPU"],
                   ["DC Owen Pryce", "Police, Child Exploitation Team"],
                   ["PC Lindsay Marr", "Police, Missing Persons Coordinator"],
                   ["Aisha Rahman / Gareth Lowe", "Marshby MBC Children in Care Team 2"],
                   ["Carol Nesbitt", "Larkspur House"],
                   ["Bernadette Quinn", "Bridgeway Centre"],
                   ["Nadia Kowal", "Tern Valley CAMHS"],
                   ["Beverley Sands", "Looked After Children Nurse"],
                   ["Leon Brathwaite", "Youth Justice Service"],
                   ["Jodie Plaskett", "Safe Steps"],
                   ["Rukhsana Begum", "MACE Coordinator (minutes)"]], [0.4, 0.6]),
        ("h", "1. Summary from the initial MACE"),
        ("p", "At the initial MACE on 13/02/2025 the panel heard that on 03/02/2025 Tegan had told her mentor at the "
              "Bridgeway Centre that she had been made to have sex with a friend of Reece Carver to pay off a drug "
              "debt. {{mace_0213}} {{discl_0203}} She said: \"They said I owed them for the weed so I had to go "
              "with his mate.\" She refused an ABE interview on 07/02/2025. {{abe_0207}}"),
        ("p", "Earlier, on 18/01/2025, police had found Tegan at a flat in Haverley Court, Brindleford, with Reece "
              "Carver, {{found_0118}} and a Child Abduction Warning Notice was served on him on 22/01/2025. "
              "{{cawn_0122}}"),
        ("p", "The social worker submitted a National Referral Mechanism referral on 20/02/2025 {{nrm_0220}} and a "
              "positive reasonable grounds decision followed on 04/03/2025. {{rg_0304}}"),
        ("h", "2. Events since the initial MACE"),
        ("table", [["Date", "Event", "Source"],
                   ["02/06/2025", "Tegan asked her GP for emergency contraception and said she had had sex with a "
                    "19-year-old male, Kai. GP safeguarding referral. {{gp_0602}}", "GP"],
                   ["14/06/2025", "Reported missing from Larkspur House at 19:30. {{miss_0614}}",
                    "Larkspur House / police"],
                   ["15/06/2025", "Found at a flat on Tannery Row, Brindleford, during a drugs warrant; arrested "
                    "(possession with intent to supply Class A, 12 wraps); released under investigation. "
                    "{{found_0615}}", "Police"],
                   ["11/07/2025", "Left Larkspur House at 19:45 and got into a silver car; reported missing at "
                    "20:25. {{miss_0711}}", "Larkspur House / police"],
                   ["12/07/2025", "Returned by taxi at 01:40 with bruising to her neck. {{ret_0712}} At 03:15 told "
                    "staff she had taken an overdose of paracetamol; admitted to Ward 9. {{od2_0712}}",
                    "Larkspur House / hospital"],
                   ["13/07/2025", "CAMHS crisis assessment on Ward 9. {{crisis_0713}}", "CAMHS"],
                   ["14/07/2025", "Discharged to Larkspur House with a safety plan and 2:1 staffing. {{disch_0714}}",
                    "Hospital / Larkspur House"],
                   ["16/07/2025", "Return home interview: Tegan named Kai as the driver of the car. {{rhi_0716}}",
                    "Safe Steps"],
                   ["22/07/2025", "Child Abduction Warning Notice served on Kai Lomax. {{cawn_0722}}", "Police"]],
         [0.14, 0.64, 0.22]),
        ("p", "Tegan has been reported missing 17 times since the initial MACE."),
        ("h", "3. Agency updates"),
        ("p", "**Education.** Tegan started at the Bridgeway Centre on 09/12/2024 {{ap_1209}} after Kingsmere Academy "
              "decided to permanently exclude her. {{perm_1129}} She now attends 20 hours a week and her attendance "
              "is 71%."),
        ("p", "**CAMHS.** Nadia Kowal said Tegan has come to two of five Partnership sessions. The crisis assessment "
              "found a high risk of further self-harm."),
        ("p", "**Youth Justice.** Leon Brathwaite said the Class A investigation is ongoing and the section 45 "
              "defence has been raised."),
        ("p", "**Police.** Kai LOMAX (DOB 14/10/2005) {{x_dob_kl}} is linked to the Tannery Row address and to a "
              "silver Vauxhall Corsa. Reece CARVER (DOB 02/02/2002) {{x_dob_rc}} is still linked to Haverley Court."),
        ("h", "4. Risk assessment"),
        ("table", [["Risk", "Likelihood", "Impact", "Rating", "Change since February"],
                   ["Child sexual exploitation", "Almost certain", "Severe", "HIGH", "No change"],
                   ["Child criminal exploitation", "Likely", "Severe", "HIGH", "Increased (was MEDIUM)"],
                   ["Missing", "Almost certain", "Serious", "HIGH", "No change"],
                   ["Self-harm / suicide", "Likely", "Severe", "HIGH", "Increased"]],
         [0.28, 0.18, 0.14, 0.12, 0.28]),
        ("h", "5. Decisions and actions"),
        ("table", [["No.", "Action", "Lead", "By"],
                   ["1", "Disruption of the Tannery Row address and the silver car (ANPR markers)", "DC Pryce",
                    "Ongoing"],
                   ["2", "The local authority to consider at a legal planning meeting whether the criteria for secure "
                    "accommodation (section 25) are met", "Gareth Lowe", "08/08/2025 {{x_mace_by}}"],
                   ["3", "Chase the NRM conclusive grounds decision", "Aisha Rahman", "08/08/2025"],
                   ["4", "CAMHS to offer weekly sessions at Larkspur House", "Nadia Kowal", "08/08/2025"],
                   ["5", "Bridgeway to increase to full time from September", "Bernadette Quinn", "September"]],
         [0.07, 0.58, 0.2, 0.15]),
        ("p", "Next MACE review: 21/08/2025 at 14:30."),
        ("small", "Minutes approved by the chair on 31/07/2025 {{x_mace_appr}}. OFFICIAL-SENSITIVE. Not for onward "
                  "disclosure without the agreement of the chair."),
    ]
    return Doc("meetings/mace-minutes-2025-07-24.pdf", "pdf", b, title="MACE Review 24/07/2025",
               author="Marshby Safeguarding Children Partnership", header_left="MACE Review - Tegan WALSH-OBI",
               header_right="24/07/2025", footer_left="Marshby Safeguarding Children Partnership",
               doc_date="2025-07-24")


def doc_iro_email() -> Doc:
    d = "2025-05-12"
    L = [(t, d) for t in [
        "Gareth,",
        "",
        "I am writing after Tegan's CLA review at Larkspur House on Thursday (08/05/2025). {{cla2}} At the review "
        "Tegan said: \"I only go to Bridgeway for three hours a day, what am I meant to do the rest of the time?\" "
        "{{cla2}} I share her concern.",
        "",
        "I have three concerns, which I am now raising with you under the informal resolution stage of the dispute "
        "resolution protocol: {{iro_0512}}",
        "",
        "1. Emotional health. The CAMHS referral was made on 08/01/2025 {{camhs_ref}} and Tegan was seen for a "
        "Choice appointment on 26/03/2025 {{choice_0326}}, but no treatment has started. Since then she has cut her "
        "forearm (05/04/2025) {{harm_0405}} and taken an overdose of ibuprofen on 26/04/2025. {{od1_0426}}",
        "",
        "2. Education. Tegan has had 15 hours a week since she started at the Bridgeway Centre on 09/12/2024. "
        "{{ap_1209}} Five months on, that is still not a full-time offer.",
        "",
        "3. Exploitation and placement. The reasonable grounds decision was positive on 04/03/2025 {{rg_0304}}, "
        "but the recommendation from the CLA review on 14/11/2024 to consider a longer-term placement has not been "
        "progressed. {{cla1}}",
        "",
        "Please let me have a written response by 19/05/2025 {{x_iro_by}}, setting out the actions and timescales. "
        "If I do not have a response I will move to the formal stage and inform the Service Manager.",
        "",
        "Regards",
        "",
        "Margaret Fenwick",
        "Independent Reviewing Officer, Marshby MBC",
        "Tel 01632 960377",
        "",
        "OFFICIAL-SENSITIVE",
    ]]
    return Doc("email/2025-05-12-iro-monitoring.eml", "eml", lines=L, doc_date=d, eml_headers=[
        ("From", "Margaret Fenwick <margaret.fenwick@marshby.gov.example>"),
        ("To", "Gareth Lowe <gareth.lowe@marshby.gov.example>"),
        ("Cc", "Aisha Rahman <aisha.rahman@marshby.gov.example>, Ruth Carrick <ruth.carrick@marshby.gov.example>"),
        ("Subject", "Tegan WALSH-OBI (2207419) - IRO monitoring after the CLA review - informal resolution"),
        ("Date", "Mon, 12 May 2025 16:48:31 +0100"),
        ("Message-ID", "<iro-20250512-164831.2207419@marshby.gov.example>"),
    ])


# ---------------------------------------------------------------------------------------------------------
# Police
# ---------------------------------------------------------------------------------------------------------

POLICE = "Marshby & Tern Valley Police"


def doc_mfh1() -> Doc:
    b: list = [
        ("title", POLICE),
        ("h", "Missing Person Report - Child (COMPACT)"),
        ("kv", [("Occurrence number", "170125/1322"),
                ("Linked crime ref", "CR/280125/0071 {{x_mfh1_crime}} (possession of cannabis)"),
                ("Missing person", "Tegan WALSH-OBI"), ("DOB / age", "17/03/2010 (14) {{x_dob_t}}"),
                ("Home address", "Larkspur House, 2 Larkspur Lane, Marshby NE99 7LH (children's home)"),
                ("Looked after child", "Yes - Marshby MBC. Social worker Aisha Rahman, 01632 960390"),
                ("Reported by", "Marcus Bell, Deputy Manager, Larkspur House, 01632 960418"),
                ("Date / time reported", "17/01/2025 20:40"),
                ("Last seen", "17/01/2025 18:05, leaving Larkspur House on foot, saying she was going to the Spar"),
                ("Initial risk", "MEDIUM (PS 1187 Harding)"),
                ("Risk review", "HIGH at 02:00 on 18/01/2025 (Insp 0921 Lowry)")]),
        ("p", "Tegan was reported missing by Larkspur House at 20:40 on 17/01/2025, having left at 18:05. "
              "{{miss_0117}}"),
        ("p", "**Background.** Tegan is a looked after child. She moved to Larkspur House on 18/10/2024 after her "
              "foster placement broke down. {{move_1018}} She is known to spend time with older males in "
              "Brindleford."),
        ("h", "Previous missing episodes (police records)"),
        ("table", [["Date", "Outcome"],
                   ["13/09/2024", "Missing from foster placement; found 01:50 the next day at Marshby Interchange "
                    "with two older males {{miss_0913}}"],
                   ["05/10/2024", "Missing overnight from foster placement; returned by taxi at 11:20 the next day "
                    "{{miss_1005}}"],
                   ["24/10/2024", "First missing episode from Larkspur House; returned 23:45 {{miss_1024}}"],
                   ["14/12/2024", "Found 03:20 in a vehicle at a petrol station, Brindleford, with two adult males "
                    "{{miss_1214}}"]], [0.18, 0.82]),
        ("h", "Enquiries log"),
        ("table", [["Date / time", "Entry", "By"],
                   ["17/01/2025 21:15", "MP's phone rings out. Friends' addresses in Marshby checked - negative.",
                    "PC 5120 Greer"],
                   ["17/01/2025 22:40", "Staff report MP's Snapchat location near Haverley Court, Brindleford.",
                    "Control"],
                   ["17/01/2025 23:55", "Area search around Haverley Court - no trace.", "PC 5120 Greer"],
                   ["18/01/2025 00:30", "Intelligence links MP to Reece CARVER, Flat 9 Haverley Court.",
                    "DS 2290 Amin"],
                   ["18/01/2025 02:00", "Risk raised to HIGH: CSE concerns, age gap, history.", "Insp 0921 Lowry"],
                   ["18/01/2025 09:10", "Larkspur House: no contact from MP. Bus station CCTV requested.",
                    "PC 2281 Marr"],
                   ["18/01/2025 13:30", "Address check arranged with Brindleford neighbourhood team.",
                    "PS 1187 Harding"],
                   ["18/01/2025 14:15", "MP found at Flat 9, Haverley Court, with Reece CARVER. {{found_0118}}",
                    "PC 2281 Marr"]], [0.2, 0.6, 0.2]),
        ("h", "Found / return details"),
        ("p", "Tegan was found at 14:15 on 18/01/2025 at Flat 9, Haverley Court, Brindleford, with Reece CARVER "
              "(DOB 02/02/2002). {{found_0118}} {{x_dob_rc}} She had £120 in cash and a small bag of cannabis, and "
              "love bites on her neck. CARVER said: \"She told me she was eighteen.\" Tegan told officers: \"I'm "
              "fine, I wanted to be here.\" {{found_0118}}"),
        ("p", "Tegan was taken to Marshby police station and returned to Larkspur House at 17:30. A prevention "
              "interview was attempted by PC Marr; Tegan would not answer questions. Referred to the Child "
              "Exploitation Team (DC 4410 Pryce). Safe Steps notified for a return home interview."),
    ]
    return Doc("police/missing-person-report-2025-01-17.pdf", "pdf", b, title="Missing Person Report 170125/1322",
               author=POLICE, header_left="MISSING PERSON REPORT   Occ 170125/1322", header_right=POLICE,
               footer_left="Printed: 19/01/2025 08:14 by 8812 CLARKE {{x_mfh1_print}}", doc_date="2025-01-18")


def doc_screening() -> Doc:
    b: list = [
        ("title", POLICE),
        ("h", "Child Exploitation Screening Tool and Intelligence Submission"),
        ("kv", [("Reference", "CE/0047/25"), ("Linked occurrence", "170125/1322 (missing person)"),
                ("Subject", "Tegan WALSH-OBI"), ("DOB", "17/03/2010 {{x_dob_t}}"),
                ("Address", "Larkspur House (children's home), Marshby"),
                ("Legal status", "Looked after (care order) - Marshby MBC"),
                ("Completed by", "DC 4410 Owen Pryce, Child Exploitation Team"),
                ("Date completed", "20/01/2025")]),
        ("p", "This screening was completed on 20/01/2025 by DC 4410 Owen Pryce after Tegan was found with an adult "
              "male in Brindleford. {{screen_0120}}"),
        ("h", "Section A - Recent episodes"),
        ("table", [["Date", "Information", "Source"],
                   ["05/10/2024", "Missing overnight from foster placement. Returned in a taxi paid for by a third "
                    "party; new iPhone. {{miss_1005}}", "Foster carer via SW"],
                   ["14/12/2024", "Found 03:20 in a vehicle stopped at a petrol station, Brindleford, with two adult "
                    "males; cannabis seized. {{miss_1214}}", "Vehicle stop, PC 3390"],
                   ["17/01/2025", "Reported missing from Larkspur House at 20:40 (left 18:05). {{miss_0117}}",
                    "Occurrence 170125/1322"],
                   ["18/01/2025", "Found 14:15 at Flat 9, Haverley Court, Brindleford, with Reece CARVER. £120 cash, "
                    "cannabis. {{found_0118}}", "PC 2281 Marr"]], [0.14, 0.62, 0.24]),
        ("h", "Section B - Indicators"),
        ("table", [["Indicator", "Present?", "Detail"],
                   ["Going missing / staying out late", "Yes", "At least four episodes since September"],
                   ["Older 'boyfriend' or associates", "Yes", "Reece CARVER (22)"],
                   ["Unexplained gifts, money or phones", "Yes", "New iPhone; £120 cash; second phone"],
                   ["Picked up in cars or taxis", "Yes", "Taxis paid for by others; grey Audi A3"],
                   ["Substance misuse", "Yes", "Cannabis, alcohol; reported \"pills\""],
                   ["Travelling out of area", "Yes", "Brindleford (12 miles)"],
                   ["Self-harm / low mood", "Reported", "SW reports cutting"],
                   ["Disengaged from education", "Yes", "Excluded; attends alternative provision"],
                   ["Sexual health concerns", "Not known", "-"]], [0.4, 0.15, 0.45]),
        ("h", "Section C - Risk matrix"),
        ("table", [["Type", "Likelihood", "Impact", "Grading"],
                   ["Child sexual exploitation (CSE)", "Likely", "Serious", "HIGH"],
                   ["Child criminal exploitation (CCE)", "Possible", "Serious", "MEDIUM"],
                   ["Overall", "-", "-", "HIGH"]], [0.4, 0.2, 0.2, 0.2]),
        ("h", "Section D - Associates and vehicles"),
        ("table", [["Name / vehicle", "DOB", "Intelligence"],
                   ["Reece CARVER", "02/02/2002 {{x_dob_rc}}", "Linked to Flat 9 Haverley Court; previous for supply "
                    "of cannabis. Grading B/2/P."],
                   ["Unknown male \"Tizzy\"", "-", "Described as 25 to 30, local to Brindleford"],
                   ["Grey Audi A3, partial VRM LR6", "-", "Seen collecting Tegan near the Bridgeway Centre"]],
         [0.3, 0.18, 0.52]),
        ("p", "Actions: referral for a strategy meeting; Child Abduction Warning Notice to be served on Reece CARVER; "
              "intelligence submitted; risk to be reviewed in three months."),
        ("p", "Screening review date: 20/04/2025. {{x_screen_rev}}"),
        ("small", "Handling code P. Not to be disclosed outside the safeguarding partnership without the consent of "
                  "the originator."),
    ]
    return Doc("police/exploitation-screening-2025-01-20.pdf", "pdf", b, title="Child Exploitation Screening",
               author=POLICE, header_left="CHILD EXPLOITATION SCREENING   CE/0047/25", header_right=POLICE,
               footer_left="", doc_date="2025-01-20")


def doc_mfh2() -> Doc:
    b: list = [
        ("title", POLICE),
        ("h", "Missing Person Report - Child (COMPACT)"),
        ("kv", [("Occurrence number", "110725/2031"), ("Missing person", "Tegan WALSH-OBI"),
                ("DOB / age", "17/03/2010 (15) {{x_dob_t}}"),
                ("Home address", "Larkspur House, 2 Larkspur Lane, Marshby NE99 7LH (children's home)"),
                ("Looked after child", "Yes - Marshby MBC (Aisha Rahman)"),
                ("NRM status", "Positive reasonable grounds decision 04/03/2025 {{rg_0304}}"),
                ("Reported by", "Marcus Bell, Deputy Manager, Larkspur House"),
                ("Date / time reported", "11/07/2025 20:25"),
                ("Last seen", "11/07/2025 19:45, getting into a silver car at the end of Larkspur Lane "
                              "{{miss_0711}}"),
                ("Risk", "HIGH from the start (CSE / CCE, nominal links)"),
                ("Linked nominals", "Kai LOMAX (DOB 14/10/2005) {{x_dob_kl}}; Reece CARVER (DOB 02/02/2002) "
                                    "{{x_dob_rc}}")]),
        ("p", "**Circumstances.** Tegan left Larkspur House through the back gate at 19:45 and got into a silver "
              "car, possibly a Vauxhall Corsa, partial VRM R6. {{miss_0711}} Staff reported her missing at 20:25. "
              "Staff said she had had a phone call with her mother earlier and was upset. {{call_0711}}"),
        ("h", "Enquiries log"),
        ("table", [["Date / time", "Entry", "By"],
                   ["11/07/2025 20:40", "ANPR search for a silver Corsa, partial VRM R6, requested.", "Control"],
                   ["11/07/2025 21:55", "Friends' addresses in Marshby - negative.", "PC 4471 Dodd"],
                   ["11/07/2025 23:10", "Tannery Row, Brindleford - no reply.", "PC 6021 Yates"],
                   ["12/07/2025 00:15", "Haverley Court - no trace.", "PC 6021 Yates"],
                   ["12/07/2025 01:40", "Larkspur House report MP has come back by taxi.", "Control"],
                   ["12/07/2025 02:05", "Missing closed. Staff report bruising to her neck; PPU informed. "
                    "{{ret_0712}}", "PS 2230 Whitfield"]], [0.2, 0.6, 0.2]),
        ("h", "Return details"),
        ("p", "Tegan returned to Larkspur House by taxi at 01:40 on 12/07/2025. She was intoxicated, had no shoes "
              "and had bruising to her neck. {{ret_0712}} Officers attended at 02:40; she refused to speak to them "
              "about where she had been."),
        ("p", "Update 12/07/2025 04:20: Larkspur House advised that at 03:15 Tegan told staff she had taken "
              "paracetamol; she has been taken by ambulance to Marshby General Hospital. {{od2_0712}}"),
        ("p", "Prevention interview attempted on Ward 9 on 13/07/2025 by PC 2281 Marr; Tegan declined. "
              "{{prev_0713}}"),
        ("p", "Referrals: PPU (neck bruising - possible assault or non-fatal strangulation); Child Exploitation Team; "
              "Safe Steps for a return home interview."),
    ]
    return Doc("police/missing-person-report-2025-07-11.pdf", "pdf", b, title="Missing Person Report 110725/2031",
               author=POLICE, header_left="MISSING PERSON REPORT   Occ 110725/2031", header_right=POLICE,
               footer_left="Printed: 15/07/2025 08:02 by 8812 CLARKE {{x_print_jul}}", doc_date="2025-07-13")


# ---------------------------------------------------------------------------------------------------------
# Return home interviews (independent Safe Steps service)
# ---------------------------------------------------------------------------------------------------------

def doc_rhi1() -> Doc:
    b: list = [
        ("title", "Safe Steps - Return Home Interview Record"),
        ("small", "Safe Steps is an independent service commissioned by Marshby MBC to offer return home interviews "
                  "to children after they have been missing."),
        ("kv", [("Young person", "Tegan Walsh-Obi"), ("Date of birth", "17/03/2010 {{x_dob_t}}"),
                ("Placement", "Larkspur House (children's home)"), ("Social worker", "Aisha Rahman"),
                ("Police occurrence", "170125/1322"),
                ("Reported missing", "17/01/2025 at 20:40 {{miss_0117}}"),
                ("Found", "18/01/2025 at 14:15, by police, at Haverley Court, Brindleford {{found_0118}}"),
                ("RHI date and time", "21/01/2025, 16:00"),
                ("Venue", "Larkspur House, the garden room (Tegan's choice)"),
                ("Worker", "Jodie Plaskett, RHI Worker"),
                ("Time from return to RHI", "74 hours (outside the 72-hour target)")]),
        ("p", "I completed the return home interview with Tegan at Larkspur House on 21/01/2025 at 16:00. "
              "{{rhi_0121}} Tegan agreed to talk to me on her own. She agreed that what she told me could be shared "
              "with her social worker and the police, apart from the names of her friends."),
        ("h", "What happened - Tegan's account"),
        ("p", "Tegan said she left Larkspur House on Friday evening because she was bored. She said: \"I only went "
              "cos I was bored and nobody here cares.\" {{miss_0117}} She said she was reported missing \"for "
              "nothing\" because she always comes back. She walked to the bus station and caught the 42 bus to "
              "Brindleford."),
        ("p", "She stayed at a flat in Haverley Court with Reece and his friends until the police came on Saturday "
              "afternoon. {{found_0118}} She said: \"Reece is my boyfriend, he's not what you lot think.\" "
              "{{rhi_0121}} She said Reece bought her food and a vape. A friend of Reece's called \"Tizzy\" gave her "
              "vodka and \"a pill\". She said she slept on the sofa."),
        ("p", "Tegan said nobody hurt her. When I asked about the love bites on her neck she laughed and said: "
              "\"That's Reece. It's nothing.\""),
        ("h", "Push and pull factors"),
        ("table", [["Push (away from placement)", "Pull (towards Brindleford)"],
                   ["Boredom; only 15 hours of education; feels staff \"watch her\"",
                    "Attention and gifts from Reece; vapes, food, cannabis"],
                   ["Still upset about Christmas family time with her mum", "Feeling \"grown up\"; friends aged 18 "
                    "to 25"],
                   ["Misses the Haddows", "Free taxis and lifts"]], [0.5, 0.5]),
        ("h", "Risks identified"),
        ("p", "Sexual exploitation: high. A 14-year-old stayed overnight with a 22-year-old man and was given alcohol "
              "and drugs. Criminal exploitation: possible; Tegan hinted that she \"holds stuff\" for Reece. Emotional "
              "wellbeing: low mood; she said she \"can't be bothered with anything\"."),
        ("h", "Worker's analysis and recommendations"),
        ("p", "Tegan minimises the risk and sees Reece as her boyfriend. I recommend a strategy meeting; sharing "
              "Reece's details with police; the same key worker for return conversations; more education hours; "
              "and consideration of an NRM referral."),
        ("small", "Record submitted: 24/01/2025 {{x_rhi1_sub}}. Jodie Plaskett, Safe Steps, tel 01632 960455, "
                  "jodie.plaskett@safesteps.example"),
    ]
    return Doc("rhi/rhi-record-2025-01-21.docx", "docx", b, title="Return Home Interview - Tegan Walsh-Obi",
               author="Jodie Plaskett", header_left="Safe Steps - Return Home Interview",
               footer_left="Safe Steps (registered charity) - confidential", doc_date="2025-01-21",
               docx_time=dt.datetime(2025, 1, 24, 10, 40, 0))


def doc_rhi2() -> Doc:
    b: list = [
        ("title", "Safe Steps - Return Home Interview Record"),
        ("kv", [("Young person", "Tegan Walsh-Obi"), ("Date of birth", "17/03/2010 {{x_dob_t}}"),
                ("Placement", "Larkspur House (children's home)"), ("Police occurrence", "110725/2031"),
                ("Missing", "Reported missing 11/07/2025 at 20:25; left at 19:45 in a silver car {{miss_0711}}"),
                ("Returned", "12/07/2025 at 01:40, by taxi"),
                ("RHI date and time", "16/07/2025, 14:00"), ("Venue", "Larkspur House, Tegan's bedroom, door open"),
                ("Worker", "Jodie Plaskett, RHI Worker")]),
        ("p", "I completed the return home interview with Tegan at Larkspur House on 16/07/2025 at 14:00, two days "
              "after she came out of hospital. {{rhi_0716}} She was tired but agreed to talk. At the start she said: "
              "\"I know what you're going to say. I'm not stupid.\" {{rhi_0716}}"),
        ("h", "What happened - Tegan's account"),
        ("p", "Tegan said she left after a phone call with her mum on Friday afternoon. She said: \"She was steaming "
              "again and she said I ruined her life.\" {{call_0711}}"),
        ("p", "She said Kai picked her up in the silver car at the end of the lane. She said: \"I got in the car cos "
              "Kai said he'd sort my phone out. Then they took me to a house and I don't remember a lot.\" "
              "{{miss_0711}}"),
        ("p", "She came back in a taxi in the early hours. When I asked about the bruising to her neck she said: "
              "\"Someone grabbed my neck. I'm not saying who.\" {{ret_0712}}"),
        ("p", "Tegan told me she took the paracetamol after she got back because \"everything was too much\". She did "
              "not tell anyone straight away. {{od2_0712}}"),
        ("h", "Push and pull factors"),
        ("table", [["Push", "Pull"],
                   ["Distress after the call with her mum; feeling blamed", "Kai; the promise of a new phone"],
                   ["Bored during the summer timetable", "Alcohol and cannabis at the Brindleford address"]],
         [0.5, 0.5]),
        ("h", "Risks identified"),
        ("table", [["Area", "Level", "Comment"],
                   ["Sexual exploitation", "High", "Gaps in memory; possible spiking; neck injury"],
                   ["Criminal exploitation", "High", "Links to Tannery Row; the June arrest"],
                   ["Self-harm", "High", "Overdose within two hours of return"]], [0.3, 0.15, 0.55]),
        ("h", "Recommendations"),
        ("p", "Share Kai's details and the car description with DC Pryce; bring forward the MACE review; the key "
              "worker to do the return conversation after every episode; keep 2:1 staffing in the community."),
        ("small", "Submitted 18/07/2025 {{x_rhi2_sub}}. Jodie Plaskett, Safe Steps, tel 01632 960455."),
    ]
    return Doc("rhi/rhi-record-2025-07-16.pdf", "pdf", b, title="Return Home Interview - Tegan Walsh-Obi",
               author="Safe Steps", header_left="Safe Steps - Return Home Interview", header_right="CONFIDENTIAL",
               footer_left="Safe Steps (registered charity)", doc_date="2025-07-16")


# ---------------------------------------------------------------------------------------------------------
# Health
# ---------------------------------------------------------------------------------------------------------

def doc_ed() -> Doc:
    b: list = [
        ("title", "Marshby General Hospital NHS Foundation Trust"),
        ("h", "Children's Emergency Department and Ward 9 (Paediatrics) - Discharge Summary"),
        ("kv", [("Patient", "Tegan WALSH-OBI"), ("Date of birth", "17/03/2010 {{x_dob_t}}"),
                ("NHS number", "485 777 3081"), ("Hospital number", "MG0448217"),
                ("Address", "Larkspur House, 2 Larkspur Lane, Marshby NE99 7LH"),
                ("GP", "Dr F Mistry, Willowbank Surgery, Marshby NE99 2WB"),
                ("Arrival", "12/07/2025 04:05 by ambulance, with residential staff"),
                ("Admitted", "Ward 9, 12/07/2025 06:30"), ("Discharged", "14/07/2025 12:30"),
                ("Consultant", "Dr Alan Penrose, Consultant Paediatrician")]),
        ("p", "**Presenting complaint:** intentional overdose. At about 03:00 on 12/07/2025 Tegan took 24 paracetamol "
              "500mg tablets; at 03:15 she told night staff: \"I've took loads of tablets, I'm sorry.\" {{od2_0712}}"),
        ("p", "**History:** Tegan had been missing from her children's home during the evening and returned by taxi "
              "at 01:40, intoxicated, with bruising to her neck. {{ret_0712}} Previous overdose of ibuprofen on "
              "26/04/2025 (see below). {{od1_0426}}"),
        ("p", "**Examination:** GCS 15. Smelled of alcohol. Linear bruising on both sides of the neck, consistent with "
              "gripping; no petechiae. Old healed linear scars on the left forearm, one healing wound."),
        ("table", [["Date / time", "Test", "Result"],
                   ["12/07/2025 07:10", "Paracetamol level (4 hours)", "182 mg/L - above the treatment line "
                    "{{od2_0712}}"],
                   ["12/07/2025 07:10", "ALT", "24 U/L"],
                   ["12/07/2025 07:10", "Blood alcohol", "98 mg/100 ml"],
                   ["13/07/2025 04:30", "ALT, INR after treatment", "Normal"]], [0.25, 0.4, 0.35]),
        ("p", "**Treatment:** acetylcysteine (NAC) 21-hour infusion started at 07:40. Admitted to Ward 9 under "
              "paediatrics. Safeguarding: police informed about the neck bruising; social worker informed."),
        ("p", "**CAMHS:** seen on Ward 9 on 13/07/2025 by Tom Eckersley (CAMHS Crisis and Liaison). A crisis "
              "assessment was completed; see the separate report. {{crisis_0713}}"),
        ("p", "**Discharge:** medically fit. Discharged on 14/07/2025 at 12:30 to Larkspur House with a safety plan "
              "agreed with CAMHS and residential staff. {{disch_0714}}"),
        ("h", "Previous attendances"),
        ("table", [["Date", "Time", "Reason", "Outcome"],
                   ["26/04/2025", "21:58", "Ibuprofen overdose (12 x 200mg) after an argument with her mother "
                    "{{od1_0426}}", "Medically fit; discharged 01:30"]], [0.15, 0.1, 0.5, 0.25]),
        ("p", "**Follow-up:** CAMHS community team within 7 days; GP to review; no medication on discharge."),
        ("small", "Letter generated 15/07/2025 08:47 {{x_print_jul}}. Dr Alan Penrose, Consultant Paediatrician. "
                  "Copies: GP; Aisha Rahman (SW); Tern Valley CAMHS."),
    ]
    return Doc("health/ed-discharge-summary-2025-07-14.pdf", "pdf", b, title="Discharge Summary",
               author="Marshby General Hospital", header_left="Tegan WALSH-OBI   NHS 485 777 3081",
               header_right="Discharge Summary", footer_left="Marshby General Hospital NHS Foundation Trust",
               doc_date="2025-07-14")


def doc_crisis() -> Doc:
    b: list = [
        ("title", "Tern Valley CAMHS - Crisis and Liaison Team"),
        ("h", "Crisis Assessment"),
        ("kv", [("Name", "Tegan WALSH-OBI"), ("DOB", "17/03/2010 {{x_dob_t}}"), ("NHS number", "485 777 3081"),
                ("Location", "Ward 9, Marshby General Hospital"),
                ("Date / time of assessment", "13/07/2025, 11:00"),
                ("Assessor", "Tom Eckersley, CAMHS Crisis and Liaison Nurse"),
                ("Also present", "Kerry-Ann Doyle (key worker), for part"),
                ("Referred by", "Ward 9 (Dr Penrose)")]),
        ("p", "I completed a crisis assessment with Tegan on Ward 9 on 13/07/2025 at 11:00. {{crisis_0713}}"),
        ("h", "Reason for referral"),
        ("p", "Tegan was admitted on 12/07/2025 after an overdose of about 24 paracetamol tablets, taken in the early "
              "hours after she came back from a missing episode. {{od2_0712}}"),
        ("h", "Background"),
        ("p", "Tegan is 15 and looked after under a care order; she lives at Larkspur House. She was seen for a CAMHS "
              "Choice appointment on 26/03/2025 and placed on the Partnership waiting list. {{choice_0326}} On "
              "05/04/2025 she cut her forearm with a blade from a pencil sharpener. {{harm_0405}} On 26/04/2025 she "
              "took 12 ibuprofen after an argument with her mother. {{od1_0426}}"),
        ("h", "Events leading to this admission"),
        ("p", "On Friday 11/07/2025 Tegan had a phone call with her mother, who she said was drunk. {{call_0711}} "
              "That evening she got into a silver car with a male she knows. {{miss_0711}} She came back by taxi at "
              "01:40 on 12/07/2025 with bruising to her neck. {{ret_0712}} She took the tablets about an hour later."),
        ("h", "Tegan's account"),
        ("p", "Tegan said: \"I wanted everything to stop. I don't know if I wanted to die.\" {{crisis_0713}} She said "
              "she had not planned it and had bought the tablets over two weeks from different shops. She says she "
              "feels \"dirty\" after what happens in Brindleford and cannot sleep."),
        ("h", "Mental state"),
        ("p", "Tired, guarded at first, then tearful. Good eye contact later. Mood low; affect reactive. No psychotic "
              "features. Ambivalent about future intent; able to agree a safety plan."),
        ("h", "Risk assessment"),
        ("table", [["Risk", "Level", "Comment"],
                   ["Suicide", "Moderate to high", "Impulsive overdose of a significant quantity; ambivalent intent"],
                   ["Self-harm", "High", "Cutting since age 12; escalating"],
                   ["Exploitation", "High", "Ongoing sexual and criminal exploitation; neck bruising"],
                   ["Missing", "High", "Frequent; linked to the other risks"],
                   ["Protective factors", "-", "Relationship with her key worker; the Bridgeway Centre; hopes for "
                    "her GCSEs; contact with her father"]], [0.22, 0.2, 0.58]),
        ("h", "Plan"),
        ("p", "1. Medically fit for discharge when the NAC is complete; no indication for Tier 4 admission. 2. Safety "
              "plan agreed with Tegan and Kerry-Ann. 3. CAMHS community follow-up within 7 days (Nadia Kowal). "
              "4. Means restriction at Larkspur House. 5. Shared with the social worker and GP."),
        ("small", "Typed 14/07/2025. Tom Eckersley RMN, CAMHS Crisis and Liaison Team, Tern House, 18 Riverside Way, "
                  "Marshby NE99 5TH. Tel 01632 960520."),
    ]
    return Doc("health/camhs-crisis-assessment-2025-07-13.pdf", "pdf", b, title="CAMHS Crisis Assessment",
               author="Tern Valley CAMHS", header_left="Tegan WALSH-OBI   NHS 485 777 3081",
               header_right="CAMHS Crisis and Liaison", footer_left="Tern Valley CAMHS - confidential",
               doc_date="2025-07-13")


def doc_camhs_letter() -> Doc:
    b: list = [
        ("title", "Tern Valley Children and Young People's Mental Health Service (CAMHS)"),
        ("small", "Tern House, 18 Riverside Way, Marshby NE99 5TH | Tel 01632 960520 | tv.camhs@tvhealth.nhs.example"),
        ("p", "Date: 28 March 2025 {{x_camhs_letter}}     Dictated: 27/03/2025 {{x_camhs_dict}}     Ref: NK/jr"),
        ("p", "Dr Farah Mistry\nWillowbank Surgery\n41 Willowbank Road\nMarshby NE99 2WB"),
        ("p", "Dear Dr Mistry,"),
        ("p", "**Re: Tegan WALSH-OBI, DOB 17/03/2010, NHS No 485 777 3081, Larkspur House, 2 Larkspur Lane, Marshby "
              "NE99 7LH** {{x_dob_t}}"),
        ("p", "I saw Tegan for a Choice appointment on 26/03/2025 at Tern House, following the CAMHS referral made by "
              "her social worker, Aisha Rahman, on 08/01/2025. {{choice_0326}} {{camhs_ref}} Tegan came with her key "
              "worker, Kerry-Ann Doyle, who waited outside for most of the appointment."),
        ("p", "**History.** Tegan told me she started cutting when she was 12, usually her forearms and thighs, and "
              "that it has been more frequent since her foster placement ended. She said: \"I cut when my head gets "
              "too loud.\" {{choice_0326}} She describes low mood on most days, poor sleep and using cannabis \"most "
              "days\" and alcohol at weekends. She did not report any current plan or intent to end her life."),
        ("p", "**Social.** Tegan is looked after under a care order and lives in a children's home. Her mother drinks "
              "and her father is in prison. She was permanently excluded from school in November 2024 and attends "
              "the Bridgeway Centre. She has been found with older males in Brindleford, and the police and social "
              "care have an exploitation plan in place."),
        ("p", "**Impression.** Emotionally driven self-harm in the context of developmental trauma, loss and ongoing "
              "exploitation. No evidence of psychotic illness or an eating disorder."),
        ("p", "**Plan.** Tegan has been placed on the waiting list for Partnership work with me. An appointment has "
              "been offered for 06/05/2025 at 10:00. I have given Tegan and Kerry-Ann the crisis line number and "
              "discussed keeping medication locked away at Larkspur House."),
        ("p", "Yours sincerely,\n\nNadia Kowal\nCAMHS Practitioner (RMN)"),
        ("small", "cc: Aisha Rahman, Social Worker, Marshby MBC; Kerry-Ann Doyle, Larkspur House"),
    ]
    return Doc("health/camhs-clinic-letter-2025-03-28.pdf", "pdf", b, title="CAMHS clinic letter",
               author="Tern Valley CAMHS", header_left="", header_right="", footer_left="Tern Valley CAMHS",
               doc_date="2025-03-28")


def doc_gp_email() -> Doc:
    d = "2025-06-04"
    L = [(t, d) for t in [
        "Dear Ms Rahman,",
        "",
        "Please find below a letter from Dr Mistry about the above patient. The signed copy has been scanned to the "
        "record.",
        "",
        "Kind regards",
        "Reception team, Willowbank Surgery",
        "",
        "------------------------------------------------------------------",
        "WILLOWBANK SURGERY",
        "41 Willowbank Road, Marshby NE99 2WB     Tel: 01632 960214",
        "",
        "Typed: 03/06/2025 {{x_gp_typed}}",
        "PRIVATE AND CONFIDENTIAL",
        "",
        "Ms Aisha Rahman, Social Worker, Children in Care Team 2, Marshby MBC",
        "",
        "Re: Tegan WALSH-OBI     DOB: 17/03/2010 {{x_dob_t}}     NHS No: 485 777 3081",
        "Larkspur House, 2 Larkspur Lane, Marshby NE99 7LH     Registered: 14/04/2020 {{x_gp_reg}}",
        "",
        "Dear Ms Rahman,",
        "",
        "I saw Tegan on Monday 02/06/2025. She came with a residential support worker, Priya Lal, and asked for "
        "emergency contraception after unprotected sex at the weekend. {{gp_0602}}",
        "",
        "She told me the other person was a 19-year-old male she named as Kai. When I asked about him she said: "
        "\"Kai's nineteen but he's not like the others.\" {{gp_0602}}",
        "",
        "I prescribed levonorgestrel 1.5mg and sent a sexual health screen (chlamydia and gonorrhoea), which is "
        "pending. Because of her age and the age of the male I made a safeguarding referral to the MASH the same day.",
        "",
        "Relevant history: I note from the Review Health Assessment on 25/02/2025 that her dental care was overdue. "
        "{{rha_0225}} I have also received the ED letter about her overdose of ibuprofen on 26/04/2025. {{od1_0426}} "
        "She is not on any regular medication. She has old self-harm scars on her forearms.",
        "",
        "I would be grateful to be invited to any strategy or MACE meetings. Tegan is happy for me to share this with "
        "you.",
        "",
        "Yours sincerely",
        "",
        "Dr Farah Mistry MBChB MRCGP",
        "GP Safeguarding Lead, Willowbank Surgery",
        "",
        "This e-mail and any attachments are confidential and intended only for the addressee. If you have received "
        "it in error please tell the sender and delete it.",
    ]]
    return Doc("gp/2025-06-04-gp-letter-willowbank.eml", "eml", lines=L, doc_date=d, eml_qp=True, eml_headers=[
        ("From", "Willowbank Surgery <willowbank.surgery@tvhealth.nhs.example>"),
        ("To", "Aisha Rahman <aisha.rahman@marshby.gov.example>"),
        ("Cc", "Beverley Sands <beverley.sands@tvhealth.nhs.example>"),
        ("Subject", "SAFEGUARDING - Tegan WALSH-OBI DOB 17/03/2010 - letter from Dr Mistry"),
        ("Date", "Wed, 4 Jun 2025 11:32:07 +0100 {{x_gp_date}}"),
        ("Message-ID", "<20250604103207.7731@willowbank.tvhealth.nhs.example>"),
    ])


# ---------------------------------------------------------------------------------------------------------
# Education
# ---------------------------------------------------------------------------------------------------------

def doc_exclusion() -> Doc:
    b: list = [
        ("title", "Kingsmere Academy"),
        ("small", "Kingsmere Road, Marshby NE99 3KA | Tel 01632 960251 | office@kingsmere.example | Headteacher: "
                  "Mrs Deborah Pilling"),
        ("p", "29 November 2024"),
        ("p", "Ms Aisha Rahman, Social Worker, Children in Care Team 2, Marshby MBC, Civic Centre, Marshby NE99 1AA\n"
              "Ms Lorraine Walsh, 14 Sorrel Walk, Marshby NE99 4JT"),
        ("p", "**Private and confidential**"),
        ("p", "Dear Ms Rahman and Ms Walsh,"),
        ("p", "**Tegan Walsh-Obi (Year 10), date of birth 17/03/2010 - permanent exclusion** {{x_dob_t}}"),
        ("p", "I am writing to tell you of my decision to permanently exclude Tegan from Kingsmere Academy with effect "
              "from today, 29/11/2024. {{perm_1129}}"),
        ("p", "The reason for this decision is a serious incident on Thursday 28 November 2024. During a maths lesson "
              "Tegan was asked to put her phone away. She refused, swore at the teacher and threw a chair, which "
              "struck a teaching assistant on the arm. {{chair_1128}}"),
        ("p", "This follows a pattern of behaviour which the academy has tried hard to support, with a pastoral "
              "support plan, mentoring and a reduced timetable. The incidents this term are set out below."),
        ("table", [["Date", "Incident", "Sanction"],
                   ["24/09/2024", "Vaping in the toilets; verbal abuse of a member of staff {{susp_0924}}",
                    "Suspension (3 days)"],
                   ["06/11/2024", "Fighting with a Year 11 pupil; the fight was filmed and shared on social media "
                    "{{susp_1106}}", "Suspension (5 days)"],
                   ["28/11/2024", "Threw a chair, which struck a teaching assistant {{chair_1128}}",
                    "Permanent exclusion"]], [0.16, 0.6, 0.24]),
        ("p", "**Attendance.** Tegan's attendance has fallen sharply:"),
        ("table", [["Period", "Attendance", "Unauthorised absence"],
                   ["Year 8 (2022/23)", "94.6%", "1.2%"],
                   ["Year 9 (2023/24)", "87.2%", "6.9%"],
                   ["Year 10, autumn half-term 1", "71.8%", "19.4%"],
                   ["Year 10, autumn half-term 2 (to date)", "48.9% {{att_2411}}", "38.0%"]], [0.5, 0.25, 0.25]),
        ("p", "Tegan's attendance this half-term is 48.9%, and she often arrives after registration. {{att_2411}}"),
        ("p", "I have taken into account that Tegan is a looked after child, and I have discussed this decision with "
              "Sandra Otley, Head of the Virtual School. Marshby MBC will arrange full-time education from the sixth "
              "school day of the exclusion. Until then Tegan must not be in a public place during school hours "
              "without good reason."),
        ("p", "You have the right to make representations to the governing board about this decision. If you wish "
              "to do so, please contact the clerk to the governors, Mr Ian Thwaite, by 13/12/2024. {{x_excl_rep}}"),
        ("p", "Yours sincerely,\n\nMrs Deborah Pilling\nHeadteacher"),
        ("small", "cc: Sandra Otley, Virtual School Head; Craig Hollis, Designated Safeguarding Lead; Chair of "
                  "Governors"),
    ]
    return Doc("education/kingsmere-exclusion-letter-2024-11-29.docx", "docx", b,
               title="Permanent exclusion - Tegan Walsh-Obi", author="Deborah Pilling",
               header_left="Kingsmere Academy", footer_left="Kingsmere Academy, Marshby - part of the Tern Learning "
                                                            "Trust", doc_date="2024-11-29",
               docx_time=dt.datetime(2024, 11, 29, 14, 25, 0))


def doc_scan() -> Doc:
    b: list = [
        ("title", "THE BRIDGEWAY CENTRE"),
        ("small", "Alternative Provision, Marshby - SAFEGUARDING CONCERN FORM (paper copy, to be logged on the "
                  "system by the DSL)"),
        ("h", "1. Details"),
        ("kv", [("Young person:", "Tegan Walsh-Obi"), ("DOB:", "17/03/10 {{x_dob_t}}"),
                ("Date / time of concern:", "03/02/25  11:20"), ("Reported by:", "Leah Tranter (mentor)"),
                ("Where:", "Art room")]),
        ("h", "2. What was said or seen (use the young person's own words)"),
        ("hand", "In the art room T was quiet so I asked if she was OK. She said she had to go with Reece's mate "
                 "because she owed them money for weed - she said it was to pay off a drug debt. T said 'They said "
                 "I owed them for the weed so I had to go with his mate.' She said it happened at the flat in "
                 "Brindleford. I saw fresh scratches on her left wrist. She asked me not to tell anyone. I told her "
                 "I have to pass it on. {{discl_0203}}"),
        ("h", "3. Action taken"),
        ("hand", "Passed to DSL Bernadette Quinn at 11:35. DSL rang SW Aisha Rahman 12:05 - SW to inform police. "
                 "T stayed with me in the art room until her taxi."),
        ("kv", [("Signed:", "L. Tranter"), ("DSL:", "B. Quinn 03/02/25"),
                ("Logged on system:", "04/02/2025 {{x_scan_logged}}")]),
    ]
    return Doc("education/bridgeway-concern-form-2025-02-03-scan.pdf", "scan", b, doc_date="2025-02-03")


# ---------------------------------------------------------------------------------------------------------
# Court: the section 25 application statement
# ---------------------------------------------------------------------------------------------------------

def doc_s25() -> Doc:
    b: list = [
        ("title", "IN THE FAMILY COURT SITTING AT MARSHBY"),
        ("p", "Case number: MB26C00041"),
        ("p", "IN THE MATTER OF THE CHILDREN ACT 1989, SECTION 25\nAND IN THE MATTER OF TEGAN WALSH-OBI (A CHILD)"),
        ("p", "Applicant: Marshby Metropolitan Borough Council\nRespondents: Tegan Walsh-Obi (by her children's "
              "guardian, to be appointed); Lorraine Walsh; Emeka Obi"),
        ("kv", [("Statement of", "Aisha Rahman, Social Worker"), ("Statement no.", "1"),
                ("Date", "05/02/2026"), ("Exhibits", "None (extract for the court bundle)")]),
        ("h", "1. Introduction"),
        ("p", "1.1 I am a registered social worker employed by Marshby Metropolitan Borough Council in the Children in "
              "Care Team. I am Tegan's allocated social worker."),
        ("p", "1.2 This statement supports the local authority's application for a secure accommodation order under "
              "section 25 of the Children Act 1989, issued on 05/02/2026. {{app_0205}}"),
        ("p", "1.3 The application was approved by the Director of Children's Services, Helen Marwood, on 04/02/2026. "
              "{{dcs_0204}}"),
        ("h", "2. The family"),
        ("table", persons_rows(release=True), [0.2, 0.24, 0.14, 0.42]),
        ("p", "2.2 Tegan is 15. She turns 16 on 17/03/2026. {{x_16th}}"),
        ("h", "3. Background"),
        ("p", "3.1 Tegan was accommodated in March 2020 and placed with Janine and Paul Haddow. {{haddow}} A care "
              "order was made on 14/06/2021. {{care_order}} Her father was sentenced in May 2022 to nine years' "
              "imprisonment. {{sentence}}"),
        ("p", "3.2 From September 2024 Tegan began to go missing. On 13/09/2024 police found her in the early hours "
              "at Marshby Interchange with two older males. {{miss_0913}} On 05/10/2024 she came back after a night "
              "away in a taxi that someone else had paid for. {{miss_1005}} On 17/10/2024 she threw a mug through the "
              "kitchen window when her foster carer tried to stop her going out, {{window_1017}} and the next day she "
              "moved to Larkspur House. {{move_1018}}"),
        ("p", "3.3 Her first missing episode from Larkspur House was on 24/10/2024. {{miss_1024}} On 28/11/2024 she "
              "threw a chair in a lesson, which struck a teaching assistant, {{chair_1128}} and on 29/11/2024 "
              "Kingsmere Academy decided to permanently exclude her. {{perm_1129}} She started at the Bridgeway "
              "Centre on 09/12/2024. {{ap_1209}}"),
        ("p", "3.4 On Christmas Day 2024 family time ended early because Lorraine arrived smelling of alcohol. "
              "{{xmas_1225}} On Tegan's 15th birthday Lorraine did not come to the birthday family time. "
              "{{bday_0317}}"),
        ("h", "4. Exploitation"),
        ("p", "4.1 On 14/12/2024 police found Tegan at 03:20 in a car at a petrol station in Brindleford with two "
              "adult males. {{miss_1214}} She was reported missing again on 17/01/2025 and was found the next "
              "afternoon at a flat in Haverley Court, Brindleford, with Reece Carver, then aged 22. {{miss_0117}} "
              "{{found_0118}} A Child Abduction Warning Notice was served on Carver four days later. {{cawn_0122}}"),
        ("p", "4.2 A strategy meeting on 23/01/2025 started a section 47 enquiry. {{strat_0123}} On 03/02/2025 Tegan "
              "told her mentor at the Bridgeway Centre that she had been made to have sex with a friend of Carver "
              "to pay off a drug debt. {{discl_0203}} The initial MACE met on 13/02/2025. {{mace_0213}} I made a "
              "National Referral Mechanism referral on 20/02/2025; {{nrm_0220}} the reasonable grounds decision was "
              "positive on 04/03/2025 {{rg_0304}} and the conclusive grounds decision was positive on 16/09/2025. "
              "{{cg_0916}}"),
        ("p", "4.3 On 02/06/2025 Tegan asked her GP for emergency contraception and named a 19-year-old male, Kai. "
              "{{gp_0602}} She was reported missing on 14/06/2025 and the next day was found at a flat on Tannery "
              "Row, Brindleford, during a police drugs warrant, and arrested on suspicion of possession with intent "
              "to supply Class A drugs. {{miss_0614}} {{found_0615}} On 12/11/2025 the police decided to take no "
              "further action because of the section 45 defence. {{nfa_1112}}"),
        ("p", "4.4 On 11/07/2025 Tegan got into a silver car outside Larkspur House {{miss_0711}} and came back by "
              "taxi at 01:40 with bruising to her neck. {{ret_0712}} A Child Abduction Warning Notice was served on Kai "
              "Lomax on 22/07/2025. {{cawn_0722}} The MACE review on 24/07/2025 asked the local authority to consider "
              "secure accommodation. {{mace_0724}}"),
        ("h", "5. Self-harm"),
        ("p", "5.1 Tegan has self-harmed since she was 12. Her first CAMHS appointment, a Choice appointment, was on "
              "26/03/2025. {{choice_0326}} On 26/04/2025 she took 12 ibuprofen. {{od1_0426}} In the early hours of "
              "12/07/2025, after coming back from a missing episode, she took about 24 paracetamol and was treated "
              "with acetylcysteine on Ward 9. {{od2_0712}} She had a CAMHS crisis assessment on 13/07/2025 "
              "{{crisis_0713}} and was discharged the next day with a safety plan. {{disch_0714}} On 25/10/2025 staff "
              "found her with a ligature around her neck. {{lig_1025}}"),
        ("h", "6. Recent events"),
        ("p", "6.1 The third CLA review, on 06/11/2025, recommended that secure accommodation be considered. {{cla3}}"),
        ("p", "6.2 Tegan was reported missing on Friday 09/01/2026 at 17:50. {{miss_0109}} Two days later, at 05:20, "
              "she was found in a car in Brindleford with Reece Carver, who was arrested on suspicion of child "
              "abduction. {{found_0111}}"),
        ("p", "6.3 A legal planning meeting on 13/01/2026 agreed that the section 25 criteria are met. {{lpm_0113}} On "
              "15/01/2026 Larkspur House gave 28 days' notice. {{notice_0115}} I referred Tegan to the Secure Welfare "
              "Coordination Unit on 20/01/2026; {{swcu_0120}} no bed was available then."),
        ("p", "6.4 On 02/02/2026 Tegan did not get into her taxi home from the Bridgeway Centre, and she was found the "
              "next morning at Brindleford railway station. {{miss_0202}}"),
        ("h", "7. Missing episodes"),
        ("p", "7.1 Since she moved to Larkspur House Tegan has been reported missing on 36 occasions. The most "
              "significant are:"),
        ("table", [["Date", "What happened"],
                   ["24/10/2024", "First missing episode from Larkspur House; came back at 23:45. {{miss_1024}}"],
                   ["14/12/2024", "Found at 03:20 in a car at a petrol station in Brindleford with two adult males. "
                    "{{miss_1214}}"],
                   ["17/01/2025", "Reported missing at 20:40; found at 14:15 the next day at Haverley Court, "
                    "Brindleford, with Reece Carver. {{miss_0117}} {{found_0118}}"],
                   ["22/02/2025", "Reported missing at 19:00; came back at 10:30 the next day. {{miss_0222}}"],
                   ["24/05/2025", "Reported missing at 18:40; came back at 07:55 the next day. {{miss_0524}}"],
                   ["14/06/2025", "Reported missing at 19:30; found the next day at Tannery Row, Brindleford, and "
                    "arrested. {{miss_0614}} {{found_0615}}"],
                   ["11/07/2025", "Got into a silver car at 19:45; came back at 01:40 with bruising to her neck; "
                    "paracetamol overdose. {{miss_0711}} {{ret_0712}} {{od2_0712}}"],
                   ["04/10/2025", "Reported missing at 21:00; came back at 09:15 the next day. {{miss_1004}}"],
                   ["09/01/2026", "Reported missing at 17:50; found two days later in a car with Reece Carver, who "
                    "was arrested on suspicion of child abduction. {{miss_0109}} {{found_0111}}"],
                   ["02/02/2026", "Reported missing after leaving the Bridgeway Centre; found at Brindleford railway "
                    "station the next morning. {{miss_0202}}"]], [0.15, 0.85]),
        ("h", "8. Less restrictive options"),
        ("p", "8.1 The local authority has tried 2:1 staffing in the community, a safety plan, disruption by the "
              "police, Child Abduction Warning Notices, full-time education and intensive CAMHS support. A search "
              "for a specialist exploitation-informed placement out of the area produced no offer. None of these has "
              "kept Tegan safe."),
        ("h", "9. The section 25 criteria"),
        ("p", "9.1 Tegan has a history of absconding and is likely to abscond from any other description of "
              "accommodation; if she absconds she is likely to suffer significant harm. If she is kept in any other "
              "description of accommodation she is likely to injure herself."),
        ("h", "10. Tegan's wishes and feelings"),
        ("p", "10.1 Tegan does not want to go to a secure children's home. When Kerry-Ann and I told Tegan about the "
              "application on 04/02/2026 she said: \"So I'm getting locked up for being the victim. That's proper "
              "messed up.\" {{visit_0204}}"),
        ("p", "10.2 Earlier she told me: \"If you lock me up I'll just run when I get out.\" She wants to stay near "
              "her mum and Kian."),
        ("h", "11. The plan"),
        ("p", "11.1 Ashgrove Secure Children's Home has offered a bed from 09/02/2026. {{pl_bed}} The first hearing is "
              "listed for 10/02/2026 at 10:30. {{pl_hearing}} The local authority asks for an order for three "
              "months."),
        ("p", "11.2 An independent advocate from Voices will meet Tegan on 11/02/2026. {{pl_adv}} Dr Ruddock will "
              "review Tegan on 12/02/2026, {{pl_camhs}} and a PEP review meeting is booked for 18/02/2026 with the "
              "Ashgrove education team. {{pl_pep}} The next CLA review is due on 07/05/2026 but will be brought "
              "forward if Tegan moves. {{pl_cla}}"),
        ("h", "Statement of truth"),
        ("p", "I believe that the facts stated in this witness statement are true. I understand that proceedings for "
              "contempt of court may be brought against anyone who makes, or causes to be made, a false statement in "
              "a document verified by a statement of truth without an honest belief in its truth."),
        ("p", "Signed: A. Rahman     Aisha Rahman, Social Worker     Dated: 05/02/2026"),
    ]
    return Doc("court/s25-social-work-statement-2026-02-05.pdf", "pdf", b,
               title="Statement of Aisha Rahman - s.25 application", author="Marshby MBC",
               header_left="Re W (A Child) - MB26C00041", header_right="Statement of Aisha Rahman",
               footer_left="Marshby MBC - secure accommodation application", doc_date="2026-02-05")


def documents() -> list[Doc]:
    return [doc_case_notes(), doc_daily_log(), doc_ppm(), doc_cla1(), doc_cla3(), doc_strategy(), doc_mace(),
            doc_iro_email(), doc_mfh1(), doc_screening(), doc_mfh2(), doc_rhi1(), doc_rhi2(), doc_ed(), doc_crisis(),
            doc_camhs_letter(), doc_gp_email(), doc_exclusion(), doc_scan(), doc_s25()]


# ---------------------------------------------------------------------------------------------------------
# Build and self-checks
# ---------------------------------------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELATIVE = ("yesterday", "last night", "today", "this morning", "this afternoon", "this evening", "tonight",
            "the following morning", "the next day", "the next morning", "the next afternoon", "two days later",
            "four days later", "overnight", "early hours", "last saturday")


def _date_attested(iso: str, prec: str, text: str, ctx: str) -> bool:
    t = _plain(text)
    low = t.lower()
    if prec == "year":
        return iso in t
    if prec == "month":
        y, m = iso.split("-")
        return f"{MONTHS[int(m) - 1]} {y}" in t or ctx.startswith(iso) or "half-term" in low or "this term" in low
    if ctx == iso or (iso.endswith("-12-25") and "christmas day" in low):
        return True
    d = dt.date.fromisoformat(iso)
    forms = [d.strftime("%d/%m/%Y"), d.strftime("%d/%m/%y"), d.strftime("%d.%m.%y"),
             f"{d.day} {MONTHS[d.month - 1]}", WEEKDAYS[d.weekday()]]
    return any(f in t for f in forms) or any(r in low for r in RELATIVE)


def _window(hay: str, phrases: list[str], width: int = 500) -> bool:
    first = phrases[0].lower()
    for m in re.finditer(re.escape(first), hay):
        seg = hay[max(0, m.start() - width): m.end() + width]
        if all(p.lower() in seg for p in phrases):
            return True
    return False


def _iso_forms(iso: str) -> list[str]:
    d = dt.date.fromisoformat(iso)
    return [d.strftime("%d/%m/%Y"), d.strftime("%d/%m/%y"), d.strftime("%d.%m.%y")]


class CheckError(AssertionError):
    pass


def build(root: Path, verbose: bool = False) -> dict[str, Any]:
    root = Path(root)
    case_dir = root / SLUG
    if case_dir.exists():
        shutil.rmtree(case_dir)
    docs = documents()
    paths: dict[str, Path] = {}
    pdf_pages = 0
    for i, doc in enumerate(docs):
        path = case_dir / doc.relpath
        if doc.kind == "pdf":
            pdf_pages += write_pdf(doc, path)
        elif doc.kind == "docx":
            write_docx(doc, path)
        elif doc.kind == "txt":
            write_txt(doc, path)
        elif doc.kind == "eml":
            write_eml(doc, path)
        elif doc.kind == "scan":
            write_scan(doc, path, seed=4172 + i)
            pdf_pages += 1
        paths[doc.relpath] = path

    errors: list[str] = []
    warnings: list[str] = []
    ev_by_key = {e["key"]: e for e in EVENTS}
    pl_by_key = {p["key"]: p for p in PLANS}
    x_by_key = {x[0]: x for x in DISTRACTORS}
    if len(ev_by_key) != len(EVENTS):
        errors.append("duplicate event keys")
    known = set(ev_by_key) | set(pl_by_key) | set(x_by_key)

    chunks = {d.relpath: chunks_of(d) for d in docs}
    kinds = {d.relpath: d.kind for d in docs}
    sources: dict[str, set[str]] = {k: set() for k in known}
    for rel, cs in chunks.items():
        for text, _ in cs:
            for k in MARK.findall(text):
                if k not in known:
                    errors.append(f"{rel}: unknown marker {k}")
                else:
                    sources[k].add(rel)
    for k in known:
        if not sources[k]:
            errors.append(f"{k}: no source")

    extracted = {rel: extract(paths[rel], kinds[rel]) for rel in paths}
    flat = {rel: norm(t) for rel, t in extracted.items()}
    low = {rel: t.lower() for rel, t in flat.items()}
    for rel, t in flat.items():
        if "{{" in t or "**" in t:
            errors.append(f"{rel}: marker or bold markup left in the output")
        if kinds[rel] == "scan" and t.strip():
            errors.append(f"{rel}: scanned page has a text layer")

    def check_item(key: str, phrases: list[str], iso: str | None, prec: str) -> None:
        for rel in sorted(sources[key]):
            with_mark = [(t, c) for t, c in chunks[rel] if "{{" + key + "}}" in t]
            ok = [t for t, _ in with_mark
                  if any(all(p.lower() in s.lower() for p in phrases) for s in sentences(t))]
            if not ok:
                errors.append(f"{key}: {rel} has no sentence with all key phrases {phrases}")
                continue
            if iso and not any(_date_attested(iso, prec, t, c) for t, c in with_mark):
                warnings.append(f"{key}: {rel} - date {iso} not visible near the mention")
            if kinds[rel] == "scan":
                continue
            if not all(p.lower() in low[rel] for p in phrases) or not _window(low[rel], phrases):
                errors.append(f"{key}: key phrases {phrases} not found together in extracted text of {rel}")

    for e in EVENTS:
        check_item(e["key"], e["key_phrases"], e["date"], e["precision"])
        q = e["child_quote"]
        if q:
            qn = norm(q)
            hits = [rel for rel in sources[e["key"]] if kinds[rel] != "scan" and qn in flat[rel]]
            if not hits:
                errors.append(f"{e['key']}: child quote not verbatim in any text source: {q!r}")
    for p in PLANS:
        check_item(p["key"], p["key_phrases"], p["date"], "day")
        for e in EVENTS:
            if e["date"] == p["date"]:
                shared = {k.lower() for k in e["key_phrases"]} & {k.lower() for k in p["key_phrases"]}
                if shared:
                    errors.append(f"plan {p['key']} shares date and key phrase {shared} with event {e['key']}")
                else:
                    warnings.append(f"plan {p['key']} falls on the date of event {e['key']}")
    event_days = {e["date"] for e in EVENTS}
    plan_days = {p["date"] for p in PLANS}
    for key, iso, _summary, forms in DISTRACTORS:
        if iso in event_days or iso in plan_days:
            errors.append(f"distractor {key} ({iso}) falls on an event or plan date")
        for rel in sorted(sources[key]):
            if kinds[rel] == "scan":
                continue
            if not any(f.lower() in low[rel] for f in forms):
                errors.append(f"distractor {key}: none of {forms} in extracted text of {rel}")

    if errors:
        raise CheckError("Re W self-checks failed:\n  " + "\n  ".join(errors))

    # expected chronology
    order = sorted(range(len(EVENTS)), key=lambda i: (EVENTS[i]["date"], EVENTS[i]["time"] or "", i))
    events_out = []
    for n, i in enumerate(order, 1):
        e = EVENTS[i]
        rec: dict[str, Any] = {"id": f"w{n:03d}", "date": e["date"], "precision": e["precision"]}
        if e["time"]:
            rec["time"] = e["time"]
        rec.update({"summary": e["summary"], "key_phrases": e["key_phrases"],
                    "sources": sorted(sources[e["key"]]), "child_quote": e["child_quote"],
                    "significance": e["significance"], "category": e["category"]})
        events_out.append(rec)
    plans_out = [{"id": f"pl{n}", "date": p["date"], "precision": "day", "summary": p["summary"],
                  "key_phrases": p["key_phrases"], "sources": sorted(sources[p["key"]])}
                 for n, p in enumerate(sorted(PLANS, key=lambda p: p["date"]), 1)]
    distr_out = [{"id": f"x{n}", "date": iso, "precision": "day", "summary": summary, "key_phrases": [],
                  "sources": sorted(sources[key])}
                 for n, (key, iso, summary, _f) in enumerate(sorted(DISTRACTORS, key=lambda x: x[1]), 1)]
    expected = {
        "case": SLUG, "title": "Re W (A Child)", "fictional": True,
        "children": [{"name": "Tegan Walsh-Obi", "dob": "2010-03-17"}],
        "local_authority": "Marshby Metropolitan Borough Council (fictional)",
        "period": ["2024-09", "2026-02-05"],
        "events": events_out, "plans": plans_out, "distractors": distr_out,
    }
    exp_dir = root / "expected"
    exp_dir.mkdir(parents=True, exist_ok=True)
    (exp_dir / f"{SLUG}.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    if verbose:
        for w in warnings:  # mentions whose date must be worked out (a relative date, an age, "earlier")
            print(f"re-w note: {w}", file=sys.stderr)
    multi = sum(1 for e in events_out if len(e["sources"]) > 1)
    return {"case": SLUG, "files": len(docs), "events": len(events_out), "plans": len(plans_out),
            "distractors": len(distr_out), "child_quotes": sum(1 for e in events_out if e["child_quote"]),
            "multi_source_events": multi, "pdf_pages": pdf_pages, "notes": len(NOTES)}


if __name__ == "__main__":
    print(json.dumps(build(HERE, verbose="--verbose" in sys.argv)))
