"""Planted errors: how many changed meanings the automatic checks catch, and how many clean lines they flag.

Usage: python bench/planted.py [--per-kind 3] [--seed 19] [--details]

Copies the sample cases (re-a, re-s) to a temp folder, ingests and drafts them in a temp
CHRONOLOGY_HOME, checks the clean drafts, then plants errors of the kinds a model or a hurried
edit makes: each through ``verify.review.edit`` (the path ``chronology edit`` takes), except a
citation quote changed in the database and a source file changed on disk behind the program's
back. Then every line is checked again.

A planted line counts as *flagged* when its checks gain a fail or warn the clean line did not have,
and as *named* when the check meant for that kind of error fired. Clean lines are the lines not
planted and not citing a tampered file; a clean line with a fail is a false alarm. Prints figures;
asserts nothing.
"""

from __future__ import annotations

import argparse
import difflib
import os
import random
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

CASES = ("re-a", "re-s")
EDITOR = "Planted Error"


# --- the mutations: each returns the new wording, or None when the line has nothing to change ---

def _sub_once(pattern: str, repl: Callable[[re.Match[str]], str] | str, text: str, flags: int = 0) -> str | None:
    new = re.sub(pattern, repl, text, count=1, flags=flags)
    return new if new != text else None


def _outside_speech(text: str, at: int) -> bool:
    before = text[:at]
    return before.count('"') % 2 == 0 and before.count("\u201c") <= before.count("\u201d")


_STREETS = ["Road", "Row", "Street", "Close", "Lane", "Avenue", "House", "Drive", "Court", "Crescent", "Terrace"]


def place(text: str, quotes: str, ctx: "Context") -> str | None:
    m = re.search(r"\b(" + "|".join(_STREETS) + r")\b", text)
    if not m:
        return None
    other = next(s for s in _STREETS if s != m.group(1) and s not in quotes)
    return text[:m.start()] + other + text[m.end():]


def name(text: str, quotes: str, ctx: "Context") -> str | None:
    for m in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]{2,})\b", text):
        if m.group(1) in ctx.people and _outside_speech(text, m.start()):
            other = next((p for p in ctx.people if p != m.group(1) and p not in quotes), None)
            if other:
                return text[:m.start()] + other + text[m.end():]
    return None


def number(text: str, quotes: str, ctx: "Context") -> str | None:
    from chronology.dates import find_dates

    dates = [(d.start, d.end) for d in find_dates(text, None)]
    for m in re.finditer(r"(?<![\w/:.,£])(\d{1,3})(?![\w/:.,]|\s*(?:am|pm|hrs)\b)", text):
        if not any(s <= m.start() < e for s, e in dates):
            return text[:m.start()] + str(int(m.group(1)) + 2) + text[m.end():]
    return None


def time_(text: str, quotes: str, ctx: "Context") -> str | None:
    return _sub_once(r"\b([01]?\d|2[0-3]):([0-5]\d)\b", lambda m: f"{(int(m.group(1)) + 1) % 24:02d}:{m.group(2)}", text)


def date_in_text(text: str, quotes: str, ctx: "Context") -> str | None:
    def shift(m: re.Match[str]) -> str:
        day = date(int(m.group(3)), int(m.group(2)), int(m.group(1))) + timedelta(days=3)
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return _sub_once(r"\b(\d{2})/(\d{2})/(20\d\d)\b", shift, text)


def speech(text: str, quotes: str, ctx: "Context") -> str | None:
    m = re.search(r"[\"\u201c]([^\"\u201d]{6,})[\"\u201d]", text)
    if not m:
        return None
    words = re.findall(r"[A-Za-z]{4,}", m.group(1))
    if not words:
        return None
    inner = re.sub(rf"\b{words[-1]}\b", "upset" if words[-1] != "upset" else "sad", m.group(1), count=1)
    return text[:m.start(1)] + inner + text[m.end(1):]


_DENY = [(r"\battended\b", "did not attend"), (r"\bagreed\b", "did not agree"), (r"\baccepted\b", "declined"),
         (r"\bwas seen\b", "was not seen"), (r"\bwas\b", "was not"), (r"\bwere\b", "were not"),
         (r"\bhas\b", "has not"), (r"\bhad\b", "had not"), (r"\bis\b", "is not")]
_AFFIRM = [(r"\bdid not attend\b", "attended"), (r"\bwas not brought\b", "was brought"), (r"\bDNA\b", "attended"),
           (r"\bwas not\b", "was"), (r"\bwere not\b", "were"), (r"\bhad not\b", "had"), (r"\bdid not\b", "did"),
           (r"\bdidn't\b", "did"), (r"\bwasn't\b", "was"), (r"\bnever\b", "often"), (r"\brefused\b", "agreed"),
           (r"\bdeclined\b", "accepted"), (r"\bno\b", "some"), (r"\babsent\b", "present"), (r"\bnot\b ", "")]


def _first(pairs: list[tuple[str, str]], text: str) -> str | None:
    for pattern, repl in pairs:
        m = next((m for m in re.finditer(pattern, text) if _outside_speech(text, m.start())), None)
        if m:
            return text[:m.start()] + repl + text[m.end():]
    return None


