"""Phrases whose value the grammar used to lose to a part of them (issue 21): the part kept was
"days" of "eight trading days", "the last half" of "the last half of the '80s". Rows of
(expression, value) normalised against a fixed publication date."""

from __future__ import annotations

from datetime import date

import pytest

from newscli.extract.dates import normalise

ANCHOR = date(2025, 3, 4)


@pytest.mark.parametrize(
    "text, type_, value",
    [
        # counted days of a calendar that skips some: still days
        ("eight trading days", "DURATION", "P8D"),
        ("five business days", "DURATION", "P5D"),
        ("three working days", "DURATION", "P3D"),
        # "these days" is the present, like "nowadays"
        ("these days", "DATE", "PRESENT_REF"),
        # a half of a decade written with an apostrophe is the decade (TimeML keeps the part in MOD)
        ("the last half of the '80s", "DATE", "198"),
        ("the first half of the '70s", "DATE", "197"),
        # two quarters of a named year are its half, with or without a hedge
        ("the first two quarters of 2026", "DATE", "2026-H1"),
        ("at least the first two quarters of 2026", "DATE", "2026-H1"),
        ("the last two quarters of 2024", "DATE", "2024-H2"),
        # "couple of" is two after "the next" as after "a"; "or so" keeps a distance a distance
        ("the next couple of years", "DURATION", "P2Y"),
        ("the last couple of months", "DURATION", "P2M"),
        ("a week or so ago", "DATE", "2025-W09"),
        ("two years or so ago", "DATE", "2023"),
        # a range of counts of one unit takes the first count (as HeidelTime's duration rules)
        ("two to three weeks", "DURATION", "P2W"),
        ("between four to six days", "DURATION", "P4D"),
        ("5-7 years", "DURATION", "P5Y"),
        # ... but a hyphenated number is one count, not a range from twenty to four
        ("twenty-four hours", "DURATION", "PT24H"),
        ("thirty-one days", "DURATION", "P31D"),
        # counts of hundreds and thousands, in words or with a thousands comma
        ("three hundred years", "DURATION", "P300Y"),
        ("more than three thousand years", "DURATION", "P3000Y"),
        ("2,000 years", "DURATION", "P2000Y"),
        ("1,500 days", "DURATION", "P1500D"),
        ("nearly a hundred years", "DURATION", "P100Y"),
        ("two thousand", "DATE", "2000"),
        # an anniversary: the period named, so many years back
        ("fifty years ago this week", "DATE", "1975-W10"),
        ("30 years ago last month", "DATE", "1995-02"),
        ("ten years ago today", "DATE", "2015-03-04"),
        # a quarter keeps its unit, counted, vague or recurring
        ("the past two quarters", "DURATION", "P2Q"),
        ("recent quarters", "DURATION", "PXQ"),
        ("every quarter", "SET", "P1Q"),
        ("quarterly", "SET", "P1Q"),
        # "latest" is no "late" modifier: the last quarter reported, not "st quarter"
        ("the latest quarter", "DATE", "2024-Q4"),
        ("late last year", "DATE", "2024"),
    ],
)
def test_phrase_value(text, type_, value):
    assert normalise(text, ANCHOR) == (type_, value)
