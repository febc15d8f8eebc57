"""Temporal extraction for UK case records: every date expression in a passage, with a value.

A chronology line is only as good as its date, and a court bundle cites the exact passage, so
this module returns *mentions*: the exact slice of text, its offsets, an ISO value (or ``None``
with a reason when the date is impossible or cannot be resolved) and what kind of date it is.

The pipeline, cheapest first so a 450-character passage costs well under a millisecond:

1. **find** atomic expressions with compiled regular expressions (``dategrammar``), keeping the
   longest where they overlap;
2. **combine** neighbours: ranges ("3-17 January 2024", "from 3 January to 17 February 2024"),
   "w/c", "around", "early/mid/late" and an attached time ("at 2.30pm");
3. **classify** each by its clause: distractor (print footers, dates of birth, reference numbers),
   birth, plan (future or deadline), background (a state's start: "low since the autumn") or event;
4. **resolve** values: year-less and relative dates only against the ``anchor`` (the date of the
   note), never against today's date.

Choices a reader of a chronology should know about:

* Numeric dates are day-first unless ``day_first=False``; an impossible one ("31/02/2023",
  "13/13/2023") gets ``value=None`` and an ``error``, never a swapped or corrected guess.
* Two-digit years are 20xx unless that is more than 20 years after the anchor (then 19xx);
  with no anchor, 00-49 is 20xx.
* A year-less date ("6 March", "at Christmas", "on the 29th") takes the occurrence nearest the
  anchor: the latest one on or before it for an event, the first on or after it for a plan; a
  written weekday ("Thursday 25 May") picks the year in which it fits. After an event date written
  with its year, a year-less date in past-tense words is the occurrence nearest that one (a statement retelling
  2023 in January 2025: "On 18 September 2023 … The referral followed on 19 September"), so long
  as it had happened by the anchor; with no anchor, that written date alone supplies the year.
* Kind comes from the nearest tense marker in the mention's clause ("was held" against "will be
  held", "next", "due", "by"). A date with a written year after the anchor is always a plan, since it
  cannot have happened when the note was written; with no marker at all, the anchor decides.
* "the following day", "two days later" count from the previous day-level date in the passage
  (or the anchor); "yesterday", "last Friday", "two weeks ago" from the anchor. "last Friday" is
  strictly before the anchor, "next Friday" strictly after, "on Friday" the latest on or before it
  for an event and the first after it for a plan; "next week" is the following Monday-Sunday.
* Distractors are still returned: dates of birth and print or footer dates keep their value;
  a date-shaped reference number ("Ref: 12/04/2021/XYZ") has ``value=None`` and says why.
* "early/mid/late" split a month into days 1-10, 11-20 and 21-end and a year into Jan-Apr,
  May-Aug and Sep-Dec; the result is ``precision="approximate"`` with ``value``..``value_end``.
* Seasons: spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb (winter 2022 starts in
  December 2022). School terms: autumn Sep-Dec, spring Jan-Mar, summer Apr-Jul.
* "Christmas 2022" and "Easter 2024" (and their holidays) are ``approximate`` at Christmas Day
  and Easter Sunday; "Christmas Day 2022" is a day.
* A mention's span includes an attached time ("14/03/2023 at 2.30pm"), range words ("between",
  "from", "w/c") and qualifiers ("around", "early"), but not a bare preposition ("on", "in").
* A weekday that does not match the date ("Monday 14 March 2023") keeps the written date as the
  value and says so in ``error``.
* ``dateparser`` is not used here: the grammar resolves every form it finds, deterministically and
  over ten times faster than ``dateparser.search_dates``; ``bench/dates.py`` compares the two.

The patterns, calendar arithmetic and the clause rules for stage 3 live in
:mod:`chronology.dategrammar`; this module holds the pipeline and the public API.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, replace
from typing import Callable

from chronology import dategrammar as g
from chronology.dategrammar import Point

__all__ = ["DateMention", "find_dates", "format_table"]

NO_ANCHOR = "relative date with no anchor"
NO_YEAR = "date has no year and there is no anchor to supply one"
NO_MONTH = "date has no month and there is no anchor to supply one"
REFERENCE = "part of a reference number, not a date"


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a passage, ready to cite: ``text == passage[start:end]``."""

    text: str
    start: int
    end: int
    value: str | None
    value_end: str | None
    precision: str
    inferred: bool
    kind: str
    time: str | None = None
    error: str | None = None

    def to_json(self) -> dict[str, object]:
        """Every field as plain JSON types."""
        return asdict(self)


Parts = tuple[int | None, int | None, int | None]  # (year, month, day); None where the text gives none


