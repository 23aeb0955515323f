"""The command line: reports, exit codes, and clear messages instead of tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from conftest import SEED, seed_as
from roleqa.cli import cli


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env)


def build(corpus: Path, index: Path, *extra: str) -> Result:
    return run("build", "--corpus", str(corpus), "--index", str(index), *extra)


@pytest.fixture
def mixed_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED, folder)
    (folder / "bad-salary.txt").write_text(seed_as("Data Analyst", "lots"))
    (folder / "latin1.txt").write_bytes("Caf\xe9 Manager\n".encode("latin-1"))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "huge.txt").write_text("x" * 10_000_001)
    (folder / "z-copy.md").write_text("---\ntitle: Senior ML Engineer\n---\n")
    return folder


def test_build_reports_bad_files_and_indexes_the_rest(mixed_corpus: Path, tmp_path: Path) -> None:
    result = build(mixed_corpus, tmp_path / "index")
    assert result.exit_code == 0, result.output
    assert "Read 6 profile file(s)" in result.output
    assert "1 parsed, 5 with errors" in result.output
    assert f"error: {mixed_corpus}/bad-salary.txt:5: median salary 'lots'" in result.output
    assert f"error: {mixed_corpus}/latin1.txt:1: not valid UTF-8 (byte 0xE9" in result.output
    assert f"error: {mixed_corpus}/binary.txt:1: binary file" in result.output
    assert f"error: {mixed_corpus}/huge.txt: file is 10.0 MB" in result.output
    assert (
        "z-copy.md: id 'senior-ml-engineer' is already used by 000-senior-ml-engineer.txt"
        in result.output
    )
    assert "Indexed 1 profiles as 12 chunks: 12 embedded, 0 reused" in result.output
    assert "Traceback" not in result.output

    again = build(mixed_corpus, tmp_path / "index")
    assert again.exit_code == 0
    assert "is up to date" in again.output and "0 embedded" in again.output


def test_strict_build_fails_but_still_indexes(mixed_corpus: Path, tmp_path: Path) -> None:
    result = build(mixed_corpus, tmp_path / "index", "--strict")
    assert result.exit_code == 1
    assert "Error: 5 profile file(s) had errors (--strict)" in result.output
    assert (tmp_path / "index" / "CURRENT").exists()


@pytest.mark.parametrize("setup", ["missing", "empty", "all-bad"])
def test_unusable_corpus_is_one_clear_message(tmp_path: Path, setup: str) -> None:
    folder = tmp_path / "corpus"
    if setup != "missing":
        folder.mkdir()
    if setup == "all-bad":
        (folder / "a.txt").write_text(seed_as("Data Analyst", "lots"))
    result = build(folder, tmp_path / "index")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    expected = {
        "missing": "does not exist",
        "empty": "holds no profile files",
        "all-bad": "None of the 1 profile files",
    }[setup]
    assert expected in result.output
    assert not (tmp_path / "index" / "CURRENT").exists()


def test_serve_without_an_index_says_what_to_run(tmp_path: Path) -> None:
    result = run("serve", "--index", str(tmp_path))
    assert result.exit_code == 1
    assert f"Error: No index at '{tmp_path}'; run `roleqa build" in result.output


def test_bad_settings_are_named(tmp_path: Path) -> None:
    result = run("serve", "--index", str(tmp_path), env={"ROLEQA_PORT": "eighty"})
    assert result.exit_code == 1
    assert "Invalid setting: ROLEQA_PORT" in result.output


def test_other_model_setting_refuses_the_index(tmp_path: Path, seed_corpus: Path) -> None:
    assert build(seed_corpus, tmp_path / "index").exit_code == 0
    result = run("serve", "--index", str(tmp_path / "index"), env={"ROLEQA_MODEL": "other/model"})
    assert result.exit_code == 1
    assert (
        "was built with 'sentence-transformers/all-MiniLM-L6-v2', not 'other/model'"
        in result.output
    )


def test_a_template_that_does_not_compile_is_refused_before_any_question(
    tmp_path: Path, seed_corpus: Path
) -> None:
    assert build(seed_corpus, tmp_path / "index").exit_code == 0
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "salary.txt.j2").write_text("{{ title earns {{ salary }}")
    env = {"ROLEQA_TEMPLATES": str(tmp_path / "templates")}
    for command in (("serve",), ("ask", "how much does it pay?")):
        result = run(*command, "--index", str(tmp_path / "index"), env=env)
        assert result.exit_code == 1, result.output
        assert "salary.txt.j2' does not compile" in result.output
        assert "Traceback" not in result.output


def test_help_does_not_import_torch_or_faiss() -> None:
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "roleqa", "build", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert "roleqa build --corpus corpus --index index --strict" in done.stdout
    imported = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in done.stderr.splitlines()}
    assert {"torch", "faiss", "sentence_transformers", "fastapi"} & imported == set()


def test_console_script_and_module_agree() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "roleqa", "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout.startswith("roleqa, version ")


def _run_in_terminal(args: list[str], timeout: float = 120) -> str:
    """Run a command with stderr and stdout on a pseudo-terminal; return what it printed."""
    import fcntl
    import pty
    import select
    import struct
    import termios
    import time

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(args, stdout=follower, stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    output = b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 0.5)
            if ready:
                try:
                    data = os.read(leader, 4096)
                except OSError:
                    break
                if not data:
                    break
                output += data
            elif process.poll() is not None:
                break
    finally:
        process.kill()
        process.wait()
        os.close(leader)
    return output.decode(errors="replace")


def test_progress_bar_only_on_a_terminal(tmp_path: Path, seed_corpus: Path) -> None:
    command = [sys.executable, "-m", "roleqa", "build", "--corpus", str(seed_corpus)]
    shown = _run_in_terminal([*command, "--index", str(tmp_path / "tty")])
    assert "Embedding: 100%" in shown and "12/12" in shown
    quiet = build(seed_corpus, tmp_path / "pipe")
    assert quiet.exit_code == 0
    assert "Embedding" not in quiet.output and "Indexed 1 profiles" in quiet.output


def test_feedback_lists_verdicts_and_the_questions_that_went_wrong(tmp_path: Path) -> None:
    from roleqa.feedback import Feedback, SQLiteFeedbackStore

    db = tmp_path / "feedback.sqlite3"
    store = SQLiteFeedbackStore(db)
    store.add(Feedback("How much does an actuary make?", "…", "up", ("actuary",)))
    store.add(Feedback("Is it remote?", "…", "down", ("actuary",)))
    store.asked("is it remote", "out_of_scope", True, "v1")
    store.asked("What's the weather?", "out_of_scope", True, "v1")
    store.close()
    result = run("feedback", "--db", str(db))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "1 thumbs up, 1 thumbs down, 2 questions abstained on."
    assert "- " in result.output and "'Is it remote?' [actuary]" in result.output
    worst = lines.index("Questions most often abstained on or voted down:") + 1
    assert "2  'is it remote' (1 abstained, 1 down" in lines[worst]


def test_feedback_without_a_file_says_where_it_comes_from(tmp_path: Path) -> None:
    result = run("feedback", "--db", str(tmp_path / "none.sqlite3"))
    assert result.exit_code == 1
    assert "No feedback file at" in result.output and "roleqa serve" in result.output


def test_analytics_summarise_a_time_window(tmp_path: Path) -> None:
    from roleqa.feedback import Feedback, SQLiteFeedbackStore

    db = tmp_path / "feedback.sqlite3"
    store = SQLiteFeedbackStore(db)
    for question, intent, abstained in [
        ("How much does an actuary make?", "salary", False),
        ("how much does an actuary make", "salary", False),
        ("Write a poem", "out_of_scope", True),
    ]:
        store.asked(question, intent, abstained, "v1")
    store.add(Feedback("Is it remote?", "The Actuary profile ...", "down", ("actuary",)))
    store.close()
    result = run("analytics", "--db", str(db), "--hours", "1")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "In the last 1 hours: 3 questions, 1 abstained on (33%)."
    assert "      2  how much does an actuary make" in lines
    assert "      2  salary" in lines and "      1  Write a poem" in lines
    assert any("'Is it remote?' -> 'The Actuary profile ...'" in line for line in lines)


def test_build_with_an_eval_gate_keeps_the_live_version_when_it_fails(
    tmp_path: Path, seed_corpus: Path
) -> None:
    from roleqa.index import current_version

    index = tmp_path / "index"
    assert build(seed_corpus, index).exit_code == 0
    live = current_version(index)
    questions = tmp_path / "gate.jsonl"
    turn = {
        "question": "how much does a senior ml engineer make?", "role": None, "kind": "salary",
        "expect_roles": ["senior-ml-engineer"], "must": [r"\$230K"], "must_not": [],
        "abstain": False, "cite": "senior-ml-engineer",
    }  # fmt: skip
    questions.write_text(json.dumps({"id": "gate", "turns": [turn]}) + "\n")
    (seed_corpus / SEED.name).write_text(seed_as("Senior ML Engineer", "$240K"))
    refused = build(seed_corpus, index, "--eval", str(questions), "--eval-min", "100")
    assert refused.exit_code == 1
    assert "scored 0.0%" in refused.output and "live version was left as it was" in refused.output
    assert current_version(index) == live
    assert len(list((index / "versions").iterdir())) == 1
    (seed_corpus / SEED.name).write_text(seed_as("Senior ML Engineer", "$230K"))
    passed = build(seed_corpus, index, "--eval", str(questions), "--eval-min", "100")
    assert passed.exit_code == 0, passed.output
    assert "answers 100.0%" in passed.output and current_version(index) != live
