"""Reported speech: attributions without quotation marks, with their cue and source.

"The ministry said (that) 40 people were hurt", "40 people were hurt, the ministry said",
"According to the ministry, 40 people were hurt", "Analysts expect the bank to cut rates",
"The audit found that the agency overspent": a cue (a reporting verb from the lexicon's
``reporting_verbs`` list, or "according to") whose complement clause is the content and
whose subject is the source. The parse gives the pieces:

- the cue's clausal complement (``ccomp``) is the content, wherever it stands ("X said S",
  "S, X said"), without its "that";
- a cue hung on the content as an aside (``parataxis``: "The plan, she said, will fail") takes
  the clause around it, minus the aside;
- "according to X" takes the clause it modifies (at a sentence's end, the sentence), minus the
  phrase; its source is X, or the author of the document X ("a tally by the clerk");
- a stance adjective or noun said of a subject ("is confident that S", "was critical of N", "a
  critic of N"; lexicon ``stance_adjectives``, ``stance_nouns``) takes its clause or phrase;
- the source is the cue's subject, found as for quotations (control, coordination, "was
  quoted as saying" up to the passive "quoted").

A report inside another report belongs to the outer source, as PolNeAR annotates it: only the
outermost cue of a sentence's chain gives a report (an aside or "according to" stands above the
clause it is hung on). Content that holds a quotation is left to the quotation ("X said the plan
was “a disaster”" stays a mixed quote); a report inside such content keeps the outer source, and
a report in a transcript turn ("OKAFOR: I think …") is the label's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from ... import lexicon
from ...articles import DATELINE_OPENING_RE
from ...articles.layout import TRANSCRIPT, Turn, turns
from ...model import Mention, Quote, Segment
from .. import doc_text
from .cues import (
    CLAUSE_VERBS,
    FINDERS,
    VERB_FORMS,
    is_relative,
    names_a_term,
    possessor_after,
    speaker_from,
    states_a_result,
    stranded_phrase,
    subject_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ACCORDING = "according"
IN = "in"  # "In a poll released Sunday, S": S as the poll's finding
# Subject words that are no source: "That said, …", "This suggests that …" ("which" and "that"
# are, as relative pronouns: "the union, which said …"). "I believe …" is a source: the writer's
# own report in a column, as PolNeAR annotates it.
_NO_SOURCE = frozenset({"that", "this", "which", "what", "there"})
_EDGE_WORDS = frozenset({"that", "whether", "if"})  # the complementiser is not the content


# The lexicon's classes as reported speech reads them, first match winning: what a cue of the
# class reports (COMPLEMENTS). The quotation rules' classes (speech, addressee, finding) fold
# into these; publishing and perception verbs report nothing of their own.
CLASS_ORDER = (
    ("quoting", "quoting"),
    ("stance", "stance"),
    ("intent", "intent"),
    ("belief", "belief"),
    ("asking", "addressee"),
    ("addressee", "addressee"),
    ("result", "finding"),
    ("finding", "finding"),
    ("speech", "speech"),
    ("claim", "speech"),
)


@cache
def cue_classes() -> dict[str, str]:
    """Reporting-verb lemma (or "lemma preposition") -> the class reported speech reads."""
    out = {}
    for lemma, (classes,) in lexicon.table("reporting_verbs").items():
        listed = classes.split(",")
        chosen = next((kind for name, kind in CLASS_ORDER if name in listed), None)
        if chosen is not None:
            out[lemma] = chosen
    return out


def cue_lemma(token: Token) -> str:
    """The lemma a cue is looked up by; a form the lemmatizer misreads ("hopes" -> "hop") is
    looked up as written."""
    return VERB_FORMS.get(token.lower_) or VERB_FORMS.get(token.lemma_.lower(), token.lemma_.lower())


@dataclass(frozen=True)
class Report:
    """One attribution found by its cue: content pieces (character spans), cue and source."""

    pieces: tuple[tuple[int, int], ...]
    cue: Token
    cue_words: Span
    source: Span | None

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


# What each class of cue reports, in order of preference: a clause ("said (that) S", "S, X
# said"), an aside on the clause ("S, X said, S"), an infinitive ("vowed to stay", "urged
# them to stay"), a noun phrase ("criticized the plan", "called for a recount").
COMPLEMENTS: dict[str, tuple[str, ...]] = {
    "speech": ("ccomp", "parataxis", "dobj"),
    "publishing": ("ccomp", "parataxis", "dobj"),
    "finding": ("ccomp", "parataxis", "dobj"),
    "belief": ("ccomp", "parataxis", "xcomp"),
    "addressee": ("ccomp", "parataxis", "xcomp"),
    "intent": ("xcomp", "ccomp", "dobj"),
    "stance": ("dobj", "ccomp"),
    "quoting": (),
}
# Fewest content words per complement: a clause or infinitive reports something only with a
# few words ("he said so", "wants to"); a noun phrase may be one name ("endorsed Trump").
MIN_WORDS = {"ccomp": 3, "parataxis": 3, "xcomp": 2, "dobj": 1, "pobj": 1}
# A clause with a subject of its own reports something in two words ("said profit fell",
# "said talks failed"); "he said so" or "she said it" has no such clause.
MIN_CLAUSE_WORDS = 2
# A cue in a relative clause or a participle describes the one it modifies ("Sen. Ruiz, who
# backed the bill", "groups opposing the plan"): it reports only with a clause of its own
# ("Ruiz, who said that the bill would pass").
_DESCRIBING = frozenset({"relcl", "acl"})
_CLAUSES = frozenset({"ccomp", "parataxis"})
# Objects that name no content: "said it", "told me so"
_EMPTY_OBJECTS = frozenset({"it", "so", "this", "that", "something", "nothing", "anything", "everything"})


def cue_class(token: Token, classes: dict[str, str]) -> tuple[str, Token | None] | None:
    """The class of a cue (and, for a prepositional cue such as "call for", its preposition).

    "According" of "according to" is a cue of its own (class "according").
    """
    if token.lower_ == ACCORDING:
        if token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            return "according", None
        return None
    if token.lower_ == IN and _poll_of(token) is not None:
        return "according", None
    if token.pos_ in ("ADJ", "NOUN"):
        return ("predicate", None) if _stance_predicate(token) else None
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if token.dep_ in ("amod", "acl") and token.tag_ == "VBN":
        return None  # "the so-called reform", "a man accused of fraud"
    lemma = cue_lemma(token)
    for child in token.children:
        if child.dep_ in ("prep", "prt") and f"{lemma} {child.lower_}" in classes:
            if child.dep_ == "prep":
                return classes[f"{lemma} {child.lower_}"], child
    if lemma in classes:
        return classes[lemma], None
    return None


def _stance_predicate(token: Token) -> bool:
    """ "is confident (that …)", "was critical of …", "a fierce critic of …": an adjective or
    noun of the stance lists, said of a subject by a linking verb (or, for a noun, in apposition
    to a name)."""
    if token.pos_ == "ADJ":
        return (
            token.dep_ == "acomp"
            and token.head.lemma_ in LINKING_VERBS
            and token.lemma_.lower() in lexicon.words("stance_adjectives")
        )
    return (
        token.dep_ in ("attr", "appos")
        and token.lemma_.lower() in lexicon.words("stance_nouns")
        and (token.dep_ == "appos" or token.head.lemma_ in LINKING_VERBS)
    )


def reports(doc: Doc, *, quoted: Sequence[tuple[int, int]] = ()) -> list[Report]:
    """Reports in a parsed Doc, in text order.

    Args:
        doc: a Doc with the tagger, lemmatizer and parser run.
        quoted: character spans of quotations; a content overlapping one is the quotation's.
    """
    if not doc.has_annotation("DEP"):
        return []
    classes = cue_classes()
    text = doc_text(doc)
    found: list[Report] = []
    taken: list[tuple[int, int]] = []
    left: list[Report] = []  # reports left to the quotation they hold
    cues = [(token, kind) for token in doc if (kind := cue_class(token, classes)) is not None]
    spoken = [t for t in turns(text) if t.role == TRANSCRIPT]
    # outer cues first: a report inside another's ("X said Y plans to …") is the outer source's
    for token, kind in sorted(cues, key=lambda c: _rank(c[0])):
        if _within(token.idx, taken) or _within(token.idx, quoted):
            continue
        report = _report(token, *kind, text)
        if report is None:
            continue
        if any(s < report.end and report.start < e for s, e in quoted):
            left.append(report)
            continue
        outer = next((r for r in left if _within(token.idx, r.pieces) and _reported_by(token, r.cue)), None)
        if outer is not None:  # "X said she thinks S but “…”": S is still X's
            report = replace(report, source=outer.source)
        report = _in_turn(_continued(_opened(report, text), text), spoken)
        found.append(report)
        taken.extend(report.pieces)
    found.sort(key=lambda r: r.start)
    return found


# Two apostrophes (or backquotes) opening a quotation, as some wires write it; the quotation
# rules read only real quotation marks, so such a quotation comes here as "S, X said".
_APOSTROPHE_QUOTE = re.compile(r"(?:''|``)\s*$")
# the attribution's sentence ends and the quotation goes on in the same paragraph
_NEXT_APOSTROPHE_QUOTE = re.compile(r"[^\n]*?[.!?][ \t]*(?:''|``)([^\n]+)")


# A quotation in apostrophes closing right after the content, before its cue ("…,'' X said")
_CLOSING_APOSTROPHE_QUOTE = re.compile(r"[,.!?]?(?:''|\u2019\u2019)")
_APOSTROPHE_MARK = re.compile(r"''|``")


def _opened(report: Report, text: str) -> Report:
    """ "''A. B,'' X said": a quotation in apostrophes that closes before its cue opens where its
    marks open, which may be sentences before the clause the parse gives."""
    first, last = report.pieces[0][0], report.pieces[-1][1]
    line = text.rfind("\n", 0, first) + 1
    marks = [m.end() for m in _APOSTROPHE_MARK.finditer(text, line, first)]
    if len(marks) % 2 == 0:  # no quotation in apostrophes is open where the content starts
        return report
    if report.cue.idx < first:  # "X said, ''A. B.''": to where the marks close
        closing = _APOSTROPHE_MARK.search(text, last, text.find("\n", last) % (len(text) + 1))
        if closing is None or closing.start() <= last:
            return report
        end = closing.start()
        while end > last and text[end - 1] in " \t,":
            end -= 1
        return Report(
            (*report.pieces[:-1], (report.pieces[-1][0], end)), report.cue, report.cue_words, report.source
        )
    if report.cue.idx < last or not _CLOSING_APOSTROPHE_QUOTE.match(text, last):
        return report
    start = marks[-1]
    while start < first and text[start].isspace():
        start += 1
    if start >= first:
        return report
    return Report(
        ((start, report.pieces[0][1]), *report.pieces[1:]), report.cue, report.cue_words, report.source
    )


def _continued(report: Report, text: str) -> Report:
    """ "''A,'' X said. ''B.''": a quotation in apostrophes goes on after its attribution to the
    end of the paragraph, as a quotation in marks would."""
    first = report.pieces[0][0]
    if report.cue.idx < report.end or not _APOSTROPHE_QUOTE.search(text, max(0, first - 3), first):
        return report
    more = _NEXT_APOSTROPHE_QUOTE.match(text, report.cue.idx)
    if more is None:
        return report
    start, end = more.start(1), more.end(1)
    end -= len(text[start:end]) - len(text[start:end].rstrip("'` \t\r"))
    if end <= start:
        return report
    return Report((*report.pieces, (start, end)), report.cue, report.cue_words, report.source)


# Links that make a clause a report's circumstance or description, not part of what is reported:
# "said “…” when Ruiz criticised him", "tactics that critics described as …"
_NOT_REPORTED = frozenset({"advcl", "relcl", "acl"})


def _reported_by(cue: Token, outer: Token) -> bool:
    """Whether a cue stands in what the outer cue reports ("X said she thinks …"), not in a
    clause of circumstance, a description or a report of its own joined by "and"."""
    node = cue
    while node.head.i != node.i and node.head.i != outer.i:
        if node.dep_ in _NOT_REPORTED:
            return False
        node = node.head
    return node.head.i == outer.i and node.dep_ not in _NOT_REPORTED and node.dep_ != "conj"


def _rank(cue: Token) -> tuple[int, int, int]:
    """Outer cues first: by depth in the parse, except that an aside ("S, she said, S") or
    "according to X" stands above the clause it is hung on, which is what it reports."""
    if cue.lower_ in (ACCORDING, IN) or cue.dep_ == "parataxis" or _as_clause(cue):
        return _depth(cue) - 1, 0, cue.i
    return _depth(cue), 1, cue.i


# A report in a transcript's turn is the label's. Interviews labelled "Q:" and "A:" are left
# alone: PolNeAR gives their reports the pronouns' sources.


def _in_turn(report: Report, spoken: Sequence[Turn]) -> Report:
    """A report in a transcript turn is the turn's speaker's, as any report inside another is
    the outer source's ("FALLIN: I think they want …": FALLIN)."""
    turn = next((t for t in spoken if _within(report.cue.idx, t.words)), None)
    if turn is None:
        return report
    span = report.cue.doc.char_span(*turn.name, alignment_mode="expand")
    return replace(report, source=span) if span is not None and len(span) else report


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def _within(offset: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


def _report(cue: Token, kind: str, prep: Token | None, text: str) -> Report | None:
    doc = cue.doc
    if kind == "according":
        return _according(cue, text)
    if kind == "predicate":
        return _predicate(cue, text)
    if kind in _AS_KINDS and _as_clause(cue):
        return _as_said(cue, text)
    content = _content(cue, kind, prep)
    if content is None:
        return _misjoined(cue, text) if kind in _CLAUSE_KINDS and prep is None else None
    subject = _source(cue)
    if subject is None or (subject.lower_ in _NO_SOURCE and not is_relative(subject)):
        return None
    if _asks_the_addressee(cue, subject):
        return None
    tokens, dep = content
    if any(t is subject for t in tokens):
        return None
    if kind == "finding" and dep == "dobj" and not _finder(subject):
        return None  # "a poll shows Ruiz ahead", not "police found a car"
    # "called for", but "see (the plan) as": the verb alone when its object stands between
    words = doc[cue.i : prep.i + 1] if prep is not None and prep.i == cue.i + 1 else doc[cue.i : cue.i + 1]
    least = MIN_WORDS[dep]
    if dep == "ccomp":
        tokens = tokens + _continuation(cue, tokens)
        about = _reported_about(cue, subject)
        if about:  # "a deal officials said could cut costs": the deal, and what it could do
            tokens = about + [t for t in tokens if t.i > cue.i]
        least = MIN_CLAUSE_WORDS if _has_subject(content[0], cue) else least
    return _make(tokens, cue, words, _name(subject), least, text)


_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})  # which, who, whose


