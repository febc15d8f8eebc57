"""Candidate events: each stated event date in a passage, with the sentence(s) that state it.

Plans, distractors (reference numbers, print dates, dates of birth) and impossible dates never
become events; the impossible and unresolvable ones are reported so the worker can look.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date

from chronology.kinds import routine_care
from chronology.models import Document, Passage
from chronology.sentences import Sentence, sentence_at, split_sentences, tidy
from chronology.tables import in_birth_table, log_row, record_end, row_at, row_text
from chronology.timelog import timed_entries

MAX_QUOTE = 420
NOTE_QUOTE = 700
_LABEL_LINE = re.compile(r"^\s*(?:date|time|dob|ref|reference|incident date|meeting date)\b[^:\n]{0,40}:", re.I)
_FORM_FIELD = re.compile(r"^\s*[A-Z][A-Za-z /&'()-]{1,30}:\s")
_LABEL_NAME = re.compile(r"^\s*date\s+of\s+([a-z][a-z /-]{1,40}?)\s*:", re.I)
_TIME_FIELD = re.compile(r"\btime(?:\s+of\s+\w+)?\s*:\s*([01]?\d|2[0-3])[:.]([0-5]\d)\b", re.I)
# Record-keeping lines: when a note was typed, who it is about, how an export was made. Their dates
# are not events, and they are not the substance of an entry.
_META_LINE = re.compile(
    r"^\s*(?:recorded\s+(?:on|by)|date\s+recorded|entered\s+on|created\s+on|typed\s+on|amended\s+on|dictated|typed\s*:|"
    r"subjects?|exported|export(?:ed)?\s+by|date\s+range|filter|period|workflow\s+step|note\s+type|"
    r"authoris(?:ed|ation)|decision\s+authorised|signed|printed|page\s+\d+\s+of|distributed|circulated|"
    r"date\s+(?:of\s+)?(?:letter|report|typed|sent|distribution|circulation|approved|printed|exported|issued|notification)|"
    r"minutes\s+(?:taken|approved|distributed)|report\s+(?:run|generated|printed|completed|signed|finali[sz]ed)|generated|run\s+on|"
    r"last\s+(?:updated|modified|amended)|updated\s+(?:on|by))\b|^\s*dated\s*:|"
    # a record's audit stamp, nothing more: "Entered 28/02/2024 13:54 by … | Status: Authorised"
    # ("Updated 22/01/2024 09:10, T Aziz: spoke to Kayla…" adds an account, and is an event)
    r"^\s*(?:entered|created|typed|amended|updated|modified|approved|validated|locked)\s+(?:on\s+|at\s+)?"
    r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}(?:\s+\d{1,2}[:.]\d\d)?(?:\s*,?\s*by\b[^:|\n]*)?(?:\s*\|\s*[A-Za-z ]{1,20}:\s*[\w ]{0,30})*\s*$",
    re.I)
_NOTE_HEADER = re.compile(r"^\s*(?:case|contact)?\s*note\s*[:\-–]", re.I)
# A sentence that carries on the one before it: speech, or a pronoun or connective opening.
_CONTINUES = re.compile(r"(?=[^\n]*[\"\u201c])|\s*(?:she|he|they|it|this|when|while|after|asked|her|his|their)\b", re.I)
_SPEECH = re.compile(r"[\"\u201c]([^\"\u201d]{2,})[\"\u201d]")
_ADULTS = (r"\b(mother|father|mum|dad|mr|mrs|ms|miss|dr|pc|dc|officer|nurse|teacher|worker|gp|grandmother|grandfather|"
           r"nan|nanny|partner|manager|chair|solicitor|midwife|dsl|carer)\b")
_ADULT_WORD = re.compile(_ADULTS, re.I)
_TITLE_BEFORE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|pc|dc|ds|sgt|prof)\.?\s*$", re.I)
# the verb that introduces speech, at the end of the words before the quotation
# ("Keira  Told me on the way to the car:" in an observation cell; "Keira made a disclosure about Dean:")
_CUE_END = re.compile(r"^.*\b(?P<cue>said|says|told|asked|replied|explained|shouted|cried|whispered|disclosed|disclosure"
                      r"|stated|added)\b(?:[\s,]+[\w'\u2019]+){0,8}?\s*[,:]?\s*$", re.S | re.I)
_TOKEN = re.compile(r"\b[^\W\d_][\w'\u2019-]*")  # any script's word: "Ștefan", "Zoë", "O'Neil"
_PRONOUNS = frozenset({"she", "he", "they", "i"})
MAX_SPEAKER_WORDS = 8  # between the speaker and the verb: "Kayla told me she has to do runs for them and said"
_CHILD_CUE = re.compile(r"\b(said|told|says|stated|explained|asked|replied|shouted|cried|whispered|disclosed)\b", re.I)
_WORD = re.compile(r"[A-Za-z']+")
_DOC_DATE_LABEL = re.compile(r"^(?:date|dated|sent|received|written|letter date|date sent|date of letter|date of report)?$", re.I)
# "Letter dated 18th March 2024.", "Report dated …": a document naming its own date, wherever it stands
_SELF_DATED = re.compile(r"^(?:(?:this|my|our|the)\s+)?(?:letter|report|statement|e-?mail|referral|assessment)\s+dated$", re.I)
# a form's template version ("Form MARF v3.2 (rev. 01/09/2020)") and a report's search range are no events
_REVISION_BEFORE = re.compile(r"(?:\brev(?:ision|ised)?\.?|\bversion|\bv\d[\d.]*|\btemplate)\s*[:(]?\s*$", re.I)
_PARAMETERS_LINE = re.compile(r"^\s*(?:report\s+)?(?:parameters|search\s+criteria|date\s+range|period\s+covered|"
                              r"extract(?:\s+period)?\s*:)", re.I)
_FORWARD_HEADER = re.compile(r"^\s*>*\s*(?:sent|received|date sent|date received|on .{0,60}\bwrote)\s*:?", re.I)
_ZONE = re.compile(r"(?:[+-]\d{4}|\b(?:GMT|BST|UTC)\b|\(\w+\)|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d\d:\d\d(?::\d\d)?\b|:\d\d\b)", re.I)


_NEXT_FIELD = re.compile(r"\s+(?:[A-Z][A-Za-z]*(?: [a-z]+)?\s*:|our ref|your ref|ref\b)", re.I)


def is_document_date(sentence: str, mention: str) -> bool:
    """A letter's date line or an e-mail's Date header dates the document, not an event in it, even
    with more fields after it on the line ("Date: 28 March 2025 Dictated: 27/03/2025 Ref: NK/jr")."""
    before, found, after = sentence.partition(mention)
    if found and _NEXT_FIELD.match(after) and re.fullmatch(r"\s*(?:date|dated|letter date|date of letter)\s*:?\s*", before, re.I):
        return True
    rest = _ZONE.sub(" ", sentence.replace(mention, " "))
    rest = re.sub(r"[\s:,.|\-]+", " ", rest).strip()
    return bool(_DOC_DATE_LABEL.match(rest))


def is_self_dated(sentence: str, mention: str) -> bool:
    """'Letter dated 18th March 2024.': the document's own date, in any passage."""
    rest = re.sub(r"[\s:,.|\-]+", " ", sentence.replace(mention, " ")).strip()
    return bool(_SELF_DATED.match(rest))


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
    from_header: bool = False  # dated by a case note's header: the entry is the note's account
    ocr: bool = False  # read from a scanned page by OCR: names and digits may be misread

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


