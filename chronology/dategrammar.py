"""The regular grammar and calendar arithmetic behind :mod:`chronology.dates`.

Kept apart from the engine so the engine reads as a pipeline (find, combine, classify, resolve)
while the long patterns and table look-ups live here. Everything is compiled once at import:
ingest runs the engine on thousands of passages, so no pattern may be built per call.

A *point* is a tuple ``(year,)``, ``(year, month)`` or ``(year, month, day)``; it is how a value of
year, month or day precision travels through the engine before it becomes an ISO string.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from typing import Iterable

Point = tuple[int, ...]

_CI = re.IGNORECASE  # the grammar ignores case except where a comment says otherwise

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
    """A month name or abbreviation in a named group; an abbreviation's full stop ("Sept. 2023") is
    part of it only when more of the date follows, so a sentence's own full stop never is."""
    return rf"(?P<{group}>{_MONTH_ALT})\b(?:(?:(?<=\b[a-z]{{3}})(?<!may)|(?<=\bsept))\.(?=[ \t]*[\d,'’]))?"


def day(group: str) -> str:
    """A day of the month 1-31, optionally ordinal ("3rd"), not part of a longer number."""
    return rf"(?<![\d£$.,:/])(?P<{group}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"


def year4(group: str) -> str:
    """A four-digit year this century or last; other four-digit numbers are not years here."""
    return rf"(?P<{group}>(?:19|20)\d{{2}})(?!\d)"


# A two-digit year after a written month ("14 Mar 23"). After a full month name it only counts where
# nothing word-like follows (Y2_AFTER_FULL_MONTH), so "on 3 March 14 children" is not 2014.
_Y2_AFTER_MONTH = r"(?:['’](?P<y2a>\d{2})(?!\d)|(?P<y2>\d{2})(?!\d|[:.]\d|[ \t]*[ap]\.?m\b))"
Y2_AFTER_FULL_MONTH = re.compile(r"[ \t]*(?:$|[,.;:)\]\n]|at\b|@|\d{1,2}[:.]\d{2}|\d{1,2}[ \t]*[ap]\.?m\b)", _CI | re.M)

# ---------------------------------------------------------------------------------------------
# Stage 1: atomic expressions
# ---------------------------------------------------------------------------------------------

