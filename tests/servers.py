"""Real `roleqa serve` processes for tests that speak HTTP or drive a browser."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

HOST = "127.0.0.1"
STARTUP_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


class RoleqaServer:
    """`roleqa serve` over an index, in its own process, with its state under one folder."""

    def __init__(
        self, index: Path, state: Path, port: int | None = None, env: dict[str, str] | None = None
    ) -> None:
        self.extra_env = env or {}
        self.index = index
        self.state = state
        self.port = port or free_port()
        self.base_url = f"http://{HOST}:{self.port}"
        self.log = state / f"serve-{self.port}.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def feedback(self) -> Path:
        return self.state / "feedback.sqlite3"

    def env(self) -> dict[str, str]:
        # The run's exported ONNX model is shared; every other setting is the test's own.
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("ROLEQA_") or key == "ROLEQA_ONNX_DIR"
        }
        return {
            **env,
            "HF_HUB_OFFLINE": "1",
            "ROLEQA_CONVERSATIONS": str(self.state / "conversations.sqlite3"),
            "ROLEQA_FEEDBACK": str(self.feedback),
            **self.extra_env,
        }

    def start(self) -> RoleqaServer:
        command = [
            sys.executable, "-m", "roleqa", "serve",
            "--index", str(self.index), "--host", HOST, "--port", str(self.port),
        ]  # fmt: skip
        self.state.mkdir(parents=True, exist_ok=True)
        with open(self.log, "ab") as out:
            self.process = subprocess.Popen(
                command, stdout=out, stderr=subprocess.STDOUT, env=self.env()
            )
        self._wait_until_healthy()
        return self

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)
        self.process = None

    def _wait_until_healthy(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(
                    f"roleqa serve exited with {self.process.returncode}:\n{self.log.read_text()}"
                )
            try:
                if httpx.get(f"{self.base_url}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        pytest.fail(
            f"roleqa serve was not healthy within {STARTUP_TIMEOUT:.0f} s:\n{self.log.read_text()}"
        )


class RedisServer:
    """A real redis-server on a free port, holding nothing on disk."""

    BINARY = Path("/usr/bin/redis-server")

    def __init__(self, folder: Path, port: int | None = None) -> None:
        if not self.BINARY.exists():
            pytest.fail(f"{self.BINARY} is missing: run `make system-packages`")
        self.folder = folder
        self.port = port or free_port()
        self.url = f"redis://{HOST}:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> RedisServer:
        self.folder.mkdir(parents=True, exist_ok=True)
        command = [
            str(self.BINARY), "--port", str(self.port), "--bind", HOST, "--save", "",
            "--appendonly", "no", "--dir", str(self.folder),
        ]  # fmt: skip
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection((HOST, self.port), timeout=0.2) as probe:
                    probe.sendall(b"PING\r\n")
                    if probe.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                time.sleep(0.05)
        pytest.fail("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None


class Asking:
    """Questions asked back to back from another thread while a test does something else;
    every reply is recorded."""

    def __init__(self, base_url: str, question: str = "what does it pay?") -> None:
        self.base_url = base_url
        self.question = question
        self.replies: list[tuple[int, str, str | None]] = []
        self.errors: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Asking:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        with httpx.Client(base_url=self.base_url, timeout=30) as client:
            conversation = None
            while not self._stop.is_set():
                turn = {"question": self.question, "role": "senior-ml-engineer",
                        "conversation_id": conversation}  # fmt: skip
                try:
                    reply = client.post("/v1/ask", json=turn)
                    body = reply.json()
                    conversation = body.get("conversation_id", conversation)
                    self.replies.append((reply.status_code, body["index_version"],
                                         body.get("notice")))  # fmt: skip
                except (httpx.HTTPError, KeyError, ValueError) as exc:
                    self.errors.append(repr(exc))
