import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newscli.articles import blocks
from newscli.extract.quotes import find_quotes, quotes


def found_texts(text):
    return [[text[p.start : p.end] for p in f.pieces] for f in find_quotes(text, blocks(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said \u201cwe won\u201d today.", [["\u201cwe won\u201d"]]),
        ('He said "we won" today.', [['"we won"']]),
        ("He said \u00abwe won\u00bb today.", [["\u00abwe won\u00bb"]]),
        ("Er sagte \u201ewir siegen\u201c heute.", [["\u201ewir siegen\u201c"]]),
        ("He said ``we won'' today.", [["``we won''"]]),
        ("The Joneses' dog won't bark; he is 6'2\" tall.", []),
    ],
)
def test_marks(text, expected):
    assert found_texts(text) == expected


def test_marks_inside_markup_tags_are_not_quotes():
    text = 'He tweeted: <tweet author="realDonaldTrump" pic="">We will win</tweet> and \u201cmore\u201d.'
    assert found_texts(text) == [["\u201cmore\u201d"]]


def test_transcript_turns_without_marks_are_quotes_after_their_labels():
    text = "HOST: Good evening. Why close the pool?\n\nCOUNCILLOR MEG HART: It leaks.\n\nHOST: Thanks."
    assert found_texts(text) == [["Good evening. Why close the pool?"], ["It leaks."], ["Thanks."]]
    # words quoted inside a turn are the speaker's, not a quote of their own
    text = "HOST: You called it \u201ca wreck\u201d?\n\nMEG HART: I did.\n\nHOST: Why?"
    assert found_texts(text) == [["You called it \u201ca wreck\u201d?"], ["I did."], ["Why?"]]
    # a label once is a notice, and one label alone no transcript
    assert found_texts("UPDATE: The pool reopens on Friday.\n\nIt was shut for a week.") == []
    assert found_texts("NOTE: One.\n\nNOTE: Two.") == []


def test_transcript_turns_are_quotes_of_their_own():
    text = '"LOPEZ: Will the levee hold?\n\n"BECKER: It will hold.\n\n"It was built to last.'
    assert found_texts(text) == [
        ['"LOPEZ: Will the levee hold?'],
        ['"BECKER: It will hold.', '"It was built to last.'],
    ]


def test_british_single_quotes_with_nested_doubles():
    text = "'We call it \"the plan\",' she said. The Joneses' house stood."
    assert found_texts(text) == [["'We call it \"the plan\",'"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'She said: "The sign reads \u201cNo Entry\u201d and we obey it."',
            '"The sign reads \u201cNo Entry\u201d and we obey it."',
        ),
        (
            '\u201cThe sign reads "No Entry" and we obey it,\u201d she said.',
            '\u201cThe sign reads "No Entry" and we obey it,\u201d',
        ),
    ],
)
def test_quote_nested_in_the_other_kind_of_double_marks_stays_inside(text, expected):
    assert found_texts(text) == [[expected]]


def test_opening_curly_mark_typed_for_a_closing_one_closes():
    text = "\u201cWe need homes here,\u201c said Lopez. \u201cAnd we need them now.\u201d"
    assert found_texts(text) == [["\u201cWe need homes here,\u201c"], ["\u201cAnd we need them now.\u201d"]]


def test_unmatched_mark_costs_only_its_paragraph():
    text = "He said \u201cthis never closes.\n\nShe said \u201cthis one does\u201d and left."
    found = found_texts(text)
    assert found[-1] == ["\u201cthis one does\u201d"]
    assert len(found) == 2


def test_multi_paragraph_quote_is_one_quote():
    text = "\u201cThe first paragraph of the speech.\n\n\u201cThe second paragraph ends it,\u201d she said."
    found = found_texts(text)
    assert len(found) == 1 and len(found[0]) == 2


