"""Many documents at once: ``extract_many`` (spaCy batched), the ordered process pool, ``--workers N``.

The contract is the same records, in the same order, as ``summitry.extract`` one article at a time.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import summitry
from summitry.cli import main
from summitry.ingest.run import ingest, reextract_stored
from summitry.parallel import WorkerPool, extract_many, extract_paths
from summitry.pipeline import FAST, resolve
from summitry.store import Store, schema

SAMPLES = sorted((Path(summitry.__file__).parent / "samples").glob("*.txt"))
SHARED_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def _support():
    name = "summitry_ingest_test_support"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).parent / "fixtures/ingest/support.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _corpus_files() -> list[Path]:
    files = sorted(SHARED_CORPUS.rglob("*.txt")) if SHARED_CORPUS.is_dir() else []
    return files + SAMPLES


def one_by_one(paths: list[Path]) -> list[dict]:
    return [summitry.extract(p.read_text(encoding="utf-8"), id=p.stem, file=p.name) for p in paths]


# --------------------------------------------------------------------------- extract_many


@pytest.mark.parametrize("batch_size", [1, 4, 16])
def test_extract_many_equals_extract(batch_size):
    """On the shared corpus (when present) and the samples, for any batch size."""
    files = _corpus_files()
    texts = (p.read_text(encoding="utf-8") for p in files)  # a generator: read lazily
    got = list(extract_many(texts, ids=(p.stem for p in files), files=files, batch_size=batch_size))
    assert got == one_by_one(files)


def test_fast_path_batched_equals_one_by_one():
    files = _corpus_files()
    texts = [p.read_text(encoding="utf-8") for p in files]
    got = list(extract_many(texts, ids=[p.stem for p in files], files=files, batch_size=4, pipeline=FAST))
    assert got == [summitry.extract(t, id=p.stem, file=p.name, fast=True) for t, p in zip(texts, files, strict=True)]
    assert got != list(extract_many(texts, ids=[p.stem for p in files], files=files))  # it is another path


def test_extract_many_without_ids_and_validation():
    text = SAMPLES[0].read_text(encoding="utf-8")
    assert list(extract_many([text, text])) == [summitry.extract(text)] * 2
    assert list(extract_many([])) == []
    with pytest.raises(TypeError):
        list(extract_many([b"bytes"]))
    with pytest.raises(ValueError):
        list(extract_many(["a lone surrogate \ud800"]))


def test_extract_paths_reports_bad_files_in_place(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    results = extract_paths([SAMPLES[0], empty, tmp_path / "missing.txt", SAMPLES[1]])
    assert [e for _, e in results] == [None, "empty file", "no such file", None]
    assert [json.loads(line) for line, _ in results if line] == one_by_one([SAMPLES[0], SAMPLES[1]])


# --------------------------------------------------------------------------- the pool


def square_all(xs: list[int]) -> list[int]:
    return [x * x for x in xs]


def test_pool_keeps_order_passes_through_and_reads_lazily():
    pulled = []

    def jobs():
        for i in range(400):
            pulled.append(i)
            yield i, (None if i % 7 == 0 else i)  # every 7th job has no work: it passes through in place

    with WorkerPool(2, chunksize=5) as pool:
        results = pool.map(square_all, jobs())
        first = next(results)
        in_flight = len(pulled)
        rest = list(results)
    assert first == (0, None)
    # Bounded: only the window of chunks (workers x 4, of 5 payloads and the pass-through jobs between them,
    # plus the one that closed the window) was read ahead.
    assert in_flight <= (pool.window + 1) * 6 < 400
    got = [first, *rest]
    assert got == [(i, None if i % 7 == 0 else i * i) for i in range(400)]


def test_pool_long_runs_of_pass_through_jobs_do_not_pile_up():
    with WorkerPool(1, chunksize=2) as pool:
        got = list(pool.map(square_all, ((i, None if i < 1000 else i) for i in range(1003))))
    assert got == [(i, None if i < 1000 else i * i) for i in range(1003)]


# --------------------------------------------------------------------------- summitry extract --workers


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_cli_workers_output_equals_single_process(tmp_path):
    corpus = tmp_path / "corpus"
    for i, sample in enumerate(SAMPLES * 3):  # 15 articles: several tasks per worker
        _write(corpus / f"{i // 5}" / f"{i:02d}_{sample.name}", sample.read_text(encoding="utf-8"))
    _write(corpus / "1" / "05b_empty.txt", b"")
    _write(corpus / "2" / "zz_latin1.txt", "Pr\u00e9sident Macron".encode("latin-1"))
    runner = CliRunner()
    outs = {}
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.jsonl"
        args = ["extract", str(corpus), "-o", str(out), "--workers", workers, "--batch-size", "2"]
        result = runner.invoke(main, args)
        assert result.exit_code == 1, result.output  # two bad files
        assert "15 article(s) extracted, 2 failed" in result.stderr
        assert "05b_empty.txt: empty file" in result.stderr and "zz_latin1.txt: not UTF-8" in result.stderr
        outs[workers] = out.read_text(encoding="utf-8")
    assert outs["1"] == outs["2"]
    files = sorted(p for p in corpus.rglob("*.txt") if p.stat().st_size and "latin1" not in p.name)
    assert [json.loads(line) for line in outs["2"].splitlines()] == one_by_one(files)


def test_cli_fast_with_workers_equals_the_api(tmp_path):
    corpus = tmp_path / "corpus"
    for i, sample in enumerate(SAMPLES * 2):
        _write(corpus / f"{i:02d}_{sample.name}", sample.read_text(encoding="utf-8"))
    outs = {}
    for workers in ("1", "2"):
        out = tmp_path / f"fast{workers}.jsonl"
        args = ["extract", str(corpus), "-o", str(out), "--fast", "--workers", workers, "--batch-size", "3"]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        outs[workers] = out.read_text(encoding="utf-8")
    assert outs["1"] == outs["2"]
    files = sorted(corpus.glob("*.txt"))
    expected = [summitry.extract(p.read_text(encoding="utf-8"), id=p.stem, file=p.name, fast=True) for p in files]
    assert [json.loads(line) for line in outs["2"].splitlines()] == expected


def test_cli_workers_rejects_negative():
    result = CliRunner().invoke(main, ["extract", str(SAMPLES[0]), "--workers", "-1"])
    assert result.exit_code == 2


# --------------------------------------------------------------------------- summitry ingest --workers


def broken_on_astana(text, id=None, file=None):
    """A module-level (so picklable) extractor with a bug on some articles."""
    if "Astana" in text:
        raise RuntimeError("extractor bug")
    return summitry.extract(text, id=id, file=file)


def test_ingest_with_workers_writes_the_same_database(tmp_path):
    S = _support()
    inputs = S.write_good_inputs(tmp_path / "in")
    S.write_bad_inputs(tmp_path / "in" / "bad")
    (tmp_path / "in" / "copy.txt").write_text((inputs / "putin_aliyev_call.txt").read_text(encoding="utf-8"))
    summaries, dumps, events = {}, {}, {}
    for workers in (1, 2):
        db = str(tmp_path / f"w{workers}.sqlite")
        seen: list[str] = []
        from summitry.ingest.run import Hooks

        hooks = Hooks(on_error=lambda e, seen=seen: seen.append(f"error {e.locator}"),
                      on_document=lambda outcome, seen=seen: seen.append(outcome))
        with Store.open(db) as store:
            summaries[workers] = ingest([tmp_path / "in"], store, workers=workers, chunksize=2, hooks=hooks)
            dumps[workers] = store.dump()
        events[workers] = seen
    one, two = summaries[1], summaries[2]
    assert (one.ingested, one.duplicates, one.failed) == (two.ingested, two.duplicates, two.failed)
    assert one.ingested > 0 and one.duplicates >= 1 and one.failed > 0
    assert [str(e) for e in one.errors] == [str(e) for e in two.errors]
    assert events[1] == events[2]  # the same outcomes and errors, in the same order
    assert dumps[1] == dumps[2]


def fast_extract(text, id=None, file=None):
    return summitry.extract(text, id=id, file=file, fast=True)


def test_ingest_fast_stores_the_fast_path_records_and_marks_them(tmp_path):
    S = _support()
    inputs = S.write_good_inputs(tmp_path / "in")
    dumps = {}
    for name, kwargs in {
        "fast-1": {"pipeline": "fast"},
        "fast-2": {"pipeline": FAST, "workers": 2, "chunksize": 2},
        "by-hand": {"extract": fast_extract},
    }.items():
        with Store.open(str(tmp_path / f"{name}.sqlite")) as store:
            summary = ingest([inputs], store, **kwargs)
            assert summary.failed == 0 and summary.ingested > 0
            dumps[name] = store.dump()
    cli = CliRunner().invoke(main, ["ingest", str(inputs), "--db", str(tmp_path / "cli.sqlite"), "--fast"])
    assert cli.exit_code == 0, cli.output
    with Store.open(str(tmp_path / "cli.sqlite")) as store:
        assert store.dump() == dumps["fast-1"]
    assert dumps["fast-1"] == dumps["fast-2"]
    version = [c.name for c in schema.documents.columns].index("extractor_version")
    assert {d[version] for d in dumps["fast-1"]["documents"]} == {summitry.__version__ + "+fast"}
    assert {d[version] for d in dumps["by-hand"]["documents"]} == {summitry.__version__}
    assert dumps["fast-1"]["people"] and dumps["fast-1"]["amounts"]
    for table in dumps["fast-1"]:
        unmarked = (lambda rows: [r[:version] + r[version + 1 :] for r in rows]) if table == "documents" else list
        assert unmarked(dumps["fast-1"][table]) == unmarked(dumps["by-hand"][table]), table
    with Store.open(str(tmp_path / "x.sqlite")) as store, pytest.raises(ValueError, match="not both"):
        ingest([inputs], store, pipeline="fast", extract=fast_extract)


def test_reextract_with_workers_and_a_failing_extractor(tmp_path):
    S = _support()
    inputs = S.write_good_inputs(tmp_path / "in")
    db = str(tmp_path / "db.sqlite")
    with Store.open(db) as store:
        first = ingest([inputs], store)
        before = store.dump()
        summary = reextract_stored(store, workers=2, chunksize=2, extract=broken_on_astana)
        after = store.dump()
    assert summary.failed >= 1 and summary.reextracted == first.ingested - summary.failed
    assert all("extraction failed (RuntimeError: extractor bug)" in e.reason for e in summary.errors)
    assert after == before  # the same extractor (bar the failures, which keep their old records)


def test_cli_ingest_workers(tmp_path):
    S = _support()
    inputs = S.write_good_inputs(tmp_path / "in")
    runner = CliRunner()
    one = runner.invoke(main, ["ingest", str(inputs), "--db", str(tmp_path / "a.db")])
    two = runner.invoke(main, ["ingest", str(inputs), "--db", str(tmp_path / "b.db"), "--workers", "2"])
    assert one.exit_code == two.exit_code == 0, two.output
    assert one.stdout == two.stdout
    with Store.open(str(tmp_path / "a.db")) as a, Store.open(str(tmp_path / "b.db")) as b:
        assert a.dump() == b.dump()


def test_the_pipeline_is_chosen_once_at_the_edge():
    assert resolve() == resolve("default") == resolve(None, fast=False)
    assert resolve("fast") is resolve(fast=True) is FAST
    assert FAST.extractor_version == summitry.__version__ + "+fast"
    assert resolve().extractor_version == summitry.__version__
    assert FAST.build() is FAST.build()  # built once per process
    with pytest.raises(ValueError, match="unknown pipeline"):
        resolve("fastest")
    with pytest.raises(ValueError, match="not both"):
        resolve("default", fast=True)
    text = "President Ilham Aliyev received Prime Minister Giorgia Meloni in Baku on 3 May 2024."
    assert summitry.extract(text, fast=True) == summitry.extract(text, pipeline="fast")
