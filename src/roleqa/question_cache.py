"""Question vectors kept in memory: visitors repeat questions, and a repeated text need not
be encoded again.

The cache sits in front of the model thread and is keyed by the exact text the engine encodes,
so it returns the very vector that text was given the first time. It is bounded: the least
recently used entry goes first.

It is not warmed at start: the questions the widget and the answers offer (starters,
suggestions) are answered from profile fields without any encode, so warming would cache
nothing. What it saves is the encode of a free-form question asked again.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import numpy as np

from roleqa.embedding import Embedder, InFront


class QuestionCache(InFront):
    """An Embedder that remembers the vectors of the last `capacity` texts it encoded."""

    def __init__(self, inner: Embedder, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.inner = inner
        self.capacity = capacity
        self.hits = 0
        self.misses = 0
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def size(self) -> int:
        """Vectors held now (not __len__: an empty cache is still an embedder, and truthy)."""
        return len(self._vectors)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for texts; only the ones not cached are encoded, in one call."""
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for text in texts:
                vector = self._vectors.get(text)
                if vector is not None:
                    self._vectors.move_to_end(text)
                    found[text] = vector
            missing = list(dict.fromkeys(text for text in texts if text not in found))
            self.hits += len(texts) - len(missing)  # a text repeated in one call is one miss
            self.misses += len(missing)
        if missing:
            # Encoded outside the lock: other engine threads keep reading the cache meanwhile.
            encoded = self.inner.embed(missing)
            with self._lock:
                for text, vector in zip(missing, encoded, strict=True):
                    kept = np.array(vector, dtype=np.float32)
                    kept.setflags(write=False)
                    self._vectors[text] = found[text] = kept
                    self._vectors.move_to_end(text)
                while len(self._vectors) > self.capacity:
                    self._vectors.popitem(last=False)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([found[text] for text in texts])


class OncePerQuestion(InFront):
    """An Embedder that encodes a text at most once while one question is answered.

    Answering a question may look for its vector in several places (the profile's FAQ, the
    profile's own passages, every passage); within `question()` the first encode of a text is
    remembered on the asking thread and forgotten when the answer is done. Outside it, every
    call goes straight to `inner`."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self._local = threading.local()

    @contextmanager
    def question(self) -> Iterator[None]:
        self._local.vectors = {}
        try:
            yield
        finally:
            self._local.vectors = None

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        vectors: dict[str, np.ndarray] | None = getattr(self._local, "vectors", None)
        if vectors is None:
            return self.inner.embed(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        missing = list(dict.fromkeys(text for text in texts if text not in vectors))
        if missing:
            vectors.update(zip(missing, self.inner.embed(missing), strict=True))
        return np.stack([vectors[text] for text in texts])


def past_the_cache(embedder: Embedder) -> Embedder:
    """The embedder behind any question cache in front of it, for texts that are not
    visitors' questions: they still go through the model's own thread, but are not kept."""
    while isinstance(embedder, QuestionCache | OncePerQuestion):
        embedder = embedder.inner
    return embedder
