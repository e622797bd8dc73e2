"""Articles and their readers: plain text, HTML, JSON Lines, standard input and folders.

Readers never raise on a bad input: they yield an `InputError` in its place, so one broken
file or record costs only itself and the caller decides how to report it.

Plain-text news comes with layout around the story: a headline, a byline with the author
and date, photo captions with credits, and a sign-off. `parse_layout` recognises these
parts with general rules of news layout so that only body paragraphs are analysed, while
every offset still points into the text exactly as it was read.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import IO, Any

from .errors import InputError

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".jsonl", ".json", ".ndjson")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES

# Time zone abbreviations seen in US and UK bylines, as UTC offsets in hours.
TZ_OFFSETS = {
    "UTC": 0,
    "GMT": 0,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "ET": -5,
    "PT": -8,
    "CT": -6,
}

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_RE = re.compile(rf"\b(?:{MONTHS})\b\.?", re.IGNORECASE)
_NUMERIC_DATE_RE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_TIME_RE = re.compile(
    r"\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\.?(?:\s+([A-Z]{2,4}))?(?![\w])", re.IGNORECASE
)

_BLOCK_SEP = re.compile(r"(?:\r\n|\r|\n)[ \t\f\v\u00a0]*(?:\r\n|\r|\n)\s*")
_LINE_SEP = re.compile(r"\r\n|\r|\n")
_BYLINE_RE = re.compile(r"^\s*by\s+(?=[A-Z\u00c0-\u024f])", re.IGNORECASE)
_CREDIT_WORDS = (
    r"(?:Photo|Photos|Photograph|Image|Images|Picture|Pictures|Credit|Illustration|Screenshot|Video|File)"
)
_CAPTION_END_RE = re.compile(
    rf"\((?:[^()]*\b{_CREDIT_WORDS}\b[^()]*|[A-Z][\w.&' -]*/[A-Z][^()]*)\)\s*\.?\s*$"
)
_CAPTION_START_RE = re.compile(rf"^\s*(?:{_CREDIT_WORDS}|Caption|FILE PHOTO|FILE -)\s*[:\-\u2013\u2014]")
_SIGNOFF_RE = re.compile(
    r"^\s*\(?(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled) by\b"
    r"|^\s*(?:Copyright|\u00a9|All rights reserved|Follow\b.*\bon (?:Twitter|X)\b|Contact\b.*\bat\b)",
    re.IGNORECASE,
)
# A dateline: a capitalised place, maybe a date, the agency in parentheses, a dash.
DATELINE_RE = re.compile(r"^[A-Z][A-Z.'\- ]{2,}\b[^()\n]{0,40}\([A-Za-z .]{2,24}\)\s*(?:--|[-\u2013\u2014:])")
_SENTENCE_END = tuple(".!?\"'\u201d\u2019:;")


@dataclass(frozen=True)
class Article:
    """An article as read: its text and what its layout or metadata says about it.

    `body` holds the character spans of the paragraphs that make up the story; the
    headline, byline, captions and sign-off are outside it. Offsets are into `text`.
    """

    source: str
    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    url: str | None = None
    body: tuple[tuple[int, int], ...] = field(default=())

    def body_text(self) -> str:
        """The text with everything outside the body blanked, so offsets stay the same."""
        if not self.body:
            return self.text
        chars = [c if c in "\r\n" else " " for c in self.text]
        for start, end in self.body:
            chars[start:end] = self.text[start:end]
        return "".join(chars)


@dataclass(frozen=True)
class Layout:
    title: str | None
    authors: tuple[str, ...]
    published: str | None
    body: tuple[tuple[int, int], ...]


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
    if max(len(line) for line in lines) > 100:
        return False
    open_ended = sum(not line.rstrip().endswith(_SENTENCE_END) for line in lines[:-1])
    return open_ended * 2 >= len(lines) - 1 and sum(len(line.split()) for line in lines) > 20


def _lines(chunk: str) -> list[str]:
    return [line.strip() for line in _LINE_SEP.split(chunk) if line.strip()]


def _looks_like_headline(chunk: str) -> bool:
    if DATELINE_RE.match(chunk.strip()):
        return False  # "WASHINGTON, Aug. 8 (Xinhua) --" opens the story
    lines = _lines(chunk)
    if len(lines) != 1 or len(lines[0]) > 200 or lines[0].endswith(":"):
        return False  # a line ending in a colon introduces the text after it
    words = lines[0].split()
    if not 1 <= len(words) <= 25 or lines[0][0] in "\"\u201c\u2018'(":
        return False
    if not lines[0].endswith(_SENTENCE_END) or len(words) <= 14:
        return True
    content = [w for w in words if len(w) > 3 and w[0].isalpha()]
    capitalised = sum(w[0].isupper() for w in content)
    return bool(content) and capitalised / len(content) >= 0.6


def _looks_like_name_line(line: str) -> bool:
    words = line.split()
    if not 1 <= len(words) <= 8 or line.endswith(_SENTENCE_END) or any(q in line for q in '"\u201c\u201d'):
        return False
    return all(
        w[0].isupper() or w.lower() in {"of", "and", "the", "for", "at", "in", "&"} or not w[0].isalpha()
        for w in words
    )


def parse_time_zone(abbr: str | None) -> timezone | None:
    if abbr and abbr.upper() in TZ_OFFSETS:
        return timezone(timedelta(hours=TZ_OFFSETS[abbr.upper()]))
    return None


def parse_published(value: Any) -> str | None:
    """Normalise a publication date to ISO 8601 (a date, or a date-time with its offset).

    Returns None when the value holds no recognisable date.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return datetime(int(m[1]), int(m[2]), int(m[3])).date().isoformat()
        except ValueError:
            return None
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return dt.isoformat()
    except ValueError:
        pass
    if not (_MONTH_RE.search(text) or _NUMERIC_DATE_RE.search(text)):
        return None
    from dateutil import parser as date_parser  # light, and only needed for free-form dates

    time = _TIME_RE.search(text)
    tz = parse_time_zone(time.group(4)) if time else None
    cleaned = _TIME_RE.sub(" ", text) if time else text
    try:
        day = date_parser.parse(cleaned, fuzzy=True, default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    if day.year == 1900:
        return None
    if time is None:
        return day.date().isoformat()
    hour = int(time.group(1)) % 12 + (12 if time.group(3).lower() == "p" else 0)
    stamp = day.replace(hour=hour, minute=int(time.group(2) or 0), second=0, tzinfo=tz)
    return stamp.isoformat()


def _parse_byline(chunk: str) -> tuple[tuple[str, ...], str | None] | None:
    """Authors and date from a byline such as 'By A | November 21, 2012 | 12:25 AM EST'."""
    line = " ".join(_lines(chunk))
    if len(line) > 200:
        return None
    pieces = [p.strip() for p in re.split(r"\s[|\u2022\u00b7]\s|\s[\u2013\u2014-]\s|\|", line) if p.strip()]
    authors: list[str] = []
    dated: list[str] = []
    is_byline = False
    for piece in pieces:
        if _BYLINE_RE.match(piece):
            is_byline = True
            names = _BYLINE_RE.sub("", piece)
            for name in re.split(r",\s*|\s+and\s+|\s*&\s*", names):
                name = name.strip(" .,;")
                if name and _looks_like_name_line(name) and not _MONTH_RE.search(name):
                    authors.append(name)
        elif _MONTH_RE.search(piece) or _NUMERIC_DATE_RE.search(piece) or _TIME_RE.search(piece):
            dated.append(piece)
    published = parse_published(" ".join(dated)) if dated else None
    if is_byline or (published and len(pieces) <= 4 and len(line.split()) <= 12):
        return tuple(authors), published
    return None


def parse_layout(text: str, *, title: str | None = None, guess_title: bool = True) -> Layout:
    """Find the headline, byline, captions and sign-off around the body of a text article.

    Args:
        text: the article text as read.
        title: a title known from metadata; a first paragraph equal to it is the headline.
        guess_title: whether a short first paragraph may be taken for the headline (not for
            text already extracted from a page, whose headline is in its metadata).
    """
    spans = blocks(text)
    kinds = ["body"] * len(spans)
    authors: tuple[str, ...] = ()
    published = None
    found_title = None
    if len(spans) > 1:
        first = text[spans[0][0] : spans[0][1]]
        if (title and first.strip().rstrip(".") == title.strip().rstrip(".")) or (
            title is None and guess_title and _looks_like_headline(first)
        ):
            kinds[0] = "title"
            found_title = " ".join(_lines(first))
    # A byline or a date line sits among the first few paragraphs.
    for i in range(min(4, len(spans))):
        if kinds[i] != "body":
            continue
        byline = _parse_byline(text[spans[i][0] : spans[i][1]])
        if byline is not None:
            kinds[i] = "byline"
            authors, published = byline
            break
    for i, (start, end) in enumerate(spans):
        chunk = text[start:end]
        if kinds[i] == "body" and (_CAPTION_END_RE.search(chunk) or _CAPTION_START_RE.match(chunk)):
            kinds[i] = "caption"
    # The sign-off: trailing paragraphs of name-like lines or credits.
    author_set = {a.lower() for a in authors}
    for i in range(len(spans) - 1, 0, -1):
        if kinds[i] != "body":
            continue
        lines = _lines(text[spans[i][0] : spans[i][1]])
        if all(
            _looks_like_name_line(ln) or _SIGNOFF_RE.match(ln) or ln.lower() in author_set for ln in lines
        ):
            kinds[i] = "signoff"
        else:
            break
    body = tuple(span for span, kind in zip(spans, kinds) if kind == "body")
    if not body:  # never lose the whole text to layout rules
        body = tuple(span for span, kind in zip(spans, kinds) if kind != "byline") or tuple(spans)
    return Layout(found_title, authors, published, body)


def article_from_text(
    source: str,
    text: str,
    *,
    title: str | None = None,
    authors: Iterable[str] = (),
    published: str | None = None,
    url: str | None = None,
    guess_title: bool = True,
) -> Article:
    """Build an Article from text and optional metadata; metadata wins over layout."""
    layout = parse_layout(text, title=title, guess_title=guess_title)
    return Article(
        source=source,
        text=text,
        title=title or layout.title,
        authors=tuple(authors) or layout.authors,
        published=published or layout.published,
        url=url,
        body=layout.body,
    )


# --- decoding ------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode(data: bytes, source: str) -> str:
    """Decode bytes as text: a BOM, else UTF-8, else the best guess of charset-normalizer.

    Raises:
        InputError: the bytes are empty, binary, or in no encoding that can be recognised.
    """
    if not data.strip():
        raise InputError(source, "empty file" if not data else "no text (only white space)")
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"cannot decode as {encoding}: {exc.reason}") from None
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _guess_decode(data, source)
    if len(_CONTROL_RE.findall(text[:65536])) > max(8, len(text[:65536]) // 50):
        raise InputError(source, "looks like binary data, not text")
    if not text.strip():
        raise InputError(source, "no text (only white space)")
    return text


def _guess_decode(data: bytes, source: str) -> str:
    """Bytes that are not UTF-8: Windows-1252 when it reads as Western text, else a guess."""
    western = _as_western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "looks like binary data, not text")
    return str(best)


