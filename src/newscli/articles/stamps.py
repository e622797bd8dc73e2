"""Date stamps as bylines, date lines and page metadata write them.

A stamp is a calendar date with an optional clock time and time zone, in any of the forms
newsrooms, wires, blogs and browsers print: "March 4, 2025", "Tue 4 Mar 2025 15.12 GMT",
"04/03/2025 3:12 p.m. ET", "2025-03-04T08:00:00Z", "19-Nov-24". `find_stamps` locates them in
a line with their offsets; `parse_published` turns one into ISO 8601 (a date, or a date-time
with its UTC offset when a zone is given).

A relative stamp ("3 hours ago", "yesterday") is recognised as a stamp so that its line is
known for a date line, but it has no value: the date it means depends on when the page was
read, which the text does not say.

Month and weekday names come from the lexicon (months.tsv, weekdays.tsv), time zones from
time_zones.tsv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import cache
from typing import Any

from .. import lexicon

# Numeric dates that fit both orders (04/03/2025) are read month first, as dateutil and US
# newsrooms read them, unless the stamp's time zone lies east of the Atlantic, where
# newsrooms write the day first (UK, Europe, Africa, Asia, Oceania).
DAY_FIRST_EAST_OF = -1.0  # hours: zones at or east of this UTC offset write the day first
# Zones on Earth lie within 14 hours of UTC (Kiribati, UTC+14); a larger offset is no zone.
MAX_UTC_OFFSET = timedelta(hours=14)
# A two-digit year is this century's: bylines print "19-Nov-24", never a date of 1924.
CENTURY = 2000


@dataclass(frozen=True)
class Stamp:
    """A date stamp found in a line: its offsets there and its ISO value (None if relative)."""

    start: int
    end: int
    value: str | None


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The stamp grammar, built once from the lexicon's month, weekday and zone names."""
    months = "|".join(sorted(lexicon.mapping("months"), key=len, reverse=True))
    weekdays = "|".join(sorted(lexicon.mapping("weekdays"), key=len, reverse=True))
    zones = "|".join(sorted(lexicon.table("time_zones"), key=len, reverse=True))
    month = rf"(?P<mon>{months})\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>\d{4})"
    weekday = rf"(?:(?:{weekdays})\.?,?\s+)?"
    zone = (  # abbreviations are upper case: "eat" and "art" are words
        r"(?:(?:UTC|GMT)\s?(?P<sign>[+\-\u2212])\s?(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?"
        rf"|(?P<zone>\(?(?-i:{zones})\)?)(?![\w])"
        r"|(?P<bsign>[+\-])(?P<bh>\d{2}):?(?P<bm>\d{2})\b)"
    )
    clock = (
        r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?(?::[0-5]\d)?\s?(?P<ap>[ap])\.?\s?m\b\.?"
        r"|(?P<h24>[01]?\d|2[0-3])(?::|h|\.(?=[0-5]\d\s*(?-i:"
        + zones
        + r")\b))(?P<mi24>[0-5]\d)(?::[0-5]\d)?"
        r"|(?P<noon>noon|midday|midnight)"
    )
    flags = re.IGNORECASE
    return {
        "iso": re.compile(
            r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w:])"
        ),
        "month_first": re.compile(rf"\b{weekday}{month}\s+{day},?\s+{year}\b", flags),
        "day_first": re.compile(rf"\b{weekday}{day}(?:\s+of)?\s+{month},?\s+{year}\b", flags),
        "compact": re.compile(rf"\b{day}[-\s/]{month}[-\s/](?P<year>\d{{4}}|\d{{2}})\b", flags),
        "numeric": re.compile(
            rf"\b{weekday}(?:(?P<a>\d{{1,2}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}})"
            r"|(?P<iy>\d{4})/(?P<im>\d{1,2})/(?P<id>\d{1,2}))\b",
            flags,
        ),
        "clock": re.compile(rf"(?<![\w:.])(?:at\s+)?(?:{clock})(?:\s*,?\s*(?:{zone}))?", flags),
        "zone": re.compile(rf"(?<![\w])(?:{zone})", flags),
        "relative": re.compile(
            r"\b(?:(?:\d+|an?|one|a few|several)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|"
            r"weeks?|months?|years?|mins?)\s+ago|just now|moments ago|yesterday|today|last night)\b",
            flags,
        ),
    }


def _zone_info(abbr: str, when: date) -> tzinfo | None:
    row = lexicon.table("time_zones").get(abbr.strip("()").upper())
    if row is None:
        return None
    offset, iana = row
    if iana != "-":
        try:
            from zoneinfo import ZoneInfo

            aware = datetime(when.year, when.month, when.day, 12, tzinfo=ZoneInfo(iana))
            return timezone(aware.utcoffset() or timedelta(0))
        except Exception:  # no tz database on this machine: the zone's standard offset
            pass
    sign = -1 if offset.startswith("-") else 1
    hours, minutes = offset.lstrip("+-").split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