def hand_doc(words, heads, deps, pos, ents=None, lemmas=None):
    """A parsed Doc built by hand: heads are absolute token indices."""
    spaces = [
        i + 1 < len(words) and words[i + 1] not in (",", ".", "\u201d") and w != "\u201c"
        for i, w in enumerate(words)
    ]
    doc = Doc(
        Vocab(),
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas or [w.lower() for w in words],
        ents=ents,
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    return doc


def test_a_name_the_recogniser_ran_over_a_dash_is_named_without_it():
    import spacy

    from newscli.extract.quotes import name_span

    vocab = spacy.blank("en").vocab  # knows which words are punctuation
    doc = Doc(vocab, words=["\u2015", "Ana", "Ruiz"], ents=["B-PERSON", "I-PERSON", "I-PERSON"])
    assert name_span(doc[2]).text == "Ana Ruiz"
    assert name_span(Doc(vocab, words=["Ana", "Ruiz"], ents=["B-PERSON", "I-PERSON"])[0]).text == "Ana Ruiz"


def test_split_quote_by_attribution_is_one_quote_with_two_segments():
    words = ["\u201c", "A", ",", "\u201d", "she", "said", ",", "\u201c", "B", ".", "\u201d"]
    heads = [1, 5, 1, 1, 5, 5, 5, 8, 5, 8, 8]
    deps = ["punct", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct", "punct", "ccomp", "punct", "punct"]
    pos = ["PUNCT", "NOUN", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "NOUN", "PUNCT", "PUNCT"]
    doc = hand_doc(words, heads, deps, pos, lemmas=[w.lower() if w != "said" else "say" for w in words])
    result = quotes(doc)
    assert len(result) == 1
    q = result[0]
    assert len(q.segments) == 2
    assert q.cue == "said"
    assert q.speaker_mention.text == "she"
    assert doc.text[q.start : q.end] == doc.text


def test_inverted_attribution_names_speaker_without_apposition():
    words = [
        "\u201c",
        "We",
        "lost",
        ".",
        "\u201d",
        "said",
        "Carla",
        "Jim\u00e9nez",
        ",",
        "who",
        "grows",
        "almonds",
        ".",
    ]
    heads = [2, 2, 5, 2, 2, 5, 7, 5, 7, 10, 7, 10, 5]
    deps = [
        "punct",
        "nsubj",
        "ccomp",
        "punct",
        "punct",
        "ROOT",
        "compound",
        "nsubj",
        "punct",
        "nsubj",
        "relcl",
        "dobj",
        "punct",
    ]
    pos = [
        "PUNCT",
        "PRON",
        "VERB",
        "PUNCT",
        "PUNCT",
        "VERB",
        "PROPN",
        "PROPN",
        "PUNCT",
        "PRON",
        "VERB",
        "NOUN",
        "PUNCT",
    ]
    ents = ["O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[5] = "say"
    doc = hand_doc(words, heads, deps, pos, ents=ents, lemmas=lemmas)
    (q,) = quotes(doc)
    assert q.speaker_mention.text == "Carla Jim\u00e9nez"
    assert q.kind == "direct"


def test_a_day_parsed_as_subject_is_not_the_speaker_and_an_aside_in_brackets_is_passed_over():
    # "Saturday at the convention Sen. Ann Becker (D-MA) said …": the parser made the day the
    # subject and the senator an apposition of "convention"
    words = ["Saturday", "at", "the", "convention", "Sen.", "Ann", "Becker", "(", "D-MA", ")", "said", "the"]
    words += ["plan", "was", "a", "\u201c", "proven", "failure", "\u201d", "."]
    heads = [10, 0, 3, 1, 6, 6, 3, 6, 6, 6, 10, 12, 13, 10, 17, 17, 17, 13, 17, 10]
    deps = [
        "nsubj",
        "prep",
        "det",
        "pobj",
        "compound",
        "compound",
        "appos",
        "punct",
        "appos",
        "punct",
        "ROOT",
    ]
    deps += ["det", "nsubj", "ccomp", "det", "punct", "amod", "attr", "punct", "punct"]
    pos = ["PROPN", "ADP", "DET", "NOUN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "DET"]
    pos += ["NOUN", "AUX", "DET", "PUNCT", "ADJ", "NOUN", "PUNCT", "PUNCT"]
    ents = ["B-DATE", "O", "O", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 13
    lemmas = [w.lower() if w != "said" else "say" for w in words]
    doc = hand_doc(words, heads, deps, pos, ents=ents, lemmas=lemmas)
    (q,) = quotes(doc)
    assert q.speaker_mention.text == "Ann Becker"


def test_subject_of_a_root_the_parser_put_inside_the_quote_is_the_speaker():
    # "Lopez's campaign called the report a “rush …”": the parser made "rush" the root
    words = ["Lopez", "\u2019s", "campaign", "called", "the", "report", "a", "\u201c", "rush", "to"]
    words += ["judgment", "by", "the", "county", "board", ".", "\u201d"]
    heads = [2, 0, 8, 2, 5, 3, 8, 8, 8, 8, 9, 8, 14, 14, 11, 8, 8]
    deps = ["poss", "case", "nsubj", "acl", "det", "oprd", "det", "punct", "ROOT", "prep", "pobj", "prep"]
    deps += ["det", "compound", "pobj", "punct", "punct"]
    pos = ["PROPN", "PART", "NOUN", "VERB", "DET", "NOUN", "DET", "PUNCT", "NOUN", "ADP", "NOUN", "ADP"]
    pos += ["DET", "NOUN", "NOUN", "PUNCT", "PUNCT"]
    lemmas = [w.lower() if w != "called" else "call" for w in words]
    (q,) = quotes(hand_doc(words, heads, deps, pos, lemmas=lemmas))
    assert q.speaker_mention.text.replace(" ", "") == "Lopez\u2019scampaign"


def test_name_the_tagger_knows_only_as_a_proper_noun_is_a_subject_speaker():
    # "Pew found that “…”": no entity, no reporting verb; the subject is a proper noun
    words = ["Pew", "found", "that", "\u201c", "twice", "as", "many", "voters", "backed", "the", "levee", "."]
    words += ["\u201d"]
    heads = [1, 1, 8, 8, 6, 6, 7, 8, 1, 10, 8, 1, 1]
    deps = ["nsubj", "ROOT", "mark", "punct", "advmod", "advmod", "amod", "nsubj", "ccomp", "det", "dobj"]
    deps += ["punct", "punct"]
    pos = ["PROPN", "VERB", "SCONJ", "PUNCT", "ADV", "ADV", "ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    pos += ["PUNCT"]
    lemmas = [w.lower() if w != "found" else "find" for w in words]
    (q,) = quotes(hand_doc(words, heads, deps, pos, lemmas=lemmas))
    assert q.speaker_mention.text == "Pew"


def test_apposition_right_before_a_cue_without_subject_is_the_speaker():
    # "With Ruiz, the candidate stated that “…”": the parser hung "candidate" on "Ruiz"
    words = ["With", "Ruiz", ",", "the", "candidate", "stated", "that", "\u201c", "plans", "do", "not", "fit"]
    words += ["our", "town", ".", "\u201d"]
    heads = [5, 0, 1, 4, 1, 5, 11, 11, 11, 11, 11, 5, 13, 11, 5, 5]
    deps = ["prep", "pobj", "punct", "det", "appos", "ROOT", "mark", "punct", "nsubj", "aux", "neg", "ccomp"]
    deps += ["poss", "dobj", "punct", "punct"]
    pos = ["ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "SCONJ", "PUNCT", "NOUN", "AUX", "PART", "VERB"]
    pos += ["PRON", "NOUN", "PUNCT", "PUNCT"]
    lemmas = [w.lower() if w != "stated" else "state" for w in words]
    (q,) = quotes(hand_doc(words, heads, deps, pos, lemmas=lemmas))
    assert q.speaker_mention.text == "the candidate"


def test_cue_after_by_takes_the_subject_of_the_verb_it_explains():
    # "Ruiz will win by calling out Lopez for his “lies”": Ruiz calls them lies
    words = [
        "Ruiz",
        "will",
        "win",
        "by",
        "calling",
        "out",
        "Lopez",
        "for",
        "his",
        "\u201c",
        "lies",
        "\u201d",
        ".",
    ]
    heads = [2, 2, 2, 2, 3, 4, 4, 4, 10, 10, 7, 10, 2]
    deps = ["nsubj", "aux", "ROOT", "prep", "pcomp", "prt", "dobj", "prep", "poss", "punct", "pobj", "punct"]
    deps += ["punct"]
    pos = [
        "PROPN",
        "AUX",
        "VERB",
        "ADP",
        "VERB",
        "ADP",
        "PROPN",
        "ADP",
        "PRON",
        "PUNCT",
        "NOUN",
        "PUNCT",
        "PUNCT",
    ]
    lemmas = [w.lower() if w != "calling" else "call" for w in words]
    (q,) = quotes(hand_doc(words, heads, deps, pos, lemmas=lemmas))
    assert (q.text, q.kind, q.speaker_mention.text) == ("lies", "mixed", "Ruiz")


@pytest.mark.model
def test_cue_after_after_takes_the_subject_of_a_passive_main_verb(parse):
    text = (
        "After saying the water was \u201chigher than anyone on the river could remember,\u201d "
        "Mary Lopez was driven to the county office."
    )
    (q,) = quotes_of(parse, text)
    assert (q.kind, q.speaker_mention.text) == ("mixed", "Mary Lopez")


def test_scare_quote_without_cue_is_not_a_quote():
    words = ["The", "\u201c", "gunmen", "\u201d", "fled", "."]
    heads = [2, 2, 4, 2, 4, 4]
    deps = ["det", "punct", "nsubj", "punct", "ROOT", "punct"]
    pos = ["DET", "PUNCT", "NOUN", "PUNCT", "VERB", "PUNCT"]
    assert quotes(hand_doc(words, heads, deps, pos)) == []


def test_short_fragment_governed_by_cue_is_a_mixed_quote():
    words = ["He", "called", "it", "\u201c", "a", "blank", "check", ".", "\u201d"]
    heads = [1, 1, 6, 6, 6, 6, 1, 1, 1]
    deps = ["nsubj", "ROOT", "nsubj", "punct", "det", "amod", "ccomp", "punct", "punct"]
    pos = ["PRON", "VERB", "PRON", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "PUNCT"]
    lemmas = ["he", "call", "it", "\u201c", "a", "blank", "check", ".", "\u201d"]
    (q,) = quotes(hand_doc(words, heads, deps, pos, lemmas=lemmas))
    assert q.kind == "mixed" and q.cue == "called" and q.speaker == "He"


def test_fragment_a_cue_characterises_something_as_is_a_mixed_quote():
    # Christie described Clinton as a “disgrace” .
    words = ["Christie", "described", "Clinton", "as", "a", "\u201c", "disgrace", "\u201d", "."]
    heads = [1, 1, 1, 1, 6, 6, 3, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "punct", "pobj", "punct", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "DET", "PUNCT", "NOUN", "PUNCT", "PUNCT"]
    lemmas = ["Christie", "describe", "Clinton", "as", "a", "\u201c", "disgrace", "\u201d", "."]
    (q,) = quotes(hand_doc(words, heads, deps, pos, lemmas=lemmas))
    assert q.kind == "mixed" and q.cue == "described" and q.speaker == "Christie"


def test_fragment_a_subjectless_cue_characterises_takes_the_controlling_subject():
    # Lopez spoke , calling out Becker for his “ lies ” .
    words = ["Lopez", "spoke", ",", "calling", "out", "Becker", "for", "his", "\u201c", "lies", "\u201d", "."]
    heads = [1, 1, 1, 1, 3, 3, 3, 9, 9, 6, 9, 1]
    deps = [
        "nsubj",
        "ROOT",
        "punct",
        "advcl",
        "prt",
        "dobj",
        "prep",
        "poss",
        "punct",
        "pobj",
        "punct",
        "punct",
    ]
    pos = ["PROPN", "VERB", "PUNCT", "VERB", "ADP", "PROPN", "ADP", "PRON", "PUNCT", "NOUN", "PUNCT", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[3] = "call"
    ents = ["B-PERSON"] + ["O"] * 4 + ["B-PERSON"] + ["O"] * 6
    (q,) = quotes(hand_doc(words, heads, deps, pos, ents=ents, lemmas=lemmas))
    assert q.kind == "mixed" and q.cue == "calling" and q.speaker == "Lopez"


def test_label_after_a_preposition_without_a_cue_is_not_a_quote():
    # People suspected of “collaborating” fled .
    words = ["People", "suspected", "of", "\u201c", "collaborating", "\u201d", "fled", "."]
    heads = [6, 0, 1, 4, 2, 4, 6, 6]
    deps = ["nsubj", "acl", "prep", "punct", "pcomp", "punct", "ROOT", "punct"]
    pos = ["NOUN", "VERB", "ADP", "PUNCT", "VERB", "PUNCT", "VERB", "PUNCT"]
    assert quotes(hand_doc(words, heads, deps, pos)) == []


def test_place_before_a_participle_cue_is_not_its_speaker():
    # Ruiz dropped leaflets over Riverside urging people to “ stay away . ”
    words = ["Ruiz", "dropped", "leaflets", "over", "Riverside", "urging", "people", "to", "\u201c", "stay"]
    words += ["away", ".", "\u201d"]
    heads = [1, 1, 1, 2, 3, 2, 5, 9, 9, 5, 9, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "acl", "dobj", "aux", "punct", "xcomp", "advmod"]
    deps += ["punct", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "VERB", "NOUN", "PART", "PUNCT", "VERB", "ADV"]
    pos += ["PUNCT", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[5] = "urge"
    ents = ["B-PERSON"] + ["O"] * 3 + ["B-GPE"] + ["O"] * 8
    doc = hand_doc(words, heads, deps, pos, ents=ents, lemmas=lemmas)
    doc[5].tag_ = "VBG"
    (q,) = quotes(doc)
    assert q.speaker_mention.text == "Ruiz"  # the sentence's subject, not the place


@pytest.mark.model
def test_sample_article_speakers(parse):
    with open("data/articles/gaza-ceasefire-2012.txt", encoding="utf-8") as f:
        text = f.read()
    from newscli.pipeline import analyze_doc

    article, doc = parse(text)
    result = analyze_doc(doc, article, ["quotes"])
    by_text = {q.text[:20]: q for q in result.quotes}
    assert by_text["whatever is necessar"].speaker == "Binyamin Netanyahu"
    assert by_text["The rocket attacks f"].speaker == "Hillary Clinton"
    assert by_text["rock solid and unwav"].speaker == "Hillary Clinton"
    assert by_text["As a regional leader"].speaker == "Hillary Clinton"  # no cue: inherits
    assert by_text["But if not, I am sur"].speaker == "Binyamin Netanyahu"  # no cue: inherits
    texts = " ".join(q.text for q in result.quotes)
    for scare in ("gunmen", "collaborating", "military wing"):
        assert all(q.text != scare for q in result.quotes), scare
    assert "de-escalation" in texts
    for q in result.quotes:
        assert text[q.start : q.end].strip('\u201c\u201d"').startswith(q.text[:10].strip())
        if q.speaker_mention:
            m = q.speaker_mention
            assert text[m.start : m.end] == m.text


@pytest.mark.model
def test_pronoun_resolves_to_latest_person_in_paragraph(parse):
    text = (
        "Mayor Ana Ruiz praised the plan on Monday.\n\n"
        "Council member Tom Becker, one of the two votes against, said the cost was too high. "
        "\u201cWe are borrowing against our future,\u201d he said."
    )
    article, doc = parse(text)
    from newscli.pipeline import analyze_doc

    (q,) = analyze_doc(doc, article, ["quotes"]).quotes
    assert q.speaker == "Tom Becker"
    assert q.speaker_mention.text == "he"


@pytest.mark.model
def test_pronoun_about_someone_else_does_not_give_the_speaker_a_gender(parse):
    text = (
        "Senator Maria Lopez questioned Harbor Bank chief executive Tom Becker on Tuesday.\n\n"
        "\u201cYou should resign,\u201d Lopez told Becker, after he admitted that no one had been fired.\n\n"
        "\u201cThis just is not right,\u201d she said."
    )
    first, second = quotes_of(parse, text)
    assert first.speaker == second.speaker == "Maria Lopez"


@pytest.mark.model
def test_short_term_deep_in_a_reported_clause_is_a_mixed_quote(parse):
    text = (
        "Becker said the two towns had reached some sort of \u201cuneasy truce\u201d over the water.\n\n"
        "Lopez said on \u201cMorning Report\u201d that the levee would hold."
    )
    (q,) = quotes_of(parse, text)
    assert (q.text, q.kind, q.speaker) == ("uneasy truce", "mixed", "Becker")


@pytest.mark.model
def test_short_term_in_a_sentence_attributed_with_according_to_is_a_mixed_quote(parse):
    text = "According to Tom Becker, the move to close the bridge reeks of \u201cpanic\u201d and haste."
    (q,) = quotes_of(parse, text)
    assert (q.text, q.speaker, q.cue) == ("panic", "Tom Becker", "according to")


@pytest.mark.model
def test_quoted_modifier_of_a_noun_in_a_reported_clause_is_a_mixed_quote(parse):
    text = 'Okafor said, arguing that she will bring a "hands-on" style to the school board.'
    (q,) = quotes_of(parse, text)
    assert (q.text, q.kind, q.speaker) == ("hands-on", "mixed", "Okafor")


@pytest.mark.model
def test_words_a_person_uses_for_someone_after_as_are_a_mixed_quote(parse):
    text = (
        "Becker openly admires the mayor as a \u201csteady hand,\u201d comparing her to her predecessor.\n\n"
        "Lopez backed the levee plan as part of a \u201cgrand bargain\u201d with the county."
    )
    (q,) = quotes_of(parse, text)
    assert (q.text, q.kind, q.speaker) == ("steady hand,", "mixed", "Becker")


@pytest.mark.model
def test_pronoun_inside_a_named_speakers_report_gives_way_to_the_name(parse):
    text = (
        "Tom Becker told the board that he would welcome \u201cevery single cut\u201d to the levee fund.\n\n"
        "The budget works, Mary Lopez says, but she cautions that \u201cnobody has checked the numbers.\u201d"
    )
    first, second = quotes_of(parse, text)
    assert (first.speaker, first.speaker_mention.text) == ("Tom Becker", "Tom Becker")
    assert (second.speaker, second.speaker_mention.text) == ("Mary Lopez", "she")


@pytest.mark.model
def test_quote_with_its_own_cue_after_it_is_not_joined_to_the_one_before(parse):
    text = (
        "\u201cWhat I love about this is that we are like a bridge,\u201d Becker said. \u201cWell you were "
        "for Lopez and I was for Ruiz so we are like a bridge over troubled\u2026\u201d he said, not "
        "finishing his joke."
    )
    first, second = quotes_of(parse, text)
    assert first.speaker_mention.text == "Becker"
    assert second.speaker_mention.text == "he" and len(second.segments) == 1


@pytest.mark.model
def test_quote_opening_a_sentence_with_its_own_cue_later_is_not_joined_to_the_one_before(parse):
    text = (
        "\u201cThis is not right,\u201d Tom Becker said. \u201cYou squeezed the renters to the breaking "
        "point\u201d to pay for the new levee, he said."
    )
    first, second = quotes_of(parse, text)
    assert first.speaker_mention.text == "Tom Becker"
    assert second.speaker_mention.text == "he" and len(second.segments) == 1


@pytest.mark.model
def test_as_someone_put_it_names_the_speaker_of_the_words_before_it(parse):
    text = (
        "Tom Becker echoes her concerns, in large part because the main test for the levee program "
        "is a \u201clawful source of family income,\u201d as a county memo put it."
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker_mention.text == "a county memo"


@pytest.mark.model
def test_cue_in_a_long_sentence_right_after_an_exclamation_takes_the_quote(parse):
    # the parser ends the sentence at "!”"; the next one, long as it is, only attributes it
    text = (
        "The county fair opened on Friday. \u201cThis is a big night for our county!\u201d Becker\u2019s "
        "niece, state Del. Maria \u201cMia\u201d Lopez (D-Riverside), shouted to the crowd."
    )
    (q,) = quotes_of(parse, text)
    assert q.cue == "shouted" and "niece" in q.speaker_mention.text


@pytest.mark.model
def test_a_report_finding_something_is_its_speaker_but_police_finding_something_is_not(parse):
    text = (
        "A county audit released last year found that the levee fund could not account for "
        "\u201cthe repairs, the fees or the new pumps.\u201d"
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker_mention.text == "A county audit"
    assert quotes_of(parse, "Police found \u201csuspicious material\u201d in the car.") == ()


@pytest.mark.model
def test_words_a_clip_shows_someone_saying_are_theirs(parse):
    text = (
        "The county ad closes with a clip of Becker saying at the hearing last month, \u201cThat "
        "makes me the winner,\u201d when Lopez asked about the levee."
    )
    (q,) = quotes_of(parse, text)
    assert (q.cue, q.speaker_mention.text) == ("saying", "Becker")


@pytest.mark.model
def test_quote_opening_a_sentence_after_a_no_break_space_floats_to_the_speaker(parse):
    text = (
        "\u201cThe levee will hold,\u201d Becker said.\n\nHe pointed to the new pumps at the hearing."
        "\u00a0\u201cWe built it for the flood of a century\u201d and then some."
    )
    _, second = quotes_of(parse, text)
    assert second.speaker == "Becker"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The fans grew so angry, and booed so loudly, that I had to stop the press conference: "
            '"We will talk again when everyone has calmed down."',
            "I",
        ),
        (
            'A note in the county report makes this plain: "These figures do not cover the pumps bought in 2019."',
            "A note",
        ),
    ],
)
def test_colon_introduction_is_spoken_by_the_clause_right_before_the_colon(parse, text, speaker):
    (q,) = quotes_of(parse, text)
    assert q.speaker_mention.text == speaker


@pytest.mark.model
def test_name_alone_before_a_colon_labels_the_quote(parse):
    text = (
        "Farmers agree on the levee - Maria Lopez: \u201cWe were lucky this time, and the pumps held.\u201d"
        "\n\nMost of them voted for the plan.\n\nStated Becker:\n\n\u201cThe board is wrong about the cost.\u201d"
    )
    first, second = quotes_of(parse, text)
    assert first.speaker_mention.text == "Maria Lopez"
    assert second.speaker_mention.text == "Becker"


@pytest.mark.model
def test_quoted_subject_of_a_that_clause_a_cue_reports_is_a_mixed_quote(parse):
    text = "Mary Lopez said at the hearing in Riverside that \u201ca leak\u201d had opened in the levee."
    (q,) = quotes_of(parse, text)
    assert (q.kind, q.text, q.speaker) == ("mixed", "a leak", "Mary Lopez")
    assert quotes_of(parse, "Police said \u201cgunmen\u201d shot at the county office.") == ()
    assert quotes_of(parse, "The agency reported that \u201cgunmen\u201d in the town shot two people.") == ()


@pytest.mark.model
def test_a_dash_label_may_name_two_people(parse):
    text = (
        "Turnout was low.\nFARMERS CARE ABOUT THE LEVEE - Maria Lopez and Tom Becker: \u201cWe found that the "
        "pumps matter more than the wall.\u201d\n\nThe council met again."
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker_mention.text == "Maria Lopez and Tom Becker"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The fair moved to Riverside because, in Becker\u2019s words, \u201cthe town has the best "
            "farmers in the valley.\u201d",
            "Becker",
        ),
        (
            "The levee failed again. In the words of one engineer, \u201cit was a disaster waiting to happen.\u201d",
            "one engineer",
        ),
    ],
)
def test_in_someones_words_names_the_speaker(parse, text, speaker):
    (q,) = quotes_of(parse, text)
    assert q.speaker_mention.text == speaker


@pytest.mark.model
def test_a_described_speaker_the_parser_left_without_a_subject(parse):
    (q,) = quotes_of(parse, "\u201cWe need a new levee,\u201d the 34-year-old said.")
    assert q.speaker_mention.text == "the 34-year-old"
    # with a person before it, the age stands for them as a pronoun would
    text = "Maria Lopez lost her farm in the flood. \u201cWe need a new levee,\u201d the 34-year-old said."
    (q,) = quotes_of(parse, text)
    assert (q.speaker_mention.text, q.speaker) == ("the 34-year-old", "Maria Lopez")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, speaker",
    [
        # the title of the person in focus names them
        (
            "Sen. Maria Lopez toured the levee on Monday. \u201cWe need new pumps,\u201d the senator said.",
            "Maria Lopez",
        ),
        ("Gov. Tom Becker toured the levee. \u201cIt will hold,\u201d the governor said.", "Tom Becker"),
        # a title they do not hold, or a description the title alone cannot settle, stays as written
        (
            "President Tom Becker met farmers. \u201cWe will rebuild,\u201d the former president said.",
            "the former president",
        ),
        (
            "Sen. Maria Lopez toured the levee. \u201cWe need new pumps,\u201d the Riverside senator said.",
            "the Riverside senator",
        ),
    ],
)
def test_a_title_standing_for_a_person_names_them(parse, text, speaker):
    (q,) = quotes_of(parse, text)
    assert q.speaker == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    "text, speaker",
    [
        # a role the story's person holds stands for the one person named just before
        (
            "A jury found Owen Tate, 52, guilty of arson. \u201cI never lit that fire,\u201d the defendant said.",
            "Owen Tate",
        ),
        (
            "Police stopped Lena Fry near the bridge at midnight. "
            "\u201cI had only one drink,\u201d the driver told officers.",
            "Lena Fry",
        ),
        # a person with a title of their own is named by it, not by the role
        (
            "Judge Carl Wendt read the verdict aloud. \u201cThis is not over,\u201d the defendant said.",
            "the defendant",
        ),
        # two persons named there: the role alone cannot tell which
        (
            "Owen Tate and Rosa Lind were charged with arson. \u201cI never lit that fire,\u201d the defendant said.",
            "the defendant",
        ),
        # a relation is someone else's ("the mother" of the person named), never the person
        (
            "Owen Tate, 9, was found safe on Sunday. \u201cWe are so relieved,\u201d the mother said.",
            "the mother",
        ),
    ],
)
def test_a_role_standing_for_the_person_just_named(parse, text, speaker):
    (q,) = quotes_of(parse, text)
    assert q.speaker == speaker


@pytest.mark.model
def test_a_transcript_turn_is_spoken_by_its_label_in_normal_case(parse):
    text = (
        "The pool will close in June. Councillor Meg Hart, who chairs the leisure board, joined us.\n\n"
        "PRESENTER: Why close the pool?\n\n"
        "COUNCILLOR MEG HART: The roof leaks and the boiler is forty years old.\n\n"
        "PRESENTER: Will it reopen?\n\n"
        "HART: Not before next spring.\n\n"
        "SEN. TOM REED: It should never have closed."
    )
    found = [(q.speaker, q.speaker_mention.text, q.kind) for q in quotes_of(parse, text)]
    assert found == [
        ("Presenter", "PRESENTER", "direct"),
        ("Meg Hart", "COUNCILLOR MEG HART", "direct"),
        ("Presenter", "PRESENTER", "direct"),
        ("Meg Hart", "HART", "direct"),
        ("Tom Reed", "SEN. TOM REED", "direct"),
    ]


@pytest.mark.model
def test_an_acronym_that_speaks_is_no_label(parse):
    (q,) = quotes_of(parse, "\u201cThe alliance is united,\u201d NATO said on Monday.")
    assert q.speaker == "NATO"


@pytest.mark.model
def test_a_role_is_not_a_person_who_has_already_spoken(parse):
    text = (
        "\u201cThe evidence is weak,\u201d said Mark Ebbs. Officers arrested Mark Ebbs later. "
        "\u201cHe ran,\u201d the witness said."
    )
    assert [q.speaker for q in quotes_of(parse, text)] == ["Mark Ebbs", "the witness"]


@pytest.mark.model
def test_short_fragment_in_a_sentence_opened_by_according_to_is_the_sources(parse):
    # the parser reads "reeks" as a noun beside the source: no path from "fear" reaches the cue
    text = (
        "According to longtime county clerk Tom Becker, the vote reeks of \u201cfear\u201d and little else."
    )
    (q,) = quotes_of(parse, text)
    assert (q.text, q.kind, q.cue, q.speaker) == ("fear", "mixed", "according to", "Tom Becker")


@pytest.mark.model
def test_quoted_words_naming_an_according_to_source_are_not_its_words(parse):
    text = "According to her \u201cclawback\u201d plan, firms that move abroad repay their tax breaks."
    assert quotes_of(parse, text) == ()


@pytest.mark.model
@pytest.mark.parametrize(
    "text, mention",
    [
        (
            "Becker released a letter from his doctor on Friday that says he is in \u201cextraordinarily "
            "good health\u201d for his age.",
            "Becker",
        ),
        (
            "The council voted 6-1 for a resolution which said the town \u201crejects every form of hate "
            "speech from candidates.\u201d",
            "The council",
        ),
        (
            "The council passed a resolution which says the town \u201cwelcomes every family.\u201d",
            "The council",
        ),
        # a thing handed out is not published: the words are the thing's
        (
            "They handed out water bottles that said, \u201cThe county welcomes you to the games.\u201d",
            "that",
        ),
        (
            "They passed out water bottles that said, \u201cThe county welcomes you to the games.\u201d",
            "that",
        ),
    ],
)
def test_document_that_speaks_is_its_publishers(parse, text, mention):
    (q,) = quotes_of(parse, text)
    assert q.speaker_mention.text == mention


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Conversely, FactWatch rated 22% of Democratic claims as \u201centirely true\u201d compared to 11% "
            "of Republican claims.",
            ("entirely true", "FactWatch"),
        ),
        (
            'It was a payment Okafor flagged as "deeply odd" in a memo to the school board.',
            ("deeply odd", "Okafor"),
        ),
    ],
)
def test_fragment_right_after_as_is_the_words_of_who_calls_it_that(parse, text, expected):
    (q,) = quotes_of(parse, text)
    assert (q.text, q.speaker_mention.text) == expected


@pytest.mark.model
def test_report_inside_a_report_is_the_outer_speakers(parse):
    text = (
        "Mary Lopez said the levee plan should reiterate the county\u2019s support for "
        "\u201cevery family on the river.\u201d\n\n"
        "Tom Becker, the council chair, said Lopez called on members to be \u201cclosely coordinated\u201d "
        "this spring."
    )
    first, second = quotes_of(parse, text)
    assert first.speaker_mention.text == "Mary Lopez"
    assert second.speaker_mention.text == "Tom Becker"


@pytest.mark.model
def test_report_of_its_own_inside_a_sentence_keeps_its_speaker(parse):
    text = (
        "Becker said late Wednesday that he would attend the hearing, although he wrote that he "
        "\u201crejects the plan of the mayor.\u201d\n\n"
        "\u201cWe are ready,\u201d said Tom Becker, who said there are \u201cno secrets in politics\u201d at all."
    )
    first, _, third = quotes_of(parse, text)
    assert first.speaker_mention.text == "he"
    assert (third.speaker, third.speaker_mention.text) == ("Tom Becker", "who")


@pytest.mark.model
def test_report_joined_by_and_to_a_reported_clause_keeps_its_own_speaker(parse):
    # the parser hangs "answered" on the clause Ruiz reports; it is the treasurer's answer
    text = (
        "Ana Ruiz said tenants would not get a refund under the new scheme, and when asked why the "
        "scheme ignores tenants, the 47-year-old treasurer answered, \u201cIt is built to reward the "
        "owners who have paid rates the longest.\u201d"
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker_mention.text == "the 47-year-old treasurer"


@pytest.mark.model
def test_programme_a_speaker_tells_is_not_a_quote(parse):
    text = "Becker told WKRC\u2019s \u201cMorning Report\u201d on Friday that the levee would hold."
    assert quotes_of(parse, text) == ()


def quotes_of(parse, text):
    from newscli.pipeline import analyze_doc

    article, doc = parse(text, title="Test")
    return analyze_doc(doc, article, ["quotes"]).quotes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        (
            "The plan is \u201ca waste of money that helps nobody,\u201d according to Senator Maria Lopez.",
            "Maria Lopez",
            "according to",
        ),
        (
            "Senator Maria Lopez said: \u201cThe plan is a waste of money that helps nobody.\u201d",
            "Maria Lopez",
            "said",
        ),
        (
            "\u201cThe plan is a waste of money that helps nobody,\u201d said Maria Lopez, who chairs the "
            "budget committee.",
            "Maria Lopez",
            "said",
        ),
        (
            "Maria Lopez was quoted as saying \u201cthe plan is a waste of money that helps nobody.\u201d",
            "Maria Lopez",
            "quoted",
        ),
        (
            "The department said in a statement that it \u201cwill review every contract this year.\u201d",
            "department",
            "said",
        ),
        (  # a quote right after a sentence that is itself attributed, in the same paragraph
            "The vote was delayed for a month, Tom Becker said on Monday.\n\n"
            "The council may wait until spring, Senator Maria Lopez said. \u201cWaiting costs us more "
            "every month, and the families on the river know it.\u201d",
            "Maria Lopez",
            "said",
        ),
        (
            "Senator Maria Lopez fired back that the \u201cpeople of the valley voted for me twice.\u201d",
            "Maria Lopez",
            "fired",
        ),
        (
            "Tom Becker, the council member, elaborated: \u201cWe cannot pay for a wall and a levee.\u201d",
            "Tom Becker",
            "elaborated",
        ),
        (
            "Her former partner, Tom Becker, likened the plan to \u201cbailing out a boat with a fork.\u201d",
            "Tom Becker",
            "likened",
        ),
    ],
)
def test_cues_and_speakers(parse, text, speaker, cue):
    (q,) = quotes_of(parse, text)
    assert speaker in q.speaker and q.cue == cue
    assert text[q.speaker_mention.start : q.speaker_mention.end] == q.speaker_mention.text


