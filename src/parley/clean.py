"""Turn a RawArticle into a clean Article: page debris removed, metadata read, offsets kept.

Cleaning works line by line on the original text and only ever *keeps* spans of it: a line is
kept whole, trimmed (a trailing agency tag or credit, a glued ``Stand:`` stamp) or dropped
(breadcrumbs, player remnants, photo captions and credits, teasers, tag lists). Datelines,
bylines and source lines are read for the date, outlet and credits and stay text. The
kept spans are joined with newlines taken from the original, so every character of
``Article.text`` maps back to a character of ``Article.original`` (``Article.to_original``).
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from email.utils import parsedate_to_datetime
from functools import cache
from importlib import resources
from urllib.parse import urlparse

from parley.read import RawArticle

MIN_WORDS = 5  # fewer words than this left after cleaning: not an article
_HEAD_WORDS = 25  # a heading (title, kicker, subheading) has at most this many words
_KICKER_WORDS = 4  # a kicker above a headline (``Ukraine-Krieg``) has at most this many


@dataclass(frozen=True)
class Article:
    """A cleaned article: the text the NLP sees, its metadata, and the way back to the input.

    ``text`` keeps the input's lines (paragraphs, headings without final punctuation),
    separated by ``\n`` or ``\n\n`` as in the input. ``original`` is the input text; for HTML
    the text trafilatura extracted; a headline given apart from the text (page title, JSON
    Lines ``title``) is put in front of it, unless the text opens with it.
    """

    id: str  # text_id(text)
    text: str
    title: str | None
    published: str | None  # "YYYY-MM-DD", "YYYY-MM" or None: never guessed
    outlet: str | None
    credits: tuple[str, ...]  # news agencies credited, canonical names ("APA", "Reuters")
    url: str | None
    source: str  # RawArticle.source
    original: str
    offsets: tuple[tuple[int, int, int], ...]  # (clean_start, original_start, length)

    def to_original(self, offset: int) -> int:
        """The position in ``original`` of the character at ``offset`` in ``text``.

        For a span ``[start, end)`` of ``text`` use ``to_original(start)`` and
        ``to_original(end - 1) + 1``; ``offset == len(text)`` maps to the end of the last piece.
        """
        if not self.offsets:
            return 0
        i = max(bisect.bisect_right(self.offsets, offset, key=lambda seg: seg[0]) - 1, 0)
        clean_start, orig_start, length = self.offsets[i]
        return orig_start + min(offset - clean_start, length)


class NotAnArticle(ValueError):
    """Nothing article-like remains of an input after cleaning."""


# --- data files --------------------------------------------------------------------------


def _data_lines(name: str) -> list[str]:
    text = resources.files("parley").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _agencies() -> dict[str, tuple[str, str]]:
    """Agency tag (casefolded) -> (canonical name, "news" | "photo")."""
    table = {}
    for line in _data_lines("clean_agencies.tsv"):
        tag, name, kind = line.split("\t")
        table[tag.casefold()] = (name, kind)
    return table


def is_agency(tag: str) -> bool:
    """Whether ``tag`` is how a byline or credit writes an agency (``Reuters``, ``APA``)."""
    return tag.casefold() in _agencies()


def agency_names() -> frozenset[str]:
    """The canonical names of the news and photo agencies cleaning knows (``Reuters``,
    ``dpa``, ``AFP``), for the stages that meet them in the text."""
    return frozenset(name for name, _ in _agencies().values())


@cache
def _phrases(name: str) -> tuple[str, ...]:
    return tuple(line.strip().casefold() for line in _data_lines(name))


@cache
def _months() -> dict[str, int]:
    return {k: int(v) for k, v in (line.split("\t") for line in _data_lines("clean_months.tsv"))}


# --- patterns ----------------------------------------------------------------------------

_HEADER = re.compile(r"\A[ \t]?date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")
_WEEKDAY = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)"
_DATE = (
    r"(?:(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4}|\d{2}(?!\d))"
    r"|(?P<d2>\d{1,2})\.\s?(?P<mon>[A-Za-zÄÖÜäöü]{3,9})\.?\s(?P<y2>\d{4})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))"
)
_TIME = r"(?:\d{1,2}[:.]\d{2}(?:\s*Uhr)?|\d{1,2}\s*Uhr)"
_DATELINE = re.compile(
    r"(?:(?:Stand|Aktualisiert|Veröffentlicht|Publiziert|Erschienen|Erstellt"
    r"|Zuletzt aktualisiert|Update|Datum)"
    rf"\s*(?::|am|vom)?\s*)?(?:{_WEEKDAY}\.?,?\s*)?{_DATE}"
    rf"(?:\s*(?:,|\||-|–|um|\s)\s*{_TIME})?",
    re.I,
)
_LESEDAUER = re.compile(r"(?:Lesedauer|Lesezeit):?\s*(?:ca\.\s*)?\d+\s*(?:Min\.?|Minuten)", re.I)
_TIME_ONLY = re.compile(_TIME)
_NAME = r"[A-ZÄÖÜ][a-zäöüßéèáàóòúç]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
_PERSON = rf"{_NAME}(?:\s+{_NAME}){{1,2}}"
_BYLINE_NAMES = re.compile(
    rf"Von:?\s+{_PERSON}(?:\s+und\s+{_PERSON})?(?:,\s*{_NAME}(?:\s*/\s*{_NAME})*\Z)?"
)
_BYLINE_TAGS = re.compile(r"Von:?\s+(?P<tags>[\w.\-]+(?:\s*(?:/|,|und)\s*[\w.\-]+)*)")
_META_SEP = re.compile(r"[\s|·•,\-–—]*")
_QUELLE = re.compile(r"\A(?:Quelle|Quellen|Source)\s*:\s*(?P<body>.{1,100})\Z")
_COPYRIGHT = re.compile(r"\A(?:©|\(c\)|Copyright)\s*(?P<body>.{1,100})\Z", re.I)

_BREADCRUMB = re.compile(
    r"\A(?:(?:Aktuelle Seite|Sie sind hier|Du bist hier|Navigation|Pfad)\s*:\s*)?"
    r"(?:Home|Startseite|Start)\s*[>›»/|]",
    re.I,
)
_CRUMB_SEP = re.compile(r"\s[>›»]\s")
_PLAYER = re.compile(r"\A(?:\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\Z")
_PLAYER_LABEL = re.compile(
    r"\A(?:Audio|Video|Podcast|Hören|Anhören|Artikel anhören|Vorlesen|Abspielen)\b[^.!?]{0,25}"
    r"(?:\d{1,2}:\d{2}|\d{1,2})(?:\s*(?:Min\.?|Minuten))?\Z",
    re.I,
)
_GALLERY = re.compile(r"\A(?:Bild|Foto|Fotos|Bilder)\s+\d+\s+(?:von|/)\s+\d+\Z", re.I)
_BROADCAST = re.compile(
    rf"\ADiese (?:Nachricht|Meldung|Sendung) wurde am {_DATE} .{{0,80}}gesendet\.?\Z"
)
_MATERIAL = re.compile(
    r"\A(?:Mit Material (?:von|der|aus)|Mit Informationen (?:von|der)|Mit Agenturmaterial"
    r"|Mit Agenturen)\b[^.!?]{0,100}\.?\Z"
)
_FILENAME = re.compile(r"\A[\w.]+(?:-[\w.]+){7,}\Z")
_PHOTO_PAREN = re.compile(
    r"(?:Foto|Fotos|Bild|Bilder|Grafik|Archivbild|Archivfoto|Symbolbild|Illustration"
    r"|Screenshot)\b",
    re.I,
)
_CAPTION_LABEL = re.compile(
    r"(?:\A|\s)(?P<label>Foto|Fotos|Bild|Bilder|Bildquelle):\s*(?P<credit>[^.!?]{2,80})\Z"
)
_CREDIT_LABEL = re.compile(r"\A(?:Quelle|Foto|Fotos|Bild|Video)\s*:\s*", re.I)
_INITIALS = re.compile(r"[a-z]{2,4}")
_TRAILING_PAREN = re.compile(r"\s*\((?P<tags>[^()]{2,80})\)\s*\Z")
_TRAILING_TAGS = re.compile(r"(?P<tags>(?:/[A-Za-z]{1,5}){2,})\s*\Z")
_DAY_MONTH = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<mon>[A-Za-zÄÖÜäöü]{3,9})\b")
_DATELINE_PREFIX = re.compile(
    r"\A(?:[A-ZÄÖÜ][\wÄÖÜäöüß.\-]*(?:\s*/\s*[A-ZÄÖÜ][\wÄÖÜäöüß.\-]*)*(?:\s+[\wÄÖÜäöüß.\-]+){0,2})"
    r"(?:,\s*[^()\n]{1,30}?)?\s*\((?P<tags>[^()]{2,40})\)\s*[-–—:]\s+"
)
_GLUE = re.compile(r"(?<=[A-Za-zÄÖÜäöüß][a-zäöüß]{3})(?=[A-ZÄÖÜ][A-Za-zÄÖÜäöüß-]*[\s:,])")
_TAG_JOIN = re.compile(r"[a-zäöüß0-9][A-ZÄÖÜ]|[A-ZÄÖÜ]{2}[A-ZÄÖÜ][a-zäöüß]")
_INNER_SENTENCE = re.compile(r"[.!?][\"“”»«]?\s+[A-ZÄÖÜ„\"»«]")
_SENTENCE_END = re.compile(r"[.!?…]['\"“”«»‘’)]*\Z|[\"“”«»]\Z")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]+")
_URL_DATES = (
    re.compile(r"(?<!\d)((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/"),
    re.compile(r"/((?:19|20)\d{2})-(0[1-9]|1[0-2])/"),
)


# --- the line model ------------------------------------------------------------------------


@dataclass
class _Line:
    start: int  # span in the original, whitespace trimmed
    end: int
    text: str
    keep: bool = True
    splits: list[int] = field(default_factory=list)  # original offsets to break the line at


@dataclass
class _Found:
    """Metadata read from the text while cleaning it."""

    published: str | None = None
    outlet: str | None = None
    credits: list[str] = field(default_factory=list)
    crumb_title: str | None = None
    month_day: tuple[int, int] | None = None  # a dateline's day without its year

    def credit(self, name: str) -> None:
        if name not in self.credits:
            self.credits.append(name)

    def date(self, value: str | None) -> None:
        self.published = _more_precise(self.published, value)


def clean(raw: RawArticle) -> Article:
    """Clean one article; raises NotAnArticle when nothing article-like remains."""
    meta = dict(raw.meta)
    found = _Found()
    if raw.kind == "html":
        original, meta = _from_html(raw.text, meta, found)
    else:
        original = raw.text
    original = _with_title(original, meta.get("title"))
    lines = _lines(original, found)
    _drop_debris(lines, found)
    text, offsets = _assemble(original, lines)
    words = len(text.split())
    if words < MIN_WORDS:
        reason = "no text left after removing page debris" if not words else None
        raise NotAnArticle(reason or f"too short to be an article ({words} words)")
    url = meta.get("url") or None
    return Article(
        id=text_id(text),
        text=text,
        title=meta.get("title") or _title(lines, found),
        published=_on_day(
            _more_precise(
                _more_precise(_iso(meta.get("published")), found.published), _date_from_url(url)
            ),
            found.month_day,
        ),
        outlet=meta.get("outlet") or found.outlet or _host(url),
        credits=tuple(found.credits),
        url=url,
        source=raw.source,
        original=original,
        offsets=offsets,
    )


def text_id(text: str) -> str:
    """The article id: sha1 of the NFC-normalised, whitespace-collapsed text (16 hex)."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


