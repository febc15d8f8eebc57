"""Retention and purge (right to erasure): after `purge`/`delete`, neither store holds anything of the case,
the other cases are untouched, and one verifiable audit row says the purge happened."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import inspect, select, text
from typer.testing import CliRunner

from chronology import schema
from chronology.cli import app
from chronology.draft import Drafter
from chronology.retention import expired_cases, purge_row
from ingest.pipeline import Ingestor
from ingest.vectors import collection_name
from tests.helpers import make_case_folder
from verify import audit, review

runner = CliRunner()
GONE, KEPT = "re-gone", "re-kept"
MARK = "Amir Khan"  # appears only in the purged case's documents


@pytest.fixture
def two_cases(workspace, tmp_path):
    ws = workspace
    ing = Ingestor(ws.store, ws.index)
    assert not ing.ingest(make_case_folder(tmp_path / "gone"), GONE).failed
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "note.txt").write_text("Case Note: 02/02/2024 10:00 | Visit | Recorded by: Ann Lee (Social Worker)\n"
                                   "I visited Sam at home. Sam was well.", encoding="utf-8")
    assert not ing.ingest(kept, KEPT).failed
    for c in (GONE, KEPT):
        Drafter(ws.store, None).draft(c)
        audit.record(ws.store, c, "system", "ingest", {"path": "x"})
    e = next(e for e in __import__("chronology.entries", fromlist=["EntryStore"]).EntryStore(ws.store).list(GONE))
    session = review.new_session()
    review.record_view(ws.store, e.id, [c.id for c in e.citations], "Jane", session)
    review.comment(ws.store, e.id, "Jane", f"checked with {MARK}")
    images = ws.settings.home / "page-images"
    images.mkdir(parents=True)
    for d in ws.store.documents(GONE) + ws.store.documents(KEPT):
        (images / f"{d.sha256}-p1.png").write_bytes(b"png")
    return ws


def _case_rows(ws, case: str) -> dict[str, int]:
    """Rows of ``case`` in every table (joined through documents and entries where there is no case_id)."""
    found = {}
    with ws.store.engine.connect() as conn:
        doc_ids = list(conn.execute(select(schema.documents.c.id).where(schema.documents.c.case_id == case)).scalars())
        entry_ids = list(conn.execute(select(schema.entries.c.id).where(schema.entries.c.case_id == case)).scalars())
        for name in inspect(conn).get_table_names():
            cols = {c["name"] for c in inspect(conn).get_columns(name)}
            n = 0
            if "case_id" in cols:
                n += conn.execute(text(f'SELECT count(*) FROM "{name}" WHERE case_id = :c'), {"c": case}).scalar()
            if name == "cases":
                n += conn.execute(text("SELECT count(*) FROM cases WHERE id = :c"), {"c": case}).scalar()
            for col, ids in (("document_id", doc_ids), ("entry_id", entry_ids)):
                if col in cols and ids:
                    n += conn.execute(text(f'SELECT count(*) FROM "{name}" WHERE {col} IN ({",".join(map(str, ids))})')).scalar()
            found[name] = n
    return found


def _collections(ws) -> set[str]:
    return {getattr(c, "name", c) for c in ws.index.client.list_collections()}


def _assert_gone(ws, case: str, reason: str):
    rows = _case_rows(ws, case)
    assert rows.pop("audit") == 1, "one audit row stays: the purge"
    assert not any(rows.values()), {k: v for k, v in rows.items() if v}
    assert collection_name(case) not in _collections(ws)
    row = purge_row(ws.store, case)
    assert row and row["seq"] == 1 and row["detail"]["reason"] == reason and row["detail"]["removed"]["documents"] == 4
    assert audit.check(ws.store, case).ok, "the purge row verifies"
    db = ws.settings.home / "chronology.db"
    chroma = ws.settings.chroma_path
    live = {r[0] for r in __import__("sqlite3").connect(chroma / "chroma.sqlite3").execute("SELECT id FROM segments")}
    folders = {p.name for p in chroma.iterdir() if p.is_dir()}
    assert folders <= live, f"vector files of a deleted collection remain: {folders - live}"
    for f in (db, db.with_name(db.name + "-wal"), chroma / "chroma.sqlite3"):
        if f.exists():
            assert MARK.encode() not in f.read_bytes(), f"{f.name} still holds the purged case's text"


def _assert_kept(ws):
    assert len(ws.store.documents(KEPT)) == 1 and ws.index.count(KEPT) == len(ws.store.passages(KEPT))
    assert audit.check(ws.store, KEPT).ok and collection_name(KEPT) in _collections(ws)
    assert sum(_case_rows(ws, KEPT).values()) > 5


def test_retention_then_purge_expired(two_cases):
    ws = two_cases
    r = runner.invoke(app, ["retention", "--case", GONE, "--until", "2020-01-31", "--by", "Ann Admin"])
    assert r.exit_code == 0 and "kept until 2020-01-31" in r.output, r.output
    assert ws.store.get_case(GONE).retention_until == date(2020, 1, 31)
    assert runner.invoke(app, ["retention", "--case", KEPT, "--until", "2999-01-01"]).exit_code == 0
    assert runner.invoke(app, ["retention", "--case", GONE, "--until", "31/01/2020"]).exit_code == 2
    assert runner.invoke(app, ["retention", "--case", "nope", "--until", "2020-01-01"]).exit_code == 2
    assert expired_cases(ws.store) == [GONE]
    r = runner.invoke(app, ["purge", "--case", KEPT, "--expired"])
    assert r.exit_code == 1 and "not past its retention date" in r.output
    gone_shas = {d.sha256 for d in ws.store.documents(GONE)}
    r = runner.invoke(app, ["purge", "--expired", "--by", "Ann Admin"])
    assert r.exit_code == 0, r.output
    assert f"Case {GONE} purged: 4 documents" in r.output and "4 page image(s) removed" in r.output
    _assert_gone(ws, GONE, "retention period ended")
    _assert_kept(ws)
    left = {p.name.split("-p")[0] for p in (ws.settings.home / "page-images").glob("*.png")}
    assert not (left & gone_shas) and len(left) == 1
    # idempotent: nothing left to purge, no second purge row
    assert runner.invoke(app, ["purge", "--expired"]).output.startswith("No case is past")
    assert runner.invoke(app, ["purge", "--case", GONE]).exit_code == 2
    assert audit.count(ws.store, GONE) == 1


def test_delete_is_the_same_operation(two_cases):
    ws = two_cases
    r = runner.invoke(app, ["delete", "--case", GONE, "--by", "Ann Admin"])
    assert r.exit_code == 0, r.output
    _assert_gone(ws, GONE, "right to erasure")
    _assert_kept(ws)
    r = runner.invoke(app, ["audit", "--case", GONE, "--check"])
    assert r.exit_code == 0 and "1 rows" in r.output
    detail = json.loads(runner.invoke(app, ["audit", "--case", GONE, "--json"]).output)[0]["detail"]
    assert detail["deleted_log_head"]["rows"] >= 3 and detail["removed"]["reviews"] == 1


def test_a_case_name_used_again_continues_after_the_purge_row(two_cases):
    ws = two_cases
    runner.invoke(app, ["purge", "--case", GONE])
    audit.record(ws.store, GONE, "system", "ingest", {"path": "new"})
    assert audit.check(ws.store, GONE).ok and audit.count(ws.store, GONE) == 2
    assert runner.invoke(app, ["purge"]).exit_code == 2
