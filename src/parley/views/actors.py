"""Actors for the command line: the canonical list, and one actor found by any of its names.

The records come from :mod:`parley.views.actor_profiles` (shared with the API); this module
adds finding an actor by a name as a reader types it (``Umerov`` finds ``Rustem Umjerow``).
"""

from __future__ import annotations

from typing import Any

from parley.nlp.actors.names import name_key
from parley.store import Store
from parley.views import actor_profiles
from parley.views.common import Filters


def actors(store: Store, filters: Filters = Filters(), kind: str | None = None) -> list[dict]:
    """Canonical actors, most often named first: name, role, affiliation, aliases, articles,
    first and last seen."""
    return actor_profiles.actors(store, filters, kind)["items"]


def find(store: Store, name: str) -> str | None:
    """The id of the actor ``name`` means: an id, a name or an alias (any case), else the
    actor with the most articles whose name or alias is spelled alike."""
    rows = store.query("SELECT id, name, aliases, articles FROM actors ORDER BY articles DESC, id")
    wanted = name.casefold()
    for row in rows:
        if wanted in (row["id"].casefold(), row["name"].casefold()):
            return row["id"]
    for row in rows:
        if any(wanted == alias.casefold() for alias in row["aliases"] or []):
            return row["id"]
    key = " ".join(name_key(w) for w in name.split())
    for row in rows:
        forms = [row["name"], *(row["aliases"] or [])]
        if any(key in " ".join(name_key(w) for w in form.split()) for form in forms):
            return row["id"]
    return None


def profile(store: Store, name: str) -> dict[str, Any] | None:
    """One actor: roles over time, quotes, meetings, whom they met, and sources."""
    actor_id = find(store, name)
    return actor_profiles.actor(store, actor_id) if actor_id else None
