"""Result types: frozen dataclasses of plain values, detached from spaCy."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Mention:
    """A piece of article text with its character offsets (text == article[start:end])."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """One real-world entity: its canonical name, label and every mention."""

    name: str
    label: str
    count: int
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    titles: tuple[str, ...] = ()
    salience: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "label": self.label,
            "count": self.count,
            "aliases": list(self.aliases),
            "mentions": [asdict(m) for m in self.mentions],
            "salience": round(self.salience, 4),
        }
        if self.titles:
            out["titles"] = list(self.titles)
        return out


@dataclass(frozen=True)
class Segment:
    start: int
    end: int


# Kinds of quote written without quotation marks: reported speech, a refusal to speak ("X
# declined to comment") and a topic spoken about ("X spoke about drones"), which PolNeAR marks
# as attributions though they tell no words.
UNMARKED_KINDS = frozenset({"indirect", "refusal", "topic"})


@dataclass(frozen=True)
class Quote:
    """An attribution: the quoted (or, for kind "indirect", reported) words, where they are,
    who said them and how."""

    text: str
    start: int
    end: int
    segments: tuple[Segment, ...]
    speaker: str | None
    speaker_mention: Mention | None
    cue: str | None
    kind: str  # "direct", "mixed", "indirect" (reported speech), "refusal", "topic"
    cue_mention: Mention | None = None  # the cue words where they stand ("said", "according to")

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "segments": [asdict(s) for s in self.segments],
            "speaker": self.speaker,
            "speaker_mention": asdict(self.speaker_mention) if self.speaker_mention else None,
            "cue": self.cue,
            "cue_mention": asdict(self.cue_mention) if self.cue_mention else None,
            "kind": self.kind,
        }


@dataclass(frozen=True)
class DateMention:
    """A temporal expression with its TIMEX3 type and value.

    function: TimeML's functionInDocument, set only for the publication date in a byline
    ("CREATION_TIME", the document creation time); None (and left out of to_dict) otherwise.
    """

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    function: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        if self.function is None:
            del out["function"]
        return out


@dataclass(frozen=True)
class Stats:
    words: int
    sentences: int
    paragraphs: int


@dataclass(frozen=True)
class ArticleResult:
    """Everything newscli found in one article; sections not asked for stay None."""

    source: str
    title: str | None
    authors: tuple[str, ...]
    published: str | None
    stats: Stats | None = None
    entities: tuple[Entity, ...] | None = None
    quotes: tuple[Quote, ...] | None = None
    dates: tuple[DateMention, ...] | None = None
    updated: str | None = None  # the date of the last update, kept apart from `published`
    # The article text every offset points into and its body paragraphs as (start, end)
    # character spans (each with the live-entry stamp that opens it), for views that show the
    # article with its marks (render/show.py, render/html.py). Not part of to_dict(): the JSON
    # output stays what it was.
    text: str | None = field(default=None, repr=False, compare=False)
    paragraphs: tuple[tuple[int, int], ...] = field(default=(), repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published,
            "updated": self.updated,
        }
        if self.stats is not None:
            out["stats"] = asdict(self.stats)
        if self.entities is not None:
            out["entities"] = [e.to_dict() for e in self.entities]
        if self.quotes is not None:
            out["quotes"] = [q.to_dict() for q in self.quotes]
        if self.dates is not None:
            out["dates"] = [d.to_dict() for d in self.dates]
        return out


@cache
def _named(table: str) -> dict[str, str]:
    """A TIMEX3 code's first name in a lexicon table ("MO" -> "morning", "SU" -> "summer")."""
    from . import lexicon

    out: dict[str, str] = {}
    for word, code in lexicon.mapping(table).items():
        out.setdefault(code, word)
    return out


_DAY_VALUE = re.compile(r"(XXXX|\d{4})-(XX|\d{2})-(XX|\d{2})")
_CLOCK_VALUE = re.compile(r"(\d{2}):(\d{2})(?::\d{2})?")
# A date and its time of day: "2026-03-03T14:05", "XXXX-WXX-4TNI" (not "PT48H" nor "PRESENT_REF").
_WITH_TIME = re.compile(r"([\dX]{4}[^T]*)T(\d{2}:\d{2}(?::\d{2})?|[A-Z]{2})")
_UNKNOWN = {"XXXX": "a year", "XXXX-XX": "a month", "XXXX-WXX": "a week", "XXXX-XX-XX": "a day"}


