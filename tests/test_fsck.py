"""`chronology check`: each kind of damage is found and said in plain words; --repair fixes what it can."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text, update
from typer.testing import CliRunner

from chronology import schema
from chronology.cli import app
from chronology.draft import Drafter
from chronology.fsck import check_case
from chronology.models import Passage
from ingest.pipeline import Ingestor
from tests.helpers import make_case_folder

CASE = "re-f"
runner = CliRunner()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """One ingested and drafted case, copied for each test (ingest and draft take seconds)."""
    from chronology.config import Settings
    from chronology.store import Store
    from ingest.vectors import VectorIndex
    from verify.audit import record

    base = tmp_path_factory.mktemp("fsck")
    home = base / "home"
    folder = make_case_folder(base / "folder")
    settings = Settings(home=home, database_url=f"sqlite:///{home / 'chronology.db'}", chroma_url=None)
    store = Store.open(settings)
    assert not Ingestor(store, VectorIndex(settings)).ingest(folder, CASE).failed
    Drafter(store, None).draft(CASE)
    record(store, CASE, "system", "ingest", {"path": str(folder)}, key=b"k" * 32)
    store.engine.dispose()
    return home, folder


@pytest.fixture
def case(template, isolated_home, tmp_path, monkeypatch):
    home, folder = template
    shutil.copytree(home, isolated_home)
    mine = tmp_path / "folder"
    shutil.copytree(folder, mine)
    monkeypatch.setenv("CHRONOLOGY_AUDIT_KEY", "k" * 32)
    from chronology.workspace import Workspace

    ws = Workspace()
    with ws.store.transaction() as conn:  # the copied store's documents were read from this test's folder
        conn.execute(text("UPDATE documents SET meta = json_set(meta, '$.source_path', "
                          "replace(json_extract(meta, '$.source_path'), :a, :b))"), {"a": str(folder), "b": str(mine)})
    return ws, mine


def _doc(ws, path):
    return next(d for d in ws.store.documents(CASE) if d.path == path)


def test_clean_case_passes(case):
    r = runner.invoke(app, ["check", "--case", CASE])
    assert r.exit_code == 0, r.output
    assert "No problems found." in r.output and "checked 4 documents" in r.output
    r = runner.invoke(app, ["check", "--case", CASE, "--json"])
    data = json.loads(r.output)
    assert data["ok"] is True and data["problems"] == [] and data["checked"]["vectors"] == data["checked"]["passages"]
    assert runner.invoke(app, ["check", "--case", "nope"]).exit_code == 2


def test_repairable_damage_is_repaired(case):
    ws, _ = case
    notes = _doc(ws, "case-notes/notes.txt")
    passages = ws.store.passages(CASE, notes.id)
    ws.index.delete_ids(CASE, [p.id for p in passages])  # vectors lost
    pdf = _doc(ws, "police/notification.pdf")
    stray = Passage(id=987654, document_id=pdf.id, page_number=1, char_start=0, char_end=5, text="stray")
    ws.index.add(pdf, [stray])  # an orphan vector
    with ws.store.transaction() as conn:  # a document an interrupted ingest left incomplete
        conn.execute(update(schema.documents).where(schema.documents.c.id == _doc(ws, "email/school.eml").id)
                     .values(complete=False))
    r = runner.invoke(app, ["check", "--case", CASE])
    assert r.exit_code == 1
    out = r.output
    assert f"case-notes/notes.txt: {len(passages)} passage(s) have no search vector" in out
    assert "2 search vector(s) belong to no current passage" in out  # the stray and the incomplete e-mail's
    assert "email/school.eml: an ingest was interrupted and left it incomplete" in out
    assert "repairable with --repair" in out
    r = runner.invoke(app, ["check", "--case", CASE, "--repair"])
    assert r.exit_code == 0, r.output
    assert r.output.count("repaired:") == 3 and "No problems remain." in r.output
    assert runner.invoke(app, ["check", "--case", CASE]).exit_code == 0
    want = {p.id for p in ws.store.passages(CASE)}
    assert ws.index.ids(CASE) == want
    assert ws.store.incomplete_documents(CASE) == []


def test_unrepairable_damage_is_reported_and_exit_stays_1(case):
    ws, folder = case
    notes = _doc(ws, "case-notes/notes.txt")
    p = ws.store.passages(CASE, notes.id)[0]
    with ws.store.transaction() as conn:
        conn.execute(update(schema.passages).where(schema.passages.c.id == p.id).values(char_start=p.char_start + 1))
        cid = conn.execute(schema.citations.select().limit(1)).first().id
        conn.execute(update(schema.citations).where(schema.citations.c.id == cid).values(quote="words nobody wrote"))
        conn.execute(update(schema.audit).where(schema.audit.c.case_id == CASE, schema.audit.c.seq == 1)
                     .values(user="mallory"))
    (folder / "health" / "hv-letter.docx").write_bytes(b"changed")
    (folder / "email" / "school.eml").unlink()
    report = check_case(ws.store, ws.index, CASE, repair=True)
    areas = sorted(f.area for f in report.remaining)
    assert areas == ["audit", "citations", "passages", "sources"], report.to_json()
    text = " | ".join(f.message for f in report.problems)
    assert f"passage {p.id}" in text and "no longer matches the page text" in text
    assert "quotes text that is not on page" in text
    assert "health/hv-letter.docx: the original file" in text and "has changed since it was ingested" in text
    assert "the audit log fails its check at row 1" in text
    assert [w.area for w in report.warnings] == ["sources"] and "email/school.eml" in report.warnings[0].message
    r = runner.invoke(app, ["check", "--case", CASE, "--repair"])
    assert r.exit_code == 1 and "4 problem(s) remain." in r.output


def test_integrity_check_runs_on_sqlite(case):
    from chronology.fsck import CheckReport, check_database

    ws, _ = case
    report = CheckReport(CASE)
    check_database(ws.store, report)
    assert report.problems == []


def test_missing_source_path_is_a_warning(case):
    ws, folder = case
    (folder / "police" / "notification.pdf").rename(folder / "gone.pdf")
    report = check_case(ws.store, ws.index, CASE)
    assert report.ok and any("police/notification.pdf" in w.message and "no longer there" in w.message
                             for w in report.warnings)
    assert Path(_doc(ws, "police/notification.pdf").meta["source_path"]).name == "notification.pdf"


def test_vectors_of_a_case_no_longer_in_the_database_are_found_and_removed(case):
    """An erasure interrupted after the database part leaves a collection of passage text behind: found, removed."""
    ws, _ = case
    pdf = _doc(ws, "police/notification.pdf")
    gone = Passage(id=1, document_id=pdf.id, page_number=1, char_start=0, char_end=21, text="Poppy said it was Dad")
    ws.index.add(replace(pdf, case_id="re-erased"), [gone])
    assert ws.index.has_case("re-erased") and ws.store.get_case("re-erased") is None
    r = runner.invoke(app, ["check", "--case", CASE])
    assert r.exit_code == 1
    assert "collection case-re-erased (1 vectors derived from its passages) for a case this database does not have" in r.output
    r = runner.invoke(app, ["check", "--case", CASE, "--repair"])
    assert r.exit_code == 0, r.output
    assert not ws.index.has_case("re-erased")
    assert ws.index.ids(CASE)  # the checked case's own vectors are untouched


# --- the audit log against its witness ---------------------------------------------------------------


def _audit_delete(ws, *seqs: int) -> None:
    from sqlalchemy import delete

    with ws.store.transaction() as conn:
        conn.execute(delete(schema.audit).where(schema.audit.c.case_id == CASE, schema.audit.c.seq.in_(seqs)))


def test_check_names_rows_the_witness_saw_that_are_gone(case):
    from verify import audit

    ws, _ = case
    for i in range(3):
        audit.record(ws.store, CASE, "jane", "verify", {"entry": f"e-{i:06d}"})
    newest = audit.count(ws.store, CASE)
    _audit_delete(ws, newest)
    assert audit.check(ws.store, CASE).ok  # the chain alone still verifies
    report = check_case(ws.store, ws.index, CASE)
    assert [f.area for f in report.remaining] == ["audit"]
    assert f"row {newest} is missing from the log" in report.remaining[0].message
    r = runner.invoke(app, ["check", "--case", CASE])
    assert r.exit_code == 1 and f"row {newest} is missing" in r.output


def test_check_brings_a_lagging_witness_up_to_date_without_alarm(case, monkeypatch):
    from verify import audit, witness

    ws, _ = case
    with monkeypatch.context() as m:  # as if the process died between the commit and the witness write
        m.setattr(witness, "_flush", lambda info: info.pop(witness._COMMITTING, None))
        seq = audit.record(ws.store, CASE, "jane", "verify", {"entry": "e-000001"})
    report = check_case(ws.store, ws.index, CASE)
    assert report.ok and report.problems == [] and report.warnings == [], report.to_json()
    assert report.counted["audit_caught_up"] == seq and witness.for_store(ws.store).last(CASE).rows == seq
