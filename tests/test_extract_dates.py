from datetime import date

import pytest

from newscli.extract.dates import normalise
from newscli.model import readable

WED = date(2012, 11, 21)  # a Wednesday


@pytest.mark.parametrize(
    "text, tense, value",
    [
        # absolute dates
        ("November 21, 2012", None, "2012-11-21"),
        ("Tuesday, Nov. 20, 2012", None, "2012-11-20"),
        ("20 November 2012", None, "2012-11-20"),
        ("March 2003", None, "2003-03"),
        ("2010", None, "2010"),
        ("2012-11-20", None, "2012-11-20"),
        # weekdays: the latest on or before the anchor, or ahead when the verb looks ahead
        ("Tuesday", None, "2012-11-20"),
        ("Wednesday", None, "2012-11-21"),
        ("Thursday", "future", "2012-11-22"),
        ("next Thursday", None, "2012-11-22"),
        ("last Friday", None, "2012-11-16"),
        # relative days and periods
        ("today", None, "2012-11-21"),
        ("yesterday", None, "2012-11-20"),
        ("tomorrow", None, "2012-11-22"),
        ("last week", None, "2012-W46"),
        ("this week", None, "2012-W47"),
        ("next month", None, "2012-12"),
        ("last year", None, "2011"),
        ("two years ago", None, "2010"),
        ("almost two years ago", None, "2010"),
        # modifiers go to TimeML's MOD attribute; the value is the period's
        ("earlier this month", None, "2012-11"),
        ("late last week", None, "2012-W46"),
        ("the end of September", "past", "2012-09"),
        ("mid-November", None, "2012-11"),
        # months and seasons without a year follow the tense
        ("September", "past", "2012-09"),
        ("December", "past", "2011-12"),
        ("December", "future", "2012-12"),
        ("last spring", None, "2012-SP"),  # the last spring over by November: this year's
        ("last winter", None, "2011-WI"),
        ("this summer", None, "2012-SU"),
        ("the third quarter", None, "2012-Q3"),
        ("Q3", None, "2012-Q3"),
        ("Q2", "past", "2012-Q2"),
        ("Q1 2013", None, "2013-Q1"),
        ("the 1990s", None, "199"),
    ],
)
def test_dates(text, tense, value):
    assert normalise(text, WED, tense) == ("DATE", value)


@pytest.mark.parametrize(
    "text, type_, value",
    [
        ("three days", "DURATION", "P3D"),
        ("two-year", "DURATION", "P2Y"),
        ("18 months", "DURATION", "P18M"),
        ("a few weeks", "DURATION", "PXW"),
        ("the final 20 minutes", "DURATION", "PT20M"),
        # numbers written as words without a hyphen, and fractions in the next smaller unit
        ("the last twenty four hours", "DURATION", "PT24H"),
        ("2 1/2 years", "DURATION", "P2Y6M"),
        ("two and a half years", "DURATION", "P2Y6M"),
        ("a minute and a half", "DURATION", "PT1M30S"),
        ("half an hour", "DURATION", "PT30M"),
        ("half a century", "DURATION", "P50Y"),
        # a stretch added to another is still a duration
        ("two more weeks", "DURATION", "P2W"),
        ("an additional year", "DURATION", "P1Y"),
        ("three extra days", "DURATION", "P3D"),
        # figures with thousands separators are one number, not the digits after the comma
        ("1,000 years", "DURATION", "P1000Y"),
        ("every 5,000 years", "SET", "P5000Y"),
        ("1,500 years ago", "DATE", "0512"),
        ("3,500 years ago", "DATE", "PAST_REF"),  # before year 1: no year to write
        # "N units later" counts from an event, not the anchor: TimeML's duration
        ("three days later", "DURATION", "P3D"),
        ("a few days later", "DURATION", "PXD"),
        # spoken days next to a month name
        ("this coming Sunday, November twenty-fifth", "DATE", "2012-11-25"),
        ("the twenty-first of November", "DATE", "2012-11-21"),
        ("every Monday", "SET", "XXXX-WXX-1"),
        ("annually", "SET", "P1Y"),
        ("weekly", "SET", "P1W"),
        ("now", "DATE", "PRESENT_REF"),
        ("currently", "DATE", "PRESENT_REF"),
        ("recently", "DATE", "PAST_REF"),
        ("the future", "DATE", "FUTURE_REF"),
        ("12:25 AM EST", "TIME", "2012-11-21T00:25"),
        ("9.45am", "TIME", "2012-11-21T09:45"),  # British style, with a point
        ("3.12 p.m.", "TIME", "2012-11-21T15:12"),
        ("Saturday night", "TIME", "2012-11-17TNI"),
        ("this morning", "TIME", "2012-11-21TMO"),
        ("3 p.m. Tuesday", "TIME", "2012-11-20T15:00"),
    ],
)
def test_types_and_values(text, type_, value):
    assert normalise(text, WED) == (type_, value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Tuesday", "XXXX-WXX-2"),
        ("last week", "XXXX-WXX"),
        ("November 20", "XXXX-11-20"),
        ("November 20, 2012", "2012-11-20"),
        ("today", "XXXX-XX-XX"),
        ("last night", "XXXX-XX-XXTNI"),
        ("the weekend", "XXXX-WXX-WE"),
    ],
)
def test_without_anchor_values_stay_underspecified(text, value):
    assert normalise(text, None).value == value


