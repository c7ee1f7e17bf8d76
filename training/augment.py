"""Mention replacement: a copy of each training sentence with its entities swapped.

Every sentence with an entity is added a second time with each entity replaced by a mention
of the same label drawn at random from the whole training file (Dai & Adel 2020, "An
Analysis of Simple Data Augmentation for Named Entity Recognition"). The copies keep the
context and change the names, so the model learns more from the words around a name than
from the names it has seen.

    python training/augment.py training/corpus/train.spacy training/corpus/train-aug.spacy
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span


def mention_pool(docs: list[Doc]) -> dict[str, list[tuple[str, ...]]]:
    """Each label's mentions in the training docs, as token tuples."""
    pool: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for doc in docs:
        for ent in doc.ents:
            pool[ent.label_].append(tuple(t.text for t in ent))
    return pool


def replaced(doc: Doc, pool: dict[str, list[tuple[str, ...]]], rng: random.Random) -> Doc:
    """``doc`` with every entity replaced by a random mention of its label."""
    words: list[str] = []
    spans: list[tuple[int, int, str]] = []
    i = 0
    for ent in doc.ents:
        words.extend(t.text for t in doc[i : ent.start])
        mention = rng.choice(pool[ent.label_])
        spans.append((len(words), len(words) + len(mention), ent.label_))
        words.extend(mention)
        i = ent.end
    words.extend(t.text for t in doc[i:])
    copy = Doc(doc.vocab, words=words)
    copy.ents = [Span(copy, start, end, label) for start, end, label in spans]
    return copy


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    vocab = spacy.blank("de").vocab
    docs = list(DocBin().from_disk(args.train).get_docs(vocab))
    pool = mention_pool(docs)
    rng = random.Random(args.seed)
    out = DocBin(store_user_data=False)
    copies = 0
    for doc in docs:
        out.add(doc)
        if doc.ents:
            out.add(replaced(doc, pool, rng))
            copies += 1
    out.to_disk(args.out)
    print(f"{len(docs)} sentences + {copies} copies -> {args.out}")


if __name__ == "__main__":
    main()
