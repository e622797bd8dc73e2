"""Temporal expressions -> TIMEX3 type and value, anchored to the publication date.

The work is done in four steps, one module each:

- `spans`: find the expressions (spaCy's DATE and TIME entities, plus words it misses) and
  trim them to the edges TimeML annotates;
- `grammar`: what an expression says without an anchor, as an underspecified TIMEX
  ("the Tuesday nearest the anchor", "month 11 of a year the tense decides");
- `tense`: the tense of the governing verb (one `Tense`, from the parse when there is one);
- `resolve`: the one resolver, which anchors an underspecified TIMEX to the publication
  date, the tense and the date mentioned last; `timex` formats ISO values.

dateparser and dateutil turn strings into points in time, but TimeML values need
granularity ("2012-11" for "November", "2012-W46" for "last week", "P3D" for "three days")
and underspecified values ("XXXX-11-20") when there is no anchor, hence our own grammar.
Each rule family is tested by a table in tests/test_extract_dates.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ... import lexicon
from ...model import DateMention
from .. import doc_text
from .grammar import counts_from_an_event, is_distance
from .resolve import normalise
from .spans import (
    ANY_DAY,
    CLOCK_RE,
    DAY_WORDS,
    HOLIDAY_RE,
    YEARLESS_NUMERIC,
    a_rate,
    candidate_spans,
    listed_day,
    skipped,
    starts_sentence,
    trim,
    widen,
)
from .tense import Tense, expression_tense, plain_future
from .timex import WEEKDAYS, Value, holiday_date, valid

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["Tense", "Value", "anchor_date", "dates", "normalise", "unresolved"]

MONTH_NAMES = sorted((m for m in lexicon.mapping("months")), key=len, reverse=True)
_EDGE_WORDS = frozenset({"of", "and", "or"})
# a unit word alone after a word that does not count or place it: "a banner year", "investor
# days", "open days" (a kind of year or day, no time)
_BARE_UNITS = frozenset(
    ["year", "month", "week", "day", "years", "months", "weeks", "days"]
    + [f"the {unit}" for unit in ("year", "month", "week", "day")]
)
_MODALS = lexicon.words("modal_verbs") | {"will", "'ll", "shall"}
# words that start a date expression: a span starting with one is not cut to a part of it
_DATE_LEADS = frozenset(
    "the a an this that last next early late mid about around almost nearly some each every more less over".split()
)
# a value that later back references ("that year", "the same quarter") can count from
_REFERENCE_VALUE = re.compile(r"\d{4}(?:$|-(?:Q\d|\d{2}|W\d\d$))|XXXX-WXX-[1-7]$")
# "two days earlier" counts from a date mentioned at most this many sentence openings before
# it (its own sentence or the one before); further back, the event it counts from is unclear
# and the distance counts from the publication date (or stays a duration, "later").
EVENT_SENTENCES_BACK = 1
_DAY_REFERENCE = re.compile(r"\d{4}-\d{2}-\d{2}|XXXX-WXX-[1-7]")


def dates(
    doc: Doc,
    *,
    anchor: date | None = None,
    told_at: Sequence[tuple[int, str]] = (),
) -> list[DateMention]:
    """Temporal expressions of a Doc with TIMEX3 types and values.

    Args:
        doc: a Doc with entity spans (nothing else is read: tags and parse are not needed).
        anchor: the publication date; without it relative expressions stay underspecified.
        told_at: the times the text is told at, each from a character offset on, in order
            ((0, "2026-03-05T22:00") for a publication time, then a live page's entry
            stamps): "an hour ago" counts back from the one in force, and a clock time
            without a day falls on the day nearest it that the tense allows.

    Returns:
        One DateMention per expression, in text order, with character offsets into the Doc.
    """
    out: list[DateMention] = []
    reference: str | None = None
    period: str | None = None  # the reporting period (a quarter or half) mentioned last
    covered = 0  # the token where the last expression ended
    day: str | None = None  # the reference of a day's granularity mentioned last ...
    day_at = 0  # ... and the token where its expression ended
    told: str | None = None  # the last day mentioned not after the publication date
    full = doc_text(doc)
    day_first = day_first_convention(full)
    for found in candidate_spans(doc, full):
        start, end = trim(doc, found.start, found.end)
        if start >= end or start < covered:
            continue  # empty, or already part of the expression before: "evening" of "Thursday evening"
        start, end = widen(doc, start, end)
        covered = end
        span = doc[start:end]
        listed = listed_day(span)  # "25" of "May 24 and 25"
        if listed is None and skipped(span, full):
            continue
        year_back = _counts_from_the_period(span.text)
        back = period if period and year_back else reference
        if not year_back and counts_from_an_event(span.text):
            # "two days earlier" counts from the day mentioned last ("on Wednesday ... by 2032.
            # Two days earlier"), if in this sentence or the one before
            near = _sentences_between(doc, day_at, start) <= EVENT_SENTENCES_BACK
            back = day if near else None
        if _ahead_of(back, anchor) and told and expression_tense(span) is Tense.PAST:
            back = told  # "voted on Tuesday … will meet on Thursday … approved it the same day": Tuesday
        mentions, new_reference = _mentions(span, anchor, back, day_first, listed)
        if out and len(mentions) == 1 and new_reference == mentions[0].value:
            out[-1], mentions[0] = _weekday_range_in_order(out[-1], mentions[0], anchor, full)
            new_reference = mentions[0].value  # "from Monday to Friday. The next day": Friday's
        recurring = _set_word_over_a_list([*out[-LIST_ITEMS:], *mentions], full)[len(out[-LIST_ITEMS:]) :]
        if recurring != mentions:  # "every Monday and Thursday": a set's item is no day to count from
            out.extend(recurring)
            continue
        if new_reference != back:
            reference = new_reference
            if new_reference and _DAY_REFERENCE.fullmatch(new_reference):
                day, day_at = new_reference, end
                told = told if _ahead_of(new_reference, anchor) else new_reference
        if not year_back:
            period = _reporting_period(mentions, anchor) or period
        elif period and _REPORTED_YEAR.fullmatch(span.text.lower()):
            # "For the full year, ... a year earlier": the comparison is now with the year before
            period = next((m.value for m in mentions if m.value and m.value.isdigit()), period)
        out.extend(mentions)
    out = _holidays_in_apposition(_range_starts_in_the_end_s_year(out, full), full)
    out = _days_after_a_dated_one_to_come(out, full, anchor)
    out = _dates_in_the_year_opening_the_sentence(out, full)
    out = _some_weekday_of_a_period(out, full)
    out = _clocks_dated_by_the_day_after(_recurring_schedules(out, full), doc, anchor)
    return _weekdays_shared_with_a_set(_times_from_the_telling(out, doc, anchor, told_at), full)


# between the two ends of a range: "from 1 March to 30 April last year", "June 3-July 9, 2022"
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|and|-|\u2013)\s*", re.I)
_RANGE_OPEN = re.compile(r"(?:from|between)\s*$", re.I)
_YEAR_WORDS = re.compile(r"\d{4}|\byear\b|'\d\d", re.I)


def _range_starts_in_the_end_s_year(found: list[DateMention], full: str) -> list[DateMention]:
    """The first end of a range without a year of its own takes the year of the second, the
    year before when its month comes later: "from 1 March to 30 April last year" (TimeML)."""
    out = list(found)
    for k in range(len(found) - 1):
        first, second = found[k], found[k + 1]
        if not (
            _DAY_VALUE.fullmatch(first.value or "")
            and _DAY_VALUE.fullmatch(second.value or "")
            and _RANGE_JOIN.fullmatch(full[first.end : second.start])
            and _RANGE_OPEN.search(full[max(0, first.start - 12) : first.start])
            and not _YEAR_WORDS.search(first.text)
            and _YEAR_WORDS.search(second.text)
        ):
            continue
        f, e = first.value or "", second.value or ""
        year = int(e[:4]) - (f[5:] > e[5:])
        out[k] = replace(first, value=f"{year}{f[4:]}")
    return out


_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")


def _days_after_a_dated_one_to_come(
    found: list[DateMention], full: str, anchor: date | None
) -> list[DateMention]:
    """A day without a year told after a dated day still to come, in the same sentence, is in
    that day's year when it falls after it there: "the summit opens on 3 March 2028 and closes
    on 18 July" (the end of what the first day begins, not the nearest 18 July)."""
    out = list(found)
    for k in range(1, len(found)):
        first, second = out[k - 1], found[k]
        f, e = first.value or "", second.value or ""
        if not (
            anchor is not None
            and _DAY_VALUE.fullmatch(f)
            and _DAY_VALUE.fullmatch(e)
            and f > anchor.isoformat()
            and _YEAR_WORDS.search(first.text)
            and not _YEAR_WORDS.search(second.text)
            and not _SENTENCE_BREAK.search(full[first.end : second.start])
        ):
            continue
        carried = f[:4] + e[4:]
        if carried > f and carried != e and e[5:] != "02-29":  # no leap day in another year
            out[k] = replace(second, value=carried)
    return out


