"""Meeting dates in the gold export: the forms GOLD_FORMAT.md gives a meeting's date."""

from __future__ import annotations

import pytest

from parley.gold import calendar_date


@pytest.mark.parametrize(
    ("value", "begin", "until", "written"),
    [
        ("2026-03-04", "2026-03-04", "2026-03-04", "2026-03-04"),
        ("2026-03-04/2026-03-05", "2026-03-04", "2026-03-05", "2026-03-04/2026-03-05"),
        ("2026", "2026-01-01", "2026-12-31", "2026"),
        # a weekend is the days a meeting spans
        ("2026-W10-WE", "2026-03-07", "2026-03-08", "2026-03-07/2026-03-08"),
        # a part of a month, and a whole month, are the month
        ("2026-03-XX", "2026-03-01", "2026-03-31", "2026-03"),
        ("2028-02-XX", "2028-02-01", "2028-02-29", "2028-02"),
        # a week is the month it lies in, or the month of its Thursday
        ("2026-W11", "2026-03-09", "2026-03-15", "2026-03"),
        ("2026-W14", "2026-03-30", "2026-04-05", "2026-04"),
        ("2026-W13", "2026-03-23", "2026-03-29", "2026-03"),
        ("2026-W53", "2026-12-28", "2027-01-03", "2026-12"),
        # a season or a quarter is its year; winter is the year holding most of it
        ("2026-SP", "2026-03-01", "2026-05-31", "2026"),
        ("2026-Q3", "2026-07-01", "2026-09-30", "2026"),
        ("2026-WI", "2026-12-01", "2027-02-28", "2027"),
        # longer than a year, or not on the calendar: no date
        ("202X", "2020-01-01", "2029-12-31", None),
        ("PAST_REF", None, None, None),
        (None, None, None, None),
    ],
)
def test_meeting_date_forms(value, begin, until, written) -> None:
    assert calendar_date(value, begin, until) == written
