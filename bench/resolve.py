"""The cross-article resolve step alone: time and peak memory by corpus size.

    python bench/resolve.py --sizes 1000,10000,100000

For each size a store of that many analysed articles is built in a separate process first
(not timed): the pipeline's analyses of ``--real`` real articles (10kGNAD and the examples),
repeated with new ids and publication dates spread over a year, so names recur as they do in
a large corpus. Then ``parley.ingest.resolve`` runs on it in a fresh process. O(n log n) or
better shows as a flat or slowly rising time per article.
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

import measure
from corpus import real_texts

from parley import nlp
from parley.clean import clean
from parley.engines import Failed, analyse_chunk
from parley.ingest import WRITE_BATCH, resolve
from parley.read import RawArticle
from parley.store import Store

CACHE = Path(tempfile.gettempdir()) / "parley-bench-analyses-{n}.pkl"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--real", type=int, default=200, help="real articles to analyse")
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)


def analysed(n: int) -> list:
    """(Article, Analysis) of the first ``n`` real articles, cached in the temp dir."""
    cache = Path(str(CACHE).format(n=n))
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    articles = [clean(RawArticle(f"real:{i}", "text", t)) for i, t in enumerate(real_texts()[:n])]
    results = analyse_chunk(nlp.load(), [(a.text, "2025-06-01") for a in articles])
    pairs = [(a, r) for a, r in zip(articles, results, strict=True) if not isinstance(r, Failed)]
    cache.write_bytes(pickle.dumps(pairs))
    return pairs


def build(path: Path, size: int, real: int) -> None:
    pairs = analysed(real)
    start = date(2025, 1, 1)
    with Store(path) as store:
        batch = []
        for i in range(size):
            article, analysis = pairs[i % len(pairs)]
            day = (start + timedelta(days=i % 365)).isoformat()
            copy = dataclasses.replace(article, id=f"{i:016x}", source=f"bench:{i}", published=day)
            batch.append((copy, analysis, b""))
            if len(batch) == WRITE_BATCH:
                store.add_articles(batch)
                batch = []
        if batch:
            store.add_articles(batch)


def run(args: argparse.Namespace) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "resolve.duckdb"
        cmd = [sys.executable, __file__, "--one", "--sizes", str(args.size)]
        subprocess.run([*cmd, "--real", str(args.real), "--build", str(path)], check=True)
        with Store(path) as store:
            mentions = store.counts()["mentions"]
            with measure.Timer() as timer:
                resolve(store)
            counts = store.counts()
    result = measure.rates(timer, args.size, mentions)
    result["mentions"] = result.pop("words")
    result["mentions_per_s"] = result.pop("words_per_s")
    del result["words_per_cpu_s"]
    return {**result, "actors": counts["actors"], "meetings": counts["meetings"]}


if __name__ == "__main__":
    if "--build" in sys.argv:
        parser = argparse.ArgumentParser()
        parser.add_argument("--one", action="store_true")
        parser.add_argument("--sizes", type=int)
        add_arguments(parser)
        args = parser.parse_args()
        build(args.build, args.sizes, args.real)
    else:
        measure.main(__doc__.split("\n\n")[0], run, add_arguments, corpus=False)
