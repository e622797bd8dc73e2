"""The grammar of temporal expressions: text -> an underspecified TIMEX, with no anchor.

As in HeidelTime, a rule says what an expression means without knowing when the article
was written: "Tuesday" is `Weekday(1)` ("the Tuesday nearest the anchor"), "November" is
`Month(11)` ("month 11 of a year the tense decides"), "the following day" is `Backref("day",
1)` ("the day after the date mentioned last"). One resolver (resolve.py) turns these into
values. Rules are tried in the order of `RULES`; the first that matches wins. A rule whose
meaning depends on the context (a back reference that may have nothing to refer to) carries
`otherwise`: what the rules after it make of the same words.

    >>> parse("last week")
    Period(unit='week', offset=-1)
    >>> parse("Nov. 20")
    MonthDay(month=11, day=20)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .timex import (
    DECADE_WORDS,
    HOLIDAYS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    REFERENCE_WORDS,
    SEASONS,
    SET_WORDS,
    UNITS,
    UNKNOWN_PERIOD,
    WEEKDAYS,
    duration,
    number,
)

# --- underspecified values ----------------------------------------------------------------


@dataclass(frozen=True)
class Known:
    """A value that needs no anchor: "1994", "three days", "every Monday", "the past"."""

    type: str
    value: str | None


@dataclass(frozen=True)
class Month:
    """Month `month` of a year: the tense decides, or `year_shift` years from the anchor's
    ("November last year"), or `direction` ("last November": last, past, next, coming, this)."""

    month: int
    year_shift: int | None = None
    direction: str | None = None


@dataclass(frozen=True)
class MonthDay:
    """Day `day` of month `month` of the year the tense decides: "Nov. 20"."""

    month: int
    day: int


@dataclass(frozen=True)
class Weekday:
    """A weekday (Monday 0) near the anchor; `direction` last/next/future, else the tense's."""

    weekday: int
    direction: str | None = None
    week: int | None = None  # the day of the week `week` weeks from the anchor's: "Friday next week"


@dataclass(frozen=True)
class NthWeekday:
    """The nth weekday of a month (-1: the last): "the first Sunday in May"."""

    weekday: int
    nth: int
    month: Timex


@dataclass(frozen=True)
class Weekend:
    """The weekend near the anchor, before or after it by tense."""


@dataclass(frozen=True)
class DayShift:
    """The day `days` after the anchor: today 0, yesterday -1."""

    days: int


@dataclass(frozen=True)
class Period:
    """The period of a unit `offset` units from the anchor's: "last week", "this year"."""

    unit: str
    offset: int


@dataclass(frozen=True)
class Shift:
    """A period `offset` units from the anchor, said as a distance: "three years ago"."""

    unit: str
    offset: int


@dataclass(frozen=True)
class AnchorYear:
    """The anchor's year, moved by `offset`, with a suffix: "spring" -> YEAR-SP, "week" -> YEAR-WXX."""

    suffix: str
    offset: int = 0


@dataclass(frozen=True)
class Season:
    """A season (TIMEX3 code SP, SU, FA, WI) of the year the tense decides: "in the spring";
    with `step` -1 the last one over before the anchor ("last spring"), 1 the next one to begin."""

    code: str
    step: int = 0


@dataclass(frozen=True)
class Quarter:
    """Quarter q of the year `offset` from the anchor's, or (offset None) of the tense's."""

    q: int
    offset: int | None = None


@dataclass(frozen=True)
class PreviousQuarter:
    """The last full quarter before the anchor: "the quarter" in a results story."""


@dataclass(frozen=True)
class Holiday:
    """A named holiday in the year the context points to; `relative` last/next/this."""

    name: str
    relative: str | None = None


@dataclass(frozen=True)
class DayOfMonth:
    """A day of the month named by its number alone, "on the 14th": of the month of the date
    told just before, else of the publication's month, or the month before (after) it when a
    past (future) verb puts the day on the other side of the publication day."""

    day: int


@dataclass(frozen=True)
class CountedDay:
    """ "the eighth day (of the strike)": today when told in the present ("today is the eighth
    day"), else a day the words do not place ("the first day of the trial", "said the first day
    of classes would be Aug. 27")."""


@dataclass(frozen=True)
class AtClock:
    """A clock time or part of day (`clock`, "T09:30", "TMO") on a day: a TIME."""

    day: Timex
    clock: str


@dataclass(frozen=True)
class Backref:
    """A period counted from the date mentioned last (the reference): "the following day"
    (day, 1), "that year" (year, 0), "a year earlier" (year_earlier), "the same quarter"
    (quarter, 0; the year-ago quarter -1), "the 1988 quarter" (quarter_of, 1988: the
    reporting period in that year). Without a fitting reference: `otherwise`."""

    unit: str
    step: int
    otherwise: Timex


@dataclass(frozen=True)
class WeekdayFrom:
    """The first `weekday` (Monday 0) after (`step` 1) or before (-1) the day mentioned last:
    "the following Monday", "the previous Friday". Without a day to count from: `otherwise`."""

    weekday: int
    step: int
    otherwise: Timex


@dataclass(frozen=True)
class DayNextTo:
    """The day `days` from the day an inner expression names: "the day before last Tuesday"."""

    days: int
    day: Timex


@dataclass(frozen=True)
class YearsBefore:
    """The period an inner expression names, `years` earlier: "50 years ago this week"."""

    years: int
    period: Timex


@dataclass(frozen=True)
class PeriodOf:
    """The week, weekend or month holding a day: "the week of March 6"."""

    unit: str
    day: Timex
    otherwise: Timex


@dataclass(frozen=True)
class QuarterEnded:
    """The quarter that ended on a day: "the quarter ended Sept. 30"; `q` when it is named."""

    q: int | None
    day: Timex
    otherwise: Timex


Timex = (
    Known
    | Month
    | MonthDay
    | DayOfMonth
    | Weekday
    | Weekend
    | DayShift
    | Period
    | Shift
    | AnchorYear
    | Season
    | Quarter
    | PreviousQuarter
    | Holiday
    | NthWeekday
    | CountedDay
    | AtClock
    | Backref
    | WeekdayFrom
    | DayNextTo
    | PeriodOf
    | YearsBefore
    | QuarterEnded
)


# --- the expression as the rules see it ---------------------------------------------------


@dataclass(frozen=True)
class Expression:
    """An expression as written (`text`), normalised (`t`), without a hedge (`bare`), and
    its clock time ("T09:30", "TMO") if it has one."""

    text: str
    t: str
    bare: str
    clock: str | None
    day_first: bool = False


