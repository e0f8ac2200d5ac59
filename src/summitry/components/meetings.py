"""Meetings: talks, calls and visits between named officials that the article reports as held.

A meeting needs a trigger (a verb such as "met", "received", "talked", or a noun such as
"talks", "phone conversation" governed by a past-tense verb), at least two resolved
participants taken from the trigger's own arguments (not anyone else in the sentence), and no
sign that it is planned ("will meet", "agreed to meet") or recalled ("in May", "last year").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cached_property

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..doc import Document, Meeting, Person
from ..registry import component
from ..resources import word_set
from ..text import sentences
from .coref import Referents, role_phrase, unique_people
from .countries import home_country
from .dates import DATE_EXPR, FULL_DATE, MONTH_NAMES, dateline_end, resolve
from .places import (
    capital_of,
    city_country,
    country_code,
    find_city,
    fold,
    fuzzy_city,
    known_town,
    same_city,
    seat_of,
    venue_in,
    venues_in,
    visited_country,
    world_capital,
    world_city,
)
from .titles import clean_title, honorific_words

_W = "meeting_words.json"
TRIGGER_VERBS = word_set(_W, "trigger_verbs")
TRIGGER_NOUNS = word_set(_W, "trigger_nouns")
# Verbs that only count with a meeting noun as object ("held talks", "had a meeting").
_LIGHT_VERBS = word_set(_W, "light_verbs")
_PLANNING = word_set(_W, "planning")
_NOT_NOW = word_set(_W, "not_now")
_RECALLED = word_set(_W, "recalled")
_MULTI = word_set(_W, "multilateral")
_DELEGATION = word_set(_W, "delegation_nouns")
_LEAD_VERBS = word_set(_W, "lead_verbs")
_RECEPTION = word_set(_W, "reception_verbs")
_PERSON_NOUNS = word_set(_W, "person_nouns")
_NOT_FIRST = word_set(_W, "not_person_first_words")
_EVENT_NOUNS = word_set(_W, "event_nouns")
_MULTI_NOUNS = word_set(_W, "multilateral_nouns")
_SETTING = word_set(_W, "setting_nouns")
_VISIT_VERBS = word_set(_W, "visit_verbs")
_ORG_WORDS = word_set(_W, "organisation_words")
_HYPOTHETICAL = word_set(_W, "hypothetical_heads")
_RECALL_VERBS = word_set(_W, "recall_verbs")
_ATTEND_VERBS = word_set(_W, "attend_verbs")
_MEAL_NOUNS = word_set(_W, "meal_nouns")
_THINGS_RECEIVED = word_set(_W, "things_received")  # what a "received" that is no visit receives
_NO_MEETING_GOVERNORS = word_set(_W, "no_meeting_governors")
_HYPOTHETICAL_STATES = word_set(_W, "hypothetical_states")
_WRITTEN_MEDIA = word_set(_W, "written_media")
_CHAIR_VERBS = {"chaired", "co-chaired", "hosted", "convened", "presided", "moderated"}
_SAME_DAY = re.compile(r"\b(?:that (?:morning|afternoon|evening|night|day)|(?:later|earlier) (?:in )?the (?:same )?day|"
                       r"the same day|(?:later|earlier) that day)\b", re.IGNORECASE)
# Plural people a round-up's lead meets without naming them: "met three of his counterparts"
_UNNAMED_MANY = {"counterparts", "leaders", "ministers", "heads", "officials", "dignitaries", "delegations"}
# Time words that place a meeting on no one day: its date is unknown, not the publication date
_NTH_MODS = {"first", "second", "third", "fourth", "other", "latter"}  # "The first call was with X"
_UNDATED = re.compile(r"\b(?:over|at|during) the weekend\b|\bon the eve of\b|\b(?:earlier )?this week\b",
                      re.IGNORECASE)
# A sentence opening on what came next ("Later, X held talks with Y"): the day of the meeting before it.
_SEQUEL = re.compile(r"^\W*(?:later(?: on)?|afterwards|subsequently|after that|then|after the (?:\w+ )?(?:session|"
                     r"meeting|talks|summit|plenary))\b", re.IGNORECASE)
_HELD_TALKS = re.compile(
    r"\b(?:held|had)\s+(?:(?:a|an|their|bilateral|official|first|virtual|telephone|phone|video)\s+){0,3}"
    r"(?P<noun>talks|meeting|conversation|phone call|telephone call|video call|videoconference)\b"
)
_HABITUAL = re.compile(r"\b(?:times|since|occasions|regularly|frequently)\b", re.IGNORECASE)
_PAIR_APART = re.compile(r"\b(?:sidelines|margins|counterpart|earlier|later|also)\b", re.IGNORECASE)
_SEPARATE = re.compile(r"\b(?:separate|separately|bilateral|one-on-one|tete-a-tete|tête-à-tête)\b", re.IGNORECASE)
# A seat of government named without its city ("at the Presidential Palace", "at State House")
_SEAT_VENUE = re.compile(
    r"\b(?:(?:Presidential|Royal|Government|State|Imperial|National)\s+(?:Palace|House|Office|Complex|Villa|Residence|"
    r"Guest\s+House|Secretariat)|Prime\s+Minister['’]s\s+(?:Office|Residence)|Office\s+of\s+the\s+(?:Prime\s+Minister|"
    r"President|Vice[-\s]President)|Ministry\s+of\s+[A-Z][a-z]+|Foreign\s+Ministry|Primature|Federal\s+Chancellery|"
    r"Chancellery|Presidential\s+Administration|President['’]s\s+Office|Royal\s+Court|Parliament\s+(?:House|Buildings?))\b"
)
_SOURCE_BEFORE = re.compile(r"\b(?:according to|statement|issued by|released by|said|told)\b[^.]{0,45}$", re.IGNORECASE)
_VISIT_CALL = re.compile(r"\b(?:courtesy|farewell|introductory|protocol|paid\s+(?:\w+\s+)?an?)\s+calls?\b",
                         re.IGNORECASE)
_MET_WERE = re.compile(
    r"\b(?:leaders|counterparts|officials|dignitaries|heads of (?:state|government)|ministers|presidents)\b"
    r"(?P<mid>[^.;]{3,80}?)\b(?P<verb>met|held (?:talks|meetings) with|spoke with)\b[^.;]{0,50}?\bwere\b"
)
_IN_ROOM = re.compile(
    r"\b(?:at the|during|sidelines|margins|summit|visit|reporters|journalists|press|media|in person)\b", re.IGNORECASE)
_ARRIVAL = re.compile(r"\b(?:arrived|arrives|arriving|(?:on|upon) (?:his|her|their) arrival)\b", re.IGNORECASE)
_ABBREVIATED_OFFICES = {"PM": "prime minister", "FM": "foreign minister", "EAM": "external affairs minister"}
_IN_TURN = re.compile(r"\b(?:in turn|respectively|one after the other|successively|and then by)\b", re.IGNORECASE)
_VISIT_CITY = re.compile(
    r"\b(?:visit|trip|tour)\s+to\s+(?:the\s+(?P<demonym>[A-Z]\w+)\s+capital|(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))"
)
_PORTFOLIO_HEADS = {"minister", "secretary", "commissioner"}  # "Minister of X": X is a portfolio, not a body
_LINE = re.compile(r"(?m)^[ \t]*(\S[^\n]*)$")
# A short line that opens a round-up's list ("His meetings:", "He met with:") and the words that join two people
# listed on one line ("X, and the Maldives' Minister of Finance Y")
_LIST_INTRO = re.compile(r"(?:[A-Z][\w'’]*\s+){0,3}(?:meetings|met with|met|talks)(?:\s+\w+){0,2}\s*:")
_LIST_JOIN = re.compile(r"\s*[,;]?\s*(?:and|as well as)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+|of\s+|for\s+|the\s+|'s\s+)*")
_LINE_DAY = re.compile(r"[-•*–·]\s*((?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                       r"(?:,?\s+\d{1,2}\s+[A-Z][a-z]+|,?\s+[A-Z][a-z]+\s+\d{1,2})?)\s*[:,–-]")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_PHRASAL = word_set(_W, "phrasal_verbs")  # "sat down with": a meeting verb only with its particle
_COURTESY = word_set(_W, "courtesy_nouns")  # "paid a courtesy call on X": a visit, not a phone call
# A sentence that sets the scene of the meetings after it: "on the sidelines of the summit in X"
_SETTING_RE = re.compile(r"\b(?:sidelines|sideline|margins|margin|summit|forum|general assembly|annual meetings?|"
                         r"spring meetings|(?:series|number|string|round) of (?:bilateral )?(?:meetings|talks))\b",
                         re.IGNORECASE)
# The one who led a delegation, named in the sentence after its reception: "The head of the delegation, Y",
# "Chairman of the council, Ambassador Y", "The delegation was led by Y"
_LEADER_NAMED = re.compile(r"^\W*(?:The\s+)?(?:head|leader|chairman|chairperson|chair|president)\s+of\s+the\s+"
                           r"(?P<body>[a-z]+)\b[\s,]*|^\W*The\s+delegation\s+(?:was\s+)?(?:led|headed)\s+by\s+",
                           re.IGNORECASE)
_GROUP = re.compile(
    r"^(?:the|both|all)\s+(?:(?:two|three|four|five|six)\s+)?"
    r"(?:leaders|presidents|sides|ministers|premiers|diplomats|top diplomats|"
    r"heads of state|prime ministers|foreign ministers|counterparts|officials|envoys|chancellors)$|^they$|^both$",
    re.IGNORECASE,
)


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_PHONE = re.compile(
    rf"(?<![\w-])(?:{_alternation(word_set(_W, 'phone'))})\b"
    # "received a call from", "calls world leaders"; not "called for", "called on", "called it"
    rf"|\b(?:{_alternation(word_set(_W, 'phone_call_words'))})\b(?!\s+(?:for|on|upon|off|out|it|into|up)\b)",
    re.IGNORECASE,
)
_VIDEO = re.compile(rf"(?<![\w-])(?:{_alternation(word_set(_W, 'video'))})\b", re.IGNORECASE)
_MENU = re.compile(r"\s[|›»>/•·]\s|\d{1,2}:\d{2}")  # "Home / Politics", "15/08/2025 - 09:12 | By ..."
# A list item naming whom a round-up's host met by office only: "With the President of the Bundestag", "2. Meeting
# with the Prime Minister of Kosovo"
_WITH_HEADING = re.compile(
    r"(?m)^[^\w\n]*(?:\d{1,2}[.)]\s*)?(?:(?:[A-Z][a-z]+\s+){0,2}(?:[Mm]eeting|[Tt]alks|[Aa]udience|[Bb]reakfast|[Ll]unch|"
    r"[Dd]inner|[Cc]all)\s+)?[Ww]ith\s+(?P<role>the\s+[A-Z][^\n.!?:;]{3,100}?)[ \t]*$")
# A round-up's list item of one counterpart: "◆ With the Speaker of the Arab Parliament, Name" (no sentence)
_WITH_ITEM = re.compile(r"^[^\w\n]*(?:\d{1,2}[.)]\s*)?With\s+[A-Z\w][^\n]{3,120}(?<![.!?:;])\s*$")
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_NTH_DAY = re.compile(r"\b(?:on )?the (second|third|fourth|fifth) day\b", re.IGNORECASE)
_MULTI_RE = re.compile(rf"(?<![\w-])(?:{_alternation(_MULTI)})\b", re.IGNORECASE)
_DATE_WORDS = re.compile(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow|last night|last evening|last time|"
    r"monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|years? ago|last year|this year|earlier this (?:week|month|year)|in the past|"
    # ("on the 4th", not "the 11th session")
    r"(?:on )?the (?:evening |morning |afternoon |night )?(?:of )?(?:the )?\d{1,2}(?:st|nd|rd|th)"
    r"(?!\s+(?!(?:of|and|at|in|on|with|when|as|to)\b)[A-Za-z]))\b",
    re.IGNORECASE,
)
# A capitalised word before a day name makes it part of a name ("Good Friday"), unless it opens the
# sentence or is one of these.
_NAME_BEFORE = re.compile(r"(?P<prev>[.!?:\n]\s*)?\b(?P<word>[A-Z][a-z]+)\s+$")
_NOT_NAME_WORDS = {w.capitalize() for w in word_set(_W, "not_name_words")}
_SPEAKING_VENUE = re.compile(
    r"['’]s\b|\s+(?:said|says|stated|announced|reported|noted|added|press|spokes\w*|statement|readout|source)",
    re.IGNORECASE,
)
_MODERATOR = re.compile(r"\b(?:spokes\w*|moderator|press secretary|head of press|presenter|interpreter|anchor|host|"
                        r"communications?|press officer|master of ceremonies|protocol)\b", re.I)
_MEETING_WORD = re.compile(r"\b(?:meeting|talks|meets|met|visit|welcome|negotiations)\b", re.IGNORECASE)
_BRIEFING = re.compile(r"\b(?:(?:media|press|news) briefing|briefing by|press conference by)\b", re.IGNORECASE)
_AIRPORT = re.compile(r"\bairport\b", re.IGNORECASE)
_CLAUSE_DEPS = set(word_set(_W, "clause_deps"))
# Words of a sentence that place a meeting in a room (in-person evidence beside "talked").
_IN_PERSON = re.compile(r"(?<!not )(?<!never )\b(?:met|meets|meet|visit|visited|visiting|received|welcomed|hosted|"
                        r"arrived|sidelines)\b",
                        re.IGNORECASE)
# Verbs that are meetings only through their context ("spoke with", "discussed with"): their kind follows the article.
_AMBIGUOUS_KIND = word_set(_W, "ambiguous_kind")
_MODALS = word_set(_W, "modals")  # "will discuss": a planned meeting


class _Finder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.refs = Referents(doc)
        self.found: list[Meeting] = []
        self.defaulted: list[Meeting] = []  # dated by the dateline only, no date words of their own
        self.hosts: list[Person] = []  # the single subject-side person of each meeting found
        self.travellers: list[Person] = []  # the subject side of the last meeting several people held together
        self.reception_host: Person | None = None  # "X received three delegations": X, for "led by Y" later
        self.announced: tuple[Token, Person] | None = None  # a multi-party meeting named with its host only
        self.sequel_of: dict[int, Meeting] = {}  # a meeting told as what came next, and the one before it
        # (offset, date, span) of round-up sentences that date the meetings they announce ("held a series of
        # bilateral meetings on Saturday")
        self.scenes: list[tuple[int, str, tuple[int, int] | None]] = []
        self.round_host: Person | None = None  # who holds the round-up's meetings ("X held a series of meetings")
        self.listed_lines: list[tuple[int, int]] = []  # bulleted lines a round-up's meetings came from
        self.group_at: int | None = None  # where "the two leaders", "the four ministers" was last resolved
        self.reports: dict[int, list[int]] = {}  # id(meeting) -> starts of later sentences reporting it again
        self.segments = sentences(doc)

    @cached_property
    def headline(self) -> str:
        """The header's headline-like lines before the lead (not an outlet's name, menus or breadcrumbs)."""
        lead = self.lead
        lines = [s.text for s in self.segments if lead is not None and s.start_char < lead.start_char
                 and len(s.text.split()) >= 4 and not _MENU.search(s.text)]
        return "\n".join(lines) or (self.segments[0].text if self.segments else "")

    # -- who --
    def people_in(self, root: Token) -> list[Person]:
        """People named in the subtree of root, not descending into other clauses (but into "led by")."""
        out: list[Person] = []
        stack = [root]
        while stack:
            t = stack.pop()
            if t is not root and t.dep_ in _CLAUSE_DEPS and not _is_led_by(t):
                continue
            if t is not root and t.dep_ == "prep" and any(c.lower_ == "presence" for c in t.children):
                continue  # "received X in the presence of the Deputy Minister, Y": one of the host's side there
            if t.dep_ == "poss" and t.head.lower_ in _ONES_AGENTS and any(
                    c.dep_ == "appos" for c in t.head.children):
                continue  # "President X's special envoy, Y, met Z": the envoy, not X
            who = self.who(t)
            for p in who:
                if p not in out:
                    out.append(p)
            stack.extend(t.children)
        return out

    def fronted_owner(self, poss: Token) -> Person | None:
        """The subject named after a fronted phrase whose "his"/"her" it is: "After her talks with X, Minister Y
        signed ..." (the pronoun points forward to the clause it opens, not back to the last one named)."""
        noun = poss.head
        prep = noun.head
        verb = prep.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"} or prep.i > verb.i:
            return None
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > noun.i), None)
        if subject is None:
            return None
        named = [p for x in subject.subtree for p in [self.doc.person_at(x.idx, x.idx + len(x.text))] if p]
        if not named or any(p is not named[0] for p in named):
            return None
        pronoun = "he" if poss.lower_ == "his" else "she"
        return named[0] if self.refs.gender_of(named[0]) in {None, pronoun} else None

    def who(self, t: Token) -> list[Person]:
        doc = self.doc
        person = doc.person_at(t.idx, t.idx + len(t.text))
        if person is not None:
            return [] if _not_a_person(person) else [person]
        low = t.lower_
        speaker = self.speaker_at(t.idx)
        if low in {"i", "me"} and speaker:
            return [speaker]
        if low in {"we", "us"} and speaker:
            other = self.transcript_partner(t.idx, speaker) or self.recent_other(t.idx, speaker)
            return [speaker, other] if other else [speaker]
        if low in {"you"} and speaker:
            other = self.addressee(t.idx, speaker)
            return [other] if other else []
        if low == "it" and t.dep_ in {"nsubj", "nsubjpass"}:
            return self.delegation_leader(t)  # "a delegation led by X ..., where it was received by Y"
        if low in _DELEGATION and t.dep_ in {"nsubj", "nsubjpass"} and not any(
            x.lower_ in _LEAD_VERBS for x in t.subtree
        ):  # "Later, the delegation met Y": the leader of the delegation named before
            return self.delegation_leader(t, before_sentence=True)
        if low in {"delegation", "delegations"} and t.dep_ == "dobj" and t.head.lower_ in _RECEPTION and not any(
                doc.person_at(x.idx, x.idx + len(x.text)) for x in t.subtree):
            return self.leader_named_next(t)  # "X received a delegation of the Council. Its chairman, Y, ..."
        if low in {"visitors", "guests"} and t.dep_ in {"nsubj", "nsubjpass"} and any(
                c.lower_ == "the" for c in t.children):
            self.group_at = t.idx  # (received together: one meeting)
            return self.travellers  # "the three ministers held a meeting with X ... the visitors were received by Y"
        owner = low in {"his", "her"} and t.dep_ == "poss" and t.head.lower_ in TRIGGER_NOUNS
        if (low in {"he", "him", "she", "her"} or owner) and t.text != "HE":
            # ("HE President ...": His Excellency; "during his meeting with X": the one "his" stands for)
            if low in {"him", "her"} and not owner and t.dep_ in {"dobj", "pobj", "dative"}:
                # "X received Y and discussed with her ...": the one the sentence named, not its subject
                verb = t.head if t.dep_ != "pobj" else t.head.head
                while verb.dep_ == "conj" and verb.head.i != verb.i:
                    verb = verb.head
                named = unique_people([m.person for m in doc.mentions if t.sent.start_char <= m.start < t.idx])
                subjects = set(map(id, self.arguments_subject(verb) or named[:1]))  # (a lost subject: the first)
                named = [p for p in named if id(p) not in subjects]
                if len(named) == 1 and self.refs.gender_of(named[0]) in {None, "she" if low == "her" else "he"}:
                    return named
            ahead = self.fronted_owner(t) if owner else None
            if ahead is not None:
                return [ahead]  # "On his meeting with X, Prime Minister Y said ...": Y's meeting, named after it
            source = re.match(r"\W*According to ([^,]{3,80}),", t.sent.text)
            said = [m.person for m in doc.mentions if source and t.sent.start_char + source.start(1) <= m.start
                    < t.sent.start_char + source.end(1)]
            if len(said) == 1 and t.idx > t.sent.start_char + source.end():
                return said  # "According to X, his talks with Y were productive": X's
            p = self.refs.last_subject(t.idx)
            host = self.hosts[-1] if self.hosts else None
            # "He also met ...": a pronoun subject continues the previous meeting's host, not the spokesman
            # whose "said" came in between.
            # ("She said ... . He also met ...": a "he" is not the woman the text just called "she")
            pronoun = {"him": "he", "his": "he", "her": "she"}.get(low, low)
            other_gender = p is not None and self.refs.gender_of(p) not in {None, pronoun}
            last = self.found[-1] if self.found else None
            # (in a round-up, "X met A. A stressed ... . In the afternoon, he met B": the host again, not A)
            if self.round_host is not None:
                host = self.round_host  # (a round-up's: the one whose "series of bilateral meetings" the story told)
            counterpart = ((bool(self.scenes) or self.round_host is not None) and last is not None and host is not None
                           and p is not None
                           and p is not host and {p.name, host.name} <= set(last.participants)
                           and self.refs.gender_of(host) in {None, pronoun})
            if host is not None and t.dep_ in {"nsubj", "nsubjpass"} and p is not None and (other_gender or not any(
                p.name in m.participants for m in self.found
            ) or counterpart):
                p = host
            return [p] if p else []
        if t.lower_ == "counterpart" and t.dep_ == "compound":  # "discussed with his Russian counterpart issues"
            left = t.i
            while left > t.sent.start and t.doc[left - 1].tag_ in {"PRP$", "JJ", "NNP", "DT"}:
                left -= 1
            s = t.doc[left].idx
            r = role_phrase(self.refs, s, doc.text[s : t.idx + len(t.text)])
            return [r] if r else []
        if t.text in {"HE", "H.E.", "HH"} and t.dep_ in {"nsubj", "nsubjpass"}:
            role = next((c for c in t.children if c.dep_ == "appos" and c.lower_ in _PERSON_NOUNS), None)
            if role is not None:  # "HE the Minister of State met separately with X": that office's holder
                r = self.refs.resolve(role.left_edge.idx, role.right_edge.idx + len(role.right_edge.text))
                return [r] if isinstance(r, Person) else []
        if t.lower_ in {"highness", "majesty", "excellency"} and t.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj"}:
            role = next((c for c in t.children if c.dep_ == "appos" and c.lower_ in _PERSON_NOUNS), None)
            if role is not None:  # "His Highness the Amir": the role holder
                r = self.refs.resolve(min(x.idx for x in role.subtree), role.idx + len(role.text))
                return [r] if isinstance(r, Person) else []
            if t.dep_ in {"nsubj", "nsubjpass"} and not any(c.dep_ == "appos" for c in t.children):
                # "Later, His Highness held a call with X": the one the story called His Highness
                styled = unique_people([m.person for m in doc.mentions if m.start < t.idx and re.search(
                    rf"\b{t.text}\b[^.\n]{{0,25}}$", doc.text[max(0, m.start - 40) : m.start])])
                return styled if len(styled) == 1 else []
        if t.dep_ == "pobj" and t.head.dep_ == "agent" and (
                t.head.head.lower_ in _LEAD_VERBS or t.head.head.lower_ in _RECEPTION) and t.pos_ in {
                "NOUN", "PROPN"} and self.named_after(t) and not any(
                t.left_edge.idx <= m.start < t.right_edge.idx + len(t.right_edge.text) for m in doc.mentions):
            # "a delegation headed by its Chair, David McAllister, the press service reported", "where they were
            # received by the President of Z and Chairman of Y, Dr X": the name the parser hung elsewhere
            nxt = next((m for m in doc.mentions if m.start > t.idx), None)
            return [nxt.person] if nxt is not None else []
        if t.dep_ == "pobj" and t.head.lower_ == "with" and t.lower_ in _PERSON_NOUNS | {"general"} and not any(
                t.left_edge.idx <= m.start < t.right_edge.idx + len(t.right_edge.text) for m in doc.mentions):
            # "spoke by phone with the Secretary-General of the Ministry of Foreign Affairs and National Community
            # Abroad, X": the name after the rest of the office, which the parser hung elsewhere
            nxt = next((m for m in doc.mentions if m.start > t.idx), None)
            gap = doc.text[t.right_edge.idx + len(t.right_edge.text) : nxt.start] if nxt is not None else ""
            if nxt is not None and nxt.start < t.sent.end_char and gap.rstrip().endswith(",") and all(
                    w[:1].isupper() or w in {"of", "the", "and", "for"} for w in gap.replace(",", " ").split()):
                return [nxt.person]
        office = _ABBREVIATED_OFFICES.get(t.text)
        if office and t.dep_ in {"nsubj", "nsubjpass"} and not any(c.dep_ in {"det", "amod"} for c in t.children):
            # "PM also spoke with X": the article's one prime minister
            holders = [p for p in doc.people if (p.title or "").lower() == office]
            if len(holders) > 1:
                holders = [p for p in holders if p is self.refs.last_subject(t.idx, holders)]
            if len(holders) == 1:
                return holders
        # ("the Secretary-General": the role word before the hyphen)
        role_word = t.lower_ in _PERSON_NOUNS or (t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_
                                                  in _PERSON_NOUNS)
        definite_role = (  # "the President spoke to ...", "a call with the Prime Minister of X": a capitalised role
            t.pos_ == "PROPN" and role_word
            and any(c.lower_ == "the" and c.dep_ == "det" for c in t.children)
            and (t.dep_ in {"nsubj", "nsubjpass"} or (t.dep_ in {"pobj", "dobj"} and not self.named_after(t)))
        )
        office_group = t.lower_ in {"leaders", "presidents", "heads", "premiers", "ministers"}
        if (t.pos_ in {"NOUN", "PRON"} or definite_role or office_group) and t.dep_ in {
            "nsubj", "nsubjpass", "pobj", "dobj", "conj"
        }:
            phrase = " ".join(x.text for x in t.subtree if x.dep_ not in _CLAUSE_DEPS and x.i <= t.i)
            if office_group:  # ("The Foreign Ministers of A, B and C met": capitalised)
                heads = self.leaders_of(t)  # "The leaders of Guinea, Guinea-Bissau and Mauritania met"
                if heads:
                    return heads
                if len(self.last_told()) > 1 and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
                    # "He conferred with A, B and C. He also met with the leaders of Algeria, Morocco and Tunisia":
                    # other leaders, not named, and not those of the separate meetings before
                    return []
            if _GROUP.match(phrase.strip()):
                main = t.sent.root
                if low == "they" and t.head.i != main.i:
                    # "A and his delegation travelled to Z, where they were received by B": the main clause's subject
                    named = [p for c in main.children if c.dep_ == "nsubj" and c.i < t.i for p in self.people_in(c)]
                    if named:
                        return named
                pair = self.recent_pair(t.idx, subject=t.dep_ in {"nsubj", "nsubjpass"})
                self.group_at = t.idx
                count = next((n for w, n in _COUNTS.items() if f" {w} " in f" {phrase.lower()} "), None)
                if count and len(pair) != count:  # "the four ministers": the last meeting of four
                    group = next((m for m in reversed(self.found) if len(m.participants) == count), None)
                    pair = ([p for p in self.doc.people if p.name in group.participants] if group
                            else self.last_named(t.idx, count))
                return [] if count and len(pair) != count else pair  # "the two" are two, "the four ministers" four
            if role_word:
                s = min(x.idx for x in t.subtree if x.i <= t.i)
                end = t.idx + len(t.text)
                # "the President of Malta", "the Minister of State of Monaco": that state's holder of the office
                own = _own_subtree(t)  # (not a second office conjoined to it)
                country = next((x for x in own if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.i
                                in {t.i, *(y.i for y in own if y.dep_ == "pobj")} and country_code(" ".join(
                                    y.text for y in x.subtree if y.lower_ != "the"))), None)
                if country is not None:  # (to the end of its name: "the Republic of Vanuatu")
                    end = max(y.idx + len(y.text) for y in country.subtree)
                r = self.refs.resolve(s, end)
                if country is None and t.dep_ in {"nsubj", "nsubjpass"}:
                    # "The Minister of Economy received ...": not the Minister of Commerce the text named first, the
                    # holder of that whole office
                    r = self.whole_office(t, s, r)
                of_other = country is None and any(  # (but "the President of the Republic": the state's own)
                    c.dep_ == "prep" and c.lower_ == "of" and not any(
                        x.dep_ == "pobj" and x.lower_ in _STATE_WORDS for x in c.children) for c in t.children)
                if t.dep_ in {"pobj", "dobj"} and t.pos_ == "PROPN" and of_other and t.lower_ not in _PORTFOLIO_HEADS:
                    r = None  # "received the President of the Russian Academy of Sciences": an office of something else
                if isinstance(r, Person) and t.dep_ in {"pobj", "dobj"} and t.pos_ == "PROPN":
                    # an office named as the one met must be that person's ("received the Deputy Prime Minister of
                    # Russia" is not the President of Russia)
                    office = set(re.findall(r"[a-z]+", doc.text[s : t.idx + len(t.text)].lower())) - {"the", "a", "an"}
                    held = [set(re.findall(r"[a-z]+", x.lower())) for x in [r.title or "", *r.offices]]
                    r = r if any(office <= h for h in held) else None
                named = any(doc.person_at(x.idx, x.idx + len(x.text)) for x in t.subtree)
                if r is None and not named and t.lower_ in {"counterpart", "diplomat", "envoy", "guest", "visitor",
                                                            "official"}:
                    r = role_phrase(self.refs, s, doc.text[s : t.idx + len(t.text)])
                host = self.hosts[-1] if self.hosts else None
                before = [x.text for x in t.subtree if x.i < t.i]  # ("the Sri Lankan prime minister": two words)
                said_country = next((code for k in range(len(before)) for n in (2, 1)
                                     for code in [country_code(" ".join(before[k : k + n]))] if code), None)
                if (
                    t.dep_ in {"nsubj", "nsubjpass"} and not named and host is not None and r is not host
                    and said_country in {None, host.country}  # not "the Indian minister" for a Croatian host
                    and (" ".join(x.lower_ for x in t.subtree).endswith(("head of state", "head of government"))
                         or (host.title and t.lower_ in host.title.lower()
                             # ("the Vice-President" is not a President of the Senate)
                             and {x.lower_ for x in t.subtree} & {"vice", "deputy"} <= set(
                                 re.findall(r"[a-z]+", host.title.lower()))))
                ):
                    r = host  # a read-out's "the head of state received a call from ...": the one it is about
                return [r] if isinstance(r, Person) else []
        return []

    def whole_office(self, role: Token, start: int, bare: Person | None | bool) -> Person | None | bool:
        """Who holds an office phrase with its portfolio ("the Minister of Trade and Regional Integration"): the
        bare office's holder (``bare``) when their title has the portfolio, else the one given the whole office."""
        portfolio = next((c for c in role.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None)
        if portfolio is None:
            return bare
        words = {x.lower_ for x in portfolio.subtree if x.is_alpha} - {"of", "for", "the", "and"}
        if not words or (isinstance(bare, Person) and words <= set(re.findall(r"[a-z]+", (bare.title or "").lower()))):
            return bare
        whole = self.refs.resolve(start, portfolio.right_edge.idx + len(portfolio.right_edge.text))
        return whole if isinstance(whole, Person) else bare

    def office_holder(self, role: Token) -> list[Person]:
        """The holder of an office phrase the parser left without a verb of its own (an apposition)."""
        start = role.left_edge.idx
        found = self.whole_office(role, start, self.refs.resolve(start, role.idx + len(role.text)))
        return [found] if isinstance(found, Person) else []

    def named_after(self, role: Token) -> bool:
        """ "the Minister of Development of Norway, Mr X": the role's holder is named right after it."""
        # (not through a second office conjoined to it: "between the Minister of X and the Minister of Y, Z")
        apposed = {y.i for x in role.subtree if x.dep_ == "appos" or _second_office(x) for y in x.subtree}
        end = max(x.idx + len(x.text) for x in role.subtree if x.i not in apposed and x.dep_ != "punct")
        nxt = next((m for m in self.doc.mentions if m.start >= end), None)
        if nxt is None:
            return False
        between = self.doc.text[end : nxt.start].strip(" ,").split()
        return role.idx <= nxt.start < end or (len(between) <= 4 and all(
            w.lower() in honorific_words() or re.fullmatch(r"(?:[A-Z][a-z]{0,3}\.)+", w) for w in between))

    def leaders_of(self, noun: Token) -> list[Person]:
        """ "the leaders of A, B and C", "the heads of government of A and B": the article's office holders of
        those countries, one each (head of state or government, or the noun's own office)."""
        codes: list[str] = []
        skip = 0
        tokens = list(noun.subtree)
        # "A and B agreed ..., after the two countries' agriculture ministers met": the countries of the sentence
        if any(c.dep_ == "poss" and c.lower_ in {"countries", "nations"} and any(n.lower_ == "two" for n in c.children)
               for c in noun.subtree if c.i < noun.i):
            tokens = [x for x in noun.sent if x.i < noun.i and x.dep_ != "poss"] + [noun]
        for x in tokens:
            if skip:
                skip -= 1
                continue
            if (x.i > noun.i or tokens[-1].i == noun.i) and x.text[:1].isupper():
                # "Saint Lucia", "Guinea-Bissau": a country of several tokens
                size, code = next(((n, c) for n in (3, 2) if x.i + n <= noun.sent.end
                                   for c in [country_code(x.doc[x.i : x.i + n].text)] if c), (1, None))
                if code is None and x.dep_ != "compound":
                    code = country_code(x.text)
                skip = size - 1
                if code and code not in codes:
                    codes.append(code)
        if len(codes) < 2:
            return []
        heads_of_state = ("president", "prime minister", "premier", "king", "emir", "amir", "chancellor",
                          "chief adviser", "sultan")
        office = ("minister",) if noun.lower_ == "ministers" else heads_of_state
        field = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}}  # "Water ministers"
        found = []
        for code in codes:
            holders = [p for p in self.doc.people if p.country == code and p.title
                       and any(o in p.title.lower() for o in office)]
            if not holders and field and noun.lower_ == "ministers":  # ("Cabinet Secretary for Agriculture")
                holders = [p for p in self.doc.people if p.country == code and p.title
                           and field & set(p.title.lower().split())]
            if len(holders) > 1 and noun.lower_ == "ministers":  # a prime minister is no "minister" of a field
                holders = [p for p in holders if not p.title.lower().startswith("prime")] or holders
            if len(holders) > 1 and field:
                holders = [p for p in holders if field & set(p.title.lower().split())] or holders
            if not holders:  # the story's own side, named without a country (given the home country later)
                holders = [p for p in self.doc.people if p.country is None and p.title and p not in found
                           and any(o in p.title.lower() for o in office)
                           and not p.title.lower().startswith(("prime", "deputy prime"))]
            if len(holders) != 1:
                return []
            found.append(holders[0])
        return found

    def delegation_leader(self, pronoun: Token, before_sentence: bool = False) -> list[Person]:
        """The leader of the delegation a pronoun stands for: the last "delegation led by X" before it (in its
        sentence, or in the text before it)."""
        start = max(0, pronoun.sent.start - 1500) if before_sentence else pronoun.sent.start
        for noun in reversed(list(pronoun.doc[start : pronoun.i])):
            if noun.lower_ in _DELEGATION:
                found = self.leader_of(noun)
                if found:
                    return found
        return []

    def leader_of(self, noun: Token) -> list[Person]:
        """The one who leads a delegation: "a delegation led by X", "headed by the Speaker of Y, Rt. Hon. X"
        (a name the parser hung elsewhere: the first one after "by", with no verb between); "X is leading a
        delegation": the subject of the leading verb."""
        if noun.dep_ == "dobj" and noun.head.lower_ in _LEAD_VERBS:
            found = [p for c in noun.head.children if c.dep_ == "nsubj" for p in self.people_in(c)]
            if len(found) == 1:
                return found
        for lead in [*noun.subtree, *(c for c in noun.head.children if c.dep_ == "advcl")]:
            if lead.lower_ in _LEAD_VERBS and lead.dep_ in {"acl", "advcl"}:
                for c in lead.children:
                    if c.dep_ in {"agent", "prep"} and c.lower_ == "by":
                        found = self.people_in(c)
                        if found:
                            return found[:1]
                        after = next((m for m in self.doc.mentions if c.idx < m.start < c.sent.end_char), None)
                        if after is not None and not any(t.pos_ in {"VERB", "AUX"} for t in c.sent
                                                         if c.idx < t.idx < after.start):
                            return [after.person]
        return []

    def leader_named_next(self, noun: Token) -> list[Person]:
        """The leader of a delegation received without a name, when one of the next two sentences names them:
        "The head of the delegation, Y, ...", "Chairman of the council, Y, ...", "The delegation was led by Y"."""
        bodies = {"delegation"} | {x.lower_ for x in noun.subtree if x.pos_ in {"NOUN", "PROPN"} and x.i > noun.i}
        after = [x for x in self.segments if x.start_char >= noun.sent.end_char][:2]
        for seg in after:
            m = _LEADER_NAMED.search(seg.text)
            if m is None or (m.group("body") and m.group("body").lower() not in bodies):
                continue
            at = seg.start_char + m.end()
            first = next((x for x in self.doc.mentions if at <= x.start < seg.end_char), None)
            between = self.doc.text[at : first.start] if first is not None else ""
            if first is not None and not re.search(r"\b(?:said|met|was|were|is|has|had)\b", between):
                return [first.person]
        return []

    @cached_property
    def principals(self) -> list[str]:
        """The transcript's speakers who are not its moderators (spokespersons, hosts, interpreters)."""
        names: list[str] = []
        for u in self.doc.utterances:
            if u.mode != "transcript" or not u.speaker or u.speaker in names:
                continue
            person = next((p for p in self.doc.people if p.name == u.speaker), None)
            if person is not None and person.title and _MODERATOR.search(person.title):
                continue
            names.append(u.speaker)
        known = [n for n in names if any(p.name == n for p in self.doc.people)]
        return known if len(known) >= 2 else names  # a speaker known only from a label ("MR KORHONEN:") chairs

    def transcript_partner(self, offset: int, speaker: Person) -> Person | None:
        """ "We have just concluded good talks" in a transcript turn: the other principal speaker."""
        if not any(u.start <= offset < u.end and u.mode == "transcript" for u in self.doc.utterances):
            return None
        others = [n for n in self.principals if n != speaker.name]
        return next((p for p in self.doc.people if others and p.name == others[0]), None)

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

    def last_told(self) -> list[Meeting]:
        """The meetings of the last sentence that reported any (several when one host met each of several)."""
        return [m for m in self.found if m.start == self.found[-1].start] if self.found else []

    def recent_pair(self, offset: int, subject: bool = False) -> list[Person]:
        if self.found:
            # "held three separate meetings with the leaders": everyone of the meetings of the last sentence
            last = self.last_told()
            if subject and len(last) > 1:
                return []  # "X met A, B and C. ... the leaders engaged in ...": they never sat together
            names = {n for m in last for n in m.participants}
            return [p for p in self.doc.people if p.name in names]
        return self.last_named(offset, 2)

    def last_named(self, offset: int, count: int) -> list[Person]:
        """The people of the last sentence before offset that names exactly count of them ("A, B and C are
        travelling together. ... the three ministers held a meeting with D")."""
        for seg in reversed(self.segments):
            if seg.start_char >= offset:
                continue
            people = []
            for m in self.doc.mentions:
                if seg.start_char <= m.start < seg.end_char and m.person not in people:
                    people.append(m.person)
            if len(people) == count:
                return people
        return []

    def protagonist(self, exclude: list[Person]) -> Person | None:
        """Whose meetings the article reports: the host of the meetings so far, else the most-named person."""
        counts: dict[str, int] = {}
        excluded = {p.name for p in exclude}
        for m in self.found:  # in the most meetings so far; among those, the most named
            for n in m.participants:
                counts[n] = counts.get(n, 0) + 100
        if self.reception_host is not None:
            counts[self.reception_host.name] = counts.get(self.reception_host.name, 0) + 100
        for m in self.doc.mentions:
            if not _not_a_person(m.person) and (m.person.name in counts or not self.found):
                counts[m.person.name] = counts.get(m.person.name, 0) + 1
        counts = {n: c for n, c in counts.items() if n not in excluded}
        if not counts or max(counts.values()) < 2:
            return None
        best = max(counts, key=lambda n: counts[n])
        return next((p for p in self.doc.people if p.name == best), None)

    def with_items(self) -> None:
        """ "◆ With the Speaker of the Arab Parliament, X": a round-up's list item naming one counterpart of the host
        whose meetings the article lists."""
        text = self.doc.text
        for seg in self.segments:
            line_end = text.find("\n", seg.start_char)
            if not _WITH_ITEM.match(seg.text) or seg.end_char != (len(text) if line_end < 0 else line_end) or (
                    not self.doc.in_body(seg.start_char)):
                continue
            named = unique_people([m.person for m in self.doc.mentions if seg.start_char <= m.start < seg.end_char
                             and not _not_a_person(m.person)])
            host = self.protagonist(named)
            if len(named) != 1 or host is None or not (self.scenes or any(host.name in m.participants
                                                                          for m in self.found)):
                continue
            if not any(set(m.participants) == {host.name, named[0].name} for m in self.found):
                self.emit(seg, seg[0], [host], named, "meetings.list_item",
                          f"list item '{seg.text.strip()[:40]}' of {host.name}'s round-up")

    def named_below(self, at: int) -> list[Person]:
        """The first person the paragraph under a list item names who is not the one whose meetings are listed."""
        text = self.doc.text
        line_end = text.find("\n", at)
        if line_end < 0 or text[:line_end].rstrip().endswith((".", "!", "?", ":", ";")):
            return []  # not a heading line
        para_end = text.find("\n", line_end + 1)
        para_end = len(text) if para_end < 0 else para_end
        host = self.protagonist([])
        return next(([m.person] for m in self.doc.mentions if line_end < m.start < para_end
                     and m.person is not host and not _not_a_person(m.person)), [])

    def heading_titles(self) -> None:
        """ "With the President of the German Bundestag" / "■ Meeting with the Prime Minister of Kosovo" over a
        paragraph naming the one met: the office and state of that person, when the text gives none elsewhere."""
        for m in _WITH_HEADING.finditer(self.doc.text):
            if not self.doc.in_body(m.start()):
                continue
            below = self.named_below(m.start())
            if below and below[0].title is None:
                below[0].title, country = clean_title(m.group("role"))
                below[0].country = below[0].country or country
                note = "title of the list item above"
                below[0].evidence = (below[0].evidence + "; " if below[0].evidence else "") + note

    def set_scene(self, seg: SpacySpan, noun: Token) -> None:
        verb = noun
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        date, how, span = self.when(seg, verb)
        if how == "day" and date:
            self.scenes.append((seg.start_char, date, span))

    # -- when --
    def is_planned(self, verb: Token) -> bool:
        t = verb
        for _ in range(4):
            kids = {c.lower_ for c in t.children if c.dep_ in {"aux", "auxpass", "mark", "neg"}}
            if kids & _PLANNING or "not" in kids or "n't" in kids or "never" in kids:
                return True
            if t.dep_ in {"xcomp", "ccomp", "advcl"} and t.head.lower_ in _PLANNING and not (
                    t.dep_ == "advcl" and kids & {"after", "when", "as", "once"}):
                return True  # ("agreed to ... after the ministers met": the meeting came first)
            if t.dep_ == "xcomp" and t.tag_ == "VB" and t.head.lower_ in {"was", "were", "is", "are"}:
                return True  # "where he was to meet X": a plan
            if t.dep_ not in {"xcomp", "conj", "acl"} or t.head.i == t.i:
                break
            t = t.head
        return t.lower_ in _PLANNING

    def is_recalled(self, verb: Token) -> bool:
        """ "have met in the past", "has recently met", "he recalled that they had discussed": background."""
        if any(c.lower_ in {"has", "have"} and c.dep_ == "aux" for c in verb.children):
            # (its own clause: not "the first visit she has hosted since taking office")
            inner = {x.i for t in verb.sent if t.dep_ == "relcl" and t.i != verb.i for x in t.subtree}
            if _HABITUAL.search(" ".join(t.text for t in verb.sent if t.i not in inner)):
                return True  # "X has met Y three times since taking office": meetings in general, none in particular
        t = verb
        for _ in range(3):
            if t.dep_ in {"ccomp", "advcl", "xcomp", "conj"} and t.head.lower_ in _RECALL_VERBS:
                return True
            if t.head.i == t.i:
                break
            t = t.head
        if verb.dep_ == "advcl" and verb.head.tag_ in {"VBP", "VBZ"} and any(
            c.dep_ == "mark" and c.lower_ in {"after", "since"} for c in verb.children
        ):
            return True  # "Two weeks after X and Y held talks, traders say ...": the story is later
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in _RECALLED:
                return True
            if c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "past" for g in c.children):
                return True
        return False

    def tense_ok(self, verb: Token, seg: SpacySpan) -> bool:
        if verb.tag_ in {"VBD", "VBN"}:
            return True
        if verb.tag_ == "VBG":
            if verb.dep_ == "pcomp" and verb.head.lower_ in {"after", "following", "by"}:
                # "said after meeting X": done before a past "said"; "began his trip by meeting X": done then
                return verb.head.head.tag_ in {"VBD", "VBN"}
            if verb.dep_ == "advcl" and verb.lower_ == "meeting" and verb.head.tag_ == "VBD" and not any(
                    c.dep_ == "mark" for c in verb.children):
                return True  # "X travelled to Guatemala, meeting with President Y": done on that trip
            if verb.lower_ in {"holding", "having"} and any(c.dep_ == "aux" and c.lower_ in {"is", "are"}
                                                            for c in verb.children):
                # a wire's live "X is holding talks with Y" (today, or on the day it is filed), not a later day's
                date, how, _ = self.when(seg, verb)
                return how == "default" or (how == "day" and date == self.doc.reference_date)
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
        exprs = [_with_day_before(doc.text, x) for x in exprs]
        pub = doc.published_span
        if pub:  # the header's own date line, run into the first sentence (" date 2023-08-03 Kuwait's ...")
            exprs = [x for x in exprs if not (x[1] < pub[1] and pub[0] < x[2])]
        filed = dateline_end(doc)  # "Amman, Nov. 10 (Petra) -- X received a call on Sunday": the filing day
        exprs = [x for x in exprs if x[1] >= filed and not _opens_line_as_dateline(doc.text, x[1], x[2])]
        named = [(e.start_char, e.end_char) for e in seg.ents if e.label_ not in {"DATE", "TIME"}]
        for m in _DATE_WORDS.finditer(seg.text):
            s = seg.start_char + m.start()
            # Not inside a name: "the Good Friday Agreement".
            if any(a <= s < b for _, a, b in exprs) or any(a <= s < b for a, b in named):
                continue
            if not recognised and _in_name(doc.text, s):
                continue
            exprs.append((m.group(), s, seg.start_char + m.end()))
        anchors = {trigger.i, trigger.head.i} if trigger.pos_ in {"NOUN", "PROPN"} else {trigger.i}
        anchors |= {c.i for c in trigger.children if _visiting(trigger, c)}
        if trigger.pos_ in {"VERB", "AUX"}:  # "discussed ... during their phone talks on July 9": the talks' day
            anchors |= {t.i for t in trigger.subtree if t.lower_ in TRIGGER_NOUNS and t.pos_ == "NOUN"
                        and t.head.lower_ in {"during", "in", "at"}}
        up = trigger.head
        while trigger.pos_ in {"NOUN", "PROPN"} and up.dep_ in {"prep", "pobj", "dobj"} and up.head.i != up.i and (
                len(anchors) < 6):
            up = up.head  # "took part in a video conference with X on Tuesday": the day of "took part"
            anchors.add(up.i)
            if up.pos_ in {"VERB", "AUX"}:
                break
        clause = trigger if trigger.pos_ not in {"NOUN", "PROPN"} else trigger.head
        if clause.dep_ in {"xcomp", "acl"}:  # "Just yesterday, we had the opportunity to talk": the governor's date
            clause = clause.head if clause.dep_ == "xcomp" or clause.head.pos_ in {"VERB", "AUX"} else clause.head.head
            anchors.add(clause.i)
        for _ in range(3):  # "set up in October 2024, when X visited Cairo and held talks": that date
            if clause.dep_ in {"conj", "advcl", "relcl"} and clause.head.i != clause.i:
                relative = clause.dep_ == "relcl"
                clause = clause.head
                anchors.add(clause.i)
                # "On Wednesday X flew to Alofi, where he held talks": the verb the place hangs off
                while relative and clause.pos_ not in {"VERB", "AUX"} and clause.dep_ in {"pobj", "prep", "dobj"}:
                    clause = clause.head
                    anchors.add(clause.i)
            elif clause.dep_ == "pcomp" and clause.head.head.i != clause.head.i:  # "signed ... after holding talks"
                clause = clause.head.head
                anchors.add(clause.i)
            else:
                break
        attached, loose = [], []
        for text, a, b in exprs:
            found = resolve(text, doc.reference_date)
            span = doc.nlp.char_span(a, b, alignment_mode="expand")
            if span is not None and found[1] in {"vague", "future"} and trigger.pos_ in {"NOUN", "PROPN"} and (
                    span.root.head.i == trigger.i):
                return None, found[1], None  # "citing a meeting last week with X" (told on Tuesday): not that day
            (attached if span is not None and _attached(span.root, anchors) else loose).append((found, (a, b)))
        loose = [(f, (a, b)) for f, (a, b) in loose if not _other_verb(doc, doc.nlp.char_span(
            a, b, alignment_mode="expand"), anchors)]
        for group, allow_vague in ((attached, True), (loose, False)):
            days = [(d, span) for (d, kind), span in group if kind == "day"]
            # "yesterday, on Monday April 20, 2020": the full date
            days.sort(key=lambda x: not FULL_DATE.search(doc.text[x[1][0] : x[1][1]]))
            if days:
                return days[0][0], "day", days[0][1]
            if allow_vague and any(kind == "future" for (_, kind), _ in group):
                return None, "future", None
            if allow_vague and any(kind == "vague" for (_, kind), _ in group):
                return None, "vague", None
        undated = _UNDATED.search(seg.text)
        if undated:  # "met X over the weekend", "on the eve of the summit": no one day the text gives
            at = seg.start_char + undated.start()
            return None, "undated", (at, at + len(undated.group()))
        same_day = _SAME_DAY.search(seg.text) or _SEQUEL.search(seg.text) or next(
            (re.search(re.escape(c.text), seg.text) for c in trigger.children  # "The Minister then spoke with X"
             if c.dep_ == "advmod" and c.lower_ in {"then", "afterwards", "subsequently"}), None)
        last = self.found[-1] if self.found else None
        # "... that afternoon", "later the same day": the day the meeting before it gave in its own sentence
        if same_day and last and last.date and last.date_span and last.start <= last.date_span[0] < last.end:
            at = seg.start_char + same_day.start()
            return self.found[-1].date, "day", (at, at + len(same_day.group()))
        nth = _NTH_DAY.search(seg.text)
        dated = sorted(m.date for m in self.found if m.date and m.date_from == "text")
        if nth and dated:  # "On the second day, in Toronto, ...": the day after the programme's first
            first = date.fromisoformat(dated[0])
            at = seg.start_char + nth.start()
            return (first + timedelta(days=_ORDINALS[nth.group(1).lower()] - 1)).isoformat(), "day", (at, at + len(
                nth.group()))
        visit = self.visit_date(seg)
        if visit is not None:
            return visit[0], "day", visit[1]
        return doc.reference_date, "default", None

    @cached_property
    def lead(self) -> SpacySpan | None:
        """The story's first sentence of running text (past the headline and header lines)."""
        for seg in self.segments:
            if seg.start_char > 2000:  # (past menus, a headline and a byline, however many lines they take)
                break
            sentence = seg.text.rstrip().endswith((".", "!", "?", "”", '"')) and len(seg) > 8
            if sentence and self.doc.in_body(seg.start_char):
                return seg
        return None

    @cached_property
    def lead_city(self) -> str | None:
        """The one city the story's lead sentence names ("X arrived in Nairobi on Monday for talks"): where its
        meetings are when nothing nearer says."""
        if self.lead is None:
            return None
        return _one_city(_cities_after(r"\b(?:in|to|at)", self.lead.text))

    def visit_date(self, seg: SpacySpan) -> tuple[str, tuple[int, int]] | None:
        """A meeting with no date of its own, reported after "the delegation visited X on July 21": the visit's
        day, when the story's first sentences give exactly one such dated visit."""
        found = []
        for other in self.segments[:6]:
            if other.start_char >= seg.start_char:
                break
            for t in other:
                if t.pos_ not in {"VERB", "AUX"} or t.tag_ not in {"VBD", "VBN"}:
                    continue
                # a visit's day, or the day of the story's lead ("LILONGWE - Spain on Wednesday handed over ...")
                if t.lower_ not in _VISIT_VERBS and not (t.dep_ == "ROOT" and other is self.lead):
                    continue
                if self.is_planned(t):
                    continue
                for e in other.ents:
                    if re.search(r"\d\s*(?:and|to|-|–)\s*\d", e.text):
                        continue  # "on September 22 and 23": no one day for the meetings that follow
                    if e.label_ == "DATE" and _attached(e.root, {t.i}):
                        d, kind = resolve(e.text, self.doc.reference_date)
                        if kind == "day" and d:
                            found.append((d, (e.start_char, e.end_char)))
        return found[0] if len({d for d, _ in found}) == 1 else None

    # -- where --
    def where(self, seg: SpacySpan, trigger: Token, kind: str) -> tuple[str | None, tuple[int, int] | None]:
        """The city of the trigger's own clause: a venue ("the Kremlin"), "in/at <City>", "the <country> capital"."""
        if kind == "in_person":
            for city, s, e in venues_in(seg.text):
                if _SPEAKING_VENUE.match(seg.text, e) or re.search(r"according to\s+(?:the\s+)?$", seg.text[:s]):
                    continue  # "the White House said", "according to the Kremlin": the source, not the room
                return self.as_written(city), (seg.start_char + s, seg.start_char + e)
        clause = trigger.head if trigger.pos_ in {"NOUN", "PROPN"} and trigger.head.pos_ in {"VERB", "AUX"} else trigger
        while clause.dep_ in {"conj", "xcomp"} and clause.head.i != clause.i:
            clause = clause.head
        core = {trigger.i, trigger.head.i, clause.i}
        near = core | {c.i for c in trigger.children}  # (but an object noun's "in X" is a topic's place)
        # ("welcomed X and Y to St Helier today": where the welcome brought them)
        welcome = clause.lower_ in {"welcomed", "welcomes", "welcome", "welcoming"}
        towards = {"in", "at", "to"} if welcome else {"in", "at"}
        for t in seg:
            if t.dep_ != "pobj" or t.head.lower_ not in towards or not _within_clause(t, clause):
                continue
            if t.lower_ in {"resort", "city", "town", "port", "village", "island", "capital"}:
                # "in the Red Sea resort of Hurghada": the place its "of" names
                named = next((y for x in t.children if x.dep_ == "prep" and x.lower_ == "of"
                              for y in x.children if y.dep_ == "pobj" and y.pos_ == "PROPN"), None)
                if named is not None and (find_city(named.text) or named.ent_type_ == "GPE"):
                    span = (named.idx, named.idx + len(named.text))
                    return self.as_written(find_city(named.text) or named.text), span
            holder = t.head.head  # what the place is of: the meeting, its summit, not "the Ministry in Moscow"
            holders = [holder]
            while len(holders) < 5 and (
                    (holder.dep_ == "pobj" and holder.head.lower_ in {"at", "in", "inside"})
                    or (holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.lower_ == "seat")
                    or (holder.dep_ == "appos" and holder.lower_ in {"seat", "residence", "headquarters"})):
                # "received X at the Presidential Villa in Abuja", "at the Straka Academy, the seat of the
                # government in Prague's Malá Strana district"
                holder = holder.head if holder.dep_ == "appos" else holder.head.head
                holders.append(holder)
            if not any(
                (h.i in near and not (h.pos_ == "NOUN" and h.i not in core and h.lower_ not in TRIGGER_NOUNS))
                or (h.lower_ in _EVENT_NOUNS and not (  # (not "discussed the possibility of holding a forum in X")
                    h.i > trigger.i and _FUTURE.search(self.doc.text[trigger.idx : h.idx])))
                or self.doc.person_at(h.idx, h.idx + len(h.text)) is not None  # "met X in Paris"
                for h in holders
            ):
                continue
            if t.lower_ in _DISTRICT_NOUNS:
                # "at the Straka Academy in Prague's Malá Strana district": the city whose district it is
                owner = next((c for c in t.children if c.dep_ == "poss" and find_city(c.text)), None)
                if owner is not None:
                    return self.as_written(find_city(owner.text)), (owner.idx, owner.idx + len(owner.text))
            span = _proper_span(t)
            if span is not None and not find_city(span.text) and len(span) > 1:
                # "at Expo City Dubai", "at the Hotel Kempinski Amman": the city a venue's name ends with
                tail = next((span[k:] for k in range(len(span) - 1, max(0, len(span) - 3), -1)
                             if find_city(span[k:].text)), None)
                if tail is not None and tail[0].i > span[0].i:
                    return self.as_written(find_city(tail.text)), (tail.start_char, tail.end_char)
            if span is not None and _SEAT_VENUE.match(span.text):
                # "at the Government Complex Seoul": the city the venue's name ends with; "at the Primature": a
                # seat of government (seat() gives its city)
                span = next((span[k:] for k in range(1, len(span)) if find_city(span[k:].text)), None)
                if span is None:
                    continue
            city = find_city(span.text) if span is not None else None
            if city is None and span is not None:  # "at Vanijya Bhawan, New Delhi": the venue's city after it
                after = re.match(r",[ \t]*([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})", self.doc.text[span.end_char :])
                if after and find_city(after.group(1)):
                    s0 = span.end_char + after.start(1)
                    return self.as_written(find_city(after.group(1))), (s0, s0 + len(after.group(1)))
                city = fuzzy_city(span.text) or world_capital(span.text)
                unlisted = _unlisted_city(span) if city is None else None
                if unlisted:
                    # "at the Secretariat in Gulshan", "at the agency's headquarters in Gigiri": no town of the
                    # world's gazetteer but a district of the city the story is filed from
                    story = None if known_town(unlisted) else (
                        self.doc.dateline_place or _header_place(self.doc) or _header_city(self.doc, self.lead)
                        or self.lead_city)
                    city = story or unlisted
            if city:
                if span is not None and fold(span.text) == fold(city) and span.text != city:
                    city = span.text  # "Chișinău" as the article writes it, not the gazetteer's "Chisinau"
                return self.as_written(city), (span.start_char, span.end_char)
            capital = re.match(r"the (\w+) capital", " ".join(x.text for x in t.subtree))
            if capital and capital_of(country_code(capital.group(1))):
                return capital_of(country_code(capital.group(1))), (t.idx, t.idx + len(t.text))
        if kind == "in_person" and clause.dep_ == "relcl" and clause.head.pos_ == "PROPN":
            head = clause.head  # "flew to Alofi, where he held talks"
            destination = head.dep_ == "pobj" and head.head.lower_ in {"to", "in", "at"} and self.doc.person_at(
                head.idx, head.idx + len(head.text)) is None and head.ent_type_ not in {"ORG", "FAC"} and not any(
                x.lower_ in _ORG_WORDS for x in head.subtree)  # (not "at the Ministry of Defence, where ...")
            code = country_code(head.text) if destination else None
            # ("paid a visit to Egypt, where he met ...": the country's seat of government)
            city = find_city(head.text) or (capital_of(code) if code else None) or (head.text if destination else None)
            if city:
                return self.as_written(city), (clause.head.idx, clause.head.idx + len(clause.head.text))
        here = next((t for t in seg if t.lower_ == "here" and t.dep_ == "advmod" and _within_clause(t, clause)), None)
        if here is not None and kind == "in_person":  # "held consultations here": where the story was filed
            city = self.doc.dateline_place or _header_place(self.doc) or _header_city(self.doc, self.lead)
            if city:
                return city, (here.idx, here.idx + len(here.text))
        visit = _VISIT_CITY.search(seg.text)  # "on the second day of his visit to Hanoi", "to the Norwegian capital"
        if visit and kind == "in_person":
            name = visit.group("city") or ""
            city = find_city(name) or (capital_of(country_code(visit.group("demonym"))) if visit.group("demonym")
                                       else None)
            if city:
                return self.as_written(city), (seg.start_char + visit.start(), seg.start_char + visit.end())
        return None, None

    def seat(self, seg: SpacySpan, trigger: Token, side_a: list[Person], side_b: list[Person]
             ) -> tuple[str | None, tuple[int, int] | None]:
        """ "received X at the Presidential Palace", "at the Foreign Ministry": a seat of government with no city
        named is in the host state's seat of government (the receiving side's state, else the story's home state
        when one side is of it)."""
        m = next((v for v in _SEAT_VENUE.finditer(seg.text) if not _SPEAKING_VENUE.match(seg.text, v.end())
                  and not _SOURCE_BEFORE.search(seg.text[max(0, v.start() - 60) : v.start()])
                  # (not "Secretary of State of the Ministry of Foreign Affairs": a part of someone's office)
                  and not re.search(r"\bof\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?$",
                                    seg.text[max(0, v.start() - 30) : v.start()])), None)
        if m is None:
            return None, None  # (not "the Foreign Ministry said": the source, not the room)
        before = seg.text[max(0, m.start() - 30) : m.start()].replace("the ", "")
        own = re.search(r"([A-Z][\w'’-]+)(?:['’]s)?\s+$", before)
        code = country_code(own.group(1)) if own else None  # "the Turkish Foreign Ministry"
        host = trigger.lower_ in _RECEPTION and len(side_a) == 1
        if code is None and host:
            code = side_a[0].country  # (a host whose state is not known places nothing)
        elif code is None:
            code = self.home if self.home in {p.country for p in side_a + side_b} else None
        dateline = self.doc.dateline_place
        # "ZANZIBAR - ... received a delegation at State House": the dateline's city of that state
        local = dateline and code and city_country(find_city(dateline) or dateline) == code
        city = dateline if local else seat_of(code)
        return (city, (seg.start_char + m.start(), seg.start_char + m.end())) if city else (None, None)

    def as_written(self, city: str) -> str:
        """The dateline's own name for the same city ("Nur-Sultan" for a venue of Astana in a 2020 story)."""
        d = self.doc.dateline_place
        return d if d and d != city and same_city(d, city) else city

    def kind_of(self, seg: SpacySpan, trigger: Token) -> str:
        """phone / video / in_person from the trigger's own sentence; a bare "spoke with" takes the article's kind."""
        text = _VISIT_CALL.sub("", seg.text)  # "paid him a farewell call at the Villa": a visit, not a phone call
        if any(c.lower_ in _COURTESY for c in trigger.children):
            return "in_person"
        if _VIDEO.search(text):
            return "video"
        if _PHONE.search(text):
            return "phone"
        if trigger.lower_ in _AMBIGUOUS_KIND and not _IN_PERSON.search(text):
            # the headline, the sentence before or after: "Leaders talk over phone", "X spoke by phone with A.
            # Later he also spoke with B.", "In each call he thanked ..."
            i = self.segment_index.get(seg.start_char)
            context = [self.headline] + ([] if i is None else [
                self.segments[k].text for k in (i - 1, i + 1) if 0 <= k < len(self.segments)])
            for c in context:
                if _VIDEO.search(c):
                    return "video"
                if _PHONE.search(c):
                    return "phone"
        return "in_person"

    # -- the meeting --
    def check(self, seg: SpacySpan) -> None:
        if any(a <= seg.start_char < b for a, b in self.listed_lines):
            return
        before = len(self.found)
        self.read_triggers(seg)
        if len(self.found) == before:
            self.misparsed(seg)
        if len(self.found) == before:
            self.counterparts_listed(seg)
        if len(self.found) == before:
            self.fronted_with(seg)

    def fronted_with(self, seg: SpacySpan) -> None:
        """ "With Chinese Foreign Minister Wang Yi, Anwar reviewed the ties ...": in a round-up (a scene set, or
        the subject already met someone), the subject's meeting with the one the opening phrase names."""
        m = re.match(r"\W*With\s+", seg.text)
        comma = seg.text.find(",", m.end()) if m else -1
        if m is None or not 0 < comma < 120:
            return
        at = seg.start_char
        guests = unique_people([x.person for x in self.doc.mentions if at + m.end() <= x.start < at + comma
                                and not _not_a_person(x.person)])
        root = seg.root
        if len(guests) != 1 or root.tag_ != "VBD" or self.is_planned(root) or self.is_recalled(root):
            return
        hosts = [p for p in self.arguments_subject(root) if p is not guests[0]]
        if len(hosts) != 1 or not (self.scenes or self.round_host is hosts[0]
                                   or any(hosts[0].name in f.participants for f in self.found)):
            return
        self.emit(seg, root, hosts, guests, "meetings.fronted_with", f"'With {guests[0].name}, ...' in a round-up")

    def counterparts_listed(self, seg: SpacySpan) -> None:
        """ "(Among) the leaders X met on Saturday were A and B": X met each of them."""
        m = _MET_WERE.search(seg.text) if " were " in seg.text else None
        if m is None or self.is_planned(seg.root):
            return
        at = seg.start_char
        hosts = unique_people(x.person for x in self.doc.mentions if at + m.start("mid") <= x.start < at + m.end("mid"))
        guests = unique_people([x.person for x in self.doc.mentions if at + m.end() <= x.start < seg.end_char])
        if len(hosts) == 1 and guests:
            self.group_at = None  # ("the leaders" here are the counterparts, one meeting each)
            verb = next((t for t in seg if t.idx >= at + m.start("verb")), seg.root)
            self.emit(seg, verb, hosts, [p for p in guests if p not in hosts], "meetings.met_were",
                      "'the leaders X met ... were A and B'")

    def misparsed(self, seg: SpacySpan) -> None:
        """ "Hanoi – Prime Minister A and President B held talks via videoconference on Tuesday", parsed with
        "held" as an adjective: the people named before "held talks" (two or more) meet."""
        m = _HELD_TALKS.search(seg.text)
        if m is None:
            return
        held = next((t for t in seg if t.idx == seg.start_char + m.start()), None)
        noun = next((t for t in seg if t.idx == seg.start_char + m.start("noun")), None)
        if held is None or noun is None or noun.head.i == held.i or held.dep_ not in {
                "amod", "compound", "nmod", "dep"}:
            return  # (only where the parse hangs "held" on the noun instead of governing it)
        names = unique_people([x.person for x in self.doc.mentions if seg.start_char <= x.start < held.idx
                         and not _not_a_person(x.person)])
        planned = any(t.lower_ in _MODALS | _PLANNING for t in seg if t.i < held.i)  # "are to" / "will hold talks"
        if len(names) >= 2 and not self.is_planned(held) and not planned:
            self.emit(seg, noun, names, [], "meetings.misparsed", f"'{m.group()}' after the names (no verb parse)")

    def read_triggers(self, seg: SpacySpan) -> None:
        for t in seg:
            low = t.lower_
            if (
                t.pos_ in {"VERB", "AUX"}
                and low in TRIGGER_VERBS
                and low not in _LIGHT_VERBS
                and (low != "meeting" or (t.dep_ in {"pcomp", "advcl"} and any(
                    c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in t.children)))
            ):
                self.verb_trigger(seg, t)  # ("said after meeting X": a verb; "the meeting" parsed as one is not)
            elif t.pos_ == "VERB" and any(
                f"{low} {c.lower_}" in _PHRASAL for c in t.children if c.dep_ in {"prt", "dobj"}
            ):
                self.verb_trigger(seg, t)  # "sat down with", "exchanged views with"
            elif (t.pos_ in {"NOUN", "PROPN"} or (t.pos_ == "ADJ" and t.dep_ in {"nsubj", "dobj", "pobj"})) and (
                low in TRIGGER_NOUNS and t.dep_ != "compound"
            ):
                self.noun_trigger(seg, t)  # ("X's bilateral with Y": an adjective the parser made the subject)
            elif low == "meeting" and t.dep_ == "ROOT" and not any(c.dep_ == "nsubj" for c in t.children):
                self.noun_trigger(seg, t)  # a heading "Meeting with the President of X, Name" parsed as a verb
            elif low in _DELEGATION and t.pos_ in {"NOUN", "PROPN"}:
                self.delegation(seg, t)
            elif low in {"joined", "accompanied"} and any(c.dep_ == "auxpass" for c in t.children) and self.found:
                self.joined_by(seg, t)

    def joined_by(self, seg: SpacySpan, verb: Token) -> None:
        """ "X received Y ... He was joined at the table by Z", "... was joined for the talks by Z": Z is one more
        participant of that meeting."""
        last = self.found[-1]
        subject = [p for c in verb.children if c.dep_ == "nsubjpass" for p in self.people_in(c)]
        came = [p.name for c in verb.children if c.dep_ == "agent" for p in self.people_in(c)]
        came = [n for n in came if n not in last.participants]
        if (len(subject) != 1 or subject[0].name not in last.participants or not came
                or not re.search(r"\b(?:table|talks|meeting|discussions?)\b", seg.text)
                or last.start < seg.start_char - 400):
            return  # (not "accompanied by his wife": one who joined the talks)
        last.participants = sorted(last.participants + came)
        last.evidence = (last.evidence + "; " if last.evidence else "") + f"'{verb.text} ... by' {', '.join(came)}"

    def verb_trigger(self, seg: SpacySpan, verb: Token) -> None:
        if not self.tense_ok(verb, seg) or self.is_planned(verb) or self.is_recalled(verb):
            return
        if any(c.dep_ == "prep" and c.lower_ in {"by", "in", "via"} and any(
            x.dep_ == "pobj" and x.lower_ in _WRITTEN_MEDIA for x in c.children) for c in verb.children
        ):
            return  # "discussed the issue by letter", "in a message"
        if verb.lower_ in {"call", "called"} and self.called_on(seg, verb):
            return
        if verb.lower_ in {"call", "called"} and (
            sum(c.dep_ in {"dobj", "oprd", "attr", "ccomp"} for c in verb.children) > 1
            or any(c.dep_ in {"oprd", "attr"} and not self.who(c) for c in verb.children)
            or any(c.dep_ == "prep" and c.lower_ in {"for", "on", "upon"} and c.i == verb.i + 1 for c in verb.children)
        ):
            return  # "Macron called Putin a threat", "called for/on ...": not a phone call ("called X on Monday" is)
        lost = verb.dep_ in {"acl", "ROOT"} or (  # (a relative clause of the parser's making: no "who" of its own)
            verb.dep_ == "relcl" and not any(c.dep_ == "nsubj" for c in verb.children)) or (
            # "X received today Y, Kazinform correspondent reports": the agency's trailer took the object
            verb.dep_ == "ccomp" and verb.head.i > verb.i
            and verb.head.lower_ in {"reports", "reported", "says", "said"})
        if verb.lower_ in _RECEPTION and verb.tag_ in {"VBD", "VBN"} and lost and not any(
                c.dep_ in {"dobj", "nsubjpass", "ccomp", "agent", "auxpass"} for c in verb.children):
            guest = self.object_after(seg, verb)  # "X, received at Gudaibiya Palace yesterday the visiting Y"
            host = [m.person for m in self.doc.mentions if seg.start_char <= m.start < verb.idx] or (
                self.arguments(verb)[0])  # ("The Minister of Economy received today ... Her Excellency Y")
            if guest is not None and host and guest not in host:
                self.emit(seg, verb, host[-1:], [guest], f"meetings.{_rule_of(verb)}", f"verb '{verb.text}', the "
                          "person after it (the parser lost its object)")
                return
        if verb.lower_ in _RECEPTION and not any(
            c.dep_ in {"dobj", "nsubjpass"} or _visiting(verb, c)
            or (c.dep_ == "prep" and c.lower_ == "in" and any(x.lower_ in _DELEGATION for x in c.subtree))
            for c in verb.children
        ):
            return  # "the ministers welcomed that ...", "welcomed the agreement's signing": no visitor
        if verb.lower_ in _RECEPTION and any(
            c.dep_ == "dobj" and c.lower_ in _THINGS_RECEIVED and not self.doc.person_at(c.idx, c.idx + len(c.text))
            for c in verb.children
        ):
            return  # "received a letter from X", "welcomed the decision of X", "received the credentials of": no visit
        if verb.lower_ in _RECEPTION and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lower_ not in _PERSON_NOUNS | _DELEGATION | TRIGGER_NOUNS
            and any(g.dep_ == "poss" for g in c.children) for c in verb.children
        ):
            return  # "welcomed X's remarks": X's words, not X
        if verb.lower_ in {"greet", "greets", "greeted"} and re.search(r"\boccasion\b", seg.text, re.IGNORECASE):
            return  # "greeted X on the occasion of Independence Day": a message
        if verb.lower_ in {"welcomed", "greeted"} and any(c.dep_ == "auxpass" for c in verb.children) and (
                _ARRIVAL.search(seg.text) or _ARRIVAL.search(self.before(seg))):
            return  # "X arrived in Roseau on Sunday. He was welcomed by Minister Y": a greeting on arrival
        side_a, side_b = self.arguments(verb)
        if not side_b and seg.text.rstrip().endswith(":") and any(
            x.lower_ == "following" for c in verb.children if c.dep_ == "dobj" for x in c.subtree
        ):
            side_b = self.listed_after(seg)  # "X met the following leaders:" and a list of them
        dangling = seg.text.rstrip().endswith(":") and any(
            c.dep_ == "prep" and c.lower_ == "with" and all(x.is_punct for x in c.children) for c in verb.children)
        if dangling and not side_a:  # ("the Director General met with:": the one who holds that office)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            held = self.refs.resolve(subj.left_edge.idx, subj.idx + len(subj.text)) if subj is not None else None
            side_a = [held] if isinstance(held, Person) else []
        if not side_b and len(side_a) == 1 and dangling:
            # "During the visit, the Director General met with:" and one line per counterpart, each with its day
            # and place: one meeting per line
            if self.emit_listed(seg, side_a[0], "meetings.list_item",
                                f"line of the list under '{seg.text.strip()[-40:]}'"):
                return
        if not side_a and len(side_b) >= 2 and not any(c.lower_ == "between" for c in verb.children):
            # "President meets A, B, C" with the subject unnamed: counterparts of the article's protagonist
            if any(c.dep_ == "nsubj" and c.lower_ in _ORG_WORDS - _DELEGATION and c.text[:1].isupper()
                   for c in verb.children):
                return  # "The Environment Council met today, with A and B taking part": a body's session
            host = self.protagonist(side_b)
            if host is None or not seg.text.rstrip().endswith((".", "!", "?", "”", '"')):
                return  # (a headline's list is told again, with its subject, in the story)
            side_a = [host]
        if not side_a and not side_b and self.group_subject(verb) and self.tense_ok(verb, seg):
            # "The interior ministers of A, B, C and D met in Narva on Thursday." and who they were, next
            if self.group_named_next(seg, verb):
                return
        if verb.lower_ in _RECEPTION and side_a and not side_b and any(
            c.dep_ == "dobj" and c.lower_ in _DELEGATION for c in verb.children
        ):
            self.reception_host = side_a[0]  # "X received three delegations": "led by Y" sentences follow
        if len(side_a) == 1 and not side_b and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            self.set_scene(seg, verb)  # "X met with the leaders of A, B and C on Saturday": the day of what follows
        self.emit(seg, verb, side_a, side_b, f"meetings.{_rule_of(verb)}", f"verb '{verb.text}', its arguments")
        self.gapped(seg, verb, side_a)

    def group_subject(self, verb: Token) -> bool:
        """The verb's subject is a group of office holders the sentence does not name ("The deputy foreign
        ministers of the five states", "Ministers in charge of roads from three countries")."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return (subj is not None and subj.tag_ in {"NNS", "NNPS"} and not self.people_in(subj)
                and (subj.lower_ in _GROUP_NOUNS or subj.lower_.removesuffix("s") in _PERSON_NOUNS))

    def group_named_next(self, seg: SpacySpan, trigger: Token) -> bool:
        """An unnamed group's meeting whose next one or two sentences say who was there ("The meeting was hosted by
        X, who welcomed A, B and C", "Taking part were A, B, C", "X chaired ... He was joined by A and B"): one
        meeting of all of them. Those sentences are told (no bilateral of their own)."""
        i = self.segment_index.get(seg.start_char)
        if i is None:
            return False
        people: list[Person] = []
        told: list[tuple[int, int]] = []
        for nxt in self.segments[i + 1 : i + 3]:
            if not _TOOK_PART.search(nxt.text):
                break
            people += [m.person for m in self.doc.mentions if nxt.start_char <= m.start < nxt.end_char
                       and not _not_a_person(m.person)]
            told.append((nxt.start_char, nxt.end_char))
        people = unique_people(people)
        if len(people) < 3:
            return False
        self.emit(seg, trigger, people, [], "meetings.group_named_next", "a group's meeting; who took part, next")
        self.listed_lines += told
        return True

    @cached_property
    def home(self) -> str | None:
        """The story's home state (components/countries.py): its seat places a meeting at a seat of government."""
        return home_country(self.doc)

    @cached_property
    def segment_index(self) -> dict[int, int]:
        """Each sentence's position in ``segments``, by its start offset."""
        return {x.start_char: k for k, x in enumerate(self.segments)}

    def before(self, seg: SpacySpan) -> str:
        """The text of the sentence before ``seg``."""
        i = self.segment_index.get(seg.start_char, 0)
        return self.segments[i - 1].text if i > 0 else ""

    def object_after(self, seg: SpacySpan, verb: Token) -> Person | None:
        """The first person named after a verb whose object the parser lost, when only places, times and the
        words of a title come between (no other verb, no "that")."""
        after = next((m for m in self.doc.mentions if verb.idx < m.start < seg.end_char), None)
        if after is None:
            return None
        between = [t for t in seg if verb.i < t.i and t.idx < after.start]
        if any((t.pos_ in {"VERB", "AUX"} and t.lower_ != "visiting") or t.lower_ in {"that", "by", "with"}
               for t in between):
            return None
        return after.person

    def each_of_the_last(self, noun: Token, host: Person) -> list[Person]:
        """ "meetings with each of his guests / each of them": the others of host's last meeting of three or more."""
        each = any(c.lower_ == "with" and any(x.lower_ == "each" for x in c.subtree)
                   for c in [*noun.children, *noun.head.children])
        last = next((m for m in reversed(self.found) if host.name in m.participants), None)
        if not each or last is None or len(last.participants) < 3:
            return []
        return [p for p in self.doc.people if p.name in last.participants and p is not host]

    def round_up(self, seg: SpacySpan, noun: Token, host: Person) -> None:
        """ "X held several bilateral meetings on Friday": X hosts what follows, on that day; bulleted lines
        right after it ("• Chinese President Xi Jinping: ...") are one meeting each."""
        self.reception_host = host
        self.set_scene(seg, noun)
        self.round_host = host
        self.emit_listed(seg, host, "meetings.listed", "a bulleted line after a round-up sentence", noun,
                         self.when(seg, noun))

    def emit_listed(self, seg: SpacySpan, host: Person, via: str, evidence: str, trigger: Token | None = None,
                    when: tuple | None = None) -> list[Person]:
        """One meeting of ``host`` per bulleted line after ``seg``, each pointing at its own line: dated by ``when``
        (the round-up sentence's day), else by the line's own words ("- Minister X, on Monday in Lima;")."""
        before = len(self.listed_lines)
        listed = self.listed_after(seg)
        for person, (start, end) in zip(listed, self.listed_lines[before:], strict=True):
            if person is host:
                continue
            if trigger is not None:
                at = next((m.start for m in self.doc.mentions if m.person is person and start <= m.start < end), start)
                line = next((x for x in self.segments if x.start_char <= at < x.end_char), None)
                day = _LINE_DAY.match(self.doc.text, start)
                if line is not None and day and (when is None or when[2] is None):
                    # "• Saturday: Nepal's Finance Minister X": the line's own day, the round-up sentence giving none
                    line_when = self.when(self.doc.nlp.char_span(start, end, alignment_mode="expand"),
                                          self.doc.nlp.char_span(day.start(1), day.end(1), alignment_mode="expand")[0])
                    if line_when[2] is not None:
                        self.emit(line, trigger, [host], [person], via, evidence, line_when)
                        continue
            else:  # the whole line past its dash: its day and place are the meeting's
                start += len(re.match(r"[-•*–·\s]*", self.doc.text[start:end]).group())
                line = self.doc.nlp.char_span(start, end, alignment_mode="expand")
            if line is not None:
                self.emit(line, trigger if trigger is not None else line.root, [host], [person], via, evidence, when)
        return listed

    def listed_after(self, seg: SpacySpan) -> list[Person]:
        """The people of the bulleted lines right after a sentence that ends in a colon, one per line."""
        out: list[Person] = []
        for k, line in enumerate(_LINE.finditer(self.doc.text, seg.end_char)):
            if k == 0 and _LIST_INTRO.fullmatch(line.group(1)):
                continue  # "His meetings:" between the sentence and its list
            if not re.match(r"[-•*–·]", line.group(1)):
                break
            mentions = [m for m in self.doc.mentions if line.start(1) <= m.start < line.end(1)]
            found = [m.person for m in mentions]
            if found and found[0] not in out:
                out.append(found[0])
                self.listed_lines.append((line.start(1), line.end(1)))  # told: its "the two leaders" is no more
                for a, b in zip(mentions, mentions[1:], strict=False):  # "• Saturday: Nepal's X, and the Maldives' Y"
                    if b.person in out or not _LIST_JOIN.fullmatch(self.doc.text[a.end : b.start]):
                        break
                    out.append(b.person)
                    self.listed_lines.append((line.start(1), line.end(1)))
        return out

    def called_on(self, seg: SpacySpan, verb: Token) -> bool:
        """ "A delegation headed by X called on the Prime Minister, Y": a courtesy visit (but "called on Y to
        do": an appeal). True when handled as a meeting."""
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} and c.i == verb.i + 1),
                    None)
        if prep is None or any(c.dep_ in {"xcomp", "ccomp", "advcl"} for c in verb.children):
            return False
        if re.match(r"[^.;]{0,80}?\bto\s+\w+", seg.doc.text[prep.idx : seg.end_char]) and not re.match(
            r"[^.;]{0,80}?\bto\s+(?:the|discuss)\b", seg.doc.text[prep.idx : seg.end_char]
        ):
            return False  # "called on X to show restraint"
        # ("called on the Chief of Defence Forces, General X,": the name the parser hung off the verb)
        hung = [c for c in verb.children if c.dep_ in {"oprd", "appos", "dobj", "npadvmod"} and c.i > prep.i]
        guests = self.people_in(prep) or unique_people([p for c in hung for p in self.people_in(c)])
        if not guests:
            return False
        side_a, _ = self.arguments(verb)
        self.emit(seg, verb, side_a, guests, "meetings.courtesy_call", f"'{verb.text} on', a courtesy visit")
        return True

    def gapped(self, seg: SpacySpan, verb: Token, side_a: list[Person]) -> None:
        """ "X met A on Sunday and B on Monday": B is the verb's conjunct, with a day of its own."""
        if len(side_a) != 1:
            return
        for c in seg:
            # the verb's conjunct, or one the parser hung on the first object's day ("on Sunday and B")
            on_day = c.head.ent_type_ == "DATE" and c.head.dep_ == "pobj" and c.head.head.head == verb
            if c.dep_ != "conj" or c.i < verb.i or c.pos_ not in {"PROPN", "NOUN"} or not (c.head == verb or on_day):
                continue
            people = self.who(c)
            if not people:
                continue
            days = [e for e in seg.ents if e.label_ == "DATE" and e.start > c.i]
            when = None
            if days:
                day, kind = resolve(days[0].text, self.doc.reference_date)
                if kind == "day":
                    when = (day, "day", (days[0].start_char, days[0].end_char))
            self.emit(seg, verb, side_a, people, f"meetings.{_rule_of(verb)}+gapped",
                      f"verb '{verb.text}', its second object '{c.text}'", when)

    def arguments(self, verb: Token) -> tuple[list[Person], list[Person]]:
        """(subject side, counterpart side) of a meeting verb: "A met B and C", "B was received by A"."""
        side_a: list[Person] = []
        side_b: list[Person] = []
        for c in verb.children:
            city = " ".join(x.text for x in c.subtree if (x.dep_ == "compound" and x.head.i == c.i) or x.i == c.i)
            if c.dep_ == "nsubj" and find_city(city) and not self.people_in(c):
                role = next((x for x in c.children if x.dep_ == "appos" and x.lower_ in _PERSON_NOUNS), None)
                if role is not None:  # "Addis Ababa, March 5 (ENA) The Minister of Trade held talks": the dateline
                    side_a += self.office_holder(role)  # the parser made the subject, the office its apposition
                    continue
            if c.dep_ in {"nsubj", "dobj"} and _possessed_thing(c):
                continue  # "X's plan met with criticism from Y", "met Y's demands": a thing, not its owner
            if c.dep_ == "dobj" and verb.lower_.startswith("discuss"):
                # "discussed the proposal of Y with his cabinet": the topic, not the one met (but "discussed a
                # range of issues with A and B", the "with" the parser hung on the topic)
                side_b += [p for x in c.subtree if x.dep_ == "prep" and x.lower_ == "with" for p in self.people_in(x)]
                continue
            if c.dep_ in {"nsubj", "agent"}:
                side_a += self.people_in(c)
            elif c.dep_ in {"nsubjpass", "dobj", "dative", "attr", "oprd"}:
                side_b += self.people_in(c)
            elif c.dep_ == "prep" and c.lower_ in {"with", "between", "to", "by", "from", "including"}:
                (side_a if c.lower_ == "by" and verb.tag_ == "VBN" else side_b).extend(self.people_in(c))
            elif c.dep_ == "conj" and c.i > verb.i and side_b and (c.lower_ == "with" or (
                    c.pos_ in {"NOUN", "PROPN"} and (any(x.lower_ == "with" for x in verb.children)
                                                     or verb.lower_ in _RECEPTION))):
                # "held talks with A, and the Minister of Y, B", "... with A, and with B", "received A, and the
                # President of Y, B": B hung on the verb
                side_b += self.people_in(c)
            elif c.dep_ == "prep" and c.lower_ in {"for", "of"} and any(
                    x.dep_ == "dobj" and x.lower_ in _PERSON_NOUNS and not self.people_in(x) for x in verb.children):
                # "met Germany's State Secretary and Special Envoy for International Climate Action X": the name
                # the parser hung, with the rest of the office, on the verb
                side_b += self.people_in(c)
            elif c.dep_ == "conj" and c.lower_ == "by" and verb.tag_ == "VBN":
                # "received by the President of the Senate, A, and then by the President of the Chamber, B"
                side_a += unique_people([p for x in c.children for p in self.people_in(x)])
            elif c.dep_ in {"npadvmod", "appos"} and self.doc.person_at(c.idx, c.idx + len(c.text)):
                # a misparsed appositive: "from his counterpart, X,"; "received by A, and then by B": a second host
                if _after_presence(c):
                    continue  # "... in the presence of the Deputy Minister, Eng. X": one of the host's side there
                by = any(x.dep_ == "prep" and x.lower_ == "by" for x in c.children) and verb.tag_ == "VBN"
                (side_a if by else side_b).extend(self.people_in(c))
            elif c.dep_ == "prep" and c.lower_ == "in" and verb.lower_ in _RECEPTION and not side_b:
                # "received in Bratislava a delegation ... headed by X": the object parsed into the place
                side_b += next((self.leader_of(x) for x in c.subtree if x.lower_ in _DELEGATION), [])
            elif _visiting(verb, c):
                side_b += [p for d in c.children if d.dep_ == "dobj" for p in self.people_in(d)]
            elif c.dep_ == "advcl" and c.lower_ in _LEAD_VERBS and any(
                d.dep_ in {"dobj", "nsubjpass"} and d.lower_ in _DELEGATION for d in verb.children
            ):  # "hosted a delegation from Botswana, led by ... X": the "led by" hung on the verb
                side_b += [p for d in c.children if d.dep_ == "agent" for p in self.people_in(d)][:1]
        # A dateline parsed as the subject ("WINDHOEK, 8 July - Minister X hosted ..."): no subject at all
        dateline_subject = not side_a and any(
            c.dep_ == "nsubj" and c.is_upper and len(c.text) > 2 and find_city(c.text) for c in verb.children)
        if (dateline_subject or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)) and (
            verb.dep_ == "ROOT"
            or (verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.head.children))
        ):
            # A subject the parser lost inside a long opening phrase: the people named before the verb (of a
            # clause with its own subject, only that subject: "X holds talks with Y, pays courtesy call on Z")
            clauses = [c for c in verb.children if c.i < verb.i and any(x.dep_ == "nsubj" for x in c.children)]
            for m in self.doc.mentions:
                if verb.sent.start_char <= m.start < verb.idx and not _not_a_person(m.person):
                    inside = next((c for c in clauses if c.left_edge.idx <= m.start <= c.right_edge.idx), None)
                    if inside is None or any(x.dep_ == "nsubj" and x.left_edge.idx <= m.start <= x.right_edge.idx
                                             for x in inside.children):
                        side_a.append(m.person)
        relcl = next((a for a in verb.ancestors if a.dep_ == "relcl"), None) if verb.dep_ == "acl" else None
        if verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} and relcl is not None and not any(
                c.dep_ == "nsubj" for c in verb.children) and not self.people_in(verb.head):
            side_a += self.who(relcl.head)  # "X, who is leading a delegation, called on Y": X called
        elif verb.dep_ == "acl" and not any(c.dep_ == "nsubj" for c in verb.children) and (
                verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)
                                       and not any(c.dep_ == "agent" for c in verb.children))):
            # a finite verb parsed as a noun's modifier: "The Prime Minister of X, A, and ..., B, talked by phone",
            # "The Speaker ..., A, hosted on Monday a delegation" (a participle with an object is finite)
            side_a += self.people_in(verb.head)
        elif verb.dep_ in {"xcomp", "acl", "pcomp"} and not any(c.dep_ in {"nsubj", "nsubjpass"}
                                                                for c in verb.children):
            # "we had the opportunity to talk", "X said after meeting Y"
            gov = verb.head if verb.dep_ == "xcomp" else verb.head.head
            side_a += self.arguments_subject(gov)
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"}
                                                                    for c in verb.children):
            side_a += self.arguments_subject(verb.head)  # "X travelled to Guatemala, meeting with Y": X met Y
        if verb.dep_ == "relcl":  # "the two leaders, who met ...", "X and Y, who met on the sidelines, ..."
            head = verb.head
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            side_a += self.who(head) + (self.people_in(head) if head.i != verb.head.i else [])
            side_a += [p for c in head.children if c.dep_ == "conj" for p in self.people_in(c)]
        if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            side_a += self.arguments_subject(verb.head)
        side_a = unique_people(side_a)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if len(side_a) == 1 and side_b and all(p is side_a[0] for p in side_b) and subject is not None and (
                subject.pos_ in {"NOUN", "PROPN"} and not self.doc.person_at(subject.idx, subject.idx + 1)):
            # "The Minister then spoke with X, Minister of ...": no one meets themselves; the office was the host's
            host = self.protagonist(side_b)
            if host is None:  # "The Prime Minister spoke to Prime Minister X of Y": the article's other holder
                office = (side_a[0].title or "").lower()
                others = [p for p in self.doc.people if p is not side_a[0] and office
                          and (p.title or "").lower() == office and subject.lower_ in office.split()]
                host = others[0] if len(others) == 1 else None
            side_a = [host] if host is not None else side_a
        return side_a, [p for p in unique_people(side_b) if p not in side_a]

    def arguments_subject(self, verb: Token) -> list[Person]:
        return [p for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for p in self.people_in(c)]

    def noun_trigger(self, seg: SpacySpan, noun: Token) -> None:
        mods = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound", "det", "nummod"}}
        if "no" in mods:
            return  # "no bilateral meetings were held with X"
        if mods & _NOT_NOW:
            gov = noun.head
            if noun.tag_ == "NNS" and noun.dep_ == "dobj" and gov.tag_ == "VBD" and not self.is_planned(gov):
                hosts = self.arguments_subject(gov)  # "X held several bilateral meetings": the round-up's host
                if len(hosts) == 1:
                    self.round_up(seg, noun, hosts[0])
            return
        if noun.head.lower_ == "of" and noun.head.head.lower_ in _SETTING:
            return  # "on the sidelines of the summit": where the meetings happen, not one of them
        if noun.head.lower_ in {"at", "during"} and noun.head.head.pos_ in {"NOUN", "PROPN"} and not any(
                c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in noun.children):
            return  # "X's engagements at the summit", "remarks during the session": the setting of something else
        if noun.head.lower_ in {"of", "for"} and noun.head.head.lower_ in _HYPOTHETICAL:
            return  # "the prospects of a meeting between X and Y", "preparations for the talks"
        if mods & _NTH_MODS and self.round_host is not None and noun.dep_ in {"nsubj", "nsubjpass"}:
            self.nth_of_round(seg, noun)  # "X held two telephone conversations ... The first was with Y"
            return
        courtesy = bool(mods & _COURTESY)
        if noun.lower_ in {"call", "calls"} and not (courtesy or _PHONE.search(seg.text) or _VIDEO.search(seg.text)):
            return
        own: list[Person] = []
        has_own = False
        # ("In separate meetings the same day with A and with B": the "with" hung on the time phrase)
        timed = [x for c in [*noun.children, *(noun.head.children if noun.head.dep_ == "prep" else [])]
                 if c.dep_ == "npadvmod" and c.lower_ in {"day", "morning", "afternoon", "evening"}
                 for x in c.children]
        for c in [*noun.children, *timed]:
            if c.dep_ == "prep" and (c.lower_ in {"with", "between", "of", "from"} or (courtesy and c.lower_ == "on")):
                own += self.people_in(c)
                has_own = has_own or c.lower_ != "of"
        if has_own and not own and noun.head.pos_ in {"VERB", "AUX"}:
            # "held talks with the President of the Bank (IDB), Name, at ...": the name the parser hung on the verb
            own += [p for c in noun.head.children if c.dep_ in {"dep", "appos", "npadvmod"} and c.i > noun.i
                    for p in self.people_in(c)]
        if not has_own:
            late = _with_past_place(noun)  # "held talks at the Ministry of Foreign Affairs and Worship with X"
            found = self.people_in(late) if late is not None else []
            if found:
                own += found
                has_own = True
        for c in noun.children:  # "The meeting, chaired by X, brought together A, B and C": X is one of them
            if c.dep_ == "acl" and c.lower_ in _CHAIR_VERBS:
                own += [p for a in c.children if a.dep_ == "agent" for p in self.people_in(a)]
        if has_own:  # "Meeting with the President of X, Name": the name misparsed as the noun's apposition
            for c in noun.children:  # (or as a preposition of its own)
                if (c.dep_ in {"appos", "conj", "npadvmod"} or (c.dep_ == "prep" and c.pos_ == "PROPN")) and (
                        c.i > noun.i) and self.doc.person_at(
                    c.idx, c.idx + len(c.text)
                ):
                    own += self.people_in(c)
        if has_own and not own and _opens_heading(seg, noun):
            own = self.named_below(noun.idx)  # "■ Meeting with the Prime Minister of Kosovo" over his paragraph
        if noun.lower_ in _MEAL_NOUNS and not has_own:
            return  # "a working breakfast with X" is a meeting; "the state dinner" alone is not
        definite = any(c.lower_ in {"the", "this", "that", "these"} for c in noun.children if c.dep_ == "det")
        if definite and not has_own and self.found:
            self.joined(noun)  # "X took part by video link in the discussion": one more participant
            self.held_where(seg, noun)
            return  # "at the meeting": the meeting already reported
        # "Carney's meetings with A and B": the owner meets each of them
        owner = [p for c in noun.children if c.dep_ == "poss" for p in self.people_in(c)] if own else []
        gov = noun.head
        earlier = None  # "X met A on Saturday, before holding talks with B": held, before a past main verb
        while (
            (gov.dep_ in {"prep", "pobj", "conj", "dobj", "nsubjpass", "nsubj", "compound", "agent"}
             and gov.pos_ not in {"VERB", "AUX"}
             or (gov.dep_ == "amod" and gov.pos_ == "ADJ")  # "agreements worth $2.5 billion after talks with X"
             # "Speaking after talks with X, Y said", "signed ... after holding talks": the clause it hangs off
             or (gov.tag_ == "VBG" and gov.dep_ in {"advcl", "pcomp", "prep"} and gov.lower_ not in _PLANNING))
            and gov.head.i != gov.i
        ):
            if gov.lower_ == "before" and gov.head.tag_ == "VBD" and (earlier is not None or own):
                earlier = earlier or gov  # "then sat down with X before a dinner with Y": both held
                gov = gov.head
                break
            if gov.lower_ in {"ahead", "before", "prior"}:
                return  # "ahead of his meeting with X": still to come
            earlier = gov if gov.tag_ == "VBG" and gov.dep_ == "pcomp" else None
            gov = gov.head
        if gov.lower_ in {"ahead", "before", "prior"}:
            return
        side_a: list[Person] = []
        side_b = unique_people(own)
        took_part = gov.lower_ in {"took", "take", "takes", "taking"} and any(c.lower_ == "part" for c in gov.children)
        # (the meeting as the setting of the verb is held: "During the meeting with X, Y sought support")
        setting = noun.head.dep_ == "prep" and noun.head.lower_ in {"during", "in", "at"} and noun.head.head.i == gov.i
        called_for = gov.lower_ in {"called", "call", "calls", "calling"} and any(
            (c.dep_ == "prep" and c.lower_ == "for") or (c.dep_ == "prt" and c.lower_ == "off") for c in gov.children)
        if (gov.lower_ in _NO_MEETING_GOVERNORS and not setting) or called_for:
            return  # "called for talks with X", "rejected a meeting with X", "talks ... broke down", "called off"
        if any(c.dep_ == "acomp" and c.lower_ in _HYPOTHETICAL_STATES for c in gov.children):
            return  # "a call between X and Y was possible on Friday"
        came = self.arguments_subject(gov) if took_part and not definite and not has_own else []
        if len(came) >= 2 and not (self.is_planned(gov) or self.is_recalled(gov)) and self.tense_ok(gov, seg):
            # "A, B and C took part in a video conference on Monday": one meeting of them
            self.emit(seg, noun, came, [], f"meetings.{_rule_of(noun)}", f"'took part in' a {noun.text}")
            return
        if (gov.lower_ in _ATTEND_VERBS or took_part) and (definite or not has_own):
            if definite and self.announced is not None and 0 < noun.sent.start - self.announced[0].sent.start < 80:
                # "... hosted a quadrilateral meeting ... . A, B and C took part in the meeting": one meeting of all
                came = self.arguments_subject(gov) + [p for c in gov.children if c.dep_ == "agent"
                                                      for p in self.people_in(c)]
                if len(came) >= 2:
                    host = self.announced[1]
                    self.emit(seg, noun, unique_people([host, *came]), [], "meetings.multilateral_took_part",
                              f"'{gov.text}' the {noun.text} {host.name} hosted")
                    self.announced = None
            return  # "The videoconference was also attended by X and Y": who else was there, not a new meeting
            # (but "X took part in a video conference with A and B": a new one, with them)
        if (gov.i == noun.i and noun.dep_ == "ROOT") or (has_own and _opens_heading(seg, noun)):
            pass  # a heading or list item: "Meeting with X", "4. Working breakfast with the Minister of Y, Name"
        elif gov.pos_ in {"VERB", "AUX"}:
            during = noun.head.dep_ == "prep" and noun.head.lower_ in {"during", "at", "after", "following", "in"}
            if not self.tense_ok(gov, seg) or self.is_recalled(gov):
                return
            # ("is scheduled to ... be received in audience": the governor itself is what is planned)
            if self.is_planned(gov) and not (during and not _modal(gov) and gov.lower_ in _PLANNING):
                return  # (but "agreed during a videoconference on Friday": agreed there, in a meeting held)
            a, b = self.arguments(gov)
            if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in gov.children):
                a = [p for p in a if p not in own]  # not the lost-subject guess that found the noun's own people
            if not a and own and any(c.dep_ == "nsubjpass" for c in gov.children):
                a, b = [p for p in b if p not in own], []  # "X was granted an audience with Y": X's meeting
            group_subject = any(c.dep_ == "nsubj" and _GROUP.match(" ".join(x.text for x in c.subtree))
                                for c in gov.children)
            named_group = next((c for c in gov.children if c.dep_ == "nsubj" and self.doc.person_at(c.idx, c.idx + 1)
                                and any(x.dep_ == "appos" and _GROUP.match(" ".join(y.text for y in x.subtree))
                                        for x in c.children)), None)
            if named_group is not None and not own and noun.head.lower_ in {"during", "in", "at"}:
                # "During the meeting with the Ambassador of X, Name, the two diplomats discussed": the name the
                # parser made the subject, with "the two diplomats" its apposition, is the one met
                own, has_own, group_subject = [self.doc.person_at(named_group.idx, named_group.idx + 1)], True, True
                side_b = unique_people(side_b + own)
            if own and group_subject and (noun.head.dep_ == "prep" or not a or any(p in own for p in a)):
                a = []  # "During the talks with X, the two leaders discussed ...": X and the story's host
                # (but "the three ministers held a meeting with X": the three named before, and X)
            if owner:
                a, b = owner, []
            elif own and self.hosts and gov.lower_ in {"followed", "preceded"} and any(
                    c.dep_ == "nsubjpass" and c.lower_ in {"it", "this", "which"} for c in gov.children):
                a, b = [self.hosts[-1]], []  # "His first meeting was with A. It was followed by talks with B."
            elif earlier is not None:
                a, b = self.arguments_subject(gov), []  # "..., before holding talks with B": the main subject
            side_a = a
            side_b = unique_people(side_b + [p for p in b if p not in side_b])
            # "X chaired the meeting, attended by A, B and C", "Hosted by X, the meeting brought together A and B":
            # the host and those it names, one meeting
            hosted = [p for c in gov.children if c.dep_ in {"advcl", "acl"} and c.lower_ in _CHAIR_VERBS | _ATTEND_VERBS
                      for x in c.children if x.dep_ == "agent" for p in self.people_in(x)]
            if gov.lower_ in _CHAIR_VERBS:  # "X chaired the meeting in Cairo, which was attended by A and B"
                hosted += [p for c in seg if c.dep_ == "relcl" and c.lower_ in _ATTEND_VERBS and c.head.i > gov.i
                           for x in c.children if x.dep_ == "agent" for p in self.people_in(x)]
            if hosted and len(unique_people(side_a + side_b + hosted)) > 2:
                side_b = unique_people(side_b + [p for p in hosted if p not in side_a])
                self.group_at = noun.idx
        elif own and noun.head.lower_ in {"in", "during", "at"} and noun.head.i == seg.start and any(
                t.tag_ in {"VBD", "VBN"} and t.pos_ == "VERB" for t in seg):
            side_a = owner  # "In his meeting with X, the two discussed trade" (a past verb the parser lost)
        else:
            return
        side_b = [p for p in side_b if p not in side_a]
        if not side_a and not side_b and self.multilateral(seg, noun) and not self.is_planned(gov):
            # "Energy ministers from A, B and C held a trilateral meeting ... Taking part were:" and a line each
            intro = next((x for x in self.segments if x.start_char >= seg.end_char), None)
            told = len(self.listed_lines)
            listed = self.listed_after(intro) if intro is not None and intro.text.rstrip().endswith(":") else []
            if len(listed) >= 2:
                self.emit(seg, noun, listed, [], "meetings.participants_listed", "the lines under the next sentence")
                return
            del self.listed_lines[told:]  # (lines of no meeting of theirs are still to be told)
            if self.group_named_next(seg, noun):
                return
        if len(side_a) == 1 and not side_b and noun.tag_ == "NNS":
            guests = self.each_of_the_last(noun, side_a[0])
            if guests:  # "After the trilateral, X held separate bilateral meetings with each of his guests"
                for guest in guests:
                    self.emit(seg, noun, side_a, [guest], "meetings.each_of", "'with each of' those X met before")
                return
            self.round_up(seg, noun, side_a[0])  # "X held a number of bilateral meetings"
            return
        passive = not has_own and any(c.dep_ == "auxpass" for c in gov.children) and not any(
            c.dep_ == "agent" for c in gov.children)  # "Talks were also held on Friday with X"
        if not side_a and side_b and (has_own or passive) and not any(c.lower_ == "between" for c in noun.children):
            # "The meeting with X ...", "pull-aside meetings ... an interaction with A, B": the article's protagonist
            host = self.protagonist(side_b)
            if host is not None and (len(side_b) == 1 or noun.lower_.endswith("s") or self.hosts):
                side_a = [host]
        if len(side_a) + len(side_b) == 1 and self.multilateral(seg, noun):
            # "X hosted a quadrilateral meeting of the Speakers of A, B, C and D": who took part comes next
            self.announced = (noun, unique_people(side_a + side_b)[0])
        rule = _rule_of(noun)
        if courtesy:
            rule = "courtesy_call"
        elif rule == "phone_call" and _VIDEO.search(seg.text) and not _PHONE.search(seg.text.replace(noun.text, "")):
            rule = "video_call"
        self.emit(seg, noun, side_a, side_b, f"meetings.{rule}", f"noun '{noun.text}', its governor")

    def nth_of_round(self, seg: SpacySpan, noun: Token) -> None:
        """ "The first conversation took place at the request of X", "The second call, ..., was with Y": one of
        the round-up's meetings, of its host and the one named with it."""
        verb = noun.head
        others = [p for c in [*verb.children, *noun.children] if c.dep_ == "prep" and c.lower_ in {"with", "of"}
                  for p in self.people_in(c)]
        if not others:  # "at the request of X": the request's owner
            others = [p for x in verb.subtree if x.lower_ == "request" for p in self.people_in(x)]
        others = unique_people(p for p in others if p is not self.round_host)
        if len(others) == 1:
            self.emit(seg, noun, [self.round_host], others, f"meetings.{_rule_of(noun)}",
                      f"'the {noun.text}' of the round-up, with the one it names")

    def held_where(self, seg: SpacySpan, noun: Token) -> None:
        """ "The meeting was held on the margins of the Munich Security Conference": the place of the meeting just
        reported, when it had none."""
        last = self.found[-1]
        if (noun.dep_ != "nsubjpass" or noun.head.lower_ != "held" or last.place or last.kind != "in_person"
                or last.start < seg.start_char - 600):
            return
        place, span = self.where(seg, noun.head, "in_person")
        if place:
            last.place, last.place_span = place, span
            last.evidence = (last.evidence + "; " if last.evidence else "") + "place of 'the meeting was held ...'"

    def joined(self, noun: Token) -> None:
        """ "X took part by video link in the second part of the discussion", "Y joined by phone": one more
        participant of the meeting just reported (not "Ministers A and B joined the expanded meeting")."""
        gov = noun.head
        while gov.dep_ in {"prep", "pobj", "dobj"} and gov.pos_ not in {"VERB", "AUX"} and gov.head.i != gov.i:
            gov = gov.head
        remote = any(c.lower_ in {"video", "link", "phone", "telephone", "videoconference"} for c in gov.subtree)
        took_part = gov.lower_ in {"took", "take", "takes"} and any(c.lower_ == "part" for c in gov.children)
        last = self.found[-1]
        if not ((took_part or gov.lower_ in {"joined", "joins"}) and remote) or self.is_planned(gov) or (
                last.start < noun.sent.start_char - 600):
            return
        came = [p.name for p in self.arguments_subject(gov) if p.name not in last.participants]
        if came:
            last.participants = sorted(last.participants + came)
            last.evidence = (last.evidence + "; " if last.evidence else "") + f"'{gov.text}' by {', '.join(came)}"

    def delegation(self, seg: SpacySpan, noun: Token) -> None:
        """ "The X delegation was led by Y" after "A received the delegations": A meets Y."""
        if self.reception_host is None:
            return
        leaders: list[Person] = []
        for t in [noun.head, *noun.children]:
            if t.lower_ in _LEAD_VERBS:
                for c in t.children:
                    if c.dep_ in {"agent", "prep"} and c.lower_ == "by":
                        leaders += self.people_in(c)
        leaders = [p for p in unique_people(leaders) if p is not self.reception_host]
        if leaders:
            self.emit(seg, noun, [self.reception_host], leaders[:1], "meetings.delegation_led_by",
                      f"'{noun.text} led by', host of the earlier reception")

    def emit(self, seg: SpacySpan, trigger: Token, side_a: list[Person], side_b: list[Person], via: str,
             evidence: str, when: tuple[str | None, str, tuple[int, int] | None] | None = None) -> None:
        we = next((t for t in seg if t.lower_ == "we" and t.dep_ == "nsubj"), None)
        speaker = self.speaker_at(we.idx) if we is not None else None
        if side_b and speaker is not None and speaker in side_a:
            side_a = [speaker]  # "at a meeting with the President, we discussed": the speaker and that one
        verb = trigger.head if trigger.pos_ in {"NOUN", "PROPN"} else trigger  # ("I held talks", "I met")
        me = next((t for t in seg if (t.lower_ == "i" and t.dep_ == "nsubj" and t.head.i == verb.i)
                   or (t.lower_ == "my" and t.dep_ == "poss" and t.head.i == trigger.i)), None)
        mine = self.speaker_at(me.idx) if me is not None else None
        if mine is not None and mine not in side_a + side_b and len(side_a + side_b) == 1:
            # '"When I sat down with X on Tuesday, we agreed ...," Y told the agency', "My meeting with X": Y's
            side_a, side_b = [mine], side_a + side_b
        side_a = unique_people([p for p in side_a if not _not_a_person(p)])
        side_b = unique_people([p for p in side_b if not _not_a_person(p) and p not in side_a])
        if len(side_a) == 1 and not side_b and trigger.pos_ == "VERB" and any(
                x.lower_ in _UNNAMED_MANY and x.dep_ in {"dobj", "pobj"} for x in trigger.subtree):
            # "X met three of his ASEAN counterparts on Thursday": the day and host of the meetings listed next
            self.reception_host = side_a[0]
            self.set_scene(seg, trigger)
        if len(side_a) + len(side_b) < 2 or _AIRPORT.search(seg.text):
            return
        date, how, date_span = when or self.when(seg, trigger)
        if how in {"future", "vague"}:
            return
        own_date = date_span is not None and seg.start_char <= date_span[0] < seg.end_char
        told = next((m for m in reversed(self.found) if set(m.participants) == {p.name for p in side_a + side_b}
                     and m.date_from == "text"), None)
        anaphoric = own_date and bool(_SAME_DAY.fullmatch(self.doc.text[date_span[0] : date_span[1]]))
        if (not own_date or anaphoric) and told is not None:
            # "The two ministers signed ...", "X also met Y the same day" (Y's meeting listed above): its day
            date, date_span = told.date, told.date_span
        everyone = {p.name for p in side_a + side_b}
        separate = bool(_SEPARATE.search(seg.text))  # "held a separate bilateral meeting", "three separate meetings"
        # "Earlier in the day, X held talks with his Y counterpart", "She also met her Z counterpart on the
        # sidelines": a pair of the group meeting by themselves
        separate = separate or (len(everyone) == 2 and bool(_PAIR_APART.search(seg.text)))
        if not separate and any(
            len(m.participants) > 2 and everyone <= set(m.participants) and m.date == date for m in self.found
        ):
            return  # "X hosted A and B for the talks" after "the three leaders held a trilateral summit": told again
        kind = self.kind_of(seg, trigger)
        place, place_span = self.where(seg, trigger, kind)
        if place is None and kind == "in_person":
            place, place_span = self.seat(seg, trigger, side_a, side_b)
        if place is None and kind == "in_person" and trigger.lower_ in {"spoke", "speaks", "speak"} and not (
                _IN_PERSON.search(seg.text) or _IN_ROOM.search(seg.text)):
            kind = "phone"  # "The Prime Minister spoke with X today" (a read-out): nothing puts them in one room
        last = self.found[-1] if self.found else None
        sequel = last is not None and last.date == date and bool(
            _SAME_DAY.search(seg.text) or _SEQUEL.search(seg.text) or any(c.lower_ == "also" for c in trigger.children))
        # One host with several counterparts: one bilateral each ("X met A, B and C"), unless the sentence
        # names the meeting as one of several parties ("trilateral summit", "video conference").
        grouped = self.group_at is not None and seg.start_char <= self.group_at < seg.end_char and not separate
        if separate and not side_b and len(side_a) >= 3:
            # "A and B in separate telephone calls with C affirmed ...": C is the other side of each call
            with_at = re.search(r"\bwith\s+", self.doc.text[trigger.idx : seg.end_char])
            other = next((m.person for m in self.doc.mentions if with_at and trigger.idx + with_at.end() <= m.start
                          < seg.end_char and m.person in side_a), None)
            if other is not None:
                side_a, side_b = [p for p in side_a if p is not other], [other]
        if len(side_a) == 1 and len(side_b) >= 2 and not grouped and not self.multilateral(seg, trigger):
            groups = [[side_a[0], p] for p in side_b]
            via += "+split"
            evidence += f", one meeting per counterpart of {side_a[0].name}"
        elif len(side_b) == 1 and len(side_a) >= 2 and (_IN_TURN.search(seg.text) or separate):
            # "the delegation was received in turn by A and B", "A and B in separate calls with C"
            groups = [[p, side_b[0]] for p in side_a]
            via += "+split"
            evidence += f", one meeting per host of {side_b[0].name}"
        else:
            groups = [side_a + side_b]
        if len(side_a) == 1:
            self.hosts.append(side_a[0])
        elif len(side_a) >= 2 and side_b:
            self.travellers = side_a
        before = len(self.found)
        for people in groups:
            self.add(people, date, how, date_span, place, place_span, kind, seg, via, evidence)
        if sequel:  # "On the same day, X also held talks with Y": where the meeting before it was, if nothing nearer
            for m in self.found[before:]:
                self.sequel_of[id(m)] = last

    def multilateral(self, seg: SpacySpan, trigger: Token) -> bool:
        """The meeting is named as one of several parties: "a trilateral summit", "a video conference
        with A and B", "the three leaders"; a summit that is only the setting ("on the sidelines of the
        summit, X met A and B") is not."""
        if trigger.lower_ in _MULTI_NOUNS:
            return True
        if trigger.tag_ == "NN" and trigger.lower_ in {"call", "conversation", "meeting"} and any(
            c.lower_ == "a" for c in trigger.children
        ):
            return True  # "convened a video call with A and B": one call of three, not two bilaterals
        words = {c.lower_ for c in trigger.children} | {c.lower_ for c in trigger.head.children if c.dep_ == "dobj"
                                                          for c in c.children}
        return bool(words & _MULTI) or bool(_MULTI_RE.search(seg.text))

    def add(self, people, date, how, date_span, place, place_span, kind, seg, via, evidence) -> None:
        names = sorted({p.name for p in people})
        for m in self.found:
            if sorted(m.participants) == names and m.date == date:
                self.reports.setdefault(id(m), []).append(seg.start_char)
                m.place = m.place or place
                m.place_span = m.place_span or place_span
                if m.kind == "in_person" and kind != "in_person" and how == "day":
                    m.kind = kind  # an explicitly dated "phone call" corrects a default; a passing "we talked" does not
                return
        if how == "default":
            earlier = self.lead_in_day(seg, people)
            if earlier is not None:
                date, how, date_span = earlier[0], "day", earlier[1]
        default_from = "published" if self.doc.published == self.doc.reference_date else "dateline"
        date_from = {"day": "text", "default": default_from}.get(how, "none")
        if date is None:
            date_from = "none"
        meeting = Meeting(names, date, place, kind, seg.start_char, seg.end_char, date_span, place_span,
                          date_from=date_from, via=via, evidence=evidence)
        self.found.append(meeting)
        if how == "default":
            self.defaulted.append(meeting)

    def lead_in_day(self, seg: SpacySpan, people: list[Person]) -> tuple[str, tuple[int, int]] | None:
        """ "X and Y on Thursday reviewed relations. The two leaders discussed ...": the day of the sentence
        before, when it names every participant and one day."""
        i = self.segment_index.get(seg.start_char)
        if not i:
            return None
        prev = self.segments[i - 1]
        named = {id(m.person) for m in self.doc.mentions if prev.start_char <= m.start < prev.end_char}
        if not people or any(id(p) not in named for p in people):
            return None
        days = [(d, (e.start_char, e.end_char)) for e in prev.ents if e.label_ == "DATE"
                for d, kind in [resolve(e.text, self.doc.reference_date)] if kind == "day"]
        return days[0] if len(days) == 1 else None

    def transcript(self) -> None:
        """A transcript of remarks at a meeting ("Remarks before a meeting with X", "Transcript of the
        beginning of the meeting"): the two principal speakers, when the article names no meeting itself."""
        turns = [u for u in self.doc.utterances if u.mode == "transcript" and u.speaker]
        speakers = self.principals
        if len(speakers) < 2 or any(len(m.participants) >= 2 and set(speakers[:2]) <= set(m.participants)
                                    for m in self.found):
            return
        lead = self.doc.text[: turns[0].start]
        first_turns = self.doc.text[turns[0].start : turns[0].start + 1500]
        if not _MEETING_WORD.search(lead + " " + first_turns):
            return
        if _BRIEFING.search(lead) and not _MEETING_WORD.search(lead):
            return  # a spokesperson's briefing: its speakers brief the press, they do not meet each other
        # a speaker known only from a transcript label ("PRIME MINISTER X:") is still a participant
        people = [next((p for p in self.doc.people if p.name == n), None) or Person(n) for n in speakers[:2]]
        place = None
        place_span = None
        window = self.doc.text[: turns[0].start + 1500]
        venue = venue_in(window)
        if venue:
            place = venue[0]
        else:  # "a pleasure to host my colleague in Warsaw"
            named = _cities_after(r"\b(?:in|to)", window)
            place = next(iter(named), None) or self.doc.dateline_place  # "welcome X to Oslo"
        date = self.doc.reference_date
        self.add(people, date, "default", None, place, place_span, "in_person", self.segments[0] if self.segments
                 else self.doc.nlp[:], "meetings.transcript", "transcript turns of two speakers, meeting word in lead")
        self.hosts.append(people[0])

    def merged(self) -> list[Meeting]:
        """A meeting dated only by the dateline joins the same people's explicitly dated one."""
        out = []
        for m in self.found:
            # (or one with no date at all, "briefed him on the bill published this week", of the same kind)
            undated = m.date is None and m.date_from == "none"
            if m in self.defaulted or undated:
                twins = [
                    o for o in self.found if o is not m and o not in self.defaulted and o.participants == m.participants
                    and (not undated or (o.kind == m.kind and o.date is not None))
                ]
                if len(twins) == 1:
                    twins[0].place = twins[0].place or (m.place if twins[0].kind == "in_person" else None)
                    continue
            out.append(m)
        return out


