"""Who speaks: the subject of a verb of saying, found from named mentions, pronouns,
definite descriptions (``der US-Diplomat``) and unnamed sources (``ein Sprecher``)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from parley.facts import Mention
from parley.nlp.actors.lexicon import Anchor
from parley.nlp.actors.lexicon import lexicon as actor_lexicon
from parley.nlp.quotes.lexicon import (
    DETERMINERS,
    NON_NOMINATIVE,
    OFFICES,
    PREPOSITIONS,
    PRONOUNS,
    Lexicon,
)
from parley.nlp.quotes.segments import CHUNK_BREAKS
from parley.nlp.words import doc_text

SPEAKER_TYPES = frozenset({"PER", "ORG", "LOC"})
OUTLET_ENDINGS = ("agentur", "zeitung")
NOMINATIVE_ARTICLES = frozenset(["der", "die", "das", "ein", "eine"])
MARKS = frozenset('„“”»«"‚‘')  # quotation marks around a name inside a phrase


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: the actor key (``None`` for unnamed sources) and the words used."""

    key: str | None
    text: str | None
    label: str | None = None  # PER, ORG, LOC of the actor


Anaphor = Callable[[int, str], "Speaker | None"]  # (character, words) -> the person meant


class Mentions:
    """The article's named mentions, looked up by token."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.first: dict[int, Mention] = {}  # first token index -> mention
        self.covered: dict[int, Mention] = {}  # every token index -> mention
        for m in mentions:
            if m.label not in SPEAKER_TYPES or not m.actor_key:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            self.first.setdefault(span.start, m)
            for i in range(span.start, span.end):
                self.covered.setdefault(i, m)
        self.ordered = sorted(self.first.items())
        self.starts = [m.start for _, m in self.ordered]

    def at(self, tok: Token) -> Mention | None:
        return self.covered.get(tok.i)

    def before(self, char: int, label: str | None = None) -> list[tuple[int, Mention]]:
        """Mentions (first token index, mention) ending before ``char``, nearest last."""
        upto = bisect_right(self.starts, char)
        return [
            (i, m)
            for i, m in self.ordered[:upto]
            if m.end <= char and (label is None or m.label == label)
        ]


def _outlet(tok: Token) -> bool:
    return tok.text.lower().endswith(OUTLET_ENDINGS)


def adjective(tok: Token) -> bool:
    """An inflected adjective by its form: lowercase, not a determiner, ending -e/-en/-er/..."""
    low = tok.text
    return (
        low.islower()
        and low.isalpha()
        and len(low) > 3
        and low not in DETERMINERS
        and low.endswith(("e", "en", "er", "es", "em"))
        and not actor_lexicon().function_word(low)  # "aber", "immer", "wieder"
    )


def governed(doc: Doc, first: int, mention: Mention, mentions: Mentions) -> bool:
    """True when a preposition, a non-nominative article or a possessive ``-s`` governs the
    mention starting at token ``first``: then it is not the subject."""
    after = first + len(doc.char_span(mention.start, mention.end, alignment_mode="expand"))
    if mention.text.endswith("s") and after < len(doc):
        nxt = doc[after]
        if nxt.text[:1].isupper() and nxt.i not in mentions.covered:
            return True  # "Trumps Schwiegersohn", "Russlands Präsident"
    titles = 0
    for i in range(first - 1, max(-1, first - 6), -1):
        tok = doc[i]
        word = tok.text
        if word in CHUNK_BREAKS or word in ".!?" or tok.is_space:
            return False
        low = word.lower()
        if low in PREPOSITIONS:
            return True
        if low in NON_NOMINATIVE:
            return True
        if low in DETERMINERS:
            # "Vertreter der USA": genitive after a noun; "teilte der Kreml mit": nominative
            if low != "der" or titles or mention.label == "PER" or i == 0:
                return False
            before = doc[i - 1].text
            return before[:1].isupper() and before.isalpha() or before.lower() in PREPOSITIONS
        if i in mentions.covered:
            if mentions.covered[i].text.endswith("s"):
                continue  # a possessive inside the phrase: "unter Trumps Amtsvorgänger Biden"
            return False
        if word[:1].isupper() and word.isalpha() or "-" in word:
            titles += 1
            continue
        if adjective(tok):
            continue
        return False
    return False


def nation_of(noun: str) -> str | None:
    """The country a demonym noun names: ``Portugiese``, ``Venezolaner``, ``Franzose``,
    ``Spanierin`` (the adjective stem of ``countries_de.tsv`` read as ``-isch``)."""
    low = noun.rsplit("-", 1)[-1].lower()
    if not noun[:1].isupper() or len(low) < 5:
        return None
    for ending in ("innen", "in", "n", ""):
        if low.endswith(ending) and len(low) > len(ending) + 3:
            word = low[: len(low) - len(ending)] if ending else low
            for suffix in ("ier", "er", "e", ""):
                if word.endswith(suffix) and (suffix or ending.startswith("in")):
                    stem = word[: len(word) - len(suffix)]
                    for form in (stem + "isch", _umlaut(stem) + "isch", stem):
                        anchor = country_adjective(form)
                        if anchor is not None and anchor.kind == "country":
                            return anchor.name
    return None


def country_adjective(word: str) -> Anchor | None:
    """The country an adjective names: the demonyms of ``countries_de.tsv``, else the regular
    ``-isch`` adjective of the country's name (``omanisch``, ``malaysisch``)."""
    anchor = actor_lexicon().demonym(word)
    if anchor is not None:
        return anchor
    low = word.lower()
    for ending in ("em", "en", "er", "es", "e", ""):
        if low.endswith("isch" + ending):
            return _regular_adjectives().get(low[: len(low) - len(ending)])
    return None