# --- inputs --------------------------------------------------------------------------------


def _from_html(html: str, meta: dict[str, str], found: _Found) -> tuple[str, dict[str, str]]:
    """Main text and metadata of an HTML page (trafilatura); agencies named as authors."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=meta.get("url"),
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml fail in many ways on broken pages
        raise NotAnArticle(f"HTML page could not be parsed ({type(exc).__name__})") from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise NotAnArticle("no main text found in the HTML page")
    page = {
        "title": getattr(doc, "title", None),
        "published": getattr(doc, "date", None),
        "outlet": getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        "url": getattr(doc, "url", None),
    }
    for tag in _agency_tokens(getattr(doc, "author", None) or "", kinds=("news",)):
        found.credit(tag)
    merged = {k: v.strip() for k, v in page.items() if isinstance(v, str) and v.strip()}
    merged.update(meta)
    return text, merged


def _with_title(text: str, title: str | None) -> str:
    """Put a separately given headline in front of the text, unless the text opens with it."""
    if not title or not title.strip():
        return text
    wanted = " ".join(title.split()).casefold()
    opening = [" ".join(line.split()).casefold() for line in text.split("\n") if line.strip()]
    if any(line.startswith(wanted) for line in opening[:3]):
        return text
    return f"{title.strip()}\n\n{text}"


def _lines(original: str, found: _Found) -> list[_Line]:
    """Non-blank lines with their trimmed spans; the crawler's ` date` header is read off."""
    lines = []
    for match in re.finditer(r"[^\n]+", original):
        start, end = match.span()
        if start == 0 and (header := _HEADER.match(original[:end])):
            found.date(_iso(header.group(1)))
            start = header.end()
        text = original[start:end]
        stripped = text.strip()
        if stripped:
            lead = len(text) - len(text.lstrip())
            start += lead
            lines.append(_Line(start, start + len(stripped), stripped))
    return lines


