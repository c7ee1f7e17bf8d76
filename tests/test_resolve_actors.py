"""Canonical actors across articles: the pure resolve function on sightings, and articles
written for these tests ingested into a real DuckDB store in two orders."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.ingest import ingest
from parley.resolve.actors import RoleSeen, Sighting, resolve_actors
from parley.store import Store


def seen(article: str, name: str, aff: str | None = None, role: str | None = None) -> Sighting:
    roles = [RoleSeen(article, role, aff, "2025-12-20")] if role else []
    forms = [name, name.split()[-1]]
    return Sighting(article, f"PER:{name}", name, "PER", forms, aff, "2025-12-20", roles)


SIGHTINGS = [
    seen("a1", "Rustem Umjerow", "Ukraine", "ukrainische Chefunterhändler"),
    seen("a2", "Rustem Umerow", "Ukraine"),
    seen("a3", "Umerov"),
    seen("a1", "Steve Witkoff", "USA", "US-Sondergesandte"),
    seen("a2", "Steven Witkoff", "USA"),
    seen("a3", "Witkoff"),
    seen("a1", "Kirill Dmitrijew", "Russland", "Putin-Berater"),
    seen("a4", "Kirill Dmitriev"),
    seen("a1", "Andrij Kostin", "Ukraine", "Generalstaatsanwalt"),
    seen("a4", "Andrej Kostin", "Russland", "Bankchef"),
    seen("a2", "Joe Biden", "USA"),
    seen("a3", "Hunter Biden"),
    seen("a4", "Biden"),
]


def clusters(actors) -> set[frozenset[str]]:
    return {frozenset(article for article, _ in a.members) | {a.name} for a in actors}


def test_variants_merge_and_different_people_stay_apart():
    actors = {a.name: a for a in resolve_actors(SIGHTINGS)}
    assert set(actors) == {
        "Rustem Umjerow",
        "Steven Witkoff",  # the fuller form when both are as common
        "Kirill Dmitrijew",
        "Andrij Kostin",
        "Andrej Kostin",
        "Joe Biden",
        "Hunter Biden",
        "Biden",  # either Biden: it stays on its own
    }
    assert actors["Rustem Umjerow"].aliases == [
        "Rustem Umerow",
        "Rustem Umjerow",
        "Umerov",
        "Umerow",
        "Umjerow",
    ]
    assert actors["Rustem Umjerow"].articles == 3
    assert actors["Steven Witkoff"].articles == 3
    assert actors["Kirill Dmitrijew"].affiliation == "Russland"
    assert actors["Andrij Kostin"].affiliation == "Ukraine"
    assert actors["Andrej Kostin"].affiliation == "Russland"
    assert actors["Rustem Umjerow"].role == "ukrainische Chefunterhändler"


def test_the_result_does_not_depend_on_the_order():
    expected = clusters(resolve_actors(SIGHTINGS))
    shuffled = list(SIGHTINGS)
    for seed in range(5):
        random.Random(seed).shuffle(shuffled)
        assert clusters(resolve_actors(shuffled)) == expected


ARTICLES = {
    "a.txt": " date 2025-12-18 In Miami hat der US-Sondergesandte Steve Witkoff am Donnerstag "
    "den ukrainischen Chefunterhändler Rustem Umjerow getroffen. Witkoff sprach danach von "
    "einem guten Gespräch. Russlands Präsident Wladimir Putin äußerte sich nicht.\n",
    "b.txt": " date 2025-12-20 Die US-Sondergesandten Steven Witkoff und Jared Kushner haben "
    "in Florida mit dem Sekretär des ukrainischen Sicherheitsrats, Rustem Umerow, "
    "verhandelt. Umerow sagte, die Ukraine wolle Sicherheitsgarantien.\n",
    "c.txt": " date 2025-12-21 Der Putin-Berater Kirill Dmitrijew ist in Miami eingetroffen. "
    "Kremlsprecher Dmitri Peskow sagte in Moskau, Russland erwarte Ergebnisse. Auch der "
    "russische Bankchef Andrej Kostin reiste an.\n",
    "d.txt": " date 2025-12-22 Der ukrainische Generalstaatsanwalt Andrij Kostin hat in Kiew "
    "neue Ermittlungen angekündigt. Die Ukraine fordert von Russland Aufklärung.\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "in"
    path.mkdir()
    for name, text in ARTICLES.items():
        (path / name).write_text(text, encoding="utf-8")
    return path


def actor_table(db: Path) -> list[tuple]:
    with Store(db, read_only=True) as store:
        return [
            tuple(r.values())
            for r in store.query(
                "SELECT id, aliases, affiliation, role, articles, first_seen, last_seen"
                " FROM actors ORDER BY id"
            )
        ]


def test_ingest_in_two_orders_gives_the_same_actors(folder: Path, tmp_path: Path):
    files = sorted(folder.iterdir())
    tables = []
    for name, order in (("one", files), ("two", files[::-1])):
        db = tmp_path / f"{name}.duckdb"
        with Store(db) as store:
            for path in order:  # one article at a time: the actors are resolved after each
                ingest([path], store, workers=1)
        tables.append(actor_table(db))
    assert tables[0] == tables[1]
    people = {row[0]: row for row in tables[0] if row[0].startswith("PER:")}
    umjerow = [p for p in people if "Umjerow" in p or "Umerow" in p]
    witkoff = [p for p in people if "Witkoff" in p]
    kostin = [p for p in people if "Kostin" in p]
    assert len(umjerow) == 1 and people[umjerow[0]][4] == 2
    assert len(witkoff) == 1 and people[witkoff[0]][4] == 2
    assert len(kostin) == 2  # two people, one name spelt alike


def test_actor_views_and_graph(folder: Path, tmp_path: Path):
    db = tmp_path / "parley.duckdb"
    runner = CliRunner()
    assert (
        runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--workers", "1"]).exit_code
        == 0
    )
    listed = runner.invoke(app, ["actors", "--db", str(db), "--type", "PER", "--json"])
    assert "Witkoff" in listed.output
    one = runner.invoke(app, ["actor", "Umerov", "--db", str(db), "--json"])
    assert one.exit_code == 0 and "Sicherheitsrats" in one.output
    out = tmp_path / "actors.graphml"
    assert runner.invoke(app, ["graph", str(out), "--db", str(db)]).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<?xml")
