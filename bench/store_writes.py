"""Store writes alone: one transaction per article vs batches of ``WRITE_BATCH`` articles.

    python bench/store_writes.py --sizes 1000,10000

Real analyses (``bench/resolve.py``'s cache of the pipeline's output on real articles) are
written with new ids into a fresh store: first ``Store.add_article`` per article (the
one-transaction-per-article path ingest falls back to), then ``Store.add_articles`` in
batches (the path ingest takes).
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
from pathlib import Path

import measure
from resolve import analysed

from parley.ingest import WRITE_BATCH
from parley.store import Store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--real", type=int, default=200, help="real analyses to repeat")
    parser.add_argument("--single", type=int, default=1000, help="articles written one by one")


def run(args: argparse.Namespace) -> dict:
    pairs = analysed(args.real)
    items = []
    for i in range(args.size):
        article, analysis = pairs[i % len(pairs)]
        items.append((dataclasses.replace(article, id=f"{i:016x}"), analysis, b""))
    single = items[: args.single]
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "a.duckdb") as store, measure.Timer() as one:
            for article, analysis, _ in single:
                store.add_article(article, analysis)
        with Store(Path(tmp) / "b.duckdb") as store, measure.Timer() as batched:
            for i in range(0, len(items), WRITE_BATCH):
                store.add_articles(items[i : i + WRITE_BATCH])
            rows = sum(store.counts().values())
    return {
        "ms_per_article_single": round(one.seconds / len(single) * 1000, 2),
        "ms_per_article_batched": round(batched.seconds / len(items) * 1000, 2),
        "cpu_ms_per_article_batched": round(batched.cpu / len(items) * 1000, 2),
        "rows": rows,
        "load": Path("/proc/loadavg").read_text().split()[0],
    }


if __name__ == "__main__":
    measure.main(__doc__.split("\n\n")[0], run, add_arguments, corpus=False)
