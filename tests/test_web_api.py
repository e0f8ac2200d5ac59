"""The web application of ``summitry serve`` through its ASGI interface: pages, the JSON API, and its safety
(escaping, unknown ids, static paths, read-only database access). The browser tests are in test_web_browser.py."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web dependencies (fastapi, jinja2, uvicorn, plotly) are not installed")
from click.testing import CliRunner  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import text as sql  # noqa: E402
from sqlalchemy.exc import OperationalError, SQLAlchemyError  # noqa: E402

import summitry  # noqa: E402
from summitry.cli import main  # noqa: E402
from summitry.query import Database  # noqa: E402
from summitry.store import StoreError, database_url  # noqa: E402
from summitry.web import create_app  # noqa: E402
from summitry.web.highlight import Span, render  # noqa: E402


def _support():
    name = "summitry_web_test_support"
    if name not in sys.modules:
        path = Path(__file__).parent / "fixtures" / "web" / "support.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


W = _support()
SCRIPT = "<script>alert('x')</script>"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return W.build(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="module")
def app(db):
    application = create_app(db)
    yield application
    application.state.db.close()


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def az_tr(client) -> dict:
    [event] = client.get("/api/events", params={"country": "AZ", "with_country": "TR"}).json()
    return event


def fingerprint(path: str) -> tuple[str, int]:
    p = Path(path)
    return hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns


class _Text(HTMLParser):
    """The text inside one element (by id), tags dropped and entities decoded, and whether marks nest properly."""

    def __init__(self, element_class: str) -> None:
        super().__init__(convert_charrefs=True)
        self.element_class = element_class
        self.depth = 0
        self.inside = False
        self.texts: list[str] = []
        self.current: list[str] = []
        self.marks = 0
        self.open_marks = 0

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        if not self.inside and tag == "div" and self.element_class in cls.split():
            self.inside, self.depth, self.current = True, 0, []
            return
        if self.inside:
            self.depth += 1
            if tag == "mark":
                self.marks += 1
                self.open_marks += 1

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if self.depth == 0:
            self.inside = False
            self.texts.append("".join(self.current))
            return
        self.depth -= 1
        if tag == "mark":
            self.open_marks -= 1
            assert self.open_marks >= 0

    def handle_data(self, data):
        if self.inside:
            self.current.append(data)


def texts_of(page: str) -> tuple[list[str], int]:
    parser = _Text("text")
    parser.feed(page)
    parser.close()
    assert parser.open_marks == 0
    return parser.texts, parser.marks


# --- highlighting ----------------------------------------------------------------------------------------------


def test_highlight_escapes_every_piece_and_keeps_marks_nested():
    text = 'He said "<b>4 & 5</b>" to Ann Lee.'
    at = text.index
    spans = [Span(at('"'), at(" to"), "quote", (("speaker", 'A "B" <c>'),)), Span(at("4"), at("4") + 1, "amount"),
             Span(at("</b>"), at("Ann") + 3, "name"), Span(3, 3, "name"), Span(-5, 2, "date"),
             Span(at("Lee"), 99, "place")]
    out = str(render(text, spans))
    assert "<b>" not in out and '&lt;b&gt;<mark class="hl hl-amount">4</mark> &amp; 5' in out
    assert 'data-speaker="A &#34;B&#34; &lt;c&gt;"' in out
    assert out.startswith('<mark class="hl hl-date">He</mark> said ')
    assert out.endswith('<mark class="hl hl-place">Lee.</mark>')
    parser = _Text("x")
    parser.feed(f'<div class="x">{out}</div>')
    assert parser.open_marks == 0 and parser.texts == [text]
    # the name crosses the end of the quote: closed there and reopened as a continuation
    assert out.count('class="hl hl-name"') == 2 and '<mark class="hl hl-name" data-continued="1"> to Ann</mark>' in out


# --- pages -----------------------------------------------------------------------------------------------------


def test_home_shows_the_timeline_with_counts_per_year(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    events = client.get("/api/events").json()
    assert len(events) == 6
    for e in events:
        assert f'href="/events/{e["event_id"]}"' in page
    assert 'data-chart="timeline"' in page and 'data-chart="years"' in page
    years = json.loads(re.search(r'<script type="application/json" id="years-chart-data">(.*?)</script>', page,
                                 re.S).group(1))
    assert years == [{"year": "2024", "events": 3}, {"year": "2025", "events": 2}, {"year": None, "events": 1}]
    assert '<script src="/static/plotly.min.js"></script>' in page
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_home_filters(client, az_tr):
    def shown(**params):
        return set(re.findall(r'<a class="event-link" href="/events/([0-9a-f]+)"', client.get("/", params=params).text))

    assert shown(country="az", with_country="TR") == {az_tr["event_id"]}
    assert len(shown(person="Tokayev")) == 3
    assert len(shown(kind="phone")) == 1
    assert len(shown(since="2025")) == 2 and len(shown(until="2024-12-31")) == 3
    assert shown(person="Nobody Atall") == set()
    for bad in ({"since": "yesterday"}, {"kind": "carrier pigeon"}, {"country": "KAZ"}):
        r = client.get("/", params=bad)
        assert r.status_code == 400 and "Bad request" in r.text and "Traceback" not in r.text


def test_event_page_shows_every_source_with_highlighted_spans(client, db, az_tr):
    r = client.get(f"/events/{az_tr['event_id']}")
    assert r.status_code == 200
    page = r.text
    assert az_tr["place"] == "Ankara" and az_tr["disagreements"] == ["place"]
    # every source document, its text intact under the marks
    texts, n_marks = texts_of(page)
    with summitry.open(db) as database:
        stored = [database.document(s["document_id"])["text"] for s in az_tr["sources"]]
    assert sorted(texts) == sorted(stored) and n_marks > 10
    # quotes by speaker colour, numbers, names, the reporting sentence, the disagreeing places
    assert re.search(r'<mark class="hl hl-quote spk-\d" id="turn-0" data-speaker="Recep Tayyip Erdoğan"', page)
    assert re.search(r'<mark class="hl hl-quote spk-\d" id="turn-1" data-speaker="Ilham Aliyev"', page)
    assert page.count('<mark class="hl hl-amount" id="amount-') == 2
    assert 'data-amount="7000000000.0" data-unit="USD"' in page and 'data-amount="9000000000.0"' in page
    assert 'data-name="Ilham Aliyev" data-person="aliyev i"' in page
    assert page.count('class="hl hl-meeting"') >= 2
    for place in ("Baku", "Ankara"):
        assert re.search(rf'<mark class="hl hl-disagree" data-field="place" data-value="{place}"[^>]*>(<mark[^>]*>)?'
                         rf'{place}</mark>', page)
    assert "The sources disagree" in page and 'class="disagree"' in page
    assert 'href="/people/aliyev%20i"' in page and 'href="/people/erdogan%20r"' in page
    # a unique prefix of the id will do
    assert client.get(f"/events/{az_tr['event_id'][:6]}").status_code == 200


def test_document_page_and_anchors(client, az_tr):
    doc_id = az_tr["sources"][0]["document_id"]
    page = client.get(f"/documents/{doc_id}").text
    assert 'id="amount-0"' in page and 'id="turn-0"' in page
    assert f'href="/events/{az_tr["event_id"]}"' in page


def test_person_page_titles_meetings_quotes_and_numbers(client, az_tr):
    r = client.get("/people/aliyev%20i")
    assert r.status_code == 200
    page = r.text
    assert "<h1>Ilham Aliyev" in page and "Titles over time" in page and "President" in page
    assert f'href="/events/{az_tr["event_id"]}"' in page
    assert "Ilham Heydar oglu" in page  # an alias
    assert "Quotes <span class=\"muted\">(5)</span>" in page
    assert page.count('<tr class="conflict"') == 2 and "$7 billion" in page and "$9 billion" in page
    narrowed = client.get("/people/aliyev%20i", params={"q": "railway"}).text
    assert "Quotes <span class=\"muted\">(1)</span>" in narrowed and "railway section" in narrowed
    assert "$7 billion" in narrowed  # the claims stay
    people = client.get("/people").text
    assert 'href="/people/aliyev%20i"' in people and 'href="/people/tokayev%20k"' in people


def test_claims_page_charts_one_point_per_claim_with_conflicts(client):
    page = client.get("/claims").text
    assert 'data-chart="claims"' in page and "plotly.min.js" in page
    series = client.get("/api/series", params={"country": "TR"}).json()
    [trade] = [s for s in series if s["metric_group"] == "trade"]
    assert trade["n_claims"] == 2 and trade["n_conflicting"] == 2 and trade["unit"] == "USD"
    page = client.get("/claims", params={"series": trade["series_id"]}).text
    chart = json.loads(re.search(r'id="claims-chart-data">(.*?)</script>', page, re.S).group(1))
    assert chart["unit"] == "USD" and len(chart["points"]) == 2
    assert {(p["y"], p["conflict"], p["speaker"]) for p in chart["points"]} == {
        (7e9, True, "Ilham Aliyev"), (9e9, True, "Ilham Aliyev")}
    assert {p["value"] for p in chart["points"]} == {"7 billion USD", "9 billion USD"}
    assert all(p["href"].startswith("/documents/") for p in chart["points"])
    # a metric narrows the list of series; "trade turnover" finds the trade series
    listed = client.get("/claims", params={"metric": "trade turnover"}).text
    assert f"series={trade['series_id']}" in listed and ">school</a>" not in listed
    assert client.get("/claims", params={"series": "0123456789ab"}).status_code == 404


def test_search_finds_quotes_and_people(client):
    page = client.get("/search", params={"q": "water"}).text
    assert "Water is a matter of life" in page
    page = client.get("/search", params={"q": "tokayev"}).text
    assert 'href="/people/tokayev%20k"' in page
    assert client.get("/search").status_code == 200
    assert client.get("/search", params={"q": "x" * 201}).status_code == 400


# --- the JSON API ----------------------------------------------------------------------------------------------


def test_api_events_and_one_event(client, az_tr):
    events = client.get("/api/events").json()
    assert [e["day"] for e in events if e["day"]] == sorted(e["day"] for e in events if e["day"])
    assert len(client.get("/api/events", params={"person": "Mirziyoyev"}).json()) == 3
    assert client.get("/api/events", params={"since": "bad"}).status_code == 400
    event = client.get(f"/api/events/{az_tr['event_id']}").json()
    assert {p["person_key"] for p in event["participants"]} == {"aliyev i", "erdogan r"}
    assert {(d["field"], d["value"]) for d in event["disagreements"]} == {("place", "Ankara"), ("place", "Baku")}
    assert len(event["sources"]) == 2 and all(s["sentence"] for s in event["sources"])
    missing = client.get("/api/events/0123456789ab")
    assert missing.status_code == 404 and missing.json() == {"detail": "no event '0123456789ab'"}


def test_api_people_claims_series_search_stats_documents(client, az_tr):
    people = client.get("/api/people", params={"country": "KZ"}).json()
    assert "Kassym-Jomart Tokayev" in {p["name"] for p in people}
    erdogan = client.get("/api/people/erdogan%20r").json()
    assert erdogan["name"] == "Recep Tayyip Erdoğan" and erdogan["titles"][0]["title"] == "President"
    assert [e["event_id"] for e in erdogan["events"]] == [az_tr["event_id"]]
    assert erdogan["n_quotes"] == 1 and SCRIPT in erdogan["quotes"][0]["text"]
    assert client.get("/api/people/nobody%20x").status_code == 404
    aliyev = client.get("/api/people/aliyev%20i", params={"q": "trade"}).json()
    assert aliyev["n_quotes"] == 2 and len(aliyev["claims"]) == 2

    claims = client.get("/api/claims", params={"metric": "trade turnover", "country": "TR"}).json()
    assert sorted(c["value"] for c in claims) == [7e9, 9e9]
    assert all(c["conflicts_with"] for c in claims)
    conflicting = client.get("/api/claims", params={"conflicts": True}).json()
    assert conflicting and all(c["n_conflicts"] for c in conflicting)
    series_id = claims[0]["series_id"]
    assert len(client.get("/api/claims", params={"series": series_id}).json()) == 2
    assert client.get("/api/claims", params={"series": "nope"}).json() == []
    assert any(s["series_id"] == series_id for s in client.get("/api/series").json())

    found = client.get("/api/search", params={"q": "script"}).json()
    assert found["n_quotes"] == 1 and found["quotes"][0]["speaker_key"] == "erdogan r"
    assert client.get("/api/search", params={"q": "Erdogan"}).json()["people"][0]["person_key"] == "erdogan r"
    assert client.get("/api/search").json()["n_quotes"] == 0

    stats = client.get("/api/stats").json()
    assert stats["events"] == 6 and stats["pending"] == 0 and stats["documents"] == 11

    doc_id = az_tr["sources"][0]["document_id"]
    doc = client.get(f"/api/documents/{doc_id}").json()
    assert all(doc["text"][a["char_start"]:a["char_end"]] == a["quote"] for a in doc["amounts"])
    assert client.get("/api/documents/" + "0" * 64).status_code == 404


def test_api_is_documented(client):
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    for path in ("/api/events", "/api/events/{event_id}", "/api/people", "/api/people/{key}", "/api/claims",
                 "/api/series", "/api/search", "/api/stats", "/api/documents/{document_id}"):
        assert path in spec["paths"], path
    assert "Claim" in spec["components"]["schemas"]
    assert not any(p.startswith(("/events", "/static")) for p in spec["paths"])  # pages are not API
    docs = client.get("/docs").text
    assert "GET /api/events" in docs and 'id="schema-Claim"' in docs and "cdn" not in docs.lower()
    assert client.get("/api", follow_redirects=False).headers["location"] == "/docs"


# --- safety ----------------------------------------------------------------------------------------------------


def test_every_value_is_escaped(client, az_tr):
    pages = [client.get(u).text for u in (
        f"/events/{az_tr['event_id']}", "/people/erdogan%20r", "/search?q=script", "/search?q=alert",
        f"/documents/{az_tr['sources'][0]['document_id']}", "/claims?country=TR",
        "/search?q=%3Cscript%3Ealert(1)%3C/script%3E", '/people?name="><script>alert(1)</script>',
    )]
    for page in pages:
        assert "<script>alert" not in page and "<img src=x" not in page
        assert 'href="javascript:' not in page.lower()
        # the only scripts are ours: JSON data blocks and files of this server
        for tag in re.findall(r"<script[^>]*>", page):
            assert tag in ('<script src="/static/plotly.min.js">', '<script src="/static/app.js">') or \
                tag.startswith('<script type="application/json" id="'), tag
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; other tricks" in pages[0]
    assert "Aliyev in Baku &lt;img src=x onerror=alert(&#39;title&#39;)&gt;" in pages[0]
    assert "javascript:alert(&#39;url&#39;)" in pages[0]  # shown as text, not as a link
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[6]
    # JSON inside <script type="application/json"> cannot close the element
    claims = pages[5]
    for block in re.findall(r'<script type="application/json" id="[^"]+">(.*?)</script>', claims, re.S):
        assert "<" not in block and json.loads(block) is not None


def test_unknown_ids_get_a_404_page_not_a_traceback(client):
    for url in ("/events/0123456789ab", "/events/not-hex!", "/people/nobody%20x", "/documents/abc",
                "/documents/" + "f" * 64, "/no/such/page", "/claims?series=ffffffffffff"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert r.headers["content-type"].startswith("text/html")
        assert "404" in r.text and "Not found" in r.text and "Traceback" not in r.text
        assert "<footer>" in r.text  # the site's own page
    r = client.get("/api/no/such")
    assert r.status_code == 404 and r.json() == {"detail": "Not Found"}


def test_static_route_serves_only_its_own_files(client):
    plotly = client.get("/static/plotly.min.js")
    assert plotly.status_code == 200 and plotly.headers["content-type"].startswith("text/javascript")
    spec = importlib.util.find_spec("plotly")
    shipped = Path(next(iter(spec.submodule_search_locations)), "package_data", "plotly.min.js")
    assert plotly.content == shipped.read_bytes()
    assert client.get("/static/app.css").status_code == 200 and client.get("/static/app.js").status_code == 200
    for url in ("/static/..%2F..%2Fdb.py", "/static/%2e%2e%2fapp.py", "/static/..%2f..%2f..%2fetc%2fpasswd",
                "/static/app.py", "/static/templates%2Fbase.html", "/static/%2Fetc%2Fpasswd", "/static/",
                "/static/.%2e/app.py", "/static/app.js%00.py"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert "root:" not in r.text and "import" not in r.text


def test_the_database_is_opened_read_only(db, app, client):
    before = fingerprint(db)
    for url in ("/", "/people", "/claims", "/search?q=trade", "/api/events", "/api/stats", "/people/aliyev%20i"):
        assert client.get(url).status_code == 200
    engine = app.state.db.store.engine
    with pytest.raises(OperationalError, match="readonly|read-only|query_only|attempt to write"):
        with engine.begin() as conn:
            conn.execute(sql("DELETE FROM events"))
    with pytest.raises(OperationalError):
        with engine.begin() as conn:
            conn.execute(sql("CREATE TABLE intruder (x INTEGER)"))
    assert fingerprint(db) == before
    assert not Path(db + "-journal").exists() and not Path(db + "-wal").exists()


def test_injection_attempts_are_only_values(client):
    assert client.get("/api/events", params={"person": "' OR 1=1 --"}).json() == []
    assert client.get("/people/x' OR '1'='1").status_code == 404
    assert client.get("/api/search", params={"q": "%_' ; DROP TABLE events; --"}).status_code == 200
    assert client.get("/api/stats").json()["events"] == 6


def test_a_missing_or_foreign_database_is_refused(tmp_path):
    missing = tmp_path / "nothing.db"
    with pytest.raises(StoreError, match="no database"):
        create_app(missing)
    assert not missing.exists()  # not created
    other = tmp_path / "other.db"
    import sqlite3

    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a summitry database"):
        create_app(other)


def test_an_internal_error_gets_a_page_without_details(db, monkeypatch):
    application = create_app(db)

    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(Database, "events", broken)
    with TestClient(application, raise_server_exceptions=False) as c:
        r = c.get("/")
        assert r.status_code == 500 and "Internal error" in r.text
        assert "secret internals" not in r.text and "Traceback" not in r.text
        api = c.get("/api/events")
        assert api.status_code == 500 and api.json() == {"detail": "internal error"}
    application.state.db.close()


# --- the command -----------------------------------------------------------------------------------------------


def test_serve_command(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output and "--db" in result.output
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no database" in result.output
    assert not (tmp_path / "none.db").exists()


# --- PostgreSQL ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pg_url():
    """A PostgreSQL database (own schema) on SUMMITRY_TEST_PG_URL or a throwaway server; else a skip."""
    S = W.ingest_support()
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


def test_postgresql_sessions_are_read_only(pg_url, client):
    W.build(pg_url)
    application = create_app(pg_url)
    try:
        with TestClient(application, raise_server_exceptions=False) as c:
            def by_id(rows):
                return sorted(rows, key=lambda r: r["event_id"])

            assert by_id(c.get("/api/events").json()) == by_id(client.get("/api/events").json())
            assert c.get("/").status_code == 200
        engine = application.state.db.store.engine
        with pytest.raises(SQLAlchemyError, match="read-only transaction"):
            with engine.begin() as conn:
                conn.execute(sql("DELETE FROM events"))
        with engine.connect() as conn:  # a rollback does not lift it
            assert conn.execute(sql("SHOW transaction_read_only")).scalar() == "on"
            assert conn.execute(sql("SELECT count(*) FROM events")).scalar() == 6
    finally:
        application.state.db.close()
