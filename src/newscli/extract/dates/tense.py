"""The tense of the verb governing a temporal expression, one `Tense` for every command.

Cue words around the expression decide: auxiliaries ("will", "would", "had"), plans
("scheduled to", "is set to"), and past forms. Only word forms are read, never tags or the
dependency parse, so that `dates` (which runs only the entity recogniser) and `analyze`
(the whole pipeline) give one answer for the same text. Measured on TimeBank/AQUAINT, the
parse-based reading was also the worse one (value F1 .820/.753 against .826/.771): it took
"would raise the matter at its meeting on Thursday" to a past Thursday.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from ... import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class Tense(Enum):
    """What the governing verb says about when: before, after, or near the anchor."""

    PAST = "past"
    FUTURE = "future"
    NEAREST = "nearest"  # either way, whichever is closer: after a deadline word, a changed plan
    PRESENT = "present"  # "is payable March 3", "today is the tenth day": placed like UNKNOWN
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, value: Tense | str | None) -> Tense:
        """A Tense from itself, its name ("past") or None (unknown)."""
        if isinstance(value, Tense):
            return value
        return cls(value) if value else cls.UNKNOWN


# Without a parse, cue words are looked for in the clause around the expression: ten tokens
# to the left hold "would have been scheduled to meet with them on"; three to the right hold
# "Monday was canceled".
LEFT_WINDOW = 11
RIGHT_WINDOW = 4
# An expression opening its sentence takes the tense of the clause after its comma, read up
# to this many tokens ("On Tuesday, the league's owners plan to hold …").
MAIN_CLAUSE_WINDOW = 15

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_FUTURE_BEFORE_TO = lexicon.words("plans_before_to")
_LOOKING_AHEAD = lexicon.words("modal_verbs") | {"planning", "until", "till"}
_PLANNED = frozenset({"scheduled", "expected", "upcoming", "planned", "slated"})
_CLAUSE_LEADS = frozenset({"on", "in", "by", "until", "till", "up", "late", "early", "since"})
_CLAUSE_ENDS = frozenset({".", ";", ":", "?", "!", '"', "\u201c", "\u201d", "''", "``"})
_CLAUSE_BREAKS = frozenset({"and", "but", "while", "when"})
_UNTIL = frozenset({"until", "till"})
_PASSIVE_BE = frozenset({"be", "is", "are", "am", "was", "were", "been", "being"})
# Linking verbs before a participle, which then reads as an adjective ("will stay closed on
# Thursday", "remained shut on Monday"): the linking verb or its auxiliary carries the tense.
# "looks settled", "seems set": a linking verb of how things look, in its own tense.
_LINKING = frozenset(
    {"stay", "stays", "stayed", "remain", "remains", "remained"}
    | {"look", "looks", "looked", "seem", "seems", "seemed"}
)
_AUX_TENSE = {
    "stayed": Tense.PAST,
    "remained": Tense.PAST,
    "looked": Tense.PAST,
    "seemed": Tense.PAST,
    "stays": Tense.PRESENT,
    "remains": Tense.PRESENT,
    "looks": Tense.PRESENT,
    "seems": Tense.PRESENT,
    "is": Tense.PRESENT,  # "the road is closed on Friday": the nearest Friday, as "is on Friday"
    "are": Tense.PRESENT,
    "was": Tense.PAST,
    "were": Tense.PAST,
    "had": Tense.PAST,
    "will": Tense.FUTURE,
    "would": Tense.FUTURE,
    "to": Tense.FUTURE,
    "'ll": Tense.FUTURE,
}
# Without a tagger, past verbs are known by their form: regular "-ed" forms and the
# common irregular ones (lexicon/past_forms.txt), less "-ed" words that are not verbs.
_IRREGULAR_PAST = lexicon.words("past_forms")
_NOT_PAST = lexicon.words("not_past_forms")


def _present_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """The present forms of verbs: base, -s ("starts", "goes") and -ing ("flying", "running")."""
    out = set()
    for lemma in lemmas:
        out |= {
            lemma,
            lemma + "s",
            lemma + "es",
            lemma + "ing",
            lemma[:-1] + "ing",
            lemma + lemma[-1] + "ing",
        }
    return frozenset(out)


# A present-tense verb of a scheduled event looks ahead: "the hearing starts on Thursday".
_SCHEDULED = _present_forms(lexicon.words("scheduled_verbs")) | {"due"}
_PAST_AUX = frozenset({"did", "didn't", "had", "hadn't", "was", "were", "wasn't", "weren't"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})
# A date attached to an event noun is the event's, whatever the tense of the clause around it.
EVENT_NOUNS = lexicon.words("event_nouns")
_BEFORE_AN_ADJECTIVE = frozenset("a an the its his her their our my your still very newly long".split())


def tense(span: Span) -> Tense:
    """The tense of the verb governing an expression, from the cue words of its clause."""
    doc = span.doc
    left = _left_of(span)
    if all(t.lower_ in _CLAUSE_LEADS for t in left) and span.end < len(doc) and doc[span.end].text == ",":
        main = _main_clause_tense(
            doc[span.end + 1 : span.end + MAIN_CLAUSE_WINDOW], until=bool(left) and left[0].lower_ in _UNTIL
        )
        if main is not None:
            return main  # "On Tuesday, the league plans to hold …", "Until Thursday, they had not called …"
    right = []
    for t in doc[span.end : min(len(doc), span.end + RIGHT_WINDOW)]:
        if t.is_punct:
            break
        right.append(t)
    if left and left[0].lower_ == "for" and any(t.lower_ in _FIXING for t in left[1:]):
        return _unless_had(left)  # "the draw sets the final for 27 December": a date fixed is to come
    found = _cue_tense(left, right)
    if found is Tense.UNKNOWN:
        found = _coordinated_tense(doc, left[-1].i if left else span.start)
    if found in (Tense.UNKNOWN, Tense.PRESENT) and _a_condition_of_a_future(span, left):
        return Tense.FUTURE  # "will be ready next year if Congress acts by October"
    return found


# Conjunctions of a clause whose present tense tells a future when the main clause does.
_CONDITIONS = frozenset({"if", "unless", "once", "when", "provided"})
# how far the main clause of a condition is read, either side of the condition's clause
CONDITION_REACH = 15


def _a_condition_of_a_future(span: Span, left: list[Token]) -> bool:
    """An expression in an "if" (unless, once, when) clause whose main clause looks ahead, by a
    future or modal verb or a time to come: "work will start in June if the council agrees by
    March", "If the board agrees by May, the plant could reopen", "By next summer, if the board
    agrees by May": English tells the future of a condition in the present tense."""
    doc = span.doc
    first = left[-1].i if left else span.start
    opener = next(
        (j for j in (first, first - 1) if 0 <= j < span.start and doc[j].lower_ in _CONDITIONS), None
    )
    if opener is None:
        return False
    if opener > 0 and doc[opener - 1].text == ",":  # the main clause before: "..., if ..."
        main = [t.lower_ for t in _clause_before(doc, opener - 1)]
    else:  # the condition opens the sentence: "If ..., the plant could reopen"
        comma = next((t.i for t in doc[span.end : span.end + CONDITION_REACH] if t.text in (",", ".")), None)
        if comma is None or doc[comma].text != ",":
            return False
        main = [t.lower_ for t in doc[comma + 1 : comma + CONDITION_REACH]]
    return any(word in _FUTURE_AUX or word in _MODALS or word in _AHEAD_WORDS for word in main)


