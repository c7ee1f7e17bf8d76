"""The per-article layer: run the pipeline on one article's text, return plain facts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from parley.facts import Analysis
from parley.nlp.words import sentence_offsets


def to_analysis(doc: Doc) -> Analysis:
    """Collect what parley's components wrote on ``doc`` into an ``Analysis``."""
    return Analysis(
        mentions=list(doc._.mentions or []),
        actors=list(doc._.actors or []),
        roles=list(doc._.roles or []),
        timexes=list(doc._.timexes or []),
        quotes=list(doc._.quotes or []),
        meetings=list(doc._.meetings or []),
        sentences=list(sentence_offsets(doc)),
    )


def make_doc(nlp: Language, text: str, published: str | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = published
    return doc


def analyse(nlp: Language, text: str, published: str | None) -> Analysis:
    """Analyse one article text published on ``published`` (ISO date, month, or None)."""
    return to_analysis(nlp(make_doc(nlp, text, published)))


def analyse_many(
    nlp: Language, items: Iterable[tuple[str, str | None]], batch_size: int = 16
) -> Iterator[Analysis]:
    """Analyse (text, published) pairs in batches, in order."""
    docs = (make_doc(nlp, text, published) for text, published in items)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield to_analysis(doc)
