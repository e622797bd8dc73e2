"""One label per entity, from the evidence an article gives; the model's label is one vote.

Evidence, strongest first: a person's title ("Gov. Ed Rendell"); the head word of the name
("Mill Street", "Kesselplatz" FAC; "Harlan Motors Inc." ORG; "the Marlow Valley" LOC); words
that are no names of organisations or people ("DOC", "SMS", "Bitcoin" PRODUCT); the pronoun
after a speech verb ("X said it" ORG, "X said she" PERSON); a gazetteer that knows the name as
a country, US state or large city (GPE).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ... import lexicon
from .mention import RawMention
from .places import TOWN_POPULATION, is_country_or_state, is_language, is_place
from .vocab import (
    DEMONYMS,
    EVENT_HEADS,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    MOTION_VERBS,
    NAME_LABELS,
    NAME_OPENERS,
    NAMING_PARTICIPLES,
    NOT_NAMES,
    OFFICES,
    ORG_NOUNS,
    OUTLET_WORDS,
    PLACE_HEADS,
    PLACE_KINDS,
    PLACE_OFFICES,
    PLACE_PREPOSITIONS,
    PLATFORM_CUES,
    PLATFORMS,
    PRODUCT_HEADS,
    PUBLICATION_HEADS,
    PUBLISHING_VERBS,
    RESIDENT_NOUNS,
    RESULT_VERBS,
    ROLE_GENDER,
    ROLE_NOUNS,
    SPEECH_VERB_FORMS,
    SUFFIXES,
    WORK_KINDS,
    bare,
    is_facility_head,
    is_org_head,
    is_title,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_LABEL_PRIORITY = {label: i for i, label in enumerate(NAME_LABELS)}
# A pronoun this many tokens after a speech verb still refers to its subject ("X said on
# Tuesday it would"); further on it is as likely to be someone else.
PRONOUN_REACH = 4
# What one piece of evidence from the text weighs against the model's votes, which count a
# mention's words (so a two-word name outvotes a lone surname).
EVIDENCE_WEIGHT = 3
# Words of an apposition read for a role noun: "X, the port director", "X, a former Labour
# councillor"; longer appositions describe more than the person.
APPOSITION_REACH = 4
_ORG_PRONOUNS = frozenset({"it", "its"})
_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her"})
_APPOSITION_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
_PLACE_OPENERS = frozenset({"lake", "mount", "mt", "loch", "isle", "cape"})


def form_label(words: Sequence[str]) -> str | None:
    """The label a name's own words give, or None ("Old Ferry Bridge" FAC, "Tallis Robotics" ORG)."""
    if not words:
        return None
    last = words[-1]
    if len(words) == 1:
        if bare(last) in NOT_NAMES:
            return "PRODUCT"
        if bare(last) in PLATFORMS:
            return "ORG"  # "Twitter", "Messenger": a platform is its company's service
        return "FAC" if is_facility_head(last) and not bare(last).endswith(("street", "road")) else None
    if bare(last) in ("jr", "sr") or (bare(last) in SUFFIXES and any(_initial(w) for w in words)):
        return "PERSON"  # "Ernst Vogel Sr.", "Vann R. Newkirk II"; not "World War II"
    if bare(last) in PRODUCT_HEADS:
        return "PRODUCT"  # "James Webb Space Telescope"
    if bare(last) in EVENT_HEADS:
        return "EVENT"  # "Black History Month", "Boston Marathon"
    if is_org_head(last):
        return "ORG"
    if is_facility_head(last):
        return "FAC"
    first = bare(words[0])
    if first in NAME_OPENERS:
        return NAME_OPENERS[first]  # "Café Luné", "Hotel Rivoli"
    if bare(last) in PLACE_HEADS or (first in PLACE_HEADS and (words[1] == "of" or first in _PLACE_OPENERS)):
        return "LOC"
    return None


def _gazetteer_place(words: Sequence[str]) -> bool:
    """A town, state or country a gazetteer knows by this name."""
    return is_place(" ".join(words), population=TOWN_POPULATION)


