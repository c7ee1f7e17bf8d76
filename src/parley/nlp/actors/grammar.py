"""A small surface grammar of German role noun phrases, over spaCy tokens without tags.

A role phrase is ``ADJ* TITLE POSTMOD*``: adjectives (``ukrainische``, ``ständige``), a title
or function noun from ``titles_de.tsv`` (compounds and coordinations like ``Staats- und
Regierungschefs`` included), then genitive or prepositional modifiers (``des ukrainischen
Sicherheitsrats``, ``der USA bei der NATO``, ``von Kremlchef Wladimir Putin``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from parley.nlp.actors.lexicon import ADJ_ENDINGS, Lexicon
from parley.nlp.words import texts

DETS = frozenset(
    ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer"]
)
POSSESSIVES = frozenset(
    [
        "sein",
        "seine",
        "seinem",
        "seinen",
        "seiner",
        "seines",
        "ihr",
        "ihre",
        "ihrem",
        "ihren",
        "ihrer",
        "ihres",
        "unser",
        "unsere",
        "unserem",
        "unseren",
        "unserer",
    ]
)
PREP_ARTICLES = frozenset(["vom", "beim", "im", "zum", "zur", "am", "ins"])
PREPOSITIONS = frozenset(["von", "bei", "in", "für", "aus", "an", "auf", "unter", "gegenüber"])
GENITIVE_DETS = frozenset({"des", "der"})
COORD = frozenset({"und", "sowie"})
QUANTIFIERS = frozenset(
    [
        "beiden",
        "beide",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "mehrere",
        "viele",
        "einige",
        "alle",
        "andere",
        "anderen",
        "weitere",
        "weiteren",
    ]
)
NOT_ADJECTIVES = DETS | POSSESSIVES | QUANTIFIERS
TERMINATORS = frozenset({",", ".", ";", ":", ")", "und", "sowie", "–", "—", "!", "?"})
MAX_ROLE_TOKENS = 14


@dataclass
class Phrase:
    """A parsed role phrase: tokens ``[start, end)``, its head noun(s), and the kind."""

    start: int  # first token of the role text (after skipped adjectives)
    end: int
    heads: list[int]  # token indices of the title/relation nouns
    relation: bool  # a kinship/relational phrase, not a role
    lead: int  # first token of the whole phrase, adjectives included

    def text(self, doc: Doc) -> str:
        return doc[self.start : self.end].text


class Grammar:
    """Token tests and the phrase parser for one document."""

    def __init__(
        self,
        doc: Doc,
        lex: Lexicon,
        entity_at: dict[int, str],
        surnames: frozenset[str] = frozenset(),
    ) -> None:
        self.doc = doc
        self.words = texts(doc)
        self.lex = lex
        self.entity_at = entity_at  # token index → base type of the entity covering it
        self.surnames = surnames  # of the article's persons, to know their genitives

    # -- token classes -------------------------------------------------------------------

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def is_adj(self, i: int) -> bool:
        w = self.word(i)
        if not w or i in self.entity_at and self.entity_at[i] != "LOC":
            return False
        if self.lex.demonym(w):
            return True
        low = w.lower()
        return (
            w[:1].islower()
            and w.replace("-", "").isalpha()
            and low.endswith(ADJ_ENDINGS)
            and low not in NOT_ADJECTIVES
            and not self.lex.function_word(low)
            and len(low) > 3
        )

    def is_head(self, i: int) -> bool:
        w = self.word(i)
        return i not in self.entity_at and (self.lex.is_title(w) or self.lex.relation(w))

    def is_noun(self, i: int) -> bool:
        w = self.word(i)
        return bool(w) and (w[:1].isupper() or i in self.entity_at) and w[:1].isalpha()

    # -- phrases -------------------------------------------------------------------------

    def head_group(self, i: int) -> tuple[list[int], int] | None:
        """Title nouns starting at ``i``: ``Präsident``, ``Staats- und Regierungschefs``,
        ``Ex-Geheimdienstchef und Putin-Vertraute``; returns (heads, end)."""
        w = self.word(i)
        if w.endswith("-") and self.word(i + 1) in COORD and self.is_head(i + 2):
            return [i + 2], i + 3
        if not self.is_head(i):
            return None
        heads, end = [i], i + 1
        if self.word(end) in COORD and self.is_head(end + 1) and end + 2 not in self.entity_at:
            heads.append(end + 1)
            end += 2
        return heads, end

    def phrase(self, i: int, limit: int, modifiers: str = "all") -> Phrase | None:
        """Parse ``ADJ* TITLE POSTMOD*`` from token ``i``; ``modifiers`` is ``all``,
        ``genitive`` (no prepositional phrases) or ``none``."""
        j = i
        while j < limit and self.is_adj(j):
            j += 1
        group = self.head_group(j) if j < limit else None
        if group is None:
            return None
        heads, end = group
        if modifiers != "none":
            end = self.modifiers(end, min(limit, i + MAX_ROLE_TOKENS), modifiers == "all")
        start = i
        for k in range(i, j):
            if self.lex.skip_adjective(self.word(k)):
                start = k + 1
        relation = all(self.lex.relation(self.word(h)) for h in heads)
        return Phrase(start, end, heads, relation, i)

    def modifiers(self, k: int, limit: int, prepositions: bool) -> int:
        """The end of the genitive and prepositional modifiers that follow a head noun."""
        while k < limit:
            w = self.word(k)
            if w in GENITIVE_DETS or (w in COORD and self.word(k + 1) in GENITIVE_DETS):
                step = 2 if w in COORD else 1
                end = self.nominal(k + step, limit, genitive=True)
            elif prepositions and (w in PREPOSITIONS or w in PREP_ARTICLES):
                j = k + 1
                if w in PREPOSITIONS and self.word(j) in DETS:
                    j += 1
                end = self.nominal(j, limit)
            elif self.entity_at.get(k) == "LOC" and self.lex.forms.get(w) and w.endswith("s"):
                end = self.nominal(k, limit)  # Außenminister Russlands
            else:
                break
            if end is None:
                break
            k = end
        return k

    def nominal(self, j: int, limit: int, genitive: bool = False) -> int | None:
        """``ADJ* NOUN+`` with noun coordination (``Sicherheits- und Verteidigungsrates``,
        ``Schiffbau und Seefahrt``); returns its end. In a genitive a person's name after a
        title is an apposition, not part of the role (``des Präsidenten Lula``)."""
        while j < limit and (self.is_adj(j) or self.word(j) == "sogenannten"):
            j += 1
        if j >= limit or not self.is_noun(j):
            return None
        while j < limit:
            w = self.word(j)
            if genitive and self.entity_at.get(j) == "PER" and self.lex.is_title(self.word(j - 1)):
                break
            if self.is_noun(j) or (
                w in COORD
                and self.is_noun(j + 1)
                and (self.word(j - 1).endswith("-") or j + 1 not in self.entity_at)
                and not self.is_head(j + 1)
            ):
                j += 1
            else:
                break
        return j

    def left_boundary(self, i: int) -> bool:
        """May a phrase begin at ``i``: after an article, a possessive, a preposition with
        article, a genitive name, a colon, or at the start of a sentence?"""
        prev = self.word(i - 1)
        return (
            i == 0
            or self.doc[i].is_sent_start
            or prev.lower() in DETS | POSSESSIVES | PREP_ARTICLES
            or prev in {":", "(", "–", "\n"}
            or prev.isspace()
            or self.genitive_name(i - 1)
        )

    def genitive_name(self, i: int) -> bool:
        """A name in the genitive before a noun (``Russlands``, ``Selenskyjs``)?"""
        w = self.word(i)
        return (
            w.endswith("s")
            and w[:1].isupper()
            and w.isalpha()
            and (i in self.entity_at or w[:-1] in self.surnames or not self.doc[i].is_sent_start)
            and not self.lex.is_title(w)
        )
