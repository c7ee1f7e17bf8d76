"""The parley_meetings component on German sentences written for these tests.

Names and time expressions are set by hand (as parley_actors and parley_timex would), so
the tests check the meeting extractor alone.
"""

from __future__ import annotations

from dataclasses import replace

from test_meetings_support import make_doc, names

from parley.nlp.meetings import extract
from parley.nlp.meetings.context import build
from parley.nlp.meetings.lexicon import lexicon

FR = ("Frankreich", "LOC", ["Frankreich", "Frankreichs"], None)
PL = ("Polen", "LOC", ["Polen", "Polens"], None)
WARSAW = ("Warschau", "LOC", ["Warschau"], None)


def one(doc):
    found = extract(doc)
    assert len(found) == 1, found
    return found[0]


def test_held_meeting_with_place_date_and_sides():
    text = "Die Außenminister Frankreichs und Polens trafen sich am Dienstag in Warschau."
    doc = make_doc(
        text,
        "2024-05-08",
        [FR, PL, WARSAW],
        [("am Dienstag", "2024-05-07", "2024-05-07", "2024-05-07")],
    )
    m = one(doc)
    assert m.status == "held"
    assert names(doc, m.parties) == ["Frankreich", "Polen"]
    assert names(doc, [m.location]) == ["Warschau"]
    assert (m.date, m.begin, m.until) == ("2024-05-07", "2024-05-07", "2024-05-07")
    assert m.format == "bilateral"
    assert m.mode == "in_person"
    assert text[m.evidence["status"].sent_start : m.evidence["status"].sent_end] == text
    assert set(m.evidence) >= {"status", "date", "participants", "location"}


def test_ruled_out_by_negation_next_to_the_plan():
    text = "Ein Treffen zwischen Vertretern Chinas, Indiens und Japans ist derzeit nicht geplant."
    actors = [
        ("China", "LOC", ["Chinas"], None),
        ("Indien", "LOC", ["Indiens"], None),
        ("Japan", "LOC", ["Japans"], None),
    ]
    m = one(make_doc(text, "2024-03-01", actors))
    assert m.status == "ruled_out"
    assert m.format == "trilateral"
    assert m.date is None


def test_proposed_trilateral():
    text = "Kanada schlägt ein Dreiertreffen mit Mexiko und den USA vor."
    actors = [
        ("Kanada", "LOC", ["Kanada"], None),
        ("Mexiko", "LOC", ["Mexiko"], None),
        ("USA", "LOC", ["USA"], None),
    ]
    m = one(make_doc(text, "2024-03-01", actors))
    assert m.status == "proposed"
    assert m.format == "trilateral"


def test_cancelled_beats_the_plan_it_cancels():
    text = "Das geplante Gespräch zwischen Scholz und Macron in Paris wurde abgesagt."
    actors = [
        ("Olaf Scholz", "PER", ["Scholz"], None),
        ("Emmanuel Macron", "PER", ["Macron"], None),
        ("Paris", "LOC", ["Paris"], None),
    ]
    m = one(make_doc(text, "2023-02-01", actors))
    assert m.status == "cancelled"
    assert m.format == "bilateral"


def test_planned_with_future_and_date():
    text = (
        "Die Verhandlungen zwischen Armenien und Aserbaidschan sollen am 3. März in Oslo beginnen."
    )
    actors = [
        ("Armenien", "LOC", ["Armenien"], None),
        ("Aserbaidschan", "LOC", ["Aserbaidschan"], None),
        ("Oslo", "LOC", ["Oslo"], None),
    ]
    m = one(
        make_doc(
            text, "2024-02-20", actors, [("am 3. März", "2024-03-03", "2024-03-03", "2024-03-03")]
        )
    )
    assert m.status == "planned"
    assert m.date == "2024-03-03"
    assert names(make_doc(text, None, actors), [m.location]) == ["Oslo"]


def test_one_meeting_mentioned_twice_is_one_report():
    text = (
        "Am Montag kamen Vertreter Finnlands und Schwedens in Helsinki zusammen. "
        "Das Treffen in Helsinki dauerte drei Stunden. "
        "Für Schweden nahm Außenministerin Maria Malmer Stenergard teil."
    )
    actors = [
        ("Finnland", "LOC", ["Finnlands"], None),
        ("Schweden", "LOC", ["Schwedens", "Schweden"], None),
        ("Helsinki", "LOC", ["Helsinki"], None),
        ("Maria Malmer Stenergard", "PER", ["Maria Malmer Stenergard"], "Schweden"),
    ]
    doc = make_doc(
        text, "2024-06-12", actors, [("Am Montag", "2024-06-10", "2024-06-10", "2024-06-10")]
    )
    m = one(doc)
    assert m.status == "held"
    assert names(doc, m.parties) == ["Finnland", "Schweden"]
    assert names(doc, m.participants) == ["Maria Malmer Stenergard"]
    assert m.date == "2024-06-10"


def test_demonym_delegation_is_a_party_when_the_article_names_the_country():
    text = "In Genf verhandelte die finnische Delegation mit einer schwedischen Delegation."
    finland = ("Finnland", "LOC", ["Finnland"], None)
    sweden = ("Schweden", "LOC", ["Schweden"], None)
    geneva = ("Genf", "LOC", ["Genf"], None)
    both = make_doc(
        text + " Finnland und Schweden sind zufrieden.", "2024-06-12", [finland, sweden, geneva]
    )
    m = one(both)
    assert names(both, m.parties) == ["Finnland", "Schweden"]
    assert names(both, [m.location]) == ["Genf"]
    named_once = make_doc(text + " Finnland ist zufrieden.", "2024-06-12", [finland, geneva])
    assert extract(named_once) == []  # one side named: not a meeting the article can place


