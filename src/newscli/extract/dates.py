"""Temporal expressions -> TIMEX3 type and value, anchored to the publication date.

Spans come from spaCy's DATE and TIME entities plus a few words spaCy does not tag
("now", "currently", "recently", "annually"). Each span is normalised by `normalise`, a
small grammar written here rather than borrowed: dateparser and dateutil turn strings into
points in time, but TimeML values need granularity ("2012-11" for "November", "2012-W46"
for "last week", "P3D" for "three days"), the tense of the governing verb for weekdays and
months, and underspecified values ("XXXX-11-20") when there is no anchor. Rules are grouped
by family (absolute dates, weekdays, relative periods, durations, sets, times, reference
words), each tested by a table in tests/test_extract_dates.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from ..model import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "half": 0.5,
    "single": 1,
    "couple": 2,
    "dozen": 12,
}
VAGUE = {"few", "several", "some", "many", "couple of", "number of", "recent", "coming", "past"}
UNITS = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "weekend": ("WE", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "overnight": "NI",
    "midday": "MI",
    "noon": "MI",
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
REFERENCE_WORDS = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "formerly": "PAST_REF",
    "previously": "PAST_REF",
    "near term": "FUTURE_REF",
}
SET_WORDS = {
    "annually": "P1Y",
    "yearly": "P1Y",
    "monthly": "P1M",
    "weekly": "P1W",
    "daily": "P1D",
    "hourly": "PT1H",
    "nightly": "P1D",
    "quarterly": "P3M",
}
EXTRA_WORDS = re.compile(
    r"\b(?i:now|currently|nowadays|recently|lately|today|tonight|tomorrow|yesterday|annually|yearly|monthly|"
    r"weekly|daily|hourly|nightly|quarterly|the (?:near |distant )?(?:past|future)|the near term|"
    r"(?:every|each) (?:day|week|month|year|morning|afternoon|evening|night))\b"
    # month-day dates the entity recogniser sometimes misses ("Sept. 30", "Oct. 1, 1989")
    r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}(?:, \d{4})?\b"
    r"|\b(?:January|February|March|April|June|July|August|September|October|November|December)"
    r" \d{1,2}(?:, \d{4})?\b",
)
_AGE_RE = re.compile(r"\b\w+[- ](?:year|month|week|day)s?[- ]old\b|\byears? old\b|\baged?\b", re.I)


class Value(NamedTuple):
    """A TIMEX3 type and value."""

    type: str
    value: str | None


def _number(word: str) -> float | None:
    word = word.lower().replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    if "-" in word or " " in word:  # "twenty-four", "twenty four"
        parts = [NUMBERS.get(p) for p in re.split(r"[- ]", word)]
        if all(p is not None for p in parts):
            return float(sum(parts))  # type: ignore[arg-type]
    n = NUMBERS.get(word)
    return float(n) if n is not None else None


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def _iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_months(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _month_year(month: int, anchor: date | None, tense: str | None) -> str:
    if anchor is None:
        return f"XXXX-{month:02d}"
    year = anchor.year
    # Without a tense, the nearest such month, leaning to the past as news does: a month
    # more than half a year ahead was last year's, one only late in the year is next year's.
    # After a deadline word ("through January") the tense is "nearest": no leaning.
    ahead = month - anchor.month
    behind_limit = -6 if tense == "nearest" else -9
    if (tense == "past" and ahead > 0) or (tense != "future" and ahead > 6):
        year -= 1
    elif (tense == "future" and ahead < 0) or (tense != "past" and ahead < behind_limit):
        year += 1
    return f"{year}-{month:02d}"


def _day_value(month: int, day: int, anchor: date | None, tense: str | None) -> str:
    if anchor is None:
        return f"XXXX-{month:02d}-{day:02d}"
    year = anchor.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return f"XXXX-{month:02d}-{day:02d}"
    if tense == "past" and candidate > anchor + timedelta(days=1):
        year -= 1
    elif tense == "future" and candidate < anchor - timedelta(days=1):
        year += 1
    elif tense in (None, "nearest") and (candidate - anchor).days > 183:
        year -= 1
    elif (anchor - candidate).days > (183 if tense == "nearest" else 275) and tense != "past":
        year += 1
    return f"{year}-{month:02d}-{day:02d}"


def _weekday(weekday: int, anchor: date | None, direction: str | None) -> str:
    """The weekday nearest the anchor: on or before it, or after it when looking ahead."""
    if anchor is None:
        return f"XXXX-WXX-{weekday + 1}"
    delta = (anchor.weekday() - weekday) % 7
    if direction == "future":
        ahead = (weekday - anchor.weekday()) % 7
        return (anchor + timedelta(days=ahead)).isoformat()
    if direction == "next":
        ahead = (weekday - anchor.weekday()) % 7 or 7
        return (anchor + timedelta(days=ahead)).isoformat()
    if direction == "last":
        return (anchor - timedelta(days=delta or 7)).isoformat()
    if direction == "nearest" and (weekday - anchor.weekday()) % 7 < delta:
        return (anchor + timedelta(days=(weekday - anchor.weekday()) % 7)).isoformat()
    return (anchor - timedelta(days=delta)).isoformat()


def _relative_period(unit: str, offset: int, anchor: date | None) -> str | None:
    if anchor is None:
        return {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "day": "XXXX-XX-XX"}.get(unit)
    if unit == "day":
        return (anchor + timedelta(days=offset)).isoformat()
    if unit in ("week", "weekend"):
        week = _iso_week(anchor + timedelta(weeks=offset))
        return week + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        year, month = _shift_months(anchor, offset)
        return f"{year}-{month:02d}"
    if unit == "quarter":
        q = (anchor.month - 1) // 3 + offset
        year = anchor.year + q // 4
        return f"{year}-Q{q % 4 + 1}"
    if unit == "year":
        return str(anchor.year + offset)
    if unit == "decade":
        return str(anchor.year // 10 + offset)
    if unit == "century":
        return str(anchor.year // 100 + offset)
    return None


# A fraction of a unit is written in the next smaller one: P2Y6M, PT1M30S.
_SMALLER_UNIT = {
    "year": (12, "P{}Y{}M"),
    "day": (24, "P{}DT{}H"),
    "hour": (60, "PT{}H{}M"),
    "minute": (60, "PT{}M{}S"),
}


def _duration(n: float | None, unit: str) -> str:
    code, is_time = UNITS[unit]
    if n is not None and n != int(n) and unit in _SMALLER_UNIT:
        factor, form = _SMALLER_UNIT[unit]
        whole, rest = int(n), round((n - int(n)) * factor)
        return re.sub(r"(?<=[PT])0[A-Z]", "", form.format(whole, rest))  # P0Y6M -> P6M
    amount = "X" if n is None else _fmt_num(n)
    if unit == "decade":
        return f"P{_fmt_num(n * 10)}Y" if n is not None else "PXDE"
    if unit == "century":
        return f"P{_fmt_num(n * 100)}Y" if n is not None else "PXCE"
    if unit == "quarter":
        return f"P{_fmt_num(n * 3)}M" if n is not None else "PXQ"
    if unit == "weekend":
        return f"P{amount}WE"
    return ("PT" if is_time else "P") + amount + code


_UNIT_RE = r"(second|minute|hour|day|night|week|weekend|month|quarter|year|decade|century|centuries)s?"
_NUMBER_WORD = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|a|an|single|couple|dozen|hundred|half"
)
_NUM_RE = rf"(\d+(?:\.\d+)?|{_NUMBER_WORD})"
_EXTENSION = r"(?:more|additional|extra|further|full)"
# a stretch added to another, which the entity recogniser reads as a number: "two more weeks"
_MORE_OF_A_STRETCH = re.compile(rf"\b(?i:(?:\d+|{_NUMBER_WORD}) {_EXTENSION} {_UNIT_RE})\b")


def _unit(word: str) -> str:
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def _time_of_day(text: str) -> str | None:
    m = re.search(r"\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?", text)
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


def normalise(
    text: str, anchor: date | None = None, tense: str | None = None, reference: str | None = None
) -> Value:
    """The TIMEX3 type and value of one temporal expression.

    Args:
        text: the expression as written ("last week", "Nov. 20", "three days").
        anchor: the publication date that relative expressions count from.
        tense: "past", "future" or None, from the verb governing the expression; "nearest"
            after a deadline word ("through January"): the nearest such date, either way.
        reference: the value of the date mentioned last before it, which "a year earlier"
            and "the quarter" refer back to.
    """
    t = text.lower().strip()
    t = re.sub(r"[\u2019']s$", "", t)
    t = re.sub(r"^(?:the|this past|on|in|during|since|until|by|of|its|their|at)\s+", "", t)
    t = re.sub(r"\s+", " ", t).strip(" ,.")
    t = _spoken_years(t)
    t = _spoken_days(t)
    # TimeML puts "early", "late", "the end of" in a MOD attribute: the value is the period's
    t = re.sub(
        r"^(?:earlier|later|early|late|mid-?(?!day|night)|(?:the )?(?:end|beginning|start|middle) of) ?(?=\w)",
        "",
        t,
    )
    t = re.sub(r"^the ", "", t)
    if t == "may" and text.strip()[:1] == "M" and not text.strip().startswith("MAY"):
        t = "may_month"

    if t == "may_month":
        return Value("DATE", _month_year(5, anchor, tense))
    m = re.fullmatch(r"(week|weekend|month) of (.+)", t)
    if m:  # "the week of March 6": the period that holds the day
        inner = re.split(r"\bof\s+", text, maxsplit=1, flags=re.I)[-1]  # as written: "May" is a month
        day = normalise(inner, anchor, tense, reference).value or ""
        if m.group(1) == "month" and re.match(r"\d{4}-\d\d", day):
            return Value("DATE", day[:7])  # "the month of May"
        if re.fullmatch(r"\d{4}-\d\d-\d\d", day):
            week = _iso_week(date.fromisoformat(day))
            return Value("DATE", week + "-WE" if m.group(1) == "weekend" else week)
    if t == "weekend" and anchor is None:
        return Value("DATE", "XXXX-WXX-WE")
    if t == "weekend" and anchor is not None:
        weekend_over = anchor.weekday() >= 5
        back = (
            0 if tense == "future" or weekend_over else 7 if tense == "past" or anchor.weekday() <= 2 else 0
        )
        return Value("DATE", _iso_week(anchor - timedelta(days=back)) + "-WE")
    for family in (_periods, _references, _quarters, _decades_and_centuries, _parts_of_day, _holidays):
        found = family(t, anchor, tense, reference)
        if found is not None:
            return found

    if t in REFERENCE_WORDS:
        return Value("DATE", REFERENCE_WORDS[t])
    if t in SET_WORDS:
        return Value("SET", SET_WORDS[t])
    if t in ("past", "recent past"):
        return Value("DATE", "PAST_REF")
    if t in ("future", "near future", "coming years", "a later date", "a later time"):
        return Value("DATE", "FUTURE_REF")

    # sets: "every Monday", "each year"
    m = re.fullmatch(r"(?:every|each|per|a)\s+(\w+)", t)
    if m:
        word = m.group(1)
        if word in WEEKDAYS:
            return Value("SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}")
        if _unit(word) in UNITS:
            return Value("SET", _duration(1, _unit(word)))

    # seasons without a modifier, or of a year: "the winter of 1994"
    for word, code in SEASONS.items():
        m = re.fullmatch(rf"(?:early |late |mid-?)?{word}(?: of)?(?: (\d{{4}}))?", t)
        if m:
            season_year = m.group(1) or (str(anchor.year) if anchor else "XXXX")
            return Value("DATE", f"{season_year}-{code}")

    clock = _time_of_day(t)
    absolute = _absolute(t, anchor, tense)
    if absolute is not None:
        if clock:
            return Value("TIME", absolute + clock)
        return Value("DATE", absolute)

    # relative days
    for word, offset in (("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1)):
        if re.search(rf"\b{word}\b", t):
            day = (anchor + timedelta(days=offset)).isoformat() if anchor else "XXXX-XX-XX"
            if clock and day:
                return Value("TIME", day + clock)
            if word == "tonight":
                return Value("TIME", day + "TNI" if day else None)
            if word == "today" and tense == "present_ref":
                return Value("DATE", "PRESENT_REF")
            return Value("DATE", day)

    # weekdays
    m = re.search(r"\b(last|next|this|coming|past)?\s*(" + "|".join(WEEKDAYS) + r")\b\.?", t)
    if m:
        direction = {"last": "last", "past": "last", "next": "next", "coming": "future"}.get(
            m.group(1) or "", tense if tense in ("future", "nearest") else None
        )
        day = _weekday(WEEKDAYS[m.group(2)], anchor, direction)
        if clock:
            return Value("TIME", day + clock)
        return Value("DATE", day)

    if clock and re.fullmatch(r"(?:this |early |late )?(?:morning|afternoon|evening|night)", t):
        return Value("TIME", (anchor.isoformat() if anchor else "XXXX-XX-XX") + clock)
    if clock and (re.search(r"\d", t) or t in ("noon", "midday", "midnight")):
        return Value("TIME", (anchor.isoformat() if anchor else "XXXX-XX-XX") + clock)

    t = re.sub(
        r"^(?:almost|nearly|about|around|roughly|approximately|some|just|only|more than|less than|"
        r"at least|over|under) ",
        "",
        t,
    )
    # "N units ago", "N units later"
    m = re.fullmatch(_NUM_RE + r"\s+" + _UNIT_RE + r"\s+(ago|earlier|before|later|from now|hence)", t)
    if m:
        n = _number(m.group(1))
        unit = _unit(m.group(2))
        if m.group(3) == "later":  # "three days later": from an event, TimeML's duration
            return Value("DURATION", _duration(n, unit))
        if n is not None and anchor is not None and n == int(n):
            sign = -1 if m.group(3) in ("ago", "earlier", "before") else 1
            return Value(
                "DATE",
                _relative_period(unit, sign * int(n), anchor)
                if unit != "day"
                else (anchor + timedelta(days=sign * int(n))).isoformat(),
            )
        return Value("DATE", "PAST_REF" if m.group(3) in ("ago", "earlier", "before") else "FUTURE_REF")

    # "several years ago", "a few weeks later": a vague distance points back or ahead
    m = re.fullmatch(
        r"(?:a few|a couple of|several|few|many|some) " + _UNIT_RE + r" (ago|earlier|before|later|from now)",
        t,
    )
    if m and m.group(2) == "later":
        return Value("DURATION", _duration(None, _unit(m.group(1))))
    if m:
        return Value("DATE", "PAST_REF" if m.group(2) in ("ago", "earlier", "before") else "FUTURE_REF")

    # last/this/next week|month|year|quarter|weekend|spring
    m = re.fullmatch(r"(last|past|previous|this|current|next|coming|following)\s+(\w+)", t)
    if m:
        offset = {
            "last": -1,
            "past": -1,
            "previous": -1,
            "this": 0,
            "current": 0,
            "next": 1,
            "coming": 1,
            "following": 1,
        }[m.group(1)]
        word = m.group(2)
        if word in SEASONS:
            if anchor is None:
                return Value("DATE", f"XXXX-{SEASONS[word]}")
            return Value("DATE", f"{anchor.year + offset}-{SEASONS[word]}")
        if _unit(word) in UNITS and m.group(1) != "past":
            return Value("DATE", _relative_period(_unit(word), offset, anchor))
        if _unit(word) in UNITS:
            return Value("DURATION", _duration(1, _unit(word)))

    m = re.fullmatch(r"half an? " + _UNIT_RE, t)
    if m:
        return Value("DURATION", _duration(0.5, _unit(m.group(1))))
    # durations: "three days", "two-year", "the past 18 months", "a few weeks"
    m = re.search(
        r"(?:(?:past|last|next|coming|first|final|previous)\s+)?"
        r"(a few|a couple of|several|few|many|some|recent|" + _NUM_RE[1:-1] + r")"
        r"(\s+1/2|\s+and a half)?[\s-]+(?:" + _EXTENSION + r"\s+)?" + _UNIT_RE + r"(\s+and a half)?\b",
        t,
    )
    if m:
        unit = _unit(m.group(3))
        word = m.group(1)
        half = 0.5 if m.group(2) or m.group(4) else 0.0  # "2 1/2 years", "an hour and a half"
        n = (
            None
            if word in VAGUE or word.startswith(("a few", "a couple")) or "few" in word
            else _number(word)
        )
        if n is None and word in ("a couple of",):
            n = 2
        return Value("DURATION", _duration(n + half if n is not None else None, unit))
    m = re.fullmatch(r"(?:a|an|one)\s+(?:" + _EXTENSION + r"\s+)?" + _UNIT_RE, t)
    if m:
        return Value("DURATION", _duration(1, _unit(m.group(1))))

    m = re.fullmatch(r"(\d{2,3})0s", t) or re.fullmatch(r"(\d{1,2})(?:th|st|nd|rd) century", t)
    if m:
        if t.endswith("century"):
            return Value("DATE", f"{int(m.group(1)) - 1:02d}")
        return Value("DATE", m.group(1))
    m = re.fullmatch(r"'?(\d0)s", t)
    if m:
        return Value("DATE", "19" + m.group(1)[0])
    if t == "month":  # "by the end of the month": this month
        return Value("DATE", f"{anchor.year}-{anchor.month:02d}" if anchor else "XXXX-XX")
    if t == "week":  # "for the week", "the week's most active session": a week, not which
        return Value("DATE", f"{anchor.year if anchor else 'XXXX'}-WXX")
    if t in ("day", "the day"):
        return Value("DATE", anchor.isoformat() if anchor else None)
    if clock:
        return Value("TIME", None)
    return Value("DATE", None)


_UNIT_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth".split()
_DAY_ORDINALS = {word: n for n, word in enumerate(_UNIT_ORDINALS, 1)} | {
    word: n
    for n, word in enumerate(
        "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
        "nineteenth twentieth".split(),
        10,
    )
}
_DAY_ORDINALS |= {f"twenty-{word}": 20 + n for n, word in enumerate(_UNIT_ORDINALS, 1)}
_DAY_ORDINALS |= {"thirtieth": 30, "thirty-first": 31}
# "March eighth", "the twenty-first of March": spoken days next to a month name
_ORDINAL_WORDS = "|".join(sorted(_DAY_ORDINALS, key=len, reverse=True)).replace("-", "[- ]")
_SPOKEN_DAY = re.compile(
    rf"\b(?P<month>{'|'.join(MONTHS)}) (?:the )?(?P<day>{_ORDINAL_WORDS})\b"
    rf"|\b(?P<day2>{_ORDINAL_WORDS}) of (?P<month2>{'|'.join(MONTHS)})\b"
)


def _spoken_days(t: str) -> str:
    def number(m: re.Match[str]) -> str:
        day = _DAY_ORDINALS[(m.group("day") or m.group("day2")).replace(" ", "-")]
        return f"{m.group('month')} {day}" if m.group("month") else f"{day} of {m.group('month2')}"

    return _SPOKEN_DAY.sub(number, t)


_SPOKEN_YEAR = re.compile(
    r"\b(nineteen|eighteen|twenty) ((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)\b"
)


def _spoken_years(t: str) -> str:
    """Years as broadcast transcripts write them: "nineteen ninety-six" -> "1996"."""

    def year(m: re.Match[str]) -> str:
        century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[m.group(1)]
        rest = 0 if m.group(2) == "hundred" else _number(m.group(2))
        return str(century * 100 + int(rest)) if rest is not None else m.group(0)

    def thousands(m: re.Match[str]) -> str:
        rest = _number(m.group(1)) if m.group(1) else 0
        return m.group(0) if rest is None else str(2000 + int(rest))

    t = re.sub(r"\b(?:the year )?two thousand(?: and)?(?: (\w+))?\b", thousands, t)
    return _SPOKEN_YEAR.sub(year, t)


def _quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def _granularity_shift(value: str, years: int) -> str | None:
    """A TIMEX3 value moved by whole years, keeping its granularity (2012-Q3 -> 2011-Q3)."""
    m = re.match(r"(\d{4})(.*)$", value)
    if not m:
        return None
    return f"{int(m.group(1)) + years}{m.group(2)}"


_FIXED_HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "veterans day": (11, 11),
    "st. patrick's day": (3, 17),
    "boxing day": (12, 26),
}
# (month, weekday Monday=0, nth; -1 = last)
_FLOATING_HOLIDAYS = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1),
    "martin luther king day": (1, 0, 3),
    "presidents day": (2, 0, 3),
    "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3),
    "columbus day": (10, 0, 2),
}
HOLIDAY_RE = re.compile(
    r"\b(?:Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Independence Day|Halloween|Valentine's Day"
    r"|Veterans Day|St\. Patrick's Day|Boxing Day|Thanksgiving(?: Day)?|Labor Day|Memorial Day"
    r"|Martin Luther King Day|Presidents Day|Mother's Day|Father's Day|Columbus Day|Election Day)\b"
)


def _holiday_date(name: str, year: int) -> date | None:
    if name in _FIXED_HOLIDAYS:
        month, day = _FIXED_HOLIDAYS[name]
        return date(year, month, day)
    if name == "election day":  # the Tuesday after the first Monday of November
        first = date(year, 11, 1)
        monday = first + timedelta(days=(0 - first.weekday()) % 7)
        return monday + timedelta(days=1)
    if name in _FLOATING_HOLIDAYS:
        month, weekday, nth = _FLOATING_HOLIDAYS[name]
        if nth > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    return None


def _holidays(t: str, anchor: date | None, tense: str | None, reference: str | None) -> Value | None:
    """Christmas, Thanksgiving, Election Day ... in the year the context points to."""
    m = re.fullmatch(r"(?:(last|next|this) )?(.+?)(?: (\d{4}))?", t)
    if not m or _holiday_date(m.group(2), 2000) is None:
        return None
    name = m.group(2)
    if m.group(3):
        return Value("DATE", _holiday_date(name, int(m.group(3))).isoformat())  # type: ignore[union-attr]
    if anchor is None:
        return Value("DATE", None)
    found = _holiday_date(name, anchor.year)
    assert found is not None
    if m.group(1) == "last" or (m.group(1) is None and tense == "past" and found > anchor):
        found = _holiday_date(name, anchor.year - 1)
    elif m.group(1) == "next" or (m.group(1) is None and tense == "future" and found < anchor):
        found = _holiday_date(name, anchor.year + 1)
    elif m.group(1) is None and tense is None:  # the nearest one: "was found on Thanksgiving Day" in April
        candidates = [_holiday_date(name, anchor.year + k) for k in (-1, 0, 1)]
        found = min((c for c in candidates if c), key=lambda c: abs((c - anchor).days))
    return Value("DATE", found.isoformat() if found else None)


_PERIOD_ENDED = re.compile(
    r"(?:(?:fiscal-)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ])?(?:fiscal[- ])?"
    r"(quarter|year|half|(\w+) months) (?:that )?(?:ended|ending|through) (.+)"
)
_THIS_YEAR = re.compile(
    r"(?:in )?(?:the )?(?:full |current |calendar |fiscal |current fiscal )?year(?:[- ]end|'s end)?"
)


def _periods(t: str, anchor: date | None, tense: str | None, reference: str | None) -> Value | None:
    """Reporting periods: "the quarter ended Sept. 30", "the year", "that year", "the following month"."""
    m = _PERIOD_ENDED.fullmatch(t)
    if m:
        unit, months = m.group(2), m.group(3)
        if unit == "year":
            return Value("DURATION", "P1Y")
        if months is not None:
            n = _number(months)
            return Value("DURATION", _duration(n, "month")) if n else None
        if unit == "half":
            return Value("DURATION", "P6M")
        ended = normalise(m.group(4), anchor, "past")
        if ended.value is None or not re.match(r"\d{4}-\d{2}", ended.value):
            return None
        q = ORDINALS[m.group(1)] if m.group(1) else (int(ended.value[5:7]) - 1) // 3 + 1
        return Value("DATE", f"{ended.value[:4]}-Q{q}")
    if _THIS_YEAR.fullmatch(t):
        return Value("DATE", str(anchor.year) if anchor else "XXXX")
    # back to the date mentioned last: "that year", "the following month"
    m = re.fullmatch(
        r"(?:that|the same|(following|previous|preceding)) (year|month)|(?:a |the )?(year|month) (before|after)",
        t,
    )
    day = re.fullmatch(r"(?:that|same|that same) day|(next|following|previous) day|day (before|after)", t)
    if day and reference and re.fullmatch(r"\d{4}-\d{2}-\d{2}", reference):
        step = {"next": 1, "following": 1, "after": 1, "previous": -1, "before": -1}.get(
            day.group(1) or day.group(2) or "", 0
        )
        return Value("DATE", (date.fromisoformat(reference) + timedelta(days=step)).isoformat())
    if m and reference and re.match(r"\d{4}", reference):
        unit = m.group(2) or m.group(3)
        step = {"following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}.get(
            m.group(1) or m.group(4) or "", 0
        )
        if unit == "year":
            return Value("DATE", str(int(reference[:4]) + step))
        if re.match(r"\d{4}-\d{2}", reference):
            year, month = _shift_months(date(int(reference[:4]), int(reference[5:7]), 1), step)
            return Value("DATE", f"{year}-{month:02d}")
    return None


def _references(t: str, anchor: date | None, tense: str | None, reference: str | None) -> Value | None:
    """Vague references: "recent years", "coming months", "a year earlier" (back to the reference)."""
    # an unnumbered stretch of units is a vague duration: "recent weeks", "the next few days", "years"
    m = re.fullmatch(
        r"(?:(?:in )?recent|(?:last|past|next|coming|upcoming)(?: few| several| couple of)?|early|the)? ?"
        r"(second|minute|hour|day|week|month|quarter|year|decade)s(?: ahead| to come)?",
        t,
    )
    if m:
        return Value("DURATION", _duration(None, m.group(1)))
    if re.fullmatch(r"(?:in )?recent times", t):
        return Value("DATE", "PAST_REF")
    if re.fullmatch(r"(?:a|one) year (?:earlier|ago|before)|year-(?:earlier|ago)(?: \w+)?|year-before", t):
        if reference and re.match(r"\d{4}-(?:Q\d|\d{2})", reference):
            return Value("DATE", _granularity_shift(reference, -1))
        return Value("DATE", str(anchor.year - 1) if anchor else None)
    return None


_ORDINAL_QUARTER = re.compile(
    r"(?:(this|last|next) year's |(\d{4}) |fiscal )?(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th)"
    r"[- ]quarter(?: of (?:fiscal )?(\d{4})| of (this|last|next) year)?"
)


def _quarters(t: str, anchor: date | None, tense: str | None, reference: str | None) -> Value | None:
    """Quarters and halves as financial news writes them."""
    m = _ORDINAL_QUARTER.fullmatch(t)
    if m:
        q = ORDINALS[m.group(3)]
        year = m.group(2) or m.group(4)
        relative = m.group(1) or m.group(5)
        if year is None and anchor is None:
            return Value("DATE", f"XXXX-Q{q}")
        if year is None and anchor is not None:
            if relative:
                year = str(anchor.year + {"this": 0, "last": -1, "next": 1}[relative])
            elif q > _quarter_of(anchor) and tense != "future":  # the anchor's own quarter is
                # this year's even in the past tense: fiscal quarters end before calendar ones
                year = str(anchor.year - 1)
            else:
                year = str(anchor.year)
        return Value("DATE", f"{year}-Q{q}")
    if t == "current quarter" and anchor is not None:
        return Value("DATE", f"{anchor.year}-Q{_quarter_of(anchor)}")
    if re.fullmatch(r"(?:latest |most recent |current |same |year-ago |year-earlier )?(?:quarter|period)", t):
        if reference and re.match(r"\d{4}-Q\d", reference):
            if t.startswith(("year-ago", "year-earlier")):
                return Value("DATE", _granularity_shift(reference, -1))
            return Value("DATE", reference)
        if t.endswith("quarter") and anchor is not None:
            q = _quarter_of(anchor) - 1 or 4
            year = anchor.year if q != 4 else anchor.year - 1
            return Value("DATE", f"{year}-Q{q}")
    m = re.fullmatch(r"(first|second|1st|2nd|last) half(?: of (\d{4}))?", t)
    if m:
        half = 1 if m.group(1) in ("first", "1st") else 2
        year = m.group(2) or (str(anchor.year) if anchor else "XXXX")
        return Value("DATE", f"{year}-H{half}")
    return None


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def _decades_and_centuries(
    t: str, anchor: date | None, tense: str | None, reference: str | None
) -> Value | None:
    m = re.fullmatch(r"(?:(?:early|mid|late|last half of|first half of)[- ]?)?(?:the )?(\d{3})0s", t)
    if m:
        return Value("DATE", m.group(1))
    m = re.fullmatch(r"(?:(?:early|mid|late)[- ]?)?(?:the )?'(\d)0s", t)
    if m:
        return Value("DATE", "19" + m.group(1))
    m = re.fullmatch(r"(?:(?:early|mid|late)[- ]?)?(?:the )?(" + "|".join(_DECADE_WORDS) + ")", t)
    if m:
        return Value("DATE", f"19{_DECADE_WORDS[m.group(1)]}")
    m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th) century", t) or re.fullmatch(
        r"(?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
        r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
        r"|twenty-first) century",
        t,
    )
    if m:
        word = m.group(1)
        n = int(word) if word.isdigit() else _CENTURY_ORDINALS[word]
        return Value("DATE", f"{n - 1:02d}")
    if t in ("centuries", "the centuries"):
        return Value("DURATION", "PXC")
    return None


_CENTURY_ORDINALS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        1,
    )
}
_CENTURY_ORDINALS["twenty-first"] = 21


def _parts_of_day(t: str, anchor: date | None, tense: str | None, reference: str | None) -> Value | None:
    """ "last night", "later this afternoon", "mid-afternoon yesterday", "overnight"."""
    m = re.fullmatch(
        r"(?:later |earlier |early |late |mid-?\s?)?(this |last |yesterday |tomorrow )?"
        r"(morning|afternoon|evening|night|overnight)( yesterday| today| tomorrow)?",
        t,
    )
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
    day = (anchor + timedelta(days=offset)).isoformat() if anchor else "XXXX-XX-XX"
    return Value("TIME", day + "T" + PARTS_OF_DAY[m.group(2)])


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))


def _absolute(t: str, anchor: date | None, tense: str | None) -> str | None:
    """A calendar date written out: 'Nov. 20, 2012', '20 November', 'March 2003', '2012'."""
    month_names = _MONTH_NAMES
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b", t)
    if m:
        year = int(m.group(3))
        year = year + (2000 if year < 50 else 1900) if year < 100 else year
        return f"{year}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    m = re.search(rf"\b({month_names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(\d{{4}}))?", t)
    if m:
        month, day = MONTHS[m.group(1)], int(m.group(2))
        if m.group(3):
            return f"{m.group(3)}-{month:02d}-{day:02d}"
        return _day_value(month, day, anchor, tense)
    m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({month_names})\b\.?(?:,?\s*(\d{{4}}))?", t)
    if m:
        month, day = MONTHS[m.group(2)], int(m.group(1))
        if m.group(3):
            return f"{m.group(3)}-{month:02d}-{day:02d}"
        return _day_value(month, day, anchor, tense)
    m = re.search(
        rf"\b(?:(early|mid|late|end of|beginning of)[\s-]+)?({month_names})\b\.?(?:,?\s*(?:of\s+)?(\d{{4}}))?",
        t,
    )
    if m and (
        m.group(2) != "may"
        or m.group(3)
        or m.group(1)
        or re.search(r"\b(?:last|past|next|coming|this) may\b", t)
    ):
        month = MONTHS[m.group(2)]
        if m.group(3):
            return f"{m.group(3)}-{month:02d}"
        relative = re.search(r"\b(last|next|this) year\b", t)
        if relative and anchor is not None:
            return f"{anchor.year + {'last': -1, 'next': 1, 'this': 0}[relative.group(1)]}-{month:02d}"
        before = re.search(rf"\b(last|past|next|coming|this)\s+(?:{month_names})\b", t)
        if before and anchor is not None:  # "last November": the latest one before the anchor
            word = before.group(1)
            ahead = month - anchor.month
            if word in ("last", "past"):
                return f"{anchor.year - (ahead >= 0)}-{month:02d}"
            if word in ("next", "coming"):
                return f"{anchor.year + (ahead <= 0)}-{month:02d}"
            return f"{anchor.year}-{month:02d}"
        return _month_year(month, anchor, tense)
    m = re.fullmatch(r"(?:(?:fiscal|calendar|the year|year)\s+)?(\d{4})", t)
    if m and 1000 <= int(m.group(1)) <= 2999:
        return m.group(1)
    m = re.search(r"\b(?:in|of|since|for|by)?\s*(1\d{3}|20\d{2})\b", t)
    if m and not re.search(r"\d+\s*(?:years?|months?|days?)", t) and not re.search(r"\d{4}s", t):
        return m.group(1)
    return None


# --- finding expressions in a Doc ---------------------------------------------------------


_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_FUTURE_BEFORE_TO = frozenset(
    {
        "is",
        "are",
        "set",
        "due",
        "plans",
        "plan",
        "going",
        "expected",
        "scheduled",
        "planned",
        "intends",
        "hopes",
        "slated",
    }
)
_LOOKING_AHEAD = frozenset({"would", "planning", "until", "till"})
_FUTURE_VERBS = frozenset({"schedule", "expect", "plan", "set", "due", "aim", "intend", "hope"})


def _verb_tense(verb: Token) -> str | None:
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _FUTURE_AUX or verb.lemma_ in _FUTURE_VERBS or verb.lower_ in ("scheduled", "expected"):
        return "future"
    if (
        verb.tag_ == "VBD"
        or auxes & {"had", "was", "were", "did"}
        or (verb.tag_ == "VBN" and auxes & {"has", "have"})
    ):
        return "past"
    return None


def _tense(span: Span) -> str | None:
    """past, future or None from the verb governing an expression."""
    doc = span.doc
    if doc.has_annotation("DEP"):
        node = span.root
        for _ in range(4):
            if node.head is node:
                break
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return _verb_tense(node)
    # Without a parse: the nearest verb in the same clause, looking left first.
    left = []
    for t in reversed(doc[max(0, span.start - 11) : span.start]):
        if t.text == "(" and t.i == span.start - 1:
            continue  # "will leave at 4 in the morning (4 a.m. EDT Thursday)"
        if t.is_punct or "\n" in t.text or t.lower_ in ("and", "but", "while", "when"):
            break
        left.append(t)
    if all(t.lower_ in _CLAUSE_LEADS for t in left) and span.end < len(doc) and doc[span.end].text == ",":
        main = _main_clause_tense(
            doc[span.end + 1 : span.end + 15], until=bool(left) and left[0].lower_ in _UNTIL
        )
        if main:
            return main  # "On Tuesday, the league plans to hold …", "Until Thursday, they had not called …"
    right = []
    for t in doc[span.end : min(len(doc), span.end + 4)]:
        if t.is_punct:
            break
        right.append(t)
    tagged = doc.has_annotation("TAG")
    for k, t in enumerate(left + right):
        if t.lower_ in ("planned", "slated") and (
            any(
                a.lower_ in ("was", "were", "had") and _looks_past(b.lower_) for a, b in zip(right, right[1:])
            )
            or any(b.lower_ == "previously" for b in left[k + 1 : k + 2])
        ):
            return "past"  # "a service planned for Saturday was canceled", "as previously planned"
        if t.lower_ in _FUTURE_AUX or t.lower_ in ("scheduled", "expected", "upcoming", "planned", "slated"):
            return _unless_had(left[k + 1 : k + 3])
        if t.lower_ == "to" and k + 1 < len(left) and left[k + 1].lower_ in _FUTURE_BEFORE_TO:
            # "set to resume Monday", "is to meet Tuesday" (left is reversed)
            return _unless_had(left[k + 2 : k + 4])
        if k < len(left) and (
            t.lower_ in _LOOKING_AHEAD
            or (t.lower_ == "as" and k + 1 < len(left) and left[k + 1].lower_ in ("soon", "early"))
        ):
            return "future"  # "would meet Thursday", "planning to drive ... Monday", "as soon as Tuesday"
        if k < len(left) and t.lower_ == "since":
            return "past"  # "since Monday", "since the Oct. 23 slaying"
        if k < len(left) and t.lower_ in ("is", "are", "am"):
            return None  # "is payable Jan. 2", "is calling for the redemption on Dec. 7"
        if t.tag_ in ("VBD", "VBN") if tagged else _past_verb(t):
            before = left[k + 1 : k + 3] if k < len(left) else []
            if before and before[0].lower_ in _PASSIVE_BE:  # the auxiliary carries the tense
                return _AUX_TENSE.get(before[0].lower_) or next(
                    (_AUX_TENSE[b.lower_] for b in before[1:] if b.lower_ in _AUX_TENSE), None
                )
            return "past"
    return None


_CLAUSE_LEADS = frozenset({"on", "in", "by", "until", "till", "up", "late", "early", "since"})
_CLAUSE_ENDS = frozenset({".", ";", ":", "?", "!", '"', "\u201c", "\u201d", "''", "``"})
_UNTIL = frozenset({"until", "till"})


def _main_clause_tense(after: Span, until: bool) -> str | None:
    """The tense an expression opening its sentence takes from the clause after its comma:
    future for a plan or "will" there, past for "had" after "Until …," ("they had not called")."""
    words = []
    for t in after:
        if t.text in _CLAUSE_ENDS or "\n" in t.text:
            break
        if t.text != ",":
            words.append(t.lower_)
    for k, word in enumerate(words):
        if word == "had":
            return "past" if until else None
        if _looks_past(word):
            return None  # "In September, it announced plans to …"
        if word in _FUTURE_AUX or (word in _FUTURE_BEFORE_TO and words[k + 1 : k + 2] == ["to"]):
            return "future"
    return None


def _unless_had(before: list[Token]) -> str:
    """future, or the nearest such day for a plan in the past perfect, which was often changed:
    "had been scheduled to expire Friday" (and was extended) may be last Friday or the coming one."""
    return "nearest" if any(b.lower_ == "had" for b in before) else "future"


_PASSIVE_BE = frozenset({"be", "is", "are", "am", "was", "were", "been", "being"})
_AUX_TENSE = {
    "was": "past",
    "were": "past",
    "had": "past",
    "will": "future",
    "would": "future",
    "to": "future",
    "'ll": "future",
}


# Without a tagger (the `dates` command runs only the entity recogniser, for speed), past
# verbs are known by their form: regular "-ed" forms and the common irregular ones.
_IRREGULAR_PAST = frozenset(
    """
