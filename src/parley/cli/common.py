"""Options and output helpers shared by parley's commands."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from parley.store import Store, default_path

console = Console()
errors = Console(stderr=True)

DbOption = Annotated[
    Path | None,
    typer.Option("--db", envvar="PARLEY_DB", help="DuckDB store file [default: per-user data dir]"),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
SinceOption = Annotated[str | None, typer.Option(help="Only from this date on (YYYY[-MM[-DD]]).")]
UntilOption = Annotated[str | None, typer.Option(help="Only up to this date (YYYY[-MM[-DD]]).")]
LimitOption = Annotated[int, typer.Option(help="At most this many rows.")]


def open_store(db: Path | None, read_only: bool = True) -> Store:
    """Open the store; a missing store for a read command is a usage error (exit 2)."""
    path = db or default_path()
    if read_only and not path.exists():
        errors.print(f"[red]No parley store at {path}.[/] Run [bold]parley ingest[/] first.")
        raise typer.Exit(2)
    return Store(path, read_only=read_only)


def print_json(data: Any) -> None:
    """JSON on stdout, dates as ISO strings."""
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_default))


def _default(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Table:
    """A rich table; ``None`` shows as an empty cell."""
    t = Table(title=title, show_lines=False, header_style="bold", expand=False)
    for name in columns:
        t.add_column(name, overflow="fold")
    for row in rows:
        t.add_row(*("" if v is None else str(v) for v in row))
    return t


def source(row: dict[str, Any]) -> str:
    """outlet · published · article id: where a fact comes from."""
    parts = [
        row.get("outlet") or "?",
        str(row.get("published") or "undated"),
        str(row.get("article_id", ""))[:8],
    ]
    return " · ".join(parts)
