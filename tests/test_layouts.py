"""The draft on record layouts the sample cases do not use: other recording systems' note headers,
tables told apart by their header row, PDF tables without bars, metadata dates, child speech later
in a paragraph, and the merge rule that the names every document carries are no evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.draft import Drafter
from chronology.entries import EntryStore
from ingest.pipeline import Ingestor
from tests.helpers import make_docx, make_eml, make_pdf

LCS = """Child: Jayden Kerr   ID: 448812
Case notes exported 03/06/2024 by T. Marsh

Note date: 02/05/2024 09:40 | Author: Tara Marsh (Social Worker) | Note type: Home visit
Visited the family home at 12 Larch Close. Mother was present. Dawn said the police had been called last Friday after an argument with Mr Pryce.

Note date: 07/05/2024 14:15 | Author: Tara Marsh (Social Worker) | Note type: Telephone call
Call from Ms Hall, DSL at Riverside Primary, about attendance.

Note date: 15/05/2024 10:00 | Author: Tara Marsh (Social Worker) | Note type: Strategy discussion
Held with police and health. Agreed section 47 enquiries.
"""

MOSAIC = """Case notes for: Lily Brown
Printed by J Smith on 04/07/2023

12/03/2023
Worker: Jo Smith   Step: Home visit
Visited the home. Lily was asleep. Mother said Lily had been sick on Saturday night.

19/03/2023
Worker: Jo Smith   Step: Telephone contact
Spoke with mother by phone.

27/03/2023
Worker: Ann Lee   Step: School visit
Saw Lily at nursery.
"""

ECLIPSE = """Date of contact: 14-Mar-2024   Time: 16:10   Contact type: Home visit
Worker: R Hale   Interpreter: Mrs Popescu (Romanian, in person)
Saw Ana in her bedroom. Ana said "my arm hurts when I lift my bag".

Date of contact: 18-Mar-2024   Time: 09:05   Contact type: Telephone call
Worker: R Hale   Interpreter: none booked
Mother rang. Her cousin interpreted.

Date of contact: 21-Mar-2024   Time: 13:30   Contact type: School visit
Worker: R Hale   Interpreter: n/a
Ana seen alone at school.
"""

# a date-and-type line over a byline of labelled fields, both with bars; two notes of one day
BYLINE = """Case Notes Report (chronological, all note types)
Report parameters Notes dated from 01/09/2024 to 05/02/2026; all note types
Extract: 01/09/2024 to 30/09/2024

05/09/2024 14:00 | Supervision
Author: Gareth Lowe, Team Manager | Recorded: 05/09/2024 15:35
Case supervision with Aisha Rahman. Tegan is staying out later than agreed.

19/09/2024 11:00 | Strategy Discussion
Author: Aisha Rahman, Social Worker | Recorded: 19/09/2024 12:10
Strategy discussion held with DC Pryce and the school nurse. Section 47 enquiry agreed.

