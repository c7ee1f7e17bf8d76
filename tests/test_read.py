"""parley.read: each input kind, each kind of bad input with its reason, decoding."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from parley.read import RawArticle, ReadError, read_paths

ARTICLE = (
    "Die Unterhändler trafen sich am Freitag in Genf. „Wir sind vorangekommen“, sagte "
    "Umjerow – ein Treffen in Istanbul sei möglich. Österreich bot Wien als Ort an, hieß es."
)


def read_all(*paths: Path, **kwargs) -> list[RawArticle | ReadError]:
    return list(read_paths(list(paths), **kwargs))


def only(items: list[RawArticle | ReadError]) -> RawArticle | ReadError:
    assert len(items) == 1, items
    return items[0]


def test_plain_text(tmp_path: Path) -> None:
    for name in ("a.txt", "b.text", "c"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
        got = only(read_all(tmp_path / name))
        assert got == RawArticle(str(tmp_path / name), "text", ARTICLE, {})


def test_utf8_bom_and_utf16(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    (tmp_path / "u16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (tmp_path / "u16le.txt").write_bytes(ARTICLE.encode("utf-16-le"))
    (tmp_path / "u16be.txt").write_bytes(ARTICLE.encode("utf-16-be"))
    for name in ("bom.txt", "u16.txt", "u16le.txt", "u16be.txt"):
        assert only(read_all(tmp_path / name)).text == ARTICLE, name


@pytest.mark.parametrize(
    "text", [ARTICLE, "Größe", "Übermorgen in Genf", "„Ja“ – nein … 5 €", "Straße"]
)
def test_windows_1252(tmp_path: Path, text: str) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    assert only(read_all(path)) == RawArticle(str(path), "text", text, {})


def test_other_code_pages_detected(tmp_path: Path) -> None:
    text = "Переговоры в Женеве продолжаются, сообщил министр иностранных дел."
    (tmp_path / "ru.txt").write_bytes(text.encode("cp1251"))
    assert only(read_all(tmp_path / "ru.txt")).text == text


def test_html_kept_raw(tmp_path: Path) -> None:
    html = f"<html><body><article><p>{ARTICLE}</p></article></body></html>"
    (tmp_path / "page.htm").write_text(html, encoding="utf-8")
    (tmp_path / "page.html").write_bytes(
        f'<html><head><meta charset="windows-1252"></head><body><p>{ARTICLE}</p></body></html>'.encode(
            "cp1252"
        )
    )
    got = read_all(tmp_path)
    assert [(g.kind, g.source) for g in got] == [
        ("html", str(tmp_path / "page.htm")),
        ("html", str(tmp_path / "page.html")),
    ]
    assert got[0].text == html
    assert ARTICLE in got[1].text


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "text": ARTICLE,
                "url": "https://example.org/a",
                "title": "Genf",
                "published": "2025-12-19",
                "outlet": "Beispielblatt",
                "extra": "ignored",
            },
            ensure_ascii=False,
        ),
        "",
        "{not json",
        "[1, 2]",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": ARTICLE}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = read_all(path)
    assert got[0] == RawArticle(
        f"{path}:1",
        "jsonl",
        ARTICLE,
        {
            "url": "https://example.org/a",
            "title": "Genf",
            "published": "2025-12-19",
            "outlet": "Beispielblatt",
        },
    )
    assert got[1:5] == [
        ReadError(f"{path}:3", "invalid JSON on line 3"),
        ReadError(f"{path}:4", "line 4 is not a JSON object"),
        ReadError(f"{path}:5", "no article text (field 'text') on line 5"),
        ReadError(f"{path}:6", "no article text (field 'text') on line 6"),
    ]
    assert got[5] == RawArticle(f"{path}:7", "jsonl", ARTICLE, {})
    (tmp_path / "feed.ndjson").write_text(lines[0], encoding="utf-8")
    assert only(read_all(tmp_path / "feed.ndjson")).kind == "jsonl"


BAD_INPUTS = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\t\r\n  ", "empty file (whitespace only)"),
    ("nul.txt", b"abc\x00\x01\x02def" * 100, "binary file (not text)"),
    ("control", bytes(range(1, 32)) * 50, "binary file (not text)"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary file (not text)"),
    ("doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (not text)"),
    ("notes.md", b"# Notizen", "unsupported file type (.md)"),
    ("list.json", b"[1, 2, 3]", "unsupported file type (.json is not an article format)"),
    ("empty.jsonl", b"", "empty file"),
    ("empty.html", b"  ", "empty file (whitespace only)"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_inputs_have_reasons(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(content)
    assert only(read_all(tmp_path / name)) == ReadError(str(tmp_path / name), reason)


def test_unknown_text_files_in_a_directory_pass_quietly(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Beispielartikel", encoding="utf-8")
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert [(type(g).__name__, Path(g.source).name) for g in read_all(tmp_path)] == [
        ("RawArticle", "a.txt"),
        ("ReadError", "photo.jpg"),
    ]


def test_jsonl_line_separator_inside_text(tmp_path: Path) -> None:
    body = f"{ARTICLE}\u2028{ARTICLE}"
    (tmp_path / "u.jsonl").write_text(json.dumps({"text": body}, ensure_ascii=False) + "\n")
    assert only(read_all(tmp_path / "u.jsonl")).text == body


def test_special_files(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert only(read_all(fifo)) == ReadError(str(fifo), "not a regular file")
    assert read_all(tmp_path) == []


def test_unreadable_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    got = read_all(tmp_path)
    assert got[0].source == str(tmp_path / "a.txt")
    assert got[1] == ReadError(str(locked), "cannot read directory (Permission denied)")


def test_missing_path() -> None:
    assert only(read_all(Path("/nonexistent/parley/x.txt"))) == ReadError(
        "/nonexistent/parley/x.txt", "no such file or directory"
    )


def test_too_large_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written
    opened: list[Path] = []
    real_open = Path.open
    monkeypatch.setattr(
        Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k)
    )
    assert only(read_all(big)) == ReadError(str(big), "too large (52.4 MB > 10 MB limit)")
    assert opened == []
    small = tmp_path / "small.txt"
    small.write_text(ARTICLE, encoding="utf-8")
    got = only(read_all(small, max_bytes=100))
    assert got == ReadError(
        str(small), f"too large ({len(ARTICLE.encode())} bytes > 100 bytes limit)"
    )


def test_gold_json_skipped_quietly(tmp_path: Path) -> None:
    (tmp_path / "dev-01.txt").write_text(ARTICLE, encoding="utf-8")
    gold = {"doc_id": "dev-01", "text_file": "dev-01.txt", "entities": []}
    (tmp_path / "dev-01.json").write_text(json.dumps(gold), encoding="utf-8")
    got = read_all(tmp_path)
    assert [g.source for g in got] == [str(tmp_path / "dev-01.txt")]


def test_directory_recursion_sorted_hidden_skipped(tmp_path: Path) -> None:
    for rel in ("b/2.txt", "b/1.txt", "a.txt", "c/d/e.html", ".git/x.txt", "b/.hidden.txt"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE, encoding="utf-8")
    got = read_all(tmp_path)
    assert [Path(g.source).relative_to(tmp_path).as_posix() for g in got] == [
        "a.txt",
        "b/1.txt",
        "b/2.txt",
        "c/d/e.html",
    ]


def test_mixed_directory_keeps_going(tmp_path: Path) -> None:
    (tmp_path / "1-good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "2-empty.txt").write_bytes(b"")
    (tmp_path / "3-binary.bin").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "4-cp1252.txt").write_bytes(ARTICLE.encode("cp1252"))
    with (tmp_path / "5-huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    got = read_all(tmp_path)
    assert [type(g).__name__ for g in got] == [
        "RawArticle",
        "ReadError",
        "ReadError",
        "RawArticle",
        "ReadError",
    ]
    assert got[3].text == ARTICLE
    assert [g.reason for g in got if isinstance(g, ReadError)] == [
        "empty file",
        "binary file (not text)",
        "too large (52.4 MB > 10 MB limit)",
    ]
