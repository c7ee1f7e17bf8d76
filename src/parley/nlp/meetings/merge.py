"""One meeting mentioned several times in an article becomes one ``MeetingReport``."""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, field, replace

from parley.facts import Evidence, MeetingReport
from parley.nlp.meetings.context import Context
from parley.nlp.meetings.extract import Draft

# How far a meeting has come: a later stage reported in the same article wins.
STAGE = {"proposed": 0, "planned": 1, "ruled_out": 2, "cancelled": 2, "held": 3}
CLASHES = {
    frozenset(p)
    for p in [
        ("held", "proposed"),
        ("held", "ruled_out"),
        ("held", "cancelled"),
        ("cancelled", "proposed"),
        ("planned", "ruled_out"),
        ("cancelled", "ruled_out"),
    ]
}
PLACE_MENTIONS = 1  # mentions that make a place the article's main meeting place (one will do)
ATTACH_SENTENCES = 3  # a participation sentence adds people to a meeting this close before it


@dataclass
class Cluster:
    drafts: list[Draft] = field(default_factory=list)

    def add(self, draft: Draft) -> None:
        self.drafts.append(draft)
        self.drafts.sort(key=lambda d: d.start)

    @property
    def start(self) -> int:
        return self.drafts[0].start

    @property
    def members(self) -> set[str]:
        return set().union(*(d.members for d in self.drafts))

    @property
    def statuses(self) -> set[str]:
        return {d.status for d in self.drafts if not d.attach and not d.weak}

    @property
    def locations(self) -> set[str]:
        return {d.location for d in self.drafts if d.location}


def merge(ctx: Context, drafts: list[Draft]) -> list[MeetingReport]:
    """Group the drafts of one article into meetings and build one report per meeting.

    Drafts that name a place go first, so a mention without one joins the meeting it fits
    best rather than the first one it does not contradict.
    """
    sentence_of = {s.start_char: k for k, s in enumerate(ctx.doc.sents)}
    _widen_trilateral(ctx, drafts)
    _point_back(ctx, drafts)
    clusters: list[Cluster] = []
    full = [d for d in drafts if not d.attach and len(d.members) >= 2]
    for draft in sorted(full, key=lambda d: (d.location is None, d.start)):
        fits = [c for c in clusters if _same(ctx, c, draft)]
        if fits:
            max(fits, key=lambda c: (_affinity(ctx, c, draft), -_distance(c, draft))).add(draft)
        else:
            clusters.append(Cluster([draft]))
    for draft in drafts:
        if draft.attach:
            _attach(ctx, draft, clusters, sentence_of)
        elif draft.series and len(_sides(ctx, draft.members)) < 2:
            _of_series(ctx, draft, clusters)
        elif len(draft.members) < 2:
            fits = [c for c in clusters if _fits(ctx, c, draft) and _near_enough(ctx, c, draft)]
            if fits:  # one held where it says first, then the nearest
                min(fits, key=lambda c: (not _held_there(c, draft), _distance(c, draft))).add(draft)
            elif (
                draft.members and not draft.weak and draft.status != "held" or _assembly(ctx, draft)
            ):
                clusters.append(Cluster([draft]))  # "ein Treffen mit der chinesischen Delegation"
    main = _main_place(drafts) or _venue(ctx)
    reports = {id(c): _report(ctx, c, main) for c in clusters if not _aside(c)}
    for c in clusters:
        if _aside(c):
            host = _host(ctx, c, clusters)
            reports[id(c)] = _report(ctx, c, main, host and reports[id(host)])
    return [reports[id(c)] for c in sorted(clusters, key=lambda c: c.start)]


