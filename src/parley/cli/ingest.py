"""``parley ingest``, ``parley extract`` and ``parley eval``."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from parley import nlp
from parley.analyse import analyse
from parley.clean import Article
from parley.cli import app
from parley.cli.common import DbOption, JsonOption, console, errors, open_store, print_json, table
from parley.engines import ENGINES
from parley.evaluate import Scores, score_document
from parley.gold import to_gold
from parley.ingest import Summary, articles, cleaned
from parley.ingest import ingest as run_ingest
from parley.read import ReadError, read_paths

Paths = Annotated[list[Path], typer.Argument(help="Files or directories of articles.")]
ModelOption = Annotated[
    str | None, typer.Option(help="A spaCy model (path or package) instead of the bundled one.")
]


@app.command()
def ingest(
    paths: Paths,
    db: DbOption = None,
    workers: Annotated[int | None, typer.Option(help="Processes [default: all cores].")] = None,
    model: ModelOption = None,
    engine: Annotated[
        str, typer.Option(help="Where the per-article pipeline runs: local or ray.")
    ] = "local",
    address: Annotated[
        str | None,
        typer.Option(help="Ray cluster address (ray://HOST:10001, HOST:6379 or auto)."),
    ] = None,
) -> None:
    """Read, clean, analyse and store articles (plain text, HTML, JSON Lines).

    Wire copies (the same story printed by several outlets) are analysed once and stored as
    one text with a publication per outlet.
    """
    if engine not in ENGINES:
        raise typer.BadParameter(f"choose from {', '.join(ENGINES)}", param_hint="--engine")
    if address and engine != "ray":
        raise typer.BadParameter("needs --engine ray", param_hint="--address")
    if engine == "ray" and importlib.util.find_spec("ray") is None:
        errors.print("[red]--engine ray needs Ray:[/] pip install 'parley[ray]'")
        raise typer.Exit(2)
    with (
        open_store(db, read_only=False) as store,
        Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("articles"),
            console=errors,
            transient=True,
        ) as bar,
    ):
        task = bar.add_task("ingest", total=None)
        summary = run_ingest(
            paths,
            store,
            workers=workers,
            model=model,
            progress=lambda n: bar.advance(task, n),
            engine=engine,
            address=address,
        )
    report(summary)
    if summary.failures:
        raise typer.Exit(1)


def report(summary: Summary) -> None:
    """The ingest summary, then each failed input with its reason."""
    console.print(
        table(
            "ingest",
            ["read", "new", "duplicate", "wire copies", "failed"],
            [[summary.read, summary.new, summary.duplicate, summary.copies, summary.failed]],
        )
    )
    for failure in summary.failures:
        errors.print(f"[red]failed[/] {failure.source}: {failure.reason}")


@app.command()
def extract(
    paths: Paths,
    gold_json: Annotated[Path, typer.Option(help="Write one gold-format JSON per article here.")],
    model: ModelOption = None,
) -> None:
    """Analyse articles without storing them; write what was found in the gold format."""
    pipeline = nlp.load(model)
    summary = Summary()
    gold_json.mkdir(parents=True, exist_ok=True)
    for article in articles(paths, summary):
        name = _output_name(article.source)
        record = to_gold(
            analyse(pipeline, article.text, article.published),
            article.text,
            doc_id=name,
            text_file=Path(article.source.split(":")[0]).name,
            published=article.published,
            url=article.url,
        )
        (gold_json / f"{name}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        summary.new += 1
    console.print(f"wrote {summary.new} files to {gold_json}")
    for failure in summary.failures:
        errors.print(f"[red]failed[/] {failure.source}: {failure.reason}")
    if summary.failures:
        raise typer.Exit(1)


def _output_name(source: str) -> str:
    """``dir/a.txt`` → ``a``; a JSON Lines record ``dir/b.jsonl:3`` → ``b-3``."""
    path, _, line = source.partition(":")
    stem = Path(path).stem
    return f"{stem}-{line}" if line else stem


@app.command("eval")
def evaluate(
    gold_dirs: Annotated[list[Path], typer.Argument(help="Directories of gold .json + .txt.")],
    json_out: JsonOption = False,
    model: ModelOption = None,
) -> None:
    """Run the pipeline over gold articles and score it as GOLD_FORMAT.md describes."""
    pipeline = nlp.load(model)
    scores, summary = Scores(), Summary()
    for gold_path in sorted(p for d in gold_dirs for p in sorted(Path(d).glob("*.json"))):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.with_name(gold["text_file"])
        for article in _as_crawled(text_path, gold.get("source_url"), summary):
            pred = to_gold(
                analyse(pipeline, article.text, article.published),
                article.text,
                doc_id=gold["doc_id"],
                text_file=gold["text_file"],
                published=article.published,
            )
            score_document(gold, pred, text_path.read_text(encoding="utf-8"), scores)
    for failure in summary.failures:
        errors.print(f"[red]failed[/] {failure.source}: {failure.reason}")
    if json_out:
        print_json(scores.as_dict())
    else:
        print_scores(scores)


def _as_crawled(text_path: Path, url: str | None, summary: Summary) -> Iterator[Article]:
    """A gold text read as a crawler hands it over: the text with the page's address.

    The address is input metadata (a date in it can date the article), never an answer.
    """
    items = read_paths([text_path])
    if url:
        items = (
            i if isinstance(i, ReadError) else replace(i, meta={**i.meta, "url": url})
            for i in items
        )
    return cleaned(items, summary)


def _prf(s) -> list[str]:
    return [f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp + s.fn)]


def _acc(a) -> list[str]:
    return ["", "", f"{a.value:.3f}", str(a.total)]


def print_scores(scores: Scores) -> None:
    """The score table: one row per measure; accuracies in the F1/acc column."""
    rows = [[f"entities {t}", *_prf(s)] for t, s in scores.entities.items()]
    rows += [
        ["roles (right person)", *_prf(scores.roles)],
        ["affiliation", *_acc(scores.affiliation)],
        ["timex span exact", *_prf(scores.timex_exact)],
        ["timex span overlap", *_prf(scores.timex_overlap)],
        ["timex value", *_acc(scores.timex_value)],
    ]
    for kind in ("direct", "indirect"):
        rows += [
            [f"quotes {kind} found", *_prf(scores.quotes_found[kind])],
            [f"quotes {kind} attributed", *_prf(scores.quotes_attributed[kind])],
        ]
    rows += [
        ["meetings", *_prf(scores.meetings)],
        ["meeting location", *_acc(scores.meeting_location)],
        ["meeting date", *_acc(scores.meeting_date)],
        ["meeting status", *_acc(scores.meeting_status)],
    ]
    console.print(
        table(
            f"parley eval: {scores.documents} documents",
            ["measure", "P", "R", "F1 / acc", "gold n"],
            rows,
        )
    )
