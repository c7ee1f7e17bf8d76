"""The world the API and UI tests run in (no tests here).

A real DuckDB file filled by ``parley.ingest`` from the bundled examples and from articles
written for these tests, plus two short reports of one meeting stored with hand-written
facts (as the analyse layer would record them) and linked as one meeting (as the resolve
layer would), so that pages with highlights, sources side by side and disagreements have
something certain to show whatever the extractors find today. And a real uvicorn server on
127.0.0.1 on a free port.
"""

from __future__ import annotations

import atexit
import shutil
import socket
import tempfile
import threading
import time
from functools import cache
from pathlib import Path

import uvicorn

from parley.clean import clean
from parley.facts import Analysis, ArticleActor, MeetingReport, Mention, Quote, Role, Timex
from parley.ingest import ingest
from parley.read import RawArticle
from parley.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
MEETING = "riad-2026-02"

WRITTEN = {
    "2026-02-05-bruessel.txt": (
        "EU-Außenminister beraten über Hilfe für die Ukraine\n\n"
        "BRÜSSEL (dpa) - Die Außenminister der Europäischen Union haben am Donnerstag in "
        "Brüssel über weitere Hilfen für die Ukraine beraten. Die EU-Außenbeauftragte Kaja "
        "Kallas sagte nach dem Treffen: „Wir werden die Ukraine so lange unterstützen, wie es "
        "nötig ist.“ Ein Sondergipfel der Staats- und Regierungschefs sei für März geplant.\n\n"
        "Ungarns Außenminister Péter Szijjártó äußerte Zweifel an einem neuen Sanktionspaket. "
        "Über die Größe künftiger Zahlungen wollen die Minister im Frühjahr erneut sprechen.\n"
    ),
    "2026-02-07-telefonat.txt": (
        "Selenskyj und Macron telefonieren über Sicherheitsgarantien\n\n"
        "KIEW (AFP) - Der ukrainische Präsident Wolodymyr Selenskyj hat am Freitag mit dem "
        "französischen Präsidenten Emmanuel Macron telefoniert. Dabei sei es um "
        "Sicherheitsgarantien für die Zeit nach einer möglichen Waffenruhe gegangen, teilte "
        "das Präsidialamt in Kiew mit. „Frankreich steht fest an unserer Seite“, schrieb "
        "Selenskyj danach auf der Plattform X.\n\n"
        "Ein Treffen der beiden Präsidenten in Paris ist nach Angaben aus dem Élysée-Palast "
        "für Ende Februar vorgesehen.\n"
    ),
}