@dataclass
class _Cand:
    """A mention while it is being built; private because its fields change between stages."""

    start: int
    end: int
    form: str  # "point" | "range" | "season" | "rel" | "ref"
    a: Parts = (None, None, None)
    b: Parts | None = None
    spec: tuple[object, ...] = ()
    hint: str | None = None  # the kind the words themselves imply ("tomorrow" is a plan)
    error: str | None = None
    weekday: int | None = None
    wrap: str | None = None  # "approx" | "early" | "mid" | "late" | "wc"
    time: str | None = None
    priority: int = 0
    day_level: bool = False


@dataclass(frozen=True)
class _Res:
    value: Point | None = None
    value_end: Point | None = None
    precision: str = "day"
    inferred: bool = False
    error: str | None = None


@dataclass
class _Ctx:
    """What a resolver may look at: the anchor, the kind decided for this mention and the last
    day-level date before it (for "the following day")."""

    anchor: dt.date | None
    day_first: bool
    kind: str | None = None
    prev: dt.date | None = None
    told: dt.date | None = None  # the last date written with its year: a narrative's own year


# ---------------------------------------------------------------------------------------------
# Stage 1: atomic candidates
# ---------------------------------------------------------------------------------------------


def _check(parts: Parts, written: str) -> str | None:
    """An error for an impossible full date; year-less dates are checked against a leap year."""
    year, month_no, day_no = parts
    if month_no is None or day_no is None:
        return None
    reason = g.impossible_reason(year if year is not None else 2000, month_no, day_no)
    return g.not_real(written, reason) if reason else None


