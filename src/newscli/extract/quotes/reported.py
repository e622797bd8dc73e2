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
- "according to X" takes the clause it modifies, minus the phrase;
- the source is the cue's subject, found as for quotations (control, coordination, "was
  quoted as saying" up to the passive "quoted").

A report inside another report belongs to the outer source, as PolNeAR annotates it: only the
outermost cue of a sentence's chain gives a report. Content that holds a quotation is left to
the quotation ("X said the plan was “a disaster”" stays a mixed quote).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ... import lexicon
from ...model import Mention, Quote, Segment
from .. import doc_text
from .cues import VERB_FORMS, speaker_from, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ACCORDING = "according"
# Subject words that are no source: "That said, …", "This suggests that …"; outside quotation
# marks "I think …" and "we know …" are someone's quoted words, not a report of their own
_NO_SOURCE = frozenset({"that", "this", "which", "what", "there", "i", "we", "you", "me", "us"})
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
    "finding": ("ccomp", "parataxis"),
    "belief": ("ccomp", "parataxis", "xcomp"),
    "addressee": ("ccomp", "parataxis", "xcomp"),
    "intent": ("xcomp", "ccomp", "dobj"),
    "stance": ("dobj", "ccomp"),
    "quoting": (),
}
# Fewest content words per complement: a clause or infinitive reports something only with a
# few words ("he said so", "wants to"); a noun phrase may be one name ("endorsed Trump").
MIN_WORDS = {"ccomp": 3, "parataxis": 3, "xcomp": 2, "dobj": 1, "pobj": 1}
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
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if token.dep_ in ("amod", "acl") and token.tag_ == "VBN":
        return None  # "the so-called reform", "a man accused of fraud"
    # a form the lemmatizer misreads ("hopes" -> "hop") is looked up as written
    lemma = VERB_FORMS.get(token.lower_) or VERB_FORMS.get(token.lemma_.lower(), token.lemma_.lower())
    for child in token.children:
        if child.dep_ in ("prep", "prt") and f"{lemma} {child.lower_}" in classes:
            if child.dep_ == "prep":
                return classes[f"{lemma} {child.lower_}"], child
    if lemma in classes:
        return classes[lemma], None
    return None


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
    cues = [(token, kind) for token in doc if (kind := cue_class(token, classes)) is not None]
    # outer cues first: a report inside another's ("X said Y plans to …") is the outer source's
    for token, kind in sorted(cues, key=lambda c: (_depth(c[0]), c[0].i)):
        if _within(token.idx, taken) or _within(token.idx, quoted):
            continue
        report = _report(token, *kind, text)
        if report is None:
            continue
        if any(s < report.end and report.start < e for s, e in quoted):
            continue
        report = _continued(report, text)
        found.append(report)
        taken.extend(report.pieces)
    found.sort(key=lambda r: r.start)
    return found


# Two apostrophes (or backquotes) opening a quotation, as some wires write it; the quotation
# rules read only real quotation marks, so such a quotation comes here as "S, X said".
_APOSTROPHE_QUOTE = re.compile(r"(?:''|``)\s*$")
# the attribution's sentence ends and the quotation goes on in the same paragraph
_NEXT_APOSTROPHE_QUOTE = re.compile(r"[^\n]*?[.!?][ \t]*(?:''|``)([^\n]+)")


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


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def _within(offset: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


def _report(cue: Token, kind: str, prep: Token | None, text: str) -> Report | None:
    doc = cue.doc
    if kind == "according":
        return _according(cue, text)
    content = _content(cue, kind, prep)
    if content is None:
        return None
    subject = _source(cue)
    if subject is None or subject.lower_ in _NO_SOURCE:
        return None
    tokens, dep = content
    if any(t is subject for t in tokens):
        return None
    words = doc[cue.i : prep.i + 1] if prep is not None else doc[cue.i : cue.i + 1]
    return _make(tokens, cue, words, _name(subject), MIN_WORDS[dep], text)


# The words after a cue's object that say what the stance is about: "criticized the mayor for
# the delay", "announced steps to tighten checks", "called him a liar"
_OBJECT_DEPS = frozenset({"dobj", "dative", "prep", "xcomp", "oprd", "npadvmod", "advmod", "acomp", "ccomp"})


def _object_content(cue: Token, obj: Token) -> tuple[list[Token], str] | None:
    """A noun-phrase content: the object and what follows it in the cue's phrase."""
    after = [c for c in cue.rights if c.dep_ in _OBJECT_DEPS and c.i >= obj.i]
    if obj.lower_ in _EMPTY_OBJECTS and len(after) == 1:
        return None  # "said it", "denied that"
    tokens = [t for c in after for t in c.subtree]
    return tokens, "dobj"


def _according(cue: Token, text: str) -> Report | None:
    """ "According to X, S" and "S, according to X": the clause the phrase modifies."""
    source = _according_source(cue)
    clause = cue.head if cue.head is not cue else None
    if source is None or clause is None:
        return None
    phrase = set(cue.subtree)
    content = [t for t in clause.subtree if t not in phrase]
    return _make(content, cue, cue.doc[cue.i : cue.i + 2], _name(source), MIN_WORDS["ccomp"], text)


def _content(cue: Token, kind: str, prep: Token | None) -> tuple[list[Token], str] | None:
    """The content tokens of a cue and the dependency that gave them."""
    if prep is not None:
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        return ([t for o in objects for t in o.subtree], "pobj") if objects else None
    for dep in COMPLEMENTS[kind]:
        if dep == "parataxis":
            if cue.dep_ == "parataxis" and cue.head.pos_ in ("VERB", "AUX"):
                aside = set(cue.subtree)
                return [t for t in cue.head.subtree if t not in aside], dep
            continue
        heads = [c for c in cue.children if c.dep_ == dep]
        if not heads:
            continue
        if dep == "dobj":
            return _object_content(cue, heads[0])
        tokens = [t for h in heads for t in h.subtree]
        if dep == "xcomp":  # "urged the council to act": the one urged belongs to the content
            tokens += [t for c in cue.children if c.dep_ == "dobj" for t in c.subtree]
        return tokens, dep
    return None


def _source(cue: Token) -> Token | None:
    """The cue's subject, found as for quotations; "X was quoted as saying S": X."""
    subject = subject_of(cue)
    if subject is None and cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head is not cue.head:
        subject = subject_of(cue.head.head)
    return subject


def as_quotes(found: Sequence[Report], names: Sequence[str | None]) -> list[Quote]:
    """Reports as Quote records of kind "indirect", with the resolved source names."""
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
                kind="indirect",
                cue_mention=Mention(words.text, words.start_char, words.end_char),
            )
        )
    return out


def _according_source(cue: Token) -> Token | None:
    to = cue.nbor()
    return next((c for c in to.children if c.dep_ == "pobj"), None)


def _name(token: Token) -> Span:
    span = speaker_from(token)
    assert span is not None
    return span


def _make(
    content: list[Token], cue: Token, words: Span, source: Span, min_words: int, text: str
) -> Report | None:
    tokens = sorted(content, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].lower_ in _EDGE_WORDS):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if sum(1 for t in tokens if not t.is_punct) < min_words:
        return None
    pieces: list[tuple[int, int]] = []
    for t in tokens:
        if pieces and _joined(t, pieces[-1], tokens):
            pieces[-1] = (pieces[-1][0], t.idx + len(t.text))
        else:
            pieces.append((t.idx, t.idx + len(t.text)))
    pieces = _trim(text, pieces)
    return Report(tuple(pieces), cue, words, source) if pieces else None


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
