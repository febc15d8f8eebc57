"""Ingest a case folder: files → pages → passages (exact offsets) → vectors, one document at a time.

Each document goes in whole or not at all: pages and passages are written in one transaction marked
incomplete, vectors are added, then the document is made visible. An interrupted run leaves an
incomplete document that the next run removes and redoes. Unchanged files (same sha256) are skipped.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from chronology.config import Limits
from chronology.models import Document, Page, Passage
from chronology.store import Store
from ingest.notes import find_notes, segments
from ingest.readers import SUPPORTED_SUFFIXES, RawDocument, ReadError, read_document
from ingest.sources import source_kind
from ingest.split import split_text
from ingest.vectors import VectorIndex

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
    """Why a path cannot be read as a regular file, or None."""
    try:
        st = path.stat()
    except OSError as exc:
        if path.is_symlink():
            return "a broken or looping link"
        return f"cannot be read ({exc.strerror or exc})"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    if not os.access(path, os.R_OK):
        return "cannot be read (permission denied)"
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

    for m in find_dates(pages[0][:ANCHOR_WINDOW], None, day_first=day_first):
        if m.kind in ("event", "plan") and m.value and len(m.value) == 10 and not m.inferred:
            return date.fromisoformat(m.value)
    return None


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
        """Remove documents a previous run left incomplete (their vectors too), so they can be redone."""
        cleaned = []
        for doc in self.store.incomplete_documents(case_id):
            self.index.delete_document(case_id, doc.id or 0)
            self.store.discard_document(doc.id or 0)
            cleaned.append(doc.path)
        return cleaned

    def ingest(self, path: Path, case_id: str, *, no_llm: bool = False,
               progress: Progress | None = None) -> IngestReport:
        self.store.ensure_case(case_id)
        report = IngestReport(case_id=case_id, recovered=self.recover(case_id))
        root, files, problems = discover(path)
        report.outcomes.extend(problems)
        for file in files:
            outcome = self.ingest_file(file, file.relative_to(root).as_posix(), case_id, no_llm=no_llm)
            report.outcomes.append(outcome)
            if progress:
                progress(outcome.path, outcome.pages, outcome.passages)
        return report

    def ingest_file(self, file: Path, rel: str, case_id: str, *, no_llm: bool = False) -> FileOutcome:
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
        twin = next((d for d in self.store.documents(case_id) if d.sha256 == digest and d.path != rel), None)
        if twin:
            doc.warnings.append(f"same content as {twin.path}")
        doc = self.store.begin_document(doc, pages, passages)
        self.index.add(doc, passages)
        self.store.complete_document(doc.id or 0, replaces=current.id if current else None)
        if current:
            self.index.delete_document(case_id, current.id or 0)
        action = "replaced" if current else "added"
        message = "changed since the last ingest: its passages were replaced" if current else ""
        return FileOutcome(rel, action, message, list(doc.warnings), doc.id, len(pages), len(passages))

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
