"""Cues and the words naming their speakers, read from the parse.

A cue is a reporting verb ("said", "wrote", "called it"), a verb with its particle ("fired back"),
"found" after a finder ("a study found"), or "according to". Its speaker mention is its subject,
following control, coordination and relative clauses upwards; a report inside another report
belongs to the outer speaker. The word lists are data in ``newscli.lexicon``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ... import lexicon
from ...articles import DATELINE_RE
from ..entities.vocab import (
    NAMING_PARTICIPLES,
    NICKNAME_WORDS,
    OFFICES,
    POST_NOMINALS,
    QUOTE_CHARS,
    ROLE_NOUNS,
    SURNAME_PARTICLES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .marks import Piece


def _verbs_of_class(name: str) -> frozenset[str]:
    return frozenset(
        lemma for lemma, (classes,) in lexicon.table("reporting_verbs").items() if name in classes.split(",")
    )


# Reporting verbs by lemma; a few inflected forms the lemmatizer leaves as written map to theirs.
REPORTING_VERBS = _verbs_of_class("speech")
VERB_FORMS = lexicon.mapping("verb_forms")
ADDRESSEE_VERBS = _verbs_of_class("addressee")  # "told “Morning Joe”", "assured them": the listener
PUBLISHING_VERBS = _verbs_of_class("publishing")
PERCEPTION_VERBS = _verbs_of_class("perception")
FINDING_VERBS = _verbs_of_class("finding")  # a cue only after a finder: "a study found"
# Verbs taking a side on a noun phrase ("promote", "endorse"): no cue that finds a speaker for
# a quotation, but the cue of one whose speaker the sentence's subject gives ("Lee came to
# promote a “fresh start”").
STANCE_VERBS = _verbs_of_class("stance")
# Reporting verbs whose reported speech is a clause, never their object ("added 20 points").
CLAUSE_VERBS = _verbs_of_class("clause")
PHRASAL_CUES = frozenset(tuple(entry.split()) for entry in lexicon.words("phrasal_cues"))
NOUN_CUES = lexicon.words("reporting_nouns")  # "the mayor's claim that ..."
FINDERS = lexicon.words("finders")  # subjects whose "found" reports a finding
DOCUMENT_NOUNS = lexicon.words("document_nouns")  # "the statement said": its publisher's
FIGURE_NOUNS = lexicon.words("figure_nouns")  # "posted a net loss": a result, not speech
FIGURE_VERBS = _verbs_of_class("figures")
# Units of time: "sought eight years" asks for a prison term; it reports no one's words.
TIME_UNITS = frozenset(lexicon.table("date_units"))
ACCORDING = "according"
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "him", "her", "them", "you"})
RELATIVE = frozenset({"who", "that", "which", "whom"})
THING_PRONOUNS = frozenset({"it", "this", "that"})
# Possessive pronouns and the subject pronoun a resolver reads them as.
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Roles and offices that name the person after them ("Its director, Olumide Farouk, said").
ROLE_WORDS = ROLE_NOUNS | OFFICES
_MANNER_PREPS = frozenset({"by", "in", "after", "before", "while", "when"})  # not "despite"

# How many clauses to climb from a reporting verb to the one that has its subject ("X wanted to
# go on to say": say -> go -> wanted); beyond that the subject is some other clause's.
SUBJECT_CLIMB = 4
# A dateline ("LONDON (Reuters) -") is a few words at the start of a line: how far back to look
# for the line's start, and how many words after the subject to read the dateline from.
DATELINE_WORDS_BEFORE = 8
DATELINE_WORDS_AFTER = 12
# A short aside in brackets between a name and its verb ("Sen. Ann Becker (D-MA) said"): a
# party and state, an age or a title fit in this many words.
BRACKET_ASIDE_WORDS = 8
# How far back (in tokens: a few paragraphs) an earlier mention of a document may name its
# publisher ("The bank issued a statement. … the statement said"); further back is another story.
PUBLISHER_WINDOW = 300
DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # a document named before
# Steps from a quote's root up the parse to the cue that governs it: a quote is the object or
# the complement of a clause under the cue, rarely deeper.
GOVERN_DEPTH = 4


def is_reporting_word(word: str) -> bool:
    """Whether a word (lower case) is a reporting verb's lemma, or a form the lemmatizer misses."""
    return VERB_FORMS.get(word, word) in REPORTING_VERBS


