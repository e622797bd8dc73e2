"""Mentions -> entities: clean spaCy's entity spans and group them the way a reader would.

A reader of a news story knows that "Netanyahu" is "Binyamin Netanyahu", that "IDF" is the
"Israel Defense Forces" and that "State" in "Secretary of State" is no entity at all. The
steps here are plain functions over a parsed Doc:

1. `mentions`: spaCy's spans, cleaned (determiners, possessives, titles and stray
   punctuation off; possessors such as "Morsi" in "Morsi's Muslim Brotherhood" split out).
2. `group_mentions`: mentions joined into entities by exact form, acronym (with or without
   parentheses), and short forms (a surname, a club's last word) that fit exactly one
   longer name; ambiguous short forms stay apart.
3. Each entity gets one label by vote, a canonical name (its most complete proper form),
   aliases, titles seen with a person, and a salience score for ranking.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .. import lexicon
from ..model import Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NUMERIC_LABELS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
TEMPORAL_LABELS = frozenset({"DATE", "TIME"})
NAME_LABELS = (
    "PERSON",
    "ORG",
    "GPE",
    "NORP",
    "LOC",
    "FAC",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
)

# Words that open a person's title ("Prime Minister", "Secretary of State", "Rep.").
TITLE_WORDS = frozenset(lexicon.table("titles"))  # lexicon/titles.tsv, shared with quotes
# Last words of newspaper and agency names, which keep their "The" (The Associated Press).
PUBLICATION_HEADS = frozenset(
    [
        "press",
        "times",
        "post",
        "journal",
        "guardian",
        "economist",
        "telegraph",
        "herald",
        "tribune",
        "globe",
        "gazette",
        "chronicle",
        "observer",
        "independent",
        "news",
        "atlantic",
        "hill",
        "examiner",
        "inquirer",
        "sun",
        "star",
        "register",
        "courier",
        "dispatch",
        "bulletin",
        "review",
        "magazine",
        "weekly",
        "daily",
        "mail",
        "mirror",
        "sentinel",
        "record",
        "monitor",
        "reporter",
    ]
)
# Last words that make a name an organisation's, whatever label the model gave it.
ORG_HEADS = frozenset(
    "united league association department agency party court hospital society foundation council "
    "committee inc corp co ltd llc plc company group university college school bank institute "
    "ministry commission administration board authority service union federation office bureau "
    "corporation club fc airlines airways press times post journal network police army navy".split()
)
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
CONNECTORS = frozenset(
    {
        "of",
        "and",
        "for",
        "the",
        "&",
        "de",
        "du",
        "des",
        "la",
        "le",
        "van",
        "von",
        "der",
        "da",
        "di",
        "del",
        "on",
        "in",
        "at",
        "to",
    }
)
QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`"
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019", "s"}
_LABEL_PRIORITY = {label: i for i, label in enumerate(NAME_LABELS)}


@dataclass
class RawMention:
    """A cleaned mention before grouping."""

    text: str
    start: int
    end: int
    label: str
    words: tuple[str, ...]  # the name's words, without titles, determiners, possessives
    titles: tuple[str, ...] = ()
    sentence_initial_the: bool = False
    first: int = -1  # token indices of the mention in its Doc
    last: int = -1

    @property
    def key(self) -> str:
        return " ".join(w.lower() for w in self.words)


@dataclass
class _Group:
    mentions: list[RawMention] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    forms: list[tuple[str, ...]] = field(default_factory=list)  # distinct multi-word forms
    _label: str | None = None

    def add(self, m: RawMention) -> None:
        self.mentions.append(m)
        if len(m.words) > 1 and m.key not in self.keys:
            self.forms.append(m.words)
        self.keys.add(m.key)
        self._label = None

    @property
    def label(self) -> str:
        if self._label is None:
            self._label = vote_label(self.mentions)
        return self._label

    def long_forms(self) -> list[tuple[str, ...]]:
        return self.forms


def vote_label(ms: Iterable[RawMention]) -> str:
    """The label most mentions carry; ties go to the more specific name label. A person's title
    settles it ("Gov. Ed Rendell", then "Rendell" three times read as an organisation)."""
    ms = list(ms)
    if any(m.titles and m.label == "PERSON" for m in ms):
        return "PERSON"
    votes: Counter[str] = Counter()
    for m in ms:  # a full name's label says more than a lone surname's or acronym's
        votes[m.label] += len(m.words)
    return max(votes, key=lambda lab: (votes[lab], -_LABEL_PRIORITY.get(lab, 99)))


def _title_before(doc: Doc, start: int) -> tuple[str, int]:
    """A title phrase just before token `start` ("Prime Minister", "Secretary of State")."""
    best, best_start = "", start
    i = start - 1
    while i >= 0 and start - i <= 5:
        tok = doc[i]
        if not (tok.text[:1].isupper() or tok.lower_ in {"of", "for", "and"}) or "\n" in tok.whitespace_:
            break
        if tok.lower_.rstrip(".") in TITLE_WORDS:
            best, best_start = doc[i:start].text, i
        i -= 1
    return best, best_start


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
    return [p for k, p in enumerate(parts) if k == 0 or _looks_like_a_name(p)]


def _looks_like_a_name(span: Span) -> bool:
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


def _clean(span: Span, label: str) -> list[RawMention]:
    """Cleaned mentions for one span: usually one, two when a possessor is split off."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].text in QUOTE_CHARS):
        start += 1
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].is_space
        or doc[end - 1].text in QUOTE_CHARS
        or doc[end - 1].lower_ in _POSSESSIVE
    ):
        end -= 1
    out: list[RawMention] = []
    # "Morsi's Muslim Brotherhood": the possessor is a mention of its own.
    for i in range(start + 1, end - 2):  # "St. Mary's Hospital" stays whole: one word follows
        if doc[i].lower_ in {"'s", "\u2019s"} or (doc[i].tag_ == "POS"):
            out.extend(_clean(doc[start:i], label))
            start = i + 1
            break
    if start >= end:
        return out
    sentence_initial_the = False
    if doc[start].lower_ in DETERMINERS and end - start > 1:
        # "The" belongs to a name mid-sentence ("The Hague") and to publications ("The Associated
        # Press"); at the start of a sentence it is usually just capitalised.
        at_sentence_start = (
            start == 0
            or doc[start].is_sent_start
            or doc[start - 1].is_space
            or doc[start - 1].text in (".", "!", "?")
            or (doc[start - 1].text in QUOTE_CHARS + "(\u2013\u2014-")
        )
        keep = doc[start].text[0].isupper() and (
            not at_sentence_start or doc[end - 1].lower_ in PUBLICATION_HEADS
        )
        if keep:
            sentence_initial_the = True
        else:
            start += 1
    if start >= end:
        return out
    name_start = start + (1 if sentence_initial_the else 0)
    titles: list[str] = []
    if label == "PERSON":
        while name_start < end - 1 and doc[name_start].lower_.rstrip(".") in TITLE_WORDS:
            name_start += 1
        if name_start > start:
            titles.append(doc[start:name_start].text)
            start = name_start
        before, _ = _title_before(doc, start)
        if before:
            titles.insert(0, before)
    words = tuple(doc[name_start:end].text.split())  # as written: "Ocasio-Cortez" is one word
    text = doc[start:end].text
    if not any(c.isalpha() for c in text):
        return out
    out.append(
        RawMention(
            text,
            doc[start].idx,
            doc[end - 1].idx + len(doc[end - 1].text),
            label,
            words,
            tuple(titles),
            sentence_initial_the,
            start,
            end - 1,
        )
    )
    return out