def _is_field(sentence: Sentence) -> bool:
    """A form or record-keeping line ("Date: …", "Recorded by …"), however many words it has."""
    return (_LABEL_LINE.match(sentence.text) or _NOTE_HEADER.match(sentence.text)
            or _META_LINE.match(sentence.text)) is not None


def _is_title(sentence: Sentence) -> bool:
    text = sentence.text.strip()
    return len(text) <= 80 and "\n" not in text and not text.endswith((".", ":")) and bool(_WORD.search(text))


_FIELD_LABEL = re.compile(r"(?:^|(?<=[\s|(]))([A-Z][A-Za-z]*(?: (?:of|[a-z]+)){0,2})\s*:\s")
# which field names the kind of note, best first
_TITLE_LABELS = (re.compile(r"\btype\b", re.I), re.compile(r"\b(?:subject|title)\b", re.I),
                 re.compile(r"\b(?:step|category|activity|purpose|nature)\b", re.I))
_PERSON_LABEL = re.compile(r"\b(?:recorded|written|author|by|worker|practitioner|officer|staff|user|created|entered|"
                           r"interpreter|manager|team|date|time|id|ref)\b", re.I)


def _fields(header: str) -> list[tuple[str, str]]:
    """(label, value) pairs of a header line: a label is a capitalised word and up to two lower-case
    words before a colon ("Note type:", "Date of contact:"), its value runs to the next label or bar."""
    labels = list(_FIELD_LABEL.finditer(header))
    out = []
    for n, m in enumerate(labels):
        stop = labels[n + 1].start() if n + 1 < len(labels) else len(header)
        value = re.split(r"\s*(?:\||\t|\n)\s*", header[m.end():stop].strip(), maxsplit=1)[0].strip()
        out.append((m.group(1), value))
    return out