was were had did said made went came took gave told met left won lost held began saw ran sold
paid got found thought brought built fell rose spent sent struck spoke wrote chose broke became
kept led knew grew drew flew threw wore tore swore bought caught taught fought sought felt
heard meant stood understood sat lay rode drove ate fled hung shot slid stuck stung swung
""".split()
)
_NOT_PAST = frozenset(
    {
        "need",
        "feed",
        "speed",
        "seed",
        "bed",
        "red",
        "shed",
        "proceed",
        "exceed",
        "succeed",
        "embed",
        "indeed",
        "hundred",
        "united",
        "limited",
        "based",
        "preferred",
    }
)


_BEFORE_AN_ADJECTIVE = frozenset("a an the its his her their our my your still very newly long".split())


def _past_verb(t: Token) -> bool:
    """A past form that is a verb: not an adjective after a determiner ("a still unspecified date",
    "the preferred shares")."""
    return _looks_past(t.lower_) and not (t.i > 0 and t.doc[t.i - 1].lower_ in _BEFORE_AN_ADJECTIVE)


def _looks_past(word: str) -> bool:
    return word in _IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST)


def _spans(doc: Doc, text: str) -> list[Span]:
    out = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    taken = {t.i for e in out for t in e}
    for pattern in (EXTRA_WORDS, HOLIDAY_RE, _MORE_OF_A_STRETCH):
        for m in pattern.finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and not any(t.i in taken for t in span):
                out.append(span)
                taken.update(t.i for t in span)
    spans = _join_clock_and_day(doc, sorted(out, key=lambda s: s.start))
    return [part for span in spans for part in _range_parts(span)]


_RANGE_WORDS = frozenset({"and", "to", "through", "until", "till", "or", "-", "\u2013"})


def _range_parts(span: Span) -> list[Span]:
    """The dates of a range or list, each its own expression as TimeML annotates them.

    "between 1994 and 1997", "from Sept. 14 to Thursday", "1994, 1995 and 1997"; a duration
    range ("two to three weeks") and a date with its weekday ("Monday, Oct. 26") stay whole.
    """
    start = span.start + (span[0].lower_ in ("between", "from"))
    parts, begin = [], start
    for token in span.doc[start : span.end]:
        joined = token.text in ("-", "\u2013") and not span.doc[token.i - 1].whitespace_  # "year-earlier"
        if (token.lower_ in _RANGE_WORDS and not joined) or token.text == ",":
            parts.append(span.doc[begin : token.i])
            begin = token.i + 1
    parts.append(span.doc[begin : span.end])
    parts = [p for p in parts if len(p)]
    if len(parts) < 2 or (
        any(t.text == "," for t in span) and not all(re.fullmatch(r"\d{4}", p.text) for p in parts)
    ):
        return [span]
    for part in parts:
        found = normalise(part.text, _ANY_DAY)
        if found.type != "DATE" or found.value is None or not found.value[:1].isdigit():
            return [span]
    return parts


_CLOCK_RE = re.compile(r"\d\s*(?:[ap]\.?m\b|:\d\d)|\b(?:noon|midnight|midday)\b", re.I)
_DAY_RE = re.compile(rf"^(?:{'|'.join(WEEKDAYS)})\b|\b(?:{'|'.join(MONTHS)})\.? \d", re.I)


def _join_clock_and_day(doc: Doc, spans: list[Span]) -> list[Span]:
    """One expression for a clock time or weekday and the day after it: "9 a.m. EST Tuesday",
    "5 p.m., Nov. 6", "Friday Oct. 13"."""
    out: list[Span] = []
    for span in spans:
        if out:
            last = out[-1]
            between = doc[last.end : span.start]
            if (
                all(t.text == "," for t in between)
                and len(between) <= 1
                and (
                    (_CLOCK_RE.search(last.text) and not _CLOCK_RE.search(span.text))
                    or last.text.lower() in WEEKDAYS  # "Friday Oct. 13"
                )
                and _DAY_RE.search(span.text)
            ):
                out[-1] = doc[last.start : span.end]
                continue
        out.append(span)
    return out


_CLOCK_WORDS = frozenset({"noon", "midnight", "midday"})
_DAY_WORDS = frozenset(WEEKDAYS) | {"yesterday", "today", "tomorrow"}
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def _widen(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Widen a day to the clock time or "every" before it and the part of day after it.

    "noon Saturday", "midnight Friday", "Thursday evening", "yesterday morning", "each
    Thursday": one expression each, as TimeML annotates them (the recogniser splits them).
    """
    if doc[end - 1].lower_ in _DAY_PARTS and end < len(doc) and doc[end].lower_ in _DAY_WORDS:
        return start, end + 1  # "mid-afternoon yesterday"
    if (
        start > 0
        and doc[start - 1].lower_ in ("last", "next", "this")
        and HOLIDAY_RE.fullmatch(doc[start:end].text)
    ):
        return start - 1, end  # "last Thanksgiving": the recogniser tags only the holiday
    if doc[end - 1].lower_ not in _DAY_WORDS:
        return start, end
    if start > 0 and doc[start - 1].lower_ in ("every", "each"):
        start -= 1  # "each Thursday": a set
    if start > 0 and doc[start - 1].lower_ in _CLOCK_WORDS and doc[end - 1].lower_ in WEEKDAYS:
        start -= 1
    if end < len(doc) and doc[end].lower_ in _DAY_PARTS:
        end += 1
    return start, end


