"""Quotations (stub until the quote extractor lands)."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("parley_quotes", assigns=["doc._.quotes"])
def parley_quotes(doc: Doc) -> Doc:
    doc._.quotes = []
    return doc