_MODALS = lexicon.words("modal_verbs")
# a main clause with no verb may still be placed ahead by its time: "By the end of next year,
# if Congress acts by October" (an answer to "when will ...?")
_AHEAD_WORDS = frozenset({"next", "tomorrow", "coming", "upcoming"})


def _clause_before(doc: Doc, end: int) -> list[Token]:
    """The words of the sentence before token `end`, back to its start, nearest first."""
    out = []
    for t in reversed(doc[max(0, end - CONDITION_REACH) : end]):
        if t.text in _CLAUSE_ENDS or "\n" in t.text:
            break
        out.append(t)
    return out


# Words that join a clause with no tense cue of its own to the one before it, whose tense
# it shares: "will meet the mayor on Monday and discuss the budget on Friday", "would open on
# Saturday and Sunday", "will open late every Friday, and on Boxing Day".
# A comma alone is no such join ("directors authorized a split, payable Dec. 7"), nor is "but",
# which contrasts ("organized not only in the early states but also in those that vote in March").
_COORDINATORS = frozenset({"and", "or"})
# A clause opened after a comma by one of these, or by a participle of a scheduled verb,
# tells no time of its own and shares the main clause's: "will tour in spring, starting in
# Leeds on June 4", "showers are likely, with gusts on Sunday evening".
_JOINED_AFTER_A_COMMA = frozenset({"with"})
# how many clauses back a coordinated clause without a cue reads for one
COORDINATED_CLAUSES = 2