_YEAR_VALUE = re.compile(r"\d{4}")
_MONTH_OR_DAY_VALUE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:in\s+)?$", re.I)


def _dates_in_the_year_opening_the_sentence(found: list[DateMention], full: str) -> list[DateMention]:
    """A month or day without a year in a sentence opened by a year and a comma is in that
    year: "In 2019, the plant closed in March", "Last year, 500 places went unfilled by the
    end of September" (as TimeML reads them; alone, "March" is the nearest one)."""
    out = list(found)
    for k, opener in enumerate(found):
        year = opener.value or ""
        if not (
            _YEAR_VALUE.fullmatch(year)
            and _SENTENCE_START.search(full[max(0, opener.start - 12) : opener.start])
            and full[opener.end : opener.end + 1] == ","
        ):
            continue
        for j in range(k + 1, len(found)):
            later = found[j]
            if _SENTENCE_BREAK.search(full[opener.end : later.start]):
                break
            value = later.value or ""
            if _MONTH_OR_DAY_VALUE.fullmatch(value) and not _YEAR_WORDS.search(later.text):
                if not (value[5:] == "02-29" and value[:4] != year):
                    out[j] = replace(later, value=year + value[4:])
    return out


def _holidays_in_apposition(found: list[DateMention], full: str) -> list[DateMention]:
    """A holiday named after the day it falls on is that day: "on 25 December, Christmas Day"
    (the holiday alone would be the nearest Christmas)."""
    out = list(found)
    for k in range(1, len(found)):
        day, holiday = found[k - 1], found[k]
        name = holiday.text.lower()
        if (
            _DAY_VALUE.fullmatch(day.value or "")
            and HOLIDAY_RE.fullmatch(holiday.text)
            and full[day.end : holiday.start].strip() in (",", "")
            and (found_day := holiday_date(name, int((day.value or "")[:4]))) is not None
            and found_day.isoformat() == day.value
        ):
            out[k] = replace(holiday, type="DATE", value=day.value)
    return out


_SOME = re.compile(r"\b[Aa]n? (?:[a-z]+ )?$")  # "on a wet Thursday"
_IN_OR_OF = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?")
_YEAR_OF = re.compile(r"\d{4}(?=-\d\d$|-[A-Z]|$)")


