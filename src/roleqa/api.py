"""The HTTP edge: FastAPI routes over one engine; errors become JSON statuses here."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import os
import signal
import threading
import time
from collections.abc import AsyncIterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST
from pydantic import BaseModel, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.responses import HTMLResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from roleqa import __version__, site
from roleqa.engine import MAX_QUESTION
from roleqa.errors import BundleError, StoreUnavailable
from roleqa.feedback import Feedback, FeedbackStore
from roleqa.index import Index
from roleqa.limits import Limits
from roleqa.observability import Metrics, RequestLog
from roleqa.profiles import profile_to_dict
from roleqa.service import Service, Swap

MAX_BODY_BYTES = 16_384
log = logging.getLogger("roleqa")


class AskRequest(BaseModel):
    question: str = Field(description="What the visitor asks; 1-1000 characters after trimming.")
    conversation_id: str | None = Field(None, max_length=100)
    role: str | None = Field(None, max_length=200, description="The page's role: an id or title.")

    @field_validator("question")
    @classmethod
    def _trimmed(cls, value: str) -> str:
        value = value.strip()
        if not 1 <= len(value) <= MAX_QUESTION:
            raise ValueError(f"question must be 1-{MAX_QUESTION} characters after trimming")
        return value


class FeedbackRequest(BaseModel):
    question: str = Field(min_length=1, max_length=MAX_QUESTION)
    answer: str = Field(max_length=10_000)
    rating: Literal["up", "down"]
    conversation_id: str | None = Field(None, max_length=100)
    roles: list[Annotated[str, Field(max_length=200)]] = Field(default=[], max_length=50)
    intent: str | None = Field(None, max_length=50)
    abstained: bool = False
    index_version: str | None = Field(None, max_length=100)
    comment: str | None = Field(None, max_length=2000)


class FeedbackStored(BaseModel):
    id: int
    stored: bool = True


class SwapOut(BaseModel):
    previous: str
    current: str
    changed: bool
    restarting_workers: bool = False

    @classmethod
    def of(cls, swap: Swap) -> SwapOut:
        return cls(previous=swap.previous, current=swap.current, changed=swap.changed)


class RoleOut(BaseModel):
    id: str
    title: str
    url: str | None


class CitationOut(BaseModel):
    profile_id: str
    title: str
    section: str
    anchor: str
    url: str | None
    quote: str


class AskResponse(BaseModel):
    conversation_id: str
    answer: str
    intent: str
    roles: list[RoleOut]
    citations: list[CitationOut]
    confidence: float
    abstained: bool
    suggestions: list[str]
    index_version: str
    notice: str | None = None


class RoleSummary(BaseModel):
    id: str
    title: str
    track: str | None
    url: str | None


class RoleList(BaseModel):
    index_version: str
    roles: list[RoleSummary]


# The dependencies are coroutines, which FastAPI awaits on the event loop: a plain function
# would be sent to a worker thread and back for every request.
async def get_service(request: Request) -> Service:
    service: Service | None = request.app.state.service
    if service is None:
        raise HTTPException(503, "No index is loaded; run `roleqa build` and restart the service.")
    return service


ServiceDep = Annotated[Service, Depends(get_service)]


async def require_admin(request: Request) -> None:
    """Refuse a caller without the admin token."""
    token: str | None = request.app.state.admin_token
    if not token:
        raise HTTPException(404, "Admin endpoints are off; set ROLEQA_ADMIN_TOKEN to use them.")
    given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(
            401,
            "An admin token is needed: send 'Authorization: Bearer <ROLEQA_ADMIN_TOKEN>'.",
            headers={"WWW-Authenticate": "Bearer"},
        )


async def get_admin_service(request: Request) -> Service:
    """The service, for a caller holding the admin token."""
    await require_admin(request)
    return await get_service(request)


AdminDep = Annotated[Service, Depends(get_admin_service)]


class _BodyLimit:
    """413 for a body over MAX_BODY_BYTES, whether its length is declared or streamed; bodies
    are small, so one is read whole here and handed on."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            await _too_large(scope, receive, send)
            return
        body, more = b"", True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            body += message.get("body", b"")
            if len(body) > MAX_BODY_BYTES:
                await _too_large(scope, receive, send)
                return
            more = message.get("more_body", False)
        handed = False

        async def replay() -> Message:
            nonlocal handed
            if not handed:
                handed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _too_large(scope: Scope, receive: Receive, send: Send) -> None:
    response = JSONResponse(
        {"detail": f"Request body is larger than {MAX_BODY_BYTES} bytes."}, status_code=413
    )
    await response(scope, receive, send)


# What a page on any site may call from the browser: the widget and what it speaks to.
PUBLIC_PATHS = ("/v1/ask", "/v1/feedback", "/v1/roles", "/widget.js")