def _coordinated_tense(doc: Doc, first: int) -> Tense:
    """The tense of the clause a cueless clause starting at token `first` is coordinated with."""
    for _ in range(COORDINATED_CLAUSES):
        j = first - 1
        if j >= 1 and doc[j].text == "," and _opens_a_joined_clause(doc[first]):
            pass  # ", starting in Leeds on June 4", ", with gusts on Sunday"
        elif j < 1 or doc[j].lower_ not in _COORDINATORS:
            return Tense.UNKNOWN  # not after a coordinator: the sentence's start, a comma ...
        else:
            j -= doc[j - 1].text == ","  # ", and on Boxing Day"
        before = _clause_left_of(doc, j)
        found = _cue_tense(before, [], scheduled=False)
        if found is not Tense.UNKNOWN or not before:
            return found
        first = before[-1].i
    return Tense.UNKNOWN


def _opens_a_joined_clause(t: Token) -> bool:
    """ "with", or the -ing participle of a scheduled verb ("starting", "ending", "opening")."""
    return t.lower_ in _JOINED_AFTER_A_COMMA or (t.lower_.endswith("ing") and t.lower_ in _SCHEDULED)


def _left_of(span: Span) -> list[Token]:
    """The words of the clause left of an expression, nearest first."""
    return _clause_left_of(span.doc, span.start)


def _clause_left_of(doc: Doc, start: int) -> list[Token]:
    """The words of the clause left of token `start`, nearest first."""
    left = []
    for t in reversed(doc[max(0, start - LEFT_WINDOW) : start]):
        if t.text == "(" and t.i == start - 1:
            continue  # "will land at 6 in the evening (6 p.m. CET Sunday)"
        if _joins_a_word(t) or t.text == "%":
            continue  # "full-year results on 27 February", "from 3.1% in April": inside a word
        if _quote_completing_a_verb(t):
            continue  # 'would "learn from it before Wednesday."': the quotation is the verb's
        if t.is_punct or "\n" in t.text or (t.lower_ in _CLAUSE_BREAKS and not _joins_two_figures(t)):
            break
        left.append(t)
    return left


def _joins_two_figures(t: Token) -> bool:
    """ "and" between two figures joins a range, not two clauses: "between 7am and 10pm on
    Thursday", "from 9 and 11 on Friday"."""
    doc = t.doc
    return 0 < t.i < len(doc) - 1 and _a_figure(doc[t.i - 1]) and doc[t.i + 1].text[:1].isdigit()


_CLOCK_SUFFIXES = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m"})


def _a_figure(t: Token) -> bool:
    """A number, or the "am" of a clock time the tokenizer split off ("7", "am")."""
    return t.text[:1].isdigit() or (
        t.lower_ in _CLOCK_SUFFIXES and t.i > 0 and t.doc[t.i - 1].text[:1].isdigit()
    )


# A quotation opened right after one of these words finishes its verb phrase, so the word's
# tense governs the dates quoted: 'vowed to "fix it by Friday"', 'would "meet again Monday"'.
_VERB_BEFORE_A_QUOTE = _FUTURE_AUX | lexicon.words("modal_verbs") | {"to"} | _PASSIVE_BE
_OPENING_QUOTES = frozenset({"\u201c", "``"})


