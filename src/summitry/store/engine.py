"""The one place a database engine is made: SQLite (a file path or ``sqlite:///``) or PostgreSQL (by URL).

``make_engine(url, readonly=False)`` is what ``Store.open`` writes through; ``make_engine(url, readonly=True)``
is what every reader uses (the CLI's query commands, ``summitry.open``, the web app): it cannot write.

- SQLite, writing: the busy timeout, foreign keys on, and ``BEGIN IMMEDIATE`` for write transactions.
- SQLite, reading: the file must exist and is opened through a ``file:...?mode=ro`` URI with
  ``PRAGMA query_only`` on every connection, so nothing can create, change or delete anything in it.
- PostgreSQL, reading: every session is ``READ ONLY`` (the server refuses any write), whatever the user's rights.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError

__all__ = ["StoreError", "database_url", "make_engine"]

SQLITE_BUSY_TIMEOUT_S = 60  # another process (a reader, a second ingest) may hold the lock meanwhile


class StoreError(Exception):
    """The database cannot be used: unreachable, not a database, or of another schema version."""


def database_url(url_or_path: str | Path) -> str:
    """A SQLAlchemy URL: PostgreSQL URLs go through psycopg 3; anything without a scheme is a SQLite file."""
    raw = str(url_or_path)
    if "://" not in raw:
        return f"sqlite:///{Path(raw).expanduser()}"
    scheme, rest = raw.split("://", 1)
    if scheme in ("postgresql", "postgres", "postgresql+psycopg"):
        return f"postgresql+psycopg://{rest}"
    if scheme == "sqlite":
        return raw
    raise StoreError(f"unsupported database URL scheme '{scheme}' (use a file path, sqlite:/// or postgresql://)")


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # Python's sqlite3 opens transactions only before DML and commits DDL on its own; take transaction
    # control so that BEGIN covers every statement (DDL included), as SQLAlchemy's docs recommend.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # A writer takes the write lock at BEGIN: a deferred lock upgrade can fail at once when another
    # process writes, while BEGIN IMMEDIATE waits for it (busy timeout).
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("summitry_write") else "BEGIN")


def _sqlite_readonly(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA query_only = ON")
    cur.close()


def _postgres_readonly(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    cur.close()
    dbapi_conn.commit()  # psycopg opened a transaction for the SET: end it, or a rollback would undo the setting


def _sqlite_path(url: str) -> Path:
    raw = url[len("sqlite:///"):].split("?", 1)[0]
    if raw in ("", ":memory:"):
        raise StoreError("an in-memory SQLite database holds nothing to read: give the path of an ingested file")
    return Path(raw).expanduser().resolve()


def make_engine(url_or_path: str | Path, *, readonly: bool = False) -> tuple[Engine, str]:
    """A SQLAlchemy engine and the URL to show (password hidden). StoreError when the URL is bad or, for a
    read-only SQLite engine, the file does not exist."""
    url = database_url(url_or_path)
    try:
        parsed = make_url(url)
        display = parsed.render_as_string(hide_password=True)
        if parsed.get_backend_name() == "sqlite":
            if readonly:
                path = _sqlite_path(url)
                if not path.is_file():
                    raise StoreError(f"no database at {path} (write one with `summitry ingest PATH --db {path}`)")
                uri = f"file:{quote(str(path))}?mode=ro"

                def connect() -> sqlite3.Connection:
                    return sqlite3.connect(uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_S, check_same_thread=False)

                # The URL only picks the dialect and the pool; ``creator`` opens the file read-only.
                engine = create_engine(f"sqlite:///{path}", creator=connect)
                event.listen(engine, "connect", _sqlite_readonly)
            else:
                engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
                event.listen(engine, "connect", _sqlite_connect)
                event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(url, pool_pre_ping=True)
            if readonly:
                event.listen(engine, "connect", _postgres_readonly)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise StoreError(f"bad database URL: {exc}") from None
    return engine, display
