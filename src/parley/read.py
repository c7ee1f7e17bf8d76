"""Read articles from files and directories: plain text, HTML pages and JSON Lines.

``read_paths`` yields one ``RawArticle`` per article it can read and one ``ReadError`` per
input it cannot (with a reason a person understands); a bad input never stops the stream.
Gold annotation files (``*.json`` with ``doc_id`` and ``text_file``) are skipped quietly, and
so are other text files of unknown type found inside a directory (a README beside articles).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer

DEFAULT_MAX_BYTES = 10_000_000

TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSONL_META_FIELDS = ("url", "title", "published", "outlet")

# Encodings charset-normalizer may name for German text in a Western code page; such text is
# decoded as Windows-1252, the superset that also has „ “ – (0x84, 0x93, 0x96).
_WESTERN = frozenset(
    {"latin_1", "iso8859_15", "cp1252", "cp1250", "iso8859_2", "mac_roman", "mac_latin2"}
)
_WESTERN_CHARS = frozenset("ÄÖÜäöüßÀÁÂÈÉÊÌÍÎÒÓÔÙÚÛÇÑàáâèéêëìíîïòóôùúûçñ„“”‚‘’–—…€«»°§´·×")
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\x1f\x8b", b"GIF8", b"\xff\xd8\xff")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


@dataclass(frozen=True)
class RawArticle:
    """One article as read: decoded text (for HTML the raw page) and what the input tells."""

    source: str  # path, or "path:LINE" for a JSON Lines record
    kind: str  # "text" | "html" | "jsonl"
    text: str
    meta: dict[str, str] = field(default_factory=dict)  # url, title, published, outlet


@dataclass(frozen=True)
class ReadError:
    """An input that could not be read as an article, and why."""

    source: str
    reason: str


class _Unreadable(Exception):
    """Internal: raised with the human reason an input cannot be read."""


def read_paths(
    paths: Iterable[Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawArticle | ReadError]:
    """Yield articles and errors for files and (recursively, sorted) directories."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for item in _walk(path):
                if isinstance(item, ReadError):
                    yield item
                elif item.is_file():
                    yield from _read_file(item, max_bytes, named=False)
        elif path.is_file():
            yield from _read_file(path, max_bytes, named=True)
        elif path.exists():
            yield ReadError(str(path), "not a regular file")
        else:
            yield ReadError(str(path), "no such file or directory")


def _walk(root: Path) -> Iterator[Path | ReadError]:
    """Files below ``root`` in sorted order, hidden files and directories left out; a
    directory that cannot be listed is an error."""
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        while errors:
            error = errors.pop()
            yield ReadError(str(error.filename), f"cannot read directory ({error.strerror})")
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name
    for error in errors:
        yield ReadError(str(error.filename), f"cannot read directory ({error.strerror})")


def _read_file(path: Path, max_bytes: int, named: bool) -> Iterator[RawArticle | ReadError]:
    """Read one file. A text file of another type (README.md, notes.csv) met while walking a
    directory is passed over quietly; named on the command line, it is an error."""
    source = str(path)
    suffix = path.suffix.lower()
    try:
        data = _load(path, max_bytes)
        if suffix in TEXT_SUFFIXES:
            yield RawArticle(source, "text", _decode(data))
        elif suffix in HTML_SUFFIXES:
            yield RawArticle(source, "html", _decode(data, html=True))
        elif suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(source, _decode(data))
        elif suffix == ".json":
            if named and not _is_gold(data):
                raise _Unreadable("unsupported file type (.json is not an article format)")
        else:
            _decode(data)  # says "binary file" for binaries, "empty file" for empty ones
            if named:
                raise _Unreadable(f"unsupported file type ({suffix})")
    except _Unreadable as exc:
        yield ReadError(source, str(exc))


def _load(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; size checked before reading, so a huge file is never loaded."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _Unreadable(f"too large ({_size(size)} > {_size(max_bytes)} limit)")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError as exc:
        raise _Unreadable("cannot read file (permission denied)") from exc
    except OSError as exc:
        raise _Unreadable(f"cannot read file ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise _Unreadable(f"too large (more than {_size(max_bytes)} limit)")
    if not data:
        raise _Unreadable("empty file")
    return data


def _size(n: int) -> str:
    """A byte count for people: ``52.4 MB``, ``10 MB``, ``1.5 kB``, ``170 bytes``."""
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if n >= scale:
            value = n / scale
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{n} bytes"


def _decode(data: bytes, html: bool = False) -> str:
    """Decode text bytes: UTF-8 (BOM or not), UTF-16 with BOM, else detect the code page."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _try(data, "utf-16")
    elif data.startswith(_BINARY_MAGIC):
        raise _Unreadable("binary file (not text)")
    elif b"\x00" in data[:65536]:
        text = _try(data, _utf16_without_bom(data[:4096]) or "binary")
    else:
        text = _try(data, "utf-8-sig")
        if text is None and html:
            match = _HTML_CHARSET.search(data[:4096])
            text = _try(data, match.group(1).decode("ascii")) if match else None
        if text is None:
            text = _detect(data)
    if text is None or _looks_binary(text):
        raise _Unreadable("binary file (not text)")
    if not text.strip():
        raise _Unreadable("empty file (whitespace only)")
    return text


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes fill one byte of nearly every pair (Latin text)."""
    pairs = len(head) // 2
    odd, even = head[1 : 2 * pairs : 2].count(0), head[0 : 2 * pairs : 2].count(0)
    if pairs and odd >= 0.9 * pairs and even == 0:
        return "utf-16-le"
    if pairs and even >= 0.9 * pairs and odd == 0:
        return "utf-16-be"
    return None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> str | None:
    """Windows-1252 when the bytes read as Western text in it, else what detection finds."""
    western = _try(data, "cp1252")
    if western is not None and _looks_western(western):
        return western
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return western
    return (western or str(best)) if best.encoding in _WESTERN else str(best)


def _looks_western(text: str) -> bool:
    """Nearly all characters are ASCII or the letters and marks of Western European text."""
    odd = sum(1 for ch in text if ord(ch) > 127 and ch not in _WESTERN_CHARS)
    return odd <= len(text) // 200


def _looks_binary(text: str) -> bool:
    """True when control characters (other than tabs, newlines, form feeds) abound."""
    sample = text[:65536]
    controls = sum(
        1 for ch in sample if ch not in "\t\n\r\f\v" and unicodedata.category(ch) == "Cc"
    )
    return controls > max(2, len(sample) // 100)


def _is_gold(data: bytes) -> bool:
    """A gold annotation file (GOLD_FORMAT.md): a JSON object with doc_id and text_file."""
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(obj, dict) and "doc_id" in obj and "text_file" in obj


def _read_jsonl(source: str, text: str) -> Iterator[RawArticle | ReadError]:
    """One RawArticle per JSON Lines record; a bad line is an error for that line only."""
    for number, line in enumerate(text.split("\n"), start=1):  # not splitlines: U+2028 is JSON
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except ValueError:
            yield ReadError(where, f"invalid JSON on line {number}")
            continue
        if not isinstance(record, dict):
            yield ReadError(where, f"line {number} is not a JSON object")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield ReadError(where, f"no article text (field 'text') on line {number}")
            continue
        meta = {
            key: record[key].strip()
            for key in JSONL_META_FIELDS
            if isinstance(record.get(key), str) and record[key].strip()
        }
        yield RawArticle(where, "jsonl", body, meta)
