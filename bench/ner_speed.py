"""Speed of parley's NER pipeline (tokenizer, sentences, NER) on one CPU core.

Runs the base pipeline over the news articles in ``../shared/corpus/{seeds,dev}`` (repeated
until about ``--words`` words) and reports words per second (whitespace-separated words of
the input) and the peak resident memory of the process. The machine is shared, so besides
wall-clock words/s it reports words per CPU-second of this single-threaded process, which is
the throughput of one dedicated core.

    python bench/ner_speed.py [--model PATH] [--words 100000]
"""

from __future__ import annotations

import os

# One core, one thread: set before numpy/thinc are imported.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from parley.nlp import base_pipeline  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def articles(target_words: int) -> list[str]:
    """The seed and dev articles, repeated until they hold ``target_words`` words."""
    texts = [
        p.read_text(encoding="utf-8")
        for d in ("seeds", "dev")
        for p in sorted((CORPUS / d).glob("*.txt"))
    ]
    if not texts:
        raise SystemExit(f"no articles under {CORPUS}")
    out: list[str] = []
    words = 0
    while words < target_words:
        for text in texts:
            out.append(text)
            words += len(text.split())
    return out


def main() -> None:
    """Command line: print the measurement as JSON."""
    ap = argparse.ArgumentParser(description="words/s of the NER pipeline on one core")
    ap.add_argument("--model", default=None, help="model directory (default: the shipped one)")
    ap.add_argument("--words", type=int, default=100_000)
    args = ap.parse_args()
    nlp = base_pipeline(args.model)
    texts = articles(args.words)
    list(nlp.pipe(texts[:5]))  # warm-up
    n_words = sum(len(t.split()) for t in texts)
    start, cpu_start = time.perf_counter(), time.process_time()
    n_tokens = n_ents = 0
    for doc in nlp.pipe(texts, batch_size=64):
        n_tokens += sum(not t.is_space for t in doc)
        n_ents += len(doc.ents)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "pipeline": nlp.pipe_names,
                "articles": len(texts),
                "words": n_words,
                "tokens": n_tokens,
                "entities": n_ents,
                "seconds": round(seconds, 2),
                "cpu_seconds": round(cpu_seconds, 2),
                "words_per_second": round(n_words / seconds),
                "words_per_cpu_second": round(n_words / cpu_seconds),
                "tokens_per_cpu_second": round(n_tokens / cpu_seconds),
                "load_average_1min": round(os.getloadavg()[0], 2),
                "peak_rss_mb": round(peak_mb),
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
