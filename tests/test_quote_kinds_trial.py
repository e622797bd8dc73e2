"""Kinds of non-speech and of speech without marks that a new user met (own sentences)."""

import pytest

from newscli.extract.quotes.interview import answers
from newscli.model import Entity, Mention


def analysed(parse, text, title="Test"):
    from newscli.pipeline import analyze_doc

    article, doc = parse(text, title=title)
    return analyze_doc(doc, article, ["quotes", "entities"], indirect=True).quotes


# --- a figure or an amount as the object states a result, not speech ----------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Budget carrier Skyline Air posted a pre-tax loss of 80 million pounds for the year.",
        "The grocery chain announced record profits for the third quarter running.",
        "Prosecutors had sought nine years in prison for the former treasurer.",
        "The state sought 12 years for the driver who fled the scene.",
    ],
)
def test_a_figure_or_amount_as_object_is_no_reported_speech(parse, text):
    assert [(q.cue, q.text) for q in analysed(parse, text) if q.kind == "indirect"] == []


@pytest.mark.model
def test_a_figure_verb_with_another_object_or_a_clause_still_reports(parse):
    found = analysed(parse, "The mayor posted a photo of the flooded square on Sunday.")
    assert [q.text for q in found if q.kind == "indirect"] == ["a photo of the flooded square on Sunday"]


@pytest.mark.model
def test_a_speech_verb_with_a_clause_still_reports_beside_a_figure(parse):
    found = analysed(parse, "The chain posted a loss. The board said the new stores would open in May.")
    assert [(q.cue, q.text) for q in found if q.kind == "indirect"] == [
        ("said", "the new stores would open in May")
    ]


@pytest.mark.model
def test_headline_stating_a_result_is_no_attribution(parse):
    text = "Carrier Posts Record Loss\n\nThe carrier lost money again, its chief executive said."
    found = analysed(parse, text, title="Carrier Posts Record Loss")
    assert all(q.cue != "Posts" for q in found)


# --- interviews laid out as turns -------------------------------------------------------------


def _person(name, *aliases, at=(0, 0)):
    return Entity(name, "PERSON", 1, aliases, (Mention(name, *at),))


def test_answers_are_the_interviewee_s_words_until_the_story_resumes():
    text = (
        "Dr. Ines Varga runs the lake survey. We met her in Kisumu.\n\n"
        "Q: Is the lake recovering?\n\n"
        "A: Slowly. The weed is back in the bays.\n\n"
        "We measure every month now.\n\n"
        "Q. And the fish?\n\n"
        "A. Fewer each year.\n\n"
        "Varga will present her survey in June."
    )
    varga = _person("Ines Varga", "Varga", at=(4, 14))
    found = answers(text, [varga])
    assert [[text[s:e] for s, e in t.pieces] for t in found] == [
        ["Slowly. The weed is back in the bays.", "We measure every month now."],
        ["Fewer each year."],
    ]
    assert {t.speaker.name for t in found} == {"Ines Varga"}


def test_a_turn_labelled_with_a_person_s_name_is_theirs_and_a_lone_a_is_no_answer():
    text = (
        "**Varga:** The bays are choked with weed.\n\nA. Kiptoo farms by the shore.\n\n"
        "**Otieno:** And the nets, are they empty?\n\nNote: figures are rounded."
    )
    people = [_person("Ines Varga", "Varga"), _person("Paul Otieno", "Otieno")]
    found = answers(text, people)
    assert [(t.speaker.name, text[t.pieces[0][0] : t.pieces[0][1]]) for t in found] == [
        ("Ines Varga", "The bays are choked with weed."),
        ("Paul Otieno", "And the nets, are they empty?"),
    ]
    assert answers(text.split("\n\nA.")[0], people) == []  # one labelled turn is no layout


def test_a_tally_or_a_heading_about_the_person_is_no_turn():
    text = (
        "Ines Varga: 4,210.\n\nPaul Otieno: Hold the north shore.\n\n"
        "Varga: Fisheries. Last spring Varga proposed a ban on night nets.\n\n"
        "Otieno: Roads. Otieno wants the lake road paved by 2030."
    )
    people = [_person("Ines Varga", "Varga"), _person("Paul Otieno", "Otieno")]
    assert answers(text, people) == []


