"""Utterances: every turn of speech attributed to a person, direct, transcript or indirect.

Styles handled:
- an introducing line ("Speaking at the meeting, President X said:") then dash-led or plain
  paragraphs, or bullet lists after "The main points of X's speech:";
- the same inline ("X said: Dear colleagues, ...");
- transcript turns ("President X: Thank you.");
- quotations with attribution after or before ("'...,' X said", "said the president");
- indirect speech ("Putin noted that ...", "According to Tokayev, ...", "... the ministry cited
  Wang as saying").
A turn spans all its paragraphs; its ``quote`` is the first sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..doc import Document, Person, Utterance
from ..registry import component
from ..resources import load_json, load_lines, word_set
from ..text import OPEN_QUOTES, Paragraph, name_case, paragraphs, sentences
from .coref import Referents, unique_people
from .people import MODERATOR_WORDS
from .places import country_code, fold
from .titles import honorific_words, in_headline, title_words

_DASH = re.compile(r"^[-–—]\s*")
_BULLET = re.compile(r"^[•·*▪●◦‣-]\s*")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")  # "V." in "V.Putin:"
_LABEL = re.compile(r"^[A-Z][A-Za-z]{0,20}(?: [A-Za-z]{1,20})?:\s")  # "Question: ...", "Background:"
_SEPARATOR = re.compile(r"^[\W\dXxХх\s]{1,12}$")
_TRANSCRIPT_BY = re.compile(r"\btranscript of\b[^.\n]{0,80}?\b(?:briefing|press conference|remarks|conference|"
                            r"address|statement|interview)\s+(?:given\s+)?by\s+(?P<np>[^,.\n(]{3,80})")
_WORDS_OF = re.compile(r"(?:^|[.!?]\s+)((?:His|Her|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)(?:['’]s?)?)\s+(?:remarks|words"
                       r"|comments|message|reply|answer|response|verdict)\b[^.:\n]{0,80}:\s*$")
_QUESTION_LABEL = re.compile(r"^(?:Q|QUESTION|Question)\b[^:\n]{0,60}:")
_PRONOUNS_12 = re.compile(r"\b(?:I|we|We|my|My|our|Our|us|me|you|You|your|Your)\b")
_THIRD = re.compile(r"\b(?:he|she|they|He|She|They|his|her|their)\b")
_SENT_END = re.compile(r"(?<=[.!?…])[\"”’']?\s+(?=[\"“‘'(]?[A-Z])|\n")
_INDIRECT_SKIP = word_set("quote_words.json", "indirect_skip_verbs")
_ROLE_ABBREVIATIONS = {"fm": "foreign minister", "pm": "prime minister"}
# "This is according to the assistant minister, X.": the paragraph before it is X's
_ACCORDING_AFTER = re.compile(r"^(?:This|That|These|Those)\s+(?:is|was|are|were)\s+according\s+to\s+(.{3,160})$")
# "PM X's Opening Remarks During the Leaders' Meeting": a heading over the speaker's own words
_OWN_REMARKS = re.compile(r"['’]s\s+(?:Opening\s+|Closing\s+|Welcome\s+|Welcoming\s+)?(?:Remarks|Statement|Speech|"
                          r"Address)\b", re.IGNORECASE)
# A line over a statement naming who makes it: "Statement by President X", "Remarks by the Prime Minister, X"
_STATEMENT_HEADING = re.compile(r"^\W*(?:Joint\s+|Press\s+|Opening\s+|Closing\s+)?(?:Statement|Remarks|Speech|Address)"
                                r"\s+(?:by|of)\s+", re.IGNORECASE)


def _without_state_names(words: list[str]) -> list[str]:
    """A label's words with each state's long name made one word ("Republic of Turkey", "Russian Federation"),
    so that an office of a state and the name after it are read like "President of Turkey X"."""
    out: list[str] = []
    k = 0
    while k < len(words):
        j = next((j for j in range(min(len(words), k + 6), k + 1, -1)
                  if words[k][:1].isupper() and country_code(" ".join(words[k:j]))), None)
        out.append(" ".join(words[k:j]) if j else words[k])
        k = j or k + 1
    return out


@cache
def _label_words() -> tuple[frozenset[str], frozenset[str]]:
    """(labels that are nobody's turn: "Q", "Question"; courtesy words: "Mr", "H.E.")."""
    return frozenset(load_lines("transcript_labels.txt")), frozenset(load_lines("honorifics.txt")) | honorific_words()


@cache
def _surname_index() -> dict[str, list[dict]]:
    """Gazetteer entries by folded surname ("obama" -> Barack Obama), for labels giving a surname only."""
    index: dict[str, list[dict]] = {}
    for entry in load_json("leaders.json"):
        for alias in [entry["name"], *entry.get("aliases", [])]:
            last = fold(alias).split()[-1:] if alias else []
            if last and entry not in index.setdefault(last[0], []):
                index[last[0]].append(entry)
    return index


# "NAME:", "Title Name, Role (Country):" at a paragraph start; or "Title Name." (a label closed by a period).
_ASKS = re.compile(r"\b(?:journalist|correspondent|editor|reporter|anchor|host|interviewer|presenter|conducted by"
                   r"|interviewed by)", re.I)


def _org_before_title(words: list[str], k: int) -> bool:
    """An organisation's acronym opening a label, right before an office ("NATO Secretary General X:")."""
    w = words[k].strip(",")
    return (k == 0 and w.isupper() and 2 <= len(w) <= 6 and k + 1 < len(words)
            and words[k + 1].lower().strip(",") in title_words())


# (a dash-led "— Name:", a bold "**Name:**")
_COLON_LABEL = re.compile(r"^(?:[—–-]\s*|\*\*|__)?(?P<label>[A-Z][^:*\n]{0,90}?)\s*:\s*(?:\*\*|__)?\s*")
_QA_PERIOD = re.compile(r"^(?P<label>Q|A)\.\s+(?=[A-Z\"“])")
_PERIOD_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’-]*(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]*)){1,5})\.\s+(?=\S)")
# "We spoke about trade. — Jane Doe (@janedoe) April 20, 2020": an embedded post and its signature.
_SIGNED_POST = re.compile(
    r"^(?P<body>.{10,}?)\s*[—–-]+\s*(?P<name>[^()\n—–]{1,60}?)\s*\(@(?P<handle>\w{2,})\)[^\n]{0,40}$"
)
# "Transit brings cooperation to a new level - Tokayev": a headline crediting its claim to a person.
# ... or "Brazil and Nigeria aim to double trade, says Alckmin".
_SIGNED_HEADLINE = re.compile(
    r"^(?P<body>[^\n]{15,250}?[^\s.!?])(?:\s+[-–—]|,\s+(?:says|said))\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s*$"
)
# "Trade turnover up 27 percent, President says", "..., parliament speaker tells Matviyenko"; and "Estonian PM in
# Chisinau: "Moldova's place is in the European Union"": a headline crediting its claim to a name or a role.
_SAYS_HEADLINE = re.compile(
    r"^(?P<body>[^\n]{15,250}?[^\s.!?]),\s+(?P<name>[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+"
    r"(?:[Ss]ays|[Tt]ells|[Ww]arns|[Uu]rges)\b[^\n,]{0,60}$")
_COLON_HEADLINE = re.compile(
    r"^(?P<name>[A-Z][^\n:\"“”]{1,40}?)(?:\s+(?:in|at)\s+[A-Z][\w'’ -]{1,30})?:"
    r"\s*[\"“](?P<body>[^\"“”\n]{10,250})[\"”]\s*$")
_HEADLINE_REACH = 600  # characters from the top within which a line may be the headline


def _credited_headline(text: str, para: Paragraph) -> re.Match | None:
    if para.start > _HEADLINE_REACH or "\n" in para.text.strip() or len(para.text) > 160:
        return None
    # (a headline ends without a period; but one that quotes its claim ends with the quotation mark)
    return (_SAYS_HEADLINE.match(para.text) if in_headline(text, para.start) else None) or _COLON_HEADLINE.match(
        para.text)


_NAME_WORD = re.compile(r"^[A-Z][\w'’-]*\.?$")


@cache
def _speaker_roles() -> frozenset[str]:
    return frozenset(load_lines("speaker_roles.txt"))


_HEADS_OF = {  # the offices "the head of government" and "the head of state" stand for
    "head of government": ("prime minister", "premier", "chancellor", "head of government", "taoiseach"),
    "head of state": ("president", "king", "queen", "emir", "amir", "sultan", "monarch", "head of state"),
}
_EXPRESS = {"expressed", "expresses", "voiced", "expressing"}
_EXPRESSED_CONTENT = word_set("quote_words.json", "expressed_content")


_PLATFORMS = {"x", "twitter", "facebook", "telegram", "instagram", "linkedin", "threads", "bluesky", "weibo", "post",
              "account", "page", "channel", "blog", "media"}


def _posted(verb: Token) -> bool:
    """ "wrote on X that ...", "wrote in a post on Telegram that ...": a statement posted by the writer."""
    return verb.lower_ in {"write", "wrote", "writes"} and any(
        c.dep_ == "prep" and c.lower_ in {"on", "in"} and any(x.lower_ in _PLATFORMS for x in c.subtree)
        for c in verb.children)


def _speech_verbs() -> frozenset[str]:
    return frozenset(load_lines("speech_verbs.txt"))


def _verb_alt() -> str:
    return "|".join(sorted(_speech_verbs(), key=len, reverse=True))


@dataclass
class _Turn:
    speaker: Person | None
    start: int
    end: int
    mode: str
    speaker_span: tuple[int, int] | None = None
    via: str = "quotes"
    evidence: str = ""
    quote_end: int | None = None  # the reported content ends here (", X said" follows)
    closed: bool = False  # its end is where another speaker's words begin: never run on past it


