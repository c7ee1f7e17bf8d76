"""Who an in-article actor key stands for: its canonical actor, or its name in the article.

Before the resolve layer links an article's actors to canonical ones (``article_actors.
actor_id``), an actor is identified across articles by type and name (``PER:Marco Rubio``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from parley.store import Store

LIKE = "ILIKE ? ESCAPE '\\'"


def actor_id_sql(x: str = "x") -> str:
    """SQL for the actor id of an ``article_actors`` row aliased ``x``."""
    return f"coalesce({x}.actor_id, {x}.type || ':' || {x}.name)"


def actor_match_sql(x: str = "x") -> str:
    """SQL matching an ``article_actors`` row against an actor id or a name (two parameters)."""
    return f"({actor_id_sql(x)} = ? OR {x}.name {LIKE})"


def takes_part_sql(report: str = "m", x: str = "x", place: bool = True) -> str:
    """SQL: the ``article_actors`` row ``x`` takes part in (or hosts) the meeting report."""
    sql = (
        f"list_contains({report}.participants, {x}.key) OR list_contains({report}.parties, {x}.key)"
    )
    return f"({sql} OR {report}.location = {x}.key)" if place else f"({sql})"


def actor_names(store: Store, article_ids: Iterable[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """``(article_id, key) -> {"id", "name", "type"}`` for every actor of these articles."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    rows = store.query(
        f"""SELECT x.article_id, x.key, {actor_id_sql()} AS id,
                   coalesce(c.name, x.name) AS name, coalesce(c.type, x.type) AS type
            FROM article_actors x LEFT JOIN actors c ON c.id = x.actor_id
            WHERE list_contains(?, x.article_id)""",
        [ids],
    )
    return {(r["article_id"], r["key"]): r for r in rows}


def named(
    names: dict[tuple[str, str], dict[str, Any]], article_id: str, key: str | None
) -> dict[str, Any] | None:
    """The actor an article's key refers to; a key the article does not list keeps its text."""
    if key is None:
        return None
    found = names.get((article_id, key))
    if found:
        return {"id": found["id"], "name": found["name"], "type": found["type"]}
    kind, _, name = key.partition(":")
    return {"id": None, "name": name or kind, "type": kind if name else None}
