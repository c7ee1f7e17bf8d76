"""Konjunktiv I and II: the verb forms that mark reported speech in German."""

from __future__ import annotations

from spacy.tokens import Token

from parley.nlp.quotes.lexicon import (
    DEGREE_WORDS,
    DETERMINERS,
    PREPOSITIONS,
    SUBORDINATE,
    Lexicon,
)
from parley.nlp.quotes.segments import Segment, quote_at
from parley.nlp.quotes.speakers import Mentions, adjective


class Mood:
    """Tells Konjunktiv forms by the listed forms and, for other verbs, by their shape."""

    def __init__(self, lex: Lexicon, mentions: Mentions) -> None:
        self.lex = lex
        self.mentions = mentions

    def of(self, tok: Token, context: list[Token]) -> str | None:
        """``ki`` for a Konjunktiv I form, ``kii`` for a Konjunktiv II form, else None.

        Listed forms count as they are; other words count as Konjunktiv I by their shape: a
        lowercase word in ``-e`` (not the ``-te`` of the past tense) that no article,
        preposition or degree word precedes and no noun or adjective follows."""
        i = next((n for n, t in enumerate(context) if t.i == tok.i), None)
        return None if i is None else self._at(context, i)

    def _at(self, context: list[Token], i: int) -> str | None:
        """:meth:`of` for the token at ``context[i]``."""
        tok = context[i]
        word = tok.text
        low = word.lower()
        kind = self.lex.moods.get(low)
        mentions = self.mentions.covered
        if tok.i in mentions or kind in ("not", "continues"):
            return None
        if not word.islower() and i > 0:
            return None
        prev = context[i - 1].text.lower() if i > 0 else ""
        nxt = context[i + 1] if i + 1 < len(context) else None
        if prev == "als":
            return None  # "als sei ...": as if, not reported
        if low == "sei" and nxt is not None and nxt.text in ("denn", "Dank"):
            return None  # "es sei denn" (unless), "Gott sei Dank"
        if kind in ("ki", "ki_te"):
            return "ki"
        if kind == "kii":
            return "kii"
        if not word.islower() or len(low) < 4 or not low.isalpha() or not low.endswith("e"):
            return None
        if low.endswith("te") or low in self.lex.split or low in self.lex.whole:
            return None
        if low.endswith("weise") or (low.endswith("ene") and "ge" in low[:-3]):
            return None  # adverbs (teilweise) and participles (angegriffene)
        if prev in DETERMINERS or prev in PREPOSITIONS or prev in DEGREE_WORDS:
            return None
        if nxt is None:
            return "ki"
        if nxt.text in "/)" or nxt.text in ("und", "oder", "sowie"):
            return None  # "russische und ukrainische Unterhändler"
        if (nxt.text[:1].isupper() or adjective(nxt)) and nxt.i not in mentions:
            return None  # an attributive adjective before its noun
        return "ki"

    def _conditional(self, toks: list[Token], before: str) -> bool:
        """``..., sollten die Kämpfe weitergehen``: a clause after a comma led by its verb in
        Konjunktiv II is a condition (``falls ...``), not reported speech."""
        head = toks[0]
        return before == "," and head.text.islower() and self.lex.moods.get(head.text) == "kii"

    def of_segment(self, seg: Segment, span: tuple[int, int] | None = None) -> str | None:
        """The strongest subjunctive in the segment (or in ``span``) outside quotations."""
        start, end = span or (seg.start, seg.end)
        toks = [t for t in seg.tokens if start <= t.idx < end]
        outside = [t for t in toks if quote_at(seg.quotes, t.idx) is None]
        if any(t.text.lower() in ("ich", "wir") for t in outside):
            return None
        subordinate = {
            t.i
            for c in seg.chunks
            if c.tokens[0].text.lower() in SUBORDINATE or self._conditional(c.tokens, c.before)
            for t in c.tokens
        }
        best = None
        for i, t in enumerate(outside):
            m = self._at(outside, i)
            if m == "ki":
                return "ki"
            if m == "kii" and t.i not in subordinate:
                best = m  # Konjunktiv II in a dependent clause is no sign of reported speech
        return best