# --- quotation marks ------------------------------------------------------------------------


def quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks in text[start:end]."""
    out = []
    i = start
    while i < end:
        ch = text[i]
        if ch in "“«":
            close = "”" if ch == "“" else "»"
            j = text.find(close, i + 1, end)
            j = end if j < 0 else j
            out.append((i + 1, j))
            i = j + 1
        elif ch == '"':
            j = text.find('"', i + 1, end)
            j = end if j < 0 else j
            out.append((i + 1, j))
            i = j + 1
        elif ch in "‘'" and (i == start or not text[i - 1].isalnum()) and i + 1 < end and text[i + 1].isupper():
            m = re.compile(r"[,.!?…][’']").search(text, i + 1, end)
            if m:
                out.append((i + 1, m.start() + 1))
                i = m.end()
            else:
                i += 1
        else:
            i += 1
    return [(s, e) for s, e in out if e > s]


def _unclosed(text: str) -> bool:
    """The paragraph leaves a quotation open (it continues in the next paragraph)."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _is_speech(text: str) -> bool:
    if text.lstrip()[:1] in {",", ".", ";", ":", ")"}:
        return False  # '", Morrison said. "': the narration between two stray quotation marks
    words = text.split()
    if len(words) < 4 and text.lstrip()[:1].islower():
        return False  # 'would not be raised "for now."': a phrase quoted inside a sentence, not a turn
    return len(words) >= 4 or (len(words) >= 1 and text.rstrip()[-1:] in ",.!?…")


# --- the component ------------------------------------------------------------------------


_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|St|Jr|Sr|No|Amb|Hon|Mt|vs)|\b[A-Z])\.$")


def first_sentence(text: str, start: int, end: int) -> tuple[int, str]:
    stop = end
    for m in _SENT_END.finditer(text, start, end):
        if m.group() != "\n" and _ABBREV.search(text, max(start, m.start() - 6), m.start()):
            continue  # "Mr. President" does not end a sentence
        stop = m.start()
        break
    return start, text[start:stop].rstrip()


def _utterance(doc: Document, turn: _Turn) -> Utterance:
    start, end = turn.start, turn.end
    span = turn.speaker_span
    if span:  # no surrounding spaces or commas in the speaker's span
        s, e = span
        while s < e and doc.text[s] in " ,":
            s += 1
        while e > s and doc.text[e - 1] in " ,":
            e -= 1
        span = (s, e)
    while end > start and doc.text[end - 1] in " \n\t\"”’'":
        end -= 1
    inner = start
    while inner < end and (doc.text[inner] in OPEN_QUOTES or doc.text[inner].isspace()):
        inner += 1  # (a quote is its words, without the marks: 'A: "Gas is key"')
    q_start, quote = first_sentence(doc.text, inner, min(end, turn.quote_end or end))
    return Utterance(
        speaker=turn.speaker.name if turn.speaker else None,
        start=start,
        end=end,
        quote=quote,
        quote_start=q_start,
        mode=turn.mode,
        speaker_span=span,
        via=turn.via,
        evidence=turn.evidence,
    )


