"""Human review: every state transition, every role rule, the view requirement, fast verifications,
a changed source undoing verification, sign-off, concurrent reviewers in two processes, and the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from chronology import schema
from chronology.cli import app
from chronology.entries import ConflictError, EntryStore
from tests.test_checks import POLICE, Case
from verify import audit, review
from verify.review import ReviewRefused
from verify.access import assign
from verify.roles import PermissionDenied, add_user

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

Q_POLICE = "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a report of shouting."
Q_NOTE = "PC Amir Khan called to report that police attended the family home yesterday after a neighbour heard shouting."


@pytest.fixture
def case(workspace, tmp_path) -> Case:
    c = Case(workspace.store, tmp_path / "folder")
    c.police()
    c.notes()
    return c


def two_source_line(case: Case):
    return case.entry(Q_POLICE, "2023-03-12", [case.cite("police/x.pdf", Q_POLICE, page=2),
                                               case.cite("case-notes/notes.txt", Q_NOTE)])


def one_source_line(case: Case, text: str = Q_POLICE):
    return case.entry(text, "2023-03-12", [case.cite("police/x.pdf", Q_POLICE, page=2)])


def show(case: Case, e, user: str = "Jane", session: str = "s1", role: str | None = None) -> None:
    review.record_view(case.store, e.id, [c.id for c in e.citations], user, session, role)


def verified(case: Case, e, user: str = "Jane", role: str | None = None):
    session = review.new_session()
    show(case, e, user, session, role)
    return review.verify(case.store, e.id, user, session, role)


def audit_actions(case: Case) -> list[str]:
    return [r["action"] for r in audit.rows(case.store, "re-x")]


# --- the view requirement ----------------------------------------------------------------------


def test_verify_requires_each_citation_shown_in_this_session(case):
    e = two_source_line(case)
    with pytest.raises(ReviewRefused) as err:
        review.verify(case.store, e.id, "Jane", "s1")
    assert str(err.value) == ("show each cited source before verifying: police/x.pdf p.2 and case-notes/notes.txt p.1 "
                              "have not been shown")
    review.record_view(case.store, e.id, [e.citations[0].id], "Jane", "s1")
    with pytest.raises(ReviewRefused, match=r"case-notes/notes.txt p.1 has not been shown"):
        review.verify(case.store, e.id, "Jane", "s1")
    review.record_view(case.store, e.id, [e.citations[1].id], "Jane", "old-session")
    review.record_view(case.store, e.id, [e.citations[1].id], "Ben", "s1")
    with pytest.raises(ReviewRefused, match="has not been shown"):  # another session or person does not count
        review.verify(case.store, e.id, "Jane", "s1")
    review.record_view(case.store, e.id, [e.citations[1].id], "Jane", "s1")
    done = review.verify(case.store, e.id, "Jane", "s1")
    assert done.status == "verified" and done.verified_by == "Jane" and done.version == 2
    row = review.history(case.store, e.id)[-1]
    assert row.action == "verify" and row.role == "social worker" and row.user == "Jane"
    assert row.shown_citations == [c.id for c in e.citations]
    assert row.entry_text == Q_POLICE and row.quote_hash == review.quote_hash(e)
    assert row.open_seconds is not None and 0 <= row.open_seconds < 60
    last = audit.rows(case.store, "re-x")[-1]
    assert last["action"] == "verify" and last["detail"]["entry"] == e.public_id
    assert last["detail"]["shown"] == [c.id for c in e.citations]
    assert audit.check(case.store, "re-x").ok


def test_view_of_a_citation_from_another_entry_is_refused(case):
    a, b = two_source_line(case), one_source_line(case)
    with pytest.raises(ReviewRefused, match="is not one of the sources cited by"):
        review.record_view(case.store, a.id, [b.citations[0].id], "Jane", "s1")


def test_verify_refused_while_a_check_fails(case):
    e = one_source_line(case, Q_POLICE.replace("Elm Row", "Elm Road"))
    show(case, e)
    with pytest.raises(ReviewRefused) as err:
        review.verify(case.store, e.id, "Jane", "s1")
    assert "cannot be verified while a check fails: 'Road' is not in the source; the source says 'Row'" in str(err.value)
    assert EntryStore(case.store).get(e.id).status == "unverified"


def test_there_is_no_verify_all():
    public = [n for n, obj in vars(review).items()
              if not n.startswith("_") and getattr(obj, "__module__", None) == review.__name__]
    assert "verify" in public
    assert not [n for n in public if "all" in n.lower() or "bulk" in n.lower() or "batch" in n.lower()]


# --- state transitions -------------------------------------------------------------------------


def _into(case: Case, state: str):
    e = one_source_line(case)
    if state in ("verified", "rejected"):
        e = verified(case, e)
    if state == "rejected":
        e = review.reject(case.store, e, "Jane", "not relevant")
    return EntryStore(case.store).get(e.id)


def _do(case: Case, e, action: str):
    s = case.store
    if action == "verify":
        show(case, e, session="t")
        return review.verify(s, e, "Jane", "t")
    if action == "reject":
        return review.reject(s, e, "Jane", "duplicate of e-000002")
    if action == "edit":
        return review.edit(s, e, "Jane", Q_POLICE.replace("officers attended", "officers went to"))[0]
    if action == "comment":
        review.comment(s, e, "Jane", "checked with the officer")
        return EntryStore(s).get(e.id)
    if action == "query":
        return review.query(s, e, "Lee", "is this the same incident as e-000003?", role="legal reviewer")
    if action == "reopen":
        return review.reopen(s, e, "Jane", "needed after all")
    raise AssertionError(action)


TRANSITIONS = [
    ("unverified", "verify", "verified"),
    ("unverified", "reject", "rejected"),
    ("unverified", "edit", "unverified"),
    ("unverified", "comment", "unverified"),
    ("unverified", "query", "only a verified line can be queried"),
    ("unverified", "reopen", "only a rejected line can be reopened"),
    ("verified", "verify", "is already verified"),
    ("verified", "reject", "rejected"),
    ("verified", "edit", "unverified"),
    ("verified", "comment", "verified"),
    ("verified", "query", "unverified"),
    ("verified", "reopen", "only a rejected line can be reopened"),
    ("rejected", "verify", "was rejected; reopen it before verifying"),
    ("rejected", "reject", "is already rejected"),
    ("rejected", "edit", "is rejected; reopen it before editing"),
    ("rejected", "comment", "rejected"),
    ("rejected", "query", "only a verified line can be queried"),
    ("rejected", "reopen", "unverified"),
]


@pytest.mark.parametrize("start, action, outcome", TRANSITIONS)
def test_state_transition(case, start, action, outcome):
    e = _into(case, start)
    before = len(review.history(case.store, e.id))
    if outcome in ("unverified", "verified", "rejected"):
        after = _do(case, e, action)
        assert after.status == outcome
        assert after.version == e.version + (0 if action == "comment" else 1)
        rows = review.history(case.store, e.id)
        assert len(rows) == before + 1 and rows[-1].action == action
        assert audit_actions(case)[-1] == action
        if outcome != "verified":
            assert after.verified_by is None
    else:
        with pytest.raises(ReviewRefused, match=outcome):
            _do(case, e, action)
        assert EntryStore(case.store).get(e.id).status == start
        assert len(review.history(case.store, e.id)) == before


def test_edit_keeps_drafted_text_rechecks_and_unverifies(case):
    e = verified(case, one_source_line(case))
    after, result = review.edit(case.store, e, "Jane", Q_POLICE.replace("Elm Row", "Elm Road"), reason="typo")
    assert after.status == "unverified" and after.edited and after.verified_by is None
    assert result.level == "fail"
    assert any(c["code"] == "name-missing" for c in after.checks)
    with case.store.engine.connect() as conn:
        drafted = conn.execute(select(schema.entries.c.drafted_text).where(schema.entries.c.id == e.id)).scalar_one()
    assert drafted == Q_POLICE
    detail = audit.rows(case.store, "re-x")[-1]["detail"]
    assert detail["changes"]["text"] == [Q_POLICE, after.text] and detail["comment"] == "typo"
    show(case, after, session="s9")
    with pytest.raises(ReviewRefused, match="while a check fails"):
        review.verify(case.store, after.id, "Jane", "s9")
    with pytest.raises(ReviewRefused, match="nothing changed"):
        review.edit(case.store, after.id, "Jane", after.text)


def test_edit_of_date_is_checked(case):
    e = one_source_line(case)
    after, result = review.edit(case.store, e, "Jane", date="2023-03-13")
    assert after.date == "2023-03-13" and after.precision == "day"
    assert "the date 13 March 2023 is not in the cited text (it says 12 March 2023)" in result.reasons
    with pytest.raises(ReviewRefused, match="YYYY-MM-DD"):
        review.edit(case.store, after.id, "Jane", date="13/03/2023")


def test_reject_and_query_need_a_reason(case):
    e = one_source_line(case)
    with pytest.raises(ReviewRefused, match="say why"):
        review.reject(case.store, e, "Jane", "  ")
    v = verified(case, e)
    with pytest.raises(ReviewRefused, match="say what needs checking"):
        review.query(case.store, v, "Lee", "", role="legal reviewer")


def test_stale_line_cannot_be_verified(case):
    e = one_source_line(case)
    with case.store.transaction() as conn:
        EntryStore(case.store).update(conn, e.id, e.version, stale=True)
    show(case, e)
    with pytest.raises(ReviewRefused, match="no longer in the latest draft"):
        review.verify(case.store, e.id, "Jane", "s1")


# --- roles -------------------------------------------------------------------------------------

ROLE_TABLE = {  # the rules, written out independently of verify/roles.py
    "social worker": {"view", "comment", "edit", "verify", "reject", "reopen"},
    "legal reviewer": {"view", "comment", "verify", "query"},
    "manager": {"view", "sign_off"},
    "admin": {"view", "sign_off", "manage_users"},
}
ACTIONS = ["view", "comment", "edit", "verify", "reject", "reopen", "query", "sign_off", "manage_users"]


def _attempt(case: Case, role: str, action: str) -> None:
    """Do ``action`` as ``role`` from a state where it is possible, so only the role can refuse it."""
    s = case.store
    e = one_source_line(case)
    if action in ("query",):
        e = verified(case, e)
    if action == "reopen":
        e = review.reject(s, verified(case, e), "Jane", "wrong")
    if action == "sign_off":
        with s.transaction() as conn:  # only the verified line stays current
            for other in EntryStore(s).list("re-x"):
                if other.id != e.id:
                    EntryStore(s).update(conn, other.id, other.version, stale=True)
        verified(case, e)
    {
        "view": lambda: review.record_view(s, e.id, [e.citations[0].id], "Pat", "r", role),
        "comment": lambda: review.comment(s, e.id, "Pat", "fine", role),
        "edit": lambda: review.edit(s, e.id, "Pat", Q_POLICE + " Noted.", role),
        "verify": lambda: (review.record_view(s, e.id, [e.citations[0].id], "Pat", "r", role),
                           review.verify(s, e.id, "Pat", "r", role)),
        "reject": lambda: review.reject(s, e.id, "Pat", "wrong", role),
        "reopen": lambda: review.reopen(s, e.id, "Pat", "", role),
        "query": lambda: review.query(s, e.id, "Pat", "check", role),
        "sign_off": lambda: review.sign_off(s, "re-x", "Pat", role),
        "manage_users": lambda: add_user(s, "Sam", "social worker", "Pat", role),
    }[action]()


@pytest.mark.parametrize("role", list(ROLE_TABLE))
@pytest.mark.parametrize("action", ACTIONS)
def test_role_may_or_may_not(case, role, action):
    if action in ROLE_TABLE[role]:
        _attempt(case, role, action)
    else:
        with pytest.raises(PermissionDenied, match=rf"^an? {role} cannot "):
            _attempt(case, role, action)


def test_refusal_says_who_to_ask(case):
    e = one_source_line(case)
    with pytest.raises(PermissionDenied) as err:
        review.verify(case.store, e.id, "Max", "s", role="manager")
    assert str(err.value) == "a manager cannot verify entries; ask the social worker or legal reviewer"
    with pytest.raises(PermissionDenied, match="a legal reviewer cannot edit entries; ask the social worker"):
        review.edit(case.store, e.id, "Lee", "x", role="legal reviewer")


def test_registered_users_act_with_their_own_role(case):
    s = case.store
    e = one_source_line(case)
    add_user(s, "Ann", "admin", "Ann")
    add_user(s, "Max", "manager", "Ann")
    add_user(s, "Jane", "social worker", "Ann")
    with pytest.raises(PermissionDenied, match="case 're-x' is not assigned to them; Jane"):
        verified(case, e, user="Jane")  # registered, but the case is not hers yet
    for name in ("Max", "Jane"):
        assign(s, case.case_id, name, by="Ann")
    with pytest.raises(PermissionDenied, match="Max is registered as a manager, not a social worker"):
        review.comment(s, e.id, "Max", "hi", role="social worker")
    with pytest.raises(PermissionDenied, match="a manager cannot comment"):
        review.comment(s, e.id, "Max", "hi")
    with pytest.raises(PermissionDenied, match="'Mallory' is not a registered user"):
        review.comment(s, e.id, "Mallory", "hi", role="admin")
    with pytest.raises(PermissionDenied, match="an admin cannot verify"):
        verified(case, e, user="Ann")
    assert verified(case, e, user="Jane").status == "verified"
    with pytest.raises(PermissionDenied, match="reserved for automatic actions"):
        review.comment(s, e.id, "system", "x")
    with pytest.raises(PermissionDenied, match="a social worker cannot manage users"):
        add_user(s, "Eve", "admin", "Jane")


def test_first_registered_user_must_be_admin(case):
    with pytest.raises(PermissionDenied, match="must be an admin"):
        add_user(case.store, "Jane", "social worker", "Jane")


# --- fast verifications ------------------------------------------------------------------------


def test_fast_verifications_list_only_quick_ones(case, monkeypatch):
    quick = one_source_line(case)
    slow = two_source_line(case)
    verified(case, quick)
    show(case, slow, session="slow")
    with case.store.transaction() as conn:  # the reviewer read the sources for a minute
        at = conn.execute(select(schema.views.c.at).where(schema.views.c.entry_id == slow.id)).scalars().first()
        conn.execute(update(schema.views).where(schema.views.c.entry_id == slow.id).values(at=at - timedelta(seconds=60)))
    review.verify(case.store, slow.id, "Jane", "slow")
    fast = review.fast_verifications(case.store, "re-x", threshold_seconds=10)
    assert [f.entry_id for f in fast] == [quick.id] and fast[0].user == "Jane" and fast[0].open_seconds < 10
    assert review.history(case.store, slow.id)[-1].open_seconds >= 60
    monkeypatch.setenv("CHRONOLOGY_FAST_VERIFY_SECONDS", "120")
    assert {f.entry_id for f in review.fast_verifications(case.store, "re-x")} == {quick.id, slow.id}


# --- a changed source undoes verification --------------------------------------------------------


def test_changed_source_file_unverifies_the_line(case):
    from verify.checks import check_case

    e = verified(case, one_source_line(case))
    source = Path(case.docs["police/x.pdf"].meta["source_path"])
    source.write_text(source.read_text() + " Amended.", encoding="utf-8")
    pairs = dict((x.id, (x, r)) for x, r in check_case(case.store, "re-x"))
    after = EntryStore(case.store).get(e.id)
    assert after.status == "unverified" and after.verified_by is None
    assert pairs[e.id][0].status == "unverified"
    last = review.history(case.store, e.id)[-1]
    assert (last.action, last.user, last.role) == ("invalidate", "system", "system")
    assert "the source file has changed since ingest" in last.comment
    assert audit_actions(case)[-1] == "invalidate" and audit.check(case.store, "re-x").ok


def test_superseded_source_unverifies_the_line(case):
    from verify.checks import check_case

    e = verified(case, one_source_line(case))
    case.document("police/x.pdf", ["Cover sheet", POLICE + " Updated."], replaces=case.docs["police/x.pdf"])
    check_case(case.store, "re-x")
    assert EntryStore(case.store).get(e.id).status == "unverified"


# --- sign-off ----------------------------------------------------------------------------------


def test_sign_off_only_when_everything_is_verified(case):
    a = one_source_line(case)
    b = case.entry(Q_NOTE, "2023-03-12", [case.cite("case-notes/notes.txt", Q_NOTE)])
    verified(case, a)
    with pytest.raises(ReviewRefused) as err:
        review.sign_off(case.store, "re-x", "Max", role="manager")
    assert f"{b.public_id} (12 March 2023) is unverified" in str(err.value)
    verified(case, b)
    done = review.sign_off(case.store, "re-x", "Max", role="manager")
    assert done.entries == 2 and audit_actions(case)[-1] == "sign-off"
    assert review.signed_off(case.store, "re-x").digest == done.digest
    review.comment(case.store, a.id, "Jane", "a comment does not change the chronology")
    assert review.signed_off(case.store, "re-x") is not None
    review.edit(case.store, a.id, "Jane", Q_POLICE + " Noted.")
    assert review.signed_off(case.store, "re-x") is None


def test_progress_counts(case):
    verified(case, one_source_line(case))
    one_source_line(case, Q_POLICE.replace("Elm Row", "Elm Road"))
    from verify.checks import check_case

    check_case(case.store, "re-x")
    p = review.progress(case.store, "re-x")
    assert (p["verified"], p["unverified"], p["failing"], p["total"]) == (1, 1, 1, 2)


# --- concurrent reviewers ----------------------------------------------------------------------


def test_conflict_in_one_process_loses_nothing(case):
    e = one_source_line(case)
    mine, theirs = EntryStore(case.store).get(e.id), EntryStore(case.store).get(e.id)
    review.edit(case.store, mine, "Jane", Q_POLICE + " First.")
    n_reviews, n_audit = len(review.history(case.store, e.id)), audit.count(case.store, "re-x")
    with pytest.raises(ConflictError, match="changed by someone else .* reload"):
        review.edit(case.store, theirs, "Ben", Q_POLICE + " Second.")
    assert EntryStore(case.store).get(e.id).text == Q_POLICE + " First."
    assert len(review.history(case.store, e.id)) == n_reviews and audit.count(case.store, "re-x") == n_audit


WORKER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from chronology.workspace import Workspace
    from chronology.entries import ConflictError, EntryStore
    from verify import review

    entry_id, name, text, ready, go = int(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4]), Path(sys.argv[5])
    store = Workspace().store
    seen = EntryStore(store).get(entry_id)      # both reviewers read version 1
    ready.write_text(str(seen.version))
    while not go.exists():
        time.sleep(0.01)
    try:
        review.edit(store, seen, name, text)
        print(json.dumps({{"who": name, "result": "ok"}}))
    except ConflictError as exc:
        print(json.dumps({{"who": name, "result": "conflict", "message": str(exc)}}))
""")


