"""Mentions -> groups of mentions, one group an entity.

Mentions join by exact form; by a form without its legal suffix ("Harlan Motors Inc." and
"Harlan Motors") or a state's AP abbreviation ("Calif." and "California"); by acronym (with or
without parentheses); and by short forms that fit exactly one longer name: a person's surname
or first name (also where the model labelled it a place or a group), a club's last word, a
company's first word ("Tallis" of "Tallis Robotics"). Two people sharing a surname stay apart:
"Mr"/"Ms" go by gender and an office by who holds it; a bare surname goes to the person
introduced first when the writer calls every other one by first name or used it before the
others were introduced (people named as another's relation, "her son, James Ashby", not
counted); otherwise it stays a row of its own, and a person's, whatever the model said.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache

from .clean import nickname
from .label import vote_label
from .mention import RawMention
from .places import is_country_or_state, is_place, state_abbreviations
from .vocab import (
    CONNECTORS,
    OFFICE_TITLES,
    PLACE_HEADS,
    SUFFIXES,
    bare,
    is_company_form,
    legal_forms,
    title_gender,
)

# Labels the model gives a person's lone surname or first name by mistake ("Okoro" GPE, "Marta"
# GPE, "Tallis" NORP, "Anand" ORG).
_MISREAD_PERSON = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})


# A writer who calls someone "President Obama" this many times before a full name of that
# surname appears ("Michelle Obama", once, far below) is writing about another person; one
# titled surname in a deck line before the full name ("Senator Sanders", then "Bernie
# Sanders") is the same person.
SURNAME_USES_BEFORE_FULL_NAME = 3
# Words of a surname written in several ("Mac Giolla", "van der Berg").
MAX_SURNAME_WORDS = 3


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

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def gender(self) -> str | None:
        """From a title ("Ms"), else from the pronouns that follow the person's mentions."""
        return _gender(self.mentions)

    def offices(self) -> set[str]:
        return _offices(self.mentions)


def _gender(ms: Iterable[RawMention]) -> str | None:
    ms = list(ms)
    for m in ms:
        for t in m.titles:
            g = title_gender(t)
            if g:
                return g
    votes = Counter(m.gender for m in ms if m.gender)
    return votes.most_common(1)[0][0] if votes else None


def _offices(ms: Iterable[RawMention]) -> set[str]:
    return {bare(w) for m in ms for t in m.titles for w in t.split() if bare(w) in OFFICE_TITLES}


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


def looks_like_acronym(words: Sequence[str]) -> bool:
    """ "NASA", "AfDB", "U.S."; not a hyphenated name ("Asante-Boateng", "Al-Saud")."""
    return len(words) == 1 and any(sum(c.isupper() for c in part) >= 2 for part in words[0].split("-"))


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


@cache
def person_parts(words: tuple[str, ...]) -> tuple[str, str]:
    """(first, last) name of a person's name, lower case, by nameparser ("Ernst Vogel Jr." ->
    ("ernst", "vogel"))."""
    from nameparser import HumanName

    name = HumanName(" ".join(words))
    return name.first.lower(), name.last.lower()


def _group_key(m: RawMention, split_by_gender: set[str]) -> str:
    """The form mentions must share to be one entity without further evidence."""
    key = m.key
    if m.label == "GPE" and len(m.words) == 1 and key in state_abbreviations():
        return state_abbreviations()[key].lower()  # "Calif." is California
    if m.label == "ORG" and len(m.words) > 1 and bare(m.words[-1]) in legal_forms():
        return " ".join(w.lower() for w in m.words[:-1]).rstrip(",")  # "Harlan Motors Inc."
    if m.label == "PERSON" and len(m.words) == 1:
        gender = next((title_gender(t) for t in m.titles), None)
        if gender and key in split_by_gender:
            return f"{key}|{gender}"  # "Mr Marsh" and "Ms Marsh" are two people
        if m.generation:
            return f"{key}|{m.generation}"  # "the younger Vogel" and "the elder Vogel"
    return key


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
        for n, w in enumerate(lowered):  # "St. Mary" of "St. Mary's Hospital"
            if n and w in ("'s", "\u2019s"):
                self.by_prefix[lowered[:n]].append(group)
            elif n < len(lowered) - 1 and w.endswith(("'s", "\u2019s")) and words[n + 1][:1].isupper():
                self.by_prefix[lowered[:n] + (w[:-2],)].append(group)


