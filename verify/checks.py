"""Automatic checks on every chronology line: is it still what its sources say?

Generative drafting mistranscribes names, shifts dates and invents numbers, and a reviewer who
trusts the tool checks less. So before any person looks, each line is checked mechanically:

* **quote integrity** – each cited quote is still exactly the stored page text at its offsets;
* **source integrity** – the cited document is the current version, and the original file still
  hashes to what was ingested;
* **date** – the line's date is stated in the cited words (or correctly worked out from them);
* **names, places, numbers, ages and times** – every one in the line appears in the cited words;
* **polarity** – the line neither denies what its quote says happened nor affirms what it denies
  ('did not attend' for 'attended', 'was brought' for 'was not brought'); both wordings are given;
* **roles, agencies, relationships** – every one in the line (``chronology.terms``, any variant) is
  supported by the cited words; the message names the term the source uses;
* **new words** – an edited or model-worded line lists every content word none of its quotes has;
* **support** – how much of the line's wording the cited words carry (content-word recall); a line
  below ``SUPPORT_WARN``, or one quoting OCR'd text, gets a risk floor so it is read among the first.

Each line gets a level (pass / warn / fail), reasons in plain words and a risk score, so review can
start with the riskiest lines. Everything here is plain string work over data loaded in a few
queries: 2,000 lines check in seconds, and no model is loaded.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select, update

from chronology import schema
from chronology.entries import EntryStore
from chronology.grounding import FUNCTION_WORDS, new_words, polarity_changes, support
from chronology.grounding import align as _align
from chronology.grounding import word_key as _word_key
from chronology.models import Citation, Entry
from chronology.store import Store
from chronology import terms

SUPPORT_WARN = 0.5  # below this share of the line's content words found in its quotes, warn
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAY_LEVEL = {"day": 10, "month": 7, "season": 7, "approximate": 7, "year": 4, "range": 10}

# Integrity failures: the source moved under a verified line, so its verification no longer holds.
INTEGRITY_CODES = frozenset({"quote-mismatch", "page-missing", "document-missing", "source-superseded",
                             "source-changed"})

# --- findings and results --------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One reason, in words a social worker can act on. ``info`` findings never change the level."""

    level: str  # fail | warn | info
    code: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"level": self.level, "code": self.code, "message": self.message}


@dataclass
class CheckResult:
    level: str  # pass | warn | fail
    findings: list[Finding] = field(default_factory=list)
    risk: float = 0.0
    support: float = 1.0
    flags: list[str] = field(default_factory=list)

    @property
    def failures(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "fail"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "warn"]

    @property
    def reasons(self) -> list[str]:
        """Fail and warn messages, fails first."""
        return [f.message for f in self.failures + self.warnings]

    @property
    def source_changed(self) -> bool:
        """True when a cited source changed after drafting, which undoes any verification."""
        return any(f.code in INTEGRITY_CODES for f in self.failures)

    def to_json(self) -> list[dict[str, str]]:
        return [f.to_json() for f in self.findings]


def riskiest_first(results: Iterable[tuple[Entry, CheckResult]]) -> list[tuple[Entry, CheckResult]]:
    """Proportional scrutiny: the lines most likely to be wrong come first."""
    return sorted(results, key=lambda pair: (-pair[1].risk, pair[0].date or "9999", pair[0].id or 0))


# --- plain-words formatting --------------------------------------------------------------------


def plain_date(value: str | None, precision: str = "day") -> str:
    """'2023-03-12' → '12 March 2023'; month and year precision print only what is known."""
    if not value:
        return "undated"
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else None
        day = int(parts[2]) if len(parts) > 2 else None
    except ValueError:
        return value
    if month is None or DAY_LEVEL.get(precision, 10) == 4:
        return str(year)
    if day is None or DAY_LEVEL.get(precision, 10) == 7:
        return f"{MONTHS[month - 1]} {year}"
    return f"{day} {MONTHS[month - 1]} {year}"


def citation_label(c: Citation) -> str:
    return f"{c.document} p.{c.page}"


# --- what the checks read: loaded once per run ---------------------------------------------------

