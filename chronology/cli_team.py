"""Team commands: assign cases to people, list the cases you may open, the manager's report, and moving a
case to the team's shared store.

Registered on the main ``chronology`` app by ``register(app)``. Once users are registered, every
command names the person acting (``--by``) and shows only the cases they may open.

Exit codes: 0 done; 1 refused or the copy failed its checks (the message says why); 2 bad usage.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

CaseReq = Annotated[str, typer.Option("--case", "-c", help="Case name (an identifier such as 're-s').")]
ByOpt = Annotated[Optional[str], typer.Option("--by", help="Your name (needed once users are registered).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]


def _workspace():
    from chronology.workspace import Workspace

    return Workspace()


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _refused(exc: Exception) -> None:
    _err(str(exc))
    raise typer.Exit(1)


def assign(case: CaseReq, user: Annotated[str, typer.Option("--user", help="The person to give the case to.")],
           by: Annotated[str, typer.Option("--by", help="Your name (an admin, or the manager of the user's team).")]) -> None:
    """Give a registered user access to a case (recorded in the case's audit log)."""
    from verify.access import assign as do_assign
    from verify.roles import PermissionDenied

    ws = _workspace()
    try:
        a = do_assign(ws.store, case, user, by)
    except PermissionDenied as exc:
        _refused(exc)
    typer.echo(f"{a.user} is assigned to case '{a.case_id}' (by {a.assigned_by}).")


def unassign(case: CaseReq, user: Annotated[str, typer.Option("--user", help="The person to take the case from.")],
             by: Annotated[str, typer.Option("--by", help="Your name (an admin, or the user's team manager).")]) -> None:
    """Take a case away from a user."""
    from verify.access import unassign as do_unassign
    from verify.roles import PermissionDenied

    ws = _workspace()
    try:
        gone = do_unassign(ws.store, case, user, by)
    except PermissionDenied as exc:
        _refused(exc)
    typer.echo(f"{user} no longer has case '{case}'." if gone else f"{user} was not assigned to case '{case}'.")


def cases(by: ByOpt = None, as_json: JsonOpt = False) -> None:
    """List the cases you may open."""
    from verify.access import visible_cases
    from verify.roles import PermissionDenied

    ws = _workspace()
    try:
        found = visible_cases(ws.store, by)
    except PermissionDenied as exc:
        _refused(exc)
    if as_json:
        typer.echo(json.dumps([{"case": c.id, "title": c.title} for c in found], indent=2))
        return
    if not found:
        typer.echo("No cases are assigned to you yet; ask your manager or an admin.")
    for c in found:
        typer.echo(f"{c.id}\t{c.title}")


def report(
    team: Annotated[bool, typer.Option("--team", help="Every case you may see, with per-worker figures.")] = False,
    case: Annotated[Optional[str], typer.Option("--case", "-c", help="Just this case.")] = None,
    team_name: Annotated[Optional[str], typer.Option("--team-name", help="Only this team's people and cases.")] = None,
    csv_file: Annotated[Optional[Path], typer.Option("--csv", help="Also write the figures to this CSV file.")] = None,
    by: ByOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Verification progress per case and per worker: verified, rejected, outstanding, time to verify, exports."""
    from chronology.report import report_for, write_csv
    from verify.roles import PermissionDenied

    if not team and not case:
        _err("say which report: --team for every case you may see, or --case NAME for one case")
        raise typer.Exit(2)
    ws = _workspace()
    if case and ws.store.get_case(case) is None:
        _err(f"No case named '{case}'.")
        raise typer.Exit(2)
    try:
        rep = report_for(ws.store, by, case_id=case, team=team_name)
    except PermissionDenied as exc:
        _refused(exc)
    team_name = rep.team
    if csv_file:
        write_csv(rep, csv_file)
    if as_json:
        typer.echo(json.dumps(rep.to_json(), indent=2, ensure_ascii=False))
        return
    typer.echo(f"Verification progress{f' — team {team_name}' if team_name else ''} "
               f"({rep.generated_at:%d %B %Y %H:%M} UTC)")
    if not rep.cases:
        typer.echo("No cases to report.")
    for c in rep.cases:
        med = f"{c.median_hours_to_verify} h" if c.median_hours_to_verify is not None else "–"
        typer.echo(f"\n{c.case_id}: {c.verified} verified, {c.rejected} rejected, {c.outstanding} outstanding "
                   f"of {c.total} ({c.percent_done}% decided); median draft→verified {med}; "
                   f"assigned: {', '.join(c.assigned) or 'nobody'}")
        if c.oldest_unverified:
            o = c.oldest_unverified
            typer.echo(f"  oldest unverified: {o.entry} ({o.date or 'undated'}), waiting {o.days_waiting} day(s)")
        for x in c.exports:
            kind = "draft" if x.draft else "court"
            typer.echo(f"  export {x.at:%Y-%m-%d %H:%M} {x.format} ({kind}, {x.entries} lines) by {x.user}")
    if rep.workers:
        typer.echo("\nPeople:")
        for w in rep.workers:
            med = f"{w.median_hours_to_verify} h" if w.median_hours_to_verify is not None else "–"
            typer.echo(f"  {w.user} ({w.role or 'unregistered'}{', ' + w.team if w.team else ''}): {w.verified} verified, "
                       f"{w.rejected} rejected, {w.outstanding} outstanding in {len(w.cases)} case(s); median {med}")
    if csv_file:
        typer.echo(f"\nWrote {csv_file}")


def move(case: CaseReq,
         to_db: Annotated[str, typer.Option("--to", "--to-db", help="Target database URL, e.g. postgresql+psycopg://…")],
         to_chroma: Annotated[Optional[str], typer.Option(
             "--to-chroma", help="Target Chroma server URL (default: the configured Chroma).")] = None,
         by: ByOpt = None) -> None:
    """Copy a case, verbatim, to another store and check the copy (rows, vectors, audit chain)."""
    from chronology.move import MoveRefused, move_case
    from verify.roles import ADMIN, PermissionDenied, list_users, role_of

    ws = _workspace()
    try:
        if list_users(ws.store) and role_of(ws.store, by or "") != ADMIN:
            raise PermissionDenied(f"only an admin can move a case to another store; {by} is not one")
        rep = move_case(ws.store, ws.settings, case, to_db, to_chroma, by=by)
    except (PermissionDenied, MoveRefused) as exc:
        _refused(exc)
    for table, (a, b) in rep.counts.items():
        typer.echo(f"{table:12} {a:>7} → {b:>7}")
    typer.echo(f"vectors copied: {rep.vectors_copied}; audit rows: {rep.audit_rows}")
    if rep.users_copied:
        typer.echo(f"users registered on the target: {', '.join(rep.users_copied)}")
    if rep.users_known:
        typer.echo(f"users the target already knew (their role and team there are kept): {', '.join(rep.users_known)}")
    if not rep.ok:
        _err("The copy is NOT whole; keep using the source store: " + "; ".join(rep.problems()))
        raise typer.Exit(1)
    typer.echo(f"Case '{case}' copied and checked: every row, every vector, and the audit chain verifies. "
               "The source still holds it; remove it there once the team store is in use.")


def register(app: typer.Typer) -> None:
    app.command()(assign)
    app.command()(unassign)
    app.command()(cases)
    app.command()(report)
    app.command()(move)
