"""Consolidation across documents: one event per meeting however many outlets report it, one person record
per person key, and claim series (one figure claimed by many people over years) with their conflicts.

Everything here is recomputed from the per-document tables that ``summitry ingest`` writes, into the
consolidated tables of ``store/schema.py`` (described in docs/schema.md), deterministically: the same
documents give the same rows, whatever order they came in and however many runs it took.

How it is incremental. Each source row (a meeting, a person, an amount) is turned into a row of
``event_sources``, ``person_documents``/``person_aliases`` or ``claims`` from its own document alone. Those
rows fall into groups that never interact: events into their participants' key set, persons into their key,
claims into their bucket (country pair and unit). A consolidation recomputes the source rows of the
*pending* documents (new, re-extracted or deleted since the last one: ``consolidated_documents`` records
which documents, by which ``CONSOLIDATION_VERSION``, the tables reflect), then every group those rows were
or are in, from all the rows of the group. So the incremental result is the full result (tested), and a
killed run leaves its documents pending for the next one. ``consolidate(store, full=True)`` recomputes
everything.

Rules (constants below, all documented in docs/schema.md):

- Events. Meetings with the same participants (set of ``identity.link_key``: surname and first initial as in
  the gold scoring, folded over romanisation variants) and the same date are one event. A meeting without a
  stated date (none, or only its article's publication date) joins the event with the latest date on or
  before its document's publication date, at most ``UNDATED_WINDOW_DAYS`` days before it, whose places agree
  with its own (or either has none); else undated meetings published within that window of
  each other, with agreeing places, form one undated event. Then an event of a participant set nested in a
  larger one (two principals shared: "Aliyev, Putin" in "Aliyev, Lavrov, Putin") joins the one event of the
  larger set whose date and places agree with it; with two such candidates it stays apart. A meeting whose
  document has no date is an event of its own. The event takes the place and kind most sources give (ties:
  the earliest report) and lists, in ``event_disagreements``, what every source says for each field on
  which sources disagree.
- Event ids: ``sha1("keys|date")[:12]``; an undated event uses its earliest report instead of the date.
  The event's own span is its first report's (earliest published; a dated one before an undated one).
- Claims. The metric is normalised (``normalise_metric``): lower-cased, cut before the first preposition
  ("trade turnover between the two countries" -> "trade turnover" -> "trade"), stop words, country names,
  demonyms, years and participles dropped, plurals stripped, "turnover" read as "trade", repeated words
  dropped. Within a bucket the metrics are clustered by rapidfuzz ``token_set_ratio`` >= ``METRIC_THRESHOLD``
  (``token_sort_ratio`` when one of the two is a single word: "trade" is not "trade deficit")
  with complete linkage (every member similar to every other; only metrics sharing a word are compared),
  in a fixed order (most frequent first); the series is the bucket and the cluster's first metric.
- Country pair of a claim: the ISO countries of the participants of the document's meeting reported last
  before the amount (else its first meeting); when the document reports no meeting, the countries of its
  people when there are one or two of them; else none.
- Period: a year written in the amount's sentence (the nearest; not "since 2020"), else "last year" /
  "this year" against the document's date, else the document's year. ``target`` marks goals and forecasts
  (a future year, or "aim", "plan", "bring ... to", "will" before the amount in its sentence).
- Conflicts: two claims of one series with the same ``target`` and period (the same document with the
  same period, or two documents with the same known year), whose normalised metrics have the same words
  (``token_sort_ratio`` >= ``METRIC_THRESHOLD``: "vaccine dose" and "vaccine dose delivery" share a
  series, not a figure),
  and whose value ranges do not overlap. An exact figure stands for its rounding, up to ``ROUNDING_CAP``
  ("340" is 335-345, "304" 303.5-304.5, "$4 billion" 3.6-4.4 billion), "about X" for X +-
  ``ABOUT_TOLERANCE``, "more than 300" (or "at least") for anything from 300 up, "less than" / "up to" for
  anything up to it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, text
from sqlalchemy.engine import Connection

from ..store import Store, schema
from .claims import recompute_claims, value_range
from .events import group_meetings, recompute_events
from .metrics import cluster_metrics, normalise_metric
from .persons import recompute_persons
from .rules import ABOUT_TOLERANCE, CONSOLIDATION_VERSION, METRIC_THRESHOLD, ROUNDING_CAP, UNDATED_WINDOW_DAYS
from .sources import document_sources
from .tables import by_doc, chunks

__all__ = [
    "consolidate",
    "ConsolidationSummary",
    "normalise_metric",
    "cluster_metrics",
    "group_meetings",
    "value_range",
    "CONSOLIDATION_VERSION",
    "UNDATED_WINDOW_DAYS",
    "METRIC_THRESHOLD",
    "ROUNDING_CAP",
    "ABOUT_TOLERANCE",
]

_SOURCE_TABLES = (schema.event_sources, schema.person_documents, schema.person_aliases, schema.claims)


@dataclass
class ConsolidationSummary:
    full: bool = False
    documents: int = 0  # documents whose source rows were (re)computed
    removed: int = 0  # documents gone from the database since the last consolidation
    events: int = 0  # participant sets whose events were recomputed
    persons: int = 0  # person keys recomputed
    buckets: int = 0  # claim buckets recomputed

    def line(self) -> str:
        what = "recomputed everything" if self.full else "consolidated"
        return (f"{what}: {self.documents} documents ({self.removed} removed), {self.events} participant sets, "
                f"{self.persons} persons, {self.buckets} claim buckets")


@dataclass
class _Touched:
    events: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    buckets: set[str] = field(default_factory=set)


def consolidate(store: Store, *, full: bool = False) -> ConsolidationSummary:
    """Bring the consolidated tables up to date with the documents, in one transaction."""
    summary = ConsolidationSummary(full=full)
    with store.transaction() as conn:
        if conn.dialect.name == "postgresql":
            # Serialises consolidations, and re-extractions (Store._delete) with them: a document replaced while
            # this runs waits, then is pending for the next one.
            conn.execute(text("LOCK TABLE consolidated_documents IN SHARE ROW EXCLUSIVE MODE"))
        if full:
            for table in reversed(schema.CONSOLIDATED_TABLES):
                conn.execute(delete(table))
            pending = list(conn.execute(select(schema.documents.c.id).order_by(schema.documents.c.id)).scalars())
            removed: list[str] = []
        else:
            pending, removed = _pending(conn)
        summary.documents, summary.removed = len(pending), len(removed)
        if not pending and not removed:
            return summary
        touched = _Touched()
        for chunk in chunks(pending + removed):
            _drop_sources(conn, chunk, touched)
        for chunk in chunks(pending, 100):  # 100 texts in memory at a time
            _write_sources(conn, chunk, touched)
        summary.events = recompute_events(conn, touched.events)
        summary.persons = recompute_persons(conn, touched.persons)
        summary.buckets = recompute_claims(conn, touched.buckets)
        marks = schema.consolidated_documents
        for chunk in chunks(pending):
            conn.execute(delete(marks).where(marks.c.document_id.in_(chunk)))
            conn.execute(insert(marks), [{"document_id": d, "version": CONSOLIDATION_VERSION} for d in chunk])
    return summary



def _pending(conn: Connection) -> tuple[list[str], list[str]]:
    """Documents not consolidated (or by another version), and documents gone that still have source rows."""
    docs, marks = schema.documents, schema.consolidated_documents
    pending = conn.execute(
        select(docs.c.id)
        .outerjoin(marks, marks.c.document_id == docs.c.id)
        .where((marks.c.document_id.is_(None)) | (marks.c.version != CONSOLIDATION_VERSION))
        .order_by(docs.c.id)
    ).scalars()
    removed: set[str] = set()
    for table in _SOURCE_TABLES:
        gone = select(table.c.document_id).where(
            ~select(docs.c.id).where(docs.c.id == table.c.document_id).exists()
        ).distinct()
        removed.update(conn.execute(gone).scalars())
    return list(pending), sorted(removed)


def _drop_sources(conn: Connection, doc_ids: list[str], touched: _Touched) -> None:
    """Delete the source rows of these documents, remembering the groups they were in."""
    es, pd, pa, cl = schema.event_sources, schema.person_documents, schema.person_aliases, schema.claims
    touched.events.update(conn.execute(select(es.c.participant_keys).where(es.c.document_id.in_(doc_ids))).scalars())
    touched.persons.update(conn.execute(select(pd.c.person_key).where(pd.c.document_id.in_(doc_ids))).scalars())
    touched.buckets.update(conn.execute(select(cl.c.bucket).where(cl.c.document_id.in_(doc_ids))).scalars())
    for table in (es, pd, pa, cl):
        conn.execute(delete(table).where(table.c.document_id.in_(doc_ids)))



def _write_sources(conn: Connection, doc_ids: list[str], touched: _Touched) -> None:
    docs = schema.documents
    found = conn.execute(
        select(docs.c.id, docs.c.text, docs.c.published).where(docs.c.id.in_(doc_ids)).order_by(docs.c.id)
    ).mappings().all()
    people = by_doc(conn, schema.people, doc_ids, schema.people.c.idx)
    mentions = by_doc(conn, schema.mentions, doc_ids, schema.mentions.c.person_idx, schema.mentions.c.idx)
    meetings = by_doc(conn, schema.meetings, doc_ids, schema.meetings.c.idx)
    mp = schema.meeting_participants
    participants = by_doc(conn, mp, doc_ids, mp.c.meeting_idx, mp.c.idx)
    amounts = by_doc(conn, schema.amounts, doc_ids, schema.amounts.c.idx)
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in found:
        d = doc["id"]
        rows = document_sources(
            doc["id"], doc["text"], doc["published"], people[d], mentions[d], meetings[d], participants[d], amounts[d]
        )
        for name, items in rows.items():
            out[name].extend(items)
    touched.events.update(r["participant_keys"] for r in out["event_sources"])
    touched.persons.update(r["person_key"] for r in out["person_documents"])
    touched.buckets.update(r["bucket"] for r in out["claims"])
    for table in _SOURCE_TABLES:
        if out[table.name]:
            conn.execute(insert(table), out[table.name])

