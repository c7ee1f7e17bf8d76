"""Score a saved spaCy model on GermEval 2014 with the official outer-chunk metric.

Exact span and type, micro-averaged: once over all 12 labels (PER, ORG, LOC, OTH and their
``deriv``/``part`` forms) and once over the 4 main types (only PER/ORG/LOC/OTH chunks are
kept, in gold and prediction alike). The model runs on the gold tokens, one sentence per Doc.

    python training/evaluate.py src/parley/models/de_parley            # test file
    python training/evaluate.py training/output/x/model-best --split dev
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import encoders  # noqa: F401  (registers the architectures tried in training runs)
import spacy
from convert import DATA, read_tsv
from spacy.tokens import Doc

import parley.nlp  # noqa: F401  (registers parley's tokenizer and components)

MAIN_TYPES = frozenset({"PER", "ORG", "LOC", "OTH"})
Chunk = tuple[int, int, int, str]  # sentence, start, end, label


def chunks(doc: Doc, sent_id: int) -> set[Chunk]:
    """The entity chunks of one sentence."""
    return {(sent_id, e.start, e.end, e.label_) for e in doc.ents}


def prf(gold: set[Chunk], pred: set[Chunk]) -> dict[str, float]:
    """Micro precision, recall and F1 of exact chunk matches."""
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "gold": len(gold)}


def score(model: str, split: str = "test") -> dict[str, object]:
    """Scores of ``model`` on the GermEval ``split`` (``test`` or ``dev``)."""
    nlp = spacy.load(model)
    gold_docs: list[Doc] = []
    for words, tags in read_tsv(DATA / f"NER-de-{split}.tsv"):
        doc = Doc(nlp.vocab, words=words)
        doc.ents = spacy.training.biluo_tags_to_spans(doc, tags)
        gold_docs.append(doc)
    inputs = [Doc(nlp.vocab, words=[t.text for t in d]) for d in gold_docs]
    gold: set[Chunk] = set()
    pred: set[Chunk] = set()
    for i, (g, p) in enumerate(zip(gold_docs, nlp.pipe(inputs, batch_size=256), strict=True)):
        gold |= chunks(g, i)
        pred |= chunks(p, i)
    labels = sorted({c[3] for c in gold} | {c[3] for c in pred})
    main_gold = {c for c in gold if c[3] in MAIN_TYPES}
    main_pred = {c for c in pred if c[3] in MAIN_TYPES}
    per_label = {
        lab: prf({c for c in gold if c[3] == lab}, {c for c in pred if c[3] == lab})
        for lab in labels
    }
    return {
        "model": model,
        "split": split,
        "all_12_labels": prf(gold, pred),
        "4_main_types": prf(main_gold, main_pred),
        "per_label": per_label,
        "pred_counts": dict(Counter(c[3] for c in pred)),
    }


def main() -> None:
    """Command line: print the scores as JSON (and write them with ``--out``)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model", help="path of a saved spaCy model directory")
    ap.add_argument("--split", default="test", choices=["test", "dev"])
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args()
    result = score(args.model, args.split)
    text = json.dumps(result, indent=1, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
