"""Latency and throughput of `POST /v1/ask` against the bare encoder, measured in one run.

Usage: python bench/latency.py [--questions 300] [--clients 16] [--seconds 20]
                               [--chart docs/bench/throughput-clients.png]

Builds the bundled corpus into a temporary index and measures, on this machine, one after
another: a bare `model.encode([question])` (sentence-transformers, the packaged MiniLM, in
this process), the bare encoder on batches of 16, `Engine.ask` in process, then
`roleqa serve` over keep-alive HTTP on 127.0.0.1: sequential distinct questions (p50, p99),
the service's own encoder back to back and after idle time (in this process), and `--clients`
concurrent clients on distinct questions for `--seconds` (answers/s).
Questions are the development set's, each asked once per measurement where possible. While
it times requests, this process's own garbage collector is paused (as `timeit` pauses it), so
that a collection in the client is not counted as the service's latency.
Prints each figure, the ratios the targets are stated in, and the versions used.
With `--chart PNG` (and wrk and matplotlib installed: `pip install -e '.[bench]'`), it also
drives 1, 2, 4, 8 and 16 clients for `--seconds` each and draws answers/s against clients.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from measure import percentile, questions, timed  # noqa: E402

from servers import RoleqaServer  # noqa: E402


async def concurrent(base: str, asked: list[str], clients: int, seconds: float) -> tuple[int, int]:
    stop = time.monotonic() + seconds
    counts = {"ok": 0, "errors": 0}

    async def client(offset: int) -> None:
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            n = offset
            while time.monotonic() < stop:
                reply = await http.post("/v1/ask", json={"question": asked[n % len(asked)]})
                counts["ok" if reply.status_code == 200 else "errors"] += 1
                n += clients

    await asyncio.gather(*(client(i) for i in range(clients)))
    return counts["ok"], counts["errors"]


def wrk(base: str, asked: list[str], clients: int, seconds: float, work: Path) -> tuple[float, int]:
    """Answers/s and non-200 replies under wrk, which rotates through the distinct questions."""
    bodies = ",\n".join("[==[" + json.dumps({"question": question}) + "]==]" for question in asked)
    script = work / "ask.lua"
    script.write_text(
        f"local bodies = {{\n{bodies}\n}}\n"
        "local n = 0\n"
        "request = function()\n"
        "  n = n + 1\n"
        '  return wrk.format("POST", "/v1/ask", {["Content-Type"] = "application/json"},\n'
        "    bodies[(n % #bodies) + 1])\n"
        "end\n"
    )
    result = subprocess.run(
        # wrk needs at least one connection per thread
        ["wrk", f"-t{min(2, clients)}", f"-c{clients}", f"-d{seconds:.0f}s", "-s", str(script),
         base],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))  # type: ignore[union-attr]
    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    errors = re.search(r"Socket errors: .*", result.stdout)
    count = int(failed.group(1)) if failed else 0
    if errors:
        count += sum(int(n) for n in re.findall(r"\d+", errors.group(0)))
    return rate, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--chart", type=Path, help="PNG of answers/s against clients (wrk)")
    args = parser.parse_args()

    import sentence_transformers
    import torch

    from roleqa.build import build_index
    from roleqa.corpus import load_corpus
    from roleqa.embedding import PACKAGED_MODEL_ID, SentenceTransformerEmbedder
    from roleqa.engine import Engine
    from roleqa.index import load_index, search_on_this_thread_only

    asked = questions()[: args.questions]
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"torch {torch.__version__} ({torch.get_num_threads()} threads), "
          f"sentence-transformers {sentence_transformers.__version__}")  # fmt: skip
    print(f"{len(asked)} distinct questions from eval/dev.jsonl")
    work = Path(tempfile.mkdtemp(prefix="roleqa-bench-"))
    embedder = SentenceTransformerEmbedder("all-MiniLM-L6-v2")
    build_index(load_corpus(ROOT / "corpus", 1_000_000), work / "index", PACKAGED_MODEL_ID,
                lambda: embedder)  # fmt: skip
    search_on_this_thread_only()
    model = embedder._model
    for question in asked[:20]:  # warm up
        model.encode([question])

    bare = timed(lambda q: model.encode([q]), asked)
    batch = asked[:16]
    batched = timed(lambda _: model.encode(batch, batch_size=16), range(20))
    batch_rate = 16 / statistics.median(batched)
    index = load_index(work / "index", PACKAGED_MODEL_ID)
    engine = Engine(index, embedder)
    encode_search = timed(lambda i: index.search(embedder.embed([asked[i]])[0], k=10),
                          range(len(asked)))  # fmt: skip
    in_process = timed(lambda q: engine.ask(q), asked)
    bare_p50 = statistics.median(bare)
    print(f"\nbare model.encode([q]): p50 {bare_p50 * 1000:.2f} ms, "
          f"p99 {percentile(bare, 0.99) * 1000:.2f} ms")  # fmt: skip
    print(f"bare encode + FAISS top-10: p50 {statistics.median(encode_search) * 1000:.2f} ms")
    print(f"bare encoder, batches of 16: {batch_rate:.0f} sentences/s")
    print(f"Engine.ask in process: p50 {statistics.median(in_process) * 1000:.2f} ms, "
          f"p99 {percentile(in_process, 0.99) * 1000:.2f} ms "
          f"= {statistics.median(in_process) / statistics.median(encode_search):.2f}x "
          "bare encode + search")  # fmt: skip

    env = {"ROLEQA_RATE_PER_CLIENT": "0", "ROLEQA_RATE_PER_CONVERSATION": "0",
           "ROLEQA_MAX_PENDING": "1024"}  # fmt: skip
    server = RoleqaServer(work / "index", work / "state", env=env).start()
    try:
        with httpx.Client(base_url=server.base_url, timeout=30) as http:
            for question in asked[:20]:
                http.post("/v1/ask", json={"question": question})
            intents: list[str] = []

            def ask(question: object) -> None:
                reply = http.post("/v1/ask", json={"question": question})
                intents.append(reply.json()["intent"])

            # This process holds the model and an index; its own garbage collections would
            # be timed as the service's latency, so they wait, as timeit makes them wait.
            gc.collect()
            gc.disable()
            try:
                over_http = timed(ask, asked)
            finally:
                gc.enable()
        p50, p99 = statistics.median(over_http), percentile(over_http, 0.99)
        print(f"\nPOST /v1/ask, sequential, keep-alive: p50 {p50 * 1000:.2f} ms, "
              f"p99 {p99 * 1000:.2f} ms; p50 = {p50 / bare_p50:.2f}x bare encode, "
              f"p99 = {p99 / p50:.2f}x its p50")  # fmt: skip
        # Answers read from a profile's fields need no encode; passage answers and the
        # declined questions that were searched for one do. The tail is the second kind.
        searched = [t for t, i in zip(over_http, intents, strict=True) if i in _SEARCHED]
        fields = [t for t, i in zip(over_http, intents, strict=True) if i not in _SEARCHED]
        for name, times in (("answered from fields", fields), ("free-form or declined", searched)):
            if times:
                print(f"  {name}: {len(times)} questions, p50 {statistics.median(times) * 1000:.2f}"
                      f" ms, p99 {percentile(times, 0.99) * 1000:.2f} ms")  # fmt: skip
        encode_after_idle(work / "index" / "cache" / "onnx", asked)
        if shutil.which("wrk"):
            rate, errors, tool = (
                *wrk(server.base_url, asked, args.clients, args.seconds, work),
                "wrk",
            )
        else:
            ok, errors = asyncio.run(concurrent(server.base_url, asked, args.clients, args.seconds))
            rate, tool = ok / args.seconds, "a Python client in this process"
        print(f"POST /v1/ask, {args.clients} concurrent clients for {args.seconds:.0f} s "
              f"({tool}): {rate:.0f} answers/s, {errors} errors = {rate / batch_rate:.2f}x the "
              "bare batched encoder")  # fmt: skip
        if args.chart and shutil.which("wrk"):
            rates = {}
            for clients in (1, 2, 4, 8, 16):
                rates[clients], errors = wrk(server.base_url, asked, clients, args.seconds, work)
                print(f"  {clients:>2} clients: {rates[clients]:.0f} answers/s, {errors} errors")
            throughput_chart(rates, batch_rate, args.chart)
        elif args.chart:
            print("wrk is not installed; no throughput chart.")
    finally:
        server.stop()


def encode_after_idle(onnx_dir: Path, asked: list[str], idle: float = 0.03) -> None:
    """The service's own encoder, in this process: one question at a time back to back, and
    after the idle time a sequential client leaves between the questions that need an encode
    (one in seven of the development set's). An encode that follows idle time is slower: the
    encoder's threads have gone to sleep and its weights have left the caches."""
    from roleqa.embedding import load_embedder
    from roleqa.settings import DEFAULT_MODEL, Settings

    backend = Settings.model_fields["backend"].default
    encoder = load_embedder(DEFAULT_MODEL, backend, onnx_dir=onnx_dir)
    for question in asked[:20]:
        encoder.embed([question])
    back_to_back = timed(lambda q: encoder.embed([q]), asked)
    after_idle = []
    for question in asked:
        time.sleep(idle)
        after_idle.extend(timed(lambda q: encoder.embed([q]), [question]))
    print(f"the service's encoder ({backend}), one question, in this process: back to back "
          f"p50 {statistics.median(back_to_back) * 1000:.2f} ms; after {idle * 1000:.0f} ms idle "
          f"p50 {statistics.median(after_idle) * 1000:.2f} ms, "
          f"p99 {percentile(after_idle, 0.99) * 1000:.2f} ms")  # fmt: skip


# Kinds of answer that searched the passages, and so encoded the question.
_SEARCHED = ("free_form", "out_of_scope")


def throughput_chart(rates: dict[int, float], batch_rate: float, path: Path) -> None:
    try:
        import matplotlib
    except ImportError:
        print("matplotlib is not installed (pip install -e '.[bench]'); no chart written.")
        return
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(6, 4.2))
    axes.plot(list(rates), list(rates.values()), "o-", label="POST /v1/ask, one process (wrk)")
    axes.axhline(batch_rate, color="grey", linestyle=":", label="bare encoder, batches of 16")
    axes.set_xscale("log", base=2)
    axes.set_xticks(list(rates), [str(n) for n in rates])
    axes.set_xlabel("concurrent clients")
    axes.set_ylabel("answers per second")
    axes.set_title("Throughput against clients, bundled corpus")
    axes.grid(True, alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    print(f"chart: {path}")


if __name__ == "__main__":
    main()