def _note_title(header: str) -> str:
    """What kind of note a header heads, in the record's own words.

    'Case Note: 14/03/2023 10:15 | Home visit | Recorded by: …' → 'Home visit';
    'Note date: … | Author: … | Note type: Telephone call' → 'Telephone call';
    'Date of contact: 14-Mar-2024  Time: 16:10  Contact type: Home visit' → 'Home visit'.
    """
    fields = _fields(header)
    for wanted in _TITLE_LABELS:
        for label, value in fields:
            if wanted.search(label) and value and not re.search(r"\d", value):
                return value
    parts = [p.strip() for p in re.split(r"\||\t| {3,}", header)[1:]]
    parts = [p for p in parts if p and ":" not in p and not re.search(r"\d", p) and not _PERSON_LABEL.match(p)]
    if parts:
        return parts[0]
    if not fields:  # "14/09/2021 Home visit HV J Moss": the words after the date and time
        rest = _LEAD_STAMP.sub("", header).strip(" -–|:.")
        return rest if 3 <= len(rest) <= 60 and re.search(r"[A-Za-z]{3}", rest) else ""
    return ""


_LEAD_STAMP = re.compile(r"^\s*[\w/.\- ]{0,6}?\d{1,4}[/.\-]\w{1,9}[/.\-]\d{2,4}(?:\s*,?\s*(?:at\s*)?\d{1,2}[:.]\d\d(?:\s*[ap]m)?)?", re.I)
LONG_HEADER = 60  # a header line longer than a note title is the account itself
HEADER_FIELDS = 6  # lines of a note header: the date line, then "Worker:", "Subject:", "Persons involved:", …
_SHORT_FIELDS = re.compile(r"^[^\n.!?]{0,120}\b[A-Za-z][A-Za-z ]{1,25}:\s*\S[^\n.!?]{0,100}$")


def _header_sentences(sentences: list[Sentence], passage: Passage) -> set[int]:
    """The sentences of a passage that are its note's header (any layout the export uses)."""
    out = {i for i, s in enumerate(sentences[:3]) if _NOTE_HEADER.match(s.text)}
    header = (passage.note_header or "").strip()
    if not header:
        return out
    at = passage.text.find(header[:40])
    if at < 0 or passage.text[:at].strip():
        return out  # this passage carries on a note whose header is in an earlier passage
    end = at + len(header)
    out |= {i for i, s in enumerate(sentences) if s.start < end}
    # the author/worker/type line under the header ("Worker: Jo Smith   Step: Home visit") is header too
    nxt = max(out) + 1 if out else 0
    while nxt < len(sentences) and nxt - min(out) < HEADER_FIELDS and _SHORT_FIELDS.match(sentences[nxt].text.strip()):
        out.add(nxt)
        nxt += 1
    return out


def _header_text(sentences: list[Sentence], header: set[int]) -> str:
    return " | ".join(sentences[i].text.strip() for i in sorted(header))


