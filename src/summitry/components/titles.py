"""Titles: the office a text gives a person ("Deputy Prime Minister and Minister of Foreign Affairs"),
read before or after the name, cleaned of honorifics and of the state, and the state it implies.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from ..doc import Document, Person
from ..resources import load_json, load_lines, word_set
from .dates import WEEKDAYS, dateline_end
from .places import REGION_WORDS, country_code, find_city, fold

# Title words that open an office ("Third Vice President") but are none alone ("Second Thomas Shoal").
ORDINALS = frozenset({"first", "second", "third"})
# Words after a capitalised name that show it is part of an institution's name.
FACILITY_HEADS = word_set("people_words.json", "facility_heads")


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    return frozenset(load_lines("titles.txt"))


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    return frozenset(load_lines("role_heads.txt"))


@lru_cache(maxsize=1)
def _honorifics() -> tuple[tuple[str, ...], ...]:
    """Honorific forms as word tuples, longest first ("his royal highness", "h. e.", "sheikh")."""
    forms = {tuple(h.split()) for h in load_lines("person_honorifics.txt")}
    return tuple(sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=1)
def honorific_words() -> frozenset[str]:
    return frozenset(w for form in _honorifics() for w in form)


@lru_cache(maxsize=1)
def institutions() -> dict[str, str]:
    """Institution name -> state, longest names first ("Milli Majlis" is tried before "Majlis")."""
    found = {k: v for k, v in load_json("institutions.json").items() if not k.startswith("_") and v}
    return dict(sorted(found.items(), key=lambda x: -len(x[0])))


@lru_cache(maxsize=1)
def _honorifics_by_first() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    """The forms by their first word (longest first), and multi-word forms written as one ("h.e.")."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in _honorifics():
        by_first.setdefault(form[0], []).append(form)
    joined = frozenset("".join(form) for form in _honorifics() if len(form) > 1)
    return {k: tuple(v) for k, v in by_first.items()}, joined


def honorific_length(words: list[str]) -> int:
    """How many of ``words`` (from the start) form an honorific ("His Highness", "H. E.", "Dr.")."""
    if not words:
        return 0
    if words[0] == "HE":
        return 1 + honorific_length(words[1:])  # "HE Mr. X": His Excellency (never the pronoun, in capitals)
    first = fold(words[0]).rstrip(",")
    by_first, joined = _honorifics_by_first()
    forms = by_first.get(first)
    if forms:
        low = [first] + [fold(w).rstrip(",") for w in words[1 : max(len(f) for f in forms)]]
        for form in forms:
            if tuple(low[: len(form)]) == form:
                return len(form)
    return 1 if first in joined else 0  # "H.E." written without the space


# After a comma inside a title: more portfolios joined by "and" ("..., International Trade and Worship").
PORTFOLIO_LIST = re.compile(r"[ \t]+(?:[A-Z][\w'’-]*,?[ \t]+){1,4}(?:and|&)[ \t]+(?:(?:a|an)[ \t]+)?[A-Z]")


# Words of ministry and agency names, never of a person's name.
OFFICE_WORDS = frozenset(load_lines("office_words.txt"))


