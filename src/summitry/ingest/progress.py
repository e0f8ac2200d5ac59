"""The ingest progress bar (rich): files or documents done, documents processed and documents/s.

Drawn only on a terminal; error lines are printed above the bar so they never garble it.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn
from rich.text import Text

from .run import Hooks
from .sources import LoadError


class _Rate(ProgressColumn):
    """Documents (ingested, duplicate or failed) per second since the start."""

    def render(self, task) -> Text:
        elapsed = task.elapsed or 0.0
        docs = task.fields.get("docs", 0)
        rate = docs / elapsed if elapsed > 0 else 0.0
        return Text(f"{docs} docs, {rate:.1f} docs/s")


class IngestProgress:
    """A context manager whose ``hooks`` feed a progress bar; plain stderr lines when not a terminal."""

    def __init__(self, console: Console | None = None, enabled: bool | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.enabled = self.console.is_terminal if enabled is None else enabled
        self.bar = Progress(
            TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[unit]}"),
            _Rate(), TimeElapsedColumn(), console=self.console, disable=not self.enabled,
        )
        self.task = None
        self.unit = "files"
        self.docs = 0

    def __enter__(self) -> IngestProgress:
        self.bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.__exit__(*exc)

    @property
    def hooks(self) -> Hooks:
        return Hooks(on_start=self._start, on_error=self._error, on_document=self._document, on_file_done=self._file)

    def _start(self, total: int, unit: str) -> None:
        self.unit = unit
        self.task = self.bar.add_task("ingest", total=total, unit=unit, docs=0)

    def _error(self, error: LoadError) -> None:
        self.console.print(str(error), markup=False, highlight=False, emoji=False, soft_wrap=True)

    def _document(self, _outcome: str) -> None:
        self.docs += 1
        if self.task is not None:
            self.bar.update(self.task, docs=self.docs, advance=1 if self.unit == "docs" else 0)

    def _file(self, _entry: Path | LoadError) -> None:
        if self.task is not None and self.unit == "files":
            self.bar.update(self.task, advance=1)
