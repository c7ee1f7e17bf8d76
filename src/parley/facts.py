"""The facts one article yields: plain, serialisable records with character offsets.

Every record points back into the article text it came from through ``start``/``end``
character offsets (into ``Article.text``) and the sentence that holds it
(``sent_start``/``sent_end``). The analyse layer produces them, the store keeps them,
views show them. They carry no spaCy objects, so they cross process boundaries freely.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact stands in its article: the sentence's character span."""

    sent_start: int
    sent_end: int


@dataclass(slots=True)
class Mention:
    """A named-entity mention: ``label`` is a GermEval type (PER, LOCderiv, ORGpart, ...)."""

    start: int
    end: int
    text: str
    label: str
    sent_start: int
    sent_end: int
    actor_key: str | None = None  # in-article actor this mention belongs to (ArticleActor.key)


@dataclass(slots=True)
class Timex:
    """A time expression put on the calendar.

    ``value`` is TIMEX3-style (``2025-12-19``, ``2025-W51-WE``, ``2025-12-19/2025-12-20``,
    ``XXXX-06``, ``PAST_REF``); ``begin``/``until`` is the inclusive ISO date interval it
    covers, or ``None`` when it cannot be placed on the calendar.
    """

    start: int
    end: int
    text: str
    value: str
    begin: str | None
    until: str | None
    sent_start: int
    sent_end: int
    anchor: str | None = None  # the publication date it was resolved against


@dataclass(slots=True)
class Role:
    """A title or function attached to a person in the text (``US-Außenminister``)."""

    text: str
    start: int
    end: int
    actor_key: str
    affiliation: str | None  # ArticleActor.key of the country/organisation, else its name
    sent_start: int
    sent_end: int


@dataclass(slots=True)
class ArticleActor:
    """One person, organisation or place within one article (in-article coreference)."""

    key: str  # stable within the article, e.g. "PER:Marco Rubio"
    name: str  # the fullest form the article uses
    type: str  # PER, ORG, LOC
    mentions: list[str] = field(default_factory=list)  # distinct surface forms
    affiliation: str | None = None  # ArticleActor.key of the country/organisation, else its name


@dataclass(slots=True)
class Quote:
    """Speech or writing the article reports."""

    start: int
    end: int
    text: str
    kind: str  # direct | indirect | fragment
    speaker: str | None  # ArticleActor.key, or None when the article names no speaker
    speaker_text: str | None  # the words that name the speaker in this article
    cue: str | None  # verb or noun of saying
    channel: str | None  # press conference, interview, X, Telegram, ...
    sent_start: int
    sent_end: int


@dataclass(slots=True)
class MeetingReport:
    """One article's statement of a meeting."""

    trigger: str
    start: int  # offsets of the trigger
    end: int
    participants: list[str]  # ArticleActor.key of persons
    parties: list[str]  # ArticleActor.key of countries / organisations
    location: str | None  # ArticleActor.key
    date: str | None  # TIMEX3 value of the attached timex
    begin: str | None
    until: str | None
    status: str  # held | planned | proposed | ruled_out | cancelled
    format: str | None  # bilateral | trilateral | multilateral
    mode: str | None  # in_person | phone | video
    sent_start: int
    sent_end: int
    evidence: dict[str, Evidence] = field(default_factory=dict)  # per field: status, date, ...


@dataclass(slots=True)
class Analysis:
    """Everything the per-article pipeline found in one article."""

    mentions: list[Mention] = field(default_factory=list)
    actors: list[ArticleActor] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    meetings: list[MeetingReport] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
