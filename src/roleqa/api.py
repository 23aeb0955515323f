"""The HTTP edge: FastAPI routes over one engine; errors become JSON statuses here."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, field_validator
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import HTMLResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from roleqa import __version__, site
from roleqa.engine import MAX_QUESTION, Engine
from roleqa.feedback import Feedback, SQLiteFeedbackStore
from roleqa.index import Index
from roleqa.profiles import profile_to_dict

MAX_BODY_BYTES = 16_384


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


class Service:
    """The engine and the one thread that runs it, so every encode happens on that thread."""

    def __init__(self, engine: Engine, worker: ThreadPoolExecutor) -> None:
        self.engine = engine
        self.worker = worker

    async def ask(self, request: AskRequest) -> AskResponse:
        loop = asyncio.get_running_loop()
        answer = await loop.run_in_executor(
            self.worker, self.engine.ask, request.question, request.conversation_id, request.role
        )
        data = asdict(answer)
        data["answer"] = data.pop("text")
        return AskResponse(**data)


def get_service(request: Request) -> Service:
    service: Service | None = request.app.state.service
    if service is None:
        raise HTTPException(503, "No index is loaded; run `roleqa build` and restart the service.")
    return service


ServiceDep = Annotated[Service, Depends(get_service)]


class _BodyLimit(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_BODY_BYTES:
            return JSONResponse(
                {"detail": f"Request body is larger than {MAX_BODY_BYTES} bytes."}, status_code=413
            )
        return await call_next(request)


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


def create_app(
    service: Service | None,
    feedback: SQLiteFeedbackStore | None = None,
    cors_origins: tuple[str, ...] = (),
) -> FastAPI:
    """The service; with None it answers 503 until an index is loaded."""
    app = FastAPI(
        title="roleqa",
        version=__version__,
        description="Cited answers to questions about career role profiles.",
    )
    app.state.service = service
    app.state.feedback = feedback
    app.add_middleware(_BodyLimit)
    app.add_middleware(_PublicCORS, origins=cors_origins)
    assets = site.load_assets()

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
        if loaded is None:
            return {"status": "ok", "index": None}
        manifest = loaded.engine.index.manifest
        keys = ("version", "created", "model", "counts", "schema_version", "corpus_digest")
        return {"status": "ok", "index": {key: manifest.get(key) for key in keys}}

    @app.get("/readyz")
    async def readyz(request: Request) -> dict[str, Any]:
        loaded: Service | None = request.app.state.service
        if loaded is None:
            raise HTTPException(503, "No index is loaded.")
        return {"ready": True, "index_version": loaded.engine.index.version}

    @app.post("/v1/ask")
    async def ask(body: AskRequest, service: ServiceDep) -> AskResponse:
        response = await service.ask(body)
        if response.abstained and feedback is not None:
            await asyncio.get_running_loop().run_in_executor(
                None, feedback.abstained, body.question, response.index_version
            )
        return response

    @app.post("/v1/feedback", status_code=201)
    async def post_feedback(body: FeedbackRequest, request: Request) -> FeedbackStored:
        if feedback is None:
            raise HTTPException(503, "Feedback is not being stored by this service.")
        loaded: Service | None = request.app.state.service
        version = body.index_version or (loaded.engine.index.version if loaded else None)
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
        stored = await asyncio.get_running_loop().run_in_executor(None, feedback.add, verdict)
        return FeedbackStored(id=stored)

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


def open_service(
    index: Index, model: str, templates: Path | None = None, conversations: Path | None = None
) -> Service:
    """Load the model and engine on the one thread that will run every question."""
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="roleqa-engine")

    def load() -> Engine:
        from roleqa.answers import Templates
        from roleqa.conversations import MemoryConversationStore, SQLiteConversationStore
        from roleqa.embedding import SentenceTransformerEmbedder
        from roleqa.index import search_on_this_thread_only

        search_on_this_thread_only()
        store = (
            SQLiteConversationStore(conversations) if conversations else MemoryConversationStore()
        )
        return Engine(index, SentenceTransformerEmbedder(model), store, Templates(templates))

    return Service(worker.submit(load).result(), worker)