_LEADING_WORDS = re.compile(r"^(?:the|this past|on|in|during|since|until|by|of|its|their|at(?! least))\s+")
# TimeML puts "early", "late", "the end of" in a MOD attribute: the value is the period's
_MODIFIER = re.compile(
    r"^(?:(?:earlier|later|early|late)\b|mid-?(?!day|night)|(?:pre|post)-(?=\d)"
    r"|(?:the )?(?:end|beginning|start|middle) of) ?(?=\w)"
)
_HEDGE = re.compile(
    r"^(?:almost|nearly|about|around|roughly|approximately|some|sometime|just|only|more than|less than|"
    r"at least|over|under) "
)


def expression(text: str, day_first: bool = False) -> Expression:
    """The normalised forms of an expression that the rules match against; `day_first` is the
    article's convention for numeric dates ("03/04/2026")."""
    t = text.lower().strip()
    t = re.sub(r"(?<!\d0)[\u2019']s$", "", t)  # "last year's"; not "the 2000's", a decade
    t = _LEADING_WORDS.sub("", t)
    t = re.sub(r"\s+", " ", t).strip(" ,.")
    t = re.sub(r"(?<=\d) (?:or (?:later|earlier|sooner)|and beyond)$", "", t)  # TimeML's mod, not the value
    t = re.sub(r"(?<=[a-z]) or so\b", "", t)  # "a week or so ago": APPROX, TimeML's mod
    t = re.sub(r"(?<=s) (?:or|and) (?:days|weeks|months|years|decades)$", "", t)  # "weeks or months"
    t = _spoken_days(_spoken_years(t))
    t = re.sub(r"^the ", "", _MODIFIER.sub("", t))
    if t == "may" and text.strip()[:1] == "M" and not text.strip().startswith("MAY"):
        t = "may_month"  # the month, not the verb
    return Expression(text, t, _HEDGE.sub("", t), time_of_day(t), day_first)


@lru_cache(maxsize=4096)
def parse(text: str, day_first: bool = False) -> Timex:
    """The underspecified TIMEX of one expression ("last week", "Nov. 20", "three days");
    `day_first`: numeric dates in the article put the day first."""
    return _parse_from(expression(text, day_first), 0)


def _parse_from(e: Expression, first: int) -> Timex:
    for k in range(first, len(RULES)):
        found = RULES[k](e, lambda k=k: _parse_from(e, k + 1))  # type: ignore[misc]
        if found is not None:
            return found
    return Known("TIME" if e.clock else "DATE", None)


Rest = Callable[[], Timex]  # what the rules after this one make of the expression


# --- shared patterns ----------------------------------------------------------------------

_UNIT_RE = (
    r"(second|minute|hour|day|night|fortnight|week|weekend|month|quarter|year|decade|century|centuries)s?"
)
_NUMBER_WORD = (
    # "three hundred", "two thousand": a count of hundreds or thousands, before the words it starts with
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty) )?(?:hundred|thousand)"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|a|an|single|couple|dozen|half"
)
# a figure, with thousands separators ("1,000"), never the tail of one ("000" of "1,000")
FIGURE = r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
NUM_RE = rf"({FIGURE}|{_NUMBER_WORD})"
EXTENSION = r"(?:more|additional|extra|further|full|straight|consecutive|successive)"  # "six straight weeks"
UNIT_RE = _UNIT_RE
NUMBER_WORD = _NUMBER_WORD
VAGUE = {"few", "several", "some", "many", "couple of", "number of", "recent", "coming", "past"}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_OFFSETS = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "this": 0,
    "current": 0,
    "next": 1,
    "coming": 1,
    "following": 1,
}
_STEPS = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}


def unit(word: str) -> str:
    """The singular unit of a unit word ("centuries" -> "century", "days" -> "day")."""
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


# --- rules, in the order they are tried ---------------------------------------------------


def _may(e: Expression, rest: Rest) -> Timex | None:
    return Month(5) if e.t == "may_month" else None


def _period_of(e: Expression, rest: Rest) -> Timex | None:
    """ "the week of March 6": the period that holds the day."""
    m = re.fullmatch(r"(week|weekend|month) of (.+)", e.t)
    if not m:
        return None
    inner = re.split(r"\bof\s+", e.text, maxsplit=1, flags=re.I)[-1]  # as written: "May" is a month
    return PeriodOf(m.group(1), parse(inner), rest())


def _weekend(e: Expression, rest: Rest) -> Timex | None:
    return Weekend() if e.t == "weekend" else None


_PERIOD_ENDED = re.compile(
    r"(?:(?:fiscal-)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ])?(?:fiscal[- ])?"
    r"(quarter|year|half|(\w+) months) (?:that )?(?:ended|ending|through) (.+)"
)
_THIS_YEAR = re.compile(
    r"(?:in )?(?:the )?(?:full |current |calendar |fiscal |current fiscal )?year(?:[- ]end|'s end)?"
)


def _period_ended(e: Expression, rest: Rest) -> Timex | None:
    """Reporting periods: "the quarter ended Sept. 30", "the nine months ended June 30"."""
    m = _PERIOD_ENDED.fullmatch(e.t)
    if not m:
        return None
    period, months = m.group(2), m.group(3)
    if period == "year":
        return Known("DURATION", "P1Y")
    if months is not None:
        n = number(months)
        return Known("DURATION", duration(n, "month")) if n else None
    if period == "half":
        return Known("DURATION", "P6M")
    q = ORDINALS[m.group(1)] if m.group(1) else None
    return QuarterEnded(q, parse(m.group(4)), rest())


# "the full year", "the fiscal year" in a results story: the year of the period reported
_REPORTED_YEAR = re.compile(r"(?:the )?(?:full|fiscal|full fiscal)[- ]year")


def _this_year(e: Expression, rest: Rest) -> Timex | None:
    if _REPORTED_YEAR.fullmatch(e.t):
        return Backref("year_of", 0, Period("year", 0))
    return Period("year", 0) if _THIS_YEAR.fullmatch(e.t) else None


_SAME_DAY = re.compile(r"(?:that|same|that same) day|(next|following|previous) day|day (before|after)")
_SAME_PERIOD = re.compile(
    r"(?:that|(?:the |that )?same|(following|previous|preceding)) (year|month|week)"
    r"|(?:a |the )?(year|month|week) (before|after)"
)
_PART_OF_THAT_DAY = re.compile(
    r"(?:(?:later|earlier) )?(?:that|(?:the |that )?same|(next|following|previous)) (morning|afternoon|evening|night)"
)
_LATER_IN_THE = re.compile(r"(?:later|earlier) in the (week|month|year)")
# "the following decade" after "in 1967": the 1970s, counted from the year told (TimeML)
_DECADE_FROM = re.compile(r"(following|previous|preceding) (decade|century)|(decade|century) (before|after)")
_WEEKDAY_FROM = re.compile(r"(following|previous|preceding) (" + "|".join(WEEKDAYS) + ")")
_DAY_NEXT_TO = re.compile(r"(day|week) (before|after) (.+)")


