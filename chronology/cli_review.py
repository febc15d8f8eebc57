"""Review commands: check lines, walk them riskiest first, verify, reject, edit, comment, sign off, audit.

Registered on the main ``chronology`` app by ``register(app)``. Every command names the person
acting (``--by``); their role decides what they may do. Showing a line's sources is recorded, and a
line can only be verified by someone who has been shown all of them, one line at a time.

Exit codes: 0 done; 1 refused or a check failed (the message says why); 2 bad usage (unknown case or entry).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

if TYPE_CHECKING:
    from chronology.models import Entry
    from chronology.store import Store
    from verify.checks import CheckResult

CONTEXT_CHARS = 200

EntryArg = Annotated[str, typer.Argument(help="The entry, as e-000017 or 17.")]
ByOpt = Annotated[str, typer.Option("--by", help="Your name: every action is recorded against a named person.")]
RoleOpt = Annotated[Optional[str], typer.Option(
    "--role", help="Your role (social worker, legal reviewer, manager, admin) if you are not a registered user.")]
CaseOpt = Annotated[Optional[str], typer.Option("--case", "-c", help="Case name; the entry must belong to it.")]
CaseReq = Annotated[str, typer.Option("--case", "-c", help="Case name (an identifier such as 're-s').")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]


def _workspace():
    from chronology.workspace import Workspace

    return Workspace()


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _require_case(store: "Store", case: str) -> None:
    if store.get_case(case) is None:
        known = ", ".join(c.id for c in store.list_cases()) or "none yet"
        _err(f"No case named '{case}' (cases: {known}).")
        raise typer.Exit(2)


def parse_entry_id(text: str) -> int:
    """'e-000017', 'E-17' or '17' → 17."""
    m = re.fullmatch(r"\s*(?:e-?)?0*(\d+)\s*", text, re.IGNORECASE)
    if not m:
        _err(f"'{text}' is not an entry id; write it as e-000017 or 17")
        raise typer.Exit(2)
    return int(m.group(1))


def _entry(store: "Store", text: str, case: str | None) -> "Entry":
    from chronology.entries import EntryStore

    entry_id = parse_entry_id(text)
    found = EntryStore(store).get(entry_id)
    if found is None:
        _err(f"There is no entry e-{entry_id:06d}.")
        raise typer.Exit(2)
    if case is not None and found.case_id != case:
        _err(f"{found.public_id} belongs to case '{found.case_id}', not '{case}'.")
        raise typer.Exit(2)
    return found


def _refused(exc: Exception, lead: str = "") -> None:
    _err(f"{lead}{exc}")
    raise typer.Exit(1)


_REFUSALS: tuple[type[Exception], ...] = ()


def _refusals() -> tuple[type[Exception], ...]:
    """The exceptions that mean 'not allowed or not possible now' (exit 1), imported lazily."""
    global _REFUSALS
    if not _REFUSALS:
        from chronology.entries import ConflictError
        from verify.review import ReviewRefused
        from verify.roles import PermissionDenied

        _REFUSALS = (ReviewRefused, PermissionDenied, ConflictError)
    return _REFUSALS


# --- display -----------------------------------------------------------------------------------


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _when(e: "Entry") -> str:
    from verify.checks import plain_date

    when = plain_date(e.date, e.precision)
    if e.date_end:
        when += f" to {plain_date(e.date_end, e.precision)}"
    return f"{when} {e.time}" if e.time else when


def show_entry(e: "Entry", result: "CheckResult", heading: str = "") -> None:
    """The line, its state and its check results."""
    bits = [heading, e.public_id, _when(e), e.status, f"risk {result.risk:.2f}"]
    typer.echo("── " + " ─ ".join(b for b in bits if b))
    typer.echo(e.text)
    who = [f"drafted by {e.drafter}"] + (["edited by hand"] if e.edited else [])
    if e.verified_by:
        who.append(f"verified by {e.verified_by}")
    typer.echo(f"  ({', '.join(who)})")
    labels = {"fail": "FAIL", "warn": "warn", "info": "note"}
    for f in result.failures + result.warnings + [f for f in result.findings if f.level == "info"]:
        typer.echo(f"  {labels[f.level]:4}  {f.message}")
    if result.level == "pass":
        typer.echo("  pass  every automatic check passed")


def show_sources(store: "Store", e: "Entry", context: int = CONTEXT_CHARS) -> list[int]:
    """Each cited quote within its page, marked » «; returns the citation ids shown (recorded as viewed)."""
    shown: list[int] = []
    for n, c in enumerate(e.citations, start=1):
        typer.echo(f"  Source {n} of {len(e.citations)}: {c.document}, page {c.page} "
                   f"(characters {c.char_start}–{c.char_end})")
        page = store.page_text(c.document_id, c.page)
        if page is None:
            typer.echo(f"    [page {c.page} is no longer in the store; the stored quote reads:] »{_flat(c.quote)}«")
        elif page[c.char_start:c.char_end] != c.quote:
            typer.echo(f"    [the quote no longer matches the page; the stored quote reads:] »{_flat(c.quote)}«")
            typer.echo(f"    [the page now reads there:] »{_flat(page[c.char_start:c.char_end])}«")
        else:
            lo, hi = max(0, c.char_start - context), min(len(page), c.char_end + context)
            before = ("…" if lo > 0 else "") + _flat(page[lo:c.char_start])
            after = _flat(page[c.char_end:hi]) + ("…" if hi < len(page) else "")
            typer.echo(f"    {before}»{_flat(c.quote)}«{after}")
        if c.id is not None:
            shown.append(c.id)
    return shown


# --- commands ----------------------------------------------------------------------------------


def verify_cmd(entry_id: EntryArg, by: ByOpt, role: RoleOpt = None, case: CaseOpt = None) -> None:
    """Show a line with each cited source in context, then verify it (refused if a check fails).

    On a terminal you are asked to confirm after reading, so the time the line was open is real.
    """
    from verify.checks import run_checks
    from verify.review import new_session, record_view, verify
    from verify.roles import authorise

    store = _workspace().store
    e = _entry(store, entry_id, case)
    try:
        role = authorise(store, by, "verify", role)
        show_entry(e, run_checks(store, e))
        session = new_session()
        record_view(store, e.id, show_sources(store, e), by, session, role)
        if sys.stdin.isatty() and not typer.confirm("Does the line say what these sources say? Verify it", default=False):
            typer.echo(f"{e.public_id} left unverified.")
            return
        done = verify(store, e, by, session, role)
    except _refusals() as exc:
        _refused(exc, "Not verified: ")
    typer.echo(f"{done.public_id} verified by {by} ({role}).")


def reject_cmd(entry_id: EntryArg, by: ByOpt,
               reason: Annotated[str, typer.Option("--reason", help="Why the line must not go to court.")],
               role: RoleOpt = None, case: CaseOpt = None) -> None:
    """Reject a line: it never goes into the chronology (unless reopened)."""
    from verify.review import reject

    store = _workspace().store
    e = _entry(store, entry_id, case)
    try:
        done = reject(store, e, by, reason, role)
    except _refusals() as exc:
        _refused(exc, "Not rejected: ")
    typer.echo(f"{done.public_id} rejected by {by}: {reason.strip()}")


def edit_cmd(entry_id: EntryArg, by: ByOpt,
             text: Annotated[Optional[str], typer.Option("--text", help="The corrected wording.")] = None,
             date: Annotated[Optional[str], typer.Option("--date", help="A corrected date: YYYY-MM-DD, YYYY-MM or YYYY.")] = None,
             time: Annotated[Optional[str], typer.Option("--time", help="A corrected time, HH:MM.")] = None,
             reason: Annotated[str, typer.Option("--reason", help="Why it was changed (kept with the line).")] = "",
             role: RoleOpt = None, case: CaseOpt = None) -> None:
    """Correct a line's wording, date or time. It goes back to unverified and is checked again."""
    from verify.review import edit

    store = _workspace().store
    e = _entry(store, entry_id, case)
    try:
        done, result = edit(store, e, by, text, role, date=date, time=time, reason=reason)
    except _refusals() as exc:
        _refused(exc, "Not changed: ")
    typer.echo(f"{done.public_id} changed by {by}; it is unverified until checked again.")
    show_entry(done, result)


