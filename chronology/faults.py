"""Crash-safety harness: run real ``chronology`` commands as subprocesses, SIGKILL them at seeded random
moments, and check after every kill that the store is consistent and that rerunning finishes the work.

What is checked after each kill (:meth:`Harness.check`):

* SQLite ``PRAGMA integrity_check`` is ``ok`` and ``PRAGMA foreign_key_check`` finds nothing;
* every current document is whole: ``complete``, ``page_count`` pages, passages whose text is exactly
  their page slice, and exactly its passages' vectors in Chroma; an incomplete document is never visible;
* the audit chain of the case verifies;
* (per action) the entry touched equals its state before or after the action, never a mixture, and its
  reviews and audit rows moved with it; a killed export never leaves a partial file under the final name,
  and any file there is one the audit log recorded (by SHA-256).

Used by ``bench/faults.py`` (many kills) and ``tests/test_faults.py`` (a seeded few on every test run).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STATE_FIELDS = ("status", "text", "date", "time", "version")


@dataclass
class Kill:
    command: str
    delay: float
    finished: bool  # the process ended on its own before the kill
    problems: list[str] = field(default_factory=list)
    lost: bool = False


@dataclass
class FaultReport:
    seed: int
    kills: list[Kill] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def lost(self) -> int:
        return sum(k.lost for k in self.kills)

    @property
    def inconsistent(self) -> int:
        return sum(bool(k.problems) for k in self.kills)

    def summary(self) -> str:
        return (f"kills={len(self.kills)} lost={self.lost} inconsistent={self.inconsistent} "
                f"seconds={self.seconds:.1f} seed={self.seed}")

    def failures(self) -> list[str]:
        return [f"{k.command} killed at {k.delay:.2f}s: " + "; ".join(k.problems or ["work lost"])
                for k in self.kills if k.problems or k.lost]


def _cli_command() -> list[str]:
    return [sys.executable, "-m", "chronology.cli"]


class Harness:
    """One temporary chronology home and one case, driven by subprocesses."""

    def __init__(self, home: Path, folder: Path, case: str = "faults", seed: int = 0):
        self.home = Path(home)
        self.folder = Path(folder)
        self.case = case
        self.rng = random.Random(seed)
        self.seed = seed
        self.user_home = self.home.parent / (self.home.name + "-user")
        self.user_home.mkdir(parents=True, exist_ok=True)
        self.env = {k: v for k, v in os.environ.items()
                    if k not in {"CHRONOLOGY_DATABASE_URL", "CHRONOLOGY_CHROMA_URL", "CHRONOLOGY_AUDIT_KEY",
                                 "CHRONOLOGY_AUDIT_KEY_FILE"}}
        self.env.update(CHRONOLOGY_HOME=str(self.home), HOME=str(self.user_home), HF_HUB_OFFLINE="1",
                        TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False", CHRONOLOGY_USER="faults")
        root = str(Path(__file__).resolve().parent.parent)
        self.env["PYTHONPATH"] = root + os.pathsep + self.env.get("PYTHONPATH", "")
        self.timing: dict[str, float] = {}
        self._store = None

    # --- running ---------------------------------------------------------------------------------
    def run(self, args: list[str], timeout: float = 600) -> subprocess.CompletedProcess:
        t0 = time.monotonic()
        done = subprocess.run([*_cli_command(), *args], env=self.env, capture_output=True, text=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)
        self.timing[args[0]] = max(self.timing.get(args[0], 0.0), time.monotonic() - t0)
        return done

    def kill_run(self, args: list[str], delay: float,
                 trigger: Callable[[], bool] | None = None) -> tuple[bool, int | None]:
        """Start the command, SIGKILL its process group after ``delay`` seconds (or as soon as ``trigger()``
        is true, polled every 10 ms); returns (finished on its own, exit code)."""
        proc = subprocess.Popen([*_cli_command(), *args], env=self.env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + delay
        while True:
            try:
                proc.wait(timeout=0.01 if trigger else delay)
                return True, proc.returncode
            except subprocess.TimeoutExpired:
                pass
            if time.monotonic() >= deadline:
                break
            try:
                if trigger and trigger():
                    break
            except sqlite3.Error:
                pass
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
        return False, None

    def delay_for(self, command: str, default: float) -> float:
        """A seeded moment within the command's measured run time (most of it past start-up)."""
        span = self.timing.get(command, default)
        return self.rng.uniform(0.15, 1.05) * span

    # --- reading the stores ----------------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.home / "chronology.db"

    def store(self):
        if self._store is None:
            from chronology.config import Settings
            from chronology.store import Store

            settings = Settings(home=self.home, database_url=f"sqlite:///{self.db_path}", chroma_url=None)
            self._store = Store.open(settings)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.engine.dispose()
            self._store = None

    def sql(self, query: str, *params: Any) -> list[tuple]:
        con = sqlite3.connect(self.db_path, timeout=30)
        try:
            return con.execute(query, params).fetchall()
        finally:
            con.close()

    def vector_documents(self) -> dict[int, set[int]]:
        """Chroma's vectors of the case, read afresh (no cached client): {document id: {passage ids}}."""
        return read_vectors(self.home / "chroma", self.case)

    # --- invariants ------------------------------------------------------------------------------
    def check(self) -> list[str]:
        problems: list[str] = []
        if not self.db_path.exists():
            return problems
        ok = self.sql("PRAGMA integrity_check")
        if ok != [("ok",)]:
            problems.append(f"integrity_check: {ok[:3]}")
        fk = self.sql("PRAGMA foreign_key_check")
        if fk:
            problems.append(f"foreign_key_check: {fk[:3]}")
        if not self.sql("SELECT 1 FROM cases WHERE id = ?", self.case):
            return problems
        problems += self.check_documents()
        problems += self.check_audit()
        return problems

    def check_documents(self) -> list[str]:
        problems: list[str] = []
        vectors = self.vector_documents()
        docs = self.sql("SELECT id, path, complete, superseded_at, page_count FROM documents WHERE case_id = ?", self.case)
        for doc_id, path, complete, superseded, page_count in docs:
            if not complete or superseded:
                continue
            pages = dict(self.sql("SELECT number, text FROM pages WHERE document_id = ?", doc_id))
            if len(pages) != page_count:
                problems.append(f"{path}: {len(pages)} pages stored, {page_count} expected")
            passages = self.sql("SELECT id, page_number, char_start, char_end, text FROM passages "
                                "WHERE document_id = ?", doc_id)
            if not passages and any((t or "").strip() for t in pages.values()):
                problems.append(f"{path}: complete but has no passages")
            for pid, page, start, end, text in passages:
                if (pages.get(page) or "")[start:end] != text:
                    problems.append(f"{path}: passage {pid} does not match its page text")
                    break
            want = {p[0] for p in passages}
            got = vectors.get(doc_id, set())
            if want != got:
                problems.append(f"{path}: {len(want - got)} passage(s) without a vector, "
                                f"{len(got - want)} stray vector(s)")
        visible = {d.id for d in self.store().documents(self.case)}
        hidden = {r[0] for r in docs if not r[2]}
        if visible & hidden:
            problems.append(f"incomplete documents visible: {sorted(visible & hidden)}")
        return problems

    def orphan_vectors(self) -> int:
        current = {r[0] for r in self.sql("SELECT id FROM documents WHERE case_id = ? AND complete = 1 "
                                          "AND superseded_at IS NULL", self.case)}
        return sum(len(ids) for d, ids in self.vector_documents().items() if d not in current)

    def check_audit(self) -> list[str]:
        from chronology.config import Settings
        from verify import audit

        settings = Settings(home=self.home, database_url=f"sqlite:///{self.db_path}", chroma_url=None)
        key_file = self.home / "audit.key"
        if not key_file.exists():
            return []
        result = audit.check(self.store(), self.case, key=audit.load_key(settings))
        return [] if result.ok else [f"audit chain: {result.reason}"]

    # --- entry state -----------------------------------------------------------------------------
    def entry_state(self, entry_id: int) -> tuple:
        row = self.sql("SELECT status, text, date, time, version FROM entries WHERE id = ?", entry_id)
        reviews = self.sql("SELECT action, entry_text FROM reviews WHERE entry_id = ? ORDER BY id", entry_id)
        audits = self.sql("SELECT count(*) FROM audit WHERE case_id = ? AND action != 'view' "
                          "AND json_extract(detail, '$.entry_id') = ?", self.case, entry_id)[0][0]
        return (tuple(row[0]) if row else None, tuple(reviews), audits)  # views are not state: left out

    def entries(self) -> list[tuple[int, str, str]]:
        return self.sql("SELECT id, status, text FROM entries WHERE case_id = ? AND stale = 0 ORDER BY id", self.case)

    def export_hashes(self) -> set[str]:
        rows = self.sql("SELECT json_extract(detail, '$.sha256') FROM audit WHERE case_id = ? AND action = 'export'",
                        self.case)
        return {r[0] for r in rows}


