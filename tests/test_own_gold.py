"""The held-out gold in tests/gold and tests/gold2 stays valid gold (the checks of check_gold.py)."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).parent / "gold"
FOLDERS = (GOLD, Path(__file__).parent / "gold2")
CHECKER = Path(__file__).parents[1].parent / "shared" / "corpus" / "check_gold.py"
FILES = sorted(f for folder in FOLDERS for f in folder.glob("*.json"))
TYPES = {"PER", "ORG", "LOC"}
KINDS = {"direct", "indirect"}
STATUSES = {"held", "planned", "proposed", "ruled_out", "cancelled"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
PUBLISHED = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def problems(path: Path) -> list[str]:
    """What is wrong with one gold file, as check_gold.py reports it (plus doc_id/published)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    text_path = path.with_name(gold.get("text_file", ""))
    if not text_path.is_file():
        return [f"text_file {gold.get('text_file')!r} not found"]
    text = text_path.read_text(encoding="utf-8")
    out = []

    def need(s: object, what: str) -> None:
        if not isinstance(s, str) or not s or s not in text:
            out.append(f"{what} not an exact substring: {s!r}")

    if gold.get("doc_id") != path.stem:
        out.append(f"doc_id {gold.get('doc_id')!r} is not the file name")
    published = gold.get("published")
    if published is not None and not PUBLISHED.match(published):
        out.append(f"published {published!r} is not YYYY-MM(-DD)")
    entities = gold.get("entities", [])
    names = {e.get("name") for e in entities}
    for e in entities:
        if e.get("type") not in TYPES:
            out.append(f"entity {e.get('name')!r}: bad type {e.get('type')!r}")
        if not e.get("mentions"):
            out.append(f"entity {e.get('name')!r}: no mentions")
        for m in e.get("mentions", []):
            need(m, f"mention of {e.get('name')!r}")
        for r in e.get("roles") or []:
            need(r, f"role of {e.get('name')!r}")
        if e.get("affiliation") is not None and e["affiliation"] not in names:
            out.append(f"affiliation {e['affiliation']!r} of {e.get('name')!r} is not an entity")
    for t in gold.get("timexes", []):
        need(t.get("text"), "timex")
        if not t.get("value"):
            out.append(f"timex {t.get('text')!r}: no value")
    for q in gold.get("quotes", []):
        if q.get("kind") not in KINDS:
            out.append(f"quote kind {q.get('kind')!r}")
        need(q.get("text"), "quote text")
        if q.get("speaker") is not None and q["speaker"] not in names:
            out.append(f"quote speaker {q['speaker']!r} is not an entity name")
    for m in gold.get("meetings", []):
        who = (m.get("participants") or []) + (m.get("parties") or [])
        if not who:
            out.append(f"meeting without participants or parties: {m.get('evidence')!r}")
        out += [f"meeting member {w!r} is not an entity name" for w in who if w not in names]
        if m.get("location") is not None and m["location"] not in names:
            out.append(f"meeting location {m['location']!r} is not an entity name")
        if m.get("date") is not None and not DATE.match(m["date"]):
            out.append(f"meeting date {m['date']!r} is not ISO")
        if m.get("status") not in STATUSES:
            out.append(f"meeting status {m.get('status')!r}")
        need(m.get("evidence"), "meeting evidence")
    return out


def test_twelve_articles() -> None:
    assert len(list(GOLD.glob("*.json"))) == 12
    assert all(f.with_suffix(".txt").is_file() for f in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_file_is_valid(path: Path) -> None:
    assert problems(path) == []


def test_a_broken_file_is_caught(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("Anna Berg traf Piet Kok.", encoding="utf-8")
    gold = {
        "doc_id": "x",
        "text_file": "x.txt",
        "published": "Dez. 2025",
        "entities": [
            {
                "name": "Anna Berg",
                "type": "PER",
                "mentions": ["Anna Bergs"],
                "roles": [],
                "affiliation": "Schweden",
            }
        ],
        "timexes": [],
        "quotes": [{"speaker": "Kok", "kind": "direct", "text": "x"}],
        "meetings": [
            {
                "participants": ["Anna Berg"],
                "parties": [],
                "location": None,
                "date": "2025-W51",
                "status": "held",
                "evidence": "Anna Berg traf",
            }
        ],
    }
    (tmp_path / "x.json").write_text(json.dumps(gold), encoding="utf-8")
    assert len(problems(tmp_path / "x.json")) == 6


@pytest.mark.skipif(not CHECKER.is_file(), reason="../shared not present")
@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_shared_checker_agrees(folder: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(CHECKER), str(folder)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout
    assert f"{len(list(folder.glob('*.json')))} ok, 0 with problems" in run.stdout
