"""The regular grammar and calendar arithmetic behind :mod:`chronology.dates`.

Kept apart from the engine so the engine reads as a pipeline (find, combine, classify, resolve)
while the long patterns and table look-ups live here. Everything is compiled once at import:
ingest runs the engine on thousands of passages, so no pattern may be built per call.

A *point* is a tuple ``(year,)``, ``(year, month)`` or ``(year, month, day)``; it is how a value of
year, month or day precision travels through the engine before it becomes an ISO string.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

Point = tuple[int, ...]

I = re.IGNORECASE

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_MONTH_BY_PREFIX = {name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, start=1)}
_WEEKDAY_BY_PREFIX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "couple of": 2, "a few": 3, "few": 3,
}


def month_number(token: str) -> int:
    """Month number from any spelling the grammar accepts ("Sept.", "february", "JUN")."""
    return _MONTH_BY_PREFIX[token.strip(". ").lower()[:3]]


def weekday_number(token: str) -> int:
    """Monday=0 weekday number from a full or abbreviated name."""
    return _WEEKDAY_BY_PREFIX[token.strip(". ,").lower()[:3]]


def number_value(token: str) -> int:
    """Digits or an English count word ("a couple of" is 2) as an int."""
    token = re.sub(r"\s+", " ", token.strip().lower())
    return int(token) if token.isdigit() else NUMBER_WORDS[token]


def is_lowercase_may(token: str) -> bool:
    """"may" in lower case is nearly always the verb, so it only counts beside a year."""
    return token.strip(".") == "may"


# ---------------------------------------------------------------------------------------------
# Pattern fragments
# ---------------------------------------------------------------------------------------------

_HS = r"[ \t\u00a0]"
# One or more blanks with at most one line break: PDF text wraps "14 February\n2021".
SP = rf"(?:{_HS}+(?:\r?\n{_HS}*)?|\r?\n{_HS}*)"
OSP = rf"(?:{_HS}*(?:\r?\n)?{_HS}*)"
DASH = r"(?:-|–|—|‒)"
_MONTH_ALT = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_FULL_MONTH_ALT = "|".join(MONTH_NAMES)
_WD_ALT = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?"
)
_FULL_WD_ALT = "|".join(WEEKDAY_NAMES)
_NUM_ALT = r"\d{1,3}|a\s+couple\s+of|couple\s+of|a\s+few|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_UNIT_ALT = r"days?|weeks?|fortnights?|months?|years?"


def month(group: str) -> str:
    """A month name or abbreviation in a named group, with an optional full stop ("Sept.")."""
    return rf"(?P<{group}>{_MONTH_ALT})\b(?:(?<=\b[a-z]{{3}})(?<!may)\.|(?<=\bsept)\.)?"


def day(group: str) -> str:
    """A day of the month 1-31, optionally ordinal ("3rd"), not part of a longer number."""
    return rf"(?<![\d£$.,:/])(?P<{group}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"


def year4(group: str) -> str:
    """A four-digit year this century or last; other four-digit numbers are not years here."""
    return rf"(?P<{group}>(?:19|20)\d{{2}})(?!\d)"


# A two-digit year after a written month only counts where nothing word-like follows ("14 Mar 23"
# at the end of a line or before a time), so "on 3 March 14 children" is not 2014.
_Y2_AFTER_MONTH = (
    r"(?:['’](?P<y2a>\d{2})(?!\d)"
    r"|(?P<y2>\d{2})(?=[ \t]*(?:$|[,.;:)\]\n]|at\b|@|\d{1,2}[:.]\d{2}|\d{1,2}[ \t]*[ap]\.?m\b)))"
)

# ---------------------------------------------------------------------------------------------
# Stage 1: atomic expressions
# ---------------------------------------------------------------------------------------------

NUMERIC = re.compile(
    rf"(?=\d)(?<![\w.\-])(?P<a>\d{{1,2}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)"
    r"(?P<y>(?:19|20)\d{2}|\d{2})(?!\d)",
)
ISO = re.compile(
    r"(?=[12])(?<![\w/.\-])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d])"
)
NUMERIC_MONTH_YEAR = re.compile(r"(?=\d)(?<![\w/.\-])(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d{2})(?![\w/])")
DAY_MONTH_YEAR = re.compile(
    rf"(?=\d){day('d')}(?:{SP}of)?(?:{SP}|{_HS}*[-/.]{_HS}*){month('mon')}"
    rf"(?:,?(?:{SP}|{_HS}*[-/]{_HS}*)(?:{year4('y')}|{_Y2_AFTER_MONTH}))?",
    I | re.M,
)
MONTH_DAY_YEAR = re.compile(
    rf"(?=[adfjmnos])\b{month('mon')}{SP}(?:the{SP})?{day('d')}(?:,?{SP}{year4('y')})?",
    I,
)
MONTH_YEAR = re.compile(
    rf"(?=[adfjmnos])\b{month('mon')}(?:(?:{SP}of)?,?{SP}{year4('y')}|(?:{_HS}*[-/]{_HS}*['’]?|{SP}['’])(?P<y2>\d{{2}})(?![\d:.]))",
    I,
)
# "in March" with no year: only after a word that makes the month a time ("in", "since", "last").
MONTH_ALONE = re.compile(
    rf"(?=[idsutbfaolnem])\b(?P<ctx>in|during|since|until|till|by|from|before|after|throughout|of|last|next|this"
    rf"|early|mid|late|end\s+of|start\s+of|beginning\s+of|middle\s+of)[\s\-]+(?P<mon>{_FULL_MONTH_ALT})\b",
    I,
)
YEAR_CONTEXT = re.compile(
    r"(?=[idsfutbaoelmcy])\b(?P<ctx>in|during|since|from|until|till|throughout|before|after|by|of|between|early|mid|late"
    r"|around|about|circa|approximately|c\.|year)[\s\-]+(?:the\s+year\s+)?"
    rf"{year4('y')}(?:/(?P<y2>\d{{2}})(?!\d))?(?![/\-–.,]\d)(?!\s*(?:%|per\b|pounds))",
    I,
)
YEAR_RANGE = re.compile(
    rf"(?=[bf12])(?:\b(?P<kw>between|from)\s+)?{year4('y1')}\s*(?P<conn>{DASH}|to|and|until|till)\s*"
    r"(?P<y2>(?:19|20)\d{2}|\d{2})(?![\d/.\-])",
    I,
)
SEASON = re.compile(
    r"(?=[ltnofmasw])\b(?:(?P<mod>last|this|next|the\s+coming)\s+)?"
    r"(?P<key>(?:october|february|may|autumn|spring|summer)\s+half[\s\-]?term(?:\s+holidays?)?"
    r"|(?:autumn|spring|summer)\s+terms?|summer\s+(?:holidays?|break)|spring|summer|autumn|fall|winter)"
    rf"(?:\s+(?:of\s+)?{year4('y')}(?:/(?P<y2>\d{{2}})(?!\d))?)?\b",
    I,
)
HOLIDAY = re.compile(
    r"(?=[ltncbegh])\b(?:(?P<mod>last|this|next)\s+)?"
    r"(?P<key>christmas\s+(?:day|eve)|christmas(?:\s+(?:holidays?|break|period))?|boxing\s+day"
    r"|new\s+year['’]?s?\s+(?:day|eve)|easter\s+(?:sunday|monday)|good\s+friday"
    r"|easter(?:\s+(?:holidays?|break|weekend))?|bonfire\s+night|hallowe[e']?n)"
    rf"(?:\s+(?:of\s+)?{year4('y')})?\b",
    I,
)
REL_DAYWORD = re.compile(
    r"(?=[elty])\b(?:(?P<pre>earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
    r"|today|yesterday|tomorrow|tonight)(?:\s+(?P<tod>morning|afternoon|evening|night|lunchtime))?\b",
    I,
)
REL_TIME_OF_DAY = re.compile(
    r"(?=[elt])\b(?P<w>(?:earlier\s+|later\s+)?this|last)\s+(?P<tod>morning|afternoon|evening|night|lunchtime)\b",
    I,
)
REL_WEEKDAY = re.compile(
    rf"(?=[lntmwfs])\b(?:(?P<mod>last|next|this|this\s+coming|the\s+coming|the\s+following|the\s+previous|the\s+past)\s+)?"
    rf"(?P<wd>{_FULL_WD_ALT})\b(?:\s+(?P<tod>morning|afternoon|evening|night|lunchtime))?"
    rf"(?!,?\s*(?:the\s+)?\d|,?\s*(?:{_MONTH_ALT})\b)",
    I,
)
REL_PERIOD = re.compile(
    r"(?=[lnte])(?<!\bthe\s)\b(?P<mod>last|next|this|(?:earlier|later)\s+this|the\s+following|the\s+previous|the\s+coming)"
    r"\s+(?P<u>week|weekend|month|year)\b",
    I,
)
REL_AGO = re.compile(
    rf"(?=[\dacfotsen])\b(?P<n>{_NUM_ALT})\s+(?P<u>{_UNIT_ALT})\s+(?P<dir>ago|earlier|later|previously|prior)\b",
    I,
)
REL_IN = re.compile(rf"(?=i)\bin\s+(?P<n>{_NUM_ALT})\s+(?P<u>{_UNIT_ALT})(?:['’]s?|s['’])?\s+time\b", I)
REL_SEQ = re.compile(
    r"(?=[tfnpsle])\b(?:(?:the\s+)?(?P<w>following|next|previous|same)\s+(?P<u>day|morning|afternoon|evening|night)"
    r"|the\s+day\s+(?P<ba>before|after)(?=\s*[,.;:)]|\s+(?:she|he|they|we|I|mum|dad|it)\b)"
    r"|(?P<lt>later|earlier)\s+that\s+(?:day|morning|afternoon|evening|night)"
    r"|that\s+(?P<tod>morning|afternoon|evening|night))\b",
    I,
)

# Spans that look numeric but are never dates; a candidate touching one is dropped.
NOT_DATES = re.compile(
    r"(?=[+\d£$€A-Z])(?:\+44\s?\(?0?\)?\s?\d{2,4}|\b0\d{2,4})[\s\-]?\d{3,4}[\s\-]?\d{3,4}\b"  # UK phone numbers
    r"|\b\d{3}[ \-]\d{3}[ \-]\d{4}\b"  # NHS numbers
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"  # postcodes
    r"|[£$€]\s?\d[\d,]*(?:\.\d+)?"  # money
)

WEEKDAY_BEFORE = re.compile(rf"\b(?P<wd>{_WD_ALT})\b\.?,?{SP}(?:the{SP})?\Z", I)

# ---------------------------------------------------------------------------------------------
# Stage 2: words that extend an atomic expression
# ---------------------------------------------------------------------------------------------

_RANGE_CONN = rf"(?P<conn>{DASH}|to|until|till|and|through|thru)"
BARE_DAY_BEFORE = re.compile(
    rf"(?:\b(?P<kw>between|from)\s+)?(?:the\s+)?(?<![\d/.])(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    rf"{OSP}{_RANGE_CONN}{OSP}(?:the{SP})?\Z",
    I,
)
BARE_MONTH_BEFORE = re.compile(
    rf"(?:\b(?P<kw>between|from)\s+)?\b(?P<mon>{_MONTH_ALT})\b\.?{OSP}{_RANGE_CONN}{OSP}\Z",
    I,
)
RANGE_GAP = re.compile(rf"\A{OSP}{_RANGE_CONN}{OSP}(?:the{SP})?\Z", I)
RANGE_KEYWORD_BEFORE = re.compile(r"\b(?P<kw>between|from)\s+(?:the\s+)?\Z", I)
WEEK_COMMENCING_BEFORE = re.compile(
    r"(?:\bw/[cb]\.?|\bw\.[cb]\.|\bwc\b|\bweek\s+(?:commencing|beginning|starting)(?:\s+on)?|\b(?:the\s+)?week\s+of)"
    rf"{OSP}:?{OSP}\Z",
    I,
)
APPROX_BEFORE = re.compile(
    r"(?:\b(?:around|about|approximately|approx\.?|circa|roughly|some\s*time\s+(?:in|around)"
    r"|on\s+or\s+(?:about|around)|in\s+or\s+around|at\s+or\s+around)|(?<!\w)(?:c|ca)\.)\s*\Z",
    I,
)
PART_BEFORE = re.compile(
    r"\b(?P<part>early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)(?:\s*-\s*|\s+)(?:in\s+)?\Z",
    I,
)
TIME = (
    r"(?<![\d:.])(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap])\.?m\b\.?"
    r"|(?P<h2>[01]?\d|2[0-3])[:.](?P<mi2>[0-5]\d)(?!\d|\.\d)(?:\s*(?:hrs|hours|h)\b)?"
    r"|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)\s*(?:hrs|hours|h)\b"
    r"|(?P<noon>noon|midday|midnight)\b)"
)
TIME_AFTER = re.compile(rf"\A(?:{_HS}*,)?(?:{_HS}*(?:at|@|from|between|-|–)|T|,)?{_HS}*{TIME}", I)
TIME_BEFORE = re.compile(rf"{TIME}{_HS}*(?:on|,)?{_HS}*\Z", I)
# Section and paragraph numbers ("para 3.4.12") look like dotted dates.
SECTION_BEFORE = re.compile(
    r"\b(?:section|sections|s|para|paragraph|paras|clause|rule|reg|regulation|page|p|pp|figure|fig|table"
    r"|appendix|chapter|version|v|no)\.?\s*\Z",
    I,
)

# ---------------------------------------------------------------------------------------------
# Stage 3: context that decides the kind
# ---------------------------------------------------------------------------------------------

REF_LABEL_BEFORE = re.compile(
    r"(?:\bref(?:erence)?|\bcrime\s+(?:ref|no|number)|\b(?:case|claim|incident|log|serial|file|court)\s+"
    r"(?:no|number|ref)|\bURN|\bour\s+ref|\byour\s+ref)\.?\s*(?:no\.?|number)?\s*[:#.\-]?\s*\Z",
    I,
)
PRINT_LABEL_BEFORE = re.compile(
    r"(?:(?:\bprinted|\bprint\s+date|\bdate\s+printed|\bdate\s+of\s+print|\bgenerated|\bexported|\bdownloaded"
    r"|\breport\s+(?:run|date))(?:\s+(?:on|at|date))?(?:\s+by\s+[\w .'-]{1,40}?\s+on)?\s*[:\-–]?"
    r"|(?:\bcreated|\bproduced|\blast\s+(?:updated|modified|saved)|\bdate\s+(?:created|modified))(?:\s+on)?\s*:)\s*\Z",
    I,
)
PAGE_FOOTER = re.compile(r"\bpage\s+\d+\s+of\s+\d+\b", I)
DOB_LABEL_BEFORE = re.compile(
    r"(?:\bD\.?\s?O\.?\s?B\b\.?|\bdate\s+of\s+birth|\bbirth\s*date|\bd/o/b|(?<!\bwas\s)(?<!\bwere\s)\bborn(?:\s+on)?)"
    r"\s*(?:is|was|:|-|–|=)?\s*\Z",
    I,
)
BIRTH_EVENT = re.compile(r"\b(?:was|were|been)\s+(?:\w+\s+){0,2}?born\b|\bgave\s+birth\b|\bbirth\s+of\b", I)

# Nearest-marker tense detection. Plan phrases are listed first so that at one position the plan
# reading wins ("is to be held" is a plan although "held" is a past participle).
_PLAN_ALTS = (
    r"(?:is|are|was|were|be)\s+due|due\s+(?:on|by|for|in)|due\s+to\s+(?:be|take|start|attend|return|happen)"
    r"|(?:is|are|was|were)\s+to|to\s+be\s+\w+|be\s+\w+ed|be\s+(?:held|seen|heard|made|given|taken|sent|met|done)"
    r"|will|shall|won['’]t|would|['’]ll|going\s+to|scheduled|planned|booked|arranged|listed|adjourned"
    r"|re-?arranged|set\s+for|fixed\s+for|next|upcoming|forthcoming|intends?|plans?\s+to|expected|deadline"
    r"|no\s+later\s+than|must|should|needs?\s+to|to\s+take\s+place|to\s+attend|tomorrow"
)
_PAST_ALTS = (
    r"was|were|had|did|has\s+been|have\s+been|took\s+place|attended|happened|occurred|said|told|went|came"
    r"|saw|seen|met|held|rang|made|gave|took|left|found|became|began|brought|spoke|wrote|sent|heard|felt|knew"
    r"|thought|ran|hit|fell|kept|lost|paid|sat|stood|slept|woke|got|yesterday|ago|since|\w{3,}ed"
)
TENSE_MARKER = re.compile(rf"\b(?:(?P<plan>{_PLAN_ALTS})|(?P<past>{_PAST_ALTS}))\b", I)
DEADLINE_BEFORE = re.compile(r"\b(?:by|before|no\s+later\s+than|deadline\s+(?:of|is)?)\s*:?\s*\Z", I)
PRESENT_ON_BEFORE = re.compile(r"\b(?:is|are)\s+(?:on|for)\s*\Z", I)
# Where a clause starts or stops: the tense of one clause says nothing about another's date.
CLAUSE_BREAK = re.compile(r"[,;:()\[\]–—]|\s-\s|\b(?:that|but|and|because|although|whereas|while|so)\b", I)
SENTENCE_BREAK = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bno)(?<!\bc)[.!?](?=\s|$)|\n\s*\n|\n\s*[-•*▪]",
    I,
)

# ---------------------------------------------------------------------------------------------
# Calendar helpers
# ---------------------------------------------------------------------------------------------


def days_in_month(year: int, month_no: int) -> int:
    return calendar.monthrange(year, month_no)[1]


def impossible_reason(year: int, month_no: int, day_no: int) -> str | None:
    """Why (year, month, day) is not a calendar date, in words a social worker can act on; None if it is."""
    if not 1 <= month_no <= 12:
        return f"there is no month {month_no}"
    if day_no < 1:
        return f"there is no day {day_no}"
    last = days_in_month(year, month_no)
    if day_no <= last:
        return None
    name = MONTH_NAMES[month_no - 1]
    if month_no == 2:
        return f"February has {last} days in {year}"
    return f"{name} has {last} days"


def expand_year(two_digits: int, anchor: dt.date | None) -> int:
    """A two-digit year read as the nearest sensible century: never more than 20 years after the
    anchor (so a parent's "12/06/85" is 1985); with no anchor, 00-49 is 20xx and 50-99 is 19xx."""
    if anchor is None:
        return 2000 + two_digits if two_digits < 50 else 1900 + two_digits
    return 2000 + two_digits if 2000 + two_digits <= anchor.year + 20 else 1900 + two_digits


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous algorithm); Easter and its holidays move every year."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month_no, day_no = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month_no, day_no + 1)