def _span(sentences: list[Sentence], i: int, dated: set[int], header: set[int] = frozenset()) -> tuple[int, int, str]:
    """The quote for the sentence at ``i``.

    A case-note header takes in the note's account up to the next dated sentence (the visit and what
    was said in it are one event); a form field is extended to the statement after it.
    """
    first = sentences[i]
    j = i
    if i in header or _NOTE_HEADER.match(first.text):
        body_seen = False
        while j + 1 < len(sentences) and sentences[j + 1].end - first.start <= NOTE_QUOTE:
            nxt = sentences[j + 1]
            if body_seen and j + 1 in dated:
                break  # a later dated sentence is an event of its own
            j += 1
            body_seen = body_seen or (j not in header and not _is_field(nxt))
    elif _is_label(first):
        while (j + 1 < len(sentences) and j + 1 not in dated
               and sentences[j + 1].end - first.start <= MAX_QUOTE):
            j += 1
            if not _is_label(sentences[j]):
                break
        if j == i and i > 0 and _is_title(sentences[i - 1]) and i - 1 not in dated:
            return sentences[i - 1].start, first.end, ""  # "Strategy meeting minutes / Date of meeting: …"
        if _LABEL_NAME.match(first.text) and all(_FORM_FIELD.match(sentences[k].text) for k in range(i, j + 1)):
            # a form's "Date of meeting:" among its fields: the form's title says what happened
            for k in range(i - 1, max(-1, i - 5), -1):
                cut = sentences[k].text.rfind("\n") + 1  # a heading block: its last line is the title
                title = Sentence(sentences[k].start + cut, sentences[k].end, sentences[k].text[cut:])
                if _is_title(title) and not _FORM_FIELD.match(title.text) and (k not in dated or cut):
                    body = [sentences[x].text for x in range(i, j + 1) if not _is_label(sentences[x])]
                    return title.start, sentences[j].end, tidy(" ".join([title.text + "."] + body))
                if not _FORM_FIELD.match(sentences[k].text):
                    break
    else:
        # the account of an event often goes on in the next sentence ("When asked…, Lily said "…"")
        while (j + 1 < len(sentences) and j + 1 not in dated and j - i < 2
               and sentences[j + 1].end - first.start <= MAX_QUOTE and _CONTINUES.match(sentences[j + 1].text)):
            j += 1
    return first.start, sentences[j].end, ""


def _after_header(passage: Passage, offset: int) -> bool:
    """Whether ``offset`` falls after the note header's own text, in the account that shares its sentence
    ("23-Jan-2025 15:00 | O Castell | PLO review held today, moved from 16/01/2025": 16/01 is not the note's date)."""
    header = (passage.note_header or "").strip()
    at = passage.text.find(header) if header else -1
    return at >= 0 and offset >= at + len(header)


def _after_cells(text: str) -> str:
    """A case-note table's row without the short cells before its account ("Owen Castell (Social Worker) | …")."""
    head, bar, account = text.rpartition(" | ")
    return account if bar and all(len(c) <= 60 for c in head.split(" | ")) else text


def _entry_text(sentences: list[Sentence], start: int, end: int, header: set[int] = frozenset()) -> str:
    """Entry wording built only from the cited sentences: label lines become a short heading."""
    inside = [i for i, s in enumerate(sentences) if start <= s.start and s.end <= end]
    parts = [sentences[i] for i in inside]
    in_header = [i for i in inside if i in header]
    labels = [s for s in parts if _is_label(s)]
    # a note's account keeps its short sentences ("Lily was asleep."); elsewhere they are form debris
    body = [sentences[i].text for i in inside if i not in header and not (
        _is_field(sentences[i]) if in_header else _is_label(sentences[i]))]
    # a log row read as a note ("06/06/2023 Information received G Rowntree, HV … not brought to his
    # physiotherapy appointment today."): its first line is the account, not a header of fields
    stamped = [_LEAD_STAMP.sub("", sentences[i].text).strip(" -|:") for i in in_header
               if not _is_field(sentences[i]) and not _fields(sentences[i].text)]
    told = [_after_cells(x) for x in stamped]
    row_note = told != stamped  # a case-note table's row: its cells are the recorder, not a title
    # a header line of two sentences or more is an account too ("… Area search - no trace. PC 5120 Greer")
    account = row_note or sum(1 for x in told if x) > 1
    body = [x for x in told if len(x) > LONG_HEADER or account] + body
    if not body:  # only fields and a title: "Strategy meeting minutes / Date of meeting: …"
        body = [s.text for s in parts if _is_title(s) and not _LABEL_LINE.match(s.text)] or told or [parts[0].text]
    heading = ""
    first = labels[0].text if labels else ""
    if in_header and not row_note:
        heading = _note_title(_header_text(sentences, set(in_header)))
    elif _NOTE_HEADER.match(first):
        heading = _note_title(first)
    elif (m := _LABEL_NAME.match(first)):
        heading = m.group(1).strip().capitalize()
    return _headed(heading, tidy(" ".join(body)))