def negation(text: str, quotes: str, ctx: "Context") -> str | None:
    return _first(_DENY, text)


def affirmation(text: str, quotes: str, ctx: "Context") -> str | None:
    return _first(_AFFIRM, text)


_SWAPS = {
    "role": {"health visitor": "school nurse", "school nurse": "health visitor", "social worker": "family support worker",
             "family support worker": "social worker", "designated safeguarding lead": "school nurse",
             "GP": "paediatrician", "paediatrician": "GP", "IDVA": "offender manager", "offender manager": "IDVA",
             "midwife": "health visitor", "teacher": "DSL", "head teacher": "DSL", "independent reviewing officer": "social worker"},
    "agency": {"school": "nursery", "nursery": "school", "police": "probation", "MASH": "EDT", "EDT": "MASH",
               "CAMHS": "GP surgery", "hospital": "GP surgery", "GP surgery": "hospital", "probation": "police"},
    "relationship": {"mother": "grandmother", "father": "step-father", "grandmother": "aunt", "partner": "father",
                     "brother": "sister", "sister": "brother", "aunt": "grandmother", "uncle": "father",
                     "step-father": "father", "son": "daughter", "daughter": "son"},
}


def _swap(kind: str) -> Callable[[str, str, "Context"], str | None]:
    def mutate(text: str, quotes: str, ctx: "Context") -> str | None:
        from chronology import terms

        have = terms.supported([quotes])
        for t in terms.find_terms(text):
            other = _SWAPS[kind].get(t.canonical)
            if t.kind == kind and other and other not in have and _outside_speech(text, t.start):
                written = other.capitalize() if t.written[:1].isupper() and other.islower() else other
                return text[:t.start] + written + text[t.end:]
        return None
    return mutate


_CLAIMS = [" She appeared intoxicated and was slurring her words.", " The children looked frightened and unkempt.",
           " Mother was verbally abusive towards the worker.", " There was drug paraphernalia in the kitchen."]


def new_claim(text: str, quotes: str, ctx: "Context") -> str | None:
    ctx.claims += 1
    return text.rstrip() + _CLAIMS[ctx.claims % len(_CLAIMS)]


@dataclass
class Context:
    people: list[str]
    claims: int = 0


EDITS: dict[str, Callable[[str, str, Context], str | None]] = {
    "name": name, "place": place, "number": number, "time": time_, "date in wording": date_in_text,
    "quoted words": speech, "negation added": negation, "negation removed": affirmation,
    "role swap": _swap("role"), "agency swap": _swap("agency"), "relationship swap": _swap("relationship"),
    "new claim words": new_claim,
}
# the check meant to catch each kind
EXPECTED = {
    "name": {"name-missing"}, "place": {"name-missing"}, "number": {"number-missing"}, "time": {"time-missing"},
    "date in wording": {"date-in-text"}, "entry date": {"date-mismatch"}, "quoted words": {"speech-changed"},
    "negation added": {"negation-added"}, "negation removed": {"negation-dropped"}, "role swap": {"role-missing"},
    "agency swap": {"agency-missing"}, "relationship swap": {"relationship-missing"},
    "new claim words": {"new-words", "low-support"}, "citation quote": {"quote-mismatch"},
    "source file": {"source-changed"},
}


# --- the run -----------------------------------------------------------------------------------

def _codes(result, levels=("fail", "warn")) -> set[str]:
    return {f.code for f in result.findings if f.level in levels}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per-kind", type=int, default=3)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--details", action="store_true", help="print each planted line and what the checks said")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CHRONOLOGY_HOME"] = str(Path(tmp) / "home")
        for var in ("CHRONOLOGY_DATABASE_URL", "CHRONOLOGY_CHROMA_URL"):
            os.environ.pop(var, None)
        run(Path(tmp), args)


