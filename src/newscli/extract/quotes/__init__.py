"""Quotation marks -> quotes -> cues and speakers.

1. Marks (`marks`): every quotation mark gets a role; marks pair within a paragraph, a quote
   left open continues into a paragraph that opens with a mark, and quotes split by a short
   attribution ("A," she said, "B.") are joined.
2. Filters (`filters`): short quoted terms that no cue reports (scare quotes, nicknames,
   titles of works) are dropped.
3. Attribution (`attribution`): one ordered list of rules, each taking a `QuoteContext`
   (`context`), finds the cue and the words naming the speaker; cues and subjects are read from
   the parse (`cues`). A quote paragraph without a cue takes the speaker of the adjacent
   attribution.
4. Speakers (`speakers`): mentions resolve to entity names (pronouns to the most plausible
   earlier person) through the entities extractor's groups.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...model import Entity, Mention, Quote, Segment
from .attribution import Resolved, attribute, inherit
from .context import Attribution, QuoteContext
from .cues import ADDRESSEE_VERBS, NOUN_CUES, PHRASAL_CUES, REPORTING_VERBS, name_span
from .filters import judge
from .marks import Found, find_quotes, inner, merge_split_quotes, opens_sentence, quote_kind
from .speakers import Resolver, named_mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "ADDRESSEE_VERBS",
    "NOUN_CUES",
    "PHRASAL_CUES",
    "REPORTING_VERBS",
    "find_quotes",
    "name_span",
    "quotes",
]

_Kept = tuple[Found, "Attribution | None", str]


def quotes(
    doc: Doc,
    *,
    paragraphs: Sequence[tuple[int, int]] | None = None,
    entities: Sequence[Entity] = (),
) -> list[Quote]:
    """Quotations in a parsed Doc with their cues and speakers.

    Args:
        doc: a Doc with the parser and entity recogniser run.
        paragraphs: character spans of the body paragraphs; the whole text when omitted.
        entities: the article's entities, to name speakers ("Lopez" -> "Maria Lopez").

    Returns:
        The quotes in text order, each with its segments (character offsets without marks),
        speaker name and mention, cue and kind ("direct" or "mixed").
    """
    text = doc.text
    if paragraphs is None:
        from ...articles import blocks

        paragraphs = blocks(text)
    found = merge_split_quotes(doc, find_quotes(text, paragraphs), text)
    all_pieces = [p for f in found for p in f.pieces]
    resolver = Resolver(doc, entities, paragraphs, [(p.start, p.end) for p in all_pieces])
    kept: list[_Kept] = []
    for f in found:
        ctx = QuoteContext(doc, text, paragraphs, all_pieces, f, quote_kind(text, f))
        verdict = judge(ctx)
        if not verdict.keep:
            continue
        ctx.namer = verdict.namer
        kept.append((f, attribute(ctx), ctx.kind))
    resolved = _resolve(kept, resolver)
    results: list[Quote] = []
    for i, (f, _, kind) in enumerate(kept):
        att, name = resolved[i]
        if (att is None or att.speaker is None) and (kind == "direct" or opens_sentence(text, f)):
            att, name = inherit(doc, i, kept, resolved, paragraphs, resolver)
            resolved[i] = (att, name)  # a run of floating paragraphs shares one speaker
        results.append(_quote(text, f, att, name, kind))
    return results


def _resolve(kept: Sequence[_Kept], resolver: Resolver) -> list[Resolved]:
    """Each quote's attribution with its speaker's name, resolved in text order (the resolver
    learns who has spoken as it goes)."""
    resolved: list[Resolved] = []
    for _, attribution, _ in kept:
        speaker = attribution.speaker if attribution else None
        name = resolver.resolve(speaker) if speaker is not None else None
        if attribution is not None and speaker is not None and name is not None:
            attribution = named_mention(attribution, name, resolver)
        resolved.append((attribution, name))
    return resolved


def _quote(text: str, f: Found, att: Attribution | None, name: str | None, kind: str) -> Quote:
    segments = tuple(Segment(*inner(text, p)) for p in f.pieces)
    quoted = " ".join(text[s.start : s.end] for s in segments)
    speaker_mention = None
    if att is not None and att.speaker is not None:
        sp = att.speaker
        speaker_mention = Mention(sp.text, sp.start_char, sp.end_char)
    return Quote(
        text=quoted,
        start=f.start,
        end=f.end,
        segments=segments,
        speaker=name,
        speaker_mention=speaker_mention,
        cue=att.cue_text if att is not None else None,
        kind=kind,
    )
