"""The layout of a text article: headline, byline and date lines, captions, page furniture
and sign-off around the body.

`parse_layout` recognises these parts with general rules of news layout so that only body
paragraphs are analysed, while every offset still points into the text exactly as it was
read. Datelines ("NAIROBI, Kenya (AP) —") open the body and stay in it.

`turns` finds the lines a speaker's label opens (an interview's "Q:"/"A:" and name labels, a
transcript's labels in capitals): every rule that reads labels takes them from there.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .. import lexicon
from .byline import READING_TIME, HeadLine, read_head_line
from .stamps import Stamp, entry_stamp, find_stamps

# The head (headline, byline, date lines, wire credit) sits in the first few paragraphs.
HEAD_WINDOW = 6
# A headline is one line of at most this many words; a longer line is a paragraph.
HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 200
# A short line ending in a full stop is a headline in a file (not in a record's text field,
# whose title is a field of its own); the longest such headline in PolNeAR's 924 has 14 words.
HEADLINE_SENTENCE_MAX_WORDS = 14
# Otherwise a line ending in a full stop is a headline only when most of its content words are
# capitalised (Title Case); otherwise it is a sentence.
TITLE_CASE_SHARE = 0.6
# A standfirst (the summary under a headline, above the byline) is a sentence or two.
STANDFIRST_MAX_WORDS = 50
# A block may open with a headline and a standfirst, a kicker or a section label above the
# byline; a longer run of lines before the first byline line is prose.
LINES_ABOVE_BYLINE = 2
# A section label above a headline ("Local News", "World | Europe") is a few words.
SECTION_LABEL_MAX_WORDS = 4
# A caption or credit line is short; longer text naming a photo credit is story text.
CAPTION_MAX_WORDS = 60
# A promotion ("Sign up to get …", "This article originally appeared on …") is a sentence or
# two; a longer paragraph that opens the same way is story text.
PROMO_MAX_WORDS = 30
# An editor's note ("Correction: An earlier version …") is a paragraph or two; a longer one
# opening the same way is story text.
NOTE_MAX_WORDS = 120
# A note's label alone on its line ("CORRECTION:", "Editor's note:") is a word or two.
NOTE_LABEL_MAX_WORDS = 3
# A sub-heading a page breaks over lines ("Quarry plan will" / "undermine rural road") spans
# at most this many of its lines.
HEADING_MAX_LINES = 3

# A stamp at the foot of a text ("Published on 8 April 2026", "© 2026 Valley Gazette, 8 April
# 2026") stands among its last few paragraphs, below the story and its sign-off.
FOOTER_WINDOW = 3

# A list printed one item a line ("Sat 8 Aug: Town v City, 3pm") has at least three lines of
# at most this many words each (a heading over it included); two short capitalised lines are
# as often a wrapped sentence.
LIST_MIN_LINES = 3
LIST_ITEM_MAX_WORDS = 10
_ITEM_OPENING = re.compile(r"\s*(?:[A-Z0-9\u00c0-\u00de]|[-\u2022*]\s)")

_BLOCK_SEP = re.compile(r"(?:\r\n|\r|\n)[ \t\f\v\u00a0]*(?:\r\n|\r|\n)\s*")
_LINE_SEP = re.compile(r"\r\n|\r|\n")
_CREDIT_WORDS = (
    r"(?:Photo|Photos|Photograph|Image|Images|Picture|Pictures|Credit|Illustration|Screenshot|Video|File)"
)
_CAPTION_END_RE = re.compile(
    rf"\((?:[^()]*\b{_CREDIT_WORDS}\b[^()]*|[A-Z][\w.&' -]*/[A-Z][^()]*)\)\s*\.?\s*$"
)
# A credit after the caption's sentence: "… on Tuesday. Photo: Tom Reyes", "… Credit: AP".
_CREDIT_INSIDE_RE = re.compile(
    r"(?:^|[.;)]\s+)(?:(?:Photo|Image|Picture)?\s*Credits?|Photo(?:graph)?s?|Pictures?|Images?)\s*:\s*\S",
    re.IGNORECASE,
)
_SIGNOFF_RE = re.compile(
    r"^\s*\(?(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled) by\b"
    r"|^\s*(?:Copyright|\u00a9|All rights reserved|Follow\b.*\bon (?:Twitter|X)\b|Contact\b.*\bat\b)",
    re.IGNORECASE,
)
# A dateline: a capitalised place, maybe a date, the agency in parentheses (a press-release
# wire between slashes: "/PRNewswire/", "/CNW/"), a dash.
DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'\- ]{2,}\b[^()\n]{0,40}(?:\([A-Za-z .]{2,24}\)|/[A-Za-z][\w .&-]{1,24}/)\s*(?:--|[-\u2013\u2014:])"
)
# The date of a dateline: "March 3, 2026", "Mar. 3", "3 March 2026".
_DATELINE_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?)"
# Any dateline opening: "LONDON:", "WELLINGTON, New Zealand —", "NAIROBI, Kenya (AP) _",
# "WASHINGTON, March 3 (Reuters) -", and a press release's "LONDON, March 3, 2026 /PRNewswire/
# --", "BOSTON--(BUSINESS WIRE)--"; `date` is the date it writes.
DATELINE_OPENING_RE = re.compile(
    r"^[A-Z][A-Z.'\- ]{2,}(?:,\s*[A-Z][\w.' ]{1,30})??"
    rf"(?:,\s*(?P<date>{_DATELINE_DATE}))?"
    r"(?:\s*(?:--|[-\u2013\u2014])?\s*(?:\([^()\n]{2,30}\)|/[A-Za-z][\w .&-]{1,30}/))?\s*(?:--|[-\u2013\u2014:_])"
)
# A teaser for another story: an excerpt cut off with a bracketed ellipsis ("… on […]").
_TEASER_END = re.compile(r"\[(?:\u2026|\.\.\.)\]\s*$")
# The signature of an embedded post: "— Name (@handle) July 3, 2019".
_EMBED_SIGNATURE = re.compile(r"^[\u2014\u2013-]\s*[^()\n]{1,60}\(@\w+\)\s*[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$")
# A source credit alone on its line: "(via Geeks Weekly)", "h/t Ana Ruiz".
_VIA_CREDIT = re.compile(r"^\s*\(?\s*(?:via|h/t|hat tip:?)\s[^()\n]{1,60}\)?\s*$", re.IGNORECASE)
# A list item of a link list: "- Title", "• Title".
_LIST_ITEM = re.compile(r"^\s*[-\u2022*]\s+\S")
# An editor's note of an update in the body: "Update July 3rd, 8:05AM ET: Added …",
# "UPDATE (March 4, 2025, 3:10 p.m.): …", "Updated 3 July 2019: …".
_UPDATE_NOTE = re.compile(
    r"^\(?(?:update|updated)\b[\s,(]*(?P<stamp>(?:[^:()]|(?<=\d):(?=\d)){3,60}?)\)?\s*:\s", re.IGNORECASE
)
# The marks that end a release's text ("###", as PR wires print it; the newsroom's "-30-");
# not in the lexicon, whose "#" opens a comment.
_END_MARKS = ("###", "-30-")
_WORD = re.compile(r"\w")
_YEAR_IN = re.compile(r"\b\d{4}\b")
_ORDINAL_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
# A month-first or day-first date without its year ("July 3", "3 July"), to give it one.
_YEARLESS_DAY = re.compile(r"^(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)(?!,? \d{4})")
_SENTENCE_END = tuple(".!?\"'\u201d\u2019:;")
_QUOTES = "\"'\u201c\u201d\u2018\u2019"
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")


@dataclass(frozen=True)
class Layout:
    """What the layout of a text says: offsets are into the text.

    published_span: where the publication date stands in the byline (None when it does not).
    entry_stamps: where the clock stamps opening the entries of a live page stand ("11:30 GMT -
        …"); they are layout, outside the body, whose paragraphs start after them.
    """

    title: str | None
    authors: tuple[str, ...]
    published: str | None
    body: tuple[tuple[int, int], ...]
    updated: str | None = None
    published_span: tuple[int, int] | None = None
    entry_stamps: tuple[tuple[int, int], ...] = ()


def blocks(text: str) -> list[tuple[int, int]]:
    """Paragraph spans.

    Blank lines separate paragraphs; inside a block, each line is a paragraph of its own
    unless the lines are hard-wrapped prose (short lines that mostly end mid-sentence).
    """
    out: list[tuple[int, int]] = []
    for start, end in _split(text, 0, len(text), _BLOCK_SEP):
        lines = _split(text, start, end, _LINE_SEP)
        if len(lines) > 1 and not _hard_wrapped([text[s:e] for s, e in lines]):
            out.extend(lines)
        else:
            out.append((start, end))
    return out


def _split(text: str, start: int, end: int, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    """Non-blank pieces of text[start:end] between separators, trimmed of white space."""
    out, pos = [], start
    bounds = [(m.start(), m.end()) for m in sep.finditer(text, start, end)] + [(end, end)]
    for sep_start, sep_end in bounds:
        chunk = text[pos:sep_start]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos = sep_end
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    if max(len(line) for line in lines) > 100 or _is_list(lines):
        return False
    open_ended = sum(not line.rstrip().endswith(_SENTENCE_END) for line in lines[:-1])
    return open_ended * 2 >= len(lines) - 1 and sum(len(line.split()) for line in lines) > 20


def _is_list(lines: list[str]) -> bool:
    """Lines that are a list's items, one a line (a fixture list, a timetable, a list of
    results): several short lines, each opening as an item opens (a capital, a digit, a
    bullet). Prose wrapped at a width goes on in lower case on some line."""
    return len(lines) >= LIST_MIN_LINES and all(
        len(line.split()) <= LIST_ITEM_MAX_WORDS and _ITEM_OPENING.match(line) for line in lines
    )


def _lines(chunk: str) -> list[str]:
    return [line.strip() for line in _LINE_SEP.split(chunk) if line.strip()]


def headline_text(chunk: str) -> str:
    """A headline as printed: one line, without Markdown's '#' or emphasis."""
    line = " ".join(_lines(chunk))
    return _MARKDOWN_HEADING.sub("", line).strip(" *_").strip()


