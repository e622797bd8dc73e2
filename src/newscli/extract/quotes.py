"""Quotation marks -> quotes -> cues and speakers.

1. Marks: every quotation mark in a paragraph gets a role from its kind and context
   (curly marks have a direction; a straight mark opens after a space and closes before one;
   an apostrophe in "won't", "Joneses'" or 6'2" is no mark). Marks pair within a paragraph;
   an unmatched mark costs at most its own paragraph. A paragraph that leaves a quote open
   continues into the next one when that paragraph opens with a mark (news convention).
2. Quotes: segments joined across paragraphs, and across a short attribution inside one
   sentence ("A," she said, "B."). Short quoted terms that no cue governs (scare quotes,
   nicknames, titles of works) are dropped.
3. Cues and speakers: the reporting verb (or "according to", a colon introduction, a dash)
   nearest to the quote in its sentence, with its subject as the speaker mention; relative
   pronouns go to their antecedent. A quote paragraph without a cue takes the speaker of the
   adjacent attribution. Speaker mentions resolve to entity names (pronouns to the most
   plausible earlier person) through the entities extractor's groups.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..articles import DATELINE_RE
from ..model import Entity, Mention, Quote, Segment
from . import reported as reported_speech
from .entities import TITLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

REPORTING_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "note",
        "explain",
        "state",
        "claim",
        "argue",
        "insist",
        "warn",
        "urge",
        "reiterate",
        "write",
        "tweet",
        "post",
        "announce",
        "declare",
        "report",
        "reply",
        "respond",
        "answer",
        "ask",
        "acknowledge",
        "admit",
        "agree",
        "allege",
        "assert",
        "call",
        "describe",
        "deny",
        "suggest",
        "recall",
        "remark",
        "comment",
        "conclude",
        "confirm",
        "contend",
        "continue",
        "counter",
        "criticize",
        "criticise",
        "demand",
        "emphasize",
        "emphasise",
        "estimate",
        "joke",
        "lament",
        "maintain",
        "mention",
        "observe",
        "point",
        "predict",
        "promise",
        "proclaim",
        "quip",
        "recount",
        "reveal",
        "scoff",
        "shout",
        "stress",
        "testify",
        "vow",
        "wonder",
        "complain",
        "boast",
        "concede",
        "charge",
        "accuse",
        "blast",
        "slam",
        "praise",
        "cite",
        "quote",
        "read",
        "indicate",
        "pledge",
        "caution",
        "chide",
        "retort",
        "snap",
        "sigh",
        "whisper",
        "yell",
        "exclaim",
        "muse",
        "opine",
        "posit",
        "question",
        "recommend",
        "plead",
        "implore",
        "hint",
        "advise",
        "assure",
        "inform",
        "brief",
        "preach",
        "signal",
        "threaten",
        "thank",
        "apologize",
        "apologise",
        "welcome",
        "hail",
        "dismiss",
        "decry",
        "denounce",
        "lambast",
        "mock",
        "tout",
        "trumpet",
        "begin",
        "characterize",
        "characterise",
        "label",
        "dub",
        "term",
        "brand",
        "put",
        "express",
        "voice",
        "echo",
        "mutter",
        "grumble",
        "rail",
        "fume",
        "gush",
        "interject",
        "disclose",
        "divulge",
        "concur",
        "object",
        "protest",
        "reason",
        "speculate",
        "surmise",
        "theorize",
        "underscore",
        "highlight",
        "stress",
        "sound",
        "conclude",
        "summarize",
        "summarise",
        "recount",
        "relate",
        "describe",
        "liken",
        "compare",
        "reference",
        "sing",
        "chant",
        "told",
        "refer",
        "portray",
        "repeat",
        "blame",
        "knock",
        "assail",
        "cry",
        "elaborate",
        "react",
        "riff",
        "challenge",
        "propose",
        "defend",
        "attack",
        "reject",
        "email",
        "lash",
        "scold",
        "rebuke",
        "ridicule",
        "deride",
        "condemn",
        "wrote",
        "tweeted",
    ]
)
PHRASAL_CUES = frozenset(
    {("fire", "back"), ("hit", "back"), ("sum", "up"), ("shoot", "back"), ("speak", "out")}
)
ACCORDING = "according"
# Subjects whose "found" reports a finding: "A 2014 House committee report found “no evidence …”"
FINDERS = frozenset(
    "report study survey poll analysis review audit investigation inquiry probe researcher analyst "
    "scientist economist committee panel court judge jury commission".split()
)
# Cues whose object is the listener, not the words: "told “Morning Joe”", "assured them"
ADDRESSEE_VERBS = frozenset({"tell", "inform", "brief", "assure", "notify", "remind", "thank"})
# Nouns that report someone's words when they have an owner ("Trump's claim that ...").
NOUN_CUES = frozenset(
    """
