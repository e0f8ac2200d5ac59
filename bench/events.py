"""Same-event linking (consolidation) on tests/fixtures/events: pairwise precision, recall and F1 over documents.

    python bench/events.py [--dir DIR] [--db FILE] [--json OUT]

Every article of the folder is ingested into a fresh SQLite database (``summitry.ingest.run.ingest``, which also
consolidates), and the events are read back with ``summitry.open(db).meetings()``. A pair of documents is
*predicted same* when they share an event_id, *gold same* when ``events.json`` gives them a common label (an
article reporting no new meeting has ``[]`` and is gold-same with nothing). Pairwise precision = correct predicted
pairs / predicted pairs, recall = correct predicted pairs / gold pairs. ``variations.json`` tags each article with
the kinds of variation it carries; the per-variation figures count only the pairs with at least one tagged article.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVENTS_DIR = REPO / "tests" / "fixtures" / "events"


@dataclass
class Prediction:
    """What summitry made of the folder: per article file, the event ids its meetings were linked to."""

    doc_events: dict[str, set[str]]
    events: dict[str, dict]  # event_id -> the meetings() row (participants, date, kind, sources, ...)
    doc_sources: dict[str, list[dict]] = field(default_factory=dict)  # file -> its sources (with event_id)


@dataclass
class PairScore:
    precision: float
    recall: float
    f1: float
    n_predicted: int
    n_gold: int
    n_correct: int
    wrong: list[tuple[str, str]]  # predicted same, gold different
    missed: list[tuple[str, str]]  # gold same, predicted different

    def as_dict(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1, "predicted_pairs": self.n_predicted,
                "gold_pairs": self.n_gold, "correct_pairs": self.n_correct,
                "wrong_merges": [list(p) for p in self.wrong], "missed_merges": [list(p) for p in self.missed]}


def article_files(folder: Path = EVENTS_DIR) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def load_gold(folder: Path = EVENTS_DIR) -> dict[str, set[str]]:
    raw = json.loads((folder / "events.json").read_text(encoding="utf-8"))
    return {name: set(labels) for name, labels in raw.items()}


def load_variations(folder: Path = EVENTS_DIR) -> dict[str, set[str]]:
    path = folder / "variations.json"
    if not path.exists():
        return {}
    return {name: set(tags) for name, tags in json.loads(path.read_text(encoding="utf-8")).items()}


def predict(folder: Path = EVENTS_DIR, db: str | Path | None = None) -> Prediction:
    """Ingest the folder's articles into ``db`` (a temporary SQLite file when None) and read the events back."""
    import summitry
    from summitry.ingest.run import ingest
    from summitry.store import Store

    files = article_files(folder)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(db) if db is not None else Path(tmp) / "events.db"
        store = Store.open(str(path))
        try:
            summary = ingest([str(f) for f in files], store)
        finally:
            store.close()
        if getattr(summary, "failed", 0) or getattr(summary, "aborted", None):
            raise RuntimeError(f"ingest failed: {summary.line(False) if hasattr(summary, 'line') else summary}")
        with summitry.open(str(path)) as handle:
            rows = handle.meetings()
    names = {f.name for f in files}
    doc_events: dict[str, set[str]] = {name: set() for name in names}
    doc_sources: dict[str, list[dict]] = defaultdict(list)
    events: dict[str, dict] = {}
    for row in rows:
        events[row["event_id"]] = row
        for source in row["sources"]:
            name = Path(source["locator"] or "").name
            if name in doc_events:
                doc_events[name].add(row["event_id"])
                doc_sources[name].append({**source, "event_id": row["event_id"]})
    return Prediction(doc_events, events, dict(doc_sources))


