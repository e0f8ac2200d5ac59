"""Data files shipped in ``summitry/resources`` (gazetteers, word lists), loaded once."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


def _read(name: str) -> str:
    return (files("summitry") / "resources" / name).read_text(encoding="utf-8")


@cache
def load_json(name: str) -> Any:
    return json.loads(_read(name))


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a word list, lower-cased."""
    lines = (line.split("#", 1)[0].strip().lower() for line in _read(name).splitlines())
    return tuple(line for line in lines if line)


@cache
def word_set(name: str, key: str) -> frozenset[str]:
    """One lower-cased word list of a JSON resource of word lists (``meeting_words.json``)."""
    return frozenset(w.lower() for w in load_json(name)[key])
