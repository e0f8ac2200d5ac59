"""Command line: a thin layer over ``summitry.extract`` and ``summitry.scoring``."""

from __future__ import annotations

import json
import sys
from itertools import chain, islice
from pathlib import Path

import click

from .extraction import extract, extract_document
from .parallel import DEFAULT_BATCH, BadInput, default_workers, extract_files, iter_txt_files, read_article
from .pipeline import DEFAULT, FAST, PipelineSpec
from .scoring import format_per_doc, format_table, load_jsonl, score

__all__ = ["BadInput", "iter_txt_files", "main", "read_article"]  # the file helpers live in summitry.parallel

_PROGRESS_MIN_FILES = 5  # below this a progress bar is noise


@click.group()
@click.version_option(package_name="summitry")
def main() -> None:
    """summitry: sourced records of diplomatic meetings, quotes, numbers and people."""


def _parallel_options(workers_help: str, batch_help: str):
    """The --workers and --batch-size options shared by extract and ingest."""

    def decorate(fn):
        fn = click.option(
            "--batch-size",
            type=click.IntRange(min=1),
            default=DEFAULT_BATCH,
            show_default=True,
            metavar="N",
            help=batch_help,
        )(fn)
        return click.option(
            "-w",
            "--workers",
            type=click.IntRange(min=0),
            default=1,
            show_default=True,
            metavar="N",
            help=workers_help,
        )(fn)

    return decorate


_fast_option = click.option(
    "--fast",
    "pipeline",
    is_flag=True,
    # The pipeline is chosen here, once: the commands are handed a PipelineSpec.
    callback=lambda _ctx, _param, fast: FAST if fast else DEFAULT,
    help="The fast path: no entity recogniser (about 1.4x the articles per second; README gives its scores).",
)


@main.command("extract")
@click.argument("paths", nargs=-1)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write JSON Lines here (default: stdout).")
@_parallel_options(
    "Worker processes, each with its own model (0: one per CPU). Output order and content do not change.",
    "Articles per spaCy batch and per task handed to a worker.",
)
@click.option(
    "--ray",
    "ray_address",
    is_flag=False,
    flag_value="",
    default=None,
    metavar="[ADDRESS]",
    help="Run on Ray Data: a cluster's address (ray://HOST:10001, HOST:6379, auto), or none for a local Ray. "
    "Also reads .jsonl/.parquet inputs (a 'text' column); -o X.parquet writes a Parquet dataset.",
)
@_fast_option
@click.option(
    "--explain",
    is_flag=True,
    help="Instead of JSON, print every record with its sentence, the rule that produced it and its evidence.",
)
def extract_cmd(
    paths: tuple[str, ...],
    output: str | None,
    workers: int,
    batch_size: int,
    ray_address: str | None,
    pipeline: PipelineSpec,
    explain: bool,
) -> None:
    """Extract records from .txt articles (files or folders, walked recursively), one JSON line each."""
    if ray_address and "://" not in ray_address and Path(ray_address).exists():
        paths, ray_address = (ray_address, *paths), ""  # "--ray corpus/": a path, not an address
    if not paths:
        raise click.UsageError("Missing argument 'PATHS...'.")
    if explain:
        if ray_address is not None:
            raise click.UsageError("--explain runs here, one file at a time: it cannot be combined with --ray")
        _explain_files(paths, output, pipeline)
        return
    if ray_address is not None:
        _extract_on_ray(paths, output, ray_address, batch_size, pipeline)
        return
    files = iter_txt_files(paths)
    head = list(islice(files, _PROGRESS_MIN_FILES))
    if not head:
        raise click.ClickException("no .txt files found under the given paths")
    files = chain(head, files)  # streamed: a corpus of millions of files is never held in memory
    hidden = len(head) < _PROGRESS_MIN_FILES or not sys.stderr.isatty()
    total = None if hidden else sum(1 for _ in iter_txt_files(paths))
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    done = failed = 0
    try:
        results = extract_files(files, workers=workers or default_workers(), chunksize=batch_size,
                                pipeline=pipeline)
        with click.progressbar(
            results, length=total, label="extracting", file=sys.stderr, show_pos=True, hidden=hidden
        ) as bar:
            for path, line, error in bar:
                if error is not None:
                    failed += 1
                    click.echo(f"\nskipped {path}: {error}", err=True)
                    continue
                done += 1
                out.write(line + "\n")
    finally:
        if output:
            out.close()
    click.echo(f"{done} article(s) extracted, {failed} failed", err=True)
    if failed:
        sys.exit(1)


