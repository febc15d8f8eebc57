"""Retention dates and purge (right to erasure) of a whole case, from every store at once.

``purge_case`` removes, for one case: documents, pages, passages, entries, citations, reviews, views,
assignments and the case row (one SQL transaction, with SQLite's ``secure_delete`` on so the freed pages
are overwritten, then a WAL checkpoint); the case's Chroma collection; and cached page images of its
documents under ``$CHRONOLOGY_HOME/page-images/`` (unless another case holds the same file). Embedded Chroma
keeps a deleted collection's vector files and leaves its text in free pages of ``chroma.sqlite3``, so those
folders are removed and that database is VACUUMed too.

The audit log. The case's own audit rows carry personal data (entry wording, comments, names of files),
so they are deleted too. In the same transaction one new row is written for the case — action
``purge``, sequence 1, chained from the genesis seal — recording who purged it, when, why, how many rows
of each kind went and the head (row count and seal) of the log that was deleted, so an earlier export's
``audit_head`` can still be explained. That row verifies with ``chronology audit --case NAME --check``.
If the case name is used again later, its new log continues after the purge row.

Purge is idempotent: run again (say after a crash between the database and Chroma steps) it removes
whatever is left and does not write a second purge row unless there was case data to remove.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, text, update

from chronology import schema
from chronology.store import Store

if TYPE_CHECKING:
    from ingest.vectors import VectorIndex


class RetentionError(ValueError):
    """A retention or purge request that cannot be carried out as asked."""


@dataclass
class PurgeResult:
    case: str
    removed: dict[str, int] = field(default_factory=dict)
    images: int = 0
    collection: bool = False
    audit_seq: int | None = None


def set_retention(store: Store, case_id: str, until: date | str, by: str) -> date:
    from verify.audit import append, load_key

    if isinstance(until, str):
        try:
            until = date.fromisoformat(until)
        except ValueError:
            raise RetentionError(f"the retention date must be YYYY-MM-DD, not '{until}'") from None
    if store.get_case(case_id) is None:
        raise RetentionError(f"no case named '{case_id}'")
    key = load_key()
    with store.transaction() as conn:
        conn.execute(update(schema.cases).where(schema.cases.c.id == case_id).values(retention_until=until))
        append(conn, case_id, by, "retention", {"retention_until": until.isoformat()}, key)
    return until


def expired_cases(store: Store, today: date | None = None) -> list[str]:
    today = today or datetime.now(timezone.utc).date()
    return [c.id for c in store.list_cases() if c.retention_until is not None and c.retention_until < today]


def _case_tables() -> list[tuple[Any, str]]:
    """Every table holding rows of a case, by the column that ties it to the case, children first."""
    out = []
    for table in reversed(schema.metadata.sorted_tables):
        if table.name in {"audit", "cases"}:
            continue
        for col in ("entry_id", "document_id", "case_id"):
            if col in table.c:
                out.append((table, col))
                break
    return out


def purge_case(store: Store, index: "VectorIndex | None", home: Path, case_id: str, by: str,
               reason: str = "") -> PurgeResult:
    """Remove every trace of a case except one verifiable audit row saying it was purged."""
    from verify.audit import GENESIS, append, load_key

    key = load_key()
    result = PurgeResult(case=case_id)
    d, e, a = schema.documents, schema.entries, schema.audit
    with store.engine.connect() as conn:
        shas = set(conn.execute(select(d.c.sha256).where(d.c.case_id == case_id)).scalars())
        shared = set(conn.execute(select(d.c.sha256).where(d.c.case_id != case_id, d.c.sha256.in_(shas))).scalars()) \
            if shas else set()
    with store.transaction() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(text("PRAGMA secure_delete=ON"))
        doc_ids = select(d.c.id).where(d.c.case_id == case_id).scalar_subquery()
        entry_ids = select(e.c.id).where(e.c.case_id == case_id).scalar_subquery()
        for table, col in _case_tables():
            column = table.c[col]
            where = column == case_id if col == "case_id" else column.in_(entry_ids if col == "entry_id" else doc_ids)
            n = conn.execute(delete(table).where(where)).rowcount
            if table.name in ("entries", "documents", "pages", "passages", "citations", "reviews", "views"):
                result.removed[table.name] = result.removed.get(table.name, 0) + max(n, 0)
        # documents with the case go after pages/passages/citations (ordered above); the case row last
        cases_n = conn.execute(delete(schema.cases).where(schema.cases.c.id == case_id)).rowcount
        old = conn.execute(select(func.count(), func.max(a.c.seq)).where(a.c.case_id == case_id)).first()
        old_head = conn.execute(select(a.c.hash).where(a.c.case_id == case_id)
                                .order_by(a.c.seq.desc()).limit(1)).scalar()
        removed_any = cases_n > 0 or any(result.removed.values()) or bool(old[0]) and not _only_purges(conn, case_id)
        if removed_any:
            conn.execute(delete(a).where(a.c.case_id == case_id))
            result.removed["audit"] = old[0]
            result.audit_seq = append(conn, case_id, by, "purge", {
                "reason": reason, "removed": dict(result.removed),
                "deleted_log_head": {"rows": old[1] or 0, "hash": old_head or GENESIS}}, key)
        if conn.dialect.name == "sqlite":
            conn.execute(text("PRAGMA secure_delete=OFF"))
    if store.engine.dialect.name == "sqlite":
        with store.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    if index is not None:
        result.collection = index.has_case(case_id)
        embedded = None if index.settings.chroma_url else index.settings.chroma_path
        segments = _chroma_segments(embedded, case_id) if embedded else []
        index.delete_case(case_id)
        if embedded:
            _scrub_chroma(embedded, segments)
    images = Path(home) / "page-images"
    if images.is_dir():
        for sha in shas - shared:
            for png in images.glob(f"{sha}-p*.png"):
                png.unlink(missing_ok=True)
                result.images += 1
    return result


def _chroma_segments(chroma_path: Path, case_id: str) -> list[str]:
    """Ids of the embedded Chroma collection's segments (each vector segment is a folder of index files)."""
    from ingest.vectors import collection_name

    db = chroma_path / "chroma.sqlite3"
    if not db.exists():
        return []
    con = sqlite3.connect(db, timeout=30)
    try:
        return [r[0] for r in con.execute("SELECT s.id FROM segments s JOIN collections c ON s.collection = c.id "
                                          "WHERE c.name = ?", (collection_name(case_id),))]
    except sqlite3.Error:
        return []
    finally:
        con.close()


def _scrub_chroma(chroma_path: Path, segments: list[str]) -> None:
    """Embedded Chroma leaves a deleted collection's vector files on disk and its text in free database
    pages; remove the files and VACUUM the database so nothing of the case can be read back."""
    for seg in segments:
        folder = chroma_path / seg
        if folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
    db = chroma_path / "chroma.sqlite3"
    if db.exists():
        con = sqlite3.connect(db, timeout=30)
        try:
            con.execute("VACUUM")
        finally:
            con.close()


def _only_purges(conn: Any, case_id: str) -> bool:
    a = schema.audit
    actions = set(conn.execute(select(a.c.action).where(a.c.case_id == case_id)).scalars())
    return actions <= {"purge"}


def purge_row(store: Store, case_id: str) -> dict[str, Any] | None:
    from verify.audit import rows

    found = [r for r in rows(store, case_id) if r["action"] == "purge"]
    return found[-1] if found else None