def _as_western(data: bytes) -> str | None:
    """Windows-1252 text (a superset of Latin-1) when the decoding is plausible: the few
    non-ASCII characters are Latin letters or typographic punctuation. Statistical
    detectors misread short Western texts, the most common non-UTF-8 news files."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    extra = [c for c in text if ord(c) > 127]
    letters = sum(c.isalpha() for c in text)
    if not extra or len(extra) > 0.3 * max(letters, 1):
        return None
    if all(
        (
            "LATIN" in unicodedata.name(c, "")
            or "\u2010" <= c <= "\u2027"
            or c in "\u00a0\u00b0\u00a3\u20ac\u00a9"
        )
        for c in extra
    ):
        return text
    return None


# --- readers -------------------------------------------------------------------------------

ReadResult = Article | InputError


def read_text_file(path: str, data: bytes) -> Iterator[ReadResult]:
    yield article_from_text(path, decode(data, path))


def read_html(path: str, data: bytes) -> Iterator[ReadResult]:
    import trafilatura

    if not data.strip():
        raise InputError(path, "empty file")
    doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None:
        raise InputError(path, "no article text found in this HTML page")
    meta: dict[str, Any] = doc if isinstance(doc, dict) else doc.as_dict()
    text = meta.get("text")
    if not text or not text.strip():
        raise InputError(path, "no article text found in this HTML page")
    # trafilatura puts one paragraph per line; blank lines make paragraphs explicit.
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    authors = tuple(a.strip() for a in re.split(r";|\band\b", meta.get("author") or "") if a.strip())
    yield article_from_text(
        path,
        text,
        title=meta.get("title") or None,
        authors=authors,
        published=parse_published(meta.get("date")),
        url=meta.get("url") or None,
        guess_title=False,
    )


# Field names of common scrapers and schemas, in order of preference: our own and
# newspaper3k's / trafilatura's, news-please's ("maintext", "date_publish") and schema.org's
# NewsArticle as the Zyte API writes it ("articleBody", "datePublished", "headline").
TEXT_FIELDS = ("text", "maintext", "articleBody")
DATE_FIELDS = ("published", "date", "date_publish", "publish_date", "datePublished", "published_at")
TITLE_FIELDS = ("title", "headline")
AUTHOR_FIELDS = ("authors", "author")


def _first(record: dict[str, Any], names: tuple[str, ...], empty: bool = False) -> tuple[str, Any]:
    """The first of the named fields the record has with a value (an empty one too if `empty`)."""
    for name in names:
        value = record.get(name)
        if value is not None and (empty or value not in ("", [])):
            return name, value
    return names[0], None


def _author_names(value: Any) -> list[str]:
    """Author names from a string, a list of strings, or schema.org Person objects."""
    items = value if isinstance(value, (list, tuple)) else [value]
    names = [item.get("name") if isinstance(item, dict) else item for item in items]
    return [str(name).strip() for name in names if isinstance(name, (str, int)) and str(name).strip()]


def record_to_article(record: Any, source: str, line: int | None) -> Article:
    """An Article from a JSON record with a text field and optional metadata fields."""
    if not isinstance(record, dict):
        raise InputError(source, "record is not a JSON object", line)
    field_name, text = _first(record, TEXT_FIELDS, empty=True)
    if text is None:
        raise InputError(source, 'record has no "text" field (nor "maintext" or "articleBody")', line)
    if not isinstance(text, str):
        raise InputError(source, f'"{field_name}" is a {type(text).__name__}, not a string', line)
    if not text.strip():
        raise InputError(source, f'"{field_name}" is empty', line)
    where = f"{source}:{line}" if line is not None else source
    ident = record.get("id")
    name = str(ident) if ident is not None and str(ident) else where
    date_field, raw_date = _first(record, DATE_FIELDS)
    published = parse_published(raw_date)
    if raw_date is not None and published is None:
        log.warning(
            '%s: "%s" is not a date (%.40r); relative dates stay unanchored', where, date_field, raw_date
        )
    title = _first(record, TITLE_FIELDS)[1]
    url = record.get("url")
    return article_from_text(
        name,
        text,
        title=str(title) if title else None,
        authors=_author_names(_first(record, AUTHOR_FIELDS)[1]),
        published=published,
        url=str(url) if url else None,
    )


def read_json(path: str, data: bytes) -> Iterator[ReadResult]:
    text = decode(data, path)
    stripped = text.lstrip()
    if path.endswith(".json") and stripped.startswith("["):
        try:
            records = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"invalid JSON: {exc.msg}", exc.lineno) from None
        for i, record in enumerate(records, 1):
            try:
                yield record_to_article(record, path, None if len(records) == 1 else i)
            except InputError as exc:
                yield exc
        return
    if path.endswith(".json"):
        try:
            yield record_to_article(json.loads(text), path, None)
            return
        except json.JSONDecodeError:
            pass  # not one document: read it as JSON Lines
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(path, f"invalid JSON: {exc.msg}", n)
            continue
        try:
            yield record_to_article(record, path, n)
        except InputError as exc:
            yield exc


def _reader_for(path: str):
    lower = path.lower()
    if lower.endswith(HTML_SUFFIXES):
        return read_html
    if lower.endswith(JSON_SUFFIXES):
        return read_json
    return read_text_file


def read_file(path: str) -> Iterator[ReadResult]:
    """Read one file by its extension; yields Articles or the InputErrors in their place."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        yield InputError(path, "no such file or directory")
        return
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")
        return
    if not stat.S_ISREG(info.st_mode):
        yield InputError(path, "not a regular file (skipped)")
        return
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")
        return
    try:
        yield from _reader_for(path)(path, data)
    except InputError as exc:
        yield exc


