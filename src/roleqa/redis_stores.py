"""Conversations, feedback and rate limits in Redis, shared by every process that serves.

The only module that imports redis. Every call has a short timeout, and a Redis that does not
answer becomes StoreUnavailable; the client reconnects by itself on the next call, so the
service recovers when Redis returns.
"""

from __future__ import annotations

import json
import math
import secrets
import time
from dataclasses import asdict
from typing import Any

import redis

from roleqa.conversations import DEFAULT_TTL, ConversationState, state_from_json, state_to_json
from roleqa.errors import StoreUnavailable
from roleqa.feedback import Analytics, Feedback, Stored, Trouble, normalised, summarise
from roleqa.limits import Verdict

PREFIX = "roleqa:"


def connect(url: str, timeout: float = 0.5) -> redis.Redis:
    """A client for ROLEQA_REDIS_URL; nothing is sent until the first call."""
    return redis.Redis.from_url(
        url,
        socket_timeout=timeout,
        socket_connect_timeout=timeout,
        health_check_interval=10,
        decode_responses=True,
    )


def _unavailable(what: str, exc: Exception) -> StoreUnavailable:
    return StoreUnavailable(f"Redis did not answer for {what}: {exc}.")


class RedisConversationStore:
    """Conversation states as JSON strings that expire after the TTL."""

    def __init__(self, client: redis.Redis, ttl_seconds: float = DEFAULT_TTL) -> None:
        self.client = client
        self.ttl = int(ttl_seconds)

    def get(self, conversation_id: str) -> ConversationState | None:
        try:
            text = self.client.get(PREFIX + "conversation:" + conversation_id)
        except redis.RedisError as exc:
            raise _unavailable("a conversation", exc) from None
        return state_from_json(str(text)) if text is not None else None

    def put(self, conversation_id: str, state: ConversationState) -> None:
        try:
            self.client.set(
                PREFIX + "conversation:" + conversation_id, state_to_json(state), ex=self.ttl
            )
        except redis.RedisError as exc:
            raise _unavailable("a conversation", exc) from None


