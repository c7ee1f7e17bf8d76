"""parley.nlp.words: the shared token strings equal what spaCy gives token by token."""

from __future__ import annotations

import spacy

from parley.nlp.words import doc_text, lowers, sentence_offsets, spaces_after, texts


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


def test_sentence_offsets_match_spacy() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp("Die Delegation reiste ab. Am Montag beginnen die Gespräche wieder.\nDer Rest folgt.")
    assert sentence_offsets(doc) == [(s.start_char, s.end_char) for s in doc.sents]
    assert len(sentence_offsets(doc)) == 3
    assert sentence_offsets(doc) is sentence_offsets(doc)  # made once per Doc
