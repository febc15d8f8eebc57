"""The Word export, in the layout local authorities file: landscape A4, a header block, then a table
Date | Event | Source | Significance / notes whose header row repeats on every page.

Word is what legal teams edit and paste into the Social Work Evidence Template, so the table is a
real table (not tab-separated text) and the entry text is written exactly as stored. A draft has
DRAFT in every section's header, a diagonal watermark there too, and a banner above the table.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document as new_document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from chronology.export.formatting import citation_text, entry_date_text, notes_text, when_text

if TYPE_CHECKING:
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph

    from chronology.export import ExportData

FONT = "Arial"  # LibreOffice substitutes the metric-compatible Liberation Sans
COLUMNS = [("Date", 40), ("Event", 120), ("Source (document, page, bundle ref)", 58), ("Significance / notes", 49)]
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)

WATERMARK = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
    '<v:textpath on="t" fitshape="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:560pt;height:140pt;rotation:330;'
    'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
    'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
    'fillcolor="#d9d9d9" stroked="f"><v:fill opacity=".5"/>'
    '<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt;font-weight:bold" string="DRAFT"/>'
    '</v:shape></w:pict></w:r>'
)


# Control characters (a PDF's form feed, say) cannot be stored in a .docx at all; each becomes a space.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _run(p: "Paragraph", text: str, *, bold: bool = False, italic: bool = False, size: float | None = None,
         colour: RGBColor | None = None) -> None:
    r = p.add_run(_NOT_XML.sub(" ", text))
    r.bold, r.italic = bold, italic
    r.font.name = FONT
    if size:
        r.font.size = Pt(size)
    if colour is not None:
        r.font.color.rgb = colour


def _field(p: "Paragraph", instruction: str, placeholder: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in when they lay the page out."""
    def run_with(el) -> None:
        r = p.add_run()
        r.font.size = Pt(8)
        r._r.append(el)

    def char(kind: str) -> None:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run_with(el)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    char("separate")
    _run(p, placeholder, size=8)
    char("end")


def _shade(cell: "_Cell", fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _repeat_header(row) -> None:
    """Mark a row as the table's header: Word and LibreOffice repeat it at the top of every page."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _cell_text(cell: "_Cell", lines: list[str], *, bold: bool = False, size: float = 9,
               colour: RGBColor | None = None) -> None:
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        _run(p, line, bold=bold, size=size, colour=colour)


def _setup_section(doc, data: "ExportData") -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(15))
    section.top_margin, section.bottom_margin = Mm(18), Mm(15)
    section.header_distance = section.footer_distance = Mm(7)

    header = section.header.paragraphs[0]
    _run(header, f"Social work chronology — {data.case.title}" +
         (f" — Case no. {data.case.court_ref}" if data.case.court_ref else ""), size=8, colour=GREY)
    if data.draft:
        banner = section.header.add_paragraph()
        banner.alignment = WD_ALIGN_PARAGRAPH.CENTER
        unverified = " — contains lines not verified against their sources" if data.statement.unverified else ""
        _run(banner, "DRAFT — NOT FOR FILING" + unverified, bold=True, size=11, colour=RED)
        banner._p.append(parse_xml(WATERMARK))

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(footer, ("DRAFT — " if data.draft else "") + "Page ", size=8)
    _field(footer, "PAGE")
    _run(footer, " of ", size=8)
    _field(footer, "NUMPAGES")


def _header_block(doc, data: "ExportData") -> None:
    title = doc.add_paragraph()
    _run(title, "IN " + data.court.upper(), bold=True, size=12)
    heading = doc.add_paragraph()
    _run(heading, "Social Work Chronology", bold=True, size=16)
    rows = [("Court", data.court), ("Case number", data.case.court_ref or "not recorded"),
            ("Child(ren)", data.case.title), ("Author", data.author),
            ("Date", when_text(data.generated_at)),
            ("Status", "DRAFT — not for filing" if data.draft else "Every line verified against its source")]
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    table.columns[0].width, table.columns[1].width = Mm(40), Mm(120)
    for (label, value), row in zip(rows, table.rows):
        row.cells[0].width, row.cells[1].width = Mm(40), Mm(120)
        _cell_text(row.cells[0], [label], bold=True, size=10)
        _cell_text(row.cells[1], [value], size=10, colour=RED if label == "Status" and data.draft else None)
        _shade(row.cells[0], "F2F2F2")
    doc.add_paragraph()
    if data.draft:
        banner = doc.add_table(rows=1, cols=1)
        banner.style = "Table Grid"
        cell = banner.rows[0].cells[0]
        cell.width = Mm(267)
        _shade(cell, "FDE9E7")
        _cell_text(cell, ["DRAFT — NOT FOR FILING", data.statement.banner()], bold=True, size=11, colour=RED)
        doc.add_paragraph()


def _chronology_table(doc, data: "ExportData") -> None:
    table = doc.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    table.autofit = False
    head = table.rows[0]
    _repeat_header(head)
    for cell, (name, width) in zip(head.cells, COLUMNS):
        cell.width = Mm(width)
        _cell_text(cell, [name], bold=True, size=9.5)
        _shade(cell, "D9D9D9")
    for e in data.entries:
        cells = table.add_row().cells
        unverified = e.status != "verified"
        values = [[entry_date_text(e)], [e.text], [citation_text(c) for c in e.citations], notes_text(e)]
        for i, (cell, lines) in enumerate(zip(cells, values)):
            cell.width = Mm(COLUMNS[i][1])
            _cell_text(cell, lines, bold=(i == 0), colour=RED if (i == 3 and unverified) else None)
        _run(cells[0].add_paragraph(), e.public_id, size=7.5, colour=GREY)
        if unverified:
            _shade(cells[0], "FDE9E7")
    for col, (_, width) in zip(table.columns, COLUMNS):
        col.width = Mm(width)
    if not data.entries:
        doc.add_paragraph("No lines match this export.")


def _statement(doc, data: "ExportData") -> None:
    s = data.statement
    doc.add_paragraph()
    heading = doc.add_paragraph()
    _run(heading, s.heading, bold=True, size=12)
    for text in s.paragraphs:
        p = doc.add_paragraph()
        _run(p, text, size=9.5, bold=text.startswith("DRAFT"), colour=RED if text.startswith("DRAFT") else None)
    for title, items in (("Lines not yet verified", s.unverified), ("Problems found by the checks before export", s.problems)):
        if items:
            p = doc.add_paragraph()
            _run(p, title, bold=True, size=10)
            for item in items:
                _run(doc.add_paragraph(style="List Bullet"), item, size=9)


def render(data: "ExportData", path: Path) -> None:
    doc = new_document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(10)
    doc.core_properties.title = f"Social work chronology — {data.case.title}"
    doc.core_properties.author = data.author
    _setup_section(doc, data)
    _header_block(doc, data)
    _chronology_table(doc, data)
    _statement(doc, data)
    doc.save(str(path))
