"""In-article coreference of names: mentions → the article's actors.

Persons: full names anchor an actor; short forms (``Rubio``), genitives (``Putins``) and
spelling variants (``Umerow`` beside ``Rustem Umjerow``) join the full name they match, the
most recent one when two people share a surname. Countries group by the country they name
(``USA``, ``Vereinigten Staaten``, ``Amerika``); other places and organisations by their
uninflected form (``Kremls`` → ``Kreml``, ``Weißen Haus`` → ``Weißes Haus``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from parley.nlp.actors.compounds import place_compound
from parley.nlp.actors.lexicon import Lexicon
from parley.nlp.actors.mention import Ment, split_label
from parley.nlp.actors.names import (
    PARTICLES,
    compatible_first_names,
    genitive_base,
    plain_key,
    similar_surnames,
    split_name,
    surname_core,
)
from parley.nlp.actors.repair import (
    NOUN_ONLY_ENDINGS,
    coordinated_names,
    join_particles,
    missed_names,
    persons_after_relations,
    places_taken_for_persons,
    repeated_names,
)
from parley.nlp.actors.wordclass import NO_WORD_CLASSES, WordClasses
from parley.nlp.tokenizer import DATELINE_ENDS
from parley.nlp.words import spaces_after, texts

MAIN_TYPES = ("PER", "ORG", "LOC")
MAX_DATELINE_TOKENS = 9  # KIEW / MOSKAU / WASHINGTON (
LONG_UNG = 7  # Einigung is a noun, Jung a name


@dataclass
class Actor:
    key: str
    name: str
    type: str
    mentions: list[str] = field(default_factory=list)
    country: str | None = None  # the country a LOC actor is (canonical name)
    first: str | None = None  # first names of a person
    surname: str | None = None


def collect_mentions(doc: Doc, lex: Lexicon, words: WordClasses = NO_WORD_CLASSES) -> list[Ment]:
    """NER mentions, cleaned and repaired, plus names the NER missed, in text order."""
    ments, outlets = [], set()
    for ent in (part for e in doc.ents if (s := _unspaced(e)) for part in _untitled(s, lex)):
        label = ent.label_
        base, kind = split_label(label)
        if (
            base in ("LOC", "PER")
            and not kind
            and place_compound(ent.text, lex, words, base == "LOC")
        ):
            label, base, kind = "LOCpart", "LOC", "part"  # Ukraine-Kriegs, Normandie-Format
        if base == "PER" and kind and _genitive_name(ent.text):
            kind = ""  # Trumps tagged as a derivation: a genitive name
        if kind and ent.text in lex.bodies:
            kind = ""  # EU-Kommission tagged as a compound: an organisation's name
        if not kind and all(lex.is_title(t.text) or lex.relation(t.text) for t in ent):
            continue  # Kremlsprecher, Ex-Geheimdienstchef: a title, not a name
        span = _trim(ent, lex) if base == "PER" and not kind else ent
        if not kind and len(ent) > 1 and lex.office_noun(ent[0].text):
            rest = ent[1:]  # Außenministerium Saudi-Arabiens: the country alone
            if anchor := lex.anchor(rest.text) or lex.anchor(genitive_base(rest.text) or ""):
                span, base = rest, "LOC" if anchor.kind == "country" else "ORG"
        if not kind and (outlet := _outlet(ent, lex)):
            span, base = outlet, "ORG"  # der Sender Fox News, vom Portal Axios
            outlets.add(outlet.text)
        elif not kind and lex.outlet_name(ent.text):
            base = "ORG"  # Reuters, Telegram, ntv.de: an agency, platform or outlet
        elif not kind and ent.text.isupper() and _dateline_places(ent.text, lex):
            base = "LOC"  # MASKAT, KIEW/WASHINGTON in a dateline
        elif not kind and ent.text in lex.bodies:
            base = "ORG"  # Weißen Haus, Kreml: organisations even where they are places
        elif span is not None and base == "PER" and not kind:
            base = _person_or_not(span, lex, words)
        if base in ("PER", "LOC") and not kind and _common_noun(ent, lex):
            continue  # Diplomatenkreisen, Verhandlung: no name
        if span is not None and base:
            ments.append(Ment(span, label if base == split_label(label)[0] else base, base, kind))
    _outlets_elsewhere(ments, outlets)
    ments = _dateline_names(doc, lex, ments)
    ments = _lexicon_names(doc, lex, ments)
    ments = _regions(doc, lex, ments)
    ments = _media_names(doc, lex, ments)
    ments = [m for m in ments + missed_names(doc, lex, ments) if m.base]
    ments = join_particles(doc, lex, sorted(ments, key=lambda m: m.span.start))
    persons_after_relations(doc, lex, ments)
    ments += coordinated_names(doc, lex, ments)
    ments += repeated_names(doc, lex, ments)
    places_taken_for_persons(doc, lex, ments)
    starts = {m.span.start for m in ments if m.base == "PER"}
    return sorted(
        (m for m in ments if not _bracketed_first_name(m, starts)), key=lambda m: m.span.start
    )


def _outlets_elsewhere(ments: list[Ment], outlets: set[str]) -> None:
    """A one-word "person" or "place" named like an outlet that a media noun introduces
    elsewhere in the article is that outlet (``das Magazin Politico`` … ``laut Politico``)."""
    for m in ments:
        if m.base in ("PER", "LOC") and not m.kind and len(m.span) == 1 and m.text in outlets:
            m.base = m.label = "ORG"


def _bracketed_first_name(m: Ment, person_starts: set[int]) -> bool:
    """``(Donald)`` in ``US-Präsident (Donald) Trump``: part of the name that follows."""
    doc, start, end = m.span.doc, m.span.start, m.span.end
    return (
        len(m.span) == 1
        and start > 0
        and end + 1 < len(doc)
        and doc[start - 1].text == "("
        and doc[end].text == ")"
        and end + 1 in person_starts
    )


def _untitled(ent: Span, lex: Lexicon) -> list[Span]:
    """Split a span the NER ran across a title: ``Trumps Berater Steve Witkoff`` →
    ``Trumps`` and ``Steve Witkoff``, ``Putin-Vertraute Nikolai Patruschew`` → the name,
    ``Omans Außenminister`` → ``Omans``. The parts are labelled persons (a known place among
    them becomes LOC later); a span without a title comes back as it is."""
    titled = [i for i, t in enumerate(ent) if lex.is_title(t.text) or lex.relation(t.text)]
    if not titled or split_label(ent.label_)[1]:
        return [ent]
    doc, base = ent.doc, split_label(ent.label_)[0]
    if titled[-1] == len(ent) - 1:  # Omans Außenminister: the owner before the title
        owner = ent[: titled[0]]
        if titled[0] and lex.anchor(owner.text):
            return [Span(doc, owner.start, owner.end, label="PER")]  # typed by its anchor
        if titled[0] and _genitive_name(owner.text):  # Trumps Berater; Tirols Landeschef
            person = base == "PER" or genitive_base(owner.text) in _tagged_surnames(doc)
            return [Span(doc, owner.start, owner.end, label="PER" if person else "LOC")]
        return [ent]
    parts = [Span(doc, ent.start + titled[-1] + 1, ent.end, label="PER")]
    if titled[0] > 0 and all(t.text[:1].isupper() for t in ent[: titled[0]]):
        parts.insert(0, Span(doc, ent.start, ent.start + titled[0], label="PER"))
    return parts


def _country_or_capital(text: str, lex: Lexicon) -> bool:
    return text in lex.forms or text in lex.capitals


def _dateline_places(text: str, lex: Lexicon) -> bool:
    """``MASKAT``, ``KIEW/WASHINGTON``: capitals or countries in capitals, one or several."""
    return all(_country_or_capital(part.title(), lex) for part in text.split("/"))


def _dateline_names(doc: Doc, lex: Lexicon, ments: list[Ment]) -> list[Ment]:
    """The places of a dateline in capitals at the start of a line (``KIEW/WASHINGTON
    (dpa-AFX) -``, ``NEW YORK (AP) -``) as LOC mentions, whatever the NER tagged there
    (``KIEW`` as an organisation); the mentions they replace are dropped."""
    places = [
        Ment(doc[start:end], "LOC", "LOC", "", found=True)
        for start, end in _dateline_runs(doc)
        if _country_or_capital(doc[start:end].text.title(), lex)
    ]
    if not places:
        return ments
    taken = {i for p in places for i in range(p.span.start, p.span.end)}
    kept = [m for m in ments if not taken & set(range(m.span.start, m.span.end))]
    return sorted(kept + places, key=lambda m: m.span.start)


def _dateline_runs(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each run of words in capitals that slashes separate in a dateline:
    at the start of a line, before an agency's bracket or a dash."""
    words, spaces = texts(doc), spaces_after(doc)
    runs: list[tuple[int, int]] = []
    for i in range(len(words)):
        if i and "\n" not in spaces[i - 1] and "\n" not in words[i - 1]:
            continue
        line, start = [], i
        for k in range(i, min(i + MAX_DATELINE_TOKENS, len(words))):
            word = words[k]
            if k > start and (word in DATELINE_ENDS or word == "/"):
                line.append((start, k))
                if word != "/":
                    runs += line
                    break
                start = k + 1
            elif not (word.isupper() and word.replace("-", "").isalpha()):
                break
    return runs