class _Reader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.ctx = Referents(doc)
        self.turns: list[_Turn] = []
        self.paras: list[Paragraph] = []
        self.orphans: list[tuple[Paragraph, int, int]] = []
        self.roles: dict[str, Person] = {}  # "moderator" -> the one a "MODERATOR (X):" label named
        self.verbs = re.compile(rf"\b(?:{_verb_alt()})\b", re.IGNORECASE)

    # -- speaker phrases --
    def resolve(self, start: int, end: int) -> Person | None | bool:
        """Who a subject phrase names: a mention, a role one person holds ("the spokesman"), or coreference."""
        doc, text = self.doc, self.doc.text
        # (a name the parser split: "Do Duc Duy said", its "Do" read as an auxiliary)
        start = min([start] + [m.start for m in doc.mentions if m.start < start < m.end])
        if any(start <= m.start < end for m in doc.mentions):
            return self.ctx.resolve(start, end)
        cut = text.find(",", start, end)  # "The Minister, with regard to his visit to China,": the head phrase
        while cut > start and re.match(r"\s*(?:for|in|on|at|from)\b", text[start:cut], re.IGNORECASE):
            start = cut + 1  # "For her part, the Kyrgyz Deputy Minister": the phrase after the opener
            cut = text.find(",", start, end)
        if cut > start:
            end = cut
        words = [re.sub(r"['’]s$", "", w.lower()) for w in re.findall(r"[\w’'-]+", text[start:end])]
        words = [x for w in words for x in _ROLE_ABBREVIATIONS.get(w, w).split()]  # "Morocco's FM": foreign minister
        if not words:
            return None
        roles = _speaker_roles()
        phrase = " ".join(words)
        heads = next((offices for kind, offices in _HEADS_OF.items() if kind in phrase), None)
        if heads and words[0] in {"the", "this"}:  # "the Cameroonian head of government": its prime minister
            holders = [p for p in doc.people if any(o in " ".join([p.title or "", *p.offices]).lower() for o in heads)]
            country = next((c for c in map(country_code, re.findall(r"[A-Z][\w’'-]+", text[start:end])) if c), None)
            holders = [p for p in holders if country is None or p.country in {country, None}]
            if len(holders) == 1:
                return holders[0]
            if holders:
                return self.ctx.choose(start, end, holders) or holders[-1]
        # "Pakistani Ambassador to Ethiopia", "the President of Kazakhstan": the last role word heads the phrase
        head = next((w for w in reversed(words) if w in roles), words[-1])
        if (
            words[-1] not in roles
            and head in roles
            and not re.search(rf"\b{re.escape(head)}\s+(?:of|to|for|in|at)\b", text[start:end], re.IGNORECASE)
        ):
            head = words[-1]  # "the president's office": not a person
        if head in {"guest", "visitor"} and words[0] in {"the", "his", "her", "our"}:
            # "The guest said that ...": the latest one named from another state than the story's own
            home = self.ctx.home
            away = [m.person for m in doc.mentions if m.start < start and m.person.country not in {None, home}]
            return away[-1] if home and away else None
        # the state the phrase names: a run of capitalised words ("Sierra Leone") or one ("Kyrgyz")
        runs = re.findall(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*", text[start:end])
        country = next((c for c in map(country_code, [*runs, *(w for r in runs for w in r.split())]) if c), None)
        if head == "counterpart" and words[0] in {"his", "her"} and len(words) <= 3:
            # "Her counterpart, in turn, said": the other party of the talks ("the Jordanian side" is nobody's turn)
            return self.other_party(start, country, "she" if words[0] == "her" else "he")
        body = [w for w in re.findall(r"[A-Z][\w’'-]+", text[start:end])
                if w.lower() not in roles | {"the", "this"} and not country_code(w)]
        if head in roles and body and words[0] in {"the", "this"}:
            # "the Federation Council speaker": the one whose title names that body ("a ... official" is nobody)
            of_body = [p for p in doc.people if f" {' '.join(body).lower()} " in f" {(p.title or '').lower()} "]
            if len(of_body) == 1:
                return of_body[0]
        if head == "speaker" and country is None:
            head = ""  # "the speaker said": of a parliament, or anyone speaking; only "the Russian speaker" is one
        if head in roles:
            if words[0] in {"a", "an", "one", "another", "some"} or len(words) > 8:
                return None  # "a senior official": an unnamed speaker is nobody's turn
            holders = [
                p for p in doc.people if head in " ".join([p.title or "", *p.offices]).lower().replace("-", " ").split()
            ]
            role = " ".join(w for w in words if w not in {"the", "this"})  # "the Prime Minister": its whole office
            exact = [p for p in holders if f" {role} " in f" {(p.title or '').lower().replace('-', ' ')} "]
            # "the Minister" of "Minister of Agriculture" or "Economy Minister" rather than of "Prime Minister"
            leading = [p for p in exact if not re.search(
                rf"\b(?:prime|deputy|vice|first|assistant|under|state|junior)\s+{re.escape(role)}\b",
                (p.title or "").lower().replace("-", " "))]
            holders = leading or exact or holders
            named = unique_people(m.person for m in doc.mentions if m.start < start and m.person.country == country)
            if country:  # "the Kyrgyz Deputy Minister": that country's, else one whose country is not known
                ours = [p for p in holders if p.country == country] or [p for p in holders if p.country is None]
                if not ours and words[0] == "the" and len(named) == 1:
                    return named[0]  # "the Russian speaker" of a Chairwoman: the one Russian the story named
                holders = ours or holders
            if len(holders) == 1:
                return holders[0]
            if holders:
                return self.ctx.choose(start, end, holders) or holders[-1]
            if country and words[0] == "the" and len(named) == 1:
                return named[0]  # "The Angolan official said": the one Angolan the story has named
        who = self.ctx.resolve(start, end)
        if who is None and head in roles and words[0] in {"the", "this"} and len(doc.people) == 1:
            return doc.people[0]  # "the high-ranking official": the one person the article names
        return who

    def clause_before_advcl(self, sent: SpacySpan, tok: Token) -> _Turn | None:
        """The main clause before ", X announced" when the parser made the reporting verb an adverbial or relative
        clause of something in it."""
        # (the person among the subjects: "... the Benelux countries, President X said at a press conference after
        # ...", where the parser made "countries" a second subject of "said")
        subj = [c for c in tok.children if c.dep_ == "nsubj" and self.doc.person_at(c.idx, c.idx + len(c.text))][-1:]
        if not subj:
            return None
        # the speaker phrase: back from the subject to the comma, over an office's words ("Minister of Finance X")
        first = min(x.i for x in subj[0].subtree)
        while first - 1 > sent.start and tok.doc[first - 1].text != "," and (
                tok.doc[first - 1].is_title or tok.doc[first - 1].lower_ in {"of", "for", "the", "and"}):
            first -= 1
        if tok.doc[first - 1].text != "," or first - 1 <= sent.start:
            return None
        s_start = tok.doc[first].idx
        s_end = max(x.idx + len(x.text) for x in subj[0].subtree)
        who = self.resolve(s_start, s_end)
        start = sent.start_char
        end = _trim_end(self.doc.text, start, tok.doc[first - 1].idx)
        content = self.doc.text[start:end]
        if not isinstance(who, Person) or end <= start or _quote_marks(content) or any(
                s <= start + 1 and start < e for s, e in self._direct()):
            return None
        return _Turn(who, start, end, "indirect", (s_start, s_end), "quotes.indirect_before",
                     f"'..., X {tok.lower_}' (the reporting verb parsed as a clause of the content)")

    def other_party(self, start: int, country: str | None, pronoun: str) -> Person | None:
        """Whom "his/her [Georgian] counterpart" names: the one titled person of that state named before
        ``start``, else the last titled person named before who is neither the one "his"/"her" refers to (the last
        subject not marked of the other gender) nor of that one's state."""
        before = [m.person for m in self.doc.mentions if m.start < start and m.person.title]
        if country:
            ours = unique_people(p for p in before if p.country == country)
            return ours[0] if len(ours) == 1 else None
        other = "he" if pronoun == "she" else "she"
        owner = self.ctx.last_subject(start, [p for p in self.doc.people if self.ctx.gender_of(p) != other])
        others = [p for p in before if p is not owner and (owner is None or owner.country is None
                                                            or p.country != owner.country)]
        return others[-1] if others and owner is not None else None

    def speaker_before(self, start: int, end: int) -> tuple[Person | None | bool, tuple[int, int]]:
        """Speaker of an intro "Welcoming X, President Y said" ending at ``end``: the last subject."""
        mentions = [m for m in self.doc.mentions if start <= m.start < end]
        if mentions:
            m = mentions[-1]
            return m.person, (m.start, m.end)
        clause = self.doc.text[start:end]
        cut = clause.rfind(",")
        s = start + cut + 1 if cut >= 0 else start
        who = self.resolve(s, end)
        aside = re.search(r"(?:^|,)([^,]+),\s*(?:in turn|for (?:his|her) part|on (?:his|her) part|in response|in reply)"
                          r"\s*,\s*\w+$", clause)
        if who is None and aside:  # "The Russian parliamentarian, in turn, said:": the subject before the aside
            s, e = start + aside.start(1), start + aside.end(1)
            return self.resolve(s, e), (s, e)
        return who, (s, end)

    def add(self, turn: _Turn) -> None:
        if turn.speaker:
            self.ctx.add(turn.start, turn.speaker)
        self.turns.append(turn)

    # -- paragraph-structured speech --
    def read_structured(self, paras: list[Paragraph]) -> set[int]:
        """Intro lines, dash-led paragraphs, bullets and transcript turns. Returns paragraphs used."""
        text = self.doc.text
        used: set[int] = set()
        pending: Person | None = None  # speaker announced by an intro line ending in ":"
        pending_span: tuple[int, int] | None = None
        labelled = False  # the pending speaker comes from a transcript label on a line of its own
        current: _Turn | None = None
        asked: Person | None = None  # who answers the question just asked
        transcript_by = False  # the pending speaker is the one "a transcript of ... by X" names
        briefer: Person | None = None  # that one, who goes on speaking until the questions begin
        intro = re.compile(rf"^(?P<head>.{{0,250}}?\b(?:{_verb_alt()})(?:\s+[\w/@]+){{0,4}})\s*:\s*(?P<rest>.*)$", re.S)
        interviewee = self._interviewee(paras)
        for idx, para in enumerate(paras):
            body = para.text
            if _SEPARATOR.match(body):
                current, pending = None, None
                continue
            by = _TRANSCRIPT_BY.search(body)
            if by and current is None and pending is None:
                # "The following is a near-verbatim transcript of today's noon briefing by X, Deputy Spokesman": the
                # unlabelled speech below it is X's
                who = self._np_speaker(para.start + by.start("np"), para.start + by.end("np"))
                if isinstance(who, Person):
                    pending, pending_span = who, (para.start + by.start("np"), para.start + by.end("np"))
                    transcript_by = True
                    used.add(idx)
                    continue
            transcript = self._transcript(para)
            if transcript:
                current = transcript
                self.add(current)
                used.add(idx)
                continue
            if body.rstrip().endswith(":") and len(body) < 60 and (found := self.label(para)) is not None and (
                    found[0] == "person" and found[2] >= para.end):
                # "TREASURER:" on a line of its own: the turn is the paragraph below it
                current, pending, pending_span, labelled = None, found[1], (para.start, para.end), True
                used.add(idx)
                continue
            if (_LABEL.match(body) and not self.verbs.search(body.split(":", 1)[0])) or (
                ":" in body[:100] and (found := self.label(para)) is not None and found[0] == "other"
            ):
                # "Question: ...", "Question (RIA Novosti): ...": someone else speaks; a dash-led answer below it
                # is the one who was speaking before the question
                if current is not None and _QUESTION_LABEL.match(body):
                    asked = current.speaker
                current, pending, briefer = None, None, None
                continue
            m = intro.match(body)
            if m and m.group("rest")[:1] and m.group("rest")[0] in OPEN_QUOTES:
                m = None  # 'X said: "..."' is a quotation; read_quotations attributes it
            if m and not quotations(text, para.start, para.start + m.start("rest")):
                who, span = self.speaker_before(para.start, para.start + m.end("head"))
                if isinstance(who, Person):
                    rest = para.start + m.start("rest")
                    rest += len(_DASH.match(text[rest : para.end]).group()) if _DASH.match(text[rest : para.end]) else 0
                    if rest < para.end:
                        current = _Turn(who, rest, para.end, "direct", span, "quotes.intro_colon", "'X said:' inline")
                        self.add(current)
                        pending = None
                    else:
                        current, pending, pending_span = None, who, span
                    used.add(idx)
                    continue
            after = _ACCORDING_AFTER.match(body)
            told = next((k for k in (idx - 1, idx - 2) if k >= 0 and len(paras[k].text) > 60), None)
            if after and told is not None and told not in used:
                # "Serbia has 1,770,000 employed citizens ... . This is according to the assistant minister, X.": the
                # paragraph before is X's
                who, span = self.speaker_before(para.start + after.start(1), para.end)
                if isinstance(who, Person):
                    self.add(_Turn(who, paras[told].start, paras[told].end, "indirect", span,
                                   "quotes.according_after", "'This is according to X' after it"))
                    used.update({told, idx})
                    current = None
                    continue
            below = paras[idx + 1].text if idx + 1 < len(paras) else ""
            if self._speaker_heading(para, below):
                # "Statement by President of the Russian Federation X", "PM X's Opening Remarks at ...", "President
                # of the Republic of Indonesia (X)" over a speech: the speech below is X's
                who, span = self.speaker_before(para.start, para.end)
                if isinstance(who, Person):
                    current, pending, pending_span = None, who, span
                    used.add(idx)
                    continue
            if body.endswith(":") and len(body) < 200:
                who, _ = self._speech_heading(para)
                current = None
                if who:
                    pending, pending_span = who, None
                used.add(idx)
                continue
            lead = _DASH.match(body) or _BULLET.match(body)
            if interviewee is not None and _DASH.match(body) and pending is None:
                current = None
                if not body.rstrip().endswith("?"):  # the interviewer asks; the interviewee answers
                    current = _Turn(interviewee, para.start + _DASH.match(body).end(), para.end, "transcript",
                                    None, "quotes.interview", "dash-led answer in an interview")
                    self.add(current)
                used.add(idx)
                continue
            if asked is not None and current is None and pending is None and _DASH.match(body):
                current = _Turn(asked, para.start + _DASH.match(body).end(), para.end, "transcript", None,
                                "quotes.answer", "dash-led answer after a question")
                self.add(current)
                used.add(idx)
                continue
            if current is None:
                asked = None  # narration between the question and a dash-led line: no answer
            bullet_run = (
                current is not None
                and _BULLET.match(body)
                and idx - 1 in used
                and (_BULLET.match(paras[idx - 1].text) is not None)
            )
            if bullet_run:
                current.end = para.end  # consecutive bullets are one turn
                used.add(idx)
                continue
            if pending and (lead or current is None):
                s = para.start + (lead.end() if lead else 0)
                s += text[s : s + 1] in OPEN_QUOTES  # (the quotation's opening mark is no part of the speech)
                current = _Turn(
                    pending, s, para.end, "direct", pending_span, "quotes.intro_colon", "after 'X said:' line"
                )
                if labelled:
                    current.mode, current.via, current.evidence = "transcript", "quotes.transcript_label", "label line"
                    pending, labelled = None, False
                if transcript_by:
                    current.mode, current.via, current.evidence = ("transcript", "quotes.transcript_by",
                                                                   "the speech below 'a transcript of ... by X'")
                    pending, transcript_by, briefer = None, False, current.speaker
                self.add(current)
                used.add(idx)
                if _BULLET.match(body) and not _DASH.match(body):
                    current.mode = "direct"
                continue
            if current is not None and current.via == "quotes.transcript_by" and any(
                    para.start <= m.start < para.end and m.person is not current.speaker for m in self.doc.mentions):
                current = None  # a briefer's own words end where the briefing reports someone else's
                continue
            if current is None and briefer is not None and not self._narration(para) and body[:1] not in OPEN_QUOTES:
                current = _Turn(briefer, para.start, para.end, "transcript", None, "quotes.transcript_by",
                                "the briefer's speech again, after what the briefing reported of someone else")
                self.add(current)
                used.add(idx)
                continue
            reopened = idx > 0 and _unclosed(paras[idx - 1].text)
            if current and not self._narration(para) and (body[:1] not in OPEN_QUOTES or reopened):
                if _BULLET.match(body) and pending is None and current.mode == "direct":
                    pass
                current.end = para.end
                used.add(idx)
                continue
            current = None
            if not _BULLET.match(body):
                pending = None
        return used

    def _speaker_heading(self, para: Paragraph, below: str) -> bool:
        """A line over a speech that names who gives it: "Statement by X"; in the first person below it, also "X's
        Opening Remarks at ..." and a line of nothing but an office and one name ("President of Y (X)")."""
        body = para.text.strip()
        if len(body) >= 150 or re.search(r"\band\b|&", body) or (len(below) < 40 and re.search(r"\d{4}", below)):
            return False  # ("Remarks by the President and Prime Minister X": two speakers; a date line below)
        if _STATEMENT_HEADING.match(body) and not body.endswith((".", "!", "?")):
            return True
        if not _PRONOUNS_12.search(below) or _PRONOUNS_12.search(body):
            return False
        if _OWN_REMARKS.search(body):
            return True
        named = [m for m in self.doc.mentions if para.start <= m.start < para.end]
        if len({id(m.person) for m in named}) != 1 or body.endswith((".", ":", "!", "?")):
            return False
        rest = self.doc.text[para.start : named[0].start] + self.doc.text[named[-1].end : para.end]
        words = _without_state_names(re.findall(r"[\w'’-]+", rest))
        return all(w.lower() in title_words() or w.lower() in {"of", "the", "and"} or country_code(w) for w in words)

    def _speech_heading(self, para: Paragraph) -> tuple[Person | None, None]:
        """ "The main points of the Prime Minister's speech:" announces a list of the PM's words."""
        low = para.text.lower()
        if not re.search(r"\b(?:speech|remarks|address|statement|report|points|said|noted|stated)\b", low):
            return None, None
        who, _ = self.speaker_before(para.start, para.end)
        return (who if isinstance(who, Person) else None), None

    def _transcript(self, para: Paragraph) -> _Turn | None:
        """ "President Ilham Aliyev: Thank you." — a name (after title words only) then a colon."""
        text = self.doc.text
        for m in self.doc.mentions:
            if m.start < para.start:
                continue
            if m.start > para.start + 60:
                break
            prefix = text[para.start : m.start].split()
            others, courtesy = _label_words()
            if any(
                w.lower().strip(".,") not in title_words()
                and w.lower().strip(".,") not in courtesy
                and w.lower() not in others  # "Moderator Ines Lobo:": a named moderator's turn
                and not country_code(w)
                and not _INITIALS.match(w)
                and not _org_before_title(prefix, k)  # "NATO Secretary General Mark Rutte:"
                for k, w in enumerate(prefix)
            ):
                break  # "MR HOLLOWAY:" passes, "Washington, D.C." does not (the label reader decides those)
            if text[m.start - 1 : m.start] == "." and not _INITIALS.match(text[para.start : m.start].split()[-1]):
                return None
            end = m.end
            for n in self.doc.mentions:  # "Ines Tavares Lobo:" found word by word: one name
                if n.start > end + 1:
                    break
                if n.start > end and n.person is m.person and not text[end : n.start].strip():
                    end = n.end
            after = re.match(r"\s*:\s*", text[end : para.end])
            if after and end + after.end() < para.end:
                return _Turn(
                    m.person,
                    end + after.end(),
                    para.end,
                    "transcript",
                    (m.start, end),
                    "quotes.transcript_label",
                    "'Name:' label, name mention",
                )
            break
        return self._label_turn(para)

    def label(self, para: Paragraph) -> tuple[str, Person | None, int] | None:
        """A transcript label opening the paragraph: ("person" | "other", speaker, offset of the speech).

        "MR PRICE:", "PRESIDENT OBAMA:", "Maria Zakharova, Official Spokesperson:", "Sergey Lavrov (Russia):",
        "Prime Minister Olmert." (a label closed by a period); "Q:" / "QUESTION:" is "other" (nobody's turn).
        """
        text, body = self.doc.text, para.text
        others, courtesy = _label_words()
        m = _COLON_LABEL.match(body)
        # "Q. ... A. ...": an interview's turns (an "A." only after a "Q.": "A. Smith attended" is a name)
        qa = None if m else _QA_PERIOD.match(body)
        if qa and (qa.group("label") == "Q" or re.search(r"(?m)^\s*Q\.\s", text[: para.start])):
            m = qa
        period = False
        if m is None or "\n" in m.group("label"):
            m = _PERIOD_LABEL.match(body)
            period = True
            if m is None:
                return None
        raw = m.group("label").strip()
        if period and re.search(r"\b[A-Z]$", raw):
            return None  # "President Michael D. Higgins met ...": a middle initial's period closes no label
        low = fold(raw)
        if low in {"a", "answer"} and not period:  # an interview's "Q: ... A: ...": the one the intro names
            who = self._answerer(para.start)
            return ("person", who, para.start + m.end()) if who is not None else ("other", None, para.start + m.end())
        bare = re.sub(r"\s*(?:\(.*\)|\[.*\])$", "", low)
        named = self._role_then_name(para.start, m, bare) if not period else None
        if named is not None:  # "MODERATOR (Lena Holm):", "SPOKESPERSON (Lena Holm):"; then "MODERATOR:" is hers
            self.roles.setdefault(bare, named)
        named = named or (self.roles.get(low) if not period else None)
        if named is not None:
            return "person", named, para.start + m.end()
        if low in others or bare in others:
            host = self._named_moderator() if bare in MODERATOR_WORDS and not period else None
            if host is not None:  # "MODERATOR:", "MODERATOR (X):" where the text says who moderated: that one's turn
                return "person", host, para.start + m.end()
            return ("other", None, para.start + m.end()) if not period else None
        name_part = re.sub(r"\s*(?:\([^)]{1,40}\)|\[[^\]]{1,40}\])\s*$", "", raw)  # "(Country)", "[translated]"
        name_part, _, role = name_part.partition(",")  # ", Official Spokesperson"
        if role and all(
            w.lower() in title_words() or w.lower() in {"of", "the", "and", "official"} for w in name_part.split()
        ):
            name_part, role = role.strip(), name_part  # "Foreign Secretary, Shri Vikram Misri:"
        words = _without_state_names(name_part.split())  # "President of the Republic of Turkey X": "of Turkey X"
        while len(words) > 2 and re.fullmatch(r"[A-Z]{2,4}", words[-1]) and not words[-2].isupper():
            words.pop()  # "Alfred Cannan MHK:", "Jane Doe MP:": letters after the name
        if not words or len(words) > 8 or len(role.split()) > 6:
            return None
        if role and not all(w[:1].isupper() or w.lower() in {"of", "the", "and", "for"} for w in role.split()):
            return None
        titles = title_words()
        titled, names = False, []
        for k, w in enumerate(words):
            lw = w.lower().strip(",")
            if _org_before_title(words, k):
                continue  # "NATO Secretary General Mark Rutte:": the organisation before the office
            if lw in titles or lw.rstrip(".") in titles or lw in courtesy or lw.rstrip(".") in courtesy:
                titled = True
                if names:  # "Putin President": a name then a title is not a label
                    return None
            elif lw in {"of", "the", "and"} or country_code(w):
                continue
            elif _NAME_WORD.match(w) and not _INITIALS.match(w) or _INITIALS.match(w):
                names.append(w.rstrip("."))
            else:
                return None
        names = [n for n in names if not _INITIALS.match(n + ".")]
        if not names and titled and not period:  # "TREASURER:", "PRIME MINISTER:": the one holder of that office
            office = {w.lower().strip(".,") for w in words if not country_code(w)} - courtesy - {"the", "of", "and"}
            holders = [p for p in self.doc.people
                       if any(office == set(re.findall(r"[\w-]+", t.lower())) for t in [p.title or "", *p.offices])]
            if not holders and len(office) == 1:  # "Hungarian ambassador:" for the "Ambassador to Azerbaijan"
                holders = [p for p in self.doc.people if (p.title or "").lower().split()[:1] == [*office]]
            if not holders:  # "Deputy Spokesman:" for the "Deputy Spokesman for the Secretary-General"
                said = " ".join(w.lower().strip(".,") for w in words) + " "
                holders = [p for p in self.doc.people if f"{(p.title or '').lower()} ".startswith(said)]
            if not holders and office and not office & {"deputy", "vice", "assistant"}:
                # "Spokesperson:" for the "Official Spokesperson" the labels above named (not a deputy's office)
                holders = [p for p in self.doc.people if office <= set(re.findall(r"[\w-]+", (p.title or "").lower()))
                           and not {"deputy", "vice", "assistant"} & set((p.title or "").lower().split())]
            if len(holders) == 1:
                return "person", holders[0], para.start + m.end()
            return None
        if not names or len(names) > 4:
            return None
        if period and (not titled or len(names) > 2):
            return None
        label_end = para.start + len(m.group("label").rstrip())
        rest = text[para.start + m.end() : para.end]
        if rest and not _is_speech(rest):
            return None  # "Headline: Donald Trump" is a headline crediting a name
        inside = [mm for mm in self.doc.mentions if para.start <= mm.start < label_end]
        if inside:  # every name word of the label belongs to the person's mention (or to that person's name)
            covered = " ".join([text[mm.start : mm.end] for mm in inside] + [mm.person.name for mm in inside])
            if any(n not in covered for n in names):
                return None
        who = self._label_speaker(para.start, label_end, names, words, titled)
        if who is None:
            return None
        return "person", who, para.start + m.end()

    def _role_then_name(self, start: int, m: re.Match, bare: str) -> Person | None:
        """The person a label names in parentheses after a role ("MODERATOR (X):"); not a journalist's question
        line ("QUESTION (X, Reuters):")."""
        others = _label_words()[0]
        if bare == fold(m.group("label").strip()) or (bare in others and bare not in MODERATOR_WORDS):
            return None
        if not all(w in title_words() or w in MODERATOR_WORDS or w in {"of", "the"} for w in bare.split()):
            return None
        open_at = start + m.group("label").index("(")
        return next((x.person for x in self.doc.mentions if open_at < x.start < start + m.end()), None)

    def _answerer(self, before: int) -> Person | None:
        """Who answers an interview's questions: the person its headline and intro name most, before the first
        "Q:" (not a journalist who asks)."""
        text = self.doc.text
        first_q = re.search(r"(?m)^\s*(?:Q|QUESTION|Question)\s*:", text)
        end = first_q.start() if first_q and first_q.start() < before else before
        counts: dict[str, int] = {}
        people: dict[str, Person] = {}
        for m in self.doc.mentions:
            asker = _ASKS.search(text[max(0, m.start - 30) : m.start])  # "conducted by Trend's correspondent X"
            if m.start < end and not (m.person.title and _ASKS.search(m.person.title)) and not asker:
                counts[m.person.name] = counts.get(m.person.name, 0) + 1
                people.setdefault(m.person.name, m.person)
        if not counts:
            return None
        best = max(counts.values())
        top = [n for n, c in counts.items() if c == best]
        return people[top[0]] if len(top) == 1 else None

    def _named_moderator(self) -> Person | None:
        """The one person the people step titled moderator ("It was moderated by X": components/people.py)."""
        titled = [p for p in self.doc.people if (p.title or "").lower() in MODERATOR_WORDS]
        return titled[0] if len(titled) == 1 else None

    def _label_speaker(self, start: int, end: int, names: list[str], words: list[str], titled: bool) -> Person | None:
        doc = self.doc
        for m in doc.mentions:
            if start <= m.start < end:
                return m.person
        surname = fold(names[-1])
        role_words = {w.lower() for w in words} - {fold(n) for n in names}
        people = [p for p in doc.people if fold(p.name).split()[-1:] == [surname]]
        if len(names) > 1:
            people = [p for p in people if fold(names[0]) in fold(p.name).split()] or people
        if len(people) > 1:
            people = [p for p in people if p.title and role_words & set(p.title.lower().split())] or people
        if people:
            return people[0]
        if not titled and len(names) < 2:
            return None  # "London:" is a dateline, "Background:" a heading
        entries = _surname_index().get(surname, [])
        if len(names) > 1:
            first = fold(names[0])
            entries = [e for e in entries if first in fold(" ".join([e["name"], *e.get("aliases", [])])).split()]
        if len(entries) > 1:
            entries = [
                e for e in entries if any(role_words & set(t.lower().split()) for t in e.get("titles", []))
            ] or entries
        if entries:
            return Person(name=entries[0]["name"], country=entries[0].get("country"), via="quotes.label")
        if not titled:
            return None
        return Person(name=" ".join(name_case(n) if n.isupper() else n for n in names), via="quotes.label")

    def _label_turn(self, para: Paragraph) -> _Turn | None:
        found = self.label(para)
        if not found or found[0] != "person" or found[2] >= para.end:
            return None
        return _Turn(
            found[1],
            found[2],
            para.end,
            "transcript",
            (para.start, found[2]),
            "quotes.transcript_label",
            f"label {self.doc.text[para.start : found[2]].strip()!r}"[:60],
        )

    def _narration(self, para: Paragraph) -> bool:
        body = self.doc.text[para.start : para.end]
        if _PRONOUNS_12.search(body):
            return False
        has_person = any(para.start <= m.start < para.end for m in self.doc.mentions)
        return has_person or bool(_THIRD.search(body))

    # -- quotations --
    def _interviewee(self, paras: list[Paragraph]) -> Person | None:
        """The person an interview is with ("Interview of Foreign Minister X to ..."), when the text before its
        first dash-led paragraph says "interview" and names one person."""
        first = next((p for p in paras if _DASH.match(p.text)), None)
        if first is None or not re.search(r"\binterview", self.doc.text[: first.start], re.IGNORECASE):
            return None
        if re.search(r"(?m)^\s*(?:Q|QUESTION|Question)\s*:", self.doc.text[: first.start]):
            return None  # an interview in "Q:"/"A:" labels: a dash-led list after it is the site's, not answers
        named: dict[str, Person] = {}
        for m in self.doc.mentions:  # in the order the header names them
            if m.start < first.start and not (m.person.title and _ASKS.search(m.person.title)):
                named.setdefault(m.person.name, m.person)  # (not the journalist who asks)
        return next(iter(named.values()), None)

    def read_quotations(self, paras: list[Paragraph], used: set[int]) -> None:
        text = self.doc.text
        prev_para_speaker: Person | None = None
        run: list = []  # a quotation running over paragraphs: [start, end, who, span, first paragraph]
        for idx, para in enumerate(paras):
            if idx in used:
                self._finish(run, paras)
                run, prev_para_speaker = [], None
                continue
            speaker_here: Person | None = None
            quotes = [q for q in quotations(text, para.start, para.end) if _is_speech(text[q[0] : q[1]])]
            for k, (qs, qe) in enumerate(quotes):
                closed = qe < para.end
                if run and k == 0 and qs - 1 == para.start:
                    run[1] = qe  # the quotation goes on in a new paragraph, opened again by convention
                    if closed:
                        who, span = self._attribution(para, qs, qe)
                        if isinstance(who, Person):
                            run[2], run[3] = who, span
                        speaker_here = self._finish(run, paras)
                        run = []
                    continue
                if run:
                    self._finish(run, paras)
                    run = []
                who, span = self._attribution(para, qs, qe) if closed else self._attribution_before(para, qs)
                via, evidence = "quotes.direct", "quotation, attribution in paragraph"
                if who is None and qs - 1 == para.start and prev_para_speaker is not None:
                    who, span = prev_para_speaker, None  # a new paragraph of the same speaker's words
                    via, evidence = "quotes.direct_continued", "new paragraph, same speaker"
                elif who is None and qs - 1 > para.start:
                    if speaker_here is not None:  # '"A," she said at the forum. "B."': she goes on
                        who, span = speaker_here, None
                        via, evidence = "quotes.direct_continued", "after the speaker's quotation in paragraph"
                        last = next((t for t in reversed(self.turns)
                                     if t.speaker is who and para.start <= t.start < qs), None)
                        if last is not None and closed:
                            last.end = max(last.end, qe)  # one turn: consecutive speech of one speaker
                            continue
                    else:  # 'Morrison praised India. "I commend ..."': the narration's subject speaks
                        who, span = self._narrator(para, qs)
                        via, evidence = "quotes.direct_after_narration", "subject of the sentence before"
                if not closed and k == len(quotes) - 1:
                    run = [qs, qe, who if isinstance(who, Person) else None, span, idx]
                    continue
                if isinstance(who, Person):
                    last = self.turns[-1] if self.turns else None
                    if closed and last is not None and last.speaker is who and _split_quote(text, last.end, qs):
                        last.end = max(last.end, qe)  # '"A," he said, "b."': one quotation cut by its attribution
                        speaker_here = who
                        continue
                    self.add(_Turn(who, qs, qe, "direct", span, via, evidence))
                    speaker_here = who
                elif who is None and qs - 1 == para.start and idx > 0:
                    self.orphans.append((paras[idx - 1], qs, qe))
            if run and run[4] != idx and not quotes:
                self._finish(run, paras)
                run = []
            prev_para_speaker = speaker_here
        self._finish(run, paras)

    def _narrator(self, para: Paragraph, qs: int) -> tuple[Person | None, tuple[int, int] | None]:
        """The person subject of the narration right before a quotation in the same paragraph."""
        text = self.doc.text
        before = text[para.start : qs - 1]
        if not before.rstrip().endswith((".", ":")) or _quote_marks(before) % 2 == 1:
            return None, None
        # "Chung's remarks to journalists were short:", "His answer was blunt:": the one whose words they are
        words = _WORDS_OF.search(before) if before.rstrip().endswith(":") else None
        if words:
            s, e = para.start + words.start(1), para.start + words.end(1)
            who = self.ctx.last_subject(s) if words.group(1) in {"His", "Her"} else next(
                (m.person for m in self.doc.mentions if s <= m.start < e), None)
            if isinstance(who, Person):
                return who, (s, e)
        for m in reversed(self.doc.mentions):
            if not para.start <= m.start < qs - 1:
                continue
            span = self.doc.nlp.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in {"nsubj", "nsubjpass"}:
                return m.person, (m.start, m.end)
            return None, None
        return None, None

    def read_signed(self, paras: list[Paragraph], used: set[int]) -> None:
        """Signed statements: an embedded post "text — Name (@handle) date", a headline "claim - Surname"."""
        text = self.doc.text
        for idx, para in enumerate(paras):
            if idx in used:
                continue
            m = _SIGNED_POST.match(para.text)
            if m:
                who = self._signer(para.start + m.start("name"), para.start + m.end("name"), m.group("handle"))
                via, evidence = "quotes.post", f"post signed '(@{m.group('handle')})'"
            else:
                m = _SIGNED_HEADLINE.match(para.text)
                if m is not None:
                    s, e = para.start + m.start("name"), para.start + m.end("name")
                    inside = [mm for mm in self.doc.mentions if s <= mm.start and mm.end <= e]
                    if not inside or inside[0].start != s or inside[-1].end != e:
                        continue
                    who, via, evidence = inside[0].person, "quotes.signed_headline", "headline '... - Name'"
                else:
                    m = _credited_headline(text, para)
                    if m is None:
                        continue
                    who = self.resolve(para.start + m.start("name"), para.start + m.end("name"))
                    if not isinstance(who, Person):  # "..., Assistant Secretary-General Tells Council": its one holder
                        role = m.group("name").lower()
                        holders = [p for p in self.doc.people if role in (p.title or "").lower()]
                        who = holders[0] if len(holders) == 1 else None
                    via, evidence = "quotes.credited_headline", f"headline crediting '{m.group('name')}'"
                    if not isinstance(who, Person):
                        continue
            if who is None:
                continue
            start = para.start + m.start("body")
            end = _trim_end(text, start, para.start + m.end("body"))
            while start < end and text[start] in OPEN_QUOTES:
                start += 1
            while end > start and text[end - 1] in "\"”’'»":
                end -= 1
            if end > start:
                self.add(
                    _Turn(
                        who,
                        start,
                        end,
                        "direct",
                        (para.start + m.start("name"), para.start + m.end("name")),
                        via,
                        evidence,
                    )
                )
                used.add(idx)

    def _signer(self, start: int, end: int, handle: str) -> Person | None:
        """The author of a signed post: the name of the signature, else the person whose name the handle spells."""
        for m in self.doc.mentions:
            if start <= m.start < end:
                return m.person
        letters = re.sub(r"[^a-z]", "", fold(handle))
        best = None
        for p in self.doc.people:
            parts = [re.sub(r"[^a-z]", "", w) for w in fold(p.name).split()]
            parts = [w for w in parts if w]
            if len(parts) < 1 or len(letters) < 4:
                continue
            joined = "".join(parts)
            if (
                letters in joined
                or (len(parts) > 1 and parts[-1] in letters and parts[0][:1] in letters)
                or (parts[-1] in letters and len(parts[-1]) >= 5)
            ):
                best = best or p
        return best

    def _finish(self, run: list, paras: list[Paragraph]) -> Person | None:
        """Close a multi-paragraph quotation: one turn for all its paragraphs."""
        if not run:
            return None
        if run[2] is None:
            first = paras[run[4]]
            if run[0] - 1 == first.start and run[4] > 0:
                self.orphans.append((paras[run[4] - 1], run[0], run[1]))
            return None
        self.add(_Turn(run[2], run[0], run[1], "direct", run[3], "quotes.direct", "quotation over paragraphs"))
        return run[2]

    def read_orphans(self) -> None:
        """A quotation opening a paragraph with no attribution continues the previous paragraph's speaker."""
        for prev, qs, qe in self.orphans:
            before = [t for t in self.turns if prev.start <= t.start <= prev.end and t.speaker]
            if before:
                self.add(
                    _Turn(
                        before[-1].speaker,
                        qs,
                        qe,
                        "direct",
                        None,
                        "quotes.direct_continued",
                        "new paragraph, same speaker",
                    )
                )

    def _attribution(self, para: Paragraph, qs: int, qe: int) -> tuple[Person | None | bool, tuple | None]:
        text = self.doc.text
        close = qe + 1 if qe < para.end else qe
        # (the periods of "Hon.", "Dr.", "H.E." end no sentence: masked, same length)
        after = _ABBREVIATED.sub(lambda a: a.group()[:-1] + "\u00b7", text[close : para.end])
        # '"...," Putin noted.'  '"...," said the president.'  '"...," X said in a post.'
        m = re.match(
            r"\s*[,.]?\s*(?P<np>[^.!?\"“”]{0,120}?)\b(?P<verb>" + _verb_alt() + r")\b(?P<tail>[^.!?\"“”]{0,80})",
            after,
            re.IGNORECASE,
        )
        if m and text[qe - 1 : qe] in ",.!?…" or (m and m.group("np").strip() == ""):
            np_start, np_end = close + m.start("np"), close + m.end("np")
            if m.group("np").strip():
                who = self.resolve(np_start, np_end)
            else:  # verb first: "said the president, a libertarian who ..."
                tail = m.group("tail").split(",")[0]
                np_start, np_end = close + m.start("tail"), close + m.start("tail") + len(tail)
                who = self.resolve(np_start, np_end)
            if who is not None:
                return who, (np_start, np_end)
        return self._attribution_before(para, qs)

    def _attribution_before(self, para: Paragraph, qs: int) -> tuple[Person | None | bool, tuple | None]:
        """'X said: "..."' — the speaker named before the opening quotation mark."""
        text = self.doc.text
        before = text[para.start : qs - 1]
        sent_start = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
        clause_start = para.start + (sent_start + 2 if sent_start >= 0 else 0)
        b = re.search(r"\b(?:" + _verb_alt() + r")\b[^.!?]{0,30}[:,]?\s*$", text[clause_start : qs - 1], re.IGNORECASE)
        if b:
            who, span = self.speaker_before(clause_start, clause_start + b.start())
            if who is not None:
                return who, span
        return None, None

    # -- indirect speech --
    def read_indirect(self, skip: list[Paragraph]) -> None:
        doc = self.doc
        direct = [(t.start, t.end) for t in self.turns if t.speaker] + [(p.start, p.end) for p in skip]
        for sent in sentences(doc):
            if any(s <= sent.start_char and sent.end_char <= e + 1 for s, e in direct):
                continue
            found = self._according_to(sent) or self._cited_as_saying(sent)
            if found and self._source_of_a_report(found):
                found = None  # "According to the Secretary, X indicated that ...": X's turn, told by the source
            if found:
                if found.end < sent.end_char:
                    found.quote_end = found.end
                self.add(found)
                continue
            turns = sorted(self._reporting_verb(sent), key=lambda t: t.start)
            kept: list[_Turn] = []
            for t in turns:  # several reporting verbs: "..., Wang said, adding that ..." gives two turns
                outer = next((k for k in kept if k.start <= t.start < k.end and k.end >= t.end), None)
                added = outer and re.search(r",\s*(?:and\s+)?\w+ing\s+(?:that\s+)?$", doc.text[outer.start : t.start])
                if added:  # "X said that A, adding that B": A is one turn, B another
                    outer.end = _trim_end(doc.text, outer.start, outer.start + added.start())
                elif outer:
                    continue
                if kept and kept[-1].end > t.start:
                    kept[-1].end = _trim_end(doc.text, kept[-1].start, t.start)
                kept.append(t)
            for t in kept:
                if t.end > t.start:
                    if t.via != "quotes.indirect_that" or t.end < sent.end_char:
                        t.quote_end = t.end
                    self.add(t)

    def _source_of_a_report(self, found: _Turn) -> bool:
        """ "According to X," opening a clause whose own subject, another named person, reports speech."""
        if found.via != "quotes.according_to" or not found.speaker_span or found.speaker_span[1] > found.start:
            return False
        clause = self.doc.text[found.start : found.end]
        m = re.match(rf"(?P<np>[^,;:]{{1,60}}?)\s+(?:also\s+)?(?:{_verb_alt()})\b", clause)
        if m is None:
            return False
        named = [x for x in self.doc.mentions if found.start <= x.start < found.start + m.end("np")]
        return bool(named) and named[-1].person is not found.speaker

    def _direct(self) -> list[tuple[int, int]]:
        return [(t.start, t.end) for t in self.turns if t.mode != "indirect"]

    def _np_speaker(self, start: int, end: int) -> Person | None:
        """A possessive or pronoun ("his", "her") names the last subject; otherwise coreference."""
        phrase = self.doc.text[start:end].strip().lower()
        if phrase in {"his", "her", "he", "she", "him"}:
            other = "she" if phrase in {"his", "he", "him"} else "he"
            return self.ctx.last_subject(start, [p for p in self.doc.people if self.ctx.gender_of(p) != other])
        who = self.resolve(start, end)
        return who if isinstance(who, Person) else None

    def _according_to(self, sent: SpacySpan) -> _Turn | None:
        """ "According to X, ...", "As X noted, ...", "In his words, ...", "..., according to X." """
        text = sent.text
        s0 = sent.start_char
        m = re.match(r"\W*(?P<lead>According to|In the words of) (?P<np>[^,]{1,80}),\s*", text, re.IGNORECASE)
        if m is not None and not any(s0 + m.start("np") <= x.start < s0 + m.end("np") for x in self.doc.mentions):
            # "According to the head of the ministry's department, Rustam Khodjaev, ...": the name after the office
            named = re.match(r"\W*(?P<lead>According to|In the words of) [^,]{1,80},\s*(?P<np>[^,]{1,60}),\s*",
                             text, re.IGNORECASE)
            if named and any(s0 + named.start("np") <= x.start < s0 + named.end("np") for x in self.doc.mentions):
                m = named
        if m is None:
            m = re.match(
                rf"\W*(?P<lead>As) (?P<np>[^,]{{1,60}}?) (?:has |had |also |then |later )?(?:{_verb_alt()})\b"
                r"(?:\s+\w+){0,3},\s*",
                text,
            ) or re.match(r"\W*(?P<lead>As) (?P<np>[^,]{1,60}?) (?:put|puts) it\b[^,]{0,80},\s*", text)
        if m is None:
            m = re.match(r"\W*(?P<lead>In) (?P<np>his|her|[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?['’]s?) "
                         r"(?:words|view|opinion|assessment),\s*", text)
            if m and m.group("np").endswith(("'s", "’s", "'", "’")):
                np_end = s0 + m.end("np") - (2 if m.group("np")[-2:] in {"'s", "’s"} else 1)
                m2 = (s0 + m.start("np"), np_end)
            else:
                m2 = None
        else:
            m2 = None
        if m is not None:
            span = m2 or (s0 + m.start("np"), s0 + m.end("np"))
            if re.match(r"(?i)(?:the\s+)?(?:media|reports?|sources?|data|statistics|figures)\b", m.group("np")):
                return None
            who = self._np_speaker(*span)
            if who is None or s0 + m.end() >= sent.end_char:
                return None
            lead = m.group("lead").lower()
            begin = s0 + m.end() + (text[m.end() : m.end() + 1] in OPEN_QUOTES)  # (not the quotation's mark)
            return _Turn(who, begin, sent.end_char, "indirect", span, "quotes.according_to", f"'{lead} X,'")
        m = re.search(r",[\"”’']?\s*according to (?P<np>[^,.;]{1,80}?)\W*$", text, re.IGNORECASE)
        if m:
            span = (s0 + m.start("np"), s0 + m.end("np"))
            who = self._np_speaker(*span)
            if who is not None:
                end = _trim_end(self.doc.text, s0, s0 + m.start())
                start = s0 + len(text) - len(text.lstrip(" \"“‘'"))
                return _Turn(who, start, end, "indirect", span, "quotes.according_to", "trailing 'according to X'")
        # "Brunei, according to X, is ready ...", "Farmers, he maintained, had lost ...": the aside names the speaker
        # of the whole sentence
        m = re.match(rf"\W*[A-Z][^,\n]{{2,80}},\s+(?:according to (?P<np>[^,]{{1,60}})|(?P<who>he|she|[A-Z][\w'’-]+"
                     rf"(?:\s[A-Z][\w'’-]+){{0,3}})\s+(?:also\s+)?(?:{_verb_alt()})),\s+"
                     r"(?=[a-z])(?![a-z]+ing\b|and\b|but\b)", text)  # (not ", X said, adding that ...")
        if m:
            group = "np" if m.group("np") else "who"
            span = (s0 + m.start(group), s0 + m.end(group))
            who = self._np_speaker(*span) if group == "np" else self.resolve(*span)
            if isinstance(who, Person):
                start = s0 + len(text) - len(text.lstrip(" \"“‘'"))
                return _Turn(who, start, sent.end_char, "indirect", span, "quotes.according_to", "'X, he said, Y'")
        return None

    def _cited_as_saying(self, sent: SpacySpan) -> _Turn | None:
        s0 = sent.start_char
        # "X was quoted as saying (that) ...": what follows is X's
        passive = re.match(r"\W*(?P<np>[A-Z][^,]{1,60}?)\s+(?:was|has been|is)\s+(?:quoted|cited)\s+as\s+saying"
                           r"(?:\s+that)?\s+", sent.text)
        if passive and s0 + passive.end() < sent.end_char:
            who = self.resolve(s0 + passive.start("np"), s0 + passive.end("np"))
            if isinstance(who, Person):
                span = (s0 + passive.start("np"), s0 + passive.end("np"))
                return _Turn(who, s0 + passive.end(), sent.end_char, "indirect", span, "quotes.cited_as_saying",
                             "'X was quoted as saying'")
        m = re.search(r",\s+(?:the|a|an)\b[^,]{0,60}?\b(?:cited|quoted)\s+(?P<np>.{1,60}?)\s+as saying\W*$", sent.text)
        if not m:
            return None
        who = self.resolve(s0 + m.start("np"), s0 + m.end("np"))
        if isinstance(who, Person):
            span = (s0 + m.start("np"), s0 + m.end("np"))
            return _Turn(who, s0, s0 + m.start(), "indirect", span, "quotes.cited_as_saying", "'quoted X as saying'")
        return None

    def _reporting_verb(self, sent: SpacySpan):
        """Every "X said (that) ...", "..., X told TASS", "said President X" in the sentence."""
        verbs = _speech_verbs()
        for tok in sent:
            if tok.pos_ not in {"VERB", "AUX"}:
                continue
            if tok.lower_ in _EXPRESS and not any(
                c.dep_ == "dobj" and c.lower_ in _EXPRESSED_CONTENT for c in tok.children
            ):
                continue  # "expressed hope that ..." reports speech; "expressed condolences" has no content
            # ("X reported that ..." with a person for its subject is a statement; "..., the press service reported"
            # is not)
            reported_that = tok.lower_ in {"reported", "reports"} and tok.i + 1 < sent.end and (
                tok.nbor().lower_ == "that") and any(
                c.dep_ == "nsubj" and self.doc.person_at(c.idx, c.idx + len(c.text)) for c in tok.children)
            if (tok.lower_ not in verbs and tok.lower_ not in _EXPRESS) or (
                tok.lower_ in _INDIRECT_SKIP and not _posted(tok) and not reported_that
            ):
                continue
            comp = [c for c in tok.children if c.dep_ == "ccomp"]
            if not comp:  # "noted with satisfaction that ...": the clause hangs off a noun
                comp = [
                    t
                    for t in tok.subtree
                    if t.dep_ in {"acl", "ccomp"}
                    and t.i < tok.i + 12
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
                ]
            loose_that = None  # "said that Ireland and Austria ... have", "told the minister that Colombia intends":
            if not comp:  # a "that" the parser made an object, right after the verb or after its own object
                obj = next((c for c in tok.children if c.dep_ in {"dobj", "dative"} and c.lower_ != "that"), None)
                spots = [tok.i + 1] + ([obj.i + 1, max(x.i for x in obj.subtree) + 1]
                                       if obj is not None and obj.i > tok.i else [])
                for prep in (c for c in tok.children if c.dep_ == "prep" and c.i > tok.i):
                    # "told TASS after the meeting that ...": the clause the parser hung on "meeting"
                    clause = {x.i for d in prep.subtree if d.dep_ in {"relcl", "acl"} for x in d.subtree}
                    spots.append(max(x.i for x in prep.subtree if x.i not in clause) + 1)
                at = next((k for k in spots if k + 2 < sent.end and tok.doc[k].lower_ == "that"
                           and (tok.doc[k].dep_ in {"dobj", "nsubj"} or (  # (or "that Ireland and ...": a "det")
                               tok.doc[k].dep_ == "det" and tok.doc[k + 1].pos_ in {"PROPN", "PRON", "DET"}))),
                          None)
                if at is not None:
                    comp, loose_that = [tok.doc[at]], at
            if not comp:  # "told a conference in Jakarta on Thursday that ...": a clause the parser attached elsewhere
                that = next(
                    (t for t in sent if tok.i < t.i <= tok.i + 14 and t.lower_ == "that" and t.dep_ == "mark"), None
                )
                comp = [that.head] if that is not None and that.head.i > that.i else []
            if not comp and tok.dep_ in {"ROOT", "conj"} and tok.head.i >= tok.i:
                # "Trade will grow, X told TASS.": the content is a clause before the verb the parser left flat
                comp = [c for c in tok.children if c.dep_ in {"ccomp", "parataxis"} and c.i < tok.i]
            if not comp and tok.dep_ in {"advcl", "relcl"} and tok.head.i < tok.i and sent.root.i < tok.i:
                turn = self.clause_before_advcl(sent, tok)
                if turn is not None:  # "The Bank will provide ..., Minister X announced on Wednesday"
                    yield turn
                    continue
            subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subj and subj[0].lower_ == "it" and subj[0].dep_ == "nsubjpass":  # "it was stressed by X that ..."
                subj = [x for c in tok.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"]
                if not subj:
                    continue
            if tok.tag_ == "VBG" and tok.dep_ == "advcl":  # "X said that exporters faced delays, adding that ...":
                said = next((a for a in tok.ancestors if a.lower_ in verbs and a.i < tok.i), None)  # X adds, not they
                subj = [c for c in said.children if c.dep_ in {"nsubj", "nsubjpass"}] if said is not None else subj
            if not subj and tok.dep_ in {"conj", "advcl", "xcomp"}:
                # "spoke in detail ... but noted that ...", "launched the survey, saying that ..."
                subj = [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if not subj and tok.head.dep_ in {"conj", "xcomp"}:  # "also went on to say that"
                    subj = [c for c in tok.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not comp and tok.lower_ in {"said", "says"} and len(sent) - (tok.i - sent.start) > 5:
                nxt = tok.nbor()
                beyond = [t for t in sent if t.i > max(c.i for c in nxt.subtree) and not t.is_punct]
                clause = beyond or any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in nxt.subtree)
                if clause and not (nxt.is_punct or nxt.dep_ in {"dobj", "npadvmod"}):
                    # "X said under his leadership the ...": a clause the parser missed (never "said in a post")
                    comp = [nxt]
            if not comp:
                continue
            if len(subj) > 1:  # "JAKARTA — ... Penny Wong told": the subject that is a person, the nearest one
                # ("Meeting A at the House, B stated that ...": B, the participle's object A misparsed as a subject)
                subj = [c for c in subj if self.doc.person_at(c.idx, c.idx + len(c.text))][-1:] or subj
            how = "subject"
            if subj and subj[0].lower_ == "who" and tok.dep_ == "relcl":
                subj = [tok.head]  # "... met President X, who said ...": the one the clause is about
                how = "relative clause"
            if subj:
                if subj[0].lower_ in {"i", "we", "you", "they", "it"}:
                    continue
                # the subject without its relative clause: "X, who took part in the call with Y, said ..."
                clauses = {t.i for c in subj[0].children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
                own = []
                for t in subj[0].subtree:
                    if t.i in clauses:
                        break
                    own.append(t)
                own = [t for t in own if not t.is_punct] or list(subj[0].subtree)
                s_start = min(t.idx for t in own)
                s_end = max(t.idx + len(t.text) for t in own)
                if subj[0].i < tok.i and any(t.i >= comp[0].i and t.i < tok.i for t in subj[0].subtree):
                    s_start = min(t.idx for t in subj[0].subtree if t.i > max(c.i for c in comp[0].subtree))
            else:  # a misparsed subject: take the short phrase right before the verb
                words = [t for t in sent if t.i < tok.i]
                cut = max((t.i for t in words if t.text == ","), default=sent.start - 1)
                words = [t for t in words if t.i > cut]
                named = next((m for m in self.doc.mentions if sent.start_char <= m.start < tok.idx
                              and not self.doc.text[m.end : tok.idx].strip(" ,")), None)
                if not words and named is not None:  # "..., the Executive Director, Ms X, said ...": the apposition
                    words = [t for t in sent if named.start <= t.idx < named.end]
                if not words or len(words) > 8:
                    continue
                s_start, s_end = words[0].idx, words[-1].idx + len(words[-1].text)
                how = "phrase before verb"
            who = self.resolve(s_start, s_end)
            if not isinstance(who, Person):
                continue
            if self.doc.person_at(s_start, s_end) is None:
                how = "role/pronoun resolved"
            content = [
                t
                for t in (comp[0].subtree if comp[0].head.i != tok.i or comp[0].dep_ != "prep" else [])
                if not (t.dep_ == "mark" and t.lower_ == "that")
            ]
            if comp[0].i == tok.i + 1 and comp[0].dep_ not in {"ccomp", "acl"}:
                content = [t for t in sent if t.i > tok.i and not (t.i == tok.i + 1 and t.lower_ == "that")]
            if loose_that is not None:
                content = [t for t in sent if t.i > loose_that]
            if len(content) > 2 and content[0].lower_ == "that" and content[0].dep_ == "det" and content[0].i > tok.i:
                content = content[1:]  # "told his host that Ireland and Greece ... understood": the parser's "det"
            that = next((t for t in comp[0].subtree if t.dep_ == "mark" and t.lower_ == "that" and tok.i < t.i and (
                t.head.i == comp[0].i or (t.head.head.i == comp[0].i and t.head.pos_ == "AUX"))), None)
            told = [t for t in content if that is not None and t.i < that.i]
            if told and len(told) <= 4 and (told[0].pos_ == "PRON" or told[0].tag_ == "PRP$"):
                content = [t for t in content if t.i > that.i]  # "informed his colleague that ...": what follows "that"
            if not content:
                continue
            if any(t.dep_ == "mark" and t.lower_ in {"whether", "if"} and t.head.i == comp[0].i for t in content):
                continue  # "declined to say whether ...": no statement
            if sent.text.rstrip(" \"”’'").endswith("?"):
                continue  # "Can you confirm that the Prime Minister will attend ...?": a question, no statement
            start = min(t.idx for t in content)
            if self.doc.text[start : start + 1] in OPEN_QUOTES and any(s <= start + 1 < e for s, e in self._direct()):
                continue  # 'X told reporters, "..."': the quotation reader's turn
            if start < tok.idx:  # "Trade grew 27 per cent, Sisi said.": the content precedes the verb
                if tok.dep_ == "relcl":
                    # "the mechanism, which Duale said could cut ...": what follows the verb is Duale's (inside
                    # a turn of the same speaker it merges into that turn)
                    rest = [t for t in sent if t.i > tok.i and not t.is_space]
                    if tok.head.i < tok.i and len(rest) > 3 and rest[0].pos_ in {"AUX", "VERB"}:
                        yield _Turn(who, rest[0].idx, sent.end_char, "indirect", (s_start, s_end),
                                    "quotes.indirect_relative", f"'which X {tok.lower_} ...' ({how})")
                    continue
                if start > s_start and s_start < tok.idx:
                    continue  # the subject comes first: the clause is something else
                # A quotation the quotation reader already attributed is not reported speech as well.
                if any(s <= start + 1 and start < e for s, e in self._direct()):
                    continue
                end = _trim_end(self.doc.text, start, min(tok.idx, s_start))
                if end <= start or self.doc.text[end : min(tok.idx, s_start)].strip(" ") not in {",", ""}:
                    continue
                start = sent.start_char  # everything before ", X said" is reported
                while start < end and self.doc.text[start].isspace():
                    start += 1
                content_text = self.doc.text[start:end]
                if content_text[:1] in OPEN_QUOTES and content_text.rstrip(",.")[-1:] in "\"”’'»":
                    continue  # a quotation: the quotation reader's
                if _quote_marks(content_text) % 2 == 1:
                    para = next((p for p in self.paras if p.start <= start <= p.end), None)
                    if para is None or _quote_marks(self.doc.text[para.start : start]) % 2 == 1:
                        continue  # the end of a quotation opened earlier in the paragraph
                    if content_text.rstrip(",.")[-1:] in '"”»':  # a quotation missing its opening mark
                        end = _trim_end(self.doc.text, start, start + len(content_text.rstrip(",.")) - 1)
                yield _Turn(
                    who,
                    start,
                    end,
                    "indirect",
                    (s_start, s_end),
                    "quotes.indirect_before",
                    f"'..., X {tok.lower_}' ({how})",
                )
                continue
            end = sent.end_char
            other = next((m for m in self.doc.mentions if start < m.start < end and m.person is not who
                          and re.search(r",\s+(?:while|whereas|and)\s+(?:[A-Z]\.\s?)*$",
                                        self.doc.text[max(start, m.start - 12) : m.start])
                          and self.verbs.match(self.doc.text, m.end + 1)), None)
            if other is not None:  # "X stressed that ..., while Y underlined that ...": Y's turn is Y's
                end = _trim_end(self.doc.text, start, self.doc.text.rfind(",", start, other.start))
            yield _Turn(
                who,
                start,
                end,
                "indirect",
                (s_start, s_end),
                "quotes.indirect_that",
                f"'X {tok.lower_} (that) ...' ({how})",
                closed=other is not None,
            )


_ABBREVIATED = re.compile(r"\b(?:[A-Z]|" + "|".join(
    re.escape(w).capitalize() for w in sorted(load_lines("name_abbreviations.txt"), key=len, reverse=True)
    if w.isalpha()) + r")\.")


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,;:\n\t":
        end -= 1
    return end


def _quote_marks(text: str) -> int:
    return sum(text.count(c) for c in '"“”«»')


def _extend_indirect(doc: Document, turns: list[_Turn], paras: list[Paragraph]) -> None:
    """Reported speech runs on to the end of its paragraph unless another turn starts there."""
    starts = sorted(t.start for t in turns)
    for t in turns:
        if t.mode != "indirect" or t.closed:
            continue
        para = next((p for p in paras if p.start <= t.start <= p.end), None)
        if para is None:
            continue
        nxt = min((s for s in starts if s > t.start), default=para.end)
        # ... and stops before a sentence about someone else ("President Murmu is scheduled to ...").
        for sent in sentences(doc):
            if t.end <= sent.start_char < min(para.end, nxt) and any(
                sent.start_char <= m.start < sent.end_char and m.person is not t.speaker for m in doc.mentions
            ):
                nxt = sent.start_char
                break
        t.end = max(t.end, min(para.end, nxt))
        # Trim the whitespace and opening quote left in front of the next turn.
        while t.end > t.start and doc.text[t.end - 1] in " \"“‘'\n":
            t.end -= 1


@component("quotes", requires=("people", "sentences"), assigns=("utterances",))
def annotate(doc: Document) -> None:
    paras = [p for p in paragraphs(doc.text) if doc.in_body(p.start, p.end)]
    reader = _Reader(doc)
    reader.paras = paras
    used = reader.read_structured(paras)
    reader.read_signed(paras, used)
    reader.read_quotations(paras, used)
    reader.read_indirect([paras[i] for i in used])
    reader.read_orphans()
    turns = sorted(reader.turns, key=lambda t: t.start)
    # Keep the outermost of nested turns by the same speaker ("X said he told Y that ..."), and of a sentence an
    # aside attributes ("Farmers, he said, lost markets to "red tape"") whatever its inner quotation was given.
    kept: list[_Turn] = []
    for t in turns:
        if any(_inside(doc.text, t, k) and (k.speaker is t.speaker or (k.via == "quotes.according_to" and (
                not t.speaker_span or not k.start <= t.speaker_span[0] < k.end or t.speaker_span == k.speaker_span)))
               for k in kept):
            continue
        kept.append(t)
    _extend_indirect(doc, kept, paras)
    kept = _merge_same_speaker(doc, kept, paras)
    doc.utterances = [_utterance(doc, t) for t in kept if t.end > t.start]


def _merge_same_speaker(doc: Document, turns: list[_Turn], paras: list[Paragraph]) -> list[_Turn]:
    """Reported speech the same speaker goes on with in the same paragraph ("In his words, A. B, the minister
    stressed.") is one turn: the new attribution names no one new."""
    out: list[_Turn] = []
    for t in turns:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.speaker is t.speaker
            and t.via == "quotes.indirect_before"
            and prev.mode == "indirect"
            and any(p.start <= prev.start and t.end <= p.end for p in paras)
            and not doc.text[prev.end : t.start].strip(" ,;")
            and not (t.speaker_span and doc.person_at(*t.speaker_span))
        ):
            prev.end = max(prev.end, t.end)
            continue
        out.append(t)
    return out


def _inside(text: str, inner: _Turn, outer: _Turn) -> bool:
    """inner lies within outer, ignoring quotation marks and spaces at the edges."""
    s, e = inner.start, inner.end
    while s < e and (text[s].isspace() or text[s] in OPEN_QUOTES):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "\"”’'»"):
        e -= 1
    return outer.start <= s and e <= outer.end + 1


def _split_quote(text: str, prev_end: int, start: int) -> bool:
    """A quotation interrupted mid-sentence by its attribution: '"We agreed," he said, "but ..."' (the first
    fragment ends in a comma, the narration between them ends no sentence)."""
    if prev_end <= 0 or start - prev_end > 100 or text[prev_end - 1 : prev_end] != ",":
        return False
    gap = text[prev_end:start]
    return not re.search(r"[.!?]", gap) and gap.rstrip(" \"“”'‘’").endswith(",")
