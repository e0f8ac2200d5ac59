"""What every query shares: errors, word matching, person identity (``summitry.identity``), chunked IN lists."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..identity import name_words, names_person, person_key, same_person_keys
from ..store import schema

Row = dict[str, Any]


class NotFound(LookupError):
    """No event (person, document, series) has this id."""


class Ambiguous(LookupError):
    """More than one event id starts with this prefix."""


def fold_words(value: str | None) -> list[str]:
    """Lower-cased, accent-folded words (as ``contains=`` matches them)."""
    return name_words(value)


def contains_words(text: str | None, wanted: list[str]) -> bool:
    """Whether every wanted word starts a word of ``text`` (case and accents aside)."""
    if not wanted:
        return True
    folded = " ".join(fold_words(text))
    return all(re.search(rf"\b{re.escape(w)}", folded) for w in wanted)


def name_matches(query: str, name: str | None) -> bool:
    """Whether a person query ("Putin", "Vladimir Putin", "Toqayev") names this canonical name
    (``identity.names_person``)."""
    return names_person(query, name)


def chunks(items: list[Any], size: int = 500) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _names(row: Any) -> list[str]:
    return [row["name"], *(a for a in (row["aliases"] or "").split("; ") if a)]


def person_keys_of(conn: Connection, key: str) -> frozenset[str]:
    """Every person key of the person whose record has this key: the keys of the spellings consolidation made
    one person (identity.key_groups over its name and aliases); just ``key`` when there is no such record."""
    ps = schema.persons
    row = conn.execute(select(ps.c.name, ps.c.aliases).where(ps.c.person_key == key)).mappings().first()
    return same_person_keys(key, _names(row)) if row is not None else frozenset({key})


def resolve_person(conn: Connection, key: str) -> str | None:
    """The key of the person record for any key of theirs ("toqayev q", a spelling of "tokayev k"); None."""
    ps = schema.persons
    if conn.execute(select(ps.c.person_key).where(ps.c.person_key == key)).first() is not None:
        return key
    for row in conn.execute(select(ps.c.person_key, ps.c.name, ps.c.aliases).order_by(ps.c.person_key)).mappings():
        names = _names(row)
        if any(person_key(n) == key for n in names) and key in same_person_keys(row["person_key"], names):
            return row["person_key"]
    return None


def alias_keys(conn: Connection, person: str) -> set[str]:
    """Every key of the persons whose name or one of whose aliases ("Vladimir Vladimirovich") the query names."""
    ps = schema.persons
    found: set[str] = set()
    for row in conn.execute(select(ps.c.person_key, ps.c.name, ps.c.aliases)).mappings():
        names = _names(row)
        if any(name_matches(person, n) for n in names):
            found |= same_person_keys(row["person_key"], names)
    return found


def matching_names(conn: Connection, person: str, names: Iterable[str]) -> list[str]:
    """The names (speakers) that the query names, directly or through a person's aliases and spellings."""
    keys = alias_keys(conn, person)
    return sorted(n for n in names if name_matches(person, n) or person_key(n) in keys)


def quote_row(r: Any) -> Row:
    return {
        "speaker": r["speaker"], "quote": r["quote"], "mode": r["mode"], "published": r["published"],
        "document_id": r["document_id"], "idx": r["idx"], "locator": r["locator"], "url": r["url"],
        "title": r["title"], "char_start": r["char_start"], "char_end": r["char_end"], "text": r["turn"],
    }
