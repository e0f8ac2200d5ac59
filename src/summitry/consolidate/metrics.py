"""Claim metrics: the comparable form of a metric, and clustering them into series."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import cache

from rapidfuzz import fuzz

from .rules import METRIC_THRESHOLD

_CUT_WORDS = frozenset(
    "in between with under since for from to by at on during over among across within after before into through "
    "per against than as via".split()
)
_EXTRA_STOP = frozenset(
    "mutual bilateral total overall annual annually year years month months day days week weeks last past current "
    "previous level figure volume amount number sides side countries country two both".split()
)
_IRREGULAR_PARTICIPLES = frozenset(
    "built made sold given taken spent held paid sent grown done won brought bought seen shown set put cut".split()
)
_SYNONYMS = {"turnover": "trade", "commerce": "trade"}  # "trade turnover", "turnover", "trade": one figure
_TOKEN = re.compile(r"[^\W\d_]+")


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # a word list: no model is loaded

    from ..resources import load_json

    demonyms = {w for key in load_json("demonyms.json") for w in _TOKEN.findall(_fold(key))}
    return frozenset(STOP_WORDS) | _EXTRA_STOP | demonyms


def _fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _lemma(token: str) -> str:
    """A light English lemmatiser: plural suffixes only ("companies" -> "company", "doses" -> "dose")."""
    if len(token) <= 3:
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith(("sses", "shes", "ches", "xes", "zes")):
        return token[:-2]
    if token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def normalise_metric(metric: str | None) -> str:
    """The comparable form of a metric ("Trade turnover between our countries last year" -> "trade",
    "schools completed under the programme" -> "school"); "" when nothing is left."""
    if not metric:
        return ""
    tokens = _TOKEN.findall(_fold(metric))
    for i, tok in enumerate(tokens):
        if i > 0 and tok in _CUT_WORDS:
            tokens = tokens[:i]
            break
    stop = _stop_words()
    kept = []
    for i, tok in enumerate(tokens):
        if tok in stop or len(tok) < 2:
            continue
        if i > 0 and (tok in _IRREGULAR_PARTICIPLES or (tok.endswith("ed") and len(tok) > 4)):
            continue  # "schools completed", "doses delivered": the participle says what happened, not what
        word = _SYNONYMS.get(tok) or _lemma(tok)
        if word not in kept:
            kept.append(word)
    return " ".join(kept)


def _similar(a: str, b: str) -> bool:
    """token_set_ratio, so that a metric and a longer one containing it are one ("vaccine dose" and "vaccine
    dose delivery"); but a single word only matches itself, give or take spelling ("revenue" is not "tax
    revenue", "trade" not "trade deficit")."""
    if min(len(a.split()), len(b.split())) < 2:
        return fuzz.token_sort_ratio(a, b) >= METRIC_THRESHOLD
    return fuzz.token_set_ratio(a, b) >= METRIC_THRESHOLD


def same_words(a: str, b: str) -> bool:
    """Stricter than one series: the same words, in any order ("vaccine dose" and "vaccine dose delivery"
    share a series but are not the same figure)."""
    return fuzz.token_sort_ratio(a, b) >= METRIC_THRESHOLD


def cluster_metrics(counts: dict[str, int]) -> dict[str, str]:
    """Each normalised metric -> its cluster's name. Complete linkage, most frequent metrics first; only
    metrics sharing a word are compared."""
    order = sorted((m for m in counts if m), key=lambda m: (-counts[m], len(m), m))
    clusters: list[list[str]] = []
    by_word: dict[str, list[int]] = defaultdict(list)
    label: dict[str, str] = {}
    for m in order:
        words = set(m.split())
        candidates = sorted({i for w in words for i in by_word[w]})
        home = next((i for i in candidates if all(_similar(m, x) for x in clusters[i])), None)
        if home is None:
            home = len(clusters)
            clusters.append([])
        clusters[home].append(m)
        for w in words:
            if home not in by_word[w]:
                by_word[w].append(home)
        label[m] = clusters[home][0]
    return label

