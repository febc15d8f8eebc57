"""The one storage interface: SQLAlchemy over SQLite by default, PostgreSQL by URL.

Everything above this module speaks in domain records (``Document``, ``Passage``, ``Entry``…);
only this module knows tables. Opening a store applies pending migrations, so an old store opens.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, and_, create_engine, delete, event, func, insert, select, update

from chronology import schema
from chronology.config import Settings
from chronology.migrations import migrate
from chronology.models import Case, Citation, Document, Entry, Page, Passage


def now() -> datetime:
    return datetime.now(timezone.utc)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """WAL for concurrent readers, enforced foreign keys, and full fsync so a crash loses nothing committed."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _document(row: Any) -> Document:
    return Document(
        id=row.id, case_id=row.case_id, path=row.path, sha256=row.sha256, kind=row.kind,
        source_kind=row.source_kind, page_count=row.page_count, status=row.status,
        warnings=list(row.warnings or []), anchor_date=row.anchor_date, no_llm=row.no_llm,
        size_bytes=row.size_bytes, ingested_at=row.ingested_at, meta=dict(row.meta or {}),
    )


def _passage(row: Any) -> Passage:
    return Passage(
        id=row.id, document_id=row.document_id, page_number=row.page_number,
        char_start=row.char_start, char_end=row.char_end, text=row.text, seq=row.seq,
        anchor_date=row.anchor_date, note_header=row.note_header,
    )


