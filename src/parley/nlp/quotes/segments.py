"""Sentences as the quote extractor sees them: never cut inside a quotation, never across
paragraphs, split into comma-bounded chunks."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from parley.nlp.quotes.marks import Marked
from parley.nlp.words import doc_text, texts

CHUNK_BREAKS = frozenset([",", ";", ":", "–", "—", "-", "(", ")"])
END_PUNCT = frozenset(".!?")
NEWLINE = re.compile("\n")
MIN_QUOTE_WORDS = 4  # a direct quote has four words or more (GOLD_FORMAT.md)


def word_count(text: str) -> int:
    return sum(any(c.isalnum() for c in w) for w in text.split())


@dataclass(slots=True)
class Chunk:
    """Tokens between two breaks (comma, colon, dash, bracket, or a long quotation)."""

    tokens: list[Token]
    before: str  # the break before: a punctuation mark, "quote", or "" at the segment start
    after: str  # the break after

    @property
    def start(self) -> int:
        return self.tokens[0].idx

    @property
    def end(self) -> int:
        last = self.tokens[-1]
        return last.idx + len(last.text)


@dataclass(slots=True)
class Segment:
    """A sentence, or a run of sentences held together by a quotation."""

    index: int
    para: int
    tokens: list[Token]
    quotes: list[Marked]  # quotations (all lengths) that start in this segment
    long: list[Marked] = field(default_factory=list)  # those of four words or more
    chunks: list[Chunk] = field(default_factory=list)
    heading: bool = False

    @property
    def start(self) -> int:
        return self.tokens[0].idx

    @property
    def end(self) -> int:
        last = self.tokens[-1]
        return last.idx + len(last.text)


def is_long(q: Marked, text: str) -> bool:
    return word_count(text[q.start : q.end]) >= MIN_QUOTE_WORDS


def quote_at(quotes: list[Marked], char: int) -> Marked | None:
    """The quotation whose marks enclose ``char``, if any."""
    if not quotes:
        return None
    i = bisect_right(quotes, char, key=lambda q: q.open) - 1
    if i >= 0 and quotes[i].open <= char < quotes[i].close:
        return quotes[i]
    return None


def _boundaries(doc: Doc, quotes: list[Marked], newlines: list[int]) -> list[int]:
    cuts = {s.start_char for s in doc.sents}
    cuts |= {i + 1 for i in newlines}
    words = texts(doc)
    for i in range(1, len(words) - 1):  # "schrieb er auf X. Das ...": a one-letter name
        w = words[i]  # ends the sentence
        letter = len(w) == 2 and w[0].isupper() and w[1] == "."
        if letter and words[i - 1].islower() and words[i + 1][:1].isupper():
            cuts.add(doc[i + 1].idx)
    opened = {q.start: q.open for q in quotes}  # a sentence may start after its opening mark
    cuts = {opened.get(c, c) for c in cuts}
    return sorted(c for c in cuts if not any(q.open < c < q.close for q in quotes))


def _chunks(seg: Segment, text: str) -> list[Chunk]:
    chunks: list[Chunk] = []
    current: list[Token] = []
    before = ""
    for tok in seg.tokens:
        q = quote_at(seg.long, tok.idx)
        if q is not None:
            if current:
                chunks.append(Chunk(current, before, "quote"))
                current = []
            before = "quote"
            continue
        if tok.text in CHUNK_BREAKS:
            if current:
                chunks.append(Chunk(current, before, tok.text))
                current = []
            before = tok.text
            continue
        if tok.text in END_PUNCT:
            if current and tok.i != seg.tokens[-1].i:
                chunks.append(Chunk(current, before, tok.text))
                current = []
                before = tok.text
            continue
        current.append(tok)
    if current:
        chunks.append(Chunk(current, before, ""))
    return chunks


def _is_heading(seg: Segment, text: str, para_sizes: dict[int, int]) -> bool:
    last = seg.tokens[-1].text
    return (
        para_sizes[seg.para] == 1
        and last not in END_PUNCT | {":"}
        and not seg.long
        and len(seg.tokens) <= 14
        and "\n" not in text[seg.start : seg.end]
    )


def segments(doc: Doc, quotes: list[Marked]) -> list[Segment]:
    """The article's segments in order, with paragraph numbers and chunks."""
    text = doc_text(doc)
    newlines = [m.start() for m in NEWLINE.finditer(text)]
    cuts = _boundaries(doc, quotes, newlines)
    groups: dict[int, list[Token]] = {}
    for tok in doc:
        if tok.is_space or not tok.text.strip():
            continue
        groups.setdefault(bisect_right(cuts, tok.idx), []).append(tok)
    out: list[Segment] = []
    for _, toks in sorted(groups.items()):
        para = bisect_left(newlines, toks[0].idx)  # the newlines before it
        seg = Segment(len(out), para, toks, [])
        lo = bisect_left(quotes, seg.start, key=lambda q: q.open)
        hi = bisect_left(quotes, seg.end, key=lambda q: q.open)
        seg.quotes = quotes[lo:hi]
        seg.long = [q for q in seg.quotes if is_long(q, text)]
        out.append(seg)
    # number paragraphs densely: 0, 1, 2 ... over non-empty ones
    renum = {p: i for i, p in enumerate(sorted({s.para for s in out}))}
    sizes: dict[int, int] = {}
    for seg in out:
        seg.para = renum[seg.para]
        sizes[seg.para] = sizes.get(seg.para, 0) + 1
    for seg in out:
        seg.chunks = _chunks(seg, text)
        seg.heading = _is_heading(seg, text, sizes)
    return out