def _some_weekday_of_a_period(found: list[DateMention], full: str) -> list[DateMention]:
    """ "a wet Thursday in February 2019": some weekday of a period, not the one nearest the
    publication date. TimeML fills what is known and writes X for the rest: the weekday in its
    year, week unknown (2019-WXX-4; ISO weeks cannot also hold the month, which the period's own
    expression keeps)."""
    out = list(found)
    for k in range(len(found) - 1):
        weekday, period = found[k], found[k + 1]
        if (
            _a_bare_weekday_mention(weekday)
            and _SOME.search(full[max(0, weekday.start - 16) : weekday.start])
            and _IN_OR_OF.fullmatch(full[weekday.end : period.start])
            and period.type == "DATE"
        ):
            year = _YEAR_OF.match(period.value or "")
            number = WEEKDAYS[weekday.text.lower()] + 1
            out[k] = replace(weekday, value=f"{year.group() if year else 'XXXX'}-WXX-{number}")
    return out


def _a_range(first: DateMention, second: DateMention, full: str) -> bool:
    """Whether two expressions are the ends of one range: "from Monday to Friday", "8am-6pm",
    "between 7am and 9pm" ("and" only after "between")."""
    join = full[first.end : second.start]
    return bool(_RANGE_JOIN.fullmatch(join)) and (
        "and" not in join.lower() or full[max(0, first.start - 8) : first.start].lower().strip() == "between"
    )


def _a_bare_weekday_mention(mention: DateMention) -> bool:
    return mention.type == "DATE" and mention.text.lower() in WEEKDAYS


def _a_clock_time(mention: DateMention) -> bool:
    """A clock time without a day of its own in its words ("6am", not "10pm tonight")."""
    return (
        mention.type == "TIME"
        and CLOCK_RE.search(mention.text) is not None
        and not DAY_WORDS & set(mention.text.lower().split())
    )


# What ends a clause between two expressions, for what recurs in it: sentence punctuation, a
# line break, a subordinating word, or "and"/"but" opening a clause ("she swam every day, and
# on Friday she won"); "Monday and Friday" or "7am and 9pm" alone is no break.
_CLAUSE_BREAK = re.compile(
    r"[.;:!?\n\"\u201c\u201d]|\b(?:but|while|when|after|before|because|although|then)\b", re.I
)
_BARE_JOIN = re.compile(r"\s*,?\s*(?:and|or)?\s*", re.I)


def _clauses(found: list[DateMention], full: str) -> list[list[int]]:
    """The indexes of the expressions, grouped by the clause they stand in."""
    groups: list[list[int]] = []
    for k, mention in enumerate(found):
        gap = full[found[k - 1].end : mention.start] if k else "."
        if _CLAUSE_BREAK.search(gap) or (re.search(r"\band\b", gap, re.I) and not _BARE_JOIN.fullmatch(gap)):
            groups.append([k])
        else:
            groups[-1].append(k)
    return groups


def _recurring_schedules(found: list[DateMention], full: str) -> list[DateMention]:
    """Opening hours and timetables are no calendar dates: a range of weekdays and the clock
    times of a clause that a set word governs ("open weekly from Wednesday to Sunday", "Gates
    open at 11am each day", "open daily from 6am"), or a range of weekdays with a range of clock
    times ("from Monday to Friday, between 8am and 6pm"), recur. TimeML writes the weekdays as a
    SET (XXXX-WXX-1) and a clock time with no day (XXXX-XX-XXT08:00); a weekly set makes a lone
    weekday recur too ("the market runs weekly on Thursday"), a daily one does not ("daily
    flights start on Monday": the day they start)."""
    out = list(found)
    for group in _clauses(found, full):
        sets = [found[k].value or "" for k in group if found[k].type == "SET"]
        pairs = [(a, b) for a, b in zip(group, group[1:]) if _a_range(found[a], found[b], full)]
        ranged = {k for pair in pairs for k in pair if all(_a_bare_weekday_mention(found[j]) for j in pair)}
        weekdays = set(ranged)
        clocks = {k for pair in pairs for k in pair if all(_a_clock_time(found[j]) for j in pair)}
        if not sets and not (weekdays and clocks):
            continue
        weekdays |= {
            k for k in group if _a_bare_weekday_mention(found[k]) and _next_to_a_weekly_set(found, k, full)
        }
        for k in weekdays:
            out[k] = replace(found[k], type="SET", value=f"XXXX-WXX-{WEEKDAYS[found[k].text.lower()] + 1}")
        for k in group:
            if _a_clock_without_its_day(out, k, full):
                out[k] = _on_day(out[k], _recurring_day_with(out, k, full, ranged) or "XXXX-XX-XX")
    return _daily_clock_times(out, full)


def _a_clock_without_its_day(found: list[DateMention], k: int, full: str) -> bool:
    """A clock time with a value of the day and no calendar day written with it."""
    clock = found[k]
    return _a_clock_time(clock) and "T" in (clock.value or "") and not _day_written_with(found, k, full)


def _on_day(clock: DateMention, day: str) -> DateMention:
    """A clock time moved to another day's value ("XXXX-XX-XX", "XXXX-WXX-5")."""
    value = clock.value or ""
    return replace(clock, value=day + value[value.index("T") :])


def _text_between(found: list[DateMention], j: int, k: int, full: str) -> str:
    """The text between two expressions, in whichever order they stand."""
    first, second = sorted((found[j], found[k]), key=lambda m: m.start)
    return full[first.end : second.start]


# what says a sentence's clock times come every day or every such day: "daily", "each night",
# "every morning", "on weekdays" ("7pm each night"; weekly and yearly sets leave a clock time its day)
_DAILY = re.compile(
    r"\b(?:daily|nightly|(?:every|each) (?:day|night|morning|afternoon|evening)|on weekdays|at weekends)\b",
    re.I,
)
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _sentence_of(full: str, start: int, end: int) -> str:
    """The text from the sentence break before `start` to the one after `end`."""
    left = max((m.end() for m in _SENTENCE_BREAK.finditer(full, max(0, start - 200), start)), default=0)
    right = _SENTENCE_BREAK.search(full, end)
    return full[left : right.start() if right else len(full)]


