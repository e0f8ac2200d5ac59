"""Claim series and conflicts: figures claimed by many people over years, and the pairs that cannot both hold."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.engine import Connection

from ..store import schema
from .metrics import cluster_metrics, same_words
from .rules import ABOUT_TOLERANCE, ROUNDING_CAP
from .tables import chunks, delete_in, insert_rows, rows_in, short_id


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



def series_conflicts(bucket: str, group: str, members: list[dict[str, Any]]) -> list[dict[str, Any]]:
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
                    same_metric[(norm_x, norm_y)] = same_words(norm_x, norm_y)
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


def recompute_claims(conn: Connection, buckets: set[str]) -> int:
    cl, cc = schema.claims, schema.claim_conflicts
    if not buckets:
        return 0
    delete_in(conn, cc, cc.c.bucket, buckets)
    rows = rows_in(conn, cl, cl.c.bucket, buckets, cl.c.document_id, cl.c.idx)
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
            c["series_id"] = short_id(bucket, group) if group else None
            if group:
                series[group].append(c)
        for group in sorted(series):
            conflicts.extend(series_conflicts(bucket, group, series[group]))
    stmt = (update(cl).where(cl.c.document_id == bindparam("d"), cl.c.idx == bindparam("i"))
            .values(metric_group=bindparam("g"), series_id=bindparam("s"), n_conflicts=bindparam("n")))
    params = [{"d": c["document_id"], "i": c["idx"], "g": c["metric_group"], "s": c["series_id"],
               "n": c["n_conflicts"]} for c in rows]
    for chunk in chunks(params, 1000):
        conn.execute(stmt, chunk)
    insert_rows(conn, cc, conflicts)
    return len(buckets)
