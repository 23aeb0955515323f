"""Corpus -> index bundle: chunk, embed what the cache lacks, write a new version, switch to it."""

from __future__ import annotations

import fcntl
import hashlib
import json
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from roleqa import __version__
from roleqa.cache import EmbeddingCache
from roleqa.chunking import Chunk, chunk_profile
from roleqa.corpus import Corpus
from roleqa.embedding import Embedder
from roleqa.errors import BundleError, BundleMismatchError, CorpusError, ModelError
from roleqa.index import (
    APPROXIMATE_FROM,
    SCHEMA_VERSION,
    Index,
    current_version,
    index_type,
    index_type_for,
    load_index,
    new_version,
    prune_versions,
    remove_staging,
    set_current,
    write_bundle,
)
from roleqa.profiles import Profile, profile_to_dict

EMBED_GROUP = 256
CACHE_FILE = Path("cache") / "embeddings.sqlite3"


@dataclass(frozen=True)
class BuildReport:
    """What a build did, for the operator."""

    version: str
    changed: bool
    profiles: int
    chunks: int
    embedded: int
    reused: int
    pruned: tuple[str, ...]
    seconds: float


def build_index(
    corpus: Corpus,
    root: Path,
    model_id: str,
    make_embedder: Callable[[], Embedder],
    keep_versions: int = 3,
    force: bool = False,
    progress: bool = False,
    check: Callable[[Path], None] | None = None,
    approximate_from: int = APPROXIMATE_FROM,
) -> BuildReport:
    """Index the corpus's profiles into root; an unchanged corpus keeps the current version.

    `check`, if given, is run on the new bundle's folder before it goes live; a BundleError
    from it leaves the live version as it was. From `approximate_from` chunks on, the bundle's
    index is approximate (see roleqa.index)."""
    started = time.perf_counter()
    if not corpus.profiles:
        raise CorpusError(
            f"None of the {corpus.files_read} profile files in '{corpus.folder}' could be parsed; "
            f"the index at '{root}' was left as it was."
        )
    profiles = list(corpus.profiles)
    chunks = [chunk for profile in profiles for chunk in chunk_profile(profile)]
    try:
        root.mkdir(parents=True, exist_ok=True)
        with _build_lock(root):
            report = _build_locked(
                corpus,
                profiles,
                chunks,
                root,
                model_id,
                make_embedder,
                keep_versions,
                force,
                progress,
                check,
                approximate_from,
            )
    except OSError as exc:
        raise BundleError(f"Cannot write the index in '{root}': {exc.strerror or exc}.") from None
    return replace(report, seconds=time.perf_counter() - started)


def _build_locked(
    corpus: Corpus,
    profiles: list[Profile],
    chunks: list[Chunk],
    root: Path,
    model_id: str,
    make_embedder: Callable[[], Embedder],
    keep_versions: int,
    force: bool,
    progress: bool,
    check: Callable[[Path], None] | None,
    approximate_from: int,
) -> BuildReport:
    remove_staging(root)
    digest = content_digest(profiles, chunks, model_id)
    live = _live_version(root, model_id)
    kind = index_type_for(len(chunks), approximate_from)
    # A changed threshold that changes the kind of index is a change, like a changed profile.
    same_kind = live is not None and index_type(live.manifest) == kind
    if live and live.manifest.get("content_digest") == digest and same_kind and not force:
        return BuildReport(live.version, False, len(profiles), len(chunks), 0, len(chunks), (), 0)
    vectors, embedded = _vectors(chunks, root, model_id, make_embedder, progress)
    version = new_version(digest)
    manifest = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "roleqa_version": __version__,
        "model": {"id": model_id, "dimension": int(vectors.shape[1]), "normalized": True},
        "counts": {"profiles": len(profiles), "chunks": len(chunks), "vectors": len(chunks)},
        "corpus_digest": corpus.digest,
        "content_digest": digest,
    }
    path = write_bundle(root, version, profiles, chunks, vectors, manifest, approximate_from)
    try:
        _smoke_check(path, model_id, vectors)
        if check is not None:
            check(path)
    except BundleError:
        shutil.rmtree(path, ignore_errors=True)
        raise
    set_current(root, version)
    pruned = prune_versions(root, keep_versions)
    reused = len(chunks) - embedded
    return BuildReport(
        version, True, len(profiles), len(chunks), embedded, reused, tuple(pruned), 0
    )


def content_digest(profiles: list[Profile], chunks: list[Chunk], model_id: str) -> str:
    """A digest of everything a bundle holds, so an unchanged corpus is recognised."""
    payload = {
        "schema": SCHEMA_VERSION,
        "model": model_id,
        "profiles": [profile_to_dict(profile) for profile in profiles],
        "chunks": [asdict(chunk) for chunk in chunks],
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def _vectors(
    chunks: list[Chunk],
    root: Path,
    model_id: str,
    make_embedder: Callable[[], Embedder],
    progress: bool,
) -> tuple[np.ndarray, int]:
    """One vector per chunk, from the cache where possible; returns them and how many were new."""
    cache = EmbeddingCache(root / CACHE_FILE)
    try:
        hashes = [chunk.content_hash for chunk in chunks]
        known = cache.get_many(model_id, hashes)
        missing = list(dict.fromkeys(h for h in hashes if h not in known))
        if missing:
            texts = {chunk.content_hash: chunk.embed_text for chunk in chunks}
            # Texts of like length batch with little padding, which the encoder rewards.
            missing.sort(key=lambda h: len(texts[h]))
            embedder = make_embedder()
            if embedder.model_id != model_id:
                raise ModelError(f"Embedder is '{embedder.model_id}', expected '{model_id}'.")
            for group in _groups(missing, progress):
                vectors = embedder.embed([texts[h] for h in group])
                cache.put_many(model_id, zip(group, vectors, strict=True))
                known.update(zip(group, vectors, strict=True))
        dimensions = {vector.shape[0] for vector in known.values()}
        if len(dimensions) != 1:
            raise ModelError(f"Cached vectors for '{model_id}' disagree on their dimension.")
        return np.stack([known[h] for h in hashes]).astype(np.float32), len(missing)
    finally:
        cache.close()


def _groups(hashes: list[str], progress: bool) -> Iterator[list[str]]:
    """Hashes in groups small enough that a killed build keeps most of its work in the cache."""
    from tqdm import tqdm

    with tqdm(total=len(hashes), desc="Embedding", unit="chunk", disable=not progress) as bar:
        for start in range(0, len(hashes), EMBED_GROUP):
            group = hashes[start : start + EMBED_GROUP]
            yield group
            bar.update(len(group))


def _live_version(root: Path, model_id: str) -> Index | None:
    """The live bundle if it loads cleanly; a damaged one is simply rebuilt."""
    if current_version(root) is None:
        return None
    try:
        return load_index(root, model_id)
    except BundleError:
        return None


def _smoke_check(path: Path, model_id: str, vectors: np.ndarray) -> None:
    """Load what was just written and look a known vector up before anything points at it."""
    index = load_index(path, model_id)
    probe = len(index.chunks) // 2
    hits = index.search(vectors[probe], k=1)
    if not hits or (hits[0].chunk != index.chunks[probe] and hits[0].score < 0.999):
        raise BundleMismatchError(f"New index at '{path}' failed its smoke query; nothing changed.")


@contextmanager
def _build_lock(root: Path) -> Iterator[None]:
    """One build at a time per index folder; the lock dies with the process, even on kill -9."""
    with open(root / ".build.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BundleError(
                f"Another `roleqa build` is writing to '{root}'; wait for it to finish."
            ) from None
        yield
