"""Search across persons and speech turns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from ..store import schema
from .text import Row, chunks, contains_words, fold_words, name_matches, quote_row

MAX_SEARCH = 50  # per kind of result


class Search:
    """Mixed into ``Database``: the search page."""

    store: Any

    def search(self, q: str, limit: int = MAX_SEARCH) -> Row:
        """People whose name, an alias or a title has every word of ``q`` (or who are named by it), and speech
        turns with every word, newest first; at most ``limit`` of each, with the totals."""
        wanted = fold_words(q)
        if not wanted:
            return {"q": q, "people": [], "n_people": 0, "quotes": [], "n_quotes": 0}
        ps = schema.persons
        with self.store.engine.connect() as conn:
            people = []
            for r in conn.execute(select(ps).order_by(ps.c.n_documents.desc(), ps.c.person_key)).mappings():
                names = [r["name"], *(r["aliases"] or "").split("; ")]
                haystack = " ".join([*names, r["titles"] or "", r["country"] or ""])
                if contains_words(haystack, wanted) or any(name_matches(q, n) for n in names if n):
                    people.append({"name": r["name"], "person_key": r["person_key"], "country": r["country"],
                                   "title": r["title"], "n_documents": r["n_documents"],
                                   "aliases": r["aliases"].split("; ") if r["aliases"] else []})
        quotes = self.search_quotes(wanted, limit)
        return {"q": q, "people": people[:limit], "n_people": len(people), "quotes": quotes[0], "n_quotes": quotes[1]}

    def search_quotes(self, wanted: list[str], limit: int) -> tuple[list[Row], int]:
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
        with self.store.engine.connect() as conn:
            for r in conn.execute(query).mappings():
                if not contains_words(r["turn"], wanted):
                    continue
                total += 1
                if len(out) < limit:
                    out.append(quote_row(r))
            keys = {}
            docs_of = sorted({q["document_id"] for q in out})
            for chunk in chunks(docs_of):
                for r in conn.execute(select(pd.c.document_id, pd.c.name, pd.c.person_key)
                                      .where(pd.c.document_id.in_(chunk))):
                    keys[(r[0], r[1])] = r[2]
        for q in out:
            q["speaker_key"] = keys.get((q["document_id"], q["speaker"]))
        return out, total