def test_phone_call_and_people_described_by_others_stay_out():
    text = (
        "Kanzler Olaf Scholz telefonierte am Abend mit Wladimir Putin, dem Präsidenten Russlands."
    )
    actors = [
        ("Olaf Scholz", "PER", ["Olaf Scholz"], None),
        ("Wladimir Putin", "PER", ["Wladimir Putin"], "Russland"),
        ("Russland", "LOC", ["Russlands"], None),
    ]
    doc = make_doc(
        text, "2022-12-02", actors, [("am Abend", "2022-12-02", "2022-12-02", "2022-12-02")]
    )
    m = one(doc)
    assert m.mode == "phone"
    assert names(doc, m.participants) == ["Olaf Scholz", "Wladimir Putin"]
    assert m.status == "held"


def test_talks_about_a_country_do_not_make_it_a_side_or_place():
    text = "Polen und Frankreich berieten in Warschau über den Krieg in der Ukraine."
    actors = [PL, FR, WARSAW, ("Ukraine", "LOC", ["Ukraine"], None)]
    doc = make_doc(text, "2024-05-08", actors)
    m = one(doc)
    assert names(doc, m.parties) == ["Frankreich", "Polen"]
    assert names(doc, [m.location]) == ["Warschau"]


def test_a_denied_meeting_is_not_a_meeting():
    text = "Die beiden Präsidenten Biden und Xi haben sich seit einem Jahr nicht getroffen."
    actors = [("Joe Biden", "PER", ["Biden"], None), ("Xi Jinping", "PER", ["Xi"], None)]
    assert extract(make_doc(text, "2023-11-01", actors)) == []


def test_no_names_no_meeting():
    doc = make_doc("Die Gespräche gehen weiter.", "2024-01-01", [])
    assert extract(doc) == []


def test_held_now_takes_the_publication_date():
    text = "In Riad haben Vertreter der USA und Russlands Gespräche begonnen."
    actors = [
        ("Riad", "LOC", ["Riad"], None),
        ("USA", "LOC", ["USA"], None),
        ("Russland", "LOC", ["Russlands"], None),
    ]
    m = one(make_doc(text, "2025-02-18", actors))
    assert (m.status, m.date) == ("held", "2025-02-18")


def test_a_visit_is_a_meeting_with_its_host():
    text = "Bundeskanzler Olaf Scholz besuchte am Montag Kiew und sprach mit Präsident Selenskyj."
    actors = [
        ("Olaf Scholz", "PER", ["Olaf Scholz"], None),
        ("Wolodymyr Selenskyj", "PER", ["Selenskyj"], None),
        ("Kiew", "LOC", ["Kiew"], None),
    ]
    doc = make_doc(
        text, "2022-06-17", actors, [("am Montag", "2022-06-13", "2022-06-13", "2022-06-13")]
    )
    m = one(doc)
    assert m.status == "held" and m.date == "2022-06-13"
    assert "Olaf Scholz" in names(doc, m.participants)


def test_talks_a_clause_speaks_about_are_not_its_meeting():
    text = (
        "In Rom informierten Vertreter Italiens und Spaniens über die jüngsten Gespräche in Lissabon. "
        "Am Freitag reist Spaniens Regierungschef zum Gipfel mit Italien nach Rom."
    )
    actors = [
        ("Italien", "LOC", ["Italiens", "Italien"], None),
        ("Spanien", "LOC", ["Spaniens"], None),
        ("Rom", "LOC", ["Rom"], None),
        ("Lissabon", "LOC", ["Lissabon"], None),
    ]
    doc = make_doc(
        text, "2024-04-02", actors, [("Am Freitag", "2024-04-05", "2024-04-05", "2024-04-05")]
    )
    m = one(doc)
    assert m.status == "planned" and m.date == "2024-04-05"
    assert names(doc, m.parties) == ["Italien", "Spanien"]
    assert names(doc, [m.location]) == ["Rom"]


def test_place_before_the_closing_verb_survives_a_topic_phrase():
    text = "Die Außenminister Chiles und Perus sind am Montag zu Gesprächen über den Grenzstreit in Lima eingetroffen."
    actors = [
        ("Chile", "LOC", ["Chiles"], None),
        ("Peru", "LOC", ["Perus"], None),
        ("Lima", "LOC", ["Lima"], None),
    ]
    doc = make_doc(
        text, "2024-05-08", actors, [("am Montag", "2024-05-06", "2024-05-06", "2024-05-06")]
    )
    m = one(doc)
    assert m.status == "planned"  # they arrived for talks still to come
    assert names(doc, [m.location]) == ["Lima"]


CL = ("Chile", "LOC", ["Chile", "Chiles"], None)
PE = ("Peru", "LOC", ["Peru", "Perus"], None)
BORIC = ("Gabriel Boric", "PER", ["Gabriel Boric", "Boric"], "Chile")
BOLUARTE = ("Dina Boluarte", "PER", ["Dina Boluarte", "Boluarte"], "Peru")


def test_beide_points_back_to_the_pair_named_before():
    text = (
        "Chile und Peru haben am Montag in Lima über die Grenze verhandelt."
        " Zuletzt hatten Unterhändler beider Länder im Mai in Quito verhandelt."
        " Ein Gipfeltreffen der beiden Präsidenten ist für den Herbst im Gespräch."
        " Boric und Boluarte hatten zuvor telefoniert."
    )
    actors = [CL, PE, ("Lima", "LOC", ["Lima"], None), ("Quito", "LOC", ["Quito"], None)]
    doc = make_doc(
        text.replace(" Boric und Boluarte hatten zuvor telefoniert.", ""),
        "2024-09-10",
        actors,
        [("am Montag", "2024-09-09", "2024-09-09", "2024-09-09"), ("im Mai", "2024-05", *MAY)],
    )
    found = {names(doc, [m.location])[0]: m for m in extract(doc) if m.location}
    assert names(doc, found["Quito"].parties) == ["Chile", "Peru"]
    assert found["Quito"].date == "2024-05"
    summit = [m for m in extract(doc) if m.status == "proposed"]
    assert [names(doc, m.parties) for m in summit] == [["Chile", "Peru"]]


