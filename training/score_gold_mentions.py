"""Entity-mention scores of the NER model alone on parley's gold articles.

Each PER/ORG/LOC entity the model finds becomes a predicted (type, surface form) pair and is
scored with ``parley.evaluate.score_entities`` — the entity part of ``parley eval`` — so the
figure is what the NER model gives the later stages before they merge or drop anything.

    python training/score_gold_mentions.py [MODEL] [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

import parley.nlp  # noqa: F401  (registers parley's tokenizer and components)
from parley.evaluate import Scores, score_entities
from parley.nlp import MODEL_DIR

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def article_text(path: Path) -> str:
    """The article text without the crawler's `` date …`` header line."""
    text = path.read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    return rest if first.startswith(" date ") else text


def predicted(nlp: spacy.language.Language, text: str) -> dict[str, list[dict]]:
    """The model's PER/ORG/LOC entities as a gold-shaped record (one entity per form)."""
    pairs = {(e.label_, e.text) for e in nlp(text).ents if e.label_ in ("PER", "ORG", "LOC")}
    return {"entities": [{"name": t, "type": lab, "mentions": [t]} for lab, t in sorted(pairs)]}


def main() -> None:
    """Command line: print entity P/R/F1 per split and for both together."""
    ap = argparse.ArgumentParser(description="NER-only entity mention scores on the gold")
    ap.add_argument("model", nargs="?", default=str(MODEL_DIR))
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    out: dict[str, object] = {}
    together = Scores()
    for split in ("seeds", "dev"):
        scores = Scores()
        for gold_path in sorted((args.corpus / split).glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = article_text(gold_path.with_name(gold["text_file"]))
            for s in (scores, together):
                score_entities(gold, predicted(nlp, text), s)
        out[split] = scores.as_dict()["entities"]
    out["seeds+dev"] = together.as_dict()["entities"]
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
