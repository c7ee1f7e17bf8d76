"""Calendar arithmetic for TIMEX3 values: anchors, intervals, choosing among candidates."""

from __future__ import annotations

import calendar as _cal
import re
from dataclasses import dataclass
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # WI runs into Feb

Span = tuple[date, date]
_ISO_START = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d-])")


@dataclass(frozen=True)
class Anchor:
    """The publication date a text is read against; any part may be unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, published: str | None) -> Anchor:
        """``YYYY-MM-DD`` (a time after it is ignored), ``YYYY-MM``, ``YYYY``; else unknown."""
        m = _ISO_START.match(published or "")
        if not m:
            return cls()
        year, month, day = (int(g) if g else None for g in m.groups())
        try:
            date(year, month or 1, day or 1)
        except ValueError:
            return cls()
        return cls(year, month, day)

    @property
    def date(self) -> date | None:
        if self.year and self.month and self.day:
            return date(self.year, self.month, self.day)
        return None

    @property
    def span(self) -> Span | None:
        """The days the anchor may stand for."""
        if self.date:
            return self.date, self.date
        if self.year and self.month:
            return month_span(self.year, self.month)
        if self.year:
            return date(self.year, 1, 1), date(self.year, 12, 31)
        return None

    def iso(self) -> str | None:
        if self.date:
            return self.date.isoformat()
        if self.year and self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}" if self.year else None


def month_span(year: int, month: int) -> Span:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year, month, 1), date(year, month, _cal.monthrange(year, month)[1])


def season_span(year: int, code: str) -> Span:
    first, last = SEASON_MONTHS[code]
    return month_span(year, first)[0], month_span(year, last)[1]


def quarter_span(year: int, code: str) -> Span:
    """``Q1``-``Q4`` (quarters) and ``H1``/``H2`` (halves) of ``year``."""
    size = 3 if code[0] == "Q" else 6
    first = (int(code[1]) - 1) * size + 1
    return month_span(year, first)[0], month_span(year, first + size - 1)[1]


def week_span(iso_year: int, week: int) -> Span:
    return date.fromisocalendar(iso_year, week, 1), date.fromisocalendar(iso_year, week, 7)


def week_value(day: date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y:04d}-W{w:02d}"


def easter(year: int) -> date:
    """Easter Sunday (anonymous Gregorian computus)."""
    a, (b, c) = year % 19, divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


def pick(candidates: list[tuple[Span, object]], anchor: Span, direction: int, unit: str) -> object:
    """Choose the candidate the text means, given the anchor and the clause's direction.

    ``direction`` -1: the latest candidate that has begun by the anchor; +1: the earliest
    that has not ended before it; 0: the nearest (ties go to the later one in the list's
    middle, i.e. the anchor's own year). Distances count in ``unit`` (day or month).
    """
    if direction < 0:
        ok = [c for c in candidates if c[0][0] <= anchor[1]]
        if ok:
            return max(ok, key=lambda c: c[0][0])[1]
    elif direction > 0:
        ok = [c for c in candidates if c[0][1] >= anchor[0]]
        if ok:
            return min(ok, key=lambda c: c[0][0])[1]
    middle = len(candidates) // 2
    return min(
        enumerate(candidates),
        key=lambda ic: (gap(ic[1][0], anchor, unit), abs(ic[0] - middle)),
    )[1][1]


def gap(span: Span, anchor: Span, unit: str) -> int:
    if span[1] < anchor[0]:
        a, b = span[1], anchor[0]
    elif span[0] > anchor[1]:
        a, b = anchor[1], span[0]
    else:
        return 0
    if unit == "month":
        return (b.year - a.year) * 12 + b.month - a.month
    return (b - a).days


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DAY_X = re.compile(r"^(\d{4})-(\d{2})-XX$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_YEAR_X = re.compile(r"^(\d{4})-(?:WXX|WXX-WE|XX|XX-XX)$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-([QH])([1-4])$")


def _single(value: str) -> Span | None:
    if m := _DAY.match(value):
        d = date(*map(int, m.groups()))
        return d, d
    if (m := _DAY_X.match(value) or _MONTH.match(value)) and 1 <= int(m[2]) <= 12:
        return month_span(int(m[1]), int(m[2]))
    if m := _YEAR.match(value) or _YEAR_X.match(value):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    if m := _DECADE.match(value):
        return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
    if m := _WEEK.match(value):
        first, last = week_span(int(m[1]), int(m[2]))
        return (first + timedelta(days=5), last) if m[3] else (first, last)
    if m := _SEASON.match(value):
        return season_span(int(m[1]), m[2])
    if m := _QUARTER.match(value):
        return quarter_span(int(m[1]), m[2] + m[3])
    return None


def interval(value: str) -> tuple[str | None, str | None]:
    """The inclusive ISO date interval a TIMEX3 value covers, or ``(None, None)``.

    Unknown parts widen the interval to the known ones (``2022-03-XX`` is March 2022);
    values with an unknown year and the ``*_REF`` values cannot be placed.
    """
    try:
        if "/" in value:
            first, last = (_single(v) for v in value.split("/", 1))
            if first and last:
                return first[0].isoformat(), last[1].isoformat()
            return None, None
        span = _single(value)
    except (ValueError, OverflowError):
        return None, None
    return (span[0].isoformat(), span[1].isoformat()) if span else (None, None)
