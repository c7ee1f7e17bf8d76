"""The quote extractor on hand-made German news sentences (named entities set by hand)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy

from parley.facts import ArticleActor, Mention, Quote
from parley.nlp.quotes import extract_quotes
from parley.nlp.quotes.marks import find_quotes

SHARED = Path(__file__).parents[1].parent / "shared" / "corpus"


def quotes(text: str, names: dict[str, str], homes: dict[str, str] | None = None) -> list[Quote]:
    """Quotes of ``text`` whose named mentions are ``names`` (surface -> PER/ORG/LOC).

    Each surface form is its own actor, keyed ``LABEL:surface``; ``homes`` gives a person's
    country (surface -> country name)."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    mentions = []
    for surface, label in names.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])", text):
            sent = doc.char_span(m.start(), m.end(), alignment_mode="expand").sent
            mentions.append(
                Mention(
                    m.start(),
                    m.end(),
                    surface,
                    label,
                    sent.start_char,
                    sent.end_char,
                    f"{label}:{surface}",
                )
            )
    doc._.mentions = sorted(mentions, key=lambda m: m.start)
    homes = homes or {}
    doc._.actors = [
        ArticleActor(f"{label}:{surface}", surface, label, [surface], homes.get(surface))
        for surface, label in names.items()
    ]
    return extract_quotes(doc)


def kind(qs: list[Quote], k: str) -> list[Quote]:
    return [q for q in qs if q.kind == k]


# -- quotation marks --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Er sagte: „Wir bleiben am Verhandlungstisch.“",
        'Er sagte: "Wir bleiben am Verhandlungstisch."',
        "Er sagte: “Wir bleiben am Verhandlungstisch.”",
        "Er sagte: »Wir bleiben am Verhandlungstisch.«",
        "Er sagte: «Wir bleiben am Verhandlungstisch.»",
        "Er sagte: ‚Wir bleiben am Verhandlungstisch.‘",
    ],
)
def test_every_quotation_style(text: str) -> None:
    (found,) = find_quotes(text)
    assert text[found.start : found.end] == "Wir bleiben am Verhandlungstisch."


def test_quote_running_over_paragraphs() -> None:
    text = "„Wir haben viel erreicht.\n\n„Aber es bleibt noch viel zu tun“, sagte sie."
    (found,) = find_quotes(text)
    assert text[found.start : found.end].endswith("noch viel zu tun")
    assert "\n\n" in text[found.start : found.end]


# -- direct quotes ----------------------------------------------------------------------


def test_speaker_after_the_quote() -> None:
    text = "„Wir werden weiter verhandeln, so lange es nötig ist“, sagte Baerbock am Montag."
    (q,) = quotes(text, {"Baerbock": "PER"})
    assert q.kind == "direct"
    assert q.text == "Wir werden weiter verhandeln, so lange es nötig ist"
    assert q.speaker == "PER:Baerbock"
    assert q.cue == "sagen"


def test_so_speaker_after_quote() -> None:
    text = "„Das Abkommen liegt in greifbarer Nähe“, so Stoltenberg."
    (q,) = quotes(text, {"Stoltenberg": "PER"})
    assert q.speaker == "PER:Stoltenberg"


def test_colon_line_then_quote_paragraph_with_pronoun_and_channel() -> None:
    text = (
        "Die Außenministerin Annalena Baerbock reiste nach Kiew. "
        "Auf einer Pressekonferenz sagte sie:\n\n"
        "„Die Ukraine kann sich auf uns verlassen. Wir stehen an ihrer Seite.“"
    )
    (q,) = kind(quotes(text, {"Annalena Baerbock": "PER", "Kiew": "LOC"}), "direct")
    assert q.speaker == "PER:Annalena Baerbock"
    assert q.speaker_text == "sie"
    assert q.channel == "press conference"
    assert q.text.startswith("Die Ukraine kann") and q.text.endswith("an ihrer Seite.")


def test_speaker_inside_a_split_quote() -> None:
    text = "„Wir wollen Frieden in Europa“, sagte Macron, „aber nicht um jeden Preis und nicht sofort.“"
    qs = kind(quotes(text, {"Macron": "PER"}), "direct")
    assert len(qs) == 2
    assert all(q.speaker == "PER:Macron" for q in qs)


