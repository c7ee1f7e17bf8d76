"""The timeline as one self-contained HTML page: a visual timeline of meetings (and dated
statements), each entry opening to its sources and their sentences. Inline CSS and JS, no
network: the page (``timeline.html`` beside this module) renders the embedded JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

from parley.views.meetings import source_name, who

TEMPLATE = Path(__file__).with_name("timeline.html")
TITLE = "Verhandlungen im Überblick"


@lru_cache(maxsize=1)
def _template() -> str:
    return TEMPLATE.read_text(encoding="utf-8")


def render(entries: list[dict[str, Any]], title: str = TITLE) -> str:
    """The HTML page for timeline entries (as :func:`parley.views.meetings.timeline` gives)."""
    items = [_meeting(e) if e["kind"] == "meeting" else _statement(e) for e in entries]
    articles = {s["article_id"] for e in entries if e["meeting"] for s in e["meeting"]["sources"]}
    articles |= {e["article_id"] for e in entries if e["article_id"]}
    data = json.dumps({"entries": items, "articles": len(articles)}, ensure_ascii=False)
    return (
        _template()
        .replace("__TITLE__", escape(title))
        .replace("__GENERATED__", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))
        .replace("__DATA__", data.replace("</", "<\\/"))
    )


def _meeting(entry: dict[str, Any]) -> dict[str, Any]:
    m = entry["meeting"]
    names = {s["article_id"]: source_name(s) for s in m["sources"]}
    sources = [_source(s) for s in m["sources"]]
    item = {
        "kind": "meeting",
        "status": m["status"],
        "begin": entry["begin"],
        "until": entry["until"],
        "placed": entry["placed"],
        "date": m["date"],
        "label": m["label"],
        "location": (m["location"] or {}).get("name"),
        "format": m["format"],
        "mode": m["mode"],
        "parties": [a["name"] for a in m["parties"]],
        "participants": [a["name"] for a in m["participants"]],
        "disputes": [
            {
                "field": d["field"],
                "values": [
                    {"value": v["value"], "sources": [names[s["article_id"]] for s in v["sources"]]}
                    for v in d["values"]
                ],
            }
            for d in m.get("disagreements", [])
            if d["field"] in m.get("contested", [])
        ],
        "history": [
            {"status": h["status"], "published": h["published"], "source": source_name(h)}
            for h in m["history"]
        ],
        "sources": sources,
    }
    words = [m["label"], item["location"] or "", *who(m), *(s["source"] for s in sources)]
    item["search"] = " ".join(words).lower()
    return item


def _source(s: dict[str, Any]) -> dict[str, Any]:
    evidence = s.get("evidence", {}).get("status", {})
    return {
        "source": source_name(s),
        "published": s["published"],
        "status": s["status"],
        "date": s["date"],
        "location": (s["location"] or {}).get("name"),
        "who": [a["name"] for a in s["parties"] + s["participants"]],
        "sentence": evidence.get("sentence") or s["sentence"],
        "trigger": s["trigger"],
        "url": s.get("url"),
    }


def _statement(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "statement",
        "status": "statement",
        "begin": entry["begin"],
        "until": entry["until"],
        "placed": "date",
        "date": entry["day"],
        "label": entry["label"] or "ohne Sprecher",
        "text": entry["text"],
        "source": entry["article_id"][:8],
        "published": entry["day"],
        "sentence": entry["text"],
        "search": f"{entry['label']} {entry['text']}".lower(),
    }
