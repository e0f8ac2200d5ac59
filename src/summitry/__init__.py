"""summitry: diplomatic news turned into a sourced record of meetings, quotes, numbers and people."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .doc import Document
from .extraction import extract, extract_document
from .pipeline import Pipeline
from .version import __version__

if TYPE_CHECKING:
    from .query import Database

__all__ = ["Document", "Pipeline", "extract", "extract_document", "open", "__version__"]


def open(db: str | Path = "summitry.db") -> Database:
    """Open a database written by ``summitry ingest`` (SQLite path or PostgreSQL URL) for queries:
    ``summitry.open("summitry.db").meetings(person="Putin")``; see ``summitry.query.Database``."""
    from .query import Database

    return Database.open(db)