class _PublicCORS:
    """CORS on the public paths only: any origin unless the operator names the allowed ones."""

    def __init__(self, app: ASGIApp, origins: tuple[str, ...]) -> None:
        self.app = app
        self.cors = CORSMiddleware(
            app,
            allow_origins=list(origins) or ["*"],
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type"],
            expose_headers=["Retry-After"],
            max_age=600,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        public = any(path == p or path.startswith(p + "/") for p in PUBLIC_PATHS)
        await (self.cors if public else self.app)(scope, receive, send)


@asynccontextmanager
async def _reload_on_hangup(app: FastAPI) -> AsyncIterator[None]:
    """SIGHUP reloads the live index version, as `POST /v1/admin/reload` does."""
    service: Service | None = app.state.service
    loop = asyncio.get_running_loop()
    hangups: set[asyncio.Task[Swap]] = set()

    def reload() -> None:
        assert service is not None
        task = loop.create_task(service.reload())
        hangups.add(task)
        task.add_done_callback(_report_swap)
        task.add_done_callback(hangups.discard)

    installed = False
    if service is not None and threading.current_thread() is threading.main_thread():
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signal.SIGHUP, reload)
            installed = True
    try:
        yield
    finally:
        if installed:
            loop.remove_signal_handler(signal.SIGHUP)


def _report_recording(done: Future[None]) -> None:
    error = done.exception()
    if error is not None:
        log.warning("question not recorded for analytics: %s", error)


def _report_swap(task: asyncio.Task[Swap]) -> None:
    error = task.exception()
    if error is not None:
        log.error("reload on SIGHUP refused: %s", error)
    else:
        swap = task.result()
        log.info("reload on SIGHUP: serving %s (was %s)", swap.current, swap.previous)


def restart_workers(previous: str, checked: str) -> SwapOut:
    """Ask the process that supervises the workers to replace each with one on the live version;
    a new worker serves before the old one stops, so no request is refused."""
    os.kill(os.getppid(), signal.SIGHUP)
    return SwapOut(
        previous=previous, current=checked, changed=previous != checked, restarting_workers=True
    )


