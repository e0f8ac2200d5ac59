"""Persons: one record per person across documents, with every title and when, and every alias."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..identity import key_groups, person_key
from ..store import schema
from .tables import delete_in, insert_rows, most_common, rows_in


def recompute_persons(conn: Connection, keys: set[str]) -> int:
    """Recompute the persons of the touched person keys. One person is every name that ``identity.key_groups``
    joins (the same ``person_key`` or ``link_key``, transitively: "Tokayev" and "Toqayev" are one, with both
    spellings among its aliases); its record is keyed by the ``person_key`` of its canonical name. The touched
    keys are widened to every key their persons take in, then and now, so the result is the full one."""
    pd, pa, pt, ps = schema.person_documents, schema.person_aliases, schema.person_titles, schema.persons
    if not keys:
        return 0
    groups = key_groups(conn.execute(select(pd.c.name).distinct()).scalars())
    keys = set(keys).union(*(groups[k] for k in keys if k in groups))
    delete_in(conn, pt, pt.c.person_key, keys)
    delete_in(conn, ps, ps.c.person_key, keys)
    rows = rows_in(conn, pd, pd.c.person_key, keys, pd.c.document_id, pd.c.person_idx)
    aliases = rows_in(conn, pa, pa.c.person_key, keys, pa.c.document_id, pa.c.person_idx, pa.c.alias)
    by_group: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_group[groups[r["person_key"]]].append(r)
    forms: dict[frozenset[str], Counter] = defaultdict(Counter)
    for a in aliases:
        forms[groups[a["person_key"]]][a["alias"]] += a["n"]
    persons, titles = [], []
    for group in sorted(by_group, key=sorted):
        seen = sorted(by_group[group], key=lambda r: (r["published"] is None, r["published"] or "", r["document_id"],
                                                   r["person_idx"]))
        first = seen[0]
        name = most_common(r["name"] for r in seen)
        key = person_key(name)
        dates = [r["published"] for r in seen if r["published"]]
        by_title: dict[str, list[dict[str, Any]]] = {}
        for r in seen:
            if r["title"]:
                by_title.setdefault(" ".join(r["title"].split()).casefold(), []).append(r)
        for same_title in by_title.values():
            t_dates = [r["published"] for r in same_title if r["published"]]
            titles.append({
                "person_key": key, "title": most_common(r["title"] for r in same_title),
                "country": most_common(r["country"] for r in same_title),
                "first_seen": min(t_dates) if t_dates else None, "last_seen": max(t_dates) if t_dates else None,
                "n_documents": len({r["document_id"] for r in same_title}), "document_id": same_title[0]["document_id"],
                "person_idx": same_title[0]["person_idx"], "title_start": same_title[0]["title_start"],
                "title_end": same_title[0]["title_end"],
            })
        shown_titles = [t["title"] for t in titles if t["person_key"] == key]
        latest = [r["title"] for r in seen if r["title"] and r["published"]] or [r["title"] for r in seen if r["title"]]
        other = dict(forms[group])  # every form met in the texts, and every canonical name (which may not be)
        for r in seen:
            other.setdefault(r["name"], 0)
        alias_list = [a for a, _ in sorted(other.items(), key=lambda kv: (-kv[1], kv[0])) if a != name]
        persons.append({
            "person_key": key, "name": name, "country": most_common(r["country"] for r in seen),
            "title": latest[-1] if latest else None, "titles": "; ".join(shown_titles) or None,
            "aliases": "; ".join(alias_list) or None, "n_documents": len({r["document_id"] for r in seen}),
            "first_seen": min(dates) if dates else None, "last_seen": max(dates) if dates else None,
            "document_id": first["document_id"], "person_idx": first["person_idx"],
            "char_start": first["char_start"], "char_end": first["char_end"],
        })
    insert_rows(conn, ps, persons)
    insert_rows(conn, pt, titles)
    return len(keys)