def test_quote_paragraph_takes_the_speaker_of_the_paragraph_before() -> None:
    text = (
        "Nato-Generalsekretär Mark Rutte erklärte am Dienstag in Brüssel, die Allianz sei "
        "geschlossen.\n\n"
        "„Wir werden die Unterstützung in diesem Winter nicht verringern.“"
    )
    names = {"Mark Rutte": "PER", "Brüssel": "LOC"}
    (q,) = kind(quotes(text, names), "direct")
    assert q.speaker == "PER:Mark Rutte"


def test_pronoun_after_a_new_person_is_named() -> None:
    text = (
        "Scholz sagte, er sei zuversichtlich. Auch Selenskyj äußerte sich. "
        "„Wir brauchen mehr Luftabwehr für unsere Städte“, sagte er."
    )
    (q,) = kind(quotes(text, {"Scholz": "PER", "Selenskyj": "PER"}), "direct")
    assert q.speaker == "PER:Selenskyj"


def test_description_resolves_through_an_earlier_title() -> None:
    text = (
        "US-Außenminister Antony Blinken traf in Riad ein. Später sprach Sergej Lawrow. "
        "„Wir sind bereit zu einem Waffenstillstand im Osten“, sagte der US-Außenminister."
    )
    names = {"Antony Blinken": "PER", "Riad": "LOC", "Sergej Lawrow": "PER"}
    (q,) = kind(quotes(text, names), "direct")
    assert q.speaker == "PER:Antony Blinken"


def test_unnamed_source_has_no_speaker() -> None:
    text = "„Ein Treffen ist derzeit nicht geplant“, sagte ein Sprecher des Ministeriums."
    (q,) = quotes(text, {})
    assert q.kind == "direct"
    assert q.speaker is None
    assert q.speaker_text and "Sprecher" in q.speaker_text


# -- fragments and scare quotes ---------------------------------------------------------


def test_fragment_with_speaker() -> None:
    text = "Kanzler Scholz sprach von einem „guten Gespräch“ mit dem Präsidenten."
    qs = quotes(text, {"Scholz": "PER"})
    (frag,) = kind(qs, "fragment")
    assert frag.text == "guten Gespräch"
    assert frag.speaker == "PER:Scholz"
    (ind,) = kind(qs, "indirect")
    assert ind.text.startswith("von einem „guten Gespräch“")


def test_scare_quotes_without_speaker_are_no_quotes() -> None:
    text = "Die sogenannte „Koalition der Willigen“ traf sich in Paris zu Beratungen."
    assert quotes(text, {"Paris": "LOC"}) == []


# -- reported speech --------------------------------------------------------------------


def test_dass_clause_after_separable_verb() -> None:
    text = "Das Außenministerium in Rom teilte mit, dass die Gespräche am Freitag beginnen."
    (q,) = quotes(text, {"Rom": "LOC"})
    assert q.kind == "indirect"
    assert q.text == "dass die Gespräche am Freitag beginnen"
    assert q.cue == "mitteilen"


def test_separable_particle_that_makes_another_verb_is_no_cue() -> None:
    text = "Der Präsident sagte das Treffen mit Orban kurzfristig ab, die Lage sei zu unsicher."
    qs = quotes(text, {"Orban": "PER"})
    assert not any(q.cue == "sagen" for q in qs)


def test_particle_decides_where_the_present_doubles_as_participle() -> None:
    text = "Die Regierung verlangt der Opposition große Zugeständnisse ab, die Lage sei ernst."
    assert not any(q.cue == "verlangen" for q in quotes(text, {}))
    text = "Die Regierung verlangt, dass die Opposition die Gespräche wieder aufnimmt."
    (q,) = quotes(text, {})
    assert q.cue == "verlangen"


def test_konjunktiv_carried_over_consecutive_sentences() -> None:
    text = (
        "Erdogan sagte, die Türkei sei bereit, Gastgeber zu sein. "
        "Man habe beiden Seiten ein Angebot gemacht. "
        "Die Gespräche könne man schon in der nächsten Woche beginnen. "
        "Am Abend flog er nach Ankara zurück."
    )
    qs = kind(quotes(text, {"Erdogan": "PER", "Türkei": "LOC", "Ankara": "LOC"}), "indirect")
    assert [q.speaker for q in qs] == ["PER:Erdogan"] * 3
    assert qs[0].text == "die Türkei sei bereit, Gastgeber zu sein"
    assert qs[1].text == "Man habe beiden Seiten ein Angebot gemacht"


