"""Benchmark the review screen on a 2,000-line case: server time per action, through Streamlit's AppTest.

    .venv/bin/python bench/review.py [--entries 2000] [--repeat 25]

Builds a throw-away store (a real 500-page PDF, its pages read by the PDF reader, one cited line per
sentence, written straight into the store), then drives app.py as a reviewer would and prints p50 and
p95 of the time each rerun takes on the server for: opening the case, showing a source (with the page
image), verify, edit, filter and next. No search model is loaded. Beside the wall time it prints the
process CPU time each action used: on a shared machine the wall time mostly measures waiting for a
core, the CPU time much less so (neither is the other: report the wall time from a quiet machine).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, this folder comes first on sys.path, where bench/ingest.py would shadow the ingest package.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
CASE = "bench"
PER_PAGE = 4
NAMES = ("Poppy", "Alfie", "Mrs Price", "PC Amir Khan", "Jane Holloway", "Dr Okafor")
PLACES = ("4 Elm Row", "the clinic", "Northshire Primary School", "the family home", "the contact centre")


def sentence(k: int, day: date) -> str:
    return (f"On {day:%d/%m/%Y} {NAMES[k % len(NAMES)]} was seen at {PLACES[k % len(PLACES)]} "
            f"and the visit was recorded as item {k}.")


def build_case(home: Path, n: int) -> None:
    """A case with ``n`` single-source lines over a real PDF, written directly into the store."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from chronology.entries import EntryStore
    from chronology.models import Citation, Document, Entry, Page, Passage
    from chronology.workspace import Workspace
    from ingest.pipeline import sha256_file
    from ingest.readers import read_document

    first = date(2021, 1, 4)
    days = [first + timedelta(days=k // 3) for k in range(n)]
    pdf = home.parent / "bench-case" / "records.pdf"
    pdf.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(pdf), pagesize=A4, invariant=1)
    for p in range(0, n, PER_PAGE):
        c.setFont("Helvetica", 9)
        y = 800
        c.drawString(50, y, f"Case record, page {p // PER_PAGE + 1}")
        for k in range(p, min(p + PER_PAGE, n)):
            y -= 20
            c.drawString(50, y, sentence(k, days[k]))
        c.showPage()
    c.save()

    ws = Workspace()
    store = ws.store
    store.ensure_case(CASE, "Benchmark case")
    from chronology.config import Limits

    raw = read_document(pdf, Limits())
    pages = [Page(0, i + 1, text) for i, text in enumerate(raw.pages)]
    passages, found = [], []
    for k in range(n):
        number = k // PER_PAGE + 1
        text = raw.pages[number - 1]
        s = sentence(k, days[k])
        start = text.index(s)
        passages.append(Passage(None, 0, number, start, start + len(s), s, seq=k))
        found.append((number, start, s))
    doc = Document(None, CASE, "records.pdf", sha256_file(pdf), "pdf", source_kind="social care",
                   meta={"source_path": str(pdf)})
    doc = store.begin_document(doc, pages, passages)
    store.complete_document(doc.id)
    es = EntryStore(store)
    with store.transaction() as conn:
        for k, ((number, start, s), p) in enumerate(zip(found, passages)):
            es.insert(conn, Entry(
                None, CASE, days[k].isoformat(), s, key=f"k{k}", seq=k, source_kinds=["social care"],
                citations=[Citation(doc.id, doc.path, number, start, start + len(s), s, passage_id=p.id,
                                    document_sha256=doc.sha256)]))
    store.engine.dispose()


CPU: dict[int, list[float]] = {}  # id(wall samples) → CPU-time samples of the same actions


def timed(samples: list[float], action: Callable[[], object]) -> None:
    t, c = time.perf_counter(), time.process_time()
    action()
    samples.append(time.perf_counter() - t)
    CPU.setdefault(id(samples), []).append(time.process_time() - c)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def run(n: int, repeat: int) -> dict[str, list[float]]:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()
    at.text_input(key="sign_name").input("Bench Reviewer")
    results: dict[str, list[float]] = {k: [] for k in ("open case", "show source", "verify", "edit", "filter", "next")}
    submit = next(b for b in at.button if b.label == "Start reviewing")
    timed(results["open case"], lambda: submit.click().run())
    assert not at.exception, at.exception

    def button(prefix: str):
        return next(b for b in at.button if (b.key or "").startswith(prefix) or b.label == prefix)

    for i in range(repeat):
        timed(results["show source"], lambda: button("show-").click().run())
        timed(results["verify"], lambda: button("verify-").click().run())
        entry_id = at.session_state["selected"]
        version = next(e.version for e in at.session_state["case_data"].entries if e.id == entry_id)
        at.text_area(key=f"text-{entry_id}-{version}").input(f"Edited line {i} for the benchmark.")
        timed(results["edit"], lambda: button("Save changes").click().run())
        person = NAMES[i % len(NAMES)] if i % 2 == 0 else ""
        timed(results["filter"], lambda: at.text_input(key="f_person").input(person).run())
        timed(results["next"], lambda: button("next").click().run())
        assert not at.exception, at.exception
    from chronology.entries import EntryStore
    from chronology.screen import state

    counts = EntryStore(state.store()).progress(CASE)
    assert counts["verified"] == repeat, counts  # every verify really reached the store
    if os.environ.get("BENCH_SAMPLES"):
        for name, values in results.items():
            print(name, [round(v * 1000) for v in values])
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chronology-bench-") as tmp:
        home = Path(tmp) / "chronology-home"
        os.environ["CHRONOLOGY_HOME"] = str(home)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        t = time.perf_counter()
        build_case(home, args.entries)
        print(f"built a {args.entries:,}-line case in {time.perf_counter() - t:.1f} s")
        results = run(args.entries, args.repeat)
    print(f"\nserver time per action (AppTest rerun), {args.entries:,} lines, {args.repeat} repeats")
    print(f"{'action':<12} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}   {'cpu p50':>8} {'cpu p95':>8}")
    for name, values in results.items():
        cpu = CPU.get(id(values), [0.0])
        print(f"{name:<12} {statistics.median(values) * 1000:8.0f} {pct(values, 0.95) * 1000:8.0f} "
              f"{max(values) * 1000:8.0f}   {statistics.median(cpu) * 1000:8.0f} {pct(cpu, 0.95) * 1000:8.0f}")


if __name__ == "__main__":
    main()
