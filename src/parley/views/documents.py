"""Articles: a filtered list, and one article's text with every fact as character offsets."""

from __future__ import annotations

import json
from typing import Any

from parley.store import Store
from parley.views.common import Filters, where
from parley.views.identity import actor_match_sql, actor_names, named
from parley.views.meeting_sources import REPORT_COLUMNS, named_report
from parley.views.paging import ilike, page

SUMMARY = """
    a.id, a.title, a.published, a.outlet, a.credits, a.url, length(a.text) AS chars,
    (SELECT count(*) FROM publications p WHERE p.article_id = a.id) AS publications,
    (SELECT count(*) FROM article_actors x WHERE x.article_id = a.id) AS actors,
    (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
    (SELECT count(*) FROM meeting_reports m WHERE m.article_id = a.id) AS meetings"""


def article_filters(filters: Filters) -> tuple[list[str], list[Any]]:
    """WHERE clauses on articles ``a``: date range, outlet, actor named, meeting status."""
    clauses, params = filters.published()
    if filters.name:
        clauses.append(
            "EXISTS (SELECT 1 FROM article_actors x WHERE x.article_id = a.id"
            f" AND {actor_match_sql()})"
        )
        params += [filters.name, ilike(filters.name)]
    if filters.status:
        clauses.append(
            "EXISTS (SELECT 1 FROM meeting_reports m WHERE m.article_id = a.id AND m.status = ?)"
        )
        params.append(filters.status)
    return clauses, params


def documents(store: Store, filters: Filters = Filters()) -> dict[str, Any]:
    """A page of articles, newest first, with how many facts each holds."""
    clauses, params = article_filters(filters)
    sql = f"""SELECT {SUMMARY} FROM articles a {where(clauses)}
              ORDER BY a.published DESC NULLS LAST, a.title, a.id"""
    return page(store, sql, params, filters)


def document_summaries(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """Summaries of these articles, newest first."""
    return store.query(
        f"""SELECT {SUMMARY} FROM articles a WHERE list_contains(?, a.id)
            ORDER BY a.published DESC NULLS LAST, a.id""",
        [ids],
    )


def document(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article: text, metadata, sources, and every fact with its offsets; None if unknown."""
    rows = store.query(
        f"SELECT {SUMMARY}, a.text, a.sentences, a.source FROM articles a WHERE a.id = ?",
        [article_id],
    )
    if not rows:
        return None
    doc = rows[0]
    doc["sentences"] = [list(s) for s in json.loads(doc["sentences"] or "[]")]
    names = actor_names(store, [article_id])
    doc["publications"] = store.query(
        "SELECT source, outlet, published, url FROM publications WHERE article_id = ?"
        " ORDER BY published NULLS LAST, source",
        [article_id],
    )
    doc["actors"] = [
        {**x, "actor_id": names[(article_id, x["key"])]["id"]}
        for x in store.query(
            "SELECT key, name, type, mentions, affiliation FROM article_actors"
            " WHERE article_id = ? ORDER BY key",
            [article_id],
        )
    ]
    doc["mentions"] = _facts(store, "mentions", article_id)
    doc["roles"] = _facts(store, "roles", article_id)
    doc["timexes"] = _facts(
        store,
        "timexes",
        article_id,
        'start, "end", text, value, CAST("begin" AS VARCHAR) AS "begin",'
        " CAST(until AS VARCHAR) AS until, anchor, sent_start, sent_end",
    )
    doc["quotes"] = [
        {**q, "speaker": named(names, article_id, q["speaker_key"])}
        for q in _facts(store, "quotes", article_id, "* EXCLUDE (article_id)", "idx")
    ]
    doc["meetings"] = [
        named_report(r, names)
        for r in _facts(store, "meeting_reports", article_id, REPORT_COLUMNS, "idx")
    ]
    return doc


def _facts(
    store: Store,
    table: str,
    article_id: str,
    columns: str = "* EXCLUDE (article_id)",
    order: str = 'start, "end"',
) -> list[dict[str, Any]]:
    return store.query(
        f"SELECT {columns} FROM {table} m WHERE article_id = ? ORDER BY {order}", [article_id]
    )
