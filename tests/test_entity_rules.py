"""Entity rules, one kind of fault each, on sentences written for these tests.

The model-free tests check the lexicon-driven helpers; the model tests run each sentence
through the default pipeline once and check what a reader expects of the entity list.
"""

from __future__ import annotations

import pytest

from newscli.extract.entities.group import _ends_surname, _group_key, person_parts
from newscli.extract.entities.label import form_label
from newscli.extract.entities.mention import RawMention
from newscli.extract.entities.vocab import TITLE_WORDS, is_company_form, is_facility_head


@pytest.mark.parametrize(
    "words, label",
    [
        (("Brückengasse",), "FAC"),
        (("Lindenplatz",), "FAC"),
        (("Harbour", "Road"), "FAC"),
        (("Old", "Mill", "Bridge"), "FAC"),
        (("Ostrava", "Robotics"), "ORG"),
        (("Pellworth", "Shipping", "plc"), "ORG"),
        (("the", "Sorrel", "Valley"), "LOC"),
        (("Gulf", "of", "Aden"), "LOC"),
        (("Hubble", "Space", "Telescope"), "PRODUCT"),
        (("JPEG",), "PRODUCT"),
        (("Anton", "Reyes", "Jr."), "PERSON"),
        (("World", "War", "II"), None),
        (("Ostrava",), None),
    ],
)
def test_a_name_s_own_words_give_its_label(words, label):
    assert form_label(words) == label


def test_ranks_and_roles_are_lexicon_titles():
    for word in ("sgt", "cpl", "lt", "col", "det", "insp", "councilmember", "supervisor", "pm", "mp"):
        assert word in TITLE_WORDS
    assert is_facility_head("Vondelstraat") and not is_facility_head("Strasser")
    assert is_company_form("Inc.") and is_company_form("Robotics") and not is_company_form("Council")


def _mention(words, label, titles=()):
    text = " ".join(words)
    return RawMention(text, 0, len(text), label, tuple(words), tuple(titles))


def test_group_keys_join_legal_forms_and_state_abbreviations():
    assert _group_key(_mention(["Tenn."], "GPE"), set()) == "tennessee"
    assert _group_key(_mention(["Pellworth", "Shipping", "plc"], "ORG"), set()) == "pellworth shipping"
    assert _group_key(_mention(["Brock"], "PERSON", ["Ms"]), {"brock"}) == "brock|f"
    assert _group_key(_mention(["Brock"], "PERSON", ["Ms"]), set()) == "brock"


def test_surnames_by_nameparser():
    assert person_parts(("Anton", "Reyes", "Sr.")) == ("anton", "reyes")
    assert _ends_surname(("Seán", "Mac", "Dara"), ("mac", "dara"))
    assert not _ends_surname(("Crooked", "Ada", "Pell"), ("ada", "pell"))


# --- on the model ---------------------------------------------------------------------------