def test_reported_clause_before_its_frame() -> None:
    text = "Die Delegation sei bereits auf dem Weg nach Genf, teilte Selenskyj auf Telegram mit."
    (q,) = quotes(text, {"Selenskyj": "PER", "Genf": "LOC"})
    assert q.text == "Die Delegation sei bereits auf dem Weg nach Genf"
    assert q.speaker == "PER:Selenskyj"
    assert q.cue == "mitteilen"
    assert q.channel == "Telegram"


@pytest.mark.parametrize(
    ("text", "speaker", "reported"),
    [
        (
            "Laut Reuters sind für Samstag weitere Gespräche geplant.",
            "ORG:Reuters",
            "sind für Samstag weitere Gespräche geplant",
        ),
        (
            "Nach Angaben von Interfax wurden zwei Gefangene ausgetauscht.",
            "ORG:Interfax",
            "wurden zwei Gefangene ausgetauscht",
        ),
        (
            "Dem Sender CNN zufolge reist der Gesandte am Montag nach Moskau.",
            "ORG:CNN",
            "reist der Gesandte am Montag nach Moskau",
        ),
        (
            "Die Gespräche dauerten, wie Politico berichtete, bis in die Nacht.",
            "ORG:Politico",
            None,
        ),
    ],
)
def test_according_to_phrases(text: str, speaker: str, reported: str | None) -> None:
    names = {"Reuters": "ORG", "Interfax": "ORG", "CNN": "ORG", "Politico": "ORG"}
    names["Moskau"] = "LOC"
    (q,) = kind(quotes(text, names), "indirect")
    assert q.speaker == speaker
    if reported:
        assert q.text == reported


def test_hiess_es_names_no_speaker() -> None:
    text = "Ein Treffen der Präsidenten sei nicht ausgeschlossen, hieß es in Brüssel."
    (q,) = quotes(text, {"Brüssel": "LOC"})
    assert q.speaker is None
    assert q.text == "Ein Treffen der Präsidenten sei nicht ausgeschlossen"


def test_adjective_forms_of_verbs_are_no_cues() -> None:
    text = "Unter Berufung auf informierte Kreise meldete die Agentur AFP neue Kämpfe."
    assert kind(quotes(text, {"AFP": "ORG"}), "indirect") == []


def test_interview_channel_names_the_outlet() -> None:
    text = (
        "„Wir sind einer Einigung so nahe wie nie zuvor“, sagte Witkoff in einem Interview "
        "mit dem Sender Fox News."
    )
    (q,) = quotes(text, {"Witkoff": "PER", "Fox News": "ORG"})
    assert q.channel == "interview with Fox News"


def test_offsets_point_into_the_text() -> None:
    text = "Vorab: „Wir prüfen den Vorschlag sehr genau“, erklärte Lawrow vor Journalisten."
    for q in quotes(text, {"Lawrow": "PER"}):
        assert text[q.start : q.end] == q.text
        assert q.sent_start <= q.start < q.end <= q.sent_end


# -- the pipeline and the gold articles -------------------------------------------------


