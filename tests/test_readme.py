"""What the README promises a new user: the Quick start, and every byline layout it lists.

Each byline layout the README's Inputs section names is run here, under a short headline and
an ordinary one, and the README is checked to still name it, so the two cannot drift apart.
Bylines are invented.
"""

from __future__ import annotations

import os
import re

import pytest

from newscli.articles import article_from_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as _f:
    README = _f.read()
FLAT_README = " ".join(README.split())  # the README's lines are wrapped anywhere

HEADLINES = ["Pool closes", "Coastal ferry firm profit falls as fuel costs bite"]
STORY = "The council voted on Monday to close the old pool for the winter, officials said.\n"


def _quick_start() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", section, re.DOTALL)
    assert block is not None
    return [line for line in block.group(1).splitlines() if line.strip() and not line.startswith("#")]


def test_quick_start_is_two_commands_run_in_the_checkout():
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert len(_quick_start()) == 2
    assert "`cd`" in section or "cd " in section  # paths in the commands are the checkout's


def test_ci_runs_the_quick_start_test_command():
    with open(os.path.join(ROOT, ".ci", "run"), encoding="utf-8") as f:
        ci = f.read().splitlines()
    assert _quick_start()[1] in ci


def test_accuracy_commands_say_where_the_shared_data_comes_from():
    section = README.split("## Accuracy", 1)[1].split("\n## ", 1)[0]
    before_commands = " ".join(section.split("```bash", 1)[0].split())
    assert "../shared" in before_commands and "not in this repository" in before_commands


# (what the README writes, byline lines under the headline, authors, published, updated)
PROMISED = [
    (
        "By A and B | March 4, 2025 | 6:40 PM EST",
        "By Ann Lee and Bo Park | March 4, 2025 | 6:40 PM EST",
        ("Ann Lee", "Bo Park"),
        "2025-03-04T18:40:00-05:00",
        None,
    ),
    ("`By A` with the date on the next line", "By Ann Lee\nMarch 4, 2025", ("Ann Lee",), "2025-03-04", None),
    (
        "`A, B and C`",
        "Ann Lee, Bo Park and Cy Dunn | March 4, 2025",
        ("Ann Lee", "Bo Park", "Cy Dunn"),
        "2025-03-04",
        None,
    ),
    (
        "(also `,` `and` `&`)",
        "By Ann Lee & Bo Park, Cy Dunn and Di Ross | 4 March 2025",
        ("Ann Lee", "Bo Park", "Cy Dunn", "Di Ross"),
        "2025-03-04",
        None,
    ),
    ("`By A, Reuters`", "By Ann Lee, Reuters\nMarch 4, 2025", ("Ann Lee",), "2025-03-04", None),
    ("`A, Health Editor`", "Ann Lee, Health Editor\nMarch 4, 2025", ("Ann Lee",), "2025-03-04", None),
    (
        "`A \u2014 Political Correspondent`",
        "Ann Lee \u2014 Political Correspondent\nMarch 4, 2025",
        ("Ann Lee",),
        "2025-03-04",
        None,
    ),
    ("any separator (`|`", "By Ann Lee | 4 March 2025", ("Ann Lee",), "2025-03-04", None),
    ("`\u2022`", "By Ann Lee \u2022 4 March 2025", ("Ann Lee",), "2025-03-04", None),
    ("`\u00b7`", "By Ann Lee \u00b7 4 March 2025", ("Ann Lee",), "2025-03-04", None),
    ("`\u2014`)", "By Ann Lee \u2014 4 March 2025", ("Ann Lee",), "2025-03-04", None),
    ("`Posted`", "Posted by Ann Lee on March 4, 2025", ("Ann Lee",), "2025-03-04", None),
    ("`Published`", "By Ann Lee\nPublished March 4, 2025", ("Ann Lee",), "2025-03-04", None),
    ("`First published`", "By Ann Lee\nFirst published on 4 March 2025", ("Ann Lee",), "2025-03-04", None),
    (
        "`Updated`",
        "By Ann Lee\nPublished March 4, 2025 | Updated March 5, 2025",
        ("Ann Lee",),
        "2025-03-04",
        "2025-03-05",
    ),
    (
        "`Last modified`",
        "By Ann Lee | 4 March 2025\nLast modified on Wed 5 Mar 2025 08.40 GMT",
        ("Ann Lee",),
        "2025-03-04",
        "2025-03-05T08:40:00+00:00",
    ),
    ("`Staff`", "Staff | March 4, 2025", (), "2025-03-04", None),
    ("`From staff reports`", "From staff reports\nMarch 4, 2025", (), "2025-03-04", None),
    ("`By The Editorial Board`", "By The Editorial Board\nMarch 4, 2025", (), "2025-03-04", None),
    ("(`Associated Press`)", "By Ann Lee\nAssociated Press\nMarch 4, 2025", ("Ann Lee",), "2025-03-04", None),
    ("(`3 min read`)", "By Ann Lee | March 4, 2025 | 3 min read", ("Ann Lee",), "2025-03-04", None),
    (
        "`Harold Penn Jr.`, `Walter Greaves III`",
        "By Harold Penn Jr. and Walter Greaves III | March 4, 2025",
        ("Harold Penn Jr.", "Walter Greaves III"),
        "2025-03-04",
        None,
    ),
    (
        "(`MD`, `PhD`, `M.D.`)",
        "By Tara Quist, MD, Owen Pryce, PhD, and Lucia Ferraro, M.D. | March 4, 2025",
        ("Tara Quist", "Owen Pryce", "Lucia Ferraro"),
        "2025-03-04",
        None,
    ),
    (
        "(`Dr.`, `Prof.`, `Sir`",
        "By Dr. Ann Lee, Prof Bo Park and Sir Cy Dunn | March 4, 2025",
        ("Ann Lee", "Bo Park", "Cy Dunn"),
        "2025-03-04",
        None,
    ),
    (
        '`By Adaeze "Ada" Okafor`',
        'By Adaeze "Ada" Okafor | March 4, 2025',
        ('Adaeze "Ada" Okafor',),
        "2025-03-04",
        None,
    ),
    ("`JANE DOE` is printed `Jane Doe`", "By JANE DOE | March 4, 2025", ("Jane Doe",), "2025-03-04", None),
    ("(`By Banksy`)", "By Banksy\nMarch 4, 2025", ("Banksy",), "2025-03-04", None),
    ("`By AFP`", "By AFP\nMarch 4, 2025", (), "2025-03-04", None),
]

