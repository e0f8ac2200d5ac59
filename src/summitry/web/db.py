"""Open an ingested database for reading only.

``Store.open`` creates tables and migrates, which needs write access; the web application must never write.
So the engine is made here:

- SQLite: the file is opened through a ``file:...?mode=ro`` URI (the file must exist; nothing can create,
  change or delete anything in it) and every connection also sets ``PRAGMA query_only``;
- PostgreSQL: every connection sets ``SESSION CHARACTERISTICS AS TRANSACTION READ ONLY`` at connect time
  (the server refuses any write in such a session), whatever the user's rights.

The schema version is checked by reading ``meta``; no migration is attempted.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import create_engine, event, inspect, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ..query import Database
from ..store import SCHEMA_VERSION, Store, StoreError, database_url, schema

__all__ = ["open_readonly", "readonly_engine"]

_SQLITE_BUSY_TIMEOUT_S = 30


def _sqlite_path(url: str) -> Path:
    raw = url[len("sqlite:///"):].split("?", 1)[0]
    if raw in ("", ":memory:"):
        raise StoreError("an in-memory SQLite database cannot be served: give the path of an ingested file")
    return Path(raw).expanduser().resolve()


def _sqlite_readonly(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA query_only = ON")
    cur.close()


def _postgres_readonly(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    cur.close()
    dbapi_conn.commit()  # psycopg opened a transaction for the SET: end it, or a rollback would undo the setting


def readonly_engine(url_or_path: str | Path) -> tuple[Engine, str]:
    """A SQLAlchemy engine that cannot write, and the URL to show (password hidden). StoreError when the
    URL is bad or (SQLite) the file does not exist."""
    url = database_url(url_or_path)
    try:
        parsed = make_url(url)
        display = parsed.render_as_string(hide_password=True)
        if parsed.get_backend_name() == "sqlite":
            path = _sqlite_path(url)
            if not path.is_file():
                raise StoreError(f"no database at {path} (write one with `summitry ingest PATH --db {path}`)")
            uri = f"file:{quote(str(path))}?mode=ro"

            def connect() -> sqlite3.Connection:
                return sqlite3.connect(uri, uri=True, timeout=_SQLITE_BUSY_TIMEOUT_S, check_same_thread=False)

            # The URL only picks the dialect and the pool; ``creator`` opens the file read-only.
            engine = create_engine(f"sqlite:///{path}", creator=connect)
            event.listen(engine, "connect", _sqlite_readonly)
        else:
            engine = create_engine(url, pool_pre_ping=True)
            event.listen(engine, "connect", _postgres_readonly)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise StoreError(f"bad database URL: {exc}") from None
    return engine, display


def open_readonly(url_or_path: str | Path) -> Database:
    """``summitry.query.Database`` over a read-only engine, after checking the schema version."""
    engine, display = readonly_engine(url_or_path)
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("meta"):
                raise StoreError(f"{display} is not a summitry database (no table meta)")
            found = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).scalar()
        if found != str(SCHEMA_VERSION):
            raise StoreError(
                f"database {display} has schema version {found}; this summitry reads version {SCHEMA_VERSION} "
                f"(open it once with `summitry consolidate --db ...` to migrate it)"
            )
    except SQLAlchemyError as exc:
        engine.dispose()
        text = " ".join(str(getattr(exc, "orig", None) or exc).split())[:300]
        raise StoreError(f"cannot read database {display}: {text}") from None
    except StoreError:
        engine.dispose()
        raise
    return Database(Store(engine, display))
