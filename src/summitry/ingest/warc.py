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
        archive = ArchiveIterator(f)
        records = iter(archive)
        end = 0  # where the last whole record ended: what follows must be blank
        number = 0
        while True:
            number += 1
            locator = f"{path}#record {number}"
            try:
                record = next(records)
            except StopIteration:
                # warcio ends quietly when the file stops inside a record header.
                if _tail(f, end):
                    yield LoadError(locator, _broken("the file ends inside a record", number))
                return
            except Exception as exc:  # warcio raises many types for broken archives
                yield LoadError(locator, _broken(_reason(exc), number))
                return
            # warcio reads what is not WARC as ARC, and a cut-off header as a record without a type or length.
            if record.format != "warc" or not record.rec_type or not _declared_length(record):
                yield LoadError(locator, _broken("no valid WARC record header", number))
                return
            item = None
            if _is_html_response(record):
                try:
                    item = _article(record, source, locator)
                except Exception as exc:  # e.g. a broken Content-Encoding: this record only, unless truncated
                    item = LoadError(locator, f"unreadable response body ({_reason(exc)})")
            try:
                truncated = _drain(record)  # every record, so a cut inside any of them is seen
                end = archive.get_record_offset() + archive.get_record_length()
            except Exception as exc:
                yield LoadError(locator, f"truncated or corrupt record ({_reason(exc)})")
                return  # the stream position is unknown: nothing after this can be trusted
            if truncated:
                yield LoadError(locator, "truncated record (the file ends inside it)")
                return
            if item is not None:
                yield item


def _article(record, source: str, locator: str) -> Item:
    data = record.content_stream().read(MAX_HTML_BYTES + 1)
    if len(data) > MAX_HTML_BYTES:
        return LoadError(locator, f"page too large: over {size_text(MAX_HTML_BYTES)}")
    return article_from_html(
        data,
        source=source,
        locator=locator,
        url=record.rec_headers.get_header("WARC-Target-URI"),
        charset=_charset(record),
        external_id=record.rec_headers.get_header("WARC-Record-ID"),
    )


def _tail(f, end: int) -> bool:
    """True when something other than blank lines follows the last whole record."""
    f.seek(end)
    return bool(f.read(_DRAIN).strip())


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


def _declared_length(record) -> str | None:
    """The record's Content-Length as digits (WARC requires one), else None."""
    value = (record.rec_headers.get_header("Content-Length") or "").strip()
    return value if value.isdigit() else None


def _drain(record) -> bool:
    """Read what is left of the record's block; True when the file ended before the block did."""
    if _declared_length(record) != str(record.length):
        return True  # warcio gives up on a block cut inside its HTTP headers and calls it empty
    raw = record.raw_stream
    while raw.read(_DRAIN):
        pass
    return getattr(raw, "limit", 0) > 0


def _broken(reason: str, number: int) -> str:
    if number == 1:
        return f"not a WARC file, or corrupt from its start ({reason})"
    return f"truncated or corrupt archive ({reason})"


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())[:160]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