def test_component_runs_in_the_pipeline() -> None:
    import parley.nlp

    nlp = parley.nlp.build(exclude=("parley_meetings",))
    doc = nlp("„Wir werden das Abkommen noch in diesem Jahr unterzeichnen“, sagte er.")
    assert [q.kind for q in doc._.quotes] == ["direct"]


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared")
def test_direct_quotes_of_the_seed_articles_are_found() -> None:
    found = total = 0
    for path in sorted((SHARED / "seeds").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_name(gold["text_file"]).read_text(encoding="utf-8")
        got = {q.text for q in kind(quotes(text, {}), "direct")}
        for g in gold["quotes"]:
            if g["kind"] == "direct":
                total += 1
                found += g["text"] in got
    assert total and found / total >= 0.9


def test_plural_sie_is_no_single_person() -> None:
    text = (
        "Merz und Macron trafen sich in Berlin. "
        "„Wir stehen fest an der Seite der Ukraine“, sagten sie nach dem Treffen."
    )
    (q,) = kind(quotes(text, {"Merz": "PER", "Macron": "PER", "Berlin": "LOC"}), "direct")
    assert q.speaker is None
    assert q.speaker_text == "sie"


def test_back_reference_names_the_speaker_of_the_sentence_before() -> None:
    text = (
        "Die Waffenruhe solle bereits am Wochenende beginnen. "
        "Das sagte Guterres am Abend in New York."
    )
    (q,) = quotes(text, {"Guterres": "PER", "New York": "LOC"})
    assert q.kind == "indirect"
    assert q.speaker == "PER:Guterres"
    assert q.text == "Die Waffenruhe solle bereits am Wochenende beginnen"


def test_colon_after_a_subject_introduces_its_quote() -> None:
    text = "Sikorski zeigte sich zuversichtlich: „Wir kommen einem Abkommen jeden Tag näher.“"
    (q,) = kind(quotes(text, {"Sikorski": "PER"}), "direct")
    assert q.speaker == "PER:Sikorski"


def test_learned_from_unnamed_circles() -> None:
    text = (
        "Der Gipfel werde in Wien stattfinden, erfuhr die Agentur aus Diplomatenkreisen. "
        "Demnach sind zwei Verhandlungstage geplant."
    )
    qs = quotes(text, {"Wien": "LOC"})
    assert [q.text for q in qs] == [
        "Der Gipfel werde in Wien stattfinden",
        "Demnach sind zwei Verhandlungstage geplant",
    ]
    assert all(q.speaker is None for q in qs)


def test_source_named_in_a_genitive_after_laut() -> None:
    text = "Laut einem Bericht der „Washington Post“ wurde das Treffen vertagt."
    (q,) = quotes(text, {"Washington Post": "ORG"})
    assert q.speaker == "ORG:Washington Post"
    assert q.text == "wurde das Treffen vertagt"


def test_outlet_in_quotation_marks_after_the_verb() -> None:
    text = "Merz sagte der „Bild am Sonntag“, die Regierung handle zu zögerlich."
    (q,) = kind(quotes(text, {"Merz": "PER"}), "indirect")
    assert q.channel == "interview with Bild am Sonntag"
    assert q.text == "die Regierung handle zu zögerlich"


def test_titles_in_quotation_marks_are_no_quotes() -> None:
    text = "Das Buch „Der lange Weg zum Frieden in Europa“ erschien im vergangenen Jahr."
    assert quotes(text, {"Europa": "LOC"}) == []


def test_person_in_apposition_before_a_colon_speaks() -> None:
    text = (
        "Ihren Unmut brachte die Sprecherin der Fraktion, Anna Berger, zum Ausdruck: "
        "„Wir lassen uns nicht unter Druck setzen.“"
    )
    (q,) = kind(quotes(text, {"Anna Berger": "PER"}), "direct")
    assert q.speaker == "PER:Anna Berger"


def test_wie_es_hiess() -> None:
    text = "Die Gespräche seien konstruktiv gewesen, wie es in einer Erklärung aus Ankara hieß."
    (q,) = quotes(text, {"Ankara": "LOC"})
    assert q.text == "Die Gespräche seien konstruktiv gewesen"
    assert q.speaker == "LOC:Ankara"
    assert q.channel == "statement"


@pytest.mark.parametrize(
    ("text", "speaker", "reported"),
    [
        (
            "Nach Aussagen Lawrows ist ein Treffen noch in diesem Monat möglich.",
            "PER:Lawrows",
            "ist ein Treffen noch in diesem Monat möglich",
        ),
        (
            "Aus Sicht der Nato ist die Lage an der Ostflanke stabil.",
            "ORG:Nato",
            "ist die Lage an der Ostflanke stabil",
        ),
        (
            "Es gebe einen Bericht von CNN, wonach die Gespräche vertagt worden seien.",
            "ORG:CNN",
            "die Gespräche vertagt worden seien",
        ),
        (
            "Nach Medienberichten wurden mehrere Diplomaten ausgewiesen.",
            None,
            "wurden mehrere Diplomaten ausgewiesen",
        ),
    ],
)
def test_more_source_phrases(text: str, speaker: str | None, reported: str) -> None:
    names = {"Lawrows": "PER", "Nato": "ORG", "CNN": "ORG"}
    qs = kind(quotes(text, names), "indirect")
    assert [(q.speaker, q.text) for q in qs] == [(speaker, reported)]


def test_so_inserted_between_commas() -> None:
    text = "Die Lage an der Front, so Syrskyj, sei inzwischen äußerst angespannt."
    (q,) = quotes(text, {"Syrskyj": "PER"})
    assert q.speaker == "PER:Syrskyj"
    assert q.text.startswith("Die Lage an der Front") and q.text.endswith("angespannt")


def test_headline_name_colon_statement() -> None:
    (q,) = quotes("Kreml: Keine neuen Gespräche in dieser Woche geplant", {"Kreml": "ORG"})
    assert (q.kind, q.speaker) == ("indirect", "ORG:Kreml")
    assert q.text == "Keine neuen Gespräche in dieser Woche geplant"
    assert quotes("Berlin: Die Polizei sucht Zeugen", {"Berlin": "LOC"}) == []


def test_unnamed_subject_keeps_its_words() -> None:
    text = "„Ich bereue, was geschehen ist, zutiefst“, sagte der Angeklagte vor Gericht."
    (q,) = quotes(text, {})
    assert q.speaker is None
    assert q.speaker_text == "der Angeklagte"


def test_quote_after_a_bare_conjunction_continues_the_speaker() -> None:
    text = (
        "Guterres äußerte sich mit den Worten: „Die Lage ist dramatisch und verschlechtert sich.“ "
        "Und: „Wir brauchen sofort einen humanitären Korridor.“"
    )
    qs = kind(quotes(text, {"Guterres": "PER"}), "direct")
    assert [q.speaker for q in qs] == ["PER:Guterres", "PER:Guterres"]


def test_apposition_without_article_before_the_verb() -> None:
    text = (
        "Petra Klein, Sprecherin der Feuerwehr Köln, sprach von einer "
        "„Lage, wie wir sie noch nie erlebt haben“."
    )
    (q,) = kind(quotes(text, {"Petra Klein": "PER", "Feuerwehr Köln": "ORG"}), "direct")
    assert q.speaker == "PER:Petra Klein"


def test_free_relative_clause_is_no_frame() -> None:
    text = "Was der Minister Wadephul sagte, klang versöhnlich: „Wir reichen allen die Hand.“"
    qs = quotes(text, {"Wadephul": "PER"})
    assert kind(qs, "indirect") == []
    assert [q.speaker for q in kind(qs, "direct")] == ["PER:Wadephul"]


def test_government_speaks_for_its_seat() -> None:
    text = "Die Regierung in Warschau teilte mit, man werde die Grenze vorerst nicht öffnen."
    (q,) = quotes(text, {"Warschau": "LOC"})
    assert q.speaker == "LOC:Warschau"


def test_reported_clause_after_a_dash_belongs_to_the_subject_before() -> None:
    text = (
        "Ungarn und die Slowakei lehnten den Vorschlag ab – er gefährde die Energieversorgung "
        "der Region."
    )
    (q,) = quotes(text, {"Ungarn": "LOC", "Slowakei": "LOC"})
    assert q.text == "er gefährde die Energieversorgung der Region"
    assert q.speaker == "LOC:Ungarn"


# -- descriptions, institutions, appositions ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der französische Präsident Emmanuel Macron traf Olaf Scholz. „Europa muss geeint "
            "auftreten“, sagte der Franzose nach dem Treffen.",
            "PER:Emmanuel Macron",
        ),
        (
            "Olaf Scholz empfing Emmanuel Macron. „Wir bleiben enge Partner in Europa“, sagte der Franzose.",
            "PER:Emmanuel Macron",
        ),
        (
            "Bundeskanzler Olaf Scholz warnte vor einem Handelskrieg. „Wir werden unsere "
            "Industrie schützen“, sagte der SPD-Politiker in Berlin.",
            "PER:Olaf Scholz",
        ),
    ],
)
def test_demonym_or_party_noun_names_the_person(text: str, speaker: str) -> None:
    names = {"Emmanuel Macron": "PER", "Olaf Scholz": "PER", "Berlin": "LOC"}
    homes = {"Emmanuel Macron": "Frankreich", "Olaf Scholz": "Deutschland"}
    (q,) = kind(quotes(text, names, homes), "direct")
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Gespräche gehen weiter, wie das türkische Außenministerium mitteilte.", "LOC:Türkei"),
        ("Dem ukrainischen Verteidigungsministerium zufolge fielen 80 Drohnen.", "LOC:Ukraine"),
        ("Laut türkischem Außenministerium ist ein neues Treffen möglich.", "LOC:Türkei"),
        ("Nach Angaben der ukrainischen Regierung sind die Häfen offen.", "LOC:Ukraine"),
        ("Nach Angaben der Regierung Polens sind die Grenzen offen.", "LOC:Polens"),
        ("Nach Angaben der brasilianischen Regierung wurde das Treffen verschoben.", None),
    ],
)
def test_a_states_ministry_speaks_for_the_state(text: str, speaker: str | None) -> None:
    names = {"Türkei": "LOC", "Ukraine": "LOC", "Polens": "LOC"}
    (q,) = kind(quotes(text, names), "indirect")
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Ein Abkommen sei nicht in Sicht, sagte der Sprecher des russischen "
        "Außenministeriums, Dmitri Lenz.",
        "Ein Abkommen sei nicht in Sicht, sagte ein Sprecher der Regierung, Dmitri Lenz, am Abend.",
    ],
)
def test_name_in_apposition_after_the_description(text: str) -> None:
    lead = "Jana Roth hatte am Morgen von Fortschritten gesprochen. "
    qs = kind(quotes(lead + text, {"Jana Roth": "PER", "Dmitri Lenz": "PER"}), "indirect")
    assert qs[-1].speaker == "PER:Dmitri Lenz"


