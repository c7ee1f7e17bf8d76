"""``parley meetings`` and ``parley timeline`` (table, JSON and the HTML page) on a store of
articles written for these tests."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from test_meetings_support import store_article
from typer.testing import CliRunner

from parley.cli import app
from parley.ingest import resolve
from parley.store import Store

USA = ("USA", "LOC", ["USA"], None)
UA = ("Ukraine", "LOC", ["Ukraine"], None)
RU = ("Russland", "LOC", ["Russland", "Russlands"], None)
GENF = ("Genf", "LOC", ["Genf"], None)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "parley.duckdb"
    with Store(path) as store:
        store_article(
            store,
            "In Genf haben Vertreter der USA und der Ukraine am Sonntag Gespräche begonnen.",
            "2025-11-23",
            "Kurier",
            [USA, UA, GENF],
            [("am Sonntag", "2025-11-23", "2025-11-23", "2025-11-23")],
        )
        store_article(
            store,
            "Ein Treffen der USA mit Russland und der Ukraine werde nicht erwartet. "
            "Die Gespräche der USA mit der Ukraine in Genf verliefen nach Angaben beider Seiten gut.",
            "2025-11-24",
            "Tagblatt",
            [USA, UA, RU, GENF],
        )
        store_article(
            store,
            "Die USA schlagen ein Dreiertreffen mit Russland und der Ukraine vor.",
            "2025-11-26",
            "Morgenpost",
            [USA, UA, RU],
        )
        resolve(store)
    return path


def run(*args):
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def test_meetings_json_in_calendar_order_with_sources(db):
    rows = json.loads(run("meetings", "--db", db, "--json"))
    assert [m["label"] for m in rows] == ["USA – Ukraine in Genf", "USA – Russland – Ukraine"]
    genf = rows[0]
    assert genf["date"] == "2025-11-23" and genf["reports"] == 2
    assert {s["outlet"] for s in genf["sources"]} == {"Kurier", "Tagblatt"}
    trilateral = rows[1]
    assert trilateral["status"] == "proposed" and "status" in trilateral["contested"]


def test_meetings_table_shows_who_said_what(db):
    out = run("meetings", "--db", db)
    assert "Genf" in out and "Morgenpost" in out and "ruled_out" in out


def test_status_filter(db):
    rows = json.loads(run("meetings", "--db", db, "--json", "--status", "proposed"))
    assert [m["status"] for m in rows] == ["proposed"]
    result = CliRunner().invoke(app, ["meetings", "--db", str(db), "--status", "maybe"])
    assert result.exit_code == 2


def test_timeline_table(db):
    out = run("timeline", "--db", db)
    assert out.index("Genf") < out.index("Russland")


def test_timeline_html_is_one_self_contained_page(db, tmp_path):
    page = tmp_path / "timeline.html"
    run("timeline", "--db", db, "--html", page)
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert not re.search(r"""(src|href)=["']https?:""", html)  # no CDN, no remote assets
    data = json.loads(re.search(r'id="data">(.*?)</script>', html, re.S)[1].replace("<\\/", "</"))
    meetings = [e for e in data["entries"] if e["kind"] == "meeting"]
    assert [m["label"] for m in meetings] == ["USA – Ukraine in Genf", "USA – Russland – Ukraine"]
    sentences = [s["sentence"] for m in meetings for s in m["sources"]]
    assert any("verliefen nach Angaben beider Seiten gut" in s for s in sentences)
    assert meetings[1]["disputes"][0]["field"] == "status"


@pytest.mark.browser
@pytest.mark.skipif(not shutil.which("chromium"), reason="needs Chromium")
def test_timeline_html_renders_in_a_browser(db, tmp_path):
    page, shot = tmp_path / "timeline.html", tmp_path / "shot.png"
    run("timeline", "--db", db, "--html", page)
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--window-size=1000,800",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert shot.stat().st_size > 10_000