def inside(token: Token, pieces: Sequence[Piece]) -> bool:
    """Whether the token lies inside one of the quoted pieces."""
    return any(p.start <= token.idx < p.end for p in pieces)


def is_cue(token: Token) -> bool:
    """Whether a token is a cue: a reporting verb, "according (to)", a phrasal cue or a finding."""
    if token.lower_ == ACCORDING and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        return True
    if token.tag_ == "VBN" and token.dep_ in ("acl", "amod") and not misparsed_main_verb(token):
        return False  # "people accused of ...": a passive modifier reports nothing
    if token.pos_ == "VERB" and any(
        (token.lemma_.lower(), c.lower_) in PHRASAL_CUES
        for c in token.children
        if c.dep_ in ("prt", "advmod")
    ):
        return True  # "fired back that …", "summed up Clinton as “terrible”"
    if token.lemma_.lower() in FINDING_VERBS and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in FINDERS or c.ent_type_ == "ORG") for c in token.children
    ):
        return True  # "A GAO report found that …", "Pew found that …" (not "police found")
    return (
        token.pos_ in ("VERB", "AUX")
        and is_reporting_word(token.lemma_.lower())
        or (token.pos_ == "VERB" and is_reporting_word(token.lower_))
    )


def misparsed_main_verb(verb: Token) -> bool:
    """ "Lena Marsh, the head of economics, compared the budget to ...": the parser sometimes
    makes the name the root and the sentence's verb a modifier of it."""
    head = verb.head
    return verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ == "PROPN" and head.i < verb.i - 2


def _names_a_time(token: Token) -> bool:
    """A day or time, not an age (which the recogniser also labels DATE: "the 46-year-old")."""
    return token.ent_type_ in ("DATE", "TIME") and not token.lower_.endswith("old")


_POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def possessor_after(subject: Token, verb: Token) -> bool:
    """ "X said Hamas’ military wing had …": a name after the verb with a possessive mark opens
    the content (the parse may take it for an inverted subject); "said Hamas spokesman X" stays."""
    nxt = subject.i + 1
    return subject.i > verb.i and nxt < len(subject.doc) and subject.doc[nxt].lower_ in _POSSESSIVE_MARKS


def subject_of(verb: Token) -> Token | None:
    """The speaker token of a reporting verb, following control and coordination upwards."""
    noun = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and noun.pos_ == "NOUN" and noun.dep_ == "dobj":
        # "Black Lives Matter issued a statement saying …": the one who issued it (but "to see a
        # Republican administration defending …": the one seen)
        perceived = noun.head.lemma_.lower() in PERCEPTION_VERBS
        issuer = subject_of(noun.head) if noun.head is not noun and not perceived else None
        if issuer is not None:
            return issuer
    if verb.tag_ == "VBG" and verb.i > 0:
        # "footage of Hillary Clinton asking, “…”", "a video of Trump saying": the one doing it
        before = verb.doc[verb.i - 1]
        if before.ent_type_ in ("PERSON", "NORP", "ORG") or (
            verb.dep_ == "acl" and verb.head == before and before.pos_ == "NOUN"
        ):
            return before
    if misparsed_main_verb(verb):
        return verb.head
    seen = 0
    passive_ok = False
    while verb is not None and seen < SUBJECT_CLIMB:
        seen += 1
        subjects = [
            c
            for c in verb.children
            if (c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and (passive_ok or verb.lemma_ == "quote")))
            and not _names_a_time(c)  # "Saturday at the convention Sen. Warren said": a misparse
            and not possessor_after(c, verb)
        ]
        if subjects:  # two subjects in a misparse ("His verdict: “…,” he said"): the nearer one
            return _after_dateline(min(subjects, key=lambda c: abs(verb.i - c.i)), verb)
        for child in verb.children:  # "was told by X", "was quoted by X"
            if child.dep_ == "agent":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.text.lower() in _MANNER_PREPS:
            verb = verb.head.head  # "Holt will insert himself by calling out Trump": Holt
            passive_ok = True  # "After saying …, she was whisked off": she
            continue
        if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "ccomp", "relcl") and verb.head is not verb:
            if verb.dep_ == "relcl":
                return verb.head
            verb = verb.head
            continue
        break
    return None


