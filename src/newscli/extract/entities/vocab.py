"""The words entity rules read, loaded from the lexicon (``newscli/lexicon``) once.

Titles, role nouns, organisation, facility and place heads, speech-verb forms and words that
are not names are data files a user can extend (see `newscli.lexicon`); legal forms of
companies come from `cleanco`.
"""

from __future__ import annotations

from functools import cache

from ... import lexicon

NUMERIC_LABELS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
TEMPORAL_LABELS = frozenset({"DATE", "TIME"})
NAME_LABELS = (
    "PERSON",
    "ORG",
    "GPE",
    "NORP",
    "LOC",
    "FAC",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
)

_TITLES = lexicon.table("titles")
# Words that open a person's title ("Prime Minister", "Secretary of State", "Sgt", "Lt Col").
TITLE_WORDS = frozenset(_TITLES)
# The full form of a title written short ("sgt" -> "sergeant", "pm" -> "prime minister").
TITLE_FULL_FORMS = {k: full for k, (full, _kind, _g) in _TITLES.items() if full != k}
# Title words that name a person on their own before a name (not "chief", "deputy", "vice").
PERSON_TITLES = frozenset(k for k, (_, kind, _g) in _TITLES.items() if kind != "role")
HONORIFICS = frozenset(k for k, (_, kind, _g) in _TITLES.items() if kind == "honorific")
# Offices a lower-case word can name before a name ("board chair X"); ranks and roles written
# lower case are mostly adjectives ("a major General Assembly vote").
OFFICES = frozenset(k for k, (_, kind, _g) in _TITLES.items() if kind == "office")
# Offices and ranks ("President", "Sgt"), which a person keeps through an article.
OFFICE_TITLES = frozenset(k for k, (_, kind, _g) in _TITLES.items() if kind in ("office", "rank"))
# The gender a title gives ("Mrs" f, "Mr" m); titles that give none are absent.
TITLE_GENDER = {k: g for k, (_, _k, g) in _TITLES.items() if g in ("m", "f")}
# A title written short ("Sgt", "Dr", "Gov"): with one is a person even before a single word.
TITLE_ABBREVIATIONS = frozenset(k for k, (full, kind, _g) in _TITLES.items() if full != k and kind != "role")


def _contracts(short: str, word: str) -> bool:
    """Whether `short` is `word` with letters left out ("sgt" of "sergeant"), not an acronym."""
    rest = iter(word)
    return short[:1] == word[:1] and all(c in rest for c in short)


# Contractions of one word, written with a period ("Sgt.", "Lt. Col.", "Supt."): the tokenizer
# must keep the period on them or it reads a sentence end and the name loses its title.
# Acronyms of several words ("CEO", "MEP") are left out: "... said the MEP." ends a sentence.
PERIOD_ABBREVIATIONS = frozenset(
    k for k in TITLE_ABBREVIATIONS if k.isalpha() and _contracts(k, _TITLES[k][0].split()[0])
)
_ROLES = lexicon.table("role_nouns")
ROLE_NOUNS = frozenset(_ROLES)
# The gender a role noun gives ("his wife, Greta Brock"; "her brother Tom").
ROLE_GENDER = {k: g for k, (g, *_) in _ROLES.items() if g in ("m", "f")}
# Roles the story's own person holds ("the defendant", "the driver"), marked "story".
STORY_ROLES = frozenset(k for k, (_, *use) in _ROLES.items() if use[:1] == ["story"])
COMPANY_FORMS = lexicon.words("company_forms")
INSTITUTION_HEADS = lexicon.words("org_heads")
ORG_HEADS = INSTITUTION_HEADS | COMPANY_FORMS
PLACE_HEADS = lexicon.words("place_heads")
PRODUCT_HEADS = lexicon.words("product_heads")
EVENT_HEADS = lexicon.words("event_heads")
# Nouns for groups of people whose possessive opens a name ("Women's History Month").
GROUP_POSSESSORS = lexicon.words("group_possessors")
PLACE_PREPOSITIONS = lexicon.words("place_prepositions")
# "the village of X", "the X area": the kind of place a noun names (GPE or LOC).
PLACE_KINDS = lexicon.mapping("place_kinds")
# "the game X", "the film X": the label a kind noun right before a name gives it.
WORK_KINDS = lexicon.mapping("work_kinds")
# "posted on X", "a video on X": X is a platform (an organisation).
PLATFORM_CUES = lexicon.words("platform_cues")
# Verbs and nouns of going: "travel to X", "visitors to X" put a place after "to".
MOTION_VERBS = lexicon.words("motion_verbs")
NOT_NAMES = lexicon.words("not_names")
PLATFORMS = lexicon.words("platforms")
# "the mine's operator, X", "X, a grocery chain,": a name beside one is an organisation's.
ORG_NOUNS = lexicon.words("org_nouns")
PUBLISHING_VERBS = lexicon.words("publishing_verbs")
SURNAME_PARTICLES = lexicon.words("surname_particles")
# Words a nickname in marks inside a name may have (Earvin "Magic" Johnson, Dwayne "The Rock"
# Johnson); more is a quotation.
NICKNAME_WORDS = 3
# Participles by which a noun introduces a name: "a startup called Ledgerly", "a charity named X".
NAMING_PARTICIPLES = frozenset({"called", "named"})
# Offices held over a place ("the mayor of X": X is a place).
PLACE_OFFICES = lexicon.words("place_offices")
# Words in the names of news outlets ("Herald", "Gazette"): "told the Herald" is a paper.
OUTLET_WORDS = lexicon.words("outlet_words")
# Letters after a person's name, no part of it ("Ruth Okoye KC", "Tom Reid MD").
POST_NOMINALS = lexicon.words("post_nominals")
# "residents of X", "the people of X": X is a place.
RESIDENT_NOUNS = lexicon.words("resident_nouns")
# "the Corran Deep gold mine", "the Tide Line network": the kind a noun after a name gives it.
NAME_KINDS = lexicon.mapping("name_kinds")
# "Café Luné", "Hotel Rivoli": the kind a capitalised word opening a name gives it.
NAME_OPENERS = lexicon.mapping("name_openers")
# Verbs of a match result, before a team: "Harwick Athletic beat the Selby Magpies 3-1".
RESULT_VERBS = frozenset({"beat", "beats", "defeated", "defeat", "edged", "thrashed", "routed", "downed"})
# Nationality words before a name ("Kenyan Ruth Chepkoech"): no part of it.
DEMONYMS = lexicon.words("demonyms")
SPEECH_VERB_FORMS = lexicon.words("speech_verb_forms")
GENERATION_WORDS = lexicon.mapping("generation_words")
_FACILITY = lexicon.words("facility_heads")
FACILITY_HEADS = frozenset(w for w in _FACILITY if not w.startswith("-"))
FACILITY_ENDINGS = tuple(sorted(w[1:] for w in _FACILITY if w.startswith("-")))

