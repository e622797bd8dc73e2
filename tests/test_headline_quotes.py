"""Attributions in a headline ("Mayor says …", "…, club warns", "Coroner: …"), with --indirect."""

import pytest

from newscli.extract.quotes.headline import lemma_of

BODY = (
    "The figures were published on Monday after a review that took most of the year.\n\n"
    "Defence lawyer Marta Ruiz said the family would decide on an appeal within a week.\n"
)

# headline -> (source mention, cue, content, kind); None: the headline attributes nothing
HEADLINES = {
    "Harbour board says dredging will cost twice the estimate": (
        "Harbour board",
        "says",
        "dredging will cost twice the estimate",
        "indirect",
    ),
    "Ticket prices to rise next season, club warns": (
        "club",
        "warns",
        "Ticket prices to rise next season",
        "indirect",
    ),
    "Coroner: crash victim was not wearing a seatbelt.": (
        "Coroner",
        ":",
        "crash victim was not wearing a seatbelt",
        "indirect",
    ),
    "Glaciologists on the melt: ice shelf could collapse within a decade": (
        "Glaciologists",
        ":",
        "ice shelf could collapse within a decade",
        "indirect",
    ),
    "Ruiz: \u201cWe will appeal the verdict\u201d": (
        "Ruiz",
        ":",
        "\u201cWe will appeal the verdict\u201d",
        "direct",
    ),
    "Nurses Union Warns Of Winter Staffing Crisis": (
        "Nurses Union",
        "Warns",
        "Of Winter Staffing Crisis",
        "indirect",
    ),
    "EXCLUSIVE \u2013 Vet: the herd was never tested": ("Vet", ":", "the herd was never tested", "indirect"),
    "Coach backs young keeper - and says the defence let him down": (
        "Coach",
        "backs",
        "young keeper",
        "indirect",
    ),
    "Exclusive: inside the depot that builds the new trams": None,
    "Parish Board Delays Vote on Cycle Path": None,
    "Magistrate Orders Inquest Into Ferry Death": None,
    "Assembly Votes on Ferry Subsidy": None,
    "Tenants Vote Against Rent Rise": ("Tenants", "Vote", "Against Rent Rise", "indirect"),
    "Appeals Court Rules Against Quarry Expansion": (
        "Appeals Court",
        "Rules",
        "Against Quarry Expansion",
        "indirect",
    ),
    "Can the league survive another strike?": None,
    "City Transport Plan Faces Delay Over Funding": None,
    "Striker showed up late to training again": None,
    "BUSTED: Council Hid The True Cost Of The Bridge": None,
    "FBI: suspect bought the rifle online": ("FBI", ":", "suspect bought the rifle online", "indirect"),
    "Exam results are likely to improve, inspectors say": (
        "inspectors",
        "say",
        "Exam results are likely to improve",
        "indirect",
    ),
    "Revealed: the secret recipe of the oldest bakery in town": None,
    "Planning Notice: changes to the ring road from Monday": None,
    "Live updates: storm reaches the northern coast": None,
    "Photo: the keeper lifts the cup at the final whistle": None,
    "Gallery: lanterns light up the harbour for the festival": None,
    "Chart: house prices have doubled in a decade": None,
}


@pytest.fixture(scope="module")
def analysed(nlp):
    from newscli.articles import article_from_text
    from newscli.pipeline import analyze_doc, parse

    articles = [article_from_text(f"h{i}", f"{h}\n\n{BODY}") for i, h in enumerate(HEADLINES)]
    out = {}
    for (article, doc), headline in zip(parse(nlp, articles, headlines=True), HEADLINES):
        end = article.text.index("\n")
        quotes = analyze_doc(doc, article, ["quotes"], indirect=True).quotes
        plain = analyze_doc(doc, article, ["quotes"], indirect=False).quotes
        out[headline] = (
            [q for q in quotes if q.start < end],
            [q for q in plain if q.start < end],
            article.text,
        )
    return out


@pytest.mark.model
@pytest.mark.parametrize("headline", list(HEADLINES))
def test_headline_attribution(analysed, headline):
    found, plain, text = analysed[headline]
    assert plain == []  # only --indirect reads the headline
    expected = HEADLINES[headline]
    if expected is None:
        assert found == [], [(q.speaker_mention, q.text) for q in found]
        return
    source, cue, content, kind = expected
    (quote,) = found
    assert quote.speaker_mention is not None and quote.speaker_mention.text == source
    assert text[quote.speaker_mention.start : quote.speaker_mention.end] == source
    assert quote.cue_mention is not None and text[quote.cue_mention.start : quote.cue_mention.end] == cue
    assert text[quote.start : quote.end] == content == quote.text
    assert quote.kind == kind


@pytest.mark.model
def test_headline_surname_takes_the_body_entity_name(analysed):
    found, _, _ = analysed["Ruiz: \u201cWe will appeal the verdict\u201d"]
    assert found[0].speaker == "Marta Ruiz"


@pytest.mark.model
def test_headline_description_stays_the_source(analysed):
    found, _, _ = analysed["Coroner: crash victim was not wearing a seatbelt."]
    assert found[0].speaker == "Coroner"


def test_headline_verb_forms_map_to_their_lemma():
    assert lemma_of("Says") == "say"
    assert lemma_of("warned") == "warn"
    assert lemma_of("told") == "tell"
    assert lemma_of("Praises") == "praise"
    assert lemma_of("dredging") == "dredging"
