"""Actors across articles: a filtered list, and one actor's roles, quotes, meetings, contacts.

An actor is a canonical actor of the resolve layer where articles are linked to one, else
the articles' actors of the same type and name (see ``parley.views.identity``).
"""

from __future__ import annotations

from typing import Any

from parley.store import Store
from parley.views.common import Filters, sentence_sql, where
from parley.views.documents import document_summaries
from parley.views.identity import LIKE, actor_id_sql, actor_names, named, takes_part_sql
from parley.views.meeting_sources import MEETING_ID, meeting_records
from parley.views.paging import ilike, page


def actors(store: Store, filters: Filters = Filters(), kind: str | None = None) -> dict[str, Any]:
    """A page of actors, most often named first, with aliases and latest role.

    Dates and outlet restrict the articles counted; ``status`` keeps actors taking part in a
    meeting reported with that status; ``name`` matches the id, a name or an alias.
    """
    clauses, params = filters.published()
    if kind:
        clauses.append("x.type = ?")
        params.append(kind)
    if filters.status:
        clauses.append(
            "EXISTS (SELECT 1 FROM meeting_reports m WHERE m.article_id = x.article_id"
            f" AND m.status = ? AND {takes_part_sql(place=False)})"
        )
        params.append(filters.status)
    having, having_params = [], []
    if filters.name:
        having.append(
            f"""(x.aid = ? OR any_value(c.name) {LIKE} OR bool_or(x.name {LIKE})
                 OR bool_or(len(list_filter(x.mentions, lambda s: s {LIKE})) > 0))"""
        )
        having_params = [filters.name, *[ilike(filters.name)] * 3]
    sql = f"""
        WITH x AS (SELECT *, {actor_id_sql("article_actors")} AS aid FROM article_actors)
        SELECT x.aid AS id, coalesce(any_value(c.name), mode(x.name)) AS name,
               coalesce(any_value(c.type), mode(x.type)) AS type,
               coalesce(any_value(c.aliases),
                        list_sort(list_distinct(flatten(list(x.mentions))))) AS aliases,
               any_value(c.role) AS role, any_value(c.affiliation) AS affiliation,
               count(DISTINCT x.article_id) AS articles,
               min(a.published) AS first_seen, max(a.published) AS last_seen
        FROM x JOIN articles a ON a.id = x.article_id LEFT JOIN actors c ON c.id = x.aid
        {where(clauses)}
        GROUP BY x.aid {"HAVING " + " AND ".join(having) if having else ""}
        ORDER BY articles DESC, name, id"""
    result = page(store, sql, params + having_params, filters)
    roles = _latest_roles(store, [a["id"] for a in result["items"] if not a["role"]])
    for item in result["items"]:
        item["role"] = item["role"] or roles.get(item["id"])
    return result


def actor(store: Store, actor_id: str) -> dict[str, Any] | None:
    """Everything the store knows of one actor; None if no article names it."""
    listed = actors(store, Filters(name=actor_id, limit=1000))["items"]
    head = next((a for a in listed if a["id"] == actor_id), None)
    if head is None:
        return None
    match = f"{actor_id_sql()} = ?"
    head["roles"] = store.query(
        f"""SELECT r.text, r.affiliation AS affiliation_key, r.article_id, a.published,
                   a.outlet, a.title, r.start, r."end", {sentence_sql("r")} AS sentence
            FROM roles r JOIN article_actors x
                 ON x.article_id = r.article_id AND x.key = r.actor_key
            JOIN articles a ON a.id = r.article_id
            WHERE {match} ORDER BY a.published NULLS LAST, a.id, r.start""",
        [actor_id],
    )
    names = actor_names(store, {r["article_id"] for r in head["roles"]})
    for role in head["roles"]:
        key = role.pop("affiliation_key")
        role["affiliation"] = named(names, role["article_id"], key)
    head["quotes"] = store.query(
        f"""SELECT q.article_id, q.idx, q.text, q.kind, q.cue, q.channel, q.start, q."end",
                   a.published, a.outlet, a.title, {sentence_sql("q")} AS sentence
            FROM quotes q JOIN article_actors x
                 ON x.article_id = q.article_id AND x.key = q.speaker_key
            JOIN articles a ON a.id = q.article_id
            WHERE {match} ORDER BY a.published NULLS LAST, a.id, q.start""",
        [actor_id],
    )
    meeting_ids = [
        row[0]
        for row in store.con.execute(
            f"""SELECT DISTINCT {MEETING_ID} FROM meeting_reports m JOIN article_actors x
                    ON x.article_id = m.article_id AND {takes_part_sql()}
                WHERE {match}
                UNION SELECT id FROM meetings
                WHERE list_contains(participants, ?) OR list_contains(parties, ?)""",
            [actor_id, actor_id, actor_id],
        ).fetchall()
    ]
    head["meetings"] = sorted(
        meeting_records(store, meeting_ids),
        key=lambda m: (m["begin"] or m["first_reported"] or "9999", m["id"]),
    )
    head["met"] = _met(head["meetings"], head)
    article_ids = [
        row[0]
        for row in store.con.execute(
            f"SELECT DISTINCT x.article_id FROM article_actors x WHERE {match}", [actor_id]
        ).fetchall()
    ]
    head["documents"] = document_summaries(store, article_ids)
    return head


def _met(meetings: list[dict[str, Any]], actor: dict[str, Any]) -> list[dict[str, Any]]:
    """Who took part in this actor's meetings, by number of meetings and reports."""
    seen: dict[str, dict[str, Any]] = {}
    for m in meetings:
        for other in {a["name"]: a for a in m["participants"] + m["parties"]}.values():
            if other["id"] == actor["id"] or other["name"] == actor["name"]:
                continue
            entry = seen.setdefault(other["name"], {**other, "meetings": 0, "reports": 0})
            entry["meetings"] += 1
            entry["reports"] += m["reports"]
    return sorted(seen.values(), key=lambda e: (-e["meetings"], -e["reports"], e["name"]))


def _latest_roles(store: Store, ids: list[str]) -> dict[str, str]:
    """The most recently stated role of each of these actors."""
    if not ids:
        return {}
    rows = store.con.execute(
        f"""SELECT {actor_id_sql()} AS aid, arg_max(r.text, coalesce(a.published, ''))
            FROM roles r JOIN article_actors x
                 ON x.article_id = r.article_id AND x.key = r.actor_key
            JOIN articles a ON a.id = r.article_id
            WHERE list_contains(?, {actor_id_sql()}) GROUP BY aid""",
        [ids],
    ).fetchall()
    return dict(rows)
