"""People: find every mention of a named person and resolve mentions to one canonical person.

Mentions come from four sources: spaCy PERSON entities, the leaders gazetteer (with aliases),
names right after an office title ("State Councillor Shen Yiqin") and Russian/Azerbaijani
address forms ("Vladimir Vladimirovich", "Ilham Heydar oglu"). Surname-only mentions, "Mr Modi"
and address forms are then resolved to the fullest name the article gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..doc import Document, Mention, Person
from ..registry import component
from ..resources import load_json, load_lines, word_set
from ..text import name_case, paragraphs
from .countries import agencies
from .dates import MONTH_NAMES, WEEKDAYS, dateline_end, header_end
from .places import country_code, dictionary_word, find_city, fold, verb_word, world_city
from .titles import (
    FACILITY_HEADS,
    LEAD_OFFICE,
    NOBLE,
    OFFICE_WORDS,
    ORDINALS,
    PORTFOLIO_LIST,
    clean_title,
    country_around,
    country_nearby,
    honorific_length,
    honorific_words,
    in_headline,
    institution_country,
    institutions,
    is_title_word,
    label_title,
    office_of,
    title_after,
    title_before,
    title_below,
    title_words,
    unnamed_counterparts,
)

_PATRONYMIC = re.compile(r"^[A-Z][a-z]+(?:ovich|evich|ich|ovna|evna|ichna|yevich)$")
_AZ_PATRONYMIC = {"oglu", "oğlu", "ogly", "kyzy", "qizi", "gizi", "uulu"}
_PATRONYMIC_SURNAME = re.compile(r"[ \t]+(?:oglu|oğlu|ogly|kyzy|qizi|gizi|uulu)\b(?![ \t]+[A-Z])")
_HONORIFIC_SUFFIXES = {"ji", "jee", "sahib", "saheb"}
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Mister|Madam)\.?\s+([A-Z][\w'’-]+)")
_HANDLE = re.compile(r"@(\w{3,})")
_HONORED_THEN_TITLE = re.compile(
    r"\b([A-Z][\w.']*)[ \t]+((?:[A-Z][\w'’-]+[ \t]+){1,2}[A-Z][\w'’-]+)(,[ \t]+(?:the[ \t]+)?([A-Z][\w-]+))")


class _NameToken:
    """A capitalised word of a personal name, in any alphabet with case ("Domański", "Micheál", "A."),
    or one behind an Arabic article ("al-Qasabi", "el-Sisi")."""

    @staticmethod
    def match(word: str) -> bool:
        if len(word) == 2 and word[0].isupper() and word[1] == ".":
            return True
        if word[:3] in ("al-", "el-") and len(word) > 4:
            word = word[3:]
        return word[:1].isupper() and any(c.islower() for c in word) and all(c.isalpha() or c in "'’.-" for c in word)


_NAME_TOKEN = _NameToken()
_NOT_NAME_WORDS = frozenset(load_json("people_words.json")["not_name_words"])
_NOT_NAMES = word_set("people_words.json", "not_names")


@dataclass
class _Candidate:
    start: int
    end: int
    name: str  # surface form, cleaned
    source: str  # "gazetteer" | "title" | "ner" | "address" | "surname" | "handle"
    entry: dict | None = None  # gazetteer entry, when known


# --- gazetteer -------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, dict], dict[str, list[dict]]]:
    """(folded full alias -> entry, folded single-token alias -> entries)."""
    full: dict[str, dict] = {}
    single: dict[str, list[dict]] = {}
    for entry in load_json("leaders.json"):
        for alias in [entry["name"], *entry.get("aliases", [])]:
            key = fold(alias)
            if " " in key or "-" in key:
                full.setdefault(key, entry)
            elif entry not in single.setdefault(key, []):
                single[key].append(entry)
    return full, single


@lru_cache(maxsize=1)
def _full_aliases() -> tuple[str, ...]:
    """Every multi-word gazetteer name and alias, longest first."""
    full, _ = _gazetteer()
    aliases = set()
    for entry in load_json("leaders.json"):
        for alias in [entry["name"], *entry.get("aliases", [])]:
            if fold(alias) in full:
                aliases.add(alias)
    return tuple(sorted(aliases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _gazetteer_pattern() -> re.Pattern[str]:
    alts = "|".join(re.escape(a) for a in _full_aliases())
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _gazetteer_automaton() -> ahocorasick.Automaton:
    """The same aliases, lower-cased, in an Aho-Corasick automaton: 100x faster than the regex."""
    automaton = ahocorasick.Automaton()
    for alias in {a.lower() for a in _full_aliases()}:
        automaton.add_word(alias, len(alias))
    automaton.make_automaton()
    return automaton


def gazetteer_spans(text: str) -> list[tuple[int, int]]:
    """Full-name gazetteer matches: leftmost, longest, not inside a word (as the regex would find them)."""
    low = text.lower()
    if len(low) != len(text):  # lower-casing changed offsets: use the regex
        return [m.span() for m in _gazetteer_pattern().finditer(text)]
    best: dict[int, int] = {}
    for last, length in _gazetteer_automaton().iter(low):
        start, end = last - length + 1, last + 1
        if (start > 0 and (low[start - 1].isalnum() or low[start - 1] in "_-")) or (
            end < len(low) and (low[end].isalnum() or low[end] in "_-")
        ):
            continue
        best[start] = max(best.get(start, 0), end)
    spans, pos = [], 0
    for start in sorted(best):
        if start >= pos:
            spans.append((start, best[start]))
            pos = best[start]
    return spans


def gazetteer_entry(name: str) -> dict | None:
    return _gazetteer()[0].get(fold(name))


@lru_cache(maxsize=1)
def _by_given_names() -> dict[str, list[dict]]:
    """Entries by the words before their surname ("recep tayyip" -> Erdoğan), for names of three words or more."""
    out: dict[str, list[dict]] = {}
    for entry in load_json("leaders.json"):
        words = fold(entry["name"]).split()
        if len(words) >= 3:
            out.setdefault(" ".join(words[:-1]), []).append(entry)
    return out


def _lost_letters(word: str) -> str:
    """The word without its letters outside ASCII, as a site whose encoding drops them prints it ("Erdoan")."""
    return "".join(ch for ch in word if ch.isascii())


def _misspelt_entry(name: str) -> dict | None:
    """The listed person whose given names the text spells exactly and whose surname it garbles by a letter or two
    ("Recep Tayyip Erdoan": a letter the site's encoding lost)."""
    words = fold(name).split()
    if len(words) < 3 or len(words[-1]) < 5:
        return None
    near = [e for e in _by_given_names().get(" ".join(words[:-1]), [])
            if fuzz.ratio(words[-1], fold(e["name"]).split()[-1]) >= 85]
    return near[0] if len(near) == 1 else None


@lru_cache(maxsize=1)
def _canonical_names() -> frozenset[str]:
    return frozenset(fold(e["name"]) for e in load_json("leaders.json"))


_REGNAL = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2}|XI{1,3})$")
_ROYAL_TITLES = word_set("people_words.json", "royal_titles")


