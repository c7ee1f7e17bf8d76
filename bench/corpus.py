"""Benchmark corpora: real articles from 10kGNAD and the example articles, with controlled
variation when real ones run out. Everything is generated into a directory you name (a temp
dir by default), never into the repository: 10kGNAD is CC BY-NC-SA, fine for benchmarking,
not for committing.

    python bench/corpus.py --size 10000 --out /tmp/parley-10k

writes ``size`` articles as ``NNNN/NNNNNNN.txt`` (a ``date YYYY-MM-DD`` header line, then
the text), 1,000 per folder. Beyond the real articles, each new article is a *mosaic*:
sentences drawn (seeded) from different real articles, so it has real German word
statistics but is a distinct text, not a wire copy of anything.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GNAD = SHARED / "data" / "10kgnad" / "test.csv"
EXAMPLES = (REPO / "examples", SHARED / "corpus" / "seeds", SHARED / "corpus" / "dev")

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")


def gnad() -> list[tuple[str, str]]:
    """(category, text) for each 10kGNAD test article; empty when the data is absent."""
    if not GNAD.exists():
        return []
    with GNAD.open(encoding="utf-8", newline="") as fh:
        return [(row[0], row[1]) for row in csv.reader(fh, delimiter=";", quotechar="'")]


def examples() -> list[str]:
    """Texts of the example articles (repo ``examples/``, shared seeds and dev)."""
    files = (p for d in EXAMPLES if d.exists() for p in sorted(d.glob("*.txt")))
    return [p.read_text(encoding="utf-8") for p in files]


def real_texts() -> list[str]:
    return [text for _, text in gnad()] + examples()


def sentences(text: str) -> list[str]:
    """A rough sentence split, good enough to recombine and edit benchmark texts."""
    return [s for line in text.splitlines() for s in _SENT.split(line.strip()) if s]


def mosaic(pool: list[list[str]], rng: random.Random, n_sents: int) -> str:
    """A distinct article of ``n_sents`` sentences, each from a randomly chosen real article."""
    picked = []
    for _ in range(n_sents):
        sents = rng.choice(pool)
        picked.append(rng.choice(sents))
    paragraphs = [" ".join(picked[i : i + 4]) for i in range(0, len(picked), 4)]
    return "\n\n".join(paragraphs)


def texts(size: int, seed: int = 0) -> Iterator[str]:
    """``size`` distinct article texts: the real ones first, then mosaics."""
    real = real_texts()
    yield from real[:size]
    rng = random.Random(seed)
    pool = [s for s in (sentences(t) for t in real) if len(s) >= 3]
    lengths = [len(s) for s in pool]
    for _ in range(size - len(real)):
        yield mosaic(pool, rng, rng.choice(lengths))


def write(size: int, out: Path, seed: int = 0) -> Path:
    """Write ``size`` articles below ``out``, each with a publication date header."""
    start = date(2025, 1, 1)
    for i, text in enumerate(texts(size, seed)):
        path = out / f"{i // 1000:04d}" / f"{i:07d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        published = start + timedelta(days=i % 365)
        path.write_text(f"date {published.isoformat()}\n{text}\n", encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=None, help="[default: a new temp dir]")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix=f"parley-{args.size}-"))
    print(write(args.size, out, args.seed))


if __name__ == "__main__":
    main()
