"""What is not a quote: scare quotes, nicknames, titles of works, labels.

A short fragment inside a sentence ("mixed") is a quote only when a cue reports it ("called it
“a blank check”", "said he has “big plans”") or a person names something with it ("pounding his
rival as a “con artist”"); otherwise it labels something ("said “gunmen” shot", "appeared on
“Face the Nation”") and is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ... import lexicon
from .cues import (
    ACCORDING,
    ADDRESSEE_VERBS,
    PRONOUNS,
    according_to_the_sentence,
    inside,
    is_cue,
    names_someone,
    subject_of,
)
from .marks import count_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .context import QuoteContext
    from .marks import Found

# A fragment of up to this many words inside a sentence may be a label rather than someone's
# words; longer fragments are always kept.
MIXED_FRAGMENT_WORDS = 6
# Fragments of at most this many words that nothing reports are scare quotes or nicknames.
SCARE_QUOTE_WORDS = 2
REPORTED_DEPTH = 6  # steps from a quoted fragment up to the cue whose report holds it
TITLE_DEPTH = 3  # the same for a title-case fragment ("hailed him as “The Comeback Kid”")
# Titles of programmes, books and campaigns are short ("Meet the Press", "Contract with America").
TITLE_OF_WORK_WORDS = 6
# Steps from "as" up to the verb whose subject names the fragment ("rated the claim as “false”").
AS_CLIMB = 3
# How far before a quote's opening mark a naming word ("so-called", "dubbed") is looked for.
NAMING_REACH = 30
# How far back the other form of a term ("“A,” or “B”") may open.
ALTERNATIVE_REACH = 120
_ALTERNATIVE = re.compile(r"[\u201c\"][^\u201c\u201d\"]{1,80}[\u201d\"],?\s+or\s*$")
_LABEL_DEPS = frozenset({"nsubj", "nsubjpass", "compound", "poss", "appos", "npadvmod", "nmod"})


@dataclass(frozen=True)
class Verdict:
    """Whether a found quote is kept, and who named something with it (see `named_as`)."""

    keep: bool
    namer: Token | None = None


def judge(ctx: QuoteContext) -> Verdict:
    """Keep a quote unless it is empty, a title of a work, or a short label nothing reports.

    Example: in 'The show “Open Court” airs at nine.' the title is dropped; in 'She called the
    plan “a gift to landlords.”' the fragment is kept (the cue "called" reports it).
    """
    quoted = ctx.quoted
    title = is_title_of_work(quoted)
    reported = False
    namer = None
    if ctx.kind == "mixed" and count_words(quoted) <= MIXED_FRAGMENT_WORDS:
        cues = {t for t in ctx.scope if not inside(t, ctx.all_pieces) and is_cue(t)}
        # a title is someone's words only when a cue takes it nearly directly
        depth = TITLE_DEPTH if title else REPORTED_DEPTH
        reported = reported_by(ctx.roots, cues, depth, subjects=count_words(quoted) > 1) or (
            not title and any(according_to_the_sentence(c, ctx.roots) for c in cues)
        )
        namer = None if reported else named_as(ctx.doc, ctx.found)
        if namer is not None:  # "pounding Trump as a “con artist”": the namer's words
            reported = True
        if not reported and count_words(quoted) <= SCARE_QUOTE_WORDS:
            return Verdict(False)  # a scare quote, a nickname, a title
        if not reported and introduced_as_a_name(ctx.text, ctx.found.start):
            # 'the nickname “the man with the bloody hand”': a term, not words said. Inside a
            # report it stays ('Clinton says the player nicknamed “King James” is …'): the
            # reporter chose the words, and PolNeAR counts them.
            return Verdict(False)
    if not quoted.strip() or (title and not reported):
        return Verdict(
            False
        )  # "appeared on “Face the Nation”", but "hailed him as “The Comeback Kid”" is a quote
    return Verdict(True, namer)


def introduced_as_a_name(text: str, start: int) -> bool:
    """Whether the words right before a quote introduce it as a term (naming_words.txt):
    'so-called “protection contracts”', 'the nickname “the Iron Lady”'."""
    before = " ".join(text[max(0, start - NAMING_REACH) : start].lower().split())
    before = re.sub(r"\s+(?:a|an|the)$", "", before)
    if any(before == w or before.endswith(" " + w) for w in lexicon.words("naming_words")):
        return True
    # its translation or other form: 'the nickname “mkono wa damu,” or “the man with the bloody hand”'
    window = max(0, start - ALTERNATIVE_REACH)
    other = _ALTERNATIVE.search(text[window:start])
    return other is not None and introduced_as_a_name(text, window + other.start())


def named_as(doc: Doc, found: Found) -> Token | None:
    """A fragment right after "as" on what a person or organisation does ("has been pounding
    Trump as a “con artist”", "PolitiFact rated 22% of claims as “entirely true”"), found by
    position when the parser hangs "as" or the fragment elsewhere."""
    start = doc.char_span(found.start, found.end, alignment_mode="expand")
    if start is None or start.start == 0:
        return None
    i = start.start - 1
    if doc[i].lower_ in ("a", "an", "the") and i > 0:
        i -= 1
    if doc[i].lower_ != "as":
        return None
    node = doc[i]
    for _ in range(AS_CLIMB):
        node = node.head
        if node.pos_ == "VERB":
            subject = subject_of(node)
            return subject if subject is not None and names_someone(subject) else None
    return None


_TITLE_SMALL_WORDS = frozenset("a an the and or of in on at to for with by from it's its vs".split())


def is_title_of_work(quoted: str) -> bool:
    """“Face the Nation,” “Morning Joe”, “Contract with America”: a short title-case name of a
    programme, book or campaign rather than someone's words."""
    words = re.findall(r"[\w'\u2019-]+", quoted)
    if not 1 <= len(words) <= TITLE_OF_WORK_WORDS or quoted.rstrip().endswith(("?", "!")):
        return False
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return bool(content) and len(content) >= 2 and all(w[0].isupper() or w[0].isdigit() for w in content)


def reported_by(roots: Sequence[Token], cues: set[Token], depth: int, *, subjects: bool) -> bool:
    """Whether a short quoted fragment is part of what a cue reports, not a label.

    "called it “a blank check”" and "said he has “big plans”" are reported words;
    "said “gunmen” shot" and "accused of “collaborating”" name or label something: the
    path up to the cue passes through a subject, or is too long. With `subjects` (a fragment
    of more than one word), the subject of a clause the cue reports with "that" is reported
    ("said that “a bomb” had gone off").
    """
    for root in roots:
        node = root
        for step in range(depth):
            if _characterised(node, cues, directly=step == 0):
                return True  # "described her as a “disgrace”", "blasted them for being “dishonest”"
            modifier = node.dep_ in ("compound", "nmod") and node.head.pos_ == "NOUN"
            # "said that “a bomb” had gone off": the subject of a clause a cue reports with "that"
            # (a single word there is a label: "reported that “gunmen” in Gaza shot dead …")
            reported_subject = (
                subjects
                and node.dep_ in ("nsubj", "nsubjpass")
                and node.head.dep_ == "ccomp"
                and node.head.head in cues
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.head.children)
            )
            if reported_subject:
                return True
            if (node.dep_ in _LABEL_DEPS and not modifier) or node.head is node:
                break
            if node.dep_ in ("pobj", "pcomp") and node.head.head in cues:
                break  # "said on “Face the Nation”": where it was said, not what
            if node.dep_ in ("dobj", "dative") and node.head.lemma_.lower() in ADDRESSEE_VERBS:
                break  # "told MSNBC's “Morning Joe” that": whom it was said to
            if node.dep_ == "acl" and node.tag_ == "VBN":
                break  # "people accused of “collaborating”": a label for the people
            node = node.head
            if node in cues or any(c in cues and c.lower_ == ACCORDING for c in node.children):
                return True  # "According to Limbaugh, the move reeks of “fear”"
    return False


_CHARACTERISING_PREPS = frozenset({"as", "for", "to", "of"})


def _characterised(node: Token, cues: set[Token], directly: bool = False) -> bool:
    """The object of "as"/"for"/"to"/"of" on a cue: the words the speaker used for something;
    `directly` quoted, the object of "as" on any verb a person does."""
    prep = node.head
    if node.dep_ not in ("pobj", "pcomp") or prep.text.lower() not in _CHARACTERISING_PREPS:
        return False
    if prep.head in cues:
        return subject_of(prep.head) is not None  # "calling out Trump for his “lies”" under "Mook said"
    # "admires Putin as a “strong leader”", "identified the judge as “Spanish”"
    subject = subject_of(prep.head) if directly and prep.lower_ == "as" and prep.head.pos_ == "VERB" else None
    return subject is not None and (subject.ent_type_ in ("PERSON", "ORG") or subject.lower_ in PRONOUNS)
