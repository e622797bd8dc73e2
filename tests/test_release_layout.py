"""Press releases and wire datelines give the publication date and open the story, and their
end matter is no story text; editor's notes (corrections, clarifications, update notes) are
not story text either."""

import pytest

from newscli.articles import article_from_text
from newscli.articles.layout import DATELINE_OPENING_RE, parse_layout

HEADLINE = "Barn Fire Near Ashby\n\n"


def _body(text: str) -> list[str]:
    """The body paragraphs of the text under a headline."""
    text = HEADLINE + text
    return [text[s:e] for s, e in parse_layout(text).body]


@pytest.mark.parametrize(
    "opening, date",
    [
        ("OXFORD, June 9, 2025 /PRNewswire/ --", "June 9, 2025"),
        ("LEEDS, England, 9 June 2025 /EINPresswire.com/ --", "9 June 2025"),
        ("MONTREAL, June 9, 2025 /CNW/ -", "June 9, 2025"),
        ("AUSTIN, Texas, June 09, 2025 (GLOBE NEWSWIRE) --", "June 09, 2025"),
        ("DENVER--(BUSINESS WIRE)--", None),
        ("PARIS, June 9 (Reuters) -", "June 9"),
        ("NAIROBI, Kenya (AP) -", None),
    ],
)
def test_datelines_of_wires_and_press_releases_are_read_with_their_date(opening, date):
    m = DATELINE_OPENING_RE.match(opening + " Kestrel Mills said it would hire 40 people.")
    assert m is not None and m.group() == opening
    assert m.group("date") == date


def test_a_press_release_dateline_gives_the_publication_date_and_its_span():
    text = "OXFORD, June 9, 2025 /PRNewswire/ -- Brightvale Foods today opened a bakery in Didcot."
    article = article_from_text("pr.txt", text)
    assert article.published == "2025-06-09"
    assert article.published_span is not None
    assert text[slice(*article.published_span)] == "June 9, 2025"


def test_a_dateline_without_its_year_or_below_a_dated_byline_gives_no_other_date():
    assert article_from_text("w.txt", "PARIS, June 9 (Reuters) - The strike ended.").published is None
    text = "By Ana Ruiz\nMay 2, 2024\n\nPARIS, June 9, 2025 (Reuters) - The strike ended."
    assert article_from_text("w.txt", text).published == "2024-05-02"


@pytest.mark.model
def test_the_company_after_a_press_release_dateline_is_the_speaker_not_the_place(parse):
    from newscli.pipeline import analyze_doc

    text = "OXFORD, June 9, 2025 /PRNewswire/ -- Brightvale Foods Inc. today said it had opened a bakery."
    article, doc = parse(text)
    found = analyze_doc(doc, article, ["quotes"], indirect=True).quotes
    assert [q.speaker for q in found] == ["Brightvale Foods Inc."]


STORY = (
    "OXFORD, June 9, 2025 /PRNewswire/ -- Brightvale Foods Inc. today opened a bakery in Didcot "
    "that will employ 60 people. The firm said production would start next week."
)


@pytest.mark.parametrize(
    "tail",
    [
        "About Brightvale Foods\nBrightvale Foods Inc. is a maker of bread founded in 2004.",
        "About Brightvale Foods\n\nBrightvale makes bread.\n\nMedia contact:\nTom Price, press@example.org",
        "Media contacts:\nTom Price\npress@example.org",
        "SOURCE Brightvale Foods Inc.",
        "###\n\nBrightvale makes bread.",
    ],
)
def test_a_press_release_end_matter_is_not_story_text(tail):
    text = f"{STORY}\n\n{tail}\n"
    assert _body(text) == [STORY]


def test_a_long_story_after_an_about_heading_is_still_story_text():
    text = (
        "Kestrel Mills hired 40 people last year.\n\nAbout Face\n\n"
        "The mill changed its mind about the plan twice, and its owners said the town would "
        "hear more about the new jobs in the spring, when the council meets again to vote."
    )
    assert len(_body(text)) == 3


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this article spelt the chief's name as Mark Owen.",
        "CLARIFICATION: This story has been changed to say the bridge is owned by the county.",
        "Editor\u2019s note: The name of the witness has been withheld at her request.",
        "This article has been updated with a reply from the county.",
        "An earlier version of this story gave the wrong date for the vote.",
    ],
)
@pytest.mark.parametrize("where", ["start", "end"])
def test_an_editors_note_is_not_story_text(note, where):
    story = "A fire destroyed a barn near Ashby on Tuesday, fire chief Mark Owens said."
    text = f"{note}\n\n{story}" if where == "start" else f"{story}\n\n{note}"
    assert _body(text) == [story]


def test_the_paragraph_under_a_note_label_alone_is_part_of_the_note():
    story = "A fire destroyed a barn near Ashby on Tuesday, fire chief Mark Owens said."
    text = f"{story}\n\nCORRECTION:\n\nAn item on Tuesday gave the chief's name as Mark Owen."
    assert _body(text) == [story]


def test_a_story_sentence_about_a_correction_stays():
    text = "The council voted on Monday.\n\nCorrections officers at the prison said the vote came late."
    assert len(_body(text)) == 2
