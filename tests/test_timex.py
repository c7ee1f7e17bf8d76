"""The German temporal tagger: one case per construction, in sentences written for the tests."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest
import spacy

import parley.nlp.timex
from parley.nlp import extensions  # noqa: F401  (Doc._ attributes)
from parley.nlp.timex import interval, split_sentences, tag


def pairs(text: str, published: str | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


CASES = [
    # weekdays: tense decides the direction (2025-12-17 is a Wednesday)
    ("Die Minister trafen sich am Freitag in Genf.", "2025-12-17", [("am Freitag", "2025-12-12")]),
    ("Die Minister werden sich am Freitag in Genf treffen.", "2025-12-17",
     [("am Freitag", "2025-12-19")]),
    ("Am Montag hatte der Kanzler noch gezögert.", "2025-12-17", [("Am Montag", "2025-12-15")]),
    ("Das Treffen soll am Montag stattfinden.", "2025-12-17", [("am Montag", "2025-12-22")]),
    ("Witkoff könnte am Montag in Miami Gespräche führen.", "2025-12-17",
     [("am Montag", "2025-12-22")]),
    ("Am Donnerstag beginnt der Gipfel.", "2025-12-17", [("Am Donnerstag", "2025-12-18")]),
    ("Die Gespräche sind am Montag positiv verlaufen.", "2025-12-17",
     [("am Montag", "2025-12-15")]),
    ("Die Gespräche sind am Mittwoch zu Ende gegangen.", "2025-12-17",
     [("am Mittwoch", "2025-12-17")]),
    ("Sie reisten am Samstagabend ab.", "2025-12-17", [("am Samstagabend", "2025-12-13")]),
    ("Er kündigte Gespräche für den kommenden Dienstag an.", "2025-12-31",
     [("für den kommenden Dienstag", "2026-01-06")]),
    ("Am vergangenen Freitag wurde verhandelt.", "2025-12-19",
     [("Am vergangenen Freitag", "2025-12-12")]),
    ("Die Frist läuft bis Donnerstag.", "2025-11-24", [("bis Donnerstag", "2025-11-27")]),
    ("Die Sitzung an diesem Montag gilt als historisch.", "2025-12-17",
     [("an diesem Montag", "2025-12-15")]),
    ("Diesen Freitag gilt es.", "2025-12-17", [("Diesen Freitag", "2025-12-19")]),
    ("Die Gespräche dauerten bis Montag.", "2025-12-17", [("bis Montag", "2025-12-15")]),
    ("Eine Antwort wird bis spätestens Ende Januar erwartet.", "2025-12-17",
     [("bis spätestens Ende Januar", "2026-01")]),
    ("Sie verhandeln am heutigen Mittwoch in Berlin.", "2016-10-19",
     [("am heutigen Mittwoch", "2016-10-19")]),
    ("Die Delegation landete in der Nacht zum Freitag.", "2025-12-20",
     [("in der Nacht zum Freitag", "2025-12-19")]),
    ("In der Nacht von Samstag auf Sonntag wurde verhandelt.", "2025-12-17",
     [("In der Nacht von Samstag auf Sonntag", "2025-12-14")]),
    ("In der vergangenen Nacht griffen Drohnen die Hauptstadt an.", "2025-12-17",
     [("In der vergangenen Nacht", "2025-12-17")]),
    ("In der Nacht vom 19. auf den 20. Dezember wurde verhandelt.", "2025-12-21",
     [("In der Nacht vom 19. auf den 20. Dezember", "2025-12-20")]),
    ("Im Spätsommer soll gewählt werden.", "2025-12-17", [("Im Spätsommer", "2026-SU")]),
    ("Vor dem Gipfel am Wochenende warnte der Minister vor Eile.", "2025-12-18",
     [("am Wochenende", "2025-W51-WE")]),
    ("Vor der Presse sagte er am Freitag, er sei zuversichtlich.", "2025-12-17",
     [("am Freitag", "2025-12-12")]),
    ("Vor dem Spiel am Samstagnachmittag gab sich der Trainer zuversichtlich.", "2008-03-30",
     [("am Samstagnachmittag", "2008-03-29")]),
    ("Die am Freitag aufgenommenen Gespräche verlaufen gut.", "2025-12-17",
     [("am Freitag", "2025-12-12")]),
    ("Das für Freitag geplante Treffen wurde abgesagt.", "2025-12-17",
     [("für Freitag", "2025-12-19")]),
    # the participle of a noun phrase dates the expression, with adjuncts between and any shape
    ("Das für Freitag in Brüssel angesetzte Treffen wurde abgesagt.", "2025-12-17",
     [("für Freitag", "2025-12-19")]),
    ("Die am Montag begonnenen Verhandlungen dauern an.", "2025-12-17",
     [("am Montag", "2025-12-15")]),
    ("Der für Donnerstag erwartete Besuch des Kanzlers wurde verschoben.", "2025-12-17",
     [("für Donnerstag", "2025-12-18")]),
    ("Die bereits am Dienstag im Kanzleramt unterzeichnete Erklärung gilt als Durchbruch.",
     "2025-12-17", [("am Dienstag", "2025-12-16")]),
    ("Sie prüfen ein am Sonntag von Kiew veröffentlichtes Papier.", "2025-12-17",
     [("am Sonntag", "2025-12-14")]),
    ("Dann wird das am Freitag entschieden.", "2025-12-17", [("am Freitag", "2025-12-19")]),
    # a verbless wie/als clause: its participle dates the expression
    ("Wie am Montag vereinbart, treffen sich die Minister erneut.", "2025-12-17",
     [("am Montag", "2025-12-15")]),
    ("Anders als bereits am Dienstag in Wien angekündigt, reist er nicht.", "2025-12-17",
     [("am Dienstag", "2025-12-16")]),
    ("Wie für Freitag geplant, treffen sich die Minister.", "2025-12-17",
     [("für Freitag", "2025-12-19")]),
    ("Wie am Montag, so auch am Freitag.", "2025-12-17",
     [("am Montag", "2025-12-22"), ("am Freitag", "2025-12-19")]),
    # "vom" names a past day or month, unless it opens a range or "an" follows
    ("Das Treffen vom Montag gilt als Erfolg.", "2025-12-17", [("vom Montag", "2025-12-15")]),
    ("Die Waffenruhe vom Oktober hält nicht.", "2025-06-17", [("vom Oktober", "2024-10")]),
    ("Die Erklärung vom 19. Dezember wird vorbereitet.", "2025-12-17",
     [("vom 19. Dezember", "2025-12-19")]),
    ("Vom 1. Januar an gilt das Gesetz.", "2025-12-17", [("Vom 1. Januar", "2026-01-01")]),
    ("Die nächste Runde beginnt in der Woche vom 12. Januar.", "2025-12-17",
     [("vom 12. Januar", "2026-01-12")]),
    ("Vom Montag bis Mittwoch tagt der Rat.", "2025-12-17",
     [("Vom Montag bis Mittwoch", "2025-12-22/2025-12-24")]),
    # an ordinal is no Präteritum (vierten, not diskutierten)
    ("Im Februar jährt sich der Kriegsbeginn zum vierten Mal.", "2025-12-17",
     [("Im Februar", "2026-02")]),
    ("Im Januar feierte der Verein sein Jubiläum.", "2025-12-17", [("Im Januar", "2025-01")]),
    # weak verbs in the Präteritum, with prefixes: bemerkte, verfehlten, räumte … ein
    ("Am Dienstag bemerkte eine Streife den Schaden.", "2025-12-17",
     [("Am Dienstag", "2025-12-16")]),
    ("Die Regierung verfehlte am Montag die Mehrheit.", "2025-12-17",
     [("am Montag", "2025-12-15")]),
    ("Der Minister räumte am Freitag Fehler ein.", "2025-12-17", [("am Freitag", "2025-12-12")]),
    # a capitalised word mid-sentence is a noun, not a verb form (Schritt, Band, Las Vegas)
    ("Der nächste Schritt folgt am Freitag.", "2025-12-17", [("am Freitag", "2025-12-19")]),
    ("Die Band spielt am Samstag in Las Vegas.", "2025-12-17", [("am Samstag", "2025-12-20")]),
    ("Zuletzt, am Montag, tagte der Rat in Oslo.", "2025-12-17", [("am Montag", "2025-12-15")]),
    ("Zuerst am Montag Šefčovič, dann die Kommission: So liefen die Gespräche.", "2025-12-17",
     [("am Montag", "2025-12-15")]),  # a name with č is one word, not verb-like fragments
    ("Am Montag las er aus seinem Buch.", "2025-12-17", [("Am Montag", "2025-12-15")]),
    # a strong Präteritum after a verb prefix (erstach, stattfand); participles stay out
    ("Die Armee erschoss am Montag zwei Männer.", "2025-12-17", [("am Montag", "2025-12-15")]),
    ("Als die Sitzung am Dienstag stattfand, regnete es.", "2025-12-17",
     [("am Dienstag", "2025-12-16")]),
    ("Die Lage wird verschieden beschrieben, am Freitag entscheidet der Rat.", "2025-12-17",
     [("am Freitag", "2025-12-19")]),
    ("Das für Freitag anberaumte Treffen wurde abgesagt.", "2025-12-17",
     [("für Freitag", "2025-12-19")]),
    ("Die für Donnerstag terminierte Anhörung wurde verschoben.", "2025-12-17",
     [("für Donnerstag", "2025-12-18")]),
    ("Sie sagte, das werde am Freitag besprochene Fragen klären.", "2025-12-17",
     [("am Freitag", "2025-12-19")]),
    ("Am Montag beraten die Außenminister über Sanktionen.", "2025-12-17",
     [("Am Montag", "2025-12-22")]),
    ("Die Gespräche beginnen am Freitag, sagte er.", "2025-12-17", [("am Freitag", "2025-12-19")]),
    ("Am Freitag trafen sich die Minister, sagte er.", "2025-12-17",
     [("Am Freitag", "2025-12-12")]),
    ("Wie das Präsidialamt am Dienstag mitteilte, soll das Treffen am Donnerstag stattfinden.",
     "2025-12-17", [("am Dienstag", "2025-12-16"), ("am Donnerstag", "2025-12-18")]),
    ("Die Kämpfe gingen am Wochenende weiter.", "2025-12-17", [("am Wochenende", "2025-W50-WE")]),
    ("Am Freitag, als er in Genf ankam, sagte er nichts.", "2025-12-17",
     [("Am Freitag", "2025-12-12")]),
    # dates, year rollover, Austrian and Swiss month names
    ("Ein Treffen ist am 3. Jänner geplant.", "2025-12-31", [("am 3. Jänner", "2026-01-03")]),
    # a year adverb before a month or season names its year: heuer (Austrian), letztes Jahr
    ("Heuer im März hatte der Landtag gewählt.", "2025-11-05", [("Heuer im März", "2025-03")]),
    ("Die Brücke soll heuer Ende Juni fertig sein.", "2025-02-05",
     [("heuer Ende Juni", "2025-06")]),
    ("Letztes Jahr im Herbst reiste er nach Baku.", "2025-11-05",
     [("Letztes Jahr im Herbst", "2024-FA")]),
    ("Heuer wird gewählt.", "2025-02-05", [("Heuer", "2025")]),
    ("Er sagte, das Treffen am 3. Jänner sei wichtig.", "2025-12-31",
     [("am 3. Jänner", "2026-01-03")]),
    ("Die Frist endet am 2. Feber.", "2026-01-20", [("am 2. Feber", "2026-02-02")]),
    ("Gespräche sind für den 19. und 20. Dezember angesetzt.", "2025-12-15",
     [("für den 19. und 20. Dezember", "2025-12-19/2025-12-20")]),
    ("Die Konferenz dauert vom 3. bis 6. Januar.", "2025-12-28",
     [("vom 3. bis 6. Januar", "2026-01-03/2026-01-06")]),
    ("Er schrieb von Januar bis Juli 2007 für die Zeitung.", "2025-12-20",
     [("von Januar bis Juli 2007", "2007-01/2007-07")]),
    ("Die Frist lief vom 30. Dezember bis 2. Januar 2024.", "2025-12-20",
     [("vom 30. Dezember bis 2. Januar 2024", "2023-12-30/2024-01-02")]),
    ("Die Waffenruhe gilt vom 30. Dezember bis 2. Januar.", "2025-12-20",
     [("vom 30. Dezember bis 2. Januar", "2025-12-30/2026-01-02")]),
    ("Der Vertrag wurde am 6. Juni 2014 unterzeichnet.", "2025-12-17",
     [("am 6. Juni 2014", "2014-06-06")]),
    ("Stand: 19.12.2025 um 10 Uhr.", None, [("19.12.2025", "2025-12-19")]),
    ("Veröffentlicht am 2025-12-19T10:00, Flug 2025-A.", None, [("am 2025-12-19", "2025-12-19")]),
    ("Aktualisiert am 13.08.2025 - 09:20 Uhr", None, [("am 13.08.2025", "2025-08-13")]),
    ("Mittwoch, 31. Dezember 2025 | 21:53 Uhr", None,
     [("Mittwoch, 31. Dezember 2025", "2025-12-31")]),
    ("Der Gipfel beginnt am 19. Dezember.", None, [("am 19. Dezember", "XXXX-12-19")]),
    ("Die Wahl am Montag, 8. Februar, gilt als offen.", "2026-08-01",
     [("am Montag, 8. Februar", "2027-02-08")]),
    ("Der Gipfel beginnt am Freitag.", None, [("am Freitag", "XXXX-XX-XX")]),
    ("Der Gipfel begann am Freitag.", "2022-03", [("am Freitag", "2022-03-XX")]),
    # months, parts of periods, seasons
    ("Anfang Dezember reiste er nach Moskau.", "2025-12-18", [("Anfang Dezember", "2025-12")]),
    ("Im Dezember hatten die Gespräche begonnen.", "2026-01-10", [("Im Dezember", "2025-12")]),
    ("Im März soll gewählt werden.", "2025-12-10", [("Im März", "2026-03")]),
    ("Seit November sitzen sie in Haft.", "2019-09", [("Seit November", "2018-11")]),
    ("Der Plan soll bis März 2020 umgesetzt werden.", "2019-12", [("bis März 2020", "2020-03")]),
    ("Mitte August hatte er gedrängt.", "2019-09-15", [("Mitte August", "2019-08")]),
    ("Zuletzt trafen sie sich im Sommer in Istanbul.", "2025-12-20", [("im Sommer", "2025-SU")]),
    ("Wenn wir in diesen Winter gehen, wird es schwer.", "2025-12-10",
     [("diesen Winter", "2025-WI")]),
    ("Im kommenden Frühjahr soll gewählt werden.", "2025-12-10",
     [("Im kommenden Frühjahr", "2026-SP")]),
    # weeks, weekends, months and years relative to the anchor
    ("Eine Einigung könnte diese Woche oder vielleicht nächsten Monat kommen.", "2025-12-17",
     [("diese Woche", "2025-W51"), ("nächsten Monat", "2026-01")]),
    ("Gegen Ende der Woche wird er erwartet.", "2025-12-17", [("Gegen Ende der Woche", "2025-W51")]),
    ("Kommende Woche reist sie nach Kiew.", "2025-08-09", [("Kommende Woche", "2025-W33")]),
    ("In der vergangenen Woche wurde gestritten.", "2025-12-17",
     [("In der vergangenen Woche", "2025-W50")]),
    ("Am kommenden Wochenende wird weiter verhandelt.", "2025-12-18",
     [("Am kommenden Wochenende", "2025-W51-WE")]),
    ("Am Wochenende wurden Gefangene ausgetauscht.", "2019-09", [("Am Wochenende", "2019-WXX-WE")]),
    ("Zum Ende des Jahres drängen die USA.", "2025-12-20", [("Zum Ende des Jahres", "2025")]),
    ("Er wurde im vergangenen Jahr versetzt.", "2025-12-20", [("im vergangenen Jahr", "2024")]),
    ("Wir setzen die Arbeit im neuen Jahr fort und wünschen ein gutes neues Jahr.", "2025-12-31",
     [("im neuen Jahr", "2026")]),
    ("Das Abkommen stammt aus dem Vorjahr.", "2025-05-02", [("aus dem Vorjahr", "2024")]),
    # years
    ("Seit 2014 vermitteln Berlin und Paris.", "2019-09", [("Seit 2014", "2014")]),
    ("Zuletzt gab es ein solches Treffen 2016 in Berlin.", "2019-09", [("2016", "2016")]),
    ("Die Kämpfe könnten im Jahr 2026 weitergehen.", "2025-12", [("im Jahr 2026", "2026")]),
    ("Mehr als 2000 Soldaten wurden verlegt.", "2025-12", []),
    ("Die Stadt wurde im Jahr 1600 gegründet, die Burg am 22. Juli 1136.", "2025-12",
     [("im Jahr 1600", "1600"), ("am 22. Juli 1136", "1136-07-22")]),
    ("Von 2014 bis 2019 tagte die Gruppe.", "2025-12", [("Von 2014 bis 2019", "2014/2019")]),
    ("Der Haushalt 2025/26 steht.", "2025-12", [("2025/26", "2025/2026")]),
    # relative days, parts of days
    ("Heute oder morgen wird es klar.", "2022-03-29", [("Heute", "2022-03-29"),
                                                       ("morgen", "2022-03-30")]),
    ("Gestern Abend landete er in Kiew.", "2025-12-17", [("Gestern Abend", "2025-12-16")]),
    ("Die Polizei griff gestern Mittwoch ein.", "2025-12-18", [("gestern Mittwoch", "2025-12-17")]),
    ("Von heute an gilt die Regel.", "2025-12-18", [("Von heute an", "2025-12-18")]),
    ("Er wird am Mittag in Berlin erwartet.", "2025-08-13", [("am Mittag", "2025-08-13")]),
    ("Merz sagte am späten Abend, er sei zufrieden.", "2019-12", [("am späten Abend", "2019-12-XX")]),
    ("Er hatte schon am Vorabend gewarnt.", "2022-03", [("am Vorabend", "2022-03-XX")]),
    ("Im Laufe des Tages wird er in Wien erwartet.", "2025-12-17",
     [("Im Laufe des Tages", "2025-12-17")]),
    ("In der Früh reiste er ab, am Freitagfrüh kehrt er zurück.", "2025-12-17",
     [("In der Früh", "2025-12-17"), ("am Freitagfrüh", "2025-12-19")]),
    # offsets and vague references
    ("Der Krieg begann vor zwei Wochen.", "2022-03-10", [("vor zwei Wochen", "2022-W08")]),
    ("Vor drei Tagen wurde verhandelt.", "2025-12-17", [("Vor drei Tagen", "2025-12-14")]),
    ("In zwei Wochen soll es weitergehen.", "2025-12-17", [("In zwei Wochen", "2026-W01")]),
    ("Vor einem Jahr war das undenkbar.", "2025-12-17", [("Vor einem Jahr", "2024")]),
    ("Die Lage ist derzeit unklar, die derzeitige Regierung schweigt.", "2025-12-17",
     [("derzeit", "PRESENT_REF")]),
    ("Damals scheiterten die Gespräche.", "2025-12-17", [("Damals", "PAST_REF")]),
    ("Ein Treffen in den kommenden Wochen ist möglich.", "2025-12-17",
     [("in den kommenden Wochen", "FUTURE_REF")]),
    ("In den vergangenen Tagen wurde viel geredet.", "2025-12-17",
     [("In den vergangenen Tagen", "PAST_REF")]),
    ("Er hatte vor wenigen Tagen einen Plan vorgelegt.", "2025-11-23",
     [("vor wenigen Tagen", "PAST_REF")]),
    ("In den nächsten zwei bis drei Wochen soll ein Entwurf stehen.", "2025-11-23",
     [("In den nächsten zwei bis drei Wochen", "FUTURE_REF")]),
    ("Innerhalb der kommenden vier Monate soll gewählt werden.", "2025-11-23", []),  # a term
    ("In den vergangenen vier oder fünf Jahren ist die Zahl gestiegen.", "2025-11-23",
     [("In den vergangenen vier oder fünf Jahren", "PAST_REF")]),
    ("Das Abkommen ist bis heute nicht umgesetzt.", "2016-10-19", [("bis heute", "PRESENT_REF")]),
    ("Sie sprachen über die Zukunft des Landes.", "2025-08-13", [("die Zukunft", "FUTURE_REF")]),
    # holidays, coordinations
    ("Erst kurz vor Weihnachten hatten sie sich getroffen.", "2025-12-31",
     [("kurz vor Weihnachten", "2025-12")]),
    ("In Berlin hatte es am Sonntag und Montag Gespräche gegeben.", "2025-12-18",
     [("am Sonntag und Montag", "2025-12-14/2025-12-15")]),
    ("Verhandelt wird zwischen Montag und Mittwoch.", "2025-12-19",
     [("zwischen Montag und Mittwoch", "2025-12-22/2025-12-24")]),
    ("Ein Treffen ist am Dienstag und Mittwoch geplant.", "2022-03",
     [("am Dienstag und Mittwoch", "2022-03-XX/2022-03-XX")]),
    # years of a month or season, weeks of a weekday, quarters, decades
    # a month with its own modifier: the last one before the anchor's month, or the next after
    ("Im vergangenen Oktober hatte er gewarnt.", "2025-06-10",
     [("Im vergangenen Oktober", "2024-10")]),
    ("Seit vorigem Dezember wird in Oslo verhandelt.", "2025-12-17",
     [("Seit vorigem Dezember", "2024-12")]),
    ("Im kommenden März soll gewählt werden.", "2025-02-10", [("Im kommenden März", "2025-03")]),
    ("Bis nächsten Februar soll ein Entwurf stehen.", "2025-06", [("Bis nächsten Februar", "2026-02")]),
    ("Diesen Oktober wird gewählt.", "2025-06-01", [("Diesen Oktober", "2025-10")]),
    ("Im vergangenen Mai wurde gewählt.", None, [("Im vergangenen Mai", "XXXX-05")]),
    ("Der vorige August Bauer erschien nicht.", "2025-06-01", []),
    ("Im Oktober vergangenen Jahres hatte er gewarnt.", "2025-12-17",
     [("Im Oktober vergangenen Jahres", "2024-10")]),
    ("Im Herbst des vergangenen Jahres kam er.", "2025-12-17",
     [("Im Herbst des vergangenen Jahres", "2024-FA")]),
    ("Am Montag kommender Woche trifft er Macron.", "2025-12-17",
     [("Am Montag kommender Woche", "2025-12-22")]),
    ("Im ersten Quartal 2026 soll das Gesetz kommen.", "2025-12-17",
     [("Im ersten Quartal 2026", "2026-Q1")]),
    ("Der Gewinn stieg im 1. Halbjahr 2008.", "2025-12-17", [("im 1. Halbjahr 2008", "2008-H1")]),
    # a quarter without a year: the tense picks it, as for a month
    ("Im ersten Quartal soll das Gesetz kommen.", "2025-12-17", [("Im ersten Quartal", "2026-Q1")]),
    ("Im dritten Quartal war der Export eingebrochen.", "2025-12-17",
     [("Im dritten Quartal", "2025-Q3")]),
    ("Im vierten Quartal wächst der Handel.", "2025-12-17", [("Im vierten Quartal", "2025-Q4")]),
    ("Im ersten Halbjahr wächst der Handel.", None, [("Im ersten Halbjahr", "XXXX-H1")]),
    ("Am kommenden Montag, 22. Dezember, wird gewählt.", "2025-12-17",
     [("Am kommenden Montag, 22. Dezember", "2025-12-22")]),
    ("In den 90er Jahren war das anders.", "2025-12-17", [("In den 90er Jahren", "199X")]),
    ("Seit Ende der 1980er-Jahre wächst die Stadt.", "2025-12-17",
     [("Seit Ende der 1980er-Jahre", "198X")]),
    ("Zu Beginn der Woche wurde verhandelt.", "2025-12-17", [("Zu Beginn der Woche", "2025-W51")]),
    ("Seit dem 1. Januar gelten neue Regeln.", "2025-12-17",
     [("Seit dem 1. Januar", "2025-01-01")]),
    ("Morgen früh reist er ab, der Morgen danach bleibt frei.", "2025-12-17",
     [("Morgen früh", "2025-12-18")]),
    ("Am Abend zuvor war er angereist.", "2025-12-17", []),
    ("Trump will bis Thanksgiving eine Einigung.", "2025-11-24",
     [("bis Thanksgiving", "2025-11-27")]),
    ("Über Ostern ruhten die Waffen.", "2025-05-10", [("Über Ostern", "2025-04-20/2025-04-21")]),
    ("Zu Pfingsten 2026 soll gewählt werden.", "2025-05-10", [("Zu Pfingsten 2026", "2026-05-24/2026-05-25")]),
    # not time expressions
    ("Der 31.02.2025 existiert nicht, der 30. Februar auch nicht.", "2025-12-17", []),
    ("Nun wird bald verhandelt, bisher gab es zuvor nur Gespräche.", "2025-12-17", []),
    ("Der Krieg dauert seit fast vier Jahren an.", "2025-12-17", []),
    ("Um 21:53 Uhr endete die Sitzung.", "2025-12-17", []),
    ("August Hanning leitete den Dienst.", "2025-12-17", []),
    ("Eine neue Woche, ein neuer Monat, ein neues Jahr.", "2025-12-17", []),
    ("Die Linke sprach von einem schwarzen Freitag für das Land.", "2025-12-17", []),
    ("Das Heute zählt, sagte Mai Thi Nguyen-Kim.", "2025-12-17", []),
    ("Sie bauen die Welt von morgen, nicht von heute auf morgen.", "2025-12-17", []),
    ("Das heute gültige Recht bleibt, sagte der gestern gewählte Präsident.", "2025-12-17",
     [("heute", "2025-12-17"), ("gestern", "2025-12-16")]),
    ("Rund 2500 Menschen demonstrierten, Resolution 2334 gilt.", "2025-12-17", []),
    ("Das Ende des Krieges ist nicht in Sicht, ein Jahr nach dem Gipfel.", "2025-12-17", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_construction(text: str, published: str | None, expected: list) -> None:
    assert pairs(text, published) == expected


@pytest.mark.parametrize("published", ["2025-12-17T08:30:00", "17.12.2025", "2025-13-40", ""])
def test_published_in_other_shapes(published: str) -> None:
    expected = "2025-12-19" if published.startswith("2025-12-17") else "XXXX-XX-XX"
    assert pairs("Sie treffen sich am Freitag.", published) == [("am Freitag", expected)]


ARTICLE = """Wien, 17. Dezember (APA) - Die Außenminister Österreichs und der Schweiz haben \
am Dienstagabend in Wien über eine neue Gesprächsrunde beraten. „Wir treffen uns am Freitag \
wieder“, sagte der österreichische Minister. Ein erstes Treffen hatte bereits Anfang Dezember \
stattgefunden, ein weiteres ist für den 8. und 9. Jänner geplant.

