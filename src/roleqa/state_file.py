"""A SQLite file that keeps service state (conversations, feedback), shared by threads and
processes."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from roleqa.errors import StoreUnavailable


class StateFile:
    """WAL, a busy timeout, one lock for this process's threads, and a file that stays locked
    past the timeout reported as StoreUnavailable rather than a hang or a bare sqlite error."""

    def __init__(self, path: Path, schema: Sequence[str], what: str, busy_timeout: float) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.what = what
        self._db = sqlite3.connect(path, timeout=busy_timeout, check_same_thread=False)
        self._lock = threading.Lock()
        with self.writing() as db:
            db.execute("PRAGMA journal_mode=WAL")
            # Durable across a crash of the process; a power cut may lose the last writes, and a
            # sync on every answer would cost more than the answer.
            db.execute("PRAGMA synchronous=NORMAL")
            for statement in schema:
                db.execute(statement)

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        try:
            with self._lock:
                yield self._db
        except sqlite3.OperationalError as exc:
            raise StoreUnavailable(f"The {self.what} store cannot be read: {exc}.") from None

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One transaction, committed on leaving."""
        try:
            with self._lock, self._db:
                yield self._db
        except sqlite3.OperationalError as exc:
            raise StoreUnavailable(f"The {self.what} store cannot be written: {exc}.") from None

    def close(self) -> None:
        self._db.close()
