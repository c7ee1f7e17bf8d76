"""parley.clean: debris removal, metadata, offsets back to the original, no sentence lost."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from parley.clean import Article, NotAnArticle, clean, text_id
from parley.read import RawArticle, read_paths

REPO = Path(__file__).parents[1]
DATA = REPO / "tests" / "data" / "clean"
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared" / "corpus"

BODY = (
    "Die Unterhändler der USA und der Ukraine haben am Freitag in Genf über einen "
    "Friedensplan beraten. „Wir sind einen wichtigen Schritt vorangekommen“, sagte Umjerow."
)


def cleaned(text: str, kind: str = "text", **meta: str) -> Article:
    return clean(RawArticle("test", kind, text, dict(meta)))


def fixture(name: str) -> Article:
    (raw,) = read_paths([DATA / name])
    return clean(raw)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def sentences(text: str) -> list[str]:
    """Sentences of running text (split after . ! ? and a closing quote, before a capital)."""
    parts = re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"“”«»]))\s+(?=[„\"«»A-ZÄÖÜ])", text)
    return [p.strip() for p in parts if p.strip()]


def assert_offsets(article: Article) -> None:
    for i, ch in enumerate(article.text):
        assert article.original[article.to_original(i)] == ch, (i, ch)


def assert_kept(article: Article, original_lines: list[str]) -> None:
    """Every sentence of the given article lines survives (whitespace aside)."""
    text = squash(article.text)
    for line in original_lines:
        for sentence in sentences(line):
            assert squash(sentence) in text, sentence


# --- debris, one kind at a time ---------------------------------------------------------------


@pytest.mark.parametrize(
    "debris",
    [
        "Aktuelle Seite: Home > Politik > Ausland > Gespräche in Genf",
        "Startseite › Politik › Ukraine-Krieg",
        "00:00 / 03:52",
        "1:02:10 / 1:15:00",
        "Artikel anhören",
        "GENEVA-SWITZERLAND-DECEMBER-19-Delegations-arrive-for-talks-at-a-hotel-in-Geneva-2025",
        "Die Delegationen vor dem Hotel in Genf. (Foto: picture alliance / Keystone)",
        "Die Unterhändler bei ihrer Ankunft. (Archivbild) (Quelle: Max Beispiel/AP/dpa/dpa-bilder)",
        "Rubio und Umjerow vor Beginn der Gespräche (dpa / Erika Beispiel)",
        "Das Treffen der Außenminister im Februar. Foto: PA/Erika Beispiel/Pool",
        "APA/APA/dpa/Max Beispiel",
        "picture alliance / NurPhoto",
        "Mehr zum Thema Medien: Neue Gespräche in Florida am Wochenende",
        "Lesen Sie auch: Wer für die Ukraine verhandelt",
        "Das könnte Sie auch interessieren",
        "Mehr dazu: Was die Europäer anbieten",
        "Schlagworte: Ukraine, Russland, Diplomatie.",
        "(dpa)",
        "APA/dpa",
        "Audio: 03:52 Min.",
        "Artikel anhören • 4 Min",
        "Bild 3 von 12",
        "Symbolbild",
        "Kanzler Merz bei der Videokonferenz. Foto: Michael Kappeler",
        "Merz und Macron in Paris. Foto: picture alliance / dpa | Kay Nietfeld",
        "© picture alliance/dpa | Kay Nietfeld",
        "IMAGO/ZUMA Wire",
    ],
)
def test_debris_line_removed(debris: str) -> None:
    article = cleaned(f"{debris}\n\n{BODY}\n\n{BODY.replace('Genf', 'Miami')}")
    assert squash(debris) not in squash(article.text)
    assert_kept(article, [BODY, BODY.replace("Genf", "Miami")])
    assert_offsets(article)


@pytest.mark.parametrize(
    "meta",
    [
        "20.12.2025, 21:16 Uhr",
        "Mittwoch, 31. Dezember 2025 | 21:53 Uhr",
        "Aktualisiert am 13.08.2025 - 09:20 Uhr",
        "Von: APA/Reuters/dpa",
        "Von Erika Beispiel und Max Mustermann",
        "Quelle: ntv.de, chr/rts/AFP",
    ],
)
def test_metadata_line_is_read_and_stays_text(meta: str) -> None:
    """Datelines, bylines and source lines are not debris: read, and kept as article text."""
    article = cleaned(f"{meta}\n\n{BODY}")
    assert article.text == f"{meta}\n\n{BODY}"
    assert article.published or article.credits or article.outlet or meta.startswith("Von E")
    assert_offsets(article)


def test_section_label_and_tag_list_at_the_edges() -> None:
    text = f"Politik\n\n{BODY}\n\nRusslandWolodymyr SelenskyjAngriff auf die UkraineUSADiplomatie"
    article = cleaned(text)
    assert article.text == BODY


@pytest.mark.parametrize(
    ("line", "published", "credits"),
    [
        (
            "Diese Nachricht wurde am 16.08.2025 im Programm Deutschlandfunk gesendet.",
            "2025-08-16",
            (),
        ),
        ("Mit Material von dpa und AFP", None, ("dpa", "AFP")),
        ("Mit Material der Nachrichtenagenturen Reuters und APA.", None, ("Reuters", "APA")),
    ],
)
def test_closing_notes_read_and_removed(line: str, published: str | None, credits: tuple) -> None:
    article = cleaned(f"{BODY}\n\n{line}")
    assert (article.text, article.published, article.credits) == (BODY, published, credits)


def test_credit_paren_with_date() -> None:
    article = cleaned(f"{BODY} (APA, red, 21.1.2026)")
    assert (article.text, article.published, article.credits) == (BODY, "2026-01-21", ("APA",))


def test_wire_credit_with_initials_trimmed() -> None:
    article = cleaned(f"{BODY} (ju/dpa/AFP)")
    assert (article.text, article.credits) == (BODY, ("dpa", "AFP"))


def test_cut_off_last_paragraph_with_camel_case_names_is_kept() -> None:
    last = (
        "Auch der Gouverneur DeSantis sprach mit Vertretern von OpenAI und des Senders "
        "YouTube über die Lage in der Ukraine und die Rolle der USA bei den"
    )
    assert cleaned(f"{BODY}\n\n{last}").text.endswith(last)


@pytest.mark.parametrize(
    "line",
    [
        "Selenskyj im Interview mit Bild: Wir geben nicht auf",
        "Reuters/Ipsos: Mehrheit der Deutschen für Verhandlungen",
        "Die Zahl der Teilnehmer stieg auf 40. Das Treffen dauerte zwei Tage (Quelle: UN/OSZE)",
        "Kiew/Moskau",
        "Mehr dazu wollte der Sprecher nicht sagen.",
        "Zum Thema Sicherheitsgarantien sagte Rubio nichts.",
        "Erstens. Zweitens kam es anders. Drittens auch (Foto: wie oben)",
    ],
)
def test_look_alikes_of_debris_are_kept(line: str) -> None:
    assert line in cleaned(f"{BODY}\n\n{line}\n\n{BODY}").text


def test_section_word_inside_the_article_is_kept() -> None:
    text = f"{BODY}\n\nAnalyse\n\n{BODY.replace('Genf', 'Wien')}"
    assert "\nAnalyse\n" in cleaned(text).text


def test_heading_starting_with_von_is_kept() -> None:
    heading = "Von Moskauer Seite wird ein Berater erwartet"
    assert heading in cleaned(f"{BODY}\n\n{heading}\n\n{BODY}.").text


def test_glued_kicker_split_from_headline() -> None:
    article = cleaned(f"Direkte Gespräche erwünschtUSA drängen auf Treffen in Genf\n\n{BODY}")
    assert article.text.startswith("Direkte Gespräche erwünscht\nUSA drängen auf Treffen in Genf")
    assert article.title == "USA drängen auf Treffen in Genf"
    assert_offsets(article)


def test_invisible_characters_dropped() -> None:
    article = cleaned(f"Selen\u00adskyj und Wit\u200bkoff\ufeff trafen sich.\n\n{BODY}")
    assert article.text == f"Selenskyj und Witkoff trafen sich.\n\n{BODY}"
    assert_offsets(article)


def test_title_below_a_short_kicker() -> None:
    article = cleaned(f"Ukraine-Krieg\nSelenskyj schickt Jermak nach Genf\n\n{BODY}")
    assert article.title == "Selenskyj schickt Jermak nach Genf"
    article = cleaned(f"Gespräche in Istanbul ohne Ergebnis\n\n{BODY}")
    assert article.title == "Gespräche in Istanbul ohne Ergebnis"


def test_lead_printed_twice_once() -> None:
    lead = "Russland und die Ukraine verhandeln wieder in Istanbul."
    article = cleaned(f" date 2025-05-16 {lead}\n\n{lead} {BODY}")
    assert article.text.count(lead) == 1
    assert_kept(article, [lead, BODY])


def test_wire_dateline_credited_and_kept_trailing_tags_cut() -> None:
    article = cleaned(f"KIEW/WASHINGTON (dpa-AFX) - {BODY}/ddo/DP/stw")
    assert article.text == f"KIEW/WASHINGTON (dpa-AFX) - {BODY}"
    assert article.credits == ("dpa-AFX",)
    article = cleaned(f"Berlin (AFP) - {BODY} (APA/dpa)")
    assert article.text == f"Berlin (AFP) - {BODY}"
    assert article.credits == ("AFP", "APA", "dpa")


def test_stand_stamp_glued_to_headline() -> None:
    article = cleaned(f"Russen und Ukrainer verhandeln Stand: 28.02.2022 12:33 Uhr\n\n{BODY}")
    assert article.title == "Russen und Ukrainer verhandeln"
    assert article.published == "2022-02-28"
    assert "Stand" not in article.text


def test_wire_credit_paren_is_not_a_caption() -> None:
    last = "Wien war schon oft Ort solcher Gespräche. Die Stadt ist Sitz der OSZE. (APA/dpa)"
    article = cleaned(f"{BODY}\n\n{last}")
    assert article.text.endswith("Die Stadt ist Sitz der OSZE.")
    assert article.credits == ("APA", "dpa")


def test_nothing_removed_from_a_clean_article() -> None:
    article = fixture("plain.txt")
    assert article.text == article.original.strip()
    assert article.title == "Gespräche in Istanbul ohne Ergebnis"
    assert (article.published, article.outlet, article.credits) == (None, None, ())


# --- metadata -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "published", "outlet", "credits", "title"),
    [
        (
            "ntv_style.txt",
            "2025-03-05",
            "ntv.de",
            ("Reuters", "dpa"),
            "Unterhändler sprechen über Waffenruhe",
        ),
        (
            "apa_style.txt",
            "2025-11-30",
            None,
            ("APA", "Reuters", "dpa"),
            "Europäer beraten über Sicherheitsgarantien",
        ),
        ("dpa_afx_style.txt", "2025-11-28", None, ("dpa-AFX",), None),
        ("tonline_style.txt", "2025-08-20", None, ("dpa",), None),
        (
            "tagesschau_style.txt",
            "2022-03-01",
            None,
            ("dpa",),
            "Russen und Ukrainer verhandeln erneut",
        ),
        (
            "page.html",
            "2025-02-18",
            "Beispielblatt",
            ("APA", "Reuters", "dpa"),
            "Außenminister beraten in Riad",
        ),
        ("undated.html", None, None, (), "Kontakte zwischen Kiew und Moskau"),
    ],
)
def test_fixture_metadata(name, published, outlet, credits, title) -> None:
    article = fixture(name)
    assert article.published == published
    assert article.outlet == outlet
    assert article.credits == credits
    if title:
        assert article.title == title
    assert_offsets(article)


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("20.12.2025, 21:16 Uhr", "2025-12-20"),
        ("Mittwoch, 31. Dezember 2025 | 21:53 Uhr", "2025-12-31"),
        ("Samstag, 3. Jänner 2026", "2026-01-03"),
        ("Stand: 28.02.2022 12:33 Uhr", "2022-02-28"),
        ("Veröffentlicht am 5. März 2025, 08:00 Uhr", "2025-03-05"),
        ("Publiziert: 5.3.2025, 08:00", "2025-03-05"),
        ("Erschienen am 5. März 2025", "2025-03-05"),
        ("05.03.25, 08:00 Uhr", "2025-03-05"),
    ],
)
def test_published_from_dateline(dateline: str, published: str) -> None:
    article = cleaned(f"{dateline}\n\n{BODY}")
    assert article.published == published
    assert article.text == f"{dateline}\n\n{BODY}"


def test_header_line_is_metadata() -> None:
    article = cleaned(f" date 2025-12-31 {BODY}")
    assert (article.published, article.text) == ("2025-12-31", BODY)
    assert cleaned(f" date 2025-12\n{BODY}").published == "2025-12"


@pytest.mark.parametrize(
    ("value", "published"),
    [
        ("2025-12-19", "2025-12-19"),
        ("2025-12-19T18:00:00+01:00", "2025-12-19"),
        ("2025-12", "2025-12"),
        ("19.12.2025", "2025-12-19"),
        ("19. Dezember 2025", "2025-12-19"),
        ("Fri, 19 Dec 2025 18:00:00 +0100", "2025-12-19"),
        ("2025-13-40", None),
        ("2025-02-30", None),
        ("gestern", None),
    ],
)
def test_published_field_forms(value: str, published: str | None) -> None:
    assert cleaned(BODY, kind="jsonl", published=value).published == published


def test_no_date_when_nothing_tells() -> None:
    assert cleaned(BODY).published is None
    assert cleaned(BODY, kind="jsonl", published="bald").published is None


def test_jsonl_metadata_and_title_first() -> None:
    article = cleaned(
        BODY,
        kind="jsonl",
        url="https://www.beispielblatt.example/politik/2025/12/19/genf",
        title="Gespräche in Genf",
        published="2025-12-19T18:00:00Z",
    )
    assert article.text == f"Gespräche in Genf\n\n{BODY}"
    assert article.title == "Gespräche in Genf"
    assert article.published == "2025-12-19"
    assert article.outlet == "beispielblatt.example"
    assert article.url == "https://www.beispielblatt.example/politik/2025/12/19/genf"
    assert_offsets(article)


def test_date_from_url_when_nothing_else_tells() -> None:
    assert cleaned(BODY, kind="jsonl", url="https://x.example/2016/10-19/026.php").published == (
        "2016-10-19"
    )
    assert cleaned(
        BODY, kind="jsonl", url="https://x.example/politik/2015-02/gipfel"
    ).published == ("2015-02")


# --- identity and refusal -------------------------------------------------------------------


def test_id_is_hash_of_normalised_text() -> None:
    a = cleaned(f"Politik\n\n{BODY}")
    b = cleaned(f" date 2025-12-19 {BODY}  \n")
    assert a.id == b.id == text_id(BODY) and len(a.id) == 16
    assert text_id("Gespräch  in\nGenf") == text_id("Gespra\u0308ch in Genf")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Politik\n\n00:00 / 03:52\n\nAPA/APA/dpa/Max Beispiel", "no text left"),
        ("Treffen in Genf", "too short to be an article (3 words)"),
    ],
)
def test_not_an_article(text: str, reason: str) -> None:
    with pytest.raises(NotAnArticle, match=re.escape(reason)):
        cleaned(text)


def test_html_without_main_text() -> None:
    with pytest.raises(NotAnArticle, match="no main text"):
        cleaned("<html><head><title>x</title></head><body></body></html>", kind="html")
    with pytest.raises(NotAnArticle, match="no text left"):
        cleaned("<html><body><nav><a href='/'>Startseite</a></nav></body></html>", kind="html")


# --- whole files ----------------------------------------------------------------------------


FIXTURE_DEBRIS = {
    "ntv_style.txt": [
        "Politik",
        "00:00 / 02:47",
        "GENEVA-SWITZERLAND",
        "(Foto:",
        "UkraineGenf",
    ],
    "apa_style.txt": ["Aktuelle Seite", "APA/APA/AFP", "Mehr zum Thema"],
    "dpa_afx_style.txt": ["/abc/DP/xyz"],
    "tonline_style.txt": ["(Archivbild)", "dpa-bilder"],
    "tagesschau_style.txt": ["Stand:", "(AP / Erika Beispiel)", "früheren Treffen", "(dpa)"],
}


@pytest.mark.parametrize("name", sorted(FIXTURE_DEBRIS))
def test_fixture_debris_gone_sentences_kept(name: str) -> None:
    article = fixture(name)
    for debris in FIXTURE_DEBRIS[name]:
        assert debris not in article.text, debris
    kept = []
    for line in article.original.splitlines():
        line = re.sub(r"^ date \S+ ", "", line)
        line = re.sub(r"/abc/DP/xyz$| \(dpa\)$|Stand: .*$", "", line)
        if line.strip() and not any(d in line for d in FIXTURE_DEBRIS[name]):
            kept.append(line)
    assert_kept(article, kept)


def test_examples_clean_with_metadata() -> None:
    got = {}
    for raw in read_paths([EXAMPLES]):
        assert isinstance(raw, RawArticle), raw
        article = clean(raw)
        assert_offsets(article)
        assert article.published and article.published.startswith("2026-01")
        got[Path(raw.source).name] = article
    assert len(got) == 10
    assert got["2026-01-16-genf-gespraeche.html"].outlet == "Tagesblick"
    assert got["2026-01-17-dreiertreffen-vorgeschlagen.txt"].credits == ("Reuters", "AFP")
    assert "UkraineWolodymyr" not in got["2026-01-17-dreiertreffen-vorgeschlagen.txt"].text


# --- the shared seeds (skipped when ../shared is absent) -------------------------------------

SEED_DEBRIS = [
    "Aktuelle Seite: Home",
    "00:00 / 03:52",
    "TALLINN-ESTONIA",
    "(Foto: picture alliance / NurPhoto)",
    "APA/APA/dpa/Michael Kappeler",
    "RusslandWolodymyr SelenskyjAngriff",
    "Mehr zum Thema",
    "/ddo/DP/stw",
]
SEED_META = {
    "000": (None, None, ()),
    "001": ("2025-12-31", None, ("APA", "Reuters", "dpa")),
    "002": ("2025-12-18", None, ("dpa-AFX",)),
    "003": ("2025-12-20", "ntv.de", ("Reuters", "AFP")),
    "004": ("2025-12-19", None, ("APA", "Reuters", "dpa")),
}


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared not present")
def test_seeds_debris_gone_and_every_sentence_kept() -> None:
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    assert seeds
    for path in seeds:
        (raw,) = read_paths([path])
        article = clean(raw)
        assert_offsets(article)
        for debris in SEED_DEBRIS:
            assert debris not in article.text, (path.name, debris)
        assert "Politik\n" not in article.text[:20]
        assert (article.published, article.outlet, article.credits) == SEED_META[path.name[:3]]
        kept = []
        for line in raw.text.splitlines():
            line = re.sub(r"^ date \S+ ", "", line)
            line = re.sub(r"/ddo/DP/stw$", "", line)
            if (
                line.strip()
                and line.strip() != "Politik"
                and not any(d in line for d in SEED_DEBRIS)
            ):
                kept.append(line)
        assert_kept(article, kept)


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "dev").is_dir(), reason="../shared not present")
def test_dev_texts_clean_and_map_back() -> None:
    for raw in read_paths(sorted((SHARED / "dev").glob("*.txt"))):
        assert isinstance(raw, RawArticle), raw
        article = clean(raw)
        assert_offsets(article)
        assert len(article.text) > 0.8 * len(article.original) - 400


# Gold surface forms that stand only in page debris (photo captions and credits, credit lines,
# a teaser): cleaning removes them on purpose, and nothing else of the gold.
GOLD_ONLY_IN_DEBRIS = {
    "000": {"an diesem Wochenende"},
    "001": {"Michael Kappeler"},
    "003": {"picture alliance", "NurPhoto"},
    "dev-02": {"PA", "Tatyana Zenkovich"},
    "dev-05": {"28.02.2022"},
    "dev-09": {"Pavel Bednyakov", "AP", "dpa", "Donald Trump und Wladimir Putin wollen sich"},
    "dev-10": {"Michael Kappeler"},
    "dev-12": {"AP", "Jae C. Hong"},
    "dev-15": {"Andrij Jermak", "Marco Rubio", "dpa", "Martial Trezzini"},
}


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "dev").is_dir(), reason="../shared not present")
def test_gold_lost_only_with_debris() -> None:
    for path in sorted(SHARED.glob("*/*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        (raw,) = read_paths([path])
        text = clean(raw).text
        surfaces = [m for e in gold["entities"] for m in e["mentions"]]
        surfaces += [t["text"] for t in gold["timexes"]] + [q["text"] for q in gold["quotes"]]
        lost = {s for s in surfaces if s not in text}
        key = path.stem[:3] if path.parent.name == "seeds" else path.stem
        expected = GOLD_ONLY_IN_DEBRIS.get(key, set())
        assert {s[:43] for s in lost} == {s[:43] for s in expected}, path.name


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED.parent / "data" / "10kgnad").is_dir(), reason="../shared absent")
def test_news_without_debris_loses_only_trailing_wire_credits() -> None:
    """1,028 DER STANDARD articles (10kGNAD test split): nothing cut but ``(APA, 11.9.2015)``."""
    with (SHARED.parent / "data" / "10kgnad" / "test.csv").open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter=";", quotechar="'"))
    for number, (_, text) in enumerate(rows):
        article = cleaned(text)
        body = text.strip()
        assert body.startswith(article.text), number
        if len(article.text) < len(body):
            assert re.fullmatch(r"\s*\([^()]+\)", body[len(article.text) :]), number
            assert article.credits, number


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("Wien, 3. Jänner 2026 (APA) – ", "2026-01-03"),
        ("Genf, 12.03.2024 (Reuters) - ", "2024-03-12"),
    ],
)
def test_date_in_a_wire_dateline_is_the_publication_date(dateline: str, published: str) -> None:
    article = cleaned(dateline + BODY)
    assert article.published == published
    assert article.text == dateline + BODY


@pytest.mark.parametrize(
    ("text", "meta", "published"),
    [
        # the crawler's month and the address's day agree: the day is kept
        (f" date 2016-10\n{BODY}", {"url": "https://x.example/2016/10-19/026.php"}, "2016-10-19"),
        (f" date 2016-10\n{BODY} (APA, 19.10.2016)", {}, "2016-10-19"),
        (BODY, {"published": "2025-12", "url": "https://x.example/2025/12/19/genf"}, "2025-12-19"),
        # they disagree: the first source wins, the address only fills a gap
        (f" date 2016-10\n{BODY}", {"url": "https://x.example/2016/11-02/026.php"}, "2016-10"),
        (f" date 2016-10-19\n{BODY}", {"url": "https://x.example/2016-10/gipfel"}, "2016-10-19"),
    ],
)
def test_a_month_is_made_precise_by_a_day_that_agrees(
    text: str, meta: dict[str, str], published: str
) -> None:
    assert cleaned(text, **meta).published == published


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (" date 2025-12\n", "2025-12-17"),  # the month known, the dateline names its day
        ("", None),  # no year anywhere: none is guessed
        (" date 2026-01\n", "2026-01"),  # another month: the dateline is not this one's
        (" date 2025-12-18\n", "2025-12-18"),  # a full date stays
    ],
)
def test_a_dateline_day_without_year_completes_a_known_month(header: str, published) -> None:
    dateline = "Wien, 17. Dezember (APA) - "
    article = cleaned(f"{header}{dateline}{BODY}")
    assert article.published == published
    assert article.text == dateline + BODY
    assert cleaned(f" date 2025-02\nWien, 30. Februar (APA) - {BODY}").published == "2025-02"
