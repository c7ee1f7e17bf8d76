"""Context encoders tried for parley's NER tok2vec, registered for spaCy training configs.

``parley.CNNBiLSTMEncoder.v1`` is spaCy's ``MaxoutWindowEncoder.v2`` (a stack of windowed
CNN layers) followed by a residual bidirectional LSTM over the whole sentence, so that a
token's vector sees context beyond the CNN's receptive field. It keeps the input width, so it
drops into ``spacy.Tok2Vec.v2`` as ``encode`` in place of the CNN. It did not beat the CNN
alone (training/README.md, run ``ner9``), so no shipped model names it and it lives here,
loaded by ``register.py``, not in the package.
"""

from __future__ import annotations

from spacy.ml.models.tok2vec import MaxoutWindowEncoder
from spacy.util import registry
from thinc.api import LSTM, Model, chain, residual, with_padded
from thinc.types import Floats2d


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
