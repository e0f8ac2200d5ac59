"""Response models of the JSON API (``/api/...``): they document the data in the OpenAPI schema (``/openapi.json``,
``/docs``). The rows are the dicts of ``summitry.query`` (the one read layer); fields not listed here are passed
through as they are."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Participant(_Open):
    name: str
    person_key: str | None = Field(None, description="Key of the person (surname and first initial): /api/people/{key}")
    country: str | None = Field(None, description="ISO 3166-1 alpha-2")


class Source(_Open):
    """One report of an event: a meeting as one document gives it."""

    document_id: str = Field(description="SHA-256 of the stored text: /api/documents/{document_id}")
    meeting_idx: int
    locator: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    date: str | None = None
    place: str | None = None
    kind: str | None = None
    participants: list[str] = []
    char_start: int = Field(description="Start of the reporting sentence in the stored text")
    char_end: int
    sentence: str | None = None


class EventSummary(_Open):
    event_id: str
    date: str | None = Field(None, description="ISO date; null when no source gives one")
    day: str | None = Field(None, description="Where the event sits on a timeline: its date, else its first report's")
    place: str | None = None
    kind: str | None = Field(None, description="in_person, phone or video")
    participants: list[str]
    people: list[Participant] = []
    countries: list[str] = []
    n_sources: int
    n_documents: int
    first_published: str | None = None
    disagreements: list[str] = Field([], description="Fields on which the sources disagree")
    sources: list[Source] = []


class Disagreement(_Open):
    field: str
    value: str | None = None
    document_id: str
    meeting_idx: int
    locator: str | None = None
    char_start: int | None = None
    char_end: int | None = None


class EventDetail(_Open):
    event_id: str
    date: str | None = None
    place: str | None = None
    kind: str | None = None
    participants: list[Participant]
    countries: list[str] = []
    n_sources: int
    n_documents: int
    first_published: str | None = None
    disagreements: list[Disagreement] = []
    sources: list[Source] = []


class EventBrief(_Open):
    event_id: str
    date: str | None = None
    day: str | None = None
    place: str | None = None
    kind: str | None = None
    participants: list[str] = []
    countries: list[str] = []
    n_sources: int
    n_disagreements: int = 0


class Title(_Open):
    title: str
    country: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    n_documents: int


class PersonSummary(_Open):
    name: str
    person_key: str
    country: str | None = None
    title: str | None = Field(None, description="The latest title")
    titles: list[Title] = Field([], description="Every title, in the order first seen")
    aliases: list[str] = []
    n_documents: int
    first_seen: str | None = None
    last_seen: str | None = None


class Quote(_Open):
    speaker: str | None = None
    quote: str = Field(description="The turn's first sentence")
    mode: str = Field(description="direct, transcript or indirect")
    published: str | None = None
    document_id: str
    idx: int
    locator: str | None = None
    url: str | None = None
    title: str | None = None
    char_start: int
    char_end: int
    text: str | None = Field(None, description="The whole turn")


class ConflictRef(_Open):
    document_id: str
    idx: int
    quote: str
    reason: str


class Claim(_Open):
    series_id: str | None = None
    metric_group: str | None = None
    metric: str | None = None
    value: float
    unit: str
    qualifier: str
    quote: str
    speaker: str | None = None
    countries: str | None = None
    period: int | None = Field(None, description="The year the figure is for")
    published: str | None = None
    target: bool = Field(description="A goal or forecast")
    n_conflicts: int
    conflicts_with: list[ConflictRef] = []
    document_id: str
    idx: int
    locator: str | None = None
    url: str | None = None
    title: str | None = None
    char_start: int
    char_end: int


class PersonDetail(PersonSummary):
    events: list[EventBrief] = []
    quotes: list[Quote] = Field([], description="Newest first, at most 200 (see n_quotes)")
    n_quotes: int = 0
    claims: list[Claim] = []


class Series(_Open):
    series_id: str
    metric_group: str | None = None
    countries: str | None = None
    unit: str
    n_claims: int
    n_conflicting: int = Field(description="Claims in conflict with another claim of the series")
    first_published: str | None = None
    last_published: str | None = None


class PersonBrief(_Open):
    name: str
    person_key: str
    country: str | None = None
    title: str | None = None
    n_documents: int
    aliases: list[str] = []


class SearchResult(_Open):
    q: str
    people: list[PersonBrief]
    n_people: int
    quotes: list[Quote]
    n_quotes: int


class DocumentOut(_Open):
    document_id: str
    title: str | None = None
    url: str | None = None
    locator: str | None = None
    published: str | None = None
    text: str = Field(description="The stored text (the first 300,000 characters): every offset points into it")
    length: int
    truncated: bool
    turns: list[dict[str, Any]] = []
    amounts: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    reports: list[dict[str, Any]] = Field([], description="Every meeting the document reports (event_sources rows)")


class YearCount(_Open):
    year: str | None
    events: int


class Stats(_Open):
    documents: int
    events: int
    persons: int
    utterances: int
    claims: int
    claim_conflicts: int
    pending: int = Field(description="Documents not consolidated yet")
    years: list[YearCount] = Field(description="Events per year")
