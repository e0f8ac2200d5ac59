"""The read-only web application of ``summitry serve``: pages over the consolidated tables and a JSON API.

Pages: ``/`` (timeline of events), ``/events/{id}``, ``/people``, ``/people/{key}``, ``/claims``, ``/search``,
``/documents/{id}``. API: ``/api/...`` (OpenAPI at ``/openapi.json``, browsable at ``/docs``).

Safety: the database is opened read-only (``Store.open_readonly``); every query is SQLAlchemy Core with bound
parameters; templates autoescape everything (the only markup built in Python is ``highlight.render``, which
escapes each piece of text itself); static files are served from a fixed table of names, never from a path the request
gives; unknown ids and bad parameters get a page (or JSON under /api) with a 404 or 400, never a traceback.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, Query, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.exceptions import HTTPException

from ..query import Ambiguous, Database, NotFound
from ..version import __version__
from . import highlight, models, present

log = logging.getLogger("summitry.web")

HERE = Path(__file__).resolve().parent
KINDS = ("in_person", "phone", "video")
_HEX = re.compile(r"[0-9a-f]{1,64}")
_COUNTRY = re.compile(r"[A-Za-z]{2}")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

# Content-Security-Policy of the HTML pages: scripts only from this server (no inline script: chart data travel
# as JSON in <script type="application/json">); plotly needs inline styles.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")


def _package_file(package: str, *parts: str) -> Path | None:
    """A file shipped inside an installed package (found without importing it), or None."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    return path if path.is_file() else None


def static_files() -> dict[str, tuple[Path | None, str]]:
    """The only files /static serves: name -> (path, media type). Fixed at start; no request path reaches disk."""
    return {
        "app.css": (HERE / "static" / "app.css", "text/css"),
        "app.js": (HERE / "static" / "app.js", "text/javascript"),
        "favicon.svg": (HERE / "static" / "favicon.svg", "image/svg+xml"),
        # plotly.js as the plotly Python package ships it (no CDN: the machine may be offline)
        "plotly.min.js": (_package_file("plotly", "package_data", "plotly.min.js"), "text/javascript"),
    }


# ---------------------------------------------------------------------------------------------- templates


