"""Append-only, HMAC-sealed audit log: every ingest, draft, LLM call, edit, verify, reject and export.

Each row's seal is HMAC-SHA256(key, previous seal + the row's content). The key lives outside the
database (``$CHRONOLOGY_HOME/audit.key``, or ``CHRONOLOGY_AUDIT_KEY`` / ``CHRONOLOGY_AUDIT_KEY_FILE`` on
a server), so someone who can write the table cannot recompute a consistent chain. A shorter chain is
still a valid chain, though, and the key's holder can re-seal a rewritten one: so every committed
append also writes the case's signed head to a witness outside the database (``verify.witness``), and
exports record the head (row count and seal) too.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import IntegrityError

from chronology import schema
from chronology.config import Settings
from chronology.store import Store

GENESIS = "0" * 64


def load_key(settings: Settings | None = None) -> bytes:
    """The sealing key: from the environment, a secrets file, or created 0600 under the home folder.

    Creation is atomic (written to a private temporary file, then linked into place), so two processes
    starting at once agree on one key and neither can read a half-written, empty one.
    """
    env = os.environ.get("CHRONOLOGY_AUDIT_KEY")
    if env:
        return env.encode("utf-8")
    settings = settings or Settings.from_env()
    path = Path(os.environ.get("CHRONOLOGY_AUDIT_KEY_FILE") or settings.home / "audit.key")
    if not path.exists():
        _create_key(path)
    key = path.read_text().strip().encode("utf-8")
    if not key:
        raise RuntimeError(f"the audit key file {path} is empty; restore it from backup (the log cannot be checked without it)")
    return key


def _create_key(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # fails if another process created the key first: theirs is kept
        except FileExistsError:
            pass
    finally:
        tmp.unlink(missing_ok=True)


def _canonical(case_id: str, seq: int, at: str, user: str, action: str, detail: Any) -> bytes:
    return json.dumps([case_id, seq, at, user, action, detail], sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"), default=str).encode("utf-8")


def seal(key: bytes, prev: str, case_id: str, seq: int, at: str, user: str, action: str, detail: Any) -> str:
    return hmac.new(key, prev.encode() + _canonical(case_id, seq, at, user, action, detail), hashlib.sha256).hexdigest()


def _at_text(at: datetime) -> str:
    if at.tzinfo is None:  # SQLite hands back naive datetimes; every row is written in UTC
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(timezone.utc).isoformat(timespec="microseconds")


def append(conn: Connection, case_id: str, user: str, action: str, detail: dict[str, Any] | None = None,
           key: bytes | None = None) -> int:
    """Append one sealed row inside the caller's transaction, so the row commits with the change it records.

    Write to the database first in that transaction (SQLite then holds the write lock, so the last
    sequence number read here cannot move). A concurrent writer taking the same number raises
    ``IntegrityError``; the caller retries the whole transaction.
    """
    key = key or load_key()
    a = schema.audit
    detail = json.loads(json.dumps(detail or {}, default=str))
    last = conn.execute(select(a.c.seq, a.c.hash).where(a.c.case_id == case_id)
                        .order_by(a.c.seq.desc()).limit(1)).first()
    seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS)
    at = datetime.now(timezone.utc)
    sealed = seal(key, prev, case_id, seq, _at_text(at), user, action, detail)
    conn.execute(insert(a).values(
        case_id=case_id, seq=seq, at=at, user=user, action=action, detail=detail, prev_hash=prev, hash=sealed))
    from verify import witness

    witness.note(conn, case_id, seq, sealed, key)  # the head is written outside the database after the commit
    return seq


def record(store: Store, case_id: str, user: str, action: str, detail: dict[str, Any] | None = None,
           key: bytes | None = None) -> int:
    """Append one sealed row; returns its sequence number. Retries if another writer took the number."""
    key = key or load_key()
    for _ in range(20):
        try:
            with store.transaction() as conn:
                return append(conn, case_id, user, action, detail, key)
        except IntegrityError:
            continue
    raise RuntimeError(f"could not append to the audit log of case '{case_id}' (too many concurrent writers)")


@dataclass
class AuditCheck:
    ok: bool
    rows: int
    head: str
    first_bad: int | None = None  # sequence number of the first row that fails
    reason: str = ""


def head(store: Store, case_id: str) -> tuple[int, str]:
    a = schema.audit
    with store.engine.connect() as conn:
        last = conn.execute(select(a.c.seq, a.c.hash).where(a.c.case_id == case_id)
                            .order_by(a.c.seq.desc()).limit(1)).first()
    return (last.seq, last.hash) if last else (0, GENESIS)


def check(store: Store, case_id: str, key: bytes | None = None,
          against: tuple[int, str] | None = None) -> AuditCheck:
    """Walk the chain; name the first row that was edited, removed, reordered or re-sealed without the key.

    ``against`` is an export's (row count, head seal): the log must still contain that row unchanged.
    """
    key = key or load_key()
    a = schema.audit
    with store.engine.connect() as conn:
        rows = conn.execute(select(a).where(a.c.case_id == case_id).order_by(a.c.seq)).all()
    prev, expected_seq = GENESIS, 1
    for row in rows:
        if row.seq != expected_seq:
            return AuditCheck(False, len(rows), prev, expected_seq,
                              f"row {expected_seq} is missing (the next row is {row.seq})")
        if row.prev_hash != prev:
            return AuditCheck(False, len(rows), prev, row.seq, f"row {row.seq} does not follow row {row.seq - 1}")
        want = seal(key, prev, row.case_id, row.seq, _at_text(row.at), row.user, row.action, row.detail)
        if not hmac.compare_digest(want, row.hash):
            return AuditCheck(False, len(rows), prev, row.seq,
                              f"row {row.seq} ({row.action} by {row.user}) was altered: its seal does not match")
        prev, expected_seq = row.hash, expected_seq + 1
    if against is not None:
        count, seal_at_export = against
        if len(rows) < count:
            return AuditCheck(False, len(rows), prev, len(rows) + 1,
                              f"the log has {len(rows)} rows but the export saw {count}: rows {len(rows) + 1}–{count} were deleted")
        if count and rows[count - 1].hash != seal_at_export:
            return AuditCheck(False, len(rows), prev, count, f"row {count} differs from the one the export saw")
    return AuditCheck(True, len(rows), prev)


def seal_of(store: Store, case_id: str, seq: int) -> str:
    """The seal of one row (the head an export's own row makes)."""
    a = schema.audit
    with store.engine.connect() as conn:
        found = conn.execute(select(a.c.hash).where(a.c.case_id == case_id, a.c.seq == seq)).scalar()
    if found is None:
        raise LookupError(f"case '{case_id}' has no audit row {seq}")
    return found


def key_warnings(settings: Settings | None = None) -> list[str]:
    """Where the key is kept, if that lets whoever reads the data also re-seal the log."""
    if os.environ.get("CHRONOLOGY_AUDIT_KEY"):
        return []
    settings = settings or Settings.from_env()
    path = Path(os.environ.get("CHRONOLOGY_AUDIT_KEY_FILE") or settings.home / "audit.key").expanduser().resolve()
    out = []
    team = not settings.database_url.startswith("sqlite")
    if team and path.is_relative_to(settings.home):
        out.append(f"the audit key {path} is kept beside the data in $CHRONOLOGY_HOME on a team (PostgreSQL) "
                   "install: give it through CHRONOLOGY_AUDIT_KEY or in a file only the service account can read "
                   "(CHRONOLOGY_AUDIT_KEY_FILE), so the database's users cannot re-seal the log")
    try:
        mode = path.stat().st_mode
    except OSError:
        return out
    if mode & 0o077:
        out.append(f"the audit key file {path} can be read by other accounts (mode {mode & 0o777:o}); "
                   f"chmod 600 {path}")
    return out


def rows(store: Store, case_id: str) -> list[dict[str, Any]]:
    a = schema.audit
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(a).where(a.c.case_id == case_id).order_by(a.c.seq))]


def count(store: Store, case_id: str) -> int:
    a = schema.audit
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(a).where(a.c.case_id == case_id)).scalar_one()
