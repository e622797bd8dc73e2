"""Web pages: the article text and metadata as trafilatura and htmldate read them.

trafilatura finds the main text and the page's metadata; htmldate (which trafilatura uses
for its date) gives the publication date with its clock time and zone, and the date of the
last update. What this module adds is what a news reader expects of those fields: a title
without the site's name, authors who are people rather than the publisher, paragraphs kept
apart on short pages, and sub-headings kept out of the story text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .. import lexicon
from ..errors import InputError
from .byline import HeadLine, clean_authors, read_head_line
from .stamps import parse_published

# Separators between a title and the site's name ("Title | Site", "Site - Title").
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\u2022\u00b7:\u2013\u2014-]|::)\s+")
# trafilatura falls back to a run-together "baseline" text when its extraction is shorter
# than this config value (250 characters): short news briefs came out as one paragraph.
# Asked again with this minimum, it keeps their paragraphs.
SHORT_PAGE_MIN_EXTRACTED = "1"
_DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
# A page filled in by its scripts holds its story only in the JSON-LD "articleBody"; the
# extractor then finds a caption or a teaser. Below this share of the declared body, the
# declared body is the text (a page whose extraction is whole reads at least as long).
LD_BODY_MIN_SHARE = 0.5
# <meta name="…"> fields (lower case) that name the publisher or the rights holder.
_PUBLISHER_FIELDS = frozenset(
    {"publisher", "copyright", "dc.publisher", "dcterms.publisher", "dcterms.rightsholder"}
)
_LD_PUBLISHER = re.compile(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"')
# What surrounds a publisher's name in a rights line: the sign, the word, years, the address.
_COPYRIGHT_NOISE = re.compile(
    r"\(.*?\)|\u00a9|&copy;|\(c\)|\bcopyright\b|\b\d{4}\b|all rights reserved", re.I
)
# A page's line of its last update ("Updated 16:20 CET, Thu 15 Jan 2026") is at most this long;
# a longer text that holds the word is story or a list of other stories.
UPDATE_LINE_MAX_CHARS = 120
_LOWER = "translate(., 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
# A title piece that is a date stamp and nothing else: digits, month words and separators.
_STAMP_PIECE = re.compile(r"(?=.*\d{4})[\w.,/ -]{6,30}")


@dataclass(frozen=True)
class Page:
    """What a page holds: text (one paragraph a block), metadata, and its sub-headings."""

    text: str
    title: str | None
    authors: tuple[str, ...]
    published: str | None
    updated: str | None
    url: str | None
    headings: frozenset[str]


def _key(name: str) -> str:
    """A site name or host as compared: 'The Valley Courier', 'www.valleycourier.com' ->
    'valleycourier'."""
    name = name.lower()
    name = re.sub(r"^(?:https?://)?(?:www\d?\.)?", "", name)
    name = re.sub(r"\.(?:com|org|net|co|news|info|gov|edu|ac|[a-z]{2})(?:\.[a-z]{2})?(?:/.*)?$", "", name)
    name = re.sub(r"^the\s+", "", name)
    return re.sub(r"[^a-z0-9]", "", name)


def _is_site(piece: str, sites: Iterable[str]) -> bool:
    key = _key(piece)
    return bool(key) and any(
        site and (key == site or key.startswith(site) or site.startswith(key)) for site in sites
    )


def _publishers(tree: Any) -> list[str]:
    """Names the page gives for its publisher or rights holder ('Deutsche Welle (www.dw.com)'
    in <meta name="publisher">, '© 2020 Deutsche Welle' in <meta name="copyright">, the
    publisher of its JSON-LD), as site keys. A site known by its initials (DW) names its
    full self there, and some put that full name in <meta name="author"> too."""
    if tree is None:
        return []
    values = [
        m.get("content", "") for m in tree.iter("meta") if (m.get("name") or "").lower() in _PUBLISHER_FIELDS
    ]
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        values += _LD_PUBLISHER.findall(script)
    names = [_COPYRIGHT_NOISE.sub(" ", v) for v in values]
    return [k for k in (_key(" ".join(n.split())) for n in names) if k]


def _title_stamp(piece: str) -> str | None:
    """A title piece that is only a date ('10.06.2013', 'March 4, 2025'): its ISO date."""
    if not _STAMP_PIECE.fullmatch(piece.strip()):
        return None
    return parse_published(piece.strip())


def strip_site_name(title: str, sitename: str | None, hostname: str | None) -> str:
    """The title without the site's name at its end or start ('Title | Site', 'Site - Title')
    when that piece is the site's name or its domain.

    >>> strip_site_name("Bridge Reopens | Daily Bugle", "Daily Bugle", "dailybugle.com")
    'Bridge Reopens'
    """
    sites = [_key(s) for s in (sitename, hostname) if s]
    pieces = _TITLE_SEPARATOR.split(title.strip())
    if len(pieces) > 2 and _title_stamp(pieces[-1]) and _is_site(pieces[-2], sites):
        pieces = pieces[:-1]  # 'Title | Site | 10.06.2013': the page's date stamp after its name
    if len(pieces) > 1 and _is_site(pieces[-1], sites):
        pieces = pieces[:-1]
    if len(pieces) > 1 and _is_site(pieces[0], sites):
        pieces = pieces[1:]
    if len(pieces) == len(_TITLE_SEPARATOR.split(title.strip())):
        return title.strip()
    seps = _TITLE_SEPARATOR.findall(title.strip())
    return seps[0].join(pieces) if len(pieces) > 1 else pieces[0]


def _title_date(title: str | None, sitename: str | None, hostname: str | None) -> str | None:
    """The date stamp a title ends with after the site's name ('Title | DW | 10.06.2013')."""
    pieces = _TITLE_SEPARATOR.split((title or "").strip())
    sites = [_key(s) for s in (sitename, hostname) if s]
    if len(pieces) > 2 and _is_site(pieces[-2], sites):
        return _title_stamp(pieces[-1])
    return None


