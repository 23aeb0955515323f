"""The encoder backends side by side: torch, onnx and onnx-int8, measured in one run.

Usage: python bench/backends.py [--rounds 3] [--backends torch,onnx,onnx-int8]
                                [--parts speed,accuracy,serve]

For each backend, on this machine: the bare encoder on one question at a time (p50, p99 over
the development set's distinct questions), the bare encoder on batches of 16 (sentences/s),
`Engine.ask` in process over the same questions (p50, p99), the build of the bundled corpus
from a cold vector cache (model already loaded), the accuracy of every labelled set in eval/
over its own corpus (the bundled one for dev.jsonl, tests/fixtures/<set>/ for the others, as
the tests build them), and `roleqa serve` started from nothing: seconds until /healthz answers
and until a first answer that needs an encode, and whether torch was imported.

Timings are taken in rounds, each round measuring every backend in turn, so that a change in
the machine's load hits all backends alike; each figure is the median over rounds, with the
spread (min-max of the rounds' medians). The ratios to torch are the numbers to compare.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

import httpx
from measure import percentile, questions, timed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("HF_HUB_OFFLINE", "1")

BACKENDS = ("torch", "onnx", "onnx-int8")
FIXTURES = ROOT / "tests" / "fixtures"
ENCODING_QUESTION = "do actuaries ever testify in court?"  # free-form: it needs an encode


def summary(per_round: list[float], unit: str, scale: float = 1.0, digits: int = 2) -> str:
    values = [v * scale for v in per_round]
    middle = statistics.median(values)
    return f"{middle:.{digits}f} {unit} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--backends", default=",".join(BACKENDS), help="comma-separated")
    parser.add_argument("--parts", default="speed,accuracy,serve", help="comma-separated")
    parser.add_argument("--onnx-dir", type=Path, help="exported models to reuse (default: fresh)")
    args = parser.parse_args()
    backends = tuple(args.backends.split(","))
    parts = set(args.parts.split(","))

    from roleqa.build import build_index
    from roleqa.corpus import load_corpus
    from roleqa.embedding import load_embedder, model_id_for, share_cores
    from roleqa.engine import Engine
    from roleqa.evaluation import evaluate, load_conversations
    from roleqa.index import load_index, search_on_this_thread_only

    threads = share_cores(1, "torch")  # torch's threads; ONNX Runtime is given the same
    versions = ", ".join(
        f"{name} {version(name)}"
        for name in ("torch", "sentence-transformers", "transformers", "onnxruntime", "tokenizers")
    )
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{versions}; {threads} encoder threads for every backend")
    print(f"start: {load()}")
    asked = questions()
    print(f"{len(asked)} distinct questions from eval/dev.jsonl; {args.rounds} rounds\n")
    work = Path(tempfile.mkdtemp(prefix="roleqa-backends-"))
    onnx_dir = args.onnx_dir or work / "onnx"
    search_on_this_thread_only()

    embedders = {}
    for backend in backends:
        started = time.perf_counter()
        embedders[backend] = load_embedder("all-MiniLM-L6-v2", backend, 32, onnx_dir, threads)
        print(
            f"{backend}: loaded (and exported, for onnx) in {time.perf_counter() - started:.1f} s"
        )

    if "speed" in parts:
        # One index of the bundled corpus per backend, built from a cold vector cache.
        corpus = load_corpus(ROOT / "corpus", 1_000_000)
        engines, builds = {}, {b: [] for b in backends}
        for attempt in range(args.rounds):
            for backend in backends:
                model_id = model_id_for("all-MiniLM-L6-v2", backend)
                root = work / f"bundled-{backend}-{attempt}"
                report = build_index(corpus, root, model_id, lambda b=backend: embedders[b])
                builds[backend].append(report.seconds)
                engines[backend] = Engine(load_index(root, model_id), embedders[backend])
        chunks = report.chunks

        bare: dict[str, list[float]] = {b: [] for b in backends}
        bare_p99: dict[str, list[float]] = {b: [] for b in backends}
        batch: dict[str, list[float]] = {b: [] for b in backends}
        ask: dict[str, list[float]] = {b: [] for b in backends}
        ask_p99: dict[str, list[float]] = {b: [] for b in backends}
        for _ in range(args.rounds):
            for backend in backends:
                embedder, engine = embedders[backend], engines[backend]
                for question in asked[:20]:  # warm up
                    embedder.embed([question])
                times = timed(lambda q, e=embedder: e.embed([q]), asked)
                bare[backend].append(statistics.median(times))
                bare_p99[backend].append(percentile(times, 0.99))
                times = timed(lambda _, e=embedder: e.embed(asked[:16]), range(20))
                batch[backend].append(16 / statistics.median(times))
                times = timed(lambda q, e=engine: e.ask(q), asked)
                ask[backend].append(statistics.median(times))
                ask_p99[backend].append(percentile(times, 0.99))

        print(f"\nmeasured: {load()}")
        base = {
            "bare": statistics.median(bare[backends[0]]),
            "batch": statistics.median(batch[backends[0]]),
            "build": statistics.median(builds[backends[0]]),
        }

        def ms(p50: list[float], p99: list[float]) -> str:
            return f"p50 {summary(p50, 'ms', 1000)}, p99 {summary(p99, 'ms', 1000)}"

        rows = []
        for backend in backends:
            rows.append(
                (
                    backend,
                    ms(bare[backend], bare_p99[backend]),
                    f"{statistics.median(bare[backend]) / base['bare']:.2f}x",
                    summary(batch[backend], "sentences/s", digits=0),
                    f"{statistics.median(batch[backend]) / base['batch']:.2f}x",
                    ms(ask[backend], ask_p99[backend]),
                    summary(builds[backend], "s"),
                    f"{statistics.median(builds[backend]) / base['build']:.2f}x",
                )
            )
        print("\nbare encode of one question:")
        for row in rows:
            print(f"  {row[0]:>9}: {row[1]} = {row[2]} the first")
        print("bare encoder, batches of 16:")
        for row in rows:
            print(f"  {row[0]:>9}: {row[3]} = {row[4]} the first")
        print("Engine.ask in process (most questions need no encode):")
        for row in rows:
            print(f"  {row[0]:>9}: {row[5]}")
        print(f"build of the bundled corpus ({chunks} chunks, cold vector cache, model loaded):")
        for row in rows:
            print(f"  {row[0]:>9}: {row[6]} = {row[7]} the first")

    if "accuracy" in parts:
        print("\naccuracy of each labelled set over its own corpus:")
        sets = sorted((ROOT / "eval").glob("*.jsonl"))
        print("  " + " " * 20 + "".join(f"{b:>20}" for b in backends))
        for questions_file in sets:
            name = questions_file.stem
            folder = ROOT / "corpus" if name == "dev" else FIXTURES / name
            conversations = load_conversations(questions_file)
            line = f"  {name + '.jsonl':<20}"
            set_corpus = load_corpus(folder, 1_000_000)
            for backend in backends:
                model_id = model_id_for("all-MiniLM-L6-v2", backend)
                root = work / f"set-{name}-{backend}"
                build_index(set_corpus, root, model_id, lambda b=backend: embedders[b])
                engine = Engine(load_index(root, model_id), embedders[backend])
                report = evaluate(conversations, engine.ask)
                right = sum(1 for r in report.results if r.right)
                line += f"{report.accuracy:.1%} ({right}/{len(report.results)})".rjust(20)
            print(line)

    if "serve" in parts:
        print(f"\nroleqa serve, spawned to /healthz and to a first encoded answer ({load()}):")
        for backend in backends:
            if not (work / f"bundled-{backend}-0").exists():
                # torch and onnx give the same vectors and share a model id: either builds it.
                builder = "onnx" if backend == "torch" and "onnx" in embedders else backend
                model_id = model_id_for("all-MiniLM-L6-v2", backend)
                bundled = load_corpus(ROOT / "corpus", 1_000_000)
                root = work / f"bundled-{backend}-0"
                build_index(bundled, root, model_id, lambda b=builder: embedders[b])
        for _ in range(args.rounds):
            for backend in backends:
                result = serve_startup(work / f"bundled-{backend}-0", backend, onnx_dir, work)
                startups.setdefault(backend, []).append(result)
        for backend in backends:
            runs = startups[backend]
            health = [r[0] for r in runs]
            first = [r[1] for r in runs]
            imported = ", ".join(sorted(set().union(*(r[2] for r in runs))))
            print(
                f"  {backend:>9}: healthz {summary(health, 's')}, first answer "
                f"{summary(first, 's')}; imported {imported or 'neither torch nor ST'}"
            )
    print(f"\nend: {load()}")


startups: dict[str, list[tuple[float, float, set[str]]]] = {}


def serve_startup(
    index: Path, backend: str, onnx_dir: Path, work: Path
) -> tuple[float, float, set[str]]:
    """Seconds from spawning `roleqa serve` to /healthz, and to an answer that needed an encode;
    and which of torch / sentence-transformers the process imported."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("ROLEQA_")}
    env.update(
        HF_HUB_OFFLINE="1",
        PYTHONPROFILEIMPORTTIME="1",
        ROLEQA_BACKEND=backend,
        ROLEQA_ONNX_DIR=str(onnx_dir),
        ROLEQA_CONVERSATIONS=str(work / f"state-{port}" / "c.sqlite3"),
        ROLEQA_FEEDBACK=str(work / f"state-{port}" / "f.sqlite3"),
    )
    log = work / f"serve-{port}.err"
    command = [sys.executable, "-m", "roleqa", "serve", "--index", str(index), "--port", str(port)]
    started = time.perf_counter()
    with open(log, "wb") as err:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, env=env)
    try:
        base = f"http://127.0.0.1:{port}"
        health = first = None
        with httpx.Client(base_url=base, timeout=30) as http:
            while time.perf_counter() - started < 120:
                try:
                    if http.get("/healthz").status_code == 200:
                        health = time.perf_counter() - started
                        break
                except httpx.TransportError:
                    time.sleep(0.02)
            reply = http.post("/v1/ask", json={"question": ENCODING_QUESTION})
            first = time.perf_counter() - started
            assert reply.status_code == 200, reply.text
    finally:
        process.terminate()
        process.wait(timeout=30)
    modules = {
        line.rsplit("|", 1)[-1].strip().split(".")[0]
        for line in log.read_text(errors="replace").splitlines()
        if line.startswith("import time:")
    }
    assert health is not None and first is not None
    return health, first, {"torch", "sentence_transformers"} & modules


if __name__ == "__main__":
    main()
