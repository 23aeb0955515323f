"""Concurrent encodes share batches on one model thread, and get exactly their own vectors."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from roleqa.batching import BatchingEmbedder
from roleqa.embedding import SentenceTransformerEmbedder


class SlowEmbedder:
    """An Embedder whose vectors name their text, and whose first call waits to be released,
    so that the calls behind it queue up."""

    model_id = "test/slow"
    dimension = 2

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Event()
        self.calls: list[list[str]] = []
        self.threads: set[str] = set()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.threads.add(threading.current_thread().name)
        self.started.set()
        if not self.calls:
            self.release.wait(60)
        self.calls.append(list(texts))
        if "boom" in texts:
            raise RuntimeError("the model failed")
        return np.array([[float(len(t)), float(t.count("a"))] for t in texts], dtype=np.float32)


def test_waiting_requests_are_encoded_together_on_the_model_thread() -> None:
    inner = SlowEmbedder()
    batching = BatchingEmbedder(lambda: inner, max_batch=8)
    texts = [f"question {'a' * n}" for n in range(7)]
    with ThreadPoolExecutor(8) as pool:
        # The first request holds the model thread; the rest queue up behind it.
        futures = [pool.submit(batching.embed, [texts[0]])]
        assert inner.started.wait(60)
        futures += [pool.submit(batching.embed, [text]) for text in texts[1:]]
        while batching.waiting < len(texts) - 1:
            threading.Event().wait(0.01)
        inner.release.set()
        vectors = [future.result() for future in futures]
    for text, vector in zip(texts, vectors, strict=True):
        assert vector.tolist() == [[float(len(text)), float(text.count("a"))]]
    assert len(inner.calls) == 2 and sorted(len(call) for call in inner.calls) == [1, 6]
    assert inner.threads == {"roleqa-model"}
    batching.close()


def test_a_failed_batch_fails_each_of_its_requests_and_the_next_works() -> None:
    inner = SlowEmbedder()
    inner.release.set()
    batching = BatchingEmbedder(lambda: inner)
    with pytest.raises(RuntimeError, match="the model failed"):
        batching.embed(["boom"])
    assert batching.embed(["fine"]).shape == (1, 2)
    assert batching.embed([]).shape == (0, 2)
    batching.close()


def test_a_model_that_cannot_load_is_reported_to_the_caller() -> None:
    def fail() -> SlowEmbedder:
        raise OSError("no such model")

    with pytest.raises(OSError, match="no such model"):
        BatchingEmbedder(fail)


def test_batched_vectors_equal_the_model_s_own(embedder: SentenceTransformerEmbedder) -> None:
    batching = BatchingEmbedder(lambda: embedder)
    questions = ["how much does an actuary make?", "is it entry level?", "write a poem"]
    with ThreadPoolExecutor(3) as pool:
        batched = list(pool.map(lambda q: batching.embed([q])[0], questions))
    direct = embedder.embed(questions)
    assert np.allclose(np.stack(batched), direct, atol=1e-5)
    batching.close()