def test_two_reviewers_in_two_processes_exactly_one_wins(case, tmp_path):
    e = one_source_line(case)
    audit.load_key()  # the key exists before the reviewers start
    script = tmp_path / "reviewer.py"
    script.write_text(WORKER.format(root=str(ROOT)), encoding="utf-8")
    go = tmp_path / "go"
    procs, readies = [], []
    for name in ("Jane", "Ben"):
        ready = tmp_path / f"ready-{name}"
        readies.append(ready)
        procs.append(subprocess.Popen(
            [sys.executable, str(script), str(e.id), name, f"{Q_POLICE} Checked by {name}.", str(ready), str(go)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ)))
    deadline = time.time() + 60
    while not all(r.exists() for r in readies):
        assert time.time() < deadline and all(p.poll() is None for p in procs), [p.communicate() for p in procs]
        time.sleep(0.02)
    assert [r.read_text() for r in readies] == ["1", "1"]
    go.write_text("go")
    results = []
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    outcomes = sorted(r["result"] for r in results)
    assert outcomes == ["conflict", "ok"], results
    winner = next(r["who"] for r in results if r["result"] == "ok")
    loser = next(r for r in results if r["result"] == "conflict")
    assert "changed by someone else" in loser["message"] and "reload" in loser["message"]
    final = EntryStore(case.store).get(e.id)
    assert final.text == f"{Q_POLICE} Checked by {winner}." and final.version == 2
    edits = [r for r in review.history(case.store, e.id) if r.action == "edit"]
    assert [r.user for r in edits] == [winner]
    assert audit.check(case.store, "re-x").ok and audit_actions(case).count("edit") == 1


