"""Benchmark a team reviewing one case at once against the shared services (PostgreSQL + Chroma server).

    .venv/bin/python bench/team.py [--reviewers 4] [--actions 200] [--seconds 60] [--lines 400] [--backend postgres]

Starts an embedded PostgreSQL (Unix socket under /tmp) and a ``chroma run`` server on a free 127.0.0.1
port, builds a case of ``--lines`` faithful single-source lines, then runs N reviewer processes that
each do up to ``--actions`` actions (or stop after ``--seconds``) on lines picked at random from the
whole case: show the sources and verify, comment, or edit. Reviewers collide on purpose; a collision
is a ConflictError (the reviewer reloads and carries on), never lost work. Prints actions/s, p50/p95
latency per action and the conflict count, then checks the audit chain. ``--backend sqlite`` runs the
same load on a SQLite file for comparison. Nothing leaves this machine.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, this folder comes first on sys.path, where bench/ingest.py would shadow the ingest package.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
CASE = "bench-team"
QUOTE = "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a report of shouting."
PAGE = ("Northshire Police - Domestic Abuse Notification\nCrime ref: 44/12345/23\n" + QUOTE +
        " Two officers spoke to Ms Smith.")


def build_case(lines: int) -> None:
    """One police document and ``lines`` identical faithful lines citing it, written straight into the store."""
    from chronology.entries import EntryStore
    from chronology.models import Citation, Document, Entry, Page, Passage
    from chronology.workspace import Workspace

    ws = Workspace()
    store = ws.store
    store.ensure_case(CASE)
    doc = Document(id=None, case_id=CASE, path="police/x.txt", sha256=hashlib.sha256(PAGE.encode()).hexdigest(),
                   kind="txt", source_kind="police")
    doc = store.begin_document(doc, [Page(0, 1, PAGE)], [Passage(None, 0, 1, 0, len(PAGE), PAGE, 1)])
    store.complete_document(doc.id or 0)
    start = PAGE.index(QUOTE)
    es = EntryStore(store)
    with store.transaction() as conn:
        for i in range(lines):
            cite = Citation(document_id=doc.id or 0, document=doc.path, page=1, char_start=start,
                            char_end=start + len(QUOTE), quote=QUOTE, document_sha256=doc.sha256)
            es.insert(conn, Entry(id=None, case_id=CASE, date="2023-03-12", time="23:40", text=QUOTE,
                                  citations=[cite], key=f"k{i}", seq=i))
    store.engine.dispose()


def reviewer(env: dict, user: str, actions: int, seconds: float, seed: int, barrier, results) -> None:
    os.environ.update(env)
    from chronology.entries import ConflictError, EntryStore
    from chronology.workspace import Workspace
    from verify import review

    ws = Workspace()
    store, entries = ws.store, EntryStore(ws.store)
    ids = [e.id for e in entries.list(CASE)]
    rng = random.Random(seed)
    timings: dict[str, list[float]] = {"verify": [], "comment": [], "edit": []}
    counts = {"conflict": 0, "refused": 0}
    barrier.wait(60)
    stop_at = time.monotonic() + seconds
    done = 0
    while done < actions and time.monotonic() < stop_at:
        entry_id = rng.choice(ids)
        kind = rng.choices(("verify", "comment", "edit"), weights=(5, 3, 2))[0]
        t = time.perf_counter()
        try:
            e = entries.get(entry_id)  # what the screen shows, at its current version
            if kind == "verify":
                if e.status != "unverified":
                    kind = "comment"
                    review.comment(store, e, user, "seen again")
                else:
                    session = review.new_session()
                    review.record_view(store, e.id, [c.id for c in e.citations], user, session)
                    review.verify(store, e, user, session)
            elif kind == "comment":
                review.comment(store, e, user, f"note {done} from {user}")
            else:
                if e.status == "rejected":
                    kind = "comment"
                    review.comment(store, e, user, "still rejected")
                else:
                    review.edit(store, e, user, QUOTE if e.text != QUOTE else QUOTE + " (checked)")
        except ConflictError:
            counts["conflict"] += 1
        except review.ReviewRefused:
            counts["refused"] += 1
        timings[kind].append(time.perf_counter() - t)
        done += 1
    results.put((user, timings, counts))


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[-1] if len(xs) >= 2 else (xs[0] if xs else 0.0)


def run(args: argparse.Namespace, env: dict) -> None:
    from chronology.workspace import Workspace
    from verify import audit

    os.environ.update(env)
    build_case(args.lines)
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(args.reviewers + 1), ctx.Queue()
    procs = [ctx.Process(target=reviewer, args=(env, f"worker{i}", args.actions, args.seconds, i, barrier, results))
             for i in range(args.reviewers)]
    for p in procs:
        p.start()
    barrier.wait(120)
    t0 = time.perf_counter()
    got = [results.get(timeout=args.seconds + 120) for _ in procs]
    wall = time.perf_counter() - t0
    for p in procs:
        p.join(30)
    merged: dict[str, list[float]] = {}
    conflicts = refused = 0
    for _, timings, counts in got:
        for k, v in timings.items():
            merged.setdefault(k, []).extend(v)
        conflicts += counts["conflict"]
        refused += counts["refused"]
    every = [x for v in merged.values() for x in v]
    print(f"backend {args.backend}: {args.reviewers} reviewers, {len(every)} actions in {wall:.1f} s "
          f"→ {len(every) / wall:.1f} actions/s; p50 {statistics.median(every) * 1000:.0f} ms, "
          f"p95 {p95(every) * 1000:.0f} ms; conflicts {conflicts}, refused {refused}")
    for k, v in sorted(merged.items()):
        if v:
            print(f"  {k:8} n={len(v):4}  p50 {statistics.median(v) * 1000:6.0f} ms  p95 {p95(v) * 1000:6.0f} ms")
    ws = Workspace()
    check = audit.check(ws.store, CASE)
    print(f"audit chain: {'verifies' if check.ok else 'BROKEN: ' + check.reason} ({check.rows} rows)")
    ws.store.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reviewers", type=int, default=4)
    parser.add_argument("--actions", type=int, default=200, help="per reviewer")
    parser.add_argument("--seconds", type=float, default=60.0, help="stop each reviewer after this long")
    parser.add_argument("--lines", type=int, default=400)
    parser.add_argument("--backend", choices=("postgres", "sqlite"), default="postgres")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="chronology-bench-team-", dir="/tmp"))
    env = {"CHRONOLOGY_HOME": str(home), "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1"}
    if args.backend == "sqlite":
        run(args, env)
        return
    from tests.servers import chroma_server, postgres_server

    with postgres_server() as pg, chroma_server() as chroma:
        env |= {"CHRONOLOGY_DATABASE_URL": pg.new_database(), "CHRONOLOGY_CHROMA_URL": chroma.url}
        run(args, env)


if __name__ == "__main__":
    main()
