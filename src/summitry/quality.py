"""Quality figures on the development gold and the gate that keeps them from slipping.

The gold sets are ``../shared/gold/<name>.jsonl`` over ``../shared/corpus/<name>/``: "dev" is the seeds and
dev articles together, "dev2" the validation set. ``tests/test_quality_gate.py`` compares the figures measured
now with the pinned ``quality_baseline.json`` and fails when any headline drops by more than ``TOLERANCE``;
``python bench/quality.py --write-baseline`` re-pins them after a deliberate change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .parallel import extract_many, read_article
from .pipeline import DEFAULT, PipelineSpec
from .scoring import load_jsonl, score

TOLERANCE = 0.02
# The folders of each gold set (gold file names are the folder names).
GOLD_SETS = {"dev": ("seeds", "dev"), "dev2": ("dev2",)}
# (section, metric) of every headline figure the gate holds.
HEADLINES = (
    ("published", "accuracy"),
    ("meetings", "f1"),
    ("meetings", "place_accuracy"),
    ("utterances", "found"),
    ("utterances", "attribution"),
    ("utterances", "precision"),
    ("amounts", "f1"),
    ("amounts", "qualifier_accuracy"),
    ("amounts", "speaker_accuracy"),
    ("amounts", "metric_f1"),
    ("people", "f1"),
    ("people", "title_accuracy"),
    ("people", "country_accuracy"),
)


def load_set(shared: Path, folders: Iterable[str]) -> tuple[list[dict], dict[str, Path]]:
    """The gold documents of some corpus folders and the article path of each gold file name."""
    gold: list[dict] = []
    paths: dict[str, Path] = {}
    for folder in folders:
        gold += load_jsonl(shared / "gold" / f"{folder}.jsonl")
        paths.update({p.name: p for p in sorted((shared / "corpus" / folder).glob("*.txt"))})
    missing = [g["file"] for g in gold if g["file"] not in paths]
    if missing:
        raise FileNotFoundError(f"gold names articles that are not in the corpus: {', '.join(missing[:5])}")
    return gold, paths


def predict(paths: Iterable[Path], pipeline: PipelineSpec = DEFAULT) -> list[dict]:
    """summitry's records for the given article files, in order."""
    paths = list(paths)
    texts = (read_article(p) for p in paths)
    return list(extract_many(texts, ids=[p.stem for p in paths], files=[p.name for p in paths],
                            pipeline=pipeline))


def headlines(scores: dict[str, Any]) -> dict[str, float]:
    """The headline figures of a ``score()`` result, keyed "section.metric"."""
    return {f"{s}.{m}": round(float(scores[s][m]), 4) for s, m in HEADLINES}


def measure(shared: Path, pipeline: PipelineSpec = DEFAULT) -> dict[str, dict[str, float]]:
    """Headline figures per gold set: {"dev": {"meetings.f1": ..., ...}, "dev2": {...}}."""
    out = {}
    for name, folders in GOLD_SETS.items():
        gold, paths = load_set(shared, folders)
        out[name] = headlines(score(gold, predict((paths[g["file"]] for g in gold), pipeline)))
    return out


def measure_predictions(shared: Path, pred: list[dict]) -> dict[str, dict[str, float]]:
    """Headline figures per gold set of predictions made elsewhere (e.g. by ``summitry extract``)."""
    return {name: headlines(score(load_set(shared, folders)[0], pred)) for name, folders in GOLD_SETS.items()}


def drops(baseline: dict[str, dict[str, float]], now: dict[str, dict[str, float]],
          tolerance: float = TOLERANCE) -> list[str]:
    """Every headline of the baseline that fell by more than ``tolerance`` (or went missing), as text."""
    out = []
    for name, figures in baseline.items():
        for key, was in figures.items():
            is_ = now.get(name, {}).get(key)
            if is_ is None:
                out.append(f"{name} {key}: not measured (baseline {was:.3f})")
            elif is_ < was - tolerance - 1e-9:
                out.append(f"{name} {key}: {is_:.3f} < baseline {was:.3f} - {tolerance}")
    return out


def read_baseline(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))