def _repair_label(m: RawMention) -> RawMention:
    """A typical model slip: "Manchester United" as PERSON, "Premier League" as GPE.
    A name whose last word says it is an organisation is one."""
    if len(m.words) >= 2 and m.label != "ORG" and m.words[-1].lower().rstrip(".") in ORG_HEADS:
        m.label = "ORG"
    return m


def _is_noise(m: RawMention, doc: Doc) -> bool:
    if not any(c.isupper() for c in m.text) and m.label not in NUMERIC_LABELS:
        return True  # a name has a capital letter: "gunmen" is not an entity
    first = m.first
    if first >= 2 and len(m.words) == 1:
        # "State" in "Secretary of State", "Defense" in "Minister of Defense"
        if doc[first - 1].lower_ == "of" and doc[first - 2].lower_.rstrip(".") in TITLE_WORDS:
            return True
    return False


def mentions(doc: Doc, *, labels: Iterable[str] | None = None) -> list[RawMention]:
    """Cleaned entity mentions of a Doc (DATE and TIME are left to the dates extractor)."""
    wanted = set(labels) if labels is not None else None
    out: list[RawMention] = []
    for ent in doc.ents:
        if ent.label_ in TEMPORAL_LABELS or (wanted is not None and ent.label_ not in wanted):
            continue
        for part in _split_at_breaks(ent):
            for m in _clean(part, ent.label_):
                if not _is_noise(m, doc):
                    out.append(_repair_label(m))
    return out


