"""The HMAC-sealed audit log: every kind of tampering is detected and the first bad row named;
deleting the newest rows is caught against an export's head and the witness (``tests/test_witness.py``);
the key is created once under races, and a team install that keeps it beside the data is warned."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from typer.testing import CliRunner

from chronology import schema
from chronology.cli import app
from verify import audit

ROOT = Path(__file__).resolve().parent.parent
CASE = "re-x"
runner = CliRunner()


@pytest.fixture
def store(workspace):
    workspace.store.ensure_case(CASE)
    for i in range(1, 7):
        audit.record(workspace.store, CASE, f"user{i}", "verify", {"entry": f"e-{i:06d}", "n": i})
    return workspace.store


def _rows(store) -> list:
    a = schema.audit
    with store.engine.connect() as conn:
        return conn.execute(select(a).where(a.c.case_id == CASE).order_by(a.c.seq)).all()


def _set(store, row_seq: int, **values) -> None:
    a = schema.audit
    with store.transaction() as conn:
        conn.execute(update(a).where(a.c.case_id == CASE, a.c.seq == row_seq).values(**values))


def _delete(store, *seqs: int) -> None:
    a = schema.audit
    with store.transaction() as conn:
        conn.execute(delete(a).where(a.c.case_id == CASE, a.c.seq.in_(seqs)))


def test_untouched_log_checks_out(store):
    result = audit.check(store, CASE)
    assert result.ok and result.rows == 6 and result.head == _rows(store)[-1].hash
    assert audit.check(store, CASE, against=audit.head(store, CASE)).ok


@pytest.mark.parametrize("column, value", [
    ("detail", {"entry": "e-000003", "n": 99}),
    ("user", "someone else"),
    ("action", "reject"),
    ("hash", "f" * 64),
])
def test_edited_row_is_named(store, column, value):
    _set(store, 3, **{column: value})
    result = audit.check(store, CASE)
    assert not result.ok and result.first_bad == 3, result.reason


def test_edited_timestamp_is_named(store):
    at = _rows(store)[3].at
    _set(store, 4, at=at.replace(year=at.year - 1))
    result = audit.check(store, CASE)
    assert not result.ok and result.first_bad == 4


def test_deleted_middle_row_is_named(store):
    _delete(store, 3)
    result = audit.check(store, CASE)
    assert not result.ok and result.first_bad == 3 and "row 3 is missing" in result.reason


def test_deleted_and_renumbered_rows_are_named(store):
    _delete(store, 3)
    for seq in (4, 5, 6):
        _set(store, seq, seq=seq - 1)
    result = audit.check(store, CASE)
    assert not result.ok and result.first_bad == 3 and "does not follow row 2" in result.reason


def test_deleted_last_rows_only_caught_against_the_export_head(store):
    exported = audit.head(store, CASE)
    _delete(store, 5, 6)
    assert audit.check(store, CASE).ok  # a shorter chain is still a valid chain…
    result = audit.check(store, CASE, against=exported)
    assert not result.ok and result.first_bad == 5 and "rows 5–6 were deleted" in result.reason


def test_truncated_then_appended_rows_caught_against_the_export_head(store):
    exported = audit.head(store, CASE)
    _delete(store, 5, 6)
    audit.record(store, CASE, "mallory", "verify", {"entry": "e-000005"})
    audit.record(store, CASE, "mallory", "verify", {"entry": "e-000006"})
    assert audit.check(store, CASE).ok
    result = audit.check(store, CASE, against=exported)
    assert not result.ok and result.first_bad == 6 and "differs from the one the export saw" in result.reason


def test_reordered_rows_are_named(store):
    _set(store, 3, seq=-3)
    _set(store, 4, seq=3)
    _set(store, -3, seq=4)
    result = audit.check(store, CASE)
    assert not result.ok and result.first_bad == 3


def test_rows_resealed_with_another_key_are_named(store):
    wrong = b"not-the-key"
    prev = audit.GENESIS
    for row in _rows(store):
        seal = audit.seal(wrong, prev, row.case_id, row.seq, audit._at_text(row.at), "mallory", row.action, row.detail)
        _set(store, row.seq, user="mallory", prev_hash=prev, hash=seal)
        prev = seal
    assert audit.check(store, CASE, key=wrong).ok  # consistent under the forger's key…
    result = audit.check(store, CASE)  # …but not under the real one
    assert not result.ok and result.first_bad == 1 and "was altered" in result.reason


def test_another_case_does_not_disturb_the_chain(store):
    audit.record(store, "other", "jane", "verify", {})
    assert audit.check(store, CASE).ok and audit.check(store, "other").ok


def test_failed_transaction_leaves_no_audit_row(store):
    before = audit.count(store, CASE)
    with pytest.raises(RuntimeError):
        with store.transaction() as conn:
            audit.append(conn, CASE, "jane", "verify", {"entry": "e-000007"})
            raise RuntimeError("the change it records failed")
    assert audit.count(store, CASE) == before and audit.check(store, CASE).ok


# --- the command line --------------------------------------------------------------------------


def test_cli_audit_lists_and_checks(store, tmp_path):
    r = runner.invoke(app, ["audit", "--case", CASE])
    assert r.exit_code == 0 and "user3" in r.output and "6 rows." in r.output
    r = runner.invoke(app, ["audit", "--case", CASE, "--check"])
    assert r.exit_code == 0 and "is intact: 6 rows" in r.output
    export = tmp_path / "export.json"
    rows, seal = audit.head(store, CASE)
    export.write_text(json.dumps({"case": CASE, "audit_head": {"rows": rows, "hash": seal}}), encoding="utf-8")
    r = runner.invoke(app, ["audit", "--case", CASE, "--check", "--against", str(export)])
    assert r.exit_code == 0, r.output
    _delete(store, 6)
    assert audit.check(store, CASE).ok, "the chain alone cannot tell…"
    r = runner.invoke(app, ["audit", "--case", CASE, "--check"])
    assert r.exit_code == 1 and "row 6 is missing" in r.output, "…the witnessed head can"
    r = runner.invoke(app, ["audit", "--case", CASE, "--check", "--against", str(export)])
    assert r.exit_code == 1 and "FAILS its check at row 6" in r.output
    _set(store, 2, detail={"tampered": True})
    r = runner.invoke(app, ["audit", "--case", CASE, "--check"])
    assert r.exit_code == 1 and "row 2" in r.output
    r = runner.invoke(app, ["audit", "--case", CASE, "--check", "--json"])
    assert r.exit_code == 1 and json.loads(r.output)["first_bad"] == 2


def test_cli_audit_against_a_file_that_is_not_an_export(store, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    r = runner.invoke(app, ["audit", "--case", CASE, "--check", "--against", str(bad)])
    assert r.exit_code == 2 and "audit_head" in r.output
    assert runner.invoke(app, ["audit", "--case", CASE, "--against", str(tmp_path / "none.json")]).exit_code == 2


# --- concurrency and the key -------------------------------------------------------------------

RACE = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {root!r})
    go = Path(sys.argv[1])
    while not go.exists():
        time.sleep(0.005)
    from chronology.workspace import Workspace
    from verify import audit
    store = Workspace().store
    print(audit.load_key().decode())
    for i in range(15):
        audit.record(store, "race", sys.argv[2], "comment", {{"i": i}})
""")


