"""parley_actors on the seed and dev gold with the gold's own entities: roles and
affiliations measured apart from the NER model (``-s`` prints the figures)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy
from spacy.util import filter_spans

import parley.nlp  # noqa: F401  (registers the tokenizer, sentences and Doc extensions)
from parley.analyse import to_analysis
from parley.evaluate import Scores, score_roles
from parley.gold import to_gold
from parley.ingest import Summary, articles
from parley.nlp.actors import parley_actors

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpus"),
]


def test_roles_and_affiliations_with_gold_entities():
    nlp = spacy.blank("de", config={"nlp": {"tokenizer": {"@tokenizers": "parley.tokenizer.v1"}}})
    nlp.add_pipe("parley_sentences")
    scores = Scores()
    for gold_path in sorted(CORPUS.glob("*/*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for article in articles([gold_path.with_name(gold["text_file"])], Summary()):
            doc = nlp(article.text)
            spans = [
                span
                for e in gold["entities"]
                for form in e["mentions"]
                for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", doc.text)
                if (span := doc.char_span(m.start(), m.end(), label=e["type"])) is not None
            ]
            doc.ents = filter_spans(spans)
            pred = to_gold(
                to_analysis(parley_actors(doc)),
                doc.text,
                doc_id=gold["doc_id"],
                text_file=gold["text_file"],
                published=article.published,
            )
            score_roles(gold, pred, scores)
    roles, affiliation = scores.roles, scores.affiliation
    print(
        f"\nroles P={roles.precision:.3f} R={roles.recall:.3f} (gold {roles.tp + roles.fn}); "
        f"affiliation {affiliation.value:.3f} ({affiliation.right}/{affiliation.total})"
    )
    assert roles.precision >= 0.95 and roles.recall >= 0.9
    assert affiliation.value >= 0.85
