"""Pagination for list views: one page of rows and the total the filters match."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from parley.store import Store
from parley.views.common import Filters


def page(store: Store, sql: str, params: Sequence[Any], filters: Filters) -> dict[str, Any]:
    """``{"total", "limit", "offset", "items"}`` for an ordered SELECT."""
    total = store.con.execute(f"SELECT count(*) FROM ({sql})", list(params)).fetchone()[0]
    items = store.query(f"{sql} {filters.page()}", params)
    return {"total": total, "limit": filters.limit, "offset": filters.offset, "items": items}


def ilike(value: str) -> str:
    """A value for ``ILIKE`` that matches it anywhere, with ``%`` and ``_`` taken literally."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