claim statement comment remark assertion promise pledge warning description argument accusation
charge suggestion insistence vow message words tweet post response reply answer contention
allegation prediction declaration announcement explanation admission denial view belief
""".split()
)
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "him", "her", "them", "you"})
RELATIVE = frozenset({"who", "that", "which", "whom"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
MALE = frozenset({"he", "him", "his", "himself"})
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
FEMALE_TITLES = frozenset(
    {
        "mrs",
        "ms",
        "miss",
        "madam",
        "dame",
        "lady",
        "queen",
        "princess",
        "sister",
        "congresswoman",
        "councilwoman",
        "chairwoman",
        "spokeswoman",
    }
)
MALE_TITLES = frozenset(
    {
        "mr",
        "sir",
        "lord",
        "king",
        "prince",
        "father",
        "brother",
        "congressman",
        "councilman",
        "chairman",
        "spokesman",
    }
)

OPEN_ONLY = {"\u201c": '"', "\u201e": '"', "\u00ab": '"', "``": '"', "\u2018": "'", "\u201a": "'"}
CLOSE_ONLY = {"\u201d": '"', "\u00bb": '"', "''": '"', "\u2019": "'"}
_MARK_RE = re.compile("``|''|[\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019\u201a]")
_OPENING_CONTEXT = set(" \t\r\n\u00a0([{<\u2014\u2013-/:;,") | {""}
_CLOSING_CONTEXT = set(" \t\r\n\u00a0)]}>\u2014\u2013-/:;,.!?") | {""}
SCARE_QUOTE_WORDS = 2
_LABEL_DEPS = frozenset({"nsubj", "nsubjpass", "compound", "poss", "appos", "npadvmod", "nmod"})
REPORTED_DEPTH = 6  # steps from a quoted fragment up to the cue whose report holds it
TITLE_DEPTH = 3  # the same for a title-case fragment ("hailed him as “The Comeback Kid”")
# A transcript's speaker label opening a quote: "PENCE: Well, look, …"
_SPEAKER_LABEL = re.compile(r"([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}):\s")
_TAG_RE = re.compile(r"<[A-Za-z/][^<>\n]*>")  # markup left in a text: <tweet author="X">
# A name standing alone before a colon, after a dash or at the start of a line: a label
_LABEL_BEFORE_COLON = re.compile(
    r"(?:\s[-\u2013\u2014]\s*|^)((?:[A-Z][\w.\u2019']* ?){1,4}(?:and (?:[A-Z][\w.\u2019']* ?){1,3})?):\s*$",
    re.M,
)
_FIRST_OPENING = re.compile("(?:^|(?<=[\\s(\\[\u2014]))(``|[\"\u201c\u201e\u00ab\u2018'])(?=\\w)")


@dataclass
class _Mark:
    pos: int
    end: int
    level: str  # '"' or "'"
    role: str  # "open", "close", "either"


@dataclass
class _Piece:
    start: int
    end: int
    paragraph: int
    continued: bool = False  # the quote goes on in the next paragraph


@dataclass
class _Found:
    pieces: list[_Piece] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end


def _mark_role(text: str, pos: int, end: int, single_primary: bool) -> _Mark | None:
    mark = text[pos:end]
    before = text[pos - 1] if pos > 0 else ""
    after = text[end] if end < len(text) else ""
    if mark in OPEN_ONLY:
        level = OPEN_ONLY[mark]
        if level == "'" and before.isalnum():
            return None
        if (
            mark == "\u201c"
            and before
            and not before.isspace()
            and (after in ("", "\n", "\r") or (after.isspace() and before in ".,!?;"))
        ):
            return _Mark(pos, end, level, "close")  # “… here,“ said X: the wrong curly mark closing
        return _Mark(pos, end, level, "open")
    if mark in CLOSE_ONLY:
        level = CLOSE_ONLY[mark]
        if level == "'":
            if before.isalnum() and after.isalnum():
                return None  # won't, Ma'an
            if after.isdigit() or (not before.isalnum() and before not in ".,!?"):
                return None  # '90s, a lone mark
            return _Mark(pos, end, "'", "close")
        if mark == "\u201d" and before in ("", "\n", "\r") and after not in ("", "\n", "\r"):
            return _Mark(pos, end, level, "open")  # a paragraph opened with the wrong curly mark
        return _Mark(pos, end, level, "close")
    # straight marks: direction from context
    if mark == "'":
        if before.isalnum() and after.isalnum():
            return None
        if not single_primary and before.isalnum():
            return None  # Joneses' when single quotes are not the primary marks
    if before.isdigit() and mark == '"':
        return None  # 6'2"
    opening, closing = before in _OPENING_CONTEXT, after in _CLOSING_CONTEXT
    level = '"' if mark == '"' else "'"
    if opening and not closing:
        return _Mark(pos, end, level, "open")
    if closing and not opening:
        return _Mark(pos, end, level, "close")
    return _Mark(pos, end, level, "either")


def _mark_kind(mark: str) -> str:
    """Straight, TeX (`` '') or typographic: a quotation nested in another uses the other kind."""
    return "straight" if mark in "\"'" else "tex" if mark in ("``", "''", "`") else "typographic"


def _single_quotes_primary(text: str, paragraphs: Sequence[tuple[int, int]]) -> bool:
    """British style: most paragraphs open their first quotation with a single mark."""
    single = double = 0
    for start, end in paragraphs:
        m = _FIRST_OPENING.search(text, start, end)
        if m:
            if m.group(1) in "\u2018'":
                single += 1
            else:
                double += 1
    return single > double


def find_quotes(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[_Found]:
    """Quoted stretches of text, as pieces (one per paragraph a quote spans), marks included."""
    single_primary = _single_quotes_primary(text, paragraphs)
    primary = "'" if single_primary else '"'
    found: list[_Found] = []
    carry: _Found | None = None
    for index, (p_start, p_end) in enumerate(paragraphs):
        tags = [t.span() for t in _TAG_RE.finditer(text, p_start, p_end)]
        marks = [
            m
            for m in (
                _mark_role(text, mt.start(), mt.end(), single_primary)
                for mt in _MARK_RE.finditer(text, p_start, p_end)
                if not any(s < mt.start() < e for s, e in tags)
            )
            if m
        ]
        marks = [m for m in marks if m.level == primary]
        open_at: int | None = None
        if carry is not None:
            if (
                marks
                and marks[0].role in ("open", "either")
                and not text[p_start : marks[0].pos].strip()
                and not _SPEAKER_LABEL.match(text, marks[0].end)  # a new turn in a transcript
            ):
                open_at = marks[0].pos
                marks = marks[1:]
            else:
                found.append(carry)
                carry = None
        nested = 0  # quotations inside the open one, in the other kind of marks
        for m in marks:
            if open_at is None:
                if m.role in ("open", "either"):
                    open_at, nested = m.pos, 0
            elif _mark_kind(text[m.pos : m.end]) != _mark_kind(text[open_at]) and (
                nested or m.role == "open"
            ):
                # "The motto is “Equal Justice Under Law” no more."
                nested += 1 if m.role == "open" else -1
            elif m.role in ("close", "either") or (text[open_at] == "\u201e" and text[m.pos] == "\u201c"):
                piece = _Piece(open_at, m.end, index)
                if carry is not None:
                    carry.pieces.append(piece)
                    found.append(carry)
                    carry = None
                else:
                    found.append(_Found([piece]))
                open_at = None
            else:  # a second opening mark: the first one was never closed
                if carry is not None:
                    found.append(carry)
                    carry = None
                open_at = m.pos
        if open_at is not None:
            piece = _Piece(open_at, p_end, index, continued=True)
            lead = text[p_start:open_at].rstrip()
            if carry is not None:
                carry.pieces.append(piece)
            elif not lead or lead.endswith(":"):
                carry = _Found([piece])  # a quote that opens its paragraph may go on in the next
            else:  # opened after an attribution mid-paragraph: it ends with its paragraph
                piece.continued = False
                found.append(_Found([piece]))
        elif carry is not None:
            found.append(carry)
            carry = None
    if carry is not None:
        found.append(carry)
    for f in found:
        f.pieces[-1].continued = False
    return found


# --- cues and speakers ---------------------------------------------------------------------


@dataclass
class _Attribution:
    cue: Token | None
    cue_text: str | None
    speaker: Span | None  # the words naming the speaker at this point


def _inside(token: Token, pieces: Sequence[_Piece]) -> bool:
    return any(p.start <= token.idx < p.end for p in pieces)


def _is_cue(token: Token) -> bool:
    if token.lower_ == ACCORDING and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        return True
    if token.tag_ == "VBN" and token.dep_ in ("acl", "amod") and not _misparsed_main_verb(token):
        return False  # "people accused of ...": a passive modifier reports nothing
    if token.pos_ == "VERB" and any(
        (token.lemma_.lower(), c.lower_) in PHRASAL_CUES
        for c in token.children
        if c.dep_ in ("prt", "advmod")
    ):
        return True  # "fired back that …", "summed up Clinton as “terrible”"
    if token.lemma_.lower() == "find" and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in FINDERS or c.ent_type_ == "ORG") for c in token.children
    ):
        return True  # "A GAO report found that …", "Pew found that …" (not "police found")
    return (
        token.pos_ in ("VERB", "AUX")
        and token.lemma_.lower() in REPORTING_VERBS
        or (token.pos_ == "VERB" and token.lower_ in REPORTING_VERBS)
    )


def _misparsed_main_verb(verb: Token) -> bool:
    """ "Aaron Kall, the director of debate, compared Trump to ...": the parser sometimes makes
    the name the root and the sentence's verb a modifier of it."""
    head = verb.head
    return verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ == "PROPN" and head.i < verb.i - 2


_PERCEPTION_VERBS = frozenset({"see", "hear", "watch", "find", "catch", "spot", "show", "imagine"})


def _names_a_time(token: Token) -> bool:
    """A day or time, not an age (which the recogniser also labels DATE: "the 46-year-old")."""
    return token.ent_type_ in ("DATE", "TIME") and not token.lower_.endswith("old")


