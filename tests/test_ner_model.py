"""The NER model shipped in ``src/parley/models/de_parley`` loads and finds obvious names."""

import pytest
import spacy

from parley.nlp import MODEL_DIR, base_pipeline
from parley.nlp.ner_features import COMPOUND, lexicon_columns

needs_model = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="no model")

LABELS = {f"{t}{s}" for t in ("PER", "ORG", "LOC", "OTH") for s in ("", "deriv", "part")}


def test_lexicon_columns():
    cased = {"Ukraine": 34, "Außenminister": 1, "US": 32}
    lower = {"ukraine": 9, "russischen": 41}
    rows = lexicon_columns(["Ukraine", "russischen", "US-Außenminister", "xyz"], cased, lower)
    assert rows[0] == (34, 9, 0, 0)
    assert rows[1] == (0, 41, 0, 0)
    own, _, first_cls, first_id = rows[2]
    assert own == 1 | COMPOUND and first_cls == 1 + 32 + 128 and first_id
    assert rows[3] == (0, 0, 0, 0)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return base_pipeline()


def ents(nlp: spacy.language.Language, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


@needs_model
def test_pipeline_parts(nlp):
    assert nlp.pipe_names == ["parley_sentences", "tok2vec", "ner"]
    assert type(nlp.tokenizer).__name__ == "ParleyTokenizer"
    assert set(nlp.get_pipe("ner").labels) == LABELS


@needs_model
def test_persons_and_places(nlp):
    found = ents(nlp, "Bundeskanzler Friedrich Merz reiste am Montag nach Paris.")
    assert ("Friedrich Merz", "PER") in found
    assert ("Paris", "LOC") in found


@needs_model
def test_countries_and_derived_adjectives(nlp):
    found = ents(nlp, "Die russische Regierung und die Ukraine verhandeln in Genf.")
    assert ("russische", "LOCderiv") in found
    assert ("Ukraine", "LOC") in found


@needs_model
def test_organisations(nlp):
    found = ents(nlp, "Die Europäische Union und die NATO beraten in Brüssel.")
    assert {label for _, label in found} >= {"ORG", "LOC"}


@needs_model
def test_sentences_and_entities_together(nlp):
    doc = nlp("Treffen in Wien\nAngela Merkel sprach mit Emmanuel Macron. Danach reiste sie ab.")
    assert len(list(doc.sents)) == 3
    assert {"Angela Merkel", "Emmanuel Macron"} <= {e.text for e in doc.ents if e.label_ == "PER"}


@needs_model
def test_agencies_of_a_byline_are_organisations(nlp):
    found = ents(nlp, "Von: AFP/Reuters/dpa\n\nIn Genf wurde am Montag weiter verhandelt.")
    assert {("AFP", "ORG"), ("Reuters", "ORG")} <= found
