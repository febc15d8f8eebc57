"""Court-ready exports of a case's chronology: DOCX, PDF, CSV and the JSON contract.

One entry point, :func:`export_case`, so every format passes the same gate, carries the same
disclosure statement and leaves the same audit trail. A court export (not ``draft``) is refused
while the gate finds problems; a draft says DRAFT on every page and lists what is unverified.

The file is written under a temporary name in the destination folder and renamed into place
(``os.replace``), so a killed or failed export never leaves a half-written file under the final name
and an earlier good file is kept. The audit row ("export": format, draft, entries, SHA-256 of the
file) is recorded *after* the file is rendered, because it carries the file's fingerprint; the audit
head a file states is therefore the row immediately before its own export row. So once the file is in
place a detached ``EXPORT.head`` (``<file>.head``) is written beside it: the signed head that includes
the export's own row (``verify.witness``), against which ``audit --check --against`` also checks.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from chronology.entries import EntryStore, entry_sort_key
from chronology.export import bundle as bundle_mod
from chronology.export import statement as statement_mod
from chronology.export.formatting import span_of
from chronology.models import SOURCE_KINDS, Case, Entry
from chronology.store import Store

FORMATS = ("docx", "pdf", "csv", "json")
DEFAULT_COURT = "The Family Court"


class ExportError(ValueError):
    """The export cannot start as asked (unknown case, format, filter or folder); nothing was written."""


class ExportNotAllowed(ExportError):
    """The person named may not export this case (on a team store: not theirs, or not registered)."""


class ExportRefused(Exception):
    """The gate refused a court export; ``problems`` says why in plain words."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("export refused: " + "; ".join(self.problems))


@dataclass
class ExportData:
    """Everything a renderer needs; renderers never touch the store."""

    case: Case
    court: str
    author: str
    generated_at: datetime
    draft: bool
    entries: list[Entry]
    statement: statement_mod.Statement
    audit_head: tuple[int, str]
    paginated: bool
    filters: dict[str, str | None] = field(default_factory=dict)


@dataclass
class ExportResult:
    ok: bool
    path: Path
    problems: list[str]
    counts: dict[str, int]
    draft: bool = False
    sha256: str = ""
    audit_seq: int | None = None
    warnings: list[str] = field(default_factory=list)  # not the gate's business, but worth saying
    head: Path | None = None  # the detached EXPORT.head, which includes the export's own audit row


def renderer(fmt: str) -> Callable[[ExportData, Path], None]:
    """The ``render(data, path)`` function of one format (imported late: python-docx and reportlab are slow)."""
    if fmt == "json":
        from chronology.export import json_out as mod
    elif fmt == "csv":
        from chronology.export import csv_out as mod
    elif fmt == "docx":
        from chronology.export import docx_out as mod
    elif fmt == "pdf":
        from chronology.export import pdf_out as mod
    else:
        raise ExportError(f"unknown format '{fmt}': choose one of {', '.join(FORMATS)}")
    return mod.render


