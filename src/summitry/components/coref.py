"""Who a phrase refers to: "he", "the Azerbaijani president", "the two leaders", "we"."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cached_property

from ..doc import Document, Person
from ..resources import word_set
from .countries import home_country, serves_several_states
from .places import country_code
from .titles import OFFICE_HEADS, clean_title

_ROLE_WORDS = word_set("coref_words.json", "role_words")
_ORG_WORDS = word_set("coref_words.json", "organisation_words")


_GROUPS = word_set("coref_words.json", "group_words")
# the words of a state's formal name ("the President of the Republic of X"), no part of an office
_STATE_WORDS = {"republic", "kingdom", "federation", "state", "emirates", "sultanate", "principality"}


def fold_title(title: str) -> str:
    return " ".join(title.lower().split())


def _canonical_office(title: str) -> str:
    """One spelling of a portfolio's office: "minister of foreign affairs" and "minister for foreign affairs" as
    "foreign minister", "minister of finance" as "finance minister"."""
    return re.sub(r"\bminister (?:of|for) (?:the )?(\w+)(?: affairs)?\b(?!\s+(?:of|for)\b)", r"\1 minister", title)


_HONORIFIC_GENDER = {"mr": "he", "mrs": "she", "ms": "she", "madam": "she", "madame": "she", "mister": "he"}
_TITLE_GENDER = {w: "she" for w in ("chairwoman", "spokeswoman", "congresswoman", "queen", "princess", "sheikha",
                                     "duchess", "empress", "countess", "baroness", "lady")} | {
    w: "he" for w in ("king", "prince", "sultan", "emir", "amir", "duke", "emperor", "lord")}
_SPEECH_HEADS = {"said", "noted", "stressed", "told", "added", "stated", "emphasized"}


class Referents:
    """Who is being talked about: subjects of earlier sentences, for "he" and "the president"."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.events: list[tuple[int, Person]] = []
        self._genders: dict[int, set[str]] | None = None
        for m in doc.mentions:
            span = doc.nlp.char_span(m.start, m.end, alignment_mode="expand")
            # Main-clause subjects only: "asked whether Macron had called him" does not make Macron "he"; a
            # subject's apposition is one ("The Foreign Minister of Latvia, Baiba Braže, arrived ...").
            root = span.root if span is not None else None
            if root is not None and root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubjpass"} and (
                    root.head.pos_ == "PROPN" or root.head.lower_ in _ROLE_WORDS):  # (a role, not "X's bilateral")
                root = root.head
            if root is not None and root.dep_ == "pobj" and root.head.head.dep_ in {"nsubj", "nsubjpass"} and (
                    root.head.head.lower_ in _ROLE_WORDS and root.head.head.i < root.i):
                root = root.head.head  # "Minister of State X underlined": the office the parser made the subject
            if root is None:
                continue
            if root.dep_ in {"nsubj", "nsubjpass"} and (
                root.head.dep_ in {"ROOT", "conj"} or root.head.lower_ in _SPEECH_HEADS
            ):
                self.events.append((m.start, m.person))
                continue
            # "..., the Executive Director of the Ministry, Ms X, said ...": the subject the parser lost
            after = re.match(r"\s*,?\s*", doc.text[m.end : m.end + 4])
            main = doc.nlp[span.end + (1 if "," in after.group() else 0)] if span.end < len(doc.nlp) - 1 else None
            if main is not None and main.dep_ == "ROOT" and main.lower_ in _SPEECH_HEADS and not any(
                    c.dep_ in {"nsubj", "nsubjpass"} for c in main.children):
                self.events.append((m.start, m.person))
        # "The Deputy President arrived last night. This morning he called on ...": a main clause's office subject
        for t in doc.nlp:
            if (t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in _ROLE_WORDS and t.head.dep_ == "ROOT"
                    and any(c.lower_ == "the" and c.dep_ == "det" for c in t.children)
                    and doc.person_at(t.idx, t.idx + 1) is None):
                start = min(x.idx for x in t.subtree if x.i <= t.i)
                said = next((c for c in map(country_code, (x.text for x in t.subtree if x.i < t.i)) if c), None)
                who = self.resolve(start, t.idx + len(t.text))
                # ("the Angolan diplomat" counts once the text has given someone that country: not before)
                if isinstance(who, Person) and said in {None, who.country}:
                    self.events.append((start, who))

    @cached_property
    def home(self) -> str | None:
        return home_country(self.doc)

    def gender_of(self, person: Person) -> str | None:
        """ "he" or "she" when the text says so without doubt: "Ms X", or "X stressed ... . She said ..." (a
        sentence opened by the pronoun right after one that names only X, as its subject)."""
        if self._genders is None:
            self._genders = self._read_genders()
        votes = self._genders.get(id(person), set())
        return next(iter(votes)) if len(votes) == 1 else None

    def _read_genders(self) -> dict[int, set[str]]:
        doc = self.doc
        out: dict[int, set[str]] = {}
        for person in doc.people:  # "Federation Council Chairwoman X", "Queen X": the title says so
            words = set((person.title or "").lower().replace("-", " ").split())
            if words & _TITLE_GENDER.keys():
                out.setdefault(id(person), set()).update(_TITLE_GENDER[w] for w in words & _TITLE_GENDER.keys())
        for m in doc.mentions:
            before = doc.text[max(0, m.start - 6) : m.start].lower().split()
            word = before[-1].rstrip(".") if before else ""
            if word in _HONORIFIC_GENDER:
                out.setdefault(id(m.person), set()).add(_HONORIFIC_GENDER[word])
        subjects = {off: p for off, p in self.events}
        starts = [m.start for m in doc.mentions]  # (sorted)
        sents = list(doc.nlp.sents) if any(t.lower_ in {"he", "she"} for t in doc.nlp) else []
        for prev, sent in zip(sents, sents[1:], strict=False):
            first = next((t for t in sent if t.lower_ in {"he", "she"} and t.dep_ in {"nsubj", "nsubjpass"}), None)
            if first is None:
                continue
            if first.i != sent.start and bisect_left(starts, sent.start_char) < bisect_left(starts, sent.end_char):
                continue  # ('"...," he said' in a sentence naming nobody is the one before's subject too)
            named = {id(m.person): m for m in doc.mentions[bisect_left(starts, prev.start_char):
                                                             bisect_left(starts, prev.end_char)]}
            if len(named) == 1:
                m = next(iter(named.values()))
                if m.start in subjects:
                    out.setdefault(id(m.person), set()).add(first.lower_)
        possessives = any(t.lower_ in {"his", "her"} and t.dep_ == "poss" for t in doc.nlp)
        for m in doc.mentions if possessives else []:  # "X welcomed her counterpart": X's own possessive
            if m.start not in subjects:
                continue
            span = doc.nlp.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            verb = span.root.head
            for obj in (c for c in verb.children if c.dep_ in {"dobj", "attr"}):
                poss = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
                if poss is not None:
                    out.setdefault(id(m.person), set()).add("he" if poss.lower_ == "his" else "she")
        return out

    def add(self, offset: int, person: Person) -> None:
        self.events.append((offset, person))

    def last_subject(self, before: int, among: list[Person] | None = None) -> Person | None:
        best = None
        for off, p in self.events:
            if off < before and (among is None or p in among) and (best is None or off >= best[0]):
                best = (off, p)
        return best[1] if best else None

    def choose(self, start: int, end: int, among: list[Person]) -> Person | None:
        """Which of several holders of an office the role phrase at [start, end) names: the last subject among
        them; but not the one its verb addresses ("The minister told him ...": the other one), nor one named before
        the sentence that has just brought in another holder ("... received the Ambassador of Chile, X. According to
        the ambassador, ...": X)."""
        text = self.doc.text
        subject, subject_at = None, -1
        for off, p in self.events:
            if off < start and p in among and off >= subject_at:
                subject, subject_at = p, off
        named = [(m.start, m.person) for m in self.doc.mentions if m.start < start and m.person in among]
        if subject is not None and _ADDRESSED.match(text, end):
            others = [p for _, p in named if p is not subject]
            if others:
                return others[-1]
        if subject is not None and named and named[-1][1] is not subject:
            here = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
            before = max(text.rfind(". ", 0, max(here, 0)), text.rfind("\n", 0, max(here, 0)))
            if here >= named[-1][0] > before > subject_at:  # (not one named earlier in its own sentence)
                return named[-1][1]
        return subject or (named[-1][1] if named else None)

    def resolve(self, start: int, end: int) -> Person | None | bool:
        """The person a subject phrase refers to; False when it names an organisation or a group."""
        doc = self.doc
        phrase = doc.text[start:end]
        persons = []
        for m in doc.mentions:
            if start <= m.start < end and m.person not in persons:
                persons.append(m.person)
        if len(persons) > 1 and re.search(r"\band\b", phrase):
            return False  # a joint statement of two people is no one's turn
        if persons:
            last = max((m for m in doc.mentions if start <= m.start < end), key=lambda m: m.start)
            if re.match(r"['’]s?\s+\w", doc.text[last.end : end]):
                return False  # "Conroy's office said", "Lima's spokesman": someone else speaking for them
            return persons[-1]
        words = [re.sub(r"['’]s$", "", w.lower()).strip(".,’'") for w in re.findall(r"[\w.’']+", phrase)]
        if not words:
            return None
        style = _STYLES.get(phrase.strip().replace(".", ""))
        if style:  # "HM said that ...": the one the story styled His Majesty
            styled = [p for p in doc.people if any(re.search(rf"(?:{style})\W+(?:[A-Z]\w*\W+){{0,2}}$",
                                                             doc.text[max(0, s - 40) : s]) for s, _ in p.mentions)]
            return styled[0] if len(styled) == 1 else None
        if words[-1] in {"he", "she", "him", "her"} and len(words) <= 2:
            other = "she" if words[-1] in {"he", "him"} else "he"
            # ("With Ms X, he discussed energy. She said ...": the one woman just named, though no subject; a
            # "he" stays with the last subject, where most men of a report are not marked as such)
            recent = unique_people(m.person for m in doc.mentions if start - 250 <= m.start < start)
            marked = [p for p in recent if self.gender_of(p) == "she"]
            if other == "he" and len(marked) == 1:
                return marked[0]
            return self.last_subject(start, [p for p in doc.people if self.gender_of(p) != other])
        # "the ministry", "the Prime Minister's Office": a body (but "the Chairman of the House of X" who holds
        # that whole office, below)
        body = words[-1] in _ORG_WORDS or (
            any(w in _ORG_WORDS for w in words) and not any(w in {"president", "minister"} for w in words))
        first = next((w for w in words if w not in {"the", "a", "an", "this"}), "")
        if body and first not in OFFICE_HEADS:
            return False
        if words[-1] in _GROUPS:
            return False  # "the ministers", "the two leaders": more than one speaker
        state = country_code(words[0]) if len(words) > 2 else None  # "Fiji's Head of State": that state's office
        if state:
            words = ["the", *words[1:]]
        office = fold_title(" ".join(words[1:]))
        bare, of_state = clean_title(phrase)  # ("the Chairman of the House of X of Belarus": Belarus's Chairman of ...)
        if of_state and bare and not state and " of " in bare and country_code(
                re.sub(r"^.*\bof\s+(?:the\s+)?", "", phrase.strip())) == of_state:
            office, state = fold_title(bare), of_state
        exact = [p for p in doc.people if p.title and fold_title(p.title) == office]
        if not exact and office:  # "the Foreign Minister": the "Minister of Foreign Affairs", or one whose chain of
            # offices has it ("Deputy Prime Minister and Minister of Foreign Affairs")
            exact = [p for p in doc.people if p.title and _canonical_office(office) in
                     re.split(r"\s*(?:,|\band\b)\s*", _canonical_office(fold_title(p.title)))]
        fuller = [p for p in doc.people
                  if p.title and fold_title(p.title).startswith((office + " of ", office + " for "))]
        # ("the Speaker": the "Speaker of Parliament" as much as the counterpart given only "Speaker")
        by_title = exact + fuller if len(exact) == 1 and fuller else exact or fuller
        # ("the Director General" of "IOM Director General": an organisation's acronym before the office)
        by_title = by_title or [p for p in doc.people if p.title and re.fullmatch(r"[A-Z]{2,6}", p.title.split()[0])
                                and fold_title(" ".join(p.title.split()[1:])) == office]
        if body:
            held = [p for p in by_title if fold_title(p.title or "") == office and p.country in {state, None}]
            return held[0] if len(held) == 1 else False
        if not by_title and office in OFFICE_HEADS and words[0] == "the":  # "the Secretary": "Trade Secretary X"
            ends = [p for p in doc.people if p.title and fold_title(p.title).endswith(" " + office)
                    and not fold_title(p.title).startswith(("vice ", "deputy ", "under ", "assistant ", "permanent "))]
            by_title = ends if len(ends) == 1 else []
        if state:
            by_title = [p for p in by_title if p.country in {state, None}]
        # ("the Secretary General" of "Secretary General of the OAS", not "the Minister" of "Prime Minister")
        if by_title and words[0] in {"the", "a"}:  # "the Taoiseach", "the Foreign Secretary"
            if len(by_title) > 1:  # a read-out's "the Minister": its own side's, of the story's home state
                home = [p for p in by_title if self.home and p.country == self.home]
                home = home or [p for p in by_title if self.home and p.country is None]
                by_title = home if len(home) == 1 else by_title
            return by_title[0] if len(by_title) == 1 else self.choose(start, end, by_title) or by_title[0]
        if any(w in _ROLE_WORDS for w in words):
            return self._role(start, phrase, words)
        return None

    def _role(self, offset: int, phrase: str, words: list[str]) -> Person | None:
        people = self.doc.people
        country, country_words = None, set()
        caps = re.findall(r"[A-Z][\w.]*", phrase)
        for size in (3, 2, 1):
            for i in range(len(caps) - size + 1):
                if country is None and country_code(" ".join(caps[i : i + size])):
                    country = country_code(" ".join(caps[i : i + size]))
                    country_words = {w.lower() for w in caps[i : i + size]}
        # of that country; else someone whose country the article does not say, holding that office (never one of
        # another country)
        of_country = [p for p in people if p.country == country] if country else list(people)
        cands = of_country or [p for p in people if p.country is None]
        for role in ("president", "minister", "pm", "premier"):
            if role in words:
                want = "minister" if role in {"pm", "premier", "minister"} else role
                narrowed = [p for p in cands if any(want in t.lower() for t in [p.title or "", *p.offices])]
                if not of_country:  # (not "the Prime Minister of X" for a Deputy Foreign Minister of unknown country)
                    office = set(words) - country_words - {"the", "of", "a", "an"} - _STATE_WORDS
                    narrowed = [p for p in narrowed if any(office <= set(re.findall(r"[\w-]+", t.lower()))
                                                           for t in [p.title or "", *p.offices])]
                cands = narrowed or (cands if of_country else [])
                qualifier = {"vice", "deputy"} & set(words)
                if qualifier:  # "the Vice-President" is not the President of the Senate named before
                    office = r"[\s-]+".join(w for w in words if w not in {"the", "a", "an"})
                    cands = [p for p in cands if any(qualifier <= set(re.findall(r"[a-z]+", t.lower()))
                                                     for t in [p.title or "", *p.offices])] or [
                        p for p in people if self._titled_before(p, office)]
                break
        else:
            cands = cands if of_country else []
        if len(cands) == 1:
            return cands[0]
        return self.last_subject(offset, cands) or self._last_mentioned(offset, cands)

    def _titled_before(self, person: Person, office: str) -> bool:
        """Whether the text gives the person that office in a title chain before one of their names ("The
        Vice-President of X and head of Y, Federal Councillor Z")."""
        text = self.doc.text
        for s, _ in person.mentions:
            before = re.split(r"[.\n]\s", text[max(0, s - 300) : s])[-1]
            if re.search(rf"\b{office}\b", before, re.I):
                return True
        return False

    def _last_mentioned(self, before: int, among: list[Person]) -> Person | None:
        best = None
        for m in self.doc.mentions:
            if m.start < before and m.person in among:
                best = m.person
        return best


