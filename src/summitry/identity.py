"""Person identity: the one key that extraction, scoring, consolidation and queries compare people by.

The key follows FORMAT.md's "Scoring details": surname plus first initial, accents folded, hyphenated
parts split ("Cho Tae-yul" and "Cho Tae Yul" are one person), "Jr"/"Sr" ignored. ``link_key`` folds it over romanisation
variants; ``key_groups`` makes one person of the names either key joins (consolidation's person records), and
``names_person`` is how a query by name finds a person (the CLI, the Python API and the web app alike).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

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


# --------------------------------------------------------------------------- one person, however spelt


def key_groups(names: Iterable[str | None]) -> dict[str, frozenset[str]]:
    """Each ``person_key`` of ``names`` -> the person keys that are one person with it: names whose
    ``person_key`` or ``link_key`` agree, transitively ("Kassym-Jomart Tokayev" and "Qasym-Jomart Toqayev":
    "tokayev k" and "toqayev k" share the link key "tokaev k"). A coarsening of ``person_key``: names with
    one strict key always stay one person."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    keys: set[str] = set()
    for name in names:
        key, link = person_key(name), link_key(name)
        if key is None or link is None:
            continue
        keys.add(key)
        a, b = find("k:" + key), find("l:" + link)
        if a != b:
            parent[max(a, b)] = min(a, b)
    members: dict[str, set[str]] = {}
    for key in keys:
        members.setdefault(find("k:" + key), set()).add(key)
    return {key: frozenset(members[find("k:" + key)]) for key in keys}


def same_person_keys(key: str, names: Iterable[str | None]) -> frozenset[str]:
    """The person keys among ``names`` that are one person with ``key`` (``key_groups``), ``key`` included."""
    return key_groups(names).get(key, frozenset({key}))


_WORD = re.compile(r"[^\W_]+")


def name_words(name: str | None) -> list[str]:
    """A name's words, case and accents folded ("Kassym-Jomart Tokayev" -> kassym, jomart, tokayev)."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    return _WORD.findall("".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold())


def names_person(query: str, name: str | None) -> bool:
    """Whether a person query ("Putin", "Vladimir Putin", "Toqayev") names the person called ``name``: the same
    ``person_key`` or ``link_key``, or every word of the query among the name's words, romanisation variants
    aside ("Toqayev" names "Kassym-Jomart Tokayev", "Aliev" names "Ilham Aliyev")."""
    if not name or not query.strip():
        return False
    key = person_key(query)
    if key is not None and (key == person_key(name) or link_key(query) == link_key(name)):
        return True
    wanted = name_words(query)
    if not wanted:
        return False
    words = name_words(name)
    if all(w in words for w in wanted):
        return True
    folded = {_transliteration_folded(w) for w in words}
    return all(_transliteration_folded(w) in folded for w in wanted)