def _reported_about(cue: Token, subject: Token) -> list[Token]:
    """The noun phrase a report in a reduced relative clause is about, which PolNeAR counts in
    the content: "…, a deal officials said could cut costs" -> "a deal" (the parse may hang
    the noun on the subject: stranded_phrase), "a step that …" keeps its own pronoun."""
    stranded = stranded_phrase(subject)
    if stranded is not None:
        return list(stranded)
    if cue.dep_ != "relcl" or cue.left_edge.i != subject.left_edge.i:
        return []
    if any(t.tag_ in _RELATIVE_TAGS for t in cue.doc[subject.left_edge.i : subject.i + 1]):
        return []  # "Ruiz, whose lawyers argued that S": a relative clause of its own
    noun = cue.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > cue.i:
        return []
    return list(cue.doc[noun.left_edge.i : noun.i + 1])


# Classes whose cue in an "as" clause reports the clause it is hung on: "S, as police said",
# "As the Gazette reported, S"; a stance is a time ("as the crowd applauded")
_AS_KINDS = frozenset({"speech", "finding", "belief"})


def _as_clause(cue: Token) -> bool:
    """Whether a cue heads an "as" clause with nothing reported of its own ("as police said")."""
    return (
        cue.dep_ == "advcl"
        and cue.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative", "prep") for c in cue.children)
    )


