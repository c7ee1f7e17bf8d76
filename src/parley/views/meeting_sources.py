"""Meetings with every source that reports them, and where those sources disagree.

A meeting is a canonical meeting of the resolve layer (``meetings`` and
``meeting_reports.meeting_id``); a report not (yet) linked to one stands as a meeting of its
own, with the id ``ARTICLE-IDX``. Nothing is merged or decided here: the view only shows
what the store holds, and lists the fields on which a meeting's sources differ.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from typing import Any

from parley.store import Store
from parley.views.common import Filters, sentence_sql, where
from parley.views.identity import LIKE, actor_match_sql, actor_names, named, takes_part_sql
from parley.views.paging import ilike, page

MEETING_ID = "coalesce(m.meeting_id, m.article_id || '-' || m.idx)"
REPORT_COLUMNS = f"""m.* EXCLUDE ("begin", until, meeting_id),
    CAST(m."begin" AS VARCHAR) AS "begin", CAST(m.until AS VARCHAR) AS until,
    {MEETING_ID} AS meeting_id"""
COMPARED = ("status", "date", "location", "participants", "parties", "format", "mode")

# One row per meeting: status and interval (the canonical ones, else the latest report's),
# the day it is placed on (its own date, else the first report's publication date), reports.
GROUPS = f"""
WITH r AS (
    SELECT {MEETING_ID} AS mid, m.*, a.published, a.outlet,
           coalesce(a.published, '') || a.id || lpad(CAST(m.idx AS VARCHAR), 6, '0') AS latest
    FROM meeting_reports m JOIN articles a ON a.id = m.article_id),
g AS (
    SELECT r.mid,
        coalesce(any_value(c.status), arg_max(r.status, r.latest)) AS status,
        coalesce(any_value(c."begin"),
                 arg_max(r."begin", r.latest) FILTER (WHERE r."begin" IS NOT NULL)) AS "begin",
        coalesce(any_value(c.until),
                 arg_max(r.until, r.latest) FILTER (WHERE r."begin" IS NOT NULL)) AS until,
        min(r.published) AS first_reported, count(*) AS reports
    FROM r LEFT JOIN meetings c ON c.id = r.mid GROUP BY r.mid),
d AS (
    SELECT g.*, coalesce(CAST(g."begin" AS VARCHAR), g.first_reported) AS day,
           g."begin" IS NOT NULL AS dated
    FROM g)