def point_of(day_value: dt.date) -> Point:
    return (day_value.year, day_value.month, day_value.day)


def first_day(point: Point) -> dt.date:
    """The earliest calendar day a point covers (used to compare it with the anchor)."""
    return dt.date(point[0], point[1] if len(point) > 1 else 1, point[2] if len(point) > 2 else 1)


def last_day(point: Point) -> dt.date:
    """The latest calendar day a point covers."""
    if len(point) == 3:
        return dt.date(*point)
    if len(point) == 2:
        return dt.date(point[0], point[1], days_in_month(point[0], point[1]))
    return dt.date(point[0], 12, 31)


def iso(point: Point | None) -> str | None:
    if point is None:
        return None
    return "-".join([f"{point[0]:04d}"] + [f"{part:02d}" for part in point[1:]])


def add_months(point: Point, months: int) -> Point:
    """Shift a year-month point by whole months."""
    index = point[0] * 12 + (point[1] - 1) + months
    return (index // 12, index % 12 + 1)


def time_from_match(match: re.Match[str]) -> str:
    """24-hour "HH:MM" from a TIME match ("2.30pm" is 14:30, "12am" midnight, "noon" 12:00)."""
    if match.group("noon"):
        return "00:00" if match.group("noon").lower() == "midnight" else "12:00"
    if match.group("h") is not None:
        hour, minute = int(match.group("h")), int(match.group("mi") or 0)
        if hour > 12:
            return f"{hour:02d}:{minute:02d}"
        if match.group("ap").lower() == "p" and hour != 12:
            hour += 12
        elif match.group("ap").lower() == "a" and hour == 12:
            hour = 0
        return f"{hour:02d}:{minute:02d}"
    if match.group("h2") is not None:
        return f"{int(match.group('h2')):02d}:{match.group('mi2')}"
    return f"{int(match.group('h3')):02d}:{match.group('mi3')}"
