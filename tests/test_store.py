"""The DuckDB store: schema, one transaction per article, idempotence."""

from dataclasses import dataclass

import pytest

from parley.facts import Analysis, ArticleActor, Mention, Quote, Timex
from parley.store import SCHEMA_VERSION, Store


@dataclass(frozen=True)
class FakeArticle:
    id: str
    text: str = "Anna Berg sagte am Freitag, man sei weiter gekommen."
    title: str | None = "Titel"
    published: str | None = "2025-12-19"
    outlet: str | None = "Beispielblatt"
    credits: tuple[str, ...] = ("dpa",)
    url: str | None = None
    source: str = "a.txt"
    original: str = ""
    offsets: tuple[tuple[int, int, int], ...] = ((0, 0, 52),)


def analysis() -> Analysis:
    return Analysis(
        mentions=[Mention(0, 9, "Anna Berg", "PER", 0, 52, "PER:Anna Berg")],
        actors=[ArticleActor("PER:Anna Berg", "Anna Berg", "PER", ["Anna Berg"])],
        timexes=[Timex(16, 26, "am Freitag", "2025-12-19", "2025-12-19", "2025-12-19", 0, 52)],
        quotes=[
            Quote(
                28,
                51,
                "man sei weiter gekommen",
                "indirect",
                "PER:Anna Berg",
                "Anna Berg",
                "sagen",
                None,
                0,
                52,
            )
        ],
        sentences=[(0, 52)],
    )


def test_new_store_has_current_schema(tmp_path) -> None:
    with Store(tmp_path / "p.duckdb") as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.counts()["articles"] == 0


def test_same_article_twice_is_stored_once_with_both_sources(tmp_path) -> None:
    with Store(tmp_path / "p.duckdb") as store:
        assert store.add_article(FakeArticle("x1"), analysis()) is True
        assert store.add_article(FakeArticle("x1", source="b.txt"), analysis()) is False
        counts = store.counts()
    assert counts["articles"] == 1
    assert counts["publications"] == 2
    assert counts["quotes"] == 1 and counts["timexes"] == 1


def test_failed_article_leaves_nothing_behind(tmp_path) -> None:
    bad = analysis()
    bad.quotes.append("not a quote")  # breaks half-way through the inserts
    with Store(tmp_path / "p.duckdb") as store:
        store.add_article(FakeArticle("ok"), analysis())
        with pytest.raises(AttributeError):
            store.add_article(FakeArticle("bad"), bad)
        assert store.counts()["articles"] == 1
        assert (
            store.query("SELECT count(*) AS n FROM mentions WHERE article_id = 'bad'")[0]["n"] == 0
        )


def test_store_survives_reopening(tmp_path) -> None:
    path = tmp_path / "p.duckdb"
    with Store(path) as store:
        store.add_article(FakeArticle("x1"), analysis())
    with Store(path, read_only=True) as store:
        row = store.query("SELECT text, credits FROM articles")[0]
    assert row["credits"] == ["dpa"] and row["text"].startswith("Anna Berg")


def test_opening_waits_while_another_process_holds_the_file(tmp_path) -> None:
    import subprocess
    import sys
    import time

    path = tmp_path / "p.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('held', flush=True); "
            "time.sleep(1.0)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
    assert time.monotonic() - started > 0.3
    holder.wait()
