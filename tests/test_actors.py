"""parley_actors on sentences written for these tests, with the entities given by hand so
that roles, affiliations and coreference are tested apart from the NER model."""

from __future__ import annotations

import pytest
from hand_tagged import blank_pipeline, tagged
from spacy.tokens import Doc

from parley.facts import ArticleActor
from parley.nlp.actors import parley_actors
from parley.nlp.actors.names import compatible_first_names, name_key, similar_surnames


@pytest.fixture(scope="module")
def nlp():
    return blank_pipeline()


def analyse(nlp, text: str, ents: dict[str, str]) -> Doc:
    """Run parley_actors on ``text`` with every occurrence of each ``ents`` string tagged."""
    return parley_actors(tagged(nlp, text, ents))


def person(doc: Doc, name: str) -> ArticleActor:
    return next(a for a in doc._.actors if a.type == "PER" and a.name == name)


def roles(doc: Doc, name: str) -> list[str]:
    key = person(doc, name).key
    return [r.text for r in doc._.roles if r.actor_key == key]


def test_prefixed_titles_with_their_affiliation(nlp):
    doc = analyse(
        nlp,
        "Die USA und Russland wollen weiter reden. US-Außenminister Marco Rubio traf in Genf "
        "den ukrainischen Präsidenten Wolodymyr Selenskyj. Russlands Präsident Wladimir Putin "
        "schwieg, Kremlsprecher Dmitri Peskow sprach von Fortschritten.",
        {
            "USA": "LOC",
            "Russland": "LOC",
            "Genf": "LOC",
            "Marco Rubio": "PER",
            "Wolodymyr Selenskyj": "PER",
            "Wladimir Putin": "PER",
            "Dmitri Peskow": "PER",
            "Russlands": "LOC",
        },
    )
    assert roles(doc, "Marco Rubio") == ["US-Außenminister"]
    assert roles(doc, "Wolodymyr Selenskyj") == ["ukrainischen Präsidenten"]
    assert roles(doc, "Wladimir Putin") == ["Russlands Präsident"]
    assert roles(doc, "Dmitri Peskow") == ["Kremlsprecher"]
    assert person(doc, "Marco Rubio").affiliation == "LOC:USA"
    assert person(doc, "Dmitri Peskow").affiliation == "LOC:Russland"  # Kreml → Russland
    assert person(doc, "Wolodymyr Selenskyj").affiliation == "Ukraine"  # not named: a name
    russia = next(a for a in doc._.actors if a.key == "LOC:Russland")
    assert russia.mentions == ["Russland", "Russlands"]


def test_appositions_after_and_before_a_name(nlp):
    doc = analyse(
        nlp,
        "Matthew Whitaker, der ständige Vertreter der USA bei der NATO, warnte die Ukraine. "
        "Der Sekretär des nationalen Sicherheitsrats der Ukraine, Rustem Umjerow, schrieb auf X, "
        "man sei vorbereitet.",
        {
            "Matthew Whitaker": "PER",
            "USA": "LOC",
            "NATO": "ORG",
            "Ukraine": "LOC",
            "Rustem Umjerow": "PER",
            "X": "ORG",
        },
    )
    assert roles(doc, "Matthew Whitaker") == ["ständige Vertreter der USA bei der NATO"]
    assert roles(doc, "Rustem Umjerow") == ["Sekretär des nationalen Sicherheitsrats der Ukraine"]
    assert person(doc, "Matthew Whitaker").affiliation == "LOC:USA"
    assert person(doc, "Rustem Umjerow").affiliation == "LOC:Ukraine"


def test_kinship_is_no_role_but_passes_on_affiliation(nlp):
    doc = analyse(
        nlp,
        "In Washington empfing US-Präsident Donald Trump die Gäste. Jared Kushner, der "
        "Schwiegersohn von Präsident Donald Trump, saß mit am Tisch.",
        {"Washington": "LOC", "Donald Trump": "PER", "Jared Kushner": "PER"},
    )
    assert roles(doc, "Jared Kushner") == []
    assert roles(doc, "Donald Trump") == ["US-Präsident", "Präsident"]
    assert person(doc, "Jared Kushner").affiliation == "USA"


def test_plural_titles_distribute_and_respective_countries(nlp):
    doc = analyse(
        nlp,
        "Die Außenminister Russlands und der Ukraine, Sergej Lawrow und Dmytro Kuleba, trafen "
        "sich in Antalya. Später kamen die US-Sondergesandten Steve Witkoff und Jared Kushner "
        "hinzu.",
        {
            "Russlands": "LOC",
            "Ukraine": "LOC",
            "Sergej Lawrow": "PER",
            "Dmytro Kuleba": "PER",
            "Antalya": "LOC",
            "Steve Witkoff": "PER",
            "Jared Kushner": "PER",
        },
    )
    assert roles(doc, "Sergej Lawrow") == ["Außenminister"]
    assert roles(doc, "Dmytro Kuleba") == ["Außenminister"]
    assert person(doc, "Sergej Lawrow").affiliation == "LOC:Russland"
    assert person(doc, "Dmytro Kuleba").affiliation == "LOC:Ukraine"
    assert roles(doc, "Jared Kushner") == ["US-Sondergesandten"]