def _initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def repair_label(m: RawMention) -> RawMention:
    """A typical model slip: "Manchester United" as PERSON, "Kesselplatz" as PERSON, "SMS" as ORG,
    "Welsh" as ORG.
    A name whose own words say what it is is that, unless a title makes it a person."""
    if m.label == "ORG" and len(m.words) == 1 and (bare(m.words[0]) in DEMONYMS or is_language(m.words[0])):
        m.label = "NORP"  # "Welsh" read as an organisation is a nationality
        return m
    label = form_label(m.words)
    if label == "LOC" and _gazetteer_place(m.words):
        return m  # "Staten Island", "Rhode Island": a political place named after an island
    if label is not None and not (m.titles and m.label == "PERSON"):
        m.label = label
    return m


def context_evidence(doc: Doc, first: int, last: int) -> str | None:
    """The label the words around a name argue for, or None:
    PERSON for "her lawyer X", "board chair X", "X, the port director," "X, head of …"; ORG for
    "the airline X" (an organisation noun before it);
    GPE for "in X" where a gazetteer knows X as a town, for "moved to X" whatever it knows,
    and for the next of a list of such places ("visitors to Orkney and Skye"); after a speech
    verb, ORG for "X said it …" and PERSON for "X said she …"."""
    before = doc[first - 1] if first > 0 else None
    work = _work_evidence(doc, first, last)
    if work is not None:
        return work
    if before is not None and before.text == "," and first > 1 and _apposed(doc, last):
        if doc[first - 2].lower_ in ORG_NOUNS and form_label(doc[first : last + 1].text.split()) != "PERSON":
            return "ORG"  # "the mine's operator, Brenner Metals,"
        if role_before_apposed(doc, first, last):
            before = doc[first - 2]  # "its chief executive, Mina Osei,"
    name = doc[first : last + 1].text
    kind = named_kind(doc, first)
    if kind is not None:
        return kind
    if before is not None and before.text == "the" and doc[last].lower_ in OUTLET_WORDS:
        return "ORG"  # "told the Herald", "wrote in the Valley Gazette": a paper (outlet_words.txt)
    if (
        based_in(doc, last)
        or _told_as_place(doc, first)
        or _governed(doc, first)
        or dateline_place(doc, first, last)
    ):
        return "GPE"
    if (
        score_at(doc, last + 1)
        and before is not None
        and (before.lower_ == "the" or before.lower_ in RESULT_VERBS)
    ):
        return "ORG"  # a team before a score: "beat the Selby Magpies 3-1"
    if (
        before is not None
        and before.text.islower()
        and before.lower_ in ORG_NOUNS
        and before.tag_ in ("NN", "NNS")
        and doc[first].text[:1].isupper()  # not "lent the company millions"
        and not is_country_or_state(name)  # a town's name may be an agency's: "news agency Ma'an"
    ):
        return "ORG"  # "regional carrier AeroNord", "the lender Carrow": an organisation named by its kind
    role_before = (
        before is not None
        and before.text.islower()
        and (before.lower_ in ROLE_NOUNS or before.lower_ in OFFICES)
    )
    if role_before and not is_place(name):  # not "NATO member Estonia"
        return "PERSON"
    if _on_platform(doc, first, last) and not is_place(name, population=TOWN_POPULATION):
        return "ORG"  # "posted clips on Twitch"
    if _published_in(doc, first) and not is_place(name, population=TOWN_POPULATION):
        return "ORG"  # "published in Nature": a journal (publishing_verbs.txt)
    placed = before is not None and (before.lower_ in PLACE_PREPOSITIONS or _going_to(doc, first))
    if (
        placed
        and first == last
        and (_going_to(doc, first, unknown_places=True) or is_place(name, population=TOWN_POPULATION))
    ):
        return "GPE"  # "in Dayton"; "moved to Islay", "travel to Jura" where no gazetteer knows it
    if first == last and _listed_after_place(doc, first) and doc[first].ent_type_ != "LOC":
        return "GPE"  # a continent the model knows stays one: "residents of America and Europe"
    if first == last and _lies_in_place(doc, first):
        return "LOC" if before is not None and before.lower_ == "on" else "GPE"  # "Ardnave on Islay"
    kind = place_kind(doc, first, last)
    if kind is not None:
        return kind
    apposition = apposition_kind(doc, last + 1)
    if apposition == "PERSON" and (placed or is_place(name)):
        apposition = None
    if apposition is not None:
        return apposition
    return _pronoun_after_speech(doc, last + 1)


