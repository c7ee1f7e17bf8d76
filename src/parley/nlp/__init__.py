"""parley's German pipeline: one function builds it, every caller goes through it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

# Imported for their registrations: Doc._ attributes and the tokenizer, sentence and NER
# feature parts that the shipped model names in its config.
from parley.nlp import extensions, ner_features, sentences, tokenizer  # noqa: F401
from parley.nlp.blas import use_numpy_blas

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "de_parley"

# parley's own components, in pipeline order; each module registers its factory.
COMPONENTS = ("parley_timex", "parley_actors", "parley_quotes", "parley_meetings")


def _import_components() -> None:
    from parley.nlp import actors, meetings, quotes, timex  # noqa: F401


def base_pipeline(model: str | Path | None = None) -> Language:
    """Tokenizer, sentences and NER: the shipped model, a user's model, or a blank fallback."""
    path = Path(model) if model else MODEL_DIR
    if path.exists() or model:
        nlp = spacy.load(path if path.exists() else str(model))  # a directory or package name
        use_numpy_blas(nlp)
        return nlp
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


def build(model: str | Path | None = None, exclude: tuple[str, ...] = ()) -> Language:
    """Build the full parley pipeline (uncached)."""
    _import_components()
    nlp = base_pipeline(model)
    for name in COMPONENTS:
        if name not in exclude:
            nlp.add_pipe(name, last=True)
    return nlp


@lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """The parley pipeline, built once per process and model."""
    return build(model)
