"""A grammar of German time expressions: regular patterns built from the data files.

Each rule finds one kind of expression, prepositions included (``am Freitag``, ``seit
2014``, ``für den 19. und 20. Dezember``), and reads it into :class:`Frame` objects: what
the words say, before any calendar is consulted. :func:`find` returns the longest
non-overlapping matches, with coordinations (``Freitag und Samstag``, ``2014 bis 2019``)
joined into one range.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from parley.nlp.timex.vocab import Vocab, vocab


@dataclass(slots=True)
class Frame:
    """What a time expression says, independent of the calendar."""

    # date, weekday, month, year, decade, quarter, season, holiday, week, weekend, relday,
    # month_rel, year_rel, offset (vor zwei Wochen), anaphor (am Vorabend), ref (damals)
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    code: str | None = None  # season code, holiday name or fixed *_REF value
    rel: str | None = None  # next|prev|this|today|yesterday|tomorrow
    shift: int = 0  # days, weeks, months or years from the anchor
    unit: str | None = None  # unit of an offset (day|week|month|year)
    month_only: bool = False  # "vor Weihnachten": the month around the day
    year_shift: int | None = None  # "im Oktober vergangenen Jahres": years from the anchor's


@dataclass(slots=True)
class Found:
    """One matched expression: its span, its frames (two for a range) and its preposition."""

    start: int
    end: int
    frames: list[Frame]
    prep: str | None = None
    priority: int = 0
    hints: list[str] = field(default_factory=list)

    @property
    def grain(self) -> str:
        return GRAIN.get(self.frames[0].kind, self.frames[0].kind)


GRAIN = {"date": "day", "weekday": "day", "relday": "day", "holiday": "day"}
JOINABLE = {"day", "month", "year", "season"}  # grains whose coordination is one range

_LETTER = "A-Za-zÄÖÜäöüß"


def _ci(phrase: str) -> str:
    """A regex for a phrase whose first letter may be capitalised (sentence start)."""
    body = r"\s+".join(re.escape(w) for w in phrase.split())
    first = phrase[0]
    return f"[{first.lower()}{first.upper()}]{body[1:]}" if first.isalpha() else body


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


PREPOSITIONS = (
    "bis zum", "bis zur", "bis", "seit", "ab", "am", "an", "im", "für", "zum", "zur",
    "gegen", "vom", "von", "vor", "nach", "übers", "über", "zwischen", "aus", "zu",
)  # fmt: skip
# "seit" always looks back; "bis" and "ab" look ahead unless the clause speaks of the past;
# "vom" names a past day or month (das Treffen vom Montag), unless it opens a range.
HINTS = {"seit": "past", "bis": "ahead", "ab": "ahead", "vom": "of"}


@dataclass(frozen=True)
class Pieces:
    """Regex building blocks shared by the rules."""

    prep: str
    art: str
    mod: str
    month: str
    weekday: str
    daypart: str
    part: str
    year: str
    day: str
    season: str
    number: str
    year_of: str  # "2025" or "vergangenen Jahres" after a date, month or season
    week_of: str  # "kommender Woche" after a weekday
    year_lead: str  # "heuer" or "letztes Jahr" before a month or season


@lru_cache(maxsize=1)
def pieces() -> Pieces:
    v = vocab()
    preps = "|".join(_ci(p) for p in PREPOSITIONS)
    preps += r"|[iI]n(?!\s+(?:diesen|jenen|einen)\s)"  # temporal "in" takes the dative
    year = r"(?:1[89]\d\d|20\d\d)(?!\d)"
    shifting = "|".join(s for s, rel in v.modifiers.items() if rel in ("next", "prev", "this"))
    return Pieces(
        prep=rf"(?:(?P<prep>(?:[kK]urz\s+)?(?:{preps})(?:\s+(?:spätestens|frühestens))?)\s+)",
        art=r"(?:(?:den|dem|der|das|die|des)\s+)",
        mod=rf"(?:(?P<mod>(?:{'|'.join(_ci(s) for s in v.modifiers)})(?:e|en|er|es|em)?)\s+)",
        month=rf"(?:{_alt(v.months)})(?![\w-])",
        weekday=_alt(v.weekdays),
        daypart=_alt(d.lower() for d in v.dayparts),
        part=rf"(?P<part>{'|'.join(_ci(p) for p in v.parts)})",
        year=year,
        day=r"(?:0?[1-9]|[12]\d|3[01])",
        season=_alt(v.seasons),
        number=rf"(?:{_alt(v.numbers)}|\d{{1,3}})",
        year_of=(
            rf"(?:\s+(?:des\s+Jahres\s+)?(?P<y>1\d{{3}}|20\d\d)(?!\d)"
            rf"|\s+(?:des\s+)?(?P<ymod>(?:{shifting})(?:en|es))\s+Jahres\b)"
        ),
        week_of=rf"(?:\s+(?P<wmod>(?:{shifting})(?:er|e))\s+Woche\b)",
        year_lead=rf"(?:(?P<ylead>[hH]euer|(?i:{shifting})(?:es)\s+Jahr)\s+)",
    )


Handler = Callable[[re.Match, Vocab], list[Frame] | None]


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _mod(m: re.Match, v: Vocab) -> str | None:
    word = m.groupdict().get("mod")
    if not word:
        return None
    word = word.lower()
    return next(rel for stem, rel in v.modifiers.items() if word.startswith(stem))


SHIFT = {"next": 1, "prev": -1, "this": 0}


def _shift_of(word: str | None, v: Vocab) -> int | None:
    """+1, -1 or 0 for "kommenden", "vergangenen", "dieses"; None without a word."""
    if not word:
        return None
    word = word.lower()
    return next(SHIFT[rel] for stem, rel in v.modifiers.items() if word.startswith(stem))


_ARTICLE_BEFORE = re.compile(
    r"\b(?:[dD]er|[dD]ie|[dD]as|[dD]en|[dD]em|[dD]es|[eE]in|[eE]ine|[eE]inen|[eE]inem|[eE]ines"
    r"|[jJ]eden|[jJ]edem|[jJ]eder)\s+(?:[a-zäöüß]+\s+)?$"
)
_NAME_AFTER = re.compile(rf"\s+[A-ZÄÖÜ][{_LETTER}]")


def _noun_use(m: re.Match) -> bool:
    """A bare word used as a noun ("einem schwarzen Freitag", "das Heute"), not as a date."""
    return bool(_ARTICLE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()))


def _valid(day: int, month: int, year: int | None) -> bool:
    """Whether the day exists (29 February counts when the year is unknown)."""
    return day <= calendar.monthrange(year or 2000, month)[1]


def _weekday_of(m: re.Match, v: Vocab) -> int | None:
    """The weekday a date is introduced with ("Samstag, 8. Februar"), if any."""
    return v.weekdays[m["wd"]] if m["wd"] else None


def _numdate(m: re.Match, v: Vocab) -> list[Frame] | None:
    year = _int(m["y"]) or (2000 + int(m["y2"]) if m["y2"] else None)
    if not _valid(int(m["d"]), int(m["m"]), year):
        return None
    return [Frame("date", year, int(m["m"]), int(m["d"]), weekday=_weekday_of(m, v))]


def _isodate(m: re.Match, v: Vocab) -> list[Frame] | None:
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    return [Frame("date", year, month, day)] if _valid(day, month, year) else None


def _daymonth(m: re.Match, v: Vocab) -> list[Frame] | None:
    month, year, shift = v.months[m["m"]], _int(m["y"]), _shift_of(m["ymod"], v)
    if not all(_valid(int(d), month, year) for d in (m["d1"], m["d2"]) if d):
        return None
    frames = [Frame("date", year, month, int(m["d1"]), _weekday_of(m, v), year_shift=shift)]
    if m["d2"]:
        frames.append(Frame("date", year, month, int(m["d2"]), year_shift=shift))
    return frames


def _weekday(m: re.Match, v: Vocab) -> list[Frame] | None:
    if (not (m["prep"] or m["mod"]) and _noun_use(m)) or _mod(m, v) == "new":
        return None
    week = _shift_of(m["wmod"], v)
    return [
        Frame(
            "weekday",
            weekday=v.weekdays[m["wd"]],
            rel=_mod(m, v),
            shift=week or 0,
            unit="week" if week is not None else None,
        )
    ]


def _relday(m: re.Match, v: Vocab) -> list[Frame] | None:
    """heute, gestern, morgen (not "die Welt von morgen", which the pattern leaves out)."""
    if not m["prep"] and m["rd"][0].isupper() and _noun_use(m):
        return None  # "das Heute"; the adverb stays lower-case: "das heute gültige Recht"
    shift = {"heute": 0, "gestern": -1, "morgen": 1, "übermorgen": 2, "vorgestern": -2}
    return [Frame("relday", shift=shift[m["rd"].lower()])]


def _daypart(m: re.Match, v: Vocab) -> list[Frame] | None:
    rel = _mod(m, v)
    if m["dp"] == "Tag" and rel not in ("today", "yesterday", "tomorrow"):
        return None
    if rel in ("next", "prev", "this", "new"):
        return None  # "am nächsten Morgen" counts from the story, not from the anchor
    return [Frame("relday", shift={"yesterday": -1, "tomorrow": 1}.get(rel or "", 0))]


def _today(m: re.Match, v: Vocab) -> list[Frame] | None:
    """``im Laufe des Tages``, ``in der vergangenen Nacht``: the day of the report (a night
    takes the day it leads into, as ``in der Nacht zum Freitag`` does)."""
    return [Frame("relday")]


def _anaphor(m: re.Match, v: Vocab) -> list[Frame] | None:
    return [Frame("anaphor")]


def _week(m: re.Match, v: Vocab) -> list[Frame] | None:
    rel = _mod(m, v)
    if m["wp"]:
        return [Frame("week", shift=-1 if m["wp"].startswith("Vor") else 0)]
    if (rel is None and not m["part"]) or rel in ("today", "yesterday", "tomorrow", "new"):
        return None
    return [Frame("week", rel=rel, shift={"next": 1, "prev": -1}.get(rel or "", 0))]


def _weekend(m: re.Match, v: Vocab) -> list[Frame] | None:
    if not (m["prep"] or m["mod"]) or _mod(m, v) in ("today", "yesterday", "tomorrow", "new"):
        return None
    return [Frame("weekend", rel=_mod(m, v))]


def _period(kind: str) -> Handler:
    """Month or year named by a modifier or part: nächsten Monat, Ende des Jahres, Vorjahr."""

    def handle(m: re.Match, v: Vocab) -> list[Frame] | None:
        rel = _mod(m, v)
        if m["prev"]:
            return [Frame(kind, shift=-1)]
        if m["whole"]:
            return [Frame(kind)]
        if rel is None and not m["part"]:
            return None
        if rel in ("today", "yesterday", "tomorrow"):
            return None
        if rel == "new" and (kind != "year_rel" or not m["prep"]):
            return None  # "im neuen Jahr" is next year; "ein gutes neues Jahr" is a wish
        return [Frame(kind, shift={"next": 1, "new": 1, "prev": -1}.get(rel or "", 0))]

    return handle


def _named_year(m: re.Match, v: Vocab) -> list[Frame] | None:
    return [Frame("year", int(m["y"]))]  # "im Jahr 1600": any year once "Jahr" names it


def _decade(m: re.Match, v: Vocab) -> list[Frame] | None:
    decade = int(m["dec"])
    return [Frame("decade", decade if decade > 100 else 1900 + decade)]


def _year(m: re.Match, v: Vocab) -> list[Frame] | None:
    explicit = m["prep"] or m["part"] or m["jahr"]
    following = m.string[m.end() : m.end() + 40]
    if not explicit and _NAME_AFTER.match(following):
        return None  # "2000 Soldaten": a number, not a year
    if not explicit and re.match(r"\s*(?:%|Prozent|Euro|Dollar|Mal\b)", following):
        return None
    first = int(m["y"])
    frames = [Frame("year", first)]
    if m["y2"]:
        frames.append(Frame("year", int(m["y2"])))
    elif m["yy"]:  # "2025/26": the next year, written short
        last = first // 100 * 100 + int(m["yy"])
        if last != first + 1:
            return None
        frames.append(Frame("year", last))
    return frames


def _year_shift(m: re.Match, v: Vocab) -> int | None:
    """Years from the anchor's that a month or season names: ``Mai vergangenen Jahres``,
    ``heuer im Mai``, ``letztes Jahr im Sommer``; None when it names none."""
    if m["ymod"]:
        return _shift_of(m["ymod"], v)
    lead = m["ylead"]
    return None if not lead else 0 if lead.lower() == "heuer" else _shift_of(lead.split()[0], v)


def _month(m: re.Match, v: Vocab) -> list[Frame] | None:
    rel = _mod(m, v)
    if rel not in (None, "next", "prev", "this"):
        return None  # "im neuen Januar", "am heutigen Mai"
    bare = not (m["prep"] or m["part"] or m["y"] or m["ymod"])
    if bare and _NAME_AFTER.match(m.string, m.end()):
        return None  # a first name: "August Hanning", "Mai Thi"
    shift = _year_shift(m, v)
    return [Frame("month", _int(m["y"]), v.months[m["m"]], rel=rel, year_shift=shift)]


def _season(m: re.Match, v: Vocab) -> list[Frame] | None:
    if not (m["prep"] or m["mod"] or m["part"] or m["y"] or m["ymod"]):
        return None
    rel = _mod(m, v)
    if rel in ("today", "yesterday", "tomorrow", "new"):
        return None
    shift = _year_shift(m, v)
    return [Frame("season", _int(m["y"]), code=v.seasons[m["s"]], rel=rel, year_shift=shift)]


ORDINALS = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}


def _quarter(m: re.Match, v: Vocab) -> list[Frame] | None:
    ordinal = m["ord"].lower()
    n = int(ordinal[0]) if ordinal[0].isdigit() else ORDINALS.get(ordinal, 0)
    half = m["q"] != "Quartal"
    if not n or (half and n > 2):
        return None
    code = f"H{n}" if half else f"Q{n}"
    return [Frame("quarter", _int(m["y"]), code=code, year_shift=_shift_of(m["ymod"], v))]


def _holiday(m: re.Match, v: Vocab) -> list[Frame] | None:
    prep = (m["prep"] or "").lower().split()
    return [
        Frame("holiday", _int(m["y"]), code=m["h"], month_only=bool({"vor", "nach"} & set(prep)))
    ]


def _ref(m: re.Match, v: Vocab) -> list[Frame] | None:
    text = " ".join(m[0].split())
    value = next(val for phrase, val in v.refs.items() if phrase.lower() == text.lower())
    return [Frame("ref", code=value)]


def _recent(m: re.Match, v: Vocab) -> list[Frame] | None:
    if m["rec"]:
        return [Frame("ref", code=v.recent[m["rec"]])]
    return [Frame("ref", code="PAST_REF" if m["p"].lower() == "vor" else "FUTURE_REF")]


def _offset(m: re.Match, v: Vocab) -> list[Frame] | None:
    n = int(m["n"]) if m["n"].isdigit() else v.numbers[m["n"]]
    sign = -1 if m["p"].lower() == "vor" else 1
    return [Frame("offset", shift=sign * n, unit=v.units[m["u"]])]


@lru_cache(maxsize=1)
def rules() -> list[tuple[re.Pattern, Handler]]:
    """The rules in priority order (earlier wins between equally long matches)."""
    p, v = pieces(), vocab()
    pa = rf"(?:{p.prep}{p.art}?)?"
    wd_lead = rf"(?:{p.mod}?(?P<wd>{p.weekday}),?\s+(?:(?:den|dem)\s+)?)?"
    units = _alt(v.units)
    plural = r"(?:Tagen?|Wochen|Monaten?|Jahren?)\b"  # "in den letzten Tage": a common slip
    refs = "|".join(_ci(r) for r in sorted(v.refs, key=len, reverse=True))
    few = "|".join(_ci(f) for f in v.few)
    dp_adj = r"(?:(?:frühen|späten|späteren|frühesten|spätesten)\s+)?"
    table: list[tuple[str, Handler]] = [
        (rf"\b(?:{refs})\b", _ref),
        (
            rf"\b(?:[iI]n\s+den\s+(?P<rec>{_alt(v.recent)})"
            rf"\s+(?:{p.number}(?:\s*(?:bis|-|–|oder)\s*{p.number})?\s+)?{plural}"
            rf"|(?P<p>[vV]or|[iI]n)\s+(?:{few})\s+{plural})\b",
            _recent,
        ),
        (
            rf"\b{pa}(?<![\w.-])(?P<y>{p.year})-(?P<m>0[1-9]|1[0-2])-(?P<d>{p.day})(?![\d-])",
            _isodate,
        ),
        (
            rf"\b{pa}{wd_lead}(?<![\d.])(?P<d>{p.day})\.(?P<m>0?[1-9]|1[0-2])\."
            r"(?:(?P<y>\d{4})|(?P<y2>\d{2}))?(?![\d])",
            _numdate,
        ),
        (
            rf"\b{pa}{wd_lead}(?:Nacht\s+vom\s+{p.day}\.\s+(?:auf\s+den|zum)\s+)?"
            rf"(?<![\d.])(?P<d1>{p.day})\.(?:\s*(?:und|bis|-|–|/)\s*"
            rf"(?:(?:zum|den|dem)\s+)?(?P<d2>{p.day})\.)?\s*(?P<m>{p.month}){p.year_of}?",
            _daymonth,
        ),
        (
            rf"\b{pa}{p.mod}?{dp_adj}(?:Nacht\s+(?:vo[nm]\s+(?:{p.weekday})\s+)?"
            rf"(?:zum|zu|auf(?:\s+den)?)\s+)?(?P<wd>{p.weekday})"
            rf"(?:{p.daypart})?\b(?:\s+(?:{p.daypart}|früh)\b)?{p.week_of}?",
            _weekday,
        ),
        (
            r"(?<![vV]on\s)(?<!heute\sauf\s)\b(?:(?P<prep>[aA]b|[sS]eit|[bB]is|[fF]ür)\s+)?"
            r"(?P<rd>[hH]eute|[gG]estern|morgen|[üÜ]bermorgen|[vV]orgestern"
            r"|(?:^|(?<=[.!?:„\"“]\s)|(?<=\n))Morgen(?=\s+(?:früh|[a-zäöü])))"
            r"(?:\s+(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|früh|Früh)\b)?\b"
            rf"(?:\s+(?:{p.weekday})\b(?!,?\s+\d))?",  # "gestern Mittwoch"
            _relday,
        ),
        (r"\b(?P<prep>[vV]on)\s+(?P<rd>heute|morgen)\s+an\b", _relday),
        (
            rf"\b(?P<prep>[aA]m|[gG]egen|[sS]eit\s+dem|[bB]is\s+zum|[iI]n\s+der)\s+{p.mod}?"
            rf"{dp_adj}(?P<dp>{_alt(v.dayparts)}|Tag)\b(?!\s+(?:zuvor|davor|danach|darauf))",
            _daypart,
        ),
        (r"\b(?:[iI]m\s+Laufe\s+des\s+(?:heutigen\s+)?Tages|[iI]m\s+Tagesverlauf)\b", _today),
        (r"\b(?:[iI]n\s+der\s+vergangenen|[vV]ergangene)\s+Nacht\b(?!\s+(?:zu|auf)\b)", _today),
        (rf"\b{pa}(?:Vorabend|Vortag|Folgetag)\b", _anaphor),
        (
            rf"\b{pa}(?:(?:{p.part}\s+(?:der\s+|des\s+)?)?{p.mod}?Woche\b(?!n)"
            r"|(?P<wp>Wochenmitte|Wochenbeginn|Wochenanfang|Vorwoche)\b)",
            _week,
        ),
        (rf"\b{pa}{p.mod}?Wochenende\b", _weekend),
        (
            rf"\b{pa}(?:(?:{p.part}\s+(?:des\s+)?)?{p.mod}?Monats?\b(?!\s+(?:{p.month}))"
            r"|(?P<prev>Vormonats?)\b|(?P<whole>Monatsende|Monatsanfang|Monatsbeginn"
            r"|Monatsmitte)\b)",
            _period("month_rel"),
        ),
        (
            rf"\b{pa}(?:(?:{p.part}\s+(?:des\s+)?)?{p.mod}?Jahr(?:es)?\b(?!\s+\d)"
            r"|(?P<prev>Vorjahr(?:es)?)\b|(?P<whole>Jahresende|Jahresanfang|Jahresbeginn"
            r"|Jahresmitte|[hH]euer)\b)",
            _period("year_rel"),
        ),
        (
            rf"(?<![\w.,/-]){p.prep}?(?:{p.part}\s+(?:des\s+Jahres\s+)?"
            rf"|(?P<jahr>(?:dem\s+)?Jahre?)\s+)?(?<![\w.,/-])(?P<y>{p.year})"
            rf"(?:\s*(?:-|–|/|bis)\s*(?P<y2>{p.year})|/(?P<yy>\d\d))?(?![\w/]|-\w|[.,]\d)",
            _year,
        ),
        (rf"\b{p.prep}?(?:dem\s+)?Jahre?\s+(?P<y>1\d{{3}})(?![\d.,])", _named_year),
        (
            rf"\b{pa}(?:{p.part}\s+der\s+)?(?P<dec>1[89]\d0|20\d0|[2-9]0)er(?:\s+|-)Jahren?\b",
            _decade,
        ),
        (
            rf"\b{pa}(?P<ord>[eE]rsten|[zZ]weiten|[dD]ritten|[vV]ierten|[1-4]\.)\s+"
            rf"(?P<q>Quartal|Halbjahr|Jahreshälfte)s?\b{p.year_of}?",
            _quarter,
        ),
        (
            rf"\b{p.year_lead}?{pa}(?:{p.part}\s+)?{p.mod}?(?<!\d\.\s)(?<!\d\.)(?P<m>{p.month})"
            rf"{p.year_of}?",
            _month,
        ),
        (
            rf"\b{p.year_lead}?{pa}(?:{p.part}\s+(?:des\s+)?)?{p.mod}?(?P<s>{p.season})s?\b"
            rf"{p.year_of}?",
            _season,
        ),
        (rf"\b{pa}(?P<h>{_alt(v.holidays)})\b(?:\s+(?P<y>{p.year}))?", _holiday),
        (rf"\b(?P<p>[vV]or|[iI]n)\s+(?P<n>{p.number})\s+(?P<u>{units})\b", _offset),
    ]
    return [(re.compile(rx), handler) for rx, handler in table]


_JOIN = re.compile(r"\s*(?:und|bis|-|–|/)\s*")
_BLANK = re.compile(r"[ \t]*")


def _year_from(first: Frame, last: Frame) -> Frame:
    """The year a range ends in belongs to its start too (``Januar bis Juli 2007``).

    A year earlier when the start would fall after the end (``Dezember bis Februar 2026``).
    """
    if first.year is not None or last.year is None or first.kind not in ("date", "month"):
        return first
    later = (first.month, first.day or 0) > (last.month, last.day or 0)
    return replace(first, year=last.year - later)


def _join(text: str, found: list[Found]) -> list[Found]:
    """Merge coordinations and ranges of the same grain into one expression."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev
            and len(prev.frames) == 1
            and len(f.frames) == 1
            and prev.grain == f.grain
            and f.grain in JOINABLE
        ):
            gap = text[prev.end : f.start]
            joined = (_JOIN.fullmatch(gap) and not f.prep) or (
                _BLANK.fullmatch(gap) and (f.prep or "").lower().startswith("bis")
            )
            if joined and "\n" not in gap:
                prev.end, prev.frames = f.end, [_year_from(prev.frames[0], f.frames[0]), *f.frames]
                continue
        out.append(f)
    return out


