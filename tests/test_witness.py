"""Audit heads witnessed outside the database: what the chain alone cannot see is detected and named.

Each kind of tampering the issue lists (the newest row, the export's own row, a middle row, a
truncation after an export, a re-seal with the key) is found and said by row and time; a process
killed between a row's commit and its witness write is recovered without a false alarm.
"""

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
from chronology.config import Settings
from chronology.export import export_case
from tests.servers import pg_server  # noqa: F401 (session fixture)
from verify import audit, witness

ROOT = Path(__file__).resolve().parent.parent
CASE = "re-w"
runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_configured_witness(monkeypatch):
    monkeypatch.delenv("CHRONOLOGY_WITNESS", raising=False)
    witness._missed.clear()


@pytest.fixture
def store(workspace):
    workspace.store.ensure_case(CASE)
    for i in range(1, 7):
        audit.record(workspace.store, CASE, f"user{i}", "verify", {"entry": f"e-{i:06d}"})
    return workspace.store


def _heads_file(workspace) -> Path:
    return workspace.settings.home / "heads.jsonl"


def _delete(store, *seqs: int) -> None:
    a = schema.audit
    with store.transaction() as conn:
        conn.execute(delete(a).where(a.c.case_id == CASE, a.c.seq.in_(seqs)))


def _reseal_from(store, start: int, **values) -> None:
    """What a holder of the key can do without the witness: rewrite row ``start`` and re-seal the rest."""
    key = audit.load_key()
    a = schema.audit
    rows = audit.rows(store, CASE)
    prev = rows[start - 2]["hash"] if start > 1 else audit.GENESIS
    with store.transaction() as conn:
        for r in rows[start - 1:]:
            r = r | (values if r["seq"] == start else {})
            sealed = audit.seal(key, prev, CASE, r["seq"], audit._at_text(r["at"]), r["user"], r["action"], r["detail"])
            conn.execute(update(a).where(a.c.case_id == CASE, a.c.seq == r["seq"]).values(
                user=r["user"], detail=r["detail"], prev_hash=prev, hash=sealed))
            prev = sealed


def _unwitnessed(monkeypatch):
    """Rows written as by something that bypasses chronology's witness (or a process killed before it)."""
    monkeypatch.setattr(witness, "_flush", lambda info: info.pop(witness._COMMITTING, None))


def _kinds(report) -> list[tuple[str, int, int]]:
    return [(f.kind, f.first, f.last) for f in report.problems]


# --- every action is witnessed -----------------------------------------------------------------------


def test_every_committed_action_writes_one_signed_head(store, workspace):
    lines = [json.loads(line) for line in _heads_file(workspace).read_text().splitlines()]
    assert [h["rows"] for h in lines] == [1, 2, 3, 4, 5, 6] and {h["case"] for h in lines} == {CASE}
    key = audit.load_key()
    heads = witness.for_store(store).heads(CASE)
    assert all(h.verifies(key) and h.key_id == witness.key_id(key) for h in heads)
    assert heads[-1].hash == audit.head(store, CASE)[1]
    report = witness.check(store, CASE)
    assert report.ok and report.findings == [] and report.witnessed == 6 and report.agrees_up_to == 6


def test_a_rolled_back_transaction_writes_no_head(store, workspace):
    before = _heads_file(workspace).read_text()
    with pytest.raises(RuntimeError):
        with store.transaction() as conn:
            audit.append(conn, CASE, "jane", "verify", {"entry": "e-000007"})
            raise RuntimeError("the change it records failed")
    assert _heads_file(workspace).read_text() == before and witness.check(store, CASE).ok


def test_many_rows_in_one_transaction_make_one_head(store, workspace):
    key = audit.load_key()
    n = len(_heads_file(workspace).read_text().splitlines())
    with store.transaction() as conn:
        for i in range(50):
            audit.append(conn, CASE, "bulk", "comment", {"i": i}, key)
    lines = _heads_file(workspace).read_text().splitlines()
    assert len(lines) == n + 1 and json.loads(lines[-1])["rows"] == 56 and json.loads(lines[-1])["first"] == 7
    assert witness.check(store, CASE).ok


def test_a_configured_folder_holds_the_heads(workspace, tmp_path, monkeypatch):
    elsewhere = tmp_path / "witness"
    monkeypatch.setenv("CHRONOLOGY_WITNESS", str(elsewhere))
    workspace.store.ensure_case(CASE)
    audit.record(workspace.store, CASE, "jane", "verify", {})
    assert (elsewhere / "heads.jsonl").is_file() and not _heads_file(workspace).exists()
    assert witness.check(workspace.store, CASE).where == str(elsewhere / "heads.jsonl")


