"""The same program on both backends: SQLite + embedded Chroma, and PostgreSQL + a Chroma server.

Switching is configuration only (``CHRONOLOGY_DATABASE_URL``, ``CHRONOLOGY_CHROMA_URL``). The scenario
suite runs on each; concurrency is proved with real separate processes; ``move`` copies a case from
a laptop store to the team's services and checks the copy.
"""

from __future__ import annotations

import hashlib
import json
import math
import multiprocessing as mp
import os
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings
from typer.testing import CliRunner

from chronology.cli import app
from chronology.entries import ConflictError, EntryStore
from chronology.workspace import Workspace
from tests.helpers import make_case_folder
from tests.servers import chroma_srv, pg_server  # noqa: F401 (session fixtures)
from tests.test_checks import POLICE, Case
from verify import audit, review

QUOTE = "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a report of shouting."
ENV_KEYS = ("HOME", "CHRONOLOGY_HOME", "CHRONOLOGY_DATABASE_URL", "CHRONOLOGY_CHROMA_URL")
runner = CliRunner()
SPAWN = mp.get_context("spawn")  # a fresh interpreter, like a second worker's machine


class HashEmbeddings(Embeddings):
    """Deterministic 384-dim vectors without the model, optionally slow, to stand in for a long embedding."""

    def __init__(self, delay: float = 0.0):
        self.delay = delay

    @staticmethod
    def _vector(text: str) -> list[float]:
        raw = [b - 127.5 for b in hashlib.sha256(text.encode("utf-8")).digest()] * 12
        norm = math.sqrt(sum(x * x for x in raw))
        return [x / norm for x in raw]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        time.sleep(self.delay)
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


@dataclass
class Backend:
    name: str

    def env(self) -> dict[str, str]:
        """What a second process needs to open the same stores (and the same audit key)."""
        return {k: os.environ[k] for k in ENV_KEYS if k in os.environ}


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request, isolated_home, monkeypatch) -> Backend:
    if request.param == "postgres":
        pg, chroma = request.getfixturevalue("pg_server"), request.getfixturevalue("chroma_srv")
        chroma.reset()
        monkeypatch.setenv("CHRONOLOGY_DATABASE_URL", pg.new_database())
        monkeypatch.setenv("CHRONOLOGY_CHROMA_URL", chroma.url)
    return Backend(request.param)


def _small_case(ws: Workspace, folder: Path, case_id: str, lines: int = 1) -> list:
    """A case with a police document and ``lines`` identical faithful lines (no model needed)."""
    case = Case(ws.store, folder, case_id=case_id)
    case.document("police/x.pdf", ["Cover sheet", POLICE], source_kind="police")
    cite = case.cite("police/x.pdf", QUOTE, page=2)
    return [case.entry(QUOTE, "2023-03-12", [cite], time="23:40") for _ in range(lines)]


# --- the scenario, on each backend ------------------------------------------------------------------


def test_ingest_draft_review_export_audit(backend, tmp_path):
    from chronology.draft import Drafter
    from chronology.export import export_case
    from ingest.pipeline import Ingestor

    ws = Workspace()
    assert ws.store.engine.dialect.name == ("postgresql" if backend.name == "postgres" else "sqlite")
    assert bool(ws.settings.chroma_url) == (backend.name == "postgres")
    Ingestor(ws.store, ws.index).ingest(make_case_folder(tmp_path / "re-a"), "re-a")
    counts = ws.store.counts("re-a")
    assert counts["documents"] == 4 and ws.index.ids("re-a") == {p.id for p in ws.store.passages("re-a")}
    assert ws.index.search("re-a", "police attended after shouting", k=3)

    Drafter(ws.store, ws.index).draft("re-a")
    entries = EntryStore(ws.store).list("re-a")
    assert len(entries) >= 4
    first, second, third, fourth = entries[:4]
    session = review.new_session()
    review.record_view(ws.store, first.id, [c.id for c in first.citations], "jane", session)
    assert review.verify(ws.store, first.id, "jane", session).status == "verified"
    assert review.reject(ws.store, second.id, "jane", "a duplicate").status == "rejected"
    edited, _ = review.edit(ws.store, third.id, "jane", third.text + " (checked)")
    assert edited.edited and edited.version == 2
    review.comment(ws.store, fourth.id, "jane", "ask the school")
    assert review.progress(ws.store, "re-a")["verified"] == 1

    (tmp_path / "out").mkdir()
    result = export_case(ws.store, "re-a", "json", tmp_path / "out" / "re-a.json", draft=True, user="jane")
    data = json.loads((tmp_path / "out" / "re-a.json").read_text(encoding="utf-8"))
    assert result.ok and data  # written, and recorded
    check = audit.check(ws.store, "re-a")
    assert check.ok, check.reason
    assert [r["action"] for r in audit.rows(ws.store, "re-a")][-1] == "export"
    assert audit.check(ws.store, "re-a", against=audit.head(ws.store, "re-a")).ok


