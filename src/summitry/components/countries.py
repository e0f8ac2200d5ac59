"""Countries of officials whose title names none: the country the story is told from.

A read-out or wire story names its own side's officials without their country ("Minister of Industry and
Trade Ryad Mezzour" under a Rabat dateline, "Foreign Minister X" on a ministry's own site), while the other
side's are named with it ("Poland's Deputy Minister ..."). So an office holder left without a country gets the
story's home country: that of a national agency credited in the dateline ("PRAGUE (ANTARA) -"), else the one
country its header names (or its site's country domain), else the country of its dateline city (not of a city of
international meetings: Geneva, New York), else the one state its meetings were held in (not a summit's host).
Not someone who met an official of that country one to one, given or given here (two officials of one state do
not hold bilateral talks; a group meeting may have two of one state): in an agency's story from abroad, that one
is of the dateline's state.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from ..doc import Document, Person
from ..registry import component
from ..resources import load_json, load_lines
from .places import REGION_WORDS, city_country, country_code, find_city, fold, is_hub, visited_country

_HEADER_LINES = 3
# Runs of capitalised words in a header line: "Ministry of Foreign Affairs of the Republic of Poland - gov.pl"
_NAME_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]+){0,3}")


# A national agency credited in the dateline: "KUALA LUMPUR, Nov 3 (VNA) -", "Abuja [Nigeria], July 2 (ANI):"
_AGENCY = re.compile(r"\(([A-Za-zÀ-ÿ][\w .À-ÿ]{1,20})\)\s*(?:[-–—:]|--)")


@lru_cache(maxsize=1)
def agencies() -> dict[str, str]:
    return {k: v for k, v in load_json("agencies.json").items() if not k.startswith("_")}


def _agency_country(doc: Document) -> str | None:
    m = _AGENCY.search(doc.text[:1500])
    return agencies().get(fold(m.group(1).strip())) if m else None


def home_country(doc: Document) -> str | None:
    """The country of a national agency credited in the dateline (it names its own officials without their
    country wherever it files from), else the one country the header's lines name, else the country of the
    dateline city."""
    agency = _agency_country(doc)
    if agency:
        return agency
    found: set[str] = set()
    for line in doc.text.lstrip().splitlines()[:_HEADER_LINES]:
        for run in _NAME_RUN.finditer(line):
            code = _longest_country(run.group().split())
            if code:
                found.add(code)
    if len(found) == 1:
        return found.pop()
    for line in _header(doc.text):  # the site's own domain: "Government.no", "LRT.lt"
        for m in _DOMAIN.finditer(line):
            tld = m.group(1).upper()
            if m.group(1) not in _GENERIC_TLDS and pycountry.countries.get(alpha_2="GB" if tld == "UK" else tld):
                return "GB" if tld == "UK" else tld
    city = find_city(doc.dateline_place or "") or doc.dateline_place
    return city_country(city) if city and not is_hub(city) else None


def _header(text: str) -> list[str]:
    """The lines above the first paragraph of prose (a credit line "BNS, LRT.lt" may sit under the headline)."""
    lines = text.lstrip().splitlines()[:_HEADER_SCAN]
    body = next((i for i, line in enumerate(lines) if len(line) >= _PROSE), len(lines))
    return lines[:body]


_HEADER_SCAN, _PROSE = 10, 150
_DOMAIN = re.compile(r"\b[A-Za-z][\w-]*(?:\.[\w-]+)*\.([a-z]{2})\b(?![.\w])")
# Country domains sold to all ("Trend.az" is Azerbaijani; "news.co", "site.io", "radio.fm" are anyone's)
_GENERIC_TLDS = {"co", "tv", "io", "me", "ai", "fm", "ly", "to", "cc", "ws", "gg", "im", "sh", "ac", "so", "st", "nu"}


def _longest_country(words: list[str]) -> str | None:
    """The country the longest run of ``words`` names: "Costa Rica", not "Rica" (nor "American" of "Latin
    American News Agency": a region's word)."""
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            code = country_code(" ".join(words[i : i + size]))
            if code and not (i and country_code(" ".join(words[i - 1 : i + size])) is None
                             and words[i - 1].lower() in REGION_WORDS):
                return code
    return None



@lru_cache(maxsize=2)
def _words_pattern(filename: str) -> re.Pattern[str]:
    """Any whole phrase of a word list (longest first)."""
    words = sorted(load_lines(filename), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _office_holder(person: Person) -> bool:
    """One of a state's officials: an office of ``home_offices.txt``, not of an organisation of several states."""
    title = (person.title or "").lower()
    return bool(_words_pattern("home_offices.txt").search(title)) and not serves_several_states(person)


def serves_several_states(person: Person) -> bool:
    """An official of an organisation of several states ("EU Special Representative", "OSCE Secretary General")."""
    return bool(_words_pattern("international_orgs.txt").search((person.title or "").lower()))


def _met_a_compatriot(doc: Document, person: Person, compatriots: set[str]) -> bool:
    return any(len(m.participants) == 2 and person.name in m.participants
               and compatriots & (set(m.participants) - {person.name}) for m in doc.meetings)


@component("countries", requires=("people", "meetings", "dateline"), assigns=("countries",))
def annotate(doc: Document) -> None:
    _delegation_leaders(doc)
    _delegation_members(doc)
    _scene_officials(doc)
    home = home_country(doc) or _meetings_country(doc)
    if home:
        _home_officials(doc, home)
    _visit_hosts(doc)


# "... a delegation that includes Deputy Minister X", "A member of the delegation, Chairman ... X, said"
_MEMBERSHIP = re.compile(r"\bmembers? of (?:the|his|her|its|a) delegation\b|\bdelegation,?\s+(?:that |which )?"
                         r"(?:includes|included|including|comprised|comprising|consisting of|was made up of)\b",
                         re.IGNORECASE)
_DELEGATION_OF = re.compile(r"\b([A-Z][\w'’-]+) (?:parliamentary |government |official )?delegation\b"
                            r"|\bdelegation (?:of|from) (?:the )?((?:[A-Z][\w'’-]+ ?){1,4})")


def _delegation_members(doc: Document) -> None:
    """A member of a delegation is of the delegation's state: that of the one the sentence says heads it, else
    of the last delegation the text named with its state."""
    text = doc.text
    for person in doc.people:
        first = next((s for s, _ in person.mentions if doc.in_body(s)), None)
        if first is None:
            continue
        start = max(text.rfind(". ", 0, first) + 2, text.rfind("\n", 0, first) + 1)
        member = _MEMBERSHIP.search(text, start, first)
        if member is None or first - member.end() > 120:
            continue
        heads = [m.person for m in doc.mentions if start <= m.start < member.start() and m.person is not person]
        code = heads[-1].country if heads else None
        if code is None:
            named = [c for m in _DELEGATION_OF.finditer(text, 0, first)
                     for c in [country_code((m.group(1) or m.group(2) or "").strip())] if c]
            code = named[-1] if named else None
        if code and code != person.country:
            person.country = code
            note = f"member of the delegation ({code})"
            person.evidence = (person.evidence + "; " if person.evidence else "") + note


# "X, who led Sri Lanka's delegation to ...", "X, head of the Kenyan delegation,"
_LEADS = re.compile(r"\A,?\s+(?:who\s+(?:led|leads|headed|heads|is leading|was leading)|(?:the\s+)?head of|"
                    r"leader of|leading|heading)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}?)(?:['’]s)?\s+"
                    r"(?:\w+\s+)?delegation\b")


def _delegation_leaders(doc: Document) -> None:
    """One named as the leader of a state's delegation is of that state."""
    text = doc.text
    for person in doc.people:
        if person.country:
            continue
        for _, end in person.mentions:
            m = _LEADS.match(text[end : end + 120])
            state = re.sub(r"['’]s$", "", m.group(1)) if m else ""
            code = country_code(state) if state else None
            if code:
                person.country = code
                person.evidence = (person.evidence + "; " if person.evidence else "") + f"leads the {state} delegation"
                break


# A sentence set in a state: "In Antigua, Minister of Foreign Affairs X welcomed the visit"
_IN_PLACE = re.compile(r"(?:^|\n|[.!?]\s+)In ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s")


def _scene_officials(doc: Document) -> None:
    """An office holder first named in a sentence that opens "In <country or city>," is of that state."""
    text = doc.text
    for m in _IN_PLACE.finditer(text):
        city = find_city(m.group(1))
        code = country_code(m.group(1)) or (city_country(city) if city and not is_hub(city) else None)
        if not code:
            continue
        ends = [e for e in (text.find(". ", m.end()), text.find("\n", m.end())) if e >= 0]
        end = min(ends) if ends else len(text)
        for person in doc.people:
            if not person.country and _office_holder(person) and m.end() <= person.mentions[0][0] < end:
                person.country = code
                person.evidence = (person.evidence + "; " if person.evidence else "") + f"'In {m.group(1)},'"


def _visit_hosts(doc: Document) -> None:
    """ "Parmelin concluded an official visit to Brazil ... was received by the President of the Senate, X": an
    office holder without a country whom a visitor of another state met one to one is of the visited state."""
    visited = visited_country(doc.text)
    if not visited:
        return
    country_of = {p.name: p.country for p in doc.people}
    for person in doc.people:
        if person.country or not _office_holder(person):
            continue
        met = {n for m in doc.meetings if len(m.participants) == 2 and person.name in m.participants
               for n in m.participants if n != person.name}
        # (the visitor of another state, or of none named before them: "IOM Director General X ... met with:")
        first = {p.name: p.mentions[0][0] for p in doc.people}
        if met and all(country_of.get(n) != visited and (country_of.get(n) or first[n] < first[person.name])
                       for n in met):
            person.country = visited
            note = f"country of the visit ({visited})"
            person.evidence = (person.evidence + "; " if person.evidence else "") + note


def _meetings_country(doc: Document) -> str | None:
    """The one state every meeting of a story without a home was held in ("at Parliament Buildings in Nairobi"),
    not one of a city of international meetings nor of meetings with two other states or more: its officials named
    without a country are the hosts."""
    codes = set()
    for meeting in doc.meetings:
        city = meeting.place and (find_city(meeting.place) or meeting.place)
        if city and not is_hub(city):
            codes.add(city_country(city))
    codes.discard(None)
    country_of = {p.name: p.country for p in doc.people}
    states = {country_of.get(n) for m in doc.meetings for n in m.participants} - {None}
    # (a round-up at a summit of many states is held in one city whose state is no one's home)
    return codes.pop() if len(codes) == 1 and len(states - codes) <= 1 else None


def _home_officials(doc: Document, home: str) -> None:
    # A story filed from abroad ("PRAGUE (ANTARA) -", a Philippine outlet's "TOKYO –"): whom its own officials met
    # are of the dateline's state
    city = find_city(doc.dateline_place or "") or doc.dateline_place
    away = city_country(city) if city and not is_hub(city) else None
    away = away if away != home else None
    compatriots = {p.name for p in doc.people if p.country == home}  # as the text gave them, before this step
    for person in doc.people:
        if person.country or not _office_holder(person):
            continue
        if _met_a_compatriot(doc, person, compatriots):
            if away:
                person.country = away
                note = f"country of the dateline ({away})"
                person.evidence = (person.evidence + "; " if person.evidence else "") + note
            continue
        person.country = home
        compatriots.add(person.name)  # whom this one met is not of the home country either
        person.evidence = (person.evidence + "; " if person.evidence else "") + f"country of the story's home ({home})"
