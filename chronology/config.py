"""Settings read from the environment, so one program serves a laptop and a team service.

Every setting has an embedded default under ``$CHRONOLOGY_HOME`` (``./.chronology``); a team points
``CHRONOLOGY_DATABASE_URL`` at PostgreSQL and ``CHRONOLOGY_CHROMA_URL`` at a Chroma server.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be a whole number, not {raw!r}") from exc


@dataclass(frozen=True)
class Limits:
    """Input limits that keep a hostile or broken file from exhausting the machine."""

    max_file_mb: int = 200
    max_pages: int = 5000
    max_decompressed_mb: int = 500

    @classmethod
    def from_env(cls) -> "Limits":
        return cls(
            max_file_mb=_int_env("CHRONOLOGY_MAX_FILE_MB", cls.max_file_mb),
            max_pages=_int_env("CHRONOLOGY_MAX_PAGES", cls.max_pages),
            max_decompressed_mb=_int_env("CHRONOLOGY_MAX_DECOMPRESSED_MB", cls.max_decompressed_mb),
        )


@dataclass(frozen=True)
class Settings:
    """Where the stores live and how the pipeline behaves; built once per process from the environment."""

    home: Path
    database_url: str
    chroma_url: str | None
    limits: Limits = field(default_factory=Limits)
    day_first: bool = True
    fast_verify_seconds: int = 10

    @property
    def chroma_path(self) -> Path:
        return self.home / "chroma"

    @classmethod
    def from_env(cls) -> "Settings":
        home = Path(os.environ.get("CHRONOLOGY_HOME", "./.chronology")).expanduser().resolve()
        db_url = os.environ.get("CHRONOLOGY_DATABASE_URL") or f"sqlite:///{home / 'chronology.db'}"
        return cls(
            home=home,
            database_url=db_url,
            chroma_url=os.environ.get("CHRONOLOGY_CHROMA_URL") or None,
            limits=Limits.from_env(),
            day_first=os.environ.get("CHRONOLOGY_DAY_FIRST", "1") not in {"0", "false", "no"},
            fast_verify_seconds=_int_env("CHRONOLOGY_FAST_VERIFY_SECONDS", 10),
        )


def offline_environment() -> None:
    """Make every library that could reach a model hub or telemetry endpoint stay local."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
