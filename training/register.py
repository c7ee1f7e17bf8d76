"""Passed to ``spacy train --code``: importing parley.nlp registers its tokenizer and components."""

import parley.nlp  # noqa: F401
