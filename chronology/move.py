"""Copy one case, verbatim, from the configured store to another (typically a laptop's SQLite to the team's
PostgreSQL and Chroma server), then prove the copy is whole.

Rows keep their ids and every value, so the sealed audit chain still verifies on the target (the
target must use the same audit key) and the Chroma ids ``p<passage id>`` still name the right
passages. Vectors are copied from the source collection, not re-embedded, so search results do not
shift. The relational copy is one transaction: the target gets the whole case or nothing.

The case's registered people (assigned to it, or who reviewed its lines) come too, with their role,
team, email and password hash, unless the target already knows them: the target's record wins, so
a move never changes who may do what on the team's service. A target with nobody registered also
gets the source's admins, or the first copied user would lock it with nobody able to manage it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, DateTime, Table, func, insert, select, text

from chronology import schema
from chronology.config import Settings
from chronology.store import Store

BATCH = 1000

# Parent tables first, so foreign keys hold at every insert.
TABLES: tuple[str, ...] = ("cases", "documents", "pages", "passages", "entries", "citations", "reviews", "views",
                           "audit", "assignments")
# Ids other rows, vectors or audit details refer to are kept; the rest get fresh ids in the same order.
_KEPT_IDS = ("documents", "passages", "entries", "citations")
_NEW_IDS = ("pages", "reviews", "views", "audit")


class MoveRefused(Exception):
    """The case cannot be copied to that target; the message says why and what to do."""


@dataclass
class MoveReport:
    case_id: str
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # table → (source rows, target rows)
    vectors_copied: int = 0
    passages_without_vector: list[int] = field(default_factory=list)
    audit_ok: bool = False
    audit_rows: int = 0
    audit_reason: str = ""
    users_copied: list[str] = field(default_factory=list)
    users_known: list[str] = field(default_factory=list)  # already registered on the target: left as they are

    @property
    def counts_match(self) -> bool:
        return all(a == b for a, b in self.counts.values())

    @property
    def ok(self) -> bool:
        return self.counts_match and not self.passages_without_vector and self.audit_ok

    def problems(self) -> list[str]:
        out = [f"{t}: {a} rows in the source but {b} in the target" for t, (a, b) in self.counts.items() if a != b]
        if self.passages_without_vector:
            ids = ", ".join(str(i) for i in self.passages_without_vector[:10])
            out.append(f"{len(self.passages_without_vector)} passage(s) have no vector in the target Chroma (ids {ids})")
        if not self.audit_ok:
            out.append(f"the audit chain does not verify on the target: {self.audit_reason}")
        return out


def _case_queries(case_id: str) -> dict[str, Any]:
    """One SELECT per table picking exactly the case's rows."""
    d, e = schema.documents, schema.entries
    docs = select(d.c.id).where(d.c.case_id == case_id)
    ents = select(e.c.id).where(e.c.case_id == case_id)
    t = schema
    return {
        "cases": select(t.cases).where(t.cases.c.id == case_id),
        "documents": select(d).where(d.c.case_id == case_id).order_by(d.c.id),
        "pages": select(t.pages).where(t.pages.c.document_id.in_(docs)).order_by(t.pages.c.id),
        "passages": select(t.passages).where(t.passages.c.document_id.in_(docs)).order_by(t.passages.c.id),
        "entries": select(e).where(e.c.case_id == case_id).order_by(e.c.id),
        "citations": select(t.citations).where(t.citations.c.entry_id.in_(ents)).order_by(t.citations.c.id),
        "reviews": select(t.reviews).where(t.reviews.c.entry_id.in_(ents)).order_by(t.reviews.c.id),
        "views": select(t.views).where(t.views.c.entry_id.in_(ents)).order_by(t.views.c.id),
        "audit": select(t.audit).where(t.audit.c.case_id == case_id).order_by(t.audit.c.seq),
        "assignments": select(t.assignments).where(t.assignments.c.case_id == case_id),
    }


def _count(conn: Connection, query: Any) -> int:
    return conn.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()


def _utc_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """SQLite hands back naive datetimes (written in UTC); make them explicit so PostgreSQL does not shift them."""
    out = dict(row)
    for col in table.columns:
        if isinstance(col.type, DateTime):
            v = out.get(col.name)
            if isinstance(v, datetime):
                out[col.name] = (v.replace(tzinfo=timezone.utc) if v.tzinfo is None else v.astimezone(timezone.utc))
    return out


def _chroma_target(source: Settings, to_chroma: str | None) -> Settings:
    return replace(source, chroma_url=to_chroma) if to_chroma else source


def _same_chroma(a: Settings, b: Settings) -> bool:
    return (a.chroma_url or str(a.chroma_path)) == (b.chroma_url or str(b.chroma_path))


def _refuse_collisions(src: Connection, dst: Connection, case_id: str, queries: dict[str, Any]) -> None:
    if dst.execute(select(schema.cases.c.id).where(schema.cases.c.id == case_id)).first():
        raise MoveRefused(f"the target store already has a case named '{case_id}'; nothing was copied")
    if dst.execute(select(func.count()).select_from(schema.audit).where(schema.audit.c.case_id == case_id)).scalar_one():
        raise MoveRefused(f"the target store already has audit rows for '{case_id}'; nothing was copied")
    for name in _KEPT_IDS:
        table = schema.metadata.tables[name]
        ids = list(src.execute(select(queries[name].subquery().c.id)).scalars())
        for i in range(0, len(ids), BATCH):
            clash = dst.execute(select(table.c.id).where(table.c.id.in_(ids[i:i + BATCH])).limit(1)).scalar()
            if clash is not None:
                raise MoveRefused(f"the target store already uses {name} id {clash}, which this case needs kept "
                                  "(citations, vectors and the audit log refer to it); move into an empty store "
                                  "or one without overlapping ids")


