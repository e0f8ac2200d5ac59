"""`summitry ingest` into a real database: SQLite, and PostgreSQL when a server can be had.

The PostgreSQL server is SUMMITRY_TEST_PG_URL when set (.ci/run starts one), else a throwaway server
started here with initdb/pg_ctl; the postgresql cases skip, with the reason, only when neither works.
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text as sql

from summitry.cli import main
from summitry.ingest import RawArticle
from summitry.ingest.run import ingest, reextract_stored
from summitry.store import SCHEMA_VERSION, Store, StoreError, database_url, document_id


def _support():
    name = "summitry_ingest_test_support"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).parent / "fixtures/ingest/support.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


S = _support()
N_GOOD = 9  # articles in write_good_inputs: 1 html + 2 warc + 2 warc.gz + 3 jsonl + 1 txt


# --- databases -------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server_url():
    """A PostgreSQL server's URL, or a skip saying why there is none."""
    url = os.environ.get("SUMMITRY_TEST_PG_URL")
    if url:
        yield url
        return
    # Not pytest's tmp_path: its parents are private to root, and the server may run as user postgres.
    base = Path(tempfile.mkdtemp(prefix="summitry-pg-"))
    server = None
    try:
        server = S.PgServer(base)
        url = server.start()
    except (S.NoServer, OSError, subprocess.SubprocessError) as exc:
        if server is not None:
            server.stop()
        shutil.rmtree(base, ignore_errors=True)
        pytest.skip(f"no PostgreSQL server: SUMMITRY_TEST_PG_URL is not set and none could be started here ({exc})")
    try:
        yield url
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def new_db(request, tmp_path):
    """A factory of empty databases of one backend: a file path, or a PostgreSQL URL with its own schema."""
    if request.param == "sqlite":
        paths = iter(tmp_path / f"db{i}.sqlite" for i in range(100))
        yield lambda: str(next(paths))
        return
    import psycopg

    base = request.getfixturevalue("pg_server_url")
    conninfo = database_url(base).replace("postgresql+psycopg://", "postgresql://")
    schemas: list[str] = []

    def make() -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {name}")
        schemas.append(name)
        sep = "&" if "?" in base else "?"
        return f"{base}{sep}options=-csearch_path%3D{name}"

    yield make
    with psycopg.connect(conninfo, autocommit=True) as conn:
        for name in schemas:
            conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")


def run_cli(*args: str):
    return CliRunner().invoke(main, ["ingest", *args], catch_exceptions=False)


def dump(db: str) -> dict:
    with Store.open(db) as store:
        return store.dump()


# --- the store -------------------------------------------------------------------------------------------

TEXT = "Published 2024-07-03\nPutin met Aliyev in Astana today. \"We agree,\" Putin said. Trade grew by 5 percent."


def span(part: str, start: int = 0) -> list[int]:
    i = TEXT.index(part, start)
    return [i, i + len(part)]


def raw(text: str = TEXT, **kw) -> RawArticle:
    return RawArticle(text=text, source="/in/a.txt", locator="in/a.txt", **kw)


def extraction(kind: str | None = "in_person") -> dict:
    """An extraction as summitry.extract returns it, spans into TEXT."""
    putin, putin2, aliyev = span("Putin"), span("Putin", 30), span("Aliyev")
    sentence, turn = span("Putin met Aliyev in Astana today."), span('"We agree," Putin said.')
    amount = span("5 percent")
    return {
        "id": None, "file": None, "published": "2024-07-03", "published_span": span("2024-07-03"),
        "meetings": [{"participants": ["Ilham Aliyev", "Vladimir Putin"], "date": "2024-07-03", "place": "Astana",
                      "kind": kind, "start": sentence[0], "end": sentence[1], "date_span": span("today"),
                      "place_span": span("Astana"), "date_from": "text", "via": "meetings.test"}],
        "utterances": [{"speaker": "Vladimir Putin", "quote": "We agree,", "start": turn[0], "end": turn[1],
                        "quote_start": span("We agree,")[0], "mode": "direct", "speaker_span": putin2,
                        "via": "quotes.test"}],
        "amounts": [{"quote": "5 percent", "start": amount[0], "end": amount[1], "value": 5, "unit": "percent",
                     "qualifier": "exact", "metric": "Trade", "speaker": None, "metric_span": span("Trade"),
                     "via": "amounts.test"}],
        "people": [
            {"name": "Vladimir Putin", "title": None, "country": "RU", "start": putin[0], "end": putin[1],
             "mentions": [putin, putin2], "title_span": None, "via": "people.test"},
            {"name": "Ilham Aliyev", "title": None, "country": "AZ", "start": aliyev[0], "end": aliyev[1],
             "mentions": [aliyev], "title_span": None},
        ],
    }


