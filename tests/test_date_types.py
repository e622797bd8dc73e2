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
]


@pytest.fixture(scope="module")
def found():
    from newscli.extract.dates import dates
    from newscli.pipeline import load_model

    nlp = load_model(None, ["dates"])
    return [dates(doc, anchor=WED) for doc in nlp.pipe(row[0] for row in ROWS)]


@pytest.mark.parametrize("k", range(len(ROWS)), ids=[row[0][:40] for row in ROWS])
def test_expression_type(found, k):
    _, expression, type_, value = ROWS[k]
    if type_ is None:
        assert not any(expression in m.text for m in found[k]), found[k]
    else:
        assert {m.text: (m.type, m.value) for m in found[k]}.get(expression) == (type_, value), found[k]