def _explain_files(paths: tuple[str, ...], output: str | None, pipeline: PipelineSpec) -> None:
    from .explain import explain

    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    done = failed = 0
    try:
        for path in iter_txt_files(paths):
            try:
                text = read_article(path)
            except BadInput as exc:
                failed += 1
                click.echo(f"skipped {path}: {exc}", err=True)
                continue
            out.write(explain(extract_document(text, id=path.stem, file=path.name, pipeline=pipeline)) + "\n")
            done += 1
    finally:
        if output:
            out.close()
    if not done and not failed:
        raise click.ClickException("no .txt files found under the given paths")
    click.echo(f"{done} article(s) explained, {failed} failed", err=True)
    if failed:
        sys.exit(1)


def _extract_on_ray(
    paths: tuple[str, ...], output: str | None, address: str, batch_size: int, pipeline: PipelineSpec
) -> None:
    from .backends.ray import RayExtract, RayUnavailable

    done = failed = 0

    def skipped(where: str, error: str) -> None:
        nonlocal failed
        failed += 1
        click.echo(f"\nskipped {where}: {error}", err=True)

    try:
        with RayExtract(address or None, batch_size=batch_size, pipeline=pipeline) as run:
            if output and output.endswith(".parquet"):
                done, errors = run.write_parquet(paths, output)
                for where, error in errors:
                    skipped(where, error)
            else:
                out = open(output, "w", encoding="utf-8") if output else sys.stdout
                try:
                    for where, line, error in run.stream(paths):
                        if error is not None:
                            skipped(where, error)
                        else:
                            done += 1
                            out.write(line + "\n")
                finally:
                    if output:
                        out.close()
    except (RayUnavailable, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{done} article(s) extracted, {failed} failed", err=True)
    if failed:
        sys.exit(1)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("pred", type=click.Path(exists=True, dir_okay=False))
@click.option("--per-doc", is_flag=True, help="Also print figures for each document.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_cmd(gold: str, pred: str, per_doc: bool, as_json: bool) -> None:
    """Score predictions against gold annotations (the metrics of FORMAT.md)."""
    try:
        scores = score(load_jsonl(gold), load_jsonl(pred), per_doc=per_doc)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(scores, indent=2))
        return
    click.echo(format_table(scores))
    if per_doc:
        click.echo(format_per_doc(scores))


@main.command("demo")
def demo_cmd() -> None:
    """Run on the sample articles shipped with summitry and print what was found."""
    from .demo import render, sample_paths

    results = [extract(p.read_text(encoding="utf-8"), id=p.stem, file=p.name) for p in sample_paths()]
    render(results)


@main.command("ingest")
@click.argument("paths", nargs=-1)
@click.option(
    "--db",
    "db",
    default="summitry.db",
    show_default=True,
    metavar="URL_OR_PATH",
    help="SQLite file path, sqlite:///PATH, or postgresql://USER:PASSWORD@HOST:PORT/DB.",
)
@click.option(
    "--reextract",
    is_flag=True,
    help="Re-extract documents already stored, replacing their records; with no PATH, all of them.",
)
@_parallel_options(
    "Extraction processes (0: one per CPU); loading and database writes stay in one, in input order.",
    "Articles per task handed to a worker.",
)
@_fast_option
def ingest_cmd(
    paths: tuple[str, ...], db: str, reextract: bool, workers: int, batch_size: int, pipeline: PipelineSpec
) -> None:
    """Store articles and their extractions in a database: .txt, .html/.htm, .jsonl, .warc/.warc.gz files
    or folders of them (walked recursively). Bad input is reported and counted; the run goes on.
    """
    import logging

    from .ingest.progress import IngestProgress
    from .ingest.run import ingest, reextract_stored
    from .store import Store, StoreError

    if not paths and not reextract:
        raise click.UsageError("give at least one PATH (or --reextract alone to re-extract every stored document)")
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)  # their warnings repeat our own per-file reports
    try:
        store = Store.open(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        with IngestProgress() as progress:
            pool = {"workers": workers or default_workers(), "chunksize": batch_size, "pipeline": pipeline}
            if paths:
                summary = ingest(paths, store, reextract=reextract, hooks=progress.hooks, **pool)
            else:
                summary = reextract_stored(store, hooks=progress.hooks, **pool)
    finally:
        store.close()
    click.echo(summary.line(reextract))
    if summary.aborted:
        click.echo(f"stopped: {summary.aborted}", err=True)
    if summary.failed or summary.aborted:
        sys.exit(1)


def _register_query_commands() -> None:
    """Commands over an ingested database (meetings, quotes, claims, people, show, export)."""
    from . import cli_query

    for command in cli_query.COMMANDS:
        main.add_command(command)


_register_query_commands()

if __name__ == "__main__":
    main()
