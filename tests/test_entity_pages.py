"""Entity faults found on real web pages, one kind each, on sentences written for these tests:
names of a list run together across commas, a name ending in "and", and a country taken for
the short form of an institution named after it."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newscli.extract.entities.clean import mentions


def _doc(words, ents):
    return Doc(spacy.blank("en").vocab, words=words, ents=ents)


@pytest.mark.parametrize(
    "words, ents, expected",
    [
        (  # a list the model ran together: three names
            ["Outages", "hit", "Chatterly", ",", "Pixgram", "and", "Voxly", "."],
            ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O"],
            [("Chatterly", "ORG"), ("Pixgram", "ORG"), ("Voxly", "ORG")],
        ),
        (  # camel-case brands in a list
            ["She", "used", "MongoDB", ",", "CouchBase", ",", "and", "Redis", "."],
            ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "O"],
            [("MongoDB", "ORG"), ("CouchBase", "ORG"), ("Redis", "ORG")],
        ),
        (  # a place with its country keeps its comma
            ["She", "moved", "from", "Lisbon", ",", "Portugal", ",", "and", "Leeds", "."],
            ["O", "O", "O", "B-GPE", "I-GPE", "I-GPE", "O", "O", "B-GPE", "O"],
            [("Lisbon , Portugal", "GPE"), ("Leeds", "GPE")],
        ),
        (  # an institution with its campus too
            ["At", "the", "University", "of", "Tarvik", ",", "Nordby", ",", "and", "Leeds", "."],
            ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-GPE", "O"],
            [("University of Tarvik , Nordby", "ORG"), ("Leeds", "GPE")],
        ),
        (  # a name does not end in the conjunction of a list
            ["It", "works", "on", "the", "Lumina", "X2", "and", "X2", "Max", "."],
            ["O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "B-PERSON", "I-PERSON", "O"],
            [("Lumina X2", "ORG"), ("X2 Max", "PERSON")],
        ),
    ],
)
def test_names_of_a_list_are_names_of_their_own(words, ents, expected):
    assert [(m.text, m.label) for m in mentions(_doc(words, ents))] == expected


@pytest.mark.parametrize(
    "words, ents, expected",
    [
        (  # the zone of a clock time
            ["It", "opens", "at", "5", "p.m.", "UTC", "on", "Monday", "."],
            ["O", "O", "O", "O", "O", "B-ORG", "O", "O", "O"],
            [],
        ),
        (["The", "UTC", "board", "met", "."], ["O", "B-ORG", "O", "O", "O"], [("UTC", "ORG")]),
        (  # a page of the paper
            ["See", "Page", "A8", ",", "and", "Page", "B1", "."],
            ["O", "B-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "O"],
            [],
        ),
        (  # file formats and programming languages are products
            ["It", "is", "written", "in", "TypeScript", "and", "CSS", "."],
            ["O", "O", "O", "O", "B-ORG", "O", "B-ORG", "O"],
            [("TypeScript", "PRODUCT"), ("CSS", "PRODUCT")],
        ),
        (  # guilds and observatories are organisations
            ["The", "Harbour", "Pilots", "Guild", "and", "Kestrel", "Ridge", "Observatory", "agreed", "."],
            ["O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"],
            [("Harbour Pilots Guild", "ORG"), ("Kestrel Ridge Observatory", "ORG")],
        ),
    ],
)
def test_words_that_are_no_names_or_say_what_a_name_is(words, ents, expected):
    assert [(m.text, m.label) for m in mentions(_doc(words, ents))] == expected


COURT = (
    "The ruling by the Constitutional Court of Moldavia came late on Friday. Access in Moldavia "
    "was restored within hours, and providers in Moldavia confirmed it. Moldavia had blocked the "
    "site for two years. The Constitutional Court of Moldavia said the block breached free speech."
)
LIST = (
    "A fault at Zentrix knocked out Chatterly, Pixgram and Voxly for most of Friday. Zentrix said "
    "Chatterly was back by the evening, and Pixgram followed an hour later."
)


@pytest.fixture(scope="module")
def found(parse):
    from newscli.extract.entities import entities

    return {key: entities(parse(text)[1]) for key, text in {"court": COURT, "list": LIST}.items()}


@pytest.mark.model
def test_a_country_is_not_the_short_form_of_an_institution_named_after_it(found):
    court = [e for e in found["court"] if e.name == "Constitutional Court of Moldavia"]
    assert len(court) == 1 and "Moldavia" not in court[0].aliases
    assert any(e.name == "Moldavia" and e.count == 3 for e in found["court"])


@pytest.mark.model
def test_a_list_the_model_runs_together_gives_one_entity_a_name(found):
    names = [e.name for e in found["list"]]
    assert not any("," in n for n in names), names
    assert {"Chatterly", "Pixgram"} <= set(names)


def test_a_missed_repetition_takes_the_label_the_name_mostly_has():
    from newscli.extract.entities.mention import RawMention
    from newscli.extract.entities.recover import _majority_labels

    def mention(label):
        return RawMention("Pixgram", 0, 7, label, ("Pixgram",))

    known = [mention("WORK_OF_ART"), mention("ORG"), mention("ORG")]
    assert _majority_labels(known)["pixgram"] == "ORG"


@pytest.mark.parametrize("name", ["Rondônia", "Amazonas", "Ontario", "Paraná"])
def test_states_and_provinces_of_other_countries_are_places(name):
    from newscli.extract.entities.places import is_country_or_state

    assert is_country_or_state(name)


def test_a_provinces_name_read_as_a_company_is_a_place():
    from newscli.extract.entities.label import vote_label
    from newscli.extract.entities.mention import RawMention

    ms = [RawMention("Rondônia", 0, 8, "ORG", ("Rondônia",))]
    assert vote_label(ms) == "GPE"
