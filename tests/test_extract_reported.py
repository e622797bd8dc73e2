"""Reported speech: attributions without quotation marks, with their cue and source."""

import pytest
import spacy
from spacy.tokens import Doc

from newscli.extract.quotes import quotes
from newscli.extract.quotes.reported import cue_classes, reports


def indirect_of(parse, text):
    from newscli.pipeline import analyze_doc

    article, doc = parse(text, title="Test")
    found = analyze_doc(doc, article, ["quotes"], indirect=True).quotes
    return [q for q in found if q.kind == "indirect"], [q for q in found if q.kind != "indirect"], text


def only(parse, text):
    reported, _, text = indirect_of(parse, text)
    assert len(reported) == 1, [q.text for q in reported]
    return reported[0], text


# --- rules on hand-built Docs (no model) ---------------------------------------------------


def hand_doc(words, heads, deps, pos, lemmas):
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas,
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def test_clause_after_said_that_is_the_content_without_that():
    words = ["Becker", "said", "that", "the", "ferry", "would", "stop", "."]
    heads = [1, 1, 6, 4, 6, 6, 1, 1]
    deps = ["nsubj", "ROOT", "mark", "det", "nsubj", "aux", "ccomp", "punct"]
    pos = ["PROPN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    lemmas = ["Becker", "say", "that", "the", "ferry", "would", "stop", "."]
    doc = hand_doc(words, heads, deps, pos, lemmas)
    (report,) = reports(doc)
    assert doc.text[report.start : report.end] == "the ferry would stop"
    assert report.source.text == "Becker"
    assert report.cue_words.text == "said"


def test_clause_before_the_cue_without_marks_is_reported():
    words = ["The", "ferry", "will", "stop", ",", "Becker", "said", "."]
    heads = [1, 3, 3, 6, 6, 6, 6, 6]
    deps = ["det", "nsubj", "aux", "ccomp", "punct", "nsubj", "ROOT", "punct"]
    pos = ["DET", "NOUN", "AUX", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"]
    lemmas = ["the", "ferry", "will", "stop", ",", "Becker", "say", "."]
    doc = hand_doc(words, heads, deps, pos, lemmas)
    (report,) = reports(doc)
    assert doc.text[report.start : report.end] == "The ferry will stop"
    assert report.source.text == "Becker"


def test_that_said_is_no_report():
    words = ["That", "said", ",", "the", "ferry", "has", "improved", "."]
    heads = [1, 1, 6, 4, 6, 6, 1, 1]
    deps = ["nsubj", "ROOT", "punct", "det", "nsubj", "aux", "ccomp", "punct"]
    pos = ["PRON", "VERB", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    lemmas = ["that", "say", ",", "the", "ferry", "have", "improve", "."]
    assert reports(hand_doc(words, heads, deps, pos, lemmas)) == []


def test_content_inside_a_quotation_is_left_to_the_quotation():
    words = ["Becker", "said", "the", "ferry", "was", "\u201c", "a", "relic", "\u201d", "."]
    heads = [1, 1, 3, 4, 1, 7, 7, 4, 7, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct", "det", "attr", "punct", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "AUX", "PUNCT", "DET", "NOUN", "PUNCT", "PUNCT"]
    lemmas = ["Becker", "say", "the", "ferry", "be", "\u201c", "a", "relic", "\u201d", "."]
    doc = hand_doc(words, heads, deps, pos, lemmas)
    kinds = [q.kind for q in quotes(doc, indirect=True)]
    assert kinds == ["mixed"]


def test_lexicon_classes_cover_claims_beliefs_and_findings():
    classes = cue_classes()
    for lemma in ("argue", "warn", "insist"):
        assert classes[lemma] in ("speech", "addressee")
    assert classes["believe"] == classes["expect"] == "belief"
    assert classes["find"] == classes["show"] == classes["estimate"] == "finding"
    assert classes["call for"] == "stance"
    assert classes["put"] == "quoting"  # "as she put it" reports quoted words only


# --- the forms, on the model -----------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, content, source, cue",
    [
        (
            "Harbour master Ines Calloway said the ferry service would resume on Friday.",
            "the ferry service would resume on Friday",
            "Ines Calloway",
            "said",
        ),
        (
            "The coach told reporters his squad had trained through the storm.",
            "his squad had trained through the storm",
            "The coach",
            "told",
        ),
        (
            "Judge Rowan Pike told the jury that the evidence had been gathered lawfully.",
            "the evidence had been gathered lawfully",
            "Rowan Pike",
            "told",
        ),
        (
            "The quarterly loss was smaller than feared, the chief executive said on Monday.",
            "The quarterly loss was smaller than feared",
            "the chief executive",
            "said",
        ),
        (
            "According to the fire brigade, twelve homes were damaged overnight.",
            "twelve homes were damaged overnight",
            "the fire brigade",
            "According to",
        ),
        (
            "Twelve homes were damaged overnight, according to the fire brigade.",
            "Twelve homes were damaged overnight",
            "the fire brigade",
            "according to",
        ),
        (
            "Economists at the central bank expect inflation to ease by the spring.",
            "inflation to ease by the spring",
            "Economists",
            "expect",
        ),
        (
            "A 2023 audit found that the water board had overspent on consultants.",
            "the water board had overspent on consultants",
            "A 2023 audit",
            "found",
        ),
        (
            "The study showed that night shifts raise the risk of injury.",
            "night shifts raise the risk of injury",
            "The study",
            "showed",
        ),
        (
            "The hospital's spokeswoman said two patients remained in intensive care.",
            "two patients remained in intensive care",
            "The hospital's spokeswoman",
            "said",
        ),
        (
            "In a statement, the mining company said output fell by a tenth.",
            "output fell by a tenth",
            "the mining company",
            "said",
        ),
        (
            "Grower Tomas Ferrante was quoted as saying the harvest had been the worst in decades.",
            "the harvest had been the worst in decades",
            "Tomas Ferrante",
            "saying",
        ),
        (
            "Union leader Dora Quill warned that the strike could spread to other depots.",
            "the strike could spread to other depots",
            "Dora Quill",
            "warned",
        ),
        (
            "Senator Arlo Venn insisted the bill would not raise taxes.",
            "the bill would not raise taxes",
            "Arlo Venn",
            "insisted",
        ),
        (
            "Forecasters estimated that the storm would make landfall before dawn.",
            "the storm would make landfall before dawn",
            "Forecasters",
            "estimated",
        ),
        (
            "The mayor vowed to reopen the library before the end of the year.",
            "to reopen the library before the end of the year",
            "The mayor",
            "vowed",
        ),
    ],
)
def test_reported_speech_forms(parse, text, content, source, cue):
    q, text = only(parse, text)
    assert q.text == content
    assert q.kind == "indirect"
    assert source in q.speaker_mention.text
    assert text[q.speaker_mention.start : q.speaker_mention.end] == q.speaker_mention.text
    assert q.cue == cue
    assert text[q.cue_mention.start : q.cue_mention.end] == q.cue_mention.text == cue
    assert all(text[s.start : s.end] in q.text for s in q.segments)


@pytest.mark.model
def test_report_inside_a_report_belongs_to_the_outer_source(parse):
    q, _ = only(parse, "Coach Lena Duarte said the striker believes the club will sell him in January.")
    assert q.speaker == "Lena Duarte"
    assert q.text.startswith("the striker believes")


@pytest.mark.model
def test_report_inside_a_report_left_to_its_quotation_keeps_the_outer_source(parse):
    # the outer report holds a quotation, so it is the quotation's; the report inside it is
    # still the union's, as the report of its members' wish
    q, _ = only(
        parse, "The union said the offer was \u201can insult\u201d and its members want the talks to resume."
    )
    assert q.text == "the talks to resume"
    assert q.speaker_mention.text == "The union"


@pytest.mark.model
def test_report_in_a_clause_of_circumstance_keeps_its_own_source(parse):
    text = (
        "The union said the offer was \u201can insult\u201d while the manager described the figures as final."
    )
    q, _ = only(parse, text)
    assert q.cue == "described"
    assert q.speaker_mention.text == "the manager"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, content, source",
    [
        (
            "The club, the chairman said, wants to sell the old ground next year.",
            "The club wants to sell the old ground next year",
            "the chairman",
        ),
        (
            "The landlord plans to raise rents in March, according to the tenants' association.",
            "The landlord plans to raise rents in March",
            "the tenants' association",
        ),
    ],
)
def test_report_under_an_aside_or_according_to_is_the_outer_sources(parse, text, content, source):
    # the cue of the clause ("wants", "plans") gives no report of its own
    q, _ = only(parse, text)
    assert q.text == content
    assert q.speaker_mention.text == source


@pytest.mark.model
@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Rents will rise by a fifth, according to a tally by the tenants' association.",
            "the tenants' association",
        ),
        ("Rents will rise by a fifth, according to a speech the mayor gave on Monday.", "the mayor"),
        ("Rents will rise by a fifth, according to the housing minister.", "the housing minister"),
    ],
)
def test_according_to_a_document_names_its_author(parse, text, source):
    q, _ = only(parse, text)
    assert q.text == "Rents will rise by a fifth"
    assert q.speaker_mention.text == source


