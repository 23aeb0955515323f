"""The index bundle: FAISS vectors, chunk and profile metadata, a manifest; all faiss use is here.

A bundle folder holds `manifest.json`, `index.faiss`, `chunks.jsonl` and `profiles.json`. An index
folder keeps bundles under `versions/` and names the live one in `CURRENT`, so a new version is
written beside the old ones and becomes live by one atomic rename.

Below APPROXIMATE_FROM vectors the FAISS index is exact (`IndexFlatIP`); from there on it is an
inverted file (`IndexIVFFlat`) that searches only the NPROBE lists nearest the query. Which one a
bundle holds, and its parameters, are recorded in the manifest under "index".
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
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

# An exact search of one query costs 0.08-0.16 ms per thousand vectors on these machines, so
# at 50,000 it takes about as long as encoding the question; from there on an approximate index
# keeps search well below the encode.
APPROXIMATE_FROM = 50_000
FLAT = "flat"
IVF_FLAT = "ivf_flat"
# Inverted lists: about 4 * sqrt(N), with at least TRAIN_PER_LIST training vectors each, the
# least for which FAISS's k-means does not warn. Training on that many per list (not all the
# vectors) for TRAIN_ITERATIONS keeps a build of 435,000 vectors to minutes, not tens of them.
LISTS_PER_SQRT = 4
TRAIN_PER_LIST = 40
TRAIN_ITERATIONS = 10
TRAIN_SEED = 1234
# Lists searched per query: recall@10 against exact search was 0.970 with 64 on the 8,698 real
# O*NET vectors (217 lists), and 0.996-0.998 at ten and fifty times that (bench/scale.py).
NPROBE = 64


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
        by_profile: dict[str, list[int]] = {}
        for at, chunk in enumerate(chunks):
            by_profile.setdefault(chunk.profile_id, []).append(at)
        self._of_profile = {pid: np.array(ids, dtype=np.int64) for pid, ids in by_profile.items()}
        if isinstance(vectors, faiss.IndexIVF):
            vectors.make_direct_map()  # so a profile's vectors can be read back by id

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

    def search_profile(self, query: np.ndarray, profile_id: str) -> list[Hit]:
        """Every chunk of one profile, most similar first: a question about one role looks at
        all of its passages, however far down a search of the whole index they would come."""
        at = self._of_profile.get(profile_id)
        if at is None:
            return []
        # read back, not kept: a copy of every vector would double the index's memory
        matrix = self._faiss.reconstruct_batch(at)
        scores = matrix @ np.asarray(query, dtype=np.float32).reshape(-1)
        order = np.argsort(-scores, kind="stable")
        return [Hit(self.chunks[int(at[i])], float(scores[i])) for i in order]


def search_on_this_thread_only() -> None:
    """Keep FAISS searches on the calling thread; the setting is per thread, and the encoder
    already uses the cores."""
    faiss.omp_set_num_threads(1)


def index_type_for(count: int, approximate_from: int = APPROXIMATE_FROM) -> str:
    """The kind of FAISS index a bundle of `count` vectors gets."""
    if approximate_from < 1:
        raise ValueError(f"approximate_from must be at least 1, not {approximate_from}")
    return IVF_FLAT if count >= approximate_from else FLAT


def flat_index(vectors: np.ndarray) -> Any:
    """An exact inner-product FAISS index over L2-normalised float32 vectors."""
    matrix = np.ascontiguousarray(vectors, dtype=np.float32)
    index = faiss.IndexFlatIP(matrix.shape[1])
    index.add(matrix)
    return index


def ivf_index(vectors: np.ndarray, nprobe: int = NPROBE) -> tuple[Any, dict[str, Any]]:
    """An inverted-file inner-product index, trained with a fixed seed, and its parameters."""
    matrix = np.ascontiguousarray(vectors, dtype=np.float32)
    count, dimension = matrix.shape
    lists = max(1, min(round(LISTS_PER_SQRT * count**0.5), count // TRAIN_PER_LIST))
    index = faiss.IndexIVFFlat(
        faiss.IndexFlatIP(dimension), dimension, lists, faiss.METRIC_INNER_PRODUCT
    )
    index.cp.seed = TRAIN_SEED
    index.cp.niter = TRAIN_ITERATIONS
    index.cp.max_points_per_centroid = TRAIN_PER_LIST
    index.train(matrix)
    index.add(matrix)
    index.nprobe = min(nprobe, lists)
    parameters = {
        "nlist": lists,
        "nprobe": index.nprobe,
        "trained_on": min(count, lists * TRAIN_PER_LIST),
        "train_iterations": TRAIN_ITERATIONS,
        "train_seed": TRAIN_SEED,
    }
    return index, parameters


def vector_index(
    vectors: np.ndarray, approximate_from: int = APPROXIMATE_FROM
) -> tuple[Any, dict[str, Any]]:
    """The FAISS index a bundle of these vectors gets, and its manifest entry."""
    started = time.perf_counter()
    kind = index_type_for(len(vectors), approximate_from)
    if kind == FLAT:
        index, parameters = flat_index(vectors), dict[str, Any]()
    else:
        index, parameters = ivf_index(vectors)
    entry = {
        "type": kind,
        "metric": "inner_product",
        "approximate_from": approximate_from,
        **parameters,
        "build_seconds": round(time.perf_counter() - started, 3),
    }
    return index, entry


def write_bundle(
    root: Path,
    version: str,
    profiles: list[Profile],
    chunks: list[Chunk],
    vectors: np.ndarray,
    manifest: dict[str, Any],
    approximate_from: int = APPROXIMATE_FROM,
) -> Path:
    """Write a complete bundle under root/versions/<version>, invisible until fully on disk."""
    final = root / VERSIONS / version
    if final.exists():
        raise BundleError(f"Index version '{version}' already exists in '{root}'.")
    searchable, entry = vector_index(vectors, approximate_from)
    staging = root / f".tmp-{version}-{os.getpid()}"
    staging.mkdir(parents=True)
    lines = (json.dumps(asdict(chunk), ensure_ascii=False) for chunk in chunks)
    profile_data = [profile_to_dict(profile) for profile in profiles]
    contents = {
        "index.faiss": faiss.serialize_index(searchable).tobytes(),
        "chunks.jsonl": "".join(line + "\n" for line in lines).encode(),
        "profiles.json": json.dumps(profile_data, ensure_ascii=False).encode(),
    }
    for name, data in contents.items():
        _write(staging / name, data)
    files = {name: _digest(data) for name, data in contents.items()}
    full = {
        **manifest,
        "schema_version": SCHEMA_VERSION,
        "version": version,
        "index": entry,
        "files": files,
    }
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
    _configure(path, vectors, manifest)
    return Index(profiles, chunks, vectors, manifest, path)


def index_type(manifest: dict[str, Any]) -> str:
    """The kind of FAISS index a manifest records; bundles from before the entry are flat."""
    entry = manifest.get("index") or {"type": FLAT}
    return str(entry.get("type"))


def _configure(path: Path, vectors: Any, manifest: dict[str, Any]) -> None:
    """Check the FAISS index is the kind the manifest names, and set its search parameters."""
    kind = index_type(manifest)
    expected = {FLAT: faiss.IndexFlatIP, IVF_FLAT: faiss.IndexIVFFlat}.get(kind)
    if expected is None:
        raise BundleMismatchError(
            f"Index at '{path}' holds a '{kind}' index, which this roleqa does not read "
            f"(it reads {FLAT!r} and {IVF_FLAT!r}); run `roleqa build`."
        )
    matches = isinstance(vectors, expected)
    if not matches or vectors.metric_type != faiss.METRIC_INNER_PRODUCT:
        raise BundleMismatchError(
            f"Index at '{path}' holds a {type(vectors).__name__}, its manifest says '{kind}'; "
            "run `roleqa build`."
        )
    if kind == IVF_FLAT:
        nprobe = manifest["index"].get("nprobe")
        if not isinstance(nprobe, int) or not 1 <= nprobe <= vectors.nlist:
            raise BundleMismatchError(
                f"Index at '{path}' has nprobe {nprobe!r} in its manifest, not 1-{vectors.nlist}; "
                "run `roleqa build`."
            )
        vectors.nprobe = nprobe


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