def comment_cmd(entry_id: EntryArg, by: ByOpt,
                text: Annotated[str, typer.Option("--text", help="The comment.")],
                role: RoleOpt = None, case: CaseOpt = None) -> None:
    """Add a comment to a line (its state does not change)."""
    from verify.review import comment

    store = _workspace().store
    e = _entry(store, entry_id, case)
    try:
        comment(store, e, by, text, role)
    except _refusals() as exc:
        _refused(exc, "Not saved: ")
    typer.echo(f"Comment added to {e.public_id}.")


def query_cmd(entry_id: EntryArg, by: ByOpt,
              reason: Annotated[str, typer.Option("--reason", help="What needs checking.")],
              role: RoleOpt = None, case: CaseOpt = None) -> None:
    """(Legal reviewer) send a verified line back to unverified, saying what needs checking."""
    from verify.review import query

    store = _workspace().store
    e = _entry(store, entry_id, case)
    try:
        done = query(store, e, by, reason, role)
    except _refusals() as exc:
        _refused(exc, "Not queried: ")
    typer.echo(f"{done.public_id} queried by {by}; it is unverified again.")


def reopen_cmd(entry_id: EntryArg, by: ByOpt,
               reason: Annotated[str, typer.Option("--reason", help="Why it is being looked at again.")] = "",
               role: RoleOpt = None, case: CaseOpt = None) -> None:
    """Bring a rejected line back for review."""
    from verify.review import reopen

    store = _workspace().store
    e = _entry(store, entry_id, case)
    try:
        done = reopen(store, e, by, reason, role)
    except _refusals() as exc:
        _refused(exc, "Not reopened: ")
    typer.echo(f"{done.public_id} reopened by {by}; it is unverified.")