NUMERIC = re.compile(
    rf"(?=\d)(?<![\w.])(?<![A-Za-z]-)(?P<a>\d{{1,2}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)"
    # a narrow table cell may wrap the year: "22/04/202\n4"
    r"(?P<y>(?:19|20)\d{2}|(?:1\n?9|2\n?0)\n?\d\n?\d|\d{2})(?!\d)",
)
ISO = re.compile(
    r"(?=[12])(?<![\w/.\-])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d])"
)
NUMERIC_MONTH_YEAR = re.compile(r"(?=\d)(?<![\w/.\-])(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d{2})(?![\w/])")
DAY_MONTH_YEAR = re.compile(
    rf"(?=\d){day('d')}(?:{SP}of)?(?:{SP}|{_HS}*[-/.]{_HS}*){month('mon')}"
    rf"(?:,?(?:{SP}|{_HS}*[-/]{_HS}*)(?:{year4('y')}|{_Y2_AFTER_MONTH}))?",
    _CI | re.M,
)
MONTH_DAY_YEAR = re.compile(
    rf"(?=[adfjmnos])\b{month('mon')}{SP}(?:the{SP})?{day('d')}(?:,?{SP}{year4('y')})?",
    _CI,
)
MONTH_YEAR = re.compile(
    rf"(?=[adfjmnos])\b{month('mon')}(?:(?:{SP}of)?,?{SP}{year4('y')}|(?:{_HS}*[-/]{_HS}*['’]?|{SP}['’])(?P<y2>\d{{2}})(?![\d:.]))",
    _CI,
)
# "in March" with no year: only after a word that makes the month a time ("in", "since", "last").
MONTH_ALONE = re.compile(
    rf"(?=[idsutbfaolnem])\b(?P<ctx>in|during|since|until|till|by|from|before|after|throughout|of|last|next|this"
    rf"|early|mid|late|end\s+of|start\s+of|beginning\s+of|middle\s+of)[\s\-]+(?P<mon>{_FULL_MONTH_ALT})\b",
    _CI,
)
YEAR_CONTEXT = re.compile(
    r"(?=[idsfutbaoelmcy])\b(?P<ctx>in|during|since|from|until|till|throughout|before|after|by|of|between|early|mid|late"
    r"|around|about|circa|approximately|c\.|year)[\s\-]+(?:the\s+year\s+)?"
    rf"{year4('y')}(?:/(?P<y2>\d{{2}})(?!\d))?(?![/\-–.,]\d)(?!\s*(?:%|per\b|pounds))",
    _CI,
)
YEAR_RANGE = re.compile(
    rf"(?=[bf12])(?:\b(?P<kw>between|from)\s+)?{year4('y1')}\s*(?P<conn>{DASH}|to|and|until|till)\s*"
    r"(?P<y2>(?:19|20)\d{2}|\d{2})(?![\d/\-]|\.\d)",
    _CI,
)
SEASON = re.compile(
    r"(?=[ltnofmasw])\b(?:(?P<mod>last|this|next|the\s+coming)\s+)?"
    r"(?P<key>(?:october|february|may|autumn|spring|summer)\s+half[\s\-]?term(?:\s+holidays?)?"
    r"|(?:autumn|spring|summer)\s+terms?|summer\s+(?:holidays?|break)|spring|summer|autumn|fall|winter)"
    rf"(?:\s+(?:of\s+)?{year4('y')}(?:/(?P<y2>\d{{2}})(?!\d))?)?\b",
    _CI,
)
HOLIDAY = re.compile(
    r"(?=[ltncbegh])\b(?:(?P<mod>last|this|next)\s+)?"
    r"(?P<key>christmas\s+(?:day|eve)|christmas(?:\s+(?:holidays?|break|period))?|boxing\s+day"
    r"|new\s+year['’]?s?\s+(?:day|eve)|easter\s+(?:sunday|monday)|good\s+friday"
    r"|easter(?:\s+(?:holidays?|break|weekend))?|bonfire\s+night|hallowe[e']?n)"
    rf"(?:\s+(?:of\s+)?{year4('y')})?\b",
    _CI,
)
REL_DAYWORD = re.compile(
    r"(?=[elty])\b(?:(?P<pre>earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
    r"|today|yesterday|tomorrow|tonight)(?:\s+(?P<tod>morning|afternoon|evening|night|lunchtime))?\b",
    _CI,
)
REL_TIME_OF_DAY = re.compile(
    r"(?=[elt])\b(?P<w>(?:earlier\s+|later\s+)?this|last)\s+(?P<tod>morning|afternoon|evening|night|lunchtime)\b",
    _CI,
)
REL_WEEKDAY = re.compile(
    rf"(?=[lntmwfs])\b(?:(?P<mod>last|next|this|this\s+coming|the\s+coming|the\s+following|the\s+previous|the\s+past)\s+)?"
    rf"(?P<wd>{_FULL_WD_ALT})\b(?:\s+(?P<tod>morning|afternoon|evening|night|lunchtime))?"
    rf"(?!,?\s*(?:the\s+)?\d|,?\s*(?:{_MONTH_ALT})\b)",
    _CI,
)
REL_PERIOD = re.compile(
    r"(?=[lnte])(?<!\bthe\s)\b(?P<mod>last|next|this|(?:earlier|later)\s+this|the\s+following|the\s+previous|the\s+coming)"
    r"\s+(?P<u>week|weekend|month|year)\b",
    _CI,
)
REL_AGO = re.compile(
    rf"(?=[\dacfotsen])\b(?P<n>{_NUM_ALT})\s+(?P<u>{_UNIT_ALT})\s+(?P<dir>ago|earlier|later|previously|prior)\b",
    _CI,
)
REL_IN = re.compile(rf"(?=i)\bin\s+(?P<n>{_NUM_ALT})\s+(?P<u>{_UNIT_ALT})\b(?:['’]s?|s['’])?(?P<time>\s+time\b)?", _CI)
# "on the 29th" in a note: the month comes from the note's own date. Only where no noun follows
# ("on the 3rd floor", "on the 2nd attempt" are not dates).
DAY_OF_MONTH = re.compile(
    r"(?=o)\bon\s+the\s+(?P<tok>(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
    r"(?=[ \t]*(?:$|[,.;:)\n])|\s+(?:at|when|and|but|as|she|he|they|we|I|it|mum|dad)\b|(?-i:\s+[A-Z]))",
    _CI | re.M,
)
REL_SEQ = re.compile(
    r"(?=[tfnpsle])\b(?:(?:the\s+)?(?P<w>following|next|previous|same)\s+(?P<u>day|morning|afternoon|evening|night)"
    r"|the\s+day\s+(?P<ba>before|after)(?=\s*[,.;:)]|\s+(?:she|he|they|we|I|mum|dad|it)\b)"
    r"|(?P<lt>later|earlier)\s+that\s+(?:day|morning|afternoon|evening|night)"
    r"|that\s+(?P<tod>morning|afternoon|evening|night))\b",
    _CI,
)

