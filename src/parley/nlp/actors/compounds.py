"""Compounds of a place name and a common noun (``Ukraine-Kriegs``, ``Normandie-Format``,
``Ukrainekriegs``): the word names a war or a format, not a place. GermEval tags them
``LOCpart``, and so do the actors once the NER took one for a place or a person. A compound
whose last part makes a place (``Gaza-Streifen``, ``Berlin-Mitte``) stays one.
"""

from __future__ import annotations

from parley.nlp.actors.lexicon import Lexicon
from parley.nlp.actors.wordclass import WordClasses

MIN_PART = 4  # letters of each part of a compound written as one word (Minsk + kram)


def place_compound(word: str, lex: Lexicon, words: WordClasses) -> bool:
    """Is the one-token ``word`` a place name joined to a common noun that names no place?"""
    if lex.anchor(word) or words.place(word) or words.name(word):
        return False
    if "-" in word.strip("-"):
        first, head = word.split("-")[0], word.rsplit("-", 1)[-1]
        return _place(first, lex, words) and _noun_head(head, lex, words)
    return any(
        _place(word[:k], lex, words)
        and word[k:].islower()
        and _noun_head(word[k:].capitalize(), lex, words)
        for k in range(MIN_PART, len(word) - MIN_PART + 1)
    )


def _place(word: str, lex: Lexicon, words: WordClasses) -> bool:
    anchor = lex.forms.get(word) or lex.capitals.get(word)
    return anchor is not None or words.place(word)


def _noun_head(head: str, lex: Lexicon, words: WordClasses) -> bool:
    return words.common_noun(head) and not lex.place_head(head) and not lex.anchor(head)
