"""The ``parley`` command line."""

import typer

app = typer.Typer(
    name="parley",
    help="A source-linked record of negotiations, rebuilt from German news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

from parley.cli import actors, ingest, meetings, quotes, records, serve  # noqa: E402,F401

__all__ = ["app"]
