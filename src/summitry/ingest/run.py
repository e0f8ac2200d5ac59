"""One ingest run: load articles, extract, store each document in its own transaction, count.

A thin CLI sits over ``ingest``; the callbacks let it draw a progress bar and print errors as they come.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError

from ..pipeline import PipelineSpec, resolve
from ..store import Store, StoreError, document_id
from . import iter_files, load_file
from .sources import LoadError, RawArticle

Extract = Callable[..., dict[str, Any]]


def _extract(text: str, id: str | None = None, *, pipeline: PipelineSpec) -> dict[str, Any]:
    from ..extraction import extract

    return extract(text, id=id, pipeline=pipeline)


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
    def __init__(
        self,
        store: Store,
        reextract: bool,
        extract: Extract | None,
        hooks: Hooks | None,
        workers: int = 1,
        chunksize: int = 8,
        pipeline: PipelineSpec | str | None = None,
    ) -> None:
        if extract is not None and pipeline is not None:
            raise ValueError("pipeline selects summitry's own extraction: give it or an extract function, not both")
        self.custom_extract = extract  # None: summitry's own, which the workers then load themselves
        self.pipeline = resolve(pipeline)
        self.extract = extract or partial(_extract, pipeline=self.pipeline)
        # Stored with each document, so a reader can tell records of the fast path (README: throughput) apart.
        self.version = self.pipeline.extractor_version
        self.store, self.reextract = store, reextract
        self.workers, self.chunksize = workers, chunksize
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
        admitted = self._admit(raw)
        if admitted is None:
            self._duplicate()
            return
        doc_id, stored = admitted
        try:
            extraction = self.extract(raw.text, id=doc_id)
        except Exception as exc:  # an extractor bug on one article must not stop the run
            self.fail(LoadError(raw.locator, f"extraction failed ({type(exc).__name__}: {exc})"))
            return
        self._store(raw, doc_id, stored, extraction)

    def _admit(self, raw: RawArticle) -> tuple[str, bool] | None:
        """(document id, already stored) when ``raw`` is to be extracted; None for a duplicate (not counted)."""
        doc_id = document_id(raw.text)
        if doc_id in self.seen:
            return None
        self.seen.add(doc_id)
        stored = self._db(self.store.has, doc_id)
        if stored and not self.reextract:
            return None
        return doc_id, stored

    def _duplicate(self) -> None:
        self.summary.duplicates += 1
        self._count("duplicate")

    def _store(self, raw: RawArticle, doc_id: str, stored: bool, extraction: dict[str, Any]) -> None:
        try:
            written = self._db(
                self.store.write, doc_id, raw, extraction, replace=stored, extractor_version=self.version
            )
        except _Unstorable as exc:
            self.fail(LoadError(raw.locator, f"could not be stored ({exc})"))
            return
        if not written:
            self._duplicate()
        elif stored:
            self.summary.reextracted += 1
            self._count("reextracted")
        else:
            self.summary.ingested += 1
            self._count("ingested")

    def files(self, entries: list[Path | LoadError]) -> None:
        if self.hooks.on_start:
            self.hooks.on_start(len(entries), "files")
        if self.workers > 1:
            self._parallel(self._file_events(entries))
            return
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
        if self.workers > 1:
            self._parallel(("article", raw) for raw in (self._db(self.store.load, i) for i in ids) if raw is not None)
            return
        for doc_id in ids:
            raw = self._db(self.store.load, doc_id)
            if raw is not None:  # deleted meanwhile by another process
                self.article(raw)

    # --- with worker processes: load, deduplicate and store here, extract in the pool, in input order

    def _file_events(self, entries: list[Path | LoadError]) -> Iterator[tuple[str, Any]]:
        for entry in entries:
            if isinstance(entry, LoadError):
                yield "error", entry
            else:
                for item in load_file(entry):  # streamed: a WARC of a million pages is never held whole
                    yield ("error", item) if isinstance(item, LoadError) else ("article", item)
            yield "file_done", entry

    def _parallel(self, events: Iterable[tuple[str, Any]]) -> None:
        from ..parallel import WorkerPool, extract_texts

        with WorkerPool(self.workers, chunksize=self.chunksize, extract=self.custom_extract,
                        pipeline=self.pipeline) as pool:
            for (kind, obj, admitted), result in pool.map(extract_texts, self._jobs(events)):
                if kind == "error":
                    self.fail(obj)
                elif kind == "file_done":
                    if self.hooks.on_file_done:
                        self.hooks.on_file_done(obj)
                elif admitted is None:
                    self._duplicate()
                else:
                    status, value = result
                    if status == "ok":
                        self._store(obj, admitted[0], admitted[1], value)
                    else:
                        self.fail(LoadError(obj.locator, f"extraction failed ({value})"))

    def _jobs(self, events: Iterable[tuple[str, Any]]) -> Iterator[tuple[tuple[str, Any, Any], Any]]:
        # Duplicates are decided here, in input order as in a run without workers, and counted as results come.
        for kind, obj in events:
            admitted = self._admit(obj) if kind == "article" else None
            payload = (obj.text, admitted[0], None) if admitted is not None else None
            yield (kind, obj, admitted), payload

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
    workers: int = 1,
    chunksize: int = 8,
    pipeline: PipelineSpec | str | None = None,
) -> Summary:
    """Ingest every article under ``paths`` into ``store``; bad input is counted, never raised.

    When the database itself fails the run stops, with the reason in ``Summary.aborted``; every document
    written before stays whole. ``extract`` defaults to ``summitry.extract``. With ``workers`` > 1 the
    extraction runs in that many processes (``extract`` must then be a module-level function), in
    batches of ``chunksize``; loading, de-duplication and writes stay in this process, in input order,
    so the database ends up the same. ``pipeline``: which of summitry's pipelines extracts ("default", or
    "fast": README, throughput); with the fast one the documents' ``extractor_version`` ends in "+fast".
    """
    run = _Run(store, reextract, extract, hooks, workers, chunksize, pipeline)
    try:
        run.files(list(iter_files(paths)))
    except StoreError as exc:
        run.summary.aborted = str(exc)
    _consolidate(store, run.summary)
    return run.summary


def reextract_stored(
    store: Store,
    *,
    extract: Extract | None = None,
    hooks: Hooks | None = None,
    workers: int = 1,
    chunksize: int = 8,
    pipeline: PipelineSpec | str | None = None,
) -> Summary:
    """Re-extract every stored document from its stored text, replacing its records atomically (``pipeline``:
    as for ``ingest``)."""
    run = _Run(store, True, extract, hooks, workers, chunksize, pipeline)
    try:
        run.stored()
    except StoreError as exc:
        run.summary.aborted = str(exc)
    _consolidate(store, run.summary)
    return run.summary


def _consolidate(store: Store, summary: Summary) -> None:
    """Bring the consolidated tables (events, persons, claims) up to date with what was written: one
    transaction over the documents not consolidated yet (summitry.consolidate)."""
    if summary.aborted:
        return  # the database failed: the documents stay pending for the next run or `summitry consolidate`
    from ..consolidate import consolidate

    try:
        consolidate(store)
    except SQLAlchemyError as exc:
        summary.aborted = f"consolidation failed on {store.display}: {' '.join(str(exc).split())[:300]}"
