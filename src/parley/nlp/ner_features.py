"""Token features for parley's NER model: spaCy's hashed attributes plus a German lexicon.

Registered as the spaCy architecture ``parley.LexiconEmbed.v1`` (a drop-in for
``spacy.MultiHashEmbed.v2``). Besides the token attributes (NORM, PREFIX, SUFFIX, SHAPE)
every token gets four lexicon columns:

0. classes of the exact form (common noun, toponym, first name, surname, proper name, CLDR
   place); for a hyphen compound those of its last part;
1. Zipf-frequency bucket of the lower-cased form, with flags for nationality adjectives
   (``russischen``) and language names;
2. for a hyphen compound (``US-Außenminister``): the classes of its first part;
3. for a hyphen compound: the lower-cased first part itself (hashed).

The lexicon (built by ``training/build_lexicon.py``) is loaded when the model is initialised
for training and is saved inside the model, so a shipped model needs no extra files.

``parley.LexiconEmbed.v2`` adds, like ``MultiHashEmbed``'s ``include_static_vectors``, the
static word vectors of the vocab (``nlp.vocab.vectors``), projected to ``width``; the vectors
are saved with the model's vocab.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
from spacy.attrs import intify_attr
from spacy.language import Language
from spacy.ml.staticvectors import StaticVectors
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
)
from thinc.types import Floats2d, Ints2d

N_LEXICON_COLUMNS = 4
COMPOUND = 64  # added to column 0 when the classes are those of a compound's last part
# Bits of an exact word form's classes in the lexicon (``training/build_lexicon.py``).
COMMON_NOUN, TOPONYM, FIRST_NAME, SURNAME, PROPER_NAME, CLDR_PLACE = 1, 2, 4, 8, 16, 32


def lexicon_columns(words: list[str], cased: dict[str, int], lower: dict[str, int]) -> list:
    """The four lexicon feature values of each word."""
    rows = []
    for w in words:
        low = w.lower()
        own = cased.get(w, 0)
        first_cls = first_id = 0
        if "-" in w.strip("-"):
            parts = w.strip("-").split("-")
            first, last = parts[0], parts[-1]
            if not own:
                own = cased.get(last, 0) | COMPOUND
            first_cls = 1 + cased.get(first, 0) + 128 * first.isupper()
            first_id = get_string_id(first.lower())
        rows.append((own, lower.get(low, 0), first_cls, first_id))
    return rows


def _forward(model: Model, docs: list[Doc], is_train: bool):  # noqa: ANN202
    attrs = model.attrs["attr_ids"]
    cased, lower = model.attrs["cased"], model.attrs["lower"]
    feats = []
    for doc in docs:
        base = doc.to_array(attrs).reshape((len(doc), len(attrs)))
        lex = numpy.array(
            lexicon_columns([t.text for t in doc], cased, lower), dtype="uint64"
        ).reshape((len(doc), N_LEXICON_COLUMNS))
        both = numpy.hstack([base.astype("uint64"), lex])
        feats.append(model.ops.asarray2i(both, dtype="uint64"))
    return feats, lambda d_feats: []


def _init(model: Model, X=None, Y=None) -> None:  # noqa: ANN001
    path = Path(model.attrs["lexicon_path"])
    data = json.loads(path.read_text(encoding="utf-8"))
    model.attrs["cased"] = data["cased"]
    model.attrs["lower"] = data["lower"]


def word_classes(nlp: Language) -> dict[str, int]:
    """The lexicon a loaded pipeline's features were built from (exact word form → class
    bits), empty for a pipeline without parley's lexicon features."""
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        for node in model.walk() if isinstance(model, Model) else ():
            if node.name == "parley_lexicon_features":
                return node.attrs["cased"]
    return {}


def LexiconFeatures(attrs: list[str], lexicon_path: str) -> Model[list[Doc], list[Ints2d]]:
    """Docs -> one row of uint64 features per token: the attrs, then the lexicon columns."""
    return Model(
        "parley_lexicon_features",
        _forward,
        init=_init,
        attrs={
            "attr_ids": [intify_attr(a) for a in attrs],
            "lexicon_path": lexicon_path,
            "cased": {},
            "lower": {},
        },
    )


@registry.architectures("parley.LexiconEmbed.v1")
def LexiconEmbed(
    width: int,
    attrs: list[str],
    rows: list[int],
    lexicon_width: int,
    lexicon_rows: list[int],
    lexicon_path: str,
) -> Model[list[Doc], list[Floats2d]]:
    """Hash embeddings of token attributes (``width`` wide) and of the lexicon columns
    (``lexicon_width`` wide), mixed by a Maxout layer into ``width``."""
    return LexiconEmbedVectors(width, attrs, rows, lexicon_width, lexicon_rows, lexicon_path, False)


@registry.architectures("parley.LexiconEmbed.v2")
def LexiconEmbedVectors(
    width: int,
    attrs: list[str],
    rows: list[int],
    lexicon_width: int,
    lexicon_rows: list[int],
    lexicon_path: str,
    include_static_vectors: bool,
) -> Model[list[Doc], list[Floats2d]]:
    """As ``parley.LexiconEmbed.v1``, with the vocab's static vectors (projected to
    ``width``) in the mix when ``include_static_vectors``."""
    if len(rows) != len(attrs) or len(lexicon_rows) != N_LEXICON_COLUMNS:
        raise ValueError("rows must match attrs, lexicon_rows the 4 lexicon columns")
    widths = [width] * len(rows) + [lexicon_width] * N_LEXICON_COLUMNS
    embeddings = [
        HashEmbed(w, n, column=i, seed=8 + i, dropout=0.0)
        for i, (w, n) in enumerate(zip(widths, [*rows, *lexicon_rows], strict=True))
    ]
    hashed = [
        LexiconFeatures(attrs, lexicon_path),
        list2ragged(),
        with_array(concatenate(*embeddings)),
    ]
    n_in = sum(widths) + width * include_static_vectors
    mix = with_array(Maxout(width, n_in, nP=3, dropout=0.0, normalize=True))
    if not include_static_vectors:
        return chain(*hashed, mix, ragged2list())
    return chain(concatenate(chain(*hashed), StaticVectors(width, dropout=0.0)), mix, ragged2list())
