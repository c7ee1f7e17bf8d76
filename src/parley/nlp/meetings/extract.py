"""Meeting drafts: each word that names a meeting, with what its clause says about it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parley.facts import Timex
from parley.nlp.meetings.context import LOCATIVE, PREPOSITIONS, Context
from parley.nlp.meetings.lexicon import STATUS_ORDER, Cue, Trigger

CLOCK = re.compile(r"\d{1,2}([.:]\d\d)?")  # the hour before "Uhr"
DAYPART_BEFORE = frozenset({"am", "die", "der", "den"})  # "am Abend", "für die Nacht"
ELLIPTIC = Trigger("", "noun", None, None)  # "Der nächste soll folgen": the noun left out

CLAUSE_WORDS = 3  # fewer tokens between breaks are a dateline or agency tag, not a clause
FRAME_REACH = 3  # words between a framing word and the meeting noun ("vor den neuen Gesprächen")
DEFAULT = ("held", None)  # the status of a meeting no word of its clause qualifies
ANAPHORIC = frozenset(
    [
        "der",
        "die",
        "das",
        "dem",
        "den",
        "des",
        "dieses",
        "diesem",
        "diesen",
        "dieser",
        "solches",
        "solchen",
    ]
)
ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen"})
POSSESSIVES = frozenset({"sein", "seine", "seinem", "seinen", "seiner", "seines"})  # his meeting
REPORTED_FUTURE = frozenset({"würde", "würden"})  # in reported speech: the future
FINAL_VERBS = 2  # verb forms that may close a clause after its place ("eingetroffen sind")
# A clause opened by these tells of another event ("…, nachdem Israel angegriffen hatte"):
# it lends the meeting none of its names.
OTHER_EVENT = frozenset({"nachdem", "weil", "obwohl", "bevor", "sodass", "seitdem"})
# Prepositions that make a meeting noun the meeting a verb of meeting in its clause tells of.
BINDING = frozenset({"zu", "zum", "zur", "bei", "beim", "vor", "nach", "an", "am", "im", "in"})
GOALS = frozenset({"zum", "zur"})  # "reist zum Gipfel": the way to a meeting, not its topic
PARTICLES = frozenset({"zu", "ein", "auf", "an", "vor", "ab"})  # too common to be denied alone
NEGATION_REACH = 2  # words between a negation and the verb or noun it denies
SIDE_REACH = 3  # words between a demonym and the side noun it qualifies
SOURCE_REACH = 3  # words between an organisation and a verb of saying that makes it a source
# A clause opening with these words leans on the clause before it for place and time
# ("traf in Miami ein, um mit der US-Delegation zu verhandeln").
LEANING = frozenset({"um", "bei", "an", "mit", "in", "denen", "wo", "dass"})


@dataclass
class Draft:
    """One mention of a meeting, or (``attach``) one sentence adding people to the last one."""

    trigger: str
    start: int  # character offsets of the trigger
    end: int
    sent_start: int
    sent_end: int
    participants: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    location: str | None = None
    timex: Timex | None = None
    status: str = "held"
    when: str | None = None  # before | past | now | future
    format: str | None = None
    mode: str | None = None
    attach: bool = False
    explicit_format: bool = False
    anaphoric: bool = False  # "das Treffen", "ein solches Treffen": one named before
    weak: bool = False  # no word in the clause said what happened to the meeting
    pair: str | None = None  # "states" or "people": "beider Länder", "die beiden" point back
    series: bool = False  # "der letzte Gipfel", "der nächste": another meeting of a series
    clause: tuple[int, int] | None = None  # token range of the clause that names it
    aside: bool = False  # a side meeting ("am Rande des Gipfels", "unter vier Augen")
    clock: bool = False  # its clause names an hour ("um 14 Uhr") or time of day, no day
    host_word: str | None = None  # the meeting word of the larger meeting ("Gipfels")

    @property
    def members(self) -> set[str]:
        return set(self.participants) | set(self.parties)


def drafts(ctx: Context) -> list[Draft]:
    """Every meeting mention and participation sentence in the article, in text order."""
    out: list[Draft] = []
    for sent in ctx.doc.sents:
        clauses = ctx.clauses(sent.start, sent.end)
        found = False
        for c_start, c_end in clauses:
            found_here = [
                (i, t) for i in range(c_start, c_end) if (t := _trigger(ctx, i, *(c_start, c_end)))
            ]
            hosts = {i for i, t in found_here if t.kind == "noun" and _hosted(ctx, i, c_start)}
            aside = bool(hosts) or _aside(ctx, c_start, c_end)
            found_here = [(i, t) for i, t in found_here if i not in hosts]
            verbs = [i for i, t in found_here if t.kind == "verb"]
            nouns = [(i, t) for i, t in found_here if t.kind == "noun"]
            # "hatten sich zu Verhandlungen getroffen": the verb tells the tense of the noun's
            # meeting, so the noun stands for both and takes its status from the verb; a noun
            # not bound to the verb ("telefonierte und drohte mit dem Abbruch der
            # Zollverhandlungen") is what the call is about, and the verb is the meeting.
            if verbs and nouns:
                bound = [(i, t) for i, t in nouns if _bound(ctx, i, c_start)]
                found_here = bound or [(i, t) for i, t in found_here if t.kind == "verb"]
            for i, trig in found_here:
                verb = verbs[0] if verbs and trig.kind == "noun" else None
                draft = _draft(ctx, i, trig, (c_start, c_end), clauses, sent, verb)
                if draft is not None:
                    draft.aside = aside or trig.kind == "noun" and _follows(ctx, i, c_end)
                    draft.host_word = next((ctx.doc[j].text for j in sorted(hosts)), None)
                    out.append(draft)
                    found = True
        if not found and (draft := _participation(ctx, clauses, sent)):
            out.append(draft)
    return out


def _trigger(ctx: Context, i: int, c_start: int, c_end: int) -> Trigger | None:
    text = ctx.doc[i].text
    trig = ctx.lex.noun_trigger(text)
    if i and f"{ctx.lower[i - 1]} {text.lower()}" in ctx.lex.nonevents:
        return None
    if trig is None and _elliptic(ctx, i, c_start, c_end):
        return ELLIPTIC
    if trig is None and i and _series_round(ctx, i):
        return ctx.lex.nouns.get(ctx.lower[i])
    if trig is None:
        trig = ctx.lex.verbs.get(text) if text[:1].islower() else None
        if trig is None:
            return None
        words = set(ctx.lower[c_start:c_end])
        if trig.unless and trig.unless in ctx.lower[i + 1 : c_end]:
            return None
        if trig.needs == "pair":
            names = ctx.names_in(c_start, c_end)
            named = len({n.key for n in names}) + ("er" in words)  # "will er Selenskyj treffen"
            if not ({"mit", "miteinander", "sich"} & words or named >= 2):
                return None
            if any(n.type == "PER" and ctx.lower[n.start - 1] == "von" for n in names):
                return None  # passive: "wird von Uschakow beraten"
        elif trig.needs and trig.needs not in ctx.lower[i + 1 : c_end]:
            return None
    return trig


def _bound(ctx: Context, i: int, c_start: int) -> bool:
    """The meeting noun at ``i`` follows a preposition that binds it to the clause's verb
    (``zu Gesprächen``, ``zum Abendessen``, ``vor dem Treffen``), at most two words before it,
    or opens the clause (``Die Gespräche``)."""
    before = ctx.lower[max(c_start, i - 3) : i]
    return any(w in BINDING for w in before) or i - c_start <= 2


def _hosted(ctx: Context, i: int, c_start: int) -> bool:
    """``am Rande des Gipfels``: the meeting noun at ``i`` is the larger meeting a side
    meeting is held at (a host phrase ends at most three words before it)."""
    for phrase in ctx.lex.hosts:
        for j in range(max(c_start, i - 3), i):
            if tuple(ctx.lower[j - len(phrase) + 1 : j + 1]) == phrase:
                return True
    return False


def _aside(ctx: Context, c_start: int, c_end: int) -> bool:
    """The clause marks a side meeting (``unter vier Augen``, ``allein miteinander``)."""
    return any(_phrase_at(ctx, k, ctx.lex.asides, c_end) for k in range(c_start, c_end))


def _follows(ctx: Context, i: int, c_end: int) -> bool:
    """``ein Mittagessen danach``: words right after the meeting noun at ``i`` make it a
    meeting following the larger one."""
    return _phrase_at(ctx, i + 1, ctx.lex.afters, c_end)


def _phrase_at(ctx: Context, k: int, phrases: tuple[tuple[str, ...], ...], end: int) -> bool:
    """One of ``phrases`` (lower-case words) begins at token ``k`` and ends before ``end``."""
    return any(k + len(p) <= end and tuple(ctx.lower[k : k + len(p)]) == p for p in phrases)


def _series_round(ctx: Context, i: int) -> bool:
    """``eine zweite Runde``: a word too vague alone names talks after a series word."""
    word = ctx.doc[i].text
    return (
        ctx.lower[i] in ctx.lex.nonevents
        and word[:1].isupper()
        and ctx.lex.is_series(ctx.lower[i - 1])
    )


def _elliptic(ctx: Context, i: int, c_start: int, c_end: int) -> bool:
    """``Der nächste soll 2026 folgen``: a series word after a definite article at the start
    of its clause, followed by a word of a status cue (a verb, not a noun or adjective),
    stands for the next meeting itself."""
    nxt = ctx.doc[i + 1].text if i + 1 < c_end else ""
    opens = i - 1 == c_start and ctx.lower[c_start] in ("der", "die", "das")
    verb = nxt[:1].islower() and nxt in ctx.lex.status_words
    return opens and ctx.lex.is_series(ctx.lower[i]) and verb


def _draft(ctx, i, trig, clause, clauses, sent, verb: int | None = None) -> Draft | None:
    """The draft of the meeting word at ``i``; ``verb``: a meeting verb of the same clause
    whose tense and mood decide the status."""
    c_start, c_end = clause
    tok = ctx.doc[i]
    draft = Draft(
        tok.text, tok.idx, tok.idx + len(tok.text), sent.start_char, sent.end_char, mode=trig.mode
    )
    draft.clause = clause
    reported = any(ctx.says(*c) for c in clauses)
    status = _status(ctx, i if verb is None else verb, clause, reported, framed=verb is None)
    if status is None:
        return None
    draft.status, draft.when = status
    draft.weak = status == DEFAULT
    before = ctx.lower[max(c_start, i - FRAME_REACH) : i]
    draft.anaphoric = trig.kind == "noun" and bool(set(before) & ANAPHORIC)
    draft.series = trig is ELLIPTIC or (
        trig.kind == "noun" and any(ctx.lex.is_series(w) for w in before)
    )
    if trig.kind == "noun" and _talked_about(ctx, i, c_start):
        return draft  # "über die jüngsten Gespräche": a meeting the clause talks about
    topic = _topic_mask(ctx, i, c_start, c_end)
    _members(ctx, draft, *_own_part(ctx, i, c_start, c_end), topic)
    _pronoun(ctx, draft, *_own_part(ctx, i, c_start, c_end), topic, i)
    draft.pair = _pointer(ctx, i, trig, *_own_part(ctx, i, c_start, c_end))
    k = clauses.index(clause)
    near = [
        c
        for c in clauses[max(0, k - 1) : k + 2]
        if c != clause
        and not ctx.says(*c)
        and not _has_trigger(ctx, c)
        and ctx.lower[c[0]] not in OTHER_EVENT
    ]
    if len(draft.members) < 2:
        for other in near:
            _members(ctx, draft, *other, _topic_mask(ctx, i, *other))
    if not draft.members and draft.anaphoric and not draft.series:
        _from_sentence_before(ctx, draft, sent)
    scope = [clause]
    if k and ctx.lower[c_start] in LEANING and not ctx.says(*clauses[k - 1]):
        scope.append(clauses[k - 1])
    if k and ctx.lower[c_start - 1] in ("und", "sowie") and len(draft.members) < 2:
        _members(ctx, draft, *clauses[k - 1], _topic_mask(ctx, i, *clauses[k - 1]))
    apart = topic | _speech_part(ctx, i, clause)
    draft.location = _location(ctx, i, scope, apart)
    draft.timex = _timex(ctx, i, scope, apart)
    draft.clock = draft.timex is None and _clock(ctx, c_start, c_end)
    if draft.status == "proposed" and draft.timex and _is_day(draft.timex) and _hedged(ctx, clause):
        draft.status, draft.when = "planned", "future"
    if draft.status == "held" and draft.when not in ("past", "before") and _ahead(ctx, draft.timex):
        draft.status, draft.when, draft.weak = "planned", "future", False
    if draft.status == "planned" and _behind(ctx, draft.timex):
        draft.timex = None  # "reisten am Sonntag zu Verhandlungen an": the journey's day
    words = [ctx.lower[j] for j in range(c_start, c_end)]
    joined = " ".join(words)
    draft.format = next((c.value for c in ctx.lex.formats if c.words[0] in joined), None)
    draft.explicit_format = draft.format is not None
    draft.mode = next((c.value for c in ctx.lex.modes if c.words[0] in joined), draft.mode)
    return draft


def _clock(ctx: Context, c_start: int, c_end: int) -> bool:
    """The clause names an hour (``um 14.00 Uhr``, ``gegen 16 Uhr``) or a part of the day
    (``für die Nacht``, ``am Abend``)."""
    return any(
        ctx.lower[j] == "uhr"
        and CLOCK.fullmatch(ctx.lower[j - 1])
        or ctx.lower[j] in ctx.lex.dayparts
        and ctx.lower[j - 1] in DAYPART_BEFORE
        for j in range(c_start + 1, c_end)
    )


def _speech_part(ctx: Context, i: int, clause: tuple[int, int]) -> set[int]:
    """Tokens that tell where and when something was said, not the meeting's (``Paschinjan
    sagte am Sonntag in Jerewan, er sei zu einem Treffen bereit``): from a verb of saying
    before the meeting word to the next comma, or from one after it to the clause's end."""
    c_start, c_end = clause
    out: set[int] = set()
    for s in range(c_start, c_end):
        if ctx.lower[s] not in ctx.lex.saying or s == i:
            continue
        if s > i:
            out.update(range(s, c_end))
        else:
            comma = next((k for k in range(s, i) if ctx.doc[k].text == ","), i)
            out.update(range(s, comma))
    return out


