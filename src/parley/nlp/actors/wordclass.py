"""What the NER model's lexicon knows of a word form: common noun, place, name.

The lexicon (german-nouns, CLDR; ``training/build_lexicon.py``) is saved inside the NER
model; :func:`parley.nlp.ner_features.word_classes` reads it from a loaded pipeline. A
pipeline without it gives an empty table, and every question below is answered ``False``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from parley.nlp.ner_features import (
    CLDR_PLACE,
    COMMON_NOUN,
    FIRST_NAME,
    PROPER_NAME,
    SURNAME,
    TOPONYM,
)

PLACE = TOPONYM | CLDR_PLACE
NAME = FIRST_NAME | SURNAME | PROPER_NAME


@dataclass(frozen=True)
class WordClasses:
    """Exact word form → class bits."""

    bits: Mapping[str, int] = field(default_factory=dict)

    def common_noun(self, word: str) -> bool:
        """A common noun's form (``Kriegs``, ``Format``) that names no place."""
        bits = self.bits.get(word, 0)
        return bool(bits & COMMON_NOUN) and not bits & PLACE

    def place(self, word: str) -> bool:
        """A place name's form (``Normandie``, ``Mitte`` as in ``Berlin-Mitte``)."""
        return bool(self.bits.get(word, 0) & PLACE)

    def name(self, word: str) -> bool:
        """A first name, surname or other proper name."""
        return bool(self.bits.get(word, 0) & NAME)


NO_WORD_CLASSES = WordClasses()
