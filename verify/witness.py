"""Audit heads witnessed outside the database, so the newest rows cannot vanish unnoticed.

The seal chain (``verify.audit``) proves rows were not edited without the key, but a shorter chain
is still a valid chain, and whoever holds the key can re-seal a rewritten one. So after every
transaction that appended audit rows commits, the case's signed head (case, row count, seal, time,
key id) is appended to a witness the database's users do not control: ``heads.jsonl`` beside the
store by default, or the folder or PostgreSQL URL that ``CHRONOLOGY_WITNESS`` names. An export also
gets a detached ``EXPORT.head`` that includes its own row. :func:`check` compares the log with every
head the witness (and any export head) holds and names the rows missing, changed or added, and since
when. One witness location serves one store.

The head is written after the commit (the witness never claims a row the database may not have), so
a process killed between the two leaves the witness one row behind: a check accepts that one row if
its seal verifies and witnesses it then. More rows than that past the newest head, or a gap a later
write found, are reported as added without a witness.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Column, Connection, Engine, Integer, MetaData, String, Table, Text, create_engine, event, \
    insert, select
from sqlalchemy.engine import make_url

from chronology.config import Settings, witness_env
from chronology.store import Store
from verify import audit

log = logging.getLogger("chronology.witness")
HEADS_FILE = "heads.jsonl"
HEAD_SUFFIX = ".head"
_PENDING, _COMMITTING = "chronology.witness.pending", "chronology.witness.committing"


def key_id(key: bytes) -> str:
    """Names the key a head was signed with, without revealing anything about it."""
    return hmac.new(key, b"chronology audit key id", hashlib.sha256).hexdigest()[:16]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class Head:
    """A signed statement "case X's log had N rows ending in seal H at time T"."""

    case: str
    rows: int
    hash: str
    at: str
    key_id: str
    sig: str = ""
    first: int | None = None  # the first row the transaction behind this head wrote
    unwitnessed: tuple[int, int] | None = None  # rows found without a head when this one was written
    export: dict[str, str] | None = None  # on an EXPORT.head: the file and its SHA-256
    source: str = field(default="the witness", compare=False)  # where it was read (not stored)

    def payload(self) -> dict[str, Any]:
        out: dict[str, Any] = {"case": self.case, "rows": self.rows, "hash": self.hash, "at": self.at,
                               "key_id": self.key_id}
        if self.first is not None:
            out["first"] = self.first
        if self.unwitnessed is not None:
            out["unwitnessed"] = list(self.unwitnessed)
        if self.export is not None:
            out["export"] = self.export
        return out

    def _mac(self, key: bytes) -> str:
        body = json.dumps(self.payload(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()

    def signed(self, key: bytes) -> "Head":
        return replace(self, sig=self._mac(key))

    def verifies(self, key: bytes) -> bool:
        return bool(self.sig) and hmac.compare_digest(self._mac(key), self.sig)

    def line(self) -> str:
        return json.dumps(self.payload() | {"sig": self.sig}, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False)

    @classmethod
    def parse(cls, data: dict[str, Any], source: str = "the witness") -> "Head":
        gap = data.get("unwitnessed")
        return cls(case=str(data["case"]), rows=int(data["rows"]), hash=str(data["hash"]), at=str(data["at"]),
                   key_id=str(data["key_id"]), sig=str(data.get("sig", "")),
                   first=int(data["first"]) if data.get("first") is not None else None,
                   unwitnessed=(int(gap[0]), int(gap[1])) if gap else None,
                   export=dict(data["export"]) if data.get("export") else None, source=source)


# --- where heads are kept ------------------------------------------------------------------------


class Witness(Protocol):
    where: str

    def append(self, heads: list[Head]) -> None: ...
    def heads(self, case_id: str) -> list[Head]: ...
    def last(self, case_id: str) -> Head | None: ...


class FileWitness:
    """``heads.jsonl``: one line per head, only ever appended (make it append-only with ``chattr +a``)."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / HEADS_FILE
        self.where = str(self.path)

    def append(self, heads: list[Head]) -> None:
        data = "".join(h.line() + "\n" for h in heads).encode("utf-8")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            size = os.fstat(fd).st_size
            if size and os.pread(fd, 1, size - 1) != b"\n":  # a killed write left half a line: start afresh
                data = b"\n" + data
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)

    def _lines(self, text: str, case_id: str) -> list[Head]:
        tag = json.dumps(case_id, ensure_ascii=False)  # a cheap filter; the parsed case decides
        out = []
        for line in text.splitlines():
            if tag not in line:
                continue
            try:
                head = Head.parse(json.loads(line))
            except (ValueError, KeyError, TypeError, IndexError):
                continue  # a torn last line of a killed write, or not ours
            if head.case == case_id:
                out.append(head)
        return out

    def heads(self, case_id: str) -> list[Head]:
        try:
            return self._lines(self.path.read_text(encoding="utf-8", errors="replace"), case_id)
        except FileNotFoundError:
            return []

    def last(self, case_id: str) -> Head | None:
        """The newest head of the case among the file's last 64 KiB (enough for the case being worked on)."""
        try:
            with open(self.path, "rb") as fh:
                end = fh.seek(0, os.SEEK_END)
                for size in (4096, 65536):
                    fh.seek(max(0, end - size))
                    tail = fh.read().decode("utf-8", errors="replace").splitlines()
                    for line in reversed(tail[1:] if end > size else tail):  # the first may be cut
                        found = self._lines(line, case_id)
                        if found:
                            return found[-1]
                    if end <= size:
                        break
        except FileNotFoundError:
            return None
        return None


