"""Where ingested articles and their extractions live: SQLite by default, PostgreSQL by URL.

One interface over both (SQLAlchemy Core). A document is identified by the sha256 of its text; each
document and all its rows are written in one transaction, so a killed run leaves whole documents only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, inspect, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..doc import RawArticle
from . import schema
from .engine import StoreError, database_url, make_engine
from .rows import child_rows

__all__ = ["Store", "StoreError", "document_id", "database_url", "SCHEMA_VERSION"]

SCHEMA_VERSION = schema.SCHEMA_VERSION


def document_id(text: str) -> str:
    """The identity of a document: sha256 of its text as UTF-8, hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """An open database of documents and extractions. Use ``Store.open(url_or_path)``."""

    def __init__(self, engine: Engine, display: str) -> None:
        self.engine = engine
        self.display = display  # the URL without its password, for messages

    @classmethod
    def open(cls, url_or_path: str | Path) -> Store:
        """Open for writing (creating tables on first use, migrating an older schema)."""
        store = cls(*make_engine(url_or_path))
        with _disposed_on_error(store.engine, f"cannot use database {store.display}"):
            store._prepare()
        return store

    @classmethod
    def open_readonly(cls, url_or_path: str | Path) -> Store:
        """Open for reading only: nothing is created or migrated. StoreError for a missing database, one
        that is not summitry's, or one of another schema version (``summitry consolidate`` migrates it)."""
        engine, display = make_engine(url_or_path, readonly=True)
        with _disposed_on_error(engine, f"cannot read database {display}"):
            with engine.connect() as conn:
                if not inspect(conn).has_table("meta"):
                    raise StoreError(f"{display} is not a summitry database (no table meta)")
                found = conn.execute(
                    select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
                ).scalar()
            if found != str(SCHEMA_VERSION):
                raise StoreError(
                    f"database {display} has schema version {found}; this summitry reads version "
                    f"{SCHEMA_VERSION} (run `summitry consolidate --db ...` once to migrate it)"
                )
        return cls(engine, display)

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """One write transaction: committed when the block ends, rolled back when it raises."""
        with self.engine.connect() as conn:
            conn.execution_options(summitry_write=True)
            with conn.begin():
                yield conn

    def transaction(self) -> AbstractContextManager[Connection]:
        """One write transaction (committed when the block ends, rolled back when it raises)."""
        return self._transaction()

    def _prepare(self) -> None:
        with self._transaction() as conn:
            found = None
            if inspect(conn).has_table("meta"):
                found = conn.execute(
                    select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
                ).scalar()
                if found is not None and found != str(SCHEMA_VERSION) and found not in _MIGRATIONS:
                    raise StoreError(
                        f"database {self.display} has schema version {found}; this summitry uses version "
                        f"{SCHEMA_VERSION} and has no migration from it"
                    )
            # Tables, migrations and the version record share one transaction: a killed first run (or a killed
            # migration) leaves nothing half-made.
            schema.metadata.create_all(conn, checkfirst=True)
            if found is None:
                if not conn.execute(select(schema.meta.c.key).where(schema.meta.c.key == "schema_version")).first():
                    conn.execute(insert(schema.meta).values(key="schema_version", value=str(SCHEMA_VERSION)))
            elif found != str(SCHEMA_VERSION):
                _MIGRATIONS[found](conn)
                conn.execute(
                    update(schema.meta).where(schema.meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION))
                )

    @property
    def backend(self) -> str:
        return self.engine.dialect.name  # "sqlite" | "postgresql"

    def has(self, doc_id: str) -> bool:
        docs = schema.documents
        with self.engine.connect() as conn:
            return conn.execute(select(docs.c.id).where(docs.c.id == doc_id)).first() is not None

    def write(self, doc_id: str, raw: RawArticle, extraction: dict[str, Any], replace: bool = False,
              extractor_version: str | None = None) -> bool:
        """Store one document and its extraction in ONE transaction; False when it was already there.

        With ``replace`` an existing document and all its rows are replaced in that same transaction:
        readers see the old records or the new ones, never a mix. ValueError for a malformed extraction;
        the database's own errors (a constraint, a lost connection) are raised as SQLAlchemy errors.
        """
        if document_id(raw.text) != doc_id:
            raise ValueError("doc_id is not the sha256 of the text")
        try:
            doc_row = _document_row(doc_id, raw, extraction, extractor_version)
            children = child_rows(doc_id, raw.text, extraction)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise ValueError(f"malformed extraction ({type(exc).__name__}: {exc})") from None
        try:
            with self._transaction() as conn:
                if replace:
                    _delete(conn, doc_id)
                conn.execute(insert(schema.documents).values(**doc_row))
                for table in reversed(schema.CHILD_TABLES):
                    if children[table.name]:
                        conn.execute(insert(table), children[table.name])
        except IntegrityError:
            # Written meanwhile by another process: the same text, hence the same rows.
            if not replace and self.has(doc_id):
                return False
            raise
        return True

    def document_ids(self) -> list[str]:
        """Every stored document id, sorted (a list, so no read stays open while writing)."""
        docs = schema.documents
        with self.engine.connect() as conn:
            return list(conn.execute(select(docs.c.id).order_by(docs.c.id)).scalars())

    def load(self, doc_id: str) -> RawArticle | None:
        """A stored document as the RawArticle it was written from (metadata date only), or None."""
        docs = schema.documents
        with self.engine.connect() as conn:
            row = conn.execute(select(docs).where(docs.c.id == doc_id)).mappings().first()
        if row is None:
            return None
        return RawArticle(
            text=row["text"], source=row["source"], locator=row["locator"], url=row["url"], title=row["title"],
            published=row["published"] if row["published_from"] == "metadata" else None,
            raw_html=row["raw_html"], external_id=row["external_id"],
        )

    def delete(self, doc_id: str) -> None:
        with self._transaction() as conn:
            _delete(conn, doc_id)

    def counts(self) -> dict[str, int]:
        """Rows per table (meta aside)."""
        with self.engine.connect() as conn:
            return {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in schema.ALL_TABLES if t is not schema.meta
            }

    def dump(self) -> dict[str, list[tuple]]:
        """Every row of every table, ordered by primary key: a canonical image for comparing databases."""
        with self.engine.connect() as conn:
            return {
                t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
                for t in schema.ALL_TABLES
            }

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# Columns version 3 added to tables that existed before it: (table, column, SQL type).
_V3_COLUMNS = (
    ("people", "via", "TEXT"),
    ("meetings", "date_from", "VARCHAR(10)"),
    ("meetings", "via", "TEXT"),
    ("utterances", "via", "TEXT"),
    ("amounts", "via", "TEXT"),
    ("event_sources", "date_from", "VARCHAR(10)"),
    ("event_sources", "link_reason", "TEXT"),
)


