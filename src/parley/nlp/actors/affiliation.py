"""The state or organisation each person acts for, from the evidence around the name.

In order of strength: what the person's current roles name (``US-``, ``ukrainischen``, ``der
USA``, ``Kreml``; ``Putins`` → Putin's affiliation), the person's relational descriptions
(``sein russischer Kollege``, ``Trumps Schwiegersohn``), former roles (``der frühere
nigerianische Präsident``), a photo credit or outlet next to the name (``dpa/Michael
Kappeler``, ``Barak Ravid vom Portal Axios``), a nationality before the name (``der Ugander
X``), and last the nearest country the sentence names (``Für die USA nehmen … teil``, ``Auf
russischer Seite …``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from parley.nlp.actors.coref import Actor
from parley.nlp.actors.lexicon import Anchor, Lexicon
from parley.nlp.actors.mention import Ment
from parley.nlp.actors.roles import Finding
from parley.nlp.words import lowers, texts

Evidence = Anchor | str  # an anchor, or an actor key (ORG outlet, or PER → theirs)
OUTLET_PREPS = frozenset({"vom", "von", "bei", "beim"})
# Prepositions after which a country is a place or a counterpart, not whom one acts for.
PLACE = frozenset({"in", "nach", "gegen", "mit", "zwischen", "zu", "über", "um", "im", "ins"})
CONTEXT_SENTENCES = 3  # the sentence of a mention and the two before it
EARLIER = 12  # what each sentence back adds to a country's distance
OTHER_ROLE, LOCAL, MAX_SCORE = 8, 10, 40  # penalties and the largest score accepted


def affiliations(
    doc: Doc, lex: Lexicon, ments: list[Ment], actors: list[Actor], findings: list[Finding]
) -> dict[str, Evidence]:
    """Each person's affiliation as an anchor or an ORG actor key."""
    evidence: dict[str, list[Evidence]] = {a.key: [] for a in actors if a.type == "PER"}

    def strength(f: Finding) -> tuple[bool, bool, bool]:
        former = any(lex.former(doc[k].text) for k in range(f.phrase.lead, f.phrase.end))
        return (former, f.phrase.relation, not f.named)

    for f in sorted(findings, key=strength):  # current roles first, former ones last
        evidence[f.person] += f.anchors
    persons = [m for m in ments if m.base == "PER" and not m.kind and m.key]
    for m in persons:
        if outlet := _outlet(doc, m, ments):
            evidence[m.key].append(outlet)
        if m.span.start and (people := lex.demonym_noun(doc[m.span.start - 1].text)):
            evidence[m.key].append(people)  # der Ugander X
    ment_at = {i: x for x in ments for i in range(x.span.start, x.span.end)}
    words = texts(doc)
    countries = {
        i: found for i in range(len(words)) if (found := _country_at(lex, words, i, ment_at))
    }
    for key in evidence:
        if near := _nearest_country(doc, lex, key, ments, findings, countries):
            evidence[key].append(near)
    resolved: dict[str, Evidence] = {}
    for _ in range(3):  # persons standing for persons: Putin-Berater → Putin → Russland
        for person, items in evidence.items():
            for item in items:
                value = resolved.get(item) if isinstance(item, str) and item[:4] == "PER:" else item
                if value is not None and value != person:
                    resolved[person] = value
                    break
    return resolved


def _outlet(doc: Doc, m: Ment, ments: list[Ment]) -> str | None:
    """``dpa/Michael Kappeler``, ``Michael Kappeler/dpa``, ``(AP / Jae C. Hong)``,
    ``Barak Ravid vom Portal Axios``: the organisation credited beside a name."""
    orgs = {
        i: o for o in ments if o.base == "ORG" and o.key for i in range(o.span.start, o.span.end)
    }
    before, after = m.span.start - 1, m.span.end
    if before >= 0 and doc[before].text == "/" and (o := orgs.get(before - 1)):
        return o.key
    if after < len(doc) and doc[after].text == "/" and (o := orgs.get(after + 1)):
        return o.key
    if after < len(doc) and doc[after].text in OUTLET_PREPS:
        for k in range(after + 1, min(after + 4, len(doc))):
            if o := orgs.get(k):
                return o.key
            if not doc[k].text[:1].isupper() and doc[k].text not in ("der", "dem"):
                break
    return None


def _nearest_country(
    doc: Doc,
    lex: Lexicon,
    person: str,
    ments: list[Ment],
    findings: list[Finding],
    countries: dict[int, Anchor],
) -> Anchor | None:
    """The country named closest to any mention of ``person``: in its sentence first, then
    in the two before. Countries in other persons' roles, after local prepositions (``in die
    USA``, ``mit der Ukraine``) or describing someone else (``seinem russischen
    Amtskollegen``) count less."""
    theirs = {
        i
        for f in findings
        if f.person != person
        for i in range(min(f.phrase.lead, f.phrase.start), f.phrase.end)
    }
    own = [x for x in ments if x.key == person and x.base == "PER"]
    lows = lowers(doc)
    best: tuple[int, Anchor] | None = None
    for m in own:
        sent = doc[m.span.start].sent
        for back in range(CONTEXT_SENTENCES):
            for i in range(sent.start, sent.end):
                found = countries.get(i)
                if found is None or m.span.start <= i < m.span.end:
                    continue
                tok = doc[i]
                if back:  # an earlier sentence: how far from its end, plus a step per sentence
                    score = sent.end - i + EARLIER * back
                else:
                    score = m.span.start - i if i < m.span.start else i - m.span.end + 1
                score += OTHER_ROLE * (i in theirs)
                score += LOCAL * (bool({lows[k] for k in range(max(0, i - 2), i)} & PLACE))
                if tok.text[:1].islower() and _describes_other(lex, doc, i):
                    continue
                if score <= MAX_SCORE and (best is None or score < best[0]):
                    best = (score, found)
            if sent.start == 0:
                break
            sent = doc[sent.start - 1].sent
    return best[1] if best else None


def _country_at(lex: Lexicon, words: list[str], i: int, ment_at: dict[int, Ment]) -> Anchor | None:
    """The country token ``i`` names: a place or institution, a demonym, ``US-…``."""
    x = ment_at.get(i)
    if x is not None and (x.base == "PER" or x.span.start != i):
        return None
    if anchor := lex.anchor(x.text if x is not None else words[i]):
        return anchor if anchor.kind == "country" else None
    return lex.derived_country(words[i])


def _describes_other(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Is the adjective at ``i`` part of a relation phrase (``seinem russischen
    Amtskollegen``), which names the other side?"""
    for k in range(i + 1, min(i + 3, len(doc))):
        word = doc[k].text
        if lex.relation(word):
            return True
        if not word[:1].islower():
            return False
    return False
