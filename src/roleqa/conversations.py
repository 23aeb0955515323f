"""Conversation state: the roles and kind of question a conversation is on, kept between turns."""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

HISTORY = 6


@dataclass(frozen=True)
class ConversationState:
    """What a follow-up question may refer to."""

    roles: tuple[str, ...] = ()
    intent: str | None = None
    history: tuple[str, ...] = field(default=())
    turns: int = 0
    options: tuple[str, ...] = ()
    listed: str | None = None

    def after(
        self,
        roles: tuple[str, ...],
        intent: str | None,
        options: tuple[str, ...] = (),
        listed: str | None = None,
    ) -> ConversationState:
        """The state once a turn about these roles and this kind of question is answered;
        `listed` names what the turn filtered roles by ('skill'), if it listed any."""
        if not roles:
            return ConversationState(
                self.roles, intent or self.intent, self.history, self.turns + 1, options, listed
            )
        recent = list(roles) + [pid for pid in self.history if pid not in roles]
        return ConversationState(
            roles, intent or self.intent, tuple(recent[:HISTORY]), self.turns + 1, options, listed
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
    """Conversations in a SQLite file (WAL), so they survive a restart of the service."""

    def __init__(self, path: Path, ttl_seconds: float = 7 * 24 * 3600) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, timeout=10, check_same_thread=False)
        self._lock = threading.Lock()
        self.ttl = ttl_seconds
        with self._lock, self._db:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS conversations "
                "(id TEXT PRIMARY KEY, state TEXT NOT NULL, updated REAL NOT NULL)"
            )

    def get(self, conversation_id: str) -> ConversationState | None:
        with self._lock:
            row = self._db.execute(
                "SELECT state, updated FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
        if row is None or time.time() - row[1] > self.ttl:
            return None
        data = json.loads(row[0])
        return ConversationState(
            tuple(data["roles"]),
            data["intent"],
            tuple(data["history"]),
            data["turns"],
            tuple(data.get("options", ())),
            data.get("listed"),
        )

    def put(self, conversation_id: str, state: ConversationState) -> None:
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO conversations VALUES (?, ?, ?)",
                (conversation_id, json.dumps(asdict(state)), time.time()),
            )

    def close(self) -> None:
        self._db.close()
