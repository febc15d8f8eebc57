"""Verification progress for managers: per case and per worker, shared by the CLI and the review screen.

A manager needs to see where a chronology is stuck before a hearing: how many lines are verified,
rejected or still outstanding, how long lines wait between drafting and verification, the oldest
line nobody has verified yet, and which exports left the building (from the sealed audit log).
"""

from __future__ import annotations

import csv
import io
import statistics
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import select

from chronology import schema
from chronology.store import Store

__all__ = ["ExportRecord", "OldestLine", "CaseProgress", "WorkerProgress", "TeamReport", "team_report", "report_for",
           "csv_text", "write_csv"]


def _utc(at: datetime | None) -> datetime | None:
    if at is None:
        return None
    return at.replace(tzinfo=timezone.utc) if at.tzinfo is None else at.astimezone(timezone.utc)


def _median_hours(seconds: list[float]) -> float | None:
    return round(statistics.median(seconds) / 3600, 2) if seconds else None


@dataclass
class ExportRecord:
    case_id: str
    at: datetime
    user: str
    format: str
    draft: bool
    entries: int | None
    audit_seq: int


@dataclass
class OldestLine:
    entry: str  # e-000017
    date: str | None
    text: str
    waiting_since: datetime
    days_waiting: float


@dataclass
class CaseProgress:
    case_id: str
    title: str
    assigned: list[str]
    total: int = 0
    verified: int = 0
    rejected: int = 0
    outstanding: int = 0
    median_hours_to_verify: float | None = None
    oldest_unverified: OldestLine | None = None
    exports: list[ExportRecord] = field(default_factory=list)

    @property
    def percent_done(self) -> float:
        """Share of lines a person has decided on (verified or rejected)."""
        return round(100.0 * (self.verified + self.rejected) / self.total, 1) if self.total else 0.0


@dataclass
class WorkerProgress:
    user: str
    role: str
    team: str | None
    cases: list[str]
    verified: int = 0  # lines that stand verified on their word
    rejected: int = 0  # lines that stand rejected on their word
    outstanding: int = 0  # unverified lines in the cases assigned to them
    median_hours_to_verify: float | None = None


@dataclass
class TeamReport:
    generated_at: datetime
    team: str | None
    cases: list[CaseProgress]
    workers: list[WorkerProgress]

    def to_json(self) -> dict[str, Any]:
        def conv(v: Any) -> Any:
            if isinstance(v, datetime):
                return v.isoformat(timespec="seconds")
            if isinstance(v, dict):
                return {k: conv(x) for k, x in v.items()}
            if isinstance(v, list):
                return [conv(x) for x in v]
            return v

        return conv({"generated_at": self.generated_at, "team": self.team,
                     "cases": [{**asdict(c), "percent_done": c.percent_done} for c in self.cases],
                     "workers": [asdict(w) for w in self.workers]})


def _exports(store: Store, case_ids: list[str]) -> dict[str, list[ExportRecord]]:
    a = schema.audit
    out: dict[str, list[ExportRecord]] = {c: [] for c in case_ids}
    if not case_ids:
        return out
    with store.engine.connect() as conn:
        rows = conn.execute(select(a.c.case_id, a.c.seq, a.c.at, a.c.user, a.c.detail)
                            .where(a.c.case_id.in_(case_ids), a.c.action == "export").order_by(a.c.case_id, a.c.seq)).all()
    for r in rows:
        d = r.detail or {}
        counts = d.get("counts") or {}
        entries = d.get("entries", counts.get("entries") if isinstance(counts, dict) else None)
        out[r.case_id].append(ExportRecord(r.case_id, _utc(r.at), r.user, str(d.get("format", "")),
                                           bool(d.get("draft", False)),
                                           entries if isinstance(entries, int) else None, r.seq))
    return out


