"""Ingest end to end: read, clean, wire copies, analyse, store, resolve; by size and workers.

    python bench/ingest.py --sizes 1000,10000 --workers 1,2 [--engine ray]

Into a fresh store in a temp dir, exactly as ``parley ingest`` does it; the time includes
starting the workers and loading the pipeline in each, and the resolve step at the end.
``--no-nlp`` replaces the pipeline by one that finds nothing, to time what the driver does
(read, clean, wire copies, store, resolve) on corpora too large to analyse here.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import measure

from parley import ingest as ingest_module
from parley.engines import local
from parley.facts import Analysis
from parley.ingest import ingest
from parley.store import Store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--engine", default="local", choices=["local", "ray"])
    parser.add_argument("--duckdb-memory", help="a DuckDB memory_limit for the store (1GB, ...)")
    parser.add_argument(
        "--no-nlp",
        action="store_true",
        help="the driver's side only: every article analysed as empty (one worker)",
    )


def run(args: argparse.Namespace) -> dict:
    words = 0
    clean = ingest_module.articles

    def counting(paths, summary):
        nonlocal words
        for article in clean(paths, summary):
            words += len(article.text.split())
            yield article

    ingest_module.articles = counting
    if args.no_nlp:
        if args.workers != 1:
            raise SystemExit("--no-nlp replaces the pipeline in this process: --workers 1")
        local.analyse_chunk = lambda nlp, chunk: [Analysis() for _ in chunk]
        local.nlp.load = lambda model=None: None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        with Store(path) as store:
            if args.duckdb_memory:
                store.con.execute("SET memory_limit = ?", [args.duckdb_memory])
            with measure.Timer() as timer:
                summary = ingest([args.corpus], store, workers=args.workers, engine=args.engine)
            counts = store.counts()
        size_mb = path.stat().st_size / 1e6
    result = measure.rates(timer, summary.read, words)
    if args.engine == "ray":  # Ray's workers are not ours to measure
        del result["cpu_seconds"], result["words_per_cpu_s"]
    return {
        **result,
        "new": summary.new,
        "copies": summary.copies,
        "failed": summary.failed,
        "store_mb": round(size_mb, 1),
        "mentions": counts["mentions"],
    }


if __name__ == "__main__":
    measure.main(__doc__.split("\n\n")[0], run, add_arguments, default_workers="1,2")