def _assembly(ctx: Context, d: Draft) -> bool:
    """``der Gipfel der NATO``: a meeting noun whose only side is an organisation named in
    the genitive right after it is a meeting of that organisation's members."""
    if len(d.members) != 1 or d.when == "before" or d.series or d.clause is None:
        return False
    (key,) = d.members
    actor = ctx.actors.get(key)
    if actor is None or actor.type != "ORG":
        return False
    word = next((t.i for t in ctx.doc[d.clause[0] : d.clause[1]] if t.idx == d.start), None)
    return word is not None and any(
        n.key == key and n.start - word == 2 and ctx.lower[word + 1] in ("der", "des")
        for n in ctx.names_in(*d.clause)
    )


def _widen_trilateral(ctx: Context, drafts: list[Draft]) -> None:
    """A three-sided meeting named with one side only (``Dreierkontakte mit der ukrainischen
    Seite``) widens the two-sided meeting named last before it: it takes that pair's sides."""
    for k, d in enumerate(drafts):
        own = _sides(ctx, d.members)
        if d.attach or d.format != "trilateral" or not d.explicit_format or len(own) != 1:
            continue
        pairs = [
            sides
            for x in drafts[:k]
            if not x.attach and len(sides := _sides(ctx, x.members)) == 2 and not sides & own
        ]
        if pairs:
            d.parties.extend(sorted(pairs[-1] - set(d.parties)))


def _point_back(ctx: Context, drafts: list[Draft]) -> None:
    """A meeting named with "beide" (``Unterhändler beider Länder``, ``die beiden``) and no two
    sides of its own takes the pair of sides named most often before it (the latest on a tie;
    two states when "beide" means the states), and that meeting's people when it means
    persons. One side calling "beide" (``hatte mit beiden Regierungschefs telefoniert``) made
    two calls: one with each side of the pair."""
    calls: list[tuple[Draft, str, Draft]] = []
    for k, d in enumerate(drafts):
        if d.pair is None or d.attach or len(_sides(ctx, d.members)) >= 2:
            continue
        pairs = [
            (frozenset(sides), x)
            for x in drafts[:k]
            if not x.attach
            and len(sides := _sides(ctx, x.members)) == 2
            and (d.pair == "people" or all(_is_state(ctx, s) for s in sides))
        ]
        if not pairs:
            continue
        counts = Counter(sides for sides, _ in pairs)
        top = max(counts.values())
        best = [(sides, x) for sides, x in pairs if counts[sides] == top]
        sides, pair = max(best, key=lambda p: d.pair == "people" and bool(p[1].participants))
        own = _sides(ctx, d.members)
        if d.mode == "phone" and len(own) == 1 and not own & sides:
            calls.extend((d, side, pair) for side in sorted(sides))
            continue
        d.parties.extend(sorted(sides - set(d.parties)))
        if d.pair == "people":
            d.participants.extend(p for p in pair.participants if p not in d.participants)
    for d, side, pair in calls:
        people = [p for p in pair.participants if ctx.actors[p].affiliation == side]
        k = drafts.index(d) + 1
        drafts.insert(
            k,
            replace(
                d,
                parties=[*d.parties, side],
                participants=[*d.participants, *(people if d.pair == "people" else [])],
            ),
        )
    for d in {id(d): d for d, _, _ in calls}.values():
        drafts.remove(d)


def _is_state(ctx: Context, key: str) -> bool:
    actor = ctx.actors.get(key)
    return actor is not None and actor.type == "LOC"


def _of_series(ctx: Context, d: Draft, clusters: list[Cluster]) -> None:
    """``Der letzte Gipfel hatte in Washington stattgefunden``: a meeting of the series of one
    named before it (the nearest first named with the same meeting word, else the nearest),
    with that meeting's sides, as a meeting of its own."""
    before = [
        c
        for c in clusters
        if c.start < d.start and (len(_sides(ctx, c.members)) >= 2 or _assembly(ctx, c.drafts[0]))
    ]
    if d.weak or not before:
        return
    word = ctx.lex.noun_trigger(d.trigger)
    same = [
        c
        for c in before
        if word and (first := _word_of(ctx, c.drafts[0])) and _inflected(first.form, word.form)
    ]
    series = max(same or before, key=lambda c: c.start)
    d.parties.extend(sorted(_sides(ctx, series.members) - set(d.parties)))
    clusters.append(Cluster([d]))