def _daily_clock_times(found: list[DateMention], full: str) -> list[DateMention]:
    """The clock times of a sentence that says they come every day recur, each clause of it:
    "Doors open at 7pm each night, and the music stops by 11pm" (XXXX-XX-XXT19:00,
    XXXX-XX-XXT23:00, as TimeML writes a time of no one day), unless a day is written with one."""
    out = list(found)
    sentence: list[int] = []
    for k in range(len(found) + 1):
        if k < len(found) and (
            not sentence or not _SENTENCE_BREAK.search(full[found[k - 1].end : found[k].start])
        ):
            sentence.append(k)
            continue
        if sentence and _DAILY.search(_sentence_of(full, found[sentence[0]].start, found[sentence[-1]].end)):
            for j in sentence:
                if _a_clock_without_its_day(out, j, full):
                    out[j] = _on_day(out[j], "XXXX-XX-XX")
        sentence = [k]
    return out


_NEXT_TO = re.compile(r"\s*,?\s*(?:on\s+)?", re.I)


def _next_to_a_weekly_set(found: list[DateMention], k: int, full: str) -> bool:
    """ "weekly on Thursday", "on Thursday every week": a weekday right next to a weekly set."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(found) and found[j].type == "SET" and found[j].value == "P1W":
            if _NEXT_TO.fullmatch(_text_between(found, j, k, full)):
                return True
    return False


def _day_written_with(found: list[DateMention], k: int, full: str) -> bool:
    """Whether a clock time has a day of the calendar written with it ("at 6am on Monday")."""
    return (_day_after(found, k, full) or _day_before(found, k, full)) is not None


def _recurring_day_with(found: list[DateMention], k: int, full: str, ranged: set[int]) -> str | None:
    """The recurring weekday written right before or after a clock time ("every Friday at 8pm"),
    not the end of a range of weekdays ("Monday to Friday, 9am to 5pm": every day of it)."""
    for j, gap in ((k - 1, _DAY_TO_CLOCK), (k + 1, _CLOCK_TO_DAY)):
        if 0 <= j < len(found) and j not in ranged and found[j].type == "SET":
            between = _text_between(found, j, k, full)
            if _RECURRING_WEEKDAY.fullmatch(found[j].value or "") and gap.fullmatch(between):
                return (found[j].value or "")[:10]
    return None


def _weekday_range_in_order(
    first: DateMention, second: DateMention, anchor: date | None, full: str
) -> tuple[DateMention, DateMention]:
    """The two weekdays of a range, resolved together so that the end follows the start ("from
    Monday to Friday" written on a Thursday is not Monday the 16th to Friday the 13th): a range
    begun after the publication date ends after its start, one begun before it starts before
    its end ("talks ran from Monday to Friday": the week before)."""
    if not (
        anchor
        and _a_bare_weekday_mention(first)
        and _a_bare_weekday_mention(second)
        and _DAY_VALUE.fullmatch(first.value or "")
        and _DAY_VALUE.fullmatch(second.value or "")
        and _a_range(first, second, full)
    ):
        return first, second
    start, end = date.fromisoformat(first.value or ""), date.fromisoformat(second.value or "")
    if end > start:
        return first, second
    days = (end.weekday() - start.weekday()) % 7 or 7
    if start > anchor:
        return first, replace(second, value=(start + timedelta(days=days)).isoformat())
    return replace(first, value=(end - timedelta(days=days)).isoformat()), second


_RECURRING_WEEKDAY = re.compile(r"XXXX-WXX-[1-7](T\w+)?")
_AND_OR = re.compile(r"\s*,?\s*(?:and|or|&)\s+")


def _weekdays_shared_with_a_set(found: list[DateMention], full: str) -> list[DateMention]:
    """ "on Monday and Tuesday nights": the weekday before "and" recurs as the plural after it
    does, with its part of day (TimeML annotates each as a SET)."""
    out = list(found)
    for k in range(len(found) - 1):
        day, plural = found[k], found[k + 1]
        recurring = _RECURRING_WEEKDAY.fullmatch(plural.value or "")
        if (
            plural.type == "SET"
            and recurring
            and day.type == "DATE"
            and day.text.lower() in WEEKDAYS
            and _AND_OR.fullmatch(full[day.end : plural.start])
        ):
            suffix = recurring.group(1) or ""
            out[k] = replace(day, type="SET", value=f"XXXX-WXX-{WEEKDAYS[day.text.lower()] + 1}{suffix}")
    return out


_SET_LEAD = re.compile(r"(every|each)\s", re.I)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)")


def _ahead_of(value: str | None, anchor: date | None) -> bool:
    """Whether a day's value lies after the publication date: no past event happened on it."""
    return bool(value and anchor and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and value > anchor.isoformat())


# the items of a list read back for its set word ("each Monday, Wednesday, Friday and Sunday")
LIST_ITEMS = 8


def _set_word_over_a_list(found: list[DateMention], full: str) -> list[DateMention]:
    """ "every Monday and Thursday", "each March, June and September": the set word before the
    first item of a list recurs over the bare weekdays and months listed after it (TimeML
    annotates each item, each a SET); the recogniser tags the later ones as dates."""
    out = list(found)
    lead, shape = None, None  # the set word of the list being read, and its first item's kind
    for k, mention in enumerate(found):
        if mention.type == "SET" and (m := _SET_LEAD.match(mention.text)):
            lead, shape = m.group(1), _shape(mention.value)
            continue
        if (
            lead is not None
            and mention.type in ("DATE", "SET")
            and " " not in mention.text.strip()
            and _LIST_JOIN.fullmatch(full[found[k - 1].end : mention.start])
        ):
            recurring = normalise(f"{lead} {mention.text}")  # a SET: an item already read
            if recurring.type == "SET" and _shape(recurring.value) == shape:  # not "every day, and Monday"
                out[k] = replace(mention, type="SET", value=recurring.value)
                continue
        lead = None
    return out


def _shape(value: str | None) -> str:
    """A value with its digits blanked: what kind of time it is ("XXXX-WXX-9" a weekday)."""
    return re.sub(r"\d", "9", value or "")


def _sentences_between(doc: Doc, after: int, start: int) -> int:
    """How many sentences open after token `after` up to and including token `start`."""
    return sum(1 for t in doc[after + 1 : start + 1] if not t.is_space and starts_sentence(t))


_NUMERIC = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})\b")
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:{'|'.join(MONTH_NAMES)})\b", re.I)
_MONTH_DAY = re.compile(rf"\b(?:{'|'.join(MONTH_NAMES)})\.? \d{{1,2}}\b", re.I)


