"""Names the NER missed, found through the role phrases around them.

A title right before capitalised words (``Außenminister Rubio``, ``dem ukrainischen
Sicherheitsratssekretär Rustem Umjerow``) or an apposition beside them (``Rustem Umerow,
dem Sekretär des …``; ``der Leiter der ukrainischen Delegation, Jermak,``) marks those words
as a person's name. Words the lexicon knows (places, titles, demonyms) and words with
common-noun endings (``-ung``, ``-heit``, ``-schaft``) are never taken for names. Names the
article repeats are found again (``Trump`` after ``Trumps Berater``), and persons and places
the NER confused are told apart by their context (``in Antalya``, ``Vertrauter von X``).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from parley.nlp.actors.grammar import DETS, POSSESSIVES, PREP_ARTICLES, Grammar
from parley.nlp.actors.lexicon import Lexicon
from parley.nlp.actors.mention import Ment
from parley.nlp.actors.names import (
    NAME_PREFIXES,
    PARTICLE_KINDS,
    genitive_base,
    name_key,
    surname_core,
)
from parley.nlp.datafiles import rows as data_rows
from parley.nlp.words import lowers, texts

NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+)?$")
# Endings of German common nouns: a word ending so is not taken for a missed name.
COMMON_NOUN_ENDINGS = (
    "ung",
    "ungen",
    "heit",
    "keit",
    "schaft",
    "tion",
    "tät",
    "ismus",
    "ment",
    "nis",
    "chen",
    "gespräche",
    "treffen",
    "kreise",
    "kreisen",
    "innen",
)
# The part of them no one-word name ends in (Jung, Dennis, Clement, München do).
NOUN_ONLY_ENDINGS = tuple(e for e in COMMON_NOUN_ENDINGS if e not in ("ung", "nis", "ment", "chen"))
MAX_NAME_TOKENS = 3
MAX_ASIDE_TOKENS = 8  # (Minsker Gruppe), (kurz OSZE)
MAX_PARTICLES = 3  # von der, bin … Al
COORDINATORS = frozenset({"und", "sowie", ","})
PAIRING = frozenset({"und", "sowie"})  # the coordinators that pair two names
PLACE_PREPOSITIONS = dict(data_rows("actor_place_prepositions.tsv"))  # word → direct|adjective
ARTICLES = DETS | POSSESSIVES | PREP_ARTICLES


def missed_names(doc: Doc, lex: Lexicon, ments: list[Ment]) -> list[Ment]:
    """PER mentions for names that role phrases reveal and the NER did not tag; names it
    tagged as places or organisations (``Präsident Selenskyj`` as LOC) become persons, and
    a mention swallowed into a longer name gets an empty ``base`` (the caller drops it)."""
    entity_at = {i: m.base for m in ments if not m.kind for i in range(m.span.start, m.span.end)}
    other = {m.span.start: m for m in ments if not m.kind and m.base in ("ORG", "LOC", "OTH")}
    g = Grammar(doc, lex, entity_at)
    found: list[Ment] = []

    def add(start: int, end: int) -> None:
        inners = [other[k] for k in range(start, end) if k in other]
        if inners:  # Umjerow as ORG, Rustem + Umjerow (ORG), Nikol (ORG) + Paschinjan (LOC)
            inner = inners[0]
            inner.move(doc[start:end])
            inner.base = inner.label = "PER"
            for rest in inners[1:]:
                rest.base = ""  # swallowed: the caller drops it
        elif all(i not in entity_at for i in range(start, end)):
            found.append(Ment(doc[start:end], "PER", "PER", "", found=True))
        entity_at.update({i: "PER" for i in range(start, end)})

    persons = {m.span.start: m for m in ments if m.base == "PER" and not m.kind}
    for m in list(other.values()):
        if _coordinated_with_person(doc, lex, m, persons):
            add(m.span.start, m.span.end)  # Sergej Lawrow und Dmytro Kuleba (as ORG)
    for i, word in enumerate(g.words):
        if i in other and not lex.anchor(other[i].text) and NAME_WORD.match(word):
            end = _name_end(doc, lex, other[i].span.end - 1, entity_at)  # Nikol (ORG) Paschinjan
        elif i in entity_at or not _name_word(lex, word):
            continue
        else:
            end = _name_end(doc, lex, i, entity_at)
        prev = g.word(i - 1)
        title = i - 4 if prev == ")" and g.word(i - 3) == "(" else i - 1
        titled = g.is_head(title) and not lex.relation(g.word(title))
        if end in other and end - i < MAX_NAME_TOKENS and _surname_like(lex, other[end]):
            end = other[end].span.end  # Rustem + Umjerow, which the NER took for an ORG
        if titled and i in other and end - i == 1 and end in persons:
            surname = persons[end]  # Regierungschef Nikol (ORG) + Paschinjan (PER)
            surname.move(doc[i : surname.span.end])
            other[i].base = ""
            entity_at[i] = "PER"
        elif i not in other and _first_name_of(g, persons, i, end):
            surname = persons[end]  # Rustem + Umerov (PER), Sicherheitssekretär
            surname.move(doc[i : surname.span.end])
            entity_at[i] = "PER"
        elif (titled or lex.demonym_noun(g.word(title))) and _ends_name(doc, end):
            add(i, end)  # Außenminister Rubio; US-Präsident (Donald) Trump; der Ugander X
        elif end - i >= 2 and g.word(end) == "," and _role_follows(g, end + 1):
            add(i, end)  # Rustem Umerow, dem Sekretär …
        elif prev == "," and _ends_name(doc, end) and _role_before(g, i - 1, doc[i].sent.start):
            add(i, end)  # der Leiter der ukrainischen Delegation, Jermak,
    return found


def _first_name_of(g: Grammar, persons: dict[int, Ment], i: int, end: int) -> bool:
    """Is the untagged name word ``i`` the first name of the one-word person at ``end``
    in an apposition to a role (``Rustem Umerov, Sicherheitssekretär``; ``Selenskyjs
    Sprecher, Serhij Nikiforow, sagte``)?"""
    surname = persons.get(end)
    return (
        end - i == 1
        and surname is not None
        and len(surname.span) == 1
        and g.word(end + 1) == ","
        and not g.doc[i].is_sent_start  # Für Simeoni, …
        and not (g.word(i - 1).lower() in ARTICLES or g.is_adj(i - 1))
        and (_role_follows(g, end + 2) or (g.word(i - 1) == "," and _after_role(g, i - 1)))
    )


def _after_role(g: Grammar, comma: int) -> bool:
    """Does a title or role phrase end at ``comma`` (``Sprecher, X``)?"""
    return g.lex.is_title(g.word(comma - 1)) or _role_before(g, comma, g.doc[comma].sent.start)


def join_particles(doc: Doc, lex: Lexicon, ments: list[Ment]) -> list[Ment]:
    """Persons' names the NER cut at a name particle, joined again: ``Ursula`` + ``von der
    Leyen``, ``Mohammed`` + ``bin Abdulrahman Al Thani`` (tagged as something else),
    ``Abdel Fattah`` + ``al-Burhan``, ``Lula`` + ``da Silva``; and a first name the NER left
    out between a title and the name (``Armeechef Abdel [Fattah al-Burhan]``). A German
    preposition as the first particle (``von``, ``zu``) joins only a lone first name after a
    title, not used as a surname elsewhere, to one more name word; an article (``der``)
    never starts the particles."""
    by_start = {m.span.start: m for m in ments}
    persons = [m for m in ments if m.base == "PER" and not m.kind]
    singles = Counter(m.text for m in persons if len(m.span) == 1)
    surnames = {m.span[-1].text for m in persons if len(m.span) > 1}
    covered = {i for m in ments for i in range(m.span.start, m.span.end)}
    dropped: set[int] = set()
    out: list[Ment] = []
    for m in ments:
        if id(m) in dropped:
            continue
        if m.base != "PER" or m.kind:
            out.append(m)
            continue
        start, end = m.span.start, m.span.end
        while start > 1 and start - 1 not in covered and _name_word(lex, doc[start - 1].text):
            if not lex.is_title(doc[start - 2].text):
                break
            start -= 1  # Armeechef Abdel + Fattah al-Burhan
        titled = start > 0 and lex.is_title(doc[start - 1].text)
        lone = end - start == 1 and singles[m.text] == 1 and m.text not in surnames and titled
        if lone and end not in covered and _surname_follows(doc, lex, end):
            end += 1  # US-Präsident Donald + Trump
        while (step := _after_particles(doc, lex, end, by_start, covered, lone)) is not None:
            end, absorbed = step
            if absorbed is not None:
                dropped.add(id(absorbed))
        out.append(m if (start, end) == (m.span.start, m.span.end) else _person(doc, start, end))
    return out


def _after_particles(
    doc: Doc, lex: Lexicon, end: int, by_start: dict[int, Ment], covered: set[int], lone: bool
) -> tuple[int, Ment | None] | None:
    """Where a name ending at ``end`` really ends when a particle follows it, and the
    mention it swallows there; None when no name part follows."""
    m = by_start.get(end)
    word = doc[end].text if end < len(doc) else ""
    prefix = next((p for p in NAME_PREFIXES if word.startswith(p)), None)
    if prefix and NAME_WORD.match(word[len(prefix) :]):
        if m is not None and m.base != "LOC":
            return m.span.end, m  # al-Burhan, tagged or not
        return (end + 1, None) if m is None else None
    k = end
    while k < len(doc) and k - end < MAX_PARTICLES and doc[k].text in PARTICLE_KINDS:
        k += 1
    if k == end or k >= len(doc) or lex.anchor(doc[end : k + 1].text):
        return None  # no particle; Abu Dhabi
    first = PARTICLE_KINDS[doc[end].text]
    if first == "inner" and doc[end - 1].text in PARTICLE_KINDS:
        first = PARTICLE_KINDS[doc[end - 1].text]  # Alexander Van + der Bellen
    german = first == "german"
    if first == "inner" or (german and not lone):
        return None  # Darwin der …, Xi von …: articles and prepositions after a surname
    m = by_start.get(k)
    if m is not None:
        if m.kind or lex.anchor(m.text) or (german and (m.base != "PER" or len(m.span) > 1)):
            return None
        return m.span.end, m
    if k in covered or not _name_word(lex, doc[k].text):
        return None
    return k + 1, None


def _person(doc: Doc, start: int, end: int) -> Ment:
    return Ment(Span(doc, start, end, label="PER"), "PER", "PER", "")


def repeated_names(doc: Doc, lex: Lexicon, ments: list[Ment]) -> list[Ment]:
    """Known surnames where the NER missed them (``Witkoff sagte`` after ``Steve Witkoff``),
    inflected ones included (``Witkoffs``; ``Trump`` after ``Trumps Berater``), with a first
    name right before them (``würde Rustem Umjerow`` after ``Delegationsleiter Umjerow``), or
    tagged as something else (``Umjerow`` as an organisation beside ``Rustem Umjerow``; the
    genitive ``Macrons`` as a place beside ``Macron``; ``Trumps Vorschlägen`` as one
    organisation). Which surnames are known: :func:`_known_surnames`."""
    sure, known = _known_surnames(doc, lex, ments)
    fulls = {
        m.text
        for m in ments
        if m.base == "PER" and not m.kind and len(m.span) > 1 and not lex.anchor(m.text)
    }
    for m in ments:
        if m.base not in ("ORG", "LOC", "OTH") or m.kind or lex.anchor(m.text):
            continue
        owner = genitive_base(m.span[0].text)
        if m.text in sure | fulls or (len(m.span) == 1 and owner in known):
            m.base = m.label = "PER"  # Umjerow, Hun Manet, Macrons tagged as places
        elif len(m.span) == 2 and owner in known and not lex.anchor(m.span[1].text):
            m.move(m.span[:1])  # Trumps Vorschlägen
            m.base = m.label = "PER"
    covered = {i for m in ments for i in range(m.span.start, m.span.end)}
    words = texts(doc)
    lows = lowers(doc)
    nouns = {w for i, w in enumerate(words) if _after_article(lows, i)}  # der Fall: a noun here
    sure_keys = {name_key(s) for s in sure - nouns}
    keys = {name_key(s) for s in known - nouns}  # Sefcovic for Šefčovič, Selenskij for Selenskyj
    found = []
    for i, text in enumerate(words):
        if i in covered or not text[:1].isupper():
            continue
        base = genitive_base(text)
        forms = {name_key(text), name_key(base or "")}
        if forms & keys and not _after_article(lows, i):
            first = (  # a first name before a sure surname, not a noun of the article
                bool(forms & sure_keys)
                and i > 0
                and i - 1 not in covered
                and words[i - 1] not in nouns
                and _first_name(doc, lex, i - 1)
            )
            start = i - 1 if first else i
            found.append(Ment(doc[start : i + 1], "PER", "PER", "", found=True))
    return found


def persons_after_relations(doc: Doc, lex: Lexicon, ments: list[Ment]) -> None:
    """A one-word name the NER called a place is a person when a relation noun owns it:
    ``ein enger Vertrauter von Selenskyj``, ``die Tochter Okonkwos`` (the genitive); not a
    name the lexicon knows as a place (``ein Freund von Paris``)."""
    for m in ments:
        if m.base != "LOC" or m.kind or len(m.span) != 1 or lex.anchor(m.text):
            continue
        start = m.span.start
        before = doc[start - 1].text if start > 0 else ""
        owned = before == "von" and start > 1 and lex.relation(doc[start - 2].text)
        genitive = lex.relation(before) and bool(genitive_base(m.text))
        if owned or (genitive and _ends_name(doc, m.span.end)):
            m.base = m.label = "PER"


def coordinated_names(doc: Doc, lex: Lexicon, ments: list[Ment]) -> list[Ment]:
    """An untagged name word joined by ``und``/``sowie`` to a person's name is a person
    too (``mit Selenskij und Putin``) when the article names it more than once and never
    after an article; not right after another name, nor a known word or with a noun's ending."""
    persons = [m for m in ments if m.base == "PER" and not m.kind]
    starts, ends = {m.span.start for m in persons}, {m.span.end for m in persons}
    covered = {i for m in ments for i in range(m.span.start, m.span.end)}
    words, lows = texts(doc), lowers(doc)
    uses = Counter(w for i, w in enumerate(words) if not _after_article(lows, i))
    nouns = {  # after an article; not after a relative pronoun (", das Selenskij sagte")
        w for i, w in enumerate(words) if _after_article(lows, i) and lows[i - 2 : i - 1] != [","]
    }
    found = []
    for i, word in enumerate(words):
        if i in covered or uses[word] < 2 or word in nouns or not _name_word(lex, word):
            continue
        if i - 1 in covered:
            continue  # Marjan (PER) Sturm
        left = i >= 1 and lows[i - 1] in PAIRING and i - 1 in ends and _ends_name(doc, i + 1)
        right = i + 2 < len(doc) and lows[i + 1] in PAIRING and i + 2 in starts
        if left or right:
            found.append(Ment(doc[i : i + 1], "PER", "PER", "", found=True))
    return found