@pytest.mark.model
def test_quotes_separated_by_a_sentence_after_the_attribution_stay_apart(parse):
    text = (
        "\u201cThe levee will hold,\u201d Becker said. His verdict on the board: "
        "\u201cIt is not quite ready,\u201d he said. \u201cWe are hopeful.\u201d"
    )
    found = quotes_of(parse, text)
    assert [q.text for q in found] == ["The levee will hold,", "It is not quite ready, We are hopeful."]
    assert found[1].speaker_mention.text == "he"


@pytest.mark.model
def test_a_quote_with_its_own_attribution_after_another_is_a_quote_of_its_own(parse):
    text = "\u201cThe levee will hold,\u201d Becker said. \u201cThe board is wrong,\u201d he added."
    assert [q.text for q in quotes_of(parse, text)] == ["The levee will hold,", "The board is wrong,"]


@pytest.mark.model
def test_a_negated_cue_before_a_quote_does_not_attribute_it(parse):
    text = (
        "\u201cWe have had floods before,\u201d Tom Becker said after the meeting. "
        "He did not suggest a new levee. \u201cOur goal is to keep the town dry.\u201d"
    )
    assert [(q.speaker, q.speaker_mention.text) for q in quotes_of(parse, text)] == [
        ("Tom Becker", "Tom Becker"),
        ("Tom Becker", "Tom Becker"),
    ]


