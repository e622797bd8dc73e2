"""Quotation marks -> quoted pieces -> quotes.

Every quotation mark in a paragraph gets a role from its kind and context (curly marks have a
direction; a straight mark opens after a space and closes before one; an apostrophe in "won't",
"Joneses'" or 6'2" is no mark). Marks pair within a paragraph; an unmatched mark costs at most
its own paragraph. A paragraph that leaves a quote open continues into the next one when that
paragraph opens with a mark (news convention). Quotes split by a short attribution inside one
sentence ("A," she said, "B.") are joined.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...articles.layout import TRANSCRIPT, turns
from .cues import is_cue

if TYPE_CHECKING:
    from spacy.tokens import Doc

OPEN_ONLY = {"\u201c": '"', "\u201e": '"', "\u00ab": '"', "``": '"', "\u2018": "'", "\u201a": "'"}
CLOSE_ONLY = {"\u201d": '"', "\u00bb": '"', "''": '"', "\u2019": "'"}
MARK_RE = re.compile("``|''|[\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019\u201a]")
_OPENING_CONTEXT = set(" \t\r\n\u00a0([{<\u2014\u2013-/:;,") | {""}
_CLOSING_CONTEXT = set(" \t\r\n\u00a0)]}>\u2014\u2013-/:;,.!?") | {""}
_TAG_RE = re.compile(r"<[A-Za-z/][^<>\n]*>")  # markup left in a text: <tweet author="X">
_FIRST_OPENING = re.compile("(?:^|(?<=[\\s(\\[\u2014]))(``|[\"\u201c\u201e\u00ab\u2018'])(?=\\w)")
_CLOSING_MARK_RE = re.compile(r"(?:``|''|[\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019])$")

# "“A,” she said, “B.”": an attribution between two quotes of one sentence is a few words (a
# name with a title or an apposition); ten words or more is a sentence of its own.
SPLIT_ATTRIBUTION_WORDS = 10
# How far after the second half of a split quote a cue of its own may stand: right after it
# ("“B,” she added"), or anywhere in its sentence when the first half's attribution ended with a
# full stop ("“A,” Lee said. “B” to drive the price up, she said.").
OWN_CUE_REACH = 4
OWN_CUE_REACH_AFTER_STOP = 20
# Characters to look through per word when searching the words after a quote (a generous
# upper bound on a word and its spaces and punctuation).
CHARS_PER_WORD = 15


@dataclass
class Mark:
    pos: int
    end: int
    level: str  # '"' or "'"
    role: str  # "open", "close", "either"


@dataclass
class Piece:
    """The part of a quote in one paragraph, marks included (character offsets)."""

    start: int
    end: int
    paragraph: int
    continued: bool = False  # the quote goes on in the next paragraph


@dataclass
class Found:
    """A quote as found from its marks: one piece per paragraph (or per half of a split quote)."""

    pieces: list[Piece] = field(default_factory=list)
    turn: bool = False  # a transcript turn without marks, after its label

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end


def _opening_role(pos: int, end: int, mark: str, before: str, after: str) -> Mark | None:
    level = OPEN_ONLY[mark]
    if level == "'" and before.isalnum():
        return None
    if (
        mark == "\u201c"
        and before
        and not before.isspace()
        and (after in ("", "\n", "\r") or (after.isspace() and before in ".,!?;"))
    ):
        return Mark(pos, end, level, "close")  # “… here,“ said X: the wrong curly mark closing
    return Mark(pos, end, level, "open")


def _closing_role(pos: int, end: int, mark: str, before: str, after: str) -> Mark | None:
    level = CLOSE_ONLY[mark]
    if level == "'":
        if before.isalnum() and after.isalnum():
            return None  # won't, Ma'an
        if after.isdigit() or (not before.isalnum() and before not in ".,!?"):
            return None  # '90s, a lone mark
        return Mark(pos, end, "'", "close")
    if mark == "\u201d" and before in ("", "\n", "\r") and after not in ("", "\n", "\r"):
        return Mark(pos, end, level, "open")  # a paragraph opened with the wrong curly mark
    return Mark(pos, end, level, "close")


def mark_role(text: str, pos: int, end: int, single_primary: bool) -> Mark | None:
    """The mark at text[pos:end] with its role, or None for an apostrophe or a prime."""
    mark = text[pos:end]
    before = text[pos - 1] if pos > 0 else ""
    after = text[end] if end < len(text) else ""
    if mark in OPEN_ONLY:
        return _opening_role(pos, end, mark, before, after)
    if mark in CLOSE_ONLY:
        return _closing_role(pos, end, mark, before, after)
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
        return Mark(pos, end, level, "open")
    if closing and not opening:
        return Mark(pos, end, level, "close")
    return Mark(pos, end, level, "either")


def mark_kind(mark: str) -> str:
    """Straight, TeX (`` '') or typographic: a quotation nested in another uses the other kind."""
    return "straight" if mark in "\"'" else "tex" if mark in ("``", "''", "`") else "typographic"


def single_quotes_primary(text: str, paragraphs: Sequence[tuple[int, int]]) -> bool:
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


def _paragraph_marks(text: str, start: int, end: int, single_primary: bool) -> list[Mark]:
    """The marks of one paragraph, outside markup tags."""
    tags = [t.span() for t in _TAG_RE.finditer(text, start, end)]
    return [
        m
        for m in (
            mark_role(text, mt.start(), mt.end(), single_primary)
            for mt in MARK_RE.finditer(text, start, end)
            if not any(s < mt.start() < e for s, e in tags)
        )
        if m
    ]


class _Pairing:
    """Pairs marks paragraph by paragraph; `carry` is a quote left open at a paragraph's end."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[Found] = []
        self.carry: Found | None = None
        # where the labels of a quoted transcript's turns stand, right after the opening mark
        self.quoted_labels = {t.label[0] for t in turns(text) if t.quoted}

    def _close_carry(self) -> None:
        if self.carry is not None:
            self.found.append(self.carry)
            self.carry = None

    def paragraph(self, index: int, p_start: int, p_end: int, marks: list[Mark]) -> None:
        open_at: int | None = None
        if self.carry is not None:
            if (
                marks
                and marks[0].role in ("open", "either")
                and not self.text[p_start : marks[0].pos].strip()
                and marks[0].end not in self.quoted_labels  # a new turn in a transcript
            ):
                open_at = marks[0].pos
                marks = marks[1:]
            else:
                self._close_carry()
        open_at = self._pair(index, marks, open_at)
        self._leave_open(index, p_start, p_end, open_at)

    def _pair(self, index: int, marks: list[Mark], open_at: int | None) -> int | None:
        """Pairs the marks of a paragraph; returns where a quote left open there opened."""
        text = self.text
        nested = 0  # quotations inside the open one, in the other kind of marks
        for m in marks:
            if open_at is None:
                if m.role in ("open", "either"):
                    open_at, nested = m.pos, 0
            elif mark_kind(text[m.pos : m.end]) != mark_kind(text[open_at]) and (nested or m.role == "open"):
                # "The motto is “Equal Justice Under Law” no more."
                nested += 1 if m.role == "open" else -1
            elif m.role in ("close", "either") or (text[open_at] == "\u201e" and text[m.pos] == "\u201c"):
                piece = Piece(open_at, m.end, index)
                if self.carry is not None:
                    self.carry.pieces.append(piece)
                    self._close_carry()
                else:
                    self.found.append(Found([piece]))
                open_at = None
            else:  # a second opening mark: the first one was never closed
                self._close_carry()
                open_at = m.pos
        return open_at

    def _leave_open(self, index: int, p_start: int, p_end: int, open_at: int | None) -> None:
        if open_at is None:
            self._close_carry()
            return
        piece = Piece(open_at, p_end, index, continued=True)
        lead = self.text[p_start:open_at].rstrip()
        if self.carry is not None:
            self.carry.pieces.append(piece)
        elif not lead or lead.endswith(":"):
            self.carry = Found([piece])  # a quote that opens its paragraph may go on in the next
        else:  # opened after an attribution mid-paragraph: it ends with its paragraph
            piece.continued = False
            self.found.append(Found([piece]))

    def finish(self) -> list[Found]:
        self._close_carry()
        for f in self.found:
            f.pieces[-1].continued = False
        return self.found


