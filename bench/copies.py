"""Wire-copy detection: precision and recall of ``parley.copies`` on a built set, and speed.

    python bench/copies.py [--bases 400] [--threshold 0.5]
    python bench/copies.py --scale 1000,10000,100000

The set (built in memory from 10kGNAD and the example articles, never written to the repo):

* every real article is its own story; the example articles (seeds, dev) are many distinct
  stories on the same negotiations, sharing names, places and sometimes quotes;
* for ``--bases`` of them, 1-4 *agency copies* each: the same text with a different headline,
  an added or dropped teaser, outlet boilerplate (datelines, agency tags, "Mehr zum Thema"),
  one sentence rewritten or dropped, or the end cut;
* for as many, a *distinct story on the same event*: an article of the same section held out
  of the set (so it is no copy of a member) with two sentences of the base (a shared quote, a
  shared fact) worked in.

Texts arrive in random order, as at ingest: each is either a copy of a text seen before or a
new text. Pairs in the same predicted group are scored against the true groups.

``--scale`` times the index alone (lookup, then insert, per text) as it grows to each size,
on random signatures with one text in ten a planted copy, and reports its memory.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from collections import Counter, defaultdict

import numpy as np
from corpus import examples, gnad, sentences

from parley import copies

TOP = ["Wien (APA) –", "Berlin (dpa) -", "Kiew (AFP) –", "Brüssel/Wien –", "(Reuters)"]
END = [
    "(APA, dpa)",
    "Mehr zum Thema: Alle Entwicklungen im Überblick",
    "Lesen Sie auch: Was bisher geschah",
    "© dpa-infocom, dpa:251219-930-12345/2",
    "Dieser Artikel wurde aktualisiert.",
    "Folgen Sie uns auf Facebook und X.",
]


def headline(sents: list[str], rng: random.Random) -> str:
    words = [w.strip('.,:;"„“') for s in sents[:3] for w in s.split() if w[:1].isupper()]
    return " ".join(rng.sample(words, min(len(words), rng.randint(4, 8)))) or "Eilmeldung"


def rewrite(sentence: str, rng: random.Random) -> str:
    """The same sentence told differently: a third of its words replaced or dropped."""
    words = sentence.split()
    for i in rng.sample(range(len(words)), len(words) // 3):
        words[i] = rng.choice(["laut", "demnach", "zudem", "bereits", "nun", ""])
    return " ".join(w for w in words if w)


def copy_of(text: str, rng: random.Random) -> str:
    """A lightly edited agency copy: two or three edits an outlet makes."""
    sents = sentences(text)
    kinds = ["title", "teaser", "top", "end", "rewrite", "drop", "cut"]
    edits = rng.sample(kinds, rng.randint(2, 3))
    if "rewrite" in edits and len(sents) > 2:
        i = rng.randrange(1, len(sents))
        sents[i] = rewrite(sents[i], rng)
    if "drop" in edits and len(sents) > 4:
        del sents[rng.randrange(1, len(sents))]
    if "cut" in edits and len(sents) > 8:
        sents = sents[: len(sents) - max(1, len(sents) // 10)]
    if "teaser" in edits and len(sents) > 4:
        sents = sents[1:]
    body = " ".join(sents)
    if "top" in edits:
        body = f"{rng.choice(TOP)} {body}"
    if "end" in edits:
        body = f"{body}\n\n{rng.choice(END)}"
    if "title" in edits:
        body = f"{headline(sents, rng)}\n\n{body}"
    return body


def same_event(base: str, other: str, rng: random.Random) -> str:
    """A distinct story that shares two sentences (a quote, a fact) with ``base``."""
    mine, theirs = sentences(other), sentences(base)
    for s in rng.sample(theirs, min(2, len(theirs))):
        mine.insert(rng.randrange(len(mine) + 1), s)
    return " ".join(mine)


def build(bases: int, seed: int) -> list[tuple[int, str]]:
    """(true group, text) pairs in random order."""
    rng = random.Random(seed)
    real = [(cat, t) for cat, t in gnad()] + [("examples", t) for t in examples()]
    held_out = defaultdict(list)  # section -> texts kept out of the set, each used once
    for n, (cat, text) in enumerate(real):
        if n % 3 == 2 and cat != "examples":
            held_out[cat].append(text)
    members = [(cat, t) for n, (cat, t) in enumerate(real) if n % 3 != 2 or cat == "examples"]
    items = [(i, text) for i, (_, text) in enumerate(members)]
    group = len(members)
    for i in rng.sample(range(len(members)), min(bases, len(members))):
        cat, text = members[i]
        items += [(i, copy_of(text, rng)) for _ in range(rng.randint(1, 4))]
        if held_out[cat]:
            items.append((group, same_event(text, held_out[cat].pop(), rng)))
            group += 1
    rng.shuffle(items)
    return items


def pairs(groups: list[int]) -> set[tuple[int, int]]:
    members = defaultdict(list)
    for n, g in enumerate(groups):
        members[g].append(n)
    return {p for m in members.values() for p in itertools.combinations(m, 2)}


def evaluate(items: list[tuple[int, str]], threshold: float) -> dict[str, float]:
    index = copies.CopyIndex(threshold)
    predicted: list[int] = []
    started = time.process_time()
    for n, (_, text) in enumerate(items):
        sig = copies.signature(text)
        match = index.find(sig)
        if match is None:
            index.add(str(n), sig)
            predicted.append(n)
        else:
            predicted.append(int(match.article_id))
    seconds = time.process_time() - started
    truth, found = pairs([g for g, _ in items]), pairs(predicted)
    tp = len(truth & found)
    return {
        "texts": len(items),
        "true_pairs": len(truth),
        "precision": tp / len(found) if found else 1.0,
        "recall": tp / len(truth) if truth else 1.0,
        "texts_per_s": len(items) / seconds,
        "stored_texts": len(index),
    }


def scale(sizes: list[int]) -> None:
    """Time per text of CopyIndex.find + add as the index grows, and its memory."""
    rng = np.random.default_rng(0)
    for size in sizes:
        sigs = rng.integers(0, 2**32, (size, copies.NUM_PERM), dtype=np.uint32)
        planted = rng.random(size) < 0.1
        index, found = copies.CopyIndex(), 0
        started = time.process_time()
        for n, sig in enumerate(sigs):
            if planted[n] and n:
                sig = sigs[rng.integers(n)].copy()
                sig[: copies.NUM_PERM // 4] = rng.integers(0, 2**32, copies.NUM_PERM // 4)
            if index.find(sig):
                found += 1
            else:
                index.add(str(n), sig)
        seconds = time.process_time() - started
        arrays = sum(k.nbytes + v.nbytes for k, v in index._runs) + index._sigs.nbytes
        print(
            f"{size:>7} texts: {seconds / size * 1e6:6.0f} µs CPU per text (find + add),"
            f" copies found {found}/{int(planted[1:].sum())}, index arrays {arrays / 1e6:.1f} MB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bases", type=int, default=400)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threshold", type=float, default=copies.THRESHOLD)
    parser.add_argument("--scale", help="index sizes to time, comma-separated")
    args = parser.parse_args()
    if args.scale:
        scale([int(n) for n in args.scale.split(",")])
        return
    items = build(args.bases, args.seed)
    if not items:
        sys.exit("needs ../shared/data/10kgnad beside the repository")
    print(f"set: {len(items)} texts, {len(Counter(g for g, _ in items))} stories")
    result = evaluate(items, args.threshold)
    print(
        f"threshold {args.threshold}: precision {result['precision']:.4f}"
        f" recall {result['recall']:.4f} on {result['true_pairs']} copy pairs;"
        f" {result['texts_per_s']:.0f} texts per CPU-second"
    )


if __name__ == "__main__":
    main()