# The corpora annotate "daily life" and "weekly address" but not "quarterly dividend".
_REPORTING_ADJECTIVES = frozenset({"quarterly", "annually", "yearly", "monthly"})
_FUNCTION_WORDS = frozenset(
    "and or but through since for to in at on by with until from of as while when after before than".split()
)


def _modifies_noun(following: Token) -> bool:
    if following.has_morph() and following.pos_:
        return following.pos_ in ("NOUN", "PROPN", "ADJ")
    return following.is_alpha and following.lower_ not in _FUNCTION_WORDS


def dates(
    doc: Doc,
    *,
    anchor: date | None = None,
) -> list[DateMention]:
    """Temporal expressions of a Doc with TIMEX3 types and values.

    Args:
        doc: a Doc with entity spans (and tags, which give the tense of governing verbs).
        anchor: the publication date; without it relative expressions stay underspecified.
    """
    out = []
    reference: str | None = None
    covered = 0  # the token where the last expression ended
    full = doc.text  # Doc.text joins every token: build it once
    for span in _spans(doc, full):
        # strip white space and punctuation at the edges; keep offsets exact
        start, end = span.start, span.end
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        while end > start and (
            doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in _POSSESSIVE
        ):
            end -= 1  # "last year's results": the expression is "last year"
        while end - start > 1 and doc[start].lower_ in _HEDGES:
            start += 1  # "about 10:35 a.m.", "only five hours": TimeML leaves the hedge out
        while end - start > 1 and doc[start].lower_ in _EDGE_WORDS:
            start += 1  # "hundreds of years": the recogniser's span was "of years"
        while end - start > 1 and doc[end - 1].lower_ in _EDGE_WORDS:
            end -= 1  # "the night of Oct. 23": the recogniser's span was "the night of"
        if end - start == 2 and doc[start].lower_ == "the" and doc[start + 1].lower_ in _PLURAL_UNITS:
            start += 1  # "in the weeks before": both corpora annotate "weeks", not "the weeks"
        if start >= end:
            continue
        if start < covered:
            continue  # already part of the expression before: "evening" of "Thursday evening"
        start, end = _widen(doc, start, end)
        covered = end
        span = doc[start:end]
        text = span.text
        if _AGE_RE.search(text) or _AGE_RE.match(full[span.end_char : span.end_char + 8]):
            continue
        if _not_a_time(span, full):
            continue
        if not re.search(r"[A-Za-z0-9]", text) or (text.isdigit() and not 1000 <= int(text) <= 2999):
            continue
        if text.lower() in ("annual", "biannual", "semiannual"):
            continue  # "annual sales", "a modest annual rate": a kind of figure, never annotated
        if text.lower() in _GENERIC_TIME_WORDS:
            continue  # "at night", "in the morning": no particular time
        if text.lower() in _REPORTING_ADJECTIVES and span.end < len(doc) and _modifies_noun(doc[span.end]):
            continue  # "quarterly dividend", "annually adjusted": a kind of report, not a time
        tense = _tense(span)
        if tense == "past" and span.start > 0 and doc[span.start - 1].lower_ in _DEADLINE_WORDS:
            tense = None  # "was extended to Nov. 20": a past verb setting a date yet to come
        elif tense is None and span.start > 0 and doc[span.start - 1].lower_ in _DEADLINES_AHEAD:
            tense = "nearest"  # "loans through January" (in October), "this year through August"
        if tense == "future" and _names_an_event(span):
            tense = "nearest"  # "would look for ways around Wednesday's ruling": the ruling's own day
        value = normalise(text, anchor, tense, reference)
        if value.value is None and len(span) > 1:  # "coup d'etat last year": keep the part that is a date
            part, value = _best_part(span, anchor, tense, reference, value)
            if part.start > span.start and not part[0].is_sent_start and span[0].lower_ not in _DATE_LEADS:
                span, text = part, part.text  # "coup d'etat last year" -> "last year"
        if (
            value.type == "DATE"
            and value.value
            and re.match(r"\d{4}(?:$|-(?:Q\d|\d{2}))", value.value)
            and normalise(text, anchor, tense) == value
        ):  # not itself a reference back
            reference = value.value
        if (
            value.type == "SET"
            and re.fullmatch(r"an? \w+", text.lower())
            and (span.start == 0 or doc[span.start - 1].lower_ in _BEFORE_A_STRETCH)
        ):
            value = Value(
                "DURATION", value.value
            )  # "within a week", "barely a month"; "50,000 CDs a year" is a SET
        if value.value is None and normalise(text, _ANY_DAY, tense, reference).value is None:
            continue  # "seasonally", "Olympic", "as little as 99 cents": no time at all
        if value.type == "DURATION" and len(span) > 1 and span[-1].lower_ == "later":
            span = span[:-1]  # "three days later": the duration is "three days"
            text = span.text
        ended = next((t for t in span[1:-1] if t.lower_ in ("ended", "ending")), None)
        if ended is not None and value.value is not None:
            # "the quarter ended Sept. 30": the period and the day it ended, as TimeML has them
            period, day = doc[span.start : ended.i], doc[ended.i + 1 : span.end]
            day_value = normalise(day.text, anchor, "past" if ended.lower_ == "ended" else tense, reference)
            out.append(DateMention(period.text, period.start_char, period.end_char, value.type, value.value))
            out.append(DateMention(day.text, day.start_char, day.end_char, day_value.type, day_value.value))
            continue
        out.append(DateMention(text, span.start_char, span.end_char, value.type, value.value))
    return _clocks_dated_by_the_day_after(out, full, anchor)


