"""Table rows in extracted text: which column a date stands in, and what that column holds.

PDF tables lose their bars: a dated log comes out as lines that each start with a date, with the
wrapped cells below. Such a row runs from its date to the next date-led line (``log_row``).

Readers write a table one row per line with cells joined by " | ". A date in a "DOB" column is a
person's date of birth, in a "Review date" column a plan, and in a "Date" column of a contact log
the date of the row's event, whose quote is the whole row. The header row tells them apart: the
nearest row above with as many cells and no date in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SEP = " | "
_HAS_DATE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\b")
_BIRTH = re.compile(r"\b(?:dob|d\.o\.b\.?|date of birth|born|birth ?date|age)\b", re.I)
_PLAN = re.compile(r"\b(?:review(?: date)?|next|due|planned|target|by when|deadline|expiry|expires|until|"
                   r"timescale|completion|to be completed)\b", re.I)
_EVENT_DATE = re.compile(r"\b(?:date|when|on|day|date and time|date/time|date & time)\b", re.I)
HEADER_LOOKBACK = 40  # rows above a row to look for its header


@dataclass(frozen=True)
class Row:
    """One table row of a page: where it is, its cells, and the header cells above it (if found)."""

    start: int  # offset of the row's line in the page text
    end: int
    cells: tuple[str, ...]
    header: tuple[str, ...]

    def column(self, offset: int) -> int:
        """Index of the cell holding page offset ``offset``."""
        return self.text_before(offset).count(SEP)

    def text_before(self, offset: int) -> str:
        return self.line[: max(0, offset - self.start)]

    @property
    def line(self) -> str:
        return SEP.join(self.cells)

    def label(self, offset: int) -> str:
        i = self.column(offset)
        return self.header[i] if i < len(self.header) else ""

    def role(self, offset: int) -> str:
        """What the date at ``offset`` is (see ``column_role``). In a key-value table the row names
        its own value ("Date of birth | 27/04/2009"); elsewhere the header row names the column."""
        first = self.cells[0].strip()
        if self.column(offset) >= 1 and len(first) <= 40 and not re.search(r"\d", first) and (own := column_role(first)):
            return own
        return column_role(self.label(offset))


def row_at(page_text: str, offset: int) -> Row | None:
    """The table row containing ``offset``, or None when that line is not a table row."""
    start = page_text.rfind("\n", 0, offset) + 1
    end = page_text.find("\n", offset)
    end = len(page_text) if end < 0 else end
    line = page_text[start:end]
    if SEP not in line:
        return None
    cells = tuple(line.split(SEP))
    above = page_text[:max(0, start - 1)].rsplit("\n", 1)[-1]
    below = page_text[end + 1:].split("\n", 1)[0]
    if not any(SEP in x and x.count(SEP) == line.count(SEP) for x in (above, below)):
        return None  # one line with bars is a header ("Case Note: … | Home visit | …"), not a table
    return Row(start, end, cells, _header(page_text, start, len(cells)))


def _header(page_text: str, row_start: int, width: int) -> tuple[str, ...]:
    """The table's first row without a date: a data row may have none ("Shaun Morrow | Father | Not given")."""
    lines = page_text[:row_start].split("\n")[-HEADER_LOOKBACK - 1:-1]
    found: tuple[str, ...] = ()
    for line in reversed(lines):
        if SEP not in line:
            break  # the table started below this line
        cells = line.split(SEP)
        if len(cells) == width and not _HAS_DATE.search(line):
            found = tuple(c.strip() for c in cells)
    return found


def column_role(label: str) -> str:
    """What a column's dates are: 'birth', 'plan', 'event' (a dated log) or '' (unknown)."""
    if _BIRTH.search(label):
        return "birth"
    if _PLAN.search(label):
        return "plan"
    if _EVENT_DATE.search(label):
        return "event"
    return ""


