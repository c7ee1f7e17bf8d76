"""Roles of persons from the text around their names, and what each role says about
the person's affiliation.

Constructions, all built on :mod:`parley.nlp.actors.grammar`:

- prefixed titles: ``US-Außenminister Marco Rubio``, ``der ukrainische Präsident X``,
  ``Russlands Präsident X``, ``Putins Berater X``; a plural title distributes over the names
  it introduces (``die US-Sondergesandten X und Y``);
- appositions after and before a name: ``X, der ständige Vertreter der USA bei der NATO,``;
  ``der Sekretär des nationalen Sicherheitsrats der Ukraine, X,`` (with respective
  affiliations for ``Die Außenminister Russlands und der Ukraine, X und Y``);
- predicates: ``Russlands Sondergesandter in den USA ist X``, ``X agiert als
  Verhandlungsführer der Ukraine``, ``auf den Posten des Beraters für … versetzt``;
- definite descriptions without a name (``der US-Diplomat``), linked to the person they
  most plausibly describe.

Kinship and relational nouns (``Schwiegersohn``, ``Amtskollege``) give no role, but their
adjectives and possessors still tell the affiliation (``sein russischer Kollege X``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from parley.nlp.actors.coref import Actor
from parley.nlp.actors.grammar import DETS, POSSESSIVES, TERMINATORS, Grammar, Phrase
from parley.nlp.actors.lexicon import Anchor, Lexicon
from parley.nlp.actors.mention import Ment
from parley.nlp.actors.names import genitive_base, similar_surnames

COPULAS = frozenset({"ist", "war", "bleibt", "wird"})
RELATIVE_COPULAS = frozenset({"ist", "war", "bleibt", "wird", "wurde", "sei", "wäre"})
MIN_COMPOUND_HEAD = 3  # Rat in Ratspräsident
MAX_ADVERBS = 3  # "der seit Jahren auch Außenminister ist"
# Separable verb particles that may end a clause before an apposition to its subject.
VERB_PARTICLES = frozenset(
    ["teil", "an", "ab", "auf", "aus", "bei", "mit", "vor", "zu", "zurück", "fest", "statt"]
)
APPOINT_VERBS = frozenset(["ernannt", "gewählt", "berufen", "befördert", "bestimmt", "nominiert"])
CONTEXT_SENTENCES = 3  # how far back a description looks for its person
QUANTITIES = frozenset(["beiden", "zwei", "drei", "vier", "fünf", "sechs"])
NOT_PREDICATIVE_ALS = frozenset(
    [
        "mehr",
        "weniger",
        "eher",
        "lieber",
        "anders",
        "sowohl",
        "so",
        "ebenso",
        "genauso",
        "früher",
        "später",
        "länger",
    ]
)


@dataclass
class Finding:
    """A role or relation phrase attached to a person."""

    phrase: Phrase
    person: str  # actor key
    named: bool  # attached to the name itself, not a description standing alone
    possessor: str | None = None  # actor key of a person the function is held for
    anchors: list[Anchor | str] = field(default_factory=list)  # countries/orgs/actor keys
    is_role: bool = True  # False for a description that repeats a role the person has


class RoleFinder:
    """Finds role phrases for the persons of one document."""

    def __init__(self, doc: Doc, lex: Lexicon, ments: list[Ment], actors: list[Actor]) -> None:
        self.doc, self.lex = doc, lex
        self.ments = [m for m in ments if m.key]
        self.persons = [m for m in self.ments if m.base == "PER" and not m.kind]
        self.entity_at: dict[int, str] = {}
        self.ment_at: dict[int, Ment] = {}
        for m in ments:
            if m.kind:  # ukrainische, US-Außenminister: words of the phrase, not names
                continue
            for i in range(m.span.start, m.span.end):
                self.entity_at[i] = m.base
                self.ment_at[i] = m
        self.actors = {a.key: a for a in actors}
        self.orgs = {m.text: m.key for m in self.ments if m.base == "ORG" and not m.kind}
        surnames = frozenset(a.surname for a in actors if a.type == "PER" and a.surname)
        self.g = Grammar(doc, lex, self.entity_at, surnames)
        self.findings: list[Finding] = []
        self.used: set[int] = set()  # tokens inside phrases already attached

    # -- entry ---------------------------------------------------------------------------

    def run(self) -> list[Finding]:
        for i, m in enumerate(self.persons):
            self._around_name(m, self.persons[i + 1 :])
        self._predicates(("zum", "Posten"))
        self._descriptions()
        self._predicates(("als",))
        return self.findings

    def _add(self, phrase: Phrase, person: str, named: bool, possessor: str | None = None):
        finding = Finding(phrase, person, named, possessor, self._anchors(phrase, possessor))
        self.findings.append(finding)
        self.used.update(range(phrase.lead, phrase.end))
        return finding

    # -- constructions around a name -----------------------------------------------------

    def _around_name(self, m: Ment, following: list[Ment]) -> None:
        left = m.span.start
        prefix = self._prefix(m) or self._prefix_with_genitive(m)
        if prefix:
            phrases, possessor, left = prefix
            possessor = possessor or self._antecedent(phrases[0])
            for phrase in phrases:
                self._add(phrase, m.key, True, possessor)
            plural = self._plural(left, phrases[0])
            if plural:
                for other in self._coordinated(m, following):
                    for phrase in phrases:
                        self._add(phrase, other.key, True, possessor)
        self._apposition_after(m)
        self._apposition_before(m, left, following)
        self._copula(m)

    def _prefix(self, m: Ment) -> tuple[list[Phrase], str | None, int] | None:
        """Titles right before the name; returns (phrases, possessor, left edge)."""
        nxt = m.span.end
        if m.text.endswith("s") and self.g.is_noun(nxt) and nxt not in self.entity_at:
            return None  # "die US-Vertreter Putins Gesandten": a genitive, not a titled name
        j = m.span.start - 1
        if self.g.word(j) == ")" and self.g.word(j - 2) == "(":
            j -= 3  # Nato-Generalsekretär (Mark) Rutte
        groups: list[Phrase] = []
        while j >= 0 and j not in self.entity_at:
            start = (
                j - 2 if self.g.word(j - 1) in ("und",) and self.g.word(j - 2).endswith("-") else j
            )
            group = self.g.head_group(start)
            if not group or group[1] != j + 1:
                break
            i = start
            while self.g.is_adj(i - 1):
                i -= 1
            if i < start and not self.g.left_boundary(i):
                demonyms = [k for k in range(i, start) if self.lex.demonym(self.g.word(k))]
                i = demonyms[0] if demonyms else start
            phrase = self.g.phrase(i, j + 1, "none")
            if phrase is None:
                break
            groups.insert(0, phrase)
            j = i - 1
            if self.g.word(j) == "und":  # Ex-Geheimdienstchef und Putin-Vertraute X
                j -= 1
            elif not self.g.is_head(j):  # Außenminister Prinz X: two titles
                break
        if not groups:
            return None
        possessor = self._owner(groups[0])
        return groups, possessor, groups[0].lead

    def _prefix_with_genitive(self, m: Ment) -> tuple[list[Phrase], str | None, int] | None:
        """A title with a genitive right before the name: ``der Präsident der Ukraine
        Wolodymyr Selenskyj``, ``Chef des Gasmonopolisten Naftogas Andrej Kobolew``."""
        start = m.span.start
        if start - 1 not in self.entity_at or self.g.word(start - 1) in DETS:
            return None
        sent_start = self.doc[start].sent.start
        for p in range(start - 2, max(sent_start, start - 10) - 1, -1):
            if p in self.entity_at or not self.g.left_boundary(p):
                continue
            phrase = self.g.phrase(p, start, "genitive")
            if phrase and phrase.end == start and not phrase.relation:
                return [phrase], self._owner(phrase), phrase.lead
        return None

    def _owner(self, phrase: Phrase) -> str | None:
        """A genitive name right before a phrase: a place joins the role (``Russlands
        Präsident``, ``Bayerns Ministerpräsident``), a person joins it when the function is
        held for someone (``Putins Berater``); returns the person's key as the possessor."""
        gen = phrase.lead - 1
        word = self.g.word(gen)
        if not word.endswith("s") or not word[:1].isupper():
            return None
        owner = self.ment_at.get(gen)
        if owner is None:  # a genitive the NER tagged as a derivation: Trumps
            key = self._person_named(genitive_base(word) or word)
            if key and self._relational(phrase):
                phrase.start = phrase.lead = gen
            return key
        person = owner.base == "PER"
        if owner.base == "LOC" or (person and self._relational(phrase)):
            phrase.start = phrase.lead = owner.span.start
        return owner.key if person else None

    def _antecedent(self, phrase: Phrase) -> str | None:
        """Whom a possessive before a role points to: ``Die TPLF schickte ihren Sprecher X``
        → the TPLF, ``Putin schickte seinen Berater X`` → Putin. ``ihr`` needs an
        organisation or place (a person's gender is unknown); relations are left alone
        (``sein Amtskollege`` works for the other side)."""
        word = self.g.word(phrase.lead - 1).lower()
        if word not in POSSESSIVES or phrase.relation:
            return None
        kinds = ("ORG", "LOC") if word.startswith("ihr") else ("PER", "ORG", "LOC")
        sent_start = self.doc[phrase.lead].sent.start
        for k in range(phrase.lead - 2, sent_start - 1, -1):
            m = self.ment_at.get(k)
            person_before = (before := self.ment_at.get(k - 2)) is not None and before.base == "PER"
            bracketed = self.g.word(k - 1) == "(" and person_before  # Haslauer (ÖVP) und seine
            if m is not None and m.key and m.base in kinds and not bracketed:
                return m.key
        return None

    def _relational(self, phrase: Phrase) -> bool:
        stems = [self.lex.title_stem(self.g.word(h)) for h in phrase.heads]
        return any(s and self.lex.is_relational(s) for s in stems)

    def _plural(self, left: int, phrase: Phrase) -> bool:
        """Is the phrase plural, judged by its article and its noun's ending?"""
        if self.g.word(phrase.lead - 1).lower() in QUANTITIES:
            return True
        det = self.g.word(left - 1).lower()
        head = self.g.word(phrase.heads[-1])
        adjectives = [self.g.word(k) for k in range(phrase.lead, phrase.heads[0])]
        if det == "der" and adjectives and adjectives[-1].endswith("en"):
            return not head.endswith("in")  # der nationalen Sicherheitsberater
        return self.lex.plural_title(head, det)

    def _coordinated(self, m: Ment, following: list[Ment]) -> list[Ment]:
        """Names joined to ``m`` by commas, ``und``, ``sowie``, each without a title."""
        out, end = [], m.span.end
        for other in following:
            between = self.doc[end : other.span.start].text.strip()
            if between not in {",", "und", "sowie"}:
                break
            out.append(other)
            end = other.span.end
        return out

    def _apposition_after(self, m: Ment) -> None:
        p = m.span.end
        if self.g.word(p) == "(" and self.g.word(p + 2) == ")":
            p += 3
        if self.g.word(p) in VERB_PARTICLES and self.g.word(p + 1) == ",":
            p += 1  # "nahm auch X teil, der Berater …": the apposition after the verb
        if self.g.word(p) != ",":
            return
        p += 1
        possessor = None
        if self.g.word(p).lower() in DETS | POSSESSIVES:
            p += 1
            if self.g.word(p - 1) in ("der", "die") and self._relative_copula(m, p):
                return
        if p in self.entity_at and self.ment_at[p].base == "PER" and self.g.word(p).endswith("s"):
            possessor = self.ment_at[p].key
            p = self.ment_at[p].span.end
        elif self.g.genitive_name(p) and (self.g.is_adj(p + 1) or self.g.is_head(p + 1)):
            possessor = self._person_named(genitive_base(self.g.word(p)) or "")
            p += 1  # Trumps diplomatischer Beauftragter
        limit = self.doc[m.span.start].sent.end
        for mode in ("all", "genitive", "none"):
            phrase = self.g.phrase(p, limit, mode)
            if phrase and self._ends_clause(phrase, limit):
                if self._introduces_name(phrase.end):
                    return  # "X, der russische Gesandte …, Boris Gryslow": Gryslow's
                self._add(phrase, m.key, True, possessor)
                return

    def _ends_clause(self, phrase: Phrase, limit: int) -> bool:
        """Does an apposition end with ``phrase``: at the sentence end, a terminator, or a
        name in apposition to the title of its genitive (``des Präsidenten Lula.``)?"""
        k = phrase.end
        m = self.ment_at.get(k)
        if m is not None and m.base == "PER" and m.span.start == k and k - 1 > phrase.heads[-1]:
            k = m.span.end
        return k >= limit or self.g.word(k) in TERMINATORS

    def _relative_copula(self, m: Ment, p: int) -> bool:
        """``X, der auch Außenminister ist,``: a relative clause that gives a role."""
        limit = self.doc[m.span.start].sent.end
        q = p
        while q < p + MAX_ADVERBS and self.g.word(q).isalpha() and self.g.word(q).islower():
            q += 1
        if q == p:
            return False
        phrase = self.g.phrase(q, limit, "all")
        if phrase is None or phrase.relation or self.g.word(phrase.end) not in RELATIVE_COPULAS:
            return False
        if self.g.word(phrase.end + 1) not in TERMINATORS and phrase.end + 1 < limit:
            return False
        self._add(phrase, m.key, True)
        return True

    def _introduces_name(self, end: int) -> bool:
        """Is the phrase ending at ``end`` followed by ``, Name`` (an apposition before)?"""
        k = self._skip_parenthesis(end)
        return self.g.word(k) == "," and self.entity_at.get(k + 1) == "PER"

    def _skip_parenthesis(self, k: int) -> int:
        if self.g.word(k) == "(":
            for j in range(k + 1, min(k + 6, len(self.doc))):
                if self.g.word(j) == ")":
                    return j + 1
        return k

    def _apposition_before(self, m: Ment, left: int, following: list[Ment]) -> None:
        comma = left - 1 - (left < m.span.start and self.g.word(left - 1).lower() in DETS)
        if self.g.word(comma) != ",":
            return
        sent_start = self.doc[m.span.start].sent.start
        for p in range(comma - 1, max(sent_start, comma - 16) - 1, -1):
            if not self.g.left_boundary(p) or p in self.entity_at:
                continue
            for mode in ("all", "genitive"):
                phrase = self.g.phrase(p, comma, mode)
                if phrase and self._skip_parenthesis(phrase.end) == comma:
                    self._distribute(phrase, m, following)
                    return

    def _distribute(self, phrase: Phrase, m: Ment, following: list[Ment]) -> None:
        """Attach an apposition before ``m``; a plural one to every coordinated name,
        with one country each when it names as many (``Die Außenminister Russlands und
        der Ukraine, X und Y``)."""
        possessor = self._owner(phrase)
        names = [m]
        if self._plural(phrase.lead, phrase):
            names += self._coordinated(m, following)
            if len(names) == 1:
                return  # "mit den europäischen Staatsführern, X": a list, not an apposition
        anchors = self._anchors(phrase, possessor)
        countries = [a for a in anchors if isinstance(a, Anchor) and a.kind == "country"]
        respective = len(names) > 1 and len(countries) == len(names)
        for k, name in enumerate(names):
            if respective:
                bare = Phrase(phrase.start, phrase.heads[-1] + 1, phrase.heads, False, phrase.lead)
                self._add(bare, name.key, True).anchors = [countries[k]]
            else:
                self._add(phrase, name.key, True, possessor)

    def _copula(self, m: Ment) -> None:
        """``Russlands Sondergesandter in den USA ist X`` and ``X ist Sprecher des Kreml``."""
        sent = self.doc[m.span.start].sent
        before = m.span.start - 1
        if self.g.word(before) in COPULAS:
            for p in range(before - 1, max(sent.start, before - 14) - 1, -1):
                if p in self.entity_at and self.entity_at[p] == "PER":
                    break
                phrase = self.g.phrase(p, before, "all") if self.g.left_boundary(p) else None
                if phrase and phrase.end == before and not phrase.relation:
                    self._add(phrase, m.key, True, self._owner(phrase))
                    return
        after = m.span.end
        if self.g.word(after) in COPULAS:
            p = after + 1
            if self.g.word(p).lower() in DETS:
                p += 1
            phrase = self.g.phrase(p, sent.end, "all")
            if phrase and (phrase.end >= sent.end or self.g.word(phrase.end) in TERMINATORS):
                self._add(phrase, m.key, True)

    # -- predicates and descriptions -----------------------------------------------------

    def _predicates(self, cues: tuple[str, ...]) -> None:
        """``X agiert als Verhandlungsführer der Ukraine``; ``X wurde zum … ernannt``;
        ``auf den Posten des Beraters für … versetzt``."""
        for i, w in enumerate(self.g.words):
            if i in self.used or w not in cues:
                continue
            sent = self.doc[i].sent
            phrase = None
            offer = "sich" in (self.g.word(i - k) for k in (1, 2, 3))  # sich als X anbieten
            if w == "als" and self.g.word(i - 1) not in NOT_PREDICATIVE_ALS | {","} and not offer:
                p = i + 1 + (self.g.word(i + 1).lower() in DETS)
                phrase = self.g.phrase(p, sent.end, "genitive")
            elif w == "zum":
                phrase = self.g.phrase(i + 1, sent.end, "genitive")
                if phrase and self.g.word(phrase.end) not in APPOINT_VERBS:
                    phrase = None
            elif w == "Posten" and self.g.word(i + 1) == "des":
                phrase = self.g.phrase(i + 2, sent.end, "all")
            if phrase is None or phrase.relation or phrase.start in self.entity_at:
                continue
            if phrase.end in self.entity_at:  # "als Präsident Trump": a prefixed title
                continue
            subject = self._subject(i, sent.start)
            if subject:
                self._add(phrase, subject, True)

    def _subject(self, i: int, sent_start: int) -> str | None:
        """The person a predicate at ``i`` is about: the nearest person named earlier in
        the sentence, or the person a description there stands for."""
        best, where = None, -1
        for m in self.persons:
            if sent_start <= m.span.start < i and m.span.start > where:
                best, where = m.key, m.span.start
        for f in self.findings:
            if not f.named and sent_start <= f.phrase.lead < i and f.phrase.lead > where:
                best, where = f.person, f.phrase.lead
        return best

    def _descriptions(self) -> None:
        """Definite role phrases without a name: ``der US-Diplomat``, ``Frankreichs
        Präsident``; each goes to the person it most plausibly describes."""
        for i, w in enumerate(self.g.words):
            if i in self.used:
                continue
            if w.lower() in ("der", "dem", "den", "des", "die"):
                p = i + 1
            elif i in self.ment_at and self.lex.forms.get(w) and w.endswith("s"):
                p = i + 1  # Frankreichs Präsident hatte …
            else:
                continue
            sent = self.doc[i].sent
            phrase = self.g.phrase(p, sent.end, "genitive")
            if phrase is None or phrase.relation or any(k in self.used for k in phrase.heads):
                continue
            if self.g.word(i - 1).isalpha() and self.g.word(i - 1).islower():
                self._cut_dative_outlet(phrase)  # sagte der Diplomat der Zeitung …
            if self._plural(p, phrase):
                continue
            full = self.g.phrase(p, sent.end, "all")
            if self.g.word(full.end) == "oder" or (
                self.g.word(i - 1) == "und" and self.g.word(i - 2).endswith("-")
            ):
                continue  # "der Bischof oder …", "dem Wissenschafts- und dem Finanzminister"
            if self.entity_at.get(phrase.end) == "PER" or self._introduces_name(full.end):
                continue
            if self.g.word(full.end) in COPULAS and any(
                self.entity_at.get(k) == "PER" for k in range(full.end, sent.end)
            ):
                continue  # "Der deutsche Vertreter … ist der Berater …, Günter Sautter"
            if w[:1].isupper() and i in self.ment_at:
                phrase.start = phrase.lead = i
            attribute = (
                w.lower() in ("der", "des")
                and self.g.is_noun(i - 1)
                and not self.doc[i - 1].is_sent_start
            )
            person = self._described(phrase, i, same_title_only=attribute)
            if person:
                f = self._add(phrase, person, False)
                f.is_role = not self._subsumed(f)

    def _cut_dative_outlet(self, phrase: Phrase) -> None:
        """After a verb (``sagte der dänische Diplomat der Zeitung X``) ``der`` with a
        media noun is the dative the words went to, not a genitive of the role."""
        for k in range(phrase.heads[-1] + 1, phrase.end):
            if self.g.word(k) == "der":
                j = k + 1
                while self.g.is_adj(j):
                    j += 1
                if self.lex.outlet_noun(self.g.word(j)):
                    phrase.end = k
                    return

    def _described(self, phrase: Phrase, i: int, same_title_only: bool) -> str | None:
        """The person a description at ``i`` stands for: one already holding the same
        title, else (unless ``same_title_only``, for genitive attributes like ``ein
        Treffen der Sicherheitsberater``) the person named most recently in the last three
        sentences whose affiliation agrees."""
        head = self.g.word(phrase.heads[-1])
        anchors = self._anchors(phrase, None)
        country = next((a.name for a in anchors if isinstance(a, Anchor)), None)
        seen: dict[str, int] = {}
        sent = self.doc[i].sent.start
        for m in self.persons:
            if m.span.start < i:
                seen[m.key] = m.span.start
        # A person named earlier in the same sentence is rarely described there as well.
        here = {m.key for m in self.persons if sent <= m.span.start < i}
        same_title = [
            f.person
            for f in self.findings
            if f.named
            and not f.phrase.relation
            and _same_title(self.g.word(f.phrase.heads[-1]), head)
            and self._agrees(f.person, country, head)
            and f.person not in here
        ]
        if same_title:
            return max(same_title, key=lambda k: seen.get(k, -1))
        if same_title_only:
            return None
        window = self.doc[i].sent.start
        for _ in range(CONTEXT_SENTENCES):
            window = self.doc[window - 1].sent.start if window > 0 else window
        recent = [
            k
            for k, at in seen.items()
            if at >= window and k not in here and self._agrees(k, country, head)
        ]
        previous = self.doc[sent - 1].sent.start if sent > 0 else sent
        close = [k for k in recent if seen[k] >= previous]
        if close:
            return max(close, key=lambda k: seen[k])
        counts = {k: sum(m.key == k for m in self.persons) for k in recent}
        return max(recent, key=lambda k: (counts[k], seen[k])) if recent else None

    def _agrees(self, person: str, country: str | None, head: str = "") -> bool:
        """May ``person`` be described by a title ``head`` naming ``country``? Known
        countries must include it, and a feminine title needs no masculine one (and back)."""
        if head and self._genders(person) - {_gender(head)}:
            return False
        if country is None:
            return True
        known = self._countries(person) or self._countries_of_possessors(person)
        return not known or country in known

    def _genders(self, person: str) -> set[str]:
        """The grammatical gender the person's own titles show (``Ministerin`` → f)."""
        return {
            _gender(self.g.word(f.phrase.heads[-1]))
            for f in self.findings
            if f.person == person and f.is_role and not f.phrase.relation
        } - {""}

    def _countries(self, person: str) -> set[str]:
        return {
            a.name
            for f in self.findings
            if f.person == person
            for a in f.anchors
            if isinstance(a, Anchor) and a.kind == "country"
        }

    def _countries_of_possessors(self, person: str) -> set[str]:
        owners = {a for f in self.findings if f.person == person for a in f.anchors}
        return {c for o in owners if isinstance(o, str) and o != person for c in self._countries(o)}

    def _subsumed(self, f: Finding) -> bool:
        words = _norm(f.phrase.text(self.doc))
        return any(
            o is not f
            and o.is_role
            and not o.phrase.relation
            and o.person == f.person
            and words <= _norm(o.phrase.text(self.doc))
            for o in self.findings
        )

    # -- anchors -------------------------------------------------------------------------

    def _anchors(self, phrase: Phrase, possessor: str | None) -> list[Anchor | str]:
        """Countries, organisations and persons a phrase names, in text order; person
        keys stand for that person's affiliation."""
        out: list[Anchor | str] = []
        i = phrase.lead if phrase.lead < phrase.start else phrase.start
        while i < phrase.end:
            m = self.ment_at.get(i)
            if m is not None:
                anchor = self.lex.anchor(m.text) or (
                    self.lex.anchor(genitive_base(m.text) or "") if m.base != "PER" else None
                )
                if anchor:
                    out.append(anchor)
                elif m.base == "PER" and m.key or m.base == "ORG" and m.key:
                    out.append(m.key)
                i = m.span.end
                continue
            w = self.g.word(i)
            anchor = self.lex.prefix_anchor(w) or self.lex.demonym(w) or self.lex.anchor(w)
            if anchor:
                out.append(anchor)
            elif "-" in w and (person := self._person_named(w.split("-")[0])):
                out.append(person)  # Putin-Berater
            elif "-" in w and (org := self.orgs.get(w.split("-")[0])):
                out.append(org)  # Hamas-Funktionär, with Hamas named in the article
            elif org := self._org_compound(w):
                out.append(org)  # Kommissionspräsidentin, with the EU-Kommission named
            i += 1
        if possessor:
            out.append(possessor)
        countries = [a for a in out if isinstance(a, Anchor) and a.kind == "country"]
        persons = [a for a in out if isinstance(a, str) and a.startswith("PER:")]
        rest = [a for a in out if a not in countries and a not in persons]
        return countries + persons + rest

    def _org_compound(self, word: str) -> str | None:
        """The article's organisation whose head noun starts a compound title:
        ``Kommissionspräsidentin`` → ``EU-Kommission``, ``Ratspräsident`` → ``EU-Rat``."""
        for text, key in self.orgs.items():
            head = text.replace("-", " ").split()[-1]
            rest = word[len(head) :] if word.startswith(head) else ""
            if len(head) >= MIN_COMPOUND_HEAD and len(rest) > MIN_COMPOUND_HEAD and rest.islower():
                return key
        return None

    def _person_named(self, word: str) -> str | None:
        for key, actor in self.actors.items():
            if actor.type == "PER" and actor.surname and similar_surnames(actor.surname, word):
                return key
        return None