def find_quotes(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Found]:
    """Quoted stretches of text, as pieces (one per paragraph a quote spans), marks included.

    >>> [(f.start, f.end) for f in find_quotes('He said "we won" today.', [(0, 23)])]
    [(8, 16)]
    """
    single_primary = single_quotes_primary(text, paragraphs)
    primary = "'" if single_primary else '"'
    pairing = _Pairing(text)
    for index, (p_start, p_end) in enumerate(paragraphs):
        marks = [m for m in _paragraph_marks(text, p_start, p_end, single_primary) if m.level == primary]
        pairing.paragraph(index, p_start, p_end, marks)
    found = pairing.finish()
    spoken = transcript_turns(text, paragraphs)
    if not spoken:
        return found
    # words quoted inside a turn are part of the speaker's words, not a quote of their own
    found = [f for f in found if not any(t.start <= f.start and f.end <= t.end for t in spoken)]
    return sorted(found + spoken, key=lambda f: f.start)


def transcript_turns(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Found]:
    """The turns of a transcript written without quotation marks, each a quote of the words
    after its label, which names the speaker (`attribution.transcript_label`):
    "HOST: Welcome.\nMAYOR JANE DOE: We open the bridge.\nHOST: Thank you." -> three turns.
    A turn that opens with a quotation mark is left to the marks."""
    opening = {t.label[0]: t for t in turns(text) if t.role == TRANSCRIPT and t.words}
    labelled = [
        (index, opening[p_start]) for index, (p_start, _) in enumerate(paragraphs) if p_start in opening
    ]
    return [
        Found([Piece(*turn.words[0], index)], turn=True)
        for index, turn in labelled
        if not MARK_RE.match(text, turn.words[0][0])
    ]


