"""summitry: diplomatic news turned into a sourced record of meetings, quotes, numbers and people."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .doc import Document
from .pipeline import Pipeline

if TYPE_CHECKING:
    from .query import Database

__all__ = ["Document", "Pipeline", "extract", "extract_document", "open", "__version__"]
__version__ = "0.1.0"

_default: Pipeline | None = None


def _pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def extract_document(text: str, id: str | None = None, file: str | None = None) -> Document:
    """Run the extraction pipeline over one article and return the annotated Document."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # lone surrogates: no UTF-8 file decodes to these
        raise ValueError(f"text is not valid Unicode at offset {exc.start}: {exc.reason}") from None
    return _pipeline()(Document(text=text, id=id, file=file))


def extract(text: str, id: str | None = None, file: str | Path | None = None) -> dict[str, Any]:
    """Extract meetings, utterances, amounts and people from one article, as a JSON-ready dict.

    Every span is a character offset into ``text`` exactly as given.
    """
    name = Path(file).name if file is not None else None
    return extract_document(text, id=id, file=name).to_dict()


def open(db: str | Path = "summitry.db") -> Database:
    """Open a database written by ``summitry ingest`` (SQLite path or PostgreSQL URL) for queries:
    ``summitry.open("summitry.db").meetings(person="Putin")``; see ``summitry.query.Database``."""
    from .query import Database

    return Database.open(db)
