"""Visitors' verdicts on answers, and the questions roleqa could not answer, for operators."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from roleqa.state_file import StateFile

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


@dataclass(frozen=True)
class Analytics:
    """What visitors asked over a time window, for an operator."""

    since: float
    asked: int
    abstained: int
    intents: dict[str, int]
    top_questions: list[tuple[str, int]]
    top_abstained: list[tuple[str, int]]
    thumbs_down: list[tuple[str, str, int]]


def summarise(
    questions: Iterable[tuple[str, str, bool]],
    downs: Iterable[tuple[str, str]],
    since: float,
    limit: int,
) -> Analytics:
    """Count questions (newest first) and thumbs-down verdicts into the figures above; repeats
    of one question count together, shown as most recently asked."""
    asked: Counter[str] = Counter()
    declined: Counter[str] = Counter()
    intents: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for question, intent, abstained in questions:
        key = normalised(question)
        shown.setdefault(key, question)
        asked[key] += 1
        intents[intent] += 1
        if abstained:
            declined[key] += 1
    disliked: Counter[tuple[str, str]] = Counter()
    for question, answer in downs:
        disliked[(question, answer)] += 1
    return Analytics(
        since=since,
        asked=sum(asked.values()),
        abstained=sum(declined.values()),
        intents=dict(intents.most_common()),
        top_questions=[(shown[k], n) for k, n in asked.most_common(limit)],
        top_abstained=[(shown[k], n) for k, n in declined.most_common(limit)],
        thumbs_down=[(q, a, n) for (q, a), n in disliked.most_common(limit)],
    )


def normalised(question: str) -> str:
    """The form under which repeats of one question are counted together."""
    return " ".join(question.lower().split()).rstrip("?!. ")


class FeedbackStore(Protocol):
    def add(self, feedback: Feedback) -> int: ...

    def asked(
        self, question: str, intent: str, abstained: bool, index_version: str | None
    ) -> None: ...

    def analytics(self, since: float, limit: int = 10) -> Analytics: ...

    def recent(self, limit: int = 20) -> list[Stored]: ...

    def troubles(self, limit: int = 20) -> list[Trouble]: ...

    def counts(self) -> dict[str, int]: ...

    def close(self) -> None: ...


_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS feedback ("
    "id INTEGER PRIMARY KEY AUTOINCREMENT, created REAL NOT NULL, "
    "conversation_id TEXT, question TEXT NOT NULL, asked TEXT NOT NULL, "
    "answer TEXT NOT NULL, rating TEXT NOT NULL CHECK (rating IN ('up', 'down')), "
    "roles TEXT NOT NULL, intent TEXT, abstained INTEGER NOT NULL, "
    "index_version TEXT, comment TEXT)",
    "CREATE TABLE IF NOT EXISTS questions ("
    "id INTEGER PRIMARY KEY AUTOINCREMENT, created REAL NOT NULL, "
    "question TEXT NOT NULL, asked TEXT NOT NULL, intent TEXT NOT NULL, "
    "abstained INTEGER NOT NULL, index_version TEXT)",
    "CREATE INDEX IF NOT EXISTS questions_created ON questions (created)",
)


class SQLiteFeedbackStore:
    """Feedback and the questions asked, in one SQLite file (WAL), safe across threads."""

    def __init__(self, path: Path, busy_timeout: float = 2.0) -> None:
        self._file = StateFile(path, _SCHEMA, "feedback", busy_timeout)

    def add(self, feedback: Feedback) -> int:
        """Store one verdict; returns its id."""
        with self._file.writing() as db:
            cursor = db.execute(
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

    def asked(self, question: str, intent: str, abstained: bool, index_version: str | None) -> None:
        """Note a question asked, its kind, and whether roleqa declined to answer it."""
        row = (time.time(), question, normalised(question), intent, int(abstained), index_version)
        with self._file.writing() as db:
            db.execute(
                "INSERT INTO questions (created, question, asked, intent, abstained, "
                "index_version) VALUES (?, ?, ?, ?, ?, ?)",
                row,
            )

    def analytics(self, since: float, limit: int = 10) -> Analytics:
        """What was asked since a time: top questions, abstentions, thumbs down, intents."""
        with self._file.reading() as db:
            questions = db.execute(
                "SELECT question, intent, abstained FROM questions WHERE created >= ? "
                "ORDER BY id DESC",
                (since,),
            ).fetchall()
            downs = db.execute(
                "SELECT question, answer FROM feedback WHERE rating = 'down' AND created >= ? "
                "ORDER BY id DESC",
                (since,),
            ).fetchall()
        return summarise(
            ((q, i, bool(a)) for q, i, a in questions), [(q, a) for q, a in downs], since, limit
        )

    def recent(self, limit: int = 20) -> list[Stored]:
        """The latest verdicts, newest first."""
        with self._file.reading() as db:
            rows = db.execute(
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
        with self._file.reading() as db:
            rows = db.execute(
                "SELECT asked, MAX(question), SUM(abstained), SUM(down), MAX(created) FROM ("
                "  SELECT asked, question, 1 AS abstained, 0 AS down, created FROM questions"
                "  WHERE abstained = 1"
                "  UNION ALL"
                "  SELECT asked, question, 0, 1, created FROM feedback WHERE rating = 'down'"
                ") GROUP BY asked ORDER BY SUM(abstained) + SUM(down) DESC, MAX(created) DESC "
                "LIMIT ?",
                (limit,),
            ).fetchall()
        return [Trouble(row[1], row[2], row[3], row[4]) for row in rows]

    def counts(self) -> dict[str, int]:
        with self._file.reading() as db:
            up, down = db.execute(
                "SELECT COALESCE(SUM(rating = 'up'), 0), COALESCE(SUM(rating = 'down'), 0) "
                "FROM feedback"
            ).fetchone()
            (abstentions,) = db.execute(
                "SELECT COUNT(*) FROM questions WHERE abstained = 1"
            ).fetchone()
        return {"up": int(up), "down": int(down), "abstained": int(abstentions)}

    def close(self) -> None:
        self._file.close()
