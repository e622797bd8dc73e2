"""Turns: lines opened by a speaker's label, found once by the layout (`articles.layout.turns`)
and read by every rule: an answer is the interviewee's, a labelled turn its label's person's,
and a label is never an entity nor part of the words quoted (own texts)."""

from __future__ import annotations

import pytest

from newscli.articles.layout import ANSWER, NAME, QUESTION, TRANSCRIPT, turns

QA = (
    "Harbour master Tomas Lindqvist has run the port for twelve years. We met him on the quay.\n\n"
    "Q: Why are the ferries late?\n\n"
    "A: The new berth is not finished. Crews work through the night.\n\n"
    "We expect it done by the spring.\n\n"
    "Q: And the fares?\n\n"
    "A: They stay as they are until then.\n\n"
    "Lindqvist retires next year."
)
BOLD = (
    "Marta Kowalczyk and Henrik Dahl, who both want a seat on the harbour board, met on Monday.\n\n"
    "**Marta Kowalczyk:** The port must stay open to small boats in every season.\n\n"
    "**Henrik Dahl:** Small boats pay nothing toward the dredging we need.\n\n"
    "**Marta Kowalczyk:** Then we should charge the cruise lines for it instead."
)
PLAIN = BOLD.replace("**", "")
CAPITALS = (
    "The ferry strike entered its second week.\n\n"
    "PRESENTER: Will the ferries run on Saturday?\n\n"
    "COUNCILLOR RUTH OKONJO: I think they will run, but only twice a day.\n\n"
    "PRESENTER: And after that?\n\n"
    "OKONJO: We hope to have a full timetable by June."
)
QUOTED_CAPITALS = (
    "The councillor was asked about the strike on the radio.\n\n"
    "\u201cPRESENTER: Will the ferries run on Saturday?\n\n"
    "\u201cCOUNCILLOR RUTH OKONJO: They will run twice a day until the strike ends.\n\n"
    "\u201cPRESENTER: And after that?\n\n"
    "\u201cOKONJO: We hope to have a full timetable by June.\u201d"
)
MIXED = (
    "Marine biologist Ilse Brandvold has counted seals on the northern islands since 2004.\n\n"
    "Q: How many seals did you count this year?\n\n"
    "A: Fewer than last year. The ice left the bays very early.\n\n"
    "**Ilse Brandvold:** I should add that the pups we did find were healthy and well fed.\n\n"
    "Q: What happens next?\n\n"
    "A: We count again in March, with two more boats.\n\n"
    "**Ilse Brandvold:** The ministry has promised the money for those boats this week."
)


def _said(text, role):
    return [
        (text[t.name[0] : t.name[1]], " ".join(text[s:e] for s, e in t.words))
        for t in turns(text)
        if t.role == role
    ]


# --- the layout: each line gets one reading -------------------------------------------------


def test_questions_and_answers_are_turns_and_an_answer_runs_on_until_the_last_question():
    assert _said(QA, QUESTION) == [("Q", "Why are the ferries late?"), ("Q", "And the fares?")]
    assert _said(QA, ANSWER) == [
        (
            "A",
            "The new berth is not finished. Crews work through the night. We expect it done by the spring.",
        ),
        ("A", "They stay as they are until then."),
    ]


@pytest.mark.parametrize("text", [BOLD, PLAIN])
def test_a_name_label_in_bold_or_plain_opens_a_named_turn(text):
    assert _said(text, NAME) == [
        ("Marta Kowalczyk", "The port must stay open to small boats in every season."),
        ("Henrik Dahl", "Small boats pay nothing toward the dredging we need."),
        ("Marta Kowalczyk", "Then we should charge the cruise lines for it instead."),
    ]
    assert {t.role for t in turns(text)} == {NAME}


@pytest.mark.parametrize("text", [CAPITALS, QUOTED_CAPITALS])
def test_labels_in_capitals_are_a_transcript_s_turns_also_inside_an_opening_mark(text):
    found = turns(text)
    assert [text[t.name[0] : t.name[1]] for t in found] == [
        "PRESENTER",
        "COUNCILLOR RUTH OKONJO",
        "PRESENTER",
        "OKONJO",
    ]
    assert {t.role for t in found} == {TRANSCRIPT}
    assert all(t.quoted == (text is QUOTED_CAPITALS) for t in found)
    assert all(text[t.label[0] : t.label[1]].rstrip().endswith(":") for t in found)


def test_a_mixed_interview_has_its_questions_answers_and_named_turns():
    assert [(t.role, MIXED[t.name[0] : t.name[1]]) for t in turns(MIXED)] == [
        (QUESTION, "Q"),
        (ANSWER, "A"),
        (NAME, "Ilse Brandvold"),
        (QUESTION, "Q"),
        (ANSWER, "A"),
        (NAME, "Ilse Brandvold"),
    ]
    # an answer stops at the next label, whatever its form
    assert _said(MIXED, ANSWER)[0] == ("A", "Fewer than last year. The ice left the bays very early.")


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: The ferry timetable was changed on Friday.\n\nThe strike goes on.",
        "Q: A question alone is no interview, says the editor.",
        "A. Lindqvist runs the harbour, and A. Berg the ferries.",
        "Correction: An earlier version misspelled the harbour master's name.",
    ],
)
def test_a_lone_label_or_a_repeated_notice_opens_no_turn(text):
    assert turns(text) == ()


