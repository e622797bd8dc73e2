"""Kinds of date faults in finding, joining and splitting expressions (the fourth new-user
trial), each shown by sentences of our own.

Every row is (sentence, publication date, expression, expected value); `None` as the value
means the expression must not be reported as a date at all.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.model

THU = date(2026, 3, 12)  # a Thursday
TUE = date(2026, 3, 3)  # a Tuesday

KINDS = [
    # a day and month in figures without a year, after a word that places it ...
    ("The auction closed on 27/02 with no bids.", THU, "27/02", "2026-02-27"),
    # ... which also tells the article's order for the numeric dates with a year
    ("Tenders closed on 27/02. The contract starts on 01/06/2026.", THU, "01/06/2026", "2026-06-01"),
    # ... but not a rate or a name
    ("The helpline is staffed 24/7 and the nurses are on 24/7 shifts.", THU, "24/7", None),
    ("Her brother died on 9/11, she said.", THU, "9/11", None),
    ("The mill ran on 2/3 of its looms after the fire.", THU, "2/3", None),
    # a part of the day spent: that day's, the publication day's or the day just told
    ("The minister spent the morning at the depot.", THU, "the morning", "2026-03-12TMO"),
    ("On Sunday the team spent the evening at a gala.", THU, "the evening", "2026-03-08TEV"),
    ("Most voters stayed home in the afternoon.", THU, "the afternoon", None),
    # a half-year coded alone in a story of halves ("H2" alone is hydrogen, see test_dates_kinds)
    ("Orders rose in the first half and should rise again in H2.", THU, "H2", "2026-H2"),
    ("Margins widened in H1 and are set to narrow in H2, the chain said.", THU, "H1", "2026-H1"),
    # a timeline's first entry after a paragraph of prose
    (
        "How the tunnel came about.\n\nThe tunnel took decades to build. These are the steps.\n\n"
        "2009: Engineers survey the hill.\n\nMarch 2015: Digging starts.",
        THU,
        "2009",
        "2009",
    ),
    # a "to" between a day and a stretch joins no range: two expressions
    ("The driver was jailed on Monday to four years behind bars.", THU, "Monday", "2026-03-09"),
    ("The driver was jailed on Monday to four years behind bars.", THU, "four years", "P4Y"),
    ("The bank earned $3bn in the nine months to 30/09/2025.", THU, "the nine months", "P9M"),
    ("The bank earned $3bn in the nine months to 30/09/2025.", THU, "30/09/2025", "2025-09-30"),
    # ... a range of two days stays a range
    ("The fair runs from Monday to Wednesday.", THU, "Monday to Wednesday", None),
    # a season and the year it falls in, though a clause follows
    ("The lake last froze in the summer of 2019, when a heatwave hit.", THU, "the summer of 2019", "2019-SU"),
    ("They married in the spring of 2001, after the war.", THU, "the spring of 2001", "2001-SP"),
    ("Floods came in the spring of 2012 and the autumn of 2013 alike.", THU, "the autumn of 2013", "2013-FA"),
    # a holiday in apposition to its date keeps its name, and settles the order of a numeric date
    ("The ferry sails again on 25 December, Christmas Day.", THU, "Christmas Day", "2026-12-25"),
    ("The pool reopens on 6 April, Easter Monday.", THU, "Easter Monday", "2026-04-06"),
    ("The strike is set for 06/04/2026, Easter Monday.", TUE, "06/04/2026", "2026-04-06"),
    ("The strike is set for 06/04/2026, Easter Monday.", TUE, "Easter Monday", "2026-04-06"),
    # "one day" wished for is some day, which TimeML does not annotate; told of a past day or
    # after a modal it stays as it was
    ("One day he hopes to climb Denali.", THU, "One day", None),
    ("The boy wants one day to fly jets.", THU, "one day", None),
    ("One day he walked out of the mill.", THU, "One day", "PAST_REF"),
    ("The town will one day have a tram.", THU, "one day", "FUTURE_REF"),
    # a unit word after a word that neither counts nor places it is a kind of day
    ("The bank hosts two investor days a year.", THU, "days", None),
    ("Open days at the college draw crowds.", THU, "days", None),
    ("In recent days the river rose.", THU, "recent days", "PXD"),
    # a day (year) next to the one just told, standing alone at the head of a sentence
    ("The mill closed on Oct. 9. The day before, staff were told.", THU, "The day before", "2025-10-08"),
    ("The bridge fell in 1998. The year before, it was inspected.", THU, "The year before", "1997"),
    # a distance in hours is a time of the publication day (a TIME with a publication time: below)
    ("The alarm sounded two hours ago.", THU, "two hours ago", "2026-03-12"),
    # "past" before a clock time is a preposition, not "the past"
    ("The vote ran past midnight.", THU, "past midnight", None),
    ("The count went on past 11pm on Monday.", THU, "11pm", "2026-03-09T23:00"),
    # a clock time said in words is one, not "the past" or a quarter
    ("The coach left at half past seven on Monday.", THU, "half past seven", "2026-03-09T07:30"),
    ("The doors will open at a quarter to eight.", THU, "a quarter to eight", "2026-03-12T07:45"),
    ("Turnout rose from ten to twelve per cent.", THU, "ten to twelve", None),
]


@pytest.fixture(scope="module")
def found(nlp_dates):
    from newscli.extract.dates import dates

    docs = nlp_dates.pipe(sentence for sentence, *_ in KINDS)
    return [dates(doc, anchor=anchor) for doc, (_, anchor, *_) in zip(docs, KINDS)]


@pytest.mark.parametrize("k", range(len(KINDS)), ids=[row[0][:40] for row in KINDS])
def test_date_span_kind(found, k):
    sentence, _, expression, value = KINDS[k]
    if value is None:
        assert not any(expression in m.text for m in found[k]), found[k]
    else:
        assert {m.text: m.value for m in found[k]}.get(expression) == value, found[k]


def test_a_distance_in_hours_counts_back_from_the_publication_time(nlp_dates):
    from newscli import analyze_texts

    record = {"id": "a", "text": "The roof fell in an hour ago.", "published": "2026-03-05T21:30:00+00:00"}
    (out,) = analyze_texts([record], sections=["dates"], nlp=nlp_dates)
    assert [(d["text"], d["type"], d["value"]) for d in out["dates"]] == [
        ("an hour ago", "TIME", "2026-03-05T20:30")
    ]


LIVE = (
    "Live: Harbour Vote\n\nBy Ola Dunn\n\n"
    "21:50 GMT - Counting has begun. A result is expected at 1am.\n\n"
    "23:40 GMT - The doors were shut twenty minutes ago.\n\n"
    "00:20 GMT - A recount is under way.\n"
)


@pytest.fixture(scope="module")
def live(nlp_dates):
    from newscli import analyze_texts

    record = {"id": "live", "text": LIVE, "published": "2026-03-05T21:30:00+00:00"}
    (out,) = analyze_texts([record], sections=["dates"], nlp=nlp_dates)
    return {d["text"]: (d["type"], d["value"]) for d in out["dates"]}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("21:50 GMT", ("TIME", "2026-03-05T21:50")),
        # a stamp after midnight is the next day
        ("00:20 GMT", ("TIME", "2026-03-06T00:20")),
        # a clock time of the coming night is the next day's
        ("1am", ("TIME", "2026-03-06T01:00")),
        # a distance in minutes counts back from the entry's time
        ("twenty minutes ago", ("TIME", "2026-03-05T23:20")),
    ],
)
def test_live_page_times_cross_midnight(live, text, expected):
    assert live.get(text) == expected, live


def test_entry_stamps_newest_first_go_back_over_midnight():
    from newscli.articles import Article
    from newscli.extract.dates.telling import entry_times

    text = "00:10 GMT - Late news.\n\n23:30 GMT - Earlier news.\n"
    article = Article(
        source="t", text=text, published="2026-03-06T00:15:00+00:00", entry_stamps=((0, 9), (24, 33))
    )
    assert [d.value for d in entry_times(article, date(2026, 3, 6))] == [
        "2026-03-06T00:10",
        "2026-03-05T23:30",
    ]


def test_a_clock_time_with_a_day_written_keeps_it_whatever_the_time_of_telling(nlp_dates):
    from newscli import analyze_texts

    records = [
        {
            "id": "a",
            "text": "The ferry will sail at 7am on March 12.",
            "published": "2026-03-12T09:00:00+00:00",
        },
        {"id": "b", "text": "The ferry will sail at 7am.", "published": "2026-03-12T09:00:00+00:00"},
    ]
    (a, b) = analyze_texts(records, sections=["dates"], nlp=nlp_dates)
    assert {d["text"]: d["value"] for d in a["dates"]}["7am"] == "2026-03-12T07:00"
    assert {d["text"]: d["value"] for d in b["dates"]}["7am"] == "2026-03-13T07:00"  # the next 7am
