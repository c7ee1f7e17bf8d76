"""Canonical actors across articles, from every article's actors and roles.

Persons are matched by name through spelling and transliteration variants (``Umjerow`` /
``Umerow``, ``Dmitrijew`` / ``Dmitriev``, ``Steve`` / ``Steven Witkoff``), with affiliation
as evidence against a merge: two people with similar names who act for different states stay
apart, and a cluster only grows when every full name in it stays compatible with every other
(``Joe Biden`` and ``Hunter Biden`` never meet through a bare ``Biden``). Candidates are
compared only within blocks of the same surname start, so the work grows about linearly.

Everything is decided by the set of sightings alone — sorted, never in arrival order — so
ingesting articles in any order gives the same actors; the whole record is rebuilt from the
stored facts at each resolve, which also makes re-ingesting and adding articles incremental
in effect.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from parley.nlp.actors.names import (
    compatible_first_names,
    name_key,
    plain_key,
    similar_surnames,
    split_name,
)


@dataclass(frozen=True, slots=True)
class RoleSeen:
    """A role one article gives a person, with the article's date."""

    article_id: str
    text: str
    affiliation: str | None  # a name (country, organisation)
    published: str | None


@dataclass(slots=True)
class Sighting:
    """One article's actor (``article_actors`` row) with its roles."""

    article_id: str
    key: str
    name: str
    type: str
    mentions: list[str]
    affiliation: str | None  # a name
    published: str | None
    roles: list[RoleSeen] = field(default_factory=list)

    @property
    def ref(self) -> tuple[str, str]:
        return self.article_id, self.key


@dataclass(slots=True)
class CanonicalActor:
    id: str
    name: str
    type: str
    aliases: list[str]
    affiliation: str | None
    role: str | None  # the most recently stated role
    articles: int
    first_seen: str | None
    last_seen: str | None
    members: list[tuple[str, str]]  # (article_id, key) of every sighting
    roles: list[RoleSeen]


def resolve_actors(sightings: Iterable[Sighting]) -> list[CanonicalActor]:
    """Cluster sightings into canonical actors; the result depends only on the set."""
    items = sorted(sightings, key=lambda s: (s.type, s.name, s.article_id, s.key))
    people = [s for s in items if s.type == "PER"]
    clusters = _cluster_persons(people)
    groups: dict[tuple[str, str], list[Sighting]] = defaultdict(list)
    for s in items:
        if s.type != "PER":
            groups[(s.type, plain_key(s.name))].append(s)
    clusters += list(groups.values())
    actors = [_canonical(c) for c in clusters]
    _unique_ids(actors)
    return sorted(actors, key=lambda a: a.id)


# -- persons ----------------------------------------------------------------------------


@dataclass
class _Person:
    """A unit of sightings compared as one: all sightings of one full name, or of one bare
    surname with one affiliation."""

    name: str
    first: str | None
    surname: str
    key: str
    affiliations: set[str]  # what the roles state, the most stated
    context: set[str]  # what the articles' context suggests, the most suggested
    sightings: list[Sighting]


def _units(people: list[Sighting]) -> list[_Person]:
    """Group sightings that must be one person before comparing: the same full name is one
    person; a bare surname is kept apart per affiliation (``Biden`` may be either Biden)."""
    groups: dict[str, list[Sighting]] = defaultdict(list)
    for s in people:
        first, _ = split_name(s.name)
        own = "|".join(sorted(_stated([s])))
        groups[s.name.casefold() if first else f"{s.name.casefold()}#{own}"].append(s)
    units = []
    for _, members in sorted(groups.items()):
        first, surname = split_name(members[0].name)
        units.append(
            _Person(
                members[0].name,
                first,
                surname,
                name_key(surname),
                _most(_stated(members)),
                _most(Counter(s.affiliation for s in members if s.affiliation)),
                members,
            )
        )
    return units


def _stated(members: list[Sighting]) -> Counter[str]:
    """Affiliations the members' roles state (``US-Außenminister`` → USA), counted."""
    return Counter(r.affiliation for s in members for r in s.roles if r.affiliation)


def _most(votes: Counter[str]) -> set[str]:
    top = max(votes.values(), default=0)
    return {a for a, v in votes.items() if v == top}


def _compatible(a: _Person, b: _Person) -> bool:
    """May two units be one person? Names must agree, and affiliations their roles state
    must share a state or organisation (context alone is too weak to keep people apart)."""
    if not similar_surnames(a.surname, b.surname):
        return False
    if not compatible_first_names(a.first, b.first):
        return False
    return not (a.affiliations and b.affiliations) or bool(a.affiliations & b.affiliations)