def pairwise(gold: dict[str, set[str]], pred: dict[str, set[str]], only: set[str] | None = None) -> PairScore:
    """Pairwise same-event scores over the documents of ``gold``; with ``only``, the pairs touching those files."""
    wrong, missed = [], []
    n_pred = n_gold = n_ok = 0
    for a, b in combinations(sorted(gold), 2):
        if only is not None and a not in only and b not in only:
            continue
        is_gold = bool(gold[a] & gold[b])
        is_pred = bool(pred.get(a, set()) & pred.get(b, set()))
        n_gold += is_gold
        n_pred += is_pred
        n_ok += is_gold and is_pred
        if is_pred and not is_gold:
            wrong.append((a, b))
        elif is_gold and not is_pred:
            missed.append((a, b))
    precision = n_ok / n_pred if n_pred else 1.0
    recall = n_ok / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScore(precision, recall, f1, n_pred, n_gold, n_ok, wrong, missed)


def per_variation(gold: dict[str, set[str]], pred: dict[str, set[str]],
                  variations: dict[str, set[str]]) -> dict[str, PairScore]:
    tags = sorted({t for ts in variations.values() for t in ts})
    return {t: pairwise(gold, pred, {f for f, ts in variations.items() if t in ts}) for t in tags}


def describe(pred: Prediction, name: str) -> str:
    """One line per event a document was linked to: participants, date, kind (why it did or did not join)."""
    parts = []
    for s in pred.doc_sources.get(name, []):
        parts.append(f"{s['event_id']} [{'; '.join(s['participants'])}] date={s['date']} kind={s['kind']} "
                     f"place={s['place']}")
    return " | ".join(parts) or "(no event)"


def run(folder: Path = EVENTS_DIR, db: str | Path | None = None) -> dict:
    """Ingest, score and return everything the report prints."""
    gold = load_gold(folder)
    pred = predict(folder, db)
    overall = pairwise(gold, pred.doc_events)
    linked = {e for es in pred.doc_events.values() for e in es}
    return {
        "gold": gold, "prediction": pred, "overall": overall,
        "variations": per_variation(gold, pred.doc_events, load_variations(folder)),
        "n_gold_events": len({label for labels in gold.values() for label in labels}),
        "n_events": len(linked),
    }


def report(result: dict, out=sys.stdout) -> None:
    overall: PairScore = result["overall"]
    pred: Prediction = result["prediction"]
    print(f"documents {len(result['gold'])}  events found {result['n_events']}  gold events "
          f"{result['n_gold_events']}", file=out)
    print(f"pairwise  P {overall.precision:.3f}  R {overall.recall:.3f}  F1 {overall.f1:.3f}  "
          f"(predicted pairs {overall.n_predicted}, gold pairs {overall.n_gold}, correct {overall.n_correct})",
          file=out)
    print("\nwrong merges (predicted same, gold different):", file=out)
    for a, b in overall.wrong or [("-", "-")]:
        print(f"  {a} + {b}", file=out)
    print("missed merges (gold same, predicted different):", file=out)
    for a, b in overall.missed or [("-", "-")]:
        print(f"  {a} + {b}", file=out)
    involved = sorted({f for p in overall.wrong + overall.missed for f in p if f != "-"})
    if involved:
        print("\nwhat those documents were linked to:", file=out)
        for name in involved:
            print(f"  {name}: {describe(pred, name)}", file=out)
    if result["variations"]:
        print("\nper variation (pairs touching a tagged article):", file=out)
        print(f"  {'variation':<42}{'pairs':>6}{'gold':>6}{'P':>7}{'R':>7}{'F1':>7}", file=out)
        for tag, s in result["variations"].items():
            print(f"  {tag:<42}{s.n_predicted:>6}{s.n_gold:>6}{s.precision:>7.2f}{s.recall:>7.2f}{s.f1:>7.2f}",
                  file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, default=EVENTS_DIR, help="fixture folder (default: %(default)s)")
    parser.add_argument("--db", help="keep the database here instead of a temporary file (must not exist)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    if args.db and Path(args.db).exists():
        parser.error(f"{args.db} exists; give a new file")
    result = run(args.dir, args.db)
    report(result)
    if args.json:
        data = {"overall": result["overall"].as_dict(), "n_events": result["n_events"],
                "n_gold_events": result["n_gold_events"],
                "variations": {t: s.as_dict() for t, s in result["variations"].items()}}
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
