"""Wire copies: MinHash signatures, the LSH index, and precision/recall on a small set.

The set is written for this test: three agency stories, each printed by several outlets with
the edits outlets make (headline, teaser, dateline, boilerplate, a rewritten or dropped
sentence), and distinct stories on the same events that share names and a quote.
"""

from __future__ import annotations

import itertools
import json
import time

import numpy as np
import pytest

from parley import copies
from parley.ingest import ingest
from parley.store import Store

GENF = (
    "Die Delegationen der Ukraine und der USA haben sich am Sonntag in Genf zu einer neuen "
    "Gesprächsrunde getroffen. Nach Angaben aus Verhandlungskreisen dauerte das Treffen mehr "
    "als sechs Stunden. Im Mittelpunkt standen Sicherheitsgarantien für Kiew und die Frage, "
    "wie eine Waffenruhe überwacht werden könnte. Der ukrainische Chefunterhändler Rustem "
    "Umerow sprach anschließend von einem sachlichen und konstruktiven Austausch. "
    '"Wir sind vorangekommen, aber wir sind noch nicht am Ziel", sagte Umerow vor '
    "Journalisten. Die amerikanische Seite äußerte sich zunächst nicht. Diplomaten zufolge "
    "soll ein überarbeiteter Entwurf in den kommenden Tagen an die europäischen Partner "
    "gehen. Eine weitere Runde ist für das Ende der Woche geplant, der Ort steht noch nicht "
    "fest. Beobachter rechnen nicht mit einem schnellen Durchbruch, da zentrale Streitpunkte "
    "wie der Verlauf einer künftigen Kontaktlinie weiter offen sind."
)
GENF_COPIES = [
    "Sechs Stunden Verhandlungen in Genf\n\nGENF (dpa) - " + GENF + "\n\n(dpa/APA)",
    "Ukraine und USA verhandeln in Genf: Umerow sieht Fortschritte\n\n"
    + GENF.replace(
        "Die amerikanische Seite äußerte sich zunächst nicht. ",
        "Aus Washington gab es bis zum Abend keine Stellungnahme. ",
    )
    + "\n\nMehr zum Thema: Alle Entwicklungen im Liveblog",
    "Genf-Gespräche\n\nDie Ukraine und die USA setzen ihre Gespräche fort. "
    + GENF.rsplit(" Beobachter rechnen", 1)[0]
    + "\n\nFolgen Sie uns auch auf X und Instagram.",
]
GENF_OTHER = (
    "Während in Genf verhandelt wurde, hat Russland seine Angriffe auf die ostukrainische "
    "Region Donezk fortgesetzt. Nach Angaben des ukrainischen Generalstabs wurden innerhalb "
    "von 24 Stunden mehr als hundert Gefechte gezählt. In Kiew wurde der Auftakt der "
    "Gespräche mit gemischten Gefühlen aufgenommen. Viele Menschen zweifeln daran, dass die "
    "Verhandlungen zu einem Ende der Kämpfe führen. Chefunterhändler Rustem Umerow gab sich "
    'am Abend vorsichtig optimistisch: "Wir sind vorangekommen, aber wir sind noch nicht am '
    'Ziel." Die Regierung in Moskau erklärte, sie werde die Ergebnisse der Genfer Gespräche '
    "abwarten und erst dann über eigene Schritte entscheiden."
)
ISTANBUL = (
    "In Istanbul ist eine weitere Runde direkter Gespräche zwischen Vertretern Russlands und "
    "der Ukraine ohne greifbares Ergebnis zu Ende gegangen. Beide Seiten vereinbarten nach "
    "Angaben der türkischen Gastgeber lediglich einen weiteren Austausch von Gefangenen. "
    "Der türkische Außenminister Hakan Fidan sprach dennoch von einem wichtigen Schritt. Die "
    "Delegationen hätten erstmals seit Wochen wieder an einem Tisch gesessen, sagte Fidan. "
    "Die russische Delegation unter Leitung von Wladimir Medinski verließ den Dolmabahçe-"
    "Palast nach knapp zwei Stunden. Kiew warf Moskau vor, mit unerfüllbaren Forderungen "
    "jede Annäherung zu blockieren. Über einen Termin für ein mögliches Treffen der beiden "
    "Präsidenten wurde nach Angaben aus beiden Delegationen nicht gesprochen."
)
ISTANBUL_COPIES = [
    "Gespräche in Istanbul ohne Durchbruch\n\nISTANBUL (AFP) – " + ISTANBUL,
    "Nur Gefangenenaustausch vereinbart\n\nIn Istanbul haben Russland und die Ukraine "
    "wieder direkt miteinander gesprochen. "
    + ISTANBUL.replace(
        "sprach dennoch von einem wichtigen Schritt.",
        "wertete das Treffen trotzdem als Erfolg.",
    )
    + "\n\n© AFP",
]
ISTANBUL_OTHER = (
    "Der türkische Außenminister Hakan Fidan hat die Rolle seines Landes als Vermittler im "
    "Ukraine-Krieg verteidigt. Ankara unterhalte gute Beziehungen zu Moskau und zu Kiew und "
    "sei deshalb ein geeigneter Ort für Gespräche, sagte Fidan in einem Interview mit einem "
    "türkischen Fernsehsender. Kritik aus der Opposition, die Türkei profitiere wirtschaftlich "
    "von den Sanktionen gegen Russland, wies er zurück. Die Delegationen hätten erstmals seit "
    "Wochen wieder an einem Tisch gesessen, sagte Fidan. Weitere Runden in Istanbul seien "
    "jederzeit möglich, wenn beide Seiten dies wünschten."
)
WIEN = (
    "Österreich hat sich erneut als Gastgeber für Friedensgespräche über die Ukraine "
    "angeboten. Wien verfüge über jahrzehntelange Erfahrung als Ort internationaler "
    "Verhandlungen und sei zu jeder Unterstützung bereit, erklärte das Außenministerium am "
    "Mittwoch. Eine Antwort aus Moskau oder Kiew lag zunächst nicht vor. Bereits im Herbst "
    "hatte die Regierung ein ähnliches Angebot gemacht, das damals ohne Reaktion blieb. In "
    "diplomatischen Kreisen hieß es, als Verhandlungsorte seien derzeit vor allem Genf, "
    "Istanbul und Riad im Gespräch. Ein Sprecher des Kremls sagte, über den Ort künftiger "
    "Gespräche werde zu gegebener Zeit entschieden."
)
WIEN_COPIES = [
    "Wien bietet sich als Verhandlungsort an\n\nWien (APA) - "
    + WIEN.replace("am Mittwoch", "am Mittwochnachmittag")
    + " (APA)",
]
WIEN_OTHER = (
    "Die Opposition im Nationalrat hat das Angebot der Regierung, Friedensgespräche über die "
    "Ukraine in Wien auszurichten, als reine Symbolpolitik kritisiert. Solange weder Moskau "
    "noch Kiew Interesse zeigten, sei das Angebot wenig wert, sagte ein Abgeordneter. Die "
    "Regierung verwies dagegen auf die Tradition Wiens als Sitz internationaler "
    "Organisationen. In diplomatischen Kreisen hieß es, als Verhandlungsorte seien derzeit vor "
    "allem Genf, Istanbul und Riad im Gespräch."
)

