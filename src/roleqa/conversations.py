"""Conversation state: the roles and kind of question a conversation is on, kept between turns."""

from __future__ import annotations

import json
import secrets
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

from roleqa.state_file import StateFile

HISTORY = 6
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS conversations "
    "(id TEXT PRIMARY KEY, state TEXT NOT NULL, updated REAL NOT NULL)"
)
DEFAULT_TTL = 7 * 24 * 3600.0


@dataclass(frozen=True)
class ConversationState:
    """What a follow-up question may refer to."""

    roles: tuple[str, ...] = ()
    intent: str | None = None
    history: tuple[str, ...] = field(default=())
    turns: int = 0
    options: tuple[str, ...] = ()
    listed: str | None = None
    pool: tuple[str, ...] = ()
    # the last question answered from a passage, for "do court clerks?" after "do paralegals
    # give legal advice?"
    asked: str = ""
    # the way the last turn ranked roles ('up' for the best paid), for "in postal?" after it
    direction: str | None = None

    @property
    def in_play(self) -> tuple[str, ...]:
        """The roles a follow-up may pick among: those the last turn named, when it named two
        or more, else those it ranked or compared."""
        return self.roles if len(self.roles) >= 2 else self.pool

    def after(
        self,
        roles: tuple[str, ...],
        intent: str | None,
        options: tuple[str, ...] = (),
        listed: str | None = None,
        pool: tuple[str, ...] = (),
        direction: str | None = None,
    ) -> ConversationState:
        """The state once a turn about these roles and this kind of question is answered;
        `listed` names what the turn filtered roles by ('skill'), if it listed any, and `pool`
        the roles it ranked when they were not all of them ('and the best growth of them?').
        Those stay while the conversation is on one of them. `direction` is the way the turn
        ranked roles, if it did."""
        if not pool and set(roles) <= set(self.pool):
            pool = self.pool
        elif not pool and len(self.roles) >= 2 and set(roles) < set(self.roles):
            pool = self.roles  # "the first one" of two compared keeps both for "and the second"
        if not roles:
            return ConversationState(
                self.roles,
                intent or self.intent,
                self.history,
                self.turns + 1,
                options,
                listed,
                pool,
                direction=direction,
            )
        recent = list(roles) + [pid for pid in self.history if pid not in roles]
        return ConversationState(
            roles,
            intent or self.intent,
            tuple(recent[:HISTORY]),
            self.turns + 1,
            options,
            listed,
            pool,
            direction=direction,
        )


def state_to_json(state: ConversationState) -> str:
    return json.dumps(asdict(state))


def state_from_json(text: str) -> ConversationState:
    data = json.loads(text)
    return ConversationState(
        tuple(data["roles"]),
        data["intent"],
        tuple(data["history"]),
        data["turns"],
        tuple(data.get("options", ())),
        data.get("listed"),
        tuple(data.get("pool", ())),
        data.get("asked", ""),
        data.get("direction"),
    )


def new_conversation_id() -> str:
    """A server-minted id with 128 random bits."""
    return "c_" + secrets.token_urlsafe(16)


class ConversationStore(Protocol):
    def get(self, conversation_id: str) -> ConversationState | None: ...

    def put(self, conversation_id: str, state: ConversationState) -> None: ...


class MemoryConversationStore:
    """Conversations held in this process only; for the CLI and tests."""

    def __init__(self) -> None:
        self._states: dict[str, ConversationState] = {}
        self._lock = threading.Lock()

    def get(self, conversation_id: str) -> ConversationState | None:
        with self._lock:
            return self._states.get(conversation_id)

    def put(self, conversation_id: str, state: ConversationState) -> None:
        with self._lock:
            self._states[conversation_id] = state


class SQLiteConversationStore:
    """Conversations in a SQLite file (WAL), so they survive a restart of the service.

    A file locked by another process for longer than the busy timeout is reported as
    StoreUnavailable; expired conversations are deleted as new ones are written."""

    def __init__(
        self, path: Path, ttl_seconds: float = DEFAULT_TTL, busy_timeout: float = 2.0
    ) -> None:
        self._file = StateFile(path, [_SCHEMA], "conversation", busy_timeout)
        self._writes = 0
        self.ttl = ttl_seconds

    def get(self, conversation_id: str) -> ConversationState | None:
        with self._file.reading() as db:
            row = db.execute(
                "SELECT state, updated FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
        if row is None or time.time() - row[1] > self.ttl:
            return None
        return state_from_json(row[0])

    def put(self, conversation_id: str, state: ConversationState) -> None:
        with self._file.writing() as db:
            db.execute(
                "INSERT OR REPLACE INTO conversations VALUES (?, ?, ?)",
                (conversation_id, state_to_json(state), time.time()),
            )
            self._writes += 1
            if self._writes % 1000 == 0:
                db.execute("DELETE FROM conversations WHERE updated < ?", (time.time() - self.ttl,))

    def close(self) -> None:
        self._file.close()