@pytest.mark.model
@pytest.mark.parametrize(
    "text, content, source",
    [
        (
            "In a Harbour Gazette poll released Sunday, 41 percent of voters backed the new levy.",
            "41 percent of voters backed the new levy",
            "a Harbour Gazette poll",
        ),
        (
            "In a survey of 500 tenants, most said their rent had doubled.",
            "most said their rent had doubled",
            "a survey",
        ),
    ],
)
def test_in_a_poll_reports_the_clause_as_the_polls(parse, text, content, source):
    q, _ = only(parse, text)
    assert (q.text, q.speaker_mention.text, q.cue) == (content, source, "In")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ruiz has led in the polls since March.",
        "Ruiz was mired in single digits in the polls all winter.",
    ],
)
def test_standing_in_the_polls_is_no_report(parse, text):
    reported, _, _ = indirect_of(parse, text)
    assert reported == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text, content, source, cue",
    [
        (
            "As the Gazette reported last week, the council was refusing to pay the contractor.",
            "the council was refusing to pay the contractor",
            "Gazette",
            "reported",
        ),
        (
            "The bridge will not reopen until May, as police have said.",
            "The bridge will not reopen until May",
            "police",
            "said",
        ),
        (
            "As reported by the Harbour Gazette, the mayor agreed to resign in June.",
            "the mayor agreed to resign in June",
            "Harbour Gazette",
            "reported",
        ),
    ],
)
def test_as_clause_reports_the_clause_it_is_hung_on(parse, text, content, source, cue):
    # the clause's own cue ("refusing", "agreed") gives no report of its own
    q, _ = only(parse, text)
    assert (q.text, q.cue) == (content, cue)
    assert source in q.speaker_mention.text


