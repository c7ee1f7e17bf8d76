"""Speech frames in one segment: a verb of saying (``sagte Trump``), ``so X``, ``hieß es``,
``laut X``, ``X zufolge``, ``nach Angaben von X``; with the speaker and the reported words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from parley.nlp.quotes.lexicon import (
    DETERMINERS,
    NOT_REFLEXIVE,
    PREPOSITIONS,
    PRONOUNS,
    Lexicon,
    Verb,
)
from parley.nlp.quotes.segments import Chunk, Segment, quote_at
from parley.nlp.quotes.speakers import Speaker, SubjectFinder, adjective

AUXILIARIES = frozenset(
    ["hat", "hatte", "habe", "hätte", "haben", "hatten", "hätten", "wird", "werde", "würde"]
)
W_WORDS = frozenset(
    [
        "was",
        "wer",
        "wie",
        "wo",
        "wann",
        "warum",
        "weshalb",
        "wieso",
        "welche",
        "welcher",
        "welches",
        "ob",
        "dass",
        "wenn",
        "falls",
        "sobald",
        "sofern",
    ]
)
SUBORDINATE = frozenset(
    [
        "dass",
        "ob",
        "wenn",
        "weil",
        "da",
        "falls",
        "als",
        "obwohl",
        "nachdem",
        "bevor",
        "damit",
        "sobald",
        "während",
        "wie",
    ]
)
NEGATIONS = frozenset(["nicht", "nie", "niemals"])
DEGREE_WORDS = frozenset(["sehr", "ganz", "besonders", "äußerst", "zu", "so"])
SPEAK_FORMS = frozenset(["spricht", "sprach", "sprachen", "sprechen", "gesprochen"])
POSSESSIVE_SOURCES = frozenset(["seinen", "ihren", "seiner", "ihrer"])

Anaphor = Callable[[int, str], Speaker | None]


@dataclass(slots=True)
class Frame:
    """One speech event in a segment."""

    cue: str
    cue_token: Token
    position: str  # before | after | colon | phrase | about | name | none
    speaker: Speaker | None
    reported: tuple[int, int] | None  # characters of the reported clause, if any
    frame_tokens: list[Token]  # the words around the cue (for the channel)


def _plural(cue: Token, chunk: list[Token]) -> bool:
    """Whether the finite verb of the cue's clause is plural (``sagten``, ``haben ... gesagt``)."""
    finite = [cue] + [t for t in chunk if t.text.lower() in AUXILIARIES]
    return any(t.text.lower().endswith("en") and not t.text.startswith("ge") for t in finite)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in ",;:–—"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.–—"):
        end -= 1
    return (start, end) if end > start else None


