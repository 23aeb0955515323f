"""The HTTP edge without an index: clear 503s, feedback, CORS and the widget's files."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from roleqa.answers import Answer
from roleqa.api import create_app
from roleqa.feedback import SQLiteFeedbackStore
from roleqa.limits import Limits


def test_without_an_index_the_service_says_so() -> None:
    client = TestClient(create_app(None))
    health = client.get("/healthz").json()
    assert (health["status"], health["index"]) == ("ok", None)
    assert client.get("/readyz").status_code == 503
    response = client.post("/v1/ask", json={"question": "how much does an actuary make?"})
    assert response.status_code == 503
    assert "No index is loaded" in response.json()["detail"]
    assert client.get("/v1/roles").status_code == 503


def test_feedback_is_stored_and_listed(tmp_path: Path) -> None:
    store = SQLiteFeedbackStore(tmp_path / "feedback.sqlite3")
    client = TestClient(create_app(None, store))
    verdict = {
        "question": "Is this entry-level friendly?",
        "answer": "No. Actuary typically requires ...",
        "rating": "down",
        "roles": ["actuary"],
        "conversation_id": "c_abc",
        "intent": "entry_level",
        "index_version": "v1",
    }
    response = client.post("/v1/feedback", json=verdict)
    assert response.status_code == 201 and response.json()["stored"] is True
    assert client.post("/v1/feedback", json={**verdict, "rating": "up"}).status_code == 201
    [latest, first] = store.recent()
    assert (latest.rating, first.rating) == ("up", "down")
    assert first.roles == ("actuary",) and first.index_version == "v1"
    assert first.question == "Is this entry-level friendly?"
    [trouble] = store.troubles()
    assert (trouble.question, trouble.thumbs_down, trouble.abstained) == (
        "Is this entry-level friendly?",
        1,
        0,
    )


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"rating": "meh"}, "rating"),
        ({"question": ""}, "question"),
        ({"answer": "x" * 10_001}, "answer"),
        ({"roles": "actuary"}, "roles"),
    ],
)
def test_bad_feedback_is_a_json_422(tmp_path: Path, change: dict[str, object], reason: str) -> None:
    store = SQLiteFeedbackStore(tmp_path / "feedback.sqlite3")
    client = TestClient(create_app(None, store))
    body = {"question": "how much?", "answer": "…", "rating": "up", **change}
    response = client.post("/v1/feedback", json=body)
    assert response.status_code == 422 and reason in response.json()["detail"]
    assert store.recent() == []


def test_public_endpoints_accept_any_origin_by_default() -> None:
    client = TestClient(create_app(None))
    preflight = client.options(
        "/v1/ask",
        headers={
            "Origin": "https://careers.example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "*"
    script = client.get("/widget.js", headers={"Origin": "https://elsewhere.example"})
    assert script.headers["access-control-allow-origin"] == "*"
    assert script.headers["content-type"].startswith("text/javascript")
    health = client.get("/healthz", headers={"Origin": "https://careers.example.org"})
    assert "access-control-allow-origin" not in health.headers


def test_configured_origins_are_the_only_ones_allowed() -> None:
    client = TestClient(create_app(None, cors_origins=("https://careers.example.org",)))

    def preflight(origin: str) -> httpx.Response:
        return client.options(
            "/v1/feedback",
            headers={"Origin": origin, "Access-Control-Request-Method": "POST"},
        )

    allowed = preflight("https://careers.example.org")
    assert allowed.headers["access-control-allow-origin"] == "https://careers.example.org"
    refused = preflight("https://evil.example")
    assert refused.status_code == 400
    assert "access-control-allow-origin" not in refused.headers


def test_widget_script_is_served_compressed_and_cacheable() -> None:
    client = TestClient(create_app(None))
    plain = client.get("/widget.js", headers={"Accept-Encoding": "identity"})
    assert plain.status_code == 200 and "content-encoding" not in plain.headers
    zipped = client.get("/widget.js", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.content == plain.content  # httpx decodes it back
    again = client.get("/widget.js", headers={"If-None-Match": plain.headers["etag"]})
    assert again.status_code == 304


def test_demo_page_without_an_index_still_loads_the_widget() -> None:
    page = TestClient(create_app(None)).get("/")
    assert page.status_code == 200
    assert '<script src="/widget.js" defer></script>' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_analytics_need_the_admin_token_and_count_what_was_asked(tmp_path: Path) -> None:
    store = SQLiteFeedbackStore(tmp_path / "feedback.sqlite3")
    store.asked("How much does an actuary make?", "salary", False, "v1")
    store.asked("what's the weather?", "out_of_scope", True, "v1")
    client = TestClient(create_app(None, store, admin_token="a" * 20))
    assert client.get("/v1/admin/analytics").status_code == 401
    reply = client.get(
        "/v1/admin/analytics", params={"hours": 1}, headers={"Authorization": "Bearer " + "a" * 20}
    )
    assert reply.status_code == 200
    body = reply.json()
    assert (body["asked"], body["abstained"]) == (2, 1)
    assert body["intents"] == {"salary": 1, "out_of_scope": 1}
    assert body["top_abstained"] == [["what's the weather?", 1]]
    bad = client.get(
        "/v1/admin/analytics", params={"hours": -1}, headers={"Authorization": "Bearer " + "a" * 20}
    )
    assert bad.status_code == 422


def test_unknown_hosts_are_refused_when_hosts_are_named() -> None:
    client = TestClient(create_app(None, trusted_hosts=("roleqa.example.org",)))
    assert client.get("/healthz", headers={"Host": "roleqa.example.org"}).status_code == 200
    assert client.get("/healthz", headers={"Host": "evil.example"}).status_code == 400


class _SlowService:
    """Stands in for the engine's service: each question waits until the test lets it go."""

    version = "v-test"

    def __init__(self) -> None:
        self.release = asyncio.Event()

    async def ask(self, question: str, conversation_id: str | None, role: str | None) -> Answer:
        await self.release.wait()
        return Answer(text="ok", intent="help", conversation_id="c_x", index_version="v-test")


def test_overload_is_refused_at_once_not_queued() -> None:
    service = _SlowService()
    app = create_app(service, limits=Limits(max_pending=2))  # type: ignore[arg-type]

    async def scenario() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            waiting = [
                asyncio.create_task(client.post("/v1/ask", json={"question": "hello"}))
                for _ in range(2)
            ]
            await asyncio.sleep(0.1)
            refused = await client.post("/v1/ask", json={"question": "hello"})
            assert refused.headers["retry-after"] == "1"
            assert "busy" in refused.json()["detail"]
            service.release.set()
            done = await asyncio.gather(*waiting)
            return [refused.status_code] + [reply.status_code for reply in done]

    assert asyncio.run(scenario()) == [503, 200, 200]
