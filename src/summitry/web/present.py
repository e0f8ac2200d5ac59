"""What the pages compute from the rows of the read layer for display: values in words, chart points, events
per year."""

from __future__ import annotations

from collections import Counter
from typing import Any

Row = dict[str, Any]


def year_counts(rows: list[Row]) -> list[Row]:
    """Events per year of their timeline day, oldest first; events with no day at all last, as year None."""
    counts = Counter((r["day"] or "")[:4] or None for r in rows)
    return [{"year": y, "events": n} for y, n in sorted(counts.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))]


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
