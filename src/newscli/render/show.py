"""The article in the terminal with what newscli found marked in it (`newscli show`).

A function of records: an ArticleResult that carries its text. Two looks:

- colours (a terminal): entities on a background coloured by label, quotes in their
  speaker's colour and italic with `[Speaker]` where each starts, the cue in reverse video,
  dates underlined with their value after them in dim text (`Tuesday ⟨2012-11-20⟩`);
- markers (NO_COLOR, a pipe or a file): the same marks as plain characters,
  `[Clinton|PERSON]`, `[Hillary Clinton] «“…”»` (reported speech `‹…›`), `*said*`,
  `{Tuesday} ⟨2012-11-20⟩`.

Article text is added as `Text` (never parsed as markup) with escape sequences and control
characters removed, so an article cannot style or take over the reader's terminal.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Group, RenderableType
from rich.text import Text

from ..model import ArticleResult, byline_phrases
from . import marks as M
from .tables import clean, neutralise

# Entity backgrounds, black text on each (white on LOC's dark cyan). Terminals with 16
# colours (TERM=xterm, Rich's "standard" system) get each colour's nearest standard one, and
# pastels all fall on white, grey or yellow there; each of these falls on a standard colour
# of its own (PERSON bright yellow, ORG bright cyan, GPE bright green, LOC cyan, NORP bright
# magenta, FAC grey, EVENT bright red, others white) and on its own 256-colour cell, with its
# text at WCAG AA contrast (at least 4.5:1) in all three systems (tests/test_show_palette.py).
ENTITY_STYLES = {
    "PERSON": "black on #f9c784",
    "ORG": "black on #a8e0f0",
    "GPE": "black on #a8ff98",
    "LOC": "#ffffff on #007080",  # no light colour is left that maps to cyan at AA
    "NORP": "black on #f0a8ff",
    "FAC": "black on #e8d8a8",
    "EVENT": "black on #ff88a8",
}
OTHER_ENTITY_STYLE = "black on #d9d9d9"
# Distinct hues that read on dark and light terminals alike; speakers take them in order of
# their number of quotes, so the most quoted get the most distinct ones. Each falls on a
# standard colour of its own (none on the unknown speaker's grey), so 16-colour terminals
# tell speakers apart too.
SPEAKER_COLOURS = ("#5fafff", "#d75f00", "#d75fd7", "#5fd787", "#ff5f5f", "#5faf00", "#00afaf", "#875fff")
UNKNOWN_SPEAKER_COLOUR = "grey62"
DATE_STYLE = "underline"
VALUE_STYLE = "dim"
LEGEND_TEXT = "legend: "


def speaker_colours(result: ArticleResult) -> dict[str, str]:
    """A colour per speaker, the most quoted first; unknown speakers grey."""
    named = [s for s, _ in M.speakers(result) if s != M.UNKNOWN_SPEAKER]
    colours = {s: SPEAKER_COLOURS[i % len(SPEAKER_COLOURS)] for i, s in enumerate(named)}
    colours[M.UNKNOWN_SPEAKER] = UNKNOWN_SPEAKER_COLOUR
    return colours


def header(result: ArticleResult) -> Text:
    head = Text()
    head.append(clean(result.title or result.source), style="bold")
    details = byline_phrases(result, clean)
    if details:
        head.append("\n" + " \u00b7 ".join(details))
    if result.title:
        head.append("\n" + clean(result.source), style="dim")
    return head


def legend(result: ArticleResult, *, kinds: Iterable[str], markers: bool) -> Text:
    """What the marks mean: entity labels in their colours, then quotes, cues and dates."""
    kinds = set(kinds)
    out = Text()
    out.append(LEGEND_TEXT, style="dim")
    parts: list[Text] = []
    if "entities" in kinds and result.entities:
        for label in sorted({e.label for e in result.entities}):
            if markers:
                parts.append(Text(f"[entity|{label}]"))
            else:
                parts.append(Text(f" {label} ", style=ENTITY_STYLES.get(label, OTHER_ENTITY_STYLE)))
    if "quotes" in kinds and result.quotes:
        kinds_found = {"reported" if q.kind == "indirect" else "quote" for q in result.quotes}
        if markers:
            if "quote" in kinds_found:
                parts.append(Text("[Speaker] \u00abquote\u00bb"))
            if "reported" in kinds_found:
                parts.append(Text("[Speaker] \u2039reported\u203a"))
            parts.append(Text("*cue*"))
        else:
            if "quote" in kinds_found:
                parts.append(Text("[Speaker] quote", style="italic"))
            if "reported" in kinds_found:
                parts.append(Text("[Speaker] reported"))
            parts.append(Text("cue", style="bold reverse"))
    if "dates" in kinds and result.dates:
        date = Text("{date}" if markers else "date", style="" if markers else DATE_STYLE)
        date.append(" \u27e8value\u27e9", style="" if markers else VALUE_STYLE)
        parts.append(date)
    if not parts:
        return Text("")
    out.append_text(Text("  ").join(parts))
    return out


def _open(mark: M.Mark, result: ArticleResult, colours: dict[str, str], markers: bool) -> Text:
    """What goes before a mark: the speaker's name where a quote starts, a marker if plain."""
    out = Text()
    if mark.kind == "quote":
        indirect = (result.quotes or ())[int(mark.id[1:])].kind == "indirect"
        if mark.first:
            style = "" if markers else f"bold {colours[mark.key]}"
            out.append(f"[{neutralise(mark.key)}]", style=style)
            out.append(" ")
        if markers:
            out.append("\u2039" if indirect else "\u00ab")
    elif markers:
        out.append({"entity": "[", "cue": "*", "date": "{"}[mark.kind])
    return out