_HASH_CACHE: dict[tuple[str, int, int], str] = {}


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, remembered per (path, size, mtime) so a review session hashes each file once."""
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns)
    if key not in _HASH_CACHE:
        h = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        _HASH_CACHE[key] = h.hexdigest()
    return _HASH_CACHE[key]


class Sources:
    """Documents, pages, passage anchors and file states for a batch of entries, read in a few queries."""

    def __init__(self, store: Store):
        self.store = store
        self.docs: dict[int, Any] = {}
        self.pages: dict[tuple[int, int], str] = {}
        self.anchors: dict[int, date | None] = {}
        self._file_state: dict[int, tuple[str, str]] = {}
        self._replaced_on: dict[int, datetime | None] = {}
        self._dates: dict[tuple[str, date | None], list[Any]] = {}

    def load(self, entries: Iterable[Entry]) -> "Sources":
        cites = [c for e in entries for c in e.citations]
        doc_ids = sorted({c.document_id for c in cites} - set(self.docs))
        passage_ids = sorted({c.passage_id for c in cites if c.passage_id is not None} - set(self.anchors))
        d, p, ps = schema.documents, schema.pages, schema.passages
        with self.store.engine.connect() as conn:
            for chunk in _chunks(doc_ids):
                for row in conn.execute(select(d).where(d.c.id.in_(chunk))):
                    self.docs[row.id] = row
                for row in conn.execute(select(p.c.document_id, p.c.number, p.c.text).where(p.c.document_id.in_(chunk))):
                    self.pages[(row.document_id, row.number)] = row.text
            for chunk in _chunks(passage_ids):
                for row in conn.execute(select(ps.c.id, ps.c.anchor_date).where(ps.c.id.in_(chunk))):
                    self.anchors[row.id] = row.anchor_date
        return self

    def anchor(self, c: Citation) -> date | None:
        """The note's own date for relative dates; the document's date when the passage is gone."""
        if c.passage_id is not None and self.anchors.get(c.passage_id):
            return self.anchors[c.passage_id]
        doc = self.docs.get(c.document_id)
        return doc.anchor_date if doc is not None else None

    def file_state(self, doc_id: int) -> tuple[str, str]:
        """('same' | 'changed' | 'missing' | 'unknown', path) for the original file of a document."""
        if doc_id not in self._file_state:
            doc = self.docs[doc_id]
            raw = (doc.meta or {}).get("source_path")
            if not raw:
                self._file_state[doc_id] = ("unknown", "")
            else:
                path = Path(raw)
                try:
                    state = "same" if file_sha256(path) == doc.sha256 else "changed"
                except FileNotFoundError:
                    state = "missing"
                except OSError:
                    state = "missing"
                self._file_state[doc_id] = (state, raw)
        return self._file_state[doc_id]

    def replaced_on(self, doc_id: int) -> datetime | None:
        """When the newer version of a superseded document was ingested."""
        if doc_id not in self._replaced_on:
            doc = self.docs[doc_id]
            d = schema.documents
            with self.store.engine.connect() as conn:
                newer = conn.execute(select(d.c.ingested_at).where(
                    d.c.case_id == doc.case_id, d.c.path == doc.path, d.c.id != doc.id, d.c.complete.is_(True),
                    d.c.superseded_at.is_(None))).scalar()
            self._replaced_on[doc_id] = newer or doc.superseded_at
        return self._replaced_on[doc_id]

    def dates(self, text: str, anchor: date | None) -> list[Any]:
        key = (text, anchor)
        if key not in self._dates:
            from chronology.dates import find_dates  # lazy: the dates engine is only needed here

            self._dates[key] = find_dates(text, anchor, day_first=True)
        return self._dates[key]


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


# --- individual checks -------------------------------------------------------------------------


def check_quotes(entry: Entry, src: Sources) -> list[Finding]:
    """Each quote must still be exactly the stored page text at its offsets."""
    out: list[Finding] = []
    if not entry.citations:
        return [Finding("fail", "no-citation", "this line cites no source, so it cannot be checked or verified")]
    for c in entry.citations:
        if c.document_id not in src.docs:
            out.append(Finding("fail", "document-missing", f"the cited document {c.document} is no longer in the store"))
            continue
        text = src.pages.get((c.document_id, c.page))
        if text is None:
            out.append(Finding("fail", "page-missing", f"page {c.page} of {c.document} is no longer in the store"))
        elif text[c.char_start:c.char_end] != c.quote:
            out.append(Finding("fail", "quote-mismatch", f"the quote no longer matches page {c.page} of {c.document}"))
    return out


def check_sources(entry: Entry, src: Sources) -> list[Finding]:
    """Each cited document must be the current version, and its original file unchanged since ingest."""
    out: list[Finding] = []
    for doc_id in dict.fromkeys(c.document_id for c in entry.citations):
        doc = src.docs.get(doc_id)
        if doc is None:
            continue  # already reported by check_quotes
        if doc.superseded_at is not None:
            when = src.replaced_on(doc_id)
            on = f" (re-ingested on {plain_date(when.date().isoformat())})" if when else ""
            out.append(Finding("fail", "source-superseded",
                               f"{doc.path} changed after this line was drafted{on}; check the line against the new version"))
            continue
        state, path = src.file_state(doc_id)
        if state == "changed":
            out.append(Finding("fail", "source-changed",
                               f"the source file has changed since ingest: {doc.path} ({path}) no longer matches "
                               "what was read; re-ingest it and check the line again"))
        elif state == "missing":
            out.append(Finding("warn", "source-missing",
                               f"the original file of {doc.path} is no longer at {path}, so it could not be re-checked"))
    return out


def _same_date(value: str | None, want: str, length: int) -> bool:
    return bool(value) and len(value) >= length and value[:length] == want[:length]


def check_date(entry: Entry, src: Sources) -> list[Finding]:
    """The line's date, and every date its wording gives, must be stated in (or worked out from) the cited words."""
    findings = _check_entry_date(entry, src)
    reported = {entry.date} if any(f.code == "date-mismatch" for f in findings) else set()
    return findings + _check_text_dates(entry, src, reported)