# --- debris --------------------------------------------------------------------------------


def _drop_debris(lines: list[_Line], found: _Found) -> None:
    """Mark debris lines dropped and trim debris off kept lines, reading metadata on the way."""
    body = [i for i, line in enumerate(lines) if _is_body(line.text)]
    first_body = body[0] if body else len(lines)
    last_body = body[-1] if body else -1
    for i, line in enumerate(lines):
        head, tail = i < first_body, i > last_body
        if _debris_line(line.text, found, edge=head or tail):
            line.keep = False
            continue
        _trim(line, found)
        if tail and _is_tag_list(line.text):
            line.keep = False
        elif head and not _is_body(line.text):
            _split_glued_kicker(line)
    kept = [line for line in lines if line.keep]
    for a, b in zip(kept, kept[1:], strict=False):
        if not a.splits and (
            a.text == b.text or _SENTENCE_END.search(a.text) and b.text.startswith(a.text)
        ):
            a.keep = False  # a lead printed twice: as teaser and again opening the paragraph


def _is_body(text: str) -> bool:
    """A paragraph of running text: several words ending like a sentence."""
    return len(text.split()) >= 12 and bool(_SENTENCE_END.search(text))


def _debris_line(text: str, found: _Found, edge: bool) -> bool:
    """True when the whole line is page debris; metadata on it is recorded in ``found``."""
    folded = text.casefold()
    if folded in _phrases("clean_boilerplate.txt"):
        return True
    if edge and folded in _phrases("clean_sections.txt"):
        return True
    if _BREADCRUMB.match(text) or (
        len(_CRUMB_SEP.findall(text)) >= 2 and not _SENTENCE_END.search(text)
    ):
        _read_crumb(text, found)
        return True
    if _PLAYER.match(text) or _PLAYER_LABEL.match(text) or _GALLERY.match(text):
        return True
    if _FILENAME.match(text) or _is_caption(text):
        return True
    if m := _BROADCAST.match(text):
        found.date(_dateline_date(m))
        return True
    if _MATERIAL.match(text):
        for name in _agency_words(text, kinds=("news",)):
            found.credit(name)
        return True
    if _is_teaser(text):
        return True
    if _is_meta_line(text, found) or _source_line(text, found):
        return False  # datelines, bylines and source lines are read, and stay article text
    return _credit_only(text, found) or _is_credit_line(text)


