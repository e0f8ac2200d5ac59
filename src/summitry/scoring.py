"""Score predictions against gold annotations (see ``FORMAT.md``, "Scoring" and "Predictions").

Everything is micro-averaged: raw counts are summed over all gold documents and the ratios
are computed from the sums. FORMAT.md's "Scoring details" fix every choice: greedy matching in
gold order, token sets for titles and metrics, and empty denominators: precision is 1.0 when
nothing is predicted and nothing is gold (0.0 when gold is not empty), recall is 1.0 when gold
is empty, every other ratio with a zero denominator is 1.0.
"""

from __future__ import annotations

import io
import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rich.box import Box
from rich.console import Console
from rich.table import Table

from .identity import person_key

__all__ = [
    "person_key",
    "load_jsonl",
    "score",
    "format_table",
    "format_per_doc",
    "token_f1",
]

FIELDS = ("published", "meetings", "utterances", "amounts", "people")

# Like rich.box.SIMPLE, but with plain ASCII rules so the table survives any terminal or log file.
_SIMPLE_ASCII = Box("    \n    \n -- \n    \n    \n -- \n    \n    \n", ascii=True)

_TOKEN = re.compile(r"[a-z0-9]+")


# --------------------------------------------------------------------------- helpers


def _norm_text(value: Any) -> str | None:
    """Case-insensitive, stripped form of a string field; empty/None -> None."""
    if value is None:
        return None
    text = str(value).strip().casefold()
    return text or None


def _norm_date(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def tokens(text: str | None) -> frozenset[str]:
    """The set of lower-cased runs of [a-z0-9] (FORMAT.md: titles and metrics are compared by it)."""
    return frozenset(_TOKEN.findall((text or "").lower()))


def token_f1(gold: str | None, pred: str | None) -> float:
    """F1 of the two token sets (both empty = 1, only one empty = 0)."""
    g, p = tokens(gold), tokens(pred)
    if not g and not p:
        return 1.0
    same = len(g & p)
    if same == 0:
        return 0.0
    precision = same / len(p)
    recall = same / len(g)
    return 2 * precision * recall / (precision + recall)


def _ratio(num: float, den: float) -> float:
    return num / den if den else 1.0


def _prf(tp: int, gold: int, pred: int) -> dict[str, float | None]:
    # Nothing predicted: precision 1.0 only when nothing was to be found. Nothing gold: recall 1.0.
    precision = tp / pred if pred else (1.0 if gold == 0 else 0.0)
    recall = tp / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _pred_span(item: dict) -> tuple[int, int] | None:
    """[start, end) of a predicted item; ``end`` falls back to start + len(quote)."""
    start = _int(item.get("start"))
    if start is None:
        return None
    end = _int(item.get("end"))
    if end is None:
        quote = item.get("quote")
        if not isinstance(quote, str):
            return None
        end = start + len(quote)
    return start, end


def _gold_span(item: dict) -> tuple[int, int] | None:
    start = _int(item.get("start"))
    quote = item.get("quote")
    if start is None or not isinstance(quote, str):
        return None
    return start, start + len(quote)


def _values_agree(gold: Any, pred: Any) -> bool:
    try:
        g = float(gold)
        p = float(pred)
    except (TypeError, ValueError):
        return False
    return abs(p - g) <= 1e-6 * max(1.0, abs(g))


def _items(doc: dict, field: str) -> list[dict]:
    return [item for item in (doc.get(field) or []) if isinstance(item, dict)]


# --------------------------------------------------------------------------- loading


def load_jsonl(path: str | os.PathLike[str]) -> list[dict]:
    """Read a JSON Lines file of objects; blank lines are skipped, bad lines raise ``ValueError``."""
    records: list[dict] = []
    with Path(path).open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}: line {lineno}: invalid JSON ({err.msg})") from err
            if not isinstance(record, dict):
                kind = type(record).__name__
                raise ValueError(f"{path}: line {lineno}: expected a JSON object, got {kind}")
            records.append(record)
    return records


# --------------------------------------------------------------------------- per-field counts