def _subject(verb: Token) -> Token | None:
    """The speaker token of a reporting verb, following control and coordination upwards."""
    noun = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and noun.pos_ == "NOUN" and noun.dep_ == "dobj":
        # "Black Lives Matter issued a statement saying …": the one who issued it (but "to see a
        # Republican administration defending …": the one seen)
        perceived = noun.head.lemma_.lower() in _PERCEPTION_VERBS
        issuer = _subject(noun.head) if noun.head is not noun and not perceived else None
        if issuer is not None:
            return issuer
    if verb.tag_ == "VBG" and verb.i > 0:
        # "footage of Hillary Clinton asking, “…”", "a video of Trump saying": the one doing it
        before = verb.doc[verb.i - 1]
        if before.ent_type_ in ("PERSON", "NORP", "ORG") or (
            verb.dep_ == "acl" and verb.head == before and before.pos_ == "NOUN"
        ):
            return before
    if _misparsed_main_verb(verb):
        return verb.head
    seen = 0
    passive_ok = False
    while verb is not None and seen < 4:
        seen += 1
        subjects = [
            c
            for c in verb.children
            if (c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and (passive_ok or verb.lemma_ == "quote")))
            and not _names_a_time(c)  # "Saturday at the convention Sen. Warren said": a misparse
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


_MANNER_PREPS = frozenset({"by", "in", "after", "before", "while", "when"})  # not "despite"


def _after_dateline(subject: Token, verb: Token) -> Token:
    """ "LONDON (Reuters) - Donald Trump said": a place in a dateline is never the subject; the
    phrase between the dateline and the verb is (its head: the word highest in the parse)."""
    doc = subject.doc
    first = subject.i  # the first word of the subject's line (a dateline is a few words long)
    while first > 0 and subject.i - first < 8 and "\n" not in doc[first - 1].text_with_ws:
        first -= 1
    while first < subject.i and doc[first].is_space:  # a blanked headline leaves spaces
        first += 1
    if first > 0 and "\n" not in doc[first - 1].text_with_ws:
        return subject  # the subject is not near the start of a line
    start = doc[first].idx
    dateline = DATELINE_RE.match(doc[first : subject.i + 12].text)
    if dateline is None or subject.idx >= start + dateline.end():
        return subject
    between = [t for t in doc[subject.i : verb.i] if t.idx >= start + dateline.end() and not t.is_punct]
    if not between:
        return subject
    return min(between, key=lambda t: sum(1 for _ in t.ancestors))


_THING_PRONOUNS = frozenset({"it", "this", "that"})


def _reporting_cues_above(cue: Token) -> Iterator[tuple[Token, Token]]:
    """The cues (with their subjects) whose report holds `cue`, innermost first."""
    for ancestor in cue.ancestors:
        if _is_cue(ancestor):
            subject = _subject(ancestor)
            if subject is not None:
                yield ancestor, subject


def _outer_reporter(cue: Token) -> tuple[Token, Token] | None:
    """The cue and speaker reporting a cue whose subject is "it": "She says it underscores that
    Trump is “unfit”" -> says, She."""
    for ancestor, subject in _reporting_cues_above(cue):
        return (ancestor, subject) if subject.lower_ not in _THING_PRONOUNS else None
    return None


def _same_speaker_reporting(cue: Token, subject: Token) -> Token:
    """ "He says he respects her and calls her “…”": the same speaker reporting their own words
    is named where the report begins, at the outer subject."""
    for _, outer in _reporting_cues_above(cue):
        if outer.lower_ == subject.lower_ and outer.i < subject.i:
            return outer
    return subject


_PUBLISHING_VERBS = frozenset(
    "release issue run publish reprint air launch unveil post write sign introduce adopt approve "
    "vote pass distribute circulate produce file submit draft send tweet".split()
)


def _document_owner(subject: Token, all_pieces: Sequence[_Piece]) -> Token:
    """ "Sanders is releasing an ad that urges voters to “send a message”": the one who made,
    passed or ran the thing that speaks."""
    if subject.lower_ not in ("that", "which") or subject.head.dep_ != "relcl":
        return subject
    thing = subject.head.head
    if thing.ent_type_ in SPEAKER_LABELS or thing.pos_ != "NOUN":
        return subject
    verb = thing.head.head if thing.dep_ == "pobj" else thing.head
    if thing.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in _PUBLISHING_VERBS:
        return subject
    if any(c.dep_ == "prt" for c in verb.children):
        return subject  # "passed out water bottles that said …": handed out, not published
    owner = _subject(verb)
    if (
        owner is None
        or _inside(owner, all_pieces)
        or owner.lower_ in RELATIVE
        or owner.lower_ in _THING_PRONOUNS
    ):
        return subject
    return owner


def _outermost_report(cue: Token, subject: Token, all_pieces: Sequence[_Piece]) -> tuple[Token, Token]:
    """A report inside another's report is the outer speaker's, as PolNeAR annotates it.

    "Cruz said he's certain Rubio will continue to be “a champion …”" -> Cruz; "Trump told
    Newsmax that Romney “had a crazy policy …”" -> Trump. Not a report of its own joined by
    "and" or an adverbial clause ("…, although he tweeted that he “rejects …”", "while Trump
    refers to him as “Chris”", "…, and when pressed, the mother of three replied, “…”" even
    when the parser hangs that on the reported clause), nor a speaker's own relative clause
    ("said Weaver, who said there are “no secrets …”": the nearest mention, "who").
    """
    for outer_cue, outer in _reporting_cues_above(cue):
        branch = cue
        while branch.head != outer_cue:
            branch = branch.head
        if (
            branch.dep_ in ("conj", "advcl")
            or (cue.dep_ == "conj" and any(c.dep_ == "nsubj" for c in cue.children))
            or _inside(outer, all_pieces)
            or outer.lower_ in RELATIVE
            or outer.lower_ in _THING_PRONOUNS
            or (subject.lower_ in RELATIVE and subject.head.head == outer)
        ):
            break
        cue, subject = outer_cue, outer
    return cue, subject


def _adjacent_speaker(doc: Doc, found: _Found, cue: Token) -> Span | None:
    """When the parse gives a cue no subject: the name standing between quote and cue
    (“…,” Tulsa police Chief Chuck Jordan said) or right after the cue (“…,” said Jordan)."""
    ends = [p.end for p in found.pieces if p.end <= cue.idx]
    if ends:  # the cue follows a piece of the quote
        piece_end = max(ends)
        between: list[Token] = []
        i = cue.i - 1
        while i >= 0 and doc[i].idx >= piece_end and len(between) < 10:
            if not (doc[i].is_punct or doc[i].is_space):
                between.insert(0, doc[i])
            i -= 1
        if 0 < len(between) <= 8 and between[-1].pos_ in ("PROPN", "NOUN", "PRON"):
            # “…,” Flynn, a top Trump surrogate, said: the name before its apposition
            named = next((t for t in between if t.ent_type_ == "PERSON"), between[-1])
            return name_span(named)
        if 1 < len(between) <= 6 and between[0].lower_ in ("the", "a", "an") and between[-1].pos_ == "ADJ":
            return doc[between[0].i : between[-1].i + 1]  # “…,” the 34-year-old said
        after = []
        for t in doc[cue.i + 1 : cue.i + 9]:
            if t.is_punct or t.is_space:
                break
            after.append(t)
        names = [t for t in after if t.pos_ == "PROPN"]
        if not between and names:
            return name_span(
                names[-1] if all(n.i == names[0].i + k for k, n in enumerate(names)) else names[0]
            )
    elif (before := _before_brackets(doc, cue.i)) is None:
        return None
    elif doc[before].ent_type_ in SPEAKER_LABELS and doc[before].dep_ != "pobj":
        return name_span(doc[before])  # "Obama and Clinton call them “lone wolves”" misparsed
    elif doc[before].dep_ == "appos" and doc[before].pos_ in ("NOUN", "PROPN"):
        return name_span(doc[before])  # "…, the Democratic candidate stated": misparsed as an apposition
    return None


