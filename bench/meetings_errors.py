"""Meetings on gold articles, one line per gold and predicted meeting, errors marked.

``python bench/meetings_errors.py DIR [DIR ...] [--all]`` runs the pipeline like ``parley
eval``, pairs gold and predicted meetings the way the scorer does and prints, for each
matched pair whose date, location or status differ (every pair with ``--all``), gold vs
predicted and both evidence sentences; then the gold meetings not found and the predicted
meetings that match none.
"""

from __future__ import annotations

import sys

from gold_runs import predictions

from parley.evaluate import Scores, score_meetings


def _who(m: dict) -> str:
    return ", ".join(sorted(m["participants"] + m["parties"]))


def _line(tag: str, m: dict) -> str:
    return f"  {tag} {m['status']:9} {m['date']} @{m['location']} [{_who(m)}]"


def _alone(gold: dict, pred: dict, g: dict, p: dict) -> list[str] | None:
    """The fields the scorer finds wrong in ``p`` for ``g``, or None when they do not match."""
    s = Scores()
    score_meetings({**gold, "meetings": [g]}, {**pred, "meetings": [p]}, s)
    if not s.meetings.tp:
        return None
    fields = {"date": s.meeting_date, "location": s.meeting_location, "status": s.meeting_status}
    return [f for f, acc in fields.items() if not acc.right]


def _pairs(gold: dict, pred: dict) -> list[tuple[dict, dict, list[str]]]:
    """One-to-one pairs, greedily by fewest wrong fields (close to the scorer's pairing)."""
    pairs, free = [], list(pred["meetings"])
    for g in gold["meetings"]:
        found = [(w, p) for p in free if (w := _alone(gold, pred, g, p)) is not None]
        if found:
            wrong, best = min(found, key=lambda x: len(x[0]))
            pairs.append((g, best, wrong))
            free.remove(best)
    return pairs


def main(args: list[str]) -> None:
    show_all = "--all" in args
    for gold, pred in predictions(d for d in args if d != "--all"):
        pairs = _pairs(gold, pred)
        print(f"\n== {gold['doc_id']} (published {gold['published']})")
        for g, p, wrong in pairs:
            if wrong or show_all:
                print(f" {'WRONG ' + '/'.join(wrong) if wrong else 'ok'}")
                print(_line("G", g) + f" | {g['evidence'][:160]}")
                print(_line("P", p) + f" | {p['evidence'][:160]}")
        for g in gold["meetings"]:
            if all(g is not a for a, _, _ in pairs):
                print(" MISSED " + _line("G", g)[2:] + f" | {g['evidence'][:160]}")
        for p in pred["meetings"]:
            if all(p is not b for _, b, _ in pairs):
                print(" EXTRA  " + _line("P", p)[2:] + f" | {p['evidence'][:160]}")


if __name__ == "__main__":
    main(sys.argv[1:])
