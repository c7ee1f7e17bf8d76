"""parley_actors repairing the NER's false entities (agency and platform names as persons,
datelines, place compounds, sentence-initial adverbs): sentences written for these tests,
entities tagged by hand the way the NER errs, word classes from the shipped model's lexicon."""

from __future__ import annotations

import pytest
from hand_tagged import blank_pipeline, tagged
from spacy.tokens import Doc

from parley.nlp import MODEL_DIR, base_pipeline
from parley.nlp.actors import parley_actors
from parley.nlp.actors.compounds import place_compound
from parley.nlp.actors.lexicon import lexicon
from parley.nlp.actors.wordclass import WordClasses
from parley.nlp.ner_features import word_classes

needs_model = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="no model")
NO_WORDS = WordClasses()


@pytest.fixture(scope="module")
def nlp():
    return blank_pipeline()


@pytest.fixture(scope="module")
def words() -> WordClasses:
    return WordClasses(word_classes(base_pipeline()))


def analyse(nlp, words: WordClasses, text: str, ents: dict[str, str]) -> Doc:
    """Run parley_actors on ``text`` with every occurrence of each ``ents`` string tagged."""
    return parley_actors(tagged(nlp, text, ents), words)


def mentions(doc: Doc) -> set[tuple[str, str]]:
    """(type, surface form) of every mention of the article's actors."""
    return {(a.type, m) for a in doc._.actors for m in a.mentions}


@needs_model
def test_place_compounds_are_no_places(words):
    lex = lexicon()
    for word in ("Ukraine-Kriegs", "Normandie-Format", "Ukrainekriegs", "Minskkram", "Kiew-Reise"):
        assert place_compound(word, lex, words), word
    for word in (
        "Baden-Württemberg",  # both parts places
        "Berlin-Mitte",  # Mitte: a place too
        "Gaza-Streifen",  # a noun that makes a place
        "Donbass-Region",
        "Ernst-Reuter-Platz",  # no place before the noun
        "Saudi-Arabien",  # a country of its own
        "Bernburg",  # a town the lexicon knows
        "Lauffenburg",  # Burg makes a place
        "Graz-West",
        "Dresden-Nordwest",
        "Kirnbauer",  # written as one word: only after a country or capital
        "Steinhart",
        "Israelische",  # an adjective
        "Ukraine",
    ):
        assert not place_compound(word, lex, words), word
    assert place_compound("Kosovokrieges", lex, words)
    assert not place_compound("Kosovokrieges", lex, words, solid=False)  # tagged as a person
    assert not place_compound("Ukraine-Kriegs", lex, NO_WORDS)  # no lexicon, no repair


@needs_model
def test_place_compound_tagged_as_place_is_a_part(nlp, words):
    doc = analyse(
        nlp,
        words,
        "Seit Beginn des Ukraine-Kriegs hat Kiew neue Partner gesucht. Im Normandie-Format "
        "sprachen Vertreter Frankreichs und Deutschlands mit Moskau; den Ukrainekrieg beenden "
        "will niemand um jeden Preis. Die Lage im Gaza-Streifen bleibt angespannt.",
        {
            "Ukraine-Kriegs": "LOC",
            "Kiew": "LOC",
            "Normandie-Format": "LOC",
            "Frankreichs": "LOC",
            "Deutschlands": "LOC",
            "Moskau": "LOC",
            "Ukrainekrieg": "LOC",
            "Gaza-Streifen": "LOC",
        },
    )
    assert mentions(doc) == {
        ("LOC", "Kiew"),
        ("LOC", "Frankreichs"),
        ("LOC", "Deutschlands"),
        ("LOC", "Moskau"),
        ("LOC", "Gaza-Streifen"),
    }
    parts = {m.text: m.label for m in doc._.mentions if m.label.endswith("part")}
    assert parts == {
        "Ukraine-Kriegs": "LOCpart",
        "Normandie-Format": "LOCpart",
        "Ukrainekrieg": "LOCpart",
    }
    war = next(m for m in doc._.mentions if m.text == "Ukraine-Kriegs")
    assert war.actor_key is None  # the article names no Ukraine actor


def test_agency_platform_and_outlet_names_are_organisations(nlp):
    doc = analyse(
        nlp,
        NO_WORDS,
        "Der Minister schrieb am Abend auf Telegram, die Gespräche gingen weiter. Wie Reuters "
        "unter Berufung auf Diplomaten meldete, reist Lindqvist am Montag nach Oslo. Das "
        "Nachrichtenportal Semafor berichtete zuerst darüber; laut Semafor ist auch ein "
        "Treffen in Oslo geplant.",
        {"Telegram": "PER", "Reuters": "PER", "Lindqvist": "PER", "Oslo": "LOC", "Semafor": "LOC"},
    )
    assert mentions(doc) == {
        ("ORG", "Telegram"),
        ("ORG", "Reuters"),
        ("PER", "Lindqvist"),
        ("LOC", "Oslo"),
        ("ORG", "Semafor"),  # the outlet a media noun introduces, tagged as a place elsewhere
    }