def _own_part(ctx: Context, i: int, c_start: int, c_end: int) -> tuple[int, int]:
    """The part of the clause that belongs to the meeting word at ``i`` when the clause
    names several meetings: halfway to the meeting words before and after it (not the
    larger meeting a side meeting is held at). A verb of meeting has the whole clause: a
    meeting noun beside it is what the talks are about or the meeting it stands for."""
    if not ctx.lex.noun_trigger(ctx.doc[i].text):
        return c_start, c_end
    others = [
        j
        for j in range(c_start, c_end)
        if j != i and ctx.lex.noun_trigger(ctx.doc[j].text) and not _hosted(ctx, j, c_start)
    ]
    before = [j for j in others if j < i]
    after = [j for j in others if j > i]
    start = (before[-1] + i) // 2 + 1 if before else c_start
    end = (i + after[0]) // 2 + 1 if after else c_end
    return start, end


def _pronoun(ctx: Context, draft: Draft, start: int, end: int, topic: set[int], i: int) -> None:
    """``Er wolle Wang … treffen``: "er" as one who meets is the person named last before it,
    in its sentence or the one before (with that person's country); so is the owner of the
    meeting a possessive names (``Nowak hatte angekündigt, bei seinem Treffen mit Martin …``),
    though that person only speaks."""
    owner = next(
        (
            j
            for j in range(i - 1, max(start, i - 1 - FRAME_REACH) - 1, -1)
            if ctx.lower[j] in POSSESSIVES
        ),
        None,
    )
    if owner is None and ctx.says(start, end):
        return  # "Er ergänzte mit Blick auf das Treffen": the one who speaks, not who meets
    for j in [owner] if owner is not None else range(start, end):
        if ctx.lower[j] != "er" and j != owner or j in topic:
            continue
        sents = [s for s in ctx.doc.sents if s.start <= j][-2:]
        earlier = [
            n
            for n in ctx.names
            if n.type == "PER" and n.end <= j and sents and n.start >= sents[0].start
        ]
        if earlier:
            person = earlier[-1]
            _add(draft.participants, person.key)
            if person.affiliation in ctx.actors and ctx.actors[person.affiliation].type != "PER":
                _add(draft.parties, person.affiliation)
        return


