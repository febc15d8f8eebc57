"""Settings read from the environment, so one program serves a laptop and a team service.

Every setting has an embedded default under ``$CHRONOLOGY_HOME`` (``./.chronology``); a team points
``CHRONOLOGY_DATABASE_URL`` at PostgreSQL and ``CHRONOLOGY_CHROMA_URL`` at a Chroma server.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _number_env(name: str, default: float, kind: type = int) -> float:
    """A numeric setting; a value that is not a number of that kind is refused by name."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return kind(raw)
    except ValueError as exc:
        words = "a whole number" if kind is int else "a number"
        raise ValueError(f"{name} must be {words}, not {raw!r}") from exc


def _int_env(name: str, default: int) -> int:
    return int(_number_env(name, default, int))


def _choice_env(name: str, choices: tuple[str, ...]) -> str:
    """The setting, lower-cased, if it is one of ``choices`` (the first is the default)."""
    raw = (os.environ.get(name) or choices[0]).strip().lower()
    if raw not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}, not {raw!r}")
    return raw


AUTH_MODES = ("auto", "name", "password", "oidc")


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
    auth: str = "auto"  # how the review screen signs people in: auto | name | password | oidc
    auth_cookie_days: float = 0.5  # a password sign-in survives a browser reload for this long (0: never)
    witness: str = ""  # where audit heads are witnessed: a folder or a PostgreSQL URL ("": beside the store)

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
            auth=_choice_env("CHRONOLOGY_AUTH", AUTH_MODES),
            auth_cookie_days=_number_env("CHRONOLOGY_AUTH_COOKIE_DAYS", 0.5, float),
            witness=witness_env(),
        )


def witness_env() -> str:
    """``CHRONOLOGY_WITNESS``: a folder for ``heads.jsonl`` or a PostgreSQL URL; empty means beside the store."""
    return (os.environ.get("CHRONOLOGY_WITNESS") or "").strip()


def offline_environment() -> None:
    """Make every library that could reach a model hub or telemetry endpoint stay local."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
