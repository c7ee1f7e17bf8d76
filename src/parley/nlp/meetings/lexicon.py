"""The German words the meeting extractor reads, loaded once from ``nlp/data/meeting_*``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from parley.nlp.datafiles import DATA
from parley.nlp.datafiles import rows as data_rows

STATUS_ORDER = ("cancelled", "ruled_out", "proposed", "planned", "held")
MEMO_SIZE = 200_000  # word forms whose trigger is remembered


@dataclass(frozen=True)
class Trigger:
    form: str
    kind: str  # noun | verb
    mode: str | None
    needs: str | None  # a particle, "pair", "compound" (a noun only inside a compound), or None
    unless: str | None = None  # a particle that makes it another verb


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


@dataclass(frozen=True, eq=False)
class Lexicon:
    nouns: dict[str, Trigger]
    verbs: dict[str, Trigger]
    nonevents: frozenset[str]
    status: tuple[Cue, ...]
    negation: frozenset[str]
    frames: dict[str, tuple[str, str | None]]  # word -> (status, when)
    formats: tuple[Cue, ...]
    modes: tuple[Cue, ...]
    countries: tuple[Country, ...]
    sides: tuple[str, ...]
    participation: tuple[Cue, ...]
    topic_preps: frozenset[str]
    without: frozenset[str]  # "ohne": keeps the noun phrase after it out
    topic_nouns: tuple[str, ...]
    saying: frozenset[str]
    channels: frozenset[str]  # where things are said (Telegram, X): never a meeting's place
    regions: frozenset[str]  # groups of states as one side (Europa): the meeting is multilateral
    pointers: frozenset[str]  # "beide", "beider": the two sides named before
    series: tuple[str, ...]  # "letzte", "nächste": another meeting of the same series
    distributive: frozenset[str]  # "getrennt", "jeweils": one meeting per side named after it
    states: frozenset[str]  # "Länder", "Seiten" after a pointer: the states, not their leaders
    hosts: tuple[tuple[str, ...], ...]  # "am Rande": the noun after it is the larger meeting
    asides: tuple[tuple[str, ...], ...]  # "unter vier Augen": a side meeting
    afters: tuple[tuple[str, ...], ...]  # "danach" after the noun: a meeting after the larger
    dayparts: frozenset[str]  # "Nacht", "Abend": a time of the day reported
    places: dict[str, tuple[str, ...]]  # "Miami" -> ("Florida", "USA"): the places that hold it
    venues: tuple[str, ...]  # "gipfelstadt": the place named after it hosts the meeting

    def noun_trigger(self, text: str) -> Trigger | None:
        """The trigger a capitalised word (or its last hyphen part) ends in, if any (remembered
        per word form: the extractor asks again and again)."""
        memo = self._noun_triggers
        if text not in memo:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            memo[text] = self._noun_trigger(text)
        return memo[text]

    @cached_property
    def _noun_triggers(self) -> dict[str, Trigger | None]:
        return {}

    def _noun_trigger(self, text: str) -> Trigger | None:
        if not text[:1].isupper():
            return None
        low = text.lower()
        if low in self.nonevents:
            return None
        last = low.rsplit("-", 1)[-1]
        trig = self.nouns.get(last)
        if trig is None:
            trig = next((t for f, t in self.nouns.items() if len(f) >= 6 and low.endswith(f)), None)
        if trig is not None and trig.needs == "compound" and low == trig.form:
            return None  # "Kontakte" alone is too vague; "Dreierkontakte" names a meeting
        return trig

    @cached_property
    def _by_form(self) -> dict[str, dict[str, str]]:
        """Lookup tables: inflected adjective, people noun, compound prefix, capital → country."""
        tables: dict[str, dict[str, str]] = {k: {} for k in ("adj", "people", "prefix", "capital")}
        for c in self.countries:
            for stem in c.stems:
                for form in _inflected(stem):
                    tables["adj"].setdefault(form, c.name)
            for kind, forms in (
                ("people", c.people),
                ("prefix", c.prefixes),
                ("capital", c.capitals),
            ):
                for form in forms:
                    tables[kind].setdefault(form, c.name)
        return tables

    def country_of(self, text: str) -> str | None:
        """The country a demonym adjective, people noun or ``US-`` compound stands for."""
        t = self._by_form
        found = t["people"].get(text) or t["adj"].get(text.lower())
        if found is None and "-" in text:
            found = t["prefix"].get(text.split("-", 1)[0])
        return found

    @cached_property
    def country_names(self) -> frozenset[str]:
        return frozenset(c.name for c in self.countries)

    def country_of_prefix(self, prefix: str) -> str | None:
        """The country a compound's first part stands for (``US``-Delegation)."""
        return self._by_form["prefix"].get(prefix)

    def is_people(self, text: str) -> bool:
        return text in self._by_form["people"]

    def country_of_capital(self, name: str) -> str | None:
        return self._by_form["capital"].get(name)

    def holders(self, name: str) -> tuple[str, ...]:
        """The places that hold the place ``name`` (``Genf`` → Schweiz), a capital's country."""
        capital = self.country_of_capital(name)
        return self.places.get(name, ()) + ((capital,) if capital else ())

    @cached_property
    def status_words(self) -> frozenset[str]:
        """Every plain word of the status cues (``soll``, ``hatte``, ``fand``)."""
        return frozenset(w for c in self.status for w in c.words if not w.endswith("*"))

    def is_series(self, word: str) -> bool:
        """``word`` (lower case) names another meeting of a series (``nächste``)."""
        return any(word.startswith(w[:-1]) if w.endswith("*") else word == w for w in self.series)

    def is_side(self, text: str) -> bool:
        low = text.lower().rsplit("-", 1)[-1]
        return any(low.endswith(s) for s in self.sides)