def _unique(groups: Iterable[_Group]) -> list[_Group]:
    out: list[_Group] = []
    for g in groups:
        if not any(g is o for o in out):
            out.append(g)
    return out


def group_mentions(
    found: Sequence[RawMention], text: str, title: str | None = None
) -> list[list[RawMention]]:
    """Mentions grouped into entities, in order of first mention (`title`, the headline, tells
    which of several namesakes is the story's subject)."""
    by_key: dict[str, list[RawMention]] = defaultdict(list)
    # the same form the recogniser also labels a place or an organisation is one entity ("Islam")
    named_otherwise = {m.key for m in found if m.label not in ("NORP", "PERSON")}
    genders: dict[str, set[str]] = defaultdict(set)
    for m in found:
        for t in m.titles if len(m.words) == 1 else ():
            if gender := title_gender(t):
                genders[m.key].add(gender)
    split_by_gender = {k for k, g in genders.items() if len(g) > 1}
    for m in found:
        key = _group_key(m, split_by_gender)
        if m.label == "NORP" and key not in named_otherwise:  # "Israeli" and "Israelis" are one group
            key = "norp:" + _singular(key)
        by_key[key].append(m)
    acronyms = _parenthesised_acronyms(text, found)
    forms = sorted(by_key, key=lambda k: (-len(by_key[k][0].words), by_key[k][0].start))
    single = {k for k in by_key if len(by_key[k][0].words) == 1}
    groups: list[_Group] = []
    index = _FormIndex()
    key_group: dict[str, _Group] = {}
    nicknamed: dict[str, list[_Group]] = defaultdict(list)  # nickname -> the people it names
    for key in forms:
        ms = by_key[key]
        words = max((m.words for m in ms), key=len)
        target = None
        if key in acronyms and acronyms[key] in key_group:
            target = key_group[acronyms[key]]
        else:
            prefixed = [
                g
                for g in _unique(index.by_prefix.get(tuple(w.lower() for w in words), ()))
                if g.label != "PERSON"
            ]
            target = prefixed[0] if len(prefixed) == 1 else None  # "St. Mary" of "St. Mary's Hospital"
            if target is None and len(words) == 1:
                target = _short_form_target(words[0], ms, index, single)
                if target is None and len(nicknamed.get(key, ())) == 1 and vote_label(ms) == "PERSON":
                    target = nicknamed[key][0]  # "Jimmy said" of Jamal "Jimmy" Okafor
            elif target is None and len(words) <= MAX_SURNAME_WORDS:
                target = _surname_target(words, ms, index)
        if target is None:
            target = _Group()
            groups.append(target)
        for m in ms:
            target.add(m)
            nick = nickname(m.text) if m.label == "PERSON" else None
            if nick and not any(g is target for g in nicknamed[nick.lower()]):
                nicknamed[nick.lower()].append(target)
        index.add(target, words)
        key_group[key] = target
    ordered = sorted(groups, key=lambda g: g.first)
    return [sorted(g.mentions, key=lambda m: m.start) for g in ordered]


def _surname_target(words: tuple[str, ...], ms: Sequence[RawMention], index: _FormIndex) -> _Group | None:
    """The one person whose name ends in these words: a surname of several words ("Mac Giolla"
    of "Siobhan Mac Giolla", "de Blasio"), also where the model took it for something else."""
    if not ({m.label for m in ms} & _MISREAD_PERSON | {m.label for m in ms} & {"PERSON"}):
        return None
    tail = tuple(w.lower() for w in words)
    first = min(m.start for m in ms)
    found = [
        g
        for g in _unique(index.by_word.get(tail[-1], ()))
        if g.label == "PERSON"
        and any(_ends_surname(lf, tail) or (g.first < first and _double_surname(lf, tail)) for lf in g.forms)
    ]
    return found[0] if len(found) == 1 else None


