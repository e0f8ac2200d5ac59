"""Amounts: numbers that quantify something, with unit, qualifier, metric and speaker.

A regular grammar finds the number with its qualifier, currency, scale and percent sign
("in excess of 4 billion dollars", "Rs 2,000 crore", "nearly a third"); the spaCy parse then
supplies the counted noun ("seven roadmaps") and the metric the number measures. Dates, years,
ordinals, times and numbers inside names ("Vnukovo-2", "3+3 format") are not amounts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..doc import Amount, Document
from ..registry import component
from ..resources import load_json, load_lines, word_set
from .places import country_code

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)


# The second figure of a range names the scale of both: "from 77 to 142 million", "between 3 and 4 billion"
_SHARED_SCALE = re.compile(r"\s+(?:to|and|-|–)\s+[\d.,]+\s+(million|billion|trillion|thousand)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _units() -> dict:
    return load_json("units.json")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _grammar() -> re.Pattern[str]:
    u = _units()
    words = [w for w in u["number_words"] if " " not in w]
    num = (
        # "1,5 million": a decimal comma before a scale word (European style); "1,500" stays a thousands group
        rf"(?P<num>\d{{1,3}},\d{{1,2}}(?=\s?(?:million|billion|trillion|bn|mln|mn)\b)"
        rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d,.])"  # "7 791"
        rf"|\d+(?:\.\d+)?|(?:{_alt(words)})(?:-(?:{_alt(words)}))?"
        rf"|an?(?=\s+(?:thousand|million|billion|trillion|hundred|dozen)\b))"
    )
    return re.compile(
        rf"(?P<qual>\b(?:{_alt(u['qualifiers'])})\s+)?"
        rf"(?P<cur>(?<![A-Za-z])(?:{_alt(u['currency_prefix'])})(?=\s?\d))?\s?"
        rf"(?P<sign>[+])?{num}"
        rf"(?:\s?[-–]\s?(?P<num2>\d+(?:\.\d+)?)(?=\s?(?:%|percent|per cent)))?"
        rf"(?:\s?(?P<scale>{_alt(u['scales'])})\b)?"
        rf"(?:\s?(?P<pct>%|(?:{_alt(u['percent_words'][1:])})\b))?"
        rf"(?:\s(?P<cursuf>{_alt(u['currency_suffix'])})\b)?",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _number_anchor() -> re.Pattern[str]:
    """Where the grammar's number can begin (its number words are not word-bounded there either)."""
    words = [w for w in _units()["number_words"] if " " not in w]
    scales = r"(?:thousand|million|billion|trillion|hundred|dozen)"
    return re.compile(rf"\d|{_alt(words)}|an?(?=\s+{scales}\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _fraction_anchor() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(_units()['fractions'])})\b", re.IGNORECASE)


def anchored_finditer(pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, lead: int, qual: int):
    """``pattern.finditer(text)``, but the pattern is only tried near the places ``anchor`` finds.

    Trying these long case-insensitive alternations at every character was most of this component's
    time. Every match contains an anchor, preceded by at most ``lead`` characters, a run of whitespace
    and a qualifier of at most ``qual`` characters; so no match starts before that window, and searching
    from its start finds the same leftmost match ``finditer`` would (tests compare the two).
    """
    pos = 0
    while True:
        a = anchor.search(text, pos)
        if a is None:
            return
        start = max(pos, a.start() - lead)
        while start > pos and text[start - 1].isspace():
            start -= 1
        m = pattern.search(text, max(pos, start - qual))
        if m is None:
            return
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


def scan_numbers(text: str):
    """The number grammar's matches in ``text``, in order."""
    u = _units()
    lead = max(map(len, u["currency_prefix"])) + 2  # currency, a space, a sign
    return anchored_finditer(_grammar(), _number_anchor(), text, lead, max(map(len, u["qualifiers"])) + 1)


def scan_fractions(text: str):
    """ "a third", "half" (with their qualifiers) in ``text``, in order."""
    qual = max(map(len, _units()["qualifiers"])) + 1
    return anchored_finditer(_fraction_pattern(), _fraction_anchor(), text, 0, qual)


@lru_cache(maxsize=1)
def _fraction_pattern() -> re.Pattern[str]:
    u = _units()
    return re.compile(
        rf"(?P<qual>\b(?:{_alt(u['qualifiers'])})\s+)?\b(?P<frac>{_alt(u['fractions'])})\b"
        r"(?!\s+(?:of an? |an? )?(?:hour|year|day|century|month))",  # "half an hour" is a duration
        re.IGNORECASE,
    )