def _opens_heading(seg: SpacySpan, noun: Token) -> bool:
    """The noun opens its line, after at most a list number and its adjectives ("4. Working breakfast with")."""
    line_start = seg.doc.text.rfind("\n", 0, noun.idx) + 1
    for t in reversed(seg.doc[seg.start : noun.i]):
        if t.idx < line_start:
            break
        if not (t.is_punct or t.like_num or not t.text.isalnum() or t.dep_ in {"amod", "compound", "meta"}):
            return False  # (a bullet "■", "•", "-")
    return True


def _own_subtree(t: Token) -> list[Token]:
    """The phrase of t without its apposition or a second office conjoined to it."""
    other = {y.i for x in t.children if x.dep_ == "appos" or _second_office(x) for y in x.subtree}
    return [x for x in t.subtree if x.i not in other]


def _second_office(t: Token) -> bool:
    """'... and the Minister of Y': another person's office ('President of X and Chairman of Y' is one's)."""
    return t.dep_ == "conj" and t.lower_ in _PERSON_NOUNS and any(c.dep_ == "det" for c in t.children)


def _visiting(verb: Token, child: Token) -> bool:
    """ "received visiting Foreign Minister X": the adjective parsed as a verb right after the trigger, X its object."""
    return child.dep_ in {"xcomp", "advcl", "pcomp"} and child.lower_ == "visiting" and child.i == verb.i + 1 and any(
        d.dep_ == "dobj" for d in child.children)