def run(tmp: Path, args: argparse.Namespace) -> None:
    from sqlalchemy import update

    from chronology import schema
    from chronology.draft import Drafter
    from chronology.entries import EntryStore
    from chronology.kinds import participants
    from chronology.workspace import Workspace
    from ingest.pipeline import Ingestor
    from verify.checks import check_case, riskiest_first
    from verify.review import edit

    ws = Workspace()
    store, entries = ws.store, EntryStore(ws.store)
    clean: dict[int, object] = {}
    for case in CASES:
        folder = tmp / "cases" / case
        shutil.copytree(ROOT / "sample_cases" / case, folder)
        Ingestor(store, ws.index).ingest(folder, case)
        Drafter(store).draft(case)
        clean.update({e.id: r for e, r in check_case(store, case)})

    rng = random.Random(args.seed)
    pool = [e for case in CASES for e in entries.list(case)]
    rng.shuffle(pool)
    counts: dict[str, int] = {}
    for e in pool:
        for p in participants(e.text):
            if p[:1].isupper() and len(p) > 2:
                counts[p] = counts.get(p, 0) + 1
    ctx = Context(people=[p for p, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n >= 4][:40])

    planted: dict[int, tuple[str, str, str]] = {}  # entry id → (kind, before, after)
    for kind, mutate in EDITS.items():
        done = 0
        for e in pool:
            if done == args.per_kind:
                break
            if e.id in planted or not e.citations:
                continue
            new = mutate(e.text, "\n".join(c.quote for c in e.citations), ctx)
            if new and new != e.text:
                edit(store, e.id, EDITOR, new, reason=f"planted: {kind}")
                planted[e.id] = (kind, e.text, new)
                done += 1
    for e in [e for e in pool if e.id not in planted and e.precision == "day" and e.date][:args.per_kind]:
        shifted = (date.fromisoformat(e.date) + timedelta(days=4)).isoformat()
        edit(store, e.id, EDITOR, date=shifted, reason="planted: entry date")
        planted[e.id] = ("entry date", e.date, shifted)
    rest = [e for e in pool if e.id not in planted]
    for e in rest[:args.per_kind]:  # a citation quote altered in the database
        c = e.citations[0]
        tampered = re.sub(r"[a-z]{4,}", lambda m: m.group(0)[::-1], c.quote, count=1)
        with store.transaction() as conn:
            conn.execute(update(schema.citations).where(schema.citations.c.entry_id == e.id,
                                                        schema.citations.c.ord == 0).values(quote=tampered))
        planted[e.id] = ("citation quote", c.quote[:60], tampered[:60])
    # a source file changed on disk after ingest: the least-cited files no planted line cites, one line each
    cited: dict[int, list[int]] = {}
    for e in pool:
        for doc_id in {c.document_id for c in e.citations}:
            cited.setdefault(doc_id, []).append(e.id)
    busy = {c.document_id for e in pool if e.id in planted for c in e.citations}
    tampered_docs: set[int] = set()
    for doc_id in sorted(set(cited) - busy, key=lambda d: (len(cited[d]), d))[:args.per_kind]:
        doc = store.document(doc_id)
        e = next(x for x in pool if x.id == cited[doc_id][0])
        path = Path(doc.meta["source_path"])
        path.write_bytes(path.read_bytes() + b"\n")
        tampered_docs.add(doc.id)
        planted[e.id] = ("source file", doc.path, "one byte appended")

    after = {e.id: (e, r) for case in CASES for e, r in check_case(store, case, invalidate=False)}
    report(planted, clean, after, tampered_docs, riskiest_first(after.values()), args.details)


def _changed(before: str, after: str) -> str:
    """The words that differ, with a little context: "… Weaver [House → Road], Canal …"."""
    a, b = before.split(), after.split()
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not ops:
        return f"{before[:60]!r} -> {after[:60]!r}"
    _, i1, i2, j1, j2 = ops[0]
    head, tail = " ".join(a[max(i1 - 3, 0):i1]), " ".join(a[i2:i2 + 3])
    return f"... {head} [{' '.join(a[i1:i2])} -> {' '.join(b[j1:j2])}] {tail} ..."


def report(planted, clean, after, tampered_docs, ranked, details: bool) -> None:
    rows: dict[str, list[int]] = {}
    for eid, (kind, before, new) in planted.items():
        entry, result = after[eid]
        gained = _codes(result) - _codes(clean[eid])
        row = rows.setdefault(kind, [0, 0, 0, 0])
        row[0] += 1
        row[1] += bool(gained)
        row[2] += bool(_codes(result, ("fail",)) - _codes(clean[eid], ("fail",)))
        row[3] += bool(EXPECTED[kind] & gained)
        if details:
            said = [f.message for f in result.findings if f.code in gained]
            print(f"  [{kind}] e-{eid:06d} {_changed(before, new)}\n      {said or 'NOT FLAGGED'}")
    print(f"{'kind':<20} {'planted':>7} {'flagged':>7} {'as fail':>7} {'named':>6}")
    for kind, (n, flagged, failed, named) in rows.items():
        print(f"{kind:<20} {n:>7} {flagged:>7} {failed:>7} {named:>6}")
    total = [sum(r[i] for r in rows.values()) for i in range(4)]
    print(f"{'all':<20} {total[0]:>7} {total[1]:>7} {total[2]:>7} {total[3]:>6}   ({len(rows)} kinds)")

    clean_ids = [eid for eid, (e, _) in after.items()
                 if eid not in planted and not {c.document_id for c in e.citations} & tampered_docs]
    fails = [eid for eid in clean_ids if after[eid][1].level == "fail"]
    warns = [eid for eid in clean_ids if after[eid][1].level == "warn"]
    print(f"clean lines: {len(clean_ids)}; flagged fail (false alarms): {len(fails)}; warn: {len(warns)}")
    for eid in fails:
        print(f"  false alarm e-{eid:06d}: {after[eid][1].reasons[:2]}")

    order = [e.id for e, _ in ranked]
    top = set(order[:len(planted)])
    print(f"planted lines among the {len(planted)} riskiest of {len(order)}: {len(top & set(planted))}")
    ocr = [i + 1 for i, (e, _) in enumerate(ranked) if "ocr" in e.flags]
    if ocr:
        print(f"lines citing OCR'd pages: {len(ocr)}, at risk ranks {ocr}")


if __name__ == "__main__":
    main()
