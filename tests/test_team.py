"""Teams: who sees which case (assignment, team, admin), the m003 migration, and the manager's report figures."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, insert, inspect, text, update
from typer.testing import CliRunner

from chronology import schema
from chronology.cli import app
from chronology.entries import EntryStore
from chronology.migrations import migrate
from chronology.report import team_report, write_csv
from tests.test_checks import POLICE, Case
from verify import audit, review
from verify.access import assign, assignments, require_case_access, unassign, visible_cases
from verify.roles import PermissionDenied, add_user

runner = CliRunner()
QUOTE = "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a report of shouting."


@pytest.fixture
def team(workspace):
    """Three cases and a registered team: admin, a manager and two workers in team A, a worker in team B."""
    store = workspace.store
    for c in ("c1", "c2", "c3"):
        store.ensure_case(c)
    add_user(store, "ada", "admin", by="ada")
    add_user(store, "mo", "manager", by="ada", team="A")
    add_user(store, "wes", "social worker", by="ada", team="A")
    add_user(store, "lee", "legal", by="ada", team="A")
    add_user(store, "bea", "social worker", by="ada", team="B")
    assign(store, "c1", "wes", by="ada")
    assign(store, "c2", "bea", by="ada")
    assign(store, "c3", "lee", by="ada")
    return store


def _ids(cases) -> list[str]:
    return [c.id for c in cases]


def test_single_user_store_shows_every_case(workspace):
    store = workspace.store
    store.ensure_case("a1")
    store.ensure_case("a2")
    assert _ids(visible_cases(store, None)) == ["a1", "a2"]
    assert _ids(visible_cases(store, "anyone")) == ["a1", "a2"]
    require_case_access(store, None, "a2")  # no users registered: nothing is hidden


def test_worker_sees_assigned_manager_team_admin_all(team):
    assert _ids(visible_cases(team, "wes")) == ["c1"]
    assert _ids(visible_cases(team, "bea")) == ["c2"]
    assert _ids(visible_cases(team, "lee")) == ["c3"]
    assert _ids(visible_cases(team, "mo")) == ["c1", "c3"]  # team A's cases only
    assert _ids(visible_cases(team, "ada")) == ["c1", "c2", "c3"]
    with pytest.raises(PermissionDenied, match="not a registered user"):
        visible_cases(team, "mallory")
    with pytest.raises(PermissionDenied, match="say who you are"):
        visible_cases(team, None)


def test_require_case_access_names_person_and_case(team):
    require_case_access(team, "wes", "c1")
    require_case_access(team, "ada", "c2")
    with pytest.raises(PermissionDenied, match=r"case 'c2' is not assigned to them; wes \(social worker\)"):
        require_case_access(team, "wes", "c2")
    with pytest.raises(PermissionDenied, match="not assigned to their team"):
        require_case_access(team, "mo", "c2")


def test_who_may_assign(team):
    with pytest.raises(PermissionDenied, match="not an admin or manager"):
        assign(team, "c1", "lee", by="wes")
    with pytest.raises(PermissionDenied, match="bea is in team 'B'"):
        assign(team, "c1", "bea", by="mo")  # a manager assigns only within their own team
    assign(team, "c2", "wes", by="mo")
    assert "c2" in _ids(visible_cases(team, "wes"))
    with pytest.raises(PermissionDenied, match="not a registered user"):
        assign(team, "c1", "nobody", by="ada")
    with pytest.raises(PermissionDenied, match="no case named 'c9'"):
        assign(team, "c9", "wes", by="ada")
    assert unassign(team, "c2", "wes", by="ada") is True
    assert unassign(team, "c2", "wes", by="ada") is False
    assert [a.user for a in assignments(team, "c2")] == ["bea"]
    # assignments are sealed into the case's audit log
    rows = audit.rows(team, "c2")
    assert [r["action"] for r in rows] == ["assign", "assign", "unassign"]
    assert audit.check(team, "c2").ok


def test_cli_assign_and_cases(team):
    r = runner.invoke(app, ["assign", "--case", "c2", "--user", "lee", "--by", "ada"])
    assert r.exit_code == 0, r.output
    assert "lee is assigned to case 'c2'" in r.output
    r = runner.invoke(app, ["cases", "--by", "lee", "--json"])
    assert r.exit_code == 0, r.output
    assert [c["case"] for c in json.loads(r.output)] == ["c2", "c3"]
    r = runner.invoke(app, ["assign", "--case", "c1", "--user", "bea", "--by", "wes"])
    assert r.exit_code == 1 and "not an admin or manager" in r.output
    r = runner.invoke(app, ["report", "--case", "c2", "--by", "wes"])
    assert r.exit_code == 1 and "not assigned" in r.output


def test_cli_case_commands_need_a_person_who_may_open_the_case(team, tmp_path):
    """Once users are registered, ingest, draft, status, search and export act for a named person who may
    open the case; whoever starts a new case is assigned to it; a legal reviewer does not build cases."""
    from tests.helpers import make_case_folder

    folder = make_case_folder(tmp_path / "folder")
    r = runner.invoke(app, ["ingest", str(folder), "--case", "c9", "--quiet"])
    assert r.exit_code == 1 and "say who you are (--by NAME)" in r.output
    r = runner.invoke(app, ["ingest", str(folder), "--case", "c9", "--quiet", "--by", "lee"])
    assert r.exit_code == 1 and "a legal reviewer cannot read files into a case or draft it" in r.output
    r = runner.invoke(app, ["ingest", str(folder), "--case", "c2", "--quiet", "--by", "wes"])
    assert r.exit_code == 1 and "case 'c2' is not assigned to them" in r.output  # bea's case, team B
    assert team.counts("c2")["documents"] == 0  # nothing went in
    r = runner.invoke(app, ["ingest", str(folder), "--case", "c9", "--quiet", "--by", "wes"])
    assert r.exit_code == 0, r.output
    assert [a.user for a in assignments(team, "c9")] == ["wes"]  # started it, so it is theirs
    rows = audit.rows(team, "c9")
    assert (rows[0]["action"], rows[0]["detail"]["as"]) == ("assign", "who started the case")
    assert (rows[-1]["action"], rows[-1]["user"]) == ("ingest", "wes")
    assert "c9" in _ids(visible_cases(team, "mo")) and "c9" not in _ids(visible_cases(team, "bea"))
    r = runner.invoke(app, ["draft", "--case", "c9", "--quiet", "--by", "bea"])
    assert r.exit_code == 1 and "not assigned" in r.output
    r = runner.invoke(app, ["draft", "--case", "c9", "--quiet", "--by", "wes"])
    assert r.exit_code == 0, r.output
    for cmd in (["status", "--case", "c9"], ["search", "--case", "c9", "police attended"]):
        assert runner.invoke(app, [*cmd, "--by", "bea"]).exit_code == 1
        assert runner.invoke(app, [*cmd, "--by", "mo"]).exit_code == 0  # wes is in mo's team
    out = tmp_path / "c9.csv"
    r = runner.invoke(app, ["export", "--case", "c9", "--draft", "--out", str(out), "--user", "bea"])
    assert r.exit_code == 1 and "Not exported" in r.output and not out.exists()
    r = runner.invoke(app, ["export", "--case", "c9", "--draft", "--out", str(out), "--by", "wes", "--quiet"])
    assert r.exit_code == 0, r.output
    assert out.exists() and audit.rows(team, "c9")[-1]["user"] == "wes"


def test_m003_to_m005_upgrade_an_old_store(tmp_path):
    """A store made before m003 (no assignments, no users.team, no sign-in columns) gains them; data is kept."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE assignments"))
        conn.execute(text("DROP TABLE users"))
        conn.execute(text("CREATE TABLE users (name VARCHAR(200) PRIMARY KEY, role VARCHAR(40) NOT NULL, "
                          "created_at DATETIME NOT NULL)"))
        conn.execute(text("INSERT INTO users VALUES ('ada', 'admin', '2024-01-01 00:00:00')"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version IN (3, 4, 5)"))
    assert migrate(engine) == [3, 4, 5]
    insp = inspect(engine)
    assert insp.has_table("assignments")
    assert {"team", "password_hash", "email", "failed_sign_ins"} <= {c["name"] for c in insp.get_columns("users")}
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name, role, team, password_hash FROM users")).all() == [
            ("ada", "admin", None, None)]
    assert migrate(engine) == []  # applied once only


# --- the manager's report ------------------------------------------------------------------------


def _set(store, entry_id: int, **values) -> None:
    with store.transaction() as conn:
        conn.execute(update(schema.entries).where(schema.entries.c.id == entry_id).values(**values))


def test_report_figures(team, tmp_path):
    """Five lines in c1: two verified (by wes after 2 h and 4 h), one rejected by wes, two outstanding."""
    store = team
    case = Case(store, tmp_path / "folder", case_id="c1")
    case.document("police/x.pdf", ["Cover sheet", POLICE], source_kind="police")
    cite = case.cite("police/x.pdf", QUOTE, page=2)
    es = [case.entry(QUOTE, "2023-03-12", [cite], time="23:40") for _ in range(5)]
    t0 = datetime(2024, 5, 1, 9, 0, tzinfo=timezone.utc)
    for i, e in enumerate(es):
        _set(store, e.id, created_at=t0 + timedelta(hours=i))
    # real verifications and a rejection, through the review service
    for e in es[:2]:
        s = review.new_session()
        review.record_view(store, e.id, [c.id for c in e.citations], "wes", s)
        review.verify(store, e.id, "wes", s)
    review.reject(store, es[2].id, "wes", "duplicate of the police line")
    _set(store, es[0].id, verified_at=t0 + timedelta(hours=2))
    _set(store, es[1].id, verified_at=t0 + timedelta(hours=1 + 4))
    audit.record(store, "c1", "mo", "export", {"format": "docx", "draft": False, "entries": 2})
    audit.record(store, "c1", "wes", "export", {"format": "json", "draft": True, "entries": 4})

    now = t0 + timedelta(days=3, hours=3)
    rep = team_report(store, ["c1", "c2"], now=now)
    c1, c2 = rep.cases
    assert (c1.total, c1.verified, c1.rejected, c1.outstanding) == (5, 2, 1, 2)
    assert c1.median_hours_to_verify == 3.0  # median of 2 h and 4 h
    assert c1.oldest_unverified.entry == es[3].public_id
    assert c1.oldest_unverified.days_waiting == 3.0
    assert [(x.format, x.draft, x.user, x.entries) for x in c1.exports] == [("docx", False, "mo", 2),
                                                                             ("json", True, "wes", 4)]
    assert c1.assigned == ["wes"] and c1.percent_done == 60.0
    assert (c2.total, c2.outstanding, c2.oldest_unverified) == (0, 0, None)
    wes = next(w for w in rep.workers if w.user == "wes")
    assert (wes.verified, wes.rejected, wes.outstanding, wes.cases) == (2, 1, 2, ["c1"])
    assert wes.median_hours_to_verify == 3.0 and wes.team == "A"
    bea = next(w for w in rep.workers if w.user == "bea")
    assert (bea.verified, bea.outstanding, bea.cases) == (0, 0, ["c2"])

    # a team filter keeps that team's people and the cases assigned to them
    only_b = team_report(store, None, team="B", now=now)
    assert [c.case_id for c in only_b.cases] == ["c2"] and [w.user for w in only_b.workers] == ["bea"]

    path = write_csv(rep, tmp_path / "report.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    row = next(r for r in rows if r["kind"] == "case" and r["name"] == "c1")
    assert (row["verified"], row["rejected"], row["outstanding"], row["exports"]) == ("2", "1", "2", "2")
    assert row["oldest_unverified"] == es[3].public_id
    assert json.loads(json.dumps(rep.to_json()))["cases"][0]["percent_done"] == 60.0


def test_cli_report_for_a_manager_is_their_team(team, tmp_path):
    out = tmp_path / "r.csv"
    r = runner.invoke(app, ["report", "--team", "--by", "mo", "--csv", str(out)])
    assert r.exit_code == 0, r.output
    assert "team A" in r.output and "c1:" in r.output and "c3:" in r.output and "c2:" not in r.output
    names = {row["name"] for row in csv.DictReader(out.open(encoding="utf-8")) if row["kind"] == "worker"}
    assert names == {"wes", "lee"}
    r = runner.invoke(app, ["report", "--team", "--by", "ada", "--json"])
    assert r.exit_code == 0, r.output
    assert [c["case_id"] for c in json.loads(r.output)["cases"]] == ["c1", "c2", "c3"]
    r = runner.invoke(app, ["report"])
    assert r.exit_code == 2 and "--team" in r.output
