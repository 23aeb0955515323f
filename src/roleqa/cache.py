"""Embedding cache: vectors keyed by model and content hash, kept in SQLite to survive a kill."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, content_hash)
)
"""


class EmbeddingCache:
    """Vectors already computed, so an unchanged chunk is never embedded twice."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(_SCHEMA)
        self._db.commit()

    def get_many(
        self, model: str, hashes: Sequence[str], dimension: int | None = None
    ) -> dict[str, np.ndarray]:
        """The cached vectors among hashes; entries of another dimension are ignored."""
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(hashes))
        for start in range(0, len(unique), 500):
            batch = unique[start : start + 500]
            marks = ",".join("?" * len(batch))
            rows = self._db.execute(
                f"SELECT content_hash, vector FROM embeddings "
                f"WHERE model = ? AND content_hash IN ({marks})",
                (model, *batch),
            )
            for content_hash, blob in rows:
                vector = np.frombuffer(blob, dtype=np.float32)
                if dimension is None or vector.shape[0] == dimension:
                    found[content_hash] = vector
        return found

    def put_many(self, model: str, items: Iterable[tuple[str, np.ndarray]]) -> None:
        """Store vectors in one transaction."""
        rows = [(model, key, np.asarray(v, dtype=np.float32).tobytes()) for key, v in items]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)", rows)

    def close(self) -> None:
        self._db.close()
