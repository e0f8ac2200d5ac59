"""Countries of officials whose title names none: the country the story is told from.

A read-out or wire story names its own side's officials without their country ("Minister of Industry and
Trade Ryad Mezzour" under a Rabat dateline, "Foreign Minister X" on a ministry's own site), while the other
side's are named with it ("Poland's Deputy Minister ..."). So an office holder left without a country gets the
story's home country: the one country its header names, else the country of its dateline city. Not someone
who met an official of that country one to one, given or given here (two officials of one state do not hold
bilateral talks; a group meeting may have two of one state).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Document, Person
from ..registry import component
from ..resources import load_lines
from .places import city_country, country_code, find_city

_HEADER_LINES = 3
# Runs of capitalised words in a header line: "Ministry of Foreign Affairs of the Republic of Poland - gov.pl"
_NAME_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]+){0,3}")


def home_country(doc: Document) -> str | None:
    """The one country the header's lines name, else the country of the dateline city."""
    found: set[str] = set()
    for line in doc.text.lstrip().splitlines()[:_HEADER_LINES]:
        for run in _NAME_RUN.finditer(line):
            code = _longest_country(run.group().split())
            if code:
                found.add(code)
    if len(found) == 1:
        return found.pop()
    if doc.dateline_place:
        return city_country(find_city(doc.dateline_place) or doc.dateline_place)
    return None


def _longest_country(words: list[str]) -> str | None:
    """The country the longest run of ``words`` names: "Costa Rica", not "Rica"."""
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            code = country_code(" ".join(words[i : i + size]))
            if code:
                return code
    return None


@lru_cache(maxsize=1)
def _offices() -> re.Pattern[str]:
    words = sorted(load_lines("home_offices.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _office_holder(person: Person) -> bool:
    return bool(_offices().search((person.title or "").lower()))


def _met_a_compatriot(doc: Document, person: Person, compatriots: set[str]) -> bool:
    return any(len(m.participants) == 2 and person.name in m.participants
               and compatriots & (set(m.participants) - {person.name}) for m in doc.meetings)


@component("countries", requires=("people", "meetings", "dateline"), assigns=("countries",))
def annotate(doc: Document) -> None:
    home = home_country(doc)
    if not home:
        return
    compatriots = {p.name for p in doc.people if p.country == home}  # as the text gave them, before this step
    for person in doc.people:
        if person.country or not _office_holder(person) or _met_a_compatriot(doc, person, compatriots):
            continue
        person.country = home
        compatriots.add(person.name)  # whom this one met is not of the home country either
        person.evidence = (person.evidence + "; " if person.evidence else "") + f"country of the story's home ({home})"