# --- the command line --------------------------------------------------------------------------


def test_cli_verify_shows_sources_then_verifies(case):
    e = two_source_line(case)
    result = runner.invoke(app, ["verify", e.public_id, "--by", "Jane", "--case", "re-x"])
    assert result.exit_code == 0, result.output
    assert f"»{Q_POLICE}«" in result.output and "Source 2 of 2: case-notes/notes.txt, page 1" in result.output
    assert f"{e.public_id} verified by Jane" in result.output
    assert EntryStore(case.store).get(e.id).status == "verified"
    assert review.history(case.store, e.id)[-1].shown_citations == [c.id for c in e.citations]


def test_cli_verify_refusals_exit_1(case):
    bad = one_source_line(case, Q_POLICE.replace("Elm Row", "Elm Road"))
    result = runner.invoke(app, ["verify", str(bad.id), "--by", "Jane", "--case", "re-x"])
    assert result.exit_code == 1 and "'Road' is not in the source" in result.output
    good = one_source_line(case)
    result = runner.invoke(app, ["verify", str(good.id), "--by", "Max", "--role", "manager"])
    assert result.exit_code == 1
    assert "a manager cannot verify entries; ask the social worker or legal reviewer" in result.output
    assert runner.invoke(app, ["verify", "e-999999", "--by", "Jane"]).exit_code == 2
    assert runner.invoke(app, ["verify", "banana", "--by", "Jane"]).exit_code == 2
    assert runner.invoke(app, ["verify", str(good.id), "--by", "Jane", "--case", "other"]).exit_code == 2