def _back_to_the_reference(e: Expression, rest: Rest) -> Timex | None:
    """ "that day", "the following month", "the year before", "the next morning", "the previous
    Friday", "the following week", "the day before last Tuesday": from the date mentioned last."""
    day = _SAME_DAY.fullmatch(e.t)
    if day:
        return Backref("day", _STEPS.get(day.group(1) or day.group(2) or "", 0), _unplaced("day", rest()))
    m = _SAME_PERIOD.fullmatch(e.t)
    if m:
        step = _STEPS.get(m.group(1) or m.group(4) or "", 0)
        unit_ = m.group(2) or m.group(3)
        return Backref("iso_week" if unit_ == "week" else unit_, step, _unplaced(unit_, rest()))
    m = _LATER_IN_THE.fullmatch(e.text.lower().strip(" ,."))
    if m:  # "later in the week": the week of the day just told, else the publication's
        return Backref("iso_week" if m.group(1) == "week" else m.group(1), 0, Period(m.group(1), 0))
    m = _DECADE_FROM.fullmatch(e.t)
    if m:
        step = _STEPS[m.group(1) or m.group(4)]
        return Backref(m.group(2) or m.group(3), step, rest())
    m = _PART_OF_THAT_DAY.fullmatch(e.t)
    if m:  # "the next morning": that day's part, a day on
        step = _STEPS.get(m.group(1) or "", 0)
        return AtClock(Backref("day", step, DayShift(step)), "T" + PARTS_OF_DAY[m.group(2)])
    m = _WEEKDAY_FROM.fullmatch(e.t)
    if m:
        weekday, step = WEEKDAYS[m.group(2)], _STEPS[m.group(1)]
        return WeekdayFrom(weekday, step, Weekday(weekday, "next" if step > 0 else "last"))
    m = _DAY_NEXT_TO.fullmatch(e.t)
    if m:  # "the day before last Tuesday's hearing": the day next to the day the rest names;
        # "the week after Easter": the week of the day seven on
        inner = parse(e.text[e.text.lower().rindex(m.group(3)) :], e.day_first)
        if not isinstance(inner, Known):
            step = 1 if m.group(2) == "after" else -1
            if m.group(1) == "week":
                return PeriodOf("week", DayNextTo(7 * step, inner), Known("DATE", "XXXX-WXX"))
            return DayNextTo(step, inner)
    return None


def _unplaced(unit_: str, otherwise: Timex) -> Timex:
    """What a back reference with nothing to refer to is: what the other rules make of it, or
    a day (month, year) the words do not place ("that same day" opening a story)."""
    if isinstance(otherwise, Known) and otherwise.value is None:
        return Known("DATE", UNKNOWN_PERIOD[unit_])
    return otherwise


def _vague_references(e: Expression, rest: Rest) -> Timex | None:
    """ "recent weeks", "the next few days", "years" (a stretch of unknown length); "a year earlier"."""
    m = re.fullmatch(
        r"(?:(?:in )?recent|(?:last|past|next|coming|upcoming)(?: few| several)?|early|the)? ?"
        r"(second|minute|hour|day|week|month|quarter|year|decade)s(?: ahead| to come)?",
        e.t,
    )
    if m:
        return Known("DURATION", duration(None, m.group(1)))
    m = re.fullmatch(
        r"(?:many |several |tens of )?(?:dozens|hundreds|thousands|millions) of " + _UNIT_RE, e.t
    )
    if m:  # "thousands of years": a stretch of unknown length
        return Known("DURATION", duration(None, unit(m.group(1))))
    if re.fullmatch(r"(?:in )?recent times", e.t):
        return Known("DATE", "PAST_REF")
    if re.fullmatch(r"(?:a|one) year (?:earlier|ago|before)|year-(?:earlier|ago)(?: \w+)?|year-before", e.t):
        return Backref("year_earlier", -1, Period("year", -1))
    return None


_ORDINAL_QUARTER = re.compile(
    r"(?:(this|last|next) year's |(\d{4}) |fiscal )?(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th)"
    r"[- ]quarter(?: of (?:fiscal )?(\d{4})| of (this|last|next) year)?"
)
# "the final quarter of 2025", "the opening half of next year": the end (start) of a named
# year; alone, "the last quarter" is the one before this, and "the final quarter" a game's
_END_PERIOD_OF_A_YEAR = re.compile(
    r"(final|last|closing|opening) (quarter|half) of (?:(\d{4})|(this|last|next) year)"
)
_END_ORDINALS = {"final": 0, "last": 0, "closing": 0, "opening": 1}
_YEAR_OFFSETS = {"this": 0, "last": -1, "next": 1}
_HALF_CODE = re.compile(r"(?:h([12])|([12])h)(?:[ /]?(?:fy)?(\d{4}|\d{2}))?")
_QUARTER_CODE = re.compile(
    r"(?:(?:fy|fiscal )?(\d{4}) )?q([1-4])(?:[ /]?(?:fy)?(\d{4}|\d{2}\b)| of (this|last|next) year)?"
)
# "the same period last year", "the corresponding quarter a year ago": the reporting period's match
_PERIOD_LAST_YEAR = re.compile(
    r"(?:same|corresponding|comparable|year-ago|year-earlier) (?:quarter|period)"
    r"(?: of)? (?:last year|a year (?:ago|earlier)|the (?:previous|prior) year)"
)


