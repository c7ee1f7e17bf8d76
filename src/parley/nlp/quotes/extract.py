"""One article's quotations: direct quotes, fragments and reported speech, with speakers."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from parley.facts import Mention, Quote
from parley.nlp.quotes.channels import channel_of
from parley.nlp.quotes.frame import Frame, trim
from parley.nlp.quotes.frames import FrameFinder
from parley.nlp.quotes.lexicon import lexicon
from parley.nlp.quotes.marks import Marked, find_quotes
from parley.nlp.quotes.segments import Chunk, Segment, quote_at, segments
from parley.nlp.quotes.speakers import Anaphor, Mentions, Speaker, SubjectFinder, governed
from parley.nlp.words import doc_text

BACK_REFERENCES = frozenset({"dies", "das"})
CONNECTORS = frozenset(["und", "aber", "doch", "sowie", "zudem", "außerdem", "weiter", "ferner"])


@dataclass(slots=True)
class Event:
    """The last speech event seen: who spoke, how, where."""

    seg: int
    para: int
    pos: int  # character where it was told
    speaker: Speaker
    cue: str | None
    channel: str | None


class Extractor:
    """Walks an article's segments in order, keeping the last speaker for what follows."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = lexicon()
        self.marks = find_quotes(self.text)
        self.segs = segments(doc, self.marks)
        self.mentions = Mentions(doc, list(doc._.mentions or []))
        self.finder = SubjectFinder(doc, self.mentions, self.lex)
        self.frames = FrameFinder(self.text, self.lex, self.finder)
        self.last: Event | None = None
        self.last_person: str | None = None  # actor key of the last person who spoke
        self.quotes: list[Quote] = []
        self.by_seg: dict[int, list[Quote]] = {}

    # -- context ----------------------------------------------------------------------
    def _previous(self, seg: Segment) -> Segment | None:
        """The segment before ``seg``, skipping headings."""
        for prev in reversed(self.segs[: seg.index]):
            if not prev.heading:
                return prev
        return None

    def _recent(self, seg: Segment, paragraph: bool = False) -> Event | None:
        """The last event if it happened in this segment or the one before it (or, with
        ``paragraph``, anywhere in this paragraph or the previous one)."""
        ev = self.last
        if ev is None:
            return None
        prev = self._previous(seg)
        if ev.seg == seg.index or (prev is not None and ev.seg == prev.index):
            return ev
        if paragraph and (ev.para == seg.para or (prev is not None and ev.para == prev.para)):
            return ev
        return None

    def anaphor(self, seg: Segment, char: int, words: str) -> Speaker:
        """A pronoun or description: the person who just spoke, unless another person was
        named since; else the last person named nearby, the last person who spoke, the last
        person named at all, or (in a lead) the first person named after it."""
        free = (
            m
            for i, m in reversed(self.mentions.before(char, "PER"))
            if not self._said(m.start) and not governed(self.doc, i, m, self.mentions)
        )
        last_named = next(free, None)
        floor = self.segs[max(0, seg.index - 4)].start
        latest = last_named if last_named is not None and last_named.start >= floor else None
        ev = self._recent(seg)
        spoke = ev is not None and ev.speaker.key and ev.speaker.label == "PER"
        if spoke and (
            latest is None or latest.start < ev.pos or latest.actor_key == ev.speaker.key
        ):
            return Speaker(ev.speaker.key, words, "PER")
        if latest is not None:
            return Speaker(latest.actor_key, words, "PER")
        if self.last_person is not None:
            return Speaker(self.last_person, words, "PER")
        if last_named is not None:
            return Speaker(last_named.actor_key, words, "PER")
        ahead = self.segs[min(len(self.segs) - 1, seg.index + 3)].end
        after = (m for _, m in self.mentions.ordered if char < m.start < ahead and m.label == "PER")
        first = next(after, None)
        return Speaker(first.actor_key if first else None, words, "PER" if first else None)

    def _channel(self, f: Frame) -> str | None:
        """Where the frame's words were said; ``laut X`` phrases name a source, no channel."""
        if f.position == "phrase":
            return None
        return channel_of(f.frame_tokens, self.mentions, self.lex)

    def _said(self, char: int) -> bool:
        """Whether ``char`` lies in a quotation or in reported words found so far."""
        return quote_at(self.marks, char) is not None or any(
            q.start <= char < q.end for q in self.quotes
        )

    # -- output -----------------------------------------------------------------------
    def _add(
        self,
        seg: Segment,
        span: tuple[int, int],
        kind: str,
        speaker: Speaker | None,
        cue: str | None,
        channel: str | None,
    ) -> Quote | None:
        start, end = span
        for q in self.quotes:
            if q.kind == kind and min(q.end, end) - max(q.start, start) > 0:
                return None
            if q.kind == kind and q.text == self.text[start:end]:
                return None  # the same words printed twice
        spk = speaker or Speaker(None, None)
        quote = Quote(
            start=start,
            end=end,
            text=self.text[start:end],
            kind=kind,
            speaker=spk.key,
            speaker_text=spk.text,
            cue=cue,
            channel=channel,
            sent_start=seg.start,
            sent_end=seg.end,
        )
        self.quotes.append(quote)
        self.by_seg.setdefault(seg.index, []).append(quote)
        return quote

    def _event(
        self, seg: Segment, pos: int, speaker: Speaker | None, cue: str | None, ch: str | None
    ) -> None:
        if speaker is not None:
            self.last = Event(seg.index, seg.para, pos, speaker, cue, ch)
            if speaker.key and speaker.label == "PER":
                self.last_person = speaker.key

    # -- the walk ---------------------------------------------------------------------
    def run(self) -> list[Quote]:
        pending: Frame | None = None  # a colon line waiting for its quotation
        for seg in self.segs:
            frames = self.frames.frames(seg, self._anaphor_for(seg))
            pending = self._segment(seg, frames, pending)
        self.quotes.sort(key=lambda q: (q.start, q.kind))
        return self.quotes

    def _segment(self, seg: Segment, frames: list[Frame], pending: Frame | None) -> Frame | None:
        """All quotes of one segment; returns the colon line that waits for the next one."""
        reported: list[tuple[Frame, Quote]] = []
        for f in frames:
            ch = self._channel(f)
            if f.reported is not None:
                q = self._add(seg, f.reported, "indirect", f.speaker, f.cue, ch)
                if q is not None:
                    reported.append((f, q))
            self._back_reference(seg, f, ch)
        if not reported:
            reported += self._chain(seg, pending)
        for q in seg.long:
            self._direct(seg, q, frames, reported, pending)
        for q in seg.quotes:
            if q not in seg.long:
                self._fragment(seg, q, frames, reported)
        told = [(g, r.start, r.end) for g, r in reported]
        for f in frames:
            inside = any(g is not f and a <= f.cue_token.idx < b for g, a, b in told)
            if f.speaker is not None and not inside:
                ch = self._channel(f)
                self._event(seg, f.cue_token.idx, f.speaker, f.cue, ch)
        for f, q in reported:
            if f.position == "chain":
                self._event(seg, q.start, f.speaker, q.cue, q.channel)
        colon = [f for f in frames if f.position == "colon" and f.reported is None]
        return colon[-1] if colon and self.text[seg.end - 1] == ":" else None

    def _chain(self, seg: Segment, pending: Frame | None) -> list[tuple[Frame, Quote]]:
        """Reported speech without its own verb: Konjunktiv I, or the line after a colon."""
        if seg.heading or self._only_quotes(seg):
            return []
        mood = self.frames.mood.of_segment(seg)
        if mood == "kii" and self._named_subject(seg):
            mood = None  # "Anschließend wollte X ... sprechen": a past tense about X
        ev = self._recent(seg)
        lead = seg.tokens[0].text.lower()
        if pending is not None:
            speaker, cue, ch = pending.speaker, pending.cue, None
        elif mood == "ki" or (ev is not None and (mood or self.lex.moods.get(lead) == "continues")):
            speaker = ev.speaker if ev else Speaker(None, None)
            cue, ch = (ev.cue, ev.channel) if ev else (None, None)
        else:
            return []
        start = seg.start
        dashed = self._after_dash(seg)
        if pending is None and dashed is not None:
            # "X lehnten das Ultimatum ab – die Bedingungen kämen einer Kapitulation gleich"
            start = dashed.start
            lead_chunk = seg.chunks[0].tokens
            anaphor = self._anaphor_for(seg)
            speaker = self.finder.scan(lead_chunk, anaphor, loose=False) or speaker
        span = trim(self.text, start, seg.end)
        q = self._add(seg, span, "indirect", speaker, cue, ch) if span else None
        if q is None:
            return []
        frame = Frame(cue or "", seg.tokens[0], "chain", speaker, span, [])
        return [(frame, q)]

    def _named_subject(self, seg: Segment) -> bool:
        """A person named in the segment, not governed by a preposition or article."""
        return any(
            m.label == "PER" and not governed(self.doc, i, m, self.mentions)
            for i, m in self.mentions.ordered
            if seg.start <= m.start < seg.end and quote_at(self.marks, m.start) is None
        )

    def _after_dash(self, seg: Segment) -> Chunk | None:
        """The chunk after a dash or colon that holds the segment's Konjunktiv, when the words
        before it have none."""
        for c in seg.chunks[1:]:
            if c.before not in ("–", "—", "-", ":"):
                continue
            if self.frames.mood.of_segment(seg, (seg.start, c.start)):
                return None
            if self.frames.mood.of_segment(seg, (c.start, seg.end)) == "ki":
                return c
        return None

    def _anaphor_for(self, seg: Segment) -> Anaphor:
        return lambda c, w: self.anaphor(seg, c, w)

    def _only_quotes(self, seg: Segment) -> bool:
        return not any(
            t.text[0].isalnum() and not any(q.open <= t.idx < q.close for q in seg.quotes)
            for t in seg.tokens
        )

    def _direct(
        self,
        seg: Segment,
        q: Marked,
        frames: list[Frame],
        reported: list[tuple[Frame, Quote]],
        pending: Frame | None,
    ) -> None:
        """A direct quote, its speaker from the frame after it, the reported words around it,
        the frame before it, a colon line, or the paragraph before."""
        text = self.text
        speaker, cue, ch = None, None, None
        near = [f for f in frames if f.cue_token.idx >= q.close and self._gap(q.close, f)]
        inside = [f for f, r in reported if r.start <= q.open and q.close <= r.end + 1]
        before = [
            f
            for f in frames
            if f.cue_token.idx < q.open
            and f.speaker is not None
            and not any(f.cue_token.idx < o.open < q.open for o in seg.long)
        ]
        if near:
            f = near[0]
        elif inside:
            f = inside[0]
        elif before:
            f = before[-1]
        elif not self._words_before(seg, q) and pending is not None:
            f = pending
        else:
            f = self._colon_subject(seg, q)
        if f is not None:
            speaker, cue = f.speaker, f.cue
            ch = self._channel(f)
        elif self._only_quotes(seg) or self._connector_lead(seg, q):
            ev = self._recent(seg, paragraph=True)
            if ev is not None:
                speaker, cue, ch = ev.speaker, ev.cue, ev.channel
                self._event(seg, q.open, speaker, cue, ch)
        if speaker is None and self._title(seg, q):
            return
        start, end = q.start, q.end
        while end > start and text[end - 1].isspace():
            end -= 1
        self._add(seg, (start, end), "direct", speaker, cue, ch)
        if f is not None and f.speaker is not None:
            self._event(seg, q.open, f.speaker, cue, ch)

    def _connector_lead(self, seg: Segment, q: Marked) -> bool:
        """``Und: „…“``: only a conjunction or adverb leads the quotation."""
        lead = [t.text.lower() for t in seg.tokens if t.idx < q.open and t.text[0].isalnum()]
        return bool(lead) and all(w in CONNECTORS for w in lead)

    def _title(self, seg: Segment, q: Marked) -> bool:
        """``das Buch „Der lange Weg ...“``: a noun right before the marks names a title."""
        before = [t for t in seg.tokens if t.idx < q.open]
        if not before:
            return False
        prev = before[-1]
        return (
            prev.text[:1].isupper()
            and prev.text.isalpha()
            and prev.i not in self.mentions.covered
            and len(before) > 1
        )

    def _colon_subject(self, seg: Segment, q: Marked) -> Frame | None:
        """``Jermak zeigte sich optimistisch: „…“``: the person named before a colon speaks
        (the first one who is not the object of a preposition), else the subject there."""
        after = max((o.close for o in seg.long if o.close <= q.open), default=seg.start)
        chunks = [c for c in seg.chunks if after <= c.start and c.end < q.open]
        if not chunks or chunks[-1].after != ":":
            return None
        lead = [t for c in chunks for t in c.tokens]
        people = [
            m
            for t in lead
            if (m := self.mentions.first.get(t.i)) is not None
            and m.label == "PER"
            and not governed(self.doc, t.i, m, self.mentions)
        ]
        if people:
            speaker = Speaker(people[0].actor_key, people[0].text, "PER")
        else:
            speaker = self.finder.scan(chunks[-1].tokens, self._anaphor_for(seg))
        if speaker is None or not speaker.key:
            return None
        return Frame("", lead[0], "colon", speaker, None, chunks[-1].tokens)

    def _fragment(
        self, seg: Segment, q: Marked, frames: list[Frame], reported: list[tuple[Frame, Quote]]
    ) -> None:
        """A short quotation is a fragment when someone in its sentence speaks; else a scare
        quote, left out."""
        inner = self.text[q.start : q.end].strip()
        if not inner or any(m.start == q.start and m.end == q.end for m in self._mentions_in(q)):
            return
        owners = [f for f, r in reported if r.start <= q.open and q.close <= r.end + 1]
        owners += [f for f in frames if f.position in ("after", "before", "about", "name")]
        owners = [f for f in owners if f.speaker is not None and f.speaker.key]
        if owners:
            f = owners[0]
            ch = self._channel(f)
            self._add(seg, (q.start, q.end), "fragment", f.speaker, f.cue, ch)

    def _mentions_in(self, q: Marked) -> list[Mention]:
        return [m for m in (self.doc._.mentions or []) if q.start <= m.start < q.end]

    def _gap(self, close: int, f: Frame) -> bool:
        """Only punctuation between a quotation's end and the frame after it."""
        first = self._frame_start(f)
        return first >= close and not any(c.isalnum() for c in self.text[close:first])

    def _frame_start(self, f: Frame) -> int:
        return f.frame_tokens[0].idx if f.frame_tokens else f.cue_token.idx

    def _words_before(self, seg: Segment, q: Marked) -> bool:
        return any(t.text[0].isalnum() and t.idx < q.open for t in seg.tokens)

    def _back_reference(self, seg: Segment, f: Frame, ch: str | None) -> None:
        """``Dies sagte er in einem Interview``: the frame names the speaker of what preceded."""
        toks = seg.tokens
        if (
            f.reported is not None
            or f.speaker is None
            or len(toks) < 2
            or toks[0].text.lower() not in BACK_REFERENCES
            or toks[1].i != f.cue_token.i
        ):
            return
        prev = self._previous(seg)
        if prev is None:
            return
        if prev.index not in self.by_seg:
            if self._only_quotes(prev):
                return
            span = trim(self.text, prev.start, prev.end)
            if span:
                self._add(prev, span, "indirect", f.speaker, f.cue, ch)
            return
        i = prev.index
        while i in self.by_seg:
            changed = False
            for q in self.by_seg[i]:
                if q.speaker is None and f.speaker.key:
                    q.speaker, q.speaker_text = f.speaker.key, f.speaker.text
                    changed = True
                if q.channel is None and ch:
                    q.channel = ch
            if not changed:
                break
            i -= 1


def extract_quotes(doc: Doc) -> list[Quote]:
    """The quotations of a Doc whose ``doc._.mentions`` are set."""
    return Extractor(doc).run()
