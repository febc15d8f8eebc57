"""Candidate events: each stated event date in a passage, with the sentence(s) that state it.

Plans, distractors (reference numbers, print dates, dates of birth) and impossible dates never
become events; the impossible and unresolvable ones are reported so the worker can look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from chronology.models import Document, Passage
from chronology.sentences import Sentence, sentence_at, split_sentences, tidy

MAX_QUOTE = 420
NOTE_QUOTE = 700
_LABEL_LINE = re.compile(r"^\s*(?:date|time|dob|ref|reference|incident date|meeting date)\b[^:\n]{0,40}:", re.I)
_LABEL_NAME = re.compile(r"^\s*date\s+of\s+([a-z][a-z /-]{1,40}?)\s*:", re.I)
_TIME_FIELD = re.compile(r"\btime(?:\s+of\s+\w+)?\s*:\s*([01]?\d|2[0-3])[:.]([0-5]\d)\b", re.I)
# Record-keeping lines: when a note was typed, who it is about, how an export was made. Their dates
# are not events, and they are not the substance of an entry.
_META_LINE = re.compile(
    r"^\s*(?:recorded\s+(?:on|by)|date\s+recorded|entered\s+on|created\s+on|typed\s+on|amended\s+on|"
    r"subjects?|exported|export(?:ed)?\s+by|date\s+range|filter|period|workflow\s+step|note\s+type|"
    r"authoris(?:ed|ation)|decision\s+authorised|signed|printed|page\s+\d+\s+of)\b", re.I)
_NOTE_HEADER = re.compile(r"^\s*(?:case|contact)?\s*note\s*[:\-–]", re.I)
# A sentence that carries on the one before it: speech, or a pronoun or connective opening.
_CONTINUES = re.compile(r"(?=[^\n]*[\"\u201c])|\s*(?:she|he|they|it|this|when|while|after|asked|her|his|their)\b", re.I)
_SPEECH = re.compile(r"[\"\u201c]([^\"\u201d]{2,})[\"\u201d]")
_ADULT_SPEAKER = re.compile(
    r"\b(mother|father|mum|dad|mr|mrs|ms|miss|dr|pc|dc|officer|nurse|teacher|worker|gp|grandmother|grandfather|"
    r"nan|nanny|partner|manager|chair|solicitor|midwife|dsl|carer)\b\W*$", re.I)
_TITLE_BEFORE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|pc|dc|ds|sgt|prof)\.?\s*$", re.I)
_SPEAKER = re.compile(
    r"(?P<who>\b[A-Z][a-z'\u2019]+|\b[Ss]he|\b[Hh]e|\b[Tt]hey|\bI)\s+(?:\w+\s+){0,2}?"
    r"(?:said|says|told|asked|replied|explained|shouted|cried|whispered|disclosed|stated|added)"
    r"(?:\s+[\w'\u2019]+){0,4}?\s*[,:]?\s*$")
_CHILD_CUE = re.compile(r"\b(said|told|says|stated|explained|asked|replied|shouted|cried|whispered|disclosed)\b", re.I)
_WORD = re.compile(r"[A-Za-z']+")
_DOC_DATE_LABEL = re.compile(r"^(?:date|dated|sent|received|written|letter date|date sent|date of letter|date of report)?$", re.I)
_ZONE = re.compile(r"(?:[+-]\d{4}|\b(?:GMT|BST|UTC)\b|\(\w+\))")


def is_document_date(sentence: str, mention: str) -> bool:
    """A letter's date line or an e-mail's Date header dates the document, not an event in it."""
    rest = _ZONE.sub(" ", sentence.replace(mention, " "))
    rest = re.sub(r"[\s:,.|\-]+", " ", rest).strip()
    return bool(_DOC_DATE_LABEL.match(rest))


@dataclass
class Candidate:
    """One dated statement in one passage: the raw material of an entry."""

    document: Document
    passage: Passage
    value: str
    precision: str
    value_end: str | None
    time: str | None
    inferred: bool
    kind: str  # event | birth
    start: int  # span of the cited quote in the page text
    end: int
    quote: str
    text: str  # the tidied entry text
    order: tuple = field(default_factory=tuple)
    voices: list["Voice"] = field(default_factory=list)  # the child's words elsewhere in the same note

    @property
    def note_key(self) -> str | None:
        return self.passage.note_header


@dataclass(frozen=True)
class Voice:
    """A sentence giving a child's own words, cited with its exact span."""

    page: int
    start: int
    end: int
    quote: str

    @property
    def text(self) -> str:
        return tidy(self.quote)


@dataclass
class Problem:
    document: str
    page: int
    text: str
    message: str


def _is_label(sentence: Sentence) -> bool:
    words = _WORD.findall(re.sub(r"\d", " ", sentence.text))
    return (bool(_LABEL_LINE.match(sentence.text)) or len(words) < 4 or _NOTE_HEADER.match(sentence.text) is not None
            or _META_LINE.match(sentence.text) is not None)


def _is_title(sentence: Sentence) -> bool:
    text = sentence.text.strip()
    return len(text) <= 80 and "\n" not in text and not text.endswith((".", ":")) and bool(_WORD.search(text))


def _note_title(header: str) -> str:
    """'Case Note: 14/03/2023 10:15 | Home visit | Recorded by: …' → 'Home visit'."""
    parts = [p.strip() for p in header.split("|")[1:]]
    parts = [p for p in parts if p and not re.match(r"(recorded|written|author|by)\b", p, re.I)]
    return parts[0] if parts else ""