def _quarters(e: Expression, rest: Rest) -> Timex | None:
    """Quarters and halves as financial news writes them."""
    m = _END_PERIOD_OF_A_YEAR.fullmatch(e.t)
    if m:
        code = ("Q" if m.group(2) == "quarter" else "H") + str(
            _END_ORDINALS[m.group(1)] or (4 if m.group(2) == "quarter" else 2)
        )
        if m.group(3):
            return Known("DATE", f"{m.group(3)}-{code}")
        return AnchorYear(f"-{code}", _YEAR_OFFSETS[m.group(4)])
    m = _ORDINAL_QUARTER.fullmatch(e.t)
    if m:
        q = ORDINALS[m.group(3)]
        year, relative = m.group(2) or m.group(4), m.group(1) or m.group(5)
        if year is not None:
            return Known("DATE", f"{year}-Q{q}")
        if relative == "last" and m.group(1):  # "last year's fourth quarter": the year-ago one
            return Backref("quarter_a_year_before", q, Quarter(q, -1))
        return Quarter(q, _YEAR_OFFSETS[relative] if relative else None)
    m = _QUARTER_CODE.fullmatch(e.t)
    if m:  # "Q3", "Q3 2025", "2025 Q3", "Q3 of this year": the code business copy writes
        q, year = int(m.group(2)), m.group(1) or m.group(3)
        relative = m.group(4)
        if year:
            return Known("DATE", f"{full_year(year)}-Q{q}")
        return Quarter(q, _YEAR_OFFSETS[relative] if relative else None)
    m = _HALF_CODE.fullmatch(e.t)
    if m:  # "H1 2026", "2H25": the half-year as business copy codes it
        half, year = m.group(1) or m.group(2), m.group(3)
        return Known("DATE", f"{full_year(year)}-H{half}") if year else AnchorYear(f"-H{half}")
    if e.t == "current quarter":
        return Period("quarter", 0)
    if e.t == "this quarter":  # "this quarter's loss" in a results story: the quarter reported
        return Backref("quarter", 0, Period("quarter", 0))
    m = re.fullmatch(
        r"(?:latest |most recent |current |same |(year-ago |year-earlier |last year's ))?(?:quarter|period)",
        e.t,
    ) or _PERIOD_LAST_YEAR.fullmatch(e.t)
    if m:
        if m.re is _PERIOD_LAST_YEAR:
            return Backref("quarter", -1, Period("year", -1))
        if m.group(1):  # "the year-ago quarter" with no quarter reported before it
            return Backref("quarter", -1, Period("year", -1))
        otherwise = PreviousQuarter() if e.t.endswith("quarter") else rest()
        return Backref("quarter", 0, otherwise)
    m = re.fullmatch(r"(\d{4}) (?:quarter|period)", e.t)
    if m:  # "the 1988 quarter": the reporting period, in 1988
        return Backref("quarter_of", int(m.group(1)), Known("DATE", m.group(1)))
    m = re.fullmatch(
        r"(?:(this|last|next) year's )?(?:the )?(first|second|1st|2nd|last) (?:half|two quarters)"
        r"(?: of (\d{4})| of (this|last|next) year)?",
        e.bare,
    )
    if m:  # "the second half of next year", "last year's first half"
        half = 1 if m.group(2) in ("first", "1st") else 2
        if m.group(3):
            return Known("DATE", f"{m.group(3)}-H{half}")
        return AnchorYear(f"-H{half}", _YEAR_OFFSETS[m.group(1) or m.group(4) or "this"])
    return None


_CENTURY_ORDINALS = "|".join(
    sorted((w for w, n in ORDINALS.items() if w.isalpha() or "-" in w), key=len)[::-1]
)


# "the late 19th (and early 20th centuries)": a modified ordinal from 10th to 21st is a century
_CENTURY_MOD = re.compile(r"(?:early|late|mid)[- ]")


def _decades_and_centuries(e: Expression, rest: Rest) -> Timex | None:
    """ "the 1990s", "the '80s", "the sixties", "the 19th century" (TIMEX3 writes 18)."""
    t = e.t
    m = re.fullmatch(
        r"(?:(?:early|mid|late|last half of|first half of)[- ]?)?(?:the )?(\d{3})0[\u2019']?s", t
    )
    if m:
        return Known("DATE", m.group(1))
    m = re.fullmatch(r"(?:(?:early|mid|late|last half of|first half of)[- ]?)?(?:the )?'(\d)0s", t)
    if m:
        return Known("DATE", "19" + m.group(1))
    m = re.fullmatch(r"(?:(?:early|mid|late)[- ]?)?(?:the )?(" + "|".join(DECADE_WORDS) + ")", t)
    if m:
        return Known("DATE", f"19{DECADE_WORDS[m.group(1)]}")
    m = (
        re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)(?: century| centuries|-century)", t)
        or re.fullmatch(rf"(?:the )?({_CENTURY_ORDINALS})(?: century| centuries|-century)", t)
        or re.fullmatch(
            r"(?:the )?(1\d|2[01])(?:st|nd|rd|th)",
            e.t if _CENTURY_MOD.match(e.text.lower().lstrip("the ")) else "",
        )
    )
    if m:
        word = m.group(1)
        n = int(word) if word.isdigit() else ORDINALS[word]
        return Known("DATE", f"{n - 1:02d}")
    if t in ("centuries", "the centuries"):
        return Known("DURATION", "PXC")
    return None


_PART_OF_DAY = re.compile(
    r"(?:later |earlier |early |late |mid-?\s?)?(this |last |yesterday |tomorrow )?"
    r"(morning|afternoon|evening|night|overnight)( yesterday| today| tomorrow)?"
)


def _parts_of_day(e: Expression, rest: Rest) -> Timex | None:
    """ "last night", "later this afternoon", "mid-afternoon yesterday", "overnight"."""
    t = e.t
    m = _PART_OF_DAY.fullmatch(t)
    if (
        not m
        or t.startswith("midnight")
        or (
            m.group(1) is None
            and m.group(3) is None
            and not t.startswith(("later", "earlier", "mid", "overnight"))
        )
    ):
        return None
    day_word = (m.group(1) or m.group(3) or "").strip()
    offset = {"last": -1 if m.group(2) == "night" else 0, "yesterday": -1, "tomorrow": 1}.get(day_word, 0)
    return AtClock(DayShift(offset), "T" + PARTS_OF_DAY[m.group(2)])


def _holidays(e: Expression, rest: Rest) -> Timex | None:
    """Christmas, Thanksgiving, Election Day ... ("last Thanksgiving", "Christmas 1999", "Easter week")."""
    from .timex import holiday_date

    m = re.fullmatch(r"(?:(last|next|this) )?(.+?)(?: (\d{4}))?( week)?", e.t)
    if not m or m.group(2) not in HOLIDAYS:
        return None
    if m.group(3):
        day: Timex = Known("DATE", holiday_date(m.group(2), int(m.group(3))).isoformat())  # type: ignore[union-attr]
    else:
        day = Holiday(m.group(2), m.group(1))
    return PeriodOf("week", day, Known("DATE", None)) if m.group(4) else day  # "Easter week": its week


_REFERENCES = {"past": "PAST_REF", "recent past": "PAST_REF"} | {
    w: "FUTURE_REF" for w in ("future", "near future", "coming years", "a later date", "a later time")
}


def _words(e: Expression, rest: Rest) -> Timex | None:
    """Single words and fixed phrases: "now", "recently", "annually", "the future"."""
    if e.t in REFERENCE_WORDS:
        return Known("DATE", REFERENCE_WORDS[e.t])
    if e.t in SET_WORDS:
        return Known("SET", SET_WORDS[e.t])
    if e.t in _REFERENCES:
        return Known("DATE", _REFERENCES[e.t])
    return None


_EVERY_PART_OF_DAY = re.compile(r"(?:every|each)\s+(?:(\w+)\s+)?(\w+)")
_WEEKDAYS_PLURAL = re.compile("(" + "|".join(WEEKDAYS) + r")(?:s|(?: (morning|afternoon|evening|night)s))")