@pytest.mark.model
def test_as_clause_of_time_reports_nothing(parse):
    reported, _, _ = indirect_of(parse, "The lights went out as the crowd applauded.")
    assert reported == []


@pytest.mark.model
def test_reports_in_a_transcript_turn_are_the_labels(parse):
    text = (
        "OKAFOR: I think the bridge will reopen in May.\n\n"
        "BRANDT: I believe the council has no money left for it.\n\n"
        "OKAFOR: Then I expect the work to stop.\n\n"
        "BRANDT: We want the ferry back first."
    )
    reported, _, text = indirect_of(parse, text)
    assert [(q.text, q.speaker_mention.text) for q in reported] == [
        ("the bridge will reopen in May", "OKAFOR"),
        ("the council has no money left for it", "BRANDT"),
        ("the work to stop", "OKAFOR"),
        ("the ferry back first", "BRANDT"),
    ]
    assert all(
        text[q.speaker_mention.start : q.speaker_mention.end] == q.speaker_mention.text for q in reported
    )


@pytest.mark.model
def test_in_a_transcript_a_label_speaking_once_is_a_speaker_too(parse):
    text = (
        "PRESENTER: Is the pool closing?\n\n"
        "MAYOR IDA VOSS: I think it will close in June.\n\n"
        "PRESENTER: Thank you."
    )
    reported, _, _ = indirect_of(parse, text)
    assert ("it will close in June", "Ida Voss") in [(q.text, q.speaker) for q in reported]


@pytest.mark.model
def test_a_label_opening_one_paragraph_is_no_speaker(parse):
    q, _ = only(parse, "CORRECTION: An earlier version said the bridge would reopen in May.")
    assert q.speaker_mention.text == "An earlier version"


@pytest.mark.model
def test_aside_cue_takes_the_clause_around_it(parse):
    q, text = only(parse, "The new stadium, the developer argued, would bring 400 jobs to the district.")
    assert q.speaker_mention.text == "the developer"
    assert [text[s.start : s.end] for s in q.segments] == [
        "The new stadium",
        "would bring 400 jobs to the district",
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The so-called reform package stalled in committee last spring.",
        "That said, the harbour has rarely been busier than this summer.",
        "The merger is expected to close in the second quarter.",
        "Will the council publish the figures before the vote?",
    ],
)
def test_not_reported_speech(parse, text):
    reported, _, _ = indirect_of(parse, text)
    assert reported == []


