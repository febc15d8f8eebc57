"""The draft of the sample cases against their expected chronologies (sample_cases/expected/*.json)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from chronology.config import Settings
from chronology.draft import Drafter
from chronology.entries import EntryStore
from chronology.evaluate import evaluate, matches
from chronology.store import Store
from tests.conftest import SAMPLES

EXPECTED = SAMPLES / "expected"


@pytest.fixture(scope="module")
def drafted(ingested_samples: Path, tmp_path_factory: pytest.TempPathFactory):
    home = tmp_path_factory.mktemp("drafted") / "home"
    shutil.copytree(ingested_samples, home)
    store = Store.open(Settings(home=home, database_url=f"sqlite:///{home / 'chronology.db'}", chroma_url=None))
    reports = {case: Drafter(store).draft(case) for case in ("re-a", "re-s")}
    entries = {case: EntryStore(store).list(case) for case in reports}
    yield store, reports, entries
    store.engine.dispose()


def _spec(case: str) -> dict:
    return json.loads((EXPECTED / f"{case}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case,recall,precision,citations,merged", [("re-a", 0.9, 0.5, 0.8, 0.7),
                                                                    ("re-s", 0.99, 0.75, 0.9, 0.55)])
def test_draft_finds_the_expected_events(drafted, case, recall, precision, citations, merged):
    _, _, entries = drafted
    ev = evaluate(entries[case], EXPECTED / f"{case}.json")
    assert ev.recall >= recall, ev.missed
    assert ev.precision >= precision
    assert ev.citation_recall >= citations
    assert ev.merge_rate >= merged, ev.unmerged
    assert ev.duplicate_rate <= 0.05
    assert ev.quote_rate == 1.0, ev.quotes_lost
    assert ev.plans_listed == [] and ev.distractors_listed == []


def test_every_citation_is_the_exact_page_slice(drafted):
    store, _, entries = drafted
    for case_entries in entries.values():
        for e in case_entries:
            assert e.citations
            for c in e.citations:
                assert store.page_text(c.document_id, c.page)[c.char_start:c.char_end] == c.quote


def test_the_march_2023_callout_is_one_line_citing_police_notes_and_minutes(drafted):
    _, _, entries = drafted
    item = next(e for e in _spec("re-s")["events"] if e["date"] == "2023-03-12")
    lines = [e for e in entries["re-s"] if matches(e, item)]
    assert lines
    cited = {c.document for e in lines for c in e.citations}
    assert "police/DA-notification-2023-03-12.pdf" in cited
    assert any(d.startswith("meetings/strategy-meeting-2023-03-13") for d in cited)
    assert any(len({c.document for c in e.citations}) >= 3 for e in lines)
    assert any(e.time == "23:40" for e in lines)


def test_childs_words_are_quoted_verbatim(drafted):
    """The child's own words reach the line that reports the occasion, exactly as recorded."""
    _, _, entries = drafted
    total, kept = 0, []
    for case in ("re-a", "re-s"):
        for item in _spec(case)["events"]:
            quote = item.get("child_quote")
            if not quote:
                continue
            total += 1
            holders = [e for e in entries[case] if e.date and e.date.startswith(item["date"])
                       and any(quote in c.quote for c in e.citations)]
            if any(quote in e.text and "child-voice" in e.flags for e in holders):
                kept.append(quote)
    assert total >= 20 and len(kept) >= 0.8 * total, (len(kept), total)
    for case_entries in entries.values():  # and no line ever paraphrases a quotation
        for e in case_entries:
            quotes = " ".join(c.quote for c in e.citations)
            for spoken in re.findall(r'"([^"]{3,})"', e.text):
                assert " ".join(spoken.split()) in " ".join(quotes.split()), (e.text, spoken)


def test_two_different_events_on_one_day_stay_apart(drafted):
    _, _, entries = drafted
    day = [e for e in entries["re-s"] if e.date == "2023-03-14"]
    visit = [e for e in day if re.search(r"home visit", e.text, re.I)]
    call = [e for e in day if re.search(r"telephone call", e.text, re.I)]
    assert visit and call
    assert not set(map(id, visit)) & set(map(id, call))
    assert {e.time for e in visit} & {"10:15"} and {e.time for e in call} & {"15:40"}


def test_planned_dates_are_not_events(drafted):
    _, _, entries = drafted
    for case in ("re-a", "re-s"):
        dates = {e.date for e in entries[case]}
        for plan in _spec(case)["plans"]:
            assert plan["date"] not in dates, plan