def _check_text_dates(entry: Entry, src: Sources, reported: set[str | None]) -> list[Finding]:
    """Dates written in the line's wording: each must be in the quotes (or be the note's own date when they give none)."""
    anchor = src.anchor(entry.citations[0])
    quoted = [m for c in entry.citations for m in src.dates(c.quote, src.anchor(c)) if m.value]
    events = [q for q in quoted if q.kind != "distractor"]
    anchors = [a.isoformat() for a in (src.anchor(c) for c in entry.citations) if a]
    out: list[Finding] = []
    for m in src.dates(entry.text, anchor):
        if not m.value or (entry.date or "").startswith(m.value) and entry.date in reported:
            continue  # a distractor (a DOB, a print date) is still checked: it must be the source's own
        values = [m.value, *([m.value_end] if m.value_end else [])]
        if all(any(_same_date(q.value, v, len(v)) or _same_date(q.value_end, v, len(v)) for q in quoted) for v in values):
            continue
        if any(_written_in(m.text, c.quote) for c in entry.citations):
            continue  # written in the quote as it is in the line (the engine may read it otherwise there)
        on_note = all(any(_same_date(a, v, len(v)) for a in anchors) for v in values)
        if on_note and (m.inferred or not any(not q.inferred for q in events)):
            if not m.inferred:
                out.append(Finding("warn", "date-from-note",
                                   f"the line says '{m.text}', the date of the note, not a date in the quoted words; check it"))
            continue
        said = list(dict.fromkeys(plain_date(q.value, q.precision) for q in (quoted if m.kind == "distractor" else events)))
        tail = f" (it says {', '.join(said[:3])})" if said else " (the cited text gives no date)"
        out.append(Finding("fail", "date-in-text", f"the line says '{m.text}', a date that is not in the cited text{tail}"))
    return out


def _written_in(date_text: str, quote: str) -> bool:
    """A full date ('19/07/2023', '8 August 2023') written word for word in the quote."""
    written = " ".join(date_text.split())
    return bool(re.search(r"\d", written)) and re.search(
        rf"(?<![\w/.]){re.escape(written)}(?![\w/])", " ".join(quote.split()), re.I) is not None


def _check_entry_date(entry: Entry, src: Sources) -> list[Finding]:
    if not entry.date:
        return [Finding("warn", "undated", "this line has no date; check where it belongs")]
    length = DAY_LEVEL.get(entry.precision, len(entry.date))
    want = plain_date(entry.date, entry.precision)
    mentions: list[tuple[Any, Citation]] = []
    for c in entry.citations:
        mentions.extend((m, c) for m in src.dates(c.quote, src.anchor(c)))
    matching = [(m, c) for m, c in mentions if _same_date(m.value, entry.date, length)]
    if entry.date_end and entry.precision == "range":
        ends = {m.value_end for m, _ in matching} | {m.value for m, _ in mentions}
        if not any(_same_date(v, entry.date_end, 10) for v in ends):
            return [Finding("fail", "date-mismatch",
                            f"the end date {plain_date(entry.date_end)} is not in the cited text")]
    stated = [(m, c) for m, c in matching if not m.inferred and m.kind != "distractor"]
    if stated:
        return []
    inferred = [(m, c) for m, c in matching if m.inferred and m.kind != "distractor"]
    if inferred:
        m, c = inferred[0]
        anchor = src.anchor(c)
        base = f" in the note of {plain_date(anchor.isoformat())}" if anchor else ""
        return [Finding("warn", "date-inferred",
                        f"the date {want} is worked out from '{m.text}'{base}; check it is right")]
    if matching:
        m, _ = matching[0]
        return [Finding("warn", "date-distractor",
                        f"the date {want} appears in the cited text only as '{m.text}', which may not be when this happened")]
    events = [m for m, _ in mentions if m.value and m.kind != "distractor"]
    anchors = {src.anchor(c) for c in entry.citations}
    stated_anywhere = any(not m.inferred for m in events)
    if not stated_anywhere and any(a is not None and _same_date(a.isoformat(), entry.date, length) for a in anchors):
        return [Finding("warn", "date-from-note",
                        f"the date {want} is the date of the note, not stated in the quoted words; check it")]
    said = list(dict.fromkeys(plain_date(m.value, m.precision) for m in events))
    tail = f" (it says {', '.join(said[:3])})" if said else " (the cited text gives no date)"
    return [Finding("fail", "date-mismatch", f"the date {want} is not in the cited text{tail}")]