19/09/2024 16:15 | Statutory Visit (CLA)
Author: Aisha Rahman, Social Worker | Recorded: 19/09/2024 17:29
Statutory visit at the Haddows' home. Tegan was seen alone in her bedroom.
We talked about Friday night. She said: "Janine treats me like a baby. I was just with my mates."
"""


def _draft(workspace, folder: Path, case: str):
    Ingestor(workspace.store, workspace.index).ingest(folder, case)
    Drafter(workspace.store).draft(case)
    return EntryStore(workspace.store).list(case)


@pytest.mark.parametrize("layout,text,expect", [
    ("lcs", LCS, {("2024-05-02", "09:40"): "Home visit", ("2024-05-07", "14:15"): "Telephone call",
                  ("2024-04-26", None): "last Friday", ("2024-05-15", "10:00"): "section 47"}),
    ("mosaic", MOSAIC, {("2023-03-12", None): "Home visit: Visited the home. Lily was asleep.",
                        ("2023-03-11", None): "Saturday night", ("2023-03-19", None): "Telephone contact",
                        ("2023-03-27", None): "School visit: Saw Lily at nursery."}),
    ("eclipse", ECLIPSE, {("2024-03-14", "16:10"): "Home visit: Saw Ana in her bedroom",
                          ("2024-03-18", "09:05"): "Telephone call: Mother rang. Her cousin interpreted.",
                          ("2024-03-21", "13:30"): "School visit"}),
    ("byline", BYLINE, {("2024-09-05", "14:00"): "Case supervision with Aisha Rahman",
                        ("2024-09-19", "11:00"): "Strategy discussion held with DC Pryce",
                        ("2024-09-19", "16:15"): "I was just with my mates."}),
])
def test_note_headers_of_other_systems_head_their_notes(workspace, tmp_path, layout, text, expect):
    """Each note is one line, titled from its header, worded from its body; its relative dates
    resolve against the note's own date, never the export's."""
    folder = tmp_path / layout
    folder.mkdir()
    (folder / "notes.txt").write_text(text, encoding="utf-8")
    entries = _draft(workspace, folder, layout)
    by_day = {(e.date, e.time): e for e in entries}
    for key, words in expect.items():
        assert key in by_day, f"{key} missing from {sorted(by_day)}"
        assert words in by_day[key].text or words in by_day[key].citations[0].quote, by_day[key].text
    assert not any(e.date in ("2024-06-03", "2023-07-04") for e in entries), "export and print dates are no events"
    if layout == "byline":  # the audit stamp is no line, and a talked-about Friday does not cut the visit's account
        assert len(entries) == 3 and "Tegan was seen alone" in by_day[("2024-09-19", "16:15")].text, \
            [(e.date, e.time, e.text) for e in entries]
    assert not any("Author:" in e.text or "Worker:" in e.text for e in entries), "header fields are not the account"


def test_tables_are_told_apart_by_their_header_row(workspace, tmp_path):
    """A family table's dates of birth and a plan's review dates are never events; a dated log gives
    one line per row, the row its quote."""
    import docx

    folder = tmp_path / "tables"
    folder.mkdir()
    d = docx.Document()
    d.add_paragraph("School safeguarding chronology")
    rows = [["Date", "Concern", "Action taken", "By whom"],
            ["14/09/2022", 'Ava arrived hungry and said "I had no tea last night".', "Breakfast club offered", "DSL"],
            ["03/10/2022", "Head lice noted again.", "Letter home", "Class teacher"],
            ["03/10/2022", "Late for the fifth time this half term.", "Call to mother", "Office"]]
    for table in (rows, [["Name", "Relationship", "DOB", "Address"], ["Ava Brook", "Child", "12/06/2015", "3 Fen Way"],
                         ["Kim Brook", "Mother", "02/02/1990", "3 Fen Way"]],
                  [["Action", "Who", "Review date"], ["Attend breakfast club", "Mother", "01/12/2022"],
                   ["Nit treatment", "Mother", "08/12/2022"]]):
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
        d.add_paragraph("")
    d.save(str(folder / "school.docx"))
    entries = _draft(workspace, folder, "tables")
    dates = sorted(e.date for e in entries)
    assert dates == ["2022-09-14", "2022-10-03", "2022-10-03"], dates
    hungry = next(e for e in entries if e.date == "2022-09-14")
    assert hungry.citations[0].quote.startswith("14/09/2022 | Ava arrived hungry") and "DSL" in hungry.citations[0].quote
    assert '"I had no tea last night"' in hungry.text and "child-voice" in hungry.flags


def test_a_pdf_table_without_bars_gives_one_line_per_dated_row(workspace, tmp_path):
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    folder = tmp_path / "hv"
    folder.mkdir()
    style = getSampleStyleSheet()["BodyText"]
    rows = [["Date", "Contact type", "Practitioner", "Summary / Outcome"],
            ["14/09/2021", "Home visit", "HV J Moss", "Baby weighed 6.2kg. Home cluttered, mother tired. Advised on safe sleep."],
            ["02/11/2021", "Clinic - DNA", "HV J Moss", "Not brought to 12-month review. Letter sent offering new appointment."],
            ["18/01/2022", "Telephone", "HV K Patel", "Mother said she was coping. Agreed home visit next month."]]
    table = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=[70, 80, 80, 250])
    SimpleDocTemplate(str(folder / "hv-record.pdf"), invariant=1).build([Paragraph("Health Visiting Record", style), table])
    entries = _draft(workspace, folder, "hv")
    assert [e.date for e in entries] == ["2021-09-14", "2021-11-02", "2022-01-18"]
    dna = entries[1]
    assert "Clinic - DNA" in dna.text and "Not brought to 12-month review" in dna.text, "the row's wrapped cells stay with it"
    assert "2022-02" not in {e.date[:7] for e in entries}, "'next month' is a plan"


def test_metadata_dates_are_not_events(workspace, tmp_path):
    folder = tmp_path / "meta"
    make_eml(folder / "gp.eml", "GP letter", "Please see the GP's letter below.\n\n"
             "-----Original Message-----\nFrom: Canal Side Surgery\nSent: 02 February 2023 10:02\n"
             "Subject: Lily Arden\n\nI saw Ms Arden at the surgery on 30/01/2023. She described low mood.",
             date="Fri, 03 Feb 2023 08:30:00 +0000")
    make_pdf(folder / "minutes.pdf", ["Core group minutes\nDate of meeting: 20/02/2023\nDistributed: 24/02/2023\n"
                                      "Lily's attendance at nursery has improved.\nPrinted: 27/02/2023"])
    entries = _draft(workspace, folder, "meta")
    dates = {e.date for e in entries}
    assert {"2023-01-30", "2023-02-20"} <= dates
    assert not dates & {"2023-02-03", "2023-02-02", "2023-02-24", "2023-02-27"}, sorted(dates)


def test_childs_words_later_in_the_paragraph_reach_the_line(workspace, tmp_path):
    folder = tmp_path / "voice"
    folder.mkdir()
    (folder / "report.txt").write_text(
        "Social worker's report to conference\n\n"
        "On 12/04/2024 Ms Lowe visited the children at school. Both children were seen alone in the library. "
        "The teacher confirmed attendance had improved. Maya said \"I don't want to go home when Dad is there\".\n\n"
        "The health visitor reported that the baby's weight was stable.\n", encoding="utf-8")
    entries = _draft(workspace, folder, "voice")
    line = next(e for e in entries if e.date == "2024-04-12")
    assert "\"I don't want to go home when Dad is there\"" in line.text and "child-voice" in line.flags
    text = workspace.store.page_text(line.citations[-1].document_id, line.citations[-1].page)
    assert all(text[c.char_start:c.char_end] == c.quote for c in line.citations)


def test_the_names_every_document_carries_do_not_merge_different_events(workspace, tmp_path):
    """A school's 'absent' and a police call-out on one day both name the child: still two lines."""
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / "school.txt").write_text("Attendance note. On 13/03/2023 Poppy Lane was absent from school all day.\n",
                                       encoding="utf-8")
    (folder / "police.txt").write_text("On 13/03/2023 at 22:10 officers attended after a neighbour reported shouting. "
                                       "Poppy Lane was present.\n", encoding="utf-8")
    (folder / "notes.txt").write_text("On 13/03/2023 the social worker telephoned Poppy Lane's mother about the referral.\n",
                                      encoding="utf-8")
    entries = [e for e in _draft(workspace, folder, "names") if e.date == "2023-03-13"]
    assert len(entries) == 3 and all(len({c.document for c in e.citations}) == 1 for e in entries)


