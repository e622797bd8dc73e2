"""Bylines and date lines: who wrote an article and when, as its head says.

One line of an article's head may hold authors, an outlet or role, a publication date and an
update date, in any order and with any separator ("By Ann Lee and Bo Park | Reuters |
March 4, 2025 3:12 PM EDT", "Posted 4 March 2025 · Updated 5 March", "Jane Doe, Health
Editor"). `read_head_line` reads one line; `layout.parse_layout` puts the lines of a head
together. The words these rules know are data in the lexicon: byline_labels.tsv (Posted,
Updated ...), byline_roles.tsv, news_outlets.txt, outlet_words.txt, unsigned_bylines.txt.
Credentials and name suffixes come from nameparser's lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from .stamps import Stamp, find_stamps, relative_stamps

# A byline is short: a longer line is prose even when it names people and a date.
MAX_BYLINE_CHARS = 200
# A person's name in a byline has two to five words ("Ann Lee", "Mary-Kate van der Berg");
# a single word is an outlet, a section or a nickname far more often than an author.
NAME_WORDS = (2, 5)
# After an explicit "By" a single word may be a one-name author ("By Banksy", "By Zendaya"),
# once outlets, roles, unsigned credits, dates and acronyms are ruled out. An all-capital
# word of up to this many letters is an acronym (an outlet such as "AFP"), not a name.
ACRONYM_MAX_LETTERS = 5
# An outlet or a job in a byline is a short phrase ("Senior Political Correspondent",
# "Metro News Service"); a longer piece is prose.
CREDIT_MAX_WORDS = 6
# A place beside a date in a byline ("Mumbai | 4 May 2026", "By Ann Lee | Sydney | …") is where
# the story was filed: a city a reader knows (the entity gazetteer's size for a city alone), a
# country or a state; a smaller town's name is a person's or a word as often.
PLACE_POPULATION = 100_000
# A job whose field the lexicon does not know ("Maritime Correspondent", "Wine Critic") is a
# head noun and one or two words before it; three unknown words and a head read as a name.
ROLE_WITH_UNKNOWN_WORDS = 3

_BY = re.compile(
    r"^\s*(?:(?:(?:written|words|story|text|reporting|posted|published|compiled)\s+)?by\b|byline\s*:)[:\s]*",
    re.IGNORECASE,
)
# What joins names to the date after them: "Posted by Ravi Menon on March 4, 2025".
_JOINING_TAIL = re.compile(r"\s+(?:on|at)$", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s+[|\u2022\u00b7\u2013\u2014/]\s+|\s+-\s+|\s*\|\s*|\s*[\u2022\u00b7]\s*")
_LIST = re.compile(r"\s*(?:,\s*and\b|,|;|\band\b|&|\bwith\b|[()])\s*", re.IGNORECASE)
_GENERATION = re.compile(r"(?:jr|sr|jnr|snr|junior|senior|[ivx]{1,4})\.?", re.IGNORECASE)
_PLACE_TAIL = re.compile(r"\s+(?:in|at|from)\s+[A-Z][\w.'\- ]*$")
READING_TIME = re.compile(r"\d+\s*(?:min(?:ute)?s?|hours?)\.?\s+(?:read|listen|watch)", re.IGNORECASE)
_REPORTING_FROM = re.compile(r"(?:reporting|writing)\s+from\s+[A-Z]", re.IGNORECASE)
_DOMAIN = re.compile(
    r"(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|org|net|co\.uk|co|in|news|info)", re.IGNORECASE
)
_NOT_IN_BYLINES = '?!"\u201c\u201d'
# A nickname in quotation marks between the names of a person ('Oluwaseun "Seun" Bakare'):
# the only quotation marks a byline holds.
_QUOTED_WORD = r'["\u201c][A-Z][\w\'\u2019\-]*["\u201d]'
_NICKNAME = re.compile(rf"(?<=\w ){_QUOTED_WORD}(?= [A-Z])")
_FUNCTION_WORDS = frozenset({"and", "of", "the", "for", "at", "a", "on"})
_MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)|[*_#>`]")


@dataclass(frozen=True)
class HeadLine:
    """What one line of an article's head says.

    kind: "byline" (opens with "By", or names people beside a date or a role), "date" (a
    date line), "credit" (an outlet or a role alone: "Associated Press"), "names" (names
    alone, a byline only beside another head line), "unsigned" ("Staff", "Editorial Board"),
    "furniture" ("6 min read", "Reporting from Queens").
    Stamps' offsets are into the line.
    """

    kind: str
    authors: tuple[str, ...] = ()
    published: Stamp | None = None
    updated: Stamp | None = None


@cache
def _labels() -> re.Pattern[str]:
    labels = lexicon.alternation(lexicon.mapping("byline_labels"))
    return re.compile(rf"(?:^|(?<=\s)|(?<=[|:]))(?P<label>{labels})\s*(?:[:\-]\s*)?$", re.IGNORECASE)


def _plain(line: str) -> str:
    """The line without Markdown markup, the same length, so offsets still hold."""
    return _MARKUP.sub(
        lambda m: (
            " " * len(m.group())
            if m.group(1) is None
            else " " + m.group(1) + " " * (len(m.group()) - len(m.group(1)) - 1)
        ),
        line,
    )


def _is_outlet(piece: str) -> bool:
    """'Reuters', 'The Valley Gazette', 'Metro News Service', 'CNN Business': a named outlet,
    a name whose last word is an outlet's ('Emily Post' is a person: 'post' is not such a
    word), or one led by a broadcaster's acronym."""
    key = re.sub(r"\s+", " ", piece.strip(" ()").lower())
    if key in lexicon.words("news_outlets") or _DOMAIN.fullmatch(key):
        return True
    words = re.findall(r"[a-z][a-z\-]*", key)
    if not 0 < len(words) <= CREDIT_MAX_WORDS:
        return False
    first = piece.split()[0].strip("()")
    acronym = (
        1 < len(first) <= 5
        and first.isupper()
        and not piece.isupper()
        and not _GENERATION.fullmatch(first)
        and all(w[0].isupper() for w in piece.split())  # a name: "CNN Business", not "NSA leaker"
    )
    return acronym or words[-1] in lexicon.words("outlet_words")  # "CNN Business", "Valley News"