def _unspaced(ent: Span) -> Span | None:
    """The span without the line breaks and spaces the NER ran into it (``Putin\\n\\n``)."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].is_space:
        start += 1
    while end > start and ent.doc[end - 1].is_space:
        end -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=ent.label) if start < end else None


def _tagged_surnames(doc: Doc) -> set[str]:
    return {e[-1].text for e in doc.ents if e.label_ == "PER"}


def _outlet(ent: Span, lex: Lexicon) -> Span | None:
    """The outlet's name when a media noun introduces it, inside the span or just before."""
    if len(ent) > 1 and lex.outlet_noun(ent[0].text):
        return ent[1:]
    before = ent.doc[ent.start - 1].text if ent.start > 0 else ""
    return ent if lex.outlet_noun(before) and not lex.anchor(ent.text) else None


def _common_noun(ent: Span, lex: Lexicon) -> bool:
    """A single word with a common noun's ending that names no known place."""
    word, low = ent.text, ent.text.lower()
    noun = low.endswith(NOUN_ONLY_ENDINGS) or (low.endswith("ung") and len(low) >= LONG_UNG)
    return len(ent) == 1 and noun and not lex.anchor(word)


def _genitive_name(text: str) -> bool:
    return text[:1].isupper() and text.endswith("s") and text.isalpha()


