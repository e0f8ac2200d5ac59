"""What every loader yields: a RawArticle for good input, a LoadError for bad input.

Loaders never raise for bad input: one broken file, line or record becomes a LoadError and the
run goes on, so bad input never costs good input.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date

from ..doc import RawArticle  # the record loaders yield (defined with the shared data model)

# The largest article text accepted: 5 MB of UTF-8. News articles are a few KB; anything near this is
# a mis-parsed dump or a book, and would make extraction slow and the database row huge.
MAX_TEXT_BYTES = 5_000_000
# The largest web page (HTML) accepted: 20 MB, as pages carry scripts and styles besides their text.
MAX_HTML_BYTES = 20_000_000
# Bytes looked at for NUL bytes, the mark of a binary file.
_SNIFF_BYTES = 8192
# charset-normalizer's guess is refused above this much "chaos" (mess) or below this coherence.
_MAX_CHAOS = 0.15
_MIN_COHERENCE = 0.1


@dataclass(frozen=True)
class LoadError:
    """Bad input: where it is ("feed.jsonl:12") and why it was refused."""

    locator: str
    reason: str

    def __str__(self) -> str:
        return f"{self.locator}: {self.reason}"


Item = RawArticle | LoadError


class BadData(Exception):
    """Internal to the loaders: the reason a piece of input is refused."""


def size_text(n_bytes: int) -> str:
    """A size for messages: "5.21 MB"; limits are round numbers and print as "5 MB"."""
    return f"{n_bytes / 1_000_000:g} MB" if n_bytes % 1_000_000 == 0 else f"{n_bytes / 1_000_000:.2f} MB"


def check_text(text: str, what: str = "text") -> str:
    """``text`` if it can be stored and searched; BadData saying why not."""
    if not text.strip():
        raise BadData(f"empty {what}")
    if "\x00" in text:
        raise BadData(f"{what} contains NUL characters")  # PostgreSQL text cannot hold them
    try:
        n_bytes = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        raise BadData(f"{what} contains unpaired surrogates (not valid Unicode)") from None
    if what == "text" and n_bytes > MAX_TEXT_BYTES:
        raise BadData(f"text too large: {size_text(n_bytes)} (limit {size_text(MAX_TEXT_BYTES)})")
    return text


def clean_field(value: object, name: str) -> str | None:
    """An optional metadata string: None for absent or blank; BadData for other types or unstorable text."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and name == "id":
        value = str(value)
    if not isinstance(value, str):
        raise BadData(f"'{name}' must be a string, not {type(value).__name__}")
    value = value.strip()
    if not value:
        return None
    check_text(value, f"'{name}'")
    return value


_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:$|[T ])")


def iso_date(value: str | None) -> str | None:
    """The YYYY-MM-DD of an ISO date or datetime string; BadData for anything else."""
    if value is None:
        return None
    m = _ISO_DATE.match(value)
    try:
        return date.fromisoformat(m.group(1)).isoformat() if m else _bad_date(value)
    except ValueError:
        return _bad_date(value)


def _bad_date(value: str) -> str:
    raise BadData(f"'published' is not an ISO date: {value[:40]!r}")


def is_binary(data: bytes) -> bool:
    """NUL bytes near the start mean binary data (UTF-16/32 with a byte-order mark aside)."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in data[:_SNIFF_BYTES]


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Labels that browsers read as Windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252"}


def decode(data: bytes, declared: str | None = None) -> str:
    """Bytes as text: byte-order mark, then UTF-8, then the declared charset, then detection.

    UTF-8 comes before the declared charset because a valid UTF-8 byte sequence is strong evidence
    and pages often declare a wrong charset. A BOM is dropped: the stored text is what offsets index.
    """
    if is_binary(data):
        raise BadData("binary file (contains NUL bytes)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise BadData(f"invalid {encoding} after its byte-order mark (offset {exc.start})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if declared:
        label = declared.strip().lower()
        try:
            return data.decode("cp1252" if label in _AS_CP1252 else label)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: fall through to detection
    return _detect(data, utf8_error)


def _detect(data: bytes, utf8_error: UnicodeDecodeError) -> str:
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    best = results[0] if results else None
    if best is None or best.chaos > _MAX_CHAOS or best.coherence < _MIN_COHERENCE:
        raise BadData(
            f"not UTF-8 (invalid byte at offset {utf8_error.start}) and its encoding could not be detected reliably"
        )
    # Equally clean guesses decode to the same letters; prefer Windows-1252, the legacy encoding of
    # English-language sites, over a rare code page that happens to tie.
    for r in results:
        if r.chaos <= best.chaos and "cp1252" in r.could_be_from_charset:
            return data.decode("cp1252")
    return str(best)


def read_bytes(path, limit: int) -> bytes:
    """A whole input file; BadData for unreadable, empty or over-size files (checked before reading)."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise BadData(f"file too large: {size_text(size)} (limit {size_text(limit)})")
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadData("no such file") from None
    except IsADirectoryError:
        raise BadData("is a directory") from None
    except OSError as exc:
        raise BadData(f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise BadData("empty file")
    return data