@pytest.mark.model
def test_mixed_quote_stays_mixed_and_is_not_also_indirect(parse):
    reported, quoted, _ = indirect_of(
        parse,
        "Councillor Nadia Osei said the budget was \u201ca recipe for closures\u201d across the county.",
    )
    assert reported == []
    assert [q.kind for q in quoted] == ["mixed"]


@pytest.mark.model
def test_source_of_reported_speech_is_in_focus_for_later_pronouns(parse):
    text = (
        "\u201cWe cannot wait another year,\u201d Mayor Tom Hale said at the opening of the session.\n\n"
        "The mayor spoke first. Councillor Ada Brisk warned that the levy would hit renters hardest. "
        "\u201cNobody asked them,\u201d she said."
    )
    from newscli.pipeline import analyze_doc

    article, doc = parse(text, title="Test")
    for indirect in (False, True):  # the quotation's speaker does not depend on --indirect
        found = analyze_doc(doc, article, ["quotes"], indirect=indirect).quotes
        last = [q for q in found if q.kind == "direct"][-1]
        assert last.speaker == "Ada Brisk"


@pytest.mark.model
def test_every_quote_has_its_cue_mention(parse):
    _, quoted, text = indirect_of(parse, "\u201cThe roof leaks,\u201d the caretaker said.")
    (q,) = quoted
    assert q.cue_mention is not None
    assert text[q.cue_mention.start : q.cue_mention.end] == "said"
    assert list(q.to_dict()).index("cue_mention") == list(q.to_dict()).index("cue") + 1


@pytest.mark.model
def test_quotation_in_apostrophes_goes_on_after_its_attribution(parse):
    text = "''The bridge is safe,'' the county engineer said. ''We checked every bolt last week.''"
    q, text = only(parse, text)
    assert [text[s.start : s.end] for s in q.segments] == [
        "The bridge is safe",
        "We checked every bolt last week.",
    ]
    assert q.speaker_mention.text == "the county engineer"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, content, source, cue",
    [
        # a study, poll or record "shows" or "finds" a noun phrase; a finder is needed
        (
            "A new survey shows the incumbent with a narrow lead among older voters.",
            "the incumbent with a narrow lead among older voters",
            "A new survey",
            "shows",
        ),
        # the writer's own report is reported speech too (opinion pages, letters)
        (
            "I believe the council has misjudged the cost of the tram extension.",
            "the council has misjudged the cost of the tram extension",
            "I",
            "believe",
        ),
        # "hoping" (the lemmatizer reads "hop") is found by its form
        (
            "The vineyard owners are hoping to sell most of the harvest abroad.",
            "to sell most of the harvest abroad",
            "The vineyard owners",
            "hoping",
        ),
        # a relative clause with a clause of its own reports ("which said that …")
        (
            "The ferry operator, which said the crossing would resume on Friday, cancelled the late boats.",
            "the crossing would resume on Friday",
            "which",
            "said",
        ),
    ],
)
def test_more_reported_speech_forms(parse, text, content, source, cue):
    q, text = only(parse, text)
    assert q.text == content
    assert q.speaker_mention.text == source
    assert q.cue == cue


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # speech verbs whose object is no content: points, a book, a lead
        "The striker added two goals in the second half.",
        "The chef wrote a cookbook about river fish before opening the bistro.",
        "The home side maintained a narrow lead until the final whistle.",
        # a relative clause or participle that describes a person or group reports nothing
        "Rep. Ivo Sand, who backed the tariff last year, toured the docks on Monday.",
        "Groups opposing the quarry held a meeting in the village hall.",
        # "found" a thing, without a study or poll as finder
        "Police found a stolen van near the quay.",
    ],
)
def test_not_reported_speech_noun_phrases(parse, text):
    reported, _, _ = indirect_of(parse, text)
    assert [(q.cue, q.text) for q in reported] == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text, content, source, cue",
    [
        # a stance adjective after a linking verb, with its clause or its phrase
        (
            "The harbour master is confident that the new pier will open by June.",
            "the new pier will open by June",
            "The harbour master",
            "is confident",
        ),
        (
            "Local anglers were critical of the plan to dredge the estuary.",
            "the plan to dredge the estuary",
            "Local anglers",
            "were critical",
        ),
        # a stance noun: "a critic of …"
        (
            "Professor Ines Calder, a longtime critic of the tuition cap, spoke at the hearing.",
            "the tuition cap",
            "Ines Calder",
            "critic",
        ),
        # "see X as Y": what is seen belongs to the view
        (
            "Many growers see the new tariff as a threat to the export trade.",
            "the new tariff as a threat to the export trade",
            "Many growers",
            "see",
        ),
    ],
)
def test_stance_without_a_speech_verb(parse, text, content, source, cue):
    q, text = only(parse, text)
    assert q.text == content
    assert source in q.speaker_mention.text
    assert q.cue == cue
    assert text[q.cue_mention.start : q.cue_mention.end] == cue or q.cue_mention.text.startswith(
        cue.split()[0]
    )


