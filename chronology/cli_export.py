"""``chronology export`` and ``chronology bundle``: court-ready files and PD27A bundle pagination.

Kept out of ``cli.py`` so the export commands have one owner; ``register(app)`` adds them.
Exit codes as everywhere: 0 written; 1 refused by the gate (the user must verify lines or ask for
a marked draft); 2 bad usage (unknown case, format, date or file).
"""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path
from typing import Annotated, Optional

import typer

CaseOpt = Annotated[str, typer.Option("--case", "-c", help="Case name (an identifier such as 're-s').")]


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _workspace_with_case(case: str):
    from chronology.workspace import Workspace

    ws = Workspace()
    if ws.store.get_case(case) is None:
        known = ", ".join(c.id for c in ws.store.list_cases()) or "none yet"
        _err(f"No case named '{case}' (cases: {known}). Ingest a folder first: chronology ingest PATH --case {case}")
        raise typer.Exit(2)
    return ws


def default_user() -> str:
    """Who is exporting: ``CHRONOLOGY_USER`` if set (a team service sets it per person), else the login name."""
    try:
        return os.environ.get("CHRONOLOGY_USER") or getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def export(
    case: CaseOpt,
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write (its folder must exist).")],
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="docx, pdf, csv or json (default: from --out's extension).")] = None,
    draft: Annotated[bool, typer.Option("--draft", help="Export a working copy marked DRAFT on every page, unverified lines included.")] = False,
    date_from: Annotated[Optional[str], typer.Option("--from", help="Only lines dated on or after this day (YYYY-MM-DD).")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Only lines dated on or before this day (YYYY-MM-DD).")] = None,
    person: Annotated[Optional[str], typer.Option("--person", help="Only lines whose text or quotes name this person (whole word, any case).")] = None,
    source_kind: Annotated[Optional[str], typer.Option("--source-kind", help="Only lines from this kind of source: police, health, school, social care, court.")] = None,
    user: Annotated[Optional[str], typer.Option("--user", "--by", help="Author named on the export and in the audit log (default: $CHRONOLOGY_USER or your login); once users are registered, a registered person who may open the case.")] = None,
    court: Annotated[Optional[str], typer.Option("--court", help="Court named in the header block (default: The Family Court).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")] = False,
) -> None:
    """Write the chronology as DOCX, PDF, CSV or JSON, ending with a statement of how it was made.

    A court export is refused until every line passes the checks and is verified by a person;
    --draft writes a copy marked DRAFT that lists what is still unverified.
    """
    from chronology.export import FORMATS, ExportError, ExportNotAllowed, ExportRefused, export_case

    chosen = (fmt or out.suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        _err(f"--format must be one of {', '.join(FORMATS)}" + (f", not '{fmt}'" if fmt else
             f" (it cannot be told from '{out.name}')"))
        raise typer.Exit(2)
    ws = _workspace_with_case(case)
    try:
        result = export_case(ws.store, case, chosen, out, draft=draft, date_from=date_from, date_to=date_to,
                             person=person, source_kind=source_kind, user=user or default_user(), court=court)
    except ExportNotAllowed as exc:
        _err(f"{exc} (name yourself with --user NAME)")
        raise typer.Exit(1)
    except ExportError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    except ExportRefused as refused:
        if as_json:
            typer.echo(json.dumps({"ok": False, "problems": refused.problems}, indent=2))
        _err(f"Export refused: the chronology of '{case}' is not ready for court.")
        for problem in refused.problems:
            _err(f"  - {problem}")
        _err("Verify or reject these lines first, or use --draft to export a marked draft.")
        raise typer.Exit(1)
    if as_json:
        typer.echo(json.dumps({"ok": True, "path": str(result.path), "draft": result.draft, "sha256": result.sha256,
                               "counts": result.counts, "problems": result.problems, "warnings": result.warnings,
                               "audit_seq": result.audit_seq,
                               "head": str(result.head) if result.head else None}, indent=2))
        return
    for warning in result.warnings:
        _err(f"warning: {warning}")
    if result.draft and result.problems and not quiet:
        _err(f"{len(result.problems)} problem(s) before this could go to court; the draft lists them at the end.")
    if not quiet:
        c = result.counts
        kind = "DRAFT" if result.draft else "Court"
        typer.echo(f"{kind} export written: {result.path} ({c['entries']} lines: {c['verified']} verified, "
                   f"{c['unverified']} unverified; {c['rejected']} rejected left out).")
        typer.echo(f"SHA-256 {result.sha256}, recorded in the audit log as row {result.audit_seq}.")
        if result.head:
            typer.echo(f"Audit head including that row: {result.head} (keep it with the export; "
                       "chronology audit --check --against uses it).")


def bundle(
    case: CaseOpt,
    mapping: Annotated[Optional[Path], typer.Option("--mapping", help="YAML (path: section) or CSV (path,section[,order]) overriding the rules.")] = None,
    show: Annotated[bool, typer.Option("--show", help="Print the current mapping without changing it.")] = False,
    write: Annotated[Optional[Path], typer.Option("--write", help="Write the mapping as YAML to edit and re-apply with --mapping.")] = None,
    reset: Annotated[bool, typer.Option("--reset", help="Forget earlier overrides and use the rules again.")] = False,
    user: Annotated[Optional[str], typer.Option("--user", help="Who is paginating (for the audit log).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the mapping as JSON.")] = False,
) -> None:
    """Paginate the case's documents as a court bundle (PD27A): section letters A–I and pages (C1, C2 …).

    Exports then cite bundle pages such as [G12]. Sections: A preliminaries, B applications and
    orders, C statements, D care plans and assessments, E experts' reports, F other reports,
    G other documents (police, health, school, case records), H–I as directed.
    """
    from chronology.export import bundle as b
    from verify.audit import record

    ws = _workspace_with_case(case)
    change = mapping is not None or reset or not (show or write)
    if write is not None and not b.load(ws.store, case):
        change = True
    if change:
        try:
            overrides = b.read_mapping(mapping) if mapping is not None else None
            items = b.assign(ws.store, case, overrides, reset=reset)
        except b.BundleError as exc:
            _err(str(exc))
            raise typer.Exit(2)
        record(ws.store, case, user or default_user(), "bundle", {
            "documents": len(items), "overrides": sum(i.by == "mapping" for i in items),
            "mapping_file": str(mapping) if mapping else None, "reset": reset})
    items = b.current_items(ws.store, case)
    if write is not None:
        try:
            write.write_text(b.to_yaml(items), encoding="utf-8")
        except OSError as exc:
            _err(f"{write}: cannot be written ({exc.strerror or exc})")
            raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps({i.path: i.to_json() for i in items}, indent=2))
        return
    if change:
        sections = sorted({i.section for i in items})
        typer.echo(f"Case {case}: {len(items)} documents paginated in sections {', '.join(sections) or 'none'}.")
    if show or change:
        typer.echo(b.table(items))
    stale = b.stale_paths(ws.store, case)
    if stale and not change:
        _err("These documents changed since pagination (re-run chronology bundle): " + ", ".join(stale))
    if write is not None:
        typer.echo(f"Mapping written to {write}; edit it and apply with --mapping {write}")


def register(app: typer.Typer) -> None:
    app.command("export")(export)
    app.command("bundle")(bundle)
