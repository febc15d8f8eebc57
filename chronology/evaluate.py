"""How good a draft is: recall and precision of entries against an expected chronology file.

The expected file (``sample_cases/expected/<case>.json``) lists each real-world event with its date,
distinctive key phrases and every document that reports it, plus planned dates that must not appear.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from chronology.models import Entry


@dataclass
class Evaluation:
    expected: int = 0
    entries: int = 0
    matched: int = 0  # expected events found
    correct_entries: int = 0  # entries that match some expected event
    sources_expected: int = 0
    sources_cited: int = 0  # of the expected sources, how many the matched entries cite
    plans_listed: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct_entries / self.entries if self.entries else 1.0

    @property
    def citation_recall(self) -> float:
        return self.sources_cited / self.sources_expected if self.sources_expected else 1.0


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split())


def _haystack(entry: Entry) -> str:
    return _norm(entry.text + " " + " ".join(c.quote for c in entry.citations))


def _date_matches(entry: Entry, expected: dict) -> bool:
    want = expected["date"]
    return bool(entry.date) and entry.date.startswith(want) if len(want) < 10 else entry.date == want


def matches(entry: Entry, expected: dict) -> bool:
    phrases = [_norm(p) for p in expected.get("key_phrases", [])]
    hay = _haystack(entry)
    return _date_matches(entry, expected) and all(p in hay for p in phrases)


def evaluate(entries: list[Entry], expected_file: Path) -> Evaluation:
    spec = json.loads(expected_file.read_text(encoding="utf-8"))
    events = spec["events"] if isinstance(spec, dict) else spec
    plans = spec.get("plans", []) if isinstance(spec, dict) else []
    ev = Evaluation(expected=len(events), entries=len(entries))
    hit_entries: set[int] = set()
    for item in events:
        found = [e for e in entries if matches(e, item)]
        sources = set(item.get("sources", []))
        ev.sources_expected += len(sources)
        if found:
            ev.matched += 1
            hit_entries.update(id(e) for e in found)
            cited = {c.document for e in found for c in e.citations}
            ev.sources_cited += len(sources & cited)
        else:
            ev.missed.append(f"{item['date']} {item.get('summary', '')}")
    ev.correct_entries = len(hit_entries)
    for plan in plans:
        for e in entries:
            if _date_matches(e, plan) and all(_norm(p) in _haystack(e) for p in plan.get("key_phrases", [])):
                ev.plans_listed.append(f"{plan['date']} {plan.get('summary', '')}")
                break
    return ev
