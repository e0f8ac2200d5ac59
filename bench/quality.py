"""Quality of summitry on every gold set it can see, by genre, and the pinned baseline of the CI gate.

    python bench/quality.py [--shared DIR] [--fast] [--json OUT] [--write-baseline]

Sets, each scored with FORMAT.md's metrics (``summitry.scoring``):
  dev        ../shared seeds + dev (20 articles: what the first rules were written on)
  dev2       ../shared dev2 (30 articles, 11 genres: the validation set), per genre from its manifest
  genres     tests/fixtures/genres (invented articles in the genres of real reporting, written by someone who did
             not read the extractors; nobody tuning the extractors reads them): per genre from genres.json
  heldout    tests/fixtures/heldout (12 invented articles, an earlier held-out set)
  unseen     tests/fixtures/unseen (24 invented articles, 12 genres; measured once before the rules of this round
             were written, then read for errors: a development set since)
  unseen3    tests/fixtures/unseen3 (24 invented articles in the weakest genres; measured once, then a development set)
  unseen5    tests/fixtures/unseen5 (24 invented articles; measured once, then a development set)
  unseen7    tests/fixtures/unseen7 (24 invented articles in the weakest genres: round-ups, transcripts, no-meeting
             news, number-heavy and indirect speech; measured once before tuning, then a development set)
  unseen2    tests/fixtures/unseen2 (24 invented articles, 12 genres; held out: only its totals and per-genre
             figures are looked at, never its articles or per-article errors)
  unseen4    tests/fixtures/unseen4 (24 invented articles, 12 genres; held out like unseen2)
  unseen6    tests/fixtures/unseen6 (24 invented articles, 12 genres; held out like unseen2)
  unseen10   tests/fixtures/unseen10 (24 invented articles in the weakest genres: delegations, multi-party meetings,
             ministers, agency read-outs, places given by venues or datelines; measured once, then a development set)
  unseen8    tests/fixtures/unseen8 (12 invented articles, one per genre; held out, written at the very end)
  unseen9    tests/fixtures/unseen9 (24 invented articles, 12 genres; held out like unseen2)
  unseen11   tests/fixtures/unseen11 (12 invented articles, one per genre; held out, written at the end of a round)
  unseen12   tests/fixtures/unseen12 (24 invented articles, phone read-outs first, then video, ministers, round-ups,
             transcripts, leaders and no-meeting news; measured once, then a development set)
  unseen13   tests/fixtures/unseen13 (12 invented articles, one per genre; held out, written at the start of a round
             and measured at its end)
  unseen14   tests/fixtures/unseen14 (16 invented telephone and video read-outs; measured once, then a development set)
  unseen15   tests/fixtures/unseen15 (16 invented round-ups, multi-party meetings, delegations and visits; measured
             once, then a development set)
  unseen16   tests/fixtures/unseen16 (16 invented transcripts and indirect-speech reports; measured once, then a
             development set)
  unseen17   tests/fixtures/unseen17 (16 invented articles, 12 genres and 4 more of the weakest; held out, written at
             the start of a round and measured at its start and end)
  unseen18   tests/fixtures/unseen18 (16 invented phone read-outs, round-ups, ministers' talks, transcripts and
             number-heavy reports; measured once, then a development set)
  unseen19   tests/fixtures/unseen19 (14 invented agency read-outs, indirect speech, number-heavy reports without a
             meeting, round-ups and transcripts; measured once, then a development set)
  unseen20   tests/fixtures/unseen20 (12 invented articles, one per genre; held out, written in the middle of a round
             and measured when it arrived and at the round's end)
  unseen21   tests/fixtures/unseen21 (16 invented phone, video and agency read-outs and meetings whose city takes
             finding; a development set from the start)
  unseen22   tests/fixtures/unseen22 (16 invented articles of 8 genres, phone read-outs the most; held out, written at
             the start of a session and measured at its start and end)
  unseen23   tests/fixtures/unseen23 (16 invented agency read-outs, title-heavy reports, video talks and delegation
             visits; measured once, then a development set)
  unseen24   tests/fixtures/unseen24 (16 invented articles of 10 genres; held out, written in the middle of a session
             and measured when it arrived and at the session's end)
  unseen25   tests/fixtures/unseen25 (16 invented articles of 10 genres, persons of Asia, Oceania, the Middle East and
             North Africa; held out, written at the start of a session and measured at its start and end)
  unseen26   tests/fixtures/unseen26 (16 invented agency read-outs, transcripts, leaders' talks, video and phone
             read-outs and round-ups; a development set from the start)
  unseen27   tests/fixtures/unseen27 (16 invented agency read-outs and transcripts dense in reported speech; a
             development set from the start)
  unseen28   tests/fixtures/unseen28 (12 invented agency read-outs of Asian, Gulf, African and Latin American
             agencies and transcripts; no gold in related-news lists; a development set from the start)
  unseen30   tests/fixtures/unseen30 (16 invented agency read-outs and transcripts in many shapes of reported speech and
             transcript labels; a development set from the start)
  unseen31   tests/fixtures/unseen31 (16 invented meetings whose dates, cities and participants are given in many ways,
             round-ups, delegations, phone and video calls; a development set from the start)
  unseen32   tests/fixtures/unseen32 (16 invented phone, video, delegation, ministers', multi-party and number-heavy
             reports, title chains and currencies written many ways; measured once, then a development set)
  unseen33   tests/fixtures/unseen33 (16 invented round-ups, leaders' talks, transcripts, agency read-outs, ministers'
             talks and no-meeting news; measured once, then a development set)
  unseen35   tests/fixtures/unseen35 (16 invented round-ups, multi-party meetings, ministers' talks, transcripts and
             delegations whose places and title chains are given in many ways; measured once, then a development set)
  unseen36   tests/fixtures/unseen36 (16 invented multi-party meetings, summit round-ups, transcripts after trilaterals
             and no-meeting news; measured once, then a development set)
  unseen38   tests/fixtures/unseen38 (16 invented number reports with meetings, round-ups, indirect speech, agency
             read-outs, calls, delegations and multi-party meetings; measured once, then a development set)
  unseen39   tests/fixtures/unseen39 (16 invented round-ups, multi-party formats, calls, ministers' talks, transcripts
             and no-meeting news of Central Asia, the Caucasus, the Balkans, West Africa and South-East Asia;
             measured once, then a development set)
  unseen41   tests/fixtures/unseen41 (16 invented round-ups, multi-party formats, phone read-outs, ministers' talks,
             transcripts and a video call of many regions; measured once, then a development set)
  unseen29   tests/fixtures/unseen29 (16 invented articles of 10 genres, persons of Europe, Central Asia, the Caucasus,
             Africa and Latin America; held out, written at the start of a session and measured at its start and end)
  unseen34   tests/fixtures/unseen34 (16 invented articles of 11 genres, persons of East Asia, the Pacific, the Gulf,
             East and Southern Africa and the Americas; held out, written at the start of a session and measured at its
             start and end)
  unseen37   tests/fixtures/unseen37 (16 invented articles of 11 genres, persons of Central Asia, the Caucasus, the
             Balkans, West Africa, the Maghreb, South-East Asia, the Caribbean, the Nordic and Baltic states; held out,
             written at the start of a round)
  unseen40   tests/fixtures/unseen40 (16 invented articles of 11 genres, persons of Latin America, South Asia, the Horn
             of Africa, Southern Africa, Eastern Europe, the Gulf and Levant, Oceania and Mongolia; held out, written at
             the start of a session and measured at its start and end)

--write-baseline measures the default and the fast path on dev and dev2 and writes tests/quality_baseline.json,
which tests/test_end_to_end.py holds CI to (no headline may drop by more than 0.02).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from summitry.pipeline import DEFAULT, FAST, PIPELINES
from summitry.quality import HEADLINES, load_set, measure, predict
from summitry.scoring import load_jsonl, score

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
COLUMNS = (("meetings", "f1", "meet F1"), ("meetings", "place_accuracy", "place"),
           ("utterances", "found", "utt found"), ("utterances", "attribution", "attr"),
           ("utterances", "precision", "utt P"), ("amounts", "f1", "amt F1"),
           ("amounts", "speaker_accuracy", "amt spk"), ("amounts", "metric_f1", "metric"),
           ("people", "f1", "ppl F1"), ("people", "title_accuracy", "title"), ("published", "accuracy", "pub"))


def _row(label: str, n: int, scores: dict) -> str:
    return f"{label:<14}{n:>4}  " + "  ".join(f"{scores[s][m]:>{len(h)}.2f}" for s, m, h in COLUMNS)


def _header() -> str:
    return f"{'set / genre':<14}{'docs':>4}  " + "  ".join(h for _, _, h in COLUMNS)


def _by_genre(gold: list[dict], pred: list[dict], genre_of: dict[str, str]) -> list[str]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        groups[genre_of.get(g["file"], "?")].append(g)
    return [_row("  " + genre, len(docs), score(docs, pred)) for genre, docs in sorted(groups.items())]


def _fixture_set(folder: Path) -> tuple[list[dict], list[Path]]:
    gold = load_jsonl(folder / "gold.jsonl")
    return gold, [folder / g["file"] for g in gold]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--fast", action="store_true", help="score the fast path")
    ap.add_argument("--json", type=Path, help="also write every figure here")
    ap.add_argument("--write-baseline", action="store_true", help="re-pin tests/quality_baseline.json")
    args = ap.parse_args()
    if not (args.shared / "gold").is_dir():
        print(f"no gold under {args.shared}: nothing to measure", file=sys.stderr)
        return 2
    if args.write_baseline:
        baseline = {path: measure(args.shared, PIPELINES[path]) for path in ("default", "fast")}
        out = REPO / "tests" / "quality_baseline.json"
        out.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {out}")
        return 0

    report: dict[str, dict] = {}
    lines = [f"summitry quality ({'fast' if args.fast else 'default'} path); FORMAT.md metrics", _header()]
    sets = [("dev", *load_set(args.shared, ("seeds", "dev")), {}),
            ("dev2", *load_set(args.shared, ("dev2",)), _manifest_genres(args.shared / "corpus" / "dev2"))]
    for name, gold, paths, genres in sets:
        pred = predict((paths[g["file"]] for g in gold), pipeline=FAST if args.fast else DEFAULT)
        total = score(gold, pred)
        report[name] = {f"{s}.{m}": total[s][m] for s, m in HEADLINES}
        lines.append(_row(name, len(gold), total))
        if genres:
            lines += _by_genre(gold, pred, genres)
    for name in ("genres", "heldout", "unseen", "unseen3", "unseen5", "unseen7", "unseen10", "unseen12", "unseen14",
                 "unseen15", "unseen16", "unseen18", "unseen19", "unseen21", "unseen23", "unseen26", "unseen27",
                 "unseen28", "unseen30", "unseen31", "unseen32", "unseen33", "unseen35", "unseen36", "unseen38",
                 "unseen39", "unseen41", "unseen2", "unseen4", "unseen6", "unseen8", "unseen9", "unseen11", "unseen13",
                 "unseen17", "unseen20", "unseen22", "unseen24", "unseen25", "unseen29", "unseen34", "unseen37",
                 "unseen40"):
        folder = FIXTURES / name
        if not (folder / "gold.jsonl").is_file():
            continue
        gold, paths = _fixture_set(folder)
        pred = predict(paths, pipeline=FAST if args.fast else DEFAULT)
        total = score(gold, pred)
        report[name] = {f"{s}.{m}": total[s][m] for s, m in HEADLINES}
        lines.append(_row(name, len(gold), total))
        genre_file = folder / "genres.json"
        if genre_file.is_file():
            lines += _by_genre(gold, pred, json.loads(genre_file.read_text(encoding="utf-8")))
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


def _manifest_genres(folder: Path) -> dict[str, str]:
    manifest = folder / "manifest.jsonl"
    return {r["file"]: r.get("genre", "?") for r in load_jsonl(manifest)} if manifest.is_file() else {}


if __name__ == "__main__":
    sys.exit(main())
