"""parley's tokenizer for news German, registered as ``parley.tokenizer.v1``.

It follows GermEval 2014's tokenisation, which the NER model is trained on: hyphen compounds
(``US-Außenminister``) stay one token, quotes („“ »« ‚‘ "") are split off, abbreviations
(``z.``, ``B.``, ``Mio.``, ``Nr.``), ordinals before a noun (``3. Jänner``), dates
(``19.12.2025``) and times (``21:16``) stay whole, and gender forms (``Bürger*innen``,
``Bürger:innen``, ``Bürger/innen``) are one token, as are names a slash joins (``CDU/CSU``),
except the places of a dateline (``KIEW/WASHINGTON (dpa) -`` at the start of a line) and
agencies a byline or credit joins (``APA/Reuters/dpa``, ``chr/rts/AFP``): a token each.
A period after a number is split off when it ends a sentence: after a year-like number, or
before a line break, a quote or the end.

The rules live in this module, not in the saved model: a model directory only records that it
uses this tokenizer, so rule fixes take effect without retraining.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.lang.de import German
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from spacy.vocab import Vocab

from parley.clean import is_agency

DATA_DIR = Path(__file__).resolve().parent / "data"

# Gender forms with a star, colon, slash or underscore before "in"/"innen".
GENDER_FORM = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+[*:/_](?:in|innen|r|n)$")
# A number followed by its ordinal period ("3.", "19.", "2025.").
NUMBER_PERIOD = re.compile(r"^(\d+)\.$")
# A quote or bracket that closes a sentence after a period.
CLOSERS = frozenset("\"'“”«»‘’)]")
# An author's sigil beside the agencies of a credit (``chr`` in ``chr/rts/AFP``).
SIGIL = re.compile(r"^[a-zäöü]{2,4}$")
# Places joined by slashes in a dateline (``KIEW/WASHINGTON (dpa) -``): a token each.
SLASHED_NAMES = re.compile(r"^[A-ZÄÖÜ][\w.-]*(?:/[A-ZÄÖÜ][\w.-]*)+$")
DATELINE_ENDS = frozenset({"(", "-", "–", "—"})


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """German abbreviations ending in a period (``data/abbreviations.txt``)."""
    lines = (DATA_DIR / "abbreviations.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip() for s in lines if s.strip() and not s.startswith("#"))


def _rules() -> dict[str, list[dict[int, str]]]:
    """spaCy's German exceptions plus parley's abbreviations, each one token."""
    rules = dict(German.Defaults.tokenizer_exceptions)
    for abbr in abbreviations():
        rules.setdefault(abbr, [{65: abbr}])  # 65 == spacy.attrs.ORTH
    return rules


def _infixes() -> list[str]:
    """German infixes, except that a colon or slash between letters no longer splits."""
    infixes = [p for p in German.Defaults.infixes if "[:<>=]" not in p and r"\/" not in p]
    return [*infixes, r"(?<=[A-Za-zÄÖÜäöüß])[<>=](?=[A-Za-zÄÖÜäöüß])"]


class ParleyTokenizer(Tokenizer):
    """spaCy's rule tokenizer with parley's German rules and a sentence-final number fix."""

    def __init__(self, vocab: Vocab, *args: object, **kwargs: object) -> None:
        if args or kwargs:  # unpickling passes the settings back in
            super().__init__(vocab, *args, **kwargs)
            return
        defaults = German.Defaults
        super().__init__(
            vocab,
            rules=_rules(),
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex(_infixes()).finditer,
            token_match=GENDER_FORM.match,
            url_match=defaults.url_match,
        )

    def __call__(self, text: str) -> Doc:
        doc = super().__call__(text)
        parts = {
            i: [tok.text[:-1], "."]
            for i, tok in enumerate(doc)
            if tok.text[0].isdigit() and tok.text[-1] == "." and _ends_sentence(doc, i)
        }
        if "/" in text:
            parts.update((i, _slashed(doc[i].text)) for i in _dateline_places(doc))
            parts.update((i, _slashed(doc[i].text)) for i in _agency_lists(doc))
        return _split(doc, parts) if parts else doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # The rules are code: the model directory stores nothing for the tokenizer.
    def to_disk(self, path: str | Path, **kwargs: object) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("parley.tokenizer.v1: rules live in parley.nlp.tokenizer\n")

    def from_disk(self, path: str | Path, **kwargs: object) -> ParleyTokenizer:
        return self

    def to_bytes(self, **kwargs: object) -> bytes:
        return b""

    def from_bytes(self, bytes_data: bytes, **kwargs: object) -> ParleyTokenizer:
        return self


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Whether the period of a number token ``doc[i]`` ends a sentence (and so is split off)."""
    m = NUMBER_PERIOD.match(doc[i].text)
    if not m:
        return False
    if i + 1 == len(doc) or "\n" in doc[i].whitespace_ + doc[i + 1].text:
        return True
    nxt = doc[i + 1].text
    if nxt[0] in CLOSERS:
        return True
    # "2025. Die ..." ends a sentence; "3. Jänner", "19. Jahrhundert", "2. Liga" do not.
    return len(m.group(1)) == 4 and nxt[0].isupper()


def _dateline_places(doc: Doc) -> Iterator[int]:
    """The tokens of places joined by slashes that open a line before an agency's bracket
    or a dash: a dateline (``KIEW/WASHINGTON (dpa-AFX) -``)."""
    for tok in doc[:-1]:
        i = tok.i
        if not SLASHED_NAMES.match(tok.text) or doc[i + 1].text not in DATELINE_ENDS:
            continue
        if i == 0 or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text:
            yield i


def _agency_lists(doc: Doc) -> Iterator[int]:
    """The tokens that join agencies by slashes, and perhaps authors' sigils: a byline or
    credit (``APA/Reuters/dpa``, ``AFP/dpa``, ``chr/rts/AFP``)."""
    for tok in doc:
        if "/" not in tok.text:
            continue
        parts = tok.text.split("/")
        agencies = [p for p in parts if is_agency(p)]
        if agencies and all(p in agencies or SIGIL.match(p) for p in parts):
            yield tok.i


def _slashed(text: str) -> list[str]:
    """``KIEW/WASHINGTON`` → ``KIEW``, ``/``, ``WASHINGTON``."""
    return [part for part in re.split("(/)", text) if part]


def _split(doc: Doc, parts: dict[int, list[str]]) -> Doc:
    """A new Doc in which each token at an index of ``parts`` is split into those parts."""
    words: list[str] = []
    spaces: list[bool] = []
    for i, tok in enumerate(doc):
        pieces = parts.get(i, [tok.text])
        words += pieces
        spaces += [False] * (len(pieces) - 1) + [bool(tok.whitespace_)]
    return Doc(doc.vocab, words=words, spaces=spaces)


@spacy.registry.tokenizers("parley.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], ParleyTokenizer]:
    """The factory spaCy's config calls: ``[nlp.tokenizer] @tokenizers = "parley.tokenizer.v1"``."""

    def make(nlp: Language) -> ParleyTokenizer:
        return ParleyTokenizer(nlp.vocab)

    return make