# A reporting verb addressed to someone: "The minister told him that ..."
_ADDRESSED = re.compile(r"\s+(?:\w+\s+)?(?:told|informed|assured|briefed|thanked|asked|urged|reminded)\s+"
                        r"(?:him\b|her(?=\s+(?:that|about|of|on)\b|[.,;]))")  # (not "informed her Swedish colleague")

# Abbreviated styles a story may use alone as a subject ("HM said that ..."): what precedes the name it stands for
_STYLES = {"HM": r"\bH\.?M\.?|His Majesty|Her Majesty", "HRH": r"\bH\.?R\.?H\.?|His Royal Highness|Her Royal Highness",
           "HH": r"\bH\.?H\.?|His Highness|Her Highness"}
# ... and the same styles written out: "During the meeting, His Highness affirmed that ..."
_STYLES.update({"His Majesty": _STYLES["HM"], "Her Majesty": _STYLES["HM"], "His Royal Highness": _STYLES["HRH"],
                "Her Royal Highness": _STYLES["HRH"], "His Highness": _STYLES["HH"], "Her Highness": _STYLES["HH"]})


def role_phrase(refs: Referents, offset: int, phrase: str) -> Person | None:
    """The person a role phrase without a name refers to ("his Russian counterpart", "the American diplomat")."""
    words = [re.sub(r"['’]s$", "", w.lower()).strip(".,’'") for w in re.findall(r"[\w.’']+", phrase)]
    if not words:
        return None
    country = None
    for w in re.findall(r"[A-Z][\w.-]*", phrase):  # "Bissau-Guinean" whole
        country = country or country_code(w)
    if country:
        # of that country; else someone whose country the article does not say (never one of another country, nor
        # an official of an organisation of several states: "the Kazakh diplomat" is not the EU's envoy)
        cands = [p for p in refs.doc.people if p.country == country] or [
            p for p in refs.doc.people if p.country is None and not serves_several_states(p)
        ]
        if len(cands) == 1:
            return cands[0]
        return refs.last_subject(offset, cands) or refs._last_mentioned(offset, cands) if cands else None
    return refs._role(offset, phrase, words)


def unique_people(people: Iterable[Person]) -> list[Person]:
    """Each person once, in first-seen order."""
    out: list[Person] = []
    for p in people:
        if p not in out:
            out.append(p)
    return out