def test_unnamed_spokesman_of_an_organisation() -> None:
    text = "Die Lage bleibe angespannt, sagte ein Sprecher der Vereinten Nationen am Montag."
    (q,) = quotes(text, {"Vereinten Nationen": "ORG"})
    assert q.speaker is None


def test_country_adjective_formed_from_the_name() -> None:
    text = "Die Gespräche gehen weiter, wie das omanische Außenministerium mitteilte."
    (q,) = quotes(text, {"Oman": "LOC"})
    assert q.speaker == "LOC:Oman"


# -- Konjunktiv after a direct quote; clauses that are not reported -----------------------


def test_konjunktiv_with_aber_after_a_direct_quote() -> None:
    text = (
        "„Wir kommen einer Lösung näher als je zuvor“, sagte Jan Berg am Abend. Es gebe aber "
        "weiterhin große Meinungsunterschiede über die Grenze."
    )
    qs = kind(quotes(text, {"Jan Berg": "PER"}), "indirect")
    assert [(q.text[:7], q.speaker) for q in qs] == [("Es gebe", "PER:Jan Berg")]


@pytest.mark.parametrize(
    "text",
    [
        "„Das ist ein wichtiger Tag für unser Land“, sagte Jan Berg, der derzeit den Vorsitz "
        "der Kommission innehat.",
        "Jan Berg hatte den Rebellen mit Sanktionen gedroht, sollten die Angriffe weitergehen.",
        "„Wir werden“, fügte Jan Berg hinzu, „niemals aufgeben und weiter kämpfen.“",
    ],
)
def test_relative_conditional_and_quoted_words_are_not_reported(text: str) -> None:
    assert kind(quotes(text, {"Jan Berg": "PER"}), "indirect") == []


