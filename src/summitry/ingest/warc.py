"""Web archives (.warc, .warc.gz, as in Common Crawl's CC-NEWS): each HTML response is one article.

Other records (requests, metadata, images, redirects, errors) are passed over without a report. A
truncated or corrupt archive is reported at the record where it breaks; the records before it count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from .html import article_from_html
from .sources import MAX_HTML_BYTES, Item, LoadError, size_text

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_DRAIN = 1 << 16


def load_warc(path: Path) -> Iterator[Item]:
    """A RawArticle or LoadError per HTML response record; locators read ``file.warc.gz#record N``."""
    from warcio.archiveiterator import ArchiveIterator

    source = str(path.resolve())
    try:
        f = path.open("rb")
        empty = path.stat().st_size == 0
    except OSError as exc:
        yield LoadError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with f:
        if empty:
            yield LoadError(str(path), "empty file")
            return
        records = iter(ArchiveIterator(f))
        number = 0
        while True:
            number += 1
            locator = f"{path}#record {number}"
            try:
                record = next(records)
            except StopIteration:
                return
            except Exception as exc:  # warcio raises many types for broken archives
                yield LoadError(locator, _broken(exc, number))
                return
            if not _is_html_response(record):
                continue
            try:
                data = record.content_stream().read(MAX_HTML_BYTES + 1)
                if len(data) > MAX_HTML_BYTES:
                    yield LoadError(locator, f"page too large: over {size_text(MAX_HTML_BYTES)}")
                    continue  # the iterator skips the rest of the record
                truncated = _drain(record)
            except Exception as exc:
                yield LoadError(locator, f"truncated or corrupt record ({_reason(exc)})")
                return  # the stream position is unknown: nothing after this can be trusted
            if truncated:
                yield LoadError(locator, "truncated record (the archive ends inside it)")
                return
            yield article_from_html(
                data,
                source=source,
                locator=locator,
                url=record.rec_headers.get_header("WARC-Target-URI"),
                charset=_charset(record),
                external_id=record.rec_headers.get_header("WARC-Record-ID"),
            )


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return False
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return ctype.startswith(_HTML_TYPES)


def _charset(record) -> str | None:
    m = _CHARSET.search(record.http_headers.get_header("Content-Type") or "")
    return m.group(1) if m else None


def _drain(record) -> bool:
    """Read what is left of the record's block; True when the file ended before the block did."""
    raw = record.raw_stream
    while raw.read(_DRAIN):
        pass
    return getattr(raw, "limit", 0) > 0


def _broken(exc: Exception, number: int) -> str:
    if number == 1:
        return f"not a WARC file, or corrupt from its start ({_reason(exc)})"
    return f"truncated or corrupt archive ({_reason(exc)})"


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())[:160]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
