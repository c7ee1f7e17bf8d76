"""Reports of the same meeting across articles become one canonical meeting.

Pure functions over fact records: :func:`resolve_meetings` takes every article's meeting
reports (as the store hands them out, with the article's actors) and returns canonical
meetings, each keeping every report. Sources that disagree (status, date, place, who took
part) stay visible: the meeting lists the disputed fields, and its ``history`` keeps each
report's status in publication order, so a later report moves a meeting from planned to
held without losing what was said before.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from parley.nlp.meetings.lexicon import lexicon

STAGE = {"proposed": 0, "planned": 1, "ruled_out": 2, "cancelled": 2, "held": 3}
# Status changes that are a meeting's history, not a contradiction between sources.
PROGRESS = {("proposed", "planned"), ("proposed", "held"), ("planned", "held")}
PROGRESS |= {("planned", "cancelled"), ("proposed", "ruled_out")}
SPECIFIC_DAYS = 7  # a date interval this short pins a meeting down
SLACK_DAYS = 1  # dates of one meeting may differ by this much between reports
WIDENED = {"bilateral": "trilateral", "trilateral": "bilateral"}


@dataclass(frozen=True)
class Side:
    """An actor as meetings are matched across articles."""

    ident: str  # canonical actor id, else type and name (persons: type and surname)
    value: str  # what the canonical meeting stores: the canonical id, else the name
    name: str
    type: str
    affiliation: str | None = None  # ident of the person's country or organisation


@dataclass
class Report:
    """One article's report of a meeting, its actors resolved to :class:`Side`."""

    article_id: str
    idx: int
    published: str | None
    outlet: str | None
    status: str
    participants: list[Side] = field(default_factory=list)
    parties: list[Side] = field(default_factory=list)
    location: Side | None = None
    date: str | None = None
    begin: str | None = None
    until: str | None = None
    format: str | None = None
    mode: str | None = None

    @cached_property
    def sides(self) -> set[str]:
        """Countries and organisations: the parties and the persons' affiliations."""
        found = {p.ident for p in self.parties}
        return found | {p.affiliation for p in self.participants if p.affiliation}

    @cached_property
    def persons(self) -> set[str]:
        return {p.ident for p in self.participants}

    @cached_property
    def span(self) -> tuple[date, date] | None:
        """The first and last day, if the report is dated."""
        if not self.begin:
            return None
        return date.fromisoformat(self.begin), date.fromisoformat(self.until or self.begin)

    @cached_property
    def specific(self) -> bool:
        return bool(self.span) and (self.span[1] - self.span[0]).days <= SPECIFIC_DAYS


@dataclass
class Meeting:
    """A canonical meeting with every report behind it."""

    id: str
    label: str
    status: str
    date: str | None
    begin: str | None
    until: str | None
    location: str | None
    participants: list[str]
    parties: list[str]
    format: str | None
    mode: str | None
    reports: list[tuple[str, int]]  # (article_id, idx)
    disputed: list[str]
    history: list[tuple[str | None, str, str]]  # (published, status, article_id)


# -- from store rows ------------------------------------------------------------------


def side_for(actor: dict[str, Any], actors: dict[tuple[str, str], dict[str, Any]]) -> Side:
    """A :class:`Side` for an ``article_actors`` row (``actors`` finds its affiliation)."""
    if actor.get("actor_id"):
        ident = value = actor["actor_id"]
    else:
        value = actor["name"]
        base = actor["name"].split()[-1] if actor["type"] == "PER" else actor["name"]
        ident = f"{actor['type']}:{base.casefold()}"
    affiliation = None
    if aff := actor.get("affiliation"):
        other = actors.get((actor["article_id"], aff))
        affiliation = side_for(other, {}).ident if other else f"NAME:{aff.casefold()}"
    return Side(ident, value, actor["name"], actor["type"], affiliation)


def reports_from_rows(rows: list[dict[str, Any]], actor_rows: list[dict[str, Any]]) -> list[Report]:
    """Reports from ``meeting_reports`` rows (with ``published``/``outlet``) and the
    ``article_actors`` rows of their articles."""
    actors = {(a["article_id"], a["key"]): a for a in actor_rows}

    def side(article: str, key: str | None) -> Side | None:
        if key is None:
            return None
        actor = actors.get((article, key))
        if actor is None:  # a name the extractor gave without an actor (a country by demonym)
            return Side(f"NAME:{key.casefold()}", key, key, "LOC")
        return side_for(actor, actors)

    out = []
    for r in rows:
        a = r["article_id"]
        out.append(
            Report(
                article_id=a,
                idx=r["idx"],
                published=r.get("published"),
                outlet=r.get("outlet"),
                status=r["status"],
                participants=[side(a, k) for k in r["participants"] or []],
                parties=[side(a, k) for k in r["parties"] or []],
                location=side(a, r["location"]),
                date=r["date"],
                begin=_iso(r["begin"]),
                until=_iso(r["until"]),
                format=r["format"],
                mode=r["mode"],
            )
        )
    return out


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)[:10]