def _rule_of(trigger: Token) -> str:
    low = trigger.lower_
    if low in _RECEPTION:
        return "received"
    if low.startswith(("call", "phone", "telephon", "dial")):
        return "phone_call"
    if low in {"met", "meet", "meets"}:
        return "met"
    return {"talks": "talks", "meeting": "meeting", "meetings": "meeting"}.get(low, "talk")


def _is_led_by(t: Token) -> bool:
    """ "the delegation headed by X": an acl that names who the delegation is; "the commission, co-chaired by
    A and B,": who sits in it."""
    if (t.dep_ == "acl" and t.lower_ in _CHAIR_VERBS and t.head.pos_ == "NOUN" and t.head.dep_ == "nsubj"
            and t.head.lower_ not in TRIGGER_NOUNS):  # (a meeting's own chair: noun_trigger)
        return True
    if t.dep_ != "acl" or t.lower_ not in _LEAD_VERBS:
        return False
    x = t.head  # "the delegation of the government headed by X"
    for _ in range(3):
        if x.lower_ in _DELEGATION:
            return True
        x = x.head
    return False


def _not_a_person(p: Person) -> bool:
    """A person entity that is an NER error: "In Dushanbe", a city name."""
    words = p.name.split()
    if not words or (words[0].lower().strip(".,") in _NOT_FIRST and not p.title):
        return True  # (but "General Secretary To Lam")
    if any(w.lower() in _ORG_WORDS for w in words):
        return True  # an institution or a group ("the Communist Party", "EU leaders") is no participant
    return find_city(p.name) is not None