@pytest.mark.model
def test_without_anchor_relative_expressions_are_kept(nlp_dates):
    from newscli.extract.dates import dates

    doc = nlp_dates("The mayor spoke today and the council met last night.")
    assert [(d.text, d.value) for d in dates(doc)] == [
        ("today", "XXXX-XX-XX"),
        ("last night", "XXXX-XX-XXTNI"),
    ]


def test_readable():
    assert readable("2012-11-20") == "Tue 20 Nov 2012"
    assert readable("2012-W46") == "week 46 of 2012"
    assert readable("P3D", "DURATION") == "3 days"
    assert readable(None) == ""


@pytest.mark.parametrize(
    ("value", "type_", "reading"),
    [
        ("2031-07-08TEV", "TIME", "Tue 08 Jul 2031, evening"),
        ("2031-07-08T09:45", "TIME", "Tue 08 Jul 2031 09:45"),
        ("XXXX-XX-XXT09:45", "TIME", "09:45"),
        ("XXXX-XX-XXTAF", "TIME", "afternoon"),
        ("XXXX-XX-XXT24:00", "TIME", "midnight"),
        ("XXXX-WXX-3", "DATE", "a Wednesday"),
        ("XXXX-WXX-3", "SET", "every Wednesday"),
        ("XXXX-WXX-5TNI", "TIME", "a Friday night"),
        ("XXXX-09", "DATE", "September (year unknown)"),
        ("XXXX-09", "SET", "every September"),
        ("XXXX-WXX", "DATE", "a week"),
        ("2031-Q2", "DATE", "Q2 2031"),
        ("2031-WI", "DATE", "winter 2031"),
        ("2031-W07-WE", "DATE", "the weekend of week 7 of 2031"),
        ("198", "DATE", "the 1980s"),
        ("PRESENT_REF", "DATE", "now"),
        ("PT36H", "DURATION", "36 hours"),
        ("2031-13", "DATE", "2031-13"),  # not a month: shown as it is
    ],
)
def test_readable_reads_times_of_day_and_partial_values_in_words(value, type_, reading):
    assert readable(value, type_) == reading


def test_counts_agree_with_their_nouns():
    from newscli.model import counted

    assert counted(1, "paragraph") == "1 paragraph"
    assert counted(0, "word") == "0 words"
    assert counted(2048, "entity", "entities") == "2,048 entities"


@pytest.mark.model
def test_sample_article_dates(parse):
    from newscli.extract.dates import anchor_date, dates

    with open("data/articles/gaza-ceasefire-2012.txt", encoding="utf-8") as f:
        article, doc = parse(f.read())
    found = dates(doc, anchor=anchor_date(article.published))
    values = {(d.text, d.value) for d in found}
    assert ("Tuesday", "2012-11-20") in values
    assert ("Wednesday", "2012-11-21") in values
    for d in found:
        assert doc.text[d.start : d.end] == d.text


