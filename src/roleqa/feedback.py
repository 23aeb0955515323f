"""Visitors' verdicts on answers, and the questions roleqa could not answer, for operators."""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from roleqa.errors import StoreUnavailable

Rating = Literal["up", "down"]


@dataclass(frozen=True)
class Feedback:
    """A thumbs up or down on one answer, with what was asked and answered."""

    question: str
    answer: str
    rating: Rating
    roles: tuple[str, ...] = ()
    conversation_id: str | None = None
    intent: str | None = None
    abstained: bool = False
    index_version: str | None = None
    comment: str | None = None
    created: float = 0.0


@dataclass(frozen=True)
class Stored(Feedback):
    id: int = 0


@dataclass(frozen=True)
class Trouble:
    """A question that visitors asked and roleqa abstained on, or that got thumbs down."""

    question: str
    abstained: int
    thumbs_down: int
    last_seen: float

    @property
    def total(self) -> int:
        return self.abstained + self.thumbs_down


def normalised(question: str) -> str:
    """The form under which repeats of one question are counted together."""
    return " ".join(question.lower().split()).rstrip("?!. ")


class FeedbackStore(Protocol):
    def add(self, feedback: Feedback) -> int: ...

    def abstained(self, question: str, index_version: str | None) -> None: ...

    def recent(self, limit: int = 20) -> list[Stored]: ...

    def troubles(self, limit: int = 20) -> list[Trouble]: ...

    def counts(self) -> dict[str, int]: ...

    def close(self) -> None: ...


class SQLiteFeedbackStore:
    """Feedback and abstained questions in one SQLite file (WAL), safe across threads."""

    def __init__(self, path: Path, busy_timeout: float = 2.0) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, timeout=busy_timeout, check_same_thread=False)
        self._lock = threading.Lock()
        with self._lock, self._db:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS feedback ("
                "id INTEGER PRIMARY KEY AUTOINCREMENT, created REAL NOT NULL, "
                "conversation_id TEXT, question TEXT NOT NULL, asked TEXT NOT NULL, "
                "answer TEXT NOT NULL, rating TEXT NOT NULL CHECK (rating IN ('up', 'down')), "
                "roles TEXT NOT NULL, intent TEXT, abstained INTEGER NOT NULL, "
                "index_version TEXT, comment TEXT)"
            )
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS abstentions ("
                "id INTEGER PRIMARY KEY AUTOINCREMENT, created REAL NOT NULL, "
                "question TEXT NOT NULL, asked TEXT NOT NULL, index_version TEXT)"
            )

    def add(self, feedback: Feedback) -> int:
        """Store one verdict; returns its id."""
        try:
            return self._add(feedback)
        except sqlite3.OperationalError as exc:
            raise StoreUnavailable(f"The feedback store cannot be written: {exc}.") from None

    def _add(self, feedback: Feedback) -> int:
        with self._lock, self._db:
            cursor = self._db.execute(
                "INSERT INTO feedback (created, conversation_id, question, asked, answer, rating, "
                "roles, intent, abstained, index_version, comment) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    feedback.created or time.time(),
                    feedback.conversation_id,
                    feedback.question,
                    normalised(feedback.question),
                    feedback.answer,
                    feedback.rating,
                    ",".join(feedback.roles),
                    feedback.intent,
                    int(feedback.abstained),
                    feedback.index_version,
                    feedback.comment,
                ),
            )
        return int(cursor.lastrowid or 0)

    def abstained(self, question: str, index_version: str | None) -> None:
        """Note a question that roleqa declined to answer."""
        try:
            with self._lock, self._db:
                self._db.execute(
                    "INSERT INTO abstentions (created, question, asked, index_version) "
                    "VALUES (?, ?, ?, ?)",
                    (time.time(), question, normalised(question), index_version),
                )
        except sqlite3.OperationalError as exc:
            raise StoreUnavailable(f"The feedback store cannot be written: {exc}.") from None

    def recent(self, limit: int = 20) -> list[Stored]:
        """The latest verdicts, newest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, created, conversation_id, question, answer, rating, roles, intent, "
                "abstained, index_version, comment FROM feedback ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [
            Stored(
                id=row[0],
                created=row[1],
                conversation_id=row[2],
                question=row[3],
                answer=row[4],
                rating=row[5],
                roles=tuple(filter(None, row[6].split(","))),
                intent=row[7],
                abstained=bool(row[8]),
                index_version=row[9],
                comment=row[10],
            )
            for row in rows
        ]

    def troubles(self, limit: int = 20) -> list[Trouble]:
        """Questions most often abstained on or voted down, most frequent first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT asked, MAX(question), SUM(abstained), SUM(down), MAX(created) FROM ("
                "  SELECT asked, question, 1 AS abstained, 0 AS down, created FROM abstentions"
                "  UNION ALL"
                "  SELECT asked, question, 0, 1, created FROM feedback WHERE rating = 'down'"
                ") GROUP BY asked ORDER BY SUM(abstained) + SUM(down) DESC, MAX(created) DESC "
                "LIMIT ?",
                (limit,),
            ).fetchall()
        return [Trouble(row[1], row[2], row[3], row[4]) for row in rows]

    def counts(self) -> dict[str, int]:
        with self._lock:
            up, down = self._db.execute(
                "SELECT COALESCE(SUM(rating = 'up'), 0), COALESCE(SUM(rating = 'down'), 0) "
                "FROM feedback"
            ).fetchone()
            (abstentions,) = self._db.execute("SELECT COUNT(*) FROM abstentions").fetchone()
        return {"up": int(up), "down": int(down), "abstained": int(abstentions)}

    def close(self) -> None:
        self._db.close()
