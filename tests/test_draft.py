"""The cited draft on a small mixed case: quotes exact, plans and document dates not events, child's
words verbatim, one line per event across documents, and re-drafting keeps human work."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from chronology import schema
from chronology.draft import Drafter, DraftOptions
from chronology.entries import EntryStore
from ingest.pipeline import Ingestor
from tests.helpers import make_case_folder, make_pdf


@pytest.fixture
def drafted(workspace, tmp_path):
    folder = make_case_folder(tmp_path / "case")
    Ingestor(workspace.store, workspace.index).ingest(folder, "re-x")
    report = Drafter(workspace.store).draft("re-x")
    return workspace, folder, report


def _entries(ws):
    return EntryStore(ws.store).list("re-x")


def test_every_citation_is_the_exact_page_slice(drafted):
    ws, _, report = drafted
    entries = _entries(ws)
    assert report.entries == len(entries) > 0
    for e in entries:
        assert e.citations, e.text
        for c in e.citations:
            assert ws.store.page_text(c.document_id, c.page)[c.char_start:c.char_end] == c.quote


def test_entries_are_dated_events_not_plans_or_document_dates(drafted):
    ws, _, _ = drafted
    entries = _entries(ws)
    dates = [e.date for e in entries]
    assert dates == sorted(dates)
    assert "2023-11-03" not in dates  # the review conference is a plan
    assert not any("44/12345/23" in e.text for e in entries)  # a crime reference is not a date
    # the letter's own date (16 March) dates the letter, not the clinic visit it reports
    clinic = [e for e in entries if "clinic" in e.text]
    assert [e.date for e in clinic] == ["2023-03-15"]
    assert not any(e.date == "2023-03-16" for e in entries)
    incident = [e for e in entries if e.date == "2023-03-12"]
    assert incident and any(e.time == "23:40" for e in incident)


def test_relative_dates_resolve_against_the_note_and_are_flagged(drafted):
    ws, _, _ = drafted
    entries = _entries(ws)
    yesterday = [e for e in entries if e.date == "2023-03-12" and any("yesterday" in c.quote for c in e.citations)]
    assert yesterday, "the 13 March note's 'yesterday' is 12 March"
    assert all("date-inferred" in e.flags for e in yesterday if len(e.citations) == 1)
    # the note's account of the call-out joins the police notification of it: one line, both cited
    assert any({"police/notification.pdf", "case-notes/notes.txt"} <= {c.document for c in e.citations}
               for e in yesterday)
    # the school's "absent yesterday" (13 March) is its own line, not merged into the police call about the child
    absent = [e for e in entries if e.date == "2023-03-13" and "absent" in e.text]
    assert absent and all(len({c.document for c in e.citations}) == 1 for e in absent)
    assert not any(e.date == "2023-03-14" and e.time == "09:12" for e in entries), "an e-mail's sent date is no event"


def test_childs_words_are_kept_verbatim_and_flagged(drafted):
    ws, _, _ = drafted
    voice = [e for e in _entries(ws) if "child-voice" in e.flags]
    assert voice
    assert any('"I don\'t like it when Daddy shouts"' in c.quote for e in voice for c in e.citations)
    for e in voice:
        assert all(q in " ".join(c.quote for c in e.citations) for q in _quoted(e.text))


def _quoted(text: str) -> list[str]:
    import re

    return re.findall(r'"[^"]+"', text)


def test_same_incident_from_two_documents_is_one_entry(workspace, tmp_path):
    folder = tmp_path / "case"
    make_pdf(folder / "police" / "notification.pdf", [
        "Date of incident: 12/03/2023\nTime: 23:40\nOfficers attended 4 Elm Row after a neighbour reported shouting.\n"
        "Both children were present."])
    make_pdf(folder / "meetings" / "strategy.pdf", [
        "Strategy meeting minutes\nDate of meeting: 15/03/2023\n"
        "On 12/03/2023 officers attended 4 Elm Row after a neighbour reported shouting; both children were present.\n"
        "On 12/03/2023 the social worker made a telephone call to the school."])
    Ingestor(workspace.store, workspace.index).ingest(folder, "re-x")
    report = Drafter(workspace.store).draft("re-x")
    on_day = [e for e in _entries(workspace) if e.date == "2023-03-12"]
    merged = [e for e in on_day if len({c.document for c in e.citations}) == 2]
    assert len(merged) == 1 and report.merged >= 1
    assert "single-source" not in merged[0].flags
    # the call on the same day is a different event and stays its own line
    assert any("telephone call" in e.text and len(e.citations) == 1 for e in on_day)


def test_redraft_keeps_reviewed_entries_and_adds_new_material(drafted):
    ws, folder, _ = drafted
    es = EntryStore(ws.store)
    first = _entries(ws)
    verified, rejected, edited = first[0], first[1], first[2]
    with ws.store.transaction() as conn:
        conn.execute(update(schema.entries).where(schema.entries.c.id == verified.id).values(
            status="verified", verified_by="Jane Holloway"))
        conn.execute(update(schema.entries).where(schema.entries.c.id == rejected.id).values(status="rejected"))
        conn.execute(update(schema.entries).where(schema.entries.c.id == edited.id).values(
            text="Edited by the worker.", edited=True))
    make_pdf(folder / "school" / "letter.pdf", ["Poppy was excluded from school on 20/04/2023 for one day."])
    Ingestor(ws.store, ws.index).ingest(folder, "re-x")
    report = Drafter(ws.store).draft("re-x")
    assert report.kept == 3
    after = {e.id: e for e in es.list("re-x")}
    assert after[verified.id].status == "verified" and after[verified.id].text == verified.text
    assert after[rejected.id].status == "rejected"
    assert after[edited.id].text == "Edited by the worker."
    assert any(e.date == "2023-04-20" and "excluded" in e.text for e in after.values())
    # unchanged unreviewed entries keep their identity across re-drafts
    assert {e.id for e in first} <= set(after)


def test_filters_restrict_the_draft(workspace, tmp_path):
    folder = make_case_folder(tmp_path / "case")
    Ingestor(workspace.store, workspace.index).ingest(folder, "re-x")
    Drafter(workspace.store).draft("re-x", DraftOptions(date_from="2023-03-14", date_to="2023-03-31"))
    assert all("2023-03-14" <= e.date <= "2023-03-31" for e in _entries(workspace))
    Drafter(workspace.store, workspace.index).draft("re-x", DraftOptions(about="police attended the home"))
    assert any(e.date == "2023-03-12" for e in _entries(workspace))


def test_person_filter(workspace, tmp_path):
    folder = make_case_folder(tmp_path / "case")
    Ingestor(workspace.store, workspace.index).ingest(folder, "re-x")
    Drafter(workspace.store).draft("re-x", DraftOptions(person="Amir Khan"))
    entries = _entries(workspace)
    assert entries and all("Amir Khan" in " ".join(c.quote for c in e.citations) for e in entries)


def test_a_statement_linked_to_two_groups_of_one_day_joins_them():
    """Two retellings too unlike to link directly become one line when a third is like both and
    nothing in any of them clashes; the order the documents come in does not decide it."""
    from chronology.draft import cluster
    from chronology.events import Candidate
    from chronology.models import Document, Passage

    texts = {"a.txt": "Antenatal check DNA, missed appointment.", "b.txt": "She missed antenatal appointments.",
             "c.txt": "Missed antenatal appointment (27 weeks)."}
    vectors = {texts["a.txt"]: [1.0, 0.0], texts["b.txt"]: [0.0, 1.0], texts["c.txt"]: [0.7071, 0.7071]}
    cands = []
    for i, (path, text) in enumerate(texts.items(), start=1):
        doc = Document(id=i, case_id="x", path=path, sha256=str(i), kind="txt")
        passage = Passage(id=i, document_id=i, page_number=1, char_start=0, char_end=len(text), text=text)
        cands.append(Candidate(document=doc, passage=passage, value="2024-04-02", precision="day", value_end=None,
                               time=None, inferred=False, kind="event", start=0, end=len(text), quote=text,
                               text=text, order=(path, 0, 0)))
    groups = cluster(cands, lambda batch: [vectors[t] for t in batch])
    assert len(groups) == 1 and len(groups[0]) == 3
    # a visit and a call on the same day never join, whatever links them
    cands[1].text = cands[1].quote = "Home visit: she missed antenatal appointments."
    cands[0].text = cands[0].quote = "Telephone call: antenatal check DNA, missed appointment."
    vectors.update({cands[1].text: [0.0, 1.0], cands[0].text: [1.0, 0.0]})
    assert len(cluster(cands, lambda batch: [vectors[t] for t in batch])) == 2