def test_cli_reject_edit_comment_query_reopen(case):
    e = one_source_line(case)
    r = runner.invoke(app, ["comment", str(e.id), "--by", "Jane", "--text", "rang the officer"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["edit", str(e.id), "--by", "Jane", "--text", Q_POLICE.replace("4 Elm Row", "5 Elm Row")])
    assert r.exit_code == 0 and "FAIL  '5' is not in the source; the source says '4'" in r.output
    r = runner.invoke(app, ["reject", str(e.id), "--by", "Jane", "--reason", "duplicate"])
    assert r.exit_code == 0 and EntryStore(case.store).get(e.id).status == "rejected"
    r = runner.invoke(app, ["reopen", str(e.id), "--by", "Jane"])
    assert r.exit_code == 0 and EntryStore(case.store).get(e.id).status == "unverified"
    r = runner.invoke(app, ["query", str(e.id), "--by", "Lee", "--role", "legal reviewer", "--reason", "why?"])
    assert r.exit_code == 1 and "only a verified line can be queried" in r.output
    r = runner.invoke(app, ["history", str(e.id)])
    assert [line.split()[2] for line in r.output.splitlines()[1:]] == ["comment", "edit", "reject", "reopen"]


def test_cli_check_entries_riskiest_first(case):
    good = one_source_line(case)
    bad = one_source_line(case, Q_POLICE.replace("Elm Row", "Elm Road"))
    r = runner.invoke(app, ["check-entries", "--case", "re-x", "--json"])
    assert r.exit_code == 1
    rows = json.loads(r.output)
    assert [x["id"] for x in rows] == [bad.id, good.id] and rows[0]["level"] == "fail"
    r = runner.invoke(app, ["check-entries", "--case", "re-x"])
    assert r.output.splitlines()[0].startswith(f"{bad.public_id}  12 March 2023") and "FAIL" in r.output
    assert runner.invoke(app, ["check-entries", "--case", "nope"]).exit_code == 2


def test_cli_review_walks_riskiest_first_from_piped_input(case):
    good = one_source_line(case)
    bad = one_source_line(case, Q_POLICE.replace("Elm Row", "Elm Road"))
    # bad comes first: verify is refused, so edit it back, then verify; then reject the good one
    keys = f"v\ne\n{Q_POLICE}\nv\nr\nduplicate of the line before\n"
    r = runner.invoke(app, ["review", "--case", "re-x", "--by", "Jane"], input=keys)
    assert r.exit_code == 0, r.output
    assert r.output.index(f"1 of 2 ─ {bad.public_id}") < r.output.index(f"2 of 2 ─ {good.public_id}")
    assert "Refused:" in r.output and "»" in r.output and "«" in r.output
    assert EntryStore(case.store).get(bad.id).status == "verified"
    assert EntryStore(case.store).get(good.id).status == "rejected"
    assert "1 verified, 1 rejected" in r.output and "0 still unverified" in r.output


def test_cli_review_quits_at_end_of_input(case):
    one_source_line(case)
    r = runner.invoke(app, ["review", "--case", "re-x", "--by", "Jane"], input="")
    assert r.exit_code == 0 and "1 still unverified" in r.output
    r = runner.invoke(app, ["review", "--case", "re-x", "--by", "Max", "--role", "manager"], input="v\n")
    assert r.exit_code == 1 and "a manager cannot verify entries" in r.output


def test_cli_sign_off_and_fast_verifications(case):
    e = one_source_line(case)
    r = runner.invoke(app, ["sign-off", "--case", "re-x", "--by", "Max", "--role", "manager"])
    assert r.exit_code == 1 and f"{e.public_id} (12 March 2023) is unverified" in r.output
    assert runner.invoke(app, ["verify", str(e.id), "--by", "Jane"]).exit_code == 0
    r = runner.invoke(app, ["fast-verifications", "--case", "re-x"])
    assert r.exit_code == 0 and e.public_id in r.output and "1 quick verifications" in r.output
    r = runner.invoke(app, ["sign-off", "--case", "re-x", "--by", "Max", "--role", "manager"])
    assert r.exit_code == 0, r.output
    assert "signed off by Max (manager): 1 lines" in r.output


def test_add_citation_cites_the_exact_passage_and_needs_fresh_verification(workspace, tmp_path):
    """A reviewer adds another record of the same event: exact span, back to unverified, audited."""
    from chronology.draft import Drafter
    from ingest.pipeline import Ingestor
    from tests.helpers import make_case_folder
    from verify import review as rv

    Ingestor(workspace.store, workspace.index).ingest(make_case_folder(tmp_path / "case"), "re-y")
    Drafter(workspace.store).draft("re-y")
    es = EntryStore(workspace.store)
    entry = next(e for e in es.list("re-y") if len(e.citations) == 1)
    cited = {(c.document_id, c.char_start) for c in entry.citations}
    other = next(p for p in workspace.store.passages("re-y") if (p.document_id, p.char_start) not in cited)
    updated = rv.add_citation(workspace.store, entry, "Jane Holloway", other.id, role="social worker")
    added = updated.citations[-1]
    assert len(updated.citations) == 2 and updated.version == entry.version + 1
    assert workspace.store.page_text(added.document_id, added.page)[added.char_start:added.char_end] == added.quote
    assert updated.status == "unverified"
    with pytest.raises(rv.ReviewRefused):
        rv.add_citation(workspace.store, updated, "Jane Holloway", other.id, role="social worker")
    with pytest.raises(PermissionDenied):
        rv.add_citation(workspace.store, updated, "Marcus Webb", other.id, role="manager")
