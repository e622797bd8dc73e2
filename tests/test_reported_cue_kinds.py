"""Reported speech kinds found by new users: a cue's words after a phrase of medium or
occasion, reports in a reduced relative clause, and words that report nothing."""

import pytest

from .test_extract_reported import indirect_of, only

# --- "told X on a call that S": the clause after a phrase of medium or occasion -----------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, content, source, cue",
    [
        (
            "Regional manager Dana Brook told shareholders on a conference call that the plant "
            "would reopen in May.",
            "the plant would reopen in May",
            "Dana Brook",
            "told",
        ),
        (
            "The chief executive told investors during a webcast that sales would rise next year.",
            "sales would rise next year",
            "The chief executive",
            "told",
        ),
        (
            "Harriet Vale told employees in an email that the office would move.",
            "the office would move",
            "Harriet Vale",
            "told",
        ),
        (
            "The governor said on a radio show that the budget was balanced.",
            "the budget was balanced",
            "The governor",
            "said",
        ),
        (
            "The mayor told reporters at a briefing that the bridge would close for repairs.",
            "the bridge would close for repairs",
            "The mayor",
            "told",
        ),
        # a document the words went out in carries them, though it is a reporting noun
        (
            "The water board said in a statement that supplies were safe to drink.",
            "supplies were safe to drink",
            "The water board",
            "said",
        ),
        (
            "Ostrava Steel said in a filing on Friday that it would cut 300 jobs.",
            "it would cut 300 jobs",
            "Ostrava Steel",
            "said",
        ),
    ],
)
def test_clause_after_a_phrase_of_medium_is_the_cues(parse, text, content, source, cue):
    q, text = only(parse, text)
    assert q.text == content
    assert source in q.speaker_mention.text
    assert q.cue == cue


@pytest.mark.model
@pytest.mark.parametrize(
    "text, not_content",
    [
        (
            "The minister told reporters at a meeting that ran far beyond its planned two hours.",
            "ran far beyond",
        ),
        ("The mayor said little in the hope that the strike would end soon.", "the strike would end"),
        ("The minister was asked about the claim that the ferry would close.", "the ferry would close"),
    ],
)
def test_a_clause_of_the_noun_itself_stays_the_nouns(parse, text, not_content):
    reported, _, _ = indirect_of(parse, text)
    assert not any(q.text.startswith(not_content) for q in reported), [q.text for q in reported]


# --- "…, a deal officials said could …": a report in a reduced relative clause -------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, content, source",
    [
        (
            "The council approved a new bus lane on Tuesday, a change planners said would halve "
            "journey times.",
            "a change would halve journey times",
            "planners",
        ),
        (
            "The bank raised rates again, a step economists expect will slow lending.",
            "a step will slow lending",
            "economists",
        ),
        (
            "The two towns signed a water pact on Friday, a deal the minister said could end shortages.",
            "a deal could end shortages",
            "the minister",
        ),
    ],
)
def test_report_in_a_reduced_relative_is_about_the_noun_before_it(parse, text, content, source):
    reported, _, text = indirect_of(parse, text)
    (q,) = [q for q in reported if q.speaker_mention.text == source]
    assert q.text == content
    assert text[q.speaker_mention.start : q.speaker_mention.end] == source


@pytest.mark.model
def test_a_relative_pronoun_keeps_its_clause(parse):
    text = "The ruling was a win for Dario Venn, whose lawyers argued that the contract had lapsed."
    reported, _, text = indirect_of(parse, text)
    (q,) = [q for q in reported if q.cue == "argued"]
    assert q.text == "the contract had lapsed"


@pytest.mark.model
def test_quotation_in_a_reduced_relative_names_its_speaker_alone(parse):
    text = "The club sold its stadium last year, a sale fans said was \u201ca betrayal of a century of history.\u201d"
    _, quoted, text = indirect_of(parse, text)
    (q,) = quoted
    assert q.speaker_mention.text == "fans"


# --- a question put to "you" reports nothing ------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Q: Are you worried about the new rival chains opening in the city?\n\nA: Not at all.",
        "Do you think the council will approve the new stadium this year?",
        "Would you support a tax on sugary drinks if it paid for school meals?",
    ],
)
def test_a_question_put_to_you_is_no_report(parse, text):
    reported, _, _ = indirect_of(parse, text)
    assert not [q for q in reported if q.speaker_mention.text.lower() == "you"], [q.text for q in reported]


@pytest.mark.model
def test_you_in_a_statement_still_reports(parse):
    q, _ = only(parse, "Last year you told the committee that the mine would close by the spring.")
    assert q.speaker_mention.text == "you"
    assert q.text == "the mine would close by the spring"


# --- casting a part is no view ----------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The director cast the young singer as the queen in the winter production.",
        "The studio cast the rapper as the Human Torch in the reboot.",
        "Marta Quell cast the Welsh actor Owain Price as Lear, and the gamble works.",
    ],
)
def test_casting_a_part_is_no_report(parse, text):
    reported, _, _ = indirect_of(parse, text)
    assert not [q for q in reported if q.cue == "cast"], [q.text for q in reported]


@pytest.mark.model
def test_casting_someone_as_a_kind_of_person_is_a_view(parse):
    q, _ = only(parse, "The governor cast her rival as a creature of the old guard.")
    assert q.cue == "cast"
    assert q.text == "her rival as a creature of the old guard"
