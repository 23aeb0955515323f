"""Concurrent questions share encoder batches: one thread owns the model and encodes whatever
is waiting, in one call.

The model thread takes the first waiting request, then everything that queued behind it (up to
`max_batch` texts), and encodes them together. Nothing waits for a batch to fill: on an idle
machine a question is encoded at once, and under load the questions that arrive while one batch
encodes make up the next, so throughput approaches the batched encoder's.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future

import numpy as np

from roleqa.embedding import Embedder, InFront

_STOP = object()


class BatchingEmbedder(InFront):
    """An Embedder that hands every text to one model thread, which encodes them in batches."""

    def __init__(
        self,
        load: Callable[[], Embedder],
        max_batch: int = 32,
        on_model_thread: Callable[[], None] = lambda: None,
    ) -> None:
        if max_batch < 1:
            raise ValueError(f"max_batch must be at least 1, not {max_batch}")
        self.max_batch = max_batch
        self._requests: queue.SimpleQueue[object] = queue.SimpleQueue()
        self.batches = 0
        self.texts = 0
        loaded: Future[Embedder] = Future()
        self._thread = threading.Thread(
            target=self._run, args=(load, on_model_thread, loaded), name="roleqa-model", daemon=True
        )
        self._thread.start()
        self.inner = loaded.result()  # the model's own errors surface here

    @property
    def waiting(self) -> int:
        """Requests queued for the model thread right now."""
        return self._requests.qsize()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        done: Future[np.ndarray] = Future()
        self._requests.put((list(texts), done))
        return done.result()

    def close(self) -> None:
        self._requests.put(_STOP)
        self._thread.join(timeout=30)

    def _run(
        self,
        load: Callable[[], Embedder],
        on_model_thread: Callable[[], None],
        loaded: Future[Embedder],
    ) -> None:
        try:
            on_model_thread()
            embedder = load()
        except BaseException as exc:  # handed to the caller of __init__, not swallowed
            loaded.set_exception(exc)
            return
        loaded.set_result(embedder)
        while True:
            first = self._requests.get()
            if first is _STOP:
                return
            batch = [first]
            size = len(first[0])  # type: ignore[index]
            while size < self.max_batch:
                try:
                    more = self._requests.get_nowait()
                except queue.Empty:
                    break
                if more is _STOP:
                    self._requests.put(_STOP)
                    break
                batch.append(more)
                size += len(more[0])  # type: ignore[index]
            self._encode(embedder, batch)  # type: ignore[arg-type]

    def _encode(
        self, embedder: Embedder, batch: list[tuple[list[str], Future[np.ndarray]]]
    ) -> None:
        texts = [text for request, _ in batch for text in request]
        try:
            vectors = embedder.embed(texts)
        except BaseException as exc:
            for _, done in batch:
                done.set_exception(exc)
            return
        self.batches += 1
        self.texts += len(texts)
        start = 0
        for request, done in batch:
            done.set_result(vectors[start : start + len(request)])
            start += len(request)
