"""Put frames on the calendar: TIMEX3 values against an anchor and a direction.

Unknown parts stay ``X``: with only the month of publication known, ``am Freitag`` is
``2022-03-XX``; with no date at all, ``19. Dezember`` is ``XXXX-12-19``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from parley.nlp.timex.grammar import Frame
from parley.nlp.timex.periods import (
    Anchor,
    easter,
    gap,
    month_span,
    pick,
    quarter_span,
    season_span,
    week_value,
)
from parley.nlp.timex.tense import FUTURE, NEAR, PRESENT

NEAR_DAYS = 30  # an explicit date this close to the anchor is the near one, whatever the tense


def _unknown_year(f: Frame) -> str:
    """A date, month or season whose year counts from an unknown anchor."""
    if f.kind == "date":
        return f"XXXX-{f.month:02d}-{f.day:02d}"
    if f.kind == "month":
        return f"XXXX-{f.month:02d}"
    return f"XXXX-{f.code}"


def _day_x(a: Anchor) -> str:
    """A day of the anchor's month (or year) whose number the text does not give."""
    if a.year and a.month:
        return f"{a.year:04d}-{a.month:02d}-XX"
    return f"{a.year:04d}-XX-XX" if a.year else "XXXX-XX-XX"


def _iso(d: date) -> str:
    return d.isoformat()


def _years(a: Anchor) -> list[int]:
    return [a.year - 1, a.year, a.year + 1]


def _choose(cands, a: Anchor, direction: int, unit: str, after: date | None):
    """A candidate (span, value): the first from ``after`` on, else by direction."""
    if after is not None:
        later = [c for c in cands if c[0][0] >= after]
        if later:
            return min(later, key=lambda c: c[0][0])[1]
    return pick(cands, a.span, direction, unit)


def _date(f: Frame, a: Anchor, direction: int, after: date | None, firm: bool) -> str:
    if f.year:
        return _iso(date(f.year, f.month, f.day))
    if not a.year:
        return f"XXXX-{f.month:02d}-{f.day:02d}"
    cands = []
    for y in _years(a):
        try:
            d = date(y, f.month, f.day)
        except ValueError:
            continue
        cands.append(((d, d), d))
    named = [c for c in cands if c[1].isoweekday() == f.weekday]
    if len(named) == 1:  # "Samstag, 8. Februar": the year in which the 8th is a Saturday
        return _iso(named[0][1])
    if after is None and not firm:
        near = pick(cands, a.span, 0, "day")
        if gap((near, near), a.span, "day") <= NEAR_DAYS:
            return _iso(near)
    return _iso(_choose(cands, a, direction, "day", after))


def _weekday(f: Frame, a: Anchor, direction: int, after: date | None) -> str:
    if not a.date:
        return _day_x(a)
    today = a.date
    if f.rel in ("today", "yesterday", "tomorrow"):
        return _iso(today + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[f.rel]))
    monday = today - timedelta(days=today.isoweekday() - 1)
    if f.unit == "week":  # "am Montag kommender Woche"
        return _iso(monday + timedelta(days=f.weekday - 1 + 7 * f.shift))
    days = [monday + timedelta(days=f.weekday - 1 + 7 * k) for k in (-2, -1, 0, 1, 2)]
    if f.rel == "next":
        return _iso(min(d for d in days if d > today))
    if f.rel == "prev":
        return _iso(max(d for d in days if d < today))
    if direction == NEAR or (f.rel == "this" and direction == PRESENT):
        direction = 0  # the nearest one: "an diesem Montag" is this week's
    elif direction == PRESENT:
        direction = FUTURE  # the present tense looks ahead; the past needs a past tense
    cands = [((d, d), d) for d in days[1:4]]
    return _iso(_choose(cands, a, direction, "day", after))


def _weekend(f: Frame, a: Anchor, direction: int) -> str:
    if not a.date:
        return f"{a.year:04d}-WXX-WE" if a.year else "XXXX-WXX-WE"
    today = a.date
    saturday = today + timedelta(days=6 - today.isoweekday())
    sats = [saturday + timedelta(days=7 * k) for k in (-1, 0, 1)]
    if f.rel == "next":
        sat = min(s for s in sats if s > today)
    elif f.rel == "prev":
        sat = max(s for s in sats if s + timedelta(days=1) < today)
    elif f.rel == "this":
        sat = saturday
    else:
        cands = [((s, s + timedelta(days=1)), s) for s in sats]
        way = {PRESENT: FUTURE, NEAR: 0}.get(direction, direction)  # present: this or next one
        sat = pick(cands, a.span, way, "day")
    return week_value(sat) + "-WE"


def _month(f: Frame, a: Anchor, direction: int, after: date | None) -> str:
    if f.year:
        return f"{f.year:04d}-{f.month:02d}"
    if not a.year:
        return f"XXXX-{f.month:02d}"
    if not a.month:
        return f"{a.year:04d}-{f.month:02d}"
    if f.rel == "prev":  # "im vergangenen Oktober": the last one before the anchor's month
        year = a.year if f.month < a.month else a.year - 1
    elif f.rel == "next":  # "im kommenden März": the first one after it
        year = a.year if f.month > a.month else a.year + 1
    elif f.rel == "this":  # "diesen Oktober": the anchor's year
        year = a.year
    else:
        cands = [(month_span(y, f.month), y) for y in _years(a)]
        year = _choose(cands, a, direction, "month", after)
    return f"{year:04d}-{f.month:02d}"


