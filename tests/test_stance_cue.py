"""A quote whose speaker is the sentence's subject takes as its cue the verb that takes a side
on it ("to promote a “…”"), from the lexicon's stance class; with no such verb it has none."""

import pytest

from newscli.extract.quotes import quotes

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ("Clara Voss flew to Leeds on Friday on a mission to promote a “cleaner game for young players.”", "Clara Voss", "promote"),
        ("Mayor Ines Ortiz came to the hearing on Monday to champion a “phased reopening of the old mill.”", "Ines Ortiz", "champion"),
        ("Dr. Lena Cho spent the week in Geneva to support a “global vaccine pledge.”", "Lena Cho", "support"),
        ("Dr. Lena Cho spent the week in Geneva with a “global vaccine pledge.”", "Lena Cho", None),
        ("Judge Amal Farid arrived at the courthouse with a “heavy heart and a long list.”", "Amal Farid", None),
    ],
)  # fmt: skip
def test_stance_verb_is_the_cue_of_a_subject_speakers_quote(parse, text, speaker, cue):
    _, doc = parse(text)
    (quote,) = quotes(doc)
    assert (quote.speaker, quote.cue) == (speaker, cue)
    if cue is not None:
        assert quote.cue_mention is not None and text[quote.cue_mention.start : quote.cue_mention.end] == cue
