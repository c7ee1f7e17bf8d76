"""Pieces every view uses: filters and the sentence behind a fact."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def sentence_sql(table: str, article: str = "a") -> str:
    """SQL for the sentence a fact row of ``table`` stands in, from its article's text."""
    return (
        f"trim(substring({article}.text, {table}.sent_start + 1, "
        f"{table}.sent_end - {table}.sent_start))"
    )


@dataclass(frozen=True)
class Filters:
    """Filters every list view accepts. Dates are ISO strings (a prefix like ``2025-12`` works)."""

    since: str | None = None
    until: str | None = None
    name: str | None = None
    outlet: str | None = None
    status: str | None = None
    limit: int = 100
    offset: int = 0

    def published(self, column: str = "a.published") -> tuple[list[str], list[Any]]:
        """WHERE clauses and parameters for the publication date range and outlet."""
        where, params = [], []
        if self.since:
            where.append(f"{column} >= ?")
            params.append(self.since)
        if self.until:
            where.append(f"left({column}, {len(self.until)}) <= ?")
            params.append(self.until)
        if self.outlet:
            where.append("a.outlet ILIKE ?")
            params.append(f"%{self.outlet}%")
        return where, params

    def page(self) -> str:
        return f"LIMIT {int(self.limit)} OFFSET {int(self.offset)}"


def where(clauses: list[str]) -> str:
    return ("WHERE " + " AND ".join(clauses)) if clauses else ""