_ONE_IN = re.compile(
    r"(?P<qual>\b(?:almost|nearly|about|around|roughly|more than|over|less than)\s+)?"
    r"\b(?P<a>one|two|three)\s+(?:in|out of)\s+(?P<b>two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)


@dataclass
class _Raw:
    start: int
    end: int
    value: float
    unit: str | None
    qualifier: str
    head: Token | None = None  # the counted noun, when there is one
    is_money_scale: bool = False  # "4.5 billion" with no unit: money said before
    num_end: int = 0  # end of the number itself (before a counted noun)
    range_of: _Raw | None = None  # "50-60 percent": the second part shares the first's metric
    shares_scale: bool = False  # "from 77 to 142 million tonnes": 77 takes the second figure's scale and unit
    how: str = ""  # how the metric was found (evidence)
    counted_by: Token | None = None  # "the number of X rose to 4,500": the subject that gave the unit


def _number_value(s: str) -> float | None:
    low = s.lower()
    words = _units()["number_words"]
    if low in {"a", "an"}:
        return 1.0
    if "-" in low:
        parts = low.split("-")
        if all(p in words for p in parts):
            return float(sum(words[p] for p in parts))
    if low in words:
        return float(words[low])
    if re.fullmatch(r"\d{1,3},\d{1,2}", s):
        return float(s.replace(",", "."))  # a decimal comma ("1,5 million")
    try:
        return float(re.sub(r"[,\s]", "", s))
    except ValueError:
        return None


def _excluded(text: str, m: re.Match[str]) -> bool:
    s, e = m.start("num"), m.end("num")
    before, after = text[max(0, s - 12) : s], text[e : e + 14]
    num = m.group("num")
    if re.search(r"[:/]$", before):
        return True  # "15:20", "2024/25"
    if re.search(r"(?:\w|\d\+)-?$", before) and not m.group("cur") and not m.group("qual"):
        return not re.search(r"\s$", before) and True
    if re.match(r"(?:st|nd|rd|th)\b|\+\d|:\d|/\d", after, re.IGNORECASE) or (
        re.match(r"[-–][A-Za-z]*\d", after) and not m.group("num2")
    ):
        return True
    if re.match(r"\s*(?:" + _MONTHS + r")\b", after, re.IGNORECASE) and not m.group("scale"):
        return True
    if re.search(r"\b" + _MONTHS + r"\.?\s*$", before, re.IGNORECASE) and not m.group("cur"):
        return True
    plain = not (m.group("cur") or m.group("scale") or m.group("pct") or m.group("cursuf"))
    if plain and re.match(r"-(?:state|sided|plus|way|tier|track|pronged|speed|party)\b", after, re.IGNORECASE):
        return True  # "the two-state solution", "a three-sided meeting", "two-plus-two talks": no count of things
    if plain and re.fullmatch(r"(?:1[89]|20)\d\d", num):
        return True  # a year
    if plain and num.lower() == "one":
        return True
    # A capitalised number word inside a name: "World War Two".
    return bool(
        num[:1].isupper()
        and not num[:1].isdigit()
        and re.search(r"[A-Z]\w*\s$", before)
        and not re.search(r"[.!?]\s*$", before)
    )


def _find(doc: Document) -> list[_Raw]:
    text = doc.text
    u = _units()
    out: list[_Raw] = []
    fraction_starts = {m.start("frac") for m in scan_fractions(text)}
    for m in scan_numbers(text):
        if not doc.in_body(m.start(), m.end()) or _excluded(text, m):
            continue
        if m.start("num") in fraction_starts:
            continue  # "two thirds" is a share, read below
        value = _number_value(m.group("num"))
        if value is None:
            continue
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", m.group("num")) and not (
            m.group("scale") or m.group("pct") or m.group("cur") or m.group("cursuf")
        ):
            value = float(m.group("num").replace(".", ""))  # "500.000 doses": a thousands point (European style)
        qual = _qualifier(m.group("qual"))
        if m.group("qual") and _is_particle(doc, m.start("qual")):
            qual = "exact"  # "rolled over $3.4bn": a phrasal verb, not "more than"
            m_start = m.start("cur") if m.group("cur") else m.start("num")
        else:
            m_start = m.start()
        scale = u["scales"].get((m.group("scale") or "").lower(), 1.0)
        # (not a percentage: "rose by 30 percent to 6.2 million" is 30 percent)
        shared = None if m.group("scale") or m.group("pct") else _SHARED_SCALE.match(text, m.end())
        if shared and shared.group(1).lower() in u["scales"]:
            scale = u["scales"][shared.group(1).lower()]  # "from 77 to 142 million tonnes": 77 million
        if (
            m.group("scale")
            and m.group("scale").lower() in {"m", "b", "k"}
            and " " in text[m.end("num") : m.end("scale")]
        ):
            continue  # "5 m" is metres or a typo, not millions
        value *= scale
        unit = None
        if m.group("cur") and len(m.group("cur")) == 1 and m.group("cur").isalpha() and m.group("cur").lower() != "r":
            # "K1.9 billion", "P4.2 million": a kwacha or pula only as a sum in a story naming such a state
            table = _CURRENCY_COUNTRIES.get(u["currency_prefix"][m.group("cur").lower()], {})
            low = text.lower()
            if not (m.group("scale") or re.search(r"[.,]", m.group("num"))) or not any(
                    re.search(rf"\b{re.escape(w)}\b", low) for w in table):
                continue
        if m.group("cur"):
            unit = _local_currency(doc, u["currency_prefix"][m.group("cur").lower()])
        elif m.group("cursuf"):
            unit = _local_currency(doc, u["currency_suffix"][m.group("cursuf").lower()])
        elif m.group("pct"):
            unit = "percent"
        end = m.end()
        while end > m.start() and text[end - 1].isspace():
            end -= 1
        start = (
            m_start
            if m.group("qual") and qual != "exact"
            else (m.start("cur") if m.group("cur") else m.start("sign") if m.group("sign") else m.start("num"))
        )
        if m.group("num2") and unit == "percent":
            second = float(m.group("num2"))
            mid = m.end("num")
            first = _Raw(start, mid, value, unit, qual, num_end=mid)
            out += [first, _Raw(m.start("num2"), end, second, unit, qual, num_end=end, range_of=first)]
            continue
        raw = _Raw(start, end, value, unit, qual, num_end=end, shares_scale=bool(shared) and unit is None)
        if unit is None and raw.shares_scale:
            out.append(raw)
            continue
        if unit is None:
            if not _counted_noun(doc, raw, m):
                raw.is_money_scale = bool(m.group("scale"))
                if not raw.is_money_scale and not re.fullmatch(r"[\d,.]+", m.group("num")):
                    continue  # a bare number word: "one of", "two of them"
        out.append(raw)
    for m in _ONE_IN.finditer(text):  # "almost one in three visitors"
        if doc.in_body(m.start()):
            words = u["number_words"]
            share = 100.0 * words[m.group("a").lower()] / words[m.group("b").lower()]
            out = [r for r in out if not (m.start() <= r.start < m.end())]
            out.append(_Raw(m.start(), m.end(), share, "percent", _qualifier(m.group("qual")), num_end=m.end()))
    for m in scan_fractions(text):
        if doc.in_body(m.start()) and not any(r.start <= m.start("frac") < r.end for r in out):
            # "a third of X", "by a quarter": a share, expressed in percent.
            follows = re.match(r"\s+(?:of|compared|in|by|to|,|\.)|\s*[,.;]", text[m.end() : m.end() + 12])
            if not follows and not re.search(r"\bby\s+$", text[max(0, m.start() - 4) : m.start()]):
                continue  # (but "raised by a fifth next year" is a share)
            if re.search(r"\b(?:the|first|second|and|one)\s+$", text[max(0, m.start() - 8) : m.start()], re.I):
                continue  # "the first half of the year", "one and a half years"
            out.append(
                _Raw(
                    m.start(),
                    m.end(),
                    float(u["fractions"][m.group("frac").lower()]),
                    "percent",
                    _qualifier(m.group("qual")),
                )
            )
    return sorted(out, key=lambda r: r.start)


def _is_particle(doc: Document, offset: int) -> bool:
    tok = _token_at(doc, offset)
    return tok is not None and (
        tok.dep_ == "prt" or (tok.i > 0 and tok.nbor(-1).pos_ == "VERB" and tok.lower_ == "over")
    )


_CURRENCY_COUNTRIES = load_json("amount_words.json")["currency_countries"]


def _local_currency(doc: Document, unit: str) -> str:
    """A currency name several states use is the one of the state the article names most: "Rs" is India's
    rupee unless it says otherwise, "lei" Romania's unless the story is Moldovan, "dinars" Kuwait's ..."""
    table = _CURRENCY_COUNTRIES.get(unit)
    if not table:
        return unit
    low = doc.text.lower()
    counts: dict[str, int] = {unit: 0}
    for word, code in table.items():
        counts[code] = counts.get(code, 0) + len(re.findall(rf"\b{re.escape(word)}\b", low))
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] > counts[unit] else unit


def _qualifier(q: str | None) -> str:
    if not q:
        return "exact"
    return _units()["qualifiers"].get(q.strip().lower(), "exact")


# Plural nouns the tagger reads as singular ("7 memoranda of understanding").
_IRREGULAR_PLURALS = word_set("amount_words.json", "irregular_plurals")