def test_beide_as_persons_takes_the_pairs_people():
    text = (
        "Boric traf am Montag in Lima Boluarte."
        " Zuletzt hatten sich die beiden im Mai in Quito getroffen."
    )
    actors = [CL, PE, BORIC, BOLUARTE, ("Lima", "LOC", ["Lima"], None)]
    actors.append(("Quito", "LOC", ["Quito"], None))
    doc = make_doc(text, "2024-09-10", actors, [("im Mai", "2024-05", *MAY)])
    quito = next(m for m in extract(doc) if names(doc, [m.location]) == ["Quito"])
    assert sorted(names(doc, quito.participants)) == ["Dina Boluarte", "Gabriel Boric"]


def test_ruled_out_by_schlossen_aus_and_three_sided_contacts_widen_the_pair():
    text = (
        "Ein direktes Treffen zwischen Boric und Boluarte schlossen Diplomaten vorerst aus."
        " Polen verhandelt mit Litauen über Gas."
        " Dreierkontakte mit der ukrainischen Seite sind nicht geplant."
    )
    actors = [CL, PE, BORIC, BOLUARTE, PL, ("Litauen", "LOC", ["Litauen"], None)]
    actors.append(("Ukraine", "LOC", ["Ukraine"], None))
    doc = make_doc(text, "2024-09-10", actors)
    found = extract(doc)
    assert [m.status for m in found] == ["ruled_out", "held", "ruled_out"]
    assert sorted(names(doc, found[2].parties)) == ["Litauen", "Polen", "Ukraine"]
    assert found[2].format == "trilateral"


MAY = ("2024-05-01", "2024-05-31")


def test_last_and_next_meeting_of_a_series_are_meetings_of_their_own():
    text = (
        "In Lima hat am Montag der Gipfel Chiles und Perus begonnen."
        " Der letzte Gipfel hatte im Mai in Quito stattgefunden."
        " Der nächste soll 2025 in Cusco folgen."
    )
    actors = [CL, PE, ("Lima", "LOC", ["Lima"], None), ("Quito", "LOC", ["Quito"], None)]
    actors.append(("Cusco", "LOC", ["Cusco"], None))
    timexes = [
        ("am Montag", "2024-09-09", "2024-09-09", "2024-09-09"),
        ("im Mai", "2024-05", *MAY),
        ("2025", "2025", "2025-01-01", "2025-12-31"),
    ]
    doc = make_doc(text, "2024-09-10", actors, timexes)
    found = [(m.status, names(doc, [m.location])[0], m.date, m.parties) for m in extract(doc)]
    assert [f[:3] for f in found] == [
        ("held", "Lima", "2024-09-09"),
        ("held", "Quito", "2024-05"),
        ("planned", "Cusco", "2025"),
    ]
    assert all(names(doc, f[3]) == ["Chile", "Peru"] for f in found)


def test_a_call_does_not_take_the_articles_main_place():
    text = (
        "In Lima trafen sich am Dienstag die Außenminister Chiles und Perus."
        " Boric hatte am Montag mit Boluarte telefoniert."
    )
    actors = [CL, PE, BORIC, BOLUARTE, ("Lima", "LOC", ["Lima"], None)]
    timexes = [
        ("am Dienstag", "2024-09-10", "2024-09-10", "2024-09-10"),
        ("am Montag", "2024-09-09", "2024-09-09", "2024-09-09"),
    ]
    doc = make_doc(text, "2024-09-10", actors, timexes)
    call = next(m for m in extract(doc) if m.mode == "phone")
    assert call.location is None


def test_one_clause_with_getrennt_or_sowohl_tells_of_one_meeting_per_side():
    text = (
        "Der polnische Außenminister Radosław Sikorski hatte am Montag sowohl Boric in Lima"
        " besucht als auch mit Boluarte telefoniert."
    )
    actors = [CL, PE, BORIC, BOLUARTE, PL, ("Lima", "LOC", ["Lima"], None)]
    actors.append(("Radosław Sikorski", "PER", ["Radosław Sikorski"], "Polen"))
    doc = make_doc(text, "2024-09-10", actors)
    found = sorted(
        (sorted(names(doc, m.participants)), names(doc, [m.location])) for m in extract(doc)
    )
    assert found == [
        (["Dina Boluarte", "Radosław Sikorski"], [None]),
        (["Gabriel Boric", "Radosław Sikorski"], ["Lima"]),
    ]


def test_where_and_when_something_was_said_is_not_the_meetings():
    text = "Boric sagte am Sonntag in Santiago, ein Treffen mit Boluarte solle im Mai stattfinden."
    actors = [CL, PE, BORIC, BOLUARTE, ("Santiago", "LOC", ["Santiago"], None)]
    timexes = [
        ("am Sonntag", "2024-04-14", "2024-04-14", "2024-04-14"),
        ("im Mai", "2024-05", *MAY),
    ]
    m = one(make_doc(text, "2024-04-15", actors, timexes))
    assert (m.status, m.location, m.date) == ("planned", None, "2024-05")