def history_cmd(entry_id: EntryArg, case: CaseOpt = None, as_json: JsonOpt = False) -> None:
    """Every review action on a line: who, when, what, and how long the line was open."""
    from verify.review import history

    store = _workspace().store
    e = _entry(store, entry_id, case)
    rows = history(store, e.id)
    if as_json:
        typer.echo(json.dumps([{**r.__dict__, "at": r.at.isoformat()} for r in rows], indent=2))
        return
    typer.echo(f"{e.public_id}: {e.status}")
    for r in rows:
        extra = f", open {r.open_seconds:.1f} s" if r.open_seconds is not None else ""
        note = f": {r.comment}" if r.comment else ""
        typer.echo(f"  {r.at:%Y-%m-%d %H:%M:%S}  {r.action:10} {r.user} ({r.role}{extra}){note}")


def check_entries_cmd(case: CaseReq, as_json: JsonOpt = False,
                      show_all: Annotated[bool, typer.Option("--all", help="Also list lines that pass.")] = False) -> None:
    """Run every automatic check on a case's lines and list them riskiest first. Exit 1 if any fails."""
    from verify.checks import check_case, riskiest_first

    store = _workspace().store
    _require_case(store, case)
    pairs = riskiest_first((e, r) for e, r in check_case(store, case) if e.status != "rejected")
    if as_json:
        typer.echo(json.dumps([{"entry": e.public_id, "id": e.id, "date": e.date, "status": e.status,
                                "level": r.level, "risk": r.risk, "support": r.support, "flags": r.flags,
                                "checks": r.to_json()} for e, r in pairs], indent=2))
    else:
        for e, r in pairs:
            if r.level == "pass" and not show_all:
                continue
            typer.echo(f"{e.public_id}  {_when(e):24} {r.level.upper():4}  risk {r.risk:.2f}  {e.status}")
            for message in r.reasons:
                typer.echo(f"    {message}")
        levels = Counter(r.level for _, r in pairs)
        typer.echo(f"{len(pairs)} lines: {levels['fail']} fail, {levels['warn']} warn, {levels['pass']} pass.")
    if any(r.level == "fail" for _, r in pairs):
        raise typer.Exit(1)


