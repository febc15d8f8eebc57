"""The ``chronology`` command line. Heavy libraries are imported inside commands so ``--help`` is instant.

Exit codes: 0 done; 1 the user must act (a file failed, a check failed, an export was refused);
2 bad usage (unknown case, bad option).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(
    name="chronology",
    help="Draft court-ready chronologies from a case folder, every line cited to its source and verified by a person.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

CaseOpt = Annotated[str, typer.Option("--case", "-c", help="Case name (an identifier such as 're-s').")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
ByOpt = Annotated[Optional[str], typer.Option("--by", help="Your name (needed once users are registered).")]


def _workspace():
    from chronology.workspace import Workspace

    return Workspace()


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _require_case(ws, case: str, by: str | None = None) -> None:
    """The case must exist, and once users are registered ``by`` must be someone who may open it."""
    from verify.access import require_case_access, visible_cases
    from verify.roles import PermissionDenied

    if ws.store.get_case(case) is None:
        try:
            known = ", ".join(c.id for c in visible_cases(ws.store, by)) or "none yet"
        except PermissionDenied:
            known = "name yourself with --by to see them"
        _err(f"No case named '{case}' (cases: {known}). Ingest a folder first: chronology ingest PATH --case {case}")
        raise typer.Exit(2)
    try:
        require_case_access(ws.store, by, case)
    except PermissionDenied as exc:
        _err(str(exc))
        raise typer.Exit(1)


def _require_build(ws, case: str, by: str | None, doing: str) -> bool:
    """Refuse (exit 1) unless ``by`` may read files into or draft ``case``; True when the case is new."""
    from verify.access import require_build_access
    from verify.roles import PermissionDenied

    try:
        return require_build_access(ws.store, by, case)
    except PermissionDenied as exc:
        _err(f"Not {doing}: {exc}")
        raise typer.Exit(1)


@app.command()
def ingest(
    path: Annotated[Path, typer.Argument(help="A case folder (read recursively) or a single file.")],
    case: CaseOpt,
    no_llm: Annotated[bool, typer.Option("--no-llm", help="Never send these documents to a language model.")] = False,
    quiet: QuietOpt = False,
    as_json: JsonOpt = False,
    by: ByOpt = None,
) -> None:
    """Read PDF, DOCX, TXT and EML files into a case: pages, cited passages and search vectors."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from verify.access import claim_case
    from verify.audit import record
    from ingest.pipeline import Ingestor, discover

    ws = _workspace()
    if not path.exists() and not path.is_symlink():
        _err(f"{path}: no such file or folder")
        raise typer.Exit(2)
    new_case = _require_build(ws, case, by, "ingested")
    _, files, _ = discover(path)
    ingestor = Ingestor(ws.store, ws.index, ws.settings.limits, ws.settings.day_first)
    show = sys.stderr.isatty() and not quiet and not as_json
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[pages]} pages"), TimeElapsedColumn(),
                  disable=not show, transient=True) as bar:
        task = bar.add_task("Ingesting", total=len(files), pages=0)
        pages_seen = 0

        def tick(rel: str, pages: int, _passages: int) -> None:
            nonlocal pages_seen
            pages_seen += pages
            bar.update(task, advance=1, pages=pages_seen, description=f"Ingesting {rel[-40:]}")

        report = ingestor.ingest(path, case, no_llm=no_llm, progress=tick)
    if new_case and by and ws.store.get_case(case) is not None:
        claim_case(ws.store, case, by)  # whoever starts a case on a team store is assigned to it
    record(ws.store, case, by or "system", "ingest", {
        "path": str(path), "added": report.count("added"), "replaced": report.count("replaced"),
        "unchanged": report.count("unchanged"), "failed": [o.path for o in report.failed]})
    if as_json:
        typer.echo(json.dumps({"case": case, "recovered": report.recovered,
                               "files": [o.__dict__ for o in report.outcomes]}, indent=2))
    else:
        for rel in report.recovered:
            _err(f"{rel}: an earlier ingest was interrupted; it has been redone")
        for o in report.outcomes:
            if o.action == "failed":
                _err(f"{o.path}: {o.message}")
            elif o.action == "skipped" and not quiet:
                _err(f"{o.path}: {o.message}")
            elif not quiet:
                if o.action == "replaced":
                    typer.echo(f"{o.path}: {o.message}")
                for w in o.warnings:
                    _err(f"{o.path}: warning: {w}")
        if not quiet:
            typer.echo(f"Case {case}: {report.count('added')} added, {report.count('replaced')} replaced, "
                       f"{report.count('unchanged')} unchanged, {report.count('skipped')} skipped, "
                       f"{len(report.failed)} failed.")
    if report.failed:
        raise typer.Exit(1)


