"""Reading and writing the consolidated tables in chunks, and the small helpers every group uses."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

CHUNK = 500  # ids per IN (...) list


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i : i + size]



def by_doc(conn: Connection, table: Any, doc_ids: list[str], *order: Any) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    query = select(table).where(table.c.document_id.in_(doc_ids)).order_by(table.c.document_id, *order)
    for row in conn.execute(query).mappings():
        rows[row["document_id"]].append(dict(row))
    return rows



def short_id(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:12]


def rows_in(conn: Connection, table: Any, column: Any, values: Iterable[str], *order: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for chunk in chunks(sorted(values)):
        rows.extend(dict(r) for r in conn.execute(select(table).where(column.in_(chunk)).order_by(*order)).mappings())
    return rows


def delete_in(conn: Connection, table: Any, column: Any, values: Iterable[str]) -> None:
    for chunk in chunks(sorted(values)):
        conn.execute(delete(table).where(column.in_(chunk)))


def insert_rows(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    for chunk in chunks(rows, 1000):
        conn.execute(insert(table), chunk)



def most_common(values: Iterable[Any]) -> Any:
    """The most frequent non-null value; ties go to the one met first."""
    counts = Counter(v for v in values if v is not None)
    return counts.most_common(1)[0][0] if counts else None