def _sets(e: Expression, rest: Rest) -> Timex | None:
    """ "every Monday", "each year", "a week"; "every evening" (XXXX-XX-XXTEV), "each Sunday
    morning" (XXXX-WXX-7TMO): a part of day that recurs is a SET, not one day's (TimeML)."""
    m = _EVERY_PART_OF_DAY.fullmatch(e.t)
    if m and m.group(2) in PARTS_OF_DAY and (m.group(1) is None or m.group(1) in WEEKDAYS):
        day = f"XXXX-WXX-{WEEKDAYS[m.group(1)] + 1}" if m.group(1) else "XXXX-XX-XX"
        return Known("SET", f"{day}T{PARTS_OF_DAY[m.group(2)]}")
    m = _WEEKDAYS_PLURAL.fullmatch(e.t)
    if m:  # "on Saturdays", "Tuesday nights": the weekday (and part of day) that recurs
        part = "T" + PARTS_OF_DAY[m.group(2)] if m.group(2) else ""
        return Known("SET", f"XXXX-WXX-{WEEKDAYS[m.group(1)] + 1}{part}")
    if e.t in _DAYS_OF_A_KIND:  # "on weekdays", "every weekend": TIMEX3's WD and WE of any week
        return Known("SET", f"XXXX-WXX-{_DAYS_OF_A_KIND[e.t]}")
    m = re.fullmatch(r"(?:every|each|per|a)\s+(\w+)", e.t)
    if not m:
        return _every_stretch(e)
    word = m.group(1)
    if word in WEEKDAYS:
        return Known("SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}")
    if word == "weekend" and m.group(0).startswith(("every", "each")):
        return Known("SET", "XXXX-WXX-WE")  # the weekend that recurs, as "every Monday" is a weekday
    if word in MONTHS and m.group(0).startswith(("every", "each")):
        return Known("SET", f"XXXX-{MONTHS[word]:02d}")  # "every April"
    if unit(word) in UNITS:
        return Known("SET", duration(1, unit(word)))
    return None


_DAYS_OF_A_KIND = {
    "weekdays": "WD",
    "every weekday": "WD",
    "each weekday": "WD",
    "weekends": "WE",
    "at weekends": "WE",
}


def _nothing() -> Timex:
    return Known("DATE", None)


def _every_stretch(e: Expression) -> Timex | None:
    """ "every 20 minutes", "every few centuries": a SET whose value is the stretch (TimeML)."""
    m = re.fullmatch(r"(?:every|each) (.+)", e.t)
    stretch = _durations(expression(e.text[e.text.lower().rindex(m.group(1)) :]), _nothing) if m else None
    return Known("SET", stretch.value) if isinstance(stretch, Known) and stretch.value else None


_FREQUENCY = re.compile(r"(?:once|twice|thrice|\w+ times) (?:a|an|per|every|each) (\w+)")


def _frequencies(e: Expression, rest: Rest) -> Timex | None:
    """ "twice a day", "three times a week": a SET of the unit (TimeML puts the count in FREQ)."""
    m = _FREQUENCY.fullmatch(e.t)
    if m and unit(m.group(1)) in UNITS:
        return Known("SET", duration(1, unit(m.group(1))))
    return None


def _seasons(e: Expression, rest: Rest) -> Timex | None:
    """A season without a modifier, or of a year: "the winter of 1994"; one that recurs ("every
    summer", "the past three summers", "winters") is a SET, as a weekday in the plural is."""
    for word, code in SEASONS.items():
        m = re.fullmatch(rf"(?:early |late |mid-?)?{word}(?: of)?(?: (\d{{4}}))?", e.t)
        if m:
            return Known("DATE", f"{m.group(1)}-{code}") if m.group(1) else Season(code)
        plural = word != "fall" and re.fullmatch(rf"(?:(?:past|last|next|coming) (?:\w+ )?)?{word}s", e.t)
        if plural or re.fullmatch(rf"(?:every|each) {word}", e.t):  # "falls" are waterfalls
            return Known("SET", f"XXXX-{code}")
    return None


_IN_A_NAMED_YEAR = re.compile(r"(.+?),? (last|next|this) year")


def _calendar_dates(e: Expression, rest: Rest) -> Timex | None:
    """A calendar date written out, with its clock time if any: "Nov. 20, 2012 at 9 a.m.";
    a day or month of a year named from the anchor: "30 April last year"."""
    m = _IN_A_NAMED_YEAR.fullmatch(e.t)
    inner = parse(m.group(1), e.day_first) if m else None
    if m and isinstance(inner, MonthDay):  # ("November last year" is a Month's year_shift)
        return AnchorYear(f"-{inner.month:02d}-{inner.day:02d}", _YEAR_OFFSETS[m.group(2)])
    found = absolute(e.t, e.day_first)
    if found is None:
        return None
    return AtClock(found, e.clock) if e.clock else found


