"""Read-only queries for the web application, beside ``summitry.query.Database`` (which they reuse where it has
what a page needs). Every statement is SQLAlchemy Core with bound parameters; nothing here writes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.engine import Connection

from ..query import Database, NotFound, name_matches
from ..store import schema

Row = dict[str, Any]

MAX_TEXT_CHARS = 300_000  # an event page shows at most this much of each source's text
MAX_QUOTES = 200  # per person page
MAX_SEARCH = 50  # per kind of result

_WORD = re.compile(r"[^\W_]+")
_CHUNK = 500


def _chunks(items: list[Any], size: int = _CHUNK) -> Iterable[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i: i + size]


def fold_words(value: str | None) -> list[str]:
    """Lower-cased, accent-folded words (as ``summitry.query`` matches ``contains=``)."""
    decomposed = unicodedata.normalize("NFKD", value or "")
    return _WORD.findall("".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold())


def contains_words(text: str | None, wanted: list[str]) -> bool:
    """Whether every wanted word starts a word of ``text`` (case and accents aside)."""
    if not wanted:
        return True
    folded = " ".join(fold_words(text))
    return all(re.search(rf"\b{re.escape(w)}", folded) for w in wanted)


# ---------------------------------------------------------------------------------------------- events


def participant_keys(conn: Connection, event_ids: list[str]) -> dict[str, list[Row]]:
    """event_id -> [{name, person_key, country}] in key order."""
    ep = schema.event_participants
    out: dict[str, list[Row]] = defaultdict(list)
    for chunk in _chunks(event_ids):
        query = select(ep).where(ep.c.event_id.in_(chunk)).order_by(ep.c.event_id, ep.c.person_key)
        for r in conn.execute(query).mappings():
            out[r["event_id"]].append({"name": r["name"], "person_key": r["person_key"], "country": r["country"]})
    return out


def events(db: Database, *, person: str | None = None, country: str | None = None, with_country: str | None = None,
           since: str | None = None, until: str | None = None, kind: str | None = None) -> list[Row]:
    """``Database.meetings`` with each participant's person key (for links) and the day the event is placed at
    on a timeline (its date, else its first report's)."""
    rows = db.meetings(person=person, country=country, with_country=with_country, since=since, until=until,
                       kind=kind)
    with db.store.engine.connect() as conn:
        people = participant_keys(conn, [r["event_id"] for r in rows])
    for r in rows:
        r["people"] = people.get(r["event_id"], [{"name": n, "person_key": None, "country": None}
                                                 for n in r["participants"]])
        r["day"] = r["date"] or r["first_published"]
    return rows


def year_counts(rows: list[Row]) -> list[Row]:
    """Events per year of their timeline day, oldest first; events with no day at all last, as year None."""
    counts = Counter((r["day"] or "")[:4] or None for r in rows)
    return [{"year": y, "events": n} for y, n in sorted(counts.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))]


def country_codes(db: Database) -> list[str]:
    """Every country code of an event participant (for the filter form)."""
    ep = schema.event_participants
    with db.store.engine.connect() as conn:
        return [c for c in conn.execute(select(ep.c.country).where(ep.c.country.is_not(None)).distinct()
                                        .order_by(ep.c.country)).scalars()]


def event_documents(db: Database, event: Row) -> list[Row]:
    """The source documents of an event (see ``document``), each with this event's reporting sentences and
    disagreements."""
    order: list[str] = []
    for s in event["sources"]:
        if s["document_id"] not in order:
            order.append(s["document_id"])
    with db.store.engine.connect() as conn:
        docs = [_document(conn, doc_id, event) for doc_id in order]
    return [d for d in docs if d is not None]


def document(db: Database, doc_id: str) -> Row:
    """One stored document with its text and every span extracted from it; NotFound when there is none."""
    with db.store.engine.connect() as conn:
        doc = _document(conn, doc_id, None)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    return doc