@pytest.mark.model
def test_ages_are_not_dates(parse):
    from newscli.extract.dates import dates

    _, doc = parse("The 22-year-old driver was arrested on Monday.")
    assert [d.text for d in dates(doc)] == ["Monday"]


NOV89 = date(1989, 11, 2)


@pytest.mark.parametrize(
    "text, tense, reference, value",
    [
        # quarters and halves, financial style: the latest completed one unless the verb looks ahead
        ("third-quarter", None, None, "1989-Q3"),
        ("the fourth quarter", "past", None, "1989-Q4"),  # the anchor's quarter (fiscal)
        ("the first quarter", "past", None, "1989-Q1"),
        ("the second quarter", None, None, "1989-Q2"),
        ("the fourth quarter", "future", None, "1989-Q4"),
        ("last year's third quarter", None, None, "1988-Q3"),
        ("the first half of 1990", None, None, "1990-H1"),
        ("the quarter", None, "1989-Q3", "1989-Q3"),
        ("the year-ago quarter", None, "1989-Q3", "1988-Q3"),
        ("a year earlier", None, "1989-Q3", "1988-Q3"),
        ("a year ago", None, None, "1988"),
        # reporting periods and references back to the date mentioned last
        ("the quarter ended Sept. 30", None, None, "1989-Q3"),
        ("its fourth quarter ended Aug. 26", None, None, "1989-Q4"),
        ("the year ended March 31", None, None, "P1Y"),
        ("the six months ended Oct. 1", None, None, "P6M"),
        ("the full year", None, None, "1989"),
        ("year-end", None, None, "1989"),
        ("that year", None, "1987", "1987"),
        ("the following year", None, "1987-05", "1988"),
        ("the following month", None, "1989-03", "1989-04"),
        ("the year before", None, "1987", "1986"),
        ("the month after", None, "1987-05", "1987-06"),
        # "next year" counts from the publication date, whatever year was mentioned last
        ("next year", None, "1990", "1990"),
        ("next month", None, "1987-05", "1989-12"),
        ("the winter of nineteen ninety-four", None, None, "1994-WI"),
        ("the week", None, None, "1989-WXX"),
        ("the end of the month", None, None, "1989-11"),
        # "that day", "the day after" refer back to the day mentioned last
        ("that day", None, "1989-10-23", "1989-10-23"),
        ("the day after", None, "1989-10-23", "1989-10-24"),
        ("the current quarter", None, "1989-Q3", "1989-Q4"),
        # a day without a year leans to the past as months do
        ("March 8", None, None, "1989-03-08"),
        # decades, centuries, spoken years
        ("the late 1970s", None, None, "197"),
        ("the nineties", None, None, "199"),
        ("the '80s", None, None, "198"),
        ("the 20th century", None, None, "19"),
        ("nineteen ninety-six", None, None, "1996"),
        ("the year two thousand", None, None, "2000"),
        ("January nineteen ninety-seven", None, None, "1997-01"),
        # months relative to the anchor
        ("last May", None, None, "1989-05"),
        ("last November", None, None, "1988-11"),
        ("next January", None, None, "1990-01"),
        ("this September", None, None, "1989-09"),
        ("June last year", None, None, "1988-06"),
        ("the weekend", "past", None, "1989-W43-WE"),
        ("the weekend", "future", None, "1989-W44-WE"),
        # vague stretches are durations with an unknown number; "recent times" is a reference
        ("recent years", None, None, "PXY"),
        ("the coming months", None, None, "PXM"),
        ("the next few days", None, None, "PXD"),
        ("weeks", None, None, "PXW"),
        ("the weeks ahead", None, None, "PXW"),
        ("recent times", None, None, "PAST_REF"),
        ("several years ago", None, None, "PAST_REF"),
        ("a few weeks later", None, None, "PXW"),
    ],
)
def test_reference_and_financial_dates(text, tense, reference, value):
    assert normalise(text, NOV89, tense, reference).value == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("last night", "1989-11-01TNI"),
        ("later this afternoon", "1989-11-02TAF"),
        ("mid-afternoon yesterday", "1989-11-01TAF"),
        ("at midday", "1989-11-02T12:00"),
        ("midnight", "1989-11-02T24:00"),
        # an hour with its part of day is a clock time
        ("4 in the morning", "1989-11-02T04:00"),
        ("8 o'clock at night", "1989-11-02T20:00"),
        ("3 in the afternoon", "1989-11-02T15:00"),
    ],
)
def test_parts_of_day(text, value):
    assert normalise(text, NOV89) == ("TIME", value)


