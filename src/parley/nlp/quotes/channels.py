"""Where something was said: press conference, interview (with its outlet), X, Telegram ..."""

from __future__ import annotations

from spacy.tokens import Token

from parley.nlp.quotes.lexicon import Lexicon
from parley.nlp.quotes.speakers import Mentions

OUTLET_WINDOW = 6  # tokens after "Interview" in which the outlet is named
OPENERS = frozenset('„“»«"‚')
CLOSERS = frozenset('“”«»"‘')


def _matches(
    word: str, low: str, prev: str, trigger: str, match: str, after: frozenset[str]
) -> bool:
    """Does ``word`` (``low`` lowercased; without a final dot: "auf X." ending a sentence)
    after ``prev`` name the channel of ``trigger``?"""
    if after and prev not in after:
        return False
    if match == "exact":
        return word == trigger
    if match == "exact-lower":
        return low == trigger
    return word[:1].isupper() and low.endswith(trigger)


def _quoted_outlet(tokens: list[Token], k: int) -> str | None:
    """``sagte der „Bild am Sonntag“``: an outlet in quotation marks after der/dem."""
    if tokens[k].text not in ("der", "dem") or k + 2 >= len(tokens):
        return None
    if tokens[k + 1].text not in OPENERS or not tokens[k + 2].text[:1].isupper():
        return None
    words = []
    for t in tokens[k + 2 : k + 2 + OUTLET_WINDOW]:
        if t.text in CLOSERS:
            return " ".join(words)
        words.append(t.text)
    return None


def channel_of(tokens: list[Token], mentions: Mentions, lex: Lexicon) -> str | None:
    """The channel named among ``tokens`` (a frame's words), or None."""
    for k, tok in enumerate(tokens):
        outlet = _quoted_outlet(tokens, k)
        if outlet:
            return f"interview with {outlet}"
        prev = tokens[k - 1].text if k else ""
        word = tok.text.rstrip(".")
        low = word.lower()
        for trigger, label, match, after in lex.channels:
            if not _matches(word, low, prev, trigger, match, after):
                continue
            if label == "interview":
                outlet = next(
                    (
                        mentions.covered[t.i]
                        for t in tokens[k + 1 : k + 1 + OUTLET_WINDOW]
                        if t.i in mentions.covered and mentions.covered[t.i].label == "ORG"
                    ),
                    None,
                )
                if outlet is not None:
                    return f"interview with {outlet.text}"
            return label
    return None