def _pointer(ctx: Context, i: int, trig: Trigger, start: int, end: int) -> str | None:
    """``states`` for "beider Länder", "beide Delegationen"; ``people`` for "die beiden",
    "der beiden Staatschefs": words that point back to the two sides named before. With a
    meeting noun, only inside its phrase ("Treffen mit den Regierungschefs beider Länder",
    not "Vor den Gesprächen hatten beide Seiten …")."""
    for j in range(start, end):
        if trig.kind == "noun" and not _in_phrase(ctx, i, j):
            continue
        if ctx.lower[j] in ctx.lex.pointers and ctx.doc[j].text[:1].islower():
            nxt = ctx.doc[j + 1].text if j + 1 < len(ctx.doc) else ""
            if not nxt[:1].isupper():
                return "people"  # "die beiden" on their own
            return "states" if nxt.lower() in ctx.lex.states else "people"
    return None


def _in_phrase(ctx: Context, i: int, j: int) -> bool:
    """Token ``j`` stands in the noun phrase of the meeting noun at ``i``: after it, with only
    nouns, articles and "mit"/"zwischen" between."""
    between = range(i + 1, j)
    return j > i and all(
        ctx.doc[k].text[:1].isupper() or ctx.lower[k] in ARTICLES | {"mit", "zwischen"}
        for k in between
    )


