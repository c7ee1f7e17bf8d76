"""The web UI in a real headless Chromium, against a real server and DuckDB file.

Skipped when Chromium, its driver or selenium is missing (``.ci/install-browser`` installs
them). With ``PARLEY_SCREENSHOTS=DIR`` the screenshot test stores the README's pictures,
taken of a store holding only the bundled examples as ``parley ingest`` reads them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
from test_api_world import EXAMPLES, MEETING, Served, built_world

from parley.api import create_app
from parley.ingest import ingest
from parley.store import Store

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs chromium and chromedriver"),
]
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def chrome(profile: Path, width: int = 1280, height: int = 900):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=webdriver.ChromeService(DRIVER), options=options)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("ui")
    shutil.copy(built_world(), root / "parley.duckdb")
    with Served(create_app(root / "parley.duckdb")) as served:
        yield served.url, root


@pytest.fixture(scope="module")
def browser(site):
    driver = chrome(site[1] / "chrome")
    yield driver
    driver.quit()


def wait(driver, css: str, timeout: float = 20):
    return WebDriverWait(driver, timeout).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, css))
    )


def visit(driver, url: str, css: str):
    driver.get(url)
    return wait(driver, css)


VISIBLE_CLICK = """
const area = document.querySelector('.chart-area').getBoundingClientRect();
const shown = [...document.querySelectorAll('.timeline-svg .entry.meeting')].filter((g) => {
  const r = g.getBoundingClientRect();
  return r.left >= area.left && r.right <= area.right;
});
const pick = shown.find((g) => g.dataset.id === arguments[0]) || shown[0];
pick.dispatchEvent(new MouseEvent('click', {bubbles: true}));
"""


def api(driver, site, path: str):
    """JSON from the API, fetched by the page itself."""
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0]).then(r => r.json()).then(done);",
        f"{site[0]}{path}",
    )


def test_articles_page_lists_every_ingested_article(browser, site):
    visit(browser, f"{site[0]}/#/articles?limit=200", "[data-page=articles] .cards")
    titles = {d["title"] for d in api(browser, site, "/api/documents?limit=200")["items"]}
    shown = browser.find_element(By.ID, "view").text
    assert titles and all(t in shown for t in titles if t)
    if EXAMPLES.is_dir():
        assert any("Genf" in t for t in titles if t)


def test_click_on_a_timeline_entry_opens_its_sources(browser, site):
    visit(browser, f"{site[0]}/#/?since=2026-02-01", ".timeline-svg")
    entry = wait(browser, f'.timeline-svg .entry.meeting[data-id="{MEETING}"] rect')
    entry.click()
    panel = WebDriverWait(browser, 20).until(
        lambda d: (
            "Sources (2)" in d.find_element(By.ID, "entry-panel").text
            and d.find_element(By.ID, "entry-panel")
        )
    )
    text = panel.text
    assert "Nordkurier.example" in text and "Südkurier.example" in text
    assert "Vertreter der USA und Russlands sollen am 9. Februar in Riad" in text
    assert panel.find_element(By.CSS_SELECTOR, "mark").text == "verhandeln"
    panel.find_element(By.PARTIAL_LINK_TEXT, "meeting page").click()
    wait(browser, ".sources .source-card")
    cards = browser.find_elements(By.CSS_SELECTOR, ".sources .source-card")
    assert len(cards) == 2
    disagreements = browser.find_element(By.CSS_SELECTOR, ".disagreements").text
    assert "planned" in disagreements and "held" in disagreements and "2026-02-09" in disagreements
    assert cards[0].find_elements(By.CSS_SELECTOR, ".disputed")


def test_timeline_zooms(browser, site):
    visit(browser, f"{site[0]}/#/", ".timeline-svg")

    def first_tick() -> str:
        return browser.find_element(By.CSS_SELECTOR, ".timeline-svg .tick-label").text

    before = first_tick()
    browser.find_element(By.CSS_SELECTOR, "[aria-label='zoom in']").click()
    browser.find_element(By.CSS_SELECTOR, "[aria-label='zoom in']").click()
    WebDriverWait(browser, 10).until(lambda d: first_tick() != before)
    rows = browser.find_elements(By.CSS_SELECTOR, ".timeline-list .entry-row")
    assert len(rows) == api(browser, site, "/api/timeline?limit=1")["total"]


def test_article_page_highlights_facts_in_intact_text(browser, site):
    doc_id = api(browser, site, "/api/documents?outlet=Südkurier")["items"][0]["id"]
    doc = api(browser, site, f"/api/documents/{doc_id}")
    text = visit(browser, f"{site[0]}/#/article/{doc_id}", ".article-text")
    shown = browser.execute_script("return arguments[0].textContent", text)
    assert shown == doc["text"]  # every character kept, offsets line up
    assert "„schwierigen, aber ehrlichen“" in shown
    people = {e.text for e in text.find_elements(By.CSS_SELECTOR, ".ent-PER")}
    assert {"Marco Rubio", "Sergej Lawrow"} <= people
    assert text.find_element(By.CSS_SELECTOR, ".tx").text == "am 10. Februar"
    assert text.find_element(By.CSS_SELECTOR, ".mt").text == "getroffen"
    assert any("ehrlichen" in q.text for q in text.find_elements(By.CSS_SELECTOR, ".qt"))
    text.find_element(By.CSS_SELECTOR, ".mt").click()
    wait(browser, ".sources .source-card")
    assert MEETING in browser.current_url


def test_actor_page_shows_roles_quotes_meetings_and_contacts(browser, site):
    visit(browser, f"{site[0]}/#/actor/PER%3ASergej%20Lawrow", "[data-page=actors] h1")
    view = browser.find_element(By.ID, "view").text
    assert "Sergej Lawrow" in view and "Außenminister" in view
    assert "Marco Rubio" in view.split("Who they met")[1]
    assert "Wir sind zu ernsthaften Gesprächen bereit" in view
    assert browser.find_elements(By.CSS_SELECTOR, f'a[href="#/meeting/{MEETING}"]')


def test_search_marks_matches(browser, site):
    visit(browser, f"{site[0]}/#/", ".timeline-svg")
    box = browser.find_element(By.CSS_SELECTOR, "#quick-search input")
    box.send_keys("Waffenruhe", Keys.ENTER)
    wait(browser, ".hits .snippet mark")
    marks = {m.text.lower() for m in browser.find_elements(By.CSS_SELECTOR, ".hits mark")}
    assert marks == {"waffenruhe"}


def test_pages_fit_a_phone(site):
    driver = chrome(site[1] / "phone", 390, 844)
    try:
        for route, css in [
            ("#/", ".timeline-svg"),
            (f"#/meeting/{MEETING}", ".source-card"),
            ("#/actor/PER%3ASergej%20Lawrow", "[data-page=actors] h1"),
        ]:
            visit(driver, f"{site[0]}/{route}", css)
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth - window.innerWidth"
            )
            assert overflow <= 1, route
    finally:
        driver.quit()


@pytest.mark.skipif(not os.environ.get("PARLEY_SCREENSHOTS"), reason="PARLEY_SCREENSHOTS unset")
def test_screenshots(tmp_path):
    out = Path(os.environ["PARLEY_SCREENSHOTS"])
    out.mkdir(parents=True, exist_ok=True)
    with Store(tmp_path / "examples.duckdb") as store:
        ingest([EXAMPLES], store, workers=1)
    with Served(create_app(tmp_path / "examples.duckdb")) as served:
        driver = chrome(tmp_path / "chrome", 1280, 1000)
        try:
            driver.get(f"{served.url}/openapi.json")  # same origin for api(), no page yet
            meeting = api(driver, (served.url,), "/api/meetings?limit=200")["items"]
            meeting = max(meeting, key=lambda m: (m["reports"], len(m["disputed"])))
            people = api(driver, (served.url,), "/api/actors?type=PER&limit=15")["items"]
            actor = max(
                (api(driver, (served.url,), f"/api/actors/{quote(p['id'])}") for p in people),
                key=lambda a: (len(a["meetings"]) + len(a["met"]), len(a["roles"])),
            )
            article = api(driver, (served.url,), "/api/documents?limit=200")["items"]
            article = max(article, key=lambda d: d["meetings"] + d["quotes"])
            pages = {
                "timeline": ("#/", ".timeline-svg"),
                "meeting": (f"#/meeting/{meeting['id']}", ".source-card"),
                "actor": (f"#/actor/{quote(actor['id'])}", "[data-page=actors] h1"),
                "article": (f"#/article/{article['id']}", ".article-text"),
                "search": ("#/search?q=Waffenruhe", ".hits"),
            }
            for name, (route, css) in pages.items():
                visit(driver, f"{served.url}/{route}", css)
                if name == "timeline":
                    driver.execute_script(VISIBLE_CLICK, meeting["id"])
                    wait(driver, "#entry-panel .source")
                    driver.execute_script("window.scrollTo(0, 0)")
                driver.save_screenshot(str(out / f"{name}.png"))
            driver.set_window_size(390, 844)
            visit(driver, f"{served.url}/#/meeting/{meeting['id']}", ".source-card")
            driver.save_screenshot(str(out / "meeting-phone.png"))
        finally:
            driver.quit()
