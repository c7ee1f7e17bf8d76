"""Which way a clause looks from the publication date: PAST, FUTURE, PRESENT or NEAR.

German marks it with auxiliaries (``hatte``, ``wurde``, ``wird``, ``soll``), the Präteritum
(``sagte``, ``traf``), the Perfekt (``ist … eingetroffen``) and a few adverbs (``zuletzt``,
``bald``). A participle the expression stands in front of inside a noun phrase speaks for
it (``die am Freitag aufgenommenen Gespräche``, ``das für Freitag in Brüssel angesetzte
Treffen``, ``die am Montag begonnenen Verhandlungen``). Otherwise the clause
around the expression decides, the cue nearest the expression first; a clause with words of
its own but no cue is in the present (``…, am Freitag kehrt er zurück``); only a bare one
(``Am Freitag, als er ankam, sagte er``) borrows the tense of its sentence.
"""

from __future__ import annotations

import re

from parley.nlp.timex.vocab import Vocab, vocab

_WORD = re.compile(r"[^\W\d_]+")  # letters of any script: Gabčíkovo is one word
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”„«»‚‘’–—]|\s-\s")
# ge-participles, -iert, and those of prefixed verbs (verlaufen, begonnen, vereinbart)
_PARTICIPLE = re.compile(
    r"^(?:\w*ge\w{3,}(?:t|en)|\w{3,}iert|(?:be|ver|er|ent|zer|miss|über|unter)\w{3,}(?:t|en))$"
)
_WEAK_ENDINGS = ("eten", "ete", "ten", "te")
_OPENERS = '.!?:;"„“”«»()–—\n'  # after these a capitalised word may open a sentence
_RULE_ENDINGS = ("ierten", "ierte", "erten", "erte", "elten", "elte")
PAST, PRESENT, FUTURE, NEAR = -1, 0, 1, 2  # NEAR: no tense to go by, take the nearest

# "Vor den Gesprächen am Wochenende sagte er": the expression dates another event than the
# verb does, so the verb's tense says nothing about it.
_EVENT_BEFORE = re.compile(r"\b([vV]or|[nN]ach)\s+(?:dem|den|der|einem|einer)\s+(?:\S+\s+){1,4}$")


_ATTRIBUTE = re.compile(r"\s*([a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en))(?:e|en|er|es|em)\b")
_ADJ_ENDINGS = ("en", "em", "er", "es", "e")
_DETERMINER = re.compile(
    r"\b(?i:der|die|das|den|dem|des|eine?[mnrs]?|diese[mnrs]?|jene[mnrs]?)\s+"
    r"(?:(?P<adverb>[a-zäöüß]+)\s+)?$"
)
ATTRIBUTE_GAP = 4  # words between the expression and its participle: "für Freitag in Brüssel"


def _participle(word: str, v: Vocab) -> str | None:
    """The participle of an attributive form (``begonnenen`` → ``begonnen``), else None."""
    for ending in _ADJ_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or stem in v.not_participles:
            continue
        if _PARTICIPLE.match(stem) or v.tense_words.get(stem) == "future":  # anberaumt
            return stem
    return None


def _attribute(text: str, span: tuple[int, int], sent: tuple[int, int]) -> str | None:
    """The participle the expression stands in front of inside a noun phrase, else None.

    ``die am Freitag aufgenommenen Gespräche`` and, after an article, with adjuncts between
    and any participle shape: ``das für Freitag in Brüssel angesetzte Treffen``, ``die am
    Montag begonnenen Verhandlungen``. The participle dates the expression's event, not the
    sentence's verb does.
    """
    if m := _ATTRIBUTE.match(text, span[1]):
        return m[1]
    v = vocab()
    det = _DETERMINER.search(text, sent[0], span[0])
    if not det or det["adverb"] and det["adverb"] not in v.function_words:
        return None  # "die bereits am Montag …", not "die Minister am Montag …"
    words = list(_WORD.finditer(text, span[1], sent[1]))
    for i, w in enumerate(words[: ATTRIBUTE_GAP + 1]):
        if _CLAUSE_BREAK.search(text, span[1] if i == 0 else words[i - 1].end(), w.start()):
            return None
        if not w[0].islower() or w[0] in v.function_words:
            continue  # "in Brüssel", "im Kanzleramt"
        noun = any(not x[0].islower() for x in words[i + 1 : i + 3])
        return _participle(w[0], v) if noun else None  # "… begonnenen (direkten) Gespräche"
    return None


_AS = re.compile(r"(?:^|\s)(?:[wW]ie|[aA]ls)\s+(?:[a-zäöüß]+\s+)?$")