def _season(f: Frame, a: Anchor, direction: int, after: date | None) -> str:
    if f.year:
        return f"{f.year:04d}-{f.code}"
    if not a.year or not a.month:
        return f"{a.year:04d}-{f.code}" if a.year else f"XXXX-{f.code}"
    cands = [(season_span(y, f.code), y) for y in range(a.year - 2, a.year + 2)]
    here = a.span
    if f.rel == "this":
        inside = [y for s, y in cands if s[0] <= here[0] and here[1] <= s[1]]
        year = inside[0] if inside else pick(cands, here, 0, "month")
    elif f.rel == "next":
        year = min(y for s, y in cands if s[0] > here[1])
    elif f.rel == "prev":
        year = max(y for s, y in cands if s[1] < here[0])
    else:
        year = _choose(cands, a, direction, "month", after)
    return f"{year:04d}-{f.code}"


def _quarter(f: Frame, a: Anchor, direction: int, after: date | None) -> str:
    """A quarter or half; without a year, the one the tense points to (``im ersten Quartal``
    in December: the coming one when the clause looks ahead)."""
    if f.year or not (a.year and a.month):
        return f"{f.year or a.year:04d}-{f.code}" if (f.year or a.year) else f"XXXX-{f.code}"
    cands = [(quarter_span(y, f.code), y) for y in _years(a)]
    return f"{_choose(cands, a, direction, 'month', after):04d}-{f.code}"


def _feast(year: int, spec: str) -> date:
    """A holiday's day in ``year``: ``12-24``, ``easter+49``, ``11-thu4`` (4th Thursday)."""
    if spec.startswith("easter"):
        return easter(year) + timedelta(days=int(spec[6:]))
    month, rest = int(spec[:2]), spec[3:]
    if rest.isdigit():
        return date(year, month, int(rest))
    weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(rest[:3]) + 1
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (int(rest[3:]) - 1))


def _holiday(f: Frame, a: Anchor, direction: int, after: date | None, spec) -> str:
    years = [f.year] if f.year else (_years(a) if a.year else [])
    if not years:
        return "XXXX-XX-XX"
    cands = [((_feast(y, spec[0]), _feast(y, spec[1])), y) for y in years]
    year = cands[0][1] if f.year else _choose(cands, a, direction, "day", after)
    first, last = _feast(year, spec[0]), _feast(year, spec[1])
    if f.month_only:
        return f"{first.year:04d}-{first.month:02d}"
    return _iso(first) if first == last else f"{_iso(first)}/{_iso(last)}"


def _shifted(f: Frame, a: Anchor) -> str:
    """relday, week, month_rel, year_rel and offsets: a fixed distance from the anchor."""
    unit = {"relday": "day", "week": "week", "month_rel": "month", "year_rel": "year"}.get(
        f.kind, f.unit
    )
    if unit == "year":
        if not a.year:
            return "XXXX"
        return f"{date(a.year + f.shift, 1, 1).year:04d}"  # ValueError outside years 1-9999
    if unit == "month":
        if not (a.year and a.month):
            return "XXXX-XX"
        first = month_span(a.year, a.month + f.shift)[0]
        return f"{first.year:04d}-{first.month:02d}"
    if unit == "week":
        if not a.date:
            return f"{a.year:04d}-WXX" if a.year else "XXXX-WXX"
        return week_value(a.date + timedelta(weeks=f.shift))
    if not a.date:
        return _day_x(a)
    return _iso(a.date + timedelta(days=f.shift))


def value_of(
    f: Frame,
    a: Anchor,
    direction: int,
    holidays: dict,
    after: date | None = None,
    firm: bool = False,
) -> str:
    """The TIMEX3 value of one frame.

    ``direction`` comes from the clause's tense, or, when ``firm``, from the expression's
    own words (``seit``, ``kommenden``), which then outweigh closeness to the anchor.
    """
    if direction == NEAR and f.kind not in ("weekday", "weekend"):
        direction = PRESENT
    if f.year is None and f.year_shift is not None:
        if not a.year:
            return _unknown_year(f)
        f = replace(f, year=a.year + f.year_shift)
    if f.kind == "ref":
        return f.code
    if f.kind == "year":
        return f"{f.year:04d}"
    if f.kind == "quarter":
        return _quarter(f, a, direction, after)
    if f.kind == "decade":
        return f"{f.year // 10:03d}X"
    if f.kind == "date":
        return _date(f, a, direction, after, firm)
    if f.kind == "weekday":
        return _weekday(f, a, direction, after)
    if f.kind == "weekend":
        return _weekend(f, a, direction)
    if f.kind == "month":
        return _month(f, a, direction, after)
    if f.kind == "season":
        return _season(f, a, direction, after)
    if f.kind == "holiday":
        return _holiday(f, a, direction, after, holidays[f.code])
    if f.kind == "anaphor":
        return _day_x(a)
    return _shifted(f, a)
