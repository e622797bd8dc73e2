"""Articles and their readers: plain text, HTML, JSON Lines, standard input and folders.

Readers never raise on a bad input: they yield an `InputError` in its place, so one broken
file or record costs only itself and the caller decides how to report it.

Plain-text news comes with layout around the story: a headline, a byline with the author
and date, photo captions with credits, and a sign-off. `parse_layout` (layout.py) recognises
these parts with general rules of news layout so that only body paragraphs are analysed,
while every offset still points into the text exactly as it was read. Bylines and date lines
are read in byline.py, date stamps in stamps.py, web pages in html.py.
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
from typing import IO, Any

from ..errors import InputError
from .byline import clean_authors
from .layout import DATELINE_OPENING_RE, DATELINE_RE, Layout, blocks, parse_layout, update_note
from .stamps import parse_published

__all__ = [
    "DATELINE_OPENING_RE",
    "DATELINE_RE",
    "Article",
    "InputError",
    "Layout",
    "article_from_text",
    "blocks",
    "count_articles",
    "decode",
    "parse_layout",
    "parse_published",
    "read_file",
    "read_inputs",
    "record_to_article",
    "with_published",
]

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".jsonl", ".json", ".ndjson")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES


@dataclass(frozen=True)
class Article:
    """An article as read: its text and what its layout or metadata says about it.

    `body` holds the character spans of the paragraphs that make up the story; the
    headline, byline, captions and sign-off are outside it. Offsets are into `text`.
    `published` is the publication date (ISO 8601), `updated` the date of the last update
    when the page or byline gives one apart; `published_span` is where the publication date
    stands in the byline, when it does. `entry_stamps` are where the clock stamps opening the
    entries of a live page stand ("11:30 GMT - …"), outside the body.
    """

    source: str
    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    url: str | None = None
    body: tuple[tuple[int, int], ...] = field(default=())
    updated: str | None = None
    published_span: tuple[int, int] | None = None
    entry_stamps: tuple[tuple[int, int], ...] = ()

    def headline_span(self) -> tuple[int, int] | None:
        """Where the headline stands in the text, outside the body (None when the title is
        metadata only, or absent)."""
        if not self.title:
            return None
        start = self.text.find(self.title)
        while start >= 0:
            end = start + len(self.title)
            if not any(s < end and start < e for s, e in self.body):
                return start, end
            start = self.text.find(self.title, end)
        return None

    def body_text(self) -> str:
        """The text with everything outside the body blanked, so offsets stay the same."""
        if not self.body:
            return self.text
        chars = [c if c in "\r\n" else " " for c in self.text]
        for start, end in self.body:
            chars[start:end] = self.text[start:end]
        return "".join(chars)


def _same_day(a: str | None, b: str | None) -> bool:
    return bool(a and b and a[:10] == b[:10])


def article_from_text(
    source: str,
    text: str,
    *,
    title: str | None = None,
    authors: Iterable[str] = (),
    published: str | None = None,
    updated: str | None = None,
    url: str | None = None,
    guess_title: bool = True,
    sentence_headlines: bool = True,
    headings: frozenset[str] = frozenset(),
) -> Article:
    """Build an Article from text and optional metadata; metadata wins over layout."""
    layout = parse_layout(
        text, title=title, guess_title=guess_title, sentence_headlines=sentence_headlines, headings=headings
    )
    published = published or layout.published
    if not (updated or layout.updated):
        updated = update_note(text, layout.body, int(published[:4]) if published else None)
    return Article(
        source=source,
        text=text,
        title=title or layout.title,
        authors=tuple(authors) or layout.authors,
        published=published,
        url=url,
        body=layout.body,
        updated=updated or layout.updated,
        published_span=layout.published_span if _same_day(published, layout.published) else None,
        entry_stamps=layout.entry_stamps,
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
    """Decode bytes as text: a BOM's encoding; else UTF-8; else UTF-8 with its stray bytes read
    as Windows-1252 when those read as Western text (a mostly-UTF-8 file edited in an 8-bit
    editor, or a Windows-1252 file: the most common non-UTF-8 news files, which statistical
    detectors misread as Cyrillic); else charset-normalizer's best guess. A guess, and a text
    after a BOM that does not read as that encoding, are one warning naming the file.

    Raises:
        InputError: the bytes are empty, binary, or in no encoding that can be recognised.
    """
    if not data.strip():
        raise InputError(source, "empty file" if not data else "no text (only white space)")
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom) and encoding != "utf-8-sig":
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"cannot decode as {encoding}: {exc.reason}") from None
            if _junk_after_bom(data[len(bom) :], encoding, text):
                log.warning(
                    "%s: the text after its %s byte-order mark does not read as %s; "
                    "the results may be garbage",
                    source,
                    encoding.upper(),
                    encoding.upper(),
                )
            break
    if text is None:
        utf8 = data[len(codecs.BOM_UTF8) :] if data.startswith(codecs.BOM_UTF8) else data
        try:
            text = utf8.decode("utf-8")
        except UnicodeDecodeError:
            text = _guess_decode(utf8, source)
    if len(_CONTROL_RE.findall(text[:65536])) > max(8, len(text[:65536]) // 50):
        raise InputError(source, "looks like binary data, not text")
    if not text.strip():
        raise InputError(source, "no text (only white space)")
    return text


# Bytes after a UTF-16 BOM that are nearly all printable ASCII (and hardly any zero bytes,
# which UTF-16 Latin text has every other byte) are 8-bit text behind a stray BOM.
ASCII_SHARE_OF_8BIT = 0.9
ZERO_SHARE_OF_UTF16 = 0.05
_UNREADABLE = frozenset({"Cn", "Co", "Cs"})  # unassigned, private use, surrogate


def _junk_after_bom(payload: bytes, encoding: str, text: str) -> bool:
    """Whether a text decoded by its BOM holds characters no text has, or, for UTF-16, was
    written in an 8-bit encoding."""
    if any(unicodedata.category(c) in _UNREADABLE for c in text):
        return True
    if encoding == "utf-16" and payload:
        ascii_bytes = sum(32 <= b < 127 or b in (9, 10, 13) for b in payload)
        zeros = payload.count(0)
        return ascii_bytes >= ASCII_SHARE_OF_8BIT * len(payload) and zeros < ZERO_SHARE_OF_UTF16 * len(
            payload
        )
    return False


def _guess_decode(data: bytes, source: str) -> str:
    """Bytes that are not UTF-8: UTF-8 with its stray bytes as Windows-1252 when they read as
    Western text, else charset-normalizer's best guess; either way a warning names the file."""
    western = _as_western(data)
    if western is not None:
        text, stray, utf8_chars = western
        if utf8_chars:
            log.warning(
                "%s: not valid UTF-8; read as UTF-8 with %d byte%s as Windows-1252 (a guess)",
                source,
                stray,
                "" if stray == 1 else "s",
            )
        else:
            log.warning("%s: not UTF-8; read as Windows-1252 (a guess)", source)
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "looks like binary data, not text")
    log.warning("%s: not UTF-8; read as %s (a guess)", source, best.encoding)
    return str(best)


