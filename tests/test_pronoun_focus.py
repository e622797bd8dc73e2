"""A pronoun speaker continues the person in focus: the subject of the sentence before it
(centering), over an older speaker whose gender agrees, unless the new person's gender clashes."""

import pytest

from newscli.pipeline import analyze_doc

pytestmark = pytest.mark.model

# (article, speaker of the last quote); each introduces a new person as a subject right before
# a quotation whose speaker is a pronoun, after someone of the same gender was quoted.
NEW_SUBJECT_THEN_PRONOUN = [
    (  # courts
        "A jury convicted a former bank clerk of fraud on Friday.\n\n"
        "Prosecutor Helen Marsh said she was satisfied. \u201cJustice has been done,\u201d Marsh said.\n\n"
        "Defence lawyer Ruth Calder was less sure. \u201cWe will study the ruling closely,\u201d she told "
        "reporters.",
        "Ruth Calder",
    ),
    (  # sports
        "Rovers beat City 3-1 on Saturday.\n\n"
        "Rovers manager Tom Elkins said he was proud of his side. \u201cWe controlled the game from the "
        "first minute,\u201d Elkins said.\n\n"
        "City coach Ivo Marchetti was less happy. \u201cWe were second to every ball,\u201d he said.",
        "Ivo Marchetti",
    ),
    (  # business
        "Shares in Dunmore Foods fell sharply after the grocer cut its forecast.\n\n"
        "Chief executive Priya Nandakumar said she expected a better second half. \u201cThe worst is "
        "behind us,\u201d Nandakumar said. \u201cCustomers are coming back.\u201d\n\n"
        "Analyst Greta Lindqvist remained cautious. \u201cI would want to see two good quarters "
        "first,\u201d she wrote in a note to clients.",
        "Greta Lindqvist",
    ),
    (  # science, in one paragraph
        "The probe reached the comet after a ten-year flight. Mission scientist Omar Haddad said he "
        "had waited a long time for the pictures. \u201cThey are better than we hoped,\u201d Haddad "
        "said. Geologist Felix Brandt studied the first images overnight. \u201cThe surface is "
        "much younger than we thought,\u201d he said.",
        "Felix Brandt",
    ),
]


@pytest.fixture(scope="module")
def last_speakers(parse):
    def last_speaker(text):
        article, doc = parse(text, title="Test")
        return analyze_doc(doc, article, ["quotes"]).quotes[-1]

    return last_speaker


@pytest.mark.parametrize("text, speaker", NEW_SUBJECT_THEN_PRONOUN)
def test_pronoun_after_a_newly_introduced_subject_is_that_person(last_speakers, text, speaker):
    q = last_speakers(text)
    assert q.speaker_mention.text in ("he", "she")
    assert q.speaker == speaker


def test_a_new_subject_whose_title_gives_the_other_gender_is_passed_over(last_speakers):
    text = (
        "The council approved the new budget on Tuesday.\n\n"
        "Mayor Ines Okafor said she was relieved. \u201cIt was a hard year,\u201d Okafor said.\n\n"
        "Mr. Dale Hutchins, the treasurer, left before the vote. \u201cWe kept every library "
        "open,\u201d she added."
    )
    assert last_speakers(text).speaker == "Ines Okafor"


def test_a_subject_with_another_person_after_it_in_the_sentence_is_not_in_focus(last_speakers):
    text = (
        "Councillor Nia Lane said she would vote against the bypass.\n\n"
        "Gov. Ed Ruiz criticised Councillor Nia Lane on Monday after she called the plan \u201ca waste of "
        "money.\u201d"
    )
    assert last_speakers(text).speaker == "Nia Lane"


# A subject introduced by a description with the name in apposition ("Her deputy, X, …") is
# the person in focus, as "Deputy X …" is.
APPOSITIVE_SUBJECT_THEN_PRONOUN = [
    (  # sports
        "Forward Kasper Lund scored twice for Harbour Town. His manager, Wilma Strand, was more "
        "guarded. \u201cWe were sloppy at the back,\u201d she said.",
        "Wilma Strand",
    ),
    (  # local government
        "Councillor Rhys Pemberton opened the meeting. His deputy, Moira Talbot, then read the "
        "figures. \u201cThe pool will close in May,\u201d she said.",
        "Moira Talbot",
    ),
    (  # business
        "Shares in Kessel Freight rose 4% after chief executive Bruno Hahn unveiled the plan.\n\n"
        "His finance director, Sophie Marchand, was cautious. \u201cWe still carry too much "
        "debt,\u201d she told analysts.",
        "Sophie Marchand",
    ),
]


@pytest.mark.parametrize("text, speaker", APPOSITIVE_SUBJECT_THEN_PRONOUN)
def test_an_appositive_name_of_the_subject_is_in_focus(last_speakers, text, speaker):
    q = last_speakers(text)
    assert q.speaker_mention.text in ("he", "she")
    assert q.speaker == speaker


def test_a_possessive_opening_the_next_sentence_gives_the_person_a_gender(last_speakers):
    # "His" continues Dvorak, so he is a man and not the "she" who speaks; without that the
    # most recent subject would be taken
    text = (
        "Defender Lena Ortiz was booked early. Forward Marek Dvorak scored twice. His coach was "
        "furious. \u201cWe lost our heads,\u201d she said."
    )
    assert last_speakers(text).speaker == "Lena Ortiz"


# A person who is the subject of a reported clause is talked about; the one reporting stays in
# focus for the pronoun after it.
REPORTED_SUBJECT_THEN_PRONOUN = [
    (
        "Prosecutor James Okafor said Gallo had sold the stolen goods online. \u201cHe knew exactly "
        "what he was doing,\u201d he told the jury.",
        "James Okafor",
    ),
    (
        "Coach Maria Ferris said Delaney would miss the final. \u201cIt is a huge blow for us,\u201d "
        "she said.",
        "Maria Ferris",
    ),
]


@pytest.mark.parametrize("text, speaker", REPORTED_SUBJECT_THEN_PRONOUN)
def test_the_subject_of_a_reported_clause_is_not_in_focus(last_speakers, text, speaker):
    assert last_speakers(text).speaker == speaker