_KEYS = {"v": "verify", "r": "reject", "e": "edit", "c": "comment", "s": "skip", "q": "quit"}


def _end_of_input() -> tuple[type[BaseException], ...]:
    """What a prompt raises at the end of piped input or on Ctrl-C (click's and typer's own Abort)."""
    import click

    return (click.exceptions.Abort, getattr(typer, "Abort", click.exceptions.Abort), EOFError, KeyboardInterrupt)


def _ask(prompt: str) -> str:
    while True:
        try:
            answer = typer.prompt(prompt, default="", show_default=False).strip().lower()
        except _end_of_input():
            return "q"  # end of input (or Ctrl-C): stop cleanly
        if answer[:1] in _KEYS:
            return answer[:1]
        typer.echo("Please answer v, r, e, c, s or q.")


def _text(prompt: str) -> str | None:
    try:
        return typer.prompt(prompt, default="", show_default=False).strip() or None
    except _end_of_input():
        return None


def _review_one(store: "Store", entry_id: int, by: str, role: str, session: str, heading: str) -> str:
    """Show one line and act on it; returns 'verify', 'reject', 'skip' or 'quit' (edits and comments re-show it)."""
    from chronology.entries import EntryStore
    from verify import review
    from verify.checks import run_checks

    edited = False
    while True:
        e = EntryStore(store).get(entry_id)
        if e is None or e.status != "unverified":
            typer.echo(f"e-{entry_id:06d} was changed by someone else meanwhile; moving on.")
            return "skip"
        result = run_checks(store, e)
        typer.echo("")
        show_entry(e, result, heading)
        review.record_view(store, e.id, show_sources(store, e), by, session, role)
        while True:
            key = _ask("[v]erify  [r]eject  [e]dit  [c]omment  [s]kip  [q]uit")
            try:
                if key == "v":
                    review.verify(store, e, by, session, role)
                    typer.echo(f"{e.public_id} verified.")
                    return "verify"
                if key == "r":
                    reason = _text("Reason for rejecting")
                    if reason is None:
                        typer.echo("Not rejected: a reason is needed.")
                        continue
                    review.reject(store, e, by, reason, role)
                    typer.echo(f"{e.public_id} rejected.")
                    return "reject"
                if key == "e":
                    text = _text("New wording (empty to cancel)")
                    if text is None:
                        continue
                    review.edit(store, e, by, text, role)
                    edited = True
                    break  # show it again, checked again
                if key == "c":
                    text = _text("Comment (empty to cancel)")
                    if text is not None:
                        review.comment(store, e, by, text, role)
                        typer.echo("Comment added.")
                    continue
                return "edit" if edited and key == "s" else ("skip" if key == "s" else "quit")
            except _refusals() as exc:
                typer.echo(f"Refused: {exc}")