# (story, text): texts of one story are copies of each other, every other pair is distinct.
SET = (
    [("genf", t) for t in [GENF, *GENF_COPIES]]
    + [("istanbul", t) for t in [ISTANBUL, *ISTANBUL_COPIES]]
    + [("wien", t) for t in [WIEN, *WIEN_COPIES]]
    + [("genf-other", GENF_OTHER), ("istanbul-other", ISTANBUL_OTHER), ("wien-other", WIEN_OTHER)]
)


def test_signature_is_deterministic_and_identical_texts_agree() -> None:
    a, b = copies.signature(GENF), copies.signature(GENF)
    assert a.dtype == np.uint32 and a.shape == (copies.NUM_PERM,)
    assert copies.similarity(a, b) == 1.0
    assert copies.similarity(a, copies.signature(ISTANBUL)) < 0.1


def test_short_and_empty_texts_have_signatures() -> None:
    assert copies.signature("").shape == (copies.NUM_PERM,)
    short = copies.signature("Waffenruhe vereinbart")
    assert copies.similarity(short, copies.signature("Waffenruhe vereinbart.")) == 1.0


def test_precision_and_recall_on_the_set() -> None:
    sigs = [copies.signature(text) for _, text in SET]
    truth, found = set(), set()
    for (i, (si, _)), (j, (sj, _)) in itertools.combinations(enumerate(SET), 2):
        if si == sj:
            truth.add((i, j))
        if copies.similarity(sigs[i], sigs[j]) >= copies.THRESHOLD:
            found.add((i, j))
    tp = len(truth & found)
    assert tp / len(found) >= 0.98
    assert tp / len(truth) >= 0.95


