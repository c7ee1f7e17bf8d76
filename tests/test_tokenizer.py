"""parley's news-German tokenizer (``parley.tokenizer.v1``)."""

import pickle

import pytest
import spacy

from parley.nlp.tokenizer import ParleyTokenizer


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("de")
    nlp.tokenizer = ParleyTokenizer(nlp.vocab)
    return nlp


def words(nlp: spacy.language.Language, text: str) -> list[str]:
    return [t.text for t in nlp(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Wir bleiben hart“, sagte sie.",
            ["„", "Wir", "bleiben", "hart", "“", ",", "sagte", "sie", "."],
        ),
        ("»Nie wieder«", ["»", "Nie", "wieder", "«"]),
        ('Er nannte es "Unsinn".', ["Er", "nannte", "es", '"', "Unsinn", '"', "."]),
        ("“Frieden” und ‚Waffenruhe‘", ["“", "Frieden", "”", "und", "‚", "Waffenruhe", "‘"]),
        ("Er rief: „Genug.“", ["Er", "rief", ":", "„", "Genug", ".", "“"]),
    ],
)
def test_quotes_are_split_off(nlp, text, expected):
    assert words(nlp, text) == expected


def test_hyphen_compounds_stay_whole(nlp):
    text = "Der US-Außenminister traf einen Putin-Berater und die EU-Kommission."
    assert words(nlp, text)[1:5] == ["US-Außenminister", "traf", "einen", "Putin-Berater"]
    assert "EU-Kommission" in words(nlp, text)


def test_abbreviations_and_ordinals(nlp):
    text = "Am 3. Jänner kamen z. B. 2 Mio. Menschen zu Nr. 5 von Dr. Huber usw."
    assert words(nlp, text) == [
        "Am", "3.", "Jänner", "kamen", "z.", "B.", "2", "Mio.", "Menschen",
        "zu", "Nr.", "5", "von", "Dr.", "Huber", "usw.",
    ]  # fmt: skip


def test_ordinal_before_noun_is_one_token(nlp):
    assert words(nlp, "im 19. Jahrhundert")[1] == "19."
    assert words(nlp, "die 2. Liga")[1] == "2."


@pytest.mark.parametrize(
    "text", ["Bürger*innen", "Bürger:innen", "BürgerInnen", "Bürger/innen", "Kolleg_innen"]
)
def test_gender_forms_are_one_token(nlp, text):
    assert words(nlp, f"Die {text} wählen.") == ["Die", text, "wählen", "."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von: AFP/Reuters/dpa", ["Von", ":", "AFP", "/", "Reuters", "/", "dpa"]),
        ("(apa/dpa) Wien", ["(", "apa", "/", "dpa", ")", "Wien"]),
        ("die SPD/Grünen-Koalition", ["die", "SPD/Grünen-Koalition"]),  # not all agencies
        ("Foto: dpa/Anna Berg", ["Foto", ":", "dpa/Anna", "Berg"]),  # a name, no agency
        ("Quelle: sz, mau/rts/AFP", ["Quelle", ":", "sz", ",", "mau", "/", "rts", "/", "AFP"]),
        ("und/oder ab/bis", ["und/oder", "ab/bis"]),  # sigil-like words, but no agency
    ],
)
def test_agencies_a_slash_joins_are_split(nlp, text, expected):
    assert words(nlp, text) == expected


def test_dates_and_times(nlp):
    assert words(nlp, "am 19.12.2025 um 21:16 Uhr") == ["am", "19.12.2025", "um", "21:16", "Uhr"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das war 2025. Dann kam", ["Das", "war", "2025", ".", "Dann", "kam"]),
        ("Er wurde 3.", ["Er", "wurde", "3", "."]),
        ("Sie gewann 2024.\nNeuer Absatz", ["Sie", "gewann", "2024", ".", "\n", "Neuer", "Absatz"]),
    ],
)
def test_sentence_final_number_period_is_split(nlp, text, expected):
    assert words(nlp, text) == expected


def test_text_is_preserved(nlp):
    text = "Kiew (dpa) – „Wir sind bereit“, sagte Selenskyj am 3. Jänner 2026.\n"
    assert nlp(text).text == text


def test_pickles(nlp):
    tok = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert [t.text for t in tok("Bürger:innen 2010.")] == ["Bürger:innen", "2010", "."]