def test_database_urls():
    assert database_url("x/summitry.db") == "sqlite:///x/summitry.db"
    assert database_url("sqlite:////abs/x.db") == "sqlite:////abs/x.db"
    assert database_url("postgresql://u:p@h:5/d") == "postgresql+psycopg://u:p@h:5/d"
    assert database_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    with pytest.raises(StoreError, match="unsupported"):
        database_url("mysql://u@h/d")


def test_schema_version_is_recorded_and_checked(new_db):
    db = new_db()
    with Store.open(db) as store:
        with store.engine.connect() as conn:
            assert conn.execute(sql("SELECT value FROM meta WHERE key = 'schema_version'")).scalar() == str(
                SCHEMA_VERSION)
        with store.engine.begin() as conn:
            conn.execute(sql("UPDATE meta SET value = '999' WHERE key = 'schema_version'"))
    with pytest.raises(StoreError, match="schema version 999"):
        Store.open(db)


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just text, not SQLite " * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="not a database"):
        Store.open(path)
    result = CliRunner().invoke(main, ["ingest", str(S.FIXTURES / "putin_aliyev_call.txt"), "--db", str(path)])
    assert result.exit_code == 1 and "not a database" in result.output


def test_write_maps_every_field_with_its_span(new_db):
    doc_id = document_id(TEXT)
    with Store.open(new_db()) as store:
        assert store.write(doc_id, raw(url="https://x.org/a", title="T", external_id="a"), extraction())
        assert store.has(doc_id)
        assert not store.write(doc_id, raw(), extraction())  # the same text again: nothing added
        rows = store.dump()
    [doc] = rows["documents"]
    assert doc[:3] == (doc_id, TEXT, "/in/a.txt")
    assert doc[7:11] == ("2024-07-03", "text", *span("2024-07-03"))  # no metadata date: the one the text states
    putin, putin2, aliyev = span("Putin"), span("Putin", 30), span("Aliyev")
    assert rows["people"] == [
        (doc_id, 0, "Vladimir Putin", None, "RU", *putin, None, None, "people.test"),
        (doc_id, 1, "Ilham Aliyev", None, "AZ", *aliyev, None, None, None),  # an extraction without via: NULL
    ]
    assert rows["mentions"] == [(doc_id, 0, 0, *putin), (doc_id, 0, 1, *putin2), (doc_id, 1, 0, *aliyev)]
    assert rows["meetings"] == [(doc_id, 0, "2024-07-03", "Astana", "in_person",
                                 *span("Putin met Aliyev in Astana today."), *span("today"), *span("Astana"),
                                 "text", "meetings.test")]
    # Each participant's span is its mention inside the meeting's sentence.
    assert rows["meeting_participants"] == [(doc_id, 0, 0, "Ilham Aliyev", *aliyev),
                                            (doc_id, 0, 1, "Vladimir Putin", *putin)]
    assert rows["utterances"] == [(doc_id, 0, "Vladimir Putin", "direct", "We agree,",
                                   *span('"We agree," Putin said.'), *span("We agree,"), *putin2, "quotes.test")]
    assert rows["amounts"] == [(doc_id, 0, "5 percent", 5.0, "percent", "exact", "Trade", None,
                                *span("5 percent"), *span("Trade"), "amounts.test")]


def test_metadata_date_wins_over_the_text(new_db):
    with Store.open(new_db()) as store:
        store.write(document_id(TEXT), raw(published="2024-07-02"), extraction())
        [doc] = store.dump()["documents"]
    assert doc[7:11] == ("2024-07-02", "metadata", *span("2024-07-03"))


