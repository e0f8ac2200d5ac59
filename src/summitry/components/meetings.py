"""Meetings: talks, calls and visits between named officials that the article reports as held.

A meeting needs a trigger (a verb such as "met", "received", "talked", or a noun such as
"talks", "phone conversation" governed by a past-tense verb), at least two resolved
participants taken from the trigger's own arguments (not anyone else in the sentence), and no
sign that it is planned ("will meet", "agreed to meet") or recalled ("in May", "last year").
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..doc import Document, Meeting, Person
from ..pipeline import component
from ..text import sentences
from .coref import Referents
from .dates import DATE_EXPR, resolve
from .places import capital_of, city_country, country_code, find_city, venue_in

TRIGGER_VERBS = {
    "meet",
    "meets",
    "met",
    "receive",
    "receives",
    "received",
    "talk",
    "talks",
    "talked",
    "speak",
    "spoke",
    "spoken",
    "discuss",
    "discussed",
    "call",
    "called",
    "phoned",
    "host",
    "hosted",
    "hold",
    "held",
    "confer",
    "conferred",
    "negotiated",
    "meeting",
    "talking",
    "speaking",
    "holding",
}
TRIGGER_NOUNS = {
    "meeting",
    "meetings",
    "talks",
    "conversation",
    "call",
    "summit",
    "negotiations",
    "engagement",
    "discussions",
    "discussion",
    "conference",
    "videoconference",
    "tete-a-tete",
    "audience",
    "consultations",
}
# Verbs that only count with a meeting noun as object ("held talks", "had a meeting").
_LIGHT_VERBS = {"hold", "held", "holding", "had", "have", "has", "engaged", "conducted"}
_PLANNING = {
    "will",
    "would",
    "shall",
    "plan",
    "plans",
    "planned",
    "intend",
    "intends",
    "agree",
    "agreed",
    "expect",
    "expected",
    "hope",
    "want",
    "going",
    "invite",
    "invited",
    "propose",
    "proposed",
    "decide",
    "decided",
    "suggest",
    "suggested",
    "offer",
    "offered",
    "ready",
    "scheduled",
    "due",
    "may",
    "might",
    "could",
    "should",
    "if",
    "unless",
    "ask",
    "asked",
    "need",
    "must",
    "can",
}
_NOT_NOW = {
    "upcoming",
    "forthcoming",
    "next",
    "future",
    "planned",
    "previous",
    "last",
    "past",
    "such",
    "possible",
    "regular",
    "annual",
    "several",
    "many",
    "frequent",
    "trilateral",
    "multilateral",
}
_GROUP = re.compile(
    r"^(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|sides|ministers|premiers|diplomats|top diplomats|"
    r"heads of state|prime ministers|foreign ministers|counterparts)$|^they$|^both$",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![\w-])(?:phone|telephone|phoned|called|call|by the phone)\b", re.IGNORECASE)
_VIDEO = re.compile(
    r"\b(?:video ?(?:conference|link|call|format|address)|videoconference|virtually|"
    r"virtual (?:summit|meeting|talks|call|conversation|format))\b",
    re.IGNORECASE,
)
_DATE_WORDS = re.compile(
    r"\b(?:today|yesterday|tomorrow|last night|last time|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|years? ago|last year|this year|earlier this (?:week|month|year))\b",
    re.IGNORECASE,
)
# A capitalised word before a day name makes it part of a name ("Good Friday"), unless it opens the
# sentence or is one of these.
_NAME_BEFORE = re.compile(r"(?P<prev>[.!?:\n]\s*)?\b(?P<word>[A-Z][a-z]+)\s+$")
_NOT_NAME_WORDS = {"On", "By", "Since", "Until", "Till", "Last", "Next", "This", "Every", "Early", "Late", "From",
                   "Before", "After", "And", "But", "Or", "Then"}
_AIRPORT = re.compile(r"\bairport\b", re.IGNORECASE)
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"}


class _Finder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.refs = Referents(doc)
        self.found: list[Meeting] = []
        self.defaulted: list[Meeting] = []  # dated by the dateline only, no date words of their own
        self.segments = sentences(doc)

    # -- who --
    def people_in(self, root: Token) -> list[Person]:
        """People named in the subtree of root, not descending into other clauses."""
        out: list[Person] = []
        stack = [root]
        while stack:
            t = stack.pop()
            if t is not root and t.dep_ in _CLAUSE_DEPS:
                continue
            who = self.who(t)
            for p in who:
                if p not in out:
                    out.append(p)
            stack.extend(t.children)
        return out

    def who(self, t: Token) -> list[Person]:
        doc = self.doc
        person = doc.person_at(t.idx, t.idx + len(t.text))
        if person is not None:
            return [person]
        low = t.lower_
        speaker = self.speaker_at(t.idx)
        if low in {"i", "me"} and speaker:
            return [speaker]
        if low in {"we", "us"} and speaker:
            other = self.recent_other(t.idx, speaker)
            return [speaker, other] if other else [speaker]
        if low in {"you"} and speaker:
            other = self.addressee(t.idx, speaker)
            return [other] if other else []
        if low in {"he", "him", "she", "her"}:
            p = self.refs.last_subject(t.idx)
            return [p] if p else []
        if t.pos_ in {"NOUN", "PRON"} and t.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj", "conj"}:
            phrase = " ".join(x.text for x in t.subtree if x.dep_ not in _CLAUSE_DEPS and x.i <= t.i)
            if _GROUP.match(phrase.strip()):
                return self.recent_pair(t.idx)
            if t.lower_ in {"president", "minister", "leader", "premier", "counterpart"}:
                s = min(x.idx for x in t.subtree if x.i <= t.i)
                r = self.refs.resolve(s, t.idx + len(t.text))
                return [r] if isinstance(r, Person) else []
        return []

    def speaker_at(self, offset: int) -> Person | None:
        for u in self.doc.utterances:
            if u.start <= offset < u.end and u.speaker:
                return next((p for p in self.doc.people if p.name == u.speaker), None)
        return None

    def _turn_start(self, offset: int) -> int:
        return next((u.start for u in self.doc.utterances if u.start <= offset < u.end), offset)

    def recent_other(self, offset: int, speaker: Person) -> Person | None:
        """The person most recently named near a "we" (within the last sentences), else the addressee."""
        recent = [m for m in self.doc.mentions if offset - 400 < m.start < offset and m.person is not speaker]
        if recent:
            return recent[-1].person
        return self.addressee(offset, speaker)

    def addressee(self, offset: int, speaker: Person) -> Person | None:
        start = self._turn_start(offset)
        for m in self.doc.mentions:
            if start <= m.start < offset and m.person is not speaker:
                return m.person
        return None

    def recent_pair(self, offset: int) -> list[Person]:
        if self.found:
            return [p for p in self.doc.people if p.name in self.found[-1].participants]
        for seg in reversed(self.segments):
            if seg.start_char >= offset:
                continue
            people = []
            for m in self.doc.mentions:
                if seg.start_char <= m.start < seg.end_char and m.person not in people:
                    people.append(m.person)
            if len(people) == 2:
                return people
        return []

    # -- when --
    def is_planned(self, verb: Token) -> bool:
        t = verb
        for _ in range(4):
            kids = {c.lower_ for c in t.children if c.dep_ in {"aux", "auxpass", "mark", "neg"}}
            if kids & _PLANNING or "not" in kids or "n't" in kids:
                return True
            if t.dep_ in {"xcomp", "ccomp", "advcl"} and t.head.lower_ in _PLANNING:
                return True
            if t.dep_ not in {"xcomp", "conj", "acl"} or t.head is t:
                break
            t = t.head
        return t.lower_ in _PLANNING

    def tense_ok(self, verb: Token, seg: SpacySpan) -> bool:
        if verb.tag_ in {"VBD", "VBN"}:
            return True
        if verb.tag_ == "VBG":
            return any(c.lower_ in {"was", "were", "been"} for c in verb.children)
        if verb.tag_ == "VBZ":  # headlines use the present: "Putin meets Aliyev"
            return not seg.text.rstrip().endswith((".", "!", "?", "”", '"'))
        if verb.tag_ == "VB" and verb.dep_ in {"xcomp", "acl"}:
            # "had the opportunity to talk": the tense is the governing verb's
            gov = verb.head if verb.dep_ == "xcomp" else verb.head.head
            return gov.tag_ in {"VBD", "VBN"} and gov.lower_ not in _PLANNING
        return False

    def when(self, seg: SpacySpan, trigger: Token) -> tuple[str | None, str, tuple[int, int] | None]:
        """The meeting's date from the date words attached to its trigger ("met ... on Monday")."""
        doc = self.doc
        recognised = doc.nlp.has_annotation("ENT_IOB")
        at = seg.start_char
        exprs: list[tuple[str, int, int]] = (
            [(e.text, e.start_char, e.end_char) for e in seg.ents if e.label_ in {"DATE", "TIME"}]
            if recognised  # the fast path has no DATE entities: date patterns stand in for them
            else [(m.group(), at + m.start(), at + m.end()) for m in DATE_EXPR.finditer(seg.text)]
        )
        named = [(e.start_char, e.end_char) for e in seg.ents if e.label_ not in {"DATE", "TIME"}]
        for m in _DATE_WORDS.finditer(seg.text):
            s = seg.start_char + m.start()
            # Not inside a name: "the Good Friday Agreement".
            if any(a <= s < b for _, a, b in exprs) or any(a <= s < b for a, b in named):
                continue
            if not recognised and _in_name(doc.text, s):
                continue
            exprs.append((m.group(), s, seg.start_char + m.end()))
        anchors = {trigger.i, trigger.head.i} if trigger.pos_ == "NOUN" else {trigger.i}
        clause = trigger if trigger.pos_ != "NOUN" else trigger.head
        for _ in range(3):  # "set up in October 2024, when X visited Cairo and held talks": that date
            if clause.dep_ in {"conj", "advcl", "relcl"} and clause.head is not clause:
                clause = clause.head
                anchors.add(clause.i)
            else:
                break
        attached, loose = [], []
        for text, a, b in exprs:
            found = resolve(text, doc.reference_date)
            span = doc.nlp.char_span(a, b, alignment_mode="expand")
            (attached if span is not None and _attached(span.root, anchors) else loose).append((found, (a, b)))
        for group, allow_vague in ((attached, True), (loose, False)):
            days = [(d, span) for (d, kind), span in group if kind == "day"]
            if days:
                return days[0][0], "day", days[0][1]
            if allow_vague and any(kind == "future" for (_, kind), _ in group):
                return None, "future", None
            if allow_vague and any(kind == "vague" for (_, kind), _ in group):
                return None, "vague", None
        return doc.reference_date, "default", None

    # -- where --
    def where(self, seg: SpacySpan, trigger: Token, kind: str) -> tuple[str | None, tuple[int, int] | None]:
        if kind != "in_person":
            return None, None
        venue = venue_in(seg.text)
        if venue:
            city, s, e = venue
            return city, (seg.start_char + s, seg.start_char + e)
        heads = {trigger.i, trigger.head.i}
        for t in seg:
            if (
                t.dep_ == "pobj"
                and t.head.lower_ in {"in", "at"}
                and t.head.head.i in heads | {c.i for c in trigger.children}
            ):
                span = _proper_span(t)
                city = find_city(span.text) if span is not None else None
                if city:
                    return city, (span.start_char, span.end_char)
                capital = re.match(r"the (\w+) capital", " ".join(x.text for x in t.subtree))
                if capital and capital_of(country_code(capital.group(1))):
                    return capital_of(country_code(capital.group(1))), (t.idx, t.idx + len(t.text))
        return None, None

    # -- the meeting --
    def check(self, seg: SpacySpan) -> None:
        for t in seg:
            low = t.lower_
            if (
                t.pos_ in {"VERB", "AUX"}
                and low in TRIGGER_VERBS
                and low not in _LIGHT_VERBS
                and low not in {"meeting"}
            ):
                self.verb_trigger(seg, t)
            elif t.pos_ in {"NOUN", "PROPN"} and low in TRIGGER_NOUNS and t.dep_ != "compound":
                self.noun_trigger(seg, t)

    def verb_trigger(self, seg: SpacySpan, verb: Token) -> None:
        if not self.tense_ok(verb, seg) or self.is_planned(verb):
            return
        if verb.lower_ in {"call", "called"} and (
            sum(c.dep_ in {"dobj", "oprd", "attr", "ccomp"} for c in verb.children) > 1
            or any(c.dep_ in {"oprd", "attr"} and not self.who(c) for c in verb.children)
        ):
            return  # "Macron called Putin a threat": naming, not a phone call
        if verb.lower_ in {"discuss", "discussed", "talk", "talked", "speak", "spoke", "spoken", "talking", "speaking"}:
            # "discussed X with Y" and "talked to Y" are meetings; "spoke about" alone is not evidence
            pass
        people = self.arguments(verb)
        self.emit(seg, verb, people)

    def arguments(self, verb: Token) -> list[Person]:
        people: list[Person] = []
        for c in verb.children:
            if c.dep_ in {"nsubj", "nsubjpass", "dobj", "agent", "dative", "attr", "oprd"}:
                people += self.people_in(c)
            elif c.dep_ == "prep" and c.lower_ in {"with", "between", "to", "by", "from"}:
                people += self.people_in(c)
            elif c.dep_ in {"npadvmod", "appos"} and self.doc.person_at(c.idx, c.idx + len(c.text)):
                people += self.people_in(c)  # a misparsed appositive: "from his counterpart, X,"
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and verb.dep_ in {"ROOT", "conj"}:
            # A subject the parser lost inside a long opening phrase: the people named before the verb.
            for m in self.doc.mentions:
                if verb.sent.start_char <= m.start < verb.idx:
                    people.append(m.person)
        if verb.dep_ in {"xcomp", "acl"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            gov = verb.head if verb.dep_ == "xcomp" else verb.head.head  # "we had the opportunity to talk"
            people += self.arguments_subject(gov)
        if verb.dep_ == "relcl":  # "the two leaders, who met ..."
            people += self.who(verb.head)
        if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            people += self.arguments_subject(verb.head)
        return _unique(people)

    def arguments_subject(self, verb: Token) -> list[Person]:
        return [p for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for p in self.people_in(c)]

    def noun_trigger(self, seg: SpacySpan, noun: Token) -> None:
        if any(c.lower_ in _NOT_NOW for c in noun.children if c.dep_ in {"amod", "compound", "det"}):
            return
        own: list[Person] = []
        has_own = False
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in {"with", "between", "of"}:
                own += self.people_in(c)
                has_own = has_own or c.lower_ != "of"
        definite = any(c.lower_ in {"the", "this", "that", "these"} for c in noun.children if c.dep_ == "det")
        if definite and not has_own and self.found:
            return  # "at the meeting": the meeting already reported
        gov = noun.head
        while (
            gov.dep_ in {"prep", "pobj", "conj", "dobj", "nsubjpass", "nsubj", "compound"}
            and gov.pos_ not in {"VERB", "AUX"}
            and gov.head is not gov
        ):
            gov = gov.head
        people = list(own)
        if gov.pos_ in {"VERB", "AUX"}:
            if not self.tense_ok(gov, seg) or self.is_planned(gov):
                return
            people += self.arguments(gov)
        elif gov.i == noun.i and noun.dep_ == "ROOT":
            pass
        else:
            return
        self.emit(seg, noun, _unique(people))

    def emit(self, seg: SpacySpan, trigger: Token, people: list[Person]) -> None:
        if len(people) < 2 or _AIRPORT.search(seg.text):
            return
        date, how, date_span = self.when(seg, trigger)
        if how in {"future", "vague"}:
            return
        text = seg.text
        kind = "phone" if _PHONE.search(text) else "video" if _VIDEO.search(text) else "in_person"
        place, place_span = self.where(seg, trigger, kind)
        names = sorted({p.name for p in people})
        for m in self.found:
            if sorted(m.participants) == names and m.date == date:
                m.place = m.place or place
                m.place_span = m.place_span or place_span
                if m.kind == "in_person" and kind != "in_person" and how == "day":
                    m.kind = kind  # an explicitly dated "phone call" corrects a default; a passing "we talked" does not
                return
        meeting = Meeting(names, date, place, kind, seg.start_char, seg.end_char, date_span, place_span)
        self.found.append(meeting)
        if how == "default":
            self.defaulted.append(meeting)

    def merged(self) -> list[Meeting]:
        """A meeting dated only by the dateline joins the same people's explicitly dated one."""
        out = []
        for m in self.found:
            if m in self.defaulted:
                twins = [
                    o for o in self.found if o is not m and o not in self.defaulted and o.participants == m.participants
                ]
                if len(twins) == 1:
                    twins[0].place = twins[0].place or (m.place if twins[0].kind == "in_person" else None)
                    continue
            out.append(m)
        return out


def _in_name(text: str, start: int) -> bool:
    m = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return bool(m and not m.group("prev") and m.start("word") > 0 and m.group("word") not in _NOT_NAME_WORDS)


def _attached(tok: Token, anchors: set[int]) -> bool:
    """tok hangs off one of the anchors within three steps, passing through no other noun or verb."""
    t = tok
    for _ in range(4):
        if t.i in anchors:
            return True
        if t.head is t or (t is not tok and t.pos_ in {"NOUN", "VERB", "PROPN"} and t.dep_ not in {"pobj", "npadvmod"}):
            return False
        t = t.head
    return t.i in anchors


def _proper_span(t: Token) -> SpacySpan | None:
    toks = [x for x in t.subtree if x.pos_ == "PROPN" or x.i == t.i]
    toks = [x for x in toks if x.text[:1].isupper()]
    if not toks:
        return None
    return t.doc[min(x.i for x in toks) : max(x.i for x in toks) + 1]


def _unique(people: list[Person]) -> list[Person]:
    out: list[Person] = []
    for p in people:
        if p not in out:
            out.append(p)
    return out


def _fallback_place(doc: Document) -> str | None:
    """A wire story's dateline city; when the story says the visit is in another country
    ("Ramaphosa is in China", filed from Cape Town), a city of that country named in the story."""
    city = doc.dateline_place
    if not city:
        return None
    host = re.search(r"\b(?:is|was|arrived) in ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b", doc.text)
    host_code = country_code(host.group(1)) if host else None
    if not host_code or city_country(city) == host_code:
        return city
    for m in re.finditer(r"(?=\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b)", doc.text):
        for name in (m.group(1), m.group(1).split()[0]):  # "Beijing Capital International Airport"
            found = find_city(name)
            if found and city_country(found) == host_code and doc.in_body(m.start()):
                return found
    return None


@component("meetings", requires=("people", "utterances", "published"), assigns=("meetings",))
def annotate(doc: Document) -> None:
    finder = _Finder(doc)
    for seg in finder.segments:
        finder.check(seg)
    fallback = _fallback_place(doc)
    finder.found = finder.merged()
    for m in finder.found:
        if m.place is None and m.kind == "in_person":
            m.place = fallback
    doc.meetings = finder.found
