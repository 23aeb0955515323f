"""Shared fixtures: the real packaged model, the repository's corpus and sample profiles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "000-senior-ml-engineer.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_VARIANTS = FIXTURES / "seed_variants"


@pytest.fixture(scope="session", autouse=True)
def onnx_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The packaged model exported to ONNX once for the run, and shared (ROLEQA_ONNX_DIR) with
    every `roleqa` process the tests start, so none of them spends its start-up exporting."""
    from roleqa.embedding import model_folder
    from roleqa.onnx_encoder import exported_model

    folder = tmp_path_factory.mktemp("onnx")
    packaged = model_folder("all-MiniLM-L6-v2")
    assert packaged is not None
    exported_model(packaged, folder, "fp32")
    os.environ["ROLEQA_ONNX_DIR"] = str(folder)
    return folder


@pytest.fixture(scope="session")
def embedder(onnx_dir: Path):  # type: ignore[no-untyped-def]
    """The packaged all-MiniLM-L6-v2 on the default backend, loaded once for the whole run."""
    from roleqa.embedding import load_embedder
    from roleqa.settings import DEFAULT_MODEL, Settings

    backend = Settings.model_fields["backend"].default
    return load_embedder(DEFAULT_MODEL, backend, onnx_dir=onnx_dir)


@pytest.fixture(scope="session")
def torch_embedder():  # type: ignore[no-untyped-def]
    """The packaged all-MiniLM-L6-v2 run by sentence-transformers itself."""
    from roleqa.embedding import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder("all-MiniLM-L6-v2")


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def seed_as(title: str, salary: str = "$215K") -> str:
    """The seed document rewritten for another title (and salary), still in the seed layout."""
    text = SEED.read_text(encoding="utf-8")
    return text.replace("Senior ML Engineer", title).replace("$215K", salary)


@pytest.fixture
def seed_corpus(tmp_path: Path) -> Path:
    """A corpus folder holding only the seed document."""
    folder = tmp_path / "seed-corpus"
    folder.mkdir()
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    return folder


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A real redis-server for the whole run."""
    from servers import RedisServer

    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield server
    server.stop()


def build(corpus: Path, index: Path, embedder) -> str:  # type: ignore[no-untyped-def]
    """Build the index of a corpus folder with the session's model; the new version."""
    from roleqa.build import build_index
    from roleqa.corpus import load_corpus
    from roleqa.embedding import PACKAGED_MODEL_ID

    return build_index(
        load_corpus(corpus, 1_000_000), index, PACKAGED_MODEL_ID, lambda: embedder
    ).version