@pytest.mark.model
def test_span_with_extra_words_keeps_its_date_part(parse):
    from newscli.extract.dates import dates

    _, doc = parse("He seized power after a coup d'etat last year, officials said.")
    found = {(d.text, d.value) for d in dates(doc, anchor=date(1998, 2, 19))}
    assert any(value == "1997" for _, value in found)


@pytest.mark.model
def test_set_to_looks_ahead_without_a_tagger(nlp_dates):
    from newscli.extract.dates import dates

    doc = nlp_dates("The peace talks, set to resume Monday in Belfast, were delayed.")
    (monday,) = [d for d in dates(doc, anchor=date(1998, 3, 22)) if d.text == "Monday"]
    assert monday.value == "1998-03-23"


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        # a past verb setting a date still to come: the deadline is this year's
        ("The offer was extended to Nov. 20, the company said.", "Nov. 20", "1989-11-20"),
        # a passive takes its tense from the auxiliary, not the participle
        ("Members will be refunded Dec. 14 by the club.", "Dec. 14", "1989-12-14"),
        ("The plant was closed in December after the strike.", "December", "1988-12"),
        # weekdays look ahead after modals and "as soon as"; a clock word before one joins it
        ("Officials said the father would travel Thursday.", "Thursday", "1989-11-02"),
        ("The group could arrive as soon as Monday.", "Monday", "1989-11-06"),
        ("Talks broke off at noon Tuesday.", "noon Tuesday", "1989-10-31T12:00"),
        ("The court gave them until 9 a.m. EST Tuesday to sign.", "9 a.m. EST Tuesday", "1989-11-07T09:00"),
        ("The offer runs until 5 p.m. EST, Nov. 9.", "5 p.m. EST, Nov. 9", "1989-11-09T17:00"),
        # a deadline word with no tense takes the nearest such month, not leaning to the past
        ("Banks lent $90 million in revolving loans through January.", "January", "1990-01"),
        ("Sales have been flat this year through August.", "August", "1989-08"),
        # a present-tense verb in between stops the search for a past one
        ("The company said it is calling the notes on Dec. 7.", "Dec. 7", "1989-12-07"),
        # a plan in the past perfect was often changed: its day is the nearest, either side
        ("The truce had been scheduled to lapse at midnight Friday.", "midnight Friday", "1989-11-03T24:00"),
        ("The truce had been scheduled to lapse at midnight Monday.", "midnight Monday", "1989-10-30T24:00"),
        ("In London at mid-afternoon yesterday, shares rose.", "mid-afternoon yesterday", "1989-11-01TAF"),
        # a part of day after a day joins it
        ("A clerk was killed Thursday evening when robbers fired.", "Thursday evening", "1989-11-02TEV"),
        ("Supporters gathered yesterday morning.", "yesterday morning", "1989-11-01TMO"),
        # the possessive is not part of the expression
        ("Last year's results were restated.", "Last year", "1988"),
        # a plan looks ahead, unless the plan itself is told as past
        ("Protesters planned a rally in the park on Saturday.", "Saturday", "1989-11-04"),
        ("The vote was planned for early March.", "early March", "1990-03"),
        ("A memorial planned for Saturday was canceled after threats.", "Saturday", "1989-10-28"),
        # "since" looks back
        ("There is no trace of him since the Dec. 23 shooting.", "Dec. 23", "1988-12-23"),
        # a holiday keeps the "last" before it
        ("He was rescued at sea last Thanksgiving.", "last Thanksgiving", "1988-11-24"),
        # a month with no tense is the nearest one, leaning to the past
        ("Analysts look to the January figures.", "January", "1990-01"),
        ("Analysts look to the April figures.", "April", "1989-04"),
        # a day in brackets takes the tense of the clause before them
        (
            "The envoy will fly out at dawn (6 a.m. EST Saturday), aides said.",
            "6 a.m. EST Saturday",
            "1989-11-04T06:00",
        ),
        # a day opening its sentence takes the tense of the clause after its comma
        ("On Monday, the city council plans to vote on the levee budget.", "Monday", "1989-11-06"),
        ("On Monday, the council announced plans to rebuild the levee.", "Monday", "1989-10-30"),
        ("Until Tuesday, the police had not named a suspect.", "Tuesday", "1989-10-31"),
        # a day naming an event is that event's, whatever the clause's tense
        ("Lawyers said they would look for ways around Tuesday's ruling.", "Tuesday", "1989-10-31"),
        ("Fans will pack the stadium for Saturday's final.", "Saturday", "1989-11-04"),
        # a clock time takes the day written after its time zone in brackets
        ("The levee broke at 10:35 a.m. (1535 GMT) Tuesday.", "10:35 a.m.", "1989-10-31T10:35"),
        # an "-ed" adjective is not the past tense of the clause
        ("The utility will redeem its outstanding preferred shares on Dec. 15.", "Dec. 15", "1989-12-15"),
        ("Refunds would be issued on a still undecided date in January.", "January", "1990-01"),
        ("The offer had been set to expire Nov. 6 before the board extended it.", "Nov. 6", "1989-11-06"),
        # a quotation finishing the verb phrase keeps the verb's tense: the future in the past
        ('The mayor said crews would "finish the repairs before Monday."', "Monday", "1989-11-06"),
        ("The coach vowed to \u201cput it right by Monday\u201d at practice.", "Monday", "1989-11-06"),
        # a quotation opening after "said" is its own clause: its present tense is not the verb's
        ('The coach said "the squad is fine since Monday."', "Monday", "1989-10-30"),
        # a noun phrase the recogniser put before a distance is not part of it
        ("Tenants left after the landlord sold the building three years ago.", "three years ago", "1986"),
        # the verb may stand ten words before the expression
        ("The charity moved from a school year to a calendar year in December.", "December", "1988-12"),
    ],
)
def test_month_year_follows_the_clause(sentence, expression, value, nlp_dates):
    from newscli.extract.dates import dates

    found = {d.text: d.value for d in dates(nlp_dates(sentence), anchor=NOV89)}
    assert found.get(expression) == value


