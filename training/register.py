"""Passed to ``spacy train --code``: importing parley.nlp registers its tokenizer and components;
``encoders`` registers the context encoders tried in training (not shipped)."""

import sys
from pathlib import Path

import parley.nlp  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parent))
import encoders  # noqa: E402, F401