# "the full year", "full-year", "the fiscal year": the year a results story reports
_REPORTED_YEAR = re.compile(r"(?:the )?(?:full|fiscal|full fiscal)[- ]year")
_PERIOD_VALUE = re.compile(r"\d{4}-[QH]\d")
# "the nine months", "the first six months (ended Aug. 12)": a results story's year to date,
# whose match "a year earlier" is the year before, not the quarter reported before it
_YEAR_TO_DATE = re.compile(r"(?:the )?(?:first |latest )?(?:\w+)[- ]months?", re.I)
_MONTHS_VALUE = re.compile(r"P(\d+)M")
# "the three months to December 31" is the quarter reported, not a year to date: a stretch of
# more months than a quarter's is one
QUARTER_MONTHS = 3


def _reporting_period(mentions: list[DateMention], anchor: date | None) -> str | None:
    """The reporting period the mentions of one expression set, if any: a quarter or half
    ("2012-Q3"), or the year of a year-to-date stretch ("the nine months" -> "2012")."""
    for m in mentions:
        if m.value and _PERIOD_VALUE.fullmatch(m.value):
            if _reported(m.value, anchor):
                return m.value
            continue
        months = _MONTHS_VALUE.fullmatch(m.value or "")
        if (
            m.type == "DURATION"
            and months
            and QUARTER_MONTHS < int(months.group(1)) < 12
            and _YEAR_TO_DATE.fullmatch(m.text)
        ):
            ended = next(
                (d.value for d in mentions if d.type == "DATE" and d.value and d.value[:4].isdigit()), None
            )
            return ended[:4] if ended else str(anchor.year) if anchor else None
    return None


def _counts_from_the_period(text: str) -> bool:
    """ "the quarter", "a year earlier", "the year-ago quarter": in a results story, the
    reporting period or its match a year before, not the date mentioned last (issue 21)."""
    from .grammar import Backref, parse

    found = parse(text)
    return isinstance(found, Backref) and (
        found.unit in ("quarter", "quarter_of", "year_of", "quarter_a_year_before")
        or (found.unit == "year_earlier" and found.step == -1)
    )


def _reported(value: str, anchor: date | None) -> bool:
    """Whether a quarter or half ("2012-Q3", "2012-H1") was over before the anchor's month:
    "a fourth-quarter charge" in a story of November is a plan, not the period reported."""
    if anchor is None:
        return True
    months = 3 if value[5] == "Q" else 6
    return (int(value[:4]), int(value[6]) * months) < (anchor.year, anchor.month)


def day_first_convention(text: str) -> bool:
    """Whether an article writes numeric dates day first ("03/04/2026" is 3 April).

    A numeric date (with a year, or without one after a word that places it: "on 14/02")
    with a first number above 12 settles it (day first), one with a second number above 12
    too (month first); else a holiday named with a numeric date, then dates written out
    decide ("4 March" against "March 4"), and without evidence month first, the US convention
    of most wire copy.
    """
    orders = [(int(m.group(1)), int(m.group(3))) for m in _NUMERIC.finditer(text)]
    if "/" in text:  # "on 14/02"
        orders += [(int(m.group(2)), int(m.group(3))) for m in YEARLESS_NUMERIC.finditer(text)]
    if any(first > 12 for first, second in orders if second <= 12):
        return True
    if any(second > 12 for first, second in orders if first <= 12):
        return False
    named = _order_by_a_holiday(text) if orders else None
    if named is not None:
        return named
    return len(_DAY_MONTH.findall(text)) > len(_MONTH_DAY.findall(text))


# a numeric date and the holiday it is, in apposition: "06/04/2026, Easter Monday"
_DATE_AND_HOLIDAY = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}),? (" + HOLIDAY_RE.pattern + ")")


def _order_by_a_holiday(text: str) -> bool | None:
    """Whether a numeric date named as a holiday puts the day first (None: no such date, or
    both orders fit): Easter Monday 2026 is 6 April, so "06/04/2026, Easter Monday" is."""
    for m in _DATE_AND_HOLIDAY.finditer(text):
        a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        day = holiday_date(m.group(5).lower().removesuffix(" week"), year)
        if day is not None and a != b and (day.month, day.day) in ((a, b), (b, a)):
            return (day.month, day.day) == (b, a)
    return None