# --- two reviewers, two processes, one line ---------------------------------------------------------


def _reviewer(env: dict, entry_id: int, user: str, session: str, action: str, barrier, results) -> None:
    os.environ.update(env)
    from chronology.entries import EntryStore as Entries
    from chronology.workspace import Workspace as Ws
    from verify import review as rv

    ws = Ws()
    seen = Entries(ws.store).get(entry_id)  # both read version 1 before either writes
    barrier.wait(30)
    try:
        if action == "verify":
            rv.verify(ws.store, seen, user, session)
        else:
            rv.edit(ws.store, seen, user, seen.text + f" (per {user})")
        results.put((user, "ok", ""))
    except ConflictError as exc:
        results.put((user, "conflict", str(exc)))
    except Exception as exc:  # noqa: BLE001 - reported to the test
        results.put((user, "error", repr(exc)))


def test_two_reviewers_one_wins_the_other_is_told(backend, tmp_path):
    ws = Workspace()
    (entry,) = _small_case(ws, tmp_path / "f", "re-c")
    sessions = {u: review.new_session() for u in ("ann", "bob")}
    for user, s in sessions.items():
        review.record_view(ws.store, entry.id, [c.id for c in entry.citations], user, s)
    barrier, results = SPAWN.Barrier(2), SPAWN.Queue()
    procs = [SPAWN.Process(target=_reviewer, args=(backend.env(), entry.id, "ann", sessions["ann"], "verify",
                                                   barrier, results)),
             SPAWN.Process(target=_reviewer, args=(backend.env(), entry.id, "bob", sessions["bob"], "edit",
                                                   barrier, results))]
    for p in procs:
        p.start()
    outcomes = {u: (r, msg) for u, r, msg in (results.get(timeout=90) for _ in procs)}
    for p in procs:
        p.join(30)
    assert sorted(r for r, _ in outcomes.values()) == ["conflict", "ok"], outcomes
    loser = next(u for u, (r, _) in outcomes.items() if r == "conflict")
    assert "changed by someone else" in outcomes[loser][1] and "reload" in outcomes[loser][1]
    winner = "bob" if loser == "ann" else "ann"
    final = EntryStore(ws.store).get(entry.id)
    assert final.version == 2
    if winner == "ann":
        assert final.status == "verified" and final.verified_by == "ann"
    else:
        assert final.text.endswith("(per bob)") and final.status == "unverified"
    assert [h.user for h in review.history(ws.store, entry.id)] == [winner]  # the loser wrote nothing
    assert audit.check(ws.store, "re-c").ok


# --- ingest of one case does not hold up review of another -----------------------------------------


def _ingest(env: dict, folder: str, case_id: str, delay: float, started, results) -> None:
    os.environ.update(env)
    from chronology.workspace import Workspace as Ws
    from ingest.pipeline import Ingestor
    from ingest.vectors import VectorIndex

    ws = Ws()
    index = VectorIndex(ws.settings, embeddings=HashEmbeddings(delay))
    started.set()
    t = time.time()
    Ingestor(ws.store, index).ingest(Path(folder), case_id)
    results.put(("ingest", t, time.time()))


def _hold_write_transaction(env: dict, case_id: str, seconds: float, started, results) -> None:
    """A long write transaction on another case, like a huge document's pages and passages being stored."""
    os.environ.update(env)
    from sqlalchemy import insert

    from chronology import schema
    from chronology.workspace import Workspace as Ws

    ws = Ws()
    ws.store.ensure_case(case_id)
    with ws.store.transaction() as conn:
        conn.execute(insert(schema.documents).values(
            case_id=case_id, path="huge.pdf", sha256="0" * 64, kind="pdf", source_kind="other", page_count=0,
            status="ok", warnings=[], no_llm=False, size_bytes=0, meta={}, complete=False,
            ingested_at=datetime.now(timezone.utc)))
        started.set()
        time.sleep(seconds)
    results.put(("held", seconds))


def _wait_started(proc, started) -> None:
    """Wait for the other process to be under way, failing fast if it died instead."""
    deadline = time.monotonic() + 60
    while not started.wait(0.1):
        assert proc.is_alive(), f"the other process exited with status {proc.exitcode}"
        assert time.monotonic() < deadline, "the other process did not start within 60 s"


def _verify_one(store, entry, user: str) -> float:
    t = time.monotonic()
    s = review.new_session()
    review.record_view(store, entry.id, [c.id for c in entry.citations], user, s)
    review.verify(store, entry.id, user, s)
    return time.monotonic() - t