def _numeric(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    first, second, sep = int(m.group("a")), int(m.group("b")), m.group("sep")
    if sep == "." and (g.SECTION_BEFORE.search(text, max(0, m.start("a") - 12), m.start("a"))
                       or text[m.end():m.end() + 2][:1] == "." and text[m.end() + 1:m.end() + 2].isdigit()):
        return None  # "para 3.4.12", "1.2.10.4": section and version numbers, not dates
    raw_year = m.group("y").replace("\n", "")
    year = int(raw_year) if len(raw_year) == 4 else g.expand_year(int(raw_year), ctx.anchor)
    day_no, month_no = (first, second) if ctx.day_first else (second, first)
    if g.touches_reference(text, m.start("a"), m.end()):
        return _Cand(m.start("a"), m.end(), "ref", error=REFERENCE)
    parts = (year, month_no, day_no)
    return _Cand(m.start(), m.end(), "point", parts, error=_check(parts, m.group(0)), day_level=True)


def _iso(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    parts = (int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if g.touches_reference(text, m.start(), m.end()):
        return _Cand(m.start(), m.end(), "ref", error=REFERENCE)
    return _Cand(m.start(), m.end(), "point", parts, error=_check(parts, m.group(0)), day_level=True)


def _numeric_month_year(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    return _Cand(m.start(), m.end(), "point", (int(m.group("y")), int(m.group("m")), None))


def _written_year(m: re.Match[str], ctx: _Ctx) -> int | None:
    if m.groupdict().get("y"):
        return int(m.group("y"))
    two = m.groupdict().get("y2") or m.groupdict().get("y2a")
    return g.expand_year(int(two), ctx.anchor) if two else None


def _day_month(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    if m.start("mon") < m.start("d") and g.DAY_JUST_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None  # "3 March 14 children": the day came first, so "March 14" is not a date
    year = _written_year(m, ctx)
    end = m.end()
    if m.groupdict().get("y2") and len(m.group("mon").strip(".")) > 4 and not g.Y2_AFTER_FULL_MONTH.match(text, end):
        year, end = None, m.end("mon")
    if year is None and g.is_lowercase_may(m.group("mon")):
        return None
    parts = (year, g.month_number(m.group("mon")), int(m.group("d")))
    return _Cand(m.start(), end, "point", parts, error=_check(parts, text[m.start():end]), day_level=True)


def _day_of_month(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    return _Cand(m.start("tok"), m.end("tok"), "point", (None, None, int(m.group("d"))), day_level=True)


def _month_year(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    if m.group("y2") and g.is_lowercase_may(m.group("mon")):
        return None
    return _Cand(m.start(), m.end(), "point", (_written_year(m, ctx), g.month_number(m.group("mon")), None))


def _month_alone(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    if g.is_lowercase_may(m.group("mon")):
        return None
    context = m.group("ctx").lower()
    mod = context if context in {"last", "next", "this"} else None
    start = m.start() if mod else m.start("mon")
    hint = {"last": "event", "next": "plan"}.get(mod or "")
    return _Cand(start, m.end(), "point", (None, g.month_number(m.group("mon")), None), spec=("month", mod), hint=hint)


def _year_context(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    year = int(m.group("y"))
    if m.group("y2") and int(m.group("y2")) == (year + 1) % 100:
        return _Cand(m.start("y"), m.end(), "range", (year, None, None), (year + 1, None, None))
    if m.group("y2"):
        return None
    return _Cand(m.start("y"), m.end("y"), "point", (year, None, None))


def _year_range(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    first, raw = int(m.group("y1")), m.group("y2")
    second = int(raw) if len(raw) == 4 else first // 100 * 100 + int(raw)
    conn, keyword = m.group("conn").lower(), (m.group("kw") or "").lower()
    if conn == "and" and keyword != "between":
        return None
    if not keyword and conn not in {"to", "until", "till"} and len(raw) != 4:
        return None
    if not 0 < second - first <= 50:
        return None
    return _Cand(m.start(), m.end(), "range", (first, None, None), (second, None, None))


def _season(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    mod = (m.group("mod") or "").lower().replace("the coming", "next") or None
    year = int(m.group("y")) if m.group("y") else None
    key = g.season_key(m.group("key"))
    if year is None and mod is None and not g.YEARLESS_CONTEXT.search(text, max(0, m.start() - 20), m.start()):
        return None
    if key == "autumn" and m.group("key").lower() == "fall" and year is None:
        return None
    hint = {"last": "event", "next": "plan"}.get(mod or "")
    return _Cand(m.start(), m.end(), "season", spec=(key, year, mod), hint=hint,
                 day_level=g.season_bounds(key, 2000)[2] == "day")


def _rel_dayword(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    word = " ".join(m.group("w").lower().split())
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2}[word]
    hint = "event" if offset < 0 else "plan" if offset > 0 else None
    if m.group("pre"):
        hint = hint or ("event" if m.group("pre").lower() == "earlier" else "plan")
    return _Cand(m.start(), m.end(), "rel", spec=("shift", "anchor", offset), hint=hint, day_level=True)


def _rel_time_of_day(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    word, part = m.group("w").lower(), m.group("tod").lower()
    if word == "last" and part != "night":
        return None
    offset = -1 if word == "last" else 0
    hint = "event" if word == "last" or word.startswith("earlier") else "plan" if word.startswith("later") else None
    return _Cand(m.start(), m.end(), "rel", spec=("shift", "anchor", offset), hint=hint, day_level=True)


def _rel_weekday(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    mod = " ".join((m.group("mod") or "").lower().split())
    if not mod and not m.group("tod") and not g.WEEKDAY_LEAD.search(text, max(0, m.start() - 10), m.start()) \
            and not g.WEEKDAY_LIST_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return None  # a bare weekday is a name ("Monday club") unless "on", "since" or a list puts it in time
    mode, base, hint = {
        "last": ("last", "anchor", "event"), "the past": ("last", "anchor", "event"),
        "next": ("next", "anchor", "plan"), "this coming": ("next", "anchor", "plan"),
        "the coming": ("next", "anchor", "plan"), "this": ("this", "anchor", None),
        "the following": ("next", "prev", None), "the previous": ("last", "prev", None),
    }.get(mod, ("on", "anchor", None))
    start = m.start() if mod else m.start("wd")
    return _Cand(start, m.end(), "rel", spec=("weekday", base, g.weekday_number(m.group("wd")), mode),
                 hint=hint, day_level=True)


def _rel_period(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    mod, unit = " ".join(m.group("mod").lower().split()), m.group("u").lower()
    step, base, hint = {
        "last": (-1, "anchor", "event"), "next": (1, "anchor", "plan"), "this": (0, "anchor", None),
        "earlier this": (0, "anchor", "event"), "later this": (0, "anchor", "plan"),
        "the following": (1, "prev", None), "the previous": (-1, "prev", None), "the coming": (1, "anchor", "plan"),
    }[mod]
    shape = {"week": "week", "weekend": "weekend", "month": "months", "year": "years"}[unit]
    return _Cand(m.start(), m.end(), "rel", spec=(shape, base, step), hint=hint)


def _unit_spec(count: int, unit: str, base: str) -> tuple[object, ...]:
    unit = unit.lower().rstrip("s")
    if unit in {"day", "week", "fortnight"}:
        return ("shift", base, count * {"day": 1, "week": 7, "fortnight": 14}[unit])
    return ("months" if unit == "month" else "years", base, count)


def _rel_ago(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    direction = m.group("dir").lower()
    count = g.number_value(m.group("n"))
    sign, base = {"later": (1, "prev"), "earlier": (-1, "prev")}.get(direction, (-1, "anchor"))
    spec = _unit_spec(sign * count, m.group("u"), base)
    wrap = "approx" if "few" in m.group("n").lower() else None
    return _Cand(m.start(), m.end(), "rel", spec=spec, hint="event" if direction != "later" else None,
                 wrap=wrap, day_level=spec[0] == "shift")


def _rel_in(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    if not m.group("time") and not _future_clause(text, m.start()):
        return None  # "completed in 12 weeks" is a duration; "the review is next... in six weeks" is a date
    spec = _unit_spec(g.number_value(m.group("n")), m.group("u"), "anchor")
    wrap = "approx" if "few" in m.group("n").lower() else None
    return _Cand(m.start(), m.end(), "rel", spec=spec, hint="plan", wrap=wrap, day_level=spec[0] == "shift")


def _future_clause(text: str, start: int) -> bool:
    """Whether the clause leading up to ``start`` is about the future ("the review is due in")."""
    return g.tense(g.CLAUSE_BREAK.split(text[max(0, start - 80):start])[-1], last=True) == "plan"


def _rel_sequence(m: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
    word = (m.group("w") or m.group("ba") or "").lower()
    offset = {"following": 1, "next": 1, "after": 1, "previous": -1, "before": -1}.get(word, 0)
    return _Cand(m.start(), m.end(), "rel", spec=("shift", "prev", offset), day_level=True)


_Finder = Callable[[re.Match[str], str, _Ctx], "_Cand | None"]
_DIGITS = tuple("0123456789")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_YEARS = ("19", "20")
_PARTS_OF_DAY = ("day", "morning", "afternoon", "evening", "night", "lunchtime")
_UNITS = ("day", "week", "fortnight", "month", "year")
# (pattern, finder, priority on ties, words one of which must be in the lower-cased passage).
# The words are a cheap gate: most patterns need not run at all on most passages.
_FINDERS: tuple[tuple[re.Pattern[str], _Finder, int, tuple[str, ...]], ...] = (
    (g.NUMERIC, _numeric, 0, _DIGITS),
    (g.ISO, _iso, 0, _YEARS),
    (g.DAY_MONTH_YEAR, _day_month, 1, _MONTHS),
    (g.MONTH_DAY_YEAR, _day_month, 2, _MONTHS),
    (g.MONTH_YEAR, _month_year, 3, _MONTHS),
    (g.NUMERIC_MONTH_YEAR, _numeric_month_year, 3, _YEARS),
    (g.YEAR_RANGE, _year_range, 4, _YEARS),
    (g.SEASON, _season, 4, ("spring", "summer", "autumn", "fall", "winter", "term")),
    (g.HOLIDAY, _season, 4, ("christmas", "easter", "boxing", "year", "friday", "bonfire", "hallow")),
    (g.YEAR_CONTEXT, _year_context, 5, _YEARS),
    (g.MONTH_ALONE, _month_alone, 6, _MONTHS),
    (g.DAY_OF_MONTH, _day_of_month, 6, ("the",)),
    (g.REL_DAYWORD, _rel_dayword, 7, ("today", "yesterday", "tomorrow", "tonight")),
    (g.REL_TIME_OF_DAY, _rel_time_of_day, 7, _PARTS_OF_DAY[1:]),
    (g.REL_WEEKDAY, _rel_weekday, 7, ("day",)),
    (g.REL_PERIOD, _rel_period, 7, ("week", "month", "year")),
    (g.REL_AGO, _rel_ago, 7, ("ago", "earlier", "later", "previously", "prior")),
    (g.REL_IN, _rel_in, 7, _UNITS),
    (g.REL_SEQ, _rel_sequence, 7, _PARTS_OF_DAY),
)


def _atomic(text: str, ctx: _Ctx) -> list[_Cand]:
    """Every atomic candidate, longest first where two overlap, in order of start."""
    lower = text.lower()
    found: list[_Cand] = []
    for pattern, finder, priority, gate in _FINDERS:
        if not any(word in lower for word in gate):
            continue
        for m in pattern.finditer(text):
            cand = finder(m, text, ctx)
            if cand is not None:
                cand.priority = priority
                found.append(cand)
    found.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    kept: list[_Cand] = []
    for cand in found:
        if all(cand.end <= k.start or k.end <= cand.start for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


# ---------------------------------------------------------------------------------------------
# Stage 2: combine neighbours
# ---------------------------------------------------------------------------------------------


def _update(cand: _Cand, **changes: object) -> _Cand:
    """Change a working candidate in place (cheaper than dataclasses.replace on the hot path)."""
    for name, value in changes.items():
        setattr(cand, name, value)
    return cand


def _window(text: str, lo: int, hi: int, width: int = 40) -> tuple[int, str]:
    start = max(lo, hi - width)
    return start, text[start:hi]


def _bare_range(text: str, cand: _Cand, floor: int) -> list[_Cand]:
    """"3-17 January 2024", "between 3rd and 17th January", "March to May 2022"; failing a range,
    a list of days sharing one month ("on 12th and 19th June 2023")."""
    if cand.form != "point" or cand.a[1] is None or cand.wrap:
        return [cand]
    offset, before = _window(text, floor, cand.start)
    if cand.a[2] is not None:
        m = g.BARE_DAY_BEFORE.search(before)
        if m and _connects(m) and int(m.group("d")) < cand.a[2] and not g.COUNTED_BEFORE.search(before, 0, m.start("d")):
            return [_update(cand, start=offset + m.start(), form="range",
                            a=(None, None, int(m.group("d"))), b=cand.a, weekday=None)]
        return _day_list(text, cand, floor)
    m = g.BARE_MONTH_BEFORE.search(before)
    if m and _connects(m) and not g.is_lowercase_may(m.group("mon")):
        return [_update(cand, start=offset + m.start(), form="range",
                        a=(None, g.month_number(m.group("mon")), None), b=cand.a)]
    return [cand]


def _day_list(text: str, cand: _Cand, floor: int) -> list[_Cand]:
    """Bare days listed before a full date take its month and year: "12th, 19th and 26th June"."""
    items = [cand]
    while True:
        offset, before = _window(text, floor, items[0].start, 30)
        m = g.LIST_DAY_BEFORE.search(before)
        if not m:
            return items
        parts = (cand.a[0], cand.a[1], int(m.group("d")))
        start, end = offset + m.start("tok"), offset + m.end("tok")
        items.insert(0, _Cand(start, end, "point", parts, error=_check(parts, g.spoken(parts)), day_level=True))


def _connects(m: re.Match[str]) -> bool:
    """"and" only makes a range after "between" ("3 and 17 January" alone is a list)."""
    return m.group("conn").lower() != "and" or (m.group("kw") or "").lower() == "between"


def _level(parts: Parts) -> int:
    return 3 if parts[2] is not None else 2 if parts[1] is not None else 1


def _pair_ranges(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Join two adjacent dates of the same precision separated by "to", "-" or "and"."""
    out: list[_Cand] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev is not None and _can_pair(text, prev, cand):
            floor = out[-2].end if len(out) > 1 else 0
            offset, before = _window(text, floor, prev.start, 20)
            kw = g.RANGE_KEYWORD_BEFORE.search(before)
            gap = g.RANGE_GAP.match(text[prev.end:cand.start])
            if gap and (gap.group("conn").lower() != "and" or (kw and kw.group("kw").lower() == "between")):
                start = offset + kw.start() if kw else prev.start
                out[-1] = _update(prev, start=start, end=cand.end, form="range", b=cand.a,
                                  time=prev.time, day_level=False)
                continue
        out.append(cand)
    return out


def _can_pair(text: str, first: _Cand, second: _Cand) -> bool:
    if first.form != "point" or second.form != "point" or first.error or second.error:
        return False
    if first.wrap or second.wrap or _level(first.a) != _level(second.a):
        return False
    if first.a[1] is None and (first.a[0] is None or second.a[0] is None):
        return False
    if None not in (first.a[0], second.a[0]):
        return tuple(x or 0 for x in first.a) < tuple(x or 0 for x in second.a)
    return True


def _prefixes(text: str, cand: _Cand, floor: int) -> _Cand:
    """"w/c 6 March", "around Christmas 2022", "early 2021", "the end of March"."""
    offset, before = _window(text, floor, cand.start, 30)
    if cand.form == "point" and cand.a[2] is not None and cand.weekday is None:
        m = g.WEEKDAY_BEFORE.search(before)
        if m:
            cand = _update(cand, start=offset + m.start(), weekday=g.weekday_number(m.group("wd")))
            offset, before = _window(text, floor, cand.start, 30)
    if cand.form == "point" and cand.a[2] is not None and not cand.wrap:
        m = g.WEEK_COMMENCING_BEFORE.search(before)
        if m:
            return _update(cand, start=offset + m.start(), wrap="wc", day_level=False)
    if cand.form == "point" and cand.a[2] is None and not cand.wrap:
        m = g.PART_BEFORE.search(before)
        if m:
            part = m.group("part").lower().split()[-2 if " of" in m.group("part").lower() else -1]
            wrap = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}.get(part, part)
            return _update(cand, start=offset + m.start(), wrap=wrap)
    if cand.form in {"point", "season", "rel"} and not cand.wrap:
        m = g.APPROX_BEFORE.search(before)
        if m:
            return _update(cand, start=offset + m.start(), wrap="approx")
    return cand


def _attach_time(text: str, cand: _Cand, floor: int, ceiling: int) -> _Cand:
    """A time written with a day-level date belongs to it: "14/03/2023 at 2.30pm"."""
    if not cand.day_level or cand.time:
        return cand
    after = g.TIME_AFTER.match(text[cand.end:ceiling])
    if after:
        return _update(cand, end=cand.end + after.end(), time=g.time_from_match(after))
    offset, before = _window(text, floor, cand.start, 20)
    prior = g.TIME_BEFORE.search(before)
    if prior:
        return _update(cand, start=offset + prior.start(), time=g.time_from_match(prior))
    return cand


def _combine(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Stage 2 in a fixed order: ranges first, then prefixes, then times."""
    stepped: list[_Cand] = []
    for cand in cands:
        stepped.extend(_bare_range(text, cand, stepped[-1].end if stepped else 0))
    stepped = _pair_ranges(text, stepped)
    done: list[_Cand] = []
    for i, cand in enumerate(stepped):
        floor = done[-1].end if done else 0
        ceiling = stepped[i + 1].start if i + 1 < len(stepped) else len(text)
        cand = _prefixes(text, cand, floor)
        done.append(_attach_time(text, cand, floor, ceiling))
    return done


# ---------------------------------------------------------------------------------------------
# Stage 3 (the kind) lives in dategrammar.classify; stage 4: values
# ---------------------------------------------------------------------------------------------


def _year_for(month_no: int, day_no: int | None, ctx: _Ctx, mod: str | None = None,
              weekday: int | None = None) -> int | None:
    """The year a year-less date means; a written weekday ("Thursday 25 May") picks the year in
    which the date falls on that weekday, when one of the candidate years does."""
    bases = {b.year for b in (ctx.anchor, ctx.told) if b is not None}
    assert bases
    intervals = []
    for year in sorted({y + step for y in bases for step in (-1, 0, 1)}):
        if day_no is not None and g.impossible_reason(year, month_no, day_no):
            continue
        point = (year, month_no) if day_no is None else (year, month_no, day_no)
        intervals.append((year, g.first_day(point), g.last_day(point)))
    if weekday is not None and day_no is not None:
        matching = [item for item in intervals if item[1].weekday() == weekday]
        intervals = matching or intervals
    if not intervals:
        return None
    if ctx.told is not None and (mod is None or ctx.anchor is None) and (ctx.kind == "event" or ctx.anchor is None):
        # a history retold ("In November 2023 he rang …; he rang on 20 November"): the occurrence
        # nearest the date the account last wrote out in full, if it had happened by the anchor
        told = ctx.told
        past = [item for item in intervals if ctx.anchor is None or item[1] <= ctx.anchor] or intervals
        return min(past, key=lambda item: min(abs((item[1] - told).days), abs((item[2] - told).days)))[0]
    return g.pick_with_mod(intervals, ctx.anchor, ctx.kind, mod)


def _full(parts: Parts) -> Point:
    return tuple(p for p in parts if p is not None)


def _resolve_point(cand: _Cand, ctx: _Ctx) -> _Res:
    year, month_no, day_no = cand.a
    inferred = False
    if month_no is None and day_no is not None:
        return _resolve_day_of_month(day_no, ctx)
    if year is None:
        if ctx.anchor is None and ctx.told is None:
            return _Res(precision=_precision_of(cand.a), error=cand.error or NO_YEAR)
        mod = cand.spec[1] if cand.spec and cand.spec[0] == "month" else None
        year = _year_for(month_no or 1, day_no, ctx, mod, cand.weekday)  # type: ignore[arg-type]
        if year is None:
            return _Res(precision="day", error=g.not_real(f"{day_no} {g.MONTH_NAMES[(month_no or 1) - 1]}",
                                                         "there is no leap year near the anchor"))
        inferred = True
    if cand.error:
        return _Res(precision=_precision_of(cand.a), error=cand.error)
    return _Res(_full((year, month_no, day_no)), precision=_precision_of(cand.a), inferred=inferred)


def _resolve_day_of_month(day_no: int, ctx: _Ctx) -> _Res:
    """"on the 29th": this month, last month or next, chosen like a year-less date's year."""
    if ctx.anchor is None:
        return _Res(error=NO_MONTH)
    months = [g.add_months((ctx.anchor.year, ctx.anchor.month), step) for step in (-2, -1, 0, 1)]
    intervals = [(i, dt.date(y, m, day_no), dt.date(y, m, day_no))
                 for i, (y, m) in enumerate(months) if not g.impossible_reason(y, m, day_no)]
    chosen = months[g.choose(intervals, ctx.anchor, ctx.kind)]
    return _Res((*chosen, day_no), inferred=True)


def _precision_of(parts: Parts) -> str:
    return {3: "day", 2: "month", 1: "year"}[_level(parts)]


def _resolve_range(cand: _Cand, ctx: _Ctx) -> _Res:
    assert cand.b is not None
    (y1, m1, d1), (y2, m2, d2) = cand.a, cand.b
    m1 = m1 if m1 is not None else m2
    inferred = False
    if y1 is None and y2 is None:
        if ctx.anchor is None or m1 is None:
            return _Res(precision="range", error=NO_YEAR)
        y1 = _year_for(m1, d1, replace(ctx, told=None))  # a span agreed is often still to come
        inferred = True
    if y1 is None:
        y1 = y2 if (m1 or 0, d1 or 0) <= (m2 or 0, d2 or 0) else y2 - 1  # type: ignore[operator]
    if y2 is None:
        y2 = y1 if (m2 or 0, d2 or 0) >= (m1 or 0, d1 or 0) else y1 + 1
    for parts in ((y1, m1, d1), (y2, m2, d2)):
        error = _check(parts, g.spoken(parts))
        if error:
            return _Res(precision="range", error=error)
    start, end = _full((y1, m1, d1)), _full((y2, m2, d2))
    if start > end:
        return _Res(precision="range", error="the range ends before it starts")
    return _Res(start, end, "range", inferred)


def _resolve_season(cand: _Cand, ctx: _Ctx) -> _Res:
    key, year, mod = cand.spec
    inferred = False
    if year is None:
        if ctx.anchor is None:
            return _Res(precision=g.season_bounds(str(key), 2000)[2], error=NO_ANCHOR)
        intervals = []
        for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1):
            lo, hi, _ = g.season_bounds(str(key), y)
            intervals.append((y, g.first_day(lo), g.last_day(hi or lo)))
        year = g.pick_with_mod(intervals, ctx.anchor, ctx.kind, mod)  # type: ignore[arg-type]
        inferred = True
    start, end, precision = g.season_bounds(str(key), int(year))  # type: ignore[arg-type]
    return _Res(start, end, precision, inferred)


def _base(spec_base: object, ctx: _Ctx) -> dt.date | None:
    return (ctx.prev or ctx.anchor) if spec_base == "prev" else ctx.anchor


def _resolve_relative(cand: _Cand, ctx: _Ctx) -> _Res:
    shape, base_name = cand.spec[0], cand.spec[1]
    precision = {"months": "month", "years": "year", "week": "range", "weekend": "range"}.get(str(shape), "day")
    base = _base(base_name, ctx)
    if base is None:
        return _Res(precision=precision, error=NO_ANCHOR)
    if shape == "shift":
        return _Res(g.point_of(base + dt.timedelta(days=int(cand.spec[2]))), precision=precision, inferred=True)
    if shape == "months":
        return _Res(g.add_months((base.year, base.month), int(cand.spec[2])), precision=precision, inferred=True)
    if shape == "years":
        return _Res((base.year + int(cand.spec[2]),), precision=precision, inferred=True)
    monday = base - dt.timedelta(days=base.weekday())
    if shape in {"week", "weekend"}:
        first = monday + dt.timedelta(days=7 * int(cand.spec[2]) + (5 if shape == "weekend" else 0))
        last = first + dt.timedelta(days=1 if shape == "weekend" else 6)
        return _Res(g.point_of(first), g.point_of(last), precision, True)
    return _Res(g.point_of(g.weekday_near(base, int(cand.spec[2]), str(cand.spec[3]), ctx.kind)),
                precision=precision, inferred=True)


_RESOLVERS: dict[str, Callable[[_Cand, _Ctx], _Res]] = {
    "point": _resolve_point, "range": _resolve_range, "season": _resolve_season, "rel": _resolve_relative,
}


def _resolve(cand: _Cand, ctx: _Ctx) -> _Res:
    if cand.form == "ref":
        return _Res(precision="day", error=cand.error)
    res = _RESOLVERS[cand.form](cand, ctx)
    if res.value is not None:
        res = _wrap(cand, res)
        res = _weekday_warning(cand, res)
    return res


def _wrap(cand: _Cand, res: _Res) -> _Res:
    """Apply "w/c", "around" and "early/mid/late" to a resolved value."""
    assert res.value is not None
    if cand.wrap == "wc" and len(res.value) == 3:
        end = g.point_of(dt.date(*res.value) + dt.timedelta(days=6))
        return replace(res, value_end=end, precision="range")
    if cand.wrap in {"early", "mid", "late"}:
        return replace(res, value=g.part_of(res.value, cand.wrap, 0), value_end=g.part_of(res.value, cand.wrap, 1),
                       precision="approximate")
    if cand.wrap == "approx" and res.precision not in {"range", "season"}:
        return replace(res, precision="approximate")
    return res


def _weekday_warning(cand: _Cand, res: _Res) -> _Res:
    if cand.weekday is None or res.value is None or len(res.value) != 3:
        return res
    actual = dt.date(*res.value).weekday()
    if actual == cand.weekday:
        return res
    day_text = dt.date(*res.value).strftime("%-d %B %Y")
    return replace(res, error=f"{day_text} is a {g.WEEKDAY_NAMES[actual]}, not a {g.WEEKDAY_NAMES[cand.weekday]}")


def _settle_kind(kind: str | None, res: _Res, anchor: dt.date | None) -> str:
    """A written date after the note's own date has not happened yet, so it is a plan whatever the
    tense ("he was bailed until 28/03/2023"); with no words to go on, the same test decides."""
    after_anchor = anchor is not None and res.value is not None and g.first_day(res.value) > anchor
    if kind in {"distractor", "birth", "plan"}:
        return kind
    if kind == "background" and res.precision == "day" and res.value_end is None and not res.inferred:
        kind = "event"  # "has lived with her grandmother since 16/07/2024": the day she moved
    if after_anchor and (kind is None or not res.inferred):
        return "plan"
    return kind or "event"


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def find_dates(text: str, anchor: dt.date | None = None, *, day_first: bool = True) -> list[DateMention]:
    """Every date expression in ``text``, in order of start offset and never overlapping.

    ``anchor`` is the date of the note or document: it supplies the year for "6 March" and the
    base for "yesterday". Without it such dates get ``value=None`` and an ``error``; today's date is
    never used, because a chronology must come out the same whenever it is drafted.
    """
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    ctx = _Ctx(anchor=anchor, day_first=day_first)
    cands = _combine(text, _atomic(text, ctx))
    masked = g.mask(text, ((c.start, c.end) for c in cands))
    breaks, footers = g.sentence_breaks(masked), g.footer_starts(masked)
    mentions: list[DateMention] = []
    prev: dt.date | None = None
    told: dt.date | None = None
    for i, cand in enumerate(cands):
        kind, is_reference = g.classify(masked, breaks, footers, cand.start, cand.end, cand.hint)
        if is_reference or cand.form == "ref":
            kind, cand.form, cand.error = "distractor", "ref", REFERENCE
        if i and kind not in {"distractor", "birth"} and g.LISTED.match(text, cands[i - 1].end, cand.start):
            kind = mentions[-1].kind if mentions[-1].kind in {"event", "plan"} else kind
        res = _resolve(cand, _Ctx(anchor, day_first, kind, prev, told))
        kind = _settle_kind(kind, res, anchor)
        if _bracketed_birth_date(text, cand, res):
            kind = "distractor"
        mentions.append(_mention(text, cand, res, kind))
        if kind != "distractor" and res.value is not None and len(res.value) == 3 and res.value_end is None:
            prev = dt.date(*res.value)
        if kind == "event" and res.value is not None and not res.inferred and len(res.value) >= 2:
            told = g.first_day(res.value)  # months count ("In November 2023"); a year alone is too vague
    return _weekday_of_week(text, mentions)


_WEEKDAY_ONLY = re.compile(r"(?i)(mon|tues|wednes|thurs|fri|satur|sun)day")
_WEEK_ONLY = re.compile(r"(?i)(?:last|next|this|the\s+previous|the\s+following)\s+week")


def _weekday_of_week(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """"Monday last week", "last week on Monday", "Monday of next week": one day, in that week."""
    out: list[DateMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.value and m.value:
            pair = (prev, m) if _WEEKDAY_ONLY.fullmatch(prev.text) else (m, prev)
            day, week = pair
            between = text[prev.end:m.start]
            if (_WEEKDAY_ONLY.fullmatch(day.text) and _WEEK_ONLY.fullmatch(week.text) and week.value_end
                    and re.fullmatch(r"\s+(?:of\s+|on\s+)?", between)):
                monday = dt.date.fromisoformat(week.value) - dt.timedelta(days=dt.date.fromisoformat(week.value).weekday())
                index = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun").index(
                    _WEEKDAY_ONLY.fullmatch(day.text).group(1).lower())
                out[-1] = replace(week, text=text[prev.start:m.end], start=prev.start, end=m.end, value_end=None,
                                  value=(monday + dt.timedelta(days=index)).isoformat(), precision="day")
                continue
        out.append(m)
    return out


def _bracketed_birth_date(text: str, cand: _Cand, res: _Res) -> bool:
    """'Jack Stanton (03/08/2012)': a full date in brackets after a name is a date of birth."""
    return (res.value is not None and len(res.value) == 3 and res.value_end is None
            and text[cand.end:cand.end + 1] == ")"
            and g.NAME_BRACKET_BEFORE.search(text[max(0, cand.start - 80):cand.start]) is not None)


def _mention(text: str, cand: _Cand, res: _Res, kind: str) -> DateMention:
    value = None if cand.form == "ref" else g.iso(res.value)
    return DateMention(
        text=text[cand.start:cand.end], start=cand.start, end=cand.end, value=value,
        value_end=g.iso(res.value_end) if value else None, precision=res.precision,
        inferred=res.inferred and value is not None, kind=kind, time=cand.time, error=res.error,
    )


_COLUMNS = ("text", "start-end", "value", "value_end", "precision", "inferred", "kind", "time", "error")


def format_table(mentions: list[DateMention]) -> str:
    """A plain-text table for the CLI, one mention a row; line breaks in the text show as "⏎"."""
    rows = [_COLUMNS] + [
        (
            m.text.replace("\r", "").replace("\n", "⏎"), f"{m.start}-{m.end}", m.value or "-", m.value_end or "-",
            m.precision, "yes" if m.inferred else "no", m.kind, m.time or "-", m.error or "",
        )
        for m in mentions
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)