_RELATIVE_DAYS = (("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1))


def _relative_days(e: Expression, rest: Rest) -> Timex | None:
    """ "today", "tonight", "yesterday at 3 p.m.", "tomorrow"."""
    for word, offset in _RELATIVE_DAYS:
        if re.search(rf"\b{word}\b", e.t):
            if e.clock:
                return AtClock(DayShift(offset), e.clock)
            if word == "tonight":
                return AtClock(DayShift(0), "TNI")
            return DayShift(offset)
    return None


_WEEKDAY_RE = re.compile(r"\b(last|next|this|coming|past)?\s*(" + "|".join(WEEKDAYS) + r")\b\.?")
_WEEKDAY_DIRECTIONS = {"last": "last", "past": "last", "next": "next", "coming": "future"}


_NTH_WEEKDAY = re.compile(
    r"(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th) (" + "|".join(WEEKDAYS) + r") (?:in|of) (.+)"
)


def _nth_weekdays(e: Expression, rest: Rest) -> Timex | None:
    """ "the first Sunday in May", "the last Friday of November 2024": the nth such day of the month."""
    m = _NTH_WEEKDAY.fullmatch(e.t)
    if not m:
        return None
    month = Month(5) if m.group(3) in ("may", "may_month") else _month(m.group(3))
    if not isinstance(month, (Month, Known)):
        return None
    nth = -1 if m.group(1) == "last" else ORDINALS[m.group(1)]
    return NthWeekday(WEEKDAYS[m.group(2)], nth, month)


_WEEKS_FROM_THIS = {"last": -1, "past": -1, "this": 0, "next": 1}
_WEEKDAY_OF_A_WEEK = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\.?,? (?:of )?(last|past|this|next) week\b")


def _weekdays(e: Expression, rest: Rest) -> Timex | None:
    """ "Tuesday", "last Friday", "next Monday at noon"; "Friday next week", "Monday of last
    week": that day of the week named."""
    m = _WEEKDAY_RE.search(e.t)
    if not m:
        return None
    of_a_week = _WEEKDAY_OF_A_WEEK.search(e.t)
    if of_a_week:
        day = Weekday(WEEKDAYS[of_a_week.group(1)], week=_WEEKS_FROM_THIS[of_a_week.group(2)])
        return AtClock(day, e.clock) if e.clock else day
    day = Weekday(WEEKDAYS[m.group(2)], _WEEKDAY_DIRECTIONS.get(m.group(1) or ""))
    return AtClock(day, e.clock) if e.clock else day


def _clock_times(e: Expression, rest: Rest) -> Timex | None:
    """A clock time or part of day with no day: the anchor's ("this morning", "10:30 a.m.")."""
    if not e.clock:
        return None
    if re.fullmatch(r"(?:this |early |late )?(?:morning|afternoon|evening|night)", e.t) or (
        re.search(r"\d", e.t) or e.t in ("noon", "midday", "midnight") or SPOKEN_CLOCK.fullmatch(e.t)
    ):
        return AtClock(DayShift(0), e.clock)
    return None


_DISTANCE = re.compile(
    NUM_RE + r"\s+" + _UNIT_RE + r"(?: or so| or more)?\s+(ago|earlier|before|later|from now|hence)"
)
_VAGUE_DISTANCE = re.compile(
    r"(?:a few|a couple of|several|few|many|some) " + _UNIT_RE + r" (ago|earlier|before|later|from now)"
)
_BACKWARDS = ("ago", "earlier", "before")
# a distance said with these counts from the event just mentioned, "ago" from the publication
_FROM_AN_EVENT = ("earlier", "before", "later")


def counts_from_an_event(text: str) -> bool:
    """ "two days earlier", "three weeks later": a distance from the date mentioned just before."""
    m = _DISTANCE.fullmatch(expression(text).bare)
    return m is not None and m.group(3) in _FROM_AN_EVENT


def is_distance(text: str) -> bool:
    """Whether an expression is a distance from a time, "two months ago", "some weeks later"."""
    bare = expression(text).bare
    return bool(_DISTANCE.fullmatch(bare) or _VAGUE_DISTANCE.fullmatch(bare))


_ANNIVERSARY = re.compile(
    NUM_RE
    + r" (year|decade|century|centuries)s? ago,? ((?:this|last|next) (?:week|month|year)|today|yesterday)"
)
_YEARS_IN = {"year": 1, "decade": 10, "century": 100, "centuries": 100}


def _anniversaries(e: Expression, rest: Rest) -> Timex | None:
    """ "fifty years ago this week", "30 years ago last month": that period, so many years back."""
    m = _ANNIVERSARY.fullmatch(e.bare)
    n = number(m.group(1)) if m else None
    if not m or n is None or n != int(n):
        return None
    return YearsBefore(int(n) * _YEARS_IN[m.group(2)], parse(m.group(3)))


def _distances(e: Expression, rest: Rest) -> Timex | None:
    """ "three years ago", "two days later" (a duration, from an event), "several weeks ago"."""
    m = _DISTANCE.fullmatch(e.bare)
    if m:
        n, unit_ = number(m.group(1)), unit(m.group(2))
        backwards = m.group(3) in _BACKWARDS
        whole = n is not None and n == int(n)
        if m.group(3) == "later":
            otherwise: Timex = Known("DURATION", duration(n, unit_))
        elif whole:
            otherwise = Shift(unit_, -int(n) if backwards else int(n))  # type: ignore[arg-type]
        else:
            return Known("DATE", "PAST_REF" if backwards else "FUTURE_REF")
        if whole and m.group(3) in _FROM_AN_EVENT:  # "two days earlier": from the date just mentioned
            return Backref(unit_, -int(n) if backwards else int(n), otherwise)  # type: ignore[arg-type]
        return otherwise
    m = _VAGUE_DISTANCE.fullmatch(e.bare)
    if m and m.group(2) == "later":
        return Known("DURATION", duration(None, unit(m.group(1))))
    if m:
        return Known("DATE", "PAST_REF" if m.group(2) in _BACKWARDS else "FUTURE_REF")
    return None


def _relative_periods(e: Expression, rest: Rest) -> Timex | None:
    """ "last week", "this spring", "next quarter"; "the past year" is a duration."""
    m = re.fullmatch(r"(last|past|previous|this|current|next|coming|following)\s+(\w+)", e.bare)
    if not m:
        return None
    offset, word = _OFFSETS[m.group(1)], m.group(2)
    if word in SEASONS:
        return Season(SEASONS[word], offset) if offset else AnchorYear(f"-{SEASONS[word]}", offset)
    if unit(word) in UNITS and m.group(1) != "past" and unit(word) not in _NO_CALENDAR_PERIOD | _CLOCK_UNITS:
        return Period(unit(word), offset)
    if unit(word) in UNITS:
        return Known("DURATION", duration(1, unit(word)))  # "the past year", "the last fortnight"
    return None


# units no calendar divides time into: "last fortnight" is the two weeks just gone, a stretch
_NO_CALENDAR_PERIOD = frozenset({"fortnight"})
# units no news calendar names: "the last hour" (of trading) is the stretch just gone, PT1H
_CLOCK_UNITS = frozenset({"second", "minute", "hour"})


_DURATION = re.compile(
    r"(?:(?:past|last|next|coming|first|final|previous)\s+)?"
    r"(a few|a couple of|couple of|several|few|many|some|recent|" + NUM_RE[1:-1] + r")"
    r"(\s+1/2|\s+and a half)?[\s-]+(?:"
    + EXTENSION
    + r"\s+)?(?:(?:trading|business|working|school)\s+)?"
    + _UNIT_RE
    + r"(\s+and a half)?\b"
)


# a range of counts of one unit: "two to three weeks", "between two to six days", "5-7 years"
_DURATION_RANGE = re.compile(r"(?:between )?" + NUM_RE + r" ?(?:to|or|-|\u2013) ?" + NUM_RE + r" " + _UNIT_RE)


def _durations(e: Expression, rest: Rest) -> Timex | None:
    """ "three days", "two-year", "the past 18 months", "a few weeks", "an hour and a half"."""
    m = re.fullmatch(r"half an? " + _UNIT_RE, e.bare)
    if m:
        return Known("DURATION", duration(0.5, unit(m.group(1))))
    m = _DURATION_RANGE.fullmatch(e.bare)
    low, high = (number(m.group(1)), number(m.group(2))) if m else (None, None)
    if m and low is not None and high is not None and low < high:
        # "two to three weeks": the first count, as HeidelTime; a range rises, so "twenty-four
        # hours" is one count
        return Known("DURATION", duration(low, unit(m.group(3))))
    m = _DURATION.search(e.bare)
    if m:
        word = m.group(1)
        half = 0.5 if m.group(2) or m.group(4) else 0.0  # "2 1/2 years", "an hour and a half"
        vague = word in VAGUE or word.startswith(("a few", "a couple")) or "few" in word
        n = None if vague else number(word)
        if n is None and word in ("a couple of", "couple of"):
            n = 2  # "the next couple of years": two, as "a couple of years"
        return Known("DURATION", duration(n + half if n is not None else None, unit(m.group(3))))
    m = re.fullmatch(r"(?:a|an|one|another)\s+(?:" + EXTENSION + r"\s+)?" + _UNIT_RE, e.bare)
    if m:
        return Known("DURATION", duration(1, unit(m.group(1))))
    return None


def _stretch_adjectives(e: Expression, rest: Rest) -> Timex | None:
    """ "day-long", "a two-week-long strike", "decades-long": a stretch made an adjective."""
    m = re.fullmatch(r"(?:(\S+)-)?" + _UNIT_RE + r"-long", e.bare)
    if not m:
        return None
    n = number(m.group(1)) if m.group(1) else None if e.bare.split("-long")[0].endswith("s") else 1
    return Known("DURATION", duration(n, unit(m.group(2))))


def _seasons_played(e: Expression, rest: Rest) -> Timex | None:
    """ "nine seasons", "two more seasons": seasons of a sport or a show, one a year, so a
    stretch of as many years (the weather's seasons are named: "the past three summers")."""
    m = re.fullmatch(NUM_RE + r"(?: " + EXTENSION + r")? seasons", e.bare)
    n = number(m.group(1)) if m else None
    return Known("DURATION", duration(n, "year")) if n is not None and n > 1 else None


def _bare_decades(e: Expression, rest: Rest) -> Timex | None:
    """ "200s" (a decade of the third century), "90s" (the 1990s)."""
    m = re.fullmatch(r"(\d{2,3})0s", e.bare)
    if m:
        return Known("DATE", m.group(1))
    m = re.fullmatch(r"'?(\d0)s", e.bare)
    return Known("DATE", "19" + m.group(1)[0]) if m else None


def _unnamed_days(e: Expression, rest: Rest) -> Timex | None:
    """ "the first day (of classes)", "the final day": a day the words do not place."""
    m = re.fullmatch(r"(\w+) day", e.bare)
    if m and (m.group(1) in ORDINALS or m.group(1) in ("last", "final", "opening", "closing")):
        return CountedDay()
    return None


def _days_of_the_month(e: Expression, rest: Rest) -> Timex | None:
    """ "the 14th", "the 3rd": a day of a month the words leave to the context."""
    m = re.fullmatch(r"([1-9]|[12]\d|3[01])(?:st|nd|rd|th)", e.bare)
    return DayOfMonth(int(m.group(1))) if m else None


def _bare_units(e: Expression, rest: Rest) -> Timex | None:
    """ "by the end of the month" (this month), "for the week" (a week, not which), "the day"."""
    if e.bare == "month":
        return Period("month", 0)
    if e.bare == "week":
        return AnchorYear("-WXX")
    if e.bare in ("day", "the day"):
        return DayShift(0)
    return None


RULES: tuple[Callable[[Expression, Rest], Timex | None], ...] = (
    _may,
    _period_of,
    _weekend,
    _period_ended,
    _this_year,
    _back_to_the_reference,
    _vague_references,
    _quarters,
    _decades_and_centuries,
    _parts_of_day,
    _holidays,
    _nth_weekdays,
    _anniversaries,
    _words,
    _sets,
    _frequencies,
    _seasons,
    _calendar_dates,
    _relative_days,
    _weekdays,
    _clock_times,
    _distances,
    _relative_periods,
    _durations,
    _stretch_adjectives,
    _seasons_played,
    _bare_decades,
    _unnamed_days,
    _days_of_the_month,
    _bare_units,
)


# --- pieces of expressions ----------------------------------------------------------------


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b")
_COMPACT_DATE = re.compile(rf"\b(\d{{1,2}})([ /-])({_MONTH_NAMES})\.?\2(\d{{4}}|\d{{2}})\b")


def full_year(year: str) -> int:
    """A year written with two digits is in this century up to 49, else the last: 24 -> 2024."""
    n = int(year)
    return n + (2000 if n < 50 else 1900) if n < 100 else n


def calendar_day(year: int, month: int, day: int) -> Timex:
    """A written-out day, or no value when there is no such day ("2024-19-11")."""
    try:
        return Known("DATE", date(year, month, day).isoformat())
    except ValueError:
        return Known("DATE", None)


def numeric_order(first: int, second: int, day_first: bool) -> tuple[int, int]:
    """(month, day) of a numeric date: a number above 12 settles the order, else the article's
    convention ("19/11/2024" and "11/19/2024" are both 19 November)."""
    if first > 12 or (day_first and second <= 12):
        return second, first
    return first, second


def absolute(t: str, day_first: bool = False) -> Timex | None:
    """A calendar date written out: 'Nov. 20, 2012', '20 November', '19-Nov-24', '19/11/2024',
    'March 2003', '2012'."""
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        return calendar_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _NUMERIC_DATE.search(t)
    if m:
        month, day = numeric_order(int(m.group(1)), int(m.group(3)), day_first)
        return calendar_day(full_year(m.group(4)), month, day)
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})", t)
    if m:  # "02/03" without a year: a day of the year the tense decides, in the article's order
        month, day = numeric_order(int(m.group(1)), int(m.group(2)), day_first)
        return MonthDay(month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
    m = _COMPACT_DATE.search(t)
    if m:  # "19-Nov-24", "19 Nov 2024": the day first, the year after the month
        return calendar_day(full_year(m.group(4)), MONTHS[m.group(3)], int(m.group(1)))
    m = re.search(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(\d{{4}}))?", t)
    if m:
        return _month_day(MONTHS[m.group(1)], int(m.group(2)), m.group(3))
    m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_NAMES})\b\.?(?:,?\s*(\d{{4}}))?", t)
    if m:
        return _month_day(MONTHS[m.group(2)], int(m.group(1)), m.group(3))
    return _month(t) or _year(t)