def read_vectors(chroma_path: Path, case_id: str) -> dict[int, set[int]]:
    """{document id: {passage ids}} of a case's Chroma collection, through a fresh client (no stale cache)."""
    if not chroma_path.exists():
        return {}
    import chromadb
    from chromadb.api.client import SharedSystemClient
    from chromadb.config import Settings as ChromaSettings

    import ingest.vectors  # noqa: F401 - registers our embedding function so the collection opens
    from ingest.vectors import collection_name

    SharedSystemClient.clear_system_cache()
    client = chromadb.PersistentClient(path=str(chroma_path), settings=ChromaSettings(anonymized_telemetry=False))
    try:
        try:
            col = client.get_collection(collection_name(case_id))
        except Exception:  # noqa: BLE001 - not created yet
            return {}
        got = col.get(include=["metadatas"])
        out: dict[int, set[int]] = {}
        for vid, meta in zip(got["ids"], got["metadatas"]):
            out.setdefault(int((meta or {}).get("document_id", -1)), set()).add(int(vid[1:]))
        return out
    finally:
        SharedSystemClient.clear_system_cache()


def valid_export(path: Path) -> str | None:
    """Why a file under an export's final name is not a whole export, or None."""
    data = path.read_bytes()
    if not data:
        return "empty file"
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            doc = json.loads(data)
            if "audit_head" not in doc or "entries" not in doc:
                return "JSON lacks audit_head or entries"
        elif suffix == ".docx":
            with zipfile.ZipFile(path) as z:
                if z.testzip() is not None or "word/document.xml" not in z.namelist():
                    return "damaged DOCX"
        elif suffix == ".pdf":
            if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
                return "truncated PDF"
    except (ValueError, zipfile.BadZipFile) as exc:
        return f"unreadable: {exc}"
    return None


