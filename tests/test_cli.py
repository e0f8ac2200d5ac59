"""The command line: ``summitry extract``, ``summitry eval`` and ``summitry demo``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summitry.cli import main

ARTICLE_ONE = (
    "Moscow, 10 June 2023\n"
    "President Vladimir Putin received President of the Republic of Azerbaijan Ilham Aliyev in the Kremlin.\n"
    "Putin said:\n"
    "- Our trade turnover grew by 15 percent last year.\n"
)
ARTICLE_TWO = (
    "date 2024-07-03 12:40\nPresident Kassym-Jomart Tokayev met President Shavkat Mirziyoyev in Astana today.\n"
)

METRICS = {
    "published": {"accuracy"},
    "meetings": {"precision", "recall", "f1", "place_accuracy"},
    "utterances": {"found", "attribution", "precision"},
    "amounts": {"precision", "recall", "f1", "qualifier_accuracy", "speaker_accuracy", "metric_f1"},
    "people": {"precision", "recall", "f1", "title_accuracy", "country_accuracy"},
}


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """Two good articles (one nested) and files that are not .txt."""
    root = tmp_path / "corpus"
    write(root / "one.txt", ARTICLE_ONE)
    write(root / "sub" / "deeper" / "two.txt", ARTICLE_TWO)
    write(root / "notes.md", "President Vladimir Putin met President Ilham Aliyev.\n")
    write(root / "sub" / "data.json", '{"not": "an article"}\n')
    return root


# --------------------------------------------------------------------------- extract


def test_extract_folder_recursive_only_txt(runner, corpus):
    result = runner.invoke(main, ["extract", str(corpus)])
    assert result.exit_code == 0, result.output
    records = jsonl(result.stdout)
    assert [(r["file"], r["id"]) for r in records] == [("one.txt", "one"), ("two.txt", "two")]
    one = records[0]
    assert one["published"] == "2023-06-10"
    assert [m["participants"] for m in one["meetings"]] == [["Ilham Aliyev", "Vladimir Putin"]]
    assert [u["speaker"] for u in one["utterances"]] == ["Vladimir Putin"]
    u = one["utterances"][0]
    assert ARTICLE_ONE[u["start"] : u["end"]] == "Our trade turnover grew by 15 percent last year."
    a = one["amounts"][0]
    assert (ARTICLE_ONE[a["start"] : a["end"]], a["value"], a["unit"]) == ("15 percent", 15, "percent")
    assert records[1]["published"] == "2024-07-03"
    assert "2 article(s) extracted, 0 failed" in result.stderr


def test_extract_named_file(runner, corpus):
    result = runner.invoke(main, ["extract", str(corpus / "sub" / "deeper" / "two.txt")])
    assert result.exit_code == 0, result.output
    records = jsonl(result.stdout)
    assert [(r["file"], r["id"], r["published"]) for r in records] == [("two.txt", "two", "2024-07-03")]


def test_extract_output_file(runner, corpus, tmp_path):
    out = tmp_path / "out" / "pred.jsonl"
    out.parent.mkdir()
    result = runner.invoke(main, ["extract", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    records = jsonl(out.read_text(encoding="utf-8"))
    assert [r["file"] for r in records] == ["one.txt", "two.txt"]


def test_extract_output_is_utf8_not_escaped(runner, tmp_path):
    write(
        tmp_path / "a" / "erdogan.txt",
        "date 2023-03-04\nPresident Recep Tayyip Erdogan met President Ilham Aliyev in Ankara.\n",
    )
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(main, ["extract", str(tmp_path / "a"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    raw = out.read_text(encoding="utf-8")
    assert "Recep Tayyip Erdoğan" in raw  # ensure_ascii=False
    assert len(raw.splitlines()) == 1


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t\n", "empty"),
        ("latin1.txt", "Pr\u00e9sident Macron a rencontr\u00e9 le chancelier.".encode("latin-1"), "UTF-8"),
        ("bom.txt", "\ufeffPresident Vladimir Putin met President Ilham Aliyev.".encode(), "byte-order mark"),
    ],
)
def test_bad_file_is_reported_and_skipped(runner, corpus, tmp_path, name, data, reason):
    write(corpus / "sub" / name, data)
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(main, ["extract", str(corpus), "-o", str(out)])
    assert result.exit_code != 0
    lines = [line for line in result.stderr.splitlines() if name in line]
    assert len(lines) == 1, result.stderr
    assert "skipped" in lines[0] and reason in lines[0]
    assert "Traceback" not in result.output
    # The good files are still written.
    assert [r["file"] for r in jsonl(out.read_text(encoding="utf-8"))] == ["one.txt", "two.txt"]
    assert "2 article(s) extracted, 1 failed" in result.stderr


def test_all_bad_kinds_together(runner, corpus, tmp_path):
    write(corpus / "bin.txt", b"abc\x00def")
    write(corpus / "zero.txt", b"")
    write(corpus / "cp1252.txt", b"\x93quoted\x94 text")
    result = runner.invoke(main, ["extract", str(corpus), "-o", str(tmp_path / "p.jsonl")])
    assert result.exit_code == 1
    for name in ("bin.txt", "zero.txt", "cp1252.txt"):
        assert name in result.stderr
    assert "not UTF-8 (invalid byte at offset 0)" in result.stderr
    assert "2 article(s) extracted, 3 failed" in result.stderr
    assert len(jsonl((tmp_path / "p.jsonl").read_text(encoding="utf-8"))) == 2


def test_missing_path_is_reported(runner, corpus, tmp_path):
    missing = tmp_path / "nope.txt"
    result = runner.invoke(main, ["extract", str(corpus), str(missing)])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr and "no such file" in result.stderr
    assert len(jsonl(result.stdout)) == 2


def test_no_txt_files_is_an_error(runner, tmp_path):
    write(tmp_path / "only.md", "nothing here\n")
    result = runner.invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code != 0
    assert "no .txt files" in result.output
    assert isinstance(result.exception, SystemExit)  # a ClickException, not a crash


def test_extract_needs_a_path(runner):
    result = runner.invoke(main, ["extract"])
    assert result.exit_code == 2  # click usage error


# --------------------------------------------------------------------------- eval


@pytest.fixture()
def gold_and_pred(runner, corpus, tmp_path) -> tuple[Path, Path]:
    pred = tmp_path / "pred.jsonl"
    result = runner.invoke(main, ["extract", str(corpus), "-o", str(pred)])
    assert result.exit_code == 0, result.output
    gold = tmp_path / "gold.jsonl"
    gold_docs = [
        {
            "id": "g1",
            "file": "one.txt",
            "published": "2023-06-10",
            "meetings": [
                {
                    "participants": ["Ilham Aliyev", "Vladimir Putin"],
                    "place": "Moscow",
                    "date": "2023-06-10",
                    "kind": "in_person",
                }
            ],
            "utterances": [
                {
                    "speaker": "Vladimir Putin",
                    "quote": "Our trade turnover grew by 15 percent last year.",
                    "start": ARTICLE_ONE.index("Our trade"),
                }
            ],
            "amounts": [
                {
                    "quote": "15 percent",
                    "start": ARTICLE_ONE.index("15 percent"),
                    "value": 15,
                    "unit": "percent",
                    "qualifier": "exact",
                    "metric": "growth of trade turnover",
                    "speaker": "Vladimir Putin",
                }
            ],
            "people": [
                {"name": "Vladimir Putin", "title": "President", "country": "RU"},
                {"name": "Ilham Aliyev", "title": "President", "country": "AZ"},
            ],
        },
        {
            "id": "g2",
            "file": "two.txt",
            "published": "2024-07-03",
            "meetings": [
                {
                    "participants": ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"],
                    "place": "Astana",
                    "date": "2024-07-03",
                    "kind": "in_person",
                }
            ],
            "utterances": [],
            "amounts": [],
            "people": [
                {"name": "Kassym-Jomart Tokayev", "title": "President", "country": "KZ"},
                {"name": "Shavkat Mirziyoyev", "title": "President", "country": "UZ"},
            ],
        },
    ]
    gold.write_text("".join(json.dumps(d) + "\n" for d in gold_docs), encoding="utf-8")
    return gold, pred


def test_eval_prints_a_table(runner, gold_and_pred):
    gold, pred = gold_and_pred
    result = runner.invoke(main, ["eval", str(gold), str(pred)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "2 documents" in out
    for row in ("published", "meetings", "utterances", "amounts", "people"):
        assert row in out
    assert "acc 1.000" in out and "2/2" in out


def test_eval_json(runner, gold_and_pred):
    gold, pred = gold_and_pred
    result = runner.invoke(main, ["eval", str(gold), str(pred), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["documents"] == 2
    for field, names in METRICS.items():
        assert names <= set(scores[field]), (field, sorted(scores[field]))
    # The hand-made gold above matches what the extractor finds in these two articles.
    assert scores["published"]["accuracy"] == 1.0
    assert scores["meetings"]["f1"] == 1.0
    assert scores["utterances"]["found"] == 1.0 and scores["utterances"]["attribution"] == 1.0
    assert scores["amounts"]["f1"] == 1.0 and scores["amounts"]["speaker_accuracy"] == 1.0
    assert scores["people"]["f1"] == 1.0 and scores["people"]["country_accuracy"] == 1.0
    assert "per_doc" not in scores


def test_eval_per_doc(runner, gold_and_pred):
    gold, pred = gold_and_pred
    result = runner.invoke(main, ["eval", str(gold), str(pred), "--per-doc"])
    assert result.exit_code == 0, result.output
    assert "one.txt" in result.stdout and "two.txt" in result.stdout
    assert "meet F1" in result.stdout

    result = runner.invoke(main, ["eval", str(gold), str(pred), "--per-doc", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert set(scores["per_doc"]) == {"one.txt", "two.txt"}
    assert scores["per_doc"]["two.txt"]["meetings"]["f1"] == 1.0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"file": "one.txt"}\n{broken\n', "line 2: invalid JSON"),
        ("[1, 2, 3]\n", "line 1: expected a JSON object, got list"),
        ('{"id": "nofile"}\n', "has no 'file'"),
    ],
)
def test_eval_bad_gold_is_a_clean_error(runner, gold_and_pred, tmp_path, content, message):
    _, pred = gold_and_pred
    bad = write(tmp_path / "bad_gold.jsonl", content)
    result = runner.invoke(main, ["eval", str(bad), str(pred)])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # a ClickException, not a crash
    assert "Error:" in result.stderr and message in result.stderr


def test_eval_bad_gold_has_no_traceback_in_a_real_process(tmp_path):
    bad = write(tmp_path / "bad.jsonl", "{not json\n")
    pred = write(tmp_path / "pred.jsonl", '{"file": "x.txt"}\n')
    proc = subprocess.run(
        [sys.executable, "-m", "summitry.cli", "eval", str(bad), str(pred)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "bad.jsonl: line 1: invalid JSON" in proc.stderr


def test_eval_missing_file_is_a_usage_error(runner, tmp_path):
    pred = write(tmp_path / "pred.jsonl", '{"file": "x.txt"}\n')
    result = runner.invoke(main, ["eval", str(tmp_path / "absent.jsonl"), str(pred)])
    assert result.exit_code == 2
    assert "absent.jsonl" in result.stderr


# --------------------------------------------------------------------------- demo


def test_demo_prints_each_sample(runner):
    from summitry.demo import sample_paths

    names = [p.name for p in sample_paths()]
    assert names, "summitry ships sample articles"
    result = runner.invoke(main, ["demo"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for name in names:
        assert name in result.stdout
    for heading in ("Meetings", "Quotes by speaker", "Numbers claimed", "People"):
        assert heading in result.stdout


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert "0.1.0" in result.stdout
