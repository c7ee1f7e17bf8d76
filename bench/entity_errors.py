"""Entity mentions on gold articles that the pipeline missed or added, per article.

``python bench/entity_errors.py DIR [DIR ...] [--type ORG]`` runs the pipeline like
``parley eval`` and prints, for each article, the (type, mention) pairs of the gold that the
prediction lacks (``MISSED``) and those it has that the gold lacks (``EXTRA``), as the
scorer counts them; with the predicted type beside a miss the prediction has under another.
"""

from __future__ import annotations

import sys

from gold_runs import Record, predictions

TYPES = ("PER", "ORG", "LOC")


def mentions(record: Record) -> set[tuple[str, str]]:
    """The (type, mention) pairs the scorer compares."""
    return {
        (e["type"], m)
        for e in record.get("entities", [])
        for m in e.get("mentions", [])
        if e.get("type") in TYPES
    }


def main(args: list[str]) -> None:
    only = args[args.index("--type") + 1] if "--type" in args else None
    dirs = [a for i, a in enumerate(args) if a != "--type" and (i == 0 or args[i - 1] != "--type")]
    for gold, pred in predictions(dirs):
        g, p = mentions(gold), mentions(pred)
        typed = {m: t for t, m in p}
        missed = sorted(x for x in g - p if only in (None, x[0]))
        extra = sorted(x for x in p - g if only in (None, x[0]))
        if not missed and not extra:
            continue
        print(f"\n== {gold['doc_id']}")
        for t, m in missed:
            other = f" (predicted {typed[m]})" if m in typed else ""
            print(f" MISSED {t} {m}{other}")
        for t, m in extra:
            print(f" EXTRA  {t} {m}")


if __name__ == "__main__":
    main(sys.argv[1:])