# --- scenarios ------------------------------------------------------------------------------------


def _mutate(folder: Path, n: int) -> None:
    """Change one source file so the next ingest replaces a document (exercises the replace path)."""
    notes = folder / "case-notes" / "notes.txt"
    notes.write_text(notes.read_text(encoding="utf-8") + f"\nCase Note: 2{n % 9}/04/2023 10:00 | Visit | "
                     f"Recorded by: Jane Holloway (Social Worker)\nVisit number {n}: the children were well.",
                     encoding="utf-8")


def kill_ingest(h: Harness, n: int, report: FaultReport, mutate: bool = True, mid_document: bool = False,
                mid_replace: bool = False) -> None:
    """Kill an ingest at a seeded moment; or, with ``mid_document``, the moment a document is stored but
    not yet complete (its vectors are being added); or, with ``mid_replace``, the moment a changed file's
    new version is made current (before the old version's vectors are removed)."""
    if mutate or mid_replace:
        _mutate(h.folder, n)
    delay = 120.0 if (mid_document or mid_replace) else h.delay_for("ingest", 12.0)
    t0 = time.monotonic()
    trigger = None
    if mid_document:
        trigger = lambda: bool(h.sql("SELECT count(*) FROM documents WHERE complete = 0")[0][0])  # noqa: E731
    elif mid_replace:
        superseded = h.sql("SELECT count(*) FROM documents WHERE superseded_at IS NOT NULL")[0][0]
        trigger = lambda: h.sql("SELECT count(*) FROM documents WHERE superseded_at IS NOT NULL")[0][0] > superseded  # noqa: E731
    finished, code = h.kill_run(["ingest", str(h.folder), "--case", h.case, "--quiet"], delay, trigger)
    name = "ingest (mid-document)" if mid_document else "ingest (mid-replace)" if mid_replace else "ingest"
    k = Kill(name, time.monotonic() - t0, finished)
    k.problems = h.check()
    incomplete = h.sql("SELECT count(*) FROM documents WHERE complete = 0")[0][0] if h.db_path.exists() else 0
    if mid_document and not incomplete and not finished:
        k.problems.append("the kill was meant to land mid-document but no incomplete document was left")
    report.kills.append(k)


