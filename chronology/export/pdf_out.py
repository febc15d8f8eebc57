"""The PDF export (reportlab platypus), laid out like the Word export: landscape A4, header block, a
Date | Event | Source | Significance / notes table whose header row repeats, "Page N of M" on each page.

PDF is what goes into the court bundle unchanged, so a draft is marked where it cannot be cropped
or missed: a large light-grey diagonal "DRAFT" drawn on every page canvas beneath the text.
"""

from __future__ import annotations

from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from chronology.export.formatting import citation_text, entry_date_text, notes_text, when_text

if TYPE_CHECKING:
    from chronology.export import ExportData

PAGE = landscape(A4)
MARGIN = 15 * mm
WIDTHS = [40 * mm, 120 * mm, 58 * mm, 49 * mm]
HEADINGS = ["Date", "Event", "Source (document, page, bundle ref)", "Significance / notes"]
RED = colors.HexColor("#C00000")
PALE_RED = colors.HexColor("#FDE9E7")
FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu")]


@lru_cache(maxsize=1)
def fonts() -> tuple[str, str, str]:
    """A TrueType family with full Unicode (the child's words may hold any character); Helvetica if none."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    candidates = [("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"),
                  ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")]
    for folder in FONT_DIRS:
        for files in candidates:
            paths = [folder / f for f in files]
            if all(p.exists() for p in paths):
                names = ("ChronSans", "ChronSans-Bold", "ChronSans-Italic")
                for name, p in zip(names, paths):
                    pdfmetrics.registerFont(TTFont(name, str(p)))
                pdfmetrics.registerFontFamily(names[0], normal=names[0], bold=names[1], italic=names[2],
                                              boldItalic=names[1])
                return names
    return ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold, _italic = fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=11.5)
    return {
        "cell": base,
        "date": ParagraphStyle("date", parent=base, fontName=bold),
        "id": ParagraphStyle("id", parent=base, fontSize=7, leading=9, textColor=colors.HexColor("#595959")),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=9.5),
        "note_red": ParagraphStyle("note_red", parent=base, textColor=RED),
        "court": ParagraphStyle("court", parent=base, fontName=bold, fontSize=12, leading=15),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=16, leading=20, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4),
        "body": ParagraphStyle("body", parent=base, fontSize=9.5, leading=12.5, spaceAfter=5),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2),
        "banner": ParagraphStyle("banner", parent=base, fontName=bold, fontSize=11, leading=14, textColor=RED,
                                 alignment=TA_CENTER),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


class _NumberedCanvas(canvas.Canvas):
    """Holds pages until the end so each can say "Page N of M"."""

    def __init__(self, *args: Any, draft: bool = False, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._draft = draft

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(fonts()[0], 8)
            self.setFillColor(colors.black)
            label = ("DRAFT — " if self._draft else "") + f"Page {self._pageNumber} of {total}"
            self.drawCentredString(PAGE[0] / 2, 8 * mm, label)
            super().showPage()
        super().save()


def _decorate(data: "ExportData", c: canvas.Canvas, _doc: Any) -> None:
    """Drawn first on every page, so the watermark sits beneath the table."""
    regular, bold, _ = fonts()
    c.saveState()
    if data.draft:
        c.setFillColor(colors.HexColor("#DDDDDD"))
        c.setFillAlpha(0.6)
        c.setFont(bold, 150)
        c.translate(PAGE[0] / 2, PAGE[1] / 2)
        c.rotate(30)
        c.drawCentredString(0, -50, "DRAFT")
        c.rotate(-30)
        c.translate(-PAGE[0] / 2, -PAGE[1] / 2)
        c.setFillAlpha(1)
    c.setFont(regular, 8)
    c.setFillColor(colors.HexColor("#595959"))
    title = f"Social work chronology — {data.case.title}" + (f" — Case no. {data.case.court_ref}" if data.case.court_ref else "")
    c.drawString(MARGIN, PAGE[1] - 10 * mm, title)
    if data.draft:
        c.setFont(bold, 10)
        c.setFillColor(RED)
        c.drawRightString(PAGE[0] - MARGIN, PAGE[1] - 10 * mm, "DRAFT — NOT FOR FILING")
    c.restoreState()


def _header_block(data: "ExportData", st: dict[str, ParagraphStyle]) -> list[Any]:
    rows = [("Court", data.court), ("Case number", data.case.court_ref or "not recorded"),
            ("Child(ren)", data.case.title), ("Author", data.author), ("Date", when_text(data.generated_at)),
            ("Status", "DRAFT — not for filing" if data.draft else "Every line verified against its source")]
    table = Table([[_p(k, st["head"]), _p(v, st["note_red"] if k == "Status" and data.draft else st["cell"])]
                   for k, v in rows], colWidths=[40 * mm, 120 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow: list[Any] = [_p("IN " + data.court.upper(), st["court"]), _p("Social Work Chronology", st["title"]),
                       table, Spacer(1, 5 * mm)]
    if data.draft:
        banner = Table([[_p(f"DRAFT — NOT FOR FILING\n{data.statement.banner()}", st["banner"])]],
                       colWidths=[sum(WIDTHS)])
        banner.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE_RED),
                                    ("BOX", (0, 0), (-1, -1), 1, RED)]))
        flow += [banner, Spacer(1, 5 * mm)]
    return flow


def _chronology_table(data: "ExportData", st: dict[str, ParagraphStyle]) -> list[Any]:
    rows: list[list[Any]] = [[_p(h, st["head"]) for h in HEADINGS]]
    pale: list[int] = []
    for n, e in enumerate(data.entries, start=1):
        unverified = e.status != "verified"
        if unverified:
            pale.append(n)
        rows.append([
            [_p(entry_date_text(e), st["date"]), _p(e.public_id, st["id"])],
            _p(e.text, st["cell"]),
            [_p(citation_text(c), st["cell"]) for c in e.citations],
            [_p(line, st["note_red"] if unverified else st["cell"]) for line in notes_text(e)],
        ])
    if len(rows) == 1:
        return [_p("No lines match this export.", st["body"])]
    table = Table(rows, colWidths=WIDTHS, repeatRows=1, splitInRow=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    style += [("BACKGROUND", (0, r), (0, r), PALE_RED) for r in pale]
    table.setStyle(TableStyle(style))
    return [table]


def _statement(data: "ExportData", st: dict[str, ParagraphStyle]) -> list[Any]:
    s = data.statement
    flow: list[Any] = [Spacer(1, 6 * mm), _p(s.heading, st["h2"])]
    for text in s.paragraphs:
        flow.append(_p(text, st["note_red"] if text.startswith("DRAFT") else st["body"]))
    for title, items in (("Lines not yet verified", s.unverified),
                         ("Problems found by the checks before export", s.problems)):
        if items:
            flow.append(_p(title, st["head"]))
            flow += [Paragraph(escape(item), st["bullet"], bulletText="•") for item in items]
    return flow


def render(data: "ExportData", path: Path) -> None:
    st = _styles()
    doc = SimpleDocTemplate(str(path), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=16 * mm,
                            bottomMargin=15 * mm, title=f"Social work chronology — {data.case.title}",
                            author=data.author, subject=data.case.court_ref, creator="chronology")
    story = _header_block(data, st) + _chronology_table(data, st) + _statement(data, st)
    decorate = partial(_decorate, data)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate,
              canvasmaker=partial(_NumberedCanvas, draft=data.draft))