def _after_dateline(subject: Token, verb: Token) -> Token:
    """ "LONDON (Reuters) - Donald Trump said": a place in a dateline is never the subject; the
    phrase between the dateline and the verb is (its head: the word highest in the parse)."""
    doc = subject.doc
    first = subject.i  # the first word of the subject's line (a dateline is a few words long)
    while first > 0 and subject.i - first < DATELINE_WORDS_BEFORE and "\n" not in doc[first - 1].text_with_ws:
        first -= 1
    while first < subject.i and doc[first].is_space:  # a blanked headline leaves spaces
        first += 1
    if first > 0 and "\n" not in doc[first - 1].text_with_ws:
        return subject  # the subject is not near the start of a line
    start = doc[first].idx
    dateline = DATELINE_RE.match(doc[first : subject.i + DATELINE_WORDS_AFTER].text)
    if dateline is None or subject.idx >= start + dateline.end():
        return subject
    between = [
        t
        for t in doc[subject.i : verb.i]
        if t.idx >= start + dateline.end() and not t.is_punct and not _names_a_time(t)
    ]  # "… /PRNewswire/ -- Acme Ltd today said": Acme, not today
    if not between:
        return subject
    return min(between, key=lambda t: sum(1 for _ in t.ancestors))


def reporting_cues_above(cue: Token) -> Iterator[tuple[Token, Token]]:
    """The cues (with their subjects) whose report holds `cue`, innermost first."""
    for ancestor in cue.ancestors:
        if is_cue(ancestor):
            subject = subject_of(ancestor)
            if subject is not None:
                yield ancestor, subject


def outer_reporter(cue: Token) -> tuple[Token, Token] | None:
    """The cue and speaker reporting a cue whose subject is "it": "She says it underscores that
    Trump is “unfit”" -> says, She."""
    for ancestor, subject in reporting_cues_above(cue):
        return (ancestor, subject) if subject.lower_ not in THING_PRONOUNS else None
    return None


def same_speaker_reporting(cue: Token, subject: Token) -> Token:
    """ "He says he respects her and calls her “…”": the same speaker reporting their own words
    is named where the report begins, at the outer subject."""
    for _, outer in reporting_cues_above(cue):
        if outer.lower_ == subject.lower_ and outer.i < subject.i:
            return outer
    return subject


def document_owner(subject: Token, all_pieces: Sequence[Piece]) -> Token:
    """ "Sanders is releasing an ad that urges voters to “send a message”": the one who made,
    passed or ran the thing that speaks."""
    if subject.lower_ not in ("that", "which") or subject.head.dep_ != "relcl":
        return subject
    thing = subject.head.head
    if thing.ent_type_ in SPEAKER_LABELS or thing.pos_ != "NOUN":
        return subject
    verb = thing.head.head if thing.dep_ == "pobj" else thing.head
    if thing.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in PUBLISHING_VERBS:
        return subject
    if any(c.dep_ == "prt" for c in verb.children):
        return subject  # "passed out water bottles that said …": handed out, not published
    owner = subject_of(verb)
    if (
        owner is None
        or inside(owner, all_pieces)
        or owner.lower_ in RELATIVE
        or owner.lower_ in THING_PRONOUNS
    ):
        return subject
    return owner


def outermost_report(cue: Token, subject: Token, all_pieces: Sequence[Piece]) -> tuple[Token, Token]:
    """A report inside another's report is the outer speaker's, as PolNeAR annotates it.

    "The coach said he is sure the striker will stay “a leader in this dressing room”" -> The
    coach; "The minister told the Herald that the council “ran a reckless budget”" -> The
    minister. Not a report of its own joined by "and" or an adverbial clause ("…, although she
    wrote that she “opposes …”", "while the mayor refers to him as “Tommy”", "…, and when asked,
    the treasurer answered, “…”" even when the parser hangs that on the reported clause), nor a
    speaker's own relative clause ("said Ruiz, who said there is “no hurry …”": the nearest
    mention, "who").
    """
    for outer_cue, outer in reporting_cues_above(cue):
        branch = cue
        while branch.head != outer_cue:
            branch = branch.head
        if (
            branch.dep_ in ("conj", "advcl")
            or (cue.dep_ == "conj" and any(c.dep_ == "nsubj" for c in cue.children))
            or inside(outer, all_pieces)
            or outer.lower_ in RELATIVE
            or outer.lower_ in THING_PRONOUNS
            or (subject.lower_ in RELATIVE and subject.head.head == outer)
        ):
            break
        cue, subject = outer_cue, outer
    return cue, subject


