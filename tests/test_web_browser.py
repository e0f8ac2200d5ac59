"""End-to-end tests of ``summitry serve`` in a real headless browser: Debian's chromium (/usr/bin/chromium, which
.ci/run installs) driven by Playwright (never its own browser downloads). The server is the real command, started
on a free loopback port; the browser may reach nothing else (every other request is refused and recorded).

Screenshots of each page are written to test-artifacts/web/ for review (ignored by git)."""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "web"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCRIPT = "<script>alert('x')</script>"

if not CHROMIUM.exists():
    pytest.skip(f"no browser: {CHROMIUM} is absent (Debian's package chromium; .ci/run installs it)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (the dev extra) is not installed")
pytest.importorskip("fastapi", reason="the web dependencies are not installed")


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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get_json(url: str):
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.load(r)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``summitry serve`` (the real command, in a child process) over a database of the test articles."""
    db = W.build(tmp_path_factory.mktemp("web-e2e") / "web.db")
    port = _free_port()
    log = tmp_path_factory.mktemp("web-e2e-log") / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "summitry.cli", "serve", "--db", db, "--port", str(port)],
                                stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get_json(f"{base}/api/stats")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"summitry serve did not start: {log.read_text()[-2000:]}") from None
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def context(tmp_path_factory, server):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    profile = tmp_path_factory.mktemp("chromium-profile")  # a new, empty user-data-dir
    with sync_api.sync_playwright() as p:
        try:
            ctx = p.chromium.launch_persistent_context(
                str(profile), executable_path=str(CHROMIUM), headless=True, args=ARGS,
                viewport={"width": 1280, "height": 900}, env={**os.environ, "HOME": str(profile)})
        except sync_api.Error as exc:
            pytest.skip(f"chromium at {CHROMIUM} did not start under Playwright: {str(exc)[:300]}")
        ctx.set_default_timeout(20_000)
        ctx.outside = []  # requests to anywhere but the test server: refused

        def only_local(route):
            if urlparse(route.request.url).netloc != urlparse(server).netloc:
                ctx.outside.append(route.request.url)
                route.abort()
            else:
                route.continue_()

        ctx.route("**/*", only_local)
        yield ctx
        ctx.close()


@pytest.fixture
def page(context):
    """A new tab that records dialogs (an executed alert() would show here), page errors and console errors."""
    tab = context.new_page()
    tab.dialogs, tab.errors = [], []
    tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    tab.on("pageerror", lambda e: tab.errors.append(f"pageerror: {e}"))
    tab.on("console", lambda m: tab.errors.append(f"console: {m.text}") if m.type == "error" else None)
    yield tab
    assert tab.dialogs == [], "a script from the data ran"
    assert context.outside == [], "the page tried to reach another host"
    tab.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_home_shows_the_timeline(page, server):
    page.goto(server + "/")
    page.wait_for_selector("#timeline-chart[data-rendered='1']")
    page.wait_for_selector("#years-chart[data-rendered='1']")
    assert page.locator("ol.events li.event").count() == 6
    assert page.locator("#timeline-chart svg.main-svg").count() >= 1
    assert page.locator("#timeline-chart .scatterlayer .point").count() == 5  # the undated one has no day
    assert page.locator("#years-chart .bars .point").count() == 2  # 2024, 2025
    assert page.locator("#n-events").inner_text() == "6"
    shot(page, "home")
    assert page.errors == []


def test_open_an_event_and_see_the_highlighted_spans(page, server):
    page.goto(server + "/")
    page.get_by_role("link", name="Ilham Aliyev + Recep Tayyip Erdoğan").click()
    page.wait_for_url("**/events/*")
    assert page.locator("h1.event-title").inner_text().startswith("Ilham Aliyev")
    quotes = page.locator("article.document mark.hl-quote")
    assert quotes.count() == 3  # Erdogan's turn; Aliyev's in both reports
    erdogan = page.locator("article.document mark.hl-quote[data-speaker='Recep Tayyip Erdoğan']")
    aliyev = page.locator("article.document mark.hl-quote[data-speaker='Ilham Aliyev']").first
    assert erdogan.is_visible() and aliyev.is_visible()
    colour = erdogan.evaluate("m => getComputedStyle(m).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    assert colour != aliyev.evaluate("m => getComputedStyle(m).backgroundColor")  # one colour per speaker
    assert SCRIPT in erdogan.inner_text()  # the quote's markup is text on the page
    amounts = page.locator("article.document mark.hl-amount")
    assert sorted(amounts.all_inner_texts()) == ["$7 billion", "$9 billion"]
    assert page.locator("article.document mark.hl-disagree").count() == 2
    assert page.locator("article.document mark.hl-name").count() >= 6
    name = page.locator("article.document mark.hl-name[data-name='Ilham Aliyev']")
    name.first.hover()
    assert page.locator("mark.hl-name.lit").count() == name.count()  # every mention of him lights up
    assert page.locator("#disagreements tr.disagree").count() == 2
    shot(page, "event")
    assert page.errors == []


def test_claims_page_renders_a_chart(page, server):
    [trade] = [s for s in _get_json(f"{server}/api/series?country=TR") if s["metric_group"] == "trade"]
    page.goto(server + "/claims")
    page.wait_for_selector("#claims-chart[data-rendered='1']")
    page.locator(f".series-list a[href*='series={trade['series_id']}']").click()
    page.wait_for_url(f"**series={trade['series_id']}**")
    page.wait_for_selector("#claims-chart[data-rendered='1']")
    points = page.locator("#claims-chart .scatterlayer .point")
    assert points.count() == 2
    fills = set(points.evaluate_all("ps => ps.map(p => getComputedStyle(p).fill)"))
    assert fills == {"rgb(214, 39, 40)"}  # both conflict: the conflict colour
    box = points.nth(0).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#claims-chart .hoverlayer .hovertext")
    hover = page.locator("#claims-chart .hoverlayer").text_content()
    assert "said by Ilham Aliyev" in hover and "billion USD" in hover
    shot(page, "claims")
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url("**/documents/*")
    assert page.locator("article.document mark.hl-amount").count() == 1
    assert page.errors == []


def test_the_chart_of_a_series_with_agreeing_claims(page, server):
    [school] = [s for s in _get_json(f"{server}/api/series") if s["metric_group"] == "school"
                and s["countries"] == "KZ-UZ"]
    page.goto(f"{server}/claims?series={school['series_id']}")
    page.wait_for_selector("#claims-chart[data-rendered='1']")
    fills = page.locator("#claims-chart .scatterlayer .point").evaluate_all(
        "ps => ps.map(p => getComputedStyle(p).fill)")
    assert sorted(fills) == ["rgb(214, 39, 40)", "rgb(214, 39, 40)", "rgb(42, 111, 219)"]  # 2 conflict, 1 not
    shot(page, "claims-schools")
    assert page.errors == []


def test_person_search_and_docs_pages(page, server):
    page.goto(server + "/people/" + quote("aliyev i"))
    assert page.locator("#quotes ul.quotes li").count() == 5
    page.locator("#quotes input[name=q]").fill("railway")
    page.locator("#quotes button[type=submit]").click()
    page.wait_for_url("**q=railway**")
    assert page.locator("#quotes ul.quotes li").count() == 1
    assert page.locator("#claims tr.conflict").count() == 2
    shot(page, "person")
    page.locator("header.top input[name=q]").fill("script")
    page.locator("header.top input[name=q]").press("Enter")
    page.wait_for_url("**/search?q=script")
    assert SCRIPT in page.locator("#quote-results blockquote").first.inner_text()
    shot(page, "search")
    page.goto(server + "/docs")
    assert page.locator("section.endpoint").count() >= 9
    shot(page, "api-docs")
    assert page.errors == []


def test_an_unknown_event_gets_the_404_page(page, server):
    response = page.goto(server + "/events/0123456789ab")
    assert response.status == 404
    assert page.locator("h1").inner_text().startswith("404")
    shot(page, "not-found")
