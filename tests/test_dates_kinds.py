"""Kinds of date faults found on real articles (issue 21), each shown by sentences of our own.

Every row is (sentence, publication date, expression, expected value); `None` as the value
means the expression must not be reported as a date at all.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.model

TUE = date(2025, 3, 4)  # a Tuesday
NOV = date(2025, 11, 8)  # a Saturday in late autumn

RESULTS = (
    "The brewer's sales fell 2% in the fourth quarter, short of last year's fourth quarter. "
    "For the full year, net income was $41 million, against $39 million a year earlier."
)

QUARTER_TO = (
    "The airline lost money in the fourth quarter. Fares for the three months to December 31 "
    "were below last year's fourth quarter. For the full year, it flew 9 million people."
)

KINDS = [
    # a scheduled event told in the present tense looks ahead
    ("The inquest opens on Thursday in Truro.", TUE, "Thursday", "2025-03-06"),
    ("The board meets on Friday to pick a chair.", TUE, "Friday", "2025-03-07"),
    ("A ruling is due on Monday.", TUE, "Monday", "2025-03-10"),
    ("The show returns in October with a new host.", TUE, "October", "2025-10"),
    ("The minister is flying to Accra on Sunday.", TUE, "Sunday", "2025-03-09"),
    # ... but not after a past auxiliary, nor when it is a noun
    ("The band gave a warmly received debut at the arena on Monday.", NOV, "Monday", "2025-11-03"),
    ("The juniors debut at the arena on Monday.", NOV, "Monday", "2025-11-10"),
    ("The two sides did meet on Friday, aides said.", TUE, "Friday", "2025-02-28"),
    # the future in the past looks ahead from the report
    ("She said the guild would discuss the offer on Thursday.", TUE, "Thursday", "2025-03-06"),
    ("The firm hoped to settle the claim by Friday.", TUE, "Friday", "2025-03-07"),
    ("Snow could reach the valley on Saturday night.", TUE, "Saturday night", "2025-03-08TNI"),
    # a hyphen inside a word does not end the clause the tense is read from
    (
        "The group will release full-year figures on 27 February.",
        date(2024, 10, 24),
        "27 February",
        "2025-02-27",
    ),
    # a plan in the past perfect, told with an infinitive passive: the nearest such day
    ("He had been due to be sentenced on Monday.", TUE, "Monday", "2025-03-03"),
    # a date attached to an event noun is the event's, whatever the clause's tense
    ("Two finalists for the award at the gala on March 20 were not invited.", TUE, "March 20", "2025-03-20"),
    ("The chair called a vote on the plan for March 19.", TUE, "March 19", "2025-03-19"),
    # a clock time takes the day written with it
    ("The polls close at 8 p.m. on Thursday.", TUE, "8 p.m.", "2025-03-06T20:00"),
    ("The ferry left at 6:40 AM yesterday.", TUE, "6:40 AM", "2025-03-03T06:40"),
    ("Gates open on Saturday at 11 a.m. for members.", TUE, "11 a.m.", "2025-03-08T11:00"),
    ("The launch is set for 7:30 a.m. EST (1230 GMT) on March 12.", TUE, "7:30 a.m. EST", "2025-03-12T07:30"),
    # a stretch and the date it fell in are two expressions; missed spans are found
    ("The pier was shut for three weeks last winter.", TUE, "last winter", "2024-WI"),
    ("The crew spent two nights on the ridge.", TUE, "two nights", "P2D"),
    ("Nobody wants to waste another month.", TUE, "another month", "P1M"),
    # not times: a unit made an adjective, a fraction
    ("Most cleaners are on zero-hours deals.", TUE, "hours", None),
    ("The club agreed a multi-year lease.", TUE, "year", None),
    ("The marsh covers nearly a quarter of the parish.", TUE, "quarter", None),
    # a range the recogniser tags only the end of keeps both ends
    ("Bird counts fell between 2004 and 2019.", TUE, "2004", "2004"),
    # a season or fiscal year written as a span of two years is its first year
    ("Grants shrank over the years between 2009-10 and 2015-16.", TUE, "2009-10", "2009"),
    # decades and centuries
    ("Vinyl sales peaked again in the 1970's.", TUE, "the 1970's", "197"),
    ("The mill was built in the late 18th and early 19th centuries.", TUE, "early 19th centuries", "18"),
    # a difference is a duration, not a date
    ("The dam was finished a year earlier than the canal.", TUE, "a year", "P1Y"),
    # some day to come; a year's length, not a rate
    ("He hopes the town will one day get a station.", TUE, "one day", "FUTURE_REF"),
    ("The album closed a year of sell-out tours.", TUE, "a year", "P1Y"),
    # a kind of year is no time
    ("Farmers called it a bumper year for apples.", TUE, "year", None),
    # a season without a year is this year's, last year's or next year's by tense
    ("The pier was repainted in the autumn.", TUE, "the autumn", "2024-FA"),
    ("The park will reopen in the spring.", date(2025, 10, 1), "the spring", "2026-SP"),
    ("The new tram line opens in the summer.", TUE, "the summer", "2025-SU"),
    # sets: a month every year, a frequency, a set and its duration
    ("The fair comes to town every October.", TUE, "every October", "XXXX-10"),
    # a part of day that recurs is a set, not the publication day's
    ("The ferryman rowed across every morning before dawn.", TUE, "every morning", "XXXX-XX-XXTMO"),
    ("Volunteers cook for the shelter each Friday evening.", TUE, "each Friday evening", "XXXX-WXX-5TEV"),
    ("Nurses check the ward three times a night.", TUE, "three times a night", "P1D"),
    ("The choir has sung here each spring for a century.", TUE, "a century", "P100Y"),
    # two clock times of one day take the day written after the second
    ("Booths open at 6 a.m. and close at 9 p.m. on Friday.", TUE, "6 a.m.", "2025-03-07T06:00"),
    # in a results story, a year back from the reporting period is that period a year before
    (
        "Sales rose 9% in the second quarter. The plant opened in 2021. Profit was $3 million, against $2 million a year earlier.",
        date(2025, 7, 30),
        "a year earlier",
        "2024-Q2",
    ),
    # a distance "earlier"/"later" counts from the day mentioned last in its sentence or the
    # one before, even past a year named in between; further back, from the publication date
    (
        "The jury returned on Friday. Three days earlier, the defence rested.",
        TUE,
        "Three days earlier",
        "2025-02-25",
    ),
    ("Shares slid on Feb. 10 and recovered two weeks later.", TUE, "two weeks later", "2025-02-24"),
    (
        "Officials met on Monday and pledged a dam by 2030. Two days earlier, the river flooded.",
        TUE,
        "Two days earlier",
        "2025-03-01",
    ),
    (
        "The mill shut on Jan. 6. Crowds grew. Police came. Two days earlier, talks failed.",
        TUE,
        "Two days earlier",
        "2025-03-02",
    ),
    # a counted day: today in the present, unplaced when it is told in the past
    ("Today is the tenth day of the strike.", TUE, "the tenth day", "2025-03-04"),
    ("She said the final day of term would be July 18.", TUE, "the final day", "XXXX-XX-XX"),
    ("On the first day of the inquest, jurors heard from two nurses.", TUE, "the first day", "XXXX-XX-XX"),
    # results stories: the full year is the reported quarter's year, and after it "a year
    # earlier" is the year before; "last year's fourth quarter" is the year-ago quarter
    (RESULTS, TUE, "the full year", "2024"),
    (RESULTS, TUE, "a year earlier", "2023"),
    (RESULTS, TUE, "last year's fourth quarter", "2023-Q4"),
    # ... also when the quarter is told as "the three months to December 31" (a quarter, not a
    # year to date)
    (QUARTER_TO, TUE, "last year's fourth quarter", "2023-Q4"),
    (QUARTER_TO, TUE, "the full year", "2024"),
    (
        "Ridership rose in the second quarter but stayed below last year's second quarter.",
        date(2025, 8, 6),
        "last year's second quarter",
        "2024-Q2",
    ),
    ("The park hopes the full year will bring a million visitors.", TUE, "the full year", "2025"),
    # ... but a target year to come is no year reported: the full year is this one
    (
        "The chain aims to double its stores by 2028. It forecast higher profit for the full year.",
        TUE,
        "the full year",
        "2025",
    ),
    # "last spring" is the last spring over before the publication date; "next" the next to begin
    ("The vestry voted last spring to repair the spire.", NOV, "last spring", "2025-SP"),
    ("The vestry voted last summer to repair the spire.", date(2025, 7, 20), "last summer", "2024-SU"),
    ("Ice closed the harbour last winter.", NOV, "last winter", "2024-WI"),
    ("The pool reopens next winter.", NOV, "next winter", "2025-WI"),
    ("The pool reopens next summer.", NOV, "next summer", "2026-SU"),
    # "every" before a stretch is a SET whose value is the stretch
    ("A tram leaves the depot every 12 minutes.", TUE, "every 12 minutes", "PT12M"),
    ("The comet returns every few centuries.", TUE, "every few centuries", "PXCE"),
    ("The county reviews the levy every five years.", TUE, "every five years", "P5Y"),
    # a clock time told in the past with no day in reach has no day; one told now is today's
    (
        "As a student he was delivering milk at 5 a.m., his sister recalled.",
        TUE,
        "5 a.m.",
        "XXXX-XX-XXT05:00",
    ),
    ("The night shift at the bakery started at 11 p.m. in those years.", TUE, "11 p.m.", "XXXX-XX-XXT23:00"),
    ("Voting ends at 9 p.m. in most wards.", TUE, "9 p.m.", "2025-03-04T21:00"),
    ("The gale hit on Sunday. It peaked at 4 a.m., coastguards said.", TUE, "4 a.m.", "2025-03-02T04:00"),
    # a range keeps each end's day, and the first end takes the year the second names
    ("The dig ran from 2 June to 14 August last year.", TUE, "14 August last year", "2024-08-14"),
    ("The dig ran from 2 June to 14 August last year.", TUE, "2 June", "2024-06-02"),
    ("Tolls were waived from May 4 to June 20 last year.", TUE, "June 20 last year", "2024-06-20"),
    ("The ward was closed from November 28 to January 9, 2021.", TUE, "November 28", "2020-11-28"),
    ("The ward was closed from November 28 to January 9, 2021.", TUE, "January 9, 2021", "2021-01-09"),
    # spans: the verb "last" is not the adjective; a stretch ends before "to"; a multitude of years
    ("The resurfacing is expected to last three weeks.", TUE, "three weeks", "P3W"),
    ("The resurfacing is expected to last three weeks.", TUE, "last three weeks", None),
    (
        "He was asked about last Friday's vote and referred to last Friday often.",
        TUE,
        "last Friday",
        "2025-02-28",
    ),
    ("Turnover grew in the nine months to September 30.", TUE, "the nine months", "P9M"),
    ("The glacier has carved this valley for thousands of years.", TUE, "thousands of years", "PXY"),
    # the publication's own weekday told in the future is next week's (HeidelTime); told in the
    # past, or after "not until" in the past, it is that day
    ("On Tuesday the choir will sing in the abbey.", TUE, "Tuesday", "2025-03-11"),
    ("The ferry service resumes on Tuesday, the operator said.", TUE, "Tuesday", "2025-03-11"),
    ("The ferry service resumed on Tuesday, the operator said.", TUE, "Tuesday", "2025-03-04"),
    ("It was not until Tuesday that the club confirmed the sale.", TUE, "Tuesday", "2025-03-04"),
    # a figure with thousands separators is one number
    ("The comet swings past once every 2,000 years, astronomers say.", TUE, "every 2,000 years", "P2000Y"),
    ("The terraces have been farmed for 1,200 years.", TUE, "1,200 years", "P1200Y"),
    # a capitalised "-ed" word inside a name is no past verb: the modal before the name decides
    (
        "She said she would speak to the Senate Armed Services Committee on Thursday.",
        TUE,
        "Thursday",
        "2025-03-06",
    ),
    ("He would meet the Allied Dockworkers Union in Hull on Friday.", TUE, "Friday", "2025-03-07"),
    # a condition told in the present looks ahead with its main clause's future, either side
    ("The bridge will reopen next spring if the council signs off by October.", TUE, "October", "2025-10"),
    ("If the union agrees by November, the strike could end before the summer.", TUE, "November", "2025-11"),
    ("The pier was shut when storms hit in October.", TUE, "October", "2024-10"),
    ("Not before next spring, if the mill finds a buyer by October.", TUE, "October", "2025-10"),
    # clock times written with a point, and both ends of a range of clock times, on one day
    ("Doors open at 7.30pm for the concert.", TUE, "7.30pm", "2025-03-04T19:30"),
    ("The last ferry leaves at 10.05 p.m. tonight.", TUE, "10.05 p.m. tonight", "2025-03-04T22:05"),
    ("The clinic is open from 8am to 6pm.", TUE, "8am", "2025-03-04T08:00"),
    ("The clinic is open from 8am to 6pm.", TUE, "6pm", "2025-03-04T18:00"),
    ("The talks ran from 10am to 1pm on Monday.", TUE, "1pm", "2025-03-03T13:00"),
    ("The sirens sounded from 2am to 4am.", TUE, "4am", "XXXX-XX-XXT04:00"),
    # the range word after the first end of a range is no part of it
    ("The exhibition runs from 12 May to 30 June.", TUE, "12 May", "2025-05-12"),
    ("The exhibition runs from 12 May to 30 June.", TUE, "12 May to", None),
    # a decade written short is the 1900s' (not a temperature)
    ("Songs of the 90s filled the bar.", TUE, "the 90s", "199"),  # the recogniser: a number
    ("Fashion of the 90s filled the shop.", TUE, "the 90s", "199"),
    ("Highs will be in the 90s across the south.", TUE, "the 90s", None),
    # a quarter coded as business copy writes it, placed by the tense as "the third quarter" is
    ("Q3 profits fell by a fifth.", TUE, "Q3", "2024-Q3"),
    ("The maker will turn a profit in Q4.", TUE, "Q4", "2025-Q4"),
    ("Revenue for Q2 2024 was flat.", TUE, "Q2 2024", "2024-Q2"),
    # "in two weeks" told of the future is the point that far ahead; told of the past, or after
    # a superlative, a stretch ("later" stays a stretch too: TimeBank's convention)
    ("The ballot is in three weeks.", TUE, "three weeks", "2025-W13"),
    ("The new tram line will open in two months.", TUE, "two months", "2025-05"),
    ("Prices climbed 8% in two weeks.", TUE, "two weeks", "P2W"),
    ("Rents are at their highest in ten years.", TUE, "ten years", "P10Y"),
    ("The club would vote two weeks later on the offer.", TUE, "two weeks", "P2W"),
    # a set word distributes over the weekdays or months listed after it
    ("The food bank opens every Tuesday and Saturday.", TUE, "Saturday", "XXXX-WXX-6"),
    ("The ferry sails each Monday, Wednesday and Friday.", TUE, "Wednesday", "XXXX-WXX-3"),
    ("The ferry sails each Monday, Wednesday and Friday.", TUE, "Friday", "XXXX-WXX-5"),
    ("The choir tours every April and October.", TUE, "October", "XXXX-10"),
    # a listed item of a set is no day for a clock time after it to fall on
    (
        "The gym opens every Monday and Thursday. Her train leaves at 9.30am.",
        TUE,
        "9.30am",
        TUE.isoformat() + "T09:30",
    ),
    # ... but not over a day told in a clause of its own
    ("She swam every day, and on Friday she won the final.", TUE, "Friday", "2025-02-28"),
    # a weekend that recurs
    ("The market runs every weekend in the old square.", TUE, "every weekend", "XXXX-WXX-WE"),
    # business codes for halves and fiscal years
    ("Margins slipped in H2 2024, the chain said.", TUE, "H2 2024", "2024-H2"),
    ("The insurer expects a stronger 1H25.", TUE, "1H25", "2025-H1"),
    ("FY24 revenue at the miner rose 6%.", TUE, "FY24", "2024"),
    ("Its guidance for FY2026 is unchanged.", TUE, "FY2026", "2026"),
    # ... but "H2" alone is hydrogen
    ("The plant splits water into H2 and oxygen.", TUE, "H2", None),
    # a day of the month by its number alone: this month, or the one before for a past day
    # still to come this month, or the month just told
    ("Shares slid on the 20th after the warning.", TUE, "the 20th", "2025-02-20"),
    ("Bids close on the 28th, the agency said.", TUE, "the 28th", "2025-03-28"),
    ("In January, the bridge shut; it reopened on the 19th.", TUE, "the 19th", "2025-01-19"),
    ("The ceremony was held on the 2nd.", TUE, "the 2nd", "2025-03-02"),
    # ... not an ordinal of something else
    ("She works on the 3rd floor of the tower.", TUE, "the 3rd", None),
    ("The town dates from the 12th century.", TUE, "the 12th century", "11"),
    ("The hoard holds coins from the 9th and 10th centuries.", TUE, "the 9th", None),
    ("Shops reopened on the 9th and 10th, the council said.", TUE, "the 9th", "2025-02-09"),
    # a month and the year it falls in, "May" too
    ("Prices peaked in mid-March last year.", TUE, "mid-March last year", "2024-03"),
    ("The stadium opens in late May next year.", TUE, "late May next year", "2026-05"),
    # opening hours and timetables recur: a range of weekdays and the clock times of a clause
    # that a set word governs, or a range of weekdays with a range of clock times
    ("The lido is open from Wednesday to Sunday, between 10am and 7pm.", TUE, "Wednesday", "XXXX-WXX-3"),
    ("The lido is open from Wednesday to Sunday, between 10am and 7pm.", TUE, "7pm", "XXXX-XX-XXT19:00"),
    ("The farm shop opens weekly from Friday to Sunday.", TUE, "Sunday", "XXXX-WXX-7"),
    ("The archive is open Tuesday to Saturday, 10am to 4pm.", TUE, "10am", "XXXX-XX-XXT10:00"),
    ("The café opens at 8.30am each day.", TUE, "8.30am", "XXXX-XX-XXT08:30"),
    ("The ferry sails daily from 7.15am.", TUE, "7.15am", "XXXX-XX-XXT07:15"),
    ("The quiz runs weekly on Tuesday.", TUE, "Tuesday", "XXXX-WXX-2"),
    ("The bar opens every Friday at 6pm.", TUE, "6pm", "XXXX-WXX-5T18:00"),
    # ... but not a day a daily service starts on, nor a clock time written with its day
    ("Daily sailings resume on Monday.", TUE, "Monday", "2025-03-10"),
    ("Daily sailings resume at 8am on Monday.", TUE, "8am", "2025-03-10T08:00"),
    # the two weekdays of a range are resolved together: the end follows the start
    ("The trial will sit from Monday to Friday.", TUE, "Friday", "2025-03-14"),
    ("The exhibition runs from Saturday to Tuesday.", TUE, "Tuesday", "2025-03-11"),
    ("The inquiry sat from Tuesday to Thursday.", date(2025, 3, 5), "Tuesday", "2025-02-25"),
    (
        "The depot will shut from Monday to Thursday. It reopens the next day.",
        TUE,
        "the next day",
        "2025-03-14",
    ),
    # a clause with no tense cue of its own shares the tense of the clause it is joined to by
    # "and", "or", "but": a second verb, a second day, a phrase without a verb
    ("The jury will view the site on Monday and inspect the van on Friday.", TUE, "Friday", "2025-03-07"),
    ("The envoys would land on Sunday and Monday.", TUE, "Monday", "2025-03-10"),
    ("The gallery will stay open late in June, and on New Year's Eve.", TUE, "New Year's Eve", "2025-12-31"),
    ("She was questioned on Friday and charged on Sunday.", TUE, "Sunday", "2025-03-02"),
    # an infinitive after a verb of deciding or telling: the deed's day, or the verb's told
    # last, whichever is nearer; ahead when the verb has a day of its own
    ("Drivers were urged to fill up on Monday or Tuesday instead.", NOV, "Monday", "2025-11-10"),
    ("The coach told his players to report on Monday.", NOV, "Monday", "2025-11-10"),
    ("The trust agreed to lease the hall in May.", TUE, "May", "2025-05"),
    ("The board decided on Monday to cut fares from 2 June.", NOV, "2 June", "2026-06-02"),
    ("The assembly voted to adopt the charter on Monday.", TUE, "Monday", "2025-03-03"),
    ("The mayor voted on Monday to hold the fair on Thursday.", TUE, "Thursday", "2025-03-06"),
    # ... not after a verb of another kind
    ("The pair went to the coast to swim on Sunday.", TUE, "Sunday", "2025-03-02"),
    # a clock time between the future verb and its weekday takes that weekday
    ("Pickets will gather at 9am on Monday.", date(2026, 3, 4), "9am", "2026-03-09T09:00"),
    # ... but a comma alone joins no clause: "payable Dec. 7" after "approved a dividend, ..."
    # nor "but", nor a noun taken for a scheduling verb ("a charged visit")
    ("The mayor made a charged visit to Lagos and Abuja on Friday.", NOV, "Friday", "2025-11-07"),
    (
        "The party campaigned not only in the north but also in states that hold primaries in May.",
        TUE,
        "May",
        "2025-05",
    ),
    ("The board approved a dividend, payable Dec. 7.", date(2024, 10, 24), "Dec. 7", "2024-12-07"),
    # forms (trial 6, kinds 4, 6, 8): days of a kind as a set, eras, a holiday, a stretch just
    # gone, a decade counted from the year told, the week after a holiday, the end of a year
    ("The museum opens on weekdays only, staff said.", TUE, "weekdays", "XXXX-WXX-WD"),
    ("The fort's walls were raised around AD 80 by a legion.", TUE, "around AD 80", "0080"),
    ("Divers found jars from 300 BC near the reef.", TUE, "300 BC", "BC0300"),
    ("The parade marks May Day each year in the square.", TUE, "May Day", "2025-05-01"),
    ("The index jumped in the last hour of the session.", TUE, "the last hour", "PT1H"),
    ("The mill shut in 1958 and was rebuilt in the following decade.", TUE, "the following decade", "196"),
    (
        "Roadworks will start the week after Easter, the council said.",
        TUE,
        "the week after Easter",
        "2025-W17",
    ),
    ("Orders rose 4% in the final quarter of 2024.", TUE, "the final quarter of 2024", "2024-Q4"),
    ("Exports slowed in the opening half of 2023.", TUE, "the opening half of 2023", "2023-H1"),
    ("Storms hit on Monday, and rain will return later in the week.", TUE, "later in the week", "2025-W10"),
    ("Rents are revised every quarter.", TUE, "every quarter", "P1Q"),
    ("A veteran of the Border War of 1932 spoke at the rally.", TUE, "1932", "1932"),
    (
        "The hall opened in the Salt Strike of 1946 and grew in the following decade.",
        TUE,
        "the following decade",
        "195",
    ),
    (
        "Lectures start in the week of 21 September, with a fair the week before.",
        TUE,
        "the week before",
        "2025-W37",
    ),
    ("Stalls open from 12 to 15 June in the park.", TUE, "12", "2025-06-12"),
    ("Next season will test the young squad, the manager said.", TUE, "Next season", "FUTURE_REF"),
    ("Most rain falls in the June-September season.", TUE, "September season", "2025-09"),
    # a count measured out over a stretch is a rate's stretch, not a day to come; so is a
    # superlative's ("the wettest in a decade")
    ("It will be the wettest month in the valley in a decade.", TUE, "a decade", "P10Y"),
    ("Patients should take no more than eight tablets in 24 hours.", TUE, "24 hours", "PT24H"),
    ("The council will vote in two weeks on the plan.", TUE, "two weeks", "2025-W12"),
    # a participle or "with" clause after a comma shares the main clause's tense
    (
        "The orchestra will tour in the autumn, starting in York on Sept. 20 and ending in Hull on Nov. 3.",
        date(2025, 2, 20),
        "Sept. 20",
        "2025-09-20",
    ),
    (
        "The orchestra will tour in the autumn, starting in York on Sept. 20 and ending in Hull on Nov. 3.",
        date(2025, 2, 20),
        "Nov. 3",
        "2025-11-03",
    ),
    (
        "Storms are likely at the weekend, with heavy rain on Sunday afternoon.",
        date(2025, 11, 7),
        "Sunday afternoon",
        "2025-11-09TAF",
    ),
    # a past form after a verb in the infinitive is an adjective, not the clause's verb
    ("The ministry will issue revised guidance in August.", date(2025, 6, 10), "August", "2025-08"),
    (
        "The governor declared a disaster Monday and will inspect the damaged bridges Wednesday.",
        date(2025, 3, 6),
        "Wednesday",
        "2025-03-12",
    ),
    # a verb fixing a date "for" it looks ahead, whatever its tense
    ("The draw sets the semi-final for 27 December.", date(2025, 5, 20), "27 December", "2025-12-27"),
    ("The judge set the retrial for Nov. 30.", date(2025, 5, 20), "Nov. 30", "2025-11-30"),
    # a forecast word, or a modal right after the day, looks ahead
    ("Sleet possible by Friday night.", NOV, "Friday night", "2025-11-14TNI"),
    ("Ferries on Friday morning may be cancelled.", TUE, "Friday morning", "2025-03-07TMO"),
    # ... but not told in the past, nor a modal of a later clause, nor a past verb of forecasting
    ("It was possible on Monday to cross the river.", TUE, "Monday", "2025-03-03"),
    ("The envoy said on Friday that talks would resume.", TUE, "Friday", "2025-02-28"),
    ("The senator predicted Friday that the bill would pass.", TUE, "Friday", "2025-02-28"),
    # a participle after a linking verb of how things look is an adjective: the verb's tense
    (
        "Longer term, the first half of December looks unsettled.",
        NOV,
        "the first half of December",
        "2025-12",
    ),
    (
        "The second half of December looks mild, and forecasters predict a frosty Christmas.",
        NOV,
        "Christmas",
        "2025-12-25",
    ),
    ("The second half of December looked mild.", date(2026, 1, 20), "The second half of December", "2025-12"),
    # the month May is no modal, and a percent sign does not end the clause
    (
        "Sales fell 4% in May from 2% in March, and are forecast to recover.",
        date(2025, 6, 12),
        "March",
        "2025-03",
    ),
    # a sentence opened by a year and a comma holds its yearless months and days
    ("In 2019, the mill shut in March.", NOV, "March", "2019-03"),
    (
        "Last year, 300 flats stood empty by the end of October.",
        date(2025, 9, 2),
        "the end of October",
        "2024-10",
    ),
    # ... not a year told later in the sentence
    ("The mill shut in 2019, and reopened in March.", NOV, "March", "2025-03"),
    # "until" after a past verb ends a span that may be gone: the nearest such month
    (
        "The side stayed unbeaten until the end of February.",
        date(2025, 5, 20),
        "the end of February",
        "2025-02",
    ),
    ("The ban runs until the end of February.", NOV, "the end of February", "2026-02"),
    # ... but after a verb of putting off, the new day is still to come
    ("The judge adjourned the trial until Thursday.", date(2025, 3, 7), "Thursday", "2025-03-13"),
    # a yearless day after a dated day to come, in one sentence, is in its year
    ("The fair opens on 2 March 2027 and closes on 20 July.", NOV, "20 July", "2027-07-20"),
]


@pytest.fixture(scope="module")
def found(nlp_dates):
    from newscli.extract.dates import dates

    docs = nlp_dates.pipe(sentence for sentence, *_ in KINDS)
    return [dates(doc, anchor=anchor) for doc, (_, anchor, *_) in zip(docs, KINDS)]


@pytest.mark.parametrize("k", range(len(KINDS)), ids=[row[0][:40] for row in KINDS])
def test_date_kind(found, k):
    sentence, _, expression, value = KINDS[k]
    if value is None:
        assert not any(expression in m.text for m in found[k]), found[k]
    else:
        assert {m.text: m.value for m in found[k]}.get(expression) == value, found[k]
    if expression.lower().startswith(("every ", "each ")):  # a recurrence, whatever its value
        assert {m.text: m.type for m in found[k]}[expression] == "SET", found[k]