def _inflected(stem: str) -> tuple[str, ...]:
    """An adjective stem with its German endings (``russisch`` → russische, russischen, …)."""
    return tuple(stem + end for end in ("", "e", "en", "er", "es", "em"))


def _cues(name: str, cols: int = 1) -> tuple[Cue, ...]:
    out = []
    for row in data_rows(name):
        row += ["-"] * (3 - len(row))
        when = row[2] if cols > 2 and row[2] != "-" else None
        out.append(Cue(tuple(row[0].split()), row[1] if cols > 1 else "", when))
    return tuple(out)


def _countries() -> tuple[Country, ...]:
    """Countries with their adjective stems, people nouns, compound prefixes and the
    capitals and seats of government that stand for them.

    Reads the shared country list (``countries_de.tsv``) and institutions
    (``actor_institutions.tsv``) of the actors component, and ``meeting_peoples.tsv``.
    """
    stems: dict[str, list[str]] = {}
    people: dict[str, list[str]] = {}
    prefixes: dict[str, list[str]] = {}
    capitals: dict[str, list[str]] = {}
    if (DATA / "countries_de.tsv").exists():
        for row in data_rows("countries_de.tsv"):
            name = row[1]
            stems.setdefault(name, []).extend(_split(row, 4, "|"))
            capitals.setdefault(name, []).extend(_split(row, 3, "|"))
    if (DATA / "actor_institutions.tsv").exists():
        for row in data_rows("actor_institutions.tsv"):
            if len(row) > 2 and row[2] == "country":
                forms = _split(row, 0, "|")
                capitals.setdefault(row[1], []).extend(forms)
                prefixes.setdefault(row[1], []).extend(f for f in forms if " " not in f)
    for row in data_rows("meeting_peoples.tsv"):
        people.setdefault(row[0], []).extend(_split(row, 1, ","))
        stems.setdefault(row[0], []).extend(_split(row, 2, ","))
    names = dict.fromkeys([*stems, *people, *capitals])
    return tuple(
        Country(
            n,
            tuple(stems.get(n, ())),
            tuple(people.get(n, ())),
            tuple(prefixes.get(n, ())),
            tuple(capitals.get(n, ())),
        )
        for n in names
    )


