"""Speech frames in one segment: a verb of saying (``sagte Trump``, ``teilte ... mit``),
``so X``, ``hieß es``, and the source phrases of :mod:`parley.nlp.quotes.sources`; each with
its speaker, where it stands (before or after the reported words) and the reported words."""

from __future__ import annotations

from spacy.tokens import Token

from parley.nlp.quotes.frame import Anaphor, Frame, trim
from parley.nlp.quotes.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    NEGATIONS,
    NOT_REFLEXIVE,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    SPEAK_FORMS,
    W_WORDS,
    Lexicon,
    Verb,
)
from parley.nlp.quotes.marks import Marked
from parley.nlp.quotes.mood import Mood
from parley.nlp.quotes.segments import Chunk, Segment, quote_at
from parley.nlp.quotes.sources import SourceFinder
from parley.nlp.quotes.speakers import Speaker, SubjectFinder, adjective

FRAME_WORDS = frozenset({"hieß", "heißt", "geheißen", "so"})


def _plural(cue: Token, chunk: list[Token]) -> bool:
    """Whether the finite verb of the cue's clause is plural (``sagten``, ``haben ... gesagt``)."""
    finite = [cue] + [t for t in chunk if t.text.lower() in AUXILIARIES]
    return any(t.text.lower().endswith("en") and not t.text.startswith("ge") for t in finite)