WEEKDAY_BEFORE = re.compile(rf"(?=[mtwfs])\b(?P<wd>{_WD_ALT})\b\.?,?{SP}(?:the{SP})?\Z", _CI)

# ---------------------------------------------------------------------------------------------
# Stage 2: words that extend an atomic expression
# ---------------------------------------------------------------------------------------------

_RANGE_CONN = rf"(?P<conn>{DASH}|to|until|till|and|through|thru)"
BARE_DAY_BEFORE = re.compile(
    rf"(?=[bft\d])(?:\b(?P<kw>between|from)\s+)?(?:the\s+)?(?<![\d/.])(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    rf"{OSP}{_RANGE_CONN}{OSP}(?:the{SP})?\Z",
    _CI,
)
BARE_MONTH_BEFORE = re.compile(
    rf"(?=[bfjmasond])(?:\b(?P<kw>between|from)\s+)?\b(?P<mon>{_MONTH_ALT})\b\.?{OSP}{_RANGE_CONN}{OSP}\Z",
    _CI,
)
LIST_DAY_BEFORE = re.compile(
    rf"(?=\d)(?<![\d/.£$])(?P<tok>(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?){OSP}(?:,{OSP}and|,|and|&){OSP}(?:the{SP})?\Z",
    _CI,
)
WEEKDAY_LIST_BEFORE = re.compile(
    rf"(?=[mtwfs])\b(?:{_FULL_WD_ALT})(?:\s+(?:morning|afternoon|evening|night))?\s*(?:,\s*and|,|and|or|&)\s+\Z", _CI
)
RANGE_GAP = re.compile(rf"\A{OSP}{_RANGE_CONN}{OSP}(?:the{SP})?\Z", _CI)
RANGE_KEYWORD_BEFORE = re.compile(r"(?=[bf])\b(?P<kw>between|from)\s+(?:the\s+)?\Z", _CI)
WEEK_COMMENCING_BEFORE = re.compile(
    r"(?=[wt])(?:\bw/[cb]\.?|\bw\.[cb]\.|\bwc\b|\bweek\s+(?:commencing|beginning|starting)(?:\s+on)?|\b(?:the\s+)?week\s+of)"
    rf"{OSP}:?{OSP}\Z",
    _CI,
)
APPROX_BEFORE = re.compile(
    r"(?=[aocrsi])(?:\b(?:around|about|approximately|approx\.?|circa|roughly|some\s*time\s+(?:in|around)"
    r"|on\s+or\s+(?:about|around)|in\s+or\s+around|at\s+or\s+around)|(?<!\w)(?:c|ca)\.)\s*\Z",
    _CI,
)
APPROX_START = re.compile(r"(?:about|of|over)\b", _CI)  # a mention that took the "about" of "talked about" in
PART_BEFORE = re.compile(
    r"(?=[emltbs])\b(?P<part>early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)(?:\s*-\s*|\s+)(?:in\s+)?\Z",
    _CI,
)
TIME = (
    r"(?<![\d:.])(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap])(?:m\b|\.m\.)"
    r"|(?P<h2>[01]?\d|2[0-3])[:.](?P<mi2>[0-5]\d)(?!\d|\.\d)(?:\s*(?:hrs|hours|h)\b)?"
    r"|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)\s*(?:hrs|hours|h)\b"
    r"|(?P<noon>noon|midday|midnight)\b)"
)
TIME_AFTER = re.compile(rf"\A(?:{_HS}*,)?(?:{_HS}*(?:at|@|from|between|-|–|time\s*:)|T|,)?{_HS}*{TIME}", _CI)
TIME_BEFORE = re.compile(rf"(?=[\dnm]){TIME}{_HS}*(?:on|,)?{_HS}*\Z", _CI)
# Section and paragraph numbers ("para 3.4.12") look like dotted dates.
SECTION_BEFORE = re.compile(
    r"(?=[sprcfatvn])\b(?:section|sections|s|para|paragraph|paras|clause|rule|reg|regulation|page|p|pp|figure|fig|table"
    r"|appendix|chapter|version|v|no|room)\.?\s*\Z",
    _CI,
)

