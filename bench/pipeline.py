"""The per-article pipeline alone: words/s, articles/s and peak memory on 1 and 2 workers.

    python bench/pipeline.py --sizes 1000 --workers 1,2

Articles are read and cleaned first (not timed), then analysed by the local engine exactly as
ingest does it (chunks of ``parley.ingest.CHUNK``, ``IN_FLIGHT`` chunks per worker), in
``parley.nlp.load()``'s full pipeline. Model loading in the workers is not timed.
"""

from __future__ import annotations

import argparse
from collections import deque

import measure

from parley.engines import Failed, open_engine
from parley.ingest import CHUNK, IN_FLIGHT, Summary, articles


def run(args: argparse.Namespace) -> dict:
    texts = [(a.text, a.published) for a in articles([args.corpus], Summary())]
    words = sum(len(t.split()) for t, _ in texts)
    failed = 0
    with open_engine("local", args.workers) as engine:
        for pending in [engine.submit(texts[:1]) for _ in range(args.workers)]:
            pending.result()  # every worker has loaded the pipeline
        out: deque = deque()
        pids = list(engine._pool._processes) if engine._pool else []
        with measure.Timer(pids) as timer:
            for i in range(0, len(texts), CHUNK):
                out.append(engine.submit(texts[i : i + CHUNK]))
                while len(out) > IN_FLIGHT * engine.workers:
                    failed += sum(isinstance(r, Failed) for r in out.popleft().result())
            while out:
                failed += sum(isinstance(r, Failed) for r in out.popleft().result())
    return {**measure.rates(timer, len(texts), words), "failed": failed}


if __name__ == "__main__":
    measure.main(__doc__.split("\n\n")[0], run, default_workers="1,2")
