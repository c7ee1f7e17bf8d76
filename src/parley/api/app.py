"""The FastAPI application behind ``parley serve``."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

import parley
from parley.api import read, ui, write
from parley.api.access import StoreAccess, StoreBusy
from parley.api.limits import BodyLimit

MAX_BODY = 1_000_000  # bytes in one request body

DESCRIPTION = """A source-linked record of negotiations, rebuilt from German news.

Every list takes `since`, `until`, `actor`, `status`, `outlet`, `limit` and `offset`, and
answers with `{total, limit, offset, items}`. Facts carry character offsets into their
article's text. `POST /api/articles` exists only when the server runs with `PARLEY_TOKEN`.
"""


def create_app(
    db: str | Path,
    token: str | None = None,
    max_body: int = MAX_BODY,
    model: str | None = None,
) -> FastAPI:
    """The API and web UI over the store at ``db``; writable only with a ``token``."""
    access = StoreAccess(Path(db), writable=bool(token))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        access.close()

    app = FastAPI(
        title="parley",
        version=parley.__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.access = access
    app.state.token = token
    app.state.model = model
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.include_router(read.router)
    if token:
        app.include_router(write.router)

    @app.exception_handler(StoreBusy)
    def busy(request: Request, exc: StoreBusy) -> JSONResponse:
        return JSONResponse(
            {"detail": "the store is being written by another process; try again shortly"},
            status_code=503,
            headers={"Retry-After": "5"},
        )

    ui.mount_docs(app)
    ui.mount_ui(app)
    return app
