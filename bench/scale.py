"""Search latency, answer latency and memory at 1x, 10x and 50x the O*NET corpus, exact and IVF.

Usage: python bench/scale.py [--data ../shared/data] [--work DIR] [--scales 1,10,50]
                             [--charts docs/bench] [--cache FILE]

How it is measured, in one run on this machine:
- 1x is the real O*NET corpus: `roleqa import-onet`, then `roleqa build` in a subprocess (its
  embedding cache lives in --work, so later runs embed nothing; `--cache FILE` starts it from
  an earlier build's `cache/embeddings.sqlite3`). Its vectors are read back from that cache.
- 10x and 50x are synthetic: every profile is copied under a new id (`<id>--copy-<n>`, title
  `<title>, copy <n>`, without alternate titles, which keeps the engine's start-up at 50x to
  minutes: its role names grow with the titles only), chunked like any profile, and
  each chunk's vector is the original's plus Gaussian noise (sigma 0.02 per dimension, seeded),
  re-normalised: a copy's cosine similarity to its original is about 0.93.
- For each size, two bundles are written with `roleqa.index.write_bundle`: exact (IndexFlatIP)
  and approximate (IndexIVFFlat, the parameters roleqa uses above its threshold). The build
  time is the manifest's `build_seconds` (adding the vectors, plus training for IVF).
- Each bundle is then measured in a fresh subprocess, one after another: resident memory
  (VmRSS) after loading the packaged model, then after `load_index` and `Engine(...)`, i.e. an
  in-process measurement of what a serving process holds; FAISS search (`Index.search`, k=10,
  one OpenMP thread, as on the service's threads) of every question vector, p50/p99; and
  `Engine.ask` p50/p99 over a fixed set of O*NET-style questions (salary by title, what they
  do, entry-level) about the original profiles.
- Recall@10 of the approximate index is measured against the exact one of the same size over
  the same question vectors: questions generated from the real profiles (three per profile,
  several hundred), encoded once by the packaged model.
Prints a table, writes the figures as JSON in --work, and PNG charts into --charts when
matplotlib is installed (`pip install -e '.[bench]'`).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NOISE = 0.02
ROLE_SAMPLE = 300  # profiles whose questions measure recall (three questions each)
ASK_SAMPLE = 60  # profiles whose questions time Engine.ask (three questions each)


def rss_mib() -> tuple[float, float]:
    """This process's resident memory now and at its peak, in MiB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


def questions_about(profiles: list[Any], count: int, seed: int) -> list[str]:
    """O*NET-style questions about a seeded sample of profiles: salary, duties, entry level."""
    chosen = random.Random(seed).sample(profiles, min(count, len(profiles)))
    asked = []
    for profile in chosen:
        asked += [
            f"How much does a {profile.title} make?",
            f"What does a {profile.title} do?",
            f"Is {profile.title} entry-level friendly?",
        ]
    return asked


def synthesise(profiles: list[Any], vectors: dict[str, np.ndarray], times: int, seed: int):  # type: ignore[no-untyped-def]
    """Profiles, chunks and vectors of `times` x the corpus: the originals, then noisy copies."""
    from roleqa.chunking import chunk_profile

    rng = np.random.default_rng(seed)
    originals = np.stack(
        [vectors[chunk.id] for profile in profiles for chunk in chunk_profile(profile)]
    )
    all_profiles, all_chunks, parts = [], [], []
    for copy in range(times):
        for profile in profiles:
            if copy:
                suffix = f", copy {copy}"
                profile = replace(
                    profile,
                    id=f"{profile.id}--copy-{copy}",
                    title=profile.title + suffix,
                    alternate_titles=(),
                )
            all_profiles.append(profile)
            all_chunks += chunk_profile(profile)
        if copy:
            noisy = originals + rng.normal(0, NOISE, originals.shape).astype(np.float32)
            noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
            parts.append(noisy)
        else:
            parts.append(originals)
    matrix = np.ascontiguousarray(np.concatenate(parts), dtype=np.float32)
    assert len(matrix) == len(all_chunks)
    return all_profiles, all_chunks, matrix


def write(root: Path, profiles, chunks, matrix: np.ndarray, exact: bool) -> Path:  # type: ignore[no-untyped-def]
    from roleqa.embedding import PACKAGED_MODEL_ID
    from roleqa.index import write_bundle

    if root.exists():
        shutil.rmtree(root)
    manifest = {
        "model": {"id": PACKAGED_MODEL_ID, "dimension": int(matrix.shape[1]), "normalized": True},
        "counts": {"profiles": len(profiles), "chunks": len(chunks), "vectors": len(chunks)},
    }
    threshold = len(chunks) + 1 if exact else 1
    return write_bundle(root, "synthetic", profiles, chunks, matrix, manifest, threshold)


