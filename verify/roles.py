"""Who may do what to a chronology, enforced here rather than only in a screen.

A chronology goes to court on the word of named people, so each action names its user, and the
user's role decides what they may do:

* social worker – read a case folder in and draft it; edit, verify, reject, comment, reopen;
* legal reviewer – comment, verify, and query a verified line back to unverified;
* manager – read a case folder in and draft it; read, see progress, spot-check, and sign off the
  finished chronology;
* admin – everything a manager can, plus managing users.

A user's role comes from the ``users`` table when they are registered there. On a single-user
install (no users registered) the name given acts with the role passed, by default social worker.
Once any user is registered, unregistered names are refused, so nobody can type their way into a role.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update

from chronology import schema
from chronology.store import Store, now

SOCIAL_WORKER = "social worker"
LEGAL_REVIEWER = "legal reviewer"
MANAGER = "manager"
ADMIN = "admin"
SYSTEM = "system"  # automatic actions (a changed source unverifies a line); never a person
ROLES = (SOCIAL_WORKER, LEGAL_REVIEWER, MANAGER, ADMIN)

ACTIONS = ("read", "progress", "view", "build", "comment", "edit", "verify", "reject", "reopen", "query", "sign_off",
           "manage_users")
_READ = frozenset({"read", "progress", "view"})
PERMISSIONS: dict[str, frozenset[str]] = {
    SOCIAL_WORKER: _READ | {"build", "comment", "edit", "verify", "reject", "reopen"},
    LEGAL_REVIEWER: _READ | {"comment", "verify", "query"},
    MANAGER: _READ | {"build", "sign_off"},
    ADMIN: _READ | {"build", "sign_off", "manage_users"},
    SYSTEM: frozenset({"invalidate"}),
}
_WORDS = {
    "read": "read the chronology", "progress": "see review progress", "view": "view cited sources",
    "build": "read files into a case or draft it",
    "comment": "comment on entries", "edit": "edit entries", "verify": "verify entries",
    "reject": "reject entries", "reopen": "reopen rejected entries",
    "query": "query verified entries back to unverified", "sign_off": "sign off the chronology",
    "manage_users": "manage users", "invalidate": "unverify entries",
}
_ALIASES = {
    "sw": SOCIAL_WORKER, "social worker": SOCIAL_WORKER, "social-worker": SOCIAL_WORKER, "social_worker": SOCIAL_WORKER,
    "socialworker": SOCIAL_WORKER, "worker": SOCIAL_WORKER,
    "legal": LEGAL_REVIEWER, "legal reviewer": LEGAL_REVIEWER, "legal-reviewer": LEGAL_REVIEWER,
    "legal_reviewer": LEGAL_REVIEWER, "lawyer": LEGAL_REVIEWER, "solicitor": LEGAL_REVIEWER,
    "manager": MANAGER, "team manager": MANAGER, "team-manager": MANAGER,
    "admin": ADMIN, "administrator": ADMIN,
}


class PermissionDenied(Exception):
    """The named user's role does not allow the action; the message says who to ask."""


@dataclass
class User:
    name: str
    role: str
    team: str | None = None
    created_at: datetime | None = None
    email: str | None = None
    has_password: bool = False  # the hash itself never leaves verify.identity
    failed_sign_ins: int = 0  # in a row, on the review screen; verify.identity locks the account at its limit


def _user(row) -> User:  # noqa: ANN001 - a users row
    return User(row.name, row.role, row.team, row.created_at, row.email, bool(row.password_hash),
                row.failed_sign_ins or 0)


def article(role: str) -> str:
    return f"an {role}" if role[:1] in "aeiou" else f"a {role}"


def normalise_role(role: str) -> str:
    """'legal-reviewer', 'SW', 'Team Manager' → the canonical role name; unknown roles are refused."""
    key = " ".join(role.strip().lower().split())
    if key in _ALIASES:
        return _ALIASES[key]
    raise PermissionDenied(f"'{role}' is not a role here; the roles are: {', '.join(ROLES)}")


def allowed(role: str, action: str) -> bool:
    return action in PERMISSIONS.get(role, frozenset())


def who_may(action: str) -> list[str]:
    """The human roles allowed an action, admin listed last (people ask the practitioner first)."""
    return [r for r in ROLES if allowed(r, action)]