def _opens_with_dateline(line: str) -> bool:
    """A dateline alone ('NAIROBI, Kenya (AP) _'), with its agency, or opening a paragraph
    ('LONDON: Train operators will run …'); a kicker before a short headline ('EXCLUSIVE:
    Council …', 'BOOM: …') is not one."""
    m = DATELINE_OPENING_RE.match(line)
    if not m:
        return False
    rest = line[m.end() :].split()
    if not rest or "(" in m.group():
        return True
    content = [w for w in rest if len(w) > 3 and w[0].isalpha()]
    title_case = sum(w[0].isupper() for w in content) >= TITLE_CASE_SHARE * max(len(content), 1)
    return len(rest) > HEADLINE_SENTENCE_MAX_WORDS and not title_case


def looks_like_headline(chunk: str, *, sentences: bool = False) -> bool:
    """One short line that does not read as a sentence, a dateline or a lead-in.

    A line without a full stop reads as a headline; one ending in a full stop only in
    Title Case ("Council Backs Plan."), or, with `sentences`, when it is short (files and
    saved pages print headlines as sentences: "Council backs flood wall plan."); "?" and
    "!" end short headlines too.
    """
    lines = _lines(chunk)
    if len(lines) != 1 or _opens_with_dateline(lines[0]):
        return False  # "WASHINGTON, Aug. 8 (Xinhua) --" opens the story
    line = headline_text(chunk)
    words = line.split()
    if not line or not 1 <= len(words) <= HEADLINE_MAX_WORDS or len(line) > HEADLINE_MAX_CHARS:
        return False
    if line[0] in _QUOTES + "(" or line.endswith(":"):
        return False  # a quotation, or a line introducing the text after it
    end = line.rstrip(_QUOTES)[-1:] or line[-1]
    if end not in ".!?;" or line.endswith("..."):
        return True
    content = [w for w in words if len(w) > 3 and w[0].isalpha()]
    capitalised = sum(w[0].isupper() for w in content) / max(len(content), 1)
    if (end in "!?" or sentences) and len(words) <= HEADLINE_SENTENCE_MAX_WORDS:
        return True
    return end != ";" and bool(content) and capitalised >= TITLE_CASE_SHARE


