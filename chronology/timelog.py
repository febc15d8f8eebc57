"""Shift logs: entries led by a time under a shift's date ("22:35  Police rang…", "SATURDAY" / "08.20 …").

An out-of-hours (EDT) log dates its shift once ("Shift: Fri 05/07/2024 17:00 to Mon 08/07/2024
08:45") and each entry only by its time. An entry's day is the shift's first day, moved on by a
weekday heading ("SATURDAY") or by a time earlier than the one before it (the log passed midnight).
The day is inferred, so the line says so and the reviewer checks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from chronology.sentences import tidy

_TIME_LED = re.compile(
    r"^[ \t]*(?P<t>(?:[01]?\d|2[0-3])[.:][0-5]\d|(?:1[0-2]|[1-9])(?:[.:][0-5]\d)?\s*[ap]\.?m\.?)[ \t]+(?P<rest>\S[^\n]*)$",
    re.M | re.I)
# "SATURDAY", "Saturday 15 June", or an abbreviation only with a date or alone ("Sun 17/12/23"; not "Sat with Mum")
_DAY_HEADING = re.compile(
    r"^[ \t]*(?:(?P<d>mon|tues|wednes|thurs|fri|satur|sun)day\b[^\n]{0,20}"
    r"|(?P<a>mon|tue|wed|thu|fri|sat|sun)\.?(?:[ \t]+(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?[ \t]+[a-z]{3,9}"
    r"(?:[ \t]+\d{4})?))?[ \t]*)$", re.M | re.I)
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
MIN_TIMED_LINES = 3  # fewer time-led lines are a meeting's agenda or a stray time, not a log


@dataclass(frozen=True)
class TimedEntry:
    """One time-led entry of a log page: its span in the page, its inferred day and its time."""

    start: int
    end: int
    day: date
    time: str
    text: str


def _clock(value: str) -> tuple[int, int]:
    m = re.match(r"(\d{1,2})(?:[.:](\d\d))?\s*([ap])?", value.strip().lower())
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) == "p" and hour < 12:
        hour += 12
    elif m.group(3) == "a" and hour == 12:
        hour = 0
    return hour, minute


def _entry_end(page_text: str, start: int, stops: list[int]) -> int:
    """An entry runs over its wrapped lines to a blank line or the next entry or heading."""
    nxt = min((s for s in stops if s > start), default=len(page_text))
    blank = page_text.find("\n\n", start)
    end = min(nxt, blank if blank >= 0 else len(page_text))
    return len(page_text[:end].rstrip())


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\b")
_WORDED = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?[ \t]+([a-z]{3,9})(?:[ \t]+(\d{4}))?\b", re.I)


def _heading_date(heading: str, current: date) -> date | None:
    """The date a day heading writes out ("Sun 17/12/23", "Saturday 10th August 2024", "Friday 9 August"),
    a year-less one in the year of the day before it; None when it gives only the weekday."""
    try:
        if m := _NUMERIC.search(heading):
            year = int(m.group(3))
            return date(year + 2000 if year < 100 else year, int(m.group(2)), int(m.group(1)))
        if (m := _WORDED.search(heading)) and m.group(2)[:3].lower() in _MONTHS:
            return date(int(m.group(3) or current.year), _MONTHS.index(m.group(2)[:3].lower()) + 1, int(m.group(1)))
    except ValueError:
        return None  # "31/02/2024": no such day, so the weekday decides
    return None


@lru_cache(maxsize=64)
def timed_entries(page_text: str, shift_start: date | None) -> tuple[TimedEntry, ...]:
    """The time-led entries of a log page whose shift begins on ``shift_start`` (none if not a log)."""
    if shift_start is None:
        return ()
    times = list(_TIME_LED.finditer(page_text))
    if len(times) < MIN_TIMED_LINES:
        return ()
    headings = list(_DAY_HEADING.finditer(page_text))
    stops = [m.start() for m in times] + [m.start() for m in headings]
    marks = sorted([(m.start(), "time", m) for m in times] + [(m.start(), "day", m) for m in headings],
                   key=lambda x: x[0])
    day, last = shift_start, None
    out: list[TimedEntry] = []
    for _, kind, m in marks:
        if kind == "day":
            written = _heading_date(m.group(0), day)
            if written is not None:
                day = written  # "Thursday 27th June 2024" after "Thursday 20th June": the date, not the weekday
            else:
                weekday = next(i for i, w in enumerate(_WEEKDAYS)
                               if w.startswith((m.group("d") or m.group("a")).lower()[:3]))
                day += timedelta(days=(weekday - day.weekday()) % 7)
            last = None
            continue
        hour, minute = _clock(m.group("t"))
        if last is not None and (hour, minute) < last:
            day += timedelta(days=1)  # the log went past midnight
        last = (hour, minute)
        end = _entry_end(page_text, m.start(), stops)
        body = page_text[m.start("rest"):end]
        out.append(TimedEntry(m.start(), end, day, f"{hour:02d}:{minute:02d}", tidy(body)))
    return tuple(out)