# names, numbers and times ---------------------------------------------------------------------

_FUNCTION = FUNCTION_WORDS  # never names (chronology.grounding keeps the list, shared with support)
# Ordinary case-work words that start sentences ("Mother said…", "Police attended…"): not names.
_CASEWORK = frozenset("""
following previously subsequently afterwards meanwhile later earlier first second third initially finally
additionally further furthermore again both neither nobody nothing someone something everyone everything
mother father mum dad mummy daddy parents parent child children baby sister brother siblings grandmother
grandfather nan grandad stepfather stepmother partner aunt uncle cousin family carer carers foster
police officers officer school teacher head nursery health visitor nurse doctor midwife paediatrician hospital
social worker workers manager team staff professionals agency agencies court judge magistrates solicitor
local authority council conference meeting strategy discussion core group review plan assessment referral
child protection home visit telephone call email letter report note contact session appointment clinic
attended visited called phoned saw seen spoke reported said told advised agreed confirmed stated explained
noted recorded observed informed discussed asked requested received sent made held took was were had
there unannounced announced joint initial case daily weekly monthly both all no yes
""".split())
_COMMON = _FUNCTION | _CASEWORK
_SKIP_CAPS = frozenset("""
mr mrs ms miss mx dr prof sgt pc dc ds di dci ps sir dame lady lord st i
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
christmas easter halloween spring summer autumn winter term half
am pm a.m p.m uk nhs
""".split()) | {"mother", "father", "mum", "dad", "police", "school", "court", "social", "worker", "local",
                  "authority", "health", "visitor", "child", "children", "protection", "conference", "plan",
                  "team", "manager", "home", "office", "service", "services", "department", "unit", "hospital",
                  "nursery", "council", "case", "note", "telephone", "call", "visit", "meeting", "strategy",
                  "discussion", "core", "group", "review", "initial", "assessment", "referral", "family",
                  "multi-agency", "agency", "safeguarding", "lead", "designated", "officer", "constable"}

_NUMBER_WORDS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "twice": 2, "both": 2,
}
_QUOTE_ONLY_NUMBER_WORDS = {"one": 1, "a couple": 2, "once": 1, "single": 1, "pair": 2, "first": 1, "second": 2,
                            "third": 3, "fourth": 4, "fifth": 5}
_NUMBER_WORD_RE = re.compile(
    r"\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)"
    r"|(" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r"))\b", re.I)
_QUOTE_NUMBER_WORD_RE = re.compile(r"\b(" + "|".join(_QUOTE_ONLY_NUMBER_WORDS) + r")\b", re.I)
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}

_WORD_RE = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'\u2019\-]*")
_NUMBER_RE = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?:/\d+)*")
_TIME_RE = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])[:](?P<m>[0-5]\d)\s*(?P<ap>[ap]\.?m\.?)?(?![\w])"
    r"|\b(?P<h2>1[0-2]|0?[1-9])[.](?P<m2>[0-5]\d)\s*(?P<ap2>[ap]\.?m\.?)(?![\w])"
    r"|\b(?P<h3>1[0-2]|0?[1-9])\s*(?P<ap3>[ap]\.?m\.?)(?![\w])"
    r"|\b(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)\s*(?:hrs|hours|h)\b"
    r"|\b(?P<noon>midday|noon|midnight)\b", re.I)


def normal_time(match: re.Match[str]) -> str:
    """Any written time as 24-hour HH:MM."""
    g = match.groupdict()
    if g.get("noon"):
        return "00:00" if g["noon"].lower() == "midnight" else "12:00"
    for h, m, ap in (("h", "m", "ap"), ("h2", "m2", "ap2"), ("h3", None, "ap3"), ("h4", "m4", None)):
        if g.get(h):
            hour, minute = int(g[h]), int(g[m]) if m and g.get(m) else 0
            suffix = (g.get(ap) or "").lower().replace(".", "") if ap else ""
            if suffix == "pm" and hour < 12:
                hour += 12
            if suffix == "am" and hour == 12:
                hour = 0
            return f"{hour:02d}:{minute:02d}"
    return ""