def _is_role(piece: str) -> bool:
    """'Health Editor', 'Maritime Correspondent': a job, not a person. A job is made only of
    the words of jobs ('Senior Political Correspondent'), or is short and ends in its head
    noun ('Maritime Correspondent')."""
    roles = lexicon.mapping("byline_roles")
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", piece)]
    if (
        "," in piece
        or not 0 < len(words) <= CREDIT_MAX_WORDS
        or not any(roles.get(w) == "head" for w in words)
    ):
        return False
    if all(w in roles or w in _FUNCTION_WORDS for w in words):
        return True
    return roles.get(words[-1]) == "head" and len(words) <= ROLE_WITH_UNKNOWN_WORDS


def _is_unsigned(piece: str) -> bool:
    key = re.sub(r"\s+", " ", _BY.sub("", piece).strip(" .,:()").lower())
    return key in lexicon.words("unsigned_bylines")


def _is_credential(piece: str) -> bool:
    from nameparser.config import CONSTANTS

    tokens = piece.split()
    return bool(tokens) and all(
        t.replace(".", "").lower() in CONSTANTS.suffix_acronyms and sum(c.isupper() for c in t) >= 2
        for t in tokens
    )


def _one_name(word: str) -> str | None:
    """A single-word author after "By" ("Banksy"; "BANKSY" printed "Banksy"), or None for a
    date word ("By Friday"), an acronym ("AFP") or anything but a capitalised word."""
    letters = word.strip(".,")
    key = letters.lower()
    if (
        not re.fullmatch(r"[A-Z][A-Za-z\u00c0-\u024f'\u2019\-]+", letters)
        or (letters.isupper() and len(letters) <= ACRONYM_MAX_LETTERS)
        or key in lexicon.mapping("months")
        or key in lexicon.mapping("weekdays")
        or key in lexicon.mapping("holidays")
        or key in _FUNCTION_WORDS
        or key in lexicon.words("page_furniture")
    ):
        return None
    return letters.capitalize() if letters.isupper() else letters