def test_one_label_opening_two_notices_with_no_one_else_speaking_is_no_transcript():
    text = "UPDATE: The union said the strike would end.\n\nUPDATE: The council said it would not."
    # labelled paragraphs all the same, which name no one of the story: no quote comes of them
    assert [t.role for t in turns(text)] == [NAME, NAME]


# --- who each turn goes to, and labels are no entities -------------------------------------


def analysed(parse, text):
    from newscli.pipeline import analyze_doc

    article, doc = parse(text, title="Test")
    return analyze_doc(doc, article, ["entities", "quotes"], indirect=True)


def _direct(result):
    return [(q.speaker, q.text) for q in result.quotes if q.kind == "direct"]


def _label_entities(result, *words):
    """Entities that are a label's word or carry a label's marks."""
    return [
        e.name
        for e in result.entities
        if e.name in words or e.name.isupper() or any(c in e.name for c in "*:")
    ]


@pytest.mark.model
def test_interview_answers_go_to_the_interviewee_and_q_and_a_are_no_entities(parse):
    result = analysed(parse, QA)
    assert _direct(result) == [
        (
            "Tomas Lindqvist",
            "The new berth is not finished. Crews work through the night. We expect it done by the spring.",
        ),
        ("Tomas Lindqvist", "They stay as they are until then."),
    ]
    assert _label_entities(result, "Q", "A") == []


@pytest.mark.model
@pytest.mark.parametrize("text", [BOLD, PLAIN])
def test_a_named_turn_goes_to_the_person_the_label_names(parse, text):
    result = analysed(parse, text)
    assert [speaker for speaker, _ in _direct(result)] == [
        "Marta Kowalczyk",
        "Henrik Dahl",
        "Marta Kowalczyk",
    ]
    assert all(not said.startswith(("*", "Marta", "Henrik")) for _, said in _direct(result))
    assert _label_entities(result) == []


@pytest.mark.model
def test_a_transcript_turn_goes_to_the_label_s_person_in_normal_case(parse):
    result = analysed(parse, CAPITALS)
    assert _direct(result) == [
        ("Presenter", "Will the ferries run on Saturday?"),
        ("Ruth Okonjo", "I think they will run, but only twice a day."),
        ("Presenter", "And after that?"),
        ("Ruth Okonjo", "We hope to have a full timetable by June."),
    ]
    reported = [(q.speaker, q.text) for q in result.quotes if q.kind == "indirect"]
    assert ("Ruth Okonjo", "they will run") in reported  # a report in a turn is the label's
    assert _label_entities(result, "Presenter", "Councillor") == []
    assert {e.name: e.titles for e in result.entities}.get("Ruth Okonjo") == ("Councillor",)


@pytest.mark.model
def test_a_quoted_transcript_s_turns_go_to_their_labels_which_are_no_entities(parse):
    result = analysed(parse, QUOTED_CAPITALS)
    assert _direct(result) == [
        ("Presenter", "Will the ferries run on Saturday?"),
        ("Ruth Okonjo", "They will run twice a day until the strike ends."),
        ("Presenter", "And after that?"),
        ("Ruth Okonjo", "We hope to have a full timetable by June."),
    ]
    assert _label_entities(result, "Presenter", "Councillor") == []


@pytest.mark.model
def test_a_mixed_interview_gives_answers_and_named_turns_to_the_interviewee(parse):
    result = analysed(parse, MIXED)
    assert _direct(result) == [
        ("Ilse Brandvold", "Fewer than last year. The ice left the bays very early."),
        ("Ilse Brandvold", "I should add that the pups we did find were healthy and well fed."),
        ("Ilse Brandvold", "We count again in March, with two more boats."),
        ("Ilse Brandvold", "The ministry has promised the money for those boats this week."),
    ]
    assert _label_entities(result, "Q", "A") == []


@pytest.mark.model
def test_a_repeated_notice_label_is_no_source_of_the_reports_under_it(parse):
    text = (
        "UPDATE: The union said the strike would end on Monday.\n\n"
        "UPDATE: The council said the ferries would run at noon."
    )
    reported = [(q.speaker, q.text) for q in analysed(parse, text).quotes if q.kind == "indirect"]
    assert reported == [
        ("The union", "the strike would end on Monday"),
        ("The council", "the ferries would run at noon"),
    ]


@pytest.mark.model
def test_a_capitals_label_inside_a_quote_mid_story_is_no_speaker(parse):
    text = 'The harbour master posted "WARNING: the quay is closed to cars" on Sunday morning.'
    assert all(q.speaker != "WARNING" for q in analysed(parse, text).quotes)


@pytest.mark.model
def test_an_exchange_quoted_with_each_label_once_is_still_its_speakers(parse):
    text = (
        "The exchange was read out in court.\n\n"
        "\u201cMAGISTRATE: Did you see the driver?\n\n"
        "\u201cHOLLOWAY: I saw him leave the car and run toward the river.\u201d"
    )
    result = analysed(parse, text)
    assert _direct(result) == [
        ("Magistrate", "Did you see the driver?"),
        ("Holloway", "I saw him leave the car and run toward the river."),
    ]
    assert _label_entities(result) == []
