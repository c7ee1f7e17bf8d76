"""parley's temporal tagger against dateparser's ``search_dates`` on the gold articles.

Scores, per GOLD_FORMAT.md, span F1 (exact and overlapping) and value accuracy on the
overlapping matches, over the distinct (text, value) pairs of each article; and speed.

    python bench/timex_vs_dateparser.py [--corpus ../shared/corpus] [--show] [--repeat 3]
    python bench/timex_vs_dateparser.py --sets tests/gold      # any folders of gold files

dateparser only returns datetimes; to be fair its value is cut to the period it reports
(``get_date_data``: year → ``2026``, month → ``2026-01``, week → ISO week, day → date).
Speed is the number of gold expressions over the best of ``--repeat`` wall times for the
whole set (parley: ``tag`` on the text; dateparser: ``search_dates`` plus that period call).
"""

from __future__ import annotations

import argparse
import json
import re
import time
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from parley.nlp.timex import tag

CRAWLER_DATE = re.compile(r"^ date \d{4}(?:-\d{2}){0,2}\s?")
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@dataclass
class Doc:
    name: str
    text: str
    published: str | None
    gold: list[tuple[str, str]]


@dataclass
class Pred:
    text: str
    value: str
    spans: list[tuple[int, int]]


def load(folder: Path) -> list[Doc]:
    docs = []
    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_name(gold["text_file"]).read_text(encoding="utf-8")
        text = CRAWLER_DATE.sub("", text, count=1)  # " date 2025-12-31 ": metadata, not text
        pairs = [(t["text"], t["value"]) for t in gold.get("timexes", [])]
        docs.append(Doc(path.stem, text, gold.get("published"), pairs))
    return docs


def distinct(found: list[tuple[int, int, str]], text: str) -> list[Pred]:
    """Predictions as distinct (text, value) pairs, keeping every span of each."""
    preds: dict[tuple[str, str], Pred] = {}
    for start, end, value in found:
        key = (text[start:end], value)
        preds.setdefault(key, Pred(key[0], value, [])).spans.append((start, end))
    return list(preds.values())


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def match(doc: Doc, preds: list[Pred], overlap: bool) -> list[tuple[Pred, tuple[str, str]]]:
    """Greedy one-to-one matching, pairs with the same value first."""

    def hit(p: Pred, g: tuple[str, str]) -> bool:
        if not overlap:
            return p.text == g[0]
        return any(a < d and c < b for a, b in p.spans for c, d in occurrences(doc.text, g[0]))

    pairs, used_p, used_g = [], set(), set()
    for same_value in (True, False):
        for gi, g in enumerate(doc.gold):
            if gi in used_g:
                continue
            for pi, p in enumerate(preds):
                if pi not in used_p and hit(p, g) and (p.value == g[1] or not same_value):
                    pairs.append((p, g))
                    used_p.add(pi)
                    used_g.add(gi)
                    break
    return pairs


def parley_system(doc: Doc) -> list[tuple[int, int, str]]:
    return [(t.start, t.end, t.value) for t in tag(doc.text, doc.published)]


def dateparser_system():
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    def base(published: str | None) -> datetime | None:
        if not published:
            return None
        parts = [int(p) for p in published.split("-")] + [1, 1]
        return datetime(parts[0], parts[1], parts[2])

    def value(s: str, settings: dict) -> str | None:
        data = DateDataParser(languages=["de"], settings=settings).get_date_data(s)
        if not data.date_obj:
            return None
        d, period = data.date_obj.date(), data.period
        if period == "year":
            return f"{d.year:04d}"
        if period == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if period == "week":
            y, w, _ = d.isocalendar()
            return f"{y:04d}-W{w:02d}"
        return d.isoformat()

    def run(doc: Doc) -> list[tuple[int, int, str]]:
        settings = {"RELATIVE_BASE": base(doc.published)} if doc.published else {}
        found = search_dates(doc.text, languages=["de"], settings=settings) or []
        out, cursor = [], 0
        for s, dt in found:
            start = doc.text.find(s, cursor)
            if start < 0:
                start = doc.text.find(s)
            if start < 0:
                continue
            cursor = start + len(s)
            out.append((start, start + len(s), value(s, settings) or dt.date().isoformat()))
        return out

    return run


def timed(docs: list[Doc], system, repeat: int) -> tuple[list, float]:
    """The system's output on every document, and the best wall time of ``repeat`` runs."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        outputs = [system(doc) for doc in docs]
        best = min(best, time.perf_counter() - t0)
    return outputs, best


def score(docs: list[Doc], system, repeat: int = 1, show: bool = False) -> dict[str, float]:
    n_gold = n_pred = exact = overlap = right = 0
    outputs, seconds = timed(docs, system, repeat)
    for doc, found in zip(docs, outputs, strict=True):
        preds = distinct(found, doc.text)
        n_gold, n_pred = n_gold + len(doc.gold), n_pred + len(preds)
        exact += len(match(doc, preds, overlap=False))
        pairs = match(doc, preds, overlap=True)
        overlap += len(pairs)
        right += sum(p.value == g[1] for p, g in pairs)
        if show:
            matched_p = {id(p) for p, _ in pairs}
            matched_g = [g for _, g in pairs]
            for p, g in pairs:
                if p.value != g[1] or p.text != g[0]:
                    print(f"  {doc.name}: {p.text!r} {p.value}  gold {g[0]!r} {g[1]}")
            for g in doc.gold:
                if g not in matched_g:
                    print(f"  {doc.name}: MISSED {g[0]!r} {g[1]}")
            for p in preds:
                if id(p) not in matched_p:
                    print(f"  {doc.name}: SPURIOUS {p.text!r} {p.value}")

    def f1(hits: int) -> float:
        p, r = hits / max(n_pred, 1), hits / max(n_gold, 1)
        return 2 * p * r / (p + r) if p + r else 0.0

    return {
        "gold": n_gold,
        "predicted": n_pred,
        "exact_f1": f1(exact),
        "overlap_f1": f1(overlap),
        "value_acc": right / max(overlap, 1),
        "expr_per_s": n_gold / seconds if seconds else float("inf"),
        "seconds": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--sets", type=Path, nargs="*", help="gold folders instead of the corpus's seeds and dev"
    )
    parser.add_argument("--show", action="store_true", help="print parley's errors")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (best is kept)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    folders = args.sets or [args.corpus / "seeds", args.corpus / "dev"]
    sets = {folder.name: load(folder) for folder in folders}
    if len(sets) > 1:
        sets["all"] = [doc for docs in sets.values() for doc in docs]
    systems = {"parley": parley_system, "dateparser": dateparser_system()}
    warm = Doc("warm-up", "Am Freitag, dem 19. Dezember 2025, kam er.", "2025-12-17", [])
    for system in systems.values():  # load data files and compile patterns before timing
        system(warm)
    print("| set | system | gold | predicted | exact F1 | overlap F1 | value acc | gold expr/s |")
    print("|---|---|---|---|---|---|---|---|")
    for set_name, docs in sets.items():
        for sys_name, system in systems.items():
            show = args.show and sys_name == "parley" and set_name != "all"
            s = score(docs, system, args.repeat, show)
            print(
                f"| {set_name} | {sys_name} | {s['gold']} | {s['predicted']} "
                f"| {s['exact_f1']:.3f} | {s['overlap_f1']:.3f} | {s['value_acc']:.3f} "
                f"| {s['expr_per_s']:,.0f} |"
            )


if __name__ == "__main__":
    main()