def test_a_second_round_is_planned_by_angesetzt_and_has_no_place_yet():
    text = (
        "Chile und Peru haben am Montag in Lima verhandelt."
        " Eine zweite Runde ist für den 20. September angesetzt, der Ort steht noch nicht fest."
    )
    actors = [CL, PE, ("Lima", "LOC", ["Lima"], None)]
    timexes = [
        ("am Montag", "2024-09-09", "2024-09-09", "2024-09-09"),
        ("für den 20. September", "2024-09-20", "2024-09-20", "2024-09-20"),
    ]
    doc = make_doc(text, "2024-09-10", actors, timexes)
    found = [(m.status, m.location, m.date, names(doc, m.parties)) for m in extract(doc)]
    assert found[1] == ("planned", None, "2024-09-20", ["Chile", "Peru"])
    assert len(found) == 2


def test_a_cancelled_meeting_and_a_ruled_out_one_stay_apart():
    text = (
        "Das für Freitag in Lima geplante Treffen zwischen Boric und Boluarte ist abgesagt worden."
        " Ein Treffen mit Boluarte komme für Boric erst in Frage, wenn die Grenze geklärt sei."
        " Vor den Gesprächen hatten beide Seiten die Erwartungen gedämpft."
    )
    actors = [CL, PE, BORIC, BOLUARTE, ("Lima", "LOC", ["Lima"], None)]
    found = extract(make_doc(text, "2024-09-10", actors))
    assert sorted(m.status for m in found) == ["cancelled", "ruled_out"]


def test_a_nachdem_clause_lends_the_meeting_no_sides():
    text = (
        "Die Gespräche waren im Juni abgebrochen worden, nachdem Chile und Peru protestiert hatten."
    )
    assert extract(make_doc(text, "2024-09-10", [CL, PE])) == []


def test_a_planned_meeting_with_one_named_side_is_still_a_meeting():
    text = "In Lima verhandelten am Montag Chile und Peru. Ein Treffen mit Bolivien sei geplant."
    actors = [CL, PE, ("Lima", "LOC", ["Lima"], None), ("Bolivien", "LOC", ["Bolivien"], None)]
    timexes = [("am Montag", "2024-09-09", "2024-09-09", "2024-09-09")]
    doc = make_doc(text, "2024-09-10", actors, timexes)
    found = [(m.status, names(doc, m.parties)) for m in extract(doc)]
    assert found == [("held", ["Chile", "Peru"]), ("planned", ["Bolivien"])]


def test_er_who_meets_is_the_person_named_before_but_not_er_who_speaks():
    actors = [CL, PE, BORIC, BOLUARTE, ("Lima", "LOC", ["Lima"], None)]
    text = "Boric landete am Montag in Lima. Am Abend will er dort Boluarte treffen."
    doc = make_doc(text, "2024-09-09", actors)
    assert names(doc, one(doc).participants) == ["Dina Boluarte", "Gabriel Boric"]
    text = "Boric landete in Lima. Er ergänzte mit Blick auf ein Treffen Chiles und Perus, es sei geplant."
    doc = make_doc(text, "2024-09-09", actors)
    assert one(doc).participants == []


def test_a_side_meeting_at_a_summit_is_a_meeting_of_its_own_on_the_summit_day():
    text = (
        "In Lissabon hat am Montag der Gipfel der OSZE begonnen. "
        "Kanzler Olaf Scholz will am Rande des Gipfels den kanadischen Premier Mark Carney "
        "treffen."
    )
    actors = [
        ("Lissabon", "LOC", ["Lissabon"], None),
        ("OSZE", "ORG", ["OSZE"], None),
        ("Kanada", "LOC", ["Kanada"], None),
        ("Mark Carney", "PER", ["Mark Carney"], "Kanada"),
        ("Olaf Scholz", "PER", ["Olaf Scholz"], None),
    ]
    doc = make_doc(
        text,
        "2024-12-02",
        actors,
        [("am Montag", "2024-12-02", "2024-12-02", "2024-12-02")],
    )
    summit, side = extract(doc)
    assert names(doc, summit.parties) == ["OSZE"] and summit.status == "held"
    assert names(doc, side.participants) == ["Mark Carney", "Olaf Scholz"]
    assert side.status == "planned"
    assert names(doc, [side.location]) == ["Lissabon"]
    assert side.date == "2024-12-02"


def test_talks_under_four_eyes_stay_apart_from_the_round_of_all():
    text = (
        "Die Staatschefs Chiles, Perus und Boliviens berieten am Freitag in Lima. "
        "Vor dem Abendessen sprachen Gabriel Boric und Dina Boluarte unter vier Augen miteinander."
    )
    actors = [
        ("Chile", "LOC", ["Chiles"], None),
        ("Peru", "LOC", ["Perus"], None),
        ("Bolivien", "LOC", ["Boliviens"], None),
        ("Lima", "LOC", ["Lima"], None),
        ("Gabriel Boric", "PER", ["Gabriel Boric"], "Chile"),
        ("Dina Boluarte", "PER", ["Dina Boluarte"], "Peru"),
    ]
    doc = make_doc(
        text, "2024-06-08", actors, [("am Freitag", "2024-06-07", "2024-06-07", "2024-06-07")]
    )
    round_, pair = extract(doc)
    assert names(doc, round_.parties) == ["Bolivien", "Chile", "Peru"]
    assert names(doc, pair.participants) == ["Dina Boluarte", "Gabriel Boric"]
    assert pair.date == "2024-06-07"
    assert names(doc, [pair.location]) == ["Lima"]