@pytest.mark.parametrize(
    "text, tense, value",
    [
        ("Thanksgiving Day", None, "1999-11-25"),
        ("last Thanksgiving", None, "1998-11-26"),
        ("Christmas", "past", "1998-12-25"),
        ("Christmas", None, "1999-12-25"),
        ("Election Day", None, "1999-11-02"),
        ("Memorial Day 1998", None, "1998-05-25"),
        ("Labor Day", None, "1999-09-06"),
        # movable feasts count from Western Easter Sunday (1999-04-04, 2000-04-23)
        ("Easter", "past", "1999-04-04"),
        ("Good Friday", "past", "1999-04-02"),
        ("Easter Monday", "future", "2000-04-24"),
        ("Palm Sunday", "future", "2000-04-16"),
        # the week holding a holiday is a week
        ("Thanksgiving week", "past", "1998-W48"),
        ("Thanksgiving week", None, "1999-W47"),
        ("Easter week", "future", "2000-W16"),
    ],
)
def test_holidays(text, tense, value):
    assert normalise(text, date(1999, 11, 20), tense) == ("DATE", value)


@pytest.mark.parametrize(
    "year, sunday",
    [(1818, "03-22"), (1943, "04-25"), (1999, "04-04"), (2008, "03-23"), (2019, "04-21"), (2038, "04-25")],
)
def test_easter_sunday(year, sunday):
    from newscli.extract.dates.timex import easter_sunday

    assert easter_sunday(year).isoformat() == f"{year}-{sunday}"


