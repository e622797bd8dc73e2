"""A mention of a name before grouping."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RawMention:
    """A cleaned mention before grouping."""

    text: str
    start: int
    end: int
    label: str
    words: tuple[str, ...]  # the name's words, without titles, determiners, possessives
    titles: tuple[str, ...] = ()
    sentence_initial_the: bool = False
    first: int = -1  # token indices of the mention in its Doc
    last: int = -1
    evidence: str | None = None  # a label the text around the mention argues for
    gender: str | None = None  # "m"/"f" from a pronoun that follows in the sentence
    generation: str | None = None  # "jr"/"sr" from "the younger"/"the elder" before the name
    relation: bool = False  # named as someone's relation or role: "her son, James Ashby"

    @property
    def key(self) -> str:
        return " ".join(w.lower() for w in self.words)