def trim_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The person's name inside ``text[start:end]``: honorifics dropped ("His Highness Sheikh Tamim ..."),
    a royal or office title dropped before a name of two words or a regnal name ("King Abdullah II" ->
    "Abdullah II", but "Prince Charles" stays: a royal known only as "Prince X"), "of Jordan" after it dropped.
    A canonical gazetteer name is kept whole ("Sheikh Hasina", "Prince William")."""
    if fold(text[start:end]) in _canonical_names():
        return start, end
    entry = gazetteer_entry(text[start:end])
    if entry and fold(entry["name"]).split()[0] == fold(text[start:end]).split()[0]:
        return start, end  # "Sultan Ahmed Al Jaber", a form of "Sultan Al Jaber": "Sultan" is his given name
    titles = title_words()
    while True:
        words = [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"\S+", text[start:end])]
        if len(words) < 2:
            break
        n = honorific_length([w[2] for w in words])
        if n and n < len(words):
            start = words[n][0]
            continue
        first, rest = fold(words[0][2]), [w[2] for w in words[1:]]
        if first in WEEKDAYS and len(rest) >= 2 or (
                first.endswith(("-designate", "-elect")) and first.split("-")[0] in titles and rest):
            start = words[1][0]  # "on Tuesday Ali Raza", "Minister-designate X": a day, an office the recogniser ran in
            continue
        if first in OFFICE_WORDS and len(rest) >= 2 and first not in given_names():
            start = words[1][0]  # "Economy Aibek Sultanbek uulu": a portfolio word the recogniser ran in
            continue
        before = re.search(r"([A-Z][\w'’-]*)[ \t]+$", text[max(0, start - 40) : start])
        if len(rest) >= 2 and before and f"{fold(before.group(1))} {first}" in institutions():
            start = words[1][0]  # "of the State Duma Irina Yarovaya": the end of a body's name the recogniser ran in
            continue
        ordinal = first in ORDINALS and fold(rest[0]) not in titles  # ("Second Thomas Shoal")
        if first in titles and first != "state" and not ordinal and _NAME_TOKEN.match(rest[0]):
            if first not in _ROYAL_TITLES or len(rest) >= 2 or _REGNAL.match(rest[-1]):
                start = words[1][0]
                continue
        break
    m = re.search(r"\s+of\s+(?:the\s+)?([A-Z][\w ]+)$", text[start:end])
    if m and country_code(m.group(1)):
        end = start + m.start()
    if fold(text[start:end]) in honorific_words() | titles:
        return None
    return start, end


# --- candidate mentions ------------------------------------------------------------------


def _clean_ner(ent: SpacySpan) -> tuple[int, int] | None:
    """Trim a PERSON entity to its name tokens ("Welcoming Aliyev" -> "Aliyev", "Putin's" -> "Putin")."""
    toks = list(ent)
    titles = title_words()
    while toks and (
        (toks[0].lower_ in titles and not (toks[0].lower_ in _ROYAL_TITLES and len(toks) == 2))
        or toks[0].pos_ in {"VERB", "ADP", "DET", "PRON", "ADV"}
        or toks[0].lower_ in {"mr", "mr.", "mrs", "ms", "dr", "dear"}
        or toks[0].lower_ in STOP_WORDS  # "In Dushanbe", "With Putin"
        or not _NAME_TOKEN.match(toks[0].text)
        or (len(toks) > 2 and country_code(toks[0].text))  # "Ambassador to Kenya Lu Jianhong"
    ):
        toks = toks[1:]
    while toks and (
        toks[-1].text in {"'s", "’s", "'", "’"}
        or not (_NAME_TOKEN.match(toks[-1].text) or (len(toks) > 1 and _REGNAL.match(toks[-1].text)))
        or (len(toks) > 1 and toks[-1].lower_ in STOP_WORDS)  # a title-cased headline's "Kishida Before"
        or (len(toks) > 2 and toks[-1].lower_ in WEEKDAYS)  # "President X Y Monday held a call"
    ):
        toks = toks[:-1]
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _strip_possessive(text: str, start: int, end: int) -> int:
    for suffix in ("'s", "’s"):
        if text[start:end].endswith(suffix):
            return end - len(suffix)
    return end


def _current_holder(entries: list[dict], text: str) -> list[dict]:
    """A surname shared by a living leader and a historical one ("Aliyev"): the living one, unless the article
    names the historical one in full."""
    living = [e for e in entries if not e.get("historical")]
    folded = fold(text)
    if len(living) == 1 and not any(fold(e["name"]) in folded for e in entries if e.get("historical")):
        return living
    return entries


# A name goes on over a particle ("Ulisses Correia e Silva", "Lula da Silva") and starts at a given-name
# abbreviation ("Ma. Cristina Roque"); the recogniser often stops short of both.
_NAME_GOES_ON = re.compile(r"[ \t]+(?:e|y|da|das|de|do|dos|del|della|di|van|von|der|bin|bint|ibn)[ \t]+[A-Z][\w'’-]+")
_NAME_ABBREVIATION = re.compile(
    r"(?<![\w.])(?!(?:Mr|Mrs|Ms|Dr|St|Mt|Jr|Sr|No|Co|Mx|Lt|Gen|Col|Sen|Rep|Gov|Amb|Hon|Maj|Rev|Fr)\.)"
    r"[A-Z][a-z]{0,2}\.[ \t]+$"
)


def _extend_name(text: str, start: int, end: int) -> tuple[int, int]:
    while True:
        m = _NAME_GOES_ON.match(text, end)
        if not m:
            break
        end = m.end()
    m = _NAME_ABBREVIATION.search(text, max(0, start - 6), start)
    start = m.start() if m else start
    # "Sara bint [Yousef Al Hammadi]": the given name before a father's name the recogniser left out
    m = re.search(r"(?<![\w'’-])[A-Z][a-z'’-]+[ \t]+(?:bin|bint|ibn)[ \t]+$", text[max(0, start - 30) : start])
    return (start - len(m.group()) if m else start), end


_NICKNAMED = re.compile(r"\b([A-Z][a-z]+)[ \t]+[\"“']([A-Z][\w.]*)[\"”'][ \t]+([A-Z][\w'’-]+)\b")


def _candidates(doc: Document) -> list[_Candidate]:
    text = doc.text
    out: list[_Candidate] = []
    for start, end in gazetteer_spans(text):
        if doc.in_body(start, end):
            out.append(_Candidate(start, end, text[start:end], "gazetteer", gazetteer_entry(text[start:end])))
    single = _gazetteer()[1]
    for m in re.finditer(r"\b[A-Z][\w'’-]+\b", text):  # unambiguous surnames: "Erdogan", "Putin"
        entries = single.get(fold(m.group()))
        if entries and len(entries) > 1:
            entries = _current_holder(entries, text)
        if entries and len(entries) == 1 and doc.in_body(m.start()):
            out.append(_Candidate(m.start(), m.end(), m.group(), "gazetteer", entries[0]))
    out.extend(_title_names(doc))
    out.extend(_byline_names(doc))
    out.extend(_caps_family_names(doc))
    out.extend(_malay_styled_names(doc))
    out.extend(_honoured_names(doc))
    out.extend(_names_before_office(doc))
    for ent in doc.nlp.ents:
        if ent.label_ != "PERSON" or not doc.in_body(ent.start_char, ent.end_char):
            continue
        span = _clean_ner(ent)
        if span and "/" in text[span[0] : span[1]] and any(c.source == "byline" and span[0] <= c.start < span[1]
                                                           for c in out):
            continue  # "A B/C D" of a credit line: two people, whom the credit line gives
        if span:
            s, e = span
            dash = re.search(r"\s[-–—]\s", text[s:e])
            e = s + dash.start() if dash else e  # "Jane Doe - Correspondent": a name ends at a spaced dash
            e = _strip_possessive(text, s, e)
            s, e = _extend_name(text, s, e)
            out.append(_Candidate(s, e, text[s:e], "ner"))
    # Lookahead, so that "Dear Ilham" does not hide "Ilham Heydarovich".
    for m in re.finditer(r"\b(?=([A-Z][a-z]+)\s+([A-Z][a-z]+)(?:\s+(oglu|oğlu|ogly|kyzy|qizi|gizi))?\b)", text):
        end = m.end(3) if m.group(3) else m.end(2)
        if (m.group(3) or _PATRONYMIC.match(m.group(2))) and doc.in_body(m.start()):
            out.append(_Candidate(m.start(), end, text[m.start() : end], "address"))
    given = given_names()
    for m in _GIVEN_RUN.finditer(text):
        prev = re.search(r"([A-Z][\w'’.-]*)[ \t]+$", text[max(0, m.start() - 30) : m.start()])
        if prev and not (honorific_length([prev.group(1)]) or (is_title_word(fold(prev.group(1))) and fold(
                prev.group(1)) not in ORDINALS)
                         or re.fullmatch(r"[A-Z]\.", prev.group(1))  # (also after "H. E.")
                         or (prev.group(1).endswith(("'s", "’s")) and country_code(prev.group(1)[:-2]))  # "Italy's X"
                         or prev.group(1).lower() in {"with", "by", "for", "to", "from", "and", "as", "after"}):
            continue  # inside a longer capitalised run ("Second Thomas Shoal"), unless after "Excellency"
        if (
            fold(m.group(1).split("-")[0]) in given
            and m.group(1).lower() not in STOP_WORDS
            and _NAME_TOKEN.match(m.group(1))
            and doc.in_body(m.start())
        ):
            # A known given name and one or two capitalised words: "Reporting by Carla Menezes".
            words = [m.group(1)] + m.group(2).split()
            keep = [words[0]]
            for k, w in enumerate(words[1:], 1):
                if w in _NAME_PARTICLES and k + 1 < len(words) and _NAME_TOKEN.match(words[k + 1]):
                    keep.append(w)  # "Feliciano de Sa Guimaraes": a particle between the name's words
                    continue
                if (
                    not _NAME_TOKEN.match(w)
                    or w.lower() in STOP_WORDS  # "Kalpana Chawla An American Hero"
                    or w.lower() in WEEKDAYS  # "President Ali Hassan Monday held ..."
                    or country_code(w)
                    or fold(w) in title_words()
                    or w in _NOT_NAME_WORDS
                    or _PATRONYMIC.match(w)
                    or fold(w) in FACILITY_HEADS | OFFICE_WORDS
                ):
                    break
                if w.endswith(("'s", "’s")):
                    keep.append(w[:-2])  # "Karl Brandt's Opening Remarks": the possessive ends the name
                    break
                keep.append(w)
            if len(keep) >= 2:
                whole = text[m.start() : m.end(2)]
                e = m.start() + len(" ".join(keep)) if whole.startswith(" ".join(keep)) else m.end(2)
                e = _strip_possessive(text, m.start(), e)
                out.append(_Candidate(m.start(), e, text[m.start() : e], "given"))
    for m in _NICKNAMED.finditer(text):  # 'Susan "Toots" Ople': the name without the nickname, the span whole
        if fold(m.group(1)) in given_names() and doc.in_body(m.start()):
            out.append(_Candidate(m.start(), m.end(), f"{m.group(1)} {m.group(3)}", "given"))
    for m in _FAMILY_FIRST_NAME.finditer(text):  # "Ahn Gyu-back", "Cho Tae-yul": a Korean name the recogniser missed
        if fold(m.group(1)) in _family_first() and doc.in_body(m.start()):
            out.append(_Candidate(m.start(), m.end(), m.group(), "given"))
    for m in _HONORED_THEN_TITLE.finditer(text):
        # "Lyonpo Tandin Wangchuk, the Minister for Health,": a name between an honorific and its office
        if honorific_length([m.group(1)]) and doc.in_body(m.start(2)) and fold(m.group(4)) in title_words():
            out.append(_Candidate(m.start(2), m.end(2), m.group(2), "title"))
    for m in _HONORIFIC.finditer(text):
        if doc.in_body(m.start()):
            e = _strip_possessive(text, m.start(1), m.end(1))
            out.append(_Candidate(m.start(1), e, text[m.start(1) : e], "surname"))
    for m in _HANDLE.finditer(text):
        if doc.in_body(m.start()):
            out.append(_Candidate(m.start(), m.end(), m.group(1), "handle"))
    out.extend(_label_names(doc))
    # "Noura bint Mohammed | Mohammed Al Kaabi": two guesses sharing a word across "bin"/"bint" are one name
    for a in [c for c in out if c.source in {"ner", "given"}]:
        for b in [c for c in out if c.source in {"ner", "given"} and a.start < c.start < a.end < c.end]:
            if re.search(r"\b(?:bin|bint|ibn|ben)\s", text[a.start : b.start]):
                out.append(_Candidate(a.start, b.end, text[a.start : b.end], "ner"))
    trimmed = []
    for c in out:
        if c.source in {"handle", "label", "family_caps", "styled"}:
            trimmed.append(c)
            continue
        span = trim_name(text, c.start, c.end)
        if span is None:
            continue
        if c.source == "gazetteer" and span[0] > c.start:
            # "Sheikh Mohamed bin Zayed" (an alias) trimmed: a longer alias may start at the name itself
            longer = gazetteer_spans(text[span[0] : span[0] + 120])
            ext = text[span[1] : span[0] + longer[0][1]] if longer else ""
            if longer and longer[0][0] == 0 and ext and not re.match(r"\s+of\b", ext):
                span = (span[0], span[0] + longer[0][1])
                c.entry = gazetteer_entry(text[span[0] : span[1]]) or c.entry
        surname = _PATRONYMIC_SURNAME.match(text, span[1])
        if surname and c.entry is None:
            span = (span[0], surname.end())  # "Nurlan Asanbek uulu": the patronymic word ends the name
        c.start, c.end = span
        c.name = text[c.start : c.end]
        if c.source == "byline" and c.name.isupper():
            c.name = " ".join(name_case(w) for w in c.name.split())  # "By GIADA FERRARO"
        if c.entry is None or fold(c.name) not in _canonical_names():
            c.entry = c.entry or gazetteer_entry(c.name) or _misspelt_entry(c.name)
        trimmed.append(c)
    return trimmed


# "PRESIDENT OBAMA:", "PRIME MINISTER SHARIF:" at the start of a line: a transcript label.
_LABEL = re.compile(
    r"(?m)^[ \t]*((?:[A-Z][A-Z.'’-]*[ \t]+){0,5}?)([A-Z][A-Z'’-]{2,})[ \t]*(?:\([^)\n]{0,80}\)[ \t]*)?:"
)


def _label_names(doc: Document) -> list[_Candidate]:
    """Upper-case transcript labels whose last word is a surname, preceded by title words only."""
    out = []
    titles = title_words()
    for m in _LABEL.finditer(doc.text):
        prefix = m.group(1).split()
        lead = 0
        while lead < len(prefix) and (fold(prefix[lead]).strip(".") in titles or honorific_length([prefix[lead]])):
            lead += 1
        given = prefix[lead:]  # "MR. LUNGILE MAZIBUKO-RADEBE": given names after the courtesy title
        if len(given) > 2 or (given and not lead) or not all(w.replace("-", "").isalpha() for w in given):
            continue
        word = m.group(2)
        if fold(word) in titles or fold(word) in {"question", "answer", "voice", "audience", "moderator"}:
            continue
        start = m.start() + m.group(0).find(given[0]) if given else m.start(2)
        if doc.in_body(start):
            out.append(_Candidate(start, m.end(2), " ".join(name_case(w) for w in [*given, word]), "label"))
    return out


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Known given names (word list plus the gazetteer's first names), folded."""
    names = set(load_lines("given_names.txt"))
    for entry in load_json("leaders.json"):
        names.update(fold(n) for first in entry.get("first_names", []) for n in first.split())
    return frozenset(names)