_heads_meta = MetaData()
heads_table = Table("witness_heads", _heads_meta,
                    Column("id", Integer, primary_key=True, autoincrement=True),
                    Column("case_id", String(200), nullable=False, index=True),
                    Column("head", Text, nullable=False))


class DatabaseWitness:
    """A ``witness_heads`` table in another database, schema or role (give that role INSERT and SELECT only)."""

    def __init__(self, url: str):
        self.engine: Engine = create_engine(url, pool_pre_ping=True)
        self.where = make_url(url).render_as_string(hide_password=True)
        self._ready = False

    def _table(self) -> Table:
        if not self._ready:
            _heads_meta.create_all(self.engine, checkfirst=True)
            self._ready = True
        return heads_table

    def append(self, heads: list[Head]) -> None:
        t = self._table()
        with self.engine.begin() as conn:
            conn.execute(insert(t), [{"case_id": h.case, "head": h.line()} for h in heads])

    def _select(self, case_id: str, newest: bool = False) -> list[Head]:
        t = self._table()
        q = select(t.c.head).where(t.c.case_id == case_id)
        q = q.order_by(t.c.id.desc()).limit(1) if newest else q.order_by(t.c.id)
        with self.engine.connect() as conn:
            return [Head.parse(json.loads(text)) for text in conn.execute(q).scalars()]

    def heads(self, case_id: str) -> list[Head]:
        return self._select(case_id)

    def last(self, case_id: str) -> Head | None:
        found = self._select(case_id, newest=True)
        return found[0] if found else None


_WITNESSES: dict[str, Witness] = {}


def location(database_url: str) -> str:
    """Where a store's heads go: ``CHRONOLOGY_WITNESS``, else beside the SQLite file, else ``$CHRONOLOGY_HOME``."""
    configured = witness_env()
    if configured:
        return configured
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return str(Path(url.database).resolve().parent)
    return str(Settings.from_env().home)


def is_database_url(where: str) -> bool:
    return where.split(":", 1)[0].split("+", 1)[0] in {"postgresql", "postgres", "sqlite"} and "://" in where


def witness_at(where: str) -> Witness:
    if where not in _WITNESSES:
        _WITNESSES[where] = DatabaseWitness(where) if is_database_url(where) else FileWitness(Path(where).expanduser())
    return _WITNESSES[where]


def for_store(store: Store | Engine) -> Witness:
    engine = store.engine if isinstance(store, Store) else store
    return witness_at(location(engine.url.render_as_string(hide_password=False)))


# --- writing after every commit ------------------------------------------------------------------


def note(conn: Connection, case_id: str, seq: int, seal: str, key: bytes) -> None:
    """Called by ``audit.append`` inside the writer's transaction; the head is written once it commits.

    One head per case per transaction, however many rows it appended (that is the batching).
    """
    _install(conn.engine)
    pending = conn.info.setdefault(_PENDING, {})
    first = pending[case_id][0] if case_id in pending else seq
    pending[case_id] = (first, seq, seal, key)