def _before_brackets(doc: Doc, i: int) -> int | None:
    """The token before i, passing over a short aside in brackets ("Sen. Ann Becker (D-MA) said")."""
    before = i - 1
    if before >= 0 and doc[before].text == ")":
        opening = next((k for k in range(before - 1, max(-1, before - 8), -1) if doc[k].text == "("), None)
        before = opening - 1 if opening is not None else before
    return before if before >= 0 else None


def _trailing_report(cue: Token, all_pieces: Sequence[_Piece]) -> _Attribution | None:
    """ "“…,” said Kristen Day, reports USA Today": the publication reporting the whole, as
    with "according to" (PolNeAR's outer source)."""
    for outer in cue.ancestors:
        if outer.i > cue.i and outer.lemma_.lower() == "report" and not _inside(outer, all_pieces):
            for child in outer.children:
                if child.dep_ in ("nsubj", "npadvmod") and child.ent_type_ == "ORG":
                    return _Attribution(outer, outer.text, name_span(child))
    return None


def _named_as(doc: Doc, found: _Found) -> Token | None:
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
    for _ in range(3):
        node = node.head
        if node.pos_ == "VERB":
            subject = _subject(node)
            return subject if subject is not None and _names_someone(subject) else None
    return None


def _according_to_the_sentence(cue: Token, roots: Sequence[Token]) -> bool:
    """ "According to Limbaugh, the move reeks of “fear”": the whole sentence is his, but not
    the words naming the source ("According to her “clawback” plan")."""
    return (
        cue.lower_ == ACCORDING
        and (cue.dep_ == "ROOT" or cue.head.dep_ == "ROOT")
        and (source := _according_to_speaker(cue)) is not None
        and all(root.i >= name_span(source).end for root in roots)
    )


def _according_to_speaker(token: Token) -> Token | None:
    to = token.nbor()
    for child in to.children:
        if child.dep_ == "pobj":
            return child
    following = to.nbor() if to.i + 1 < len(token.doc) else None
    return following


def name_span(token: Token) -> Span:
    """The words naming a speaker: the entity holding the token, else its noun phrase."""
    doc = token.doc
    if token.ent_type_ and token.ent_iob_:
        start = token.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        while end - 1 > start and doc[end - 1].lower_ in ("'s", "\u2019s", "'", "\u2019"):
            end -= 1  # "Maria Lopez's claim": the name without the possessive
        while end - 1 > start and (doc[start].is_punct or doc[start].is_space):
            start += 1  # "― Ana Ruiz": the recogniser took the dash into the name
        return doc[start:end]
    if token.lower_ in PRONOUNS or token.lower_ in RELATIVE:
        return doc[token.i : token.i + 1]
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("det", "compound", "amod", "poss", "nmod", "nummod", "case") or (
            child.dep_ == "punct" and child.text in "'\u2019"
        ):
            left = min(left, child.left_edge.i if child.dep_ == "poss" else child.i)
    return doc[left : token.i + 1]


def _is_relative(token: Token) -> bool:
    return token.lower_ in RELATIVE and token.head.dep_ == "relcl"


def _speaker_from(token: Token | None) -> Span | None:
    """The words naming the speaker at `token`; a relative pronoun stays itself ("Pence, who
    called …": the mention is "who", the resolver names it through its antecedent)."""
    if token is None:
        return None
    if _is_relative(token):
        return token.doc[token.i : token.i + 1]
    return _name_at(token)


def _name_at(token: Token) -> Span:
    if _is_relative(token):
        token = token.head.head
    elif token.dep_ == "relcl":
        token = token.head
    if token.ent_type_ not in SPEAKER_LABELS:  # "Her former partner, Tom Becker," -> Tom Becker
        named = [c for c in token.children if c.dep_ == "appos" and c.ent_type_ in SPEAKER_LABELS]
        if named:
            token = named[0]
    return name_span(token)


def _quote_root_in(pieces: Sequence[_Piece], span: Span) -> list[Token]:
    """Tokens inside the quote whose head lies outside it."""
    return [t for t in span if _inside(t, pieces) and not _inside(t.head, pieces) and not t.is_punct]


_TITLE_SMALL_WORDS = frozenset("a an the and or of in on at to for with by from it's its vs".split())


def _is_title_of_work(quoted: str) -> bool:
    """“Face the Nation,” “Morning Joe”, “Contract with America”: a short title-case name of a
    programme, book or campaign rather than someone's words."""
    words = re.findall(r"[\w'\u2019-]+", quoted)
    if not 1 <= len(words) <= 6 or quoted.rstrip().endswith(("?", "!")):
        return False
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return bool(content) and len(content) >= 2 and all(w[0].isupper() or w[0].isdigit() for w in content)


def _reported(roots: Sequence[Token], cues: set[Token], depth: int, *, subjects: bool) -> bool:
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
        return _subject(prep.head) is not None  # "calling out Trump for his “lies”" under "Mook said"
    # "admires Putin as a “strong leader”", "identified the judge as “Spanish”"
    subject = _subject(prep.head) if directly and prep.lower_ == "as" and prep.head.pos_ == "VERB" else None
    return subject is not None and (subject.ent_type_ in ("PERSON", "ORG") or subject.lower_ in PRONOUNS)


def _governs(cue: Token, roots: Sequence[Token]) -> bool:
    for root in roots:
        node = root
        for _ in range(4):
            if node == cue:
                return True
            if node.head is node:
                break
            node = node.head
    return False


def _sentences(doc: Doc, start: int, end: int) -> Span:
    """The sentences covering characters start..end as one span."""
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None or len(first) == 0:
        return doc[0:0]
    s = first[0].sent.start if doc.has_annotation("SENT_START") else first.start
    e = first[-1].sent.end if doc.has_annotation("SENT_START") else first.end
    return doc[s:e]


def _has_content(cue: Token) -> bool:
    """Whether a cue has its own reported words ("said that …", "said: …")."""
    return any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in cue.children)