def test_the_week_of_a_holiday_told_in_it_is_this_one():
    # Monday 2025-04-14 is in the week of Easter Sunday 2025-04-20: a past verb does not send
    # the week back a year
    assert normalise("Easter week", date(2025, 4, 14), "past") == ("DATE", "2025-W16")
    assert normalise("Easter week", date(2025, 5, 14), "past") == ("DATE", "2025-W16")
    assert normalise("Easter week", date(2025, 3, 14), "past") == ("DATE", "2024-W13")


@pytest.mark.parametrize(
    "text, tense, value",
    [
        ("the first Sunday in May", None, "1999-05-02"),
        ("the last Friday of November", None, "1999-11-26"),
        ("the second Tuesday of March", "future", "2000-03-14"),
        ("the first Monday of February 1998", None, "1998-02-02"),
        ("the fifth Monday of February 1999", None, "1999-02-XX"),  # there is none
    ],
)
def test_nth_weekday_of_a_month(text, tense, value):
    assert normalise(text, date(1999, 11, 20), tense) == ("DATE", value)


def test_holiday_with_no_tense_is_the_nearest():
    assert normalise("Thanksgiving Day", date(2000, 4, 3)) == ("DATE", "1999-11-25")
    assert normalise("Thanksgiving Day", date(2000, 9, 3)) == ("DATE", "2000-11-23")


@pytest.mark.parametrize(
    "text, value",
    [
        ("the week of March 6", "2000-W10"),
        ("the weekend of March 4", "2000-W09-WE"),
        ("the month of May", "2000-05"),
    ],
)
def test_the_period_holding_a_day(text, value):
    assert normalise(text, date(2000, 2, 24), "future") == ("DATE", value)


@pytest.mark.model
def test_generic_parts_of_day_are_not_dates(parse):
    from newscli.extract.dates import dates

    _, doc = parse("The shelter stays open at night and serves breakfast in the morning.")
    assert [d.text for d in dates(doc, anchor=date(1999, 11, 20))] == []


