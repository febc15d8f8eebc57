"""Bundle pagination (PD27A): sections by rule, stable page numbers, overrides from YAML or CSV, and
bundle references carried into every export format."""

from __future__ import annotations

import csv
import json

import pytest
import yaml
from typer.testing import CliRunner

from chronology.cli import app
from chronology.export import bundle, export_case
from chronology.models import Citation, Document
from tests.test_export import CASE, build_case, docx_text, pdf_pages

runner = CliRunner()


def _doc(path: str, source_kind: str = "other", pages: int = 1) -> Document:
    return Document(id=None, case_id=CASE, path=path, sha256=path, kind="pdf", source_kind=source_kind, page_count=pages)


def test_rules_put_documents_in_sensible_sections():
    cases = {
        "A": [_doc("court/case-summary.docx"), _doc("threshold_document.docx"), _doc("LA chronology.pdf")],
        "B": [_doc("court/interim-care-order.pdf", "court"), _doc("C110A application.pdf"), _doc("misc/x.pdf", "court")],
        "C": [_doc("social-care/sw-statement.docx", "social care"), _doc("parents/mother-statement.pdf")],
        "D": [_doc("social-care/care-plan-final.docx", "social care"), _doc("parenting_assessment.pdf")],
        "E": [_doc("experts/dr-jones-psychological-report.pdf"), _doc("hair strand test results.pdf", "health")],
        "F": [_doc("guardian/analysis.pdf"), _doc("cafcass-safeguarding-letter.pdf")],
        "G": [_doc("police/DA-notification-0312.pdf", "police"), _doc("police/witness-statement.pdf", "police"),
              _doc("health/hv-letter.docx", "health"), _doc("school/attendance.pdf", "school"),
              _doc("case-notes/notes.txt", "social care"), _doc("police/dash-risk-assessment.pdf", "police")],
    }
    for section, docs in cases.items():
        for d in docs:
            assert bundle.rule_section(d) == section, d.path


def test_pages_are_numbered_within_each_section_in_a_stable_order():
    docs = [_doc("police/b.pdf", "police", 2), _doc("police/a.pdf", "police", 3), _doc("court/order.pdf", "court", 2),
            _doc("school/s.pdf", "school", 0)]
    items = {i.path: i for i in bundle.paginate(docs)}
    assert (items["police/a.pdf"].first, items["police/a.pdf"].last) == ("G1", "G3")
    assert (items["police/b.pdf"].first, items["police/b.pdf"].last) == ("G4", "G5")
    assert items["school/s.pdf"].first == "G6", "a document without pages still takes one"
    assert (items["court/order.pdf"].first, items["court/order.pdf"].last) == ("B1", "B2")
    assert bundle.paginate(list(reversed(docs))) == bundle.paginate(docs), "stable whatever the input order"
    moved = {i.path: i for i in bundle.paginate(docs, {"police/b.pdf": bundle.Override("H"),
                                                       "school/s.pdf": bundle.Override("G", order=1)})}
    assert moved["police/b.pdf"].first == "H1" and moved["police/b.pdf"].by == "mapping"
    assert moved["school/s.pdf"].first == "G1" and moved["police/a.pdf"].first == "G2"
    with pytest.raises(bundle.BundleError):
        bundle.paginate(docs, {"nowhere.pdf": bundle.Override("G")})


def test_bundle_ref_only_for_the_paginated_version():
    mapping = {"police/a.pdf": {"section": "G", "start": 12, "pages": 3, "sha256": "abc"}}
    cite = Citation(document_id=1, document="police/a.pdf", page=2, char_start=0, char_end=1, quote="x",
                    document_sha256="abc")
    assert bundle.bundle_ref(mapping, cite) == "G13"
    cite.document_sha256 = "changed"
    assert bundle.bundle_ref(mapping, cite) is None, "a replaced document may have other pages: no reference"
    assert bundle.bundle_ref({}, cite) is None