def _double_surname(form: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    """Whether `tail` is the two surnames of a name written given names + father's surname +
    mother's surname, as Spanish and Portuguese names are ("García López" of "María García
    López" or of "Ana María García López"; nameparser reads only the last word as the surname).
    Only for a later mention: an epithet before a name met first ("Crooked Ada Pell") is no
    given name."""
    return len(form) in (3, 4) and len(tail) == 2 and tuple(w.lower() for w in form[-2:]) == tail


def _ends_surname(form: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    """Whether `tail` is the end of the surname of `form` ("Mac Giolla" of "Siobhan Mac Giolla",
    "Suu Kyi" of "Aung San Suu Kyi"), not a first name and surname ("Hillary Clinton" of
    "Crooked Hillary Clinton")."""
    last = tuple(person_parts(form)[1].split())
    return len(form) > len(tail) and len(last) >= len(tail) and last[-len(tail) :] == tail


def _person_fits(lower: str, long_forms: Sequence[tuple[str, ...]]) -> bool:
    """Whether a lone word is part of a person's name: not a connector, suffix or initial."""
    return any(
        lower == w.lower()
        and len(w.rstrip(".")) > 1
        and bare(w) not in SUFFIXES
        and w.lower() not in CONNECTORS
        for lf in long_forms
        for w in lf
    )


def _short_form_target(
    word: str,
    ms: Sequence[RawMention],
    index: _FormIndex,
    single: set[str],
) -> _Group | None:
    """The one group a one-word form abbreviates: its acronym, a surname or first name, a
    club's last word, a company's first word. A person's surname that fits several people and
    none better stays a person of its own, never an organisation."""
    lower = word.lower()
    labels = {m.label for m in ms}
    acronym = looks_like_acronym([word])
    candidates: list[_Group] = []
    if acronym:
        letters = word.replace(".", "").replace("&", "")
        for variant in {letters.lower(), "".join(c for c in letters if c.isupper()).lower()}:
            candidates += index.by_initials.get(variant, [])
    candidates += index.by_word.get(lower, [])
    persons, others = [], []
    for g in _unique(candidates):
        glabel = g.label
        if glabel == "NORP":
            continue
        long_forms = g.forms
        if acronym and any(is_acronym_of(word, lf) for lf in long_forms):
            others.append(g)
        elif glabel == "PERSON" and _joins_person(word, labels) and _person_fits(lower, long_forms):
            persons.append(g)
        elif (
            (
                glabel == "ORG"
                and labels & {"ORG", "GPE", "PERSON", "NORP"}
                and _fits_org(word, long_forms, labels)
            )
            or glabel == "LOC"
            and _names_natural_place(word, ms, long_forms)
        ):
            others.append(g)
        elif glabel in labels and glabel not in {"PERSON", "GPE", "LOC", "ORG"}:
            if any(lf[-1].lower() == lower for lf in long_forms):
                others.append(g)
    chosen = _choose_person(lower, ms, persons, single)
    if chosen and "PERSON" in labels:  # "the younger Vogel said": the son, not Vogel Shipping
        others = []
    found = others + chosen
    if len(found) != 1 and persons and not others:
        for m in ms:  # "Ashby", read as an organisation, is one of the Ashbys the story names
            m.label = "PERSON"
    return found[0] if len(found) == 1 else None


def _names_natural_place(word: str, ms: Sequence[RawMention], long_forms: Sequence[tuple[str, ...]]) -> bool:
    """ "Mau" of "the Mau Forest", "Cherangani" of "Cherangani Hills": a place's own word
    without its head, whatever the model called it, unless it is a country or state ("Kenya"
    of "Mount Kenya"), a town the model also reads as one ("Nairobi" of "Nairobi River"), or the
    text shows a person ("Mau said she")."""
    lower = word.lower()
    if is_country_or_state(word) or any(m.titles or m.evidence == "PERSON" for m in ms):
        return False
    if is_place(word) and any(m.label == "GPE" for m in ms):
        return False
    return any(len(lf) == 2 and lf[0].lower() == lower and bare(lf[1]) in PLACE_HEADS for lf in long_forms)


def _joins_person(word: str, labels: set[str]) -> bool:
    """A lone word the model labelled a person or organisation, or a place or group the
    gazetteer does not know as a place ("Okoro" GPE), may be part of a person's name."""
    if labels & {"PERSON", "ORG"}:
        return True
    return bool(labels & _MISREAD_PERSON) and not is_place(word)


def _fits_org(
    word: str, long_forms: Sequence[tuple[str, ...]], labels: AbstractSet[str] = frozenset()
) -> bool:
    """A club's last word ("United"; not a place after "of": "Turkey" is not the "Constitutional
    Court of Turkey", while "Agriculture" is the "Department of Agriculture"), the lower-case head of an organisation ("the
    department"), or a company's first word ("Tallis" of "Tallis Robotics") unless a place."""
    lower = word.lower()
    for lf in long_forms:
        of_complement = len(lf) > 2 and lf[-2].lower() in ("of", "for") and _read_as_place(word, labels)
        if (lf[-1].lower() == lower and not of_complement) or (
            word.islower() and lower in (w.lower() for w in lf)
        ):
            return True
        # a place's name may open a company's ("Harrow Foods"): alone it is the company when
        # the model never reads it as a place there
        if company_first_word(lf, place_ok=not labels & {"GPE", "LOC"}) == lower:
            return True
    return False


def company_first_word(words: Sequence[str], *, place_ok: bool = False) -> str | None:
    """The first word of a company's name, lower case, that stands for the company on its own:
    "tallis" of "Tallis Robotics" or "Corvane Systems Inc." (a name of one word and a company
    form), not a place ("Boston Dynamics") unless `place_ok`."""
    core = words[:-1] if len(words) > 2 and bare(words[-1]) in legal_forms() else words
    if len(core) == 2 and is_company_form(core[-1]) and (place_ok or not is_place(core[0])):
        return core[0].lower()
    return None


def _read_as_place(word: str, labels: AbstractSet[str]) -> bool:
    """A lone word read as a place by the model and never as an organisation, or one a gazetteer knows."""
    return ("ORG" not in labels and bool(labels & {"GPE", "LOC"})) or is_place(word)


def _choose_person(
    lower: str,
    ms: Sequence[RawMention],
    persons: list[_Group],
    single: set[str],
) -> list[_Group]:
    """The person a lone name stands for among several that share it: by the gender of its
    title ("Ms Marsh"), else the one introduced first when every other is called by a first
    name of their own somewhere in the article (so the writer keeps them apart), else the only
    one named before the lone name was first used, not counting people named as someone's
    relation ("her son, James Ashby")."""
    generation = next((m.generation for m in ms if m.generation), None)
    if generation and len(persons) > 1:  # "the younger Vogel" is Ernst Vogel Jr.
        persons = [g for g in persons if any(bare(lf[-1]) == generation for lf in g.forms)]
    gender = _gender(ms)
    offices = _offices(ms)
    if len(persons) > 1:  # "President Obama" is not Michelle Obama, never called President
        persons = [g for g in persons if offices <= g.offices()]
    elif offices:  # a titled surname used again and again before the full name is someone else's
        persons = [
            g
            for g in persons
            if offices <= g.offices() or sum(m.start < g.first for m in ms) < SURNAME_USES_BEFORE_FULL_NAME
        ]
    if gender:
        persons = [g for g in persons if g.gender() in (gender, None)]
        fitting = [g for g in persons if g.gender() == gender]
        if len(fitting) == 1:
            return fitting
    if len(persons) <= 1:
        return persons
    surname_of = [g for g in persons if any(person_parts(lf)[1] == lower for lf in g.forms)]
    if len(surname_of) < 2:
        return surname_of or persons
    first, *rest = sorted(surname_of, key=lambda g: g.first)
    if all(any(person_parts(lf)[0] in single for lf in g.forms) for g in rest):
        return [first]
    # the writer set the short form when only one person bore the name: first used after the
    # first person's full name, before anyone else's ("Elspeth Rowan … Rowan was born … her
    # daughter, Clare Rowan, … Rowan leaves": all Elspeth's, as a reader takes them); people
    # named as another's relation do not count (an obituary's "Ashby" after "her son, James
    # Ashby" confirmed the death is still the woman it is about)
    used = min(m.start for m in ms)
    subjects = [g for g in surname_of if not _introduced_as_relation(g)] or surname_of
    named_before = [g for g in subjects if g.first < used]
    return named_before if len(named_before) == 1 else persons


def _introduced_as_relation(g: _Group) -> bool:
    return min(g.mentions, key=lambda m: m.start).relation