@pytest.mark.model
def test_reporting_adjectives_and_previously_are_not_dates(nlp_dates):
    from newscli.extract.dates import dates

    doc = nlp_dates("The bank previously cut its quarterly dividend. The reserve is adjusted quarterly.")
    found = [(d.text, d.start) for d in dates(doc, anchor=NOV89)]
    assert found == [("quarterly", doc.text.rindex("quarterly"))]


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Three doctors were shot between 1994 and 1997.", [("1994", "1994"), ("1997", "1997")]),
        ("He was arrested twice from 1991 to 1997.", [("1991", "1991"), ("1997", "1997")]),
        (
            "Cars crossed the border in 1994, 1995 and 1997.",
            [("1994", "1994"), ("1995", "1995"), ("1997", "1997")],
        ),
        ("The fund fell from Aug. 26 to Oct. 20.", [("Aug. 26", "1989-08-26"), ("Oct. 20", "1989-10-20")]),
        ("Flights leave each Thursday.", [("each Thursday", "XXXX-WXX-4")]),
        ("Three days later, the index recovered.", [("Three days", "P3D")]),
        ("About $14 million seeped out Friday Oct. 13 alone.", [("Friday Oct. 13", "1989-10-13")]),
        # an expression with no value the model can name is left out
        ("Investigators examined debris from the Olympic park bombing again.", []),
        ("The offering will come at a later date.", [("a later date", "FUTURE_REF")]),
        # a reporting period and the day it ended are two expressions
        (
            "Profit rose 5% for the quarter ended Sept. 30.",
            [("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")],
        ),
        (
            "It expects a loss for the year ending June 30, 1990.",
            [("the year", "P1Y"), ("June 30, 1990", "1990-06-30")],
        ),
        ("I pray for this boy every day.", [("every day", "P1D")]),
        # a duration range and a date with its weekday stay whole
        ("Shipments resume within two to three weeks.", [("two to three weeks", "P2W")]),
        ("The paper said in an editorial on Monday, Oct. 30:", [("Monday, Oct. 30", "1989-10-30")]),
    ],
)
def test_ranges_and_lists_are_separate_dates(sentence, expected, nlp_dates):
    from newscli.extract.dates import dates

    doc = nlp_dates(sentence)
    found = [(d.text, d.value) for d in dates(doc, anchor=NOV89)]
    assert found == expected
    assert all(doc.text[d.start : d.end] == d.text for d in dates(doc, anchor=NOV89))


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a hedge before a time is left out of it, as TimeML draws spans
        ("The blast came at about 10:35 a.m. on Friday.", ("10:35 a.m.", "TIME")),
        ("The talks lasted only five hours.", ("five hours", "DURATION")),
        # "a month" after a preposition or hedge is a stretch of time; after an amount, a rate
        ("The strike lasted barely a month.", ("a month", "DURATION")),
        ("The plan will finish within a year.", ("a year", "DURATION")),
        ("The company sells 50,000 CDs a year.", ("a year", "SET")),
    ],
)
def test_hedges_and_stretches(sentence, expected, nlp_dates):
    from newscli.extract.dates import dates

    found = [(d.text, d.type) for d in dates(nlp_dates(sentence), anchor=NOV89)]
    assert expected in found


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an age is not a decade
        ("The suspect's stepmother met him when he was in his 30s.", []),
        ("Rents rose sharply in the 1990s.", ["the 1990s"]),
        # a time word capitalised inside a sentence names a programme or a paper
        ('Baker said on ABC\'s "This Week" that the request was reasonable.', []),
        ("Gonzalez said on CBS's ''60 Minutes'' that he was angry.", []),
        ("This is VOA Today.", []),
        ("Talks Stall After Three Days Of Fighting In The Capital", ["Three Days"]),
        ("Elian was found on Thanksgiving Day.", ["Thanksgiving Day"]),
        # a set word used as a noun: a newspaper, a dividend
        ("The Communist Party daily Granma printed the letter.", []),
        ("The bank announced its first quarterly of eight cents a share.", []),
        ("The paper is published daily.", ["daily"]),
        # the recogniser's function words at the edges are not part of the expression
        ("He returned home on the night of Oct. 23.", ["Oct. 23"]),
        (
            "The region was ruled for hundreds of years by the empire.",
            ["hundreds of years"],
        ),  # the whole multitude, as "thousands of years" (issue 21)
        ("In the weeks before the bombing, guards were added.", ["weeks"]),
        # someone's stretch of time, a procession: no calendar time
        ("The guests included the teacher from his year in kindergarten.", []),
        ("Thousands joined the March on Riverside, a protest over the levee.", []),
        ("Farmers marched in March for the first time.", ["March"]),
        # a distance keeps its hedge, not the noun phrase the recogniser put before it
        ("Divers reached the wreck more than two weeks ago.", ["more than two weeks ago"]),
        ("Sales fell since the firm closed part of the plant two months ago.", ["two months ago"]),
        # a stretch added to another, which the recogniser reads as a number
        ("The levee will stay closed for at least two more weeks.", ["two more weeks"]),
    ],
)
def test_names_ages_and_edges(sentence, expected, nlp_dates):
    from newscli.extract.dates import dates

    assert [d.text for d in dates(nlp_dates(sentence), anchor=NOV89)] == expected


@pytest.mark.parametrize(
    "sentence, recognised, expected",
    [
        (
            "Orders fell after the airline grounded the jets three weeks ago.",
            "the jets three weeks ago",
            "three weeks ago",
        ),
        ("Police traced the van two days later.", "the van two days later", "two days later"),
        ("The boat sank more than two months ago.", "more than two months ago", "more than two months ago"),
        ("The vote came weeks later.", "weeks later", "weeks later"),
    ],
)
def test_a_distance_is_cut_from_the_noun_phrase_before_it(sentence, recognised, expected):
    import spacy

    from newscli.extract.dates.spans import trim

    doc = spacy.blank("en")(sentence)
    first = sentence.index(recognised)
    span = doc.char_span(first, first + len(recognised))
    start, end = trim(doc, span.start, span.end)
    assert doc[start:end].text == expected