def test_concurrent_writers_share_one_key_and_one_unbroken_chain(workspace, tmp_path):
    workspace.store.ensure_case("race")
    assert not (workspace.settings.home / "audit.key").exists()
    script = tmp_path / "race.py"
    script.write_text(RACE.format(root=str(ROOT)), encoding="utf-8")
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, str(script), str(go), f"writer{i}"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=dict(os.environ)) for i in range(3)]
    go.write_text("go")
    keys = set()
    for p in procs:
        out, err = p.communicate(timeout=90)
        assert p.returncode == 0, err
        keys.add(out.strip().splitlines()[0])
    assert len(keys) == 1 and keys == {audit.load_key().decode()}
    result = audit.check(workspace.store, "race")
    assert result.ok and result.rows == 45
    from verify import witness

    seen = witness.check(workspace.store, "race")  # every writer's head reached the witness, in whatever order
    assert seen.ok and seen.findings == [] and seen.witnessed == 45 and seen.caught_up is None, seen.to_json()


def test_team_install_keeping_the_key_beside_the_data_is_warned(tmp_path, monkeypatch):
    from chronology.config import Settings

    home = tmp_path / "home"
    team = Settings(home=home, database_url="postgresql+psycopg://svc@db/chronology", chroma_url=None)
    assert any("beside the data" in w for w in audit.key_warnings(team))
    monkeypatch.setenv("CHRONOLOGY_AUDIT_KEY", "from-the-environment")
    assert audit.key_warnings(team) == []
    monkeypatch.delenv("CHRONOLOGY_AUDIT_KEY")
    laptop = Settings(home=home, database_url=f"sqlite:///{home / 'chronology.db'}", chroma_url=None)
    audit.load_key(laptop)
    assert audit.key_warnings(laptop) == []  # one person's machine: created 0600 beside the store
