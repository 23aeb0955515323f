"""The index bundle: FAISS agrees with brute force, round trips, and refuses what does not fit."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from conftest import CORPUS, SEED_VARIANTS
from roleqa.build import build_index
from roleqa.corpus import load_corpus
from roleqa.embedding import PACKAGED_MODEL_ID
from roleqa.errors import BundleMismatchError, BundleMissingError
from roleqa.index import bundle_path, load_index

QUESTIONS = [
    "which roles need Kubernetes?",
    "how much does a data analyst make?",
    "is this role entry-level friendly?",
    "certifications for machine learning engineers",
    "what does an AI safety researcher do all day",
]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for source in [*CORPUS.glob("*.txt"), *SEED_VARIANTS.glob("*.txt")]:
        shutil.copy(source, folder / source.name)
    return folder


@pytest.fixture(scope="module")
def built(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory, embedder) -> Path:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("index")
    build_index(load_corpus(corpus_dir, 1_000_000), root, PACKAGED_MODEL_ID, lambda: embedder)
    return root


def copy_bundle(root: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "bundle"
    shutil.copytree(bundle_path(root), copy)
    return copy


def test_faiss_top_k_equals_brute_force_cosine(built: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    index = load_index(built, PACKAGED_MODEL_ID)
    matrix = embedder.embed([chunk.embed_text for chunk in index.chunks])
    for question in QUESTIONS:
        query = embedder.embed([question])[0]
        cosine = matrix @ query / (np.linalg.norm(matrix, axis=1) * np.linalg.norm(query))
        expected = np.argsort(-cosine)[:10]
        hits = index.search(query, k=10)
        assert [hit.chunk.id for hit in hits] == [index.chunks[i].id for i in expected]
        assert np.allclose([hit.score for hit in hits], cosine[expected], atol=1e-4)


def test_round_trip_keeps_profiles_chunks_and_vectors(
    built: Path,
    corpus_dir: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    corpus = load_corpus(corpus_dir, 1_000_000)
    index = load_index(built, PACKAGED_MODEL_ID)
    assert list(index.profiles.values()) == list(corpus.profiles)
    assert index.manifest["counts"] == {
        "profiles": 13,
        "chunks": len(index.chunks),
        "vectors": len(index.chunks),
    }
    assert index.manifest["model"] == {
        "id": PACKAGED_MODEL_ID,
        "dimension": 384,
        "normalized": True,
    }
    assert index.manifest["corpus_digest"] == corpus.digest
    probe = index.chunks[7]
    vector = embedder.embed([probe.embed_text])[0]
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5
    top = index.search(vector, k=1)[0]
    assert top.chunk == probe and top.score > 0.999


def test_search_checks_its_arguments(built: Path) -> None:
    index = load_index(built, PACKAGED_MODEL_ID)
    with pytest.raises(ValueError, match="dimension 3, the index 384"):
        index.search(np.ones(3, dtype=np.float32))
    with pytest.raises(ValueError, match="k must be at least 1"):
        index.search(np.ones(384, dtype=np.float32), k=0)
    assert len(index.search(np.ones(384, dtype=np.float32), k=10_000)) == len(index.chunks)


def test_other_model_is_refused_with_what_to_run(built: Path) -> None:
    with pytest.raises(BundleMismatchError) as caught:
        load_index(built, "some/other-model")
    message = str(caught.value)
    assert f"was built with '{PACKAGED_MODEL_ID}', not 'some/other-model'" in message
    assert "run `roleqa build`" in message


def test_missing_index(tmp_path: Path) -> None:
    with pytest.raises(BundleMissingError, match=r"No index at .*; run `roleqa build"):
        load_index(tmp_path, PACKAGED_MODEL_ID)
    (tmp_path / "CURRENT").write_text("20990101T000000000000Z-deadbeef\n")
    with pytest.raises(
        BundleMismatchError, match="names version '20990101T000000000000Z-deadbeef'"
    ):
        load_index(tmp_path, PACKAGED_MODEL_ID)


def test_truncated_file_is_refused(built: Path, tmp_path: Path) -> None:
    bundle = copy_bundle(built, tmp_path)
    data = (bundle / "index.faiss").read_bytes()
    (bundle / "index.faiss").write_bytes(data[: len(data) // 2])
    with pytest.raises(BundleMismatchError, match="index.faiss does not match its manifest"):
        load_index(bundle, PACKAGED_MODEL_ID)
    (bundle / "index.faiss").unlink()
    with pytest.raises(BundleMismatchError, match="lacks index.faiss"):
        load_index(bundle, PACKAGED_MODEL_ID)


def test_edited_metadata_is_refused(built: Path, tmp_path: Path) -> None:
    bundle = copy_bundle(built, tmp_path)
    with open(bundle / "chunks.jsonl", "a") as file:
        file.write("{}\n")
    with pytest.raises(BundleMismatchError, match="chunks.jsonl does not match its manifest"):
        load_index(bundle, PACKAGED_MODEL_ID)


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda m: m["counts"].update(chunks=1), "chunks, its manifest says 1"),
        (lambda m: m.update(schema_version=99), "schema version 99, this roleqa reads 1"),
        (lambda m: m.pop("files"), "incomplete manifest"),
    ],
)
def test_manifest_mismatch_is_refused(built: Path, tmp_path: Path, edit, reason: str) -> None:  # type: ignore[no-untyped-def]
    bundle = copy_bundle(built, tmp_path)
    manifest = json.loads((bundle / "manifest.json").read_text())
    edit(manifest)
    (bundle / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BundleMismatchError, match=reason):
        load_index(bundle, PACKAGED_MODEL_ID)


def test_unreadable_manifest_is_refused(built: Path, tmp_path: Path) -> None:
    bundle = copy_bundle(built, tmp_path)
    (bundle / "manifest.json").write_text('{"schema_version": 1,')
    with pytest.raises(BundleMismatchError, match="manifest.json .* is not valid JSON"):
        load_index(bundle, PACKAGED_MODEL_ID)
