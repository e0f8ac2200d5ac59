"""consolidate/persons.py and identity.key_groups: one person record however outlets romanise the name, and
queries by name that find it under either spelling (the CLI, the Python API and the web's read layer alike)."""

from __future__ import annotations

import pytest

import summitry
from summitry.consolidate import consolidate
from summitry.identity import key_groups, names_person, same_person_keys
from summitry.ingest import RawArticle
from summitry.store import Store, document_id

# Two outlets, two romanisations of one president, and a namesake who is another person.
TEXTS = {
    "a": ("2024-09-12\nPresident Kassym-Jomart Tokayev met President Shavkat Mirziyoyev in Tashkent. "
          '"We agree," Tokayev said.', "Kassym-Jomart Tokayev", "Tokayev"),
    "b": ("2024-09-13\nPresident Qasym-Jomart Toqayev met President Shavkat Mirziyoyev in Tashkent. "
          '"Trade grows," Toqayev said.', "Qasym-Jomart Toqayev", "Toqayev"),
    "c": ("2024-10-01\nMarat Tokayev, a businessman, met President Shavkat Mirziyoyev in Tashkent.",
          "Marat Tokayev", None),
}


def _extraction(text: str, name: str, surname: str | None) -> dict:
    def span(s: str, after: int = 0) -> list[int]:
        i = text.index(s, after)
        return [i, i + len(s)]

    full, other = span(name), span("Shavkat Mirziyoyev")
    mentions = [full] + ([span(surname, full[1])] if surname else [])
    sentence = [0, text.index("Tashkent.") + len("Tashkent.")]
    out = {
        "id": None, "file": None, "published": text[:10], "published_span": [0, 10],
        "meetings": [{"participants": [name, "Shavkat Mirziyoyev"], "date": text[:10], "place": "Tashkent",
                      "kind": "in_person", "start": sentence[0], "end": sentence[1], "date_span": None,
                      "place_span": span("Tashkent"), "date_from": "published", "via": "test"}],
        "utterances": [], "amounts": [],
        "people": [
            {"name": name, "title": "President" if surname else None, "country": "KZ", "start": full[0],
             "end": full[1], "mentions": mentions, "title_span": span("President") if surname else None},
            {"name": "Shavkat Mirziyoyev", "title": "President", "country": "UZ", "start": other[0], "end": other[1],
             "mentions": [other], "title_span": None},
        ],
    }
    if surname:
        start = text.index('"', sentence[1])
        quote_end = text.index(',"', start) + 1
        end = text.index(" said.", start) + len(" said.")
        out["utterances"] = [{"speaker": name, "quote": text[start + 1 : quote_end], "start": start, "end": end,
                              "quote_start": start + 1, "mode": "direct", "speaker_span": span(surname, quote_end),
                              "via": "test"}]
    return out


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("persons") / "persons.db")
    with Store.open(path) as store:
        for key, (text, name, surname) in TEXTS.items():
            raw = RawArticle(text=text, source=f"/in/{key}.txt", locator=f"{key}.txt")
            store.write(document_id(text), raw, _extraction(text, name, surname))
        consolidate(store)
    return path


def test_key_groups_join_romanisation_variants_and_keep_namesakes_apart():
    groups = key_groups(["Kassym-Jomart Tokayev", "Qasym-Jomart Toqayev", "Marat Tokayev", "Ilham Aliyev", None])
    assert groups["tokayev k"] == groups["toqayev q"] == {"tokayev k", "toqayev q"}
    assert groups["tokayev m"] == {"tokayev m"} and groups["aliyev i"] == {"aliyev i"}
    # a strict key is never split: "Philip Smith" and "Peter Smith" stay one (FORMAT.md's key)
    assert key_groups(["Philip Smith", "Peter Smith"])["smith p"] == {"smith p"}
    assert same_person_keys("tokayev k", ["Kassym-Jomart Tokayev", "Qasym-Jomart Toqayev", "Mr Tokayev"]) == {
        "tokayev k", "toqayev q"}
    assert same_person_keys("nobody x", []) == {"nobody x"}


def test_names_person_matches_across_spellings():
    assert names_person("Toqayev", "Kassym-Jomart Tokayev")
    assert names_person("Qasym-Jomart Toqayev", "Kassym-Jomart Tokayev")
    assert names_person("Aliev", "Ilham Aliyev") and names_person("ilham", "Ilham Aliyev")
    assert not names_person("Putin", "Ilham Aliyev") and not names_person(" ", "Ilham Aliyev")
    assert not names_person("Marat Tokayev", "Kassym-Jomart Tokayev")


def test_one_person_with_both_spellings_as_aliases(db):
    with summitry.open(db) as api:
        people = {p["person_key"]: p for p in api.people()}
    assert set(people) == {"tokayev k", "tokayev m", "mirziyoyev s"}
    tokayev = people["tokayev k"]
    assert tokayev["n_documents"] == 2 and tokayev["first_seen"] == "2024-09-12"
    assert {"Qasym-Jomart Toqayev", "Toqayev", "Tokayev"} <= set(tokayev["aliases"])
    assert tokayev["name"] in ("Kassym-Jomart Tokayev", "Qasym-Jomart Toqayev")
    assert people["tokayev m"]["n_documents"] == 1  # the namesake stays another person


def test_queries_by_name_find_the_person_under_either_spelling(db):
    with summitry.open(db) as api:
        for query in ("Tokayev", "Toqayev", "Qasym-Jomart Toqayev", "Kassym-Jomart Tokayev"):
            assert [p["person_key"] for p in api.people(name=query) if p["person_key"] != "tokayev m"] == [
                "tokayev k"], query
            assert len(api.meetings(person=query)) >= 1, query
            assert {q["speaker"] for q in api.quotes(speaker=query)} == {
                "Kassym-Jomart Tokayev", "Qasym-Jomart Toqayev"}, query
        # the person's page gathers both spellings' quotes and events, and is found by either key
        assert api.person("toqayev q")["person_key"] == "tokayev k"
        quotes, n = api.person_quotes("tokayev k")
        assert n == 2 and {q["speaker"] for q in quotes} == {"Kassym-Jomart Tokayev", "Qasym-Jomart Toqayev"}
        assert len(api.person_events("tokayev k")) >= 1


def test_incremental_equals_full(db, tmp_path):
    """The persons of a later report joining an earlier one, consolidated as they come, are those of a full run."""
    path = str(tmp_path / "incremental.db")
    with Store.open(path) as store:
        for key in ("c", "a", "b"):
            text, name, surname = TEXTS[key]
            raw = RawArticle(text=text, source=f"/in/{key}.txt", locator=f"{key}.txt")
            store.write(document_id(text), raw, _extraction(text, name, surname))
            consolidate(store)
        incremental = store.dump()
        consolidate(store, full=True)
        assert store.dump() == incremental
    with Store.open(db) as store:
        assert {t: rows for t, rows in store.dump().items() if t.startswith("person")} == {
            t: rows for t, rows in incremental.items() if t.startswith("person")}
