"""Pagination for list views: one page of rows and the total the filters match."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from parley.store import Store
from parley.views.common import Filters

Rows = list[dict[str, Any]]


def page(
    store: Store,
    sql: str,
    params: Sequence[Any],
    filters: Filters,
    shape: Callable[[Rows], Rows] | None = None,
) -> dict[str, Any]:
    """``{"total", "limit", "offset", "items"}`` for an ordered SELECT; ``shape`` turns the
    page's rows into its items."""
    total = store.con.execute(f"SELECT count(*) FROM ({sql})", list(params)).fetchone()[0]
    rows = store.query(f"{sql} {filters.page()}", params)
    return {
        "total": total,
        "limit": filters.limit,
        "offset": filters.offset,
        "items": shape(rows) if shape else rows,
    }


def empty(filters: Filters) -> dict[str, Any]:
    """The page of a list nothing can match."""
    return {"total": 0, "limit": filters.limit, "offset": filters.offset, "items": []}


def ilike(value: str) -> str:
    """A value for ``ILIKE`` that matches it anywhere, with ``%`` and ``_`` taken literally."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