def test_relative_clause_after_the_speaker_keeps_the_clause_before() -> None:
    text = (
        "Ein neues Treffen solle bald in Genf stattfinden, sagte ein Diplomat, der nicht "
        "namentlich genannt werden wollte."
    )
    (q,) = quotes(text, {})
    assert q.text == "Ein neues Treffen solle bald in Genf stattfinden"
    assert q.speaker is None


def test_demonstrative_after_a_verb_of_saying_is_reported() -> None:
    (q,) = quotes("Jan Berg sagte, das sei ein schwerer Fehler.", {"Jan Berg": "PER"})
    assert q.text == "das sei ein schwerer Fehler"


def test_compatriot_when_the_last_person_acts_for_another_country() -> None:
    text = (
        "König Harald empfing die Gäste. Generalsekretär Jan Berg eröffnete das Treffen. "
        "„Wir stehen vor einer wichtigen Entscheidung“, sagte der Norweger."
    )
    names = {"Harald": "PER", "Jan Berg": "PER", "Norwegen": "LOC"}
    (q,) = kind(quotes(text, names, {"Harald": "Norwegen"}), "direct")
    assert q.speaker == "PER:Jan Berg"  # no country known for him: the person just named


def test_a_persons_office_speaks_for_the_person() -> None:
    text = "Bergs Büro teilte mit, man werde keine Vereinbarung akzeptieren."
    (q,) = quotes(text, {"Bergs": "PER"})
    assert q.speaker == "PER:Bergs"