def _as_said(cue: Token, text: str) -> Report | None:
    """ "S, as police have said", "As reported by the Gazette, S": the clause the "as" clause
    is hung on, said by the "as" clause's own subject (or agent)."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None:
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subject is None or (subject.lower_ in _NO_SOURCE and not is_relative(subject)):
        return None
    aside = set(cue.subtree)
    content = [t for t in cue.head.subtree if t not in aside]
    return _make(content, cue, cue.doc[cue.i : cue.i + 1], _name(subject), MIN_WORDS["ccomp"], text)


def _has_subject(tokens: list[Token], cue: Token) -> bool:
    """Whether the cue's clausal complement is a verb with a subject of its own."""
    heads = [t for t in tokens if t.head.i == cue.i and t.dep_ == "ccomp"]
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for h in heads for c in h.children)


# Classes whose cue reports a clause of speech or finding ("S, the council said")
_CLAUSE_KINDS = frozenset({"speech", "finding", "belief", "addressee"})
# Words of the source's noun phrase between the comma and the cue ("S, the county council said")
_SOURCE_PHRASE_DEPS = frozenset({"compound", "det", "amod", "poss", "case", "appos", "nmod"})


def _misjoined(cue: Token, text: str) -> Report | None:
    """ "S while T, Dunmore County Council said on Friday.": a long clause before the comma
    leads the parse to hang the source on the clause's last noun (as its apposition) and the cue
    on the clause's verb (as a conjunct with no subject and no "and"). The clause up to the
    comma is the content, the noun phrase between the comma and the cue the source."""
    if cue.dep_ != "conj" or cue.head.i >= cue.i or cue.i < 2:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "ccomp", "dobj") for c in cue.children):
        return None
    if any(c.dep_ in ("cc", "preconj") and cue.head.i < c.i < cue.i for c in cue.head.children):
        return None  # "closed the road and said …": a verb of its own
    doc = cue.doc
    noun = doc[cue.i - 1]
    if noun.pos_ not in ("PROPN", "NOUN"):
        return None
    first = noun.i
    while first > 0 and doc[first - 1].dep_ in _SOURCE_PHRASE_DEPS and doc[first - 1].head.i >= first - 1:
        first -= 1
    comma = doc[first - 1] if first > 0 else None
    sentence = cue.sent
    if comma is None or comma.text != "," or comma.i <= sentence.start:
        return None
    content = [t for t in doc[sentence.start : comma.i]]
    return _make(content, cue, doc[cue.i : cue.i + 1], _name(noun), MIN_WORDS["ccomp"], text)