def _count_published(gold: dict, pred: dict) -> dict[str, int]:
    correct = _norm_date(gold.get("published")) == _norm_date(pred.get("published"))
    return {"correct": int(correct), "total": 1}


def _meeting_key(meeting: dict) -> tuple[frozenset[str], str | None]:
    keys = {person_key(name) for name in meeting.get("participants") or [] if isinstance(name, str)}
    keys.discard(None)
    return frozenset(keys), _norm_date(meeting.get("date"))


def _count_meetings(gold: dict, pred: dict) -> dict[str, int]:
    gold_items = _items(gold, "meetings")
    pred_items = _items(pred, "meetings")
    pred_keys = [_meeting_key(m) for m in pred_items]
    used: set[int] = set()
    tp = place_correct = place_total = 0
    for g in gold_items:
        key = _meeting_key(g)
        chosen = next((i for i, k in enumerate(pred_keys) if k == key and i not in used), None)
        if chosen is None:
            continue
        gold_place = _norm_text(g.get("place"))
        used.add(chosen)
        tp += 1
        if gold_place is not None:
            place_total += 1
            place_correct += int(_norm_text(pred_items[chosen].get("place")) == gold_place)
    return {
        "gold": len(gold_items),
        "pred": len(pred_items),
        "tp": tp,
        "place_correct": place_correct,
        "place_total": place_total,
    }


def _count_utterances(gold: dict, pred: dict) -> dict[str, int]:
    gold_items = _items(gold, "utterances")
    pred_items = _items(pred, "utterances")
    pred_spans = [_pred_span(u) for u in pred_items]
    pred_keys = [person_key(u.get("speaker")) for u in pred_items]
    pred_hit = [False] * len(pred_items)
    found = attributed = 0
    for g in gold_items:
        span = _gold_span(g)
        if span is None:
            continue
        gs, ge = span
        containing = [i for i, ps in enumerate(pred_spans) if ps is not None and ps[0] <= gs and ge <= ps[1]]
        if not containing:
            continue
        found += 1
        for i in containing:
            pred_hit[i] = True
        gold_key = person_key(g.get("speaker"))
        attributed += int(any(pred_keys[i] == gold_key for i in containing))
    return {
        "gold": len(gold_items),
        "pred": len(pred_items),
        "found_count": found,
        "attributed_count": attributed,
        "pred_hits": sum(pred_hit),
    }


def _count_amounts(gold: dict, pred: dict) -> dict[str, float]:
    gold_items = _items(gold, "amounts")
    pred_items = _items(pred, "amounts")
    pred_spans = [_pred_span(a) for a in pred_items]
    used: set[int] = set()
    tp = qualifier_correct = speaker_correct = 0
    metric_f1_sum = 0.0
    for g in gold_items:
        gspan = _gold_span(g)
        if gspan is None:
            continue
        pi = next((i for i, p in enumerate(pred_items) if i not in used and _amounts_match(g, gspan, p, pred_spans[i])),
                  None)
        if pi is None:
            continue
        used.add(pi)
        p = pred_items[pi]
        tp += 1
        qualifier_correct += int(_qualifier(g) == _qualifier(p))
        speaker_correct += int(person_key(g.get("speaker")) == person_key(p.get("speaker")))
        metric_f1_sum += token_f1(g.get("metric"), p.get("metric"))
    return {
        "gold": len(gold_items),
        "pred": len(pred_items),
        "tp": tp,
        "qualifier_correct": qualifier_correct,
        "speaker_correct": speaker_correct,
        "metric_f1_sum": metric_f1_sum,
    }


def _amounts_match(gold: dict, gspan: tuple[int, int], pred: dict, pspan: tuple[int, int] | None) -> bool:
    return (
        pspan is not None
        and min(gspan[1], pspan[1]) > max(gspan[0], pspan[0])
        and _norm_text(gold.get("unit")) == _norm_text(pred.get("unit"))
        and _values_agree(gold.get("value"), pred.get("value"))
    )


def _qualifier(amount: dict) -> str:
    return _norm_text(amount.get("qualifier")) or "exact"