def test_predicates_and_descriptions_without_a_name(nlp):
    doc = analyse(
        nlp,
        "Für die Ukraine verhandelt Rustem Umjerow. Der Sekretär des ukrainischen "
        "Sicherheitsrats agiert derzeit als Verhandlungsführer der Ukraine in Florida. "
        "Russlands Sondergesandter in den USA ist Kirill Dmitrijew.",
        {
            "Ukraine": "LOC",
            "Rustem Umjerow": "PER",
            "Florida": "LOC",
            "Russlands": "LOC",
            "USA": "LOC",
            "Kirill Dmitrijew": "PER",
        },
    )
    assert roles(doc, "Rustem Umjerow") == [
        "Sekretär des ukrainischen Sicherheitsrats",
        "Verhandlungsführer der Ukraine",
    ]
    assert roles(doc, "Kirill Dmitrijew") == ["Russlands Sondergesandter in den USA"]
    assert person(doc, "Kirill Dmitrijew").affiliation == "LOC:Russland"


def test_coreference_of_short_inflected_and_variant_forms(nlp):
    doc = analyse(
        nlp,
        "Wladimir Putin empfing Marco Rubio. Putins Berater schwiegen, Rubio sprach. "
        "Auch Rustem Umjerow reiste an; Umerow sagte, es gebe Fortschritte.",
        {
            "Wladimir Putin": "PER",
            "Putins": "PER",
            "Marco Rubio": "PER",
            "Rubio": "PER",
            "Rustem Umjerow": "PER",
            "Umerow": "PER",
        },
    )
    people = {a.name: a.mentions for a in doc._.actors if a.type == "PER"}
    assert people == {
        "Wladimir Putin": ["Wladimir Putin", "Putins"],
        "Marco Rubio": ["Marco Rubio", "Rubio"],
        "Rustem Umjerow": ["Rustem Umjerow", "Umerow"],
    }
    keys = {m.text: m.actor_key for m in doc._.mentions}
    assert keys["Putins"] == keys["Wladimir Putin"] == "PER:Wladimir Putin"


def test_two_people_sharing_a_surname_stay_apart(nlp):
    doc = analyse(
        nlp,
        "Joe Biden lobte die Einigung. Sein Sohn Hunter Biden war nicht dabei. Biden sagte "
        "später, er sei zufrieden.",
        {"Joe Biden": "PER", "Hunter Biden": "PER", "Biden": "PER"},
    )
    people = {a.name: a.mentions for a in doc._.actors if a.type == "PER"}
    assert people == {"Joe Biden": ["Joe Biden"], "Hunter Biden": ["Hunter Biden", "Biden"]}


def test_names_the_ner_missed_are_found_through_titles(nlp):
    doc = analyse(
        nlp,
        "Mit dem ukrainischen Sicherheitsratssekretär Rustem Umjerow sprach auch Russlands "
        "Außenminister Sergej Lawrow im Kreml. Lawrow sagte danach, man sei weiter.",
        {},
    )
    assert roles(doc, "Rustem Umjerow") == ["ukrainischen Sicherheitsratssekretär"]
    assert roles(doc, "Sergej Lawrow") == ["Russlands Außenminister"]
    assert any(m.text == "Russlands" and m.label == "LOC" for m in doc._.mentions)
    assert any(m.text == "Kreml" and m.label == "ORG" for m in doc._.mentions)
    assert person(doc, "Sergej Lawrow").mentions == ["Sergej Lawrow", "Lawrow"]


def test_name_variants():
    assert name_key("Umjerow") == name_key("Umerow") == name_key("Umerov")
    assert name_key("Dmitrijew") == name_key("Dmitriev")
    assert name_key("Selenskyj") == name_key("Zelensky") == name_key("Selenskij")
    assert name_key("Jermak") == name_key("Yermak")
    assert name_key("Uschakow") == name_key("Ushakov")
    assert compatible_first_names("Wolodymyr", "Volodymyr")
    assert compatible_first_names("Sergej", "Sergey")
    assert similar_surnames("Witkoff", "Witkov")
    assert not similar_surnames("Lawrow", "Lawrenko")
    assert compatible_first_names("Steve", "Steven")
    assert not compatible_first_names("Joe", "Hunter")


def test_descriptions_agree_in_gender_and_skip_the_sentence_subject(nlp):
    doc = analyse(
        nlp,
        "Verteidigungsminister Hans Peter Doskozil traf Innenministerin Johanna Mikl-Leitner. "
        "Die Ministerin sprach danach von einem guten Gespräch. Doskozil lobte den "
        "Regierungschef.",
        {"Hans Peter Doskozil": "PER", "Johanna Mikl-Leitner": "PER", "Doskozil": "PER"},
    )
    assert roles(doc, "Johanna Mikl-Leitner") == ["Innenministerin", "Ministerin"]
    assert roles(doc, "Hans Peter Doskozil") == ["Verteidigungsminister"]


def test_title_with_a_genitive_right_before_the_name(nlp):
    doc = analyse(
        nlp,
        "Am Montag sprach der Präsident der Ukraine Wolodymyr Selenskyj in Kiew.",
        {"Ukraine": "LOC", "Wolodymyr Selenskyj": "PER", "Kiew": "LOC"},
    )
    assert roles(doc, "Wolodymyr Selenskyj") == ["Präsident der Ukraine"]
    assert person(doc, "Wolodymyr Selenskyj").affiliation == "LOC:Ukraine"


def test_surname_particles(nlp):
    doc = analyse(
        nlp,
        "EU-Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew. Von der Leyen "
        "sagte dort, von der Leyens Plan stehe.",
        {
            "Ursula von der Leyen": "PER",
            "Von der Leyen": "PER",
            "von der Leyens": "PER",
            "Kiew": "LOC",
        },
    )
    people = {a.name: a.mentions for a in doc._.actors if a.type == "PER"}
    assert people == {
        "Ursula von der Leyen": ["Ursula von der Leyen", "Von der Leyen", "von der Leyens"]
    }
