"""Exports: every format opened with its own reader, the gate, the statement, the JSON contract, atomic writes.

The case is built from real documents, pages, passages and entries in a real store (no mocks); each
export is read back with python-docx, pypdf, csv or json, and DOCX/PDF pages are rendered to PNG
under ``tests/artifacts/`` for a person to look at.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from chronology import schema
from chronology.cli import app
from chronology.entries import EntryStore
from chronology.export import ExportError, ExportRefused, export_case
from chronology.export.formatting import date_text
from chronology.models import Citation, Document, Entry, Page, Passage
from verify import audit

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CASE = "re-s"
runner = CliRunner()

# --- a small real case ------------------------------------------------------------------------------

POLICE_P1 = ("Northshire Police - Domestic Abuse Notification\nCrime ref: 44/12345/23\n"
             "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a neighbour reported shouting.\n"
             "Both children were present.")
POLICE_P2 = "DASH risk assessment: on 12/03/2023 the risk to the mother was graded medium.\nPrinted: 14/03/2023"
NOTES = ('Case Note: 14/03/2023 15:00 | Home visit | Recorded by: Jane Holloway\n'
         'On 14/03/2023 I visited the home. Poppy said "I don\'t like it when Daddy shouts".\n'
         'Around Christmas 2022 the children stayed with their grandmother.\n'
         'In 2021 the family moved to Northshire.\n'
         'On 15/03/2023 the worker made a note that was later found to be wrong.')
HEALTH = "Northshire Community Health\n16 March 2023\nHer weight has dropped since June 2022.\nIn summer 2022 Poppy started nursery."
SCHOOL = "Attendance summary\nPoppy was absent from school from 3 to 17 January 2024."
ORDER = "In the Family Court\nOn 20/04/2023 the court made an interim care order."
STATEMENT = "Statement of the social worker\nOn 02/05/2023 the social worker filed her first statement."


@dataclass
class Built:
    ids: dict[str, int] = field(default_factory=dict)  # short name -> entry id
    docs: dict[str, Document] = field(default_factory=dict)
    pages: dict[tuple[str, int], str] = field(default_factory=dict)


def _add_doc(store, path: str, pages: list[str], source_kind: str, kind: str, **extra) -> Document:
    raw = "\f".join(pages).encode()
    doc = Document(id=None, case_id=CASE, path=path, sha256=hashlib.sha256(raw).hexdigest(), kind=kind,
                   source_kind=source_kind, size_bytes=len(raw), **extra)
    page_objs = [Page(document_id=0, number=i, text=t) for i, t in enumerate(pages, start=1)]
    passages, seq = [], 0
    for number, text in enumerate(pages, start=1):
        start = 0
        for line in text.split("\n"):
            passages.append(Passage(id=None, document_id=0, page_number=number, char_start=start,
                                    char_end=start + len(line), text=line, seq=seq))
            start += len(line) + 1
            seq += 1
    store.begin_document(doc, page_objs, passages)
    store.complete_document(doc.id)
    return doc


def _cite(built: Built, path: str, page: int, quote: str) -> Citation:
    text = built.pages[(path, page)]
    start = text.index(quote)
    doc = built.docs[path]
    return Citation(document_id=doc.id, document=path, page=page, char_start=start, char_end=start + len(quote),
                    quote=text[start:start + len(quote)], document_sha256=doc.sha256)


def build_case(ws, fillers: int = 0) -> Built:
    """Seven documents and ten lines in every precision, inserted out of order; statuses set by UPDATE."""
    store = ws.store
    store.ensure_case(CASE, "Re S (children)")
    store.update_case(CASE, court_ref="ZW24C00123")
    built = Built()
    filler_notes = [f"On {(date(2023, 6, 1) + timedelta(days=3 * i)):%d/%m/%Y} a home visit took place and Poppy "
                    f"was seen in her bedroom, which was clean and warm (visit {i + 1})." for i in range(fillers)]
    specs = [
        ("police/DA-notification-0312.pdf", [POLICE_P1, POLICE_P2], "police", "pdf", {}),
        ("case-notes/notes.txt", ["\n".join([NOTES, *filler_notes])], "social care", "txt", {}),
        ("health/hv-letter.docx", [HEALTH], "health", "docx", {"no_llm": True}),
        ("school/attendance-scan.pdf", [SCHOOL], "school", "pdf", {"status": "ocr"}),
        ("court/interim-care-order.pdf", [ORDER], "court", "pdf", {}),
        ("social-care/sw-statement.docx", [STATEMENT], "social care", "docx", {}),
    ]
    for path, pages, kind_of_source, kind, extra in specs:
        built.docs[path] = _add_doc(store, path, pages, kind_of_source, kind, **extra)
        for n, text in enumerate(pages, start=1):
            built.pages[(path, n)] = text
    police, notes = "police/DA-notification-0312.pdf", "case-notes/notes.txt"
    lines = [  # name, date, end, precision, time, (doc, page, quote), source kind, drafter
        ("christmas", "2022-12-25", None, "approximate", None, (notes, 1, "Around Christmas 2022 the children stayed with their grandmother."), "social care", "ollama:llama3"),
        ("incident", "2023-03-12", None, "day", "23:40", (police, 1, "On 12/03/2023 at 23:40 officers attended 4 Elm Row after a neighbour reported shouting."), "police", "extractive"),
        ("poppy", "2023-03-14", None, "day", None, (notes, 1, 'On 14/03/2023 I visited the home. Poppy said "I don\'t like it when Daddy shouts".'), "social care", "extractive"),
        ("weight", "2022-06-01", None, "month", None, ("health/hv-letter.docx", 1, "Her weight has dropped since June 2022."), "health", "extractive"),
        ("dash", "2023-03-12", None, "day", None, (police, 2, "DASH risk assessment: on 12/03/2023 the risk to the mother was graded medium."), "police", "extractive"),
        ("nursery", "2022-06-01", "2022-08-01", "season", None, ("health/hv-letter.docx", 1, "In summer 2022 Poppy started nursery."), "health", "extractive"),
        ("absence", "2024-01-03", "2024-01-17", "range", None, ("school/attendance-scan.pdf", 1, "Poppy was absent from school from 3 to 17 January 2024."), "school", "extractive"),
        ("moved", "2021-01-01", None, "year", None, (notes, 1, "In 2021 the family moved to Northshire."), "social care", "extractive"),
        ("wrong", "2023-03-15", None, "day", None, (notes, 1, "On 15/03/2023 the worker made a note that was later found to be wrong."), "social care", "extractive"),
        ("order", "2023-04-20", None, "day", None, ("court/interim-care-order.pdf", 1, "On 20/04/2023 the court made an interim care order."), "court", "extractive"),
        ("statement", "2023-05-02", None, "day", None, ("social-care/sw-statement.docx", 1, "On 02/05/2023 the social worker filed her first statement."), "social care", "extractive"),
    ]
    lines += [(f"filler{i}", (date(2023, 6, 1) + timedelta(days=3 * i)).isoformat(), None, "day", None,
               (notes, 1, q), "social care", "extractive") for i, q in enumerate(filler_notes)]
    es = EntryStore(store)
    with store.transaction() as conn:
        for seq, (name, d, end, precision, time, (path, page, quote), kind, drafter) in enumerate(lines):
            entry = Entry(id=None, case_id=CASE, date=d, date_end=end, precision=precision, time=time, text=quote,
                          citations=[_cite(built, path, page, quote)], source_kinds=[kind], drafter=drafter,
                          key=f"k-{name}", seq=seq, flags=["child-voice"] if name == "poppy" else [])
            built.ids[name] = es.insert(conn, entry)
    set_status(ws, built, "wrong", "rejected")
    return built


def set_status(ws, built: Built, name: str, status: str, by: str | None = None, at: datetime | None = None) -> None:
    with ws.store.transaction() as conn:
        conn.execute(update(schema.entries).where(schema.entries.c.id == built.ids[name]).values(
            status=status, verified_by=by if status == "verified" else None,
            verified_at=(at or datetime(2024, 3, 20, 14, 5, tzinfo=timezone.utc)) if status == "verified" else None))


def verify_all(ws, built: Built) -> None:
    """Everything but the rejected line verified: two reviewers, on two days."""
    for i, name in enumerate(n for n in built.ids if n != "wrong"):
        by, day = ("Jane Holloway", 20) if i % 3 else ("Tom Reed", 22)
        set_status(ws, built, name, "verified", by, datetime(2024, 3, day, 10, 0, tzinfo=timezone.utc))
        audit.record(ws.store, CASE, by, "verify", {"entry": f"e-{built.ids[name]:06d}"})


# --- the JSON contract, rule by rule --------------------------------------------------------------------

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def validate_contract(doc: dict, store) -> None:
    """Every rule of contracts/chronology-json.md; raises AssertionError naming the rule broken."""
    assert doc["schema_version"] == 1, "schema_version is 1"
    assert set(doc["case"]) >= {"id", "title", "court_ref"}, "case has id, title, court_ref"
    assert all(isinstance(doc["case"][k], str) for k in ("id", "title", "court_ref"))
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", doc["generated_at"]), "generated_at is UTC with Z"
    assert isinstance(doc["draft"], bool)
    entries = doc["entries"]
    required = {"id", "date", "date_end", "date_precision", "time", "text", "citations", "status", "flags",
                "verified_by", "verified_at"}
    with store.engine.connect() as conn:
        rows = conn.execute(select(schema.documents.c.id, schema.documents.c.path, schema.documents.c.sha256)
                            .where(schema.documents.c.case_id == doc["case"]["id"])).all()
        pages = {(r.document_id, r.number): r.text for r in conn.execute(select(schema.pages))}
        paginated = conn.execute(select(schema.cases.c.bundle).where(schema.cases.c.id == doc["case"]["id"])).scalar()
    by_version = {(r.path, r.sha256): r.id for r in rows}
    keys = []
    for e in entries:
        assert required <= set(e), f"{e.get('id')}: has every contract field"
        assert re.fullmatch(r"e-\d{6}", e["id"]), "id looks like e-000017"
        assert ISO_DAY.match(e["date"]), "date is YYYY-MM-DD"
        date.fromisoformat(e["date"])
        assert e["date_precision"] in ("day", "month", "year", "range", "approximate"), "the contract's five precisions"
        assert e.get("date_text") is None or isinstance(e["date_text"], str)
        if e["date_precision"] == "month":
            assert e["date"].endswith("-01"), "a month is its first day"
        if e["date_precision"] == "year":
            assert e["date"].endswith("-01-01"), "a year is its first day"
        if e["date_precision"] == "range":
            assert e["date_end"] and ISO_DAY.match(e["date_end"]) and e["date_end"] >= e["date"], "a range has date_end"
        if e["date_end"] is not None:
            assert ISO_DAY.match(e["date_end"])
        assert e["time"] is None or re.fullmatch(r"\d\d:\d\d", e["time"])
        assert isinstance(e["text"], str) and e["text"]
        assert e["status"] in ("unverified", "verified", "rejected")
        assert isinstance(e["flags"], list) and all(isinstance(f, str) for f in e["flags"])
        if e["status"] == "verified":
            assert e["verified_by"] and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["verified_at"])
        assert len(e["citations"]) >= 1, "every entry has at least one citation"
        for c in e["citations"]:
            assert not c["document"].startswith("/") and "\\" not in c["document"] and ".." not in c["document"].split("/")
            assert (c["document"], c["document_sha256"]) in by_version, "document and sha256 name an ingested version"
            assert isinstance(c["page"], int) and c["page"] >= 1, "page is 1-based"
            assert 0 <= c["char_start"] < c["char_end"]
            text = pages[(by_version[(c["document"], c["document_sha256"])], c["page"])]
            assert text[c["char_start"]:c["char_end"]] == c["quote"], "quote equals the page slice exactly"
            if not paginated:
                assert c["bundle_ref"] is None, "bundle_ref is null until the case is paginated"
            else:
                assert c["bundle_ref"] is None or re.fullmatch(r"[A-Z]\d+", c["bundle_ref"])
        keys.append((e["date"], e["time"] or ""))
    assert keys == sorted(keys), "entries are in chronological order (date, then time; untimed first on a day)"
    if any(e["status"] != "verified" for e in entries):
        assert doc["draft"] is True, "draft is true unless every entry is verified"
    if not doc["draft"]:
        assert all(e["status"] == "verified" for e in entries)
    head = doc["audit_head"]
    with store.engine.connect() as conn:
        row = conn.execute(select(schema.audit.c.hash).where(schema.audit.c.case_id == doc["case"]["id"],
                                                             schema.audit.c.seq == head["rows"])).scalar()
    assert head["rows"] == 0 or row == head["hash"], "the audit head the export states is a row that exists"


# --- readers --------------------------------------------------------------------------------------------


def docx_text(path: Path) -> tuple[object, list[list[str]], str]:
    import docx

    d = docx.Document(str(path))
    table = next(t for t in d.tables if t.rows[0].cells[0].text == "Date")
    rows = [[c.text for c in r.cells] for r in table.rows]
    body = "\n".join(p.text for p in d.paragraphs)
    return d, rows, body


def pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() for p in PdfReader(str(path)).pages]


def to_png(path: Path, name: str, tmp: Path) -> list[Path]:
    """DOCX -> PDF with LibreOffice (own profile), then PDF -> PNG at 60 dpi into tests/artifacts/."""
    if shutil.which("pdftoppm") is None or (path.suffix == ".docx" and shutil.which("soffice") is None):
        pytest.skip("poppler or LibreOffice is not installed (make sysdeps)")
    pdf = path
    if path.suffix == ".docx":
        outdir = tmp / f"lo-out-{name}"
        profile = tmp / f"lo-profile-{name}"
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(path)],
                       check=True, capture_output=True, timeout=120)
        pdf = outdir / (path.stem + ".pdf")
        assert pdf.exists(), "LibreOffice produced no PDF"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(ARTIFACTS / name)], check=True, timeout=120)
    return sorted(ARTIFACTS.glob(f"{name}-*.png"))


# --- tests ----------------------------------------------------------------------------------------------


def test_court_export_is_refused_while_lines_are_unverified(workspace, tmp_path):
    built = build_case(workspace)
    verify_all(workspace, built)
    set_status(workspace, built, "poppy", "unverified")
    out = tmp_path / "chronology.docx"
    with pytest.raises(ExportRefused) as refused:
        export_case(workspace.store, CASE, "docx", out, user="Jane Holloway")
    assert refused.value.problems and not out.exists()
    assert any("unverified" in p.lower() or "verified" in p.lower() for p in refused.value.problems)

    result = runner.invoke(app, ["export", "--case", CASE, "--format", "pdf", "--out", str(tmp_path / "c.pdf")])
    assert result.exit_code == 1, result.output
    assert "use --draft to export a marked draft" in result.output
    assert not (tmp_path / "c.pdf").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_verified_court_export_json_meets_the_contract(workspace, tmp_path):
    built = build_case(workspace)
    verify_all(workspace, built)
    out = tmp_path / "chronology.json"
    before = audit.head(workspace.store, CASE)
    result = export_case(workspace.store, CASE, "json", out, user="Jane Holloway")
    assert result.ok and not result.draft and result.path == out
    doc = json.loads(out.read_text(encoding="utf-8"))
    validate_contract(doc, workspace.store)
    assert doc["draft"] is False
    assert doc["case"] == {"id": CASE, "title": "Re S (children)", "court_ref": "ZW24C00123"}
    ids = [e["id"] for e in doc["entries"]]
    assert f"e-{built.ids['wrong']:06d}" not in ids, "rejected lines are never exported"
    order = [next(n for n, i in built.ids.items() if f"e-{i:06d}" == x) for x in ids]
    assert order == ["moved", "weight", "nursery", "christmas", "dash", "incident", "poppy", "order", "statement",
                     "absence"], "date, then time (an untimed line first on its day), then source order"
    by_name = {n: next(e for e in doc["entries"] if e["id"] == f"e-{i:06d}") for n, i in built.ids.items() if n != "wrong"}
    assert by_name["weight"]["date_precision"] == "month" and by_name["weight"]["date"] == "2022-06-01"
    assert by_name["incident"]["time"] == "23:40"
    assert by_name["absence"]["date_end"] == "2024-01-17"
    assert (by_name["nursery"]["date_precision"], by_name["nursery"]["date_end"], by_name["nursery"]["date_text"]) == (
        "range", "2022-08-31", "summer 2022"), "a season travels as a range with its words in date_text"
    assert "date_text" not in by_name["weight"]
    assert by_name["poppy"]["text"] == 'On 14/03/2023 I visited the home. Poppy said "I don\'t like it when Daddy shouts".'
    assert all(c["bundle_ref"] is None for e in doc["entries"] for c in e["citations"])
    # the audit head stated is the row just before the export's own row, which carries the file's fingerprint
    assert doc["audit_head"] == {"rows": before[0], "hash": before[1]}
    rows = audit.rows(workspace.store, CASE)
    last = rows[-1]
    assert last["action"] == "export" and last["seq"] == before[0] + 1
    assert last["detail"]["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest() == result.sha256
    assert last["detail"]["format"] == "json" and last["detail"]["draft"] is False and last["detail"]["entries"] == 10
    assert audit.check(workspace.store, CASE, against=(doc["audit_head"]["rows"], doc["audit_head"]["hash"])).ok
    # the statement says how it was made
    s = doc["statement"]
    assert "ollama:llama3" in s and "case-notes/notes.txt" in s, "LLM use and the documents it saw"
    assert "health/hv-letter.docx" in s and "never to be sent to a language model" in s
    assert "school/attendance-scan.pdf" in s and "optical character recognition" in s
    assert "Jane Holloway" in s and "Tom Reed" in s and "Jane Holloway (6 lines) and Tom Reed (4 lines), between 20 March 2024 and 22 March 2024" in s
    assert "10 verified and 0 unverified" in s and "1 line was rejected" in s
    assert before[0] == 10 and f"row {before[0]} (seal {before[1]})" in s

    # the court PDF and DOCX carry no DRAFT mark; a draft asked for stays a draft even when all is verified
    pdf = tmp_path / "court.pdf"
    export_case(workspace.store, CASE, "pdf", pdf, user="Jane Holloway")
    pages = pdf_pages(pdf)
    assert not any("DRAFT" in t for t in pages) and "Every line verified against its source" in pages[0]
    docx_out = tmp_path / "court.docx"
    export_case(workspace.store, CASE, "docx", docx_out, user="Jane Holloway")
    d, _, body = docx_text(docx_out)
    assert not any("DRAFT" in p.text for sec in d.sections for p in sec.header.paragraphs) and "DRAFT" not in body
    pngs = to_png(pdf, "export-court-pdf", tmp_path)
    assert pngs and all(p.stat().st_size > 3000 for p in pngs)
    asked = tmp_path / "asked.json"
    export_case(workspace.store, CASE, "json", asked, draft=True)
    assert json.loads(asked.read_text())["draft"] is True


def test_draft_docx_layout_header_draft_and_statement(workspace, tmp_path):
    built = build_case(workspace, fillers=30)
    set_status(workspace, built, "incident", "verified", "Jane Holloway")
    out = tmp_path / "chronology.docx"
    result = export_case(workspace.store, CASE, "docx", out, draft=True, user="Jane Holloway")
    assert result.ok and result.draft and result.problems, "a draft still reports what the gate found"
    d, rows, body = docx_text(out)
    for section in d.sections:
        assert section.page_width > section.page_height, "landscape"
        assert "DRAFT" in "\n".join(p.text for p in section.header.paragraphs), "DRAFT in every section's header"
        footer_xml = section.footer._element.xml
        assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml, "Page N of M"
    assert rows[0] == ["Date", "Event", "Source (document, page, bundle ref)", "Significance / notes"]
    table = next(t for t in d.tables if t.rows[0].cells[0].text == "Date")
    assert table.rows[0]._tr.trPr.xml.count("tblHeader") == 1, "header row repeats on every page"
    header_block = "\n".join(c.text for t in d.tables[:1] for r in t.rows for c in r.cells)
    for want in ("The Family Court", "ZW24C00123", "Re S (children)", "Jane Holloway"):
        assert want in header_block
    dates = [r[0].split("\n")[0] for r in rows[1:]]
    assert dates[:4] == ["2021", "June 2022", "summer 2022", "c. Christmas 2022"]
    assert "12 March 2023, 23:40" in dates and "3–17 January 2024" in dates
    events = [r[1] for r in rows[1:]]
    assert 'On 14/03/2023 I visited the home. Poppy said "I don\'t like it when Daddy shouts".' in events, "verbatim"
    assert not any("later found to be wrong" in e for e in events), "rejected lines never exported"
    assert "police/DA-notification-0312.pdf, p. 1" in rows[dates.index("12 March 2023, 23:40") + 1][2]
    assert "UNVERIFIED" in rows[dates.index("June 2022") + 1][3]
    assert "Statement of how this chronology was produced" in body
    assert "Lines not yet verified" in body and f"e-{built.ids['poppy']:06d}" in body
    pngs = to_png(out, "export-draft-docx", tmp_path)
    assert len(pngs) >= 2 and all(p.stat().st_size > 3000 for p in pngs)


def test_draft_pdf_has_draft_on_every_page_and_page_numbers(workspace, tmp_path):
    build_case(workspace, fillers=30)
    out = tmp_path / "chronology.pdf"
    export_case(workspace.store, CASE, "pdf", out, draft=True, user="Jane Holloway")
    from pypdf import PdfReader

    reader = PdfReader(str(out))
    pages = pdf_pages(out)
    assert len(pages) >= 2
    for n, (page, text) in enumerate(zip(reader.pages, pages), start=1):
        assert float(page.mediabox.width) > float(page.mediabox.height), "landscape"
        assert "DRAFT" in text and f"Page {n} of {len(pages)}" in text
    statement_page = next(n for n, t in enumerate(pages) if "Statement of how" in t)
    assert statement_page >= 1
    for text in pages[: statement_page + 1]:
        assert "Significance / notes" in text, "the table's header row repeats on every page it spans"
    whole = "\n".join(pages)
    assert "IN THE FAMILY COURT" in whole and "ZW24C00123" in whole and "Re S (children)" in whole
    flat = " ".join(whole.split())
    positions = [flat.index(t) for t in ("In 2021 the family moved", "Her weight has dropped",
                                         "In summer 2022 Poppy", "Around Christmas 2022", "officers attended 4 Elm Row")]
    assert positions == sorted(positions), "chronological order on the page"
    for shown in ("summer 2022", "c. Christmas 2022", "12 March 2023, 23:40", "3–17 January 2024", "June 2022"):
        assert shown in flat
    assert "later found to be wrong" not in flat
    assert "Lines not yet verified" in flat and "Statement of how this chronology was produced" in flat
    pngs = to_png(out, "export-draft-pdf", tmp_path)
    assert len(pngs) == len(pages) and all(p.stat().st_size > 3000 for p in pngs)


def test_csv_has_bom_one_row_per_entry_and_the_statement(workspace, tmp_path):
    built = build_case(workspace)
    set_status(workspace, built, "incident", "verified", "Jane Holloway")
    out = tmp_path / "chronology.csv"
    export_case(workspace.store, CASE, "csv", out, draft=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM so Excel reads it as UTF-8"
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:12] == ["id", "date", "date_end", "precision", "time", "text", "sources", "bundle_refs",
                            "status", "flags", "verified_by", "verified_at"]
    data = [r for r in rows[1:] if r and r[0].startswith("e-")]
    assert len(data) == 10
    assert [r[1] for r in data] == sorted(r[1] for r in data)
    incident = next(r for r in data if r[0] == f"e-{built.ids['incident']:06d}")
    assert incident[4] == "23:40" and incident[8] == "verified" and incident[10] == "Jane Holloway"
    assert incident[6] == "police/DA-notification-0312.pdf, p. 1" and incident[11].endswith("Z")
    poppy = next(r for r in data if r[0] == f"e-{built.ids['poppy']:06d}")
    assert poppy[5] == 'On 14/03/2023 I visited the home. Poppy said "I don\'t like it when Daddy shouts".'
    assert poppy[9] == "child-voice" and poppy[8] == "unverified"
    from chronology.export.csv_out import cell

    assert cell("=HYPERLINK(\"http://x\")").startswith("'=") and cell("- Mother said") == "'- Mother said"
    assert cell("Poppy said") == "Poppy said", "ordinary text is untouched"
    statement = [r[1] for r in rows if r and r[0] == "statement"]
    assert statement[0] == "Statement of how this chronology was produced"
    assert any("DRAFT" in s for s in statement) and any(s.startswith("Not yet verified:") for s in statement)


def test_filters_select_lines_like_the_draft(workspace, tmp_path):
    built = build_case(workspace)

    def ids(**filters) -> set[str]:
        out = tmp_path / "f.json"
        export_case(workspace.store, CASE, "json", out, draft=True, **filters)
        return {next(n for n, i in built.ids.items() if f"e-{i:06d}" == e["id"])
                for e in json.loads(out.read_text())["entries"]}

    assert ids(date_from="2023-03-13", date_to="2023-12-31") == {"poppy", "order", "statement"}
    assert "weight" in ids(date_from="2022-06-15", date_to="2022-06-20"), "a month overlaps days inside it"
    assert ids(person="poppy") == {"poppy", "nursery", "absence"}, "whole word, any case"
    assert ids(person="Pop") == set()
    assert ids(source_kind="police") == {"incident", "dash"}
    doc = json.loads((tmp_path / "f.json").read_text())
    assert "from police sources" in doc["statement"]
    with pytest.raises(ExportError):
        export_case(workspace.store, CASE, "json", tmp_path / "x.json", draft=True, date_from="12/03/2023")
    with pytest.raises(ExportError):
        export_case(workspace.store, CASE, "json", tmp_path / "x.json", draft=True, source_kind="probation")


def test_cli_export_usage_and_draft(workspace, tmp_path):
    build_case(workspace)
    ok = runner.invoke(app, ["export", "--case", CASE, "--out", str(tmp_path / "d.json"), "--draft",
                             "--person", "Poppy", "--user", "Jane Holloway"])
    assert ok.exit_code == 0, ok.output
    assert "DRAFT export written" in ok.output
    doc = json.loads((tmp_path / "d.json").read_text())
    validate_contract(doc, workspace.store)
    assert doc["draft"] is True and len(doc["entries"]) == 3
    assert runner.invoke(app, ["export", "--case", "nobody", "--out", str(tmp_path / "x.pdf")]).exit_code == 2
    assert runner.invoke(app, ["export", "--case", CASE, "--out", str(tmp_path / "x.txt")]).exit_code == 2
    assert runner.invoke(app, ["export", "--case", CASE, "--format", "odt", "--out", str(tmp_path / "x")]).exit_code == 2
    bad_date = runner.invoke(app, ["export", "--case", CASE, "--out", str(tmp_path / "x.csv"), "--draft", "--from", "March"])
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output
    assert runner.invoke(app, ["export", "--case", CASE, "--out", str(tmp_path / "no" / "x.csv"), "--draft"]).exit_code == 2


def test_a_failed_export_leaves_no_half_file(workspace, tmp_path, monkeypatch):
    build_case(workspace)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "chronology.json"
    out.write_text("previous good export", encoding="utf-8")
    rows_before = audit.count(workspace.store, CASE)
    from chronology.export import json_out

    def broken(data, path: Path) -> None:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write('{"schema_version": 1, "entries": [')
            fh.flush()
            raise RuntimeError("disk full")

    monkeypatch.setattr(json_out, "render", broken)
    with pytest.raises(RuntimeError):
        export_case(workspace.store, CASE, "json", out, draft=True)
    assert out.read_text(encoding="utf-8") == "previous good export"
    assert [p.name for p in folder.iterdir()] == ["chronology.json"], "no temporary file left behind"
    assert audit.count(workspace.store, CASE) == rows_before, "no audit row for an export that did not happen"
    fresh = folder / "new.json"
    with pytest.raises(RuntimeError):
        export_case(workspace.store, CASE, "json", fresh, draft=True)
    assert not fresh.exists()


def test_british_dates_with_honest_precision():
    assert date_text("2023-03-12") == "12 March 2023"
    assert date_text("2023-03-12", time="23:40") == "12 March 2023, 23:40"
    assert date_text("2023-03-01", "month") == "March 2023"
    assert date_text("2021-01-01", "year") == "2021"
    assert date_text("2022-06-01", "season", "2022-08-01") == "summer 2022"
    assert date_text("2022-12-25", "approximate") == "c. Christmas 2022"
    assert date_text("2022-12-01", "approximate") == "c. December 2022"
    assert date_text("2022-01-01", "approximate", "2022-04-30") == "c. January–April 2022"
    assert date_text("2024-01-03", "range", "2024-01-17") == "3–17 January 2024"
    assert date_text("2024-01-28", "range", "2024-02-03") == "28 January – 3 February 2024"
    assert date_text("2023-12-28", "range", "2024-01-03") == "28 December 2023 – 3 January 2024"
    assert date_text(None) == "Undated"


def test_statement_warns_when_a_withheld_document_reached_a_language_model(workspace, tmp_path):
    built = build_case(workspace)
    with workspace.store.transaction() as conn:  # the health letter is marked no_llm, yet this line cites it
        conn.execute(update(schema.entries).where(schema.entries.c.id == built.ids["weight"]).values(drafter="ollama:llama3"))
    out = tmp_path / "d.json"
    export_case(workspace.store, CASE, "json", out, draft=True)
    s = json.loads(out.read_text())["statement"]
    assert "A language model (ollama:llama3) was used to word 2 lines of the draft (2 in this export)" in s
    assert "WARNING: health/hv-letter.docx was marked never to be sent to a language model" in s
    weight = next(e for e in json.loads(out.read_text())["entries"] if e["id"] == f"e-{built.ids['weight']:06d}")
    assert weight["drafter"] == "ollama:llama3"


def test_a_killed_exports_half_written_file_is_removed_by_the_next_export(workspace, tmp_path):
    build_case(workspace)
    out = tmp_path / "draft.csv"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f".draft.csv.{int(dead.stdout)}-0123abcd.part"  # its writer is gone
    stale.write_text("Date,Event\n2023-03-12,Poppy said")
    running = tmp_path / f".draft.csv.{os.getpid()}-4567beef.part"  # its writer (this process) is still going
    running.write_text("in progress")
    other = tmp_path / f".other.csv.{int(dead.stdout)}-0123abcd.part"  # another file's: not this export's business
    other.write_text("x")
    export_case(workspace.store, CASE, "csv", out, draft=True, user="Jane Holloway")
    assert out.exists() and not stale.exists()
    assert running.exists() and other.exists()
