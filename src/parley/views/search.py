"""Full-text search over article texts and quotes: every word must occur (case-insensitive)."""

from __future__ import annotations

from typing import Any

from parley.store import Store
from parley.views.common import Filters, where
from parley.views.documents import article_filters
from parley.views.identity import LIKE
from parley.views.paging import empty, ilike, page
from parley.views.statements import FROM, statement_filters

KINDS = ("article", "quote")
CONTEXT = 90  # characters of text shown on either side of the first match


def terms(query: str) -> list[str]:
    """The words of a query; quotes around a phrase keep it together."""
    words, phrase = [], query.split('"')
    for i, part in enumerate(phrase):
        words += [part.strip()] if i % 2 else part.split()
    return [w for w in words if w]


def search(
    store: Store, query: str, filters: Filters = Filters(), kinds: tuple[str, ...] = KINDS
) -> dict[str, Any]:
    """A page of hits, newest first, each with a snippet and where in the article it is."""
    words = terms(query)
    parts, params = [], []
    if words and "article" in kinds:
        clauses, p = article_filters(filters)
        clauses += [f"(coalesce(a.title, '') || ' ' || a.text) {LIKE}" for _ in words]
        parts.append(
            f"""SELECT 'article' AS kind, a.id AS article_id, NULL::INTEGER AS idx,
                       0 AS start, a.title, a.published, a.outlet, NULL AS speaker
                FROM articles a {where(clauses)}"""
        )
        params += p + [ilike(w) for w in words]
    if words and "quote" in kinds:
        clauses, p = statement_filters(filters)
        clauses += [f"q.text {LIKE}" for _ in words]
        parts.append(
            f"""SELECT 'quote' AS kind, q.article_id, q.idx, q.start, a.title, a.published,
                       a.outlet, coalesce(c.name, s.name, q.speaker_text) AS speaker
                {FROM} {where(clauses)}"""
        )
        params += p + [ilike(w) for w in words]
    if not parts:
        return empty(filters)
    sql = (
        " UNION ALL ".join(parts)
        + " ORDER BY published DESC NULLS LAST, article_id, kind, idx NULLS FIRST"
    )
    return page(store, sql, params, filters, lambda rows: _with_snippets(store, rows, words))


def _with_snippets(store: Store, items: list[dict[str, Any]], words: list[str]) -> list:
    texts = _texts(store, items)
    for item in items:
        text = texts[(item["article_id"], item["idx"])]
        item.update(snippet(text, words, item.pop("start")))
    return items


def snippet(text: str, words: list[str], base: int = 0) -> dict[str, Any]:
    """The text around the first match, the matches in it, and the match's article offset."""
    low = text.lower()
    first = min((i for w in words if (i := low.find(w.lower())) >= 0), default=0)
    begin = max(0, first - CONTEXT)
    end = min(len(text), first + CONTEXT + max(len(w) for w in words))
    begin = text.rfind(" ", 0, begin) + 1 if begin else 0
    cut = text.find(" ", end)
    end = len(text) if cut < 0 else cut
    part = text[begin:end]
    marks = []
    for w in words:
        at = part.lower().find(w.lower())
        while at >= 0:
            marks.append([at, at + len(w)])
            at = part.lower().find(w.lower(), at + len(w))
    return {
        "snippet": ("…" if begin else "") + part + ("…" if end < len(text) else ""),
        "marks": sorted([s + (1 if begin else 0), e + (1 if begin else 0)] for s, e in marks),
        "offset": base + first,
    }


def _texts(store: Store, items: list[dict[str, Any]]) -> dict[tuple[str, int | None], str]:
    """The searched text of each hit: the whole article, or the quote."""
    ids = sorted({i["article_id"] for i in items})
    if not ids:
        return {}
    found = dict(
        ((article_id, None), text)
        for article_id, text in store.con.execute(
            "SELECT id, text FROM articles WHERE list_contains(?, id)", [ids]
        ).fetchall()
    )
    for article_id, idx, text in store.con.execute(
        "SELECT article_id, idx, text FROM quotes WHERE list_contains(?, article_id)", [ids]
    ).fetchall():
        found[(article_id, idx)] = text
    return found
