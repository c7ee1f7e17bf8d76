"""One article as the meeting extractor sees it: tokens, clauses, names and time expressions."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from parley.facts import ArticleActor, Mention, Timex
from parley.nlp.meetings.lexicon import Lexicon

# Words after a comma that open a new clause (subordinators and clause-linking words).
CLAUSE_OPENERS = frozenset(
    [
        "dass",
        "ob",
        "weil",
        "wenn",
        "falls",
        "um",
        "während",
        "nachdem",
        "bevor",
        "sobald",
        "als",
        "wie",
        "da",
        "damit",
        "obwohl",
        "sodass",
        "sondern",
        "aber",
        "doch",
        "denn",
        "denen",
        "dessen",
        "deren",
        "welche",
        "welcher",
        "welches",
        "wo",
        "wobei",
        "zumal",
        "bei",
        "mit",
        "in",
        "an",
        "auf",
        "für",
        "von",
        "zu",
        "über",
        "wann",
        "wer",
        "was",
        "warum",
        "weshalb",
        "wohin",
        "woher",
        "weder",
        "statt",
        "anstatt",
        # a finite verb first: a conditional clause ("…, sollten die Kämpfe weitergehen")
        "sollte",
        "sollten",
        "hätte",
        "hätten",
        "wäre",
        "wären",
    ]
)
QUOTE_MARKS = frozenset({'"', "„", "“", "”", "«", "»", "‚", "‘", "’"})
BREAKS = frozenset(";:()[]–—|-") | QUOTE_MARKS
INSERTION = 6  # at most this many words between brackets or quote marks that insert a term
LOCATIVE = frozenset({"in", "im", "auf", "nach", "ins", "am"})  # am: only before a place
PREPOSITIONS = frozenset(
    [
        "in",
        "im",
        "auf",
        "nach",
        "von",
        "vom",
        "mit",
        "zwischen",
        "über",
        "gegen",
        "für",
        "aus",
        "bei",
        "beim",
        "zu",
        "zum",
        "zur",
        "um",
        "an",
        "am",
    ]
)


@dataclass
class Name:
    """A mention that belongs to an article actor, on token positions."""

    start: int  # first token
    end: int  # one past the last token
    key: str
    type: str  # PER, ORG, LOC
    text: str
    affiliation: str | None
    label: str = ""  # the NER label: LOCderiv and LOCpart name no place

    @property
    def whole(self) -> bool:
        """A name on its own, not an adjective or part of a compound (``US-Delegation``)."""
        return not self.label.endswith(("deriv", "part"))


@dataclass
class Context:
    doc: Doc
    lex: Lexicon
    published: str | None
    lower: list[str]
    names: list[Name]
    timexes: list[tuple[int, int, Timex]]
    actors: dict[str, ArticleActor]
    by_country: dict[str, str] = field(default_factory=dict)  # casefolded country -> key
    sources: frozenset[str] = frozenset()  # speakers of quotes (organisations among them report)

    def actor_for_country(self, country: str) -> str | None:
        return self.by_country.get(country.casefold())

    def clauses(self, start: int, end: int) -> list[tuple[int, int]]:
        """Token ranges of the clauses of the sentence ``[start, end)``."""
        out, begin = [], start
        inserted = self._insertions(start, end)
        for i in range(start, end):
            text = self.doc[i].text
            split = text in BREAKS and i not in inserted
            if text == "," and i + 1 < end:
                nxt = self.lower[i + 1]
                split = nxt in CLAUSE_OPENERS or nxt in self.lex.saying
            elif text in ("und", "sowie") and i + 1 < end:
                nxt = self.doc[i + 1].text
                split = nxt in self.lex.verbs or nxt in self.lex.saying
            if split:
                if i > begin:
                    out.append((begin, i))
                begin = i + (text not in ("und", "sowie"))
        if end > begin:
            out.append((begin, end))
        return out

    def _insertions(self, start: int, end: int) -> set[int]:
        """Brackets around a few words inside a clause (``um 10 Uhr (9 Uhr MEZ) in Warschau``,
        ``mit Ministerin (Anna) Nowak``), and quote marks around a name or term that names
        no meeting (``ein Treffen der „Gruppe der Entschlossenen“ am Dienstag``): they insert
        an aside or a term, the clause goes on after them."""
        out: set[int] = set()
        doc = self.doc
        for i in range(start + 1, end - 1):
            quote = doc[i].text in QUOTE_MARKS
            if not (quote or doc[i].text in ("(", "[")) or doc[i].whitespace_:
                continue
            for j in range(i + 2, min(end - 1, i + INSERTION + 2)):
                if doc[j].text in BREAKS or doc[j].text in ",.!?":
                    closes = doc[j].text in (QUOTE_MARKS if quote else (")", "]"))
                    term = not quote or self._term(i + 1, j)
                    if closes and term and not doc[j - 1].whitespace_ and doc[j + 1].is_alpha:
                        out.update((i, j))
                    break
        return out

    def _term(self, start: int, end: int) -> bool:
        """The words name something (capitalised first) and no meeting."""
        words = [t.text for t in self.doc[start:end]]
        return words[0][:1].isupper() and not any(self.lex.noun_trigger(w) for w in words)

    def says(self, start: int, end: int) -> bool:
        """Whether the clause holds a verb of saying (it reports, it does not meet)."""
        return any(self.lower[i] in self.lex.saying for i in range(start, end))

    def names_in(self, start: int, end: int) -> list[Name]:
        return [n for n in self.names if n.start >= start and n.end <= end]


def _token_range(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def build(doc: Doc, lex: Lexicon) -> Context:
    """Gather what the earlier components wrote on ``doc`` (or plain ``doc.ents``)."""
    actors = {a.key: a for a in doc._.actors or []}
    mentions: list[Mention] = list(doc._.mentions or [])
    if doc._.mentions is None:
        mentions = [
            Mention(e.start_char, e.end_char, e.text, e.label_, 0, 0, f"{e.label_}:{e.text}")
            for e in doc.ents
            if e.label_ in ("PER", "ORG", "LOC")
        ]
        for m in mentions:
            actors.setdefault(m.actor_key, ArticleActor(m.actor_key, m.text, m.label, [m.text]))
    names = []
    for m in mentions:
        actor = actors.get(m.actor_key or "")
        rng = _token_range(doc, m.start, m.end)
        if actor is None or rng is None or actor.type not in ("PER", "ORG", "LOC"):
            continue
        names.append(Name(*rng, actor.key, actor.type, m.text, actor.affiliation, m.label))
    names.sort(key=lambda n: n.start)
    timexes = []
    for t in doc._.timexes or []:
        rng = _token_range(doc, t.start, t.end)
        if rng and "REF" not in t.value and any(c.isdigit() for c in t.value):
            timexes.append((*rng, t))
    by_country: dict[str, str] = {}
    for a in actors.values():
        if a.type in ("LOC", "ORG"):
            for form in [a.name, *a.mentions]:
                by_country.setdefault(form.casefold(), a.key)
    for c in lex.countries:
        for form in (c.name, *c.prefixes):
            if form.casefold() in by_country:
                by_country.setdefault(c.name.casefold(), by_country[form.casefold()])
    sources = frozenset(q.speaker for q in doc._.quotes or [] if q.speaker)
    return Context(
        doc=doc,
        lex=lex,
        published=doc._.published,
        lower=[t.lower_ for t in doc],
        names=names,
        timexes=timexes,
        actors=actors,
        by_country=by_country,
        sources=sources,
    )
