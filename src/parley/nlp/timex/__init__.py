"""German time expressions: the ``parley_timex`` component and its small public API.

>>> [(t.text, t.value) for t in tag("Die Gespräche sollen am Freitag beginnen.", "2025-12-17")]
[('am Freitag', '2025-12-19')]
>>> interval("2025-W51-WE")
('2025-12-20', '2025-12-21')
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from parley.nlp.timex.periods import interval
from parley.nlp.timex.tagger import split_sentences, tag
from parley.nlp.words import doc_text, sentence_offsets

__all__ = ["interval", "split_sentences", "tag"]


@Language.component("parley_timex", assigns=["doc._.timexes"])
def parley_timex(doc: Doc) -> Doc:
    """Write ``doc._.timexes``, resolved against ``doc._.published``."""
    sentences = sentence_offsets(doc) if doc.has_annotation("SENT_START") else None
    doc._.timexes = tag(doc_text(doc), doc._.published, sentences)
    return doc