def _times(text: str) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """Times in a text (normalised → as written) and their spans."""
    found: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    for m in _TIME_RE.finditer(text):
        found.setdefault(normal_time(m), m.group(0).strip())
        spans.append(m.span())
    return found, spans


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(s, min(e, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _number_value(token: str) -> str:
    """'03' → '3', '1,200' → '1200', '14.20' → '14.2'; references ('44/12345/23') stay as written."""
    if "/" in token:
        return token
    plain = token.replace(",", "")
    try:
        if "." in plain:
            return repr(float(plain)).rstrip("0").rstrip(".")
        return str(int(plain))
    except ValueError:
        return token


def _numbers(text: str, quote_side: bool = False) -> dict[str, str]:
    """Numbers in a text (normalised value → as written), in digits and in words."""
    found: dict[str, str] = {}
    for m in _NUMBER_RE.finditer(text):
        found.setdefault(_number_value(m.group(0)), m.group(0))
        if "/" in m.group(0) and quote_side:  # a reference's parts also count on the quote side
            for part in m.group(0).split("/"):
                found.setdefault(_number_value(part), part)
    for m in _NUMBER_WORD_RE.finditer(text):
        if m.group(1):
            value = _NUMBER_WORDS[m.group(1).lower()] + _UNITS[m.group(2).lower()]
        else:
            value = _NUMBER_WORDS[m.group(3).lower()]
            if m.group(3).lower() == "both" and not quote_side:
                continue  # "both" in a line is too loose to demand a "2" in the source
        found.setdefault(str(value), m.group(0))
    if quote_side:
        for m in _QUOTE_NUMBER_WORD_RE.finditer(text):
            found.setdefault(str(_QUOTE_ONLY_NUMBER_WORDS[m.group(1).lower()]), m.group(0))
    return found


def _acronym_in(acronym: str, words: list[str]) -> bool:
    """'ICPC' matches 'initial child protection conference' in the quote."""
    n = len(acronym)
    initials = "".join(w[0] for w in words).lower()
    return acronym.lower() in initials if n > 1 else False


_STARTERS = ".!?:;\n\"\u201c\u2018("
_WORDISH_ENDINGS = ("ly", "ing", "ed", "tion", "sion", "ment", "ments", "ness", "ity", "ies", "ous", "ful", "ive",
                    "ence", "ance", "ers", "ions", "ised", "ized")


def _proper_words(text: str) -> list[tuple[str, bool]]:
    """Capitalised words of a line, each with whether it starts a sentence."""
    out: list[tuple[str, bool]] = []
    for m in _WORD_RE.finditer(text):
        word = re.sub(r"['\u2019]s$", "", m.group(0)).strip("'\u2019-")
        if not word or not word[0].isupper():
            continue
        before = text[:m.start()].rstrip(" \t")
        out.append((word, not before or before[-1] in _STARTERS))
    return out


def _ordinary_at_start(key: str, text: str) -> bool:
    """A sentence-initial capital is an ordinary word if it is common, looks like one, or appears in lower case."""
    return (key in _COMMON or key.endswith(_WORDISH_ENDINGS)
            or re.search(rf"(?<![\w'])(?-i:{re.escape(key)})\b", text) is not None)


def _date_spans(text: str, anchor: date | None, src: Sources) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in src.dates(text, anchor)]


def _suggest(word: str, candidates: Iterable[str]) -> str | None:
    pool = list(dict.fromkeys(candidates))
    match = difflib.get_close_matches(word, pool, n=1, cutoff=0.6)
    if not match:
        lowered = {w.lower(): w for w in pool}
        close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
        match = [lowered[close[0]]] if close else []
    return match[0] if match else None


def _quotes_masked(entry: Entry, src: Sources) -> str:
    """The cited quotes with their dates and times blanked, so an age cannot 'match' a day of the month."""
    parts = []
    for c in entry.citations:
        spans = [(m.start, m.end) for m in src.dates(c.quote, src.anchor(c))] + _times(c.quote)[1]
        parts.append(_mask(c.quote, spans))
    return "\n".join(parts)


def check_names_numbers(entry: Entry, src: Sources) -> list[Finding]:
    """Names, places, numbers, ages and times in the line must all appear in the cited words."""
    quotes = "\n".join(c.quote for c in entry.citations)
    if not quotes.strip():
        return []
    anchor = src.anchor(entry.citations[0]) if entry.citations else None
    out: list[Finding] = []

    quote_times, _ = _times(quotes)
    line_times, time_spans = _times(entry.text)
    wanted_times = dict(line_times)
    if entry.time:
        wanted_times.setdefault(entry.time, entry.time)
    for value, written in wanted_times.items():
        if value not in quote_times:
            said = ", ".join(f"'{t}'" for t in list(quote_times.values())[:3])
            tail = f"; the source says {said}" if said else ""
            out.append(Finding("fail", "time-missing", f"the time '{written}' is not in the source{tail}"))

    masked = _mask(entry.text, time_spans + _date_spans(entry.text, anchor, src))
    quote_numbers = _numbers(_quotes_masked(entry, src), quote_side=True)
    for value, written in _numbers(masked).items():
        if value in quote_numbers or ("/" in value and value in quotes):
            continue
        if re.fullmatch(r"(19|20)\d\d", value) and re.search(rf"\b{value}\b", quotes):
            continue  # a year: whether it is the right one is the date check's job
        out.append(Finding("fail", "number-missing", _missing_number(written, value, quote_numbers)))

    quote_words_raw = [w.strip("'\u2019-") for w in _WORD_RE.findall(quotes)]
    quote_keys = {_word_key(w) for w in quote_words_raw}
    for w in list(quote_keys):
        quote_keys.update(p for p in w.split("-") if p)
    quote_caps = [w for w in quote_words_raw if w[:1].isupper()]
    seen: set[str] = set()
    unnamed = _mask(masked, [(t.start, t.end) for t in terms.find_terms(entry.text)])  # roles etc.: check_terms
    for word, at_start in _proper_words(unnamed):
        key = _word_key(word)
        if (key in seen or len(key) < 2 or key in _SKIP_CAPS or key in _NUMBER_WORDS
                or (at_start and _ordinary_at_start(key, entry.text))):
            continue
        seen.add(key)
        if key in quote_keys or all(p in quote_keys for p in key.split("-") if p):
            continue
        if word.isupper() and _acronym_in(word, quote_words_raw):
            continue
        suggestion = _aligned(word, entry.text, [c.quote for c in entry.citations]) or _suggest(word, quote_caps or quote_words_raw)
        tail = f"; the source says '{suggestion}'" if suggestion else ""
        out.append(Finding("fail", "name-missing", f"'{word}' is not in the source{tail}"))
    return out


_TOKEN_RE = re.compile(r"[\w'\u2019-]+")


def _aligned(word: str, text: str, quotes: list[str]) -> str | None:
    """What the source has in the place of ``word``: align the line with each quote, word by word.

    'Elm Road' against '… 4 Elm Row after …' gives 'Row', which spelling similarity alone would miss.
    """
    tokens = [t.strip("'\u2019-") for t in _TOKEN_RE.findall(text)]
    keys = [_word_key(t) for t in tokens]
    target = _word_key(word)
    if target not in keys:
        return None
    index = keys.index(target)
    for quote in quotes:
        q_tokens = [t.strip("'\u2019-") for t in _TOKEN_RE.findall(quote)]
        matcher = difflib.SequenceMatcher(None, keys, [_word_key(t) for t in q_tokens], autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "replace" and i1 <= index < i2 and 0 < j2 - j1 <= 3:
                if i2 - i1 == j2 - j1:
                    return q_tokens[j1 + index - i1]
                return " ".join(q_tokens[j1:j2])
    return None


def _missing_number(written: str, value: str, pool: dict[str, str]) -> str:
    """'8' is not in the source; the source says '7' (the numerically nearest number in the quotes)."""
    head = f"'{written}' is not in the source"
    try:
        target = float(value)
    except ValueError:
        suggestion = _suggest(written, pool.values())
        return f"{head}; the source says '{suggestion}'" if suggestion else head
    numeric = []
    for v, w in pool.items():
        try:
            numeric.append((abs(float(v) - target), w))
        except ValueError:
            continue
    if not numeric:
        return head
    return f"{head}; the source says '{min(numeric)[1]}'"


_QUOTED = re.compile(
    r"\"([^\"\n]+?)\"|\u201c([^\u201d\n]+?)\u201d|\u2018(.+?)\u2019(?!\w)|(?<![\w'])'(?=\S)(.+?)(?<=\S)'(?!\w)")


def _plain_text(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip()


def check_speech(entry: Entry) -> list[Finding]:
    """Words the line puts in quotation marks (often the child's own) must be in the source word for word."""
    source = _plain_text("\n".join(c.quote for c in entry.citations))
    out = []
    for m in _QUOTED.finditer(entry.text):
        inner = next(g for g in m.groups() if g is not None)
        if _plain_text(inner).rstrip(".,").strip() not in source:
            out.append(Finding("fail", "speech-changed", f'the quoted words "{inner}" are not word for word in the source'))
    return out


# meaning: polarity, roles/agencies/relationships, new words ---------------------------------------


def check_polarity(entry: Entry) -> list[Finding]:
    """A line must not deny what its quote says happened ('did not attend' for 'attended'), or the reverse."""
    out = []
    for change in polarity_changes(entry.text, [c.quote for c in entry.citations]):
        said = f"the source says '{change.source_words}'" if change.source_words else "the source has no such denial"
        if change.kind == "added":
            out.append(Finding("fail", "negation-added", f"the line says '{change.line_words}' but {said}: "
                                                         "it denies what the source says happened"))
        else:
            out.append(Finding("fail", "negation-dropped", f"the line says '{change.line_words}' but "
                                                           f"the source says '{change.source_words}': "
                                                           "it says something happened that the source says did not"))
    return out


def check_terms(entry: Entry) -> list[Finding]:
    """Every role, agency and family relationship in the line must be in its quotes (as any variant)."""
    quotes = [c.quote for c in entry.citations]
    have = terms.supported(quotes)
    named = terms.find_terms(entry.text)
    out: list[Finding] = []
    reported: set[str] = set()
    for t in named:
        if t.canonical in have or t.canonical in reported:
            continue
        reported.add(t.canonical)
        said = _source_term(entry.text, t, quotes, {n.canonical for n in named})
        kind = terms.kind_words(t.kind)
        tail = f"; the source says '{said}'" if said else f" (the source names no {kind.removeprefix('the ')})"
        out.append(Finding("fail", f"{t.kind}-missing", f"{kind} '{t.written}' is not in the source{tail}"))
    return out


def _source_term(text: str, term: terms.Term, quotes: list[str], in_line: set[str]) -> str | None:
    """The term the source uses where the line has ``term``: the one aligned with it, else one of its kind."""
    line, aligned = _align(text, quotes)
    at = [i for i, tok in enumerate(line) if term.start <= tok.start < term.end]
    for a in sorted(aligned, key=lambda a: -a.matched):
        op = a.op_at(at[0]) if at else None
        if op and op[0] == "replace" and op[3] < op[4]:
            lo, hi = a.qtoks[max(op[3] - 1, 0)].start, a.qtoks[min(op[4], len(a.qtoks) - 1)].end
            near = [q for q in terms.find_terms(a.quote[lo:hi]) if q.kind == term.kind]
            if near:
                return near[0].written
    pool = [q for quote in quotes for q in terms.find_terms(quote) if q.kind == term.kind]
    unused = [q for q in pool if q.canonical not in in_line]
    return (unused or pool)[0].written if (unused or pool) else None


def check_new_words(entry: Entry) -> list[Finding]:
    """An edited or model-worded line: list every content word none of its quotes has, so nothing new slips by."""
    if not entry.edited and entry.drafter == "extractive":
        return []
    words = new_words(entry.text, [c.quote for c in entry.citations])
    if not words:
        return []
    return [Finding("warn", "new-words", f"new words: {', '.join(words)} (in none of the cited quotes; "
                                         "check the source says this)")]


# --- the whole check ---------------------------------------------------------------------------

_WEIGHTS = {"fail": 0.5, "warn": 0.15}
_EXTRA = {"date-in-text": 0.25, "name-missing": 0.25, "number-missing": 0.25, "speech-changed": 0.25, "time-missing": 0.2, "date-mismatch": 0.25,
          "date-inferred": 0.1, "source-changed": 0.2, "source-superseded": 0.2, "quote-mismatch": 0.2,
          "negation-added": 0.3, "negation-dropped": 0.3, "role-missing": 0.25, "agency-missing": 0.25,
          "relationship-missing": 0.25, "new-words": 0.15}
MEANING_CODES = frozenset({"negation-added", "negation-dropped", "role-missing", "agency-missing", "relationship-missing"})
# Risk floors: a line mostly in words its sources do not have, or quoting OCR'd text (where a misread
# name or digit is in the quote itself, so no check can see it), is among the first a person reads.
RISK_FLOOR_LOW_SUPPORT = 0.9
RISK_FLOOR_OCR = 0.8


def _risk(findings: list[Finding], entry: Entry, score: float, flags: list[str]) -> float:
    """Independent risks combined as 1 − Π(1 − wᵢ): always in [0, 1), and more problems rank higher.

    Then the floors: a line mostly unsupported by its quotes, or quoting OCR'd text, is lifted to
    the top band (still ordered among themselves by their other risks).
    """
    weights = [_WEIGHTS.get(f.level, 0.0) + _EXTRA.get(f.code, 0.0) for f in findings]
    weights.append(0.4 * (1.0 - score))
    weights += [{"single-source": 0.1, "edited": 0.1, "llm-drafted": 0.2}.get(flag, 0.0) for flag in flags]
    remain = 1.0
    for w in weights:
        remain *= 1.0 - min(max(w, 0.0), 0.95)
    risk = 1.0 - remain
    if score < SUPPORT_WARN and entry.citations:
        risk = max(risk, RISK_FLOOR_LOW_SUPPORT + 0.09 * risk)
    if "ocr" in flags:
        risk = max(risk, RISK_FLOOR_OCR + 0.19 * risk)
    return round(risk, 4)


def run_checks(store: Store, entry: Entry, sources: Sources | None = None) -> CheckResult:
    """Every automatic check on one line. Pass ``sources`` (loaded for a batch) to check many lines fast."""
    src = sources or Sources(store)
    if sources is None or any(c.document_id not in src.docs for c in entry.citations):
        src.load([entry])
    findings = check_quotes(entry, src)
    if entry.citations:
        findings += check_sources(entry, src)
        findings += check_date(entry, src)
        findings += check_names_numbers(entry, src)
        findings += check_speech(entry)
        findings += check_polarity(entry)
        findings += check_terms(entry)
        findings += check_new_words(entry)
    score = support(entry.text, (c.quote for c in entry.citations)) if entry.citations else 0.0
    if entry.citations and score < SUPPORT_WARN:
        findings.append(Finding("warn", "low-support",
                                f"only {score:.0%} of the line's words are in the cited text; check it says what the source says"))
    flags = _flags(entry, findings, score)
    findings += [Finding("info", flag, _FLAG_WORDS[flag]) for flag in flags if flag in _FLAG_WORDS]
    level = "fail" if any(f.level == "fail" for f in findings) else "warn" if any(f.level == "warn" for f in findings) else "pass"
    return CheckResult(level=level, findings=findings, risk=_risk(findings, entry, score, flags),
                       support=round(score, 3), flags=flags)


_FLAG_WORDS = {
    "single-source": "only one source supports this line",
    "edited": "the wording was changed by hand after drafting",
    "llm-drafted": "the wording was written by a language model, not copied from the source",
    "ocr": "some of the cited text was read from a scanned page by OCR: check names and digits against the page image",
}


def _flags(entry: Entry, findings: list[Finding], score: float) -> list[str]:
    codes = {f.code for f in findings}
    flags: list[str] = []
    if len({c.document_id for c in entry.citations}) == 1:
        flags.append("single-source")
    if "date-inferred" in codes or "date-from-note" in codes:
        flags.append("inferred-date")
    if score < SUPPORT_WARN:
        flags.append("low-support")
    if codes & {"name-missing", "number-missing", "time-missing", "speech-changed"}:
        flags.append("names-or-numbers-changed")
    if codes & MEANING_CODES:
        flags.append("meaning-changed")
    if entry.edited:
        flags.append("edited")
    if entry.drafter != "extractive":
        flags.append("llm-drafted")
    if "ocr" in entry.flags:
        flags.append("ocr")
    return flags


def save_checks(store: Store, pairs: list[tuple[Entry, CheckResult]]) -> None:
    """Store each line's findings and risk, unless the line changed meanwhile (its own update re-checks it).

    The version is not bumped: checks are derived data, and a reviewer holding the line must not
    be told someone else changed it.
    """
    if not pairs:
        return
    e = schema.entries
    stmt = (update(e).where(e.c.id == bindparam("eid"), e.c.version == bindparam("ever"))
            .values(checks=bindparam("new_checks"), risk=bindparam("new_risk")))
    rows = [{"eid": entry.id, "ever": entry.version, "new_checks": r.to_json(), "new_risk": r.risk} for entry, r in pairs]
    with store.transaction() as conn:
        conn.execute(stmt, rows)
    for entry, r in pairs:
        entry.checks, entry.risk = r.to_json(), r.risk


def check_case(store: Store, case_id: str, *, invalidate: bool = True) -> list[tuple[Entry, CheckResult]]:
    """Check every current line of a case, store the results, and unverify lines whose source changed.

    Returned in chronological order; use :func:`riskiest_first` for review order.
    """
    entries = EntryStore(store).list(case_id)
    src = Sources(store).load(entries)
    pairs = [(entry, run_checks(store, entry, src)) for entry in entries]
    save_checks(store, pairs)
    if invalidate:
        from verify import review  # review imports this module; imported here to keep the cycle lazy

        for i, (entry, result) in enumerate(pairs):
            if entry.status == "verified" and result.source_changed:
                pairs[i] = (review.invalidate(store, entry, result), result)
    return pairs