@cache
def _honorifics() -> frozenset[str]:
    """Titles a byline may put before an author's name (titles.tsv, kind honorific: Dr, Prof,
    Mr, Sir ...)."""
    return frozenset(key for key, values in lexicon.table("titles").items() if values[1] == "honorific")


def _person(piece: str, *, signed: bool = False) -> str | None:
    """The name in a piece of a byline, or None when the piece is not a person's name; after
    an explicit "By" (`signed`) one word may be a whole name."""
    piece = _PLACE_TAIL.sub("", piece.strip(" ,;:()")).strip()
    words = piece.split()
    if words and words[-1].endswith(".") and not (_GENERATION.fullmatch(words[-1]) or len(words[-1]) == 2):
        words[-1] = words[-1].rstrip(".")  # a sentence's full stop, not "Jr." or an initial
    while len(words) > 1 and _is_credential(words[-1]):
        words.pop()  # "Tara Quist MD"
    while len(words) > NAME_WORDS[0] and words[0].rstrip(".").lower() in _honorifics():
        words.pop(0)  # "Dr. Ann Lee": the name is Ann Lee, as the entities name people
    if len(words) == 1 and signed:
        return _one_name(words[0])
    if not NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] or words[0].lower() == "the":
        return None  # a name has two to five words, and no article before it
    from nameparser.config import CONSTANTS

    shouting = " ".join(words).isupper()
    for word in words:
        if re.fullmatch(_QUOTED_WORD, word):
            word = word[1:-1]
        letters = word.strip(".,'\u2019-")
        if not letters or any(c.isdigit() for c in word):
            return None
        if not shouting and len(letters) > 1 and letters.isupper() and not _GENERATION.fullmatch(letters):
            return None  # "CNN Business": an acronym is an outlet's, not a person's name
        if not (letters[0].isupper() or letters.lower() in CONSTANTS.prefixes or _GENERATION.fullmatch(word)):
            return None
    name = " ".join(words)
    if name.isupper():  # wire style "JANE DOE": print it as a name
        from nameparser import HumanName

        parsed = HumanName(name)
        parsed.capitalize(force=True)
        name = str(parsed)
    return name


def split_authors(text: str, *, signed: bool = False) -> tuple[tuple[str, ...], bool] | None:
    """People named in the author part of a byline, and whether it also names an outlet or
    a role; None when a piece is neither a person nor something a byline adds (an outlet,
    a role, a credential, "Staff"). `signed`: the text followed an explicit "By", where a
    single word may be a one-name author ("By Banksy").

    >>> split_authors("Harold Penn Jr., Tara Quist, MD, and Leo Santangelo")
    (('Harold Penn Jr.', 'Tara Quist', 'Leo Santangelo'), False)
    """
    names: list[str] = []
    credit = False
    for raw in _LIST.split(text.strip(" ,;:")):
        piece = raw.strip(" .,;:")
        if not piece:
            continue
        if _GENERATION.fullmatch(raw.strip(" ,;:")) and names:
            names[-1] += " " + raw.strip(" ,;:")  # "Harold Penn, Jr."
            continue
        if _is_credential(piece) or _is_unsigned(piece) or _is_outlet(piece) or _is_role(piece):
            credit = credit or not _is_credential(piece)
            continue
        if signed and names and _is_place(piece):
            continue  # "By Priya Nair, Mumbai": where she filed from ("NAIROBI, Kenya" is a dateline)
        name = _person(raw.strip(" ,;:"), signed=signed)
        if name is None:
            return None
        names.append(name)
    return tuple(names), credit


def clean_authors(values: list[str], *, keep_unread: bool) -> tuple[str, ...]:
    """Authors given as metadata, read as a byline is: 'By Ann Lee, Reuters' is Ann Lee;
    'Ann Lee and Bo Park' two people. A value that reads as no person is kept as given when
    `keep_unread` (a record's own field), else dropped (a page's author field often holds
    the publisher or a slogan)."""
    out: list[str] = []
    for value in values:
        found = split_authors(_BY.sub("", value.strip()), signed=bool(_BY.match(value)))
        names = found[0] if found is not None else ((value.strip(),) if keep_unread else ())
        out += [name for name in names if name and name not in out]
    return tuple(out)


