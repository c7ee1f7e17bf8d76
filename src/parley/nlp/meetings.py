"""Meetings (stub until the meeting extractor lands)."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("parley_meetings", assigns=["doc._.meetings"])
def parley_meetings(doc: Doc) -> Doc:
    doc._.meetings = []
    return doc
