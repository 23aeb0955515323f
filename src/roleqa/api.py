"""The HTTP edge: a FastAPI app over one loaded index."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel

from roleqa import __version__
from roleqa.index import Index
from roleqa.profiles import profile_to_dict


class RoleSummary(BaseModel):
    id: str
    title: str
    track: str | None
    url: str | None


class RoleList(BaseModel):
    index_version: str
    roles: list[RoleSummary]


def get_index(request: Request) -> Index:
    index: Index | None = request.app.state.index
    if index is None:
        raise HTTPException(503, "No index is loaded; run `roleqa build` and restart the service.")
    return index


IndexDep = Annotated[Index, Depends(get_index)]


def create_app(index: Index | None) -> FastAPI:
    """The service over an index; with None it answers 503 until one is given."""
    app = FastAPI(title="roleqa", version=__version__)
    app.state.index = index

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz(request: Request) -> dict[str, Any]:
        loaded: Index | None = request.app.state.index
        if loaded is None:
            raise HTTPException(503, "No index is loaded.")
        return {"ready": True, "index_version": loaded.version}

    @app.get("/v1/roles")
    async def list_roles(index: IndexDep) -> RoleList:
        roles = [
            RoleSummary(id=p.id, title=p.title, track=p.track, url=p.url)
            for p in index.profiles.values()
        ]
        return RoleList(index_version=index.version, roles=roles)

    @app.get("/v1/roles/{role_id}")
    async def get_role(role_id: str, index: IndexDep) -> dict[str, Any]:
        profile = index.profiles.get(role_id)
        if profile is None:
            raise HTTPException(404, f"No role with id '{role_id}'; GET /v1/roles lists them.")
        return profile_to_dict(profile)

    return app