def _document(conn: Connection, doc_id: str, event: Row | None) -> Row | None:
    """The document's text (at most MAX_TEXT_CHARS) with its speech turns (speaker), amounts, name mentions
    (with person keys), and meeting reports: of ``event`` only when one is given, with its disagreements."""
    docs_t, ut, am, mn, pp = (schema.documents, schema.utterances, schema.amounts, schema.mentions,
                              schema.people)
    es, pd = schema.event_sources, schema.person_documents
    doc = conn.execute(
        select(docs_t.c.id, docs_t.c.text, docs_t.c.title, docs_t.c.url, docs_t.c.locator, docs_t.c.published)
        .where(docs_t.c.id == doc_id)
    ).mappings().first()
    if doc is None:
        return None
    keys = {r["name"]: r["person_key"] for r in conn.execute(
        select(pd.c.name, pd.c.person_key).where(pd.c.document_id == doc_id)).mappings()}
    turns = [dict(r) for r in conn.execute(
        select(ut).where(ut.c.document_id == doc_id).order_by(ut.c.idx)).mappings()]
    amounts = [dict(r) for r in conn.execute(
        select(am).where(am.c.document_id == doc_id).order_by(am.c.idx)).mappings()]
    mentions = [dict(r) for r in conn.execute(
        select(mn.c.char_start, mn.c.char_end, pp.c.name, pp.c.title)
        .join(pp, and_(pp.c.document_id == mn.c.document_id, pp.c.idx == mn.c.person_idx))
        .where(mn.c.document_id == doc_id).order_by(mn.c.char_start, mn.c.person_idx, mn.c.idx)
    ).mappings()]
    reports_q = select(es).where(es.c.document_id == doc_id)
    if event is not None:
        reports_q = reports_q.where(es.c.event_id == event["event_id"])
    reports = [dict(r) for r in conn.execute(reports_q.order_by(es.c.meeting_idx)).mappings()]
    for m in mentions:
        m["person_key"] = keys.get(m["name"])
    for t in turns:
        t["person_key"] = keys.get(t["speaker"])
    disagreements: list[Row] = []
    if event is not None:
        wanted = {r["meeting_idx"] for r in reports}
        disagreements = [d for d in event["disagreements"]
                         if d["document_id"] == doc_id and d["meeting_idx"] in wanted]
    text = doc["text"]
    return {
        "document_id": doc_id, "title": doc["title"], "url": doc["url"], "locator": doc["locator"],
        "published": doc["published"], "text": text[:MAX_TEXT_CHARS], "length": len(text),
        "truncated": len(text) > MAX_TEXT_CHARS, "turns": turns, "amounts": amounts, "mentions": mentions,
        "reports": reports, "disagreements": disagreements,
    }


def person_events(db: Database, key: str) -> list[Row]:
    """The events a person took part in, oldest first (light rows: no sources)."""
    ev, ep = schema.events, schema.event_participants
    day = func.coalesce(ev.c.date, ev.c.first_published)
    query = (select(ev).where(ev.c.event_id.in_(select(ep.c.event_id).where(ep.c.person_key == key)))
             .order_by(day.is_(None), day, ev.c.event_id))
    with db.store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
        people = participant_keys(conn, [r["event_id"] for r in rows])
    return [{
        "event_id": r["event_id"], "date": r["date"], "day": r["date"] or r["first_published"], "place": r["place"],
        "kind": r["kind"], "countries": (r["countries"] or "").split("-") if r["countries"] else [],
        "n_sources": r["n_sources"], "n_disagreements": r["n_disagreements"],
        "people": people.get(r["event_id"], []), "participants": [p["name"] for p in people.get(r["event_id"], [])],
    } for r in rows]


# ---------------------------------------------------------------------------------------------- people


