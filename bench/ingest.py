"""Ingest speed per stage (extract, split, embed, store) and end to end, in pages per second.

Usage: python bench/ingest.py [--bundle DIR | --pages N] [--skip-e2e]
Default: the large sample case (sample_cases/re-s) and a generated 1,000-page bundle.
Embeds with the build CHRONOLOGY_EMBEDDINGS selects (fp32 or int8). See also bench/limit.py (the limit
and the product run in a subprocess, with its own peak memory) and bench/embeddings.py.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


def stages(folder: Path) -> dict[str, float]:
    from chronology.config import Settings
    from chronology.models import Page
    from chronology.store import Store
    from ingest.embed import MiniLMEmbeddings
    from ingest.pipeline import build_passages, discover, document_anchor, sha256_file
    from ingest.readers import read_document
    from ingest.sources import source_kind
    from ingest.vectors import VectorIndex

    emb = MiniLMEmbeddings()
    emb.encode(["warm up the model"])  # load outside the timed stage
    _, files, _ = discover(folder)
    t = time.perf_counter()
    raws = []
    for f in files:
        try:
            raws.append((f, read_document(f)))
        except Exception as exc:  # noqa: BLE001 - a bench reports and goes on
            print(f"  skipped {f.name}: {exc}")
    extract = time.perf_counter() - t
    pages = sum(len(r.pages) for _, r in raws)

    t = time.perf_counter()
    split = [(f, r, build_passages(r.pages, document_anchor(r, r.pages))) for f, r in raws]
    split_s = time.perf_counter() - t
    texts = [p.text for _, _, ps in split for p in ps]

    t = time.perf_counter()
    vectors = emb.encode(texts)
    embed = time.perf_counter() - t

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(home=Path(tmp), database_url=f"sqlite:///{tmp}/b.db", chroma_url=None)
        store, index = Store.open(settings), VectorIndex(settings)
        col = index._collection("bench")
        store.ensure_case("bench")
        t = time.perf_counter()
        i = 0
        from chronology.models import Document

        for f, raw, passages in split:
            doc = Document(id=None, case_id="bench", path=f.name, sha256=sha256_file(f), kind=raw.kind,
                           source_kind=source_kind(f.name))
            doc = store.begin_document(doc, [Page(0, n, txt) for n, txt in enumerate(raw.pages, 1)], passages)
            if passages:
                col.add(ids=[f"p{p.id}" for p in passages], embeddings=vectors[i:i + len(passages)],
                        metadatas=[{"document_id": doc.id, "path": doc.path} for _ in passages])
            i += len(passages)
            store.complete_document(doc.id)
        store_s = time.perf_counter() - t
    return {"files": len(raws), "pages": pages, "passages": len(texts), "extract": extract, "split": split_s,
            "embed": embed, "store": store_s}


def end_to_end(folder: Path) -> float:
    from chronology.config import Settings
    from chronology.store import Store
    from ingest.pipeline import Ingestor
    from ingest.vectors import VectorIndex

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(home=Path(tmp), database_url=f"sqlite:///{tmp}/e.db", chroma_url=None)
        t = time.perf_counter()
        Ingestor(Store.open(settings), VectorIndex(settings)).ingest(folder, "bench")
        return time.perf_counter() - t


def report(name: str, folder: Path, e2e: bool) -> None:
    s = stages(folder)
    print(f"\n{name}: {s['files']} files, {s['pages']} pages, {s['passages']} passages")
    for stage in ("extract", "split", "embed", "store"):
        secs = s[stage]
        print(f"  {stage:<8} {secs:8.2f} s  {s['pages'] / secs if secs else float('inf'):10.1f} pages/s")
    limit = sum(s[k] for k in ("extract", "split", "embed", "store"))
    print(f"  {'sum':<8} {limit:8.2f} s")
    if e2e:
        total = end_to_end(folder)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  chronology ingest end to end: {total:.2f} s ({s['pages'] / total:.1f} pages/s), "
              f"ratio to stage sum {total / limit:.2f}, peak_rss_mb={peak:.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bundle", type=Path, help="ingest this folder instead")
    ap.add_argument("--pages", type=int, default=1000, help="size of the generated bundle")
    ap.add_argument("--skip-e2e", action="store_true")
    args = ap.parse_args()
    if args.bundle:
        report(str(args.bundle), args.bundle, not args.skip_e2e)
        return
    report("sample_cases/re-s", ROOT / "sample_cases" / "re-s", not args.skip_e2e)
    from sample_cases.generate import generate_bundle

    with tempfile.TemporaryDirectory() as tmp:
        info = generate_bundle(Path(tmp), pages=args.pages)
        report(f"generated bundle ({info['pages']} pages)", Path(tmp), not args.skip_e2e)


if __name__ == "__main__":
    main()
