"""Questions over an ingested database: the Python API behind ``summitry meetings|quotes|claims|people|show``.

``summitry.open(db)`` gives a ``Database`` whose methods mirror the command-line filters and return lists of
plain dicts (JSON-ready). Every row names its source document (``document_id``, ``locator``, ``url``) and the
character span ``[char_start, char_end)`` of the stored text it comes from.

    import summitry

    with summitry.open("summitry.db") as db:
        for m in db.meetings(person="Tokayev", since="2024-01-01"):
            print(m["date"], m["participants"], m["n_sources"], m["sentence"])

Matching a person (``person=``, ``speaker=``): the same key as the gold scoring (surname and first initial,
accents folded: "Aleksei Overchuk" finds "Alexei Overchuk"), or every word of the query among the words of
the name ("Tokayev", "kassym-jomart") or of one of the person's aliases ("Vladimir Vladimirovich").
Words (``contains=``) match case- and accent-insensitively.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import and_, func, or_, select
from sqlalchemy.engine import Connection

from ..consolidate.metrics import normalise_metric
from ..consolidate.rules import CONSOLIDATION_VERSION, METRIC_THRESHOLD
from ..store import Store, schema
from .claims import ClaimPages
from .documents import MAX_TEXT_CHARS, DocumentPages
from .events import EventPages
from .persons import MAX_QUOTES, PersonPages
from .search import MAX_SEARCH, Search
from .text import (
    Ambiguous,
    NotFound,
    alias_keys,
    chunks,
    contains_words,
    fold_words,
    matching_names,
    name_matches,
)

__all__ = [
    "Database", "open", "name_matches", "fold_words", "contains_words", "NotFound", "Ambiguous", "MAX_TEXT_CHARS",
    "MAX_QUOTES", "MAX_SEARCH",
]

def _code(value: str | None) -> str | None:
    return value.strip().upper() if value else None


def _check_date(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise ValueError(f"{what} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not {value!r}")
    return value


class Database(EventPages, DocumentPages, PersonPages, ClaimPages, Search):
    """An ingested database, for reading. ``summitry.open(db)`` makes one; close it (or use ``with``)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, url_or_path: str | Path) -> Database:
        """Open a database that ``summitry ingest`` wrote, read-only: StoreError when it does not exist, is not
        summitry's, or has another schema version. Reading never creates, migrates or consolidates anything."""
        return cls(Store.open_readonly(url_or_path))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------------------ state

    def pending(self) -> int:
        """Documents that the consolidated tables do not reflect yet (0 after every completed ingest)."""
        docs, marks = schema.documents, schema.consolidated_documents
        query = (
            select(func.count())
            .select_from(docs.outerjoin(marks, marks.c.document_id == docs.c.id))
            .where(or_(marks.c.document_id.is_(None), marks.c.version != CONSOLIDATION_VERSION))
        )
        with self.store.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    # ------------------------------------------------------------------------------------------ meetings

    def meetings(
        self,
        person: str | None = None,
        country: str | None = None,
        with_country: str | None = None,
        since: str | None = None,
        until: str | None = None,
        kind: str | None = None,
    ) -> list[dict[str, Any]]:
        """Events (one meeting however many documents report it), oldest first.

        ``person``: a participant; ``country``: a participant serving this ISO country; ``with_country``: a
        participant of this country too (another one than the ``country`` participant); ``since``/``until``:
        the event's date, inclusive (an undated event counts by its first report's date); ``kind``:
        ``in_person``, ``phone`` or ``video``.
        """
        ev, ep = schema.events, schema.event_participants
        since, until = _check_date(since, "since"), _check_date(until, "until")
        day = func.coalesce(ev.c.date, ev.c.first_published)
        query = select(ev)
        if kind:
            query = query.where(ev.c.kind == kind)
        if since:
            query = query.where(day >= since)
        if until:
            query = query.where(day <= until + "-99" * ((10 - len(until)) // 3))  # "2024" -> "2024-99": all of 2024
        with self.store.engine.connect() as conn:
            if person:
                keys = self._matching_keys(conn, person)
                query = query.where(ev.c.event_id.in_(select(ep.c.event_id).where(ep.c.person_key.in_(keys))))
            events = [dict(r) for r in conn.execute(query.order_by(day, ev.c.event_id)).mappings()]
            members = self._event_children(conn, ep, [e["event_id"] for e in events])
            sources = self._sources(conn, [e["event_id"] for e in events])
        out = []
        for e in events:
            people = members.get(e["event_id"], [])
            if not _countries_match(people, _code(country), _code(with_country)):
                continue
            out.append(_meeting_row(e, people, sources.get(e["event_id"], [])))
        return out

    def event(self, event_id: str) -> dict[str, Any]:
        """One event with every source (and its exact reporting sentence) and every disagreement. A unique
        prefix of the id will do; NotFound or Ambiguous otherwise."""
        ev = schema.events
        prefix = event_id.strip().lower()
        if not prefix:
            raise NotFound("no event id given")
        with self.store.engine.connect() as conn:
            found = [
                dict(r) for r in conn.execute(
                    select(ev).where(ev.c.event_id.like(prefix.replace("%", "").replace("_", "") + "%"))
                    .order_by(ev.c.event_id).limit(5)
                ).mappings()
            ]
            exact = [e for e in found if e["event_id"] == prefix]
            if exact:
                found = exact
            if not found:
                raise NotFound(f"no event {event_id!r}")
            if len(found) > 1:
                raise Ambiguous(f"{event_id!r} is the start of several event ids: "
                                + ", ".join(e["event_id"] for e in found))
            e = found[0]
            people = self._event_children(conn, schema.event_participants, [e["event_id"]]).get(e["event_id"], [])
            sources = self._sources(conn, [e["event_id"]]).get(e["event_id"], [])
            disagreements = self._event_children(conn, schema.event_disagreements, [e["event_id"]]).get(
                e["event_id"], [])
        row = _meeting_row(e, people, sources)
        row["participants"] = [{"name": p["name"], "person_key": p["person_key"], "country": p["country"]}
                               for p in people]
        where = {(s["document_id"], s["meeting_idx"]): s for s in sources}
        row["disagreements"] = [
            {"field": d["field"], "value": d["value"], "document_id": d["document_id"],
             "meeting_idx": d["meeting_idx"], "locator": where[(d["document_id"], d["meeting_idx"])]["locator"],
             "char_start": d["char_start"], "char_end": d["char_end"]}
            for d in sorted(disagreements, key=lambda d: (d["field"], str(d["value"]), d["document_id"],
                                                          d["meeting_idx"]))
            if (d["document_id"], d["meeting_idx"]) in where
        ]
        return row

    def _matching_keys(self, conn: Connection, person: str) -> list[str]:
        ep = schema.event_participants
        names = conn.execute(select(ep.c.person_key, ep.c.name).distinct()).all()
        return sorted({k for k, n in names if name_matches(person, n)} | alias_keys(conn, person))

    @staticmethod
    def _event_children(conn: Connection, table: Any, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        order = [c for c in table.primary_key.columns]
        for chunk in chunks(ids):
            for r in conn.execute(select(table).where(table.c.event_id.in_(chunk)).order_by(*order)).mappings():
                out[r["event_id"]].append(dict(r))
        return out

    @staticmethod
    def _sources(conn: Connection, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        es, docs = schema.event_sources, schema.documents
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        cols = [es, docs.c.locator, docs.c.url, docs.c.title, docs.c.source]
        for chunk in chunks(ids):
            query = (
                select(*cols).join(docs, docs.c.id == es.c.document_id).where(es.c.event_id.in_(chunk))
                .order_by(es.c.event_id, es.c.published.is_(None), es.c.published, es.c.date.is_(None),
                          es.c.document_id, es.c.meeting_idx)
            )
            for r in conn.execute(query).mappings():
                out[r["event_id"]].append(dict(r))
        return out

    # ------------------------------------------------------------------------------------------ quotes

    def quotes(self, speaker: str | None = None, contains: str | None = None) -> list[dict[str, Any]]:
        """Speech turns, in publication order. ``speaker``: a person; ``contains``: every one of these words
        somewhere in the turn (case and accents aside)."""
        ut, docs = schema.utterances, schema.documents
        turn = func.substr(docs.c.text, ut.c.char_start + 1, ut.c.char_end - ut.c.char_start).label("turn")
        query = select(ut, docs.c.published, docs.c.locator, docs.c.url, docs.c.title, turn).join(
            docs, docs.c.id == ut.c.document_id)
        with self.store.engine.connect() as conn:
            if speaker:
                speakers = conn.execute(select(ut.c.speaker).where(ut.c.speaker.is_not(None)).distinct()).scalars()
                query = query.where(ut.c.speaker.in_(matching_names(conn, speaker, speakers)))
            query = query.order_by(docs.c.published.is_(None), docs.c.published, ut.c.document_id, ut.c.idx)
            rows = [dict(r) for r in conn.execute(query).mappings()]
        wanted = fold_words(contains or "")
        out = []
        for r in rows:
            if wanted:
                folded = " ".join(fold_words(r["turn"]))
                if not all(re.search(rf"\b{re.escape(w)}", folded) for w in wanted):
                    continue
            out.append({
                "speaker": r["speaker"], "quote": r["quote"], "mode": r["mode"], "published": r["published"],
                "document_id": r["document_id"], "idx": r["idx"], "locator": r["locator"], "url": r["url"],
                "title": r["title"], "char_start": r["char_start"], "char_end": r["char_end"],
                "quote_start": r["quote_start"], "quote_end": r["quote_end"],
                "speaker_start": r["speaker_start"], "speaker_end": r["speaker_end"], "text": r["turn"],
            })
        return out

    # ------------------------------------------------------------------------------------------ claims

    def claims(
        self,
        metric: str | None = None,
        speaker: str | None = None,
        country: str | None = None,
        conflicts: bool = False,
    ) -> list[dict[str, Any]]:
        """Claimed figures, grouped by series (metric, country pair, unit) and in time order within one.

        ``metric``: words of the metric, normalised as claims are and matched with the same fuzzy rule
        ("trade turnover" finds "mutual trade", "Trade turnover between our countries"); ``speaker``: a
        person; ``country``: one of the claim's countries; ``conflicts``: only claims in conflict with another.
        Each row lists the claims it conflicts with.
        """
        cl, docs = schema.claims, schema.documents
        query = select(cl, docs.c.locator, docs.c.url, docs.c.title).join(docs, docs.c.id == cl.c.document_id)
        if conflicts:
            query = query.where(cl.c.n_conflicts > 0)
        with self.store.engine.connect() as conn:
            if speaker:
                speakers = conn.execute(select(cl.c.speaker).where(cl.c.speaker.is_not(None)).distinct()).scalars()
                query = query.where(cl.c.speaker.in_(matching_names(conn, speaker, speakers)))
            query = query.order_by(cl.c.series_id.is_(None), cl.c.series_id, cl.c.period.is_(None), cl.c.period,
                                   cl.c.published.is_(None), cl.c.published, cl.c.document_id, cl.c.idx)
            rows = [dict(r) for r in conn.execute(query).mappings()]
            code = _code(country)
            if code:
                rows = [r for r in rows if code in (r["countries"] or "").split("-")]
            if metric:
                rows = [r for r in rows if _metric_matches(metric, r["metric_norm"], r["metric_group"], r["metric"])]
            against = self._conflicts_of(conn, [r for r in rows if r["n_conflicts"]])
        out = []
        for r in rows:
            out.append({
                "series_id": r["series_id"], "metric_group": r["metric_group"], "metric": r["metric"],
                "value": r["value"], "unit": r["unit"], "qualifier": r["qualifier"], "quote": r["quote"],
                "speaker": r["speaker"], "countries": r["countries"], "period": r["period"],
                "published": r["published"], "target": bool(r["target"]), "n_conflicts": r["n_conflicts"],
                "conflicts_with": against.get((r["document_id"], r["idx"]), []),
                "document_id": r["document_id"], "idx": r["idx"], "locator": r["locator"], "url": r["url"],
                "title": r["title"], "char_start": r["char_start"], "char_end": r["char_end"],
                "metric_start": r["metric_start"], "metric_end": r["metric_end"],
            })
        return out

    def conflicts(self, metric: str | None = None) -> list[dict[str, Any]]:
        """Pairs of claims that cannot both hold (same series and period), one row per pair."""
        cc, cl, docs = schema.claim_conflicts, schema.claims, schema.documents
        a, b = cl.alias("a"), cl.alias("b")
        da, db = docs.alias("da"), docs.alias("db")
        query = (
            select(
                cc, a.c.unit, a.c.countries, a.c.value.label("value_a"), a.c.qualifier.label("qualifier_a"),
                a.c.speaker.label("speaker_a"), a.c.published.label("published_a"),
                a.c.char_start.label("char_start_a"), a.c.char_end.label("char_end_a"), da.c.locator.label("locator_a"),
                b.c.value.label("value_b"), b.c.qualifier.label("qualifier_b"), b.c.speaker.label("speaker_b"),
                b.c.published.label("published_b"), b.c.char_start.label("char_start_b"),
                b.c.char_end.label("char_end_b"), db.c.locator.label("locator_b"),
            )
            .join(a, and_(a.c.document_id == cc.c.document_id_a, a.c.idx == cc.c.idx_a))
            .join(b, and_(b.c.document_id == cc.c.document_id_b, b.c.idx == cc.c.idx_b))
            .join(da, da.c.id == cc.c.document_id_a)
            .join(db, db.c.id == cc.c.document_id_b)
            .order_by(cc.c.series_id, cc.c.period, cc.c.document_id_a, cc.c.idx_a, cc.c.document_id_b, cc.c.idx_b)
        )
        with self.store.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(query).mappings()]
        if metric:
            rows = [r for r in rows if _metric_matches(metric, r["metric_group"], r["metric_group"], None)]
        return rows

    @staticmethod
    def _conflicts_of(conn: Connection, rows: list[dict[str, Any]]) -> dict[tuple[str, int], list[dict[str, Any]]]:
        cc = schema.claim_conflicts
        out: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
        docs = sorted({r["document_id"] for r in rows})
        for chunk in chunks(docs):
            query = select(cc).where(or_(cc.c.document_id_a.in_(chunk), cc.c.document_id_b.in_(chunk))).order_by(
                cc.c.document_id_a, cc.c.idx_a, cc.c.document_id_b, cc.c.idx_b)
            for c in conn.execute(query).mappings():
                out[(c["document_id_a"], c["idx_a"])].append(
                    {"document_id": c["document_id_b"], "idx": c["idx_b"], "quote": c["quote_b"],
                     "reason": c["reason"]})
                out[(c["document_id_b"], c["idx_b"])].append(
                    {"document_id": c["document_id_a"], "idx": c["idx_a"], "quote": c["quote_a"],
                     "reason": c["reason"]})
        for items in out.values():  # a pair with both ends in one chunk was met once per end only: dedupe anyway
            seen, unique = set(), []
            for item in items:
                if (item["document_id"], item["idx"]) not in seen:
                    seen.add((item["document_id"], item["idx"]))
                    unique.append(item)
            items[:] = unique
        return out

    # ------------------------------------------------------------------------------------------ people

    def people(self, country: str | None = None, name: str | None = None) -> list[dict[str, Any]]:
        """One record per person across documents (by key), with every title and when, and every alias."""
        ps, pt, docs = schema.persons, schema.person_titles, schema.documents
        query = select(ps, docs.c.locator, docs.c.url).join(docs, docs.c.id == ps.c.document_id)
        code = _code(country)
        if code:
            query = query.where(ps.c.country == code)
        with self.store.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(query.order_by(ps.c.person_key)).mappings()]
            if name:
                rows = [r for r in rows if name_matches(name, r["name"])
                        or any(name_matches(name, a) for a in (r["aliases"] or "").split("; "))]
            titles: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for chunk in chunks([r["person_key"] for r in rows]):
                query = select(pt).where(pt.c.person_key.in_(chunk)).order_by(
                    pt.c.person_key, pt.c.first_seen.is_(None), pt.c.first_seen, pt.c.title)
                for t in conn.execute(query).mappings():
                    titles[t["person_key"]].append({
                        "title": t["title"], "country": t["country"], "first_seen": t["first_seen"],
                        "last_seen": t["last_seen"], "n_documents": t["n_documents"], "document_id": t["document_id"],
                        "title_start": t["title_start"], "title_end": t["title_end"],
                    })
        return [{
            "name": r["name"], "person_key": r["person_key"], "country": r["country"], "title": r["title"],
            "titles": titles.get(r["person_key"], []), "aliases": (r["aliases"] or "").split("; ") if r["aliases"]
            else [], "n_documents": r["n_documents"], "first_seen": r["first_seen"], "last_seen": r["last_seen"],
            "document_id": r["document_id"], "locator": r["locator"], "url": r["url"],
            "char_start": r["char_start"], "char_end": r["char_end"],
        } for r in rows]


def open(db: str | Path = "summitry.db") -> Database:
    """Open a database written by ``summitry ingest`` (a SQLite path or a PostgreSQL URL) for queries."""
    return Database.open(db)


# ---------------------------------------------------------------------------------------------- helpers


def _metric_matches(query: str, norm: str | None, group: str | None, raw: str | None) -> bool:
    wanted = _normalised(query)
    if wanted:
        return any(
            value and fuzz.token_set_ratio(wanted, value) >= METRIC_THRESHOLD for value in (norm, group)
        )
    words = fold_words(query)  # nothing left after normalising (all stop words): plain words of the raw metric
    return bool(words and raw) and all(w in fold_words(raw) for w in words)


@lru_cache(maxsize=256)
def _normalised(query: str) -> str:
    return normalise_metric(query)


def _countries_match(people: list[dict[str, Any]], country: str | None, with_country: str | None) -> bool:
    if not country and not with_country:
        return True
    codes = [p["country"] for p in people]
    if country and with_country:
        if country == with_country:
            return codes.count(country) >= 2
        return country in codes and with_country in codes
    return (country or with_country) in codes


def _meeting_row(e: dict[str, Any], people: list[dict[str, Any]], sources: list[dict[str, Any]]) -> dict[str, Any]:
    first = next((s for s in sources if s["document_id"] == e["document_id"] and s["meeting_idx"] == e["meeting_idx"]),
                 sources[0] if sources else {})
    disagree = sorted({d for d in ("place", "kind") if len({s[d] for s in sources if s[d]}) > 1})
    return {
        "event_id": e["event_id"], "date": e["date"], "place": e["place"], "kind": e["kind"],
        "participants": [p["name"] for p in people],
        "countries": sorted({p["country"] for p in people if p["country"]}),
        "n_sources": e["n_sources"], "n_documents": e["n_documents"], "first_published": e["first_published"],
        "disagreements": disagree, "document_id": e["document_id"], "meeting_idx": e["meeting_idx"],
        "locator": first.get("locator"), "url": first.get("url"), "char_start": e["char_start"],
        "char_end": e["char_end"], "sentence": first.get("sentence"),
        "sources": [
            {"document_id": s["document_id"], "meeting_idx": s["meeting_idx"], "locator": s["locator"],
             "url": s["url"], "title": s["title"], "published": s["published"], "date": s["date"],
             "place": s["place"], "kind": s["kind"], "participants": s["participants"].split("; "),
             "char_start": s["char_start"], "char_end": s["char_end"], "sentence": s["sentence"],
             "place_start": s["place_start"], "place_end": s["place_end"], "date_from": s["date_from"],
             "link_reason": s["link_reason"]}
            for s in sources
        ],
    }