def _cluster_persons(people: list[Sighting]) -> list[list[Sighting]]:
    """Full names first (complete linkage within surname blocks), then bare surnames join
    the one cluster they fit — by name, else by affiliation — or group among themselves."""
    units = _units(people)
    full = [u for u in units if u.first]
    clusters = _link(full)
    index: dict[str, list[list[_Person]]] = defaultdict(list)
    for c in clusters:
        for block in {u.key[:2] for u in c}:
            index[block].append(c)
    leftover = []
    for u in (u for u in units if not u.first):
        fits = [c for c in index[u.key[:2]] if all(_compatible(u, o) for o in c)]
        if len(fits) > 1:
            mine = u.affiliations | u.context
            fits = [c for c in fits if mine & {a for o in c for a in o.affiliations | o.context}]
        if len(fits) == 1:
            fits[0].append(u)
        else:
            leftover.append(u)
    clusters += _link(leftover)
    return [[s for u in c for s in u.sightings] for c in clusters]


def _link(units: list[_Person]) -> list[list[_Person]]:
    """Agglomerate within surname blocks, strongest pairs first, keeping every cluster
    pairwise compatible (complete linkage)."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        blocks[u.key[:2]].append(i)
    pairs = []
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if _compatible(units[i], units[j]):
                    pairs.append((units[i].key != units[j].key, i, j))
    cluster = {i: [i] for i in range(len(units))}
    root = list(range(len(units)))
    for _, i, j in sorted(pairs):
        ri, rj = root[i], root[j]
        if ri == rj or not all(
            _compatible(units[k], units[m]) for k in cluster[ri] for m in cluster[rj]
        ):
            continue
        keep, gone = min(ri, rj), max(ri, rj)
        for k in cluster[gone]:
            root[k] = keep
        cluster[keep] += cluster.pop(gone)
    return [[units[i] for i in c] for c in cluster.values()]


# -- canonical records --------------------------------------------------------------------


def _canonical(members: list[Sighting]) -> CanonicalActor:
    first = members[0]
    names = Counter(s.name for s in members)
    full = [n for n in names if len(n.split()) > 1] if first.type == "PER" else list(names)
    name = max(full or list(names), key=lambda n: (names[n], len(n), n))
    aliases = sorted({form for s in members for form in [s.name, *s.mentions]})
    roles = sorted(
        {r for s in members for r in s.roles},
        key=lambda r: (r.published or "", r.article_id, r.text),
    )
    stated = _stated(members)
    context = Counter(s.affiliation for s in members if s.affiliation)
    votes = stated or context
    affiliation = max(votes, key=lambda a: (votes[a], context[a], a)) if votes else None
    dates = sorted(s.published for s in members if s.published)
    return CanonicalActor(
        id=f"{first.type}:{name}",
        name=name,
        type=first.type,
        aliases=aliases,
        affiliation=affiliation,
        role=_current_role(roles),
        articles=len({s.article_id for s in members}),
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
        members=sorted(s.ref for s in members),
        roles=roles,
    )


def _current_role(roles: list[RoleSeen]) -> str | None:
    """The role of the latest dated article; among its roles the most often stated."""
    if not roles:
        return None
    latest = max(r.published or "" for r in roles)
    counts = Counter(r.text for r in roles)
    candidates = [r.text for r in roles if (r.published or "") == latest]
    return max(candidates, key=lambda t: (counts[t], len(t), t))


def _unique_ids(actors: list[CanonicalActor]) -> None:
    """Two actors with one name (two Joe Bidens) get ``#2``, in an order fixed by content."""
    seen: Counter[str] = Counter()
    for actor in sorted(actors, key=lambda a: (a.id, a.members)):
        seen[actor.id] += 1
        if seen[actor.id] > 1:
            actor.id = f"{actor.id}#{seen[actor.id]}"


def sightings_from_rows(actor_rows: Iterable[dict], role_rows: Iterable[dict]) -> list[Sighting]:
    """Sightings from the store's ``actor_sighting_rows`` and ``actor_role_rows`` (each read
    once, the roles first)."""
    shared: dict[str, str] = {}

    def one(value: str | None) -> str | None:
        """One string object for equal strings (names, dates and ids recur in many rows)."""
        return None if value is None else shared.setdefault(value, value)

    roles: dict[tuple[str, str], list[RoleSeen]] = defaultdict(list)
    for r in role_rows:
        roles[(r["article_id"], r["actor_key"])].append(
            RoleSeen(
                one(r["article_id"]), one(r["text"]), one(r["affiliation"]), one(r["published"])
            )
        )
    return [
        Sighting(
            one(r["article_id"]),
            one(r["key"]),
            one(r["name"]),
            one(r["type"]),
            [one(m) for m in r["mentions"] or []],
            one(r["affiliation"]),
            one(r["published"]),
            roles.get((r["article_id"], r["key"]), []),
        )
        for r in actor_rows
    ]