def before_brackets(doc: Doc, i: int) -> int | None:
    """The token before i, passing over a short aside in brackets ("Sen. Ann Becker (D-MA) said")."""
    before = i - 1
    if before >= 0 and doc[before].text == ")":
        opening = next(
            (k for k in range(before - 1, max(-1, before - BRACKET_ASIDE_WORDS), -1) if doc[k].text == "("),
            None,
        )
        before = opening - 1 if opening is not None else before
    return before if before >= 0 else None


def according_to_the_sentence(cue: Token, roots: Sequence[Token]) -> bool:
    """ "According to Limbaugh, the move reeks of “fear”": the whole sentence is his, but not
    the words naming the source ("According to her “clawback” plan")."""
    return (
        cue.lower_ == ACCORDING
        and (cue.dep_ == "ROOT" or cue.head.dep_ == "ROOT")
        and (source := according_to_speaker(cue)) is not None
        and all(root.i >= name_span(source).end for root in roots)
    )


def according_to_speaker(token: Token) -> Token | None:
    to = token.nbor()
    for child in to.children:
        if child.dep_ == "pobj":
            return child
    following = to.nbor() if to.i + 1 < len(token.doc) else None
    return following


# Determiners of one thing: "a deal officials said could …" opens a singular noun phrase
SINGULAR_DETERMINERS = frozenset({"a", "an", "another", "each", "every"})


def stranded_phrase(subject: Token) -> Span | None:
    """ "…, a deal officials said could cut costs": in a reduced relative clause the parse may
    take the noun the clause is about ("a deal") for modifiers of the clause's plural subject
    ("officials"): a singular determiner, then a singular common noun right before the
    subject. That noun phrase, or None when the subject has none."""
    doc = subject.doc
    if subject.tag_ not in ("NNS", "NNPS") or subject.i == 0 or subject.ent_type_:
        return None
    noun = doc[subject.i - 1]
    if noun.tag_ != "NN" or noun.dep_ != "compound" or noun.head.i != subject.i:
        return None
    det = next(
        (c for c in subject.children if c.dep_ == "det" and c.i < noun.i and c.lower_ in SINGULAR_DETERMINERS),
        None,
    )
    return doc[det.i : noun.i + 1] if det is not None else None


def name_span(token: Token) -> Span:
    """The words naming a speaker: the entity holding the token, else its noun phrase."""
    doc = token.doc
    if _post_nominal(token) and token.i > 0 and doc[token.i - 1].is_title and doc[token.i - 1].whitespace_ == " ":
        token = doc[token.i - 1]  # "Oliver Strand KC, said": the name, not the letters after it
    if token.ent_type_ and token.ent_iob_:
        start = token.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        while end - 1 > start and doc[end - 1].lower_ in ("'s", "\u2019s", "'", "\u2019"):
            end -= 1  # "Maria Lopez's claim": the name without the possessive
        while end - 1 > start and _post_nominal(doc[end - 1]):
            end -= 1  # "Edward Lyle QC argued"
        while end - 1 > start and (doc[start].is_punct or doc[start].is_space):
            start += 1  # "― Ana Ruiz": the recogniser took the dash into the name
        if token.ent_type_ == "PERSON":
            particles = start
            while start > 0 and doc[start - 1].lower_ in SURNAME_PARTICLES and doc[start - 1].whitespace_ == " ":
                start -= 1  # "Van der" + "Berg said": the particles the recogniser left out
            before = doc[start - 1] if start > 0 else None
            if start < particles and before is not None and before.is_title and before.is_alpha:
                start -= 1  # "Mariam" + "bint Faisal Al-Otaibi": particles stand inside a name
        return doc[_nickname_start(doc, start, end) : end]
    if token.lower_ in PRONOUNS or token.lower_ in RELATIVE:
        return doc[token.i : token.i + 1]
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("det", "compound", "amod", "poss", "nmod", "nummod", "case") or (
            child.dep_ == "punct" and child.text in "'\u2019"
        ):
            left = min(left, child.left_edge.i if child.dep_ == "poss" else child.i)
    stranded = stranded_phrase(token)
    if stranded is not None:  # "a deal officials said": officials
        left = max(left, stranded.end)
    return doc[_nickname_start(doc, left, token.i + 1) : token.i + 1]