def _mentions(
    span: Span, anchor: date | None, reference: str | None, day_first: bool = False, listed: str | None = None
) -> tuple[list[DateMention], str | None]:
    """The mentions of one expression (none, one, or a period and the day it ended) and the
    reference for the expressions after it; `listed`: a bare day written out with its month."""
    doc, text = span.doc, span.text
    tense = expression_tense(span)
    value = normalise(listed or text, anchor, tense, reference, day_first=day_first)
    if value.value is None and len(span) > 1:  # "coup d'etat last year": keep the part that is a date
        part, value = _best_part(span, anchor, tense, reference, value)
        if part.text.lower() in _BARE_UNITS and part.start > span.start:
            return [], reference  # "a banner year", "a typical year": a kind of year, no time
        if part.start > span.start and not starts_sentence(part[0]) and span[0].lower_ not in _DATE_LEADS:
            span, text = part, part.text  # "coup d'etat last year" -> "last year"
    if (
        value.type == "DATE"
        and value.value
        and _REFERENCE_VALUE.match(value.value)
        and normalise(text, anchor, tense) == value
    ):  # not itself a reference back
        reference = value.value
    if _a_day_wished_for(span):
        return [], reference  # "she hopes one day to sail": no time TimeML annotates
    value = _some_day(span) or value
    if tense is Tense.FUTURE and anchor and value.value == anchor.isoformat() and _a_bare_weekday(text):
        if plain_future(span):  # "On Saturday he will light the lamps" in a Saturday's paper
            value = Value("DATE", (anchor + timedelta(days=7)).isoformat())
    if value.type == "SET" and re.fullmatch(r"an? \w+", text.lower()) and not a_rate(span):
        value = Value("DURATION", value.value)  # "within a week", "gave him a month"; not "50 CDs a year"
    if value.value is None and normalise(text, ANY_DAY, tense, reference).value is None:
        return [], reference  # "seasonally", "Olympic", "as little as 99 cents": no time at all
    if value.type == "DURATION" and anchor and _a_wait(span, tense):
        # "the vote is in two weeks": a date (a week, a month ...; not "in an hour", no clock time)
        point = normalise(f"{text} from now", anchor, tense)
        value = point if point.value else value
    if value.type == "DURATION" and len(span) > 1 and span[-1].lower_ == "later":
        span = span[:-1]  # "three days later": the duration is "three days"
        text = span.text
    elif _a_difference(span):  # "a decade earlier than its rival": ten years' difference
        span = span[:-1]
        text, value = span.text, Value("DURATION", normalise(span.text).value)
    if not valid(value.value):
        value = Value(value.type, None)  # never write a malformed value
    ended = next((t for t in span[1:-1] if t.lower_ in ("ended", "ending")), None)
    if ended is not None and value.value is not None:
        # "the quarter ended Sept. 30": the period and the day it ended, as TimeML has them
        period, day = doc[span.start : ended.i], doc[ended.i + 1 : span.end]
        day_tense = Tense.PAST if ended.lower_ == "ended" else tense
        day_value = normalise(day.text, anchor, day_tense, reference)
        return [
            DateMention(period.text, period.start_char, period.end_char, value.type, value.value),
            DateMention(day.text, day.start_char, day.end_char, day_value.type, day_value.value),
        ], reference
    return [DateMention(text, span.start_char, span.end_char, value.type, value.value)], reference


_SOME_DAY = frozenset({"one day", "someday", "some day"})
_WISH_VERBS = lexicon.words("wish_verbs")
# how far after a clause-opening "one day" its verb of wishing may be: "One day | she | hopes"
WISH_REACH = 3
_PRONOUNS = lexicon.words("personal_pronouns")
_CLAUSE_OPENERS = frozenset({",", ";", "and", "but", "then"})


_BE = frozenset({"is", "are", "'s", "\u2019s"})


def _a_wait(span: Span, tense: Tense) -> bool:
    """ "in two weeks" told of the future ("will vote in two weeks", "the vote is in two
    weeks"): the point that far from the publication date (HeidelTime; TimeML anchors it), not
    a stretch ("rose 5% in two weeks", "the highest in five years")."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "in" or not is_distance(f"{span.text} from now"):
        return False
    before = doc[span.start - 2].lower_ if span.start > 1 else ""
    if span.start > 1 and _a_count(doc[span.start - 3 if span.start > 2 else 0 : span.start - 1]):
        return False  # "no more than four doses in 24 hours": a count in a stretch, a rate
    words = [t.lower_ for t in doc[max(0, span.start - SUPERLATIVE_REACH) : span.start]]
    clause = words[max((k + 1 for k, w in enumerate(words) if w in ".;:"), default=0) :]
    if any(_SUPERLATIVE.fullmatch(w) for w in clause):
        return False  # "will be the biggest in a century": the stretch it is measured over
    return tense is Tense.FUTURE or (before in _BE and tense is Tense.PRESENT)


# a superlative that a stretch after it measures ("the wettest in a decade"; not "first",
# "most": "the first ships sail in two weeks"); how many words before "in" it may stand
_SUPERLATIVE = re.compile(
    r"best|worst|least|(?:bigg|high|low|larg|strong|weak|fast|slow|warm|cold|wett|dri|hott"
    r"|great|long|short|small|deep|heavi|busi|hard|steep|sharp|wid|clos|bright|dark|quiet|cheap|rich|poor)est"
)
SUPERLATIVE_REACH = 6


def _a_count(before: Span) -> bool:
    """ "four doses", "5%": a thing counted (the words before "in"), which the stretch after measures out."""
    last = before[-1]
    return last.like_num or last.text == "%" or (len(before) > 1 and before[0].like_num and last.is_alpha)


def _a_bare_weekday(text: str) -> bool:
    return text.lower().removeprefix("on ") in WEEKDAYS


def _some_day(span: Span) -> Value | None:
    """ "one day" meaning some day, not 24 hours: "would one day build", "one day soon", "One
    day, he said, ...", "One day she walked in"; to come after a modal, else gone by."""
    if span.text.lower() not in _SOME_DAY:
        return None
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    sentence = doc[span.end : next((t.i for t in doc[span.end :] if starts_sentence(t)), len(doc))]
    future = Value("DATE", "FUTURE_REF")
    if (before is not None and before.lower_ in _MODALS) or (after is not None and after.lower_ == "soon"):
        return future  # "would one day build", "one day soon"
    opens = before is None or starts_sentence(span[0]) or before.lower_ in _CLAUSE_OPENERS
    if opens and after is not None and (after.text == "," or after.lower_ in _PRONOUNS):
        return future if any(t.lower_ in _MODALS for t in sentence) else Value("DATE", "PAST_REF")
    return None if span.text.lower() == "one day" else future