@pytest.mark.model
def test_quotation_in_apostrophes_opens_where_its_marks_open(parse):
    text = "''The ice was thin. Nobody should have been out there,'' the ranger said on Sunday."
    q, text = only(parse, text)
    assert q.text.startswith("The ice was thin.")
    assert q.text.endswith("Nobody should have been out there")
    assert q.speaker_mention.text == "the ranger"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, content, source, cue",
    [
        # verbs of liking and persuading from the lexicon
        (
            "The bakers would like to keep the Sunday market open through the winter.",
            "to keep the Sunday market open through the winter",
            "The bakers",
            "like",
        ),
        (
            "The coach convinced the board that the academy needed a second pitch.",
            "the academy needed a second pitch",
            "The coach",
            "convinced",
        ),
        # "according to" at the end of a sentence is said of all of it
        (
            "Ticket sales rose in the spring, while season passes fell by a third, according to the club's accounts.",
            "Ticket sales rose in the spring, while season passes fell by a third",
            "the club's accounts",
            "according to",
        ),
    ],
)
def test_lexicon_cues_and_whole_sentence_sources(parse, text, content, source, cue):
    q, text = only(parse, text)
    assert q.text == content
    assert source in q.speaker_mention.text
    assert q.cue == cue


@pytest.mark.model
@pytest.mark.parametrize(
    "text, content",
    [
        # an infinitive the parse hangs on the verb belongs to what the object is pushed to do
        (
            "The regulator pushed the banks to publish their fees every quarter.",
            "the banks to publish their fees every quarter",
        ),
        # a verb joined to the cue without a subject of its own goes on with the clause
        (
            "The referee said the pitch was playable, but closed the north stand to spectators.",
            "the pitch was playable, but closed the north stand to spectators",
        ),
    ],
)
def test_content_runs_on_past_the_parse_s_cut(parse, text, content):
    q, text = only(parse, text)
    assert text[q.start : q.end] == content


