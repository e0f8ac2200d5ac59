"""Events: one per meeting however many outlets report it, each report linked with the reason why."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection

from ..identity import link_key, person_key
from ..store import schema
from . import reasons
from .rules import UNDATED_WINDOW_DAYS
from .tables import chunks, delete_in, insert_rows, most_common, rows_in, short_id


def _report_order(row: dict[str, Any]) -> tuple:
    """Reports in the order they came out: by publication date (undated last), then document and index."""
    return (row["published"] is None, row["published"] or "", row["document_id"], row.get("meeting_idx", 0))



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
        s["link_reason"] = (reasons.same_stated_date(s["date"]) if s["date"] in dated
                            else reasons.first_dated_report(s["date"]))
        dated.setdefault(s["date"], []).append(s)
    undated: list[tuple[date, list[dict[str, Any]]]] = []  # (first report's date, sources)
    alone: list[list[dict[str, Any]]] = []
    for s in sorted((s for s in sources if not _stated(s)), key=_report_order):
        published = _day(s["published"])
        if published is None:
            s["link_reason"] = reasons.no_date_at_all()
            alone.append([s])
            continue
        home = None
        for day, members in sorted(dated.items(), reverse=True):
            held = _day(day)
            if held is not None and held <= published <= held + window and _places_agree(s["place"], members):
                home = members
                s["link_reason"] = reasons.after_dated_event(s["published"], day)
                break
        if home is None:
            for first, members in undated:
                if first <= published <= first + window and _places_agree(s["place"], members):
                    home = members
                    s["link_reason"] = reasons.near_undated_report(s["published"], first.isoformat())
                    break
        if home is None:
            s["link_reason"] = reasons.new_undated_event(s["published"])
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


def merge_nested(groups: list[tuple[str, list[dict[str, Any]]]]) -> list[tuple[str, list[dict[str, Any]]]]:
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
                s["link_reason"] = reasons.fewer_participants(extra, s.get("link_reason", ""))
            merged[homes[0]].extend(members)
        else:
            merged[i] = list(members)
    return [(groups[i][0], merged[i]) for i in sorted(merged)]


def recompute_events(conn: Connection, keysets: set[str]) -> int:
    ev, es = schema.events, schema.event_sources
    if not keysets:
        return 0
    keysets = _keyset_component(conn, keysets)
    old = [r["event_id"] for r in rows_in(conn, ev, ev.c.participant_keys, keysets, ev.c.event_id)]
    for table in (schema.event_participants, schema.event_disagreements):
        delete_in(conn, table, table.c.event_id, old)
    delete_in(conn, ev, ev.c.participant_keys, keysets)
    sources = rows_in(conn, es, es.c.participant_keys, keysets, es.c.document_id, es.c.meeting_idx)
    country = _participant_countries(conn, sorted({s["document_id"] for s in sources}))
    by_keys: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in sources:
        by_keys[s["participant_keys"]].append(s)
    events, participants, disagreements, assign = [], [], [], []
    groups = [(keys, members) for keys in sorted(by_keys) for members in group_meetings(by_keys[keys])]
    for keys, members in merge_nested(groups):
        members.sort(key=lambda s: (*_report_order(s)[:2], s["date"] is None, *_report_order(s)[2:]))
        first = members[0]
        # The date the sources state; else the earliest publication date a source fell back to.
        stated = {s["date"] for s in members if _stated(s)}
        fallback = {s["date"] for s in members if s["date"]}
        day = min(stated or fallback) if fallback else None
        event_id = short_id(keys, day) if stated else short_id(keys, "undated", first["document_id"],
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
            "place": most_common(s["place"] for s in members),
            "kind": most_common(s["kind"] for s in members),
            "first_published": min(published) if published else None,
            "last_published": max(published) if published else None,
            "n_sources": len(members), "n_documents": len({s["document_id"] for s in members}),
            "n_disagreements": n_disagree, "document_id": first["document_id"],
            "meeting_idx": first["meeting_idx"], "char_start": first["char_start"], "char_end": first["char_end"],
        })
        assign.extend(
            {"d": s["document_id"], "m": s["meeting_idx"], "e": event_id, "r": s.get("link_reason")} for s in members
        )
    insert_rows(conn, ev, events)
    insert_rows(conn, schema.event_participants, participants)
    insert_rows(conn, schema.event_disagreements, disagreements)
    if assign:
        stmt = (update(es).where(es.c.document_id == bindparam("d"), es.c.meeting_idx == bindparam("m"))
                .values(event_id=bindparam("e"), link_reason=bindparam("r")))
        for chunk in chunks(assign, 1000):
            conn.execute(stmt, chunk)
    return len(keysets)


def _participant_countries(conn: Connection, doc_ids: list[str]) -> dict[tuple[str, str], str]:
    pd = schema.person_documents
    found: dict[tuple[str, str], str] = {}
    for chunk in chunks(doc_ids):
        query = (select(pd.c.document_id, pd.c.name, pd.c.country)
                 .where(pd.c.document_id.in_(chunk), pd.c.country.is_not(None))
                 .order_by(pd.c.document_id, pd.c.person_idx))
        for d, name, c in conn.execute(query):
            found.setdefault((d, name), c)
    return found

