"""``parley quotes``: who said what, grouped by speaker and date."""

from __future__ import annotations

from typing import Annotated

import typer

from parley.cli import app
from parley.cli.common import (
    DbOption,
    JsonOption,
    LimitOption,
    SinceOption,
    UntilOption,
    console,
    open_store,
    print_json,
    source,
    table,
)
from parley.views.common import Filters
from parley.views.quotes import quotes as quote_rows


@app.command()
def quotes(
    speaker: Annotated[
        str | None, typer.Option(help="Only quotes of speakers matching this.")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    kind: Annotated[str | None, typer.Option(help="direct, indirect or fragment.")] = None,
    db: DbOption = None,
    json_out: JsonOption = False,
    limit: LimitOption = 100,
) -> None:
    """Quotes in direct and reported speech, each with its source and sentence."""
    with open_store(db) as store:
        rows = quote_rows(
            store, Filters(since=since, until=until, name=speaker, limit=limit), kind=kind
        )
    if json_out:
        print_json(rows)
        return
    console.print(
        table(
            "quotes",
            ["speaker", "kind", "quote", "cue", "source"],
            [
                [r["speaker"] or "(unnamed)", r["kind"], r["text"], r["cue"], source(r)]
                for r in rows
            ],
        )
    )