# Last words of newspaper and agency names, which keep their "The" (The Associated Press).
PUBLICATION_HEADS = frozenset(
    "press times post journal guardian economist telegraph herald tribune globe gazette chronicle "
    "observer independent news atlantic hill examiner inquirer sun star register courier dispatch "
    "bulletin review magazine weekly daily mail mirror sentinel record monitor reporter".split()
)
# Pronouns that give a person's gender (read by entities and by the quote speaker resolver).
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# Lower-case words inside a multi-word name ("Bank of America", "Ludwig van Beethoven").
CONNECTORS = frozenset("of and for the & de du des la le van von der da di del on in at to".split())
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`"
POSSESSIVE_ENDINGS = frozenset({"'s", "\u2019s", "'", "\u2019"})
# cleanco's one-word legal forms that are also everyday words or codes in news text.
_NOT_LEGAL_FORMS = frozenset(
    {"at", "as", "uk", "eu", "et", "ok", "se", "ps", "pc", "sc", "sp", "sd", "private", "ca"}
)


def bare(word: str) -> str:
    """A word as the lexicon lists it: lower case, without a final period."""
    return word.lower().rstrip(".")


@cache
def legal_forms() -> frozenset[str]:
    """One-word legal forms of companies ("inc", "ltd", "plc", "gmbh"), from cleanco."""
    from cleanco import prepare_default_terms

    return frozenset(
        t[0] for n, t in prepare_default_terms() if n == 1 and len(t[0]) > 1 and t[0] not in _NOT_LEGAL_FORMS
    )


def is_org_head(word: str) -> bool:
    """Whether a name ending in `word` is an organisation's ("Motors", "Inc.", "University")."""
    w = bare(word)  # "Services" as "Service"
    return w in ORG_HEADS or w in legal_forms() or (w.endswith("s") and w[:-1] in INSTITUTION_HEADS)


def is_company_form(word: str) -> bool:
    """ "Motors", "Robotics", "Inc.": a name ending in one is a company's."""
    w = bare(word)
    return w in COMPANY_FORMS or w in legal_forms()


def is_facility_head(word: str) -> bool:
    """ "Street", "Bridge", or a word ending as "Kesselplatz" or "Harrowgasse" does."""
    w = bare(word)
    return w in FACILITY_HEADS or (len(w) > 5 and w.endswith(FACILITY_ENDINGS))


def title_gender(title: str) -> str | None:
    """The gender a title gives, from its first word that gives one ("Mrs." f, "campaign
    spokesman" m, "Russian President" none)."""
    return next((TITLE_GENDER[bare(w)] for w in title.split() if bare(w) in TITLE_GENDER), None)


def is_title(word: str) -> bool:
    return bare(word) in TITLE_WORDS
