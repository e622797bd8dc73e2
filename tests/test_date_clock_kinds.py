"""Kinds of date faults around clock times, line-by-line lists and words that only look like
times (the sixth new-user trial), each shown by sentences of our own.

Every row is (sentence, publication date, expression, expected value); `None` as the value
means the expression must not be reported as a date at all.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.model

WED = date(2026, 5, 20)  # a Wednesday

KINDS = [
    # a weekday written short with its day and month, as fixture lists and listings write it
    ("The Mill host Dale on Wed 12 Aug at 2pm.", WED, "Wed 12 Aug", "2026-08-12"),
    ("The Mill host Dale on Wed 12 Aug at 2pm.", WED, "2pm", "2026-08-12T14:00"),
    ("Kirk travel to Dale on Sun, 16 August.", WED, "Sun, 16 August", "2026-08-16"),
    # one fixture a line: no date runs over a line break, each clock time takes its line's day
    (
        "Our first games.\n\nWed 12 Aug: Dale v Mill, 2pm\nFri 14 Aug: Mill v Kirk, 6.30pm",
        WED,
        "2pm",
        "2026-08-12T14:00",
    ),
    (
        "Our first games.\n\nWed 12 Aug: Dale v Mill, 2pm\nFri 14 Aug: Mill v Kirk, 6.30pm",
        WED,
        "Fri 14 Aug",
        "2026-08-14",
    ),
    (
        "Our first games.\n\nWed 12 Aug: Dale v Mill, 2pm\nFri 14 Aug: Mill v Kirk, 6.30pm",
        WED,
        "6.30pm",
        "2026-08-14T18:30",
    ),
    # the clock times of a sentence share the day its first one takes
    (
        "Residents vote on the new park tomorrow. Halls open at 8am and shut at 9pm.",
        WED,
        "9pm",
        "2026-05-21T21:00",
    ),
    (
        "Residents vote tomorrow. Halls open at 8am, and counting will begin at 10pm.",
        WED,
        "10pm",
        "2026-05-21T22:00",
    ),
    # a day named by its event is no calendar day: the clock time keeps no day ...
    (
        "The fair was shut on Sunday. Stalls must be cleared by 6pm on market day.",
        WED,
        "6pm on market day",
        "XXXX-XX-XXT18:00",
    ),
    # ... but "on the day" is the day just told
    ("The mayor spoke on Monday. He left at 4pm on the day.", WED, "4pm", "2026-05-18T16:00"),
    # a clock time told in the past takes no day ahead of the publication from the sentence before
    (
        "The race may be moved to June 2. Officials said the storm hit shortly after 8 p.m.",
        WED,
        "8 p.m.",
        "XXXX-XX-XXT20:00",
    ),
    (
        "The race was run on Sunday. Officials said the storm hit shortly after 8 p.m.",
        WED,
        "8 p.m.",
        "2026-05-17T20:00",
    ),
    # a sentence that says its clock times come every day: they recur, in each of its clauses
    (
        "Gates open at 6pm each night, and the bands finish by 11pm.",
        WED,
        "6pm each night",
        "XXXX-XX-XXT18:00",
    ),
    ("Gates open at 6pm each night, and the bands finish by 11pm.", WED, "11pm", "XXXX-XX-XXT23:00"),
    ("The clinic is open on weekdays from 9am to 5pm.", WED, "5pm", "XXXX-XX-XXT17:00"),
    ("The mayor spoke at 3pm on Monday, and daily briefings follow at 10am.", WED, "3pm", "2026-05-18T15:00"),
    # some weekday of a period with its year is a weekday of that year, week unknown
    ("The last vote was held on a cold Monday in March 2018.", WED, "Monday", "2018-WXX-1"),
    ("The fair ended on a Friday in June last year.", WED, "Friday", "2025-WXX-5"),
    ("Talks resume on Friday, the union said.", WED, "Friday", "2026-05-22"),
    # a stretch made the adjective of a business open round the clock, or of a match format
    ("A 24-hour pharmacy will open beside the bus station.", WED, "24-hour", None),
    ("The village lost its 24-hour garage last year.", WED, "24-hour", None),
    ("Dale won the one-day international by six wickets.", WED, "one-day", None),
    # ... but a stretch of an event is one (TimeML: "a two-hour meeting")
    ("Drivers staged a 24-hour stoppage over pay.", WED, "24-hour", "PT24H"),
    # the hours a place keeps and the minutes of a meeting are no stretch
    ("Opening hours at the museum will change in spring.", WED, "hours", None),
    ("Minutes of the council's meeting were published online.", WED, "Minutes", None),
    ("The talks lasted for two hours.", WED, "two hours", "PT2H"),
]


@pytest.fixture(scope="module")
def found(nlp_dates):
    from newscli.extract.dates import dates

    docs = nlp_dates.pipe(sentence for sentence, *_ in KINDS)
    return [dates(doc, anchor=anchor) for doc, (_, anchor, *_) in zip(docs, KINDS)]


@pytest.mark.parametrize("k", range(len(KINDS)), ids=[f"{row[0][:40]}|{row[2]}" for row in KINDS])
def test_date_clock_kind(found, k):
    sentence, _, expression, value = KINDS[k]
    if value is None:
        assert not any(expression in m.text for m in found[k]), found[k]
    else:
        assert {m.text: m.value for m in found[k]}.get(expression) == value, found[k]
