"""Entity mentions on gold articles that the pipeline missed or added, per article.

``python bench/entity_errors.py DIR [DIR ...] [--type ORG]`` runs the pipeline like
``parley eval`` and prints, for each article, the (type, mention) pairs of the gold that the
prediction lacks (``MISSED``) and those it has that the gold lacks (``EXTRA``), as the
scorer counts them; with the predicted type beside a miss the prediction has under another.
"""

from __future__ import annotations

import argparse

from gold_runs import predictions

from parley.evaluate import entity_mentions


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", help="directories of gold .json + .txt")
    ap.add_argument("--type", choices=("PER", "ORG", "LOC"), help="only this type")
    args = ap.parse_args()
    for gold, pred in predictions(args.dirs):
        g, p = entity_mentions(gold), entity_mentions(pred)
        typed = {m: t for t, m in p}
        missed = sorted(x for x in g - p if args.type in (None, x[0]))
        extra = sorted(x for x in p - g if args.type in (None, x[0]))
        if not missed and not extra:
            continue
        print(f"\n== {gold['doc_id']}")
        for t, m in missed:
            other = f" (predicted {typed[m]})" if m in typed else ""
            print(f" MISSED {t} {m}{other}")
        for t, m in extra:
            print(f" EXTRA  {t} {m}")


if __name__ == "__main__":
    main()
