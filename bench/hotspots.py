"""Where the per-article pipeline spends its time: CPU seconds and words/s per component.

    python bench/hotspots.py [--articles 200] [--batch 16] [--top 25] [--repeat 1]

Runs ``parley.nlp.load()``'s pipeline over real articles component by component (each with
its own ``pipe`` in batches, as ``nlp.pipe`` does; with ``--repeat N`` N times, keeping each
component's least CPU time, which the machine's load disturbs least), then prints cProfile's
top functions by cumulative time for the whole pipeline, to point speed work at what costs.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time

from corpus import real_texts

from parley import nlp
from parley.analyse import analyse_many, make_doc


def per_component(pipeline, texts: list[str], batch: int) -> list[tuple[str, float]]:
    started = time.process_time()
    docs = [make_doc(pipeline, t, "2025-06-01") for t in texts]
    costs = [("tokenizer", time.process_time() - started)]
    for name, component in pipeline.pipeline:
        started = time.process_time()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch))
        else:
            docs = [component(doc) for doc in docs]
        costs.append((name, time.process_time() - started))
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--repeat", type=int, default=1, help="passes; least time counts")
    args = parser.parse_args()
    texts = real_texts()[: args.articles]
    words = sum(len(t.split()) for t in texts)
    pipeline = nlp.load()
    per_component(pipeline, texts[:4], args.batch)  # warm up
    runs = [per_component(pipeline, texts, args.batch) for _ in range(args.repeat)]
    costs = [(name, min(run[k][1] for run in runs)) for k, (name, _) in enumerate(runs[0])]
    total = sum(s for _, s in costs)
    print(f"{len(texts)} articles, {words} words, {total:.1f} CPU s: {words / total:.0f} words/s")
    print(f"{'component':<20}{'CPU s':>8}{'share':>8}{'words/s':>10}")
    for name, seconds in costs:
        print(f"{name:<20}{seconds:8.2f}{seconds / total:8.1%}{words / seconds:10.0f}")
    profiler = cProfile.Profile()
    profiler.runcall(lambda: list(analyse_many(pipeline, [(t, "2025-06-01") for t in texts])))
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