def complete_ingest(h: Harness) -> list[str]:
    """Rerun ingest to the end: every file current, complete, with exactly its vectors, no orphans."""
    done = h.run(["ingest", str(h.folder), "--case", h.case, "--quiet"])
    problems = [] if done.returncode == 0 else [f"ingest rerun exit {done.returncode}: {done.stderr[-300:]}"]
    problems += h.check()
    paths = {r[0] for r in h.sql("SELECT path FROM documents WHERE case_id = ? AND complete = 1 "
                                 "AND superseded_at IS NULL", h.case)}
    files = {p.relative_to(h.folder).as_posix() for p in h.folder.rglob("*") if p.is_file()}
    if paths != files:
        problems.append(f"after rerun the case holds {sorted(paths)}, the folder {sorted(files)}")
    if h.sql("SELECT count(*) FROM documents WHERE case_id = ? AND complete = 0", h.case)[0][0]:
        problems.append("after rerun an incomplete document remains")
    orphans = h.orphan_vectors()
    if orphans:
        problems.append(f"after rerun {orphans} vector(s) belong to no current document")
    return problems


def kill_draft(h: Harness, report: FaultReport) -> None:
    reviewed = {r[0]: h.entry_state(r[0]) for r in h.entries() if r[1] != "unverified"}
    delay = h.delay_for("draft", 8.0)
    finished, _ = h.kill_run(["draft", "--case", h.case, "--quiet"], delay)
    k = Kill("draft", delay, finished)
    k.problems = h.check()
    for eid, before in reviewed.items():
        if h.entry_state(eid)[:2] != before[:2]:
            k.problems.append(f"re-draft changed reviewed entry {eid}")
    report.kills.append(k)


def _pick_action(h: Harness, n: int) -> tuple[int, list[str], Callable[[tuple], bool]] | None:
    entries = h.entries()
    if not entries:
        return None
    eid, status, _text = h.rng.choice(entries)
    if status == "rejected":
        return eid, ["reopen", str(eid), "--by", "Jane", "--reason", f"look again {n}"], lambda s: s[0][0] == "unverified"
    choice = h.rng.choice(["verify", "verify", "edit", "reject"] if status == "unverified" else ["edit", "edit", "reject"])
    if choice == "verify":
        return eid, ["verify", str(eid), "--by", "Jane"], lambda s: s[0][0] == "verified"
    if choice == "reject":
        return eid, ["reject", str(eid), "--by", "Jane", "--reason", f"not right {n}"], lambda s: s[0][0] == "rejected"
    text = f"Edited by hand, version {n}."
    return eid, ["edit", str(eid), "--by", "Jane", "--text", text, "--reason", "typo"], \
        lambda s: bool(s[1]) and s[1][-1] == ("edit", text)


def kill_action(h: Harness, n: int, report: FaultReport) -> None:
    picked = _pick_action(h, n)
    if picked is None:
        return
    eid, args, done_when = picked
    before = h.entry_state(eid)
    delay = h.delay_for(args[0], 0.9)
    finished, code = h.kill_run([*args, "--case", h.case], delay)
    k = Kill(args[0], delay, finished)
    k.problems = h.check()
    killed_state = h.entry_state(eid)
    rerun = h.run([*args, "--case", h.case])
    after = h.entry_state(eid)
    if killed_state not in (before, after):
        k.problems.append(f"entry {eid} is neither as before nor as after {args[0]}: {killed_state}")
    if killed_state != before:
        # changed: the entry row, its one review row and its audit row must have moved together
        if len(killed_state[1]) != len(before[1]) + 1 or killed_state[2] != before[2] + 1:
            k.problems.append(f"entry {eid}: state, review row and audit row did not move together")
    if finished and code == 0 and killed_state == before:
        k.lost = True
    if rerun.returncode == 0 and not done_when(after):
        k.lost = True
    if rerun.returncode not in (0, 1):
        k.problems.append(f"rerun of {args[0]} exit {rerun.returncode}: {rerun.stderr[-300:]}")
    if not (done_when(after) or rerun.returncode == 1):
        k.lost = True
    k.problems += [p for p in h.check() if p not in k.problems]
    report.kills.append(k)