def _close(mark: M.Mark, result: ArticleResult, markers: bool) -> Text:
    out = Text()
    if markers:
        if mark.kind == "quote":
            indirect = (result.quotes or ())[int(mark.id[1:])].kind == "indirect"
            out.append("\u203a" if indirect else "\u00bb")
        elif mark.kind == "entity":
            out.append(f"|{mark.key}]")
        else:
            out.append({"cue": "*", "date": "}"}[mark.kind])
    if mark.kind == "date" and (mark.end == _date_end(mark, result)):
        value = (result.dates or ())[int(mark.id[1:])].value or "?"
        out.append(f" \u27e8{neutralise(value)}\u27e9", style="" if markers else VALUE_STYLE)
    return out


def _date_end(mark: M.Mark, result: ArticleResult) -> int:
    return (result.dates or ())[int(mark.id[1:])].end


def _style(mark: M.Mark, result: ArticleResult, colours: dict[str, str]) -> str:
    if mark.kind == "entity":
        return ENTITY_STYLES.get(mark.key, OTHER_ENTITY_STYLE)
    if mark.kind == "quote":
        indirect = (result.quotes or ())[int(mark.id[1:])].kind == "indirect"
        return colours[mark.key] + ("" if indirect else " italic")
    if mark.kind == "cue":
        return f"bold reverse {colours[mark.key]}"
    return DATE_STYLE


def paragraph(
    result: ArticleResult,
    span: tuple[int, int],
    marks: Sequence[M.Mark],
    *,
    colours: dict[str, str],
    markers: bool,
) -> Text:
    """One paragraph as Text with its marks (styles, or bracket markers when `markers`)."""
    source = result.text or ""
    out = Text()
    starts: list[tuple[M.Mark, int]] = []
    styled: list[tuple[str, int, int]] = []
    for event, value in M.walk(M.nest(marks, *span)):
        if event == "text":
            out.append(neutralise(source[value[0] : value[1]]))
        elif event == "open":
            out.append_text(_open(value, result, colours, markers))
            starts.append((value, len(out)))
        else:
            mark, begin = starts.pop()
            if not markers:
                styled.append((_style(mark, result, colours), begin, len(out)))
            out.append_text(_close(mark, result, markers))
    # Outer marks first, so an entity's colours show over the quote around it.
    for style, begin, end in sorted(styled, key=lambda s: (s[1], -s[2])):
        out.stylize(style, begin, end)
    return out


def article_view(
    result: ArticleResult, *, kinds: Iterable[str] = M.KINDS, markers: bool = False
) -> RenderableType:
    """Header, legend, then the body paragraph by paragraph with its marks."""
    kinds = tuple(kinds)
    marks = M.article_marks(result, kinds=kinds)
    colours = speaker_colours(result)
    parts: list[RenderableType] = [header(result), legend(result, kinds=kinds, markers=markers), Text("")]
    for span in M.paragraphs(result):
        parts.append(paragraph(result, span, marks, colours=colours, markers=markers))
        parts.append(Text(""))
    if not result.text:
        parts.append(Text("(no text)", style="dim"))
    return Group(*parts)