def row_text(row: Row, date_column: int) -> str:
    """An entry's wording from a dated row: the other cells, in the table's order."""
    cells = [c.strip() for i, c in enumerate(row.cells) if i != date_column and c.strip()]
    return " ".join(c if re.search(r"[.!?\"\u201d']$", c) else f"{c}." for c in cells)


_LEADING_DATE = re.compile(r"^[ \t]*(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d\d-\d\d|\d{1,2}[ \-](?:jan|feb|mar|apr|may|jun|"
                           r"jul|aug|sep|oct|nov|dec)[a-z]*[ \-]\d{2,4})\b", re.I | re.M)
MIN_LOG_ROWS = 3
MAX_LOG_ROW = 700


def log_row(page_text: str, offset: int) -> tuple[int, int] | None:
    """(start, end) of a dated log row whose date starts the line at ``offset``, or None.

    A page is a log when at least three of its lines start with a date; the row is the date's line
    and the wrapped lines below it, up to the next date-led line or a blank line."""
    start = page_text.rfind("\n", 0, offset) + 1
    if page_text[start:offset].strip() or not _LEADING_DATE.match(page_text, start):
        return None
    leads = [m.start() for m in _LEADING_DATE.finditer(page_text)]
    if len(leads) < MIN_LOG_ROWS:
        return None
    nxt = next((x for x in leads if x > offset), len(page_text))
    blank = page_text.find("\n\n", offset)
    end = min(nxt, blank if blank >= 0 else len(page_text), start + MAX_LOG_ROW)
    return start, len(page_text[:end].rstrip())


MAX_TABLE_LINES = 60  # lines between a bar-less table's header and a row: ten people with wrapped addresses run to 30
MAX_HEADER_LINE = 90
_SECTION = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][a-z]")  # a numbered section heading


def in_birth_table(page_text: str, offset: int) -> bool:
    """Whether the line at ``offset`` is a row of a table without bars whose header names a date of
    birth ("Name Relationship DOB Address" above "Jayden Birtwell Subject child 14/10/2015 …").

    The header is a short undated line; every line between it and the row is a row or a wrapped cell
    (no blank line, none ending a sentence)."""
    start = page_text.rfind("\n", 0, offset) + 1
    lines = page_text[:max(0, start - 1)].split("\n")[-MAX_TABLE_LINES:] if start else []
    for line in reversed(lines):
        text = line.strip()
        if not text or text.endswith((".", ":", "?", "!")) or _SECTION.match(text):
            return False  # a blank line, a sentence's end or "2. Assessment activity" ends the table
        if not _HAS_DATE.search(text) and len(text) <= MAX_HEADER_LINE and _BIRTH.search(text):
            # a header of columns, not "Date of birth" alone; "Date Age Contact Weight" heads a dated log
            return len(text.split()) >= 3 and not re.match(r"date\b(?!\s+of\s+birth)", text, re.I)
    return False


MAX_RECORD = 1500  # characters of a key-value record after its date row


def record_end(page_text: str, row: Row) -> tuple[int, str]:
    """(end, wording) of the key-value record a dated row opens ("Date / time | 19/01/2024 15:25",
    then "Categories | …", "Description | …"): the record is one event, up to the next dated key
    row, a line that is no two-cell row, or a blank line."""
    end, parts = row.end, []
    pos = row.end + 1
    while pos < len(page_text) and pos - row.end <= MAX_RECORD:
        stop = page_text.find("\n", pos)
        stop = len(page_text) if stop < 0 else stop
        cells = page_text[pos:stop].split(SEP)
        if len(cells) != 2 or column_role(cells[0]) == "event" or not cells[0].strip() or re.search(r"\d", cells[0]):
            break
        parts.append(f"{cells[0].strip()}: {cells[1].strip()}")
        end, pos = stop, stop + 1
    return end, " ".join(x if re.search(r"[.!?\"\u201d']$", x) else f"{x}." for x in parts)