def create_app(
    service: Service | None,
    feedback: FeedbackStore | None = None,
    cors_origins: tuple[str, ...] = (),
    admin_token: str | None = None,
    limits: Limits | None = None,
    trusted_hosts: tuple[str, ...] = (),
    supervised: bool = False,
    encoder: tuple[str, int] | None = None,
) -> FastAPI:
    """The service; with None it answers 503 until an index is loaded. `supervised` means this
    is one of several worker processes: a swap then restarts every worker, one at a time."""
    app = FastAPI(
        title="roleqa",
        version=__version__,
        description="Cited answers to questions about career role profiles.",
        lifespan=_reload_on_hangup,
    )
    app.state.service = service
    app.state.admin_token = admin_token
    limits = limits or Limits()
    metrics = Metrics()
    metrics.watch_cache(lambda: getattr(app.state.service, "question_cache", None))
    pending = 0
    recorder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="roleqa-record")
    app.add_middleware(_BodyLimit)
    app.add_middleware(_PublicCORS, origins=cors_origins)
    if trusted_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(trusted_hosts))
    app.add_middleware(RequestLog, metrics=metrics)
    assets = site.load_assets()

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        status, detail = exc.status_code, exc.detail
        if status == 400 and detail == "There was an error parsing the body":
            status, detail = 422, "body: the request body is not JSON in UTF-8"
        return JSONResponse({"detail": detail}, status_code=status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            f"{'.'.join(str(part) for part in error['loc'][1:]) or 'body'}: "
            f"{str(error['msg']).removeprefix('Value error, ')}"
            for error in exc.errors()
        ]
        return JSONResponse({"detail": "; ".join(problems)}, status_code=422)

    @app.get("/healthz")
    async def healthz(request: Request) -> dict[str, Any]:
        loaded: Service | None = request.app.state.service
        backend, threads = encoder or (None, None)
        process = {
            "pid": os.getpid(),
            "backend": backend,
            "encoder_threads": threads,
            "supervised": supervised,
        }
        if loaded is None:
            return {"status": "ok", "index": None, "process": process}
        manifest = loaded.engine.index.manifest
        keys = ("version", "created", "model", "counts", "index", "schema_version", "corpus_digest")
        index = {key: manifest.get(key) for key in keys}
        return {"status": "ok", "index": index, "process": process}

    @app.get("/readyz")
    async def readyz(request: Request) -> dict[str, Any]:
        loaded: Service | None = request.app.state.service
        if loaded is None:
            raise HTTPException(503, "No index is loaded.")
        return {"ready": True, "index_version": loaded.version}

    def refuse(reason: str, status: int, detail: str, retry_after: int) -> HTTPException:
        metrics.refused.labels(reason=reason).inc()
        return HTTPException(status, detail, headers={"Retry-After": str(retry_after)})

    @app.post("/v1/ask")
    async def ask(body: AskRequest, request: Request, service: ServiceDep) -> AskResponse:
        nonlocal pending
        client = request.client.host if request.client else "unknown"
        for limiter, key, whom in (
            (limits.per_client, client, "from this address"),
            (limits.per_conversation, body.conversation_id, "in this conversation"),
        ):
            verdict = limiter.hit(key) if limiter and key else None
            if verdict and not verdict.allowed:
                raise refuse(
                    "rate",
                    429,
                    f"Too many questions {whom}; try again in {verdict.retry_after} s.",
                    verdict.retry_after,
                )
        if pending >= limits.max_pending:
            raise refuse("busy", 503, "The service is busy; try again in a moment.", 1)
        pending += 1
        metrics.pending.set(pending)
        try:
            answer = await service.ask(body.question, body.conversation_id, body.role)
        finally:
            pending -= 1
            metrics.pending.set(pending)
        metrics.intents.labels(intent=answer.intent).inc()
        if answer.abstained:
            metrics.abstentions.inc()
        data = asdict(answer)
        data["answer"] = data.pop("text")
        response = AskResponse(**data)
        if feedback is not None:
            # Recorded behind the answer, on a thread of its own: the visitor does not wait.
            recording = recorder.submit(
                feedback.asked,
                body.question,
                response.intent,
                response.abstained,
                response.index_version,
            )
            recording.add_done_callback(_report_recording)
        return response

    @app.post("/v1/feedback", status_code=201)
    async def post_feedback(body: FeedbackRequest, request: Request) -> FeedbackStored:
        if feedback is None:
            raise HTTPException(503, "Feedback is not being stored by this service.")
        loaded: Service | None = request.app.state.service
        version = body.index_version or (loaded.version if loaded else None)
        verdict = Feedback(
            question=body.question.strip(),
            answer=body.answer,
            rating=body.rating,
            roles=tuple(body.roles),
            conversation_id=body.conversation_id,
            intent=body.intent,
            abstained=body.abstained,
            index_version=version,
            comment=body.comment,
        )
        try:
            stored = await asyncio.get_running_loop().run_in_executor(None, feedback.add, verdict)
        except StoreUnavailable as exc:
            raise HTTPException(503, f"{exc} Try again in a moment.") from None
        return FeedbackStored(id=stored)

    @app.post("/v1/admin/reload")
    async def reload(service: AdminDep) -> SwapOut:
        """Serve the index folder's live version (what `roleqa build` just made live)."""
        try:
            if supervised:
                return restart_workers(service.version, await service.check_live())
            swap = await service.reload()
        except BundleError as exc:
            raise HTTPException(409, f"{exc} Still serving {service.version}.") from None
        return SwapOut.of(swap)

    @app.post("/v1/admin/rollback")
    async def rollback(service: AdminDep, to: str | None = None) -> SwapOut:
        """Make the previous version (or `to`) live and serve it."""
        try:
            if supervised:
                swap = await service.roll_back_on_disk(to)
                return restart_workers(service.version, swap.current)
            swap = await service.rollback(to)
        except BundleError as exc:
            raise HTTPException(409, f"{exc} Still serving {service.version}.") from None
        return SwapOut.of(swap)

    @app.get("/v1/admin/analytics", dependencies=[Depends(require_admin)])
    async def analytics(
        hours: Annotated[float, Query(gt=0, le=24 * 366)] = 24, limit: int = 10
    ) -> dict[str, Any]:
        """What visitors asked in the last `hours`: top questions, abstentions, thumbs down."""
        if feedback is None:
            raise HTTPException(503, "Questions are not being recorded by this service.")
        since = time.time() - hours * 3600
        try:
            found = await asyncio.get_running_loop().run_in_executor(
                None, feedback.analytics, since, max(1, min(limit, 100))
            )
        except StoreUnavailable as exc:
            raise HTTPException(503, f"{exc} Try again in a moment.") from None
        return {"hours": hours, **asdict(found)}

    @app.get("/metrics", include_in_schema=False)
    async def prometheus(request: Request) -> Response:
        loaded: Service | None = request.app.state.service
        if loaded is not None:
            metrics.serving(loaded.version)
        return Response(metrics.exposition(), media_type=CONTENT_TYPE_LATEST)

    @app.get("/widget.js", include_in_schema=False)
    @app.get("/demo.css", include_in_schema=False)
    async def asset(request: Request) -> Response:
        return assets[request.url.path].response(request)

    @app.get("/", include_in_schema=False)
    async def home(request: Request) -> HTMLResponse:
        loaded: Service | None = request.app.state.service
        return site.home_page(list(loaded.engine.index.profiles.values()) if loaded else [])

    @app.get("/demo/{role_id}", include_in_schema=False)
    async def demo_role(role_id: str, service: ServiceDep) -> HTMLResponse:
        profile = service.engine.index.profiles.get(role_id)
        if profile is None:
            raise HTTPException(404, f"No role with id '{role_id}'; GET /v1/roles lists them.")
        return site.role_page(profile)

    @app.get("/v1/roles")
    async def list_roles(service: ServiceDep) -> RoleList:
        index: Index = service.engine.index
        roles = [
            RoleSummary(id=p.id, title=p.title, track=p.track, url=p.url)
            for p in index.profiles.values()
        ]
        return RoleList(index_version=index.version, roles=roles)

    @app.get("/v1/roles/{role_id}")
    async def get_role(role_id: str, service: ServiceDep) -> dict[str, Any]:
        profile = service.engine.index.profiles.get(role_id)
        if profile is None:
            raise HTTPException(404, f"No role with id '{role_id}'; GET /v1/roles lists them.")
        return profile_to_dict(profile)

    return app
