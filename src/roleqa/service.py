"""The running service: engine threads, one model thread, and index swaps without downtime."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from roleqa.answers import Answer, Templates
from roleqa.batching import BatchingEmbedder
from roleqa.conversations import ConversationStore
from roleqa.embedding import Embedder
from roleqa.engine import Engine
from roleqa.errors import BundleError
from roleqa.index import (
    VERSIONS,
    Index,
    current_version,
    load_index,
    search_on_this_thread_only,
    set_current,
)
from roleqa.question_cache import QuestionCache


@dataclass(frozen=True)
class Swap:
    """What a reload or rollback did."""

    previous: str
    current: str

    @property
    def changed(self) -> bool:
        return self.previous != self.current


class Service:
    """The engine and the threads that run it; every encode happens on the model's own thread.

    A reload loads and checks the new bundle on another thread, then replaces the engine in one
    assignment: a question already handed to an engine thread finishes on the engine it was
    given, and every later one gets the new engine, so no request waits or fails for a swap.
    """

    def __init__(
        self,
        engine: Engine,
        worker: ThreadPoolExecutor,
        root: Path | None = None,
        question_cache: QuestionCache | None = None,
    ):
        self.engine = engine
        self.worker = worker
        self.root = root
        self.question_cache = question_cache
        self._swapping = asyncio.Lock()

    @property
    def version(self) -> str:
        return self.engine.index.version

    async def ask(self, question: str, conversation_id: str | None, role: str | None) -> Answer:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self.worker, self.engine.ask, question, conversation_id, role
        )

    async def reload(self) -> Swap:
        """Serve the index folder's live version; a bad bundle is refused and the old one stays."""
        async with self._swapping:
            previous = self.version
            if current_version(self._root()) == previous:
                return Swap(previous, previous)
            loop = asyncio.get_running_loop()
            engine = await loop.run_in_executor(None, self._engine_for_live_version)
            self.engine = engine
            settle()
            return Swap(previous, engine.index.version)

    async def check_live(self) -> str:
        """Load and check the index folder's live version without serving it; its version."""
        loop = asyncio.get_running_loop()
        index = await loop.run_in_executor(None, load_index, self._root(), self._model_id)
        return index.version

    async def roll_back_on_disk(self, to: str | None = None) -> Swap:
        """Point the index folder at an earlier version that loads; serving is left as it is."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, roll_back, self._root(), self._model_id, to)

    async def rollback(self, to: str | None = None) -> Swap:
        """Point the index folder back at an earlier version that loads, and serve it."""
        async with self._swapping:
            await self.roll_back_on_disk(to)
        return await self.reload()

    @property
    def _model_id(self) -> str:
        return str(self.engine.index.manifest["model"]["id"])

    def _root(self) -> Path:
        if self.root is None:
            raise BundleError("This service was started on a bundle, not an index folder.")
        return self.root

    def _engine_for_live_version(self) -> Engine:
        old = self.engine
        index = load_index(self._root(), self._model_id)
        engine = Engine(index, old.embedder, old.store, old.templates, old.max_turns)
        engine.warm()
        gc.unfreeze()  # the old engine's objects may be collected once it is replaced
        return engine

    def close(self) -> None:
        self.worker.shutdown(wait=True)


def open_service(
    index: Index,
    load_embedder: Callable[[], Embedder],
    store: ConversationStore,
    templates: Path | None = None,
    root: Path | None = None,
    max_turns: int = 200,
    engine_threads: int = 4,
    question_cache: int = 0,
) -> Service:
    """Load the model on its own thread, and the engine threads that answer questions.

    Engine threads do the cheap work (reading the question, looking facts up, FAISS searches,
    templates) side by side; every encode goes to the one model thread, which batches the
    encodes that wait together. With a `question_cache` of N, the vectors of the last N texts
    encoded are kept in front of the model thread."""
    embedder: Embedder = BatchingEmbedder(load_embedder)
    cache = QuestionCache(embedder, question_cache) if question_cache else None
    worker = ThreadPoolExecutor(
        max_workers=engine_threads,
        thread_name_prefix="roleqa-engine",
        initializer=search_on_this_thread_only,
    )
    engine = Engine(index, cache or embedder, store, Templates(templates), max_turns)
    engine.warm()
    settle()
    return Service(engine, worker, root, cache)


def settle() -> None:
    """Collect once, then leave everything loaded so far out of later collections: the index,
    the profiles and the words read from them are hundreds of thousands of objects that live as
    long as the service, and a full collection walking them would stall an answer for tens of
    milliseconds."""
    gc.collect()
    gc.freeze()


def roll_back(root: Path, model_id: str | None, to: str | None = None) -> Swap:
    """Make an earlier version live: the one named, or the newest older than the live one.

    The version must load and pass its checks before the pointer moves."""
    live = current_version(root)
    folder = root / VERSIONS
    versions = sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []
    if to is not None:
        if to not in versions:
            raise BundleError(
                f"No version '{to}' in '{root}'; versions there: {', '.join(versions) or 'none'}."
            )
        target = to
    else:
        older = [v for v in versions if live is None or v < live]
        if not older:
            raise BundleError(
                f"No version older than '{live}' in '{root}' to roll back to "
                f"(kept: {', '.join(versions) or 'none'})."
            )
        target = older[-1]
    load_index(folder / target, model_id)
    set_current(root, target)
    return Swap(live or "", target)