def _zone(m: re.Match[str], when: date) -> tzinfo | None:
    if m.group("zone"):
        return _zone_info(m.group("zone"), when)
    for sign, hours, minutes in (("sign", "zh", "zm"), ("bsign", "bh", "bm")):
        if m.group(sign):
            delta = timedelta(hours=int(m.group(hours)), minutes=int(m.group(minutes) or 0))
            if delta > MAX_UTC_OFFSET:
                return None  # "UTC-24" is no zone on Earth
            return timezone(-delta if m.group(sign) in "-\u2212" else delta)
    return None


def _offset_hours(tz: tzinfo | None) -> float | None:
    offset = tz.utcoffset(None) if tz is not None else None
    return offset.total_seconds() / 3600 if offset is not None else None


def _year(text: str) -> int:
    value = int(text)
    return value + CENTURY if len(text) == 2 else value


def _date_of(kind: str, m: re.Match[str], east: bool) -> date | None:
    """The calendar date a match of one of the date patterns names, or None if impossible."""
    months = lexicon.mapping("months")
    try:
        if kind == "iso":
            return date.fromisoformat(m.group()[:10])
        if kind in ("month_first", "day_first", "compact"):
            month = int(months[m.group("mon").lower().rstrip(".")])
            return date(_year(m.group("year")), month, int(m.group("day")))
        if m.group("iy"):
            return date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        a, b, y = int(m.group("a")), int(m.group("b")), _year(m.group("y"))
        day_first = a > 12 or (b <= 12 and (m.group("sep") == "." or east))
        return date(y, b, a) if day_first else date(y, a, b)
    except (ValueError, KeyError):
        return None


def _find_date(text: str, east: bool) -> tuple[int, int, date] | None:
    for kind in ("iso", "month_first", "day_first", "compact", "numeric"):
        for m in _patterns()[kind].finditer(text):
            found = _date_of(kind, m, east)
            if found is not None:
                return m.start(), m.end(), found
    return None


def _clock(m: re.Match[str]) -> tuple[int, int]:
    if m.group("noon"):
        return (0, 0) if m.group("noon").lower() == "midnight" else (12, 0)
    if m.group("h24"):
        return int(m.group("h24")), int(m.group("mi24"))
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
    return hour, int(m.group("mi") or 0)


def _stamp_value(text: str, start: int, end: int) -> tuple[str | None, int, int]:
    """The ISO value of the stamp in text[start:end] and the span it really covers."""
    pats = _patterns()
    zone_match = pats["zone"].search(text, start, end)
    east = False
    if zone_match:
        hours = _offset_hours(_zone(zone_match, date(2001, 1, 1)))
        east = hours is not None and hours >= DAY_FIRST_EAST_OF
    found = _find_date(text[start:end], east)
    if found is None:
        return None, start, end
    d_start, d_end, day = found
    d_start, d_end = d_start + start, d_end + start
    clock = None
    for m in pats["clock"].finditer(text, start, end):
        if not (d_start <= m.start() < d_end or d_start < m.end() <= d_end):
            clock = m
            break
    if clock is None:
        return day.isoformat(), d_start, d_end
    hour, minute = _clock(clock)
    tz = _zone(clock, day)
    span = (min(d_start, clock.start()), max(d_end, clock.end()))
    if tz is None:  # "15:12, 4 March 2025 BST": the zone after the date
        after = pats["zone"].search(text, span[1], end)
        if after and not text[span[1] : after.start()].strip(" ,"):
            tz = _zone(after, day)
            span = (span[0], after.end())
    stamp = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
    return stamp.isoformat(), span[0], span[1]


def find_stamps(line: str) -> list[Stamp]:
    """Date stamps in a line, in order, each piece of the line between separators (| • · —)
    holding at most one; relative stamps ("2 hours ago") come with value None."""
    out = []
    for start, end in _pieces(line):
        iso = _patterns()["iso"].search(line, start, end)
        if iso:  # an ISO stamp carries its own time and zone, or a zone after it
            out.append(_iso_stamp(line, iso, end))
            continue
        value, s, e = _stamp_value(line, start, end)
        if value is not None:
            out.append(Stamp(s, e, value))
            continue
        relative = _patterns()["relative"].search(line, start, end)
        if relative:
            out.append(Stamp(relative.start(), relative.end(), None))
    return _merge_time_only(line, out)


# What opens a live entry before its clock time ("Updated 09:15", "Update: 14:05 GMT") ...
_ENTRY_LEAD = re.compile(r"(?:(?:last\s+)?updated?\b[:,]?\s*)?", re.IGNORECASE)
# ... and what ends its stamp: a dash, colon, bar or bullet, or the end of the line.
_ENTRY_END = re.compile(r"[ \t]*(?:[-\u2013\u2014:|\u2022](?:[ \t]+|[ \t]*(?=\r?\n|$))|(?=\r?\n|$))\s*")
# Without such a sign, a stamp that says it is one (a zone, "Updated", a 24-hour "14:05") ends
# where a capitalised word starts the entry: "09:10 GMT Police closed the road".
_ENTRY_TEXT = re.compile(r"[ \t]+(?=[A-Z\u201c\"])")