class RedisFeedbackStore:
    """Verdicts in a capped list, and per-question counts of abstentions and thumbs down."""

    KEEP = 100_000

    def __init__(self, client: redis.Redis) -> None:
        self.client = client

    def add(self, feedback: Feedback) -> int:
        try:
            number = int(self.client.incr(PREFIX + "feedback:id"))
            record = {**asdict(feedback), "id": number, "created": feedback.created or time.time()}
            with self.client.pipeline() as pipe:
                pipe.lpush(PREFIX + "feedback", json.dumps(record))
                pipe.ltrim(PREFIX + "feedback", 0, self.KEEP - 1)
                pipe.hincrby(PREFIX + "feedback:counts", feedback.rating, 1)
                if feedback.rating == "down":
                    self._trouble(pipe, feedback.question, "down", record["created"])
                pipe.execute()
        except redis.RedisError as exc:
            raise _unavailable("feedback", exc) from None
        return number

    def asked(self, question: str, intent: str, abstained: bool, index_version: str | None) -> None:
        now = time.time()
        event = {"created": now, "question": question, "intent": intent, "abstained": abstained}
        try:
            with self.client.pipeline() as pipe:
                pipe.lpush(PREFIX + "questions", json.dumps(event))
                pipe.ltrim(PREFIX + "questions", 0, self.KEEP - 1)
                if abstained:
                    pipe.hincrby(PREFIX + "feedback:counts", "abstained", 1)
                    self._trouble(pipe, question, "abstained", now)
                pipe.execute()
        except redis.RedisError as exc:
            raise _unavailable("feedback", exc) from None

    def analytics(self, since: float, limit: int = 10) -> Analytics:
        try:
            events = self.client.lrange(PREFIX + "questions", 0, -1)
            verdicts = self.client.lrange(PREFIX + "feedback", 0, -1)
        except redis.RedisError as exc:
            raise _unavailable("feedback", exc) from None
        questions = []
        for text in events:
            event = json.loads(str(text))
            if event["created"] < since:
                break  # newest first
            questions.append((event["question"], event["intent"], bool(event["abstained"])))
        downs = []
        for text in verdicts:
            verdict = json.loads(str(text))
            if verdict["created"] < since:
                break
            if verdict["rating"] == "down":
                downs.append((verdict["question"], verdict["answer"]))
        return summarise(questions, downs, since, limit)

    def _trouble(self, pipe: Any, question: str, kind: str, when: float) -> None:
        asked = normalised(question)
        key = PREFIX + "trouble:" + asked
        pipe.zincrby(PREFIX + "troubles", 1, asked)
        pipe.hincrby(key, kind, 1)
        pipe.hset(key, mapping={"question": question, "last_seen": when})

    def recent(self, limit: int = 20) -> list[Stored]:
        try:
            rows = self.client.lrange(PREFIX + "feedback", 0, limit - 1)
        except redis.RedisError as exc:
            raise _unavailable("feedback", exc) from None
        stored = []
        for row in rows:
            data = json.loads(str(row))
            data["roles"] = tuple(data["roles"])
            stored.append(Stored(**data))
        return stored

    def troubles(self, limit: int = 20) -> list[Trouble]:
        try:
            asked = self.client.zrevrange(PREFIX + "troubles", 0, limit - 1)
            with self.client.pipeline() as pipe:
                for key in asked:
                    pipe.hgetall(PREFIX + "trouble:" + str(key))
                details = pipe.execute()
        except redis.RedisError as exc:
            raise _unavailable("feedback", exc) from None
        troubles = [
            Trouble(
                str(d.get("question", key)),
                int(d.get("abstained", 0)),
                int(d.get("down", 0)),
                float(d.get("last_seen", 0)),
            )
            for key, d in zip(asked, details, strict=True)
        ]
        return sorted(troubles, key=lambda t: (-t.total, -t.last_seen))

    def counts(self) -> dict[str, int]:
        try:
            counts = self.client.hgetall(PREFIX + "feedback:counts")
        except redis.RedisError as exc:
            raise _unavailable("feedback", exc) from None
        return {name: int(counts.get(name, 0)) for name in ("up", "down", "abstained")}

    def close(self) -> None:
        self.client.close()


class RedisRateLimiter:
    """A sliding window per key in a sorted set, shared by every worker and machine.

    When Redis does not answer, requests are let through: a limit is protection, and the
    questions themselves do not need Redis."""

    def __init__(
        self, client: redis.Redis, limit: int, window: float = 60.0, name: str = ""
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError(f"a rate limit needs limit >= 1 and window > 0, not {limit}/{window}")
        self.client = client
        self.limit = limit
        self.window = window
        self.name = name
        self._script = client.register_script(_SLIDING_WINDOW)

    def hit(self, key: str) -> Verdict:
        now = time.time()
        slot = PREFIX + f"rate:{self.name}:{key}"
        member = f"{now:.6f}:{secrets.token_hex(4)}"
        try:
            allowed, oldest = self._script(keys=[slot], args=[now, self.window, self.limit, member])
        except redis.RedisError:
            return Verdict(True)
        if int(allowed):
            return Verdict(True)
        return Verdict(False, max(1, math.ceil(float(oldest) + self.window - now)))


# One round trip, atomic across every client of the same Redis.
_SLIDING_WINDOW = """
local slot, now, window, limit = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', slot, 0, now - window)
if redis.call('ZCARD', slot) >= limit then
  local oldest = redis.call('ZRANGE', slot, 0, 0, 'WITHSCORES')
  return {0, oldest[2]}
end
redis.call('ZADD', slot, now, ARGV[4])
redis.call('EXPIRE', slot, math.ceil(window) + 1)
return {1, '0'}
"""
