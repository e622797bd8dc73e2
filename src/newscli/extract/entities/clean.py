"""The recogniser's spans, cleaned into mentions.

Determiners, possessives, titles and stray punctuation come off; a possessor ("Morsi" in
"Morsi's Muslim Brotherhood") and coordinated names ("Chatly and Pictogram") become mentions of
their own; a name runs on over a company form the recogniser stopped before ("Tallis" +
"Robotics"); a name never runs over a line break or a spaced dash.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ... import lexicon
from ...articles.layout import TRANSCRIPT, turns
from .. import doc_text
from .label import (
    SCORE_DASHES,
    apposition_kind,
    context_evidence,
    form_label,
    place_kind,
    quoted_whole,
    repair_label,
)
from .mention import RawMention
from .places import is_language, is_place
from .vocab import (
    CONNECTORS,
    DEMONYMS,
    DETERMINERS,
    EVENT_HEADS,
    GROUP_POSSESSORS,
    HONORIFICS,
    INSTITUTION_HEADS,
    NUMERIC_LABELS,
    OFFICES,
    PERSON_TITLES,
    PLACE_PREPOSITIONS,
    PUBLICATION_HEADS,
    QUOTE_CHARS,
    ROLE_NOUNS,
    SURNAME_PARTICLES,
    TEMPORAL_LABELS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    bare,
    is_facility_head,
    is_org_head,
    is_title,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019", "s"}
# Capitalised words a name may run on over to reach an organisation's head the recogniser
# left out ("Attorney's Office"); further on it is another name.
EXTENSION_WORDS = 3
# Words a title before a name may run to ("Assistant U.S. Attorney", "Deputy Chief Financial
# Officer"); further back the words belong to the sentence.
TITLE_WORDS_MAX = 5
_POSSESSIVE_S = frozenset({"'s", "\u2019s"})
_TAIL_LABELS = frozenset({"ORG", "GPE", "PERSON", "NORP", "FAC", "LOC"})
_COORDINATORS = frozenset({"and", "or"})
# Marks that are part of a quantity, not stray punctuation: "12%", "2% to 4%".
_KEPT_MARKS = frozenset({"%", "\u2030"})
_INDEFINITE = frozenset({"a", "an"})
_OPENING_PUNCT = QUOTE_CHARS + "(\u2013\u2014-"
# Time zones as bylines and clocks write them ("5 p.m. UTC"): the one list, shared with dates.
_TIME_ZONES = frozenset(lexicon.table("time_zones"))
# A reference to a page of a paper ("Page A8", "page 3", "Pages B1"): no name.
_PAGE_REFERENCE = re.compile(r"(?:Page|Pages|PAGE)\s+[A-Z]?\d+[A-Z]?")


def opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token i starts a sentence, read from punctuation and line breaks alone (so the
    answer is the same whether or not the parser ran)."""
    j = i - 1
    while j >= 0 and doc[j].text in QUOTE_CHARS + "(":
        j -= 1
    return j < 0 or doc[j].is_space or "\n" in doc[j].whitespace_ or doc[j].text in (".", "!", "?", ":")


def _modifier(tok: Token) -> bool:
    """A capitalised word that can qualify a title ("City" Manager, "Environment" Minister), or
    the country or nation of an office ("U.S." District Judge, "Welsh" First Minister, whatever
    the model called them): not another name the recogniser found ("Microsoft CEO", "Labour MP"
    keep their names)."""
    if not tok.text[:1].isupper():
        return False
    return _nation(tok) or not (tok.ent_type_ or tok.is_stop or is_title(tok.text))


def _nation(tok: Token) -> bool:
    """A place the model found, a nationality or party it found ("Tory" MP, "Republican"
    Sen.), or a nationality word ("Kenyan", "Welsh": demonyms.txt or a language's name)."""
    return tok.ent_type_ in ("GPE", "NORP") or bare(tok.text) in DEMONYMS or is_language(tok.text)


def title_before(doc: Doc, start: int) -> tuple[str, int]:
    """A title phrase just before token `start`, as written ("Prime Minister", "Secretary of
    State", "Chief Financial Officer", "Assistant U.S. Attorney", "City Manager")."""
    best, best_start = "", start
    # written lower case, title words are one only when an office ends them ("chief executive
    # Harriet Vane", "federal judge Ann Carr"; not "a major donor" or "her brother")
    lower_case = start > 0 and doc[start - 1].lower_ in OFFICES
    if start > 1 and bare(doc[start - 1].text) in HONORIFICS:  # "peer Lord Smith", "MP Dame Ann Lee"
        lower_case = lower_case or doc[start - 2].lower_ in OFFICES
    i = start - 1
    while i >= 0 and start - i <= TITLE_WORDS_MAX:
        tok = doc[i]
        written = tok.text[:1].isupper() or tok.lower_ in {"of", "for", "and"}
        if not (written or (lower_case and is_title(tok.text))) or "\n" in tok.whitespace_:
            break
        if is_title(tok.text):
            between = doc[i + 1 : best_start]
            if any(t.lower_ in _COORDINATORS for t in between) and any(
                t.text[:1].isupper() and not is_title(t.text) for t in between
            ):
                break  # "Mr. Obama and Mrs. Clinton", "Sgt Ann Carr and Pc": another name's title
            best, best_start = doc[i:start].text, i
        i -= 1
    if 0 < best_start < start and (
        _modifier(doc[best_start - 1]) or (doc[best_start].is_lower and _noun_modifier(doc[best_start - 1]))
    ):
        best_start -= 1  # "City Manager Raj Patel", "Environment Minister Aden Duale", "city attorney X"
        if best_start > 0 and not _nation(doc[best_start]) and _nation(doc[best_start - 1]):
            best_start -= 1  # "U.S. District Judge", "Welsh Environment Minister"
        while (
            best_start > 0
            and doc[best_start].ent_iob_ == "I"
            and doc[best_start - 1].ent_type_ in ("GPE", "NORP")
        ):
            best_start -= 1  # the whole place or nation: "New Jersey Gov.", "South Korean President"
        best = doc[best_start:start].text
    elif (
        best_start == start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ in ROLE_NOUNS
    ):
        best, best_start = doc[start - 1].text, start - 1  # "Librarian Grace Nakamura": a job as a title
    return best, best_start


