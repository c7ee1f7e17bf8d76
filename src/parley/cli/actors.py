"""``parley actors``."""

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
    table,
)
from parley.views.actors import actors as actor_rows
from parley.views.common import Filters


@app.command()
def actors(
    name: Annotated[str | None, typer.Option(help="Only actors whose name matches this.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
    limit: LimitOption = 100,
) -> None:
    """People, organisations and places, with the number of articles naming them."""
    with open_store(db) as store:
        rows = actor_rows(store, Filters(since=since, until=until, name=name, limit=limit))
    if json_out:
        print_json(rows)
        return
    console.print(
        table(
            "actors",
            ["name", "type", "articles", "first seen", "last seen"],
            [[r["name"], r["type"], r["articles"], r["first_seen"], r["last_seen"]] for r in rows],
        )
    )
