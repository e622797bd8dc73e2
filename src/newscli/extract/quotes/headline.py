"""Attributions in a headline: the compact forms headlines use for who said what.

The body's rules read a sentence's parse; a headline is no sentence ("Mayor: levy will hit
renters", "Levy will hit renters, mayor says") and the model tags its Title Case words
poorly, so these rules read the words and punctuation, and the parse only to tell a name
from a clause. Forms, in the order tried:

    S, X says            a trailing source with a speech verb ("Rates to rise, bank warns")
    X: S                 a source before a colon ("Mayor: levy will hit renters", "Mayor on
                         levy: it will hit renters")
    X says S             a source, a cue verb, its content ("Union warns of strike")

The source is the mention as written; it takes a body entity's name when the mention is
that entity's name or one of its aliases ("Okafor" -> "Ada Okafor"), as the body's
resolver names a surname. Headline words are never a source for a later pronoun.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ... import lexicon
from ...articles import DATELINE_RE
from ...model import Entity, Mention, Quote, Segment
from .cues import VERB_FORMS, states_a_result

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# A headline source is a short noun phrase ("Mayor", "Jeb Bush Super PAC chief"); a longer
# run before a colon or verb is a clause of its own ("Why the council's plan to ... fails").
SOURCE_MAX_WORDS = 6
# Content shorter than this is a fragment, not something said ("Mayor: no").
CONTENT_MIN_WORDS = 2
# Verb classes (reporting_verbs.tsv) that report what someone says or holds in a headline.
HEADLINE_CUE_CLASSES = ("speech", "claim", "belief", "result", "asking", "intent", "stance")
# Closing quotation marks and punctuation trimmed from the content's end ("… renters.").
_TRAILING = ".;,"
_QUOTE_CHARS = "\"'\u2018\u2019\u201c\u201d"
# A one-word source in capitals longer than this is a label ("BUSTED:", "UPDATE:"); an
# acronym that names a body is seldom longer ("FBI", "NATO", "IMF").
LABEL_MIN_CAPITALS = 4
# Parts of speech no headline source holds ("Can you imagine …", "Ah, friends once more: …").
_NOT_IN_SOURCE = ("PRON", "AUX", "ADV", "INTJ", "SCONJ")
# Function words inside a source's name or description ("the leaders of the movement",
# "Doctors for Reform", "my father"); any other makes the run a phrase of its own ("Stealth
# Over Health: …", "A Curious Plan to Fight …").
SOURCE_FUNCTION_WORDS = ("the", "a", "an", "of", "for", "and", "my", "his", "her", "our", "their", "its")
# A word right after the cue that makes it a phrasal verb or names a listener rather than
# content ("showed up at", "sings to the crowd", "met with"): no attribution.
# Cue classes whose content is an infinitive ("ordered X to act"): with a noun phrase alone
# the headline tells an act ("Judge Orders Retrial"). Intent stays: PolNeAR marks "X Seeks Y".
INFINITIVE_CLASSES = frozenset({"asking"})
NOT_CONTENT_OPENERS = ("up", "off", "down", "away", "back", "out", "to", "with")
# Dashes that set a label or an afterthought apart in a headline.
_DASHES = ("-", "\u2013", "\u2014", "--")


def _cue_classes() -> dict[str, frozenset[str]]:
    return {
        lemma: frozenset(classes.split(","))
        for lemma, (classes,) in lexicon.table("reporting_verbs").items()
        if " " not in lemma and set(classes.split(",")) & set(HEADLINE_CUE_CLASSES)
    }


CUE_CLASSES = _cue_classes()
CUE_LEMMAS = frozenset(CUE_CLASSES)
# Phrasal cues of the lexicon ("warn of", "vote against") and the particles they end in: a
# cue followed by one of these particles reports only as one of these phrases ("Senate Votes
# on Budget" is a vote held, not a view stated; "Nurses Warn of Crisis" is a warning).
PHRASAL_CUES = frozenset(lemma for lemma in lexicon.table("reporting_verbs") if lemma.count(" ") == 1)
PHRASAL_PARTICLES = frozenset(lemma.split(" ")[1] for lemma in PHRASAL_CUES)
# Words that open a headline before a colon without naming anyone ("Exclusive:", "Watch:").
KICKERS = lexicon.words("headline_kickers")


def lemma_of(word: str) -> str:
    """The lemma of a verb form as headlines write it ("Says" -> say, "warned" -> warn)."""
    word = word.lower()
    if word in VERB_FORMS:
        return VERB_FORMS[word]
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
    ):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in CUE_LEMMAS:
            return word[: -len(suffix)] + repl
    return word


def _is_cue(token: Token) -> bool:
    """A cue verb form: "says", "warns", "said", "say"."""
    return token.is_alpha and lemma_of(token.text) in CUE_LEMMAS and token.pos_ not in ("DET", "ADP", "PRON")


def _reads_as_verb(cue: Token, source: Span) -> bool:
    """Whether a cue form is the headline's verb, not a noun of the same spelling.

    A bare form follows a plural source ("Democrats say", not "Clinton Plan for Taxes"); a
    noun the parse puts in a compound before another verb is a name's word ("Power Plant
    Rules Face …"); a particle or "to"/"with" after a speech verb makes it a phrasal verb or
    names a listener ("showed up at", "sings to the crowd").
    """
    doc = cue.doc
    last = source[-1]
    if cue.lower_ == lemma_of(cue.text) and not (
        "Plur" in last.morph.get("Number", [])
        or (last.pos_ in ("NOUN", "PROPN") and last.lower_.endswith("s"))
    ):
        return False
    if cue.pos_ in ("NOUN", "PROPN") and any(
        t.pos_ == "VERB" and t.dep_ == "ROOT" for t in doc if t.i != cue.i
    ):
        return False
    after = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if after is not None and after.lower_ in NOT_CONTENT_OPENERS:
        return after.lower_ == "to" and bool(CUE_CLASSES[lemma_of(cue.text)] & {"intent", "asking"})
    if after is not None and after.lower_ in PHRASAL_PARTICLES:
        return f"{lemma_of(cue.text)} {after.lower_}" in PHRASAL_CUES
    if CUE_CLASSES[lemma_of(cue.text)] <= INFINITIVE_CLASSES:
        # an asking cue reports an infinitive; "Judge Orders Retrial" is an act
        return any(t.lower_ == "to" for t in doc[cue.i + 1 :])
    return True


def _words(span: Span) -> int:
    return sum(1 for t in span if not (t.is_punct or t.is_space))


def _plausible_source(span: Span) -> bool:
    """A short noun phrase: a noun or name, no verb of its own, no kicker or dateline.

    The model tags Title Case words poorly ("Praises" as a name), so a capitalised verb is
    let pass; pronouns, adverbs, interjections and most prepositions are not ("Can you
    imagine", "Ah, friends once more:", "Stealth Over Health:").
    """
    if not 1 <= _words(span) <= SOURCE_MAX_WORDS:
        return False
    if (
        span[0].lower_ in KICKERS
        or span[-1].lower_ in KICKERS
        or span.text.lower() in KICKERS
        or DATELINE_RE.match(span.text + ":")
    ):
        return False
    if len(span) == 1 and span[0].is_upper and len(span[0]) > LABEL_MIN_CAPITALS:
        return False  # "BREAKING:", "BOOM:", a column's name: a label; "FBI:", "NATO:" stay
    for t in span:
        if (t.is_quote and t.pos_ != "PART") or t.pos_ in _NOT_IN_SOURCE:
            return False
        if t.pos_ == "VERB" and t.is_lower:
            return False
        if (t.pos_ == "ADP" or t.is_stop) and t.lower_ not in SOURCE_FUNCTION_WORDS:
            return False  # "Over" in "Stealth Over Health" is tagged a name, but is a stop word
    return any(t.pos_ in ("PROPN", "NOUN") or t.text[:1].isupper() for t in span)


def _content(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Character offsets of tokens start..end without "that" or trailing punctuation."""
    while start < end and (doc[start].lower_ == "that" or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _TRAILING or doc[end - 1].is_space):
        end -= 1
    if end > start and doc[start].pos_ in ("AUX", "VERB") and doc[start].is_lower:
        return None  # "Nomination questions are likely …": the cue was a noun, its verb follows
    if _words(doc[start:end]) < CONTENT_MIN_WORDS and not (
        end > start and doc[start].pos_ == "PROPN"
    ):  # "Unions praise Obama": a name alone is what a stance is on
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _spaced_dash(token: Token) -> bool:
    """A dash with a space before it (" - ", " – "), not a hyphen inside a word."""
    return token.text in _DASHES and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _outside_quotes(doc: Doc) -> list[bool]:
    """Whether each token stands outside quotation marks (a colon inside them is quoted)."""
    out, inside = [], False
    for t in doc:
        if t.text in '"\u201c\u201d':
            inside = t.text == "\u201c" or (t.text == '"' and not inside)
        out.append(not inside)
    return out


def _trailing(doc: Doc) -> tuple[Span, Token, tuple[int, int]] | None:
    """S, X says: the last comma, a short source, a cue verb at the end."""
    last = len(doc)
    while last > 0 and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    if last < 3 or not _is_cue(doc[last - 1]):
        return None
    comma = next((t.i for t in reversed(doc[: last - 1]) if t.text == ","), None)
    if comma is None or comma < 1:
        return None
    source = doc[comma + 1 : last - 1]
    content = _content(doc, 0, comma)
    if not _plausible_source(source) or content is None:
        return None
    return source, doc[last - 1], content


def _colon(doc: Doc, outside: Sequence[bool]) -> tuple[Span, Token, tuple[int, int]] | None:
    """X: S, the first colon outside quotation marks."""
    colon = next((t for t in doc if t.text == ":" and outside[t.i]), None)
    if colon is None or colon.i < 1:
        return None
    first = 0
    if doc[0].lower_ in KICKERS and len(doc) > 2 and _spaced_dash(doc[1]):
        first = 2  # "EXCLUSIVE – Mayor: …": the label, then the source
    source = doc[first : colon.i]
    topic = next((t.i for t in source[1:] if t.lower_ == "on"), None)
    if topic is not None:  # "Mayor on the levy: …": the mayor speaks on a topic
        source = doc[:topic]
    content = _content(doc, colon.i + 1, len(doc))
    if not _plausible_source(source) or content is None:
        return None
    return source, colon, content


def _verb(doc: Doc, outside: Sequence[bool]) -> tuple[Span, Token, tuple[int, int]] | None:
    """X says S: the first cue verb after a short source at the headline's (or a clause's) start."""
    for token in doc[1:]:
        if not outside[token.i] or not _is_cue(token):
            continue
        start = max((t.i + 1 for t in doc[: token.i] if t.text in (",", ";", ":")), default=0)
        source = doc[start : token.i]
        end = next((t.i for t in doc[token.i + 1 :] if _spaced_dash(t) and outside[t.i]), len(doc))
        content = _content(doc, token.i + 1, end)  # "X endorses Y - but …": Y
        if _states_a_figure(lemma_of(token.text), doc[token.i + 1 : end]):
            return None  # "Airline Posts Record Loss": a result, not something said
        if _plausible_source(source) and content is not None and _reads_as_verb(token, source):
            return source, token, content
        return None
    return None


def _states_a_figure(lemma: str, content: Span) -> bool:
    """A content that is a noun phrase ending in a figure ("Posts Record Loss"): the headline
    tells a result, as the body's rule reads it. Its last word is the noun's head, as
    headlines write it."""
    words = [t for t in content if not (t.is_punct or t.is_space)]
    if not words or any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in words):
        return False
    return states_a_result(lemma, words[-1])


