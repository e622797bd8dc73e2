"""TIMEX3 value formatting: ISO weeks, shifted months, durations, and the shared word tables.

Pure functions of numbers and dates; nothing here knows about the text an expression came
from. Values follow the TimeML TIMEX3 guidelines (ISO 8601 with TimeML's extensions: "W"
weeks, "Q" quarters, "H" halves, season and part-of-day codes, "X" for unknown digits).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from ... import lexicon


class Value(NamedTuple):
    """A TIMEX3 type (DATE, TIME, DURATION, SET) and value (None when it cannot be said)."""

    type: str
    value: str | None


def _ints(name: str) -> dict[str, int]:
    return {key: int(value) for key, value in lexicon.mapping(name).items()}


MONTHS = _ints("months")
WEEKDAYS = _ints("weekdays")
NUMBERS = {key: float(value) for key, value in lexicon.mapping("number_words").items()}
ORDINALS = _ints("ordinals")
DECADE_WORDS = _ints("decade_words")
SEASONS = lexicon.mapping("seasons")
PARTS_OF_DAY = lexicon.mapping("parts_of_day")
REFERENCE_WORDS = lexicon.mapping("reference_words")
SET_WORDS = lexicon.mapping("set_words")
# unit -> (TIMEX3 code, written after "PT" rather than "P")
UNITS = {unit: (code, clock == "time") for unit, (code, clock) in lexicon.table("date_units").items()}


_MULTIPLIERS = frozenset({"hundred", "thousand"})


def number(word: str) -> float | None:
    """The value of a figure or number word ("12", "2,000", "twenty-four", "three hundred", "half"), else None."""
    word = word.lower().replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    parts = re.split(r"[- ]", word)  # "twenty-four", "twenty four", "two thousand"
    if not all(p in NUMBERS for p in parts):
        return None
    total = current = 0.0
    for part in parts:
        if part in _MULTIPLIERS:  # "three hundred": 3 x 100; "two thousand five hundred"
            current = (current or 1) * NUMBERS[part]
            if part == "thousand":
                total, current = total + current, 0.0
        else:
            current += NUMBERS[part]
    return total + current


def fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def shift_months(d: date, months: int) -> tuple[int, int]:
    """(year, month) of the month `months` after d's."""
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift_years(value: str, years: int) -> str | None:
    """A TIMEX3 value moved by whole years, keeping its granularity (2012-Q3 -> 2011-Q3)."""
    m = re.match(r"(\d{4})(.*)$", value)
    if not m:
        return None
    return f"{int(m.group(1)) + years}{m.group(2)}"


# A fraction of a unit is written in the next smaller one: P2Y6M, PT1M30S.
_SMALLER_UNIT = {
    "year": (12, "P{}Y{}M"),
    "day": (24, "P{}DT{}H"),
    "hour": (60, "PT{}H{}M"),
    "minute": (60, "PT{}M{}S"),
}
# Units TimeML writes as multiples of a smaller one: (factor, code, code when unknown); a fortnight
# is two weeks, as British and Commonwealth papers count (ISO 8601 has no unit for it). A quarter
# keeps its own unit, counted or not ("the past two quarters" P2Q, "every quarter" P1Q, "recent
# quarters" PXQ), as TimeBank writes most of them.
_MULTIPLES = {"decade": (10, "Y", "PXDE"), "century": (100, "Y", "PXCE"), "fortnight": (2, "W", "PXW")}


def duration(n: float | None, unit: str) -> str:
    """The TIMEX3 duration of n units (None: an unknown number): P3D, PT2H, P2Y6M, PXY."""
    code, is_time = UNITS[unit]
    if n is not None and n != int(n) and unit in _SMALLER_UNIT:
        factor, form = _SMALLER_UNIT[unit]
        whole, rest = int(n), round((n - int(n)) * factor)
        return re.sub(r"(?<=[PT])0[A-Z]", "", form.format(whole, rest))  # P0Y6M -> P6M
    amount = "X" if n is None else fmt_num(n)
    if unit in _MULTIPLES:
        factor, smaller, unknown = _MULTIPLES[unit]
        return f"P{fmt_num(n * factor)}{smaller}" if n is not None else unknown
    if unit == "weekend":
        return f"P{amount}WE"
    return ("PT" if is_time else "P") + amount + code


# The unknown value of a period of each unit, when there is no anchor.
UNKNOWN_PERIOD = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "day": "XXXX-XX-XX"}


