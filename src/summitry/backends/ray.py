"""``summitry extract --ray [ADDRESS]``: the per-document function of ``summitry.parallel`` on Ray Data.

Inputs, all of one kind per run:

* ``.txt`` files and folders on this machine (walked like ``summitry extract``): the paths are listed
  here and each Ray task reads its own files, so on a cluster they must be on a file system every node
  mounts; the records are those of ``summitry extract`` (``id`` = stem, ``file`` = base name);
* folders or files of ``.txt`` given as URIs (``s3://bucket/news/``, ``gs://...``): read with
  ``ray.data.read_binary_files`` on the nodes;
* ``.jsonl`` and ``.parquet`` files, folders or URIs with a ``text`` column (and optional ``id`` and
  ``file`` columns, passed to ``summitry.extract``).

Each batch goes through ``summitry.parallel.extract_paths`` / ``extract_lines`` in ``map_batches``; the
Ray workers load the model once each. Outputs: JSON Lines streamed back to the caller in input order
(Ray Data's ``preserve_order``), the same lines a single process writes; or, for ``-o NAME.parquet``, a
Parquet dataset written by the nodes (a folder or a URI; one row per article: ``id``, ``file``,
``published`` and ``record``, the article's JSON line).

Needs ``pip install "summitry[ray]"`` here and on every node of a cluster (or a runtime environment
that installs it); without an address Ray starts (or joins, when ``RAY_ADDRESS`` is set) a local cluster.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..parallel import DEFAULT_BATCH, BadInput, decode_article, extract_lines, extract_paths, iter_txt_files
from ..pipeline import DEFAULT, PipelineSpec

Result = tuple[str, str | None, str | None]  # (where, JSON line or None, error or None)


class RayUnavailable(Exception):
    """Ray is not installed, or the cluster cannot be reached."""


def _ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise RayUnavailable('Ray is not installed: pip install "summitry[ray]" (ray[data])') from None
    return ray


def _is_uri(path: str) -> bool:
    return "://" in path


def _kind(path: str) -> str:
    name = path.rstrip("/").lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".jsonl.zst")):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    return "txt"


# --------------------------------------------------------------------------- batch functions (run on the nodes)


def _column(batch: dict[str, Any], name: str, n: int) -> list[Any]:
    values = batch.get(name)
    if values is None:
        return [None] * n
    return [None if v is None else str(v) for v in list(values)]


def batch_from_paths(batch: dict[str, Any], pipeline: PipelineSpec = DEFAULT) -> dict[str, list[Any]]:
    """Local .txt paths -> where / line / error, with the per-document function of ``summitry.parallel``."""
    paths = [str(p) for p in batch["path"]]
    results = extract_paths(paths, pipeline)
    return {"where": paths, "line": [r[0] for r in results], "error": [r[1] for r in results]}


def batch_from_bytes(batch: dict[str, Any], pipeline: PipelineSpec = DEFAULT) -> dict[str, list[Any]]:
    """Files read by ``read_binary_files`` (``bytes``, ``path``) -> where / line / error."""
    paths = [str(p) for p in batch["path"]]
    results: list[tuple[str | None, str | None]] = [(None, None)] * len(paths)
    jobs, at = [], []
    for i, (path, data) in enumerate(zip(paths, batch["bytes"], strict=True)):
        try:
            text = decode_article(bytes(data))
        except BadInput as exc:
            results[i] = (None, str(exc))
            continue
        name = path.rstrip("/").rsplit("/", 1)[-1]
        jobs.append((text, Path(name).stem, name))
        at.append(i)
    for i, result in zip(at, extract_lines(jobs, pipeline) if jobs else [], strict=True):
        results[i] = result
    return {"where": paths, "line": [r[0] for r in results], "error": [r[1] for r in results]}


def batch_from_rows(batch: dict[str, Any], pipeline: PipelineSpec = DEFAULT) -> dict[str, list[Any]]:
    """Rows with a ``text`` column (JSON Lines, Parquet) -> where / line / error."""
    texts = list(batch["text"]) if "text" in batch else []
    n = len(texts) or len(next(iter(batch.values()), []))
    ids, files, paths = _column(batch, "id", n), _column(batch, "file", n), _column(batch, "path", n)
    where = [
        f"{p or '?'}#{i}" if i is not None else f"{p or '?'} (a row without id)"
        for p, i in zip(paths, ids, strict=True)
    ]
    results: list[tuple[str | None, str | None]] = [(None, "no 'text' column")] * n
    jobs, at = [], []
    for k in range(len(texts)):
        text = str(texts[k]) if isinstance(texts[k], str) else None  # numpy's str_ -> str
        if text is None or not text.strip():
            results[k] = (None, "no text (the 'text' field is missing, empty or not a string)")
            continue
        jobs.append((text, ids[k], files[k]))
        at.append(k)
    for k, result in zip(at, extract_lines(jobs, pipeline) if jobs else [], strict=True):
        results[k] = result
    return {"where": where, "line": [r[0] for r in results], "error": [r[1] for r in results]}


def batch_to_table(batch: dict[str, Any]) -> dict[str, list[Any]]:
    """Good rows -> the Parquet columns: id, file, published, record (the JSON line)."""
    lines = [str(x) for x in batch["line"]]
    records = [json.loads(line) for line in lines]
    return {
        "id": [r.get("id") for r in records],
        "file": [r.get("file") for r in records],
        "published": [r.get("published") for r in records],
        "record": lines,
    }


# --------------------------------------------------------------------------- driver


class RayExtract:
    """One run: connect (or start a local Ray), build the dataset of results, stream it or write it."""

    def __init__(
        self, address: str | None = None, *, batch_size: int = DEFAULT_BATCH, pipeline: PipelineSpec = DEFAULT
    ) -> None:
        self.ray = _ray()
        self.batch_size = max(1, batch_size)
        self.pipeline = pipeline
        self.started = False
        if not self.ray.is_initialized():
            try:
                self.ray.init(
                    address=address or None,
                    include_dashboard=False,
                    log_to_driver=False,
                    logging_level=logging.WARNING,
                )
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise RayUnavailable(f"cannot start or reach Ray at {address or 'a local instance'}: {exc}") from None
            self.started = True
        logging.getLogger("ray.data").setLevel(logging.ERROR)  # its progress lines would bury our reports
        ctx = self.ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True  # results in input order, as a single process writes them
        ctx.enable_progress_bars = False

    def close(self) -> None:
        if self.started:
            self.ray.shutdown()
            self.started = False

    def __enter__(self) -> RayExtract:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def dataset(self, paths: tuple[str, ...] | list[str]):
        """A dataset with one row per article: where (path or path#id), line (JSON) or error."""
        data = self.ray.data
        kinds = {_kind(p) for p in paths}
        if len(kinds) > 1:
            raise ValueError("give inputs of one kind per run: .txt files/folders, .jsonl, or .parquet")
        kind = kinds.pop()
        opts = {"batch_size": self.batch_size, "batch_format": "numpy", "fn_kwargs": {"pipeline": self.pipeline}}
        if kind == "jsonl":
            return data.read_json(list(paths), lines=True, include_paths=True).map_batches(batch_from_rows, **opts)
        if kind == "parquet":
            return data.read_parquet(list(paths), include_paths=True).map_batches(batch_from_rows, **opts)
        uris = [p for p in paths if _is_uri(p)]
        if uris and len(uris) != len(paths):
            raise ValueError("give either local paths or URIs, not both")
        if uris:
            ds = data.read_binary_files(uris, include_paths=True, file_extensions=["txt"])
            return ds.map_batches(batch_from_bytes, **opts)
        files = [str(p) for p in iter_txt_files(paths)]
        if not files:
            raise ValueError("no .txt files found under the given paths")
        blocks = max(1, min(len(files) // self.batch_size, 1000))
        return data.from_items([{"path": f} for f in files], override_num_blocks=blocks).map_batches(
            batch_from_paths, **opts
        )

    def stream(self, paths: tuple[str, ...] | list[str]) -> Iterator[Result]:
        """(where, line, error) per article, in input order, as the cluster finishes them."""
        for row in self.dataset(paths).iter_rows():
            yield row["where"], row["line"], row["error"]

    def write_parquet(self, paths: tuple[str, ...] | list[str], output: str) -> tuple[int, list[tuple[str, str]]]:
        """Write the good records as a Parquet dataset at ``output``; (how many, [(where, error)])."""
        ds = self.dataset(paths).materialize()  # computed once; spilled to disk by Ray when large
        failed, good = _split(ds)
        errors = [(row["where"], row["error"]) for row in failed.select_columns(["where", "error"]).iter_rows()]
        good.map_batches(batch_to_table, batch_format="numpy").write_parquet(output)
        return good.count(), errors


def _split(ds):
    """(rows with an error, rows with a record)."""
    try:
        from ray.data.expressions import col
    except ImportError:  # Ray before expressions: row functions
        return ds.filter(lambda r: r["error"] is not None), ds.filter(lambda r: r["error"] is None)
    return ds.filter(expr=col("error").is_not_null()), ds.filter(expr=col("error").is_null())
