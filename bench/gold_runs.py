"""The pipeline's record of each gold article, read the way ``parley eval`` reads it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from parley import nlp
from parley.analyse import analyse
from parley.clean import clean
from parley.gold import to_gold
from parley.read import read_paths

Record = dict


def predictions(dirs: Iterable[str]) -> Iterator[tuple[Record, Record]]:
    """(gold, predicted) records of every gold ``.json`` in ``dirs``, in path order."""
    pipeline = nlp.load(None)
    for gold_path in sorted(p for d in dirs for p in Path(d).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = next(iter(read_paths([gold_path.with_name(gold["text_file"])])))
        # read as parley eval reads it: with the page's address, which can date the article
        article = clean(replace(raw, meta={**raw.meta, "url": gold.get("source_url") or ""}))
        pred = to_gold(
            analyse(pipeline, article.text, article.published),
            article.text,
            doc_id=gold["doc_id"],
            text_file="",
            published=article.published,
        )
        yield gold, pred