def _clocks_dated_by_the_day_after(
    found: list[DateMention], full: str, anchor: date | None
) -> list[DateMention]:
    """A clock time gets the day named after the time zone in brackets: "at 10:35 a.m. (0735 GMT)
    Friday" is Friday's, as wire copy writes it; TimeML keeps the two expressions apart."""
    if anchor is None:
        return found
    out = list(found)
    for k, (clock, day) in enumerate(zip(found, found[1:])):
        if (
            clock.type == "TIME"
            and clock.value is not None
            and clock.value.startswith(anchor.isoformat() + "T")
            and not _DAY_WORDS & set(clock.text.lower().split())
            and day.type == "DATE"
            and day.value is not None
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day.value)
            and re.fullmatch(r"\s*\([^()]{1,20}\)\s*", full[clock.end : day.start])
        ):
            out[k] = replace(clock, value=day.value + clock.value[10:])
    return out


def _names_an_event(span: Span) -> bool:
    """A day naming the event after it: "Wednesday's ruling", "the Jan. 14 deadline"."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    following = doc[span.end]
    if following.lower_ in _POSSESSIVE:
        return True
    return span.start > 0 and doc[span.start - 1].lower_ == "the" and _modifies_noun(following)


def _not_a_time(span: Span, full: str) -> bool:
    """Words that look like times but name something: an age, a title, a newspaper.

    "in his 30s" (an age, not the 2030s), "ABC's “This Week”", "60 Minutes", "USA Today" (a
    time word capitalised inside a sentence that is not a headline), "the party daily Granma",
    "its initial quarterly of five cents" (a set word used as a noun).
    """
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ in _POSSESSIVE_PRONOUNS and _DECADE_RE.search(span.text):
        return True
    words = [t.lower_ for t in span]
    owner = words[0] if len(words) == 2 else before.lower_ if before is not None and len(words) == 1 else None
    if owner in _OWNERS and words[-1] in ("year", "month", "week", "day"):
        return True  # "his year in kindergarten", "Kellogg's year": a stretch of someone's life
    if (
        span.text == "March"
        and before is not None
        and before.lower_ in ("the", "a", "an", "annual")
        and after is not None
        and after.lower_ in ("for", "on", "against")
    ):
        return True  # "the annual March for Life", "the March on Washington": a procession
    if re.fullmatch(r"\d{4}", span.text) and after is not None and after.text in ("GMT", "UTC"):
        return True  # "(0735 GMT)": the clock time before it restated in another zone, not a year
    if span.text.lower() in SET_WORDS and after is not None:
        if after.lower_ == "of" or (
            after.is_title and not _DAY_RE.match(after.text) and not after.is_sent_start
        ):
            return True
    capitalised = [t for t in span if t.is_title and t.lower_ in _COMMON_TIME_WORDS]
    if capitalised and not HOLIDAY_RE.search(span.text) and not _is_headline(_line(full, span.start_char)):
        first = capitalised[0]
        if first.i > span.start:
            return True  # "This Week", "60 Minutes"
        if before is not None and before.i == first.i - 1 and before.ent_type_ not in ("", "DATE", "TIME"):
            return before.is_title or before.is_upper  # "USA Today", "VOA Today": part of a name
    return False


def _line(text: str, offset: int) -> str:
    end = text.find("\n", offset)
    return text[text.rfind("\n", 0, offset) + 1 : end if end >= 0 else len(text)]


def _is_headline(line: str) -> bool:
    """A title-case line: most of its longer words capitalised."""
    words = re.findall(r"[A-Za-z]{4,}", line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "my", "your", "our"})
_OWNERS = _POSSESSIVE_PRONOUNS | {"its", "'s", "\u2019s"}
_DECADE_RE = re.compile(
    r"\d0'?s\b|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", re.I
)
_EDGE_WORDS = frozenset({"of", "and", "or"})
_PLURAL_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"})
_COMMON_TIME_WORDS = frozenset(
    {f"{unit}{s}" for unit in UNITS for s in ("", "s")}
    | {"today", "tonight", "tomorrow", "yesterday", "now"}
    | set(SET_WORDS)
)
_ANY_DAY = date(2000, 1, 3)  # an anchor for asking whether an expression is a time at all
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_HEDGES = frozenset({"about", "just", "only", "barely"})
# words after which "a year" is a stretch of time, not a rate ("$1 billion a year"); no tagger runs
_BEFORE_A_STRETCH = _HEDGES | frozenset(
    "almost nearly in within for over after before than of under at least by to during throughout "
    "take takes took taking last lasts lasted spend spent".split()
)
_DEADLINE_WORDS = frozenset({"to", "until", "till", "by", "through", "before", "effective", "past", "around"})
_DEADLINES_AHEAD = frozenset({"by", "through", "until", "till", "effective"})
_GENERIC_TIME_WORDS = frozenset(
    "night morning evening afternoon day nights mornings evenings".split()
    + [f"the {w}" for w in ("night", "morning", "evening", "afternoon", "day")]
)
_DATE_LEADS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "last",
        "next",
        "early",
        "late",
        "mid",
        "about",
        "around",
        "almost",
        "nearly",
        "some",
        "each",
        "every",
        "more",
        "less",
        "over",
    }
)


def _best_part(
    span: Span, anchor: date | None, tense: str | None, reference: str | None, value: Value
) -> tuple[Span, Value]:
    """The longest part of a span (cut at either end) that normalises to a value."""
    n = len(span)
    for size in range(n - 1, 0, -1):
        for start in range(0, n - size + 1):
            part = span[start : start + size]
            if part[0].is_punct or part[-1].is_punct or part[0].lower_ in _EDGE_WORDS:
                continue
            found = normalise(part.text, anchor, tense, reference)
            if found.value is not None:
                return part, found
    return span, value


def anchor_date(published: str | None) -> date | None:
    """The calendar date of an ISO publication date (its local date, not UTC)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def readable(value: str | None, type_: str = "DATE") -> str:
    """A short human reading of a TIMEX3 value for tables ("Tue 20 Nov 2012")."""
    if not value:
        return ""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?", value)
    if m:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        out = d.strftime("%a %d %b %Y")
        return out + (f" {m.group(4)}:{m.group(5)}" if m.group(4) else "")
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        return date(int(m.group(1)), int(m.group(2)), 1).strftime("%B %Y")
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if m:
        return f"week {int(m.group(2))} of {m.group(1)}"
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
            "WE": "weekend",
        }
        amount = "some" if m.group(2) == "X" else m.group(2)
        unit = names.get(m.group(3), m.group(3))
        plural = "" if amount == "1" else "s"
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