def _span(sentences: list[Sentence], i: int, dated: set[int]) -> tuple[int, int, str]:
    """The quote for the sentence at ``i``.

    A case-note header takes in the note's account up to the next dated sentence (the visit and what
    was said in it are one event); a form field is extended to the statement after it.
    """
    first = sentences[i]
    j = i
    if _NOTE_HEADER.match(first.text):
        body_seen = False
        while j + 1 < len(sentences) and sentences[j + 1].end - first.start <= NOTE_QUOTE:
            nxt = sentences[j + 1]
            if body_seen and j + 1 in dated:
                break  # a later dated sentence is an event of its own
            j += 1
            body_seen = body_seen or not _is_label(nxt)
    elif _is_label(first):
        while (j + 1 < len(sentences) and j + 1 not in dated
               and sentences[j + 1].end - first.start <= MAX_QUOTE):
            j += 1
            if not _is_label(sentences[j]):
                break
        if j == i and i > 0 and _is_title(sentences[i - 1]) and i - 1 not in dated:
            return sentences[i - 1].start, first.end, ""  # "Strategy meeting minutes / Date of meeting: …"
    else:
        # the account of an event often goes on in the next sentence ("When asked…, Lily said "…"")
        while (j + 1 < len(sentences) and j + 1 not in dated and j - i < 2
               and sentences[j + 1].end - first.start <= MAX_QUOTE and _CONTINUES.match(sentences[j + 1].text)):
            j += 1
    return first.start, sentences[j].end, ""


def _entry_text(sentences: list[Sentence], start: int, end: int) -> str:
    """Entry wording built only from the cited sentences: label lines become a short heading."""
    parts = [s for s in sentences if start <= s.start and s.end <= end]
    labels = [s for s in parts if _is_label(s)]
    body = [s.text for s in parts if not _is_label(s)]
    if not body:  # only fields and a title: "Strategy meeting minutes / Date of meeting: …"
        body = [s.text for s in parts if _is_title(s) and not _LABEL_LINE.match(s.text)] or [parts[0].text]
    heading = ""
    first = labels[0].text if labels else ""
    if _NOTE_HEADER.match(first):
        heading = _note_title(first)
    elif (m := _LABEL_NAME.match(first)):
        heading = m.group(1).strip().capitalize()
    text = tidy(" ".join(body))
    return f"{heading}: {text}" if heading and heading.lower() not in text.lower()[:40] else text


def child_voice(quote: str) -> bool:
    """Direct speech whose speaker is a child: a first name or a pronoun, not "I" (the worker) or an adult role.

    A first-name speaker may now and then be an adult; the flag only sends the reviewer to look.
    """
    for m in _SPEECH.finditer(quote):
        before = quote[max(0, m.start() - 120):m.start()]
        who = _SPEAKER.search(before)
        if (who and who.group("who") != "I" and not _ADULT_SPEAKER.search(who.group("who") + " ")
                and not _TITLE_BEFORE.search(before[:who.start()])):
            return True
    return False


def candidates(document: Document, passage: Passage, page_text: str, day_first: bool = True,
               problems: list[Problem] | None = None, boilerplate: frozenset[str] = frozenset()) -> list[Candidate]:
    """The dated events stated in one passage (``boilerplate``: the document's running headers)."""
    from chronology.dates import find_dates

    found: list[Candidate] = []
    sentences = split_sentences(passage.text, boilerplate)
    if not sentences:
        return found
    seen: set[tuple[int, str]] = set()
    mentions = find_dates(passage.text, passage.anchor_date, day_first=day_first)
    skip = {i for i, s in enumerate(sentences) if s.text.strip() in boilerplate or _META_LINE.match(s.text)}
    dated = {sentence_at(sentences, m.start) for m in mentions} - skip
    for m in mentions:
        if m.kind not in ("event", "birth") or sentence_at(sentences, m.start) in skip:
            continue
        if m.value is None:
            if problems is not None and m.error:
                problems.append(Problem(document.path, passage.page_number, m.text, m.error))
            continue
        i = sentence_at(sentences, m.start)
        if is_document_date(sentences[i].text, m.text) and passage.seq == 0:
            continue
        if (i, m.value) in seen:
            continue
        seen.add((i, m.value))
        s_start, s_end, _ = _span(sentences, i, dated)
        start, end = passage.char_start + s_start, passage.char_start + s_end
        quote = page_text[start:end]
        time = m.time
        if time is None and (t := _TIME_FIELD.search(passage.text[s_start:s_end])):
            time = f"{int(t.group(1)):02d}:{t.group(2)}"
        found.append(Candidate(
            document=document, passage=passage, value=m.value, precision=m.precision, value_end=m.value_end,
            time=time, inferred=m.inferred, kind=m.kind, start=start, end=end, quote=quote,
            text=_entry_text(sentences, s_start, s_end), order=(document.path, passage.seq, s_start)))
    return found


def is_note_event(c: Candidate) -> bool:
    return _NOTE_HEADER.match(c.quote) is not None


def voices(passage: Passage, page_text: str, boilerplate: frozenset[str] = frozenset()) -> list[Voice]:
    """Sentences of a passage in which a child speaks, so a note's entry can quote them verbatim."""
    out = []
    for s in split_sentences(passage.text, boilerplate):
        if child_voice(s.text):
            start, end = passage.char_start + s.start, passage.char_start + s.end
            out.append(Voice(passage.page_number, start, end, page_text[start:end]))
    return out


def iso_to_date(value: str) -> date:
    """First day of an ISO date, month or year."""
    parts = value.split("-")
    return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
