"""Names of several parts that a new-user trial found cut into two or three entities: Spanish
given names with two surnames, Arabic names with "bin"/"bint" (the person is the one named first,
the father's name is part of hers), hyphenated surnames used alone, and names the model read as
an organisation after a person's title. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _entities(nlp, text):
    from newscli.extract.entities import entities

    return entities(nlp(text))


def _people(found):
    return [e for e in found if e.label == "PERSON"]


@pytest.mark.parametrize(
    "text, name, short",
    [
        (
            "Port manager José Ramón Núñez Peña said ships were waiting. "
            '"The queue is long," Núñez Peña said.',
            "José Ramón Núñez Peña",
            "Núñez Peña",
        ),
        (
            "Judge Lucía Belén Cortés Montaño ruled on Monday. Cortés Montaño said the law was clear.",
            "Lucía Belén Cortés Montaño",
            "Cortés Montaño",
        ),
        (
            "Local dentist Dr. Rocío Inés Márquez Ibáñez said the clinic was full. "
            '"We need more staff," Márquez Ibáñez said.',
            "Rocío Inés Márquez Ibáñez",
            "Márquez Ibáñez",
        ),
    ],
)
def test_two_given_names_and_two_surnames_are_one_person(nlp, text, name, short):
    found = _entities(nlp, text)
    assert [e.name for e in _people(found)] == [name], [(e.name, e.label) for e in found]
    assert short in _people(found)[0].aliases
    assert not any(e.name == short for e in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Co-author Mariam bint Faisal Al-Otaibi, a chemist, said the samples were clean.",
         "Mariam bint Faisal Al-Otaibi"),
        ("Minister Noura bint Saeed Al-Kaabi opened the port. Al-Kaabi said trade had doubled.",
         "Noura bint Saeed Al-Kaabi"),
    ],
)
def test_a_daughter_of_is_inside_her_name(nlp, text, name):
    assert [e.name for e in _people(_entities(nlp, text))] == [name]


def test_reported_speech_of_a_name_with_bint_goes_to_her(parse):
    from newscli.pipeline import analyze_doc

    text = (
        "Co-author Mariam bint Faisal Al-Otaibi, a chemist at the institute, said the samples "
        "were clean. She warned that more tests were needed."
    )
    article, doc = parse(text, title="Test")
    found = analyze_doc(doc, article, ["quotes"], indirect=True).quotes
    assert [q.speaker for q in found] == ["Mariam bint Faisal Al-Otaibi"] * 2
    assert found[0].speaker_mention.text == "Mariam bint Faisal Al-Otaibi"


def test_a_hyphenated_surname_alone_is_no_acronym(nlp):
    found = _entities(
        nlp,
        "The minister met his counterpart, Yaw Ofori-Mensah, at the border. "
        "Ofori-Mensah said the road would reopen.",
    )
    assert [(e.name, e.count) for e in _people(found)] == [("Yaw Ofori-Mensah", 2)]


def test_a_firm_after_a_name_is_no_second_surname(nlp):
    found = _entities(nlp, "Investors in Ann Lee Holdings lost money.")
    assert "ORG" in {e.label for e in found if "Holdings" in e.name}
    assert not _people(found)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Aides in the Hartwell White House said the plan was dead.", "White House"),
        ("Polls showed Reagan Democrats drifting away from the party.", "Democrats"),
    ],
)
def test_a_surname_qualifying_a_name_is_no_given_name(nlp, text, kept):
    names = {e.name for e in _entities(nlp, text)}
    assert not any(kept in n and n != kept for n in names if len(n.split()) > len(kept.split())), names


def test_a_person_title_before_an_unknown_name_makes_a_person(nlp):
    found = _entities(nlp, "Dr. Rocío Inés Márquez Ibáñez opened the clinic on Monday.")
    assert [e.name for e in _people(found)] == ["Rocío Inés Márquez Ibáñez"]


def test_a_title_before_a_hospital_named_after_someone_stays_a_hospital(nlp):
    found = _entities(nlp, "She was taken to Queen Elizabeth Hospital on Monday.")
    assert not _people(found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The campaign group FairWater attacked the plan. Its director, Olumide Farouk, said "
         "investors had lost patience.", "Olumide Farouk"),
        ("The trust bought the mill. Its chairman, Ifeoluwa Okonjo, said the looms would run again.",
         "Ifeoluwa Okonjo"),
    ],
)
def test_a_name_set_after_a_role_with_commas_is_the_speaker(parse, text, name):
    from newscli.pipeline import analyze_doc

    article, doc = parse(text, title="Test")
    result = analyze_doc(doc, article, ["entities", "quotes"], indirect=True)
    assert name in {e.name for e in result.entities if e.label == "PERSON"}
    assert name in {q.speaker for q in result.quotes}
    assert not any(q.speaker.lower().startswith("its ") for q in result.quotes)
