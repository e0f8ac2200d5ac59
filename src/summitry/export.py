"""``summitry export``: every table of the database to one file per table, as JSON Lines, CSV or Parquet.

Rows are written in primary-key order, streamed (a large ``documents`` table is never held whole). Values
are exported as stored: NULL is JSON ``null``, an empty CSV field, a Parquet null; booleans are JSON
``true``/``false``, CSV ``1``/``0``. ``read_table`` reads an exported file back (rows as dicts, with the
column types of the schema), which is how the round trip is tested.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Float, Integer, Table, select

from .store import Store, schema

__all__ = ["FORMATS", "export", "read_table"]

FORMATS = ("jsonl", "csv", "parquet")
_BATCH = 1000


def export(store: Store, out_dir: str | Path, fmt: str) -> dict[str, int]:
    """Write every table (``schema.TABLES``) to ``out_dir/<table>.<fmt>``; the number of rows of each."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    if fmt == "parquet":
        _pyarrow()  # fail before writing anything
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for table in schema.TABLES:
        path = out / f"{table.name}.{fmt}"
        with store.engine.connect() as conn:
            result = conn.execution_options(yield_per=_BATCH).execute(
                select(table).order_by(*table.primary_key.columns)
            )
            batches = (list(map(dict, part)) for part in result.mappings().partitions(_BATCH))
            counts[table.name] = _WRITERS[fmt](table, path, batches)
    return counts


def _write_jsonl(table: Table, path: Path, batches: Iterator[list[dict[str, Any]]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for batch in batches:
            for row in batch:
                f.write(json.dumps(_plain(table, row), ensure_ascii=False) + "\n")
                n += 1
    return n


def _write_csv(table: Table, path: Path, batches: Iterator[list[dict[str, Any]]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([c.name for c in table.columns])
        for batch in batches:
            for row in batch:
                plain = _plain(table, row)
                writer.writerow(["" if plain[c.name] is None else _csv_value(plain[c.name]) for c in table.columns])
                n += 1
    return n


def _csv_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return repr(value)  # the shortest text that reads back as the same float
    return value


def _write_parquet(table: Table, path: Path, batches: Iterator[list[dict[str, Any]]]) -> int:
    pa, pq = _pyarrow()
    arrow_schema = _arrow_schema(table)
    n = 0
    with pq.ParquetWriter(str(path), arrow_schema) as writer:
        for batch in batches:
            writer.write_table(pa.Table.from_pylist([_plain(table, r) for r in batch], schema=arrow_schema))
            n += len(batch)
        if n == 0:
            writer.write_table(arrow_schema.empty_table())
    return n


_WRITERS = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}


def _plain(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """The row with each value of the column's Python type (SQLite gives booleans back as 0/1)."""
    out = {}
    for c in table.columns:
        value = row[c.name]
        if value is not None and isinstance(c.type, Boolean):
            value = bool(value)
        out[c.name] = value
    return out


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - pyarrow is a dependency
        raise RuntimeError(f"Parquet export needs pyarrow ({exc})") from None
    return pa, pq


def _arrow_schema(table: Table) -> Any:
    pa, _ = _pyarrow()
    fields = []
    for c in table.columns:
        if isinstance(c.type, Boolean):
            kind = pa.bool_()
        elif isinstance(c.type, Integer):
            kind = pa.int64()
        elif isinstance(c.type, Float):
            kind = pa.float64()
        else:
            kind = pa.string()
        fields.append(pa.field(c.name, kind, nullable=c.nullable or not c.primary_key))
    return pa.schema(fields)


def _typed(table: Table, name: str, raw: str) -> Any:
    """A CSV field as the column's type ("" is NULL)."""
    if raw == "":
        return None
    kind = table.c[name].type
    if isinstance(kind, Boolean):
        return raw not in ("0", "false", "False")
    if isinstance(kind, Integer):
        return int(raw)
    if isinstance(kind, Float):
        return float(raw)
    return raw


def read_table(path: str | Path, table: str | None = None) -> list[dict[str, Any]]:
    """The rows of one exported file (``<table>.jsonl|csv|parquet``), typed as the schema's columns."""
    path = Path(path)
    name = table or path.name.split(".", 1)[0]
    spec = schema.metadata.tables[name]
    fmt = path.suffix.lstrip(".")
    if fmt == "jsonl":
        with path.open(encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as f:
            return [{k: _typed(spec, k, v) for k, v in row.items()} for row in csv.DictReader(f)]
    if fmt == "parquet":
        _, pq = _pyarrow()
        return pq.read_table(str(path)).to_pylist()
    raise ValueError(f"not an exported table: {path}")
