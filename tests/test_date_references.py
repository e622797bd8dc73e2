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
    # ... and past an adverb or the quotation mark of a quoted verb phrase: "will be fully
    # reopened", 'would be "repaired by Friday"', 'expected it to be "fit by Saturday"'
    ("The council said the lido will be fully reopened on Friday.", JUL, "Friday", "2025-08-01"),
    ('Engineers promised the lock would be "properly repaired by Friday."', JUL, "Friday", "2025-08-01"),
    ('The coach expected the squad to be "fit again by Saturday."', JUL, "Saturday", "2025-08-02"),
    ("The lido was quickly reopened on Friday.", JUL, "Friday", "2025-07-25"),
    # a weekday told in the present of "be" is the nearest such day: the one to come when it is
    # nearer ahead ("the count is on Friday" on a Wednesday), else the one just gone
    ("The recount is on Friday, officials confirmed.", JUL, "Friday", "2025-08-01"),
    ("The foreign minister is in Oslo on Thursday for the summit.", JUL, "Thursday", "2025-07-31"),
    ("The market is closed on Monday after the storm.", JUL, "Monday", "2025-07-28"),
    # "and" inside a range of figures joins no clauses: the verb before the range still tells
    ("Polling stations are open between 7am and 10pm on Thursday.", JUL, "Thursday", "2025-07-31"),
    ("The library is staffed between 9 and 5 on Friday.", JUL, "Friday", "2025-08-01"),
    ("Ticket desks were open between 8 a.m. and noon on Monday.", JUL, "Monday", "2025-07-28"),
    # a participle after a linking verb reads as an adjective: the linking verb or its
    # auxiliary tells the tense ("will stay closed on Friday")
    ("Schools in the valley will stay closed on Friday, the council said.", JUL, "Friday", "2025-08-01"),
    ("The ferry remained suspended on Monday after the gale.", JUL, "Monday", "2025-07-28"),
    # more verbs of a timetable, in the present, look ahead
    ("The overnight ferry sails on Monday, weather permitting.", JUL, "Monday", "2025-08-04"),
    ("Rovers face the league leaders on Tuesday.", JUL, "Tuesday", "2025-08-05"),
    ("The appeal court hears the case on Monday.", JUL, "Monday", "2025-08-04"),
    ("The statistics office publishes its jobless figures on Tuesday.", JUL, "Tuesday", "2025-08-05"),
    # a weekday with the week it falls in is that day of that week, whatever the tense
    ("The ferry sails on Thursday next week at 9am.", JUL, "Thursday next week", "2025-08-07"),
    ("The ferry sails on Thursday next week at 9am.", JUL, "9am", "2025-08-07T09:00"),
    ("The plant shut on Monday of last week after a fire.", JUL, "Monday of last week", "2025-07-21"),
    ("Results are due on Friday this week.", JUL, "Friday this week", "2025-08-01"),
    ("Buyers toured the mill on Monday, last week's visitors said.", JUL, "Monday", "2025-07-28"),
    # a past event's "the same day" is the last day told that has come, not a day ahead
    (
        "The board met on Monday to sell the depot. It will meet again on Friday. The board also "
        "lowered its fees the same day.",
        JUL,
        "the same day",
        "2025-07-28",
    ),
    # a forecast or a likelihood looks ahead like a plan
    ("The storm is forecast to reach the coast late Thursday.", JUL, "late Thursday", "2025-07-31"),
    ("The river is likely to peak on Monday, hydrologists said.", JUL, "Monday", "2025-08-04"),
    # a scheduled event named by its date, told in the past tense, may still be to come
    ("The regulator has not explained the Aug. 8 deadline.", JUL, "Aug. 8", "2025-08-08"),
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
    # "the next morning", "that night", "the previous Friday", "the following week", "the
    # day before ...": counted from the day just told, not from the publication date
    (
        "The barge ran aground on July 3. Tugs freed it the next morning.",
        JUL,
        "the next morning",
        "2025-07-04TMO",
    ),
    ("The barge ran aground on July 3. That night, the tide rose.", JUL, "That night", "2025-07-03TNI"),
    (
        "The orchard flooded on June 12. The same evening, volunteers came.",
        JUL,
        "The same evening",
        "2025-06-12TEV",
    ),
    ("The index ended Friday 2% below the previous Friday.", JUL, "the previous Friday", "2025-07-18"),
    (
        "The mill shut on June 5. The following Monday, buyers toured it.",
        JUL,
        "The following Monday",
        "2025-06-09",
    ),
    (
        "The mill shut on June 5. The following week, the owners sold it.",
        JUL,
        "The following week",
        "2025-W24",
    ),
    # ... while "next Tuesday" counts from the publication date, whatever was told before it
    ("The mill shut on June 5. Talks are planned for next Tuesday.", JUL, "next Tuesday", "2025-08-05"),
    (
        "The day before last Friday's vote, the mayor resigned.",
        JUL,
        "The day before last Friday",
        "2025-07-24",
    ),
    # "the weekend" from a Friday is the one at hand, even in reported speech in the past;
    # from a Monday, the one just over
    (
        "Forecasters warned that more rain was on the way over the weekend.",
        date(2025, 8, 1),
        "the weekend",
        "2025-W31-WE",
    ),
    ("Crews cleared the fallen trees over the weekend.", date(2025, 8, 4), "the weekend", "2025-W31-WE"),
    # a clock time with no day takes the day told in its sentence or the one before; further
    # back, or a part of day ("this morning"), keeps the publication day
    ("The levee broke on Saturday. By 10 p.m., water filled the square.", JUL, "10 p.m.", "2025-07-26T22:00"),
    ("The fete is on Sunday. Gates open at 11 a.m.", JUL, "11 a.m.", "2025-07-27T11:00"),
    (
        "The mill shut on July 2. Crowds grew. Police came. At 9 a.m., talks failed.",
        JUL,
        "9 a.m.",
        "2025-07-30T09:00",
    ),
    ("Officials said on Monday that sirens sounded this morning.", JUL, "this morning", "2025-07-30TMO"),
    # a season that recurs is a SET too; one season stays a date
    ("Floods have closed the lane for the past three summers.", JUL, "the past three summers", "XXXX-SU"),
    ("The ferry stops running every winter.", JUL, "every winter", "XXXX-WI"),
    ("The ferry stopped running last winter.", JUL, "last winter", "2024-WI"),
    # a weekday in the plural recurs: a SET, with its part of day; a weekday joined to one by
    # "and" shares it
    ("The farmers' market opens on Saturdays.", JUL, "Saturdays", "XXXX-WXX-6"),
    ("The choir rehearses Thursday evenings in the crypt.", JUL, "Thursday evenings", "XXXX-WXX-4TEV"),
    ("Night buses will run on Friday and Saturday nights from May 2.", JUL, "Friday", "XXXX-WXX-5TNI"),
    (
        "Night buses will run on Friday and Saturday nights from May 2.",
        JUL,
        "Saturday nights",
        "XXXX-WXX-6TNI",
    ),
    ("The strike hit Monday and Tuesday.", JUL, "Monday", "2025-07-28"),
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
    # a quarter still to come is a plan, not the period reported: "the latest quarter" after
    # "a fourth-quarter charge" (in November) is still the third
    (
        "Profit fell in the third quarter. The insurer expects a fourth-quarter charge for the "
        "floods. Premiums in the latest quarter rose 3%.",
        date(2025, 11, 5),
        "the latest quarter",
        "2025-Q3",
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
def found(nlp_dates):
    from newscli.extract.dates import dates

    docs = nlp_dates.pipe(text for text, *_ in ROWS)
    return [dates(doc, anchor=anchor) for doc, (_, anchor, *_) in zip(docs, ROWS)]


@pytest.mark.parametrize("k", range(len(ROWS)), ids=[f"{k}-{row[2]}" for k, row in enumerate(ROWS)])
def test_value_counts_from_the_right_reference(found, k):
    _, _, expression, value = ROWS[k]
    assert {m.text: m.value for m in found[k]}.get(expression) == value, found[k]
