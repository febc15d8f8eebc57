"""Ingest a case folder: files → pages → passages (exact offsets) → vectors, one document at a time.

Each document goes in whole or not at all: pages and passages are written in one transaction marked
incomplete, vectors are added, then the document is made visible. An interrupted run leaves an
incomplete document that the next run removes and redoes. Unchanged files (same sha256) are skipped.

Speed: documents are read and split one at a time, but their passages are embedded together once
``EMBED_FLUSH`` passages are waiting (small documents would otherwise each pay for a part-filled
batch). Each document still goes in whole: begin → vectors → complete, one after another, after the
shared embed call. Passages whose exact text is already in the case (the unchanged parts of a changed
document, repeated documents) re-use their stored vectors. Memory stays flat: at most one flush worth
of documents is held.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from chronology.config import Limits
from chronology.models import Document, Page, Passage
from chronology.store import Store
from ingest.notes import find_notes, in_table, segments
from ingest.readers import _FILE_KINDS, SUPPORTED_SUFFIXES, RawDocument, ReadError, _stat, read_document
from ingest.sources import source_kind
from ingest.split import split_text
from ingest.vectors import VectorIndex

EMBED_FLUSH = 256  # passages waiting before one shared embed call (bounded memory; 8 batches of 32)
ANCHOR_WINDOW = 800  # a letter's or meeting's own date sits near the top of its first page
IGNORED_NAMES = {"thumbs.db", "desktop.ini"}


@dataclass
class FileOutcome:
    path: str  # relative to the ingested folder
    action: str  # added | replaced | unchanged | skipped | failed
    message: str = ""
    warnings: list[str] = field(default_factory=list)
    document_id: int | None = None
    pages: int = 0
    passages: int = 0


@dataclass
class IngestReport:
    case_id: str
    outcomes: list[FileOutcome] = field(default_factory=list)
    recovered: list[str] = field(default_factory=list)  # interrupted documents cleaned up first

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.action == "failed"]


@dataclass
class _Pending:
    """A document read and split, waiting for the shared embed call."""

    doc: Document
    pages: list[Page]
    passages: list[Passage]
    current: Document | None
    slot: int  # its place in the report


Progress = Callable[[str, int, int], None]  # (relative path, pages in it, passages in it)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def discover(root: Path) -> tuple[Path, list[Path], list[FileOutcome]]:
    """The files to ingest under ``root`` (or ``root`` itself), sorted, plus problems found walking.

    Symlinked folders are not followed (a loop could never end); hidden files and Office lock
    files are skipped silently since no worker means to file them.
    """
    if root.is_file() or (root.is_symlink() and not root.is_dir()):
        return root.parent, [root], []
    if not root.is_dir():
        raise FileNotFoundError(f"{root}: no such file or folder")
    files: list[Path] = []
    problems: list[FileOutcome] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for d in dirnames:
            if Path(dirpath, d).is_symlink():
                rel = Path(dirpath, d).relative_to(root).as_posix()
                problems.append(FileOutcome(rel, "failed", "a linked folder; linked folders are not followed"))
        for name in sorted(filenames):
            if name.startswith((".", "~$")) or name.lower() in IGNORED_NAMES:
                continue
            files.append(Path(dirpath, name))
    return root, files, problems


def _check_file(path: Path) -> str | None:
    """Why a path cannot be read as a regular file, or None (in the readers' words, naming the problem)."""
    try:
        st = _stat(path)
    except ReadError as exc:
        return str(exc)
    if not stat.S_ISREG(st.st_mode):
        kind = next((name for test, name in _FILE_KINDS if test(st.st_mode)), "a special file")
        return f"not a regular file (it is {kind})"
    if not os.access(path, os.R_OK):
        return "permission denied: the file cannot be opened"
    return None


def document_anchor(raw: RawDocument, pages: list[str], day_first: bool = True) -> date | None:
    """The document's own date: an e-mail's sent date, else the first event-like date near the top."""
    sent = raw.meta.get("sent")
    if sent:
        try:
            return datetime.fromisoformat(sent).date()
        except ValueError:
            pass
    if not pages:
        return None
    from chronology.dates import find_dates  # lazy: keeps `chronology --help` fast

    from chronology.tables import in_birth_table, log_row, row_at

    top = pages[0][:ANCHOR_WINDOW]
    lines = top.split("\n")
    dated_rows = 0
    started: date | None = None  # "Assessment started 21/09/2023": the work's start, the report's date follows
    for m in find_dates(top, None, day_first=day_first):
        line_end = top.find("\n", m.end)
        line_end = line_end if line_end >= 0 else len(top)
        after = top[m.end:line_end].strip()
        # a date alone on its line above a blank one is a letter's date; above a cell, a log row's
        alone = not after and top[line_end:line_end + 2] in ("\n\n", "\n", "")
        if in_table(lines, top.count("\n", 0, m.start)) or (not alone and log_row(pages[0], m.start)):
            # the first row of a school chronology is its first event, not its date; a document that
            # opens with dated rows (a log, an export of dated records) spans time and has no one date
            row = row_at(top, m.start)
            if row and len(row.cells) == 2 and row.column(m.start) == 1 and _OWN_DATE_KEY.match(row.cells[0].strip()):
                return date.fromisoformat(m.value) if m.value and len(m.value) == 10 else None  # "Date | 24 January 2025"
            dated_rows += row is None or row.role(m.start) == "event"
            if dated_rows >= 2:
                return None
            continue
        if in_birth_table(top, m.start):
            continue  # "Ștefan Munteanu Subject child 11/03/2015" under "Name Role DOB": a birth date
        before = top[top.rfind("\n", 0, m.start) + 1:m.start]
        if _PRINT_STAMP.search(before):
            return None  # a record printed or exported: its dates are its entries, none is its own
        if (m.kind in ("event", "plan") and m.value and len(m.value) == 10 and not m.inferred
                and _dates_document(before, after)):
            if _STARTED.search(before) and started is None:
                started = date.fromisoformat(m.value)
                continue
            return date.fromisoformat(m.value)
    return started


# a key-value header row naming the document's own date, not a record's ("Date / time | …" opens a record)
_OWN_DATE_KEY = re.compile(r"(?:date|dated|(?:statement|report|letter|assessment|minutes) date"
                           r"|date of (?:statement|report|letter|assessment|minutes|this (?:statement|report)))\s*:?\Z", re.I)
# a report's header may give the day its work began before the day it was finished or signed off
_STARTED = re.compile(r"\b(?:start(?:ed)?|commenced|opened|began|begun)\b(?:\s+on)?\s*:?\s*\Z", re.I)


_PRINT_STAMP = re.compile(r"\b(?:printed|exported|report\s+run|run\s+on|print\s+date|date\s+printed|generated)\b"
                          r"(?:\s+(?:on|at|by\s+\S+(?:\s+\S+)?\s+on))?\s*:?\s*\Z", re.I)
# "…at 22:05 on", and "Legal status Care order made" (what happened then, under a record's own date below)
_NARRATIVE_END = re.compile(r"\b(?:on|at|from|since|by|until|till|before|after|in|during|of|and|or|made|granted|"
                            r"ended|closed|placed|moved|born|arrested|charged|convicted|sentenced|admitted|discharged|"
                            r"removed|excluded|registered|diagnosed)\s*\Z", re.I)
_LABEL_END = re.compile(r"(?:[:|\-\u2013\u2014]|\bheld\s+on|\bdated)\s*\Z", re.I)
MAX_TITLE_WORDS = 6


def _dates_document(before: str, after: str = "") -> bool:
    """Whether a date with ``before`` ahead of it on its line is the document's own date ("18 March
    2024" alone, "Date of meeting: …", "Strategy discussion record 09/01/2023") rather than one its
    account tells ("Kayla was reported missing by her mother at 22:05 on 08/03/2024"): a date
    after that is not thereby a plan."""
    before = before.strip()
    if _LABEL_END.search(before) or re.search(r"\bdated?\b", before, re.I):
        return True  # "Date: 8 May 2024    Our ref: …", "Date / time Thursday 4th May 2023, 10:00 to 11:40"
    if len(after.split()) > MAX_TITLE_WORDS and not after.startswith(("(", "|", "-", "\u2013")):
        return False  # "Located 16:30 on 09/03/2024 at Flat 6, Ropewalk House, …": the line tells a story
    if not before:
        return True
    return len(before) <= 60 and len(before.split()) <= MAX_TITLE_WORDS and not _NARRATIVE_END.search(before)


def build_passages(pages: list[str], anchor: date | None, day_first: bool = True) -> list[Passage]:
    """Passages for a document, never straddling two case notes, each tagged with its anchor date."""
    notes = find_notes(pages, day_first=day_first)
    passages: list[Passage] = []
    for number, start, end, note in segments(pages, notes):
        piece_anchor = note.anchor if note and note.anchor else anchor
        for span in split_text(pages[number - 1][start:end], offset=start):
            passages.append(Passage(
                id=None, document_id=0, page_number=number, char_start=span.start, char_end=span.end,
                text=span.text, seq=len(passages), anchor_date=piece_anchor,
                note_header=note.header if note else None))
    return passages


class Ingestor:
    """Ingests files into one case, keeping the relational store and the vector index in step."""

    def __init__(self, store: Store, index: VectorIndex, limits: Limits | None = None, day_first: bool = True):
        self.store = store
        self.index = index
        self.limits = limits or Limits()
        self.day_first = day_first

    def recover(self, case_id: str) -> list[str]:
        """Remove documents a previous run left incomplete (their vectors too), so they can be redone,
        and vectors of replaced versions a run killed just after the replace left behind."""
        cleaned = []
        for doc in self.store.incomplete_documents(case_id):
            self.index.delete_document(case_id, doc.id or 0)
            self.store.discard_document(doc.id or 0)
            cleaned.append(doc.path)
        self.index.delete_except(case_id, [d.id or 0 for d in self.store.documents(case_id)])
        return cleaned

    def ingest(self, path: Path, case_id: str, *, no_llm: bool = False,
               progress: Progress | None = None) -> IngestReport:
        self.store.ensure_case(case_id)
        self.index.check_model(case_id)  # a case built by another embedding model: refuse before writing
        report = IngestReport(case_id=case_id, recovered=self.recover(case_id))
        root, files, problems = discover(path)
        report.outcomes.extend(problems)
        pending: list[_Pending] = []
        waiting = 0

        def done(outcome: FileOutcome, slot: int | None = None) -> None:
            if slot is None:
                report.outcomes.append(outcome)
            else:
                report.outcomes[slot] = outcome
            if progress:
                progress(outcome.path, outcome.pages, outcome.passages)

        for file in files:
            rel = file.relative_to(root).as_posix()
            got = self._read(file, rel, case_id, no_llm=no_llm)
            if isinstance(got, FileOutcome):
                done(got)
                continue
            doc, pages, passages, current = got
            report.outcomes.append(FileOutcome(rel, "failed", "interrupted"))  # placeholder, set by the flush
            pending.append(_Pending(doc, pages, passages, current, len(report.outcomes) - 1))
            waiting += len(passages)
            if waiting >= EMBED_FLUSH:
                for p, outcome in self._flush(case_id, pending):
                    done(outcome, p.slot)
                pending, waiting = [], 0
        for p, outcome in self._flush(case_id, pending):
            done(outcome, p.slot)
        return report

    def ingest_file(self, file: Path, rel: str, case_id: str, *, no_llm: bool = False) -> FileOutcome:
        got = self._read(file, rel, case_id, no_llm=no_llm)
        if isinstance(got, FileOutcome):
            return got
        doc, pages, passages, current = got
        return self._flush(case_id, [_Pending(doc, pages, passages, current, 0)])[0][1]

    def _read(self, file: Path, rel: str, case_id: str, *, no_llm: bool = False
              ) -> FileOutcome | tuple[Document, list[Page], list[Passage], Document | None]:
        """A final outcome (unchanged, skipped, failed), or the document read and split, not yet stored."""
        problem = _check_file(file)
        if problem:
            return FileOutcome(rel, "failed", problem)
        if file.suffix.lower() not in SUPPORTED_SUFFIXES:
            supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
            return FileOutcome(rel, "skipped", f"unsupported file type '{file.suffix or '(none)'}' (supported: {supported}); not ingested")
        digest = sha256_file(file)
        current = self.store.current_document(case_id, rel)
        if current and current.sha256 == digest:
            if no_llm and not current.no_llm:
                self.store.set_document(current.id or 0, no_llm=True)
            return FileOutcome(rel, "unchanged", document_id=current.id, pages=current.page_count)
        try:
            raw = read_document(file, self.limits)
        except ReadError as exc:
            return FileOutcome(rel, "failed", str(exc))
        doc, pages, passages = self._prepare(raw, rel, case_id, digest, file.stat().st_size, no_llm or bool(current and current.no_llm))
        doc.meta["source_path"] = str(file.resolve())  # lets checks re-hash the original later
        return doc, pages, passages, current

    def _known_passages(self, case_id: str, hashes: set[str]) -> dict[str, int]:
        """text_hash → id of a visible passage of this case with that exact text (its vector is stored)."""
        from sqlalchemy import select

        from chronology import schema

        d, ps = schema.documents, schema.passages
        found: dict[str, int] = {}
        wanted = sorted(hashes)
        with self.store.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                rows = conn.execute(
                    select(ps.c.text_hash, ps.c.id).select_from(ps.join(d, d.c.id == ps.c.document_id))
                    .where(d.c.case_id == case_id, d.c.complete.is_(True), d.c.superseded_at.is_(None),
                           ps.c.text_hash.in_(wanted[i:i + 500])))
                for h, pid in rows:
                    found.setdefault(h, pid)
        return found

    def _flush(self, case_id: str, pending: list[_Pending]) -> list[tuple[_Pending, FileOutcome]]:
        """One embed call for all waiting documents, then each goes in whole, in order."""
        if not pending:
            return []
        from chronology.store import text_hash

        texts = [p.text for item in pending for p in item.passages]
        reuse = self._known_passages(case_id, {text_hash(t) for t in texts}) if texts else {}
        self.index.prepare(case_id, texts, reuse)
        results = []
        try:
            for item in pending:
                doc, current = item.doc, item.current
                twin = next((d for d in self.store.documents(case_id)
                             if d.sha256 == doc.sha256 and d.path != doc.path), None)
                if twin:
                    doc.warnings.append(f"same content as {twin.path}")
                doc = self.store.begin_document(doc, item.pages, item.passages)
                self.index.add(doc, item.passages)
                self.store.complete_document(doc.id or 0, replaces=current.id if current else None)
                if current:
                    self.index.delete_document(case_id, current.id or 0)
                action = "replaced" if current else "added"
                message = "changed since the last ingest: its passages were replaced" if current else ""
                results.append((item, FileOutcome(doc.path, action, message, list(doc.warnings), doc.id,
                                                  len(item.pages), len(item.passages))))
        finally:
            self.index.forget()
        return results

    def _prepare(self, raw: RawDocument, rel: str, case_id: str, digest: str, size: int,
                 no_llm: bool) -> tuple[Document, list[Page], list[Passage]]:
        texts = raw.pages
        anchor = document_anchor(raw, texts, self.day_first)
        warnings = list(raw.warnings)
        if anchor is None:
            warnings.append("no document date found: relative dates in it stay unresolved unless a note gives one")
        doc = Document(
            id=None, case_id=case_id, path=rel, sha256=digest, kind=raw.kind,
            source_kind=source_kind(rel, texts[0] if texts else ""), status=raw.status,
            warnings=warnings, anchor_date=anchor, no_llm=no_llm, size_bytes=size, meta=dict(raw.meta))
        pages = [Page(document_id=0, number=i, text=t, ocr=i in raw.ocr_pages) for i, t in enumerate(texts, start=1)]
        return doc, pages, build_passages(texts, anchor, self.day_first)


def iter_case_folders(root: Path) -> Iterator[Path]:
    """Case folders under a samples root: each sub-folder that is not hidden or 'expected'."""
    for child in sorted(root.iterdir()):
        if child.is_dir() and not child.name.startswith((".", "_")) and child.name != "expected":
            yield child
