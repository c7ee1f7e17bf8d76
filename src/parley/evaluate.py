"""Score gold-format predictions against gold annotations, as GOLD_FORMAT.md describes.

All functions take records in the gold shape (``parley.gold.to_gold``) plus the article text
both sides refer to, and return plain numbers, so any system's output can be scored.

Matching rules, exactly:

- entities: per document, the set of (type, surface form) pairs; micro-averaged over documents.
- roles: a gold role counts as found when the predicted entity that shares a mention with the
  gold person carries the same role text (case-insensitive); precision is over predicted roles
  of persons that match a gold person. Affiliation accuracy is over gold persons with an
  affiliation that were found: the predicted affiliation must name the gold affiliation's
  entity (its name or any of its mentions).
- timexes: exact span = same text; overlap = the spans share a character in the article text.
  Value accuracy is over overlap-matched pairs. Matching is one-to-one.
- quotes: same kind and the two texts overlap by at least half of the longer one; attributed
  additionally needs the speaker right (the same entity, or both ``None``).
- meetings: Jaccard of participants ∪ parties ≥ 0.5 (names matched through entity mentions),
  one-to-one, best first (equal Jaccard: agreeing status, date and place first); location,
  date and status accuracies over matched meetings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

Record = dict[str, Any]
TIE_BREAK = 1e-5  # far below any difference of two Jaccard values of real member sets


@dataclass
class PRF:
    """Counts for precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.fp += n_pred - tp
        self.fn += n_gold - tp

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"accuracy": round(self.value, 4), "right": self.right, "total": self.total}


@dataclass
class Scores:
    """Running totals over documents."""

    entities: dict[str, PRF] = field(
        default_factory=lambda: {t: PRF() for t in ("PER", "ORG", "LOC", "all")}
    )
    roles: PRF = field(default_factory=PRF)
    affiliation: Accuracy = field(default_factory=Accuracy)
    timex_exact: PRF = field(default_factory=PRF)
    timex_overlap: PRF = field(default_factory=PRF)
    timex_value: Accuracy = field(default_factory=Accuracy)
    quotes_found: dict[str, PRF] = field(
        default_factory=lambda: {"direct": PRF(), "indirect": PRF()}
    )
    quotes_attributed: dict[str, PRF] = field(
        default_factory=lambda: {"direct": PRF(), "indirect": PRF()}
    )
    meetings: PRF = field(default_factory=PRF)
    meeting_location: Accuracy = field(default_factory=Accuracy)
    meeting_date: Accuracy = field(default_factory=Accuracy)
    meeting_status: Accuracy = field(default_factory=Accuracy)
    documents: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "entities": {t: s.as_dict() for t, s in self.entities.items()},
            "roles": self.roles.as_dict(),
            "affiliation": self.affiliation.as_dict(),
            "timexes": {
                "exact": self.timex_exact.as_dict(),
                "overlap": self.timex_overlap.as_dict(),
                "value": self.timex_value.as_dict(),
            },
            "quotes": {
                k: {
                    "found": self.quotes_found[k].as_dict(),
                    "attributed": self.quotes_attributed[k].as_dict(),
                }
                for k in ("direct", "indirect")
            },
            "meetings": {
                "found": self.meetings.as_dict(),
                "location": self.meeting_location.as_dict(),
                "date": self.meeting_date.as_dict(),
                "status": self.meeting_status.as_dict(),
            },
        }


# -- entity identity -----------------------------------------------------------------


class Names:
    """Which gold entity a name refers to: its name or any of its mentions."""

    def __init__(self, gold_entities: Iterable[Record]) -> None:
        self.by_form: dict[str, str] = {}
        for e in gold_entities:
            for form in [e["name"], *e.get("mentions", [])]:
                self.by_form.setdefault(form.casefold(), e["name"])

    def resolve(self, name: str | None, forms: Iterable[str] = ()) -> str | None:
        """The gold name for a predicted ``name`` (trying its other ``forms`` too)."""
        for form in [name, *forms]:
            if form and (hit := self.by_form.get(form.casefold())):
                return hit
        return None


def _forms(pred_entities: Iterable[Record]) -> dict[str, list[str]]:
    return {e["name"]: e.get("mentions", []) for e in pred_entities}


# -- per-part scorers ----------------------------------------------------------------


