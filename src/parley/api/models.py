"""The JSON shapes of parley's API (documented in its OpenAPI schema)."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")

Status = Literal["held", "planned", "proposed", "ruled_out", "cancelled"]
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class Page(BaseModel, Generic[T]):
    """One page of a list: ``items`` from ``offset`` on, and how many match in all."""

    total: int
    limit: int
    offset: int
    items: list[T]


class ActorRef(BaseModel):
    """An actor as a fact names it: its id across articles (None if unknown) and name."""

    id: str | None
    name: str
    type: str | None


# -- documents ---------------------------------------------------------------------------


class DocumentMeta(BaseModel):
    id: str
    title: str | None
    published: str | None = Field(description="ISO date, or a partial date like 2025-12")
    outlet: str | None
    credits: list[str]
    url: str | None
    chars: int


class DocumentSummary(DocumentMeta):
    publications: int = Field(description="outlets/dates that printed this text")
    actors: int
    quotes: int
    meetings: int = Field(description="meeting reports in this article")


class Publication(BaseModel):
    source: str
    outlet: str | None
    published: str | None
    url: str | None


class Span(BaseModel):
    """Character offsets into the article text, and the offsets of the sentence holding it."""

    start: int
    end: int
    sent_start: int
    sent_end: int


class MentionFact(Span):
    text: str
    label: str = Field(description="GermEval label: PER, ORG, LOC, OTH, with deriv/part")
    actor_key: str | None


class ArticleActorFact(BaseModel):
    key: str
    name: str
    type: str
    mentions: list[str]
    affiliation: str | None
    actor_id: str = Field(description="the actor across articles (see /api/actors/{id})")


class RoleFact(Span):
    actor_key: str | None
    text: str
    affiliation: str | None


class TimexFact(Span):
    text: str
    value: str = Field(description="TIMEX3 value")
    begin: str | None
    until: str | None
    anchor: str | None


class QuoteFact(Span):
    idx: int
    text: str
    kind: str
    speaker_key: str | None
    speaker_text: str | None
    speaker: ActorRef | None
    cue: str | None
    channel: str | None


class EvidenceSpan(BaseModel):
    sent_start: int
    sent_end: int
    sentence: str | None = None


class MeetingReportFact(Span):
    """One article's statement of a meeting; ``start``/``end`` are the trigger's offsets."""

    article_id: str
    idx: int
    meeting_id: str
    trigger: str
    participants: list[ActorRef]
    parties: list[ActorRef]
    location: ActorRef | None
    date: str | None
    begin: str | None
    until: str | None
    status: str
    format: str | None
    mode: str | None
    evidence: dict[str, EvidenceSpan] = Field(description="per field, the supporting sentence")
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    sentence: str | None = None


class Document(DocumentMeta):
    """One article: its text and every fact extracted from it, as character offsets."""

    text: str
    source: str | None
    sentences: list[list[int]]
    publications: list[Publication]
    actors: list[ArticleActorFact]
    mentions: list[MentionFact]
    roles: list[RoleFact]
    timexes: list[TimexFact]
    quotes: list[QuoteFact]
    meetings: list[MeetingReportFact]


# -- meetings ------------------------------------------------------------------------------


class MeetingSummary(BaseModel):
    id: str
    canonical: bool = Field(description="a meeting of the resolve layer, not a lone report")
    label: str | None
    status: str | None
    date: str | None
    begin: str | None
    until: str | None
    location: ActorRef | None
    participants: list[ActorRef]
    parties: list[ActorRef]
    format: str | None
    mode: str | None
    reports: int
    outlets: list[str]
    first_reported: str | None
    disputed: list[str] = Field(description="fields on which the sources differ")


class ClaimSource(BaseModel):
    article_id: str
    idx: int
    outlet: str | None
    published: str | None


class Claim(BaseModel):
    value: str
    sources: list[ClaimSource]


class Disagreement(BaseModel):
    field: str
    values: list[Claim]


class MeetingDetail(MeetingSummary):
    sources: list[MeetingReportFact]
    disagreements: list[Disagreement]


# -- actors and quotes ---------------------------------------------------------------------


class ActorSummary(BaseModel):
    id: str
    name: str
    type: str | None
    aliases: list[str]
    role: str | None = Field(description="the canonical role, else the latest stated one")
    affiliation: str | None
    articles: int
    first_seen: str | None
    last_seen: str | None


class ActorRole(BaseModel):
    text: str
    affiliation: ActorRef | None
    article_id: str
    published: str | None
    outlet: str | None
    title: str | None
    start: int
    end: int
    sentence: str


class ActorQuote(BaseModel):
    article_id: str
    idx: int
    text: str
    kind: str
    cue: str | None
    channel: str | None
    start: int
    end: int
    published: str | None
    outlet: str | None
    title: str | None
    sentence: str


class Contact(ActorRef):
    meetings: int
    reports: int


class ActorDetail(ActorSummary):
    roles: list[ActorRole]
    quotes: list[ActorQuote]
    meetings: list[MeetingSummary]
    met: list[Contact] = Field(description="who took part in the same meetings")
    documents: list[DocumentSummary]


class Statement(BaseModel):
    id: str
    article_id: str
    idx: int
    start: int
    end: int
    text: str
    kind: str
    cue: str | None
    channel: str | None
    speaker: ActorRef | None
    speaker_text: str | None
    title: str | None
    published: str | None
    outlet: str | None
    sentence: str


# -- timeline and search -------------------------------------------------------------------


class TimelineEntry(BaseModel):
    kind: Literal["meeting", "statement"]
    id: str
    day: str
    begin: str
    until: str
    placed: Literal["date", "reported", "published"] = Field(
        description="on the meeting's own date, its first report's, or the article's date"
    )
    label: str | None
    status: str | None
    actors: list[str]
    location: str | None
    sources: int
    disputed: list[str]
    article_id: str | None
    text: str | None


class SearchHit(BaseModel):
    kind: Literal["article", "quote"]
    article_id: str
    idx: int | None
    title: str | None
    published: str | None
    outlet: str | None
    speaker: str | None
    snippet: str
    marks: list[list[int]] = Field(description="[start, end] of each match in the snippet")
    offset: int = Field(description="offset of the first match in the article text")


class Info(BaseModel):
    version: str
    schema_version: int
    writable: bool
    counts: dict[str, int]


# -- writing -------------------------------------------------------------------------------


class ArticleIn(BaseModel):
    """An article to ingest: its text, and what is known of where it appeared."""

    model_config = {"extra": "forbid"}

    text: str = Field(min_length=1, max_length=500_000)
    title: str | None = Field(default=None, max_length=1000)
    published: str | None = Field(default=None, pattern=DATE_PATTERN)
    outlet: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://\S+$")


class Ingested(BaseModel):
    id: str
    created: bool = Field(description="False when the store already held this text")
    document: str = Field(description="where to read the stored article")
