"""Date stamps, byline lines and author names, as tables of (input, expected)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.articles import parse_layout
from newscli.articles.byline import clean_authors, read_head_line, split_authors
from newscli.articles.html import page_authors, strip_site_name
from newscli.articles.layout import looks_like_headline
from newscli.articles.stamps import find_stamps, parse_published


@pytest.mark.parametrize(
    "stamp, expected",
    [
        ("Tue 4 Mar 2025 15.12 GMT", "2025-03-04T15:12:00+00:00"),
        ("Tuesday, 4 March 2025, 15:12 BST", "2025-03-04T15:12:00+01:00"),
        ("March 4, 2025 3:12 p.m. ET", "2025-03-04T15:12:00-05:00"),  # ET in winter is EST
        ("July 4, 2025 9 a.m. PT", "2025-07-04T09:00:00-07:00"),  # and PT in summer PDT
        ("04/03/2025 10:00 CET", "2025-03-04T10:00:00+01:00"),  # day first east of the Atlantic
        ("04/03/2025", "2025-04-03"),  # month first without a zone
        ("13/03/2025", "2025-03-13"),  # only one order fits
        ("03.04.2025", "2025-04-03"),  # dots: day first
        ("March 4th, 2025 10:30 UTC+2", "2025-03-04T10:30:00+02:00"),
        ("Mar 4 2025 8:15 am GMT-5", "2025-03-04T08:15:00-05:00"),
        ("4 March 2025 15:12 +0100", "2025-03-04T15:12:00+01:00"),
        ("3:12 PM EDT, March 4, 2025", "2025-03-04T15:12:00-04:00"),
        ("15:12, 4 March 2025 BST", "2025-03-04T15:12:00+01:00"),
        ("19-Nov-24", "2024-11-19"),
        ("2025/03/04", "2025-03-04"),
        ("Wed, Mar 5, 2025, 6:01 AM PST", "2025-03-05T06:01:00-08:00"),
        ("4 March 2025 10:00 (EDT)", "2025-03-04T10:00:00-04:00"),
        ("2021-03-04 10:00:00", "2021-03-04T10:00:00"),
        ("Published 3 hours ago", None),  # relative: never a date
        ("yesterday at 5pm", None),
        ("March 4", None),  # no year: not guessed
        ("Feb 30, 2025", None),  # no such day
    ],
)
def test_parse_published(stamp, expected):
    assert parse_published(stamp) == expected


def test_stamp_offsets_cover_date_and_clock_in_the_line():
    line = "By Ann Lee | March 4, 2025 | 6:40 PM EST"
    (stamp,) = find_stamps(line)
    assert line[stamp.start : stamp.end] == "March 4, 2025 | 6:40 PM EST"


@pytest.mark.parametrize(
    "line, kind, authors",
    [
        ("By Ann Lee and Bo Park | Reuters | March 4, 2025", "byline", ("Ann Lee", "Bo Park")),
        ("Ann Lee, Health Editor", "byline", ("Ann Lee",)),
        ("Ann Lee \u2014 Senior Political Correspondent", "byline", ("Ann Lee",)),
        ("By Ann Lee in Nairobi", "byline", ("Ann Lee",)),
        ("By ANN LEE, Associated Press", "byline", ("Ann Lee",)),
        ("*By Ann Lee*", "byline", ("Ann Lee",)),
        ("Posted by Ann Lee on March 4, 2025", "byline", ("Ann Lee",)),
        ("Ann Lee", "names", ("Ann Lee",)),
        ("Emily Post", "names", ("Emily Post",)),  # 'post' alone makes no outlet
        ("Associated Press", "credit", ()),
        ("From staff reports", "unsigned", ()),
        ("By The Editorial Board", "unsigned", ()),
        ("Last modified on Wed 5 Mar 2025 08.40 GMT", "date", ()),
        ("4 min read", "furniture", ()),
        ('By Adaeze "Ada" Okafor', "byline", ('Adaeze "Ada" Okafor',)),  # a nickname in quotes
        (
            "By Thomas \u201cTam\u201d Rennie and Bo Park",
            "byline",
            ("Thomas \u201cTam\u201d Rennie", "Bo Park"),
        ),
        ('Ruth "Ruthie" Adler, Health Editor', "byline", ('Ruth "Ruthie" Adler',)),
    ],
)
def test_head_lines(line, kind, authors):
    found = read_head_line(line)
    assert found is not None and (found.kind, found.authors) == (kind, authors)


@pytest.mark.parametrize(
    "line",
    [
        "The council voted on Tuesday to close the pool.",
        "By the river, the new path opened to walkers.",
        "PORTO, Portugal (Reuters) - A robot maker said on Tuesday it would expand.",
        "The bakery chain has told its workers it will cut forty jobs from its delivery staff",
        'Ann Lee said "we will rebuild"',
        'By Ann Lee "Wow"',  # quotation marks after the name: no nickname
    ],
)
def test_prose_is_not_a_head_line(line):
    assert read_head_line(line) is None


def test_updated_is_kept_apart_from_published():
    found = read_head_line("Posted: March 4, 2025 | Updated: March 5, 2025 3:00 p.m.")
    assert found is not None and found.published is not None and found.updated is not None
    assert (found.published.value, found.updated.value) == ("2025-03-04", "2025-03-05T15:00:00")


@pytest.mark.parametrize(
    "text, names",
    [
        ("Harold Penn, Jr. and Ann Lee", ("Harold Penn Jr.", "Ann Lee")),
        (
            "Walter Greaves III, Nadia Karim, PhD, and Owen Pryce",
            ("Walter Greaves III", "Nadia Karim", "Owen Pryce"),
        ),
        ("Lucia Ferraro, M.D.", ("Lucia Ferraro",)),
        ("Dr. Ines Amaral and Prof Tomas Berg", ("Ines Amaral", "Tomas Berg")),  # titles go
        ("Dr. Who", ("Dr. Who",)),  # but a title with one word after it is the whole name
        ("Pieter de Vries & Mary-Kate van der Berg", ("Pieter de Vries", "Mary-Kate van der Berg")),
    ],
)
def test_split_authors(text, names):
    assert split_authors(text) == (names, False)


def test_metadata_authors_are_read_like_a_byline():
    assert clean_authors(["By Ann Lee, Reuters", "Ann Lee and Bo Park"], keep_unread=True) == (
        "Ann Lee",
        "Bo Park",
    )
    assert clean_authors(["The Daily Planet", "Newsroom Team"], keep_unread=False) == ()


@pytest.mark.parametrize(
    "title, site, host, expected",
    [
        ("Bridge Reopens | Daily Bugle", "Daily Bugle", None, "Bridge Reopens"),
        ("Daily Bugle - Bridge Reopens", "Daily Bugle", None, "Bridge Reopens"),
        ("Bridge Reopens \u2014 The Daily Bugle", None, "www.dailybugle.com", "Bridge Reopens"),
        (
            "Mayor: 'We Will Rebuild' - Budget Talks",
            "Daily Bugle",
            None,
            "Mayor: 'We Will Rebuild' - Budget Talks",
        ),
    ],
)
def test_title_loses_the_site_name(title, site, host, expected):
    assert strip_site_name(title, site, host) == expected


def test_page_author_is_a_person_not_the_publisher():
    assert page_authors("Valley Courier", "Valley Courier", "valleycourier.com") == ()
    assert page_authors("Ann Lee; Valley Courier", "Valley Courier", None) == ("Ann Lee",)
    assert page_authors("Ann Lee, Maritime Correspondent", None, None) == ("Ann Lee",)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Council Backs Flood Wall Plan", True),
        ("Is the Ferry Worth Saving?", True),
        ("# Museum Returns Bronze Statues", True),
        ("The mayor resigned on Monday.", False),  # a sentence, not a headline
        ("NAIROBI, Kenya (AP) _", False),  # a dateline
        ("LONDON:", False),
        ("\u201cWe will rebuild,\u201d the mayor said.", False),
    ],
)
def test_looks_like_headline(line, expected):
    assert looks_like_headline(line) is expected


_PIECES = st.sampled_from(
    [
        "By ",
        "Ann Lee",
        " and ",
        "Bo Park",
        ", MD",
        " Jr.",
        " | ",
        " \u2022 ",
        "March 4, 2025",
        "4 Mar 2025",
        "04/03/2025",
        " 3:12 PM EDT",
        " 15.12 GMT",
        " UTC+2",
        "Updated ",
        "Posted: ",
        "3 hours ago",
        "\n",
        "\n\n",
        "Reuters",
        "Health Editor",
        "# ",
        "*",
        "[x](y)",
        "LONDON: ",
        "Headline Here",
        "The story went on.",
    ]
)
_TEXTS = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=30).map("".join))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_any_text_has_a_layout_whose_offsets_hold(text):
    layout = parse_layout(text)
    assert all(0 <= s <= e <= len(text) for s, e in layout.body)
    if layout.published_span:
        start, end = layout.published_span
        assert parse_published(text[start:end]) is not None
    parse_published(text)


@pytest.mark.parametrize(
    "line, authors",
    [
        ("By Kessarine", ("Kessarine",)),
        ("BY OSTARA | May 2, 2025", ("Ostara",)),
        ("By Ostara and Wilhelm Brandauer", ("Ostara", "Wilhelm Brandauer")),
        ("By Varyon, Special Correspondent", ("Varyon",)),
        ("Written by Zolwen", ("Zolwen",)),
    ],
)
def test_one_name_after_by_is_an_author(line, authors):
    found = read_head_line(line)
    assert found is not None and found.authors == authors


@pytest.mark.parametrize("line", ["By Friday", "By Christmas", "By AFP", "By Reuters", "Kessarine"])
def test_one_word_that_is_a_date_an_outlet_or_unsigned_is_no_author(line):
    found = read_head_line(line)
    assert found is None or found.authors == ()


def test_a_by_and_one_word_opening_the_text_is_its_headline():
    from newscli.articles import article_from_text

    article = article_from_text(
        "t", "By Design\n\nBy Ann Lee\nMarch 4, 2025\n\nThe museum opened a show of chairs."
    )
    assert (article.title, article.authors) == ("By Design", ("Ann Lee",))