def person(db: Database, key: str) -> Row:
    """One person (by person key) with titles over time and aliases; NotFound when there is none."""
    ps, pt, docs = schema.persons, schema.person_titles, schema.documents
    with db.store.engine.connect() as conn:
        r = conn.execute(
            select(ps, docs.c.locator, docs.c.url).join(docs, docs.c.id == ps.c.document_id)
            .where(ps.c.person_key == key)
        ).mappings().first()
        if r is None:
            raise NotFound(f"no person {key!r}")
        titles = [dict(t) for t in conn.execute(
            select(pt).where(pt.c.person_key == key)
            .order_by(pt.c.first_seen.is_(None), pt.c.first_seen, pt.c.title)).mappings()]
    return {
        "name": r["name"], "person_key": r["person_key"], "country": r["country"], "title": r["title"],
        "titles": [{k: t[k] for k in ("title", "country", "first_seen", "last_seen", "n_documents", "document_id",
                                      "title_start", "title_end")} for t in titles],
        "aliases": r["aliases"].split("; ") if r["aliases"] else [], "n_documents": r["n_documents"],
        "first_seen": r["first_seen"], "last_seen": r["last_seen"], "document_id": r["document_id"],
        "locator": r["locator"], "url": r["url"], "char_start": r["char_start"], "char_end": r["char_end"],
    }


def person_quotes(db: Database, key: str, q: str | None = None, limit: int = MAX_QUOTES) -> tuple[list[Row], int]:
    """The speech turns of a person (their document's speaker name has this key), newest first, optionally with
    every word of ``q``; at most ``limit``, and how many there are in all."""
    ut, docs, pd = schema.utterances, schema.documents, schema.person_documents
    turn = func.substr(docs.c.text, ut.c.char_start + 1, ut.c.char_end - ut.c.char_start).label("turn")
    speaker_docs = select(pd.c.document_id, pd.c.name).where(pd.c.person_key == key).distinct().subquery()
    query = (
        select(ut, docs.c.published, docs.c.locator, docs.c.url, docs.c.title, turn)
        .join(docs, docs.c.id == ut.c.document_id)
        .join(speaker_docs, and_(speaker_docs.c.document_id == ut.c.document_id, speaker_docs.c.name == ut.c.speaker))
        .order_by(docs.c.published.is_(None), docs.c.published.desc(), ut.c.document_id, ut.c.idx)
    )
    wanted = fold_words(q)
    out: list[Row] = []
    total = 0
    with db.store.engine.connect() as conn:
        for r in conn.execute(query).mappings():
            if not contains_words(r["turn"], wanted):
                continue
            total += 1
            if len(out) < limit:
                out.append(_quote_row(r))
    return out, total


def _quote_row(r: Any) -> Row:
    return {
        "speaker": r["speaker"], "quote": r["quote"], "mode": r["mode"], "published": r["published"],
        "document_id": r["document_id"], "idx": r["idx"], "locator": r["locator"], "url": r["url"],
        "title": r["title"], "char_start": r["char_start"], "char_end": r["char_end"], "text": r["turn"],
    }


def person_claims(db: Database, key: str) -> list[Row]:
    """The figures a person claimed (claims whose speaker has this key), by series and period."""
    cl, docs = schema.claims, schema.documents
    query = (
        select(cl, docs.c.locator, docs.c.url, docs.c.title).join(docs, docs.c.id == cl.c.document_id)
        .where(cl.c.speaker_key == key)
        .order_by(cl.c.published.is_(None), cl.c.published, cl.c.document_id, cl.c.idx)
    )
    with db.store.engine.connect() as conn:
        return [claim_row(r) for r in conn.execute(query).mappings()]


# ---------------------------------------------------------------------------------------------- claims


def claim_row(r: Any, conflicts_with: list[Row] | None = None) -> Row:
    return {
        "series_id": r["series_id"], "metric_group": r["metric_group"], "metric": r["metric"], "value": r["value"],
        "unit": r["unit"], "qualifier": r["qualifier"], "quote": r["quote"], "speaker": r["speaker"],
        "speaker_key": r["speaker_key"], "countries": r["countries"], "period": r["period"],
        "published": r["published"], "target": bool(r["target"]), "n_conflicts": r["n_conflicts"],
        "conflicts_with": conflicts_with or [], "document_id": r["document_id"], "idx": r["idx"],
        "locator": r["locator"], "url": r["url"], "title": r["title"], "char_start": r["char_start"],
        "char_end": r["char_end"], "metric_start": r["metric_start"], "metric_end": r["metric_end"],
    }


