"""Per-client rate limits: a sliding window of requests per key (an IP, a conversation)."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0


class RateLimiter(Protocol):
    def hit(self, key: str) -> Verdict:
        """Count one request for key; refuse it when the window is full."""
        ...


class MemoryRateLimiter:
    """At most `limit` requests per `window` seconds per key, in this process."""

    def __init__(self, limit: int, window: float = 60.0, clock=time.monotonic) -> None:  # type: ignore[no-untyped-def]
        if limit < 1 or window <= 0:
            raise ValueError(f"a rate limit needs limit >= 1 and window > 0, not {limit}/{window}")
        self.limit = limit
        self.window = window
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> Verdict:
        now = self.clock()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return Verdict(False, max(1, math.ceil(hits[0] + self.window - now)))
            hits.append(now)
            if len(self._hits) > 100_000:
                self._forget(now)
            return Verdict(True)

    def _forget(self, now: float) -> None:
        """Drop keys whose window has passed, so idle clients do not hold memory."""
        for key in [
            k for k, hits in self._hits.items() if not hits or hits[-1] <= now - self.window
        ]:
            del self._hits[key]


@dataclass(frozen=True)
class Limits:
    """What one client may ask of the service, and how much work may wait at once."""

    per_client: RateLimiter | None = None
    per_conversation: RateLimiter | None = None
    max_pending: int = 64
