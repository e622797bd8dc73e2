import pytest

from newscli.extract.entities import is_acronym_of, select
from newscli.model import Entity, Mention


@pytest.mark.parametrize(
    "short, long_form, expected",
    [
        ("NASA", "National Aeronautics and Space Administration", True),
        ("USDA", "U.S. Department of Agriculture", True),
        ("TxDOT", "Texas Department of Transportation", True),
        ("IDF", "Israel Defense Forces", True),
        ("FBI", "Israel Defense Forces", False),
        ("US", "United", False),
    ],
)
def test_acronyms(short, long_form, expected):
    assert is_acronym_of(short, long_form.split()) is expected


def entity(name, label, count=1, salience=1.0):
    return Entity(name, label, count, (), (Mention(name, 0, len(name)),), salience=salience)


def test_select_hides_numbers_unless_asked():
    found = [entity("Hamas", "ORG"), entity("six", "CARDINAL"), entity("Gaza", "GPE", 3)]
    assert [e.name for e in select(found)] == ["Hamas", "Gaza"]
    assert [e.name for e in select(found, labels=["cardinal"])] == ["six"]
    assert [e.name for e in select(found, min_count=2)] == ["Gaza"]
    assert [e.name for e in select(found, sort="name")] == ["Gaza", "Hamas"]


@pytest.mark.model
def test_sample_article_entities(parse):
    from newscli.extract.entities import entities

    with open("data/articles/gaza-ceasefire-2012.txt", encoding="utf-8") as f:
        article, doc = parse(f.read())
    found = {(e.name, e.label): e for e in entities(doc, title=article.title)}
    names = [e.name for e in found.values()]
    for name, label in [
        ("Binyamin Netanyahu", "PERSON"),
        ("Hillary Clinton", "PERSON"),
        ("Mohammed Morsi", "PERSON"),
        ("Israel Defense Forces", "ORG"),
        ("Hamas", "ORG"),
        ("Gaza", "GPE"),
        ("Israel", "GPE"),
        ("Egypt", "GPE"),
        ("The Associated Press", "ORG"),
    ]:
        assert (name, label) in found, name
        assert names.count(name) == 1, name
    assert "IDF" in found[("Israel Defense Forces", "ORG")].aliases
    assert "Netanyahu" in found[("Binyamin Netanyahu", "PERSON")].aliases
    for noise in ("Ceasefire Push", "State", "AP Photo/Oded Balilty", "Patrick Goodenough"):
        assert noise not in names
    assert "Muslim Brotherhood" in names and "Israeli" in names


@pytest.mark.model
def test_titles_are_kept_apart_and_ambiguous_surnames_stay_apart(parse):
    from newscli.extract.entities import entities

    text = (
        "Rep. Alan Brooks met Dr. Priya Natarajan on Monday. Hillary Clinton and Bill Clinton "
        "arrived later. Brooks said the meeting went well, and Natarajan agreed. Clinton left early."
    )
    _, doc = parse(text)
    found = {e.name: e for e in entities(doc)}
    assert "Brooks" in found["Alan Brooks"].aliases
    assert "Natarajan" in found["Priya Natarajan"].aliases
    assert "Clinton" not in found["Hillary Clinton"].aliases
    assert "Clinton" not in found["Bill Clinton"].aliases


@pytest.mark.model
def test_the_department_joins_the_one_department_named(parse):
    from newscli.extract.entities import entities

    text = (
        "The U.S. Department of Agriculture will send aid to farmers, officials said. "
        "The money will arrive soon, the department said on Friday."
    )
    _, doc = parse(text)
    found = {e.name: e for e in entities(doc)}
    agriculture = found["U.S. Department of Agriculture"]
    assert agriculture.count == 2 and "department" in agriculture.aliases


@pytest.mark.model
def test_the_department_stays_unresolved_when_two_are_named(parse):
    from newscli.extract.entities import entities

    text = (
        "The Department of Energy and the Department of Labor disagreed. "
        "The report was late, the department said."
    )
    _, doc = parse(text)
    assert all("department" not in e.aliases for e in entities(doc))


def test_a_name_never_runs_over_a_colon():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newscli.extract.entities import entities

    # a transcript label the recogniser ran into the next word: "WALLACE: Let's start"
    words = ["WALLACE", ":", "Let", "us", "start", "."]
    doc = Doc(Vocab(), words=words, ents=["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O"])
    assert "WALLACE" in [e.name for e in entities(doc)]


def entities_of(words, ents, spaces=None):
    """Entities of a Doc built by hand with the given recogniser labels (no model needed)."""
    import spacy
    from spacy.tokens import Doc

    from newscli.extract.entities import entities

    return entities(Doc(spacy.blank("en").vocab, words=words, spaces=spaces, ents=ents))


def test_a_name_ends_at_a_dash_between_spaces():
    # the recogniser ran a team over a dash into the clause after it
    words = ["the", "Riverside", "Rams", "-", "while", "chanting", "."]
    assert [e.name for e in entities_of(words, ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"])] == [
        "Riverside Rams"
    ]
    # a name after the dash is a name of its own; a hyphenated name stays whole
    words = ["Ana", "Ruiz", "-", "Tom", "Becker", "and", "Jean", "-", "Luc", "Ruiz"]
    spaces = [True, True, True, True, True, True, False, False, True, False]
    ents = ["B-PERSON"] + ["I-PERSON"] * 4 + ["O", "B-PERSON"] + ["I-PERSON"] * 3
    names = [e.name for e in entities_of(words, ents, spaces)]
    assert sorted(names) == ["Ana Ruiz", "Jean-Luc Ruiz", "Tom Becker"]


@pytest.mark.model
def test_a_hyphenated_name_is_written_and_grouped_as_one_word(parse):
    from newscli.extract.entities import entities

    text = (
        "Maria Lopez-Becker toured the levee in Riverside on Monday. "
        "Lopez-Becker said the pumps had failed twice this year."
    )
    _, doc = parse(text)
    (person,) = [e for e in entities(doc) if e.label == "PERSON"]
    assert (person.name, person.aliases) == ("Maria Lopez-Becker", ("Lopez-Becker",))


def test_one_form_labelled_a_group_and_an_organisation_is_one_entity_named_as_written_in_the_story():
    # "RIVERSIDE, Iowa (AP) -- ... Riverside ...": the dateline shouts; the story writes the name
    words = "RIVERSIDE , Iowa -- Nafta hurt Riverside , and Nafta may go .".split()
    ents = ["B-GPE", "O", "B-GPE", "O", "B-NORP", "O", "B-GPE", "O", "O", "B-ORG", "O", "O", "O"]
    found = {e.name: (e.label, e.count) for e in entities_of(words, ents)}
    assert found["Riverside"] == ("GPE", 2)
    assert found["Nafta"][1] == 2
    assert "RIVERSIDE" not in found


def test_a_person_s_title_settles_the_label_the_recogniser_gave_the_surname():
    # "Gov. Ed Rendell …; Rendell …; Rendell …; Rendell …" with each lone surname read as an organisation
    words = "Gov. Ed Rendell spoke . Rendell left . Rendell won . Rendell ran .".split()
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O", "B-ORG", "O", "O", "B-ORG", "O", "O"]
    (person,) = entities_of(words, ents)
    assert (person.name, person.label, person.count) == ("Ed Rendell", "PERSON", 4)
