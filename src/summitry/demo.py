"""Readable console summary of extraction results, plus the shipped sample articles.

Presentation only: this module never extracts anything, it prints result dicts.
"""

from __future__ import annotations

import pathlib
from collections import defaultdict
from importlib.resources import files
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

__all__ = ["render", "sample_paths"]

_DASH = "—"
Row = list[str]


def sample_paths() -> list[pathlib.Path]:
    """The sample ``.txt`` articles shipped in ``summitry/samples``, sorted by name."""
    folder = files("summitry") / "samples"
    return sorted(pathlib.Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


def _text(value: Any, width: int | None = None, empty: str = _DASH) -> str:
    """Escaped, whitespace-collapsed cell text, clipped to ``width`` characters."""
    text = " ".join(str(value).split()) if value not in (None, "") else empty
    if width is not None and len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return escape(text)


def _number(value: float | int) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


def _section(console: Console, title: str, columns: list[str], rows: list[Row], right: set[str]) -> None:
    """A bold heading, then a table of ``rows``, or a dim "none found" line when there are none."""
    console.print(f"[bold]{title}[/bold]")
    if not rows:
        console.print("[dim]none found[/dim]")
        return
    table = Table(show_header=True, header_style="bold")
    for column in columns:
        table.add_column(column, justify="right" if column in right else "left")
    for row in rows:
        table.add_row(*row)
    console.print(table)


def _meeting_rows(meetings: list[dict[str, Any]]) -> list[Row]:
    return [
        [_text(" – ".join(m.get("participants") or [])), _text(m.get("date")),
         _text(m.get("place")), _text(m.get("kind"))]
        for m in meetings
    ]  # fmt: skip


def _quote_rows(utterances: list[dict[str, Any]]) -> list[Row]:
    by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u in utterances:
        by_speaker[u.get("speaker") or "(unattributed)"].append(u)
    rows: list[Row] = []
    for speaker, items in by_speaker.items():
        for i, u in enumerate(items):
            head = [_text(speaker), str(len(items))] if i == 0 else ["", ""]
            rows.append([*head, str(u.get("start", "")), _text(u.get("mode")), _text(u.get("quote"), 100)])
    return rows


def _amount_rows(amounts: list[dict[str, Any]]) -> list[Row]:
    return [
        [_text(a.get("quote"), 60), escape(f"{_number(a.get('value') or 0)} {a.get('unit') or ''}".rstrip()),
         _text(a.get("qualifier")), _text(a.get("metric")), _text(a.get("speaker"), empty="(article)")]
        for a in amounts
    ]  # fmt: skip


def _people_rows(people: list[dict[str, Any]]) -> list[Row]:
    return [[_text(p.get("name")), _text(p.get("title")), _text(p.get("country"))] for p in people]


def render(results: list[dict[str, Any]], console: Console | None = None) -> None:
    """Print a per-article summary (meetings, quotes, numbers, people) for extraction results."""
    console = console or Console()
    for r in results:
        title = _text(r.get("file") or r.get("id"), empty="(article)")
        console.rule(f"[bold cyan]{title}[/bold cyan]  [dim]published {_text(r.get('published'))}[/dim]")
        _section(console, "Meetings", ["Participants", "Date", "Place", "Kind"],
                 _meeting_rows(r.get("meetings") or []), set())  # fmt: skip
        _section(console, "Quotes by speaker", ["Speaker", "#", "At", "Mode", "Quote"],
                 _quote_rows(r.get("utterances") or []), {"#", "At"})  # fmt: skip
        _section(console, "Numbers claimed", ["Quote", "Value", "Qualifier", "Metric", "Speaker"],
                 _amount_rows(r.get("amounts") or []), {"Value"})  # fmt: skip
        _section(console, "People", ["Name", "Title", "Country"], _people_rows(r.get("people") or []), set())
        console.print()