def test_bundle_command_then_refs_in_every_format(workspace, tmp_path):
    build_case(workspace)
    shown = runner.invoke(app, ["bundle", "--case", CASE, "--show"])
    assert shown.exit_code == 0 and "No bundle pagination yet" in shown.output
    done = runner.invoke(app, ["bundle", "--case", CASE])
    assert done.exit_code == 0, done.output
    stored = bundle.load(workspace.store, CASE)
    assert {p: v["section"] for p, v in stored.items()} == {
        "case-notes/notes.txt": "G", "court/interim-care-order.pdf": "B", "health/hv-letter.docx": "G",
        "police/DA-notification-0312.pdf": "G", "school/attendance-scan.pdf": "G", "social-care/sw-statement.docx": "C"}
    # G in path order (no document dates here): notes G1, health G2, police G3-G4, school G5
    assert stored["police/DA-notification-0312.pdf"]["start"] == 3 and stored["school/attendance-scan.pdf"]["start"] == 5
    table = runner.invoke(app, ["bundle", "--case", CASE, "--show"])
    assert "G3–G4" in table.output and "police/DA-notification-0312.pdf" in table.output

    for fmt in ("json", "csv", "docx", "pdf"):
        out = tmp_path / f"c.{fmt}"
        export_case(workspace.store, CASE, fmt, out, draft=True)
    doc = json.loads((tmp_path / "c.json").read_text())
    refs = {c["document"] + f"#{c['page']}": c["bundle_ref"] for e in doc["entries"] for c in e["citations"]}
    assert refs["police/DA-notification-0312.pdf#1"] == "G3" and refs["police/DA-notification-0312.pdf#2"] == "G4"
    assert refs["court/interim-care-order.pdf#1"] == "B1" and refs["social-care/sw-statement.docx#1"] == "C1"
    assert doc["bundle_paginated"] is True
    rows = list(csv.DictReader((tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()))
    police = [r for r in rows if r["id"].startswith("e-") and "police/" in r["sources"]]
    assert {r["bundle_refs"] for r in police} == {"G3", "G4"}
    assert any("police/DA-notification-0312.pdf, p. 1 [G3]" == r["sources"] for r in police)
    _, docx_rows, _ = docx_text(tmp_path / "c.docx")
    assert any("[G4]" in r[2] for r in docx_rows) and any("[B1]" in r[2] for r in docx_rows)
    flat = " ".join(" ".join(pdf_pages(tmp_path / "c.pdf")).split())
    assert "[G3]" in flat and "[C1]" in flat


def test_mapping_override_yaml_csv_write_and_reset(workspace, tmp_path):
    build_case(workspace)
    assert runner.invoke(app, ["bundle", "--case", CASE]).exit_code == 0
    mapping = tmp_path / "map.yaml"
    mapping.write_text("police/DA-notification-0312.pdf: H\nschool/attendance-scan.pdf: {section: g, order: 1}\n")
    applied = runner.invoke(app, ["bundle", "--case", CASE, "--mapping", str(mapping)])
    assert applied.exit_code == 0, applied.output
    stored = bundle.load(workspace.store, CASE)
    assert stored["police/DA-notification-0312.pdf"]["section"] == "H" and stored["police/DA-notification-0312.pdf"]["start"] == 1
    assert stored["school/attendance-scan.pdf"]["start"] == 1 and stored["case-notes/notes.txt"]["start"] == 2
    export_case(workspace.store, CASE, "json", tmp_path / "c.json", draft=True)
    doc = json.loads((tmp_path / "c.json").read_text())
    assert {c["bundle_ref"] for e in doc["entries"] for c in e["citations"] if c["document"].startswith("police/")} == {"H1", "H2"}

    # a plain re-run keeps the worker's overrides
    assert runner.invoke(app, ["bundle", "--case", CASE]).exit_code == 0
    assert bundle.load(workspace.store, CASE)["police/DA-notification-0312.pdf"]["section"] == "H"

    # write, edit and re-apply; CSV works the same way
    written = tmp_path / "current.yaml"
    assert runner.invoke(app, ["bundle", "--case", CASE, "--write", str(written)]).exit_code == 0
    data = yaml.safe_load(written.read_text())
    assert data["police/DA-notification-0312.pdf"] == "H"
    assert data["school/attendance-scan.pdf"] == {"section": "G", "order": 1}
    as_csv = tmp_path / "map.csv"
    as_csv.write_text("path,section,order\nhealth/hv-letter.docx,E,\n", encoding="utf-8")
    assert runner.invoke(app, ["bundle", "--case", CASE, "--mapping", str(as_csv)]).exit_code == 0
    stored = bundle.load(workspace.store, CASE)
    assert stored["health/hv-letter.docx"]["section"] == "E" and stored["police/DA-notification-0312.pdf"]["section"] == "H"
    assert runner.invoke(app, ["bundle", "--case", CASE, "--mapping", str(written)]).exit_code == 0
    assert bundle.load(workspace.store, CASE)["police/DA-notification-0312.pdf"]["section"] == "H"

    assert runner.invoke(app, ["bundle", "--case", CASE, "--reset"]).exit_code == 0
    stored = bundle.load(workspace.store, CASE)
    assert stored["police/DA-notification-0312.pdf"]["section"] == "G" and stored["health/hv-letter.docx"]["section"] == "G"

    bad = tmp_path / "bad.yaml"
    bad.write_text("nowhere/file.pdf: G\n")
    result = runner.invoke(app, ["bundle", "--case", CASE, "--mapping", str(bad)])
    assert result.exit_code == 2 and "nowhere/file.pdf" in result.output
    bad.write_text("police/DA-notification-0312.pdf: Section 7\n")
    assert runner.invoke(app, ["bundle", "--case", CASE, "--mapping", str(bad)]).exit_code == 2
    assert runner.invoke(app, ["bundle", "--case", "nobody"]).exit_code == 2


def test_export_warns_when_documents_changed_since_pagination(workspace, tmp_path):
    from tests.test_export import _add_doc

    build_case(workspace)
    bundle.assign(workspace.store, CASE)
    result = export_case(workspace.store, CASE, "json", tmp_path / "a.json", draft=True)
    assert result.warnings == []
    _add_doc(workspace.store, "police/later-disclosure.pdf", ["More police disclosure."], "police", "pdf")
    result = export_case(workspace.store, CASE, "json", tmp_path / "b.json", draft=True)
    assert len(result.warnings) == 1 and "police/later-disclosure.pdf" in result.warnings[0]
    shown = runner.invoke(app, ["bundle", "--case", CASE, "--show"])
    assert "police/later-disclosure.pdf" in shown.output, "--show names what changed since pagination"
