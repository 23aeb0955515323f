"""The HTTP edge: FastAPI routes over one engine; errors become JSON statuses here."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, field_validator
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.responses import Response

from roleqa import __version__
from roleqa.engine import MAX_QUESTION, Engine
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


def create_app(service: Service | None) -> FastAPI:
    """The service; with None it answers 503 until an index is loaded."""
    app = FastAPI(
        title="roleqa",
        version=__version__,
        description="Cited answers to questions about career role profiles.",
    )
    app.state.service = service
    app.add_middleware(_BodyLimit)

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
        return await service.ask(body)

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
