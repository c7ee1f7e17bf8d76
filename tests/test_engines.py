"""Engines: the local engine gives the same store with one worker as with two."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from parley.engines import Failed, analyse_chunk, open_engine
from parley.facts import Analysis
from parley.ingest import ingest
from parley.store import FACT_TABLES, Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TABLES = ("articles", "publications", "copy_signatures", *FACT_TABLES)


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every row of the tables ingest writes, in a fixed order, without timestamps."""
    out = {}
    for table in TABLES:
        cur = store.con.execute(f"SELECT * EXCLUDE ({_skip(table)}) FROM {table}")
        out[table] = sorted(map(repr, cur.fetchall()))
    return out


def _skip(table: str) -> str:
    return "ingested_at" if table == "articles" else "article_id"


def ingest_examples(path: Path, **options) -> dict[str, list[tuple]]:
    with Store(path) as store:
        summary = ingest([EXAMPLES], store, **options)
        assert summary.failed == 0 and summary.new > 0
        return dump(store) | {
            "articles_ids": sorted(store.con.execute("SELECT id FROM articles").fetchall())
        }


def test_one_and_two_local_workers_store_the_same(tmp_path) -> None:
    one = ingest_examples(tmp_path / "one.duckdb", workers=1)
    two = ingest_examples(tmp_path / "two.duckdb", workers=2)
    assert one == two


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown engine"):
        open_engine("spark")


@Language.component("test_boom")
def boom(doc):
    """Fails on texts that say 'boom'."""
    if "boom" in doc.text:
        raise RuntimeError("boom")
    return doc


def test_a_failing_article_fails_alone() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_boom")
    results = analyse_chunk(nlp, [("Ein Text.", None), ("boom", None), ("Noch einer.", None)])
    assert isinstance(results[0], Analysis) and isinstance(results[2], Analysis)
    assert isinstance(results[1], Failed) and "RuntimeError: boom" in results[1].reason
