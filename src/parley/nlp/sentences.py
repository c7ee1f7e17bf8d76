"""Rule-based sentence boundaries for news German, the spaCy component ``parley_sentences``.

* Every line break is a boundary: headlines, datelines and captions are lines of their own.
* A sentence ends at a period, ``!``, ``?`` or ellipsis token followed (after any closing
  quotes or brackets) by a capitalised word, a digit or an opening quote.
* Abbreviations (``z.``, ``Dr.``, ``Mio.``), initials (``W.``), ordinals (``3.``) and dates
  (``19.12.2025``) are single tokens ending in a period (see :mod:`parley.nlp.tokenizer`), so
  they never end a sentence here.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

ENDERS = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??"})
CLOSERS = frozenset({'"', "'", "“", "”", "«", "»", "‘", "’", ")", "]"})
OPENERS = frozenset({'"', "„", "“", "»", "«", "‚", "‘", "(", "["})


def _starts_sentence(tok: Token) -> bool:
    """Whether a token after sentence-final punctuation can open a new sentence."""
    first = tok.text[0]
    return first.isupper() or first.isdigit() or tok.text in OPENERS


def sentence_starts(doc: Doc) -> list[bool]:
    """``True`` for each token that opens a sentence."""
    n = len(doc)
    starts = [False] * n
    if n:
        starts[0] = True
    after_break = False
    i = 0
    while i < n:
        tok = doc[i]
        if tok.is_space:
            after_break = after_break or "\n" in tok.text
            i += 1
            continue
        if after_break:
            starts[i] = True
            after_break = False
        if "\n" in tok.whitespace_:
            after_break = True
        elif tok.text in ENDERS and i + 1 < n:
            j = i + 1
            # Closing quotes glued to the period belong to this sentence: „Ja.“ / "Ja."
            while j < n and doc[j].text in CLOSERS and not doc[j - 1].whitespace_:
                if "\n" in doc[j].whitespace_:
                    after_break = True
                j += 1
            if j < n and not after_break and not doc[j].is_space and _starts_sentence(doc[j]):
                starts[j] = True
            i = j
            continue
        i += 1
    return starts


@Language.component("parley_sentences")
def parley_sentences(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on every token from :func:`sentence_starts`."""
    if len(doc):
        starts = numpy.array([1 if s else -1 for s in sentence_starts(doc)], dtype="int64")
        starts = starts.astype("uint64")
        doc.from_array([SENT_START], starts.reshape((-1, 1)))
    return doc
