"""The draft embeds each statement text once per case and model, ever: stored vectors are read back.

Real ingest, real MiniLM, real store; the embedding function only counts what it is asked to embed.
"""

from __future__ import annotations

from sqlalchemy import create_engine, func, inspect, select, text

from chronology import schema
from chronology.draft import Drafter
from chronology.entries import EntryStore
from chronology.migrations import migrate
from chronology.statement_vectors import StatementVectors
from chronology.store import text_hash
from ingest.pipeline import Ingestor
from tests.helpers import CountingEmbeddings, make_case_folder

CASE = "re-x"


def _signature(store) -> list[tuple]:
    return sorted((e.date or "", e.time or "", e.text, tuple(sorted(e.flags)),
                   tuple(sorted((c.document, c.page, c.char_start, c.char_end) for c in e.citations)))
                  for e in EntryStore(store).list(CASE))


def _stored(store) -> int:
    sv = schema.statement_vectors
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(sv).where(sv.c.case_id == CASE)).scalar_one()


def test_a_redraft_embeds_nothing_and_drafts_the_same(workspace, tmp_path):
    Ingestor(workspace.store, workspace.index).ingest(make_case_folder(tmp_path / "case"), CASE)
    emb = CountingEmbeddings()
    drafter = Drafter(workspace.store, embed=emb.embed_documents)
    first = drafter.draft(CASE)
    assert emb.texts, "the sample folder has statements to compare on one day"
    assert len(emb.texts) == len(set(emb.texts)) == drafter.embedded == _stored(workspace.store)
    before = _signature(workspace.store)

    emb.texts.clear()
    again = Drafter(workspace.store, embed=emb.embed_documents).draft(CASE)  # a new process would do the same
    assert emb.texts == []  # every statement vector was read back from the store
    assert (again.entries, again.merged) == (first.entries, first.merged)
    assert _signature(workspace.store) == before


def test_stored_vectors_are_the_models_own_numbers(workspace):
    workspace.store.ensure_case(CASE)
    emb = CountingEmbeddings()
    kept = StatementVectors(workspace.store, CASE, emb.model_id, emb.embed_documents)
    texts = ["The social worker visited the family home on 3 March.", "Police attended after a report of shouting."]
    fresh = kept.vectors(texts)
    assert emb.texts == texts
    read = StatementVectors(workspace.store, CASE, emb.model_id, emb.embed_documents).vectors(texts + texts[:1])
    assert emb.texts == texts  # nothing embedded the second time
    assert read == fresh == dict(zip(texts, emb.embed_documents(texts)))  # bit for bit
    other = StatementVectors(workspace.store, CASE, "another/build", emb.embed_documents)
    assert other.stored(text_hash(t) for t in texts) == {}
    assert other.drop_other_models() == 2 and _stored(workspace.store) == 0


def test_a_custom_embed_function_is_called_and_nothing_is_stored(workspace, tmp_path):
    """Without a known model build a vector cannot be keyed, so none is stored (and none is trusted)."""
    Ingestor(workspace.store, workspace.index).ingest(make_case_folder(tmp_path / "case"), CASE)
    emb = CountingEmbeddings()
    calls: list[str] = []

    def embed(texts: list[str]) -> list[list[float]]:
        calls.extend(texts)
        return emb.embed_documents(texts)

    Drafter(workspace.store, embed=embed).draft(CASE)
    assert calls and _stored(workspace.store) == 0


def test_m006_adds_statement_vectors_to_an_old_store(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE statement_vectors"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version = 6"))
    assert migrate(engine) == [6]
    assert inspect(engine).has_table("statement_vectors")
    assert migrate(engine) == []
