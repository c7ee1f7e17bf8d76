"""Convert GermEval 2014 (outer layer) to spaCy DocBin files.

train: ``NER-de-train.outer-bioes.txt.gz`` (``token TAG`` lines, BIOES, blank line between
sentences); dev/test: the original TSV files (idx, token, outer, inner; ``#`` source lines).
Every sentence becomes one ``Doc`` with its outer entities.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "germeval2014"

Sentence = tuple[list[str], list[str]]


def _biluo(tag: str) -> str:
    """A BIOES tag of the train file as BILUO with GermEval's label case (``LOCPART`` ->
    ``LOCpart``): the train conversion upper-cased the labels, dev and test did not."""
    if tag == "O":
        return tag
    prefix, label = tag.split("-", 1)
    label = label[:3] + label[3:].lower()
    return {"E": "L", "S": "U"}.get(prefix, prefix) + "-" + label


def read_bioes(path: Path) -> Iterator[Sentence]:
    """Sentences of the ``token TAG`` BIOES file as (words, BILUO tags)."""
    words: list[str] = []
    tags: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            words.append(parts[0])
            tags.append(_biluo(parts[-1]))
    if words:
        yield words, tags


def read_tsv(path: Path) -> Iterator[Sentence]:
    """Sentences of an original GermEval TSV file as (words, BILUO tags of the outer layer)."""
    words: list[str] = []
    iob: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                if words:
                    yield words, iob_to_biluo(iob)
                words, iob = [], []
                continue
            words.append(parts[1])
            iob.append(parts[2])
    if words:
        yield words, iob_to_biluo(iob)


def to_docbin(sentences: Iterator[Sentence]) -> DocBin:
    """One Doc per sentence, entities set from the BILUO tags."""
    vocab = spacy.blank("de").vocab
    db = DocBin(store_user_data=False)
    for words, tags in sentences:
        doc = Doc(vocab, words=words)
        doc.ents = biluo_tags_to_spans(doc, tags)
        db.add(doc)
    return db


def main(out_dir: str = "training/corpus") -> None:
    """Write train/dev/test ``.spacy`` files into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    sources = {
        "train": read_bioes(DATA / "NER-de-train.outer-bioes.txt.gz"),
        "dev": read_tsv(DATA / "NER-de-dev.tsv"),
        "test": read_tsv(DATA / "NER-de-test.tsv"),
    }
    for name, sentences in sources.items():
        db = to_docbin(sentences)
        db.to_disk(out / f"{name}.spacy")
        print(f"{name}: {len(db)} sentences -> {out / name}.spacy")


if __name__ == "__main__":
    main(*sys.argv[1:])