def _people_by_key(doc: dict) -> dict[str, dict]:
    """First entry per person key (duplicates count once)."""
    out: dict[str, dict] = {}
    for person in _items(doc, "people"):
        key = person_key(person.get("name"))
        if key is not None and key not in out:
            out[key] = person
    return out


def _count_people(gold: dict, pred: dict) -> dict[str, int]:
    gold_people = _people_by_key(gold)
    pred_people = _people_by_key(pred)
    tp = title_correct = title_total = country_correct = country_total = 0
    for key, g in gold_people.items():
        p = pred_people.get(key)
        if p is None:
            continue
        tp += 1
        if g.get("title") is not None:
            title_total += 1
            title_correct += int(tokens(g.get("title")) == tokens(p.get("title")))
        if g.get("country") is not None:
            country_total += 1
            country_correct += int(_norm_text(g.get("country")) == _norm_text(p.get("country")))
    return {
        "gold": len(gold_people),
        "pred": len(pred_people),
        "tp": tp,
        "title_correct": title_correct,
        "title_total": title_total,
        "country_correct": country_correct,
        "country_total": country_total,
    }


_COUNTERS = {
    "published": _count_published,
    "meetings": _count_meetings,
    "utterances": _count_utterances,
    "amounts": _count_amounts,
    "people": _count_people,
}
_COUNT_KEYS = {name: tuple(counter({}, {})) for name, counter in _COUNTERS.items()}


# --------------------------------------------------------------------------- ratios from counts


def _finalize(counts: dict[str, dict[str, float]], documents: int) -> dict[str, Any]:
    pub = counts["published"]
    m = counts["meetings"]
    u = counts["utterances"]
    a = counts["amounts"]
    pe = counts["people"]
    u_prf = _prf(u["pred_hits"], u["gold"], u["pred"])  # precision's empty cases are those of P/R/F1
    return {
        "documents": documents,
        "published": {
            "correct": pub["correct"],
            "total": pub["total"],
            "accuracy": _ratio(pub["correct"], pub["total"]),
        },
        "meetings": {
            **m,
            "fp": m["pred"] - m["tp"],
            "fn": m["gold"] - m["tp"],
            **_prf(m["tp"], m["gold"], m["pred"]),
            "place_accuracy": _ratio(m["place_correct"], m["place_total"]),
        },
        "utterances": {
            **u,
            "found": _ratio(u["found_count"], u["gold"]),
            "attribution": _ratio(u["attributed_count"], u["gold"]),
            "precision": u_prf["precision"],
        },
        "amounts": {
            **a,
            "fp": a["pred"] - a["tp"],
            "fn": a["gold"] - a["tp"],
            **_prf(a["tp"], a["gold"], a["pred"]),
            "qualifier_accuracy": _ratio(a["qualifier_correct"], a["tp"]),
            "speaker_accuracy": _ratio(a["speaker_correct"], a["tp"]),
            "metric_f1": _ratio(a["metric_f1_sum"], a["tp"]),
        },
        "people": {
            **pe,
            "fp": pe["pred"] - pe["tp"],
            "fn": pe["gold"] - pe["tp"],
            **_prf(pe["tp"], pe["gold"], pe["pred"]),
            "title_accuracy": _ratio(pe["title_correct"], pe["title_total"]),
            "country_accuracy": _ratio(pe["country_correct"], pe["country_total"]),
        },
    }


def _sum_counts(per_doc: Iterable[dict[str, dict[str, float]]]) -> dict[str, dict[str, float]]:
    total: dict[str, Counter] = {name: Counter() for name in FIELDS}
    for doc_counts in per_doc:
        for name in FIELDS:
            total[name].update(doc_counts[name])
    # Every count key is present even when there are no documents at all.
    return {name: {key: total[name].get(key, 0) for key in _COUNT_KEYS[name]} for name in FIELDS}