def _attribution(doc: Doc, found: _Found, all_pieces: Sequence[_Piece], text: str) -> _Attribution | None:
    """The cue and speaker of a quote from its own sentence(s), or None."""
    scope = _sentences(doc, found.start, found.end)
    if len(scope) == 0:
        return None
    if scope.end < len(doc) and doc.has_annotation("SENT_START"):
        # “… pay his?” a narrator in the ad asks. -- the parser may end the sentence at "?”"; a
        # longer sentence only when its cue comes early and reports nothing of its own
        following = doc[scope.end].sent
        open_ended = text[found.end - 2 : found.end - 1] in ("?", "!", ",")  # not “… breathe.” That prompted
        if (
            following.start_char - found.end <= 3
            and "\n" not in text[found.end : following.start_char]
            and any(
                _is_cue(t)
                and (
                    len(following) <= 15
                    or (open_ended and t.i - following.start <= 20 and not _has_content(t))
                )
                for t in following
            )
        ):
            scope = doc[scope.start : following.end]
    pieces = found.pieces
    roots = _quote_root_in(pieces, scope)
    cues = [t for t in scope if not _inside(t, all_pieces) and _is_cue(t)]

    def distance(t: Token) -> int:
        if t.idx < found.start:
            return found.start - t.idx
        return max(0, t.idx - found.end)

    # "Trump's claim that there were “thousands of shootings”": a reporting noun and its possessor
    for noun in scope:
        if noun.lemma_.lower() in NOUN_CUES and noun.pos_ == "NOUN" and not _inside(noun, all_pieces):
            owner = next(
                (
                    c
                    for c in noun.children
                    if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her")
                ),
                None,
            )
            if owner is not None and _governs(noun, roots):
                return _Attribution(noun, noun.text, name_span(owner))

    def according_on(cue: Token) -> Token | None:
        """ "“…,” Sanders said, according to CNN": the report is CNN's (PolNeAR's outer source)."""
        return next((c for c in cue.children if c.lower_ == ACCORDING and c in cues), None)

    def as_put_it(cue: Token) -> bool:
        """ "…, a “lawful source of income,” as a memo put it": an "as" clause on the quoted words'
        own clause names their speaker before any cue reporting the whole."""
        return (
            any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
            and not _is_cue(cue.head)  # "“…,” Cruz said as the heckler yelled": Cruz's
            and _governs(cue.head, roots)
        )

    def shown(cue: Token) -> bool:
        """ "The spot concludes with footage of Trump saying during the debate, “…”": a participle
        after "of" with nothing of its own to report, a few words before the quote, introduces it
        (whatever the parser hung the quote on): Trump's words, not the spot's."""
        if cue.tag_ != "VBG" or cue.i == 0 or _has_content(cue):
            return False
        if "of" not in (cue.head.lower_, cue.head.head.lower_, doc[cue.i - 1].head.lower_):
            return False
        between = [t for t in doc[cue.i + 1 : cue.i + 10] if t.idx < found.start]
        return (
            0 < len(between) <= 8
            and between[-1].text in (",", ":")
            and not text[between[-1].idx + len(between[-1]) : found.start].strip()
            and not any(t.pos_ in ("VERB", "AUX") for t in between)
        )

    cues.sort(
        key=lambda t: (
            not _according_to_the_sentence(t, roots),
            not shown(t),
            not as_put_it(t),
            according_on(t) is None,
            not _governs(t, roots),
            distance(t),
        )
    )
    for cue in cues:
        cue = according_on(cue) or cue
        if cue.lower_ == ACCORDING:
            speaker = _speaker_from(_according_to_speaker(cue))
            if speaker is not None:
                return _Attribution(cue, "according to", speaker)
            continue
        subject = _subject(cue)
        if subject is not None and subject.lower_ in _THING_PRONOUNS and subject.head.dep_ != "relcl":
            cue, subject = _outer_reporter(cue) or (cue, subject)
        if subject is not None and not _inside(subject, all_pieces):  # not a quoted title
            if not shown(cue):
                cue, subject = _outermost_report(cue, subject, all_pieces)
            subject = _document_owner(_same_speaker_reporting(cue, subject), all_pieces)
            return _trailing_report(cue, all_pieces) or _Attribution(cue, cue.text, _speaker_from(subject))
        speaker = _adjacent_speaker(doc, found, cue)
        if speaker is not None:
            return _trailing_report(cue, all_pieces) or _Attribution(cue, cue.text, speaker)
    # A dash attribution: “…” — Name
    after = re.match(r"[\s,]*[\u2014\u2013\u2015-]{1,2}\s*", text[found.end : found.end + 6])
    if after:
        span = doc.char_span(
            found.end + after.end(), min(len(text), found.end + after.end() + 60), alignment_mode="expand"
        )
        if span is not None and len(span) and span[0].ent_type_ in SPEAKER_LABELS:
            return _Attribution(None, None, name_span(span[0]))
        if span is not None and len(span) and span[0].text[:1].isupper():  # a name the model missed
            end = 0
            while end < len(span) and span[end].text[:1].isupper() and not span[end].is_punct:
                end += 1
            return _Attribution(None, None, span[:end])
    # A colon introduction in the same sentence: "From Clinton:" / "X said:"
    return None


def _transcript_label(doc: Doc, found: _Found, text: str) -> _Attribution | None:
    """ "WALLACE: But, Governor Pence, …": a transcript turn is spoken by its label."""
    start = _inner(text, found.pieces[0])[0]
    label = _SPEAKER_LABEL.match(text, start)
    if label is None:
        return None
    span = doc.char_span(label.start(1), label.end(1), alignment_mode="expand")
    return _Attribution(None, None, span) if span is not None and len(span) else None