def _quote_completing_a_verb(t: Token) -> bool:
    """An opening quotation mark after an auxiliary, a modal or "to", inside one clause."""
    opening = t.text in _OPENING_QUOTES or (t.text == '"' and not t.whitespace_)
    return opening and t.i > 0 and t.doc[t.i - 1].lower_ in _VERB_BEFORE_A_QUOTE


def _joins_a_word(t: Token) -> bool:
    return t.text == "-" and t.i > 0 and not t.doc[t.i - 1].whitespace_ and not t.whitespace_


def _cue_tense(left: list[Token], right: list[Token], *, scheduled: bool = True) -> Tense:
    """The tense the first decisive cue word says, nearest on the left first, then the right;
    `scheduled`: whether a present verb of a scheduled event counts (a clause coordinated with
    it reads it not: "a charged visit to Mexico and the US on Wednesday", "visit" a noun)."""
    for k, t in enumerate(left + right):
        found = _cue(k, t, left, right, scheduled)
        if found is not None:
            return found
    return Tense.UNKNOWN


def _cue(k: int, t: Token, left: list[Token], right: list[Token], scheduled: bool = True) -> Tense | None:
    """The tense cue word `t` (the k-th of left + right) says, or None if it says nothing."""
    word, on_left = t.lower_, k < len(left)
    if t.text == "May":
        return None  # the month, not the modal: "fell to 2.9% in May from 3.1% in April"
    if word in ("planned", "slated") and (
        any(a.lower_ in ("was", "were", "had") and looks_past(b.lower_) for a, b in zip(right, right[1:]))
        or any(b.lower_ == "previously" for b in left[k + 1 : k + 2])
    ):
        return Tense.PAST  # "a service planned for Saturday was canceled", "as previously planned"
    if word in _FUTURE_AUX or word in _PLANNED:
        return _unless_had(left[k + 1 : k + 3])
    if word == "to" and (planned := _infinitive_tense(left, k)) is not None:
        return planned  # "set to resume Monday", "is to meet Tuesday", "were told to leave by Friday"
    if on_left and word in _UNTIL and any(n.lower_ in ("not", "n't") for n in left[k + 1 : k + 2]):
        return None  # "it was not until Tuesday that ...": the verb before "not" tells
    if on_left and word in _UNTIL and _a_past_verb_before(left[k + 1 :]):
        return Tense.NEAREST  # "stayed top until March" (in May): the end told may be gone
    if on_left and (
        word in _LOOKING_AHEAD
        or (word == "as" and k + 1 < len(left) and left[k + 1].lower_ in ("soon", "early"))
    ):
        return Tense.FUTURE  # "would meet Thursday", "planning to drive ... Monday", "as soon as Tuesday"
    if on_left and word in _FORECAST and not any(b.lower_ in ("was", "were") for b in left[k + 1 : k + 2]):
        return Tense.FUTURE  # "snow likely by Thursday night", "frost is possible on Sunday"
    if k == len(left) and word in _MODALS and [n.lower_ for n in right[1:2]] != ["have"]:
        return Tense.FUTURE  # the modal right after: "trains on Saturday morning may be disrupted"
    if on_left and scheduled and _scheduled(k, t, left):
        return Tense.FUTURE  # "the hearing starts on Thursday", "is flying to Lagos on Monday"
    if on_left and word == "since":
        return Tense.PAST  # "since Monday", "since the Oct. 23 slaying"
    if on_left and (
        (word in ("is", "are") or (word == "am" and not _a_figure(t)))
        or (word in ("'s", "\u2019s") and _after_a_pronoun(t))
    ):
        return Tense.PRESENT  # "is payable March 3", "is pressing for a vote on June 9"
    if past_verb(t):
        # the words before the participle, past an adverb or a quotation mark and past the
        # window's edge: "will be fully reopened", 'would be "repaired by"', "will be named [...]"
        before = _words_before(t, 2) if on_left else []
        if not on_left and k > len(left) and right[k - len(left) - 1].lower_ in _LINKING:
            before = [right[k - len(left) - 1]]  # "the first half of December looks settled"
        if (
            [b.lower_ for b in before] == ["be", "to"]
            and k + 3 < len(left)
            and left[k + 3].lower_ in _FUTURE_BEFORE_TO
        ):
            return _unless_had(left[k + 4 : k + 6])  # "had been due to be sentenced on Monday"
        if before and (before[0].lower_ in _PASSIVE_BE or before[0].lower_ in _LINKING):
            # the auxiliary (or a linking verb) carries the tense
            return _AUX_TENSE.get(before[0].lower_) or next(
                (_AUX_TENSE[b.lower_] for b in before[1:] if b.lower_ in _AUX_TENSE), Tense.UNKNOWN
            )
        return Tense.PAST
    return None


