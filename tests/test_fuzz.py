"""The OpenAPI schema fuzzed with schemathesis against a real server: no 5xx, every error JSON."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from conftest import CORPUS
from roleqa.build import build_index
from roleqa.corpus import load_corpus
from roleqa.embedding import PACKAGED_MODEL_ID, SentenceTransformerEmbedder
from servers import RoleqaServer

TOKEN = "f" * 24
ADMIN = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def served(
    tmp_path_factory: pytest.TempPathFactory, embedder: SentenceTransformerEmbedder
) -> Iterator[RoleqaServer]:
    root = tmp_path_factory.mktemp("fuzz")
    build_index(load_corpus(CORPUS, 1_000_000), root / "index", PACKAGED_MODEL_ID, lambda: embedder)
    env = {
        "ROLEQA_RATE_PER_CLIENT": "0",
        "ROLEQA_RATE_PER_CONVERSATION": "0",
        "ROLEQA_ADMIN_TOKEN": TOKEN,
    }
    server = RoleqaServer(root / "index", root / "state", env=env).start()
    yield server
    server.stop()


def _operations(served: RoleqaServer) -> list[Any]:
    schema = schemathesis.openapi.from_url(f"{served.base_url}/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


def test_no_input_breaks_the_service(served: RoleqaServer) -> None:
    operations = _operations(served)
    assert {"POST /v1/ask", "POST /v1/feedback", "GET /v1/roles/{role_id}"} <= {
        op.label for op in operations
    }
    calls: list[str] = []
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            _fuzz(operation, mode, served.base_url, calls)
    assert len(calls) >= 100
    print(f"{len(calls)} calls:", dict(Counter(calls)))


def _fuzz(operation: Any, mode: GenerationMode, base_url: str, calls: list[str]) -> None:
    """Generated requests for one operation (valid ones, or ones the schema forbids), each
    answered below 500 and with errors as JSON."""
    label = operation.label

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def fuzz(case: Any) -> None:
        response = case.call(base_url=base_url, timeout=30, headers=ADMIN)
        calls.append(f"{label} {response.status_code}")
        assert response.status_code < 500, (case.path, case.body, response.text[:300])
        if response.status_code >= 400:
            detail = response.json()["detail"]
            assert isinstance(detail, str) and detail, response.text[:300]

    try:
        fuzz()
    except Unsatisfiable:
        # An operation with nothing to get wrong (no parameters, no body) has no negative case.
        if mode is not GenerationMode.NEGATIVE:
            raise
