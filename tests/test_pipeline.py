"""The faster rule components change no annotation: the same tags, POS, morphology and lemmas
as spaCy's own lemmatizer and attribute ruler."""

import pytest

TEXTS = [
    "The striking dockworkers were picketing the ferries; two unions said wages had fallen.",
    "Geese flew over the flooded meadows as the councillors debated cheaper bus fares.",
    "She'd quoted the analysts, who reckoned the mines' output was worsening fastest.",
    # one word, two lemmas by part of speech: leave/leaf, see/saw
    "The ranger leaves at dawn when the leaves turn; she saw the rusty saw by the shed.",
    "Judges ruled that the fishermen's leases lapsed, and the wolves' numbers are rising.",
    # the attribute ruler's exceptions, some of them over two tokens
    "\u201cY'all ain't seen nothin' yet,\u201d the coach said. \u201cWe're gonna win, c'mon.\u201d",
    "Let's be clear: there are gotta-have deals, and there is no refund.\n\nWhich one?",
    "Both firms that the regulator fined have to pay; all those who can't will appeal.",
    "  The   pilots' union, whose members   struck in May,  has n't   agreed  to it .",
]


@pytest.fixture(scope="module")
def stock(monkeypatch_module):
    """The pipeline as newscli loads it, but with spaCy's own rule components."""
    import newscli.pipeline
    from newscli.pipeline import SECTIONS, load_model

    monkeypatch_module.setattr(newscli.pipeline, "speed_up", lambda nlp: None)
    return load_model(None, SECTIONS)


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.mark.model
def test_fast_rule_components_give_spacys_annotations(nlp, stock):
    for ours, theirs in zip(nlp.pipe(TEXTS), stock.pipe(TEXTS)):
        assert [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in ours] == [
            (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in theirs
        ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The strike cost the economy \u00a3500m. Services are expected to return on Monday.",
        "The club paid \u20ac40m. Its rivals bid less.",
    ],
)
def test_an_amount_in_millions_ends_its_sentence(nlp, text):
    """ "£500m." closes a sentence: the next one is not parsed as part of it."""
    assert len(list(nlp(text).sents)) == 2


@pytest.mark.model
def test_clock_abbreviations_keep_their_periods(nlp):
    doc = nlp("The vote opens at 9 a.m. on Friday and closes at 5 p.m. on Saturday.")
    assert "a.m." in [t.text for t in doc] and "p.m." in [t.text for t in doc]
