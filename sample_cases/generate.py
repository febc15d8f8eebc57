"""Generate the fictional sample case bundles, their expected chronologies, and benchmark bundles.

Usage:
    .venv/bin/python sample_cases/generate.py                 # rewrite every sample case and expected/
    .venv/bin/python sample_cases/generate.py --bundle OUT --pages 1000 [--seed 0] [--formats pdf,docx,txt]

Why one script: the documents and the ground-truth chronology come from the same timeline, so
they cannot disagree. Output is deterministic (fixed PDF invariant mode, DOCX dates, EML headers).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

if __package__ in (None, ""):  # run as a script: make "sample_cases" importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import importlib  # noqa: E402

from sample_cases import _re_a, _re_s  # noqa: E402
from sample_cases._bundle import generate_bundle  # noqa: E402
from sample_cases._model import Doc  # noqa: E402
from sample_cases._render import write_doc  # noqa: E402

HERE = Path(__file__).resolve().parent
# Cases written from a brief by someone who had not read the engine; each module is standalone,
# with its own templates, and writes its folder and expected file through ``build(out_root)``.
BLIND_CASES = ("_re_b", "_re_k", "_re_t", "_re_m", "_re_p", "_re_w")
WORDS_PER_PAGE = 500  # page estimate for DOCX, TXT and EML in the sample cases

__all__ = ["generate_bundle", "build_case", "main"]


def build_case(module: ModuleType, out_root: Path) -> dict[str, Any]:
    """Write one scripted case and its expected JSON; returns page statistics per file."""
    case = module.timeline()
    docs: list[Doc] = module.documents(case)
    case_dir = out_root / case.slug
    if case_dir.exists():
        shutil.rmtree(case_dir)
    scanned = set(getattr(module, "SCANNED", ()))
    files: dict[str, dict[str, Any]] = {}
    for doc in docs:
        pages, words = write_doc(doc, case_dir, scanned=doc.relpath in scanned)
        est = pages if pages else max(1, round(words / WORDS_PER_PAGE + 0.49))
        files[doc.relpath] = {"pdf_pages": pages, "words": doc.words, "pages": est}
    case.validate({d.relpath: d.plain_text() for d in docs})
    exp_dir = out_root / "expected"
    exp_dir.mkdir(parents=True, exist_ok=True)
    (exp_dir / f"{case.slug}.json").write_text(
        json.dumps(case.expected(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return {"case": case.slug, "files": files, "pages": sum(f["pages"] for f in files.values()),
            "events": len(case.events), "plans": len(case.plans)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bundle", type=Path, help="write a generated benchmark bundle into this folder")
    ap.add_argument("--pages", type=int, default=1000, help="approximate pages for --bundle")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--formats", default="pdf,docx,txt", help="comma-separated: pdf,docx,txt,eml")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.bundle:
        stats = generate_bundle(args.bundle, args.pages, seed=args.seed,
                                formats=tuple(f.strip() for f in args.formats.split(",") if f.strip()))
        print(json.dumps(stats))
        return 0
    for module in (_re_a, _re_s):
        stats = build_case(module, HERE)
        if not args.quiet:
            print(f"{stats['case']}: {len(stats['files'])} files, ~{stats['pages']} pages, "
                  f"{stats['events']} events, {stats['plans']} plans")
            for rel, f in sorted(stats["files"].items()):
                kind = f"{f['pdf_pages']} PDF pages" if f["pdf_pages"] else f"{f['words']} words"
                print(f"  {rel:55s} {kind}")
    for name in BLIND_CASES:
        if (HERE / f"{name}.py").exists():
            stats = importlib.import_module(f"sample_cases.{name}").build(HERE)
            if not args.quiet:
                print(f"{stats['case']}: {stats['files']} files, {stats['events']} events (written blind)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
