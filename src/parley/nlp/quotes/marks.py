"""Pairs of quotation marks in a text, in every style German outlets print."""

from __future__ import annotations

import re
from dataclasses import dataclass

# opener -> closers, in order of preference
PAIRS: dict[str, str] = {
    "„": "“”",
    "“": "”“",
    "»": "«",
    "«": "»",
    "‚": "‘",
    "‹": "›",
    '"': '"',
}
STRAIGHT_FALLBACK = {"„": '"', "“": '"'}  # „…" and “…" occur in sloppy copy
OPENING_MARKS = re.compile("[" + re.escape("".join(PAIRS)) + "]")


@dataclass(frozen=True, slots=True)
class Marked:
    """Quoted words: ``start``/``end`` are the words, ``open``/``close`` include the marks."""

    open: int
    start: int
    end: int
    close: int


def _is_opener(text: str, i: int) -> bool:
    ch = text[i]
    if ch not in PAIRS:
        return False
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace():
        return False
    if ch in '"“«»‚‹':  # these also close: an opener starts a word
        prev = text[i - 1] if i else " "
        return prev.isspace() or prev in "([{–—-/:„" or (ch in "«»" and prev not in ".,!?")
    return True


def _find_close(text: str, i: int, opener: str) -> int | None:
    """Index of the closing mark for the opener at ``i``, following paragraph continuations."""
    closers = PAIRS[opener]
    pos = i + 1
    while True:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        for closers_now in (closers, STRAIGHT_FALLBACK.get(opener, "")):
            hits = [text.find(c, pos, line_end) for c in closers_now]
            hits = [h for h in hits if h >= 0]
            if hits:
                return min(hits)
        # a quote running over paragraphs opens each new paragraph again
        nxt = line_end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt >= len(text) or text[nxt] != opener or line_end == len(text):
            return None
        pos = nxt + 1


def find_quotes(text: str) -> list[Marked]:
    """Top-level quotations of ``text`` in order; inner quotations stay inside their outer one."""
    found: list[Marked] = []
    i = 0
    while (mark := OPENING_MARKS.search(text, i)) is not None:
        i = mark.start()
        if _is_opener(text, i):
            close = _find_close(text, i, text[i])
            if close is not None and close > i + 1:
                found.append(Marked(i, i + 1, close, close + 1))
                i = close + 1
                continue
        i += 1
    return found
