"""Same-event linking across outlets on tests/fixtures/events (invented reports; see its README.md).

The scoring is bench/events.py's (pairwise same-event precision/recall/F1 over documents); ``pytest -rA -s
tests/test_event_fixtures.py`` prints the full report with the wrong and missed merges.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EVENTS_DIR = REPO / "tests" / "fixtures" / "events"

# Regression guards from today's measurement, the day the fixtures were written (P 0.857, R 0.750, F1 0.800
# over 22 articles): the floors are that measurement minus 0.05. They are NOT the goal: the issue's
# target is pairwise F1 >= 0.90 with precision >= 0.95. Raise the floors when consolidation improves.
MEASURED = {"precision": 0.857, "recall": 0.750, "f1": 0.800}
PRECISION_FLOOR = MEASURED["precision"] - 0.05
F1_FLOOR = MEASURED["f1"] - 0.05

# The header forms summitry reads as a publication date (first line of each article).
HEADER = re.compile(
    r"^(?: date \d{4}-\d{2}-\d{2}"
    r"|Published \d{1,2} [A-Z][a-z]+ \d{4}"
    r"|[A-Z][A-Z ]+, [A-Z][a-z]+ \d{1,2}, \d{4} \u2014 )"
)


def _bench():
    spec = importlib.util.spec_from_file_location("bench_events", REPO / "bench" / "events.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench():
    return _bench()


@pytest.fixture(scope="module")
def result(bench, tmp_path_factory):
    return bench.run(EVENTS_DIR, tmp_path_factory.mktemp("events") / "events.db")


def test_fixtures_well_formed():
    files = sorted(p.name for p in EVENTS_DIR.glob("*.txt"))
    gold = json.loads((EVENTS_DIR / "events.json").read_text(encoding="utf-8"))
    variations = json.loads((EVENTS_DIR / "variations.json").read_text(encoding="utf-8"))
    assert (EVENTS_DIR / "README.md").is_file()
    assert sorted(gold) == files, "events.json must label every article, and only articles"
    assert sorted(variations) == files, "variations.json must tag every article, and only articles"
    assert all(isinstance(v, list) and all(isinstance(x, str) and x for x in v) for v in gold.values())
    assert all(isinstance(v, list) and v for v in variations.values())
    labels = {label for v in gold.values() for label in v}
    meetings = {label for name, v in gold.items() if name.startswith("m") for label in v}  # m*: the six meetings
    assert len(labels) == 9 and len(meetings) == 6
    for label in meetings:  # the six meetings: two or three outlets each
        assert 2 <= sum(label in v for v in gold.values()) <= 3, label
    assert sum(1 for v in gold.values() if not v) >= 1  # a report that recalls a meeting, no new one
    near = {t for v in variations.values() for t in v if t.startswith("near-miss:")}
    assert len(near) == 4, near
    for name in files:
        text = (EVENTS_DIR / name).read_text(encoding="utf-8")
        assert HEADER.match(text), f"{name}: first line is not a date header summitry reads"
        assert 100 <= len(text.split()) <= 300, f"{name}: {len(text.split())} words"


def test_pairwise_same_event(result, bench, capsys):
    with capsys.disabled():
        print()
        bench.report(result)
    overall = result["overall"]
    assert overall.n_gold == 16  # 6 meetings of 2-3 reports and 2 near misses of 2: 3+3+1+3+1+3+1+1
    assert overall.precision >= PRECISION_FLOOR, (overall.precision, overall.wrong)
    assert overall.f1 >= F1_FLOOR, (overall.f1, overall.missed)