def _day_reading(value: str, type_: str) -> str | None:
    """A reading of the date part of a value ("2026-03-03", "XXXX-WXX-1", "2026-Q3"), or None."""
    m = _DAY_VALUE.fullmatch(value)
    if m and "X" not in value:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).strftime("%a %d %b %Y")
    if m and m.group(1) == "XXXX" and "X" not in m.group(2) + m.group(3):  # "4 March", no year
        return date(2000, int(m.group(2)), int(m.group(3))).strftime("%d %b") + " (year unknown)"
    if value in _UNKNOWN:
        return _UNKNOWN[value]
    every = type_ == "SET"
    m = re.fullmatch(r"XXXX-WXX-([1-7])", value)
    if m:
        return ("every " if every else "a ") + calendar.day_name[int(m.group(1)) - 1]
    m = re.fullmatch(r"(XXXX|\d{4})-(\d{2})", value)
    if m and 1 <= int(m.group(2)) <= 12:
        month = calendar.month_name[int(m.group(2))]
        if m.group(1) != "XXXX":
            return f"{month} {m.group(1)}"
        return f"every {month}" if every else f"{month} (year unknown)"
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if m:
        week = f"week {int(m.group(2))} of {m.group(1)}"
        return f"the weekend of {week}" if m.group(3) else week
    m = re.fullmatch(r"(\d{4})-([QH])([1-4])", value)
    if m:
        return f"{m.group(2)}{m.group(3)} {m.group(1)}"
    m = re.fullmatch(r"(\d{4})-([A-Z]{2})", value)
    if m and m.group(2) in _named("seasons"):
        return f"{_named('seasons')[m.group(2)]} {m.group(1)}"
    if re.fullmatch(r"\d{4}", value):
        return value
    if re.fullmatch(r"\d{2,3}", value):  # a decade ("202") or a century ("19")
        return f"the {value.ljust(4, '0')}s"
    return None


def readable(value: str | None, type_: str = "DATE") -> str:
    """A short human reading of a TIMEX3 value for tables: "Tue 20 Nov 2012", "14:00",
    "Tue 03 Mar 2026, morning", "a Monday", "every Monday", "Q3 2026", "3 days"; "" for None.
    A value it cannot read is shown as it is."""
    if not value:
        return ""
    m = _WITH_TIME.fullmatch(value)
    day, clock = (m.group(1), m.group(2)) if m else (value, "")
    reading = _day_reading(day, type_)
    if reading is not None and clock:
        m = _CLOCK_VALUE.fullmatch(clock)
        if m and clock.startswith("24"):
            time = "midnight"
        elif m:
            time = f"{m.group(1)}:{m.group(2)}"
        else:
            time = _named("parts_of_day").get(clock, clock)
        if day == "XXXX-XX-XX":
            return time
        if m or reading.startswith(("a ", "every ")):
            return f"{reading} {time}"  # "Tue 03 Mar 2026 14:05", "a Thursday night"
        return f"{reading}, {time}"  # "Tue 03 Mar 2026, morning"
    if reading is not None:
        return reading
    m = re.fullmatch(r"P(T?)(\d+(?:\.\d+)?|X)([A-Z]+)", value)
    if m:
        names = {
            "Y": "year",
            "M": "minute" if m.group(1) else "month",
            "W": "week",
            "D": "day",
            "H": "hour",
            "S": "second",
            "DE": "decade",
            "CE": "century",
            "C": "century",
            "WE": "weekend",
        }
        amount = "some" if m.group(2) == "X" else m.group(2)
        unit = names.get(m.group(3), m.group(3))
        plural = "" if amount == "1" else "s"
        if unit == "century" and plural:
            unit, plural = "centurie", "s"
        prefix = "every " if type_ == "SET" else ""
        return (
            f"{prefix}{amount} {unit}{plural}"
            if not prefix
            else f"every {unit}"
            if amount == "1"
            else f"every {amount} {unit}s"
        )
    words = {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}
    return words.get(value, value)


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """A count with its noun in the right number: "1 word", "1,204 words", "2 entities"."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def byline_phrases(result: ArticleResult, escape: Callable[[str], str] = str) -> list[str]:
    """Authors, publication and update date as short phrases for a header ("by A, B",
    "published …", "updated …"), each value passed through `escape` (a renderer's own)."""
    phrases = []
    if result.authors:
        phrases.append("by " + ", ".join(escape(a) for a in result.authors))
    if result.published:
        phrases.append("published " + escape(result.published))
    if result.updated:
        phrases.append("updated " + escape(result.updated))
    return phrases
