"""`kill -9` during `roleqa build`: the live bundle stays intact, the cache keeps finished work."""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import faiss
import numpy as np
import pytest

from conftest import seed_as
from roleqa.build import CACHE_FILE, EMBED_GROUP, content_digest
from roleqa.chunking import chunk_profile
from roleqa.corpus import load_corpus
from roleqa.index import Index, current_version, load_index

MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
BIG_PROFILES = 300
KINDS = ("Engineer", "Analyst", "Scientist", "Architect", "Manager", "Researcher")
# Lines after "Last reviewed ..." are disclaimers: part of the profile, never embedded.
DISCLAIMER = "for educational purposes only"
REPORT = re.compile(
    r"Indexed (?P<profiles>\d+) profiles as (?P<chunks>\d+) chunks: "
    r"(?P<embedded>\d+) embedded, (?P<reused>\d+) reused from the cache"
)
LIVE = re.compile(r"Version (?P<version>\S+) is now live")
BUILD_TIMEOUT = 900.0
KILL_TIMEOUT = 240.0


def _env() -> dict[str, str]:
    # The run's exported ONNX model is shared; every other setting is the test's own.
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("ROLEQA_") or key == "ROLEQA_ONNX_DIR"
    }
    return {**env, "HF_HUB_OFFLINE": "1", "ROLEQA_KEEP_VERSIONS": "20"}


class BuildRun:
    """One `roleqa build` subprocess; its output goes to files so it never blocks on a pipe."""

    _numbers = itertools.count(1)

    def __init__(self, corpus: Path, index: Path, logs: Path) -> None:
        number = next(self._numbers)
        self.stdout_path = logs / f"build-{number:03d}.out"
        self.stderr_path = logs / f"build-{number:03d}.err"
        command = [sys.executable, "-m", "roleqa", "build"]
        command += ["--corpus", str(corpus), "--index", str(index)]
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.process = subprocess.Popen(command, stdout=out, stderr=err, env=_env())
        self.started = time.monotonic()

    @property
    def pid(self) -> int:
        return self.process.pid

    def running(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> bool:
        """SIGKILL the build if it is still running; True when it was."""
        was_running = self.running()
        if was_running:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        return was_running

    def finish(self) -> str:
        """Wait for a normal exit and return stdout, failing with the output otherwise."""
        try:
            code = self.process.wait(timeout=BUILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.kill()
            pytest.fail(f"roleqa build ran over {BUILD_TIMEOUT:.0f} s\n{self.output()}")
        assert code == 0, f"roleqa build exited with {code}\n{self.output()}"
        return self.stdout_path.read_text()

    def output(self) -> str:
        return f"stdout:\n{self.stdout_path.read_text()}\nstderr:\n{self.stderr_path.read_text()}"


@pytest.fixture
def start_build(tmp_path: Path) -> Iterator[Callable[[Path, Path], BuildRun]]:
    """Start builds; any still running at teardown is killed."""
    logs = tmp_path / "logs"
    logs.mkdir()
    runs: list[BuildRun] = []

    def start(corpus: Path, index: Path) -> BuildRun:
        run = BuildRun(corpus, index, logs)
        runs.append(run)
        return run

    yield start
    for run in runs:
        run.kill()


Trigger = Callable[[BuildRun, set[str]], bool]


@dataclass(frozen=True)
class Attempt:
    moment: str
    killed: bool
    went_live: bool
    staging_left: bool


def write_corpus(folder: Path, titles: list[tuple[str, str]]) -> Path:
    folder.mkdir()
    for number, (title, salary) in enumerate(titles):
        (folder / f"role-{number:03d}.txt").write_text(seed_as(title, salary), encoding="utf-8")
    return folder


def big_titles() -> list[tuple[str, str]]:
    return [
        (f"Synthetic Role {n:03d} {KINDS[n % len(KINDS)]}", f"${60 + (n * 37) % 190}K")
        for n in range(BIG_PROFILES)
    ]


def parse_report(stdout: str) -> dict[str, int]:
    match = REPORT.search(stdout)
    assert match, f"no build report in:\n{stdout}"
    return {name: int(value) for name, value in match.groupdict().items()}


def live_version_of(stdout: str) -> str:
    match = LIVE.search(stdout)
    assert match, f"no new live version in:\n{stdout}"
    return match.group("version")


def expected_digest(corpus: Path) -> str:
    profiles = list(load_corpus(corpus, 1_000_000).profiles)
    chunks = [chunk for profile in profiles for chunk in chunk_profile(profile)]
    return content_digest(profiles, chunks, MODEL_ID)


def probe_hits(index: Index, query_row: int) -> list[tuple[str, float]]:
    """Search the bundle with one of its own stored vectors."""
    assert index.path is not None
    stored = faiss.read_index(str(index.path / "index.faiss"))
    hits = index.search(np.asarray(stored.reconstruct(query_row)), k=5)
    return [(hit.chunk.id, hit.score) for hit in hits]


def folder_digests(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
    }


def cached_rows(index: Path) -> int:
    """How many vectors the embedding cache has committed."""
    path = index / CACHE_FILE
    if not path.exists():
        return 0
    connection = sqlite3.connect(path, timeout=10)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0])
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):  # the build has created the file, not yet the table
            return 0
        raise
    finally:
        connection.close()


def kill_when(run: BuildRun, condition: Callable[[], bool], timeout: float, poll: float) -> bool:
    """SIGKILL the build once condition holds; False if it exited first. Bounded by timeout."""
    deadline = time.monotonic() + timeout
    while run.running():
        if condition():
            return run.kill()
        if time.monotonic() > deadline:
            run.kill()
            pytest.fail(f"no moment to kill the build within {timeout:.0f} s\n{run.output()}")
        time.sleep(poll)
    return run.kill()


