"""``parley meetings`` and ``parley timeline`` (also as one HTML page with ``--html``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

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
from parley.views.common import Filters
from parley.views.meetings import claims, source_name, when, who
from parley.views.meetings import meetings as meeting_rows
from parley.views.meetings import timeline as entries
from parley.views.timeline_html import render

STATUSES = ("held", "planned", "proposed", "ruled_out", "cancelled")
StatusOption = Annotated[str | None, typer.Option(help=f"One of: {', '.join(STATUSES)}.")]
NameOption = Annotated[
    str | None, typer.Option(help="Only meetings with this participant, party or place.")
]


def _check(status: str | None) -> None:
    if status and status not in STATUSES:
        raise typer.BadParameter(f"choose one of {', '.join(STATUSES)}", param_hint="--status")


@app.command()
def meetings(
    status: StatusOption = None,
    name: NameOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
    limit: LimitOption = 100,
) -> None:
    """Meetings, talks, calls and summits in calendar order: status, who, where, sources."""
    _check(status)
    filters = Filters(since=since, until=until, name=name, status=status, limit=limit)
    with open_store(db) as store:
        rows = meeting_rows(store, filters)
    if json_out:
        print_json(rows)
        return
    console.print(
        table(
            "meetings",
            ["date", "status", "who", "where", "sources", "disputed"],
            [
                [
                    when(m),
                    m["status"],
                    ", ".join(who(m)),
                    (m["location"] or {}).get("name"),
                    _sources(m),
                    "\n".join(claims(m)),
                ]
                for m in rows
            ],
        )
    )


def _sources(m: dict[str, Any]) -> str:
    return "\n".join(
        f"{source_name(s)} · {s['published'] or 'undated'} · {s['status']}" for s in m["sources"]
    )


@app.command()
def timeline(
    since: SinceOption = None,
    until: UntilOption = None,
    name: Annotated[str | None, typer.Option(help="Only entries naming this actor.")] = None,
    status: StatusOption = None,
    statements: Annotated[
        bool, typer.Option(help="Also dated statements (quotes on their article's date).")
    ] = False,
    html: Annotated[
        Path | None, typer.Option(help="Write the timeline as one self-contained HTML page.")
    ] = None,
    db: DbOption = None,
    json_out: JsonOption = False,
    limit: LimitOption = 500,
) -> None:
    """The negotiation in calendar order: meetings with status, who, where and sources."""
    _check(status)
    filters = Filters(since=since, until=until, name=name, status=status, limit=limit)
    with open_store(db) as store:
        rows = entries(store, filters, statements=statements or html is not None)
    if html is not None:
        html.write_text(render(rows), encoding="utf-8")
        console.print(f"wrote {len(rows)} entries to {html}")
        return
    if json_out:
        print_json(rows)
        return
    console.print(
        table(
            "timeline",
            ["day", "kind", "status", "what", "where", "sources"],
            [_row(e) for e in rows],
        )
    )


def _row(e: dict[str, Any]) -> list[Any]:
    if e["kind"] == "meeting":
        m = e["meeting"]
        what = m["label"] + "".join(f"\n! {c}" for c in claims(m))
        where = (m["location"] or {}).get("name")
        return [when(m), "meeting", m["status"], what, where, _sources(m)]
    return [e["day"], "statement", None, f"{e['label']}: „{e['text']}“", None, e["article_id"][:8]]