# -- matching ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Link:
    """What links a report to another (:func:`_linked`); a meeting keeps each distinct one."""

    sides: frozenset[str]
    persons: frozenset[str]
    place: Side | None
    pinned: tuple[date, date] | None  # the days of a specific report


def _link_of(r: Report) -> _Link:
    return _Link(
        frozenset(r.sides), frozenset(r.persons), r.location, r.span if r.specific else None
    )


def _same_place(a: Side, b: Side) -> bool:
    """The same place, or one that holds the other (``Türkei`` and ``Antalya``)."""
    holders = lexicon().places  # Miami -> (Florida, USA), from meeting_places.tsv
    return (
        a.ident == b.ident or a.name in holders.get(b.name, ()) or b.name in holders.get(a.name, ())
    )


@dataclass
class _Group:
    """A meeting being matched: its reports and, kept up to date as reports join, what
    matching asks of all of them (so a comparison costs the same for 2 or 2,000 reports)."""

    reports: list[Report] = field(default_factory=list)
    sides: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    places: dict[str, Side] = field(default_factory=dict)  # by ident
    statuses: set[str] = field(default_factory=set)
    formats: set[str] = field(default_factory=set)
    modes: set[str] = field(default_factory=set)
    latest_begin: date | None = None  # of the dated reports
    earliest_until: date | None = None
    links: set[_Link] = field(default_factory=set)

    def add(self, r: Report) -> None:
        self.reports.append(r)
        self.sides |= r.sides
        self.persons |= r.persons
        self.statuses.add(r.status)
        self.links.add(_link_of(r))
        if r.location:
            self.places[r.location.ident] = r.location
        if r.format:
            self.formats.add(r.format)
        if r.mode:
            self.modes.add(r.mode)
        if r.span:
            begin, until = r.span
            self.latest_begin = max(begin, self.latest_begin or begin)
            self.earliest_until = min(until, self.earliest_until or until)


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """The date intervals meet, give or take a day (a report of "today" printed tomorrow)."""
    slack = timedelta(days=SLACK_DAYS)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def _pinned_together(g: _Group, r: Report) -> bool:
    """Both name a short date interval and the intervals meet."""
    return r.specific and any(x.pinned and _overlap(x.pinned, r.span) for x in g.links)


def _nested(a: set[str], b: set[str]) -> bool:
    return not a or not b or a <= b or b <= a


def _agree(g: _Group, r: Report) -> bool:
    """Neither date, place, format nor channel of any of the meeting's reports rules out
    that ``r`` is about it."""
    if r.span and g.latest_begin and not _overlap((g.latest_begin, g.earliest_until), r.span):
        return False  # some dated report ends before r begins, or begins after r ends
    if r.location and not all(_same_place(p, r.location) for p in g.places.values()):
        return False
    if WIDENED.get(r.format) in g.formats:
        return False  # two sides meeting are not the three-sided meeting that widens them
    return not (r.mode and not g.modes <= {r.mode})  # a call is not a meeting in person


def _linked(x: _Link, r: _Link) -> bool:
    """Something two reports share that makes them the same meeting: the same sides, or
    sides that fit into each other plus the same people, place or days."""
    if x.sides and x.sides == r.sides:
        return True
    same_place = bool(x.place and r.place and _same_place(x.place, r.place))
    pinned = bool(x.pinned and r.pinned and _overlap(x.pinned, r.pinned))
    return bool(x.persons & r.persons) or same_place or pinned


def _compatible(g: _Group, r: Report, link: _Link) -> bool:
    """Whether report ``r`` can be about the meeting of group ``g``: its sides fit into the
    meeting's, it agrees with every report on time, place and channel, and it is linked to
    a report whose sides fit into its own."""
    return (
        _nested(g.sides, r.sides)
        and _agree(g, r)
        and any(_linked(x, link) and _nested(x.sides, r.sides) for x in g.links)
    )


def _affinity(g: _Group, r: Report) -> tuple[int, ...]:
    same_place = r.location is not None and r.location.ident in g.places
    return (
        3 * (g.sides == r.sides) + 2 * same_place + 2 * _pinned_together(g, r),
        len(g.persons & r.persons),
        r.status in g.statuses,
    )


class _Index:
    """The groups a report could be linked to, by what links reports: the same sides, a
    person, a place, or a day of a specific report (so a report is compared with the few
    meetings it may belong to, not with all of them)."""

    def __init__(self) -> None:
        self.by: dict[tuple[str, Any], set[int]] = defaultdict(set)

    def add(self, at: int, link: _Link) -> None:
        for key in self._keys(link, 0):
            self.by[key].add(at)

    def candidates(self, link: _Link) -> list[int]:
        return sorted(set().union(*(self.by.get(k, ()) for k in self._keys(link, SLACK_DAYS))))

    @staticmethod
    def _keys(link: _Link, slack: int) -> list[tuple[str, Any]]:
        keys: list[tuple[str, Any]] = [("person", p) for p in link.persons]
        if link.sides:
            keys.append(("sides", link.sides))
        if link.place:
            keys.append(("place", link.place.ident))
        if link.pinned:
            first, last = link.pinned
            days = (last - first).days + 2 * slack
            keys += [("day", first + timedelta(days=d - slack)) for d in range(days + 1)]
        return keys