# --- tampering the chain alone cannot see --------------------------------------------------------------


def test_deleted_newest_row_is_named(store):
    _delete(store, 6)
    assert audit.check(store, CASE).ok  # a shorter chain is still a valid chain…
    report = witness.check(store, CASE)  # …but the witness saw row 6
    assert _kinds(report) == [("missing", 6, 6)] and report.agrees_up_to == 5
    assert "row 6 is missing" in report.problems[0].message and report.problems[0].since
    r = runner.invoke(app, ["audit", "--case", CASE, "--check"])
    assert r.exit_code == 1 and "row 6 is missing from the log" in r.output and "up to row 5" in r.output


def test_deleted_middle_row_is_named(store):
    _delete(store, 3)
    report = witness.check(store, CASE)
    assert _kinds(report) == [("missing", 3, 3)] and report.agrees_up_to == 2
    r = runner.invoke(app, ["audit", "--case", CASE, "--check", "--json"])
    data = json.loads(r.output)
    assert r.exit_code == 1 and data["first_bad"] == 3 and data["witness"]["findings"][0]["kind"] == "missing"


def _export(store, tmp_path) -> tuple[Path, int]:
    result = export_case(store, CASE, "json", tmp_path / "re-w.json", draft=True, user="jane")
    assert result.head == tmp_path / "re-w.json.head"
    return result.path, result.audit_seq


def test_the_exports_own_row_is_covered(store, tmp_path):
    out, seq = _export(store, tmp_path)
    head = witness.read_export_head(witness.head_path(out))
    assert (head.rows, head.hash) == (seq, audit.head(store, CASE)[1]) and head.verifies(audit.load_key())
    assert json.loads(out.read_text())["audit_head"]["rows"] == seq - 1  # the JSON contract is unchanged
    r = runner.invoke(app, ["audit", "--case", CASE, "--check", "--against", str(out)])
    assert r.exit_code == 0 and f"it holds row {seq} as re-w.json.head saw it" in r.output, r.output
    _delete(store, seq)  # the export's own record, the row the JSON's head cannot see
    assert audit.check(store, CASE, against=(seq - 1, audit.rows(store, CASE)[-1]["hash"])).ok
    for args in (["--against", str(out)], ["--against", str(witness.head_path(out))], []):
        r = runner.invoke(app, ["audit", "--case", CASE, "--check", *args])
        assert r.exit_code == 1 and f"row {seq} is missing" in r.output, (args, r.output)
    with_witness_gone = witness.check(store, CASE, extra=[head])
    assert ("missing", seq, seq) in _kinds(with_witness_gone)


def test_the_export_head_alone_catches_it_when_the_witness_is_rewritten(store, tmp_path, workspace):
    out, seq = _export(store, tmp_path)
    _delete(store, seq)
    lines = _heads_file(workspace).read_text().splitlines()
    _heads_file(workspace).write_text("\n".join(lines[:-1]) + "\n")  # someone with the data folder drops its line
    assert witness.check(store, CASE).ok
    r = runner.invoke(app, ["audit", "--case", CASE, "--check", "--against", str(out)])
    assert r.exit_code == 1 and f"row {seq} is missing from the log: re-w.json.head saw row {seq}" in r.output


def test_truncated_after_an_export_is_named(store, tmp_path):
    out, seq = _export(store, tmp_path)
    for i in range(3):
        audit.record(store, CASE, "jane", "verify", {"entry": f"e-{10 + i:06d}"})
    _delete(store, *range(seq, seq + 4))
    report = witness.check(store, CASE)
    assert _kinds(report) == [("missing", seq, seq + 3)] and report.agrees_up_to == seq - 1
    assert f"rows {seq}–{seq + 3} are missing" in report.problems[0].message
    r = runner.invoke(app, ["audit", "--case", CASE, "--check", "--against", str(out)])
    assert r.exit_code == 1 and f"rows {seq}–{seq + 3} are missing" in r.output


def test_resealed_with_the_key_but_without_the_witness_is_named(store):
    _reseal_from(store, 3, user="mallory")
    assert audit.check(store, CASE).ok  # the key's holder made a consistent chain…
    report = witness.check(store, CASE)  # …which is not the one the witness saw
    assert _kinds(report) == [("changed", 3, 6)] and report.agrees_up_to == 2
    assert "rows 3–6 changed after the witness saw them" in report.problems[0].message
    r = runner.invoke(app, ["audit", "--case", CASE, "--check"])
    assert r.exit_code == 1 and "re-sealed with the key" in r.output


