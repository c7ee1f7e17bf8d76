"""Actors as the articles name them."""

from __future__ import annotations

from typing import Any

from parley.store import Store
from parley.views.common import Filters, where


def actors(store: Store, filters: Filters = Filters()) -> list[dict[str, Any]]:
    """People, organisations and places by name, with how many articles name them."""
    clauses, params = filters.published()
    if filters.name:
        clauses.append("x.name ILIKE ?")
        params.append(f"%{filters.name}%")
    sql = f"""
        SELECT x.name, x.type, count(DISTINCT x.article_id) AS articles,
               min(a.published) AS first_seen, max(a.published) AS last_seen
        FROM article_actors x JOIN articles a ON a.id = x.article_id
        {where(clauses)}
        GROUP BY x.name, x.type ORDER BY articles DESC, x.name
        {filters.page()}"""
    return store.query(sql, params)
