"""One contract for every state store: SQLite by default, Redis when several processes serve."""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from roleqa.conversations import ConversationState, ConversationStore, SQLiteConversationStore
from roleqa.errors import StoreUnavailable
from roleqa.feedback import Feedback, FeedbackStore, SQLiteFeedbackStore
from servers import RedisServer

KINDS = ["sqlite", "redis"]


@pytest.fixture
def flush(redis_server: RedisServer) -> Iterator[None]:
    from roleqa.redis_stores import connect

    client = connect(redis_server.url)
    client.flushdb()
    yield
    client.close()


def conversation_stores(
    kind: str, tmp_path: Path, redis_server: RedisServer
) -> Callable[[float], ConversationStore]:
    """Opens a store on the same data each time it is called, as another process would."""
    if kind == "sqlite":
        return lambda ttl: SQLiteConversationStore(tmp_path / "c.sqlite3", ttl)
    from roleqa.redis_stores import RedisConversationStore, connect

    return lambda ttl: RedisConversationStore(connect(redis_server.url), ttl)


def feedback_stores(
    kind: str, tmp_path: Path, redis_server: RedisServer
) -> Callable[[], FeedbackStore]:
    if kind == "sqlite":
        return lambda: SQLiteFeedbackStore(tmp_path / "f.sqlite3")
    from roleqa.redis_stores import RedisFeedbackStore, connect

    return lambda: RedisFeedbackStore(connect(redis_server.url))


STATE = ConversationState(
    roles=("actuary", "statistician"),
    intent="salary",
    history=("actuary", "statistician", "data-scientist"),
    turns=3,
    options=("database-architect", "computer-network-architect"),
    listed="skill",
    pool=("database-architect", "database-administrator", "data-warehousing-specialist"),
)


@pytest.mark.parametrize("kind", KINDS)
def test_a_conversation_round_trips_and_is_shared(
    kind: str, tmp_path: Path, redis_server: RedisServer, flush: None
) -> None:
    open_store = conversation_stores(kind, tmp_path, redis_server)
    first, second = open_store(3600), open_store(3600)
    key = "c_" + uuid.uuid4().hex
    assert first.get(key) is None
    first.put(key, STATE)
    assert second.get(key) == STATE
    later = STATE.after(("data-scientist",), "growth")
    second.put(key, later)
    assert first.get(key) == later


@pytest.mark.parametrize("kind", KINDS)
def test_old_conversations_expire(
    kind: str, tmp_path: Path, redis_server: RedisServer, flush: None
) -> None:
    store = conversation_stores(kind, tmp_path, redis_server)(1)
    store.put("c_old", STATE)
    time.sleep(2.1)
    assert store.get("c_old") is None


@pytest.mark.parametrize("kind", KINDS)
def test_feedback_is_kept_counted_and_ranked(
    kind: str, tmp_path: Path, redis_server: RedisServer, flush: None
) -> None:
    open_store = feedback_stores(kind, tmp_path, redis_server)
    store, other = open_store(), open_store()
    first = store.add(Feedback("How much does an actuary make?", "$125,770", "up", ("actuary",)))
    second = other.add(Feedback("Is it remote?", "…", "down", ("actuary",), "c_1", "free_form"))
    assert second > first
    store.asked("is it remote", "out_of_scope", True, "v1")
    store.asked("Is it remote?!", "out_of_scope", True, "v1")
    other.asked("what's the weather?", "out_of_scope", True, "v1")
    recent = other.recent(10)
    assert [item.rating for item in recent] == ["down", "up"]
    assert recent[0].roles == ("actuary",) and recent[0].conversation_id == "c_1"
    assert recent[0].intent == "free_form" and recent[0].created > 0
    troubles = store.troubles(10)
    assert (troubles[0].total, troubles[0].abstained, troubles[0].thumbs_down) == (3, 2, 1)
    assert troubles[1].question == "what's the weather?"
    assert store.counts() == {"up": 1, "down": 1, "abstained": 3}
    assert len(store.recent(1)) == 1
    other.asked("How much does an actuary make?", "salary", False, "v1")
    other.asked("how much does an ACTUARY make", "salary", False, "v1")
    report = store.analytics(time.time() - 60)
    assert (report.asked, report.abstained) == (5, 3)
    assert report.intents == {"out_of_scope": 3, "salary": 2}
    assert report.top_questions[0] == ("is it remote", 2) or report.top_questions[0][1] == 2
    assert report.top_abstained[0] == ("Is it remote?!", 2)
    assert report.thumbs_down == [("Is it remote?", "…", 1)]
    assert store.analytics(time.time() + 60).asked == 0


def test_a_locked_sqlite_file_is_unavailable_not_a_hang(tmp_path: Path) -> None:
    store = SQLiteConversationStore(tmp_path / "c.sqlite3", busy_timeout=0.2)
    holder = sqlite3.connect(tmp_path / "c.sqlite3")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreUnavailable, match="cannot be written"):
            store.put("c_x", STATE)
    finally:
        holder.rollback()
        holder.close()
    store.put("c_x", STATE)
    assert store.get("c_x") == STATE


def test_redis_down_is_unavailable_and_comes_back(tmp_path: Path) -> None:
    from roleqa.redis_stores import RedisConversationStore, RedisRateLimiter, connect

    server = RedisServer(tmp_path / "redis").start()
    client = connect(server.url)
    store = RedisConversationStore(client)
    limiter = RedisRateLimiter(client, 1, 60.0, "test")
    store.put("c_x", STATE)
    assert limiter.hit("me").allowed and not limiter.hit("me").allowed
    server.stop()
    with pytest.raises(StoreUnavailable, match="Redis did not answer"):
        store.get("c_x")
    assert limiter.hit("me").allowed  # limits fail open: questions do not need Redis
    server.start()
    assert store.get("c_x") is None  # a fresh Redis: the state went with it
    store.put("c_x", STATE)
    assert store.get("c_x") == STATE
    server.stop()


def test_redis_rate_limit_is_shared_between_clients(redis_server: RedisServer, flush: None) -> None:
    from roleqa.redis_stores import RedisRateLimiter, connect

    one = RedisRateLimiter(connect(redis_server.url), 3, 60.0, "shared")
    two = RedisRateLimiter(connect(redis_server.url), 3, 60.0, "shared")
    verdicts = [limiter.hit("1.2.3.4") for limiter in (one, two, one, two)]
    assert [v.allowed for v in verdicts] == [True, True, True, False]
    assert 1 <= verdicts[-1].retry_after <= 60
    assert one.hit("5.6.7.8").allowed