def _token_ending(doc: Doc, end: int) -> Token | None:
    """The token holding the character just before offset `end`."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _colon_label(doc: Doc, found: _Found, text: str) -> _Attribution | None:
    """A name standing alone before a colon, after a dash or at the start of a line, labels the
    quote after it ("Pollsters agree - Carl Bialik: “…”", "Clinton: “…”")."""
    label = _LABEL_BEFORE_COLON.search(text, max(0, found.start - 80), found.start)
    if label is None or text[label.end() : found.start].strip():
        return None
    span = doc.char_span(label.start(1), label.end(1), alignment_mode="expand")
    named = [t for t in span or () if t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN"]
    while named and {named[0].lower_, named[0].lower_[:-1], named[0].lower_[:-2]} & REPORTING_VERBS:
        named.pop(0)  # "Stated Stone:", which the recogniser reads as one name
    return _Attribution(None, None, doc[named[0].i : named[-1].i + 1]) if named else None


def _in_words_of(doc: Doc, found: _Found, all_pieces: Sequence[_Piece]) -> _Attribution | None:
    """ "because, in Forbes’ words, “…”", "In the words of one aide, “…”": whose words they are."""
    for tok in _sentences(doc, found.start, found.end):
        if tok.idx >= found.start:
            break
        if (
            tok.lemma_.lower() != "word"
            or tok.dep_ != "pobj"
            or tok.head.lower_ != "in"
            or _inside(tok, all_pieces)
        ):
            continue
        for child in tok.children:
            if child.dep_ == "poss":
                return _Attribution(None, None, _speaker_from(child))
            owner = (
                next((c for c in child.children if c.dep_ == "pobj"), None) if child.lower_ == "of" else None
            )
            if owner is not None:
                return _Attribution(None, None, _speaker_from(owner))
        named = [t for t in doc[tok.head.i + 1 : tok.i] if t.pos_ == "PROPN"]
        if named:  # "in Forbes’ words", parsed as two objects of "in"
            return _Attribution(None, None, name_span(named[-1]))
    return None


def _colon_intro(doc: Doc, found: _Found, text: str, all_pieces: Sequence[_Piece]) -> _Attribution | None:
    """An attribution that ends with a colon just before the quote ("X said:")."""
    before = text[: found.start].rstrip()
    if not before.endswith(":"):
        return None
    last = _token_ending(doc, len(before))
    if last is None:
        return None
    sent = last.sent if doc.has_annotation("SENT_START") else doc[max(0, last.i - 29) : last.i + 1]
    for tok in reversed(list(sent)):
        if _inside(tok, all_pieces):
            continue
        if _is_cue(tok):
            subject = _subject(tok)
            if subject is None:  # "Said Ellis:": the name after the cue
                subject = next((t for t in doc[tok.i + 1 : last.i] if t.ent_type_ in SPEAKER_LABELS), None)
            if subject is not None:
                return _Attribution(tok, tok.text, _speaker_from(subject))
        if tok.lower_ == "from" and tok.i + 1 < len(doc):
            for child in tok.children:
                if child.dep_ == "pobj":
                    return _Attribution(None, None, name_span(child))
    # "The piece used her words as its headline:" -> The piece; the parser may hang the
    # sentence under the quote ("Becker went even further: “If …”"), so start from the words
    # before the colon ("She became upset, so that I had to change my answer:" -> I)
    word_before = [doc[last.i - 1], *doc[last.i - 1].ancestors] if last.i > 0 else []
    for tok in [*word_before, last.head, *(t for t in sent if t.dep_ == "ROOT")]:
        if not _inside(tok, all_pieces):
            for child in tok.children:
                if (
                    child.dep_ == "nsubj"
                    and not _inside(child, all_pieces)
                    and child.lower_ not in _THING_PRONOUNS  # "A footnote makes that clear:"
                ):
                    return _Attribution(None, None, _speaker_from(child))
    return None


def _cue_just_before(
    doc: Doc, found: _Found, text: str, paragraphs: Sequence[tuple[int, int]], all_pieces: Sequence[_Piece]
) -> _Attribution | None:
    """The speaker of the sentence just before a quote in its paragraph, when that sentence is
    itself attributed ("..., Schiff said. “The other factor ...”", "Cummings called him a master.")
    or is about a person ("Sanders identified …. “The younger people …”")."""
    p_start = paragraphs[found.pieces[0].paragraph][0]
    before = text[p_start : found.start].rstrip()
    if not before or before[-1] not in ".!?" or not doc.has_annotation("DEP"):
        return None
    last = _token_ending(doc, p_start + len(before))
    if last is None:
        return None
    sent = last.sent
    if sent.start_char < p_start:
        return None
    root = sent.root
    if _inside(root, all_pieces) or any(c.dep_ == "neg" for c in root.children):
        return None  # "He didn't suggest retaliation. “…”": nothing was said there
    subject = _subject(root) if root.pos_ in ("VERB", "AUX") else None
    if subject is None or _inside(subject, all_pieces):
        return None
    if _is_cue(root):
        return _Attribution(root, root.text, _speaker_from(subject))
    if subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she"):
        # "Sanders identified exhaustion as one reason. “The younger people …”": the person
        # the sentence is about goes on in their own words
        return _Attribution(None, None, _speaker_from(subject))
    return None


def _subject_fallback(doc: Doc, found: _Found, all_pieces: Sequence[_Piece]) -> _Attribution | None:
    """A quote in a sentence whose subject is a named speaker ("X told reporters … “…”", "In
    2014, Pew found that “…”"), also when the parser made the quote the root ("Sanders’ campaign
    called AP’s report a “rush to judgment”": "rush" is the root, "campaign" its subject)."""
    scope = _sentences(doc, found.start, found.end)
    for tok in scope:
        if tok.dep_ != "ROOT" or (tok.idx >= found.start and not _inside(tok, all_pieces)):
            continue
        for child in tok.children:
            if (
                child.dep_ == "nsubj"
                and child.idx < found.start
                and not _inside(child, all_pieces)
                and (
                    _names_someone(child)
                    or any(_names_someone(c) for c in child.children if c.dep_ in ("poss", "nmod"))
                )
            ):
                return _Attribution(None, None, _speaker_from(child))
    return None


def _names_someone(token: Token) -> bool:
    return token.ent_type_ in ("PERSON", "ORG") or token.pos_ == "PROPN" or token.lower_ in ("he", "she")


# --- resolution ----------------------------------------------------------------------------


class _Resolver:
    """Maps speaker mentions to entity names, and pronouns to the likely earlier person."""

    def __init__(self, doc: Doc, entities: Sequence[Entity], paragraphs: Sequence[tuple[int, int]]) -> None:
        self.doc = doc
        self.paragraph_starts = [s for s, _ in paragraphs]
        self.by_start: dict[int, Entity] = {}
        self.persons: list[tuple[int, Entity, bool]] = []  # (offset, entity, is_subject)
        self.organisations: list[tuple[int, Entity]] = []  # organisations as subjects
        self.gender: dict[str, str] = {}
        self.titled: set[str] = set()  # names whose gender a title gives ("Mrs.", "Sen." does not)
        for e in entities:
            for m in e.mentions:
                for i in range(m.start, m.end):
                    self.by_start[i] = e
                if e.label in ("PERSON", "ORG"):
                    span = doc.char_span(m.start, m.end, alignment_mode="expand")
                    subject = span is not None and any(t.dep_ in ("nsubj", "nsubjpass") for t in span)
                    if e.label == "PERSON":
                        self.persons.append((m.start, e, subject))
                    elif subject:
                        self.organisations.append((m.start, e))
            for t in e.titles:
                first = t.split()[0].lower().rstrip(".")
                if first in FEMALE_TITLES:
                    self.gender[e.name] = "f"
                    self.titled.add(e.name)
                elif first in MALE_TITLES:
                    self.gender[e.name] = "m"
                    self.titled.add(e.name)
        self.persons.sort(key=lambda p: p[0])
        self.organisations.sort(key=lambda p: p[0])
        self.speakers: list[tuple[int, Entity]] = []
        self._learn_gender()

    def _learn_gender(self) -> None:
        """Gender from pronouns that follow one person's name in a sentence ("Clinton said she")."""
        if not self.doc.has_annotation("SENT_START"):
            return
        votes: dict[str, Counter[str]] = {}
        for sent in self.doc.sents:
            named: list[Entity] = []
            other_name = False  # another name before the pronoun: it may be that one's
            for tok in sent:
                e = self.by_start.get(tok.idx)
                if e is not None and e.label == "PERSON":
                    if tok.dep_ in ("nsubj", "nsubjpass") and e not in named:
                        named.append(e)
                    elif named and e not in named:
                        other_name = True
                elif tok.pos_ == "PROPN" and named:
                    other_name = True  # "Warren told Stumpf, after he admitted ...": Stumpf
                elif tok.lower_ in FEMALE or tok.lower_ in MALE:
                    if len(named) == 1 and not other_name:
                        votes.setdefault(named[0].name, Counter())["f" if tok.lower_ in FEMALE else "m"] += 1
        for name, counter in votes.items():
            self.gender.setdefault(name, counter.most_common(1)[0][0])

    def _paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset)

    def entity_at(self, span: Span) -> Entity | None:
        """The entity the span names: its last word must belong to an entity mention."""
        return self.by_start.get(span[-1].idx) if len(span) else None

    def resolve(self, mention: Span) -> str:
        if len(mention) == 1 and _is_relative(mention[0]):
            mention = _name_at(mention[0])  # "who" -> "Mike Pence, who"
        e = self.entity_at(mention)
        if e is not None:
            if e.label == "PERSON":
                self.speakers.append((mention.start_char, e))
            return e.name
        word = mention.text.lower()
        if len(mention) == 1 and word in ("it", "they"):
            # "it said", "they wrote": the organisation that was last the subject, nearby
            here = self._paragraph(mention.start_char)
            for pos, org in reversed(self.organisations):
                if pos < mention.start_char and here - self._paragraph(pos) <= 1:
                    return org.name
        if len(mention) == 1 and word in PRONOUNS - {"it", "they", "we", "you", "them", "i"}:
            person = self.person_before(mention.start_char, word)
            if person is not None:
                if word in FEMALE:
                    self.gender.setdefault(person.name, "f")
                elif word in MALE:
                    self.gender.setdefault(person.name, "m")
                self.speakers.append((mention.start_char, person))
                return person.name
        described = self.described_before(mention)
        if described is not None:  # "the senator said" -> "Maria Lopez" (Senator Maria Lopez)
            return described.name
        words = mention.text.split()
        if len(words) > 1 and all(w[:1].isupper() for w in words):  # "Mayor Ana Ruiz" -> "Ana Ruiz"
            while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
                words = words[1:]
            return " ".join(words)
        return mention.text

    def described_before(self, mention: Span) -> Entity | None:
        """The person a definite description stands for: the person a pronoun there would be,
        when they hold the title it names ("the senator" with "Sen. Maria Lopez" in focus) or
        when it is an age alone ("the 34-year-old")."""
        words = mention.text.lower().split()
        if not 2 <= len(words) <= 5 or words[0] != "the" or any(t.ent_type_ == "PERSON" for t in mention):
            return None
        if _AGE_RE.fullmatch(" ".join(words[1:])):
            return self.person_before(mention.start_char, "")
        if len(words) > 3 or (len(words) == 3 and words[1] != "former"):
            return None  # "the Florida senator": which one the place tells, not the title
        # the person in focus, as for a pronoun, when their title is the one named (the last
        # person titled "Sen." is often not the senator the story is about)
        focus = self.person_before(mention.start_char, "")
        if focus is not None and set(words[1:]) <= _title_words(focus):
            return focus
        return None

    def person_before(self, offset: int, pronoun: str) -> Entity | None:
        want = "f" if pronoun in FEMALE else "m" if pronoun in MALE else None
        here = self._paragraph(offset)
        best, best_score = None, float("-inf")
        candidates = [(pos, e, subj) for pos, e, subj in self.persons if pos < offset]
        candidates += [(pos, e, True) for pos, e in self.speakers if pos < offset]
        for rank, (pos, e, subject) in enumerate(sorted(candidates, key=lambda c: -c[0])[:12]):
            known = self.gender.get(e.name)
            clash = bool(want and known and known != want)
            if clash and e.name in self.titled:
                continue
            score = -2 * rank + (3 if subject else 0) + (5 if want and known == want else 0)
            score -= 8 if clash else 0  # a gender learnt from pronouns nearby may be wrong
            score += 1 if any(s is e for _, s in self.speakers) else 0
            score += 3 if self._paragraph(pos) == here else 0
            if score > best_score:
                best, best_score = e, score
        return best