@pytest.mark.model
def test_interview_answers_come_out_as_direct_quotes(parse):
    text = (
        "Captain Lotte Brenner has sailed the northern route for a decade. She spoke to us in port.\n\n"
        "Q: What has changed?\n\n"
        "A: The ice goes earlier every spring.\n\n"
        "Brenner sails again in April."
    )
    found = [q for q in analysed(parse, text) if q.cue in ("A:",)]
    assert [(q.text, q.speaker, q.kind) for q in found] == [
        ("The ice goes earlier every spring.", "Lotte Brenner", "direct")
    ]


# --- a passive cue with its own subject and no agent has no source ----------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the price in "£20m." ends the sentence, but the parse may run both sentences together
        "The flood in the spring of 2019 cost the county about £20m. Roads are expected to reopen by noon on Friday.",
        "The old pier, closed since the storm, drew crowds. It is believed that the pier will be sold.",
    ],
)
def test_passive_cue_without_agent_has_no_source(parse, text):
    assert [(q.cue, q.speaker) for q in analysed(parse, text) if q.kind == "indirect"] == []


@pytest.mark.model
def test_passive_inside_a_report_stays_the_reporter_s(parse):
    found = analysed(parse, "The harbour master said the ferries are expected to run late on Sunday.")
    assert [(q.speaker, q.text) for q in found if q.kind == "indirect"] == [
        ("The harbour master", "the ferries are expected to run late on Sunday")
    ]


# --- a document that speaks is its publisher's, when the article names the publisher ----------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        (
            "The water board issued a statement on Friday. Bills will rise by a tenth in April, the statement said.",
            "The water board",
            "the statement",
        ),
        (
            "The Lakeside Rowing Club said in a letter that the boathouse was unsafe. "
            "The letter said repairs would cost more than the club could raise.",
            "Lakeside Rowing Club",
            "The letter",
        ),
        ("The ferry company's notice said sailings would resume on Monday.", "The ferry company", None),
    ],
)
def test_document_speaker_is_named_by_its_publisher(parse, text, speaker, mention):
    found = [q for q in analysed(parse, text) if q.kind == "indirect"]
    last = found[-1]
    assert last.speaker == speaker
    if mention is not None:
        assert last.speaker_mention.text == mention  # the words where it stands stay as written


@pytest.mark.model
def test_document_without_a_named_publisher_stays_itself(parse):
    text = "Wheat prices fell for a third week. Stocks will last into June, the statement said."
    found = [q for q in analysed(parse, text) if q.kind == "indirect"]
    assert [q.speaker for q in found] == ["the statement"]


@pytest.mark.model
def test_another_document_is_not_the_one_named_before(parse):
    text = (
        "The Harbour Trust sent a letter to the council in March. "
        "Other letters seen by residents suggest the pier will close next year."
    )
    found = [q for q in analysed(parse, text) if q.kind == "indirect"]
    assert all(q.speaker != "Harbour Trust" for q in found)


# --- a refusal to speak is kept (PolNeAR marks it) but told apart ------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, kind",
    [
        ("The Harwick Mining Company declined to comment on the spill.", "refusal"),
        ("The coach refused to discuss his future at the club.", "refusal"),
        ("The senator declined to run for a third term.", "indirect"),
    ],
)
def test_refusal_to_speak_is_its_own_kind(parse, text, kind):
    found = [q for q in analysed(parse, text) if q.kind in ("indirect", "refusal")]
    assert [q.kind for q in found] == [kind]


# --- a name right after a descriptor is the speaker ------------------------------------------


@pytest.mark.model
def test_name_after_a_descriptor_is_the_speaker_mention(parse):
    text = "Budget carrier Fenwick Air said the route to Oslo would close in March."
    found = [q for q in analysed(parse, text) if q.kind == "indirect"]
    assert [q.speaker_mention.text for q in found] == ["Fenwick Air"]


# --- what someone spoke about is a topic, not their words -----------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, kind",
    [
        ("The harbour master spoke to reporters about the new tide gauges.", "topic"),
        ("The mayor talked about the bus lanes for an hour.", "topic"),
        ("The council complained about the delay to the bridge.", "indirect"),
    ],
)
def test_what_someone_spoke_about_is_a_topic(parse, text, kind):
    found = [q for q in analysed(parse, text) if q.kind in ("indirect", "topic")]
    assert [q.kind for q in found] == [kind]
