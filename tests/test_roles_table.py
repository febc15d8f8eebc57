"""Every (role × action) pair through the service layer: allowed, or refused with a clear message that says
who can do it — exactly as the rules in verify/roles.py's docstring say. The expected table below is
written out by hand from those rules (not derived from PERMISSIONS), so a change to either shows here."""

from __future__ import annotations

import pytest

from tests.test_checks import POLICE, Case
from verify import audit, review
from verify.review import ReviewRefused
from verify.access import assign
from verify.roles import ACTIONS, PERMISSIONS, PermissionDenied, add_user, require

Q = "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a report of shouting."
ALLOWED = {  # the rules, as written in verify/roles.py
    "social worker": {"read", "progress", "view", "build", "comment", "edit", "verify", "reject", "reopen"},
    "legal reviewer": {"read", "progress", "view", "comment", "verify", "query"},
    "manager": {"read", "progress", "view", "build", "sign_off"},
    "admin": {"read", "progress", "view", "build", "sign_off", "manage_users"},
}
WORDS = {"build": "read files into a case or draft it", "comment": "comment on entries", "edit": "edit entries", "verify": "verify entries",
         "reject": "reject entries", "reopen": "reopen rejected entries",
         "query": "query verified entries back to unverified", "sign_off": "sign off the chronology",
         "manage_users": "manage users"}
ASK = {"build": "social worker or manager", "comment": "social worker or legal reviewer", "edit": "social worker", "verify": "social worker or legal reviewer",
       "reject": "social worker", "reopen": "social worker", "query": "legal reviewer", "sign_off": "manager",
       "manage_users": "admin"}
USERS = {"social worker": "Sam", "legal reviewer": "Lee", "manager": "Max", "admin": "Ada"}
SERVICE_ACTIONS = ("view", "build", "comment", "edit", "verify", "reject", "reopen", "query", "sign_off", "manage_users")


def article(role: str) -> str:
    return f"an {role}" if role[0] in "aeiou" else f"a {role}"


@pytest.fixture
def case(workspace, tmp_path) -> Case:
    c = Case(workspace.store, tmp_path / "folder")
    c.document("police/x.pdf", ["Cover sheet", POLICE], source_kind="police")
    add_user(c.store, "Ada", "admin", by="Ada")
    for role, name in USERS.items():
        if name != "Ada":
            add_user(c.store, name, role, by="Ada")
            assign(c.store, c.case_id, name, by="Ada")  # roles are the question here, not case access
    return c


def _line(case: Case):
    return case.entry(Q, "2023-03-12", [case.cite("police/x.pdf", Q, page=2)])


def _verified_by_sam(case: Case, e):
    s = review.new_session()
    review.record_view(case.store, e.id, [c.id for c in e.citations], "Sam", s)
    return review.verify(case.store, e.id, "Sam", s)


def _do(case: Case, action: str, user: str):
    """Run one action through the service layer on an entry in the state that action needs."""
    e = _line(case)
    if action == "query":
        e = _verified_by_sam(case, e)
    if action == "reopen":
        e = review.reject(case.store, e.id, "Sam", "wrong date")
    store = case.store
    if action == "view":
        return review.record_view(store, e.id, [c.id for c in e.citations], user, "s1")
    if action == "comment":
        return review.comment(store, e.id, user, "please check the time")
    if action == "edit":
        return review.edit(store, e.id, user, Q.replace("officers", "two officers"))
    if action == "verify":
        s = review.new_session()
        review.record_view(store, e.id, [c.id for c in e.citations], user, s)
        return review.verify(store, e.id, user, s)
    if action == "reject":
        return review.reject(store, e.id, user, "not in the source")
    if action == "reopen":
        return review.reopen(store, e.id, user, "look again")
    if action == "query":
        return review.query(store, e.id, user, "check the time against the log")
    if action == "sign_off":
        _verified_by_sam(case, e)
        return review.sign_off(store, case.case_id, user)
    if action == "manage_users":
        return add_user(store, "Newcomer", "social worker", by=user)
    if action == "build":
        from verify.access import claim_case, require_build_access

        assert require_build_access(store, user, case.case_id) is False  # an existing case: nothing to claim
        new = f"new-by-{user.lower()}"
        assert require_build_access(store, user, new) is True
        store.ensure_case(new, "")
        return claim_case(store, new, user)
    raise AssertionError(action)


def test_the_written_rules_are_the_enforced_rules():
    for role, allowed in ALLOWED.items():
        assert PERMISSIONS[role] == allowed, role
    assert set(ACTIONS) == set().union(*ALLOWED.values())


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", list(ALLOWED))
def test_require(role, action):
    if action in ALLOWED[role]:
        require(role, action)
    else:
        with pytest.raises(PermissionDenied) as err:
            require(role, action)
        assert str(err.value) == f"{article(role)} cannot {WORDS[action]}; ask the {ASK[action]}"


@pytest.mark.parametrize("action", SERVICE_ACTIONS)
@pytest.mark.parametrize("role", list(ALLOWED))
def test_service_layer(case, role, action):
    user = USERS[role]
    if action in ALLOWED[role]:
        result = _do(case, action, user)
        if isinstance(result, tuple):  # edit returns (entry, its fresh check result)
            result = result[0]
        status = getattr(result, "status", None)
        expected = {"edit": "unverified", "verify": "verified", "reject": "rejected", "reopen": "unverified",
                    "query": "unverified"}.get(action)
        if expected:
            assert status == expected
        if action == "sign_off":
            assert result.entries == 1 and result.role == role
        if action == "build":
            from verify.access import visible_cases

            assert f"new-by-{user.lower()}" in [c.id for c in visible_cases(case.store, user)]  # theirs now
            return
        last = audit.rows(case.store, "_users" if action == "manage_users" else case.case_id)[-1]
        assert last["user"] == user, "the allowed action is recorded against the person"
        return
    before = audit.count(case.store, case.case_id)
    with pytest.raises(PermissionDenied) as err:
        _do(case, action, user)
    assert str(err.value) == f"{article(role)} cannot {WORDS[action]}; ask the {ASK[action]}"
    assert not isinstance(err.value, ReviewRefused)
    # refused before anything was written (setup writes its own rows: views before a verify, the earlier
    # verify/reject a query or reopen needs)
    setup_rows = {"query": 2, "reopen": 1, "sign_off": 2, "verify": 1}.get(action, 0)
    assert audit.count(case.store, case.case_id) == before + setup_rows


@pytest.mark.parametrize("who, role, message", [
    ("", None, "say who is acting"),
    ("system", None, "'system' is reserved for automatic actions"),
    ("Stranger", None, "'Stranger' is not a registered user of this store"),
    ("Max", "social worker", "Max is registered as a manager, not a social worker"),
    ("Sam", "boss", "'boss' is not a role here"),
])
def test_who_is_acting_is_checked_first(case, who, role, message):
    e = _line(case)
    with pytest.raises(PermissionDenied, match=message):
        review.reject(case.store, e.id, who, "reason", role)
    assert case.store and review.history(case.store, e.id) == []