def review_cmd(case: CaseReq, by: ByOpt, role: RoleOpt = None) -> None:
    """Walk the unverified lines riskiest first: v verify, r reject, e edit, c comment, s skip, q quit."""
    from verify.checks import check_case, riskiest_first
    from verify.review import new_session
    from verify.roles import authorise

    store = _workspace().store
    _require_case(store, case)
    try:
        role = authorise(store, by, "verify", role)
    except _refusals() as exc:
        _refused(exc)
    queue = riskiest_first((e, r) for e, r in check_case(store, case) if e.status == "unverified")
    if not queue:
        typer.echo(f"Case {case}: no unverified lines.")
        return
    typer.echo(f"Case {case}: {len(queue)} unverified lines, riskiest first. Each source is shown in its page; "
               "read it against the line before you verify.")
    session = new_session()
    done: Counter[str] = Counter()
    for n, (e, _) in enumerate(queue, start=1):
        outcome = _review_one(store, e.id, by, role, session, f"{n} of {len(queue)}")
        if outcome == "quit":
            break
        done[outcome] += 1
    left = sum(1 for e, _ in check_case(store, case, invalidate=False) if e.status == "unverified")
    typer.echo(f"{done['verify']} verified, {done['reject']} rejected, {done['edit']} edited, "
               f"{done['skip']} skipped; {left} still unverified.")


def audit_cmd(case: CaseReq,
              check: Annotated[bool, typer.Option("--check", help="Check the seal chain and the witnessed heads instead of listing rows.")] = False,
              against: Annotated[Optional[Path], typer.Option(
                  "--against", help="An export (its audit_head, and the EXPORT.head beside it) or an EXPORT.head: "
                                    "the rows it saw must still be in the log, unchanged.")] = None,
              as_json: JsonOpt = False) -> None:
    """List a case's audit log, or check it has not been altered (exit 1 naming the rows missing, changed or added)."""
    from verify import audit

    ws = _workspace()
    store = ws.store
    if against is not None:
        check = True
    if not check:
        rows = audit.rows(store, case)
        if as_json:
            typer.echo(json.dumps(rows, indent=2, default=str))
            return
        if not rows and store.get_case(case) is None:
            _err(f"No case named '{case}' and no audit log for it.")
            raise typer.Exit(2)
        for r in rows:
            typer.echo(f"{r['seq']:6}  {r['at']:%Y-%m-%d %H:%M:%S}  {r['user'][:20]:20} {r['action']:12} "
                       f"{_audit_summary(r['detail'] or {})}")
        typer.echo(f"{len(rows)} rows.")
        return
    _audit_check(ws, case, against, as_json)


def _audit_check(ws, case: str, against: Path | None, as_json: bool) -> None:
    from verify import audit, witness

    head, extra, notes = _against(against, case) if against is not None else (None, [], [])
    result = audit.check(ws.store, case, against=head)
    seen = witness.check(ws.store, case, extra=extra, chain_ok=result.ok)
    warnings = notes + witness.warnings(ws.settings)
    ok = result.ok and seen.ok
    first_bad = result.first_bad if not result.ok else min((f.first for f in seen.problems), default=None)
    if as_json:
        typer.echo(json.dumps({"ok": ok, "rows": result.rows, "head": result.head, "first_bad": first_bad,
                               "reason": result.reason, "chain_ok": result.ok, "witness": seen.to_json(),
                               "warnings": warnings}, indent=2))
    else:
        if not result.ok:
            _err(f"The audit log of case {case} FAILS its check at row {result.first_bad}: {result.reason}.")
        if seen.problems:
            _err(f"The audit log of case {case} does not match what was witnessed ({seen.where}; the log agrees "
                 f"with it up to row {seen.agrees_up_to}):")
            for f in seen.problems:
                _err(f"  - {f.message}")
        if ok:
            also = f"; it still holds the {head[0]} rows the export saw" if head else ""
            also += "".join(f"; it holds row {h.rows} as {h.source} saw it" for h in extra)
            typer.echo(f"The audit log of case {case} is intact: {result.rows} rows, head {result.head[:16]}…{also}; "
                       f"witnessed up to row {max(seen.witnessed, seen.caught_up or 0)} in {seen.where}.")
        for f in seen.findings:
            if not f.problem:
                typer.echo(f"Note: {f.message}.")
        if seen.caught_up:
            typer.echo(f"Note: row {seen.caught_up} had not been witnessed yet (a process stopped between writing it "
                       "and its witness); its seal verifies, and it is witnessed now.")
        for w in warnings:
            _err(f"warning: {w}")
    if not ok:
        raise typer.Exit(1)


