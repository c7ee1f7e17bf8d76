"""The scorer, on hand-made gold/prediction pairs whose numbers are worked out by hand."""

import pytest

from parley.evaluate import Scores, score_document, tally

TEXT = (
    "Außenministerin Anna Berg traf am Freitag in Genf den Gesandten Piet Kok. "
    "„Wir sind einen großen Schritt weiter gekommen“, sagte Berg. "
    "Kok sagte, man werde sich im Januar wieder treffen."
)

GOLD = {
    "entities": [
        {
            "name": "Anna Berg",
            "type": "PER",
            "mentions": ["Anna Berg", "Berg"],
            "roles": ["Außenministerin"],
            "affiliation": "Schweden",
        },
        {
            "name": "Piet Kok",
            "type": "PER",
            "mentions": ["Piet Kok", "Kok"],
            "roles": ["Gesandten"],
            "affiliation": None,
        },
        {"name": "Genf", "type": "LOC", "mentions": ["Genf"]},
        {"name": "Schweden", "type": "LOC", "mentions": ["Schweden"]},
    ],
    "timexes": [
        {"text": "am Freitag", "value": "2025-12-19"},
        {"text": "im Januar", "value": "2026-01"},
    ],
    "quotes": [
        {
            "speaker": "Anna Berg",
            "kind": "direct",
            "text": "Wir sind einen großen Schritt weiter gekommen",
        },
        {
            "speaker": "Piet Kok",
            "kind": "indirect",
            "text": "man werde sich im Januar wieder treffen",
        },
    ],
    "meetings": [
        {
            "participants": ["Anna Berg", "Piet Kok"],
            "parties": [],
            "location": "Genf",
            "date": "2025-12-19",
            "status": "held",
            "evidence": "x",
        },
        {
            "participants": ["Piet Kok"],
            "parties": ["Schweden"],
            "location": None,
            "date": "2026-01",
            "status": "planned",
            "evidence": "y",
        },
    ],
}

PRED = {
    "entities": [
        # Berg found with both mentions, right role, affiliation given by a mention form
        {
            "name": "Anna Berg",
            "type": "PER",
            "mentions": ["Anna Berg", "Berg"],
            "roles": ["Außenministerin", "Chefin"],
            "affiliation": "Schweden",
        },
        # Kok found only by short form, typed wrongly as ORG: no PER credit, roles missed
        {"name": "Kok", "type": "ORG", "mentions": ["Kok"]},
        {"name": "Genf", "type": "LOC", "mentions": ["Genf"]},
        {"name": "Freitag", "type": "LOC", "mentions": ["Freitag"]},
    ],
    "timexes": [
        {"text": "Freitag", "value": "2025-12-19"},
        {"text": "im Januar", "value": "2025-01"},
    ],
    "quotes": [
        {
            "speaker": "Anna Berg",
            "kind": "direct",
            "text": "Wir sind einen großen Schritt weiter gekommen",
        },
        {"speaker": None, "kind": "indirect", "text": "man werde sich im Januar wieder treffen"},
        {"speaker": "Kok", "kind": "indirect", "text": "Anna Berg traf am Freitag in Genf"},
    ],
    "meetings": [
        {
            "participants": ["Berg", "Kok"],
            "parties": [],
            "location": "Genf",
            "date": "2025-12-19",
            "status": "planned",
        },
    ],
}


@pytest.fixture()
def scores() -> Scores:
    return tally([(GOLD, PRED, TEXT)])


def test_entities_per_type_and_overall(scores: Scores) -> None:
    # gold pairs: PER {Anna Berg, Berg, Piet Kok, Kok}, LOC {Genf, Schweden}
    # pred pairs: PER {Anna Berg, Berg}, ORG {Kok}, LOC {Genf, Freitag}
    per, loc, org, all_ = (scores.entities[t] for t in ("PER", "LOC", "ORG", "all"))
    assert (per.tp, per.fp, per.fn) == (2, 0, 2)
    assert (loc.tp, loc.fp, loc.fn) == (1, 1, 1)
    assert (org.tp, org.fp, org.fn) == (0, 1, 0)
    assert (all_.tp, all_.fp, all_.fn) == (3, 2, 3)
    assert all_.precision == pytest.approx(3 / 5)
    assert all_.recall == pytest.approx(3 / 6)
    assert all_.f1 == pytest.approx(2 * 0.6 * 0.5 / 1.1)


def test_roles_and_affiliation(scores: Scores) -> None:
    # Berg: gold {Außenministerin}, pred {Außenministerin, Chefin} -> tp 1, fp 1
    # Kok: no predicted PER matches -> its gold role is missed (fn 1)
    assert (scores.roles.tp, scores.roles.fp, scores.roles.fn) == (1, 1, 1)
    # only Berg has a gold affiliation, and it is right
    assert (scores.affiliation.right, scores.affiliation.total) == (1, 1)


def test_timexes_exact_overlap_and_value(scores: Scores) -> None:
    # exact: only "im Januar" (1 of 2 each side)
    assert (scores.timex_exact.tp, scores.timex_exact.fp, scores.timex_exact.fn) == (1, 1, 1)
    # overlap: "Freitag" lies inside "am Freitag" -> both match
    assert scores.timex_overlap.tp == 2 and scores.timex_overlap.f1 == 1.0
    # values: Freitag right, Januar wrong year
    assert (scores.timex_value.right, scores.timex_value.total) == (1, 2)