def _looks_like_name_line(line: str) -> bool:
    words = line.split()
    if not 1 <= len(words) <= 8 or line.endswith(_SENTENCE_END) or any(q in line for q in '"\u201c\u201d'):
        return False
    return all(
        w[0].isupper() or w.lower() in {"of", "and", "the", "for", "at", "in", "&"} or not w[0].isalpha()
        for w in words
    )


@cache
def _furniture_re() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.words("page_furniture"))
    # A line in quotation marks is someone's words, even when they open with "Video:".
    return re.compile(
        rf"^[\s\[(*_>#|\u2022-]*(?:{words})\s*(?:[:|\u2013\u2014>\u00bb]|-\s|\W*$)", re.IGNORECASE
    )


@cache
def _caption_start_re() -> re.Pattern[str]:
    """A caption's label (caption_labels.txt) before a colon or a spaced dash: "Photo: …",
    "FILE - …"; not "Video-sharing app …"."""
    labels = lexicon.alternation(lexicon.words("caption_labels"))
    return re.compile(rf"^\s*(?:{labels})(?:\s*:|\s*[\u2013\u2014]|\s+-\s)", re.IGNORECASE)


@cache
def _promo_re() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.words("page_promos"))
    return re.compile(rf"^(?:{words})\s", re.IGNORECASE)


@cache
def _note_re() -> re.Pattern[str]:
    def pattern(opener: str) -> str:
        label = opener.endswith(":")  # "correction:": a label, followed by a colon or a dash
        words = re.escape(opener.rstrip(":")).replace(r"\ ", r"\s+")
        return words + (r"\s*[:\u2013\u2014-]" if label else r"\b")

    openers = sorted(lexicon.words("editor_notes"), key=len, reverse=True)
    return re.compile(rf"^[\s\[(*_]*(?:{'|'.join(map(pattern, openers))})", re.IGNORECASE)


def is_editor_note(chunk: str) -> bool:
    """An editor's note about the article: 'Correction: An earlier version of this article
    gave …', 'Editor's note: …', 'This article has been updated to …'."""
    chunk = chunk.strip().replace("\u2019", "'")
    return len(chunk.split()) <= NOTE_MAX_WORDS and bool(_note_re().match(chunk))


def _under_note_label(text: str, spans: list[tuple[int, int]], kinds: list[str], i: int) -> bool:
    """The paragraph under a note's label alone on its line ("CORRECTION:" above it)."""
    if not i or kinds[i - 1] != "note" or len(text[spans[i][0] : spans[i][1]].split()) > NOTE_MAX_WORDS:
        return False
    label = text[spans[i - 1][0] : spans[i - 1][1]].strip()
    return label.endswith(":") and len(label.split()) <= NOTE_LABEL_MAX_WORDS


@cache
def _release_tail_re() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.words("release_tails"))
    return re.compile(rf"^[\s*_]*(?:{words})\s*(?::.*|\W*)$", re.IGNORECASE)


