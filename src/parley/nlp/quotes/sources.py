"""Source phrases: ``laut X``, ``nach Angaben von X``, ``nach seinen Worten``,
``aus Sicht der X``, ``X zufolge``, ``ein Bericht ..., wonach ...``."""

from __future__ import annotations

from spacy.tokens import Token

from parley.nlp.quotes.frame import Anaphor, Frame, trim
from parley.nlp.quotes.lexicon import (
    DETERMINERS,
    OBJECT_PRONOUNS,
    POSSESSIVE_SOURCES,
    PRONOUNS,
    RELATIVES,
    Lexicon,
)
from parley.nlp.quotes.segments import Chunk, Segment, quote_at
from parley.nlp.quotes.speakers import Speaker, SubjectFinder, adjective


class SourceFinder:
    """Finds source phrases and the source each names."""

    def __init__(self, text: str, lex: Lexicon, finder: SubjectFinder) -> None:
        self.text = text
        self.lex = lex
        self.finder = finder
        self.reports = [w for w, kind in lex.sources.items() if kind == "report"]

    def phrases(self, seg: Segment, anaphor: Anaphor) -> list[Frame]:
        """The source phrases of a segment, each a frame with its reported words."""
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
        if first in DETERMINERS or first in ("eigenen", "offiziellen", "deren", "dessen"):
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
        span = trim(self.text, toks[k].idx + len(toks[k].text), seg.end)
        return Frame("wonach", toks[k], "phrase", spk, span, chunk.tokens)

    @staticmethod
    def _relative(chunk: Chunk) -> bool:
        return chunk.before == "," and chunk.tokens[0].text in RELATIVES

    def _named(self, np: list[Token], anaphor: Anaphor) -> Speaker:
        """The source a phrase names: its first named mention, else the words (unnamed)."""
        covered = self.finder.mentions.covered
        m = next((covered[t.i] for t in np if t.i in covered), None)
        if m is not None:
            return Speaker(m.actor_key, m.text, m.label)
        for k in range(len(np)):
            state = self.finder.institution(np, k)
            if state is not None:
                return state
        pron = next((t for t in np if t.text.lower() in PRONOUNS | OBJECT_PRONOUNS), None)
        if pron is not None:
            return anaphor(pron.idx, pron.text) or Speaker(None, pron.text)
        words = self.text[np[0].idx : np[-1].idx + len(np[-1].text)] if np else None
        return Speaker(None, words)

    def _phrase_frame(
        self, seg: Segment, cue: str, tok: Token, spk: Speaker | None, phrase: list[Token]
    ) -> Frame:
        """The reported words: the clause holding the phrase, without the phrase if it leads."""
        first, last = phrase[0], phrase[-1]
        ci = next((i for i, c in enumerate(seg.chunks) if c.start <= first.idx < c.end), 0)
        chunk = seg.chunks[ci]
        if first.idx == chunk.start:
            span = trim(self.text, last.idx + len(last.text), seg.end)
        else:
            # "Ein Treffen, das ... angesetzt war, wurde nach Angaben X abgesagt": the main
            # clause began before the relative clause
            while ci >= 2 and self._relative(seg.chunks[ci - 1]) and chunk.tokens[0].is_lower:
                ci -= 2
            span = trim(self.text, seg.chunks[ci].start, seg.end)
        return Frame(cue, tok, "phrase", spk, span, phrase)