def _talked_about(ctx: Context, i: int, c_start: int) -> bool:
    """The meeting word stands in a phrase about the topic of the clause ("informieren über
    die Fortschritte bei den jüngsten Gesprächen"): the clause's people, place and time are
    not the meeting's."""
    for j in range(i - 1, c_start - 1, -1):
        word = ctx.lower[j]
        if word in ("mit", "zwischen") or (ctx.lex.verbs.get(ctx.doc[j].text) is not None):
            return False
        if word in ctx.lex.topic_preps and word not in GOALS:
            return True
    return False


def _from_sentence_before(ctx: Context, draft: Draft, sent) -> None:
    """``Russland und die Ukraine unterzeichneten das Abkommen. Die Zeremonie fand in
    Istanbul statt.``: a meeting pointed back to that names nobody, after a sentence that
    names no meeting, has the sides that sentence names (outside what is said)."""
    before = [s for s in ctx.doc.sents if s.end <= sent.start][-1:]
    for s in before:
        clauses = ctx.clauses(s.start, s.end)
        if any(_has_trigger(ctx, c) for c in clauses):
            return
        for c in clauses:
            if not ctx.says(*c) and c[1] - c[0] >= CLAUSE_WORDS:  # not "ISTANBUL (dpa) -"
                _members(ctx, draft, *c, _topic_mask(ctx, c[0], *c))


