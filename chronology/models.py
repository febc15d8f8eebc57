"""Typed domain records shared by every layer.

Provenance travels with the text from the moment it is read: a Passage knows its document, page and
exact character span, and a Citation carries the same so any line can be traced back to the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

ENTRY_STATUSES = ("unverified", "verified", "rejected")
PRECISIONS = ("day", "month", "year", "range", "approximate", "season")
SOURCE_KINDS = ("police", "health", "school", "social care", "court", "other")


@dataclass
class Case:
    id: str
    title: str = ""
    court_ref: str = ""
    created_at: datetime | None = None
    retention_until: date | None = None


@dataclass
class Document:
    id: int | None
    case_id: str
    path: str  # relative to the case folder as ingested, '/'-separated
    sha256: str
    kind: str  # pdf | docx | txt | eml
    source_kind: str = "other"
    page_count: int = 0
    status: str = "ok"  # ok | ocr | needs-ocr | partial
    warnings: list[str] = field(default_factory=list)
    anchor_date: date | None = None
    no_llm: bool = False
    size_bytes: int = 0
    ingested_at: datetime | None = None
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class Page:
    document_id: int
    number: int  # 1-based
    text: str
    ocr: bool = False


@dataclass
class Passage:
    id: int | None
    document_id: int
    page_number: int
    char_start: int
    char_end: int
    text: str
    seq: int = 0  # order within the document
    anchor_date: date | None = None  # the note's or document's own date, for relative dates
    note_header: str | None = None


@dataclass
class Citation:
    document_id: int
    document: str  # relative path
    page: int
    char_start: int
    char_end: int
    quote: str
    passage_id: int | None = None
    document_sha256: str = ""
    bundle_ref: str | None = None
    id: int | None = None


@dataclass
class Entry:
    id: int | None
    case_id: str
    date: str | None  # ISO YYYY-MM-DD (first day for month/year precision)
    text: str
    precision: str = "day"
    date_end: str | None = None
    time: str | None = None
    citations: list[Citation] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    source_kinds: list[str] = field(default_factory=list)
    status: str = "unverified"
    version: int = 1
    drafter: str = "extractive"
    key: str = ""  # stable identity across re-drafts
    edited: bool = False
    risk: float = 0.0
    seq: int = 0
    verified_by: str | None = None
    verified_at: datetime | None = None
    checks: list[dict] = field(default_factory=list)
    significance: str = ""

    @property
    def public_id(self) -> str:
        return f"e-{self.id:06d}" if self.id is not None else "e-new"


@dataclass
class Review:
    entry_id: int
    action: str  # verify | reject | edit | comment | query
    user: str
    role: str
    at: datetime
    entry_text: str
    quote_hash: str
    shown_citations: list[int] = field(default_factory=list)
    open_seconds: float | None = None
    comment: str = ""
    id: int | None = None