def entry_stamp(paragraph: str) -> tuple[int, int] | None:
    """The clock stamp opening an entry of a live page, as layout rather than story:
    "11:30 GMT - More than …", "10:42 BST: …", "Updated 09:15", "14:05 GMT" alone on its line.

    Returns:
        (where the stamp ends, where the entry's text starts) as offsets into the paragraph,
        or None when the paragraph does not open with such a stamp.
    """
    lead = _ENTRY_LEAD.match(paragraph)
    assert lead is not None  # it matches the empty string too
    clock = _patterns()["clock"].match(paragraph, lead.end())
    if clock is None or clock.group().lower().startswith("at"):
        return None  # "At 11:30 the doors opened": a sentence
    end = _ENTRY_END.match(paragraph, clock.end())
    if end is not None:
        return clock.end(), end.end()
    says_so = bool(lead.group()) or _zone_of(clock) or re.match(r"\d\d?:\d\d", clock.group())
    text = _ENTRY_TEXT.match(paragraph, clock.end())
    if says_so and text is not None:
        return clock.end(), text.end()
    return None


def _zone_of(clock: re.Match[str]) -> bool:
    return any(clock.group(name) for name in ("zone", "sign", "bsign"))


def clock_of(stamp: str) -> str | None:
    """The time of day a stamp gives, as "HH:MM" ("11:30 GMT" -> "11:30", "Updated 2.15pm"
    -> "14:15"); None if it gives none."""
    lead = _ENTRY_LEAD.match(stamp)
    clock = _patterns()["clock"].search(stamp, lead.end() if lead else 0)
    if clock is None:
        return None
    hour, minute = _clock(clock)
    return f"{hour:02d}:{minute:02d}"


def relative_stamps(line: str) -> list[re.Match[str]]:
    """Relative stamps in a line ("3 hours ago", "yesterday")."""
    return list(_patterns()["relative"].finditer(line))


def _iso_stamp(line: str, iso: re.Match[str], end: int) -> Stamp:
    value = _iso_value(iso.group())
    zone = (
        _patterns()["zone"].match(line, iso.end() + 1, end)
        if line[iso.end() : iso.end() + 1] == " "
        else None
    )
    if value and zone and "T" in value and value[-6] not in "+-" and not value.endswith("Z"):
        stamp = datetime.fromisoformat(value).replace(tzinfo=_zone(zone, date.fromisoformat(value[:10])))
        return Stamp(iso.start(), zone.end(), stamp.isoformat())
    return Stamp(iso.start(), iso.end(), value)


def _merge_time_only(line: str, stamps: list[Stamp]) -> list[Stamp]:
    """'March 4, 2025 | 3:12 PM EDT': a clock in the piece after a bare date completes it."""
    if not stamps:
        return stamps
    out = list(stamps)
    last = out[-1]
    if last.value and "T" not in last.value:
        rest = line[last.end :]
        m = _patterns()["clock"].match(rest.lstrip(_BETWEEN))
        if m:
            offset = last.end + len(rest) - len(rest.lstrip(_BETWEEN))
            day = date.fromisoformat(last.value)
            hour, minute = _clock(m)
            stamp = datetime(day.year, day.month, day.day, hour, minute, tzinfo=_zone(m, day))
            out[-1] = Stamp(last.start, offset + m.end(), stamp.isoformat())
    return out


_BETWEEN = " |/\u2022\u00b7,-\u2013\u2014"  # what stands between a date and its clock time
_SEPARATORS = re.compile(r"\s[|\u2022\u00b7]\s|\s[\u2013\u2014]\s|\s-\s|\||\u2022|\u00b7")


def _pieces(line: str) -> list[tuple[int, int]]:
    bounds = [0]
    for m in _SEPARATORS.finditer(line):
        bounds += [m.start(), m.end()]
    bounds.append(len(line))
    return [
        (bounds[i], bounds[i + 1])
        for i in range(0, len(bounds), 2)
        if line[bounds[i] : bounds[i + 1]].strip()
    ]


def _iso_value(text: str) -> str | None:
    from dateutil.parser import isoparse

    try:
        stamp = isoparse(text.replace(" ", "T", 1))
    except (ValueError, OverflowError):
        return None
    if len(text) <= 10:
        return stamp.date().isoformat()
    return stamp.isoformat()


def parse_published(value: Any) -> str | None:
    """Normalise a publication date to ISO 8601 (a date, or a date-time with its offset).

    Accepts ISO stamps and every form `find_stamps` reads ("Nov. 20, 2012",
    "November 21, 2012 | 12:25 AM EST", "Tue 4 Mar 2025 15.12 GMT"). Returns None when the
    value holds no calendar date (also for relative stamps such as "3 hours ago").
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return _iso_value(text)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    for stamp in find_stamps(text):
        if stamp.value:
            return stamp.value
    value_, _, _ = _stamp_value(text, 0, len(text))  # a stamp spread over separators
    return value_
