"""Crash safety: real `chronology` commands SIGKILLed at seeded random moments (and at the two riskiest
moments of an ingest), checking after each kill that nothing was lost or left half-done.

The seed is fixed so a failure reproduces; set CHRONOLOGY_FAULT_SEED to try another. Each failure message
carries the seed. More kills: `.venv/bin/python bench/faults.py --kills 100`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from chronology.faults import Harness, read_vectors, run_faults, valid_export
from tests.helpers import make_case_folder

SEED = int(os.environ.get("CHRONOLOGY_FAULT_SEED", "20261125"))
KILLS = 20  # 3 ingest (random, mid-document, mid-replace), 1 draft, 16 verify/reject/edit/reopen/export


def test_seeded_kills_lose_nothing_and_leave_nothing_half_done(tmp_path: Path):
    report = run_faults(tmp_path, make_case_folder, KILLS, SEED, ingest_kills=3, draft_kills=1)
    print(report.summary())
    assert len([k for k in report.kills if "rerun" not in k.command]) >= 20, report.summary()
    assert not report.failures(), f"seed {SEED}: " + report.summary() + "\n" + "\n".join(report.failures())
    commands = {k.command.split()[0] for k in report.kills}
    assert {"ingest", "draft", "export"} <= commands and commands & {"verify", "edit", "reject"}, commands


def test_checker_sees_damage(tmp_path: Path):
    """The harness's checks are not vacuous: a half-written export and a missing vector are reported."""
    out = tmp_path / "x.json"
    out.write_text('{"entries": [', encoding="utf-8")
    assert valid_export(out)
    docx = tmp_path / "x.docx"
    docx.write_bytes(b"PK\x03\x04 truncated")
    assert valid_export(docx)
    assert read_vectors(tmp_path / "no-chroma", "c") == {}
    h = Harness(tmp_path / "home", tmp_path / "folder", case="c", seed=SEED)
    assert h.check() == []  # no store yet: nothing to be inconsistent
