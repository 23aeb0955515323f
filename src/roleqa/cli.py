"""The command-line edge: `roleqa build` and `roleqa serve`; errors become exit codes here."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from pydantic import ValidationError

from roleqa import __version__
from roleqa.errors import RoleqaError
from roleqa.settings import Settings

if TYPE_CHECKING:
    from roleqa.answers import Answer
    from roleqa.corpus import Corpus
    from roleqa.embedding import Embedder
    from roleqa.engine import Engine
    from roleqa.feedback import FeedbackStore
    from roleqa.index import Index

_DIR = click.Path(path_type=Path, file_okay=False)
# The names roleqa.embedding.BACKENDS holds, spelled out so `--help` imports nothing heavy.
_BACKEND = click.Choice(["torch", "onnx", "onnx-int8"])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="roleqa")
def cli() -> None:
    """Answer questions about career role profiles, citing the profile behind every answer.

    \b
    Example:
      roleqa build --corpus corpus --index index
      roleqa serve --index index --port 8000
    """


@cli.command()
@click.option(
    "--corpus", type=_DIR, help="Folder of profile files (default: ROLEQA_CORPUS or corpus)."
)
@click.option("--index", type=_DIR, help="Index folder to write (default: ROLEQA_INDEX or index).")
@click.option(
    "--model", help="Embedding model name or path (default: ROLEQA_MODEL or all-MiniLM-L6-v2)."
)
@click.option(
    "--backend", type=_BACKEND, help="What runs the model (default: ROLEQA_BACKEND or onnx)."
)
@click.option("--strict", is_flag=True, help="Exit non-zero when any profile file has an error.")
@click.option("--force", is_flag=True, help="Write a new version even if nothing changed.")
@click.option(
    "--eval",
    "questions",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Labelled conversations the new version must answer before it goes live.",
)
@click.option(
    "--eval-min",
    type=click.FloatRange(0, 100),
    default=95.0,
    show_default=True,
    help="Accuracy (%) on --eval below which the new version is not made live.",
)
@click.option(
    "--approximate-from",
    type=click.IntRange(min=1),
    help="Chunks from which the index is approximate (IVF) rather than exact "
    "(default: ROLEQA_APPROXIMATE_FROM or 50000).",
)
def build(
    corpus: Path | None,
    index: Path | None,
    model: str | None,
    backend: str | None,
    strict: bool,
    force: bool,
    questions: Path | None,
    eval_min: float,
    approximate_from: int | None,
) -> None:
    """Parse a corpus of profiles and build (or update) its index bundle.

    Unchanged chunks are never embedded twice, and the new version goes live only once it is
    complete and checked; a bad profile is reported and the others are still indexed.

    \b
    Example:
      roleqa build --corpus corpus --index index --strict
    """
    from roleqa.build import build_index
    from roleqa.corpus import load_corpus
    from roleqa.embedding import load_embedder, model_id_for

    settings = _settings()
    corpus_dir, index_dir = corpus or settings.corpus, index or settings.index
    model_name, backend = model or settings.model, backend or settings.backend
    embedders: list[Embedder] = []

    def embedder() -> Embedder:
        if not embedders:
            onnx_dir = settings.onnx_folder(index_dir)
            embedders.append(load_embedder(model_name, backend, settings.batch_size, onnx_dir))
        return embedders[0]

    def passes_eval(path: Path) -> None:
        assert questions is not None
        _require_accuracy(path, questions, eval_min, embedder())

    with _user_errors():
        loaded = load_corpus(corpus_dir, settings.max_profile_bytes)
        _print_corpus_report(loaded)
        if backend != "torch":
            # Exported now, even for an unchanged corpus: the index folder then carries the
            # ONNX model to wherever it is served from.
            click.echo(f"Encoder: {backend}, from '{getattr(embedder(), 'path', '')}'.")
        report = build_index(
            loaded,
            index_dir,
            model_id_for(model_name, backend),
            embedder,
            keep_versions=settings.keep_versions,
            force=force,
            progress=sys.stderr.isatty(),
            check=passes_eval if questions else None,
            **_threshold(approximate_from or settings.approximate_from),
        )
    if report.changed:
        click.echo(
            f"Indexed {report.profiles} profiles as {report.chunks} chunks: "
            f"{report.embedded} embedded, {report.reused} reused from the cache "
            f"({report.seconds:.1f} s)."
        )
        click.echo(f"Version {report.version} is now live in '{index_dir}'.")
        if report.pruned:
            click.echo(f"Removed {len(report.pruned)} old version(s): {', '.join(report.pruned)}.")
    else:
        click.echo(
            f"Index in '{index_dir}' is up to date (version {report.version}): "
            f"{report.profiles} profiles, {report.chunks} chunks, 0 embedded."
        )
    if strict and loaded.errors:
        raise click.ClickException(
            f"{len(loaded.errors)} profile file(s) had errors (--strict); see above."
        )


def _threshold(approximate_from: int | None) -> dict[str, int]:
    """The build's threshold argument when one was given; otherwise the index module's own."""
    return {} if approximate_from is None else {"approximate_from": approximate_from}


def _require_accuracy(path: Path, questions: Path, minimum: float, embedder: Embedder) -> None:
    """Refuse a new bundle that answers the labelled conversations worse than required."""
    from roleqa.engine import Engine
    from roleqa.errors import BundleMismatchError
    from roleqa.evaluation import evaluate, load_conversations
    from roleqa.index import load_index

    engine = Engine(load_index(path, embedder.model_id), embedder)
    report = evaluate(load_conversations(questions), engine.ask)
    click.echo(f"The new version answers {report.accuracy:.1%} of '{questions}' right.")
    if report.accuracy * 100 < minimum:
        raise BundleMismatchError(
            f"The new version scored {report.accuracy:.1%} on '{questions}', under the "
            f"{minimum:g}% required (--eval-min); the live version was left as it was."
        )


def _print_corpus_report(loaded: Corpus) -> None:
    click.echo(
        f"Read {loaded.files_read} profile file(s) in '{loaded.folder}': "
        f"{len(loaded.profiles)} parsed, {len(loaded.errors)} with errors"
        + (f", {len(loaded.skipped)} other file(s) skipped." if loaded.skipped else ".")
    )
    for error in loaded.errors:
        click.echo(f"  error: {error}", err=True)
    for skipped in loaded.skipped:
        click.echo(f"  skipped: {skipped}", err=True)


@cli.command()
@click.option("--index", type=_DIR, help="Index folder to serve (default: ROLEQA_INDEX or index).")
@click.option("--host", help="Address to listen on (default: ROLEQA_HOST or 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), help="Port (default: ROLEQA_PORT or 8000).")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    help="Processes to run (default: ROLEQA_WORKERS or 1); each loads the model once.",
)
@click.option(
    "--backend", type=_BACKEND, help="What runs the model (default: ROLEQA_BACKEND or onnx)."
)
def serve(
    index: Path | None,
    host: str | None,
    port: int | None,
    workers: int | None,
    backend: str | None,
) -> None:
    """Serve an index bundle over HTTP: POST /v1/ask, the widget, /healthz, /metrics, /docs.

    \b
    Example:
      roleqa serve --index index --host 127.0.0.1 --port 8000 --workers 2
    """
    import uvicorn

    from roleqa.app import build_app
    from roleqa.observability import configure_logging

    settings = _settings()
    updates = {
        "index": index or settings.index,
        "workers": workers or settings.workers,
        "backend": backend or settings.backend,
    }
    settings = settings.model_copy(update=updates)
    with _user_errors():
        loaded = _load(settings.index, settings)
    click.echo(
        f"Serving index version {loaded.version} ({len(loaded.profiles)} profiles) "
        f"with {settings.workers} worker{'s' if settings.workers > 1 else ''}."
    )
    where, logs = (host or settings.host, port or settings.port), configure_logging()
    if settings.workers == 1:
        with _user_errors():
            app = build_app(settings, loaded)
        uvicorn.run(app, host=where[0], port=where[1], access_log=False, log_config=logs)
        return
    # Each worker builds its own app from the environment: the model is loaded once per process.
    os.environ["ROLEQA_INDEX"] = str(settings.index)
    os.environ["ROLEQA_WORKERS"] = str(settings.workers)
    os.environ["ROLEQA_BACKEND"] = settings.backend
    uvicorn.run(
        "roleqa.app:app_from_environment",
        factory=True,
        workers=settings.workers,
        # A replacement worker loads the model before it is ready; only then does the old go.
        timeout_worker_healthcheck=120,
        host=where[0],
        port=where[1],
        access_log=False,
        log_config=logs,
    )


@cli.command()
@click.argument("question")
@click.option("--role", help="The page's role (an id or title), used when the question names none.")
@click.option("--index", type=_DIR, help="Index folder (default: ROLEQA_INDEX or index).")
@click.option("--json", "as_json", is_flag=True, help="Print the whole answer as JSON.")
def ask(question: str, role: str | None, index: Path | None, as_json: bool) -> None:
    """Answer one question, with numbered sources.

    \b
    Example:
      roleqa ask "Is a data scientist entry-level friendly?"
      roleqa ask "how much does it pay?" --role actuary --json
    """
    import json
    from dataclasses import asdict

    engine = _engine(index)
    try:
        answer = engine.ask(question, None, role)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(asdict(answer), indent=2, ensure_ascii=False))
    else:
        _print_answer(answer)


@cli.command()
@click.option("--role", help="The page's role (an id or title) for the whole conversation.")
@click.option("--index", type=_DIR, help="Index folder (default: ROLEQA_INDEX or index).")
def chat(role: str | None, index: Path | None) -> None:
    """Hold a conversation in the terminal; an empty line or Ctrl-D ends it.

    \b
    Example:
      roleqa chat --role data-scientist
    """
    engine = _engine(index)
    conversation: str | None = None
    click.echo("Ask about a role; an empty line ends the conversation.")
    while True:
        try:
            question = input("you> ").strip()
        except (EOFError, KeyboardInterrupt):
            click.echo()
            return
        if not question:
            return
        try:
            answer = engine.ask(question, conversation, role)
        except ValueError as exc:
            click.echo(f"error: {exc}", err=True)
            continue
        conversation = answer.conversation_id
        _print_answer(answer)


@cli.command("eval")
@click.option(
    "--questions",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=Path("eval/dev.jsonl"),
    show_default=True,
    help="Labelled conversations, one JSON object per line.",
)
@click.option("--index", type=_DIR, help="Index folder (default: ROLEQA_INDEX or index).")
@click.option("--failures/--no-failures", default=True, help="List the turns that failed.")
@click.option("--fail-under", type=click.FloatRange(0, 100), help="Exit 1 below this accuracy (%).")
@click.option(
    "--url",
    help="Ask a running service (e.g. http://127.0.0.1:8000) over HTTP instead of an index.",
)
def evaluate_command(
    questions: Path,
    index: Path | None,
    failures: bool,
    fail_under: float | None,
    url: str | None,
) -> None:
    """Run labelled conversations and report accuracy, abstention, citations and latency.

    \b
    Examples:
      roleqa eval --questions eval/dev.jsonl --fail-under 95
      roleqa eval --questions eval/dev.jsonl --url http://127.0.0.1:8000
    """
    from roleqa.evaluation import evaluate, format_report, http_ask, load_conversations

    if url and index:
        raise click.UsageError("give --index or --url, not both")
    ask = http_ask(url) if url else _engine(index).ask
    with _user_errors():
        conversations = load_conversations(questions)
        report = evaluate(conversations, ask)
    click.echo(format_report(report, failures))
    if fail_under is not None and report.accuracy * 100 < fail_under:
        raise click.ClickException(f"accuracy {report.accuracy:.1%} is under {fail_under}%")


def _load(index: Path | None, settings: Settings) -> Index:
    from roleqa.embedding import model_id_for
    from roleqa.index import load_index

    return load_index(index or settings.index, model_id_for(settings.model, settings.backend))


def _engine(index: Path | None) -> Engine:
    """An engine over the index for one terminal session; conversations stay in memory."""
    from roleqa.answers import Templates
    from roleqa.embedding import load_embedder
    from roleqa.engine import Engine

    settings = _settings()
    with _user_errors():
        loaded = _load(index, settings)
        templates = Templates(settings.templates)
        templates.warm()
        embedder = load_embedder(
            settings.model,
            settings.backend,
            settings.batch_size,
            settings.onnx_folder(index),
        )
        return Engine(loaded, embedder, templates=templates)


def _print_answer(answer: Answer) -> None:
    click.echo(answer.text)
    for number, citation in enumerate(answer.citations, 1):
        where = f" {citation.url}" if citation.url else ""
        click.echo(f"  [{number}] {citation.title}, {citation.section}{where}")
    if answer.suggestions:
        click.echo("  You could ask: " + " | ".join(answer.suggestions))


@cli.command()
@click.option("--index", type=_DIR, help="Index folder (default: ROLEQA_INDEX or index).")
@click.option("--to", "version", help="The version to make live (default: the one before it).")
def rollback(index: Path | None, version: str | None) -> None:
    """Make the previous index version live again, after checking that it loads.

    A running service serves it after `POST /v1/admin/reload` or SIGHUP.

    \b
    Example:
      roleqa rollback --index index
    """
    from roleqa.embedding import model_id_for
    from roleqa.service import roll_back

    settings = _settings()
    root = index or settings.index
    with _user_errors():
        swap = roll_back(root, model_id_for(settings.model, settings.backend), version)
    click.echo(
        f"Index '{root}' now serves {swap.current} (was {swap.previous}). A running service "
        "picks it up on `POST /v1/admin/reload` or `kill -HUP <pid>`."
    )


@cli.command("feedback")
@click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Feedback file (default: Redis when ROLEQA_REDIS_URL is set, else ROLEQA_FEEDBACK).",
)
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print everything as JSON.")
def feedback_command(db: Path | None, limit: int, as_json: bool) -> None:
    """List visitors' latest feedback, and the questions most often abstained on or voted down.

    \b
    Example:
      roleqa feedback --limit 10
    """
    import json
    from dataclasses import asdict
    from datetime import datetime

    store = _feedback_store(db)
    with _user_errors():
        recent, troubles, counts = store.recent(limit), store.troubles(limit), store.counts()
    store.close()
    if as_json:
        data = {
            "counts": counts,
            "recent": [asdict(item) for item in recent],
            "troubles": [asdict(item) for item in troubles],
        }
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return

    def when(seconds: float) -> str:
        return datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M")

    click.echo(
        f"{counts['up']} thumbs up, {counts['down']} thumbs down, "
        f"{counts['abstained']} questions abstained on."
    )
    click.echo(f"\nMost recent feedback ({len(recent)}):")
    for item in recent:
        mark = "+" if item.rating == "up" else "-"
        roles = f" [{', '.join(item.roles)}]" if item.roles else ""
        click.echo(f"  {mark} {when(item.created)} {item.question!r}{roles}")
        if item.comment:
            click.echo(f"      comment: {item.comment}")
    click.echo("\nQuestions most often abstained on or voted down:")
    for trouble in troubles:
        click.echo(
            f"  {trouble.total:>4}  {trouble.question!r} "
            f"({trouble.abstained} abstained, {trouble.thumbs_down} down; "
            f"last {when(trouble.last_seen)})"
        )
    if not troubles:
        click.echo("  none")


@cli.command()
@click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Feedback file (default: Redis when ROLEQA_REDIS_URL is set, else ROLEQA_FEEDBACK).",
)
@click.option(
    "--hours", type=click.FloatRange(min=0, min_open=True), default=24.0, show_default=True
)
@click.option("--limit", type=click.IntRange(1, 100), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print everything as JSON.")
def analytics(db: Path | None, hours: float, limit: int, as_json: bool) -> None:
    """What visitors asked lately: top questions, abstentions, thumbs down, kinds of question.

    \b
    Example:
      roleqa analytics --hours 168
    """
    import json
    import time
    from dataclasses import asdict

    store = _feedback_store(db)
    with _user_errors():
        report = store.analytics(time.time() - hours * 3600, limit)
    store.close()
    if as_json:
        click.echo(json.dumps({"hours": hours, **asdict(report)}, indent=2, ensure_ascii=False))
        return
    share = f" ({report.abstained / report.asked:.0%})" if report.asked else ""
    click.echo(
        f"In the last {hours:g} hours: {report.asked} questions, "
        f"{report.abstained} abstained on{share}."
    )
    sections = [
        ("Kinds of question", [(intent, n) for intent, n in report.intents.items()]),
        ("Most asked", report.top_questions),
        ("Most abstained on", report.top_abstained),
        ("Voted down", [(f"{q!r} -> {a[:60]!r}", n) for q, a, n in report.thumbs_down]),
    ]
    for title, rows in sections:
        click.echo(f"\n{title}:")
        for text, count in rows or [("none", 0)]:
            click.echo(f"  {count:>5}  {text}" if count else f"         {text}")


def _feedback_store(db: Path | None) -> FeedbackStore:
    """The store `roleqa serve` writes: the file given, Redis when configured, else SQLite."""
    from roleqa.feedback import SQLiteFeedbackStore

    settings = _settings()
    if db is None and settings.redis_url:
        from roleqa.redis_stores import RedisFeedbackStore, connect

        return RedisFeedbackStore(connect(settings.redis_url))
    path = db or settings.feedback
    if not path.is_file():
        raise click.ClickException(
            f"No feedback file at '{path}'; `roleqa serve` creates it when it starts."
        )
    return SQLiteFeedbackStore(path)


@cli.command("import-onet")
@click.option(
    "--data",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    required=True,
    help="Folder holding onet_29_3/, bls_ep_2024_34/, bls_oews_may2024/ and gpts_are_gpts/.",
)
@click.option("--out", type=_DIR, required=True, help="Folder to write the profiles into.")
@click.option("--replace", is_flag=True, help="Replace the profiles in an existing --out folder.")
def import_onet_command(data: Path, out: Path, replace: bool) -> None:
    """Write one Markdown profile per O*NET occupation from public O*NET and BLS data.

    \b
    Example:
      roleqa import-onet --data ../shared/data --out /tmp/onet
      roleqa build --corpus /tmp/onet --index /tmp/onet-index
    """
    from tqdm import tqdm

    from roleqa.onet_import import import_onet

    with (
        _user_errors(),
        tqdm(desc="Writing profiles", unit="profile", disable=not sys.stderr.isatty()) as bar,
    ):
        report = import_onet(data, out, replace=replace, progress=bar.update)
    click.echo(
        f"Wrote {report.written} profiles to '{out}', one per data-level O*NET occupation; "
        f"skipped {report.without_data} O*NET codes that have no occupation data "
        "(no Job Zone, tasks or ratings: mostly 'all other' and container codes)."
    )
    confirmed, compared = report.wages_confirmed
    click.echo(f"OEWS May 2024 confirms {confirmed} of {compared} comparable BLS median wages.")
    for field, count in report.missing.items():
        if count:
            click.echo(f"  {count} profiles have no {field}")


def _settings() -> Settings:
    try:
        return Settings()  # type: ignore[call-arg]  # filled from the environment
    except ValidationError as exc:
        problems = "; ".join(
            f"ROLEQA_{str(error['loc'][0]).upper()}: {error['msg']}"
            if error["loc"]
            else str(error["msg"]).removeprefix("Value error, ")
            for error in exc.errors()
        )
        raise click.ClickException(f"Invalid setting: {problems}") from None


class _user_errors:
    """Turn roleqa's own errors into a one-line message and exit code 1, never a traceback."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, tb: object) -> None:
        if isinstance(error, RoleqaError):
            raise click.ClickException(str(error)) from None


def main() -> None:
    cli(prog_name="roleqa")
