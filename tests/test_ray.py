"""``summitry extract --ray``: the same records on Ray Data as in one process, on a local Ray instance.

Skips with a message when Ray is not installed (``pip install -e ".[ray]"``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import summitry
from summitry.cli import main

ray = pytest.importorskip("ray", reason='Ray is not installed: pip install -e ".[ray]" to run the Ray Data tests')
pytest.importorskip("ray.data", reason="ray is installed without ray.data: pip install 'ray[data]'")

ARTICLES = {
    "baku_call.txt": (
        "Published 2024-05-14\n"
        "President Ilham Aliyev had a phone call with President of Russia Vladimir Putin today.\n"
        "\"We discussed the North-South corridor,\" Aliyev said. Trade grew by 12 percent to $4.5 billion.\n"
    ),
    "astana_talks.txt": (
        "date 2024-07-03 12:40\n"
        "President Kassym-Jomart Tokayev met President Shavkat Mirziyoyev in Astana today.\n"
        "Tokayev said:\n"
        "- Our goal is to bring trade to 10 billion dollars.\n"
    ),
    "delhi_visit.txt": (
        "New Delhi, 3 March 2023\n"
        "Prime Minister Narendra Modi received German Chancellor Olaf Scholz in New Delhi on Saturday.\n"
        "Around 1,800 German companies operate in India, Scholz told reporters.\n"
    ),
    "no_meeting.txt": (
        "Published January 08, 2022\n"
        "The national museum reopened after a renovation that cost about 30 million euros.\n"
    ),
}


@pytest.fixture(scope="module")
def local_ray():
    """One local Ray instance for the module (the CLI joins it rather than starting its own)."""
    try:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    except Exception as exc:  # the machine cannot run Ray (no shared memory, sandboxed sockets): say so
        pytest.skip(f"could not start a local Ray instance here: {type(exc).__name__}: {exc}")
    yield
    ray.shutdown()


@pytest.fixture()
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    for i, (name, text) in enumerate(ARTICLES.items()):
        path = root / f"part{i % 2}" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def single_process(runner: CliRunner, corpus: Path) -> str:
    result = runner.invoke(main, ["extract", str(corpus)])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_ray_jsonl_output_equals_single_process(local_ray, corpus, tmp_path):
    runner = CliRunner()
    expected = single_process(runner, corpus)
    out = tmp_path / "ray.jsonl"
    # "--ray PATH": an existing path after --ray is a path to read, not a cluster address.
    result = runner.invoke(main, ["extract", "--ray", str(corpus), "-o", str(out), "--batch-size", "1"])
    assert result.exit_code == 0, result.output
    assert "4 article(s) extracted, 0 failed" in result.stderr
    assert out.read_text(encoding="utf-8") == expected
    assert len(expected.splitlines()) == len(ARTICLES)


def test_ray_stdout_and_bad_files(local_ray, corpus):
    (corpus / "part1" / "empty.txt").write_bytes(b"")
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(corpus), "--ray"])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.stderr
    assert "4 article(s) extracted, 1 failed" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    files = sorted(p for p in corpus.rglob("*.txt") if p.name != "empty.txt")
    assert records == [summitry.extract(p.read_text(encoding="utf-8"), id=p.stem, file=p.name) for p in files]


def test_ray_parquet_output(local_ray, corpus, tmp_path):
    import pyarrow.parquet as pq

    runner = CliRunner()
    expected = single_process(runner, corpus).splitlines()
    out = tmp_path / "out.parquet"
    result = runner.invoke(main, ["extract", str(corpus), "--ray", "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.column_names == ["id", "file", "published", "record"]
    assert sorted(table.column("record").to_pylist()) == sorted(expected)  # rows from several files
    by_id = dict(zip(table.column("id").to_pylist(), table.column("record").to_pylist(), strict=True))
    assert {r["id"]: json.dumps(r, ensure_ascii=False) for r in map(json.loads, expected)} == by_id


def test_ray_reads_jsonl_and_parquet_inputs(local_ray, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"id": f"doc{i}", "text": text} for i, text in enumerate(ARTICLES.values())]
    rows.append({"id": "blank", "text": "  "})
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    table = tmp_path / "feed.parquet"
    pq.write_table(pa.Table.from_pylist(rows), table)
    expected = [summitry.extract(r["text"], id=r["id"]) for r in rows[:-1]]
    runner = CliRunner()
    for source in (feed, table):
        result = runner.invoke(main, ["extract", str(source), "--ray"])
        assert result.exit_code == 1, result.output  # the blank row
        assert "#blank: no text" in result.stderr
        assert [json.loads(line) for line in result.stdout.splitlines()] == expected


def test_ray_missing_is_a_clean_error(corpus, monkeypatch):
    from summitry.backends import ray as backend

    def unavailable():
        raise backend.RayUnavailable('Ray is not installed: pip install "summitry[ray]" (ray[data])')

    monkeypatch.setattr(backend, "_ray", unavailable)
    result = CliRunner().invoke(main, ["extract", str(corpus), "--ray"])
    assert result.exit_code == 1
    assert "Ray is not installed" in result.output and "Traceback" not in result.output
