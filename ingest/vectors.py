"""Passage vectors in Chroma, one collection per case, through LangChain's Chroma integration.

Embedded ``PersistentClient`` under ``$CHRONOLOGY_HOME/chroma`` by default; a Chroma server when
``CHRONOLOGY_CHROMA_URL`` is set. Telemetry is off. Collections are created by us with our own
registered embedding function, so nothing can ever fall back to Chroma's downloading default.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.api.types import Documents, EmbeddingFunction
from chromadb.config import Settings as ChromaSettings
from chromadb.utils.embedding_functions import register_embedding_function
from langchain_chroma import Chroma

from chronology.config import Settings, offline_environment
from chronology.models import Document, Passage
from ingest.embed import MODEL_ID, MiniLMEmbeddings

ADD_BATCH = 1000


@register_embedding_function
class ChronologyMiniLM(EmbeddingFunction[Documents]):
    """Chroma-side twin of :class:`MiniLMEmbeddings`, persisted by name so reopened collections keep it."""

    def __init__(self) -> None:
        self._emb = MiniLMEmbeddings()

    def __call__(self, input: Documents) -> Any:  # noqa: A002 (Chroma's signature)
        return self._emb.embed_documents(list(input))

    @staticmethod
    def name() -> str:
        return "chronology-minilm"

    def get_config(self) -> dict[str, Any]:
        return {}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "ChronologyMiniLM":
        return ChronologyMiniLM()


@lru_cache(maxsize=8)
def _client(path_or_url: str, is_url: bool) -> Any:
    offline_environment()
    settings = ChromaSettings(anonymized_telemetry=False)
    if is_url:
        url = urlparse(path_or_url)
        return chromadb.HttpClient(host=url.hostname or "127.0.0.1", port=url.port or 8000,
                                   ssl=url.scheme == "https", settings=settings)
    return chromadb.PersistentClient(path=path_or_url, settings=settings)


def collection_name(case_id: str) -> str:
    """Chroma names must be 3–512 chars of [a-zA-Z0-9._-] and start/end alphanumeric."""
    slug = re.sub(r"[^a-zA-Z0-9._-]+", "-", case_id).strip("-._") or "case"
    return f"case-{slug}"[:500]


@dataclass
class Hit:
    passage_id: int
    score: float  # cosine similarity, 1.0 = identical


class VectorIndex:
    """Adds, finds and removes a case's passage vectors; ids are ``p<passage id>``."""

    def __init__(self, settings: Settings, embeddings: MiniLMEmbeddings | None = None):
        self.settings = settings
        self.embeddings = embeddings or MiniLMEmbeddings()
        if settings.chroma_url:
            self.client = _client(settings.chroma_url, True)
        else:
            settings.chroma_path.mkdir(parents=True, exist_ok=True)
            self.client = _client(str(settings.chroma_path), False)

    def _collection(self, case_id: str) -> Any:
        return self.client.get_or_create_collection(
            collection_name(case_id), embedding_function=ChronologyMiniLM(),
            metadata={"hnsw:space": "cosine", "model": MODEL_ID, "case_id": case_id})

    def store(self, case_id: str) -> Chroma:
        """The LangChain vector store for a case (collection created first with our embedding function)."""
        self._collection(case_id)
        return Chroma(client=self.client, collection_name=collection_name(case_id),
                      embedding_function=self.embeddings)

    def add(self, doc: Document, passages: Sequence[Passage]) -> None:
        if not passages:
            return
        vs = self.store(doc.case_id)
        for i in range(0, len(passages), ADD_BATCH):
            batch = passages[i:i + ADD_BATCH]
            vs.add_texts(
                texts=[p.text for p in batch],
                metadatas=[{"document_id": doc.id or 0, "path": doc.path, "page": p.page_number,
                            "char_start": p.char_start, "char_end": p.char_end, "source_kind": doc.source_kind}
                           for p in batch],
                ids=[f"p{p.id}" for p in batch],
            )

    def delete_path(self, case_id: str, path: str, keep_document_id: int | None = None) -> None:
        """Remove vectors of earlier versions of a file (or of an interrupted ingest of it)."""
        col = self._collection(case_id)
        where: dict[str, Any] = {"path": path}
        if keep_document_id is not None:
            where = {"$and": [{"path": path}, {"document_id": {"$ne": keep_document_id}}]}
        col.delete(where=where)

    def delete_document(self, case_id: str, document_id: int) -> None:
        self._collection(case_id).delete(where={"document_id": document_id})

    def delete_case(self, case_id: str) -> None:
        try:
            self.client.delete_collection(collection_name(case_id))
        except Exception:  # noqa: BLE001 - absent collection is the desired end state
            pass

    def ids(self, case_id: str) -> set[int]:
        got = self._collection(case_id).get(include=[])
        return {int(i[1:]) for i in got["ids"]}

    def count(self, case_id: str) -> int:
        return self._collection(case_id).count()

    def vectors(self, case_id: str, passage_ids: Sequence[int]) -> dict[int, list[float]]:
        if not passage_ids:
            return {}
        got = self._collection(case_id).get(ids=[f"p{i}" for i in passage_ids], include=["embeddings"])
        return {int(i[1:]): list(map(float, v)) for i, v in zip(got["ids"], got["embeddings"])}

    def search(self, case_id: str, query: str, k: int = 10, where: dict[str, Any] | None = None) -> list[Hit]:
        col = self._collection(case_id)
        n = col.count()
        if n == 0:
            return []
        vec = self.embeddings.embed_query(query)
        res = col.query(query_embeddings=[vec], n_results=min(k, n), where=where, include=["distances"])
        return [Hit(passage_id=int(i[1:]), score=1.0 - float(dist))
                for i, dist in zip(res["ids"][0], res["distances"][0])]