def _is_teaser(text: str) -> bool:
    """``Mehr zum Thema …``, ``Lesen Sie auch: …``, but not ``Mehr dazu sagte er nicht.``"""
    folded = text.casefold()
    for phrase in _phrases("clean_teasers.txt"):
        if folded.startswith(phrase):
            rest = text[len(phrase) :].lstrip()
            return (
                phrase.endswith(":")
                or not rest
                or rest.startswith((":", "–", "-", "»", "|"))
                or not _SENTENCE_END.search(text)
            )
    return False


def _credit_only(text: str, found: _Found) -> bool:
    """A line that is only a wire credit: ``(dpa)``, ``APA/dpa``, ``(ju/AFP)``."""
    tags = _wire_credits(text[1:-1] if text[:1] == "(" and text[-1:] == ")" else text)
    for tag in tags:
        found.credit(tag)
    return bool(tags)


def _read_crumb(text: str, found: _Found) -> None:
    parts = [p.strip() for p in re.split(r"[>›»]", text) if p.strip()]
    if len(parts) >= 2:
        found.crumb_title = parts[-1]


def _is_caption(text: str) -> bool:
    """A photo caption: a line ending in a picture credit, ``(Foto: …)``, ``Foto: X/Y``,
    ``(dpa / Name)``."""
    if label := _CAPTION_LABEL.search(text):
        credit = label.group("credit")
        return _is_photo_credit(credit) or (
            label.group("label") != "Bild" and re.fullmatch(rf"{_PERSON}", credit) is not None
        )
    paren = _TRAILING_PAREN.search(text)
    if not paren:
        return False
    inside = paren.group("tags")
    sentences = len(_INNER_SENTENCE.findall(text[: paren.start()])) + 1
    if _PHOTO_PAREN.match(inside):
        return sentences <= 2
    return sentences == 1 and _is_photo_credit(_CREDIT_LABEL.sub("", inside))


