"""Command line: a thin layer over ``summitry.extract`` and ``summitry.scoring``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from . import extract
from .scoring import format_per_doc, format_table, load_jsonl, score

_PROGRESS_MIN_FILES = 5  # below this a progress bar is noise


class BadInput(Exception):
    """A file that cannot be processed, with the reason users should see."""


def iter_txt_files(paths: tuple[str, ...]) -> Iterator[Path]:
    """The .txt files named or found (recursively, sorted) under the given paths."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path


def read_article(path: Path) -> str:
    """The file's text as UTF-8; BadInput for missing, binary, non-UTF-8 or empty files."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadInput("no such file") from None
    except OSError as exc:
        raise BadInput(f"cannot read: {exc.strerror or exc}") from None
    if b"\x00" in data[:8192]:
        raise BadInput("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(f"not UTF-8 (invalid byte at offset {exc.start})") from None
    if text.startswith("\ufeff"):
        raise BadInput("starts with a byte-order mark; save as UTF-8 without BOM so offsets are stable")
    if not text.strip():
        raise BadInput("empty file")
    return text


@click.group()
@click.version_option(package_name="summitry")
def main() -> None:
    """summitry: sourced records of diplomatic meetings, quotes, numbers and people."""


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write JSON Lines here (default: stdout).")
def extract_cmd(paths: tuple[str, ...], output: str | None) -> None:
    """Extract records from .txt articles (files or folders, walked recursively), one JSON line each."""
    files = list(iter_txt_files(paths))
    if not files:
        raise click.ClickException("no .txt files found under the given paths")
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    failed = 0
    try:
        with click.progressbar(
            files,
            label="extracting",
            file=sys.stderr,
            show_pos=True,
            hidden=len(files) < _PROGRESS_MIN_FILES or not sys.stderr.isatty(),
        ) as bar:
            for path in bar:
                try:
                    text = read_article(path)
                except BadInput as exc:
                    failed += 1
                    click.echo(f"\nskipped {path}: {exc}", err=True)
                    continue
                record = extract(text, id=path.stem, file=path.name)
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if output:
            out.close()
    done = len(files) - failed
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
def ingest_cmd(paths: tuple[str, ...], db: str, reextract: bool) -> None:
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
            if paths:
                summary = ingest(paths, store, reextract=reextract, hooks=progress.hooks)
            else:
                summary = reextract_stored(store, hooks=progress.hooks)
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