# "The Minister of Mines and Minerals Development has received ...": an office with its portfolio, no name
LEAD_OFFICE = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w'’-]*[ \t]+){0,3}(?:Minister|Secretary|Commissioner|Governor|Chairman|Chairperson|Speaker)"
    r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:and(?=[ \t]+[A-Z])|of|the|[A-Z][\w'’-]*))*)")


def office_of(m: re.Match) -> str:
    """The office a lead names, without the connectors its pattern ran on to ("Minister of Trade and")."""
    return re.sub(r"(?:[ \t]+(?:and|of|the))+$", "", m.group(1))


def label_title(doc: Document, end: int) -> tuple[str, str | None, tuple[int, int]] | None:
    """A transcript label's bracketed role: "MS. X (Chief Director, Consular Services):"."""
    m = re.match(r"[ \t]*\(([^()\n]{2,80})\)[ \t]*:", doc.text[end : end + 90])
    if m is None or not any(is_title_word(w.lower().strip(",")) for w in m.group(1).split()):
        return None
    title, country = clean_title(m.group(1))
    return (title, country, (end + m.start(1), end + m.end(1))) if title else None


def title_below(doc: Document, end: int) -> tuple[str, str | None, tuple[int, int]] | None:
    """ "The Hon Dr Jim Chalmers MP" over "Treasurer": a minister's site header, the office on the line below."""
    text = doc.text
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip(" ,") not in {"", "MP", "M.P.", "MP,", "QC", "KC"} or (
            text.count("\n", 0, end) > 4):  # (a header's lines)
        return None
    nxt_end = text.find("\n", line_end + 1)
    line = text[line_end + 1 : len(text) if nxt_end < 0 else nxt_end]
    words = line.split()
    if not words or len(words) > 8 or not is_title_word(words[0].lower()) or any(
            not (w[:1].isupper() or w.lower() in _CONNECTORS) for w in words):
        return None
    title, country = clean_title(line.strip())
    start = line_end + 1 + (len(line) - len(line.lstrip()))
    return (title, country, (start, start + len(line.strip()))) if title else None


def in_headline(text: str, pos: int) -> bool:
    """A short line without sentence punctuation at its end: a headline, tag line or caption."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return len(line) < 160 and not line.endswith((".", "!", "?", ":", '"', "”", "’", "'", ")"))


def institution_country(title: str) -> str | None:
    """ "White House spokesman", "Pentagon Press Secretary": the state the institution belongs to."""
    low = fold(title)
    for name, code in institutions().items():
        if re.search(rf"(?<![a-z]){re.escape(name)}(?![a-z])", low):
            return code
    return None


def country_around(doc: Document, start: int, end: int) -> str | None:
    """ "Iran's Abdolreza Rahmani Fazli", "Iranian Abdolreza ...", "Igor Popov (Russia)", "Mariano Rajoy of Spain"."""
    text = doc.text
    m = re.match(r"\s*\(([^()\n]{2,40})\)", text[end : end + 45])
    if m and country_code(m.group(1).strip()):
        return country_code(m.group(1).strip())
    m = re.match(r"\s+of\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})", text[end : end + 60])
    if m:
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            code = country_code(" ".join(words[:n]))
            if code:
                return code
    m = re.search(r"([A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)(?:['’]s)?[ \t]+$", text[max(0, start - 40) : start])
    if m and not doc.person_at(start - len(m.group(0)), start - len(m.group(0)) + 1):
        words = m.group(1).split()
        for n in range(len(words)):
            code = country_code(" ".join(words[n:]))
            if code:
                return code
    return None


def country_nearby(doc: Document, start: int, taken: list[tuple[int, int]]) -> str | None:
    """A country adjective earlier in the sentence, outside another person's title: "a Russian delegation,
    including ... X"."""
    span = doc.nlp.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    sent_start = span.sent.start
    floor = dateline_end(doc)
    for i in range(span.start - 1, sent_start - 1, -1):
        t = doc.nlp[i]
        if t.idx < floor:
            break  # "Abuja [Nigeria], July 2 (ANI): Minister X": where the story is filed, not whose X is
        if t.text in _QUOTE_MARKS:
            break  # the words of a quotation before "X said": not where X is from
        if not t.text[:1].isupper():
            continue
        code = country_code(t.text)
        if code is not None and ((i > 0 and doc.nlp[i - 1].text in _DASHES)
                                 or (i + 1 < len(doc.nlp) and doc.nlp[i + 1].text in _DASHES)):
            continue  # "the India-Nigeria partnership": both sides
        if code is not None and t.dep_ == "pobj" and t.head.head.pos_ in {"VERB", "AUX"}:
            continue  # "wants to import cattle from Australia, Minister X said": where, not whose
        if code is None or doc.person_at(t.idx, t.idx + 1) is not None or any(s <= t.idx < e for s, e in taken):
            continue
        head = t.head
        if (head.dep_ in {"nsubj", "nsubjpass"} and head.i != t.i and is_title_word(head.lower_)
                and not span.root.is_ancestor(head) and span.root not in head.subtree):
            continue  # "The Senegalese minister also held talks with ... X": another person's adjective
        subject = next((a for a in [t, *t.ancestors] if a.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.i != t.i and span.root not in subject.subtree and not any(
                span.root.i == a.i for a in subject.ancestors) and subject.head.lower_ not in _MEMBERSHIP_VERBS:
            continue  # "The Indonesian delegation was received by X": the adjective of the other party
            # (but "The Estonian delegation included X", "was led by X": one of its own)
        return code
    return None


_DASHES = {"-", "–", "—"}
_QUOTE_MARKS = {'"', "“", "”", "''", "``"}


def is_title_word(low: str) -> bool:
    titles = title_words()
    return (
        low in titles
        or (low.endswith("s") and low[:-1] in titles)
        or (low.endswith("ies") and low[:-3] + "y" in titles)
    )


def _acronym_in_title(t: Token, toks: list[Token]) -> bool:
    """ "OSCE Minsk Group Co-Chairs", "Russian Railways JSC": a short upper-case name part of an office
    (not a dateline city or country, nor an agency before a dash)."""
    # (longer after a connector: "Minister of Foreign and CARICOM Affairs")
    longer = t.i > 0 and t.doc[t.i - 1].lower_ in {"and", "of", "for"} and len(t.text) <= 8
    if (len(t.text) > 5 and not longer) or find_city(t.text) or "\n" in t.text_with_ws:
        return False
    if t.i > 0 and t.doc[t.i - 1].lower_ == "of":
        return True  # "The Secretary-General of ASEAN, X"
    return not toks or (toks[-1].text[:1].isupper() and toks[-1].is_alpha)


_APPOS_STOP = {",", ";", ".", "(", ")", ":", "!", "?", '"', "“", "”", "—", "|"}


def _name_follows(doc: Document, pos: int) -> bool:
    """A person's name (after any honorific, "H. E.") starts at ``pos``, past spaces."""
    while True:
        m = re.match(r"\s*(\S+(?:\s+\S+){0,2})", doc.text[pos : pos + 60])
        if not m:
            return False
        words = m.group(1).split()
        n = honorific_length(words)
        if not n:
            start = pos + m.start(1)
            return doc.person_at(start, start + 1) is not None
        pos += m.start(1) + len(" ".join(words[:n]))


def title_after(doc: Document, start: int, end: int) -> tuple[str, str | None, tuple[int, int]] | None:
    """An apposition after the name: "Almazid Mohammed, Vice-Minister for Defence,", "Hamad bin Khalifa,
    the emir of Qatar,", "Wang Yi, a member of the Political Bureau ... and director of the Office ..."."""
    text = doc.text
    # ("Prince Khalid bin Salman [bin Abdulaziz], Minister of ...": the rest of a name the gazetteer knows shorter)
    rest = re.match(r"(?:[ \t]+(?:bin|bint|ibn|ben)[ \t]+[A-Z][\w'’-]+){1,3}(?=,)", text[end : end + 80])
    end += rest.end() if rest else 0
    # (", who is also Deputy Prime Minister,", ", the newly appointed Minister of Defence,": the office itself)
    m = re.match(r",[ \t]*(?:who\s+(?:is|was|also\s+serves\s+as|serves\s+as)\s+(?:also\s+)?)?"
                 r"(?:(?:the\s+)?(?:newly|recently)[ -](?:appointed|elected)\s+)?", text[end : end + 80])
    if not m:
        return None
    span = doc.nlp.char_span(end + m.end(), end + m.end() + 1, alignment_mode="expand")
    if span is None:
        return None
    titles = title_words()
    toks: list[Token] = []
    i = span.start
    while i < len(doc.nlp) and len(toks) < 30:
        t = doc.nlp[i]
        if t.text == "," and toks and PORTFOLIO_LIST.match(text, t.idx + 1):
            toks.append(t)  # "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad": one title
            i += 1
            continue
        if t.text in _APPOS_STOP or t.text[:1] in _APPOS_STOP or t.is_space or t.pos_ in {
                "VERB", "AUX", "PRON", "NUM", "SCONJ"}:
            break  # (spaCy reads "):" as one token, an emoticon)
        if doc.person_at(t.idx, t.idx + len(t.text)) is not None:
            return None  # "Putin, President Xi Jinping": the next person's title
        toks.append(t)
        if "\n" in t.whitespace_ + (doc.nlp[i + 1].text if i + 1 < len(doc.nlp) else ""):
            break
        i += 1
    if i < len(doc.nlp) and doc.nlp[i].text == "," and _name_follows(doc, doc.nlp[i].idx + 1):
        return None  # "..., the Minister for Foreign Affairs, Simeon Oyono Esono": the next person's title
    while toks and toks[0].lower_ in {"the", "a", "an"}:
        toks = toks[1:]
    while toks and (
        toks[-1].lower_ in _CONNECTORS | {"-", "–", "who", "which"} or toks[-1].pos_ in {"ADP", "DET", "CCONJ"}
    ):
        toks = toks[:-1]
    # "X, Norway's foreign minister,", "X, the Norwegian Minister of Foreign Affairs,": the state, then the office
    lead = 2 if len(toks) > 2 and toks[1].text in {"'s", "’s"} else 1
    if len(toks) > lead and country_code(toks[0].text) and toks[0].text[:1].isupper() and (
            toks[lead].lower_ in titles or toks[lead].lower_ in _role_heads()):
        code = country_code(toks[0].text)
        s, e = toks[lead].idx, toks[-1].idx + len(toks[-1].text)
        title, country = clean_title(text[s:e])
        return (title, country or code, (toks[0].idx, e)) if title else None
    head = 1 if len(toks) > 1 and toks[0].lower_ in _OFFICE_MODIFIERS else 0  # "Federal Minister for ..."
    if not head and not (toks and (toks[0].lower_ in titles or toks[0].lower_ in _role_heads())):
        # "X, Official Spokesperson:", "X, Public Information Officer": capitalised words that qualify the office
        head = next((k for k in (1, 2) if len(toks) > k and all(x.is_title and x.is_alpha for x in toks[:k])
                     and (toks[k].lower_ in titles or toks[k].lower_ in _role_heads())), 0)
    if not toks or not toks[0].text.isalpha() or not (
            toks[head].lower_ in titles or toks[head].lower_ in _role_heads()):
        return None
    if toks[0].lower_ == "counterpart":
        return None
    if toks[head].lower_ in _BODIES and not any(
            t.lower_ in OFFICE_HEADS or t.lower_.startswith("spokes") for t in toks):
        return None  # "..., the Ministry of Economy told the agency": a body, the source of the report
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    title, country = clean_title(text[s:e])
    # "- Habtamu X, Minister of Water and Energy, Ethiopia": the state after the office, ending the line or clause
    state = re.match(r",[ \t]*([A-Z][\w'’ -]{2,30}?)(?=[ \t]*(?:\n|$|;|\.|,[ \t]*who\b))", text[e : e + 50])
    country = country or (country_code(state.group(1)) if state else None)
    return (title, country, (s, e)) if title else None


# Offices held with a portfolio after a comma: "Deputy Prime Minister, Minister of National Defense X"
_DUAL_OFFICE = re.compile(r"\b(?:(?:First|Second)\s+)?(?:Deputy|Vice)[\s-]+(?:Prime[\s-]+Minister|Premier|President|"
                          r"Chairman of the Cabinet of Ministers|Chairman of the Government)|\bMinister of State|"
                          r"\bSenior Minister$", re.IGNORECASE)
_BODIES = {"ministry", "department", "embassy", "office", "directorate", "secretariat"}


_CONNECTORS = word_set("people_words.json", "title_connectors")
_OFFICE_MODIFIERS = {"federal", "union", "acting", "interim", "caretaker"}  # words that open an office only before one


def _office_words(toks: list[Token]) -> int:
    """How many of the tokens (collected backwards from a name) are the office itself: "Minister", "Cabinet
    Secretary", "State Minister" ("Environment, Climate Change and Forestry Cabinet Secretary X")."""
    return 2 if len(toks) > 1 and toks[1].lower_ in {"cabinet", "state", "union", "federal"} else 1


def _opening_title(doc: Document, i: int) -> bool:
    """Tokens up to i are one more title that opens its sentence or line: "Minister of State for Foreign
    Affairs, Cabinet Member and Climate Envoy X" is one chain; "talks with the President, Minister X" is not."""
    j, seen_title = i, False
    while j >= 0:
        t = doc.nlp[j]
        if t.is_sent_start or (j > 0 and "\n" in doc.nlp[j - 1].text_with_ws):
            break
        if set(t.text) <= {"-", "–", "—"}:  # a dateline's "--"
            j += 1
            break
        if doc.person_at(t.idx, t.idx + len(t.text)) is not None or t.text in {",", ";", ":"}:
            return False
        if not (is_title_word(t.lower_) or t.lower_ in _CONNECTORS or (t.text[:1].isupper() and t.is_alpha)):
            return False
        seen_title = seen_title or is_title_word(t.lower_)
        j -= 1
    if j < 0:
        return False
    t = doc.nlp[j]
    return (seen_title or is_title_word(t.lower_)) and t.text[:1].isupper() and (
        is_title_word(t.lower_) or t.lower_ in _CONNECTORS or t.is_alpha)


def _portfolio_list(doc: Document, comma: int, after: list[Token]) -> bool:
    """The comma at ``comma`` separates the portfolios of one office: "Minister of Foreign Affairs, International
    Business, Trade and Energy X" (capitalised portfolios after it, "Minister of ..." before it)."""
    portfolio = [t.text == "," or t.lower_ in {"and", "&"} or (t.text[:1].isupper() and t.is_alpha
                                                             and t.lower_ not in OFFICE_HEADS)
                 or (t.lower_ in {"of", "the"} and k > 0) for k, t in enumerate(after)]  # ("... Trade of Belgium")
    if not after or after[0].lower_ in {"and", "&"} or not all(portfolio):
        return False  # ("Foreign Trade and Immigration" is a portfolio; "Minister of X, President Y", "X, and Y" not)
    j = comma - 1
    while j > 0 and (doc.nlp[j].text[:1].isupper() or doc.nlp[j].lower_ in {"of", "for", "and", "the", ","}):
        if doc.nlp[j].lower_ in {"of", "for"} and is_title_word(doc.nlp[j - 1].lower_):
            return True
        if "\n" in doc.nlp[j - 1].text_with_ws:
            return False
        j -= 1
    return False


OFFICE_HEADS = {"minister", "president", "secretary", "ambassador", "chair", "chairman", "chairperson", "speaker",
                 "director", "governor", "commissioner", "envoy", "spokesperson", "spokesman", "spokeswoman", "adviser",
                 "advisor", "king", "queen", "prince", "emir", "amir", "sultan", "premier", "chancellor", "mayor",
                 "senator", "deputy", "vice", "head", "chief", "leader", "representative", "consul", "counsellor"}
NOBLE = {"prince", "princess", "sheikh", "sheikha"}
_REGIONAL = {"baltic", "nordic", "balkan", "gulf", "caribbean", "arab", "african", "asian", "european", "latin",
             "pacific", "central", "western", "eastern", "southern", "northern", "visiting", "respective"}
_REGIONAL_BODIES = {"commissioner", "commission", "council", "parliament", "union", "league", "court", "bank"}
_MEMBERSHIP_VERBS = {f"{stem}{end}" for stem in ("includ", "compris", "consist", "featur", "compos", "number", "head",
                                                  "chair") for end in ("e", "es", "ed", "s", "")} | {"led", "leads"}
_RANKS = {"general", "admiral", "colonel", "brigadier", "marshal", "lieutenant", "major", "commodore"}
_TWO_WORD_RANKS = [["lieutenant", "general"], ["major", "general"], ["brigadier", "general"], ["rear", "admiral"],
                   ["vice", "admiral"], ["air", "marshal"], ["lieutenant", "colonel"], ["colonel", "general"]]
_GENERAL_OFFICES = {"secretary", "director", "attorney", "governor", "inspector", "solicitor", "consul", "auditor",
                    "surgeon", "procurator", "prosecutor", "accountant", "registrar", "comptroller", "postmaster",
                    "commissioner", "adjutant", "quartermaster", "paymaster", "vicar", "lieutenant", "major"}
_COUNTERPART = {"counterpart", "counterparts"}
# Words that make "Ambassador" an office ("Deputy Ambassador"), not a rank after one ("State Minister Ambassador X")
_ENVOY_KINDS = {"deputy", "vice", "special", "acting", "former", "roving", "permanent", "goodwill", "resident",
                "designate", "chief", "senior", "honorary", "the", "a", "an", "his", "her", "as"}


def title_before(doc: Document, start: int) -> tuple[str, str | None, tuple[int, int]] | None:
    """The office title written right before a name, without the country: (title, ISO2, span)."""
    span = doc.nlp.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    before = doc.text[max(0, start - 60) : start]
    words = before.split()
    run = 0  # "Prime Minister Hon. Dr X", "His Excellency the Most Honourable Sir X": honorifics one after another
    while run < len(words):
        size = next((n for n in range(min(4, len(words) - run), 0, -1)
                     if honorific_length(words[len(words) - run - n : len(words) - run]) == n), 0)
        if not size:
            break
        run += size
    for n in [run] if run > 1 else range(min(3, len(words)), 0, -1):
        # "Vice-President of the Republic, H. E. Teodoro ...": the title stands before the honorific
        at = before.rfind(" ".join(words[-n:]))
        whole = run > 1 or honorific_length(words[-n:]) == n
        if whole and at >= 0 and not before[at:].strip().endswith(","):
            honor = doc.nlp.char_span(start - len(before) + at, start - len(before) + at + 1, alignment_mode="expand")
            if honor is not None and honor.start < span.start:
                span = honor
            break
    i = span.start - 1
    if span.start > 1 and doc.nlp[i].text == "," and honorific_length([doc.nlp[span.start].text]) and (
            is_title_word(doc.nlp[i - 1].lower_) or doc.nlp[i - 1].text[:1].isupper()):
        i -= 1  # "the Minister of Foreign Affairs of Belgium, Her Excellency X": the office before the comma
    # "Presidents X and Y", "deputy prime ministers A and B": the second shares the first's title.
    if i >= 1 and doc.nlp[i].lower_ in {"and", ","}:
        j = i - 1
        if doc.nlp[j].text == ")":  # "Igor Popov (Russia), Stéphane Visconti (France)"
            while j > 0 and doc.nlp[j].text != "(" and i - j < 8:
                j -= 1
            j -= 1
        prev = doc.person_at(doc.nlp[j].idx, doc.nlp[j].idx + 1) if j >= 0 else None
        if prev is not None:
            at = doc.nlp[j].idx  # the name right before "and": its own title, not one given it elsewhere
            first = next((m for m in doc.mentions if m.person is prev and m.start <= at < m.end), None)
            shared = title_before(doc, first.start) if first else None
            if shared:
                # "his Latvian and Lithuanian counterparts, A and B": the second name, the second country
                codes = [c for c in map(country_code, re.findall(r"[\w'’-]+", doc.text[slice(*shared[2])])) if c]
                listed = {id(m.person) for m in doc.mentions if first.start <= m.start < start}
                nth = len(listed)
                return shared[0], codes[nth] if len(codes) > nth >= 1 else None, shared[2]
    toks: list[Token] = []
    depth = 0
    while i >= 0:
        t = doc.nlp[i]
        if "\n" in t.text_with_ws and toks:
            break  # a title never runs over a line break, inside brackets or not
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            depth -= 1
            if depth < 0:
                break  # "Journalist (Rahul Verma, NDTV)": the name opens the bracket
        elif depth == 0:
            if doc.person_at(t.idx, t.idx + len(t.text)) is not None:
                break
            if t.text == "," and toks and toks[-1].text == ",":
                break
            if t.text == "," and toks:
                # "Minister of Trade, Industry and Energy": a comma inside one title's list of portfolios
                portfolios = (
                    any(x.lower_ in {"and", "&"} for x in toks)
                    and toks[0].lower_ not in {"and", "&"}  # "..., Minister of X of Bahrain, and Y": a list of people
                    # (the office after its portfolios: "Commerce, Trade and Industry Minister")
                    and not any(is_title_word(x.lower_) for x in (toks[_office_words(toks):] if is_title_word(
                        toks[0].lower_) and toks[0].lower_ in {"minister", "secretary", "ministers"} else toks))
                    and not any(x.text == "," for x in toks[1:])  # (but the comma right before the name)
                    and i > 0 and doc.nlp[i - 1].text[:1].isupper() and doc.nlp[i - 1].is_alpha
                )
                if not portfolios and not _opening_title(doc, i - 1) and not _portfolio_list(doc, i, toks) and not (
                        _DUAL_OFFICE.search(doc.text, max(0, t.idx - 60), t.idx) and toks[-1].lower_ in OFFICE_HEADS):
                    break
            low = t.lower_
            before_the = doc.nlp[i - 1] if i > 0 else None
            if low == "the" and toks and before_the is not None and before_the.text[:1].isupper() and (
                    before_the.lower_ not in _CONNECTORS | {"his", "her"}) and not is_title_word(before_the.lower_):
                break  # "received at the Presidential Palace the Chairman of ...": the title starts after the venue
            ok = is_title_word(low) or low in _CONNECTORS or (t.text[:1].isupper() and t.is_alpha) or (
                low in _OFFICE_MODIFIERS and bool(toks) and is_title_word(toks[-1].lower_)) or (  # "acting Minister"
                low == "former" and any(is_title_word(x.lower_) for x in toks)) or (  # "former German President"
                low in OFFICE_WORDS and t.is_lower and bool(toks) and toks[-1].is_lower
                and is_title_word(toks[-1].lower_))  # "Azerbaijan's ecology minister X"
            # "Ambassador-designate", "President-elect"
            ok = ok or (low in {"designate", "elect"} and i > 1 and doc.nlp[i - 1].text == "-")
            ok = ok or t.text in {"'s", "’s"} or country_code(t.text) is not None or (  # "the Marshall Islands'"
                t.text in {"'", "’"} and i > 0 and doc.nlp[i - 1].text.endswith("s") and doc.nlp[i - 1].is_title)
            ok = ok or (low == "host" and bool(toks) and toks[-1].lower_ == "of" and doc.nlp[i - 1].lower_ == "and")
            if t.text in _DASHES and toks and i > 0 and doc.nlp[i - 1].text[:1].isupper():
                # "Deputy Prime Minister - Minister of ...", "Co-Chairs"; not "NUR-SULTAN – President", "KazTAG - "
                p = doc.nlp[i - 1]
                joined = not t.whitespace_ and not p.whitespace_
                ok = "\n" not in p.text_with_ws and (joined or (not p.is_upper and is_title_word(p.lower_)))
            if t.is_upper and len(t.text) > 2 and not is_title_word(low) and not _acronym_in_title(t, toks):
                ok = False  # a dateline "MOSCOW" or agency "AZERTAC", not part of a title
            kept_stop_word = (low == "under" and bool(toks) and toks[-1].lower_ == "secretary") or (
                low == "former" and bool(toks))  # (and "Former Prime Minister X")
            in_list = re.fullmatch(r"[IVX]{1,4}", t.text) and i > 0 and doc.nlp[i - 1].text[:1].isupper()
            in_list = in_list or (i > 0 and doc.nlp[i - 1].text == ",")  # (or a portfolio: "Industry, Mine and Trade")
            if t.text[:1].isupper() and low in STOP_WORDS and low not in _CONNECTORS and not is_title_word(low) and (
                    not kept_stop_word) and not in_list:  # (but "Deputy Chair of Commission I X")
                ok = False  # a headline's "Meeting With Prime Minister"
            if not ok or "\n" in t.text_with_ws:
                break
        toks.append(t)
        i -= 1
    toks.reverse()
    while toks and (
        toks[0].lower_ in _CONNECTORS
        or toks[0].lower_ in {"yesterday", "today", "tomorrow", *WEEKDAYS}  # "Yesterday Deputy Minister X held ..."
        or toks[0].text in _DASHES
        or (toks[0].pos_ in {"VERB", "ADP", "DET", "PRON", "ADV"} and not country_code(toks[0].text)
            and toks[0].lower_ not in _OFFICE_MODIFIERS
            and not (toks[0].text == "Under" and len(toks) > 1 and toks[1].lower_ == "secretary"))
        or honorific_length([toks[0].text])
    ):
        toks = toks[1:]
    stripped = False
    if len(toks) > 2 and [t.lower_ for t in toks[-2:]] in _TWO_WORD_RANKS:
        toks, stripped = toks[:-2], True  # "Minister of Defence of Uzbekistan Lieutenant General X": his rank
    while len(toks) > 2 and honorific_length([t.text for t in toks[-2:]]) == 2:
        toks, stripped = toks[:-2], True  # "Deputy Prime Minister Datuk Seri Dr X": a form of address of two words
    while toks and (honorific_length([toks[-1].text]) or toks[-1].text in _DASHES or (
        toks[-1].lower_ in NOBLE and len(toks) > 1 and toks[-2].lower_ != "crown" and (
            is_title_word(toks[-2].lower_) or honorific_length([toks[-2].text]))  # "... of Saudi Arabia HRH Prince"
    ) or (toks[-1].lower_ in _RANKS and len(toks) > 1 and toks[-2].lower_ not in _GENERAL_OFFICES
          and toks[-2].whitespace_) or (
        stripped and toks[-1].lower_ == "the"
    ) or (toks[-1].lower_ == "cardinal" and len(toks) > 2 and toks[-2].text == ","  # "Secretary of State, Cardinal X"
    ) or (toks[-1].lower_ == "senator" and len(toks) > 2 and toks[-2].text == "," and honorific_length(
        doc.text[toks[-1].idx + len(toks[-1].text) : toks[-1].idx + 40].split()[:3]
    )) or (toks[-1].lower_ == "ambassador" and len(toks) > 2 and (toks[-2].text == "," or (
        toks[-2].text[:1].isupper() and toks[-2].lower_ not in _ENVOY_KINDS
        and (not country_code(toks[-2].text) or toks[-3].lower_ == "of"))))):  # (not "Kenyan Ambassador X")
        # "Defense Minister Sheikh Ahmad", "Foreign Minister Prince X", "Minister of Defence General X", "Prime
        # Minister Dr the Hon. X", "..., Senator the Hon. X", "Secretary General of the Ministry, Ambassador X": the
        # rank or form of address goes with the name
        toks = toks[:-1]
        stripped = True
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    if comma and fold(toks[comma - 1].text) in FACILITY_HEADS:
        toks = toks[comma + 1 :]  # "at the Executive Tower, Economy and Finance Minister X": a venue, then the office
    cut = next((k for k in range(len(toks) - 1, -1, -1) if find_city(toks[k].text) and not is_title_word(
        toks[k].lower_) and not any(is_title_word(t.lower_) for t in toks[:k]) and (
        (toks[k].i > 0 and doc.nlp[toks[k].i - 1].lower_ in {"in", "from", "at"})
        or (k + 1 < len(toks) and toks[k + 1].lower_ == "and"))), None)
    if cut is not None:
        toks = toks[cut + 1 :]  # "from Quito and President X", "at the Palace in Yaounde Minister of ...": a place
        while toks and toks[0].lower_ in _CONNECTORS | {"for"}:
            toks = toks[1:]  # "his reception in Hanoi for Russia Ambassador to Vietnam X"
    cut = next((k for k in range(len(toks) - 1, 0, -1) if toks[k].lower_ == "the"
                and not any(is_title_word(t.lower_) for t in toks[:k])), None)
    if cut is not None:
        toks = toks[cut + 1 :]  # "received at the Cotroceni Palace the Prime Minister ..., X": the title after "the"
    again = next((k for k in range(len(toks) - 2, 0, -1) if toks[k].lower_ == "and" and toks[k + 1].lower_ == "the"
                  and k + 2 < len(toks) and is_title_word(toks[k + 2].lower_) and toks[k + 2].text[:1].isupper()),
                 None)
    if again is not None:
        toks = toks[again + 2 :]  # "between the Minister of X and the Minister of Y of Z, H.E. A": A's own office
    joint = next((k for k, t in enumerate(toks) if t.lower_ == "and"), None)
    if (joint and all(t.is_lower or country_code(t.text) for t in toks[:joint]) and joint + 1 < len(toks)
            and any(t.is_lower and is_title_word(t.lower_) for t in toks[:joint]) and toks[joint + 1].is_title):
        toks = toks[joint + 1 :]  # "between the Brazilian minister and Trade Cabinet Secretary X": X's own title
    if not toks or not any(is_title_word(t.lower_) for t in toks):
        return None
    if toks[0].lower_ in _COUNTERPART or any(t.lower_ in _COUNTERPART for t in toks[-2:]):
        return _counterpart(doc, start, toks)
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if toks[0].lower_ in _BODIES and not any(
            t.lower_ in OFFICE_HEADS or t.lower_.startswith("spokes") for t in toks):
        # "The Commerce Secretary, Department of Commerce, Ministry of Commerce and Industry, Shri X": the office
        # before the organisations it belongs to
        head = re.search(r"((?:[A-Z][\w'’-]*[ \t]+){0,3}(?:Secretary|Minister|Director|Director-General|Commissioner|"
                         r"Ambassador|Chairman|Chairperson|Governor|Spokesperson))[ \t]*,[ \t]*(?:[^,\n]{3,80},[ \t]*)"
                         r"{0,2}$", doc.text[max(0, s - 240) : s])
        if head is None:
            return None
        s, e = max(0, s - 240) + head.start(1), max(0, s - 240) + head.end(1)
    if re.fullmatch(r"(?:[Tt]he\s+)?[\w ]+['’]s\s+(?:Office|Department|Secretariat|Press Service)"
                    r"(?:\s+and(?:\s+[Tt]he)?)?", doc.text[s:e]):
        return None  # "From: Prime Minister's Office and The Rt Hon X": an office, not X's title
    title, country = clean_title(doc.text[s:e])
    return (title, country, (s, e)) if title else None


def _counterpart(doc: Document, start: int, toks: list[Token]) -> tuple[str, str | None, tuple[int, int]] | None:
    """ "his Chinese counterpart Wang Yi": the title of the person he is the counterpart of."""
    country = next((country_code(t.text) for t in toks if country_code(t.text)), None)
    sent = doc.nlp.char_span(start, start + 1, alignment_mode="expand").sent
    for m in reversed(doc.mentions):
        if sent.start_char <= m.start < start:
            other = m.person.title or (title_before(doc, m.start) or (None,))[0]
            if other:
                return _counterpart_office(other), country, (toks[0].idx, toks[-1].idx + len(toks[-1].text))
    office = LEAD_OFFICE.search(doc.text, sent.start_char, start)  # "The Minister of X received his ... counterpart"
    if office:
        return _counterpart_office(office_of(office)), country, (toks[0].idx, toks[-1].idx + len(toks[-1].text))
    # "On Monday, the Speaker was received by her Bangladeshi counterpart, X": the office the subject names
    role = re.search(r"\bthe\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+(?:was|has|had|is|held|met|received|welcomed|"
                     r"hosted|spoke)\b", doc.text[sent.start_char : start])
    office = clean_title(role.group(1))[0] if role and role.group(1).split()[-1].lower() in OFFICE_HEADS else None
    return (office, country, (toks[0].idx, toks[-1].idx + len(toks[-1].text))) if office else None


def _counterpart_office(title: str) -> str:
    """The office a counterpart shares: the last of a chain ("Deputy Prime Minister and Defense Minister"
    -> "Defense Minister"), since a deputy premiership is rarely what two ministers have in common."""
    parts = re.split(r"\s+(?:and|-|–)\s+", title)
    if len(parts) > 1 and any(is_title_word(w.lower()) for w in parts[-1].split()) and len(parts[-1].split()) > 1:
        return parts[-1]
    return title


def unnamed_counterparts(doc: Document, people: list[Person]) -> None:
    """ "Soylu welcomed his Iranian counterpart" (no name), later "Iran's Abdolreza Rahmani Fazli": an untitled
    person of that country takes the counterpart's office."""
    for t in doc.nlp:
        if t.lower_ not in {"counterpart", "counterparts"} or t.i == 0:
            continue
        nxt = doc.nlp[t.i + 1] if t.i + 1 < len(doc.nlp) else None
        if nxt is not None and doc.person_at(nxt.idx, nxt.idx + 1) is not None:
            continue
        country = country_code(doc.nlp[t.i - 1].text)
        if not country:
            continue
        sent = t.sent
        subject = next(
            (m.person for m in reversed(doc.mentions) if sent.start_char <= m.start < t.idx and m.person.title), None
        )
        if subject is None:
            continue
        for p in people:
            if p is not subject and p.title is None and p.country == country and p.mentions:
                p.title = _counterpart_office(subject.title)
                p.via = p.via if p.via != "people.ner" else "people.ner+counterpart"


_COUNTRY_PHRASE = re.compile(r"\s*\b(?:of\s+)?(?:the\s+)?(?:Republic\s+of\s+|Federation\s+of\s+|Kingdom\s+of\s+)?")


_COUNTRY_LEADERS = word_set("people_words.json", "country_leaders")
_TERRITORIAL_UNITS = {"county", "province", "region", "state", "district", "governorate", "prefecture", "oblast",
                      "municipality", "city", "island", "islands", "territory", "canton"}
_STATE_WORDS = {"republic", "federation", "kingdom", "emirates"}
# offices whose country after "for" is their mandate, not their state ("Special Envoy for Myanmar")
_MANDATES = {"envoy", "representative", "coordinator", "rapporteur"}
_TERRITORIAL = {"prince", "princess", "duke", "duchess", "earl", "count", "countess"}
# "the Communist Party of China", "the National Bank of Rwanda": the country is part of the body's name
_NAMED_BODIES = {"party", "university", "academy", "corporation", "company", "bank"}


# A state's own bodies, whose nationality adjective only says whose ("the Croatian Parliament"; but "the Saudi
# Fund for Development" is a name)
_STATE_BODIES = {"parliament", "senate", "bundestag", "bundesrat", "majlis", "national", "house", "chamber",
                 "assembly", "congress", "duma", "government", "cabinet", "sejm", "knesset", "storting", "riksdag",
                 "ministry", "presidency", "embassy"}  # ("Secretary General of the Estonian Ministry of ...")


def _is_demonym(word: str) -> bool:
    """A nationality adjective ("Iranian", "Thai"), not a country's own name ("Oman")."""
    if not country_code(word):
        return False
    try:
        pycountry.countries.lookup(word)
    except LookupError:
        return True
    return False


_PARENS = re.compile(r"\s*\(([^)]*)\)")


def _portfolio_in_brackets(m: re.Match) -> bool:
    """ "Minister of State for Foreign Affairs (International Affairs)", "Secretary (West)": a bracketed part of the
    office; not an acronym "(MFA)", a country "(Russia)" or a note "(translated from Polish)"."""
    words = m.group(1).split()
    if m.start() == 0 or not 0 < len(words) <= 3 or (len(words) == 1 and words[0].lower() not in _COMPASS):
        return False  # ("(Prensa Latina) Foreign Minister", "... Human Wellbeing (Rospotrebnadzor)": names)
    return all(w[:1].isupper() and not w.isupper() for w in words) and not (
        country_code(m.group(1)) or find_city(m.group(1)))


_COMPASS = {"north", "south", "east", "west", "centre", "center", "multilateral", "economic", "political"}



def clean_title(raw: str) -> tuple[str | None, str | None]:
    """ "President of the Republic of Azerbaijan" -> ("President", "AZ"); "deputy prime ministers" ->
    ("Deputy Prime Minister", None); "Italy's Prime Minister" -> ("Prime Minister", "IT"). A country inside an
    organisation's name stays ("Communist Party of China Central Committee", "Russian Railways JSC"), and
    so does an ambassador's host country ("Ambassador to Ethiopia")."""
    title = _PARENS.sub(lambda m: m.group() if _portfolio_in_brackets(m) else "", raw).strip(" ,")
    if title.lower() in ORDINALS:
        return None, None  # ("Second Thomas Shoal"): an ordinal heads an office, it is none
    title = re.sub(r"^(?:[Tt]he\s+)?[A-Z]{2,6}['’]s\s+", "", title)  # "the EU's High Representative": the office
    # "the Bank's Vice President for Africa", "the Fund's Managing Director": the office of the body named before
    title = re.sub(r"^(?:[Tt]he\s+)?(?:Bank|Fund|Agency|Organi[sz]ation|Union|Commission|Council|Group|Programme|"
                   r"Program|Institute|Association|Secretariat|Committee|Forum|Alliance|Authority)['’]s\s+", "", title)
    title = re.sub(r"\s+of\s+the\s+(?:country|state|republic|nation)$", "", title, flags=re.I)  # "Emir of the country"
    title = re.sub(r"\s+(?:at|of|in)\s+the\s+[Mm]inistry$", "", title)  # "Director of Trade at the Ministry"
    title = re.sub(r",?\s+and\s+(?:the\s+)?host\b.*$", "", title)  # "... and host of the Assembly": a role this once
    # "Highness the Amir" (an honorific run into the title): the office only
    title = re.sub(
        r"^(?:(?:his|her|their)\s+)?(?:royal\s+)?(?:highness|majesty|excellency|excellencies)\s+(?:the\s+)?", "", title,
        flags=re.I,
    )
    words = title.split()
    if len(words) > 1 and words[0].lower() in _REGIONAL and is_title_word(words[1].lower()) and (
            words[1].lower() not in _REGIONAL_BODIES):
        words = words[1:]  # "The Baltic prime ministers, A, B and C": "Prime Minister" (not "European Commissioner")
    country = None
    # Longest country name or demonym (up to 5 words) anywhere in the title.
    i = 0
    kept: list[str] = []
    while i < len(words):
        for size in range(min(5, len(words) - i), 0, -1):
            chunk = " ".join(words[i : i + size]).strip(",")
            possessive = chunk.endswith(("'s", "’s", "s'", "s’"))
            base = chunk[:-2] if chunk.endswith(("'s", "’s")) else chunk[:-1] if possessive else chunk
            code = country_code(base)
            if not (code and base[:1].isupper() and base.lower() not in {"state", "national"}):
                continue
            if kept and kept[-1].lower() in REGION_WORDS and not country_code(f"{kept[-1]} {base}"):
                continue  # "Vice President for Latin America and the Caribbean": a region, not the United States
            if size > 1 and words[i].lower() == "state" and kept and kept[-1].lower() == "of":
                continue  # "Minister of State of Qatar", "High Council of State of Libya": "of State", then the country
            nxt = words[i + size] if i + size < len(words) else ""
            at = len(kept) - 1 if kept and kept[-1].lower() in {"to", "in"} else len(kept) - 2
            if at >= 1 and kept[at].lower() == "in" and kept[at - 1].lower() in _TERRITORIAL_UNITS:
                del kept[at:]  # "Governor of Mombasa County in the Republic of Kenya": the holder's own state
                country = country or code
            elif kept and (kept[-1].lower() in {"to", "in", "on"} or [w.lower() for w in kept[-2:]] in (
                    ["to", "the"], ["in", "the"], ["on", "the"]) or (kept[-1].lower() == "for" and {
                        w.lower() for w in kept} & _MANDATES)) and not (nxt[:1].islower() and nxt.isalpha()):
                # "Ambassador to Ethiopia", "Ambassador of Kenya to the UAE", "Chief of Mission in Mexico": the host
                # country of a post abroad, not the holder's (not "heir to the British throne")
                kept.extend(words[i : i + size])
            elif possessive:  # "Prime Minister of China's State Council"
                country = country or code
            elif len(kept) >= 2 and kept[-1].lower() == "of" and kept[-2].lower() in _TERRITORIAL | _NAMED_BODIES:
                kept.extend(words[i : i + size])  # "Prince of Wales", "Communist Party of China": part of the title
                country = country or code
            elif size == 1 and kept and kept[-1].lower() == "the" and nxt.lower() in _STATE_BODIES and (
                    _is_demonym(base)):
                country = country or code  # "Speaker of the Iranian Majlis": of the Majlis, Iran's
            elif (
                kept
                and not possessive
                and nxt[:1].isupper()
                and not is_title_word(nxt.lower())
                and nxt.lower() not in _STATE_WORDS
            ):
                country = country or code  # "Communist Party of China Central Committee"
                kept.extend(words[i : i + size])
            else:
                country = country or code
                last = not nxt or nxt.lower() in {"and", ",", "-", "–"} or is_title_word(nxt.lower())
                state = False
                while last and kept and kept[-1].lower() in _COUNTRY_LEADERS:
                    state = state or kept[-1].lower() in {"republic", "state", "federation", "kingdom", "sultanate",
                                                          "principality", "commonwealth"}
                    kept.pop()
                # "of the Oriental Republic of Uruguay", "of the Democratic Socialist Republic of Sri Lanka"
                while state and len(kept) >= 3 and kept[-1][:1].isupper() and "the" in [w.lower() for w in kept[-3:-1]]:
                    if kept[-2].lower() == "the" and kept[-3].lower() == "of":
                        kept.pop()
                        break
                    kept.pop()
                while i + size < len(words) and words[i + size].lower() in _STATE_WORDS:
                    size += 1  # "the sisterly Lebanese Republic"
            i += size
            break
        else:
            kept.append(words[i])
            i += 1
    # "Ambassador of Peru to Thailand" without the country: "Ambassador to Thailand", not "Ambassador of to"
    for _ in range(2):  # (and "Ambassador of the Republic of Korea to Viet Nam": not "Ambassador of the to")
        kept = [w for n, w in enumerate(kept)
                if not (w.lower() in {"of", "the"} and n + 1 < len(kept) and kept[n + 1].lower() in {"to", "in", "at"})]
    while kept and (kept[0].lower() in {"of", "the", "and", "his", "her", "their", "its"} or kept[0] in _DASHES):
        kept = kept[1:]
    while kept and (kept[-1].lower() in {"of", "the", "and", ",", "to"} or kept[-1] in _DASHES):
        kept = kept[:-1]
    if not kept:
        return None, country
    fixed = []
    for n, w in enumerate(kept):
        low = w.lower()
        # "Council of Ministers", "Chamber of Deputies", "Regional Bureau for Arab States": a body's, no office's plural
        inside = n > 0 and (kept[n - 1].lower() in {"of", "the", "for"} or any(
            k.lower() in {"of", "for"} for k in kept[:n]))
        if not inside and (low in {"presidents", "ministers", "ambassadors", "leaders"} or (
            n == len(kept) - 1
            and low.endswith("s")
            and not low.endswith("ss")
            and is_title_word(low)
            and low not in title_words()
        )):
            w = w[:-3] + "y" if low.endswith("ies") else w[:-1]  # "Co-Chairs", "secretaries"
        if low == "pm":
            w = "Prime Minister"
        elif low == "fm":
            w = "Foreign Minister"
        fixed.append(w)
    title = " ".join(fixed)
    if title.isupper() and len(title) > 3:
        title = title.lower()  # "PRESIDENT" of a transcript label
    if title.islower():
        title = " ".join(w if w in {"of", "the", "and", "for", "on", "to"} else w.capitalize() for w in title.split())
    return title, country