def test_ingest_does_not_block_review_of_another_case(backend, tmp_path):
    ws = Workspace()
    lines = _small_case(ws, tmp_path / "f", "re-r", lines=12)
    folder = make_case_folder(tmp_path / "big")
    started, results = SPAWN.Event(), SPAWN.Queue()
    proc = SPAWN.Process(target=_ingest, args=(backend.env(), str(folder), "re-big", 0.5, started, results))
    proc.start()
    _wait_started(proc, started)
    latencies: list[tuple[float, float]] = []  # (wall-clock start, seconds taken)
    for e in lines[:8]:
        if not proc.is_alive():
            break
        latencies.append((time.time(), _verify_one(ws.store, e, "jane")))
    kind, began, ended = results.get(timeout=90)
    proc.join(30)
    during = [took for at, took in latencies if began <= at <= ended]
    assert kind == "ingest" and len(during) >= 3, "the ingest finished before review could overlap it"
    assert max(during) < 1.5, during
    assert ws.store.counts("re-big")["documents"] == 4
    assert audit.check(ws.store, "re-r").ok and audit.check(ws.store, "re-big").ok

    # a long write transaction on another case: reads never wait; on PostgreSQL writes do not wait either,
    # while SQLite serialises writers (the verify waits for the commit, then succeeds: nothing is lost)
    started, results = SPAWN.Event(), SPAWN.Queue()
    proc = SPAWN.Process(target=_hold_write_transaction, args=(backend.env(), "re-huge", 1.5, started, results))
    proc.start()
    _wait_started(proc, started)
    t = time.monotonic()
    assert len(EntryStore(ws.store).list("re-r")) == 12 and review.history(ws.store, lines[0].id)
    assert time.monotonic() - t < 1.0
    took = _verify_one(ws.store, lines[9], "jane")
    held = results.get(timeout=60)
    proc.join(30)
    assert held[0] == "held"
    if backend.name == "postgres":
        assert took < 1.0, took
    assert EntryStore(ws.store).get(lines[9].id).status == "verified"


def test_roles_assignments_sign_in_and_report(backend, tmp_path):
    """Who sees what, password and single sign-on identity, lockout counts and the manager's report: the
    same answers from PostgreSQL as from SQLite."""
    from chronology.report import csv_text, report_for
    from verify.access import assign, visible_cases
    from verify.identity import check_password, credentials, record_attempts, set_password, user_by_email
    from verify.roles import PermissionDenied, add_user, get_user

    ws = Workspace()
    for case_id in ("re-n", "re-s"):
        _small_case(ws, tmp_path / case_id, case_id)
    add_user(ws.store, "ada", "admin", by="ada")
    add_user(ws.store, "jane", "social worker", by="ada", team="north", email="Jane@LA.example")
    add_user(ws.store, "mo", "manager", by="ada", team="north")
    add_user(ws.store, "sol", "social worker", by="ada", team="south")
    assign(ws.store, "re-n", "jane", by="ada")
    assign(ws.store, "re-s", "sol", by="ada")
    assert [c.id for c in visible_cases(ws.store, "jane")] == ["re-n"]
    assert [c.id for c in visible_cases(ws.store, "mo")] == ["re-n"]
    assert [c.id for c in visible_cases(ws.store, "ada")] == ["re-n", "re-s"]
    with pytest.raises(PermissionDenied):
        visible_cases(ws.store, "stranger")
    set_password(ws.store, "jane", "a long enough password", by="ada")
    assert check_password(ws.store, "jane", "a long enough password")
    assert not check_password(ws.store, "jane", "A long enough password")
    assert user_by_email(ws.store, "jane@la.EXAMPLE").name == "jane"
    before = credentials(ws.store)
    after = credentials(ws.store)
    after["usernames"]["jane"]["failed_login_attempts"] = 2
    record_attempts(ws.store, before, after)
    assert get_user(ws.store, "jane").failed_sign_ins == 2
    rows = csv_text(report_for(ws.store, "mo")).splitlines()
    assert rows[1].startswith("case,re-n,north") and not any("re-s" in r for r in rows)


# --- move a case from a laptop to the team's services -----------------------------------------------


