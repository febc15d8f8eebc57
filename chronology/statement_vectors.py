"""The draft's statement vectors, kept in the store so no statement text is ever embedded twice.

Merging compares the vectors of dated statements (see ``chronology/draft.py``). A statement's
vector is a pure function of the model build and its exact text, so it is computed once, stored
in ``statement_vectors`` keyed by (case, model id, sha256 of the text), and read back by every later
draft of the case: re-drafting after a review, a filter or a new document embeds only statements
it has never seen. Vectors are stored exactly as the model returned them (float32), so a re-draft
compares the same numbers as the first draft did and its output is the same. Rows belong to the
case (purged with it); a case re-embedded with another build simply stops reading the old rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np
from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError

from chronology import schema
from chronology.store import Store, text_hash

Embed = Callable[[list[str]], list[list[float]]]
LOOKUP_BATCH = 500  # hashes per SELECT … IN (…)


class StatementVectors:
    """Stored statement vectors of one case and one model build, embedding only what is missing."""

    def __init__(self, store: Store, case_id: str, model_id: str, embed: Embed):
        self.store = store
        self.case_id = case_id
        self.model_id = model_id
        self.embed = embed
        self.embedded = 0  # texts this object sent to the model (the rest were read back)

    def stored(self, hashes: Iterable[str]) -> dict[str, list[float]]:
        """text hash → stored vector, for the hashes this case already has under this model."""
        sv = schema.statement_vectors
        wanted = sorted(set(hashes))
        found: dict[str, list[float]] = {}
        with self.store.engine.connect() as conn:
            for i in range(0, len(wanted), LOOKUP_BATCH):
                rows = conn.execute(select(sv.c.text_hash, sv.c.vector).where(
                    sv.c.case_id == self.case_id, sv.c.model == self.model_id,
                    sv.c.text_hash.in_(wanted[i:i + LOOKUP_BATCH])))
                for h, blob in rows:
                    found[h] = np.frombuffer(blob, dtype="<f4").tolist()
        return found

    def vectors(self, texts: Sequence[str]) -> dict[str, list[float]]:
        """text → vector for every text: stored ones read back, the rest embedded in one call and stored."""
        unique = list(dict.fromkeys(texts))
        if not unique:
            return {}
        hashes = {t: text_hash(t) for t in unique}
        known = self.stored(hashes.values())
        missing = [t for t in unique if hashes[t] not in known]
        if missing:
            fresh = self.embed(missing)
            self.embedded += len(missing)
            rows = [{"case_id": self.case_id, "model": self.model_id, "text_hash": hashes[t],
                     "vector": np.asarray(v, dtype="<f4").tobytes()} for t, v in zip(missing, fresh)]
            self._insert(rows)
            for t, v in zip(missing, fresh):
                known[hashes[t]] = np.asarray(v, dtype="<f4").tolist()  # the stored numbers, as a re-draft reads them
        return {t: known[hashes[t]] for t in unique}

    def _insert(self, rows: list[dict]) -> None:
        """Store new vectors; a concurrent draft of the same case may have stored some meanwhile (same values)."""
        try:
            with self.store.transaction() as conn:
                conn.execute(insert(schema.statement_vectors), rows)
        except IntegrityError:
            there = self.stored(r["text_hash"] for r in rows)
            rest = [r for r in rows if r["text_hash"] not in there]
            if rest:
                with self.store.transaction() as conn:
                    conn.execute(insert(schema.statement_vectors), rest)

    def drop_other_models(self) -> int:
        """Remove this case's vectors made by another build (after a reindex they are never read)."""
        sv = schema.statement_vectors
        with self.store.transaction() as conn:
            return conn.execute(delete(sv).where(sv.c.case_id == self.case_id, sv.c.model != self.model_id)).rowcount