def _headed(heading: str, text: str) -> str:
    """"Home visit: Saw Ana…", unless the account already says what the heading says."""
    return f"{heading}: {text}" if heading and heading.lower() not in text.lower() else text


def _inside_speech(sentence: Sentence, offset: int) -> bool:
    """Whether ``offset`` (in the passage) falls inside quoted words in ``sentence``."""
    before = sentence.text[:max(0, offset - sentence.start)]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


MAX_QUOTATION_TAIL = 400
# characters of the page before a passage read with it: they can decide its first date's kind ("(DOB\n"),
# and the last date they write out is what "the next morning" counts from and a year-less date's year
DATE_CONTEXT = 600
KIND_CONTEXT = 120  # ... before a note's header: only what can decide a date's kind


def close_quotation(page_text: str, end: int, start: int) -> int:
    """Where a quotation opened in ``page_text[start:end]`` closes (or ``end``): the words someone
    said are never cut off because a passage or sentence split fell inside them."""
    before = page_text[start:end]
    if before.count("\u201c") > before.count("\u201d"):
        close = page_text.find("\u201d", end, end + MAX_QUOTATION_TAIL)
    elif before.count('"') % 2:
        close = page_text.find('"', end, end + MAX_QUOTATION_TAIL)
    else:
        return end
    return end if close < 0 else close + 1


def _this_sentence(text: str) -> str:
    """The end of ``text`` after its last sentence break: "…back to Nan's. " says nothing of "Kyle said"."""
    cut = max(text.rfind(". "), text.rfind("? "), text.rfind("! "))
    return text[cut + 1:]