# (what the README writes, the date part of "By Ann Lee | ...", published)
PROMISED_DATES = [
    ("`March 4, 2025`", "March 4, 2025", "2025-03-04"),
    ("`4 March 2025`", "4 March 2025", "2025-03-04"),
    ("`Tue 4 Mar 2025`", "Tue 4 Mar 2025", "2025-03-04"),
    ("`Mar. 4`", "Mar. 4, 2025", "2025-03-04"),
    ("`4th March`", "4th March 2025", "2025-03-04"),
    ("`03/04/2025` is month first", "03/04/2025", "2025-03-04"),
    ("unless the stamp's zone is east of the Atlantic", "04/03/2025 10:00 CET", "2025-03-04T10:00:00+01:00"),
    ("`04.03.2025` day first", "04.03.2025", "2025-03-04"),
    ("ISO stamps", "2025-03-04T18:40:00-05:00", "2025-03-04T18:40:00-05:00"),
    ("`19-Nov-24`", "19-Nov-24", "2024-11-19"),
    ("`3:12 PM`", "March 4, 2025 3:12 PM", "2025-03-04T15:12:00"),
    ("`15:12`", "4 March 2025 15:12", "2025-03-04T15:12:00"),
    ("`3.12pm`", "4 March 2025 3.12pm", "2025-03-04T15:12:00"),
    ("`3 p.m.`", "March 4, 2025 3 p.m.", "2025-03-04T15:00:00"),
    ("`noon`", "March 4, 2025 noon", "2025-03-04T12:00:00"),
    ("`EDT`", "July 4, 2025 3:12 PM EDT", "2025-07-04T15:12:00-04:00"),
    ("`BST`", "4 July 2025 15:12 BST", "2025-07-04T15:12:00+01:00"),
    ("`CET`", "4 March 2025 15:12 CET", "2025-03-04T15:12:00+01:00"),
    ("`UTC+2`", "4 March 2025 15:12 UTC+2", "2025-03-04T15:12:00+02:00"),
    ("`GMT-5`", "4 March 2025 15:12 GMT-5", "2025-03-04T15:12:00-05:00"),
    ("`+0100`", "4 March 2025 15:12 +0100", "2025-03-04T15:12:00+01:00"),
    ("`ET`/`PT` follow daylight saving", "July 4, 2025 9 a.m. PT", "2025-07-04T09:00:00-07:00"),
    ("`ET`/`PT` follow daylight saving", "March 4, 2025 9 a.m. ET", "2025-03-04T09:00:00-05:00"),
    ("(`Published 3 hours ago`) gives no date", "Published 3 hours ago", None),
]


def _flat(phrase: str) -> str:
    return " ".join(phrase.split())


def _read(headline: str, lines: str):
    text = f"{headline}\n{lines}\n\n{STORY}"
    article = article_from_text("story.txt", text)
    assert text[article.body[0][0] :].startswith("The council voted"), "the byline leaked into the story"
    return article


@pytest.mark.parametrize("headline", HEADLINES, ids=["short", "ordinary"])
@pytest.mark.parametrize("phrase, lines, authors, published, updated", PROMISED, ids=[p[0] for p in PROMISED])
def test_every_byline_layout_the_readme_promises_works(headline, phrase, lines, authors, published, updated):
    assert _flat(phrase) in FLAT_README, "the README no longer promises this layout: update this table"
    article = _read(headline, lines)
    assert (article.title, article.authors, article.published, article.updated) == (
        headline,
        authors,
        published,
        updated,
    )


@pytest.mark.parametrize("headline", HEADLINES, ids=["short", "ordinary"])
@pytest.mark.parametrize("phrase, stamp, published", PROMISED_DATES, ids=[p[1] for p in PROMISED_DATES])
def test_every_date_form_the_readme_promises_works_in_a_byline(headline, phrase, stamp, published):
    assert _flat(phrase) in FLAT_README, "the README no longer promises this form: update this table"
    article = _read(headline, f"By Ann Lee | {stamp}")
    assert (article.title, article.authors, article.published) == (headline, ("Ann Lee",), published)


def test_by_a_date_word_is_no_author_and_by_one_word_alone_is_a_headline():
    assert "(`By Friday`, `By AFP`)" in FLAT_README and "(`By Design`)" in FLAT_README
    text = f"Pool closes\n\nBy Friday the pool will be drained.\n\n{STORY}"
    article = article_from_text("story.txt", text)
    assert article.authors == () and text[article.body[0][0] :].startswith("By Friday")
    article = article_from_text("story.txt", f"By Design\n\n{STORY}")
    assert (article.title, article.authors) == ("By Design", ())
