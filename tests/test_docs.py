"""Docs that cannot drift: every command and every setting the program reads is in the README."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from chronology.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    group = typer.main.get_command(app)
    missing = [name for name in group.commands if f"chronology {name}" not in README and f"`{name}`" not in README]
    assert not missing, f"commands missing from README: {missing}"


def test_every_setting_is_documented():
    used: set[str] = set()
    for path in [*ROOT.glob("chronology/**/*.py"), *ROOT.glob("ingest/**/*.py"), *ROOT.glob("verify/**/*.py"), ROOT / "app.py"]:
        used |= set(re.findall(r"\b(CHRONOLOGY_[A-Z_]+)\b", path.read_text(encoding="utf-8")))
    missing = sorted(v for v in used if v not in README)
    assert not missing, f"settings missing from README: {missing}"


def test_readme_shows_the_two_commands_and_they_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