def test_replace_is_atomic(new_db):
    doc_id = document_id(TEXT)
    with Store.open(new_db()) as store:
        store.write(doc_id, raw(), extraction())
        before = store.dump()
        with pytest.raises(Exception):  # noqa: B017 - a NOT NULL violation, raised by the driver
            store.write(doc_id, raw(), extraction(kind=None), replace=True)
        assert store.dump() == before  # the delete of the old rows was rolled back with the failed insert
        changed = extraction()
        changed["amounts"] = []
        assert store.write(doc_id, raw(), changed, replace=True)
        after = store.dump()
    assert after["amounts"] == [] and after["people"] == before["people"]


# --- the command -----------------------------------------------------------------------------------------


def test_ingest_every_input_kind_and_twice_adds_nothing(new_db, tmp_path):
    inputs = S.write_good_inputs(tmp_path / "in")
    db = new_db()
    first = run_cli(str(inputs), "--db", db)
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == f"ingested {N_GOOD}, skipped 0 duplicates, failed 0"
    once = dump(db)
    second = run_cli(str(inputs), "--db", db)
    assert second.exit_code == 0
    assert second.stdout.strip() == f"ingested 0, skipped {N_GOOD} duplicates, failed 0"
    assert dump(db) == once

    docs = {Path(d[3]).name: d for d in once["documents"]}
    assert set(docs) == {"astana_talks.html", "crawl.warc#record 3", "crawl.warc#record 5", "crawl.warc.gz#record 3",
                         "crawl.warc.gz#record 5", "feed.jsonl:1", "feed.jsonl:3", "feed.jsonl:4",
                         "putin_aliyev_call.txt"}
    html = docs["astana_talks.html"]
    assert html[2] == str((inputs / "astana_talks.html").resolve())  # source
    assert html[11] == (inputs / "astana_talks.html").read_text(encoding="utf-8")  # raw_html
    assert html[7:9] == ("2024-07-03", "metadata")
    assert docs["crawl.warc.gz#record 3"][4] == "https://news.example.org/2024/article-0"  # url
    assert docs["putin_aliyev_call.txt"][11] is None
    # Every span points into the stored text.
    texts = {d[0]: d[1] for d in once["documents"]}
    for doc_id, _i, name, _t, _c, start, end, *_ in once["people"]:
        assert texts[doc_id][start:end].split()[-1] in name
    for doc_id, _i, _q, _v, _u, _ql, _m, _s, start, end, *_ in once["amounts"]:
        assert any(ch.isdigit() for ch in texts[doc_id][start:end])
    [meeting] = [m for m in once["meetings"] if m[0] == html[0]]
    assert (meeting[2], meeting[3]) == ("2024-07-03", "Astana")  # "today" resolved against the page's date
    participants = sorted(p[3] for p in once["meeting_participants"] if p[0] == html[0])
    assert participants == ["Ilham Aliyev", "Vladimir Putin"]


def test_mixed_folder_of_bad_input(new_db, tmp_path):
    expected = S.write_bad_inputs(tmp_path / "in" / "bad")
    S.write_good_inputs(tmp_path / "in" / "good")
    db = new_db()
    result = run_cli(str(tmp_path / "in"), "--db", db)
    assert result.exit_code == 1
    n_good = N_GOOD + 5  # legacy_cp1252.txt, mixed.jsonl:1 and :6, two whole records of truncated.warc.gz
    assert result.stdout.strip() == f"ingested {n_good}, skipped 0 duplicates, failed {len(expected)}"
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(expected)
    for where, words in expected.items():
        [line] = [ln for ln in lines if ln.startswith(str(tmp_path / "in" / "bad" / where))]
        assert words in line.split(": ", 1)[1]
    assert len(dump(db)["documents"]) == n_good
    again = run_cli(str(tmp_path / "in"), "--db", db)
    assert again.exit_code == 1
    assert again.stdout.strip() == f"ingested 0, skipped {n_good} duplicates, failed {len(expected)}"


