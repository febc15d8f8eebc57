"""The export gate: nothing reaches court unverified.

Every export asks the gate first. The gate re-runs the automatic checks (so a source that changed
since review is caught, and its lines unverified), then lists in plain words every line that is
unverified or fails a check. A court export is refused while that list is not empty; a draft
export is always allowed but carries the same list, so the draft says what is still unchecked.
Rejected lines and lines dropped from the latest draft (stale) are never included.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from chronology import schema
from chronology.entries import EntryStore
from chronology.models import Entry
from chronology.store import Store
from verify import audit
from verify.checks import CheckResult, check_case, plain_date


@dataclass
class GateResult:
    ok: bool
    problems: list[str]
    included: list[Entry]
    draft: bool = False
    excluded: list[Entry] = field(default_factory=list)  # rejected or stale lines that were asked for
    results: dict[int, CheckResult] = field(default_factory=dict)  # entry id → fresh check result
    unverified: list[Entry] = field(default_factory=list)
    failing: list[Entry] = field(default_factory=list)
    audit_head: tuple[int, str] = (0, audit.GENESIS)  # (rows, seal) to write into the export


def describe(entry: Entry) -> str:
    """'e-000017 (12 March 2023)': how a problem names a line."""
    return f"{entry.public_id} ({plain_date(entry.date, entry.precision)})"


def _stale_ids(store: Store, case_id: str) -> set[int]:
    e = schema.entries
    with store.engine.connect() as conn:
        return set(conn.execute(select(e.c.id).where(e.c.case_id == case_id, e.c.stale.is_(True))).scalars())


def gate(store: Store, case_id: str, entries: list[Entry] | None = None, draft: bool = False) -> GateResult:
    """May these lines (default: the whole current chronology) go out? ``draft=True`` is always allowed."""
    pairs = check_case(store, case_id)
    current = {e.id: (e, r) for e, r in pairs}
    wanted = [e.id for e, _ in pairs] if entries is None else list(dict.fromkeys(x.id for x in entries))
    stale = _stale_ids(store, case_id)
    result = GateResult(ok=False, problems=[], included=[], draft=draft)
    for entry_id in wanted:
        if entry_id not in current:
            _not_current(store, case_id, entry_id, stale, result)
            continue
        e, r = current[entry_id]
        result.results[e.id] = r
        if e.status == "rejected":
            result.excluded.append(e)
            continue
        result.included.append(e)
        if e.status != "verified":
            result.unverified.append(e)
            result.problems.append(f"{describe(e)} is unverified")
        if r.level == "fail":
            result.failing.append(e)
            result.problems.append(f"{describe(e)} fails a check: " + "; ".join(f.message for f in r.failures))
    if not result.included:
        result.problems.append("there are no lines to export")
    chain = audit.check(store, case_id)
    if not chain.ok:
        result.problems.append(f"the audit log fails its check ({chain.reason}); the record of review cannot be trusted")
    result.audit_head = audit.head(store, case_id)
    result.ok = draft or not result.problems
    return result


def _not_current(store: Store, case_id: str, entry_id: int | None, stale: set[int], result: GateResult) -> None:
    """A requested line that is not in the current chronology: stale lines are left out, others reported."""
    found = EntryStore(store).get(entry_id) if entry_id is not None else None
    if found is None:
        result.problems.append(f"e-{entry_id or 0:06d} no longer exists")
    elif found.case_id != case_id:
        result.problems.append(f"{found.public_id} belongs to case '{found.case_id}', not '{case_id}'")
    elif entry_id in stale:
        result.excluded.append(found)