def _a_past_verb_before(words: list[Token]) -> bool:
    """Whether the words (nearest first) reach a past verb before a future auxiliary, a modal
    or "to", and not one of putting off (lexicon/delaying_verbs.txt): "stayed top until", not
    "were expected to stay open until" nor "postponed the vote until"."""
    for t in words:
        if t.lower_ in _FUTURE_AUX or t.lower_ in _MODALS or t.lower_ == "to" or t.lower_ in _PLANNED:
            return False
        if past_verb(t):
            return t.lower_ not in _DELAYING  # "postponed until Tuesday": the new day, to come
    return False


_DELAYING = lexicon.words("delaying_verbs")
_DIRECTIVES = lexicon.words("directive_verbs")
_FORECAST = lexicon.words("forecast_words")
_FIXING = lexicon.words("fixing_verbs")
# how many words of an object may stand between a directive verb and "to" ("urged the
# county's residents to")
OBJECT_REACH = 4
_DAY_LEADS = frozenset({"on", "in", "at", "last", "this", "early", "late"})


def _infinitive_tense(left: list[Token], k: int) -> Tense | None:
    """The tense of an infinitive ("to" at `left[k]`) by the verb it completes, or None.

    After a plan word, the future ("set to resume Monday"); after a verb of deciding or
    telling (lexicon/directive_verbs.txt), past a directive's object, the nearest day, which
    may be the deed's or the verb's ("were told to arrive on Sunday", "voted to confirm her
    on Tuesday"), or the future when the verb has its own day ("voted on Tuesday to close the
    pool in May": the later day is the deed's).
    """
    j = k + 1
    while j < len(left) and (left[j].ent_type_ in ("DATE", "TIME") or left[j].lower_ in _DAY_LEADS):
        j += 1
    timed = any(t.ent_type_ in ("DATE", "TIME") for t in left[k + 1 : j])
    word = left[j].lower_ if j < len(left) else ""
    if word in _FUTURE_BEFORE_TO and j == k + 1:
        return _unless_had(left[j + 1 : j + 3])
    if word in _DIRECTIVES:
        return _unless_had(left[j + 1 : j + 3]) if timed else Tense.NEAREST
    for j in range(k + 2, min(len(left), k + 2 + OBJECT_REACH)):
        if left[j].lower_ in _DIRECTIVES:
            return Tense.NEAREST
        if left[j].lower_ in _FUTURE_AUX or left[j].lower_ in _PASSIVE_BE or past_verb(left[j]):
            return None  # another verb: the object was a clause's
    return None


_BETWEEN_AUXILIARY_AND_VERB = frozenset(
    {"not", "n't", "also", "still", "already", "just", "never", "now", "then"}
)
# how far back the auxiliary of a participle is looked for, adverbs and quotation marks included
AUXILIARY_REACH = 5


def _words_before(t: Token, n: int) -> list[Token]:
    """Up to n words before a token in its clause, nearest first, leaving out adverbs ("fully",
    "not") and the quotation mark of a quoted verb phrase ('would be "repaired ..."')."""
    out: list[Token] = []
    for j in range(t.i - 1, max(-1, t.i - 1 - AUXILIARY_REACH), -1):
        word = t.doc[j]
        if word.text in _OPENING_QUOTES or word.text == '"':
            continue
        if word.is_punct or "\n" in word.text or len(out) == n:
            break
        if word.lower_ in _BETWEEN_AUXILIARY_AND_VERB or (word.lower_.endswith("ly") and len(word) > 4):
            continue
        out.append(word)
    return out