def measure(bundle: Path, query_file: Path, ask_file: Path) -> dict[str, Any]:
    """In a fresh process: memory, search and answer latency of one bundle."""
    from roleqa.embedding import PACKAGED_MODEL_ID, SentenceTransformerEmbedder
    from roleqa.engine import Engine
    from roleqa.index import load_index, search_on_this_thread_only

    search_on_this_thread_only()
    embedder = SentenceTransformerEmbedder("all-MiniLM-L6-v2")
    embedder.embed(["warm up the encoder"])
    with_model, _ = rss_mib()
    started = time.perf_counter()
    index = load_index(bundle, PACKAGED_MODEL_ID)
    loaded = time.perf_counter() - started
    engine = Engine(index, embedder)
    ready = time.perf_counter() - started
    with_index, _ = rss_mib()
    queries = np.load(query_file)
    for query in queries[:10]:
        index.search(query, k=10)
    search_times, found = [], []
    for query in queries:
        begun = time.perf_counter()
        hits = index.search(query, k=10)
        search_times.append(time.perf_counter() - begun)
        found.append([hit.chunk.id for hit in hits])
    asked = json.loads(ask_file.read_text())
    for question in asked[:10]:
        engine.ask(question)
    ask_times, intents = [], []
    for question in asked:
        begun = time.perf_counter()
        answer = engine.ask(question)
        ask_times.append(time.perf_counter() - begun)
        intents.append(answer.intent)
    after, peak = rss_mib()
    return {
        "vectors": len(index.chunks),
        "index": index.manifest["index"],
        "load_seconds": loaded,
        "ready_seconds": ready,
        "rss_with_model_mib": with_model,
        "rss_with_index_mib": with_index,
        "rss_after_mib": after,
        "rss_peak_mib": peak,
        "search_p50_ms": statistics.median(search_times) * 1000,
        "search_p99_ms": percentile(search_times, 0.99) * 1000,
        "ask_p50_ms": statistics.median(ask_times) * 1000,
        "ask_p99_ms": percentile(ask_times, 0.99) * 1000,
        "intents": {name: intents.count(name) for name in sorted(set(map(str, intents)))},
        "found": found,
    }


