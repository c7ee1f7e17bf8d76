"""What parley extracted from one article, in the shape of GOLD_FORMAT.md (v1)."""

from __future__ import annotations

import re
from datetime import date, timedelta
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
    """A meeting date as gold writes it: ``YYYY-MM-DD``, a day range, or ``YYYY-MM``.

    TIMEX3 values gold does not use for meetings become their calendar month when they
    cover one whole month, else their day range (weeks, weekends).
    """
    if value and ISO_DATE.match(value):
        return value
    if not (begin and until):
        return None
    if begin == until:
        return begin
    first, last = date.fromisoformat(begin), date.fromisoformat(until)
    if first.day == 1 and (last + timedelta(days=1)).month != last.month and (
            first.year, first.month) == (last.year, last.month):
        return begin[:7]
    return f"{begin}/{until}"
