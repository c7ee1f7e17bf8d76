"""Meetings on the gold articles with gold names and times as input (an oracle for the rest).

This measures the meeting extractor alone: the NER, actors and timex components are replaced
by the gold annotations of each article, so their errors do not hide the extractor's own.
Run ``python tests/test_meetings_gold.py`` for the score table; the test only checks it runs.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_meetings_support import pipeline as support_pipeline

from parley.analyse import to_analysis
from parley.clean import clean
from parley.evaluate import Scores, score_meetings
from parley.facts import ArticleActor, Mention, Timex
from parley.gold import to_gold
from parley.nlp.meetings import extract
from parley.nlp.timex.periods import interval
from parley.read import read_paths

SHARED = Path(__file__).parents[1].parent / "shared" / "corpus"
SETS = [SHARED / "seeds", SHARED / "dev"]


def oracle_doc(pipeline, text: str, published: str | None, gold: dict):
    """A parsed doc whose names and time expressions are the gold ones."""
    doc = pipeline(pipeline.make_doc(text))
    doc._.published = published
    keys = {e["name"]: f"{e['type']}:{e['name']}" for e in gold["entities"]}
    actors = [
        ArticleActor(
            keys[e["name"]],
            e["name"],
            e["type"],
            list(e["mentions"]),
            keys.get(e.get("affiliation")),
        )
        for e in gold["entities"]
    ]
    forms = sorted(
        ((m, keys[e["name"]], e["type"]) for e in gold["entities"] for m in e["mentions"]),
        key=lambda x: -len(x[0]),
    )
    taken: set[int] = set()
    mentions = []
    for form, key, label in forms:
        for hit in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            span = range(hit.start(), hit.end())
            if taken.isdisjoint(span):
                taken.update(span)
                sent = doc.char_span(hit.start(), hit.end(), alignment_mode="expand").sent
                mentions.append(
                    Mention(
                        hit.start(), hit.end(), form, label, sent.start_char, sent.end_char, key
                    )
                )
    timexes = []
    for t in gold["timexes"]:
        for hit in re.finditer(re.escape(t["text"]), text):
            sent = doc.char_span(hit.start(), hit.end(), alignment_mode="expand").sent
            begin, until = interval(t["value"])
            timexes.append(
                Timex(
                    hit.start(),
                    hit.end(),
                    t["text"],
                    t["value"],
                    begin,
                    until,
                    sent.start_char,
                    sent.end_char,
                )
            )
    doc._.mentions = sorted(mentions, key=lambda m: m.start)
    doc._.actors = actors
    doc._.roles = []
    doc._.timexes = sorted(timexes, key=lambda t: t.start)
    doc._.quotes = []
    return doc


def score(sets=SETS, show: bool = False) -> Scores:
    pipeline = support_pipeline()
    scores = Scores()
    for gold_path in sorted(p for d in sets for p in d.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = next(iter(read_paths([gold_path.with_name(gold["text_file"])])))
        article = clean(raw)
        doc = oracle_doc(pipeline, article.text, article.published, gold)
        doc._.meetings = extract(doc)
        pred = to_gold(
            to_analysis(doc), article.text, doc_id=gold["doc_id"], text_file="", published=None
        )
        scores.documents += 1
        score_meetings(gold, pred, scores)
        if show:
            _show(gold, pred)
    return scores


def _show(gold: dict, pred: dict) -> None:
    print(f"\n== {gold['doc_id']}")
    for tag, doc in (("G", gold), ("P", pred)):
        for m in doc["meetings"]:
            who = sorted(m["participants"] + m["parties"])
            print(
                f"  {tag} {m['status']:9} {m['date']} @{m['location']} {who} | {m['evidence'][:90]}"
            )


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared beside the repository")
def test_oracle_scoring_runs():
    scores = score()
    assert scores.documents == 21
    assert scores.meetings.tp > 0


if __name__ == "__main__":
    import sys

    result = score(show="-v" in sys.argv)
    print(json.dumps(result.as_dict()["meetings"], indent=1))