def kill_export(h: Harness, n: int, report: FaultReport, out_dir: Path) -> None:
    fmt = h.rng.choice(["json", "json", "docx"])
    out = out_dir / f"chronology.{fmt}"
    before = out.read_bytes() if out.exists() else None
    delay = h.delay_for("export", 0.9)
    finished, code = h.kill_run(["export", "--case", h.case, "--draft", "--out", str(out), "--quiet"], delay)
    k = Kill("export", delay, finished)
    k.problems = h.check()
    if out.exists():
        why = valid_export(out)
        if why:
            k.problems.append(f"{out.name} under its final name is not whole: {why}")
        import hashlib

        data = out.read_bytes()
        if data != before and hashlib.sha256(data).hexdigest() not in h.export_hashes():
            k.problems.append(f"{out.name} is not a file the audit log recorded")
    elif finished and code == 0:
        k.lost = True
    rerun = h.run(["export", "--case", h.case, "--draft", "--out", str(out), "--quiet"])
    if rerun.returncode != 0 or not out.exists() or valid_export(out):
        k.lost = True
    left = sorted(t.name for t in out_dir.glob(f".{out.name}.*.part"))
    if left:  # the killed export's half-written file must not outlive the next export
        k.problems.append(f"half-written export file(s) left behind after the next export: {', '.join(left)}")
    report.kills.append(k)


def run_faults(base: Path, make_folder: Callable[[Path], Path], kills: int, seed: int,
               ingest_kills: int | None = None, draft_kills: int | None = None, redraft_share: float = 0.0,
               log: Callable[[str], None] | None = None) -> FaultReport:
    """The whole scenario: ingest (killed, then completed), draft (killed, then completed), then a
    seeded mix of killed verify/reject/edit/reopen, export (and, with ``redraft_share``, re-draft) runs,
    checking after every kill."""
    t0 = time.monotonic()
    report = FaultReport(seed=seed)
    h = Harness(base / "home", make_folder(base / "folder"), seed=seed)
    out_dir = base / "exports"
    out_dir.mkdir(parents=True, exist_ok=True)
    say = log or (lambda _m: None)
    ingest_kills = max(1, kills // 12) if ingest_kills is None else ingest_kills
    draft_kills = max(1, kills // 20) if draft_kills is None else draft_kills
    try:
        # the first kill hits an empty store; later ones a store with the case, after a file changed
        for i in range(ingest_kills):
            if i % 3 == 2:  # a replace needs a complete earlier version of the file
                rest = complete_ingest(h)
                if rest:
                    report.kills.append(Kill("ingest (rerun)", 0.0, True, rest))
            kill_ingest(h, i, report, mutate=i > 0, mid_document=i % 3 == 1, mid_replace=i % 3 == 2)
            say(f"ingest killed at {report.kills[-1].delay:.2f}s: {report.kills[-1].problems or 'ok'}")
        rest = complete_ingest(h)
        if rest:
            report.kills.append(Kill("ingest (rerun)", 0.0, True, rest))
        for _ in range(draft_kills):
            kill_draft(h, report)
        done = h.run(["draft", "--case", h.case, "--quiet"])
        if done.returncode != 0 or not h.entries():
            report.kills.append(Kill("draft (rerun)", 0.0, True, [f"exit {done.returncode}: {done.stderr[-300:]}"]))
        remaining = kills - ingest_kills - draft_kills
        for n in range(max(0, remaining)):
            roll = h.rng.random()
            if roll < 0.2:
                kill_export(h, n, report, out_dir)
            elif roll < 0.2 + redraft_share:
                kill_draft(h, report)
                h.run(["draft", "--case", h.case, "--quiet"])
            else:
                kill_action(h, n, report)
            last = report.kills[-1] if report.kills else None
            if last and (last.problems or last.lost):
                say(f"FAIL {last.command} {last.delay:.2f}s {last.problems} lost={last.lost}")
    finally:
        h.close()
        report.seconds = time.monotonic() - t0
    return report
