"""The one object every attribution rule takes: a found quote and what surrounds it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from .cues import has_content, inside, is_cue, quote_root_in, sentences
from .marks import inner

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .marks import Found, Piece

# “… pay his?” a narrator in the ad asks. -- the parser may end the sentence at "?”", so the
# sentence after a quote joins its scope when it follows at once (a space, a mark) and is a
# short attribution ...
FOLLOWING_GAP_CHARS = 3
FOLLOWING_SENTENCE_TOKENS = 15
# ... or, when the quote ends open ("?", "!", ","), when its cue comes within this many tokens
# and reports nothing of its own (a longer sentence with its own "that ..." is a new report).
FOLLOWING_CUE_TOKENS = 20


@dataclass
class Attribution:
    """A quote's cue (None for a label, a dash or a colon) and the words naming its speaker."""

    cue: Token | None
    cue_text: str | None
    speaker: Span | None  # the words naming the speaker at this point


@dataclass
class QuoteContext:
    """A found quote in its article: the argument of every attribution rule and filter.

    Attributes:
        doc: the parsed article.
        text: the article's text (doc.text).
        paragraphs: character spans of the body paragraphs.
        all_pieces: the pieces of every quote in the article (a cue inside a quote is no cue).
        found: the quote itself.
        kind: "direct" (a sentence or clause of its own) or "mixed".
        namer: who named something with the quote, when it is a short fragment after "as".
    """

    doc: Doc
    text: str
    paragraphs: Sequence[tuple[int, int]]
    all_pieces: Sequence[Piece]
    found: Found
    kind: str
    namer: Token | None = None  # who named something with a short fragment (see filters.judge)

    @cached_property
    def quoted(self) -> str:
        """The quote's words without their marks, pieces joined by a space."""
        return " ".join(self.text[s:e] for s, e in (inner(self.text, p) for p in self.found.pieces))

    @cached_property
    def scope(self) -> Span:
        """The sentences the quote stands in."""
        return sentences(self.doc, self.found.start, self.found.end)

    @cached_property
    def roots(self) -> list[Token]:
        """The quote's tokens whose head lies outside it."""
        return quote_root_in(self.found.pieces, self.scope)

    @cached_property
    def cue_scope(self) -> Span:
        """Where the quote's cue may stand: its sentences, and a short attribution after them."""
        doc, text, found, scope = self.doc, self.text, self.found, self.scope
        if len(scope) == 0 or scope.end >= len(doc) or not doc.has_annotation("SENT_START"):
            return scope
        following = doc[scope.end].sent
        open_ended = text[found.end - 2 : found.end - 1] in ("?", "!", ",")  # not “… breathe.” That prompted
        if (
            following.start_char - found.end <= FOLLOWING_GAP_CHARS
            and "\n" not in text[found.end : following.start_char]
            and any(
                is_cue(t)
                and (
                    len(following) <= FOLLOWING_SENTENCE_TOKENS
                    or (open_ended and t.i - following.start <= FOLLOWING_CUE_TOKENS and not has_content(t))
                )
                for t in following
            )
        ):
            return doc[scope.start : following.end]
        return scope

    @cached_property
    def cues(self) -> list[Token]:
        """The cues in the cue scope, outside every quote, in text order."""
        return [t for t in self.cue_scope if not inside(t, self.all_pieces) and is_cue(t)]

    def distance(self, token: Token) -> int:
        """Characters between a token and the quote (0 inside it)."""
        if token.idx < self.found.start:
            return self.found.start - token.idx
        return max(0, token.idx - self.found.end)
