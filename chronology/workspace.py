"""One place that opens the configured stores, shared by the CLI and the review screen.

The vector index loads the embedding model, which takes seconds, so it is opened only when needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from chronology.config import Settings, offline_environment
from chronology.store import Store

if TYPE_CHECKING:
    from ingest.vectors import VectorIndex


@dataclass
class Workspace:
    settings: Settings = field(default_factory=Settings.from_env)

    def __post_init__(self) -> None:
        offline_environment()

    @cached_property
    def store(self) -> Store:
        return Store.open(self.settings)

    @cached_property
    def index(self) -> "VectorIndex":
        from ingest.vectors import VectorIndex

        return VectorIndex(self.settings)
