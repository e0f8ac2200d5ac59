"""Loaders of `summitry ingest`: every input kind from small fixtures, and every kind of bad input."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from summitry.ingest import LoadError, RawArticle, iter_articles, iter_files
from summitry.ingest.html import article_from_html, load_html
from summitry.ingest.jsonl import load_jsonl
from summitry.ingest.sources import MAX_TEXT_BYTES, BadData, decode
from summitry.ingest.text import load_text
from summitry.ingest.warc import load_warc


def _support():
    name = "summitry_ingest_test_support"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).parent / "fixtures/ingest/support.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


S = _support()
FIX = S.FIXTURES


def articles(items) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


def errors(items) -> list[LoadError]:
    return [i for i in items if isinstance(i, LoadError)]


# --- every input kind ------------------------------------------------------------------------------------


def test_text_file_is_stored_verbatim():
    path = FIX / "putin_aliyev_call.txt"
    [art] = load_text(path)
    assert art.text == path.read_text(encoding="utf-8")
    assert art.source == str(path.resolve()) and art.locator == str(path)
    assert art.external_id == "putin_aliyev_call" and art.raw_html is None


def test_html_page_main_text_metadata_and_raw_html():
    path = FIX / "astana_talks.html"
    [art] = load_html(path)
    assert art.title == "Putin and Aliyev hold talks in Astana"
    assert art.published == "2024-07-03"  # <meta property="article:published_time">
    assert art.url == "https://news.example.org/world/2024/putin-aliyev-astana"
    assert art.raw_html == path.read_text(encoding="utf-8")
    lines = art.text.split("\n")
    assert lines[0] == art.title and lines[1] == "Published 2024-07-03"
    assert "Russian President Vladimir Putin met Azerbaijani President Ilham Aliyev today" in art.text
    # Boilerplate stays out of the text.
    for furniture in ("cookies", "Most read", "Copyright", "analytics", "Business"):
        assert furniture not in art.text


def test_html_without_a_date_has_no_published_line():
    html = S.page(0).replace(b'<meta property="article:published_time" content="2024-05-01T10:00:00Z">', b"")
    art = article_from_html(html, source="/x.html", locator="x.html")
    assert art.published is None and "Published" not in art.text
    assert art.text.startswith("Leaders hold talks, report 0\nASTANA, May 1.")


def test_html_date_does_not_depend_on_today():
    # htmldate's default window ends today; ours is fixed, so a page reads the same whenever it is ingested.
    html = S.page(0).replace(b"2024-05-01T10:00:00Z", b"2090-01-02T10:00:00Z")
    assert article_from_html(html, source="/x.html", locator="x.html").published == "2090-01-02"


def test_html_legacy_charset_is_decoded():
    html = (
        '<html><head><meta charset="windows-1252"><title>Talks</title></head><body><article>'
        "<p>\u201cWe agree,\u201d said the Chancellor of Germany after his talks with the President of France in Paris "
        "on the future of the European Union and on aid to Ukraine worth \u20ac5 billion.</p></article></body></html>"
    ).encode("cp1252")
    art = article_from_html(html, source="/x.html", locator="x.html")
    assert isinstance(art, RawArticle)
    assert "\u201cWe agree,\u201d" in art.text and "\u20ac5 billion" in art.text


def test_jsonl_records_with_and_without_metadata():
    items = list(load_jsonl(FIX / "feed.jsonl"))
    assert errors(items) == []  # line 2 is blank: skipped, not an error
    first, second, third = items
    assert first.locator.endswith("feed.jsonl:1") and second.locator.endswith("feed.jsonl:3")
    assert (first.external_id, first.url, first.title, first.published) == (
        "wire-001", "https://wire.example.com/a/001", "Modi and Ishiba meet in Tokyo", "2025-06-06")
    assert (second.external_id, second.url, second.title, second.published) == (None, None, None, None)
    assert (third.external_id, third.published, third.title) == ("3", "2024-11-26", None)
    lines = (FIX / "feed.jsonl").read_text(encoding="utf-8").splitlines()
    assert first.text == json.loads(lines[0])["text"]  # exactly as given: offsets index it


@pytest.mark.parametrize("name,gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses_only(tmp_path, name, gz):
    path = S.write_warc(tmp_path / name, [S.page(0), S.page(1)], gzip_records=gz)
    items = list(load_warc(path))
    assert errors(items) == []  # warcinfo, requests, an image, a 404 and a redirect: passed over silently
    arts = articles(items)
    assert [a.url for a in arts] == ["https://news.example.org/2024/article-0", "https://news.example.org/2024/article-1"]
    assert [a.locator for a in arts] == [f"{path}#record 3", f"{path}#record 5"]
    assert [a.published for a in arts] == ["2024-05-01", "2024-05-02"]
    assert arts[0].raw_html == S.page(0).decode("utf-8")
    assert arts[0].external_id.startswith("<urn:uuid:") and arts[0].source == str(path.resolve())
    assert "Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev" in arts[0].text


def test_folders_are_walked_sorted_and_other_files_ignored(tmp_path):
    S.write_good_inputs(tmp_path / "in")
    (tmp_path / "in" / "sub").mkdir()
    (tmp_path / "in" / "sub" / "late.txt").write_text("Putin met Aliyev.", encoding="utf-8")
    (tmp_path / "in" / "notes.md").write_text("not an input", encoding="utf-8")
    (tmp_path / "in" / ".hidden.txt").write_text("hidden", encoding="utf-8")
    names = [p.name for p in iter_files([tmp_path / "in"])]
    assert names == ["astana_talks.html", "crawl.warc", "crawl.warc.gz", "feed.jsonl", "putin_aliyev_call.txt",
                     "late.txt"]
    first = [a.locator for a in iter_articles([tmp_path / "in"])]
    assert first == [a.locator for a in iter_articles([tmp_path / "in"])]  # deterministic


def test_named_missing_or_unsupported_paths_are_errors(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    items = list(iter_files([tmp_path / "missing.txt", tmp_path / "a.pdf"]))
    assert [str(e) for e in items] == [
        f"{tmp_path / 'missing.txt'}: no such file or directory",
        f"{tmp_path / 'a.pdf'}: unsupported file type (expected .warc.gz, .warc, .jsonl, .html, .htm, .txt)",
    ]


# --- bad input -------------------------------------------------------------------------------------------


def test_every_kind_of_bad_input_is_reported_and_good_input_survives(tmp_path):
    expected = S.write_bad_inputs(tmp_path)
    items = list(iter_articles([tmp_path]))
    reported = {str(Path(e.locator).relative_to(tmp_path)): e.reason for e in errors(items)}
    for where, words in expected.items():
        hits = [reason for loc, reason in reported.items() if loc.startswith(where)]
        assert len(hits) == 1, (where, reported)
        assert words in hits[0], (where, hits[0])
    assert len(reported) == len(expected)
    good = {str(Path(a.locator).relative_to(tmp_path)) for a in articles(items)}
    assert good == {"legacy_cp1252.txt", "mixed.jsonl:1", "mixed.jsonl:6", "truncated.warc.gz#record 1",
                    "truncated.warc.gz#record 2"}


def test_non_utf8_text_is_detected_before_giving_up(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(S.CP1252_TEXT.encode("cp1252"))
    [art] = load_text(path)
    assert art.text == S.CP1252_TEXT


def test_byte_order_marks_are_dropped(tmp_path):
    (tmp_path / "bom8.txt").write_bytes(b"\xef\xbb\xbfPutin met Aliyev.")
    (tmp_path / "bom16.txt").write_bytes("Putin met Aliyev.".encode("utf-16"))
    assert [a.text for a in iter_articles([tmp_path])] == ["Putin met Aliyev.", "Putin met Aliyev."]


def test_size_limit_is_documented_and_enforced(tmp_path):
    assert MAX_TEXT_BYTES == 5_000_000
    ok = tmp_path / "ok.txt"
    ok.write_bytes(b"a" * MAX_TEXT_BYTES)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX_TEXT_BYTES + 1))
    assert isinstance(next(load_text(ok)), RawArticle)
    [err] = load_text(big)
    assert err.reason == "text too large: 5.00 MB (limit 5 MB)"
    line = json.dumps({"text": "a" * (MAX_TEXT_BYTES + 1)})
    (tmp_path / "big.jsonl").write_text(line + "\n" + json.dumps({"text": "fine"}) + "\n", encoding="utf-8")
    items = list(load_jsonl(tmp_path / "big.jsonl"))
    assert "too large" in items[0].reason and items[1].text == "fine"


def test_jsonl_over_long_line_is_skipped_unparsed(tmp_path, monkeypatch):
    from summitry.ingest import jsonl

    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 100)
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": "after"}) + "\n", encoding="utf-8")
    items = list(load_jsonl(path))
    assert items[0].locator.endswith(":1") and "line too long" in items[0].reason
    assert items[1].locator.endswith(":2") and items[1].text == "after"


@pytest.mark.parametrize("line,words", [
    (b'{"text": "bad \\u0000 nul"}', "NUL"),
    (b'{"text": "lone \\ud800 surrogate"}', "surrogates"),
    (b'{"text": 42}', "'text' must be a string"),
    (b'{"text": "ok", "url": ["x"]}', "'url' must be a string"),
    (b'{"text": "   "}', "empty text"),
    (b'{"text": "caf\xe9"}', "not UTF-8"),
    (b"[[[[" * 100_000, "not JSON"),
])
def test_jsonl_bad_records(tmp_path, line, words):
    path = tmp_path / "x.jsonl"
    path.write_bytes(line + b"\n")
    [err] = load_jsonl(path)
    assert isinstance(err, LoadError) and words in err.reason and err.locator.endswith("x.jsonl:1")


def test_decode_refuses_a_poor_guess():
    with pytest.raises(BadData, match="could not be detected"):
        decode(bytes(range(0x80, 0x100)) * 3)


def test_truncated_archives_never_raise_and_keep_whole_records(tmp_path):
    for gz in (False, True):
        full = S.write_warc(tmp_path / ("full.warc" + ".gz" * gz), [S.page(i) for i in range(3)], gzip_records=gz)
        whole = [a.text for a in load_warc(full)]
        data = full.read_bytes()
        cut_path = tmp_path / ("cut.warc" + ".gz" * gz)
        for cut in range(1, len(data), 37):
            cut_path.write_bytes(data[:cut])
            items = list(load_warc(cut_path))
            texts = [a.text for a in articles(items)]
            assert texts == whole[: len(texts)], cut
            assert len(errors(items)) <= 1, cut
        # A cut in the middle of the last page is always reported.
        full = S.write_warc(full, [S.page(i) for i in range(3)], gzip_records=gz, extras=False)
        data = full.read_bytes()
        cut_path.write_bytes(data[: len(data) - 300])
        items = list(load_warc(cut_path))
        assert [a.text for a in articles(items)] == whole[:2]
        [err] = errors(items)
        assert "truncated" in err.reason and "#record" in err.locator
