"""How good a draft is, measured against an expected chronology file.

The expected file (``sample_cases/expected/<case>.json``) lists each real-world event with its date,
distinctive key phrases and every document that reports it, plus planned dates and distractor dates
(dates of birth, e-mail headers, print stamps) that must never become lines. Beside recall and
precision it measures what a reviewer feels: duplicate lines, events several agencies report that
became one line citing them all, and whether a child's quoted words survived verbatim.
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
    multi_source: int = 0  # expected events reported by two or more documents
    merged: int = 0  # ... of which one line cites every one of those documents
    duplicates: int = 0  # entries that repeat an event another entry already gives
    quotes_expected: int = 0  # expected events with a child's quoted words
    quotes_kept: int = 0  # ... kept verbatim, in quotation marks, with the child-voice flag
    plans_listed: list[str] = field(default_factory=list)
    distractors_listed: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    unmerged: list[str] = field(default_factory=list)
    quotes_lost: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)  # entries matching no expected event

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct_entries / self.entries if self.entries else 1.0

    @property
    def citation_recall(self) -> float:
        return self.sources_cited / self.sources_expected if self.sources_expected else 1.0

    @property
    def merge_rate(self) -> float:
        return self.merged / self.multi_source if self.multi_source else 1.0

    @property
    def duplicate_rate(self) -> float:
        return self.duplicates / self.entries if self.entries else 0.0

    @property
    def quote_rate(self) -> float:
        return self.quotes_kept / self.quotes_expected if self.quotes_expected else 1.0


def _norm(text: str) -> str:
    text = text.lower().translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}))
    return " ".join(text.split())


def _haystack(entry: Entry) -> str:
    return _norm(entry.text + " " + " ".join(c.quote for c in entry.citations))


def _date_matches(entry: Entry, expected: dict) -> bool:
    """The line gives the expected date: "2021" (a year line, stored as 2021-01-01) is not 01/01/2021."""
    want = expected["date"]
    have = (entry.date or "")[:{"year": 4, "month": 7}.get(entry.precision, 10)]
    return bool(have) and have.startswith(want) if len(want) < 10 else have == want


def matches(entry: Entry, expected: dict) -> bool:
    phrases = [_norm(p) for p in expected.get("key_phrases", [])]
    hay = _haystack(entry)
    return _date_matches(entry, expected) and all(p in hay for p in phrases)


def quote_kept(entry: Entry, quote: str) -> bool:
    """The child's words are in the line itself, verbatim inside quotation marks, and flagged."""
    text = _norm(entry.text)
    words = _norm(quote).strip(" \"'.,")
    at = text.find(words)
    if at < 0 or "child-voice" not in entry.flags:
        return False
    return text[:at].count('"') % 2 == 1 or "'" in text[max(0, at - 2):at]


def _label(item: dict) -> str:
    return f"{item['date']} {item.get('summary', '')}"


def evaluate(entries: list[Entry], expected_file: Path) -> Evaluation:
    spec = json.loads(expected_file.read_text(encoding="utf-8"))
    events = spec["events"] if isinstance(spec, dict) else spec
    plans = spec.get("plans", []) if isinstance(spec, dict) else []
    distractors = spec.get("distractors", []) if isinstance(spec, dict) else []
    ev = Evaluation(expected=len(events), entries=len(entries))
    hit_entries: set[int] = set()
    first_of: set[int] = set()  # entries that are the first line found for some event
    for item in events:
        found = [e for e in entries if matches(e, item)]
        sources = set(item.get("sources", []))
        ev.sources_expected += len(sources)
        if len(sources) > 1:
            ev.multi_source += 1
        if item.get("child_quote"):
            ev.quotes_expected += 1
        if not found:
            ev.missed.append(_label(item))
            continue
        ev.matched += 1
        hit_entries.update(id(e) for e in found)
        first_of.add(id(min(found, key=lambda e: (e.seq, e.id or 0))))
        cited = {c.document for e in found for c in e.citations}
        ev.sources_cited += len(sources & cited)
        if len(sources) > 1:
            if any(sources <= {c.document for c in e.citations} for e in found):
                ev.merged += 1
            else:
                ev.unmerged.append(f"{_label(item)} — {len(found)} line(s)")
        if item.get("child_quote"):
            if any(quote_kept(e, item["child_quote"]) for e in found):
                ev.quotes_kept += 1
            else:
                ev.quotes_lost.append(f"{item['date']} \"{item['child_quote']}\"")
    ev.correct_entries = len(hit_entries)
    ev.duplicates = len(hit_entries - first_of)
    for e in entries:
        if id(e) not in hit_entries:
            ev.wrong.append(f"{e.date} {' '.join(e.text.split())[:110]}")
    for kind, items, out in (("plan", plans, ev.plans_listed), ("distractor", distractors, ev.distractors_listed)):
        for item in items:
            for e in entries:
                if id(e) not in hit_entries and _date_matches(e, item) and all(
                        _norm(p) in _haystack(e) for p in item.get("key_phrases", [])):
                    out.append(_label(item))
                    break
    return ev