"""


def group_filters(filters: Filters) -> tuple[list[str], list[Any]]:
    """WHERE clauses on ``d`` (GROUPS): day range, status, outlet and actor of any report."""
    clauses, params = dataclasses.replace(filters, outlet=None).published("d.day")
    if filters.status:
        clauses.append("d.status = ?")
        params.append(filters.status)
    if filters.outlet:
        clauses.append(f"d.mid IN (SELECT mid FROM r WHERE r.outlet {LIKE})")
        params.append(ilike(filters.outlet))
    if filters.name:
        clauses.append(
            f"""(d.mid IN (SELECT r.mid FROM r JOIN article_actors x
                    ON x.article_id = r.article_id AND {takes_part_sql("r")}
                  WHERE {actor_match_sql()})
                OR d.mid IN (SELECT id FROM meetings
                  WHERE list_contains(participants, ?) OR list_contains(parties, ?)))"""
        )
        params += [filters.name, ilike(filters.name), filters.name, filters.name]
    return clauses, params


def meetings(store: Store, filters: Filters = Filters()) -> dict[str, Any]:
    """A page of meetings in calendar order, each with its sources counted."""
    clauses, params = group_filters(filters)
    sql = f"{GROUPS} SELECT d.mid FROM d {where(clauses)} ORDER BY d.day NULLS LAST, d.mid"
    return page(
        store, sql, params, filters, lambda rows: meeting_records(store, [r["mid"] for r in rows])
    )


def meeting(store: Store, meeting_id: str) -> dict[str, Any] | None:
    """One meeting with every source side by side and their disagreements; None if unknown."""
    found = meeting_records(store, [meeting_id], sources=True)
    return found[0] if found else None


def meeting_records(store: Store, ids: list[str], sources: bool = False) -> list[dict[str, Any]]:
    """These meetings, in the order given; with ``sources`` each report in full."""
    if not ids:
        return []
    reports = store.query(
        f"""SELECT {REPORT_COLUMNS}, a.title, a.published, a.outlet, a.url,
                   {sentence_sql("m")} AS sentence {", a.text" if sources else ""}
            FROM meeting_reports m JOIN articles a ON a.id = m.article_id
            WHERE list_contains(?, {MEETING_ID})
            ORDER BY a.published NULLS LAST, a.id, m.idx""",
        [ids],
    )
    canon = {
        row["id"]: row
        for row in store.query(
            """SELECT * EXCLUDE ("begin", until), CAST("begin" AS VARCHAR) AS "begin",
                      CAST(until AS VARCHAR) AS until FROM meetings WHERE list_contains(?, id)""",
            [ids],
        )
    }
    names = actor_names(store, (r["article_id"] for r in reports))
    actors = _canonical_actors(store, canon.values())
    by_meeting: dict[str, list[dict[str, Any]]] = {}
    for row in reports:
        by_meeting.setdefault(row["meeting_id"], []).append(named_report(row, names))
    return [
        _record(mid, by_meeting.get(mid, []), canon.get(mid), actors, sources)
        for mid in ids
        if mid in by_meeting or mid in canon
    ]


def named_report(row: dict[str, Any], names: dict) -> dict[str, Any]:
    """A meeting report with its actors named and its evidence (``{field: span}``) parsed."""
    article = row["article_id"]
    text = row.pop("text", None)
    evidence = json.loads(row["evidence"] or "{}")
    if text is not None:
        for span in evidence.values():
            span["sentence"] = text[span["sent_start"] : span["sent_end"]].strip()
    row["evidence"] = evidence
    row["participants"] = [named(names, article, k) for k in row["participants"] or []]
    row["parties"] = [named(names, article, k) for k in row["parties"] or []]
    row["location"] = named(names, article, row["location"])
    return row


def _record(
    mid: str,
    reports: list[dict[str, Any]],
    canon: dict[str, Any] | None,
    actors: dict[str, dict[str, Any]],
    sources: bool,
) -> dict[str, Any]:
    disagreements = _disagreements(reports)
    disputed = {d["field"] for d in disagreements} | set((canon or {}).get("disputed") or [])
    record = {
        "id": mid,
        "canonical": canon is not None,
        "reports": len(reports),
        "outlets": sorted({r["outlet"] for r in reports if r["outlet"]}),
        "first_reported": min((r["published"] for r in reports if r["published"]), default=None),
        "disputed": sorted(disputed),
        **(_from_canon(canon, actors, reports) if canon else _from_reports(reports)),
    }
    if sources:
        record["sources"] = reports
        record["disagreements"] = disagreements
    return record


def _from_canon(
    canon: dict[str, Any], actors: dict[str, dict[str, Any]], reports: list[dict[str, Any]]
) -> dict[str, Any]:
    """The canonical meeting; its actors are canonical ids, or names its reports use."""
    named_in_reports = {
        a["name"]: a
        for r in reports
        for a in [*r["participants"], *r["parties"], r["location"]]
        if a and a["id"]
    }

    def actor(value: str | None) -> dict[str, Any] | None:
        if value is None:
            return None
        found = actors.get(value) or named_in_reports.get(value)
        return found or {"id": None, "name": value, "type": None}

    return {
        "label": canon["label"],
        "status": canon["status"],
        "date": canon["date"],
        "begin": canon["begin"],
        "until": canon["until"],
        "location": actor(canon["location"]),
        "participants": [actor(p) for p in canon["participants"] or []],
        "parties": [actor(p) for p in canon["parties"] or []],
        "format": canon["format"],
        "mode": canon["mode"],
    }


def _from_reports(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """What the reports of a meeting without a canonical record say; status and date are
    the latest report's."""
    dated = next((r for r in reversed(reports) if r["begin"]), None) or {}
    location = _most_common(r["location"] for r in reports)
    sides = _union(r["parties"] for r in reports) or _union(r["participants"] for r in reports)
    label = " – ".join(a["name"] for a in sides) or reports[0]["trigger"]
    return {
        "label": f"{label} in {location['name']}" if location else label,
        "status": reports[-1]["status"],
        "date": next((r["date"] for r in reversed(reports) if r["date"]), None),
        "begin": dated.get("begin"),
        "until": dated.get("until"),
        "location": location,
        "participants": _union(r["participants"] for r in reports),
        "parties": _union(r["parties"] for r in reports),
        "format": _most_common(r["format"] for r in reports),
        "mode": _most_common(r["mode"] for r in reports),
    }


def _most_common(values) -> Any:
    counted = Counter(json.dumps(v, sort_keys=True) for v in values if v)
    return json.loads(counted.most_common(1)[0][0]) if counted else None


def _union(lists) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for actors in lists:
        for a in actors:
            seen.setdefault(a["id"] or a["name"], a)
    return list(seen.values())


def _claim(report: dict[str, Any], field: str) -> str | None:
    """What one report says about ``field``, as text; None when it says nothing."""
    value = report[field]
    if field in ("participants", "parties"):
        return ", ".join(sorted(a["name"] for a in value)) or None
    if field == "location":
        return value["name"] if value else None
    return value


def _disagreements(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fields on which the reports say different things, with who said what."""
    found = []
    for field in COMPARED:
        claims: dict[str, list[dict[str, Any]]] = {}
        for r in reports:
            value = _claim(r, field)
            if value is not None:
                claims.setdefault(value, []).append(
                    {k: r[k] for k in ("article_id", "idx", "outlet", "published")}
                )
        if len(claims) > 1:
            found.append(
                {"field": field, "values": [{"value": v, "sources": s} for v, s in claims.items()]}
            )
    return found


def _canonical_actors(store: Store, canon) -> dict[str, dict[str, Any]]:
    ids = sorted(
        {
            value
            for c in canon
            for value in [*(c["participants"] or []), *(c["parties"] or []), c["location"]]
            if value
        }
    )
    if not ids:
        return {}
    rows = store.query("SELECT id, name, type FROM actors WHERE list_contains(?, id)", [ids])
    return {r["id"]: r for r in rows}
