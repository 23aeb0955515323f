"""The HTTP edge without an index: clear 503s, and health still answers."""

from __future__ import annotations

from fastapi.testclient import TestClient

from roleqa.api import create_app


def test_without_an_index_the_service_says_so() -> None:
    client = TestClient(create_app(None))
    assert client.get("/healthz").json() == {"status": "ok", "index": None}
    assert client.get("/readyz").status_code == 503
    response = client.post("/v1/ask", json={"question": "how much does an actuary make?"})
    assert response.status_code == 503
    assert "No index is loaded" in response.json()["detail"]
    assert client.get("/v1/roles").status_code == 503
