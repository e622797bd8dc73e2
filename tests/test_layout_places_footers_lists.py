"""Layouts that lost an article's publication date or its lines: a place in the byline line, a
date stamp at the foot of a multi-paragraph text, and a list printed one item a line.

Every text below is invented. Layout only, except the last test, which runs the dates model.
"""

from __future__ import annotations

import pytest

from newscli.articles import article_from_text
from newscli.articles.byline import read_head_line
from newscli.articles.layout import blocks, parse_layout

STORY = (
    "The harbour bridge will shut to traffic on Friday while engineers check its cables.\n\n"
    "Buses will run a detour through the old town, the transport office said today."
)


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("Pune | Tuesday, 9 June 2026 | 7.10 pm IST", (), "2026-06-09T19:10:00+05:30"),
        ("By Kavya Rao | Pune | Tuesday, 9 June 2026", ("Kavya Rao",), "2026-06-09"),
        ("KOLKATA | 9 June 2026", (), "2026-06-09"),
        ("Melbourne, 10 June 2026 8.15am AEST", (), "2026-06-10T08:15:00+10:00"),
        ("Perth, Australia | 10 June 2026", (), "2026-06-10"),
        ("By Tom Reyes, Chicago | June 9, 2026", ("Tom Reyes",), "2026-06-09"),
    ],
)
def test_place_in_a_byline_line_keeps_it_a_byline(line, authors, published):
    article = article_from_text("a.txt", f"Bridge Shuts for Cable Checks\n\n{line}\n\n{STORY}")
    assert article.published == published
    assert article.authors == authors
    assert line not in article.body_text()


@pytest.mark.parametrize("line", ["Chicago", "LUSAKA, Zambia (AP) _", "PORTO ALEGRE, Brazil (Reuters) -"])
def test_place_alone_or_a_dateline_is_no_head_line(line):
    assert read_head_line(line) is None


@pytest.mark.parametrize(
    ("footer", "published", "updated"),
    [
        ("Published on 8 April 2026", "2026-04-08", None),
        ("First published 8 April 2026", "2026-04-08", None),
        ("This article was published on 8 April 2026.", "2026-04-08", None),
        ("\u00a9 2026 Valley Gazette, 8 April 2026", "2026-04-08", None),
        ("Last updated 9 April 2026 10:15 BST", None, "2026-04-09T10:15:00+01:00"),
    ],
)
def test_stamp_at_the_foot_of_a_long_text_dates_it(footer, published, updated):
    text = f"Bridge Shuts for Cable Checks\n\n{STORY}\n\nDrivers were told to allow extra time.\n\n{footer}"
    layout = parse_layout(text)
    assert (layout.published, layout.updated) == (published, updated)
    assert all(footer not in text[s:e] for s, e in layout.body)
    if published:
        start, end = layout.published_span or (0, 0)
        assert text[start:end] == "8 April 2026"


def test_story_sentence_at_the_foot_is_no_stamp():
    text = f"Bridge Shuts for Cable Checks\n\n{STORY}\n\nThe inspection report was published on 8 April 2026."
    layout = parse_layout(text)
    assert layout.published is None
    assert text.endswith(text[layout.body[-1][0] : layout.body[-1][1]])


@pytest.mark.parametrize("last", ["8 April 2026", "Saturday, 8 August 2026"])
def test_date_alone_at_the_foot_is_the_storys(last):
    text = f"Fair Returns\n\n{STORY}\n\nThe fair opens its gates on:\n\n{last}"
    assert parse_layout(text).published is None


def test_head_date_wins_over_a_footer_stamp():
    text = f"Bridge Shuts\n\nBy Kavya Rao | 7 April 2026\n\n{STORY}\n\nMore text here.\n\nPublished on 8 April 2026"
    assert parse_layout(text).published == "2026-04-07"


LIST = "Kickoffs\nSat 8 Aug: Harbour v Millbrook, 3pm\nTue 11 Aug: Eastfield v Harbour, 7.45pm\nSat 15 Aug: Harbour v Stanton, 12.30pm"


def test_list_lines_stay_lines():
    text = f"{STORY}\n\n{LIST}"
    lines = [text[s:e] for s, e in blocks(text)][2:]
    assert lines == LIST.split("\n")


def test_hard_wrapped_prose_is_still_one_paragraph():
    prose = (
        "The council said on Tuesday that the bridge\n"
        "would reopen once engineers had checked\n"
        "every cable, and that buses would use the\n"
        "old town route until then."
    )
    assert blocks(prose) == [(0, len(prose))]


@pytest.mark.model
def test_list_line_dates_stay_in_their_line(shared_models):
    from newscli import analyze_texts

    text = f"Harbour Fixtures Out\n\nPublished 21 May 2026\n\n{STORY}\n\n{LIST}\n"
    (result,) = analyze_texts([{"text": text}], sections=["dates"])
    found = [d["text"] for d in result["dates"]]
    assert "3pm" in found
    assert all("\n" not in d for d in found)