# ---------------------------------------------------------------------------------------------
# Stage 3: context that decides the kind
# ---------------------------------------------------------------------------------------------

REF_LABEL_BEFORE = re.compile(
    r"(?=[rcilsfuoy])(?:\bref(?:erence)?|\bcrime\s+(?:ref|no|number)|\b(?:case|claim|incident|log|serial|file|court)\s+"
    r"(?:no|number|ref)|\bURN|\bour\s+ref|\byour\s+ref)\.?\s*(?:no\.?|number)?(?:\s+is)?\s*[:#.\-]?\s*\Z",
    _CI,
)
PRINT_LABEL_BEFORE = re.compile(
    r"(?=[pdgerlctmfnsi])(?:(?:\bprinted|\bprint\s+date|\bdate\s+printed|\bdate\s+of\s+print|\bgenerated|\bexported|\bdownloaded"
    r"|\btyped|\bdictated|\btranscribed|\blogged\s+on\s+(?:the\s+)?system"
    r"|\b(?:minutes|record|report|form|notes)\s+(?:issued|circulated|distributed|submitted|approved)"
    r"|\breport\s+(?:run|date))(?:\s+(?:on|at|date))?(?:\s+by\s+[\w .'-]{1,40}?\s+on)?\s*[:\-–]?"
    r"|(?:\bcreated|\bproduced|\brecorded|\bentered|\bsubmitted|\blogged|\bissued|\bregistered|\blast\s+(?:updated|modified|saved)"
    r"|\bdate\s+(?:created|modified|recorded|entered))(?:\s+on)?\s*:)\s*\Z",
    _CI,
)
PAGE_FOOTER = re.compile(r"\bpage\s+\d+\s+of\s+\d+\b", _CI)
DOB_LABEL_BEFORE = re.compile(
    r"(?=[db])(?:\bD\.?\s?O\.?\s?B\b\.?|\bdate\s+of\s+birth|\bbirth\s*date|\bd/o/b|(?<!\bwas\s)(?<!\bwere\s)\bborn(?:\s+on)?)"
    r"(?:\s*/\s*age)?(?:\s+(?:is|was)(?:\s+(?:given|recorded|listed|shown|noted)\s+as)?|\s*[:\-–=])?\s*\Z",
    _CI,
)
# a baby's due date is an expectation, never an event
DUE_LABEL_BEFORE = re.compile(
    r"(?=[edx])\b(?:EDD|EDC|estimated\s+date\s+of\s+(?:delivery|confinement)|expected\s+date\s+of\s+delivery|due\s+date)"
    r"(?:\s*\([^)\n]{0,30}\))?\s*(?:is|was|of)?\s*[:\-–=]?\s*\Z", _CI)
# the date a meeting was moved away from never happened
MOVED_FROM_BEFORE = re.compile(
    r"(?=[mrpbcadoi])\b(?:(?:moved|rescheduled|postponed|put\s+back|brought\s+forward|re-?arranged|re-?booked|adjourned|"
    r"deferred|changed)\s+from|originally\s+(?:booked|planned|set|arranged|listed|due)\s+for|instead\s+of)\s*\Z", _CI)
# an action list's "Day team to convene a strategy discussion on Monday": who, then "to" and what they will do
ACTION_BEFORE = re.compile(
    r"^\s*(?P<who>(?:[\w'\u2019&/-]+\s+){0,2}?(?:team|sw|social\s+worker|worker|mum|mother|dad|father|carers?|police|"
    r"officers?|hv|health\s+visitor|gp|school|nursery|parents?|manager|iro|chair|edt|dsl|midwife|solicitor|legal|"
    r"guardian|he|she|they|we)\s+)to\s+(?!(?:the|a|an|his|her|their|my|our|its|this|that|school|hospital|nursery|court|"
    r"work|bed|church|town|hers|him|them|me|us)\b)(?-i:[a-z]{3,})\b", _CI)
