"""Builders for small real input files (PDF, DOCX, TXT, EML) used across the tests."""

from __future__ import annotations

import textwrap
from email.message import EmailMessage
from pathlib import Path

from ingest.embed import MiniLMEmbeddings


def make_pdf(path: Path, pages: list[str]) -> Path:
    """A real text-layer PDF, one string per page (lines wrapped at newlines)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for text in pages:
        y = 800
        for para in text.split("\n"):
            for line in textwrap.wrap(para, 90) or [""]:
                c.drawString(50, y, line)
                y -= 16
        c.showPage()
    c.save()
    return path


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    import docx

    path.parent.mkdir(parents=True, exist_ok=True)
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    d.save(str(path))
    return path


def make_eml(path: Path, subject: str, body: str, date: str = "Tue, 14 Mar 2023 09:12:00 +0000") -> Path:
    msg = EmailMessage()
    msg["From"] = "Jane Holloway <jane.holloway@example.org>"
    msg["To"] = "Team Manager <tm@example.org>"
    msg["Subject"] = subject
    msg["Date"] = date
    msg.set_content(body)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(msg))
    return path


CASE_NOTES = """Case Note: 13/03/2023 09:30 | Telephone call | Recorded by: Jane Holloway (Social Worker)
PC Amir Khan called to report that police attended the family home yesterday after a neighbour heard shouting.
Both children were present. Poppy was upset.
Case Note: 14/03/2023 15:00 | Home visit | Recorded by: Jane Holloway (Social Worker)
I visited the home. Poppy said "I don't like it when Daddy shouts". Mother agreed to a safety plan.
A review child protection conference is to be held on 03/11/2023."""


def make_case_folder(root: Path) -> Path:
    """A small mixed-format case folder with a case-note export, a police PDF, a DOCX letter and an e-mail."""
    (root / "case-notes").mkdir(parents=True, exist_ok=True)
    (root / "case-notes" / "notes.txt").write_text(CASE_NOTES, encoding="utf-8")
    make_pdf(root / "police" / "notification.pdf", [
        "Northshire Police - Domestic Abuse Notification\nCrime ref: 44/12345/23\nDate of incident: 12/03/2023\n"
        "Time: 23:40\nOfficers attended 4 Elm Row after a report of shouting.\nTwo children present.",
        "DASH risk level: medium.\nPrinted: 14/03/2023",
    ])
    make_docx(root / "health" / "hv-letter.docx", [
        "Northshire Community Health", "16 March 2023", "Dear Ms Holloway,",
        "I saw Poppy at clinic on 15/03/2023. Her weight has dropped since June 2022.",
    ], table=[["Measure", "Value"], ["Weight", "14.2 kg"]])
    make_eml(root / "email" / "school.eml", "Attendance", "Poppy was absent yesterday and on Friday.\nMrs Price, DSL")
    return root


class CountingEmbeddings(MiniLMEmbeddings):
    """The real fp32 model, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        super().__init__("fp32")
        self.texts: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.texts.extend(texts)
        return super().embed_documents(texts)