def test_deleted_renumbered_and_resealed_is_named(store):
    _delete(store, 3)
    a = schema.audit
    with store.transaction() as conn:
        for seq in (4, 5, 6):
            conn.execute(update(a).where(a.c.case_id == CASE, a.c.seq == seq).values(seq=seq - 1))
    _reseal_from(store, 3)
    assert audit.check(store, CASE).ok
    assert _kinds(witness.check(store, CASE)) == [("missing", 6, 6), ("changed", 3, 5)]


def test_rows_added_with_the_key_but_without_the_witness_are_named(store, monkeypatch):
    with monkeypatch.context() as m:
        _unwitnessed(m)
        for i in range(3):
            audit.record(store, CASE, "mallory", "verify", {"entry": f"e-{20 + i:06d}"})
    assert audit.check(store, CASE).ok
    report = witness.check(store, CASE)
    assert _kinds(report) == [("added", 7, 9)] and "never witnessed" in report.problems[0].message
    audit.record(store, CASE, "jane", "comment", {})  # a later action does not launder them
    report = witness.check(store, CASE)
    assert _kinds(report) == [("unwitnessed", 7, 9)] and "found so when row 10 was written" in report.problems[0].message


def test_an_edited_witness_line_is_named(store, workspace):
    path = _heads_file(workspace)
    lines = path.read_text().splitlines()
    forged = json.loads(lines[2]) | {"hash": "f" * 64}
    path.write_text("\n".join(lines[:2] + [json.dumps(forged)] + lines[3:]) + "\n")
    report = witness.check(store, CASE)
    assert [f.kind for f in report.problems] == ["witness"] and "not signed by the audit key" in report.problems[0].message


# --- no false alarms -------------------------------------------------------------------------------


KILLED = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {root!r})
    from chronology.workspace import Workspace
    from verify import audit, witness

    def killed(self, heads):
        os.kill(os.getpid(), signal.SIGKILL)  # the row is committed; the witness write never happens

    witness.FileWitness.append = killed
    audit.record(Workspace().store, {case!r}, "jane", "verify", {{"entry": "e-000007"}})