def _stacked_titles(doc: Doc, start: int, end: int) -> list[str]:
    """A title run cut before an honorific that follows an office ("Tory MP" + "Sir", "Labour
    MP" + "Dame", "Conservative peer" + "Lord"): the office and the honour are two titles, and
    neither is "MP Sir"."""
    cuts = [i for i in range(start + 1, end) if bare(doc[i].text) in HONORIFICS]
    bounds = [start, *cuts, end]
    return [doc[a:b].text for a, b in zip(bounds, bounds[1:]) if b > a]


def _noun_modifier(tok: Token) -> bool:
    """A lower-case noun naming whose office a lower-case title is ("city" attorney, "state"
    senator, "county" judge), not a role of its own."""
    return (
        tok.is_lower
        and tok.is_alpha
        and tok.tag_ == "NN"
        and not tok.is_stop
        and tok.lower_ not in ROLE_NOUNS
    )


def _split_at_breaks(span: Span) -> list[Span]:
    """A name never runs over a line break, a colon ("WALLACE: Let's start") or a dash between
    spaces ("the Minnesota Vikings - while chanting"); what follows a break is a name only when
    capitalised."""
    parts, begin = [], span.start
    for tok in span:
        dropped = tok.is_space or tok.text == ":" or _spaced_dash(tok)  # the break itself is no part
        if dropped or "\n" in tok.whitespace_:
            end = tok.i if dropped else tok.i + 1
            if end > begin:
                parts.append(span.doc[begin:end])
            begin = tok.i + 1
    if span.end > begin:
        parts.append(span.doc[begin : span.end])
    return [p for k, p in enumerate(parts) if k == 0 or looks_like_a_name(p)]


def _split_coordinated(span: Span, label: str) -> list[Span]:
    """ "Chatly and Pictogram" is two names; "Bank of America", "Procter & Gamble", "Trinidad
    and Tobago", "Bill and Melinda Gates" and "Marks and Spencer Group" stay one."""
    words = [t for t in span if not t.is_punct]
    cut = [t for t in span if t.lower_ in _COORDINATORS]
    if len(cut) != 1 or any(t.lower_ in ("of", "for", "&") for t in span) or is_org_head(words[-1].text):
        return [span]
    if quoted_whole(span.doc, span.start, span.end - 1):
        return [span]  # a title: “Salt and Iron”
    left, right = span.doc[span.start : cut[0].i], span.doc[cut[0].i + 1 : span.end]
    if not (len(left) and len(right) and looks_like_a_name(left) and looks_like_a_name(right)):
        return [span]
    if label == "PERSON" and len(left) == 1 and len(right) > 1:
        return [span]  # a couple sharing a surname
    if is_place(span.text):
        return [span]
    return [left, right]


def _split_place_in_place(span: Span) -> list[Span]:
    """ "the village of Ardnave on Islay": a place named with the place it lies in or on is two
    names, when the text calls the first a place and no gazetteer knows the whole ("Burton on
    Trent" stays); "Alice in Wonderland", which nothing calls a place, stays one."""
    doc = span.doc
    if (
        len(span) != 3
        or span[1].lower_ not in ("on", "in")
        or not (span[0].is_alpha and span[0].is_title and span[2].is_alpha and span[2].is_title)
        or is_place(span.text)
        or place_kind(doc, span.start, span.start) is None
    ):
        return [span]
    return [span[0:1], span[2:3]]


# Labels whose names hold a comma of their own: "Redmond, Washington", "Reston, Va."
_COMMA_NAME_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _split_listed(span: Span, label: str) -> list[Span]:
    """Names of a list the model ran together across its commas: "Facebook, Instagram and
    Messenger" is three names, "Java, Python, Rust" three, not "Facebook, Instagram". Only in a
    list (a comma or coordinator before or after the span), and never a place with its state or
    an institution with its campus ("University of California, Berkeley" stays one)."""
    doc = span.doc
    commas = [t for t in span if t.text == ","]
    if not commas or label in _COMMA_NAME_LABELS or any(t.lower_ in ("of", "for", "at") for t in span):
        return [span]
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    in_list = (after is not None and (after.text == "," or after.lower_ in _COORDINATORS)) or (
        before is not None and before.text == ","
    )
    cuts = [span.start - 1, *(t.i for t in commas), span.end]
    parts = [doc[a + 1 : b] for a, b in zip(cuts, cuts[1:])]
    if not in_list or not all(len(p) and _capitalised(p) for p in parts):
        return [span]
    return parts