def test_dative_pronoun_before_zufolge() -> None:
    text = (
        "„Wir haben unsere Antwort übergeben“, schrieb Ole Hansen auf X. Ihm zufolge könnte "
        "eine Einigung bald stehen."
    )
    qs = kind(quotes(text, {"Ole Hansen": "PER"}), "indirect")
    assert [(q.text, q.speaker) for q in qs] == [
        ("könnte eine Einigung bald stehen", "PER:Ole Hansen")
    ]


def test_source_phrase_after_a_relative_clause_keeps_the_main_clause() -> None:
    text = "Ein Treffen, das für Montag angesetzt war, wurde nach Medienberichten abgesagt."
    (q,) = quotes(text, {})
    assert q.text.startswith("Ein Treffen, das für Montag")


def test_swiss_spelling_of_verbs_of_saying() -> None:
    (q,) = quotes("Weitere Gespräche sollen folgen, hiess es aus Verhandlungskreisen.", {})
    assert q.text == "Weitere Gespräche sollen folgen"
    assert q.speaker is None


def test_organisation_named_after_a_person_noun_in_apposition() -> None:
    text = "Eine Einigung sei nah, sagte der Sprecher der Delegation, der Norweger Ole Hansen."
    (q,) = quotes(text, {"Ole Hansen": "ORG"})  # a name the NER typed wrongly
    assert q.speaker == "ORG:Ole Hansen"


def test_nannte_with_a_quotation_and_without_als() -> None:
    text = "Die Ministerin Eva Lind nannte den Vorschlag „völlig unannehmbar“."
    (q,) = kind(quotes(text, {"Eva Lind": "PER"}), "indirect")
    assert (q.text, q.speaker) == ("den Vorschlag „völlig unannehmbar“", "PER:Eva Lind")


def test_nickname_and_silence_are_no_speech() -> None:
    text = "Der Anführer der Rebellen, Jan Berg, genannt «Der Fuchs», äusserte sich nicht."
    assert kind(quotes(text, {"Jan Berg": "PER"}), "indirect") == []


def test_leader_noun_with_apposition() -> None:
    text = (
        "Die Lage sei ernst, sagte der Verhandlungsführer der Opposition, der Norweger Ole Hansen."
    )
    (q,) = quotes(text, {"Ole Hansen": "PER"})
    assert q.speaker == "PER:Ole Hansen"


def test_ministry_taken_as_one_name_speaks_for_the_state() -> None:
    text = "Die Waffenruhe gilt ab Montag, wie das Aussenministerium Polens mitteilte."
    names = {"Aussenministerium Polens": "ORG", "Polen": "LOC"}
    (q,) = quotes(text, names)
    assert q.speaker == "LOC:Polen"


def test_semicolon_bounds_the_clause_before_hiess_es() -> None:
    text = (
        "Ursprünglich war Genf als Ort vorgesehen; ein Besuch in Wien sei aber nicht geplant, "
        "hieß es aus Regierungskreisen."
    )
    (q,) = quotes(text, {"Genf": "LOC", "Wien": "LOC"})
    assert q.text == "ein Besuch in Wien sei aber nicht geplant"


