"""Passage vectors in Chroma, one collection per case, through LangChain's Chroma integration.

Embedded ``PersistentClient`` under ``$CHRONOLOGY_HOME/chroma`` by default; a Chroma server when
``CHRONOLOGY_CHROMA_URL`` is set. Telemetry is off. Collections are created by us with our own
registered embedding function, so nothing can ever fall back to Chroma's downloading default.

Speed (see docs/performance.md): vectors are computed by us and added with ``collection.add(ids=,
embeddings=, metadatas=)`` — the passage text stays in SQLite only (storing it in Chroma halves the add
rate). :meth:`VectorIndex.prepare` embeds many documents' passages in one call and re-uses the vectors
of passages whose text is already in the case (keyed by ``text_hash``), so a changed document only
re-embeds its changed passages. Each collection records the model build that made it (metadata
``model``); opening it with another build raises :class:`ModelMismatchError` (``chronology reindex``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction
from chromadb.config import Settings as ChromaSettings
from chromadb.utils.embedding_functions import register_embedding_function
from langchain_chroma import Chroma

from chronology.config import Settings, offline_environment
from chronology.models import Document, Passage
from chronology.store import text_hash
from ingest.embed import MODEL_ID, MODEL_IDS, MiniLMEmbeddings

ADD_BATCH = 1000


class ModelMismatchError(RuntimeError):
    """A case's vectors were built by another embedding model build than the one now selected."""


@register_embedding_function
class ChronologyMiniLM(EmbeddingFunction[Documents]):
    """Chroma-side twin of :class:`MiniLMEmbeddings`, persisted by name so reopened collections keep it.

    Its config records the build (``fp32``/``int8``); collections made before builds existed have ``{}``
    and were fp32.
    """

    def __init__(self, kind: str = "fp32") -> None:
        self.kind = kind
        self._emb: MiniLMEmbeddings | None = None

    def __call__(self, input: Documents) -> Any:  # noqa: A002 (Chroma's signature)
        if self._emb is None:
            self._emb = MiniLMEmbeddings(self.kind)
        return self._emb.encode(list(input))

    @staticmethod
    def name() -> str:
        return "chronology-minilm"

    def get_config(self) -> dict[str, Any]:
        return {"kind": self.kind}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "ChronologyMiniLM":
        return ChronologyMiniLM((config or {}).get("kind", "fp32"))