def _against(path: Path, case: str) -> tuple[tuple[int, str] | None, list, list[str]]:
    """What an export saw: the head inside a JSON export, and the signed EXPORT.head (which includes the
    export's own row) beside any export or given directly."""
    from verify import witness

    notes: list[str] = []
    try:
        if path.name.endswith(witness.HEAD_SUFFIX):
            heads = [witness.read_export_head(path)]
            inner = None
        else:
            inner = _export_head(path, required=False)
            found, why = witness.export_head_for(path)
            heads = [found] if found else []
            notes += [why] if why else []
            if inner is None and not heads:
                _err(f"{path}: not an export with an \"audit_head\": {{\"rows\": N, \"hash\": \"…\"}}, "
                     f"and no {witness.head_path(path).name} beside it")
                raise typer.Exit(2)
    except ValueError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    for h in heads:
        if h.case != case:
            _err(f"{h.source} is the head of case '{h.case}', not '{case}'")
            raise typer.Exit(2)
    return inner, heads, notes


def _audit_summary(detail: dict) -> str:
    """One readable line per audit row: the entry, the change of state, the comment, the time open."""
    if "entry" not in detail:
        text = json.dumps(detail, ensure_ascii=False, default=str)
        return text if len(text) <= 100 else text[:99] + "…"
    parts = [str(detail["entry"])]
    if detail.get("from") and detail.get("to") and detail["from"] != detail["to"]:
        parts.append(f"{detail['from']} → {detail['to']}")
    if detail.get("changes"):
        parts.append("changed " + ", ".join(detail["changes"]))
    if detail.get("citations"):
        parts.append(f"shown {len(detail['citations'])} source(s)")
    if detail.get("open_seconds") is not None:
        parts.append(f"open {detail['open_seconds']:.1f} s")
    if detail.get("comment"):
        comment = str(detail["comment"])
        parts.append(f"“{comment if len(comment) <= 60 else comment[:59] + '…'}”")
    return "  ".join(parts)


def _export_head(path: Path, required: bool = True) -> tuple[int, str] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        head = data["audit_head"]
        return int(head["rows"]), str(head["hash"])
    except OSError as exc:
        _err(f"{path}: cannot be read ({exc.strerror or exc})")
    except (ValueError, KeyError, TypeError):
        if not required:
            return None
        _err(f"{path}: not an export with an \"audit_head\": {{\"rows\": N, \"hash\": \"…\"}}")
    raise typer.Exit(2)


def sign_off_cmd(case: CaseReq, by: ByOpt, role: RoleOpt = None) -> None:
    """(Manager) sign the chronology off: only when every line is verified and no check fails."""
    from verify.review import sign_off

    store = _workspace().store
    _require_case(store, case)
    try:
        done = sign_off(store, case, by, role)
    except _refusals() as exc:
        _refused(exc, "Not signed off: ")
    typer.echo(f"Case {case} signed off by {by} ({done.role}): {done.entries} lines.")


def fast_cmd(case: CaseReq,
             seconds: Annotated[Optional[float], typer.Option("--seconds", help="Threshold (default from settings).")] = None,
             as_json: JsonOpt = False) -> None:
    """Lines verified faster than the threshold, quickest first: the ones a manager should spot-check."""
    from verify.review import fast_verifications

    store = _workspace().store
    _require_case(store, case)
    rows = fast_verifications(store, case, seconds)
    if as_json:
        typer.echo(json.dumps([{**r.__dict__, "at": r.at.isoformat()} for r in rows], indent=2))
        return
    for r in rows:
        took = f"{r.open_seconds:.1f} s" if r.open_seconds is not None else "unknown time"
        typer.echo(f"{r.public_id}  verified by {r.user} in {took}: {r.text[:80]}")
    typer.echo(f"{len(rows)} quick verifications to spot-check.")


