"""The pipeline's speed-ups change no annotation: the same lemmas as spaCy's own components."""

import pytest

TEXTS = [
    "The striking dockworkers were picketing the ferries; two unions said wages had fallen.",
    "Geese flew over the flooded meadows as the councillors debated cheaper bus fares.",
    "She'd quoted the analysts, who reckoned the mines' output was worsening fastest.",
    # one word, two lemmas by part of speech: leave/leaf, see/saw
    "The ranger leaves at dawn when the leaves turn; she saw the rusty saw by the shed.",
    "Judges ruled that the fishermen's leases lapsed, and the wolves' numbers are rising.",
]


@pytest.mark.model
def test_fast_lemmatizer_gives_spacys_lemmas(nlp):
    import spacy

    from newscli.pipeline import default_model

    stock = spacy.load(default_model())
    for ours, theirs in zip(nlp.pipe(TEXTS), stock.pipe(TEXTS)):
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
        assert [t.pos_ for t in ours] == [t.pos_ for t in theirs]
