"""The German words of speech the quote extractor reads from ``nlp/data/speech_*.tsv``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from parley.nlp.datafiles import rows as data_rows


def words(text: str) -> frozenset[str]:
    """A closed class of words, written as one space-separated string."""
    return frozenset(text.split())


# Closed classes the grammar needs; general German, not data about any article.
DETERMINERS = words(
    "der die das den dem des ein eine einer einem einen eines kein keine keiner keinem keinen "
    "dieser diese dieses diesem diesen jener jene jenes sein seine seiner seinem seinen "
    "ihr ihre ihrer ihrem ihren unser unsere unserem unseren unserer alle beide beiden"
)
NON_NOMINATIVE = words("den dem des einem einen eines seinem seinen ihrem ihren")
PREPOSITIONS = words(
    "an am auf aus bei beim bis durch für gegen gegenüber hinter in im ins mit nach neben ohne "
    "seit über um unter von vom vor wegen zu zum zur zwischen laut trotz innerhalb außerhalb "
    "angesichts seitens via"
)
PRONOUNS = words("er sie")
OBJECT_PRONOUNS = words("ihm ihr")  # "Ihm zufolge", "nach ihr"
OFFICES = words("Büro Kanzlei Stab Team Umfeld Lager")  # "Netanjahus Büro teilte mit"
RELATIVES = words("der die das dem den deren dessen denen welcher welche welches")
AUXILIARIES = words("hat hatte habe hätte haben hatten hätten wird werde würde")
W_WORDS = words(
    "was wer wie wo wann warum weshalb wieso welche welcher welches ob dass wenn falls sobald "
    "sofern"
)
SUBORDINATE = words("dass ob wenn weil da falls als obwohl nachdem bevor damit sobald während wie")
NEGATIONS = words("nicht nie niemals")
DEGREE_WORDS = words("sehr ganz besonders äußerst zu so")
SPEAK_FORMS = words("spricht sprach sprachen sprechen gesprochen")
POSSESSIVE_SOURCES = words("seinen ihren seiner ihrer")
NOT_REFLEXIVE = frozenset({"erklären"})  # "erklärte sich bereit" is no speech


@dataclass(frozen=True, slots=True)
class Verb:
    """One verb of saying: ``lemma``, its separable ``particle`` (or ``""``) and ``kind``."""

    lemma: str
    particle: str
    kind: str  # say | name | about | cite | learn | not


@dataclass(slots=True)
class Lexicon:
    """Finite forms, joined forms and participles of the verbs of saying, and the other lists."""

    split: dict[str, list[Verb]] = field(default_factory=dict)  # "teilte" -> [mitteilen]
    whole: dict[str, Verb] = field(default_factory=dict)  # "mitteilte", "gesagt" -> verb
    sources: dict[str, str] = field(default_factory=dict)  # noun -> report|unnamed
    roles: tuple[str, ...] = ()
    channels: list[tuple[str, str, str, frozenset[str]]] = field(default_factory=list)
    moods: dict[str, str] = field(default_factory=dict)

    def role_noun(self, word: str) -> bool:
        low = word.lower()
        return any(low.endswith(r) for r in self.roles)


def swiss(word: str) -> str:
    """The Swiss spelling, ``ss`` for ``ß`` (``äussern``, ``hiess``)."""
    return word.replace("ß", "ss")


def _plural(past: str) -> str:
    return past + ("n" if past.endswith("e") else "en")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the speech lexicon once."""
    lex = Lexicon()
    for lemma, particle, pres, past, participle, kind in data_rows("speech_verbs.tsv"):
        part = "" if particle == "-" else particle
        verb = Verb(lemma, part, kind)
        infinitive = lemma[len(part) :] if part else lemma
        finite = {pres, past, _plural(past), infinitive}
        for form in finite | {swiss(f) for f in finite}:
            lex.split.setdefault(form, []).append(verb)
            if part:
                lex.whole[part + form] = verb
        if participle != "-":
            lex.whole[participle] = lex.whole[swiss(participle)] = verb
        if part:
            lex.whole[lemma] = lex.whole[swiss(lemma)] = verb
    for word, kind in data_rows("speech_sources.tsv"):
        if kind == "role":
            lex.roles += (word,)
        else:
            lex.sources[word] = kind
    for trigger, label, match, after in data_rows("speech_channels.tsv"):
        lex.channels.append((trigger, label, match, frozenset(after.split(",")) - {"-"}))
    for form, kind in data_rows("speech_moods.tsv"):
        lex.moods[form] = kind
        lex.moods.setdefault(swiss(form), kind)
    return lex