# Non-ASCII characters of Western text beside Latin letters: typographic punctuation (dashes,
# quotation marks, bullets, ellipsis), no-break space, degree, pound, euro, copyright.
_WESTERN_SIGNS = frozenset("\u00a0\u00b0\u00a3\u20ac\u00a9") | {chr(c) for c in range(0x2010, 0x2028)}
# At most this share of a text's letters may come from the stray bytes: more means a whole
# other alphabet (Cyrillic, Greek or Chinese bytes read as Latin letters).
STRAY_SHARE_OF_LETTERS = 0.3
_ESCAPED = re.compile("[\udc80-\udcff]")


def _as_western(data: bytes) -> tuple[str, int, int] | None:
    """UTF-8 with each byte that is not UTF-8 read as Windows-1252 (a superset of Latin-1; its
    five unused bytes as Latin-1), when those bytes read as Western text: Latin letters or
    typographic punctuation, a small share of the letters. Returns the text, the number of
    stray bytes and the number of multi-byte UTF-8 characters, or None."""
    escaped = data.decode("utf-8", errors="surrogateescape")  # a stray byte b -> U+DC00 + b
    utf8_chars = sum(ord(c) > 127 and not _ESCAPED.match(c) for c in escaped)
    stray: list[str] = []

    def as_cp1252(m: re.Match[str]) -> str:
        byte = bytes([ord(m.group()) - 0xDC00])
        stray.append(byte.decode("cp1252", errors="ignore") or byte.decode("latin-1"))
        return stray[-1]

    text = _ESCAPED.sub(as_cp1252, escaped)
    letters = sum(c.isalpha() for c in text)
    if len(stray) > STRAY_SHARE_OF_LETTERS * max(letters, 1):
        return None
    if all("LATIN" in unicodedata.name(c, "") or c in _WESTERN_SIGNS for c in set(stray)):
        return text, len(stray), utf8_chars
    return None


# --- readers -------------------------------------------------------------------------------

ReadResult = Article | InputError


def read_text_file(path: str, data: bytes) -> Iterator[ReadResult]:
    yield article_from_text(path, decode(data, path))


def read_html(path: str, data: bytes) -> Iterator[ReadResult]:
    from .html import read_page

    page = read_page(path, data)
    yield article_from_text(
        path,
        page.text,
        title=page.title,
        authors=page.authors,
        published=page.published,
        updated=page.updated,
        url=page.url,
        guess_title=False,
        headings=page.headings,
    )


# Field names of common scrapers and schemas, in order of preference: our own and
# newspaper3k's / trafilatura's, news-please's ("maintext", "date_publish") and schema.org's
# NewsArticle as the Zyte API writes it ("articleBody", "datePublished", "headline"). The
# text's further names are those hand-written scrapers and news datasets use: "body" and
# "content" (Scrapy tutorials, CMS exports), "article" (CNN/DailyMail), "full_text", "story".
TEXT_FIELDS = ("text", "maintext", "articleBody", "body", "content", "full_text", "article", "story")
DATE_FIELDS = ("published", "date", "date_publish", "publish_date", "datePublished", "published_at")
UPDATED_FIELDS = ("updated", "dateModified", "date_modify", "modified", "updated_at")
TITLE_FIELDS = ("title", "headline")
AUTHOR_FIELDS = ("authors", "author")