def _month_day(month: int, day: int, year: str | None) -> Timex:
    return calendar_day(int(year), month, day) if year else MonthDay(month, day)


def _month(t: str) -> Timex | None:
    """ "March 2003", "last November", "May of this year", "early March"."""
    m = re.search(
        rf"\b(?:(early|mid|late|end of|beginning of)[\s-]+)?({_MONTH_NAMES})\b\.?(?:,?\s*(?:of\s+)?(\d{{4}}))?",
        t,
    )
    if not m or not (
        m.group(2) != "may"
        or m.group(3)
        or m.group(1)
        or re.search(r"\b(?:last|past|next|coming|this) may\b|\bmay,? (?:of )?(?:last|next|this) year\b", t)
    ):
        return None
    month = MONTHS[m.group(2)]
    if m.group(3):
        return Known("DATE", f"{m.group(3)}-{month:02d}")
    relative = re.search(r"\b(last|next|this) year\b", t)
    if relative:
        return Month(month, year_shift=_YEAR_OFFSETS[relative.group(1)])
    before = re.search(rf"\b(last|past|next|coming|this)\s+(?:{_MONTH_NAMES})\b", t)
    return Month(month, direction=before.group(1) if before else None)


# a year of an era: "AD 80", "80 AD", "300 BC" (TIMEX3 writes 0080 and BC0300)
_ERA_YEAR = re.compile(
    r"(?:(?:ad|a\.d\.) (\d{1,4})|(\d{1,4}) (?:ad|a\.d\.|ce|c\.e\.)|(\d{1,4}) (bc|b\.c\.|bce|b\.c\.e\.))"
)


