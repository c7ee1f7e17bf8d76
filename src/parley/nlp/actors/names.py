"""Comparing personal names across spellings: inflection, transliteration, short first names.

German outlets transliterate Cyrillic names differently (Umjerow/Umerow/Umerov,
Dmitrijew/Dmitriev, Selenskyj/Selenskij/Zelensky) and inflect names (Putins). The functions
here compare names through a transliteration-neutral key; the resolve layer uses them too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from parley.nlp.datafiles import rows as data_rows

# Rewrite rules applied in order to a lowercased, accent-free name.
_KEY_RULES = (
    (r"tsch", "ch"),
    (r"sch", "sh"),
    (r"dsh", "j"),
    (r"zh", "sh"),
    (r"kh", "ch"),
    (r"ck", "k"),
    (r"w", "v"),
    (r"ph", "f"),
    (r"(?<=[bcdfgklmnprstvz])j(?=[aeiou])", ""),  # Umjerow → umerow
    (r"(?<=[aeiou])j(?=[aeiou])", ""),  # Dmitrijew → dmitriew
    (r"(ij|yj|iy|yi|y)$", "i"),  # Selenskyj, Selenskij, Zelensky → -i
    (r"y", "i"),
    (r"j", "i"),
    (r"^z", "s"),  # Zelensky → selensky
    (r"(ov|off|of)$", "ov"),
    (r"(.)\1+", r"\1"),  # double letters
)
_KEY_PATTERNS = tuple((re.compile(pattern), repl) for pattern, repl in _KEY_RULES)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """A transliteration-neutral key: ``Umjerow``, ``Umerow``, ``Umerov`` → ``umerov``."""
    key = strip_accents(word).lower()
    for pattern, repl in _KEY_PATTERNS:
        key = pattern.sub(repl, key)
    return key


def genitive_base(word: str) -> str | None:
    """``Putins`` → ``Putin``, ``Macrons`` → ``Macron``; None when no genitive ending."""
    for ending in ("’s", "'s", "’", "'", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return None


def similar_surnames(a: str, b: str) -> bool:
    """Same surname up to spelling: equal keys, or very close keys with the same start."""
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    if ka[:1] != kb[:1] or min(len(ka), len(kb)) < 4:
        return False
    return JaroWinkler.similarity(ka, kb) >= 0.92


def compatible_first_names(a: str | None, b: str | None) -> bool:
    """First names that may be one person: missing, one a short form (Steve/Steven),
    initials (J./Joe) or a spelling variant (Dmitri/Dmitrij, Wladimir/Vladimir)."""
    if not a or not b:
        return True
    ka, kb = name_key(a.rstrip(".")), name_key(b.rstrip("."))
    if ka == kb or ka.startswith(kb) or kb.startswith(ka):
        return True
    return ka[:1] == kb[:1] and JaroWinkler.similarity(ka, kb) >= 0.9


def _particle_kinds() -> dict[str, str]:
    """``actor_name_particles.tsv``: particle (case-sensitive) → name | german | prefix."""
    return {word: kind for word, kind in data_rows("actor_name_particles.tsv")}


# Particles between first names and surname (von, bin, Al, da) and hyphenated surname
# prefixes (al-, el-): see actor_name_particles.tsv.
PARTICLE_KINDS = {w: k for w, k in _particle_kinds().items() if k != "prefix"}
PARTICLES = frozenset(w.lower() for w in PARTICLE_KINDS)
NAME_PREFIXES = tuple(w for w, k in _particle_kinds().items() if k == "prefix")


def split_name(name: str) -> tuple[str | None, str]:
    """(first names, surname) of a personal name; a single word is a surname, and a
    surname keeps its lowercase particles (``Ursula von der Leyen`` → ``von der Leyen``)."""
    parts = name.split()
    start = len(parts) - 1
    while start > 0 and parts[start - 1].lower() in PARTICLES:
        start -= 1
    first = " ".join(parts[:start])
    return first or None, " ".join(parts[start:])


def surname_core(surname: str) -> str:
    """The last word of a surname without a hyphenated particle: ``al-Burhan`` → ``Burhan``,
    ``von der Leyen`` → ``Leyen``."""
    last = surname.split()[-1] if surname.split() else surname
    for prefix in NAME_PREFIXES:
        if last.startswith(prefix) and last[len(prefix) : len(prefix) + 1].isupper():
            return last[len(prefix) :]
    return last


def plain_key(name: str) -> str:
    """An uninflected lowercase form for grouping names of places and organisations:
    ``Weißen Haus`` / ``Weiße Haus`` → ``weiß haus``, ``Kremls`` → ``kreml``."""
    words = []
    for w in name.casefold().split():
        for ending in ("es", "en", "em", "er", "e", "s"):
            if w.endswith(ending) and len(w) - len(ending) >= 3:
                w = w[: -len(ending)]
                break
        words.append(w)
    return " ".join(words)
