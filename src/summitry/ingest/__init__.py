"""Load articles from files and folders: plain text, web pages, JSON Lines and web archives.

``iter_articles(paths)`` yields a RawArticle per good article and a LoadError per bad file, line or
record, in a deterministic order (folders walked sorted), and never raises for bad input.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .html import load_html
from .jsonl import load_jsonl
from .sources import MAX_HTML_BYTES, MAX_TEXT_BYTES, Item, LoadError, RawArticle
from .text import load_text
from .warc import load_warc

__all__ = [
    "MAX_HTML_BYTES",
    "MAX_TEXT_BYTES",
    "Item",
    "LoadError",
    "RawArticle",
    "SUFFIXES",
    "iter_articles",
    "iter_files",
    "load_file",
]

Loader = Callable[[Path], Iterator[Item]]
# Longest suffix first, so "x.warc.gz" is a WARC and not something else ending in ".gz".
_LOADERS: tuple[tuple[str, Loader], ...] = (
    (".warc.gz", load_warc),
    (".warc", load_warc),
    (".jsonl", load_jsonl),
    (".html", load_html),
    (".htm", load_html),
    (".txt", load_text),
)
SUFFIXES = tuple(suffix for suffix, _ in _LOADERS)


def _loader(path: Path) -> Loader | None:
    name = path.name.lower()
    return next((fn for suffix, fn in _LOADERS if name.endswith(suffix)), None)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | LoadError]:
    """The input files named or found under the given folders, each folder walked in sorted order.

    Inside folders, files of other types and hidden files and folders are passed over silently; a
    named file of an unknown type, or a missing path, is a LoadError.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif not path.exists():
            yield LoadError(str(path), "no such file or directory")
        elif _loader(path) is None:
            yield LoadError(str(path), f"unsupported file type (expected {', '.join(SUFFIXES)})")
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    # os.walk does not follow symlinked folders, so a link loop cannot make the walk endless.
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if not name.startswith(".") and _loader(path) is not None and path.is_file():
                yield path


def load_file(path: Path) -> Iterator[Item]:
    """The articles of one input file, by its type."""
    loader = _loader(path)
    if loader is None:
        yield LoadError(str(path), "unsupported file type")
        return
    yield from loader(path)


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Every article (or load error) under the given files and folders, in a deterministic order."""
    for entry in iter_files(paths):
        if isinstance(entry, LoadError):
            yield entry
        else:
            yield from load_file(entry)