def _year(t: str) -> Timex | None:
    m = _ERA_YEAR.fullmatch(t)
    if m:
        year = int(m.group(1) or m.group(2) or m.group(3))
        return Known("DATE", f"{'BC' if m.group(3) else ''}{year:04d}") if year else None
    m = re.fullmatch(r"(?:(?:fiscal|financial|the|season|year)\s+)?(\d{4})[-/](\d{2})", t)
    if m and int(m.group(2)) == (int(m.group(1)) + 1) % 100:  # "2011-12": a season or fiscal year
        return Known("DATE", m.group(1))
    m = re.fullmatch(r"(?:(?:fiscal|calendar|the year|year)\s+)?(\d{4})", t)
    if m and 1000 <= int(m.group(1)) <= 2999:
        return Known("DATE", m.group(1))
    m = re.fullmatch(r"fy ?(\d{4}|\d{2})", t)
    if m:  # "FY2025", "FY25": a fiscal year is valued as its year, as "fiscal 2025"
        return Known("DATE", str(full_year(m.group(1))))
    m = re.search(r"\b(?:in|of|since|for|by)?\s*(1\d{3}|20\d{2})\b", t)
    if m and not re.search(r"\d+\s*(?:years?|months?|days?)", t) and not re.search(r"\d{4}s", t):
        return Known("DATE", m.group(1))
    return None


_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# a clock time said in words: "half past ten", "a quarter to nine", "twenty past six"
SPOKEN_CLOCK = re.compile(
    rf"\b(?:a )?(quarter|half|five|ten|twenty|twenty-five|[1-5]?\d) (past|to) ({_HOUR_WORDS}|1[0-2]|[1-9])\b"
)
_SPOKEN_MINUTES = {"quarter": 15, "half": 30}


def _spoken_clock(m: re.Match[str]) -> str | None:
    minutes = _SPOKEN_MINUTES.get(m.group(1)) or number(m.group(1))
    hour = number(m.group(3))
    if not minutes or not hour or minutes >= 60 or hour > 12:
        return None
    if m.group(2) == "to":
        hour, minutes = (hour - 1) or 12, 60 - minutes
    return f"T{int(hour):02d}:{int(minutes):02d}"


def time_of_day(text: str) -> str | None:
    """The clock time or part of day of an expression: "T16:30", "T04:00", "TMO"."""
    m = re.search(r"(?<![\d.:])(\d{1,2})(?:[:.]([0-5]\d))?\s*([ap])\.?\s?m\b\.?", text)  # "9.30am" too
    if m:
        hour = int(m.group(1)) % 12 + (12 if m.group(3) == "p" else 0)
        return f"T{hour:02d}:{m.group(2) or '00'}"
    m = re.search(
        r"\b(\d{1,2})(?::(\d{2}))?(?: o'clock)? (?:in the|at) (morning|afternoon|evening|night)\b", text
    )
    if m and 1 <= int(m.group(1)) <= 12:  # "4 in the morning", "8 o'clock at night"
        hour = int(m.group(1))
        evening = m.group(3) != "morning" and not (m.group(3) == "night" and (hour < 4 or hour == 12))
        return f"T{hour % 12 + (12 if evening else 0):02d}:{m.group(2) or '00'}"
    m = SPOKEN_CLOCK.search(text)
    if m and _spoken_clock(m):  # "half past ten": the morning's, as "ten o'clock" is
        return _spoken_clock(m)
    m = re.search(r"\b(\d{1,2}):(\d{2})\b", text)
    if m and int(m.group(1)) < 24:
        return f"T{int(m.group(1)):02d}:{m.group(2)}"
    if re.search(r"\bnoon\b|\bmidday\b", text):
        return "T12:00"
    if "midnight" in text:
        return "T24:00"
    for word, code in PARTS_OF_DAY.items():
        if re.search(rf"\b{word}\b", text):
            return "T" + code
    return None


_DAY_ORDINALS = {w: n for w, n in ORDINALS.items() if not w[0].isdigit()}
# "March eighth", "the twenty-first of March": spoken days next to a month name
_ORDINAL_WORDS = "|".join(sorted(_DAY_ORDINALS, key=len, reverse=True)).replace("-", "[- ]")
_SPOKEN_DAY = re.compile(
    rf"\b(?P<month>{'|'.join(MONTHS)}) (?:the )?(?P<day>{_ORDINAL_WORDS})\b"
    rf"|\b(?P<day2>{_ORDINAL_WORDS}) of (?P<month2>{'|'.join(MONTHS)})\b"
)


def _spoken_days(t: str) -> str:
    def day_number(m: re.Match[str]) -> str:
        day = _DAY_ORDINALS[(m.group("day") or m.group("day2")).replace(" ", "-")]
        return f"{m.group('month')} {day}" if m.group("month") else f"{day} of {m.group('month2')}"

    return _SPOKEN_DAY.sub(day_number, t)


_SPOKEN_YEAR = re.compile(
    r"\b(nineteen|eighteen|twenty) ((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)\b"
)
_CENTURIES = {"eighteen": 18, "nineteen": 19, "twenty": 20}


def _spoken_years(t: str) -> str:
    """Years as broadcast transcripts write them: "nineteen ninety-six" -> "1996"."""

    def year(m: re.Match[str]) -> str:
        rest = 0 if m.group(2) == "hundred" else number(m.group(2))
        return str(_CENTURIES[m.group(1)] * 100 + int(rest)) if rest is not None else m.group(0)

    def thousands(m: re.Match[str]) -> str:
        rest = number(m.group(1)) if m.group(1) else 0
        return m.group(0) if rest is None else str(2000 + int(rest))

    t = re.sub(r"\b(?:the year )?two thousand(?: and)?(?: (\w+))?\b", thousands, t)
    return _SPOKEN_YEAR.sub(year, t)
