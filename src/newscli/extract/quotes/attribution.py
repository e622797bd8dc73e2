"""Attribution: which cue and which words name the speaker of a quote.

Every rule takes one `QuoteContext` and returns an `Attribution` or None. `STRATEGIES` lists
them in the one order they are tried; the first that answers wins. A quote that none of them
attributes takes the speaker of an adjacent attributed quote (`inherit`, run after the speakers
are resolved, because a run of quotes shares its resolved speaker).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ...articles.layout import TRANSCRIPT, turns
from .context import Attribution, QuoteContext
from .cues import (
    ACCORDING,
    NOUN_CUES,
    SPEAKER_LABELS,
    STANCE_VERBS,
    THING_PRONOUNS,
    according_to_speaker,
    according_to_the_sentence,
    before_brackets,
    document_owner,
    governs,
    has_content,
    inside,
    is_cue,
    is_reporting_word,
    name_span,
    names_someone,
    outer_reporter,
    outermost_report,
    possessive_owner,
    same_speaker_reporting,
    speaker_from,
    subject_of,
    token_ending,
)
from .marks import inner, opens_sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .marks import Found, Piece
    from .speakers import Resolver

# A name standing alone before a colon, after a dash or at the start of a line: a label
_LABEL_BEFORE_COLON = re.compile(
    r"(?:\s[-\u2013\u2014]\s*|^)((?:[A-Z][\w.\u2019']* ?){1,4}(?:and (?:[A-Z][\w.\u2019']* ?){1,3})?):\s*$",
    re.M,
)
_DASH_AFTER = re.compile(r"[\s,]*[\u2014\u2013\u2015-]{1,2}\s*")

# “…,” Tulsa police Chief Ana Ruiz, a 20-year veteran, said: the words between a quote and a
# cue without a subject are read back this many tokens; a name with its title and a short
# apposition fits in ADJACENT_NAME_TOKENS, a description ("the 34-year-old") in
# ADJACENT_DESCRIPTION_TOKENS; a name after the cue ("said Ana Ruiz") in AFTER_CUE_TOKENS.
ADJACENT_LOOKBACK = 10
ADJACENT_NAME_TOKENS = 8
ADJACENT_DESCRIPTION_TOKENS = 6
AFTER_CUE_TOKENS = 8
# "footage of the mayor saying at the hearing, “…”": the words between the participle and the
# quote (when, where) are a short phrase.
SHOWN_LOOKAHEAD = 9
SHOWN_PHRASE_TOKENS = 8
# A label before a colon ("Lopez: “…”", "Pollsters agree - Ann Lee: “…”") is a few words long.
LABEL_LOOKBACK_CHARS = 80
# A dash attribution (“…” — Ann Lee): the dash follows the quote within a few characters, and
# the name after it within a line's worth.
DASH_GAP_CHARS = 6
DASH_NAME_CHARS = 60
# Without sentence boundaries, a colon introduction is read back about a long sentence's length.
COLON_INTRO_LOOKBACK = 29


# --- rule helpers --------------------------------------------------------------------------


def _adjacent_speaker(ctx: QuoteContext, cue: Token) -> Span | None:
    """When the parse gives a cue no subject: the name standing between quote and cue
    (“…,” Tulsa police Chief Ana Ruiz said) or right after the cue (“…,” said Ruiz)."""
    doc = ctx.doc
    ends = [p.end for p in ctx.found.pieces if p.end <= cue.idx]
    if not ends:
        return _speaker_before_cue(doc, cue)
    piece_end = max(ends)  # the cue follows a piece of the quote
    between: list[Token] = []
    i = cue.i - 1
    while i >= 0 and doc[i].idx >= piece_end and len(between) < ADJACENT_LOOKBACK:
        if not (doc[i].is_punct or doc[i].is_space):
            between.insert(0, doc[i])
        i -= 1
    if 0 < len(between) <= ADJACENT_NAME_TOKENS and between[-1].pos_ in ("PROPN", "NOUN", "PRON"):
        # “…,” Flynn, a top Trump surrogate, said: the name before its apposition
        named = next((t for t in between if t.ent_type_ == "PERSON"), between[-1])
        return name_span(named)
    if (
        1 < len(between) <= ADJACENT_DESCRIPTION_TOKENS
        and between[0].lower_ in ("the", "a", "an")
        and between[-1].pos_ == "ADJ"
    ):
        return doc[between[0].i : between[-1].i + 1]  # “…,” the 34-year-old said
    after = []
    for t in doc[cue.i + 1 : cue.i + 1 + AFTER_CUE_TOKENS]:
        if t.is_punct or t.is_space:
            break
        after.append(t)
    names = [t for t in after if t.pos_ == "PROPN"]
    if not between and names:
        return name_span(names[-1] if all(n.i == names[0].i + k for k, n in enumerate(names)) else names[0])
    return None


def _speaker_before_cue(doc: Doc, cue: Token) -> Span | None:
    """A cue before the quote whose subject the parser missed: the name right before it."""
    before = before_brackets(doc, cue.i)
    if before is None:
        return None
    if doc[before].ent_type_ in SPEAKER_LABELS and doc[before].dep_ != "pobj":
        return name_span(doc[before])  # "Obama and Clinton call them “lone wolves”" misparsed
    if doc[before].dep_ == "appos" and doc[before].pos_ in ("NOUN", "PROPN"):
        return name_span(doc[before])  # "…, the Democratic candidate stated": misparsed as an apposition
    return None


def _trailing_report(cue: Token, all_pieces: Sequence[Piece]) -> Attribution | None:
    """ "“…,” said Kristen Day, reports USA Today": the publication reporting the whole, as
    with "according to" (PolNeAR's outer source)."""
    for outer in cue.ancestors:
        if outer.i > cue.i and outer.lemma_.lower() == "report" and not inside(outer, all_pieces):
            for child in outer.children:
                if child.dep_ in ("nsubj", "npadvmod") and child.ent_type_ == "ORG":
                    return Attribution(outer, outer.text, name_span(child))
    return None


def _according_on(ctx: QuoteContext, cue: Token) -> Token | None:
    """ "“…,” Sanders said, according to CNN": the report is CNN's (PolNeAR's outer source)."""
    return next((c for c in cue.children if c.lower_ == ACCORDING and c in ctx.cues), None)


# --- which cue: a ranking -----------------------------------------------------------------


def according_to_the_whole_sentence(ctx: QuoteContext, cue: Token) -> bool:
    """ "According to the audit, the scheme was “a slow-motion disaster”": the whole sentence
    is the source's, whatever other verb stands in it."""
    return according_to_the_sentence(cue, ctx.roots)


def shown_saying(ctx: QuoteContext, cue: Token) -> bool:
    """ "The spot ends with footage of the mayor saying at a hearing, “…”": a participle after
    "of" with nothing of its own to report, a few words before the quote, introduces it
    (whatever the parser hung the quote on): the mayor's words, not the spot's."""
    doc = ctx.doc
    if cue.tag_ != "VBG" or cue.i == 0 or has_content(cue):
        return False
    if "of" not in (cue.head.lower_, cue.head.head.lower_, doc[cue.i - 1].head.lower_):
        return False
    between = [t for t in doc[cue.i + 1 : cue.i + 1 + SHOWN_LOOKAHEAD] if t.idx < ctx.found.start]
    return (
        0 < len(between) <= SHOWN_PHRASE_TOKENS
        and between[-1].text in (",", ":")
        and not ctx.text[between[-1].idx + len(between[-1]) : ctx.found.start].strip()
        and not any(t.pos_ in ("VERB", "AUX") for t in between)
    )


def as_put_it(ctx: QuoteContext, cue: Token) -> bool:
    """ "…, a “temporary measure,” as the memo put it": an "as" clause on the quoted words' own
    clause names their speaker before any cue reporting the whole."""
    return (
        any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
        and not is_cue(cue.head)  # "“…,” Cruz said as the heckler yelled": Cruz's
        and governs(cue.head, ctx.roots)
    )


def governs_the_quote(ctx: QuoteContext, cue: Token) -> bool:
    """The quote hangs on the cue in the parse ("She said “…”")."""
    return governs(cue, ctx.roots)


# What makes one cue of a quote's sentence its cue, strongest first; among cues alike in all of
# them, the nearest to the quote (in characters) wins. (A cue that has "according to" on it
# was once meant to rank here too, but its test read the list being sorted, which Python empties
# while sorting, so it never took effect; the "according to" is still preferred in
# `_cue_attribution`, once the cue is chosen.)
CUE_PREFERENCES: tuple[Callable[[QuoteContext, Token], bool], ...] = (
    according_to_the_whole_sentence,
    shown_saying,
    as_put_it,
    governs_the_quote,
)


def cue_rank(ctx: QuoteContext, cue: Token) -> tuple[int, ...]:
    """A sort key, best cue first: one 0/1 per preference unmet, then the distance to the quote."""
    return (*(int(not prefer(ctx, cue)) for prefer in CUE_PREFERENCES), ctx.distance(cue))


def _cue_attribution(ctx: QuoteContext, cue: Token) -> Attribution | None:
    """The attribution a cue gives the quote: its (outermost) subject, else a name beside it."""
    all_pieces = ctx.all_pieces
    cue = _according_on(ctx, cue) or cue
    if cue.lower_ == ACCORDING:
        speaker = speaker_from(according_to_speaker(cue))
        return Attribution(cue, "according to", speaker) if speaker is not None else None
    subject = subject_of(cue)
    if subject is not None and subject.lower_ in THING_PRONOUNS and subject.head.dep_ != "relcl":
        cue, subject = outer_reporter(cue) or (cue, subject)
    if subject is not None and not inside(subject, all_pieces):  # not a quoted title
        if not shown_saying(ctx, cue):
            cue, subject = outermost_report(cue, subject, all_pieces)
        subject = document_owner(same_speaker_reporting(cue, subject), all_pieces)
        return _trailing_report(cue, all_pieces) or Attribution(cue, cue.text, speaker_from(subject))
    speaker = _adjacent_speaker(ctx, cue)
    if speaker is not None:
        return _trailing_report(cue, all_pieces) or Attribution(cue, cue.text, speaker)
    return None


# --- the rules -----------------------------------------------------------------------------


def namer_of_fragment(ctx: QuoteContext) -> Attribution | None:
    """A short fragment after "as" is the words of whoever named something with it (found by
    the filters): 'The union has branded the offer as “an insult”' -> The union."""
    return Attribution(None, None, speaker_from(ctx.namer)) if ctx.namer is not None else None


def transcript_label(ctx: QuoteContext) -> Attribution | None:
    """A transcript turn is spoken by its label: '"OKAFOR: We will appeal."' -> OKAFOR; also
    a turn without marks, the words after its label ('MAYOR JANE DOE: We open …')."""
    start = inner(ctx.text, ctx.found.pieces[0])[0]
    turn = next(
        (
            t
            for t in turns(ctx.text)
            if t.role == TRANSCRIPT and (t.label[0] == start or (t.words and t.words[0][0] == start))
        ),
        None,
    )
    if turn is None:
        return None
    span = ctx.doc.char_span(*turn.name, alignment_mode="expand")
    return Attribution(None, None, span) if span is not None and len(span) else None


def colon_label(ctx: QuoteContext) -> Attribution | None:
    """A name standing alone before a colon, after a dash or at the start of a line, labels the
    quote after it: 'Ann Lee: “We will appeal.”' -> Ann Lee."""
    doc, text, found = ctx.doc, ctx.text, ctx.found
    label = _LABEL_BEFORE_COLON.search(text, max(0, found.start - LABEL_LOOKBACK_CHARS), found.start)
    if label is None or text[label.end() : found.start].strip():
        return None
    span = doc.char_span(label.start(1), label.end(1), alignment_mode="expand")
    named = [t for t in span or () if t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN"]
    while named and any(
        is_reporting_word(w) for w in (named[0].lower_, named[0].lower_[:-1], named[0].lower_[:-2])
    ):
        named.pop(0)  # "Stated Stone:", which the recogniser reads as one name
    return Attribution(None, None, doc[named[0].i : named[-1].i + 1]) if named else None


def noun_cue_owner(ctx: QuoteContext) -> Attribution | None:
    """A reporting noun and its possessor: 'The mayor's claim that the bridge was “perfectly
    safe”' -> The mayor (cue "claim")."""
    for noun in ctx.cue_scope:
        if noun.lemma_.lower() in NOUN_CUES and noun.pos_ == "NOUN" and not inside(noun, ctx.all_pieces):
            owner = next(
                (
                    c
                    for c in noun.children
                    if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her")
                ),
                None,
            )
            if owner is not None and governs(noun, ctx.roots):
                return Attribution(noun, noun.text, name_span(owner))
    return None


def reporting_cue(ctx: QuoteContext) -> Attribution | None:
    """The best-ranked cue of the quote's sentence that yields a speaker (see `cue_rank`):
    '“We will appeal,” said Ann Lee, the union's lawyer.' -> said, Ann Lee."""
    for cue in sorted(ctx.cues, key=lambda t: cue_rank(ctx, t)):
        attribution = _cue_attribution(ctx, cue)
        if attribution is not None:
            return attribution
    return None


def dash_label(ctx: QuoteContext) -> Attribution | None:
    """A dash after the quote introduces its speaker: '“We will appeal.” — Ann Lee' -> Ann Lee."""
    doc, text, found = ctx.doc, ctx.text, ctx.found
    if len(ctx.scope) == 0:
        return None
    after = _DASH_AFTER.match(text[found.end : found.end + DASH_GAP_CHARS])
    if not after:
        return None
    start = found.end + after.end()
    span = doc.char_span(start, min(len(text), start + DASH_NAME_CHARS), alignment_mode="expand")
    if span is not None and len(span) and span[0].ent_type_ in SPEAKER_LABELS:
        return Attribution(None, None, name_span(span[0]))
    if span is not None and len(span) and span[0].text[:1].isupper():  # a name the model missed
        end = 0
        while end < len(span) and span[end].text[:1].isupper() and not span[end].is_punct:
            end += 1
        return Attribution(None, None, span[:end])
    return None


def in_words_of(ctx: QuoteContext) -> Attribution | None:
    """Whose words they are: 'In the words of one juror, “…”' -> one juror; 'in Lee's words'."""
    doc = ctx.doc
    for tok in ctx.scope:
        if tok.idx >= ctx.found.start:
            break
        if (
            tok.lemma_.lower() != "word"
            or tok.dep_ != "pobj"
            or tok.head.lower_ != "in"
            or inside(tok, ctx.all_pieces)
        ):
            continue
        for child in tok.children:
            if child.dep_ == "poss":
                return Attribution(None, None, speaker_from(child))
            owner = (
                next((c for c in child.children if c.dep_ == "pobj"), None) if child.lower_ == "of" else None
            )
            if owner is not None:
                return Attribution(None, None, speaker_from(owner))
        named = [t for t in doc[tok.head.i + 1 : tok.i] if t.pos_ == "PROPN"]
        if named:  # "in Forbes’ words", parsed as two objects of "in"
            return Attribution(None, None, name_span(named[-1]))
    return None


def colon_intro(ctx: QuoteContext) -> Attribution | None:
    """An attribution that ends with a colon just before the quote: 'The coach said: “…”' ->
    The coach; 'From the defence: “…”'; 'Lee went further: “…”' -> Lee."""
    doc = ctx.doc
    before = ctx.text[: ctx.found.start].rstrip()
    if not before.endswith(":"):
        return None
    last = token_ending(doc, len(before))
    if last is None:
        return None
    sent = (
        last.sent
        if doc.has_annotation("SENT_START")
        else doc[max(0, last.i - COLON_INTRO_LOOKBACK) : last.i + 1]
    )
    return _colon_cue(ctx, sent, last) or _colon_subject(ctx, sent, last)


def _colon_cue(ctx: QuoteContext, sent: Span, last: Token) -> Attribution | None:
    """The last cue before the colon with its subject ("X said:", "Said Ellis:"), or "From X:"."""
    doc = ctx.doc
    for tok in reversed(list(sent)):
        if inside(tok, ctx.all_pieces):
            continue
        if is_cue(tok):
            subject = subject_of(tok)
            if subject is None:  # "Said Ellis:": the name after the cue
                subject = next((t for t in doc[tok.i + 1 : last.i] if t.ent_type_ in SPEAKER_LABELS), None)
            if subject is not None:
                return Attribution(tok, tok.text, speaker_from(subject))
        if tok.lower_ == "from" and tok.i + 1 < len(doc):
            for child in tok.children:
                if child.dep_ == "pobj":
                    return Attribution(None, None, name_span(child))
    return None


def _colon_subject(ctx: QuoteContext, sent: Span, last: Token) -> Attribution | None:
    """ "The piece used her words as its headline:" -> The piece; the parser may hang the
    sentence under the quote ("Becker went even further: “If …”"), so start from the words
    before the colon ("She became upset, so that I had to change my answer:" -> I)."""
    doc, all_pieces = ctx.doc, ctx.all_pieces
    word_before = [doc[last.i - 1], *doc[last.i - 1].ancestors] if last.i > 0 else []
    for tok in [*word_before, last.head, *(t for t in sent if t.dep_ == "ROOT")]:
        if not inside(tok, all_pieces):
            for child in tok.children:
                if (
                    child.dep_ == "nsubj"
                    and not inside(child, all_pieces)
                    and child.lower_ not in THING_PRONOUNS  # "A footnote makes that clear:"
                ):
                    return Attribution(None, None, speaker_from(child))
    owner = possessive_owner(doc[last.i - 1]) if last.i > 0 else None
    if owner is not None and not inside(owner, all_pieces):  # a verbless "Their verdict: “…”"
        return Attribution(None, None, doc[owner.i : owner.i + 1])
    return None


def cue_just_before(ctx: QuoteContext) -> Attribution | None:
    """The speaker of the sentence just before a quote in its paragraph, when that sentence is
    itself attributed ("…, Lee said. “The other factor …”") or is about a person ("Lee listed
    three reasons. “The first …”" -> Lee)."""
    doc, text, found, all_pieces = ctx.doc, ctx.text, ctx.found, ctx.all_pieces
    p_start = ctx.paragraphs[found.pieces[0].paragraph][0]
    before = text[p_start : found.start].rstrip()
    if not before or before[-1] not in ".!?" or not doc.has_annotation("DEP"):
        return None
    last = token_ending(doc, p_start + len(before))
    if last is None:
        return None
    sent = last.sent
    if sent.start_char < p_start:
        return None
    root = sent.root
    if inside(root, all_pieces) or any(c.dep_ == "neg" for c in root.children):
        return None  # "He didn't suggest retaliation. “…”": nothing was said there
    subject = subject_of(root) if root.pos_ in ("VERB", "AUX") else None
    if subject is None or inside(subject, all_pieces):
        return None
    if is_cue(root):
        return Attribution(root, root.text, speaker_from(subject))
    if subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she"):
        # the person the sentence is about goes on in their own words
        return Attribution(None, None, speaker_from(subject))
    return None


def subject_fallback(ctx: QuoteContext) -> Attribution | None:
    """A quote in a sentence whose subject is a named speaker ("Lee told reporters … “…”",
    "In 2019, Pew found that “…”"), also when the parser made the quote the root ("The
    campaign called the report a “rush to judgment”": "rush" is the root, "campaign" its
    subject)."""
    found, all_pieces = ctx.found, ctx.all_pieces
    for tok in ctx.scope:
        if tok.dep_ != "ROOT" or (tok.idx >= found.start and not inside(tok, all_pieces)):
            continue
        for child in tok.children:
            if (
                child.dep_ == "nsubj"
                and child.idx < found.start
                and not inside(child, all_pieces)
                and (
                    names_someone(child)
                    or any(names_someone(c) for c in child.children if c.dep_ in ("poss", "nmod"))
                )
            ):
                stance = _stance_cue(ctx)
                return Attribution(stance, stance.text if stance else None, speaker_from(child))
    return None


def _stance_cue(ctx: QuoteContext) -> Token | None:
    """The verb taking a side on the quoted words, when one governs them ("a mission to
    promote a “…”" -> promote): the cue of a quote whose speaker is the sentence's subject."""
    for tok in ctx.scope:
        if (
            tok.pos_ == "VERB"
            and tok.lemma_.lower() in STANCE_VERBS
            and not inside(tok, ctx.all_pieces)
            and governs(tok, ctx.roots)
        ):
            return tok
    return None


def _always(ctx: QuoteContext) -> bool:
    return True


def _direct(ctx: QuoteContext) -> bool:
    return ctx.kind == "direct"


def _direct_or_mid_sentence(ctx: QuoteContext) -> bool:
    return ctx.kind == "direct" or not opens_sentence(ctx.text, ctx.found)


Rule = Callable[[QuoteContext], "Attribution | None"]

# The attribution rules in the order they are tried, each with the quotes it applies to. The
# first rule that answers wins.
STRATEGIES: tuple[tuple[Rule, Callable[[QuoteContext], bool]], ...] = (
    (namer_of_fragment, _always),
    (transcript_label, _always),
    (colon_label, _always),
    (noun_cue_owner, _always),
    (reporting_cue, _always),
    (dash_label, _always),
    (in_words_of, _always),
    (colon_intro, _always),
    (cue_just_before, _direct),
    (subject_fallback, _direct_or_mid_sentence),
)


def attribute(ctx: QuoteContext) -> Attribution | None:
    """The first answer of `STRATEGIES` for the quote, or None (the quote may inherit one)."""
    for rule, applies in STRATEGIES:
        if applies(ctx):
            attribution = rule(ctx)
            if attribution is not None:
                return attribution
    return None


# --- quotes without their own attribution ----------------------------------------------------

Resolved = tuple["Attribution | None", "str | None"]


def inherit(
    doc: Doc,
    i: int,
    kept: Sequence[tuple[Found, Attribution | None, str]],
    resolved: Sequence[Resolved],
    paragraphs: Sequence[tuple[int, int]],
    resolver: Resolver,
) -> Resolved:
    """For a quote without its own cue: the previous attribution nearby, else a paraphrase
    attribution in the paragraph before ("Lee told the board that …"), else the next one."""
    f = kept[i][0]
    para = f.pieces[0].paragraph
    for j in range(i - 1, -1, -1):
        if para - kept[j][0].pieces[-1].paragraph > 1:
            break
        earlier = resolved[j][0]
        if earlier is not None and earlier.speaker is not None:
            return resolved[j]
    if para > 0:
        s, e = paragraphs[para - 1]
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            for tok in reversed(list(span)):
                if is_cue(tok) and tok.lower_ != ACCORDING:
                    speaker = speaker_from(subject_of(tok))
                    if speaker is not None:
                        return Attribution(tok, tok.text, speaker), resolver.resolve(speaker)
    for j in range(i + 1, len(kept)):
        if kept[j][0].pieces[0].paragraph - f.pieces[-1].paragraph > 1:
            break
        later = resolved[j][0]
        if later is not None and later.speaker is not None:
            return resolved[j]
    return None, None
