"""`show` tells entity labels and speakers apart by colour on 16-colour, 256-colour and
truecolor terminals alike (Rich maps each colour to the nearest the terminal has), with the
text on entity backgrounds at WCAG AA contrast."""

from __future__ import annotations

import io

import pytest
from rich.color import Color, ColorSystem
from rich.console import Console
from rich.style import Style
from rich.text import Text

from newscli.model import ArticleResult, Entity, Mention, Quote, Segment
from newscli.render.show import (
    ENTITY_STYLES,
    OTHER_ENTITY_STYLE,
    SPEAKER_COLOURS,
    UNKNOWN_SPEAKER_COLOUR,
    article_view,
)

SYSTEMS = ["standard", "256", "truecolor"]
# One name per label, in a paragraph of our own; WORK_OF_ART stands for the labels without a
# colour of their own.
NAMES = {
    "PERSON": "Nadia Ferro",
    "ORG": "Kestrel Mining",
    "GPE": "Valparaiso",
    "LOC": "the Atacama",
    "NORP": "Chilean",
    "FAC": "Pier Nine",
    "EVENT": "the Copper Summit",
    "WORK_OF_ART": "Dust Roads",
}
WCAG_AA = 4.5


def _result() -> ArticleResult:
    text = ", ".join(NAMES.values()) + "."
    entities = []
    for label, name in NAMES.items():
        start = text.index(name)
        entities.append(Entity(name, label, 1, (), (Mention(name, start, start + len(name)),)))
    return ArticleResult(
        "t.txt", None, (), None, entities=tuple(entities), text=text, paragraphs=((0, len(text)),)
    )


def _colours_at(result: ArticleResult, needle: str, system: str, kinds: tuple[str, ...]) -> tuple:
    """The (foreground, background) colour numbers or triplets a terminal of `system` gets
    where `needle` is printed. Read from the styles rather than the escape codes, which Rich
    caches on each Style for the first colour system that renders it."""
    console = Console(file=io.StringIO(), force_terminal=True, color_system=system)
    view = article_view(result, kinds=kinds)
    for part in view.renderables:  # type: ignore[attr-defined]
        if isinstance(part, Text) and needle in part.plain and part.spans:
            style = part.get_style_at_offset(console, part.plain.index(needle))
            target = {"standard": ColorSystem.STANDARD, "256": ColorSystem.EIGHT_BIT}.get(
                system, ColorSystem.TRUECOLOR
            )
            return tuple(
                (c.downgrade(target).number, c.downgrade(target).triplet) if c else None
                for c in (style.color, style.bgcolor)
            )
    raise AssertionError(f"{needle!r} not rendered")


@pytest.mark.parametrize("system", SYSTEMS)
def test_each_entity_label_is_rendered_in_colours_of_its_own(system):
    result = _result()
    colours = {label: _colours_at(result, name, system, ("entities",)) for label, name in NAMES.items()}
    assert all(bg for _, bg in colours.values())
    assert len(set(colours.values())) == len(colours), colours


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = map(channel, rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("style", [*ENTITY_STYLES.values(), OTHER_ENTITY_STYLE])
@pytest.mark.parametrize("system", [ColorSystem.STANDARD, ColorSystem.EIGHT_BIT, ColorSystem.TRUECOLOR])
def test_text_on_each_background_meets_wcag_aa_in_every_colour_system(style, system):
    # Rich's default terminal theme gives the standard colours' RGB values.
    parsed = Style.parse(style)
    lum = sorted(_luminance(c.downgrade(system).get_truecolor()) for c in (parsed.color, parsed.bgcolor))
    assert (lum[1] + 0.05) / (lum[0] + 0.05) >= WCAG_AA


def test_speakers_and_the_unknown_speaker_fall_on_distinct_standard_colours():
    colours = [*SPEAKER_COLOURS, UNKNOWN_SPEAKER_COLOUR]
    for system in (ColorSystem.STANDARD, ColorSystem.EIGHT_BIT):
        numbers = [Color.parse(c).downgrade(system).number for c in colours]
        assert len(set(numbers)) == len(numbers), (system, numbers)


def test_quotes_of_two_speakers_differ_on_a_16_colour_terminal():
    text = '"We dig at dawn," Ferro said. "Not before," Ochoa said.'
    quotes = []
    for words, who in (("We dig at dawn,", "Ferro"), ("Not before,", "Ochoa")):
        start = text.index(words)
        segment = (Segment(start, start + len(words)),)
        quotes.append(Quote(words, start - 1, start + len(words) + 1, segment, who, None, "said", "direct"))
    result = ArticleResult(
        "t.txt", None, (), None, quotes=tuple(quotes), text=text, paragraphs=((0, len(text)),)
    )
    first = _colours_at(result, "We dig", "standard", ("quotes",))
    assert first[0] and first != _colours_at(result, "Not before", "standard", ("quotes",))