def _has_trigger(ctx: Context, clause: tuple[int, int]) -> bool:
    return any(_trigger(ctx, j, *clause) for j in range(*clause))


def _is_day(t: Timex) -> bool:
    """A timex naming a day or a range of days, even one off the calendar (``XXXX-12-19``)."""
    return re.match(r"[\dX]{4}-[\dX]{2}-[\dX]{2}", t.value) is not None


def _ahead(ctx: Context, t: Timex | None) -> bool:
    """The timex lies after the publication date (present tense about a later day)."""
    published = ctx.published or ""
    return t is not None and t.begin is not None and len(published) == 10 and t.begin > published


def _behind(ctx: Context, t: Timex | None) -> bool:
    """The timex ends before the publication day: it cannot date a meeting still to come."""
    published = ctx.published or ""
    return t is not None and t.until is not None and len(published) == 10 and t.until < published


def _hedged(ctx: Context, clause: tuple[int, int]) -> bool:
    """A possibility verb (``könnte``) rather than a proposal verb carries the proposal."""
    words = set(ctx.lower[clause[0] : clause[1]])
    return bool(words & {"könnte", "könnten"}) and not words & {"vor", "vorgeschlagen"}


# -- status ---------------------------------------------------------------------------


def _frame(ctx: Context, i: int, c_start: int) -> tuple[str, str | None] | None:
    """A word just before the meeting noun that places it in time (``das geplante Treffen``)."""
    for j in range(i - 1, max(c_start, i - 1 - FRAME_REACH) - 1, -1):
        word = ctx.lower[j]
        if word in ctx.lex.frames:
            return ctx.lex.frames[word]
        if not word.isalpha() or (ctx.doc[j].text[:1].isupper() and j != c_start):
            return None
    return None


def _status(
    ctx: Context, i: int, clause: tuple[int, int], reported: bool = False, framed: bool = True
) -> tuple[str, str | None] | None:
    """(status, when) of the meeting named at token ``i``; None when the clause denies it.

    ``reported``: the sentence reports speech, so ``würde`` stands for a plain future
    (indirect speech), not for a mere possibility.
    """
    c_start, c_end = clause
    lowered = tuple(ctx.lower[c_start:c_end])
    words = frozenset(lowered)
    hits = []
    for cue in ctx.lex.status:
        if cue.matches(words, lowered):
            if reported and cue.words[0] in REPORTED_FUTURE:
                cue = Cue(cue.words, "planned", "future")
            where = [c_start + k for k, w in enumerate(lowered) if _word_hits(w, cue.words)]
            hits.append((min(abs(j - i) for j in where), cue))
    denied = _denied(ctx, i, clause, hits)
    by_status = {cue.value for _, cue in hits} - (denied & {"cancelled", "ruled_out"})
    if "cancelled" in by_status:
        return "cancelled", None
    if "ruled_out" in by_status:
        return "ruled_out", None
    if denied - {"cancelled", "ruled_out"}:
        if denied & {"planned", "proposed"} or (_frame(ctx, i, c_start) or ("",))[0] == "planned":
            return "ruled_out", None
        return None
    hits = [h for h in hits if h[1].value not in denied]
    ranked = sorted(hits, key=lambda h: (h[0], STATUS_ORDER.index(h[1].value)))
    nearest = ranked[0][1] if ranked else None
    frame = _frame(ctx, i, c_start) if framed else None
    if nearest and nearest.value == "proposed":
        return "proposed", None
    if frame:
        status, when = frame
        return status, "future" if status == "planned" else when or _tense(hits)
    if nearest:
        return nearest.value, nearest.when if nearest.value != "held" else _tense(hits)
    return DEFAULT


