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

__all__ = ["interval", "split_sentences", "tag"]


@Language.component("parley_timex", assigns=["doc._.timexes"])
def parley_timex(doc: Doc) -> Doc:
    """Write ``doc._.timexes``, resolved against ``doc._.published``."""
    sentences = None
    if doc.has_annotation("SENT_START"):
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
    doc._.timexes = tag(doc.text, doc._.published, sentences)
    return doc
