"""Who speaks in an interview's turns (the layout finds them: `articles.layout.turns`); the
answers are the interviewee's own words, without marks.

    Q: What worries you most?          a question (also "Q." and "Question:", bold or not)
    A: The pace. We plan in months.    an answer: a direct quote of the interviewee
    **Rosa Alvarez:** We adapt.        a turn labelled with a person's name: that person's

The interviewee is the first person the body names before the first question (the intro:
"Gen. Rosa Alvarez took command in January. She spoke to us …"). A turn labelled with a name
is the person's whose name or alias the label is; a label naming no person of the article
gives no quote. A transcript's turns in capitals ("MAYOR JANE DOE: …") are quotes of the marks
module (`marks.transcript_turns`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...articles.layout import ANSWER, NAME, QUESTION, turns
from ...model import Entity, Mention, Quote, Segment


@dataclass(frozen=True)
class Answer:
    """An answer or a turn labelled with a name: its words (one span per paragraph), its label
    (the label and the space after it) and who speaks, with the mention naming them."""

    pieces: tuple[tuple[int, int], ...]
    label: tuple[int, int]
    speaker: Entity
    mention: Mention


def answers(text: str, entities: Sequence[Entity]) -> list[Answer]:
    """The answers of a question-and-answer layout and the turns labelled with a person's name,
    each with its speaker, in text order."""
    found = turns(text)
    out = []
    qa = [t for t in found if t.role in (QUESTION, ANSWER)]
    interviewee = _first_person(entities, 0, qa[0].label[0]) if qa else None
    for turn in found:
        if turn.role == ANSWER and interviewee is not None and turn.words:
            out.append(Answer(turn.words, turn.label, *interviewee))
        elif turn.role == NAME:
            name = text[turn.name[0] : turn.name[1]]
            person = _person_named(name, entities)
            if person is not None:
                out.append(Answer(turn.words, turn.label, person, Mention(name, *turn.name)))
    return out


def as_quotes(text: str, found: Sequence[Answer]) -> list[Quote]:
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
