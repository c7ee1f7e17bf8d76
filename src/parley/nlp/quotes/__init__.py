"""Quotations: direct quotes, fragments and reported speech, each with its speaker.

The ``parley_quotes`` component runs after ``parley_actors`` and writes
``doc._.quotes: list[Quote]``. The grammar reads German verbs and nouns of saying, channels
and Konjunktiv forms from ``nlp/data/speech_*.tsv``.
"""

from spacy.language import Language
from spacy.tokens import Doc

from parley.nlp.quotes.extract import extract_quotes

__all__ = ["extract_quotes", "parley_quotes"]


@Language.component(
    "parley_quotes",
    assigns=["doc._.quotes"],
    requires=["doc._.mentions", "doc._.actors"],
)
def parley_quotes(doc: Doc) -> Doc:
    doc._.quotes = extract_quotes(doc)
    return doc