def _capitalised(span: Span) -> bool:
    """Every word opens with a capital: names, brands written in camel case ("PostgreSQL")."""
    words = [t for t in span if t.is_alpha or t.text[:1].isalpha()]
    return bool(words) and all(t.text[0].isupper() or t.lower_ in CONNECTORS for t in words)


def looks_like_a_name(span: Span) -> bool:
    """ "Brentley Vinson", "Bank of America"; not "while chanting" or "Seventy-four years ago"."""
    words = [t for t in span if t.is_alpha]
    return (
        bool(words)
        and words[0].is_title
        and all(t.is_title or t.is_upper or t.lower_ in CONNECTORS for t in words)
    )


def _spaced_dash(tok: Token) -> bool:
    return (
        tok.text in ("-", "\u2013", "\u2014", "\u2015")
        and bool(tok.whitespace_)
        and tok.i > 0
        and bool(tok.doc[tok.i - 1].whitespace_)
    )


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Stray punctuation, quote marks and a final possessive off both ends."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].text in QUOTE_CHARS):
        start += 1
    while end > start and (
        (doc[end - 1].is_punct and doc[end - 1].text not in _KEPT_MARKS)
        or doc[end - 1].lower_ in _COORDINATORS  # "iPhone XS and": the list went on
        or doc[end - 1].is_space
        or doc[end - 1].text in QUOTE_CHARS
        or doc[end - 1].lower_ in _POSSESSIVE
    ):
        end -= 1
    if (
        end < len(doc)
        and doc[end].text == "."
        and not doc[end - 1].whitespace_
        and bare(doc[end - 1].text) in ("jr", "sr")  # not "World War II."
    ):
        end += 1  # "Ernst Vogel Sr." keeps its period
    return start, end


def _score_tail(doc: Doc, start: int, end: int, label: str) -> int:
    """A result written after a team is no part of its name: "Kelham City 2-1" is "Kelham City"."""
    if label not in _TAIL_LABELS or end - start < 4:
        return end
    a, dash, b = doc[end - 3 : end]
    if a.is_digit and b.is_digit and dash.text in SCORE_DASHES and not a.whitespace_ and not dash.whitespace_:
        return end - 3
    return end


_POST_NOMINALS = lexicon.words("post_nominals")


def _post_nominal_tail(doc: Doc, start: int, end: int, label: str) -> int:
    """Letters after a person's name are no part of it: "Aoife Brennan SC" is "Aoife Brennan"
    (post_nominals.txt; a first name and a surname stay)."""
    while label == "PERSON" and end - start > 2 and doc[end - 1].text.replace(".", "") in _POST_NOMINALS:
        end -= 1
    return end


def _third_name(doc: Doc, start: int, end: int, label: str) -> int:
    """A person's name of three single words the recogniser cut after two ("Yoon Suk" + "Yeol",
    as Korean and Vietnamese names are written): the proper noun right after it, when it stands
    alone (no capitalised word after it) and is no title, calendar word or head of another
    kind of name."""
    if label != "PERSON" or end - start != 2 or end >= len(doc) or doc[end - 1].whitespace_ != " ":
        return end
    tok = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    if (
        tok.is_title
        and tok.is_alpha
        and tok.tag_ == "NNP"
        and not (tok.ent_type_ or tok.is_stop or is_title(tok.text) or is_org_head(tok.text))
        and not is_facility_head(tok.text)
        and bare(tok.text) not in _CALENDAR_WORDS
        and (after is None or not after.text[:1].isupper())
    ):
        return end + 1
    return end


_CALENDAR_WORDS = frozenset(lexicon.mapping("months")) | frozenset(lexicon.mapping("weekdays"))


def _lowercase_tail(doc: Doc, start: int, end: int, label: str) -> int:
    """A name ends at its last capitalised word: "the FNSEA farmers' union" is "FNSEA"."""
    if label not in _TAIL_LABELS:
        return end
    last = end
    while last > start + 1 and (
        doc[last - 1].is_lower or doc[last - 1].lower_ in _POSSESSIVE or doc[last - 1].is_punct
    ):
        last -= 1
    if not doc[last - 1].whitespace_:
        return end  # "Ban Ki-moon": a hyphenated word is not cut
    return last if any(t.is_lower and t.lower_ not in CONNECTORS for t in doc[last:end]) else end


def _extend_company(doc: Doc, end: int) -> int:
    """A name runs on over capitalised words the recogniser left out when they end in a company
    form or an organisation's head ("Tallis" + "Robotics", "Harlan Motors" + "Inc.", "Dauphin
    County District" + "Attorney's Office"); not over a possessive right after the name
    ("Britain's Foreign Office" is Britain's)."""
    if end < len(doc) and doc[end].lower_ in _POSSESSIVE_S:
        return end
    best, j, words = end, end, 0
    while j < len(doc) and words < EXTENSION_WORDS:
        tok = doc[j]
        if tok.lower_ in _POSSESSIVE_S and not doc[j - 1].whitespace_:
            j += 1
            continue
        if doc[j - 1].whitespace_ != " " or not tok.text[:1].isupper() or not tok.text.rstrip(".").isalpha():
            break
        words += 1
        j += 1
        if is_org_head(tok.text):
            best = j
    return best


