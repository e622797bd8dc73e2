"""Byline layouts under headlines of every length: title, authors and publication date.

Every byline below is invented. Each is read under a two-word headline, ordinary ones and one
longer than a wrapped line, with the story after a blank line or right under the byline, in a
file and in a JSON record's text. No spaCy model is needed: this is layout only.
"""

from __future__ import annotations

import pytest

from newscli.articles import article_from_text, record_to_article

HEADLINES = [
    "Pool closes",
    "Council backs flood wall plan",
    "Coastal ferry firm profit falls as fuel costs bite",  # eight words: the length that failed
    "Island ferry operator cancels winter crossings after engine fault strands villages",
    "Regional water company warns customers across three counties that bills will rise sharply "
    "next spring after a dry summer and costly repairs",  # longer than a wrapped line
]

# (byline lines, authors, published)
BYLINES = [
    (
        "By Ann Lee and Bo Park | March 4, 2025 | 6:40 PM EST",
        ("Ann Lee", "Bo Park"),
        "2025-03-04T18:40:00-05:00",
    ),
    (
        "By Harriet Vane and Kenji Mori | 28 July 2025 | 7:05 AM BST",
        ("Harriet Vane", "Kenji Mori"),
        "2025-07-28T07:05:00+01:00",
    ),
    (
        "By Ann Lee, Bo Park and Cy Dunn | 4 March 2025 | 15:12 GMT",
        ("Ann Lee", "Bo Park", "Cy Dunn"),
        "2025-03-04T15:12:00+00:00",
    ),
    (
        "By Ann Lee, Bo Park, and Cy Dunn \u2022 Mar. 4, 2025 \u2022 6:40 p.m. ET",
        ("Ann Lee", "Bo Park", "Cy Dunn"),
        "2025-03-04T18:40:00-05:00",
    ),
    (
        "By Ann Lee & Bo Park \u00b7 Tue 4 Mar 2025 15.12 CET",
        ("Ann Lee", "Bo Park"),
        "2025-03-04T15:12:00+01:00",
    ),
    ("By ANN LEE and BO PARK, Associated Press | March 4, 2025", ("Ann Lee", "Bo Park"), "2025-03-04"),
    (
        "Ann Lee and Bo Park \u2014 Reuters \u2014 4 March 2025 10:30 UTC+2",
        ("Ann Lee", "Bo Park"),
        "2025-03-04T10:30:00+02:00",
    ),
    ("By Ann Lee, Health Editor | 4 March 2025 | 9:00 AEDT", ("Ann Lee",), "2025-03-04T09:00:00+11:00"),
    ("By Ann Lee\nMarch 4, 2025 6:40 PM PST", ("Ann Lee",), "2025-03-04T18:40:00-08:00"),
    (
        "By Ann Lee and Bo Park\nPublished 4 March 2025, 10:30 BST\nUpdated 5 March 2025",
        ("Ann Lee", "Bo Park"),
        "2025-03-04T10:30:00+01:00",
    ),
    ("By Ann Lee | 6:40 PM EDT, July 4, 2025", ("Ann Lee",), "2025-07-04T18:40:00-04:00"),
    (
        "Ann Lee, Bo Park and Cy Dunn | 04/03/2025 10:00 CET",  # day first east of the Atlantic
        ("Ann Lee", "Bo Park", "Cy Dunn"),
        "2025-03-04T10:00:00+01:00",
    ),
    (
        "By Ann Lee Jr. and Bo Park, PhD | March 4, 2025 | 6:40 PM EST",
        ("Ann Lee Jr.", "Bo Park"),
        "2025-03-04T18:40:00-05:00",
    ),
    (
        "By Ann Lee in Accra and Bo Park in Lagos | 4 March 2025 | 08:15 WAT",
        ("Ann Lee", "Bo Park"),
        "2025-03-04T08:15:00+01:00",
    ),
    (
        "By Ann Lee and Bo Park | Reuters | March 4, 2025 3:12 PM EDT",
        ("Ann Lee", "Bo Park"),
        "2025-03-04T15:12:00-04:00",
    ),
]