def _a_day_wished_for(span: Span) -> bool:
    """ "one day" with a verb of wishing: "hopes one day to sail", "One day she wants to
    teach" (some day, which TimeML does not annotate; "will one day" is FUTURE_REF)."""
    if span.text.lower() != "one day":
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ in _WISH_VERBS and after is not None and after.lower_ == "to":
        return True
    opens = before is None or starts_sentence(span[0]) or before.lower_ in _CLAUSE_OPENERS
    return opens and any(t.lower_ in _WISH_VERBS for t in doc[span.end : span.end + WISH_REACH])


def _a_difference(span: Span) -> bool:
    doc = span.doc
    return (
        len(span) > 1
        and span[-1].lower_ in ("earlier", "later", "sooner")
        and span.end < len(doc)
        and doc[span.end].lower_ == "than"
        and normalise(span[:-1].text).type in ("DURATION", "SET")
    )


def _best_part(
    span: Span, anchor: date | None, tense: Tense, reference: str | None, value: Value
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


# What may stand between a clock time and the day it goes with: a time zone, the same time in
# another zone in brackets, "local time", "on", a comma ("9:00 a.m. PDT (4 p.m. UTC) on August 28").
# (never a line break: each line of a fixture list has its own day)
_CLOCK_TO_DAY = re.compile(
    r"(?:[^\S\n]|[,()])*(?:(?:[A-Z]{2,5}|on|local time|\([^()\n]{1,20}\))(?:[^\S\n]|[,()])*)*"
)
# ... and between two clock times of the same day: "open at 7 a.m. and close at 8 p.m. on Tuesday"
_CLOCK_TO_CLOCK = re.compile(
    r"[\s,]*(?:and|or|to|until|till|through|-|\u2013)\s+(?:[a-z]+\s+){0,2}?(?:at\s+)?"
)
# ... and between a day and a clock time after it: "on Monday at 10 a.m.", "Friday, 5 p.m."
_DAY_TO_CLOCK = re.compile(r"[^\S\n]*,?[^\S\n]*(?:at[^\S\n]+)?")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _clocks_dated_by_the_day_after(
    found: list[DateMention], doc: Doc, anchor: date | None
) -> list[DateMention]:
    """A clock time takes the day written with it: "at 9 a.m. on August 28", "3:15 PM yesterday",
    "on Monday at 10 a.m.", "10:35 a.m. (0735 GMT) Friday" (TimeML keeps the two expressions
    apart; without a day the clock time was put on the publication day); with none, the day
    told in its sentence or the one before ("The levee broke on Saturday. By 10 p.m., ...")."""
    if anchor is None:
        return found
    full = doc_text(doc)
    out = list(found)
    for k, clock in enumerate(found):
        if not (
            clock.type == "TIME"
            and clock.value is not None
            and clock.value.startswith(anchor.isoformat() + "T")
            and not DAY_WORDS & set(clock.text.lower().split())
        ):
            continue
        day = (
            _day_after(found, k, full)
            or _day_before(found, k, full)
            or _range_start_s_day(out, k, full)
            or _day_told_before(out, k, doc, anchor)
        )
        if _NAMED_DAY.match(full, clock.end) or _NAMED_DAY.search(clock.text):
            day = "XXXX-XX-XX"  # "5pm on polling day": a day of an event, on no calendar day told
        elif day is None and _a_time_of_no_day(clock, doc):
            day = "XXXX-XX-XX"  # "she was sending me papers at 2 a.m.": no day to put it on
        if day is not None:
            out[k] = replace(clock, value=day + clock.value[10:])
    return out


_CLOCK_RANGE = re.compile(r"\s*(?:to|until|till|through|and|-|\u2013)\s*", re.I)


def _range_start_s_day(found: list[DateMention], k: int, full: str) -> str | None:
    """The day of the clock time that opens a range a clock time ends: "from 2pm to 4pm"."""
    if k == 0:
        return None
    start = found[k - 1]
    if (
        start.type != "TIME"
        or "T" not in (start.value or "")
        or not _CLOCK_RANGE.fullmatch(full[start.end : found[k].start])
    ):
        return None
    return (start.value or "").split("T")[0]


def _a_time_of_no_day(clock: DateMention, doc: Doc) -> bool:
    """A clock time told in the past with no day in reach is not on the publication day."""
    span = doc.char_span(clock.start, clock.end, alignment_mode="expand")
    return (
        span is not None and CLOCK_RE.search(clock.text) is not None and expression_tense(span) is Tense.PAST
    )


def _day_after(found: list[DateMention], k: int, full: str) -> str | None:
    end = found[k].end
    for other in found[k + 1 :]:
        gap = full[end : other.start]
        if not (_CLOCK_TO_DAY.fullmatch(gap) or (other.type == "TIME" and _CLOCK_TO_CLOCK.fullmatch(gap))):
            return None
        if other.type == "DATE" and other.value and _DAY_VALUE.fullmatch(other.value):
            return other.value
        if other.type != "TIME":
            return None
        if other.value and _DAY_VALUE.match(other.value) and other.value[:10] != (found[k].value or "")[:10]:
            return other.value[:10]  # the same time in another zone, with its day: "(4 a.m. EDT Thursday)"
        end = other.end  # the same time in another zone: "(4 p.m. UTC)"
    return None


def _day_before(found: list[DateMention], k: int, full: str) -> str | None:
    if k == 0:
        return None
    day = found[k - 1]
    if day.type == "DATE" and day.value and _DAY_VALUE.fullmatch(day.value):
        if _DAY_TO_CLOCK.fullmatch(full[day.end : found[k].start]):
            return day.value
    return None


# a day named by what happens on it, written into a clock time's expression: "on polling day"
# (lower case: "on Christmas Day" is a holiday's; "on the day", "on the same day" are the day told)
_NAMED_DAY = re.compile(
    r"\s*\bon (?:the )?(?!(?:the|same|next|following|previous|very|that|this) )[a-z]+ day\b"
)


def _day_told_before(found: list[DateMention], k: int, doc: Doc, anchor: date | None = None) -> str | None:
    """The day of the last expression before a clock time, if it is a day and stands in the clock
    time's sentence or the one before (EVENT_SENTENCES_BACK): a clock time dated so hands its
    day on ("open at 7am and close at 10pm" after "tomorrow": both tomorrow's). A clock time
    told in the past takes no day ahead of the publication (`anchor`) from the sentence before:
    "The race may move to June 2. The storm hit after 9 p.m." is no June day."""
    clock = found[k]
    if k == 0 or not (CLOCK_RE.search(clock.text) or clock.text.lower().startswith("the ")):
        # "this morning": parts of day keep the publication day; "(spent) the afternoon" is
        # of the day just told
        return None
    day = found[k - 1]
    value = day.value or ""
    if day.type not in ("DATE", "TIME") or not _DAY_VALUE.match(value):
        return None
    before, at = (
        doc.char_span(day.start, day.end, alignment_mode="expand"),
        doc.char_span(clock.start, clock.end, alignment_mode="expand"),
    )
    if before is None or at is None:
        return None
    between = _sentences_between(doc, before.end - 1, at.start)
    if between > EVENT_SENTENCES_BACK:
        return None
    if between and _ahead_of(value[:10], anchor) and expression_tense(at) is Tense.PAST:
        return None  # (a day of the clock time's own sentence or line is its day whatever the tense)
    return value[:10]


_CLOCK_DISTANCE = re.compile(r"(?:hour|minute)s? ago", re.I)
_DAY_OR_MONTH = re.compile(rf"\b(?:{'|'.join(DAY_WORDS | set(MONTH_NAMES))})\b", re.I)


def _times_from_the_telling(
    found: list[DateMention], doc: Doc, anchor: date | None, told_at: Sequence[tuple[int, str]]
) -> list[DateMention]:
    """Times counted from the time of telling (`told_at`): "two hours ago" is a TIME two hours
    before it (TimeML; without a time of telling it stays the publication day), and a clock
    time with no day of its own falls on the telling's day, the day before when told in the
    past and later than the telling ("polls closed at 22:00" in an entry of 00:30), the day
    after when told of the future and earlier ("the result should come at 3am" at 22:40)."""
    if anchor is None or not told_at:
        return found
    out = list(found)
    for k, mention in enumerate(found):
        now_text = next((when for at, when in reversed(told_at) if at <= mention.start), None)
        if now_text is None:
            continue
        now = datetime.fromisoformat(now_text)
        if mention.value == anchor.isoformat() and _CLOCK_DISTANCE.search(mention.text):
            minutes = _minutes(normalise(re.sub(r"\s*ago$", "", mention.text)).value)  # "two hours": 120
            if minutes is not None:
                out[k] = replace(
                    mention, type="TIME", value=(now - timedelta(minutes=minutes)).isoformat()[:16]
                )
            continue
        value = mention.value or ""
        if not (
            mention.type == "TIME"
            and value.startswith(anchor.isoformat() + "T")
            and re.fullmatch(r"T\d\d:\d\d", value[10:])
            and not _DAY_OR_MONTH.search(mention.text)
        ):
            continue
        if _a_day_written_with(found, k, doc):
            continue  # "at 6am on Monday" in Monday's paper: Monday's
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        tense = expression_tense(span) if span is not None else Tense.UNKNOWN
        day = now.date()
        if tense is Tense.PAST and value[11:] > now_text[11:16]:
            day -= timedelta(days=1)
        elif tense is Tense.FUTURE and value[11:] < now_text[11:16]:
            day += timedelta(days=1)
        out[k] = replace(mention, value=day.isoformat() + value[10:])
    return out


def _a_day_written_with(found: list[DateMention], k: int, doc: Doc) -> bool:
    """Whether a clock time has a day of its own in the text (`_clocks_dated_by_the_day_after`)."""
    full = doc_text(doc)
    return bool(
        _day_after(found, k, full)
        or _day_before(found, k, full)
        or _range_start_s_day(found, k, full)
        or _day_told_before(found, k, doc)
    )


def _minutes(duration: str | None) -> int | None:
    """The minutes of a duration of hours or minutes ("PT2H" -> 120), else None."""
    m = re.fullmatch(r"PT(\d+)([HM])", duration or "")
    return int(m.group(1)) * (60 if m.group(2) == "H" else 1) if m else None


def unresolved(mention: DateMention) -> bool:
    """Whether a publication date would have settled a mention's value: no value, one with X
    ("XXXX-WXX-3" for "Wednesday"), or the past or future a distance was left as ("three
    years ago" -> PAST_REF). Durations and sets never count from the publication date."""
    if mention.type not in ("DATE", "TIME"):
        return False
    value = mention.value
    if value is None or "X" in value:
        return True
    return value in ("PAST_REF", "FUTURE_REF") and is_distance(mention.text)


def anchor_date(published: str | None) -> date | None:
    """The calendar date of an ISO publication date (its local date, not UTC)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