def _event_head_after(doc: Doc, end: int) -> bool:
    """The capitalised head of an event's name right after the span ("Month", "Festival")."""
    return (
        end < len(doc)
        and doc[end - 1].whitespace_ == " "
        and doc[end].text[:1].isupper()
        and doc[end].ent_type_ in ("", "DATE")  # "Month" alone reads as a date
        and bare(doc[end].text) in EVENT_HEADS
    )


def _drop_determiner(doc: Doc, start: int, end: int) -> tuple[int, bool]:
    """ "The" belongs to a name mid-sentence ("The Hague") and to publications ("The Associated
    Press"); at the start of a sentence it is usually just capitalised."""
    if not (doc[start].lower_ in DETERMINERS and end - start > 1):
        return start, False
    at_sentence_start = start == 0 or opens_sentence(doc, start) or doc[start - 1].text in _OPENING_PUNCT
    keep = doc[start].text[0].isupper() and (
        not at_sentence_start or doc[end - 1].lower_ in PUBLICATION_HEADS
    )
    return (start, True) if keep else (start + 1, False)


def _person_title_run(doc: Doc, start: int, end: int, label: str) -> int:
    """Where the name starts after the title words opening the span ("Sgt Nils Harrowgate",
    "President Barack Obama"); `start` when those words are part of a name ("General Motors")."""
    i = start
    while i < end - 1 and is_title(doc[i].text):
        i += 1
    if label == "PERSON" and i == start and end - start > 2 and doc[start].lower_ in ROLE_NOUNS:
        return start + 1  # "Farmer Jean-Baptiste Lecomte-Garnier" opening a sentence
    if i == start or label == "PERSON":
        return i
    rest = [t.text for t in doc[i:end]]
    if not any(bare(t.text) in PERSON_TITLES for t in doc[start:i]) or any(
        is_org_head(w) or is_facility_head(w) or is_title(w) or not w[:1].isupper() for w in rest
    ):
        return start
    abbreviated = any(bare(t.text) in TITLE_ABBREVIATIONS for t in doc[start:i])
    return i if abbreviated or len(rest) >= 2 else start


def clean(span: Span, label: str) -> list[RawMention]:
    """Cleaned mentions for one span: usually one, two when a possessor is split off."""
    doc = span.doc
    start, end = _trim(doc, span.start, span.end)
    scored = _score_tail(doc, start, end, label)
    if scored < end:
        end, label = scored, "ORG"  # a side with a result is a team
    end = _post_nominal_tail(doc, start, _lowercase_tail(doc, start, end, label), label)
    start, end = _trim(doc, start, end)
    if end == span.end:
        end = _third_name(doc, start, end, label)
    out: list[RawMention] = []
    # "Morsi's Muslim Brotherhood": the possessor is a mention of its own.
    # "St. Mary's Hospital" stays whole (one word follows); a person's name never holds a
    # possessive ("Trump's Jewish in-laws"); a group's possessive opens a name ("Women's
    # History Month", "Veterans' Day")
    for i in range(start + 1, end - 1 if label == "PERSON" else end - 2):
        if i == start + 1 and bare(doc[start].text) in GROUP_POSSESSORS:
            break
        if doc[i].lower_ in {"'s", "\u2019s"} or (doc[i].tag_ == "POS"):
            out.extend(clean(doc[start:i], label))
            start = i + 1
            break
    if start >= end:
        return out
    if label != "PERSON" and end == span.end:
        grown = _extend_company(doc, end)
        if grown > end:
            end, label = grown, "ORG"
    if _event_head_after(doc, end):
        end, label = end + 1, "EVENT"  # "Women's History" + "Month" the model left out
    start, sentence_initial_the = _drop_determiner(doc, start, end)
    if start >= end:
        return out
    name_start = start + (1 if sentence_initial_the else 0)
    titles: list[str] = []
    if not sentence_initial_the:
        name_start = _person_title_run(doc, start, end, label)
        if name_start > start:
            label = "PERSON"
    if label == "PERSON" and not sentence_initial_the:  # "Lt" + "Col Ann Roy": one title, "Lt Col"
        _, title_start = title_before(doc, start)
        if title_start < name_start:
            titles.extend(_stacked_titles(doc, title_start, name_start))
        start = name_start
    words = _name_words(doc[name_start:end].text)
    text = doc[start:end].text
    if label not in NUMERIC_LABELS and not any(c.isalpha() for c in text):
        return out  # a quantity ("12%", "$5") has no letter; a name has one
    first_char, end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    out.append(
        RawMention(
            text, first_char, end_char, label, words, tuple(titles), sentence_initial_the, start, end - 1
        )
    )
    return out


# Words after which a possessive 's belongs to a name: only a name can follow an article with
# its 's ("a McDonald's restaurant", "the Sainsbury's on Main Street").
_ARTICLES = frozenset({"a", "an", "every", "each"})
_AFTER_NAME = frozenset({"is", "was", "has", "had", "have", "will", "would", "said", "says", "and", "or"})