@pytest.mark.parametrize("header, title", [
    ("Note date: 02/05/2024 09:40 | Author: Tara Marsh (Social Worker) | Note type: Home visit", "Home visit"),
    ("Date of contact: 14-Mar-2024   Time: 16:10   Contact type: Home visit", "Home visit"),
    ("Worker: Jo Smith   Step: Home visit", "Home visit"),
    ("Category: Child and Family Assessment | Subject: Visit to school | Note type: School visit | Entered by: A Lee",
     "School visit"),
    ("Case Note 12/03/2024 10:00 Recorded by: A Lee Subject: Call from GP", "Call from GP"),
    ("12/03/2024 | Home visit | A Lee", "Home visit"),
])
def test_a_note_is_titled_by_its_type_field_before_subject_or_category(header, title):
    from chronology.events import _note_title
    assert _note_title(header) == title


@pytest.mark.parametrize("sentence, child", [
    ('In the pastoral office Kayla told me she has to do runs for "them" and said "If I don\'t go they\'ll come '
     'to my house."', True),
    ('Kayla replied to my text this evening: "im fine stop stressing x".', True),
    ('I asked Kayla what happened and she said "nothing".', True),
    ('The teacher told me that Kayla was upset and said "go away".', True),
    ('Kayla told me that her mother said "get out".', False),
    ('Nurse Lee said "the bruise is old".', False),
    ("Kayla's mum Dawn said \"she is out of control\".", False),
    ('I said "we will visit on Monday".', False),
])
def test_the_speaker_is_the_nearest_person_before_the_verb_that_introduces_the_words(sentence, child):
    from chronology.events import child_voice
    assert child_voice(sentence) is child


def test_a_dated_key_value_record_is_one_event_and_an_update_with_an_account_is_another(workspace, tmp_path):
    """A CPOMS-style export: each incident a key-value table opened by its 'Date / time' row; an
    'Updated …' line that adds an account is an event, an audit stamp alone is not."""
    import docx

    folder = tmp_path / "cpoms"
    folder.mkdir()
    d = docx.Document()
    d.add_paragraph("Safeguarding incident export")
    for when, what in (("19/01/2024 15:25", "Staff saw Kayla get into a grey Audi with two older males."),
                       ("26/01/2024 10:05", "£200 in cash found in Kayla's blazer.")):
        t = d.add_table(rows=3, cols=2)
        for r, (key, value) in enumerate((("Date / time", when), ("Categories", "CCE concern"), ("Description", what))):
            t.cell(r, 0).text, t.cell(r, 1).text = key, value
        d.add_paragraph("")
    d.add_paragraph("Updated 22/01/2024 09:10, T Aziz: spoke to Kayla about the car; she said the driver was her cousin's mate.")
    d.add_paragraph("Entered 26/01/2024 11:00 by T Aziz (Head of Year) | Status: Authorised")
    d.save(str(folder / "export.docx"))
    entries = _draft(workspace, folder, "cpoms")
    by_date = {e.date: e for e in entries}
    assert sorted(by_date) == ["2024-01-19", "2024-01-22", "2024-01-26"], [(e.date, e.text) for e in entries]
    audi = by_date["2024-01-19"]
    assert "grey Audi" in audi.text and "grey Audi" in audi.citations[0].quote
    assert audi.citations[0].quote.startswith("Date / time | 19/01/2024")
    assert "cousin's mate" in by_date["2024-01-22"].text
    assert "Entered" not in by_date["2024-01-26"].text


def test_numbered_record_titles_head_notes_and_a_wrapped_date_heads_none():
    from ingest.notes import find_notes

    records = ("Core Group Records\nCore group 1 - 14/02/2023\nFirst core group.\nCore group 2 - 07/03/2023\n"
               "Second.\nCore group 3 - 18/04/2023\nThird held.\nCore group 4 - 09/11/2023\nFourth, reviewed today.\n")
    assert [n.anchor.isoformat() for n in find_notes([records])] == ["2023-02-14", "2023-03-07", "2023-04-18",
                                                                      "2023-11-09"]
    letter = ("Children: Jayden (DOB\n02/07/2018), Alfie.\n\nA letter says Jayden was seen on\n25/10/2022 with six "
              "decayed teeth.\n\nShe did not attend her review on\n13/12/2022 and has not rebooked.\n")
    assert find_notes([letter]) == []


