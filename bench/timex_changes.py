"""What a change to the temporal tagger changes on text nobody annotated for time.

Tags the GermEval 2014 dev and test sentences (each anchored on its source's date) and the
1,028 10kGNAD test articles (anchored on 2016-03-16; a non-commercial corpus, used here for
measuring only) with the tagger of git revision REV and with the working tree's, and prints
every sentence whose expressions or values differ, to be read by hand:

    python bench/timex_changes.py REV        # e.g. HEAD~1
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
GNAD_ANCHOR = "2016-03-16"


def germeval(path: Path) -> Iterator[tuple[str, str | None]]:
    """(sentence, source date) from a GermEval 2014 TSV file."""
    words: list[str] = []
    day = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            m = re.search(r"\[(\d{4}-\d{2}-\d{2})\]", line)
            day = m[1] if m else None
        elif not line.strip():
            if words:
                yield " ".join(words), day
            words = []
        else:
            words.append(line.split("\t")[1])
    if words:
        yield " ".join(words), day


def texts() -> Iterator[tuple[str, str | None]]:
    for split in ("dev", "test"):
        yield from germeval(DATA / "germeval2014" / f"NER-de-{split}.tsv")
    with (DATA / "10kgnad" / "test.csv").open(encoding="utf-8", newline="") as f:
        for _, text in csv.reader(f, delimiter=";", quotechar="'"):
            yield text, GNAD_ANCHOR


def dump(out: Path) -> None:
    """Write, per sentence with an expression, its (text, value) pairs as JSON."""
    from parley.nlp.timex import tag

    found = {}
    for i, (text, day) in enumerate(texts()):
        for t in tag(text, day):
            key = f"{i}:{t.sent_start}"
            found.setdefault(key, [text[t.sent_start : t.sent_end], day, []])[2].append(
                [t.text, t.value]
            )
    out.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")


def run(src: Path, out: Path) -> None:
    code = f"import sys; sys.path.insert(0, {str(src)!r}); " + (
        f"from bench.timex_changes import dump; from pathlib import Path; dump(Path({str(out)!r}))"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="git revision to compare the working tree with")
    rev = parser.parse_args().rev
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", rev, "src/parley"],
            check=True,
            capture_output=True,
        ).stdout
        (base / "src.tar").write_bytes(archive)
        with tarfile.open(base / "src.tar") as tar:
            tar.extractall(base, filter="data")
        run(base / "src", base / "old.json")
        run(REPO / "src", base / "new.json")
        old, new = (json.loads((base / n).read_text()) for n in ("old.json", "new.json"))
    changed = 0
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        before, after = (a[2] if a else []), (b[2] if b else [])
        if before != after:
            changed += 1
            sentence, day = (a or b)[:2]
            print(f"[{day}] {sentence[:220]}\n   {rev}: {before}\n   now: {after}")
    print(f"{changed} sentences changed")


if __name__ == "__main__":
    main()
