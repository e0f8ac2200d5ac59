"""The database schema (SQLAlchemy Core), the same on SQLite and PostgreSQL. Described in docs/schema.md.

Every child row carries its document's id and the character span ``[char_start, char_end)`` of the
text it came from (``end`` is an SQL keyword, hence the prefix). Keys are (document_id, idx), never
autoincrement counters, so the rows a document gets do not depend on what was written before it, and
no column holds the wall-clock time: the database is a function of the inputs and the extractor.
"""

from __future__ import annotations

from sqlalchemy import (
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

SCHEMA_VERSION = 1

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
)

# Children before parents: the order rows are deleted in (and the reverse of the order they are written in).
CHILD_TABLES = (mentions, meeting_participants, people, meetings, utterances, amounts)
ALL_TABLES = (meta, documents, people, mentions, meetings, meeting_participants, utterances, amounts)
