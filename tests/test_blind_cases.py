"""The draft of the cases written blind (from a brief, by someone who had not read the engine).

Their first-sight figures are in bench/quality.py and the README; these floors hold the figures
reached after tuning (recall, precision, merges, duplicates, the child's words kept), and the rules
that never bend: every source goes in, every citation is the exact page text, and no line comes from
a plan.
"""

from __future__ import annotations

import json

import pytest

from chronology.config import Settings
from chronology.draft import Drafter
from chronology.entries import EntryStore
from chronology.evaluate import evaluate
from chronology.store import Store
from ingest.pipeline import Ingestor
from ingest.vectors import VectorIndex
from tests.conftest import ENGINE_CASES, SAMPLES

EXPECTED = SAMPLES / "expected"
# case: (recall, precision, merged, duplicates at most, child quotes kept, distractor/plan lines at most)
# after tuning. re-t's four distractor lines are pre-period GP history (problem-list and Romanian
# immunisation dates its writer ruled out of the period; `draft --from` leaves them out). re-p's one is
# the date of a report named in a letter ("the PAMS assessment, dated 4 October 2024, says"), which
# other writers list as the report's completion; nine of its fifteen quotes are the mother's words, which
# the line keeps but does not flag as the child's. re-w's precision is held down by a police enquiry
# log read as notes (a "Risk raised to HIGH:" row reads as a field) and by out-of-hours notes written
# the morning after, dated by the note where its writer dates the night before.
FLOORS: dict[str, tuple[float, float, float, float, float, int]] = {
    "re-b": (0.98, 0.80, 0.70, 0.07, 1.0, 0),
    "re-m": (0.98, 0.84, 0.62, 0.06, 0.92, 0),
    "re-t": (0.97, 0.75, 0.56, 0.08, 0.7, 4),
    "re-k": (0.97, 0.76, 0.60, 0.04, 0.9, 0),
    "re-p": (0.98, 0.79, 0.68, 0.11, 0.7, 1),
    "re-w": (0.98, 0.70, 0.70, 0.08, 0.75, 0),
}
# a blind case joins once it has been scored at first sight and tuned (bench/quality.py FIRST_SIGHT)
BLIND = sorted(FLOORS)


def test_every_blind_case_is_shipped_and_none_is_an_engine_case():
    assert all((SAMPLES / c).is_dir() and (EXPECTED / f"{c}.json").is_file() for c in BLIND)
    assert not set(BLIND) & set(ENGINE_CASES)


@pytest.fixture(scope="module", params=BLIND)
def drafted(request, tmp_path_factory):
    case = request.param
    home = tmp_path_factory.mktemp(case)
    settings = Settings(home=home, database_url=f"sqlite:///{home / 'chronology.db'}", chroma_url=None)
    store = Store.open(settings)
    report = Ingestor(store, VectorIndex(settings)).ingest(SAMPLES / case, case)
    Drafter(store).draft(case)
    yield case, store, report, EntryStore(store).list(case)
    store.engine.dispose()


def test_every_source_goes_in(drafted):
    case, store, report, _ = drafted
    spec = json.loads((EXPECTED / f"{case}.json").read_text(encoding="utf-8"))
    sources = {s for e in spec["events"] for s in e["sources"]}
    assert report.failed == []
    assert sources <= {d.path for d in store.documents(case)}


def test_every_citation_is_the_exact_page_text(drafted):
    _, store, _, entries = drafted
    assert entries
    for e in entries:
        assert e.citations
        for c in e.citations:
            assert store.page_text(c.document_id, c.page)[c.char_start:c.char_end] == c.quote


def test_no_line_from_a_plan_and_distractor_lines_held(drafted):
    case, _, _, entries = drafted
    ev = evaluate(entries, EXPECTED / f"{case}.json")
    assert ev.plans_listed == []
    assert len(ev.distractors_listed) <= FLOORS[case][5], ev.distractors_listed


def test_tuned_figures_hold(drafted):
    case, _, _, entries = drafted
    ev = evaluate(entries, EXPECTED / f"{case}.json")
    recall, precision, merged, duplicates, quotes, _ = FLOORS[case]
    assert ev.recall >= recall, ev.missed[:10]
    assert ev.precision >= precision, ev.wrong[:10]
    assert ev.merge_rate >= merged, ev.unmerged[:10]
    assert ev.duplicate_rate <= duplicates
    assert ev.quote_rate >= quotes, ev.quotes_lost
