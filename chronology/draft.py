"""The cited draft: candidate events merged into one line per real-world event, saved without losing review work.

Merging needs compatible dates AND similar statements (MiniLM cosine), and never joins two different
events on the same day: candidates from the same document, different times, or different kinds of
contact (a visit and a call) stay apart. The default drafter is extractive: every word of an entry
comes from its cited sentences, so every name, place and number is in its quote.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from chronology.entries import EntryStore
from chronology.events import Candidate, Problem, Voice, candidates, child_voice, is_note_event, iso_to_date, voices
from chronology.models import Citation, Entry
from chronology.sentences import repeated_lines
from chronology.store import Store

MERGE_THRESHOLD = 0.62
TIME_APART_MINUTES = 120
REVIEWED = ("verified", "rejected")

_TYPES: dict[str, re.Pattern[str]] = {
    "visit": re.compile(r"\b(home visit|visited|visit|unannounced)\b", re.I),
    "call": re.compile(r"\b(telephone|phone|phoned|rang|called|call|voicemail|text message)\b", re.I),
    "meeting": re.compile(r"\b(meeting|conference|core group|strategy|panel|review)\b", re.I),
    "incident": re.compile(r"\b(police|officers?|incident|assault|arrest\w*|shouting|domestic|callout|call-out|999)\b", re.I),
    "health": re.compile(r"\b(appointment|clinic|GP|hospital|A&E|paediatric|health visitor|immunisation|dental|weigh\w*)\b", re.I),
    "school": re.compile(r"\b(school|absent|absence|attendance|exclu\w+|teacher|DSL)\b", re.I),
    "court": re.compile(r"\b(court|hearing|order|judge|magistrates)\b", re.I),
    "birth": re.compile(r"\bborn\b", re.I),
}
_CONTACT = {"visit", "call", "meeting"}  # kinds of contact that are never the same event as each other


@dataclass
class DraftOptions:
    about: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    person: str | None = None
    day_first: bool = True


@dataclass
class DraftReport:
    case_id: str
    candidates: int = 0
    entries: int = 0
    merged: int = 0  # entries with citations from more than one document
    new: int = 0
    updated: int = 0
    kept: int = 0  # reviewed or edited entries left exactly as they were
    removed: int = 0
    problems: list[Problem] = field(default_factory=list)


def event_types(text: str) -> set[str]:
    return {name for name, pattern in _TYPES.items() if pattern.search(text)}


def _minutes(t: str | None) -> int | None:
    if not t:
        return None
    h, m = t.split(":")
    return int(h) * 60 + int(m)


def compatible(a: Candidate, b: Candidate) -> bool:
    """Could these two statements describe the same event? (Similarity is judged separately.)"""
    if a.document.id == b.document.id and a.note_key == b.note_key:
        return False
    if (a.value, a.precision, a.value_end) != (b.value, b.precision, b.value_end):
        return False
    ta, tb = _minutes(a.time), _minutes(b.time)
    if ta is not None and tb is not None and abs(ta - tb) > TIME_APART_MINUTES:
        return False
    ka, kb = event_types(a.quote) & _CONTACT, event_types(b.quote) & _CONTACT
    if ka and kb and not (ka & kb):
        return False
    return True


def _cosine(u: list[float], v: list[float]) -> float:
    return sum(x * y for x, y in zip(u, v))  # vectors are L2-normalised


def cluster(cands: list[Candidate], embed: Callable[[list[str]], list[list[float]]]) -> list[list[Candidate]]:
    """Greedy single-pass clustering inside each date group, in source order."""
    groups: dict[tuple, list[Candidate]] = defaultdict(list)
    for c in cands:
        groups[(c.value, c.precision, c.value_end)].append(c)
    clusters: list[list[Candidate]] = []
    comparable = []
    for members in groups.values():
        members.sort(key=lambda c: c.order)
        multi_doc = len({c.document.id for c in members}) > 1 or len({c.note_key for c in members}) > 1
        if len(members) == 1 or not multi_doc:
            clusters.extend([c] for c in members)
        else:
            comparable.append(members)
    # one embedding call for every statement that may need comparing, each distinct text once
    texts = list(dict.fromkeys(c.text for members in comparable for c in members))
    vector_of = dict(zip(texts, embed(texts))) if texts else {}
    for members in comparable:
        vectors = [vector_of[c.text] for c in members]
        local: list[tuple[list[Candidate], list[list[float]]]] = []
        for c, v in zip(members, vectors):
            best, best_score = None, MERGE_THRESHOLD
            for group, vecs in local:
                if not all(compatible(c, other) for other in group):
                    continue
                score = max(_cosine(v, w) for w in vecs)
                if score >= best_score:
                    best, best_score = (group, vecs), score
            if best is None:
                local.append(([c], [v]))
            else:
                best[0].append(c)
                best[1].append(v)
        clusters.extend(group for group, _ in local)
    return clusters


def _primary(group: list[Candidate]) -> Candidate:
    """The statement that words the entry: a stated (not inferred) date, then the fullest sentence."""
    return sorted(group, key=lambda c: (c.inferred, -min(len(c.text), 300), c.order))[0]


def _entry_key(c: Candidate) -> str:
    raw = f"{c.value}|{c.value_end}|{c.document.path}|{c.document.sha256}|{c.start}|{c.end}"
    return hashlib.sha256(raw.encode()).hexdigest()[:24]


def build_entry(case_id: str, group: list[Candidate]) -> Entry:
    lead = _primary(group)
    ordered = [lead] + [c for c in sorted(group, key=lambda c: c.order) if c is not lead]
    cites: list[Citation] = []
    for c in ordered:
        if any(x.document_id == c.document.id and x.char_start == c.start and x.page == c.passage.page_number for x in cites):
            continue
        cites.append(Citation(document_id=c.document.id or 0, document=c.document.path, page=c.passage.page_number,
                              char_start=c.start, char_end=c.end, quote=c.quote, passage_id=c.passage.id,
                              document_sha256=c.document.sha256))
    text = lead.text
    for v in lead.voices:
        cites.append(Citation(document_id=lead.document.id or 0, document=lead.document.path, page=v.page,
                              char_start=v.start, char_end=v.end, quote=v.quote, document_sha256=lead.document.sha256))
        text = f"{text} {v.text}"
    flags: list[str] = []
    if all(c.inferred for c in group):
        flags.append("date-inferred")
    if lead.precision in ("approximate", "season"):
        flags.append("approximate")
    if len({c.document.id for c in group}) == 1:
        flags.append("single-source")
    if any(child_voice(c.quote) for c in group) or lead.voices:
        flags.append("child-voice")
    if len(lead.text.split()) < 5 or ("date-inferred" in flags and "single-source" in flags):
        flags.append("low-support")
    date_end = iso_to_date(lead.value_end).isoformat() if lead.value_end else None
    return Entry(
        id=None, case_id=case_id, date=iso_to_date(lead.value).isoformat(), date_end=date_end,
        precision=lead.precision, time=lead.time or next((c.time for c in ordered if c.time), None), text=text, citations=cites, flags=flags,
        source_kinds=sorted({c.document.source_kind for c in group}), key=_entry_key(lead),
        seq=0, drafter="extractive")


def _in_range(value: str, date_from: str | None, date_to: str | None) -> bool:
    return (date_from is None or value >= date_from[: len(value)]) and (date_to is None or value[: len(date_to)] <= date_to)


class Drafter:
    """Builds and saves the draft chronology of a case."""

    def __init__(self, store: Store, index=None, embed: Callable[[list[str]], list[list[float]]] | None = None):
        self.store = store
        self.index = index
        if embed is None:
            from ingest.embed import MiniLMEmbeddings

            embed = MiniLMEmbeddings().embed_documents
        self.embed = embed

    def _passage_filter(self, case_id: str, options: DraftOptions) -> set[int] | None:
        allowed: set[int] | None = None
        if options.about:
            if self.index is None:
                raise ValueError("--about needs the vector index")
            hits = self.index.search(case_id, options.about, k=80)
            top = hits[0].score if hits else 0.0
            allowed = {h.passage_id for h in hits if h.score >= max(0.25, top - 0.25)}
        if options.person:
            name = re.compile(rf"\b{re.escape(options.person)}\b", re.I)
            named = {p.id for p in self.store.passages(case_id) if name.search(p.text)}
            allowed = named if allowed is None else allowed & named
        return allowed

    def collect(self, case_id: str, options: DraftOptions, report: DraftReport,
                progress: Callable[[int, int], None] | None = None) -> list[Candidate]:
        allowed = self._passage_filter(case_id, options)
        person = re.compile(rf"\b{re.escape(options.person)}\b", re.I) if options.person else None
        docs = self.store.documents(case_id)
        found: list[Candidate] = []
        for n, doc in enumerate(docs, start=1):
            pages = {p.number: p.text for p in self.store.pages(doc.id or 0)}
            boilerplate = repeated_lines(list(pages.values()))
            note_voices: dict[str, list[Voice]] = defaultdict(list)
            note_events: list[Candidate] = []
            for passage in self.store.passages(case_id, doc.id):
                if passage.note_header:
                    note_voices[passage.note_header].extend(voices(passage, pages[passage.page_number], boilerplate))
                if allowed is not None and passage.id not in allowed:
                    continue
                for c in candidates(doc, passage, pages[passage.page_number], options.day_first, report.problems,
                                        boilerplate):
                    if _in_range(c.value, options.date_from, options.date_to) and (
                            person is None or person.search(c.quote)):
                        found.append(c)
                        if is_note_event(c):
                            note_events.append(c)
            for c in note_events:  # a visit's entry carries what the child said during it, verbatim
                c.voices = [v for v in note_voices.get(c.note_key or "", [])
                            if not (c.start <= v.start and v.end <= c.end and v.page == c.passage.page_number)][:2]
            if progress:
                progress(n, len(docs))
        return found

    def draft(self, case_id: str, options: DraftOptions | None = None,
              progress: Callable[[int, int], None] | None = None) -> DraftReport:
        options = options or DraftOptions()
        report = DraftReport(case_id=case_id)
        cands = self.collect(case_id, options, report, progress)
        report.candidates = len(cands)
        entries = [build_entry(case_id, g) for g in cluster(cands, self.embed)]
        report.merged = sum(1 for e in entries if len({c.document_id for c in e.citations}) > 1)
        filtered = any([options.about, options.person, options.date_from, options.date_to])
        self.save(case_id, entries, report, remove_missing=not filtered)
        report.entries = len(entries)
        return report

    def save(self, case_id: str, entries: list[Entry], report: DraftReport, remove_missing: bool) -> None:
        """Merge a fresh draft into the stored one, keeping every piece of human work.

        Verified, rejected and edited entries are never touched. An unreviewed entry whose citations
        overlap a new one is updated in place (same id, so comments stay); new material is added.
        """
        es = EntryStore(self.store)
        existing = es.list(case_id, include_stale=True)
        reviewed = [e for e in existing if e.status in REVIEWED or e.edited]
        open_ = {e.key: e for e in existing if e not in reviewed}
        span_owner: dict[tuple[int, int, int], Entry] = {}
        for e in existing:
            for c in e.citations:
                span_owner[(c.document_id, c.page, c.char_start)] = e
        for seq, e in enumerate(sorted(entries, key=lambda x: (x.date or "", x.time or "", x.key)), start=1):
            e.seq = seq
        touched: set[int] = set()
        with self.store.transaction() as conn:
            for e in entries:
                owners = {span_owner[k].id: span_owner[k] for k in
                          ((c.document_id, c.page, c.char_start) for c in e.citations) if k in span_owner}
                prior = open_.get(e.key) or next((o for o in owners.values() if o not in reviewed), None)
                if prior is not None and prior.id not in touched and prior.date == e.date:
                    if prior.drafter != "extractive" and _spans(prior) == _spans(e):
                        e.text, e.drafter = prior.text, prior.drafter  # same sources: keep the model's grounded wording
                        e.flags = sorted(set(e.flags) | {f for f in prior.flags if f.startswith("llm-")})
                    es.update(conn, prior.id, prior.version, key=e.key, date=e.date, date_end=e.date_end,
                              precision=e.precision, time=e.time, text=e.text, drafted_text=e.text, flags=e.flags,
                              source_kinds=e.source_kinds, seq=e.seq, stale=False, drafter=e.drafter)
                    es.replace_citations(conn, prior.id, e.citations)
                    touched.add(prior.id)
                    report.updated += 1
                    continue
                if owners and all(o in reviewed for o in owners.values()):
                    if {(c.document_id, c.char_start) for c in e.citations} <= {
                            (c.document_id, c.char_start) for o in owners.values() for c in o.citations}:
                        continue  # nothing new: the reviewed entry already covers it
                    e.flags.append("possible-duplicate")
                if e.key in {r.key for r in reviewed}:
                    e.key = f"{e.key}-{e.seq}"
                es.insert(conn, e)
                touched.add(e.id or 0)
                report.new += 1
            report.kept = len(reviewed)
            if remove_missing:
                gone = [e for e in open_.values() if e.id not in touched]
                commented = _with_reviews(conn, [e.id for e in gone])
                es.delete(conn, [e.id for e in gone if e.id not in commented])
                for e in gone:
                    if e.id in commented:
                        es.update(conn, e.id, e.version, stale=True)
                report.removed = len(gone)


def _spans(entry: Entry) -> set[tuple[int, int, int, int]]:
    return {(c.document_id, c.page, c.char_start, c.char_end) for c in entry.citations}


def _with_reviews(conn, entry_ids: Iterable[int]) -> set[int]:
    from sqlalchemy import select

    from chronology import schema

    ids = list(entry_ids)
    if not ids:
        return set()
    return set(conn.execute(select(schema.reviews.c.entry_id).where(schema.reviews.c.entry_id.in_(ids))).scalars())
