"""``parley export``: the whole record as files other tools open."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from parley.cli import app
from parley.cli.common import DbOption, console, open_store
from parley.views.export import FORMATS
from parley.views.export import export as export_tables


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Directory to write one file per table into.")],
    fmt: Annotated[str, typer.Option("--format", help=f"One of: {', '.join(FORMATS)}.")] = "jsonl",
    db: DbOption = None,
) -> None:
    """Export articles, facts, actors and meetings as JSON Lines, CSV or Parquet."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    with open_store(db) as store:
        written = export_tables(store, out, fmt)
    console.print(f"wrote {len(written)} files to {out}")
