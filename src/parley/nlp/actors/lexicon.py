"""General German knowledge for actors: titles, relations, countries, demonyms, institutions.

Everything is read once from ``parley/nlp/data`` (``titles_de.tsv``, ``actor_relations.txt``,
``titles_skip.txt``, ``countries_de.tsv``, ``actor_institutions.tsv``,
``actor_outlet_nouns.txt``, ``actor_office_nouns.txt``, ``actor_place_heads.txt``,
``actor_media.txt``, ``actor_sentence_adverbs.txt``, ``actor_demonym_nouns.tsv``,
``actor_compass_prefixes.txt``, ``actor_media_prepositions.txt``,
``actor_web_domains.txt``, ``titles_former.txt``; agencies from
:func:`parley.clean.agency_names`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from parley.clean import agency_names
from parley.nlp.datafiles import rows as data_rows

# Inflection endings a title or relation noun may carry after its stem.
NOUN_ENDINGS = r"(?:in|innen|en|n|s|e|er|es|em|ern|ens)?"
ADJ_ENDINGS = ("em", "en", "er", "es", "e")
PEOPLE_ENDINGS = ("nen", "en", "n", "s")  # Französinnen, Portugiesen, Ugandern, Israelis
MEMO_SIZE = 200_000  # word look-ups remembered; forgotten all at once beyond this


def _suffix_regex(stems: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(s) for s in stems), key=len, reverse=True))
    return re.compile(f"({alternatives}){NOUN_ENDINGS}$")


@dataclass(frozen=True)
class Anchor:
    """Something a person can act for: a country (``kind`` country) or an organisation."""

    name: str
    kind: str  # country | org


class Lexicon:
    """Lookups over the data files; build it with :func:`lexicon`."""

    def __init__(self) -> None:
        titles = data_rows("titles_de.tsv")
        self._titles = _suffix_regex([t[0] for t in titles])
        self._relational = {t[0] for t in titles if len(t) > 1 and t[1] == "yes"}
        self._declension = {t[0]: t[2] if len(t) > 2 else "strong" for t in titles}
        self._relations = _suffix_regex([r[0] for r in data_rows("actor_relations.txt")])
        self._skip = {r[0] for r in data_rows("titles_skip.txt")}
        self._function_words = {r[0] for r in data_rows("titles_function_words.txt")}
        self._outlets = _suffix_regex([r[0] for r in data_rows("actor_outlet_nouns.txt")])
        self._offices = _suffix_regex([r[0] for r in data_rows("actor_office_nouns.txt")])
        self._place_heads = _suffix_regex([r[0] for r in data_rows("actor_place_heads.txt")])
        self.media = agency_names() | {r[0] for r in data_rows("actor_media.txt")}
        self.media_prepositions = {r[0] for r in data_rows("actor_media_prepositions.txt")}
        self.max_media_tokens = max(len(m.split()) for m in self.media)
        domains = "|".join(r[0] for r in data_rows("actor_web_domains.txt"))
        host = r"(?:www\.)?[a-z0-9-]*[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*"  # a letter first
        self._website = re.compile(rf"^{host}\.(?:{domains})$")
        self._adverbs = {r[0] for r in data_rows("actor_sentence_adverbs.txt")}
        self._former = tuple(r[0] for r in data_rows("titles_former.txt"))
        self._compass = tuple(r[0] for r in data_rows("actor_compass_prefixes.txt"))
        self.forms: dict[str, Anchor] = {}  # surface form (case-sensitive) → anchor
        self.capitals: dict[str, Anchor] = {}
        self._demonyms: dict[str, Anchor] = {}
        for code, name, forms, capitals, demonyms in data_rows("countries_de.tsv"):
            anchor = Anchor(name, "country")
            for form in forms.split("|"):
                if form and code != form:
                    self.forms.setdefault(form, anchor)
            for form in filter(None, capitals.split("|")):
                self.capitals.setdefault(form, anchor)
            for stem in filter(None, demonyms.split("|")):
                self._demonyms[stem] = anchor
        self._peoples: dict[str, Anchor] = {}
        for nouns, country in data_rows("actor_demonym_nouns.tsv"):
            for noun in nouns.split("|"):
                self._peoples[noun] = Anchor(country, "country")
        self.institutions: dict[str, Anchor] = {}
        for forms, name, kind in data_rows("actor_institutions.tsv"):
            for form in forms.split("|"):
                self.institutions[form] = Anchor(name, kind)
        self._prefixes = sorted(
            {f.rstrip("-") for f in self.institutions if " " not in f}, key=len, reverse=True
        )
        names = [*self.forms, *self.capitals, *self.institutions]
        self.max_form_tokens = max(len(f.split()) for f in names)
        # Institutions that are names of their own (not a country's short form like US).
        self.bodies = {f for f in self.institutions if f not in self.forms and len(f) > 1}
        self.first_words = {f.split()[0] for f in [*self.forms, *self.capitals, *self.bodies]}
        self._memo: dict[tuple[str, str], Any] = {}

    def memo(self, kind: str, word: str, find: Callable[[str], Any]) -> Any:
        """``find(word)``, remembered per word (the lexicon never changes)."""
        key = (kind, word)
        if key not in self._memo:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = find(word)
        return self._memo[key]

    # -- nouns ---------------------------------------------------------------------------

    def title_stem(self, word: str) -> str | None:
        """The title stem ``word`` ends in (``Kremlsprecher`` → ``sprecher``), else None."""
        return self.memo("title", word, self._title_stem)

    def _title_stem(self, word: str) -> str | None:
        if not word[:1].isupper() or self.relation(word):
            return None
        m = self._titles.search(_last_part(word).lower())
        return m.group(1) if m else None

    def plural_title(self, word: str, det: str) -> bool:
        """Is the title noun ``word`` plural after the article ``det``? Strong nouns show
        it in their ending (``Direktoren``, ``Ministern``, ``Chefs``); weak and adjectival
        ones (``Präsidenten``, ``Gesandten``) only after ``die`` or a genitive ``der``."""
        stem = self.title_stem(word)
        if stem is None:
            return False
        low = _last_part(word).lower()
        ending = low[low.rindex(stem) + len(stem) :]
        if ending == "in":
            return False
        if ending == "innen" or det == "die":
            return True
        if self._declension.get(stem) == "strong":
            return ending in ("e", "en", "n", "ern") or (ending == "s" and det != "des")
        return det == "der" and ending in ("en", "n")

    def is_title(self, word: str) -> bool:
        return self.title_stem(word) is not None

    def is_relational(self, stem: str) -> bool:
        return stem in self._relational

    def relation(self, word: str) -> bool:
        """A kinship or relational noun (``Schwiegersohn``, ``Amtskollegen``)."""
        return self.memo("relation", word, self._relation)

    def _relation(self, word: str) -> bool:
        return word[:1].isupper() and bool(self._relations.search(_last_part(word).lower()))

    def outlet_noun(self, word: str) -> bool:
        """A noun that introduces a media outlet by name (``Sender``, ``Nachrichtenportal``)."""
        return word[:1].isupper() and bool(self._outlets.search(_last_part(word).lower()))

    def former(self, word: str) -> bool:
        """Does ``word`` make a role a former one (``früheren``, ``Ex-Präsident``)?"""
        return word.startswith(self._former) or word.lower().startswith(self._former)

    def sentence_adverb(self, word: str) -> bool:
        """A word that opens sentences as an adverb or predicative adjective (``Indessen``,
        ``Ungeklärt``; ``actor_sentence_adverbs.txt``)."""
        return word.lower() in self._adverbs

    def place_head(self, word: str) -> bool:
        """A noun that makes a place of the compound it ends (``Gaza-Streifen``)."""
        return bool(self._place_heads.search(_last_part(word).lower()))

    def office_noun(self, word: str) -> bool:
        """A state's generic office (``Außenministerium``, ``Regierung``): no name."""
        return word[:1].isupper() and bool(self._offices.search(_last_part(word).lower()))

    # -- adjectives ----------------------------------------------------------------------

    def function_word(self, low: str) -> bool:
        """A closed-class word that only looks like an adjective (``zwischen``, ``gegen``)."""
        return low in self._function_words

    def skip_adjective(self, word: str) -> bool:
        return _adj_stem(word.lower()) in self._skip

    def demonym(self, word: str) -> Anchor | None:
        """``ukrainischen`` → Ukraine; compounds of two (``russisch-ukrainisch``) → None."""
        return self.memo("demonym", word, self._demonym)

    def _demonym(self, word: str) -> Anchor | None:
        low = word.lower()
        if low in self._demonyms:
            return self._demonyms[low]
        stem = _adj_stem(low)
        return self._demonyms.get(stem) if stem != low else None

    def demonym_noun(self, word: str) -> Anchor | None:
        """A noun for a country's people (``Ugander``, ``Portugiesen``, ``Französin``) → the
        country."""
        for ending in PEOPLE_ENDINGS:
            if word.endswith(ending) and (anchor := self._peoples.get(word[: -len(ending)])):
                return anchor
        return self._peoples.get(word)

    # -- names ---------------------------------------------------------------------------

    def anchor(self, form: str) -> Anchor | None:
        """The country or organisation a name, capital or institution stands for."""
        return self.forms.get(form) or self.capitals.get(form) or self.institutions.get(form)

    def outlet_name(self, text: str) -> bool:
        """A platform, outlet or agency by name (``Telegram``, ``Reuters``) or by its web
        address (``ntv.de``)."""
        return text in self.media or bool(self._website.match(text.lower()))

    def region(self, word: str) -> Anchor | None:
        """The country a compass word and its name make a region of, written as one word
        (``Ostukraine``, ``Nordsyriens`` → Ukraine, Syrien), else None."""
        return self.memo("region", word, self._region)

    def _region(self, word: str) -> Anchor | None:
        if not word[:1].isupper():
            return None
        low = word.lower()
        for prefix in self._compass:
            rest = word[len(prefix) :]
            if low.startswith(prefix) and rest[:1].islower():
                anchor = self.forms.get(rest[:1].upper() + rest[1:])
                if anchor:
                    return anchor
        return None

    def prefix_anchor(self, word: str) -> Anchor | None:
        return self.memo("prefix", word, self._prefix_anchor)

    def derived_country(self, word: str) -> Anchor | None:
        """The country a word derives from (``ukrainischen``, ``US-Gesandter``), else None."""
        return self.memo("derived", word, self._derived_country)

    def _derived_country(self, word: str) -> Anchor | None:
        anchor = self.demonym(word) or self.prefix_anchor(word)
        return anchor if anchor and anchor.kind == "country" else None

    def _prefix_anchor(self, word: str) -> Anchor | None:
        """What the first part of a compound stands for: ``US-Außenminister`` → USA,
        ``Kremlsprecher`` → Russland."""
        if "-" in word:
            head, last = word.split("-")[0], word.rsplit("-", 1)[-1]
            if not word[:1].isupper() or self.demonym(last):
                return None  # russisch-ukrainische, US-russische: two sides
            return self.anchor(head) or self.demonym(head)
        for prefix in self._prefixes:
            if (
                word.startswith(prefix)
                and len(word) > len(prefix) + 3
                and word[len(prefix)].islower()
            ):
                return self.institutions[prefix]
        return None


def _last_part(word: str) -> str:
    return word.rsplit("-", 1)[-1] or word


def _adj_stem(low: str) -> str:
    for ending in ADJ_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: -len(ending)]
    return low


@cache
def lexicon() -> Lexicon:
    """The lexicon, loaded once per process."""
    return Lexicon()
