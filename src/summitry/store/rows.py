"""An extraction (the dict ``summitry.extract`` returns) as rows of the schema's tables."""

from __future__ import annotations

from typing import Any

from . import schema

Rows = dict[str, list[dict[str, Any]]]


def _span(value: Any) -> tuple[int | None, int | None]:
    """A [start, end] pair (or None) as two columns."""
    if value is None:
        return None, None
    start, end = value
    return int(start), int(end)


def child_rows(doc_id: str, text: str, extraction: dict[str, Any]) -> Rows:
    """Rows for every child table, keyed by table name; each list in the extraction's own order."""
    rows: Rows = {t.name: [] for t in schema.CHILD_TABLES}
    mentions_of: dict[str, list[tuple[int, int]]] = {}
    for i, p in enumerate(extraction.get("people") or []):
        spans = [(int(s), int(e)) for s, e in p.get("mentions") or []]
        mentions_of.setdefault(p["name"], []).extend(spans)
        title_start, title_end = _span(p.get("title_span"))
        rows["people"].append({
            "document_id": doc_id, "idx": i, "name": p["name"], "title": p.get("title"),
            "country": p.get("country"), "char_start": p.get("start"), "char_end": p.get("end"),
            "title_start": title_start, "title_end": title_end, "via": p.get("via"),
        })
        rows["mentions"].extend(
            {"document_id": doc_id, "person_idx": i, "idx": j, "char_start": s, "char_end": e}
            for j, (s, e) in enumerate(spans)
        )
    for i, m in enumerate(extraction.get("meetings") or []):
        date_start, date_end = _span(m.get("date_span"))
        place_start, place_end = _span(m.get("place_span"))
        rows["meetings"].append({
            "document_id": doc_id, "idx": i, "date": m.get("date"), "place": m.get("place"), "kind": m["kind"],
            "char_start": m["start"], "char_end": m["end"], "date_start": date_start, "date_end": date_end,
            "place_start": place_start, "place_end": place_end, "date_from": m.get("date_from"), "via": m.get("via"),
        })
        for j, name in enumerate(m.get("participants") or []):
            inside = [s for s in mentions_of.get(name, []) if m["start"] <= s[0] and s[1] <= m["end"]]
            start, end = min(inside) if inside else (None, None)
            rows["meeting_participants"].append({
                "document_id": doc_id, "meeting_idx": i, "idx": j, "name": name, "char_start": start, "char_end": end,
            })
    for i, u in enumerate(extraction.get("utterances") or []):
        speaker_start, speaker_end = _span(u.get("speaker_span"))
        quote_start = u.get("quote_start")
        quote_end = quote_start + len(u["quote"]) if quote_start is not None else None
        if quote_end is not None and text[quote_start:quote_end] != u["quote"]:
            quote_end = None  # the quote is not copied verbatim here: no span rather than a wrong one
        rows["utterances"].append({
            "document_id": doc_id, "idx": i, "speaker": u.get("speaker"), "mode": u["mode"], "quote": u["quote"],
            "char_start": u["start"], "char_end": u["end"], "quote_start": quote_start,
            "quote_end": quote_end,
            "speaker_start": speaker_start, "speaker_end": speaker_end, "via": u.get("via"),
        })
    for i, a in enumerate(extraction.get("amounts") or []):
        metric_start, metric_end = _span(a.get("metric_span"))
        rows["amounts"].append({
            "document_id": doc_id, "idx": i, "quote": a["quote"], "value": float(a["value"]), "unit": a["unit"],
            "qualifier": a.get("qualifier") or "exact", "metric": a.get("metric"), "speaker": a.get("speaker"),
            "char_start": a["start"], "char_end": a["end"], "metric_start": metric_start, "metric_end": metric_end,
            "via": a.get("via"),
        })
    return rows
