"""A quoted term introduced as a name ('so-called “…”', 'the nickname “…”', 'dubbed “…”') is
not anyone's words unless a cue reports the sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newscli.extract.quotes.filters import introduced_as_a_name


def _at(text, fragment):
    return text.index("\u201c" + fragment)


@pytest.mark.parametrize(
    "text, fragment, named",
    [
        (
            "The settlers signed so-called \u201cfriendship treaties\u201d with the chiefs.",
            "friendship",
            True,
        ),
        ("He earned the nickname \u201cthe Salt King\u201d in the port.", "the Salt", True),
        ("A plan dubbed \u201cQuiet Streets\u201d starts in May.", "Quiet", True),
        (  # the other form of a term named so
            "They were so-called \u201cSchutzbriefe,\u201d or \u201cletters of protection,\u201d at first.",
            "letters",
            True,
        ),
        ("She called the plan \u201ca gift to landlords.\u201d", "a gift", False),
        ("He said, or rather shouted, \u201cnever again\u201d at the crowd.", "never", False),
    ],
)
def test_a_term_introduced_as_a_name_is_found(text, fragment, named):
    assert introduced_as_a_name(text, _at(text, fragment)) is named


@pytest.mark.model
def test_a_term_named_in_narration_is_not_a_quote_but_stays_inside_a_report(parse):
    from newscli.pipeline import analyze_doc

    text = (
        "The council signed a so-called \u201ccommunity benefit agreement\u201d with the developer "
        "in May.\n\nThe old ferryman earned the nickname \u201cthe man who never slept\u201d on the "
        "river.\n\nThe mayor said the pier was a so-called \u201cbridge to nowhere\u201d that nobody "
        "had asked for."
    )
    article, doc = parse(text, title="Test")
    found = [q.text for q in analyze_doc(doc, article, ["quotes"]).quotes]
    assert found == ["bridge to nowhere"]
