"""parley.nlp.words: the shared token strings equal what spaCy gives token by token."""

from __future__ import annotations

import spacy

from parley.nlp.words import doc_text, lowers, spaces_after, texts


def test_strings_match_spacy() -> None:
    nlp = spacy.blank("de")
    doc = nlp("Der Außenminister  sagte am Montag:\n„Wir ÜBERLEGEN noch.“ ")
    assert texts(doc) == [t.text for t in doc]
    assert lowers(doc) == [t.lower_ for t in doc]
    assert spaces_after(doc) == [t.whitespace_ for t in doc]
    assert doc_text(doc) == doc.text
    assert texts(doc) is texts(doc)  # made once per Doc
    other = nlp("Kiew und Moskau")
    assert texts(other) == ["Kiew", "und", "Moskau"]