def _scheduled(k: int, t: Token, left: list[Token]) -> bool:
    """A present form of a scheduling verb, not a noun ("the close") nor after a past auxiliary."""
    word = t.lower_
    if word not in _SCHEDULED or _after_a_determiner(t):
        return False
    before = [b.lower_ for b in left[k + 1 : k + 3]]
    if word.endswith("ing"):  # the present progressive as a future: "is flying to Lagos on Monday"
        return bool(before) and before[0] in _PRESENT_BE
    return not (set(before) & _PAST_AUX) and before[:1] != ["to"]  # "due to expire Friday": the plan decides


# how many modifiers may stand between a determiner and the noun it opens ("a politically
# charged visit")
MODIFIER_REACH = 3


def _after_a_determiner(t: Token) -> bool:
    """A word after a determiner, past adverbs ("-ly") and participles used as adjectives: a
    noun, "the close", "a politically charged visit" (not "the team visit", a verb)."""
    doc = t.doc
    for j in range(t.i - 1, max(-1, t.i - 2 - MODIFIER_REACH), -1):
        word = doc[j].lower_
        if word in _BEFORE_AN_ADJECTIVE:
            return True
        if not ((word.endswith("ly") and len(word) > 4) or looks_past(word)):
            return False
    return False


_PRONOUNS = frozenset("it that this there here today he she what".split())


def _after_a_pronoun(t: Token) -> bool:
    return t.i > 0 and t.doc[t.i - 1].lower_ in _PRONOUNS  # "it's", not a possessive


def _main_clause_tense(after: Span, until: bool) -> Tense | None:
    """The tense an expression opening its sentence takes from the clause after its comma:
    future for a plan or "will" there, past for "had" after "Until …," ("they had not called")."""
    words = []
    for t in after:
        if t.text in _CLAUSE_ENDS or "\n" in t.text:
            break
        if t.text != ",":
            words.append(t.lower_)
    for k, word in enumerate(words):
        if word == "had":
            return Tense.PAST if until else None
        if looks_past(word):
            return None  # "In September, it announced plans to …"
        if word in _FUTURE_AUX or (word in _FUTURE_BEFORE_TO and words[k + 1 : k + 2] == ["to"]):
            return Tense.FUTURE
    return None


def _unless_had(before: list[Token]) -> Tense:
    """future, or the nearest such day for a plan in the past perfect, which was often changed:
    "had been scheduled to expire Friday" (and was extended) may be last Friday or the coming one."""
    return Tense.NEAREST if any(b.lower_ == "had" for b in before) else Tense.FUTURE


def past_verb(t: Token) -> bool:
    """A past form that is a verb: not an adjective after a determiner ("a still unspecified date",
    "the preferred shares") nor a word of a name ("the Senate Armed Services Committee")."""
    return (
        looks_past(t.lower_)
        and not (t.i > 0 and t.doc[t.i - 1].lower_ in _BEFORE_AN_ADJECTIVE)
        and not _after_a_verb_in_the_infinitive(t)
        and not _in_a_name(t)
    )


_HAVE_OR_BE = _PASSIVE_BE | {"have", "get"}


def _after_a_verb_in_the_infinitive(t: Token) -> bool:
    """A past form right after a verb that follows "will", a modal or "to", which then opens
    its object as an adjective: "will publish updated forecasts", "to release revised figures"
    (not "will be updated", "would have updated")."""
    doc = t.doc
    if t.i < 2:
        return False
    verb, aux = doc[t.i - 1], doc[t.i - 2]
    return (
        verb.is_alpha
        and verb.lower_ not in _HAVE_OR_BE
        and (aux.lower_ in _FUTURE_AUX or aux.lower_ in _MODALS or aux.lower_ == "to")
    )


_SENTENCE_ENDS = frozenset({".", "!", "?", ":"})