Seit Beginn des Jahres bemühen sich beide Länder um Vermittlung. Im vergangenen Sommer waren \
die Gespräche gescheitert, damals fehlte das Vertrauen. Derzeit sei die Lage günstiger, hieß es \
aus Diplomatenkreisen. In den kommenden Wochen wolle man die Ergebnisse prüfen; bis Ende \
Februar soll ein Entwurf vorliegen.

Vor drei Tagen hatte Bern einen Vorschlag vorgelegt, der übermorgen im Bundesrat beraten \
wird. Die Abstimmung am Montag kommender Woche gilt als Formsache."""


def test_article() -> None:
    assert pairs(ARTICLE, "2025-12-17") == [
        ("17. Dezember", "2025-12-17"),
        ("am Dienstagabend", "2025-12-16"),
        ("am Freitag", "2025-12-19"),
        ("Anfang Dezember", "2025-12"),
        ("für den 8. und 9. Jänner", "2026-01-08/2026-01-09"),
        ("Seit Beginn des Jahres", "2025"),
        ("Im vergangenen Sommer", "2025-SU"),
        ("damals", "PAST_REF"),
        ("Derzeit", "PRESENT_REF"),
        ("In den kommenden Wochen", "FUTURE_REF"),
        ("bis Ende Februar", "2026-02"),
        ("Vor drei Tagen", "2025-12-14"),
        ("übermorgen", "2025-12-19"),
        ("am Montag kommender Woche", "2025-12-22"),
    ]


def test_offsets_and_interval() -> None:
    text = "Die Außenminister kamen am Freitag zusammen. Am Samstag reisten sie ab."
    first, second = tag(text, "2025-12-20")
    assert text[first.start : first.end] == first.text == "am Freitag"
    assert (first.begin, first.until, first.anchor) == ("2025-12-19", "2025-12-19", "2025-12-20")
    assert (first.sent_start, first.sent_end) == (0, 44)
    assert second.sent_start == 45


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("2025-12-19", ("2025-12-19", "2025-12-19")),
        ("2025-12", ("2025-12-01", "2025-12-31")),
        ("2026", ("2026-01-01", "2026-12-31")),
        ("2025-W51", ("2025-12-15", "2025-12-21")),
        ("2025-W51-WE", ("2025-12-20", "2025-12-21")),
        ("2025-SU", ("2025-06-01", "2025-08-31")),
        ("2025-WI", ("2025-12-01", "2026-02-28")),
        ("2025-12-19/2025-12-20", ("2025-12-19", "2025-12-20")),
        ("2022-03-XX", ("2022-03-01", "2022-03-31")),
        ("2026-Q1", ("2026-01-01", "2026-03-31")),
        ("199X", ("1990-01-01", "1999-12-31")),
        ("XXXX-12-19", (None, None)),
        ("PAST_REF", (None, None)),
    ],
)
def test_interval(value: str, span: tuple) -> None:
    assert interval(value) == span


def test_api_examples() -> None:
    assert doctest.testmod(parley.nlp.timex).failed == 0


def test_split_sentences_keeps_ordinals() -> None:
    text = "Am 19. Dezember kam er. Dann ging er."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Am 19. Dezember kam er.",
        "Dann ging er.",
    ]


def test_component_uses_published_and_sentences() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("parley_timex")
    doc = nlp.make_doc("Die Gespräche sollen am Freitag beginnen. Damals war alles anders.")
    doc._.published = "2025-12-17"
    doc = nlp(doc)
    assert [(t.text, t.value, t.sent_start) for t in doc._.timexes] == [
        ("am Freitag", "2025-12-19", 0),
        ("Damals", "PAST_REF", 42),
    ]


SHARED = Path(__file__).parents[1].parent / "shared" / "corpus"


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared beside the clone")
def test_gold_spans_are_found() -> None:
    """Measure only: most gold expressions are found, with the gold's exact span."""
    gold = found = 0
    for path in sorted(SHARED.glob("*/*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_name(doc["text_file"]).read_text(encoding="utf-8")
        texts = {t.text for t in tag(text, doc["published"])}
        gold += len(doc["timexes"])
        found += sum(t["text"] in texts for t in doc["timexes"])
    assert found >= 0.8 * gold
