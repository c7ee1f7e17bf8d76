"""Docs with entities tagged by hand, for testing parley_actors apart from the NER model."""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import parley.nlp  # noqa: F401  (registers the tokenizer, sentences and Doc extensions)


def blank_pipeline() -> Language:
    """parley's tokenizer and sentence boundaries, no NER."""
    pipeline = spacy.blank(
        "de", config={"nlp": {"tokenizer": {"@tokenizers": "parley.tokenizer.v1"}}}
    )
    pipeline.add_pipe("parley_sentences")
    return pipeline


def tagged(nlp: Language, text: str, ents: dict[str, str]) -> Doc:
    """``text`` with every whole-word occurrence of each ``ents`` string tagged as its label."""
    doc = nlp(text)
    spans = []
    for form, label in ents.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            span = doc.char_span(m.start(), m.end(), label=label)
            assert span is not None, form
            spans.append(span)
    doc.ents = spacy.util.filter_spans(spans)
    return doc