def _in_a_name(t: Token) -> bool:
    """A capitalised word inside a sentence next to another one: "Armed" of "the Senate Armed
    Services", "Limited" of "Harbour Freight Limited"."""
    doc = t.doc
    if not t.is_title or t.i == 0 or doc[t.i - 1].text in _SENTENCE_ENDS or "\n" in doc[t.i - 1].whitespace_:
        return False
    return doc[t.i - 1].is_title or (t.i + 1 < len(doc) and doc[t.i + 1].is_title)


def looks_past(word: str) -> bool:
    return word in _IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST)


# A date after a deadline word is set by the verb, not placed by it: "was extended to Nov. 20"
# (a past verb, a date yet to come), "loans through January" (in October: the coming one).
_DEADLINE_WORDS = frozenset({"to", "until", "till", "by", "through", "before", "effective", "past", "around"})
_DEADLINES_AHEAD = frozenset({"by", "through", "until", "till", "effective"})
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_FUNCTION_WORDS = frozenset(
    "and or but through since for to in at on by with until from of as while when after before than".split()
)


def expression_tense(span: Span) -> Tense:
    """The tense an expression is resolved with: its verb's, adjusted for deadlines and events."""
    found = tense(span)
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if found is Tense.PAST and before in _DEADLINE_WORDS:
        found = Tense.UNKNOWN  # "was extended to Nov. 20": a past verb setting a date yet to come
    elif found in (Tense.UNKNOWN, Tense.PRESENT) and before in _DEADLINES_AHEAD:
        found = Tense.NEAREST  # "loans through January" (in October), "this year through August"
    if found is Tense.PAST and _an_event_before_the_verb(span):
        found = Tense.NEAREST  # "a vote ... for February 19" called on Feb 10; "the ceremony on Feb. 9"
    if found is Tense.FUTURE and names_an_event(span):
        found = Tense.NEAREST  # "would look for ways around Wednesday's ruling": the ruling's own day
    elif found is Tense.PAST and names_an_event(span) and _a_scheduled_event_after(span):
        found = Tense.NEAREST  # "said little about the March 3 deadline": told in the past, still to come
    return found


def _an_event_before_the_verb(span: Span) -> bool:
    """An event noun nearer the expression than any verb: "the ceremony on Feb. 9 was ..."."""
    for t in _left_of(span):
        if t.lower_ in EVENT_NOUNS or (t.lower_.endswith("s") and t.lower_[:-1] in EVENT_NOUNS):
            return True
        if past_verb(t) or t.lower_ in _FUTURE_AUX or t.lower_ in _PRESENT_BE:
            return False
    return False


def _a_scheduled_event_after(span: Span) -> bool:
    """ "the Jan. 14 deadline", "the May 3 vote": a scheduled event (not "the Oct. 23 slaying")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    noun = doc[span.end].lower_
    return noun in EVENT_NOUNS or (noun.endswith("s") and noun[:-1] in EVENT_NOUNS)


def modifies_noun(following: Token) -> bool:
    """Whether a word after an expression is the noun (or adjective) it modifies, by its form."""
    return following.is_alpha and following.lower_ not in _FUNCTION_WORDS


def names_an_event(span: Span) -> bool:
    """A day naming the event after it: "Wednesday's ruling", "the Jan. 14 deadline"."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    following = doc[span.end]
    if following.lower_ in POSSESSIVE:
        return True
    return span.start > 0 and doc[span.start - 1].lower_ == "the" and modifies_noun(following)


# a future told from the time of the report ("would travel", "were set to continue"): the
# report's day, so the publication's weekday is that day, not next week's
_FUTURE_IN_THE_PAST = frozenset({"would", "could", "might", "was", "were", "had", "said", "told"})


def plain_future(span: Span) -> bool:
    """Whether a future tense is told from the publication day ("will light", "resumes on"),
    not from the report's ("said ... would travel"): HeidelTime puts the publication's own
    weekday told so in the next week."""
    for t in _left_of(span):
        if t.lower_ in _FUTURE_AUX:
            return True
        if t.lower_ in _FUTURE_IN_THE_PAST or t.lower_ in _DIRECTIVES:
            return False  # "would travel", "voted on Monday to meet again on Thursday"
    return True
