"""Compounds of a place name and a common noun (``Ukraine-Kriegs``, ``Normandie-Format``,
``Ukrainekriegs``): the word names a war or a format, not a place. GermEval tags them
``LOCpart``, and so do the actors once the NER took one for a place or a person. A compound
whose last part makes a place (``Gaza-Streifen``, ``Berlin-Mitte``) stays one.
"""

from __future__ import annotations

from parley.nlp.actors.lexicon import Lexicon
from parley.nlp.actors.wordclass import WordClasses

MIN_PART = 4  # letters of each part of a compound written as one word (Minsk + kram)


def place_compound(word: str, lex: Lexicon, words: WordClasses, solid: bool = True) -> bool:
    """Is the one-token ``word`` a place name joined to a common noun that names no place?
    A compound written as one word (``solid``, not asked for a word tagged as a person:
    surnames such as ``Kirnbauer`` are built so) must start with a country or capital
    (``Ukrainekriegs``, ``Minskkram``; not the towns ``Lauffenburg``, ``Steinhart``)."""
    if lex.anchor(word) or words.place(word) or words.name(word) or lex.demonym(word):
        return False
    if "-" in word.strip("-"):
        first, head = word.split("-")[0], word.rsplit("-", 1)[-1]
        return (_country(first, lex) or words.place(first)) and _noun_head(head, lex, words)
    return solid and any(
        _country(word[:k], lex)
        and word[k:].islower()
        and _noun_head(word[k:].capitalize(), lex, words)
        for k in range(MIN_PART, len(word) - MIN_PART + 1)
    )


def _country(word: str, lex: Lexicon) -> bool:
    """A country's name or a capital (``Ukraine``, ``Minsk``)."""
    return word in lex.forms or word in lex.capitals


def _noun_head(head: str, lex: Lexicon, words: WordClasses) -> bool:
    return words.common_noun(head) and not lex.place_head(head) and not lex.anchor(head)