_RUN_WORD = re.compile(r"\([^)\n]{0,80}\)|[^\s()]+")
# A name set off by commas after a title: ", Cho Min-seo," (two to four name words)
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())  # "Åsmund", "Ólafur", "Łukasz"
_PARTICLE_RE = "(?:" + "|".join(sorted(load_json("people_words.json")["name_particles"], key=len, reverse=True)) + ")"
_APPOSED_NAME = re.compile(
    # (a word ending in "." only as a short abbreviation, "Ma. Cristina": not a sentence's last word)
    rf"[ \t]+((?:(?:[{_UPPER}][\w'’-]*|[{_UPPER}][a-z]{{0,2}}\.)[ \t]+(?:{_PARTICLE_RE}[ \t]+)?){{1,4}}"
    rf"[{_UPPER}][\w'’-]*(?:[ \t]+(?:uulu|kyzy|oglu|oğlu|ogly|qizi|gizi))?)"  # "Nurlanbek Turgunbek uulu"
    r"(?=\s*[,.;)]|\s+(?:and|said|told)\b|[ \t]*(?:\n|$))"  # (or the end of a list item's line)
)
_RUN_CONNECTORS = word_set("people_words.json", "run_connectors")
# Lower-case words inside a personal name ("bin", "van", "da"): kept between two name words of a title's name.
_NAME_PARTICLES = word_set("people_words.json", "name_particles")
# A capitalised word and one to three more (a surname particle allowed before each: "Feliciano de Sa Guimaraes"; not
# the particles that also join given names, "e", "y", "la", "el"), read as a lookahead so that "Her Excellency
# Yassine Fall" is also tried from "Yassine"
_RUN_PARTICLES = _NAME_PARTICLES & {"de", "da", "dos", "das", "del", "di", "van", "von", "der", "bin", "al"}
_GIVEN_RUN = re.compile(rf"(?<![\w'’‘\"“-])(?=([A-Z][\w'’-]+)((?:[ \t]+(?:(?:{'|'.join(sorted(_RUN_PARTICLES))})"
                        r"[ \t]+)?(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}))")


# Credit lines: "By A and B", "(Reporting by A in X; Editing by B)", "Photo: Agency/A", "Translated by A"
_CREDIT = re.compile(
    r"(?im)^[ \t(]*(?:by|(?:reporting|editing|writing|additional reporting|story|text|translated|written|compiled|"
    r"photos?|photograph)\s+by|photos?:|photo credit:|author:)[ \t]+(?P<rest>[^\n]{3,160})$"
    # an agency's sign-off of its writer and editor: "WAM/A B/C D"
    r"|^(?-i:[A-Z]{2,8})/(?P<signed>(?-i:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})(?:/(?-i:[A-Z][\w'’-]+(?:[ \t]+"
    r"[A-Z][\w'’-]+){1,3})){0,2})[ \t]*$"
)
_CREDIT_ROLE = re.compile(r"(?i)^(?:additional\s+)?(?:reporting|editing|writing|photos?|text)\s+by\s+")
_CREDIT_NAME = re.compile(r"[A-Z]\.\s?[A-Z][\w'’-]+|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}")


_CREDIT_NOT_NAMES = frozenset({"reporter", "correspondent", "editor", "writer", "staff", "desk", "bureau", "unit",
                                "team", "press", "news", "info", "agency", "service", "media", "online", "newsroom"})
_FAMILY_FIRST_NAME = re.compile(r"\b([A-Z][a-z]{1,5})\s+([A-Z][a-z]+-[a-z]+)\b")
_ARTICLES = frozenset({"Le", "La", "Les", "Los", "Las", "Il", "Der", "Die", "Das", "Het"})
_CAPS_FAMILY = re.compile(r"\b([A-Z]{3,}(?:-[A-Z]+)?)[ \t]+([A-Z][a-z]+(?:-[a-z]+)?)\b")


# A Malay royal or hereditary prefix, then honorific grades inside the name: "Tengku Datuk Seri Utama Zafrul Abdul
# Aziz" is Tengku Zafrul Abdul Aziz
_MALAY_STYLED = re.compile(
    r"\b(Tengku|Tunku|Raja|Syed|Sharifah|Wan|Nik|Megat|Engku)[ \t]+"
    r"(?:(?:Datuk|Dato['’]?|Datin|Seri|Sri|Utama|Paduka|Panglima|Tan|Haji|Hajah|Dr\.?)[ \t]+)+"
    r"([A-Z][a-z]+(?:[ \t]+(?:bin|binti)?[ \t]*[A-Z][a-z]+){0,3})"
)


# "Sok Chenda, Minister of Agriculture of Cambodia": two or three name words set off before an office
_NAME_BEFORE_OFFICE = re.compile(
    rf"(?<![\w'’-])((?:[{_UPPER}][a-z]+(?:['’-][{_UPPER}a-z][a-z]+)*[ \t]+){{1,2}}[{_UPPER}][a-z]+"
    rf"(?:['’-][{_UPPER}a-z][a-z]+)*),[ \t]+"
    r"(?:the[ \t]+)?"
    r"(?:(?:Deputy|Vice|Prime|First|Foreign|Acting)[ \t-]+"
    r"|[A-Z][a-z]+[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?=Advis[eo]r|Officer))?"  # ("Blue Charter Adviser")
    r"(?:Minister|President|Secretary|Ambassador|Governor|Chairman|Chairperson|Speaker|Director|Commissioner|"
    r"Advis[eo]r|Officer)\b")


def _names_before_office(doc: Document) -> list[_Candidate]:
    """A name the recogniser misses ("Sok Chenda", "Veng Sakhon") when an office follows it after a comma, and it
    opens a line or follows no other capitalised word."""
    text, titles = doc.text, title_words()
    out = []
    for m in _NAME_BEFORE_OFFICE.finditer(text):
        words = m.group(1).split()
        prev = re.search(r"(\S+)[ \t]+$", text[max(0, m.start() - 30) : m.start()])
        if prev and (prev.group(1)[:1].isupper() or prev.group(1).lower() in {"the", "of", "for"}):
            continue  # inside a longer capitalised run, or an institution's name ("Speaker of the Eduskunta X, ...")
        if any(fold(w) in titles or fold(w) in OFFICE_WORDS or fold(w) in STOP_WORDS or country_code(w)
               or find_city(w) for w in words) or not doc.in_body(m.start()):
            continue
        out.append(_Candidate(m.start(1), m.end(1), m.group(1), "title"))
    return out


_GLUED_INITIAL = re.compile(r"^(?:[A-Z]\.){1,2}[A-Z][a-z]{2,}$")  # "V.Hajiyev": an initial and a surname, one word
_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){2,8}")


def _honoured_names(doc: Document) -> list[_Candidate]:
    """The two or three name words after a chain of honorifics: "His Excellency Ratu Wiliame Katonivere told",
    a name the recogniser misses when its given name is unknown."""
    out = []
    titles = title_words()
    for m in _CAPITALISED_RUN.finditer(doc.text):
        spans = [(w.start() + m.start(), w.end() + m.start(), w.group()) for w in re.finditer(r"\S+", m.group())]
        words = [w for _, _, w in spans]
        k = 0
        while k < len(words) and (step := honorific_length(words[k:])):
            k += step
        rest = words[k:]
        if not k or not 2 <= len(rest) <= 3 or any("." in w for w in rest):
            continue  # ("Gen. X", "George. Sir": a rank, a sentence's end)
        if any(not _NAME_TOKEN.match(w) or fold(w) in titles or fold(w) in OFFICE_WORDS or fold(w) in STOP_WORDS
               or country_code(w) or find_city(w) or w in _NOT_NAME_WORDS for w in rest):
            continue
        start, end = spans[k][0], spans[-1][1]
        if doc.in_body(start):
            out.append(_Candidate(start, end, doc.text[start:end], "given"))
    return out


def _malay_styled_names(doc: Document) -> list[_Candidate]:
    return [_Candidate(m.start(), m.end(), f"{m.group(1)} {m.group(2)}", "styled") for m in _MALAY_STYLED.finditer(
        doc.text) if doc.in_body(m.start())]


def _caps_family_names(doc: Document) -> list[_Candidate]:
    """Japanese official style, family name in capitals first: "MIYAZAKI Ryota" is Ryota Miyazaki, when the
    story also writes the family name in ordinary case ("Miyazaki said")."""
    text = doc.text
    out = []
    for m in _CAPS_FAMILY.finditer(text):
        family = name_case(m.group(1))
        if (country_code(family) or country_code(m.group(1)) or find_city(family) or country_code(m.group(2))
                or is_title_word(m.group(2).lower()) or not doc.in_body(m.start())):  # (not "UAE Minister")
            continue
        before = text[max(0, m.start() - 30) : m.start()].split()
        after_office = bool(before) and (before[-1].lower() in title_words() or before[-1].lower() in OFFICE_WORDS
                                         or honorific_length(before[-1:]) == 1)  # "Mr. ISHIBA Shigeru"
        if not after_office and not re.search(rf"\b{re.escape(family)}\b", text):
            continue  # (or right after an office: "State Minister for Foreign Affairs SUGITA Kenta")
        out.append(_Candidate(m.start(), m.end(), f"{m.group(2)} {family}", "family_caps"))
    return out