def test_a_document_date_is_its_own_date_line_not_the_first_date_its_account_tells():
    from ingest.pipeline import _dates_document

    assert _dates_document("") and _dates_document("Date of meeting:") and _dates_document("Strategy discussion record")
    assert _dates_document("Minutes of the meeting held on")
    assert _dates_document("Date / time", "Thursday 4th May 2023, 10:00 to 11:40 - first review child protection conference")
    assert not _dates_document("Kayla was reported missing by her mother at 22:05 on")
    assert not _dates_document("Located", "at Flat 6, Ropewalk House, Ashby, with two males known to police.")


def test_a_relative_date_in_the_childs_words_and_a_shared_figure(workspace, tmp_path):
    """'We didn't have no tea last night' is the night before the words were said, never a line of
    its own; the same percentage on the same date in two records is one event."""
    folder = tmp_path / "figures"
    folder.mkdir()
    (folder / "minutes.txt").write_text(
        "Initial child protection conference minutes\nDate of meeting: 02/02/2023\n\n"
        "On 08/11/2022 Jayden ate two breakfasts at breakfast club and said: \"We didn't have no tea last night.\"\n\n"
        "School: Jayden's attendance for the autumn term 2022 was 84.3% with 17 late marks.\n", encoding="utf-8")
    (folder / "school.txt").write_text(
        "Attendance summary\n\nAutumn term 2022: Jayden 84.3%, 17 lates. Persistently absent.\n", encoding="utf-8")
    entries = _draft(workspace, folder, "figures")
    assert "2023-02-01" not in {e.date for e in entries}, [(e.date, e.text) for e in entries]
    autumn = [e for e in entries if "84.3%" in e.text or any("84.3%" in c.quote for c in e.citations)]
    assert len(autumn) == 1 and len({c.document_id for c in autumn[0].citations}) == 2, [(e.date, e.text) for e in autumn]


def test_a_log_table_whose_date_cells_wrap_has_no_document_date():
    """'22/04/202\\n4' over its cells is a log's first row: later rows are not plans of it."""
    from ingest.pipeline import document_anchor
    from ingest.readers import RawDocument

    log = ("Contact record\nDate Contact Practitioner Summary\n22/04/202\n4\nTransfer-in visit\nJo Tindall HV\n"
           "25/04/202\n4\nImmunisations\nPractice nurse\n28/05/202\n4\nBaby clinic\nWeighed.\n")
    letter = "Brackenridge Academy\n18 October 2023\n\nDear Ms Stanton,\nWe invite you to a meeting on 1 November 2023.\n"
    assert document_anchor(RawDocument("pdf", [log]), [log]) is None
    assert document_anchor(RawDocument("txt", [letter]), [letter]).isoformat() == "2023-10-18"
    record = ("Patient record print\nPrinted on 18 Jul 2024 09:14 by Dr P Raman\nRegistration Registered (GMS) - 08 Apr 2024\n"
              "02 May 2024 15:40 Moorgate Surgery Dr T Byrne\nAsthma review.\n")
    assert document_anchor(RawDocument("pdf", [record]), [record]) is None  # a print's dates are its entries
    statement = ("SOCIAL WORK EVIDENCE TEMPLATE (SWET) - FINAL STATEMENT\nStatement of | Gemma Thornley, Social Worker\n"
                 "Statement no. | 3\nDate | 24 January 2025\nExhibits | None\n\nName | Relationship | DOB\n"
                 "Kayleigh Kerr | Subject child | 14/06/2009\nKyle Pritchard | Subject child | 03/02/2012\n")
    assert document_anchor(RawDocument("docx", [statement]), [statement]).isoformat() == "2025-01-24"
    review = ("Child Looked After (CLA) Review - Record of Review and Recommendations\nChild Tegan WALSH-OBI\n"
              "Date of birth 17/03/2010\nLegal status Care order made 14/06/2021\n"
              "Placement Larkspur House, residential children's home, since 18/10/2024\nReview 14/11/2024, 10:00, Larkspur House\n")
    # what a header's field tells happened ("Care order made …") is no date of the record's own
    assert document_anchor(RawDocument("pdf", [review]), [review]).isoformat() == "2024-11-14"
    cpoms = "Date / time | 19/01/2024 15:25\nCategory | Attendance\nDate / time | 22/01/2024 09:10\nCategory | Welfare\n"
    assert document_anchor(RawDocument("docx", [cpoms]), [cpoms]) is None  # dated records, not a document's date


@pytest.mark.parametrize("sentence", [
    'Ștefan said in English "I fall on stairs, is nothing."',
    'At the medical Ștefan told Dr Whitcombe, through the interpreter, "On Wednesday evening Ionuț grabbed me."',
    # an observation cell, the verb capitalised and far from the words; a disclosure; an adult in the sentence before
    'Keira Told me on the way to the car: "Mummy was proper Mummy today."',
    'She said that last night at bath time Keira made a disclosure about Dean: "Dean hit Mummy with the remote."',
    'Donna asked whether he wanted to go back to Nan\'s. Kyle said: "I don\'t want to be at Nan\'s."',
])
def test_a_childs_name_in_any_script_is_a_speaker(sentence):
    from chronology.events import child_voice
    assert child_voice(sentence)


