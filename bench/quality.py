"""How good the draft is on the sample cases: recall and precision against sample_cases/expected/*.json.

Usage: python bench/quality.py [CASE ...]
An expected event counts as found when an entry has its date and contains all its key phrases;
an entry counts as correct when it matches some expected event. Also prints how many of the
expected source documents the matching entries cite, and any planned date listed as an event.
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


def main(cases: list[str]) -> None:
    from chronology.config import Settings
    from chronology.draft import Drafter
    from chronology.entries import EntryStore
    from chronology.evaluate import evaluate
    from chronology.store import Store
    from ingest.vectors import VectorIndex
    from ingest.pipeline import Ingestor

    expected_dir = ROOT / "sample_cases" / "expected"
    cases = cases or sorted(p.stem for p in expected_dir.glob("*.json"))
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(home=Path(tmp), database_url=f"sqlite:///{tmp}/q.db", chroma_url=None)
        store, index = Store.open(settings), VectorIndex(settings)
        print(f"{'case':<8} {'expected':>8} {'entries':>8} {'recall':>7} {'precision':>9} {'citations':>9} plans-listed")
        for case in cases:
            Ingestor(store, index).ingest(ROOT / "sample_cases" / case, case)
            Drafter(store).draft(case)
            ev = evaluate(EntryStore(store).list(case), expected_dir / f"{case}.json")
            print(f"{case:<8} {ev.expected:>8} {ev.entries:>8} {ev.recall:>7.1%} {ev.precision:>9.1%} "
                  f"{ev.citation_recall:>9.1%} {len(ev.plans_listed)}")
            for miss in ev.missed[:15]:
                print(f"    missed: {miss}")
            for plan in ev.plans_listed:
                print(f"    plan listed as event: {plan}")


if __name__ == "__main__":
    main(sys.argv[1:])
