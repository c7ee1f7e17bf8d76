"""Rule-based sentence boundaries (``parley_sentences``)."""

import pytest
import spacy

from parley.nlp.tokenizer import ParleyTokenizer


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("de")
    nlp.tokenizer = ParleyTokenizer(nlp.vocab)
    nlp.add_pipe("parley_sentences")
    return nlp


def sents(nlp: spacy.language.Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_every_line_is_a_sentence(nlp):
    text = "Gespräche in Genf vertagt\nWIEN, 4. März (APA)\nDie Delegationen reisten ab."
    assert sents(nlp, text) == [
        "Gespräche in Genf vertagt",
        "WIEN, 4. März (APA)",
        "Die Delegationen reisten ab.",
    ]


def test_no_split_after_ordinals_abbreviations_initials(nlp):
    text = (
        "Am 3. Jänner traf Dr. Anna Berger z. B. Vertreter der Nr. 2 der Liste, "
        "darunter John F. Kennedy jr. und 2 Mio. Anhänger."
    )
    assert sents(nlp, text) == [text]


def test_no_split_inside_dates_and_times(nlp):
    text = "Das Treffen am 19.12.2025 begann um 21:16 Uhr in Bern."
    assert sents(nlp, text) == [text]


def test_split_on_sentence_punctuation(nlp):
    text = "Die Sitzung endete. Wer gewann? Niemand! 2026 geht es weiter."
    assert sents(nlp, text) == [
        "Die Sitzung endete.",
        "Wer gewann?",
        "Niemand!",
        "2026 geht es weiter.",
    ]


def test_quote_closing_after_period(nlp):
    text = '„Wir reden weiter.“ Das sagte sie. Er meinte: "Es reicht." Dann ging er.'
    assert sents(nlp, text) == [
        "„Wir reden weiter.“",
        "Das sagte sie.",
        'Er meinte: "Es reicht."',
        "Dann ging er.",
    ]


def test_sentence_opening_with_quote(nlp):
    text = "Er zögerte. „Das ist zu früh“, sagte er. »Nein«, rief sie."
    assert sents(nlp, text) == ["Er zögerte.", "„Das ist zu früh“, sagte er.", "»Nein«, rief sie."]


def test_year_at_sentence_end(nlp):
    text = "Der Vertrag stammt aus dem Jahr 2015. Die Parteien verhandeln neu."
    assert sents(nlp, text) == [
        "Der Vertrag stammt aus dem Jahr 2015.",
        "Die Parteien verhandeln neu.",
    ]


def test_lowercase_after_period_does_not_split(nlp):
    text = "Es kamen ca. zehn Leute bzw. mehr."
    assert sents(nlp, text) == [text]
