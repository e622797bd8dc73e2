"""Every value newscli writes is a valid TIMEX3 value, whatever the date format (Hypothesis)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscli.extract.dates import normalise
from newscli.extract.dates.timex import valid

MONTH_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
FORMATS = {
    # format -> (render, whether the written date alone settles the value)
    "iso": (lambda d: d.isoformat(), True),
    "compact": (lambda d: f"{d.day:02d}-{MONTH_ABBR[d.month - 1]}-{d.year % 100:02d}", True),
    "compact4": (lambda d: f"{d.day} {MONTH_ABBR[d.month - 1]} {d.year}", True),
    "us": (lambda d: f"{d.month}/{d.day}/{d.year}", False),
    "day_first": (lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}", False),
    "dots": (lambda d: f"{d.day}.{d.month}.{d.year}", False),
    "long": (lambda d: f"{d:%B} {d.day}, {d.year}", True),
}
SENTENCES = [
    "The deal, dated {}, was signed by both firms.",
    "Police said the crash happened on {} near the bridge.",
    "{}: council approves the budget.",
    "Filed {} at the county court.",
]
dates_2000s = st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 28))


def test_known_values_are_valid_and_malformed_ones_are_not():
    for value in (
        "2024-11-19",
        "2012-W46",
        "2012-W46-WE",
        "1998-Q3",
        "2025-SU",
        "19",
        "199",
        "XXXX-11",
        "XXXX-WXX-2",
        "2024-11-19T09:30",
        "2024-11-19TMO",
        "P3D",
        "PT1M30S",
        "P2Y6M",
        "PXY",
        "PAST_REF",
        None,
    ):
        assert valid(value), value
    for value in ("2024-19-11", "2024-11-32", "2024-W54", "P", "T09:00", "2024-11-19T25:00", "yesterday"):
        assert not valid(value), value


@settings(max_examples=300, deadline=None)
@given(day=dates_2000s, fmt=st.sampled_from(sorted(FORMATS)), day_first=st.booleans())
def test_numeric_and_written_dates_normalise_to_valid_values(day, fmt, day_first):
    render, settled = FORMATS[fmt]
    found = normalise(render(day), date(2025, 3, 4), day_first=day_first)
    assert valid(found.value), (render(day), found)
    # a numeric date is read by the article's convention unless a number above 12 settles it
    read_as_written = day.day > 12 or day.day == day.month or day_first == (fmt != "us")
    if settled or read_as_written:
        assert found.value == day.isoformat(), (render(day), found)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    day=dates_2000s,
    fmt=st.sampled_from(sorted(FORMATS)),
    template=st.sampled_from(SENTENCES),
    words=st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), max_size=40),
)
@pytest.mark.model
def test_every_value_in_an_article_is_valid(ner_only, day, fmt, template, words):
    from newscli.extract.dates import dates

    text = template.format(FORMATS[fmt][0](day)) + " " + words
    for mention in dates(ner_only(text), anchor=date(2025, 3, 4)):
        assert valid(mention.value), (text, mention)
        assert text[mention.start : mention.end] == mention.text


@pytest.fixture(scope="module")
def ner_only(nlp_dates):
    return nlp_dates
