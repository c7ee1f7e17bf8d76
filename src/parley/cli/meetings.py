"""``parley meetings`` and ``parley timeline``."""

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
from parley.views.meetings import meeting_reports

StatusOption = Annotated[
    str | None, typer.Option(help="held, planned, proposed, ruled_out or cancelled.")
]


@app.command()
def meetings(
    status: Annotated[
        str | None, typer.Option(help="held, planned, proposed, ruled_out, cancelled.")
    ] = None,
    name: Annotated[
        str | None, typer.Option(help="Only meetings with this participant, party or place.")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
    limit: LimitOption = 100,
) -> None:
    """Meetings, talks, calls and summits with participants, place, date, status and source."""
    with open_store(db) as store:
        rows = meeting_reports(
            store, Filters(since=since, until=until, name=name, status=status, limit=limit)
        )
    if json_out:
        print_json(rows)
        return
    console.print(
        table(
            "meetings",
            ["date", "status", "who", "where", "evidence", "source"],
            [
                [
                    r["date"],
                    r["status"],
                    ", ".join(r["participants"] + r["parties"]),
                    r["location"],
                    r["sentence"],
                    source(r),
                ]
                for r in rows
            ],
        )
    )


@app.command()
def timeline(
    since: SinceOption = None,
    until: UntilOption = None,
    name: Annotated[str | None, typer.Option(help="Only entries naming this actor.")] = None,
    db: DbOption = None,
    json_out: JsonOption = False,
    limit: LimitOption = 200,
) -> None:
    """The negotiation in calendar order."""
    with open_store(db) as store:
        rows = meeting_reports(store, Filters(since=since, until=until, name=name, limit=limit))
    if json_out:
        print_json(rows)
        return
    console.print(
        table(
            "timeline",
            ["date", "status", "what", "source"],
            [[r["date"] or r["published"], r["status"], r["sentence"], source(r)] for r in rows],
        )
    )