def score(gold: list[dict], pred: list[dict], per_doc: bool = False) -> dict:
    """Micro-averaged scores of ``pred`` against ``gold``, matched by the base name of ``file``.

    Gold documents without a prediction count as empty predictions (published = null);
    predictions for files not in gold are ignored (the first prediction per file wins).
    """
    preds_by_file: dict[str, dict] = {}
    for doc in pred:
        file = doc.get("file")
        if isinstance(file, str) and file:
            preds_by_file.setdefault(os.path.basename(file), doc)

    doc_counts: list[tuple[str, dict[str, dict[str, float]]]] = []
    for index, g in enumerate(gold):
        file = g.get("file")
        if not isinstance(file, str) or not file:
            raise ValueError(f"gold document #{index} (id={g.get('id')!r}) has no 'file'")
        name = os.path.basename(file)
        p = preds_by_file.get(name, {})
        doc_counts.append((name, {field: counter(g, p) for field, counter in _COUNTERS.items()}))

    result = _finalize(_sum_counts(c for _, c in doc_counts), len(doc_counts))
    if per_doc:
        result["per_doc"] = {name: _finalize(counts, 1) for name, counts in doc_counts}
    return result


# --------------------------------------------------------------------------- rendering


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _render(table: Table) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=130, color_system=None, highlight=False, emoji=False)
    console.print(table)
    return buffer.getvalue()


def format_table(scores: dict) -> str:
    """Plain-text table of the overall scores, one row per field, values to 3 decimals."""
    table = Table(box=_SIMPLE_ASCII, title=f"{scores['documents']} documents", title_justify="left")
    table.add_column("field", no_wrap=True, min_width=10)
    for column in ("P", "R", "F1"):
        table.add_column(column, justify="right")
    table.add_column("other", no_wrap=True)
    table.add_column("counts", no_wrap=True)

    pub = scores["published"]
    table.add_row("published", "", "", "", f"acc {_fmt(pub['accuracy'])}", f"{pub['correct']}/{pub['total']}")

    m = scores["meetings"]
    table.add_row(
        "meetings",
        _fmt(m["precision"]),
        _fmt(m["recall"]),
        _fmt(m["f1"]),
        f"place_acc {_fmt(m['place_accuracy'])}",
        f"gold {m['gold']} pred {m['pred']} tp {m['tp']}",
    )

    u = scores["utterances"]
    table.add_row(
        "utterances",
        _fmt(u["precision"]),
        _fmt(u["found"]),
        "",
        f"found {_fmt(u['found'])} attribution {_fmt(u['attribution'])} (P=precision, R=found)",
        f"gold {u['gold']} pred {u['pred']} found {u['found_count']}",
    )

    a = scores["amounts"]
    table.add_row(
        "amounts",
        _fmt(a["precision"]),
        _fmt(a["recall"]),
        _fmt(a["f1"]),
        f"qual {_fmt(a['qualifier_accuracy'])} spk {_fmt(a['speaker_accuracy'])} "
        f"metric {_fmt(a['metric_f1'])}",
        f"gold {a['gold']} pred {a['pred']} tp {a['tp']}",
    )

    pe = scores["people"]
    table.add_row(
        "people",
        _fmt(pe["precision"]),
        _fmt(pe["recall"]),
        _fmt(pe["f1"]),
        f"title {_fmt(pe['title_accuracy'])} country {_fmt(pe['country_accuracy'])}",
        f"gold {pe['gold']} pred {pe['pred']} tp {pe['tp']}",
    )
    return _render(table)


def format_per_doc(scores: dict) -> str:
    """Plain-text table with one row per document (needs ``score(..., per_doc=True)``)."""
    if "per_doc" not in scores:
        raise ValueError("scores have no 'per_doc' section; call score(..., per_doc=True)")
    table = Table(box=_SIMPLE_ASCII)
    table.add_column("file", overflow="fold")
    table.add_column("pub", justify="center")
    for column in ("meet F1", "utt found", "utt attr", "utt P", "amt F1", "people F1"):
        table.add_column(column, justify="right")
    for name, doc in scores["per_doc"].items():
        table.add_row(
            name,
            "ok" if doc["published"]["correct"] else "x",
            _fmt(doc["meetings"]["f1"]),
            _fmt(doc["utterances"]["found"]),
            _fmt(doc["utterances"]["attribution"]),
            _fmt(doc["utterances"]["precision"]),
            _fmt(doc["amounts"]["f1"]),
            _fmt(doc["people"]["f1"]),
        )
    return _render(table)