def keep_possessive_names(doc: Doc, found: list[RawMention]) -> None:
    """A brand or venue named with its 's ("McDonald's", "Moody's", "Harrigan's") keeps it when
    the bare form never stands alone in the article and the 's cannot be a possessive there
    (an article before it, or punctuation or a verb after it). People's possessives still fold."""
    bare_keys = {m.key for m in found if not _possessive_after(doc, m.last)}
    covered = {i for m in found for i in range(m.first, m.last + 1)}
    for m in found:
        if _possessive_place(doc, m, covered):
            continue
        if len(m.words) != 1 or m.key in bare_keys or m.titles or m.words[0].isupper():
            continue
        s = _possessive_after(doc, m.last)
        if s is None:
            continue
        before = doc[m.first - 1].lower_ if m.first > 0 else ""
        after = doc[s + 1] if s + 1 < len(doc) else None
        # an 's no possessive can be: a verb, punctuation or a preposition after it
        strong = (
            after is None
            or (after.is_punct and after.text not in QUOTE_CHARS)
            or after.lower_ in _AFTER_NAME
            or after.lower_ in PLACE_PREPOSITIONS
        )
        if strong or (before in _ARTICLES and m.label != "PERSON"):
            m.words = (m.words[0] + doc[s].text,)
            m.label = "ORG"  # a name that keeps its 's is a business's: people's possessives fold
            m.text = doc[m.first : s + 1].text
            m.end, m.last = doc[s].idx + len(doc[s].text), s


def _possessive_place(doc: Doc, m: RawMention, covered: set[int]) -> bool:
    """ "Hadley's Corner, a hamlet outside …", "Hadley's Corner Road": a place named with an 's
    and the capitalised words after it, which the model read as a person's possessive. Takes
    the whole name into `m` when the words after it or its own head word say it is a place."""
    s = _possessive_after(doc, m.last)
    if s is None or len(m.words) != 1:
        return False
    end = s + 1
    while end < len(doc) and end not in covered and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == s + 1:
        return False
    words = doc[m.first : end].text.split()
    kind = form_label(words)
    if kind not in ("FAC", "LOC", "GPE"):
        kind = apposition_kind(doc, end)
    if kind not in ("FAC", "LOC", "GPE"):
        return False
    m.words, m.label, m.text = tuple(words), kind, doc[m.first : end].text
    m.end, m.last = doc[end - 1].idx + len(doc[end - 1].text), end - 1
    return True


def _possessive_after(doc: Doc, last: int) -> int | None:
    i = last + 1
    return i if i < len(doc) and doc[i].lower_ in ("'s", "\u2019s") and not doc[last].whitespace_ else None


def _is_noise(m: RawMention, doc: Doc) -> bool:
    if not any(c.isupper() for c in m.text) and m.label not in NUMERIC_LABELS:
        return True  # a name has a capital letter: "gunmen" is not an entity
    first = m.first
    if _PAGE_REFERENCE.fullmatch(m.text) or _zone_after_clock(m, doc) or _common_abbreviation(m, doc):
        return True
    if (
        len(m.words) == 1
        and is_title(m.words[0])
        and m.last + 1 < len(doc)
        and is_title(doc[m.last + 1].text)
    ):
        return True  # "State" of "State Sen. Gordon Pike" is part of the title
    if (
        m.label != "PERSON"
        and first > 0
        and m.last + 1 < len(doc)
        and is_title(doc[first - 1].text)
        and is_title(doc[m.last + 1].text)
    ):
        return True  # "U.S." of "Assistant U.S. Attorney Dan Kessler" is part of the title
    if m.label == "GPE" and _opens_title(doc, first, m.last):
        return True  # "U.S." of "U.S. District Judge Ann Carr", "Ohio" of "Ohio Gov. Al Bell"
    if first >= 2 and len(m.words) == 1:
        # "State" in "Secretary of State", "Defense" in "Minister of Defense"
        if doc[first - 1].lower_ == "of" and is_title(doc[first - 2].text):
            return True
    return False