def _is_photo_credit(text: str) -> bool:
    """``picture alliance / NurPhoto``, ``Max Beispiel/AP/dpa``: agencies and names by slashes."""
    parts = [p.strip() for p in re.split(r"[/|,]|\bvia\b", text) if p.strip()]
    return (
        len(parts) >= 2
        and all(len(p.split()) <= 3 for p in parts)
        and bool(_agency_tokens(text.replace("|", "/")))
        and not _wire_credits(text)
    )


def _is_credit_line(text: str) -> bool:
    """A picture credit on its own line: ``APA/APA/dpa/Michael Kappeler``, ``/ddo/DP/stw``."""
    if ":" in text or _SENTENCE_END.search(text):
        return False
    return bool(text.startswith("/") and _TRAILING_TAGS.fullmatch(text)) or _is_photo_credit(text)


def _is_meta_line(text: str, found: _Found) -> bool:
    """A line made only of datelines, bylines and reading times; records date and credits."""
    pos, parts, dates, credits = 0, 0, [], []
    while (pos := _META_SEP.match(text, pos).end()) < len(text):
        m = _DATELINE.match(text, pos)
        if m:
            dates.append(_dateline_date(m))
            if dates[-1] is None:
                return False
        elif (m := _BYLINE_TAGS.match(text, pos)) and (
            (tags := _agency_tokens(m.group("tags"), kinds=("news",)))
            or text.startswith("Von:", pos)
            and not _BYLINE_NAMES.match(text, pos)
        ):
            credits.extend(tags)
        else:
            m = (
                _BYLINE_NAMES.match(text, pos)
                or _LESEDAUER.match(text, pos)
                or (_TIME_ONLY.match(text, pos) if parts else None)
            )
        if not m or m.end() == pos:
            return False
        pos, parts = m.end(), parts + 1
    if not parts:
        return False
    for d in dates:
        found.date(d)
    for c in credits:
        found.credit(c)
    return True


def _source_line(text: str, found: _Found) -> bool:
    """``Quelle: ntv.de, chr/rts/AFP`` or ``© dpa-infocom``: outlet and agencies credited."""
    m = _QUELLE.match(text) or _COPYRIGHT.match(text)
    if not m or _SENTENCE_END.search(text) and not text.endswith((".de", ".at", ".ch")):
        return False
    parts = [p.strip() for p in m.group("body").split(",")]
    tags = [t for p in parts for t in _agency_tokens(p, kinds=("news",))]
    first = parts[0]
    if not _agency_tokens(first) and (
        "." in first or len(first.split()) <= 3 and m.re is _QUELLE and "/" not in first
    ):
        found.outlet = found.outlet or first
    elif not tags:
        return False
    for tag in tags:
        found.credit(tag)
    return True


def _agency_tokens(text: str, kinds: tuple[str, ...] = ("news", "photo")) -> list[str]:
    """Canonical names of the agencies among ``text``'s slash/comma-separated tokens."""
    names = []
    for token in re.split(r"\s*(?:/|,|;|\bund\b|\bvia\b)\s*", text):
        entry = _agencies().get(token.strip().casefold())
        if entry and entry[1] in kinds and entry[0] not in names:
            names.append(entry[0])
    return names


def _agency_words(text: str, kinds: tuple[str, ...]) -> list[str]:
    """Canonical names of the agencies named anywhere in running ``text`` (up to 4 words)."""
    words = re.findall(r"[\w-]+", text)
    names = []
    for i in range(len(words)):
        for n in (4, 3, 2, 1):
            entry = _agencies().get(" ".join(words[i : i + n]).casefold())
            if entry and entry[1] in kinds and entry[0] not in names:
                names.append(entry[0])
                break
    return names


def _wire_credits(tags: str) -> list[str]:
    """News agencies of a wire credit (``APA/dpa``, ``ju/dpa/AFP``), or [] when it is not one.

    Every token must be a news agency or an editor's initials (two to four lowercase letters).
    """
    names = _agency_tokens(tags, kinds=("news",))
    for token in re.split(r"\s*(?:/|,|;|\bund\b)\s*", tags.strip()):
        entry = _agencies().get(token.casefold())
        if not (entry and entry[1] == "news" or _INITIALS.fullmatch(token) or _iso(token)):
            return []
    return names