def _byline_names(doc: Document) -> list[_Candidate]:
    """The people a credit line names (bylines and photo credits are people with no title, as in the gold)."""
    text = doc.text
    out = []
    for line in _CREDIT.finditer(text):
        group = "rest" if line.group("rest") is not None else "signed"
        rest = line.group(group)
        agency = re.match(r"[A-Z]{2,8}[ \t]+[-–—][ \t]+", rest)  # "Photo: AGENCY - Name"
        shift = agency.end() if agency else 0
        rest = rest[shift:]
        rest = re.split(r"\s[-–—]\s", rest)[0]  # "By Jane Doe - Correspondent - Agency": the name ends at the dash
        for part in re.split(r"\s*(?:;|,|/|\band\b|&|\bin\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|\(|\)|\|)\s*", rest):
            part = _CREDIT_ROLE.sub("", part.strip(" .:-"))
            m = _CREDIT_NAME.fullmatch(part)
            words = part.split()
            shouted = 2 <= len(words) <= 3 and all(w.isupper() and w.isalpha() for w in words) and fold(
                words[0]) in given_names()  # "By GIADA FERRARO": a wire's byline in capitals
            if shouted:
                m = True
            if not m or (all(w.isupper() for w in words) and not shouted) or any(
                fold(w) in OFFICE_WORDS | FACILITY_HEADS or (w.isupper() and len(w) > 2 and not shouted) for w in words
            ):
                continue  # "Photo: State House / Office of the President", "NR SR": a place, an office, an acronym
            if "@" in part or country_code(part) or find_city(part):
                continue
            if any(fold(w).rstrip("'s’") in _CREDIT_NOT_NAMES for w in words) or (len(words) == 2
                                                                                  and words[0] in _ARTICLES):
                continue  # "Political Reporter", "Vice President's Press Unit", "Alwihda Info": a role or an outlet
            if re.search(rf"\b(?:at|in|to|from)\s+(?:the\s+)?{re.escape(part)}\b", text):
                continue  # "Photo: Village Urugwiro / Office of the President": a place the story names as one
            s = line.start(group) + shift + rest.index(part)
            out.append(_Candidate(s, s + len(part), part, "byline"))
    head = header_end(text)
    for line in _NAME_BAR_DATE.finditer(text, 0, head):  # "Jane Doe   |15.11.2023 - Update : 15.11.2023"
        out.append(_Candidate(line.start(1), line.end(1), line.group(1), "byline"))
    for line in _NAME_LINE.finditer(text, 0, head):  # "Jane Doe" alone on a header line, named nowhere else
        name = line.group(1)
        if name.split()[0] != "By" and fold(name.split()[0]) in given_names() and text.count(name) == 1:
            out.append(_Candidate(line.start(1), line.end(1), name, "byline"))
    for line in _NAME_AGENCY_LINE.finditer(text):  # "Jane Doe, UzA": a writer's sign-off with the agency
        if fold(line.group(2)) in agencies() and line.group(1).split()[0] != "By":  # ("By X, GNA": a credit line)
            out.append(_Candidate(line.start(1), line.end(1), line.group(1), "byline"))
    for line in _NAME_CITY_LINE.finditer(text, 0, head):  # "Jane Doe, Athens" over the story
        name, city = line.group(1), line.group(2)
        credited = name.split()[0] == "By" or city.isupper()  # ("By X, GNA": a byline _CREDIT reads)
        place = country_code(name) or find_city(name) or any(
            fold(w) in OFFICE_WORDS | FACILITY_HEADS for w in name.split())  # ("Presidential Palace, Gitega")
        if (find_city(city) or world_city(city, dateline=True)) and not credited and not place:
            out.append(_Candidate(line.start(1), line.end(1), name, "byline"))
    return out


_NAME_BAR_DATE = re.compile(
    r"(?m)^[ \t]*([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]*\|[ \t]*\d{1,2}[./]\d{1,2}[./]\d{4}")
_NAME_LINE = re.compile(r"(?m)^[ \t]*([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})[ \t]*$")
_NAME_AGENCY_LINE = re.compile(r"(?m)^[ \t]*([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}),[ \t]*([A-Za-z]{2,12})[ \t]*$")
_NAME_CITY_LINE = re.compile(
    r"(?m)^[ \t]*([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}),[ \t]*([A-Z][\w'’ .-]{2,30}?)[ \t]*$")


def _title_names(doc: Document) -> list[_Candidate]:
    """The name that ends an office title: "Minister for Planning Ahsan Iqbal",
    "Minister of Foreign Affairs of the Russian Federation Sergey Lavrov"."""
    titles = title_words()
    given = given_names()
    text = doc.text
    out = []
    for tok in doc.nlp:
        if tok.lower_ not in titles or tok.lower_ in {"state", "top", "general"} | ORDINALS:
            continue
        pos = tok.idx + len(tok.text)
        comma = re.match(r"\s*,", text[pos : pos + 3])  # "spokesperson, Randhir Jaiswal"
        pos += comma.end() if comma else 0
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        words: list[tuple[int, int, str]] = []
        apposed: list[tuple[int, int, str]] | None = None
        for w in _RUN_WORD.finditer(text, pos, min(line_end, pos + 250)):
            raw = w.group()
            if raw.startswith("("):
                continue  # "(Rospotrebnadzor)", "(MEA)"
            if raw == "," and words and text[w.start() - 1 : w.start()] == ")":
                # "... Agency (JICA), Akihiko Tanaka,": the comma after a parenthesis ends the title
                apposed = _apposed_words(doc, w.end(), titles, given, True)
                break
            core = raw.rstrip(",.;:!?\"”’'")
            core = core[:-2] if core.endswith(("'s", "’s")) else core
            low = core.lower()
            if not core or not (low in _RUN_CONNECTORS or low in titles or _NAME_TOKEN.match(core) or core.isupper()
                                or (low == "host" and words and words[-1][2] == "and")  # "... and host of the Assembly"
                                or (low in _NAME_PARTICLES and words
                                    and (_NAME_TOKEN.match(words[-1][2]) or words[-1][2] in _NAME_PARTICLES))):
                break
            words.append((w.start(), w.start() + len(core), core))
            if raw.endswith(".") and honorific_length([raw]):
                continue  # "HE Dr. Sultan bin Saad": the period of an abbreviation ends nothing
            if raw.endswith(("'s", "’s")) and not country_code(core) and len(words) >= 2 and _NAME_TOKEN.match(
                    words[-2][2]) and words[-2][2].lower() not in titles:
                break  # "President Karl Brandt's Opening Remarks": a person's possessive ends the name
            if core != raw and not raw.endswith(("'s", "’s")):
                if raw == core + "," and PORTFOLIO_LIST.match(text, w.end()):
                    continue  # "Minister of Trade, Industry and Energy Park Seo-yeon": one title's portfolios
                if raw == core + ",":
                    # "the Minister of Health of Korea, Cho Min-seo,": the name follows the title's comma
                    apposed = _apposed_words(doc, w.end(), titles, given, True)
                break  # punctuation ends the title and name
            # "... Ronald Lamola and the ... Councillor Shen Yiqin": a listed person ends this title.
            if low in {"and"} and len(words) >= 3 and _is_person_group(words[-3:-1], given):
                words.pop()
                break
            # "Minister of Trade Ryad Mezzour and Poland's Deputy Minister ...": a second title begins
            if low == "and" and len(words) >= 3 and _NAME_TOKEN.match(words[-2][2]) and _NAME_TOKEN.match(
                words[-3][2]
            ):
                nxt = re.match(r"\s+(?:the\s+)?([\w'’-]+)(?:\s+([\w'’-]+))?", text[w.end() : w.end() + 80])
                first, second = (nxt.group(1), nxt.group(2) or "") if nxt else ("", "")
                base = first[:-2] if first.endswith(("'s", "’s")) else first
                if first.lower() in titles or (base != first and country_code(base)) or (
                    country_code(first) and second.lower() in titles
                ):
                    words.pop()
                    break
        if apposed:
            s, e = apposed[0][0], apposed[-1][1]
            if doc.in_body(s, e):
                out.append(_Candidate(s, e, text[s:e], "title"))
            continue
        # "... to Viet Nam Choi Young-sam": the words of a country's name of two or three words are no name
        in_country = {k + n for k in range(len(words) - 1)
                      if words[k][2][:1].isupper() and words[k + 1][2][:1].isupper()
                      for size in (2, 3) if k + size <= len(words)
                      and country_code(" ".join(w[2] for w in words[k : k + size])) for n in range(size)}
        groups: list[list[tuple[int, int, str]]] = [[]]
        for k, w in enumerate(words):
            low = w[2].lower()
            if k in in_country:
                if groups[-1]:
                    groups.append([])
            elif honorific_length([w[2]]) or (low in STOP_WORDS and low not in _NAME_PARTICLES) or low in WEEKDAYS:
                if groups[-1]:
                    groups.append([])  # "Datuk Seri Fadillah Yusof", "Ola Nordmann Before Their Meeting"
            elif low in _ROYAL_TITLES and not groups[-1] and k + 1 < len(words) and words[k + 1][2] in _NAME_PARTICLES:
                groups[-1].append(w)  # "HE Dr. Sultan bin Saad Al-Muraikhi": a given name, not the title
            elif low in _NAME_PARTICLES and groups[-1] and k + 1 < len(words) and (
                _NAME_TOKEN.match(words[k + 1][2]) or words[k + 1][2] in _NAME_PARTICLES
            ):
                groups[-1].append(w)  # "Saoud bin Abdulrahman bin Hassan Al Thani"
            elif len(w[2]) == 1 and w[2].isupper() and w[2] not in {"A", "I"} and groups[-1] and k + 1 < len(
                    words) and _NAME_TOKEN.match(words[k + 1][2]) and not text.startswith(",", groups[-1][-1][1]):
                groups[-1].append(w)  # "Teodoro L Locsin": a middle initial written without its period
            elif _REGNAL.match(w[2]) and groups[-1] and k > 0 and words[k - 1] is groups[-1][-1]:
                groups[-1].append(w)  # "King Tupou VI": a regnal number ends the name
                groups.append([])
            elif (
                _NAME_TOKEN.match(w[2])
                and low not in titles
                and low not in _RUN_CONNECTORS
                and low not in OFFICE_WORDS
                and (not country_code(w[2]) or (groups[-1] and fold(groups[-1][-1][2]) in given))
            ):
                groups[-1].append(w)  # (a surname that is a country's name after a given name: "Patricia Scotland")
                if text.startswith(",", w[1]):
                    groups.append([])  # "... and Poland, Luc Moreau, Karl Becker": a comma ends a name
            elif low in OFFICE_WORDS and w[2][:1].isupper() and groups[-1] and not text.startswith(
                    ",", groups[-1][-1][1]):
                groups[-1] = []  # "Director of the East and Central Africa Department": an office's name, no one's
            elif groups[-1]:
                groups.append([])
        groups = [_after_the(doc, words, g, given) for g in groups if g]
        groups = [g for g in groups if len(g) >= 2 or (len(g) == 1 and _GLUED_INITIAL.match(g[0][2]))]
        if not groups:
            continue
        named = [g for g in groups if any(fold(w[2].split("-")[0]) in given for w in g[:-1])]

        # no known given name: the words right after the office ("... for External Affairs Pabitra Margherita
        # to the Diplomatic Centre"), else the last run
        group = named[0] if named else next((g for g in groups if _after_office(words, g)), groups[-1])
        name = _name_from_group(group, given)
        if not named and len(group) in {3, 4} and name == group[-2:] and _after_office(words, group, country=True):
            name = group  # "Cabinet Secretary for Investments Wycliffe Otieno Barasa": right after the office
        k = group.index(name[0])
        while k > 0 and _in_person_entity(doc, group[k - 1][0]) and not honorific_length(
            [text[: group[k - 1][0]].split()[-1] if text[: group[k - 1][0]].split() else "", group[k - 1][2]]
        ):
            k -= 1  # "Foreign Minister Arnoldo André Tinoco": the recogniser's name starts before the known given name
        if k == 1 and named and _unknown_first_word(text, words, group[0]):
            k = 0  # "State Minister for Commerce Ahsanul Islam Titu": an unknown word before the given name is his
        name = group[k : group.index(name[-1]) + 1]
        s, e = name[0][0], name[-1][1]
        if doc.in_body(s, e):
            out.append(_Candidate(s, e, text[s:e], "title"))
    return out


