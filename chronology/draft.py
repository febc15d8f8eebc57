"""The cited draft: candidate events merged into one line per real-world event, saved without losing review work.

Merging needs compatible dates and shared evidence (people, roles, kind of event; see kinds.py), with
wording similarity (MiniLM cosine) as one signal, and never joins two different events on one day:
different times or different activities (a visit and a call) stay apart. The default drafter is extractive: every word of an entry
comes from its cited sentences, so every name, place and number is in its quote.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from chronology.entries import EntryStore
from chronology.kinds import activity_conflict, kinds, participants, same_event_evidence
from chronology.events import (Candidate, Problem, Voice, bare_note, candidates, child_voice, continued_note,
                               is_note_event, iso_to_date, quoted_voices, voices)
from chronology.models import Citation, Entry
from chronology.sentences import repeated_lines
from chronology.store import Store

# Merging decides on facts first: the same date, no clash of time or activity, and shared people or
# kind of event; wording similarity (MiniLM cosine) is one signal beside them, never enough alone
# unless it is high. Figures from the sample cases' same-day statement pairs (bench/quality.py).
WEAK_SIMILARITY = 0.2  # enough with shared evidence (a person, a role, a kind of event)
STRONG_SIMILARITY = 0.5  # enough on its own for two day-precise statements with nothing in conflict
LOOSE_DATE_SIMILARITY = 0.62  # month, season or year mentions: wording must carry more of the weight
SAME_WORDS_SIMILARITY = 0.8  # two statements of different kinds: only a retelling in nearly the same words
TIME_APART_MINUTES = 120
WRITE_UP_MINUTES = 8 * 60  # a note written up later the same working day
SAME_RECORD_MINUTES = 30  # one record's own times further apart than this are different moments
REVIEWED = ("verified", "rejected")


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
    return set(kinds(text))


def _minutes(t: str | None) -> int | None:
    if not t:
        return None
    h, m = t.split(":")
    return int(h) * 60 + int(m)


def compatible(a: Candidate, b: Candidate) -> bool:
    """Could these two statements describe the same event? (Evidence and similarity are judged separately.)"""
    if (a.value, a.precision, a.value_end) != (b.value, b.precision, b.value_end):
        return False
    if a.document.id == b.document.id and a.start == b.start:
        return False
    ta, tb = _minutes(a.time), _minutes(b.time)
    if ta is not None and tb is not None and abs(ta - tb) > _time_allowance(a, b, ta, tb):
        return False
    if a.document.id == b.document.id and ta is not None and tb is not None and ta != tb and (
            a.from_header == b.from_header):
        # one record timing two moments ("10:05 arrived", "11:40 a present") tells two; a log's entries
        # always do; two notes of one export timed apart (a 14:30 strategy discussion, a 16:10 visit) are two
        if abs(ta - tb) > SAME_RECORD_MINUTES or (_time_led(a) and _time_led(b)):
            return False
    return not activity_conflict(_kinds(a), _kinds(b))


_LEADING_TIME = re.compile(r"\s*(?:[01]?\d|2[0-3])[.:][0-5]\d\b|\s*(?:1[0-2]|[1-9])(?:[.:][0-5]\d)?\s*[ap]\.?m\b", re.I)


def _time_led(c: Candidate) -> bool:
    """An entry of a timed log: its quote opens with its own time ("23:15  Sade Adeyemi agreed…")."""
    return bool(_LEADING_TIME.match(c.quote.split("\n", 1)[-1] if c.quote[:1].isalpha() else c.quote))


def _time_allowance(a: Candidate, b: Candidate, ta: int, tb: int) -> int:
    """Minutes two stated times may differ. A case note's header time is when it was written, so a
    note timed after a meeting or incident another record times earlier may still report it."""
    if a.from_header != b.from_header:
        note_time, other_time = (ta, tb) if a.from_header else (tb, ta)
        if note_time >= other_time:
            return WRITE_UP_MINUTES
    return TIME_APART_MINUTES


def _kinds(c: Candidate) -> frozenset[str]:
    return kinds(c.quote)


def _people(c: Candidate) -> frozenset[str]:
    return participants(c.quote)


COMMON_NAME_SHARE = 0.4  # a name in this share of a case's documents is whom the case is about


def common_names(cands: list[Candidate]) -> frozenset[str]:
    """Names nearly every document mentions (the children, the parents): sharing them shows nothing."""
    docs: dict[str, set[int]] = defaultdict(set)
    for c in cands:
        for p in _people(c):
            if p[:1].isupper():
                docs[p].add(c.document.id or 0)
    total = len({c.document.id for c in cands})
    return frozenset(p for p, ids in docs.items() if len(ids) >= max(2, COMMON_NAME_SHARE * total))


# figures a record copies from another: "84.3%", "£200", "9th centile", "2.91 kg", "3 x 2 cm", "19:45"
_FIGURE = re.compile(r"\b\d+(?:\.\d+)?\s?%|£\s?\d[\d,]*(?:\.\d\d)?|\b\d+(?:st|nd|rd|th)\s+centile|"
                     r"\b\d+(?:\.\d+)?\s?(?:kg|cm|mm|ml)\b|\b\d+\s?x\s?\d+\s?cm\b|"
                     r"(?<![\d.:/])(?:[01]\d|2[0-3]):[0-5]\d(?![\d:])", re.I)


def _figures(c: Candidate) -> frozenset[str]:
    return frozenset(re.sub(r"\s", "", m.group()).lower() for m in _FIGURE.finditer(c.quote))


def linked(a: Candidate, b: Candidate, similarity: float, common: frozenset[str] = frozenset()) -> bool:
    """Same event? Shared evidence with some likeness of wording, or (for a stated day) close wording.

    Statements about different kinds of thing (school attendance, a police call-out) need close
    wording to join, and the people every document names are no evidence. The same figure on the
    same date ("84.3%" in the school's table and in the conference minutes) is the same fact."""
    if _figures(a) & _figures(b) and similarity >= WEAK_SIMILARITY:
        return True
    ka, kb = _kinds(a), _kinds(b)
    if ka and kb and not ka & kb:  # about different kinds of thing: only a near-identical retelling joins
        return similarity >= SAME_WORDS_SIMILARITY
    evidence = same_event_evidence(ka, kb, _people(a) - common, _people(b) - common)
    if a.precision != "day":
        return (evidence and similarity >= STRONG_SIMILARITY) or similarity >= LOOSE_DATE_SIMILARITY
    return (evidence > 0 and similarity >= WEAK_SIMILARITY) or similarity >= STRONG_SIMILARITY


def _cosine(u: list[float], v: list[float]) -> float:
    return sum(x * y for x, y in zip(u, v))  # vectors are L2-normalised


class _Vectors(dict):
    """Statement text → vector, fetched in one call for every text that may be compared; a text asked
    for that was not foreseen is fetched on first use (never expected: see :func:`_may_compare`)."""

    def __init__(self, texts: list[str], fetch: Callable[[list[str]], list[list[float]]]):
        super().__init__(zip(texts, fetch(texts)) if texts else ())
        self.fetch = fetch

    def __missing__(self, text: str) -> list[float]:
        self[text] = self.fetch([text])[0]
        return self[text]


def _may_compare(members: list[Candidate]) -> list[Candidate]:
    """The statements of one date group whose vectors the clustering can read: a statement compatible
    with no other member only ever starts its own group, and no score is taken against it."""
    return [c for c in members if any(o is not c and (compatible(c, o) or compatible(o, c)) for o in members)]


def cluster(cands: list[Candidate], embed: Callable[[list[str]], list[list[float]]]) -> list[list[Candidate]]:
    """Greedy single-pass clustering inside each date group, in source order: a statement joins the
    group it is most like among those it is linked to and clashes with none of."""
    groups: dict[tuple, list[Candidate]] = defaultdict(list)
    for c in cands:
        groups[(c.value, c.precision, c.value_end)].append(c)
    clusters: list[list[Candidate]] = []
    comparable = []
    for members in groups.values():
        members.sort(key=lambda c: c.order)
        if len(members) == 1:
            clusters.append(members)
        else:
            comparable.append(members)
    # one embedding call for every statement that may be compared, each distinct text once
    vector_of = _Vectors(list(dict.fromkeys(c.text for members in comparable for c in _may_compare(members))), embed)
    common = common_names(cands)
    for members in comparable:
        local: list[list[Candidate]] = []
        for c in members:
            joins: list[tuple[bool, float, int]] = []
            for k, group in enumerate(local):
                if not all(compatible(c, other) for other in group):
                    continue
                scores = [_cosine(vector_of[c.text], vector_of[other.text]) for other in group]
                if any(linked(c, other, s, common) for other, s in zip(group, scores)):
                    # the same stated time is the surest sign of the same moment, then wording
                    joins.append((bool(c.time) and any(o.time == c.time for o in group), max(scores), k))
            if not joins:
                local.append([c])
                continue
            joins.sort(reverse=True)
            best = local[joins[0][-1]]
            best.append(c)
            # a statement that links two groups tells one event they both tell, when nothing in them clashes
            for *_, k in joins[1:]:
                group = local[k]
                if group and all(compatible(a, b) for a in group for b in best):
                    best.extend(group)
                    local[k] = []
        clusters.extend(group for group in local if group)
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
    for c, v in _voices(lead, ordered):
        if _norm_speech(v.text) in _norm_speech(text):
            continue  # these words are in the line already
        if not any(x.document_id == c.document.id and x.char_start <= v.start and v.end <= x.char_end
                   and x.page == v.page for x in cites):
            cites.append(Citation(document_id=c.document.id or 0, document=c.document.path, page=v.page,
                                  char_start=v.start, char_end=v.end, quote=v.quote, document_sha256=c.document.sha256))
        text = f"{text} {v.text}"
    flags: list[str] = []
    if all(c.inferred for c in group):
        flags.append("date-inferred")
    if lead.precision in ("approximate", "season"):
        flags.append("approximate")
    if len({c.document.id for c in group}) == 1:
        flags.append("single-source")
    if any(c.ocr for c in group):
        flags.append("ocr")  # some of its text was read from a scan: check names and digits against the image
    if any(child_voice(c.quote) for c in group) or lead.voices or child_voice(text):
        flags.append("child-voice")
    if len(lead.text.split()) < 5 or ("date-inferred" in flags and "single-source" in flags):
        flags.append("low-support")
    date_end = iso_to_date(lead.value_end).isoformat() if lead.value_end else None
    return Entry(
        id=None, case_id=case_id, date=iso_to_date(lead.value).isoformat(), date_end=date_end,
        precision=lead.precision, time=lead.time or next((c.time for c in ordered if c.time), None), text=text, citations=cites, flags=flags,
        source_kinds=sorted({c.document.source_kind for c in group}), key=_entry_key(lead),
        seq=0, drafter="extractive")


MAX_LINE_VOICES = 3


def _voices(lead: Candidate, ordered: list[Candidate]) -> list[tuple[Candidate, Voice]]:
    """The child's words every source of a line gives, each once: the lead's note or paragraph first,
    then what the other documents quote, so the words survive whichever document holds them."""
    out: list[tuple[Candidate, Voice]] = []
    seen: set[str] = set()
    pairs = [(lead, v) for v in lead.voices] + [
        (c, v) for c in ordered if c is not lead for v in c.voices + quoted_voices(c)]
    for c, v in pairs:
        key = _norm_speech(v.text)
        if key not in seen and len(out) < MAX_LINE_VOICES:
            seen.add(key)
            out.append((c, v))
    return out


def _norm_speech(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'")))


def _in_range(value: str, date_from: str | None, date_to: str | None) -> bool:
    return (date_from is None or value >= date_from[: len(value)]) and (date_to is None or value[: len(date_to)] <= date_to)


class Drafter:
    """Builds and saves the draft chronology of a case."""

    def __init__(self, store: Store, index=None, embed: Callable[[list[str]], list[list[float]]] | None = None):
        """``embed`` defaults to the selected MiniLM build. Statement vectors are stored per case and model
        build (``chronology/statement_vectors.py``) when the build is known: the default, or the bound
        ``embed_documents`` of a ``MiniLMEmbeddings``; any other function is called for every draft."""
        self.store = store
        self.index = index
        if embed is None:
            from ingest.embed import MiniLMEmbeddings

            embed = MiniLMEmbeddings().embed_documents
        self.embed = embed
        self.model_id: str | None = getattr(getattr(embed, "__self__", None), "model_id", None)
        self.embedded = 0  # statement texts the last draft sent to the model (the rest were stored)

    def statement_embed(self, case_id: str) -> Callable[[list[str]], list[list[float]]]:
        """What the clustering calls for vectors: stored ones first, the model only for new texts."""
        if self.model_id is None:
            def counted(texts: list[str]) -> list[list[float]]:
                self.embedded += len(texts)
                return self.embed(texts)

            return counted
        from chronology.statement_vectors import StatementVectors

        kept = StatementVectors(self.store, case_id, self.model_id, self.embed)
        kept.drop_other_models()

        def fetch(texts: list[str]) -> list[list[float]]:
            found = kept.vectors(texts)
            self.embedded = kept.embedded
            return [found[t] for t in texts]

        return fetch

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

        def wanted(c: Candidate) -> bool:  # inside the asked-for dates, and naming the asked-for person
            return _in_range(c.value, options.date_from, options.date_to) and (
                person is None or person.search(c.quote) is not None)

        docs = self.store.documents(case_id)
        found: list[Candidate] = []
        for n, doc in enumerate(docs, start=1):
            stored = self.store.pages(doc.id or 0)
            pages = {p.number: p.text for p in stored}
            scanned = {p.number for p in stored if p.ocr}
            boilerplate = repeated_lines(list(pages.values()))
            note_voices: dict[str, list[Voice]] = defaultdict(list)
            note_events: list[Candidate] = []
            bare: dict[str, Candidate] = {}  # a note header at a page's foot, its account over the page
            for passage in self.store.passages(case_id, doc.id):
                if passage.note_header:
                    note_voices[passage.note_header].extend(voices(passage, pages[passage.page_number], boilerplate))
                if allowed is not None and passage.id not in allowed:
                    continue
                told = candidates(doc, passage, pages[passage.page_number], options.day_first, report.problems,
                                  boilerplate)
                if passage.note_header in bare and (
                        c := continued_note(bare[passage.note_header], passage, pages[passage.page_number], boilerplate)):
                    del bare[passage.note_header]
                    # the account's own sentences dated by "today" are the note event itself
                    told = [c] + [t for t in told if not (t.value == c.value and c.start <= t.start < c.end)]
                for c in told:
                    if bare_note(c, boilerplate, pages[passage.page_number]):
                        bare[passage.note_header or ""] = c
                    elif wanted(c):
                        c.ocr = passage.page_number in scanned
                        found.append(c)
                        if is_note_event(c):
                            note_events.append(c)
            for c in bare.values():  # no page after it: the header alone
                if wanted(c):
                    found.append(c)
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
        self.embedded = 0
        entries = [build_entry(case_id, g) for g in cluster(cands, self.statement_embed(case_id))]
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
