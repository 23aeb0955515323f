"""The service assembled from settings: stores, limits and the engine, for one or many workers."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI

from roleqa.api import create_app
from roleqa.conversations import ConversationStore, SQLiteConversationStore
from roleqa.embedding import load_embedder, model_id_for, share_cores
from roleqa.feedback import FeedbackStore, SQLiteFeedbackStore
from roleqa.index import Index, load_index
from roleqa.limits import Limits, MemoryRateLimiter, RateLimiter
from roleqa.service import open_service
from roleqa.settings import Settings

log = logging.getLogger("roleqa")


def build_app(settings: Settings, index: Index | None = None) -> FastAPI:
    """Everything `roleqa serve` runs, from its settings; the index is loaded unless given."""
    threads = share_cores(settings.workers, settings.backend)
    loaded = index or load_index(settings.index, model_id_for(settings.model, settings.backend))
    conversations, feedback, per_client, per_conversation = _stores(settings)
    service = open_service(
        loaded,
        lambda: load_embedder(
            settings.model,
            settings.backend,
            settings.batch_size,
            settings.onnx_folder(),
            threads,
        ),
        conversations,
        settings.templates,
        settings.index,
        settings.max_turns,
        settings.engine_threads,
        settings.question_cache,
    )
    limits = Limits(per_client, per_conversation, settings.max_pending)
    return create_app(
        service,
        feedback,
        settings.allowed_origins(),
        settings.admin_token,
        limits,
        settings.hosts(),
        supervised=settings.workers > 1,
        encoder=(settings.backend, threads),
    )


def app_from_environment() -> FastAPI:
    """The app each worker process builds: `roleqa.app:app_from_environment` as a factory."""
    return build_app(Settings())  # type: ignore[call-arg]


def _stores(
    settings: Settings,
) -> tuple[ConversationStore, FeedbackStore, RateLimiter | None, RateLimiter | None]:
    if settings.redis_url:
        from roleqa.redis_stores import (
            RedisConversationStore,
            RedisFeedbackStore,
            RedisRateLimiter,
            connect,
        )

        client = connect(settings.redis_url)

        def shared(limit: int, name: str) -> RateLimiter | None:
            return RedisRateLimiter(client, limit, 60.0, name) if limit else None

        return (
            RedisConversationStore(client, settings.conversation_ttl),
            RedisFeedbackStore(client),
            shared(settings.rate_per_client, "client"),
            shared(settings.rate_per_conversation, "conversation"),
        )

    def local(limit: int) -> RateLimiter | None:
        return MemoryRateLimiter(limit, 60.0) if limit else None

    return (
        SQLiteConversationStore(Path(settings.conversations), settings.conversation_ttl),
        SQLiteFeedbackStore(Path(settings.feedback)),
        local(settings.rate_per_client),
        local(settings.rate_per_conversation),
    )