def test_a_dinner_after_the_summit_is_a_meeting_of_its_own_on_the_summits_day():
    text = (
        "Die Staatschefs Chiles und Perus beraten am Freitag in Lima. "
        "Bei einem Abendessen danach sollen auch die Außenminister Alberto van Klaveren "
        "und Elmer Schialer dabei sein."
    )
    actors = [
        ("Chile", "LOC", ["Chiles"], None),
        ("Peru", "LOC", ["Perus"], None),
        ("Lima", "LOC", ["Lima"], None),
        ("Alberto van Klaveren", "PER", ["Alberto van Klaveren"], "Chile"),
        ("Elmer Schialer", "PER", ["Elmer Schialer"], "Peru"),
    ]
    doc = make_doc(
        text, "2024-06-05", actors, [("am Freitag", "2024-06-07", "2024-06-07", "2024-06-07")]
    )
    summit, dinner = extract(doc)
    assert names(doc, summit.parties) == ["Chile", "Peru"]
    assert names(doc, dinner.participants) == ["Alberto van Klaveren", "Elmer Schialer"]
    assert dinner.trigger == "Abendessen"
    assert dinner.date == "2024-06-07"
    assert names(doc, [dinner.location]) == ["Lima"]


def test_a_side_talk_takes_the_day_of_a_meeting_reported_without_a_word_of_its_status():
    text = (
        "Neben Boric seien auch die Außenminister Alberto van Klaveren und Elmer Schialer "
        "heute in Lima dabei. "
        "Zunächst hatte es geheißen, Boric und Boluarte würden ein Einzelgespräch führen."
    )
    actors = [
        ("Chile", "LOC", ["Chile"], None),
        ("Peru", "LOC", ["Peru"], None),
        ("Lima", "LOC", ["Lima"], None),
        ("Gabriel Boric", "PER", ["Boric"], "Chile"),
        ("Dina Boluarte", "PER", ["Boluarte"], "Peru"),
        ("Alberto van Klaveren", "PER", ["Alberto van Klaveren"], "Chile"),
        ("Elmer Schialer", "PER", ["Elmer Schialer"], "Peru"),
    ]
    doc = make_doc(
        text, "2024-06-07", actors, [("heute", "2024-06-07", "2024-06-07", "2024-06-07")]
    )
    meetings = extract(doc)
    pair = next(m for m in meetings if m.participants == ["PER:Gabriel Boric", "PER:Dina Boluarte"])
    assert pair.date == "2024-06-07"


def test_negotiating_on_with_a_separable_prefix_is_a_meeting():
    text = "Die Unterhändler Katars und Ägyptens wollen am Montag in Doha weiterverhandeln."
    actors = [
        ("Katar", "LOC", ["Katars"], None),
        ("Ägypten", "LOC", ["Ägyptens"], None),
        ("Doha", "LOC", ["Doha"], None),
    ]
    doc = make_doc(
        text, "2026-01-14", actors, [("am Montag", "2026-01-19", "2026-01-19", "2026-01-19")]
    )
    (talks,) = extract(doc)
    assert (talks.trigger, talks.status, talks.date) == (
        "weiterverhandeln",
        "planned",
        "2026-01-19",
    )
    assert names(doc, talks.parties) == ["Katar", "Ägypten"]


def test_the_last_summit_of_an_organisation_has_the_organisation_as_its_side():
    text = (
        "Der Gipfel der Afrikanischen Union hat in Addis Abeba begonnen. "
        "Der letzte Gipfel hatte im Februar in Nairobi stattgefunden."
    )
    actors = [
        ("Afrikanische Union", "ORG", ["Afrikanischen Union"], None),
        ("Addis Abeba", "LOC", ["Addis Abeba"], None),
        ("Nairobi", "LOC", ["Nairobi"], None),
    ]
    doc = make_doc(
        text, "2024-09-10", actors, [("im Februar", "2024-02", "2024-02-01", "2024-02-29")]
    )
    now, last = extract(doc)
    assert names(doc, now.parties) == ["Afrikanische Union"]
    assert names(doc, [now.location]) == ["Addis Abeba"]
    assert names(doc, last.parties) == ["Afrikanische Union"]
    assert names(doc, [last.location]) == ["Nairobi"] and last.status == "held"


def test_one_side_calling_both_made_two_calls():
    text = (
        "Die Regierungen Ecuadors und Perus streiten seit Wochen über die Grenze. "
        "Die Unterhändler Ecuadors und Perus verhandelten am Montag in Quito. "
        "Lula hatte am Sonntag mit beiden Regierungen telefoniert."
    )
    actors = [
        ("Ecuador", "LOC", ["Ecuadors"], None),
        ("Peru", "LOC", ["Perus"], None),
        ("Quito", "LOC", ["Quito"], None),
        ("Brasilien", "LOC", ["Brasilien"], None),
        ("Lula", "PER", ["Lula"], "Brasilien"),
    ]
    timexes = [
        ("am Montag", "2024-03-04", "2024-03-04", "2024-03-04"),
        ("am Sonntag", "2024-03-03", "2024-03-03", "2024-03-03"),
    ]
    doc = make_doc(text, "2024-03-05", actors, timexes)
    talks, *calls = extract(doc)
    assert names(doc, talks.parties) == ["Ecuador", "Peru"]
    assert sorted(names(doc, c.parties) for c in calls) == [
        ["Brasilien", "Ecuador"],
        ["Brasilien", "Peru"],
    ]
    assert all(c.mode == "phone" and c.date == "2024-03-03" for c in calls)


def test_a_meeting_noun_the_call_is_about_is_no_meeting_of_its_own():
    text = (
        "Der Präsident hatte am Freitag mit Premier Mark Carney telefoniert und mit dem Abbruch "
        "der Handelsgespräche gedroht."
    )
    actors = [("Mark Carney", "PER", ["Mark Carney"], None), ("Präsident", "PER", [], None)]
    doc = make_doc(
        text, "2024-03-04", actors, [("am Freitag", "2024-03-01", "2024-03-01", "2024-03-01")]
    )
    found = extract(doc)
    assert len(found) <= 1
    assert all(m.trigger == "telefoniert" and m.mode == "phone" for m in found)