def _within_clause(t: Token, clause: Token) -> bool:
    """t hangs off clause without crossing into another clause (a relative clause, a "said" report)."""
    x = t
    for _ in range(12):
        if x.i == clause.i:
            return True
        if x.dep_ in {"relcl", "ccomp", "advcl", "parataxis"} or x.head.i == x.i:
            return False
        if x.dep_ == "conj" and x.pos_ in {"VERB", "AUX"} and _recalled_verb(x):
            return False  # "... and had last met in Rarotonga": another, earlier meeting's place
        x = x.head
    return False


def _modal(verb: Token) -> bool:
    """ "will agree", "would discuss": a modal or future auxiliary on the verb."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _MODALS for c in verb.children)


def _recalled_verb(verb: Token) -> bool:
    return any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in _RECALLED for c in verb.children)


# A "verb" in a noun's role is a name the tagger misread ("received ... Lotay Tshering on Wednesday")
_NOUN_ROLES = {"dobj", "pobj", "nsubj", "nsubjpass", "appos", "compound"}


def _other_verb(doc: Document, span: SpacySpan | None, anchors: set[int]) -> bool:
    """A date that belongs to another verb of the sentence ("may meet on December 13, X said at the meeting")."""
    if span is None:
        return False
    t = span.root
    for _ in range(6):
        if t.i in anchors:
            return False
        if t.i != span.root.i and t.pos_ in {"VERB", "AUX"} and t.dep_ not in _NOUN_ROLES and not (
                doc.person_at(t.idx, t.idx + len(t.text))) and not (
                t.dep_ == "acl" and (t.lower_ in _LEAD_VERBS or t.head.i in anchors)):
            return True  # (but "the delegation led by X on Monday", "a phone conversation held on 6 February": the
            # date of the meeting itself)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _in_name(text: str, start: int) -> bool:
    m = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return bool(m and not m.group("prev") and m.start("word") > 0 and m.group("word") not in _NOT_NAME_WORDS)


def _attached(tok: Token, anchors: set[int]) -> bool:
    """tok hangs off one of the anchors within three steps, passing through no other noun or verb."""
    t = tok
    for _ in range(4):
        if t.i in anchors:
            return True
        if t.head.i == t.i or (
                t.i != tok.i and t.pos_ in {"NOUN", "VERB", "PROPN"} and t.dep_ not in {"pobj", "npadvmod"}):
            return False
        t = t.head
    return t.i in anchors


# Who a group's meeting gathered, told in the sentences after it
_TOOK_PART = re.compile(r"\b(?:represented by|was represented|were represented|taking part|took part|participants|"
                        r"participated|chaired by|co-chaired|chaired the|hosted by|hosted the|joined by|was joined|"
                        r"attended by|led (?:their|the|his|her) (?:countries' |country's )?delegations?)\b",
                        re.IGNORECASE)
_GROUP_NOUNS = {"ministers", "leaders", "heads", "representatives", "delegations", "officials", "envoys",
                "presidents", "premiers", "chiefs", "governors", "speakers", "secretaries", "mayors"}
_DISTRICT_NOUNS = {"district", "quarter", "neighbourhood", "neighborhood", "suburb", "suburbs", "outskirts", "area"}
_STATE_WORDS = {"republic", "country", "state", "nation", "kingdom", "federation", "union", "principality"}
_NAME_PARTICLES = {"de", "del", "da", "do", "dos", "das", "des", "du", "di", "la", "el"}  # "Casa Grande del Pueblo"


def _after_presence(name: Token) -> bool:
    """A name right after the office an "in the presence of" phrase ends with ("in the presence of the Deputy
    Minister of Planning, Eng. X")."""
    left = name.left_edge
    before = left.doc[left.i - 1] if left.i > 0 else None
    if before is not None and before.text == ",":
        before = left.doc[before.i - 1] if before.i > 0 else None
    return before is not None and any(a.lower_ == "presence" for a in [before, *before.ancestors])


def _with_day_before(text: str, expr: tuple[str, int, int]) -> tuple[str, int, int]:
    """A date the recogniser began at its month ("the morning of 4 [August 2022]"): with its day."""
    _, start, end = expr
    day = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$", text[max(0, start - 6) : start])
    if day and text[start:end].split()[:1] and text[start:end].split()[0].lower().strip(",.") in MONTH_NAMES:
        start -= len(day.group())
        return text[start:end], start, end
    return expr


def _with_past_place(noun: Token) -> Token | None:
    """The "with" of a meeting noun that the parser lost in the place phrase just after it ("talks at the Ministry
    of Foreign Affairs and Worship with X": "with" hung on "Worship")."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ not in {"at", "in"}:
        return None
    for t in doc[noun.i + 2 : min(len(doc), noun.i + 14)]:
        if t.lower_ == "with" and t.dep_ == "prep" and t.head.i > noun.i:
            return t
        if not (t.pos_ in {"DET", "PROPN", "CCONJ", "ADP"} or (t.pos_ == "NOUN" and not t.is_lower)
                or t.text in {",", "'s"}):
            return None
    return None


def _proper_span(t: Token) -> SpacySpan | None:
    """The name part of a place phrase: "the Camp David presidential retreat" -> "Camp David" (not the names of
    a phrase hanging off it: "... on the outskirts of Washington")."""
    toks = [x for x in t.subtree if x.i <= t.i and (((x.pos_ == "PROPN" or x.i == t.i) and x.text[:1].isupper())
                                                     or (x.lower_ in _NAME_PARTICLES and x.dep_ == "compound"))]
    if not toks:
        return None
    end = max(x.i for x in toks)
    start = end
    while start - 1 >= t.left_edge.i and any(x.i == start - 1 for x in toks):
        start -= 1
    span = t.doc[start : end + 1]
    if find_city(span.text) is None and t.doc[min(x.i for x in toks)].i < start:
        whole = t.doc[min(x.i for x in toks) : end + 1]
        if find_city(whole.text):
            return whole
    return span


def _unlisted_city(span: SpacySpan) -> str | None:
    """A place the gazetteer does not list, read as a city when the recogniser calls it a GPE that is no country,
    region word or organisation ("in Huelva", "in Kisumu"; not "in Spain", "in the region")."""
    if not span.text[:1].isupper() or len(span) > 3 or country_code(span.text) or span.text.isupper():
        return None
    if any(t.ent_type_ != "GPE" for t in span) or any(t.lower_ in _ORG_WORDS for t in span):
        return None
    return span.text


# Someone acting for another: "X's envoy, Y" is Y
_ONES_AGENTS = {"envoy", "representative", "aide", "adviser", "advisor", "spokesman", "spokesperson", "spokeswoman",
                "deputy", "emissary", "delegate"}


def _possessed_thing(noun: Token) -> bool:
    """A common noun owned by someone ("X's plan", "Y's demands"), not a person or a group of people."""
    low = noun.lower_
    return (noun.pos_ == "NOUN" and any(c.dep_ == "poss" for c in noun.children)
            and low not in _PERSON_NOUNS | _DELEGATION | TRIGGER_NOUNS | _EVENT_NOUNS  # ("X's talks with Y")
            and low.removesuffix("s") not in _PERSON_NOUNS
            and low not in {"leaders", "heads", "counterparts", "officials", "wife", "husband", "son", "daughter"})


def _opens_line_as_dateline(text: str, start: int, end: int) -> bool:
    """A date that ends a dateline without a city: "DPI Guyana, Friday, November 15, 2024 - Minister X ..."."""
    line_start = text.rfind("\n", 0, start) + 1
    dash = re.search(r"\s(?:--|[-–—])\s", text[start:end])  # (the recogniser's date may run on over the dash)
    end = start + dash.start() if dash else end
    return start - line_start < 50 and bool(re.match(r"\s*(?:\([^)\n]{0,30}\)\s*)?(?:--|[-–—:])\s",
                                                    text[end : end + 40]))


def _setting_place(segments: list[SpacySpan]) -> list[tuple[int, str]]:
    """(offset, city) of sentences that set a scene for several meetings: "on the sidelines of the summit in X"."""
    out = []
    for seg in segments:
        setting = _SETTING_RE.search(seg.text)
        if not setting or _FUTURE.search(seg.text):
            continue  # (not "discussed the possibility of holding a forum in X")
        # ("... Representative in Vienna X, held a number of bilateral meetings in the North Macedonian capital":
        # the place after the words that set the scene, before any other)
        after = seg.text[setting.start() :]
        capital = re.match(r"[^.]{0,60}?\bin the ([A-Z][\w-]+(?: [A-Z][\w-]+)?) capital\b", after)
        cities = ([capital_of(country_code(capital.group(1)))] if capital and capital_of(country_code(
            capital.group(1))) else []) or _cities_after(r"\b(?:in|at)", after) or _cities_after(r"\b(?:in|at)",
                                                                                                seg.text)
        # "on the sidelines of the Cairo summit", "used the Munich Security Conference for ... (a summit in Y)"
        named = re.search(r"\bthe ([A-Z][\w'’-]+)((?: [A-Z][\w'’-]+){0,2}) (?:[Ss]ummit|[Cc]onference|[Ff]orum"
                          r"|[Dd]ialogue|[Mm]eeting)\b", seg.text)
        city = None
        if named:
            city = find_city(f"{named.group(1)}{named.group(2)}") or find_city(named.group(1))
        first_in = re.search(r"\b(?:in|at) [A-Z]", seg.text)
        if city and (not cities or (first_in and named.start() < first_in.start())):
            cities = [city]
        if cities:
            out.append((seg.start_char, cities[0]))
    return out


_RECOLLECTION = re.compile(
    r"\b(?:had (?:\w+ )?(?:met|held|visited|talked|spoken)|last met|previously|ago|in the past)\b", re.IGNORECASE
)


_FUTURE = re.compile(r"\b(?:will|shall|next (?:year|month|week|session)|upcoming|(?:agreed|plans?|decided) to"
                     r"|planned|expected|scheduled|possibility of|prospects? of|to be (?:held|hosted|convened)"
                     r"|to take place)\b", re.IGNORECASE)


def _paragraph_city(doc: Document, offset: int) -> str | None:
    """The one city named "in X" in the paragraph of a meeting that names none itself ("a pleasure to host my
    colleague in Warsaw. We have just concluded very good talks.")."""
    start = doc.text.rfind("\n", 0, offset) + 1
    end = doc.text.find("\n", offset)
    end = len(doc.text) if end < 0 else end
    cities: list[str] = []
    para = doc.nlp.char_span(start, end, alignment_mode="expand")
    for sent in para.sents if para is not None else []:
        # not a recollection of an earlier meeting ("They had last met in Rarotonga in November.")
        # nor a plan ("agreed to hold a forum in Dakar next year")
        if not start <= sent.start_char < end or _RECOLLECTION.search(sent.text) or _FUTURE.search(sent.text):
            continue
        for t in sent:
            if t.lower_ == "in" and t.head.pos_ == "NOUN" and t.head.lower_ not in _EVENT_NOUNS | TRIGGER_NOUNS:
                continue  # "the fisheries programme in Walvis Bay", "the plant in Surany": a topic's place
            if t.lower_ == "in" or (t.lower_ == "to" and t.head.lower_.startswith("welcome")):
                cities += _cities_after(r"^\S+", doc.text[t.idx : t.sent.end_char])[:1]
    # ("in Warsaw", and a host's "Welcome to London")
    return _one_city(cities)


_HEADING_REST = re.compile(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|on)\b|[\s,.:-]")


def _date_headings(doc: Document) -> list[tuple[str, int, int]]:
    """(date, start, end) of lines that hold nothing but a day ("Saturday, Nov. 22", "23 November 2025")."""
    out = []
    after = (doc.published_span or (0, 0))[1]
    for m in re.finditer(r"(?m)^[ \t]*(\S[^\n]{0,60}?)[ \t]*$", doc.text):
        if m.start(1) < after:
            continue
        # ("Friday 16 February - Ghana and Malawi": the day, then whom it was spent with)
        line = re.sub(r"\s+[-–—]\s+[A-Z][\w ,'’-]*$", "", m.group(1))
        if len(line) > 38:
            continue
        d = DATE_EXPR.search(line)
        rest = (line[: d.start()] + line[d.end() :]) if d else line
        if not d or _HEADING_REST.sub("", rest):
            continue
        day, kind = resolve(line, doc.reference_date)
        if kind == "day" and day:
            out.append((day, m.start(1), m.end(1)))
    return out


def _header_place(doc: Document) -> str | None:
    """The place on the header's date line: "May 12, 2025, 15:30, The Kremlin, Moscow"."""
    if not doc.published_span:
        return None
    start = doc.text.rfind("\n", 0, doc.published_span[0]) + 1
    end = doc.text.find("\n", doc.published_span[1])
    line = doc.text[start : len(doc.text) if end < 0 else end]
    venue = venue_in(line)
    if venue:
        return venue[0]
    return next((c for c in (find_city(part.strip()) for part in re.split(r"[,|–—]|\s-\s", line)) if c), None)


# The words after "in"/"to" that may name a city: "Kuala Lumpur", "St. John's", "Rio de Janeiro"
_CITY_WORDS = r"((?:St\.|[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|de|da|do|del|es|al|el)){0,3})"


# "in the capital Baku", "in the Red Sea port city of Jeddah", "in the capital, Nairobi"
_THE_CITY_OF = r"(?:the\s+(?:[A-Z][\w'’-]+\s+){0,3}(?:\w+\s+)?(?:capital|city|town|port|resort)(?:\s+of|,)?\s+)"


def _cities_after(prefix: str, text: str) -> list[str]:
    """The cities named right after ``prefix`` in ``text``, each the longest run of words that is one."""
    out = []
    for m in re.finditer(rf"{prefix}\s+{_THE_CITY_OF}?{_CITY_WORDS}", text):
        words = m.group(1).split()
        city = next((c for n in range(len(words), 0, -1) for c in [find_city(" ".join(words[:n]))] if c), None)
        city = city or world_city(m.group(1))  # (the whole run: "in Port Harcourt", not "in Mobile World Congress")
        if city:
            out.append(city)
    return out


def _one_city(names: Iterable[str]) -> str | None:
    """The city the names give, when they give exactly one."""
    cities = {c for c in (find_city(name.strip()) for name in names) if c}
    return cities.pop() if len(cities) == 1 else None


def _header_city(doc: Document, lead: SpacySpan | None) -> str | None:
    """The one city named on the lines above the story's lead ("Transcript: Weekly briefing, OR Tambo Building,
    Pretoria")."""
    head = doc.text[: lead.start_char if lead is not None else 0]
    return _one_city([*re.split(r"[,|–—\n]|\s-\s", head), *_cities_after(r"\bin", head)])


def _fallback_place(doc: Document, lead: SpacySpan | None) -> str | None:
    """A wire story's dateline city; when the story says the visit is in another country
    ("Ramaphosa is in China", filed from Cape Town), a city of that country named in the story."""
    city = doc.dateline_place
    if not city:
        return _header_place(doc) or _header_city(doc, lead)  # "By X in Belém, Brazil", "in Belém bilaterals"
    host_code = visited_country(doc.text)
    if not host_code or city_country(city) == host_code:
        return city
    for m in re.finditer(r"(?=\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b)", doc.text):
        for name in (m.group(1), m.group(1).split()[0]):  # "Beijing Capital International Airport"
            found = find_city(name)
            if found and city_country(found) == host_code and doc.in_body(m.start()):
                return found
    return None


# "During the meeting held on Tuesday at the ministry, ...": the sentence after a read-out's lead dates it
_DAY = r"(?:(?:on|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday)"
_SEQUEL_DATE = re.compile(
    rf"\b(?:During|At|In the course of|In) the (?:meeting|talks|call|phone call|conversation|discussions?|audience)"
    rf"(?:,)?(?: (?:which was )?held)?,? {_DAY}\b"
    # "The two met on the sidelines of the summit in the capital on Tuesday"
    rf"|^(?:The (?:two|three)(?: (?:leaders|ministers|officials|sides))?|They) (?:met|held talks|talked|spoke)"
    rf"[^.\n]{{0,100}}?\b{_DAY}\b")


def _date_from_sequel(doc: Document, m: Meeting) -> None:
    """A meeting the lead reports without a day (dated by the publication or the dateline) takes the day the
    next sentence gives it ("During the meeting held on Tuesday")."""
    if m.date_from not in {"published", "dateline"}:
        return
    after = re.match(r"[^.\n]*[.\n]\s*", doc.text[m.end :])  # (from the next sentence on)
    start = m.end + (after.end() if after else 0)
    window = doc.text[start : start + 300]
    found = _SEQUEL_DATE.search(window)
    if found is None or re.search(r"\b(?:met|received|held talks|spoke)\b", window[: found.start()]):
        return
    day, kind = resolve(found.group(), doc.reference_date)
    if kind == "day" and day:
        m.date, m.date_from = day, "text"
        m.date_span = (start + found.start(), start + found.end())
        m.evidence = (m.evidence + "; " if m.evidence else "") + "date of the sentence after it"


# "The heads of the three secretariats held their first trilateral meeting in the capital yesterday."
_PREQUEL_DATE = re.compile(rf"\b(?:held|had|hold|holds)\b[^.\n]{{0,80}}?\b(?:meeting|talks|consultations|session)\b"
                           rf"[^.\n]{{0,80}}?\b{_DAY}\b[^.\n]*\.\s*$")


def _date_from_prequel(doc: Document, m: Meeting) -> None:
    """A meeting named without a day takes the day of the sentence right before it when that one reports a
    meeting held on a day ("The heads of the three secretariats held their first trilateral meeting in the capital
    yesterday.")."""
    if m.date_from not in {"published", "dateline"}:
        return
    text = doc.text
    sentence = max(text.rfind(". ", 0, m.start) + 2, text.rfind("\n", 0, m.start) + 1)
    before = max(text.rfind(". ", 0, sentence - 2) + 2, text.rfind("\n\n", 0, sentence - 2) + 2)
    found = _PREQUEL_DATE.search(text, before, sentence)
    if found is None:
        return
    words = re.search(_DAY, text[found.start() : found.end()])
    day, kind = resolve(words.group(), doc.reference_date)
    if kind == "day" and day:
        m.date, m.date_from = day, "text"
        m.date_span = (found.start() + words.start(), found.start() + words.end())
        m.evidence = (m.evidence + "; " if m.evidence else "") + "date of the sentence before it"


def _arrival_city(doc: Document) -> str | None:
    """The one city a visitor is said to have arrived in ("arrived in Dublin on Monday evening")."""
    return _one_city(_cities_after(r"\b(?:arrived|arrives|landed|lands)\s+in", doc.text))


@component("meetings", requires=("people", "utterances", "published"), assigns=("meetings", "people"))
def annotate(doc: Document) -> None:
    finder = _Finder(doc)
    for seg in finder.segments:
        finder.check(seg)
    finder.with_items()
    finder.transcript()
    finder.heading_titles()
    fallback = _fallback_place(doc, finder.lead)
    finder.found = finder.merged()
    # "Saturday, Nov. 22" on a line of its own dates the meetings listed under it
    headings = _date_headings(doc)
    for m in finder.found:
        under = [h for h in headings if h[1] <= m.start]
        if under and m.date_from in {"published", "dateline"}:
            m.date, m.date_from, m.date_span = under[-1][0], "text", (under[-1][1], under[-1][2])
            m.evidence = (m.evidence + "; " if m.evidence else "") + "date of the heading above it"
    for m in finder.found:
        scene = [x for x in finder.scenes if x[0] <= m.start]
        dated_since = scene and any(  # "On Tuesday, X met A. He also met B.": A's day, not the round-up's first
            o.date_from == "text" and scene[-1][0] < o.start < m.start for o in finder.found)
        if scene and m.date_from in {"published", "dateline"} and not dated_since:
            m.date, m.date_from, m.date_span = scene[-1][1], "text", scene[-1][2]
            m.evidence = (m.evidence + "; " if m.evidence else "") + "date of the round-up sentence before it"
    # A read-out dates its first meeting; the ones it goes on to ("also spoke with", "later met") without date
    # words of their own are of the same day, not of the publication date.
    story: Meeting | None = None
    for m in finder.found:
        _date_from_prequel(doc, m)
        if m.date_from in {"text", "dateline"}:
            story = m
        elif m.date_from == "published" and story is not None:
            m.date, m.date_from = story.date, story.date_from
            m.evidence = (m.evidence + "; " if m.evidence else "") + "date of the meeting reported before it"
    for m in finder.found:
        _date_from_sequel(doc, m)
    settings = _setting_place(finder.segments)
    visited_seat = seat_of(visited_country(doc.text))
    arrival = _arrival_city(doc)
    for m in finder.found:
        if m.place is None and m.kind == "in_person":
            # a round-up's meetings without a place of their own are where its setting sentence put them
            scene = [city for at, city in settings if at <= m.start]
            here = (_paragraph_city(doc, at) for at in [m.start, *finder.reports.get(id(m), [])])
            before = finder.sequel_of.get(id(m))
            # (last, a visit's country without a city named: its seat of government, "a state visit to Vietnam")
            if before is not None and before.place and before.kind == "in_person":
                m.place = before.place  # "The minister also held talks the same day with X": where the one before was
                continue
            m.place = scene[-1] if scene else (next((c for c in here if c), None) or fallback or finder.lead_city
                                               or arrival or visited_seat)
    doc.meetings = finder.found
