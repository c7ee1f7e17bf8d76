"""``parley serve``: the REST API and the web UI over the store."""

from __future__ import annotations

import os
from typing import Annotated

import duckdb
import typer

from parley.cli import app
from parley.cli.common import DbOption, console, errors
from parley.store import default_path


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind; 0.0.0.0 exposes the server.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    db: DbOption = None,
) -> None:
    """Serve the API (docs at /docs) and the web UI. Set PARLEY_TOKEN to accept articles."""
    import uvicorn

    from parley.api import create_app

    token = os.environ.get("PARLEY_TOKEN") or None
    path = db or default_path()
    if not token and not path.exists():
        errors.print(f"[red]No parley store at {path}.[/] Run [bold]parley ingest[/] first.")
        raise typer.Exit(2)
    try:
        api = create_app(path, token=token)
    except duckdb.Error as exc:
        errors.print(f"[red]Cannot open the store at {path}:[/] {exc}")
        raise typer.Exit(1) from exc
    writes = "POST /api/articles with the token" if token else "read-only (no PARLEY_TOKEN)"
    console.print(f"parley at http://{host}:{port}/ · API docs /docs · store {path} · {writes}")
    uvicorn.run(api, host=host, port=port, log_level="warning")