def test_index_finds_the_copy_in_any_order() -> None:
    for order in (SET, SET[::-1]):
        index = copies.CopyIndex()
        groups: dict[str, set[str]] = {}
        for n, (story, text) in enumerate(order):
            sig = copies.signature(text)
            match = index.find(sig)
            if match is None:
                index.add(str(n), sig)
                groups.setdefault(story, set()).add(str(n))
            else:
                groups.setdefault(story, set()).add(match.article_id)
        assert all(len(ids) == 1 for ids in groups.values()), groups
        assert len(index) == 6
        assert "0" in index and "99" not in index


def test_index_lookup_stays_fast_as_it_grows() -> None:
    rng = np.random.default_rng(1)
    index = copies.CopyIndex()
    sigs = rng.integers(0, 2**32, (5_000, copies.NUM_PERM), dtype=np.uint32)
    for n, sig in enumerate(sigs):
        index.add(str(n), sig)
    started = time.process_time()
    for n, sig in enumerate(sigs[:500]):
        assert index.find(sig).article_id == str(n)
    assert (time.process_time() - started) / 500 < 0.002  # CPU seconds per lookup
    assert index.find(rng.integers(0, 2**32, copies.NUM_PERM, dtype=np.uint32)) is None


@pytest.fixture
def wire_dir(tmp_path):
    lines = [
        {"text": text, "outlet": f"Outlet {n}", "published": f"2026-01-{10 + n}", "url": f"u{n}"}
        for n, (_, text) in enumerate(SET)
    ]
    path = tmp_path / "in" / "wire.jsonl"
    path.parent.mkdir()
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    return path


def test_ingest_stores_one_text_per_story_with_every_publication(wire_dir, tmp_path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        summary = ingest([wire_dir], store, workers=1)
        assert (summary.new, summary.copies, summary.failed) == (6, 6, 0)
        counts = store.counts()
        assert counts["articles"] == 6 and counts["publications"] == 12
        rows = store.query(
            "SELECT article_id, count(*) AS n, list(outlet ORDER BY outlet) AS outlets"
            " FROM publications GROUP BY article_id ORDER BY n DESC"
        )
        assert [r["n"] for r in rows] == [4, 3, 2, 1, 1, 1]
        assert rows[0]["outlets"] == ["Outlet 0", "Outlet 1", "Outlet 2", "Outlet 3"]
        # the same file again: every text is already there, nothing is analysed twice
        again = ingest([wire_dir], store, workers=1)
        assert again.new == 0 and again.duplicate + again.copies == len(SET)
        assert store.counts()["publications"] == 12


def test_texts_stored_without_signature_are_signed_and_matched(wire_dir, tmp_path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        ingest([wire_dir], store, workers=1)
        store.con.execute("DELETE FROM copy_signatures")
        copy = tmp_path / "copy.txt"
        copy.write_text("Neue Runde in Genf\n\n" + GENF + "\n\n(Reuters)", "utf-8")
        summary = ingest([copy], store, workers=1)
        assert (summary.new, summary.copies) == (0, 1)
        assert store.counts()["articles"] == 6
        n = store.con.execute("SELECT count(*) FROM copy_signatures").fetchone()[0]
        assert n == 6