def test_move_sqlite_to_postgres_and_chroma_server(pg_server, chroma_srv, workspace, tmp_path, monkeypatch):  # noqa: F811
    from chronology.draft import Drafter
    from chronology.export import export_case
    from ingest.pipeline import Ingestor

    chroma_srv.reset()
    from verify.access import assign, visible_cases
    from verify.identity import check_password, set_password
    from verify.roles import add_user, get_user

    ws = workspace  # SQLite + embedded Chroma, the default
    Ingestor(ws.store, ws.index).ingest(make_case_folder(tmp_path / "re-m"), "re-m")
    Drafter(ws.store, ws.index).draft("re-m")
    add_user(ws.store, "ada", "admin", by="ada")
    add_user(ws.store, "jane", "social worker", by="ada", team="north", email="jane@example.org")
    add_user(ws.store, "sam", "social worker", by="ada", team="north")  # not on this case: stays behind
    set_password(ws.store, "jane", "a long enough password", by="ada")
    assign(ws.store, "re-m", "jane", by="ada")
    entries = EntryStore(ws.store).list("re-m")
    s = review.new_session()
    review.record_view(ws.store, entries[0].id, [c.id for c in entries[0].citations], "jane", s)
    review.verify(ws.store, entries[0].id, "jane", s)
    review.reject(ws.store, entries[1].id, "jane", "a duplicate")
    export_case(ws.store, "re-m", "json", tmp_path / "re-m.json", draft=True, user="jane")

    target_db = pg_server.new_database()
    r = runner.invoke(app, ["move", "--case", "re-m", "--to", target_db, "--to-chroma", chroma_srv.url, "--by", "ada"])
    assert r.exit_code == 0, r.output
    assert "copied and checked" in r.output
    assert "users registered on the target: ada, jane" in r.output

    monkeypatch.setenv("CHRONOLOGY_DATABASE_URL", target_db)
    monkeypatch.setenv("CHRONOLOGY_CHROMA_URL", chroma_srv.url)
    team = Workspace()
    assert team.store.engine.dialect.name == "postgresql"
    moved = EntryStore(team.store).list("re-m")
    assert [(e.id, e.text, e.status, e.version, len(e.citations)) for e in moved] == \
        [(e.id, e.text, e.status, e.version, len(e.citations)) for e in EntryStore(ws.store).list("re-m")]
    assert audit.rows(team.store, "re-m")[-1]["action"] == "export" and audit.check(team.store, "re-m").ok
    # the case's people came with it, able to sign in and seeing the case as before; nobody else did
    assert get_user(team.store, "ada").role == "admin"  # the target had nobody: someone must manage it
    jane = get_user(team.store, "jane")
    assert (jane.role, jane.team, jane.email) == ("social worker", "north", "jane@example.org")
    assert check_password(team.store, "jane", "a long enough password")
    assert get_user(team.store, "sam") is None
    assert [c.id for c in visible_cases(team.store, "jane")] == ["re-m"]
    assert [r["detail"]["name"] for r in audit.rows(team.store, "_users")] == ["ada", "jane"]
    assert audit.check(team.store, "_users").ok
    ids = sorted(p.id for p in team.store.passages("re-m"))
    assert team.index.ids("re-m") == set(ids)
    here, there = ws.index.vectors("re-m", ids[:3]), team.index.vectors("re-m", ids[:3])
    assert all(there[i] == pytest.approx(here[i], abs=1e-6) for i in ids[:3])  # copied, not re-embedded
    assert team.index.search("re-m", "police attended after shouting", k=2)

    # the team keeps working on the moved case: new reviews and a new document get fresh, non-clashing ids
    review.comment(team.store, moved[2].id, "jane", "checked on the team server")
    make_case_folder(tmp_path / "more")
    (tmp_path / "more" / "case-notes" / "notes.txt").write_text(
        "Case Note: 20/03/2023 10:00 | Visit | Recorded by: Jane Holloway\nPoppy was at school.", encoding="utf-8")
    Ingestor(team.store, team.index).ingest(tmp_path / "more", "re-m")
    assert team.store.counts("re-m")["documents"] == 4  # one changed file replaced its earlier version
    assert audit.check(team.store, "re-m").ok

    monkeypatch.delenv("CHRONOLOGY_DATABASE_URL")  # back to the laptop's store
    monkeypatch.delenv("CHRONOLOGY_CHROMA_URL")
    again = runner.invoke(app, ["move", "--case", "re-m", "--to-db", target_db, "--to-chroma", chroma_srv.url,
                                "--by", "ada"])
    assert again.exit_code == 1 and "already has a case named 're-m'" in again.output


def test_move_refuses_overlapping_ids(pg_server, workspace, tmp_path):  # noqa: F811
    from chronology.config import Settings
    from chronology.move import MoveRefused, move_case
    from chronology.store import Store

    _small_case(workspace, tmp_path / "a", "re-here")
    target_db = pg_server.new_database()
    other = Store.open(Settings(home=workspace.settings.home, database_url=target_db, chroma_url=None))
    _small_case(Workspace(settings=Settings(home=workspace.settings.home, database_url=target_db, chroma_url=None)),
                tmp_path / "b", "re-there")
    other.engine.dispose()
    with pytest.raises(MoveRefused, match="already uses documents id 1"):
        move_case(workspace.store, workspace.settings, "re-here", target_db)
