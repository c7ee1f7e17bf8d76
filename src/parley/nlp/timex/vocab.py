"""The German time vocabulary, read once from the ``time_*.tsv`` data files."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from parley.nlp.datafiles import rows as data_rows


@dataclass(frozen=True)
class Vocab:
    """Word lists and mappings the grammar and the normaliser share."""

    months: dict[str, int]
    weekdays: dict[str, int]
    dayparts: tuple[str, ...]
    parts: tuple[str, ...]
    seasons: dict[str, str]
    modifiers: dict[str, str]  # adjective stem -> next|prev|this|today|yesterday|tomorrow
    numbers: dict[str, int]
    units: dict[str, str]
    holidays: dict[str, tuple[str, str]]
    refs: dict[str, str]
    recent: dict[str, str]  # "in den vergangenen Tagen": adjective -> PAST_REF/FUTURE_REF
    few: tuple[str, ...]  # "vor wenigen Tagen"
    tense_words: dict[str, str]  # lower-case word -> past|future
    weak_stems: tuple[str, ...]  # weak verbs whose Präteritum marks the past
    perfect_aux: frozenset[str]  # ist/sind/sei: past only with a participle
    not_participles: frozenset[str]  # shaped like participles, but adjectives or others
    verb_prefixes: tuple[str, ...]  # before a strong Präteritum: er|stach, statt|fand
    function_words: frozenset[str]  # articles, pronouns, prepositions, conjunctions


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """Load every ``time_*.tsv`` file once."""
    tense = data_rows("time_tense.tsv")
    vague = data_rows("time_vague_spans.tsv")
    return Vocab(
        months={r[0]: int(r[1]) for r in data_rows("time_months.tsv")},
        weekdays={r[0]: int(r[1]) for r in data_rows("time_weekdays.tsv")},
        dayparts=tuple(r[0] for r in data_rows("time_dayparts.tsv")),
        parts=tuple(r[0] for r in data_rows("time_parts.tsv")),
        seasons={r[0]: r[1] for r in data_rows("time_seasons.tsv")},
        modifiers={r[0]: r[1] for r in data_rows("time_modifiers.tsv")},
        numbers={r[0]: int(r[1]) for r in data_rows("time_numbers.tsv")},
        units={r[0]: r[1] for r in data_rows("time_units.tsv")},
        holidays={r[0]: (r[1], r[2]) for r in data_rows("time_holidays.tsv")},
        refs={r[0]: r[1] for r in data_rows("time_refs.tsv")},
        recent={r[1]: r[2] for r in vague if r[0] == "recent"},
        few=tuple(r[1] for r in vague if r[0] == "few"),
        tense_words={r[0]: r[1] for r in tense if r[2] == "word"},
        weak_stems=tuple(r[0] for r in tense if r[2] == "weak"),
        perfect_aux=frozenset(r[0] for r in tense if r[2] == "perfect"),
        not_participles=frozenset(r[0] for r in tense if r[2] == "not-participle"),
        verb_prefixes=tuple(r[0] for r in tense if r[2] == "prefix"),
        function_words=frozenset(r[0] for r in data_rows("time_function_words.tsv")),
    )