def series_list(db: Database, metric: str | None = None, country: str | None = None) -> list[Row]:
    """Every series of claims (metric group, country pair, unit) with counts, most claims first. ``metric``
    and ``country`` narrow it as ``Database.claims`` does."""
    cl = schema.claims
    conflicting = func.sum(case((cl.c.n_conflicts > 0, 1), else_=0))
    query = (
        select(cl.c.series_id, cl.c.metric_group, cl.c.countries, cl.c.unit, func.count().label("n_claims"),
               conflicting.label("n_conflicting"), func.min(cl.c.published).label("first_published"),
               func.max(cl.c.published).label("last_published"))
        .where(cl.c.series_id.is_not(None))
        .group_by(cl.c.series_id, cl.c.metric_group, cl.c.countries, cl.c.unit)
    )
    with db.store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
    if metric or country:
        wanted = {r["series_id"] for r in db.claims(metric=metric, country=country)}
        rows = [r for r in rows if r["series_id"] in wanted]
    rows.sort(key=lambda r: (-r["n_claims"], -(r["n_conflicting"] or 0), r["metric_group"] or "", r["series_id"]))
    for r in rows:
        r["n_conflicting"] = int(r["n_conflicting"] or 0)
    return rows


def series_claims(db: Database, series_id: str) -> list[Row]:
    """Every claim of one series, in time order, each with the claims it conflicts with; NotFound if none."""
    cl, cc, docs = schema.claims, schema.claim_conflicts, schema.documents
    query = (
        select(cl, docs.c.locator, docs.c.url, docs.c.title).join(docs, docs.c.id == cl.c.document_id)
        .where(cl.c.series_id == series_id)
        .order_by(cl.c.period.is_(None), cl.c.period, cl.c.published.is_(None), cl.c.published, cl.c.document_id,
                  cl.c.idx)
    )
    with db.store.engine.connect() as conn:
        rows = list(conn.execute(query).mappings())
        if not rows:
            raise NotFound(f"no series {series_id!r}")
        against: dict[tuple[str, int], list[Row]] = defaultdict(list)
        pairs = conn.execute(select(cc).where(cc.c.series_id == series_id)
                             .order_by(cc.c.document_id_a, cc.c.idx_a, cc.c.document_id_b, cc.c.idx_b)).mappings()
        for c in pairs:
            against[(c["document_id_a"], c["idx_a"])].append(
                {"document_id": c["document_id_b"], "idx": c["idx_b"], "quote": c["quote_b"], "reason": c["reason"]})
            against[(c["document_id_b"], c["idx_b"])].append(
                {"document_id": c["document_id_a"], "idx": c["idx_a"], "quote": c["quote_a"], "reason": c["reason"]})
    return [claim_row(r, against.get((r["document_id"], r["idx"]))) for r in rows]


def fmt_value(value: Any, unit: str | None = None) -> str:
    """4500000000, "USD" -> "4.5 billion USD"; 304.0 -> "304"."""
    if value is None:
        return ""
    v = float(value)
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= scale:
            text = f"{v / scale:,.3f}".rstrip("0").rstrip(".") + f" {word}"
            break
    else:
        text = f"{int(v):,}" if v.is_integer() else f"{v:,.3f}".rstrip("0").rstrip(".")
    return f"{text} {unit}" if unit else text


def chart_points(claims: list[Row]) -> list[Row]:
    """One point per claim for the claims chart: when it was claimed (the document's date, else the start of its
    period's year), the value, and what the hover shows."""
    points = []
    for c in claims:
        x = c["published"] or (f"{c['period']}-01-01" if c["period"] else None)
        if x is None:
            continue
        who = c["speaker"] or "(the article)"
        where = c["title"] or c["locator"] or c["document_id"][:12]
        points.append({
            "x": x, "y": c["value"], "value": fmt_value(c["value"], c["unit"]), "conflict": bool(c["n_conflicts"]),
            "quote": c["quote"], "speaker": who,
            "source": where, "period": c["period"], "target": c["target"], "qualifier": c["qualifier"],
            "conflicts_with": [o["quote"] for o in c["conflicts_with"]],
            "href": f"/documents/{c['document_id']}#amount-{c['idx']}",
        })
    return points


