"""Quotation marks -> quotes -> cues and speakers.

1. Marks (`marks`): every quotation mark gets a role; marks pair within a paragraph, a quote
   left open continues into a paragraph that opens with a mark, and quotes split by a short
   attribution ("A," she said, "B.") are joined.
2. Filters (`filters`): short quoted terms that no cue reports (scare quotes, nicknames,
   titles of works) are dropped.
3. Attribution (`attribution`): one ordered list of rules, each taking a `QuoteContext`
   (`context`), finds the cue and the words naming the speaker; cues and subjects are read from
   the parse (`cues`). A quote paragraph without a cue takes the speaker of the adjacent
   attribution. The layout finds the turns a speaker's label opens (`articles.layout.turns`):
   a transcript's turn is its label's, an interview's answers ("Q: … A: …") the interviewee's
   and a turn labelled with a person's name that person's (`interview`).
4. Reported speech (`reported`): attributions without quotation marks ("X said (that) S",
   "according to X, S", "X vowed to S"), from a cue's complement in the parse.
5. Speakers (`speakers`): mentions resolve to entity names (pronouns to the most plausible
   earlier person) through the entities extractor's groups. Sources of quotations and of
   reported speech are resolved together in text order: one speaker model for both kinds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...articles.layout import turns
from ...model import Entity, Mention, Quote, Segment
from .. import doc_text
from .attribution import Resolved, attribute, inherit
from .context import Attribution, QuoteContext
from .cues import ACCORDING, ADDRESSEE_VERBS, NOUN_CUES, PHRASAL_CUES, REPORTING_VERBS, name_span
from .filters import judge
from .headline import headline_quotes
from .interview import answers
from .interview import as_quotes as turn_quotes
from .marks import Found, find_quotes, inner, merge_split_quotes, opens_sentence, quote_kind
from .reported import Report, as_quotes, reports
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
    indirect: bool = False,
    headline: tuple[int, Doc] | None = None,
) -> list[Quote]:
    """Quotations in a parsed Doc with their cues and speakers.

    Args:
        doc: a Doc with the parser and entity recogniser run.
        paragraphs: character spans of the body paragraphs; the whole text when omitted.
        entities: the article's entities, to name speakers ("Lopez" -> "Maria Lopez").
        indirect: also return reported speech (kind "indirect"). Its sources are in focus for
            later pronouns either way, so a quotation's speaker does not depend on this.
        headline: (its start offset in the text, the headline parsed on its own), whose
            attribution ("Mayor says levy will hit renters") comes first with `indirect`.

    Returns:
        The quotes in text order, each with its segments (character offsets without marks),
        speaker name and mention, cue and its mention, and kind ("direct", "mixed", or
        "indirect" for reported speech).
    """
    text = doc_text(doc)
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
    # a transcript turn's reports are the label's (PolNeAR annotates "HOST: I think S"), so they stay
    found_reports = reports(
        doc, quoted=[(p.start, p.end) for f, _, _ in kept if not f.turn for p in f.pieces]
    )
    # an answer's own reports stay: PolNeAR marks "I think …" inside answers it leaves unmarked
    spoken = answers(text, entities)
    resolver.talked_about([piece for r in found_reports for piece in r.pieces])
    resolved, report_names = _resolve(kept, found_reports, resolver)
    # a quoted transcript's label ("“PENCE: Well, …") names the speaker: it is not their words
    words_after = {t.label[0]: t.words[0][0] for t in turns(text) if t.quoted and t.words}
    results: list[Quote] = []
    for i, (f, _, kind) in enumerate(kept):
        att, name = resolved[i]
        if (att is None or att.speaker is None) and (kind == "direct" or opens_sentence(text, f)):
            att, name = inherit(doc, i, kept, resolved, paragraphs, resolver)
            resolved[i] = (att, name)  # a run of floating paragraphs shares one speaker
        results.append(_quote(text, f, att, name, kind, words_after))
    results.extend(turn_quotes(text, spoken))
    results.sort(key=lambda q: q.start)
    if indirect:
        results.extend(as_quotes(found_reports, report_names))
        if headline is not None:
            results.extend(headline_quotes(headline[1], headline[0], entities))
        results.sort(key=lambda q: q.start)
    return results


def _resolve(
    kept: Sequence[_Kept], found_reports: Sequence[Report], resolver: Resolver
) -> tuple[list[Resolved], list[str | None]]:
    """Each quote's attribution with its speaker's name, and each report's source name,
    resolved in the text order of their mentions (the resolver learns who has spoken, or been
    reported, as it goes: "Ada Brisk warned that … “…,” she said" -> Ada Brisk)."""
    resolved: list[Resolved] = [(attribution, None) for _, attribution, _ in kept]
    names: list[str | None] = [None] * len(found_reports)
    order = [(a.speaker.start_char, 0, i) for i, (_, a, _) in enumerate(kept) if a and a.speaker is not None]
    order += [(r.source.start_char, 1, i) for i, r in enumerate(found_reports) if r.source is not None]
    for _, which, i in sorted(order):
        if which == 1:
            names[i] = resolver.resolve(found_reports[i].source, learn_from_pronoun=False)  # type: ignore[arg-type]
            continue
        attribution = kept[i][1]
        assert attribution is not None and attribution.speaker is not None
        name = resolver.resolve(attribution.speaker)
        resolved[i] = (named_mention(attribution, name, resolver), name)
    return resolved, names


def _quote(
    text: str, f: Found, att: Attribution | None, name: str | None, kind: str, words_after: dict[int, int]
) -> Quote:
    """A quote as a record; a label opening it (a key of `words_after`) is left out of its words."""
    spans = [inner(text, p) for p in f.pieces]
    start, end = spans[0]
    spans[0] = (min(words_after.get(start, start), end), end)
    segments = tuple(Segment(*span) for span in spans)
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
        cue_mention=_cue_mention(att),
    )


def _cue_mention(attribution: Attribution | None) -> Mention | None:
    """The cue words where they stand: the verb, or "according to" with its "to"."""
    if attribution is None or attribution.cue is None:
        return None
    cue = attribution.cue
    end = cue.i + 2 if cue.lower_ == ACCORDING and cue.i + 1 < len(cue.doc) else cue.i + 1
    span = cue.doc[cue.i : end]
    return Mention(span.text, span.start_char, span.end_char)