def _install(engine: Engine) -> None:
    if not event.contains(engine, "commit", _on_commit):
        event.listen(engine, "commit", _on_commit)
        event.listen(engine, "rollback", _on_rollback)
        event.listen(engine, "begin", _on_begin)
        event.listen(engine, "handle_error", _on_error)
        event.listen(engine, "checkin", _on_checkin)


def _on_commit(conn: Connection) -> None:  # fires just before the database commits
    pending = conn.info.pop(_PENDING, None)
    if pending:
        conn.info[_COMMITTING] = (pending, conn.engine)


def _on_rollback(conn: Connection) -> None:
    conn.info.pop(_PENDING, None)


def _on_error(ctx: Any) -> None:
    if ctx.statement is None and ctx.connection is not None:  # the commit itself failed: nothing to witness
        ctx.connection.info.pop(_COMMITTING, None)


def _on_begin(conn: Connection) -> None:  # a committed transaction's connection is used again
    _flush(conn.info)


def _on_checkin(_dbapi_conn: Any, record: Any) -> None:  # after commit, the connection goes back to the pool
    if record is not None:
        _flush(record.info)


_missed: list[tuple[Witness, Head]] = []  # heads a failed witness write still owes (retried on the next)


def _flush(info: dict) -> None:
    item = info.pop(_COMMITTING, None)
    if not item:
        return
    pending, engine = item
    try:
        sink = for_store(engine)
        heads = [_head(sink, case_id, first, seq, seal, key) for case_id, (first, seq, seal, key) in pending.items()]
    except Exception as exc:  # noqa: BLE001 - the change is committed; the next check names the gap
        log.warning("audit heads could not be witnessed: %s", exc)
        return
    _write(sink, heads)


def _head(sink: Witness, case_id: str, first: int, seq: int, seal: str, key: bytes) -> Head:
    """The head to append; names rows before ``first`` that no head covers (beyond the one a crash may leave)."""
    gap, last = None, None
    if first > 1:
        try:
            last = sink.last(case_id)
        except Exception:  # noqa: BLE001 - an unreadable witness: write the head all the same
            last = None
    if last is not None and last.rows < first - 2:
        gap = (last.rows + 1, first - 1)
    return Head(case_id, seq, seal, _now(), key_id(key), first=first, unwitnessed=gap).signed(key)


def _write(sink: Witness, heads: list[Head]) -> bool:
    owed = [h for s, h in _missed if s is sink]
    try:
        sink.append(owed + heads)
    except Exception as exc:  # noqa: BLE001 - never undo a committed change; say so and retry next time
        _missed.extend((sink, h) for h in heads)
        log.warning("audit heads could not be written to the witness %s: %s", sink.where, exc)
        return False
    _missed[:] = [(s, h) for s, h in _missed if s is not sink]
    return True


# --- export heads --------------------------------------------------------------------------------


def head_path(export: Path) -> Path:
    return export.with_name(export.name + HEAD_SUFFIX)


def export_head(store: Store, case_id: str, seq: int, export: Path, sha256: str, key: bytes | None = None) -> Head:
    """The signed head that includes the export's own row ``seq``, for ``EXPORT.head`` beside the file."""
    key = key or audit.load_key()
    return Head(case_id, seq, audit.seal_of(store, case_id, seq), _now(), key_id(key),
                export={"file": export.name, "sha256": sha256}).signed(key)


def head_text(head: Head) -> str:
    return json.dumps(head.payload() | {"sig": head.sig}, indent=2, sort_keys=True) + "\n"