def _post_nominal(token: Token) -> bool:
    return token.text.replace(".", "") in POST_NOMINALS


def _nickname_start(doc: Doc, start: int, end: int) -> int:
    """Where a name with a nickname in marks starts when the words found begin inside it
    ('Roz" Abernathy' of Rosalind "Roz" Abernathy): at the first name before the opening mark."""
    close = next((t.i for t in doc[start:end] if t.text in QUOTE_CHARS), None)
    if close is None or close == end - 1 or doc[close - 1].whitespace_:
        return start
    for opening in range(close - 2, max(close - 2 - NICKNAME_WORDS, 0), -1):
        if doc[opening].text in QUOTE_CHARS:
            first = doc[opening - 1]
            named = first.is_title and first.is_alpha and not doc[opening].whitespace_
            return first.i if named and opening <= start else start
    return start


def is_relative(token: Token) -> bool:
    return token.lower_ in RELATIVE and token.head.dep_ == "relcl"


def speaker_from(token: Token | None) -> Span | None:
    """The words naming the speaker at `token`; a relative pronoun stays itself ("Pence, who
    called …": the mention is "who", the resolver names it through its antecedent)."""
    if token is None:
        return None
    if is_relative(token):
        return token.doc[token.i : token.i + 1]
    return name_at(token)


def name_at(token: Token) -> Span:
    if is_relative(token):
        token = token.head.head
    elif token.dep_ == "relcl":
        token = token.head
    token = called_name(token) or token  # "A startup called Ledgerly says" -> Ledgerly
    if token.ent_type_ not in SPEAKER_LABELS:  # "Her former partner, Tom Becker," -> Tom Becker
        named = [
            c
            for c in token.children
            if c.dep_ == "appos" and (c.ent_type_ in SPEAKER_LABELS or _name_after_descriptor(token, c))
        ]
        if named:
            token = named[0]
    owner = possessive_owner(token)
    if owner is not None:  # "Her answer was blunt: “…”" -> her
        return token.doc[owner.i : owner.i + 1]
    return name_span(token)


def called_name(noun: Token) -> Token | None:
    """The name a noun introduces with "called" or "named" ("a startup called Ledgerly", "a
    charity named Hearth Trust"): the last of the capitalised words right after the participle,
    whatever the parser made of them (an unknown "Ledgerly" is read as an adverb)."""
    doc = noun.doc
    if not any(c.lower_ in ("a", "an") for c in noun.children):
        return None  # "The company named Ana Ruiz as chair": a verb the parser read as a participle
    for c in noun.children:
        if c.dep_ == "acl" and c.lower_ in NAMING_PARTICIPLES and c.i == noun.i + 1:
            j = c.i + 1
            while j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j].whitespace_ == " ":
                j += 1
            if j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha:
                return doc[j]
    return None


def introduced_by(name: Token) -> Token | None:
    """The noun that introduced a name with "called" or "named" ("startup" of "a startup
    called Ledgerly")."""
    i = name.left_edge.i if name.left_edge.text[:1].isupper() else name.i
    before = name.doc[i - 1] if i > 0 else None
    if before is not None and before.dep_ == "acl" and before.lower_ in NAMING_PARTICIPLES:
        return before.head if called_name(before.head) is not None else None
    return None