@app.command()
def status(case: CaseOpt, as_json: JsonOpt = False, by: ByOpt = None) -> None:
    """Documents, pages, passages and warnings for a case (and, once drafted, review progress)."""
    ws = _workspace()
    _require_case(ws, case, by)
    counts = ws.store.counts(case)
    docs = ws.store.documents(case)
    from chronology.entries import EntryStore

    progress = EntryStore(ws.store).progress(case)
    if as_json:
        typer.echo(json.dumps({"case": case, **counts, "entries": progress, "documents": [
            {"path": d.path, "kind": d.kind, "source_kind": d.source_kind, "pages": d.page_count,
             "status": d.status, "no_llm": d.no_llm, "anchor_date": d.anchor_date.isoformat() if d.anchor_date else None,
             "warnings": d.warnings} for d in docs]}, indent=2))
        return
    typer.echo(f"Case {case}: {counts['documents']} documents, {counts['pages']} pages, {counts['passages']} passages")
    if any(progress.values()):
        typer.echo("Entries: " + ", ".join(f"{v} {k}" for k, v in progress.items()))
    for d in docs:
        flag = "" if d.status == "ok" else f" [{d.status}]"
        extra = " [no-llm]" if d.no_llm else ""
        typer.echo(f"  {d.path}: {d.kind}, {d.source_kind}, {d.page_count} pages{flag}{extra}")
        for w in d.warnings:
            typer.echo(f"    warning: {w}")


@app.command()
def search(
    case: CaseOpt,
    query: Annotated[str, typer.Argument(help="What to look for, in plain words.")],
    k: Annotated[int, typer.Option("--k", "-k", help="How many passages to show.")] = 5,
    as_json: JsonOpt = False,
    by: ByOpt = None,
) -> None:
    """The passages of a case closest in meaning to QUERY, with document and page."""
    ws = _workspace()
    _require_case(ws, case, by)
    hits = ws.index.search(case, query, k=k)
    passages = ws.store.passages_by_id(h.passage_id for h in hits)
    docs = {d.id: d for d in ws.store.documents(case)}
    rows = []
    for h in hits:
        p = passages.get(h.passage_id)
        if p is None or p.document_id not in docs:
            continue  # a vector left behind by an interrupted replace: never cite it
        rows.append({"score": round(h.score, 3), "document": docs[p.document_id].path, "page": p.page_number,
                     "char_start": p.char_start, "char_end": p.char_end, "text": p.text})
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    for r in rows:
        typer.echo(f"[{r['score']:.2f}] {r['document']} p.{r['page']} ({r['char_start']}–{r['char_end']})")
        typer.echo("    " + r["text"].replace("\n", " ")[:400])


