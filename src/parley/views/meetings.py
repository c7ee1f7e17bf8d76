"""Meetings as the articles report them, and the timeline in calendar order."""

from __future__ import annotations

from typing import Any

from parley.store import Store
from parley.views.common import Filters, sentence_sql, where


def meeting_reports(store: Store, filters: Filters = Filters()) -> list[dict[str, Any]]:
    """Every article's report of a meeting, in calendar order (undated last)."""
    clauses, params = filters.published()
    if filters.status:
        clauses.append("m.status = ?")
        params.append(filters.status)
    if filters.name:
        clauses.append(
            "(list_contains(m.participants, ?) OR list_contains(m.parties, ?) OR m.location = ?)"
        )
        params += [filters.name] * 3
    sql = f"""
        SELECT m.trigger, m.status, m.date, m."begin", m.until, m.location, m.participants,
               m.parties, m.format, m.mode, a.published, a.outlet, a.id AS article_id,
               {sentence_sql("m")} AS sentence
        FROM meeting_reports m JOIN articles a ON a.id = m.article_id
        {where(clauses)}
        ORDER BY coalesce(m."begin", try_cast(a.published AS DATE)) NULLS LAST, a.id, m.start
        {filters.page()}"""
    return store.query(sql, params)
