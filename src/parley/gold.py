"""What parley extracted from one article, in the shape of GOLD_FORMAT.md (v1)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from parley.facts import Analysis

GOLD_TYPES = ("PER", "ORG", "LOC")
GOLD_KINDS = ("direct", "indirect")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


def to_gold(
    analysis: Analysis,
    text: str,
    *,
    doc_id: str,
    text_file: str,
    published: str | None,
    url: str | None = None,
) -> dict[str, Any]:
    """A gold-format record of ``analysis`` of the article ``text``."""
    # gold refers to other entities by name: only actors exported as entities can be named
    exported = {a.key: a.name for a in analysis.actors if a.type in GOLD_TYPES}
    roles: dict[str, list[str]] = {}
    for role in analysis.roles:
        if role.text not in roles.setdefault(role.actor_key, []):
            roles[role.actor_key].append(role.text)

    entities = []
    for actor in analysis.actors:
        if actor.type not in GOLD_TYPES:
            continue
        entity: dict[str, Any] = {
            "name": actor.name,
            "type": actor.type,
            "mentions": list(actor.mentions),
        }
        if actor.type == "PER":
            entity["roles"] = roles.get(actor.key, [])
            entity["affiliation"] = exported.get(actor.affiliation)
        entities.append(entity)

    def name(key: str | None) -> str | None:
        return exported.get(key) if key else None

    timexes, seen = [], set()
    for t in analysis.timexes:
        if (t.text, t.value) not in seen:
            seen.add((t.text, t.value))
            timexes.append({"text": t.text, "value": t.value})

    quotes = [
        {"speaker": name(q.speaker), "kind": q.kind, "text": q.text}
        for q in analysis.quotes
        if q.kind in GOLD_KINDS
    ]
    meetings = [
        {
            "participants": _named(m.participants, exported),
            "parties": _named(m.parties, exported),
            "location": name(m.location),
            "date": calendar_date(m.date, m.begin, m.until),
            "status": m.status,
            "evidence": text[m.sent_start : m.sent_end].strip(),
        }
        for m in analysis.meetings
    ]

    return {
        "doc_id": doc_id,
        "text_file": text_file,
        "source_url": url,
        "language": "de",
        "published": published,
        "entities": entities,
        "timexes": timexes,
        "quotes": quotes,
        "meetings": meetings,
    }


def _named(keys: list[str], exported: dict[str, str]) -> list[str]:
    return [exported[k] for k in keys if k in exported]


def calendar_date(value: str | None, begin: str | None, until: str | None) -> str | None:
    """A meeting date in a form GOLD_FORMAT.md gives: a day, a day range, ``YYYY-MM``, a year.

    A day range is the days a meeting spans (``für den 19. und 20. Dezember``, a weekend).
    Any other period says only that the meeting falls somewhere within it, and is written as
    the calendar unit it lies in, as gold writes ``Anfang Juni`` as ``2025-06``: a period of a
    month or less (a week) as the month holding most of its days (a week's Thursday, as ISO
    8601 gives a week its year), one of up to a year (a season, a quarter) as the year holding
    most of its days; a longer one, or one with no place on the calendar, is no date.
    """
    if value and ISO_DATE.match(value):
        return value
    if not (begin and until):
        return None
    first, last = date.fromisoformat(begin), date.fromisoformat(until)
    if first == last:
        return begin
    if value and value.endswith("-WE"):
        return f"{begin}/{until}"
    days, middle = (last - first).days, first + (last - first) / 2
    if days < 31:
        return middle.isoformat()[:7]
    return str(middle.year) if days < 366 else None