def _unknown_first_word(text: str, words: list[tuple[int, int, str]], word: tuple[int, int, str]) -> bool:
    """A word of no dictionary, country or office right after the office's own words, no comma between."""
    at = words.index(word)
    return (at > 0 and not dictionary_word(word[2]) and not country_code(word[2]) and not find_city(word[2])
            and word[2].lower() not in title_words() and not text.startswith(",", words[at - 1][1])
            and (words[at - 1][2].lower() in title_words() or dictionary_word(words[at - 1][2])))


def _after_the(doc: Document, words: list[tuple[int, int, str]], group: list[tuple[int, int, str]],
               given: frozenset[str]) -> list[tuple[int, int, str]]:
    """A run after "the" opens with an institution's name ("Chair of the Milli Majlis", "President of the Senate
    Milos Vystrcil"): the words from a known given name or the recogniser's person on are kept."""
    at = words.index(group[0])
    if at == 0 or words[at - 1][2].lower() != "the":
        return group
    k = next((k for k, w in enumerate(group) if fold(w[2].split("-")[0]) in given or _in_person_entity(doc, w[0])),
             None)
    if k is None:  # no sign of a person: two words are the institution's name, more may end with one
        return group if len(group) >= 3 else []
    return group[k:]


def _after_office(words: list[tuple[int, int, str]], group: list[tuple[int, int, str]], country: bool = False) -> bool:
    """The word before the group ends an office title (or, with ``country``, names a country)."""
    at = words.index(group[0])
    before = words[at - 1][2].lower() if at > 0 else ""
    return before in title_words() or before in OFFICE_WORDS or (country and bool(country_code(before)))


def _apposed_words(doc: Document, pos: int, titles: frozenset[str], given: frozenset[str],
                   after_title: bool) -> list[tuple[int, int, str]] | None:
    """The name set off by commas after a title (", Cho Min-seo,"): its words, when they look like a name."""
    lead = list(re.finditer(r"[ \t]*(\S+)", doc.text[pos : pos + 40]))[:3]
    skip = honorific_length([w.group(1) for w in lead])
    if skip:  # ", Rt. Hon. Alban Sumana Kingsford Bagbin,": the name after the honorifics (from the space before it)
        pos += lead[skip - 1].end()
    m = _APPOSED_NAME.match(doc.text, pos)
    if not m:
        return None
    words = [(m.start(1) + x.start(), m.start(1) + x.end(), x.group()) for x in re.finditer(r"\S+", m.group(1))]
    while len(words) > 2 and honorific_length([w[2] for w in words]):
        cut = honorific_length([w[2] for w in words])
        if words[cut][2] in _NAME_PARTICLES:
            break  # "Sultan bin Ahmed Al-Hajri": a given name, not the title "Sultan"
        words = words[cut:]  # ", Shri Pradeep Singh Rawat,"
    if not all((_NAME_TOKEN.match(w[2]) or (0 < n < len(words) - 1 and w[2] in _NAME_PARTICLES)
                or (n == len(words) - 1 > 1 and w[2] in _AZ_PATRONYMIC))
               and (w[2].lower() not in titles or (n + 1 < len(words) and words[n + 1][2] in _NAME_PARTICLES))
               for n, w in enumerate(words)):
        return None
    if not (after_title or fold(words[0][2].split("-")[0]) in given or _in_person_entity(doc, words[0][0])):
        return None
    if any(fold(w[2]) in OFFICE_WORDS for w in words):
        return None  # "Commissioner for Environment, Water Resilience and ...": the office's next portfolio
    return words


def _in_person_entity(doc: Document, offset: int) -> bool:
    span = doc.nlp.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and span[0].ent_type_ == "PERSON"


def _is_person_group(words: list[tuple[int, int, str]], given: frozenset[str]) -> bool:
    return all(_NAME_TOKEN.match(w[2]) for w in words) and fold(words[0][2]) in given


@lru_cache(maxsize=1)
def _family_first() -> frozenset[str]:
    return frozenset(load_lines("family_names_first.txt"))


def _name_from_group(group: list[tuple[int, int, str]], given: frozenset[str]) -> list[tuple[int, int, str]]:
    """From "Planning Ahsan Iqbal" or "Russian Railways JSC Oleg Belozerov", the person's name; a family name
    written first keeps the given names after it ("Nguyen Minh Hang", not "Minh Hang")."""
    family_first = _family_first()
    if any(w[2].lower() in _NAME_PARTICLES for w in group[1:-1]):
        return group  # "Saoud bin Abdulrahman bin Hassan Al Thani": a chain of names is one name
    for i, w in enumerate(group[:-1]):
        word = fold(w[2].split("-")[0])
        if word in family_first:
            return group[i : i + 4]  # "Nguyen Minh Hang", "Dang Thi Mai Huong"
        if word in given:
            return group[i : i + 4]  # (an earlier given name, "Pradeep" of "Pradeep Singh Rawat", is the loop's i)
    return group[-2:]


_PRIORITY = {"gazetteer": 0, "title": 1, "address": 2, "ner": 3, "given": 4, "label": -1, "surname": 6, "handle": 7,
             "byline": 2, "family_caps": -1, "styled": -1}


def _after_address(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """Candidates without the last word of a two-word form of address before them ("Dato' [Sri Saifuddin]":
    "Saifuddin", "Sri" being the end of "Dato' Sri", though a given name elsewhere)."""
    out = []
    for c in cands:
        prev = re.search(r"(\S+)[ \t]+$", text[max(0, c.start - 20) : c.start])
        words = c.name.split()
        if prev and len(words) > 1 and honorific_length([prev.group(1), words[0]]) == 2:
            cut = c.name.index(words[1], len(words[0]))
            c = _Candidate(c.start + cut, c.end, c.name[cut:], c.source, c.entry)
        out.append(c)
    return out


def _select(cands: list[_Candidate], text: str) -> list[_Candidate]:
    """Drop candidates overlapping a longer or more trusted one."""
    # A full gazetteer name beats a longer guess ("Barack Obama" in "Barack Obama Gun For ..."),
    # but a longer name beats a gazetteer surname ("Aleksei Logvinovich Overchuk" over "Overchuk"), and the name
    # after an office, one word longer, beats a gazetteer name it starts with ("Minister of Economy, António Costa
    # Silva", not "António Costa")
    cands = [c for c in cands if not (c.source == "gazetteer" and any(
        o.source == "title" and o.start == c.start and o.end > c.end and not in_headline(text, c.start)
        and re.fullmatch(r"\s+[A-Z][\w'’-]+", text[c.end : o.end])
        and fold(text[c.end : o.end].strip()) not in _not_name_words() and not verb_word(text[c.end : o.end].strip())
        for o in cands))]
    cands.sort(
        key=lambda c: (
            not (c.source == "gazetteer" and " " in c.name.strip() and not (c.entry or {}).get("text_name")),
            -(c.end - c.start),
            _PRIORITY[c.source],
            c.start,
        )
    )
    # ("Sultan Haitham [bin Tarik]": a listed style-and-name form the article's own chain of names runs on from; but
    # "Khalid bin Salman [bin Abdulaziz]" is the listed name itself)
    cands = [c for c in cands if not (c.source == "gazetteer" and re.match(r"\s+(?:bin|bint|ibn)\s", text[c.end :])
                                      and is_title_word(text[c.start : c.end].split()[0].lower())
                                      and any(o.start < c.end < o.end for o in cands))]
    chosen: list[_Candidate] = []
    for c in cands:
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    # "Hamdan bin Mohammed [bin Rashid Al Maktoum]": the gazetteer's shorter form of a name the recogniser read
    # whole; its rest is no one else
    covered = [(c.end, max(o.end for o in cands if o.start == c.start and o.source in {"title", "ner"}))
               for c in chosen if c.source == "gazetteer" and any(
                   o.start == c.start and o.end > c.end and o.source in {"title", "ner"} for o in cands)]
    chosen = [c for c in chosen if not any(s <= c.start and c.end <= e for s, e in covered)]
    return sorted(chosen, key=lambda c: c.start)


# --- resolution ----------------------------------------------------------------------------


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"\s+", name.strip()) if t]


def canonical_name(name: str) -> str:
    """Gazetteer canonical form, else the name without patronymic ("Aleksei Logvinovich Overchuk") or nickname
    ('Susan "Toots" Ople')."""
    name = re.sub(r"[ \t]+[\"“'][A-Z][\w.]*[\"”'](?=[ \t]+[A-Z])", "", name)
    stripped = _strip_patronymic(name)
    entry = gazetteer_entry(name) or gazetteer_entry(stripped)
    return entry["name"] if entry else stripped


def display_name(text_form: str, entry: dict | None) -> str:
    """The name as the article spells it, in canonical order and without patronymic.

    The gazetteer form is used when the article's words are a subset of it ("Kishida Fumio",
    "Yoon Suk-yeol", "Erdogan"); a different spelling in the article ("al-Sisi") is kept, and so is any full
    form of an entry marked ``text_name`` (an office holder listed for offices and country only).
    """
    stripped = canonical_name(text_form) if not entry else _strip_patronymic(text_form)
    if not entry:
        return stripped
    words = {fold(t) for t in re.split(r"[\s-]+", stripped) if t}
    canon = {fold(t) for t in re.split(r"[\s-]+", entry["name"]) if t}
    if entry.get("text_name") and len(_tokens(stripped)) >= 2 and not (
            words == canon and fold(stripped) != fold(entry["name"])):  # (but "MUTO Yoji" is the entry's reordered)
        return stripped  # an entry kept for its offices and country: the article's own full form names the person
    if _misspelt_entry(stripped) is entry and _lost_letters(entry["name"].split()[-1]) == stripped.split()[-1]:
        return entry["name"]  # "Recep Tayyip Erdoan": the site's encoding lost the "ğ" (not "Yilmaz" for "Yılmaz")
    if len(_tokens(stripped)) == len(_tokens(entry["name"])) >= 2 and words != canon and not words <= canon:
        return stripped  # "Zheenbek Kulubaev" for "Jeenbek Kulubaev": the article's spelling of the same name
    if words <= canon or gazetteer_entry(text_form) is entry or gazetteer_entry(stripped) is entry:
        return entry["name"]  # "Maria Fernanda Espinosa Garces", a listed alias: the canonical form
    return stripped