def _denied(ctx: Context, i: int, clause: tuple[int, int], hits) -> set[str]:
    """Statuses a negation right before their cue (or ``kein`` before the meeting) denies."""
    c_start, c_end = clause
    negations = [j for j in range(c_start, c_end) if ctx.lower[j] in ctx.lex.negation]
    denied = set()
    for j in negations:
        if 0 < i - j <= NEGATION_REACH + 1 and ctx.lower[j].startswith("kein"):
            denied.add("held")
        for _, cue in hits:
            after = [w for w in ctx.lower[j + 1 : j + 2 + NEGATION_REACH] if w not in PARTICLES]
            if any(_word_hits(w, cue.words) for w in after):
                denied.add(cue.value)
        if ctx.lex.verbs.get(ctx.doc[i].text) and 0 < i - j <= NEGATION_REACH + 1:
            denied.add("held")
    return denied


def _tense(hits) -> str | None:
    """before for pluperfect and "damals", past for the preterite, now for present (perfect)."""
    whens = {cue.when for _, cue in hits if cue.value == "held"}
    for when in ("before", "past"):
        if when in whens:
            return when
    return "now" if "now" in whens else None


def _word_hits(word: str, cue_words: tuple[str, ...]) -> bool:
    return any(word.startswith(w[:-1]) if w.endswith("*") else word == w for w in cue_words)


# -- who, where, when -------------------------------------------------------------------


def _topic_mask(ctx: Context, i: int, c_start: int, c_end: int) -> set[int]:
    """Tokens of the clause that say what the talks are about, not who holds them."""
    mask: set[int] = set()
    inside = False
    verb = ctx.lex.noun_trigger(ctx.doc[i].text) is None  # "über die Grenze verhandelt"
    for j in range(c_start, c_end):
        word = ctx.lower[j]
        if word in ("mit", "zwischen") or j == i:
            inside = False
        elif word in ctx.lex.topic_preps and (j > i or verb):
            inside = True
        if inside:
            mask.add(j)
        elif any(word.endswith(n) for n in ctx.lex.topic_nouns):
            mask.update(range(max(c_start, j - 1), min(c_end, j + 4)))
        elif word in ctx.lex.without:
            noun = next((k for k in range(j + 1, c_end) if ctx.doc[k].text[:1].isupper()), c_end)
            mask.update(range(j, noun + 1))
    return mask


def _members(ctx: Context, draft: Draft, c_start: int, c_end: int, topic: set[int]) -> None:
    """Add the persons and sides the clause names to ``draft``."""
    for name in ctx.names_in(c_start, c_end):
        if name.start in topic or _after_source_word(ctx, name) or _is_place(ctx, name):
            continue
        if name.text.lower() in ctx.lex.channels or _short_form(ctx, name):
            continue
        if name.type == "PER" and _related(ctx, name):
            continue
        if name.type == "PER":
            _add(draft.participants, name.key)
            if name.affiliation in ctx.actors and ctx.actors[name.affiliation].type != "PER":
                _add(draft.parties, name.affiliation)
        elif not (name.type == "ORG" and name.key in ctx.sources) and not _near_saying(ctx, name):
            country = ctx.lex.country_of_capital(ctx.actors[name.key].name)
            _add(draft.parties, (country and ctx.actor_for_country(country)) or name.key)
    for j in range(c_start, c_end):
        if j not in topic and (country := _side_country(ctx, j, c_end)):
            _add(draft.parties, country)
        for country in _paired_countries(ctx, j, c_end) if j not in topic else ():
            if key := ctx.actor_for_country(country):
                _add(draft.parties, key)


