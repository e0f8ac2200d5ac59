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

import hashlib
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import bindparam, delete, insert, select, text, update
from sqlalchemy.engine import Connection

from .identity import link_key, person_key
from .store import Store, schema

__all__ = [
    "consolidate",
    "ConsolidationSummary",
    "normalise_metric",
    "value_range",
    "CONSOLIDATION_VERSION",
    "UNDATED_WINDOW_DAYS",
    "METRIC_THRESHOLD",
    "ROUNDING_CAP",
    "ABOUT_TOLERANCE",
]

CONSOLIDATION_VERSION = 3  # raise when a rule changes: every document becomes pending again
# 2: a meeting dated only by its article's publication date (date_from "published") joins like an undated one
# 3: participants linked by identity.link_key (romanisation variants are one person)
UNDATED_WINDOW_DAYS = 3  # an undated meeting joins an event of this many days before its document, at most
METRIC_THRESHOLD = 90  # rapidfuzz token_set_ratio from which two normalised metrics are one
ROUNDING_CAP = 0.10  # an exact figure stands for its rounding, but for no more than +- 10% ("1000": 900-1100)
ABOUT_TOLERANCE = 0.15  # "about X" stands for X +- 15%
_CHUNK = 500  # ids per IN (...) list

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
        for chunk in _chunks(pending + removed):
            _drop_sources(conn, chunk, touched)
        for chunk in _chunks(pending, 100):  # 100 texts in memory at a time
            _write_sources(conn, chunk, touched)
        summary.events = _recompute_events(conn, touched.events)
        summary.persons = _recompute_persons(conn, touched.persons)
        summary.buckets = _recompute_claims(conn, touched.buckets)
        marks = schema.consolidated_documents
        for chunk in _chunks(pending):
            conn.execute(delete(marks).where(marks.c.document_id.in_(chunk)))
            conn.execute(insert(marks), [{"document_id": d, "version": CONSOLIDATION_VERSION} for d in chunk])
    return summary


# --------------------------------------------------------------------------------------------- bookkeeping


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[list[Any]]:
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i : i + size]


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


def _by_doc(conn: Connection, table: Any, doc_ids: list[str], *order: Any) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    query = select(table).where(table.c.document_id.in_(doc_ids)).order_by(table.c.document_id, *order)
    for row in conn.execute(query).mappings():
        rows[row["document_id"]].append(dict(row))
    return rows


