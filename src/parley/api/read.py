"""Read endpoints: documents, actors, meetings, quotes, timeline, search."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request

import parley
from parley.api.models import (
    DATE_PATTERN,
    ActorDetail,
    ActorSummary,
    Document,
    DocumentSummary,
    Info,
    MeetingDetail,
    MeetingSummary,
    Page,
    SearchHit,
    Statement,
    Status,
    TimelineEntry,
)
from parley.store import Store
from parley.views import actor_profiles, documents, meeting_sources, search, statements, timeline
from parley.views.common import Filters

router = APIRouter(
    prefix="/api",
    responses={503: {"description": "the store is being written by another process"}},
)
NOT_FOUND = {404: {"description": "no such id"}}


def list_filters(
    since: Annotated[
        str | None, Query(pattern=DATE_PATTERN, description="from this date on (YYYY[-MM[-DD]])")
    ] = None,
    until: Annotated[
        str | None, Query(pattern=DATE_PATTERN, description="up to this date (YYYY[-MM[-DD]])")
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=200, description="an actor id, or part of a name")
    ] = None,
    status: Annotated[Status | None, Query(description="meeting status")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="part of an outlet")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Filters:
    """The filters and pagination every list accepts."""
    return Filters(
        since=since,
        until=until,
        name=actor,
        status=status,
        outlet=outlet,
        limit=limit,
        offset=offset,
    )


ListFilters = Annotated[Filters, Depends(list_filters)]


def store(request: Request) -> Any:
    with request.app.state.access.open() as opened:
        yield opened


StoreDep = Annotated[Store, Depends(store)]


def _found(value: dict[str, Any] | None, what: str, key: str) -> dict[str, Any]:
    if value is None:
        raise HTTPException(404, f"no {what} with id {key!r}")
    return value


@router.get("/info", response_model=Info, tags=["store"])
def info(request: Request, db: StoreDep) -> dict[str, Any]:
    """What the store holds, and whether this server accepts articles."""
    return {
        "version": parley.__version__,
        "schema_version": db.schema_version,
        "writable": request.app.state.access.writable,
        "counts": db.counts(),
    }


@router.get("/documents", response_model=Page[DocumentSummary], tags=["documents"])
def list_documents(db: StoreDep, filters: ListFilters) -> dict[str, Any]:
    """Articles, newest first. ``actor``: articles naming it; ``status``: articles reporting
    a meeting with this status."""
    return documents.documents(db, filters)


@router.get(
    "/documents/{article_id}", response_model=Document, tags=["documents"], responses=NOT_FOUND
)
def get_document(article_id: str, db: StoreDep) -> dict[str, Any]:
    """One article's text, with every extracted fact as character offsets into it."""
    return _found(documents.document(db, article_id), "document", article_id)


@router.get("/actors", response_model=Page[ActorSummary], tags=["actors"])
def list_actors(
    db: StoreDep,
    filters: ListFilters,
    type: Annotated[Literal["PER", "ORG", "LOC", "OTH"] | None, Query()] = None,
) -> dict[str, Any]:
    """People, organisations and places, most often named first. ``actor`` matches id, name
    or alias; dates and outlet restrict the articles counted."""
    return actor_profiles.actors(db, filters, kind=type)


@router.get(
    "/actors/{actor_id:path}", response_model=ActorDetail, tags=["actors"], responses=NOT_FOUND
)
def get_actor(actor_id: str, db: StoreDep) -> dict[str, Any]:
    """One actor: aliases, roles over time, quotes, meetings and who they met, with sources."""
    return _found(actor_profiles.actor(db, actor_id), "actor", actor_id)


@router.get("/meetings", response_model=Page[MeetingSummary], tags=["meetings"])
def list_meetings(db: StoreDep, filters: ListFilters) -> dict[str, Any]:
    """Meetings in calendar order (by their date, else the day first reported)."""
    return meeting_sources.meetings(db, filters)


@router.get(
    "/meetings/{meeting_id:path}",
    response_model=MeetingDetail,
    tags=["meetings"],
    responses=NOT_FOUND,
)
def get_meeting(meeting_id: str, db: StoreDep) -> dict[str, Any]:
    """One meeting with every source sentence and the fields its sources disagree on."""
    return _found(meeting_sources.meeting(db, meeting_id), "meeting", meeting_id)


@router.get("/quotes", response_model=Page[Statement], tags=["quotes"])
def list_quotes(
    db: StoreDep,
    filters: ListFilters,
    kind: Annotated[Literal["direct", "indirect", "fragment"] | None, Query()] = None,
) -> dict[str, Any]:
    """Quotes, newest first; ``actor`` matches the speaker."""
    return statements.statements(db, filters, kind=kind)


@router.get("/timeline", response_model=Page[TimelineEntry], tags=["timeline"])
def get_timeline(
    db: StoreDep,
    filters: ListFilters,
    kind: Annotated[Literal["meeting", "statement"] | None, Query()] = None,
) -> dict[str, Any]:
    """Meetings and dated statements in calendar order (a status filter keeps meetings)."""
    return timeline.timeline(db, filters, kinds=(kind,) if kind else timeline.KINDS)


@router.get("/search", response_model=Page[SearchHit], tags=["search"])
def get_search(
    db: StoreDep,
    filters: ListFilters,
    q: Annotated[str, Query(min_length=1, max_length=500, description='words; "a phrase"')],
    kind: Annotated[Literal["article", "quote"] | None, Query()] = None,
) -> dict[str, Any]:
    """Articles and quotes containing every word of ``q`` (case-insensitive), newest first."""
    return search.search(db, q, filters, kinds=(kind,) if kind else search.KINDS)