def _short_form(ctx: Context, name) -> bool:
    """``der Afrikanischen Union (AU)``: an organisation in brackets right after another is
    its short form, not one more side."""
    before, after = name.start - 1, name.end
    return (
        name.type == "ORG"
        and before > 0
        and after < len(ctx.doc)
        and ctx.doc[before].text == "("
        and ctx.doc[after].text == ")"
        and any(n.end == before and n.type == "ORG" for n in ctx.names)
    )


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def _after_source_word(ctx: Context, name) -> bool:
    """``laut Reuters``, ``nach Angaben von X``: a source, not a side."""
    if "zufolge" in ctx.lower[name.end : name.end + 1]:
        return True
    for j in range(name.start - 1, max(0, name.start - 4) - 1, -1):
        if ctx.lower[j] == "laut":
            return True
        if any(n.start <= j < n.end for n in ctx.names) or not ctx.doc[j].text.isalpha():
            return False
        if ctx.doc[j].text[:1].islower() and ctx.lower[j] not in ARTICLES:
            return False
    return False


def _related(ctx: Context, name) -> bool:
    """A person named only to describe another (``Schwiegersohn von Präsident Trump``,
    ``Trumps Schwiegersohn``), not as one who takes part; one whose meeting it is (``Dudas
    erstes Treffen``) takes part."""
    after = name.end
    while after < len(ctx.doc) and _attributive(ctx.doc[after].text):
        after += 1  # "Dudas engster Berater"
    nxt = ctx.doc[after].text if after < len(ctx.doc) else ""
    words = ctx.actors[name.key].name.split()
    surnames = {a.name.split()[-1] for a in ctx.actors.values() if a.type == "PER"}
    genitive = name.text not in words or name.text[:-1] in surnames
    if name.text.endswith("s") and genitive and nxt[:1].isupper() and not _is_trigger(ctx, after):
        return not any(n.start == after for n in ctx.names)
    for j in range(name.start - 1, max(0, name.start - 4) - 1, -1):
        word = ctx.lower[j]
        if word in ("von", "des"):
            return j > 0 and ctx.doc[j - 1].text[:1].isupper() and not _is_trigger(ctx, j - 1)
        if not ctx.doc[j].text[:1].isupper():
            return False
    return False


def _attributive(word: str) -> bool:
    """An inflected adjective (``engster``, ``neue``) before the noun it qualifies."""
    return word.isalpha() and word.islower() and word.endswith(("e", "er", "en", "es", "em"))


def _is_trigger(ctx: Context, j: int) -> bool:
    return ctx.lex.noun_trigger(ctx.doc[j].text) is not None


def _near_saying(ctx: Context, name) -> bool:
    """An organisation that reports (``berichtete Politico``), not one that meets."""
    near = ctx.lower[max(0, name.start - SOURCE_REACH) : name.end + SOURCE_REACH]
    return name.type == "ORG" and any(w in ctx.lex.saying for w in near)


def _is_place(ctx: Context, name) -> bool:
    if _genitive_before_noun(ctx, name):
        return False  # "in Ägyptens Hauptstadt": the host country, a side
    return name.type != "PER" and name.whole and _locative(ctx, name) is not None


def _locative(ctx: Context, name) -> int | None:
    """Index of the locative preposition governing ``name`` (``in der Türkei``), if any."""
    for j in range(name.start - 1, max(0, name.start - 5) - 1, -1):
        word = ctx.lower[j]
        if word in LOCATIVE:
            if word == "nach" and (name.type != "LOC" or j != name.start - 1):
                return None
            if word == "am" and (name.type != "LOC" or j != name.start - 1):
                return None  # am Genfer See, am Bosporus; not am Montag Vertreter der USA
            if name.type == "ORG" and word not in ("im", "in"):
                return None
            if word == "auf" and (name.type != "LOC" or name.text.lower() in ctx.lex.channels):
                return None
            return j
        if word in PREPOSITIONS or not ctx.doc[j].text[:1].isalpha() or _stops(ctx, j):
            return None
        if any(
            n.start <= j < n.end and n.whole and not _genitive_before_noun(ctx, n)
            for n in ctx.names
        ):
            return None
    return None


def _genitive_before_noun(ctx: Context, name) -> bool:
    """``in Ägyptens Hauptstadt Kairo``: a place in the genitive before a noun qualifies the
    noun; the place is the noun's (or the name after it)."""
    nxt = ctx.doc[name.end].text if name.end < len(ctx.doc) else ""
    inflected = name.text != ctx.actors[name.key].name and name.text.endswith("s")
    named = any(n.start == name.end for n in ctx.names)
    return inflected and nxt[:1].isupper() and nxt.isalpha() and not named


