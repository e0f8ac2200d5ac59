"""Plain-text articles (.txt): the decoded file is the stored text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .sources import MAX_TEXT_BYTES, BadData, Item, LoadError, RawArticle, check_text, decode, read_bytes

# Files are refused unread above this (UTF-32 takes 4 bytes a letter); the text check has the final say.
_MAX_FILE_BYTES = 4 * MAX_TEXT_BYTES


def load_text(path: Path) -> Iterator[Item]:
    """One RawArticle for the file, or one LoadError saying why it was refused."""
    locator = str(path)
    try:
        text = check_text(decode(read_bytes(path, _MAX_FILE_BYTES)))
    except BadData as exc:
        yield LoadError(locator, str(exc))
        return
    yield RawArticle(text=text, source=str(path.resolve()), locator=locator, external_id=path.stem)
