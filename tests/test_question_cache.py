"""The question cache: the same vectors as the model, fewer encodes, a bounded size."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from fastapi.testclient import TestClient

from conftest import CORPUS
from roleqa.api import create_app
from roleqa.build import build_index
from roleqa.conversations import MemoryConversationStore
from roleqa.corpus import load_corpus
from roleqa.embedding import PACKAGED_MODEL_ID, Embedder
from roleqa.engine import Engine
from roleqa.index import Index, load_index
from roleqa.question_cache import QuestionCache
from roleqa.service import open_service


class Counted:
    """The real model, counting the texts it is asked to encode."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.dimension = inner.dimension
        self.encoded: list[str] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.encoded.extend(texts)
        return self.inner.embed(texts)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory, embedder) -> Index:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("index")
    build_index(load_corpus(CORPUS, 1_000_000), root, PACKAGED_MODEL_ID, lambda: embedder)
    return load_index(root, PACKAGED_MODEL_ID)


def test_cached_vectors_are_the_model_s_own(embedder) -> None:  # type: ignore[no-untyped-def]
    counted = Counted(embedder)
    cache = QuestionCache(counted, capacity=10)
    texts = [
        "Which roles need Kubernetes?",
        "what does an actuary do",
        "Which roles need Kubernetes?",
    ]
    first = cache.embed(texts)
    assert counted.encoded == texts[:2]  # a text repeated in one call is encoded once
    again = cache.embed(list(reversed(texts)))
    assert counted.encoded == texts[:2]
    assert np.array_equal(again, first[::-1])
    assert np.allclose(first, embedder.embed(texts), atol=1e-6)
    assert (cache.hits, cache.misses) == (4, 2)
    assert cache.embed([]).shape == (0, 384)
    again[0, 0] = 42.0  # a caller's array is its own
    assert cache.embed(texts[:1])[0, 0] != 42.0


def test_the_cache_is_bounded_least_recently_used_first(embedder) -> None:  # type: ignore[no-untyped-def]
    counted = Counted(embedder)
    cache = QuestionCache(counted, capacity=3)
    for text in ("a salary", "b skills", "c duties"):
        cache.embed([text])
    cache.embed(["a salary"])  # now the most recent
    cache.embed(["d growth", "e outlook"])
    assert cache.size == 3
    counted.encoded.clear()
    cache.embed(["a salary", "e outlook", "d growth", "b skills"])
    assert counted.encoded == ["b skills"]
    with pytest.raises(ValueError, match="capacity must be at least 1, not 0"):
        QuestionCache(embedder, 0)


# The widget's starter questions (widget.js), without a page role and on a role's page.
WIDGET_STARTERS = (
    "Which roles are entry-level friendly?",
    "Which role pays the most?",
    "What can you help me with?",
)
WIDGET_ROLE_STARTERS = (
    "Is this role entry-level friendly?",
    "How much does this role pay?",
    "What does this role do?",
    "What skills does this role need?",
)


def test_offered_questions_need_no_encode_so_nothing_warms_the_cache(
    index: Index, embedder
) -> None:  # type: ignore[no-untyped-def]
    """Why the cache starts cold: what the widget and the answers offer is read from fields."""
    counted = Counted(embedder)
    engine = Engine(index, counted)
    offered: dict[tuple[str, str | None], None] = {(q, None): None for q in WIDGET_STARTERS}
    for profile in engine.profiles:
        offered.update(((q, profile.id), None) for q in WIDGET_ROLE_STARTERS)
        offered.update(
            ((q, None), None) for q in engine.ask(f"Tell me about {profile.title}").suggestions
        )
        offered.update(((q, None), None) for q in engine.ask(f"{profile.title} salary").suggestions)
    counted.encoded.clear()
    for question, role in offered:
        engine.ask(question, None, role)
    assert len(offered) > 3 * len(engine.profiles) and counted.encoded == []


def test_one_answer_encodes_each_text_once_and_remembers_nothing_after(
    index: Index, embedder
) -> None:  # type: ignore[no-untyped-def]
    """Its FAQ, its own passages and every passage may all want a question's vector."""
    counted = Counted(embedder)
    engine = Engine(index, counted)
    question = "do actuaries ever testify in court?"
    answer = engine.ask(question)
    assert answer.intent == "free_form" and not answer.abstained
    assert counted.encoded and len(counted.encoded) == len(set(counted.encoded))
    first = list(counted.encoded)
    counted.encoded.clear()
    assert engine.ask(question).text == answer.text
    assert counted.encoded == first  # without a question cache, the next answer encodes again


def test_metrics_count_hits_and_misses(index: Index, embedder) -> None:  # type: ignore[no-untyped-def]
    service = open_service(index, lambda: embedder, MemoryConversationStore(), question_cache=64)
    with TestClient(create_app(service)) as client:
        for _ in range(3):
            asked = client.post("/v1/ask", json={"question": "do actuaries ever testify in court?"})
            assert asked.is_success
        text = client.get("/metrics").text
    assert service.question_cache is not None
    metrics = dict(
        line.rsplit(" ", 1) for line in text.splitlines() if line.startswith("roleqa_question")
    )
    assert float(metrics["roleqa_question_cache_hits_total"]) >= 2
    assert float(metrics["roleqa_question_cache_misses_total"]) >= 1
    assert 1 <= float(metrics["roleqa_question_cache_entries"]) <= 64
    service.close()


def test_no_cache_when_it_is_turned_off(index: Index, embedder) -> None:  # type: ignore[no-untyped-def]
    service = open_service(index, lambda: embedder, MemoryConversationStore(), question_cache=0)
    with TestClient(create_app(service)) as client:
        assert "roleqa_question_cache" not in client.get("/metrics").text
    service.close()


def test_start_up_keeps_nothing_it_answered(index: Index, embedder) -> None:  # type: ignore[no-untyped-def]
    """The service answers a few questions of every kind before it serves, so that the first
    visitor does not wait for what is done once; none of them is kept as a visitor's would be."""
    counted = Counted(embedder)
    store = MemoryConversationStore()
    service = open_service(index, lambda: counted, store, question_cache=64)
    try:
        assert counted.encoded  # the free-form questions it answered were encoded
        assert service.question_cache is not None
        assert service.question_cache.size == 0
        assert (service.question_cache.hits, service.question_cache.misses) == (0, 0)
        assert not store._states
    finally:
        service.close()