def _continuation(cue: Token, tokens: list[Token]) -> list[Token]:
    """ "said the plan was fair, but required residents to pay more": a verb the parse joins to
    the cue, after its content, without a subject or a cue of its own, goes on with the content."""
    if not tokens:
        return []
    last = max(t.i for t in tokens)
    more = [
        c
        for c in cue.rights
        if c.dep_ == "conj"
        and c.i > last
        and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and cue_class(c, cue_classes()) is None
    ]
    return [t for c in more for t in c.subtree] + [
        t for t in cue.rights if t.dep_ == "cc" and more and last < t.i < more[0].i
    ]


# The words after a cue's object that say what the stance is about: "criticized the mayor for
# the delay", "announced steps to tighten checks", "called him a liar"
_OBJECT_DEPS = frozenset({"dobj", "dative", "prep", "xcomp", "oprd", "npadvmod", "advmod", "acomp", "ccomp"})


def _object_content(cue: Token, obj: Token) -> tuple[list[Token], str] | None:
    """A noun-phrase content: the object and what follows it in the cue's phrase."""
    after = [c for c in cue.rights if (c.dep_ in _OBJECT_DEPS or _infinitive(c)) and c.i >= obj.i]
    if obj.lower_ in _EMPTY_OBJECTS and len(after) == 1:
        return None  # "said it", "denied that"
    if states_a_result(cue_lemma(cue), obj):
        return None  # "posted a net loss": a result
    if cue_classes().get(cue_lemma(cue)) == "intent" and names_a_term(obj):
        return None  # "prosecutors sought eight years": a term asked for
    tokens = [t for c in after for t in c.subtree]
    return tokens, "dobj"


