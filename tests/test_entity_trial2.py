"""Entity kinds a second new-user trial found, each on sentences written for these tests in
varied beats: an organisation set beside an organisation noun, places told by the words around
them, a common noun opening a sentence, teams in a score line, a name before its kind noun."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

TEXTS = {
    "energy": "The refinery's operator, Baltic Petro, said output would recover by June. Halvor "
    "Steel, a family firm, supplies the pipes. Brenner Metals said it would hire.",
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