# "Jack Stanton (03/08/2012)": a name with a bracketed date is how records give a date of birth.
NAME_BRACKET_BEFORE = re.compile(r"\b[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)+\s*\(\s*\Z")
BIRTH_EVENT = re.compile(r"(?=[wbg])\b(?:was|were|been)\s+(?:\w+\s+){0,2}?born\b|\bgave\s+birth\b|\bbirth\s+of\b", _CI)

# Nearest-marker tense detection. Plan phrases are listed first so that at one position the plan
# reading wins ("is to be held" is a plan although "held" is a past participle).
_PLAN_ALTS = (
    r"(?:is|are|was|were|be)\s+due|due\s+(?:on|by|for|in)|due\s+to\s+(?:be|take|start|attend|return|happen)"
    r"|(?:is|are|was|were)\s+to|to\s+be\s+\w+|be\s+\w+ed|be\s+(?:held|seen|heard|made|given|taken|sent|met|done)"
    r"|(?:agreed|decided|arranged|asked|invited|requested|offered)\s+to|wants?|would\s+like|(?:hope|aim)s?\s+to|will|shall|won['’]t|would|['’]ll|going\s+to|scheduled|planned|booked|arranged|listed|adjourned"
    r"|re-?arranged|re-?booked|set\s+for|fixed\s+for|next|upcoming|forthcoming|intends?|plans?\s+to|expected|deadline"
    r"|no\s+later\s+than|must|should|needs?\s+to|to\s+take\s+place|to\s+attend|tomorrow"
)
_PAST_ALTS = (
    r"was|were|had|did|has\s+been|have\s+been|took\s+place|attended|happened|occurred|said|told|went|came"
    r"|saw|seen|met|held|rang|made|gave|took|left|found|became|began|brought|spoke|wrote|sent|heard|felt|knew"
    r"|thought|ran|hit|fell|kept|lost|paid|sat|stood|slept|woke|got|yesterday|ago|since|\w{3,}ed"
)
TENSE_MARKER = re.compile(rf"\b(?:(?P<plan>{_PLAN_ALTS})|(?P<past>{_PAST_ALTS}))\b", _CI)
# "Core group 1 - 14/02/2023", "Session 3 - 12/03/2024": a number that counts, not a range's first day
COUNTED_BEFORE = re.compile(
    r"\b(?:group|visit|note|session|meeting|stage|step|week|part|page|item|no\.?|number|entry|record|contact|"
    r"review|conference|episode|incident|appendix|section|para(?:graph)?|level|year|class|room|flat|house|day)\s*\Z", _CI)
# "the rearranged appointment", "her booked review": a participle used as an adjective says no tense
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|this|that|our|my|your)\s+\Z", _CI)
DEADLINE_BEFORE = re.compile(r"(?=[bnd])\b(?:by|before|no\s+later\s+than|deadline\s+(?:of|is)?)\s*:?\s*\Z", _CI)
# "has felt low since the autumn", "relapse since Easter": a state's start, told as background to the
# statement (which is the record's own occasion), never an event of its own
SINCE_BEFORE = re.compile(r"(?=[se])\b(?:ever\s+)?since(?:\s+(?:the|last|early|mid|late|about|around|start\s+of))*\s*\Z", _CI)
# ... except where someone lives or is held: "living with her grandparents since September 2021" is the move
RESIDENCE = re.compile(r"\b(?:liv(?:e|es|ed|ing)|stay(?:s|ed|ing)?|cared\s+for|prison|custody|in\s+care|placed|"
                       r"placement|resid(?:e|es|ed|ent|ing)|moved|looked\s+after|fostered|remanded|detained)\b", _CI)
PRESENT_ON_BEFORE = re.compile(r"(?=[ia])\b(?:is|are)\s+(?:on|for)\s*\Z", _CI)
# Where a clause starts or stops: the tense of one clause says nothing about another's date.
CLAUSE_BREAK = re.compile(r"[,;:()\[\]–—]|\s-\s|\b(?:that|but|and|because|although|whereas|while|so)\b", _CI)
SENTENCE_BREAK = re.compile(
    r"[.!?](?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bno.)(?<!\bc.)(?=\s|$)|\n[ \t]*\n|\n[ \t]*[-•*▪]",
    _CI,
)