def child_voice(quote: str) -> bool:
    """Direct speech whose speaker is a child: a first name or a pronoun, not "I" (the worker) or an adult role.

    A first-name speaker may now and then be an adult; the flag only sends the reviewer to look.
    """
    for m in _SPEECH.finditer(quote):
        # an earlier quotation in the sentence reads as one word: 'Kayla said she runs for "them" and said "…"'
        before = _SPEECH.sub("it", quote[max(0, m.start() - 160):m.start()])
        cue = _CUE_END.search(before)
        if not cue:
            continue
        at = cue.start("cue")
        people = [w for w in _TOKEN.finditer(before, 0, at)
                  if w.group()[0].isupper() or w.group().lower() in _PRONOUNS and w.group() in ("she", "he", "they")]
        who = next((w for w in reversed(people) if len(before[w.end():at].split()) <= MAX_SPEAKER_WORDS), None)
        # "Kayla told me her mother said", "Nurse Lee said", "Kayla's mum Dawn said": an adult speaks
        context = " ".join(_this_sentence(before[:who.start()]).split()[-2:]) + " " + before[who.start():at] if who else ""
        if who and who.group() != "I" and not _ADULT_WORD.search(context) and not _TITLE_BEFORE.search(before[:who.start()]):
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
    # the words just before the passage still say what its first date is ("(DOB\n02/07/2018)")
    lead = page_text[max(0, passage.char_start - DATE_CONTEXT):passage.char_start]
    if passage.note_header and passage.text.startswith(passage.note_header):
        lead = lead[-KIND_CONTEXT:]  # the note before says nothing of this one's "next morning"
    elif passage.note_header and (head := lead.rfind(passage.note_header)) >= 0:
        lead = lead[head:]
    if page_text[passage.char_start:passage.char_end] != passage.text:
        lead = ""
    mentions = [dataclasses.replace(m, start=m.start - len(lead), end=m.end - len(lead))
                for m in find_dates(lead + passage.text, passage.anchor_date, day_first=day_first) if m.start >= len(lead)]
    running = {i for i, s in enumerate(sentences) if s.text.strip() in boilerplate  # the page's headers, footers
               and page_edge(page_text, passage.char_start + s.start, passage.char_start + s.end)}
    skip = running | {i for i, s in enumerate(sentences) if _META_LINE.match(s.text)}
    # sentences stating an event's date end the account before them; a plan ("review next month")
    # or a reference number inside a note's account does not
    dated = {sentence_at(sentences, m.start) for m in mentions if m.kind in ("event", "birth") and not (
        m.inferred and _inside_speech(sentences[sentence_at(sentences, m.start)], m.start))} - skip
    header = _header_sentences(sentences, passage)
    logged = timed_entries(page_text, passage.anchor_date) if not passage.note_header else ()
    for m in mentions:
        if (m.kind == "plan" and not m.inferred and sentence_at(sentences, m.start) in header
                and not _after_header(passage, m.start)):
            m = dataclasses.replace(m, kind="event")  # a note's own date: the contact happened ("none booked" is no plan)
        if m.kind not in ("event", "birth") or sentence_at(sentences, m.start) in skip:
            continue
        if m.value is None:
            if problems is not None and m.error:
                problems.append(Problem(document.path, passage.page_number, m.text, m.error))
            continue
        i = sentence_at(sentences, m.start)
        line = passage.text[passage.text.rfind("\n", 0, m.start) + 1:].split("\n", 1)[0]
        if passage.seq == 0 and (is_document_date(sentences[i].text, m.text) or is_document_date(line, m.text)):
            continue
        if _FORWARD_HEADER.match(line):
            continue  # "Sent: 14 March 2023 10:02" of a forwarded e-mail dates the message, wherever it is
        if (is_self_dated(sentences[i].text, m.text) or _PARAMETERS_LINE.match(line)
                or _REVISION_BEFORE.search(passage.text[max(0, m.start - 20):m.start])):
            continue
        if (i, m.value) in seen:
            continue
        if m.inferred and any(not n.inferred and n.value and (0 <= n.start - m.end <= 3 or 0 <= m.start - n.end <= 3)
                              for n in mentions):
            continue  # "On Saturday night, 15th June": the written date says which Saturday
        if m.inferred and any(te.start <= passage.char_start + m.start < te.end for te in logged):
            continue  # "19:05 Bath time - a mark on her jaw. It was not there this morning.": the entry is the event
        if m.inferred and _inside_speech(sentences[i], m.start):
            continue  # "We didn't have no tea last night": the night before the words, not before the record
        if m.inferred and passage.anchor_date and iso_to_date(m.value) > passage.anchor_date and i not in header:
            if problems is not None:  # "yesterday" cannot fall after the note that records it
                problems.append(Problem(document.path, passage.page_number, m.text,
                                        f"resolves to {m.value}, after the note's own date {passage.anchor_date}"))
            continue
        seen.add((i, m.value))
        at = passage.char_start + m.start
        row = row_at(page_text, at)
        if row is not None and passage.note_header and row.line.lstrip().startswith(passage.note_header.rstrip(" |")):
            row = None  # a row of a case-note table is a note: its sentences and relative dates read as a note's
        role = row.role(at) if row else ""
        if role in ("birth", "plan"):
            continue  # a family table's dates of birth, a plan's review-by dates: never events
        if row is None and in_birth_table(page_text, at) and not _PROSE_DATE.search(
                page_text[page_text.rfind("\n", 0, at) + 1:at] + " " + m.text):
            continue  # a PDF family table without bars: "Name Relationship DOB Address" above the row
        if row is not None and m.inferred and row.column(at) != 0 and role != "event":
            continue  # "last night" inside a dated row is part of that row's account
        if row is not None and (role == "event" or row.column(at) == 0):
            # a dated log row is one event: the whole row is its quote
            # the whole row, even where the passage split fell inside it: a row is one event
            start, end = row.start, row.end
            text = tidy(row_text(row, row.column(at)))
            if len(row.cells) == 2 and row.column(at) == 1:  # "Date / time | …" opens a key-value record
                end, told = record_end(page_text, row)
                text = tidy(told) if told else text
            s_start, s_end = max(0, start - passage.char_start), end - passage.char_start
        elif i not in header and (log := log_row(page_text, at)):
            # a PDF table's row: the date-led line and its wrapped cells, worded without the date
            start, end = max(log[0], passage.char_start), min(log[1], passage.char_end)
            s_start, s_end = start - passage.char_start, end - passage.char_start
            text = tidy(page_text[max(start, at + len(m.text)):end].lstrip(" :-|\t")) or tidy(page_text[start:end])
        else:
            s_start, s_end, titled = _span(sentences, i, dated | running, header)  # a running footer ends it
            start, end = passage.char_start + s_start, passage.char_start + s_end
            text = titled or _entry_text(sentences, s_start, s_end, header)
        if (closed := close_quotation(page_text, end, start)) > end:  # the passage ended inside someone's words
            base = text if text[-1:] == page_text[end - 1:end] else text[:-1]  # tidy's closing full stop goes
            text, end = tidy(base + " " + page_text[end:closed]), closed
        quote = page_text[start:end]
        time = m.time
        if time is None and (t := _TIME_FIELD.search(passage.text[s_start:s_end])):
            time = f"{int(t.group(1)):02d}:{t.group(2)}"
        found.append(Candidate(
            document=document, passage=passage, value=m.value, precision=m.precision, value_end=m.value_end,
            time=time, inferred=m.inferred, kind=m.kind, start=start, end=end, quote=quote,
            text=text, order=(document.path, passage.seq, s_start),
            from_header=i in header))
    if not passage.note_header:  # a shift log: "22:35  Police rang…" under the shift's date
        for te in logged:
            if not passage.char_start <= te.start < passage.char_end:
                continue
            dated.add(sentence_at(sentences, te.start - passage.char_start))  # an entry ends the one before
            # the day heading above ("Sat 16/12/23") read as the date of the first entry gives way to the entry
            found = [c for c in found if not (c.start < te.start < c.end and c.time is None
                                              and c.value == te.day.isoformat()
                                              and "\n" not in page_text[c.start:te.start].strip())]
            if routine_care(te.text):
                continue  # "07:30 Feed 5oz. Nappy wet.": the day's care, no event of the case
            if not any(te.start <= c.start < te.end or c.start <= te.start < c.end for c in found):
                found.append(Candidate(
                    document=document, passage=passage, value=te.day.isoformat(), precision="day", value_end=None,
                    time=te.time, inferred=True, kind="event", start=te.start, end=te.end,
                    quote=page_text[te.start:te.end], text=te.text,
                    order=(document.path, passage.seq, te.start - passage.char_start)))
    if any(c.from_header and _LATE_ENTRY.search(c.quote) for c in found) and any(not c.from_header for c in found):
        # "Late entry. Family time on Christmas Eve went well": the note's date is when it was typed
        found = [c for c in found if not (c.from_header and _LATE_ENTRY.search(c.quote))]
    for c in found:
        if not c.from_header:
            c.voices = _paragraph_voices(c, sentences, dated, passage, page_text)
    return found