def test_two_word_clause_with_its_own_subject_is_reported():
    words = ["The", "coach", "said", "injuries", "mounted", "."]
    heads = [1, 2, 2, 4, 2, 2]
    deps = ["det", "nsubj", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["DET", "NOUN", "VERB", "NOUN", "VERB", "PUNCT"]
    lemmas = ["the", "coach", "say", "injury", "mount", "."]
    doc = hand_doc(words, heads, deps, pos, lemmas)
    (report,) = reports(doc)
    assert doc.text[report.start : report.end] == "injuries mounted"
    assert report.source.text == "The coach"


def test_two_words_without_a_subject_of_their_own_are_no_report():
    words = ["Becker", "said", "so", "yesterday", "."]
    heads = [1, 1, 1, 1, 1]
    deps = ["nsubj", "ROOT", "advmod", "npadvmod", "punct"]
    pos = ["PROPN", "VERB", "ADV", "NOUN", "PUNCT"]
    lemmas = ["Becker", "say", "so", "yesterday", "."]
    assert reports(hand_doc(words, heads, deps, pos, lemmas)) == []


def test_source_hung_on_the_clause_as_an_apposition_is_the_source():
    # the parse of a long "S while T, X said on Monday": X as apposition of T's last noun,
    # "said" as a conjunct of S's verb with no subject
    words = "The ferry will stop while crews mend the pier , Harbour Board said on Monday .".split()
    heads = [1, 3, 3, 3, 6, 6, 3, 8, 6, 8, 11, 8, 3, 12, 13, 12]
    deps = ["det", "nsubj", "aux", "ROOT", "mark", "nsubj", "advcl", "det", "dobj", "punct"]
    deps += ["compound", "appos", "conj", "prep", "pobj", "punct"]
    pos = ["DET", "NOUN", "AUX", "VERB", "SCONJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    pos += ["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[12] = "say"
    doc = hand_doc(words, heads, deps, pos, lemmas)
    (report,) = reports(doc)
    assert doc.text[report.start : report.end] == "The ferry will stop while crews mend the pier"
    assert report.source.text == "Harbour Board"
    assert report.cue_words.text == "said"


def test_verb_joined_by_and_is_no_misjoined_report():
    words = "Crews closed the pier and said on Monday .".split()
    heads = [1, 1, 3, 1, 1, 1, 5, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "prep", "pobj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "ADP", "PROPN", "PUNCT"]
    lemmas = ["crew", "close", "the", "pier", "and", "say", "on", "Monday", "."]
    assert reports(hand_doc(words, heads, deps, pos, lemmas)) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The brewer said sales fell 6%.", "sales fell 6%"),
        (
            "The coach told players that training would start on Monday at 9 a.m. Fans were not told.",
            "training would start on Monday at 9 a.m.",
        ),
        (
            "KAMPALA, Uganda (AP) - Exam results will be published next week, the ministry said.",
            "Exam results will be published next week",
        ),
    ],
)
def test_content_ends_at_the_clauses_last_token_and_starts_after_a_dateline(parse, text, content):
    q, _ = only(parse, text)
    assert q.text == content


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The umpire said rain fell.", "The umpire", "rain fell"),
        ("Osei said costs rose.", "Osei", "costs rose"),
    ],
)
def test_short_clause_with_a_bare_noun_subject_is_reported(parse, text, source, content):
    q, _ = only(parse, text)
    assert (q.speaker_mention.text, q.text) == (source, content)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, source, opening",
    [
        (
            "Another outlet reported that \u201cgunmen\u201d in the port shot two guards accused of "
            "\u201cspying\u201d for a rival gang.",
            "Another outlet",
            "\u201cgunmen\u201d",
        ),
    ],
)
def test_a_content_keeps_its_opening_possessor_and_quotation_mark(parse, text, source, opening):
    """A possessor right after the cue opens the content (the parse may take it for an
    inverted subject), and a quotation mark opening the content stays when it closes inside."""
    q, _ = only(parse, text)
    assert q.speaker_mention is not None and q.speaker_mention.text == source
    assert q.text.startswith(opening)


@pytest.mark.model
def test_a_possessor_the_parse_hangs_on_the_cue_opens_the_content():
    """ "The Gazette said Kestrels’ “youth arm” had paid": a misparse takes "Kestrels" for a
    second subject of "said"; the name before the verb is the source, the possessor opens the content."""
    words = [
        "The",
        "Gazette",
        ",",
        "said",
        "Kestrels",
        "\u2019",
        "\u201c",
        "youth",
        "arm",
        "\u201d",
        "had",
        "paid",
        ".",
    ]
    heads = [1, 3, 3, 3, 3, 3, 11, 8, 11, 11, 11, 3, 3]
    deps = [
        "det",
        "nsubj",
        "punct",
        "ROOT",
        "nsubj",
        "punct",
        "punct",
        "amod",
        "nsubj",
        "punct",
        "aux",
        "ccomp",
        "punct",
    ]
    pos = [
        "DET",
        "PROPN",
        "PUNCT",
        "VERB",
        "PROPN",
        "PUNCT",
        "PUNCT",
        "ADJ",
        "NOUN",
        "PUNCT",
        "AUX",
        "VERB",
        "PUNCT",
    ]
    lemmas = [
        "the",
        "Gazette",
        ",",
        "say",
        "Kestrels",
        "\u2019",
        "\u201c",
        "youth",
        "arm",
        "\u201d",
        "have",
        "pay",
        ".",
    ]
    doc = hand_doc(words, heads, deps, pos, lemmas)
    (report,) = reports(doc)
    assert report.source.text == "The Gazette"
    assert doc.text[report.start : report.end] == doc[4:12].text  # "Kestrels’ “youth arm” had paid"


@pytest.mark.model
def test_it_after_a_report_by_an_agency_named_like_a_town_is_that_agency(parse):
    """ "the news agency Ma'an"-type names: an organisation noun before a name makes it an
    organisation even when a town bears that name, so a later "it said" is the agency's."""
    text = (
        "The army said the border post was shelled on Monday. Later, the state news agency Tiverton "
        "reported that two soldiers had been hurt. It said the post had been evacuated."
    )
    reported, _, _ = indirect_of(parse, text)
    by_content = {q.text[:20]: q.speaker for q in reported}
    assert by_content.get("the post had been ev") == "Tiverton", by_content
