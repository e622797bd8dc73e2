"""Rich renderables for people. They are returned, never printed: cli.py prints them.

Every piece of article text goes through `safe`, which makes a `Text` (never parsed as
markup) with terminal escape sequences and control characters removed, so an article
cannot style, retitle or hyperlink the reader's terminal.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..model import UNMARKED_KINDS, ArticleResult, Entity, Quote, byline_phrases, counted, readable

if TYPE_CHECKING:
    from ..store import Summary

_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: titles, hyperlinks
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC
    r"|\x1b.?"  # any other escape
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"  # controls, bidi overrides
)


def clean(text: str) -> str:
    """Text fit for a terminal cell: no escapes or controls, white space folded."""
    return re.sub(r"\s+", " ", _ESCAPES.sub("", text)).strip()


def neutralise(text: str) -> str:
    """Text fit for running prose on a terminal: no escapes or controls, line breaks as spaces.

    Unlike `clean`, spaces at the ends are kept, so pieces of one paragraph join up.
    """
    return re.sub(r"[\t\n\r\f\v]", " ", _ESCAPES.sub("", re.sub(r"\r\n", "\n", text)))


def safe(text: str | None, style: str = "") -> Text:
    return Text(clean(text or ""), style=style)


def article_header(result: ArticleResult) -> RenderableType:
    head = Text()
    head.append(clean(result.title or result.source), style="bold")
    if result.title:
        head.append("\n")
        head.append(clean(result.source), style="dim")
    details = byline_phrases(result, clean)
    if result.stats:
        s = result.stats
        details.append(
            f"{counted(s.words, 'word')}, {counted(s.sentences, 'sentence')}, {counted(s.paragraphs, 'paragraph')}"
        )
    if details:
        head.append("\n" + " \u00b7 ".join(details))
    return head


def entities_table(entities: Sequence[Entity], *, title: str | None = "Entities") -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", expand=False)
    table.add_column("Entity", style="bold", overflow="fold")
    table.add_column("Label")
    table.add_column("Count", justify="right")
    table.add_column("Aliases", overflow="fold")
    for e in entities:
        table.add_row(
            safe(e.name), Text(e.label, style="cyan"), str(e.count), safe(", ".join(e.aliases), style="dim")
        )
    if not entities:
        table.add_row(Text("none found", style="dim"), "", "", "")
    return table


def quotes_table(result: ArticleResult, *, title: str | None = "Quotes") -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", show_lines=True)
    table.add_column("Speaker", style="bold", ratio=1, overflow="fold")
    table.add_column("Cue", ratio=1)
    table.add_column("Kind")
    table.add_column("Quote", ratio=4, overflow="fold")
    for q in result.quotes or ():
        speaker = safe(q.speaker) if q.speaker else Text("unknown", style="dim")
        if q.speaker_mention and q.speaker and clean(q.speaker_mention.text) != clean(q.speaker):
            speaker.append("\n(" + clean(q.speaker_mention.text) + ")", style="dim")
        table.add_row(speaker, safe(q.cue), Text(q.kind, style="cyan"), quote_pieces(q))
    if not result.quotes:
        table.add_row(Text("none found", style="dim"), "", "", "")
    return table


def quote_pieces(quote: Quote) -> Text:
    """A quote in marks, a quote split by its attribution as its pieces:
    “…restored,” … “The goal…”; reported speech without marks."""
    pieces = []
    pos = 0
    for segment in quote.segments:
        length = segment.end - segment.start
        pieces.append(quote.text[pos : pos + length])
        pos += length + 1  # the pieces of `text` are joined by one space
    if len(pieces) < 2 or pos - 1 != len(quote.text):
        pieces = [quote.text]
    # reported speech (kind "indirect") is shown as the reporter wrote it, without marks
    mark_open, mark_close = ("", "") if quote.kind in UNMARKED_KINDS else ("\u201c", "\u201d")
    out = Text()
    for i, piece in enumerate(pieces):
        if i:
            out.append(" \u2026 ", style="dim")
        out += Text(mark_open) + safe(piece) + Text(mark_close)
    return out


def dates_table(result: ArticleResult, *, title: str | None = "Dates") -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("Text", style="bold", overflow="fold")
    table.add_column("Type", style="cyan")
    table.add_column("Value")
    table.add_column("Reading", style="dim")
    for d in result.dates or ():
        table.add_row(safe(d.text), d.type, safe(d.value or "\u2014"), safe(readable(d.value, d.type)))
    if not result.dates:
        table.add_row(Text("none found", style="dim"), "", "", "")
    if not result.published and result.updated and result.dates:
        table.caption = (
            f"No publication date: relative dates count from the last update ({result.updated[:10]})."
        )
    elif not result.published and result.dates:
        table.caption = "No publication date: relative dates are left unresolved (use --published)."
    return table


def article_view(result: ArticleResult, *, sections: Sequence[str], top_entities: int = 12) -> Group:
    """Everything asked for about one article, header first."""
    parts: list[RenderableType] = [article_header(result)]
    if "entities" in sections and result.entities is not None:
        shown = list(result.entities)
        title = "Entities"
        if top_entities and len(shown) > top_entities:
            title = f"Leading entities ({top_entities} of {len(shown)})"
            shown = shown[:top_entities]
        parts.append(entities_table(shown, title=title))
    if "quotes" in sections and result.quotes is not None:
        parts.append(quotes_table(result))
    if "dates" in sections and result.dates is not None:
        parts.append(dates_table(result))
    return Group(*parts, Text(""))


def corpus_summary(results: Sequence[ArticleResult], *, limit: int = 20) -> Group:
    """Across articles: entities by how many articles mention them, most-quoted speakers."""
    parts: list[RenderableType] = [Text(f"Corpus: {counted(len(results), 'article')}", style="bold")]
    if any(r.entities is not None for r in results):
        articles: Counter[tuple[str, str]] = Counter()
        mentions: Counter[tuple[str, str]] = Counter()
        for r in results:
            for e in r.entities or ():
                articles[(e.name, e.label)] += 1
                mentions[(e.name, e.label)] += e.count
        table = Table(title="Entities across articles", box=box.SIMPLE_HEAD, title_justify="left")
        for col in ("Entity", "Label", "Articles", "Mentions"):
            table.add_column(col, justify="right" if col in ("Articles", "Mentions") else "left")
        for (name, label), n in sorted(articles.items(), key=lambda kv: (-kv[1], -mentions[kv[0]]))[:limit]:
            table.add_row(safe(name), label, str(n), str(mentions[(name, label)]))
        parts.append(table)
    if any(r.quotes is not None for r in results):
        quoted: Counter[str] = Counter()
        where: defaultdict[str, set[str]] = defaultdict(set)
        for r in results:
            for q in r.quotes or ():
                if q.speaker:
                    quoted[q.speaker] += 1
                    where[q.speaker].add(r.source)
        table = Table(title="Most-quoted speakers", box=box.SIMPLE_HEAD, title_justify="left")
        for col in ("Speaker", "Quotes", "Articles"):
            table.add_column(col, justify="left" if col == "Speaker" else "right")
        for speaker, n in quoted.most_common(limit):
            table.add_row(safe(speaker), str(n), str(len(where[speaker])))
        parts.append(table)
    return Group(*parts)


def _count_table(
    title: str, texts: Sequence[str], numbers: Sequence[str], rows: Sequence[Sequence[object]]
) -> Table:
    """A corpus table: text columns (from articles, so wrapped in Text) then numbers."""
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    for col in texts:
        table.add_column(col)
    for col in numbers:
        table.add_column(col, justify="right")
    for row in rows:
        cells = [safe(str(v) if v is not None else "") for v in row[: len(texts)]]
        cells += [Text("" if v is None else str(v)) for v in row[len(texts) :]]
        table.add_row(*cells)
    return table


def corpus_tables(summary: Summary) -> Group:
    """The tables of `newscli summary`, from a store.Summary."""
    s = summary
    counts = ", ".join(
        (
            counted(s.articles, "article"),
            counted(s.quotes, "quote"),
            counted(s.entities, "entity", "entities"),
            counted(s.dates, "date"),
        )
    )
    parts: list[RenderableType] = [
        Text(f"Corpus: {counts}", style="bold"),
        _count_table("Most-quoted speakers", ["Speaker"], ["Quotes", "Articles"], s.speakers),
        _count_table(
            "Entities by articles", ["Entity", "Label"], ["Articles", "Mentions"], s.entities_by_articles
        ),
    ]
    per = ["Articles", "Quotes", "Quotes per article"]
    if s.outlets:
        parts.append(_count_table("Quotes per outlet", ["Outlet"], per, s.outlets))
    if s.authors:
        parts.append(_count_table("Quotes per author", ["Author"], per, s.authors))
    first, last, dated, undated = s.coverage
    parts.append(
        safe(
            f"Published {first or '?'} to {last or '?'}: "
            f"{counted(dated, 'article')} dated, {undated:,} without a date"
        )
    )
    if s.periods:
        title = f"Articles by {s.granularity}"
        parts.append(
            _count_table(title, [s.granularity.capitalize()], ["Articles", "Quotes", "Dates"], s.periods)
        )
    return Group(*parts)
