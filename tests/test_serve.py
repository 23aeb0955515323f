"""The real `roleqa serve` process over an index of the repository's corpus, spoken to over HTTP."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from conftest import CORPUS, FIXTURES, ROOT
from roleqa.build import build_index
from roleqa.corpus import load_corpus
from roleqa.embedding import PACKAGED_MODEL_ID, SentenceTransformerEmbedder
from roleqa.profiles import profile_to_dict
from servers import STARTUP_TIMEOUT, RoleqaServer


@dataclass(frozen=True)
class Served:
    client: httpx.Client
    version: str
    state: Path


@pytest.fixture(scope="module")
def served(
    tmp_path_factory: pytest.TempPathFactory, embedder: SentenceTransformerEmbedder
) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("serve")
    index = root / "index"
    report = build_index(load_corpus(CORPUS, 1_000_000), index, PACKAGED_MODEL_ID, lambda: embedder)
    server = RoleqaServer(index, root / "state").start()
    try:
        with httpx.Client(base_url=server.base_url, timeout=10) as client:
            yield Served(client, report.version, server.state)
    finally:
        server.stop()


def test_healthz_shows_the_loaded_manifest(served: Served) -> None:
    response = served.client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["index"]["version"] == served.version
    assert body["index"]["model"]["id"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert body["index"]["counts"]["profiles"] == len(load_corpus(CORPUS, 1_000_000).profiles)


def test_readyz_names_the_index_version(served: Served) -> None:
    response = served.client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["index_version"] == served.version


def test_roles_are_listed(served: Served) -> None:
    response = served.client.get("/v1/roles")
    assert response.status_code == 200
    body = response.json()
    assert body["index_version"] == served.version
    roles = {role["id"]: role for role in body["roles"]}
    assert roles["senior-ml-engineer"]["title"] == "Senior ML Engineer"
    assert roles["senior-ml-engineer"]["track"] == "ML Engineering"


def test_role_profile_has_every_field(served: Served) -> None:
    response = served.client.get("/v1/roles/senior-ml-engineer")
    assert response.status_code == 200
    profile = response.json()
    assert profile["id"] == "senior-ml-engineer"
    assert profile["title"] == "Senior ML Engineer"
    assert profile["median_salary"]["text"] == "$215K"
    assert profile["median_salary"]["usd"] == 215_000
    assert profile["ai_disruption"]["score"] == 30
    assert profile["entry_level"] is False
    assert len(profile["faq"]) == 5
    assert all(pair["question"] and pair["answer"] for pair in profile["faq"])
    assert profile["last_reviewed"] == "2026-04-26"
    parsed = load_corpus(CORPUS, 1_000_000).profiles[0]
    assert profile == json.loads(json.dumps(profile_to_dict(parsed)))


def test_unknown_role_is_a_json_404(served: Served) -> None:
    response = served.client.get("/v1/roles/nope")
    assert response.status_code == 404
    assert "'nope'" in response.json()["detail"]


def test_ask_answers_with_the_contract_fields(served: Served) -> None:
    response = served.client.post(
        "/v1/ask", json={"question": "is this entry-level friendly?", "role": "senior-ml-engineer"}
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) >= {
        "conversation_id",
        "answer",
        "intent",
        "roles",
        "citations",
        "confidence",
        "abstained",
        "suggestions",
        "index_version",
    }
    assert body["answer"].startswith("No. Senior ML Engineer")
    assert body["intent"] == "entry_level" and body["abstained"] is False
    assert body["roles"][0] == {
        "id": "senior-ml-engineer",
        "title": "Senior ML Engineer",
        "url": None,
    }
    assert body["citations"][0]["section"] == "Entry-level"
    assert body["citations"][0]["anchor"] == "entry-level"
    assert body["index_version"] == served.version
    assert 0 < body["confidence"] <= 1 and 2 <= len(body["suggestions"]) <= 4


def test_conversation_continues_over_http(served: Served) -> None:
    first = served.client.post(
        "/v1/ask", json={"question": "How much does an actuary make?"}
    ).json()
    assert "$125,770" in first["answer"]
    follow = served.client.post(
        "/v1/ask",
        json={"question": "and a statistician?", "conversation_id": first["conversation_id"]},
    ).json()
    assert follow["conversation_id"] == first["conversation_id"]
    assert follow["roles"][0]["id"] == "statistician" and "$103,300" in follow["answer"]


def test_out_of_scope_abstains_over_http(served: Served) -> None:
    body = served.client.post("/v1/ask", json={"question": "what's the weather?"}).json()
    assert body["abstained"] is True and body["citations"] == [] and body["suggestions"]


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ({"question": "   "}, "1-1000 characters"),
        ({"question": "x" * 1001}, "1-1000 characters"),
        ({}, "question"),
        ({"question": 42}, "question"),
        ({"question": "hi", "conversation_id": "c" * 101}, "conversation_id"),
    ],
)
def test_bad_requests_are_clear_json_422(served: Served, payload: dict, reason: str) -> None:  # type: ignore[type-arg]
    response = served.client.post("/v1/ask", json=payload)
    assert response.status_code == 422
    assert reason in response.json()["detail"]


def test_oversized_body_is_413_and_service_keeps_serving(served: Served) -> None:
    response = served.client.post(
        "/v1/ask",
        content=b'{"question": "' + b"x" * 20_000 + b'"}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413 and "larger than" in response.json()["detail"]
    assert served.client.get("/healthz").status_code == 200


def test_openapi_documents_the_api(served: Served) -> None:
    paths = served.client.get("/openapi.json").json()["paths"]
    assert {"/v1/ask", "/v1/roles", "/v1/roles/{role_id}", "/healthz"} <= set(paths)
    assert served.client.get("/docs").status_code == 200


def test_serve_without_an_index_says_what_to_run(tmp_path: Path) -> None:
    empty = tmp_path / "index"
    empty.mkdir()
    server = RoleqaServer(empty, tmp_path / "state")
    command = [sys.executable, "-m", "roleqa", "serve", "--index", str(empty)]
    command += ["--port", str(server.port)]
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=STARTUP_TIMEOUT, env=server.env()
    )
    assert result.returncode != 0
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert "No index at" in message
    assert "roleqa build" in message
    assert "Traceback" not in result.stdout + result.stderr


def test_a_locked_conversation_file_costs_context_not_the_answer(served: Served) -> None:
    first = served.client.post("/v1/ask", json={"question": "how much does an actuary make?"})
    conversation = first.json()["conversation_id"]
    holder = sqlite3.connect(served.state / "conversations.sqlite3")
    holder.execute("BEGIN EXCLUSIVE")  # another process holds the file
    try:
        locked = served.client.post(
            "/v1/ask",
            json={
                "question": "how much does a statistician make?",
                "conversation_id": conversation,
            },
        )
    finally:
        holder.rollback()
        holder.close()
    assert locked.status_code == 200
    body = locked.json()
    assert "$103,300" in body["answer"] and "context is unavailable" in body["notice"]
    after = served.client.post(
        "/v1/ask", json={"question": "is it entry level?", "conversation_id": conversation}
    )
    assert after.status_code == 200 and after.json().get("notice") is None


def test_labelled_conversations_are_judged_over_http(
    tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    """`roleqa eval --url` asks a running service the way outside checks do."""
    index = tmp_path / "index"
    corpus = load_corpus(FIXTURES / "holdout10", 1_000_000)
    build_index(corpus, index, PACKAGED_MODEL_ID, lambda: embedder)
    env = {"ROLEQA_RATE_PER_CLIENT": "0", "ROLEQA_RATE_PER_CONVERSATION": "0"}
    server = RoleqaServer(index, tmp_path / "state", env=env).start()
    try:
        questions = ROOT / "eval" / "holdout10.jsonl"
        run = subprocess.run(
            [sys.executable, "-m", "roleqa", "eval", "--questions", str(questions),
             "--url", server.base_url, "--fail-under", "95"],
            capture_output=True, text=True, env=server.env(), timeout=600,
        )  # fmt: skip
    finally:
        server.stop()
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("178 turns, accuracy")


def test_eval_says_when_the_service_cannot_be_reached(tmp_path: Path) -> None:
    questions = ROOT / "eval" / "holdout10.jsonl"
    run = subprocess.run(
        [sys.executable, "-m", "roleqa", "eval", "--questions", str(questions),
         "--url", "http://127.0.0.1:9"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 1 and "cannot reach http://127.0.0.1:9/v1/ask" in run.stderr