def _word_of(ctx: Context, d: Draft):
    return ctx.lex.noun_trigger(d.trigger) if d.trigger else None


def _main_place(drafts: list[Draft]) -> str | None:
    """The place the article names most often for its current meetings, if named twice."""
    places = Counter(
        d.location for d in drafts if d.location and d.when != "before" and not d.series
    )
    top = places.most_common(1)
    return top[0][0] if top and top[0][1] >= PLACE_MENTIONS else None


def _venue(ctx: Context) -> str | None:
    """The place named right after a noun of a meeting's venue (``in der Gipfelstadt
    Genf``): where the article's meeting is, when no mention of it names a place."""
    return next(
        (
            n.key
            for n in ctx.names
            if n.type == "LOC"
            and n.whole
            and n.start
            and ctx.lower[n.start - 1].startswith(ctx.lex.venues)
        ),
        None,
    )


def _affinity(ctx: Context, c: Cluster, d: Draft) -> int:
    """How much a draft has in common with a meeting it may belong to."""
    score = 2 * (d.status in c.statuses) + 2 * (d.location in c.locations)
    score += bool(_persons(ctx, c.members) & _persons(ctx, d.members))
    score += _sides(ctx, c.members) == _sides(ctx, d.members)
    return score + any(x.timex and d.timex and _overlaps(x, d) for x in c.drafts)


def _near_enough(ctx: Context, c: Cluster, d: Draft) -> bool:
    """A mention naming nobody joins a meeting held where it says, or the meeting it points
    back to (``das Treffen``, ``des Treffens in Paris``) or shares its day with, when that
    names no other place; one that points back also joins a meeting at a place holding its
    own or lying in it (``in der Türkei`` … ``Das Gespräch in Antalya``)."""
    if d.location is not None and (c.locations or not (d.anaphoric or _same_day(c, d))):
        if d.anaphoric and not _earlier(c, d) and _at(ctx, d.location, c.locations):
            return True
        return _held_there(c, d)
    return (d.anaphoric or _same_day(c, d)) and not _earlier(c, d)


def _held_there(c: Cluster, d: Draft) -> bool:
    return d.location is not None and d.location in c.locations


def _at(ctx: Context, place: str, places: set[str]) -> bool:
    """``place`` is one of ``places``, or holds one of them or lies in one (``in der
    Türkei`` and ``in Antalya``, ``in Florida`` and ``in Miami``)."""
    return place in places or any(_within(ctx, place, p) or _within(ctx, p, place) for p in places)


def _within(ctx: Context, inner: str, outer: str) -> bool:
    """The place ``inner`` lies in ``outer`` (both actor keys)."""
    holders = {h for form in _forms(ctx, inner) for h in ctx.lex.holders(form)}
    return bool(holders & _forms(ctx, outer))


def _forms(ctx: Context, key: str) -> set[str]:
    actor = ctx.actors.get(key)
    return {actor.name, *actor.mentions} if actor else set()


def _same_day(c: Cluster, d: Draft) -> bool:
    """Both name the same calendar day (or days that meet)."""
    day = d.timex is not None and d.timex.begin is not None and len(d.timex.value) >= 10
    return day and any(x.timex and x.timex.begin and _overlaps(x, d) for x in c.drafts)


def _attach(
    ctx: Context, draft: Draft, clusters: list[Cluster], sentence_of: dict[int, int]
) -> None:
    """Add a participation sentence to the meeting named just before it; with no such
    meeting, two or more people taking part make a meeting of their own."""
    here = sentence_of.get(draft.sent_start, 0)
    best = None
    for c in clusters:
        seen = [k for d in c.drafts if (k := sentence_of.get(d.sent_start, 0)) <= here]
        last = max(seen, default=-1)
        if seen and here - last <= ATTACH_SENTENCES and (best is None or last >= best[0]):
            best = (last, c)
    if best:
        best[1].drafts.append(draft)
    elif len(_persons(ctx, draft.members)) >= 2:
        draft.attach, draft.weak = False, True
        clusters.append(Cluster([draft]))


