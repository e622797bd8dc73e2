"""Marks over the article text, shared by the terminal view and the HTML report.

A result's entities, quotes and dates become `Mark`s (kind, record id, character span), and
`nest` turns the marks inside one paragraph into a tree that a renderer walks in order. Spans
may overlap in any way (a quote holds entities and dates; a date may cross an entity's edge):
a mark that crosses the end of the mark around it is split there and goes on as a
continuation piece after it, so every character keeps all its marks and the tree nests
properly (as HTML elements must).
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..model import ArticleResult, Quote

KINDS = ("quotes", "entities", "dates")
# Which mark lies outside when two cover the same characters: a quote holds its cue, entities
# and dates; a date inside an entity's name ('the 2012 Olympics') lies inside it.
RANK = {"quote": 0, "cue": 1, "entity": 2, "date": 3}
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201f\u2039\u203a`"
UNKNOWN_SPEAKER = "unknown"


@dataclass(frozen=True)
class Mark:
    """One marked stretch of text.

    `id` names the record the mark belongs to ("q0" quote, "q0c" its cue, "e3" entity,
    "d1" date), so the pieces of a quote split by its attribution, or of a mark cut at a
    paragraph's or another mark's edge, share it. `first` is true on the piece where the
    record starts (where the speaker's name is shown).
    """

    kind: str  # "quote", "cue", "entity", "date"
    id: str
    start: int
    end: int
    key: str  # what colours it: the speaker of a quote or cue, the label of an entity
    first: bool = True


@dataclass
class Node:
    """A stretch of text with the mark over it (None for the paragraph itself) and its parts."""

    start: int
    end: int
    mark: Mark | None = None
    children: list[Node] = field(default_factory=list)


def speaker_of(quote: Quote) -> str:
    return quote.speaker or UNKNOWN_SPEAKER


def speakers(result: ArticleResult) -> list[tuple[str, int]]:
    """Speakers with their number of quotes, most quoted first (then by first quote)."""
    counts: Counter[str] = Counter(speaker_of(q) for q in result.quotes or ())
    order = {s: i for i, s in reversed(list(enumerate(speaker_of(q) for q in result.quotes or ())))}
    return sorted(counts.items(), key=lambda kv: (kv[0] == UNKNOWN_SPEAKER, -kv[1], order[kv[0]]))


def cue_mention(quote: Quote) -> Any:
    """The cue's Mention when the record carries one (reported-speech records do), else None."""
    return getattr(quote, "cue_mention", None)


def _quote_pieces(quote: Quote, text: str) -> list[tuple[int, int]]:
    """The stretches a quote covers: its segments with their own quotation marks.

    A quote split by its attribution ("…,” she said. “…”) is marked in pieces, so "she
    said" is not shown as quoted; a single segment covers start..end.
    """
    segments = sorted((s.start, s.end) for s in quote.segments) or [(quote.start, quote.end)]
    pieces = []
    for i, (start, end) in enumerate(segments):
        if i == 0:
            start = min(start, quote.start)
        if i == len(segments) - 1:
            end = max(end, quote.end)
        while start > 0 and text[start - 1] in QUOTE_MARKS and (i > 0 or start > quote.start):
            start -= 1
        while end < len(text) and text[end] in QUOTE_MARKS + ",.;:?!" and i < len(segments) - 1:
            end += 1
        pieces.append((start, end))
    return pieces


def article_marks(result: ArticleResult, *, kinds: Iterable[str] = KINDS) -> list[Mark]:
    """Every mark of the asked kinds ("quotes", "entities", "dates") in a result."""
    text = result.text or ""
    kinds = set(kinds)
    out: list[Mark] = []
    if "quotes" in kinds:
        cued: set[tuple[int, int]] = set()
        for i, q in enumerate(result.quotes or ()):
            who = speaker_of(q)
            for n, (start, end) in enumerate(_quote_pieces(q, text)):
                out.append(Mark("quote", f"q{i}", start, end, who, first=n == 0))
            cue = cue_mention(q)
            # one cue serving two quotes ("said" before a quotation and a report) is marked
            # once, as its first quote's: marked twice it read `**said**`, a mark of its own
            if cue is not None and cue.end > cue.start and (cue.start, cue.end) not in cued:
                cued.add((cue.start, cue.end))
                out.append(Mark("cue", f"q{i}c", cue.start, cue.end, who))
    if "entities" in kinds:
        for i, e in enumerate(result.entities or ()):
            for m in e.mentions:
                out.append(Mark("entity", f"e{i}", m.start, m.end, e.label))
    if "dates" in kinds:
        for i, d in enumerate(result.dates or ()):
            out.append(Mark("date", f"d{i}", d.start, d.end, d.type))
    return [m for m in out if 0 <= m.start < m.end <= len(text)]


def paragraphs(result: ArticleResult) -> list[tuple[int, int]]:
    """The body paragraphs as (start, end) spans; the whole text when none were recorded."""
    if result.paragraphs:
        return list(result.paragraphs)
    text = result.text or ""
    spans, pos = [], 0
    for block in text.split("\n\n"):
        if block.strip():
            lead = len(block) - len(block.lstrip())
            spans.append((pos + lead, pos + len(block.rstrip())))
        pos += len(block) + 2
    return spans


def nest(marks: Sequence[Mark], start: int, end: int) -> Node:
    """The marks within start..end as a tree of properly nested nodes.

    Marks are clipped to the span. Where one mark crosses the end of the mark around it, it
    is split there; the rest is a continuation (first=False) placed after. Children are in
    text order and never overlap.
    """
    heap: list[tuple[int, int, int, int, Mark]] = []
    for seq, m in enumerate(marks):
        s, e = max(m.start, start), min(m.end, end)
        if s < e:
            clipped = (
                m
                if (s, e) == (m.start, m.end)
                else replace(m, start=s, end=e, first=m.first and s == m.start)
            )
            heapq.heappush(heap, (s, -e, RANK[m.kind], seq, clipped))
    root = Node(start, end)
    stack = [root]
    seq = len(marks)
    while heap:
        s, neg_e, rank, _, m = heapq.heappop(heap)
        while len(stack) > 1 and s >= stack[-1].end:
            stack.pop()
        top = stack[-1]
        if m.end > top.end:  # crosses the enclosing mark's end: split
            seq += 1
            rest = replace(m, start=top.end, first=False)
            heapq.heappush(heap, (rest.start, -rest.end, rank, seq, rest))
            m = replace(m, end=top.end)
        node = Node(m.start, m.end, m)
        top.children.append(node)
        stack.append(node)
    return root


def walk(node: Node) -> Iterable[tuple[str, Any]]:
    """The tree as events in text order: ("open", Mark), ("text", (start, end)), ("close", Mark)."""
    pos = node.start
    for child in node.children:
        if child.start > pos:
            yield "text", (pos, child.start)
        assert child.mark is not None
        yield "open", child.mark
        yield from walk(child)
        yield "close", child.mark
        pos = child.end
    if node.end > pos:
        yield "text", (pos, node.end)
