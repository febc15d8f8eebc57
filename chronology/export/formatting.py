"""British dates with honest precision, and the wording of an entry's source and notes cells.

Courts read "12 March 2023", never "2023-03-12" or "03/12/2023"; and a date the records only give
as a month, a season or "around Christmas" must not be shown as if it were a known day. The
stored ISO date of a month is its first day, so printing it as a day would invent precision.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta, timezone

from chronology.models import Citation, Entry

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DASH = "–"  # en dash, as in "3–17 January 2024"

# Flags worth a reader's attention in the court document; review aids such as "single-source" stay in
# the CSV and JSON, where the reviewer's tools read them, and out of the notes column.
FLAG_WORDS = {
    "child-voice": "child's own words",
    "date-inferred": "date worked out from the record's own date",
    "approximate": "date approximate",
    "edited": "reworded by a person after drafting",
    "ocr": "read by OCR from a scanned page",
}


def _uk_zone():
    """Europe/London when the system has time-zone data, so times match what the worker saw."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/London")
    except Exception:  # no tzdata: UTC is honest, just less friendly
        return timezone.utc


UK = _uk_zone()


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def day_text(d: date) -> str:
    """12 March 2023 (no leading zero, no ordinal)."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def month_text(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.year}"


def season_text(d: date) -> str:
    """The season a stored season date starts in: March–May spring, June–August summer, and so on."""
    name = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring",
            6: "summer", 7: "summer", 8: "summer"}.get(d.month, "autumn")
    return f"{name} {d.year}"


def _month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _is_christmas(start: date, end: date) -> bool:
    return (start.month == 12 and 20 <= start.day <= 25 and end >= date(start.year, 12, 25)
            and end <= date(start.year + 1, 1, 6))


def span_text(start: date, end: date) -> str:
    """A span of days in the fewest honest words: "2021", "January–April 2022", "3–17 January 2024"."""
    if end < start:
        start, end = end, start
    if start == end:
        return day_text(start)
    if _is_christmas(start, end):
        return f"Christmas {start.year}"
    whole_months = start.day == 1 and end == _month_end(end)
    if whole_months and (start.month, end.month) == (1, 12):
        return str(start.year) if start.year == end.year else f"{start.year}{DASH}{end.year}"
    if whole_months:
        if (start.year, start.month) == (end.year, end.month):
            return month_text(start)
        if start.year == end.year:
            return f"{MONTHS[start.month - 1]}{DASH}{MONTHS[end.month - 1]} {end.year}"
        return f"{month_text(start)} {DASH} {month_text(end)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}{DASH}{end.day} {MONTHS[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} {DASH} {day_text(end)}"
    return f"{day_text(start)} {DASH} {day_text(end)}"


def date_text(value: str | None, precision: str = "day", date_end: str | None = None,
              time: str | None = None) -> str:
    """How an entry's date reads in a court document, showing no more precision than is known."""
    start = parse_iso(value)
    if start is None:
        return "Undated"
    end = parse_iso(date_end)
    if precision == "year":
        text = str(start.year) if end is None or end.year == start.year else f"{start.year}{DASH}{end.year}"
    elif precision == "month":
        text = month_text(start) if end is None else span_text(start, _month_end(end))
    elif precision == "season":
        text = season_text(start)
    elif precision == "approximate":
        if end is not None:
            inner = span_text(start, end)
        elif (start.month, start.day) == (12, 25):
            inner = f"Christmas {start.year}"
        elif start.day == 1:  # an approximate date is stored as its month's first day
            inner = month_text(start)
        else:
            inner = day_text(start)
        text = f"c. {inner}"
    elif precision == "range" and end is not None:
        text = span_text(start, end)
    else:
        text = day_text(start)
    if time and precision in ("day", "range") and (end is None or end == start):
        text = f"{text}, {time}"
    return text


def entry_date_text(entry: Entry) -> str:
    return date_text(entry.date, entry.precision, entry.date_end, entry.time)


def when_text(at: datetime | None, with_time: bool = False) -> str:
    """A stored UTC moment as a British date (and time) in UK local time."""
    if at is None:
        return ""
    if at.tzinfo is None:  # SQLite returns naive datetimes; every one is written in UTC
        at = at.replace(tzinfo=timezone.utc)
    local = at.astimezone(UK)
    return f"{day_text(local.date())}, {local:%H:%M}" if with_time else day_text(local.date())


def iso_utc(at: datetime | None) -> str | None:
    """2026-11-22T10:15:00Z: the contract's form for every moment."""
    if at is None:
        return None
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def page_text(c: Citation) -> str:
    return f"p. {c.page}"


def citation_text(c: Citation) -> str:
    """police/notification.pdf, p. 2 [G12] — document, page, and bundle page once paginated."""
    ref = f" [{c.bundle_ref}]" if c.bundle_ref else ""
    return f"{c.document}, {page_text(c)}{ref}"


def sources_text(entry: Entry, sep: str = "; ") -> str:
    return sep.join(citation_text(c) for c in entry.citations)


def notes_text(entry: Entry) -> list[str]:
    """The Significance / notes cell: the worker's note, then facts about the line itself."""
    lines: list[str] = []
    if entry.significance.strip():
        lines.append(entry.significance.strip())
    words = [FLAG_WORDS[f] for f in entry.flags if f in FLAG_WORDS]
    if entry.edited and "edited" not in entry.flags:
        words.append(FLAG_WORDS["edited"])
    if entry.drafter != "extractive":
        words.append(f"worded by a language model ({entry.drafter})")
    if words:
        lines.append("; ".join(words).capitalize() + ".")
    if entry.status == "verified":
        who = entry.verified_by or "unknown"
        on = when_text(entry.verified_at)
        lines.append(f"Checked against source by {who}" + (f", {on}." if on else "."))
    else:
        lines.append(f"{entry.status.upper()}: not yet checked against its source.")
    return lines


def span_of(entry: Entry) -> tuple[date, date] | None:
    """First and last day an entry's date could mean, for date filters."""
    start = parse_iso(entry.date)
    if start is None:
        return None
    end = parse_iso(entry.date_end)
    if end is None:
        if entry.precision == "year":
            end = date(start.year, 12, 31)
        elif entry.precision in ("month", "approximate") and start.day == 1:
            end = _month_end(start)
        elif entry.precision == "season":
            end = _month_end(start + timedelta(days=62))
        else:
            end = start
    elif entry.precision == "year":
        end = date(end.year, 12, 31)
    elif entry.precision in ("month", "season") or (entry.precision == "approximate" and end.day == 1):
        end = _month_end(end)  # a month or season is stored as its first day
    return start, max(start, end)
