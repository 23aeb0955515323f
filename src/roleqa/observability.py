"""What an operator watches: Prometheus metrics and one JSON log line per request."""

from __future__ import annotations

import json
import logging
import os
import secrets
import time
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from starlette.types import ASGIApp, Message, Receive, Scope, Send

access = logging.getLogger("roleqa.access")

# Routes by template, so /v1/roles/{id} is one series, not one per id.
_ROUTES = ("/v1/ask", "/v1/feedback", "/v1/roles", "/v1/admin", "/healthz", "/readyz", "/metrics")


class Metrics:
    """The service's metrics, in a registry of their own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "roleqa_requests", "HTTP requests", ["route", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "roleqa_request_seconds",
            "Time to answer an HTTP request",
            ["route"],
            buckets=(0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5),
            registry=self.registry,
        )
        self.intents = Counter(
            "roleqa_answers", "Answers by kind of question", ["intent"], registry=self.registry
        )
        self.abstentions = Counter(
            "roleqa_abstentions", "Questions roleqa declined to answer", registry=self.registry
        )
        self.pending = Gauge(
            "roleqa_encode_queue", "Questions waiting for or on the engine threads",
            registry=self.registry,
        )  # fmt: skip
        self.version = Gauge(
            "roleqa_index_info", "The index version being served", ["version"],
            registry=self.registry,
        )  # fmt: skip
        self.refused = Counter(
            "roleqa_refused", "Requests refused by a limit", ["reason"], registry=self.registry
        )

    def watch_cache(self, cache: Callable[[], CacheStats | None]) -> None:
        """Report the question cache that `cache()` returns at each scrape (None: no cache)."""
        self.registry.register(_CacheCollector(cache))

    def serving(self, version: str) -> None:
        self.version.clear()
        self.version.labels(version=version).set(1)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


class CacheStats(Protocol):
    hits: int
    misses: int

    @property
    def size(self) -> int: ...


class _CacheCollector:
    def __init__(self, cache: Callable[[], CacheStats | None]) -> None:
        self.cache = cache

    def collect(self) -> Iterator[Metric]:
        cache = self.cache()
        if cache is None:
            return
        name = "roleqa_question_cache"
        yield CounterMetricFamily(f"{name}_hits", "Encodes the question cache saved", cache.hits)
        yield CounterMetricFamily(f"{name}_misses", "Texts the cache had to encode", cache.misses)
        yield GaugeMetricFamily(f"{name}_entries", "Vectors in the question cache", cache.size)


def route_of(path: str) -> str:
    return next((r for r in _ROUTES if path == r or path.startswith(r + "/")), "other")


class RequestLog:
    """A request id on every response, the metrics above, and one JSON access line each."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        given = _header(scope, b"x-request-id")
        request_id = given if given and len(given) <= 64 and given.isprintable() else None
        request_id = request_id or secrets.token_hex(8)
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", []).append((b"x-request-id", request_id.encode()))
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            route = route_of(scope["path"])
            self.metrics.requests.labels(route=route, status=str(status)).inc()
            self.metrics.latency.labels(route=route).observe(seconds)
            access.info(
                json.dumps(
                    {
                        "request_id": request_id,
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": status,
                        "ms": round(seconds * 1000, 2),
                        "client": (scope.get("client") or ("", 0))[0],
                        "pid": os.getpid(),
                    }
                )
            )


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            try:
                return str(value.decode("ascii"))
            except UnicodeDecodeError:
                return None
    return None


def configure_logging(level: str = "INFO") -> dict[str, Any]:
    """Log config for uvicorn: roleqa's lines as they are (JSON), uvicorn's own as text."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "plain": {"format": "%(message)s"},
            "text": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
        },
        "handlers": {
            "access": {"class": "logging.StreamHandler", "formatter": "plain"},
            "default": {"class": "logging.StreamHandler", "formatter": "text"},
        },
        "loggers": {
            "roleqa.access": {"handlers": ["access"], "level": level, "propagate": False},
            "roleqa": {"handlers": ["default"], "level": level, "propagate": False},
            "uvicorn": {"handlers": ["default"], "level": level, "propagate": False},
        },
    }
