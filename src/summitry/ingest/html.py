"""Saved web pages (.html, .htm): main text and title via trafilatura, publication date via htmldate.

The stored text is a short header and the page's main text:

    <title>                (when the page has one and the main text does not already start with it)
    Published YYYY-MM-DD   (when the page's markup or URL gives a date)
    <main text>

so the extractor reads the date in the header and resolves "today" against it; the raw HTML is kept
beside the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from .sources import (
    MAX_HTML_BYTES,
    BadData,
    Item,
    LoadError,
    RawArticle,
    check_text,
    clean_field,
    decode,
    read_bytes,
)

# htmldate checks dates against a window; fixed bounds (not "today") keep the result independent of
# the day the code runs.
_MIN_DATE = "1995-01-01"
_MAX_DATE = "2099-12-31"
_WORD = re.compile(r"[^\W\d_]{2,}")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def load_html(path: Path) -> Iterator[Item]:
    """One RawArticle for the page, or one LoadError saying why it was refused."""
    try:
        data = read_bytes(path, MAX_HTML_BYTES)
    except BadData as exc:
        yield LoadError(str(path), str(exc))
        return
    yield article_from_html(data, source=str(path.resolve()), locator=str(path), external_id=path.stem)


def article_from_html(
    data: bytes,
    *,
    source: str,
    locator: str,
    url: str | None = None,
    charset: str | None = None,
    external_id: str | None = None,
) -> Item:
    """A page's bytes as a RawArticle (or a LoadError); ``charset`` is what the HTTP headers declared."""
    try:
        html = decode(data, charset or _meta_charset(data))
        if "\x00" in html:
            raise BadData("binary content (contains NUL characters)")
        body, title, page_url = _main_text(html, url)
        published = _page_date(html, url or page_url)
        text = check_text(_compose(title, published, body))
        title = clean_field(title, "title")
    except BadData as exc:
        return LoadError(locator, str(exc))
    return RawArticle(
        text=text, source=source, locator=locator, url=url or page_url, title=title,
        published=published, raw_html=html, external_id=external_id,
    )


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _main_text(html: str, url: str | None) -> tuple[str, str | None, str | None]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # a parser bug on one page must not stop the run
        raise BadData(f"HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    text = (doc.text or "").strip() if doc is not None else ""
    if not _WORD.search(text):  # lxml "repairs" tag soup into stray "<<<" text
        raise BadData("no article text found in the HTML (malformed page, or no main content)")
    title = " ".join((doc.title or "").split()) or None
    page_url = doc.url if isinstance(doc.url, str) and doc.url.startswith(("http://", "https://")) else None
    return text, title, page_url


def _page_date(html: str, url: str | None) -> str | None:
    """The publication date the page's markup (or URL) states; None when it states none."""
    from htmldate import find_date

    try:
        found = find_date(
            html, extensive_search=False, original_date=True, url=url, min_date=_MIN_DATE, max_date=_MAX_DATE
        )
    except Exception:  # no date is better than no article
        return None
    return found if isinstance(found, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", found) else None


def _compose(title: str | None, published: str | None, body: str) -> str:
    rest = body
    if title and body.startswith(title):
        rest = body[len(title):].lstrip("\n")
    lines = [title, f"Published {published}" if published else None, rest]
    return "\n".join(line for line in lines if line)
