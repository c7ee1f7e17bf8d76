"""Measure the quote extractor on SpkAtt-2023 (task 2, German Wikinews, train split).

    python bench/spkatt_quotes.py [--limit N]

SpkAtt-2023 is CC BY-NC-SA 4.0: it is used here for measuring only, never for training or
tuning anything parley ships. Top-level annotations only (``IsNested`` false). Kinds:
``Direct`` -> direct; ``Indirect``, ``FreeIndirect``, ``IndirectFreeIndirect`` -> indirect;
``Reported`` (speech named by a noun phrase: "kündigte den Rücktritt an") is left out, as
parley's gold leaves it out.

Found: same kind and the message characters overlap by at least half of the longer span.
Attributed: found, and the speaker is right: the gold ``Source`` words contain the words
parley names the speaker by (or one of the speaker actor's names), or both have no speaker.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import parley.nlp
from parley.evaluate import PRF

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "spkatt2023" / "train"
KINDS = {
    "Direct": "direct",
    "Indirect": "indirect",
    "FreeIndirect": "indirect",
    "IndirectFreeIndirect": "indirect",
}
NO_SPACE_AFTER = set("„‚([«")
NO_SPACE_BEFORE = set(",.:;?!)]“”‘%…")


def detokenize(sentences: list[dict]) -> tuple[str, dict[tuple[int, int], tuple[int, int]]]:
    """The article text and each (sentence, token) id's character span."""
    text, spans = "", {}
    straight_open = False
    for sent in sentences:
        sid = sent["SentenceId"]
        for k, tok in enumerate(sent["Tokens"]):
            if tok == '"':
                glue = straight_open or not text or text[-1] in NO_SPACE_AFTER
            else:
                after_open = straight_open and text.endswith('"')
                glue = not text or text[-1] in NO_SPACE_AFTER or tok in NO_SPACE_BEFORE
                glue = glue or after_open
            if not glue:
                text += " "
            spans[(sid, k)] = (len(text), len(text) + len(tok))
            text += tok
            if tok == '"':
                straight_open = not straight_open
    return text, spans


def char_span(ids: list[str], spans: dict) -> tuple[int, int] | None:
    keys = [tuple(int(x) for x in i.split(":")) for i in ids]
    chars = [spans[k] for k in keys if k in spans]
    if not chars:
        return None
    return min(a for a, _ in chars), max(b for _, b in chars)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * max(a[1] - a[0], b[1] - b[0])


def speaker_right(pred, gold_source: str | None, actors: dict) -> bool:
    if gold_source is None:
        return pred.speaker is None and not pred.speaker_text
    words = {pred.speaker_text} if pred.speaker_text else set()
    if pred.speaker and pred.speaker in actors:
        words |= set(actors[pred.speaker].mentions)
    return any(w and (w in gold_source or gold_source in w) for w in words)


def run(limit: int | None) -> dict[str, tuple[PRF, PRF]]:
    nlp = parley.nlp.build(exclude=("parley_meetings",))
    scores = {k: (PRF(), PRF()) for k in ("direct", "indirect")}
    files = sorted(DATA.glob("*.json"))[:limit]
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        text, spans = detokenize(data["Sentences"])
        gold = []
        for a in data["Annotations"]:
            kind = KINDS.get(a["Form"])
            msg = char_span(a["Message"], spans)
            if a["IsNested"] or kind is None or msg is None:
                continue
            src = char_span(a["Source"], spans)
            gold.append((kind, msg, text[src[0] : src[1]] if src else None))
        doc = nlp(text)
        actors = {a.key: a for a in doc._.actors or []}
        for kind, (found, attributed) in scores.items():
            g = [x for x in gold if x[0] == kind]
            p = [q for q in doc._.quotes if q.kind == kind]
            used: set[int] = set()
            hits = right = 0
            for q in p:
                for n, (_, msg, src) in enumerate(g):
                    if n not in used and overlap((q.start, q.end), msg):
                        used.add(n)
                        hits += 1
                        right += speaker_right(q, src, actors)
                        break
            found.add(hits, len(p), len(g))
            attributed.add(right, len(p), len(g))
    return scores


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    args = ap.parse_args()
    for kind, (f, a) in run(args.limit).items():
        print(
            f"{kind:9s} found P {f.precision:.3f} R {f.recall:.3f} F1 {f.f1:.3f} | "
            f"attributed P {a.precision:.3f} R {a.recall:.3f} F1 {a.f1:.3f} "
            f"(gold {f.tp + f.fn}, predicted {f.tp + f.fp})"
        )


if __name__ == "__main__":
    main()