def _split(row: list[str], i: int, sep: str) -> list[str]:
    return [x for x in (row[i] if len(row) > i else "").split(sep) if x]


def _channels() -> frozenset[str]:
    """Channels from the quotes component's list (``speech_channels.tsv``), lower case."""
    path = DATA / "speech_channels.tsv"
    return (
        frozenset(r[0].lower() for r in data_rows("speech_channels.tsv"))
        if path.exists()
        else frozenset()
    )


def _saying_forms() -> frozenset[str]:
    """Forms of verbs of saying (present, preterite, its plural, participle: "hatte
    mitgeteilt"), from the quotes component's verb list if present."""
    path = DATA / "speech_verbs.tsv"
    if not path.exists():
        return frozenset({"sagte", "sagt", "erklärte", "erklärt", "betonte", "hieß"})
    forms = {"hieß", "heißt"}
    for row in data_rows("speech_verbs.tsv"):
        if len(row) >= 6 and row[5] == "say":
            forms.update(f for f in (row[2], row[3], row[4]) if f and f != "-")
            if row[3] != "-":  # the preterite plural: sagten, schrieben
                forms.add(row[3] + "n" if row[3].endswith("e") else row[3] + "en")
    return frozenset(forms)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """All meeting word lists, read once per process."""
    nouns, verbs = {}, {}
    for row in data_rows("meeting_triggers.tsv"):
        form, kind, mode, needs, unless = (row + ["-"] * 5)[:5]
        trig = Trigger(form, kind, *(None if x == "-" else x for x in (mode, needs, unless)))
        (nouns if kind == "noun" else verbs)[form] = trig
    topics = data_rows("meeting_topics.txt")
    pairs = data_rows("meeting_pairs.tsv")
    aside = data_rows("meeting_aside.tsv")
    return Lexicon(
        nouns=nouns,
        verbs=verbs,
        nonevents=frozenset(r[0] for r in data_rows("meeting_nonevents.txt")),
        status=_cues("meeting_status.tsv", 3),
        negation=frozenset(r[0] for r in data_rows("meeting_negation.txt")),
        frames={
            r[0]: (r[1], None if r[2] == "-" else r[2]) for r in data_rows("meeting_frames.tsv")
        },
        formats=tuple(Cue((r[0],), r[1]) for r in data_rows("meeting_formats.tsv")),
        modes=tuple(Cue((r[0],), r[1]) for r in data_rows("meeting_modes.tsv")),
        countries=_countries(),
        sides=tuple(r[0] for r in data_rows("meeting_sides.txt")),
        participation=_cues("meeting_participation.tsv"),
        topic_preps=frozenset(r[0] for r in topics if r[1] == "preposition"),
        without=frozenset(r[0] for r in topics if r[1] == "noun-phrase"),
        topic_nouns=tuple(r[0] for r in topics if r[1] == "noun"),
        saying=_saying_forms(),
        channels=_channels(),
        regions=frozenset(r[0] for r in data_rows("meeting_regions.txt")),
        pointers=frozenset(r[0] for r in pairs if r[1] == "pointer"),
        series=tuple(r[0] for r in data_rows("meeting_series.txt")),
        distributive=frozenset(r[0] for r in data_rows("meeting_distributive.txt")),
        states=frozenset(r[0] for r in pairs if r[1] == "states"),
        hosts=tuple(tuple(r[0].split()) for r in aside if r[1] == "host"),
        asides=tuple(tuple(r[0].split()) for r in aside if r[1] == "aside"),
        afters=tuple(tuple(r[0].split()) for r in aside if r[1] == "after"),
        dayparts=frozenset(r[0] for r in data_rows("meeting_dayparts.txt")),
        places={r[0]: tuple(_split(r, 1, "|")) for r in data_rows("meeting_places.tsv")},
        venues=tuple(r[0] for r in data_rows("meeting_venues.txt")),
    )
