"""The JSON export, exactly as ``contracts/chronology-json.md`` (schema version 1) lays it out.

Other tools and the evaluation scripts read this file, so fields are only ever added. Added here:
``audit_head`` (the audit row immediately before this export's own "export" row), ``statement``,
``source_kinds``, ``checks``, ``significance``, ``drafter`` and (for seasons and terms) ``date_text`` per entry, and ``bundle_paginated``.
``draft`` is true whenever any exported entry is not verified, and also when the user asked for a
draft (a draft that happens to be fully verified is still only a working copy).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chronology.export.formatting import date_text, iso_utc, span_of
from chronology.models import Entry

if TYPE_CHECKING:
    from chronology.export import ExportData

SCHEMA_VERSION = 1


CONTRACT_PRECISIONS = ("day", "month", "year", "range", "approximate")


def contract_date(e: Entry) -> tuple[str | None, str]:
    """(date_end, date_precision) in the contract's five values: a season or term travels as a range."""
    if e.precision in CONTRACT_PRECISIONS:
        return e.date_end, e.precision
    span = span_of(e)
    if span is None:
        return e.date_end, "approximate"
    return span[1].isoformat(), "range"


def entry_json(e: Entry) -> dict[str, Any]:
    date_end, precision = contract_date(e)
    out = {
        "id": e.public_id,
        "date": e.date,
        "date_end": date_end,
        "date_precision": precision,
        "time": e.time,
        "text": e.text,
        "citations": [{
            "document": c.document,
            "document_sha256": c.document_sha256,
            "page": c.page,
            "char_start": c.char_start,
            "char_end": c.char_end,
            "quote": c.quote,
            "bundle_ref": c.bundle_ref,
        } for c in e.citations],
        "status": e.status,
        "flags": list(e.flags),
        "verified_by": e.verified_by,
        "verified_at": iso_utc(e.verified_at),
        "source_kinds": list(e.source_kinds),
        "checks": list(e.checks),
        "significance": e.significance,
        "drafter": e.drafter,
    }
    if precision != e.precision:  # the words the record used ("Summer 2022"), which a range alone loses
        out["date_text"] = date_text(e.date, e.precision, e.date_end)
    return out


def document(data: "ExportData") -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "case": {"id": data.case.id, "title": data.case.title, "court_ref": data.case.court_ref},
        "generated_at": iso_utc(data.generated_at),
        "draft": data.draft,
        "entries": [entry_json(e) for e in data.entries],
        "audit_head": {"rows": data.audit_head[0], "hash": data.audit_head[1]},
        "bundle_paginated": data.paginated,
        "statement": data.statement.text(),
    }


def render(data: "ExportData", path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(document(data), fh, ensure_ascii=False, indent=2, default=str)
        fh.write("\n")