""")


def _killed_before_the_witness(tmp_path) -> None:
    script = tmp_path / "killed.py"
    script.write_text(KILLED.format(root=str(ROOT), case=CASE), encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], env=dict(os.environ), capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr


def test_killed_between_the_row_and_its_witness_is_recovered_by_the_check(store, tmp_path, workspace):
    _killed_before_the_witness(tmp_path)
    assert audit.count(store, CASE) == 7 and witness.for_store(store).last(CASE).rows == 6
    r = runner.invoke(app, ["audit", "--case", CASE, "--check"])
    assert r.exit_code == 0 and "row 7 had not been witnessed yet" in r.output and "warning" not in r.output, r.output
    assert witness.for_store(store).last(CASE).rows == 7  # brought up to date
    report = witness.check(store, CASE)
    assert report.ok and report.findings == [] and report.caught_up is None


def test_killed_between_the_row_and_its_witness_is_recovered_by_the_next_write(store, tmp_path):
    _killed_before_the_witness(tmp_path)
    audit.record(store, CASE, "jane", "comment", {})
    report = witness.check(store, CASE)
    assert report.ok and report.findings == [] and report.witnessed == 8


def test_an_unwritable_witness_does_not_undo_the_action_and_is_caught_up(store, monkeypatch, caplog):
    real = witness.FileWitness.append

    def full_disk(self, heads):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(witness.FileWitness, "append", full_disk)
    seq = audit.record(store, CASE, "jane", "verify", {"entry": "e-000007"})
    assert seq == 7 and audit.count(store, CASE) == 7 and "could not be written to the witness" in caplog.text
    monkeypatch.setattr(witness.FileWitness, "append", real)
    audit.record(store, CASE, "jane", "comment", {})  # the owed head goes out with the next one
    assert [h.rows for h in witness.for_store(store).heads(CASE)][-2:] == [7, 8]
    assert witness.check(store, CASE).findings == []


def test_a_torn_witness_line_is_skipped_and_the_next_starts_afresh(store, workspace):
    with open(_heads_file(workspace), "a", encoding="utf-8") as fh:
        fh.write('{"at":"2026-01-01","case":"re-w","hash":"ab')  # a write killed half way
    audit.record(store, CASE, "jane", "comment", {})
    assert witness.check(store, CASE).ok and witness.for_store(store).last(CASE).rows == 7


def test_a_case_from_before_witnessing_starts_without_alarm(store, workspace):
    _heads_file(workspace).unlink()  # as after upgrading: rows, but no heads yet
    report = witness.check(store, CASE)
    assert report.ok and [f.kind for f in report.findings] == ["start"] and report.caught_up == 6
    assert witness.check(store, CASE).findings == []


@pytest.mark.parametrize("witnessed", [True, False], ids=["witnessed", "killed-before-its-witness"])
def test_a_purged_case_is_not_an_alarm(store, workspace, monkeypatch, witnessed):
    from chronology.retention import purge_case

    with monkeypatch.context() as m:
        if not witnessed:
            _unwitnessed(m)
        purge_case(workspace.store, None, workspace.settings.home, CASE, "admin", reason="retention ended")
    assert audit.count(store, CASE) == 1
    report = witness.check(store, CASE)
    assert report.ok and report.caught_up == (None if witnessed else 1), report.to_json()


def test_a_tampered_chain_is_not_witnessed_by_a_check(store, monkeypatch):
    with monkeypatch.context() as m:
        _unwitnessed(m)
        audit.record(store, CASE, "jane", "comment", {})
    a = schema.audit
    with store.transaction() as conn:
        conn.execute(update(a).where(a.c.case_id == CASE, a.c.seq == 7).values(user="mallory"))
    report = witness.check(store, CASE)
    assert report.caught_up is None and witness.for_store(store).last(CASE).rows == 6


# --- a witness in another database -------------------------------------------------------------------


def test_a_database_witness_holds_the_heads(workspace, tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'witness.db'}"
    monkeypatch.setenv("CHRONOLOGY_WITNESS", url)
    workspace.store.ensure_case(CASE)
    for i in range(3):
        audit.record(workspace.store, CASE, "jane", "verify", {"i": i})
    assert not _heads_file(workspace).exists()
    assert [h.rows for h in witness.witness_at(url).heads(CASE)] == [1, 2, 3]
    _delete(workspace.store, 3)
    assert _kinds(witness.check(workspace.store, CASE)) == [("missing", 3, 3)]


def test_a_postgresql_witness_holds_the_heads(workspace, request, monkeypatch):
    pg = request.getfixturevalue("pg_server")
    url = pg.new_database()
    monkeypatch.setenv("CHRONOLOGY_WITNESS", url)
    workspace.store.ensure_case(CASE)
    for i in range(3):
        audit.record(workspace.store, CASE, "jane", "verify", {"i": i})
    sink = witness.witness_at(url)
    assert isinstance(sink, witness.DatabaseWitness) and [h.rows for h in sink.heads(CASE)] == [1, 2, 3]
    with sink.engine.connect() as conn:
        assert conn.execute(select(witness.heads_table.c.case_id)).scalars().all() == [CASE] * 3
    _reseal_from(workspace.store, 2, user="mallory")
    assert _kinds(witness.check(workspace.store, CASE)) == [("changed", 2, 3)]
    sink.engine.dispose()


# --- keeping the key and the witness apart from the data ------------------------------------------------


def test_a_team_install_with_the_key_beside_the_data_is_warned(tmp_path, monkeypatch):
    home = tmp_path / "home"
    team = Settings(home=home, database_url="postgresql+psycopg://svc@db/chronology", chroma_url=None)
    said = " ".join(witness.warnings(team))
    assert "beside the data" in said and "CHRONOLOGY_AUDIT_KEY_FILE" in said and "CHRONOLOGY_WITNESS" in said
    secret = tmp_path / "secrets" / "audit.key"
    secret.parent.mkdir()
    secret.write_text("k" * 64)
    secret.chmod(0o600)
    monkeypatch.setenv("CHRONOLOGY_AUDIT_KEY_FILE", str(secret))
    apart = Settings(home=home, database_url=team.database_url, chroma_url=None, witness=str(tmp_path / "w"))
    assert witness.warnings(apart) == []
    secret.chmod(0o644)
    assert "can be read by other accounts" in " ".join(witness.warnings(apart))
    same = Settings(home=home, database_url=team.database_url, chroma_url=None, witness=team.database_url)
    assert any("one stolen credential" in w for w in witness.warnings(same))


def test_a_single_user_install_is_not_warned(workspace):
    audit.load_key()
    assert witness.warnings(workspace.settings) == []