def _case_people(src: Connection, case_id: str) -> set[str]:
    a, r, e = schema.assignments, schema.reviews, schema.entries
    assigned = set(src.execute(select(a.c.user).where(a.c.case_id == case_id)).scalars())
    acted = set(src.execute(select(r.c.user).join(e, e.c.id == r.c.entry_id).where(e.c.case_id == case_id)).scalars())
    return assigned | acted


def _copy_users(src: Connection, dst: Connection, case_id: str) -> tuple[list[str], list[str]]:
    """Register the case's people on the target where it does not know them; returns (copied, already known)."""
    u = schema.users
    source_users = {r.name: dict(r._mapping) for r in src.execute(select(u))}
    known = set(dst.execute(select(u.c.name)).scalars())
    wanted = {n for n in _case_people(src, case_id) if n in source_users}
    if not known:
        wanted |= {n for n, row in source_users.items() if row["role"] == "admin"}
    copied = sorted(wanted - known)
    if copied:
        dst.execute(insert(u), [_utc_row(u, source_users[n]) for n in copied])
    return copied, sorted(wanted & known)


def _copy_rows(src: Connection, dst: Connection, queries: dict[str, Any]) -> None:
    for name in TABLES:
        table = schema.metadata.tables[name]
        result = src.execute(queries[name])
        while True:
            chunk = result.fetchmany(BATCH)
            if not chunk:
                break
            rows = [_utc_row(table, dict(r._mapping)) for r in chunk]
            if name in _NEW_IDS:
                for row in rows:
                    row.pop("id", None)
            dst.execute(insert(table), rows)
    if dst.dialect.name == "postgresql":
        # explicit ids do not advance PostgreSQL's sequences; without this the next insert would collide
        for name in _KEPT_IDS:
            dst.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                             f"GREATEST((SELECT COALESCE(MAX(id), 0) FROM {name}), 1), "
                             f"(SELECT COUNT(*) > 0 FROM {name}))"))


def _copy_vectors(case_id: str, source: Settings, target: Settings) -> int:
    from ingest.vectors import VectorIndex

    src_col = VectorIndex(source)._collection(case_id)
    dst_col = VectorIndex(target)._collection(case_id)
    copied, offset = 0, 0
    while True:
        got = src_col.get(include=["embeddings", "metadatas", "documents"], limit=BATCH, offset=offset)
        ids = list(got["ids"])
        if not ids:
            return copied
        dst_col.upsert(ids=ids, embeddings=[list(map(float, v)) for v in got["embeddings"]],
                       metadatas=got["metadatas"], documents=got["documents"])
        copied += len(ids)
        offset += len(ids)


def check_copy(source: Store, target: Store, case_id: str, target_settings: Settings) -> MoveReport:
    """Row counts per table equal, every current passage has a vector, the audit chain verifies."""
    from ingest.vectors import VectorIndex
    from verify.audit import check

    report = MoveReport(case_id)
    queries = _case_queries(case_id)
    with source.engine.connect() as s, target.engine.connect() as t:
        for name in TABLES:
            report.counts[name] = (_count(s, queries[name]), _count(t, queries[name]))
    p, d = schema.passages, schema.documents
    with target.engine.connect() as t:
        passage_ids = set(t.execute(select(p.c.id).join(d, d.c.id == p.c.document_id)
                                    .where(d.c.case_id == case_id, d.c.complete.is_(True))).scalars())
    have = VectorIndex(target_settings).ids(case_id)
    report.passages_without_vector = sorted(passage_ids - have)
    result = check(target, case_id)
    report.audit_ok, report.audit_rows, report.audit_reason = result.ok, result.rows, result.reason
    return report


def move_case(source: Store, source_settings: Settings, case_id: str, to_db: str,
              to_chroma: str | None = None, by: str | None = None) -> MoveReport:
    """Copy ``case_id`` to the store at ``to_db`` (and its vectors to ``to_chroma``), then check the copy.

    The source is left as it was: delete it only after the report says the copy is whole. Users
    registered on the target by the move are recorded in the target's users audit log, against ``by``.
    """
    from verify.roles import audit_users, get_user

    if source.get_case(case_id) is None:
        raise MoveRefused(f"there is no case named '{case_id}' in the configured store")
    if to_db == source_settings.database_url:
        raise MoveRefused("the target database is the configured one; give a different --to-db")
    target_settings = replace(_chroma_target(source_settings, to_chroma), database_url=to_db)
    target = Store.open(target_settings)  # brings the target's schema up to date first
    try:
        queries = _case_queries(case_id)
        with source.engine.connect() as src, target.engine.connect() as probe:
            _refuse_collisions(src, probe, case_id, queries)
        vectors = 0
        if not _same_chroma(source_settings, target_settings):
            vectors = _copy_vectors(case_id, source_settings, target_settings)
        with source.engine.connect() as src, target.transaction() as dst:
            copied, known = _copy_users(src, dst, case_id)
            _copy_rows(src, dst, queries)
        for name in copied:
            user = get_user(target, name)
            audit_users(target, by or name, "user-add", {"name": name, "role": user.role, "team": user.team,
                                                         "copied_with_case": case_id})
        report = check_copy(source, target, case_id, target_settings)
        report.vectors_copied = vectors
        report.users_copied, report.users_known = copied, known
        return report
    finally:
        target.engine.dispose()