# Small context patterns used while finding and combining.
REF_AFTER = re.compile(r"/\w|-[A-Za-z]|(?!T\d)[A-Za-z]")  # "12/04/2021/XYZ", "12-04-2021-PS"; not "…T14:30"
REF_BEFORE = re.compile(r"\w/\Z|[A-Za-z]-\Z|[A-Za-z]\Z")  # "XYZ/12/04/2021"
DAY_JUST_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+\Z")  # "3 March 14": the 14 is not a day
WEEKDAY_LEAD = re.compile(r"\b(?:on|since|until|till|by|from|before|after|over|that)\s+\Z", _CI)
LISTED = re.compile(r"\s*(?:,\s*and|,|and|or|&)\s*\Z", _CI)  # "on Thursday and Friday" share one verb


def touches_reference(text: str, start: int, end: int) -> bool:
    """"Ref: 12/04/2021/XYZ" and "XYZ/12/04/2021": a date-shaped piece of a longer code."""
    after, before = text[end:end + 2], text[max(0, start - 2):start]
    return bool(REF_AFTER.match(after) or REF_BEFORE.search(before))


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
    shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * shift) // 451
    month_no, day_no = divmod(h + shift - 7 * m + 114, 31)
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


def not_real(text: str, reason: str) -> str:
    """The error message for an impossible date, quoting it as written."""
    return f"{' '.join(text.split())} is not a real date ({reason})"


def spoken(parts: tuple[int | None, int | None, int | None]) -> str:
    """Parts as words ("31 April 2023") for an error about a date assembled from a range or list."""
    year, month_no, day_no = parts
    words = [str(day_no) if day_no else "", MONTH_NAMES[month_no - 1] if month_no and 1 <= month_no <= 12 else "",
             str(year) if year else ""]
    return " ".join(w for w in words if w)


# ---------------------------------------------------------------------------------------------
# Seasons, school terms and holidays
# ---------------------------------------------------------------------------------------------


YEARLESS_CONTEXT = re.compile(
    r"\b(?:in|during|over|since|before|after|until|till|by|throughout|through|at|around|for|on|from|of|about)"
    r"(?:\s+the)?\s+\Z",
    _CI,
)


def season_key(raw: str) -> str:
    """One spelling per season, term or holiday ("Summer Holiday", "summer break" -> "summer holidays")."""
    key = re.sub(r"[\s\-]+", " ", raw.lower())
    key = re.sub(r"\bterms\b", "term", key)
    key = re.sub(r"\b(?:holiday|holidays|break|period|weekend)\b", "holidays", key)
    key = key.replace("half term holidays", "half term").replace("halfterm", "half term")
    return key.replace("fall", "autumn").replace("’", "'")


SEASONS_TABLE: dict[str, tuple[tuple[int, int], tuple[int, int], str]] = {
    "spring": ((0, 3), (0, 5), "season"),
    "summer": ((0, 6), (0, 8), "season"),
    "autumn": ((0, 9), (0, 11), "season"),
    "winter": ((0, 12), (1, 2), "season"),
    "autumn term": ((0, 9), (0, 12), "season"),
    "spring term": ((0, 1), (0, 3), "season"),
    "summer term": ((0, 4), (0, 7), "season"),
    "summer holidays": ((0, 7), (0, 8), "season"),
}
HALF_TERMS = {"october": 10, "autumn": 10, "february": 2, "spring": 2, "may": 5, "summer": 5}
FIXED_DAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new years day": (1, 1), "new year day": (1, 1),
    "new year's eve": (12, 31), "new years eve": (12, 31), "new year eve": (12, 31),
    "bonfire night": (11, 5), "halloween": (10, 31), "hallowe'en": (10, 31), "hallowen": (10, 31),
}
EASTER_OFFSETS = {"easter sunday": 0, "easter monday": 1, "good friday": -2}