def _trim(line: _Line, found: _Found) -> None:
    """Read the agency of a wire dateline (``KIEW (dpa-AFX) -``, kept as text); cut trailing
    credits, ``Stand:`` stamps and agency tags."""
    if m := _DATELINE_PREFIX.match(line.text):  # wire dateline: kept, it opens the lead
        for tag in _agency_tokens(m.group("tags"), kinds=("news",)):
            found.credit(tag)
        if day := _DATELINE.search(line.text, 0, m.start("tags")):  # Seoul, 3. Februar 2019 (dpa)
            found.date(_dateline_date(day))
        elif day := _DAY_MONTH.search(line.text, 0, m.start("tags")):  # Wien, 3. Jänner (APA)
            month = _months().get(day.group("mon").casefold())
            found.month_day = (month, int(day.group("d"))) if month else None
    m = _TRAILING_TAGS.search(line.text)
    if m and m.start() > 0 and _SENTENCE_END.search(line.text[: m.start()].rstrip()):
        if "DP" in m.group("tags").split("/"):
            found.credit("dpa-AFX")
        _cut(line, 0, m.start())
    m = _TRAILING_PAREN.search(line.text)
    if m and m.start() > 0 and (tags := _wire_credits(m.group("tags"))):
        for tag in tags:
            found.credit(tag)
        for token in re.split(r"\s*[,;/]\s*", m.group("tags")):
            found.date(_iso(token))
        _cut(line, 0, m.start())
    stand = re.search(rf"\s+(?=Stand:\s*{_DATE})", line.text)
    if stand and _is_meta_line(line.text[stand.end() :], found):
        _cut(line, 0, stand.start())


def _cut(line: _Line, start: int, end: int) -> None:
    """Keep ``line.text[start:end]`` (whitespace trimmed) of the line."""
    piece = line.text[start:end]
    lead = len(piece) - len(piece.lstrip())
    line.start, line.text = line.start + start + lead, piece.strip()
    line.end = line.start + len(line.text)


def _is_tag_list(text: str) -> bool:
    """Topic tags glued together at the end of a page: ``RusslandWolodymyr SelenskyjAngriff``."""
    if _SENTENCE_END.search(text) or ":" in text:
        return False
    joins, words = len(_TAG_JOIN.findall(text)), len(text.split())
    return joins >= 1 and words <= 3 * (joins + 1) and words <= 30


def _split_glued_kicker(line: _Line) -> None:
    """``Direkte Verhandlungen erwünschtUSA drängen auf …``: kicker and headline glued."""
    if len(line.text.split()) > _HEAD_WORDS or _SENTENCE_END.search(line.text):
        return
    for m in _GLUE.finditer(line.text):
        if " " in line.text[: m.start()].strip():
            line.splits.append(line.start + m.start())
            return


# --- assembling the text --------------------------------------------------------------------


def _assemble(original: str, lines: list[_Line]) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """Join the kept spans with newlines found in the original; return text and offsets."""
    pieces: list[tuple[int, int, str]] = []  # (orig start, orig end, separator before it)
    prev_index = None
    for index, line in enumerate(lines):
        if not line.keep:
            continue
        bounds = [line.start, *line.splits, line.end]
        for k, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
            if not pieces:
                sep = ""
            elif k > 0:
                sep = "\n"
            else:
                gap = original[pieces[-1][1] : a]
                dropped = prev_index is not None and index - prev_index > 1
                sep = "\n\n" if dropped or gap.count("\n") >= 2 else "\n"
            pieces.append((a, b, sep))
        prev_index = index
    out: list[str] = []
    segments: list[list[int]] = []
    length = 0
    prev_end = 0
    for a, b, sep in pieces:
        for k, ch in enumerate(sep):
            pos = _find_char(original, ch, prev_end, a, k)
            if pos is not None:
                _add(segments, length, pos, 1)
                out.append(ch)
                length += 1
        for start, end in _visible(original, a, b):
            _add(segments, length, start, end - start)
            out.append(original[start:end])
            length += end - start
        prev_end = b
    return "".join(out), tuple((s[0], s[1], s[2]) for s in segments)