def _person_or_not(span: Span, lex: Lexicon, words: WordClasses) -> str | None:
    """What a span the NER called a person is: PER; LOC or ORG when it is a known place or
    institution (``Kiew``, ``Kreml``); None when it is plainly no name (``Kremlsprecher``,
    lowercase words, an adverb alone at a sentence start: ``Indessen``, ``Ungeklärt``, unless
    the lexicon knows it as a name too). A place inside a longer name stays (``Israel Katz``)."""
    text = span.text
    if not text[:1].isupper() and span[0].text not in PARTICLES:
        return None
    if len(span) == 1 and span[0].is_sent_start and lex.sentence_adverb(text):
        return None if not words.name(text) else "PER"
    anchor = lex.anchor(text)
    if anchor:
        return "ORG" if text in lex.institutions else "LOC"
    if any(lex.is_title(t.text) or lex.relation(t.text) for t in span):
        return None
    return "PER"


def _trim(ent: Span, lex: Lexicon) -> Span | None:
    """Drop titles and lowercase words the NER put at the start of a person's name."""
    start = ent.start
    while start < ent.end - 1 and (
        lex.is_title(ent.doc[start].text)
        or (ent.doc[start].text[:1].islower() and ent.doc[start].text not in PARTICLES)
    ):
        start += 1
    return ent.doc[start : ent.end] if start < ent.end else None


