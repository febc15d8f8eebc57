"""Entries and their citations in the store: load, save a draft, and update one entry safely.

Kept apart from ``store.py`` (documents and passages) because entries are what people review:
every update checks the entry's ``version`` so two reviewers never silently overwrite each other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from chronology import schema
from chronology.models import Citation, Entry
from chronology.store import Store, now


class ConflictError(Exception):
    """Someone else changed the entry since it was read; reload and try again."""


def _entry(row: Any, cites: list[Citation]) -> Entry:
    return Entry(
        id=row.id, case_id=row.case_id, date=row.date, text=row.text, precision=row.precision,
        date_end=row.date_end, time=row.time, citations=cites, flags=list(row.flags or []),
        source_kinds=list(row.source_kinds or []), status=row.status, version=row.version,
        drafter=row.drafter, key=row.key, edited=row.edited, risk=row.risk, seq=row.seq,
        verified_by=row.verified_by, verified_at=row.verified_at, checks=list(row.checks or []),
        significance=row.significance or "",
    )


def _citations(conn: Connection, entry_ids: list[int]) -> dict[int, list[Citation]]:
    c, d = schema.citations, schema.documents
    out: dict[int, list[Citation]] = {i: [] for i in entry_ids}
    for chunk in range(0, len(entry_ids), 500):
        ids = entry_ids[chunk:chunk + 500]
        rows = conn.execute(
            select(c, d.c.path, d.c.sha256).join(d, d.c.id == c.c.document_id)
            .where(c.c.entry_id.in_(ids)).order_by(c.c.entry_id, c.c.ord)).all()
        for r in rows:
            out[r.entry_id].append(Citation(
                id=r.id, document_id=r.document_id, document=r.path, page=r.page, char_start=r.char_start,
                char_end=r.char_end, quote=r.quote, passage_id=r.passage_id, document_sha256=r.sha256))
    return out


def entry_sort_key(e: Entry) -> tuple:
    """Chronological order: date, then time, then source order; undated last, and on one day an
    untimed line before the timed ones (the JSON contract's rule: "on 12 March" covers the whole day)."""
    return (e.date or "9999-99-99", e.time or "", e.seq)


class EntryStore:
    """Read and write a case's entries through the shared :class:`Store`."""

    def __init__(self, store: Store):
        self.store = store

    def list(self, case_id: str, *, include_stale: bool = False, statuses: Iterable[str] | None = None) -> list[Entry]:
        e = schema.entries
        query = select(e).where(e.c.case_id == case_id)
        if not include_stale:
            query = query.where(e.c.stale.is_(False))
        if statuses is not None:
            query = query.where(e.c.status.in_(list(statuses)))
        with self.store.engine.connect() as conn:
            rows = conn.execute(query).all()
            cites = _citations(conn, [r.id for r in rows])
        return sorted((_entry(r, cites[r.id]) for r in rows), key=entry_sort_key)

    def get(self, entry_id: int) -> Entry | None:
        e = schema.entries
        with self.store.engine.connect() as conn:
            row = conn.execute(select(e).where(e.c.id == entry_id)).first()
            if row is None:
                return None
            return _entry(row, _citations(conn, [row.id])[row.id])

    def progress(self, case_id: str) -> dict[str, int]:
        counts = Counter(x.status for x in self.list(case_id))
        return {s: counts.get(s, 0) for s in ("verified", "unverified", "rejected")}

    def insert(self, conn: Connection, entry: Entry) -> int:
        t = now()
        entry_id = conn.execute(insert(schema.entries).values(
            case_id=entry.case_id, key=entry.key, date=entry.date, date_end=entry.date_end,
            precision=entry.precision, time=entry.time, text=entry.text, drafted_text=entry.text,
            significance=entry.significance, flags=entry.flags, source_kinds=entry.source_kinds,
            status=entry.status, version=1, drafter=entry.drafter, edited=False, risk=entry.risk,
            checks=entry.checks, seq=entry.seq, stale=False, created_at=t, updated_at=t,
        ).returning(schema.entries.c.id)).scalar_one()
        self.replace_citations(conn, entry_id, entry.citations)
        entry.id = entry_id
        return entry_id

    def replace_citations(self, conn: Connection, entry_id: int, cites: list[Citation]) -> None:
        conn.execute(delete(schema.citations).where(schema.citations.c.entry_id == entry_id))
        if cites:
            conn.execute(insert(schema.citations), [{
                "entry_id": entry_id, "document_id": c.document_id, "passage_id": c.passage_id, "page": c.page,
                "char_start": c.char_start, "char_end": c.char_end, "quote": c.quote, "ord": i}
                for i, c in enumerate(cites)])

    def update(self, conn: Connection, entry_id: int, expected_version: int, **values: Any) -> int:
        """Change an entry only if it is still at ``expected_version``; returns the new version."""
        e = schema.entries
        values = {**values, "version": expected_version + 1, "updated_at": now()}
        result = conn.execute(update(e).where(e.c.id == entry_id, e.c.version == expected_version).values(**values))
        if result.rowcount != 1:
            current = conn.execute(select(e.c.version, e.c.status).where(e.c.id == entry_id)).first()
            if current is None:
                raise ConflictError(f"entry {entry_id} no longer exists")
            raise ConflictError(
                f"entry e-{entry_id:06d} was changed by someone else (now version {current.version}, "
                f"{current.status}); reload it and try again")
        return expected_version + 1

    def delete(self, conn: Connection, entry_ids: list[int]) -> None:
        if entry_ids:
            conn.execute(delete(schema.entries).where(schema.entries.c.id.in_(entry_ids)))
