"""Interviews laid out as turns: the answers are the interviewee's own words, without marks.

    Q: What worries you most?          a question (also "Q." and "Question:", bold or not)
    A: The pace. We plan in months.    an answer: a direct quote of the interviewee
    **Rosa Alvarez:** We adapt.        a turn labelled with a person's name: that person's

The interviewee is the first person the body names before the first question (the intro:
"Gen. Rosa Alvarez took command in January. She spoke to us …"). An answer goes on through
the unlabelled paragraphs after it while more questions follow (a long answer broken into
paragraphs); after the last question only its answer paragraph is the interviewee's, since
the story usually resumes there ("Alvarez will testify on Thursday."). A layout is an
interview only when it has both a question and an answer label, so "A. Smith said" alone
is no answer; name labels only when there are several turns ("Correction: …" once is none),
each of a few words that do not name the labelled person (a list's heading "Ruiz: Housing.
Ruiz proposed …" is about Ruiz).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Entity, Mention, Quote, Segment

# "Q:", "A.", "Question:", "**A:**", "__Q__:" at a paragraph's start, then the turn's words.
_BOLD = r"(?:\*\*|__)?"
QA_LABEL = re.compile(rf"{_BOLD}(Q|A|Question|Answer){_BOLD}\s*[:.]{_BOLD}[ \t]+(?=\S)")
# "Alvarez:", "**Rosa Alvarez:**", "ROSA ALVAREZ:" - up to four capitalised words before a colon.
NAME_LABEL = re.compile(
    rf"{_BOLD}([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){{0,3}}){_BOLD}\s*:{_BOLD}[ \t]+(?=\S)"
)
# Turns labelled with names make a layout only when there are several: one "Correction: …"
# that the recogniser took for a name is no interview.
NAME_TURNS_MIN = 2
# A transcript's turn is a sentence or more; shorter runs after a name are a list's items: a
# tally ("Ruiz: 1,204.") or a line on each candidate ("Ruiz: Hold the north.").
TURN_MIN_WORDS = 5
QUESTIONS = frozenset({"q", "question"})
ANSWERS = frozenset({"a", "answer"})


@dataclass(frozen=True)
class Turn:
    """One answer or labelled turn: its paragraphs' words (character spans), the label, who."""

    pieces: tuple[tuple[int, int], ...]
    label: tuple[int, int]
    speaker: Entity
    mention: Mention


def turns(text: str, paragraphs: Sequence[tuple[int, int]], entities: Sequence[Entity]) -> list[Turn]:
    """The answers of a question-and-answer layout and the turns labelled with a person's name."""
    labels = [_label(text, s, e) for s, e in paragraphs]
    kinds = [label[0] if label else None for label in labels]
    found = _named_turns(text, paragraphs, labels, entities)
    if not any(k in QUESTIONS for k in kinds) or not any(k in ANSWERS for k in kinds):
        return found
    first = next(i for i, k in enumerate(kinds) if k is not None and k in QUESTIONS | ANSWERS)
    interviewee = _first_person(entities, paragraphs[0][0] if paragraphs else 0, paragraphs[first][0])
    if interviewee is None:
        return found
    person, mention = interviewee
    last_question = max(i for i, k in enumerate(kinds) if k in QUESTIONS)
    for i, label in enumerate(labels):
        if label is None or label[0] not in ANSWERS:
            continue
        pieces = [(label[2], _end(text, *paragraphs[i]))]
        j = i + 1
        while j < len(paragraphs) and labels[j] is None and j < last_question:
            pieces.append((_start(text, *paragraphs[j]), _end(text, *paragraphs[j])))
            j += 1
        found.append(Turn(tuple((s, e) for s, e in pieces if e > s), (label[1], label[2]), person, mention))
    return sorted(found, key=lambda t: t.pieces[0][0])


def as_quotes(text: str, found: Sequence[Turn]) -> list[Quote]:
    """Turns as direct quotes: the label is the cue, the intro's (or the label's) mention the speaker's."""
    out = []
    for turn in found:
        label = text[turn.label[0] : turn.label[1]].strip()
        out.append(
            Quote(
                text=" ".join(text[s:e] for s, e in turn.pieces),
                start=turn.pieces[0][0],
                end=turn.pieces[-1][1],
                segments=tuple(Segment(s, e) for s, e in turn.pieces),
                speaker=turn.speaker.name,
                speaker_mention=turn.mention,
                cue=label,
                kind="direct",
                cue_mention=Mention(label, turn.label[0], turn.label[0] + len(label)),
            )
        )
    return out


def _label(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A paragraph's turn label: (its word in lower case, where it starts, where the words start)."""
    start = _start(text, start, end)
    match = QA_LABEL.match(text, start, end)
    if match is not None:
        return match.group(1).lower(), start, match.end()
    match = NAME_LABEL.match(text, start, end)
    if match is not None:
        return match.group(1), start, match.end()
    return None


def _named_turns(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    labels: Sequence[tuple[str, int, int] | None],
    entities: Sequence[Entity],
) -> list[Turn]:
    """Paragraphs opening with a person's name and a colon: that person's words."""
    out = []
    for (s, e), label in zip(paragraphs, labels):
        if label is None or label[0].lower() in QUESTIONS | ANSWERS:
            continue
        person = _person_named(label[0], entities)
        words = text[label[2] : e].split()
        if person is not None and len(words) >= TURN_MIN_WORDS and not _names(words, person):
            name_start = text.index(label[0], label[1])
            mention = Mention(label[0], name_start, name_start + len(label[0]))
            out.append(Turn(((label[2], _end(text, s, e)),), (label[1], label[2]), person, mention))
    return out if len(out) >= NAME_TURNS_MIN else []


def _names(words: Sequence[str], person: Entity) -> bool:
    """Whether the words name the person: "Ruiz: Housing. Last year Ruiz proposed …" is a
    heading over a paragraph about Ruiz, not Ruiz speaking."""
    said = {w.strip(".,;:!?\u2019'\"").casefold() for w in words}
    return any(part.casefold() in said for n in (person.name, *person.aliases) for part in n.split()[-1:])


def _person_named(label: str, entities: Sequence[Entity]) -> Entity | None:
    """The person whose name or alias the label is ("ALVAREZ" and "Alvarez" name Rosa Alvarez)."""
    wanted = label.casefold()
    return next(
        (
            e
            for e in entities
            if e.label == "PERSON" and wanted in {n.casefold() for n in (e.name, *e.aliases)}
        ),
        None,
    )


def _first_person(entities: Sequence[Entity], start: int, end: int) -> tuple[Entity, Mention] | None:
    """The person mentioned first between two offsets, with that mention."""
    mentions = [
        (m.start, e, m) for e in entities if e.label == "PERSON" for m in e.mentions if start <= m.start < end
    ]
    if not mentions:
        return None
    _, person, mention = min(mentions, key=lambda x: x[0])
    return person, mention


def _start(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