class FrameFinder:
    """Finds the frames of a segment: verbs of saying, ``so X``, ``hieß es``, source phrases."""

    def __init__(self, text: str, lex: Lexicon, finder: SubjectFinder) -> None:
        self.text = text
        self.lex = lex
        self.finder = finder
        self.mood = Mood(lex, finder.mentions)
        self.sources = SourceFinder(text, lex, finder)

    # -- cues -------------------------------------------------------------------------
    def verb(self, tok: Token, chunk: Chunk, seg: Segment, first: bool) -> Verb | None:
        """The verb of saying ``tok`` is a form of, with its separable particle, if any."""
        word = tok.text.split("./")[0]  # "sagte./dpa": a credit glued to the verb
        if not word.islower() and not first:
            return None
        low = word.lower()
        if quote_at(seg.quotes, tok.idx) is not None:
            return None
        verb = None
        if low in self.lex.split:
            # a particle closing the clause makes another verb, also where the bare form
            # doubles as a participle ("verlangt ... ab" is abverlangen, not verlangen)
            cands = self.lex.split[low]
            ends = self._clause_ends(seg, chunk, tok)
            verb = next((v for v in cands if v.particle and v.particle in ends), None)
        verb = verb or self.lex.whole.get(low)
        if verb is None and low in self.lex.split:
            verb = next((v for v in self.lex.split[low] if not v.particle), None)
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
        if verb.kind == "name" and "als" not in rest and not self._quoted_after(seg, tok):
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
            found += self.sources.phrases(seg, anaphor)
        if not found:
            found += self._headline(seg)
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
        text = tok.text
        low = text.lower().replace("ss", "ß")  # Swiss "hiess"
        form = text.split("./")[0].lower()  # as :meth:`verb` reads it
        if low not in FRAME_WORDS and form not in self.lex.whole and form not in self.lex.split:
            return None  # neither a verb of saying nor "so", "hieß es"
        chunk = seg.chunks[ci]
        first_in_seg = tok.i == seg.tokens[0].i
        toks = chunk.tokens
        if low in ("hieß", "heißt") and k + 1 < len(toks) and toks[k + 1].text == "es":
            return self._impersonal(seg, ci, tok, toks[k + 2 :] + toks[:k])  # "Aus X hieß es"
        if low in ("geheißen", "hieß", "heißt") and "es" in (t.text for t in toks[:k]):
            return self._impersonal(seg, ci, tok, toks[:k])  # "wie es in Kiew hieß"
        if low == "so" and k == 0 and chunk.before in (",", "quote") and len(toks) <= 8:
            last = ci == len(seg.chunks) - 1
            inserted = chunk.before == "," and chunk.after == ","  # "Die Lage, so X, sei ernst"
            spk = self.finder.scan(toks[1:], anaphor) if last or inserted else None
            if spk is None:
                return None
            span = self._before_span(seg, ci) if last else trim(self.text, seg.start, seg.end)
            return Frame("so", tok, "after", spk, span, toks)
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
            # "nannte den Entwurf „nicht akzeptabel“": the object and what it was called
            start = seg.start if "als" in (t.text for t in toks) else tok.idx + len(tok.text)
            return Frame(cue, tok, "name", speaker, trim(self.text, start, seg.end), toks)
        head = toks[0].text.lower()
        verb_last = k >= len(toks) - 2
        if head == "wie" and verb_last:
            span = self._after_span(seg, ci) if ci == 0 else self._before_span(seg, ci)
            return Frame(cue, tok, "before" if ci == 0 else "after", speaker, span, toks)
        if head in ("was", "wer", "wen", "wem") and verb_last:
            return Frame(cue, tok, "none", speaker, None, toks)  # "Was X sagte, klang ..."
        # a particle beyond this chunk: the verb's clause goes on past the comma
        split = verb.particle and tok.text.lower() in self.lex.split
        continued = split and toks[-1].text.lower() != verb.particle
        if chunk.after in (",", ":") and ci + 1 < len(seg.chunks) and not continued:
            nxt = seg.chunks[ci + 1]
            negated = any(t.text.lower() in NEGATIONS for t in toks[k + 1 :])
            if nxt.before in (",", ":") and not negated and not self._dependent(nxt):
                span = self._after_span(seg, ci)
                bare = self._bare(toks, k, speaker)
                if span and (chunk.after == ":" or bare or self._clause(seg, nxt, span)):
                    return Frame(cue, tok, "before", speaker, span, toks)
        initial = k == 0 or (k <= 3 and head in AUXILIARIES)
        prev = seg.chunks[ci - 1] if ci > 0 else None
        apposition = prev is not None and all(
            t.i in self.finder.mentions.covered for t in prev.tokens
        )
        silent = any(t.text.lower() in NEGATIONS for t in toks[k + 1 :])  # "äußerte sich nicht"
        if initial and chunk.before in (",", "quote") and not apposition and not silent:
            return Frame(cue, tok, "after", speaker, self._before_span(seg, ci), toks)
        if ci == len(seg.chunks) - 1 and self.text[seg.end - 1] == ":":
            return Frame(cue, tok, "colon", speaker, None, toks)
        if chunk.after == ":" or chunk.after == "quote":
            return Frame(cue, tok, "colon", speaker, None, toks)
        demand = self._quoted_infinitive(seg, chunk)
        if demand is not None:
            return Frame(cue, tok, "before", speaker, demand, toks)
        return Frame(cue, tok, "none", speaker, self._unmarked(seg, toks, k), toks)

    def _headline(self, seg: Segment) -> list[Frame]:
        """``Kreml: Keine Gespräche geplant``: a name (with its title) and a colon lead what
        that person or organisation says."""
        chunks = seg.chunks
        if len(chunks) < 2 or chunks[0].after != ":" or chunks[1].before != ":":
            return []
        covered = self.finder.mentions.covered
        named = [covered[t.i] for t in chunks[0].tokens if t.i in covered]
        rest = [t for t in chunks[0].tokens if t.i not in covered]
        if not named or named[-1].label not in ("PER", "ORG") or len(rest) > 1:
            return []
        if rest and not (rest[0].text[:1].isupper() and self.lex.role_noun(rest[0].text)):
            return []
        span = trim(self.text, chunks[1].start, seg.end)
        if span is None or any(q.open <= span[0] < q.close for q in seg.long):
            return []
        m = named[-1]
        speaker = Speaker(m.actor_key, m.text, m.label)
        return [Frame("", chunks[0].tokens[0], "before", speaker, span, chunks[0].tokens)]

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
            if subject and self.mood.of(toks[j + 1], toks) == "ki":
                return trim(self.text, toks[j].idx, seg.end)
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

    def _quoted_after(self, seg: Segment, tok: Token) -> bool:
        """``nannte den Entwurf „nicht akzeptabel“``: the finite verb, its object, and a
        quotation that closes the clause (not ``genannt «X»``, a nickname, nor ``nicht näher
        bezeichnete „Probleme“``, an attribute)."""
        if tok.text.lower() not in self.lex.split:
            return False
        after = [t for t in seg.tokens if t.i > tok.i]
        for q in seg.quotes:
            between = [t for t in after if t.idx < q.open and t.text[0].isalnum()]
            rest = [t for t in after if t.idx >= q.close and t.text not in '„“”»«"‚‘']
            closes = not rest or rest[0].text in (".", ",", ";", "und")
            words = self.text[q.start : q.end].split()
            term = all(w[:1].isupper() for w in words)  # „Touareg“, „Aktiensplit“: a name
            if q.open > tok.idx and between and closes and not term:
                return True
        return False

    def _dependent(self, chunk: Chunk) -> bool:
        """A clause after the comma that cannot be what was said: a relative clause
        (``sagte Anwar, der derzeit den Vorsitz innehat``) or a conditional with its verb
        first (``gedroht, sollten die Kämpfe weitergehen``)."""
        toks = chunk.tokens
        if len(toks) < 2:
            return False
        head, second = toks[0], toks[1]
        if head.text in RELATIVES and second.text.islower() and not adjective(second):
            # "das sei ...", "die noch zu schaffende Verfassung werde ...": a main clause
            return not any(self.mood.of(t, toks) == "ki" for t in toks)
        return head.text.islower() and self.mood.of(head, toks) is not None

    def _clause(self, seg: Segment, nxt: Chunk, span: tuple[int, int]) -> bool:
        """Does the text after a verb of saying read as a reported clause?"""
        if nxt.tokens[0].text.lower() in W_WORDS or self.mood.of_segment(seg, span):
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
            if c.after == ":" and c is not prev or c.after == ";":
                start = c.end + 1  # "...; ein Besuch sei nicht geplant, hieß es": the last clause
        q = [q for q in seg.quotes if q.close <= end]
        if (
            q
            and not self._has_words(seg, start, q[-1].open)
            and not self._has_words(seg, q[-1].close, end)
        ):
            return None  # the words before the frame are a quotation alone
        return trim(self.text, start, end)

    def _after_span(self, seg: Segment, ci: int) -> tuple[int, int] | None:
        start = seg.chunks[ci + 1].start if ci + 1 < len(seg.chunks) else seg.end
        end = seg.end
        for chunk in seg.chunks[ci + 1 :]:
            if chunk.after == ":" and any(q.open > chunk.end for q in seg.long):
                end = chunk.end
                break
        span = trim(self.text, start, end)
        if span is None:
            return None
        q = [q for q in seg.long if q.open >= span[0] - 1]
        if (
            q
            and not self._has_words(seg, span[0], q[0].open)
            and not self._has_words(seg, q[-1].close, span[1])
            and not self._infinitive(q[-1])
        ):
            return None  # a direct quote, not reported speech
        return span

    def _quoted_infinitive(self, seg: Segment, chunk: Chunk) -> tuple[int, int] | None:
        """The quoted zu-infinitive right after the verb's clause, with its marks."""
        nxt = [q for q in seg.long if q.open >= chunk.end]
        if not nxt or self._has_words(seg, chunk.end, nxt[0].open) or not self._infinitive(nxt[0]):
            return None
        return trim(self.text, nxt[0].open, nxt[0].close + 1)

    def _infinitive(self, q: Marked) -> bool:
        """``rief die Staaten auf, „die Blockaden zu beenden“``: a quoted zu-infinitive is the
        verb's object, reported speech as well as a quotation."""
        words = self.text[q.start : q.end].rstrip(" .!").split()
        return len(words) >= 2 and (
            words[-2] == "zu" or words[-1].islower() and "zu" in words[-1][2:-3]
        )

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
        for t in later:
            nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            second = t.text == "und" and nxt is not None and self._verb_like(nxt)
            if von.idx < t.idx < end and second:
                end = t.idx  # "sprach von einem Erfolg und dankte ...": a second verb
                break
        for chunk in seg.chunks:
            if von.idx < chunk.start < end and chunk.before == ",":
                head = chunk.tokens[0].text
                if head.islower() and head not in DETERMINERS | PREPOSITIONS | {"und", "sowie"}:
                    end = chunk.start
                    break
        return trim(self.text, von.idx, end)

    @staticmethod
    def _verb_like(tok: Token) -> bool:
        """After ``von`` (dative) an adjective never ends in ``-te``: ``und dankte`` is a new
        verb; ``-ten``/``-t`` only when no noun follows (``dankten den``, not ``ersten
        Ergebnissen``)."""
        low = tok.text
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if not low.isalpha() or not low.islower() or low in DETERMINERS | PREPOSITIONS:
            return False
        if low.endswith("te"):
            return True
        return low.endswith(("ten", "t")) and (nxt is None or not nxt.text[:1].isupper())

    def _has_words(self, seg: Segment, start: int, end: int) -> bool:
        return any(
            start <= t.idx < end and t.text[0].isalnum() and quote_at(seg.quotes, t.idx) is None
            for t in seg.tokens
        )

    # -- speakers ---------------------------------------------------------------------
    def _subject(self, seg: Segment, ci: int, k: int, anaphor: Anaphor) -> Speaker | None:
        """The subject of the verb at ``k`` in chunk ``ci``: a pronoun right after it, a name
        before it (V2) or after it (inverted), an apposition before its chunk; last, an
        unnamed noun phrase (``der Student``)."""
        toks = seg.chunks[ci].tokens
        after = toks[k + 1 :]
        if after and after[0].text.lower() in PRONOUNS:
            return self.finder.scan(after[:1], anaphor)
        head = toks[0].text.lower()
        if head == "wie":
            regions = [toks[1:k], after]
        elif head in AUXILIARIES:
            regions = [toks[:k] + after]
        else:
            regions = [toks[:k], after] if k > 0 else [after]
        for region in regions:
            spk = self.finder.scan(region, anaphor, loose=False)
            if spk is not None:
                return spk
        if head != "wie" and (k == 0 or head in AUXILIARIES):
            spk = self._apposition(seg, ci, anaphor)
            if spk is not None:
                return spk
        return next((s for r in regions if (s := self.finder.scan(r, anaphor)) is not None), None)

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
            # "hieß es in einer Mitteilung des Ministeriums"
            bodies = (self.finder.institution(after, j) for j in range(len(after)))
            return next((b for b in bodies if b is not None), Speaker(None, None))
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
            head = chunk.tokens[0]
            title = head.text[:1].isupper() and self.lex.role_noun(head.text)
            if head.text.lower() not in DETERMINERS and not title:
                return None  # "X, der Sprecher der Y, sagte" or "X, Sprecher der Y, sagte"
            j -= 1
        return None
