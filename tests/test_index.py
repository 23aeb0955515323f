"""The index bundle: FAISS agrees with brute force, round trips, and refuses what does not fit."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from conftest import CORPUS, SEED_VARIANTS
from roleqa.build import build_index
from roleqa.chunking import Chunk
from roleqa.corpus import load_corpus
from roleqa.embedding import PACKAGED_MODEL_ID
from roleqa.errors import BundleMismatchError, BundleMissingError
from roleqa.index import bundle_path, load_index, write_bundle
from roleqa.profiles import Profile

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


def synthetic_bundle(root: Path, count: int, approximate_from: int) -> tuple[Path, np.ndarray]:
    """A bundle of `count` seeded random unit vectors, ten chunks to a profile."""
    vectors = np.random.default_rng(7).normal(size=(count, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    profiles = [
        Profile(id=f"role-{n}", title=f"Role {n}", source_file="-") for n in range(count // 10)
    ]
    chunks = [
        Chunk(f"role-{n // 10}#part-{n}", f"role-{n // 10}", f"Role {n // 10}", "Summary",
              f"part-{n}", f"passage {n}")
        for n in range(count)
    ]  # fmt: skip
    manifest = {
        "model": {"id": PACKAGED_MODEL_ID, "dimension": 384, "normalized": True},
        "counts": {"profiles": len(profiles), "chunks": count, "vectors": count},
    }
    path = write_bundle(root, "v1", profiles, chunks, vectors, manifest, approximate_from)
    return path, vectors


def test_bundle_above_the_threshold_is_approximate_and_finds_its_own_vectors(
    tmp_path: Path,
) -> None:
    path, vectors = synthetic_bundle(tmp_path / "index", 10_000, approximate_from=5_000)
    index = load_index(path, PACKAGED_MODEL_ID)
    entry = index.manifest["index"]
    assert entry["type"] == "ivf_flat" and entry["approximate_from"] == 5_000
    # Fewer lists searched than there are: the search is approximate, not exhaustive.
    assert entry["nprobe"] == 64 < entry["nlist"]
    for number in range(0, len(vectors), 7):
        top = index.search(vectors[number], k=1)[0]
        assert top.chunk == index.chunks[number] and top.score > 0.999
    assert len(index.search(vectors[3], k=10)) == 10


def test_bundle_below_the_threshold_is_exact(tmp_path: Path) -> None:
    path, _ = synthetic_bundle(tmp_path / "index", 1_000, approximate_from=1_001)
    assert load_index(path, PACKAGED_MODEL_ID).manifest["index"]["type"] == "flat"


def test_approximate_builds_are_repeatable(tmp_path: Path) -> None:
    first, _ = synthetic_bundle(tmp_path / "a", 4_000, approximate_from=1)
    second, _ = synthetic_bundle(tmp_path / "b", 4_000, approximate_from=1)
    digests = [json.loads((p / "manifest.json").read_text())["files"] for p in (first, second)]
    assert digests[0]["index.faiss"] == digests[1]["index.faiss"]


def test_threshold_chooses_the_index_of_a_build_and_survives_the_round_trip(
    corpus_dir: Path,
    built: Path,
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    root = tmp_path / "index"
    shutil.copytree(built, root)
    assert load_index(root, PACKAGED_MODEL_ID).manifest["index"]["type"] == "flat"
    corpus = load_corpus(corpus_dir, 1_000_000)
    # Same corpus, lower threshold: a new version, now approximate.
    report = build_index(corpus, root, PACKAGED_MODEL_ID, lambda: embedder, approximate_from=50)
    assert report.changed and report.embedded == 0
    index = load_index(root, PACKAGED_MODEL_ID)
    assert index.manifest["index"]["type"] == "ivf_flat"
    probe = index.chunks[5]
    top = index.search(embedder.embed([probe.embed_text])[0], k=1)[0]
    assert top.chunk == probe and top.score > 0.999
    again = build_index(corpus, root, PACKAGED_MODEL_ID, lambda: embedder, approximate_from=50)
    assert not again.changed and again.version == report.version


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("hnsw", "holds a 'hnsw' index, which this roleqa does not read"),
        ("ivf_flat", "holds a IndexFlatIP, its manifest says 'ivf_flat'"),
    ],
)
def test_index_of_another_kind_than_its_manifest_is_refused(
    built: Path, tmp_path: Path, kind: str, reason: str
) -> None:
    bundle = copy_bundle(built, tmp_path)
    manifest = json.loads((bundle / "manifest.json").read_text())
    manifest["index"]["type"] = kind
    (bundle / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BundleMismatchError, match=reason):
        load_index(bundle, PACKAGED_MODEL_ID)


@pytest.mark.parametrize("approximate_from", [1, 1_000_000])
def test_a_profiles_own_chunks_are_all_scored_exactly(
    tmp_path: Path, approximate_from: int
) -> None:
    """A question about one role looks at every chunk of it, exact or approximate index."""
    path, vectors = synthetic_bundle(tmp_path / "index", 2_000, approximate_from)
    index = load_index(path, PACKAGED_MODEL_ID)
    query = vectors[123]
    hits = index.search_profile(query, "role-12")
    assert [hit.chunk.profile_id for hit in hits] == ["role-12"] * 10
    expected = sorted(range(120, 130), key=lambda n: -float(vectors[n] @ query))
    assert [hit.chunk.id for hit in hits] == [f"role-12#part-{n}" for n in expected]
    assert hits[0].score > 0.999
    assert index.search_profile(query, "no-such-role") == []
