"""``parley actors``, ``parley actor NAME`` and ``parley graph OUT``."""

from __future__ import annotations

from pathlib import Path
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
    errors,
    open_store,
    print_json,
    source,
    table,
)
from parley.views.actors import actors as actor_rows
from parley.views.actors import profile
from parley.views.common import Filters
from parley.views.graph import actor_graph, write_graphml

TypeOption = Annotated[str | None, typer.Option("--type", help="PER, ORG or LOC.")]


@app.command()
def actors(
    name: Annotated[str | None, typer.Option(help="Only actors with this name or alias.")] = None,
    kind: TypeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
    limit: LimitOption = 100,
) -> None:
    """Canonical actors: name, current role, affiliation, aliases, articles, first/last seen."""
    with open_store(db) as store:
        rows = actor_rows(store, Filters(since=since, until=until, name=name, limit=limit), kind)
    if json_out:
        print_json(rows)
        return
    console.print(
        table(
            "actors",
            ["name", "role", "affiliation", "aliases", "articles", "first seen", "last seen"],
            [
                [
                    r["name"],
                    r["role"],
                    r["affiliation"],
                    ", ".join(a for a in r["aliases"] if a != r["name"]),
                    r["articles"],
                    r["first_seen"],
                    r["last_seen"],
                ]
                for r in rows
            ],
        )
    )


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help="A name, alias or actor id (Umerow, Rubio).")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """One actor: roles over time, quotes, meetings and sources."""
    with open_store(db) as store:
        found = profile(store, name)
    if found is None:
        errors.print(f"[red]No actor named {name!r}.[/] Try [bold]parley actors --name[/].")
        raise typer.Exit(1)
    if json_out:
        print_json(found)
        return
    aliases = ", ".join(a for a in found["aliases"] if a != found["name"])
    console.print(
        f"[bold]{found['name']}[/] ({found['type']}) · {found.get('affiliation') or '—'} · "
        f"{found.get('role') or '—'}\naliases: {aliases or '—'}\n"
        f"{found['articles']} articles, {found['first_seen'] or '?'} – {found['last_seen'] or '?'}"
    )
    console.print(
        table(
            "roles over time",
            ["date", "role", "for", "source"],
            [
                [r["published"], r["text"], (r["affiliation"] or {}).get("name"), source(r)]
                for r in found["roles"]
            ],
        )
    )
    console.print(
        table(
            "quotes",
            ["date", "kind", "quote", "source"],
            [[q["published"], q["kind"], q["text"], source(q)] for q in found["quotes"]],
        )
    )
    console.print(
        table(
            "meetings",
            ["date", "status", "with", "where", "reports"],
            [
                [
                    m["date"],
                    m["status"],
                    ", ".join(
                        p["name"]
                        for p in m["participants"] + m["parties"]
                        if p["id"] != found["id"]
                    ),
                    (m["location"] or {}).get("name")
                    if isinstance(m["location"], dict)
                    else m["location"],
                    m["reports"],
                ]
                for m in found["meetings"]
            ],
        )
    )
    console.print(
        table(
            "sources",
            ["date", "outlet", "title", "article"],
            [[d["published"], d["outlet"], d["title"], d["id"]] for d in found["documents"]],
        )
    )


@app.command()
def graph(
    out: Annotated[Path, typer.Argument(help="GraphML file to write.")],
    status: Annotated[
        list[str] | None,
        typer.Option(help="Meeting statuses to include (repeatable) [default: held]."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Export the actor graph (who met or spoke with whom, weighted by sources) as GraphML."""
    with open_store(db) as store:
        data = actor_graph(store, tuple(status or ("held",)))
    write_graphml(data, out)
    console.print(f"wrote {len(data['nodes'])} actors and {len(data['edges'])} links to {out}")
