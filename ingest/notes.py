"""Case-note exports (one document, many dated notes) split into notes, and each text's anchor date.

Relative dates ("yesterday", "last Friday") mean nothing without the date of the note they were
written in, so every passage carries the date of its note, or failing that its document's own date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_NUM_DATE = r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})"
# A note header starts a line: "Case Note: 14/03/2023 10:15 | Home visit | Recorded by: …",
# "Contact Note - 14/03/2023", "Date of contact: 14/03/2023", or a bare "14/03/2023 10:15 Home visit".
NOTE_HEADER = re.compile(
    r"^[ \t]*(?:(?:case|contact|casework|running|supervision)?[ \t]*(?:note|record|recording|entry)"
    r"|date[ \t]+of[ \t]+(?:contact|note|visit|entry))?[ \t]*[:\-–|]?[ \t]*" + _NUM_DATE + r"\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
MIN_NOTES = 2  # one dated line is a letter date, not a case-note export


@dataclass(frozen=True)
class NoteStart:
    page: int  # 1-based
    offset: int  # offset of the header line in the page text
    anchor: date | None
    header: str


def _header_date(day: str, month: str, year: str, day_first: bool = True) -> date | None:
    d, m = (int(day), int(month)) if day_first else (int(month), int(day))
    y = int(year)
    if y < 100:
        y += 2000 if y < 70 else 1900
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_notes(pages: list[str], day_first: bool = True) -> list[NoteStart]:
    """Note headers across a document's pages, or [] if it is not a case-note export."""
    found: list[NoteStart] = []
    for number, text in enumerate(pages, start=1):
        for m in NOTE_HEADER.finditer(text):
            line = m.group(0).strip()
            if len(line) > 200 or re.match(r"^\s*(page|printed|dob|date of birth)", line, re.I):
                continue
            if line[:1].isdigit() and not re.search(r"[A-Za-z]{3}", line):
                continue  # a bare date line ("22/05/2024.") ends a wrapped sentence; it heads no note
            found.append(NoteStart(number, m.start(), _header_date(*m.groups(), day_first=day_first), line))
    labelled = [n for n in found if not re.match(r"^\d", n.header)]
    if len(labelled) >= MIN_NOTES:  # prefer labelled headers when a document has them
        found = labelled
    return found if len(found) >= MIN_NOTES else []


def segments(pages: list[str], notes: list[NoteStart]) -> list[tuple[int, int, int, NoteStart | None]]:
    """(page, start, end, note) spans: each page cut at note headers, each piece tagged with its note."""
    out: list[tuple[int, int, int, NoteStart | None]] = []
    current: NoteStart | None = None
    by_page: dict[int, list[NoteStart]] = {}
    for n in notes:
        by_page.setdefault(n.page, []).append(n)
    for number, text in enumerate(pages, start=1):
        cursor = 0
        for note in by_page.get(number, []):
            if note.offset > cursor:
                out.append((number, cursor, note.offset, current))
            current, cursor = note, note.offset
        out.append((number, cursor, len(text), current))
    return out