@lru_cache(maxsize=1)
def trigger() -> re.Pattern:
    """Words at the heart of every rule: only text around them is worth the full patterns."""
    v = vocab()
    words = [
        *v.months, *v.weekdays, *v.dayparts, *v.units, *v.seasons, *v.holidays, *v.refs,
        "heute", "gestern", "morgen", "übermorgen", "vorgestern", "heuer", "Vorabend", "Vortag",
        "Folgetag", "Woche", "Vorwoche", "Monat", "Vormonat", "Jahr", "Vorjahr", "Quartal",
        "Halbjahr",
    ]  # fmt: skip
    return re.compile(rf"\d+|(?i:\b(?:{_alt(words)}))")  # a run of digits: one window


WINDOW = 60  # characters around a trigger that a rule may span


def windows(text: str) -> list[tuple[int, int]]:
    """Disjoint stretches of ``text`` around trigger words."""
    spans: list[tuple[int, int]] = []
    for m in trigger().finditer(text):
        lo, hi = max(0, m.start() - WINDOW), min(len(text), m.end() + WINDOW)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def find(text: str) -> list[Found]:
    """Every time expression in ``text``: longest matches first, then coordinations joined."""
    v = vocab()
    candidates: list[Found] = []
    stretches = windows(text)
    for priority, (pattern, handler) in enumerate(rules()):
        for m in (m for lo, hi in stretches for m in pattern.finditer(text, lo, hi)):
            frames = handler(m, v)
            if frames:
                prep = m.groupdict().get("prep")
                hints = [HINTS[w] for w in (prep or "").lower().split() if w in HINTS]
                candidates.append(Found(m.start(), m.end(), frames, prep, priority, hints))
    candidates.sort(key=lambda f: (f.start - f.end, f.priority, f.start))
    taken: list[Found] = []
    covered = bytearray(len(text))
    for c in candidates:
        if not any(covered[c.start : c.end]):
            taken.append(c)
            covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    taken.sort(key=lambda f: f.start)
    return _join(text, taken)
