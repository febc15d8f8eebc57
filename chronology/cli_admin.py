"""Administrative commands: ``check`` (an fsck of a case), ``retention``, ``purge`` and ``delete``.

Exit codes as elsewhere: 0 done; 1 the user must act (problems remain); 2 bad usage (unknown case, bad date).
"""

from __future__ import annotations

import json
from typing import Annotated, Optional

import typer

CaseReq = Annotated[str, typer.Option("--case", "-c", help="Case name (an identifier such as 're-s').")]
OptCase = Annotated[Optional[str], typer.Option("--case", "-c", help="Case name (an identifier such as 're-s').")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
ByOpt = Annotated[Optional[str], typer.Option("--by", help="Who is doing this (recorded in the audit log; "
                                                           "default $CHRONOLOGY_USER or your login).")]


def _workspace():
    from chronology.workspace import Workspace

    return Workspace()


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _by(by: str | None) -> str:
    from chronology.cli_export import default_user

    return (by or "").strip() or default_user()


def check_cmd(case: CaseReq,
              repair: Annotated[bool, typer.Option("--repair", help="Fix what can be fixed: re-embed missing vectors, "
                                                   "drop orphan vectors, remove incomplete documents.")] = False,
              as_json: JsonOpt = False) -> None:
    """Cross-check a case's database, search vectors, source files and audit log (exit 1 if problems remain)."""
    from chronology.fsck import check_case

    ws = _workspace()
    if ws.store.get_case(case) is None:
        _err(f"No case named '{case}'.")
        raise typer.Exit(2)
    report = check_case(ws.store, ws.index, case, repair=repair)
    if as_json:
        typer.echo(json.dumps(report.to_json(), indent=2))
    else:
        c = report.counted
        typer.echo(f"Case {case}: checked {c.get('documents', 0)} documents, {c.get('passages', 0)} passages, "
                   f"{c.get('citations', 0)} citations, {c.get('vectors', 0)} vectors, {c.get('audit_rows', 0)} audit rows.")
        for p in report.problems:
            mark = "repaired" if p.repaired else ("problem (repairable with --repair)" if p.repairable else "problem")
            typer.echo(f"  {mark}: {p.message}")
        for w in report.warnings:
            typer.echo(f"  warning: {w.message}")
        if report.ok:
            typer.echo("No problems remain." if report.problems else "No problems found.")
        else:
            _err(f"{len(report.remaining)} problem(s) remain.")
    if not report.ok:
        raise typer.Exit(1)


def retention_cmd(case: CaseReq,
                  until: Annotated[str, typer.Option("--until", help="Keep the case until this day (YYYY-MM-DD).")],
                  by: ByOpt = None) -> None:
    """Set how long a case is kept; after that day `chronology purge --expired` removes it."""
    from chronology.retention import RetentionError, set_retention

    ws = _workspace()
    try:
        day = set_retention(ws.store, case, until, _by(by))
    except RetentionError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    typer.echo(f"Case {case} is kept until {day.isoformat()}.")


def _purge(ws, case: str, by: str, reason: str) -> None:
    from chronology.retention import purge_case

    result = purge_case(ws.store, ws.index, ws.settings.home, case, by, reason)
    r = result.removed
    typer.echo(f"Case {case} purged: {r.get('documents', 0)} documents, {r.get('pages', 0)} pages, "
               f"{r.get('passages', 0)} passages, {r.get('entries', 0)} entries, {r.get('citations', 0)} citations, "
               f"{r.get('reviews', 0)} reviews, {r.get('audit', 0)} audit rows, search vectors"
               f"{'' if result.collection else ' (none)'}, {result.images} page image(s) removed."
               + (f" One audit row (row {result.audit_seq}) records the purge." if result.audit_seq else ""))


def purge_cmd(case: OptCase = None,
              expired: Annotated[bool, typer.Option("--expired", help="Purge every case whose retention date has passed "
                                                    "(with --case: only that case, and only if expired).")] = False,
              by: ByOpt = None,
              reason: Annotated[str, typer.Option("--reason", help="Why (kept in the purge's audit row).")] = "") -> None:
    """Remove a case from every store (documents, vectors, entries, reviews, page images); one audit row remains."""
    from chronology.retention import expired_cases

    ws = _workspace()
    if case is None and not expired:
        _err("Say which case: --case NAME, or --expired for every case past its retention date.")
        raise typer.Exit(2)
    if expired:
        due = expired_cases(ws.store)
        targets = [c for c in due if case is None or c == case]
        if case is not None and not targets:
            known = ws.store.get_case(case)
            _err(f"Case {case} is not past its retention date ({known.retention_until if known else 'no such case'});"
                 " nothing purged.")
            raise typer.Exit(1 if known else 2)
        if not targets:
            typer.echo("No case is past its retention date.")
            return
        for c in targets:
            _purge(ws, c, _by(by), reason or "retention period ended")
        return
    if ws.store.get_case(case) is None and not ws.index.has_case(case):
        _err(f"No case named '{case}' (nothing to purge).")
        raise typer.Exit(2)
    _purge(ws, case, _by(by), reason or "purge requested")


def delete_cmd(case: CaseReq, by: ByOpt = None,
               reason: Annotated[str, typer.Option("--reason", help="Why (kept in the audit row).")] = "right to erasure") -> None:
    """Erase a case everywhere (right to erasure): the same operation as `purge --case`."""
    purge_cmd(case=case, expired=False, by=by, reason=reason)


def register(app: typer.Typer) -> None:
    app.command("check")(check_cmd)
    app.command("retention")(retention_cmd)
    app.command("purge")(purge_cmd)
    app.command("delete")(delete_cmd)
