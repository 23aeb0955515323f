"""The command-line edge: `roleqa build` and `roleqa serve`; errors become exit codes here."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from pydantic import ValidationError

from roleqa import __version__
from roleqa.errors import RoleqaError
from roleqa.settings import Settings

if TYPE_CHECKING:
    from roleqa.corpus import Corpus

_DIR = click.Path(path_type=Path, file_okay=False)


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
@click.option("--strict", is_flag=True, help="Exit non-zero when any profile file has an error.")
@click.option("--force", is_flag=True, help="Write a new version even if nothing changed.")
def build(
    corpus: Path | None, index: Path | None, model: str | None, strict: bool, force: bool
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
    from roleqa.embedding import SentenceTransformerEmbedder, model_id_for

    settings = _settings()
    corpus_dir, index_dir = corpus or settings.corpus, index or settings.index
    model_name = model or settings.model
    with _user_errors():
        loaded = load_corpus(corpus_dir, settings.max_profile_bytes)
        _print_corpus_report(loaded)
        report = build_index(
            loaded,
            index_dir,
            model_id_for(model_name),
            lambda: SentenceTransformerEmbedder(model_name, settings.batch_size),
            keep_versions=settings.keep_versions,
            force=force,
            progress=sys.stderr.isatty(),
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
def serve(index: Path | None, host: str | None, port: int | None) -> None:
    """Serve an index bundle over HTTP.

    \b
    Example:
      roleqa serve --index index --host 127.0.0.1 --port 8000
    """
    import uvicorn

    from roleqa.api import create_app
    from roleqa.embedding import model_id_for
    from roleqa.index import load_index

    settings = _settings()
    index_dir = index or settings.index
    with _user_errors():
        loaded = load_index(index_dir, model_id_for(settings.model))
    click.echo(f"Serving index version {loaded.version} ({len(loaded.profiles)} profiles).")
    uvicorn.run(create_app(loaded), host=host or settings.host, port=port or settings.port)


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
            f"ROLEQA_{str(error['loc'][0]).upper()}: {error['msg']}" for error in exc.errors()
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