@pytest.mark.model
def test_a_quote_after_a_sentence_about_a_person_is_that_persons(parse):
    text = (
        "\u201cThe budget is fine,\u201d Tom Becker said.\n\n"
        "On Sunday, Maria Lopez toured the old levee with engineers from the county. "
        "\u201cThe levee is too old for these storms.\u201d"
    )
    assert [q.speaker for q in quotes_of(parse, text)] == ["Tom Becker", "Maria Lopez"]


@pytest.mark.model
def test_a_transcript_turn_is_spoken_by_its_label(parse):
    text = '"LOPEZ: Will the levee hold this winter?\n\n"BECKER: It will hold, and it was built to last.'
    assert [q.speaker_mention.text for q in quotes_of(parse, text)] == ["LOPEZ", "BECKER"]


@pytest.mark.model
def test_a_statement_saying_is_spoken_by_whoever_issued_it(parse):
    text = (
        "On Saturday, Mayor Ana Ruiz issued a statement saying the levee was "
        "\u201cthe best investment this town has made in a generation.\u201d\n\n"
        "Residents saw a county truck carrying a banner saying \u201cthe levee is ours\u201d down Main Street."
    )
    first, second = quotes_of(parse, text)
    assert first.speaker == "Ana Ruiz"
    assert second.speaker != "Residents"