def _opens_release_tail(chunk: str) -> bool:
    """The first line of a press release's end matter: 'About Acme Widgets', 'Media contact:',
    'SOURCE Acme Widgets Ltd', '###'."""
    line = _lines(chunk)[0]
    if line in _END_MARKS or _release_tail_re().match(line):
        return True
    first, _, rest = line.partition(" ")
    return first in ("About", "ABOUT", "SOURCE") and bool(rest) and _looks_like_name_line(rest.rstrip("."))


def is_furniture(chunk: str) -> bool:
    """Page furniture: 'Read more: …', 'Header Image: … Credit: …', 'Advertisement', 'Share',
    a promotion ('Sign up to get …'), a teaser for another story ending '[…]', the signature
    of an embedded post."""
    chunk = chunk.strip()
    return bool(
        _furniture_re().match(chunk)
        or READING_TIME.fullmatch(chunk)
        or _TEASER_END.search(chunk)
        or _EMBED_SIGNATURE.match(chunk)
        or (len(chunk.split()) <= PROMO_MAX_WORDS and _promo_re().match(chunk.replace("\u2019", "'")))
    )


def _is_quotation(chunk: str) -> bool:
    """A paragraph that is wholly someone's words in quotation marks."""
    chunk = chunk.strip()
    return len(chunk) > 2 and chunk[0] in _QUOTES and chunk.rstrip(".,")[-1] in _QUOTES


def is_caption(chunk: str) -> bool:
    """A photo caption with its credit, or a credit line ("(via Geeks Weekly)")."""
    return is_photo_caption(chunk) or (
        len(chunk.split()) <= CAPTION_MAX_WORDS and bool(_VIA_CREDIT.match(chunk))
    )


def is_photo_caption(chunk: str) -> bool:
    """A photo caption or credit: "Photo: …", "Pictured: …", "… (Photo by A/Agency)",
    "… Credit: AP" (labels in caption_labels.txt)."""
    if len(chunk.split()) > CAPTION_MAX_WORDS:
        return False
    return bool(
        _CAPTION_END_RE.search(chunk) or _caption_start_re().match(chunk) or _CREDIT_INSIDE_RE.search(chunk)
    )


@dataclass
class _Head:
    """The head of an article as it is read, paragraph by paragraph."""

    kinds: list[str]
    title: str | None = None
    lines: dict[int, HeadLine] | None = None


def _head_lines(text: str, spans: list[tuple[int, int]]) -> dict[int, HeadLine]:
    """Head lines among the first paragraphs; a line of names alone counts only beside a date
    line or a credit ('Jane Doe' above 'March 4, 2025' or 'Health Editor')."""
    found = {}
    for i, (start, end) in enumerate(spans[:HEAD_WINDOW]):
        if len(_lines(text[start:end])) == 1:
            line = read_head_line(text[start:end])
            if line is not None:
                found[i] = line
    for i, line in list(found.items()):
        if line.kind == "names":
            beside = [found.get(i - 1), found.get(i + 1)]
            if not any(b is not None and b.kind in ("date", "credit") for b in beside):
                del found[i]
    return found


def _read_head(
    text: str, spans: list[tuple[int, int]], title: str | None, guess_title: bool, sentences: bool
) -> _Head:
    """Mark the headline, byline and date lines, and the furniture among them. One short
    paragraph between the headline and the byline (a standfirst) stays in the body."""
    head = _Head(["body"] * len(spans), lines=_head_lines(text, spans))
    assert head.lines is not None
    seen_byline = standfirst = False
    for i, (start, end) in enumerate(spans[:HEAD_WINDOW]):
        chunk = text[start:end]
        if (
            head.title is None
            and (title or not seen_byline)
            and len(spans) > 1
            and _is_title(chunk, title, guess_title, _place_in_text(head.kinds[:i]), sentences)
        ):
            head.kinds[i], head.title = "title", headline_text(chunk)
        elif i in head.lines:
            head.kinds[i] = "furniture" if head.lines[i].kind == "furniture" else "byline"
            seen_byline = seen_byline or head.kinds[i] == "byline"
        elif is_furniture(chunk) or _is_section_label(text, spans, i, title):
            head.kinds[i] = "furniture"
        elif is_caption(chunk):  # a photo above the headline, or opening a record's text
            head.kinds[i] = "caption"
        elif head.title and not seen_byline and not standfirst and len(chunk.split()) <= STANDFIRST_MAX_WORDS:
            standfirst = True
        else:
            break
    return head


def _place_in_text(kinds_before: list[str]) -> int:
    """Where a paragraph stands among the lines of the text, furniture and captions above it
    not counted: a headline under a photo caption is still the text's first line."""
    return sum(kind not in ("furniture", "caption") for kind in kinds_before)


