"""Rate limits and the metrics that count them, in process and over a real server."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from conftest import SEED
from roleqa.build import build_index
from roleqa.corpus import load_corpus
from roleqa.embedding import PACKAGED_MODEL_ID
from roleqa.limits import MemoryRateLimiter
from servers import RoleqaServer


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_sliding_window_refuses_then_lets_through_again() -> None:
    clock = Clock()
    limiter = MemoryRateLimiter(3, 60.0, clock)
    assert all(limiter.hit("a").allowed for _ in range(3))
    refused = limiter.hit("a")
    assert not refused.allowed and refused.retry_after == 60
    assert limiter.hit("b").allowed  # another client is not held back
    clock.now += 30
    assert limiter.hit("a").retry_after == 30
    clock.now += 30.5
    assert limiter.hit("a").allowed


def test_a_limit_must_make_sense() -> None:
    with pytest.raises(ValueError, match="limit >= 1"):
        MemoryRateLimiter(0)


def test_rate_limits_answer_429_and_metrics_count_what_happened(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / SEED.name).write_bytes(SEED.read_bytes())
    build_index(load_corpus(corpus, 1_000_000), index, PACKAGED_MODEL_ID, lambda: embedder)
    env = {"ROLEQA_RATE_PER_CONVERSATION": "2", "ROLEQA_RATE_PER_CLIENT": "6"}
    server = RoleqaServer(index, tmp_path / "state", env=env).start()
    try:
        with httpx.Client(base_url=server.base_url, timeout=30) as client:
            first = client.post("/v1/ask", json={"question": "how much does it pay?",
                                                 "role": "senior-ml-engineer"})  # fmt: skip
            assert first.status_code == 200 and first.headers["x-request-id"]
            conversation = first.json()["conversation_id"]
            turn = {"question": "is it entry-level friendly?", "conversation_id": conversation}
            # The turn that starts a conversation has no id yet: two more fit in the limit.
            assert client.post("/v1/ask", json=turn).status_code == 200
            assert client.post("/v1/ask", json=turn).status_code == 200
            limited = client.post("/v1/ask", json=turn)
            assert limited.status_code == 429
            assert "in this conversation" in limited.json()["detail"]
            assert 1 <= int(limited.headers["retry-after"]) <= 60
            # New conversations from the same address have room, up to the address's limit.
            statuses = [
                client.post("/v1/ask", json={"question": "what's the weather?"}).status_code
                for _ in range(3)
            ]
            assert statuses == [200, 200, 429]
            traced = client.get("/healthz", headers={"X-Request-ID": "trace-123"})
            assert traced.headers["x-request-id"] == "trace-123"
            metrics = client.get("/metrics").text
            assert 'roleqa_answers_total{intent="salary"} 1.0' in metrics
            assert "roleqa_abstentions_total 2.0" in metrics
            assert 'roleqa_refused_total{reason="rate"} 2.0' in metrics
            assert 'roleqa_requests_total{route="/v1/ask",status="429"} 2.0' in metrics
            assert 'roleqa_index_info{version="' in metrics
            assert "roleqa_request_seconds_bucket" in metrics
        log = server.log.read_text()
        assert '"request_id": "trace-123"' in log and '"path": "/healthz"' in log
    finally:
        server.stop()