def _fits(ctx: Context, c: Cluster, d: Draft) -> bool:
    """Status, place, time and format do not contradict each other; a mention naming
    nobody is no side meeting's unless it marks one too."""
    if _aside(c) and not d.aside and len(d.members) < 2:
        return False
    if not d.weak and any(frozenset((s, d.status)) in CLASHES for s in c.statuses):
        return False
    if d.location and c.locations and not _at(ctx, d.location, c.locations):
        return False
    formats = {x.format for x in c.drafts if x.explicit_format}
    if d.explicit_format and formats and d.format not in formats:
        return False
    return all(_overlaps(x, d) for x in c.drafts if x.timex and d.timex)


def _overlaps(a: Draft, b: Draft) -> bool:
    ta, tb = a.timex, b.timex
    if not ta.begin or not tb.begin:  # off the calendar: only two such values can differ
        return ta.value == tb.value or bool(ta.begin or tb.begin)
    return ta.begin <= (tb.until or tb.begin) and tb.begin <= (ta.until or ta.begin)


def _same(ctx: Context, c: Cluster, d: Draft) -> bool:
    """Whether draft ``d`` reports the meeting of cluster ``c``."""
    if not _fits(ctx, c, d):
        return False
    a, b = c.members, d.members
    sa, sb = _sides(ctx, a), _sides(ctx, b)
    if _trio(c.drafts) and len(sb) == 2 or _trio([d]) and len(sa) == 2:
        return False  # three sides meeting are not the two they widen
    if (d.aside or _aside(c)) and (sa != sb or _persons(ctx, a) != _persons(ctx, b)):
        return False  # a side meeting is not the summit it is held at
    same_place = d.location is not None and _at(ctx, d.location, c.locations)
    bare = d.location is None and d.timex is None  # nothing of its own to tell it apart
    if (_earlier(c, d) and not bare or _moved_on(c, d)) and not (same_place or _same_day(c, d)):
        return False
    if len(sb) < 2 and same_place:
        return True  # one side at a meeting's place joins that meeting
    nested = bool(sa) and bool(sb) and (sa <= sb or sb <= sa)
    if sa and sa == sb:
        return True
    if d.anaphoric and len(sb) < 2:
        return True  # "die Gespräche", opened by one more side: the meeting named before
    if _persons(ctx, a) & _persons(ctx, b) or d.anaphoric:
        return nested or not (sa and sb)
    if same_place:
        return nested
    unplaced = d.location is None and not c.locations
    return unplaced and nested and not d.weak and (d.status in c.statuses or not c.statuses)


def _aside(c: Cluster) -> bool:
    return any(x.aside for x in c.drafts if not x.attach)


def _host(ctx: Context, c: Cluster, clusters: list[Cluster]) -> Cluster | None:
    """The meeting a side meeting is held at: the nearest meeting that is no side meeting,
    held or planned now (or reported with no word of what became of it), at the side
    meeting's place if it names one; when the side meeting names it (``am Rande des
    Gipfels``), only one first named with that word."""
    if not _aside(c):
        return None
    hosts = [
        x
        for x in clusters
        if not _aside(x)
        and not any(d.series or d.when == "before" for d in x.drafts)
        and (x.statuses & {"held", "planned"} or not x.statuses)
        and (not c.locations or any(_at(ctx, p, x.locations) for p in c.locations))
    ]
    words = {t.form for d in c.drafts if d.host_word and (t := ctx.lex.noun_trigger(d.host_word))}

    def named(x: Cluster) -> bool:
        first = _word_of(ctx, x.drafts[0])
        return first is not None and any(_inflected(first.form, w) for w in words)

    if words:  # "am Rande eines G20-Treffens": only a meeting named so is the host
        hosts = [x for x in hosts if named(x)]
    return min(hosts, key=lambda x: min(_distance(x, d) for d in c.drafts), default=None)


