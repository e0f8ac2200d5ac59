"""``summitry serve``: a read-only web application over an ingested database (FastAPI, Jinja2, plotly.js).

    from summitry.web import create_app
    app = create_app("summitry.db")          # an ASGI app: uvicorn, or fastapi.testclient.TestClient

``serve(db, host, port)`` runs it with uvicorn. Pages and API routes: ``summitry.web.app``.
"""

from __future__ import annotations

from pathlib import Path

from .app import create_app

__all__ = ["create_app", "serve"]


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info") -> None:
    """Open ``db`` read-only and serve the application until interrupted."""
    import uvicorn

    app = create_app(db)
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
    finally:
        app.state.db.close()
