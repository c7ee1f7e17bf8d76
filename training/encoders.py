"""Context encoders tried for parley's NER tok2vec, registered for spaCy training configs.

``parley.CNNBiLSTMEncoder.v1`` is spaCy's ``MaxoutWindowEncoder.v2`` (a stack of windowed
CNN layers) followed by a residual bidirectional LSTM over the whole sentence, so that a
token's vector sees context beyond the CNN's receptive field. It keeps the input width, so it
drops into ``spacy.Tok2Vec.v2`` as ``encode`` in place of the CNN. It did not beat the CNN
alone (training/README.md, run ``ner9``), so no shipped model names it and it lives here,
loaded by ``register.py``, not in the package.

``parley.CharLexiconEmbed.v1`` is ``parley.LexiconEmbed.v2`` with spaCy's character
embedding (the first and last ``nC`` UTF-8 bytes of each word, ``nM`` wide each) mixed in, for
the words that train lacks.
"""

from __future__ import annotations

from spacy.ml import _character_embed
from spacy.ml.models.tok2vec import MaxoutWindowEncoder
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import LSTM, Maxout, Model, chain, concatenate, residual, with_array, with_padded
from thinc.types import Floats2d

from parley.nlp.ner_features import LexiconEmbedVectors


@registry.architectures("parley.CNNBiLSTMEncoder.v1")
def cnn_bilstm_encoder(
    width: int, depth: int, window_size: int, maxout_pieces: int, lstm_depth: int = 1
) -> Model[list[Floats2d], list[Floats2d]]:
    """Windowed CNN layers, then a residual BiLSTM of the same total width."""
    cnn = MaxoutWindowEncoder(
        width=width, depth=depth, window_size=window_size, maxout_pieces=maxout_pieces
    )
    bilstm = with_padded(LSTM(nO=width, nI=width, bi=True, depth=lstm_depth))
    model = chain(cnn, residual(bilstm))
    model.set_dim("nO", width)
    model.attrs["receptive_field"] = window_size * depth
    return model


@registry.architectures("parley.CharLexiconEmbed.v1")
def char_lexicon_embed(
    width: int,
    attrs: list[str],
    rows: list[int],
    lexicon_width: int,
    lexicon_rows: list[int],
    lexicon_path: str,
    include_static_vectors: bool,
    nM: int = 16,
    nC: int = 4,
) -> Model[list[Doc], list[Floats2d]]:
    """The lexicon embedding and the character embedding of each word, mixed to ``width``."""
    words = LexiconEmbedVectors(
        width, attrs, rows, lexicon_width, lexicon_rows, lexicon_path, include_static_vectors
    )
    chars = _character_embed.CharacterEmbed(nM=nM, nC=nC)
    mix = with_array(Maxout(width, width + nM * nC, nP=3, dropout=0.0, normalize=True))
    return chain(concatenate(words, chars), mix)