def test_kill_9_during_build_leaves_the_previous_bundle_live(
    tmp_path: Path, start_build: Callable[[Path, Path], BuildRun]
) -> None:
    index = tmp_path / "index"
    small = write_corpus(
        tmp_path / "small",
        [
            ("Pilot Alpha Engineer", "$120K"),
            ("Pilot Beta Analyst", "$95K"),
            ("Pilot Gamma Lead", "$180K"),
        ],
    )
    big = write_corpus(tmp_path / "big", big_titles())

    # A: the small corpus becomes the live version.
    start_build(small, index).finish()
    small_version = current_version(index)
    assert small_version is not None
    small_index = load_index(index, MODEL_ID)
    assert small_index.version == small_version
    small_hits = probe_hits(small_index, query_row=4)
    assert small_hits[0][0] == small_index.chunks[4].id
    small_files = folder_digests(index / "versions" / small_version)
    rows_before = cached_rows(index)

    # B: kill the big build with a cold cache once it has committed at least one group of vectors.
    run = start_build(big, index)
    killed = kill_when(run, lambda: cached_rows(index) >= EMBED_GROUP, KILL_TIMEOUT, poll=0.1)
    assert killed, f"the build ended before it could be killed\n{run.output()}"
    assert current_version(index) == small_version
    reloaded = load_index(index, MODEL_ID)
    assert reloaded.version == small_version
    assert probe_hits(reloaded, query_row=4) == small_hits
    assert load_index(index / "versions" / small_version, MODEL_ID).version == small_version
    assert folder_digests(index / "versions" / small_version) == small_files
    kept_by_killed_run = cached_rows(index) - rows_before
    assert kept_by_killed_run >= EMBED_GROUP

    report = parse_report(start_build(big, index).finish())
    assert report["profiles"] == BIG_PROFILES
    assert 0 < report["embedded"] < report["chunks"]
    assert report["embedded"] == report["chunks"] - kept_by_killed_run
    big_version = current_version(index)
    assert big_version is not None and big_version != small_version
    assert load_index(index, MODEL_ID).version == big_version

    # C: every vector is cached, so a build is start-up, parsing, writing and switching; kill it
    # all along that way. A no-op build of the unchanged corpus shows how long the way is here.
    calibration = start_build(big, index)
    assert "is up to date" in calibration.finish()
    span = time.monotonic() - calibration.started

    edited = big / "role-007.txt"
    original = edited.read_text(encoding="utf-8")
    assert DISCLAIMER in original

    def revise(number: int) -> str:
        """Edit one profile outside its embedded text; return the digest its bundle will carry."""
        text = original.replace(DISCLAIMER, f"{DISCLAIMER} (revision {number})")
        edited.write_text(text, encoding="utf-8")
        return expected_digest(big)

    versions = index / "versions"

    def after(seconds: float) -> Trigger:
        return lambda run, _: time.monotonic() - run.started >= seconds

    def staging_appears(run: BuildRun, _: set[str]) -> bool:
        return any(path.name.endswith(f"-{run.pid}") for path in index.glob(".tmp-*"))

    def version_appears(_: BuildRun, before: set[str]) -> bool:
        return bool(set(os.listdir(versions)) - before)

    moments: list[tuple[str, Trigger]] = [
        (f"after {span * step / 12:.2f} s", after(span * step / 12)) for step in range(1, 19)
    ]
    moments.append(("staging folder appears", staging_appears))
    moments.append(("version folder appears", version_appears))

    previous, previous_digest = big_version, load_index(index, MODEL_ID).manifest["content_digest"]
    attempts: list[Attempt] = []
    for number, (moment, trigger) in enumerate(moments, 1):
        digest = revise(number)
        before = set(os.listdir(versions))
        run = start_build(big, index)
        killed = kill_when(run, partial(trigger, run, before), KILL_TIMEOUT, poll=0.002)
        if not killed:
            run.finish()
        live = load_index(index, MODEL_ID)
        assert live.version == current_version(index), moment
        went_live = live.version != previous
        assert live.manifest["content_digest"] == (digest if went_live else previous_digest), moment
        assert load_index(versions / previous, MODEL_ID).version == previous, moment
        attempts.append(Attempt(moment, killed, went_live, any(index.glob(".tmp-*"))))
        if went_live:
            previous, previous_digest = live.version, digest

    digest = revise(len(moments) + 1)
    stdout = start_build(big, index).finish()
    assert parse_report(stdout)["embedded"] == 0
    version = live_version_of(stdout)
    assert current_version(index) == version != previous
    live = load_index(index, MODEL_ID)
    assert live.version == version
    assert live.manifest["content_digest"] == digest
    assert load_index(versions / previous, MODEL_ID).version == previous
    assert not list(index.glob(".tmp-*"))

    left = [attempt.moment for attempt in attempts if attempt.staging_left]
    print(
        f"\ncold build killed after caching {kept_by_killed_run} of {report['chunks']} vectors; "
        f"the next build embedded {report['embedded']}"
    )
    print(
        f"warm build ~{span:.2f} s; {sum(a.killed for a in attempts)} of {len(attempts)} builds "
        f"killed, {sum(a.went_live for a in attempts)} went live first; "
        f"{len(left)} left a staging folder: {left}"
    )
    for attempt in attempts:
        ending = "killed" if attempt.killed else "finished first"
        outcome = "new version live" if attempt.went_live else "previous version live"
        staging = ", staging folder left" if attempt.staging_left else ""
        print(f"  {attempt.moment}: {ending}, {outcome}{staging}")