def _safe_url(url: Any) -> str | None:
    """A URL fit for an href: http(s) only (a javascript: or data: URL stays text)."""
    if isinstance(url, str) and re.match(r"https?://", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


def _qs(**params: Any) -> str:
    """A query string of the non-empty parameters ("?a=1&b=2"), or ""."""
    kept = {k: v for k, v in params.items() if v not in (None, "", False)}
    return "?" + urlencode(kept) if kept else ""


def _kind_label(kind: str | None) -> str:
    return {"in_person": "in person", "phone": "phone call", "video": "video call"}.get(kind or "", kind or "")


def make_templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(value=present.fmt_value, safe_url=_safe_url, kind=_kind_label)
    env.globals.update(qs=_qs, version=__version__, n_colours=highlight.N_COLOURS)
    return Jinja2Templates(env=env)


def _schema_type(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " | ".join(_schema_type(s) for s in schema["anyOf"])
    kind = schema.get("type")
    if kind == "array":
        return f"list[{_schema_type(schema.get('items', {}))}]"
    if kind == "object" or kind is None:
        extra = schema.get("additionalProperties")
        return f"dict[str, {_schema_type(extra)}]" if isinstance(extra, dict) and extra else "object"
    return str(kind)


def api_reference(openapi: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI schema as lists for the /docs page: endpoints (with parameters and response type) and models."""
    endpoints = []
    for path, methods in openapi.get("paths", {}).items():
        for method, op in methods.items():
            ok = op.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
            endpoints.append({
                "method": method.upper(), "path": path, "summary": op.get("summary", ""),
                "description": op.get("description", ""), "tag": (op.get("tags") or [""])[0],
                "parameters": [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                                "type": _schema_type(p.get("schema", {})), "description": p.get("description", ""),
                                "default": p.get("schema", {}).get("default")} for p in op.get("parameters", [])],
                "returns": _schema_type(ok.get("schema", {})) if ok else "",
                "errors": sorted(code for code in op.get("responses", {}) if code != "200"),
            })
    models_out = []
    for name, schema in sorted(openapi.get("components", {}).get("schemas", {}).items()):
        required = set(schema.get("required", []))
        models_out.append({
            "name": name, "description": schema.get("description", ""),
            "fields": [{"name": f, "type": _schema_type(s), "required": f in required,
                        "description": s.get("description", "")} for f, s in schema.get("properties", {}).items()],
        })
    return {"title": openapi.get("info", {}).get("title", ""), "version": openapi.get("info", {}).get("version", ""),
            "description": openapi.get("info", {}).get("description", ""), "endpoints": endpoints,
            "models": models_out}


# ---------------------------------------------------------------------------------------------- helpers


def _is_api(request: Request) -> bool:
    path = request.url.path
    return path == "/api" or path.startswith("/api/") or path == "/openapi.json"


def _not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=what)


def _bad(what: str) -> HTTPException:
    return HTTPException(status_code=400, detail=what)


def _clean(value: str | None, limit: int = 200) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if len(value) > limit:
        raise _bad(f"parameter too long (at most {limit} characters)")
    return value or None


def _check_filters(country: str | None, with_country: str | None, since: str | None, until: str | None,
                   kind: str | None) -> dict[str, str | None]:
    country, with_country = _clean(country, 2), _clean(with_country, 2)
    since, until, kind = _clean(since, 10), _clean(until, 10), _clean(kind, 16)
    for name, code in (("country", country), ("with_country", with_country)):
        if code and not _COUNTRY.fullmatch(code):
            raise _bad(f"{name} must be an ISO 3166-1 alpha-2 code such as KZ")
    for name, day in (("since", since), ("until", until)):
        if day and not _DATE.fullmatch(day):
            raise _bad(f"{name} must be a date: YYYY, YYYY-MM or YYYY-MM-DD")
    if kind and kind not in KINDS:
        raise _bad(f"kind must be one of {', '.join(KINDS)}")
    return {"country": country.upper() if country else None,
            "with_country": with_country.upper() if with_country else None,
            "since": since, "until": until, "kind": kind}


def _event_id(event_id: str) -> str:
    value = event_id.strip().lower()
    if not _HEX.fullmatch(value):
        raise _not_found(f"no event {event_id!r}")
    return value


def _doc_id(doc_id: str) -> str:
    value = doc_id.strip().lower()
    if not re.fullmatch(r"[0-9a-f]{64}", value):
        raise _not_found(f"no document {doc_id!r}")
    return value


def _person_key(key: str) -> str:
    if not key or len(key) > 200:
        raise _not_found("no such person")
    return key


def _event(db: Database, event_id: str) -> dict[str, Any]:
    try:
        return db.event(_event_id(event_id))
    except (NotFound, Ambiguous) as exc:
        raise _not_found(str(exc.args[0])) from None


def _person(db: Database, key: str) -> dict[str, Any]:
    try:
        return db.person(_person_key(key))
    except NotFound as exc:
        raise _not_found(str(exc.args[0])) from None


def _chart_timeline(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{
        "x": e["day"], "y": "–".join(e["countries"]) or "?", "kind": e["kind"], "dated": e["date"] is not None,
        "label": " + ".join(e["participants"]), "place": e["place"] or "", "sources": e["n_sources"],
        "disagree": bool(e["disagreements"]), "href": f"/events/{e['event_id']}",
    } for e in events if e["day"]]


# ---------------------------------------------------------------------------------------------- the app


def create_app(db: str | Path | Database) -> FastAPI:
    """The application over a database: a path or URL (opened read-only here), or an open ``Database``."""
    database = db if isinstance(db, Database) else Database.open(db)  # read-only
    app = FastAPI(
        title="summitry",
        version=__version__,
        description=(
            "Read-only JSON API over a database written by `summitry ingest`: events (one meeting however many "
            "outlets reported it), people, claims (figures as series over time, with conflicts) and their sources. "
            "Every row names its source document and the character span `[char_start, char_end)` of the stored "
            "text it comes from (`/api/documents/{document_id}` gives the text)."
        ),
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.db = database
    templates = make_templates()
    files = static_files()

    def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("title", "summitry")
        context.setdefault("q", "")
        context["database"] = database.store.display
        response = templates.TemplateResponse(request, template, context, status_code=status_code)
        response.headers["Content-Security-Policy"] = CSP
        return response

    app.add_middleware(GZipMiddleware, minimum_size=2048)  # plotly.min.js: 4.8 MB, 1.4 MB compressed

    @app.middleware("http")
    async def headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    # ------------------------------------------------------------------------------------------ errors

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if _is_api(request) or request.url.path.startswith("/static/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        titles = {404: "Not found", 400: "Bad request", 405: "Method not allowed"}
        return page(request, "error.html", status_code=exc.status_code, status=exc.status_code,
                    title=titles.get(exc.status_code, "Error"), message=str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            return await request_validation_exception_handler(request, exc)
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg')}" for e in exc.errors())
        return page(request, "error.html", status_code=400, status=400, title="Bad request", message=problems)

    @app.exception_handler(ValueError)
    async def value_error(request: Request, exc: ValueError) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return page(request, "error.html", status_code=400, status=400, title="Bad request", message=str(exc))

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("error serving %s", request.url.path)
        if _is_api(request):
            return JSONResponse({"detail": "internal error"}, status_code=500)
        return page(request, "error.html", status_code=500, status=500, title="Internal error",
                    message="Something went wrong reading the database; the server log has the details.")

    # ------------------------------------------------------------------------------------------ static

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        path, media_type = files.get(name, (None, ""))
        if path is None or not path.is_file():
            raise _not_found("no such file")
        return FileResponse(path, media_type=media_type, headers={"Cache-Control": "public, max-age=3600"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return RedirectResponse("/static/favicon.svg", status_code=301)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        # The API reference, rendered here from the OpenAPI schema (Swagger UI would load its JavaScript from a
        # CDN, and the machine may be offline).
        return page(request, "api.html", title="summitry — API", api=api_reference(app.openapi()))

    @app.get("/api", include_in_schema=False)
    def api_index() -> Response:
        return RedirectResponse("/docs", status_code=307)

    # ------------------------------------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, person: str | None = None, country: str | None = None,
             with_country: str | None = None, since: str | None = None, until: str | None = None,
             kind: str | None = None) -> HTMLResponse:
        filters = _check_filters(country, with_country, since, until, kind)
        person = _clean(person)
        events = database.events(person=person, **filters)
        years = present.year_counts(events)
        by_year: dict[str, list[dict[str, Any]]] = {}
        for e in sorted(events, key=lambda e: (e["day"] or "", e["event_id"]), reverse=True):
            by_year.setdefault((e["day"] or "")[:4] or "undated", []).append(e)
        return page(request, "home.html", title="summitry — events", events=events, by_year=by_year, years=years,
                    filters={**filters, "person": person}, kinds=KINDS, countries=database.country_codes(),
                    timeline=_chart_timeline(events), counts=database.counts())

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str) -> HTMLResponse:
        event = _event(database, event_id)
        docs = database.event_documents(event)
        colours = highlight.speaker_colours(t["speaker"] for d in docs for t in d["turns"])
        for d in docs:
            d["html"] = highlight.render(d["text"], highlight.document_spans(d, colours))
        disagreeing = {(d["document_id"], d["meeting_idx"], d["field"]) for d in event["disagreements"]}
        return page(request, "event.html", title=f"summitry — {' + '.join(p['name'] for p in event['participants'])}",
                    event=event, docs=docs, colours=colours, disagreeing=disagreeing)

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str) -> HTMLResponse:
        try:
            doc = database.document(_doc_id(doc_id))
        except NotFound as exc:
            raise _not_found(str(exc.args[0])) from None
        colours = highlight.speaker_colours(t["speaker"] for t in doc["turns"])
        doc["html"] = highlight.render(doc["text"], highlight.document_spans(doc, colours))
        return page(request, "document.html", title=f"summitry — {doc['title'] or doc['locator']}", doc=doc,
                    colours=colours)

    @app.get("/people", response_class=HTMLResponse, include_in_schema=False)
    def people_page(request: Request, name: str | None = None, country: str | None = None) -> HTMLResponse:
        filters = _check_filters(country, None, None, None, None)
        name = _clean(name)
        rows = database.people(country=filters["country"], name=name)
        rows.sort(key=lambda r: (-r["n_documents"], r["name"]))
        return page(request, "people.html", title="summitry — people", people=rows, name=name or "",
                    country=filters["country"] or "")

    @app.get("/people/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, key: str, q: str | None = None) -> HTMLResponse:
        who = _person(database, key)
        q = _clean(q)
        quotes, n_quotes = database.person_quotes(who["person_key"], q)
        claims = database.person_claims(who["person_key"])
        return page(request, "person.html", title=f"summitry — {who['name']}", person=who,
                    events=database.person_events(who["person_key"]), quotes=quotes, n_quotes=n_quotes,
                    quote_q=q or "", claims=claims)

    @app.get("/claims", response_class=HTMLResponse, include_in_schema=False)
    def claims_page(request: Request, metric: str | None = None, country: str | None = None,
                    series: str | None = None) -> HTMLResponse:
        metric = _clean(metric)
        country = _check_filters(country, None, None, None, None)["country"]
        series_rows = database.series_list(metric=metric, country=country)
        chosen = None
        if series:
            series = series.strip().lower()
            chosen = next((s for s in series_rows if s["series_id"] == series), None)
            if chosen is None:
                chosen = next((s for s in database.series_list() if s["series_id"] == series), None)
            if chosen is None:
                raise _not_found(f"no series {series!r}")
        elif series_rows:
            chosen = series_rows[0]
        claims = database.series_claims(chosen["series_id"]) if chosen else []
        chart = {"unit": chosen["unit"] if chosen else "", "title": chosen["metric_group"] if chosen else "",
                 "points": present.chart_points(claims)}
        return page(request, "claims.html", title="summitry — claims", series=series_rows, chosen=chosen,
                    claims=claims, chart=chart, metric=metric or "", country=country or "")

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str | None = None) -> HTMLResponse:
        q = _clean(q) or ""
        result = database.search(q) if q else None
        return page(request, "search.html", title=f"summitry — search {q}" if q else "summitry — search", q=q,
                    result=result)

    # ------------------------------------------------------------------------------------------ API

    @app.get("/api/events", summary="Events", response_model=list[models.EventSummary], tags=["events"])
    def api_events(person: Annotated[str | None, Query(max_length=200, description="A participant's name")] = None,
                   country: Annotated[str | None, Query(description="A participant's country (ISO alpha-2)")] = None,
                   with_country: Annotated[str | None, Query(description="Another participant's country")] = None,
                   since: Annotated[str | None, Query(description="On or after (YYYY[-MM[-DD]])")] = None,
                   until: Annotated[str | None, Query(description="On or before (YYYY[-MM[-DD]])")] = None,
                   kind: Annotated[str | None, Query(description="in_person, phone or video")] = None,
                   ) -> list[dict[str, Any]]:
        """Events (one meeting however many documents report it), oldest first, with every source."""
        filters = _check_filters(country, with_country, since, until, kind)
        return database.events(person=_clean(person), **filters)

    @app.get("/api/events/{event_id}", summary="One event", response_model=models.EventDetail, tags=["events"],
             responses={404: {"description": "No such event"}})
    def api_event(event_id: str) -> dict[str, Any]:
        """One event (a unique prefix of its id will do): participants, every source with its reporting sentence,
        and what the sources disagree on."""
        return _event(database, event_id)

    @app.get("/api/documents/{document_id}", summary="One document with its spans", response_model=models.DocumentOut,
             tags=["documents"], responses={404: {"description": "No such document"}})
    def api_document(document_id: str) -> dict[str, Any]:
        """One stored document: its text and every span extracted from it (speech turns, amounts, name mentions,
        meeting reports)."""
        try:
            return database.document(_doc_id(document_id))
        except NotFound as exc:
            raise _not_found(str(exc.args[0])) from None

    @app.get("/api/people", summary="People", response_model=list[models.PersonSummary], tags=["people"])
    def api_people(name: Annotated[str | None, Query(max_length=200, description="A name, surname or alias")] = None,
                   country: Annotated[str | None, Query(description="ISO alpha-2")] = None) -> list[dict[str, Any]]:
        """One record per person across documents, with every title (and when) and every alias."""
        filters = _check_filters(country, None, None, None, None)
        return database.people(country=filters["country"], name=_clean(name))

    @app.get("/api/people/{key:path}", summary="One person", response_model=models.PersonDetail, tags=["people"],
             responses={404: {"description": "No such person"}})
    def api_person(key: str, q: Annotated[str | None, Query(max_length=200,
                                                            description="Only quotes with these words")] = None
                   ) -> dict[str, Any]:
        """One person by key (surname and first initial, e.g. `tokayev k`): titles over time, meetings, quotes
        and the figures they claimed."""
        who = _person(database, key)
        quotes, n_quotes = database.person_quotes(who["person_key"], _clean(q))
        return {**who, "events": database.person_events(who["person_key"]), "quotes": quotes,
                "n_quotes": n_quotes, "claims": database.person_claims(who["person_key"])}

    @app.get("/api/claims", summary="Claims", response_model=list[models.Claim], tags=["claims"])
    def api_claims(metric: Annotated[str | None, Query(max_length=200, description="Words of the metric")] = None,
                   speaker: Annotated[str | None, Query(max_length=200, description="Who claimed it")] = None,
                   country: Annotated[str | None, Query(description="One of the claim's countries")] = None,
                   conflicts: Annotated[bool, Query(description="Only claims in conflict with another")] = False,
                   series: Annotated[str | None, Query(max_length=64, description="One series (series_id)")] = None,
                   ) -> list[dict[str, Any]]:
        """Claimed figures by series (metric, country pair, unit) and in time order, each with the claims it
        conflicts with."""
        country = _check_filters(country, None, None, None, None)["country"]
        if series:
            try:
                rows = database.series_claims(series.strip().lower())
            except NotFound:
                return []
            if conflicts:
                rows = [r for r in rows if r["n_conflicts"]]
            return rows
        return database.claims(metric=_clean(metric), speaker=_clean(speaker), country=country, conflicts=conflicts)

    @app.get("/api/series", summary="Series of claims", response_model=list[models.Series], tags=["claims"])
    def api_series(metric: Annotated[str | None, Query(max_length=200, description="Words of the metric")] = None,
                   country: Annotated[str | None, Query(description="One of the series' countries")] = None,
                   ) -> list[dict[str, Any]]:
        """Every series of claims, most claims first."""
        country = _check_filters(country, None, None, None, None)["country"]
        return database.series_list(metric=_clean(metric), country=country)

    @app.get("/api/search", summary="Search quotes and people", response_model=models.SearchResult, tags=["search"])
    def api_search(q: Annotated[str, Query(max_length=200, description="Words")] = "") -> dict[str, Any]:
        """People whose name, alias or title has every word, and speech turns with every word (newest first; at
        most 50 of each, with the totals)."""
        return database.search(q.strip())

    @app.get("/api/stats", summary="Counts", response_model=models.Stats, tags=["stats"])
    def api_stats() -> dict[str, Any]:
        """How much the database holds, and events per year."""
        return {**database.counts(), "years": present.year_counts(database.events())}

    return app