def _lexicon_names(doc: Doc, lex: Lexicon, ments: list[Ment]) -> list[Ment]:
    """Countries and capitals (LOC) and institutions (ORG: ``Kreml``, ``Weißen Haus``,
    ``NATO``) the NER did not tag, or cut: a known name of several words replaces the
    shorter mentions inside it (``Trinidad`` of ``Trinidad und Tobago``)."""
    covered = {i: m for m in ments for i in range(m.span.start, m.span.end)}
    words, spaces = texts(doc), spaces_after(doc)
    dropped: set[int] = set()
    i = 0
    while i < len(doc):
        if words[i] in lex.first_words and words[i][:1].isupper():
            spans = [words[i]]  # the texts of doc[i : i + n], n = 1, 2, ...
            for k in range(i + 1, min(i + lex.max_form_tokens, len(doc))):
                spans.append(spans[-1] + spaces[k - 1] + words[k])
            for n in range(len(spans), 0, -1):
                text = spans[n - 1]
                if text in lex.forms or text in lex.capitals:
                    label = "LOC"
                elif text in lex.bodies:
                    label = "ORG"
                else:
                    continue
                inside = {id(m): m for k in range(i, i + n) if (m := covered.get(k))}
                if all(
                    n > 1 and i <= m.span.start and m.span.end <= i + n and len(m.span) < n
                    for m in inside.values()
                ):
                    dropped.update(inside)
                    ments.append(Ment(doc[i : i + n], label, label, "", found=True))
                    i += n - 1
                break
        i += 1
    return sorted((m for m in ments if id(m) not in dropped), key=lambda m: m.span.start)


def _covered(ments: list[Ment]) -> set[int]:
    """The token indices inside the mentions."""
    return {i for m in ments for i in range(m.span.start, m.span.end)}


def _with(ments: list[Ment], added: list[Ment]) -> list[Ment]:
    """``ments`` and ``added`` in text order."""
    return sorted(ments + added, key=lambda m: m.span.start) if added else ments


def _regions(doc: Doc, lex: Lexicon, ments: list[Ment]) -> list[Ment]:
    """Regions of a country written as one word (``in der Ostukraine``) the NER did not tag,
    as LOC mentions."""
    covered = _covered(ments)
    regions = [
        Ment(doc[t.i : t.i + 1], "LOC", "LOC", "", found=True)
        for t in doc
        if t.i not in covered and t.text not in lex.forms and lex.region(t.text)
    ]
    return _with(ments, regions)