# ---------------------------------------------------------------------------------------------- search


def search(db: Database, q: str, limit: int = MAX_SEARCH) -> Row:
    """People whose name, an alias or a title has every word of ``q`` (or who are named by it), and speech
    turns with every word, newest first; at most ``limit`` of each, with the totals."""
    wanted = fold_words(q)
    if not wanted:
        return {"q": q, "people": [], "n_people": 0, "quotes": [], "n_quotes": 0}
    ps = schema.persons
    with db.store.engine.connect() as conn:
        people = []
        for r in conn.execute(select(ps).order_by(ps.c.n_documents.desc(), ps.c.person_key)).mappings():
            names = [r["name"], *(r["aliases"] or "").split("; ")]
            haystack = " ".join([*names, r["titles"] or "", r["country"] or ""])
            if contains_words(haystack, wanted) or any(name_matches(q, n) for n in names if n):
                people.append({"name": r["name"], "person_key": r["person_key"], "country": r["country"],
                               "title": r["title"], "n_documents": r["n_documents"],
                               "aliases": r["aliases"].split("; ") if r["aliases"] else []})
    quotes = search_quotes(db, wanted, limit)
    return {"q": q, "people": people[:limit], "n_people": len(people), "quotes": quotes[0], "n_quotes": quotes[1]}


def search_quotes(db: Database, wanted: list[str], limit: int) -> tuple[list[Row], int]:
    ut, docs, pd = schema.utterances, schema.documents, schema.person_documents
    turn = func.substr(docs.c.text, ut.c.char_start + 1, ut.c.char_end - ut.c.char_start).label("turn")
    # A cheap prefilter in SQL (every word somewhere, case aside, as LIKE compares ASCII), then the exact rule.
    query = select(ut, docs.c.published, docs.c.locator, docs.c.url, docs.c.title, turn).join(
        docs, docs.c.id == ut.c.document_id)
    ascii_words = [w for w in wanted if w.isascii()]
    for w in ascii_words:
        escaped = w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(func.lower(turn).like(f"%{escaped}%", escape="\\"))
    query = query.order_by(docs.c.published.is_(None), docs.c.published.desc(), ut.c.document_id, ut.c.idx)
    out: list[Row] = []
    total = 0
    with db.store.engine.connect() as conn:
        for r in conn.execute(query).mappings():
            if not contains_words(r["turn"], wanted):
                continue
            total += 1
            if len(out) < limit:
                out.append(_quote_row(r))
        keys = {}
        docs_of = sorted({q["document_id"] for q in out})
        for chunk in _chunks(docs_of):
            for r in conn.execute(select(pd.c.document_id, pd.c.name, pd.c.person_key)
                                  .where(pd.c.document_id.in_(chunk))):
                keys[(r[0], r[1])] = r[2]
    for q in out:
        q["speaker_key"] = keys.get((q["document_id"], q["speaker"]))
    return out, total


def counts(db: Database) -> Row:
    """How much the database holds (for the page footer and /api/stats)."""
    names = {"documents": schema.documents, "events": schema.events, "persons": schema.persons,
             "utterances": schema.utterances, "claims": schema.claims, "claim_conflicts": schema.claim_conflicts}
    with db.store.engine.connect() as conn:
        out = {k: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for k, t in names.items()}
    out["pending"] = db.pending()
    return out


__all__ = [
    "MAX_TEXT_CHARS", "chart_points", "claim_row", "contains_words", "counts", "country_codes", "document", "fmt_value",
    "event_documents", "events", "fold_words", "participant_keys", "person", "person_claims", "person_events",
    "person_quotes", "search", "series_claims", "series_list", "year_counts",
]
