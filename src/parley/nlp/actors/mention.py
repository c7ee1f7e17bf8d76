"""One entity mention as the actor component works with it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Span


@dataclass
class Ment:
    """One entity mention with its tokens, base type and actor."""

    span: Span
    label: str  # as the NER wrote it
    base: str  # PER, ORG, LOC, OTH
    kind: str  # "" | "deriv" | "part"
    key: str | None = None
    found: bool = False  # added by parley_actors, not tagged by the NER

    @cached_property
    def text(self) -> str:
        return self.span.text

    def move(self, span: Span) -> None:
        """Let the mention cover ``span`` instead (its cached text goes with the old one)."""
        self.span = span
        self.__dict__.pop("text", None)


def split_label(label: str) -> tuple[str, str]:
    """``LOCderiv`` / ``LOCDERIV`` → (``LOC``, ``deriv``)."""
    return label[:3].upper(), label[3:].lower()
