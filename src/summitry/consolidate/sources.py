"""The source rows of one document (event_sources, person_documents, person_aliases, claims), computed from
its own rows only: what makes consolidation incremental."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..identity import link_key, person_key
from .metrics import normalise_metric


def document_sources(
    doc_id: str,
    text_: str,
    published: str | None,
    people: list[dict[str, Any]],
    mentions: list[dict[str, Any]],
    meetings: list[dict[str, Any]],
    participants: list[dict[str, Any]],
    amounts: list[dict[str, Any]],
) -> dict[str, list[dict[str, Any]]]:
    """The source rows of one document, computed from its own rows only."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    country_of: dict[str, str] = {}
    for p in people:
        if p["country"] and p["name"] not in country_of:
            country_of[p["name"]] = p["country"]

    forms: dict[int, dict[str, list[Any]]] = defaultdict(dict)  # person idx -> alias -> [n, start, end]
    for m in mentions:
        alias = " ".join(text_[m["char_start"] : m["char_end"]].split())
        if alias:
            seen = forms[m["person_idx"]].setdefault(alias, [0, m["char_start"], m["char_end"]])
            seen[0] += 1
    for p in people:
        key = person_key(p["name"])
        if not key:
            continue
        out["person_documents"].append({
            "document_id": doc_id, "person_idx": p["idx"], "person_key": key, "name": p["name"],
            "title": p["title"], "country": p["country"], "published": published,
            "char_start": p["char_start"], "char_end": p["char_end"],
            "title_start": p["title_start"], "title_end": p["title_end"],
        })
        for alias, (n, start, end) in forms[p["idx"]].items():
            out["person_aliases"].append({
                "document_id": doc_id, "person_idx": p["idx"], "alias": alias, "person_key": key, "n": n,
                "char_start": start, "char_end": end,
            })

    names_of: dict[int, list[str]] = defaultdict(list)
    for mp in participants:
        names_of[mp["meeting_idx"]].append(mp["name"])
    meeting_countries: list[tuple[int, list[str]]] = []  # (sentence start, countries) of each meeting
    for m in meetings:
        names = names_of[m["idx"]]
        countries = sorted({country_of[n] for n in names if n in country_of})
        meeting_countries.append((m["char_start"], countries))
        keys = sorted({k for k in (link_key(n) for n in names) if k})
        if not keys:
            continue  # a meeting of nobody named cannot be matched with any other
        out["event_sources"].append({
            "document_id": doc_id, "meeting_idx": m["idx"], "event_id": "", "participant_keys": "|".join(keys),
            "participants": "; ".join(names), "date": m["date"], "place": m["place"], "kind": m["kind"],
            "published": published, "char_start": m["char_start"], "char_end": m["char_end"],
            "sentence": text_[m["char_start"] : m["char_end"]],
            "date_start": m["date_start"], "date_end": m["date_end"],
            "place_start": m["place_start"], "place_end": m["place_end"], "date_from": m.get("date_from"),
        })

    doc_countries = sorted(set(country_of.values()))
    for a in amounts:
        countries = _claim_countries(a["char_start"], meeting_countries, doc_countries)
        sentence_start, sentence_end = _sentence(text_, a["char_start"], a["char_end"])
        period, period_from = _period(text_, sentence_start, sentence_end, a["char_start"], a["char_end"], published)
        published_year = int(published[:4]) if published else None
        target = bool(_TARGET.search(text_[sentence_start : a["char_start"]])) or (
            period is not None and published_year is not None and period > published_year
        )
        countries_text = "-".join(countries) if countries else None
        out["claims"].append({
            "document_id": doc_id, "idx": a["idx"], "series_id": None,
            "bucket": f"{countries_text or '-'}|{a['unit']}", "metric": a["metric"],
            "metric_norm": normalise_metric(a["metric"]) or None, "metric_group": None, "countries": countries_text,
            "value": a["value"], "unit": a["unit"], "qualifier": a["qualifier"], "quote": a["quote"],
            "speaker": a["speaker"], "speaker_key": person_key(a["speaker"]), "published": published,
            "period": period, "period_from": period_from, "target": target, "n_conflicts": 0,
            "char_start": a["char_start"], "char_end": a["char_end"],
            "metric_start": a["metric_start"], "metric_end": a["metric_end"],
        })
    return out


def _claim_countries(start: int, meetings: list[tuple[int, list[str]]], doc_countries: list[str]) -> list[str]:
    if meetings:
        before = [c for s, c in meetings if s <= start]
        countries = before[-1] if before else meetings[0][1]
        if countries:
            return countries
    return doc_countries if 1 <= len(doc_countries) <= 2 else []


_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*(?=\s)|\n")


def _sentence(text_: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence around [start, end): from the last sentence end before it to the next after."""
    lo = max(0, start - 600)
    begin = lo
    for m in _SENTENCE_END.finditer(text_, lo, start):
        begin = m.end()
    m = _SENTENCE_END.search(text_, end, min(len(text_), end + 600))
    return begin, (m.end() if m else min(len(text_), end + 600))


_YEAR = re.compile(r"(?<![\w-])(?:(since|from|after|until)\s+)?((?:19[5-9]|20\d)\d)(?!\d)", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\b(last|past|previous) year\b", re.IGNORECASE)
_THIS_YEAR = re.compile(r"\b(this|current) year\b", re.IGNORECASE)
_TARGET = re.compile(
    r"\b(aims?|aimed|aiming|targets?|goals?|plans?|planned|planning|intends?|intended|bring|raise|boost|will|"
    r"would|shall|expects?|expected|forecasts?|forecasted|projected|projections?|hopes?|seeks?|strive)\b",
    re.IGNORECASE,
)


def _period(
    text_: str, s_start: int, s_end: int, start: int, end: int, published: str | None
) -> tuple[int | None, str | None]:
    """The year a figure is for: a year in its sentence, else last/this year, else the document's year."""
    years = [
        (min(abs(m.start() - end), abs(start - m.end())), int(m.group(2)))
        for m in _YEAR.finditer(text_, s_start, s_end)
        if not m.group(1)
    ]
    if years:
        return min(years)[1], "text"
    year = int(published[:4]) if published else None
    sentence = text_[s_start:s_end]
    if year is not None and _LAST_YEAR.search(sentence):
        return year - 1, "relative"
    if year is not None and _THIS_YEAR.search(sentence):
        return year, "relative"
    return (year, "published") if year is not None else (None, None)

