"""How good the draft is on the sample cases, against sample_cases/expected/*.json.

Usage: python bench/quality.py [--details] [CASE ...]

An expected event counts as found when an entry has its date and contains all its key phrases; an
entry counts as correct when it matches some expected event. Also printed: the share of expected
source documents the matching entries cite, events reported by several documents that became one
line citing them all ("merged"), duplicate lines, the child's quoted words kept verbatim, and any
planned or distractor date listed as an event.

FIRST_SIGHT records each case's figures from its first run, before anything was tuned on it: the
case was written from a brief by someone who had not read the engine, then scored once. Keep the
column: it is the honest estimate of how the draft does on a bundle nobody here has seen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

# case: (recall, precision, merged, duplicates, quotes kept, plan/distractor lines) at first sight
FIRST_SIGHT: dict[str, tuple[float, float, float, float, float, int]] = {
    "re-b": (0.917, 0.76, 0.39, 0.117, 0.50, 9),  # neglect over years: health table, school chronology, Mosaic-style notes
    "re-m": (0.728, 0.49, 0.35, 0.050, 0.79, 2),  # exploitation: 321-note export, CPOMS-style school export, found reports
    "re-t": (0.792, 0.68, 0.37, 0.070, 0.57, 6),  # interpreter, Romanian names, cp1252 EDT log, SystmOne-style GP print
    "re-k": (0.976, 0.74, 0.42, 0.019, 0.57, 2),  # six siblings, three fathers: LCS-style DOCX notes, SWET statement
    "re-p": (0.930, 0.68, 0.42, 0.106, 0.67, 7),  # a baby, pre-birth to PLO: table-row case notes, running chronology
    "re-w": (0.626, 0.50, 0.04, 0.061, 0.18, 6),  # a looked-after teenager: two-line note headers, home's log, MFH reports
}

COLUMNS = f"{'case':<6} {'events':>6} {'lines':>5} {'recall':>6} {'prec':>5} {'cited':>5} {'merged':>6} " \
          f"{'dup':>5} {'quotes':>6} {'plans':>5} {'distr':>5}"


def _row(case: str, ev) -> str:
    return (f"{case:<6} {ev.expected:>6} {ev.entries:>5} {ev.recall:>6.1%} {ev.precision:>5.0%} "
            f"{ev.citation_recall:>5.0%} {ev.merge_rate:>6.0%} {ev.duplicate_rate:>5.1%} {ev.quote_rate:>6.0%} "
            f"{len(ev.plans_listed):>5} {len(ev.distractors_listed):>5}")


def _details(ev) -> None:
    for title, items in (("missed", ev.missed), ("not merged", ev.unmerged), ("quote lost", ev.quotes_lost),
                         ("plan listed", ev.plans_listed), ("distractor listed", ev.distractors_listed),
                         ("not an expected event", ev.wrong)):
        for item in items[:40]:
            print(f"    {title}: {item}")


def main(argv: list[str]) -> None:
    from chronology.config import Settings
    from chronology.draft import Drafter
    from chronology.entries import EntryStore
    from chronology.evaluate import evaluate
    from chronology.store import Store
    from ingest.pipeline import Ingestor
    from ingest.vectors import VectorIndex

    details = "--details" in argv
    cases = [a for a in argv if not a.startswith("--")]
    expected_dir = ROOT / "sample_cases" / "expected"
    cases = cases or sorted(p.stem for p in expected_dir.glob("*.json"))
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(home=Path(tmp), database_url=f"sqlite:///{tmp}/q.db", chroma_url=None)
        store, index = Store.open(settings), VectorIndex(settings)
        print(COLUMNS)
        for case in cases:
            Ingestor(store, index).ingest(ROOT / "sample_cases" / case, case)
            Drafter(store).draft(case)
            ev = evaluate(EntryStore(store).list(case), expected_dir / f"{case}.json")
            print(_row(case, ev), flush=True)
            if case in FIRST_SIGHT:
                r, p, m, d, q, x = FIRST_SIGHT[case]
                print(f"{'  first sight':<20} {r:>6.1%} {p:>5.0%} {'':>5} {m:>6.0%} {d:>5.1%} {q:>6.0%} {x:>5}")
            if details:
                _details(ev)


if __name__ == "__main__":
    main(sys.argv[1:])