# The father's and grandfather's names of an Arabic name ("bint Mohammed", "bin Rashid")
_ARABIC_CHAIN = re.compile(r"\s+(?:bin|bint|ibn)\s+[A-Z][\w'’-]+(?=\s)")


def _strip_patronymic(name: str) -> str:
    """Drop patronymics ("Aleksei Logvinovich Overchuk", "Ilham Heydar oglu") and honorifics ("Gandhi ji")."""
    toks = _tokens(name.replace("’", "'"))
    kept = []
    for i, t in enumerate(toks):
        if fold(t) in _AZ_PATRONYMIC and (i < len(toks) - 1 or len(kept) > 2 or gazetteer_entry(name)):
            kept = kept[:-1]  # "Heydar oglu": the father's name goes with it
        elif fold(t) in _AZ_PATRONYMIC:
            kept.append(t)  # "Aida Kasymbek kyzy": the patronymic is the surname, nothing follows it
        elif not (0 < i < len(toks) - 1 and _PATRONYMIC.match(t)) and fold(t) not in _HONORIFIC_SUFFIXES:
            kept.append(t)
    return " ".join(kept) or name




def _looks_like_name(doc: Document, c: _Candidate) -> bool:
    toks = _tokens(c.name)
    if any(ch.isdigit() or ch in ",;:()/|" for ch in c.name) or fold(c.name) in _NOT_NAMES:
        return False
    if any(fold(t) in _not_name_words() and not (k and fold(toks[k - 1]) in {"al", "el", "bin", "ibn", "bint"})
           and not (k + 1 < len(toks) and fold(toks[k + 1]) in {"bin", "bint", "ibn"})
           and not _said_as_surname(doc, c, k, toks)
           for k, t in enumerate(toks)):
        return False  # a headline's "Holds Phone Call", "Receives" (but "Shihab bin Tarik Al Said", "Said bin X")
    if c.entry is None and any(country_code(" ".join(toks[:n]).removesuffix("'s").removesuffix("’s"))
                               for n in (2, 3) if len(toks) > n):
        return False  # "Sri Lanka's Buddhist sites": a country's name opens no one's name
    if len(toks) > 2 and toks[-1].lower() in MONTH_NAMES and find_city(" ".join(toks[:-1])):
        return False  # a dateline's "Addis Ababa November 21/2023"
    after_word = re.match(r"\s+([A-Z][\w-]+)", doc.text[c.end : c.end + 40])
    if after_word and country_code(f"{c.name} {after_word.group(1)}"):
        return False  # "United Arab" of "United Arab Emirates"
    if c.entry is None and any(t.isupper() and len(t) > 3 for t in toks):  # AZERTAC, KAZTAG (not "ISHIBA Shigeru")
        return False
    if c.entry is None and toks[0] in _ARTICLES and len(toks) == 2:  # "Le Soleil", "Die Welt": a newspaper's name
        return False
    if c.entry is None and c.source in {"ner", "given"} and re.search(r"\bthe\s+$", doc.text[max(0, c.start - 5) :
                                                                                          c.start]):
        return False  # "the Strait of Hormuz and the Bab al-Mandab": a place, not a person
    if all(fold(t) in title_words() or honorific_length([t]) for t in toks):  # "Crown Prince"
        return False
    if honorific_length(toks) >= len(toks):  # "Datuk Seri", "Tan Sri": a form of address alone
        return False
    surname_country = len(toks) >= 2 and fold(toks[0]) in given_names() and not any(country_code(t) for t in toks[:-1])
    if find_city(c.name) or country_code(c.name) or (any(country_code(t) for t in toks) and not surname_country):
        return False
    if c.entry is None and world_city(c.name) and not title_before(doc, c.start):
        return False  # "the port terminals in Rosario and Bahía Blanca": a city of the world, no one's name
    before = doc.text[max(0, c.start - 20) : c.start].split()
    if before and fold(before[-1]) in _FACILITY_FIRST and before[-1][:1].isupper():
        return False  # "at the Palacio Bolivar", "Puerto Bolívar": a building or town named after someone
    after = doc.text[c.end : c.end + 60].split()[:3]
    for word in after:  # "Heydar Aliyev International Airport"
        if fold(word).strip(".,") in FACILITY_HEADS:
            return False
        if not word[:1].isupper():
            break
    if any(fold(t) in FACILITY_HEADS or fold(t) in {"charter", "treaty", "agreement"} for t in toks[1:]):
        return False
    first = next((t for t in toks if not t.endswith(".")), toks[0])  # "Ma. Cristina Roque": Cristina
    if c.source == "ner" and len(toks) >= 2 and fold(first.split("-")[0]) not in given_names():
        return _has_person_role(doc, c)  # an unknown first name needs the company of a title or verb
    return True


_FACILITY_FIRST = word_set("people_words.json", "facility_heads_before")


def _said_as_surname(doc: Document, c: _Candidate, k: int, toks: list[str]) -> bool:
    """ "Minister of Trade Omar Said and ...": "Said", capitalised after a known given name in a body sentence
    (not a headline's "Lavrov Said"), is a family name."""
    return (toks[k] == "Said" and k == len(toks) - 1 and k > 0 and fold(toks[k - 1]) in given_names()
            and not in_headline(doc.text, c.start)
            and not re.match(r"\s+(?:that|on|in|the|a|an|he|she|it)\b", doc.text[c.end :]))


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    return frozenset(load_lines("person_not_name_words.txt"))


_NOT_NAME_TAGS = {"RB", "RBR", "RBS", "VBZ", "VBD", "VBP", "VBG", "MD", "CC", "DT", "PRP", "WDT", "WP"}


def _has_person_role(doc: Document, c: _Candidate) -> bool:
    """A spaCy PERSON outside the gazetteer must act like a person: a subject, a title, an appositive."""
    span = doc.nlp.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if any(t.text[:1].isupper() and t.tag_ in _NOT_NAME_TAGS for t in span):
        return False  # a headline's "Remarks Prior to ...": an adverb or verb is no part of a name
    prev = doc.nlp[span.start - 1] if span.start > 0 else None
    in_city = re.match(r"\s+in\s+([A-Z][\w-]+)(?:\s+([A-Z][\w-]+))?", doc.text[c.end : c.end + 40])
    if prev is not None and prev.lower_ == "at" and in_city and any(
            find_city(n) or world_city(n) for n in (in_city.group(1), " ".join(filter(None, in_city.groups())))):
        return False  # "at Wisma Putra in Putrajaya": a building in a city
    if head.dep_ == "conj" and _conj_of_place(head):
        return False  # "ports in Guayaquil, Manzanillo and Puerto Quetzal"
    if head.dep_ in {"nsubj", "nsubjpass", "appos", "poss", "conj", "agent"}:
        return True
    if prev is not None and (prev.lower_ in title_words() or (prev.pos_ == "NOUN" and prev.is_lower)
                             or honorific_length([prev.lower_])):
        return True  # "Minister X", "challenger X", "astronaut X", "Eng. X"
    if prev is not None and prev.lower_ == "by" and head.dep_ == "pobj":
        return True  # "led by X", "(PHOTO by X)"
    if title_after(doc, c.start, c.end) or title_before(doc, c.start):
        return True  # "X, Vice-Minister for Defence,", "Deputy Minister for Economic Affairs X"
    surname = fold(span[-1].text)
    for ent in doc.nlp.ents:  # the surname acts as a person elsewhere: "... Fazli said"
        if ent.label_ == "PERSON" and fold(ent[-1].text) == surname and ent.root.dep_ in {"nsubj", "nsubjpass"}:
            return True
    # A byline at the top of the article: "Jane Doe Published January 8, 2022".
    return c.start < 300 and bool(re.match(r"\s*(?:published|posted|updated)\b", doc.text[c.end :], re.I))


def _conj_of_place(token: Token) -> bool:
    """A name listed after a city or country ("Guayaquil, Manzanillo and X") is a place like them."""
    first = token
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    name = " ".join(t.text for t in first.subtree if t.i <= first.i and t.pos_ == "PROPN") or first.text
    return first.ent_type_ in {"GPE", "LOC", "FAC"} and bool(find_city(name) or world_city(name) or country_code(name))


def _resolve(doc: Document, cands: list[_Candidate]) -> None:
    people: dict[str, Person] = {}
    entries: dict[str, dict | None] = {}
    pending: list[_Candidate] = []

    def person_for(name: str, entry: dict | None, c: _Candidate | None = None) -> Person:
        key = entry["name"] if entry else canonical_name(name)
        if not entry:  # "Noura bint Mohammed Al Kaabi" is the "Noura Al Kaabi" of the headline
            short = _ARABIC_CHAIN.sub("", key)
            key = next((k for k in people if _ARABIC_CHAIN.sub("", k) == short and " " in short), key)
        entry = entry or gazetteer_entry(key)
        if key not in people:
            via = _VIA.get(c.source, "people.ner") if c else "people.gazetteer"
            if entry and via == "people.ner":
                via = "people.gazetteer"
            evidence = f"{c.source}: {c.name}" if c else name
            people[key] = Person(name=display_name(name, entry), via=via, evidence=evidence)
            entries[key] = entry
        elif len(_tokens(_strip_patronymic(name))) > len(_tokens(people[key].name)):
            people[key].name = display_name(name, entry)  # the fullest form the article gives
        return people[key]

    for c in cands:
        toks = _tokens(canonical_name(c.name))
        # ("Prince Salman" after "Prince Salman bin Hamad Al Khalifa": a rank and one name is a partial mention)
        full = len(toks) >= 2 and not (len(toks) == 2 and fold(toks[0]) in _ROYAL_TITLES | NOBLE)
        if c.source == "byline":
            if find_city(c.name) or fold(c.name) in _NOT_NAMES:
                continue
            doc.mentions.append(Mention(c.start, c.end, person_for(c.name, gazetteer_entry(c.name), c)))
        elif c.source in {"family_caps", "styled"} or (c.source == "label" and full):  # "MR. LUNGILE MAZIBUKO-RADEBE:"
            doc.mentions.append(Mention(c.start, c.end, person_for(c.name, gazetteer_entry(c.name), c)))
        elif (c.source == "gazetteer" and full) or c.source == "title" or (c.source in {"ner", "given"} and full):
            if not _looks_like_name(doc, c):
                continue
            if c.source == "ner" and any(0 < c.start - m.end <= 1 and m.person.via == "people.gazetteer"
                                         for m in doc.mentions):
                continue  # "Sultan Hassanal Bolkiah Mu'izzaddin Waddaulah": the rest of a known name
            entry = c.entry or gazetteer_entry(c.name)
            doc.mentions.append(Mention(c.start, c.end, person_for(c.name, entry, c)))
        else:
            pending.append(c)

    # Merge a partial full name into a longer one that contains it ("Yoon Suk" into "Yoon Suk Yeol").
    for short in list(people.values()):
        for long in people.values():
            if long is not short and _contains_tokens(long.name, short.name):
                for m in doc.mentions:
                    if m.person is short:
                        m.person = long
                key = next(k for k, v in people.items() if v is short)
                del people[key]
                break
    _merge_variants(doc, people, entries)

    for c in pending:
        target = _link_partial(doc, c, list(people.values()))
        if target is None and c.source == "gazetteer" and c.entry and _looks_like_name(doc, c):
            # "Erdogan" with no fuller name in the text (not the "Palacio Bolivar")
            target = person_for(c.entry["name"], c.entry, c)
            target.via = "people.gazetteer_surname"
        if target is None and (c.source == "label" or (c.source in {"ner", "surname"} and _looks_like_name(doc, c))):
            entries_for = _current_holder(_gazetteer()[1].get(fold(c.name), []), doc.text)
            if len(entries_for) == 1:  # "Macron", "PRESIDENT OBAMA:": the only (living) leader of that name
                target = person_for(entries_for[0]["name"], entries_for[0], c)
                target.via = "people.transcript_label" if c.source == "label" else "people.gazetteer_surname"
        if target is not None:
            doc.mentions.append(Mention(c.start, c.end, target))

    _surname_mentions(doc, list(people.values()))
    doc.mentions.sort(key=lambda m: m.start)
    used = {id(m.person) for m in doc.mentions}
    for key, person in people.items():
        if id(person) in used:
            person.mentions = [(m.start, m.end) for m in doc.mentions if m.person is person]
            _assign_title(doc, person, entries.get(key))
    found = [p for p in people.values() if id(p) in used]
    taken = [p.title_span for p in found if p.title_span]
    for person in found:
        if person.title and not person.country:  # (any mention, the body's first: headlines pack words together)
            ordered = sorted(person.mentions, key=lambda m: in_headline(doc.text, m[0]))
            person.country = next(filter(None, (country_nearby(doc, m[0], taken) for m in ordered)), None)
    _lead_office_holder(doc, found)
    _lead_offices_named_below(doc, found)
    unnamed_counterparts(doc, found)
    _moderators(doc, found)
    _respective_titles(doc, found)
    _ambassador_posts(doc, found)
    doc.people = sorted((p for p in people.values() if id(p) in used), key=lambda p: p.mentions[0][0])