_AGE_RE = re.compile(r"\d{1,3}-year-old")
_TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "cmdr": "commander",
    "rev": "reverend",
    "prof": "professor",
    "sec": "secretary",
}


def _title_words(entity: Entity) -> set[str]:
    """ "Gov. Tom Becker" -> {"governor"}; "former Secretary of State" -> {"former", "secretary", "of", "state"}."""
    words = {w.lower().rstrip(".") for title in entity.titles for w in title.split()}
    return {_TITLE_ABBREVIATIONS.get(w, w) for w in words}


# --- putting it together -------------------------------------------------------------------


def _kind(text: str, found: _Found) -> str:
    """direct when the quote stands as its own sentence or clause, else mixed."""
    first = found.pieces[0]
    line_start = max(text.rfind("\n", 0, first.start), 0)
    before = text[line_start : first.start].rstrip()
    sentence_start = (
        not before or before[-1] in ".!?:,\u2014\u2013\n" or before.endswith(("--", "\u2019\u2019"))
    )
    inner = text[first.start : found.pieces[-1].end].rstrip("\"'\u201d\u2019\u00bb ")
    clause_end = inner[-1:] in ".!?,;\u2026" or found.pieces[-1].continued
    return "direct" if sentence_start and (clause_end or len(found.pieces) > 1) else "mixed"


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _inner(text: str, piece: _Piece) -> tuple[int, int]:
    """The piece without its outer marks."""
    start, end = piece.start, piece.end
    m = _MARK_RE.match(text, start)
    if m:
        start = m.end()
    tail = text[start:end]
    m2 = re.search(r"(?:``|''|[\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019])$", tail)
    if m2 and not piece.continued:
        end = start + m2.start()
    return start, end


def _cue_right_after(doc: Doc, found: _Found, text: str, reach: int = 4) -> bool:
    """ "… “B,” he said": a cue in the `reach` words right after a quote, before the sentence ends."""
    after = doc.char_span(found.end, min(len(text), found.end + 15 * reach), alignment_mode="expand")
    if after is None:
        return False
    words = 0
    for token in after:
        if token.text in (".", "!", "?", "\n") or token.is_space or words >= reach:
            return False
        if _is_cue(token):
            return True
        words += not token.is_punct
    return False


def _merge_split_quotes(doc: Doc, found: list[_Found], text: str) -> list[_Found]:
    """“A,” she said, “B.” is one quote: join quotes split by a short attribution."""
    out: list[_Found] = []
    for f in found:
        if out:
            prev = out[-1]
            between = text[prev.end : f.start]
            if (
                prev.pieces[-1].paragraph == f.pieces[0].paragraph
                and "\n" not in between
                and 0 < _words(between) <= 10
                and between.strip()[-1:] in ",:."
                and not re.search(r"[.!?]\s", between.strip())  # not "X said. His verdict: “…”"
                and text[prev.end - 2 : prev.end - 1] in ",?!"
                # “A,” she said. “B,” she added: the second has its own attribution
                and not (between.strip().endswith(".") and text[f.end - 2 : f.end - 1] == ",")
            ):
                span = doc.char_span(prev.end, f.start, alignment_mode="expand")
                # “A,” Warren said. “B” to drive up the price, she said: B's sentence has its own cue
                reach = 20 if between.strip().endswith(".") else 4
                if (
                    span is not None
                    and any(_is_cue(t) for t in span)
                    and not _cue_right_after(doc, f, text, reach)
                ):
                    prev.pieces.extend(f.pieces)
                    continue
        out.append(f)
    return out


