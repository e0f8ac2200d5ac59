"""Query commands over an ingested database (registered on the main ``summitry`` group).

Thin wrappers over ``summitry.query.Database`` (the Python API, ``summitry.open``), ``summitry.consolidate``
and ``summitry.export``: each prints a rich table, or ``--format json`` (a JSON array of the API's dicts) or
``--format csv`` (one row per dict; lists of names joined by "; ", nested records as JSON text).
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

COMMANDS: list[click.Command] = []

Row = dict[str, Any]


def _command(fn: click.Command) -> click.Command:
    COMMANDS.append(fn)
    return fn


def _db_option(fn: Callable) -> Callable:
    return click.option(
        "--db", "db", default="summitry.db", show_default=True, metavar="URL_OR_PATH",
        help="SQLite file path, sqlite:///PATH, or postgresql://USER:PASSWORD@HOST:PORT/DB (as for ingest).",
    )(fn)


def _format_option(fn: Callable) -> Callable:
    return click.option(
        "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
        help="A table for reading, or JSON / CSV for programs.",
    )(fn)


@contextmanager
def _database(db: str) -> Iterator[Any]:
    from .query import Database
    from .store import StoreError

    try:
        database = Database.open(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        pending = database.pending()
        if pending:
            click.echo(f"note: {pending} document(s) not consolidated yet; run `summitry consolidate --db {db}`",
                       err=True)
        yield database
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    finally:
        database.close()


# --------------------------------------------------------------------------------------------- output


def _flat(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return "; ".join(value)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write_csv(rows: list[Row]) -> None:
    if not rows:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _flat(v) for k, v in row.items()})


def _cell(value: Any, width: int | None = None) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, float):
        value = f"{value:,.2f}".rstrip("0").rstrip(".") if not value.is_integer() else f"{int(value):,}"
    text = " ".join(str(value).split())
    if width and len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return escape(text)


def _where(row: Row) -> str:
    return f"{row.get('locator') or row['document_id'][:12]} [{row['char_start']}:{row['char_end']}]"


Column = tuple[str, Callable[[Row], Any], int | None]


def _console() -> Console:
    """The terminal's width; 160 columns when writing to a pipe or file (rich would take 80) unless COLUMNS says."""
    console = Console()
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(width=160)
    return console


def _table(rows: list[Row], columns: list[Column], title: str, console: Console | None = None) -> None:
    console = console or _console()
    if not rows:
        console.print(f"[dim]no {title}[/dim]")
        return
    table = Table(title=f"{len(rows)} {title}", show_header=True, header_style="bold", title_justify="left")
    for name, _, _ in columns:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(get(row), width) for _, get, width in columns))
    console.print(table)