def _split_head_blocks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a head block that are its headline, bylines and date lines are one
    paragraph each, even when the block's short open-ended lines look like hard-wrapped prose
    (a headline of eight words over "By A and B | 4 March 2025 | 7:05 BST" has the words and
    the open end of two wrapped lines); the lines after them are the block's paragraphs, as
    `blocks` reads a block."""
    out: list[tuple[int, int]] = []
    for i, (start, end) in enumerate(spans):
        lines = _split(text, start, end, _LINE_SEP)
        head = _head_of_block([text[s:e] for s, e in lines]) if i < HEAD_WINDOW and len(lines) > 1 else 0
        if not head:
            out.append((start, end))
            continue
        out.extend(lines[:head])
        rest = lines[head:]
        if len(rest) > 1 and not _hard_wrapped([text[s:e] for s, e in rest]):
            out.extend(rest)
        elif rest:
            out.append((rest[0][0], rest[-1][1]))
    return out


def _head_of_block(lines: list[str]) -> int:
    """How many of a block's first lines are head lines: all of them when each is one (names,
    credits and furniture too), else the lines down to its bylines and date lines, when one
    opens the block or stands under at most LINES_ABOVE_BYLINE short lines (a headline, a
    kicker, a section label or a standfirst); 0 when there is none."""
    found = [read_head_line(line) for line in lines]
    if all(found):
        return len(lines)
    signed = [
        k for k, line in enumerate(found) if line is not None and line.kind in ("byline", "date", "unsigned")
    ]
    if not signed or signed[0] > LINES_ABOVE_BYLINE:
        return 0
    if any(len(line.split()) > STANDFIRST_MAX_WORDS for line in lines[: signed[0]]):
        return 0
    count = signed[0]
    while count < len(lines) and found[count] is not None:
        count += 1
    return count


def _is_section_label(text: str, spans: list[tuple[int, int]], i: int, title: str | None) -> bool:
    """A short label right above the headline a page gives ('Local News', 'Opinion')."""
    if not title or i + 1 >= len(spans):
        return False
    chunk = text[spans[i][0] : spans[i][1]]
    following = headline_text(text[spans[i + 1][0] : spans[i + 1][1]])
    return len(chunk.split()) <= SECTION_LABEL_MAX_WORDS and following.rstrip(".") == title.strip().rstrip(
        "."
    )


def _is_title(chunk: str, title: str | None, guess_title: bool, index: int, sentences: bool) -> bool:
    """The headline: the metadata's title, else a line that reads as one and is neither a
    byline nor a caption (a line of names alone is taken for the headline only as the very
    first line)."""
    if title:
        return headline_text(chunk).rstrip(".") == title.strip().rstrip(".")
    if (
        not guess_title
        or is_photo_caption(chunk)
        or not looks_like_headline(chunk, sentences=sentences and index == 0)
    ):
        return False  # a caption ("Photo: …", "… (Photo by A/Agency)") is no headline
    line = read_head_line(chunk)
    return line is None or (index == 0 and (line.kind in ("names", "credit") or _one_word_byline(line)))


def _one_word_byline(line: HeadLine) -> bool:
    """ "By Design": a "By" and one word, without a date, reads as a headline in first place
    (a one-name author, "By Banksy", is read below a headline or beside a date)."""
    return (
        line.kind == "byline"
        and len(line.authors) == 1
        and " " not in line.authors[0]
        and line.published is None
        and line.updated is None
    )


@dataclass(frozen=True)
class _Byline:
    authors: tuple[str, ...] = ()
    published: str | None = None
    updated: str | None = None
    published_span: tuple[int, int] | None = None


def _byline_facts(spans: list[tuple[int, int]], head: _Head) -> _Byline:
    """Authors, publication and update dates of the byline and date lines of a head."""
    authors: list[str] = []
    published = updated = None
    published_span = None
    for i, line in sorted((head.lines or {}).items()):
        if head.kinds[i] != "byline":
            continue
        authors += [a for a in line.authors if a not in authors]
        if line.published and published is None and line.published.value:
            published = line.published.value
            published_span = (spans[i][0] + line.published.start, spans[i][0] + line.published.end)
        if line.updated and updated is None and line.updated.value:
            updated = line.updated.value
    return _Byline(tuple(authors), published, updated, published_span)


def parse_layout(
    text: str,
    *,
    title: str | None = None,
    guess_title: bool = True,
    sentence_headlines: bool = True,
    headings: frozenset[str] = frozenset(),
) -> Layout:
    """Find the headline, byline, captions, furniture and sign-off around the body of a text.

    Args:
        text: the article text as read.
        title: a title known from metadata; a first paragraph equal to it is the headline.
        guess_title: whether a short first paragraph may be taken for the headline (not for
            text already extracted from a page, whose headline is in its metadata).
        sentence_headlines: whether a short first sentence may be the headline (in a file, as
            saved pages print them); not in a record's text field or standard input.
        headings: sub-headings a page marks as such; they label the story, not tell it.
    """
    spans = _split_head_blocks(text, blocks(text))
    head = _read_head(text, spans, title, guess_title, sentence_headlines)
    kinds = head.kinds
    facts = _byline_facts(spans, head)
    _mark_headings(text, spans, kinds, headings)
    for i, (start, end) in enumerate(spans):
        chunk = text[start:end]
        if kinds[i] == "body" and is_caption(chunk):
            kinds[i] = "caption"
        elif kinds[i] == "body" and (is_editor_note(chunk) or _under_note_label(text, spans, kinds, i)):
            kinds[i] = "note"
        elif kinds[i] == "body" and (is_furniture(chunk) or _in_link_list(text, spans, kinds, i)):
            kinds[i] = "furniture"
    _mark_release_tail(text, spans, kinds)
    _mark_signoff(text, spans, kinds, {a.lower() for a in facts.authors})
    if facts.published is None:
        facts = _footer_date(text, spans, kinds, facts)
    body = tuple(span for span, kind in zip(spans, kinds) if kind == "body")
    if not body:  # never lose the whole text to layout rules
        body = tuple(span for span, kind in zip(spans, kinds) if kind != "byline") or tuple(spans)
    body, stamps = _without_entry_stamps(text, body)
    if facts.published is None:
        facts = _dateline_date(text, body, facts)
    return Layout(
        head.title, facts.authors, facts.published, body, facts.updated, facts.published_span, stamps
    )


def _footer_date(text: str, spans: list[tuple[int, int]], kinds: list[str], facts: _Byline) -> _Byline:
    """The date a stamp line at the foot of the text gives ("Published on 8 April 2026", "Last
    updated 9 April 2026", "© 2026 Valley Gazette, 8 April 2026"), for a text whose head gives
    no publication date; the line leaves the body as a byline does. A date alone on the last
    line may be the story's (an event's day under "The fair opens on:"), and a story's sentence
    ("the report was published on 8 April") reads as no stamp line."""
    for i in range(len(spans) - 1, max(len(spans) - 1 - FOOTER_WINDOW, 0), -1):
        if kinds[i] not in ("body", "signoff"):
            continue
        chunk = text[spans[i][0] : spans[i][1]]
        line = read_head_line(chunk) if len(_lines(chunk)) == 1 else None
        stamp = (line.published or line.updated) if line is not None else None
        if line is None or stamp is None or not stamp.value or not _WORD.search(_without(chunk, stamp)):
            if kinds[i] == "body":
                return facts  # the story's last paragraph: no stamp below it
            continue
        kinds[i] = "byline"
        start = spans[i][0]
        if line.published and line.published.value:
            span = (start + line.published.start, start + line.published.end)
            return replace(facts, published=line.published.value, published_span=span)
        return replace(facts, updated=facts.updated or stamp.value)
    return facts


def _without(line: str, stamp: Stamp) -> str:
    return line[: stamp.start] + line[stamp.end :]


def _dateline_date(text: str, body: tuple[tuple[int, int], ...], facts: _Byline) -> _Byline:
    """The publication date a dateline opening the body writes with its year ("LONDON, March 3,
    2026 /PRNewswire/ --"), for a text whose byline gives none."""
    if not body:
        return facts
    start, end = body[0]
    m = DATELINE_OPENING_RE.match(text[start:end])
    if m is None or m.group("date") is None:
        return facts
    found = [f for f in find_stamps(m.group("date")) if f.value and len(f.value) >= 10]
    if not found or not _YEAR_IN.search(m.group("date")):
        return facts
    span = (start + m.start("date"), start + m.end("date"))
    return replace(facts, published=found[0].value, published_span=span)


def _without_entry_stamps(
    text: str, body: tuple[tuple[int, int], ...]
) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The body with the clock stamps opening live entries cut from its paragraphs (a stamp
    alone on its line leaves its paragraph), and where those stamps stand. Left in, "11:30
    GMT - Network Rail said …" gave the speaker "GMT - Network Rail"."""
    kept: list[tuple[int, int]] = []
    stamps: list[tuple[int, int]] = []
    for start, end in body:
        found = entry_stamp(text[start:end])
        if found is None:
            kept.append((start, end))
            continue
        stamps.append((start, start + found[0]))
        if start + found[1] < end:
            kept.append((start + found[1], end))
    if not kept:  # a text of stamps alone: keep it whole rather than analyse nothing
        return body, ()
    return tuple(kept), tuple(stamps)


def _mark_headings(
    text: str, spans: list[tuple[int, int]], kinds: list[str], headings: frozenset[str]
) -> None:
    """Sub-headings the page marks, also when broken over lines; a heading that is wholly a
    quotation is someone's words (an interview's pull quote) and stays in the body."""
    for i in range(len(spans)):
        for j in range(i, min(i + HEADING_MAX_LINES, len(spans))):
            if any(k != "body" for k in kinds[i : j + 1]):
                break
            joined = " ".join(text[spans[i][0] : spans[j][1]].split())
            if joined in headings and not _is_quotation(joined):
                kinds[i : j + 1] = ["heading"] * (j + 1 - i)
                break


def _in_link_list(text: str, spans: list[tuple[int, int]], kinds: list[str], i: int) -> bool:
    """A list item under a label of page furniture ('Editors' Recommendations:', 'Read about:')
    or under another such item: a list of links to other stories."""
    if not i or not _LIST_ITEM.match(text[spans[i][0] : spans[i][1]]):
        return False
    before = text[spans[i - 1][0] : spans[i - 1][1]].strip()
    if kinds[i - 1] == "furniture" and _LIST_ITEM.match(before):
        return True
    return kinds[i - 1] in ("furniture", "heading") and before.endswith(":")


def update_note(text: str, body: tuple[tuple[int, int], ...], year: int | None) -> str | None:
    """The date of the first editor's update note in the body ("Update July 3rd, 8:05AM ET:
    Added …"), as ISO 8601; a date without its year takes `year` (the publication's)."""
    for start, end in body:
        m = _UPDATE_NOTE.match(text[start:end].strip())
        if not m:
            continue
        stamp = _ORDINAL_DAY.sub(r"\1", m.group("stamp").strip(" ,"))
        if year is not None:
            stamp = _YEARLESS_DAY.sub(lambda d: f"{d.group(0)}, {year}", stamp, count=1)
        found = [f.value for f in find_stamps(stamp) if f.value]
        if found:
            return found[0]
    return None


def _mark_release_tail(text: str, spans: list[tuple[int, int]], kinds: list[str]) -> None:
    """A press release's end matter ('About Acme Widgets' and its paragraphs, 'Media contact:',
    'SOURCE Acme Widgets Ltd'): from the first line that opens it to the end, when a story
    came before it and the tail is no longer than that story (a sub-heading 'About Face' in a
    long feature opens no tail)."""
    words = [len(text[s:e].split()) if k == "body" else 0 for (s, e), k in zip(spans, kinds)]
    for i in range(1, len(spans)):
        if kinds[i] != "body" or not _opens_release_tail(text[spans[i][0] : spans[i][1]]):
            continue
        if 0 < sum(words[i:]) <= sum(words[:i]):
            for j in range(i, len(spans)):
                kinds[j] = "boilerplate" if kinds[j] == "body" else kinds[j]
        return


def _mark_signoff(text: str, spans: list[tuple[int, int]], kinds: list[str], authors: set[str]) -> None:
    """The sign-off: trailing paragraphs of name-like lines or credits."""
    for i in range(len(spans) - 1, 0, -1):
        if kinds[i] != "body":
            if kinds[i] in ("caption", "furniture", "note", "boilerplate"):
                continue
            break
        lines = _lines(text[spans[i][0] : spans[i][1]])
        if all(_looks_like_name_line(ln) or _SIGNOFF_RE.match(ln) or ln.lower() in authors for ln in lines):
            kinds[i] = "signoff"
        else:
            break


# --- turns: lines opened by a speaker's label (interviews, transcripts) ---------------------
#
# Every label form is read here, once, and each line gets one reading: the quotation, entity and
# reported-speech rules take the article's turns from `turns` instead of matching labels
# themselves.

_BOLD = r"(?:\*\*|__)?"
# "Q:", "A.", "Question:", "**A:**", "__Q__:" opening a paragraph, then the turn's words.
QA_LABEL = re.compile(rf"{_BOLD}(Q|A|Question|Answer){_BOLD}\s*[:.]{_BOLD}[ \t]+(?=\S)")
# "Alvarez:", "**Rosa Alvarez:**", "ROSA ALVAREZ:" - up to four capitalised words before a colon.
NAME_LABEL = re.compile(
    rf"{_BOLD}([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){{0,3}}){_BOLD}\s*:{_BOLD}[ \t]+(?=\S)"
)
# A transcript's label in capitals opening a line, also inside the quotation mark a quoted
# transcript opens each turn with: "PENCE: Well, look, …", "“SEN. TOM REED: …".
SPEAKER_LABEL = re.compile(
    r"(?:``|''|[\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019\u201a])?"
    r"([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}):\s"
)
# A text is a transcript when one label opens at least this many lines and another label speaks
# too; a label alone is a notice ("CLARIFICATION: …", "UPDATE: …"). A label inside the quotation
# mark that opens its line is a speaker's in any text: a notice is not quoted.
TURNS_OF_A_SPEAKER = 2
# Turns labelled with names make a layout only when there are several: one "Correction: …" is
# no interview.
NAME_TURNS_MIN = 2
# A named turn is a sentence or more; shorter runs after a name are a list's items: a tally
# ("Ruiz: 1,204.") or a line on each candidate ("Ruiz: Hold the north.").
TURN_MIN_WORDS = 5
QUESTION, ANSWER, NAME, TRANSCRIPT = "question", "answer", "name", "transcript"
_QA_ROLES = {"q": QUESTION, "question": QUESTION, "a": ANSWER, "answer": ANSWER}


@dataclass(frozen=True)
class Turn:
    """A line opened by a speaker's label; offsets are into the text.

    label: the label as written, its marks, colon and the space after it included ("Q: ",
        "**Rosa Alvarez:** ", "MAYOR JANE DOE: "), without a quotation mark before it.
    name: the words of the label that say who speaks ("Rosa Alvarez", "MAYOR JANE DOE") or, for
        a Q/A label, its word ("Q", "Answer").
    role: QUESTION or ANSWER (a Q/A label), TRANSCRIPT (a label in capitals opening a line of
        a transcript, or inside the quotation mark that opens its line) or NAME (a name, in
        normal case or in capitals outside a transcript, opening a paragraph).
    words: the turn's words, one span per paragraph: from the label to the end of its paragraph
        (or to the next label's line); an answer goes on through the unlabelled paragraphs after
        it while more questions follow (a long answer broken into paragraphs).
    quoted: the label stands inside the quotation mark that opens its line.
    """

    label: tuple[int, int]
    name: tuple[int, int]
    role: str
    words: tuple[tuple[int, int], ...]
    quoted: bool = False


@lru_cache(maxsize=8)
def turns(text: str) -> tuple[Turn, ...]:
    """The turns of a text, in text order: a question-and-answer layout's questions and answers
    (only with both kinds of label), a transcript's turns (see TURNS_OF_A_SPEAKER), and several
    turns of a sentence or more opened by a name (see NAME_TURNS_MIN); a label that opens a
    paragraph about the person it names ("Ruiz: Housing. Ruiz proposed …") is a heading.

    >>> [(t.role, t.words) for t in turns("HOST: Hello.\\nDOE: We open.\\nHOST: Thanks.")]
    [('transcript', ((6, 12),)), ('transcript', ((18, 26),)), ('transcript', ((33, 40),))]
    """
    paragraphs = blocks(text)
    transcript = _transcript_turns(text, paragraphs)
    opened = {t.label[0] for t in transcript}
    labels = [_paragraph_label(text, s, e) if s not in opened else None for s, e in paragraphs]
    found = transcript + _qa_turns(text, paragraphs, labels) + _named_turns(text, paragraphs, labels)
    return tuple(sorted(found, key=lambda t: t.label[0]))


def _transcript_turns(text: str, paragraphs: list[tuple[int, int]]) -> list[Turn]:
    """Every line opened by a label in capitals when the text is a transcript, and a label
    inside the quotation mark that opens its line in any text (a notice is not quoted)."""
    found: list[tuple[re.Match[str], int]] = []  # (the label, where its turn's words end)
    for start, end in paragraphs:
        labels = [SPEAKER_LABEL.match(text, line) for line, _ in _split(text, start, end, _LINE_SEP)]
        labelled = [label for label in labels if label is not None]
        ends = [label.start() for label in labelled[1:]] + [end]
        found += zip(labelled, ends)
    seen = Counter(label.group(1) for label, _ in found)
    if len(seen) < 2 or max(seen.values()) < TURNS_OF_A_SPEAKER:
        found = [(label, end) for label, end in found if label.start(1) > label.start()]
    return [
        Turn(
            (label.start(1), label.end()),
            (label.start(1), label.end(1)),
            TRANSCRIPT,
            _words(text, label.end(), end),
            quoted=label.start(1) > label.start(),
        )
        for label, end in found
    ]


def _paragraph_label(text: str, start: int, end: int) -> tuple[str, re.Match[str]] | None:
    """The Q/A or name label opening a paragraph: (its role, the match; group 1 is who)."""
    match = QA_LABEL.match(text, start, end)
    if match is not None:
        return _QA_ROLES[match.group(1).lower()], match
    match = NAME_LABEL.match(text, start, end)
    return (NAME, match) if match is not None else None


def _qa_turns(
    text: str,
    paragraphs: list[tuple[int, int]],
    labels: list[tuple[str, re.Match[str]] | None],
) -> list[Turn]:
    """The questions and answers of a layout that has both; an answer goes on through the
    unlabelled paragraphs after it up to the last question (after which the story usually
    resumes: "Alvarez will testify on Thursday.")."""
    roles = [label[0] if label else None for label in labels]
    if QUESTION not in roles or ANSWER not in roles:
        return []
    last_question = max(i for i, role in enumerate(roles) if role == QUESTION)
    found = []
    for i, label in enumerate(labels):
        if label is None or label[0] not in (QUESTION, ANSWER):
            continue
        role, match = label
        pieces = list(_words(text, match.end(), paragraphs[i][1]))
        j = i + 1
        while role == ANSWER and j < len(paragraphs) and labels[j] is None and j < last_question:
            pieces.append(paragraphs[j])
            j += 1
        found.append(Turn((match.start(), match.end()), match.span(1), role, tuple(pieces)))
    return found


def _named_turns(
    text: str,
    paragraphs: list[tuple[int, int]],
    labels: list[tuple[str, re.Match[str]] | None],
) -> list[Turn]:
    """Paragraphs opened by a name and a colon, when there are several turns of a sentence or
    more, each not naming the labelled person again."""
    found = []
    for (_, end), label in zip(paragraphs, labels):
        if label is None or label[0] != NAME:
            continue
        match = label[1]
        words = text[match.end() : end].split()
        if len(words) >= TURN_MIN_WORDS and not _names(words, match.group(1)):
            found.append(
                Turn((match.start(), match.end()), match.span(1), NAME, _words(text, match.end(), end))
            )
    return found if len(found) >= NAME_TURNS_MIN else []


def _names(words: list[str], name: str) -> bool:
    """Whether the words name the labelled person again: "Ruiz: Housing. Last year Ruiz
    proposed …" is a heading over a paragraph about Ruiz, not Ruiz speaking."""
    said = {w.strip(".,;:!?\u2019'\"").casefold() for w in words}
    return name.split()[-1].casefold() in said


def _words(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The span of a turn's words, without the white space around them; none when empty."""
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    stripped = chunk.strip()
    return ((start + lead, start + lead + len(stripped)),) if stripped else ()