def _inflected(a: str, b: str) -> bool:
    """Two forms of one noun (``gipfel``, ``gipfels``): one begins with the other."""
    return a.startswith(b) or b.startswith(a)


def _trio(drafts: list[Draft]) -> bool:
    return any(x.explicit_format and x.format == "trilateral" for x in drafts)


def _sides(ctx: Context, members: set[str]) -> set[str]:
    """Countries and organisations: the parties and the affiliations of the persons."""
    out = set()
    for key in members:
        actor = ctx.actors.get(key)
        if actor is None or actor.type != "PER":
            out.add(key)
        elif actor.affiliation:
            out.add(actor.affiliation)
    return out


def _earlier(c: Cluster, d: Draft) -> bool:
    """One tells of an earlier event (pluperfect, "damals") while the other does not."""
    whens = {x.when for x in c.drafts if not x.attach and x.when}
    if d.when == "before":
        return bool(whens) and "before" not in whens
    return d.when in ("now", "past") and whens == {"before"}


def _moved_on(c: Cluster, d: Draft) -> bool:
    """One tells of a meeting that took place, the other of one still to come: the same
    meeting only when place or day say so (talks held, next round planned)."""
    held = {x.status == "held" for x in c.drafts if not x.attach and not x.weak}
    return not d.weak and held == {d.status != "held"} and d.status in ("held", "planned")


def _persons(ctx: Context, members: set[str]) -> set[str]:
    return {k for k in members if k in ctx.actors and ctx.actors[k].type == "PER"}


def _distance(c: Cluster, d: Draft) -> int:
    return min(abs(x.start - d.start) for x in c.drafts)


def _ordered(values) -> list[str]:
    return list(dict.fromkeys(values))


def _report(
    ctx: Context, c: Cluster, main_place: str | None = None, host: MeetingReport | None = None
) -> MeetingReport:
    """The meeting report of a cluster. A meeting with no place of its own that is held or
    planned alongside the article's main meeting takes its place (a side talk takes the
    summit's place); an earlier one does not. A side meeting with no date of its own takes
    the day of the meeting it is held at (``host``). A meeting proposed or ruled out takes
    its day only from mentions whose clause says what became of it."""
    mentions = [d for d in c.drafts if not d.attach]
    first = mentions[0]
    strong = [d for d in mentions if not d.weak]
    status_from = max(strong, key=lambda d: STAGE[d.status]) if strong else first
    parties = _ordered(p for d in c.drafts for p in d.parties)
    participants = _ordered(p for d in c.drafts for p in d.participants)
    location = _place(ctx, [d.location for d in mentions if d.location])
    place_from = next((d for d in mentions if d.location == location), first)
    current = all(d.when != "before" and not d.series for d in mentions) and status_from.status in (
        "held",
        "planned",
    )
    mode = next((d.mode for d in mentions if d.mode), None)
    if mode in ("phone", "video"):
        location = None  # a call or video conference has no place of its own
    elif location is None and host is not None and host.location:
        location = host.location
    elif location is None and current:
        location = main_place
    dated = [d for d in mentions if d.timex]
    if status_from.status in ("proposed", "ruled_out"):  # "das Treffen am Samstag" said
        dated = [d for d in dated if not d.weak]  # nothing of the offer: not its day
    evidence = {"status": _ev(status_from), "location": _ev(place_from)}
    people_from = next((d for d in c.drafts if d.members), first)
    evidence["participants"] = _ev(people_from)
    date = begin = until = None
    if dated:
        best = _span(dated, min(dated, key=lambda d: (_span_days(d), d.start)))
        date, begin, until = best.timex.value, best.timex.begin, best.timex.until
        evidence["date"] = Evidence(best.timex.sent_start, best.timex.sent_end)
    elif host is not None and host.date:
        date, begin, until = host.date, host.begin, host.until
        evidence["date"] = host.evidence.get("date", Evidence(host.sent_start, host.sent_end))
    elif ctx.published and (
        status_from.status == "held"
        and any(d.status == "held" and d.when != "before" for d in strong or [first])
        or status_from.status == "planned"
        and any(d.clock for d in mentions)
    ):  # reported as happening now, or planned for an hour of no other day: that day
        date = ctx.published
        begin, until = _published_span(ctx.published)
        evidence["date"] = _ev(status_from)
    fmt = next((d.format for d in mentions if d.explicit_format), None) or _format(ctx, c)
    mode = mode or ("in_person" if location else None)
    return MeetingReport(
        trigger=first.trigger,
        start=first.start,
        end=first.end,
        participants=participants,
        parties=parties,
        location=location,
        date=date,
        begin=begin,
        until=until,
        status=status_from.status if strong else _by_date(ctx, begin, until),
        format=fmt,
        mode=mode,
        sent_start=first.sent_start,
        sent_end=first.sent_end,
        evidence=evidence,
    )


