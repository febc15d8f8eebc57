"""The export gate: a court export is refused while any included line is unverified or fails a check;
a draft is always allowed but lists the same problems; rejected and stale lines are never included."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from chronology import schema
from chronology.entries import EntryStore
from tests.test_checks import Case
from tests.test_review import Q_NOTE, Q_POLICE, one_source_line, verified
from verify import review
from verify.gate import GateResult, gate


@pytest.fixture
def case(workspace, tmp_path) -> Case:
    c = Case(workspace.store, tmp_path / "folder")
    c.police()
    c.notes()
    return c


def _ids(entries) -> list[int]:
    return [e.id for e in entries]


def test_gate_refuses_with_the_list_and_draft_is_allowed(case):
    good = verified(case, one_source_line(case))
    pending = case.entry(Q_NOTE, "2023-03-12", [case.cite("case-notes/notes.txt", Q_NOTE)])
    wrong = one_source_line(case, Q_POLICE.replace("Elm Row", "Elm Road"))
    gone = review.reject(case.store, one_source_line(case), "Jane", "duplicate")

    court = gate(case.store, "re-x")
    assert isinstance(court, GateResult) and court.ok is False
    assert court.problems == [
        f"{pending.public_id} (12 March 2023) is unverified",
        f"{wrong.public_id} (12 March 2023) is unverified",
        f"{wrong.public_id} (12 March 2023) fails a check: 'Road' is not in the source; the source says 'Row'",
    ]
    assert _ids(court.included) == [good.id, pending.id, wrong.id]
    assert gone.id not in _ids(court.included) and _ids(court.excluded) == [gone.id]
    assert _ids(court.unverified) == [pending.id, wrong.id] and _ids(court.failing) == [wrong.id]

    draft = gate(case.store, "re-x", draft=True)
    assert draft.ok is True and draft.draft is True
    assert draft.problems == court.problems and _ids(draft.included) == _ids(court.included)


def test_gate_passes_when_everything_is_verified(case):
    a = verified(case, one_source_line(case))
    review.reject(case.store, one_source_line(case), "Jane", "not needed")
    result = gate(case.store, "re-x")
    assert result.ok and result.problems == [] and _ids(result.included) == [a.id]
    rows, seal = result.audit_head
    assert rows > 0 and len(seal) == 64


def test_rejected_is_never_included_even_when_asked_for(case):
    a = verified(case, one_source_line(case))
    b = review.reject(case.store, one_source_line(case), "Jane", "wrong event")
    result = gate(case.store, "re-x", entries=[a, b])
    assert result.ok and _ids(result.included) == [a.id] and _ids(result.excluded) == [b.id]
    draft = gate(case.store, "re-x", entries=[b], draft=True)
    assert draft.included == [] and "there are no lines to export" in draft.problems


def test_stale_is_never_included(case):
    a = verified(case, one_source_line(case))
    old = verified(case, one_source_line(case))
    with case.store.transaction() as conn:  # the latest draft no longer produces it
        conn.execute(update(schema.entries).where(schema.entries.c.id == old.id).values(stale=True))
    for entries in (None, [a, old]):
        result = gate(case.store, "re-x", entries=entries)
        assert result.ok and _ids(result.included) == [a.id]


def test_gate_uses_fresh_state_not_the_callers_copy(case):
    e = verified(case, one_source_line(case))
    snapshot = EntryStore(case.store).get(e.id)
    review.query(case.store, e.id, "Lee", "which officer?", role="legal reviewer")
    result = gate(case.store, "re-x", entries=[snapshot])
    assert not result.ok and result.problems == [f"{e.public_id} (12 March 2023) is unverified"]


def test_changed_source_after_verification_is_refused(case):
    e = verified(case, one_source_line(case))
    assert gate(case.store, "re-x").ok
    source = Path(case.docs["police/x.pdf"].meta["source_path"])
    source.write_text(source.read_text() + " Amended.", encoding="utf-8")
    result = gate(case.store, "re-x")
    assert not result.ok
    assert result.problems[0] == f"{e.public_id} (12 March 2023) is unverified"
    assert "the source file has changed since ingest" in result.problems[1]
    assert EntryStore(case.store).get(e.id).status == "unverified"


def test_tampered_audit_log_is_refused(case):
    verified(case, one_source_line(case))
    with case.store.transaction() as conn:
        conn.execute(update(schema.audit).where(schema.audit.c.seq == 1).values(user="someone else"))
    result = gate(case.store, "re-x")
    assert not result.ok and any(p.startswith("the audit log fails its check (row 1") for p in result.problems)


def test_empty_chronology_is_not_a_court_export(case):
    result = gate(case.store, "re-x")
    assert not result.ok and result.problems == ["there are no lines to export"]
    assert gate(case.store, "re-x", draft=True).ok
