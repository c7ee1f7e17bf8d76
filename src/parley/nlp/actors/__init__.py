"""``parley_actors``: who is named in one article, in which role, acting for whom.

Reads ``doc.ents`` (GermEval labels) and writes ``doc._.mentions`` (every entity mention,
PER/ORG/LOC ones with their ``actor_key``), ``doc._.actors`` (in-article coreference, see
:mod:`.coref`) and ``doc._.roles`` (see :mod:`.roles`), with affiliations from
:mod:`.affiliation`. Country names the NER missed are added as LOC mentions.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from parley.facts import ArticleActor, Mention, Role
from parley.nlp.actors.affiliation import Evidence, affiliations
from parley.nlp.actors.coref import Actor, collect_mentions, group
from parley.nlp.actors.lexicon import Anchor, Lexicon, lexicon
from parley.nlp.actors.mention import Ment
from parley.nlp.actors.roles import RoleFinder, role_key
from parley.nlp.actors.wordclass import NO_WORD_CLASSES, WordClasses
from parley.nlp.ner_features import word_classes


@Language.factory("parley_actors", assigns=["doc._.mentions", "doc._.actors", "doc._.roles"])
def make_parley_actors(nlp, name) -> Callable[[Doc], Doc]:
    """:func:`parley_actors` with the word classes of the pipeline ``nlp``'s NER lexicon
    (the parameters stay unannotated: spaCy cannot resolve postponed annotations)."""
    return partial(parley_actors, words=WordClasses(word_classes(nlp)))


def parley_actors(doc: Doc, words: WordClasses = NO_WORD_CLASSES) -> Doc:
    lex = lexicon()
    ments = collect_mentions(doc, lex, words)
    actors = group(ments, lex)
    findings = RoleFinder(doc, lex, ments, actors).run()
    affiliated = affiliations(doc, lex, ments, actors, findings)
    refer = _referrer(actors, lex)
    _link_derived(ments, actors, lex)
    doc._.mentions = [_mention(m) for m in ments]
    doc._.actors = [
        ArticleActor(a.key, a.name, a.type, list(a.mentions), refer(affiliated.get(a.key)))
        for a in actors
    ]
    roles, seen = [], set()
    for f in sorted(findings, key=lambda f: (not f.named, f.phrase.start)):
        text = f.phrase.text(doc)
        if not f.is_role or f.phrase.relation or (f.person, role_key(text)) in seen:
            continue
        seen.add((f.person, role_key(text)))
        own = next((a for a in f.anchors if not str(a).startswith("PER:")), None)
        if own is None and f.possessor:
            own = affiliated.get(f.possessor)
        span = doc[f.phrase.start : f.phrase.end]
        sent = span.sent
        roles.append(
            Role(
                text,
                span.start_char,
                span.end_char,
                f.person,
                refer(own),
                sent.start_char,
                sent.end_char,
            )
        )
    doc._.roles = sorted(roles, key=lambda r: r.start)
    return doc


def _referrer(actors: list[Actor], lex: Lexicon):
    """Evidence → the key of the article's actor for it (by the anchor's name, or by a name
    the lexicon gives the same anchor: ``UN`` → the article's ``Vereinten Nationen``), else
    the anchor's name."""
    by_country = {a.country: a.key for a in actors if a.country}
    by_form = {}
    for a in actors:
        if a.type in ("ORG", "LOC"):
            for form in [a.name, *a.mentions]:
                by_form.setdefault(form.casefold(), a.key)
                if (anchor := lex.institutions.get(form)) and anchor.kind == "org":
                    by_form.setdefault(anchor.name.casefold(), a.key)

    def refer(item: Evidence | None) -> str | None:
        if item is None or isinstance(item, str):
            return item
        return by_country.get(item.name) or by_form.get(item.name.casefold()) or item.name

    return refer


def _link_derived(ments: list[Ment], actors: list[Actor], lex: Lexicon) -> None:
    """Adjectives and compounds (``ukrainische``, ``US-Außenminister``) point to the
    article's actor for the country they derive from, when it is named."""
    by_country = {a.country: a.key for a in actors if a.country}
    for m in ments:
        if m.kind and m.base == "LOC":
            word = m.text
            anchor: Anchor | None = lex.demonym(word) or lex.prefix_anchor(word)
            m.key = by_country.get(anchor.name) if anchor else None


def _mention(m: Ment) -> Mention:
    sent = m.span.sent
    return Mention(
        m.span.start_char, m.span.end_char, m.text, m.label, sent.start_char, sent.end_char, m.key
    )
