"""Reading and cleaning alone (no NLP): words/s, articles/s and peak memory by corpus size.

    python bench/read_clean.py --sizes 1000,10000,100000

Ingest reads and cleans in the driver process while the workers analyse, so one process.
The words are those of the cleaned text the pipeline will see.
"""

from __future__ import annotations

import argparse

import measure

from parley.ingest import Summary, articles


def run(args: argparse.Namespace) -> dict:
    summary, n, words = Summary(), 0, 0
    with measure.Timer() as timer:
        for article in articles([args.corpus], summary):
            n += 1
            words += len(article.text.split())
    return {**measure.rates(timer, n, words), "failed": summary.failed}


if __name__ == "__main__":
    measure.main(__doc__.split("\n\n")[0], run)