def _infinitive(token: Token) -> bool:
    """ "pushed the states to adopt …": an infinitive the parse hangs on the verb as an adverbial
    clause is what the object is pushed, urged or asked to do."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


# What a stance adjective or noun reports: its clause ("confident that …", "eager to …") or
# the phrase of its preposition ("critical of …", "worried about …", "a critic of …")
_PREDICATE_PREPS = frozenset({"of", "about", "with", "over", "on", "for", "toward", "towards"})
# The linking words between a subject and a stance adjective or noun ("is", "remains", "seems")
LINKING_VERBS = frozenset({"be", "remain", "seem", "appear", "become", "feel", "sound", "grow", "stay"})
# How far the linking verb may stand before a stance word and still be part of the cue ("was
# deeply and openly critical"): beyond it, the cue is the word alone
CUE_SPAN_WORDS = 4


# The one a question is put to: "Do you think S?" asks, it reports nothing the addressee said
ADDRESSEE_PRONOUNS = frozenset({"you"})
_CLOSING_MARKS = frozenset({"\"", "'", "\u201d", "\u2019", ")"})


def _asks_the_addressee(cue: Token, subject: Token) -> bool:
    """Whether a cue's subject is the one a question is put to: "Are you worried about S?",
    "Do you think S?" (an interviewer's question; of 22 such reports on PolNeAR train and dev,
    PolNeAR gives 6 this source)."""
    if subject.lower_ not in ADDRESSEE_PRONOUNS:
        return False
    sentence = cue.sent
    last = next(
        (t for t in reversed(sentence) if not t.is_space and t.text not in _CLOSING_MARKS),
        None,
    )
    return last is not None and last.text == "?"


def _predicate(cue: Token, text: str) -> Report | None:
    """ "X is confident that S", "X was critical of N", "X, a critic of N": the stance word's
    clause or prepositional phrase, said of the linking verb's subject (or the named one)."""
    doc = cue.doc
    content: list[Token] = []
    dep = "pobj"
    for child in cue.children:
        if child.dep_ in ("ccomp", "xcomp"):
            content, dep = list(child.subtree), child.dep_
            break
        if child.dep_ == "prep" and child.lower_ in _PREDICATE_PREPS:
            content = [t for c in child.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
            break
    if not content:
        return None
    subject = cue.head if cue.dep_ == "appos" else subject_of(cue.head)
    if subject is None or (subject.lower_ in _NO_SOURCE and not is_relative(subject)):
        return None
    if _asks_the_addressee(cue, subject):
        return None
    start = cue.head.i if cue.dep_ != "appos" and 0 < cue.i - cue.head.i <= CUE_SPAN_WORDS else cue.i
    return _make(content, cue, doc[start : cue.i + 1], _name(subject), MIN_WORDS[dep], text)


def _finder(subject: Token) -> bool:
    """A subject whose "shows X" or "found X" reports a finding: a study, a poll, records."""
    return subject.lemma_.lower() in FINDERS or subject.lower_ in FINDERS


def _according(cue: Token, text: str) -> Report | None:
    """ "According to X, S" and "S, according to X": the clause the phrase modifies."""
    source = _according_source(cue)
    clause = cue.head if cue.head.i != cue.i else None
    if source is None or clause is None:
        return None
    # "S1, while S2, according to X" and "S1, and S2, according to X": the phrase at the end
    # of a sentence is said of all of it, not only of the clause the parse hangs it on
    while clause.dep_ in ("conj", "advcl") and clause.head.i != clause.i and cue.i > clause.head.i:
        clause = clause.head
    phrase = set(cue.subtree)
    content = [t for t in clause.subtree if t not in phrase]
    words = cue.doc[cue.i : cue.i + (1 if cue.lower_ == IN else 2)]  # "In", "according to"
    return _make(content, cue, words, _name(source), MIN_WORDS["ccomp"], text)


def _content(cue: Token, kind: str, prep: Token | None) -> tuple[list[Token], str] | None:
    """The content tokens of a cue and the dependency that gave them."""
    if prep is not None:
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if not objects:
            return None
        # "sees the mayor as a rival": what is seen belongs to the view
        before = [c for c in cue.children if c.dep_ == "dobj" and c.i < prep.i] if prep.lower_ == "as" else []
        if f"{cue_lemma(cue)} {prep.lower_}" in CASTING_CUES and _gives_a_part(before, objects):
            return None  # "cast the actor as Hamlet": a part in a show
        joined = [prep] if before else []
        return [t for o in before + objects for t in o.subtree] + joined, "pobj"
    for dep in COMPLEMENTS[kind]:
        if dep not in _CLAUSES and cue.dep_ in _DESCRIBING:
            continue
        if dep == "parataxis":
            if cue.dep_ == "parataxis" and cue.head.pos_ in ("VERB", "AUX"):
                aside = set(cue.subtree)
                return [t for t in cue.head.subtree if t not in aside], dep
            continue
        heads = [c for c in cue.children if c.dep_ == dep] or (_hung_clauses(cue) if dep == "ccomp" else [])
        if not heads:
            continue
        if dep == "dobj":
            if cue_lemma(cue) in CLAUSE_VERBS:
                continue
            return _object_content(cue, heads[0])
        tokens = [t for h in heads for t in h.subtree]
        # "said Hamas’ “military wing” had claimed …": a possessor the parse hung on the cue
        for c in cue.children:
            if c.dep_ == "nsubj" and possessor_after(c, cue):
                tokens += [*c.subtree, c.doc[c.i + 1]]
        if dep == "xcomp":  # "urged the council to act": the one urged belongs to the content
            tokens += [t for c in cue.children if c.dep_ == "dobj" for t in c.subtree]
        return tokens, dep
    return None


def _hung_clauses(cue: Token) -> list[Token]:
    """ "told analysts on a call that S", "said in an email that S": the parse often hangs the
    "that" clause after a phrase of place or medium on that phrase's noun, as a relative or
    noun clause; a "that" with a subject of its own after it opens the cue's complement ("a
    call that lasted an hour" stays the call's)."""
    out = []
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPS:
            continue
        for noun in prep.children:
            words = {noun.lemma_.lower(), noun.lower_}
            if words & _CLAUSE_NOUNS and not words & _DOCUMENTS:
                continue  # "in the hope that S", "amid fears that S": the noun's own clause
            for clause in noun.children:
                first = clause.left_edge
                if (
                    clause.dep_ in _HUNG_CLAUSE_DEPS
                    and clause.i > noun.i
                    and first.lower_ == "that"
                    and any(
                        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != first.i for c in clause.children
                    )
                ):
                    out.append(clause)
    return out


# Prepositions of the medium or occasion a cue's words went out by ("on a call", "in an
# email", "at a briefing", "during a webcast"); "about the claim that S" names a topic
_OCCASION_PREPS = frozenset({"in", "on", "at", "during", "via", "over", "through", "after"})
# Nouns that take a "that" clause of their own: words reported ("the claim that S") and the
# lexicon's clause nouns ("in the hope that S")
_CLAUSE_NOUNS = lexicon.words("reporting_nouns") | lexicon.words("clause_nouns")
# ... but a document the cue's words went out in carries them: "said in a statement that S"
_DOCUMENTS = lexicon.words("document_nouns")
# How the parse hangs a complement clause on the noun before it: "a call that S" read as a
# relative clause, "an email that S" as a noun's clause
_HUNG_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def _gives_a_part(objects: list[Token], parts: list[Token]) -> bool:
    """Whether a casting verb gives a part in a show: its object is a performer ("the Irish
    actor Mia Lund", lexicon performers) or the part is a name ("as Hamlet")."""
    performers = lexicon.words("performers")
    return any(t.lemma_.lower() in performers for o in objects for t in (o, *o.children)) or any(
        p.pos_ == "PROPN" for p in parts
    )


def _source(cue: Token) -> Token | None:
    """The cue's subject, found as for quotations; "X was quoted as saying S": X. A passive cue
    with a subject of its own and no agent ("Services are expected to resume") takes no subject
    from further up the parse: that one is another clause's ("The strike cost £5m. Services
    are expected …" read as one sentence would give "The strike")."""
    subject = subject_of(cue)
    if subject is not None and subject.head is not cue and _impersonal(cue):
        return None
    if subject is None and cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.i != cue.head.i:
        subject = subject_of(cue.head.head)
    return subject


def _impersonal(cue: Token) -> bool:
    children = list(cue.children)
    return (
        cue.tag_ == "VBN"
        and any(c.dep_ in ("nsubjpass", "expl") for c in children)
        and any(c.dep_ == "auxpass" for c in children)
        and not any(c.dep_ == "agent" for c in children)
    )


def _lemmas_of_class(name: str) -> frozenset[str]:
    table = lexicon.table("reporting_verbs")
    return frozenset(lemma for lemma, (classes,) in table.items() if name in classes.split(","))


# Verbs of refusing (class `refusal`) and the classes of the verb after them that make the
# refusal one to speak; cues with a preposition whose object is a topic (class `topic`)
REFUSAL_VERBS = _lemmas_of_class("refusal")
_SPEAKING_CLASSES = frozenset({"speech", "stance"})
TOPIC_CUES = _lemmas_of_class("topic")
CASTING_CUES = _lemmas_of_class("casting")


def report_kind(report: Report) -> str:
    """The kind of a report's quote: "refusal" for a refusal to speak ("X declined to
    comment", "refused to discuss it": the source said nothing), "topic" for what someone spoke
    about ("spoke to us about drones": the subject, not the words), else "indirect". PolNeAR
    marks the first two as attributions, so they stay quotes, of their own kinds."""
    cue = report.cue
    classes = cue_classes()
    found = cue_class(cue, classes)
    if found is not None and found[1] is not None and f"{cue_lemma(cue)} {found[1].lower_}" in TOPIC_CUES:
        return "topic"
    if cue_lemma(cue) not in REFUSAL_VERBS:
        return "indirect"
    return next(
        (
            "refusal"
            for c in cue.children
            if c.dep_ == "xcomp" and classes.get(cue_lemma(c)) in _SPEAKING_CLASSES
        ),
        "indirect",
    )


def as_quotes(found: Sequence[Report], names: Sequence[str | None]) -> list[Quote]:
    """Reports as Quote records of kind "indirect" (or "refusal", "topic"), with the resolved source names."""
    out: list[Quote] = []
    text = doc_text(found[0].cue.doc) if found else ""
    for report, name in zip(found, names):
        source = report.source
        words = report.cue_words
        out.append(
            Quote(
                text=" ".join(text[s:e] for s, e in report.pieces),
                start=report.start,
                end=report.end,
                segments=tuple(Segment(s, e) for s, e in report.pieces),
                speaker=name,
                speaker_mention=Mention(source.text, source.start_char, source.end_char) if source else None,
                cue=words.text,
                kind=report_kind(report),
                cue_mention=Mention(words.text, words.start_char, words.end_char),
            )
        )
    return out


# "according to a tally by X", "an analysis from X": the preposition naming a document's author
# ("from" names one only when X is a person or body: not "a version from 2010")
_AUTHOR_PREPS = frozenset({"by", "from"})
_AUTHOR_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def _poll_of(cue: Token) -> Token | None:
    """The poll of "in a poll, S" said of a clause (lexicon ``polls``), else None. The phrase
    opens the clause, before its subject: "leads in the polls" tells a standing, not a finding."""
    if cue.dep_ != "prep" or cue.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in cue.head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or subject.i < cue.i:
        return None
    poll = next((c for c in cue.children if c.dep_ == "pobj"), None)
    return poll if poll is not None and poll.lemma_.lower() in lexicon.words("polls") else None


def _according_source(cue: Token) -> Token | None:
    """Who "according to" names: the one named, or the author of the document named ("a tally
    by the clerk", "a speech the mayor gave": the clerk, the mayor); the poll of "in a poll"."""
    if cue.lower_ == IN:
        return _poll_of(cue)
    to = cue.nbor()
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None or source.pos_ != "NOUN":
        return source
    for child in source.rights:
        if child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPS:
            author = next((c for c in child.children if c.dep_ == "pobj"), None)
            if author is not None and (child.lower_ == "by" or author.ent_type_ in _AUTHOR_LABELS):
                return author
            return source
        if child.dep_ == "relcl":
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None and not is_relative(subject):
                return subject
    return source


def _name(token: Token) -> Span:
    span = speaker_from(token)
    assert span is not None
    return span


def _make(
    content: list[Token], cue: Token, words: Span, source: Span, min_words: int, text: str
) -> Report | None:
    tokens = sorted(content, key=lambda t: t.i)
    tokens = tokens + _stray_tail(tokens)
    while tokens and (
        (tokens[0].is_punct and not _opens_a_quotation(tokens[0], tokens))
        or tokens[0].is_space
        or tokens[0].lower_ in _EDGE_WORDS
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_space or (tokens[-1].is_punct and not _closes(tokens[-1], tokens))):
        tokens = tokens[:-1]
    if sum(1 for t in tokens if not t.is_punct) < min_words:
        return None
    pieces: list[tuple[int, int]] = []
    for t in tokens:
        if pieces and _joined(t, pieces[-1], tokens):
            pieces[-1] = (pieces[-1][0], t.idx + len(t.text))
        else:
            pieces.append((t.idx, t.idx + len(t.text)))
    pieces = _trim(text, _after_dateline(text, pieces))
    return Report(tuple(pieces), cue, words, source) if pieces else None


# Symbols that end a clause's last phrase rather than the sentence ("rose 4%")
_PHRASE_END_SYMBOLS = frozenset({"%", "\u2030"})
_BRACKETS = {")": "(", "]": "["}


def _closes(token: Token, tokens: list[Token]) -> bool:
    """Whether a punctuation token at the content's end belongs to it: a percent sign, or a
    bracket closing one opened in the content."""
    if token.text in _PHRASE_END_SYMBOLS:
        return True
    opening = _BRACKETS.get(token.text)
    return opening is not None and any(t.text == opening for t in tokens)


_OPENING_MARKS = {"\u201c": "\u201d", "\u2018": "\u2019", '"': '"'}


def _opens_a_quotation(token: Token, tokens: list[Token]) -> bool:
    """Whether a mark opening the content opens a quotation closed inside it: 'reported that
    “gunmen” in the city shot …' keeps its first mark."""
    closing = _OPENING_MARKS.get(token.text)
    return closing is not None and any(t.text == closing for t in tokens if t.i > token.i)


def _stray_tail(tokens: list[Token]) -> list[Token]:
    """ "… a meeting on Thursday at 7 p.m.": a word at the sentence's end that the parse takes
    for its final punctuation (and hangs, with its own words, outside the clause) ends the
    content: the words from the content's last token to that word."""
    if not tokens:
        return []
    doc, last = tokens[0].doc, tokens[-1]
    end = last.sent.end
    for j in range(last.i + 1, end):
        word = doc[j]
        if word.dep_ == "punct" and not word.is_punct:
            span = list(word.subtree)
            if min(t.i for t in span) == last.i + 1:
                return span
            return []
        if word.head.i != j and word.head.i > j and word.head.dep_ == "punct" and not word.head.is_punct:
            continue  # a word of the stray word's phrase ("7" of "7 p.m.")
        return []
    return []


def _after_dateline(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Content never starts inside a dateline ("LIMA, Peru (Reuters) - S, the union said")."""
    if not pieces:
        return pieces
    start, end = pieces[0]
    dateline = DATELINE_OPENING_RE.match(text[start:end])
    if dateline is None or start + dateline.end() >= end:
        return pieces
    return [(start + dateline.end(), end), *pieces[1:]]


def _joined(token: Token, last: tuple[int, int], tokens: list[Token]) -> bool:
    """Whether token continues the piece ending at last (no content word left out between)."""
    doc = token.doc
    prev = token.i - 1
    return prev >= 0 and doc[prev].idx + len(doc[prev].text) == last[1]


def _trim(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces without edge punctuation ("S, X said" leaves the comma with the cue)."""
    out = []
    for s, e in pieces:
        while s < e and (text[s].isspace() or text[s] in ",;:-\u2014\u2013"):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:-\u2014\u2013"):
            e -= 1
        if e > s:
            out.append((s, e))
    return out
