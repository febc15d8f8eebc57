"""fp32 (sentence-transformers) vs int8 (local ONNX build) MiniLM on the sample cases.

Usage: python bench/embeddings.py [--runs 2]
For each case (sample_cases/re-a, re-s): passages/s for each build (best of --runs; the machine is
shared, so timings are noisy), the mean and minimum cosine between the two vectors of each passage,
whether each fp32 top-1 search hit (36 realistic queries, exact cosine over all the case's passages)
is in the int8 top-3, and whether the drafted chronology (entry dates, texts, merges, citations) is
identical when the case is ingested and drafted end to end with each build. Ends with a verdict:
int8 may be the default only if the drafts are identical and ≥ 95 % of top-1 hits are kept.
Prints figures; asserts nothing.
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

CASES = ["re-a", "re-s"]
QUERIES = [
    "police attended the family home after a domestic incident",
    "child protection conference decided a child protection plan",
    "section 47 enquiry started",
    "child placed with foster carers",
    "interim care order granted by the court",
    "school attendance concerns",
    "health visitor weighed the baby",
    "missed medical appointments",
    "mother tested positive for drugs",
    "hair strand test results",
    "father arrested",
    "contact session between mother and child",
    "child seen alone by the social worker",
    "home conditions were poor and unhygienic",
    "bruising noticed on the child's arm",
    "referral received from the school",
    "strategy discussion held with police and health",
    "parenting assessment recommendations",
    "core group meeting",
    "child in need plan",
    "domestic abuse MARAC referral",
    "mother's mental health and GP",
    "child's wishes and feelings",
    "family group conference",
    "kinship assessment of grandparents",
    "nursery reported the child was hungry",
    "legal planning meeting and PLO letter",
    "emergency protection order",
    "non-molestation order",
    "unannounced home visit",
    "alcohol misuse by the parents",
    "the child disclosed being hit",
    "dental decay and neglect of health needs",
    "change of placement",
    "review health assessment for a looked after child",
    "probation and police information about the father's convictions",
]


def case_passages(folder: Path) -> list[str]:
    from ingest.pipeline import build_passages, discover, document_anchor
    from ingest.readers import read_document

    texts: list[str] = []
    for f in discover(folder)[1]:
        try:
            raw = read_document(f)
        except Exception:  # noqa: BLE001 - a bench goes on
            continue
        texts.extend(p.text for p in build_passages(raw.pages, document_anchor(raw, raw.pages)))
    return texts


def draft_signature(folder: Path, kind: str) -> tuple[list[tuple], float]:
    """Ingest and draft ``folder`` end to end with one build; the draft as comparable tuples."""
    from chronology.config import Settings
    from chronology.draft import Drafter
    from chronology.entries import EntryStore
    from chronology.store import Store
    from ingest.embed import MiniLMEmbeddings
    from ingest.pipeline import Ingestor
    from ingest.vectors import VectorIndex

    emb = MiniLMEmbeddings(kind)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(home=Path(tmp), database_url=f"sqlite:///{tmp}/e.db", chroma_url=None)
        store = Store.open(settings)
        t = time.perf_counter()
        Ingestor(store, VectorIndex(settings, emb)).ingest(folder, "bench")
        Drafter(store, embed=emb.embed_documents).draft("bench")
        secs = time.perf_counter() - t
        entries = EntryStore(store).list("bench")
        sig = sorted((e.date or "", e.date_end or "", e.text, tuple(sorted((c.document, c.page, c.char_start, c.char_end)
                                                               for c in e.citations))) for e in entries)
        store.engine.dispose()
    return sig, secs


def main() -> None:
    import numpy as np

    from ingest.embed import MiniLMEmbeddings

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args()
    builds = {k: MiniLMEmbeddings(k) for k in ("fp32", "int8")}
    for b in builds.values():
        b.encode(["warm up"] * 4)
    kept_all = total_all = 0
    identical_all = True
    for case in CASES:
        folder = ROOT / "sample_cases" / case
        texts = case_passages(folder)
        vecs, rate = {}, {}
        for k, b in builds.items():
            best = float("inf")
            for _ in range(args.runs):
                t = time.perf_counter()
                vecs[k] = b.encode(texts)
                best = min(best, time.perf_counter() - t)
            rate[k] = len(texts) / best
        cos = (vecs["fp32"] * vecs["int8"]).sum(axis=1)
        q = {k: b.encode(QUERIES) for k, b in builds.items()}
        kept = 0
        for i in range(len(QUERIES)):
            top1 = int(np.argmax(vecs["fp32"] @ q["fp32"][i]))
            top3 = set(np.argsort(-(vecs["int8"] @ q["int8"][i]))[:3].tolist())
            kept += top1 in top3
        sig32, s32 = draft_signature(folder, "fp32")
        sig8, s8 = draft_signature(folder, "int8")
        same = sig32 == sig8
        merges32 = sum(1 for e in sig32 if len({c[0] for c in e[3]}) > 1)
        merges8 = sum(1 for e in sig8 if len({c[0] for c in e[3]}) > 1)
        diff = len(set(sig32) ^ set(sig8))
        print(f"{case}: {len(texts)} passages; fp32 {rate['fp32']:.0f} passages/s, int8 {rate['int8']:.0f} "
              f"passages/s ({rate['int8'] / rate['fp32']:.2f}×); cosine mean {cos.mean():.4f} min {cos.min():.4f}; "
              f"fp32 top-1 in int8 top-3: {kept}/{len(QUERIES)}; draft entries {len(sig32)} vs {len(sig8)}, "
              f"merged {merges32} vs {merges8}, identical={same} ({diff} differing entries); "
              f"ingest+draft {s32:.1f} s vs {s8:.1f} s")
        kept_all += kept
        total_all += len(QUERIES)
        identical_all &= same
    share = kept_all / total_all
    ok = identical_all and share >= 0.95
    print(f"verdict: drafts identical={identical_all}, top-1 kept {share:.1%} → "
          f"{'int8 can be the default' if ok else 'keep fp32 the default; int8 stays an option'}")


if __name__ == "__main__":
    main()
