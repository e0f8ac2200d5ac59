"""A person's page: the person (by any key of theirs), their quotes and claims."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, select

from ..store import schema
from .claims import claim_row
from .text import NotFound, Row, contains_words, fold_words, person_keys_of, quote_row, resolve_person

MAX_QUOTES = 200  # per person page


class PersonPages:
    """Mixed into ``Database``: one person and what they said and claimed."""

    store: Any

    def person(self, key: str) -> Row:
        """One person (by person key: the record's, or that of another spelling of theirs) with titles over time
        and aliases; NotFound when there is none."""
        ps, pt, docs = schema.persons, schema.person_titles, schema.documents
        with self.store.engine.connect() as conn:
            key = resolve_person(conn, key) or key
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

    def person_quotes(self, key: str, q: str | None = None, limit: int = MAX_QUOTES) -> tuple[list[Row], int]:
        """The speech turns of a person (their document's speaker name has one of their keys), newest first,
        optionally with every word of ``q``; at most ``limit``, and how many there are in all."""
        ut, docs, pd = schema.utterances, schema.documents, schema.person_documents
        turn = func.substr(docs.c.text, ut.c.char_start + 1, ut.c.char_end - ut.c.char_start).label("turn")
        with self.store.engine.connect() as conn:
            keys = sorted(person_keys_of(conn, key))
        speaker_docs = select(pd.c.document_id, pd.c.name).where(pd.c.person_key.in_(keys)).distinct().subquery()
        query = (
            select(ut, docs.c.published, docs.c.locator, docs.c.url, docs.c.title, turn)
            .join(docs, docs.c.id == ut.c.document_id)
            .join(speaker_docs,
                  and_(speaker_docs.c.document_id == ut.c.document_id, speaker_docs.c.name == ut.c.speaker))
            .order_by(docs.c.published.is_(None), docs.c.published.desc(), ut.c.document_id, ut.c.idx)
        )
        wanted = fold_words(q)
        out: list[Row] = []
        total = 0
        with self.store.engine.connect() as conn:
            for r in conn.execute(query).mappings():
                if not contains_words(r["turn"], wanted):
                    continue
                total += 1
                if len(out) < limit:
                    out.append(quote_row(r))
        return out, total

    def person_claims(self, key: str) -> list[Row]:
        """The figures a person claimed (claims whose speaker is one of their spellings), by series and period."""
        cl, docs = schema.claims, schema.documents
        with self.store.engine.connect() as conn:
            keys = sorted(person_keys_of(conn, key))
            query = (
                select(cl, docs.c.locator, docs.c.url, docs.c.title).join(docs, docs.c.id == cl.c.document_id)
                .where(cl.c.speaker_key.in_(keys))
                .order_by(cl.c.published.is_(None), cl.c.published, cl.c.document_id, cl.c.idx)
            )
            return [claim_row(r) for r in conn.execute(query).mappings()]
