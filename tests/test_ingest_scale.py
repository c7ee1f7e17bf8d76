"""Ingest at scale: bounded work in flight, batched writes that keep every article whole."""

from __future__ import annotations

import random

from parley import ingest as ingest_module
from parley.engines import Failed
from parley.facts import Analysis, Mention
from parley.ingest import CHUNK, IN_FLIGHT, Analyser, ingest
from parley.store import Store

VOCABULARY = (
    "Außenminister Staaten Konferenz Genf Waffenruhe Einigung Diplomaten Gespräche Woche "
    "Delegation Kiew Moskau Washington Brüssel Vorschlag Entwurf Sicherheitsgarantien Gipfel "
    "Präsident Kanzler Regierung Opposition Sanktionen Gefangene Austausch Frieden Front "
    "Verhandlung Termin Sprecher Erklärung Treffen Runde Vermittler Bedingungen Streit"
)


def text(n: int) -> str:
    """A distinct short report for each ``n`` (no two are wire copies of each other)."""
    words = random.Random(n).choices(VOCABULARY.split(), k=30)
    return f"Bericht {n}: " + " ".join(words) + "."


def write_reports(folder, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        (folder / f"{n:05d}.txt").write_text(text(n), "utf-8")


class CountingEngine:
    """Runs nothing; records how many chunks are out at once."""

    workers = 2

    def __init__(self) -> None:
        self.out = 0
        self.most = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def submit(self, chunk):
        self.out += 1
        self.most = max(self.most, self.out)
        return self._Pending(self, len(chunk))

    class _Pending:
        def __init__(self, engine, n):
            self.engine, self.n = engine, n

        def result(self):
            self.engine.out -= 1
            return [Analysis() for _ in range(self.n)]


def test_work_in_flight_is_bounded(tmp_path, monkeypatch) -> None:
    engine = CountingEngine()
    monkeypatch.setattr(ingest_module, "open_engine", lambda *a, **k: engine)
    folder = tmp_path / "in"
    write_reports(folder, 40 * CHUNK)
    with Store(tmp_path / "s.duckdb") as store:
        summary = ingest([folder], store)
        assert summary.new == 40 * CHUNK and summary.failed == 0
    assert engine.most <= IN_FLIGHT * engine.workers + 1


def test_a_bad_article_in_a_batch_fails_alone(tmp_path, monkeypatch) -> None:
    """One article's facts break its insert: the rest of the batch is stored all the same."""

    class BadEngine(CountingEngine):
        class _Pending(CountingEngine._Pending):
            def result(self):
                self.engine.out -= 1
                bad = Analysis(mentions=[Mention(0, 1, "x", "PER", 0, 1)])
                bad.mentions[0].start = "not a number"  # type: ignore[assignment]
                return [bad] + [Analysis() for _ in range(self.n - 2)] + [Failed("no")]

    monkeypatch.setattr(ingest_module, "open_engine", lambda *a, **k: BadEngine())
    folder = tmp_path / "in"
    write_reports(folder, CHUNK)
    with Store(tmp_path / "s.duckdb") as store:
        summary = ingest([folder], store)
        assert summary.new == CHUNK - 2 and summary.failed == 2
        assert store.counts()["articles"] == CHUNK - 2
        assert store.counts()["mentions"] == 0


def test_analyser_returns_chunks_in_order() -> None:
    engine = CountingEngine()
    analyser = Analyser(engine)
    sent = []
    for n in range(3 * CHUNK + 1):
        article = type("A", (), {"text": str(n), "published": None, "id": str(n)})()
        analyser.add(article, b"")
        sent.append(str(n))
    chunks = list(analyser.ready()) + list(analyser.finish())
    assert [a.id for c in chunks for a, _ in c.articles] == sent