def test_a_meeting_planned_for_an_hour_of_no_other_day_is_on_the_publication_day():
    text = (
        "Die Außenminister Frankreichs und Polens wollen um 14.00 Uhr in Warschau zusammenkommen."
    )
    m = one(make_doc(text, "2024-05-08", [FR, PL, WARSAW]))
    assert m.status == "planned"
    assert (m.date, m.begin, m.until) == ("2024-05-08", "2024-05-08", "2024-05-08")


def test_talks_under_way_in_an_article_dated_by_its_month_take_that_month():
    text = "In Warschau verhandeln Vertreter Frankreichs und Polens über die Landwirtschaft."
    m = one(make_doc(text, "2024-05", [FR, PL, WARSAW]))
    assert m.status == "held"
    assert (m.begin, m.until) == ("2024-05-01", "2024-05-31")


def test_a_meeting_planned_for_the_night_is_on_the_publication_day():
    text = "Ein Treffen mit der polnischen Delegation sei für die Nacht in Warschau geplant."
    m = one(make_doc(text, "2024-05-08", [PL, WARSAW]))
    assert m.status == "planned"
    assert m.date == "2024-05-08"


def test_an_arrival_is_no_meeting():
    text = (
        "Bei seinem Eintreffen in Warschau sprach der Außenminister Frankreichs von Fortschritten."
    )
    assert extract(make_doc(text, "2024-05-08", [FR, WARSAW])) == []


def test_a_ceremony_after_a_sentence_naming_the_sides_is_their_meeting():
    text = (
        "Frankreich und Polen haben ein Abkommen über die Energieversorgung unterzeichnet. "
        "Die Zeremonie fand am Dienstag in Warschau statt."
    )
    doc = make_doc(
        text,
        "2024-05-08",
        [FR, PL, WARSAW],
        [("am Dienstag", "2024-05-07", "2024-05-07", "2024-05-07")],
    )
    m = one(doc)
    assert m.status == "held"
    assert names(doc, m.parties) == ["Frankreich", "Polen"]
    assert names(doc, [m.location]) == ["Warschau"] and m.date == "2024-05-07"


def test_a_side_meeting_at_a_summit_the_article_does_not_report_borrows_no_place():
    text = (
        "Die Außenminister Frankreichs und Polens trafen sich am Dienstag in Warschau. "
        "Er wolle Mark Carney möglicherweise am Rande eines G7-Treffens treffen."
    )
    actors = [FR, PL, WARSAW, ("Mark Carney", "PER", ["Mark Carney"], None)]
    doc = make_doc(
        text, "2024-05-08", actors, [("am Dienstag", "2024-05-07", "2024-05-07", "2024-05-07")]
    )
    held, side = extract(doc)
    assert names(doc, [held.location]) == ["Warschau"]
    assert names(doc, side.participants) == ["Mark Carney"]
    assert side.location is None and side.date is None


def test_a_bracketed_aside_does_not_end_the_clause():
    text = (
        "Die Gespräche der Außenminister Frankreichs und Polens sollen am Dienstag um 10 Uhr "
        "(9 Uhr MEZ) in Warschau beginnen."
    )
    doc = make_doc(
        text,
        "2024-05-06",
        [FR, PL, WARSAW],
        [("am Dienstag", "2024-05-07", "2024-05-07", "2024-05-07")],
    )
    m = one(doc)
    assert m.status == "planned" and m.date == "2024-05-07"
    assert names(doc, [m.location]) == ["Warschau"]


def test_a_day_before_publication_does_not_date_talks_still_to_come():
    text = (
        "Die Außenminister Frankreichs und Polens sind am Samstag zu Gesprächen in Warschau "
        "eingetroffen."
    )
    doc = make_doc(
        text,
        "2024-05-12",
        [FR, PL, WARSAW],
        [("am Samstag", "2024-05-11", "2024-05-11", "2024-05-11")],
    )
    m = one(doc)
    assert m.status == "planned" and m.date is None
    assert names(doc, [m.location]) == ["Warschau"]


def test_talks_under_way_take_the_publication_day_though_first_told_as_earlier():
    text = (
        "Die Außenminister Frankreichs und Polens hatten bereits nach ersten Beratungen "
        "Fortschritte gemeldet. An den Gesprächen in Warschau nehmen Vertreter Frankreichs und "
        "Polens teil."
    )
    doc = make_doc(text, "2024-05-08", [FR, PL, WARSAW])
    m = one(doc)
    assert m.status == "held" and m.date == "2024-05-08"
    assert names(doc, [m.location]) == ["Warschau"]


DE = ("Deutschland", "LOC", ["Deutschland", "Deutschlands"], None)


def test_talks_named_by_their_place_join_the_meeting_held_there_not_the_nearest():
    text = (
        "Vertreter Frankreichs und Polens verhandeln in Warschau über Zölle. "
        "Ein Dreiertreffen mit Deutschland ist nicht geplant. "
        "Scheitern die Gespräche in Warschau, drohen neue Zölle."
    )
    doc = make_doc(text, "2024-05-08", [FR, PL, DE, WARSAW])
    held, ruled_out = extract(doc)
    assert names(doc, [held.location]) == ["Warschau"]
    assert ruled_out.status == "ruled_out" and ruled_out.location is None


def test_one_who_has_announced_a_meeting_does_not_take_part_in_it():
    text = (
        "Polens Präsident Jan Nowak hatte mitgeteilt, dass ein Treffen der Außenminister "
        "am Dienstag in Warschau geplant sei."
    )
    nowak = ("Jan Nowak", "PER", ["Jan Nowak"], "Polen")
    doc = make_doc(
        text,
        "2024-05-06",
        [PL, WARSAW, nowak],
        [("am Dienstag", "2024-05-07", "2024-05-07", "2024-05-07")],
    )
    assert all(not m.participants for m in extract(doc))