TEXTS = {
    "rank": "Cpl Marisol Venter said the convoy left at dawn. Lt Col Andrzej Kowal confirmed the time.",
    "role": "Her grandson Teodor Lindahl told the court she had been confused about the dates.",
    "speech": "Former minister for Rail and Roads Ottilie Brandvold said the timetable would not change.",
    "hyphen": "Mireille Aubert-Lacroix opened the gallery in 2009. Aubert-Lacroix said it took a decade.",
    "streets": "The market moves from Brückengasse to Lindenplatz next year, and Harbour Road will close.",
    "company": "Ostrava Robotics Ltd said on Monday it would hire 200 engineers. "
    "Ostrava Robotics builds warehouse arms.",
    "state": "The plant in Maryville, Tenn., employs 900 people. Tennessee officials welcomed the news.",
    "brand": "The old Fennimore's on Bridge Street reopened on Friday. Fennimore's is now run by a cooperative.",
    "suffix": "Anton Reyes Sr. founded the rowing club in 1971. Anton Reyes Jr. runs it now.",
    "coordinated": "Fans of Quillo and Brightnest complained on Sunday about the new fees.",
    "surname_place": "Ifeoma Chukwu runs the clinic in the old school. According to Chukwu, demand doubled.",
    "shared": "Hannes Brock and his wife, Greta Brock, run the ferry. Mr Brock steers the boat and "
    "Ms Brock keeps the accounts.",
    "dateline": "LISBON (Reuters) - Portugal's parliament approved the budget on Friday.",
    "namesakes": "President Okafor opened the summit on Monday. President Okafor said the talks would run "
    "late. Mr. Okafor later met the delegates, and Mr. Okafor thanked the hosts. His sister, Ngozi Okafor, "
    "watched from the gallery.\n\nSenator Brandvold backs the bill. Ola Brandvold, who chairs the finance "
    "committee, said the vote was close. Brandvold said she would try again.",
    "common": "Shifts at the Calder Mills plant will be cut to eight hours. Workers said the new shift "
    "pattern would cost them overtime.",
    "period_ranks": "Two wardens were hurt. One of them, Cpl. Tobias Lindqvist, said the gate was open. "
    "Lt. Col. Yusra Haddad ordered a review, and Det. Insp. Ruth Okonjo took the file.",
    "long_titles": "Deputy U.S. Attorney Helena Marsh filed the motion on Tuesday. County Treasurer Abel "
    "Quint said the fund was short. Chief Operating Officer Dina Varga left in May, and Chief Executive "
    "Oren Falk said sales rose. Later Health Minister Kofi Asante spoke.",
    "percent": "Rents rose 7% in March, from 2.5% a year earlier, and may climb from 5% to 9% by 2027.",
    "titled_son": "Edda Halvorsen keeps the boatyard with her son, Dr. Jonas Halvorsen. Mrs. Halvorsen "
    "said the winter was hard.",
    "score": "The visitors lost to Brackley City 2-0 at home on Saturday. Sofia Brandt saw a GP "
    "in Dundee, and a BBC reporter filmed it.",
    "places": "She grew up in the village of Ardnacross and will travel to Leeds next month. "
    "Fighting spread across the Burkina Faso area.",
    "conjunct": "Judge Amara Osei of the Employment and Land Court dismissed the claim.",
    "nested": "A jury in the U.S. District Court in Fresno heard the case against the grain trader.",
    "generation": "Pieter Haas Sr. opened the bakery in 1960, and Pieter Haas Jr. runs it now. The younger "
    "Haas said the rye recipe had not changed.",
}


@pytest.fixture(scope="module")
def found(parse):
    from newscli.extract.entities import entities

    return {key: entities(parse(text)[1]) for key, text in TEXTS.items()}


def _named(entities, name):
    hits = [e for e in entities if e.name == name]
    assert len(hits) == 1, [(e.name, e.label, e.aliases) for e in entities]
    return hits[0]


def _holding(entities, form):
    return [e for e in entities if form == e.name or form in e.aliases]


@pytest.mark.model
@pytest.mark.parametrize(
    "key, name, label, titles",
    [
        ("rank", "Marisol Venter", "PERSON", ("Cpl",)),
        ("rank", "Andrzej Kowal", "PERSON", ("Lt Col",)),
        ("role", "Teodor Lindahl", "PERSON", ()),
        ("speech", "Ottilie Brandvold", "PERSON", None),
        ("streets", "Brückengasse", "FAC", ()),
        ("streets", "Lindenplatz", "FAC", ()),
        ("streets", "Harbour Road", "FAC", ()),
        ("suffix", "Anton Reyes Sr.", "PERSON", ()),
        ("suffix", "Anton Reyes Jr.", "PERSON", ()),
        ("dateline", "Lisbon", "GPE", ()),  # the dateline shouts; the name is Lisbon
        ("period_ranks", "Tobias Lindqvist", "PERSON", ("Cpl.",)),
        ("period_ranks", "Yusra Haddad", "PERSON", ("Lt. Col.",)),
        ("period_ranks", "Ruth Okonjo", "PERSON", ("Det. Insp.",)),
        ("long_titles", "Helena Marsh", "PERSON", ("Deputy U.S. Attorney",)),
        ("long_titles", "Abel Quint", "PERSON", ("County Treasurer",)),
        ("long_titles", "Dina Varga", "PERSON", ("Chief Operating Officer",)),
        ("long_titles", "Oren Falk", "PERSON", ("Chief Executive",)),
        ("long_titles", "Kofi Asante", "PERSON", ("Health Minister",)),
        ("dateline", "Reuters", "ORG", ()),
    ],
)
def test_names_the_model_misses_or_mislabels(found, key, name, label, titles):
    e = _named(found[key], name)
    assert e.label == label
    if titles is not None:
        assert e.titles == titles