# a date a sentence tells ("At 2115hrs on Sunday 17/11/2024 Linda called 999"), not a cell under "DOB"
_PROSE_DATE = re.compile(r"\b(?:on|at|from|since|until)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)", re.I)
_LATE_ENTRY = re.compile(r"\b(?:late|retrospective)\s+(?:entry|note|recording)\b|\bentered\s+retrospectively\b", re.I)


MAX_VOICES = 2


def quoted_voices(c: Candidate) -> list[Voice]:
    """The sentences of a candidate's own quote in which a child speaks (for a line worded from another source)."""
    out = []
    for s in split_sentences(c.quote):
        if child_voice(s.text):
            out.append(Voice(c.passage.page_number, c.start + s.start, c.start + s.end, s.text))
    return out


def _paragraph_voices(c: Candidate, sentences: list[Sentence], dated: set[int], passage: Passage,
                      page_text: str) -> list[Voice]:
    """A child's words later in the same paragraph as a dated statement, or opening the next one, before
    the next date: what the child said on that occasion, which the line must quote wherever it is kept."""
    out: list[Voice] = []
    end = c.end - passage.char_start
    last, crossed = end, False
    for j, s in enumerate(sentences):
        if s.start < end:
            continue
        if j in dated or len(out) >= MAX_VOICES:
            break
        if "\n\n" in passage.text[last:s.start]:
            # the paragraph after an account may be the child's words on it ("Mason told Linda in the car: …")
            if crossed or not child_voice(s.text):
                break
            crossed = True
        last = s.end
        if child_voice(s.text):
            start, stop = passage.char_start + s.start, passage.char_start + s.end
            out.append(Voice(passage.page_number, start, stop, page_text[start:stop]))
    return out


EDGE_LINES = 4  # running headers and footers stand within this many lines of a page's top or foot


