"""Quotations: direct quotes, fragments and reported speech, each with its speaker.

The ``parley_quotes`` component runs after ``parley_actors`` and writes
``doc._.quotes: list[Quote]``. ``marks`` pairs quotation marks, ``segments`` keeps sentences
whole around them, ``frames``/``sources``/``mood`` find the speech frames (verbs of saying,
``laut X``, Konjunktiv), ``speakers`` finds who speaks, ``channels`` where, and ``extract``
walks the article carrying the last speaker over. The German words come from
``nlp/data/speech_*.tsv``.
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
    """Write the article's quotations to ``doc._.quotes``."""
    doc._.quotes = extract_quotes(doc)
    return doc