@pytest.mark.model
def test_a_report_according_to_someone_is_theirs(parse):
    # PolNeAR's convention, which the yardstick follows: the outer source of a nested report
    text = "\u201cThe levee will hold,\u201d Becker said at the meeting, according to the Valley Herald."
    (q,) = quotes_of(parse, text)
    assert (q.speaker_mention.text, q.cue) == ("the Valley Herald", "according to")


@pytest.mark.model
def test_a_quote_a_publication_reports_after_the_fact_is_the_publications(parse):
    text = (
        "\u201cThis budget just says you are no longer welcome,\u201d said Maria Lopez, executive "
        "director of Friends of the Levee, reports USA Today."
    )
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.cue) == ("USA Today", "reports")


@pytest.mark.model
def test_dash_attribution(parse):
    text = "Mayor Ana Ruiz spoke on Monday.\n\n\u201cWe will rebuild every house on this river.\u201d \u2014 Ana Ruiz"
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Ana Ruiz"


@pytest.mark.model
def test_relative_pronoun_speaker_is_its_antecedent(parse):
    text = (
        "It was Maria Lopez who said \u201cthe plan is a waste of money that helps nobody\u201d "
        "at the hearing."
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Maria Lopez"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "BERLIN (AP) \u2014 Maria Lopez said on Tuesday she would oppose the \u201creckless\u201d levee plan.",
        "BERLIN (AP) \u2014 Council member Maria Lopez said on Tuesday she would oppose the "
        "\u201creckless\u201d levee plan.",
    ],
)
def test_dateline_parsed_as_the_subject_gives_way_to_the_name_after_it(parse, text):
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.speaker_mention.text) == ("Maria Lopez", "Maria Lopez")


