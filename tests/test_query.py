"""The query API (``summitry.open(db)``) and the commands over it: every filter, every output format."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import summitry
from summitry.cli import main
from summitry.query import Ambiguous, NotFound, name_matches


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
    return C.build(tmp_path_factory.mktemp("query") / "q.db")


@pytest.fixture(scope="module")
def api(db):
    with summitry.open(db) as database:
        yield database


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def keys(rows, field="event_id"):
    return {r[field] for r in rows}


def test_name_matching():
    assert name_matches("Tokayev", "Kassym-Jomart Tokayev")
    assert name_matches("kassym-jomart tokayev", "Kassym-Jomart Tokayev")
    assert name_matches("K. Tokayev", "Kassym-Jomart Tokayev")  # the scoring key: surname and first initial
    assert name_matches("Aleksei Overchuk", "Alexei Overchuk")
    assert name_matches("Jozef Nowak", "Józef Nowak") and name_matches("józef", "Jozef Nowak")  # accents folded
    assert name_matches("Ilham Aliyev", "Ilham Aliyev")
    assert not name_matches("Heydar Aliyev", "Ilham Aliyev")
    assert not name_matches("Putin", "Ilham Aliyev") and not name_matches("", "Ilham Aliyev")


# --- meetings ------------------------------------------------------------------------------------------------


def test_meetings_every_filter_narrows(api):
    every = api.meetings()
    assert len(every) == 5  # 3 KZ-UZ, 1 AZ-RU, 1 IN-JP (the sample's "Global Partnership" is no person)
    assert all(r["document_id"] and r["sentence"] and r["char_end"] > r["char_start"] for r in every)
    kz_uz = keys(r for r in every if r["countries"] == ["KZ", "UZ"])
    assert len(kz_uz) == 3
    assert keys(api.meetings(person="Tokayev")) == kz_uz
    assert keys(api.meetings(person="Shavkat Mirziyoyev")) == kz_uz
    [putin] = api.meetings(person="Putin")
    assert putin["participants"] == ["Ilham Aliyev", "Vladimir Putin"]
    assert api.meetings(person="Nobody Atall") == []
    assert keys(api.meetings(person="Shavkat Miromonovich")) == kz_uz  # an alias (patronymic address) finds him
    assert keys(api.meetings(country="kz")) == kz_uz  # codes in any case
    assert keys(api.meetings(country="KZ", with_country="UZ")) == kz_uz
    assert keys(api.meetings(with_country="RU")) == keys([putin])
    assert api.meetings(country="KZ", with_country="RU") == []
    in_jp = keys(api.meetings(country="IN", with_country="JP"))
    assert len(in_jp) == 1
    assert [r["date"] for r in api.meetings(since="2024-09-01", until="2024-12-31")] == ["2024-09-12"]
    assert [r["date"] for r in api.meetings(person="Tokayev", since="2025")] == ["2025-05-14"]
    assert [r["date"] for r in api.meetings(person="Tokayev", until="2024-05")] == ["2024-05-02"]
    assert [r["date"] for r in api.meetings(person="Tokayev", until="2024")] == ["2024-05-02", "2024-09-12"]
    assert keys(api.meetings(kind="phone")) == keys([putin])  # the September talks are in person by majority
    [video] = api.meetings(kind="video")
    assert video["countries"] == ["IN", "JP"] and video["date"] == "2025-06-05"
    with pytest.raises(ValueError, match="ISO date"):
        api.meetings(since="yesterday")


def test_a_meeting_row_lists_its_sources(api, db):
    [event] = api.meetings(since="2024-09-12", until="2024-09-12")
    assert event["n_sources"] == 3 and event["disagreements"] == ["kind", "place"]
    assert {s["locator"].rsplit("/", 1)[-1] for s in event["sources"]} == {
        "kaztag_tashkent_talks.txt", "uza_samarkand_talks.txt", "feed.jsonl:1"}
    assert [s["url"] for s in event["sources"] if s["url"]] == ["https://news.example.org/kz-uz-call"]
    for s in event["sources"]:
        assert C.text_of(db, s["document_id"])[s["char_start"]:s["char_end"]] == s["sentence"]


def test_event_by_id_or_prefix(api):
    [row] = api.meetings(since="2024-09-12", until="2024-09-12")
    event = api.event(row["event_id"][:6])
    assert event["event_id"] == row["event_id"]
    assert [p["name"] for p in event["participants"]] == ["Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"]
    assert [p["country"] for p in event["participants"]] == ["UZ", "KZ"]
    assert {(d["field"], d["value"]) for d in event["disagreements"]} == {
        ("kind", "in_person"), ("kind", "phone"), ("place", "Samarkand"), ("place", "Tashkent")}
    assert all(d["locator"] and d["char_start"] is not None for d in event["disagreements"])
    with pytest.raises(NotFound):
        api.event("zzzz")
    ids = sorted(r["event_id"] for r in api.meetings())
    shared = next(a[0] for a, b in zip(ids, ids[1:], strict=False) if a[0] == b[0])  # content hashes: fixed
    with pytest.raises(Ambiguous, match="several"):
        api.event(shared)


# --- quotes --------------------------------------------------------------------------------------------------


def test_quotes_filters(api, db):
    every = api.quotes()
    assert len(every) > 10
    mirziyoyev = api.quotes(speaker="Mirziyoyev")
    assert mirziyoyev and {q["speaker"] for q in mirziyoyev} == {"Shavkat Mirziyoyev"}
    assert len(mirziyoyev) < len(every)
    water = api.quotes(contains="WATER life")  # every word, case aside
    assert {q["speaker"] for q in water} == {"Kassym-Jomart Tokayev"} and len(water) == 2
    assert api.quotes(speaker="Mirziyoyev", contains="water life") == []
    assert api.quotes(speaker="Vladimir Vladimirovich") == api.quotes(speaker="Putin") != []  # by alias
    assert api.quotes(contains="water zebra") == []
    assert len(api.quotes(speaker="Tokayev", contains="trade")) >= 1
    for q in every:  # every row carries its document and span, and the quote is the text there
        text = C.text_of(db, q["document_id"])
        assert text[q["char_start"]:q["char_end"]] == q["text"]
        if q["quote_end"] is not None:
            assert text[q["quote_start"]:q["quote_end"]] == q["quote"]


# --- claims --------------------------------------------------------------------------------------------------


def test_claims_filters(api, db):
    every = api.claims()
    trade = api.claims(metric="trade turnover")
    assert {c["quote"] for c in trade} >= {"$4 billion", "$6 billion", "$4.5 billion", "exceeded 4 billion dollars"}
    assert not [c for c in trade if c["unit"] == "schools"]
    assert len(trade) < len(every)
    assert {c["quote"] for c in api.claims(metric="schools")} >= {"304 schools", "340 schools",
                                                                  "more than 300 schools"}
    by_mirziyoyev = api.claims(speaker="Mirziyoyev")
    assert by_mirziyoyev and {c["speaker"] for c in by_mirziyoyev} == {"Shavkat Mirziyoyev"}
    assert {c["quote"] for c in api.claims(metric="trade", speaker="Mirziyoyev")} == {"$6 billion"}
    assert {c["countries"] for c in api.claims(country="AZ")} == {"AZ-RU"}
    conflicting = api.claims(conflicts=True)
    assert {c["quote"] for c in conflicting} == {"$4 billion", "$6 billion", "304 schools", "340 schools"}
    [four] = [c for c in conflicting if c["quote"] == "$4 billion"]
    assert [w["quote"] for w in four["conflicts_with"]] == ["$6 billion"]
    assert "cannot both hold" in four["conflicts_with"][0]["reason"]
    # Series in time order: one series id for the KZ-UZ trade figures, 2023 before 2024.
    kz_uz = [c for c in trade if c["countries"] == "KZ-UZ" and c["unit"] == "USD"]
    # (and the 2030 target of "bring this figure to $10 billion", in the same series)
    assert len({c["series_id"] for c in kz_uz}) == 1 and [c["period"] for c in kz_uz] == [2023, 2023, 2024, 2030]
    for c in every:
        assert C.text_of(db, c["document_id"])[c["char_start"]:c["char_end"]] == c["quote"]


def test_conflict_pairs(api):
    pairs = api.conflicts()
    assert {frozenset((p["quote_a"], p["quote_b"])) for p in pairs} == {
        frozenset(("$4 billion", "$6 billion")), frozenset(("304 schools", "340 schools"))}
    assert [p["metric_group"] for p in api.conflicts(metric="trade turnover")] == ["trade"]
    for p in pairs:
        assert p["locator_a"] and p["locator_b"] and p["char_start_a"] < p["char_end_a"]


# --- people --------------------------------------------------------------------------------------------------


def test_people_filters(api):
    every = api.people()
    assert {p["name"] for p in api.people(country="kz")} == {"Kassym-Jomart Tokayev"}
    assert {p["country"] for p in api.people(country="AZ")} == {"AZ"} and len(api.people(country="AZ")) == 2
    [mirziyoyev] = api.people(name="Shavkat Miromonovich")  # an alias finds the person
    assert mirziyoyev["person_key"] == "mirziyoyev s" and mirziyoyev["n_documents"] == 6
    assert [t["title"] for t in mirziyoyev["titles"]] == ["President"]
    assert mirziyoyev["titles"][0]["first_seen"] == "2024-05-02"
    assert len(api.people(country="ZZ")) == 0 and len(every) > 5
    for p in every:
        assert p["document_id"] and p["locator"]


# --- the commands --------------------------------------------------------------------------------------------


def test_commands_print_json_equal_to_the_api(api, db):
    assert json.loads(cli("meetings", "--db", db, "--person", "Tokayev", "--format", "json").stdout) == \
        api.meetings(person="Tokayev")
    assert json.loads(cli("quotes", "--db", db, "--speaker", "Putin", "--format", "json").stdout) == \
        api.quotes(speaker="Putin")
    assert json.loads(cli("claims", "--db", db, "--metric", "trade turnover", "--format", "json").stdout) == \
        api.claims(metric="trade turnover")
    assert json.loads(cli("people", "--db", db, "--country", "UZ", "--format", "json").stdout) == \
        api.people(country="UZ")
    [row] = api.meetings(kind="phone")
    assert json.loads(cli("show", row["event_id"], "--db", db, "--format", "json").stdout) == \
        api.event(row["event_id"])


@pytest.mark.parametrize("args, n", [
    (["meetings", "--country", "KZ", "--with-country", "UZ"], 3),
    (["meetings", "--kind", "video"], 1),
    (["quotes", "--contains", "water life"], 2),
    (["claims", "--conflicts"], 4),
    (["claims", "--speaker", "Mirziyoyev", "--metric", "trade"], 1),
    (["people", "--country", "KZ"], 1),
])
def test_commands_print_csv(db, args, n):
    result = cli(*args, "--db", db, "--format", "csv")
    assert result.exit_code == 0, result.output
    found = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(found) == n
    assert all(r["document_id"] and r["char_start"] for r in found)  # every row: its source and span


def test_commands_print_tables(api, db):
    result = cli("meetings", "--db", db, "--person", "Tokayev")
    assert result.exit_code == 0 and "3 events" in result.stdout and "Tokayev" in result.stdout
    assert "no events" in cli("meetings", "--db", db, "--person", "Nobody Atall").stdout
    [row] = api.meetings(since="2024-09-12", until="2024-09-12")
    shown = cli("show", row["event_id"][:8], "--db", db)
    assert shown.exit_code == 0
    assert "Samarkand" in shown.stdout and "disagreements" in shown.stdout and "3 sources" in shown.stdout
    assert "merge decisions" not in shown.stdout
    why = cli("show", row["event_id"][:8], "--why", "--db", db)
    assert why.exit_code == 0 and "merge decisions" in why.stdout
    # the undated phone report says it joined through its publication date; the first dated one that it came first
    assert "no stated date" in why.stdout and "first report" in why.stdout
    reasons = [s["link_reason"] for s in api.event(row["event_id"])["sources"]]
    assert all(reasons) and len(reasons) == 3
    for args in (["quotes", "--speaker", "Putin"], ["claims", "--conflicts"], ["people"]):
        result = cli(*args, "--db", db)
        assert result.exit_code == 0 and result.stdout.strip(), args


def test_command_errors(db, tmp_path):
    missing = cli("meetings", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 1 and "no database at" in missing.output
    assert not (tmp_path / "none.db").exists()  # a read never creates a database
    unknown = cli("show", "ffffffff", "--db", db)
    assert unknown.exit_code == 1 and "no event" in unknown.output
    bad = cli("meetings", "--since", "last week", "--db", db)
    assert bad.exit_code == 2 and "ISO date" in bad.output
