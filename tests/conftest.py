"""Shared fixtures for the summitry test suite.

spaCy is loaded once per process by ``summitry`` itself (``components.nlp.load_model`` is
cached), so calling ``summitry.extract`` from many tests costs one model load in total.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import summitry

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``<repo>/../shared`` (corpus and gold annotations); skips the test when it is absent."""
    if not (SHARED_DIR / "corpus").is_dir() or not (SHARED_DIR / "gold").is_dir():
        pytest.skip(f"../shared not present: expected corpus/ and gold/ under {SHARED_DIR}")
    return SHARED_DIR


def check_spans(text: str, result: dict[str, Any]) -> None:
    """Every offset in an extraction result points into ``text`` (the invariant of FORMAT.md)."""
    n = len(text)

    def inside(start: Any, end: Any, what: str) -> None:
        assert isinstance(start, int) and isinstance(end, int), (what, start, end)
        assert 0 <= start <= end <= n, f"{what} span {start}..{end} outside 0..{n}"

    if result["published_span"] is not None:
        inside(*result["published_span"], "published_span")
    for u in result["utterances"]:
        inside(u["start"], u["end"], "utterance")
        qs = u["quote_start"]
        assert text[qs : qs + len(u["quote"])] == u["quote"], u
        assert u["start"] <= qs and qs + len(u["quote"]) <= u["end"], u
        if u["speaker_span"]:
            inside(*u["speaker_span"], "speaker_span")
    for a in result["amounts"]:
        inside(a["start"], a["end"], "amount")
        assert a["quote"] == text[a["start"] : a["end"]], a
        if a["metric_span"]:
            inside(*a["metric_span"], "metric_span")
    for m in result["meetings"]:
        inside(m["start"], m["end"], "meeting")
        for key in ("date_span", "place_span"):
            if m[key]:
                inside(*m[key], f"meeting {key}")
    for p in result["people"]:
        for s, e in p["mentions"]:
            inside(s, e, f"mention of {p['name']}")
        if p["title_span"]:
            inside(*p["title_span"], f"title_span of {p['name']}")


class Extracted:
    """An extraction result with the text it came from, plus small lookup helpers."""

    def __init__(self, text: str, result: dict[str, Any]) -> None:
        self.text = text
        self.result = result
        self.published = result["published"]
        self.people = result["people"]
        self.utterances = result["utterances"]
        self.amounts = result["amounts"]
        self.meetings = result["meetings"]

    def span(self, item: dict[str, Any]) -> str:
        return self.text[item["start"] : item["end"]]

    def names(self) -> list[str]:
        return [p["name"] for p in self.people]

    def person(self, name: str) -> dict[str, Any]:
        found = [p for p in self.people if p["name"] == name]
        assert found, f"{name!r} not among people {self.names()}"
        return found[0]

    def mentions(self, name: str) -> list[str]:
        return [self.text[s:e] for s, e in self.person(name)["mentions"]]

    def amount(self, quote: str) -> dict[str, Any]:
        found = [a for a in self.amounts if a["quote"] == quote]
        assert len(found) == 1, f"{quote!r}: found {[a['quote'] for a in self.amounts]}"
        return found[0]

    def amount_quotes(self) -> list[str]:
        return [a["quote"] for a in self.amounts]

    def turns_of(self, speaker: str | None) -> list[dict[str, Any]]:
        return [u for u in self.utterances if u["speaker"] == speaker]

    def turn_containing(self, words: str) -> dict[str, Any]:
        """The utterance whose span contains the first occurrence of ``words``."""
        at = self.text.index(words)
        found = [u for u in self.utterances if u["start"] <= at and at + len(words) <= u["end"]]
        assert len(found) == 1, f"{words!r} in {len(found)} utterances: {self.utterances}"
        return found[0]


@pytest.fixture(scope="session")
def span_checker() -> Callable[[str, dict[str, Any]], None]:
    """``span_checker(text, result)``: assert every offset in ``result`` lies inside ``text``."""
    return check_spans


@pytest.fixture(scope="session")
def ex() -> Callable[[str], Extracted]:
    """``ex(text)``: run ``summitry.extract`` and check every span lies inside the text; ``fast=True``: the
    fast path."""

    def run(text: str, fast: bool = False) -> Extracted:
        result = summitry.extract(text, fast=fast)
        check_spans(text, result)
        return Extracted(text, result)

    return run
