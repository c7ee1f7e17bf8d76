"""Meetings across articles: articles written for these tests go through the meeting
component into a real DuckDB store; the resolve layer makes canonical meetings of them."""

from __future__ import annotations

import pytest
from test_meetings_support import store_article

from parley.ingest import resolve
from parley.resolve.meetings import Report, Side, resolve_meetings
from parley.store import Store
from parley.views.meetings import claims, meetings

USA = ("USA", "LOC", ["USA"], None)
UA = ("Ukraine", "LOC", ["Ukraine"], None)
RU = ("Russland", "LOC", ["Russland", "Russlands"], None)
MIAMI = ("Miami", "LOC", ["Miami"], None)
WITKOFF = ("Steve Witkoff", "PER", ["Steve Witkoff", "Witkoff"], "USA")


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "parley.duckdb") as s:
        yield s


def test_two_articles_on_one_round_make_one_meeting_with_both_sources(store):
    store_article(
        store,
        "Am Freitag beginnen in Miami Gespräche zwischen Vertretern der USA und der Ukraine.",
        "2025-12-18",
        "Kurier",
        [USA, UA, MIAMI],
        [("Am Freitag", "2025-12-19", "2025-12-19", "2025-12-19")],
    )
    store_article(
        store,
        "In Miami haben der US-Gesandte Steve Witkoff und die Delegation der Ukraine am Freitag"
        " verhandelt. Witkoff sprach danach von einem guten Gespräch.",
        "2025-12-20",
        "Tagblatt",
        [USA, UA, MIAMI, WITKOFF],
        [("am Freitag", "2025-12-19", "2025-12-19", "2025-12-19")],
    )
    resolve(store)
    found = meetings(store)
    assert len(found) == 1
    m = found[0]
    assert m["reports"] == 2
    assert m["outlets"] == ["Kurier", "Tagblatt"]
    assert m["status"] == "held"  # the later report moved it from planned to held
    assert [h["status"] for h in m["history"]] == ["planned", "held"]
    assert m["location"]["name"] == "Miami"
    assert m["date"] == "2025-12-19"
    assert all(s["sentence"] for s in m["sources"])


def test_proposed_and_ruled_out_trilateral_are_a_visible_disagreement(store):
    store_article(
        store,
        "Ein Dreiertreffen der USA, Russlands und der Ukraine ist nicht geplant, hieß es in Moskau.",
        "2025-12-18",
        "Abendblatt",
        [USA, UA, RU, ("Moskau", "LOC", ["Moskau"], None)],
    )
    store_article(
        store,
        "Die USA schlagen ein trilaterales Treffen mit Russland und der Ukraine vor.",
        "2025-12-20",
        "Morgenpost",
        [USA, UA, RU],
    )
    resolve(store)
    found = meetings(store)
    assert len(found) == 1
    m = found[0]
    assert m["status"] == "proposed"  # the latest report
    assert "status" in m["contested"]
    assert sorted(s["status"] for s in m["sources"]) == ["proposed", "ruled_out"]
    line = claims(m)[0]
    assert line.startswith("status:") and "Abendblatt" in line and "Morgenpost" in line


def test_different_sides_in_one_place_stay_apart(store):
    store_article(
        store,
        "In Miami trafen sich am Freitag Vertreter der USA und der Ukraine. Am Samstag kamen"
        " in Miami Vertreter der USA und Russlands zusammen.",
        "2025-12-21",
        "Kurier",
        [USA, UA, RU, MIAMI],
        [
            ("am Freitag", "2025-12-19", "2025-12-19", "2025-12-19"),
            ("Am Samstag", "2025-12-20", "2025-12-20", "2025-12-20"),
        ],
    )
    resolve(store)
    found = meetings(store)
    assert sorted(m["label"] for m in found) == [
        "USA – Russland in Miami",
        "USA – Ukraine in Miami",
    ]
    again = [m["id"] for m in found]
    resolve(store)  # rebuilding gives the same ids
    assert [m["id"] for m in meetings(store)] == again


