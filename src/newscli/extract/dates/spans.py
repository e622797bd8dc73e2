"""Finding temporal expressions in a Doc: where they start and end, and which are not times.

Spans come from spaCy's DATE and TIME entities plus words the recogniser does not tag
("now", "recently", "annually", holidays, "two more weeks"); they are joined ("9 a.m.
Tuesday"), split (ranges: "from 1994 to 1997"), trimmed to the edges TimeML annotates, and
filtered (ages, titles, newspapers).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ... import lexicon
from .grammar import EXTENSION, FIGURE, NUMBER_WORD, SPOKEN_CLOCK, UNIT_RE, VAGUE, is_distance
from .resolve import normalise
from .tense import POSSESSIVE, modifies_noun
from .timex import HOLIDAYS, MONTHS, SET_WORDS, UNITS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words of time the entity recogniser does not tag ("now", "recently", "every week"), matched
# on the lower-cased text (three times faster than a case-blind pattern on every word)
EXTRA_WORDS = re.compile(
    r"\b(?:right now|now|currently|nowadays|recently|lately|someday|today|tonight|tomorrow|yesterday|annually|yearly|monthly|"
    r"weekly|daily|hourly|nightly|quarterly|the (?:near |distant )?(?:past|future)|the near term|"
    r"the (?:latest|most recent) (?:period|quarter)|"
    r"(?:every|each) (?:day|week|weekend|month|quarter|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter)"
    r"|(?:that|the) same (?:day|week|month|year|morning|afternoon|evening|night)"
    # a part of the day of the event just told: "that night", "the next morning"
    r"|(?:that|the next|the following) (?:morning|afternoon|evening|night)"
    # recurring days of a kind, and the stretch just gone or to come: "on weekdays", "the last hour"
    r"|weekdays|the (?:last|past|next) hour|(?:last|next) season)\b"
)
# month-day dates the entity recogniser sometimes misses ("Sept. 30", "Oct. 1, 1989")
_MONTH_DAYS = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}(?:, \d{4})?\b"
    r"|\b(?:January|February|March|April|June|July|August|September|October|November|December)"
    r" \d{1,2}(?:, \d{4})?\b",
)


def _capitalised(name: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in name.split())


# Holidays as written in running text: "Christmas Eve", "St. Patrick's Day", and the week
# holding one, "Easter week"
HOLIDAY_RE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(_capitalised(n)) for n in sorted(HOLIDAYS, key=len, reverse=True))
    + r")(?: [Ww]eek)?\b"
)
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
# expressions the entity recogniser often misses that name no unit: "last autumn", "in the
# spring", "every March"
# (matched on the lower-cased text, as EXTRA_WORDS)
_MISSED_NAMES = re.compile(
    rf"\b(?:(?:last|this|next|coming|past) (?:spring|summer|autumn|fall|winter)"
    rf"|(?:(?<=\bin )|(?<=\bby )|(?<=\buntil )|(?<=\bduring ))the (?:spring|summer|autumn|winter)"
    rf"|(?:every|each) (?:{_MONTH_WORDS}))\b"
    # a season before the year the recogniser tags alone: "(and) the winter of | 2020"
    r"|\bthe (?:early |late )?(?:spring|summer|autumn|fall|winter) of(?= \d{4}\b)"
)
# ... and those around a unit word, which the recogniser reads as a number or leaves out: "two
# more weeks", "another week", "two nights", "a year-long study", "twice a month"
# (matched on the lower-cased text)
_MORE_OF_A_STRETCH = re.compile(
    rf"\b(?:(?:\d+|{NUMBER_WORD}) {EXTENSION} {UNIT_RE}|(?:another|one more) {UNIT_RE}|(?:\d+|{NUMBER_WORD}) nights"
    rf"|(?:(?:\d+|{NUMBER_WORD})-)?{UNIT_RE}-long"
    rf"|(?:once|twice|(?:\d+|{NUMBER_WORD}) times) (?:a|an|per|every|each) {UNIT_RE})\b"
)
# a counted stretch the recogniser tags as a quantity or not at all: "5 1/2 hours", "two
# decades", "12 days" (not "a day": an article is no count, and "a day" is often a rate)
_COUNTED_STRETCH = re.compile(
    rf"\b(?i:(?:more|less|fewer) than |nearly |almost )?"
    rf"(?:{FIGURE}(?: 1/2)?|(?!(?i:an?|one|single|half)\b)(?i:{NUMBER_WORD}))(?: and a half)?[ -]"
    rf"(?!second\b)(?i:{UNIT_RE})\b(?!-old)(?: (?:ago|earlier|later)\b)?"
)
# a fortnight, which the recogniser never tags, with what counts or places it: "the past
# fortnight", "a fortnight ago", "fortnightly", "every fortnight"
_FORTNIGHTS = re.compile(
    rf"\b(?i:(?:(?:the )?(?:past|last|next|coming|previous|first|final) |a |one |another |every |each "
    rf"|(?:\d+|{NUMBER_WORD}) )?fortnights?(?: ago| earlier| later)?|fortnightly)\b"
)
# a weekday the recogniser leaves out ("Late Monday, officials said"), with "early"/"late", or
# one recurring ("open Mondays and Thursdays": it tags the first)
_WEEKDAY = re.compile(
    rf"\b(?:[Ee]arly |[Ll]ate )?(?:{'|'.join(_capitalised(d) for d in WEEKDAYS if d.endswith('day'))})s?\b(?!')"
)
# a day written with its weekday, abbreviated as fixture lists and listings write it, which the
# recogniser misses or tags in part: "Sat 8 Aug", "Tue, 11 August 2026"
_WEEKDAY_DAY_MONTH = re.compile(
    rf"\b(?:{'|'.join(sorted((_capitalised(d) for d in WEEKDAYS), key=len, reverse=True))})\.?,? "
    rf"\d{{1,2}}(?:st|nd|rd|th)? (?:{'|'.join(sorted((_capitalised(m) for m in MONTHS), key=len, reverse=True))})"
    r"\b\.?(?: \d{4}\b)?"
)
# a clock time the recogniser reads as a number or a name or leaves out: "9.30am" (British
# style, with a point), "5pm" after another clock time
_CLOCK_TIME = re.compile(r"(?<![\d.])\d{1,2}(?:[.:][0-5]\d)? ?(?:[ap]m\b|[ap]\.m\.)", re.I)
# a quarter, half or fiscal year as business copy codes it, which the recogniser reads as a
# number or leaves out: "Q3", "Q3 2025", "H1 2026", "2H25", "FY25" ("H2" alone is hydrogen)
_QUARTER_CODE = re.compile(
    r"\bQ[1-4](?: \d{4})?\b|\bH[12] \d{4}\b|\b[12]H ?(?:\d{4}|\d{2})\b|\bFY ?(?:\d{4}|\d{2})\b"
)
# a decade written short, which the recogniser leaves out: "the 90s", "the '60s"
# a year of an era, which the recogniser leaves out: "AD 80", "300 BC"
_ERA_YEAR = re.compile(r"\bAD \d{1,4}\b|\b\d{1,4} (?:BC|BCE|AD)\b")
_SHORT_DECADE = re.compile(r"\b[Tt]he [\u2019']?[1-9]0[\u2019']?s\b")
# a year with "pre-", "post-", "mid-" in one word: "post-1959 politics", "mid-2020"
_PREFIXED_YEAR = re.compile(r"\b(?i:pre|post|mid)-\d{4}s?\b")
# seasons of a sport or a show, lower case ("the Four Seasons" is a hotel): "across nine seasons"
_SEASONS_PLAYED = re.compile(rf"\b(?:\d+|(?i:{NUMBER_WORD}))(?: {EXTENSION})? seasons\b")
# the years of a range the recogniser leaves out or tags only one end of: "between 2000 and
# 2016", "from 2009-10 to 2015-16"
_YEAR_RANGE = re.compile(
    r"\b(?:between|from) (\d{4}(?:-\d{2})?) (?:and|to|through|until) (\d{4}(?:-\d{2})?)\b"
)

# a day of the month named by its number alone, after a word that places it and before the
# end of its phrase: "on the 14th.", "by the 3rd, when"; not "the 14th century", "on the 3rd floor",
# "from the 9th and 10th centuries"
_ORDINAL_DAY = re.compile(
    r"\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter) (the (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))"
    r"(?=\s*(?:[.,;:)\u2013-]|$|(?:at|when|after|before|until)\b"
    r"|(?:and|or|to)\b(?!\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+(?i:centur|millenni))))"
)

# a day and month in figures without a year, after a word that places it and before the end
# of its phrase: "on 02/03.", "by 14/02 with" (not "on 24/7 duty", "on 1/2 of", "5 1/2"; "9/11" names the
# attacks of 2001, not this year's 11 September)
YEARLESS_NUMERIC = re.compile(
    r"\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter) "
    r"((?!9/11\b)(0?[1-9]|[12]\d|3[01])/(0?[1-9]|[12]\d|3[01]))"
    r"(?=\s*(?:[.,;:)\u2013-](?!\d)|$|(?:and|or|but|so|to|at|when|after|before|until|the|in|with|for|as|by|from|amid|during)\b))"
)
# a half-year coded alone, "in H2", in a text that tells of halves or quarters ("the first
# half", "Q3", "H1 2025", or both "H1" and "H2"): else "H2" is hydrogen
_HALF_ALONE = re.compile(
    r"(?<=\b[Ii]n )H[12]\b(?=\s*(?:[.,;:)]|$)|\s+(?:and|or|to|than|versus|before|after|while|when)\b)"
)
_HALVES_TOLD = re.compile(r"\b(?:first|second) half\b|\b[12]H ?\d{2}|\bH[12] \d{4}|\bQ[1-4]\b")
# a day (week ...) next to the one just told, standing alone before a pause: "on Feb. 12. The
# day before, ..." (before a date it joins it: "the day before last Tuesday")
# the first day of a range within one month, which the recogniser leaves out: "from | 26 | to
# 30 October" (listed_day gives it the month)
_RANGE_START_DAY = re.compile(
    rf"\b(?:[Ff]rom|[Bb]etween) ([1-9]|[12]\d|3[01]) (?:to|and|until|till|-|\u2013) (?:[1-9]|[12]\d|3[01])"
    rf"(?:st|nd|rd|th)? (?:{'|'.join(_capitalised(m) for m in MONTHS if len(m) > 3 or m == 'may')})\b"
)
# a part of a period that the recogniser tags without its lead: "later in | the week"
_LATER_IN_THE = re.compile(r"\b(?i:later|earlier) in the (?:week|month|year)\b")
# a year closing a name the recogniser tags whole as an event or law: "the Border War of 1932"
_YEAR_OF_A_NAME = re.compile(r"\b[A-Z][a-z]{2,} of ((?:1\d{3}|20\d{2}))\b(?!-)")
_NEXT_TO_THE_LAST = re.compile(r"\b[Tt]he (?:day|week|month|year) (?:before|after)(?=\s*[,.;:])")
# a timeline's entry opening with its year on a line of its own, which the recogniser leaves
# out when a paragraph of prose comes before it: "2014: The council proposes ..."
_TIMELINE_YEAR = re.compile(r"^[ \t]*(1\d{3}|20\d{2})(?=[ \t]*[:\u2013\u2014][ \t])", re.M)
# a part of the day that someone spent: "spent the afternoon knocking on doors" (one day's;
# "in the afternoon" alone is no particular time)
_SPENT_PART = re.compile(
    r"\b(?i:spen[dt]s?|spending)(?: (?:all|most|much|part|some) of)? "
    r"((?i:the) (?:morning|afternoon|evening))\b"
)

# a clock time said in words, which the recogniser tags in part or not at all ("half past
# ten" read as "past": the past); "to" only after "at" ("from ten to six" is a range) and, for
# speed, only in a text that says "quarter to"
_SPOKEN_CLOCK = re.compile(
    r"\b(?i:(?:a )?(?:quarter|half|five|ten|twenty|twenty-five|[1-5]?\d) past"
    r"|(?<=\b[Aa]t )(?:a )?(?:quarter|half|five|ten|twenty|twenty-five|[1-5]?\d) to)"
    r" (?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])\b"
)

# dates written in figures, which the recogniser often leaves out: "19-Nov-24", "19/11/2024"
_WRITTEN_DATES = re.compile(
    rf"\b\d{{1,2}}([/ -])(?i:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\1\d{{2}}(?:\d{{2}})?\b"
    r"|\b\d{1,2}([/.-])\d{1,2}\2\d{2}(?:\d{2})?\b|\b\d{4}-\d{2}-\d{2}\b"
)
AGE_RE = re.compile(r"\b\w+[- ](?:year|month|week|day)s?[- ]old\b|\byears? old\b|\baged?\b", re.I)
ANY_DAY = date(2000, 1, 3)  # an anchor for asking whether an expression is a time at all


def candidate_spans(doc: Doc, text: str) -> list[Span]:
    """Every stretch that may be a temporal expression, in order, joined and split."""
    out = [piece for e in doc.ents if e.label_ in ("DATE", "TIME") for piece in _lines_of(e, text)]
    taken = {t.i for e in out for t in e}
    folded = text.lower()
    if len(folded) != len(text):  # a letter whose lower case is longer ("İ"): keep the offsets
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = [(m.start(), m.end()) for p in (EXTRA_WORDS, _MISSED_NAMES) for m in p.finditer(folded)]
    found += [
        (m.start(), m.end())
        for p in (
            _MONTH_DAYS,
            HOLIDAY_RE,
            # slow to try at every word (it may open with any number word); few texts hold one
            *((_FORTNIGHTS,) if "fortnight" in text.lower() else ()),
            _WEEKDAY,
            _PREFIXED_YEAR,
            _WRITTEN_DATES,
            _CLOCK_TIME,
            _SHORT_DECADE,
            _QUARTER_CODE,
            # for speed, only in a text that names an era
            *((_ERA_YEAR,) if " BC" in text or "AD " in text else ()),
        )
        for m in p.finditer(text)
    ]
    found += _around_units(text, folded)
    found += [m.span(g) for m in _YEAR_RANGE.finditer(text) for g in (1, 2)]
    found += [m.span(1) for m in _ORDINAL_DAY.finditer(text)]
    found += [m.span(1) for m in _TIMELINE_YEAR.finditer(text)]
    # "The day before,": the recogniser tags "The day" alone (the whole wins, as a holiday's name does)
    whole = (
        [m.span() for m in _NEXT_TO_THE_LAST.finditer(text)] if " before" in text or " after" in text else []
    )
    found += [m.span(1) for m in _RANGE_START_DAY.finditer(text)]
    whole += [m.span() for m in _LATER_IN_THE.finditer(text)] if "er in the " in text else []
    found += (
        [m.span(1) for m in _YEAR_OF_A_NAME.finditer(text)] if " of 1" in text or " of 20" in text else []
    )
    # "quarter to nine": the recogniser tags "quarter" alone
    # slow to try at every word (it may open with any figure); few texts hold one
    whole += (
        [m.span() for m in _SPOKEN_CLOCK.finditer(text)] if " past " in text or "quarter to " in text else []
    )
    whole += [m.span() for m in _WEEKDAY_DAY_MONTH.finditer(text)]
    found += whole
    found += [m.span(1) for m in YEARLESS_NUMERIC.finditer(text)] if "/" in text else []
    found += [m.span(1) for m in _SPENT_PART.finditer(text)] if "spen" in text.lower() else []
    if _halves_told(text):
        found += [m.span() for m in _HALF_ALONE.finditer(text)]
    for start, end in sorted(found, key=lambda se: (se[0], -se[1])):  # the longest of those starting together
        span = doc.char_span(start, end)
        if span is not None and (HOLIDAY_RE.fullmatch(span.text) or (start, end) in whole):
            # "Easter Monday": the recogniser tags the weekday alone, the holiday's name holds it
            inside = [e for e in out if span.start <= e.start and e.end <= span.end]
            out = [e for e in out if e not in inside]
            taken.difference_update(t.i for e in inside for t in e)
        if span is not None and not any(t.i in taken for t in span):
            out.append(span)
            taken.update(t.i for t in span)
    spans = _join_clock_and_day(doc, text, [_with_listed_days(s) for s in sorted(out, key=lambda s: s.start)])
    return [piece for span in spans for part in _range_parts(span) for piece in _stretch_and_date(part)]


def _lines_of(span: Span, text: str) -> list[Span]:
    """The pieces of a span on each line: a date never runs over a line break ("3pm" ending
    one line of a fixture list and "Tue 11" opening the next)."""
    if "\n" not in text[span.start_char : span.end_char]:
        return [span]
    pieces, start = [], span.start
    for token in span:
        if token.is_space and "\n" in token.text:
            pieces.append(span.doc[start : token.i])
            start = token.i + 1
        elif "\n" in token.whitespace_:
            pieces.append(span.doc[start : token.i + 1])
            start = token.i + 1
    pieces.append(span.doc[start : span.end])
    return [p for p in pieces if len(p) and not p.text.isspace()]


def _halves_told(text: str) -> bool:
    """Whether a text tells of half-years, so that "H2" alone is the second half."""
    if "H1" not in text and "H2" not in text:
        return False
    return ("H1" in text and "H2" in text) or _HALVES_TOLD.search(text) is not None


_QUANTITY_ENTS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})
_COUNTS = frozenset({"once", "twice", "thrice", "times", "%", "percent"})
# after "a week", words that make it a stretch: "a week to decide", "a week after the vote"
_AFTER_A_STRETCH = frozenset(
    {"to", "after", "before", "later", "earlier", "ago", "or", "of", "'s", "\u2019s"}
)
# how far before a plural noun its count may be: "300 meals", "hundreds of angry calls"
COUNT_REACH = 4


def a_rate(span: Span) -> bool:
    """Whether "a week", "an hour" is a rate, a SET: after a count ("300 meals a
    week", "$2 million a year", "4% a year", "hundreds of calls a day", "twice a month"), not
    a stretch ("gave tenants a week to leave", "takes a week", "a week after the vote")."""
    doc = span.doc
    if span.start == 0:
        return False
    before, after = doc[span.start - 1], doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in _AFTER_A_STRETCH:
        return False
    if _a_count(before):
        return True
    counted = before.is_alpha and before.text.endswith("s")  # "meals", "CDs"
    return counted and any(_a_count(t) for t in doc[max(0, before.i - COUNT_REACH) : before.i])


def _a_count(token: Token) -> bool:
    return token.like_num or token.lower_ in _COUNTS or token.ent_type_ in _QUANTITY_ENTS


_UNIT_WORD = re.compile(rf"\b(?:{UNIT_RE}|seasons)\b")  # on the lower-cased text
# how far before a unit word its count and hedge may start ("more than twenty-five", 24
# characters), and after it its tail (" earlier", "-long", " a month")
UNIT_REACH_BEFORE = 40
UNIT_REACH_AFTER = 12


def _around_units(text: str, folded: str) -> list[tuple[int, int]]:
    """The counted stretches around each unit word, "two more weeks", "5 1/2 hours", "nine
    seasons": the patterns run on a window around each unit word, not on the whole text,
    because a pattern that may start with any number word is slow to try at every word."""
    found = set()
    for unit_word in _UNIT_WORD.finditer(folded):
        lo = text.rfind(" ", 0, max(0, unit_word.start() - UNIT_REACH_BEFORE)) + 1
        hi = unit_word.end() + UNIT_REACH_AFTER
        for p, window in (
            (_MORE_OF_A_STRETCH, folded[lo:hi]),
            (_SEASONS_PLAYED, text[lo:hi]),
            (_COUNTED_STRETCH, text[lo:hi]),
        ):
            for m in p.finditer(window):
                if m.start() + lo <= unit_word.start() and m.end() + lo >= unit_word.end():
                    found.add((m.start() + lo, m.end() + lo))
    return sorted(found)


_DATE_STARTS = (
    frozenset({"last", "this", "next", "yesterday", "today", "tomorrow"}) | set(WEEKDAYS) | set(MONTHS)
)


def _stretch_and_date(span: Span) -> list[Span]:
    """A stretch and the date it fell in, which the recogniser tags as one: "six weeks last
    autumn", "three days last week" are a DURATION and a DATE, as TimeML annotates them."""
    for i in range(1, len(span) - 1):
        if span[i].lower_ == "for":  # "each year for a decade": a set and a duration
            first, second = span[:i], span[i + 1 :]
            if normalise(first.text, ANY_DAY).value and normalise(second.text, ANY_DAY).type in (
                "DURATION",
                "SET",
            ):
                return [first, second]
        if span[i].lower_ == "to" and _a_date_and_a_stretch(span[:i], span[i + 1 :]):
            return [span[:i], span[i + 1 :]]
    for i in range(1, len(span)):
        if span[i].lower_ in _DATE_STARTS:
            first, second = span[:i], span[i:]
            if len(first) > 1 and first[-1].lower_ in _RANGE_WORDS:
                first = first[:-1]  # "the three months to December 31": the stretch ends before "to"
            if (
                normalise(first.text, ANY_DAY).type == "DURATION"
                and normalise(second.text, ANY_DAY).type == "DATE"
            ):
                if normalise(second.text, ANY_DAY).value is not None:
                    return [first, second]
    return [span]


def _a_date_and_a_stretch(first: Span, second: Span) -> bool:
    """The two sides of a "to" that joins no range: a day and a stretch ("sentenced on Tuesday
    to six years"), or a stretch and the day it ended ("the six months to 31/12/2025")."""
    types = {normalise(first.text, ANY_DAY).type, normalise(second.text, ANY_DAY).type}
    if types != {"DATE", "DURATION"}:
        return False
    return all(normalise(side.text, ANY_DAY).value is not None for side in (first, second))


_RANGE_WORDS = frozenset({"and", "to", "through", "until", "till", "or", "-", "\u2013"})


# the tails of an expression that are part of it: "a minute and a half", "a week or so ago"
_RANGE_TAILS = frozenset({"a", "so", "half"})


def _range_parts(span: Span) -> list[Span]:
    """The dates of a range or list, each its own expression as TimeML annotates them.

    "between 1994 and 1997", "from Sept. 14 to Thursday", "1994, 1995 and 1997"; a duration
    range ("two to three weeks") and a date with its weekday ("Monday, Oct. 26") stay whole.
    """
    if SPOKEN_CLOCK.fullmatch(span.text.lower()):
        return [span]  # "a quarter to nine": one clock time
    start = next((t.i + 1 for t in span if t.lower_ == "between"), span.start + (span[0].lower_ == "from"))
    parts, begin = [], start
    for token in span.doc[start : span.end]:
        joined = (  # "year-earlier", "2011-12" (a fiscal year), but not "May 5-6"
            token.text in ("-", "\u2013")
            and not span.doc[token.i - 1].whitespace_
            and not (
                listed_day(span.doc[token.i - 1 : token.i])
                and listed_day(span.doc[token.i + 1 : token.i + 2])
            )
            and not _months_either_side(token)  # "the June-September season": two months
        )
        if (token.lower_ in _RANGE_WORDS and not joined) or (token.text == "," and not _a_year_after(token)):
            parts.append(span.doc[begin : token.i])
            begin = token.i + 1
    parts.append(span.doc[begin : span.end])
    parts = [p for p in parts if len(p)]
    ran_on = False
    while (
        len(parts) > 1
        and not re.search(r"\d", parts[-1].text)
        and normalise(parts[-1].text, ANY_DAY).value is None
        and parts[-1][0].lower_ not in _RANGE_TAILS
    ):
        parts.pop()  # "August 28 and end on ...": the recogniser ran on into the next clause
        ran_on = True
    if ran_on and len(parts) == 1:
        return parts
    if len(parts) == 1 and start > span.start + 1:
        return parts  # "the same period between 2011-12": the date after "between"
    if _a_set_over_a_list(parts):
        return parts  # "each Monday, Wednesday and Friday": a set a day (see dates._set_word_over_a_list)
    if len(parts) == 2 and HOLIDAY_RE.fullmatch(parts[1].text):
        return parts  # "25 December, Christmas Day": a date and the holiday it is, each its own
    if len(parts) < 2 or (
        any(t.text == "," and not _a_year_after(t) for t in span)
        and not all(re.fullmatch(r"\d{4}", p.text) for p in parts)
    ):
        return [span]
    types = set()
    for part in parts:
        found = normalise(listed_day(part) or part.text, ANY_DAY)
        if found.type not in ("DATE", "TIME") or found.value is None or not found.value[:1].isdigit():
            return [span]
        types.add(found.type)
    return parts if len(types) == 1 else [span]  # days, or clock times: "from 2pm to 4pm"


def _months_either_side(token: Token) -> bool:
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and all(
        doc[i].is_title and doc[i].lower_ in MONTHS and len(doc[i]) > 3 for i in (token.i - 1, token.i + 1)
    )


_LISTED_NAMES = frozenset(WEEKDAYS) | frozenset(MONTHS)


def _a_set_over_a_list(parts: list[Span]) -> bool:
    """ "every Monday | Thursday", "each March | June | September": a list of weekdays or
    months, each named by one word, after a set word (in the span or just before it)."""
    doc, first = parts[0].doc, parts[0].start
    if len(parts[0]) == 2 and parts[0][0].lower_ in _SET_LEADS:
        first += 1
    elif first == 0 or doc[first - 1].lower_ not in _SET_LEADS:
        return False
    items = [doc[first : parts[0].end], *parts[1:]]
    return len(parts) > 1 and all(len(p) == 1 and p[0].lower_ in _LISTED_NAMES for p in items)


_SET_LEADS = frozenset({"every", "each"})


def _a_year_after(comma: Token) -> bool:
    """A comma that writes a date's year ("July 9, 2022"), not one between the parts of a list."""
    doc = comma.doc
    return (
        0 < comma.i < len(doc) - 1
        and re.fullmatch(r"\d{1,2}", doc[comma.i - 1].text) is not None  # "July 9, 2022"; not "1994, 1995"
        and re.fullmatch(r"\d{4}", doc[comma.i + 1].text) is not None
    )


def _with_listed_days(span: Span) -> Span:
    """A month-day and the days listed after it, which the recogniser leaves out: "July 12
    and 13", "June 3-4" (split into one expression a day afterwards)."""
    doc, end = span.doc, span.end
    if not re.fullmatch(r"\d{1,2}", span[-1].text) or span[-2:-1].text.lower().rstrip(".") not in MONTHS:
        return span
    while (
        end + 1 < len(doc)
        and doc[end].lower_ in _LIST_LINKS - {","}
        and re.fullmatch(r"\d{1,2}", doc[end + 1].text)
        and not (end + 2 < len(doc) and doc[end + 2].is_alpha and doc[end + 2].is_lower)  # "and 25 people"
    ):
        end += 2
    return doc[span.start : end]


_LIST_LINKS = frozenset({"and", "or", "to", "through", "-", "\u2013", ","})
# how many tokens a listed day may be from its month: "Oct. 19, 20 and 22" (22 is 5 away)
LIST_REACH = 6


def listed_day(span: Span) -> str | None:
    """A bare day of the month in a list or range, written as a date with the month named at
    the list's end: "25" of "May 24 and 25" -> "May 25", "4" of "4 and 5 March" -> "4 March"."""
    if len(span) != 1 or not re.fullmatch(r"\d{1,2}", span.text) or not 1 <= int(span.text) <= 31:
        return None
    doc = span.doc
    for step in (-1, 1):
        i = span.start + step
        while 0 <= i < len(doc) and abs(i - span.start) <= LIST_REACH:
            word = doc[i].lower_.rstrip(".")
            if word in MONTHS and doc[i].is_title:
                return f"{doc[i].text} {span.text}" if step < 0 else f"{span.text} {doc[i].text}"
            if not (doc[i].lower_ in _LIST_LINKS or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", doc[i].text)):
                break
            i += step
    return None


CLOCK_RE = re.compile(r"\d\s*(?:[ap]\.?m\b|:\d\d)|\b(?:noon|midnight|midday)\b", re.I)
DAY_RE = re.compile(rf"^(?:{'|'.join(WEEKDAYS)})\b|\b(?:{'|'.join(MONTHS)})\.? \d", re.I)


def _join_clock_and_day(doc: Doc, text: str, spans: list[Span]) -> list[Span]:
    """One expression for a clock time or weekday and the day after it: "9 a.m. EST Tuesday",
    "5 p.m., Nov. 6", "Friday Oct. 13"."""
    out: list[Span] = []
    for span in spans:
        # never over a line break: one line of a list ends with "3pm", the next opens with "Tue 11 Aug"
        if out and "\n" not in text[out[-1].end_char : span.start_char]:
            last = out[-1]
            between = doc[last.end : span.start]
            if (
                all(t.text == "," for t in between)
                and len(between) <= 1
                and (
                    (CLOCK_RE.search(last.text) and not CLOCK_RE.search(span.text))
                    or last.text.lower() in WEEKDAYS  # "Friday Oct. 13"
                )
                and DAY_RE.search(span.text)
            ):
                out[-1] = doc[last.start : span.end]
                continue
            if (
                _the_day_next_to(last, between)
                or _the_period_it_falls_in(last, between, span)
                or _a_season_of_a_year(last, between, span)
            ):  # "the day before | last Tuesday", "May | next year", "the winter of | 2022"
                out[-1] = doc[last.start : span.end]
                continue
        out.append(span)
    return out


def _the_day_next_to(day: Span, between: Span) -> bool:
    """ "the day" and "before"/"after" left out of the date after them: "the day before last Tuesday"."""
    return (
        day.text.lower() in ("the day", "day", "the week")
        and len(between) == 1
        and between[0].lower_ in ("before", "after")
    )


_MONTH_LAST = re.compile(rf"(?:.*\W)?(?:{_MONTH_WORDS})\.?", re.I)


def _the_period_it_falls_in(day: Span, between: Span, period: Span) -> bool:
    """A weekday and the week it falls in, a month and its year: "Friday next week", "Tuesday
    of this week", "mid-March last year" (not "on Monday, last week's figures")."""
    if len(between) > 1 or any(t.lower_ != "of" for t in between):
        return False
    unit = re.fullmatch(r"(?:this|last|next|past) (week|year)", period.text.lower())
    if unit is None:
        return False
    if unit.group(1) == "week":
        return day.text.lower() in WEEKDAYS
    return _MONTH_LAST.fullmatch(day.text) is not None and not re.search(r"\d", day.text)


_SEASON_OF = re.compile(r"(?:the )?(?:early |late |mid-?)?(?:spring|summer|autumn|fall|winter)(?: of)?", re.I)


def _a_season_of_a_year(season: Span, between: Span, year: Span) -> bool:
    """A season and the year it falls in, which the recogniser may tag apart: "the winter of | 2022"."""
    of = season[-1].lower_ == "of"
    return (
        len(between) == (not of)
        and all(t.lower_ == "of" for t in between)
        and _SEASON_OF.fullmatch(season.text) is not None
        and re.fullmatch(r"\d{4}", year.text) is not None
    )


_HEDGES = frozenset({"about", "just", "only", "barely"})
_EDGE_WORDS = frozenset({"of", "and", "or"})
_RANGE_LINKS = frozenset({"to", "through", "until", "till"})
_PLURAL_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"})


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The edges of an expression as TimeML annotates them: no punctuation, possessive,
    hedge ("about 10:35 a.m."), or stray "of" ("hundreds of years", "the night of")."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in POSSESSIVE
    ):
        end -= 1  # "last year's results": the expression is "last year"
    while end - start > 1 and doc[start].lower_ in _HEDGES | _OWNERS_BEFORE:
        start += 1  # "about 10:35 a.m.", "its fourth quarter", "in both 1990 and 1991"
    if end - start > 1 and doc[start].lower_ == "past" and CLOCK_RE.match(doc[start + 1 : end].text):
        start += 1  # "ran past midnight", "past 10pm": the preposition, not "the past"
    if end - start > 1 and doc[start].lower_ in ("a", "an") and _a_number_or_name(doc[start + 1]):
        start += 1  # "a fourth-quarter charge", "a 20th century democrat", "an Aug. 10 accord"
    while end - start > 1 and doc[start].lower_ in _EDGE_WORDS:
        start += 1
    while end - start > 1 and doc[end - 1].lower_ in _EDGE_WORDS | _RANGE_LINKS:
        end -= 1  # "9 March to | 20 April": the recogniser ran the first end on into the range word
    if (
        end - start > 1
        and doc[start].lower_ == "last"
        and start > 0
        and doc[start - 1].lower_ in _BEFORE_A_VERB
        and normalise(doc[start + 1 : end].text, ANY_DAY).type in ("DURATION", "SET")
    ):
        start += 1  # "expected to last six weeks": the verb; not "(referring) to last Friday"
    if end - start == 2 and doc[start].lower_ == "the" and doc[start + 1].lower_ in _PLURAL_UNITS:
        start += 1  # "in the weeks before": both corpora annotate "weeks", not "the weeks"
    return _distance_start(doc, start, end), end


# words after which "last" is the verb: "to last", "will last", "could last"
_BEFORE_A_VERB = lexicon.words("modal_verbs") | {"to", "will", "'ll", "shall", "did", "does", "do"}
_OWNERS_BEFORE = frozenset({"its", "their", "his", "her", "our", "my", "your", "both"})


def _a_number_or_name(token: Token) -> bool:
    """A figure, an ordinal or a month after "a": no stretch of one unit ("a week")."""
    from .timex import ORDINALS

    word = token.lower_.rstrip(".")
    return token.like_num or word in ORDINALS or word in MONTHS or word.split("-")[0] in ORDINALS


def _distance_start(doc: Doc, start: int, end: int) -> int:
    """Where a distance at the end of a span starts when the recogniser put a noun phrase before
    it: "(closed part of) the garage two months ago" is "two months ago"; a hedge stays
    ("more than two months ago")."""
    if end - start < 3 or doc[end - 1].lower_ not in _DISTANCE_ENDS or is_distance(doc[start:end].text):
        return start
    return next((j for j in range(start + 1, end - 1) if is_distance(doc[j:end].text)), start)


_DISTANCE_ENDS = frozenset({"ago", "earlier", "later", "before", "hence"})


def _a_decade_s(doc: Doc, end: int) -> bool:
    """ "the 2000's": the "'s" of a decade, not a possessive."""
    return (
        end >= 2 and re.fullmatch(r"\d{3}0", doc[end - 2].text) is not None and not doc[end - 2].whitespace_
    )


_MATCHING = frozenset({"same", "corresponding", "comparable"})


def _a_period_before(doc: Doc, start: int, end: int) -> bool:
    """ "the corresponding period last year": the recogniser tags only "last year"."""
    return (
        start >= 3
        and doc[start:end].text.lower() in ("last year", "a year ago", "a year earlier")
        and doc[start - 3].lower_ == "the"
        and doc[start - 2].lower_ in _MATCHING
        and doc[start - 1].lower_ in ("quarter", "period")
    )


def _a_year_s_period(doc: Doc, start: int, end: int) -> bool:
    """ "the 1988 quarter": a year the recogniser tags alone, between "the" and a period word."""
    return (
        end - start == 1
        and start > 0
        and end < len(doc)
        and re.fullmatch(r"\d{4}", doc[start].text) is not None
        and doc[start - 1].lower_ == "the"
        and doc[end].lower_ in ("quarter", "period")
    )


_CLOCK_WORDS = frozenset({"noon", "midnight", "midday"})
_FROM_THEN = frozenset({"following", "previous", "preceding"})  # "the following Monday"
DAY_WORDS = frozenset(WEEKDAYS) | {"yesterday", "today", "tomorrow"}
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


_SEASONS_PLURAL = frozenset({"springs", "summers", "autumns", "winters"})


def widen(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Widen a day to the clock time or "every" before it and the part of day after it.

    "noon Saturday", "midnight Friday", "Thursday evening", "yesterday morning", "each
    Thursday": one expression each, as TimeML annotates them (the recogniser splits them).
    """
    start, end = _edge_words(doc, start, end)
    if _long_follows(doc, end):
        return start, end + 2  # "a day-long meeting": the recogniser tags only "day"
    if (
        end < len(doc)
        and doc[end].lower_ in _SEASONS_PLURAL
        and (doc[end - 1].like_num or doc[end - 1].lower_ in VAGUE)
    ):
        return start, end + 1  # "the past three | summers": the recogniser leaves out the season
    if doc[start].lower_ == "same" and start > 0 and doc[start - 1].lower_ in ("that", "the"):
        start -= 1  # "that same day": the recogniser tags "same day"
    if end < len(doc) and doc[end].lower_ in POSSESSIVE and _a_decade_s(doc, end + 1):
        return start - (start > 0 and doc[start - 1].lower_ == "the"), end + 1  # "the 2000's"
    if _a_year_s_period(doc, start, end):
        return start - 1, end + 1  # "the 1988 quarter", "the 1989 period": a results story's period
    if _a_period_before(doc, start, end):
        return start - 3, end  # "the same period last year": the period, a year back
    if start > 0 and doc[start].lower_ in MONTHS and re.fullmatch(r"[1-3]?\d", doc[start - 1].text):
        if 1 <= int(doc[start - 1].text) <= 31:
            return start - 1, end  # "30 | April last year": the recogniser leaves out the day
    if doc[end - 1].lower_ in _DAY_PARTS and end < len(doc) and doc[end].lower_ in DAY_WORDS:
        return start, end + 1  # "mid-afternoon yesterday"
    if (
        end - start == 1
        and start > 1
        and doc[start].lower_ in WEEKDAYS
        and doc[start - 1].lower_ in _FROM_THEN
    ):
        return start - 1 - (doc[start - 2].lower_ == "the"), end  # "the following Monday"
    if (
        start > 0
        and doc[start - 1].lower_ in ("last", "next", "this")
        and HOLIDAY_RE.fullmatch(doc[start:end].text)
    ):
        return start - 1, end  # "last Thanksgiving": the recogniser tags only the holiday
    if (
        end - start == 1
        and start > 0
        and doc[start - 1].lower_ in ("every", "each")
        and doc[start].lower_ in MONTHS
    ):
        return start - 1, end  # "every April": a set
    if doc[end - 1].lower_ not in DAY_WORDS:
        return start, end
    if start > 0 and doc[start - 1].lower_ in ("every", "each"):
        start -= 1  # "each Thursday": a set
    if start > 0 and doc[start - 1].lower_ in _CLOCK_WORDS and doc[end - 1].lower_ in WEEKDAYS:
        start -= 1
    if end < len(doc) and (doc[end].lower_ in _DAY_PARTS or doc[end].lower_[:-1] in _DAY_PARTS):
        end += 1  # "Thursday evening", "Tuesday nights"
    return start, end


_LONE_UNITS = frozenset({"year", "quarter", "month", "week"})
_PERIOD_NOUNS = frozenset({"period", "term", "span", "stretch", "spell", "window"})
_OPEN_ENDS = {"or": frozenset({"later", "earlier", "sooner", "so"}), "and": frozenset({"beyond"})}


def _edge_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Words the recogniser leaves off an expression's edges that TimeML counts in: "this
    year's" (tagged "year"), "the year-ago period", "a three-year period", "2030 or later",
    "1990 and beyond", "right now", "weeks or months"."""
    before = doc[start - 1].lower_ if start > 0 else ""
    lone_unit = end - start == 1 and doc[start].lower_ in _LONE_UNITS and before in ("this", "last", "next")
    if lone_unit or (doc[start].lower_ == "now" and before == "right"):
        start -= 1
    if end < len(doc) and doc[end].lower_ in ("period", "quarter", "half"):
        if doc[start:end].text.lower().endswith(("year-ago", "year-earlier")):
            return start, end + 1
    if (
        end < len(doc)
        and doc[end].lower_ in _PERIOD_NOUNS
        and re.fullmatch(
            rf"\S+-{UNIT_RE}", doc[start:end].text.lower().removeprefix("a ").removeprefix("an ")
        )
    ):
        return start, end + 1
    if (
        end + 1 < len(doc)
        and doc[end - 1].lower_ in _PLURAL_UNITS
        and doc[end].lower_ in ("or", "and")
        and doc[end + 1].lower_ in _PLURAL_UNITS
    ):
        return start, end + 2  # "within weeks or months": one stretch of unknown length
    if end + 1 < len(doc) and doc[end + 1].lower_ in _OPEN_ENDS.get(doc[end].lower_, ()):
        if re.fullmatch(r"\d{4}", doc[end - 1].text):
            return start, end + 2
    return start, end


def _long_follows(doc: Doc, end: int) -> bool:
    """ "-long" written onto the unit that ends a span: "day-long", "decades-long"."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ == "long"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and re.fullmatch(UNIT_RE, doc[end - 1].lower_) is not None
    )


# The corpora annotate "daily life" and "weekly address" but not "quarterly dividend".
_REPORTING_ADJECTIVES = frozenset({"quarterly", "annually", "yearly", "monthly"})
_GENERIC_TIME_WORDS = frozenset(
    "night morning evening afternoon day nights mornings evenings".split()
    + [f"the {w}" for w in ("night", "morning", "evening", "afternoon", "day")]
    + ["middle of the day", "the middle of the day", "the middle of the night", "middle of the night"]
)


def skipped(span: Span, full: str) -> bool:
    """Whether a candidate is no temporal expression: an age, a name, a kind of figure."""
    doc, text = span.doc, span.text
    if AGE_RE.search(text) or AGE_RE.match(full[span.end_char : span.end_char + 8]):
        return True
    if _not_a_time(span, full):
        return True
    if not re.search(r"[A-Za-z0-9]", text) or (text.isdigit() and not 1000 <= int(text) <= 2999):
        return True
    if re.fullmatch(r"\d{1,2}/\d{1,2}", text) and not _placed_yearless(span, full):
        return True  # "24/7", "a 3/4 share": no day without a word that places it (YEARLESS_NUMERIC)
    if _ORDINAL_OF_CENTURIES.match(full, span.end_char) and re.fullmatch(
        r"(?:the )?\d{1,2}(?:st|nd|rd|th)", text
    ):
        return True  # "the 9th | and 10th centuries": a century, whose name comes with the last of the list
    if text.lower() in ("annual", "biannual", "semiannual"):
        return True  # "annual sales", "a modest annual rate": a kind of figure, never annotated
    if text.lower() in _GENERIC_TIME_WORDS and not _a_part_spent(span, full):
        return True  # "at night", "in the morning": no particular time
    if _an_adjective_of_a_unit(text) or _a_fraction(span) or _a_kind_or_a_record(span):
        return True
    # "quarterly dividend", "annually adjusted": a kind of report, not a time
    return text.lower() in _REPORTING_ADJECTIVES and span.end < len(doc) and modifies_noun(doc[span.end])


_ORDINAL_OF_CENTURIES = re.compile(r",? (?:and|or|to) (?:the )?\d{1,2}(?:st|nd|rd|th) (?i:centur|millenni)")


def _placed_yearless(span: Span, full: str) -> bool:
    """ "(on) 02/03": a day and month in figures where `YEARLESS_NUMERIC` finds one."""
    window = YEARLESS_NUMERIC.finditer(full, max(0, span.start_char - 8), span.end_char + 20)
    return any(m.span(1) == (span.start_char, span.end_char) for m in window if m.start() <= span.start_char)


def _a_part_spent(span: Span, full: str) -> bool:
    """ "(spent) the afternoon": a part of one day, as `_SPENT_PART` finds it."""
    before = full[max(0, span.start_char - 30) : span.end_char]
    return any(m.end() == len(before) for m in _SPENT_PART.finditer(before))


_UNIT_ADJECTIVE = re.compile(rf"([a-z]+)-{UNIT_RE}", re.I)
# prefixes of a unit word that still make a time: "mid-year", "late-night"
_TIME_PREFIXES = frozenset({"mid", "late", "early", "all", "year", "half"})


def _an_adjective_of_a_unit(text: str) -> bool:
    """A unit word made into an adjective by a prefix that is no number: "zero-hours
    contracts", "a multi-year deal" (but "two-year", "mid-year" are times)."""
    from .timex import ORDINALS, number

    m = _UNIT_ADJECTIVE.fullmatch(text)
    if not m:
        return False
    prefix = m.group(1).lower()
    return number(prefix) is None and prefix not in ORDINALS and prefix not in _TIME_PREFIXES | VAGUE


_KIND_NOUNS = lexicon.words("kind_nouns")
_SCHEDULE_WORDS = lexicon.words("schedule_words")
_STRETCH_ADJECTIVE = re.compile(rf"\S+-{UNIT_RE}", re.I)
_RECORD_OWNERS = frozenset({"the", "this", "that", "last", "its", "their", "a", "an", "today", "yesterday"})


def _a_kind_or_a_record(span: Span) -> bool:
    """A time word that names something else: a stretch made the adjective of a kind of
    business or match ("a 24-hour pharmacy", "a one-day international", `kind_nouns`), the
    hours a place keeps ("opening hours", `schedule_words`), the minutes of a meeting (a
    record: "Minutes of the board's meeting")."""
    doc, words = span.doc, span.text.lower()
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in _KIND_NOUNS and _STRETCH_ADJECTIVE.fullmatch(words):
        return True
    last = span[-1]
    if last.lower_ == "hours" and len(span) <= 2 and last.i > 0 and doc[last.i - 1].lower_ in _SCHEDULE_WORDS:
        return True
    return (
        words in ("minutes", "the minutes")
        and after is not None
        and after.lower_ == "of"
        and span.end + 1 < len(doc)
        and doc[span.end + 1].lower_ in _RECORD_OWNERS
    )


_FRACTIONS = frozenset({"quarter", "half", "third"})


def _a_fraction(span: Span) -> bool:
    """ "at least a quarter of the valley", "three-quarters of its food": a share of
    something, not three months."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return False
    if re.fullmatch(r"[a-z]+-(?:quarters|thirds)", span.text.lower()) is None:  # "three-quarters of"
        if span[-1].lower_ not in _FRACTIONS:
            return False
        if any(t.like_num or t.lower_ in ("first", "second", "third", "fourth", "last") for t in span[:-1]):
            return False  # "the first quarter of 1990"
    after = [t.lower_.rstrip("s") for t in doc[span.end + 1 : span.end + 4]]
    return not any(w in UNITS or w.isdigit() for w in after)  # "a quarter of a century"


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "my", "your", "our"})
_OWNERS = _POSSESSIVE_PRONOUNS | {"its", "'s", "\u2019s"}
_DECADE_RE = re.compile(
    r"\d0'?s\b|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", re.I
)
_TEMPERATURES = frozenset({"temperature", "temperatures", "highs", "lows", "degrees", "thermometer"})
TEMPERATURE_REACH = 5  # words before a decade that may say it is a temperature: "highs in the low 90s"
_TIME_ZONES = frozenset(lexicon.table("time_zones"))  # shared with the byline reader
_COMMON_TIME_WORDS = frozenset(
    {f"{unit}{s}" for unit in UNITS for s in ("", "s")}
    | {"today", "tonight", "tomorrow", "yesterday", "now"}
    | set(SET_WORDS)
)


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
    if _DECADE_RE.search(span.text) and any(
        t.lower_ in _TEMPERATURES for t in doc[max(0, span.start - TEMPERATURE_REACH) : span.start]
    ):
        return True  # "highs in the 90s": degrees, not the 1990s
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
    if re.fullmatch(r"\d{4}", span.text) and after is not None and after.text in _TIME_ZONES:
        return True  # "(0735 GMT)": the clock time before it restated in another zone, not a year
    if (
        HOLIDAY_RE.fullmatch(span.text)
        and after is not None
        and after.is_title
        and after.lower_ not in _COMMON_TIME_WORDS
        and not starts_sentence(after)
        and not _is_headline(_line(full, span.start_char))
    ):
        return True  # "Christmas Island", "the Easter Rising": a holiday naming a place or an event
    if span.text.lower() in SET_WORDS and after is not None:
        if after.lower_ == "of" or (
            after.is_title and not DAY_RE.match(after.text) and not starts_sentence(after)
        ):
            return True
    return _a_name(span, full)


def _a_name(span: Span, full: str) -> bool:
    """A capitalised time word inside a name: "This Week", "60 Minutes", "USA Today"."""
    capitalised = [t for t in span if t.is_title and t.lower_ in _COMMON_TIME_WORDS]
    if capitalised and not HOLIDAY_RE.search(span.text) and not _is_headline(_line(full, span.start_char)):
        first = capitalised[0]
        if first.i > span.start:
            return True  # "This Week", "60 Minutes"
        doc = span.doc
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.i == first.i - 1 and prev.ent_type_ not in ("", "DATE", "TIME"):
            return prev.is_title or prev.is_upper  # "USA Today", "VOA Today": part of a name
    return False


def _line(text: str, offset: int) -> str:
    end = text.find("\n", offset)
    return text[text.rfind("\n", 0, offset) + 1 : end if end >= 0 else len(text)]


def _is_headline(line: str) -> bool:
    """A title-case line: most of its longer words capitalised."""
    words = re.findall(r"[A-Za-z]{4,}", line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


_SENTENCE_ENDS = frozenset({".", "!", "?"})
_CLOSING_QUOTES = frozenset({'"', "\u201d", "''", "'"})


def starts_sentence(token: Token) -> bool:
    """Whether a token opens a sentence, by the punctuation before it: the same answer with or
    without the parser (whose boundaries only `analyze` has)."""
    doc, i = token.doc, token.i - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in _CLOSING_QUOTES):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            return True
        i -= 1
    return i < 0 or doc[i].text in _SENTENCE_ENDS or "\n" in doc[i].whitespace_