def test_quotes_found_and_attributed(scores: Scores) -> None:
    direct, indirect = scores.quotes_found["direct"], scores.quotes_found["indirect"]
    assert (direct.tp, direct.fp, direct.fn) == (1, 0, 0)
    assert scores.quotes_attributed["direct"].tp == 1
    # indirect: one of two predictions matches the gold one; its speaker (None) is wrong
    assert (indirect.tp, indirect.fp, indirect.fn) == (1, 1, 0)
    att = scores.quotes_attributed["indirect"]
    assert (att.tp, att.fp, att.fn) == (0, 2, 1)


def test_meetings_jaccard_and_accuracies(scores: Scores) -> None:
    # pred {Berg, Kok} resolves to {Anna Berg, Piet Kok}: Jaccard 1 with the first gold
    m = scores.meetings
    assert (m.tp, m.fp, m.fn) == (1, 0, 1)
    assert scores.meeting_location.value == 1.0
    assert scores.meeting_date.value == 1.0
    assert scores.meeting_status.value == 0.0


def test_quote_overlap_needs_half_of_the_longer_text() -> None:
    gold = {
        "quotes": [
            {"speaker": None, "kind": "indirect", "text": "man werde sich im Januar wieder treffen"}
        ]
    }
    short = {"quotes": [{"speaker": None, "kind": "indirect", "text": "im Januar"}]}
    s = Scores()
    score_document(gold, short, TEXT, s)
    assert s.quotes_found["indirect"].tp == 0


def test_meeting_below_half_jaccard_is_not_matched() -> None:
    gold = {
        "entities": GOLD["entities"],
        "meetings": [
            {
                "participants": ["Anna Berg", "Piet Kok"],
                "parties": ["Schweden"],
                "location": None,
                "date": None,
                "status": "held",
            }
        ],
    }
    pred = {
        "meetings": [
            {
                "participants": ["Anna Berg", "Someone"],
                "parties": ["Norwegen"],
                "location": None,
                "date": None,
                "status": "held",
            }
        ]
    }
    s = Scores()
    score_document(gold, pred, TEXT, s)  # Jaccard 1/5
    assert s.meetings.tp == 0 and s.meetings.fn == 1 and s.meetings.fp == 1


def test_as_dict_has_every_section(scores: Scores) -> None:
    d = scores.as_dict()
    assert set(d) == {
        "documents",
        "entities",
        "roles",
        "affiliation",
        "timexes",
        "quotes",
        "meetings",
    }
    assert d["timexes"]["value"]["accuracy"] == 0.5


def test_meeting_dates_are_written_as_gold_writes_them() -> None:
    from parley.gold import calendar_date

    assert calendar_date("2025-12-19", "2025-12-19", "2025-12-19") == "2025-12-19"
    assert calendar_date("2025-W51-WE", "2025-12-20", "2025-12-21") == "2025-12-20/2025-12-21"
    assert calendar_date("2025-06-XX", "2025-06-01", "2025-06-30") == "2025-06"
    assert calendar_date("2024-02-XX", "2024-02-01", "2024-02-29") == "2024-02"
    assert calendar_date("PAST_REF", None, None) is None


def test_one_string_with_two_values_pairs_by_value() -> None:
    text = "Am Freitag kam es zum Treffen. Am Freitag soll ein weiteres folgen."
    gold = {
        "timexes": [
            {"text": "Am Freitag", "value": "2025-08-08"},
            {"text": "Am Freitag", "value": "2025-08-15"},
        ]
    }
    pred = {
        "timexes": [
            {"text": "Am Freitag", "value": "2025-08-15"},
            {"text": "Am Freitag", "value": "2025-08-08"},
        ]
    }
    s = Scores()
    score_document(gold, pred, text, s)
    assert (s.timex_value.right, s.timex_value.total) == (2, 2)


def test_equal_meetings_by_members_pair_by_status_date_and_place() -> None:
    entities = GOLD["entities"]
    gold = {
        "entities": entities,
        "meetings": [
            {
                "participants": ["Anna Berg"],
                "parties": ["Schweden"],
                "location": "Genf",
                "date": "2025-12-19",
                "status": "held",
            },
            {
                "participants": ["Anna Berg"],
                "parties": ["Schweden"],
                "location": None,
                "date": "2026-01",
                "status": "cancelled",
            },
        ],
    }
    pred = {
        "meetings": [
            {
                "participants": ["Berg"],
                "parties": ["Schweden"],
                "location": None,
                "date": "2026-01",
                "status": "cancelled",
            },
            {
                "participants": ["Berg"],
                "parties": ["Schweden"],
                "location": "Genf",
                "date": "2025-12-19",
                "status": "held",
            },
        ]
    }
    s = Scores()
    score_document(gold, pred, TEXT, s)
    assert s.meetings.tp == 2
    assert s.meeting_status.value == s.meeting_date.value == s.meeting_location.value == 1.0
