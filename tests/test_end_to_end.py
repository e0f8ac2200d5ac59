"""End to end: the installed CLI over ../shared/corpus, scored against ../shared/gold with the FORMAT.md metrics.

The quality gate: every headline figure on each gold set (dev = seeds + dev, dev2) must stay within
``summitry.quality.TOLERANCE`` (0.02) of the pinned ``quality_baseline.json``; after a deliberate change,
``python bench/quality.py --write-baseline`` re-pins it. ``pytest -rA tests/test_end_to_end.py`` shows the tables.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import summitry
from summitry.quality import drops, measure_predictions, read_baseline
from summitry.scoring import format_table, load_jsonl, score

BASELINE = Path(__file__).with_name("quality_baseline.json")


def _cli() -> list[str]:
    """The console script installed beside this interpreter, else the module."""
    script = Path(sys.executable).with_name("summitry")
    if script.exists():
        return [str(script)]
    found = shutil.which("summitry")
    return [found] if found else [sys.executable, "-m", "summitry.cli"]


@pytest.fixture(scope="module", params=["default", "fast"])
def scores(request: pytest.FixtureRequest, shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Both paths, the default and ``--fast``, are held to the bar."""
    corpus = shared_dir / "corpus"
    gold_files = sorted((shared_dir / "gold").glob("*.jsonl"))
    if not gold_files or not any(corpus.rglob("*.txt")):
        pytest.skip(f"../shared not present: no gold *.jsonl or corpus *.txt under {shared_dir}")
    out = tmp_path_factory.mktemp("e2e") / "pred.jsonl"
    proc = subprocess.run(
        [*_cli(), "extract", str(corpus), "-o", str(out), *(["--fast"] if request.param == "fast" else [])],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    gold = [doc for path in gold_files for doc in load_jsonl(path)]
    pred = load_jsonl(out)
    # Every gold article was extracted, under its base file name.
    assert {d["file"] for d in gold} <= {d["file"] for d in pred}
    for d in pred:
        assert d["id"] == Path(d["file"]).stem
    result = score(gold, pred)
    print()
    print(format_table(result))
    return {"all": result, "path": request.param, "sets": measure_predictions(shared_dir, pred)}


def test_every_gold_document_scored(scores, shared_dir):
    n_gold = sum(len(load_jsonl(p)) for p in (shared_dir / "gold").glob("*.jsonl"))
    assert scores["all"]["documents"] == n_gold


def test_quality_gate(scores):
    baseline = read_baseline(BASELINE)[scores["path"]]
    assert set(baseline) == set(scores["sets"]), "the baseline pins every gold set"
    fallen = drops(baseline, scores["sets"])
    assert not fallen, "headline figures fell below the pinned baseline:\n" + "\n".join(fallen)


def test_offsets_of_predictions_point_into_the_articles(shared_dir, span_checker):
    # A direct API check on every corpus article: each span lies inside its own text.
    for path in sorted((shared_dir / "corpus").rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        result = summitry.extract(text, id=path.stem, file=path)
        assert (result["id"], result["file"]) == (path.stem, path.name)
        span_checker(text, result)