def _order(r: Report) -> tuple:
    """Specific, dated and placed reports first, the fullest of them first: they define
    meetings the rest join."""
    return (
        not r.specific,
        r.location is None,
        -len(r.sides),
        r.published or "9999",
        r.article_id,
        r.idx,
    )


def resolve_meetings(reports: list[Report]) -> list[Meeting]:
    """Canonical meetings from every article's reports, in calendar order."""
    groups: list[_Group] = []
    index = _Index()
    for r in sorted(reports, key=_order):
        link = _link_of(r)
        fits = [i for i in index.candidates(link) if _compatible(groups[i], r, link)]
        at = max(fits, key=lambda i: _affinity(groups[i], r)) if fits else len(groups)
        if not fits:
            groups.append(_Group())
        groups[at].add(r)
        index.add(at, link)
    meetings = [_meeting(g.reports) for g in groups]
    return sorted(meetings, key=lambda m: (m.begin or "9999", m.id))


# -- the canonical record ---------------------------------------------------------------


def _published_order(r: Report) -> tuple:
    return (r.published or "", r.article_id, r.idx)


def _meeting(reports: list[Report]) -> Meeting:
    reports = sorted(reports, key=_published_order)
    latest = max(reports, key=lambda r: (r.published or "", STAGE[r.status]))
    dated = [r for r in reports if r.begin]
    best = min(dated, key=lambda r: (_days(r.begin, r.until), _published_order(r)), default=None)
    places = Counter(r.location.value for r in reports if r.location)
    inner = {r.location.value for r in reports if r.location and not _holds_another(r, reports)}
    parties = _ranked(p for r in reports for p in r.parties)
    participants = _ranked(p for r in reports for p in r.participants)
    location = next((v for v, _ in places.most_common() if v in inner), None)
    first = min(reports, key=lambda r: (r.article_id, r.idx))
    sides = [*(s for r in reports for s in [*r.parties, *r.participants]), *_places_of(reports)]
    names = {s.value: s.name for s in sides}
    who = [names[p] for p in parties] or [names[p] for p in participants]
    return Meeting(
        id="m-" + hashlib.sha1(f"{first.article_id}-{first.idx}".encode()).hexdigest()[:12],
        label=_label(who, names.get(location)),
        status=latest.status,
        date=best.date if best else None,
        begin=best.begin if best else None,
        until=best.until if best else None,
        location=location,
        participants=participants,
        parties=parties,
        format=_most_common(r.format for r in reports),
        mode=_most_common(r.mode for r in reports),
        reports=[(r.article_id, r.idx) for r in reports],
        disputed=_disputed(reports),
        history=[(r.published, r.status, r.article_id) for r in reports],
    )


def _holds_another(r: Report, reports: list[Report]) -> bool:
    """``r``'s place holds the place of another report (a country beside its city)."""
    return any(
        x.location and r.location.name in lexicon().places.get(x.location.name, ()) for x in reports
    )


def _places_of(reports: list[Report]) -> list[Side]:
    return [r.location for r in reports if r.location]


def _days(begin: str | None, until: str | None) -> int:
    if not begin:
        return 10_000
    return (date.fromisoformat(until or begin) - date.fromisoformat(begin)).days


def _ranked(sides) -> list[str]:
    counts = Counter(s.value for s in sides)
    return [v for v, _ in sorted(counts.items(), key=lambda kv: -kv[1])]


def _most_common(values) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _label(names: list[str], location: str | None) -> str:
    who = " – ".join(names[:4]) + (" …" if len(names) > 4 else "")
    return f"{who} in {location}" if location and who else who or location or "Treffen"


def _disputed(reports: list[Report]) -> list[str]:
    """Fields on which sources contradict each other (a status that only moved on, or
    a report that names fewer people, is history or detail, not a dispute)."""
    found = []
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for i, r in enumerate(reports):  # in publication order
        first.setdefault(r.status, i)
        last[r.status] = i
    if any(a != b and (a, b) not in PROGRESS and first[a] < last[b] for a in first for b in last):
        found.append("status")
    days = {(r.begin, r.until) for r in reports if r.specific}
    if any(
        not (a[0] <= b[0] and b[1] <= a[1]) and not (b[0] <= a[0] and a[1] <= b[1])
        for a in days
        for b in days
    ):
        found.append("date")
    placed = [r.location for r in reports if r.location]
    if any(not _same_place(a, b) for a in placed for b in placed):
        found.append("location")
    people = list({frozenset(r.persons) for r in reports if r.persons})
    if any(not (a & b) for i, a in enumerate(people) for b in people[i + 1 :]):
        found.append("participants")
    return found