@app.command()
def dates(
    file: Annotated[str, typer.Argument(help="A text file, or - for standard input.")],
    anchor: Annotated[Optional[str], typer.Option("--anchor", help="Date relative dates count from (YYYY-MM-DD).")] = None,
    month_first: Annotated[bool, typer.Option("--month-first", help="Read 03/04/2023 as 4 March (US order).")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Every date expression in a text, normalised, with its kind (event, plan, birth, distractor, background)."""
    from chronology.dates import find_dates, format_table

    try:
        anchor_date = date.fromisoformat(anchor) if anchor else None
    except ValueError:
        _err(f"--anchor must be a date as YYYY-MM-DD, not '{anchor}'")
        raise typer.Exit(2)
    if file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(file).read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            _err(f"{file}: cannot be read ({exc.strerror or exc})")
            raise typer.Exit(2)
    mentions = find_dates(text, anchor_date, day_first=not month_first)
    if as_json:
        typer.echo(json.dumps([m.to_json() for m in mentions], indent=2))
    else:
        typer.echo(format_table(mentions))


def _iso_option(value: Optional[str], name: str) -> Optional[str]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        _err(f"{name} must be a date as YYYY-MM-DD, not '{value}'")
        raise typer.Exit(2)


@app.command()
def draft(
    case: CaseOpt,
    about: Annotated[Optional[str], typer.Option("--about", help="Only passages about a theme, e.g. \"Poppy's health\".")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="Only events on or after this date (YYYY-MM-DD).")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Only events on or before this date (YYYY-MM-DD).")] = None,
    person: Annotated[Optional[str], typer.Option("--person", help="Only passages naming this person.")] = None,
    llm: Annotated[bool, typer.Option("--llm", help="Reword unreviewed lines with the language model set in CHRONOLOGY_LLM (grounding-checked).")] = False,
    quiet: QuietOpt = False,
    as_json: JsonOpt = False,
    by: ByOpt = None,
) -> None:
    """Draft the chronology: one cited line per event; lines people already reviewed are kept."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from chronology.draft import Drafter, DraftOptions
    from verify.audit import record

    ws = _workspace()
    _require_case(ws, case, by)
    _require_build(ws, case, by, "drafted")
    options = DraftOptions(about=about, date_from=_iso_option(date_from, "--from"), date_to=_iso_option(date_to, "--to"),
                           person=person, day_first=ws.settings.day_first)
    show = sys.stderr.isatty() and not quiet and not as_json
    with Progress(TextColumn("Drafting"), BarColumn(), MofNCompleteColumn(), disable=not show, transient=True) as bar:
        task = bar.add_task("draft", total=None)
        report = Drafter(ws.store, ws.index if about else None).draft(
            case, options, progress=lambda n, total: bar.update(task, completed=n, total=total))
    if llm:
        _rewrite_with_llm(ws, case, quiet or as_json)
    checked = _run_checks(ws, case)
    record(ws.store, case, by or "system", "draft", {
        "drafter": "extractive", "entries": report.entries, "new": report.new, "updated": report.updated,
        "kept": report.kept, "removed": report.removed, "filters": {k: v for k, v in vars(options).items() if v and k != "day_first"}})
    if as_json:
        typer.echo(json.dumps({k: v for k, v in vars(report).items() if k != "problems"} |
                              {"problems": [vars(p) for p in report.problems], "checked": checked}, indent=2))
        return
    for p in report.problems:
        _err(f"{p.document} p.{p.page}: '{p.text}': {p.message} (not drafted)")
    if not quiet:
        typer.echo(f"Case {case}: {report.entries} entries from {report.candidates} dated statements "
                   f"({report.merged} merged from several documents); {report.new} new, {report.updated} updated, "
                   f"{report.kept} reviewed kept, {report.removed} removed.")


def _rewrite_with_llm(ws, case: str, quiet: bool):
    """Optional second pass: a configured model rewords lines; ungrounded output is refused."""
    from chronology.llm import LLMConfigError, LLMSettings, load_chat_model
    from chronology.rewrite import rewrite_entries

    try:
        settings = LLMSettings.from_env()
        model = load_chat_model(settings)
    except LLMConfigError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    if model is None:
        _err("--llm needs a model: set CHRONOLOGY_LLM, e.g. ollama:llama3.1 or openai:MODEL with CHRONOLOGY_LLM_URL")
        raise typer.Exit(2)
    report = rewrite_entries(ws.store, case, None, model, settings.name, user="system")
    if not quiet:
        typer.echo(f"Language model {settings.name}: {report.accepted} lines reworded, {report.rejected} refused by "
                   f"the grounding check, {report.withheld} withheld (documents marked --no-llm).")
    return report


def _run_checks(ws, case: str) -> int:
    """Automatic checks after every draft, when the verification layer is present."""
    try:
        from verify.checks import check_case
    except ImportError:
        return 0
    return len(check_case(ws.store, case))


@app.command()
def migrate() -> None:
    """Bring the configured store's schema up to date (safe to run at any time)."""
    from chronology.migrations import migrate as run, pending
    from chronology.store import make_engine

    ws = _workspace()
    engine = make_engine(ws.settings.database_url)
    todo = pending(engine)
    applied = run(engine)
    typer.echo(f"Applied {len(applied)} migration(s): " + ", ".join(f"{v} {n}" for v, n in todo) if applied
               else "The store is up to date.")

from chronology import cli_export; cli_export.register(app)
from chronology import cli_review; cli_review.register(app)
from chronology import cli_admin; cli_admin.register(app)
from chronology import cli_team; cli_team.register(app)
from chronology import cli_speed; cli_speed.register(app)


def main() -> None:
    try:
        app()
    except Exception as exc:  # noqa: BLE001 - turn known conditions into plain messages, re-raise the rest
        vectors = sys.modules.get("ingest.vectors")
        if vectors is not None and isinstance(exc, vectors.ModelMismatchError):
            _err(str(exc))
            raise SystemExit(2) from None
        raise


if __name__ == "__main__":
    main()