def test_reextract_replaces_records(new_db, tmp_path):
    inputs = S.write_good_inputs(tmp_path / "in")
    clean = new_db()
    assert run_cli(str(inputs), "--db", clean).exit_code == 0
    # An "old extractor" that found nothing but one person.
    db = new_db()

    def old(text, id=None, file=None):
        return {"people": [{"name": "Old Name", "start": 0, "end": 3, "mentions": [[0, 3]]}]}

    with Store.open(db) as store:
        assert ingest([inputs], store, extract=old).ingested == N_GOOD
        assert store.counts()["people"] == N_GOOD and store.counts()["meetings"] == 0
    result = run_cli("--reextract", "--db", db)  # every stored document, from its stored text
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"ingested 0, re-extracted {N_GOOD}, skipped 0 duplicates, failed 0"
    assert dump(db) == dump(clean)
    result = run_cli(str(inputs), "--reextract", "--db", db)  # the documents of these inputs
    assert result.stdout.strip() == f"ingested 0, re-extracted {N_GOOD}, skipped 0 duplicates, failed 0"
    assert dump(db) == dump(clean)


def test_failed_reextraction_keeps_the_old_records(new_db, tmp_path):
    inputs = S.write_good_inputs(tmp_path / "in")
    db = new_db()
    assert run_cli(str(inputs), "--db", db).exit_code == 0
    before = dump(db)

    def broken(text, id=None, file=None):
        if "Astana" in text:
            raise RuntimeError("extractor bug")
        return {"people": []}

    with Store.open(db) as store:
        summary = reextract_stored(store, extract=broken)
    failed_ids = {d[0] for d in before["documents"] if "Astana" in d[1]}
    assert summary.failed == len(failed_ids) >= 1 and summary.reextracted == N_GOOD - len(failed_ids)
    after = dump(db)
    for table in ("people", "meetings", "utterances", "amounts"):
        assert [r for r in after[table] if r[0] in failed_ids] == [r for r in before[table] if r[0] in failed_ids]
        assert not [r for r in after[table] if r[0] not in failed_ids], table  # the others were replaced


def test_progress_bar_shows_documents_per_second(tmp_path):
    from rich.console import Console

    from summitry.ingest.progress import IngestProgress

    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    corpus = S.write_corpus(tmp_path / "corpus", 6)
    with Store.open(tmp_path / "p.db") as store, IngestProgress(console=console) as progress:
        summary = ingest([corpus, tmp_path / "missing.txt"], store, hooks=progress.hooks)
    assert summary.ingested == 6 and summary.failed == 1
    screen = out.getvalue()
    assert "docs/s" in screen and "7 docs" in screen and "ingesting" in screen
    assert f"{tmp_path / 'missing.txt'}: no such file or directory" in screen


# --- killed mid-way, then re-run -------------------------------------------------------------------------


