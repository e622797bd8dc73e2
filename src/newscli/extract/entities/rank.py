"""Entities out of groups: a canonical name, aliases, titles, and salience for ranking."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from ...model import Entity, Mention
from .clean import nickname
from .group import looks_like_acronym
from .label import vote_label
from .mention import RawMention
from .places import TOWN_POPULATION, is_place
from .vocab import NUMERIC_LABELS

QUOTED_WEIGHT = 1.5  # salience each quotation adds to its speaker
# A word this short ending in a period is an abbreviation ("Calif.", "Corp."): a reader knows
# the entity by its full form.
ABBREVIATION_CHARS = 6
# Word patterns kept compiled for the headline test: more than the names of a few hundred
# articles (re's own cache holds 512 patterns of every kind, and a corpus's names overran it).
WORD_PATTERNS_KEPT = 4096


def canonical(ms: Sequence[RawMention]) -> str:
    """The most complete proper form: not an acronym or abbreviation when a full form exists,
    the longest, the most frequent, not a shouting dateline, the first."""
    counts = Counter(m.key for m in ms)

    def rank(m: RawMention) -> tuple:
        acronym = looks_like_acronym(m.words) and len(ms) > 1 and any(len(o.words) > 1 for o in ms)
        short = len(m.words) == 1 and m.words[0].endswith(".") and len(m.words[0]) <= ABBREVIATION_CHARS
        shouted = m.text.isupper() and any(o.key == m.key and not o.text.isupper() for o in ms)  # a dateline
        return (acronym, short, -len(m.words), -counts[m.key], shouted, m.start)

    best = min(ms, key=rank)
    name = " ".join(best.words) if best.label == "PERSON" or best.titles else best.text
    if best.sentence_initial_the and any(m.key == best.key and not m.sentence_initial_the for m in ms):
        name = " ".join(best.words)
    if "GPE" in (best.label, best.evidence) and name.isupper() and _shouted_place(name):
        name = name.title()  # a dateline's "OSLO" is the city Oslo
    return tidy(name)


# An all-capital place name this long is a dateline's shouting, not an acronym; shorter ones
# ("LIMA", "OSLO") when a gazetteer knows them, but never three letters ("USA" is no "Usa").
SHOUTED_PLACE_CHARS = 5
ACRONYM_CHARS = 3


def _shouted_place(name: str) -> bool:
    title = name.title()
    if len(name) <= ACRONYM_CHARS:
        return False
    return is_place(title, population=TOWN_POPULATION) or all(
        len(w) >= SHOUTED_PLACE_CHARS for w in name.split()
    )


def tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=WORD_PATTERNS_KEPT)
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)


def _in_title(word: str, title: str) -> bool:
    """The word as a whole word of the title, in any case. Most names are not in it: for ASCII,
    where a match in any case is a match of the lower-case forms, a plain substring test rules
    them out before a pattern is compiled."""
    if word.isascii() and title.isascii() and word.lower() not in title.lower():
        return False
    return _word_pattern(word).search(title) is not None


def salience(ms: Sequence[RawMention], text_length: int, title: str | None) -> float:
    first = min(m.start for m in ms)
    early = 1.0 - first / max(text_length, 1)
    in_title = title is not None and any(_in_title(w, title) for m in ms for w in m.words[-1:])
    return len(ms) + 1.0 * early + 2.0 * in_title


def entity(ms: Sequence[RawMention], text_length: int, title: str | None) -> Entity:
    """One Entity from a group of mentions."""
    label = vote_label(ms)
    name = canonical(ms)
    aliases = []
    seen = {name.lower()}
    for m in ms:
        form = tidy(" ".join(m.words) if m.label == "PERSON" or m.titles else m.text)
        nick = nickname(m.text) if m.label == "PERSON" else None  # Jamal "Jimmy" Okafor: "Jimmy"
        for f in (form, nick):
            if f and f.lower() not in seen:
                seen.add(f.lower())
                aliases.append(f)
    titles: list[str] = []
    for m in ms:
        for t in m.titles:
            if t not in titles:
                titles.append(t)
    return Entity(
        name=name,
        label=label,
        count=len(ms),
        aliases=tuple(aliases),
        mentions=tuple(Mention(m.text, m.start, m.end) for m in ms),
        titles=tuple(titles) if label == "PERSON" else (),
        salience=salience(ms, text_length, title),
    )


def credit_speakers(found: Sequence[Entity], speaker_starts: Iterable[int]) -> list[Entity]:
    """Entities re-ranked with being quoted counted in: speaker mentions start inside them."""
    starts = set(speaker_starts)
    out = []
    for e in found:
        quoted = sum(any(m.start <= s < m.end for m in e.mentions) for s in starts)
        out.append(replace(e, salience=e.salience + QUOTED_WEIGHT * quoted) if quoted else e)
    out.sort(key=lambda e: -e.salience)
    return out


def select(
    found: Iterable[Entity],
    *,
    labels: Iterable[str] = (),
    min_count: int = 1,
    sort: str = "salience",
) -> list[Entity]:
    """Filter and order entities as the `entities` command shows them.

    Numeric labels are hidden unless asked for in `labels`.
    """
    wanted = {label.upper() for label in labels}
    kept = [
        e
        for e in found
        if e.count >= min_count and (e.label in wanted if wanted else e.label not in NUMERIC_LABELS)
    ]
    keys = {
        "salience": lambda e: -e.salience,
        "count": lambda e: (-e.count, -e.salience),
        "name": lambda e: e.name.lower(),
        "first": lambda e: min(m.start for m in e.mentions),
    }
    return sorted(kept, key=keys[sort])
