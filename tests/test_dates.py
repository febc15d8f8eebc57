"""The temporal engine against a hand-annotated corpus of UK case-record sentences.

Each line of ``tests/data/dates_corpus.jsonl`` is one passage with the mentions a social worker
would mark in it, written by hand from the sentence (not copied from the engine's output). A case
passes only if the engine finds exactly those mentions, in order, with the same text, value,
range end, precision, inferred flag, kind and time (and error, where one is given).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from chronology.dates import DateMention, find_dates, format_table

CORPUS = Path(__file__).parent / "data" / "dates_corpus.jsonl"
FIELDS = ("text", "value", "value_end", "precision", "inferred", "kind", "time")


def _load() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


CASES = _load()


def _run(case: dict) -> list[DateMention]:
    anchor = dt.date.fromisoformat(case["anchor"]) if case["anchor"] else None
    return find_dates(case["text"], anchor, day_first=case.get("day_first", True))


def _case_id(case: dict) -> str:
    return case["text"][:60].replace("\n", " ")


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_corpus_case(case: dict) -> None:
    mentions = _run(case)
    for m in mentions:
        assert case["text"][m.start:m.end] == m.text
    got = [{f: getattr(m, f) for f in FIELDS} for m in mentions]
    want = [{f: e[f] for f in FIELDS} for e in case["expected"]]
    assert got == want, format_table(mentions)
    for m, e in zip(mentions, case["expected"]):
        if "error" in e:
            assert m.error == e["error"]
        elif m.value is not None and m.kind != "distractor":
            assert m.error is None, m.error


def test_corpus_is_large_and_covers_every_kind() -> None:
    kinds = {e["kind"] for c in CASES for e in c["expected"]}
    precisions = {e["precision"] for c in CASES for e in c["expected"]}
    assert len(CASES) >= 150
    assert kinds == {"event", "plan", "birth", "distractor", "background"}
    assert precisions == {"day", "month", "year", "range", "approximate", "season"}
    assert any(not c.get("day_first", True) for c in CASES)
    assert any(c["anchor"] is None and c["expected"] for c in CASES)


def test_mentions_are_ordered_and_never_overlap() -> None:
    for case in CASES:
        mentions = _run(case)
        for first, second in zip(mentions, mentions[1:]):
            assert first.end <= second.start


def test_relative_dates_never_use_todays_date() -> None:
    for text in ("Yesterday Mum rang.", "Dad visited last Friday.", "The review is next week.", "Seen on 6 March."):
        (mention,) = find_dates(text)
        assert mention.value is None and mention.inferred is False and mention.error


def test_impossible_date_is_never_swapped() -> None:
    (mention,) = find_dates("Seen on 03/13/2023.")
    assert mention.value is None
    (us,) = find_dates("Seen on 03/13/2023.", day_first=False)
    assert us.value == "2023-03-13"


def test_anchor_may_be_a_datetime() -> None:
    (mention,) = find_dates("Yesterday Mum rang.", dt.datetime(2023, 3, 15, 9, 30))
    assert mention.value == "2023-03-14"


def test_to_json_has_every_field() -> None:
    (mention,) = find_dates("Police were called at 2.30pm on 14/03/2023.")
    data = mention.to_json()
    assert data == {
        "text": "2.30pm on 14/03/2023", "start": 22, "end": 42, "value": "2023-03-14", "value_end": None,
        "precision": "day", "inferred": False, "kind": "event", "time": "14:30", "error": None,
    }
    json.dumps(data)


def test_format_table_lists_every_mention() -> None:
    mentions = find_dates("Printed: 04/05/2024\nPoppy was seen on 14 February\n2021.")
    table = format_table(mentions).splitlines()
    assert table[0].split()[:3] == ["text", "start-end", "value"]
    assert len(table) == 2 + len(mentions)
    assert "14 February⏎2021" in table[-1] and "distractor" in table[2]


def test_empty_and_dateless_text() -> None:
    assert find_dates("") == []
    assert find_dates("Mum was tearful and said she felt unsupported.") == []


def test_random_passages_keep_the_invariants() -> None:
    """Shuffled fragments of dates and their context words: no exception, exact slices, no overlap."""
    import random

    fragments = [
        "on", "the", "3rd", "31", "February", "Sept.", "May", "may", "2023", "'22", "/", "-", "12/04/2021",
        "31/02/2023", "between", "and", "from", "to", "w/c", "around", "early", "mid-", "the end of", "summer",
        "autumn term", "Easter", "Christmas Day", "New Year’s Eve", "last", "next", "Monday", "morning",
        "yesterday", "tomorrow", "two", "a few", "weeks", "ago", "later", "in", "time", "at", "2.30pm", "14:30",
        "DOB:", "Printed:", "Ref:", "Page 3 of 12", "was", "will", "by", "\n", ",", "2019-2021", "para 3.4.12",
        "was born", "13", "2023-02-30", "T14:30", "following day", "that evening", "half term", "Mar-23", "03/2023",
    ]
    rng = random.Random(20240501)
    for _ in range(600):
        text = " ".join(rng.choice(fragments) for _ in range(rng.randint(1, 20)))
        anchor = rng.choice([None, dt.date(2024, 2, 29), dt.date(2023, 12, 31)])
        mentions = find_dates(text, anchor, day_first=rng.random() < 0.8)
        for m in mentions:
            assert text[m.start:m.end] == m.text
            json.dumps(m.to_json())
        for first, second in zip(mentions, mentions[1:]):
            assert first.end <= second.start


@pytest.mark.parametrize("text, kind", [
    ("She was not brought for the MMR at the clinic on\n20/04/2021.", "event"),  # a wrapped line is no reference
    ("He was also not brought to the rearranged appointment on 16/06/2022.", "event"),
    ("The appointment was rearranged for 16/06/2022.", "plan"),
    ("Ref ABC/12/03/2024 noted.", "distractor"),
])
def test_a_date_after_a_line_break_or_an_adjective_keeps_its_kind(text, kind):
    assert [m.kind for m in find_dates(text, None)] == [kind]


@pytest.mark.parametrize("text, value, precision", [
    ("Core group 1 - 14/02/2023", "2023-02-14", "day"),  # the number counts core groups
    ("Session 3 - 12/03/2024", "2024-03-12", "day"),
    ("22/04/202\n4\nTransfer-in visit", "2024-04-22", "day"),  # a narrow table cell wrapped the year
    ("Off school from 1 - 14 February 2023.", "2023-02-01", "range"),
])
def test_a_counted_number_is_no_range_and_a_wrapped_year_is_read(text, value, precision):
    (m,) = find_dates(text, None)
    assert (m.value, m.precision) == (value, precision)


@pytest.mark.parametrize("text", ["She started the class on Monday last week.", "Last week on Monday she started."])
def test_a_weekday_of_last_week_is_one_day(text):
    (m,) = find_dates(text, dt.date(2024, 7, 11))
    assert (m.value, m.precision, m.inferred) == ("2024-07-01", "day", True)


@pytest.mark.parametrize("text, kind", [
    ("She said she has felt low since the autumn and is sleeping much of the day.", "background"),
    ("During the home visit she admitted a relapse since Easter.", "background"),
    ("Kayla has barely spoken since Sunday.", "background"),
    ("Since November her attendance has fallen.", "background"),
    ("Since 16/07/2024 Kayla has lived with her grandmother at 3 Linnet Close.", "event"),  # the day she moved
    ("Poppy has been living with her paternal grandparents since Saturday.", "event"),  # a move, however vague
])
def test_a_state_since_a_vague_time_is_background_but_a_move_or_a_written_day_is_an_event(text, kind):
    (m,) = find_dates(text, dt.date(2024, 8, 20))
    assert m.kind == kind


@pytest.mark.parametrize("text, anchor, values", [
    ("On 18 September 2023 she told school. The referral to MASH followed on 19 September.", dt.date(2025, 1, 24),
     ["2023-09-18", "2023-09-19"]),
    ("In November 2023 Mr Adeyemi telephoned; Marcus telephoned on 20 November.", dt.date(2025, 1, 24),
     ["2023-11", "2023-11-20"]),
    ("On 20/12/2023 mum called. On 2 January she visited.", dt.date(2024, 1, 5), ["2023-12-20", "2024-01-02"]),
    ("On 18 September 2023 she told school. The referral followed on 19 September.", None, ["2023-09-18", "2023-09-19"]),
    ("She was seen on 6 March.", dt.date(2024, 1, 5), ["2023-03-06"]),  # no written year before: the anchor decides
])
def test_a_year_less_date_in_a_retold_history_takes_the_year_the_account_last_wrote(text, anchor, values):
    assert [m.value for m in find_dates(text, anchor)] == values


@pytest.mark.parametrize("text, kind", [
    ("We talked about Friday night.", "background"),  # what the visit talked about, not when it was
    ("She spoke to me about last weekend.", "background"),
    ("Police found her at about 01:50 on Saturday.", "event"),  # "about" a time is still when
    ("She came home at about 9pm last night.", "event"),
    ("DOB / age 17/03/2010 (14)", "distractor"),
    ("Author: Gareth Lowe | Recorded: 05/09/2024 15:35", "distractor"),  # the note's audit stamp
    ("Registered: 14/04/2020.", "distractor"),
    ("Minutes issued 20/11/2025 - Margaret Fenwick, IRO.", "distractor"),
    ("Record submitted: 24/01/2025.", "distractor"),
])
def test_a_talked_about_day_is_a_topic_and_record_stamps_are_no_events(text, kind):
    (m,) = [m for m in find_dates(text, dt.date(2024, 9, 19)) if m.value]
    assert m.kind == kind
