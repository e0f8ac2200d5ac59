"""``summitry extract --explain``: every record is shown with its rule, evidence and source sentence."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

import summitry
from summitry.cli import main
from summitry.demo import sample_paths
from summitry.explain import explain

ARTICLE = (
    "Published 12 March 2024\n"
    "President Tomas Varga received Foreign Minister Ilse Brandt of Austria in Budapest on Monday.\n"
    "\"Our trade reached 3 billion euros last year,\" Varga said.\n"
)


def test_every_record_is_explained_with_rule_and_sentence():
    doc = summitry.extract_document(ARTICLE, id="a", file="a.txt")
    out = explain(doc)
    records = [*doc.meetings, *doc.utterances, *doc.amounts, *doc.people]
    assert records, "the article yields records to explain"
    assert out.count("    rule      ") == len(records)
    assert out.count("    sentence  [") == len(records)
    for r in records:
        assert r.via, f"{r} has no via"
        assert f"rule      {r.via}" in out
    # The offsets printed for each sentence point at text that really is in the article.
    for s, e in re.findall(r"sentence  \[(\d+):(\d+)\]", out):
        assert 0 <= int(s) < int(e) <= len(ARTICLE)


def test_every_record_in_json_output_has_via():
    for path in sample_paths():
        result = summitry.extract(path.read_text(encoding="utf-8"), file=path.name)
        for field in ("meetings", "utterances", "amounts", "people"):
            for record in result[field]:
                assert isinstance(record.get("via"), str) and record["via"], (path.name, field, record)
        for m in result["meetings"]:
            assert m["date_from"] in {"text", "dateline", "published", "none"}
            assert (m["date"] is None) == (m["date_from"] == "none")


def test_cli_explain_on_files_and_bad_input(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--explain", str(good), str(empty)])
    assert result.exit_code == 1  # one file failed, the other was still explained
    assert "== good.txt" in result.output and "-- meetings" in result.output
    assert f"skipped {empty}" in result.stderr


@pytest.mark.parametrize("extra", [["--ray"]])
def test_cli_explain_refuses_ray(tmp_path, extra):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--explain", *extra, str(good)])
    assert result.exit_code == 2 and "--ray" in result.output


def test_a_title_taken_from_the_leads_unnamed_office_says_so():
    doc = summitry.extract_document(
        "Agency\n\nPosted: 2 October 2024\n\nLUSAKA, October 2 (ZNA) – The Minister of Energy has received his "
        "Malawian counterpart, Kondwani Mbewe, in Lusaka.\n\nDuring the meeting held on Tuesday at the ministry, "
        "Mwila Tembo said the two countries should share one power grid.\n")
    tembo = next(p for p in doc.people if p.name == "Mwila Tembo")
    assert tembo.title == "Minister of Energy"
    assert "lead's unnamed office 'Minister of Energy'" in tembo.evidence
    assert "lead's unnamed office" in explain(doc)
