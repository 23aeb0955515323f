"""Every exception roleqa raises on purpose.

RoleqaError                    a failure the user can act on; the message says how
 +-- ProfileError              one profile file cannot be used (path, line, reason)
 +-- CorpusError               the corpus as a whole cannot be indexed
 +-- ModelError                the embedding model cannot be loaded or used
 +-- BundleError               an index bundle cannot be written or loaded
 |    +-- BundleMissingError   there is no bundle where one was expected
 |    +-- BundleMismatchError  the bundle exists but does not fit (schema, model, counts, files)
 +-- StoreUnavailable          the conversation or feedback store (SQLite, Redis) cannot be reached
 +-- TemplateError             an answer template does not compile

The CLI and the HTTP API turn these into exit codes and statuses; the engine alone also catches
StoreUnavailable, to answer without conversation context rather than not at all.
"""

from __future__ import annotations

from pathlib import Path


class RoleqaError(Exception):
    """A failure with a message meant for the person running roleqa."""


class ProfileError(RoleqaError):
    """A profile file that cannot be parsed; names the file, the line and the reason."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path = Path(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line else f"{self.path}"
        super().__init__(f"{where}: {reason}")


class CorpusError(RoleqaError):
    """The corpus folder is missing, empty, or yields no usable profile."""


class ModelError(RoleqaError):
    """The embedding model cannot be found or loaded."""


class BundleError(RoleqaError):
    """An index bundle cannot be written or loaded."""


class BundleMissingError(BundleError):
    """No index bundle exists at the given folder."""


class BundleMismatchError(BundleError):
    """The bundle does not match its manifest, the schema, or the configured model."""


class StoreUnavailable(RoleqaError):
    """A state store (conversations, feedback, rate limits) did not answer in time."""


class TemplateError(RoleqaError):
    """An answer template (packaged or an operator's) does not compile."""
