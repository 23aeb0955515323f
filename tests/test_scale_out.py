"""Several processes with Redis: shared conversations, swaps on every worker, Redis outages."""

from __future__ import annotations

import json
import os
import signal
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from conftest import CORPUS, SEED, build, seed_as
from roleqa.embedding import SentenceTransformerEmbedder
from servers import Asking, RedisServer, RoleqaServer

TOKEN = "s" * 24


def _pids_by_request(log: Path) -> dict[str, int]:
    pids = {}
    for line in log.read_text().splitlines():
        if line.startswith("{"):
            entry = json.loads(line)
            pids[entry["request_id"]] = entry["pid"]
    return pids


def test_two_workers_share_conversations_and_swap_together(
    tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for name in ("actuary.md", "statistician.md", "data-scientist.md"):
        (corpus / name).write_bytes((CORPUS / name).read_bytes())
    (corpus / SEED.name).write_bytes(SEED.read_bytes())
    first = build(corpus, index, embedder)
    redis = RedisServer(tmp_path / "redis").start()
    env = {
        "ROLEQA_REDIS_URL": redis.url,
        "ROLEQA_WORKERS": "2",
        "ROLEQA_ADMIN_TOKEN": TOKEN,
        "ROLEQA_RATE_PER_CLIENT": "0",
    }
    server = RoleqaServer(index, tmp_path / "state", env=env).start()
    # A second service on its own port, as on another machine, sharing the same Redis.
    other_env = {"ROLEQA_REDIS_URL": redis.url, "ROLEQA_RATE_PER_CLIENT": "0"}
    other = RoleqaServer(index, tmp_path / "other", env=other_env).start()
    try:
        conversation = None
        turns = ["how much does an actuary make?", "and a statistician?", "is it entry level?"]
        for number in range(12):
            # Alternate services, and a new connection each time so workers take turns too.
            base = (server, other)[number % 2].base_url
            reply = httpx.post(
                f"{base}/v1/ask",
                json={"question": turns[number % 3], "conversation_id": conversation},
                headers={"X-Request-ID": f"turn-{number}"},
                timeout=30,
            )
            assert reply.status_code == 200, reply.text
            body = reply.json()
            if number % 3 == 0:
                conversation = body["conversation_id"]
                assert body["roles"][0]["id"] == "actuary"
            else:
                assert body["conversation_id"] == conversation and body.get("notice") is None
                assert body["roles"][0]["id"] == "statistician", body
        # a request's log line is written once its answer is sent, so the last may lag
        wanted = {f"turn-{n}" for n in range(12)}
        deadline = time.monotonic() + 30
        pids = _pids_by_request(server.log) | _pids_by_request(other.log)
        while not wanted <= pids.keys() and time.monotonic() < deadline:
            time.sleep(0.1)
            pids = _pids_by_request(server.log) | _pids_by_request(other.log)
        assert len({pids[request] for request in wanted}) >= 2
        assert server.log.read_text().count("Started server process") == 2
        health = httpx.get(f"{server.base_url}/healthz", timeout=30).json()
        cores = os.cpu_count() or 1
        assert health["process"]["supervised"] is True
        assert health["process"]["encoder_threads"] == max(1, cores // 2)

        (corpus / SEED.name).write_text(seed_as("Senior ML Engineer", "$230K"))
        second = build(corpus, index, embedder)
        swap = httpx.post(
            f"{server.base_url}/v1/admin/reload",
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=60,
        )
        assert swap.status_code == 200, swap.text
        assert swap.json()["restarting_workers"] is True and swap.json()["current"] == second
        deadline = time.monotonic() + 120
        seen: set[str] = set()
        # Workers are replaced one at a time: done once two new processes serve the new version
        # and none answers with the old one.
        old_pids = {pids[request] for request in wanted}
        while time.monotonic() < deadline:
            served = [httpx.get(f"{server.base_url}/healthz", timeout=30).json() for _ in range(12)]
            versions = {health["index"]["version"] for health in served}
            seen |= versions
            fresh = {health["process"]["pid"] for health in served} - old_pids
            if versions == {second} and len(fresh) >= 2:
                break
            time.sleep(0.5)
        else:
            pytest.fail(f"workers still serve {seen - {second}}")
        assert first in seen or second in seen

        assert server.process is not None
        server.process.send_signal(signal.SIGHUP)  # a restart with nothing new changes nothing
        time.sleep(1)
        reply = httpx.post(
            f"{server.base_url}/v1/ask",
            json={"question": "how much does a senior ml engineer make?"},
            timeout=30,
        )
        assert reply.status_code == 200 and "$230K" in reply.json()["answer"]
    finally:
        server.stop()
        other.stop()
        redis.stop()


def test_with_redis_down_questions_are_answered_alone_then_context_returns(
    tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for name in ("actuary.md", "statistician.md"):
        (corpus / name).write_bytes((CORPUS / name).read_bytes())
    build(corpus, index, embedder)
    redis = RedisServer(tmp_path / "redis").start()
    server = RoleqaServer(index, tmp_path / "state", env={"ROLEQA_REDIS_URL": redis.url}).start()
    try:
        with httpx.Client(base_url=server.base_url, timeout=30) as client:
            start = client.post("/v1/ask", json={"question": "how much does an actuary make?"})
            conversation = start.json()["conversation_id"]
            redis.stop()
            alone = client.post(
                "/v1/ask", json={"question": "and a statistician?", "conversation_id": conversation}
            )
            assert alone.status_code == 200
            body = alone.json()
            assert "context is unavailable" in body["notice"]
            assert body["conversation_id"] == conversation
            assert body["intent"] == "overview"  # without context, not "the salary, again"
            single = client.post("/v1/ask", json={"question": "how much does a statistician make?"})
            assert single.status_code == 200 and "$103,300" in single.json()["answer"]
            feedback = client.post(
                "/v1/feedback", json={"question": "q", "answer": "a", "rating": "up"}
            )
            assert (
                feedback.status_code == 503 and "Redis did not answer" in feedback.json()["detail"]
            )

            redis.start()
            fresh = client.post("/v1/ask", json={"question": "how much does an actuary make?"})
            follow = client.post(
                "/v1/ask",
                json={"question": "and a statistician?",
                      "conversation_id": fresh.json()["conversation_id"]},
            )  # fmt: skip
            assert follow.json().get("notice") is None and "$103,300" in follow.json()["answer"]
    finally:
        server.stop()
        redis.stop()


def test_redis_stopped_and_restarted_under_load(
    tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / SEED.name).write_bytes(SEED.read_bytes())
    build(corpus, index, embedder)
    redis = RedisServer(tmp_path / "redis").start()
    env = {
        "ROLEQA_REDIS_URL": redis.url,
        "ROLEQA_RATE_PER_CLIENT": "0",
        "ROLEQA_RATE_PER_CONVERSATION": "0",
        # One conversation asks throughout; it must not reach the turn limit and start afresh.
        "ROLEQA_MAX_TURNS": "1000000",
    }
    server = RoleqaServer(index, tmp_path / "state", env=env).start()
    try:
        with Asking(server.base_url) as load:
            time.sleep(1)
            redis.stop()
            time.sleep(2)
            redis.start()
            time.sleep(2)
        statuses = Counter(status for status, _, _ in load.replies)
        notices = [notice for _, _, notice in load.replies]
        assert load.errors == [] and statuses and set(statuses) == {200}, statuses
        unavailable = [n for n in notices if n and "context is unavailable" in n]
        assert unavailable, "no reply noticed that Redis was down"
        assert notices[-1] is None  # back to normal once Redis returned
    finally:
        server.stop()
        redis.stop()