def quotes(
    doc: Doc,
    *,
    paragraphs: Sequence[tuple[int, int]] | None = None,
    entities: Sequence[Entity] = (),
    indirect: bool = False,
) -> list[Quote]:
    """Quotations in a parsed Doc with their cues and speakers.

    Args:
        doc: a Doc with the parser and entity recogniser run.
        paragraphs: character spans of the body paragraphs; the whole text when omitted.
        entities: the article's entities, to name speakers ("Clinton" -> "Hillary Clinton").
        indirect: also return reported speech (kind "indirect"). Its sources are in focus for
            later pronouns either way, so a quotation's speaker does not depend on this.
    """
    text = doc.text
    if paragraphs is None:
        from ..articles import blocks

        paragraphs = blocks(text)
    found = _merge_split_quotes(doc, find_quotes(text, paragraphs), text)
    all_pieces = [p for f in found for p in f.pieces]
    resolver = _Resolver(doc, entities, paragraphs)
    kept: list[tuple[_Found, _Attribution | None, str]] = []
    for f in found:
        attribution = (
            _transcript_label(doc, f, text)
            or _colon_label(doc, f, text)
            or _attribution(doc, f, all_pieces, text)
            or _in_words_of(doc, f, all_pieces)
            or _colon_intro(doc, f, text, all_pieces)
        )
        quoted = " ".join(text[s:e] for s, e in (_inner(text, p) for p in f.pieces))
        kind = _kind(text, f)
        title = _is_title_of_work(quoted)
        reported = False
        if kind == "mixed" and _words(quoted) <= 6:
            scope = _sentences(doc, f.start, f.end)
            roots = _quote_root_in(f.pieces, scope)
            cues = {t for t in scope if not _inside(t, all_pieces) and _is_cue(t)}
            # a title is someone's words only when a cue takes it nearly directly
            depth = TITLE_DEPTH if title else REPORTED_DEPTH
            reported = _reported(roots, cues, depth, subjects=_words(quoted) > 1) or (
                not title and any(_according_to_the_sentence(c, roots) for c in cues)
            )
            namer = None if reported else _named_as(doc, f)
            if namer is not None:  # "pounding Trump as a “con artist”": the namer's words
                reported, attribution = True, _Attribution(None, None, _speaker_from(namer))
            if not reported and _words(quoted) <= SCARE_QUOTE_WORDS:
                continue  # a scare quote, a nickname, a title
        if not quoted.strip() or (title and not reported):
            continue  # "appeared on “Face the Nation”", but "hailed him as “The Comeback Kid”" is a quote
        if attribution is None and kind == "direct":
            attribution = _cue_just_before(doc, f, text, paragraphs, all_pieces)
        if attribution is None and (kind == "direct" or not _opens_sentence(text, f)):
            # "Clinton arrived ... to promote a “de-escalation of violence.”": the subject's words
            attribution = _subject_fallback(doc, f, all_pieces)
        kept.append((f, attribution, kind))
    # Floating quotes take the attribution of the adjacent attributed quote or cue.
    results: list[Quote] = []
    resolved: list[tuple[_Attribution | None, str | None]] = [(a, None) for _, a, _ in kept]
    found_reports = reported_speech.reports(doc, quoted=[(p.start, p.end) for f, _, _ in kept for p in f.pieces])
    report_names: list[str | None] = [None] * len(found_reports)
    # one speaker model: sources of quotations and of reports are resolved in text order, so
    # a pronoun finds whoever was last quoted or reported
    for offset, which, i in sorted(
        [(a.speaker.start_char, 0, i) for i, (_, a, _) in enumerate(kept) if a and a.speaker is not None]
        + [(r.source.start_char, 1, i) for i, r in enumerate(found_reports) if r.source is not None]
    ):
        if which == 1:
            report_names[i] = resolver.resolve(found_reports[i].source)  # type: ignore[arg-type]
            continue
        attribution = kept[i][1]
        assert attribution is not None and attribution.speaker is not None
        name = resolver.resolve(attribution.speaker)
        if name is not None:
            attribution = _named_mention(attribution, name, resolver)
        resolved[i] = (attribution, name)
    for i, (f, _, kind) in enumerate(kept):
        att, name = resolved[i]
        if (att is None or att.speaker is None) and (kind == "direct" or _opens_sentence(text, f)):
            att, name = _inherit(doc, i, kept, resolved, paragraphs, resolver)
            resolved[i] = (att, name)  # a run of floating paragraphs shares one speaker
        segments = tuple(Segment(*_inner(text, p)) for p in f.pieces)
        quoted = " ".join(text[s.start : s.end] for s in segments)
        speaker_mention = None
        if att is not None and att.speaker is not None:
            sp = att.speaker
            speaker_mention = Mention(sp.text, sp.start_char, sp.end_char)
        results.append(
            Quote(
                text=quoted,
                start=f.start,
                end=f.end,
                segments=segments,
                speaker=name,
                speaker_mention=speaker_mention,
                cue=att.cue_text if att is not None else None,
                kind=kind,
                cue_mention=_cue_mention(att),
            )
        )
    if indirect:
        results.extend(reported_speech.as_quotes(found_reports, report_names))
        results.sort(key=lambda q: q.start)
    return results


def _cue_mention(attribution: _Attribution | None) -> Mention | None:
    """The cue words where they stand: the verb, or "according to" with its "to"."""
    if attribution is None or attribution.cue is None:
        return None
    cue = attribution.cue
    doc = cue.doc
    end = cue.i + 2 if cue.lower_ == ACCORDING and cue.i + 1 < len(doc) else cue.i + 1
    span = doc[cue.i : end]
    return Mention(span.text, span.start_char, span.end_char)


def _named_mention(attribution: _Attribution, name: str, resolver: _Resolver) -> _Attribution:
    """A pronoun speaker of a relative clause moved to the subject it stands for earlier in the
    sentence ("Ban condemned what he called ..." -> Ban), when both resolve to the same name."""
    speaker, cue = attribution.speaker, attribution.cue
    if speaker is None or len(speaker) != 1 or speaker[0].lower_ not in PRONOUNS or cue is None:
        return attribution
    reporter = next(_reporting_cues_above(cue), None)
    if reporter is not None:
        # "Rubio said that he has begun “to unmask …”": the report starts at the outer speaker
        # (not "Stevens says, but she cautions": a second report of its own)
        outer_cue, outer = reporter
        branch = next(a for a in [cue, *cue.ancestors] if a.head == outer_cue)
        if (
            branch.dep_ not in ("conj", "advcl")
            and outer.i < speaker.start
            and outer.lower_ not in PRONOUNS
            and outer.lower_ not in RELATIVE
        ):
            candidate = _speaker_from(outer)
            named = resolver.entity_at(candidate) if candidate is not None else None
            if named is not None and named.name == name:
                return _Attribution(attribution.cue, attribution.cue_text, candidate)
    if not any(c.lower_ == "what" for c in cue.children):
        return attribution  # only "what he called" ("whom he described as …" is his own clause)
    for tok in speaker[0].sent:
        if tok.i >= speaker.start:
            break
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ not in RELATIVE:
            candidate = _speaker_from(tok)
            named = resolver.entity_at(candidate) if candidate is not None else None
            if named is not None and named.name == name:
                return _Attribution(attribution.cue, attribution.cue_text, candidate)
    return attribution


def _opens_sentence(text: str, f: _Found) -> bool:
    before = text[: f.start].rstrip(" \t\u00a0")
    return not before or before[-1] in '.!?\n\u201d"' or before.endswith(":")


_Resolved = tuple["_Attribution | None", "str | None"]


def _inherit(
    doc: Doc,
    i: int,
    kept: Sequence[tuple[_Found, _Attribution | None, str]],
    resolved: Sequence[_Resolved],
    paragraphs: Sequence[tuple[int, int]],
    resolver: _Resolver,
) -> _Resolved:
    """For a quote without its own cue: the previous attribution nearby, else the next one."""
    f = kept[i][0]
    para = f.pieces[0].paragraph
    for j in range(i - 1, -1, -1):
        g = kept[j][0]
        if para - g.pieces[-1].paragraph > 1:
            break
        earlier = resolved[j][0]
        if earlier is not None and earlier.speaker is not None:
            return resolved[j]
    # a paraphrase attribution in the paragraph before ("Netanyahu told Clinton that …")
    if para > 0:
        s, e = paragraphs[para - 1]
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            for tok in reversed(list(span)):
                if _is_cue(tok) and tok.lower_ != ACCORDING:
                    subject = _subject(tok)
                    speaker = _speaker_from(subject)
                    if speaker is not None:
                        return _Attribution(tok, tok.text, speaker), resolver.resolve(speaker)
    for j in range(i + 1, len(kept)):
        g = kept[j][0]
        if g.pieces[0].paragraph - f.pieces[-1].paragraph > 1:
            break
        later = resolved[j][0]
        if later is not None and later.speaker is not None:
            return resolved[j]
    return None, None