def _stamps_with_labels(plain: str) -> tuple[list[tuple[Stamp, str, int]], str]:
    """Each stamp with the date it gives (published/updated) and where its label starts;
    and the line with the stamps and their labels blanked."""
    out = []
    rest = list(plain)
    for stamp in find_stamps(plain):
        m = _labels().search(plain, 0, stamp.start)
        role, start = "published", stamp.start
        if m and not plain[m.end() : stamp.start].strip(" :-"):
            role = lexicon.mapping("byline_labels")[re.sub(r"\s+", " ", m.group("label").lower())]
            start = m.start()
        out.append((stamp, role, start))
        rest[start : stamp.end] = " " * (stamp.end - start)
    blanked = "".join(rest)
    for m in relative_stamps(blanked):  # a second, relative stamp: "… GMT+1 Updated 2 hours ago"
        label = _labels().search(blanked, 0, m.start())
        start = label.start() if label and not blanked[label.end() : m.start()].strip(" :-") else m.start()
        rest[start : m.end()] = " " * (m.end() - start)
    return out, "".join(rest)


def _is_place(piece: str) -> bool:
    """'Mumbai', 'NEW DELHI', 'Sydney, Australia': where a byline says the story was filed,
    as the places gazetteer knows it."""
    from ..extract.entities.places import is_place

    parts = [p.strip(" .") for p in piece.split(",")]
    return all(p and p[0].isupper() and is_place(p, population=PLACE_POPULATION) for p in parts)


def _skipped(piece: str) -> bool:
    """Pieces a byline carries that say nothing of author or date: '4 min read', 'Share',
    'Reporting from Nairobi'."""
    return (
        not piece.strip(".")
        or bool(READING_TIME.fullmatch(piece) or _REPORTING_FROM.match(piece))
        or piece.lower() in lexicon.words("page_furniture")
    )


def read_head_line(line: str) -> HeadLine | None:
    """What a line of an article's head says, or None when it is not a head line."""
    if not line.strip() or len(line) > MAX_BYLINE_CHARS:
        return None
    stamps, rest = _stamps_with_labels(_plain(line))
    if any(mark in _NICKNAME.sub("", rest) for mark in _NOT_IN_BYLINES):
        return None  # a question, an exclamation or a quotation is a headline or prose
    published = next((s for s, role, _ in stamps if role == "published"), None)
    updated = next((s for s, role, _ in stamps if role == "updated"), None)
    authors: list[str] = []
    signed = unsigned = named = credit = skipped = False
    pieces = [_JOINING_TAIL.sub("", p.strip(" ,:;()")).strip(" ,:;()") for p in _SEPARATOR.split(rest)]
    if stamps or any(_BY.match(p) for p in pieces):  # a place alone on its line is no byline
        pieces = [p for p in pieces if not _is_place(p)]
    for piece in pieces:
        if _skipped(piece):
            skipped = skipped or bool(piece)
            continue
        if _BY.match(piece) or _is_unsigned(piece):
            signed = True
            unsigned = unsigned or _is_unsigned(piece)
            found = split_authors(_BY.sub("", piece), signed=bool(_BY.match(piece)))
            if found is None and not stamps:
                return None  # "By the river ..." is a sentence; "March 4 by admin" a date line
            authors += found[0] if found else ()
        elif _is_outlet(piece) or _is_role(piece) or _is_credential(piece):
            credit = True
        else:
            found = split_authors(piece)
            if not found or not found[0]:
                return None
            named = True
            credit = credit or found[1]
            authors += found[0]
    line_ = _head_line(signed, unsigned, named, credit, bool(stamps), authors, published, updated)
    return line_ or (HeadLine("furniture") if skipped else None)


def _head_line(
    signed: bool,
    unsigned: bool,
    named: bool,
    credit: bool,
    dated: bool,
    authors: list[str],
    published: Stamp | None,
    updated: Stamp | None,
) -> HeadLine | None:
    if signed or (named and (dated or credit)):
        kind = "unsigned" if unsigned and not authors else "byline"
    elif dated:
        kind = "date"
    elif named:
        kind = "names"
    elif credit:
        kind = "credit"
    else:
        return None
    return HeadLine(kind, tuple(dict.fromkeys(authors)), published, updated)
