"""Score the quote extractor on the gold articles (seeds + dev), as ``parley eval`` does.

    python bench/quotes_gold.py [--ner gold|model] [--show] [GOLD_DIR ...]

Default GOLD_DIRs: the shared seeds and dev; ``tests/gold`` holds parley's own held-out
articles. The last line gives the time spent in ``parley_quotes`` alone.

``--ner gold`` (default) marks the gold entity mentions as the named entities, so the figures
measure the quote extractor alone; ``--ner model`` uses the pipeline's own NER.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from spacy.tokens import Span

import parley.nlp
from parley.analyse import to_analysis
from parley.evaluate import Scores, score_quotes
from parley.gold import to_gold

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
DATE_LINE = re.compile(r"^\s*date \d{4}(-\d{2}){0,2}\s")


def gold_ents(doc, gold: dict) -> list[Span]:
    """Spans of every gold mention (longest first, no overlaps)."""
    text = doc.text
    found: list[tuple[int, int, str]] = []
    forms = sorted(
        ((m, e["type"]) for e in gold["entities"] for m in e["mentions"]), key=lambda x: -len(x[0])
    )
    taken = [False] * len(doc)
    for form, label in forms:
        pattern = r"(?<![\w-])" + re.escape(form) + r"(?![\w-])"
        for m in re.finditer(pattern, text):
            span = doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand")
            if span is None or any(taken[span.start : span.end]):
                continue
            for i in range(span.start, span.end):
                taken[i] = True
            found.append((span.start, span.end, label))
    return [Span(doc, s, e, label=lab) for s, e, lab in sorted(found)]


def run(ner: str, show: bool, dirs: list[Path]) -> tuple[Scores, float, int]:
    nlp = parley.nlp.build(exclude=("parley_meetings",))
    scores = Scores()
    seconds, tokens = 0.0, 0
    for path in [p for d in dirs for p in sorted(d.glob("*.json"))]:
        gold = json.loads(path.read_text(encoding="utf-8"))
        raw = path.with_name(gold["text_file"]).read_text(encoding="utf-8")
        text = DATE_LINE.sub("", raw, count=1)
        doc = nlp.make_doc(text)
        doc._.published = gold.get("published")
        for name, proc in nlp.pipeline:
            if name == "parley_timex" and ner == "gold":
                doc.ents = gold_ents(doc, gold)
            started = time.perf_counter()
            doc = proc(doc)
            if name == "parley_quotes":
                seconds += time.perf_counter() - started
                tokens += len(doc)
        pred = to_gold(
            to_analysis(doc),
            text,
            doc_id=gold["doc_id"],
            text_file="",
            published=gold.get("published"),
        )
        score_quotes(gold, pred, text, scores)
        if show:
            print(f"== {gold['doc_id']}")
            for q in doc._.quotes:
                print(f"  P {q.kind[:3]} | {q.speaker} | {q.cue} | {q.channel} | {q.text[:90]}")
            for q in gold["quotes"]:
                print(f"  G {q['kind'][:3]} | {q['speaker']} | {q['text'][:90]}")
    return scores, seconds, tokens


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ner", choices=("gold", "model"), default="gold")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("dirs", nargs="*", type=Path, default=[SHARED / "seeds", SHARED / "dev"])
    args = ap.parse_args()
    scores, seconds, tokens = run(args.ner, args.show, args.dirs)
    for kind in ("direct", "indirect"):
        f, a = scores.quotes_found[kind], scores.quotes_attributed[kind]
        print(
            f"{kind:9s} found P {f.precision:.3f} R {f.recall:.3f} F1 {f.f1:.3f} | "
            f"attributed P {a.precision:.3f} R {a.recall:.3f} F1 {a.f1:.3f}"
        )
    print(f"parley_quotes: {tokens} tokens in {seconds:.2f} s ({tokens / seconds:,.0f} tokens/s)")


if __name__ == "__main__":
    main()
