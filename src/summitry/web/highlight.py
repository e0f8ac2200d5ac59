"""Article text with the extracted spans marked: the stored text is sliced at the stored offsets, every piece
is HTML-escaped, and each span becomes a ``<mark>`` whose class and data attributes say what it is.

Spans may nest (an amount inside a quote) or cross (a quote that ends inside a name); marks are kept properly
nested by closing and reopening the outer ones where spans cross, so the result is always well-formed HTML.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

N_COLOURS = 8  # speaker colours: CSS classes spk-0 .. spk-7

# When two spans start at one offset, the longer one opens first; at equal length, the lower layer is outside.
LAYER = {"meeting": 0, "quote": 1, "disagree": 2, "date": 3, "place": 3, "amount": 4, "speaker": 5, "name": 6}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # a key of LAYER: the mark's class is "hl-<kind>"
    attrs: tuple[tuple[str, str], ...] = field(default=())  # data-* attributes (names are ours, values escaped)
    extra_class: str = ""
    ident: str = ""  # the id of the first piece of the mark (an anchor), or ""
    title: str = ""  # tooltip


def speaker_colours(speakers: Iterable[str | None]) -> dict[str, int]:
    """A colour index per speaker, in order of first appearance (distinct while there are no more than
    N_COLOURS speakers; then by a hash of the name, stable across pages)."""
    out: dict[str, int] = {}
    for s in speakers:
        if s and s not in out:
            out[s] = len(out) if len(out) < N_COLOURS else int(hashlib.sha1(s.encode()).hexdigest(), 16) % N_COLOURS
    return out


def _money(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def document_spans(doc: dict[str, Any], colours: dict[str, int]) -> list[Span]:
    """Every span of a document (see ``data.document``) as marks."""
    spans: list[Span] = []
    for r in doc["reports"]:
        spans.append(Span(r["char_start"], r["char_end"], "meeting", (("event", r["event_id"]),),
                          ident=f"meeting-{r['meeting_idx']}", title="reports the meeting"))
        if r.get("date_start") is not None and r.get("date_end") is not None:
            spans.append(Span(r["date_start"], r["date_end"], "date", (("date", r["date"] or ""),),
                              title=f"date: {r['date'] or 'unknown'}"))
        if r.get("place_start") is not None and r.get("place_end") is not None:
            spans.append(Span(r["place_start"], r["place_end"], "place", (("place", r["place"] or ""),),
                              title=f"place: {r['place'] or ''}"))
    for d in doc["disagreements"]:
        if d["char_start"] is None or d["char_end"] is None:
            continue
        spans.append(Span(d["char_start"], d["char_end"], "disagree", (("field", d["field"]),
                                                                       ("value", str(d["value"]))),
                          title=f"sources disagree on the {d['field']}: this one says {d['value']}"))
    for t in doc["turns"]:
        who = t["speaker"] or ""
        colour = colours.get(who)
        cls = f"spk-{colour}" if colour is not None else "spk-none"
        spans.append(Span(t["char_start"], t["char_end"], "quote",
                          (("speaker", who), ("colour", "" if colour is None else str(colour)), ("mode", t["mode"])),
                          extra_class=cls, ident=f"turn-{t['idx']}", title=f"{who or 'unknown speaker'} ({t['mode']})"))
        if t["speaker_start"] is not None and t["speaker_end"] is not None:
            spans.append(Span(t["speaker_start"], t["speaker_end"], "speaker", (("speaker", who),), extra_class=cls,
                              title=f"speaker: {who}"))
    for a in doc["amounts"]:
        what = f"{_money(a['value'])} {a['unit']}"
        spans.append(Span(a["char_start"], a["char_end"], "amount",
                          (("amount", repr(float(a["value"]))), ("unit", a["unit"]), ("qualifier", a["qualifier"]),
                           ("metric", a["metric"] or "")),
                          ident=f"amount-{a['idx']}",
                          title=f"{a['qualifier']} {what}" + (f" — {a['metric']}" if a["metric"] else "")))
    for m in doc["mentions"]:
        spans.append(Span(m["char_start"], m["char_end"], "name",
                          (("name", m["name"]), ("person", m.get("person_key") or "")),
                          title=m["name"] + (f", {m['title']}" if m.get("title") else "")))
    return spans


def _open_tag(span: Span, first: bool) -> str:
    classes = f"hl hl-{span.kind}" + (f" {span.extra_class}" if span.extra_class else "")
    parts = [f'<mark class="{classes}"']
    if not first:
        parts.append(' data-continued="1"')
    elif span.ident:
        parts.append(f' id="{escape(span.ident)}"')
    for name, value in span.attrs:
        parts.append(f' data-{name}="{escape(value)}"')
    if span.title:
        parts.append(f' title="{escape(span.title)}"')
    return "".join(parts) + ">"


def render(text: str, spans: Iterable[Span]) -> Markup:
    """``text`` escaped, with each span (clipped to the text; empty ones dropped) wrapped in ``<mark>``."""
    n = len(text)
    usable = []
    for s in spans:
        start, end = max(0, s.start), min(n, s.end)
        if start < end:
            usable.append((start, end, s))
    starts: dict[int, list[tuple[int, Span]]] = defaultdict(list)
    points = {0, n}
    for start, end, s in usable:
        starts[start].append((end, s))
        points.update((start, end))
    out: list[str] = []
    stack: list[tuple[int, Span]] = []  # open marks: (end, span)
    prev = 0
    for p in sorted(points):
        if p > prev:
            out.append(str(escape(text[prev:p])))
        prev = p
        if any(end == p for end, _ in stack):
            reopen = []
            while any(end == p for end, _ in stack):
                end, s = stack.pop()
                out.append("</mark>")
                if end != p:
                    reopen.append((end, s))
            for end, s in reversed(reopen):
                stack.append((end, s))
                out.append(_open_tag(s, first=False))
        for end, s in sorted(starts.get(p, ()), key=lambda es: (-es[0], LAYER.get(es[1].kind, 9))):
            stack.append((end, s))
            out.append(_open_tag(s, first=True))
    while stack:  # only spans ending at n remain, closed above; kept for safety
        stack.pop()
        out.append("</mark>")
    return Markup("".join(out))