def recovered_mentions(doc: Doc, found: Sequence[RawMention]) -> list[RawMention]:
    """Names the model missed: capitalised runs that repeat a known name or extend a surname.

    "Mayor Ana Ruiz" untagged while "Ruiz" is a PERSON elsewhere becomes a PERSON mention
    "Ana Ruiz" with the title "Mayor"; an untagged "Hamas" joins the tagged ones.
    """
    covered: set[int] = set()
    for m in found:
        covered.update(range(m.first, m.last + 1))
    toks = list(doc)  # one Token object per position, reused below
    labels: dict[str, str] = {}
    for m in found:
        labels.setdefault(m.key, m.label)
    surnames = {m.words[-1].lower() for m in found if m.label == "PERSON"}
    out = []
    i = 0
    n = len(toks)
    capitalised = [_capitalised(t) for t in toks]
    while i < n:
        if i in covered or not capitalised[i]:
            i += 1
            continue
        j = i + 1
        while j < n and j not in covered and capitalised[j] and "\n" not in toks[j - 1].whitespace_:
            j += 1
        k = i
        while k < j - 1 and toks[k].lower_.rstrip(".") in TITLE_WORDS:
            k += 1
        words = tuple(t.text for t in toks[k:j])
        key = " ".join(w.lower() for w in words)
        first_word = k == i and (i == 0 or toks[i].is_sent_start or toks[i - 1].is_space)
        label = labels.get(key)
        if label is None and len(words) <= 3 and words[-1].lower() in surnames and not toks[j - 1].is_stop:
            label = "PERSON"
        if label is not None and not (first_word and len(words) == 1 and toks[k].is_stop):
            titles = (doc[i:k].text,) if k > i else ()
            end = toks[j - 1].idx + len(toks[j - 1].text)
            out.append(RawMention(doc[k:j].text, toks[k].idx, end, label, words, titles, first=k, last=j - 1))
        i = j
    out.extend(_definite_short_forms(toks, found))
    return out


def _definite_short_forms(toks: Sequence[Token], found: Sequence[RawMention]) -> list[RawMention]:
    """ "the department" for the one department the article names ("Department of Agriculture")."""
    heads: dict[str, set[str]] = defaultdict(set)
    for m in found:
        if m.label == "ORG" and len(m.words) > 1:
            for w in m.words:
                if w.lower() in ORG_HEADS:
                    heads[w.lower()].add(m.key)
    out: list[RawMention] = []
    if not heads:
        return out
    for i in range(1, len(toks)):
        tok = toks[i]
        if (
            len(heads.get(tok.lower_, ())) == 1
            and toks[i - 1].lower_ == "the"
            and tok.text.islower()
            and (i + 1 >= len(toks) or not toks[i + 1].tag_.startswith("NN"))  # not "department store"
        ):
            out.append(
                RawMention(tok.text, tok.idx, tok.idx + len(tok.text), "ORG", (tok.text,), first=i, last=i)
            )
    return out


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_space


# --- grouping ------------------------------------------------------------------------------


def _initials(words: Sequence[str], *, skip_connectors: bool) -> str:
    letters = []
    for w in words:
        if skip_connectors and w.lower() in CONNECTORS:
            continue
        if "." in w and w.replace(".", "").isalpha() and len(w) <= 6:  # U.S. -> US
            letters.append(w.replace(".", ""))
        elif w[:1].isalpha():
            letters.append(w[0])
    return "".join(letters).lower()


def is_acronym_of(short: str, words: Sequence[str]) -> bool:
    """Whether `short` ("NASA", "TxDOT", "USDA") abbreviates the name `words`."""
    letters = short.replace(".", "").replace("&", "")
    if len(letters) < 2 or len(words) < 2 or not letters[0].isupper():
        return False
    candidates = {letters.lower(), "".join(c for c in letters if c.isupper()).lower()}
    return bool(
        candidates & {_initials(words, skip_connectors=True), _initials(words, skip_connectors=False)}
    )


def _looks_like_acronym(words: Sequence[str]) -> bool:
    return len(words) == 1 and sum(c.isupper() for c in words[0]) >= 2