def _counted_noun(doc: Document, raw: _Raw, m: re.Match[str]) -> bool:
    """Attach the plural noun the number counts ("seven roadmaps", "30 Russian companies")."""
    text = doc.text
    u = _units()
    after = text[m.end() : m.end() + 40]
    hyphen = re.match(r"-(?P<noun>[a-z]+)\b", text[m.end("num") : m.end("num") + 20])
    if hyphen:  # "six-nation", "five-fold"
        noun = hyphen.group("noun")
        if noun in u["time_units"] or noun in {"way", "year", "day", "month", "party"}:
            return False
        raw.end = m.end("num") + hyphen.end()
        raw.unit = "times" if noun == "fold" else (noun if noun.endswith("s") else noun + "s")
        return True
    for mw in u["multiword_units"]:
        if after.lower().startswith(" " + mw):
            raw.unit, raw.end = mw, m.end() + 1 + len(mw)
            raw.head = _token_at(doc, raw.end - 1)
            return True
    tok = _token_at(doc, m.end() - 1)
    if tok is None:
        return False
    # The counted noun with its modifiers: "five coastal radar systems", "150 cross-border projects".
    i = tok.i + 1
    sent_end = tok.sent.end
    head = None
    invariant = False  # "12 million Sudanese", "2,000 Chinese work ...": a demonym that is its own plural
    while i < sent_end and i - tok.i <= 6:
        t = doc.nlp[i]
        if t.is_title and t.lower_.endswith(("ese", "swiss")) and country_code(t.text) and (
                i + 1 >= sent_end or doc.nlp[i + 1].tag_ not in {"NNS", "NNPS"}):
            head, invariant = t, True
            break
        if t.pos_ == "NOUN" and t.dep_ != "compound" and not (i + 1 < sent_end and doc.nlp[i + 1].text == "-"):
            head = t
            break
        if (
            not (t.pos_ in {"ADJ", "PROPN", "NOUN", "VERB"} or t.text == "-")
            or t.tag_ == "NNPS"
            and t.dep_ != "compound"
        ):
            if t.pos_ == "PROPN" and t.tag_ == "NNPS":
                head = t  # "15,000 Azerbaijanis"
            break
        i += 1
    if head is None:
        return False
    noun = head.lower_
    demonym = country_code(head.text.rstrip("s")) or (
        head.i > 0 and country_code(f"{doc.nlp[head.i - 1].text} {head.text.rstrip('s')}")  # "Cabo Verdeans"
    )
    if head.text[:1].isupper() and not demonym and not _unit_from_verb(head):
        return False  # "5 Advertising Agencies ...": a headline of a linked story
    value = raw.value
    singular = head.tag_ == "NN" and _miscounted_singular(head, tok, value)
    if head.tag_ not in {"NNS", "NNPS"} and noun not in {"times"} and noun not in _IRREGULAR_PLURALS and not (
            singular or invariant):
        return False
    if noun in u["time_units"]:
        if "." not in m.group("num"):
            return False  # "10 years", "the last two years": a duration ("73.5 years" is a measure)
    if _group_reference(doc, raw, m, head, tok):
        return False
    mods = list(doc.nlp[tok.i + 1 : head.i])
    while mods and (
        mods[0].pos_ == "PROPN" or mods[0].lower_ in _GENERIC_ADJ or country_code(mods[0].text) or mods[0].text == "-"
    ):
        dropped = mods.pop(0)
        if dropped.text != "-" and len(mods) > 1 and mods[0].text == "-":
            mods = mods[2:]  # "Abukuma-class destroyer escorts": the named class goes with its name
    # The unit is the counted noun with its noun compounds ("service members", "housing units"),
    # not its adjectives ("30 major joint projects" counts projects).
    first = head
    while first.i - 1 > tok.i and _unit_compound(doc.nlp[first.i - 1]):
        first = doc.nlp[first.i - 1]
    two_words = f"{doc.nlp[head.i - 1].text} {head.text.rstrip('s')}"
    if head.tag_ == "NNPS" and head.i - 1 > tok.i and country_code(two_words):
        first = doc.nlp[head.i - 1]  # "7,000 Cabo Verdeans": the two-word demonym is the unit
    raw.unit = text[first.idx : head.idx + len(head.text)].lower()
    if singular:
        raw.unit = _plural(raw.unit)
    raw.end = head.idx + len(head.text)
    raw.head = head
    mapped = _unit_from_verb(head)
    if mapped:
        raw.unit = mapped
    return True


_GROUP_DETERMINERS = word_set("amount_words.json", "group_determiners")


def _group_reference(doc: Document, raw: _Raw, m: re.Match[str], head: Token, tok: Token) -> bool:
    """ "the two countries", "the three leaders", "our two governments": a reference to a group the
    text already knows, not a count. Without a determiner a count is new ("three delegations", "two
    neighbouring countries"), except a bare small number of the usual parties ("leaders of two states")."""
    if m.group("qual"):
        return False
    prev = doc.nlp[tok.i - 1] if tok.i > tok.sent.start else None
    while prev is not None and prev.i > tok.sent.start and prev.like_num:
        prev = doc.nlp[prev.i - 1]
    determined = prev is not None and prev.lower_ in _GROUP_DETERMINERS
    referential = head.lower_ in _units()["referential_nouns"]
    if determined and raw.value <= 10:
        if prev.lower_ in {"our", "their", "its", "his", "her", "your"}:
            return referential  # "our two countries"; but "our two branches" are counted
        return referential or prev.lower_ == "the"  # "the five key investors": a known set
    if referential and head.dep_ == "attr":
        return True  # "X and Y are two fraternal peoples": a description of the parties, not a count
    if referential and raw.value <= 3 and head.lower_ in _units()["party_nouns"]:
        return head.i == tok.i + 1  # "two countries" is the pair; "two neighbouring countries" are new
    return False


def _unit_compound(t: Token) -> bool:
    """A noun compound that belongs to the unit ("service members"), not a hyphenated or verbal
    modifier ("closed-door meeting", "neighboring countries" the tagger calls a noun)."""
    return (
        t.dep_ == "compound"
        and t.pos_ == "NOUN"
        and not t.lower_.endswith(("ing", "ed"))
        and not (t.i > 0 and t.nbor(-1).text == "-")
        and t.is_alpha
    )


def _miscounted_singular(head: Token, tok: Token, value: float) -> bool:
    """ "three separate meeting": a count whose noun lost its plural (the number is its nummod)."""
    return (
        value >= 2
        and head.i > tok.i + 1  # a modifier between: "three separate meeting", not "800,000 study"
        and tok.dep_ == "nummod"
        and tok.head.i == head.i
        and head.dep_ != "compound"
        and head.lower_ not in _units()["time_units"]
        and head.is_lower
    )


_INVARIANT = {"aircraft", "spacecraft", "sheep", "fish", "deer", "series", "species", "personnel", "staff", "livestock",
              "cattle", "police", "offspring", "equipment", "headquarters"}


def _plural(unit: str) -> str:
    if unit in _INVARIANT or unit.endswith("craft"):
        return unit  # "20 trainer aircraft"
    if unit.endswith(("s", "x", "ch", "sh")):
        return unit + "es"
    if unit.endswith("y") and unit[-2:-1] not in "aeiou":
        return unit[:-1] + "ies"
    return unit + "s"


_GENERIC_ADJ = word_set("amount_words.json", "generic_adjectives")