def _write_sources(conn: Connection, doc_ids: list[str], touched: _Touched) -> None:
    docs = schema.documents
    found = conn.execute(
        select(docs.c.id, docs.c.text, docs.c.published).where(docs.c.id.in_(doc_ids)).order_by(docs.c.id)
    ).mappings().all()
    people = _by_doc(conn, schema.people, doc_ids, schema.people.c.idx)
    mentions = _by_doc(conn, schema.mentions, doc_ids, schema.mentions.c.person_idx, schema.mentions.c.idx)
    meetings = _by_doc(conn, schema.meetings, doc_ids, schema.meetings.c.idx)
    mp = schema.meeting_participants
    participants = _by_doc(conn, mp, doc_ids, mp.c.meeting_idx, mp.c.idx)
    amounts = _by_doc(conn, schema.amounts, doc_ids, schema.amounts.c.idx)
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in found:
        d = doc["id"]
        rows = _document_sources(
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


# --------------------------------------------------------------------------------------------- one document


def _document_sources(
    doc_id: str,
    text_: str,
    published: str | None,
    people: list[dict[str, Any]],
    mentions: list[dict[str, Any]],
    meetings: list[dict[str, Any]],
    participants: list[dict[str, Any]],
    amounts: list[dict[str, Any]],
) -> dict[str, list[dict[str, Any]]]:
    """The source rows of one document, computed from its own rows only."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    country_of: dict[str, str] = {}
    for p in people:
        if p["country"] and p["name"] not in country_of:
            country_of[p["name"]] = p["country"]

    forms: dict[int, dict[str, list[Any]]] = defaultdict(dict)  # person idx -> alias -> [n, start, end]
    for m in mentions:
        alias = " ".join(text_[m["char_start"] : m["char_end"]].split())
        if alias:
            seen = forms[m["person_idx"]].setdefault(alias, [0, m["char_start"], m["char_end"]])
            seen[0] += 1
    for p in people:
        key = person_key(p["name"])
        if not key:
            continue
        out["person_documents"].append({
            "document_id": doc_id, "person_idx": p["idx"], "person_key": key, "name": p["name"],
            "title": p["title"], "country": p["country"], "published": published,
            "char_start": p["char_start"], "char_end": p["char_end"],
            "title_start": p["title_start"], "title_end": p["title_end"],
        })
        for alias, (n, start, end) in forms[p["idx"]].items():
            out["person_aliases"].append({
                "document_id": doc_id, "person_idx": p["idx"], "alias": alias, "person_key": key, "n": n,
                "char_start": start, "char_end": end,
            })

    names_of: dict[int, list[str]] = defaultdict(list)
    for mp in participants:
        names_of[mp["meeting_idx"]].append(mp["name"])
    meeting_countries: list[tuple[int, list[str]]] = []  # (sentence start, countries) of each meeting
    for m in meetings:
        names = names_of[m["idx"]]
        countries = sorted({country_of[n] for n in names if n in country_of})
        meeting_countries.append((m["char_start"], countries))
        keys = sorted({k for k in (link_key(n) for n in names) if k})
        if not keys:
            continue  # a meeting of nobody named cannot be matched with any other
        out["event_sources"].append({
            "document_id": doc_id, "meeting_idx": m["idx"], "event_id": "", "participant_keys": "|".join(keys),
            "participants": "; ".join(names), "date": m["date"], "place": m["place"], "kind": m["kind"],
            "published": published, "char_start": m["char_start"], "char_end": m["char_end"],
            "sentence": text_[m["char_start"] : m["char_end"]],
            "date_start": m["date_start"], "date_end": m["date_end"],
            "place_start": m["place_start"], "place_end": m["place_end"], "date_from": m.get("date_from"),
        })

    doc_countries = sorted(set(country_of.values()))
    for a in amounts:
        countries = _claim_countries(a["char_start"], meeting_countries, doc_countries)
        sentence_start, sentence_end = _sentence(text_, a["char_start"], a["char_end"])
        period, period_from = _period(text_, sentence_start, sentence_end, a["char_start"], a["char_end"], published)
        published_year = int(published[:4]) if published else None
        target = bool(_TARGET.search(text_[sentence_start : a["char_start"]])) or (
            period is not None and published_year is not None and period > published_year
        )
        countries_text = "-".join(countries) if countries else None
        out["claims"].append({
            "document_id": doc_id, "idx": a["idx"], "series_id": None,
            "bucket": f"{countries_text or '-'}|{a['unit']}", "metric": a["metric"],
            "metric_norm": normalise_metric(a["metric"]) or None, "metric_group": None, "countries": countries_text,
            "value": a["value"], "unit": a["unit"], "qualifier": a["qualifier"], "quote": a["quote"],
            "speaker": a["speaker"], "speaker_key": person_key(a["speaker"]), "published": published,
            "period": period, "period_from": period_from, "target": target, "n_conflicts": 0,
            "char_start": a["char_start"], "char_end": a["char_end"],
            "metric_start": a["metric_start"], "metric_end": a["metric_end"],
        })
    return out


def _claim_countries(start: int, meetings: list[tuple[int, list[str]]], doc_countries: list[str]) -> list[str]:
    if meetings:
        before = [c for s, c in meetings if s <= start]
        countries = before[-1] if before else meetings[0][1]
        if countries:
            return countries
    return doc_countries if 1 <= len(doc_countries) <= 2 else []


_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*(?=\s)|\n")


def _sentence(text_: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence around [start, end): from the last sentence end before it to the next after."""
    lo = max(0, start - 600)
    begin = lo
    for m in _SENTENCE_END.finditer(text_, lo, start):
        begin = m.end()
    m = _SENTENCE_END.search(text_, end, min(len(text_), end + 600))
    return begin, (m.end() if m else min(len(text_), end + 600))


_YEAR = re.compile(r"(?<![\w-])(?:(since|from|after|until)\s+)?((?:19[5-9]|20\d)\d)(?!\d)", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\b(last|past|previous) year\b", re.IGNORECASE)
_THIS_YEAR = re.compile(r"\b(this|current) year\b", re.IGNORECASE)
_TARGET = re.compile(
    r"\b(aims?|aimed|aiming|targets?|goals?|plans?|planned|planning|intends?|intended|bring|raise|boost|will|"
    r"would|shall|expects?|expected|forecasts?|forecasted|projected|projections?|hopes?|seeks?|strive)\b",
    re.IGNORECASE,
)


def _period(
    text_: str, s_start: int, s_end: int, start: int, end: int, published: str | None
) -> tuple[int | None, str | None]:
    """The year a figure is for: a year in its sentence, else last/this year, else the document's year."""
    years = [
        (min(abs(m.start() - end), abs(start - m.end())), int(m.group(2)))
        for m in _YEAR.finditer(text_, s_start, s_end)
        if not m.group(1)
    ]
    if years:
        return min(years)[1], "text"
    year = int(published[:4]) if published else None
    sentence = text_[s_start:s_end]
    if year is not None and _LAST_YEAR.search(sentence):
        return year - 1, "relative"
    if year is not None and _THIS_YEAR.search(sentence):
        return year, "relative"
    return (year, "published") if year is not None else (None, None)


# --------------------------------------------------------------------------------------------- metrics


_CUT_WORDS = frozenset(
    "in between with under since for from to by at on during over among across within after before into through "
    "per against than as via".split()
)
_EXTRA_STOP = frozenset(
    "mutual bilateral total overall annual annually year years month months day days week weeks last past current "
    "previous level figure volume amount number sides side countries country two both".split()
)
_IRREGULAR_PARTICIPLES = frozenset(
    "built made sold given taken spent held paid sent grown done won brought bought seen shown set put cut".split()
)
_SYNONYMS = {"turnover": "trade", "commerce": "trade"}  # "trade turnover", "turnover", "trade": one figure
_TOKEN = re.compile(r"[^\W\d_]+")


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # a word list: no model is loaded

    from .resources import load_json

    demonyms = {w for key in load_json("demonyms.json") for w in _TOKEN.findall(_fold(key))}
    return frozenset(STOP_WORDS) | _EXTRA_STOP | demonyms


def _fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _lemma(token: str) -> str:
    """A light English lemmatiser: plural suffixes only ("companies" -> "company", "doses" -> "dose")."""
    if len(token) <= 3:
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith(("sses", "shes", "ches", "xes", "zes")):
        return token[:-2]
    if token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def normalise_metric(metric: str | None) -> str:
    """The comparable form of a metric ("Trade turnover between our countries last year" -> "trade",
    "schools completed under the programme" -> "school"); "" when nothing is left."""
    if not metric:
        return ""
    tokens = _TOKEN.findall(_fold(metric))
    for i, tok in enumerate(tokens):
        if i > 0 and tok in _CUT_WORDS:
            tokens = tokens[:i]
            break
    stop = _stop_words()
    kept = []
    for i, tok in enumerate(tokens):
        if tok in stop or len(tok) < 2:
            continue
        if i > 0 and (tok in _IRREGULAR_PARTICIPLES or (tok.endswith("ed") and len(tok) > 4)):
            continue  # "schools completed", "doses delivered": the participle says what happened, not what
        word = _SYNONYMS.get(tok) or _lemma(tok)
        if word not in kept:
            kept.append(word)
    return " ".join(kept)


def _similar(a: str, b: str) -> bool:
    """token_set_ratio, so that a metric and a longer one containing it are one ("vaccine dose" and "vaccine
    dose delivery"); but a single word only matches itself, give or take spelling ("revenue" is not "tax
    revenue", "trade" not "trade deficit")."""
    if min(len(a.split()), len(b.split())) < 2:
        return fuzz.token_sort_ratio(a, b) >= METRIC_THRESHOLD
    return fuzz.token_set_ratio(a, b) >= METRIC_THRESHOLD


def _same_metric(a: str, b: str) -> bool:
    """Stricter than one series: the same words, in any order ("vaccine dose" and "vaccine dose delivery"
    share a series but are not the same figure)."""
    return fuzz.token_sort_ratio(a, b) >= METRIC_THRESHOLD


def cluster_metrics(counts: dict[str, int]) -> dict[str, str]:
    """Each normalised metric -> its cluster's name. Complete linkage, most frequent metrics first; only
    metrics sharing a word are compared."""
    order = sorted((m for m in counts if m), key=lambda m: (-counts[m], len(m), m))
    clusters: list[list[str]] = []
    by_word: dict[str, list[int]] = defaultdict(list)
    label: dict[str, str] = {}
    for m in order:
        words = set(m.split())
        candidates = sorted({i for w in words for i in by_word[w]})
        home = next((i for i in candidates if all(_similar(m, x) for x in clusters[i])), None)
        if home is None:
            home = len(clusters)
            clusters.append([])
        clusters[home].append(m)
        for w in words:
            if home not in by_word[w]:
                by_word[w].append(home)
        label[m] = clusters[home][0]
    return label


# --------------------------------------------------------------------------------------------- value ranges


@lru_cache(maxsize=65536)
def _half_unit(value: float) -> float:
    """Half the unit of the last significant digit: what rounding a figure to its digits hides."""
    try:
        exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    except (InvalidOperation, ValueError):
        return 0.0
    if not isinstance(exponent, int):
        return 0.0
    return 0.5 * 10.0**exponent


def value_range(value: float, qualifier: str) -> tuple[float, float]:
    """The values a figure with this qualifier allows, as a closed interval."""
    inf = float("inf")
    if qualifier in ("more_than", "at_least"):
        return value, inf
    if qualifier in ("less_than", "up_to"):
        return -inf, value
    if qualifier == "about":
        spread = ABOUT_TOLERANCE * abs(value)
    else:
        spread = min(_half_unit(value), ROUNDING_CAP * abs(value))
    return value - spread, value + spread


# --------------------------------------------------------------------------------------------- groups


def _short_id(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:12]


def _rows_in(conn: Connection, table: Any, column: Any, values: Iterable[str], *order: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for chunk in _chunks(sorted(values)):
        rows.extend(dict(r) for r in conn.execute(select(table).where(column.in_(chunk)).order_by(*order)).mappings())
    return rows


def _delete_in(conn: Connection, table: Any, column: Any, values: Iterable[str]) -> None:
    for chunk in _chunks(sorted(values)):
        conn.execute(delete(table).where(column.in_(chunk)))


def _insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    for chunk in _chunks(rows, 1000):
        conn.execute(insert(table), chunk)


def _report_order(row: dict[str, Any]) -> tuple:
    """Reports in the order they came out: by publication date (undated last), then document and index."""
    return (row["published"] is None, row["published"] or "", row["document_id"], row.get("meeting_idx", 0))


def _most_common(values: Iterable[Any]) -> Any:
    """The most frequent non-null value; ties go to the one met first."""
    counts = Counter(v for v in values if v is not None)
    return counts.most_common(1)[0][0] if counts else None


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _places_agree(place: str | None, sources: list[dict[str, Any]]) -> bool:
    places = {s["place"] for s in sources if s["place"]}
    return place is None or not places or place in places


def _stated(source: dict[str, Any]) -> bool:
    """The source gives the meeting's date itself (not only its article's publication date)."""
    return bool(source["date"]) and source.get("date_from") != "published"


def group_meetings(sources: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The events of one participant set: lists of event_sources rows, each list one event.

    A date the text states is firm; a meeting dated only by its article's publication date joins like an
    undated one (an outlet publishing a day later reports the same meeting)."""
    window = timedelta(days=UNDATED_WINDOW_DAYS)
    dated: dict[str, list[dict[str, Any]]] = {}
    for s in sorted((s for s in sources if _stated(s)), key=lambda s: (s["date"], *_report_order(s))):
        s["link_reason"] = (f"same participants, same stated date {s['date']}" if s["date"] in dated
                            else f"first report of these participants on {s['date']} (date stated in the text)")
        dated.setdefault(s["date"], []).append(s)
    undated: list[tuple[date, list[dict[str, Any]]]] = []  # (first report's date, sources)
    alone: list[list[dict[str, Any]]] = []
    for s in sorted((s for s in sources if not _stated(s)), key=_report_order):
        published = _day(s["published"])
        if published is None:
            s["link_reason"] = "no date and no publication date: an event of its own"
            alone.append([s])
            continue
        home = None
        for day, members in sorted(dated.items(), reverse=True):
            held = _day(day)
            if held is not None and held <= published <= held + window and _places_agree(s["place"], members):
                home = members
                s["link_reason"] = (f"no stated date; published {s['published']}, within {UNDATED_WINDOW_DAYS} days "
                                    f"after the event's {day}, places agree")
                break
        if home is None:
            for first, members in undated:
                if first <= published <= first + window and _places_agree(s["place"], members):
                    home = members
                    s["link_reason"] = (f"no stated date; published {s['published']}, within {UNDATED_WINDOW_DAYS} "
                                        f"days of the first undated report ({first.isoformat()}), places agree")
                    break
        if home is None:
            s["link_reason"] = f"no stated date and no event of these participants in the {UNDATED_WINDOW_DAYS} days " \
                               f"before its publication ({s['published']}): a new event"
            undated.append((published, [s]))
        else:
            home.append(s)
    return [*dated.values(), *(members for _, members in undated), *alone]


def _nested(a: frozenset[str], b: frozenset[str]) -> bool:
    """One participant set holds the other and they share two principals ("Aliyev, Putin" in "Aliyev, Lavrov,
    Putin"): reports of one meeting may name more or fewer of those present."""
    return len(a & b) >= 2 and (a <= b or b <= a)


def _keyset_component(conn: Connection, keysets: set[str]) -> set[str]:
    """The touched participant sets and every set nested with them, transitively: the groups whose events can
    merge with each other, recomputed together so the incremental result stays the full one."""
    every = {frozenset(k.split("|")): k for k in conn.execute(
        select(schema.event_sources.c.participant_keys).distinct()).scalars()}
    every.update({frozenset(k.split("|")): k for k in keysets})
    found = set(keysets)
    frontier = [frozenset(k.split("|")) for k in keysets]
    while frontier:
        a = frontier.pop()
        for b, k in every.items():
            if k not in found and _nested(a, b):
                found.add(k)
                frontier.append(b)
    return found


def _groups_compatible(small: list[dict[str, Any]], large: list[dict[str, Any]]) -> bool:
    """Two events of nested participant sets are one when kinds, dates and places agree: the same kind, the
    same stated date, or one without a stated date reported within the undated window of the other's. Two
    meetings one document reports apart stay apart."""
    if {s["document_id"] for s in small} & {s["document_id"] for s in large}:
        return False
    if {s.get("kind") for s in small} != {s.get("kind") for s in large}:
        return False
    places_small = {s["place"] for s in small if s["place"]}
    places_large = {s["place"] for s in large if s["place"]}
    if places_small and places_large and not places_small & places_large:
        return False
    stated_small = {s["date"] for s in small if _stated(s)}
    stated_large = {s["date"] for s in large if _stated(s)}
    if stated_small and stated_large:
        return min(stated_small) == min(stated_large)
    window = timedelta(days=UNDATED_WINDOW_DAYS)
    day_of = [_day(min(stated_small or stated_large))] if (stated_small or stated_large) else []
    loose = small if not stated_small else large
    others = large if loose is small else small
    reported = [d for d in (_day(s["published"]) for s in loose) if d]
    anchors = day_of or [d for d in (_day(s["published"]) for s in others) if d]
    return bool(reported and anchors) and any(a <= r <= a + window or r <= a <= r + window
                                              for r in reported for a in anchors)


def _merge_nested(groups: list[tuple[str, list[dict[str, Any]]]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Each event of a smaller participant set joins the one event of a larger set holding it that agrees
    with it (none, or more than one: it stays apart). Largest sets first, so chains end at the largest."""
    order = sorted(range(len(groups)), key=lambda i: (-len(groups[i][0].split("|")), groups[i][0], i))
    merged: dict[int, list[dict[str, Any]]] = {}
    for i in order:
        keys, members = groups[i]
        mine = frozenset(keys.split("|"))
        homes = [j for j in merged if frozenset(groups[j][0].split("|")) > mine and len(mine) >= 2
                 and _groups_compatible(members, merged[j])]
        if len(homes) == 1:
            extra = sorted(frozenset(groups[homes[0]][0].split("|")) - mine)
            for s in members:
                s["link_reason"] = (f"names fewer participants than the event (not {', '.join(extra)}); "
                                    f"same kind, dates and places agree; was: {s.get('link_reason', '')}")
            merged[homes[0]].extend(members)
        else:
            merged[i] = list(members)
    return [(groups[i][0], merged[i]) for i in sorted(merged)]


def _recompute_events(conn: Connection, keysets: set[str]) -> int:
    ev, es = schema.events, schema.event_sources
    if not keysets:
        return 0
    keysets = _keyset_component(conn, keysets)
    old = [r["event_id"] for r in _rows_in(conn, ev, ev.c.participant_keys, keysets, ev.c.event_id)]
    for table in (schema.event_participants, schema.event_disagreements):
        _delete_in(conn, table, table.c.event_id, old)
    _delete_in(conn, ev, ev.c.participant_keys, keysets)
    sources = _rows_in(conn, es, es.c.participant_keys, keysets, es.c.document_id, es.c.meeting_idx)
    country = _participant_countries(conn, sorted({s["document_id"] for s in sources}))
    by_keys: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in sources:
        by_keys[s["participant_keys"]].append(s)
    events, participants, disagreements, assign = [], [], [], []
    groups = [(keys, members) for keys in sorted(by_keys) for members in group_meetings(by_keys[keys])]
    for keys, members in _merge_nested(groups):
        members.sort(key=lambda s: (*_report_order(s)[:2], s["date"] is None, *_report_order(s)[2:]))
        first = members[0]
        # The date the sources state; else the earliest publication date a source fell back to.
        stated = {s["date"] for s in members if _stated(s)}
        fallback = {s["date"] for s in members if s["date"]}
        day = min(stated or fallback) if fallback else None
        event_id = _short_id(keys, day) if stated else _short_id(keys, "undated", first["document_id"],
                                                                 str(first["meeting_idx"]))
        names: dict[str, Counter] = defaultdict(Counter)
        countries: dict[str, Counter] = defaultdict(Counter)
        for s in members:
            for name in s["participants"].split("; "):
                k = link_key(name)  # one participant however each outlet romanises the name
                names[k][name] += 1
                c = country.get((s["document_id"], name))
                if c:
                    countries[k][c] += 1
        shown, codes = [], set()
        for k in sorted(names):
            name = names[k].most_common(1)[0][0]
            c = countries[k].most_common(1)[0][0] if countries[k] else None
            shown.append(name)
            codes.add(c)
            participants.append({"event_id": event_id, "person_key": person_key(name), "name": name, "country": c})
        codes.discard(None)
        n_disagree = 0
        for fld in ("place", "kind"):
            values = {s[fld] for s in members if s[fld]}
            if len(values) < 2:
                continue
            n_disagree += 1
            for s in members:
                if not s[fld]:
                    continue
                at = (s["place_start"], s["place_end"]) if fld == "place" and s["place_start"] is not None \
                    else (s["char_start"], s["char_end"])
                disagreements.append({
                    "event_id": event_id, "field": fld, "document_id": s["document_id"],
                    "meeting_idx": s["meeting_idx"], "value": s[fld], "char_start": at[0], "char_end": at[1],
                })
        published = [s["published"] for s in members if s["published"]]
        events.append({
            "event_id": event_id, "participant_keys": keys, "participants": "; ".join(shown),
            "countries": "-".join(sorted(codes)) or None, "date": day,
            "place": _most_common(s["place"] for s in members),
            "kind": _most_common(s["kind"] for s in members),
            "first_published": min(published) if published else None,
            "last_published": max(published) if published else None,
            "n_sources": len(members), "n_documents": len({s["document_id"] for s in members}),
            "n_disagreements": n_disagree, "document_id": first["document_id"],
            "meeting_idx": first["meeting_idx"], "char_start": first["char_start"], "char_end": first["char_end"],
        })
        assign.extend(
            {"d": s["document_id"], "m": s["meeting_idx"], "e": event_id, "r": s.get("link_reason")} for s in members
        )
    _insert(conn, ev, events)
    _insert(conn, schema.event_participants, participants)
    _insert(conn, schema.event_disagreements, disagreements)
    if assign:
        stmt = (update(es).where(es.c.document_id == bindparam("d"), es.c.meeting_idx == bindparam("m"))
                .values(event_id=bindparam("e"), link_reason=bindparam("r")))
        for chunk in _chunks(assign, 1000):
            conn.execute(stmt, chunk)
    return len(keysets)


def _participant_countries(conn: Connection, doc_ids: list[str]) -> dict[tuple[str, str], str]:
    pd = schema.person_documents
    found: dict[tuple[str, str], str] = {}
    for chunk in _chunks(doc_ids):
        query = (select(pd.c.document_id, pd.c.name, pd.c.country)
                 .where(pd.c.document_id.in_(chunk), pd.c.country.is_not(None))
                 .order_by(pd.c.document_id, pd.c.person_idx))
        for d, name, c in conn.execute(query):
            found.setdefault((d, name), c)
    return found


def _recompute_persons(conn: Connection, keys: set[str]) -> int:
    pd, pa, pt, ps = schema.person_documents, schema.person_aliases, schema.person_titles, schema.persons
    if not keys:
        return 0
    _delete_in(conn, pt, pt.c.person_key, keys)
    _delete_in(conn, ps, ps.c.person_key, keys)
    rows = _rows_in(conn, pd, pd.c.person_key, keys, pd.c.document_id, pd.c.person_idx)
    aliases = _rows_in(conn, pa, pa.c.person_key, keys, pa.c.document_id, pa.c.person_idx, pa.c.alias)
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_key[r["person_key"]].append(r)
    forms: dict[str, Counter] = defaultdict(Counter)
    for a in aliases:
        forms[a["person_key"]][a["alias"]] += a["n"]
    persons, titles = [], []
    for key in sorted(by_key):
        seen = sorted(by_key[key], key=lambda r: (r["published"] is None, r["published"] or "", r["document_id"],
                                                   r["person_idx"]))
        first = seen[0]
        name = _most_common(r["name"] for r in seen)
        dates = [r["published"] for r in seen if r["published"]]
        by_title: dict[str, list[dict[str, Any]]] = {}
        for r in seen:
            if r["title"]:
                by_title.setdefault(" ".join(r["title"].split()).casefold(), []).append(r)
        for group in by_title.values():
            t_dates = [r["published"] for r in group if r["published"]]
            titles.append({
                "person_key": key, "title": _most_common(r["title"] for r in group),
                "country": _most_common(r["country"] for r in group),
                "first_seen": min(t_dates) if t_dates else None, "last_seen": max(t_dates) if t_dates else None,
                "n_documents": len({r["document_id"] for r in group}), "document_id": group[0]["document_id"],
                "person_idx": group[0]["person_idx"], "title_start": group[0]["title_start"],
                "title_end": group[0]["title_end"],
            })
        shown_titles = [t["title"] for t in titles if t["person_key"] == key]
        latest = [r["title"] for r in seen if r["title"] and r["published"]] or [r["title"] for r in seen if r["title"]]
        other = dict(forms[key])  # every form met in the texts, and every canonical name (which may not be)
        for r in seen:
            other.setdefault(r["name"], 0)
        alias_list = [a for a, _ in sorted(other.items(), key=lambda kv: (-kv[1], kv[0])) if a != name]
        persons.append({
            "person_key": key, "name": name, "country": _most_common(r["country"] for r in seen),
            "title": latest[-1] if latest else None, "titles": "; ".join(shown_titles) or None,
            "aliases": "; ".join(alias_list) or None, "n_documents": len({r["document_id"] for r in seen}),
            "first_seen": min(dates) if dates else None, "last_seen": max(dates) if dates else None,
            "document_id": first["document_id"], "person_idx": first["person_idx"],
            "char_start": first["char_start"], "char_end": first["char_end"],
        })
    _insert(conn, ps, persons)
    _insert(conn, pt, titles)
    return len(keys)


def _same_period(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["document_id"] == b["document_id"]:
        return a["period"] == b["period"]
    return a["period"] is not None and a["period"] == b["period"]


def _conflicts(bucket: str, group: str, members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The conflicts of one series (members in (document_id, idx) order; ``n_conflicts`` set in place).

    Claims can only conflict within one target and period (an unknown period: within one document), so
    they are compared by those groups, and within a group as classes of equal claims (metric, range).
    ``n_conflicts`` counts every claim a claim conflicts with; the rows pair each claim with the first
    claim of every class it conflicts with (so 500 reports of "$4 billion" against 20 of "$6 billion"
    make 520 rows, not 10,000). Classes sorted by the lower end of their ranges: the classes disjoint from
    one and above it are a suffix."""
    order = {id(c): i for i, c in enumerate(members)}
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for c in members:
        c["n_conflicts"] = 0
        alone = c["document_id"] if c["period"] is None else ""
        groups[(bool(c["target"]), c["period"] is None, c["period"] or 0, alone)].append(c)
    same_metric: dict[tuple[str, str], bool] = {}
    pairs: dict[tuple[int, int], tuple[dict[str, Any], dict[str, Any]]] = {}
    for key in sorted(groups):
        classes: dict[tuple[str, float, float], list[dict[str, Any]]] = defaultdict(list)
        for c in groups[key]:
            classes[(c["metric_norm"], *value_range(c["value"], c["qualifier"]))].append(c)
        ranked = sorted(classes.items(), key=lambda kv: (kv[0][1], order[id(kv[1][0])]))
        lows = [k[1] for k, _ in ranked]
        for (norm_x, _lo_x, hi_x), xs in ranked:
            for (norm_y, _lo_y, _hi_y), ys in ranked[bisect_right(lows, hi_x):]:
                if (norm_x, norm_y) not in same_metric:
                    same_metric[(norm_x, norm_y)] = _same_metric(norm_x, norm_y)
                if not same_metric[(norm_x, norm_y)]:
                    continue
                for x in xs:
                    x["n_conflicts"] += len(ys)
                for y in ys:
                    y["n_conflicts"] += len(xs)
                for a, b in [*((x, ys[0]) for x in xs), *((xs[0], y) for y in ys)]:
                    if order[id(a)] > order[id(b)]:
                        a, b = b, a
                    pairs[(order[id(a)], order[id(b)])] = (a, b)
    return [{
        "document_id_a": a["document_id"], "idx_a": a["idx"], "document_id_b": b["document_id"], "idx_b": b["idx"],
        "series_id": a["series_id"], "bucket": bucket, "metric_group": group, "period": a["period"],
        "quote_a": a["quote"], "quote_b": b["quote"],
        "reason": f"{a['quote']} ({a['qualifier']}) and {b['quote']} ({b['qualifier']}) cannot both hold",
    } for _, (a, b) in sorted(pairs.items(), key=lambda kv: kv[0])]


def _recompute_claims(conn: Connection, buckets: set[str]) -> int:
    cl, cc = schema.claims, schema.claim_conflicts
    if not buckets:
        return 0
    _delete_in(conn, cc, cc.c.bucket, buckets)
    rows = _rows_in(conn, cl, cl.c.bucket, buckets, cl.c.document_id, cl.c.idx)
    by_bucket: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_bucket[r["bucket"]].append(r)
    conflicts = []
    for bucket in sorted(by_bucket):
        claims = by_bucket[bucket]
        label = cluster_metrics(Counter(c["metric_norm"] for c in claims if c["metric_norm"]))
        series: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in claims:
            c["n_conflicts"] = 0
            group = label.get(c["metric_norm"]) if c["metric_norm"] else None
            c["metric_group"] = group
            c["series_id"] = _short_id(bucket, group) if group else None
            if group:
                series[group].append(c)
        for group in sorted(series):
            conflicts.extend(_conflicts(bucket, group, series[group]))
    stmt = (update(cl).where(cl.c.document_id == bindparam("d"), cl.c.idx == bindparam("i"))
            .values(metric_group=bindparam("g"), series_id=bindparam("s"), n_conflicts=bindparam("n")))
    params = [{"d": c["document_id"], "i": c["idx"], "g": c["metric_group"], "s": c["series_id"],
               "n": c["n_conflicts"]} for c in rows]
    for chunk in _chunks(params, 1000):
        conn.execute(stmt, chunk)
    _insert(conn, cc, conflicts)
    return len(buckets)