def quote_kind(text: str, found: Found) -> str:
    """direct when the quote stands as its own sentence or clause, else mixed."""
    first = found.pieces[0]
    line_start = max(text.rfind("\n", 0, first.start), 0)
    before = text[line_start : first.start].rstrip()
    sentence_start = (
        not before or before[-1] in ".!?:,\u2014\u2013\n" or before.endswith(("--", "\u2019\u2019"))
    )
    inner_text = text[first.start : found.pieces[-1].end].rstrip("\"'\u201d\u2019\u00bb ")
    clause_end = inner_text[-1:] in ".!?,;\u2026" or found.pieces[-1].continued
    return "direct" if sentence_start and (clause_end or len(found.pieces) > 1) else "mixed"


def count_words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def inner(text: str, piece: Piece) -> tuple[int, int]:
    """The piece without its outer marks."""
    start, end = piece.start, piece.end
    m = MARK_RE.match(text, start)
    if m:
        start = m.end()
    tail = text[start:end]
    m2 = _CLOSING_MARK_RE.search(tail)
    if m2 and not piece.continued:
        end = start + m2.start()
    return start, end


def opens_sentence(text: str, found: Found) -> bool:
    before = text[: found.start].rstrip(" \t\u00a0")
    return not before or before[-1] in '.!?\n\u201d"' or before.endswith(":")


def _cue_right_after(doc: Doc, found: Found, text: str, reach: int = OWN_CUE_REACH) -> bool:
    """ "… “B,” he said": a cue in the `reach` words right after a quote, before the sentence ends."""
    after = doc.char_span(
        found.end, min(len(text), found.end + CHARS_PER_WORD * reach), alignment_mode="expand"
    )
    if after is None:
        return False
    words = 0
    for token in after:
        if token.text in (".", "!", "?", "\n") or token.is_space or words >= reach:
            return False
        if is_cue(token):
            return True
        words += not token.is_punct
    return False


def _split_by_attribution(text: str, prev: Found, f: Found) -> bool:
    """Whether the text between two quotes of a paragraph looks like "“A,” she said, “B.”"."""
    between = text[prev.end : f.start]
    return (
        prev.pieces[-1].paragraph == f.pieces[0].paragraph
        and "\n" not in between
        and 0 < count_words(between) <= SPLIT_ATTRIBUTION_WORDS
        and between.strip()[-1:] in ",:."
        and not re.search(r"[.!?]\s", between.strip())  # not "X said. His verdict: “…”"
        and text[prev.end - 2 : prev.end - 1] in ",?!"
        # “A,” she said. “B,” she added: the second has its own attribution
        and not (between.strip().endswith(".") and text[f.end - 2 : f.end - 1] == ",")
    )


def merge_split_quotes(doc: Doc, found: list[Found], text: str) -> list[Found]:
    """“A,” she said, “B.” is one quote: join quotes split by a short attribution."""
    out: list[Found] = []
    for f in found:
        if out and _split_by_attribution(text, out[-1], f):
            prev = out[-1]
            between = text[prev.end : f.start]
            span = doc.char_span(prev.end, f.start, alignment_mode="expand")
            # “A,” Warren said. “B” to drive up the price, she said: B's sentence has its own cue
            reach = OWN_CUE_REACH_AFTER_STOP if between.strip().endswith(".") else OWN_CUE_REACH
            if (
                span is not None
                and any(is_cue(t) for t in span)
                and not _cue_right_after(doc, f, text, reach)
            ):
                prev.pieces.extend(f.pieces)
                continue
        out.append(f)
    return out
