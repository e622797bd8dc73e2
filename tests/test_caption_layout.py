"""Photo captions and credits opening a text are layout: never the headline, never story text.

Invented captions; no spaCy model is needed (what is outside the body is never analysed).
"""

from __future__ import annotations

import pytest

from newscli.articles import article_from_text, record_to_article

STORY = "The new bridge opened to traffic on Tuesday, the mayor said.\n\nIt cost $4 million.\n"


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: The striker celebrates his second goal. (Getty Images)",
        "Photo: The striker celebrates his second goal",
        "Pictured: Mayor Ann Lee opens the bridge on Tuesday",
        "(Photo by Tom Reyes/Valley Herald)",
        "Mayor Ann Lee cuts the ribbon. (Photo by Tom Reyes/Valley Herald)",
        "Mayor Ann Lee cuts the ribbon on Tuesday (Tom Reyes/Valley Herald)",
        "Mayor Ann Lee cuts the ribbon on Tuesday. Photo: Tom Reyes",
        "FILE PHOTO - A ferry leaves the harbour at dawn",
        "Image \u2014 The bridge at dusk, seen from the east bank",
    ],
)
def test_a_caption_opening_a_record_is_neither_title_nor_story(caption):
    article = record_to_article({"text": f"{caption}\n\n{STORY}"}, "records.jsonl", 1)
    assert article.title is None
    body = [article.text[s:e] for s, e in article.body]
    assert body[0].startswith("The new bridge") and not any(caption in p for p in body)


def test_a_headline_under_a_caption_is_still_the_headline():
    text = (
        "Photo: The bridge at dusk. (Tom Reyes/Valley Herald)\n\nBridge Opens After Repairs\n\n"
        f"By Ann Lee | March 4, 2025 | 6:40 PM EST\n\n{STORY}"
    )
    article = article_from_text("story.txt", text)
    assert (article.title, article.authors, article.published) == (
        "Bridge Opens After Repairs",
        ("Ann Lee",),
        "2025-03-04T18:40:00-05:00",
    )
    assert text[article.body[0][0] :].startswith("The new bridge")


@pytest.mark.parametrize(
    "first",
    [
        "Video-sharing app Clipster said on Tuesday it would hire 200 people.",
        "Photographers waited outside the court for hours on Monday.",
        "Pictures of the flooded square spread quickly online, residents said.",
    ],
)
def test_story_text_opening_with_a_caption_word_is_story(first):
    article = record_to_article({"text": f"{first}\n\n{STORY}"}, "records.jsonl", 1)
    assert article.text[article.body[0][0] : article.body[0][1]] == first