def _media_names(doc: Doc, lex: Lexicon, ments: list[Ment]) -> list[Ment]:
    """Platforms, outlets and agencies the NER did not tag, after a word that introduces
    one (``auf X``, ``via Telegram``, ``laut dpa``, ``im Netzwerk X``, ``Quelle: ntv.de``),
    as ORG mentions."""
    covered = _covered(ments)
    found: list[Ment] = []
    for i in range(1, len(doc)):
        before = doc[i - 1].text if doc[i - 1].text != ":" or i < 2 else doc[i - 2].text
        if not (before.lower() in lex.media_prepositions or lex.outlet_noun(before)):
            continue
        for n in range(min(lex.max_media_tokens, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            if lex.outlet_name(span.text) and not covered & set(range(i, i + n)):
                found.append(Ment(span, "ORG", "ORG", "", found=True))
                break
    return _with(ments, found)


def group(ments: list[Ment], lex: Lexicon) -> list[Actor]:
    """Give every PER/ORG/LOC mention an actor; returns the actors in order of appearance."""
    actors: dict[str, Actor] = {}
    _group_persons([m for m in ments if m.base == "PER" and not m.kind], actors)
    for m in ments:
        if m.kind or m.base not in ("ORG", "LOC"):
            continue
        anchor = lex.forms.get(m.text) if m.base == "LOC" else None
        if anchor:
            key = f"LOC:{anchor.name}"
            actor = actors.setdefault(key, Actor(key, anchor.name, "LOC", country=anchor.name))
        else:
            key = f"{m.base}:{plain_key(m.text)}"
            actor = actors.setdefault(key, Actor(key, m.text, m.base))
            actor.name = _better_name(actor.name, m.text)
        m.key = key
        if m.text not in actor.mentions:
            actor.mentions.append(m.text)
    order = {m.key: i for i, m in reversed(list(enumerate(ments))) if m.key}
    return sorted(actors.values(), key=lambda a: order.get(a.key, 0))


def _group_persons(ments: list[Ment], actors: dict[str, Actor]) -> None:
    people: list[Actor] = []
    last_seen: dict[int, int] = {}  # id(person) → position of its latest mention
    full = [m for m in ments if split_name(m.text)[0]]
    for m in full:  # full names first: they anchor the people
        first, surname = split_name(m.text)
        person = next(
            (
                p
                for p in people
                if p.surname
                and similar_surnames(p.surname, surname)
                and compatible_first_names(p.first, first)
                and p.first
            ),
            None,
        )
        if person is None:
            person = Actor("", m.text, "PER", first=first, surname=surname)
            people.append(person)
        elif len(m.text) > len(person.name):
            person.name, person.first, person.surname = m.text, first, surname
    for m in ments:
        first, surname = split_name(m.text)
        person = _best(people, surname, m, last_seen, first=first)
        if person is None:
            person = Actor("", m.text, "PER", surname=surname)
            people.append(person)
        last_seen[id(person)] = m.span.start
        m.key = id(person)  # replaced by the final key below
        if m.text not in person.mentions:
            person.mentions.append(m.text)
    for person in people:
        if person.mentions:
            _nominative(person)
            person.key = f"PER:{person.name}"
            actors[person.key] = person
    by_id = {id(p): p.key for p in people}
    for m in ments:
        m.key = by_id[m.key]


def _nominative(person: Actor) -> None:
    """``Angela Merkels`` beside ``Merkel``: name the person without the genitive ending."""
    words = person.name.split()
    base = genitive_base(words[-1])
    if base and any(m.split()[-1] == base for m in person.mentions):
        person.name = " ".join([*words[:-1], base])
        person.surname = base


def _best(
    people: list[Actor], word: str, m: Ment, last_seen: dict[int, int], first: str | None = None
) -> Actor | None:
    """The person a (sur)name refers to: exact surname, then genitive, then spelling variant;
    among several, the one mentioned most recently before ``m``; a variant close to the
    surnames of two people names neither."""
    base = genitive_base(word)
    variant = (
        lambda p: p.surname is not None and similar_surnames(p.surname, word),
        lambda p: base is not None and p.surname is not None and similar_surnames(p.surname, base),
    )
    for test in (
        lambda p: _surname_is(p, word),
        lambda p: base is not None and _surname_is(p, base),
        *variant,
        lambda p: _inner_name_is(p, word) or (base is not None and _inner_name_is(p, base)),
    ):
        hits = [p for p in people if test(p) and compatible_first_names(p.first, first)]
        if test in variant and len({p.surname for p in hits}) > 1:
            return None  # a spelling variant of two people's surnames: neither
        if hits:
            before = [p for p in hits if id(p) in last_seen]
            if before:
                return max(before, key=lambda p: last_seen[id(p)])
            return hits[0]
    return None


def _surname_is(person: Actor, word: str) -> bool:
    """``Leyen`` and ``von der Leyen`` both name ``Ursula von der Leyen``."""
    surname = person.surname or ""
    return bool(surname) and word in (surname, surname.split()[-1], surname_core(surname))


def _inner_name_is(person: Actor, word: str) -> bool:
    """A later word of a longer name: ``Lula`` names ``Luiz Inácio Lula da Silva``."""
    words = person.name.split()
    return len(words) > 2 and word in words[1:-1] and word.lower() not in PARTICLES


def _better_name(current: str, new: str) -> str:
    """The fuller name; between equals, the one not in capitals and not in the genitive."""

    def rank(name: str) -> tuple[int, int, int, int]:
        return (len(name.split()), not name.isupper(), not name.endswith("s"), -len(name))

    return max(current, new, key=rank)
