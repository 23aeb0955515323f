"""Load and soak a real `roleqa serve --workers 2` with Redis, on 127.0.0.1 only.

Usage: python bench/load.py [--clients 64] [--seconds 300] [--soak 600] [--workers 2]

It builds the bundled corpus into a temporary index, starts a redis-server and the service
(2 worker processes sharing conversations through Redis), then runs `--clients` concurrent
clients, each holding conversations of the development set's turns (a new conversation every
few turns, follow-ups included) for `--seconds`, and prints the status counts, p50/p90/p99
latency and throughput. The same clients then keep going for `--soak` seconds while the
resident memory of the worker processes is sampled every 30 s from the start, and the curve
is printed. Errors are any status but 200 and the deliberate 429s of the per-conversation
limit, and any connection failure. Everything stops when the time is up.

The clients run in this process on the same cores as the service, so the figures are for
the service and its load together on this machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from servers import RedisServer, RoleqaServer  # noqa: E402


def conversations() -> list[list[tuple[str, str | None]]]:
    """(question, page role) turns of the development set, one list per conversation."""
    found = []
    for line in (ROOT / "eval" / "dev.jsonl").read_text().splitlines():
        turns = json.loads(line)["turns"]
        found.append([(turn["question"], turn["role"]) for turn in turns])
    return found


class Tally:
    def __init__(self) -> None:
        self.statuses: Counter[str] = Counter()
        self.latencies: list[float] = []
        self.finished: list[float] = []

    def add(self, status: str, seconds: float) -> None:
        self.statuses[status] += 1
        self.latencies.append(seconds)
        self.finished.append(time.monotonic())


async def client(base: str, script: list, stop: float, tally: Tally, seed: int) -> None:  # type: ignore[type-arg]
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        while time.monotonic() < stop:
            conversation = None
            for question, role in rng.choice(script):
                if time.monotonic() >= stop:
                    return
                started = time.perf_counter()
                try:
                    reply = await http.post(
                        "/v1/ask",
                        json={"question": question, "conversation_id": conversation, "role": role},
                    )
                    status = str(reply.status_code)
                    if reply.status_code == 200:
                        conversation = reply.json()["conversation_id"]
                except httpx.HTTPError as exc:
                    status = type(exc).__name__
                tally.add(status, time.perf_counter() - started)


def resident_mib(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total / 1024


def worker_pids(parent: int) -> list[int]:
    """The uvicorn workers among the children of `roleqa serve` (not multiprocessing's helper)."""
    children = Path(f"/proc/{parent}/task/{parent}/children")
    pids = [int(pid) for pid in children.read_text().split()] if children.exists() else []
    return [
        pid for pid in pids
        if b"resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]  # fmt: skip


def report(name: str, tally: Tally, seconds: float) -> None:
    latencies = sorted(tally.latencies)
    total = len(latencies)
    errors = sum(n for status, n in tally.statuses.items() if status not in ("200", "429"))

    def pct(p: float) -> float:
        return latencies[min(total - 1, int(p * total))] * 1000

    print(f"\n{name}: {total} requests in {seconds:.0f} s = {total / seconds:.1f} requests/s")
    print(f"  statuses: {dict(tally.statuses)}; errors (not 200 or 429): {errors}")
    print(
        f"  latency ms: p50 {pct(0.5):.1f}, p90 {pct(0.9):.1f}, p99 {pct(0.99):.1f}, "
        f"max {latencies[-1] * 1000:.1f}, mean {statistics.fmean(latencies) * 1000:.1f}"
    )
    first, tenth = tally.finished[0], seconds / 10
    per_tenth = Counter(min(9, int((t - first) / tenth)) for t in tally.finished)
    rates = ", ".join(f"{per_tenth[i] / tenth:.0f}" for i in range(10))
    print(f"  requests/s in each tenth of the run: {rates}")


async def run(args: argparse.Namespace) -> None:
    from roleqa.build import build_index
    from roleqa.corpus import load_corpus
    from roleqa.embedding import PACKAGED_MODEL_ID, SentenceTransformerEmbedder

    work = Path(tempfile.mkdtemp(prefix="roleqa-load-"))
    embedder = SentenceTransformerEmbedder("all-MiniLM-L6-v2")
    build_index(load_corpus(ROOT / "corpus", 1_000_000), work / "index", PACKAGED_MODEL_ID,
                lambda: embedder)  # fmt: skip
    redis = RedisServer(work / "redis").start()
    env = {
        "ROLEQA_REDIS_URL": redis.url,
        "ROLEQA_WORKERS": str(args.workers),
        "ROLEQA_RATE_PER_CLIENT": "0",  # every client is 127.0.0.1 here
        "ROLEQA_MAX_PENDING": "256",
    }
    server = RoleqaServer(work / "index", work / "state", env=env).start()
    assert server.process is not None
    pids = worker_pids(server.process.pid)
    print(f"roleqa serve --workers {args.workers} with Redis on {server.base_url}; "
          f"worker pids {pids}; {args.clients} clients; {os.cpu_count()} cores")  # fmt: skip
    script = conversations()
    memory: list[tuple[float, float]] = []
    started = time.monotonic()

    async def sample(until: float) -> None:
        while time.monotonic() < until:
            memory.append((time.monotonic() - started, resident_mib(pids)))
            await asyncio.sleep(30)

    try:
        load, load_end = Tally(), started + args.seconds
        sampler = asyncio.create_task(sample(started + args.seconds + args.soak))
        await asyncio.gather(
            *(client(server.base_url, script, load_end, load, n) for n in range(args.clients))
        )
        report(f"load, {args.clients} clients", load, args.seconds)
        if args.soak:
            soak = Tally()
            soak_start = time.monotonic()
            await asyncio.gather(
                *(client(server.base_url, script, soak_start + args.soak, soak, 1000 + n)
                  for n in range(args.clients))
            )  # fmt: skip
            report(f"soak, {args.clients} clients", soak, args.soak)
        await sampler
        memory.append((time.monotonic() - started, resident_mib(pids)))
        print("\nresident memory of the workers (MiB) by minute since the load began:")
        for at, mib in memory:
            print(f"  {at / 60:5.1f} min  {mib:8.1f}")
    finally:
        server.stop()
        redis.stop()
        subprocess.run(["rm", "-rf", str(work)], check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--soak", type=float, default=600)
    parser.add_argument("--workers", type=int, default=2)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