def _iso(value: str | date | None, name: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ExportError(f"{name} must be a date as YYYY-MM-DD, not '{value}'") from None


def select_entries(entries: list[Entry], *, date_from: date | None = None, date_to: date | None = None,
                   person: str | None = None, source_kind: str | None = None) -> list[Entry]:
    """The draft's filters: dates overlapping the range, a name as a whole word in text or quotes, a source kind."""
    name = re.compile(rf"(?<!\w){re.escape(person.strip())}(?!\w)", re.I) if person and person.strip() else None
    out = []
    for e in entries:
        if date_from or date_to:
            span = span_of(e)
            if span is None or (date_from and span[1] < date_from) or (date_to and span[0] > date_to):
                continue
        if name and not (name.search(e.text) or any(name.search(c.quote) for c in e.citations)):
            continue
        if source_kind and source_kind not in e.source_kinds:
            continue
        out.append(e)
    return out


def _ordered(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (*entry_sort_key(e), e.id or 0))


_PART = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.part$")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but not ours to signal
    return True


def clear_stale_parts(out: Path) -> list[Path]:
    """Remove half-written exports of ``out`` left by a process that was killed mid-write.

    They hold part of a chronology (personal data) under a hidden name nobody would think to delete;
    one whose writer is still running is left alone.
    """
    removed = []
    for tmp in out.parent.glob(f".{out.name}.*.part"):
        m = _PART.match(tmp.name)
        if m and m["name"] == out.name and not _alive(int(m["pid"])):
            tmp.unlink(missing_ok=True)
            removed.append(tmp)
    return removed


def _write_atomically(out: Path, render: Callable[[ExportData, Path], None], data: ExportData) -> tuple[Path, str]:
    """Render beside ``out`` under a hidden temporary name; the caller renames it into place."""
    clear_stale_parts(out)
    tmp = out.parent / f".{out.name}.{os.getpid()}-{secrets.token_hex(4)}.part"
    try:
        render(data, tmp)
        with open(tmp, "rb") as fh:
            digest = hashlib.sha256(fh.read()).hexdigest()
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, digest


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _require_exporter(store: Store, user: str, case_id: str) -> None:
    """On a team store an export, like every look at a case, is by a registered person who may open it
    (``require_case_access`` lets anyone through on a single-user install)."""
    from verify.access import require_case_access
    from verify.roles import PermissionDenied

    try:
        require_case_access(store, user, case_id)
    except PermissionDenied as exc:
        raise ExportNotAllowed(f"Not exported: {exc}") from exc


def export_case(store: Store, case_id: str, fmt: str, out: Path, *, draft: bool = False,
                date_from: str | date | None = None, date_to: str | date | None = None,
                person: str | None = None, source_kind: str | None = None, user: str = "system",
                court: str | None = None) -> ExportResult:
    """Write one export of a case; raises :class:`ExportRefused` when a court export fails the gate."""
    from verify.audit import head, record
    from verify.gate import gate

    fmt = (fmt or "").lower().lstrip(".")
    render = renderer(fmt)
    case = store.get_case(case_id)
    if case is None:
        raise ExportError(f"no case named '{case_id}'")
    _require_exporter(store, user, case_id)
    out = Path(out)
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give a file name such as {out / (case_id + '.' + fmt)}")
    if not out.parent.is_dir():
        raise ExportError(f"{out.parent}: no such folder")
    if source_kind and source_kind not in SOURCE_KINDS:
        raise ExportError(f"unknown source kind '{source_kind}': choose one of {', '.join(SOURCE_KINDS)}")
    start, end = _iso(date_from, "--from"), _iso(date_to, "--to")
    if start and end and start > end:
        raise ExportError("--from is after --to")

    all_entries = EntryStore(store).list(case_id)
    considered = select_entries(all_entries, date_from=start, date_to=end, person=person, source_kind=source_kind)
    checked = gate(store, case_id, considered, draft=draft)
    if not draft and not checked.ok:
        raise ExportRefused(checked.problems)
    included = _ordered([e for e in checked.included if e.status != "rejected"])
    is_draft = draft or not checked.ok or any(e.status != "verified" for e in included)

    mapping = bundle_mod.load(store, case_id)
    for e in included:
        for c in e.citations:
            c.bundle_ref = bundle_mod.bundle_ref(mapping, c)

    generated_at = datetime.now(timezone.utc).replace(microsecond=0)
    audit_head = head(store, case_id)
    filters = {"date_from": start.isoformat() if start else None, "date_to": end.isoformat() if end else None,
               "person": person or None, "source_kind": source_kind or None}
    statement = statement_mod.build(
        store, documents=store.documents(case_id), all_entries=all_entries, considered=considered,
        included=included, draft=is_draft, problems=checked.problems, audit_head=audit_head, filters=filters,
        generated_at=generated_at, author=user)
    data = ExportData(case=case, court=court or DEFAULT_COURT, author=user, generated_at=generated_at,
                      draft=is_draft, entries=included, statement=statement, audit_head=audit_head,
                      paginated=bool(mapping), filters=filters)

    tmp, digest = _write_atomically(out, render, data)
    counts = {"entries": len(included), "verified": sum(e.status == "verified" for e in included),
              "unverified": sum(e.status == "unverified" for e in included),
              "rejected": sum(e.status == "rejected" for e in considered),
              "left_out": len(considered) - len(included)}
    try:
        detail: dict[str, Any] = {"format": fmt, "draft": is_draft, "entries": len(included), "sha256": digest,
                                  "file": out.name, "audit_head": {"rows": audit_head[0], "hash": audit_head[1]},
                                  "filters": {k: v for k, v in filters.items() if v}}
        seq = record(store, case_id, user, "export", detail)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(out.parent)
    warnings = _bundle_warnings(store, case_id, mapping)
    head_file = _write_head(store, case_id, seq, out, digest, warnings)
    return ExportResult(ok=True, path=out, problems=list(checked.problems), counts=counts, draft=is_draft,
                        sha256=digest, audit_seq=seq, warnings=warnings, head=head_file)


def _write_head(store: Store, case_id: str, seq: int, out: Path, digest: str, warnings: list[str]) -> Path | None:
    """``<file>.head``, written like the export itself; the export is already in place and recorded, so a
    head that cannot be written is said, not fatal (the witness still holds the export's row)."""
    from verify.witness import export_head, head_path, head_text

    path = head_path(out)
    clear_stale_parts(path)
    tmp = path.parent / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.part"
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(head_text(export_head(store, case_id, seq, out, digest)))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        warnings.append(f"the export's head file {path.name} could not be written ({exc}); "
                        "the audit log's witness still holds the export's row")
        return None
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(out.parent)
    return path


def _bundle_warnings(store: Store, case_id: str, mapping: dict[str, Any]) -> list[str]:
    """Documents changed since pagination: their lines carry no bundle page until ``bundle`` is re-run."""
    stale = bundle_mod.stale_paths(store, case_id) if mapping else []
    if not stale:
        return []
    return [f"the bundle pagination predates changes to {', '.join(stale)}; re-run chronology bundle "
            "so every citation has its bundle page"]