def named_kind(doc: Doc, first: int) -> str | None:
    """The kind a noun gives the name it introduces with "called" or "named": "a startup called
    Ledgerly" (org_nouns.txt), "a hamlet called Tulloch" (place_kinds.tsv), "her nephew named
    Ivo" (role_nouns.tsv); not "The company named Ana Ruiz as chair" (a verb, though the parser
    often reads a participle: only a noun with "a" or "an" introduces a name)."""
    if first < 2 or doc[first - 1].lower_ not in NAMING_PARTICIPLES or doc[first - 1].dep_ != "acl":
        return None
    noun = doc[first - 2].lower_
    if not doc[first - 2].is_lower or not any(c.lower_ in ("a", "an") for c in doc[first - 2].children):
        return None
    if noun in ORG_NOUNS:
        return "ORG"
    if noun in PLACE_KINDS:
        return PLACE_KINDS[noun]
    return "PERSON" if noun in ROLE_NOUNS else None


def _apposed(doc: Doc, last: int) -> bool:
    return last + 1 >= len(doc) or doc[last + 1].is_punct  # "Her son, Mateo, runs the shop"


def role_before_apposed(doc: Doc, first: int, last: int) -> bool:
    """A role or office set before the name with a comma, the name closed by punctuation: "its
    chief executive, Mina Osei,", "Her son, Mateo,"."""
    return (
        first > 1
        and doc[first - 1].text == ","
        and _apposed(doc, last)
        and (doc[first - 2].lower_ in ROLE_NOUNS or doc[first - 2].lower_ in OFFICES)
    )


_OPENING_MARKS = frozenset("\"\u201c\u2018*_'")
_CLOSING_MARKS = frozenset("\"\u201d\u2019*_'")


def _work_evidence(doc: Doc, first: int, last: int) -> str | None:
    """ "the game Hollow Depths" (a kind noun right before the name, work_kinds.tsv), or a name
    standing alone in quotation marks or Markdown italics ('its last film,
    “Night Harbour”,'), not introduced as a nickname ('dubbed “Iron Mike”')."""
    before = doc[first - 1] if first > 0 else None
    if (
        before is not None
        and before.text.islower()
        and before.lower_ in WORK_KINDS
        and _kind_noun(doc, first - 1)
    ):
        return WORK_KINDS[before.lower_]
    kind = _kind_of_examples(doc, first)
    if kind is not None:
        return kind
    # a title may be one word (“Joker”); a surname called out ("chants of “Lopez”") keeps its
    # person, as `vote_label` lets a title settle only an entity no longer than the title
    if not quoted_whole(doc, first, last):
        return None
    if bare(doc[last].text) in PUBLICATION_HEADS:
        return None  # a paper's name: “The Wall Street Journal” wrote
    if first == last and doc[first].ent_type_ == "NORP":
        return None  # a people or faith called by name: gave “Christian” as their religion
    lead = " ".join(t.lower_ for t in doc[max(0, first - 4) : first - 1])
    if any(lead == w or lead.endswith(" " + w) for w in lexicon.words("naming_words")):
        return None
    return "WORK_OF_ART"


# What stands before a kind noun used as one ("the game", "its new film", "the studio's app"),
# not a verb ("videos show Scott").
_KIND_NOUN_OPENERS = frozenset({"DT", "PRP$", "JJ", "POS", "CD"})


def _kind_noun(doc: Doc, i: int) -> bool:
    """Whether token i is a noun opened by a determiner, a possessive or an adjective."""
    return (
        i > 0
        and doc[i].tag_ in ("NN", "NNS")
        and (doc[i - 1].tag_ in _KIND_NOUN_OPENERS or doc[i - 1].lower_ in ("the", "a", "an"))
    )