def _gender(title: str) -> str:
    """``f`` for a feminine title (``Präsidentin``), ``m`` for a masculine singular one,
    ``""`` when the form does not tell (plurals, adjectival nouns)."""
    low = title.lower()
    if low.endswith(("in", "innen")):
        return "f" if low.endswith("in") else ""
    return "" if low.endswith(("te", "ten", "tem")) else "m"


def _same_title(a: str, b: str) -> bool:
    """The same title noun up to inflection and a prefix (``US-Präsident``/``Präsidenten``,
    but not ``Finanzminister``/``Energieminister``)."""
    return _norm(a.rsplit("-", 1)[-1]) == _norm(b.rsplit("-", 1)[-1])


def _norm(text: str) -> frozenset[str]:
    """Words of a role without inflection endings, for comparing role mentions."""
    words = set()
    for w in text.replace("-", " ").lower().split():
        for _ in range(2):  # Beraters → Berater → berat
            for ending in ("en", "em", "er", "es", "n", "s", "e"):
                if w.endswith(ending) and len(w) - len(ending) >= 3:
                    w = w[: -len(ending)]
                    break
        words.add(w)
    return frozenset(words)


def role_key(text: str) -> frozenset[str]:
    """What makes two role texts the same role (``US-Sondergesandte``/``-gesandten``)."""
    return _norm(text)
