"""Case-note exports (one document, many dated notes) split into notes, and each text's anchor date.

Relative dates ("yesterday", "last Friday") mean nothing without the date of the note they were
written in, so every passage carries the date of its note, or failing that its document's own date.

Recording systems each print notes their own way (Mosaic puts the date on a line of its own above
the author, LCS writes "Note date: … | Author: …", Eclipse "Date of contact: … Time: …"). Rather
than a list of every system, a header is recognised by the document's own structure: short lines
that repeat one template (the same labels around a date, usually with a time) with different dates.
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


_TIME = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b(?:\s*[ap]\.?m\.?)?|\b\d{1,2}(?:\.\d\d)?\s*[ap]\.?m\b", re.I)
_LABEL = re.compile(r"([A-Za-z][A-Za-z /&'()-]{0,30}?)\s*(?::|\||\t| {3,}|[\u2013\u2014]\s)")
# a field's name: a capitalised word and up to two lower-case ones before a colon ("Note type:", "Date of contact:")
_FIELD_NAME = re.compile(r"(?:^|(?<=[\s|(]))([A-Z][A-Za-z]*(?: [a-z]+){0,2})\s*:(?=\s|$)")
_NOT_HEADER = re.compile(r"^\s*(?:page\b|printed|print(?:ed)? (?:date|by|on)|exported|export date|generated|run on|"
                         r"report (?:run|date|generated)|dob\b|d\.o\.b|date of birth|born\b|distributed|"
                         r"date of (?:letter|report|referral)|sent\b|from:|to:|subject:|date:\s*\w{3},|"
                         # a record's audit stamp closes a note ("Entered 28/02/2024 13:54 by …"), it heads none
                         r"entered\b|created\b|updated\b|last (?:updated|modified|edited|amended)|modified\b|"
                         r"amended\b|authori[sz]ed\b|approved\b|signed off\b|locked\b)", re.I)
MAX_HEADER = 200
MIN_TEMPLATE = 3  # a template seen fewer times is a form's fields, not a run of notes


def _template(line: str, date_start: int, date_end: int, next_line: str) -> tuple[str, ...]:
    """The shape of a dated line: its labels in order around the date ("D") and time ("T")."""
    before, after = line[:date_start], line[date_end:]
    has_time = bool(_TIME.search(after[:25]) or _TIME.search(before[-25:]))
    after = _TIME.sub(" ", after, count=1)
    named = [m.group(1).lower() for m in _FIELD_NAME.finditer(before)], [m.group(1).lower() for m in _FIELD_NAME.finditer(after)]
    if named[0] or named[1]:  # "Contact: … Type: Home visit Worker: …": the field names, never their values
        return tuple(named[0][-2:]) + ("D",) + (("T",) if has_time else ()) + tuple(named[1][:3])
    titled = re.fullmatch(r"\s*([A-Za-z][A-Za-z ]{2,40}?)\s*(?:no\.?\s*)?\d{0,3}\s*[-\u2013\u2014|]\s*", before)
    if titled and not after.strip(" .-\u2013"):  # "Core group 2 - 07/03/2023": a numbered record's title
        return (titled.group(1).lower(), "D") + (("T",) if has_time else ())
    labels = [m.group(1).strip().lower() for m in _LABEL.finditer(before + " ") if not re.search(r"\d", m.group(1))]
    tail = [m.group(1).strip().lower() for m in _LABEL.finditer(after + " ") if not re.search(r"\d", m.group(1))]
    shape = tuple(labels[-2:]) + ("D",) + (("T",) if has_time else ()) + tuple(tail[:3])
    if not labels and not tail and not re.search(r"[A-Za-z]{3}", _TIME.sub("", after + before).replace("day", "")):
        nxt = _LABEL.match(next_line.strip() + " ")  # a date on its own line, the author's line below
        shape += ("/" + nxt.group(1).strip().lower(),) if nxt else ()
    return shape


# every cell a labelled field ("Author: Gareth Lowe, Team Manager | Recorded: 05/09/2024 15:35"): a note's
# byline, not a table's row
_FIELDS_LINE = re.compile(r"^\s*[A-Z][A-Za-z /()'-]{0,30}:\s.*?(?:\s\|\s+[A-Z][A-Za-z /()'-]{0,30}:\s.*?)*$")


def in_table(lines: list[str], i: int) -> bool:
    """A row of a table (cells joined by " | ", like the rows above or below it): a dated row of a
    school chronology or a contact log is an event of its own, not the header of the rows after it.
    A line of labelled fields is no row: "05/09/2024 14:00 | Supervision" over "Author: … | Recorded: …"
    heads a note."""
    bars = lines[i].count(" | ")
    if not bars or _FIELDS_LINE.match(lines[i]):
        return False
    return any(0 <= j < len(lines) and lines[j].count(" | ") == bars and not _FIELDS_LINE.match(lines[j])
               for j in (i - 1, i + 1))


def wraps_on(lines: list[str], i: int) -> bool:
    """Whether line ``i`` carries on the sentence above ("…seen on" / "25/10/2022 with six decayed
    teeth"): a line starting with a date under an unfinished line heads no note."""
    prev = lines[i - 1].strip() if i else ""
    carries = re.match(r"^\s*" + _NUM_DATE + r"\s*(?:[),;.]|[a-z])", lines[i])
    return bool(prev and carries) and not re.search(r"[.!?:;\"\u201d')\]|]$", prev)


def _structural(pages: list[str], day_first: bool) -> list[NoteStart]:
    """Dated lines whose template repeats with different dates: the notes of an export."""
    from chronology.dates import find_dates  # lazy: a lower layer, heavy to import

    by_shape: dict[tuple[str, ...], list[NoteStart]] = {}
    for number, text in enumerate(pages, start=1):
        lines = text.split("\n")
        offset = 0
        for i, line in enumerate(lines):
            here, offset = offset, offset + len(line) + 1
            stripped = line.strip()
            if (not stripped or len(stripped) > MAX_HEADER or _NOT_HEADER.match(stripped) or in_table(lines, i)
                    or wraps_on(lines, i)):
                continue
            mentions = [m for m in find_dates(line, None, day_first=day_first)[:1]
                        if m.start <= 60 and m.precision == "day" and not m.inferred and m.value]
            if not mentions:
                continue
            m = mentions[0]
            nxt = next((x for x in lines[i + 1:i + 3] if x.strip()), "")
            shape = _template(line, m.start, m.end, nxt)
            if "T" not in shape and len(shape) == 1:
                continue  # a bare date with nothing around it ends a wrapped sentence
            # a template's time is sometimes left out ("Session: Tuesday 9 April 2024" under "…, 16:00-17:30")
            by_shape.setdefault(tuple(x for x in shape if x != "T"), []).append(
                NoteStart(number, here + len(line) - len(line.lstrip()), date.fromisoformat(m.value[:10]), stripped))
    best: list[NoteStart] = []
    for shape, starts in by_shape.items():
        distinct = {n.anchor for n in starts}
        if len(starts) >= MIN_TEMPLATE and len(distinct) >= max(2, len(starts) // 3) and len(starts) > len(best):
            best = starts
    return best


MIN_NOTE_CELL = 150  # a dated row whose last cell runs this long holds a note's account, not a log's summary


def _table_notes(pages: list[str], day_first: bool) -> list[NoteStart]:
    """Rows of a case-note table ("20-Mar-2024 14:05 | Carol Benn (MASH) | Contact - referral received …"):
    each row dated in its first cell and ending in a long account is a note, headed by the cells before it."""
    from chronology.dates import find_dates  # lazy: a lower layer, heavy to import

    out: list[NoteStart] = []
    long = 0
    for number, text in enumerate(pages, start=1):
        lines = text.split("\n")
        offset = 0
        for i, line in enumerate(lines):
            here, offset = offset, offset + len(line) + 1
            if " | " not in line or not in_table(lines, i):
                continue
            head, _, account = line.rpartition(" | ")
            first = head.split(" | ", 1)[0]
            mentions = [m for m in find_dates(first, None, day_first=day_first)[:1]
                        if m.start <= 3 and m.precision == "day" and not m.inferred and m.value]
            if mentions:
                indent = len(line) - len(line.lstrip())
                out.append(NoteStart(number, here + indent, date.fromisoformat(mentions[0].value[:10]),
                                     head.strip() + " |"))
                long += len(account.strip()) >= MIN_NOTE_CELL
    distinct = {n.anchor for n in out}
    # most rows long: a table of notes (a short one among them is a note too); most short: a log's rows
    notes = long >= MIN_TEMPLATE and long * 2 >= len(out) and len(distinct) >= max(2, len(out) // 3)
    return out if notes else []


def find_notes(pages: list[str], day_first: bool = True) -> list[NoteStart]:
    """Note headers across a document's pages, or [] if it is not a case-note export."""
    from chronology.tables import in_birth_table  # lazy: a lower layer

    structural = max(_structural(pages, day_first), _table_notes(pages, day_first), key=len)
    found: list[NoteStart] = []
    for number, text in enumerate(pages, start=1):
        lines = text.split("\n")
        for m in NOTE_HEADER.finditer(text):
            line = m.group(0).strip()
            at = text.count("\n", 0, m.start())
            if in_table(lines, at) or wraps_on(lines, at) or in_birth_table(text, m.start(1)):
                continue  # "12/11/1985 HMP Fellbrook -" under "Name Relationship DOB Address": a birth date
            if len(line) > 200 or re.match(r"^\s*(page|printed|dob|date of birth)", line, re.I):
                continue
            if line[:1].isdigit() and not re.search(r"[A-Za-z]{3}", line):
                continue  # a bare date line ("22/05/2024.") ends a wrapped sentence; it heads no note
            found.append(NoteStart(number, m.start(), _header_date(*m.groups(), day_first=day_first), line))
    labelled = [n for n in found if not re.match(r"^\d", n.header)]
    if len(labelled) >= MIN_NOTES:  # prefer labelled headers when a document has them
        found = labelled
    if len(structural) > len(found):  # the document's own template explains more of it
        found = structural
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
