"""A Doc's text and token texts as plain strings, made once per Doc and shared by the
components that scan every token (``doc[i].text`` builds a spaCy ``Token`` per look-up, and
``doc.text`` joins every token anew, which costs more than the look-ups), and the sentences'
character offsets (``doc.sents`` walks the Doc anew on each call). parley's components never
retokenize and never move a sentence start after ``parley_sentences``, so both stay right."""

from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary

from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class _Strings:
    text: str
    texts: list[str]
    lowers: list[str]
    spaces: list[str]


_MADE: WeakKeyDictionary[Doc, _Strings] = WeakKeyDictionary()
_SENTENCES: WeakKeyDictionary[Doc, tuple[int, list[tuple[int, int]]]] = WeakKeyDictionary()


def _strings(doc: Doc) -> _Strings:
    found = _MADE.get(doc)
    if found is None or len(found.texts) != len(doc):
        tokens = list(doc)
        texts = [t.text for t in tokens]
        spaces = [t.whitespace_ for t in tokens]
        text = "".join(w + s for w, s in zip(texts, spaces, strict=True))  # as doc.text
        found = _Strings(text, texts, [t.lower_ for t in tokens], spaces)
        _MADE[doc] = found
    return found


def doc_text(doc: Doc) -> str:
    """``doc.text``."""
    return _strings(doc).text


def texts(doc: Doc) -> list[str]:
    """``[t.text for t in doc]`` (shared: do not change it)."""
    return _strings(doc).texts


def lowers(doc: Doc) -> list[str]:
    """``[t.lower_ for t in doc]`` (shared: do not change it)."""
    return _strings(doc).lowers


def spaces_after(doc: Doc) -> list[str]:
    """``[t.whitespace_ for t in doc]`` (shared: do not change it)."""
    return _strings(doc).spaces


def sentence_offsets(doc: Doc) -> list[tuple[int, int]]:
    """``[(s.start_char, s.end_char) for s in doc.sents]`` (shared: do not change it)."""
    found = _SENTENCES.get(doc)
    if found is None or found[0] != len(doc):
        found = (len(doc), [(s.start_char, s.end_char) for s in doc.sents])
        _SENTENCES[doc] = found
    return found[1]