def period(unit: str, offset: int, anchor: date | None) -> str | None:
    """The period `offset` units from the anchor's: this week, last month, next year."""

    if anchor is None:
        return UNKNOWN_PERIOD.get(unit)
    if unit == "day":
        return (anchor + timedelta(days=offset)).isoformat()
    if unit == "fortnight":  # "a fortnight ago": the week two weeks back
        return iso_week(anchor + timedelta(weeks=2 * offset))
    if unit in ("week", "weekend"):
        week = iso_week(anchor + timedelta(weeks=offset))
        return week + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        year, month = shift_months(anchor, offset)
        return f"{year}-{month:02d}"
    if unit == "quarter":
        q = (anchor.month - 1) // 3 + offset
        year = anchor.year + q // 4
        return f"{year}-Q{q % 4 + 1}"
    if unit == "year":
        return f"{anchor.year + offset:04d}"  # "1,500 years ago" in 2012: 0512, not the decade 512
    if unit == "decade":
        return str(anchor.year // 10 + offset)
    if unit == "century":
        return str(anchor.year // 100 + offset)
    return None


# name -> (month or None for Easter, day of month or None, (weekday, nth) or None, days after)
HolidayRule = tuple[int | None, int | None, tuple[int, int] | None, int]


def _holiday_rules() -> dict[str, HolidayRule]:
    out: dict[str, HolidayRule] = {}
    for name, (month, rule, after) in lexicon.table("holidays").items():
        if rule == "easter":  # a movable feast: days from Easter Sunday
            out[name] = (None, None, None, int(after))
        elif "#" in rule:  # WEEKDAY#N: the Nth such weekday of the month, -1 the last
            weekday, nth = rule.split("#")
            out[name] = (int(month), None, (WEEKDAYS[weekday], int(nth)), int(after))
        else:
            out[name] = (int(month), int(rule), None, int(after))
    return out


HOLIDAYS = _holiday_rules()


def holiday_date(name: str, year: int) -> date | None:
    """The day of a holiday in a year (Thanksgiving 2000 -> 2000-11-23), None if unknown."""

    if name not in HOLIDAYS:
        return None
    month, day, nth_weekday, after = HOLIDAYS[name]
    if month is None:
        return easter_sunday(year) + timedelta(days=after)
    if day is not None:
        return date(year, month, day) + timedelta(days=after)
    assert nth_weekday is not None
    found = nth_weekday_of(year, month, *nth_weekday)
    return found + timedelta(days=after) if found else None


def nth_weekday_of(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth such weekday (Monday 0) of a month, -1 the last; None past the month's end."""
    if nth > 0:
        first = date(year, month, 1)
        found = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        return found if found.month == month else None
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter_sunday(year: int) -> date:
    """Western Easter Sunday of a Gregorian year (the anonymous Gregorian computus, as Meeus gives it)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


# The TIMEX3 value grammar (TimeML 1.2.1, section 2.2.1.2), as newscli writes values: dates
# to any granularity with X for unknown digits, weeks, quarters, halves, seasons, weekends,
# days of a kind (WD, WE), BC years, times with a clock or part of day, durations, and the three reference words.
_YEAR = r"(?:(?:BC)?\d{4}|\d{3}X?|\d{2}(?:XX)?|\d{3}|XXXX)"
_DAY_OF = r"(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?)"
_WEEK = r"(?:-W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-[1-7]|-WE|-WD)?)"
_PERIOD = r"(?:-(?:Q[1-4X]|H[12]|SP|SU|FA|WI))"
_DATE = rf"{_YEAR}(?:{_DAY_OF}|{_WEEK}|{_PERIOD})?"
_CLOCK = r"T(?:(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?(?:Z|[+-]\d\d(?::?\d\d)?)?|MO|AF|EV|NI|MI|DT)"
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = (
    rf"P(?:(?:{_AMOUNT}(?:Y|M|W|D|DE|CE|ML|Q|WE|L|E|C))+(?:T(?:{_AMOUNT}[HMS])+)?|T(?:{_AMOUNT}[HMS])+)"
)
TIMEX3_VALUE = re.compile(
    rf"(?:{_DATE}(?:{_CLOCK})?|XXXX-WXX-[1-7](?:{_CLOCK})?|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF)"
)


def valid(value: str | None) -> bool:
    """Whether a value is a well-formed TIMEX3 value (None, no value, counts as valid)."""
    return value is None or TIMEX3_VALUE.fullmatch(value) is not None