def test_a_shift_log_dates_each_timed_entry_by_its_heading_or_by_passing_midnight():
    from datetime import date

    from chronology.timelog import timed_entries

    weekend = ("Shift: Fri 05/07/2024 17:00 to Mon 08/07/2024 08:45\n\nFRIDAY\n17.52  Kayla reported missing by mum at "
               "5.45pm.\n21.10  EDT welfare call to Dawn.\n\nSATURDAY\n08.20  Police update: no trace at either "
               "address.\n4.10pm  Dawn phoned in a state.\n")
    got = [(e.day.isoformat(), e.time, e.text[:12]) for e in timed_entries(weekend, date(2024, 7, 5))]
    assert got == [("2024-07-05", "17:52", "Kayla report"), ("2024-07-05", "21:10", "EDT welfare "),
                   ("2024-07-06", "08:20", "Police updat"), ("2024-07-06", "16:10", "Dawn phoned ")]
    overnight = ("SHIFT LOG - Sat 15/06/2024 17:00 to Sun 16/06/2024 08:45\n\n22:35  Police rang: a neighbour\n"
                 "       called 999.\n\n23:40  Rang mother.\n\n00:20  Call back to mother.\n\n08:45  Passed to day team.\n")
    got = [(e.day.isoformat(), e.time) for e in timed_entries(overnight, date(2024, 6, 15))]
    assert got == [("2024-06-15", "22:35"), ("2024-06-15", "23:40"), ("2024-06-16", "00:20"), ("2024-06-16", "08:45")]
    assert timed_entries(overnight, date(2024, 6, 15))[0].text == "Police rang: a neighbour called 999."
    assert timed_entries("Agenda\n10:00 Welcome\n10:15 Minutes\n", date(2024, 1, 1)) == ()
    # a weekday abbreviated, with its date or alone, heads the entries below it; "Sat with Mum" heads nothing
    short = ("Contact log from Fri 15/12/2023\n\nFri 15/12/23\n18:10  Arrived at Nan's.\n\nSun 17/12/23\n"
             "10:05  Sat with Mum on the sofa.\n14:30  Walk to the park.\nSat with Mum\n16:00  Home for tea.\n")
    got = [(e.day.isoformat(), e.time) for e in timed_entries(short, date(2023, 12, 15))]
    assert got == [("2023-12-15", "18:10"), ("2023-12-17", "10:05"), ("2023-12-17", "14:30"), ("2023-12-17", "16:00")]
    # a heading that writes its date is that date, a week on under the same weekday or months later
    daily = ("Daily record\n\nThursday 20th June 2024\n----\n09:00  Feed.\n14:40  K back from family time.\n\n"
             "Thursday 27th June 2024\n----\n10:00  Health visitor came.\n\nTuesday 6th August 2024\n07:30  Feed.\n")
    got = [(e.day.isoformat(), e.time) for e in timed_entries(daily, date(2024, 6, 14))]
    assert got == [("2024-06-20", "09:00"), ("2024-06-20", "14:40"), ("2024-06-27", "10:00"), ("2024-08-06", "07:30")]


def test_figures_two_records_share_are_amounts_measures_and_clock_times_not_dates():
    from types import SimpleNamespace

    from chronology.draft import _figures

    police = SimpleNamespace(quote="Located 19:45 on 21/04/2024 at Ashby bus station; she had £85 and was 84.3% sure.")
    assert _figures(police) == {"19:45", "£85", "84.3%"}
    assert _figures(SimpleNamespace(quote="Seen 12.03.24 and on 21/04/2024 10:05:33.")) == frozenset()


def test_a_long_family_table_without_bars_heads_no_notes_and_a_report_is_dated_when_signed_off(workspace, tmp_path):
    """A family table whose addresses wrap runs to thirty lines or more: the birth dates that start
    its lines head no notes and make no lines, however far below the header; an assessment that
    gives the day its work started and the day it was authorised is dated by the second, so the
    visits between are past, not plans."""
    from ingest.notes import find_notes
    from ingest.pipeline import document_anchor
    from ingest.readers import RawDocument

    people = "".join(f"Person{i} KERR Relative of\nthe children\n{i + 1:02d}/0{i % 9 + 1}/19{70 + i} {i} Larch Walk,\n"
                     f"Harrowdale NE99\n4KT\n-\n" for i in range(6))
    page = ("Child and Family Single Assessment\nAssessment started 21/09/2023\nAuthorised by team manager 16/11/2023\n"
            "1. Family composition\nName Relationship DOB Address\n" + people
            + "2. Assessment activity\nDuring the first home visit on 26/09/2023 Donna Kerr accepted she drinks most evenings.\n")
    assert find_notes([page]) == []
    assert document_anchor(RawDocument("pdf", [page]), [page]).isoformat() == "2023-11-16"
    folder = tmp_path / "assessment"
    folder.mkdir()
    make_pdf(folder / "single-assessment.pdf", [page])
    entries = _draft(workspace, folder, "assessment")
    dates = [e.date for e in entries]
    assert "2023-09-26" in dates and all(d >= "2023" for d in dates), [(e.date, e.text) for e in entries]


