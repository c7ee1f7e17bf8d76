"""Export the store's tables as JSON Lines, CSV or Parquet files."""

from __future__ import annotations

from pathlib import Path

from parley.store import Store

FORMATS = {"jsonl": "(FORMAT JSON)", "csv": "(FORMAT CSV, HEADER)", "parquet": "(FORMAT PARQUET)"}
TABLES = (
    "articles",
    "publications",
    "mentions",
    "article_actors",
    "roles",
    "timexes",
    "quotes",
    "meeting_reports",
    "actors",
    "meetings",
)


def export(store: Store, out: Path, fmt: str) -> list[Path]:
    """Write one file per table into directory ``out``; returns the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = out / f"{table}.{fmt}"
        store.con.execute(f"COPY {table} TO '{_quote(path)}' {FORMATS[fmt]}")
        written.append(path)
    return written


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
