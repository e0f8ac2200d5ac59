"""Many documents at once: batched extraction in one process, and an ordered process pool.

``extract_many`` runs spaCy over a batch of texts with ``nlp.pipe`` and then the rest of the pipeline on
each document; its records are the ones ``summitry.extract`` returns for each text alone.

``WorkerPool`` is a process pool whose workers load the model once (in their initializer). Its ``map``
takes a stream of jobs and gives the results back in the order of the jobs while holding only a bounded
window of them, so memory stays flat however long the stream is. ``extract_files`` is what
``summitry extract --workers N`` runs; the ingest command uses the same pool.

The per-document function is ``extract_path`` (one ``.txt`` file -> one JSON line, or the reason it was
skipped); the process pool and the Ray backend (``summitry.backends.ray``) both call it, in batches.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

from .pipeline import DEFAULT, PipelineSpec

DEFAULT_BATCH = 32  # documents per nlp.pipe call / per worker task: the parser steps a batch together (bench/)
_WINDOW_PER_WORKER = 4  # tasks in flight per worker: enough to keep it busy, few enough to keep memory flat


class BadInput(Exception):
    """A file that cannot be processed, with the reason users should see."""


# --------------------------------------------------------------------------- reading


def iter_txt_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The .txt files named or found (recursively, sorted) under the given paths, lazily."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path


def decode_article(data: bytes) -> str:
    """The bytes of an article file as text; BadInput for binary, non-UTF-8, BOM or empty content."""
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


def read_article(path: Path) -> str:
    """The file's text as UTF-8; BadInput for missing, binary, non-UTF-8 or empty files."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadInput("no such file") from None
    except OSError as exc:
        raise BadInput(f"cannot read: {exc.strerror or exc}") from None
    return decode_article(data)


def to_line(record: dict[str, Any]) -> str:
    """One record as the JSON line ``summitry extract`` writes (without the newline)."""
    return json.dumps(record, ensure_ascii=False)


# --------------------------------------------------------------------------- batched extraction


def extract_many(
    texts: Iterable[str],
    *,
    ids: Iterable[str | None] | None = None,
    files: Iterable[str | Path | None] | None = None,
    batch_size: int = DEFAULT_BATCH,
    pipeline: PipelineSpec = DEFAULT,
) -> Iterator[dict[str, Any]]:
    """``summitry.extract`` over many texts, lazily and in order, with spaCy run in batches.

    Each record equals ``summitry.extract(text, id=id, file=file, pipeline=pipeline)``; the texts are read
    from the iterable one batch at a time, never all at once.
    """
    from .extraction import extract

    built = pipeline.build()
    first = built.components[0] if built.components else None
    model = _stock_model(first)
    items = zip(texts, ids if ids is not None else _nones(), files if files is not None else _nones(), strict=False)
    if first is None or model is None:  # a pipeline that does not start with the stock spaCy step: one at a time
        for text, id_, file in items:
            yield extract(text, id=id_, file=file, pipeline=pipeline)
        return
    for chunk in _chunks(items, max(1, batch_size)):
        docs = [_new_document(text, id_, file) for text, id_, file in chunk]
        for doc, parsed in zip(docs, model.pipe([d.text for d in docs], batch_size=max(1, batch_size)), strict=True):
            # What components/nlp.py's ``annotate`` does for one document, with the parse done in a batch.
            doc.nlp = parsed
            doc.furniture = _furniture(doc.text)
            doc.done.append(first.name)
            for comp in built.components[1:]:
                comp.fn(doc)
                doc.done.append(comp.name)
            yield doc.to_dict()


def _nones() -> Iterator[None]:
    while True:
        yield None


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _new_document(text: str, id_: str | None, file: str | Path | None):
    from .doc import Document
    from .extraction import check_text

    check_text(text)
    return Document(text=text, id=id_, file=Path(file).name if file is not None else None)


