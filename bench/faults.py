"""Crash-safety benchmark: SIGKILL real chronology commands at seeded random moments and count damage.

    .venv/bin/python bench/faults.py --kills 100 [--seed N]

prints ``kills=100 lost=0 inconsistent=0 seconds=…`` and exits 1 if anything was lost or inconsistent.
See chronology/faults.py for what is checked after every kill.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chronology.faults import run_faults  # noqa: E402
from tests.helpers import make_case_folder  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--ingest-kills", type=int, default=None, help="how many of the kills hit ingest")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 30)
    with tempfile.TemporaryDirectory(prefix="chronology-faults-") as tmp:
        report = run_faults(Path(tmp), make_case_folder, args.kills, seed, ingest_kills=args.ingest_kills, redraft_share=0.05,
                            log=(lambda m: print(m, file=sys.stderr)) if args.verbose else None)
    print(report.summary())
    for line in report.failures():
        print("  " + line)
    return 1 if report.lost or report.inconsistent else 0


if __name__ == "__main__":
    sys.exit(main())