def _unit_from_verb(head: Token) -> str | None:
    """ "15,000 Azerbaijanis are studying" counts students; "met 10 times" counts meetings."""
    by_verb = _units()["role_nouns_by_verb"]
    if head.lower_ == "times":
        verb = head.head
        return by_verb.get(verb.lower_) if verb.lower_ in {"met", "meet", "visited"} else None
    if (
        head.pos_ == "PROPN"
        or (head.text[:1].isupper() and head.text.endswith("s"))
        or head.lower_ in {"citizens", "people"}
    ):
        for t in list(head.sent)[head.i - head.sent.start : head.i - head.sent.start + 8]:
            if t.lower_ in {"study", "studying", "studies", "studied"}:
                return "students"
    return None


def _token_at(doc: Document, offset: int) -> Token | None:
    span = doc.nlp.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _may_borrow(doc: Document, r: _Raw) -> bool:
    """A bare number may take a neighbour's unit only when it looks like a count in a list:
    not a decimal, a clock time, a page, article or resolution number, or a measure ("16 px")."""
    quote = doc.text[r.start : r.end]
    before = doc.text[max(0, r.start - 12) : r.start]
    after = doc.text[r.end : r.end + 12].lower()
    if "." in quote or re.search(r"(?:\b[A-Z][a-z]+|\bat|\bNo\.?)\s*$", before):
        return False
    if re.match(r"\s*(?:px|pt|cm|mm|m|km|kg|g|wide|long|high|tall|deep|old|am|pm|a\.m|p\.m)\b", after):
        return False
    word = re.match(r"[\s-]*([a-z]+)", doc.text[r.end : r.end + 20].lower())
    return not (word and word.group(1) in _units()["time_units"])  # "over the past 10 years": a duration


_LEVEL_VERBS = {"reach", "reached", "reaches", "rise", "rose", "risen", "rises", "grow", "grew", "grown", "increased",
                "stand", "stood", "stands", "total", "totalled", "totaled", "totals", "exceed", "exceeded", "exceeds",
                "top", "topped", "number", "numbered", "hit", "climbed", "surpassed"}


_PEAK_NOUNS = {"high", "record", "level", "peak", "total", "maximum", "low"}


def _subject_unit(doc: Document, r: _Raw, counted_only: bool = False) -> str | None:
    """ "arrivals had exceeded 7,000", "the number of Bolivians had risen to nearly 4,500", "... to an all-time
    high of six million": what the level verb's subject counts (with ``counted_only``, only "the number of X").
    Sets ``r.counted_by`` to that subject, whose phrase is then the figure's metric."""
    tok = _token_at(doc, r.num_end - 1) if r.num_end else None
    if tok is None:
        return None
    head = tok.head
    if head.dep_ == "prep" and head.lower_ == "of" and head.head.lower_ in _PEAK_NOUNS and head.head.dep_ == "pobj":
        tok, head = head.head, head.head.head  # "rose to an all-time high of six million": the high's "to"
    verb = head.head if head.dep_ == "prep" and head.lower_ in {"to", "at"} else head
    if tok.dep_ not in {"pobj", "dobj", "attr", "npadvmod"} or verb.lower_ not in _LEVEL_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    counted = subj is not None and subj.lower_ == "number"
    if counted:
        subj = next((x for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children
                     if x.dep_ == "pobj"), None)
    if subj is None or subj.tag_ not in {"NNS", "NNPS"} or (counted_only and not counted):
        return None
    r.counted_by = subj.head.head if counted else subj
    return subj.lower_


def _fill_units(doc: Document, raws: list[_Raw]) -> list[_Raw]:
    """Bare numbers take what a level verb's subject counts ("arrivals exceeded 7,000"), else the unit of a
    neighbour in the same sentence ("150,000 in Russian schools")."""
    out = []
    for i, r in enumerate(raws):
        if r.unit is None and r.shares_scale:
            r.unit = next((o.unit for o in raws[i + 1 :] if o.unit), None)
            if r.unit:
                out.append(r)
            continue
        if r.unit is None and not r.is_money_scale and _may_borrow(doc, r):
            r.unit = _subject_unit(doc, r)
        elif r.unit is None and r.is_money_scale:
            r.unit = _subject_unit(doc, r, counted_only=True)  # "the number of tourists rose to six million"
        if r.unit is None and not r.is_money_scale and not _may_borrow(doc, r):
            continue
        if r.unit is None:
            sent = _token_at(doc, r.start)
            s0, s1 = (sent.sent.start_char, sent.sent.end_char) if sent is not None else (r.start, r.end)
            para_start = doc.text.rfind("\n", 0, r.start) + 1
            before = [o for o in raws[:i] if o.unit and (o.start >= s0 or (r.is_money_scale and o.start >= para_start))]
            after = [o for o in raws[i + 1 :] if o.unit and o.start < s1]
            if r.is_money_scale:
                before = [o for o in before if o.unit.isupper()]
                after = [o for o in after if o.unit.isupper()]
            else:  # "at least 12" near "€450 million" is not money
                before = [o for o in before if not o.unit.isupper()]
                after = [o for o in after if not o.unit.isupper()]
            source = before[-1] if before else (after[0] if after else None)
            if source is None:
                continue
            r.unit = source.unit
        out.append(r)
    return out


# --- metric ---------------------------------------------------------------------------------
# The metric is read off the parse: the counted noun with its modifiers ("schools in Azerbaijan
# working with the Russian language"), the subject of a level verb ("turnover is $4bn"), or a
# change noun for "grew by 11 percent" ("growth of trade turnover in the first nine months").

_CHANGE_NOUNS = load_json("amount_words.json")["change_nouns"]
_INVEST = {"invested", "invest", "invests", "investing"}
_DROP_LEADING = word_set("amount_words.json", "drop_leading")
_MEASURE_UNITS = word_set("units.json", "measure_units")
_IDIOM = re.compile(r"^(?:in fact|in general|in total|in particular|of course|in turn|at least)$")
_TIME_PREPS = word_set("amount_words.json", "time_prepositions")


_IRREGULAR_PARTICIPLES = load_json("amount_words.json")["irregular_participles"]


