"""Who said what: quotes with their speaker, source and sentence."""

from __future__ import annotations

from typing import Any

from parley.store import Store
from parley.views.common import Filters, sentence_sql, where


def quotes(
    store: Store, filters: Filters = Filters(), kind: str | None = None
) -> list[dict[str, Any]]:
    """Quotes, newest article first, filtered by speaker name, date range, outlet and kind."""
    clauses, params = filters.published()
    if filters.name:
        clauses.append("(s.name ILIKE ? OR q.speaker_text ILIKE ?)")
        params += [f"%{filters.name}%"] * 2
    if kind:
        clauses.append("q.kind = ?")
        params.append(kind)
    sql = f"""
        SELECT coalesce(s.name, q.speaker_text) AS speaker, q.kind, q.text, q.cue, q.channel,
               a.published, a.outlet, a.id AS article_id, q.start, q."end",
               {sentence_sql("q")} AS sentence
        FROM quotes q JOIN articles a ON a.id = q.article_id
        LEFT JOIN article_actors s ON s.article_id = q.article_id AND s.key = q.speaker_key
        {where(clauses)}
        ORDER BY speaker NULLS LAST, a.published DESC NULLS LAST, a.id, q.start
        {filters.page()}"""
    return store.query(sql, params)