def _one_to_one(gold: list, pred: list, match: Callable[[Any, Any], float]) -> list[tuple]:
    """Greedy one-to-one matching by descending score (> 0)."""
    pairs = sorted(
        ((match(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
        key=lambda x: -x[0],
    )
    used_g, used_p, out = set(), set(), []
    for score, i, j in pairs:
        if score > 0 and i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((gold[i], pred[j]))
    return out


def _locate(text: str, part: str) -> tuple[int, int] | None:
    i = text.find(part)
    return (i, i + len(part)) if i >= 0 else None


def _overlap(text: str, a: str, b: str) -> int:
    """Characters two substrings of ``text`` share (by their first occurrences)."""
    sa, sb = _locate(text, a), _locate(text, b)
    if not sa or not sb:
        return 0
    return max(0, min(sa[1], sb[1]) - max(sa[0], sb[0]))


def entity_mentions(record: Record) -> set[tuple[str, str]]:
    """The (type, mention) pairs of a record's PER, ORG and LOC entities, as scored."""
    return {
        (e["type"], m)
        for e in record.get("entities", [])
        for m in e.get("mentions", [])
        if e.get("type") in ("PER", "ORG", "LOC")
    }


def score_entities(gold: Record, pred: Record, scores: Scores) -> None:
    g, p = entity_mentions(gold), entity_mentions(pred)
    for t in ("PER", "ORG", "LOC"):
        gt, pt = {x for x in g if x[0] == t}, {x for x in p if x[0] == t}
        scores.entities[t].add(len(gt & pt), len(pt), len(gt))
    scores.entities["all"].add(len(g & p), len(p), len(g))


def score_roles(gold: Record, pred: Record, scores: Scores) -> None:
    names = Names(gold.get("entities", []))
    gold_people = {e["name"]: e for e in gold.get("entities", []) if e.get("type") == "PER"}
    pred_affil_forms = _forms(pred.get("entities", []))
    for p in pred.get("entities", []):
        if p.get("type") != "PER":
            continue
        gname = names.resolve(p["name"], p.get("mentions", []))
        g = gold_people.get(gname) if gname else None
        if g is None:
            continue
        g_roles = {r.casefold() for r in g.get("roles", []) or []}
        p_roles = {r.casefold() for r in p.get("roles", []) or []}
        scores.roles.add(len(g_roles & p_roles), len(p_roles), len(g_roles))
        if g.get("affiliation"):
            aff = p.get("affiliation")
            scores.affiliation.add(
                names.resolve(aff, pred_affil_forms.get(aff, [])) == g["affiliation"]
            )
        gold_people.pop(gname)
    for g in gold_people.values():  # gold persons never found: their roles are missed
        scores.roles.add(0, 0, len(set(r.casefold() for r in g.get("roles", []) or [])))
        if g.get("affiliation"):
            scores.affiliation.add(False)


def score_timexes(gold: Record, pred: Record, text: str, scores: Scores) -> None:
    g, p = gold.get("timexes", []), pred.get("timexes", [])
    exact = _one_to_one(g, p, lambda a, b: float(a["text"] == b["text"]))
    scores.timex_exact.add(len(exact), len(p), len(g))

    def closeness(a: Record, b: Record) -> float:
        shared = _overlap(text, a["text"], b["text"])
        if not shared and a["text"] != b["text"]:
            return 0.0
        # same text first, then more shared characters; equal values break ties
        return (a["text"] == b["text"]) * 1000 + shared + 0.5 * (a["value"] == b["value"])

    overlap = _one_to_one(g, p, closeness)
    scores.timex_overlap.add(len(overlap), len(p), len(g))
    for a, b in overlap:
        scores.timex_value.add(a["value"] == b["value"])


def score_quotes(gold: Record, pred: Record, text: str, scores: Scores) -> None:
    names = Names(gold.get("entities", []))
    forms = _forms(pred.get("entities", []))

    def overlap(a: Record, b: Record) -> float:
        longer = max(len(a["text"]), len(b["text"]))
        shared = _overlap(text, a["text"], b["text"])
        return shared / longer if longer and shared / longer >= 0.5 else 0.0

    for kind in ("direct", "indirect"):
        g = [q for q in gold.get("quotes", []) if q["kind"] == kind]
        p = [q for q in pred.get("quotes", []) if q["kind"] == kind]
        matched = _one_to_one(g, p, overlap)
        scores.quotes_found[kind].add(len(matched), len(p), len(g))
        right = sum(
            (a["speaker"] is None and b["speaker"] is None)
            or (
                a["speaker"] is not None
                and names.resolve(b["speaker"], forms.get(b["speaker"] or "", [])) == a["speaker"]
            )
            for a, b in matched
        )
        scores.quotes_attributed[kind].add(right, len(p), len(g))


def score_meetings(gold: Record, pred: Record, scores: Scores) -> None:
    names = Names(gold.get("entities", []))
    forms = _forms(pred.get("entities", []))

    def members(m: Record, resolve: bool) -> set[str]:
        who = (m.get("participants") or []) + (m.get("parties") or [])
        if not resolve:
            return set(who)
        return {names.resolve(w, forms.get(w, [])) or f"?{w}" for w in who}

    def location(m: Record) -> str | None:
        return names.resolve(m.get("location"), forms.get(m.get("location") or "", []))

    def jaccard(a: Record, b: Record) -> float:
        ga, pb = members(a, False), members(b, True)
        j = len(ga & pb) / len(ga | pb) if ga | pb else 0.0
        if j < 0.5:
            return 0.0
        # among equally good pairs, those that agree on status, date and place go first
        agree = (
            (a.get("status") == b.get("status"))
            + (a.get("date") == b.get("date"))
            + (a.get("location") == location(b))
        )
        return j + TIE_BREAK * agree

    g, p = gold.get("meetings", []), pred.get("meetings", [])
    matched = _one_to_one(g, p, jaccard)
    scores.meetings.add(len(matched), len(p), len(g))
    for a, b in matched:
        loc = location(b)
        scores.meeting_location.add(
            loc == a.get("location") or (a.get("location") is None and not b.get("location"))
        )
        scores.meeting_date.add(a.get("date") == b.get("date"))
        scores.meeting_status.add(a.get("status") == b.get("status"))


def score_document(gold: Record, pred: Record, text: str, scores: Scores) -> None:
    """Add one document's comparison to ``scores``."""
    scores.documents += 1
    score_entities(gold, pred, scores)
    score_roles(gold, pred, scores)
    score_timexes(gold, pred, text, scores)
    score_quotes(gold, pred, text, scores)
    score_meetings(gold, pred, scores)


def tally(pairs: Iterable[tuple[Record, Record, str]]) -> Scores:
    """Score (gold, prediction, text) triples."""
    scores = Scores()
    for gold, pred, text in pairs:
        score_document(gold, pred, text, scores)
    return scores
