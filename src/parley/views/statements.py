"""Quotes as statements: who said what, when and where, in pages."""

from __future__ import annotations

from typing import Any

from parley.store import Store
from parley.views.common import Filters, sentence_sql, where
from parley.views.identity import LIKE, actor_id_sql
from parley.views.paging import ilike, page

STATEMENT_ID = "q.article_id || '-' || q.idx"
FROM = """FROM quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN article_actors s ON s.article_id = q.article_id AND s.key = q.speaker_key
    LEFT JOIN actors c ON c.id = s.actor_id"""
SELECT = f"""
    SELECT {STATEMENT_ID} AS id, q.article_id, q.idx, q.start, q."end", q.text, q.kind, q.cue,
           q.channel,
           CASE WHEN s.key IS NULL THEN NULL ELSE {{
               'id': {actor_id_sql("s")}, 'name': coalesce(c.name, s.name),
               'type': coalesce(c.type, s.type)}} END AS speaker,
           q.speaker_text, a.title, a.published, a.outlet, {sentence_sql("q")} AS sentence
    {FROM}"""


def statement_filters(filters: Filters) -> tuple[list[str], list[Any]]:
    """WHERE clauses on quotes ``q``: dates, outlet, speaker (actor id or name), and
    ``status``: from articles reporting a meeting with that status."""
    clauses, params = filters.published()
    if filters.name:
        clauses.append(f"({actor_id_sql('s')} = ? OR s.name {LIKE} OR q.speaker_text {LIKE})")
        params += [filters.name, ilike(filters.name), ilike(filters.name)]
    if filters.status:
        clauses.append(
            "EXISTS (SELECT 1 FROM meeting_reports m WHERE m.article_id = q.article_id"
            " AND m.status = ?)"
        )
        params.append(filters.status)
    return clauses, params


def statements(
    store: Store, filters: Filters = Filters(), kind: str | None = None
) -> dict[str, Any]:
    """A page of quotes, newest first (filters as ``statement_filters``)."""
    clauses, params = statement_filters(filters)
    if kind:
        clauses.append("q.kind = ?")
        params.append(kind)
    sql = f"{SELECT} {where(clauses)} ORDER BY a.published DESC NULLS LAST, a.id, q.start"
    return page(store, sql, params, filters)


def statements_by_id(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """These quotes (``ARTICLE-IDX``) by id."""
    if not ids:
        return {}
    rows = store.query(f"{SELECT} WHERE list_contains(?, {STATEMENT_ID})", [ids])
    return {r["id"]: r for r in rows}