def page_authors(
    value: str | None, sitename: str | None, hostname: str | None, publishers: Iterable[str] = ()
) -> tuple[str, ...]:
    """People among a page's authors: not the publisher, its roles or credentials.

    trafilatura joins several authors with ';'; a piece naming the site (or a publisher the
    page names, as site keys from `_publishers`), an outlet or a job is dropped, and so is
    a piece that does not read as a person's name.
    """
    sites = [_key(s) for s in (sitename, hostname) if s] + list(publishers)
    out: list[str] = []
    for piece in (value or "").split(";"):
        piece = piece.strip()
        if not piece or _is_site(piece, sites):
            continue
        for name in clean_authors([piece], keep_unread=False):
            if name not in out and not _is_site(name, sites):
                out.append(name)
    return tuple(out)


def _page_dates(tree: Any, url: str | None) -> tuple[str | None, str | None]:
    """Publication date (with time and zone when the page gives them) and update date."""
    from htmldate import find_date
    from trafilatura.settings import set_date_params

    params = set_date_params(extensive=True)
    published = find_date(tree, **{**params, "outputformat": _DATETIME_FORMAT, "url": url})
    params["original_date"] = False
    updated = find_date(tree, **{**params, "outputformat": _DATETIME_FORMAT, "url": url})
    published, updated = _stamp(published), _stamp(updated)
    if updated and published and updated[:10] <= published[:10]:
        updated = None  # the same day, or no later than the publication: no update to tell
    return published, updated


def _later(updated: str | None, published: str | None) -> str | None:
    """An update that tells something after the publication: a later day, or a time on its day
    when the publication gives only the day."""
    if not updated or not published:
        return updated
    if updated[:10] < published[:10] or updated == published:
        return None
    return None if updated[:10] == published[:10] and "T" in published and updated <= published else updated


def _stamp(value: str | None) -> str | None:
    """An htmldate stamp as ISO 8601; a midnight without a zone means only a date was known."""
    if not value:
        return None
    if value.endswith("T00:00:00"):
        return value[:10]
    return parse_published(value)


def _update_words() -> list[str]:
    """The words that label an update in byline_labels.tsv ("updated", "modified", ...)."""
    labels = [label for label, role in lexicon.mapping("byline_labels").items() if role == "updated"]
    return sorted({word for label in labels for word in label.split() if word not in ("last", "on", "at")})