def _stock_model(first: Any):
    """The spaCy model that the pipeline's first component runs, when it is the stock spaCy step (which
    ``extract_many`` then runs in batches); else None."""
    from .components import nlp as nlp_component

    # The stock steps and the model each loads: with the entity recogniser, or without it (the fast path).
    stock = {"nlp": (nlp_component.annotate, False), "nlp_fast": (nlp_component.annotate_fast, True)}
    if first is None or first.name not in stock or stock[first.name][0] is not first.fn:
        return None
    return nlp_component.load_model(stock[first.name][1])


def _furniture(text: str):
    from .text import furniture

    return furniture(text)


def extract_lines(
    jobs: Sequence[tuple[str, str | None, str | None]], pipeline: PipelineSpec = DEFAULT
) -> list[tuple[str | None, str | None]]:
    """(text, id, file) jobs -> (JSON line, None) or (None, error) each; one failure does not sink the batch."""
    from .extraction import extract

    try:
        records = extract_many((t for t, _, _ in jobs), ids=(i for _, i, _ in jobs),
                               files=(f for _, _, f in jobs), batch_size=len(jobs), pipeline=pipeline)
        return [(to_line(r), None) for r in records]
    except Exception:  # find which document it was, and let the others through
        out: list[tuple[str | None, str | None]] = []
        for text, id_, file in jobs:
            try:
                out.append((to_line(extract(text, id=id_, file=file, pipeline=pipeline)), None))
            except Exception as exc:
                out.append((None, f"extraction failed ({type(exc).__name__}: {exc})"))
        return out


def extract_path(path: str | Path, pipeline: PipelineSpec = DEFAULT) -> tuple[str | None, str | None]:
    """The per-document function: one .txt file -> (its JSON line, None) or (None, why it was skipped)."""
    return extract_paths([path], pipeline)[0]


def extract_paths(
    paths: Sequence[str | Path], pipeline: PipelineSpec = DEFAULT
) -> list[tuple[str | None, str | None]]:
    """``extract_path`` over a batch of files, with spaCy run over the good ones in one batch."""
    results: list[tuple[str | None, str | None]] = [(None, None)] * len(paths)
    jobs, where = [], []
    for i, raw in enumerate(paths):
        path = Path(raw)
        try:
            text = read_article(path)
        except BadInput as exc:
            results[i] = (None, str(exc))
            continue
        jobs.append((text, path.stem, path.name))
        where.append(i)
    if jobs:
        for i, result in zip(where, extract_lines(jobs, pipeline), strict=True):
            results[i] = result
    return results


# --------------------------------------------------------------------------- process pool

_worker_extract: Callable[..., dict[str, Any]] | None = None
_worker_pipeline: PipelineSpec = DEFAULT


def _init_worker(extract: Callable[..., dict[str, Any]] | None, pipeline: PipelineSpec) -> None:
    """Pool initializer: ignore Ctrl-C (the parent handles it) and build the pipeline and its model once."""
    global _worker_extract, _worker_pipeline
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_extract, _worker_pipeline = extract, pipeline
    built = pipeline.build()
    _stock_model(built.components[0] if built.components else None)


@contextmanager
def _one_blas_thread() -> Iterator[None]:
    """Spawned children inherit the environment: one BLAS/OpenMP thread each, unless the user set a value."""
    names = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
    unset = [n for n in names if n not in os.environ]
    os.environ.update({n: "1" for n in unset})
    try:
        yield
    finally:
        for n in unset:
            os.environ.pop(n, None)


def _run_task(task: tuple[Callable[[list[Any]], list[Any]], list[Any]]) -> list[Any]:
    fn, payloads = task
    return fn(payloads)


def extract_texts(payloads: list[tuple[str, str | None, str | None]]) -> list[tuple[str, Any]]:
    """Worker side of ingest: (text, id, file) -> ("ok", record) or ("error", "Type: message") each.

    Uses the ``extract`` function the pool was made with, else ``summitry.extract`` in batches.
    """
    if _worker_extract is None:
        from .extraction import extract

        try:
            records = list(extract_many((t for t, _, _ in payloads), ids=(i for _, i, _ in payloads),
                                        files=(f for _, _, f in payloads), batch_size=len(payloads),
                                        pipeline=_worker_pipeline))
            return [("ok", r) for r in records]
        except Exception:
            fn = partial(extract, pipeline=_worker_pipeline)
    else:
        fn = _worker_extract
    out: list[tuple[str, Any]] = []
    for text, id_, file in payloads:
        try:
            out.append(("ok", fn(text, id=id_, file=file)))
        except Exception as exc:  # an extractor bug on one article must not stop the run
            out.append(("error", f"{type(exc).__name__}: {exc}"))
    return out