def measure_in_child(bundle: Path, query_file: Path, ask_file: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--measure", str(bundle), "--query-file", str(query_file),
         "--ask-file", str(ask_file)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def recall_at_10(exact: list[list[str]], approximate: list[list[str]]) -> float:
    shares = [len(set(e) & set(a)) / len(e) for e, a in zip(exact, approximate, strict=True) if e]
    return sum(shares) / len(shares)


def build_real(data: Path, work: Path, seed_cache: Path | None) -> tuple[Path, float]:
    """Import the O*NET corpus and build it with `roleqa build`, as an operator would."""
    corpus, index = work / "onet", work / "1x-exact"
    roleqa = [sys.executable, "-m", "roleqa"]
    cache = index / "cache" / "embeddings.sqlite3"
    if seed_cache and not cache.exists():
        cache.parent.mkdir(parents=True)
        shutil.copy(seed_cache, cache)
    if not corpus.is_dir():
        subprocess.run([*roleqa, "import-onet", "--data", str(data), "--out", str(corpus)],
                       check=True, capture_output=True)  # fmt: skip
    started = time.perf_counter()
    subprocess.run([*roleqa, "build", "--corpus", str(corpus), "--index", str(index)],
                   check=True, capture_output=True)  # fmt: skip
    return index, time.perf_counter() - started


def of_kind(results: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return sorted((r for r in results if r["index"]["type"] == kind), key=lambda r: r["vectors"])


def charts(results: list[dict[str, Any]], folder: Path) -> list[Path]:
    try:
        import matplotlib
    except ImportError:
        print("matplotlib is not installed (pip install -e '.[bench]'); no charts written.")
        return []
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    kinds = {"flat": "exact (IndexFlatIP)", "ivf_flat": "approximate (IndexIVFFlat)"}
    colours = {"flat": "tab:blue", "ivf_flat": "tab:orange"}
    written = []
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for kind, label in kinds.items():
        rows = of_kind(results, kind)
        sizes = [r["vectors"] for r in rows]
        for axes, name in ((left, "search"), (right, "ask")):
            for quantile, style in (("p50", "o-"), ("p99", "o--")):
                values = [r[f"{name}_{quantile}_ms"] for r in rows]
                axes.plot(sizes, values, style, color=colours[kind], label=f"{label} {quantile}")
    for axes, title in ((left, "FAISS search, one question, top 10"), (right, "Engine.ask")):
        axes.set_xscale("log")
        axes.set_yscale("log")
        axes.set_xlabel("chunks (vectors) in the index")
        axes.set_ylabel("milliseconds")
        axes.set_title(title)
        axes.grid(True, which="both", alpha=0.3)
        axes.legend(fontsize=8)
    figure.tight_layout()
    written.append(folder / "scale-latency.png")
    figure.savefig(written[-1], dpi=110)
    plt.close(figure)

    figure, axes = plt.subplots(figsize=(6, 4.2))
    for kind, label in kinds.items():
        rows = of_kind(results, kind)
        axes.plot([r["vectors"] for r in rows], [r["rss_with_index_mib"] for r in rows], "o-",
                  color=colours[kind], label=label)  # fmt: skip
    model_only = statistics.median(r["rss_with_model_mib"] for r in results)
    axes.axhline(model_only, color="grey", linestyle=":", label="model loaded, no index")
    axes.set_xscale("log")
    axes.set_xlabel("chunks (vectors) in the index")
    axes.set_ylabel("resident memory, MiB")
    axes.set_title("Memory of a process with the model, index and engine")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    written.append(folder / "scale-memory.png")
    figure.savefig(written[-1], dpi=110)
    plt.close(figure)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--work", type=Path, default=Path("/tmp/roleqa-scale"))
    parser.add_argument("--scales", default="1,10,50")
    parser.add_argument("--charts", type=Path, default=ROOT / "docs" / "bench")
    parser.add_argument(
        "--cache", type=Path, help="embeddings cache of an earlier O*NET build to start from"
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--query-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--ask-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.query_file, args.ask_file)))
        return
    if not (args.data / "onet_29_3").is_dir():
        print(f"Skipped: no public occupation data at '{args.data}'; pass --data DIR.")
        return

    import torch

    from roleqa.cache import EmbeddingCache
    from roleqa.embedding import PACKAGED_MODEL_ID, SentenceTransformerEmbedder
    from roleqa.index import load_index

    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"torch {torch.__version__}; load average at start {os.getloadavg()[0]:.2f}")  # fmt: skip
    args.work.mkdir(parents=True, exist_ok=True)
    real, build_seconds = build_real(args.data, args.work, args.cache)
    index = load_index(real, PACKAGED_MODEL_ID)
    profiles, chunks = list(index.profiles.values()), index.chunks
    print(f"1x: `roleqa build` of {len(profiles)} profiles, {len(chunks)} chunks: "
          f"{build_seconds:.1f} s (embeddings from the cache in {real / 'cache'})")  # fmt: skip
    cache = EmbeddingCache(real / "cache" / "embeddings.sqlite3")
    cached = cache.get_many(PACKAGED_MODEL_ID, [chunk.content_hash for chunk in chunks])
    cache.close()
    vectors = {chunk.id: cached[chunk.content_hash] for chunk in chunks}

    embedder = SentenceTransformerEmbedder("all-MiniLM-L6-v2")
    recall_questions = questions_about(profiles, ROLE_SAMPLE, seed=1)
    query_file, ask_file = args.work / "queries.npy", args.work / "asked.json"
    np.save(query_file, embedder.embed(recall_questions))
    ask_file.write_text(json.dumps(questions_about(profiles, ASK_SAMPLE, seed=2)))
    del embedder, index
    print(f"{len(recall_questions)} question vectors for search and recall, "
          f"{3 * ASK_SAMPLE} questions for Engine.ask")  # fmt: skip

    results = []
    for times in [int(n) for n in args.scales.split(",")]:
        made = synthesise(profiles, vectors, times, seed=times)
        measured = {}
        for exact in (True, False):
            kind = "exact" if exact else "approximate"
            if times == 1 and exact:
                bundle = real
            else:
                bundle = write(args.work / f"{times}x-{kind}", *made, exact=exact)
            measured[kind] = measure_in_child(bundle, query_file, ask_file)
            measured[kind]["scale"] = times
            shutil.rmtree(bundle) if bundle != real else None
        del made
        recall = recall_at_10(measured["exact"]["found"], measured["approximate"]["found"])
        for kind, row in measured.items():
            row["recall_at_10"] = recall if kind == "approximate" else 1.0
            row.pop("found")
            results.append(row)
            print(f"{times}x {kind:11} {row['vectors']:>7,} vectors "
                  f"{json.dumps({k: v for k, v in row['index'].items() if k != 'metric'})}\n"
                  f"    search p50 {row['search_p50_ms']:.2f} ms, "
                  f"p99 {row['search_p99_ms']:.2f} ms;"
                  f" Engine.ask p50 {row['ask_p50_ms']:.2f} ms, p99 {row['ask_p99_ms']:.2f} ms;"
                  f" recall@10 {row['recall_at_10']:.3f}\n"
                  f"    RSS with model {row['rss_with_model_mib']:.0f} MiB, with index and engine "
                  f"{row['rss_with_index_mib']:.0f} MiB, after the runs {row['rss_after_mib']:.0f}"
                  f" MiB (peak {row['rss_peak_mib']:.0f}); load {row['load_seconds']:.1f} s, "
                  f"engine ready {row['ready_seconds']:.1f} s; answers {row['intents']}",
                  flush=True)  # fmt: skip
    (args.work / "scale.json").write_text(json.dumps(results, indent=2))
    print(f"load average at the end {os.getloadavg()[0]:.2f}; "
          f"figures in {args.work / 'scale.json'}")  # fmt: skip
    for path in charts(results, args.charts):
        print(f"chart: {path}")


if __name__ == "__main__":
    main()
