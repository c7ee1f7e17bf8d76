"""The timeline: meetings on their dates and dated statements, in calendar order.

A meeting stands on its own date when the store has one, else on the day it was first
reported (``placed: "reported"``); a statement stands on its article's publication date.
"""

from __future__ import annotations

from typing import Any

from parley.store import Store
from parley.views.common import Filters, where
from parley.views.meeting_sources import GROUPS, group_filters, meeting_records
from parley.views.paging import empty, page
from parley.views.statements import FROM, STATEMENT_ID, statement_filters, statements_by_id

KINDS = ("meeting", "statement")


def timeline(
    store: Store, filters: Filters = Filters(), kinds: tuple[str, ...] = KINDS
) -> dict[str, Any]:
    """A page of timeline entries in calendar order (undatable entries are left out)."""
    parts, params = [], []
    if "meeting" in kinds:
        clauses, p = group_filters(filters)
        parts.append(
            f"""SELECT 'meeting' AS kind, d.mid AS id, d.day
                FROM d {where([*clauses, "d.day IS NOT NULL"])}"""
        )
        params += p
    if "statement" in kinds and not filters.status:
        clauses, p = statement_filters(filters)
        parts.append(
            f"""SELECT 'statement' AS kind, {STATEMENT_ID} AS id, a.published AS day
                {FROM} {where([*clauses, "a.published IS NOT NULL"])}"""
        )
        params += p
    if not parts:
        return empty(filters)
    sql = f"{GROUPS} {' UNION ALL '.join(parts)} ORDER BY day, kind, id"
    return page(store, sql, params, filters, lambda rows: _entries(store, rows))


def _entries(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = {kind: [r["id"] for r in rows if r["kind"] == kind] for kind in KINDS}
    meetings = {m["id"]: m for m in meeting_records(store, ids["meeting"])}
    quotes = statements_by_id(store, ids["statement"])
    entries = []
    for row in rows:
        kind, entry_id, day = row["kind"], row["id"], row["day"]
        if kind == "meeting":
            m = meetings[entry_id]
            entries.append(
                {
                    "kind": kind,
                    "id": entry_id,
                    "day": day,
                    "begin": m["begin"] or day,
                    "until": m["until"] or m["begin"] or day,
                    "placed": "date" if m["begin"] else "reported",
                    "label": m["label"],
                    "status": m["status"],
                    "actors": [a["name"] for a in m["participants"] + m["parties"]],
                    "location": m["location"]["name"] if m["location"] else None,
                    "sources": m["reports"],
                    "disputed": m["disputed"],
                    "article_id": None,
                    "text": None,
                }
            )
        else:
            q = quotes[entry_id]
            entries.append(
                {
                    "kind": kind,
                    "id": entry_id,
                    "day": day,
                    "begin": day,
                    "until": day,
                    "placed": "published",
                    "label": (q["speaker"] or {}).get("name") or q["speaker_text"] or "",
                    "status": None,
                    "actors": [q["speaker"]["name"]] if q["speaker"] else [],
                    "location": None,
                    "sources": 1,
                    "disputed": [],
                    "article_id": q["article_id"],
                    "text": q["text"],
                }
            )
    return entries
