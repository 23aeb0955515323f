"""Building: incremental embedding, unchanged corpora, pruning, and nothing touched on failure."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import SEED_VARIANTS, seed_as
from roleqa.build import build_index
from roleqa.chunking import chunk_profile
from roleqa.corpus import load_corpus
from roleqa.embedding import PACKAGED_MODEL_ID
from roleqa.errors import CorpusError, ModelError
from roleqa.index import current_version, load_index

LIMIT = 1_000_000


class CountingEmbedder:
    """The real embedder, counting what it is asked to embed."""

    def __init__(self, inner, model_id: str = PACKAGED_MODEL_ID) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner
        self.model_id = model_id
        self.dimension = inner.dimension
        self.texts = 0

    def embed(self, texts):  # type: ignore[no-untyped-def]
        self.texts += len(texts)
        return self.inner.embed(texts)


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for source in sorted(SEED_VARIANTS.glob("*.txt"))[:6]:
        shutil.copy(source, folder / source.name)
    return folder


def build(corpus_dir: Path, root: Path, embedder, **options):  # type: ignore[no-untyped-def]
    return build_index(
        load_corpus(corpus_dir, LIMIT), root, PACKAGED_MODEL_ID, lambda: embedder, **options
    )


def test_incremental_rebuild_counts(corpus_dir: Path, tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "index"
    counting = CountingEmbedder(embedder)

    first = build(corpus_dir, root, counting)
    assert first.changed and first.profiles == 6
    assert first.embedded == first.chunks == counting.texts
    assert first.reused == 0

    again = build(corpus_dir, root, counting)
    assert not again.changed
    assert again.embedded == 0 and again.version == first.version
    assert counting.texts == first.chunks

    before = {
        c.content_hash for p in load_corpus(corpus_dir, LIMIT).profiles for c in chunk_profile(p)
    }
    edited = corpus_dir / "003_mlops-engineer.txt"
    edited.write_text(edited.read_text().replace("$171,500", "$172,000"))
    after = {
        c.content_hash for p in load_corpus(corpus_dir, LIMIT).profiles for c in chunk_profile(p)
    }

    third = build(corpus_dir, root, counting)
    assert third.changed and third.version != first.version
    assert third.embedded == len(after - before) == 2  # key facts and the salary FAQ answer
    assert third.reused == third.chunks - 2
    assert counting.texts == first.chunks + 2
    profile = load_index(root, PACKAGED_MODEL_ID).profiles["mlops-engineer"]
    assert profile.median_salary is not None and profile.median_salary.usd == 172_000


def test_forced_rebuild_writes_a_version_without_embedding(
    corpus_dir: Path,
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    root = tmp_path / "index"
    first = build(corpus_dir, root, embedder)
    counting = CountingEmbedder(embedder)
    forced = build(corpus_dir, root, counting, force=True)
    assert forced.changed and forced.version != first.version
    assert forced.embedded == 0 and counting.texts == 0
    assert current_version(root) == forced.version


def test_old_versions_are_pruned(corpus_dir: Path, tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "index"
    versions = [
        build(corpus_dir, root, embedder, force=True, keep_versions=2).version for _ in range(4)
    ]
    kept = sorted(path.name for path in (root / "versions").iterdir())
    assert kept == versions[-2:]
    assert current_version(root) == versions[-1]


def test_a_corpus_with_no_usable_profile_changes_nothing(
    corpus_dir: Path,
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    root = tmp_path / "index"
    live = build(corpus_dir, root, embedder).version
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_text(seed_as("Data Analyst", "lots"))
    with pytest.raises(CorpusError, match="None of the 1 profile files .* could be parsed"):
        build(bad, root, embedder)
    assert current_version(root) == live
    assert load_index(root, PACKAGED_MODEL_ID).version == live


def test_a_different_embedder_is_refused(corpus_dir: Path, tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ModelError, match="Embedder is 'other', expected"):
        build(corpus_dir, tmp_path / "index", CountingEmbedder(embedder, model_id="other"))
    assert current_version(tmp_path / "index") is None


def test_a_damaged_live_version_is_rebuilt(corpus_dir: Path, tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "index"
    first = build(corpus_dir, root, embedder)
    (root / "versions" / first.version / "index.faiss").write_bytes(b"garbage")
    again = build(corpus_dir, root, embedder)
    assert again.changed and again.embedded == 0
    assert load_index(root, PACKAGED_MODEL_ID).version == again.version