def places_taken_for_persons(doc: Doc, lex: Lexicon, ments: list[Ment]) -> None:
    """A one-word name the NER called a person is a place when a place preposition comes
    before it (``in Antalya``, ``nach X``, ``im türkischen X``; ``actor_place_prepositions.tsv``)
    and the article gives no sign of a person: no title right before it, no first name, no
    genitive owner (``in Trumps Umfeld``), no other mention of it as a person."""
    g = Grammar(doc, lex, {})
    persons = [m for m in ments if m.base == "PER" and not m.kind]
    candidates = [m for m in persons if len(m.span) == 1 and _after_place_word(g, m.span.start)]
    placed = {id(m) for m in candidates}
    evidence = {
        w
        for m in persons
        if id(m) not in placed
        for t in m.span
        for w in (t.text, genitive_base(t.text))
        if w
    }
    for m in candidates:
        after = doc[m.span.end].text if m.span.end < len(doc) else ""
        if m.text not in evidence and not after[:1].isupper() and not m.found:
            m.base = m.label = "LOC"


def _after_place_word(g: Grammar, i: int) -> bool:
    """Is ``i`` right after a place preposition (``in``), or after one that wants an
    adjective and the adjectives that follow it (``im türkischen``)?"""
    if PLACE_PREPOSITIONS.get(g.word(i - 1).lower()) == "direct":
        return True
    k = i - 1
    while k > 0 and g.is_adj(k) and not g.lex.demonym_noun(g.word(k)):
        k -= 1
    return k < i - 1 and PLACE_PREPOSITIONS.get(g.word(k).lower()) == "adjective"


