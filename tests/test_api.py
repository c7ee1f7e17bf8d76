"""The API against a real uvicorn server on 127.0.0.1 and a real DuckDB file."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

import httpx
import pytest
from test_api_world import HAND, MEETING, WRITTEN, Served, built_world, free_port

from parley.api import create_app
from parley.store import Store

TOKEN = "correct horse battery staple"
LISTS = {
    "documents": ("/api/documents", {}),
    "actors": ("/api/actors", {}),
    "meetings": ("/api/meetings", {}),
    "quotes": ("/api/quotes", {}),
    "timeline": ("/api/timeline", {}),
    "search": ("/api/search", {"q": "Ukraine"}),
}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("api")
    shutil.copy(built_world(), root / "parley.duckdb")
    return root


@pytest.fixture(scope="module")
def api(world):
    with (
        Served(create_app(world / "parley.duckdb")) as served,
        httpx.Client(base_url=served.url, timeout=30) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def writable(world):
    path = world / "writable.duckdb"
    shutil.copy(world / "parley.duckdb", path)
    app = create_app(path, token=TOKEN, max_body=20_000)
    with Served(app) as served, httpx.Client(base_url=served.url, timeout=60) as client:
        client.app_state = app.state
        yield client


def _all(client: httpx.Client, path: str, params: dict | None = None) -> list[dict]:
    return client.get(path, params={**(params or {}), "limit": 1000}).json()["items"]


def _key(item: dict) -> str:
    return f"{item.get('kind', '')}|{item.get('id') or item['article_id']}|{item.get('idx')}"


def _counts(client: httpx.Client) -> dict[str, int]:
    return client.get("/api/info").json()["counts"]


# -- schema ------------------------------------------------------------------------------


def test_openapi_schema_is_valid_and_documents_every_list(api):
    spec = api.get("/openapi.json").json()
    validator = pytest.importorskip("openapi_spec_validator")
    validator.validate(spec)
    for path, _ in LISTS.values():
        operation = spec["paths"][path]["get"]
        params = {p["name"] for p in operation["parameters"]}
        assert {"since", "until", "actor", "status", "outlet", "limit", "offset"} <= params
        ref = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        schema = spec["components"]["schemas"][ref.split("/")[-1]]
        assert {"total", "limit", "offset", "items"} <= set(schema["required"])
    assert "/api/articles" not in spec["paths"]  # no token: no write endpoint
    docs = api.get("/docs")
    assert docs.status_code == 200 and "/openapi.json" in docs.text


# -- reading -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(LISTS))
def test_every_list_paginates(api, name):
    path, params = LISTS[name]
    everything = _all(api, path, params)
    size = max(1, len(everything) // 4)  # about four pages, whatever the extractors find
    first = api.get(path, params={**params, "limit": size}).json()
    assert first["total"] == len(everything) > 0, name
    seen = []
    for offset in range(0, first["total"], size):
        page = api.get(path, params={**params, "limit": size, "offset": offset}).json()
        assert page["total"] == first["total"] and page["offset"] == offset
        assert 0 < len(page["items"]) <= size
        seen.extend(_key(i) for i in page["items"])
    assert seen == [_key(i) for i in everything]
    past = api.get(path, params={**params, "limit": 5, "offset": first["total"]}).json()
    assert past["items"] == [] and past["total"] == first["total"]
    assert api.get(path, params={**params, "limit": 0}).status_code == 422
    assert api.get(path, params={**params, "offset": -1}).status_code == 422


def test_documents_list_every_ingested_article(api, world):
    with Store(world / "parley.duckdb", read_only=True) as store:
        stored = store.con.execute("SELECT count(*) FROM articles").fetchone()[0]
    documents = _all(api, "/api/documents")
    assert len(documents) == stored >= len(WRITTEN) + len(HAND)
    titles = {d["title"] for d in documents}
    assert "Selenskyj und Macron telefonieren über Sicherheitsgarantien" in titles
    dates = [d["published"] for d in documents if d["published"]]
    assert dates == sorted(dates, reverse=True)


def test_document_facts_are_offsets_into_its_text(api):
    hit = api.get("/api/documents", params={"outlet": "Südkurier"}).json()
    assert hit["total"] == 1
    doc = api.get(f"/api/documents/{hit['items'][0]['id']}").json()
    text = doc["text"]
    assert "„schwierigen, aber ehrlichen“" in text and "Außenminister" in text
    for kind in ("mentions", "timexes", "quotes", "roles"):
        assert doc[kind], kind
        for fact in doc[kind]:
            assert text[fact["start"] : fact["end"]] == fact["text"]
            assert fact["sent_start"] <= fact["start"] < fact["end"] <= fact["sent_end"]
    (report,) = doc["meetings"]
    assert text[report["start"] : report["end"]] == report["trigger"] == "getroffen"
    assert report["meeting_id"] == MEETING and report["status"] == "held"
    assert {p["name"] for p in report["participants"]} == {"Marco Rubio", "Sergej Lawrow"}
    assert doc["publications"][0]["outlet"] == "Südkurier.example"


def test_meeting_keeps_every_source_and_their_disagreements(api):
    meeting = api.get(f"/api/meetings/{MEETING}").json()
    assert meeting["reports"] == 2
    assert [s["outlet"] for s in meeting["sources"]] == ["Nordkurier.example", "Südkurier.example"]
    assert [s["status"] for s in meeting["sources"]] == ["planned", "held"]
    assert meeting["status"] == "held"  # the latest report's
    fields = {d["field"]: d for d in meeting["disagreements"]}
    assert set(meeting["disputed"]) == set(fields) >= {"status", "date"}
    dates = {c["value"]: c["sources"][0]["outlet"] for c in fields["date"]["values"]}
    assert dates == {"2026-02-09": "Nordkurier.example", "2026-02-10": "Südkurier.example"}
    assert all("Riad" in s["sentence"] for s in meeting["sources"])
    assert api.get("/api/meetings/no-such-meeting").status_code == 404


def test_filters_narrow_every_list(api):
    meetings = api.get("/api/meetings", params={"status": "held", "since": "2026-02-10"}).json()
    assert MEETING in {m["id"] for m in meetings["items"]}
    assert all(m["status"] == "held" for m in meetings["items"])
    early = api.get("/api/meetings", params={"until": "2026-02-09"}).json()["items"]
    assert MEETING not in {m["id"] for m in early}
    lawrow = api.get("/api/documents", params={"actor": "PER:Sergej Lawrow"}).json()
    outlets = {d["outlet"] for d in lawrow["items"]}
    assert {"Nordkurier.example", "Südkurier.example"} <= outlets
    by_name = api.get("/api/quotes", params={"actor": "lawrow", "since": "2026-02"}).json()
    assert by_name["total"] >= 2
    assert all(q["published"] >= "2026-02" for q in by_name["items"])
    outlet = api.get("/api/timeline", params={"outlet": "nordkurier"}).json()
    assert {e["id"] for e in outlet["items"] if e["kind"] == "meeting"} == {MEETING}
    month = api.get("/api/documents", params={"since": "2026-02", "until": "2026-02"}).json()
    assert all(d["published"].startswith("2026-02") for d in month["items"])
    assert api.get("/api/meetings", params={"status": "maybe"}).status_code == 422
    assert api.get("/api/documents", params={"since": "gestern"}).status_code == 422


def test_actor_page_has_roles_quotes_meetings_and_contacts(api):
    found = api.get("/api/actors", params={"actor": "Lawrow"}).json()["items"]
    assert "PER:Sergej Lawrow" in {a["id"] for a in found}
    actor = api.get("/api/actors/PER:Sergej Lawrow").json()
    assert actor["articles"] >= 2
    dates = [r["published"] for r in actor["roles"]]
    assert dates == sorted(dates) and {"2026-02-02", "2026-02-11"} <= set(dates)
    assert {"direct", "indirect"} <= {q["kind"] for q in actor["quotes"]}
    assert MEETING in {m["id"] for m in actor["meetings"]}
    assert {"Marco Rubio", "USA", "Russland"} <= {c["name"] for c in actor["met"]}
    assert api.get("/api/actors/PER:Niemand").status_code == 404


def test_timeline_places_meetings_on_their_dates(api):
    entries = _all(api, "/api/timeline")
    days = [e["day"] for e in entries]
    assert days == sorted(days)
    (riad,) = [e for e in entries if e["id"] == MEETING]
    assert (riad["begin"], riad["placed"], riad["status"]) == ("2026-02-10", "date", "held")
    statements = [e for e in entries if e["kind"] == "statement"]
    assert statements and all(e["placed"] == "published" for e in statements)


def test_search_finds_articles_and_quotes_case_insensitively(api):
    hits = api.get("/api/search", params={"q": "WAFFENRUHE riad"}).json()
    assert {h["kind"] for h in hits["items"]} == {"article"} and hits["total"] == 2
    quote = api.get("/api/search", params={"q": "ehrlichen", "kind": "quote"}).json()
    (hit,) = quote["items"]
    doc = api.get(f"/api/documents/{hit['article_id']}").json()
    assert doc["text"][hit["offset"] : hit["offset"] + 9] == "ehrlichen"
    start, end = hit["marks"][0]
    assert hit["snippet"][start:end] == "ehrlichen"
    umlaut = api.get("/api/search", params={"q": "Größe"}).json()
    assert umlaut["total"] >= 1 and "Größe" in umlaut["items"][0]["snippet"]
    phrase = api.get("/api/search", params={"q": '"Brüssel über weitere"'}).json()
    assert phrase["total"] == 1
    assert api.get("/api/search").status_code == 422


# -- writing -----------------------------------------------------------------------------

ARTICLE = {
    "title": "Außenminister treffen sich in Genf",
    "text": (
        "Die Außenminister der Schweiz und Österreichs haben sich am Dienstag in Genf "
        "getroffen. Sie sprachen über eine mögliche Friedenskonferenz für die Ukraine. "
        "„Wir stehen als Gastgeber bereit“, sagte der Schweizer Außenminister Ignazio Cassis."
    ),
    "published": "2026-02-17",
    "outlet": "Genfer Bote",
    "url": "https://genfer-bote.example/treffen",
}


def test_no_token_configured_means_no_write_endpoint(api):
    before = _counts(api)
    response = api.post("/api/articles", json=ARTICLE)
    assert response.status_code in (404, 405)
    assert _counts(api) == before


def test_post_needs_the_right_token(writable):
    before = _counts(writable)
    assert writable.post("/api/articles", json=ARTICLE).status_code == 401
    wrong = writable.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    basic = writable.post("/api/articles", json=ARTICLE, headers={"Authorization": "Basic x"})
    assert basic.status_code == 401
    assert _counts(writable) == before


@pytest.mark.parametrize(
    "body",
    [
        b'{"text": "Die Au\xc3\x9fenminister',  # truncated JSON
        b"[]",
        b'{"title": "no text"}',
        b'{"text": ""}',
        b'{"text": "Zu kurz."}',  # cleaning leaves too few words
        b'{"text": "Ein ganz normaler Satz mit genug Worten darin.", "published": "morgen"}',
        b'{"text": "Ein ganz normaler Satz mit genug Worten darin.", "url": "javascript:x"}',
        b'{"text": "Ein ganz normaler Satz mit genug Worten darin.", "extra": 1}',
        b"x" * 30_000,  # over the body limit
    ],
)
def test_malformed_post_changes_nothing(writable, body):
    before = _counts(writable)
    response = writable.post(
        "/api/articles",
        content=body,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert response.status_code in (413, 422), response.text
    assert response.json()["detail"]
    assert _counts(writable) == before


def test_streamed_body_over_the_limit_is_refused(writable):
    before = _counts(writable)

    def chunks():
        for _ in range(30):
            yield b" " * 1000

    response = writable.post(
        "/api/articles",
        content=chunks(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert _counts(writable) == before


def test_post_ingests_one_article_once(writable):
    before = _counts(writable)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    created = writable.post("/api/articles", json=ARTICLE, headers=auth)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["created"] is True
    doc = writable.get(body["document"]).json()
    assert doc["title"] == ARTICLE["title"] and doc["outlet"] == "Genfer Bote"
    assert doc["published"] == "2026-02-17"
    assert "„Wir stehen als Gastgeber bereit“" in doc["text"] and "Österreichs" in doc["text"]
    after = _counts(writable)
    assert after["articles"] == before["articles"] + 1
    again = writable.post("/api/articles", json=ARTICLE, headers=auth)
    assert again.status_code == 200 and again.json() == {**body, "created": False}
    assert _counts(writable)["articles"] == after["articles"]


# -- the command -------------------------------------------------------------------------


def test_parley_serve_binds_loopback_and_serves(world, tmp_path):
    port = free_port()
    env = {k: v for k, v in __import__("os").environ.items() if k != "PARLEY_TOKEN"}
    command = [sys.executable, "-c", "from parley.cli import app; app()", "serve"]
    process = subprocess.Popen(
        [*command, "--port", str(port), "--db", str(world / "parley.duckdb")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        info, deadline = None, time.monotonic() + 60
        while info is None and process.poll() is None and time.monotonic() < deadline:
            try:
                info = httpx.get(f"http://127.0.0.1:{port}/api/info", timeout=2).json()
            except httpx.TransportError:
                time.sleep(0.2)
        assert info, process.stdout.read1().decode() if process.poll() is not None else "slow"
        assert info["writable"] is False and info["counts"]["articles"] > 0
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert page.status_code == 200 and "parley" in page.text
    finally:
        process.terminate()
        process.wait(10)
    assert f"http://127.0.0.1:{port}/" in process.stdout.read().decode()
    missing = subprocess.run(
        [*command, "--db", str(tmp_path / "none.duckdb")], env=env, capture_output=True
    )
    assert missing.returncode == 2


def test_store_written_by_another_process_answers_503(world, tmp_path):
    path = tmp_path / "busy.duckdb"
    shutil.copy(world / "parley.duckdb", path)
    with Served(create_app(path)) as served:
        assert httpx.get(f"{served.url}/api/info").status_code == 200
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLD_LOCK, str(path)], stdout=subprocess.PIPE, text=True
        )
        try:
            assert holder.stdout.readline().strip() == "locked"
            busy = httpx.get(f"{served.url}/api/documents")
            assert busy.status_code == 503 and busy.headers["retry-after"]
        finally:
            holder.terminate()
            holder.wait(10)
        assert httpx.get(f"{served.url}/api/documents").status_code == 200


HOLD_LOCK = (
    "import sys, time, duckdb; c = duckdb.connect(sys.argv[1]); print('locked', flush=True);"
    " time.sleep(60)"
)