def test_a_note_template_is_the_same_with_or_without_its_time():
    """'Session: Tuesday 16 January 2024, 16:00-17:30' and later 'Session: Tuesday 13 February 2024'
    head the sessions of one record alike."""
    from ingest.notes import find_notes

    record = ("Supervised family time recordings\nSession: Tuesday 16 January 2024, 16:00-17:30\nFirst session.\n"
              "Session: Tuesday 13 February 2024\nMum was late.\nSession: Tuesday 9 April 2024\nA warm session.\n"
              "Session: Tuesday 16 July 2024\nKyle attended.\n")
    assert [n.anchor.isoformat() for n in find_notes([record])] == ["2024-01-16", "2024-02-13", "2024-04-09", "2024-07-16"]


def test_the_next_morning_counts_from_the_date_the_paragraph_before_wrote(workspace, tmp_path):
    """A statement's paragraphs are separate passages: 'The next morning' at the start of one is the
    day after the date the one before it wrote, not the day after the statement."""
    folder = tmp_path / "statement"
    folder.mkdir()
    filler = ("Mr Hollins described the evening as calm until the phone call came, and said the children had "
              "eaten their tea and watched a film together in the lounge before bed. ") * 3
    (folder / "statement.txt").write_text(
        "Witness statement of Gemma Thornley, social worker\nDate: 24 January 2025\n\n"
        f"On 14 November 2024 Kyle and Kayleigh were placed with Mr and Mrs Hollins, foster carers. {filler}\n\n"
        "The next morning Kyle told Mrs Hollins he wanted to go home to his mum.\n", encoding="utf-8")
    entries = _draft(workspace, folder, "next-morning")
    morning = [e for e in entries if "wanted to go home" in e.text]
    assert [e.date for e in morning] == ["2024-11-15"], [(e.date, e.text[:60]) for e in entries]


def test_a_timed_entry_ends_the_childs_words_of_the_entry_before(workspace, tmp_path):
    """In a contact log each time-led entry is its own line: a quotation in one is not carried into the one before."""
    folder = tmp_path / "log"
    folder.mkdir()
    (folder / "contact-log.txt").write_text(
        "Supervised contact log\nSaturday 16 December 2023\n\n"
        "10:05  Kyle arrived with the foster carer and ran to Mum.\n"
        "11:40  Mum gave Kyle a present. Kyle said: \"I missed you Mummy.\"\n"
        "12:30  Goodbyes were calm. Mum left first.\n", encoding="utf-8")
    entries = _draft(workspace, folder, "log")
    arrival = [e for e in entries if "ran to Mum" in e.text]
    assert arrival and all("missed you" not in e.text and "child-voice" not in e.flags for e in arrival), \
        [(e.date, e.time, e.text, e.flags) for e in entries]
    assert any("I missed you Mummy." in e.text and "child-voice" in e.flags for e in entries)


def test_a_case_note_table_is_read_row_by_row_as_notes(workspace, tmp_path):
    """'Date / Time | Recorded by | Case note' rows: each row is a note dated by its first cell, so
    'on Tuesday' and 'on Christmas Eve' count from the row; a late entry's own date is no event; the
    line is the account, without the recorder's cell; a date the meeting moved from is no event."""
    folder = tmp_path / "careflow"
    folder.mkdir()
    visit = ("Home visit Visited Kirsty at the placement with Isla. Kirsty was warm with Isla and fed her without "
             "prompts. We talked about the written agreement and about family time next week.")
    make_docx(folder / "case-notes.docx", ["CareFlow Children's Record - Case Notes Export"], table=[
        ["Date / Time", "Recorded by", "Case note"],
        ["31-Oct-2024 14:10", "Owen Castell (Social Worker)", visit],
        ["07-Nov-2024 10:10", "Owen Castell (Social Worker)",
         "Telephone call Kirsty rang to say she went to her first Freedom Programme session on Tuesday."],
        ["27-Dec-2024 09:15", "Gemma Royle (Family Time Worker)",
         "Family time Late entry. Family time on Christmas Eve went well: Connor brought presents for Isla and "
         "Mason, was calm and kept to the rules. Linda brought Mason for the second half of the session."],
        ["23-Jan-2025 15:00", "Owen Castell (Social Worker)",
         "Meeting - PLO review PLO review meeting held today at the Civic Centre, moved from 16/01/2025 because "
         "Connor's solicitor was in court. Decision: pre-proceedings extended by eight weeks."],
    ])
    entries = _draft(workspace, folder, "careflow")
    by_date = {e.date: e for e in entries}
    assert "2024-11-05" in by_date and "Freedom Programme" in by_date["2024-11-05"].text, \
        [(e.date, e.text[:50]) for e in entries]
    assert "2024-12-24" in by_date and "2024-12-27" not in by_date
    assert "2025-01-16" not in by_date and "2025-01-23" in by_date
    assert by_date["2024-10-31"].text.startswith("Home visit Visited Kirsty"), by_date["2024-10-31"].text
    assert not any("Owen Castell (Social Worker)" in e.text for e in entries)


