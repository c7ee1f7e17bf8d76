"""One speech event in a segment, and the helpers every frame finder shares."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from parley.nlp.quotes.speakers import Anaphor, Speaker

__all__ = ["Anaphor", "Frame", "trim"]


@dataclass(slots=True)
class Frame:
    """One speech event in a segment."""

    cue: str
    cue_token: Token
    position: str  # before | after | colon | phrase | about | name | chain | none
    speaker: Speaker | None
    reported: tuple[int, int] | None  # characters of the reported clause, if any
    frame_tokens: list[Token]  # the words around the cue (for the channel)


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``start``/``end`` without surrounding spaces, commas, colons, dashes, final stops."""
    while start < end and (text[start].isspace() or text[start] in ",;:–—"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.–—"):
        end -= 1
    return (start, end) if end > start else None
