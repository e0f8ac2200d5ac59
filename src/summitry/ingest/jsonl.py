"""JSON Lines exports (.jsonl): one article per line, ``{"text": ..., "url", "title", "published", "id"}``.

``text`` is stored exactly as given (offsets index it); ``published`` is an ISO date or datetime.
Blank lines are allowed; every other bad line is reported as ``file.jsonl:LINE`` and the next is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from .sources import (
    MAX_TEXT_BYTES,
    BadData,
    Item,
    LoadError,
    RawArticle,
    check_text,
    clean_field,
    iso_date,
    size_text,
)

# JSON escapes ("\u00e9") make a line up to 6x its text; longer lines are refused unparsed.
MAX_LINE_BYTES = 6 * MAX_TEXT_BYTES
_CHUNK = 1 << 20


def load_jsonl(path: Path) -> Iterator[Item]:
    """A RawArticle or LoadError per non-blank line; one LoadError when the file cannot be read."""
    source = str(path.resolve())
    try:
        f = path.open("rb")
    except OSError as exc:
        yield LoadError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with f:
        found = False
        lineno = 0
        while True:
            try:
                line = f.readline(MAX_LINE_BYTES + 1)
            except OSError as exc:
                yield LoadError(f"{path}:{lineno + 1}", f"cannot read: {exc.strerror or exc}")
                return
            if not line:
                break
            lineno += 1
            locator = f"{path}:{lineno}"
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                found = True
                yield LoadError(locator, f"line too long: over {size_text(MAX_LINE_BYTES)}; text limit is "
                                f"{size_text(MAX_TEXT_BYTES)}")
                _skip_rest_of_line(f)
                continue
            if not line.strip():
                continue
            found = True
            try:
                yield _article(line, source, locator)
            except BadData as exc:
                yield LoadError(locator, str(exc))
        if not found:
            yield LoadError(str(path), "empty file (no JSON lines)")


def _skip_rest_of_line(f) -> None:
    while True:
        chunk = f.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _article(line: bytes, source: str, locator: str) -> RawArticle:
    try:
        record = json.loads(line)
    except UnicodeDecodeError as exc:
        raise BadData(f"not UTF-8 (invalid byte at offset {exc.start} of the line)") from None
    except json.JSONDecodeError as exc:
        raise BadData(f"not JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise BadData("not JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise BadData(f"not a JSON object but {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise BadData("no 'text' field")
    if not isinstance(text, str):
        raise BadData(f"'text' must be a string, not {type(text).__name__}")
    return RawArticle(
        text=check_text(text),
        source=source,
        locator=locator,
        url=clean_field(record.get("url"), "url"),
        title=clean_field(record.get("title"), "title"),
        published=iso_date(clean_field(record.get("published"), "published")),
        external_id=clean_field(record.get("id"), "id"),
    )