def _emit(rows: list[Row], fmt: str, columns: list[Column], title: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        _write_csv(rows)
    else:
        _table(rows, columns, title)


# --------------------------------------------------------------------------------------------- commands


@_command
@click.command("meetings")
@click.option("--person", help="A participant: a name, a surname, or a full name in another spelling.")
@click.option("--country", metavar="XX", help="A participant serving this country (ISO 3166-1 alpha-2).")
@click.option("--with-country", "with_country", metavar="YY", help="And another participant of this country.")
@click.option("--since", metavar="DATE", help="Held on or after this date (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", help="Held on or before this date (YYYY[-MM[-DD]]).")
@click.option("--kind", type=click.Choice(["in_person", "phone", "video"]), help="How the meeting was held.")
@_db_option
@_format_option
def meetings_cmd(person: str | None, country: str | None, with_country: str | None, since: str | None,
                 until: str | None, kind: str | None, db: str, fmt: str) -> None:
    """Meetings across documents: one row per event, however many outlets reported it."""
    with _database(db) as database:
        rows = database.meetings(person=person, country=country, with_country=with_country, since=since,
                                 until=until, kind=kind)
    _emit(rows, fmt, [
        ("event", lambda r: r["event_id"], None),
        ("date", lambda r: r["date"] or (f"({r['first_published']})" if r["first_published"] else None), None),
        ("participants", lambda r: r["participants"], None),
        ("place", lambda r: r["place"], None),
        ("kind", lambda r: r["kind"], None),
        ("sources", lambda r: r["n_sources"], None),
        ("disagree", lambda r: r["disagreements"], None),
        ("first report", _where, 40),
    ], "events")


@_command
@click.command("quotes")
@click.option("--speaker", help="The speaker: a name, a surname, or a full name in another spelling.")
@click.option("--contains", metavar="WORDS", help="Every one of these words in the turn (case and accents aside).")
@_db_option
@_format_option
def quotes_cmd(speaker: str | None, contains: str | None, db: str, fmt: str) -> None:
    """Who said what: speech turns with their source and span."""
    with _database(db) as database:
        rows = database.quotes(speaker=speaker, contains=contains)
    _emit(rows, fmt, [
        ("speaker", lambda r: r["speaker"], 25),
        ("quote", lambda r: r["quote"], 70),
        ("mode", lambda r: r["mode"], None),
        ("published", lambda r: r["published"], None),
        ("source", _where, 40),
    ], "quotes")


@_command
@click.command("claims")
@click.option("--metric", metavar="WORDS", help='What the figure measures ("trade turnover"), fuzzily.')
@click.option("--speaker", help="Who claimed it.")
@click.option("--country", metavar="XX", help="One of the countries the claim concerns.")
@click.option("--conflicts", is_flag=True, help="Only claims that conflict with another claim.")
@_db_option
@_format_option
def claims_cmd(metric: str | None, speaker: str | None, country: str | None, conflicts: bool, db: str,
               fmt: str) -> None:
    """Claimed figures as series (metric, country pair, unit) over time, with conflicts flagged."""
    with _database(db) as database:
        rows = database.claims(metric=metric, speaker=speaker, country=country, conflicts=conflicts)
    _emit(rows, fmt, [
        ("series", lambda r: r["metric_group"], 22),
        ("countries", lambda r: r["countries"], None),
        ("quote", lambda r: r["quote"], 30),
        ("qualifier", lambda r: r["qualifier"], None),
        ("period", lambda r: (f"{r['period']} target" if r["target"] else r["period"]), None),
        ("speaker", lambda r: r["speaker"] or "(article)", 22),
        ("conflicts with", lambda r: [c["quote"] for c in r["conflicts_with"]], 30),
        ("source", _where, 36),
    ], "claims")


@_command
@click.command("people")
@click.option("--country", metavar="XX", help="Serving this country (ISO 3166-1 alpha-2).")
@click.option("--name", help="A name, surname or alias.")
@_db_option
@_format_option
def people_cmd(country: str | None, name: str | None, db: str, fmt: str) -> None:
    """One record per person across documents, with every title seen (and when) and every alias."""
    with _database(db) as database:
        rows = database.people(country=country, name=name)
    _emit(rows, fmt, [
        ("name", lambda r: r["name"], 28),
        ("country", lambda r: r["country"], None),
        ("titles", lambda r: [
            f"{t['title']} ({t['first_seen']}{'..' + t['last_seen'] if t['last_seen'] != t['first_seen'] else ''})"
            if t["first_seen"] else t["title"] for t in r["titles"]], 45),
        ("aliases", lambda r: r["aliases"], 30),
        ("docs", lambda r: r["n_documents"], None),
        ("first source", _where, 36),
    ], "people")


@_command
@click.command("show")
@click.argument("event_id")
@click.option("--why", is_flag=True, help="Also say why each source is part of the event (the merge decisions).")
@_db_option
@_format_option
def show_cmd(event_id: str, why: bool, db: str, fmt: str) -> None:
    """One event: every source document with its exact reporting sentence, and what the sources disagree on."""
    from .query import Ambiguous, NotFound

    with _database(db) as database:
        try:
            event = database.event(event_id)
        except (NotFound, Ambiguous) as exc:
            raise click.ClickException(str(exc.args[0])) from None
    if fmt == "json":
        click.echo(json.dumps(event, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        _write_csv([{"event_id": event["event_id"], **s} for s in event["sources"]])
        return
    console = _console()
    people = ", ".join(f"{p['name']} ({p['country']})" if p["country"] else p["name"] for p in event["participants"])
    console.print(f"[bold]event {escape(event['event_id'])}[/bold]  {escape(people)}")
    console.print(f"date {_cell(event['date'])}   place {_cell(event['place'])}   kind {_cell(event['kind'])}   "
                  f"{event['n_sources']} source(s) in {event['n_documents']} document(s)")
    _table(event["sources"], [
        ("published", lambda r: r["published"], None),
        ("source", _where, 40),
        ("date", lambda r: r["date"], None),
        ("place", lambda r: r["place"], None),
        ("kind", lambda r: r["kind"], None),
        ("sentence", lambda r: r["sentence"], None),
    ], "sources", console)
    if event["disagreements"]:
        _table(event["disagreements"], [
            ("field", lambda r: r["field"], None),
            ("value", lambda r: r["value"], None),
            ("source", _where, 50),
        ], "disagreements", console)
    else:
        console.print("[dim]the sources agree[/dim]")
    if why:
        _table(event["sources"], [
            ("source", _where, 40),
            ("date from", lambda r: r["date_from"], None),
            ("why it is part of this event", lambda r: r["link_reason"], None),
        ], "merge decisions", console)


@_command
@click.command("consolidate")
@click.option("--full", is_flag=True, help="Recompute every consolidated table from scratch.")
@_db_option
def consolidate_cmd(full: bool, db: str) -> None:
    """Bring events, persons and claims up to date with the stored documents (ingest does this after a run;
    this is for a run that was interrupted, or after --full changes)."""
    from .consolidate import consolidate
    from .store import Store, StoreError

    try:
        store = Store.open(db)  # the one command over a database that writes (and migrates) without ingesting
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        click.echo(consolidate(store, full=full).line())
    finally:
        store.close()


@_command
@click.command("export")
@click.argument("out", type=click.Path(file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), required=True,
              help="One file per table: OUT/<table>.jsonl|csv|parquet.")
@_db_option
def export_cmd(out: str, fmt: str, db: str) -> None:
    """Every table of the database (documents, extractions, consolidated tables) to files in the folder OUT."""
    from .export import export

    with _database(db) as database:
        counts = export(database.store, out, fmt)
    for name, n in counts.items():
        click.echo(f"{name}\t{n}")
    click.echo(f"exported {len(counts)} tables, {sum(counts.values())} rows to {out}", err=True)


@_command
@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@_db_option
def serve_cmd(host: str, port: int, db: str) -> None:
    """A read-only web application over the database: a timeline of events, events with their sources highlighted,
    people, claims charts, search, and a JSON API under /api (documented at /docs)."""
    from .store import StoreError

    try:
        from .web import create_app
    except ImportError as exc:  # the web dependencies are in the main ones; a broken install still gets a message
        raise click.ClickException(f"the web application needs FastAPI, uvicorn, Jinja2 and plotly ({exc})") from None
    import uvicorn

    try:
        app = create_app(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    pending = app.state.db.pending()
    if pending:
        click.echo(f"note: {pending} document(s) not consolidated yet; run `summitry consolidate --db {db}`", err=True)
    click.echo(f"serving {app.state.db.store.display} read-only on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
    finally:
        app.state.db.close()
