"""What the benchmarks share: the development set's questions and a percentile."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def questions() -> list[str]:
    """The development set's distinct questions, in the order they first appear."""
    seen: dict[str, None] = {}
    for line in (ROOT / "eval" / "dev.jsonl").read_text().splitlines():
        for turn in json.loads(line)["turns"]:
            seen.setdefault(turn["question"], None)
    return list(seen)


def percentile(values: Sequence[float], p: float) -> float:
    """The value at fraction p of the sorted values (nearest rank, no interpolation)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


def timed(call: Callable[[object], object], items: Sequence[object]) -> list[float]:
    """Seconds each call took, one item at a time."""
    times = []
    for item in items:
        started = time.perf_counter()
        call(item)
        times.append(time.perf_counter() - started)
    return times
