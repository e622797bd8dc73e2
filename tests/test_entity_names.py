"""Names and titles as a reader writes them down: a job or an office with its place before a
name is the person's title, a three-word name is kept whole, a team's name has no "The"."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newscli.extract.entities import clean, recover


def _doc(words, tags, ents):
    vocab = spacy.blank("en").vocab
    spaces = [i + 1 < len(words) and words[i + 1] not in ".," for i in range(len(words))]
    return Doc(vocab, words=words, spaces=spaces, tags=tags, ents=ents)


def test_a_third_name_word_the_recogniser_cut_off_stays_in_the_name():
    doc = _doc(
        ["Aides", "of", "Pak", "Jin", "Ho", "left", "."],
        ["NNS", "IN", "NNP", "NNP", "NNP", "VBD", "."],
        ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"],
    )
    assert [m.text for m in clean.mentions(doc)] == ["Pak Jin Ho"]


def test_a_word_after_a_two_word_name_that_opens_another_name_is_left_out():
    doc = _doc(
        ["Aides", "of", "Pak", "Jin", "Ho", "Chan", "left", "."],
        ["NNS", "IN", "NNP", "NNP", "NNP", "NNP", "VBD", "."],
        ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"],
    )
    assert [m.text for m in clean.mentions(doc)] == ["Pak Jin"]


def test_a_winning_team_opening_a_sentence_is_named_without_the():
    words = ["The", "Oakham", "Otters", "beat", "Brill", "Rovers", "3-2", "on", "Saturday", "."]
    doc = _doc(words, ["DT", "NNP", "NNPS", "VBD", "NNP", "NNPS", "CD", "IN", "NNP", "."], None)
    names = {m.text: m.label for m in recover.named_by_kind(doc, [])}
    assert names == {"Oakham Otters": "ORG", "Brill Rovers": "ORG"}


TEXTS = {
    "job": "Pharmacist Tomasz Wrobel said the shelves were empty.",
    "lower": "The ruling was welcomed by city attorney Joan Pryce.",
    "federal": "U.S. District Judge Carla Benn ruled on Friday that the permit was void.",
    "nation": "Welsh Health Minister Bronwen Price visited the ward on Monday.",
    "first": "The bridge was opened by Welsh First Minister Rhodri Evans on Monday.",
}


@pytest.fixture(scope="module")
def found(nlp):
    from newscli.extract.entities import entities

    return {key: entities(doc) for key, doc in zip(TEXTS, nlp.pipe(TEXTS.values()))}


@pytest.mark.model
@pytest.mark.parametrize(
    "key, name, title",
    [
        ("job", "Tomasz Wrobel", "Pharmacist"),
        ("lower", "Joan Pryce", "city attorney"),
        ("federal", "Carla Benn", "U.S. District Judge"),
        ("nation", "Bronwen Price", "Welsh Health Minister"),
        ("first", "Rhodri Evans", "Welsh First Minister"),
    ],
)
def test_a_title_is_kept_whole_and_out_of_the_name(found, key, name, title):
    people = {e.name: e for e in found[key] if e.label == "PERSON"}
    assert people[name].titles == (title,)


@pytest.mark.model
def test_the_country_of_an_office_is_no_entity_of_its_own(found):
    assert [e.name for e in found["federal"] if e.label == "GPE"] == []


def test_an_acronym_in_brackets_after_a_name_the_model_left_untagged_is_its_short_form():
    from newscli.extract.entities import entities

    words = [
        "The",
        "Marlow",
        "Board",
        "of",
        "Water",
        "Standards",
        "(",
        "MBWS",
        ")",
        "fined",
        "the",
        "plant",
        ".",
    ]
    words += ["MBWS", "declined", "to", "comment", "."]
    tags = ["DT", "NNP", "NNP", "IN", "NNP", "NNPS", "-LRB-", "NNP", "-RRB-", "VBD", "DT", "NN", "."]
    tags += ["NNP", "VBD", "TO", "VB", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"] + ["O"] * 12
    vocab = spacy.blank("en").vocab
    spaces = [i + 1 < len(words) and words[i + 1] not in ".)" and words[i] != "(" for i in range(len(words))]
    doc = Doc(vocab, words=words, spaces=spaces, tags=tags, ents=ents)
    (board,) = [e for e in entities(doc) if e.label == "ORG"]
    assert board.name == "Marlow Board of Water Standards"
    assert board.aliases == ("MBWS",) and board.count == 3


@pytest.mark.model
def test_a_company_s_first_word_the_model_left_untagged_is_its_short_form(nlp):
    from newscli.extract.entities import entities

    doc = nlp("Brannock Robotics Ltd. cut 200 jobs on Tuesday. Brannock shares fell 4% after the news.")
    (company,) = [e for e in entities(doc) if e.label == "ORG"]
    assert company.aliases == ("Brannock",) and company.count == 2


def test_a_capitalised_adjective_opening_a_sentence_is_no_name():
    from newscli.extract.entities import entities

    doc = _doc(
        ["Regional", "carrier", "Skyvane", "posted", "a", "loss", "."],
        ["JJ", "NN", "NNP", "VBD", "DT", "NN", "."],
        ["B-PRODUCT", "O", "B-ORG", "O", "O", "O", "O"],
    )
    assert [e.name for e in entities(doc)] == ["Skyvane"]


def test_a_nationality_opening_a_sentence_stays_a_name():
    from newscli.extract.entities import entities

    doc = _doc(
        ["French", "officials", "posted", "a", "loss", "."],
        ["JJ", "NNS", "VBD", "DT", "NN", "."],
        ["B-ORG", "O", "O", "O", "O", "O"],
    )
    assert [(e.name, e.label) for e in entities(doc)] == [("French", "NORP")]


def test_a_railway_the_model_left_untagged_before_said_is_an_organisation():
    from newscli.extract.entities import entities

    doc = _doc(
        ["Harbour", "Rail", "said", "the", "line", "was", "shut", "."],
        ["NNP", "NNP", "VBD", "DT", "NN", "VBD", "VBN", "."],
        None,
    )
    assert [(e.name, e.label) for e in entities(doc)] == [("Harbour Rail", "ORG")]
