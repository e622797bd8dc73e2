"""Hand-built result records for the view tests (no model needed).

The article is made up; it is hostile on purpose: Rich markup, ANSI escapes, a control
character, HTML that would run script, and a `javascript:` link, in the body and in names.
"""

from newscli.model import ArticleResult, DateMention, Entity, Mention, Quote, Segment

HOSTILE_NAME = 'Ana "<img src=x onerror=window.__pwned=2>" Ruiz'
PARAGRAPHS = [
    "Mayor Ana Ruiz opened the Elm Street bridge on Tuesday [bold]at last[/bold].",
    "\u201cIt took ten years and \x1b[31mred tape\x1b[0m,\u201d Ruiz said. "
    "\u201cThe river <script>window.__pwned=1</script> will not stop us.\u201d",
    "Ben Okafor of the Riverton Herald said the works ran until March 2024, "
    "see [the plan](javascript:window.__pwned=3) \x07 online.",
]
TEXT = "RIVERTON BRIDGE OPENS\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def span(phrase, nth=0):
    """(start, end) of the nth occurrence of phrase in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    return start, start + len(phrase)


def mention(phrase, nth=0):
    start, end = span(phrase, nth)
    return Mention(phrase, start, end)


def _paragraph_spans():
    out, pos = [], TEXT.index(PARAGRAPHS[0])
    for p in PARAGRAPHS:
        pos = TEXT.index(p, pos)
        out.append((pos, pos + len(p)))
    return tuple(out)


def _quote(first, second=None, *, speaker, speaker_mention, cue, kind="direct"):
    """A quote from its first (and second) quoted piece, marks included in start..end."""
    segments = [span(first)] + ([span(second)] if second else [])
    start, end = segments[0][0] - 1, (segments[-1][1] + 1)
    return Quote(
        text=" ".join(TEXT[s:e] for s, e in segments),
        start=start,
        end=end,
        segments=tuple(Segment(s, e) for s, e in segments),
        speaker=speaker,
        speaker_mention=speaker_mention,
        cue=cue,
        kind=kind,
    )


def hostile_result(*, speaker=HOSTILE_NAME):
    """Two quotes (one split by 'Ruiz said'), three entities, two dates, hostile text."""
    quotes = (
        _quote(
            "It took ten years and \x1b[31mred tape\x1b[0m,",
            "The river <script>window.__pwned=1</script> will not stop us.",
            speaker=speaker,
            speaker_mention=mention("Ruiz", 1),
            cue="said",
        ),
    )
    entities = (
        Entity(speaker, "PERSON", 2, ("Ruiz",), (mention("Ana Ruiz"), mention("Ruiz", 1))),
        Entity("Elm Street", "FAC", 1, (), (mention("Elm Street"),)),
        Entity("Riverton Herald", "ORG", 1, ("<b>Herald</b>",), (mention("Riverton Herald"),)),
        Entity("Ben Okafor", "PERSON", 1, (), (mention("Ben Okafor"),)),
    )
    dates = (
        DateMention("Tuesday", *span("Tuesday"), "DATE", "2024-03-05"),
        DateMention("March 2024", *span("March 2024"), "DATE", "2024-03"),
    )
    return ArticleResult(
        source="javascript:window.__pwned=4//<b>riverton.txt</b>",
        title="Riverton <script>window.__pwned=5</script> Bridge Opens",
        authors=("[red]Kim Lee[/red]",),
        published="2024-03-06",
        updated="2024-03-07 <i>late</i>",
        entities=entities,
        quotes=quotes,
        dates=dates,
        text=TEXT,
        paragraphs=_paragraph_spans(),
    )
