"""Every test gets its own real store: SQLite and Chroma under a temp ``CHRONOLOGY_HOME``, and a temp
``HOME`` so any attempt to cache a downloaded model would be visible (and is asserted against)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_cases"
# The cases the engine was built beside, ingested once for the whole suite; the blind cases are
# drafted on their own by tests/test_blind_cases.py.
ENGINE_CASES = ("re-a", "re-s")

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def _isolate(monkeypatch: pytest.MonkeyPatch, base: Path) -> Path:
    home = base / "chronology-home"
    user_home = base / "user-home"
    user_home.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("CHRONOLOGY_HOME", str(home))
    monkeypatch.setenv("HOME", str(user_home))
    for var in ("CHRONOLOGY_DATABASE_URL", "CHRONOLOGY_CHROMA_URL", "CHRONOLOGY_AUDIT_KEY", "CHRONOLOGY_AUDIT_KEY_FILE",
                "CHRONOLOGY_AUTH", "CHRONOLOGY_AUTH_COOKIE_DAYS", "CHRONOLOGY_WITNESS"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty chronology home for each test."""
    return _isolate(monkeypatch, tmp_path)


@pytest.fixture
def workspace(isolated_home: Path):
    from chronology.workspace import Workspace

    return Workspace()


@pytest.fixture(scope="session")
def ingested_samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample cases ingested once per session into a template home (copied per test by ``sample_home``)."""
    from chronology.config import Settings
    from chronology.store import Store
    from ingest.pipeline import Ingestor, iter_case_folders
    from ingest.vectors import VectorIndex

    base = tmp_path_factory.mktemp("samples")
    home = base / "chronology-home"
    settings = Settings(home=home, database_url=f"sqlite:///{home / 'chronology.db'}", chroma_url=None)
    store = Store.open(settings)
    ingestor = Ingestor(store, VectorIndex(settings))
    for folder in iter_case_folders(SAMPLES):
        if folder.name in ENGINE_CASES:
            ingestor.ingest(folder, folder.name)
    store.engine.dispose()
    return home


@pytest.fixture
def sample_home(ingested_samples: Path, isolated_home: Path):
    """A private copy of the ingested sample cases, so a test may change it freely."""
    shutil.copytree(ingested_samples, isolated_home)
    from chronology.workspace import Workspace

    return Workspace()