def _stem(word: str) -> str:
    """The bare verb of an inflected regular form (lower-case): "operates" -> "operate"."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    if w.endswith("ing") and len(w) > 5:
        base = w[:-3]
        if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "ls":
            return base[:-1]  # "planning" -> "plan"
        if base.endswith(("at", "iv", "uc", "rg", "ur", "ag", "ot", "ov", "ib")):
            return base + "e"  # "operating" -> "operate", "receiving" -> "receive"
        return base
    return w


def _participle(verb: Token) -> str:
    """The past participle: "implementing" -> "implemented", "receives" -> "received"."""
    w = verb.lower_
    if w in _IRREGULAR_PARTICIPLES:
        return _IRREGULAR_PARTICIPLES[w]
    if verb.tag_ in {"VBN", "VBD"}:
        return w
    base = _stem(w)
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


def _gerund(verb: Token) -> str:
    """The -ing form of a present verb: "operate" -> "operating", "study" -> "studying"."""
    w = verb.lower_
    if verb.tag_ not in {"VB", "VBP", "VBZ"}:
        return w
    base = _stem(w) if verb.tag_ == "VBZ" else w
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    return base + "ing"


def _phrase(tokens: list[Token], keep_lead: bool = False) -> str:
    toks = sorted({t.i: t for t in tokens if not t.is_space}.values(), key=lambda t: t.i)
    for k in range(1, len(toks)):
        between = toks[0].doc[toks[k - 1].i : toks[k].i + 1]
        if toks[k].is_sent_start or any("\n" in t.text_with_ws for t in between[:-1]):
            toks = toks[:k]  # a phrase never runs into the next sentence or line
            break
    while toks and ((toks[0].lower_ in _DROP_LEADING and not keep_lead) or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].pos_ in {"ADP", "CCONJ", "DET", "PRON", "PART"}):
        toks = toks[:-1]
    out = ""
    for i, t in enumerate(toks):
        out += t.text
        if i + 1 < len(toks):
            out += t.whitespace_ or (" " if toks[i + 1].i != t.i + 1 else "")
    return out.strip(" ,;:–-")


def _np(head: Token, exclude: set[int], right: int = 10) -> list[Token]:
    """A noun phrase: contiguous left modifiers and the right modifiers (up to ``right`` tokens)."""
    left = []
    i = head.i - 1
    while (
        i >= head.sent.start
        and head.doc[i].head.i in {head.i, *(t.i for t in left)}
        and (head.doc[i].dep_ in {"compound", "amod", "nmod", "poss", "case", "det", "nummod", "quantmod", "punct"})
        and not head.doc[i].is_punct
        or (i >= head.sent.start and head.doc[i].text in {"-", "’s", "'s"})
    ):
        left.append(head.doc[i])
        i -= 1
    out = [head, *left]
    for t in head.subtree:
        if t.i <= head.i:
            continue
        if (
            t.i > head.i + right
            or t.text in {",", ";", "(", "–", "—"}
            or t.dep_ in {"relcl", "appos"}
            or (t.dep_ == "cc" and t.head.i == head.i)
        ):
            break
        out.append(t)
    return [t for t in out if t.i not in exclude]


_TIME_WORDS = word_set("amount_words.json", "time_words")


def _is_time(c: Token) -> bool:
    """A time phrase: "in the first nine months of 2017", "last year", "compared to 2020", "by year-end"."""
    if c.lower_ in {"since", "compared", "during", "until", "till"}:
        return True
    words = list(c.subtree)
    if c.lower_ not in _TIME_PREPS | {"by", "on", "at", "within", "through", "throughout"} and c.dep_ == "prep":
        return False
    return any(t.ent_type_ == "DATE" or t.lower_ in _TIME_WORDS for t in words[:8])


def _preps(verb: Token, exclude: set[int], only_time: bool = False) -> list[Token]:
    out: list[Token] = []
    for c in verb.children:
        if c.i in exclude or any(t.i in exclude for t in c.subtree) or (c.i < verb.i and not only_time):
            continue
        if c.dep_ == "prep" and (not only_time or _is_time(c)):
            words = list(c.subtree)
            if c.i < verb.i and words[-1].i + 1 < verb.i and words[-1].nbor(1).text != ",":
                continue  # a fronted phrase is set off by a comma
            out.extend(words[:10])
        elif c.dep_ == "npadvmod" and c.pos_ == "NOUN" and (not only_time or _is_time(c)):
            out.extend(c.subtree)
    return out


def _clause_times(verb: Token, exclude: set[int]) -> list[Token]:
    """Time phrases of the verb, and of the clause a conjoined verb continues ("In May, X grew and Y rose")."""
    out = _preps(verb, exclude, only_time=True)
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        have = {t.i for t in out}
        out += [t for t in _preps(verb.head, exclude, only_time=True) if t.i < verb.head.i and t.i not in have]
    return out


def _subject(verb: Token) -> Token | None:
    """The subject of verb, borrowed from the governing verb for participles and conjuncts."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.lower_ not in {"which", "that", "who", "it", "this"}:
            return subj
        if verb.dep_ in {"advcl", "conj", "xcomp", "relcl", "acl", "ccomp", "prep", "pcomp"} and verb.head.i != verb.i:
            verb = verb.head
        else:
            return subj
    return None


def _climb(token: Token) -> tuple[Token, str | None]:
    """From the amount's head to the verb or noun it measures, and the preposition that links them."""
    prep = None
    t = token
    for _ in range(5):
        if t.dep_ == "pobj":
            prep = t.head.lower_
            t = t.head.head
            if t.dep_ == "conj" and t.pos_ == "ADP":  # "to $5 billion ... and then to $10 billion"
                t = t.head.head
            continue
        if t.dep_ in {"quantmod", "nummod", "advmod", "npadvmod", "amod"} and t.head.pos_ in {
            "NUM",
            "ADV",
            "ADJ",
            "SYM",
        }:
            t = t.head
            continue
        break
    return t, prep


def metric_for(doc: Document, raw: _Raw, others: set[int]) -> tuple[str | None, tuple[int, int] | None]:
    """The noun phrase the amount measures, and its span. ``others``: tokens of the other amounts."""
    measure = raw.unit in _MEASURE_UNITS
    span = doc.nlp.char_span(raw.start, raw.end if measure else (raw.num_end or raw.end), alignment_mode="expand")
    if span is None:
        return None, None
    own = {t.i for t in span} | others
    label = _line_label(doc.text, raw.start)
    if label is not None and not any(label[1][0] <= m.start < label[1][1] for m in doc.mentions):
        # (not a transcript's "Lario: Around 1.2 million households ...": a speaker's label)
        raw.how = "the label its line opens with"
        return label
    if raw.counted_by is not None:
        raw.how = "the subject that counts what it is"
        tokens = _np(raw.counted_by, own, 12)
        return _phrase(tokens) or None, _bounds(tokens)
    tokens = _metric_tokens(doc, raw, span, own)
    if isinstance(tokens, str):
        return tokens, None
    if isinstance(tokens, tuple):
        return tokens[0] or None, _bounds(tokens[1])
    tokens = [t for t in tokens if doc.person_at(t.idx, t.idx + 1) is None]
    if not tokens or all(t.ent_type_ in {"DATE", "TIME"} or not t.is_alpha for t in tokens):
        tokens = _nearest_chunk(doc, span)
        raw.how = "nearest noun phrase before it"
    text = _phrase(tokens)
    return (text or None), _bounds(tokens)


# "Exports to Bangladesh: Rs 6.84 billion (up 31.2 percent)": a table-like line's label and what follows it
_LABEL_LINE = re.compile(r"(?m)^[ \t]*(?:[-•*▪][ \t]*)?(?P<label>[A-Z][\w'’ ,&/()-]{2,60}?)[ \t]*:[ \t]*"
                         r"(?P<rest>[^\n]*)")
_LABEL_CHANGE = re.compile(r"\(\s*(?P<dir>up|down)\s+(?:by\s+)?$", re.IGNORECASE)