def test_those_who_announce_a_meeting_in_the_plural_do_not_take_part_in_it():
    text = (
        "Die Sprecher Jan Nowak und Anna Nowak erklärten, dass ein Treffen der Außenminister "
        "am Dienstag in Warschau geplant sei."
    )
    people = [(n, "PER", [n], "Polen") for n in ("Jan Nowak", "Anna Nowak")]
    doc = make_doc(
        text,
        "2024-05-06",
        [PL, WARSAW, *people],
        [("am Dienstag", "2024-05-07", "2024-05-07", "2024-05-07")],
    )
    assert all(not m.participants for m in extract(doc))


def test_a_quoted_name_does_not_end_the_clause_but_a_quoted_meeting_word_does():
    text = (
        "Frankreich und Polen teilten mit, dass ein Treffen der „Gruppe der Entschlossenen“ "
        "am Dienstag in Warschau geplant sei."
    )
    group = ("Gruppe der Entschlossenen", "ORG", ["Gruppe der Entschlossenen"], None)
    tuesday = [("am Dienstag", "2024-05-07", "2024-05-07", "2024-05-07")]
    doc = make_doc(text, "2024-05-06", [FR, PL, WARSAW, group], tuesday)
    m = one(doc)
    assert m.status == "planned" and m.date == "2024-05-07"
    assert names(doc, [m.location]) == ["Warschau"]
    ctx_clauses = build(doc, lexicon()).clauses(0, len(doc))
    assert len(ctx_clauses) == 2
    quoted = build(
        make_doc("Er sprach von „finalen Verhandlungen“ in Warschau.", None, []), lexicon()
    )
    assert len(quoted.clauses(0, len(quoted.doc))) > 1


def test_a_person_named_in_the_genitive_before_an_adjective_and_noun_describes_another():
    text = (
        "In Warschau verhandeln Jan Nowak, Dudas diplomatischer Berater, und Pierre Martin, "
        "der Gesandte Frankreichs."
    )
    actors = [
        FR,
        PL,
        WARSAW,
        ("Jan Nowak", "PER", ["Jan Nowak"], "Polen"),
        ("Pierre Martin", "PER", ["Pierre Martin"], "Frankreich"),
        ("Andrzej Duda", "PER", ["Dudas"], "Polen"),
    ]
    doc = make_doc(text, "2024-05-08", actors)
    m = one(doc)
    assert names(doc, m.participants) == ["Jan Nowak", "Pierre Martin"]


def test_one_whose_meeting_it_is_in_the_genitive_takes_part():
    text = "Dudas erstes Treffen mit Pierre Martin fand am Dienstag in Warschau statt."
    actors = [
        FR,
        PL,
        WARSAW,
        ("Pierre Martin", "PER", ["Pierre Martin"], "Frankreich"),
        ("Andrzej Duda", "PER", ["Dudas"], "Polen"),
    ]
    tuesday = [("am Dienstag", "2024-05-07", "2024-05-07", "2024-05-07")]
    doc = make_doc(text, "2024-05-08", actors, tuesday)
    m = one(doc)
    assert names(doc, m.participants) == ["Andrzej Duda", "Pierre Martin"]


def test_one_who_announces_his_own_meeting_takes_part_in_it():
    text = (
        "Jan Nowak hatte angekündigt, bei seinem Treffen mit Pierre Martin am Dienstag auch "
        "die Energieversorgung anzusprechen."
    )
    actors = [
        FR,
        PL,
        ("Jan Nowak", "PER", ["Jan Nowak"], "Polen"),
        ("Pierre Martin", "PER", ["Pierre Martin"], "Frankreich"),
    ]
    tuesday = [("am Dienstag", "2024-05-07", "2024-05-07", "2024-05-07")]
    m = one(make_doc(text, "2024-05-06", actors, tuesday))
    assert sorted(m.participants) == ["PER:Jan Nowak", "PER:Pierre Martin"]


def test_a_short_form_in_brackets_after_an_organisation_is_no_more_side():
    text = (
        "Vertreter Frankreichs verhandelten mit der Europäischen Energieagentur (EEA) in Warschau."
    )
    actors = [
        FR,
        WARSAW,
        ("Europäische Energieagentur", "ORG", ["Europäischen Energieagentur"], None),
        ("EEA", "ORG", ["EEA"], None),
    ]
    doc = make_doc(text, "2024-05-08", actors)
    m = one(doc)
    assert sorted(names(doc, m.parties)) == ["Europäische Energieagentur", "Frankreich"]


def test_a_person_affiliated_to_a_country_the_article_does_not_name_adds_no_side():
    # parley_actors writes the country's name when the article names no such actor
    text = (
        "Der polnische Außenminister Radosław Sikorski hatte am Montag sowohl Boric in Lima"
        " besucht als auch mit Boluarte telefoniert."
    )
    actors = [CL, PE, BORIC, BOLUARTE, ("Lima", "LOC", ["Lima"], None)]
    actors.append(("Radosław Sikorski", "PER", ["Radosław Sikorski"], None))
    doc = make_doc(text, "2024-09-10", actors)
    doc._.actors = [
        replace(a, affiliation="Polen") if a.name == "Radosław Sikorski" else a
        for a in doc._.actors
    ]
    found = sorted(sorted(names(doc, m.participants)) for m in extract(doc))
    assert found == [["Dina Boluarte", "Radosław Sikorski"], ["Gabriel Boric", "Radosław Sikorski"]]


def test_a_place_after_am_is_where_the_meeting_is_not_a_side():
    text = (
        "Die Außenminister Chiles und Perus trafen sich am Dienstag in einem Hotel am Titicacasee."
    )
    actors = [CL, PE, ("Titicacasee", "LOC", ["Titicacasee"], None)]
    doc = make_doc(
        text, "2024-05-08", actors, [("am Dienstag", "2024-05-07", "2024-05-07", "2024-05-07")]
    )
    m = one(doc)
    assert names(doc, m.parties) == ["Chile", "Peru"]
    assert names(doc, [m.location]) == ["Titicacasee"]


