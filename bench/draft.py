"""Draft speed and size: entries, merges and seconds for the large sample case and a generated bundle.

Usage: python bench/draft.py [--pages 1000] [--skip-generated]
Prints figures; asserts nothing. Ingest time is excluded (see bench/ingest.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


def run(name: str, folder: Path) -> None:
    from chronology.config import Settings
    from chronology.draft import Drafter
    from chronology.store import Store
    from ingest.pipeline import Ingestor
    from ingest.vectors import VectorIndex

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(home=Path(tmp), database_url=f"sqlite:///{tmp}/d.db", chroma_url=None)
        store = Store.open(settings)
        t = time.perf_counter()
        Ingestor(store, VectorIndex(settings)).ingest(folder, "bench")
        ingest_s = time.perf_counter() - t
        pages = store.counts("bench")["pages"]
        t = time.perf_counter()
        report = Drafter(store).draft("bench")
        draft_s = time.perf_counter() - t
        t = time.perf_counter()
        again = Drafter(store).draft("bench")
        redraft_s = time.perf_counter() - t
    print(f"{name}: pages={pages} candidates={report.candidates} entries={report.entries} "
          f"merged={report.merged} draft_seconds={draft_s:.2f} redraft_seconds={redraft_s:.2f} "
          f"(updated {again.updated}) ingest_seconds={ingest_s:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--skip-generated", action="store_true")
    args = ap.parse_args()
    run("sample_cases/re-s", ROOT / "sample_cases" / "re-s")
    if not args.skip_generated:
        from sample_cases.generate import generate_bundle

        with tempfile.TemporaryDirectory() as tmp:
            generate_bundle(Path(tmp), pages=args.pages)
            run(f"generated {args.pages}-page bundle", Path(tmp))


if __name__ == "__main__":
    main()
