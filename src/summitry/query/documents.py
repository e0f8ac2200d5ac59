"""One stored document with every span extracted from it (the web's document and event pages)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Connection

from ..store import schema
from .text import NotFound, Row

MAX_TEXT_CHARS = 300_000  # an event page shows at most this much of each source's text


class DocumentPages:
    """Mixed into ``Database``: documents, and how much the database holds."""

    store: Any

    def event_documents(self, event: Row) -> list[Row]:
        """The source documents of an event (see ``document``), each with this event's reporting sentences and
        disagreements."""
        order: list[str] = []
        for s in event["sources"]:
            if s["document_id"] not in order:
                order.append(s["document_id"])
        with self.store.engine.connect() as conn:
            docs = [self._document(conn, doc_id, event) for doc_id in order]
        return [d for d in docs if d is not None]

    def document(self, doc_id: str) -> Row:
        """One stored document with its text and every span extracted from it; NotFound when there is none."""
        with self.store.engine.connect() as conn:
            doc = self._document(conn, doc_id, None)
        if doc is None:
            raise NotFound(f"no document {doc_id!r}")
        return doc

    @staticmethod
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

    def counts(self) -> Row:
        """How much the database holds (for the page footer and /api/stats)."""
        names = {"documents": schema.documents, "events": schema.events, "persons": schema.persons,
                 "utterances": schema.utterances, "claims": schema.claims, "claim_conflicts": schema.claim_conflicts}
        with self.store.engine.connect() as conn:
            out = {k: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for k, t in names.items()}
        out["pending"] = self.pending()
        return out
