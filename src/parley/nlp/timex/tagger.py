"""Tag a text: find its time expressions and put them on the calendar."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from parley.facts import Timex
from parley.nlp.timex.grammar import Found, find
from parley.nlp.timex.normalise import value_of
from parley.nlp.timex.periods import Anchor, interval
from parley.nlp.timex.tense import FUTURE, PAST, PRESENT, direction
from parley.nlp.timex.vocab import vocab

# A full stop ends a sentence unless it follows a day number or a single letter ("19. Dez").
_SENT_END = re.compile(r"(?<!\b\w)(?<!\b\d\d)[.!?…]+[\"“”»«']?\s+(?=[\"„“«»A-ZÄÖÜ])|\n+")


_FROM_ON = re.compile(r"\s+an\b")
_WEEK_OF = re.compile(r"\b(?:Woche|Nacht)\s+$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans, for callers without a spaCy pipeline."""
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start() + len(m[0].rstrip())))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _direction(found: Found, text: str, sent: tuple[int, int]) -> tuple[int, bool]:
    """The direction to resolve in, and whether the expression's own words fix it."""
    rel = found.frames[0].rel
    if rel in ("next", "prev"):
        return (FUTURE if rel == "next" else PAST), True
    if "past" in found.hints:
        return PAST, True
    if (
        "of" in found.hints
        and len(found.frames) == 1
        and not _FROM_ON.match(text, found.end)
        and not _WEEK_OF.search(text, max(0, found.start - 12), found.start)
    ):
        return PAST, False  # "das Treffen vom Montag"; not "vom 1. Januar an", "Woche vom 5."
    way = direction(text, (found.start, found.end), sent)
    if way == PRESENT and "ahead" in found.hints:
        return FUTURE, True
    return way, False


def _value(found: Found, anchor: Anchor, way: int, firm: bool) -> str:
    holidays = vocab().holidays
    first = value_of(found.frames[0], anchor, way, holidays, firm=firm)
    if len(found.frames) == 1:
        return first
    begin = interval(first)[0]
    after = date.fromisoformat(begin) if begin and "X" not in first else None
    second = value_of(found.frames[1], anchor, way, holidays, after=after, firm=firm)
    return f"{first}/{second}"


def tag(
    text: str, published: str | None, sentences: list[tuple[int, int]] | None = None
) -> list[Timex]:
    """The time expressions of ``text``, resolved against ``published`` (ISO or None).

    ``sentences`` are (start, end) character spans; without them a rough splitter is used.
    """
    anchor = Anchor.parse(published)
    sents = sorted(sentences or split_sentences(text))
    starts = [s[0] for s in sents]
    out = []
    for found in find(text):
        i = bisect_right(starts, found.start) - 1
        sent = sents[i] if i >= 0 and found.start < sents[i][1] else (0, len(text))
        try:
            value = _value(found, anchor, *_direction(found, text, sent))
        except (ValueError, OverflowError):  # a day the calendar cannot hold: not a date
            continue
        begin, until = interval(value)
        out.append(
            Timex(
                start=found.start,
                end=found.end,
                text=text[found.start : found.end],
                value=value,
                begin=begin,
                until=until,
                sent_start=sent[0],
                sent_end=sent[1],
                anchor=anchor.iso(),
            )
        )
    return out
