"""The index bundle: FAISS vectors, chunk and profile metadata, a manifest; all faiss use is here.

A bundle folder holds `manifest.json`, `index.faiss`, `chunks.jsonl` and `profiles.json`. An index
folder keeps bundles under `versions/` and names the live one in `CURRENT`, so a new version is
written beside the old ones and becomes live by one atomic rename.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from roleqa.chunking import Chunk
from roleqa.errors import BundleError, BundleMismatchError, BundleMissingError
from roleqa.profiles import Profile, profile_from_dict, profile_to_dict

SCHEMA_VERSION = 1
MANIFEST = "manifest.json"
CURRENT = "CURRENT"
VERSIONS = "versions"
_FILES = ("index.faiss", "chunks.jsonl", "profiles.json")


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float


class Index:
    """A loaded bundle: profiles, chunks and their vectors, searchable by cosine similarity."""

    def __init__(
        self,
        profiles: list[Profile],
        chunks: list[Chunk],
        vectors: Any,
        manifest: dict[str, Any],
        path: Path | None = None,
    ) -> None:
        if vectors.ntotal != len(chunks):
            raise ValueError(f"{vectors.ntotal} vectors for {len(chunks)} chunks")
        self.profiles = {profile.id: profile for profile in profiles}
        self.chunks = chunks
        self.manifest = manifest
        self.path = path
        self._faiss = vectors

    @property
    def version(self) -> str:
        return str(self.manifest["version"])

    @property
    def dimension(self) -> int:
        return int(self._faiss.d)

    def search(self, query: np.ndarray, k: int = 10) -> list[Hit]:
        """The k chunks most similar to one normalised query vector, best first."""
        if k < 1:
            raise ValueError(f"k must be at least 1, not {k}")
        vector = np.ascontiguousarray(query, dtype=np.float32).reshape(1, -1)
        if vector.shape[1] != self.dimension:
            raise ValueError(f"query has dimension {vector.shape[1]}, the index {self.dimension}")
        scores, ids = self._faiss.search(vector, min(k, len(self.chunks)))
        return [
            Hit(self.chunks[i], float(score))
            for score, i in zip(scores[0], ids[0], strict=True)
            if i >= 0
        ]


def search_on_this_thread_only() -> None:
    """Keep FAISS searches on the calling thread; the setting is per thread, and the encoder
    already uses the cores."""
    faiss.omp_set_num_threads(1)


def flat_index(vectors: np.ndarray) -> Any:
    """An exact inner-product FAISS index over L2-normalised float32 vectors."""
    matrix = np.ascontiguousarray(vectors, dtype=np.float32)
    index = faiss.IndexFlatIP(matrix.shape[1])
    index.add(matrix)
    return index


def write_bundle(
    root: Path,
    version: str,
    profiles: list[Profile],
    chunks: list[Chunk],
    vectors: np.ndarray,
    manifest: dict[str, Any],
) -> Path:
    """Write a complete bundle under root/versions/<version>, invisible until fully on disk."""
    final = root / VERSIONS / version
    if final.exists():
        raise BundleError(f"Index version '{version}' already exists in '{root}'.")
    staging = root / f".tmp-{version}-{os.getpid()}"
    staging.mkdir(parents=True)
    lines = (json.dumps(asdict(chunk), ensure_ascii=False) for chunk in chunks)
    profile_data = [profile_to_dict(profile) for profile in profiles]
    contents = {
        "index.faiss": faiss.serialize_index(flat_index(vectors)).tobytes(),
        "chunks.jsonl": "".join(line + "\n" for line in lines).encode(),
        "profiles.json": json.dumps(profile_data, ensure_ascii=False).encode(),
    }
    for name, data in contents.items():
        _write(staging / name, data)
    files = {name: _digest(data) for name, data in contents.items()}
    full = {**manifest, "schema_version": SCHEMA_VERSION, "version": version, "files": files}
    _write(staging / MANIFEST, json.dumps(full, indent=2).encode())
    _fsync_dir(staging)
    final.parent.mkdir(exist_ok=True)
    os.rename(staging, final)
    _fsync_dir(final.parent)
    return final


def set_current(root: Path, version: str) -> None:
    """Point root/CURRENT at a version, atomically."""
    pointer = root / f"{CURRENT}.tmp"
    _write(pointer, f"{version}\n".encode())
    os.replace(pointer, root / CURRENT)
    _fsync_dir(root)


def current_version(root: Path) -> str | None:
    """The live version named by root/CURRENT, if any."""
    try:
        return (root / CURRENT).read_text().strip() or None
    except FileNotFoundError:
        return None


def bundle_path(root: Path) -> Path:
    """The live bundle under an index folder, or root itself when it is a bundle."""
    if (root / MANIFEST).exists():
        return root
    version = current_version(root)
    if version is None:
        raise BundleMissingError(
            f"No index at '{root}'; run `roleqa build --corpus corpus --index {root}`."
        )
    path = root / VERSIONS / version
    if not path.is_dir():
        raise BundleMismatchError(
            f"Index at '{root}' names version '{version}', which is missing; run `roleqa build`."
        )
    return path


def read_manifest(path: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((path / MANIFEST).read_text())
    except FileNotFoundError:
        raise BundleMissingError(f"No manifest.json in '{path}'; run `roleqa build`.") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BundleMismatchError(
            f"manifest.json in '{path}' is not valid JSON ({exc}); run `roleqa build`."
        ) from None
    if not isinstance(manifest, dict):
        raise BundleMismatchError(
            f"manifest.json in '{path}' is not an object; run `roleqa build`."
        )
    return manifest


def load_index(root: Path, model_id: str | None = None) -> Index:
    """Load and check the live bundle; a mismatch is refused with what to run."""
    path = bundle_path(root)
    manifest = read_manifest(path)
    _check_manifest(path, manifest, model_id)
    data = {name: _read_checked(path, name, manifest["files"][name]) for name in _FILES}
    try:
        vectors = faiss.deserialize_index(np.frombuffer(data["index.faiss"], dtype=np.uint8))
        chunks = [Chunk(**json.loads(line)) for line in data["chunks.jsonl"].decode().splitlines()]
        profiles = [profile_from_dict(item) for item in json.loads(data["profiles.json"])]
    except (RuntimeError, ValueError, TypeError, KeyError) as exc:
        raise BundleMismatchError(
            f"Index at '{path}' cannot be read ({exc}); run `roleqa build`."
        ) from None
    counts = manifest["counts"]
    found = {"chunks": len(chunks), "vectors": vectors.ntotal, "profiles": len(profiles)}
    for name, count in found.items():
        if count != counts.get(name):
            raise BundleMismatchError(
                f"Index at '{path}' has {count} {name}, its manifest says {counts.get(name)}; "
                "run `roleqa build`."
            )
    if vectors.d != manifest["model"]["dimension"]:
        raise BundleMismatchError(f"Index at '{path}' has vectors of the wrong dimension.")
    return Index(profiles, chunks, vectors, manifest, path)


def _check_manifest(path: Path, manifest: dict[str, Any], model_id: str | None) -> None:
    if manifest.get("schema_version") != SCHEMA_VERSION:
        raise BundleMismatchError(
            f"Index at '{path}' has schema version {manifest.get('schema_version')}, this roleqa "
            f"reads {SCHEMA_VERSION}; run `roleqa build` to rebuild it."
        )
    built_with = manifest.get("model", {}).get("id")
    if model_id is not None and built_with != model_id:
        raise BundleMismatchError(
            f"Index at '{path}' was built with '{built_with}', not '{model_id}'; "
            f"run `roleqa build` or set ROLEQA_MODEL={built_with}."
        )
    if set(manifest.get("files", {})) != set(_FILES) or "counts" not in manifest:
        raise BundleMismatchError(
            f"Index at '{path}' has an incomplete manifest; run `roleqa build`."
        )


def _read_checked(path: Path, name: str, expected: dict[str, Any]) -> bytes:
    """A bundle file's bytes, refused unless size and digest match the manifest."""
    try:
        data = (path / name).read_bytes()
    except FileNotFoundError:
        raise BundleMismatchError(f"Index at '{path}' lacks {name}; run `roleqa build`.") from None
    if _digest(data) != expected:
        raise BundleMismatchError(
            f"Index at '{path}': {name} does not match its manifest (truncated or changed); "
            "run `roleqa build`."
        )
    return data


def prune_versions(root: Path, keep: int) -> list[str]:
    """Delete all but the newest `keep` versions, never the live one; return what was deleted."""
    live = current_version(root)
    folder = root / VERSIONS
    versions = sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []
    doomed = [v for v in versions[: max(len(versions) - keep, 0)] if v != live]
    for version in doomed:
        shutil.rmtree(folder / version, ignore_errors=True)
    return doomed


def remove_staging(root: Path) -> None:
    """Remove half-written bundles left by an interrupted build."""
    for leftover in root.glob(".tmp-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def new_version(content_digest: str) -> str:
    """A sortable, readable version id: UTC time plus a digest prefix."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ") + "-" + content_digest[:8]


def _digest(data: bytes) -> dict[str, Any]:
    return {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _write(path: Path, data: bytes) -> None:
    with open(path, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