# "games like X", "films such as X", "apps including X": a plural kind noun and its examples.
_EXAMPLE_WORDS = (("like",), ("such", "as"), ("including",))


def _kind_of_examples(doc: Doc, first: int) -> str | None:
    """The label of a plural kind noun the name is an example of ("games like Fortnite")."""
    for words in _EXAMPLE_WORDS:
        k = first - len(words)
        if k >= 1 and tuple(t.lower_ for t in doc[k:first]) == words:
            noun = doc[k - 1].lower_
            if noun.endswith("s") and noun[:-1] in WORK_KINDS:
                return WORK_KINDS[noun[:-1]]
    return None


def quoted_whole(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens first..last stand alone in quotation marks or Markdown italics (a comma or
    full stop may stand inside the closing mark: “Salt and Iron,”)."""
    if first == 0 or doc[first - 1].text not in _OPENING_MARKS:
        return False
    after = [t.text for t in doc[last + 1 : last + 3]]
    return bool(after) and (
        after[0] in _CLOSING_MARKS or (after[0] in ",." and len(after) > 1 and after[1] in _CLOSING_MARKS)
    )


def _published_in(doc: Doc, first: int) -> bool:
    """ "published in X", "writing in The X": a publishing verb, "in" (and "the") before the name."""
    i = first - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i > 0 and doc[i].lower_ == "in" and doc[i - 1].lower_ in PUBLISHING_VERBS


def _on_platform(doc: Doc, first: int, last: int) -> bool:
    """ "posted clips on Twitch", "a video on Vidmo": one name after "on" and a word of posting,
    streaming or showing (platform_cues.txt)."""
    if first != last or first < 2 or doc[first - 1].lower_ != "on":
        return False
    return doc[first - 2].lower_ in PLATFORM_CUES


# A match score: "2-1", "3\u20130" as one token or three ("2", "-", "1").
_SCORE = re.compile(r"\d{1,3}[-\u2013]\d{1,3}")
SCORE_DASHES = frozenset({"-", "\u2013"})


def score_at(toks: Sequence[Token] | Doc, i: int) -> bool:
    """Whether a match score ("2-1", "3 - 0") starts at token i."""
    if i < len(toks) and _SCORE.fullmatch(toks[i].text):
        return True
    return (
        i + 2 < len(toks)
        and toks[i].like_num
        and toks[i + 1].text in SCORE_DASHES
        and toks[i + 2].like_num
        and toks[i].text.isdigit()
    )


def dateline_place(doc: Doc, first: int, last: int) -> bool:
    """ "OSLO (Reuters) -", "QUITO, Ecuador (AP) -": capitals opening a line, then an agency in
    brackets or a comma, are a wire dateline's place."""
    line_start = first == 0 or "\n" in doc[first - 1].whitespace_ or doc[first - 1].is_space
    if not line_start or not all(t.is_upper and t.is_alpha for t in doc[first : last + 1]):
        return False
    after = [t.text for t in doc[last + 1 : last + 4]]
    return (len(after) == 3 and after[0] == "(" and after[2] == ")") or after[:1] == [","]


def based_in(doc: Doc, last: int) -> bool:
    """ "Carrow-based", "a New York-based firm": the name before "-based" is a place."""
    return (
        last + 2 < len(doc)
        and doc[last + 1].text == "-"
        and doc[last + 2].lower_ == "based"
        and not doc[last].whitespace_
        and not doc[last + 1].whitespace_
    )


# Prepositions that set a place beside another: "a hamlet outside Brannock", "a town outside X".
_BESIDE = frozenset({"near", "outside", "beyond"})


def _told_as_place(doc: Doc, first: int) -> bool:
    """A name the words before it tell as a place, whatever a gazetteer knows: "residents of
    Tulloch" (resident_nouns.txt), "a hamlet outside Brannock" (a place kind and a preposition
    of nearness), "Mill Lane in Brannock" (a street in a town), "the Lyric Theatre in
    Hammersmith" (a building the model found)."""
    if first < 2:
        return False
    before, noun = doc[first - 1].lower_, doc[first - 2]
    if before == "of" and noun.lower_ in RESIDENT_NOUNS:
        return True
    if before in _BESIDE and noun.lower_ in PLACE_KINDS:
        return True
    building = is_facility_head(noun.text) or noun.ent_type_ == "FAC"
    return before == "in" and noun.text[:1].isupper() and building and doc[first].is_title


def _governed(doc: Doc, first: int) -> bool:
    """ "the mayor of Riverside", "Mayor Patricia Quinlan of Eastfield": the name after an office
    held over a place (place_offices.txt) and "of" is that place."""
    if first < 2 or doc[first - 1].lower_ != "of" or not doc[first].is_title:
        return False
    office = doc[first - 2]
    if office.ent_type_ == "PERSON":  # the office stands before the holder's name
        i = office.i
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1
        office = doc[i - 1] if i > 0 else office
    return office.lower_ in PLACE_OFFICES


def _lies_in_place(doc: Doc, first: int) -> bool:
    """ "Ardnave on Islay", "Kilmeny in Argyll": a one-word name after a place it holds."""
    if first < 2 or doc[first - 1].lower_ not in ("on", "in"):
        return False
    j = first - 2
    if not (doc[j].is_alpha and doc[j].is_title) or (j > 0 and doc[j - 1].text[:1].isupper()):
        return False
    return context_evidence(doc, j, j) == "GPE"


def _listed_after_place(doc: Doc, first: int) -> bool:
    """ "to Orkney and Skye", "in Leeds, Hull or York": a one-word name listed after one that
    its place preposition or verb of going makes a town."""
    if first < 2 or doc[first - 1].lower_ not in ("and", "or", ","):
        return False
    j = first - 2
    if doc[j].text == ",":  # "Leeds, Hull, and York"
        j -= 1
    prev = doc[j]
    if not prev.text[:1].isupper() or (j > 0 and doc[j - 1].text[:1].isupper()):
        return False
    after = doc[first + 1] if first + 1 < len(doc) else None
    # a verb after the list may open a new clause ("held in Leeds and Marsh said …"), unless the
    # list is inside a noun phrase, whose verb comes after it ("trains between Leeds and York
    # were cancelled")
    in_noun_phrase = prev.dep_ == "pobj" and prev.head.head.pos_ in ("NOUN", "PROPN")
    if (
        doc[first].dep_ != "conj"
        or doc[first].head.i != j
        or (
            not in_noun_phrase
            and after is not None
            and (after.tag_ in ("VBD", "VBZ") or after.lower_ in SPEECH_VERB_FORMS)
        )
    ):
        return False
    return context_evidence(doc, j, j) == "GPE"


# Verbs of going whose "to X" may name who receives something ("the award went to Vidal",
# "the seat came to Okafor"): X is a place after them only when a gazetteer knows it.
_RECEIVING_SENSES = frozenset({"go", "come"})


def _going_to(doc: Doc, first: int, *, unknown_places: bool = False) -> bool:
    """ "travel to X", "moved back to X": X is where someone goes. With `unknown_places`, only
    verbs and nouns that say so of a name no gazetteer knows ("moved to Colonsay")."""
    if first < 2 or doc[first - 1].lower_ != "to":
        return False
    verb = doc[first - 2] if doc[first - 2].lower_ not in ("back", "on") or first < 3 else doc[first - 3]
    lemma = verb.lemma_ or verb.lower_
    if unknown_places and (lemma in _RECEIVING_SENSES or bare(doc[first].text) in DEMONYMS):
        return False  # "went to Chilean Tomas Vidal"
    return lemma in MOTION_VERBS


def place_kind(doc: Doc, first: int, last: int) -> str | None:
    """ "the village of X" (any X), "the X area" and "the X company" (X a place a gazetteer
    knows, before a place kind or an organisation noun of org_nouns.txt) name a place: "the
    Leeds company" is a company in Leeds, not one called Leeds."""
    if first >= 3 and doc[first - 1].lower_ == "of" and doc[first - 3].lower_ == "the":
        kind = PLACE_KINDS.get(doc[first - 2].lower_)
        if kind is not None:
            return kind
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and after.lower_ in PLACE_KINDS and is_place(doc[first : last + 1].text):
        return "GPE"
    listed = _listed_before_kinds(doc, first, last)
    if listed is not None:
        return listed
    return "GPE" if place_before_org_noun(doc, first, last) else None


# Names a list before a plural kind may hold ("Holmes, Wayne and Knox counties").
LISTED_PLACES = 6


def _listed_before_kinds(doc: Doc, first: int, last: int) -> str | None:
    """ "Holmes, Wayne and Knox counties", "Hardin and Mercer counties": every capitalised name of
    a list closed by a plural place kind (place_kinds.tsv) is a place of that kind, whatever a
    gazetteer knows of the words ("Wayne" a first name, "Knox" a surname)."""
    i, names = last + 1, 1
    joined = first > 0 and doc[first - 1].text in (",", "and", "or")  # the list's last name
    while i < len(doc) and names <= LISTED_PLACES:
        tok = doc[i]
        if tok.text == "," or tok.lower_ in ("and", "or"):
            joined = True
        elif tok.text[:1].isupper() and tok.is_alpha:
            if doc[i - 1].text in (",", "and", "or"):
                names += 1
        else:
            break
        i += 1
    if not joined or i >= len(doc) or doc[i - 1].text in (",", "and", "or"):
        return None
    kind = doc[i]
    if kind.tag_ != "NNS" or not kind.is_lower:
        return None
    return PLACE_KINDS.get(kind.lemma_.lower())


def place_before_org_noun(doc: Doc, first: int, last: int) -> bool:
    """ "the Leeds company", "a Lagos bank": a place a gazetteer knows between a determiner and
    an organisation noun (org_nouns.txt) tells where the organisation is."""
    after = doc[last + 1] if last + 1 < len(doc) else None
    return (
        first > 0
        and after is not None
        and after.is_lower
        and after.lower_ in ORG_NOUNS
        and doc[first - 1].lower_ in _APPOSITION_OPENERS
        and is_place(doc[first : last + 1].text)
    )


def apposition_kind(doc: Doc, i: int) -> str | None:
    """The kind of thing an apposition calls a name: PERSON for "X, the port director", "X, a
    school board member", "X, head of the union"; ORG for "X, a grocery chain," (org_nouns.txt);
    a place for "X, a village near Y" (place_kinds.tsv). A noun that qualifies another ("the
    company's chief executive", "a group leader") is passed over."""
    if not (i + 1 < len(doc) and doc[i].text == ","):
        return None
    if _age_apposed(doc, i + 1):
        return "PERSON"  # "Jean-Baptiste Moreau, 71, said"
    start = i + 2 if doc[i + 1].lower_ in _APPOSITION_OPENERS else i + 1
    for tok in doc[start : start + APPOSITION_REACH]:
        if tok.is_punct or tok.lower_ in SPEECH_VERB_FORMS or tok.pos_ in ("VERB", "AUX"):
            break  # "X, said the group would …" goes on with a clause, not an apposition
        if not tok.text.islower():
            continue
        if tok.lower_ in ROLE_NOUNS or tok.lower_ in OFFICES:
            return "PERSON"
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and (after.lower_ in ("'s", "\u2019s") or after.lower_ in ROLE_NOUNS):
            continue
        if after is not None and (after.lower_ == "of" or after.lower_ in SPEECH_VERB_FORMS):
            return None  # "X, a group of voters"; "$5,000, the group said" is no apposition
        if tok.lower_ in ORG_NOUNS:
            return "ORG"
        if tok.lower_ in PLACE_KINDS:
            return PLACE_KINDS[tok.lower_]
    return None


# Highest number read as a person's age when set off by commas after a name.
MAX_AGE = 115


def _age_apposed(doc: Doc, i: int) -> bool:
    """An age between commas at token i: "Ana Ruiz, 34, said"."""
    return (
        i + 1 < len(doc)
        and doc[i].text.isdigit()
        and 0 < int(doc[i].text) <= MAX_AGE
        and doc[i + 1].text == ","
    )


def _pronoun_after_speech(doc: Doc, i: int) -> str | None:
    if i < len(doc) and doc[i].lower_ in SPEECH_VERB_FORMS:
        for tok in doc[i + 1 : i + 1 + PRONOUN_REACH]:
            if tok.lower_ in _ORG_PRONOUNS:
                return "ORG"
            if tok.lower_ in _PERSON_PRONOUNS:
                return "PERSON"
            if tok.is_punct and tok.text not in ",":
                break
    return None


def pronoun_gender(doc: Doc, first: int, last: int) -> str | None:
    """ "m" for "X said he …" or "his brother X", "f" for "X said she …" or "his wife, X",
    else None. A title between role noun and name is passed over ("her son Dr. Cal Reed")."""
    j = first - 1
    while j >= 0 and doc[j].text[:1].isupper() and is_title(doc[j].text):
        j -= 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j >= 0 and doc[j].text.islower() and doc[j].lower_ in ROLE_GENDER:
        return ROLE_GENDER[doc[j].lower_]
    i = last + 1
    if i < len(doc) and doc[i].lower_ in SPEECH_VERB_FORMS:
        for tok in doc[i + 1 : i + 1 + PRONOUN_REACH]:
            if tok.lower_ in MALE_PRONOUNS or tok.lower_ in FEMALE_PRONOUNS:
                return "m" if tok.lower_ in MALE_PRONOUNS else "f"
            if tok.is_punct and tok.text != ",":
                break
    return None


_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its"})


def named_as_relation(doc: Doc, first: int) -> bool:
    """ "her son, James Ashby", "his lawyer Ben Ross": a name introduced by whose relation or
    role the person is, a possessive and a role noun (role_nouns.tsv) before it."""
    j = first - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    return j > 0 and doc[j].lower_ in ROLE_NOUNS and doc[j - 1].lower_ in _POSSESSIVE_DETERMINERS


def vote_label(ms: Iterable[RawMention]) -> str:
    """The label of an entity: a person's title settles it ("Gov. Ed Rendell", then "Rendell"
    three times read as an organisation); else the name's own words; else the votes of the
    mentions (a full name's label says more than a lone surname's) and of the text around them;
    ties go to the more specific name label."""
    ms = list(ms)
    if any(m.titles and m.label == "PERSON" for m in ms):
        return "PERSON"
    longest = max(ms, key=lambda m: len(m.words))
    if any(m.evidence == "WORK_OF_ART" and len(m.words) == len(longest.words) for m in ms):
        return "WORK_OF_ART"  # a title's words say nothing of what it is: the film "Ember Road"
    own = form_label(longest.words)
    if own == "LOC" and any(m.label == "GPE" for m in ms) and _gazetteer_place(longest.words):
        own = "GPE"  # "Beverly Hills" is a town; "the Cherangani Hills" hills
    if own is not None:
        return own
    if (
        len(longest.words) > 1
        and longest.label == "PERSON"
        and all(m.label == "PERSON" or len(m.words) == 1 for m in ms)
    ):
        # "Donald Trump" once and "Trump" read as an organisation ten times is a person
        if not any(m.evidence and m.evidence != "PERSON" for m in ms):
            return "PERSON"
    votes: Counter[str] = Counter()
    for m in ms:
        votes[m.label] += len(m.words)
        if m.evidence:
            votes[m.evidence] += EVIDENCE_WEIGHT
    label = max(votes, key=lambda lab: (votes[lab], -_LABEL_PRIORITY.get(lab, 99)))
    if label in ("ORG", "NORP", "PERSON") and len(longest.words) == 1 and not any(m.evidence for m in ms):
        name = longest.words[0]
        # a single word the model took for a people that a gazetteer knows as a place; a
        # company or person only when it is a country or state (a club is named after its city)
        if (label == "NORP" and is_place(name)) or is_country_or_state(name):
            return "GPE"
    return label