def read_export_head(path: Path) -> Head:
    """An ``EXPORT.head`` file; raises ValueError (naming the file) when it is not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return Head.parse(data, source=Path(path).name)
    except OSError as exc:
        raise ValueError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise ValueError(f"{path}: not an export head (case, rows, hash, at, key_id, sig)") from exc


def export_head_for(export: Path) -> tuple[Head | None, str]:
    """The ``.head`` written beside ``export``, if it is the one for this very file; else (None, why not)."""
    path = head_path(export)
    if not path.is_file():
        return None, ""
    head = read_export_head(path)
    digest = hashlib.sha256(Path(export).read_bytes()).hexdigest()
    if head.export and head.export.get("sha256") != digest:
        return None, (f"{path.name} belongs to another export of that name (its SHA-256 differs), "
                      "so only the head inside the export was used")
    return head, ""


# --- checking ------------------------------------------------------------------------------------


@dataclass
class Finding:
    kind: str  # missing | changed | added | unwitnessed | witness | start | unreadable
    first: int
    last: int
    since: str | None
    message: str
    problem: bool = True


@dataclass
class WitnessReport:
    case: str
    where: str
    rows: int = 0  # rows in the log
    heads: int = 0  # heads that verify
    witnessed: int = 0  # the newest witnessed row
    witnessed_at: str | None = None
    agrees_up_to: int = 0  # the newest witnessed row the log still holds unchanged
    caught_up: int | None = None  # a row that had no head yet and was witnessed by this check
    findings: list[Finding] = field(default_factory=list)

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.findings if f.problem]

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "where": self.where, "rows": self.rows, "heads": self.heads,
                "witnessed": self.witnessed, "witnessed_at": self.witnessed_at, "agrees_up_to": self.agrees_up_to,
                "caught_up": self.caught_up,
                "findings": [{"kind": f.kind, "first": f.first, "last": f.last, "since": f.since,
                              "message": f.message, "problem": f.problem} for f in self.findings]}


def _span(a: int, b: int) -> str:
    return f"row {a}" if a == b else f"rows {a}–{b}"


def _ranges(numbers: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for n in sorted(numbers):
        if out and n == out[-1][1] + 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


def check(store: Store, case_id: str, key: bytes | None = None, *, extra: list[Head] = (),
          chain_ok: bool | None = None, catch_up: bool = True) -> WitnessReport:
    """Compare the log with every head the witness (and ``extra``, e.g. an export's) holds for the case."""
    key = key or audit.load_key()
    sink = for_store(store)
    report = WitnessReport(case=case_id, where=sink.where)
    log_rows = {r["seq"]: r for r in audit.rows(store, case_id)}
    report.rows = len(log_rows)
    try:
        stored = sink.heads(case_id)
    except Exception as exc:  # noqa: BLE001 - an unreachable witness is itself a finding
        report.findings.append(Finding("unreadable", 0, 0, None, f"the witness {sink.where} cannot be read ({exc}), "
                                       "so the newest rows cannot be checked"))
        return report
    heads = _trusted(report, [*stored, *extra], key)
    heads = _after_purge(report, heads, log_rows.get(1))
    report.heads = len(heads)
    if chain_ok is None:
        chain_ok = audit.check(store, case_id, key).ok
    _compare(report, heads, log_rows)
    _added(report, sink, heads, log_rows, key, chain_ok and catch_up)
    return report


def _trusted(report: WitnessReport, heads: list[Head], key: bytes) -> list[Head]:
    mine, good = key_id(key), []
    for h in heads:
        if h.key_id != mine:
            report.findings.append(Finding("witness", h.rows, h.rows, h.at, f"{h.source} holds a head for row {h.rows} "
                                           f"signed with another key (key id {h.key_id}, this one is {mine})"))
        elif not h.verifies(key):
            report.findings.append(Finding("witness", h.rows, h.rows, h.at, f"{h.source}'s head for row {h.rows} "
                                           f"(written {h.at}) is not signed by the audit key: the witness was edited"))
        else:
            good.append(h)
    return good


def _after_purge(report: WitnessReport, heads: list[Head], row1: dict | None) -> list[Head]:
    """A purge restarts the log at row 1; heads of the deleted log are checked only against what it says it deleted."""
    if not row1 or row1["action"] != "purge":
        return heads
    at = audit_time(row1["at"])
    starts = [i for i, h in enumerate(heads) if h.rows == 1 and h.hash == row1["hash"]]
    cut = starts[0] if starts else sum(1 for h in heads if h.at < at)
    before, after = heads[:cut], heads[cut:]
    deleted = (row1["detail"] or {}).get("deleted_log_head") or {}
    seen = max((h.rows for h in before), default=0)
    if seen > int(deleted.get("rows", 0)):
        report.findings.append(Finding("missing", int(deleted.get("rows", 0)) + 1, seen, None,
                                       f"the purge (row 1, {at}) says the deleted log had {deleted.get('rows', 0)} rows, "
                                       f"but the witness had seen {seen}"))
    return after


def audit_time(at: Any) -> str:
    if isinstance(at, datetime):
        at = (at if at.tzinfo else at.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
        return at.isoformat(timespec="microseconds")
    return str(at)


def _compare(report: WitnessReport, heads: list[Head], log_rows: dict[int, dict]) -> None:
    """Every head says rows 1..N existed and row N had seal H: name what no longer holds, and since when."""
    if not heads:
        return
    by_rows = sorted(heads, key=lambda h: (h.rows, h.at))
    newest = by_rows[-1]
    report.witnessed, report.witnessed_at = newest.rows, newest.at
    missing = [n for n in range(1, newest.rows + 1) if n not in log_rows]
    for a, b in _ranges(missing):
        h = next(h for h in by_rows if h.rows >= a)
        others = list(dict.fromkeys(o.source for o in by_rows if o.rows >= a and o.source != h.source))
        report.findings.append(Finding("missing", a, b, h.at, f"{_span(a, b)} {'is' if a == b else 'are'} missing "
                                       f"from the log: {h.source} saw row {h.rows} at {h.at}"
                                       + (f" (and {', '.join(others)} holds it)" if others else "")))
    prev_agree, first_bad, run = 0, None, []
    for h in [*by_rows, None]:
        changed = h is not None and h.rows in log_rows and log_rows[h.rows]["hash"] != h.hash
        if changed:
            run.append(h)
        elif run:
            a, b = prev_agree + 1, run[-1].rows
            report.findings.append(Finding("changed", a, b, run[0].at, (
                f"{_span(a, b)} changed after {run[0].source} saw {'it' if a == b else 'them'} (row {run[0].rows} "
                f"at {run[0].at}): rewritten and re-sealed with the key; the log agrees with the witness up to "
                f"row {prev_agree}")))
            run = []
        if h is None:
            break
        if changed or h.rows not in log_rows:
            first_bad = h.rows if first_bad is None else first_bad
        else:
            prev_agree = h.rows
            if first_bad is None:
                report.agrees_up_to = h.rows
    covered = {h.rows for h in by_rows}
    for h in by_rows:
        if h.unwitnessed:
            left = [n for n in range(h.unwitnessed[0], h.unwitnessed[1] + 1) if n not in covered]
            for a, b in _ranges(left):
                report.findings.append(Finding("unwitnessed", a, b, h.at, (
                    f"{_span(a, b)} {'was' if a == b else 'were'} added without a witness (found so when row "
                    f"{h.first} was written, at {h.at})")))


def _added(report: WitnessReport, sink: Witness, heads: list[Head], log_rows: dict[int, dict], key: bytes,
           catch_up: bool) -> None:
    newest = max(log_rows, default=0)
    witnessed = report.witnessed
    if newest <= witnessed:
        return
    if not heads:
        report.findings.append(Finding("start", 1, newest, None, (
            f"the witness {sink.where} holds no head for this case yet (kept since this version); "
            + ("witnessing starts now" if catch_up else "the next action starts witnessing")), problem=False))
    elif newest - witnessed > 1:
        at = audit_time(log_rows[witnessed + 1]["at"]) if witnessed + 1 in log_rows else None
        report.findings.append(Finding("added", witnessed + 1, newest, at, (
            f"{_span(witnessed + 1, newest)} {'was' if witnessed + 1 == newest else 'were'} added after the "
            f"witness last saw the log (row {witnessed} at {report.witnessed_at}) and never witnessed")))
        return
    if catch_up and report.ok:  # one row behind: a process stopped between the commit and the witness write
        head = Head(report.case, newest, log_rows[newest]["hash"], _now(), key_id(key), first=newest).signed(key)
        if _write(sink, [head]):
            report.caught_up = newest


def warnings(settings: Settings | None = None) -> list[str]:
    """Set-ups in which one compromised account could rewrite both the log and what witnesses it."""
    settings = settings or Settings.from_env()
    out = audit.key_warnings(settings)
    if settings.database_url.startswith("sqlite"):
        return out
    where = settings.witness or location(settings.database_url)
    if not settings.witness:
        out.append(f"on a team (PostgreSQL) install the audit heads are witnessed in {where}; name a location the "
                   "database's users cannot write with CHRONOLOGY_WITNESS (a folder, or a PostgreSQL URL of "
                   "another role)")
    elif is_database_url(where) and make_url(where).set(password=None) == make_url(settings.database_url).set(
            password=None):
        out.append("CHRONOLOGY_WITNESS is the store's own database and role: one stolen credential rewrites both; "
                   "give the witness another role or schema")
    return out
