"""Automatic checks: each must pass on a faithful line and fail on the mistakes generative tools make.

Real SQLite under the temp home: documents, pages and passages are stored through Store, entries
through EntryStore. The builder below is shared with the review, gate and audit tests.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update

from chronology import schema
from chronology.entries import EntryStore
from chronology.models import Citation, Document, Entry, Page, Passage
from chronology.store import Store
from verify.checks import check_case, plain_date, riskiest_first, run_checks, support

POLICE = ("Northshire Police - Domestic Abuse Notification\nCrime ref: 44/12345/23\n"
          "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a report of shouting. "
          "Kayla Smith, aged 7, and her brother Tom were present. Two officers spoke to Ms Smith.")
NOTE = ("Case Note: 13/03/2023 09:30 | Telephone call | Recorded by: Jane Holloway\n"
        "PC Amir Khan called to report that police attended the family home yesterday after a neighbour heard shouting.")


@dataclass
class Case:
    """Builds a real case in the store: documents written to disk, ingested as pages and passages, and entries."""

    store: Store
    folder: Path
    case_id: str = "re-x"
    docs: dict[str, Document] = field(default_factory=dict)
    passages: dict[str, list[Passage]] = field(default_factory=dict)
    n: int = 0

    def document(self, rel: str, pages: list[str], anchor: date | None = None, source_kind: str = "other",
                 replaces: Document | None = None) -> Document:
        path = self.folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\f".join(pages), encoding="utf-8")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        self.store.ensure_case(self.case_id)
        doc = Document(id=None, case_id=self.case_id, path=rel, sha256=digest, kind="txt", source_kind=source_kind,
                       anchor_date=anchor, meta={"source_path": str(path.resolve())})
        page_rows = [Page(document_id=0, number=i, text=t) for i, t in enumerate(pages, start=1)]
        passages = [Passage(id=None, document_id=0, page_number=i, char_start=0, char_end=len(t), text=t, seq=i,
                            anchor_date=anchor) for i, t in enumerate(pages, start=1)]
        doc = self.store.begin_document(doc, page_rows, passages)
        self.store.complete_document(doc.id, replaces=replaces.id if replaces else None)
        self.docs[rel], self.passages[rel] = doc, passages
        return doc

    def cite(self, rel: str, quote: str, page: int = 1) -> Citation:
        doc = self.docs[rel]
        text = self.store.page_text(doc.id, page)
        start = text.index(quote)
        passage = self.passages[rel][page - 1]
        return Citation(document_id=doc.id, document=rel, page=page, char_start=start, char_end=start + len(quote),
                        quote=quote, passage_id=passage.id, document_sha256=doc.sha256)

    def entry(self, text: str, day: str | None, cites: list[Citation], *, precision: str = "day",
              drafter: str = "extractive", time: str | None = None) -> Entry:
        self.n += 1
        e = Entry(id=None, case_id=self.case_id, date=day, text=text, precision=precision, time=time,
                  citations=cites, key=f"k{self.n}", seq=self.n, drafter=drafter)
        with self.store.transaction() as conn:
            EntryStore(self.store).insert(conn, e)
        return EntryStore(self.store).get(e.id)

    def police(self) -> Document:
        return self.document("police/x.pdf", ["Cover sheet", POLICE], anchor=date(2023, 3, 14), source_kind="police")

    def notes(self) -> Document:
        return self.document("case-notes/notes.txt", [NOTE], anchor=date(2023, 3, 13), source_kind="social care")


@pytest.fixture
def case(workspace, tmp_path) -> Case:
    return Case(workspace.store, tmp_path / "folder")


def _codes(result) -> set[str]:
    return {f.code for f in result.findings}


def _fail_codes(result) -> set[str]:
    return {f.code for f in result.failures}


# --- a faithful line passes --------------------------------------------------------------------


def test_faithful_extractive_line_passes(case):
    case.police()
    quote = "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a report of shouting."
    e = case.entry(quote, "2023-03-12", [case.cite("police/x.pdf", quote, page=2)], time="23:40")
    r = run_checks(case.store, e)
    assert r.level == "pass", r.findings
    assert r.support == 1.0 and "single-source" in r.flags
    assert not r.failures and not r.warnings


# --- quote and source integrity ------------------------------------------------------------------


def test_edited_quote_fails(case):
    case.police()
    quote = "Kayla Smith, aged 7, and her brother Tom were present."
    c = case.cite("police/x.pdf", quote, page=2)
    e = case.entry("Kayla Smith, aged 7, and her brother Tom were present.", "2023-03-12", [c])
    with case.store.transaction() as conn:  # someone alters the stored quote
        conn.execute(update(schema.citations).where(schema.citations.c.entry_id == e.id)
                     .values(quote="Kayla Smith, aged 8, and her brother Tom were present."))
    r = run_checks(case.store, EntryStore(case.store).get(e.id))
    assert r.level == "fail"
    assert "the quote no longer matches page 2 of police/x.pdf" in r.reasons


def test_changed_page_text_fails(case):
    case.police()
    quote = "Two officers spoke to Ms Smith."
    e = case.entry(quote, None, [case.cite("police/x.pdf", quote, page=2)])
    with case.store.transaction() as conn:
        conn.execute(update(schema.pages).where(schema.pages.c.document_id == case.docs["police/x.pdf"].id,
                                                schema.pages.c.number == 2).values(text="replaced"))
    assert "quote-mismatch" in _fail_codes(run_checks(case.store, e))


def test_modified_source_file_fails_and_missing_file_warns(case):
    doc = case.police()
    quote = "Two officers spoke to Ms Smith."
    e = case.entry("Two officers spoke to Ms Smith.", "2023-03-12", [case.cite("police/x.pdf", quote, page=2)])
    source = Path(doc.meta["source_path"])
    assert "source-changed" not in _codes(run_checks(case.store, e))
    source.write_text(source.read_text() + " (amended)", encoding="utf-8")
    r = run_checks(case.store, e)
    assert r.level == "fail" and "source-changed" in _fail_codes(r)
    assert any("the source file has changed since ingest" in m for m in r.reasons)
    source.unlink()
    r = run_checks(case.store, e)
    assert "source-missing" in {f.code for f in r.warnings} and "source-changed" not in _codes(r)


def test_superseded_document_fails(case):
    old = case.police()
    quote = "Two officers spoke to Ms Smith."
    e = case.entry("Two officers spoke to Ms Smith.", "2023-03-12", [case.cite("police/x.pdf", quote, page=2)])
    case.document("police/x.pdf", ["Cover sheet", POLICE + " Updated."], anchor=date(2023, 3, 14), replaces=old)
    r = run_checks(case.store, e)
    assert r.level == "fail"
    message = next(f.message for f in r.failures if f.code == "source-superseded")
    assert message.startswith("police/x.pdf changed after this line was drafted (re-ingested on ")
    assert message.endswith("; check the line against the new version")


def test_no_citation_fails(case):
    case.store.ensure_case("re-x")
    e = case.entry("Something happened.", "2023-03-12", [])
    r = run_checks(case.store, e)
    assert _fail_codes(r) == {"no-citation"}


# --- dates ----------------------------------------------------------------------------------------


def test_shifted_date_fails_with_what_the_source_says(case):
    case.police()
    quote = "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a report of shouting."
    e = case.entry(quote, "2023-03-13", [case.cite("police/x.pdf", quote, page=2)])
    r = run_checks(case.store, e)
    assert "the date 13 March 2023 is not in the cited text (it says 12 March 2023)" in r.reasons


def test_month_precision_line_matches_a_day_in_the_quote(case):
    case.police()
    quote = "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a report of shouting."
    e = case.entry("In March 2023 officers attended 4 Elm Row after a report of shouting.", "2023-03-01",
                   [case.cite("police/x.pdf", quote, page=2)], precision="month")
    assert "date-mismatch" not in _codes(run_checks(case.store, e))
    # but a day the source never gives is invented precision
    e2 = case.entry(quote, "2023-03-01", [case.cite("police/x.pdf", quote, page=2)])
    assert "date-mismatch" in _fail_codes(run_checks(case.store, e2))


def test_relative_date_worked_out_from_the_note_warns(case):
    case.notes()
    quote = "PC Amir Khan called to report that police attended the family home yesterday after a neighbour heard shouting."
    cite = case.cite("case-notes/notes.txt", quote)
    right = case.entry(quote, "2023-03-12", [cite])
    r = run_checks(case.store, right)
    assert r.level == "warn" and "date-inferred" in {f.code for f in r.warnings}
    assert "inferred-date" in r.flags
    wrong = case.entry(quote, "2023-03-11", [cite])
    r = run_checks(case.store, wrong)
    assert "the date 11 March 2023 is not in the cited text (it says 12 March 2023)" in r.reasons
    # the note's own date (the day of the call) is plausible but not in the quoted words: warn
    call = run_checks(case.store, case.entry(quote, "2023-03-13", [cite]))
    assert call.level == "warn" and "date-from-note" in {f.code for f in call.warnings}


def test_date_only_in_a_print_footer_warns(case):
    case.document("school/letter.txt", ["Poppy was absent from school.\nPrinted: 14/03/2023"], source_kind="school")
    quote = "Poppy was absent from school.\nPrinted: 14/03/2023"
    e = case.entry("Poppy was absent from school.", "2023-03-14", [case.cite("school/letter.txt", quote)])
    r = run_checks(case.store, e)
    assert "date-distractor" in {f.code for f in r.warnings}


def test_undated_line_warns(case):
    case.police()
    quote = "Two officers spoke to Ms Smith."
    r = run_checks(case.store, case.entry(quote, None, [case.cite("police/x.pdf", quote, page=2)]))
    assert {f.code for f in r.warnings} == {"undated"}


# --- names, places, numbers, ages, times ---------------------------------------------------------


def test_changed_name_fails_with_suggestion(case):
    case.police()
    quote = "Kayla Smith, aged 7, and her brother Tom were present."
    e = case.entry("Kayleigh Smith, aged 7, and her brother Tom were present.", "2023-03-12",
                   [case.cite("police/x.pdf", quote, page=2)])
    r = run_checks(case.store, e)
    assert "'Kayleigh' is not in the source; the source says 'Kayla'" in r.reasons
    assert "names-or-numbers-changed" in r.flags


def test_changed_place_fails(case):
    case.police()
    quote = "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a report of shouting."
    e = case.entry("On 12/03/2023 at 23:40 officers attended 4 Elm Road after a report of shouting.", "2023-03-12",
                   [case.cite("police/x.pdf", quote, page=2)])
    assert "'Road' is not in the source; the source says 'Row'" in run_checks(case.store, e).reasons


def test_name_at_sentence_start_is_checked_but_common_words_are_not(case):
    case.police()
    quote = "Kayla Smith, aged 7, and her brother Tom were present."
    cite = case.cite("police/x.pdf", quote, page=2)
    ok = case.entry("Police recorded that Kayla Smith, aged 7, and her brother Tom were present.", "2023-03-12", [cite])
    assert "name-missing" not in _codes(run_checks(case.store, ok))
    bad = case.entry("Kaylee was present with her brother Tom, aged 7.", "2023-03-12", [cite])
    assert "name-missing" in _fail_codes(run_checks(case.store, bad))


def test_changed_age_and_number_fail(case):
    case.police()
    quote = "Kayla Smith, aged 7, and her brother Tom were present."
    cite = case.cite("police/x.pdf", quote, page=2)
    r = run_checks(case.store, case.entry("Kayla Smith, aged 8, and her brother Tom were present.", "2023-03-12", [cite]))
    assert "number-missing" in _fail_codes(r)
    assert any(m.startswith("'8' is not in the source") for m in r.reasons)
    ok = case.entry("Kayla Smith, a 7-year-old, and her brother Tom were present.", "2023-03-12", [cite])
    assert "number-missing" not in _codes(run_checks(case.store, ok))
    quote2 = "Two officers spoke to Ms Smith."
    cite2 = case.cite("police/x.pdf", quote2, page=2)
    assert "number-missing" not in _codes(run_checks(case.store, case.entry("2 officers spoke to Ms Smith.", None, [cite2])))
    r = run_checks(case.store, case.entry("Three officers spoke to Ms Smith.", None, [cite2]))
    assert "'Three' is not in the source; the source says 'Two'" in r.reasons


def test_reference_number_must_match_whole(case):
    case.police()
    quote = "Crime ref: 44/12345/23"
    cite = case.cite("police/x.pdf", quote, page=2)
    ok = run_checks(case.store, case.entry("Crime ref: 44/12345/23", None, [cite]))
    assert "number-missing" not in _codes(ok)
    bad = run_checks(case.store, case.entry("Crime ref: 44/12354/23", None, [cite]))
    assert "number-missing" in _fail_codes(bad)


def test_changed_time_fails(case):
    case.police()
    quote = "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a report of shouting."
    cite = case.cite("police/x.pdf", quote, page=2)
    ok = case.entry("On 12/03/2023 at 11.40pm officers attended 4 Elm Row after a report of shouting.",
                    "2023-03-12", [cite], time="23:40")
    assert "time-missing" not in _codes(run_checks(case.store, ok))
    bad = case.entry("On 12/03/2023 at 22:40 officers attended 4 Elm Row after a report of shouting.",
                     "2023-03-12", [cite])
    r = run_checks(case.store, bad)
    assert "the time '22:40' is not in the source; the source says '23:40'" in r.reasons
    field_only = case.entry(quote, "2023-03-12", [cite], time="21:00")
    assert "time-missing" in _fail_codes(run_checks(case.store, field_only))


def test_changed_quoted_speech_fails(case):
    case.document("case-notes/visit.txt", ['I visited the home. Poppy said "I don\'t like it when Daddy shouts".'],
                  anchor=date(2023, 3, 14))
    quote = 'Poppy said "I don\'t like it when Daddy shouts".'
    cite = case.cite("case-notes/visit.txt", quote)
    ok = case.entry('Poppy said "I don\'t like it when Daddy shouts".', "2023-03-14", [cite])
    assert "speech-changed" not in _codes(run_checks(case.store, ok))
    bad = case.entry('Poppy said "I don\'t like it when Daddy is angry".', "2023-03-14", [cite])
    assert "speech-changed" in _fail_codes(run_checks(case.store, bad))


# --- support, risk and ranking -------------------------------------------------------------------


def test_support_score():
    assert support("Officers attended the home.", ["Officers attended the family home."]) == 1.0
    assert support("Mother was intoxicated and aggressive.", ["Officers attended the family home."]) < 0.5


def test_low_support_warns_and_llm_text_is_riskier(case):
    case.police()
    quote = "Two officers spoke to Ms Smith."
    cite = case.cite("police/x.pdf", quote, page=2)
    loose = case.entry("Two officers had a lengthy argument with the mother about her parenting and drinking.", None, [cite])
    r = run_checks(case.store, loose)
    assert "low-support" in {f.code for f in r.warnings}
    plain = run_checks(case.store, case.entry(quote, "2023-03-12", [cite]))
    llm = run_checks(case.store, case.entry(quote, "2023-03-12", [cite], drafter="llm:llama3"))
    assert "llm-drafted" in llm.flags and llm.risk > plain.risk


def test_two_sources_are_not_single_source(case):
    case.police()
    case.notes()
    q1 = "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a report of shouting."
    q2 = "PC Amir Khan called to report that police attended the family home yesterday after a neighbour heard shouting."
    e = case.entry(q1, "2023-03-12", [case.cite("police/x.pdf", q1, page=2), case.cite("case-notes/notes.txt", q2)])
    assert "single-source" not in run_checks(case.store, e).flags


def test_check_case_persists_and_ranks_riskiest_first(case):
    case.police()
    quote = "Kayla Smith, aged 7, and her brother Tom were present."
    cite = case.cite("police/x.pdf", quote, page=2)
    good = case.entry(quote, "2023-03-12", [cite])
    bad = case.entry("Kayleigh Smith, aged 9, was present.", "2023-03-12", [cite])
    pairs = check_case(case.store, "re-x")
    assert [e.id for e, _ in riskiest_first(pairs)] == [bad.id, good.id]
    stored = EntryStore(case.store).get(bad.id)
    assert stored.risk > 0.5 and stored.version == 1  # checks never bump the version
    assert {"level": "fail", "code": "name-missing",
            "message": "'Kayleigh' is not in the source; the source says 'Kayla'"} in stored.checks


def test_plain_date():
    assert plain_date("2023-03-12") == "12 March 2023"
    assert plain_date("2023-03-01", "month") == "March 2023"
    assert plain_date("2023-01-01", "year") == "2023"
    assert plain_date(None) == "undated"


def test_two_thousand_lines_are_each_checked_once(case):
    """A 2,000-line chronology is checked line by line, each result its own (how fast: bench/review.py)."""
    case.police()
    case.notes()
    q1 = "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a report of shouting."
    q2 = "Kayla Smith, aged 7, and her brother Tom were present."
    c1, c2 = case.cite("police/x.pdf", q1, page=2), case.cite("police/x.pdf", q2, page=2)
    rows = []
    for i in range(2000):
        text = f"{q1} Kayleigh was seen {i} times." if i % 10 == 0 else q2
        rows.append(Entry(id=None, case_id="re-x", date="2023-03-12", text=text, citations=[c1, c2], key=f"bulk{i}", seq=i))
    with case.store.transaction() as conn:
        for e in rows:
            EntryStore(case.store).insert(conn, e)
    pairs = check_case(case.store, "re-x")
    assert len(pairs) == 2000 and len({e.id for e, _ in pairs}) == 2000
    assert sum(r.level == "fail" for _, r in pairs) == 200


def test_date_in_the_wording_must_be_in_the_source(case):
    case.police()
    quote = "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a report of shouting."
    cite = case.cite("police/x.pdf", quote, page=2)
    r = run_checks(case.store, case.entry(quote.replace("12/03/2023", "11/03/2023"), "2023-03-12", [cite]))
    assert r.level == "fail" and {f.code for f in r.failures} == {"date-in-text"}
    assert r.failures[0].message.startswith("the line says '11/03/2023")
    assert r.failures[0].message.endswith("a date that is not in the cited text (it says 12 March 2023)")
    same = run_checks(case.store, case.entry(quote.replace("12/03/2023", "12 March 2023"), "2023-03-12", [cite]))
    assert "date-in-text" not in _codes(same)
    # the document's own date is no excuse when the quote gives a different one
    r = run_checks(case.store, case.entry(quote.replace("12/03/2023", "15/03/2023"), "2023-03-12", [cite]))
    assert "date-in-text" in _fail_codes(r)


def test_date_of_the_note_in_the_wording_warns(case):
    case.notes()
    quote = "PC Amir Khan called to report that police attended the family home yesterday after a neighbour heard shouting."
    cite = case.cite("case-notes/notes.txt", quote)
    r = run_checks(case.store, case.entry(f"On 13/03/2023 {quote}", "2023-03-12", [cite]))
    assert "date-in-text" not in _codes(r) and "date-from-note" in {f.code for f in r.warnings}
    r = run_checks(case.store, case.entry(f"On 16/03/2023 {quote}", "2023-03-12", [cite]))
    assert "date-in-text" in _fail_codes(r)


def test_acronym_spelt_out_in_the_source_passes(case):
    case.document("meetings/icpc.txt", ["An initial child protection conference was held on 11/04/2023."],
                  anchor=date(2023, 4, 11))
    quote = "An initial child protection conference was held on 11/04/2023."
    cite = case.cite("meetings/icpc.txt", quote)
    assert "name-missing" not in _codes(run_checks(case.store, case.entry("The ICPC was held on 11/04/2023.", "2023-04-11", [cite])))
    assert "name-missing" in _codes(run_checks(case.store, case.entry("The RCPC was held on 11/04/2023.", "2023-04-11", [cite])))


# --- changed meaning: polarity, roles, agencies, relationships, new words --------------------------

VISIT = ("Case Note: 14/03/2023 10:00 | Home visit | Recorded by: Jane Holloway (Social Worker)\n"
         "The health visitor attended the home with me. Poppy was not brought to nursery today. "
         "Mum said she had been unwell.")


def _visit(case):
    case.document("case-notes/visit.txt", [VISIT], anchor=date(2023, 3, 14), source_kind="social care")
    return lambda quote: case.cite("case-notes/visit.txt", quote)


def _messages(result, code: str) -> list[str]:
    return [f.message for f in result.findings if f.code == code]


def test_a_line_that_denies_what_its_source_affirms_fails_with_both_wordings(case):
    cite = _visit(case)
    quote = "The health visitor attended the home with me."
    ok = run_checks(case.store, case.entry(quote, "2023-03-14", [cite(quote)]))
    assert not {"negation-added", "negation-dropped"} & _codes(ok)
    bad = run_checks(case.store, case.entry("The health visitor did not attend the home with me.", "2023-03-14",
                                            [cite(quote)]))
    assert _messages(bad, "negation-added") == [
        "the line says 'visitor did not attend' but the source says 'visitor attended': "
        "it denies what the source says happened"]
    assert "meaning-changed" in bad.flags


def test_a_line_that_affirms_what_its_source_denies_fails_with_both_wordings(case):
    cite = _visit(case)
    quote = "Poppy was not brought to nursery today."
    ok = run_checks(case.store, case.entry(quote, "2023-03-14", [cite(quote)]))
    assert "negation-dropped" not in _codes(ok)
    bad = run_checks(case.store, case.entry("Poppy was brought to nursery today.", "2023-03-14", [cite(quote)]))
    assert _messages(bad, "negation-dropped") == [
        "the line says 'was brought' but the source says 'was not brought': "
        "it says something happened that the source says did not"]


@pytest.mark.parametrize("line, quote, code", [
    ("Mother attended the appointment.", "Mother DNA the appointment.", "negation-dropped"),
    ("Mother refused the offer of support.", "Mother accepted the offer of support.", "negation-added"),
    ("Father failed to attend the meeting.", "Father attended the meeting.", "negation-added"),
    ("Mother attended.", "Mother did not attend.", "negation-dropped"),
    # a 'not' elsewhere in the quote does not excuse one added here
    ("Mother did not attend.", "Mother attended. Later she did not answer the door.", "negation-added"),
    # a negation swapped after a semicolon is a changed word, not a skipped sentence
    ("Urine screen positive for alcohol; some drugs detected.", "Urine screen positive for alcohol; no drugs detected.",
     "negation-dropped"),
])
def test_polarity_changes_in_other_words(line, quote, code):
    from chronology.grounding import polarity_changes

    kinds = {c.kind for c in polarity_changes(line, [quote])}
    assert kinds == {code.removeprefix("negation-")}


@pytest.mark.parametrize("line, quote", [
    ("Mother did not attend the appointment.", "Mother DNA the appointment."),  # the same, in other words
    ("Kayla attended. Tom was absent.", "Kayla attended. Tom was absent."),
    ("Kayla attended school.", "Kayla attended school. Tom did not."),  # a sentence left out, not a word
    ("Health needs have not always been met.", "Health needs have not\nalways been met."),  # a line wrap
])
def test_faithful_polarity_is_not_flagged(line, quote):
    from chronology.grounding import polarity_changes

    assert polarity_changes(line, [quote]) == []


def test_a_swapped_role_fails_with_the_term_the_source_uses(case):
    cite = _visit(case)
    quote = "The health visitor attended the home with me."
    r = run_checks(case.store, case.entry("The school nurse attended the home with me.", "2023-03-14", [cite(quote)]))
    assert _messages(r, "role-missing") == ["the role 'school nurse' is not in the source; the source says 'health visitor'"]
    assert "name-missing" not in _codes(r)  # the term check names it, once
    variant = run_checks(case.store, case.entry("The HV attended the home with me.", "2023-03-14", [cite(quote)]))
    assert not {"role-missing", "name-missing"} & _codes(variant)


def test_a_swapped_agency_fails_with_the_term_the_source_uses(case):
    cite = _visit(case)
    quote = "Poppy was not brought to nursery today."
    r = run_checks(case.store, case.entry("Poppy was not brought to school today.", "2023-03-14", [cite(quote)]))
    assert _messages(r, "agency-missing") == ["the agency 'school' is not in the source; the source says 'nursery'"]


def test_a_swapped_relationship_fails_and_variants_are_the_same_term(case):
    cite = _visit(case)
    quote = "Mum said she had been unwell."
    r = run_checks(case.store, case.entry("Grandmother said she had been unwell.", "2023-03-14", [cite(quote)]))
    assert _messages(r, "relationship-missing") == [
        "the relationship 'Grandmother' is not in the source; the source says 'Mum'"]
    same = run_checks(case.store, case.entry("Mother said she had been unwell.", "2023-03-14", [cite(quote)]))
    assert "relationship-missing" not in _codes(same)


def test_police_rank_in_the_source_supports_police():
    from chronology import terms

    assert "police" in terms.supported(["PC 2290 Tait called at 21:40."])
    assert terms.normalise("HV") == "health visitor" and terms.normalise("mum") == "mother"
    assert [t.canonical for t in terms.find_terms("The school nurse rang the school.")] == ["school nurse", "school"]


def test_an_edited_line_lists_its_new_words_and_low_support_ranks_riskiest(case):
    from verify.review import edit

    cite = _visit(case)
    quote = "Mum said she had been unwell."
    other = case.entry("Kayleigh said she had been unwell.", "2023-03-14", [cite(quote)])  # a name fails
    e = case.entry(quote, "2023-03-14", [cite(quote)])
    done, r = edit(case.store, e, "Jane", "Mum said she had been unwell. She appeared intoxicated and aggressive.")
    assert _messages(r, "new-words") == [
        "new words: appeared, intoxicated, aggressive (in none of the cited quotes; check the source says this)"]
    assert r.level == "warn"  # for a person to weigh, not a failure
    loose, _ = edit(case.store, done, "Jane", "Mother appeared intoxicated, aggressive and hostile towards staff.")
    pairs = check_case(case.store, "re-x")
    ranked = [e.id for e, _ in riskiest_first(pairs)]
    assert ranked[0] == loose.id and ranked.index(loose.id) < ranked.index(other.id)
    extractive = run_checks(case.store, case.entry(quote, "2023-03-14", [cite(quote)]))
    assert "new-words" not in _codes(extractive)  # extractive lines are made of their quotes' words


def test_a_line_quoting_an_ocr_page_ranks_among_the_riskiest(case):
    cite = _visit(case)
    quote = "Mum said she had been unwell."
    plain = case.entry(quote, "2023-03-14", [cite(quote)])
    warned = case.entry(quote, None, [cite(quote)])  # undated: a warning
    scanned = case.entry(quote, "2023-03-14", [cite(quote)])
    with case.store.transaction() as conn:
        conn.execute(update(schema.entries).where(schema.entries.c.id == scanned.id).values(flags=["ocr"]))
    pairs = check_case(case.store, "re-x")
    ranked = [e.id for e, _ in riskiest_first(pairs)]
    assert ranked[0] == scanned.id and set(ranked[1:]) == {plain.id, warned.id}
    result = dict((e.id, r) for e, r in pairs)[scanned.id]
    assert "ocr" in result.flags and result.risk >= 0.8


def test_a_date_written_as_in_the_quote_passes_even_where_the_engine_reads_it_otherwise(case):
    text = ("Jane Holloway summarised the pre-proceedings history: the legal gateway meeting on\n"
            "19/07/2023, the letter before proceedings on 24/07/2023 and the PLO meeting on 08/08/2023.")
    case.document("court/statement.txt", [text], anchor=date(2023, 11, 14))
    line = " ".join(text.split())
    r = run_checks(case.store, case.entry(line, "2023-07-24", [case.cite("court/statement.txt", text)]))
    assert "date-in-text" not in _codes(r)


# --- the sample cases: clean drafts raise no false alarm, planted errors are all flagged -----------


def _bench():
    """bench/planted.py's mutations, so the test plants the same kinds of error the bench measures."""
    import importlib.util
    import sys

    if "bench_planted" not in sys.modules:
        path = Path(__file__).resolve().parent.parent / "bench" / "planted.py"
        spec = importlib.util.spec_from_file_location("bench_planted", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["bench_planted"] = module
        spec.loader.exec_module(module)
    return sys.modules["bench_planted"]


@pytest.fixture(scope="module")
def drafted_samples(ingested_samples: Path, tmp_path_factory: pytest.TempPathFactory):
    """Every sample case drafted once, with its clean check results taken before any test plants an error."""
    import shutil

    from chronology.config import Settings
    from chronology.draft import Drafter

    home = tmp_path_factory.mktemp("checked") / "home"
    shutil.copytree(ingested_samples, home)
    store = Store.open(Settings(home=home, database_url=f"sqlite:///{home / 'chronology.db'}", chroma_url=None))
    cases = [c.id for c in store.list_cases()]  # re-a, re-s and any sample case added later
    clean = {}
    for case in cases:
        Drafter(store).draft(case)
        clean[case] = check_case(store, case)
    yield store, clean
    store.engine.dispose()


def test_clean_sample_drafts_have_no_failing_line(drafted_samples):
    _, clean = drafted_samples
    assert {"re-a", "re-s"} <= set(clean)
    for case, pairs in clean.items():
        failing = [(e.public_id, r.reasons) for e, r in pairs if r.level == "fail"]
        assert len(pairs) > 20 and not failing, f"{case}: {failing}"


def test_planted_errors_in_the_sample_drafts_are_all_flagged(drafted_samples):
    from verify.review import edit

    store, clean = drafted_samples
    bench = _bench()
    before = {e.id: r for pairs in clean.values() for e, r in pairs}
    pool = sorted((e for pairs in clean.values() for e, _ in pairs), key=lambda e: (e.case_id, e.seq))
    ctx = bench.Context(people=["Kerry", "Dean", "Chloe", "Lily", "Margaret", "Jack", "Poppy", "Ruby"])
    planted: dict[int, str] = {}
    for kind, mutate in bench.EDITS.items():
        for e in pool[::-1] if kind.startswith("negation") else pool:
            new = None if e.id in planted else mutate(e.text, "\n".join(c.quote for c in e.citations), ctx)
            if new:
                edit(store, e.id, "Jane", new, reason=f"planted: {kind}")
                planted[e.id] = kind
                break
    assert len(set(planted.values())) == len(bench.EDITS) >= 10
    after = {e.id: r for case in clean for e, r in check_case(store, case, invalidate=False)}
    missed = {kind: after[eid].reasons for eid, kind in planted.items()
              if not bench.EXPECTED[kind] & ({f.code for f in after[eid].findings} - {f.code for f in before[eid].findings})}
    assert not missed