def _as_said(text: str, span: tuple[int, int], clause: tuple[int, int]) -> str | None:
    """The participle of a verbless ``wie``/``als`` clause the expression stands in: ``Wie am
    Montag angekündigt, …``, ``anders als für Freitag in Genf geplant``; else None."""
    v = vocab()
    if not _AS.search(text, clause[0], span[0]):
        return None
    words = [w[0] for w in _WORD.finditer(text, span[1], clause[1])]
    if len(words) > ATTRIBUTE_GAP + 1 or not words:
        return None
    *between, last = words
    if any(w.islower() and w not in v.function_words for w in between):
        return None
    if last in v.not_participles or not (
        _PARTICIPLE.match(last) or v.tense_words.get(last) == "future"
    ):
        return None
    return last


def _cue(word: str, v: Vocab, initial: bool = False) -> str | None:
    """past/future for a word that alone marks the time of its clause.

    A capitalised word counts only where a sentence may begin (``Zuletzt``, ``Damals``):
    elsewhere it is a noun (``der Schritt``, ``das Verbot``, ``Las Vegas``).
    """
    lower = word.lower()
    if word != lower and not word.isupper() and not initial:
        return None
    if lower in v.tense_words:
        return v.tense_words[lower]
    if word != lower and not word.isupper():
        return None  # sentence-initial: only the listed words, no guessed verb forms
    for prefix in v.verb_prefixes:  # erstach, bekam, stattfand; not beschrieben, bekannte
        rest = lower[len(prefix) :]
        if (
            lower.startswith(prefix)
            and not rest.endswith(("en", "te"))
            and v.tense_words.get(rest) == "past"
        ):
            return "past"
    stem = any(lower.endswith(e) and len(lower) - len(e) >= 3 for e in _RULE_ENDINGS)
    if stem and not lower.startswith("ge"):
        # Präteritum of -ieren, -ern, -eln verbs: diskutierte, dauerte, handelte; not the
        # participle adjective geänderten nor the ordinal vierten
        return "past"
    for ending in _WEAK_ENDINGS:
        if lower.endswith(ending):
            stem = lower[: -len(ending)]
            for weak in v.weak_stems:
                if stem.endswith(weak) and not stem[: -len(weak)].endswith("ge"):
                    return "past"
    return None


def _cues(text: str, start: int, end: int, skip: tuple[int, int]) -> list[tuple[int, str]]:
    """(distance to the expression, past|future) for each cue in ``text[start:end]``."""
    v = vocab()
    words = [m for m in _WORD.finditer(text, start, end) if not skip[0] <= m.start() < skip[1]]
    found = []
    has_participle = any(
        _PARTICIPLE.match(m[0]) and m[0] not in v.not_participles and _cue(m[0], v) != "future"
        for m in words
    )
    for m in words:
        before = text[max(0, m.start() - 10) : m.start()].rstrip()
        initial = before[-1:] in _OPENERS if before else m.start() < 10
        cue = _cue(m[0], v, initial)
        if cue is None and m[0] in v.perfect_aux and has_participle:
            cue = "past"
        if cue:
            distance = skip[0] - m.end() if m.end() <= skip[0] else m.start() - skip[1]
            found.append((distance, cue))
    return found


def _clause(text: str, sent: tuple[int, int], span: tuple[int, int]) -> tuple[int, int]:
    lo, hi = sent
    for m in _CLAUSE_BREAK.finditer(text, sent[0], sent[1]):
        if m.end() <= span[0]:
            lo = m.end()
        elif m.start() >= span[1]:
            hi = m.start()
            break
    return lo, hi


def _has_content(text: str, clause: tuple[int, int], span: tuple[int, int]) -> bool:
    """Whether the clause has lower-case words of its own (a verb, most likely)."""
    return any(
        m[0].islower() and m[0] not in vocab().function_words
        for m in _WORD.finditer(text, *clause)
        if not span[0] <= m.start() < span[1]
    )


def direction(text: str, span: tuple[int, int], sent: tuple[int, int]) -> int:
    """PAST, FUTURE or PRESENT for the clause around ``span``; NEAR when it dates another event."""
    clause = _clause(text, sent, span)
    lead = _EVENT_BEFORE.search(text, clause[0], span[0])
    if lead and not _cues(text, lead.start(), span[0], span):  # not "Vor der Presse sagte er"
        return NEAR
    attribute = _attribute(text, span, sent) or _as_said(text, span, clause)
    if attribute:
        return FUTURE if vocab().tense_words.get(attribute) == "future" else PAST
    cues = _cues(text, *clause, span)
    if not cues and not _has_content(text, clause, span):
        cues = _cues(text, *sent, span)  # "Am Freitag, als er ankam, sagte er": a bare clause
    elif not cues:
        return PRESENT  # a clause of its own, in the present: "am Freitag kehrt er zurück"
    if cues:
        return PAST if min(cues)[1] == "past" else FUTURE
    return PRESENT