def season_bounds(key: str, year: int) -> tuple[Point, Point | None, str]:
    """(start, end, precision) of a named season, term or holiday in a given year."""
    if key in SEASONS_TABLE:
        (dy0, m0), (dy1, m1), precision = SEASONS_TABLE[key]
        return (year + dy0, m0), (year + dy1, m1), precision
    if key.endswith("half term"):
        return (year, HALF_TERMS[key.split()[0]]), None, "approximate"
    if key in FIXED_DAYS:
        return (year, *FIXED_DAYS[key]), None, "day"
    if key in EASTER_OFFSETS:
        return point_of(easter_sunday(year) + dt.timedelta(days=EASTER_OFFSETS[key])), None, "day"
    if key.startswith("easter"):
        return point_of(easter_sunday(year)), None, "approximate"
    return (year, 12, 25), None, "approximate"  # Christmas and its holidays


# ---------------------------------------------------------------------------------------------
# Which occurrence a year-less or relative date means
# ---------------------------------------------------------------------------------------------


def choose(intervals: list[tuple[int, dt.date, dt.date]], anchor: dt.date, kind: str | None) -> int:
    """Which year a year-less date means: the latest not after the anchor for an event, the first
    not before it for a plan, otherwise the nearest."""
    if kind in {"event", "birth", "distractor"}:
        past = [y for y, lo, _ in intervals if lo <= anchor]
        if past:
            return max(past)
    if kind == "plan":
        future = [y for y, _, hi in intervals if hi >= anchor]
        if future:
            return min(future)

    def distance(item: tuple[int, dt.date, dt.date]) -> int:
        _, lo, hi = item
        return 0 if lo <= anchor <= hi else min(abs((lo - anchor).days), abs((hi - anchor).days))

    return min(intervals, key=distance)[0]


def pick_with_mod(intervals: list[tuple[int, dt.date, dt.date]], anchor: dt.date, kind: str | None,
                  mod: str | None) -> int:
    """"last summer", "next March", "this Christmas" before falling back to the kind."""
    if mod == "last":
        before = [y for y, _, hi in intervals if hi < anchor]
        if before:
            return max(before)
    if mod == "next":
        after = [y for y, lo, _ in intervals if lo > anchor]
        if after:
            return min(after)
    if mod == "this":
        for y, lo, hi in intervals:
            if lo <= anchor <= hi:
                return y
        return min((y for y, _, hi in intervals if hi >= anchor), default=intervals[-1][0])
    return choose(intervals, anchor, kind)


def weekday_near(base: dt.date, weekday: int, mode: str, kind: str | None) -> dt.date:
    """"last Friday" is strictly before the base; "next Friday" strictly after; "this Friday" in the
    base's Monday-Sunday week; a plain "on Friday" is the latest on or before the base for an event
    and the first after it for a plan."""
    back = (base.weekday() - weekday) % 7
    ahead = (weekday - base.weekday()) % 7
    if mode == "this":
        return base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=weekday)
    if mode == "next" or (mode == "on" and kind == "plan"):
        return base + dt.timedelta(days=ahead or 7)
    if mode == "last":
        return base - dt.timedelta(days=back or 7)
    return base - dt.timedelta(days=back)


def part_of(point: Point, part: str, edge: int) -> Point:
    """First (edge 0) or last (edge 1) point of the early, mid or late third of a month or year."""
    index = ("early", "mid", "late").index(part)
    if len(point) == 2:
        bounds = ((1, 10), (11, 20), (21, days_in_month(*point)))[index]
        return (*point, bounds[edge])
    return (point[0], ((1, 4), (5, 8), (9, 12))[index][edge])


# ---------------------------------------------------------------------------------------------
# Stage 3: deciding the kind from the words around a mention
# ---------------------------------------------------------------------------------------------


def mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The passage with every mention blanked, so one date's words never colour another's."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def sentence_breaks(masked: str) -> list[tuple[int, int]]:
    """Every sentence break, found once per passage (each mention then looks its sentence up)."""
    return [m.span() for m in SENTENCE_BREAK.finditer(masked)]


def footer_starts(masked: str) -> list[int]:
    """Where "Page N of M" lines are; found once per passage, not once per mention."""
    return [m.start() for m in PAGE_FOOTER.finditer(masked)] if "page" in masked.lower() else []