def _update_line(tree: Any) -> tuple[Any, HeadLine] | None:
    """The element of a page that holds its line of the last update ("Updated 16:20 CET, Thu 15
    Jan 2026", also split over spans), and that line as a head line with its update date.
    Extractors leave such a line out of the story text with the rest of the byline."""
    if tree is None:
        return None
    words = " or ".join(f"contains({_LOWER}, '{word}')" for word in _update_words())
    for node in tree.xpath(f"//body//text()[{words}]"):
        element = node.getparent()
        if element is None or element.tag in ("script", "style", "noscript"):
            continue
        while element.getparent() is not None and len(_text_of(element.getparent())) <= UPDATE_LINE_MAX_CHARS:
            element = element.getparent()  # '<p><b>Updated</b> <time>16:20 CET …</time></p>'
        text = _text_of(element)
        line = read_head_line(text) if len(text) <= UPDATE_LINE_MAX_CHARS else None
        if line is not None and line.updated is not None and line.updated.value:
            return element, line
    return None


def _text_of(element: Any) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _without(tree: Any, element: Any) -> None:
    """Take an element out of the tree, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        before = element.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _ld_article_body(tree: Any) -> str | None:
    """The longest "articleBody" the page declares in its JSON-LD (schema.org NewsArticle)."""
    import json

    bodies: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            if isinstance(node.get("articleBody"), str):
                bodies.append(node["articleBody"])
            walk(node.get("@graph"))

    for script in tree.xpath('//script[@type="application/ld+json"]/text()') if tree is not None else ():
        try:
            walk(json.loads(script))
        except ValueError:
            continue  # a broken block of metadata costs only itself
    return max(bodies, key=len, default=None)


def _extract(data: bytes) -> Any:
    import trafilatura

    options: dict[str, Any] = {"with_metadata": True, "include_comments": False, "include_tables": False}
    doc: Any = trafilatura.bare_extraction(data, **options)
    text = getattr(doc, "text", None) or ""
    if doc is not None and "\n" not in text.strip() and len(re.findall(rb"<p[\s>]", data, re.IGNORECASE)) > 1:
        from trafilatura.settings import use_config

        config = use_config()
        config["DEFAULT"]["MIN_EXTRACTED_SIZE"] = SHORT_PAGE_MIN_EXTRACTED
        again: Any = trafilatura.bare_extraction(data, config=config, **options)
        if again is not None and "\n" in (again.text or "").strip():
            doc = again
    return doc


def read_page(path: str, data: bytes) -> Page:
    """The article of an HTML page.

    Raises:
        InputError: the page is empty or holds no article text.
    """
    import trafilatura

    if not data.strip():
        raise InputError(path, "empty file")
    doc = _extract(data)
    if doc is None or not (doc.text or "").strip():
        raise InputError(path, "no article text found in this HTML page")
    tree = trafilatura.load_html(data)
    update_line = _update_line(tree)
    if update_line is not None:  # htmldate would take the update for the publication date
        _without(tree, update_line[0])
    published, updated = _page_dates(tree, doc.url) if tree is not None else (None, None)
    if update_line is None and (published is None or (doc.date and published[:10] != doc.date[:10])):
        published = parse_published(doc.date)  # (trafilatura's date read the update line too)
    if update_line is not None:
        line = update_line[1]
        published = (line.published.value if line.published else None) or published
        updated = _later(line.updated.value if line.updated else None, published)
    stamped = _title_date(doc.title, doc.sitename, doc.hostname)
    if stamped and (published is None or published[:10] != stamped):
        # The date a site prints in its own title ('Title | DW | 10.06.2013') is the page's;
        # htmldate can take one from a list of other stories on the page instead.
        published = stamped
    # Pieces joined with a space: a heading broken with <br> reads 'cuts' + 'strand', not 'cutsstrand'.
    headings = frozenset(" ".join(" ".join(h.itertext()).split()) for h in doc.body.iter("head"))
    title = strip_site_name(doc.title, doc.sitename, doc.hostname) if doc.title else None
    text = doc.text
    declared = _ld_article_body(tree)
    if declared and len(text.strip()) < LD_BODY_MIN_SHARE * len(declared.strip()):
        text, headings = declared, frozenset()
    return Page(
        # trafilatura puts one paragraph per line; blank lines make paragraphs explicit.
        text="\n\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip()),
        title=title or None,
        authors=page_authors(doc.author, doc.sitename, doc.hostname, _publishers(tree)),
        published=published,
        updated=updated,
        url=doc.url or None,
        headings=headings - {title or ""},
    )
