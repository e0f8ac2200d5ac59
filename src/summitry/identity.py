"""Person identity: the one key that extraction, scoring, consolidation and queries compare people by.

The key follows FORMAT.md's "Scoring details": surname plus first initial, accents folded, hyphenated
parts split ("Cho Tae-yul" and "Cho Tae Yul" are one person), "Jr"/"Sr" ignored.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_NAME_CHAR = re.compile(r"[^a-z\s-]")
_PARTS = re.compile(r"[\s-]+")
_SUFFIXES = {"jr", "sr"}


def fold(text: str) -> str:
    """NFKD-decomposed, combining marks dropped, lower-cased."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def name_parts(name: str) -> list[str]:
    """The lower-case a-z parts of a name, split on whitespace and hyphens, without "jr"/"sr"."""
    cleaned = _NOT_NAME_CHAR.sub(" ", fold(name))
    return [p for p in _PARTS.split(cleaned) if p and p not in _SUFFIXES]


def person_key(name: str | None) -> str | None:
    """``"<last part> <first initial>"`` ("Józef Nowak" -> "nowak j", "Lula" -> "lula l"); None without a name."""
    if not name:
        return None
    parts = name_parts(name)
    if not parts:
        return None
    return f"{parts[-1]} {parts[0][0]}"
