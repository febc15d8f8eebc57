"""Who a person is when they sign in to the review screen: a password, or an address vouched for by SSO.

Roles decide what a person may do (``verify.roles``); this module decides that the person at the
screen is the registered user they say they are. Passwords are kept only as bcrypt hashes, the
format streamlit-authenticator checks, and setting one is recorded in the users' audit log (never
the password or its hash). The screen's sign-in modes are chosen here too, so the CLI can say
which one a store uses.
"""

from __future__ import annotations

import hashlib
import hmac
import re

import bcrypt
from sqlalchemy import func, select, update

from chronology import schema
from chronology.config import AUTH_MODES
from chronology.store import Store
from verify.roles import ADMIN, PermissionDenied, User, audit_users, get_user, list_users, role_of

__all__ = ["MIN_PASSWORD", "AUTH_MODES", "auth_mode", "check_email", "set_password", "check_password",
           "user_by_email", "user_by_login", "login_of", "credentials", "cookie_key", "LOCK_AFTER", "locked",
           "record_attempts"]

MIN_PASSWORD = 12
LOCK_AFTER = 5  # failed sign-ins in a row; then only an admin setting a new password opens the account
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def auth_mode(store: Store, wanted: str = "auto", oidc_configured: bool = False) -> str:
    """How the review screen signs people in: ``name``, ``password`` or ``oidc``.

    ``wanted`` is the ``CHRONOLOGY_AUTH`` setting; ``auto`` (the default) uses single sign-on when
    Streamlit's ``[auth]`` secrets are configured, passwords once any user is registered, and
    otherwise a typed name: a single-user install, where no case is hidden and the name labels the work.
    """
    if wanted not in AUTH_MODES:
        raise ValueError(f"CHRONOLOGY_AUTH must be one of {', '.join(AUTH_MODES)}, not {wanted!r}")
    if wanted != "auto":
        return wanted
    if oidc_configured:
        return "oidc"
    return "password" if list_users(store) else "name"


def check_email(store: Store, email: str, name: str) -> str:
    """The address, lower-cased, if it looks like one and no other user has it."""
    address = email.strip().lower()
    if not _EMAIL.match(address):
        raise PermissionDenied(f"'{email}' is not an email address")
    other = user_by_email(store, address)
    if other is not None and other.name != name:
        raise PermissionDenied(f"{address} already belongs to {other.name}; one address signs in one person")
    return address


def _may_manage(store: Store, name: str, by: str, by_role: str | None) -> User:
    """Admins manage anyone's sign-in; a person may change their own password."""
    user = get_user(store, name)
    if user is None:
        raise PermissionDenied(f"'{name}' is not a registered user; add them with add-user first")
    if by.strip() != name and role_of(store, by, by_role) != ADMIN:
        raise PermissionDenied(f"only an admin or {name} themselves can change {name}'s sign-in")
    return user


def set_password(store: Store, name: str, password: str, by: str, by_role: str | None = None) -> None:
    """Store a bcrypt hash of a new password; too short, or the person's own name, is refused."""
    _may_manage(store, name, by, by_role)
    if len(password) < MIN_PASSWORD:
        raise PermissionDenied(f"a password needs at least {MIN_PASSWORD} characters")
    if password.strip().lower() == name.strip().lower() or password != password.strip():
        raise PermissionDenied("a password may not be the person's name, nor start or end with a space")
    hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt()).decode("ascii")
    with store.transaction() as conn:
        conn.execute(update(schema.users).where(schema.users.c.name == name)
                     .values(password_hash=hashed, failed_sign_ins=0))  # a new password also unlocks the account
    audit_users(store, by, "password-set", {"name": name})


def check_password(store: Store, name: str, password: str) -> bool:
    u = schema.users
    with store.engine.connect() as conn:
        hashed = conn.execute(select(u.c.password_hash).where(u.c.name == name)).scalar()
    return bool(hashed) and bcrypt.checkpw(password.encode("utf-8"), hashed.encode("ascii"))


def user_by_email(store: Store, email: str | None) -> User | None:
    if not email:
        return None
    u = schema.users
    with store.engine.connect() as conn:
        name = conn.execute(select(u.c.name).where(func.lower(u.c.email) == email.strip().lower())).scalar()
    return get_user(store, name) if name else None


def _login(name: str) -> str:
    return " ".join(name.split()).lower()


def login_of(user: User) -> str:
    """The user name typed at the password form: the registered name, in any case."""
    return _login(user.name)


def user_by_login(store: Store, login: str | None) -> User | None:
    wanted = _login(login or "")
    return next((u for u in list_users(store) if login_of(u) == wanted), None) if wanted else None


def credentials(store: Store) -> dict:
    """streamlit-authenticator's credentials, built from the users table (users with a password only)."""
    u = schema.users
    with store.engine.connect() as conn:
        rows = conn.execute(select(u.c.name, u.c.role, u.c.email, u.c.password_hash, u.c.failed_sign_ins)
                            .where(u.c.password_hash.is_not(None))).all()
    users = {}
    for r in rows:
        users[_login(r.name)] = {"name": r.name, "password": r.password_hash,
                                                   "email": r.email or "", "roles": [r.role],
                                                   "failed_login_attempts": r.failed_sign_ins or 0}
    return {"usernames": users}


def locked(user: User) -> bool:
    return user.failed_sign_ins >= LOCK_AFTER


def record_attempts(store: Store, before: dict, after: dict) -> list[str]:
    """Keep the failed sign-in counts the authenticator changed in memory; returns who was just locked.

    ``before`` and ``after`` are its credentials before and after a sign-in attempt. A failure is
    recorded in the users' audit log against the account tried, so a manager can see an attack.
    """
    newly_locked = []
    for login, creds in after.get("usernames", {}).items():
        was = before.get("usernames", {}).get(login, {}).get("failed_login_attempts", 0)
        now_ = creds.get("failed_login_attempts", 0)
        if now_ == was:
            continue
        with store.transaction() as conn:
            conn.execute(update(schema.users).where(schema.users.c.name == creds["name"]).values(failed_sign_ins=now_))
        if now_ > was:
            audit_users(store, creds["name"], "sign-in-failed", {"name": creds["name"], "in_a_row": now_})
            if now_ >= LOCK_AFTER:
                audit_users(store, creds["name"], "account-locked", {"name": creds["name"], "after": now_})
                newly_locked.append(creds["name"])
    return newly_locked


def cookie_key() -> str:
    """The key that signs the screen's sign-in cookie, derived from the audit key.

    Every screen server of a team already shares the audit key, so they accept each other's cookies,
    and replacing the audit key ends every saved sign-in.
    """
    from verify.audit import load_key

    return hmac.new(load_key(), b"chronology review screen sign-in cookie", hashlib.sha256).hexdigest()