def _parenthesised_acronyms(text: str, found: Sequence[RawMention]) -> dict[str, str]:
    """Acronym key -> long form key from 'Long Form (ACR)' in the text."""
    out = {}
    for m in found:
        if len(m.words) < 2:
            continue
        after = re.match(r"\s*[(\[]\s*([A-Za-z][A-Za-z.&]{1,11})\s*[)\]]", text[m.end : m.end + 20])
        if after and sum(c.isupper() for c in after.group(1)) >= 2:
            out[after.group(1).lower()] = m.key
    return out


def _singular(key: str) -> str:
    return key[:-1] if key.endswith("s") and len(key) > 3 else key


class _FormIndex:
    """Groups by the words, initials and possessive prefixes of their multi-word forms, so
    that finding the group a short form abbreviates does not scan every group."""

    def __init__(self) -> None:
        self.by_word: dict[str, list[_Group]] = defaultdict(list)
        self.by_initials: dict[str, list[_Group]] = defaultdict(list)
        self.by_prefix: dict[tuple[str, ...], list[_Group]] = defaultdict(list)

    def add(self, group: _Group, words: tuple[str, ...]) -> None:
        if len(words) < 2:
            return
        lowered = tuple(w.lower() for w in words)
        for w in set(lowered):
            self.by_word[w].append(group)
        for skip in (True, False):
            self.by_initials[_initials(words, skip_connectors=skip)].append(group)
        for n, w in enumerate(words):
            if n and w in ("'s", "\u2019s"):
                self.by_prefix[lowered[:n]].append(group)


def _unique(groups: Iterable[_Group]) -> list[_Group]:
    out: list[_Group] = []
    for g in groups:
        if not any(g is o for o in out):
            out.append(g)
    return out


def group_mentions(found: Sequence[RawMention], text: str) -> list[list[RawMention]]:
    """Mentions grouped into entities, in order of first mention."""
    by_key: dict[str, list[RawMention]] = defaultdict(list)
    # the same form the recogniser also labels a place or an organisation is one entity ("Islam")
    named_otherwise = {m.key for m in found if m.label not in ("NORP", "PERSON")}
    for m in found:
        key = m.key
        if m.label == "NORP" and key not in named_otherwise:  # "Israeli" and "Israelis" are one group
            key = "norp:" + _singular(key)
        by_key[key].append(m)
    acronyms = _parenthesised_acronyms(text, found)
    forms = sorted(by_key, key=lambda k: (-len(by_key[k][0].words), by_key[k][0].start))
    groups: list[_Group] = []
    index = _FormIndex()
    key_group: dict[str, _Group] = {}
    for key in forms:
        ms = by_key[key]
        words = ms[0].words
        labels = {m.label for m in ms}
        target = None
        if key in acronyms and acronyms[key] in key_group:
            target = key_group[acronyms[key]]
        elif "NORP" not in labels:
            prefixed = _unique(index.by_prefix.get(tuple(w.lower() for w in words), ()))
            target = prefixed[0] if len(prefixed) == 1 else None  # "St. Mary" of "St. Mary's Hospital"
            if target is None and len(words) == 1:
                target = _short_form_target(words[0], labels, index)
        if target is None:
            target = _Group()
            groups.append(target)
        for m in ms:
            target.add(m)
        index.add(target, words)
        key_group[key] = target
    ordered = sorted(groups, key=lambda g: min(m.start for m in g.mentions))
    return [sorted(g.mentions, key=lambda m: m.start) for g in ordered]


def _short_form_target(word: str, labels: set[str], index: _FormIndex) -> _Group | None:
    """The one group a one-word form abbreviates: its acronym, a surname, a club's last word."""
    lower = word.lower()
    acronym = _looks_like_acronym([word])
    candidates: list[_Group] = []
    if acronym:
        letters = word.replace(".", "").replace("&", "")
        for variant in {letters.lower(), "".join(c for c in letters if c.isupper()).lower()}:
            candidates += index.by_initials.get(variant, [])
    candidates += index.by_word.get(lower, [])
    found = []
    for g in _unique(candidates):
        glabel = g.label
        if glabel == "NORP":
            continue
        long_forms = g.long_forms()
        if (
            acronym
            and any(is_acronym_of(word, lf) for lf in long_forms)
            or glabel == "PERSON"
            and labels & {"PERSON", "ORG"}
            and any(
                lower in (w.lower() for w in lf if len(w) > 2 and w.lower() not in CONNECTORS)
                for lf in long_forms
            )
            or glabel == "ORG"
            and labels & {"ORG", "GPE", "PERSON"}
            and any(
                lf[-1].lower() == lower or (word.islower() and lower in (w.lower() for w in lf))
                for lf in long_forms
            )
            or glabel in labels
            and glabel not in {"PERSON", "GPE", "LOC", "ORG"}
            and any(lf[-1].lower() == lower for lf in long_forms)
        ):
            found.append(g)
    return found[0] if len(found) == 1 else None