def _opens_title(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens first..last open the title of the person named after them ("U.S."
    District Judge X, "New Jersey" Gov. X)."""
    for k in range(last + 1, min(len(doc), last + 1 + TITLE_WORDS_MAX)):
        if doc[k].ent_type_ == "PERSON":
            return k > last + 1 and title_before(doc, k)[1] <= first
        if not doc[k].text[:1].isupper():
            return False
    return False


def _common_abbreviation(m: RawMention, doc: Doc) -> bool:
    """ "a GP in Inverness", "an MP,": an abbreviation after "a"/"an" that names no one (not
    "a BBC reporter", "an NHS trust", where it qualifies the noun after it)."""
    if (
        len(m.words) != 1
        or not m.text.isupper()
        or m.first == 0
        or doc[m.first - 1].lower_ not in _INDEFINITE
    ):
        return False
    after = doc[m.last + 1] if m.last + 1 < len(doc) else None
    return after is None or after.is_punct or after.is_stop


def _zone_after_clock(m: RawMention, doc: Doc) -> bool:
    """ "UTC" in "5 p.m. UTC", "GMT" in "1400 GMT": the zone of a clock time, not an organisation."""
    if len(m.words) != 1 or m.text not in _TIME_ZONES or m.first == 0:
        return False
    before = doc[m.first - 1]
    return before.like_num or before.lower_ in ("a.m.", "p.m.", "am", "pm") or ":" in before.text


def _joined_institutions(doc: Doc) -> list[tuple[Span, str]]:
    """The recogniser's spans with their labels, where a place it read as an organisation and an
    institution after "and" are one name ("Norfolk and Norwich University Hospital")."""
    ents = list(doc.ents)
    out: list[tuple[Span, str]] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ == "ORG" == nxt.label_
            and len(ent) == 1
            and nxt.start == ent.end + 1
            and doc[ent.end].lower_ == "and"
            and bare(nxt[-1].text) in INSTITUTION_HEADS
            and is_place(ent.text)
        ):
            out.append((doc[ent.start : nxt.end], "ORG"))
            k += 2
            continue
        out.append((_with_first_conjunct(ent), ent.label_))
        k += 1
    return out


def _with_first_conjunct(ent: Span) -> Span:
    """The recogniser's organisation with the word before "and" it left out."""
    if ent.label_ != "ORG":
        return ent
    return ent.doc[conjunct_start(ent.doc, ent.start, ent.end) : ent.end]


def conjunct_start(doc: Doc, start: int, end: int) -> int:
    """Where an institution's name starts when its first word stands before "and": "the
    Environment and Land Court" ("the" before it shows the two words are one name)."""
    if start < 3 or doc[start - 1].lower_ != "and" or bare(doc[end - 1].text) not in INSTITUTION_HEADS:
        return start
    word = doc[start - 2]
    if doc[start - 3].lower_ == "the" and word.is_title and not word.ent_type_ and not word.is_stop:
        return start - 2
    return start


# Marks that open a nickname inside a name, each with the mark that closes it.
_NICKNAME_MARKS = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019", "'": "'"}
# Words a nickname may have ("Magic", "The Rock"); more is a quotation.
NICKNAME_WORDS = 3


def _nickname_at(doc: Doc, i: int) -> int | None:
    """The index of the mark closing a nickname that opens at token i, between a first name
    and a surname: Jamal "Jimmy" Okafor, Earvin \u201cMagic\u201d Johnson, Luiz \u2018Lula\u2019 da Silva."""
    close = _NICKNAME_MARKS.get(doc[i].text)
    if close is None or i == 0 or not (doc[i - 1].is_alpha and doc[i - 1].is_title) or doc[i].whitespace_:
        return None
    for j in range(i + 2, min(i + 2 + NICKNAME_WORDS, len(doc) - 1)):
        if doc[j].text == close:
            inside = doc[i + 1 : j]
            k = j + 1
            while k < len(doc) - 1 and doc[k].lower_ in CONNECTORS and doc[k].is_lower:
                k += 1  # "da Silva", "van der Berg"
            if (
                all(t.is_title for t in inside if t.is_alpha)
                and doc[j - 1].whitespace_ == ""
                and doc[j].whitespace_ == " "
                and doc[k].is_title
                and doc[k].is_alpha
            ):
                return j
            return None
        if not (doc[j].is_alpha or doc[j].text == "."):
            return None
    return None


def _with_nicknames(doc: Doc, spans: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A person's name with a nickname in quotation marks inside it is one name, whatever pieces
    the recogniser made of it (Jamal "Jimmy" Okafor read as "Jamal" and "Jimmy" Okafor"): the
    spans touching the first name, the nickname or the surname become one PERSON span."""
    for i in range(1, len(doc) - 2):
        close = _nickname_at(doc, i)
        if close is None:
            continue
        k = close + 1
        while doc[k].is_lower:
            k += 1
        touching = [(s, lab) for s, lab in spans if s.start < k + 1 and s.end > i - 1]
        if not any(lab == "PERSON" for _, lab in touching):
            continue  # a nickname names a person; "the Red Sox" "Big Papi" era is left alone
        start = min([i - 1, *(s.start for s, _ in touching)])
        end = max([k + 1, *(s.end for s, _ in touching)])
        spans = [(s, lab) for s, lab in spans if (s, lab) not in touching]
        spans.append((doc[start:end], "PERSON"))
    return sorted(spans, key=lambda p: p[0].start)


def _name_words(text: str) -> tuple[str, ...]:
    """A name's words as written ("Ocasio-Cortez" is one word), without a nickname in marks
    inside it: Earvin \u201cMagic\u201d Johnson is "Earvin Johnson"."""
    words = text.split()
    kept = [
        w
        for k, w in enumerate(words)
        if not (0 < k < len(words) - 1 and _quoted_inside(words, k))
    ]
    return tuple(kept) if kept else tuple(words)


def _quoted_inside(words: list[str], k: int) -> bool:
    opened = next((j for j in range(k, -1, -1) if words[j][:1] in _NICKNAME_MARKS), None)
    if opened is None or opened == 0:
        return False
    close = _NICKNAME_MARKS[words[opened][0]]
    shut = next((j for j in range(opened, len(words) - 1) if words[j][-1:] == close and len(words[j]) > 1), None)
    return shut is not None and opened <= k <= shut


def nickname(text: str) -> str | None:
    """The nickname in marks inside a name ("Jimmy" in Jamal "Jimmy" Okafor), if any."""
    words = text.split()
    inside = [w for k, w in enumerate(words) if 0 < k < len(words) - 1 and _quoted_inside(words, k)]
    return " ".join(inside).strip(QUOTE_CHARS) if inside else None


def join_particles(doc: Doc, found: list[RawMention]) -> None:
    """A surname's particles the recogniser left out belong to its mention ("Van der" + "Berg"
    opening a sentence, "da" + "Costa"), when a person's full name in the story has the same
    particles before that word ("Pieter van der Berg"); the mention grows in place."""
    spelled = {
        tuple(w.lower() for w in m.words[k:])
        for m in found
        if m.label == "PERSON"
        for k in range(1, len(m.words))
        if m.words[k] in SURNAME_PARTICLES
    }
    if not spelled:
        return
    for m in found:
        i = m.first
        while i > 0 and doc[i - 1].lower_ in SURNAME_PARTICLES and doc[i - 1].whitespace_ == " ":
            i -= 1
        if i == m.first:
            continue
        words = tuple(t.text for t in doc[i : m.first]) + m.words
        if tuple(w.lower() for w in words) not in spelled:
            continue
        m.words, m.first, m.label = words, i, "PERSON"
        m.start = doc[i].idx
        m.text = doc.text[m.start : m.end]


def mentions(doc: Doc, *, labels: Iterable[str] | None = None) -> list[RawMention]:
    """Cleaned entity mentions of a Doc (DATE and TIME are left to the dates extractor)."""
    wanted = set(labels) if labels is not None else None
    out: list[RawMention] = []
    for ent, label in _with_nicknames(doc, _joined_institutions(doc)):
        if label in TEMPORAL_LABELS or (wanted is not None and label not in wanted):
            continue
        for part in _split_at_breaks(ent):
            for piece in (
                p
                for listed in _split_listed(part, label)
                for coordinated in _split_coordinated(listed, label)
                for p in _split_place_in_place(coordinated)
            ):
                out.extend(repair_label(m) for m in clean(piece, label) if not _is_noise(m, doc))
    return _outermost(out)


def _outermost(found: list[RawMention]) -> list[RawMention]:
    """Mentions not inside a longer one: "U.S." run on over "District Court" to make "U.S.
    District Court" leaves the recogniser's own "District Court" inside it."""
    inside: set[int] = set()
    reach_start, reach_end = -1, -1
    for m in sorted(found, key=lambda m: (m.start, -m.end)):
        if m.end <= reach_end and reach_end - reach_start > m.end - m.start:
            inside.add(id(m))
        elif m.end > reach_end:
            reach_start, reach_end = m.start, m.end
    return [m for m in found if id(m) not in inside]


def drop_common_nouns(doc: Doc, found: list[RawMention]) -> list[RawMention]:
    """The mentions without capitalised common nouns or adjectives opening a sentence ("Shifts
    at the plant …", "Teachers' pay", "Regional carrier AeroNord …"): one word the story also
    writes in lower case, as it is or in the singular, or one the tagger reads as a common
    word, and no part of a longer name ("Rose" stays when "Ann Rose" is in the story)."""
    common = {t.text for t in doc if t.is_lower and t.is_alpha}
    for m in found:
        _trim_headline_words(doc, m, common)
    in_names = {w.lower() for m in found if len(m.words) > 1 for w in m.words}
    return [m for m in found if m.key in in_names or not _common_noun(m, doc, common)]


# A line this capitalised is in headline case (a caption, a video title): its capitals do not
# mark names.
HEADLINE_CASE_SHARE = 0.6
HEADLINE_CASE_WORDS = 6


def _trim_headline_words(doc: Doc, m: RawMention, common: set[str]) -> None:
    """A person's name in a headline-case line ends before a word the story writes in lower
    case ("President Obama Speech at Black Caucus …" names Obama)."""
    if m.label != "PERSON" or len(m.words) < 2 or m.words[-1].lower() not in common:
        return
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    words = [w for w in text[line_start : line_end if line_end >= 0 else None].split() if w[:1].isalpha()]
    capitalised = sum(w[0].isupper() for w in words)
    if len(words) < HEADLINE_CASE_WORDS or capitalised < HEADLINE_CASE_SHARE * len(words):
        return
    last = m.last
    while last > m.first and doc[last].lower_ in common:
        last -= 1
    m.words = tuple(doc[m.first : last + 1].text.split())
    m.text = doc[m.first : last + 1].text
    m.end, m.last = doc[last].idx + len(doc[last].text), last


# Penn tags of a common noun or an adjective (the tagger's, when it ran; without it no tag
# says so): "Shifts at the plant …", "Regional carrier AeroNord …" open with no name.
_COMMON_WORD_TAGS = frozenset({"NN", "NNS", "JJ"})


def _common_noun(m: RawMention, doc: Doc, common: set[str]) -> bool:
    if len(m.words) != 1 or m.titles or not opens_sentence(doc, m.first) or m.words[0].isupper():
        return False
    word = m.words[0].lower().rstrip("'\u2019")
    if word in common or (word.endswith("s") and word[:-1] in common):
        return True
    # the tagger reads it as a common noun ("Algae living in the cooling pipes …"), and no
    # gazetteer knows it as a place: the capital is the sentence's, not a name's
    return (
        m.first == m.last
        and m.label != "NORP"  # "Californians have faced …": a people is named in the plural
        and doc[m.first].tag_ in _COMMON_WORD_TAGS
        and not is_place(m.words[0])
        and not (is_language(m.words[0]) or bare(m.words[0]) in DEMONYMS)  # "French officials said"
    )


# A name the model took for an organisation is split after a nationality word only when a first
# name and a surname follow ("American Lena Hart"); "Swiss Re" or "Kenya Airways" is one name.
NAME_AFTER_NATIONALITY = 2


def split_nationalities(doc: Doc, found: list[RawMention]) -> list[RawMention]:
    """A nationality word the model ran into a name is a mention of its own: "Kenyan Ruth
    Chepkoech" is "Kenyan" (NORP) and "Ruth Chepkoech" (PERSON). A name the model took for an
    organisation ("American Lena Hart" ORG) is split only when a first name and a surname
    follow and the text shows a person: its surname is a person's elsewhere ("Hart said she")
    or the words around it are a person's ("…, the defending champion")."""
    candidates = [m for m in found if _nationality_words(m.words)]
    if not candidates:
        return found
    persons = {m.words[-1].lower() for m in found if _shown_person(doc, m)}
    parts: dict[int, RawMention] = {}
    for m in candidates:
        n = _nationality_words(m.words)
        rest = m.words[n:]
        if (
            all(w[:1].isupper() for w in rest)
            and not any(is_org_head(w) or is_facility_head(w) for w in rest)
            and (
                m.label == "PERSON"
                or (
                    len(rest) >= NAME_AFTER_NATIONALITY
                    and (rest[-1].lower() in persons or _shown_person(doc, m))
                )
            )
        ):
            parts[id(m)] = _nationality_part(m, n)
            m.label = "PERSON"
    return [p for m in found for p in ((parts[id(m)], m) if id(m) in parts else (m,))]


def _shown_person(doc: Doc, m: RawMention) -> bool:
    return m.label == "PERSON" or context_evidence(doc, m.first, m.last) == "PERSON"


def _nationality_words(words: tuple[str, ...]) -> int:
    """How many of the first words are a nationality ("Kenyan" 1, "South African" 2), or 0."""
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]).lower() in DEMONYMS and words[0][:1].isupper():
            return n
    return 0


