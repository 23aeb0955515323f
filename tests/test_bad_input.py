"""Bad input over real HTTP: each case gets the right 4xx or a proper answer, and the service
keeps serving."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from conftest import CORPUS
from roleqa.build import build_index
from roleqa.corpus import load_corpus
from roleqa.embedding import PACKAGED_MODEL_ID, SentenceTransformerEmbedder
from servers import RoleqaServer


@pytest.fixture(scope="module")
def client(
    tmp_path_factory: pytest.TempPathFactory, embedder: SentenceTransformerEmbedder
) -> Iterator[httpx.Client]:
    root = tmp_path_factory.mktemp("bad-input")
    build_index(load_corpus(CORPUS, 1_000_000), root / "index", PACKAGED_MODEL_ID, lambda: embedder)
    env = {"ROLEQA_RATE_PER_CLIENT": "0", "ROLEQA_RATE_PER_CONVERSATION": "0"}
    server = RoleqaServer(root / "index", root / "state", env=env).start()
    with httpx.Client(base_url=server.base_url, timeout=30) as http:
        yield http
    server.stop()


def _json(body: Any) -> tuple[bytes, str]:
    return json.dumps(body).encode(), "application/json"


# (name, method, path, body bytes, content type, expected status)
CASES: list[tuple[str, str, str, bytes, str, int]] = [
    ("no body", "POST", "/v1/ask", b"", "application/json", 422),
    ("empty object", "POST", "/v1/ask", *_json({}), 422),
    ("empty question", "POST", "/v1/ask", *_json({"question": ""}), 422),
    ("whitespace question", "POST", "/v1/ask", *_json({"question": " \t\n "}), 422),
    ("1001 characters", "POST", "/v1/ask", *_json({"question": "a" * 1001}), 422),
    ("10,000 characters", "POST", "/v1/ask", *_json({"question": "b" * 10_000}), 422),
    ("1 MB body", "POST", "/v1/ask", *_json({"question": "c" * 1_000_000}), 413),
    ("invalid JSON", "POST", "/v1/ask", b'{"question": ', "application/json", 422),
    ("JSON array", "POST", "/v1/ask", *_json(["how much?"]), 422),
    ("JSON string", "POST", "/v1/ask", *_json("how much?"), 422),
    ("question a number", "POST", "/v1/ask", *_json({"question": 42}), 422),
    ("question null", "POST", "/v1/ask", *_json({"question": None}), 422),
    ("question a list", "POST", "/v1/ask", *_json({"question": ["a"]}), 422),
    ("question an object", "POST", "/v1/ask", *_json({"question": {"a": 1}}), 422),
    ("question a boolean", "POST", "/v1/ask", *_json({"question": True}), 422),
    ("conversation id a number", "POST", "/v1/ask",
     *_json({"question": "hi", "conversation_id": 7}), 422),
    ("conversation id of 10 kB", "POST", "/v1/ask",
     *_json({"question": "hi", "conversation_id": "c" * 10_000}), 422),
    ("role of 201 characters", "POST", "/v1/ask", *_json({"question": "hi", "role": "r" * 201}),
     422),
    ("role a number", "POST", "/v1/ask", *_json({"question": "hi", "role": 3}), 422),
    ("invalid UTF-8", "POST", "/v1/ask", b'{"question": "\xff\xfe salary"}', "application/json",
     422),
    ("not JSON at all", "POST", "/v1/ask", b"question=salary", "application/x-www-form-urlencoded",
     422),
    ("deeply nested", "POST", "/v1/ask", b'{"question": ' + b"[" * 5000 + b"]" * 5000 + b"}",
     "application/json", 422),
    ("GET on ask", "GET", "/v1/ask", b"", "", 405),
    ("POST on roles", "POST", "/v1/roles", b"", "", 405),
    ("unknown path", "GET", "/v1/nothing", b"", "", 404),
    ("unknown role", "GET", "/v1/roles/nope", b"", "", 404),
    ("role id of 10 kB", "GET", "/v1/roles/" + "x" * 10_000, b"", "", 404),
    ("path traversal", "GET", "/v1/roles/..%2F..%2Fetc%2Fpasswd", b"", "", 404),
    ("feedback bad rating", "POST", "/v1/feedback",
     *_json({"question": "q", "answer": "a", "rating": "meh"}), 422),
    ("feedback missing fields", "POST", "/v1/feedback", *_json({"rating": "up"}), 422),
    ("feedback of 1 MB", "POST", "/v1/feedback",
     *_json({"question": "q", "answer": "a" * 1_000_000, "rating": "up"}), 413),
    ("admin without a token", "POST", "/v1/admin/reload", b"", "", 404),
]  # fmt: skip

# Questions that are odd but valid: each gets a proper answer (maybe an abstention).
ODD_QUESTIONS = [
    "how much does a data scientist make?\x00",
    "🤖💰 salary of a data scientist? 🚀",
    "ما هو راتب عالم البيانات؟",
    "<script>alert(1)</script> how much does an actuary make?",
    "'; DROP TABLE conversations; --",
    "???",
    "how much\tdoes an\nactuary make?",
    "how\u200b much does a statistician make?",
    "sаlary of a data scientist",  # a Cyrillic "а"
    "a" * 1000,
]


@pytest.mark.parametrize(
    ("name", "method", "path", "body", "content_type", "status"), CASES, ids=[c[0] for c in CASES]
)
def test_bad_request_gets_a_clear_json_error(
    client: httpx.Client,
    name: str,
    method: str,
    path: str,
    body: bytes,
    content_type: str,
    status: int,
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    reply = client.request(method, path, content=body, headers=headers)
    assert reply.status_code == status, reply.text[:300]
    detail = reply.json()["detail"]
    assert isinstance(detail, str) and detail, reply.text[:300]
    assert client.get("/readyz").status_code == 200


@pytest.mark.parametrize("question", ODD_QUESTIONS)
def test_odd_questions_get_a_proper_answer(client: httpx.Client, question: str) -> None:
    reply = client.post("/v1/ask", json={"question": question})
    assert reply.status_code == 200, reply.text[:300]
    body = reply.json()
    assert body["answer"] and body["conversation_id"].startswith("c_")
    assert "<script>" not in body["answer"] and "DROP TABLE" not in body["answer"]
    if body["abstained"]:
        assert body["citations"] == [] and body["suggestions"]


def test_unknown_or_foreign_conversation_ids_start_a_new_one(client: httpx.Client) -> None:
    for given in ("c_notonewehavemade", "", "../../etc/passwd", "c_" + "A" * 22):
        turn = {"question": "is it entry level?", "conversation_id": given, "role": "actuary"}
        reply = client.post("/v1/ask", json=turn)
        assert reply.status_code == 200
        body = reply.json()
        assert body["conversation_id"] != given and body["roles"][0]["id"] == "actuary"
        if given:
            assert "new one has started" in body["notice"]


def test_an_unknown_page_role_is_ignored_not_an_error(client: httpx.Client) -> None:
    reply = client.post("/v1/ask", json={"question": "how much does it pay?", "role": "nope"})
    assert reply.status_code == 200
    assert reply.json()["intent"] == "clarify"


def test_the_service_still_answers_after_everything(client: httpx.Client) -> None:
    reply = client.post("/v1/ask", json={"question": "how much does an actuary make?"})
    assert reply.status_code == 200 and "$125,770" in reply.json()["answer"]


def test_a_streamed_body_over_the_limit_is_refused_too(client: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"question": "'
        for _ in range(40):
            yield b"x" * 1000
        yield b'"}'

    reply = client.post("/v1/ask", content=chunks(), headers={"Content-Type": "application/json"})
    assert reply.status_code == 413 and "larger than" in reply.json()["detail"]
    assert client.get("/readyz").status_code == 200
