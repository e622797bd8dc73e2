"""Which reference a relative value counts from (issue 21): the reporting period of a results
story, the day just mentioned, or the publication date. Sentences of our own, one row each:
(text, publication date, expression, expected value)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.model

JUL = date(2025, 7, 30)  # a Wednesday, in results season

ROWS = [
    # a passive's auxiliary decides even when the participle stands at the edge of the window
    (
        "Marta Ruiz will be named captain of the national rowing squad for a regatta in December.",
        JUL,
        "December",
        "2025-12",
    ),
    # a scheduled event named by its date, told in the past tense, may still be to come
    ("The regulator gave no reason for the Aug. 8 deadline.", JUL, "Aug. 8", "2025-08-08"),
    ("Organisers said little about the Aug. 2 elections.", JUL, "Aug. 2", "2025-08-02"),
    # ... but not an event that has happened ("since" and a crime look back)
    ("Detectives have chased leads since the Dec. 3 robbery.", JUL, "Dec. 3", "2024-12-03"),
    # the same time in another zone, with its day, dates the clock time before it
    (
        "The convoy will set off at 5 in the morning (5 a.m. EDT Thursday), the ministry said.",
        JUL,
        "5 in the morning",
        "2025-07-31T05:00",
    ),
    # a year-to-date stretch makes "a year earlier" the year before, not the quarter before it
    (
        "Bakery profit rose in the second quarter. For the six months, profit was $4 million, "
        "against $3 million a year earlier.",
        JUL,
        "a year earlier",
        "2024",
    ),
    (
        "The brewer lost money in the third quarter. In the first nine months it earned $8 million, "
        "down from $11 million a year earlier.",
        date(2025, 10, 29),
        "a year earlier",
        "2024",
    ),
    # ... while after the quarter itself it stays the quarter a year before
    (
        "In the second quarter the ferry line carried 2 million riders, up from 1.8 million a year earlier.",
        JUL,
        "a year earlier",
        "2024-Q2",
    ),
    # a year back from a year told before: "in 2019 ... a year earlier"
    ("The mill closed in 2019. A year earlier, its owner had sold the land.", JUL, "A year earlier", "2018"),
    # the reporting period in a year named with it, or last year's match of it
    (
        "The chain's second-quarter sales rose 4%. In the 2024 quarter, sales had fallen.",
        JUL,
        "the 2024 quarter",
        "2024-Q2",
    ),
    (
        "Rents rose in the second quarter. Vacancies in last year's quarter were higher.",
        JUL,
        "last year's quarter",
        "2024-Q2",
    ),
    (
        "The insurer lost $2 million in the second quarter, after a profit in the same period last year.",
        JUL,
        "the same period last year",
        "2024-Q2",
    ),
]


@pytest.fixture(scope="module")
def found():
    from newscli.extract.dates import dates
    from newscli.pipeline import load_model

    nlp = load_model(None, ["dates"])
    docs = nlp.pipe(text for text, *_ in ROWS)
    return [dates(doc, anchor=anchor) for doc, (_, anchor, *_) in zip(docs, ROWS)]


@pytest.mark.parametrize("k", range(len(ROWS)), ids=[row[2] for row in ROWS])
def test_value_counts_from_the_right_reference(found, k):
    _, _, expression, value = ROWS[k]
    assert {m.text: m.value for m in found[k]}.get(expression) == value, found[k]