class FrameFinder:
    """Finds the frames of a segment; ``mood`` tells whether a span holds Konjunktiv I."""

    def __init__(self, text: str, lex: Lexicon, finder: SubjectFinder) -> None:
        self.text = text
        self.lex = lex
        self.finder = finder
        self.reports = [w for w, kind in lex.sources.items() if kind == "report"]

    # -- cues -------------------------------------------------------------------------
    def verb(self, tok: Token, chunk: Chunk, seg: Segment, first: bool) -> Verb | None:
        word = tok.text.split("./")[0]  # "sagte./dpa": a credit glued to the verb
        if not word.islower() and not first:
            return None
        low = word.lower()
        if quote_at(seg.quotes, tok.idx) is not None:
            return None
        verb = self.lex.whole.get(low)
        if verb is None and low in self.lex.split:
            cands = self.lex.split[low]
            ends = self._clause_ends(seg, chunk, tok)
            verb = next((v for v in cands if v.particle and v.particle in ends), None)
            verb = verb or next((v for v in cands if not v.particle), None)
        if verb is None or verb.kind == "not":
            return None
        doc = self.finder.doc
        prev = doc[tok.i - 1].text.lower() if tok.i > 0 else ""
        nxt = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
        follower = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        noun_next = follower is not None and (nxt[:1].isupper() or adjective(follower))
        named_next = follower is not None and follower.i in self.finder.mentions.covered
        if (prev in DETERMINERS or prev in PREPOSITIONS and prev != "zu") and (
            noun_next and not named_next
        ):
            return None  # an adjective: "auf informierte Kreise", "die gemeldeten Zahlen"
        if verb.lemma in NOT_REFLEXIVE and "sich" in (prev, nxt):
            return None
        rest = [t.text.lower() for t in seg.tokens if t.i > tok.i]
        around = {t.text.lower() for t in seg.tokens if t.i != tok.i}
        if verb.kind == "about" and not ({"von", "vom"} & around):
            return None
        if verb.kind == "name" and "als" not in rest:
            return None
        return verb

    def _clause_ends(self, seg: Segment, chunk: Chunk, tok: Token) -> set[str]:
        """Words that close the verb's clause, where a separable particle stands: the end of
        its chunk, or of a later chunk when a relative clause or apposition comes between
        (``teilte Umjerow, der in den USA ist, auf Telegram mit``)."""
        ends = set()
        for c in seg.chunks[seg.chunks.index(chunk) :]:
            last = c.tokens[-1]
            if last.i != tok.i:
                ends.add(last.text.lower())
            if c.after not in (",", "–", "—"):
                break
        return ends

    # -- the whole segment ------------------------------------------------------------
    def frames(self, seg: Segment, anaphor: Anaphor) -> list[Frame]:
        found: list[Frame] = []
        for ci, chunk in enumerate(seg.chunks):
            for k, tok in enumerate(chunk.tokens):
                frame = self._at(seg, ci, k, tok, anaphor)
                if frame is not None:
                    found.append(frame)
        denied = any(
            f.position == "none" and any(t.text.lower() in NEGATIONS for t in f.frame_tokens)
            for f in found
        )
        if not denied and not any(f.position != "none" for f in found):
            found += self._phrases(seg, anaphor)
        # "X bestätigte ... – sprach allerdings von ...": a verb without subject shares the last
        for before, f in zip(found, found[1:], strict=False):
            if f.speaker is None and before.speaker is not None:
                f.speaker = before.speaker
        # a frame after its reported words ("..., teilte X mit") outranks the verbs inside them
        kept: list[Frame] = []
        for f in sorted(found, key=lambda f: f.position != "after"):
            if any(g.reported and g.reported[0] <= f.cue_token.idx < g.reported[1] for g in kept):
                continue
            kept.append(f)
        return sorted(kept, key=lambda f: f.cue_token.i)

    def _at(self, seg: Segment, ci: int, k: int, tok: Token, anaphor: Anaphor) -> Frame | None:
        chunk = seg.chunks[ci]
        low = tok.text.lower()
        first_in_seg = tok.i == seg.tokens[0].i
        toks = chunk.tokens
        if low in ("hieß", "heißt") and k + 1 < len(toks) and toks[k + 1].text == "es":
            return self._impersonal(seg, ci, tok, toks[k + 2 :])
        if low in ("geheißen", "hieß", "heißt") and "es" in (t.text for t in toks[:k]):
            return self._impersonal(seg, ci, tok, toks[:k])  # "wie es in Kiew hieß"
        if low == "so" and k == 0 and chunk.before in (",", "quote"):
            if ci == len(seg.chunks) - 1 and len(toks) <= 8:
                spk = self.finder.scan(toks[1:], anaphor)
                if spk is not None:
                    return Frame("so", tok, "after", spk, self._before_span(seg, ci), toks)
            return None
        verb = self.verb(tok, chunk, seg, first_in_seg)
        if verb is None:
            return None
        cue = verb.lemma
        speaker = self._subject(seg, ci, k, anaphor)
        if verb.kind in ("cite", "learn"):
            speaker = self._source_of(verb.kind, toks[k + 1 :]) or speaker
        if speaker is not None and (speaker.text or "").lower() == "sie" and _plural(tok, toks):
            speaker = Speaker(None, speaker.text)  # "sagten sie": a group, not one person
        if verb.kind == "about":
            return Frame(cue, tok, "about", speaker, self._about_span(seg, tok), toks)
        if verb.kind == "name":
            return Frame(cue, tok, "name", speaker, _trim(self.text, seg.start, seg.end), toks)
        head = toks[0].text.lower()
        if head == "wie" and k == len(toks) - 1 or head == "wie" and k == len(toks) - 2:
            span = self._after_span(seg, ci) if ci == 0 else self._before_span(seg, ci)
            return Frame(cue, tok, "before" if ci == 0 else "after", speaker, span, toks)
        # a particle beyond this chunk: the verb's clause goes on past the comma
        split = verb.particle and tok.text.lower() in self.lex.split
        continued = split and toks[-1].text.lower() != verb.particle
        if chunk.after in (",", ":") and ci + 1 < len(seg.chunks) and not continued:
            nxt = seg.chunks[ci + 1]
            negated = any(t.text.lower() in NEGATIONS for t in toks[k + 1 :])
            if nxt.before in (",", ":") and not negated:
                span = self._after_span(seg, ci)
                bare = self._bare(toks, k, speaker)
                if span and (chunk.after == ":" or bare or self._clause(seg, nxt, span)):
                    return Frame(cue, tok, "before", speaker, span, toks)
        initial = k == 0 or (k <= 3 and head in AUXILIARIES)
        prev = seg.chunks[ci - 1] if ci > 0 else None
        apposition = prev is not None and all(
            t.i in self.finder.mentions.covered for t in prev.tokens
        )
        if initial and chunk.before in (",", "quote") and not apposition:
            return Frame(cue, tok, "after", speaker, self._before_span(seg, ci), toks)
        if ci == len(seg.chunks) - 1 and self.text[seg.end - 1] == ":":
            return Frame(cue, tok, "colon", speaker, None, toks)
        if chunk.after == ":" or chunk.after == "quote":
            return Frame(cue, tok, "colon", speaker, None, toks)
        return Frame(cue, tok, "none", speaker, self._unmarked(seg, toks, k), toks)

    def _impersonal(self, seg: Segment, ci: int, tok: Token, rest: list[Token]) -> Frame:
        """``hieß es`` names no speaker, unless ``aus dem Weißen Haus`` follows."""
        chunk = seg.chunks[ci]
        head = chunk.tokens[0]
        after = chunk.before == "," and (head.i == tok.i or head.text == "wie")  # "..., hieß es"
        span = self._before_span(seg, ci) if after else self._after_span(seg, ci)
        speaker = self._source_of("learn", rest)
        position = "after" if after else "before"
        return Frame("heißen", tok, position, speaker or Speaker(None, None), span, chunk.tokens)

    def _unmarked(self, seg: Segment, toks: list[Token], k: int) -> tuple[int, int] | None:
        """A reported clause after the verb with its comma left out: ``erklärte im Fernsehen
        er wünsche ...`` (a subject right before a Konjunktiv I form)."""
        for j in range(k + 2, len(toks) - 1):
            subject = toks[j].text.lower() in PRONOUNS or toks[j].i in self.finder.mentions.first
            if subject and self.mood_of(toks[j + 1], toks) == "ki":
                return _trim(self.text, toks[j].idx, seg.end)
        return None

    def _bare(self, toks: list[Token], k: int, speaker: Speaker | None) -> bool:
        """No object after the verb (only its subject, adverbs, a particle): the clause that
        follows the comma is what was said (``hatte wiederholt betont, die Gespräche ...``)."""
        covered = self.finder.mentions.covered
        for j, t in enumerate(toks[k + 1 :], start=k + 1):
            word = t.text
            if t.i in covered or not word[:1].isupper():
                continue
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is not None and nxt.i in covered:
                continue  # a title before a name
            if speaker is not None and speaker.text and word in speaker.text:
                continue
            return False
        return True

    def _clause(self, seg: Segment, nxt: Chunk, span: tuple[int, int]) -> bool:
        """Does the text after a verb of saying read as a reported clause?"""
        if nxt.tokens[0].text.lower() in W_WORDS or self.mood(seg, span):
            return True
        words = [t.text for t in seg.tokens if span[0] <= t.idx < span[1]]
        return any(
            w == "zu" or (w.islower() and w.endswith("en") and "zu" in w[2:-3]) for w in words
        )

    # -- spans ------------------------------------------------------------------------
    def _before_span(self, seg: Segment, ci: int) -> tuple[int, int] | None:
        """Reported words before the frame chunk: the segment start up to that chunk."""
        if ci == 0:
            return None  # only a quotation stands before the frame
        prev = seg.chunks[ci - 1]
        end = seg.chunks[ci].start
        start = seg.start
        # a frame after a colon line: "X warnt: ..., so Y" keeps only the part after the colon
        for c in seg.chunks[:ci]:
            if c.after == ":" and c is not prev:
                start = c.end + 1
        if prev.after == "quote" or seg.chunks[ci].before == "quote":
            q = [q for q in seg.long_quotes() if q.close <= end]
            if (
                q
                and not self._has_words(seg, start, q[-1].open)
                and not self._has_words(seg, q[-1].close, end)
            ):
                return None  # the words before the frame are a direct quote alone
        return _trim(self.text, start, end)

    def _after_span(self, seg: Segment, ci: int) -> tuple[int, int] | None:
        start = seg.chunks[ci + 1].start if ci + 1 < len(seg.chunks) else seg.end
        end = seg.end
        for chunk in seg.chunks[ci + 1 :]:
            if chunk.after == ":" and any(q.open > chunk.end for q in seg.long_quotes()):
                end = chunk.end
                break
        span = _trim(self.text, start, end)
        if span is None:
            return None
        q = [q for q in seg.long_quotes() if q.open >= span[0] - 1]
        if (
            q
            and not self._has_words(seg, span[0], q[0].open)
            and not self._has_words(seg, q[-1].close, span[1])
        ):
            return None  # a direct quote, not reported speech
        return span

    def _about_span(self, seg: Segment, tok: Token) -> tuple[int, int] | None:
        """``sprach von X``: from ``von`` to the verb (when it comes last) or the end."""
        later = [t for t in seg.tokens if t.i > tok.i]
        earlier = [t for t in seg.tokens if t.i < tok.i]
        von = next((t for t in later if t.text.lower() in ("von", "vom")), None)
        if von is None:
            von = next((t for t in reversed(earlier) if t.text.lower() in ("von", "vom")), None)
        if von is None:
            return None
        end = seg.end
        verb = next((t for t in seg.tokens if t.i > von.i and t.text.lower() in SPEAK_FORMS), None)
        if verb is not None:
            end = verb.idx
        for chunk in seg.chunks:
            if von.idx < chunk.start < end and chunk.before == ",":
                head = chunk.tokens[0].text
                if head.islower() and head not in DETERMINERS | PREPOSITIONS | {"und", "sowie"}:
                    end = chunk.start
                    break
        return _trim(self.text, von.idx, end)

    def _has_words(self, seg: Segment, start: int, end: int) -> bool:
        return any(
            start <= t.idx < end and t.text[0].isalnum() and quote_at(seg.quotes, t.idx) is None
            for t in seg.tokens
        )

    # -- speakers ---------------------------------------------------------------------
    def _subject(self, seg: Segment, ci: int, k: int, anaphor: Anaphor) -> Speaker | None:
        toks = seg.chunks[ci].tokens
        after = toks[k + 1 :]
        if after and after[0].text.lower() in PRONOUNS:
            return self.finder.scan(after[:1], anaphor)
        head = toks[0].text.lower()
        if head == "wie":
            return self.finder.scan(toks[1:k], anaphor) or self.finder.scan(after, anaphor)
        if k > 0 and head not in AUXILIARIES:
            spk = self.finder.scan(toks[:k], anaphor)
            if spk is not None:
                return spk
        spk = self.finder.scan(toks[:k] + after if head in AUXILIARIES else after, anaphor)
        if spk is not None:
            return spk
        return self._apposition(seg, ci, anaphor) if k == 0 or head in AUXILIARIES else None

    def _source_of(self, kind: str, after: list[Token]) -> Speaker | None:
        """The real speaker of ``zitierte AFP den Präsidenten X`` (the object) or of
        ``erfuhr die dpa aus Regierungskreisen`` (the source after ``aus``/``von``)."""
        covered = self.finder.mentions.covered
        if kind == "cite":
            named = [covered[t.i] for t in after if t.i in covered]
            named = [m for m in named if m.label == "PER"] or named
            return Speaker(named[-1].actor_key, named[-1].text, named[-1].label) if named else None
        src = next(
            (j for j, t in enumerate(after) if t.text.lower() in ("aus", "von", "vom")), None
        )
        if src is None:
            return Speaker(None, None)
        rest = after[src + 1 :]
        named = next((covered[t.i] for t in rest if t.i in covered), None)
        if named is not None:
            return Speaker(named.actor_key, named.text, named.label)
        words = self.text[rest[0].idx : rest[-1].idx + len(rest[-1].text)] if rest else None
        return Speaker(None, words)

    def _apposition(self, seg: Segment, ci: int, anaphor: Anaphor) -> Speaker | None:
        """``Matthew Whitaker, der ständige Vertreter ..., hat erklärt``."""
        j = ci - 1
        while j >= 0 and seg.chunks[j + 1].before == ",":
            chunk = seg.chunks[j]
            if j == 0 or all(t.i in self.finder.mentions.covered for t in chunk.tokens):
                return self.finder.scan(chunk.tokens, anaphor)
            if chunk.tokens[0].text.lower() not in DETERMINERS:
                return None
            j -= 1
        return None

    # -- source phrases ---------------------------------------------------------------
    def _phrases(self, seg: Segment, anaphor: Anaphor) -> list[Frame]:
        out = []
        toks = seg.tokens
        for k, tok in enumerate(toks):
            if quote_at(seg.quotes, tok.idx) is not None:
                continue
            low = tok.text.lower()
            frame = None
            if low == "laut" and k + 1 < len(toks):
                frame = self._according(seg, k, "laut", anaphor)
            elif low == "nach" and k + 1 < len(toks):
                frame = self._according(seg, k, "nach", anaphor)
            elif low == "aus" and "Sicht" in (t.text for t in toks[k + 1 : k + 3]):
                frame = self._according(seg, k, "aus", anaphor)  # "aus Sicht der Regierung"
            elif low == "wonach" and k > 0:
                frame = self._wonach(seg, k, anaphor)
            elif low == "zufolge" and k > 0:
                start = k - 1
                while (
                    start > 0
                    and toks[start - 1].text not in ",;:"
                    and (
                        toks[start - 1].text[:1].isupper()
                        or toks[start - 1].text.lower() in DETERMINERS
                        or adjective(toks[start - 1])
                    )
                ):
                    start -= 1
                spk = self._named(toks[start:k], anaphor)
                frame = self._phrase_frame(seg, "zufolge", tok, spk, toks[start : k + 1])
            if frame is not None:
                out.append(frame)
        return out

    def _report_noun(self, word: str) -> bool:
        """``Angaben``, ``Worten``, also compounds: ``US-Angaben``, ``Medienberichten``."""
        if not word[:1].isupper():
            return False
        low = word.lower()
        return any(low.endswith(n.lower()) for n in self.reports)

    def _according(self, seg: Segment, k: int, cue: str, anaphor: Anaphor) -> Frame | None:
        """``laut X``, ``nach Angaben von X``, ``nach seinen Worten``, ``laut eigenen Angaben``."""
        toks = seg.tokens
        j = k + 1
        first = toks[j].text.lower()
        if first in DETERMINERS or first in ("eigenen", "offiziellen"):
            j += 1
        while j < len(toks) and (
            adjective(toks[j])
            or toks[j].text.endswith("er")
            and toks[j].text[:1].isupper()
            and toks[j].i not in self.finder.mentions.covered
            and j + 1 < len(toks)
            and self._report_noun(toks[j + 1].text)
        ):
            j += 1  # "nach Moskauer Angaben"
        noun = toks[j] if j < len(toks) and self._report_noun(toks[j].text) else None
        if noun is None and cue != "laut":
            return None
        if noun is not None:
            label = f"{cue} {noun.text.rsplit('-', 1)[-1]}"
            if first == "eigenen":
                chunk = next(c for c in seg.chunks if c.start <= toks[k].idx < c.end + 1)
                before = [t for t in chunk.tokens if t.i < toks[k].i]
                spk = self.finder.scan(before, anaphor)
                return self._phrase_frame(seg, label, toks[k], spk, toks[k : j + 1])
            if first in POSSESSIVE_SOURCES:
                spk = anaphor(toks[k + 1].idx, toks[k + 1].text)
                return self._phrase_frame(seg, label, toks[k], spk, toks[k : j + 1])
            end = j + 1
            if end < len(toks) and toks[end].text.lower() in ("von", "vom", "der", "des", "aus"):
                end = self.finder.skip_phrase(toks, end)
            elif end < len(toks) and toks[end].i in self.finder.mentions.covered:
                end = self.finder.skip_phrase(toks, j)  # "nach Aussagen Gordons"
            spk = self._named(toks[j + 1 : end] or toks[k + 1 : end], anaphor)
            return self._phrase_frame(seg, label, toks[k], spk, toks[k:end])
        end = self.finder.skip_phrase(toks, k)
        return self._phrase_frame(
            seg, cue, toks[k], self._named(toks[k + 1 : end], anaphor), toks[k:end]
        )

    def _wonach(self, seg: Segment, k: int, anaphor: Anaphor) -> Frame | None:
        """``ein Bericht der Agentur X, wonach ...``: the clause after ``wonach``, told by
        the noun phrase before it."""
        toks = seg.tokens
        chunk = next(c for c in seg.chunks if c.start <= toks[k].idx <= c.end)
        before = [c for c in seg.chunks if c.end <= toks[k].idx]
        if not before:
            return None
        spk = self._named(before[-1].tokens, anaphor)
        span = _trim(self.text, toks[k].idx + len(toks[k].text), seg.end)
        return Frame("wonach", toks[k], "phrase", spk, span, chunk.tokens)

    def _named(self, np: list[Token], anaphor: Anaphor) -> Speaker:
        """The source a phrase names: its first named mention, else the words (unnamed)."""
        covered = self.finder.mentions.covered
        m = next((covered[t.i] for t in np if t.i in covered), None)
        if m is not None:
            return Speaker(m.actor_key, m.text, m.label)
        pron = next((t for t in np if t.text.lower() in PRONOUNS), None)
        if pron is not None:
            return anaphor(pron.idx, pron.text) or Speaker(None, pron.text)
        words = self.text[np[0].idx : np[-1].idx + len(np[-1].text)] if np else None
        return Speaker(None, words)

    def _phrase_frame(
        self, seg: Segment, cue: str, tok: Token, spk: Speaker | None, phrase: list[Token]
    ) -> Frame:
        """The reported words: the clause holding the phrase, without the phrase if it leads."""
        first, last = phrase[0], phrase[-1]
        chunk = next((c for c in seg.chunks if c.start <= first.idx < c.end), seg.chunks[0])
        if first.idx == chunk.start:
            span = _trim(self.text, last.idx + len(last.text), seg.end)
        else:
            span = _trim(self.text, chunk.start, seg.end)
        return Frame(cue, tok, "phrase", spk, span, phrase)

    # -- mood -------------------------------------------------------------------------
    def mood_of(self, tok: Token, context: list[Token]) -> str | None:
        """``ki`` for a Konjunktiv I form, ``kii`` for a Konjunktiv II form, else None.

        Listed forms count as they are; other words count as Konjunktiv I by their shape: a
        lowercase word in ``-e`` (not the ``-te`` of the past tense) that no article,
        preposition or degree word precedes and no noun or adjective follows."""
        word = tok.text
        low = word.lower()
        kind = self.lex.moods.get(low)
        mentions = self.finder.mentions.covered
        i = next((n for n, t in enumerate(context) if t.i == tok.i), None)
        if i is None or tok.i in mentions or kind in ("not", "continues"):
            return None
        if not word.islower() and i > 0:
            return None
        prev = context[i - 1].text.lower() if i > 0 else ""
        nxt = context[i + 1] if i + 1 < len(context) else None
        if prev == "als":
            return None  # "als sei ...": as if, not reported
        if kind in ("ki", "ki_te"):
            return "ki"
        if kind == "kii":
            return "kii"
        if not word.islower() or len(low) < 4 or not low.isalpha() or not low.endswith("e"):
            return None
        if low.endswith("te") or low in self.lex.split or low in self.lex.whole:
            return None
        if low.endswith("weise") or (low.endswith("ene") and "ge" in low[:-3]):
            return None  # adverbs (teilweise) and participles (angegriffene)
        if prev in DETERMINERS or prev in PREPOSITIONS or prev in DEGREE_WORDS:
            return None
        if nxt is None:
            return "ki"
        if nxt.text in "/)" or nxt.text in ("und", "oder", "sowie"):
            return None  # "russische und ukrainische Unterhändler"
        if (nxt.text[:1].isupper() or adjective(nxt)) and nxt.i not in mentions:
            return None  # an attributive adjective before its noun
        return "ki"

    def mood(self, seg: Segment, span: tuple[int, int] | None = None) -> str | None:
        """The strongest subjunctive in the segment (or in ``span``) outside quotations."""
        start, end = span or (seg.start, seg.end)
        toks = [t for t in seg.tokens if start <= t.idx < end]
        outside = [t for t in toks if quote_at(seg.quotes, t.idx) is None]
        if any(t.text.lower() in ("ich", "wir") for t in outside):
            return None
        subordinate = {
            t.i for c in seg.chunks if c.tokens[0].text.lower() in SUBORDINATE for t in c.tokens
        }
        best = None
        for t in outside:
            m = self.mood_of(t, outside)
            if m == "ki":
                return "ki"
            if m == "kii" and t.i not in subordinate:
                best = m  # Konjunktiv II in a dependent clause is no sign of reported speech
        return best
