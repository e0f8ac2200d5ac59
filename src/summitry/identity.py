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


_VOWELS = "aeiou"


def _transliteration_folded(part: str) -> str:
    """One spelling for the common romanisation variants of a name part: q/k, ph/f, "y" before a vowel
    dropped and otherwise "i" (Tokayev/Toqayev, Mirziyoyev/Mirziyoev, Zelensky/Zelenskyy), doubled letters
    once (Kassym/Kasym)."""
    s = part.replace("q", "k").replace("ph", "f").replace("w", "v")
    out: list[str] = []
    for i, ch in enumerate(s):
        if ch == "y":
            if i + 1 < len(s) and s[i + 1] in _VOWELS:
                continue
            ch = "i"
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out)


def link_key(name: str | None) -> str | None:
    """The key reports from different outlets are linked by: ``person_key`` with the surname and the first
    initial folded over romanisation variants ("Qasym-Jomart Toqayev" and "Kassym-Jomart Tokayev" are one).
    Scoring uses the strict ``person_key``; consolidation links events by this one."""
    if not name:
        return None
    parts = name_parts(name)
    if not parts:
        return None
    first, last = _transliteration_folded(parts[0]), _transliteration_folded(parts[-1])
    return f"{last} {(first or parts[0])[0]}"
