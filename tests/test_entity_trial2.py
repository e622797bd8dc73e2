"""Entity kinds a second new-user trial found, each on sentences written for these tests in
varied beats: an organisation set beside an organisation noun, places told by the words around
them, a common noun opening a sentence, teams in a score line, a name before its kind noun."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

TEXTS = {
    "energy": "The refinery's operator, Baltic Petro, said output would recover by June. Halvor "
    "Steel, a family firm, supplies the pipes. Brenner Metals said it would hire.",
    "local": "Flooding shut the lane at Hadley's Corner, a hamlet outside Brannock, on Friday. "
    "Traffic on Mill Lane in Brannock was diverted. Residents of Tulloch said the ford was gone. "
    "Carrow-based Pellin Dairies said it would cut milk rounds, and a Tulloch-based charity "
    "handed out water. Anna Kerr's husband said little.",
    "sport": "Harwick Athletic beat the Selby Magpies 3-1 on Saturday. Magpies captain Ola Berg "
    "said the side had tired.",
    "feature": "In 1998 she set up the Tide Line network of volunteers. Work at the Corran Deep "
    "gold mine resumed in May, and the Ellery Vale dam was finished a year later.",
    "lab": "Algae living in the cooling pipes blocked the flow, engineers said. Californians "
    "have paid more for water since. Hope Adeyemi, who led the survey, said the pipes were old.",
    "dateline": "OSLO (Reuters) - Norway's wealth fund sold its stake on Tuesday, its chief said.",
    "retail": "Kessler, the discount chain, closed six shops. Its founder, Ruth Abrams, said "
    "trade was poor. Vasco Group, the parent company, owns the stores.",
}


@pytest.fixture(scope="module")
def found(nlp):
    from newscli.extract.entities import entities

    docs = nlp.pipe(TEXTS.values())
    return {key: {e.name: e.label for e in entities(doc)} for key, doc in zip(TEXTS, docs)}


@pytest.mark.parametrize(
    "key, name, label",
    [
        ("energy", "Baltic Petro", "ORG"),
        ("energy", "Halvor Steel", "ORG"),
        ("energy", "Brenner Metals", "ORG"),
        ("retail", "Kessler", "ORG"),
        ("retail", "Ruth Abrams", "PERSON"),
        ("retail", "Vasco Group", "ORG"),
    ],
)
def test_a_name_beside_an_organisation_noun_or_ending_in_a_company_form_is_an_org(found, key, name, label):
    assert found[key].get(name) == label, found[key]


@pytest.mark.parametrize(
    "name, label",
    [
        ("Hadley's Corner", "GPE"),  # a place named with an 's, told by its apposition
        ("Brannock", "GPE"),  # "a hamlet outside X", "Mill Lane in X"
        ("Tulloch", "GPE"),  # "residents of X", "X-based"
        ("Carrow", "GPE"),  # "X-based", missed by the model
        ("Pellin Dairies", "ORG"),
        ("Anna Kerr", "PERSON"),  # a person's possessive still folds
    ],
)
def test_places_told_by_the_words_around_them(found, name, label):
    assert found["local"].get(name) == label, found["local"]
    assert "Hadley" not in found["local"]


@pytest.mark.parametrize(
    "key, name, label",
    [
        ("sport", "Harwick Athletic", "ORG"),  # the team before the verb of a result
        ("sport", "Selby Magpies", "ORG"),  # the team before the score
        ("sport", "Ola Berg", "PERSON"),
        ("feature", "Tide Line", "ORG"),  # "the X network"
        ("feature", "Corran Deep", "FAC"),  # "the X gold mine"
        ("feature", "Ellery Vale", "FAC"),  # "the X dam"
    ],
)
def test_a_name_told_by_the_word_after_it(found, key, name, label):
    assert found[key].get(name) == label, found[key]


def test_a_common_noun_opening_a_sentence_is_no_entity(found):
    assert "Algae" not in found["lab"], found["lab"]  # tagged a common noun (NN); an NNP is left
    assert found["lab"].get("Californians") == "NORP", found["lab"]  # a people stays
    assert found["lab"].get("Hope Adeyemi") == "PERSON", found["lab"]


def test_a_dateline_place_is_named_in_title_case(found):
    assert found["dateline"].get("Oslo") == "GPE", found["dateline"]
