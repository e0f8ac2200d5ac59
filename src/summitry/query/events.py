"""Events as the pages show them: timeline rows with each participant's person key, and a person's events."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from ..store import schema
from .text import Row, chunks, person_keys_of


def participant_keys(conn: Connection, event_ids: list[str]) -> dict[str, list[Row]]:
    """event_id -> [{name, person_key, country}] in key order."""
    ep = schema.event_participants
    out: dict[str, list[Row]] = defaultdict(list)
    for chunk in chunks(event_ids):
        query = select(ep).where(ep.c.event_id.in_(chunk)).order_by(ep.c.event_id, ep.c.person_key)
        for r in conn.execute(query).mappings():
            out[r["event_id"]].append({"name": r["name"], "person_key": r["person_key"], "country": r["country"]})
    return out


class EventPages:
    """Mixed into ``Database``: the events of the web pages."""

    store: Any

    def events(self, *, person: str | None = None, country: str | None = None, with_country: str | None = None,
               since: str | None = None, until: str | None = None, kind: str | None = None) -> list[Row]:
        """``Database.meetings`` with each participant's person key (for links) and the day the event is placed at
        on a timeline (its date, else its first report's)."""
        rows = self.meetings(person=person, country=country, with_country=with_country, since=since, until=until,
                           kind=kind)
        with self.store.engine.connect() as conn:
            people = participant_keys(conn, [r["event_id"] for r in rows])
        for r in rows:
            r["people"] = people.get(r["event_id"], [{"name": n, "person_key": None, "country": None}
                                                     for n in r["participants"]])
            r["day"] = r["date"] or r["first_published"]
        return rows

    def country_codes(self) -> list[str]:
        """Every country code of an event participant (for the filter form)."""
        ep = schema.event_participants
        with self.store.engine.connect() as conn:
            return [c for c in conn.execute(select(ep.c.country).where(ep.c.country.is_not(None)).distinct()
                                            .order_by(ep.c.country)).scalars()]

    def person_events(self, key: str) -> list[Row]:
        """The events a person (any spelling of theirs) took part in, oldest first (light rows: no sources)."""
        ev, ep = schema.events, schema.event_participants
        day = func.coalesce(ev.c.date, ev.c.first_published)
        with self.store.engine.connect() as conn:
            keys = sorted(person_keys_of(conn, key))
            query = (select(ev).where(ev.c.event_id.in_(select(ep.c.event_id).where(ep.c.person_key.in_(keys))))
                     .order_by(day.is_(None), day, ev.c.event_id))
            rows = [dict(r) for r in conn.execute(query).mappings()]
            people = participant_keys(conn, [r["event_id"] for r in rows])
        return [{
            "event_id": r["event_id"], "date": r["date"], "day": r["date"] or r["first_published"], "place": r["place"],
            "kind": r["kind"], "countries": (r["countries"] or "").split("-") if r["countries"] else [],
            "n_sources": r["n_sources"], "n_disagreements": r["n_disagreements"],
            "people": people.get(r["event_id"], []), "participants": [p["name"] for p in people.get(r["event_id"], [])],
        } for r in rows]