_VIA = {
    "gazetteer": "people.gazetteer",
    "title": "people.title_name",
    "address": "people.address_form",
    "ner": "people.ner",
    "given": "people.given_name",
    "label": "people.transcript_label",
    "surname": "people.surname",
    "handle": "people.handle",
    "byline": "people.byline",
    "family_caps": "people.family_name_first",
    "styled": "people.styled_name",
}


def _variant_of(a: str, b: str) -> bool:
    """Two spellings of one given name ("Imamali"/"Emomali", "Phillip"/"Philip"), by edit similarity."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if a[:1] != b[:1] and min(len(a), len(b)) < 5:
        return False
    return fuzz.ratio(a, b) >= (70 if min(len(a), len(b)) >= 5 else 85)


def _merge_variants(doc: Document, people: dict[str, Person], entries: dict[str, dict | None]) -> None:
    """One person written two ways in an article: the same surname and a variant given name. The gazetteer's
    form wins, else the one mentioned more; two different gazetteer people are never merged."""
    count = {id(p): sum(1 for m in doc.mentions if m.person is p) for p in people.values()}
    for k1 in list(people):
        for k2 in list(people):
            if k1 == k2 or k1 not in people or k2 not in people:
                continue
            a, b = _tokens(people[k1].name), _tokens(people[k2].name)
            if len(a) < 2 or len(b) < 2 or fold(a[-1]) != fold(b[-1]) or abs(len(a) - len(b)) > 1:
                continue
            if len(a) != len(b):  # "Mwigulu Nchemba" and "Mwigulu Lameck Nchemba": a middle name given once
                short, long_ = (a, b) if len(a) < len(b) else (b, a)
                if len(short) != 2 or fold(short[0]) != fold(long_[0]):
                    continue
                a, b = short, [long_[0], long_[-1]]
            e1, e2 = entries.get(k1), entries.get(k2)
            if (e1 and e2 and e1 is not e2) or not all(_variant_of(x, y) for x, y in zip(a[:-1], b[:-1], strict=True)):
                continue
            keep, drop = (
                (k2, k1) if (e2 and not e1) or (not e1 and count[id(people[k2])] > count[id(people[k1])]) else (k1, k2)
            )
            for m in doc.mentions:
                if m.person is people[drop]:
                    m.person = people[keep]
            del people[drop]


def _surname_mentions(doc: Document, people: list[Person]) -> None:
    """Every further use of a name part ("Yoon", "Kishida") that the NER model missed or mislabelled."""
    titles = title_words()
    parts = {fold(t) for p in people for t in re.split(r"[\s-]+", p.name) if len(t) > 2} - titles
    parts |= {fold(t) for p in people for t in p.name.split() if "-" in t}  # "Al-Falih", "Banda-Phiri" whole
    covered = [(m.start, m.end) for m in doc.mentions]
    # ("Modi's" -> "Modi"; "Şimşek", "Łukasz": capitals beyond A-Z)
    for m in re.finditer(rf"\b[{_UPPER}][\w-]*(?:['’][{_UPPER}][\w-]+)?\b", doc.text):
        word = m.group()
        if fold(word) not in parts or any(s <= m.start() < e for s, e in covered) or not doc.in_body(m.start()):
            continue
        target = _link_partial(doc, _Candidate(m.start(), m.end(), word, "surname"), people)
        if target is not None:
            doc.mentions.append(Mention(m.start(), m.end(), target))


def _contains_tokens(long: str, short: str) -> bool:
    lt = [fold(t) for t in re.split(r"[\s-]+", long)]
    st = [fold(t) for t in re.split(r"[\s-]+", short)]
    if len(st) >= len(lt):
        return False
    return any(lt[i : i + len(st)] == st for i in range(len(lt) - len(st) + 1))


def _link_partial(doc: Document, c: _Candidate, people: list[Person]) -> Person | None:
    """Resolve a surname, first name, handle or address form to a person named in full."""
    toks = [fold(t) for t in _tokens(c.name)]
    if c.source == "handle":
        handle = fold(c.name)
        for p in people:
            parts = [fold(t) for t in _tokens(p.name)]
            if handle in {"".join(parts), parts[-1]} or handle.endswith("".join(parts)):
                return p
        return None
    if c.source == "address":  # "Vladimir Vladimirovich" -> the article's only Vladimir
        first = toks[0]
        matches = [p for p in people if fold(_tokens(p.name)[0]) == first]
        if not matches:
            matches = [p for p in people if first in _first_names(p)]
        return matches[0] if len(matches) == 1 else None
    word = toks[-1] if toks else ""
    if toks and toks[-1] in {"ji", "jee", "sahib"} and len(toks) > 1:
        word = toks[0]
    # "Al-Falih", "Banda-Phiri": a hyphenated surname is matched whole as well as by its parts
    last = [p for p in people if word in {fold(re.split(r"[\s-]+", p.name)[-1]), fold(p.name.split()[-1])}]
    anywhere = [p for p in people if word in [fold(t) for t in re.split(r"[\s-]+", p.name)] + [
        fold(t) for t in p.name.split()]]
    for group in (last, anywhere):
        if len(group) == 1:
            return group[0]
        if len(group) > 1:
            # "Aliyev" with Ilham and Heydar in the text: the one the article is about.
            return max(group, key=lambda p: sum(1 for m in doc.mentions if m.person is p))
    return None


def _first_names(p: Person) -> set[str]:
    entry = gazetteer_entry(p.name)
    names = {fold(_tokens(p.name)[0])}
    if entry:
        names.update(fold(n) for n in entry.get("first_names", []))
    return names


# --- titles ---------------------------------------------------------------------------------


def _assign_title(doc: Document, person: Person, entry: dict | None) -> None:
    """The first title chain the article gives the person (before the name or in an apposition after it),
    the country from that title, the words around the name, or the gazetteer."""
    # Headlines abbreviate ("Russian FM Lavrov"): the body's first chain first, a headline's when it is all.
    ordered = sorted(person.mentions, key=lambda m: in_headline(doc.text, m[0]))
    for start, end in ordered:
        found = (title_before(doc, start) or title_after(doc, start, end) or label_title(doc, end)
                 or title_below(doc, end))
        if found and found[0].lower() == "chief":
            # "his counterpart, Chief Dr X": a traditional form of address, the office is before it
            found = title_before(doc, found[2][0]) or title_after(doc, start, end)
        if found and "counterpart" in doc.text[slice(*found[2])].lower():
            # "his Guinean counterpart, X, Minister of Foreign Affairs and Guineans Abroad": X's own office (not
            # "his counterpart, X, the Prime Minister's Office announced": the next clause's subject)
            own = title_after(doc, start, end)
            if own and re.match(r"\s*(?:[,.;)]|$)", doc.text[own[2][1] : own[2][1] + 3]):
                found = own
        if found and found[0].lower() in NOBLE | {"ambassador", "sultan"}:
            # "Prince X, Crown Prince and Prime Minister of Bahrain", "Ambassador X, Director-General of ...": the
            # office set off after the name
            found = title_after(doc, start, end) or found
        if found and " " not in found[0].strip() and len(ordered) > 1:
            # a bare "Minister Lahbib" in the body, "the Minister of Foreign Affairs ..., Her Excellency Hadja
            # Lahbib" on a list item's line: the full office of the same head word
            fuller = (title_before(doc, s) or title_after(doc, s, e) for s, e in ordered if s != start)
            own = set(fold(person.name).split())
            found = next((f for f in fuller if f and " " in f[0] and f[0].lower().startswith(found[0].lower() + " ")
                          and not own & set(fold(f[0]).split())), found)  # (not "President Ho" of a name cut)
        if found:
            person.title, person.country, person.title_span = found
            break
    # "President X of Guinea-Bissau and President Y of Guinea": the words around a name say more about its
    # country than a title it shares with the name before it
    around = next((c for c in (country_around(doc, s, e) for s, e in person.mentions) if c), None)
    if around and re.match(r"\s+of\s", doc.text[person.mentions[0][1] : person.mentions[0][1] + 4]):
        person.country = around
    if not person.country:
        person.country = around
    if not person.country and person.title:
        person.country = institution_country(person.title)
    if entry and not entry.get("historical"):
        person.offices = list(entry.get("titles", []))
        person.country = person.country or entry.get("country")
        if not person.title and entry.get("titles"):
            person.title = entry["titles"][0]  # how the article's readers know them: "Putin" is the President
    elif entry and not person.country:
        person.country = entry.get("country")


_STATE = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
# "The foreign ministers of France, Germany and Poland, A, B and C": one office, one country each, in order
_PLURAL_OF = re.compile(r"[a-z]s\s+of\s+(?:the\s+)?[A-Z][^,.;]{0,80},[^.;]{0,80}\band\b")
_RESPECTIVE = re.compile(
    rf"\b((?:[A-Za-z][a-z-]+\s+){{0,3}}[A-Za-z][a-z]+s)\s+of\s+({_STATE}(?:,\s+{_STATE})*,?\s+and\s+{_STATE}),\s+"
)


def _respective_titles(doc: Document, people: list[Person]) -> None:
    if not _PLURAL_OF.search(doc.text):
        return  # (the full pattern is slow to fail on every text)
    for m in _RESPECTIVE.finditer(doc.text):
        if not is_title_word(m.group(1).split()[-1].lower()):
            continue
        codes = [country_code(x) for x in re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group(2))]
        title = clean_title(m.group(1))[0]
        if not title or not all(codes):
            continue
        listed: list[Person] = []
        at = m.end()
        for mention in doc.mentions:
            if mention.start < at or len(listed) == len(codes):
                continue
            if not re.fullmatch(r",?\s*(?:and\s+)?", doc.text[at : mention.start]):
                break
            listed.append(mention.person)
            at = mention.end
        if len(listed) == len(codes):
            for person, code in zip(listed, codes, strict=True):
                person.title, person.country = title, code


# Who runs a transcript's session: "MODERATOR:", "Host:" (quotes.py reads the same words)
MODERATOR_WORDS = frozenset({"moderator", "chair", "host", "presenter", "anchor"})
_MODERATOR_LABEL = re.compile(rf"(?mi)^[ \t]*(?:{'|'.join(sorted(MODERATOR_WORDS))})\s*\(([^)\n]{{3,60}})\)\s*:")


def _moderators(doc: Document, people: list[Person]) -> None:
    """ "The press conference was moderated by the head of the press office, X", or a transcript label
    "MODERATOR (X):": a named moderator's title is "Moderator" (the gold's convention for transcripts)."""
    spans = [(m.end(), doc.text.find(".", m.end()), True) for m in re.finditer(r"\bmoderated by\b", doc.text)]
    spans += [(*m.span(1), False) for m in _MODERATOR_LABEL.finditer(doc.text)]
    for start, end, said in spans:
        who = next((x.person for x in doc.mentions if start <= x.start < (end if end > 0 else len(doc.text))), None)
        if who is not None and who in people and (said or who.title is None):  # ("MODERATOR (X, Press Secretary):")
            who.title = "Moderator"
            note = "moderated" if said else "named in a moderator's label"
            who.evidence = f"{who.evidence}; {note}" if who.evidence else note


# A full stop that ends a sentence, not one of "H.E." or "Mr."
_SENTENCE_STOP = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)\.[ \t]")


_LEAD_STATE_OFFICE = re.compile(
    r"[ \t]*(?:[Tt]he[ \t]+)?((?=[A-Z])([\w-]+(?:[ \t][A-Z][\w-]+)?)['’]s[ \t]+(?:Vice[ \t]|Deputy[ \t])?"
    r"(?:Head of State|Head of Government|President|Prime Minister|Premier|Chancellor|Foreign Minister"
    r"|(?:[A-Za-z]+[ \t]){1,2}[Mm]inister))\b")  # ("South Korea's agriculture minister")


def _lead_office_holder(doc: Document, people: list[Person]) -> None:
    """A read-out whose lead names its subject only by office ("The Minister of Mines ... has received his
    Congolese counterpart, X") and names the office holder later without a title ("Y said the two countries
    ..."): Y holds that office."""
    text = doc.text
    after = dateline_end(doc)
    lead = next((p.start for p in paragraphs(text) if p.start >= after and len(p.text) > 80 and doc.in_body(p.start)
                 and p.text.rstrip().endswith((".", "”", '"'))), after)  # (a sentence, not a headline)
    for start in dict.fromkeys([after, lead]):  # the dateline's line, else the first paragraph of the story
        line_end = min(x for x in (text.find("\n", start), len(text)) if x >= 0)
        m = LEAD_OFFICE.search(text, start, line_end)  # (in its first sentence: "YEREVAN, MAY 15, AGENCY. The ...")
        possessed = _LEAD_STATE_OFFICE.match(text, start)  # "Fiji's Head of State phoned ..."
        if m is None and possessed and country_code(possessed.group(2)):
            m = possessed
        if m:
            break
    opening = max(start, text.rfind(". ", start, m.start()) + 2) if m else start
    if m is None or m.start() - opening > 40 and not text[opening : m.start()].endswith("between "):
        return  # (the subject, or one side of "a conversation took place between the Minister of X and ...")
    stop = _SENTENCE_STOP.search(text, m.end())
    end = min(stop.start() if stop else line_end, line_end)
    office = office_of(m)
    after = m.start(1) + len(office)
    if any(m.start(1) <= s <= after + 1 for p in people for s, _ in p.mentions):
        return  # "The Minister of Foreign Affairs X met ...": the office's holder is named with it
    comma = re.match(r"\s*,\s*(?=[A-Z])", text[after:])
    if comma and any(after + comma.end() <= s < after + comma.end() + 30 and "," not in text[after + comma.end() : s]
                     for p in people for s, _ in p.mentions):
        return  # "The Minister of X, Y, received", "..., H.E. Y,": named at once (not "..., Mayor of Z, received")
    if any(fold(p.title or "") in {fold(office), fold(clean_title(office)[0] or "")}
           and "counterpart" not in text[slice(*(p.title_span or (0, 0)))]
           for p in people):
        return  # (a counterpart shares the title: "... received his Congolese counterpart, X")
    in_lead = {id(p) for p in people for s, _ in p.mentions if start <= s < end}
    # (each one's first mention after the lead: "Andreichenko" in the headline does not hide "Vladimir Andreichenko
    # noted ..." opening the next paragraph)
    later = sorted((s, p) for p in people if id(p) not in in_lead
                   for s in [next((x for x, _ in p.mentions if x > end), None)] if s is not None and s < end + 1200
                   and (p.mentions[0][0] > end or not text[text.rfind("\n", 0, s) + 1 : s].strip()))
    head = fold(re.split(r"\s+(?:of|for)\s+", office)[0]).split()[-1]  # "Minister" of "Minister of Economy"
    untitled = [p for s, p in later if (p.title is None or p.title_span is None or fold(p.title) == head)
                and not in_headline(text, s)]  # (a title from the gazetteer only is no title the text gives)
    # else one named only in the headline over it ("X holds telephone talks with ...'s Foreign Minister")
    headed = [p for p in people if all(s < start and in_headline(text, s) for s, _ in p.mentions)
              and p.title_span is None and id(p) not in in_lead]
    if later and untitled and later[0][1] is untitled[0] or not later and len(headed) == 1:
        holder = untitled[0] if later else headed[0]
        holder.title, country = clean_title(office)
        country = country or (country_code(m.group(2)) if m.re is _LEAD_STATE_OFFICE else None)
        # (a state the office names outranks one found near the holder's name)
        holder.title_span, holder.country = (m.start(1), m.start(1) + len(office)), country or holder.country
        note = f"title of the lead's unnamed office '{office}'"
        holder.evidence = f"{holder.evidence}; {note}" if holder.evidence else note


# "Britain's foreign secretary", "Italy's interior minister", "Spain's top diplomat": a state's office, no name
_POSSESSED_OFFICE = re.compile(
    r"\b([A-Z][\w-]+(?:[ \t][A-Z][\w-]+)?)['’]s[ \t]+((?:(?:deputy|vice|first|top|chief)[ \t]+)?"
    r"(?:[a-z]+[ \t]+)?(?:minister|secretary|diplomat|president|premier|chancellor|envoy|negotiator)|"
    r"(?:Deputy |Vice )?(?:[A-Z][a-z]+ )?(?:Minister|Secretary|President|Premier|Chancellor))\b(?![ \t,]+[A-Z])")


_COUNTERPART_OF = re.compile(r"\b(?:his|her|their)[ \t]+([A-Z][\w-]+)[ \t]+(counterpart)\b")


def _lead_offices_named_below(doc: Document, people: list[Person]) -> None:
    """A wire lead that gives only offices ("Britain's foreign secretary said ... after talks with Italy's interior
    minister") and a next paragraph that names the same number of people, in the same order ("X met Y"): each of
    them without a title the text gives holds the office in that place (when the states agree)."""
    text = doc.text
    paras = [p for p in paragraphs(text) if p.end > dateline_end(doc) and doc.in_body(p.start)]
    lead = next((k for k, p in enumerate(paras) if len(p.text) > 80 and p.text.rstrip().endswith((".", "”", '"'))),
                None)
    if lead is None or lead + 1 >= len(paras):
        return
    offices = [(m, code) for m in _POSSESSED_OFFICE.finditer(text, paras[lead].start, paras[lead].end)
               for code in [country_code(m.group(1))] if code]
    if len(offices) == 1:  # "Türkiye's climate minister spoke with his Pakistani counterpart": the same office
        mate = _COUNTERPART_OF.search(text, offices[0][0].end(), paras[lead].end)
        if mate and country_code(mate.group(1)):
            offices.append((mate, country_code(mate.group(1))))
    if not offices or any(paras[lead].start <= s < paras[lead].end for p in people for s, _ in p.mentions):
        return  # (a lead that names someone is read by the other rules)
    below = paras[lead + 1]
    named = sorted((min(s for s, _ in p.mentions if below.start <= s < below.end), p) for p in people
                   if any(below.start <= s < below.end for s, _ in p.mentions))
    if len(named) != len(offices):
        return
    if any(person.country not in {None, code} for (_, code), (_, person) in zip(offices, named, strict=True)):
        return
    for (m, code), (_, person) in zip(offices, named, strict=True):
        if person.title_span is None:
            office = offices[0][0] if m.re is _COUNTERPART_OF else m  # (a counterpart holds the first's office)
            person.title = clean_title(office.group(2))[0] or office.group(2)
            person.title_span, person.country = ((m.start(), m.end()) if m.re is _COUNTERPART_OF else m.span(2)), code
            note = f"the lead's office '{m.group()}', named in the next paragraph"
            person.evidence = f"{person.evidence}; {note}" if person.evidence else note


def _ambassador_posts(doc: Document, people: list[Person]) -> None:
    """The article's one "Ambassador X" takes the post an unnamed mention gives ("Pakistani Ambassador to
    Ethiopia said ... Ambassador Shazab Abbas said ..."): "Ambassador to Ethiopia"."""
    envoys = [p for p in people if (p.title or "").lower() == "ambassador"]
    if len(envoys) != 1 or any((p.title or "").lower().startswith("ambassador ") for p in people):
        return
    found = re.finditer(r"\b[Aa]mbassador (to (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)", doc.text)
    posts = {m.group(1) for m in found if not re.match(r"\s+[A-Z]", doc.text[m.end() :])}  # (no name after it)
    if len(posts) == 1:
        envoys[0].title = f"Ambassador {posts.pop()}"


# PERSON entities are read when the spaCy step ran the recogniser (not on the fast path).
@component("people", requires=("tokens", "furniture"), assigns=("people", "mentions"))
def annotate(doc: Document) -> None:
    _resolve(doc, _select(_after_address(doc.text, _candidates(doc)), doc.text))
