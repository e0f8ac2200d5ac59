"""The one document object every pipeline component reads and annotates.

All offsets are character offsets into ``Document.text``, the original article text,
never into a cleaned copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RawArticle:
    """One article as loaded, before extraction. ``text`` is what every stored offset points into."""

    text: str
    source: str  # absolute path of the input file
    locator: str  # where in the input: "a.txt", "feed.jsonl:12", "crawl.warc.gz#record 3"
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date from the input's metadata, not from the text
    raw_html: str | None = None
    external_id: str | None = None  # the id the input gives: JSONL id, file stem, WARC-Record-ID


@dataclass
class Person:
    """One real person, resolved across all mentions in the article."""

    name: str  # canonical full name ("Vladimir Putin")
    title: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2 of the state served
    mentions: list[tuple[int, int]] = field(default_factory=list)
    title_span: tuple[int, int] | None = None
    offices: list[str] = field(default_factory=list)  # offices the gazetteer knows, for "the president"
    via: str = "people"  # the rule that found the person (``summitry extract --explain``)
    evidence: str = ""  # what the rule saw, in a few words

    def to_dict(self) -> dict[str, Any]:
        start, end = self.mentions[0] if self.mentions else (None, None)
        return {
            "name": self.name,
            "title": self.title,
            "country": self.country,
            "start": start,
            "end": end,
            "mentions": [list(m) for m in self.mentions],
            "title_span": list(self.title_span) if self.title_span else None,
            "via": self.via,
        }


@dataclass
class Mention:
    """A stretch of text that refers to a person (a name, "Mr Modi", "Vladimir Vladimirovich")."""

    start: int
    end: int
    person: Person


@dataclass
class Utterance:
    speaker: str | None
    start: int  # span of the whole turn (all its paragraphs)
    end: int
    quote: str  # first sentence of the turn
    quote_start: int
    mode: str  # "direct" | "transcript" | "indirect"
    speaker_span: tuple[int, int] | None = None
    via: str = "quotes"
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "quote_start": self.quote_start,
            "mode": self.mode,
            "speaker_span": list(self.speaker_span) if self.speaker_span else None,
            "via": self.via,
        }


@dataclass
class Amount:
    start: int
    end: int
    quote: str
    value: float
    unit: str
    qualifier: str = "exact"
    metric: str | None = None
    speaker: str | None = None
    metric_span: tuple[int, int] | None = None
    via: str = "amounts"
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        value: float | int = self.value
        if float(value).is_integer() and abs(value) < 2**63:
            value = int(value)
        return {
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "value": value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "metric": self.metric,
            "speaker": self.speaker,
            "metric_span": list(self.metric_span) if self.metric_span else None,
            "via": self.via,
        }


@dataclass
class Meeting:
    participants: list[str]
    date: str | None
    place: str | None
    kind: str  # "in_person" | "phone" | "video"
    start: int  # the sentence that reports the meeting
    end: int
    date_span: tuple[int, int] | None = None
    place_span: tuple[int, int] | None = None
    # Where the date came from: "text" (date words of the meeting's own sentence), "dateline" (the story's
    # dateline or an undated "today"), "published" (the article's publication date), or "none".
    date_from: str = "none"
    via: str = "meetings"
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "participants": sorted(self.participants),
            "date": self.date,
            "place": self.place,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "date_span": list(self.date_span) if self.date_span else None,
            "place_span": list(self.place_span) if self.place_span else None,
            "date_from": self.date_from,
            "via": self.via,
        }


@dataclass
class Document:
    text: str
    id: str | None = None
    file: str | None = None
    nlp: Any = None  # the spaCy Doc over ``text``
    published: str | None = None
    published_span: tuple[int, int] | None = None
    reference_date: str | None = None  # what "today"/"on Monday" resolve against
    dateline_place: str | None = None
    dateline_span: tuple[int, int] | None = None
    people: list[Person] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    utterances: list[Utterance] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    furniture: list[tuple[int, int]] = field(default_factory=list)  # site boilerplate spans
    done: list[str] = field(default_factory=list)  # names of components that have run
    # text.sentences() of this ``nlp``, computed once: several components walk the sentences, some per quote.
    sentences_of: tuple[Any, tuple[Any, ...]] | None = field(default=None, repr=False, compare=False)

    def in_body(self, start: int, end: int | None = None) -> bool:
        """False for text inside site furniture ("Read also" links, footers)."""
        end = start + 1 if end is None else end
        return not any(s < end and start < e for s, e in self.furniture)

    def person_at(self, start: int, end: int) -> Person | None:
        """The person a mention overlapping [start, end) refers to, if any."""
        for m in self.mentions:
            if m.start < end and start < m.end:
                return m.person
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "file": self.file,
            "published": self.published,
            "published_span": list(self.published_span) if self.published_span else None,
            "meetings": [m.to_dict() for m in self.meetings],
            "utterances": [u.to_dict() for u in self.utterances],
            "amounts": [a.to_dict() for a in self.amounts],
            "people": [p.to_dict() for p in self.people],
        }
