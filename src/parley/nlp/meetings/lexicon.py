"""The German words the meeting extractor reads, loaded once from ``nlp/data/meeting_*``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
STATUS_ORDER = ("cancelled", "ruled_out", "proposed", "planned", "held")


def _rows(name: str) -> list[list[str]]:
    """Non-comment, non-empty lines of a data file, split on tabs."""
    rows = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True)
class Trigger:
    form: str
    kind: str  # noun | verb
    mode: str | None
    needs: str | None  # a particle, "pair", or None


@dataclass(frozen=True)
class Cue:
    """Words that must all stand in one clause; ``word*`` matches any ending."""

    words: tuple[str, ...]
    value: str
    when: str | None = None

    def matches(self, words: frozenset[str], lowered: tuple[str, ...]) -> bool:
        return all(_has(w, words, lowered) for w in self.words)


def _has(word: str, words: frozenset[str], lowered: tuple[str, ...]) -> bool:
    if word.endswith("*"):
        return any(t.startswith(word[:-1]) for t in lowered)
    return word in words


@dataclass(frozen=True)
class Country:
    name: str
    stems: tuple[str, ...]
    people: tuple[str, ...]
    prefixes: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    nouns: dict[str, Trigger]
    verbs: dict[str, Trigger]
    nonevents: frozenset[str]
    status: tuple[Cue, ...]
    negation: frozenset[str]
    frames: dict[str, str]
    formats: tuple[Cue, ...]
    modes: tuple[Cue, ...]
    countries: tuple[Country, ...]
    sides: tuple[str, ...]
    participation: tuple[Cue, ...]
    topic_preps: frozenset[str]
    topic_nouns: tuple[str, ...]
    saying: frozenset[str]

    def noun_trigger(self, text: str) -> Trigger | None:
        """The trigger a capitalised word (or its last hyphen part) ends in, if any."""
        if not text[:1].isupper():
            return None
        low = text.lower()
        if low in self.nonevents:
            return None
        last = low.rsplit("-", 1)[-1]
        if last in self.nouns:
            return self.nouns[last]
        for form, trig in self.nouns.items():
            if len(form) >= 6 and low.endswith(form):
                return trig
        return None

    def country_of(self, text: str) -> str | None:
        """The country a demonym adjective, people noun or ``US-`` compound stands for."""
        low = text.lower()
        for c in self.countries:
            if text in c.people or any(low in _inflected(s) for s in c.stems):
                return c.name
            if "-" in text and text.split("-", 1)[0] in c.prefixes:
                return c.name
        return None

    def country_of_capital(self, name: str) -> str | None:
        return next((c.name for c in self.countries if name in c.capitals), None)

    def is_side(self, text: str) -> bool:
        low = text.lower().rsplit("-", 1)[-1]
        return any(low.endswith(s) for s in self.sides)


@lru_cache(maxsize=256)
def _inflected(stem: str) -> frozenset[str]:
    """An adjective stem with its German endings (``russisch`` → russische, russischen, …)."""
    return frozenset(stem + end for end in ("", "e", "en", "er", "es", "em"))


def _cues(name: str, cols: int = 1) -> tuple[Cue, ...]:
    out = []
    for row in _rows(name):
        row += ["-"] * (3 - len(row))
        when = row[2] if cols > 2 and row[2] != "-" else None
        out.append(Cue(tuple(row[0].split()), row[1] if cols > 1 else "", when))
    return tuple(out)


def _listed(row: list[str], i: int) -> tuple[str, ...]:
    """The comma-separated items of column ``i`` (none when the column is missing)."""
    return tuple(x for x in (row[i] if len(row) > i else "").split(",") if x)


def _saying_forms() -> frozenset[str]:
    """Finite forms of verbs of saying, from the quotes component's verb list if present."""
    path = DATA_DIR / "speech_verbs.tsv"
    if not path.exists():
        return frozenset({"sagte", "sagt", "erklärte", "erklärt", "betonte", "hieß"})
    forms = {"hieß", "heißt"}
    for row in _rows("speech_verbs.tsv"):
        if len(row) >= 6 and row[5] == "say":
            forms.update(f for f in (row[2], row[3]) if f and f != "-")
    return frozenset(forms)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """All meeting word lists, read once per process."""
    nouns, verbs = {}, {}
    for row in _rows("meeting_triggers.tsv"):
        form, kind, mode, needs = (row + ["-"] * 4)[:4]
        trig = Trigger(form, kind, None if mode == "-" else mode, None if needs == "-" else needs)
        (nouns if kind == "noun" else verbs)[form] = trig
    topics = _rows("meeting_topics.txt")
    return Lexicon(
        nouns=nouns,
        verbs=verbs,
        nonevents=frozenset(r[0] for r in _rows("meeting_nonevents.txt")),
        status=_cues("meeting_status.tsv", 3),
        negation=frozenset(r[0] for r in _rows("meeting_negation.txt")),
        frames={r[0]: r[1] for r in _rows("meeting_frames.tsv")},
        formats=tuple(Cue((r[0],), r[1]) for r in _rows("meeting_formats.tsv")),
        modes=tuple(Cue((r[0],), r[1]) for r in _rows("meeting_modes.tsv")),
        countries=tuple(
            Country(r[0], *(_listed(r, i) for i in (1, 2, 3, 4)))
            for r in _rows("meeting_countries.tsv")
        ),
        sides=tuple(r[0] for r in _rows("meeting_sides.txt")),
        participation=_cues("meeting_participation.tsv"),
        topic_preps=frozenset(r[0] for r in topics if r[1] == "preposition"),
        topic_nouns=tuple(r[0] for r in topics if r[1] == "noun"),
        saying=_saying_forms(),
    )