def _nationality_part(m: RawMention, n: int) -> RawMention:
    """Cut the first n words off `m` (in place) and return them as a NORP mention."""
    head = " ".join(m.words[:n])
    cut = m.text.index(m.words[n], len(head))
    part = RawMention(
        head, m.start, m.start + len(head), "NORP", m.words[:n], first=m.first, last=m.first + n - 1
    )
    m.text, m.start, m.words, m.first, m.titles = m.text[cut:], m.start + cut, m.words[n:], m.first + n, ()
    return part


def transcript_speakers(doc: Doc, found: list[RawMention]) -> list[RawMention]:
    """A transcript's speaker labels are layout: what the recogniser made of their capitals
    ("HOST" an ORG, "JANE" a PERSON) is dropped, and a label naming a person is a mention of them
    in normal case with its titles ("MAYOR JANE DOE:" -> Jane Doe, title Mayor; "DOE:" when a
    Doe is named). A role label ("HOST:", "ANCHOR:") names no one."""
    text = doc_text(doc)
    spans = [t.name for t in turns(text) if t.role == TRANSCRIPT]
    if not spans:
        return found
    kept = [m for m in found if not any(s < m.end and m.start < e for s, e in spans)]
    named: list[tuple[int, int, list[str], list[str]]] = []  # (start, end, titles, name words)
    for start, end in spans:
        words = text[start:end].split()
        titles: list[str] = []
        while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
            titles.append(words.pop(0))
        named.append((end - len(" ".join(words)), end, titles, words))
    surnames = {m.words[-1].lower() for m in kept if m.label == "PERSON" and len(m.words) > 1}
    surnames |= {words[-1].lower() for _, _, _, words in named if len(words) > 1}
    for start, end, titles, words in named:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or (len(words) == 1 and words[0].lower() not in surnames):
            continue
        kept.append(
            RawMention(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                label="PERSON",
                words=tuple(_normal_case(w) for w in words),
                titles=(" ".join(_normal_case(t) for t in titles),) if titles else (),
                first=span.start,
                last=span.end - 1,
            )
        )
    return sorted(kept + _label_surnames(doc, kept, named), key=lambda m: m.start)