def _add_v3_columns(conn: Connection) -> None:
    """Version 3 adds ``via`` and ``meetings.date_from`` (NULL in rows stored before; ``--reextract`` fills
    them). Version 2's consolidated tables are created by create_all when missing, already with their columns."""
    for table, column, sql_type in _V3_COLUMNS:
        if column not in {c["name"] for c in inspect(conn).get_columns(table)}:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}"))


# Migrations to SCHEMA_VERSION, by the version found; each runs in the transaction that records the new version.
# Every document is left as it was; the consolidation version changes with it, so the next consolidation
# recomputes everything.
_MIGRATIONS: dict[str, Callable[[Connection], None]] = {"1": _add_v3_columns, "2": _add_v3_columns}


def _delete(conn: Connection, doc_id: str) -> None:
    # The document is no longer consolidated as it was: the next consolidation recomputes what it was part of.
    # (On PostgreSQL this also waits for a consolidation under way, which locks the table.)
    conn.execute(delete(schema.consolidated_documents).where(schema.consolidated_documents.c.document_id == doc_id))
    for table in schema.CHILD_TABLES:
        conn.execute(delete(table).where(table.c.document_id == doc_id))
    conn.execute(delete(schema.documents).where(schema.documents.c.id == doc_id))


def _document_row(
    doc_id: str, raw: RawArticle, extraction: dict[str, Any], extractor_version: str | None
) -> dict[str, Any]:
    if extractor_version is None:
        from ..version import __version__ as extractor_version
    span = extraction.get("published_span")
    start, end = (int(span[0]), int(span[1])) if span else (None, None)
    if raw.published:
        published, published_from = raw.published, "metadata"
    elif extraction.get("published"):
        published, published_from = extraction["published"], "text"
    else:
        published, published_from = None, None
    return {
        "id": doc_id, "text": raw.text, "source": raw.source, "locator": raw.locator, "url": raw.url,
        "title": raw.title, "external_id": raw.external_id, "published": published,
        "published_from": published_from, "published_start": start, "published_end": end,
        "raw_html": raw.raw_html, "extractor_version": extractor_version,
    }


@contextmanager
def _disposed_on_error(engine: Engine, what: str) -> Iterator[None]:
    """Close the engine when opening fails; a driver error becomes a StoreError saying ``what``."""
    try:
        yield
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"{what}: {_short(exc)}") from None
    except StoreError:
        engine.dispose()
        raise


def _short(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc)
    return " ".join(text.split())[:300]
