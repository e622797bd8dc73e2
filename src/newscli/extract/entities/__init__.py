"""Mentions -> entities: the recogniser's spans corrected and grouped the way a reader would.

A reader of a news story knows that "Netanyahu" is "Binyamin Netanyahu", that "IDF" is the
"Israel Defense Forces", that "Sgt Nils Harrowgate" is a person whose rank is Sgt and that
"Kesselplatz" is a square. The steps are plain functions over a parsed Doc:

1. `clean.mentions`: spaCy's spans, cleaned (determiners, possessives, titles and stray
   punctuation off; possessors and coordinated names split out).
2. `recover.recovered_mentions`: names the model missed, found by titles, role nouns, speech
   verbs and repetition of known names.
3. `label`: each mention's label checked against the words of the name and the text around it.
4. `group.group_mentions`: mentions joined into entities (exact form, legal suffix, state
   abbreviation, acronym, short forms that fit exactly one longer name).
5. `rank`: each entity gets one label by vote, a canonical name, aliases, titles and salience.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import Entity
from .. import doc_text
from .clean import (
    drop_common_nouns,
    join_particles,
    join_split_names,
    keep_possessive_names,
    mentions,
    split_nationalities,
    transcript_speakers,
)
from .group import group_mentions, is_acronym_of
from .label import context_evidence, named_as_relation, pronoun_gender, repair_label, vote_label
from .mention import RawMention
from .rank import QUOTED_WEIGHT, credit_speakers, entity, select
from .recover import named_by_kind, recovered_mentions
from .vocab import (
    GENERATION_WORDS,
    NAME_LABELS,
    NUMERIC_LABELS,
    SPEECH_VERB_FORMS,
    TEMPORAL_LABELS,
    TITLE_WORDS,
)

# Labels whose names cannot be the subject of a speech verb.
_NOT_SPEAKING = frozenset({"WORK_OF_ART", "LAW", "LANGUAGE", "EVENT"})

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "NAME_LABELS",
    "NUMERIC_LABELS",
    "QUOTED_WEIGHT",
    "TEMPORAL_LABELS",
    "TITLE_WORDS",
    "RawMention",
    "credit_speakers",
    "entities",
    "group_mentions",
    "is_acronym_of",
    "mentions",
    "recovered_mentions",
    "select",
    "vote_label",
]


def _namesake(doc: Doc, m: RawMention) -> bool:
    """ "the younger Vogel", "the elder Vogel": one of two people of one name."""
    return (
        m.first > 1
        and len(m.words) == 1
        and m.label != "NORP"
        and doc[m.first - 1].lower_ in GENERATION_WORDS
        and doc[m.first - 2].lower_ == "the"
    )


def entities(doc: Doc, *, title: str | None = None) -> list[Entity]:
    """Entities of a Doc, ranked by salience.

    Args:
        doc: a Doc with entity spans (`ner` run); the parser is not needed.
        title: the article's headline; appearing in it raises an entity's salience.
    """
    found = named_by_kind(doc, mentions(doc))
    found += recovered_mentions(doc, found)
    keep_possessive_names(doc, found)
    join_particles(doc, found)
    found = join_split_names(doc, found)
    found = split_nationalities(doc, drop_common_nouns(doc, found))
    found = transcript_speakers(doc, found)
    person_surnames = {m.words[-1].lower() for m in found if m.label == "PERSON" and len(m.words) > 1}
    for m in found:
        repair_label(m)
        m.evidence = context_evidence(doc, m.first, m.last)
        if m.label in _NOT_SPEAKING and m.last + 1 < len(doc) and doc[m.last + 1].text in SPEECH_VERB_FORMS:
            m.label = "PERSON"  # a work or a people does not speak: "Mac Giolla said"
        elif m.label == "NORP" and len(m.words) > 1 and m.words[-1].lower() in person_surnames:
            m.label = "PERSON"  # "Agnes Whitlow", wife of "Frank Whitlow", is no nationality
        if _namesake(doc, m):
            m.generation = GENERATION_WORDS[doc[m.first - 1].lower_]  # "the younger Vogel"
            m.label = "PERSON"
        if m.label == "PERSON":
            m.gender = pronoun_gender(doc, m.first, m.last)
            m.relation = named_as_relation(doc, m.first)
    text = doc_text(doc)
    out = [entity(ms, len(text), title) for ms in group_mentions(found, text)]
    out.sort(key=lambda e: -e.salience)
    return out