def _known_surnames(doc: Doc, lex: Lexicon, ments: list[Ment]) -> tuple[set[str], set[str]]:
    """The surnames of persons the article names (sure ones, all known ones). Sure: of full
    names; of names right after a title that the NER tagged somewhere (as whatever); the
    nominative of a genitive before a title (``Trumps Berater`` → ``Trump``) that the NER
    nowhere tagged as a place or organisation. Known besides: names the NER tagged as persons
    inside a sentence or coordinated with a person (a capitalised word at a sentence start is
    often no name: ``Indessen``), and names found after a title."""
    tagged = {m.text for m in ments if not m.found}
    places = {m.text for m in ments if not m.found and m.base in ("ORG", "LOC")}
    persons = [m for m in ments if m.base == "PER" and not m.kind]
    starts = {m.span.start for m in persons}
    sure, known = set(), set()
    for m in persons:
        last = surname_core(m.span[-1].text)
        if not last.isalpha() or lex.anchor(m.span[-1].text):
            continue
        start, end = m.span.start, m.span.end
        titled = _titled(doc, lex, start)
        if len(m.span) > 1 or (titled and (not m.found or m.text in tagged)):
            sure.add(last)
        elif (
            end < len(doc)
            and lex.is_title(doc[end].text)
            and (base := genitive_base(last))
            and base not in places
        ):
            sure.add(base)  # Trumps Berater; not Odessas Bürgermeister beside Odessa
        elif (
            titled
            or not (m.found or doc[start].is_sent_start)
            or (end + 1 in starts and doc[end].text in COORDINATORS)
        ):
            known.add(last)  # Macron und Merkel redeten
    return sure, sure | known


