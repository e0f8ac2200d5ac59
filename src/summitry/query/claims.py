"""Claim series as the pages show them."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import case, func, select

from ..store import schema
from .text import NotFound, Row


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


class ClaimPages:
    """Mixed into ``Database``: claim series."""

    store: Any

    def series_list(self, metric: str | None = None, country: str | None = None) -> list[Row]:
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
        with self.store.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(query).mappings()]
        if metric or country:
            wanted = {r["series_id"] for r in self.claims(metric=metric, country=country)}
            rows = [r for r in rows if r["series_id"] in wanted]
        rows.sort(key=lambda r: (-r["n_claims"], -(r["n_conflicting"] or 0), r["metric_group"] or "", r["series_id"]))
        for r in rows:
            r["n_conflicting"] = int(r["n_conflicting"] or 0)
        return rows

    def series_claims(self, series_id: str) -> list[Row]:
        """Every claim of one series, in time order, each with the claims it conflicts with; NotFound if none."""
        cl, cc, docs = schema.claims, schema.claim_conflicts, schema.documents
        query = (
            select(cl, docs.c.locator, docs.c.url, docs.c.title).join(docs, docs.c.id == cl.c.document_id)
            .where(cl.c.series_id == series_id)
            .order_by(cl.c.period.is_(None), cl.c.period, cl.c.published.is_(None), cl.c.published, cl.c.document_id,
                      cl.c.idx)
        )
        with self.store.engine.connect() as conn:
            rows = list(conn.execute(query).mappings())
            if not rows:
                raise NotFound(f"no series {series_id!r}")
            against: dict[tuple[str, int], list[Row]] = defaultdict(list)
            pairs = conn.execute(select(cc).where(cc.c.series_id == series_id)
                                 .order_by(cc.c.document_id_a, cc.c.idx_a, cc.c.document_id_b, cc.c.idx_b)).mappings()
            for c in pairs:
                against[(c["document_id_a"], c["idx_a"])].append({
                    "document_id": c["document_id_b"], "idx": c["idx_b"], "quote": c["quote_b"], "reason": c["reason"]})
                against[(c["document_id_b"], c["idx_b"])].append({
                    "document_id": c["document_id_a"], "idx": c["idx_a"], "quote": c["quote_a"], "reason": c["reason"]})
        return [claim_row(r, against.get((r["document_id"], r["idx"]))) for r in rows]