def _name_after_descriptor(noun: Token, appos: Token) -> bool:
    """ "Regional carrier AeroNord said": a proper name right after a common noun, with no comma
    between, is who the noun describes, whatever label the recogniser gave the name; so is a
    person's name set off by commas after a role ("Its director, Olumide Farouk, said")."""
    if noun.pos_ != "NOUN" or appos.pos_ != "PROPN":
        return False
    if appos.left_edge.i == noun.i + 1:
        return True
    doc = noun.doc
    left = appos.left_edge.i
    return (
        left == noun.i + 2
        and doc[noun.i + 1].text == ","
        and noun.lower_ in ROLE_WORDS
        and all(t.is_title for t in doc[left : appos.i + 1])
    )


def possessive_owner(token: Token) -> Token | None:
    """The pronoun owning a noun of speech ("His reply", "Their verdict"): the person or group
    behind it is the speaker, not the noun phrase."""
    if token.lemma_.lower() not in NOUN_CUES and token.lower_ not in NOUN_CUES:
        return None
    return next((c for c in token.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)


def quote_root_in(pieces: Sequence[Piece], span: Span) -> list[Token]:
    """Tokens inside the quote whose head lies outside it."""
    return [t for t in span if inside(t, pieces) and not inside(t.head, pieces) and not t.is_punct]


def governs(cue: Token, roots: Sequence[Token]) -> bool:
    for root in roots:
        node = root
        for _ in range(GOVERN_DEPTH):
            if node == cue:
                return True
            if node.head is node:
                break
            node = node.head
    return False


def sentences(doc: Doc, start: int, end: int) -> Span:
    """The sentences covering characters start..end as one span."""
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None or len(first) == 0:
        return doc[0:0]
    s = first[0].sent.start if doc.has_annotation("SENT_START") else first.start
    e = first[-1].sent.end if doc.has_annotation("SENT_START") else first.end
    return doc[s:e]


def has_content(cue: Token) -> bool:
    """Whether a cue has its own reported words ("said that …", "said: …")."""
    return any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in cue.children)


def token_ending(doc: Doc, end: int) -> Token | None:
    """The token holding the character just before offset `end`."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def publisher_of(mention: Span) -> Token | None:
    """Who issued the document a speaker mention names, when the article says so: "the bank's
    statement", "a letter from the union" (its owner), or, for "the statement", an earlier
    mention of it: "the bank issued a statement", "the bank said in a statement", "a statement
    from the bank". None for anything else ("other emails" are not the ones named before)."""
    head = mention.root
    if head.lemma_.lower() not in DOCUMENT_NOUNS or head.ent_type_ in SPEAKER_LABELS:
        return None
    owner = _issuer(head)
    if owner is not None or mention[0].lower_ not in DEFINITE:
        return owner  # "other emails", "a new letter": not the one named before
    doc = mention.doc
    for noun in reversed(doc[max(0, mention.start - PUBLISHER_WINDOW) : mention.start]):
        if noun.lemma_.lower() == head.lemma_.lower() and (owner := _issuer(noun)) is not None:
            return owner
    return None


def _issuer(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in PUBLISHING_VERBS:
        return subject_of(verb)
    if noun.dep_ == "pobj" and verb.lower_ == "in" and is_cue(verb.head):
        return subject_of(verb.head)  # "the bank said in a statement"
    return None


def states_a_result(verb_lemma: str, noun: Token) -> bool:
    """Whether a verb with this noun as its object states a business result rather than
    reporting words: a figure after a verb of the class `figures` ("posted a net loss",
    "announced record profits"; not "posted a photo")."""
    return verb_lemma in FIGURE_VERBS and (noun.lemma_.lower() in FIGURE_NOUNS or noun.lower_ in FIGURE_NOUNS)


def names_a_term(noun: Token) -> bool:
    """A counted span of time ("eight years", "six months"): wanted or sought, it is a term
    (of prison, of office) and no one's words. Amounts of money stay content: PolNeAR marks
    "sought $2 billion", and "suggested four more nights" (a proposal, of a speech verb)."""
    return noun.lemma_.lower() in TIME_UNITS and any(c.dep_ == "nummod" for c in noun.children)


def names_someone(token: Token) -> bool:
    return token.ent_type_ in ("PERSON", "ORG") or token.pos_ == "PROPN" or token.lower_ in ("he", "she")
