"""The one resolver: an underspecified TIMEX + anchor + tense + reference -> a TIMEX3 value.

Every anchoring decision is here, and so is what happens without an anchor (an article
with no publication date): the value keeps what the words say and writes X for the rest
("XXXX-11", "XXXX-WXX-2"), as TimeML does for underspecified dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from . import grammar as g
from .tense import Tense
from .timex import (
    Value,
    holiday_date,
    iso_week,
    nth_weekday_of,
    period,
    quarter_of,
    shift_months,
    shift_years,
)

# A date without a year is the nearest such date, leaning to the past as news reports do.
# Half a year (183 days) ahead of the anchor is the most a yearless day may lie in the future
# before it is read as last year's: "on Nov. 20" in a story of June is last November's.
NEAREST_DAYS_AHEAD = 183
# A yearless day more than about nine months (275 days) behind the anchor is next year's
# (a story of December about "Sept. 10" means the coming one only if it is that far back);
# after a deadline word the tense is NEAREST and half a year decides, either way.
LEAN_BACK_DAYS = 275
# A month name alone: more than half a year ahead (6 months) was last year's; only one more
# than 9 months behind (a story of December about "March") is next year's, or more than 6
# for a deadline ("loans through January", NEAREST).
MONTHS_AHEAD_LIMIT = 6
MONTHS_BEHIND_LIMIT = 9
MONTHS_BEHIND_NEAREST = 6
# A day written in the past tense may be the anchor's next day: a story filed after midnight
# about "Friday" in the evening, or one dated a day late by the wire.
SLACK_DAYS = 1


def resolve(timex: g.Timex, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    """The TIMEX3 type and value of an underspecified TIMEX.

    Args:
        timex: what the grammar made of the expression.
        anchor: the publication date that relative expressions count from (None: unknown).
        tense: what the governing verb says about the time.
        reference: the value of the date mentioned last, which back references count from.
    """
    return _RESOLVERS[type(timex)](timex, anchor, tense, reference)


def _known(x: g.Known, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    return Value(x.type, x.value)


def _date(value: str | None) -> Value:
    return Value("DATE", value)


def month_of_year(month: int, anchor: date, tense: Tense) -> str:
    """The year of a month name alone, by tense, else the nearest such month."""
    year = anchor.year
    ahead = month - anchor.month
    behind_limit = -(MONTHS_BEHIND_NEAREST if tense is Tense.NEAREST else MONTHS_BEHIND_LIMIT)
    if (tense is Tense.PAST and ahead > 0) or (tense is not Tense.FUTURE and ahead > MONTHS_AHEAD_LIMIT):
        year -= 1
    elif (tense is Tense.FUTURE and ahead < 0) or (tense is not Tense.PAST and ahead < behind_limit):
        year += 1
    return f"{year}-{month:02d}"


def _month(x: g.Month, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    if anchor is None:
        return _date(f"XXXX-{x.month:02d}")
    if x.year_shift is not None:
        return _date(f"{anchor.year + x.year_shift}-{x.month:02d}")
    ahead = x.month - anchor.month
    if x.direction in ("last", "past"):  # "last November": the latest one before the anchor
        return _date(f"{anchor.year - (ahead >= 0)}-{x.month:02d}")
    if x.direction in ("next", "coming"):
        return _date(f"{anchor.year + (ahead <= 0)}-{x.month:02d}")
    if x.direction == "this":
        return _date(f"{anchor.year}-{x.month:02d}")
    return _date(month_of_year(x.month, anchor, tense))


def _month_day(x: g.MonthDay, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    unknown = f"XXXX-{x.month:02d}-{x.day:02d}"
    if anchor is None:
        return _date(unknown)
    year = anchor.year
    try:
        candidate = date(year, x.month, x.day)
    except ValueError:
        return _date(unknown)
    slack = timedelta(days=SLACK_DAYS)
    if tense is Tense.PAST and candidate > anchor + slack:
        year -= 1
    elif tense is Tense.FUTURE and candidate < anchor - slack:
        year += 1
    elif (
        tense in (Tense.UNKNOWN, Tense.PRESENT, Tense.NEAREST)
        and (candidate - anchor).days > NEAREST_DAYS_AHEAD
    ):
        year -= 1
    elif tense is not Tense.PAST and (anchor - candidate).days > (
        NEAREST_DAYS_AHEAD if tense is Tense.NEAREST else LEAN_BACK_DAYS
    ):
        year += 1
    return _date(f"{year}-{x.month:02d}-{x.day:02d}")


def weekday_near(weekday: int, anchor: date, direction: str | None) -> str:
    """The weekday nearest the anchor: on or before it, or after it when looking ahead."""
    delta = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "future":
        return (anchor + timedelta(days=ahead)).isoformat()
    if direction == "next":
        return (anchor + timedelta(days=ahead or 7)).isoformat()
    if direction == "last":
        return (anchor - timedelta(days=delta or 7)).isoformat()
    if direction == "nearest" and ahead < delta:
        return (anchor + timedelta(days=ahead)).isoformat()
    return (anchor - timedelta(days=delta)).isoformat()


def _day_of_month(x: g.DayOfMonth, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    told = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", reference or "")
    if told and (
        anchor is None
        or (tense in (Tense.PAST, Tense.UNKNOWN) and told.group(0)[:7] < anchor.isoformat()[:7])
    ):  # told of a month gone: "In June, the plant shut; it reopened on the 14th" is June's
        year, month = int(told.group(1)), int(told.group(2))
    elif anchor is None:
        return _date(f"XXXX-XX-{x.day:02d}")
    else:
        shift = 0
        if tense is Tense.PAST and x.day > anchor.day:
            shift = -1
        elif tense is Tense.FUTURE and x.day < anchor.day:
            shift = 1
        year, month = shift_months(anchor, shift)
    try:
        return _date(date(year, month, x.day).isoformat())
    except ValueError:
        return _date(f"{year}-{month:02d}-XX")


def _weekday(x: g.Weekday, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    if anchor is None:
        return _date(f"XXXX-WXX-{x.weekday + 1}")
    if x.week is not None:  # "Friday next week": that day of the week named
        monday = anchor - timedelta(days=anchor.weekday())
        return _date((monday + timedelta(days=7 * x.week + x.weekday)).isoformat())
    direction = x.direction
    if direction is None and tense in (Tense.FUTURE, Tense.NEAREST):
        direction = tense.value
    elif direction is None and tense is Tense.PRESENT:
        direction = Tense.NEAREST.value
    return _date(weekday_near(x.weekday, anchor, direction))


FIRST_DAY_OF_THE_WEEKEND_AT_HAND = 4  # Friday (Monday 0)


def _weekend(x: g.Weekend, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    if anchor is None:
        return _date("XXXX-WXX-WE")
    # written on a Friday, Saturday or Sunday: the weekend at hand, whatever the tense (a
    # Friday report of the weekend before would say "last weekend"; "warned that more snow
    # was on the way over the weekend" is tomorrow's)
    over = anchor.weekday() >= FIRST_DAY_OF_THE_WEEKEND_AT_HAND
    early_in_week = anchor.weekday() <= 2  # up to Wednesday, "the weekend" is the one just past
    looking_back = tense is Tense.PAST or early_in_week
    back = 0 if tense is Tense.FUTURE or over or not looking_back else 7
    return _date(iso_week(anchor - timedelta(days=back)) + "-WE")


def _day_shift(x: g.DayShift, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    return _date((anchor + timedelta(days=x.days)).isoformat() if anchor else "XXXX-XX-XX")


def _period(x: g.Period, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    return _date(period(x.unit, x.offset, anchor))


# units shorter than a day: "an hour ago" is a time of the publication day (a TIME counted
# back from the publication time, when the article gives one: see dates._times_from_the_telling)
CLOCK_UNITS = frozenset({"second", "minute", "hour"})


def _shift(x: g.Shift, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    if anchor is None:
        return _date("PAST_REF" if x.offset < 0 else "FUTURE_REF")
    if x.unit in CLOCK_UNITS:
        return _date(anchor.isoformat())
    found = period(x.unit, x.offset, anchor)
    if found and found.startswith("-"):  # before year 1, "2,500 years ago": no year to write
        return _date("PAST_REF")
    return _date(found)


def _anchor_year(x: g.AnchorYear, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    return _date((str(anchor.year + x.offset) if anchor else "XXXX") + x.suffix)


# The month each season starts in (northern hemisphere, as TimeML's season codes assume).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# A season is still "this" season for the two months after the one it starts in.
SEASON_MONTHS = 3


def _season(x: g.Season, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    """A season without a year: this year's, last year's when told in the past and not yet
    begun, next year's when told in the future and already over."""
    if anchor is None:
        return _date(f"XXXX-{x.code}")
    start = SEASON_START[x.code]
    year = anchor.year
    if x.step < 0:  # "last spring" in November is this year's: the last one that is over
        return _date(f"{year if start + SEASON_MONTHS <= anchor.month else year - 1}-{x.code}")
    if x.step > 0:  # "next winter" in November is this year's: the next one to begin
        return _date(f"{year if start > anchor.month else year + 1}-{x.code}")
    if tense is Tense.PAST and start > anchor.month:
        year -= 1
    elif tense is Tense.FUTURE and start + SEASON_MONTHS <= anchor.month:
        year += 1
    return _date(f"{year}-{x.code}")