def files_below(folder: str) -> Iterator[str]:
    """Supported files below a folder in sorted order; symbolic links to folders are not followed."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(SUPPORTED_SUFFIXES) and not name.startswith("."):
                yield os.path.join(root, name)


def read_inputs(paths: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[ReadResult]:
    """Articles from paths (files, folders, or '-' for standard input), in order."""
    for path in paths:
        if path == "-":
            data = stdin.read() if stdin is not None else b""
            try:
                yield article_from_text("<stdin>", decode(data, "<stdin>"))
            except InputError as exc:
                yield exc
        elif os.path.isdir(path):
            found = False
            for file_path in files_below(path):
                found = True
                yield from read_file(file_path)
            if not found:
                yield InputError(
                    path, "folder holds no supported files (" + ", ".join(SUPPORTED_SUFFIXES) + ")"
                )
        elif os.path.exists(path) and not path.lower().endswith(SUPPORTED_SUFFIXES):
            yield InputError(path, "unsupported file type (use .txt, .md, .html, .htm, .json or .jsonl)")
        else:
            yield from read_file(path)


def count_articles(paths: Iterable[str]) -> int | None:
    """How many articles the inputs hold, counted cheaply (for a progress bar); None if unknown."""
    total = 0
    try:
        for path in paths:
            files = [path] if not os.path.isdir(path) else list(files_below(path))
            for name in files:
                if name == "-" or not name.lower().endswith(JSON_SUFFIXES):
                    total += 1
                    continue
                with open(name, "rb") as f:
                    total += sum(1 for line in f if line.strip())
    except OSError:
        return None
    return total


def with_published(article: Article, published: str | None) -> Article:
    """The article with its publication date replaced (for --published)."""
    return replace(article, published=published) if published else article