def team_report(store: Store, case_ids: Iterable[str] | None = None, team: str | None = None,
                now: datetime | None = None) -> TeamReport:
    """Progress of the given cases (default: all) and of the people working on them.

    ``team`` narrows the workers listed to that team and the cases to those assigned to its members.
    Who may see which cases is decided by the caller through ``verify.access.visible_cases``.
    """
    from verify.roles import list_users

    now = _utc(now) or datetime.now(timezone.utc)
    users = {u.name: u for u in list_users(store)}
    a, e, r = schema.assignments, schema.entries, schema.reviews
    with store.engine.connect() as conn:
        all_cases = {c.id: c.title for c in (conn.execute(select(schema.cases.c.id, schema.cases.c.title)))}
        assigned_rows = conn.execute(select(a.c.case_id, a.c.user)).all()
    wanted = sorted(all_cases) if case_ids is None else [c for c in case_ids if c in all_cases]
    assigned: dict[str, list[str]] = {c: [] for c in all_cases}
    for row in assigned_rows:
        assigned.setdefault(row.case_id, []).append(row.user)
    if team is not None:
        members = {n for n, u in users.items() if u.team == team}
        wanted = [c for c in wanted if members & set(assigned.get(c, []))]
    if not wanted:
        return TeamReport(now, team, [], [])

    with store.engine.connect() as conn:
        entries = conn.execute(select(e.c.id, e.c.case_id, e.c.status, e.c.date, e.c.text, e.c.created_at,
                                      e.c.updated_at, e.c.verified_by, e.c.verified_at)
                               .where(e.c.case_id.in_(wanted), e.c.stale.is_(False))).all()
        ids = [x.id for x in entries]
        decisions: dict[int, str] = {}  # entry id → who made the decision that currently stands
        for i in range(0, len(ids), 500):
            for row in conn.execute(select(r.c.entry_id, r.c.user, r.c.action).where(
                    r.c.entry_id.in_(ids[i:i + 500]), r.c.action.in_(["verify", "reject"])).order_by(r.c.id)):
                decisions[row.entry_id] = row.user
    exports = _exports(store, wanted)

    cases = {c: CaseProgress(c, all_cases[c], sorted(assigned.get(c, [])), exports=exports[c]) for c in wanted}
    waits: dict[str, list[float]] = {c: [] for c in wanted}
    worker_waits: dict[str, list[float]] = {}
    verified_by: dict[str, int] = {}
    rejected_by: dict[str, int] = {}
    outstanding_in: dict[str, int] = {c: 0 for c in wanted}
    for x in sorted(entries, key=lambda x: x.id):
        cp = cases[x.case_id]
        cp.total += 1
        if x.status == "verified":
            cp.verified += 1
            who = x.verified_by or decisions.get(x.id, "")
            verified_by[who] = verified_by.get(who, 0) + 1
            if x.verified_at is not None:
                wait = max((_utc(x.verified_at) - _utc(x.created_at)).total_seconds(), 0.0)
                waits[x.case_id].append(wait)
                worker_waits.setdefault(who, []).append(wait)
        elif x.status == "rejected":
            cp.rejected += 1
            who = decisions.get(x.id, "")
            rejected_by[who] = rejected_by.get(who, 0) + 1
        else:
            cp.outstanding += 1
            outstanding_in[x.case_id] += 1
            since = _utc(x.created_at)
            if cp.oldest_unverified is None or since < cp.oldest_unverified.waiting_since:
                cp.oldest_unverified = OldestLine(f"e-{x.id:06d}", x.date, x.text, since,
                                                  round((now - since).total_seconds() / 86400, 1))
    for c in wanted:
        cases[c].median_hours_to_verify = _median_hours(waits[c])

    names = set(verified_by) | set(rejected_by) | {u for c in wanted for u in assigned.get(c, [])}
    names.discard("")
    if team is not None:
        names = {n for n in names if n in users and users[n].team == team}
    workers = []
    for name in sorted(names):
        u = users.get(name)
        mine = [c for c in wanted if name in assigned.get(c, [])]
        workers.append(WorkerProgress(
            name, u.role if u else "", u.team if u else None, mine, verified_by.get(name, 0), rejected_by.get(name, 0),
            sum(outstanding_in[c] for c in mine), _median_hours(worker_waits.get(name, []))))
    return TeamReport(now, team, [cases[c] for c in wanted], workers)


def report_for(store: Store, by: str | None, case_id: str | None = None, team: str | None = None) -> TeamReport:
    """The report ``by`` may see, for the CLI and the manager's screen alike.

    Only the cases ``verify.access`` lets them open (or the one case asked for, if they may open
    it); a manager's report is about their own team unless another team is named.
    Raises ``PermissionDenied`` when the case is not theirs.
    """
    from verify.access import require_case_access, visible_cases
    from verify.roles import MANAGER, get_user

    if case_id is not None:
        require_case_access(store, by, case_id)
        ids = [case_id]
    else:
        ids = [c.id for c in visible_cases(store, by)]
    if team is None and by:
        me = get_user(store, by)
        if me is not None and me.role == MANAGER and me.team:
            team = me.team
    return team_report(store, ids, team=team)


CSV_FIELDS = ["kind", "name", "team", "assigned", "total", "verified", "rejected", "outstanding",
              "median_hours_to_verify", "oldest_unverified", "oldest_unverified_days", "exports", "last_export"]


def csv_text(report: TeamReport) -> str:
    """One row per case and per worker (column ``kind``), for a spreadsheet."""
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    w.writeheader()
    for c in report.cases:
        last = c.exports[-1] if c.exports else None
        w.writerow({"kind": "case", "name": c.case_id, "team": report.team or "", "assigned": " ".join(c.assigned),
                    "total": c.total, "verified": c.verified, "rejected": c.rejected, "outstanding": c.outstanding,
                    "median_hours_to_verify": "" if c.median_hours_to_verify is None else c.median_hours_to_verify,
                    "oldest_unverified": c.oldest_unverified.entry if c.oldest_unverified else "",
                    "oldest_unverified_days": c.oldest_unverified.days_waiting if c.oldest_unverified else "",
                    "exports": len(c.exports),
                    "last_export": f"{last.at.isoformat(timespec='seconds')} {last.format} by {last.user}" if last else ""})
    for wk in report.workers:
        w.writerow({"kind": "worker", "name": wk.user, "team": wk.team or "", "assigned": " ".join(wk.cases),
                    "total": "", "verified": wk.verified, "rejected": wk.rejected, "outstanding": wk.outstanding,
                    "median_hours_to_verify": "" if wk.median_hours_to_verify is None else wk.median_hours_to_verify,
                    "oldest_unverified": "", "oldest_unverified_days": "", "exports": "", "last_export": ""})
    return out.getvalue()


def write_csv(report: TeamReport, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(csv_text(report), encoding="utf-8", newline="")
    return path
