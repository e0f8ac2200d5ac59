"""One ingest run: load articles, extract, store each document in its own transaction, count.

A thin CLI sits over ``ingest``; the callbacks let it draw a progress bar and print errors as they come.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError

from ..store import Store, StoreError, document_id
from . import iter_files, load_file
from .sources import LoadError, RawArticle

Extract = Callable[..., dict[str, Any]]


@dataclass
class Summary:
    ingested: int = 0  # new documents written
    reextracted: int = 0  # stored documents whose records were replaced
    duplicates: int = 0  # documents already stored (or met earlier in this run)
    failed: int = 0  # load errors and extraction errors
    errors: list[LoadError] = field(default_factory=list)
    aborted: str | None = None  # why the run stopped early: the database failed (not the input)

    def line(self, reextract: bool = False) -> str:
        again = f", re-extracted {self.reextracted}" if reextract else ""
        return f"ingested {self.ingested}{again}, skipped {self.duplicates} duplicates, failed {self.failed}"


@dataclass
class Hooks:
    """What a caller (the CLI's progress bar) hears about; every hook is optional."""

    on_start: Callable[[int, str], None] | None = None  # how many units of work, and of what ("files", "docs")
    on_error: Callable[[LoadError], None] | None = None
    on_document: Callable[[str], None] | None = None  # "ingested" | "reextracted" | "duplicate" | "failed"
    on_file_done: Callable[[Path | LoadError], None] | None = None


class _Unstorable(Exception):
    """One document the store refused; the run goes on."""


class _Run:
    def __init__(self, store: Store, reextract: bool, extract: Extract | None, hooks: Hooks | None) -> None:
        if extract is None:
            from .. import extract
        self.store, self.reextract, self.extract = store, reextract, extract
        self.hooks = hooks or Hooks()
        self.summary = Summary()
        self.seen: set[str] = set()  # ids met in this run: a second copy is a duplicate, even with reextract

    def _count(self, outcome: str) -> None:
        if self.hooks.on_document:
            self.hooks.on_document(outcome)

    def fail(self, error: LoadError) -> None:
        self.summary.failed += 1
        self.summary.errors.append(error)
        if self.hooks.on_error:
            self.hooks.on_error(error)
        self._count("failed")

    def article(self, raw: RawArticle) -> None:
        doc_id = document_id(raw.text)
        if doc_id in self.seen:
            self.summary.duplicates += 1
            self._count("duplicate")
            return
        self.seen.add(doc_id)
        stored = self._db(self.store.has, doc_id)
        if stored and not self.reextract:
            self.summary.duplicates += 1
            self._count("duplicate")
            return
        try:
            extraction = self.extract(raw.text, id=doc_id)
        except Exception as exc:  # an extractor bug on one article must not stop the run
            self.fail(LoadError(raw.locator, f"extraction failed ({type(exc).__name__}: {exc})"))
            return
        try:
            written = self._db(self.store.write, doc_id, raw, extraction, replace=stored)
        except _Unstorable as exc:
            self.fail(LoadError(raw.locator, f"could not be stored ({exc})"))
            return
        if not written:
            self.summary.duplicates += 1
            self._count("duplicate")
        elif stored:
            self.summary.reextracted += 1
            self._count("reextracted")
        else:
            self.summary.ingested += 1
            self._count("ingested")

    def files(self, entries: list[Path | LoadError]) -> None:
        if self.hooks.on_start:
            self.hooks.on_start(len(entries), "files")
        for entry in entries:
            if isinstance(entry, LoadError):
                self.fail(entry)
            else:
                for item in load_file(entry):
                    if isinstance(item, LoadError):
                        self.fail(item)
                    else:
                        self.article(item)
            if self.hooks.on_file_done:
                self.hooks.on_file_done(entry)

    def stored(self) -> None:
        ids = self._db(self.store.document_ids)
        if self.hooks.on_start:
            self.hooks.on_start(len(ids), "docs")
        for doc_id in ids:
            raw = self._db(self.store.load, doc_id)
            if raw is not None:  # deleted meanwhile by another process
                self.article(raw)

    def _db(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        # A document the database refuses (a constraint, a value it cannot hold) fails alone; any other
        # database failure is not bad input, and ends the run rather than fail every document after it.
        try:
            return fn(*args, **kwargs)
        except ValueError as exc:
            raise _Unstorable(str(exc)) from exc
        except (IntegrityError, DataError) as exc:
            raise _Unstorable(" ".join(str(exc.orig).split())[:300]) from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"database error on {self.store.display}: {' '.join(str(exc).split())[:300]}") from exc


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    reextract: bool = False,
    extract: Extract | None = None,
    hooks: Hooks | None = None,
) -> Summary:
    """Ingest every article under ``paths`` into ``store``; bad input is counted, never raised.

    When the database itself fails the run stops, with the reason in ``Summary.aborted``; every document
    written before stays whole. ``extract`` defaults to ``summitry.extract``.
    """
    run = _Run(store, reextract, extract, hooks)
    try:
        run.files(list(iter_files(paths)))
    except StoreError as exc:
        run.summary.aborted = str(exc)
    return run.summary


def reextract_stored(store: Store, *, extract: Extract | None = None, hooks: Hooks | None = None) -> Summary:
    """Re-extract every stored document from its stored text, replacing its records atomically."""
    run = _Run(store, True, extract, hooks)
    try:
        run.stored()
    except StoreError as exc:
        run.summary.aborted = str(exc)
    return run.summary