@pytest.mark.parametrize(
    "text",
    [
        "Die Ursache waren dem Bericht zufolge nicht näher bezeichnete „technische Probleme“.",
        "Der Konzern nannte die neuen Modelle „Sirius“ und „Vega“.",
        "Eva Lind nannte in einem Gespräch mit dem Sender „Radio Nord“ drei Bedingungen.",
    ],
)
def test_naming_verb_without_a_called_quotation(text: str) -> None:
    qs = kind(quotes(text, {"Eva Lind": "PER"}), "indirect")
    assert all(q.cue != "nennen" and q.cue != "bezeichnen" for q in qs)


def test_kidnappers_are_no_leader_noun() -> None:
    text = (
        "Jan Berg ist seit Tagen in Geiselhaft. Die Entführer teilten mit, dass die Geiseln "
        "in ihrer Hand blieben."
    )
    (q,) = quotes(text, {"Jan Berg": "PER"})
    assert q.speaker is None


def test_main_clause_with_adverb_after_the_article_is_reported() -> None:
    text = "General Jan Berg erklärte, die noch zu schaffende Verfassung werde vieles regeln."
    (q,) = quotes(text, {"Jan Berg": "PER"})
    assert q.text.startswith("die noch zu schaffende")
    assert q.speaker == "PER:Jan Berg"


def test_nach_deren_angaben() -> None:
    text = "Forscher legten eine Studie vor. Nach deren Angaben sollten alle mehr Obst essen."
    (q,) = quotes(text, {})
    assert q.text == "sollten alle mehr Obst essen"


def test_quoted_zu_infinitive_after_a_verb_of_saying_is_also_reported() -> None:
    text = "UN-Klimachef Jan Berg rief die Staaten auf, „die Blockaden endlich zu beenden“."
    qs = quotes(text, {"Jan Berg": "PER"})
    assert [(q.kind, q.text, q.speaker) for q in qs] == [
        ("indirect", "„die Blockaden endlich zu beenden“", "PER:Jan Berg"),
        ("direct", "die Blockaden endlich zu beenden", "PER:Jan Berg"),
    ]


def test_the_ministry_named_again_speaks_for_the_same_state() -> None:
    text = (
        "Das russische Verteidigungsministerium bestätigte den Austausch. Die Soldaten würden "
        "nach Moskau gebracht, hieß es in einer Mitteilung des Ministeriums."
    )
    (q,) = quotes(text, {"Russland": "LOC", "Moskau": "LOC"})
    assert q.speaker == "LOC:Russland"


def test_genitive_ministry_in_a_source_phrase() -> None:
    text = "Nach Angaben des ukrainischen Verteidigungsministeriums kehrten 150 Soldaten zurück."
    (q,) = quotes(text, {"Ukraine": "LOC"})
    assert q.speaker == "LOC:Ukraine"


def test_source_before_hiess_es() -> None:
    (q,) = quotes("Aus Berlin hieß es, die Regierung sei bereit.", {"Berlin": "LOC"})
    assert (q.text, q.speaker) == ("die Regierung sei bereit", "LOC:Berlin")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Jan Berg sprach von einem „sehr guten Treffen“ und dankte den Vermittlern.",
            "von einem „sehr guten Treffen“",
        ),
        (
            "Jan Berg sprach von einem „sehr guten Treffen“ und dankte Präsident Eva Lind.",
            "von einem „sehr guten Treffen“",
        ),
        (
            "Jan Berg sprach von Fortschritten und ersten Ergebnissen.",
            "von Fortschritten und ersten Ergebnissen",
        ),
    ],
)
def test_sprach_von_ends_before_a_second_verb(text: str, said: str) -> None:
    (q,) = kind(quotes(text, {"Jan Berg": "PER", "Eva Lind": "PER"}), "indirect")
    assert q.text == said


def test_past_modal_with_a_named_subject_is_narration() -> None:
    text = (
        "Eine Einigung sei nah, hieß es aus Diplomatenkreisen. Anschließend wollte Jan Berg "
        "getrennt mit beiden Delegationen sprechen."
    )
    qs = quotes(text, {"Jan Berg": "PER"})
    assert [q.text for q in qs] == ["Eine Einigung sei nah"]