class Store:
    """Cases, documents, pages, passages and entries, in one relational database."""

    def __init__(self, engine: Engine):
        self.engine = engine

    @classmethod
    def open(cls, settings: Settings | None = None) -> "Store":
        settings = settings or Settings.from_env()
        engine = make_engine(settings.database_url)
        migrate(engine)
        return cls(engine)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    # --- cases -------------------------------------------------------------------------------
    def ensure_case(self, case_id: str, title: str = "") -> Case:
        with self.transaction() as conn:
            row = conn.execute(select(schema.cases).where(schema.cases.c.id == case_id)).first()
            if row is None:
                conn.execute(insert(schema.cases).values(
                    id=case_id, title=title or case_id, court_ref="", created_at=now()))
                return Case(id=case_id, title=title or case_id)
        return Case(id=row.id, title=row.title, court_ref=row.court_ref,
                    created_at=row.created_at, retention_until=row.retention_until)

    def get_case(self, case_id: str) -> Case | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.cases).where(schema.cases.c.id == case_id)).first()
        if row is None:
            return None
        return Case(id=row.id, title=row.title, court_ref=row.court_ref,
                    created_at=row.created_at, retention_until=row.retention_until)

    def list_cases(self) -> list[Case]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.cases).order_by(schema.cases.c.id)).all()
        return [Case(id=r.id, title=r.title, court_ref=r.court_ref, created_at=r.created_at,
                     retention_until=r.retention_until) for r in rows]

    def update_case(self, case_id: str, **values: Any) -> None:
        with self.transaction() as conn:
            conn.execute(update(schema.cases).where(schema.cases.c.id == case_id).values(**values))

    # --- documents ---------------------------------------------------------------------------
    def _current_documents(self, case_id: str):
        d = schema.documents
        return select(d).where(d.c.case_id == case_id, d.c.complete.is_(True), d.c.superseded_at.is_(None))

    def documents(self, case_id: str) -> list[Document]:
        with self.engine.connect() as conn:
            rows = conn.execute(self._current_documents(case_id).order_by(schema.documents.c.path)).all()
        return [_document(r) for r in rows]

    def document(self, document_id: int) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.documents).where(schema.documents.c.id == document_id)).first()
        return _document(row) if row else None

    def current_document(self, case_id: str, path: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(self._current_documents(case_id).where(schema.documents.c.path == path)).first()
        return _document(row) if row else None

    def incomplete_documents(self, case_id: str | None = None) -> list[Document]:
        """Documents whose ingest was interrupted; the next ingest removes and redoes them."""
        d = schema.documents
        query = select(d).where(d.c.complete.is_(False))
        if case_id is not None:
            query = query.where(d.c.case_id == case_id)
        with self.engine.connect() as conn:
            return [_document(r) for r in conn.execute(query).all()]

    def begin_document(self, doc: Document, pages: list[Page], passages: list[Passage]) -> Document:
        """Store a document, its pages and passages in one transaction, marked incomplete.

        The caller adds the vectors and then calls :meth:`complete_document`; until then every
        read ignores the document, so a crash in between leaves nothing half-visible.
        """
        d = schema.documents
        with self.transaction() as conn:
            doc_id = conn.execute(insert(d).values(
                case_id=doc.case_id, path=doc.path, sha256=doc.sha256, kind=doc.kind,
                source_kind=doc.source_kind, page_count=len(pages), status=doc.status,
                warnings=doc.warnings, anchor_date=doc.anchor_date, no_llm=doc.no_llm,
                size_bytes=doc.size_bytes, meta=doc.meta, ingested_at=now(), complete=False,
            ).returning(d.c.id)).scalar_one()
            if pages:
                conn.execute(insert(schema.pages), [
                    {"document_id": doc_id, "number": p.number, "text": p.text, "ocr": p.ocr} for p in pages])
            ids: list[int] = []
            if passages:
                rows = [{
                    "document_id": doc_id, "page_number": p.page_number, "char_start": p.char_start,
                    "char_end": p.char_end, "text": p.text, "seq": p.seq, "anchor_date": p.anchor_date,
                    "note_header": p.note_header, "text_hash": text_hash(p.text)} for p in passages]
                ids = list(conn.execute(insert(schema.passages).returning(
                    schema.passages.c.id, sort_by_parameter_order=True), rows).scalars())
        for p, pid in zip(passages, ids):
            p.id, p.document_id = pid, doc_id
        doc.id, doc.page_count = doc_id, len(pages)
        return doc

    def complete_document(self, document_id: int, replaces: int | None = None) -> None:
        """Make a stored document visible, and retire the version it replaces, atomically."""
        d = schema.documents
        with self.transaction() as conn:
            if replaces is not None:
                conn.execute(update(d).where(d.c.id == replaces).values(superseded_at=now()))
                conn.execute(delete(schema.passages).where(schema.passages.c.document_id == replaces))
            conn.execute(update(d).where(d.c.id == document_id).values(complete=True))

    def discard_document(self, document_id: int) -> None:
        with self.transaction() as conn:
            conn.execute(delete(schema.documents).where(schema.documents.c.id == document_id))

    def set_document(self, document_id: int, **values: Any) -> None:
        with self.transaction() as conn:
            conn.execute(update(schema.documents).where(schema.documents.c.id == document_id).values(**values))

    # --- pages and passages ------------------------------------------------------------------
    def pages(self, document_id: int) -> list[Page]:
        p = schema.pages
        with self.engine.connect() as conn:
            rows = conn.execute(select(p).where(p.c.document_id == document_id).order_by(p.c.number)).all()
        return [Page(document_id=r.document_id, number=r.number, text=r.text, ocr=r.ocr) for r in rows]

    def page_text(self, document_id: int, number: int) -> str | None:
        p = schema.pages
        with self.engine.connect() as conn:
            return conn.execute(select(p.c.text).where(
                p.c.document_id == document_id, p.c.number == number)).scalar_one_or_none()

    def passages(self, case_id: str, document_id: int | None = None) -> list[Passage]:
        """Passages of a case's current documents, in document then source order."""
        p, d = schema.passages, schema.documents
        query = (select(p).join(d, d.c.id == p.c.document_id)
                 .where(d.c.case_id == case_id, d.c.complete.is_(True), d.c.superseded_at.is_(None))
                 .order_by(d.c.path, p.c.seq))
        if document_id is not None:
            query = query.where(p.c.document_id == document_id)
        with self.engine.connect() as conn:
            return [_passage(r) for r in conn.execute(query).all()]

    def passages_by_id(self, ids: Iterable[int]) -> dict[int, Passage]:
        ids = list(ids)
        if not ids:
            return {}
        p = schema.passages
        with self.engine.connect() as conn:
            rows = conn.execute(select(p).where(p.c.id.in_(ids))).all()
        return {r.id: _passage(r) for r in rows}

    def counts(self, case_id: str) -> dict[str, int]:
        d, pg, ps = schema.documents, schema.pages, schema.passages
        current = and_(d.c.case_id == case_id, d.c.complete.is_(True), d.c.superseded_at.is_(None))
        with self.engine.connect() as conn:
            docs = conn.execute(select(func.count()).select_from(d).where(current)).scalar_one()
            pages_n = conn.execute(select(func.count()).select_from(pg.join(d, d.c.id == pg.c.document_id))
                                   .where(current)).scalar_one()
            passages_n = conn.execute(select(func.count()).select_from(ps.join(d, d.c.id == ps.c.document_id))
                                      .where(current)).scalar_one()
        return {"documents": docs, "pages": pages_n, "passages": passages_n}


def text_hash(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()