def _titled(doc: Doc, lex: Lexicon, start: int) -> bool:
    """Does a title stand right before ``start`` (``US-Präsident (Donald) Trump`` too)?"""
    if start > 3 and doc[start - 1].text == ")" and doc[start - 3].text == "(":
        start -= 3
    return start > 0 and lex.is_title(doc[start - 1].text)


def _after_article(lows: list[str], i: int) -> bool:
    """Does an article precede ``i`` (``die Kunst``, ``den Plänen``)? Then it is a noun."""
    return i > 0 and lows[i - 1] in ARTICLES


def _first_name(doc: Doc, lex: Lexicon, i: int) -> bool:
    return (
        not doc[i].is_sent_start
        and _name_word(lex, doc[i].text)
        and not _after_article(lowers(doc), i)
    )


def _coordinated_with_person(doc: Doc, lex: Lexicon, m: Ment, persons: dict[int, Ment]) -> bool:
    """A full name (two or more name words) joined by ``und``/``sowie``/a comma to a person's
    name is a person too."""
    words = [t.text for t in m.span]
    if len(words) < 2 or lex.anchor(m.text) or not all(_name_word(lex, w) for w in words):
        return False
    start, end = m.span.start, m.span.end
    ends = {p.span.end for p in persons.values()}
    left = start >= 2 and doc[start - 1].text in COORDINATORS and start - 1 in ends
    right = end + 1 < len(doc) and doc[end].text in COORDINATORS and end + 1 in persons
    return left or right