def test_a_carers_daily_log_lists_what_happened_not_each_feed(workspace, tmp_path):
    """Routine care in a daily log ('07:30 Feed 5oz. Nappy wet.') is the ordinary day; an entry where
    something is amiss, a visit or a call still is a line. A growth table's 'Age' column is no date of birth."""
    folder = tmp_path / "log"
    folder.mkdir()
    (folder / "daily-log.txt").write_text(
        "Carers' daily record\n\nSaturday 10th August 2024\n-----\n07:30  Isla fed 5oz. Nappy wet. K got her dressed.\n"
        "11:00  I changed Isla while K showered - no marks, skin fine.\n13:30  K took Isla out in the pram.\n"
        "17:00  Feed 5oz, K did it.\n19:05  Bath time - I noticed a dark bluish mark on Isla's jaw. It was not there this morning.\n", encoding="utf-8")
    (folder / "growth.txt").write_text(
        "New birth visit record\nGrowth\nDate Age Contact Weight Centile By\n"
        "14/06/2024 birth Birth weight 3.02 kg 25th Midwife\n17/06/2024 day 3 Day 3 weight, ward 2.86 kg -5.3% Ward midwife\n"
        "11/07/2024 4 weeks Baby clinic, Orchard Family Centre 3.74 kg 25th K Bell\n", encoding="utf-8")
    entries = _draft(workspace, folder, "dailylog")
    texts = [e.text for e in entries]
    assert not any(t.startswith(("Isla fed 5oz", "Feed 5oz")) for t in texts), texts
    assert any("no marks" in t for t in texts) and any("bluish mark" in t for t in texts)
    assert any("took Isla out" in t for t in texts)
    assert {"2024-06-17", "2024-07-11"} <= {e.date for e in entries}, [(e.date, e.text) for e in entries]
    log_dates = {e.date for e in entries if "daily-log" in e.citations[0].document}
    assert log_dates == {"2024-08-10"}, log_dates  # 'this morning' inside an entry is the entry's own day


def test_a_prose_date_under_a_persons_table_is_an_event_and_record_stamps_are_not(workspace, tmp_path):
    folder = tmp_path / "police"
    folder.mkdir()
    make_pdf(folder / "notification.pdf", [
        "Child Concern Notification\nDate of notification 18/11/2024\nRole Name DOB Address\n"
        "Child Mason HASWELL 09/03/2016 7 Foxglove Rise, Kelderby\nSubject Connor HASWELL 03/11/1996 41 Tanner's Row\n"
        "Summary of incident\nAt 2115hrs on Sunday 17/11/2024 Linda HASWELL called 999 to report that her son Connor "
        "was outside her\nhome, drunk, shouting and banging on the window.\n\n"
        "Dictated: 13/08/2024   Typed: 15/08/2024   Consultant: Dr Anand Rao\n"])
    entries = _draft(workspace, folder, "police")
    assert [e.date for e in entries] == ["2024-11-17"], [(e.date, e.text) for e in entries]
    assert "called 999" in entries[0].text


def test_a_statement_that_links_two_lines_of_one_event_joins_them(workspace, tmp_path):
    """A maternity table's 'DNA' row and a conference's 'missed antenatal appointments' are told in
    different words; the running chronology's row is like both, so all three are one line."""
    folder = tmp_path / "missed"
    folder.mkdir()
    (folder / "booking.txt").write_text(
        "Antenatal booking summary\nAppointments\nDate Gestation Appointment Attended Notes\n"
        "19.03.24 25+4 Antenatal check, Eastside Clinic Yes Seen alone.\n"
        "02.04.24 27+3 Antenatal check, Eastside Clinic DNA Missed appointment, phone off. Letter and text sent.\n"
        "16.04.24 29+3 Antenatal check, Eastside Clinic Yes BP normal.\n", encoding="utf-8")
    (folder / "icpc.txt").write_text(
        "Initial child protection conference minutes\nDate of meeting: 23/05/2024\n\n"
        "Midwife: She missed antenatal appointments on 02/04/2024 and 30/04/2024 but has attended since.\n",
        encoding="utf-8")
    make_docx(folder / "chronology.docx", ["Running chronology"], table=[
        ["Date", "Event", "Source"], ["19/03/2024", "Seen alone at the antenatal check.", "Midwife"],
        ["02/04/2024", "Missed antenatal appointment (27 weeks).", "Midwife"],
        ["30/04/2024", "Missed antenatal appointment (31 weeks).", "Midwife"]])
    entries = _draft(workspace, folder, "missed")
    day = [e for e in entries if e.date == "2024-04-02"]
    assert len(day) == 1 and len({c.document_id for c in day[0].citations}) == 3, \
        [(e.date, e.text, len(e.citations)) for e in day]


def test_the_childs_words_opening_the_next_paragraph_reach_the_line(workspace, tmp_path):
    """A telephone note tells the incident, then in a paragraph of its own what the child said about it;
    'on Sunday' inside the child's words does not end the account before them."""
    folder = tmp_path / "phone"
    folder.mkdir()
    (folder / "telephone-note.txt").write_text(
        "TELEPHONE NOTE\nDate of call: 11.02.2025\n\nSummary\n\n"
        "Linda said that yesterday afternoon Connor turned up at the school gate at St Aidan's Primary. "
        "He had been drinking.\n\n"
        "Mason told Linda in the car: \"Dad was at the gate and he smelled funny on Sunday too.\"\n\n"
        "The school have logged it.\n", encoding="utf-8")
    entries = _draft(workspace, folder, "phone")
    gate = [e for e in entries if "school gate" in e.text]
    assert [e.date for e in gate] == ["2025-02-10"], [(e.date, e.text) for e in entries]
    assert "smelled funny" in gate[0].text and "child-voice" in gate[0].flags, gate[0].text


