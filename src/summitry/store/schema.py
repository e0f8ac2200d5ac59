"""The database schema (SQLAlchemy Core), the same on SQLite and PostgreSQL. Described in docs/schema.md.

Two kinds of tables: the per-document tables written by ``summitry ingest`` (``ALL_TABLES``), and the
consolidated tables (``CONSOLIDATED_TABLES``: events, persons, claims across documents), recomputed from
them by ``summitry.consolidate``.

Every child row carries its document's id and the character span ``[char_start, char_end)`` of the
text it came from (``end`` is an SQL keyword, hence the prefix). Keys are (document_id, idx), never
autoincrement counters, so the rows a document gets do not depend on what was written before it, and
no column holds the wall-clock time: the database is a function of the inputs and the extractor.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 3  # 1: per-document tables; 2: + the consolidated tables; 3: + via, meetings.date_from

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),  # sha256 hex of the UTF-8 text
    Column("text", Text, nullable=False),  # what every offset points into
    Column("source", Text, nullable=False),  # absolute path of the input file
    Column("locator", Text, nullable=False),  # "a.txt", "feed.jsonl:12", "crawl.warc.gz#record 3"
    Column("url", Text),
    Column("title", Text),
    Column("external_id", Text),  # the input's own id: JSONL id, file stem, WARC-Record-ID
    Column("published", String(10)),  # ISO date: the input's metadata, else the date the text states
    Column("published_from", String(8)),  # "metadata" | "text" | NULL
    Column("published_start", Integer),  # span of the date in the text, when the text states one
    Column("published_end", Integer),
    Column("raw_html", Text),  # web inputs only
    Column("extractor_version", String(32), nullable=False),
)


def _document_id() -> Column:
    return Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)


people = Table(
    "people",
    metadata,
    _document_id(),
    Column("idx", Integer, primary_key=True),
    Column("name", Text, nullable=False),  # canonical full name
    Column("title", Text),
    Column("country", String(2)),  # ISO 3166-1 alpha-2
    Column("char_start", Integer),  # first mention
    Column("char_end", Integer),
    Column("title_start", Integer),
    Column("title_end", Integer),
    Column("via", Text),
    Index("ix_people_name", "name"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("document_id", String(64), primary_key=True),
    Column("person_idx", Integer, primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    ForeignKeyConstraint(["document_id", "person_idx"], ["people.document_id", "people.idx"], ondelete="CASCADE"),
)

meetings = Table(
    "meetings",
    metadata,
    _document_id(),
    Column("idx", Integer, primary_key=True),
    Column("date", String(10)),
    Column("place", Text),
    Column("kind", String(16), nullable=False),  # in_person | phone | video
    Column("char_start", Integer, nullable=False),  # the sentence that reports the meeting
    Column("char_end", Integer, nullable=False),
    Column("date_start", Integer),
    Column("date_end", Integer),
    Column("place_start", Integer),
    Column("place_end", Integer),
    Column("date_from", String(10)),  # text | dateline | published | none (NULL: stored before version 3)
    Column("via", Text),  # the rule that produced the record
    Index("ix_meetings_date", "date"),
)

meeting_participants = Table(
    "meeting_participants",
    metadata,
    Column("document_id", String(64), primary_key=True),
    Column("meeting_idx", Integer, primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("name", Text, nullable=False),  # canonical name, as in people.name
    Column("char_start", Integer),  # a mention of the participant inside the meeting's sentence
    Column("char_end", Integer),
    ForeignKeyConstraint(
        ["document_id", "meeting_idx"], ["meetings.document_id", "meetings.idx"], ondelete="CASCADE"
    ),
    Index("ix_meeting_participants_name", "name"),
)

utterances = Table(
    "utterances",
    metadata,
    _document_id(),
    Column("idx", Integer, primary_key=True),
    Column("speaker", Text),
    Column("mode", String(16), nullable=False),  # direct | transcript | indirect
    Column("quote", Text, nullable=False),  # first sentence of the turn
    Column("char_start", Integer, nullable=False),  # the whole turn
    Column("char_end", Integer, nullable=False),
    Column("quote_start", Integer),
    Column("quote_end", Integer),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("via", Text),
    Index("ix_utterances_speaker", "speaker"),
)

amounts = Table(
    "amounts",
    metadata,
    _document_id(),
    Column("idx", Integer, primary_key=True),
    Column("quote", Text, nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", Text, nullable=False),
    Column("qualifier", String(16), nullable=False),
    Column("metric", Text),
    Column("speaker", Text),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("metric_start", Integer),
    Column("metric_end", Integer),
    Column("via", Text),
)

# Children before parents: the order rows are deleted in (and the reverse of the order they are written in).
CHILD_TABLES = (mentions, meeting_participants, people, meetings, utterances, amounts)
# The tables ingest writes (Store.dump and Store.counts cover these).
ALL_TABLES = (meta, documents, people, mentions, meetings, meeting_participants, utterances, amounts)


# --- consolidated tables (schema version 2) -----------------------------------------------------------------
# Derived from the tables above by summitry.consolidate, never written by ingest. Each "source" table holds one
# row per source row (a meeting, a person, an amount) computed from its own document only; the group tables
# (events, persons, claim series and conflicts) are recomputed for the groups those rows belong to. None of
# them has a foreign key to the per-document tables: they are a cache that a consolidation brings up to date.

consolidated_documents = Table(
    "consolidated_documents",  # the documents whose rows the consolidated tables reflect, and by which algorithm
    metadata,
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("version", Integer, nullable=False),  # summitry.consolidate.CONSOLIDATION_VERSION
)

event_sources = Table(
    "event_sources",  # one row per meeting: the report of an event by one document
    metadata,
    Column("document_id", String(64), primary_key=True),
    Column("meeting_idx", Integer, primary_key=True),
    Column("event_id", String(16), nullable=False),
    Column("participant_keys", Text, nullable=False),  # sorted person keys joined by "|"
    Column("participants", Text, nullable=False),  # canonical names as this document gives them, "; "
    Column("date", String(10)),
    Column("place", Text),
    Column("kind", String(16), nullable=False),
    Column("published", String(10)),  # the document's date
    Column("char_start", Integer, nullable=False),  # the sentence that reports the meeting
    Column("char_end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),  # documents.text[char_start:char_end]
    Column("date_start", Integer),
    Column("date_end", Integer),
    Column("place_start", Integer),
    Column("place_end", Integer),
    Column("date_from", String(10)),  # as meetings.date_from
    Column("link_reason", Text),  # why this report is part of its event (``summitry show EVENT --why``)
    Index("ix_event_sources_event_id", "event_id"),
    Index("ix_event_sources_participant_keys", "participant_keys"),
)

events = Table(
    "events",  # one meeting reported by one or more documents
    metadata,
    Column("event_id", String(16), primary_key=True),
    Column("participant_keys", Text, nullable=False),
    Column("participants", Text, nullable=False),  # display names, "; "
    Column("countries", Text),  # ISO codes of the participants, sorted, "-"
    Column("date", String(10)),  # NULL: no source gives the date
    Column("place", Text),  # the place most sources give
    Column("kind", String(16), nullable=False),  # the kind most sources give
    Column("first_published", String(10)),
    Column("last_published", String(10)),
    Column("n_sources", Integer, nullable=False),
    Column("n_documents", Integer, nullable=False),
    Column("n_disagreements", Integer, nullable=False),  # fields on which the sources disagree
    Column("document_id", String(64), nullable=False),  # the first source (earliest published)
    Column("meeting_idx", Integer, nullable=False),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Index("ix_events_participant_keys", "participant_keys"),
    Index("ix_events_date", "date"),
)

event_participants = Table(
    "event_participants",
    metadata,
    Column("event_id", String(16), primary_key=True),
    Column("person_key", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("country", String(2)),
    Index("ix_event_participants_name", "name"),
)

event_disagreements = Table(
    "event_disagreements",  # for each field the sources disagree on, what each source says
    metadata,
    Column("event_id", String(16), primary_key=True),
    Column("field", String(16), primary_key=True),  # place | kind
    Column("document_id", String(64), primary_key=True),
    Column("meeting_idx", Integer, primary_key=True),
    Column("value", Text),
    Column("char_start", Integer),  # the value's span (place), else the reporting sentence
    Column("char_end", Integer),
)

person_documents = Table(
    "person_documents",  # one row per people row, with the person's key
    metadata,
    Column("document_id", String(64), primary_key=True),
    Column("person_idx", Integer, primary_key=True),
    Column("person_key", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("title", Text),
    Column("country", String(2)),
    Column("published", String(10)),
    Column("char_start", Integer),
    Column("char_end", Integer),
    Column("title_start", Integer),
    Column("title_end", Integer),
    Index("ix_person_documents_person_key", "person_key"),
)

person_aliases = Table(
    "person_aliases",  # every distinct way a document names a person
    metadata,
    Column("document_id", String(64), primary_key=True),
    Column("person_idx", Integer, primary_key=True),
    Column("alias", Text, primary_key=True),
    Column("person_key", Text, nullable=False),
    Column("n", Integer, nullable=False),  # mentions in this form
    Column("char_start", Integer, nullable=False),  # the first of them
    Column("char_end", Integer, nullable=False),
    Index("ix_person_aliases_person_key", "person_key"),
)

persons = Table(
    "persons",  # one person across documents, by key (surname + first initial)
    metadata,
    Column("person_key", Text, primary_key=True),
    Column("name", Text, nullable=False),  # the canonical name most documents give
    Column("country", String(2)),
    Column("title", Text),  # the latest title
    Column("titles", Text),  # every title, in the order first seen, "; "
    Column("aliases", Text),  # every other form, "; "
    Column("n_documents", Integer, nullable=False),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("document_id", String(64), nullable=False),  # the first source
    Column("person_idx", Integer, nullable=False),
    Column("char_start", Integer),
    Column("char_end", Integer),
)

person_titles = Table(
    "person_titles",  # every title a person was given, and when
    metadata,
    Column("person_key", Text, primary_key=True),
    Column("title", Text, primary_key=True),
    Column("country", String(2)),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("n_documents", Integer, nullable=False),
    Column("document_id", String(64), nullable=False),  # the first source
    Column("person_idx", Integer, nullable=False),
    Column("title_start", Integer),
    Column("title_end", Integer),
)

claims = Table(
    "claims",  # one row per amount, with its normalised metric, country pair, period and series
    metadata,
    Column("document_id", String(64), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("series_id", String(16)),  # NULL when the amount has no metric
    Column("bucket", Text, nullable=False),  # countries|unit: the set the metric clustering runs in
    Column("metric", Text),
    Column("metric_norm", Text),  # lower-cased, stop words dropped, lemmatised; NULL when nothing is left
    Column("metric_group", Text),  # the series' name: the most frequent metric_norm of its cluster
    Column("countries", Text),  # ISO codes, sorted, "-"
    Column("value", Float, nullable=False),
    Column("unit", Text, nullable=False),
    Column("qualifier", String(16), nullable=False),
    Column("quote", Text, nullable=False),
    Column("speaker", Text),
    Column("speaker_key", Text),
    Column("published", String(10)),
    Column("period", Integer),  # the year the figure is for
    Column("period_from", String(16)),  # text (a year in the sentence) | relative ("last year") | published
    Column("target", Boolean, nullable=False),  # a goal or forecast ("bring trade to $10 billion")
    Column("n_conflicts", Integer, nullable=False),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("metric_start", Integer),
    Column("metric_end", Integer),
    Index("ix_claims_bucket", "bucket"),
    Index("ix_claims_series_id", "series_id"),
)

claim_conflicts = Table(
    "claim_conflicts",  # two claims of one series and period whose values cannot both hold
    metadata,
    Column("document_id_a", String(64), primary_key=True),
    Column("idx_a", Integer, primary_key=True),
    Column("document_id_b", String(64), primary_key=True),
    Column("idx_b", Integer, primary_key=True),
    Column("series_id", String(16), nullable=False),
    Column("bucket", Text, nullable=False),
    Column("metric_group", Text, nullable=False),
    Column("period", Integer),
    Column("quote_a", Text, nullable=False),
    Column("quote_b", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Index("ix_claim_conflicts_bucket", "bucket"),
)

CONSOLIDATED_TABLES = (
    consolidated_documents, event_sources, events, event_participants, event_disagreements,
    person_documents, person_aliases, persons, person_titles, claims, claim_conflicts,
)
TABLES = ALL_TABLES + CONSOLIDATED_TABLES  # every table, in an order that respects foreign keys