@cache
def _regular_adjectives() -> dict[str, Anchor]:
    out: dict[str, Anchor] = {}
    for anchor in actor_lexicon().forms.values():
        low = anchor.name.lower()
        if anchor.kind != "country" or not low.isalpha():
            continue
        stems = [low, low.removesuffix("ien"), low.removesuffix("ia"), low.removesuffix("a")]
        for stem in stems:
            out.setdefault(stem + "isch", anchor)
    return out


def _umlaut(stem: str) -> str:
    """``franzos`` -> ``französ``: the last a/o/u with its umlaut."""
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "aou":
            return stem[:i] + "äöü"["aou".index(stem[i])] + stem[i + 1 :]
    return stem


def _core(noun: str) -> str:
    """``US-Außenminister`` -> ``außenminister``: the head of a compound title."""
    return noun.rsplit("-", 1)[-1].lower()


class SubjectFinder:
    """Finds the speaker among tokens, resolving pronouns and descriptions through ``anaphor``."""

    def __init__(self, doc: Doc, mentions: Mentions, lex: Lexicon) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.mentions = mentions
        self.lex = lex
        self.titles = self._titles()
        self.nations = self._nations()
        self.countries = self._countries()
        self.bodies: list[tuple[int, str, Speaker]] = []  # state bodies named so far
        self.governments = tuple(
            n.lower() for n, kind in lex.sources.items() if kind == "government"
        )

    def _titles(self) -> list[tuple[int, str, Mention]]:
        """Titles written right before a person's name (``US-Außenminister Marco Rubio``)."""
        out = []
        for i, m in self.mentions.ordered:
            if m.label != "PER" or i == 0:
                continue
            prev = self.doc[i - 1].text
            if (
                prev[:1].isupper()
                and i - 1 not in self.mentions.covered
                and self.lex.role_noun(prev)
            ):
                out.append((m.start, _core(prev), m))
        return out

    def _nations(self) -> dict[str, str]:
        """Person actor key -> the name of the country the person is affiliated with."""
        actors = {a.key: a for a in self.doc._.actors or []}
        forms = actor_lexicon().forms
        out = {}
        for a in actors.values():
            if a.type == "PER" and a.affiliation:
                home = actors.get(a.affiliation)
                name = home.name if home is not None else a.affiliation
                if name in forms and forms[name].kind == "country":
                    out[a.key] = forms[name].name
        return out

    def _countries(self) -> dict[str, str]:
        """Country name -> the key of the article's actor for that country."""
        forms = actor_lexicon().forms
        out: dict[str, str] = {}
        for a in self.doc._.actors or []:
            if a.type != "LOC":
                continue
            for form in [a.name, *a.mentions]:
                if form in forms:
                    out.setdefault(forms[form].name, a.key)
        return out

    def institution(self, tokens: list[Token], k: int) -> Speaker | None:
        """``das omanische Außenministerium``, ``die US-Regierung``, ``der Regierung Israels``:
        a state's government or ministry speaks for the state (``None`` when the state is no
        actor of the article)."""
        tok = tokens[k]
        body = self._body(tok.text)
        if body is None:
            return None
        lex = actor_lexicon()
        anchor = lex.prefix_anchor(tok.text)
        start = k
        while start > 0 and adjective(tokens[start - 1]):
            start -= 1
            anchor = anchor or country_adjective(tokens[start].text)
        if start > 0 and tokens[start - 1].text.lower() in DETERMINERS:
            start -= 1
        owner = self.mentions.covered.get(tokens[k + 1].i) if k + 1 < len(tokens) else None
        if (
            anchor is None
            and owner is not None
            and owner.label == "LOC"
            and owner.text.endswith("s")
            and owner.start == tokens[k + 1].idx
        ):
            return Speaker(owner.actor_key, owner.text, "LOC")  # "der Regierung Israels"
        words = self.text[tokens[start].idx : tok.idx + len(tok.text)]
        if anchor is None and start == k - 1 and tok.text.lower().startswith(body):
            return self._same_body(tok.idx, body, words)  # "in einer Mitteilung des Ministeriums"
        if anchor is None or anchor.kind != "country":
            return None
        key = self.countries.get(anchor.name)
        speaker = Speaker(key, words, "LOC" if key else None)
        self.bodies.append((tok.idx, body, speaker))
        return speaker

    def _body(self, word: str) -> str | None:
        """The government ending of ``word`` (``Verteidigungsministeriums`` -> ministerium)."""
        if not word[:1].isupper():
            return None
        low = word.lower()
        for form in (low, low.removesuffix("s"), low.removesuffix("es")):
            hit = next((g for g in self.governments if form.endswith(g)), None)
            if hit is not None:
                return hit
        return None

    def _same_body(self, char: int, body: str, words: str) -> Speaker | None:
        """``des Ministeriums``: the ministry of that kind named as a speaker before ``char``."""
        seen = [spk for at, b, spk in self.bodies if b == body and at < char]
        return Speaker(seen[-1].key, words, seen[-1].label) if seen else None

    def _compatriot(self, char: int, noun: str, meant: Speaker | None) -> Speaker | None:
        """``der Portugiese``: the person the description refers back to, unless that person
        is known to act for another country; then the last person of the demonym's country
        named before ``char``."""
        nation = nation_of(noun)
        home = self.nations.get(meant.key) if meant is not None and meant.key else None
        if nation is None or home in (None, nation):
            return meant
        before = self.mentions.before(char, "PER")
        hits = [m for _, m in before if self.nations.get(m.actor_key) == nation]
        return Speaker(hits[-1].actor_key, meant.text, "PER") if hits else meant

    def demonym(self, noun: str) -> bool:
        return nation_of(noun) is not None

    def titled(self, char: int, noun: str) -> Speaker | None:
        """The person last given the title ``noun`` before ``char``."""
        core = _core(noun)
        hits = [m for start, title, m in self.titles if title == core and start < char]
        if not hits:
            return None
        return Speaker(hits[-1].actor_key, None, "PER")

    def _government(self, tokens: list[Token], k: int) -> Mention | None:
        """``die Regierung in Kiew``: a government speaks for the place it sits in."""
        low = tokens[k].text.lower()
        if not tokens[k].text[:1].isupper() or not low.endswith(self.governments):
            return None
        rest = tokens[k + 1 : k + 3]
        if len(rest) == 2 and rest[0].text in ("in", "von", "aus"):
            m = self.mentions.covered.get(rest[1].i)
            if m is not None and m.label in ("LOC", "ORG"):
                return m
        return None

    def _unnamed(self, tokens: list[Token], k: int) -> bool:
        tok = tokens[k]
        if not tok.text[:1].isupper() or tok.i in self.mentions.covered:
            return False
        low = tok.text.lower()
        unnamed = (n.lower() for n, kind in self.lex.sources.items() if kind == "unnamed")
        if not any(low.endswith(n) for n in unnamed):
            return False
        nxt = tokens[k + 1 : k + 3]
        if nxt and nxt[0].text in ("der", "des"):
            return True  # "ein Sprecher der Vereinten Nationen": a genitive, not a name
        return not any(t.i in self.mentions.covered for t in nxt)

    def _description(self, tokens: list[Token], k: int) -> int | None:
        """If a definite description of a person starts at ``k``, the index of its noun."""
        if tokens[k].text.lower() not in ("der", "die"):
            return None
        j = k + 1
        while j < len(tokens) and adjective(tokens[j]):
            j += 1
        if j >= len(tokens) or not tokens[j].text[:1].isupper():
            return None
        noun = tokens[j].text
        if tokens[j].i in self.mentions.covered or not (
            self.lex.role_noun(noun) or self.demonym(noun)
        ):
            return None
        nxt = tokens[j + 1 : j + 3]
        if nxt and nxt[0].text.lower() in PREPOSITIONS:
            nxt = []  # "sagte die Grünen-Politikerin in Baku"
        if any(t.i in self.mentions.covered for t in nxt):
            return None
        return j

    def scan(self, tokens: list[Token], anaphor: Anaphor, loose: bool = True) -> Speaker | None:
        """The first subject-like expression in ``tokens`` (left to right); with ``loose``,
        an unnamed noun phrase when nothing else is there."""
        k = 0
        while k < len(tokens):
            tok = tokens[k]
            m = self.mentions.first.get(tok.i)
            if m is not None and not governed(self.doc, tok.i, m, self.mentions):
                return self._body_of_state(m) or Speaker(m.actor_key, m.text, m.label)
            if m is not None and self._office(m, tokens, k):
                return Speaker(m.actor_key, m.text, m.label)
            if m is None and tok.i in self.mentions.covered:
                k += 1
                continue
            word = tok.text.split(".")[0]
            if word.lower() in PRONOUNS and (word.islower() or k == 0):
                return anaphor(tok.idx, word)
            j = self._description(tokens, k)
            if j is not None:
                end = tokens[j]
                words = self.text[tok.idx : end.idx + len(end.text)]
                named = self.apposition(end)
                if named is not None:
                    return Speaker(named.actor_key, named.text, named.label)
                known = self.titled(tok.idx, end.text)
                if known is not None:
                    return Speaker(known.key, words, "PER")
                return self._compatriot(tok.idx, end.text, anaphor(tok.idx, words))
            state = self.institution(tokens, k)
            if state is not None:
                return state
            seat = self._government(tokens, k)
            if seat is not None:
                return Speaker(seat.actor_key, seat.text, seat.label)
            if self._unnamed(tokens, k):
                named = self.apposition(tok)
                if named is not None:
                    return Speaker(named.actor_key, named.text, named.label)
                start = k
                while start > 0 and (
                    tokens[start - 1].text.lower() in DETERMINERS or adjective(tokens[start - 1])
                ):
                    start -= 1
                first = tokens[start]
                return Speaker(None, self.text[first.idx : tok.idx + len(tok.text)])
            if tok.text.lower() in PREPOSITIONS:
                k = self.skip_phrase(tokens, k)
                continue
            k += 1
        return self._noun_phrase(tokens) if loose else None

    def _body_of_state(self, m: Mention) -> Speaker | None:
        """``Außenministerium Saudi-Arabiens`` taken as one name: the state speaks."""
        words = m.text.split()
        if m.label != "ORG" or len(words) < 2 or not words[0].lower().endswith(self.governments):
            return None
        forms = actor_lexicon().forms
        anchor = forms.get(words[-1]) or forms.get(words[-1].removesuffix("s"))
        if anchor is None or anchor.kind != "country":
            return None
        key = self.countries.get(anchor.name)
        return Speaker(key, m.text, "LOC" if key else None)

    def _office(self, m: Mention, tokens: list[Token], k: int) -> bool:
        """``Paschinjans Büro teilte mit``: a person's office speaks for the person."""
        nxt = next((t for t in tokens[k:] if t.idx >= m.end), None)
        return m.label == "PER" and m.text.endswith("s") and nxt is not None and nxt.text in OFFICES

    def apposition(self, noun: Token) -> Mention | None:
        """``der Sprecher des iranischen Außenministeriums, Esmail Baghaei``: the person named
        after a comma that closes the description (its genitive attribute included)."""
        doc, i = self.doc, noun.i + 1
        while i < len(doc) and i - noun.i < 10 and doc[i].text != ",":
            t = doc[i]
            low = t.text.lower()
            if not (low in DETERMINERS or adjective(t) or t.like_num or t.text[:1].isupper()):
                return None
            i += 1
        i += 1  # the comma
        person = False  # a person noun before the name: "der Ugander Adonia Ayebare"
        while i < len(doc) and i not in self.mentions.first and i - noun.i < 14:
            t = doc[i]
            if not (t.text.lower() in NOMINATIVE_ARTICLES or adjective(t) or t.text[:1].isupper()):
                return None
            person = person or self.lex.role_noun(t.text) or nation_of(t.text) is not None
            i += 1
        m = self.mentions.first.get(i)
        if m is None or (m.label != "PER" and not person):
            return None
        after = doc.char_span(m.start, m.end, alignment_mode="expand").end
        if after < len(doc) and doc[after].text not in (",", ".", ";", "–", "—", ")"):
            return None
        return m

    def _noun_phrase(self, tokens: list[Token]) -> Speaker | None:
        """An unnamed subject, ``der Student``, ``die Polizei``: its words, no actor."""
        for k, tok in enumerate(tokens):
            if tok.text.lower() in PREPOSITIONS:
                return None
            if tok.text.lower() not in NOMINATIVE_ARTICLES:
                continue
            j = k + 1
            while j < len(tokens) and adjective(tokens[j]):
                j += 1
            if j < len(tokens) and tokens[j].text[:1].isupper() and tokens[j].text.isalpha():
                return Speaker(None, self.text[tok.idx : tokens[j].idx + len(tokens[j].text)])
            return None
        return None

    def skip_phrase(self, tokens: list[Token], k: int) -> int:
        """Index after the noun phrase a preposition at ``k`` governs."""
        j = k + 1
        while j < len(tokens):
            t = tokens[j]
            if t.text.lower() in DETERMINERS or adjective(t) or t.like_num or t.text in MARKS:
                j += 1
                continue
            if t.i in self.mentions.covered:
                m = self.mentions.covered[t.i]
                while j < len(tokens) and self.mentions.covered.get(tokens[j].i) is m:
                    j += 1
                return j + (j < len(tokens) and tokens[j].text in MARKS)
            if t.text[:1].isupper():
                j += 1
                # a title before a name stays in the phrase: "mit dem Sender Fox News"
                if j < len(tokens) and tokens[j].i in self.mentions.covered:
                    continue
                # an outlet's name the NER missed: "der staatlichen Agentur Tass"
                if j < len(tokens) and _outlet(t) and tokens[j].text[:1].isupper():
                    return j + 1
                # a genitive attribute: "einem Bericht der New York Times"
                if j < len(tokens) and tokens[j].text in ("der", "des"):
                    continue
                return j
            return j
        return j
