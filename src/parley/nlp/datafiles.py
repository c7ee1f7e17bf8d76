"""parley's data files of general German knowledge, beside the components that read them.

Every file in ``parley/nlp/data`` is UTF-8 text: one entry a line, tab-separated columns,
``#`` comment lines and blank lines ignored.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def rows(name: str) -> list[list[str]]:
    """The entries of data file ``name``, each split into its (stripped) columns."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [
        [cell.strip() for cell in line.split("\t")]
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]
