"""Index swaps in a running service: reload, SIGHUP, rollback, and bad bundles refused."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conftest import SEED, build, seed_as
from roleqa.embedding import SentenceTransformerEmbedder
from servers import Asking, RoleqaServer

TOKEN = "t" * 24
ADMIN = {"Authorization": f"Bearer {TOKEN}"}


def _salary(client: httpx.Client) -> tuple[str, str]:
    body = client.post("/v1/ask", json={"question": "how much does a senior ml engineer make?"})
    assert body.status_code == 200, body.text
    data = body.json()
    return data["answer"], data["index_version"]


def _until_serving(client: httpx.Client, version: str) -> None:
    deadline = time.monotonic() + 30
    while client.get("/healthz").json()["index"]["version"] != version:
        if time.monotonic() > deadline:
            pytest.fail(f"the service never served {version}")
        time.sleep(0.05)


def test_reload_rollback_and_hangup_swap_without_failing_a_request(
    tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / SEED.name).write_bytes(SEED.read_bytes())
    (corpus / "data-analyst.txt").write_text(seed_as("Data Analyst", "$95K"))
    first = build(corpus, index, embedder)
    unlimited = {
        "ROLEQA_RATE_PER_CLIENT": "0",
        "ROLEQA_RATE_PER_CONVERSATION": "0",
        "ROLEQA_ADMIN_TOKEN": TOKEN,
    }
    server = RoleqaServer(index, tmp_path / "state", env=unlimited).start()
    try:
        with httpx.Client(base_url=server.base_url, timeout=30) as client:
            answer, version = _salary(client)
            assert "$215K" in answer and version == first

            (corpus / SEED.name).write_text(seed_as("Senior ML Engineer", "$230K"))
            second = build(corpus, index, embedder)
            assert client.post("/v1/admin/reload").status_code == 401
            wrong = client.post("/v1/admin/reload", headers={"Authorization": "Bearer nope"})
            assert wrong.status_code == 401 and "admin token" in wrong.json()["detail"]
            with Asking(server.base_url) as load:
                time.sleep(0.5)
                swapped = client.post("/v1/admin/reload", headers=ADMIN)
                time.sleep(0.5)
            assert swapped.status_code == 200, swapped.text
            assert swapped.json() == {
                "previous": first,
                "current": second,
                "changed": True,
                "restarting_workers": False,
            }
            assert load.errors == [] and load.replies
            assert {status for status, _, _ in load.replies} == {200}
            assert {version for _, version, _ in load.replies} <= {first, second}
            answer, version = _salary(client)
            assert "$230K" in answer and version == second

            rolled = subprocess.run(
                [sys.executable, "-m", "roleqa", "rollback", "--index", str(index)],
                capture_output=True, text=True, env=server.env(), check=True,
            )  # fmt: skip
            assert f"now serves {first} (was {second})" in rolled.stdout
            assert server.process is not None
            server.process.send_signal(signal.SIGHUP)
            _until_serving(client, first)
            answer, version = _salary(client)
            assert "$215K" in answer and version == first

            (corpus / SEED.name).write_text(seed_as("Senior ML Engineer", "$240K"))
            third = build(corpus, index, embedder)
            faiss_file = index / "versions" / third / "index.faiss"
            faiss_file.write_bytes(faiss_file.read_bytes()[:100])
            refused = client.post("/v1/admin/reload", headers=ADMIN)
            assert refused.status_code == 409
            detail = refused.json()["detail"]
            assert "index.faiss does not match its manifest" in detail
            assert f"Still serving {first}" in detail
            answer, version = _salary(client)
            assert "$215K" in answer and version == first

            back = client.post("/v1/admin/rollback", headers=ADMIN, params={"to": second})
            assert back.status_code == 200 and back.json()["current"] == second
            assert "$230K" in _salary(client)[0]
    finally:
        server.stop()


def test_admin_endpoints_are_off_without_a_token(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / SEED.name).write_bytes(SEED.read_bytes())
    build(corpus, index, embedder)
    server = RoleqaServer(index, tmp_path / "state").start()
    try:
        reply = httpx.post(f"{server.base_url}/v1/admin/reload", headers=ADMIN)
        assert reply.status_code == 404 and "ROLEQA_ADMIN_TOKEN" in reply.json()["detail"]
    finally:
        server.stop()


def test_admin_switched_on_without_a_token_refuses_to_start(tmp_path: Path) -> None:
    server = RoleqaServer(tmp_path / "index", tmp_path / "state", env={"ROLEQA_ADMIN": "1"})
    result = subprocess.run(
        [sys.executable, "-m", "roleqa", "serve", "--index", str(server.index)],
        capture_output=True, text=True, env=server.env(), timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert "ROLEQA_ADMIN_TOKEN is not set" in result.stderr and "Traceback" not in result.stderr