def _published_span(published: str) -> tuple[str | None, str | None]:
    """The days a publication date covers: one day, or a whole month (``2015-02``)."""
    if len(published) == 10:
        return published, published
    if len(published) == 7:
        year, month = map(int, published.split("-"))
        return f"{published}-01", f"{published}-{calendar.monthrange(year, month)[1]:02d}"
    return None, None


def _by_date(ctx: Context, begin: str | None, until: str | None) -> str:
    """held or planned, from where the meeting's date falls against the publication date."""
    published = ctx.published or ""
    if begin and len(published) == 10 and begin > published:
        return "planned"
    return "held"


def _place(ctx: Context, places: list[str]) -> str | None:
    """The most specific place named: a city before the state or country that holds it (and
    any country), then the most named."""
    counts = Counter(places)

    def country(key: str) -> bool:
        actor = ctx.actors.get(key)
        return (actor.name if actor else key) in ctx.lex.country_names

    def holds(key: str) -> bool:
        return any(_within(ctx, k, key) for k in counts if k != key)

    return min(
        counts, key=lambda k: (holds(k), country(k), -counts[k], places.index(k)), default=None
    )


def _name(ctx: Context, key: str) -> str:
    actor = ctx.actors.get(key)
    return actor.name if actor else key


def _ev(d: Draft) -> Evidence:
    return Evidence(d.sent_start, d.sent_end)


def _span(dated: list[Draft], best: Draft) -> Draft:
    """A few days a mention gives the meeting (``am Wochenende``, ``am 19. und 20. Mai``) that
    hold the day another names (``am Samstag``) are the days it spans: that mention dates it."""
    t = best.timex
    spans = [
        d
        for d in dated
        if d.timex.begin
        and d.timex.until
        and d.timex.begin != d.timex.until
        and _span_days(d) < 100
        and t.begin
        and d.timex.begin <= t.begin
        and (t.until or t.begin) <= d.timex.until
    ]
    return min(spans, key=lambda d: d.start) if spans else best


def _span_days(d: Draft) -> int:
    """Rough width of a draft's date: a day beats a weekend beats a month."""
    t = d.timex
    if t.begin is None:
        return 1000 - sum(c.isdigit() for c in t.value)
    return (len(t.value) < 10) * 100 + (t.until != t.begin)


def _format(ctx: Context, c: Cluster) -> str | None:
    """bilateral, trilateral or multilateral by the number of sides; a region among them
    (``Europa``) stands for several states."""
    sides = _sides(ctx, c.members)
    if any(_name(ctx, k).lower() in ctx.lex.regions for k in sides):
        return "multilateral"
    n = len(sides) or len({k for k in c.members if k not in sides})
    return {0: None, 1: None, 2: "bilateral", 3: "trilateral"}.get(n, "multilateral")