def _name(mention: Span, entities: Sequence[Entity]) -> str:
    """The body entity the mention names: by its name or an alias, or a person's surname
    when one person alone has it (as the body's entities group "Ruiz" with "Marta Ruiz");
    else the mention itself."""
    written = mention.text.strip()
    for e in entities:
        if written == e.name or written in e.aliases:
            return e.name
    surnamed = {e.name for e in entities if e.label == "PERSON" and e.name.endswith(" " + written)}
    return surnamed.pop() if len(surnamed) == 1 else written


def _kind(text: str) -> str:
    """A content wholly inside quotation marks is a direct quote; one holding some, mixed."""
    if text[:1] in _QUOTE_CHARS and text.rstrip(".")[-1:] in _QUOTE_CHARS:
        return "direct"
    return "mixed" if any(c in text for c in '"\u201c\u201d') else "indirect"


def headline_quotes(headline: Doc, offset: int, entities: Sequence[Entity] = ()) -> list[Quote]:
    """The attribution a headline makes, if any, as a Quote with offsets into the article.

    Args:
        headline: the headline parsed as a Doc of its own.
        offset: where the headline starts in the article's text.
        entities: the body's entities, to name the source ("Okafor" -> "Ada Okafor").

    Returns:
        At most one Quote: kind "indirect" (or "direct"/"mixed" when its content is quoted),
        its content as the one segment, the source mention as speaker_mention, the cue (a
        verb, or the colon) as cue_mention.
    """
    if headline.text.rstrip().endswith("?"):
        return []  # a question asks; it reports no one ("Can the league survive?")
    outside = _outside_quotes(headline)
    found = _trailing(headline) or _colon(headline, outside) or _verb(headline, outside)
    if found is None:
        return []
    source, cue, (start, end) = found
    text = headline.text[start:end]
    return [
        Quote(
            text=text,
            start=offset + start,
            end=offset + end,
            segments=(Segment(offset + start, offset + end),),
            speaker=_name(source, entities),
            speaker_mention=Mention(source.text, offset + source.start_char, offset + source.end_char),
            cue=cue.text,
            kind=_kind(text),
            cue_mention=Mention(cue.text, offset + cue.idx, offset + cue.idx + len(cue)),
        )
    ]