# A nickname in quotation marks stays in the name, as the byline prints it.
NICKNAMES = [
    (
        'By Adaeze "Ada" Okafor | 4 March 2025 | 10:00 WAT',
        ('Adaeze "Ada" Okafor',),
        "2025-03-04T10:00:00+01:00",
    ),
    (
        "By Thomas \u201cTam\u201d Rennie and Bo Park\nMarch 4, 2025",
        ("Thomas \u201cTam\u201d Rennie", "Bo Park"),
        "2025-03-04",
    ),
]
BYLINES += NICKNAMES

BODY = "The council voted on Monday to close the old pool for the winter, officials said.\n\nIt will reopen in May.\n"
WRAPPED_BODY = (
    "The council voted on Monday to close the old pool for\n"
    "the winter, after engineers found cracks in the main\n"
    "tank and a leak under the changing rooms, officials said.\n"
)


def _ids(bylines):
    return [b[0].split("|")[0].split("\n")[0][:40] for b in bylines]


@pytest.mark.parametrize("headline", HEADLINES, ids=lambda h: f"{len(h.split())}w")
@pytest.mark.parametrize("byline, authors, published", BYLINES, ids=_ids(BYLINES))
@pytest.mark.parametrize("between", ["\n\n", "\n"], ids=["blank", "no-blank"])
def test_byline_under_any_headline(headline, byline, authors, published, between):
    text = f"{headline}\n{byline}{between}{BODY}"
    article = article_from_text("story.txt", text)
    assert (article.title, article.authors, article.published) == (headline, authors, published)
    assert text[article.body[0][0] :].startswith("The council voted")


@pytest.mark.parametrize("headline", HEADLINES, ids=lambda h: f"{len(h.split())}w")
@pytest.mark.parametrize("byline, authors, published", BYLINES[:4], ids=_ids(BYLINES[:4]))
def test_byline_in_a_record_text(headline, byline, authors, published):
    article = record_to_article({"text": f"{headline}\n{byline}\n\n{BODY}"}, "records.jsonl", 1)
    assert (article.title, article.authors, article.published) == (headline, authors, published)


@pytest.mark.parametrize("byline, authors, published", BYLINES[:3], ids=_ids(BYLINES[:3]))
def test_byline_over_hard_wrapped_story_in_one_block(byline, authors, published):
    """Headline, byline and a hard-wrapped first paragraph with no blank line between them:
    the head lines are layout, the wrapped lines stay one paragraph."""
    text = f"{HEADLINES[2]}\n{byline}\n{WRAPPED_BODY}"
    article = article_from_text("story.txt", text)
    assert (article.title, article.authors, article.published) == (HEADLINES[2], authors, published)
    assert [text[s:e] for s, e in article.body] == [WRAPPED_BODY.strip()]


def test_hard_wrapped_prose_opening_a_text_is_still_one_paragraph():
    text = "Council backs flood wall plan\n" + WRAPPED_BODY
    article = article_from_text("story.txt", text)
    assert (article.authors, article.published) == ((), None)
    assert len(article.body) == 1


@pytest.mark.parametrize("headline", HEADLINES, ids=lambda h: f"{len(h.split())}w")
def test_standfirst_between_headline_and_byline_in_one_block(headline):
    """A standfirst under the headline, then the byline, with no blank line between them: the
    standfirst is story text, as it is when blank lines part them."""
    standfirst = "The operator blames a winter of storms and a costly engine refit for the drop."
    text = f"{headline}\n{standfirst}\nBy Ann Lee and Bo Park | 4 March 2025 | 7:05 AM GMT\n\n{BODY}"
    article = article_from_text("story.txt", text)
    assert (article.title, article.authors, article.published) == (
        headline,
        ("Ann Lee", "Bo Park"),
        "2025-03-04T07:05:00+00:00",
    )
    assert [text[s:e] for s, e in article.body][:2] == [standfirst, BODY.split("\n")[0]]