def _label_surnames(
    doc: Doc, kept: list[RawMention], named: list[tuple[int, int, list[str], list[str]]]
) -> list[RawMention]:
    """The surname of a person a label names, where the story writes it and the recogniser
    missed it ("Thank you, Mayor Doe." after "MAYOR JANE DOE:"), with a title before it."""
    surnames = {_normal_case(words[-1]) for _, _, _, words in named if len(words) > 1}
    covered = {i for m in kept for i in range(m.first, m.last + 1)}
    out = []
    for tok in doc:
        if tok.text not in surnames or tok.i in covered:
            continue
        first = tok.i
        if (
            first > 0
            and doc[first - 1].text[:1].isupper()
            and doc[first - 1].lower_.rstrip(".") in TITLE_WORDS
        ):
            first -= 1
        span = doc[first : tok.i + 1]
        titles = (span[0].text,) if first < tok.i else ()
        out.append(
            RawMention(
                span.text,
                span.start_char,
                span.end_char,
                "PERSON",
                (tok.text,),
                titles,
                first=first,
                last=tok.i,
            )
        )
    return out


def _normal_case(word: str) -> str:
    """ "DOE" -> "Doe", "O'NEIL" -> "O'Neil", "SEN." -> "Sen."."""
    return "-".join("'".join(p.capitalize() for p in part.split("'")) for part in word.split("-"))
