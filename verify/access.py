"""Which cases a person may open: assignment for workers, the team for managers, everything for admins.

Enforced here, in one service function, so the CLI and the review screen cannot disagree. Case files
hold sensitive material about children, so a worker sees only the cases assigned to them and a
manager only their team's. On a single-user install (no users registered) everyone sees everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select

from chronology import schema
from chronology.models import Case
from chronology.store import Store, now
from verify.roles import ADMIN, MANAGER, PermissionDenied, User, authorise, get_user, list_users, role_of

__all__ = ["Assignment", "assign", "unassign", "assignments", "visible_cases", "visible_case_ids",
           "require_case_access", "require_build_access", "claim_case", "single_user", "team_members"]


@dataclass
class Assignment:
    case_id: str
    user: str
    assigned_by: str
    assigned_at: datetime


def single_user(store: Store) -> bool:
    """No users registered: the install is one person's, so no case is hidden."""
    return not list_users(store)


def team_members(store: Store, team: str | None) -> list[User]:
    """Registered users of a team (a user without a team belongs to none)."""
    if not team:
        return []
    return [u for u in list_users(store) if u.team == team]


def assignments(store: Store, case_id: str | None = None, user: str | None = None) -> list[Assignment]:
    a = schema.assignments
    query = select(a).order_by(a.c.case_id, a.c.user)
    if case_id is not None:
        query = query.where(a.c.case_id == case_id)
    if user is not None:
        query = query.where(a.c.user == user)
    with store.engine.connect() as conn:
        return [Assignment(r.case_id, r.user, r.assigned_by, r.assigned_at) for r in conn.execute(query)]


def _may_assign(store: Store, by: str, assignee: User) -> None:
    """Admins assign anyone; a manager assigns members of their own team."""
    role = role_of(store, by)
    if role == ADMIN:
        return
    if role == MANAGER:
        me = get_user(store, by)
        if me and me.team and me.team == assignee.team:
            return
        raise PermissionDenied(f"{by} manages team '{me.team if me else None}', but {assignee.name} is in team "
                               f"'{assignee.team}'; ask an admin or that team's manager")
    raise PermissionDenied(f"{by} is not an admin or manager, so cannot assign cases; ask an admin")


def assign(store: Store, case_id: str, user: str, by: str) -> Assignment:
    """Give ``user`` access to a case; recorded in the case's sealed audit log."""
    from verify.audit import record

    if store.get_case(case_id) is None:
        raise PermissionDenied(f"there is no case named '{case_id}' to assign")
    assignee = get_user(store, user)
    if assignee is None:
        raise PermissionDenied(f"'{user}' is not a registered user; ask an admin to add them before assigning a case")
    _may_assign(store, by, assignee)
    a = schema.assignments
    at = now()
    with store.transaction() as conn:
        existing = conn.execute(select(a).where(a.c.case_id == case_id, a.c.user == user)).first()
        if existing is not None:
            return Assignment(existing.case_id, existing.user, existing.assigned_by, existing.assigned_at)
        conn.execute(insert(a).values(case_id=case_id, user=user, assigned_by=by, assigned_at=at))
    record(store, case_id, by, "assign", {"user": user, "role": assignee.role, "team": assignee.team})
    return Assignment(case_id, user, by, at)


def unassign(store: Store, case_id: str, user: str, by: str) -> bool:
    """Take a case away from ``user``; returns False if they were not assigned."""
    from verify.audit import record

    assignee = get_user(store, user) or User(user, "", None)
    _may_assign(store, by, assignee)
    a = schema.assignments
    with store.transaction() as conn:
        gone = conn.execute(delete(a).where(a.c.case_id == case_id, a.c.user == user)).rowcount
    if gone:
        record(store, case_id, by, "unassign", {"user": user})
    return bool(gone)


def visible_case_ids(store: Store, user: str | None) -> set[str] | None:
    """The case ids ``user`` may open, or None meaning every case (single-user install, or an admin)."""
    if single_user(store):
        return None
    if not (user or "").strip():
        raise PermissionDenied("say who you are (--by NAME): cases are shown by assignment once users are registered")
    role = role_of(store, user)  # refuses unregistered names
    if role == ADMIN:
        return None
    names = {user}
    if role == MANAGER:
        me = get_user(store, user)
        names |= {m.name for m in team_members(store, me.team if me else None)}
    a = schema.assignments
    with store.engine.connect() as conn:
        return set(conn.execute(select(a.c.case_id).where(a.c.user.in_(sorted(names)))).scalars())


def visible_cases(store: Store, user: str | None) -> list[Case]:
    """Cases ``user`` may see: assigned ones (worker, legal), the team's (manager), all (admin, single user)."""
    ids = visible_case_ids(store, user)
    cases = store.list_cases()
    return cases if ids is None else [c for c in cases if c.id in ids]


def require_case_access(store: Store, user: str | None, case_id: str) -> None:
    """Refuse, naming the person and the case, unless ``user`` may open ``case_id``."""
    ids = visible_case_ids(store, user)
    if ids is None or case_id in ids:
        return
    role = role_of(store, user or "")
    whose = "their team" if role == MANAGER else "them"
    raise PermissionDenied(f"case '{case_id}' is not assigned to {whose}; {user} ({role}) cannot open it. "
                           "Ask an admin or the team manager to assign it")


def require_build_access(store: Store, user: str | None, case_id: str) -> bool:
    """Refuse unless ``user`` may read files into ``case_id`` or draft it; True when the case is new.

    Anyone may on a single-user install. Once users are registered: a social worker, manager or
    admin, and for an existing case only one who may open it, so nobody adds papers to (or learns
    the contents of) another team's case. A new case belongs to whoever starts it: see ``claim_case``.
    """
    if single_user(store):
        return store.get_case(case_id) is None
    if not (user or "").strip():
        raise PermissionDenied("say who you are (--by NAME): once users are registered every case is someone's")
    authorise(store, user or "", "build")
    if store.get_case(case_id) is None:
        return True
    require_case_access(store, user, case_id)
    return False


def claim_case(store: Store, case_id: str, user: str) -> Assignment | None:
    """Assign a case someone has just started to them (admins see every case already), in the audit log."""
    from verify.audit import record

    if single_user(store):
        return None
    role = role_of(store, user)
    if role == ADMIN:
        return None
    a = schema.assignments
    at = now()
    with store.transaction() as conn:
        if conn.execute(select(a).where(a.c.case_id == case_id, a.c.user == user)).first() is None:
            conn.execute(insert(a).values(case_id=case_id, user=user, assigned_by=user, assigned_at=at))
    record(store, case_id, user, "assign", {"user": user, "role": role, "as": "who started the case"})
    return Assignment(case_id, user, user, at)
