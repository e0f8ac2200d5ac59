"""Consolidation across documents: one event per meeting, persons, claim series and conflicts.

Inputs: three reports of one meeting written for these tests (tests/fixtures/consolidate/README.md) and the
sample articles shipped in the package, ingested into a temporary SQLite database (PostgreSQL too when a
server can be had).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy import text as sql

import summitry
from summitry.cli import main
from summitry.consolidate import (
    CONSOLIDATION_VERSION,
    cluster_metrics,
    consolidate,
    group_meetings,
    normalise_metric,
    value_range,
)
from summitry.ingest import RawArticle
from summitry.ingest.run import ingest
from summitry.store import SCHEMA_VERSION, Store, StoreError, database_url, document_id, schema


def _load(name: str, path: Path):
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


FIXTURES = Path(__file__).parent / "fixtures"
C = _load("summitry_consolidate_test_support", FIXTURES / "consolidate" / "support.py")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return C.build(tmp_path_factory.mktemp("consolidate") / "all.db")


def rows(db: str, table, *where) -> list[dict]:
    with Store.open(db) as store, store.engine.connect() as conn:
        query = select(table).where(*where).order_by(*table.primary_key.columns)
        return [dict(r) for r in conn.execute(query).mappings()]


def doc_id_of(db: str, locator_end: str) -> str:
    [doc] = [d for d in rows(db, schema.documents) if d["locator"].endswith(locator_end)]
    return doc["id"]


# --- events --------------------------------------------------------------------------------------------------


def test_three_reports_of_one_meeting_are_one_event_with_every_source(db):
    kz_uz = rows(db, schema.events, schema.events.c.participant_keys == "mirzioev s|tokaev k")
    kz_uz.sort(key=lambda e: e["date"])
    assert [e["date"] for e in kz_uz] == ["2024-05-02", "2024-09-12", "2025-05-14"]  # three meetings, not five
    event = kz_uz[1]
    sources = rows(db, schema.event_sources, schema.event_sources.c.event_id == event["event_id"])
    tashkent, samarkand, call = (doc_id_of(db, n) for n in ("kaztag_tashkent_talks.txt",
                                                            "uza_samarkand_talks.txt", "feed.jsonl:1"))
    assert {s["document_id"] for s in sources} == {tashkent, samarkand, call}
    assert (event["n_sources"], event["n_documents"]) == (3, 3)
    # The phone report gives no date: it joined through its document's date (2024-09-12, from the JSONL metadata).
    [undated] = [s for s in sources if s["document_id"] == call]
    assert undated["date"] is None and undated["published"] == "2024-09-12" and undated["kind"] == "phone"
    # The union of facts: the date the dated reports give, the kind most give, a place one of them gives.
    assert event["kind"] == "in_person" and event["place"] in ("Tashkent", "Samarkand")
    assert event["participants"] == "Shavkat Mirziyoyev; Kassym-Jomart Tokayev"
    assert event["countries"] == "KZ-UZ" and event["n_disagreements"] == 2
    # The event's span is its first dated report's sentence.
    assert event["document_id"] == tashkent
    for s in sources:  # every source keeps its exact sentence
        assert C.text_of(db, s["document_id"])[s["char_start"]:s["char_end"]] == s["sentence"]


def test_disagreements_say_what_each_source_says_with_spans(db):
    [event] = rows(db, schema.events, schema.events.c.date == "2024-09-12")
    found = rows(db, schema.event_disagreements, schema.event_disagreements.c.event_id == event["event_id"])
    by_field = {}
    for d in found:
        by_field.setdefault(d["field"], {})[d["value"]] = d
        text = C.text_of(db, d["document_id"])
        if d["field"] == "place":  # the place's own span, or the sentence when the extractor has none
            assert d["value"] in text[d["char_start"]:d["char_end"]]
    assert set(by_field["place"]) == {"Tashkent", "Samarkand"}
    assert set(by_field["kind"]) == {"in_person", "phone"}
    assert by_field["kind"]["phone"]["document_id"] == doc_id_of(db, "feed.jsonl:1")
    # Events whose sources agree have none.
    others = {e["event_id"] for e in rows(db, schema.events)} - {event["event_id"]}
    assert not [d for d in rows(db, schema.event_disagreements) if d["event_id"] in others]


def test_undated_meetings_join_by_their_documents_date_and_place():
    def source(doc, date, published, place=None, idx=0):
        return {"document_id": doc, "meeting_idx": idx, "date": date, "published": published, "place": place}

    events = group_meetings([
        source("a", "2024-09-12", "2024-09-12", "Tashkent"),
        source("b", None, "2024-09-14"),  # two days after: joins
        source("c", None, "2024-09-20"),  # eight days after: an undated event of its own...
        source("d", None, "2024-09-21"),  # ...which this one joins
        source("e", None, "2024-09-13", "Paris"),  # a place no source of the event gives: apart
        source("f", None, None),  # no date at all: alone
        source("g", "2024-09-11", "2024-09-11", "Astana"),  # another day: another event
        source("h", None, "2024-09-11"),  # the day before the 12th: the event of the 11th
    ])
    assert sorted(sorted(s["document_id"] for s in e) for e in events) == [
        ["a", "b"], ["c", "d"], ["e"], ["f"], ["g", "h"]]


def test_a_publication_date_fallback_is_not_a_stated_date():
    def source(doc, date, published, date_from):
        row = {"document_id": doc, "meeting_idx": 0, "date": date, "published": published, "place": None}
        return {**row, "date_from": date_from}

    events = group_meetings([
        source("a", "2024-09-12", "2024-09-12", "text"),  # the text says when
        source("b", "2024-09-13", "2024-09-13", "published"),  # published a day later, no date words: joins
        source("c", "2024-09-14", "2024-09-14", "text"),  # a stated later day: another meeting
        source("d", "2024-09-20", "2024-09-20", "published"),  # a week later: its own event...
        source("e", "2024-09-21", "2024-09-21", "published"),  # ...which the next day's report joins
    ])
    assert sorted(sorted(s["document_id"] for s in e) for e in events) == [["a", "b"], ["c"], ["d", "e"]]


def test_reports_naming_more_or_fewer_participants_are_one_event():
    from summitry.consolidate.events import merge_nested as _merge_nested

    def source(doc, date, published, date_from="text", place=None, kind="in_person"):
        return {"document_id": doc, "meeting_idx": 0, "date": date, "published": published,
                "date_from": date_from, "place": place, "kind": kind}

    groups = [
        ("lask p|valdez n", [source("a", "2024-04-22", "2024-04-22")]),
        ("lask p|moro i|valdez n", [source("b", "2024-04-22", "2024-04-22", place="Rome")]),  # names one more
        ("lask p|valdez n", [source("c", "2024-05-30", "2024-05-30")]),  # another day: another meeting
        ("moro i|valdez n", [source("d", None, "2024-04-23", None)]),  # undated, a day later: joins
        ("lask p|valdez n", [source("e", "2024-04-23", "2024-04-23", place="Milan")]),  # another place: apart
        ("brun k|lask p", [source("f", "2024-04-22", "2024-04-22")]),  # shares one person only: apart
        ("lask p|valdez n", [source("g", "2024-04-22", "2024-04-22", kind="phone")]),  # a call that day: apart
        ("lask p|valdez n", [source("b", "2024-04-22", "2024-04-22", kind="in_person")]),  # b's own other meeting
    ]
    merged = sorted(sorted(s["document_id"] for s in members) for _, members in _merge_nested(groups))
    assert merged == [["a", "b", "d"], ["b"], ["c"], ["e"], ["f"], ["g"]]
    # the event keeps the largest participant set
    assert [k for k, m in _merge_nested(groups) if len(m) == 3] == ["lask p|moro i|valdez n"]


def test_event_id_is_a_hash_of_keys_and_date(db):
    import hashlib

    [event] = rows(db, schema.events, schema.events.c.date == "2024-09-12")
    assert event["event_id"] == hashlib.sha1(b"mirzioev s|tokaev k|2024-09-12").hexdigest()[:12]


# --- persons -------------------------------------------------------------------------------------------------


def test_one_person_record_across_documents_with_titles_and_aliases(db):
    [tokayev] = rows(db, schema.persons, schema.persons.c.person_key == "tokayev k")
    assert tokayev["name"] == "Kassym-Jomart Tokayev" and tokayev["country"] == "KZ"
    assert tokayev["n_documents"] == 5  # three reports of the September talks, the May meeting, the 2025 sample
    assert (tokayev["first_seen"], tokayev["last_seen"]) == ("2024-05-02", "2025-05-14")
    assert "Tokayev" in tokayev["aliases"].split("; ")
    [title] = rows(db, schema.person_titles, schema.person_titles.c.person_key == "tokayev k")
    assert (title["title"], title["first_seen"], title["last_seen"]) == ("President", "2024-05-02", "2025-05-14")
    text = C.text_of(db, title["document_id"])
    assert text[title["title_start"]:title["title_end"]].startswith("President")
    aliases = rows(db, schema.person_aliases, schema.person_aliases.c.person_key == "mirziyoyev s")
    assert "Shavkat Miromonovich" in {a["alias"] for a in aliases}  # the patronymic address form is kept
    for a in aliases:
        assert C.text_of(db, a["document_id"])[a["char_start"]:a["char_end"]] == a["alias"]


# --- claims --------------------------------------------------------------------------------------------------


def test_metric_normalisation():
    assert normalise_metric("Trade turnover between our countries last year") == "trade"
    assert normalise_metric("Last year trade turnover between Uzbekistan") == "trade"
    assert normalise_metric("mutual trade") == "trade"
    assert normalise_metric("schools completed under the programme") == "school"
    assert normalise_metric("schools built in the border regions since 2020") == "school"
    assert normalise_metric("Russian investment in Azerbaijan") == "investment"
    assert normalise_metric("vaccine doses delivered") == "vaccine dose"
    assert normalise_metric("companies") == "company"
    assert normalise_metric("figure") == "" and normalise_metric(None) == ""


def test_metric_clusters():
    labels = cluster_metrics({"trade": 5, "trade deficit": 1, "tax revenue": 2, "revenue": 1, "school": 2,
                              "vaccine dose": 3, "vaccine dose delivery": 1, "dose delivery": 1, "schol": 1})
    assert labels["trade deficit"] == "trade deficit" and labels["revenue"] == "revenue"  # one word: itself
    assert labels["vaccine dose delivery"] == "vaccine dose"  # a longer metric containing a series' joins it...
    assert labels["dose delivery"] == "dose delivery"  # ...but only when similar to every member (complete linkage)
    assert labels["school"] == "school" and labels["schol"] == "schol"  # metrics sharing no word are not compared


def test_value_ranges_respect_qualifiers():
    assert value_range(340, "exact") == (335, 345)
    assert value_range(304, "exact") == (303.5, 304.5)
    assert value_range(4e9, "exact") == (3.6e9, 4.4e9)  # rounding, capped at 10%
    assert value_range(4.5e9, "exact") == pytest.approx((4.45e9, 4.55e9))
    assert value_range(1000, "exact") == (900, 1100)
    assert value_range(300, "more_than") == (300, float("inf"))
    assert value_range(300, "up_to") == (float("-inf"), 300)
    assert value_range(1000, "about") == (850, 1150)


def test_conflicting_claims_are_flagged(db):
    conflicts = rows(db, schema.claim_conflicts)
    pairs = {frozenset((c["quote_a"], c["quote_b"])) for c in conflicts}
    assert frozenset(("$4 billion", "$6 billion")) in pairs  # two outlets, the same year's trade turnover
    assert frozenset(("304 schools", "340 schools")) in pairs  # one article contradicting itself
    # "more than 300 schools" is compatible with both; $4.5 billion is another year's figure (2024, not 2023).
    assert not [p for p in pairs if "more than 300 schools" in p or "$4.5 billion" in p]
    [trade] = [c for c in conflicts if c["quote_a"] in ("$4 billion", "$6 billion")]
    assert (trade["metric_group"], trade["period"], trade["bucket"]) == ("trade", 2023, "KZ-UZ|USD")
    claims = {(c["document_id"], c["idx"]): c for c in rows(db, schema.claims)}
    for c in conflicts:
        assert claims[(c["document_id_a"], c["idx_a"])]["n_conflicts"] >= 1
        assert claims[(c["document_id_a"], c["idx_a"])]["series_id"] == c["series_id"]
        assert claims[(c["document_id_b"], c["idx_b"])]["series_id"] == c["series_id"]


def test_claim_series_pair_period_and_target(db):
    claims = rows(db, schema.claims)
    trade = [c for c in claims if c["metric_group"] == "trade" and c["countries"] == "KZ-UZ"]
    # "bring this figure to $10 billion by 2030": the target of the same series (its metric is the trade figure's)
    assert sorted((c["quote"], c["period"], c["period_from"]) for c in trade) == [
        ("$10 billion", 2030, "text"), ("$4 billion", 2023, "relative"), ("$4.5 billion", 2024, "relative"),
        ("$6 billion", 2023, "relative")]
    assert len({c["series_id"] for c in trade}) == 1
    [goal] = [c for c in claims if c["quote"] == "$10 billion"]
    assert goal["target"] and goal["period"] == 2030  # "bring this figure to $10 billion by 2030"
    for c in claims:  # every claim's span is its amount
        assert C.text_of(db, c["document_id"])[c["char_start"]:c["char_end"]] == c["quote"]
    [ru_az] = [c for c in claims if c["quote"] == "exceeded 4 billion dollars"]
    assert ru_az["countries"] == "AZ-RU"  # the countries of the meeting's participants


# --- incremental = full, whatever the order ------------------------------------------------------------------


def test_incremental_runs_equal_one_run_and_a_full_recompute(db, tmp_path):
    reference = C.consolidated(db)
    one_by_one = str(tmp_path / "one_by_one.db")
    for path in reversed(C.inputs()):  # another order, one ingest (one incremental consolidation) each
        C.build(one_by_one, [path])
    assert C.consolidated(one_by_one) == reference
    with Store.open(one_by_one) as store:
        summary = consolidate(store)
        assert summary.documents == 0  # nothing pending
        consolidate(store, full=True)
    assert C.consolidated(one_by_one) == reference


def test_reextraction_and_deletion_update_the_groups(db, tmp_path):
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    samarkand = doc_id_of(str(copy), "uza_samarkand_talks.txt")

    def no_meetings(text, id=None, file=None):
        import summitry

        record = summitry.extract(text, id=id, file=file)
        record["meetings"] = []
        return record

    with Store.open(copy) as store:
        summary = ingest([FIXTURES / "consolidate" / "uza_samarkand_talks.txt"], store, reextract=True,
                         extract=no_meetings)
        assert summary.reextracted == 1
    [event] = rows(str(copy), schema.events, schema.events.c.date == "2024-09-12")
    assert event["n_sources"] == 2 and event["n_disagreements"] == 1  # Samarkand's report is gone: kind only
    with Store.open(copy) as store:
        store.delete(samarkand)
        assert consolidate(store).removed == 1
    assert not [c for c in rows(str(copy), schema.claim_conflicts) if "$6 billion" in (c["quote_a"], c["quote_b"])]
    assert not rows(str(copy), schema.person_documents, schema.person_documents.c.document_id == samarkand)
    incremental = C.consolidated(copy)
    with Store.open(copy) as store:
        consolidate(store, full=True)
    assert C.consolidated(copy) == incremental


def test_documents_written_without_consolidation_stay_pending(tmp_path):
    """A killed run leaves its documents pending; `summitry consolidate` (or the next ingest) catches up."""
    import summitry

    db = str(tmp_path / "p.db")
    with Store.open(db) as store:
        for path in C.ARTICLES[:2]:
            text = path.read_text(encoding="utf-8")
            store.write(document_id(text), RawArticle(text=text, source=str(path), locator=path.name),
                        summitry.extract(text))
    with summitry.open(db) as database:
        assert database.pending() == 2
        assert database.meetings() == []
    result = CliRunner().invoke(main, ["consolidate", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("consolidated: 2 documents")
    with summitry.open(db) as database:
        assert database.pending() == 0
        [event] = database.meetings()
    assert event["n_sources"] == 2


def test_a_version_1_database_is_migrated(db, tmp_path):
    old = tmp_path / "v1.db"
    shutil.copy(db, old)
    with Store.open(old) as store, store.engine.begin() as conn:
        for table in reversed(schema.CONSOLIDATED_TABLES):
            conn.execute(sql(f"DROP TABLE {table.name}"))
        conn.execute(sql("UPDATE meta SET value = '1' WHERE key = 'schema_version'"))
    with Store.open(old) as store, store.engine.connect() as conn:  # migrates: the new tables, empty
        assert conn.execute(sql("SELECT value FROM meta WHERE key = 'schema_version'")).scalar() == str(SCHEMA_VERSION)
        assert conn.execute(sql("SELECT count(*) FROM events")).scalar() == 0
    result = CliRunner().invoke(main, ["consolidate", "--db", str(old)])
    assert result.exit_code == 0, result.output
    assert C.consolidated(old) == C.consolidated(db)


def test_a_version_2_database_is_migrated_by_writers_only(db, tmp_path):
    old = tmp_path / "v2.db"
    shutil.copy(db, old)
    with Store.open(old) as store, store.engine.begin() as conn:  # what version 2 had: no via, no date_from
        for table, column in (("people", "via"), ("meetings", "date_from"), ("meetings", "via"),
                              ("utterances", "via"), ("amounts", "via"), ("event_sources", "date_from"),
                              ("event_sources", "link_reason")):
            conn.execute(sql(f"ALTER TABLE {table} DROP COLUMN {column}"))
        conn.execute(sql("UPDATE meta SET value = '2' WHERE key = 'schema_version'"))
    before = old.read_bytes()
    with pytest.raises(StoreError, match="schema version 2.*summitry consolidate"):
        summitry.open(old)  # a reader never migrates...
    assert old.read_bytes() == before  # ...nor writes anything
    result = CliRunner().invoke(main, ["consolidate", "--db", str(old)])
    assert result.exit_code == 0, result.output
    with summitry.open(old) as database, database.store.engine.connect() as conn:
        assert conn.execute(sql("SELECT count(*) FROM meetings WHERE via IS NULL")).scalar() > 0  # kept as stored
        assert database.meetings()


def test_readers_cannot_write(db):
    with summitry.open(db) as database, database.store.engine.connect() as conn:
        with pytest.raises(Exception, match="readonly|read-only|query_only"):
            conn.execute(sql("DELETE FROM events"))


def test_a_new_consolidation_version_recomputes_everything(db, tmp_path):
    copy = tmp_path / "v.db"
    shutil.copy(db, copy)
    with Store.open(copy) as store, store.engine.begin() as conn:
        conn.execute(sql(f"UPDATE consolidated_documents SET version = {CONSOLIDATION_VERSION - 1}"))
    with Store.open(copy) as store:
        assert consolidate(store).documents == len(rows(str(copy), schema.documents))
    assert C.consolidated(copy) == C.consolidated(db)


# --- PostgreSQL ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pg_url():
    """A PostgreSQL database (own schema) on SUMMITRY_TEST_PG_URL or a throwaway server; else a skip."""
    S = _load("summitry_ingest_test_support", FIXTURES / "ingest" / "support.py")
    url, server, base = os.environ.get("SUMMITRY_TEST_PG_URL"), None, None
    if not url:
        base = Path(tempfile.mkdtemp(prefix="summitry-pg-"))
        try:
            server = S.PgServer(base)
            url = server.start()
        except (S.NoServer, OSError, subprocess.SubprocessError) as exc:
            if server is not None:
                server.stop()
            shutil.rmtree(base, ignore_errors=True)
            pytest.skip(f"no PostgreSQL server ({exc})")
    import psycopg

    conninfo = database_url(url).replace("postgresql+psycopg://", "postgresql://")
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{name}"
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {name} CASCADE")
        if server is not None:
            server.stop()
            shutil.rmtree(base, ignore_errors=True)


def test_the_same_on_postgresql(db, pg_url):
    C.build(pg_url)
    assert C.consolidated(pg_url) == C.consolidated(db)
    with Store.open(pg_url) as store:
        assert consolidate(store).documents == 0


def test_many_reports_of_two_figures_make_one_row_per_claim_and_class():
    from summitry.consolidate.claims import series_conflicts as _conflicts

    def claim(doc, value, qualifier="exact", period=2023, norm="trade"):
        return {"document_id": doc, "idx": 0, "value": value, "qualifier": qualifier, "period": period,
                "target": False, "metric_norm": norm, "quote": f"${value / 1e9:g} billion", "series_id": "s"}

    four = [claim(f"a{i}", 4e9) for i in range(5)]
    six = [claim(f"b{i}", 6e9) for i in range(2)]
    others = [claim("c", 4.1e9), claim("d", 3e9, "more_than"), claim("e", 6e9, period=2024),
              claim("f", 6e9, period=None), claim("g", 6e9, norm="trade deficit")]
    rows = _conflicts("KZ-UZ|USD", "trade", [*four, *six, *others])
    assert [c["n_conflicts"] for c in four] == [2] * 5  # each conflicts with both reports of $6 billion...
    assert [c["n_conflicts"] for c in six] == [6, 6]  # ...and those with the five of $4 billion and $4.1 billion
    # Each $4bn with the first $6bn, and the first $4bn with each $6bn (5 + 1); $4.1bn, alone, with both $6bn.
    assert len(rows) == 6 + 2 and {(r["document_id_a"], r["document_id_b"]) for r in rows} == {
        *((f"a{i}", "b0") for i in range(5)), ("a0", "b1"), ("b0", "c"), ("b1", "c")}
    assert [c["n_conflicts"] for c in others] == [2, 0, 0, 0, 0]  # compatible, other year, no year, other metric
