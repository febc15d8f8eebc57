"""Bad input as a corpus at the ingest level: a real case folder with the whole hostile corpus
(tests/data/make_bad.py) dropped into it, ingested through the command line.

The exit-code rule (`chronology ingest`):
* 1 when any file FAILED (damaged, encrypted, over a limit, not what its name says, not a regular file…):
  the user must act — get a readable copy — or the chronology silently lacks that evidence;
* 0 when files were only SKIPPED: unsupported types (.xlsx, no extension) get a message naming the file
  and the supported types, hidden files and Office lock files are passed over silently — nothing to act on;
* warnings (odd encodings, attachments not ingested, needs OCR…) are printed per file and never change the code.

Whatever fails, the rest of the folder is ingested, and documents already in the store stay byte-for-byte
as they were (documents, pages and passages rows compared before and after).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from chronology import schema
from chronology.cli import app
from tests.helpers import make_case_folder, make_pdf

_spec = importlib.util.spec_from_file_location("make_bad", Path(__file__).parent / "data" / "make_bad.py")
make_bad = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("make_bad", make_bad)
_spec.loader.exec_module(make_bad)

CASE = "re-bad"
runner = CliRunner()


@pytest.fixture(autouse=True)
def ocr_off(monkeypatch):
    monkeypatch.setenv("CHRONOLOGY_OCR", "off")  # the corpus's expectations assume no OCR


def _snapshot(ws) -> dict[str, list]:
    d, pg, ps = schema.documents, schema.pages, schema.passages
    with ws.store.engine.connect() as conn:
        docs = conn.execute(select(d).where(d.c.case_id == CASE).order_by(d.c.id)).all()
        ids = [r.id for r in docs]
        pages = conn.execute(select(pg).where(pg.c.document_id.in_(ids)).order_by(pg.c.id)).all()
        passages = conn.execute(select(ps).where(ps.c.document_id.in_(ids)).order_by(ps.c.id)).all()
    return {"documents": [tuple(r) for r in docs], "pages": [tuple(r) for r in pages],
            "passages": [tuple(r) for r in passages]}


def test_bad_corpus_in_a_case_folder(workspace, tmp_path):
    folder = make_case_folder(tmp_path / "case")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (folder / "health" / "~$hv-letter.docx").write_bytes(b"lock")
    r = runner.invoke(app, ["ingest", str(folder), "--case", CASE])
    assert r.exit_code == 0, r.output
    assert "4 added" in r.output and "DS_Store" not in r.output and "~$" not in r.output
    before = _snapshot(workspace)

    expected = make_bad.make_bad_corpus(folder / "bad")
    assert len(expected) >= 40
    r = runner.invoke(app, ["ingest", str(folder), "--case", CASE])
    out = r.output
    assert r.exit_code == 1, "files failed: the user must act"

    # folder.pdf is a folder: inside a case folder it is walked as one (it is empty), not read as a file
    expected.pop("folder.pdf", None)
    skipped = {n: expected.pop(n) for n in ("spreadsheet.xlsx", "no_extension")}  # skipped by rule, not failed
    assert all(o.startswith("error:unsupported") for o in skipped.values())
    failed = {n: o.split(":", 1)[1] for n, o in expected.items() if o.startswith("error:")}
    unnamed = []
    for name, words in failed.items():
        line = next((ln for ln in out.splitlines() if ln.startswith(f"bad/{name}: ")), None)
        if line is None or words not in line:
            unnamed.append((name, words, line))
    assert not unnamed, unnamed
    for name in ("spreadsheet.xlsx", "no_extension"):
        assert f"bad/{name}: unsupported file type" in out and "not ingested" in out
    for name, outcome in expected.items():
        if outcome.startswith("warning:"):
            assert any(ln.startswith(f"bad/{name}: warning:") and outcome[8:] in ln for ln in out.splitlines()), name

    # the rest of the folder went in
    stored = {d.path for d in workspace.store.documents(CASE)}
    readable = {f"bad/{n}" for n, o in expected.items() if not o.startswith("error:")}
    assert readable <= stored, readable - stored
    assert not {f"bad/{n}" for n in failed} & stored
    summary = out.strip().splitlines()[-1]
    assert f"{len(readable)} added" in summary and "4 unchanged" in summary and "2 skipped" in summary
    assert f"{len(failed)} failed" in summary

    # the documents already there are byte-for-byte unchanged
    after = _snapshot(workspace)
    n_docs, n_pages, n_passages = (len(before[k]) for k in ("documents", "pages", "passages"))
    assert after["documents"][:n_docs] == before["documents"]
    assert [p for p in after["pages"] if p[1] in {d[0] for d in before["documents"]}] == before["pages"]
    assert [p for p in after["passages"] if p[1] in {d[0] for d in before["documents"]}] == before["passages"]
    assert workspace.store.incomplete_documents(CASE) == []

    # again: nothing changes, the same files fail again, still exit 1
    again = runner.invoke(app, ["ingest", str(folder), "--case", CASE])
    assert again.exit_code == 1 and "0 added" in again.output and _snapshot(workspace) == after


def test_only_skipped_files_exit_0(workspace, tmp_path):
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04")
    (folder / ".hidden.txt").write_text("hidden")
    (folder / "Thumbs.db").write_bytes(b"x")
    (folder / "note.txt").write_text("On 3 March 2021 Poppy moved to foster carers.\n")
    r = runner.invoke(app, ["ingest", str(folder), "--case", CASE])
    assert r.exit_code == 0, r.output
    assert "budget.xlsx: unsupported file type '.xlsx'" in r.output and "hidden" not in r.output
    assert "1 added" in r.output and "1 skipped" in r.output and "0 failed" in r.output


def test_limits_are_configurable_from_the_environment(workspace, tmp_path, monkeypatch):
    folder = tmp_path / "limits"
    make_pdf(folder / "three.pdf", ["one", "two", "three"])
    make_pdf(folder / "two.pdf", ["one", "two"])
    monkeypatch.setenv("CHRONOLOGY_MAX_PAGES", "2")
    r = runner.invoke(app, ["ingest", str(folder), "--case", CASE])
    assert r.exit_code == 1
    line = next(ln for ln in r.output.splitlines() if ln.startswith("three.pdf: "))
    assert "page limit" in line and "2" in line
    assert {d.path for d in workspace.store.documents(CASE)} == {"two.pdf"}
    monkeypatch.setenv("CHRONOLOGY_MAX_PAGES", "many")
    r = runner.invoke(app, ["ingest", str(folder), "--case", CASE])
    assert r.exit_code != 0 and "CHRONOLOGY_MAX_PAGES must be a whole number" in str(r.exception or r.output)