_SIGN_IN_WORDS = {"name": "a typed name (single-user install; names are not checked)",
                  "password": "name and password", "oidc": "the organisation's single sign-on (Streamlit [auth])"}


def users_cmd() -> None:
    """Registered users, their roles, teams and sign-in (none: single-user mode, names act as given)."""
    from verify.identity import auth_mode, locked
    from verify.roles import list_users

    ws = _workspace()
    users = list_users(ws.store)
    if not users:
        typer.echo("No registered users: each name acts with the --role given (default social worker).")
    for u in users:
        lock = f"LOCKED after {u.failed_sign_ins} failed sign-ins (set-password unlocks)" if locked(u) else ""
        sign_in = ", ".join(x for x in (u.email, "password set" if u.has_password else "no password", lock) if x)
        typer.echo(f"{u.name}: {u.role}" + (f" ({u.team})" if u.team else "") + f" [{sign_in}]")
    mode = auth_mode(ws.store, ws.settings.auth)
    typer.echo(f"Review screen sign-in: {_SIGN_IN_WORDS[mode]} (CHRONOLOGY_AUTH={ws.settings.auth}; single sign-on "
               "is used whenever .streamlit/secrets.toml has an [auth] section).")


def add_user_cmd(name: Annotated[str, typer.Argument(help="The person's name as they will give it with --by.")],
                 role: Annotated[str, typer.Option("--role", help="social worker, legal reviewer, manager or admin.")],
                 by: ByOpt,
                 team: Annotated[Optional[str], typer.Option("--team", help="Their team.")] = None,
                 email: Annotated[Optional[str], typer.Option(
                     "--email", help="The address their single sign-on account vouches for.")] = None) -> None:
    """(Admin) register a user with a role. The first user registered must be an admin."""
    from verify.roles import add_user

    try:
        user = add_user(_workspace().store, name, role, by, team=team, email=email)
    except _refusals() as exc:
        _refused(exc, "Not added: ")
    typer.echo(f"{user.name} is registered as {user.role}.")
    if not user.has_password:
        typer.echo(f"To sign in to the review screen with a password: chronology set-password \"{user.name}\" --by ADMIN")


def set_password_cmd(name: Annotated[str, typer.Argument(help="The registered user whose password to set.")],
                     by: ByOpt,
                     password_stdin: Annotated[bool, typer.Option(
                         "--password-stdin", help="Read the password from standard input (for scripts).")] = False) -> None:
    """(Admin, or the user themselves) set the password for signing in to the review screen."""
    import sys

    from verify.identity import MIN_PASSWORD, set_password

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt(f"New password for {name} (at least {MIN_PASSWORD} characters)", hide_input=True,
                                confirmation_prompt=True)
    try:
        set_password(_workspace().store, name, password, by)
    except _refusals() as exc:
        _refused(exc, "Password not set: ")
    typer.echo(f"Password set for {name}. They sign in to the review screen with their name and this password.")


def register(app: typer.Typer) -> None:
    """Add the review commands to the main app."""
    app.command("verify")(verify_cmd)
    app.command("reject")(reject_cmd)
    app.command("edit")(edit_cmd)
    app.command("comment")(comment_cmd)
    app.command("query")(query_cmd)
    app.command("reopen")(reopen_cmd)
    app.command("history")(history_cmd)
    app.command("check-entries")(check_entries_cmd)
    app.command("review")(review_cmd)
    app.command("audit")(audit_cmd)
    app.command("sign-off")(sign_off_cmd)
    app.command("fast-verifications")(fast_cmd)
    app.command("users")(users_cmd)
    app.command("add-user")(add_user_cmd)
    app.command("set-password")(set_password_cmd)