def test_dateline_places_are_places(nlp):
    text = (
        "ANKARA/TEHERAN (dpa) - Die Türkei und Iran wollen am Freitag verhandeln.\n\n"
        "Am Montag hatte die CDU/CSU im Bundestag darüber gestritten."
    )
    assert [t.text for t in nlp(text)][:4] == ["ANKARA", "/", "TEHERAN", "("]
    assert "CDU/CSU" in [t.text for t in nlp(text)]  # no dateline: one token
    doc = analyse(
        nlp,
        NO_WORDS,
        text,
        {"ANKARA": "ORG", "TEHERAN": "PER", "dpa": "ORG", "Türkei": "LOC", "Iran": "LOC"},
    )
    assert mentions(doc) >= {("LOC", "ANKARA"), ("LOC", "TEHERAN"), ("ORG", "dpa")}
    untagged = analyse(nlp, NO_WORDS, "MOSKAU (dpa) – Der Kreml schweigt.", {})
    assert ("LOC", "MOSKAU") in mentions(untagged)


def test_an_adverb_alone_at_a_sentence_start_is_no_person(nlp, words):
    text = (
        "Unterdessen reiste Halvorsen nach Kairo. Ungeklärt blieb, wer die Gespräche leitet. "
        "Allerdings wollen beide Seiten weiter verhandeln. Anders Halvorsen sagte, Kairo sei "
        "bereit."
    )
    ents = {
        "Unterdessen": "PER",
        "Halvorsen": "PER",
        "Kairo": "LOC",
        "Ungeklärt": "PER",
        "Allerdings": "PER",
        "Anders Halvorsen": "PER",
    }
    doc = analyse(nlp, NO_WORDS, text, ents)
    assert {m for t, m in mentions(doc) if t == "PER"} == {"Halvorsen", "Anders Halvorsen"}
    # Anders is a first name too: alone at a sentence start it stays a person
    doc = analyse(nlp, words, "Anders sagte am Montag, er reise nach Kairo.", {"Anders": "PER"})
    assert ("PER", "Anders") in mentions(doc)


def test_names_in_apposition_to_a_role_before_them(nlp):
    doc = analyse(
        nlp,
        NO_WORDS,
        "Zur Delegation gehört auch der frühere Leiter der Kommission für Grenzfragen "
        "(Sonderstab), Teodor Vasić, der am Montag in Wien eintraf. Vasićs Sprecher, "
        "Milan Brankov, bestätigte die Reise.",
        {"Teodor Vasić": "OTH", "Wien": "LOC", "Vasićs": "PER", "Brankov": "PER"},
    )
    people = {a.name: a for a in doc._.actors if a.type == "PER"}
    assert set(people) == {"Teodor Vasić", "Milan Brankov"}
    roles = {r.text for r in doc._.roles if r.actor_key == people["Milan Brankov"].key}
    assert roles == {"Sprecher"}


def test_regions_written_as_one_word_are_places(nlp):
    text = (
        "In der Ostukraine wurde weiter gekämpft, aus Nordsyrien kamen neue Meldungen. "
        "In Süditalien und in Ostende blieb es ruhig, die Ostukrainer warteten ab."
    )
    found = mentions(analyse(nlp, NO_WORDS, text, {}))
    assert {("LOC", "Ostukraine"), ("LOC", "Nordsyrien"), ("LOC", "Süditalien")} <= found
    assert not {m for t, m in found if m in ("Ostende", "Ostukrainer")}


def test_platforms_after_a_word_that_introduces_them_are_organisations(nlp):
    text = (
        "Die Ministerin schrieb auf X, man sei vorangekommen. Ihr Sprecher meldete sich via "
        "Telegram, laut dpa auch im Netzwerk Truth Social. Ein X markiert die Stelle."
    )
    found = mentions(analyse(nlp, NO_WORDS, text, {}))
    assert {("ORG", "X"), ("ORG", "Telegram"), ("ORG", "dpa"), ("ORG", "Truth Social")} <= found
    doc = analyse(nlp, NO_WORDS, "Ein X markiert die Stelle.", {})
    assert not doc._.actors  # no word before it that introduces a platform


def test_web_addresses_of_outlets_are_organisations(nlp):
    text = "Wie bild.de berichtete, reiste er am Montag ab.\n\nQuelle: ntv.de, mau/AFP"
    found = mentions(analyse(nlp, NO_WORDS, text, {"bild.de": "OTH"}))
    assert {("ORG", "bild.de"), ("ORG", "ntv.de")} <= found