def test_a_weekend_that_holds_the_day_of_another_mention_is_the_days_the_talks_span():
    text = (
        "Vertreter Frankreichs und Polens wollen am Wochenende in Warschau verhandeln. "
        "Der polnische Außenminister werde am Samstag bei den Gesprächen in Warschau dabei sein."
    )
    doc = make_doc(
        text,
        "2024-05-08",
        [FR, PL, WARSAW],
        [
            ("am Wochenende", "2024-W19-WE", "2024-05-11", "2024-05-12"),
            ("am Samstag", "2024-05-11", "2024-05-11", "2024-05-11"),
        ],
    )
    m = one(doc)
    assert m.status == "planned" and (m.begin, m.until) == ("2024-05-11", "2024-05-12")


def test_a_day_still_beats_a_month_that_holds_it():
    text = (
        "Vertreter Frankreichs und Polens wollen im Mai in Warschau verhandeln. "
        "Die Gespräche in Warschau sollen am Samstag beginnen."
    )
    doc = make_doc(
        text,
        "2024-05-08",
        [FR, PL, WARSAW],
        [
            ("im Mai", "2024-05", "2024-05-01", "2024-05-31"),
            ("am Samstag", "2024-05-11", "2024-05-11", "2024-05-11"),
        ],
    )
    assert one(doc).date == "2024-05-11"


KRAKOW = ("Krakau", "LOC", ["Krakau"], None)
LYON = ("Lyon", "LOC", ["Lyon"], None)


def test_the_places_that_hold_a_city_come_from_the_data_file():
    lex = lexicon()
    assert lex.holders("Krakau") == ("Polen",)
    assert lex.holders("Houston") == ("Texas", "USA")
    assert lex.holders("Texas") == ("USA",)
    assert "Polen" not in lex.holders("Lyon")


def test_talks_in_a_country_and_in_one_of_its_cities_are_one_meeting_at_the_city():
    text = (
        "Vertreter Frankreichs und Polens verhandeln seit Dienstag in Polen über Zölle. "
        "Die Gespräche zwischen Frankreich und Polen in Krakau sollen bis Freitag dauern."
    )
    doc = make_doc(text, "2024-05-08", [FR, PL, KRAKOW])
    m = one(doc)
    assert names(doc, [m.location]) == ["Krakau"]


def test_the_talk_in_a_city_of_the_country_named_before_is_that_meeting():
    text = (
        "Die Außenminister Frankreichs und Polens trafen sich am Dienstag in Polen. "
        "Das Gespräch in Krakau brachte keine Fortschritte."
    )
    doc = make_doc(
        text,
        "2024-05-08",
        [FR, PL, KRAKOW],
        [("am Dienstag", "2024-05-07", "2024-05-07", "2024-05-07")],
    )
    m = one(doc)
    assert names(doc, [m.location]) == ["Krakau"] and m.date == "2024-05-07"


def test_a_talk_in_a_city_of_another_country_is_not_the_meeting_named_before():
    text = (
        "Die Außenminister Frankreichs und Polens trafen sich am Dienstag in Polen. "
        "Das Gespräch in Lyon brachte keine Fortschritte."
    )
    doc = make_doc(text, "2024-05-08", [FR, PL, LYON])
    assert [names(doc, [m.location]) for m in extract(doc)] == [["Polen"]]


def test_the_place_named_after_a_venue_noun_is_where_the_meeting_is():
    text = (
        "Die Außenminister Frankreichs und Polens wollen am Dienstag über Zölle verhandeln. "
        "Der französische Minister landete am Montagabend in der {} Krakau."
    )
    times = [("am Dienstag", "2024-05-07", "2024-05-07", "2024-05-07")]
    venue = make_doc(text.format("Gipfelstadt"), "2024-05-06", [FR, PL, KRAKOW], times)
    m = one(venue)
    assert m.status == "planned" and names(venue, [m.location]) == ["Krakau"]
    home = make_doc(text.format("Heimatstadt"), "2024-05-06", [FR, PL, KRAKOW], times)
    assert one(home).location is None


def test_a_proposed_meeting_takes_no_day_from_a_mention_that_says_nothing_of_it():
    text = (
        "Polen schlägt Frankreich ein Treffen der Außenminister vor. "
        "Die Regierung nannte das Treffen am Montag einen Neuanfang."
    )
    doc = make_doc(
        text, "2024-05-08", [FR, PL], [("am Montag", "2024-05-06", "2024-05-06", "2024-05-06")]
    )
    m = one(doc)
    assert m.status == "proposed" and m.date is None


def test_a_proposed_meeting_keeps_the_day_its_proposal_names():
    text = "Polen schlägt Frankreich ein Treffen der Außenminister am Montag vor."
    doc = make_doc(
        text, "2024-05-01", [FR, PL], [("am Montag", "2024-05-06", "2024-05-06", "2024-05-06")]
    )
    assert one(doc).date == "2024-05-06"


def test_a_country_in_the_genitive_before_hauptstadt_leaves_the_place_to_the_city():
    text = (
        "Die Außenminister Frankreichs und Polens trafen sich am Dienstag in "
        "Deutschlands Hauptstadt Berlin."
    )
    berlin = ("Berlin", "LOC", ["Berlin"], None)
    doc = make_doc(
        text,
        "2024-05-08",
        [FR, PL, DE, berlin],
        [("am Dienstag", "2024-05-07", "2024-05-07", "2024-05-07")],
    )
    assert names(doc, [one(doc).location]) == ["Berlin"]