def _first(record: dict[str, Any], names: tuple[str, ...], empty: bool = False) -> tuple[str, Any]:
    """The first of the named fields the record has with a value (an empty one too if `empty`)."""
    for name in names:
        value = record.get(name)
        if value is not None and (empty or value not in ("", [])):
            return name, value
    return names[0], None


_TEXT_FIELD_LIST = ", ".join(f'"{name}"' for name in TEXT_FIELDS)


def _text_field(record: dict[str, Any]) -> tuple[str, Any]:
    """The first text field holding text, else the first present (for its error): a record may
    hold its story under one name and something else under another ("content": a list of
    blocks, "text": "" beside "body")."""
    present = [(name, record[name]) for name in TEXT_FIELDS if record.get(name) is not None]
    texts = [(name, value) for name, value in present if isinstance(value, str) and value.strip()]
    return (texts or present or [(TEXT_FIELDS[0], None)])[0]


def _author_names(value: Any) -> list[str]:
    """Author names from a string, a list of strings, or schema.org Person objects."""
    items = value if isinstance(value, (list, tuple)) else [value]
    names = [item.get("name") if isinstance(item, dict) else item for item in items]
    return [str(name).strip() for name in names if isinstance(name, (str, int)) and str(name).strip()]


def record_to_article(record: Any, source: str, line: int | None) -> Article:
    """An Article from a JSON record with a text field and optional metadata fields."""
    if not isinstance(record, dict):
        raise InputError(source, "record is not a JSON object", line)
    field_name, text = _text_field(record)
    if text is None:
        raise InputError(source, f"record has no text field (one of {_TEXT_FIELD_LIST})", line)
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
        authors=clean_authors(_author_names(_first(record, AUTHOR_FIELDS)[1]), keep_unread=True),
        published=published,
        updated=parse_published(_first(record, UPDATED_FIELDS)[1]),
        sentence_headlines=False,  # a record's title is a field: its text opens with the story
        url=str(url) if url else None,
    )


def json_problem(exc: json.JSONDecodeError) -> str:
    """ "invalid JSON: Expecting value at column 9": the parser's message with its column (some
    of its messages end in "at" and expect the position after them)."""
    joiner = " column" if exc.msg.endswith(" at") else " at column"
    return f"invalid JSON: {exc.msg}{joiner} {exc.colno}"


def read_json(path: str, data: bytes) -> Iterator[ReadResult]:
    text = decode(data, path)
    stripped = text.lstrip()
    if path.endswith(".json") and stripped.startswith("["):
        try:
            records = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(path, json_problem(exc), exc.lineno) from None
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
            yield InputError(path, json_problem(exc), n)
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
    except Exception as exc:  # a library failing on one file (lxml, trafilatura) costs only that file
        log.debug("reading %s failed", path, exc_info=True)
        first_line = (str(exc).strip().splitlines() or [""])[0][:200]
        yield InputError(path, f"cannot read this file ({type(exc).__name__}: {first_line})")


def files_below(folder: str, others: list[str] | None = None) -> Iterator[str]:
    """Supported files below a folder in sorted order; symbolic links to folders are not followed.

    Files of other types (hidden files aside) are appended to `others` when it is given."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            if name.startswith("."):
                continue
            if name.lower().endswith(SUPPORTED_SUFFIXES):
                yield os.path.join(root, name)
            elif others is not None:
                others.append(os.path.join(root, name))


# How many of a folder's unread files the warning names before it says "and N more".
NAMED_OTHERS = 3


def _warn_others(folder: str, others: list[str]) -> None:
    """One warning line for the files of other types a folder holds, so none goes unnoticed."""
    if not others:
        return
    names = ", ".join(os.path.relpath(p, folder) for p in others[:NAMED_OTHERS])
    more = f" and {len(others) - NAMED_OTHERS} more" if len(others) > NAMED_OTHERS else ""
    log.warning(
        "%s: %d file(s) of other types not read (%s%s); newscli reads %s",
        folder,
        len(others),
        names,
        more,
        ", ".join(SUPPORTED_SUFFIXES),
    )


def read_inputs(paths: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[ReadResult]:
    """Articles from paths (files, folders, or '-' for standard input), in order."""
    for path in paths:
        if path == "-":
            data = stdin.read() if stdin is not None else b""
            try:
                yield article_from_text("<stdin>", decode(data, "<stdin>"), sentence_headlines=False)
            except InputError as exc:
                yield exc
        elif os.path.isdir(path):
            found = False
            others: list[str] = []
            for file_path in files_below(path, others):
                found = True
                yield from read_file(file_path)
            _warn_others(path, others)
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
    if not published:
        return article
    span = article.published_span if _same_day(article.published, published) else None
    return replace(article, published=published, published_span=span)