def test_a_note_headed_at_a_pages_foot_is_worded_from_the_next_page(workspace, tmp_path):
    """A header with only the running footer under it: the line is the account on the next page,
    dated and timed by the header, never the page's running lines."""
    folder = tmp_path / "paged"
    run = "Tegan WALSH-OBI (2207419) Case Notes Report\nOFFICIAL-SENSITIVE"

    def page(n: int, body: str) -> str:
        return f"{body}\n{run}\nPrinted by A Rahman on 06/02/2026 09:14 Page {n} of 3"

    make_pdf(folder / "notes.pdf", [
        page(1, "05/09/2024 14:00 | Supervision\nAuthor: Gareth Lowe | Recorded: 05/09/2024 15:35\n"
                "Case supervision. Tegan is staying out late.\n"
                "16/09/2024 10:20 | Home Visit\nAuthor: Aisha Rahman | Recorded: 16/09/2024 11:47\n"
                "Visited Tegan at the Haddows' home. Seen alone."),
        page(2, "19/09/2024 16:15 | Education\nAuthor: Aisha Rahman | Recorded: 19/09/2024 17:29\n"
                "Call from the DSL about attendance.\n"
                "27/12/2024 10:30 | Telephone Call\nAuthor: Aisha Rahman | Recorded: 27/12/2024 11:17"),
        page(3, "Telephone call from Kerry-Ann Doyle (key worker) about Christmas family time.\n"
                "08/01/2025 11:30 | Health\nAuthor: Aisha Rahman | Recorded: 08/01/2025 12:24\n"
                "CAMHS referral sent by the social worker."),
    ])
    entries = _draft(workspace, folder, "paged")
    call = [e for e in entries if e.date == "2024-12-27"]
    assert len(call) == 1 and call[0].time == "10:30", [(e.date, e.text) for e in entries]
    assert call[0].text.startswith("Telephone call from Kerry-Ann Doyle"), call[0].text
    assert call[0].citations[0].page == 3
    assert not any("OFFICIAL-SENSITIVE" in e.text or "Case Notes Report" in e.text for e in entries), [e.text for e in entries]


def test_the_childs_words_with_a_full_stop_inside_reach_the_visit_after_a_retold_night(workspace, tmp_path):
    """A retold 'Saturday night' ends the visit's account, but what the child said is still the
    visit's: the words are found whole even when a sentence break falls inside them."""
    folder = tmp_path / "visit"
    folder.mkdir()
    (folder / "notes.txt").write_text(BYLINE.split("19/09/2024 11:00")[0] + (
        "16/12/2024 15:00 | Statutory Visit (CLA)\nAuthor: Aisha Rahman, Social Worker | Recorded: 16/12/2024 15:52\n"
        "SW visited Tegan at Larkspur House following the weekend episode. Tegan was found by police on\n"
        "Saturday night, in the early hours, in a car at a petrol station in Brindleford.\n"
        "Tegan would not name the men. She said: \"They're my mates, they look after me. You lot don't.\" SW\n"
        "explained grooming.\n\n"
        "18/12/2024 10:00 | Education\nAuthor: Aisha Rahman, Social Worker | Recorded: 18/12/2024 10:30\n"
        "Call from the Bridgeway Centre about her first week.\n"), encoding="utf-8")
    entries = _draft(workspace, folder, "visit")
    (visit,) = [e for e in entries if e.date == "2024-12-16"]
    assert "They're my mates, they look after me. You lot don't." in visit.text, visit.text
    assert "child-voice" in visit.flags


def test_an_enquiry_logs_row_is_its_own_account_with_the_officer(workspace, tmp_path):
    """Dated rows of a police log read as notes: a row's line of two sentences is the account, not a
    title over the officer's name ("… - no trace. PC 5120 Greer")."""
    folder = tmp_path / "mfh"
    make_pdf(folder / "missing-person-report.pdf", [
        "Missing Person Report - Child (COMPACT)\nOccurrence number 170125/1322\nEnquiries log\nDate / time Entry By\n"
        "17/01/2025 21:15 MP's phone rings out. Friends' addresses checked. PC 5120 Greer\n"
        "17/01/2025 23:55 Area search around Haverley Court - no trace. PC 5120 Greer\n"
        "18/01/2025 09:10 Larkspur House: no contact from MP. Bus station CCTV requested. PC 2281 Marr\n"
        "18/01/2025 13:30 Address check arranged with Brindleford neighbourhood team. PS 1187 Harding\n"])
    entries = _draft(workspace, folder, "mfh")
    texts = [e.text for e in entries]
    assert any("Area search around Haverley Court - no trace." in t for t in texts), texts
    assert not any(t.strip(" .") in ("PC 5120 Greer", "PS 1187 Harding") for t in texts), texts
