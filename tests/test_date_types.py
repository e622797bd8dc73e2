"""Which phrases are time expressions, where they end, and their TIMEX3 type (issue 21).

Every row is (sentence, expression, type, value): the expression must be found with that
type and value; a type of `None` means the expression must not be reported as a time. The
sentences are our own, one kind of expression per group, from unrelated beats.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.model

WED = date(2024, 5, 15)  # a Wednesday

ROWS = [
    # "a week" is a stretch unless a count comes before it (a rate, a SET)
    ("The council gave tenants a week to leave the flats.", "a week", "DURATION", "P1W"),
    ("It took engineers a month to repair the pump.", "a month", "DURATION", "P1M"),
    ("In June, a week after the flood, the mayor resigned.", "a week", "DURATION", "P1W"),
    ("Volunteers waited a week for the parts to arrive.", "a week", "DURATION", "P1W"),
    ("Exports grew 4% a year over the decade.", "a year", "SET", "P1Y"),
    ("Over the decade the fund returned 7% a year.", "a year", "SET", "P1Y"),
    # a stretch made an adjective with "-long"
    ("Nurses began a day-long strike over pay.", "day-long", "DURATION", "P1D"),
    ("The week-long festival drew record crowds.", "week-long", "DURATION", "P1W"),
    ("A decades-long feud between the two villages ended.", "decades-long", "DURATION", "PXDE"),
    ("The council ordered a year-long review of parking.", "year-long", "DURATION", "P1Y"),
    ("Her hour-long speech closed the conference.", "hour-long", "DURATION", "PT1H"),
    # seasons of a sport or a show are a stretch of years; a name is no time
    ("The goalkeeper kept 80 clean sheets across nine seasons.", "nine seasons", "DURATION", "P9Y"),
    ("The drama was renewed for two more seasons.", "two more seasons", "DURATION", "P2Y"),
    ("Delegates stayed at the Four Seasons downtown.", "Seasons", None, None),
    # "one day" meaning some day; 24 hours when it is a stretch
    ("One day, the harbourmaster said, the ferry would run again.", "One day", "DATE", "FUTURE_REF"),
    ("One day she walked into the newsroom with a box of files.", "One day", "DATE", "PAST_REF"),
    ("Someday the quarry will be a lake.", "Someday", "DATE", "FUTURE_REF"),
    ("The walkout lasted one day.", "one day", "DURATION", "P1D"),
    ("One day after the vote, the treasurer quit.", "One day", "DURATION", "P1D"),
    # a back reference found whatever words it takes
    ("Bailiffs seized the van on Monday. It was sold that same day.", "that same day", "DATE", "2024-05-13"),
    ("The bakery opened in 2009. That same year a bypass was built.", "That same year", "DATE", "2009"),
    ("The tenants were evicted that same day.", "that same day", "DATE", "XXXX-XX-XX"),
    # ... a day of the month (year) told before it, when no day was told
    ("The dam burst last March. Crews arrived that same day.", "that same day", "DATE", "2024-03-XX"),
    ("The mill closed in 2011. Its owner left town that day.", "that day", "DATE", "2011-XX-XX"),
    (
        "The strike began in September. That same night the depot burned.",
        "That same night",
        "TIME",
        "2023-09-XXTNI",
    ),
    # a half of a year named by its offset
    (
        "Output will recover in the second half of next year.",
        "the second half of next year",
        "DATE",
        "2025-H2",
    ),
    ("Sales slipped in last year's first half.", "last year's first half", "DATE", "2023-H1"),
    # a clock time and its day with "local time" between them
    ("The port reopened at 6 a.m. local time on Sunday.", "6 a.m.", "TIME", "2024-05-12T06:00"),
    # an anniversary is a date, not a stretch
    ("The pier opened forty years ago this month.", "forty years ago this month", "DATE", "1984-05"),
    # the nth weekday of a month is that day, not the nearest such weekday
    ("The regatta is rowed on the first Sunday in May.", "the first Sunday in May", "DATE", "2024-05-05"),
    ("Voting closed on the last Friday of March.", "the last Friday of March", "DATE", "2024-03-29"),
    # a count, a word for unbroken, and a unit
    ("Exports fell for three consecutive months.", "three consecutive months", "DURATION", "P3M"),
    ("The kiln ran for six straight weeks.", "six straight weeks", "DURATION", "P6W"),
    # a recurring weekday after another, which the recogniser leaves out
    ("The dental clinic is open Mondays and Thursdays.", "Thursdays", "SET", "XXXX-WXX-4"),
    ("Market stalls trade on Tuesdays and Saturdays.", "Saturdays", "SET", "XXXX-WXX-6"),
    # a fortnight is two weeks; the recogniser never tags it
    ("Footfall at the market doubled in the past fortnight.", "the past fortnight", "DURATION", "P2W"),
    ("The parish council meets fortnightly in the library.", "fortnightly", "SET", "P2W"),
    ("The lido closed a fortnight ago for repairs.", "a fortnight ago", "DATE", "2024-W18"),
    ("Recycling bins are emptied every fortnight.", "every fortnight", "SET", "P2W"),
    ("Resurfacing the runway will take a fortnight.", "a fortnight", "DURATION", "P2W"),
    # holidays: a movable feast, the week holding one, and a holiday naming a place or an event
    ("The pier shut on Good Friday after a storm.", "Good Friday", "DATE", "2024-03-29"),
    ("Pilgrims packed the chapel during Easter week.", "Easter week", "DATE", "2024-W13"),
    ("Hotels along the coast were full in Thanksgiving week.", "Thanksgiving week", "DATE", "2023-W47"),
    ("The cable ship left Christmas Island for repairs.", "Christmas", None, None),
    ("Her grandfather fought in the Easter Rising as a boy.", "Easter", None, None),
    # each day of a list or range keeps its month, whichever side the month is written
    ("The regatta is held on July 12 and 13.", "13", "DATE", "2024-07-13"),
    ("The regatta is held on July 12 and 13.", "July 12", "DATE", "2024-07-12"),
    ("Markets open June 3-4 on the quay.", "4", "DATE", "2024-06-04"),
    ("Ballots are counted on 8 and 9 November.", "8", "DATE", "2024-11-08"),
    # counted stretches, weekdays and prefixed years the recogniser leaves out
    ("The ferry crossing took about 3 1/2 hours in fog.", "3 1/2 hours", "DURATION", "PT3H30M"),
    ("The orchard was planted more than three decades ago.", "more than three decades ago", "DATE", "199"),
    ("Early Tuesday, divers reached the wreck.", "Early Tuesday", "DATE", "2024-05-14"),
    ("Rents doubled in the post-2008 housing market.", "post-2008", "DATE", "2008"),
    ("Sun Microsystems and Sat Nav Ltd filed results.", "Sun", None, None),
    ("The city imports three-quarters of its grain.", "quarters", None, None),
    ("A second inspector was called.", "second", None, None),
    # the edges TimeML draws: words the recogniser leaves off, and words it takes in
    ("The harbour board said this year's dredging is over budget.", "this year", "DATE", "2024"),
    ("Profit fell from $4 million in the year-ago period.", "the year-ago period", "DATE", "2023"),
    ("The insurer booked a first-quarter charge.", "first-quarter", "DATE", "2024-Q1"),
    ("The club posted a loss for its second quarter.", "second quarter", "DATE", "2024-Q2"),
    ("Fares will rise in both 2025 and 2026.", "2025", "DATE", "2025"),
    ("The tunnel may not open until 2031 or later.", "2031 or later", "DATE", "2031"),
    ("Grants are promised for 2026 and beyond.", "2026 and beyond", "DATE", "2026"),
    ("The library will reopen sometime next year.", "sometime next year", "DATE", "2025"),
    ("Nobody is hiring right now, the agency said.", "right now", "DATE", "PRESENT_REF"),
    ("The mayor serves a four-year term.", "four-year term", "DURATION", "P4Y"),
    ("A month or so ago, the bakery changed hands.", "A month or so ago", "DATE", "2024-04"),
    ("A verdict may take days or weeks, the clerk said.", "days or weeks", "DURATION", "PXD"),
    (
        "The brewer sold more in the first quarter. Costs in the latest period fell.",
        "the latest period",
        "DATE",
        "2024-Q1",
    ),
    # ... but a count after a date is no day
    ("On April 2, 40 homes lost power.", "40", None, None),
]


@pytest.fixture(scope="module")
def found(nlp_dates):
    from newscli.extract.dates import dates

    return [dates(doc, anchor=WED) for doc in nlp_dates.pipe(row[0] for row in ROWS)]


@pytest.mark.parametrize("k", range(len(ROWS)), ids=[row[0][:40] for row in ROWS])
def test_expression_type(found, k):
    _, expression, type_, value = ROWS[k]
    if type_ is None:
        assert not any(expression in m.text for m in found[k]), found[k]
    else:
        assert {m.text: (m.type, m.value) for m in found[k]}.get(expression) == (type_, value), found[k]
