"""`summitry export`: every table to JSON Lines, CSV or Parquet, read back equal; the SQLite file as is."""

from __future__ import annotations

import importlib.util
import json
import math
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from summitry.cli import main
from summitry.export import FORMATS, export, read_table
from summitry.store import Store, schema


def _support():
    name = "summitry_consolidate_test_support"
    if name not in sys.modules:
        path = Path(__file__).parent / "fixtures" / "consolidate" / "support.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


C = _support()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return C.build(tmp_path_factory.mktemp("export") / "e.db")


@pytest.fixture(scope="module")
def stored(db) -> dict[str, list[dict]]:
    """Every table's rows as the database gives them (booleans as bool), in primary-key order."""
    out = {}
    with Store.open(db) as store, store.engine.connect() as conn:
        for table in schema.TABLES:
            rows = [dict(r) for r in conn.execute(select(table).order_by(*table.primary_key.columns)).mappings()]
            for r in rows:
                for c in table.columns:
                    if r[c.name] is not None and c.type.python_type is bool:
                        r[c.name] = bool(r[c.name])
            out[table.name] = rows
    return out


def same(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-12)
    return a == b


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_table_round_trips(db, stored, tmp_path, fmt):
    with Store.open(db) as store:
        counts = export(store, tmp_path / fmt, fmt)
    assert set(counts) == {t.name for t in schema.TABLES}
    assert counts == {name: len(rows) for name, rows in stored.items()}
    assert counts["documents"] == 9 and counts["events"] == 5 and counts["claim_conflicts"] == 2
    for table in schema.TABLES:
        back = read_table(tmp_path / fmt / f"{table.name}.{fmt}")
        assert len(back) == len(stored[table.name]), table.name
        for got, want in zip(back, stored[table.name], strict=True):
            assert list(got) == [c.name for c in table.columns], table.name
            for column in want:
                if fmt == "csv" and want[column] == "":
                    assert got[column] is None  # CSV has one empty field for NULL and ""
                else:
                    assert same(got[column], want[column]), (table.name, column, got[column], want[column])


def test_the_export_command(db, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["export", "--format", "jsonl", str(out), "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = dict(line.split("\t") for line in result.stdout.splitlines())
    assert lines["events"] == "5" and lines["documents"] == "9"
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t.name}.jsonl" for t in schema.TABLES)
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {e["n_sources"] for e in events} == {1, 3}
    bad = CliRunner().invoke(main, ["export", "--format", "xml", str(out), "--db", db])
    assert bad.exit_code == 2


def test_the_sqlite_file_opens_as_is(db):
    """What datasette needs: a plain SQLite file whose tables, consolidated ones too, read with sqlite3."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert names == {t.name for t in schema.TABLES}
        [(n,)] = conn.execute("SELECT n_sources FROM events WHERE date = '2024-09-12'").fetchall()
        assert n == 3
        sentence = conn.execute(
            "SELECT substr(d.text, s.char_start + 1, s.char_end - s.char_start) = s.sentence "
            "FROM event_sources s JOIN documents d ON d.id = s.document_id").fetchall()
        assert sentence and all(ok for (ok,) in sentence)  # SQL substr agrees with the Python spans
    finally:
        conn.close()