def require(role: str, action: str) -> None:
    """Refuse, in words that say who can do it instead, unless ``role`` may do ``action``."""
    if allowed(role, action):
        return
    doers = [r for r in who_may(action) if r != ADMIN] or who_may(action)
    ask = " or ".join(doers)
    hint = f"; ask the {ask}" if doers else ""
    raise PermissionDenied(f"{article(role)} cannot {_WORDS.get(action, action)}{hint}")


# --- users -------------------------------------------------------------------------------------


def get_user(store: Store, name: str) -> User | None:
    u = schema.users
    with store.engine.connect() as conn:
        row = conn.execute(select(u).where(u.c.name == name)).first()
    return _user(row) if row else None


def list_users(store: Store) -> list[User]:
    u = schema.users
    with store.engine.connect() as conn:
        return [_user(r) for r in conn.execute(select(u).order_by(u.c.name))]


def _user_count(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(schema.users)).scalar_one()


def role_of(store: Store, user: str, role: str | None = None) -> str:
    """The role ``user`` acts with: the registered one, else the one given (single-user default: social worker)."""
    name = (user or "").strip()
    if not name:
        raise PermissionDenied("say who is acting: every action is recorded against a named person")
    if name.lower() == SYSTEM:
        raise PermissionDenied("'system' is reserved for automatic actions; act under your own name")
    wanted = normalise_role(role) if role else None
    registered = get_user(store, name)
    if registered is not None:
        if wanted and wanted != registered.role:
            raise PermissionDenied(f"{name} is registered as {article(registered.role)}, not {article(wanted)}; "
                                   "ask an admin to change the role")
        return registered.role
    if _user_count(store):
        raise PermissionDenied(f"'{name}' is not a registered user of this store; ask an admin to add them")
    return wanted or SOCIAL_WORKER


def authorise(store: Store, user: str, action: str, role: str | None = None) -> str:
    """Resolve the user's role and check it allows ``action``; returns the role."""
    resolved = role_of(store, user, role)
    require(resolved, action)
    return resolved


def audit_users(store: Store, by: str, action: str, detail: dict) -> None:
    from verify.audit import record

    record(store, "_users", by, action, detail)


def add_user(store: Store, name: str, role: str, by: str, by_role: str | None = None, team: str | None = None,
             email: str | None = None) -> User:
    """Register a user (admins only). On an empty store, whoever adds the first user must act as admin.

    ``email`` is the address a single sign-on provider vouches for; re-adding a user keeps it unless a new one is given.
    """
    from verify.identity import check_email

    canonical = normalise_role(role)
    name = name.strip()
    if not name or name.lower() == SYSTEM:
        raise PermissionDenied("give the user a name (and not 'system')")
    email = check_email(store, email, name) if email else None
    first = _user_count(store) == 0
    if first and by.strip() == name:
        if canonical != ADMIN:
            raise PermissionDenied("the first user registered must be an admin, or nobody could manage users afterwards")
        by_role = by_role or ADMIN  # registering yourself first: you act with the role you are taking
    authorise(store, by, "manage_users", by_role)
    if first and by != name:
        # the first registration closes the store to unregistered names: keep the admin who did it able to act
        with store.transaction() as conn:
            conn.execute(insert(schema.users).values(name=by, role=ADMIN, team=None, created_at=now()))
        audit_users(store, by, "user-add", {"name": by, "role": ADMIN})
    with store.transaction() as conn:
        if conn.execute(select(schema.users.c.name).where(schema.users.c.name == name)).first():
            values = {"role": canonical, "team": team} | ({"email": email} if email else {})
            conn.execute(update(schema.users).where(schema.users.c.name == name).values(**values))
        else:
            conn.execute(insert(schema.users).values(name=name, role=canonical, team=team, email=email, created_at=now()))
    audit_users(store, by, "user-add", {"name": name, "role": canonical, "team": team}
                 | ({"email": email} if email else {}))
    return get_user(store, name) or User(name, canonical, team)


def remove_user(store: Store, name: str, by: str, by_role: str | None = None) -> None:
    authorise(store, by, "manage_users", by_role)
    admins = [u for u in list_users(store) if u.role == ADMIN]
    if len(admins) == 1 and admins[0].name == name and _user_count(store) > 1:
        raise PermissionDenied(f"{name} is the only admin; add another admin first")
    with store.transaction() as conn:
        conn.execute(delete(schema.users).where(schema.users.c.name == name))
    audit_users(store, by, "user-remove", {"name": name})