def sentence_bounds(breaks: list[tuple[int, int]], start: int, end: int, size: int) -> tuple[int, int]:
    """The sentence around a mention, at most 200 characters either side."""
    lo, hi = max(0, start - 200), min(size, end + 200)
    index = bisect.bisect_left(breaks, (start, 0))
    if index and breaks[index - 1][1] > lo:
        lo = breaks[index - 1][1]
    later = bisect.bisect_left(breaks, (end, 0))
    if later < len(breaks) and breaks[later][0] < hi:
        hi = breaks[later][0]
    return lo, hi


def tense(segment: str, last: bool) -> str | None:
    """"plan" or "event" from the nearest tense marker (the last one before, the first one after)."""
    markers = [m for m in TENSE_MARKER.finditer(segment) if not (
        m.group("plan") and m.group(0).lower().endswith("ed") and DETERMINER_BEFORE.search(segment, 0, m.start()))]
    if not markers:
        return None
    chosen = markers[-1] if last else markers[0]
    if not last and _DECIDED_TO.fullmatch(chosen.group(0)):
        return "event"  # "a meeting on 5 December agreed to enter pre-proceedings": the deciding was that day
    return "plan" if chosen.group("plan") else "event"


# "We talked about Friday night", "she spoke of last weekend": the day is what was talked about, a
# note's topic; the talking is the note's own event, and its account goes on past these words
TOPIC_BEFORE = re.compile(
    r"(?=[tsacdwkhre])\b(?:talk(?:ed|s|ing)?|spoke|speak(?:s|ing)?|ask(?:ed|s)?|chat(?:ted|s)?|discuss(?:ed|es|ing)?|"
    r"thought|think(?:s|ing)?|worr(?:y|ied|ies)|knew|know(?:s)?|heard|reflect(?:ed|s)?|wrote|remember(?:ed|s)?)"
    r"(?:\s+(?:with|to)\s+(?:me|us|her|him|them|staff|SW))?\s+(?:about|of|over)?\s*\Z", _CI)
_DECIDED_TO = re.compile(r"(?:agreed|decided|arranged|asked|invited|requested|offered)\s+to", _CI)


def classify(masked: str, breaks: list[tuple[int, int]], footers: list[int], start: int, end: int,
             hint: str | None) -> tuple[str | None, bool]:
    """(kind, is a reference number) from the words around ``masked[start:end]``; the kind is None
    when the words say nothing, and the caller falls back on the anchor."""
    line_lo = masked.rfind("\n", 0, start) + 1
    line_hi = masked.find("\n", end)
    line_hi = len(masked) if line_hi < 0 else line_hi
    label_lo = line_lo
    if line_lo and not masked[line_lo:start].strip():  # a label on the line above: "DOB:\n12/06/2015"
        label_lo = masked.rfind("\n", 0, line_lo - 1) + 1
    line_before = masked[max(label_lo, start - 80):start]
    if REF_LABEL_BEFORE.search(line_before):
        return "distractor", True
    if any(line_lo <= f < line_hi for f in footers) or PRINT_LABEL_BEFORE.search(line_before):
        return "distractor", False
    lo, hi = sentence_bounds(breaks, start, end, len(masked))
    sentence_after = masked[end:hi]
    clause_before = CLAUSE_BREAK.split(masked[lo:start])[-1]
    clause_after = CLAUSE_BREAK.split(sentence_after)[0]
    if DOB_LABEL_BEFORE.search(line_before):
        return ("birth" if BIRTH_EVENT.search(clause_before) else "distractor"), False
    if DUE_LABEL_BEFORE.search(line_before) or MOVED_FROM_BEFORE.search(clause_before):
        return "plan", False  # "EDD (dating scan) 29/06/2024"; "held today, moved from 16/01/2025"
    if BIRTH_EVENT.search(clause_before):
        return "birth", False
    if SINCE_BEFORE.search(clause_before) and not RESIDENCE.search(clause_before):
        return "background", False
    if TOPIC_BEFORE.search(clause_before + (" about" if APPROX_START.match(masked, start) else "")):
        return "background", False
    if hint:
        return hint, False
    if (action := ACTION_BEFORE.match(clause_before)) and not TENSE_MARKER.search(action.group("who")):
        return "plan", False
    kind = tense(clause_before, last=True) or tense(clause_after, last=False)
    if kind:
        return kind, False
    if DEADLINE_BEFORE.search(clause_before) or PRESENT_ON_BEFORE.search(clause_before):
        return "plan", False
    return tense(sentence_after, last=False), False