def _line_label(text: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """The metric a label line gives its figure ("Exports to Bangladesh: Rs 6.84 billion"), and "growth of" it
    for a change in brackets after the figure ("(up 31.2 percent)")."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _LABEL_LINE.match(text, line_start)
    if m is None or start < m.start("rest") or len(m.group("label").split()) > 8:
        return None
    label = m.group("label").strip()
    if re.search(r"\b(?:said|says|told|noted|added|stated)\b", label) or label.isupper():
        return None  # a speaker's label ("Minister X said:", "MR PRICE:"), not a measure's
    before = text[m.start("rest") : start]
    span = (m.start("label"), m.start("label") + len(label))
    if not before.strip():
        return label, span
    change = _LABEL_CHANGE.search(before)
    if change and re.fullmatch(r"[^()]*?\d[^()]*?\s*", before[: change.start()]):
        change_noun = "growth" if change.group("dir").lower() == "up" else "decline"
        return f"{change_noun} of {label[:1].lower()}{label[1:]}", span
    return None


def _nearest_chunk(doc: Document, span) -> list[Token]:
    """Fallback: the closest noun phrase before the number in its sentence (not a person or a date)."""
    best = None
    for chunk in span.sent.noun_chunks:
        if chunk.end_char > span.start_char:
            break
        if (
            chunk.root.pos_ == "NOUN"
            and chunk.root.ent_type_ not in {"DATE", "TIME", "PERSON", "MONEY", "PERCENT"}
            and (not any(t.like_num for t in chunk))
        ):
            best = chunk
    return list(best) if best is not None else []


def _metric_tokens(doc: Document, raw: _Raw, span, own: set[int]) -> list[Token] | str:
    head = raw.head
    if head is None and raw.unit in {"times", "nations"} or (head is None and raw.end > (raw.num_end or raw.end)):
        after = doc.nlp.char_span(raw.end, raw.end + 1, alignment_mode="expand")
        if after is not None and len(after) and after[0].pos_ in {"NOUN", "PROPN"}:
            noun = after[0]
            while noun.dep_ == "compound" and noun.head.i > noun.i:
                noun = noun.head
            return _np(noun, own)  # "a five-fold jump in trade", "the six-nation alliance"
    if head is not None and head.lower_ == "times" and raw.unit != "times":
        # "the two leaders have met 10 times since 2019": meetings between the subject's people
        verb = head.head
        subj = _subject(verb)
        rest = _phrase((_np(subj, own, 6) if subj is not None else []) + _preps(verb, own, only_time=True))
        return f"{raw.unit} between {rest}" if rest else raw.unit
    if head is not None and raw.unit not in _MEASURE_UNITS:
        tokens = _np(head, own)
        verb = head.head
        if (head.dep_ in {"nsubj", "nsubjpass"} or (head.dep_ == "dep" and verb.pos_ == "VERB")) and verb.pos_ in {
            "VERB",
            "AUX",
        }:
            # "900 Russian companies operate in Azerbaijan" -> "Russian companies operating in Azerbaijan"
            raw.how = f"counted noun, subject of {verb.lower_!r}"
            obj = [t for c in verb.children if c.dep_ in {"dobj", "attr"} for t in _np(c, own, 6)]
            every = [t for c in verb.children if c.dep_ == "prep" for t in list(c.subtree)[:8] if t.i not in own]
            if verb.lower_ in {"be", "is", "are", "was", "were"}:
                return tokens + obj + every
            form = _participle(verb) if head.dep_ == "nsubjpass" else _gerund(verb)
            return _joined(tokens, form, obj + every)
        if head.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lower_ not in _LIGHT_VERBS:
            # "we received 200,000 doses of the vaccine from X" -> "doses of the vaccine received from X"
            raw.how = f"counted noun, object of {verb.lower_!r}"
            after = [c for c in verb.children if c.dep_ == "prep" and c.i > head.i and not _is_time(c)]
            after = [c for c in after if c.lower_ != "according" and not any(t.i in own for t in c.subtree)][:1]
            subj = _subject(verb)
            agent = ""
            if subj is not None and subj.pos_ == "PROPN" and subj.i < verb.i:
                agent = "by " + _phrase(_np(subj, own, 4))
            rest = [t for c in after for t in list(c.subtree)[:8]]
            return _joined(tokens, _participle(verb), rest, agent)
        if head.dep_ == "dobj":  # "the British have 9,100 service members in the country"
            raw.how = "counted noun with its preposition phrases"
            after = [c for c in verb.children if c.dep_ == "prep" and c.i > head.i and not _is_time(c)]
            after = [c for c in after if c.lower_ != "according" and not any(t.i in own for t in c.subtree)][:1]
            return tokens + [t for c in after for t in list(c.subtree)[:8]]
        if head.dep_ == "pobj" and verb.head.pos_ == "VERB" and verb.lower_ in {"to", "by", "for", "among"}:
            gov = verb.head
            if verb.lower_ == "by" and gov.lower_ in _CHANGE_NOUNS:  # "expand the range by 40 types"
                obj = next((c for c in gov.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    return f"{_CHANGE_NOUNS[gov.lower_]} of {_phrase(_np(obj, own))}"
            if len(tokens) <= 2:  # "assigned to almost 11 million children"
                subj = _subject(gov)
                return tokens + [gov] + (_np(subj, own, 6) if subj is not None else [])
        return tokens
    root = span.root
    nxt = doc.nlp[span.end] if span.end < len(doc.nlp) else None
    if raw.unit == "percent" and root.head.pos_ == "NOUN" and root.head.i > root.i and root.dep_ != "pobj":
        noun = root.head  # "13 percent growth (in the first half of the year)"
        extra = _preps(noun.head, own, only_time=True) if noun.dep_ in {"attr", "dobj", "nsubj"} else []
        return _np(noun, own) + extra
    if (
        root.dep_ in {"nummod", "compound", "amod", "nmod", "quantmod"}
        and root.head.pos_ == "NOUN"
        and root.head.i > root.i
        and root.head.i - span.end <= 4
        and all(t.pos_ in {"ADJ", "NOUN", "PROPN"} or t.text == "-" for t in doc.nlp[span.end : root.head.i])
        and root.head.ent_type_ not in {"DATE", "TIME"}
    ):
        raw.how = f"the noun it modifies, {root.head.lower_!r}"
        return _np(root.head, own)  # "their $59 billion annual defense budget", "a $100 billion trade target"
    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and nxt.ent_type_ not in {"DATE", "TIME", "PERSON"}:
        while nxt.dep_ == "compound" and nxt.head.i > nxt.i:
            nxt = nxt.head
        return _np(nxt, own)  # "$500 Bn Trade Target"
    if head is None and not raw.unit.isupper() and raw.unit != "percent":
        preps = [
            c for c in root.children if c.dep_ == "prep" and not _IDIOM.match(" ".join(t.lower_ for t in c.subtree))
        ]
        return [t for c in preps for t in c.subtree]  # "150,000 in Russian schools"
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is not None:  # "70 percent of Azerbaijani exports to Russia", "$1 billion of financing"
        np = _phrase(_np(obj, own, 12))
        return ("share of " + np if raw.unit == "percent" else np) if np else []
    for c in root.children:  # "A$200 million in new funding for ...", "$2 trillion won in loans"
        if c.dep_ == "prep" and c.lower_ == "in" and raw.unit.isupper():
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and obj.ent_type_ not in {"DATE", "TIME", "GPE"}:
                return _np(obj, own, 12)
    anchor, prep = _climb(root)
    if anchor.lower_ == "worth":  # "projects worth Rs 2,000 crore"
        before = doc.nlp[anchor.i - 1]
        noun = before if before.pos_ in {"NOUN", "PROPN"} else anchor.head
        return _np(noun, own | {anchor.i}) if noun.pos_ == "NOUN" else []
    if anchor.pos_ == "NOUN" and prep == "of":  # "a drop of more than 10 percent (last year)"
        extra = _preps(anchor.head, own, only_time=True) if anchor.dep_ in {"attr", "dobj", "nsubj"} else []
        return _np(anchor, own) + extra
    if anchor.pos_ not in {"VERB", "AUX"}:
        anchor = anchor.head if anchor.head.pos_ in {"VERB", "AUX"} else anchor
    if anchor.pos_ not in {"VERB", "AUX"}:
        return []
    verb = anchor
    if verb.lower_ in _TOTALLING and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        raw.how = f"{verb.lower_!r} of the noun it describes"
        described = verb.head
        while described.dep_ in {"conj", "pobj"}:  # "30 projects in the field of A, B and C totaling ..."
            up = described.head if described.dep_ == "conj" else described.head.head
            if up.pos_ not in {"NOUN", "PROPN"} or up is described:
                break
            described = up
        noun = _np(described, own | {t.i for t in verb.subtree}, 0)
        return f"total value of {_phrase(noun)}", noun  # "30 projects ... totaling $5.3 billion"
    subj = _subject(verb)
    dobj = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in own), None)
    if root.dep_ in {"nsubj", "nsubjpass"}:  # "Six billion are Russian investments in ..."
        attr = next((c for c in verb.children if c.dep_ in {"attr", "dobj"}), None)
        raw.how = f"subject of {verb.lower_!r}: its complement"
        if attr is not None:
            return _np(attr, own, 12)
        return [verb] + _preps(verb, own, only_time=True)
    times = _clause_times(verb, own)
    when = _phrase(times, keep_lead=True)
    if verb.lower_ in _INVEST:  # "Russia has invested $4.5 billion in X" -> "Russian investment in X"
        raw.how = f"investor and place of {verb.lower_!r}"
        places = [t for t in _preps(verb, own) if t not in times]
        who = _investor(doc, subj, own) if subj is not None and subj.pos_ != "PRON" else ""
        words = [who[0] if who and who[1] else "", "investment", "" if not who or who[1] else f"of {who[0]}"]
        text = " ".join(x for x in (*words, _phrase(places, keep_lead=True), when) if x)
        return text, places + times
    if subj is not None and (doc.person_at(subj.idx, subj.idx + 1) is not None or subj.ent_type_ in {"GPE", "NORP"}):
        subj = None  # "Modi pledged to raise trade to $500 billion", "Seoul would provide ...": not the metric
    change = _CHANGE_NOUNS.get(verb.lower_) if prep != "to" else None
    if change in {"cut", "reduction", "decline", "decrease"} and root.dep_ == "dobj":
        # "plans to trim $487 billion from the budget": the cut is to what it is taken from
        source = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"from", "out", "of"}), None)
        while source is not None and not any(x.dep_ == "pobj" for x in source.children):
            source = next((c for c in source.children if c.dep_ == "prep"), None)
        pobj = next((x for x in source.children if x.dep_ == "pobj"), None) if source is not None else None
        if pobj is not None:
            dobj = pobj
    target = dobj if dobj is not None and (change or subj is None or prep in {"to", "by"}) else subj
    target_np = _np(target, own, 8) if target is not None and target.pos_ != "PRON" else []
    what = _owner_prefix(target, verb, own) + _phrase(target_np)
    if change:
        raw.how = f"change verb {verb.lower_!r}: {change} of its " + ("object" if target is dobj else "subject")
        planned = "planned " if verb.dep_ == "xcomp" and verb.head.lower_ in _INTENT else ""
        head = f"{planned}{change} of {what}" if what else planned + change
        return " ".join(x for x in (head, when) if x), target_np + times
    raw.how = f"level verb {verb.lower_!r}: its " + ("object" if target is dobj else "subject")
    return " ".join(x for x in (what, when) if x), target_np + times


_TOTALLING = {"totaling", "totalling", "valued", "costing", "amounting", "estimated"}

_INTENT = word_set("amount_words.json", "intent_words")


def _owner_prefix(target: Token | None, verb: Token, own: set[int]) -> str:
    """ "X grew and its turnover increased": "its" is X ("X turnover")."""
    if target is None or not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in target.children):
        return ""
    if verb.dep_ != "conj":
        return ""
    owner = _subject(verb.head)
    if owner is None or owner.pos_ not in {"NOUN", "PROPN"}:
        return ""
    return _phrase(_np(owner, own, 0)) + " "


@lru_cache(maxsize=1)
def _demonym_of() -> dict[str, str]:
    """ISO code -> adjective ("RU" -> "Russian"), from the demonym list."""
    out: dict[str, str] = {}
    for word, code in load_json("demonyms.json").items():
        if " " in word or word.endswith("s") or not word.endswith(("an", "ese", "ish", "i", "ch", "ic")):
            continue
        if code not in out or len(word) < len(out[code]):
            out[code] = word
    return out


def _investor(doc: Document, subj: Token, own: set[int]) -> tuple[str, bool] | None:
    """Who invests: a country as its adjective ("Russian", True) or a noun phrase ("Indian firms", False)."""
    if subj.ent_type_ in {"GPE", "NORP"} or subj.pos_ == "PROPN":
        code = country_code(subj.text)
        adj = _demonym_of().get(code) if code else None
        if adj:
            return adj[0].upper() + adj[1:], True
    np = _phrase(_np(subj, own, 6))
    return (np, False) if np else None


_LIGHT_VERBS = word_set("amount_words.json", "light_verbs")


def _joined(noun: list[Token], verb: str, rest: list[Token], tail: str = "") -> tuple[str, list[Token]]:
    """ "doses of the vaccine" + "received" + "from Russia": a noun with a participle, in that order."""
    text = " ".join(x for x in (_phrase(noun), verb, _phrase(rest), tail) if x)
    return text, noun + rest


def _bounds(tokens: list[Token]) -> tuple[int, int] | None:
    toks = [t for t in tokens if not t.is_space]
    if not toks:
        return None
    return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)


# --- speaker --------------------------------------------------------------------------------
# The figure's speaker is the speaker of the turn around it; failing that, the reporting clause of
# its own sentence (", X said", "X noted that", "according to X") or of the quotation it stands in
# ("“... $25 billion. ...,” the spokesman said"). A pronoun or a role noun ("he", "the minister")
# is the nearest person named before it. A figure the article states itself has no speaker.

_QUOTE_OPEN = '"“«„'
_QUOTE_CLOSE = '"”»“'
_PRONOUNS = {"he", "she"}


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return frozenset(w for w in load_lines("speech_verbs.txt") if w and not w.startswith("#"))


def _speaker(doc: Document, r: _Raw) -> tuple[str | None, str]:
    for u in doc.utterances:
        if u.start <= r.start < u.end and u.speaker:
            return u.speaker, f"turn of {u.speaker}"
    tok = _token_at(doc, r.start)
    if tok is None:
        return None, "no speaker"
    who = _reporting_clause(doc, tok.sent, tok)
    if who:
        return who, "reporting clause of its sentence"
    quote_end = _enclosing_quotation(doc.text, r.start)
    if quote_end is not None:
        while quote_end < len(doc.text) and doc.text[quote_end] in " ,\u00a0":
            quote_end += 1
        after = _token_at(doc, quote_end)
        if after is not None:
            who = _reporting_clause(doc, after.sent, None, after_char=quote_end)
            if who:
                return who, "reporting clause after its quotation"
    return None, "stated by the article"


def _reporting_clause(doc: Document, sent, tok: Token | None, after_char: int | None = None) -> str | None:
    """The person whose speech verb governs ``tok`` (or, after a quotation, any speech verb there)."""
    for t in sent:
        if after_char is not None and t.idx < after_char:
            continue
        if t.lower_ == "according" and t.i + 1 < sent.end and t.nbor(1).lower_ == "to":
            obj = next((c for c in t.nbor(1).children if c.dep_ == "pobj"), None)
            if obj is not None and (tok is None or tok not in list(obj.subtree)):
                who = _resolve(doc, obj)
                if who:
                    return who
        if t.lower_ not in _speech_verbs() or t.pos_ not in {"VERB", "AUX"}:
            continue
        subj = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None:
            continue
        if tok is not None:
            if tok in list(subj.subtree):
                continue
            if not (t.dep_ == "ROOT" or t in list(tok.ancestors)):
                continue
        who = _resolve(doc, subj)
        if who:
            return who
    return None


def _resolve(doc: Document, np: Token) -> str | None:
    """The person a subject names: a name mention, or "he"/"the minister" -> the nearest named before."""
    span = list(np.subtree)
    start, end = span[0].idx, span[-1].idx + len(span[-1].text)
    p = doc.person_at(start, end)
    if p is not None:
        return p.name
    role = np.lower_
    if np.pos_ == "PRON" and role not in _PRONOUNS:
        return None
    if np.pos_ not in {"PRON", "NOUN", "PROPN"}:
        return None
    if np.pos_ != "PRON" and not any(role in (pp.title or "").lower() for pp in doc.people) and role not in _ROLE_NOUNS:
        return None
    best, best_subject = None, None
    for m in doc.mentions:
        if m.end > start or not (np.pos_ == "PRON" or role in (m.person.title or "").lower() or role in _ROLE_NOUNS):
            continue
        if best is None or m.start > best.start:
            best = m
        if _is_subject(doc, m.start) and (best_subject is None or m.start > best_subject.start):
            best_subject = m  # "said President X during a meeting with Y": he is X
    chosen = best_subject or best
    return chosen.person.name if chosen is not None else None


def _is_subject(doc: Document, offset: int) -> bool:
    t = _token_at(doc, offset)
    for _ in range(4):
        if t is None:
            return False
        if t.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if t.dep_ not in {"compound", "flat", "appos", "conj"} and not (t.dep_ == "pobj" and t.head.lower_ == "of"):
            return False
        t = t.head if t.dep_ != "pobj" else t.head.head
    return False


_ROLE_NOUNS = word_set("amount_words.json", "role_nouns")


def _enclosing_quotation(text: str, pos: int) -> int | None:
    """Where the quotation holding ``pos`` closes, within its paragraph; None outside quotations."""
    para_start = text.rfind("\n", 0, pos) + 1
    para_end = text.find("\n", pos)
    para_end = len(text) if para_end < 0 else para_end
    opened = None
    i = para_start
    while i < pos:
        c = text[i]
        if opened is None and c in _QUOTE_OPEN and (i == para_start or not text[i - 1].isalnum()):
            opened = i
        elif opened is not None and c in _QUOTE_CLOSE and (i + 1 >= len(text) or not text[i + 1].isalnum()):
            opened = None
        i += 1
    if opened is None and text[para_start : para_start + 1] not in _QUOTE_OPEN:
        return None
    for j in range(pos, para_end):
        if text[j] in _QUOTE_CLOSE and (j + 1 >= len(text) or not text[j + 1].isalnum()):
            return j + 1
    return None


# A metric that names the previous figure's measure only by reference ("growth of this indicator", "the figure").
_ANAPHORIC_METRIC = re.compile(r"\b(?:this |that |the )?(?:indicator|figure)\b", re.IGNORECASE)


def _core_metric(metric: str) -> str:
    """ "growth of trade turnover in 2017" -> "trade turnover": what a later "this indicator" stands for."""
    core = re.sub(r"^(?:growth|increase|decrease|decline|rise|fall|volume|share|level) of (?:the )?", "", metric,
                  flags=re.IGNORECASE)
    return re.split(r"\s+(?:in|for|during|by|since|at|last|this)\b", core, maxsplit=1)[0]


@component("amounts", requires=("utterances", "tokens"), assigns=("amounts",))
def annotate(doc: Document) -> None:
    raws = _fill_units(doc, _find(doc))
    spans = [doc.nlp.char_span(r.start, r.num_end or r.end, alignment_mode="expand") for r in raws]
    metrics: dict[int, tuple[str | None, tuple[int, int] | None]] = {}
    previous_metric: str | None = None
    for i, r in enumerate(raws):
        others = {t.i for j, sp in enumerate(spans) if j != i and sp is not None for t in sp}
        metrics[id(r)] = metric_for(doc, r, others)
    for r in raws:
        metric, metric_span = metrics[id(r)]
        if r.range_of is not None:
            metric, metric_span = metrics[id(r.range_of)]
        if metric is None and r.head is None:  # "304, ... even more, 340 schools": the neighbour's metric
            near = [o for o in raws if o is not r and o.unit == r.unit and abs(o.start - r.start) < 120]
            if near:
                metric, metric_span = metrics[id(near[0])]
                r.how = "a neighbouring figure's metric"
        if r.head is None and metric and not r.unit.isupper() and r.unit not in {"percent", "times"} and (
                r.counted_by is None):
            metric = f"{r.unit} {metric}"  # a bare number that borrowed its unit: "150,000 in Russian schools"
        if metric and previous_metric and _ANAPHORIC_METRIC.search(metric):
            # "growth of this indicator": what the figure before it measured
            metric = _ANAPHORIC_METRIC.sub(previous_metric, metric, count=1)
            r.how = "the previous figure's metric for 'this indicator'"
        if metric and not _ANAPHORIC_METRIC.search(metric):
            previous_metric = _core_metric(metric)
        speaker, heard = _speaker(doc, r)
        how = r.how or ("its parse" if metric else "no metric found")
        if r.range_of is not None:
            how = "the range's first figure"
        via = (
            "amounts.money"
            if r.unit and r.unit.isupper()
            else "amounts.percent"
            if r.unit == "percent"
            else "amounts.count"
        )
        doc.amounts.append(
            Amount(
                start=r.start,
                end=r.end,
                quote=doc.text[r.start : r.end],
                value=r.value,
                unit=r.unit or "",
                qualifier=r.qualifier,
                metric=metric,
                speaker=speaker,
                metric_span=metric_span,
                via=via,
                evidence=f"metric: {how}; speaker: {heard}",
            )
        )