@pytest.mark.model
@pytest.mark.parametrize(
    "key, name, alias",
    [
        ("hyphen", "Mireille Aubert-Lacroix", "Aubert-Lacroix"),
        ("company", "Ostrava Robotics Ltd", "Ostrava Robotics"),
        ("state", "Tennessee", "Tenn."),
        ("surname_place", "Ifeoma Chukwu", "Chukwu"),
    ],
)
def test_short_forms_join_their_entity(found, key, name, alias):
    e = _named(found[key], name)
    assert alias in e.aliases
    assert _holding(found[key], alias) == [e]


@pytest.mark.model
def test_a_brand_keeps_its_possessive(found):
    assert _named(found["brand"], "Fennimore's").label == "ORG"
    assert not _holding(found["brand"], "Fennimore")


@pytest.mark.model
def test_coordinated_names_are_two_entities(found):
    names = [e.name for e in found["coordinated"]]
    assert "Quillo and Brightnest" not in names
    assert "Quillo" in names and "Brightnest" in names


@pytest.mark.model
def test_shared_surname_goes_by_honorific(found):
    text = TEXTS["shared"]
    mr, ms = text.index("Mr Brock") + 3, text.index("Ms Brock") + 3
    hannes, greta = _named(found["shared"], "Hannes Brock"), _named(found["shared"], "Greta Brock")
    assert hannes is not greta
    assert any(m.start == mr for m in hannes.mentions)
    assert any(m.start == ms for m in greta.mentions)


@pytest.mark.model
def test_a_capitalised_common_noun_opening_a_sentence_is_no_entity(found):
    names = [e.name for e in found["common"]]
    assert "Shifts" not in names and "Calder Mills" in names


@pytest.mark.model
def test_the_younger_of_two_namesakes_is_the_junior(found):
    at = TEXTS["generation"].index("Haas said")
    junior = _named(found["generation"], "Pieter Haas Jr.")
    assert any(m.start == at for m in junior.mentions)


@pytest.mark.model
def test_a_titled_surname_used_long_before_a_full_name_is_someone_else(found):
    okafor = _named(found["namesakes"], "Okafor")
    assert okafor.titles == ("President", "Mr.")
    assert _named(found["namesakes"], "Ngozi Okafor").aliases == ()
    assert "Brandvold" in _named(found["namesakes"], "Ola Brandvold").aliases


@pytest.mark.model
def test_a_rank_with_a_period_is_no_entity(found):
    assert not [e for e in found["period_ranks"] if e.name.rstrip(".") in ("Cpl", "Lt", "Col", "Det", "Insp")]


@pytest.mark.model
def test_a_place_inside_a_title_is_no_entity(found):
    assert not _holding(found["long_titles"], "U.S.")


@pytest.mark.model
def test_percentages_keep_their_sign(found):
    shares = sorted(e.name for e in found["percent"] if e.label == "PERCENT")
    assert shares == sorted(["7%", "2.5%", "5% to 9%"])


@pytest.mark.model
def test_mrs_with_a_shared_surname_goes_to_the_woman(found):
    text = TEXTS["titled_son"]
    mrs = text.index("Mrs. Halvorsen") + len("Mrs. ")
    edda = _named(found["titled_son"], "Edda Halvorsen")
    assert any(m.start == mrs for m in edda.mentions)
    assert _named(found["titled_son"], "Jonas Halvorsen") is not edda


@pytest.mark.model
def test_a_result_is_no_part_of_a_team_name(found):
    names = [e.name for e in found["score"]]
    assert "Brackley City" in names and not [n for n in names if "2-0" in n]
    assert _named(found["score"], "Brackley City").label == "ORG"


@pytest.mark.model
def test_an_abbreviation_after_a_names_no_one(found):
    names = [e.name for e in found["score"]]
    assert "GP" not in names and "BBC" in names


@pytest.mark.model
@pytest.mark.parametrize("name", ["Ardnacross", "Leeds", "Burkina Faso"])
def test_the_words_around_a_place_name_it(found, name):
    assert _named(found["places"], name).label == "GPE"


@pytest.mark.model
def test_an_institution_keeps_the_word_before_and(found):
    assert _named(found["conjunct"], "Employment and Land Court").label == "ORG"
    assert not _holding(found["conjunct"], "Land Court")


@pytest.mark.model
def test_a_name_run_on_leaves_no_mention_inside_it(found):
    court = _named(found["nested"], "U.S. District Court")
    assert not _holding(found["nested"], "District Court")
    assert len(court.mentions) == 1