def _kind_of(model_id: str) -> str:
    """The ``CHRONOLOGY_EMBEDDINGS`` value that selects a recorded model build."""
    return next((k for k, v in MODEL_IDS.items() if v == model_id), "fp32")


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
        self.model_id = getattr(self.embeddings, "model_id", MODEL_ID)
        self.kind = next((k for k, v in MODEL_IDS.items() if v == self.model_id), "fp32")
        self._memo: dict[str, Any] = {}  # text_hash → vector, filled by prepare(), emptied by forget()
        self._cols: dict[str, Any] = {}  # case id → checked collection
        self.embedded = 0  # passages this index has embedded (the rest were re-used)
        if settings.chroma_url:
            self.client = _client(settings.chroma_url, True)
        else:
            settings.chroma_path.mkdir(parents=True, exist_ok=True)
            self.client = _client(str(settings.chroma_path), False)

    def model_of(self, case_id: str) -> str | None:
        """The model build that made a case's collection, or None if it has none yet."""
        try:
            col = self.client.get_collection(collection_name(case_id))
        except Exception:  # noqa: BLE001 - chromadb raises NotFoundError/ValueError by version
            return None
        return (col.metadata or {}).get("model", MODEL_ID)

    def _collection(self, case_id: str) -> Any:
        col = self._cols.get(case_id)
        if col is not None:
            return col
        built_by = self.model_of(case_id)
        if built_by is not None and built_by != self.model_id:
            raise ModelMismatchError(
                f"Case '{case_id}' was indexed with {built_by} but {self.model_id} is selected "
                f"(CHRONOLOGY_EMBEDDINGS); vectors of two models are never mixed. Either set "
                f"CHRONOLOGY_EMBEDDINGS={_kind_of(built_by)} or re-embed the case: "
                f"chronology reindex --case {case_id}")
        col = self.client.get_or_create_collection(
            collection_name(case_id), embedding_function=ChronologyMiniLM(self.kind),
            metadata={"hnsw:space": "cosine", "model": self.model_id, "case_id": case_id})
        self._cols[case_id] = col
        return col

    def check_model(self, case_id: str) -> None:
        """Raise :class:`ModelMismatchError` now (before anything is written) if the case needs another build."""
        self._collection(case_id)

    def reindex(self, case_id: str, documents: Sequence[tuple[Document, Sequence[Passage]]]) -> int:
        """Re-embed a whole case with the selected build: a fresh collection, all passages again."""
        self.delete_case(case_id)
        n = 0
        for doc, passages in documents:
            self.add(doc, passages)
            self.forget()
            n += len(passages)
        return n

    def prepare(self, case_id: str, texts: Sequence[str], reuse: dict[str, int] | None = None) -> int:
        """Have vectors ready for ``texts`` before :meth:`add`: one embed call for many documents.

        ``reuse`` maps text hashes to passage ids already in this case's collection (e.g. the same
        passage in the document's previous version); their stored vectors are re-used instead of
        re-embedding. Returns how many texts were embedded.
        """
        want: dict[str, str] = {}
        for t in texts:
            h = text_hash(t)
            if h not in self._memo:
                want[h] = t
        if not want:
            return 0
        if reuse:
            known = {h: reuse[h] for h in want if h in reuse}
            if known:
                got = self._collection(case_id).get(ids=[f"p{i}" for i in known.values()], include=["embeddings"])
                by_id = dict(zip(got["ids"], got["embeddings"]))
                for h, pid in known.items():
                    v = by_id.get(f"p{pid}")
                    if v is not None:
                        self._memo[h] = np.asarray(v, dtype=np.float32)
                        del want[h]
        if want:
            vectors = np.asarray(self.embeddings.embed_documents(list(want.values())), dtype=np.float32)
            self._memo.update(zip(want.keys(), vectors))
            self.embedded += len(want)
        return len(want)

    def forget(self) -> None:
        """Drop the vectors :meth:`prepare` kept (after the documents that needed them were added)."""
        self._memo.clear()

    def store(self, case_id: str) -> Chroma:
        """The LangChain vector store for a case (collection created first with our embedding function)."""
        self._collection(case_id)
        return Chroma(client=self.client, collection_name=collection_name(case_id),
                      embedding_function=self.embeddings)

    def add(self, doc: Document, passages: Sequence[Passage]) -> None:
        if not passages:
            return
        col = self._collection(doc.case_id)
        hashes = [text_hash(p.text) for p in passages]
        missing = [p.text for p, h in zip(passages, hashes) if h not in self._memo]
        if missing:  # not prepared (a direct call): embed now
            self.prepare(doc.case_id, missing)
        vectors = np.stack([self._memo[h] for h in hashes])
        for i in range(0, len(passages), ADD_BATCH):
            batch = passages[i:i + ADD_BATCH]
            col.add(
                ids=[f"p{p.id}" for p in batch],
                embeddings=vectors[i:i + ADD_BATCH],
                metadatas=[{"document_id": doc.id or 0, "path": doc.path, "page": p.page_number,
                            "char_start": p.char_start, "char_end": p.char_end, "source_kind": doc.source_kind}
                           for p in batch],
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

    def delete_except(self, case_id: str, document_ids: Sequence[int]) -> int:
        """Remove vectors of every document not in ``document_ids`` (orphans a killed replace left); returns how many."""
        col = self._collection(case_id)
        where: dict[str, Any] = {"document_id": {"$nin": list(document_ids) or [-1]}}
        stale = col.get(where=where, include=[])["ids"]
        if stale:
            col.delete(ids=stale)
        return len(stale)

    def delete_ids(self, case_id: str, passage_ids: Sequence[int]) -> None:
        if passage_ids:
            self._collection(case_id).delete(ids=[f"p{i}" for i in passage_ids])

    def has_case(self, case_id: str) -> bool:
        """Whether the case has a collection (without creating one)."""
        return collection_name(case_id) in {getattr(c, "name", c) for c in self.client.list_collections()}

    def delete_case(self, case_id: str) -> None:
        self._cols.pop(case_id, None)
        try:
            self.client.delete_collection(collection_name(case_id))
        except Exception:  # noqa: BLE001 - absent collection is the desired end state
            pass

    def stray_collections(self, case_ids: Iterable[str]) -> dict[str, int]:
        """Collections of cases the database no longer holds (an erasure interrupted between the two stores,
        say): collection name → vectors in it. Vectors are derived from passages of a case file, so none may linger."""
        known = {collection_name(c) for c in case_ids}
        return {c.name: c.count() for c in self.client.list_collections()
                if c.name.startswith("case-") and c.name not in known}

    def delete_collection(self, name: str) -> None:
        self._cols = {k: v for k, v in self._cols.items() if collection_name(k) != name}
        self.client.delete_collection(name)

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