def test_sigkill_mid_run_then_rerun_equals_one_clean_run(new_db, tmp_path):
    n = 150
    corpus = S.write_corpus(tmp_path / "corpus", n)
    clean, killed = new_db(), new_db()
    result = run_cli(str(corpus), "--db", clean)
    assert result.stdout.strip() == f"ingested {n}, skipped 0 duplicates, failed 0"
    reference = dump(clean)

    done = 0
    for threshold in (3, 70):  # killed twice: early, then again after resuming
        proc = subprocess.Popen(
            [sys.executable, "-m", "summitry.cli", "ingest", str(corpus), "--db", killed],
            cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            with Store.open(killed) as watcher:
                reached = S.wait_until(lambda n=threshold: watcher.counts()["documents"] >= n, timeout=120)
                os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.kill()
            proc.wait(timeout=60)
        assert reached and proc.returncode == -signal.SIGKILL
        partial = dump(killed)
        done = len(partial["documents"])
        assert threshold <= done < n  # really killed mid-way
        # Only whole documents: every row written is a row of the clean run.
        for table, rows in partial.items():
            assert set(rows) <= set(reference[table]), table
        ids = {d[0] for d in partial["documents"]}
        for table in ("people", "meetings", "utterances", "amounts"):
            assert [r for r in partial[table]] == [r for r in reference[table] if r[0] in ids], table

    rerun = run_cli(str(corpus), "--db", killed)
    assert rerun.exit_code == 0
    assert rerun.stdout.strip() == f"ingested {n - done}, skipped {done} duplicates, failed 0"
    assert dump(killed) == reference


# Run as a child process: SIGKILL itself inside a document's transaction, after some of its rows are written.
_KILL_INSIDE_A_TRANSACTION = """
import os, signal, sys
from sqlalchemy import event
from summitry.store import Store
from summitry.cli import main

opened = Store.open
seen = []

def open_and_arm(db):
    store = opened(db)

    @event.listens_for(store.engine, "after_execute")
    def kill_on_fifth_document(conn, statement, *args):
        if getattr(getattr(statement, "table", None), "name", None) == "utterances":
            seen.append(1)
            if len(seen) == 5:
                os.kill(os.getpid(), signal.SIGKILL)
    return store

Store.open = staticmethod(open_and_arm)
main(["ingest", sys.argv[1], "--db", sys.argv[2]])
"""


def test_sigkill_inside_a_transaction_leaves_no_partial_document(new_db, tmp_path):
    n = 12
    corpus = S.write_corpus(tmp_path / "corpus", n)
    clean, killed = new_db(), new_db()
    assert run_cli(str(corpus), "--db", clean).exit_code == 0
    reference = dump(clean)
    proc = subprocess.run([sys.executable, "-c", _KILL_INSIDE_A_TRANSACTION, str(corpus), killed],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    partial = dump(killed)
    # The fifth document had its row, people and utterances written when the process died: none of it stays.
    assert len(partial["documents"]) == 4
    ids = {d[0] for d in partial["documents"]}
    for table, rows in partial.items():
        assert rows == [r for r in reference[table] if table == "meta" or r[0] in ids], table
    assert run_cli(str(corpus), "--db", killed).stdout.strip() == f"ingested {n - 4}, skipped 4 duplicates, failed 0"
    assert dump(killed) == reference


def test_dump_is_the_same_on_both_backends(tmp_path, request):
    """The same inputs give the same rows in SQLite and PostgreSQL."""
    pg_base = request.getfixturevalue("pg_server_url")
    inputs = S.write_good_inputs(tmp_path / "in")
    lite = str(tmp_path / "a.db")
    run_cli(str(inputs), "--db", lite)
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    conninfo = database_url(pg_base).replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    try:
        pg = f"{pg_base}{'&' if '?' in pg_base else '?'}options=-csearch_path%3D{name}"
        run_cli(str(inputs), "--db", pg)
        assert dump(pg) == dump(lite)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {name} CASCADE")


def test_summary_and_errors_go_to_stdout_and_stderr(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "Putin met Aliyev."}) + "\nnot json\n", encoding="utf-8")
    result = run_cli(str(tmp_path / "a.jsonl"), "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 1
    assert result.stdout == "ingested 1, skipped 0 duplicates, failed 1\n"
    assert result.stderr.startswith(f"{tmp_path / 'a.jsonl'}:2: not JSON")


def test_a_document_the_store_refuses_fails_alone(new_db, tmp_path):
    inputs = S.write_good_inputs(tmp_path / "in")

    def sometimes_malformed(text, id=None, file=None):
        if "Astana" in text:
            return {"meetings": [{"participants": [], "start": 0, "end": 1, "kind": None}]}  # kind is NOT NULL
        if "Tokyo" in text:
            return {"amounts": [{"quote": "x"}]}  # no value, no span
        return {}

    with Store.open(new_db()) as store:
        summary = ingest([inputs], store, extract=sometimes_malformed)
        assert store.counts()["documents"] == summary.ingested
    assert summary.failed >= 2 and summary.ingested + summary.failed == N_GOOD and summary.aborted is None
    reasons = " ".join(e.reason for e in summary.errors)
    assert "could not be stored" in reasons and "malformed extraction" in reasons


def test_a_database_failure_stops_the_run_and_says_why(tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    inputs = S.write_good_inputs(tmp_path / "in")
    calls = []

    def write(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))
        return Store.write.__wrapped__(self, *args, **kwargs)

    write.__wrapped__ = Store.write
    monkeypatch.setattr(Store, "write", write)
    result = run_cli(str(inputs), "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 1
    assert result.stdout.strip() == "ingested 2, skipped 0 duplicates, failed 0"
    assert "stopped: database error" in result.stderr and "disk I/O error" in result.stderr