def _visible(original: str, a: int, b: int) -> list[tuple[int, int]]:
    """``original[a:b]`` as spans without invisible characters (soft hyphens, zero widths)."""
    spans, start = [], a
    for m in _INVISIBLE.finditer(original, a, b):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, b))
    return [(s, e) for s, e in spans if e > s]


def _find_char(original: str, ch: str, gap_start: int, gap_end: int, nth: int) -> int | None:
    """Where ``ch`` occurs in the gap between two kept spans (the nth time), else nearby."""
    hits = [i for i in range(gap_start, gap_end) if original[i] == ch]
    if hits:
        return hits[min(nth, len(hits) - 1)]
    after = original.find(ch, gap_end)
    if after != -1:
        return after
    before = original.rfind(ch, 0, gap_start)
    return before if before != -1 else None


def _add(segments: list[list[int]], clean_start: int, orig_start: int, length: int) -> None:
    if length <= 0:
        return
    if segments:
        last = segments[-1]
        if last[0] + last[2] == clean_start and last[1] + last[2] == orig_start:
            last[2] += length
            return
    segments.append([clean_start, orig_start, length])


# --- metadata -------------------------------------------------------------------------------


def _title(lines: list[_Line], found: _Found) -> str | None:
    """The headline of a plain-text article: the breadcrumb's last item or the first heading."""
    kept = [line for line in lines if line.keep]
    if found.crumb_title and any(line.text == found.crumb_title for line in kept):
        return found.crumb_title
    if not kept or _is_body(kept[0].text) or _SENTENCE_END.search(kept[0].text):
        return None
    first = kept[0]
    if len(first.text.split()) > _HEAD_WORDS:
        return None
    if (
        not first.splits
        and len(kept) > 1
        and len(first.text.split()) <= _KICKER_WORDS < len(kept[1].text.split()) <= _HEAD_WORDS
        and not _SENTENCE_END.search(kept[1].text)
    ):
        return kept[1].text  # a short kicker above the headline
    if first.splits:
        return first.text[first.splits[-1] - first.start :].strip()
    return first.text


def _dateline_date(m: re.Match[str]) -> str | None:
    if m.group("iso"):
        return _iso(m.group("iso"))
    if m.group("d"):
        year = m.group("y")
        return _ymd(f"20{year}" if len(year) == 2 else year, m.group("m"), m.group("d"))
    month = _months().get(m.group("mon").casefold().rstrip("."))
    return _ymd(m.group("y2"), str(month), m.group("d2")) if month else None


def _ymd(y: str, m: str, d: str) -> str | None:
    """``YYYY-MM-DD`` when it is a real calendar day, else None."""
    try:
        day = date(int(y), int(m), int(d))
    except ValueError:
        return None
    return day.isoformat() if 1900 <= day.year <= 2100 else None


def _iso(value: str | None) -> str | None:
    """``YYYY-MM-DD`` or ``YYYY-MM`` from an ISO-ish or German date string, else None."""
    if not value:
        return None
    value = value.strip()
    if m := re.match(r"(\d{4})-(\d{2})-(\d{2})", value):
        return _ymd(*m.groups())
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return value if 1 <= int(m.group(2)) <= 12 else None
    if (m := _DATELINE.fullmatch(value)) and (day := _dateline_date(m)):
        return day
    try:  # RFC 2822, as in feeds: "Fri, 19 Dec 2025 18:00:00 +0100"
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _more_precise(first: str | None, other: str | None) -> str | None:
    """``first`` unless it is missing, or ``other`` agrees with it and says more: a header's
    ``2016-10`` and an address's ``/2016/10-19/`` make ``2016-10-19``."""
    if not first or other and other.startswith(f"{first}-"):
        return other
    return first


def _on_day(published: str | None, month_day: tuple[int, int] | None) -> str | None:
    """A publication month made a day by a dateline without a year that names a day of it
    (``date 2025-12`` and ``Wien, 17. Dezember (APA) -``); the year is never guessed."""
    if not (published and month_day and re.fullmatch(r"\d{4}-\d{2}", published)):
        return published
    year, month = map(int, published.split("-"))
    if month != month_day[0]:
        return published
    return _ymd(str(year), str(month), str(month_day[1])) or published


def _date_from_url(url: str | None) -> str | None:
    if not url:
        return None
    for pattern in _URL_DATES:
        if m := pattern.search(url):
            parts = m.groups()
            return _ymd(*parts) if len(parts) == 3 else f"{parts[0]}-{parts[1]}"
    return None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None
