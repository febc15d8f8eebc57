"""Date extraction benchmark: chronology.dates against dateparser and datefinder on the test corpus.

Run with ``.venv/bin/python bench/dates.py`` from the repository root. For each system it prints

* span precision, recall and F1: a predicted span matches a gold span when they overlap (one to
  one). Gold spans are the corpus mentions of kind event, plan or birth; distractors (print dates,
  dates of birth, reference numbers) are gold negatives, so predicting one costs precision. The
  engine's own "distractor" mentions count as "not a date", because callers drop them;
* value accuracy on matched spans: the predicted date, cut to the gold value's precision
  ("2022-06" compares the year and month), equals the gold value; a gold value of None
  (impossible, or relative with no anchor) is only matched by no value;
* milliseconds per corpus passage, and per ~450-character passage (corpus sentences joined
  into passages the size ingest produces, about ten dates each; timing only). Times are the best
  of several runs.

The baselines get the corpus's settings: day-first order (unless a case says otherwise) and the
passage's anchor as the base for relative dates.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
warnings.filterwarnings("ignore")

from chronology.dates import find_dates  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "dates_corpus.jsonl"
GOLD_KINDS = {"event", "plan", "birth"}

Span = tuple[int, int, str | None]  # start, end, ISO value (or None)


@dataclass
class Case:
    text: str
    anchor: dt.date | None
    day_first: bool
    gold: list[Span]
    kinds: list[str]


@dataclass
class Score:
    name: str
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    values_right: int = 0
    seconds: float = 0.0
    passages: int = 0
    long_ms: float = 0.0

    def row(self) -> tuple[str, ...]:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        accuracy = self.values_right / self.matched if self.matched else 0.0
        ms = 1000 * self.seconds / self.passages if self.passages else 0.0
        return (self.name, f"{precision:.3f}", f"{recall:.3f}", f"{f1:.3f}", f"{accuracy:.3f}", f"{ms:.3f}",
                f"{self.long_ms:.3f}")


def load_cases() -> list[Case]:
    """Gold offsets are recovered by finding each expected text in order in its passage."""
    cases = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        spans, kinds, cursor = [], [], 0
        for expected in raw["expected"]:
            start = raw["text"].index(expected["text"], cursor)
            cursor = start + len(expected["text"])
            spans.append((start, cursor, expected["value"]))
            kinds.append(expected["kind"])
        anchor = dt.date.fromisoformat(raw["anchor"]) if raw["anchor"] else None
        gold = [span for span, kind in zip(spans, kinds) if kind in GOLD_KINDS]
        cases.append(Case(raw["text"], anchor, raw.get("day_first", True), gold, kinds))
    return cases


def locate(text: str, pieces: Iterable[tuple[str, str | None]]) -> list[Span]:
    """Offsets for systems that return matched substrings rather than positions."""
    spans, cursor = [], 0
    for piece, value in pieces:
        start = text.find(piece, cursor)
        if start < 0:
            start = text.find(piece)
        if start < 0:
            continue
        cursor = start + len(piece)
        spans.append((start, start + len(piece), value))
    return spans


def run_engine(case: Case) -> list[Span]:
    mentions = find_dates(case.text, case.anchor, day_first=case.day_first)
    return [(m.start, m.end, m.value) for m in mentions if m.kind != "distractor"]


def _base(case: Case) -> dt.datetime | None:
    return dt.datetime.combine(case.anchor, dt.time()) if case.anchor else None


def run_dateparser(case: Case) -> list[Span]:
    from dateparser.search import search_dates

    settings: dict[str, object] = {"DATE_ORDER": "DMY" if case.day_first else "MDY", "PREFER_DATES_FROM": "past"}
    if case.anchor:
        settings["RELATIVE_BASE"] = _base(case)
    found = search_dates(case.text, languages=["en"], settings=settings) or []
    return locate(case.text, ((piece, when.date().isoformat()) for piece, when in found))


def run_datefinder(case: Case) -> list[Span]:
    import datefinder

    try:
        found = datefinder.find_dates(case.text, source=True, index=True, base_date=_base(case),
                                      first="day" if case.day_first else "month")
        return [(start, end, when.date().isoformat()) for when, _, (start, end) in found]
    except Exception:  # datefinder raises on some impossible dates; count that as finding nothing
        return []


def value_right(predicted: str | None, gold: str | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return predicted[: len(gold)] == gold


def match(predicted: list[Span], gold: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one overlap matching, taking the largest overlaps first."""
    pairs = sorted(
        ((min(p[1], g[1]) - max(p[0], g[0]), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_p, used_g, out = set(), set(), []
    for overlap, i, j in pairs:
        if overlap <= 0 or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((predicted[i], gold[j]))
    return out


def long_passages(cases: list[Case], size: int = 450) -> list[Case]:
    """Consecutive corpus texts joined into passages of about ``size`` characters."""
    passages, buffer = [], ""
    for case in cases:
        buffer = f"{buffer} {case.text}".strip()
        if len(buffer) >= size:
            passages.append(Case(buffer, dt.date(2023, 6, 1), True, [], []))
            buffer = ""
    return passages


def per_passage_ms(system: Callable[[Case], list[Span]], passages: list[Case], repeats: int) -> float:
    """Best of ``repeats`` runs, so a busy machine inflates the figure as little as possible."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for passage in passages:
            system(passage)
        best = min(best, time.perf_counter() - start)
    return 1000 * best / len(passages)


def score(name: str, system: Callable[[Case], list[Span]], cases: list[Case], repeats: int) -> Score:
    result = Score(name)
    outputs: list[list[Span]] = []
    result.seconds = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        outputs = [system(case) for case in cases]
        result.seconds = min(result.seconds, time.perf_counter() - start)
    result.passages = len(cases)
    for case, predicted in zip(cases, outputs):
        pairs = match(predicted, case.gold)
        result.predicted += len(predicted)
        result.gold += len(case.gold)
        result.matched += len(pairs)
        result.values_right += sum(value_right(p[2], g[2]) for p, g in pairs)
    return result


def engine_detail(cases: list[Case]) -> str:
    """Kind accuracy over every corpus mention, including distractors: what the baselines cannot do."""
    right = total = 0
    for raw in CORPUS.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        row = json.loads(raw)
        anchor = dt.date.fromisoformat(row["anchor"]) if row["anchor"] else None
        got = {m.text: m for m in find_dates(row["text"], anchor, day_first=row.get("day_first", True))}
        for expected in row["expected"]:
            total += 1
            mention = got.get(expected["text"])
            right += bool(mention and all(getattr(mention, f) == expected[f]
                                          for f in ("value", "value_end", "precision", "kind")))
    return f"engine: value, range end, precision and kind all right for {right}/{total} corpus mentions"


def table(rows: list[tuple[str, ...]]) -> str:
    header = ("system", "span P", "span R", "span F1", "value acc", "ms/passage", "ms/450 chars")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(r, widths)))
             for r in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> None:
    cases = load_cases()
    for case in cases[:3]:  # warm every system up (dateparser loads its language data lazily)
        run_engine(case), run_dateparser(case), run_datefinder(case)
    systems = [
        ("chronology.dates", run_engine, 20),
        ("dateparser.search_dates", run_dateparser, 2),
        ("datefinder.find_dates", run_datefinder, 3),
    ]
    passages = long_passages(cases)
    scores = []
    for name, system, repeats in systems:
        result = score(name, system, cases, repeats)
        result.long_ms = per_passage_ms(system, passages, repeats)
        scores.append(result)
    gold = sum(len(c.gold) for c in cases)
    negatives = sum(k not in GOLD_KINDS for c in cases for k in c.kinds)
    chars = sum(len(c.text) for c in cases) / len(cases)
    print(f"corpus: {len(cases)} passages (mean {chars:.0f} characters), {gold} gold dates, {negatives} distractors;"
          f" timing also on {len(passages)} joined passages of ~450 characters")
    print(table([s.row() for s in scores]))
    print(engine_detail(cases))


if __name__ == "__main__":
    main()