@pytest.mark.model
def test_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker(parse):
    text = (
        "The plan drew fire from Senator Maria Lopez, who called it "
        "\u201ca waste of money that helps nobody.\u201d"
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Maria Lopez"
    assert q.speaker_mention.text == "who"
    assert text[q.speaker_mention.start : q.speaker_mention.end] == "who"


@pytest.mark.model
def test_colon_introduction_names_the_subject_before_the_colon(parse):
    text = (
        "\u201cWe need to build more homes,\u201d Becker said in an interview. In a later interview, "
        "Lopez went even further: \u201cIf the plan fails, it is the end of the river towns.\u201d"
    )
    first, second = quotes_of(parse, text)
    assert first.speaker == "Becker"
    assert second.speaker == "Lopez" and text.index("Lopez went") == second.speaker_mention.start


@pytest.mark.model
def test_speaker_reporting_their_own_words_is_named_where_the_report_begins(parse):
    text = (
        "He says he respects Lopez and calls her "
        "\u201can extremely capable mayor with a whole lot of experience.\u201d"
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker_mention.text == "He" and q.speaker_mention.start == 0


@pytest.mark.model
def test_dateline_is_never_the_speaker(parse):
    text = (
        "WASHINGTON (AP) \u2014 Senator Maria Lopez said on Tuesday that the plan was "
        "\u201ca waste of money that helps nobody.\u201d"
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Maria Lopez"


@pytest.mark.model
def test_titles_of_programmes_are_not_quotes(parse):
    text = (
        "Lopez appeared on \u201cFace the Nation\u201d on Sunday and on \u201cMorning Joe\u201d "
        "on Monday to discuss the budget."
    )
    assert quotes_of(parse, text) == ()


@pytest.mark.model
def test_title_case_words_a_cue_characterises_are_a_quote(parse):
    text = (
        "Twenty years ago, Senator Maria Lopez hailed the mayor as \u201cThe Comeback Kid\u201d for his work."
    )
    (q,) = quotes_of(parse, text)
    assert q.kind == "mixed" and q.speaker == "Maria Lopez"


@pytest.mark.model
def test_floating_quote_paragraph_takes_the_adjacent_speaker(parse):
    text = (
        "\u201cWe cannot keep asking people to sandbag their homes,\u201d Mayor Ana Ruiz said.\n\n"
        "\u201cThis wall protects the people who need it most.\u201d"
    )
    first, second = quotes_of(parse, text)
    assert first.speaker == second.speaker == "Ana Ruiz"
    assert second.speaker_mention == first.speaker_mention


def test_quote_left_open_after_an_attribution_ends_with_its_paragraph():
    text = (
        "\u201cFirst,\u201d Moore said. \u201cThis one is never closed.\n\n"
        "\u201cA new quote,\u201d added Jim Clyburn."
    )
    found = found_texts(text)
    assert found[-1] == ["\u201cA new quote,\u201d"]
    assert len(found) == 3


def test_quote_opened_after_a_colon_goes_on_in_the_next_paragraph():
    text = "She said: \u201cThe first part.\n\n\u201cThe second part.\u201d"
    assert len(found_texts(text)) == 1


@pytest.mark.model
def test_it_resolves_to_the_organisation_that_was_the_subject(parse):
    text = (
        "The Federal Emergency Management Agency reviewed the flood plan on Monday. "
        "It said the wall was \u201cthe best protection the town can afford.\u201d"
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Federal Emergency Management Agency"
    assert q.speaker_mention.text == "It"


def test_paragraph_opened_with_a_closing_curly_mark_is_still_a_quote():
    text = "Readers wrote in.\n\n\u201dFear. I am truly afraid of what comes next.\u201d \u2015 Ana Ruiz"
    assert found_texts(text) == [["\u201dFear. I am truly afraid of what comes next.\u201d"]]
    text = "He went on.\n\n\u201d \u2026 what I learned is this,\u201d he said."
    assert found_texts(text) == [["\u201d \u2026 what I learned is this,\u201d"]]


def test_opening_curly_mark_ending_a_paragraph_closes_the_quote():
    text = "He said:\n\n\u201cThe rate is 33 percent.\u201c\n\nThen they checked."
    assert found_texts(text) == [["\u201cThe rate is 33 percent.\u201c"]]


@pytest.mark.model
def test_reporting_noun_with_an_owner_names_the_speaker(parse):
    text = (
        "The fact-checkers examined Maria Lopez\u2019s claim that the city had lost "
        "\u201cthousands of jobs in a single year.\u201d"
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Maria Lopez" and q.cue == "claim"


@pytest.mark.model
def test_mixed_quote_without_a_speech_verb_takes_the_sentence_subject(parse):
    # No speech verb: the subject is the speaker, and the verb taking a side on the quoted
    # words is the cue (tests/test_stance_cue.py).
    text = "Senator Maria Lopez arrived on Tuesday to promote a \u201cnew deal for the valley.\u201d"
    (q,) = quotes_of(parse, text)
    assert q.kind == "mixed" and q.speaker == "Maria Lopez" and q.cue == "promote"


@pytest.mark.model
def test_pronoun_in_what_he_called_takes_the_subject_mention(parse):
    text = (
        "Hillary Clinton spoke in Ohio. Clinton later condemned what she called a "
        "\u201creckless and costly breach\u201d of the rules."
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Hillary Clinton"
    assert q.speaker_mention.text == "Clinton"


@pytest.mark.model
def test_pronoun_in_a_relative_clause_of_its_own_keeps_its_mention(parse):
    text = "Tom Becker met with the county engineer, whom he described as \u201ctireless,\u201d at the levee."
    (q,) = quotes_of(parse, text)
    assert (q.speaker, q.speaker_mention.text) == ("Tom Becker", "he")


@pytest.mark.model
def test_a_quoted_show_title_is_not_the_speaker_and_a_name_precedes_its_apposition(parse):
    text = (
        "\u201cThe council has lost touch with the farms,\u201d Becker, a longtime grower, said Thursday "
        "on Valley Radio\u2019s \u201cMorning Harvest.\u201d"
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker_mention.text == "Becker"


@pytest.mark.model
def test_inverted_cue_before_a_colon_names_the_speaker(parse):
    text = "The vote was close. Said Jimenez: \u201cWe will try again next spring.\u201d"
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Jimenez" and q.speaker_mention.text == "Jimenez"


@pytest.mark.model
def test_participle_cue_speaks_for_the_person_before_it(parse):
    text = "The ad shows footage of Maria Lopez asking, \u201cWhy did the county cut the water?\u201d"
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Maria Lopez"


@pytest.mark.model
def test_it_under_a_reporting_verb_gives_way_to_the_reporter(parse):
    text = (
        "Maria Lopez criticised the ruling. She says it underscores that the board is "
        "\u201ctotally out of touch with growers.\u201d"
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker == "Maria Lopez" and q.speaker_mention.text == "She"


@pytest.mark.model
def test_a_verb_misparsed_as_a_modifier_of_the_name_still_cues(parse):
    text = (
        "Paul Ferris, the director of polling at the University of Kent, compared Baxter to a boxer "
        'in a title fight who is "playing for time" in hopes that "the judges will score it" his way.'
    )
    found = quotes_of(parse, text)
    assert [q.speaker for q in found] == ["Paul Ferris", "Paul Ferris"]


@pytest.mark.model
def test_a_cue_without_a_parsed_subject_takes_the_name_just_before_it(parse):
    text = (
        'When the floods came back for a second year, Lopez and Becker call them "ordinary weather" '
        "and describe the damage as bad luck."
    )
    (q,) = quotes_of(parse, text)
    assert q.speaker in ("Becker", "Lopez")