def _paired_countries(ctx: Context, j: int, c_end: int) -> list[str]:
    """``amerikanisch-russische Gespräche``, ``US-russischen Delegationen``: each country of
    a hyphenated pair of demonyms before a meeting word or a side."""
    parts = ctx.doc[j].text.split("-")
    if len(parts) < 2 or not (parts[0].islower() or ctx.lex.country_of_prefix(parts[0])):
        return []
    countries = [
        ctx.lex.country_of_prefix(p) if p.isupper() else ctx.lex.country_of(p + "e")
        for p in parts[:-1]
    ] + [ctx.lex.country_of(parts[-1])]
    if not all(countries):
        return []
    nxt = next((k for k in range(j + 1, min(c_end, j + 3)) if ctx.doc[k].text[:1].isupper()), None)
    word = ctx.doc[nxt].text if nxt is not None else ""
    return countries if ctx.lex.noun_trigger(word) or ctx.lex.is_side(word) else []


def _stops(ctx: Context, j: int) -> bool:
    """A word that cannot stand between a preposition and its noun (a verb, an adverb)."""
    word = ctx.doc[j].text
    if word[:1].isupper() or word in ARTICLES:
        return False
    return not word.endswith(("e", "en", "er", "es", "em"))


def _side_country(ctx: Context, j: int, c_end: int) -> str | None:
    """The actor key of the country a demonym at ``j`` makes a side (``russische Delegation``,
    ``Ukrainern``, ``US-Delegation``), when the article names that country (a side the
    article never names is left out, as the annotation conventions do)."""
    text = ctx.doc[j].text
    if any(n.start <= j < n.end for n in ctx.names):
        return None
    country = ctx.lex.country_of(text)
    if country is None:
        return None
    if "-" in text:
        side = ctx.lex.is_side(text)
    elif ctx.lex.is_people(text):
        side = True
    else:
        nxt = next(
            (
                ctx.doc[k].text
                for k in range(j + 1, min(c_end, j + 1 + SIDE_REACH))
                if ctx.doc[k].text[:1].isupper()
            ),
            "",
        )
        side = ctx.lex.is_side(nxt)
    return ctx.actor_for_country(country) if side else None


def _location(ctx: Context, i: int, clauses, topic: set[int]) -> str | None:
    """The place named with a locative preposition nearest the meeting word."""
    for c_start, c_end in clauses:
        places = [
            n
            for n in ctx.names_in(c_start, c_end)
            if n.type != "PER"
            and n.whole
            and not _genitive_before_noun(ctx, n)
            and (n.start not in topic or _before_final_verb(ctx, n, c_end))
            and _locative(ctx, n) is not None
        ]
        if places:
            best = min(places, key=lambda n: abs(n.start - i))
            chained = [n for n in places if 0 < best.start - n.end <= FRAME_REACH + 1]
            return (chained[0] if chained else best).key
    return None


def _before_final_verb(ctx: Context, name, c_end: int) -> bool:
    """``zu Gesprächen über den Plan in Genf eingetroffen``: a place right before the verbs
    that end the clause belongs to the verb, not to the topic phrase it follows."""
    rest = [ctx.doc[k].text for k in range(name.end, c_end) if not ctx.doc[k].is_punct]
    return 0 < len(rest) <= FINAL_VERBS and all(w.isalpha() and w.islower() for w in rest)


def _timex(ctx: Context, i: int, clauses, topic: set[int]) -> Timex | None:
    """The time expression nearest the meeting word, outside what the talks are about."""
    for c_start, c_end in clauses:
        inside = [
            (s, t) for s, e, t in ctx.timexes if s >= c_start and e <= c_end and s not in topic
        ]
        if inside:
            return min(inside, key=lambda x: abs(x[0] - i))[1]
    return None


def _participation(ctx: Context, clauses, sent) -> Draft | None:
    """A sentence without a meeting word that says who took part (``nahmen ... teil``,
    ``Zur Delegation gehören: ...``): the people of all its clauses that report nothing."""
    cued = False
    for c_start, c_end in clauses:
        lowered = tuple(ctx.lower[c_start:c_end])
        words = frozenset(lowered[1:] if lowered[:1] == ("dabei",) else lowered)  # "Dabei ..."
        cued = cued or any(c.matches(words, lowered) for c in ctx.lex.participation)
    if not cued:
        return None
    draft = Draft("", sent.start_char, sent.start_char, sent.start_char, sent.end_char)
    draft.attach = True
    for c_start, c_end in clauses:
        if not ctx.says(c_start, c_end):
            _members(ctx, draft, c_start, c_end, _topic_mask(ctx, c_start, c_start, c_end))
    return draft if draft.members else None
