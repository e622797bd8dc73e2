"""The marks over the article text, and the terminal view built from them (no model needed)."""

import io
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from newscli.model import Mention, Segment
from newscli.render import marks as M
from newscli.render.show import article_view

from .records import TEXT, hostile_result, span


def render(result, *, markers, width=100, **options):
    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        force_terminal=not markers,
        color_system=None if markers else "truecolor",
        highlight=False,
    )
    console.print(article_view(result, markers=markers, **options))
    return out.getvalue()


def flat(node):
    """The text pieces and marks of a tree in order, for checking it covers its span once."""
    for event, value in M.walk(node):
        if event == "text":
            yield value


# --- nesting -------------------------------------------------------------------------------


def test_quote_split_by_its_attribution_leaves_the_attribution_unmarked():
    result = hostile_result()
    pieces = [(m.start, m.end) for m in M.article_marks(result, kinds=["quotes"]) if m.kind == "quote"]
    assert len(pieces) == 2
    said = span("Ruiz said")
    assert all(not (s <= said[0] < e) for s, e in pieces)
    assert TEXT[pieces[0][0]] == "\u201c" and TEXT[pieces[0][1] - 1] == "\u201d"
    assert TEXT[pieces[1][0]] == "\u201c" and TEXT[pieces[1][1] - 1] == "\u201d"


def test_a_mark_crossing_the_end_of_another_is_split_and_continues_after_it():
    outer = M.Mark("entity", "e0", 10, 20, "ORG")
    crossing = M.Mark("date", "d0", 15, 25, "DATE")
    root = M.nest([outer, crossing], 0, 30)
    assert [(c.mark.id, c.start, c.end) for c in root.children] == [("e0", 10, 20), ("d0", 20, 25)]
    inner = root.children[0].children
    assert [(c.mark.id, c.start, c.end, c.mark.first) for c in inner] == [("d0", 15, 20, True)]
    assert root.children[1].mark.first is False


@given(
    st.lists(
        st.tuples(st.sampled_from(list(M.RANK)), st.integers(0, 40), st.integers(1, 15)),
        max_size=12,
    ),
    st.integers(0, 20),
    st.integers(20, 50),
)
def test_nesting_covers_every_character_once_and_keeps_every_mark(spans, lo, hi):
    marks = [M.Mark(kind, f"x{i}", s, s + n, "K") for i, (kind, s, n) in enumerate(spans)]
    root = M.nest(marks, lo, hi)
    pieces = list(flat(root))
    assert [c for s, e in pieces for c in range(s, e)] == list(range(lo, hi))
    covered = {}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in node.children:
            assert node.start <= child.start < child.end <= node.end
            covered.setdefault(child.mark.id, set()).update(range(child.start, child.end))
            stack.append(child)
    for m in marks:
        want = set(range(max(m.start, lo), min(m.end, hi)))
        assert covered.get(m.id, set()) == want


# --- the terminal view ---------------------------------------------------------------------


def test_markers_show_entities_quotes_speakers_and_dates_in_brackets():
    out = render(hostile_result(speaker="Ana Ruiz"), markers=True, width=300)
    assert "[Ana Ruiz|PERSON]" in out
    assert "[Ana Ruiz] \u00ab\u201cIt took ten years" in out
    assert "\u201d\u00bb [Ruiz|PERSON] said" in out  # the attribution is outside the quote
    assert "{Tuesday} \u27e82024-03-05\u27e9" in out
    assert "{March 2024} \u27e82024-03\u27e9" in out
    assert "legend:" in out


def test_the_cue_is_marked_where_the_record_gives_its_offsets():
    result = hostile_result(speaker="Ana Ruiz")
    quote = result.quotes[0]

    class WithCue(type(quote)):  # a record as the reported-speech work writes it
        pass

    cued = WithCue(**{f: getattr(quote, f) for f in quote.__dataclass_fields__})
    object.__setattr__(cued, "cue_mention", Mention("said", *span("said")))
    out = render(replace(result, quotes=(cued,)), markers=True, width=300)
    assert "[Ruiz|PERSON] *said*" in out


def test_only_limits_the_marks_to_the_kinds_asked_for():
    out = render(hostile_result(speaker="Ana Ruiz"), markers=True, width=300, kinds=["dates"])
    assert "{Tuesday}" in out
    assert "|PERSON]" not in out and "\u00ab" not in out


def test_article_text_is_shown_literally_and_cannot_style_the_terminal():
    for markers in (True, False):
        out = render(hostile_result(), markers=markers, width=300)
        assert "[bold]at last[/bold]" in out  # Rich markup in the article is text
        assert "[red]Kim Lee[/red]" in out
        assert "updated 2024-03-07 <i>late</i>" in out
        assert "<script>window.__pwned=1</script>" in out
        assert "\x07" not in out and "[31m" not in out  # escapes and controls removed
        assert "red tape" in out


def test_markers_have_no_escape_codes_and_colours_have_them():
    assert "\x1b" not in render(hostile_result(), markers=True)
    coloured = render(hostile_result(speaker="Ana Ruiz"), markers=False)
    assert "\x1b[" in coloured
    assert "[Ana Ruiz]" in coloured and "\u27e82024-03-05\u27e9" in coloured
    assert "\u00ab" not in coloured  # colours instead of markers


def test_paragraphs_are_wrapped_to_the_width():
    out = render(hostile_result(speaker="Ana Ruiz"), markers=True, width=40)
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 40


def test_reported_speech_is_marked_apart_from_quotations():
    result = hostile_result(speaker="Ana Ruiz")
    start, end = span("the works ran until March 2024")
    reported = replace(
        result.quotes[0],
        text=TEXT[start:end],
        start=start,
        end=end,
        segments=(Segment(start, end),),
        speaker="Ben Okafor",
        speaker_mention=Mention("Ben Okafor", *span("Ben Okafor")),
        kind="indirect",
    )
    out = render(replace(result, quotes=(reported,)), markers=True, width=300)
    assert "[Ben Okafor] \u2039the works ran until {March 2024} \u27e82024-03\u27e9\u203a" in out
    assert "\u00ab" not in out


def test_a_cue_shared_by_two_quotes_is_marked_once_like_any_cue():
    result = hostile_result(speaker="Ana Ruiz")
    quote = result.quotes[0]

    class WithCue(type(quote)):  # records as the reported-speech work writes them
        pass

    said = Mention("said", *span("said"))
    first = WithCue(**{f: getattr(quote, f) for f in quote.__dataclass_fields__})
    object.__setattr__(first, "cue_mention", said)
    start, end = span("the works ran until March 2024")
    second = WithCue(
        **{
            **{f: getattr(quote, f) for f in quote.__dataclass_fields__},
            "text": TEXT[start:end],
            "start": start,
            "end": end,
            "segments": (Segment(start, end),),
            "kind": "indirect",
        }
    )
    object.__setattr__(second, "cue_mention", said)
    marks = M.article_marks(replace(result, quotes=(first, second)), kinds=["quotes"])
    assert [(m.start, m.end) for m in marks if m.kind == "cue"] == [span("said")]
    out = render(replace(result, quotes=(first, second)), markers=True, width=300)
    assert "*said*" in out and "**said**" not in out