class WorkerPool:
    """``workers`` processes, each with the model loaded once; ``map`` keeps the order of its input.

    Processes are started with ``spawn`` (no inherited threads, locks or database connections).
    ``extract`` (a picklable, module-level function) replaces ``summitry.extract`` in ``extract_texts``;
    ``pipeline`` is built (its model loaded) in each worker and is ``extract_texts``'s default.
    """

    def __init__(
        self,
        workers: int,
        *,
        chunksize: int = DEFAULT_BATCH,
        extract: Callable[..., dict[str, Any]] | None = None,
        pipeline: PipelineSpec = DEFAULT,
    ) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.chunksize = max(1, chunksize)
        self.window = workers * _WINDOW_PER_WORKER
        ctx = multiprocessing.get_context("spawn")
        with _one_blas_thread():  # N workers each with a multi-threaded BLAS would oversubscribe the cores
            self._pool = ctx.Pool(workers, initializer=_init_worker, initargs=(extract, pipeline))

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.close(abort=exc_type is not None)

    def close(self, abort: bool = False) -> None:
        if abort:
            self._pool.terminate()
        else:
            self._pool.close()
        self._pool.join()

    def map(
        self, fn: Callable[[list[Any]], list[Any]], jobs: Iterable[tuple[Any, Any]]
    ) -> Iterator[tuple[Any, Any]]:
        """(tag, payload) jobs -> (tag, fn's result for payload) in job order; ``payload is None`` passes through.

        Payloads are sent to the workers in chunks of ``chunksize``; at most ``window`` chunks are in flight
        and the input is read only as results are taken, so neither the input nor the results pile up.
        """
        pending: deque[tuple[list[tuple[Any, Any]], Any]] = deque()  # (group of (tag, payload), async result)
        group: list[tuple[Any, Any]] = []
        payloads: list[Any] = []

        def submit() -> None:
            nonlocal group, payloads
            result = self._pool.apply_async(_run_task, ((fn, payloads),)) if payloads else None
            pending.append((group, result))
            group, payloads = [], []

        def drain(limit: int) -> Iterator[tuple[Any, Any]]:
            while len(pending) > limit:
                items, result = pending.popleft()
                answers = iter(result.get() if result is not None else ())
                for tag, payload in items:
                    yield tag, (None if payload is None else next(answers))

        for tag, payload in jobs:
            group.append((tag, payload))
            if payload is not None:
                payloads.append(payload)
            # A group also closes when long: a run of pass-through jobs must not pile up either.
            if len(payloads) >= self.chunksize or len(group) >= self.chunksize * 8:
                submit()
                yield from drain(self.window)
        if group:
            submit()
        yield from drain(0)


def extract_files(
    paths: Iterable[Path], *, workers: int = 1, chunksize: int = DEFAULT_BATCH, pipeline: PipelineSpec = DEFAULT
) -> Iterator[tuple[Path, str | None, str | None]]:
    """(path, JSON line, None) or (path, None, why skipped) per file, in input order, lazily.

    ``workers=1`` runs in this process (spaCy batched); more start a ``WorkerPool``.
    """
    if workers <= 1:
        for chunk in _chunks(paths, max(1, chunksize)):
            for path, (line, error) in zip(chunk, extract_paths(chunk, pipeline), strict=True):
                yield path, line, error
        return
    with WorkerPool(workers, chunksize=chunksize, pipeline=pipeline) as pool:
        for path, (line, error) in pool.map(partial(extract_paths, pipeline=pipeline), ((p, p) for p in paths)):
            yield path, line, error


def default_workers() -> int:
    """The CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1