# Two reports of one meeting; one sentence per line keeps the sentence offsets simple.
HAND = [
    {
        "title": "Neue Gesprächsrunde in Riad geplant",
        "published": "2026-02-02",
        "outlet": "Nordkurier.example",
        "url": "https://nordkurier.example/riad-geplant",
        "text": (
            "Neue Gesprächsrunde in Riad geplant\n"
            "Vertreter der USA und Russlands sollen am 9. Februar in Riad über eine Waffenruhe "
            "verhandeln.\n"
            "Das teilte Außenminister Sergej Lawrow am Montag in Moskau mit.\n"
            "„Wir sind zu ernsthaften Gesprächen bereit“, sagte Lawrow.\n"
        ),
        "actors": {
            "LOC:USA": ["USA"],
            "LOC:Russland": ["Russlands"],
            "LOC:Riad": ["Riad"],
            "LOC:Moskau": ["Moskau"],
            "PER:Sergej Lawrow": ["Sergej Lawrow", "Lawrow"],
        },
        "roles": [("Außenminister", "PER:Sergej Lawrow", "LOC:Russland")],
        "timexes": [("am 9. Februar", "2026-02-09"), ("am Montag", "2026-02-02")],
        "quotes": [("Wir sind zu ernsthaften Gesprächen bereit", "direct", "PER:Sergej Lawrow")],
        "meeting": ("verhandeln", [], "planned", "am 9. Februar", "2026-02-09"),
    },
    {
        "title": "Gespräche in Riad ohne Durchbruch",
        "published": "2026-02-11",
        "outlet": "Südkurier.example",
        "url": "https://suedkurier.example/riad-ohne-durchbruch",
        "text": (
            "Gespräche in Riad ohne Durchbruch\n"
            "In Riad haben sich am 10. Februar US-Außenminister Marco Rubio und der russische "
            "Außenminister Sergej Lawrow zu Gesprächen über eine Waffenruhe getroffen.\n"
            "Rubio sprach danach von „schwierigen, aber ehrlichen“ Verhandlungen.\n"
            "Sergej Lawrow sagte, Moskau erwarte nun Antworten aus Washington.\n"
        ),
        "actors": {
            "LOC:USA": ["US"],
            "LOC:Russland": ["russische"],
            "LOC:Riad": ["Riad"],
            "LOC:Moskau": ["Moskau"],
            "LOC:Washington": ["Washington"],
            "PER:Marco Rubio": ["Marco Rubio", "Rubio"],
            "PER:Sergej Lawrow": ["Sergej Lawrow"],
        },
        "roles": [
            ("Außenminister", "PER:Marco Rubio", "LOC:USA"),
            ("russische Außenminister", "PER:Sergej Lawrow", "LOC:Russland"),
        ],
        "timexes": [("am 10. Februar", "2026-02-10")],
        "quotes": [
            ("schwierigen, aber ehrlichen", "fragment", "PER:Marco Rubio"),
            ("Moskau erwarte nun Antworten aus Washington", "indirect", "PER:Sergej Lawrow"),
        ],
        "meeting": (
            "getroffen",
            ["PER:Marco Rubio", "PER:Sergej Lawrow"],
            "held",
            "am 10. Februar",
            "2026-02-10",
        ),
    },
]


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The line holding a span (the hand-written articles have one sentence a line)."""
    stop = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if stop < 0 else stop


def _at(text: str, phrase: str, after: int = 0) -> tuple[int, int, int, int]:
    start = text.index(phrase, after)
    return (start, start + len(phrase), *_sentence(text, start, start + len(phrase)))


def _analysis(spec: dict, text: str) -> Analysis:
    facts = Analysis()
    for key, forms in spec["actors"].items():
        kind, name = key.split(":", 1)
        facts.actors.append(ArticleActor(key, name, kind, forms))
        for form in forms:
            start = text.find(form, text.index("\n"))  # mentions in the body, not the title
            while start >= 0:
                s, e, ss, se = _at(text, form, start)
                if not any(m.start <= s < m.end for m in facts.mentions):
                    facts.mentions.append(Mention(s, e, form, kind, ss, se, key))
                start = text.find(form, e)
    for role, key, affiliation in spec["roles"]:
        s, e, ss, se = _at(text, role)
        facts.roles.append(Role(role, s, e, key, affiliation, ss, se))
    for phrase, value in spec["timexes"]:
        s, e, ss, se = _at(text, phrase)
        facts.timexes.append(Timex(s, e, phrase, value, value, value, ss, se, spec["published"]))
    for words, kind, speaker in spec["quotes"]:
        s, e, ss, se = _at(text, words)
        facts.quotes.append(
            Quote(s, e, words, kind, speaker, speaker.split(":")[1], None, None, ss, se)
        )
    trigger, people, status, when, value = spec["meeting"]
    s, e, ss, se = _at(text, trigger)
    facts.meetings.append(
        MeetingReport(
            trigger,
            s,
            e,
            people,
            ["LOC:USA", "LOC:Russland"],
            "LOC:Riad",
            value,
            value,
            value,
            status,
            "bilateral",
            "in_person",
            ss,
            se,
        )
    )
    facts.mentions.sort(key=lambda m: m.start)
    facts.sentences = sorted({(f.sent_start, f.sent_end) for f in facts.mentions})
    return facts


def hand_articles() -> list:
    """The hand-analysed articles as (Article, Analysis) pairs."""
    pairs = []
    for spec in HAND:
        meta = {k: spec[k] for k in ("title", "published", "outlet", "url")}
        article = clean(RawArticle(f"hand:{spec['url']}", "text", spec["text"], meta))
        pairs.append((article, _analysis(spec, article.text)))
    return pairs


def build_store(path: Path, inputs: Path) -> Store:
    """Ingest the examples and the written articles, add the hand-analysed pair, link it."""
    inputs.mkdir(parents=True, exist_ok=True)
    for name, text in WRITTEN.items():
        (inputs / name).write_text(text, encoding="utf-8")
    store = Store(path)
    sources = [inputs, EXAMPLES] if EXAMPLES.is_dir() else [inputs]
    ingest(sources, store, workers=1)
    ids = []
    for article, analysis in hand_articles():
        store.add_article(article, analysis)
        ids.append(article.id)
    store.con.execute(
        "UPDATE meeting_reports SET meeting_id = ? WHERE list_contains(?, article_id)",
        [MEETING, ids],
    )
    store.con.execute("CHECKPOINT")
    return store


@cache
def built_world() -> Path:
    """The store file, built once per test process (API and UI tests copy it)."""
    root = Path(tempfile.mkdtemp(prefix="parley-world-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    build_store(root / "parley.duckdb", root / "in").close()
    return root / "parley.duckdb"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    """A uvicorn server for ``app`` on 127.0.0.1 in a thread; ``url`` once started."""

    def __init__(self, app) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Served:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