def _quarter(x: g.Quarter, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    if anchor is None:
        return _date(f"XXXX-Q{x.q}")
    if x.offset is not None:
        return _date(f"{anchor.year + x.offset}-Q{x.q}")
    # the anchor's own quarter is this year's even in the past tense: fiscal quarters end
    # before calendar ones
    year = anchor.year - 1 if x.q > quarter_of(anchor) and tense is not Tense.FUTURE else anchor.year
    return _date(f"{year}-Q{x.q}")


def _previous_quarter(
    x: g.PreviousQuarter, anchor: date | None, tense: Tense, reference: str | None
) -> Value:
    if anchor is None:
        return _date(None)
    q = quarter_of(anchor) - 1 or 4
    return _date(f"{anchor.year if q != 4 else anchor.year - 1}-Q{q}")


def _holiday(x: g.Holiday, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    if anchor is None:
        return _date(None)
    found = holiday_date(x.name, anchor.year)
    assert found is not None
    if x.relative == "last" or (x.relative is None and tense is Tense.PAST and found > anchor):
        found = holiday_date(x.name, anchor.year - 1)
    elif x.relative == "next" or (x.relative is None and tense is Tense.FUTURE and found < anchor):
        found = holiday_date(x.name, anchor.year + 1)
    elif x.relative is None and tense in (
        Tense.UNKNOWN,
        Tense.PRESENT,
    ):  # the nearest: "found on Thanksgiving Day" in April
        candidates = [holiday_date(x.name, anchor.year + k) for k in (-1, 0, 1)]
        found = min((c for c in candidates if c), key=lambda c: abs((c - anchor).days))
    return _date(found.isoformat() if found else None)


def _nth_weekday(x: g.NthWeekday, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    month = resolve(x.month, anchor, tense, reference).value or ""
    if not re.fullmatch(r"\d{4}-\d\d", month):
        return _date(f"{month}-XX" if re.fullmatch(r"XXXX-\d\d", month) else None)
    found = nth_weekday_of(int(month[:4]), int(month[5:]), x.weekday, x.nth)
    return _date(found.isoformat() if found else f"{month}-XX")


def _counted_day(x: g.CountedDay, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    return _date(anchor.isoformat() if anchor and tense is Tense.PRESENT else "XXXX-XX-XX")


def _at_clock(x: g.AtClock, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    day = resolve(x.day, anchor, tense, reference).value
    return Value("TIME", day + x.clock if day else None)


DAYS_IN = {"day": 1, "week": 7}


def _from_reference(unit: str, step: int, reference: str) -> str | None:
    """The period `step` units from the reference's, or None when the reference has no such unit."""
    days = step * DAYS_IN.get(unit, 0)
    if unit in DAYS_IN and re.fullmatch(r"\d{4}-\d{2}-\d{2}", reference):
        return (date.fromisoformat(reference) + timedelta(days=days)).isoformat()
    if unit == "day" and step == 0 and re.fullmatch(r"\d{4}(?:-\d{2})?", reference):
        # "that same day" after "in March": a day of that month (year), as TimeML writes it (2024-03-XX)
        return reference + "-XX" * (2 - reference.count("-"))
    if unit == "day" and re.fullmatch(r"XXXX-WXX-[1-7]", reference):
        return f"XXXX-WXX-{(int(reference[-1]) - 1 + days) % 7 + 1}"  # "two days earlier" than a Wednesday
    if unit == "iso_week" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", reference):
        return iso_week(date.fromisoformat(reference) + timedelta(weeks=step))  # "the following week"
    if unit == "iso_week" and re.fullmatch(r"\d{4}-W\d\d", reference):  # "the week before" a week told
        monday = date.fromisocalendar(int(reference[:4]), int(reference[6:]), 1)
        return iso_week(monday + timedelta(weeks=step))
    if unit == "year" and re.match(r"\d{4}", reference):
        return str(int(reference[:4]) + step)
    if unit in ("decade", "century") and re.match(r"\d{3}", reference):
        digits = 3 if unit == "decade" else 2  # TIMEX3 writes a decade 197, a century 19
        return f"{int(reference[:digits]) + step:0{digits}d}"
    if unit == "month" and re.match(r"\d{4}-\d{2}", reference):
        year, month = shift_months(date(int(reference[:4]), int(reference[5:7]), 1), step)
        return f"{year}-{month:02d}"
    if unit == "year_earlier" and re.match(r"\d{4}(?:-(?:[QH]\d|\d{2})|$)", reference):
        return shift_years(reference, step)  # "a year earlier" after a quarter: that quarter
    if unit == "quarter" and re.match(r"\d{4}-Q\d", reference):
        return shift_years(reference, step)
    if unit == "year_of" and re.match(r"\d{4}", reference):
        return reference[:4]  # "the full year" after the fourth quarter: that quarter's year
    if unit == "quarter_a_year_before" and re.match(r"\d{4}(?:-[QH]\d)?$", reference):
        return f"{int(reference[:4]) - 1}-Q{step}"  # "last year's fourth quarter"
    if unit == "quarter_of" and re.fullmatch(r"\d{4}-[QH]\d", reference):
        return f"{step}{reference[4:]}"  # "the 1988 quarter" after the third quarter: 1988-Q3
    return None


def _weekday_from(x: g.WeekdayFrom, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    if reference and re.fullmatch(r"\d{4}-\d{2}-\d{2}", reference):
        day = date.fromisoformat(reference)
        gap = ((x.weekday - day.weekday()) * x.step) % 7 or 7  # strictly after (or before) it
        return _date((day + timedelta(days=gap * x.step)).isoformat())
    return resolve(x.otherwise, anchor, tense, reference)


def _day_next_to(x: g.DayNextTo, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    found = resolve(x.day, anchor, tense, reference).value
    if found and re.fullmatch(r"\d{4}-\d{2}-\d{2}", found):
        return _date((date.fromisoformat(found) + timedelta(days=x.days)).isoformat())
    return _date("XXXX-XX-XX")


def _backref(x: g.Backref, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    found = _from_reference(x.unit, x.step, reference) if reference else None
    # a year after the publication's is a target, not the year reported: "aims to double its
    # stores by 2028 ... profit for the full year"
    if x.unit == "year_of" and found and anchor and int(found[:4]) > anchor.year:
        found = None
    return _date(found) if found else resolve(x.otherwise, anchor, tense, reference)


def _years_before(x: g.YearsBefore, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    found = resolve(x.period, anchor, tense, reference).value or ""
    week = re.fullmatch(r"(\d{4})-W(\d\d)", found)
    if week:  # the week holding the same day of the year, so many years back
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        year, month, day = monday.year - x.years, monday.month, monday.day
        leap_day = (month, day) == (2, 29) and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))
        return _date(iso_week(date(year, month, 28 if leap_day else day)))
    return _date(shift_years(found, -x.years) if found[:4].isdigit() else None)


def _period_of(x: g.PeriodOf, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    day = resolve(x.day, anchor, tense, reference).value or ""
    nearest = resolve(x.day, anchor, Tense.UNKNOWN, reference).value or ""
    if anchor and x.unit == "week" and re.fullmatch(r"\d{4}-\d\d-\d\d", nearest):
        if iso_week(date.fromisoformat(nearest)) == iso_week(anchor):
            day = nearest  # the week the story is told in, whatever the tense ("the shrine was full in Easter week", told in it)
    if x.unit == "month" and re.match(r"\d{4}-\d\d", day):
        return _date(day[:7])  # "the month of May"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        week = iso_week(date.fromisoformat(day))
        return _date(week + "-WE" if x.unit == "weekend" else week)
    return resolve(x.otherwise, anchor, tense, reference)


def _quarter_ended(x: g.QuarterEnded, anchor: date | None, tense: Tense, reference: str | None) -> Value:
    ended = resolve(x.day, anchor, Tense.PAST, None).value  # the period is over: the day is past
    if ended is None or not re.match(r"\d{4}-\d{2}", ended):
        return resolve(x.otherwise, anchor, tense, reference)
    q = x.q or (int(ended[5:7]) - 1) // 3 + 1
    return _date(f"{ended[:4]}-Q{q}")


_RESOLVERS: dict[type, Callable[[Any, date | None, Tense, str | None], Value]] = {
    g.Known: _known,
    g.Month: _month,
    g.MonthDay: _month_day,
    g.DayOfMonth: _day_of_month,
    g.Weekday: _weekday,
    g.Weekend: _weekend,
    g.DayShift: _day_shift,
    g.Period: _period,
    g.Shift: _shift,
    g.AnchorYear: _anchor_year,
    g.Season: _season,
    g.Quarter: _quarter,
    g.PreviousQuarter: _previous_quarter,
    g.Holiday: _holiday,
    g.NthWeekday: _nth_weekday,
    g.CountedDay: _counted_day,
    g.AtClock: _at_clock,
    g.Backref: _backref,
    g.WeekdayFrom: _weekday_from,
    g.DayNextTo: _day_next_to,
    g.PeriodOf: _period_of,
    g.YearsBefore: _years_before,
    g.QuarterEnded: _quarter_ended,
}


def normalise(
    text: str,
    anchor: date | None = None,
    tense: Tense | str | None = None,
    reference: str | None = None,
    *,
    day_first: bool = False,
) -> Value:
    """The TIMEX3 type and value of one temporal expression.

    Args:
        text: the expression as written ("last week", "Nov. 20", "three days").
        anchor: the publication date that relative expressions count from.
        tense: a `Tense` (or its name, "past"; None for unknown) from the governing verb.
        reference: the value of the date mentioned last before it, which "a year earlier"
            and "the quarter" refer back to.
        day_first: the article writes numeric dates day first ("03/04/2026" is 3 April).
    """
    return resolve(g.parse(text, day_first), anchor, Tense.of(tense), reference)