def _name_word(lex: Lexicon, word: str) -> bool:
    return lex.memo("name_word", word, lambda w: _is_name_word(lex, w))


def _is_name_word(lex: Lexicon, word: str) -> bool:
    return (
        bool(NAME_WORD.match(word))
        and not word.lower().endswith(COMMON_NOUN_ENDINGS)
        and not (lex.anchor(word) or lex.demonym(word) or lex.is_title(word))
        and not lex.relation(word)
    )


def _surname_follows(doc: Doc, lex: Lexicon, end: int) -> bool:
    """Is ``end`` a name word that ends a name?"""
    return end < len(doc) and _name_word(lex, doc[end].text) and _ends_name(doc, end + 1)


def _surname_like(lex: Lexicon, m: Ment) -> bool:
    return len(m.span) == 1 and bool(NAME_WORD.match(m.text)) and not lex.anchor(m.text)


def _name_end(doc: Doc, lex: Lexicon, i: int, entity_at: dict[int, str]) -> int:
    end = i + 1
    while (
        end < len(doc)
        and end - i < MAX_NAME_TOKENS
        and end not in entity_at
        and _name_word(lex, doc[end].text)
    ):
        end += 1
    return end


def _ends_name(doc: Doc, end: int) -> bool:
    """A name ends at punctuation, a lowercase word or the end of the text."""
    return end >= len(doc) or not doc[end].text[:1].isupper()


def _role_follows(g: Grammar, p: int) -> bool:
    if g.word(p).lower() in DETS:
        p += 1
    phrase = g.phrase(p, len(g.doc), "none")
    # "Region Mekka, Prinz Chaled …": a title before the next name is no apposition
    return phrase is not None and not phrase.relation and g.entity_at.get(phrase.end) != "PER"


def _role_before(g: Grammar, comma: int, sent_start: int) -> bool:
    """Does a role phrase end at ``comma``, or at a bracketed aside right before it
    (``der Leiter der Delegation (Minsker Gruppe), X``)?"""
    end = _aside_start(g, comma, sent_start)
    for p in range(end - 1, max(sent_start, end - 16) - 1, -1):
        if g.left_boundary(p) and p not in g.entity_at:
            phrase = g.phrase(p, end, "all")
            if phrase and phrase.end == end and not phrase.relation:
                return True
    return False


def _aside_start(g: Grammar, end: int, sent_start: int) -> int:
    """Where a bracketed aside that ends right before ``end`` opens, else ``end``."""
    if g.word(end - 1) != ")":
        return end
    for k in range(end - 2, max(sent_start, end - MAX_ASIDE_TOKENS) - 1, -1):
        if g.word(k) in "()":
            return k if g.word(k) == "(" else end
    return end
