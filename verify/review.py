"""The human review of each line: verify, reject, edit, comment, query, reopen, and proof of looking.

States and the only ways between them::

    unverified --verify--> verified        (social worker or legal reviewer, after seeing every source)
    unverified --reject--> rejected        (social worker, with a reason; also from verified)
    verified   --edit----> unverified      (social worker; the drafted wording is kept alongside)
    verified   --query---> unverified      (legal reviewer, with a reason)
    rejected   --reopen--> unverified      (social worker)
    verified   --invalidate--> unverified  (the system, when a cited source changed)
    any        --comment-> same state

Each action writes a ``reviews`` row (who, role, when, the text and a hash of the quotes at that
moment, which citations were shown, how long the line was open) and a sealed audit row, in the
same transaction as the change to the line. The change only applies if the line is still at the
version the reviewer saw, so two reviewers never overwrite each other: the second is told to reload.

Verifying is refused until every citation has been shown to that user in that session, and while
any automatic check fails. There is deliberately no way to verify many lines at once.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import IntegrityError

from chronology import schema
from chronology.config import Settings
from chronology.entries import ConflictError, EntryStore
from chronology.models import Entry, Review
from chronology.store import Store, now
from verify import audit
from verify.checks import CheckResult, citation_label, run_checks, save_checks
from verify.access import require_case_access
from verify.roles import SYSTEM, authorise

__all__ = [
    "ConflictError", "ReviewRefused", "EntryNotFound", "TRANSITIONS", "new_session", "record_view", "verify",
    "reject", "edit", "add_citation", "comment", "query", "reopen", "invalidate", "history", "views", "fast_verifications",
    "FastVerification", "sign_off", "signed_off", "SignOff", "progress", "quote_hash",
]

TRANSITIONS: dict[str, dict[str, str]] = {
    "verify": {"unverified": "verified"},
    "reject": {"unverified": "rejected", "verified": "rejected"},
    "edit": {"unverified": "unverified", "verified": "unverified"},
    "query": {"verified": "unverified"},
    "reopen": {"rejected": "unverified"},
    "invalidate": {"verified": "unverified"},
    "comment": {"unverified": "unverified", "verified": "verified", "rejected": "rejected"},
}
_STATE_HELP = {
    ("verify", "verified"): "{id} is already verified",
    ("verify", "rejected"): "{id} was rejected; reopen it before verifying",
    ("reject", "rejected"): "{id} is already rejected",
    ("edit", "rejected"): "{id} is rejected; reopen it before editing",
    ("query", "unverified"): "only a verified line can be queried; {id} is not verified yet",
    ("query", "rejected"): "only a verified line can be queried; {id} is rejected",
    ("reopen", "unverified"): "only a rejected line can be reopened; {id} is unverified",
    ("reopen", "verified"): "only a rejected line can be reopened; {id} is verified",
}


class ReviewRefused(Exception):
    """The action is not possible now; the message says why and what to do instead."""


class EntryNotFound(ReviewRefused):
    """No such entry."""


def new_session() -> str:
    """A review session id: views count towards verification only within the session they happened in."""
    return uuid.uuid4().hex


def quote_hash(entry: Entry) -> str:
    """A fingerprint of exactly what the line cites, so a review row proves which quotes it was checked against."""
    payload = [[c.document_sha256, c.document, c.page, c.char_start, c.char_end, c.quote] for c in entry.citations]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()


def _utc(at: datetime) -> datetime:
    return at.replace(tzinfo=timezone.utc) if at.tzinfo is None else at


def _load(store: Store, entry: Entry | int) -> Entry:
    """The entry as the reviewer saw it (its version guards the update), or fresh from the store by id."""
    if isinstance(entry, Entry):
        return entry
    found = EntryStore(store).get(int(entry))
    if found is None:
        raise EntryNotFound(f"there is no entry e-{int(entry):06d}")
    return found


def _require_state(e: Entry, action: str) -> str:
    target = TRANSITIONS[action].get(e.status)
    if target is None:
        message = _STATE_HELP.get((action, e.status), "{id} cannot be changed that way while it is " + e.status)
        raise ReviewRefused(message.format(id=e.public_id))
    return target


def _require_current(store: Store, e: Entry) -> None:
    with store.engine.connect() as conn:
        stale = conn.execute(select(schema.entries.c.stale).where(schema.entries.c.id == e.id)).scalar()
    if stale is None:
        raise EntryNotFound(f"there is no entry {e.public_id}")
    if stale:
        raise ReviewRefused(f"{e.public_id} is no longer in the latest draft; it cannot go to court")


def _require_access(store: Store, user: str, case_id: str) -> None:
    """A person acts only on cases assigned to them (or their team); automatic actions are exempt."""
    if user.lower() != SYSTEM:
        require_case_access(store, user, case_id)


def _reload(store: Store, entry_id: int) -> Entry:
    found = EntryStore(store).get(entry_id)
    if found is None:
        raise EntryNotFound(f"there is no entry e-{entry_id:06d}")
    return found


def _commit(store: Store, e: Entry, user: str, role: str, action: str, target: str, *,
            values: dict | None = None, text: str | None = None, comment: str = "",
            shown: Iterable[int] = (), open_seconds: float | None = None, detail: dict | None = None,
            cited: Entry | None = None, also: Callable[[Connection], None] | None = None) -> int:
    """The entry update (if any), its reviews row and its audit row, in one transaction; returns the version.

    Raises ConflictError if someone else changed the line since ``e`` was read. Retries only when a
    concurrent writer took the same audit sequence number (the whole transaction rolled back).
    """
    _require_access(store, user, e.case_id)
    key = audit.load_key()
    entries = EntryStore(store)
    shown = list(shown)
    text = e.text if text is None else text
    qhash = quote_hash(cited or e)
    for _ in range(20):
        try:
            with store.transaction() as conn:
                version = e.version
                if values is not None:
                    version = entries.update(conn, e.id, e.version, **values)
                if also is not None:
                    also(conn)
                conn.execute(insert(schema.reviews).values(
                    entry_id=e.id, action=action, user=user, role=role, at=now(), entry_text=text,
                    quote_hash=qhash, shown_citations=shown, open_seconds=open_seconds, comment=comment))
                audit.append(conn, e.case_id, user, action, {
                    "entry": e.public_id, "entry_id": e.id, "from": e.status, "to": target, "version": version,
                    "quote_hash": qhash, **({"comment": comment} if comment else {}), **(detail or {})}, key)
                return version
        except IntegrityError as exc:
            if "audit" not in str(exc.orig).lower():
                raise
    raise RuntimeError(f"could not record the {action} of {e.public_id} (too many concurrent writers); try again")


# --- views -------------------------------------------------------------------------------------


def record_view(store: Store, entry_id: int, citation_ids: Iterable[int], user: str, session_id: str,
                role: str | None = None) -> int:
    """Record that these cited sources were displayed to ``user`` in ``session_id``; returns how many."""
    role = authorise(store, user, "view", role)
    e = _reload(store, entry_id)
    _require_access(store, user, e.case_id)
    ids = list(dict.fromkeys(int(i) for i in citation_ids))
    own = {c.id for c in e.citations}
    foreign = [i for i in ids if i not in own]
    if foreign:
        raise ReviewRefused(f"source {foreign[0]} is not one of the sources cited by {e.public_id}")
    if not session_id:
        raise ReviewRefused("a review session is needed to record what was shown")
    if not ids:
        return 0
    key = audit.load_key()
    for _ in range(20):
        try:
            with store.transaction() as conn:
                at = now()
                conn.execute(insert(schema.views), [
                    {"entry_id": e.id, "citation_id": i, "user": user, "session_id": session_id, "at": at} for i in ids])
                audit.append(conn, e.case_id, user, "view", {
                    "entry": e.public_id, "entry_id": e.id, "citations": ids, "session": session_id, "role": role}, key)
                return len(ids)
        except IntegrityError as exc:
            if "audit" not in str(exc.orig).lower():
                raise
    raise RuntimeError("could not record the view (too many concurrent writers); try again")


def views(store: Store, entry_id: int, user: str, session_id: str) -> tuple[set[int], datetime | None]:
    """Citations shown to ``user`` for this entry in this session, and when the first was shown."""
    v = schema.views
    with store.engine.connect() as conn:
        rows = conn.execute(select(v.c.citation_id, v.c.at).where(
            v.c.entry_id == entry_id, v.c.user == user, v.c.session_id == session_id)).all()
    if not rows:
        return set(), None
    return {r.citation_id for r in rows}, _utc(min(r.at for r in rows))


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --- actions -----------------------------------------------------------------------------------


def verify(store: Store, entry: Entry | int, user: str, session_id: str, role: str | None = None) -> Entry:
    """Verify one line, if ``user`` has been shown every cited source in this session and no check fails."""
    role = authorise(store, user, "verify", role)
    e = _load(store, entry)
    target = _require_state(e, "verify")
    _require_current(store, e)
    if not e.citations:
        raise ReviewRefused(f"{e.public_id} cites no source, so it cannot be verified; reject it or add a citation")
    result = run_checks(store, e)
    if result.level == "fail":
        raise ReviewRefused(f"{e.public_id} cannot be verified while a check fails: "
                            + "; ".join(f.message for f in result.failures))
    shown, first = views(store, e.id, user, session_id)
    missing = [citation_label(c) for c in e.citations if c.id not in shown]
    if missing:
        verb = "has" if len(missing) == 1 else "have"
        raise ReviewRefused(f"show each cited source before verifying: {_and_list(missing)} {verb} not been shown")
    at = now()
    open_seconds = round(max((at - first).total_seconds(), 0.0), 3) if first else None
    _commit(store, e, user, role, "verify", target, open_seconds=open_seconds,
            shown=[c.id for c in e.citations],
            values={"status": target, "verified_by": user, "verified_at": at, "checks": result.to_json(),
                    "risk": result.risk},
            detail={"role": role, "session": session_id, "shown": [c.id for c in e.citations],
                    "open_seconds": open_seconds, "text": e.text,
                    "warnings_seen": [f.message for f in result.warnings]})
    return _reload(store, e.id)


def reject(store: Store, entry: Entry | int, user: str, reason: str, role: str | None = None) -> Entry:
    """Keep a line out of the chronology for good (until reopened); the reason is recorded."""
    role = authorise(store, user, "reject", role)
    e = _load(store, entry)
    target = _require_state(e, "reject")
    if not (reason or "").strip():
        raise ReviewRefused("say why the line is rejected; the reason is kept with it")
    _commit(store, e, user, role, "reject", target, comment=reason.strip(),
            values={"status": target, "verified_by": None, "verified_at": None}, detail={"role": role})
    return _reload(store, e.id)


_DATE_FORMS = {10: "day", 7: "month", 4: "year"}


def _normal_date(value: str) -> tuple[str, str]:
    """'2023-03-12' | '2023-03' | '2023' → (full ISO date, precision)."""
    value = value.strip()
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise ReviewRefused(f"write the date as YYYY-MM-DD (or YYYY-MM, or YYYY), not '{value}'")
    parts = [int(p) for p in value.split("-")]
    try:
        full = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise ReviewRefused(f"'{value}' is not a real date") from None
    return full.isoformat(), _DATE_FORMS[len(value)]


def edit(store: Store, entry: Entry | int, user: str, text: str | None = None, role: str | None = None, *,
         date: str | None = None, time: str | None = None, reason: str = "") -> tuple[Entry, CheckResult]:
    """Change a line's wording (or date, or time). It returns to unverified and is checked again.

    The drafted wording stays in ``entries.drafted_text``, so what the tool wrote and what a
    person changed can always be told apart.
    """
    role = authorise(store, user, "edit", role)
    e = _load(store, entry)
    target = _require_state(e, "edit")
    _require_current(store, e)
    changes: dict[str, object] = {}
    if text is not None:
        new_text = " ".join(text.split())
        if not new_text:
            raise ReviewRefused("the line cannot be empty; reject it instead")
        if new_text != e.text:
            changes["text"] = new_text
    if date is not None:
        full, precision = _normal_date(date)
        if (full, precision) != (e.date, e.precision):
            changes["date"], changes["precision"] = full, precision
            if e.date_end and full > e.date_end:
                changes["date_end"] = None
    if time is not None:
        clean = time.strip() or None
        if clean and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", clean):
            raise ReviewRefused(f"write the time as HH:MM (24-hour), not '{time}'")
        if clean != e.time:
            changes["time"] = clean
    if not changes:
        raise ReviewRefused(f"nothing changed in {e.public_id}")
    candidate = replace(e, **changes, edited=True)
    result = run_checks(store, candidate)
    before = {k: getattr(e, k) for k in changes}
    _commit(store, e, user, role, "edit", target, text=candidate.text, comment=reason.strip(),
            values={**changes, "edited": True, "status": target, "verified_by": None, "verified_at": None,
                    "checks": result.to_json(), "risk": result.risk},
            detail={"role": role, "changes": {k: [before[k], changes[k]] for k in changes},
                    "checks": result.level})
    return _reload(store, e.id), result


def add_citation(store: Store, entry: Entry | int, user: str, passage_id: int, role: str | None = None) -> Entry:
    """Cite one more passage for a line (e.g. another record of the same event found by search).

    The citation is the passage's exact span; the line returns to unverified because what a person
    verified no longer covers everything it cites, and is checked again.
    """
    role = authorise(store, user, "edit", role)
    e = _load(store, entry)
    target = _require_state(e, "edit")
    passage = store.passages_by_id([passage_id]).get(passage_id)
    doc = store.document(passage.document_id) if passage else None
    if passage is None or doc is None or doc.case_id != e.case_id:
        raise ReviewRefused(f"passage {passage_id} is not part of case {e.case_id}")
    if any(c.document_id == doc.id and c.page == passage.page_number and c.char_start == passage.char_start
           for c in e.citations):
        raise ReviewRefused(f"{doc.path} p.{passage.page_number} is already cited by {e.public_id}")
    c = schema.citations

    def insert_citation(conn: Connection) -> None:
        order = conn.execute(select(func.coalesce(func.max(c.c.ord), -1)).where(c.c.entry_id == e.id)).scalar_one()
        conn.execute(insert(c).values(
            entry_id=e.id, document_id=doc.id, passage_id=passage.id, page=passage.page_number,
            char_start=passage.char_start, char_end=passage.char_end, quote=passage.text, ord=order + 1))

    _commit(store, e, user, role, "edit", target, comment=f"added citation {doc.path} p.{passage.page_number}",
            values={"status": target, "verified_by": None, "verified_at": None}, also=insert_citation,
            detail={"role": role, "added_citation": {"document": doc.path, "page": passage.page_number,
                                                     "char_start": passage.char_start, "char_end": passage.char_end}})
    updated = _reload(store, e.id)
    save_checks(store, [(updated, run_checks(store, updated))])
    return _reload(store, e.id)


def comment(store: Store, entry: Entry | int, user: str, text: str, role: str | None = None) -> Review:
    """Add a note to a line at any time; the line itself does not change."""
    role = authorise(store, user, "comment", role)
    e = _load(store, entry)
    if not (text or "").strip():
        raise ReviewRefused("the comment is empty")
    _commit(store, e, user, role, "comment", TRANSITIONS["comment"][e.status], comment=text.strip(),
            detail={"role": role})
    return history(store, e.id)[-1]


def query(store: Store, entry: Entry | int, user: str, reason: str, role: str | None = None) -> Entry:
    """A legal reviewer sends a verified line back to unverified, saying why."""
    role = authorise(store, user, "query", role)
    e = _load(store, entry)
    target = _require_state(e, "query")
    if not (reason or "").strip():
        raise ReviewRefused("say what needs checking; the query is kept with the line")
    _commit(store, e, user, role, "query", target, comment=reason.strip(),
            values={"status": target, "verified_by": None, "verified_at": None}, detail={"role": role})
    return _reload(store, e.id)


def reopen(store: Store, entry: Entry | int, user: str, reason: str = "", role: str | None = None) -> Entry:
    """Bring a rejected line back for review."""
    role = authorise(store, user, "reopen", role)
    e = _load(store, entry)
    target = _require_state(e, "reopen")
    _commit(store, e, user, role, "reopen", target, comment=(reason or "").strip(),
            values={"status": target}, detail={"role": role})
    return _reload(store, e.id)


def invalidate(store: Store, entry: Entry, result: CheckResult) -> Entry:
    """A cited source changed: the line's verification no longer holds, so it goes back to unverified.

    Recorded as the system's action, with the reasons, in the reviews and the audit log.
    """
    e = entry
    reasons = "; ".join(f.message for f in result.failures) or "a cited source changed"
    for _ in range(5):
        if e.status != "verified":
            return e
        try:
            _commit(store, e, SYSTEM, SYSTEM, "invalidate", TRANSITIONS["invalidate"]["verified"],
                    comment=f"verification undone: {reasons}",
                    values={"status": "unverified", "verified_by": None, "verified_at": None,
                            "checks": result.to_json(), "risk": result.risk},
                    detail={"previously_verified_by": e.verified_by})
            return _reload(store, e.id)
        except ConflictError:
            e = _reload(store, e.id)
    return e


# --- reading the record ------------------------------------------------------------------------


def history(store: Store, entry_id: int) -> list[Review]:
    """Every review action on a line, oldest first."""
    r = schema.reviews
    with store.engine.connect() as conn:
        rows = conn.execute(select(r).where(r.c.entry_id == entry_id).order_by(r.c.id)).all()
    return [Review(entry_id=x.entry_id, action=x.action, user=x.user, role=x.role, at=_utc(x.at),
                   entry_text=x.entry_text, quote_hash=x.quote_hash, shown_citations=list(x.shown_citations or []),
                   open_seconds=x.open_seconds, comment=x.comment, id=x.id) for x in rows]


@dataclass
class FastVerification:
    entry_id: int
    public_id: str
    date: str | None
    text: str
    user: str
    role: str
    at: datetime
    open_seconds: float | None


def fast_verifications(store: Store, case_id: str, threshold_seconds: float | None = None) -> list[FastVerification]:
    """Verified lines whose verification took less than the threshold, quickest first, for a manager to spot-check."""
    if threshold_seconds is None:
        threshold_seconds = Settings.from_env().fast_verify_seconds
    r, e = schema.reviews, schema.entries
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(r.c.entry_id, r.c.user, r.c.role, r.c.at, r.c.open_seconds, r.c.id, e.c.date, e.c.text)
            .join(e, e.c.id == r.c.entry_id)
            .where(e.c.case_id == case_id, e.c.status == "verified", e.c.stale.is_(False), r.c.action == "verify")
            .order_by(r.c.id)).all()
    latest = {row.entry_id: row for row in rows}  # the verification that stands is the last one
    out = [FastVerification(row.entry_id, f"e-{row.entry_id:06d}", row.date, row.text, row.user, row.role,
                            _utc(row.at), row.open_seconds)
           for row in latest.values() if row.open_seconds is None or row.open_seconds < threshold_seconds]
    return sorted(out, key=lambda f: (f.open_seconds if f.open_seconds is not None else -1.0, f.entry_id))


def progress(store: Store, case_id: str) -> dict[str, int]:
    """Counts a manager watches: lines by state, lines failing a check, and quick verifications."""
    entries = EntryStore(store).list(case_id)
    counts = {s: 0 for s in ("verified", "unverified", "rejected")}
    for x in entries:
        counts[x.status] = counts.get(x.status, 0) + 1
    counts["failing"] = sum(1 for x in entries if x.status != "rejected" and any(c.get("level") == "fail" for c in x.checks))
    counts["fast"] = len(fast_verifications(store, case_id))
    counts["total"] = len(entries)
    return counts


# --- sign-off ----------------------------------------------------------------------------------


@dataclass
class SignOff:
    case_id: str
    user: str
    role: str
    at: datetime
    entries: int
    digest: str  # fingerprint of every included line's id, version, status, date and text
    audit_seq: int


def _digest(entries: list[Entry]) -> str:
    payload = [[x.id, x.version, x.status, x.date, x.time, x.text, quote_hash(x)] for x in entries]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()


def sign_off(store: Store, case_id: str, user: str, role: str | None = None) -> SignOff:
    """A manager signs the chronology off: allowed only when every line is verified and no check fails."""
    role = authorise(store, user, "sign_off", role)
    from verify.gate import gate  # the gate checks the case the same way the court export will

    result = gate(store, case_id)
    if not result.ok:
        shown = result.problems[:10]
        more = f" (and {len(result.problems) - 10} more)" if len(result.problems) > 10 else ""
        raise ReviewRefused("the chronology cannot be signed off yet: " + "; ".join(shown) + more)
    digest = _digest(result.included)
    fast = len(fast_verifications(store, case_id))
    seq = audit.record(store, case_id, user, "sign-off", {
        "role": role, "entries": len(result.included), "digest": digest, "fast_verifications": fast})
    return SignOff(case_id, user, role, now(), len(result.included), digest, seq)


def signed_off(store: Store, case_id: str) -> SignOff | None:
    """The latest sign-off, if the chronology is still exactly as it was signed (else None)."""
    rows = [r for r in audit.rows(store, case_id) if r["action"] == "sign-off"]
    if not rows:
        return None
    last = rows[-1]
    entries = [x for x in EntryStore(store).list(case_id) if x.status != "rejected"]
    if _digest(entries) != last["detail"].get("digest"):
        return None
    return SignOff(case_id, last["user"], last["detail"].get("role", ""), _utc(last["at"]),
                   int(last["detail"].get("entries", 0)), last["detail"]["digest"], last["seq"])