def page_edge(page_text: str, start: int, end: int) -> bool:
    """Whether ``page_text[start:end]`` stands at the top or foot of its page (where running lines are,
    unlike a recording template's repeated lines in the middle of a note)."""
    above = sum(1 for ln in page_text[:start].split("\n") if ln.strip())
    below = sum(1 for ln in page_text[end:].split("\n") if ln.strip())
    return above < EDGE_LINES or below < EDGE_LINES


def _furniture(line: str, boilerplate: frozenset[str]) -> bool:
    """A running header or footer, or a print/record stamp: no part of any account."""
    line = line.strip()
    return line in boilerplate or bool(_META_LINE.match(line))


def bare_note(c: Candidate, boilerplate: frozenset[str], page_text: str) -> bool:
    """A note header at the foot of a page with nothing under it but the page's running lines: the
    note's account is on the next page ("27/12/2024 10:30 | Telephone Call" / "OFFICIAL-SENSITIVE")."""
    if not c.from_header or not c.passage.note_header:
        return False
    lines = [ln.strip() for ln in page_text[c.start:].split("\n") if ln.strip()]  # to the page's foot
    header = c.passage.note_header.strip()
    at = next((k for k, ln in enumerate(lines) if header[:40] in ln), None)
    if at is None or len(header) > LONG_HEADER or lines[at].replace(header, "").strip(" |:-"):
        return False  # the header's own line carries the account (a table row, "Home visit: Saw Ana")
    rest = lines[at + 1:]
    while rest and rest[0] not in boilerplate and _SHORT_FIELDS.match(rest[0]):
        rest = rest[1:]  # the byline under the header ("Author: … | Recorded: …")
    return all(_furniture(ln, boilerplate) for ln in rest)


def continued_note(bare: Candidate, passage: Passage, page_text: str, boilerplate: frozenset[str]) -> Candidate | None:
    """The note event of ``bare`` (a header whose page held no account), worded and quoted from the
    top of the next page, where its account is; the date and time stay the header's."""
    if passage.note_header != bare.passage.note_header or passage.page_number <= bare.passage.page_number:
        return None
    if any(ln.strip() and not _furniture(ln, boilerplate) for ln in page_text[:passage.char_start].split("\n")):
        return None  # not the top of the page: the account's start is in an earlier passage
    from chronology.dates import find_dates

    sentences = [s for s in split_sentences(passage.text, boilerplate) if not _furniture(s.text, boilerplate)]
    while sentences and _SHORT_FIELDS.match(sentences[0].text.strip()) and ":" in sentences[0].text[:40]:
        sentences = sentences[1:]  # the byline carried over ("Author: … | Recorded: …")
    if not sentences:
        return None
    dated = {sentence_at(sentences, m.start) for m in find_dates(passage.text, passage.anchor_date)
             if m.kind in ("event", "birth") and m.start >= sentences[0].start}
    j = 0
    while j + 1 < len(sentences) and j + 1 not in dated and sentences[j + 1].end - sentences[0].start <= NOTE_QUOTE:
        j += 1
    start, end = passage.char_start + sentences[0].start, passage.char_start + sentences[j].end
    account = tidy(" ".join(s.text for s in sentences[:j + 1]))
    text = _headed(_note_title(bare.passage.note_header or ""), account)
    return dataclasses.replace(bare, passage=passage, start=start, end=end, quote=page_text[start:end], text=text,
                               order=(bare.document.path, passage.seq, sentences[0].start))


def is_note_event(c: Candidate) -> bool:
    return c.from_header or _NOTE_HEADER.match(c.quote) is not None


def voices(passage: Passage, page_text: str, boilerplate: frozenset[str] = frozenset()) -> list[Voice]:
    """Sentences of a passage in which a child speaks, so a note's entry can quote them verbatim."""
    out: list[Voice] = []
    for s in split_sentences(passage.text, boilerplate):
        start, end = passage.char_start + s.start, passage.char_start + s.end
        if out and start < out[-1].end:
            continue  # inside the words already taken
        end = close_quotation(page_text, end, start)  # 'She said: "They're my mates, they look after me. You lot don't."'
        if child_voice(page_text[start:end]):
            out.append(Voice(passage.page_number, start, end, page_text[start:end]))
    return out


def iso_to_date(value: str) -> date:
    """First day of an ISO date, month or year."""
    parts = value.split("-")
    return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