def _canonical(ms: Sequence[RawMention]) -> str:
    counts = Counter(m.key for m in ms)

    def rank(m: RawMention) -> tuple:
        acronym = _looks_like_acronym(m.words) and len(ms) > 1 and any(len(o.words) > 1 for o in ms)
        shouted = m.text.isupper() and any(o.key == m.key and not o.text.isupper() for o in ms)  # a dateline
        return (acronym, -len(m.words), -counts[m.key], shouted, m.start)

    best = min(ms, key=rank)
    name = " ".join(best.words) if best.label == "PERSON" else best.text
    if best.sentence_initial_the and any(m.key == best.key and not m.sentence_initial_the for m in ms):
        name = " ".join(best.words)
    return _tidy(name)


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


QUOTED_WEIGHT = 1.5  # salience each quotation adds to its speaker


def _salience(ms: Sequence[RawMention], text_length: int, title: str | None) -> float:
    first = min(m.start for m in ms)
    early = 1.0 - first / max(text_length, 1)
    in_title = title is not None and any(
        re.search(rf"\b{re.escape(w)}\b", title, re.IGNORECASE) for m in ms for w in m.words[-1:]
    )
    return len(ms) + 1.0 * early + 2.0 * in_title


def entities(
    doc: Doc,
    *,
    title: str | None = None,
) -> list[Entity]:
    """Entities of a Doc, ranked by salience.

    Args:
        doc: a Doc with entity spans (`ner` run).
        title: the article's headline; appearing in it raises an entity's salience.
    """
    found = mentions(doc)
    found += recovered_mentions(doc, found)
    out = []
    text = doc.text  # Doc.text joins every token: build it once
    for ms in group_mentions(found, text):
        label = vote_label(ms)
        name = _canonical(ms)
        aliases = []
        seen = {name.lower()}
        for m in ms:
            form = _tidy(" ".join(m.words) if m.label == "PERSON" else m.text)
            if form.lower() not in seen:
                seen.add(form.lower())
                aliases.append(form)
        titles = []
        for m in ms:
            for t in m.titles:
                if t not in titles:
                    titles.append(t)
        out.append(
            Entity(
                name=name,
                label=label,
                count=len(ms),
                aliases=tuple(aliases),
                mentions=tuple(Mention(m.text, m.start, m.end) for m in ms),
                titles=tuple(titles) if label == "PERSON" else (),
                salience=_salience(ms, len(text), title),
            )
        )
    out.sort(key=lambda e: -e.salience)
    return out


def credit_speakers(found: Sequence[Entity], speaker_starts: Iterable[int]) -> list[Entity]:
    """Entities re-ranked with being quoted counted in: speaker mentions start inside them."""
    starts = set(speaker_starts)
    out = []
    for e in found:
        quoted = sum(any(m.start <= s < m.end for m in e.mentions) for s in starts)
        out.append(replace(e, salience=e.salience + QUOTED_WEIGHT * quoted) if quoted else e)
    out.sort(key=lambda e: -e.salience)
    return out


def select(
    found: Iterable[Entity],
    *,
    labels: Iterable[str] = (),
    min_count: int = 1,
    sort: str = "salience",
) -> list[Entity]:
    """Filter and order entities as the `entities` command shows them.

    Numeric labels are hidden unless asked for in `labels`.
    """
    wanted = {label.upper() for label in labels}
    kept = [
        e
        for e in found
        if e.count >= min_count and (e.label in wanted if wanted else e.label not in NUMERIC_LABELS)
    ]
    keys = {
        "salience": lambda e: -e.salience,
        "count": lambda e: (-e.count, -e.salience),
        "name": lambda e: e.name.lower(),
        "first": lambda e: min(m.start for m in e.mentions),
    }
    return sorted(kept, key=keys[sort])