def _side(name, typ="LOC", affiliation=None):
    return Side(f"{typ}:{name.casefold()}", name, name, typ, affiliation)


def test_resolver_needs_compatible_dates():
    def report(article, begin):
        return Report(
            article,
            0,
            begin,
            None,
            "held",
            parties=[_side("Chile"), _side("Peru")],
            date=begin,
            begin=begin,
            until=begin,
        )

    apart = resolve_meetings([report("a", "2024-01-10"), report("b", "2024-03-02")])
    same = resolve_meetings([report("a", "2024-01-10"), report("b", "2024-01-10")])
    assert len(apart) == 2
    assert len(same) == 1 and same[0].disputed == []


GENF = ("Genf", "LOC", ["Genf"], None)
LAWROW = ("Sergej Lawrow", "PER", ["Sergej Lawrow", "Lawrow"], "Russland")
ROUND = "USA – Russland in Genf"


def test_two_sided_talks_and_the_three_sided_meeting_that_widens_them_stay_apart(store):
    """One article reports US–Russian talks and that a meeting with Ukraine is not expected;
    a second says the talks took place and the USA propose a meeting of all three; a third
    has a Russian source rule out three-sided contacts. The pair and the trio are two
    meetings, and the trio's proposal and refusals stand side by side."""
    store_article(
        store,
        "Am Samstag sollen in Genf Gespräche zwischen den USA und Russland stattfinden."
        " Ein Treffen zwischen Vertretern der USA, Russlands und der Ukraine werde derzeit"
        " nicht erwartet, hieß es in Washington.",
        "2026-03-12",
        "Kurier",
        [USA, RU, UA, GENF],
        [("Am Samstag", "2026-03-14", "2026-03-14", "2026-03-14")],
    )
    store_article(
        store,
        "In Genf haben am Samstag Vertreter der USA und Russlands verhandelt. Die USA schlagen"
        " nun ein trilaterales Treffen mit Russland und der Ukraine in Genf vor.",
        "2026-03-15",
        "Tagblatt",
        [USA, RU, UA, GENF],
        [("am Samstag", "2026-03-14", "2026-03-14", "2026-03-14")],
    )
    store_article(
        store,
        "Außenminister Sergej Lawrow reist zu Gesprächen mit US-Vertretern nach Genf."
        " Dreiergespräche mit der ukrainischen Seite sind nicht geplant, hieß es in Moskau.",
        "2026-03-13",
        "Abendblatt",
        [USA, RU, UA, GENF, LAWROW, ("Moskau", "LOC", ["Moskau"], None)],
    )
    resolve(store)
    found = {m["label"]: m for m in meetings(store)}
    trio = next(m for m in found.values() if m["format"] == "trilateral")
    assert sorted(p["name"] for p in trio["parties"]) == ["Russland", "USA", "Ukraine"]
    assert [(h["status"], h["outlet"]) for h in trio["history"]] == [
        ("ruled_out", "Kurier"),
        ("ruled_out", "Abendblatt"),
        ("proposed", "Tagblatt"),
    ]
    assert "status" in trio["contested"]
    pair = found[ROUND]
    assert pair["format"] == "bilateral"
    assert sorted(s["status"] for s in pair["sources"]) == ["held", "planned", "planned"]
    assert len(found) == 2


def test_reports_in_a_country_and_in_its_city_are_one_meeting_at_the_city():
    def report(article, place):
        day = "2024-04-03"
        sides = [_side("Chile"), _side("Peru")]
        return Report(article, 0, day, None, "held", parties=sides, location=_side(place),
                      date=day, begin=day, until=day)  # fmt: skip

    one = resolve_meetings([report("a", "Polen"), report("b", "Krakau")])
    assert len(one) == 1 and one[0].location == "Krakau" and one[0].disputed == []
    apart = resolve_meetings([report("a", "Lyon"), report("b", "Krakau")])
    assert len(apart) == 2
