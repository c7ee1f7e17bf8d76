"""Meetings and the timeline as people read them: each canonical meeting with its sources,
what each source said, where they disagree, and how its status moved over time.

Built on :mod:`parley.views.meeting_sources` (one record per meeting with its reports) and
:mod:`parley.views.timeline` (meetings and dated statements in calendar order).
"""

from __future__ import annotations

from typing import Any

from parley.store import Store
from parley.views.common import Filters
from parley.views.meeting_sources import meeting_records
from parley.views.meeting_sources import meetings as meeting_page
from parley.views.timeline import KINDS
from parley.views.timeline import timeline as timeline_page


def meetings(store: Store, filters: Filters = Filters()) -> list[dict[str, Any]]:
    """Meetings in calendar order, each with its sources, disagreements and status history."""
    ids = [m["id"] for m in meeting_page(store, filters)["items"]]
    return _full(store, ids)


def timeline(
    store: Store, filters: Filters = Filters(), statements: bool = True
) -> list[dict[str, Any]]:
    """Timeline entries in calendar order; meeting entries carry their full ``meeting``."""
    kinds = KINDS if statements else ("meeting",)
    entries = timeline_page(store, filters, kinds)["items"]
    records = {
        m["id"]: m for m in _full(store, [e["id"] for e in entries if e["kind"] == "meeting"])
    }
    for entry in entries:
        entry["meeting"] = records.get(entry["id"]) if entry["kind"] == "meeting" else None
    return entries


def _full(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """Meeting records with their sources, ``history`` (the status each source gave, in
    publication order) and ``contested``: the fields the resolver found contradictory."""
    contested = {
        r["id"]: r["disputed"] or []
        for r in store.query("SELECT id, disputed FROM meetings WHERE list_contains(?, id)", [ids])
    }
    records = meeting_records(store, ids, sources=True)
    for record in records:
        record["contested"] = contested.get(record["id"], [])
        record["history"] = [
            {k: s[k] for k in ("published", "outlet", "title", "status", "article_id")}
            for s in record.get("sources", [])
        ]
    return records


def who(record: dict[str, Any]) -> list[str]:
    """Names of the parties, then the participants, of a meeting record."""
    return [a["name"] for a in record["parties"]] + [a["name"] for a in record["participants"]]


def when(record: dict[str, Any]) -> str:
    """The meeting's date as written, else ``reported <day>``, else ``undated``."""
    if record.get("date"):
        return record["date"]
    first = record.get("first_reported")
    return f"reported {first}" if first else "undated"


def claims(record: dict[str, Any]) -> list[str]:
    """One line per disputed field: each value with the sources that give it."""
    lines = []
    full = {s["article_id"]: s for s in record.get("sources", [])}
    for d in record.get("disagreements", []):
        if d["field"] not in record.get("contested", []):
            continue
        said = "; ".join(_claim(v, full) for v in d["values"])
        lines.append(f"{d['field']}: {said}")
    return lines


def _claim(value: dict[str, Any], full: dict[str, dict[str, Any]]) -> str:
    sources = ", ".join(_source(full.get(x["article_id"], x)) for x in value["sources"])
    return f"{value['value']} ({sources})"


def source_name(s: dict[str, Any]) -> str:
    """An outlet, else the start of the title, else the article id: who said it."""
    return s.get("outlet") or (s.get("title") or "")[:40] or str(s.get("article_id", ""))[:8]


def _source(s: dict[str, Any]) -> str:
    return f"{source_name(s)} {s.get('published') or 'undated'}"
