"""The relational schema (SQLAlchemy Core), one definition for SQLite and PostgreSQL.

Page text is stored exactly as extracted because every citation's offsets index it; passages keep
their span so ``page.text[char_start:char_end] == passage.text`` can be checked at any time.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

cases = Table(
    "cases",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("title", Text, nullable=False, default=""),
    Column("court_ref", String(100), nullable=False, default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("retention_until", Date, nullable=True),
    Column("bundle", JSON, nullable=True),  # bundle pagination mapping, once assigned
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", String(200), ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
    Column("path", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("source_kind", String(40), nullable=False, default="other"),
    Column("page_count", Integer, nullable=False, default=0),
    Column("status", String(20), nullable=False, default="ok"),
    Column("warnings", JSON, nullable=False, default=list),
    Column("anchor_date", Date, nullable=True),
    Column("no_llm", Boolean, nullable=False, default=False),
    Column("size_bytes", Integer, nullable=False, default=0),
    Column("meta", JSON, nullable=False, default=dict),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    # False until pages, passages and vectors are all stored: an interrupted ingest leaves no half document.
    Column("complete", Boolean, nullable=False, default=False),
    # Set when a changed file replaced this version; its pages stay so old citations still resolve.
    Column("superseded_at", DateTime(timezone=True), nullable=True),
    Index("ix_documents_case_path", "case_id", "path"),
)

pages = Table(
    "pages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("ocr", Boolean, nullable=False, default=False),
    UniqueConstraint("document_id", "number", name="uq_page_document_number"),
)

passages = Table(
    "passages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("page_number", Integer, nullable=False),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("anchor_date", Date, nullable=True),
    Column("note_header", Text, nullable=True),
    Column("text_hash", String(64), nullable=False),
    Index("ix_passages_document", "document_id", "seq"),
)

entries = Table(
    "entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", String(200), ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(200), nullable=False),
    Column("date", String(10), nullable=True),
    Column("date_end", String(10), nullable=True),
    Column("precision", String(20), nullable=False, default="day"),
    Column("time", String(5), nullable=True),
    Column("text", Text, nullable=False),
    Column("drafted_text", Text, nullable=False),
    Column("significance", Text, nullable=False, default=""),
    Column("flags", JSON, nullable=False, default=list),
    Column("source_kinds", JSON, nullable=False, default=list),
    Column("status", String(20), nullable=False, default="unverified"),
    Column("version", Integer, nullable=False, default=1),
    Column("drafter", String(200), nullable=False, default="extractive"),
    Column("edited", Boolean, nullable=False, default=False),
    Column("risk", Float, nullable=False, default=0.0),
    Column("checks", JSON, nullable=False, default=list),
    Column("seq", Integer, nullable=False, default=0),
    Column("stale", Boolean, nullable=False, default=False),  # no longer produced by the latest draft
    Column("verified_by", String(200), nullable=True),
    Column("verified_at", DateTime(timezone=True), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("case_id", "key", name="uq_entry_case_key"),
    Index("ix_entries_case_date", "case_id", "date"),
)

citations = Table(
    "citations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entry_id", Integer, ForeignKey("entries.id", ondelete="CASCADE"), nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("passage_id", Integer, nullable=True),
    Column("page", Integer, nullable=False),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("ord", Integer, nullable=False, default=0),
    Index("ix_citations_entry", "entry_id"),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entry_id", Integer, ForeignKey("entries.id", ondelete="CASCADE"), nullable=False),
    Column("action", String(20), nullable=False),
    Column("user", String(200), nullable=False),
    Column("role", String(40), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("entry_text", Text, nullable=False),
    Column("quote_hash", String(64), nullable=False),
    Column("shown_citations", JSON, nullable=False, default=list),
    Column("open_seconds", Float, nullable=True),
    Column("comment", Text, nullable=False, default=""),
    Index("ix_reviews_entry", "entry_id"),
)

audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", String(200), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("user", String(200), nullable=False),
    Column("action", String(40), nullable=False),
    Column("detail", JSON, nullable=False, default=dict),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    UniqueConstraint("case_id", "seq", name="uq_audit_case_seq"),
)

users = Table(
    "users",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("role", String(40), nullable=False),
    Column("team", String(200), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # sign-in on the review screen: a bcrypt hash (never the password), and the address an OIDC provider vouches for
    Column("password_hash", String(200), nullable=True),
    Column("email", String(320), nullable=True),
    Column("failed_sign_ins", Integer, nullable=True),  # in a row; at the limit the account is locked (m005)
)

# Which cited source was shown to whom, in which review session: verifying requires a view of every citation.
views = Table(
    "views",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entry_id", Integer, ForeignKey("entries.id", ondelete="CASCADE"), nullable=False),
    Column("citation_id", Integer, nullable=False),
    Column("user", String(200), nullable=False),
    Column("session_id", String(64), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_views_entry_user_session", "entry_id", "user", "session_id"),
)

# Which cases a person works on (m003): a worker sees their assigned cases, a manager their team's.
assignments = Table(
    "assignments",
    metadata,
    Column("case_id", String(200), ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("user", String(200), primary_key=True),
    Column("assigned_by", String(200), nullable=False),
    Column("assigned_at", DateTime(timezone=True), nullable=False),
    Index("ix_assignments_user", "user"),
)

# The draft's statement vectors (m006): the model's vector for an exact statement text, stored so a
# re-draft never embeds a statement again. A pure function of (model, text); purged with the case.
statement_vectors = Table(
    "statement_vectors",
    metadata,
    Column("case_id", String(200), ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("model", String(100), primary_key=True),
    Column("text_hash", String(64), primary_key=True),
    Column("vector", LargeBinary, nullable=False),  # float32, little-endian, as the model returned it
)
