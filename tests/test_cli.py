"""The ``parley`` command end to end: ingest, views, export, extract, eval."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import app

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"

ARTICLE_A = """ date 2025-11-21 Gespräche in Genf sollen Durchbruch bringen

GENF (dpa) - Vertreter der USA und der Ukraine wollen am Sonntag in Genf über einen Friedensplan beraten. Das teilte das Außenministerium in Washington mit.

„Wir sind zuversichtlich, dass wir Fortschritte erzielen werden“, sagte US-Außenminister Marco Rubio am Freitag vor Journalisten.
"""

ARTICLE_B = """ date 2025-12-02 Kreml empfängt US-Gesandten

Der russische Präsident Wladimir Putin hat am Dienstag im Kreml den US-Sondergesandten Steve Witkoff empfangen. Das Gespräch dauerte nach Angaben des Kremls fast fünf Stunden.

Kremlsprecher Dmitri Peskow sagte, man habe „konstruktiv“ gesprochen. Ein Durchbruch sei jedoch nicht erzielt worden.
"""

ARTICLE_C_1252 = (
    "Die Außenminister trafen sich am Montag in Brüssel. „Es gibt noch viel zu tun“, "
    "sagte die Gastgeberin – und kündigte weitere Gespräche für März an."
)

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture()
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return folder


def test_ingest_twice_stores_once(articles: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "p.duckdb")
    first = invoke("ingest", str(articles), "--db", db, "--workers", "1")
    assert first.exit_code == 0, first.output
    assert "│ 2    │ 2   │ 0" in first.output
    second = invoke("ingest", str(articles), "--db", db, "--workers", "1")
    assert second.exit_code == 0
    assert "│ 2    │ 0   │ 2" in second.output


def test_bad_inputs_are_named_and_skipped(articles: Path, tmp_path: Path) -> None:
    (articles / "empty.txt").write_text("")
    (articles / "binary.txt").write_bytes(bytes(range(256)) * 40)
    with open(articles / "huge.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024)
    (articles / "c.txt").write_bytes(ARTICLE_C_1252.encode("cp1252"))
    db = tmp_path / "p.duckdb"
    result = runner.invoke(app, ["ingest", str(articles), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 1
    for name in ("empty.txt", "binary.txt", "huge.txt"):
        assert name in result.output
    assert "c.txt" not in result.output.split("failed", 1)[-1]
    texts = [
        r[0]
        for r in __import__("duckdb")
        .connect(str(db))
        .execute("SELECT text FROM articles")
        .fetchall()
    ]
    assert len(texts) == 3
    assert any("Außenminister trafen sich am Montag in Brüssel" in t and "–" in t for t in texts)


def test_views_and_export(articles: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "p.duckdb")
    invoke("ingest", str(articles), "--db", db, "--workers", "1")
    for command in ("actors", "quotes", "meetings", "timeline"):
        result = invoke(command, "--db", db, "--json")
        assert result.exit_code == 0, result.output
        assert isinstance(json.loads(result.output), list)
        table = invoke(command, "--db", db)
        assert table.exit_code == 0
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / fmt
        assert invoke("export", str(out), "--format", fmt, "--db", db).exit_code == 0
        assert (out / f"articles.{fmt}").stat().st_size > 0


def test_read_command_without_store_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["quotes", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2


def test_extract_writes_gold_shaped_records(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "gold"
    result = invoke("extract", str(articles), "--gold-json", str(out))
    assert result.exit_code == 0, result.output
    record = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert set(record) >= {
        "doc_id",
        "text_file",
        "published",
        "entities",
        "timexes",
        "quotes",
        "meetings",
    }
    assert record["text_file"] == "a.txt" and record["published"] == "2025-11-21"
    text = ARTICLE_A
    for entity in record["entities"]:
        assert entity["type"] in {"PER", "ORG", "LOC"}
        assert all(m in text for m in entity["mentions"])
    for quote in record["quotes"]:
        assert quote["kind"] in {"direct", "indirect"} and quote["text"] in text
    for timex in record["timexes"]:
        assert timex["text"] in text and timex["value"]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared is not beside the clone")
def test_extract_output_passes_check_gold(tmp_path: Path) -> None:
    out = tmp_path / "pred"
    result = invoke("extract", str(SEEDS), "--gold-json", str(out))
    assert result.exit_code == 0, result.output
    for txt in SEEDS.glob("*.txt"):
        shutil.copy(txt, out / txt.name)
    check = subprocess.run(
        [sys.executable, str(SHARED / "corpus" / "check_gold.py"), str(out)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared is not beside the clone")
def test_eval_prints_the_full_table() -> None:
    result = invoke("eval", str(SEEDS), "--json")
    assert result.exit_code == 0
    scores = json.loads(result.output)
    assert scores["documents"] == 5
    assert set(scores["quotes"]) == {"direct", "indirect"}
    assert {"found", "location", "date", "status"} <= set(scores["meetings"])
    table = invoke("eval", str(SEEDS))
    for measure in ("entities PER", "timex value", "quotes indirect attributed", "meeting status"):
        assert measure in table.output
