"""Speaker mentions -> names: one resolver per article.

A mention that is part of an entity takes the entity's name ("Lopez" -> "Maria Lopez"); "it" and
"they" take the organisation last the subject nearby; "he" and "she" the most plausible earlier
person (recent, a subject, of the pronoun's gender, already quoted, in the same paragraph); a
definite description ("the senator", "the 34-year-old") the person in focus when the title or age
fits; a capitalised mention keeps its words without a leading title ("Mayor Ana Ruiz" -> "Ana
Ruiz").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import doc_text
from ..entities import vocab as entity_vocab
from .context import Attribution
from .cues import (
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    RELATIVE,
    introduced_by,
    is_relative,
    name_at,
    publisher_of,
    reporting_cues_above,
    speaker_from,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ...model import Entity

FEMALE = entity_vocab.FEMALE_PRONOUNS
MALE = entity_vocab.MALE_PRONOUNS
# lexicon/titles.tsv, read once by the entities extractor: the words that open a title, the
# gender a title gives its holder ("Mrs.", "Congressman"; "Sen." gives none), and the full form
# of a short one ("sen" -> "senator", "pm" -> "prime minister").
TITLE_WORDS = entity_vocab.TITLE_WORDS
TITLE_GENDER = entity_vocab.TITLE_GENDER
TITLE_ABBREVIATIONS = entity_vocab.TITLE_FULL_FORMS
# lexicon/role_nouns.tsv, rows marked "story": roles of the person a story is about ("the
# defendant", "the driver"), as opposed to relations ("the mother" is someone's).
STORY_ROLES = entity_vocab.STORY_ROLES

# Nouns a story uses for the one company it names ("the company said", "the firm announced").
COMPANY_NOUNS = frozenset({"company", "firm"})
# "it said", "they wrote": the organisation last the subject in this paragraph or the one before.
ORGANISATION_PARAGRAPHS = 1
# A definite description standing for a person: "the senator", "the former governor", "the
# 34-year-old", up to "the state's attorney general" (longer ones name someone new).
DESCRIPTION_WORDS = 5
# "the defendant" looks back this many sentences for the sentence that names the person it stands for.
ROLE_SENTENCES = 3
# A pronoun's person is among the last persons mentioned; further back is another topic.
PERSON_CANDIDATES = 12
# Scores of a candidate for a pronoun, summed: recency counts most (each person mentioned in
# between costs 2); being a subject, already being quoted and being in the same paragraph make a
# person the focus; a known gender that agrees outweighs two steps of recency, one that clashes
# (learnt from pronouns nearby, so possibly wrong) all but excludes the person.
SCORE_PER_RANK = -2
SCORE_SUBJECT = 3
SCORE_GENDER_AGREES = 5
SCORE_GENDER_CLASHES = -8
SCORE_SPEAKER = 1
SCORE_SAME_PARAGRAPH = 3
# Centering (Grosz, Joshi & Weinstein 1995): the subject of the sentence just before a pronoun
# (or of its own sentence, before it) is the centre it most likely continues. "Coach Dana Reyes
# was less happy. “…,” she said": Reyes, not the coach quoted a paragraph earlier. The weight
# outbids an older speaker whose gender agrees (SCORE_GENDER_AGREES + SCORE_SPEAKER +
# SCORE_SAME_PARAGRAPH = 9, less one rank) but not a clash of gender (SCORE_GENDER_CLASHES).
SCORE_PREVIOUS_SUBJECT = 8


class Resolver:
    """Maps speaker mentions to entity names, and pronouns to the likely earlier person."""

    def __init__(
        self,
        doc: Doc,
        entities: Sequence[Entity],
        paragraphs: Sequence[tuple[int, int]],
        quoted: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.doc = doc
        # a person named inside a quotation is talked about, not the speaker a pronoun after it
        # stands for ("“Walter knows more gossip than I do,” she said")
        self.quoted = sorted(quoted)
        self.paragraph_starts = [s for s, _ in paragraphs]
        self.by_start: dict[int, Entity] = {}
        self.persons: list[tuple[int, Entity, bool]] = []  # (offset, entity, is_subject)
        self.organisations: list[tuple[int, Entity]] = []  # organisations as subjects
        self.gender: dict[str, str] = {}
        self.entities = entities
        self.titled: set[str] = set()  # names whose gender a title gives ("Mrs.", "Sen." does not)
        for e in entities:
            self._index(e)
            for t in e.titles:
                gender = entity_vocab.title_gender(t)
                if gender is not None:
                    self.gender[e.name] = gender
                    self.titled.add(e.name)
        self.persons.sort(key=lambda p: p[0])
        self.organisations.sort(key=lambda p: p[0])
        self.speakers: list[tuple[int, Entity]] = []
        self.reported: list[tuple[int, int]] = []  # reported contents (see talked_about)
        self._learn_gender()

    def _index(self, e: Entity) -> None:
        """Record where the entity's mentions stand, and which of them are subjects."""
        for m in e.mentions:
            for i in range(m.start, m.end):
                self.by_start[i] = e
            if e.label in ("PERSON", "ORG"):
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                subject = span is not None and is_subject(span)
                if e.label == "PERSON":
                    self.persons.append((m.start, e, subject))
                elif subject:
                    self.organisations.append((m.start, e))

    def _learn_gender(self) -> None:
        """Gender from pronouns that follow one person's name in a sentence ("Clinton said she")."""
        if not self.doc.has_annotation("SENT_START"):
            return
        votes: dict[str, Counter[str]] = {}
        previous: Entity | None = None  # the one person the sentence before was about
        for sent in self.doc.sents:
            self._vote_opening_pronoun(sent, previous, votes)
            previous = self._sole_subject(sent)
            named: list[Entity] = []
            other_name = False  # another name before the pronoun: it may be that one's
            for tok in sent:
                e = self.by_start.get(tok.idx)
                if e is not None and e.label == "PERSON":
                    if tok.dep_ in ("nsubj", "nsubjpass") and e not in named:
                        named.append(e)
                    elif named and e not in named:
                        other_name = True
                elif tok.pos_ == "PROPN" and named:
                    other_name = True  # "Warren told Stumpf, after he admitted ...": Stumpf
                elif tok.lower_ in FEMALE or tok.lower_ in MALE:
                    if len(named) == 1 and not other_name:
                        votes.setdefault(named[0].name, Counter())["f" if tok.lower_ in FEMALE else "m"] += 1
        for name, counter in votes.items():
            self.gender.setdefault(name, counter.most_common(1)[0][0])

    def _vote_opening_pronoun(
        self, sent: Span, previous: Entity | None, votes: dict[str, Counter[str]]
    ) -> None:
        """A gendered pronoun before any name in a sentence continues the one person the
        sentence before was about ("Striker Jonas Feld scored twice. His manager …": Feld is a
        man); inside a quotation it is the speaker's topic, no evidence."""
        if previous is None:
            return
        for tok in sent:
            named = self.by_start.get(tok.idx)
            if tok.ent_type_ == "PERSON" or (named is not None and named.label == "PERSON"):
                return  # "Then Lopez said he …": the pronoun may be that person's
            if (tok.lower_ in FEMALE or tok.lower_ in MALE) and not self._in_quote(tok.idx):
                votes.setdefault(previous.name, Counter())["f" if tok.lower_ in FEMALE else "m"] += 1
                return

    def _sole_subject(self, sent: Span) -> Entity | None:
        """The person a sentence outside quotation marks is about, when it names only one person
        and that one as its subject."""
        persons = {
            e.name: (e, subj)
            for pos, e, subj in self.persons
            if sent.start_char <= pos < sent.end_char and not self._in_quote(pos)
        }
        if len(persons) != 1:
            return None
        e, subj = next(iter(persons.values()))
        return e if subj else None

    def _paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset)

    def entity_at(self, span: Span) -> Entity | None:
        """The entity the span names: its last word must belong to an entity mention."""
        return self.by_start.get(span[-1].idx) if len(span) else None

    def resolve(self, mention: Span, *, learn_from_pronoun: bool = True) -> str:
        """The name a speaker mention stands for. A pronoun resolved with `learn_from_pronoun`
        teaches the resolver that person's gender and puts them in focus; reported speech
        resolves without it ("…,” Lopez told Becker, after he admitted that …": the "he" of
        an aside is no evidence about the quotation's speaker)."""
        if len(mention) == 1 and is_relative(mention[0]):
            mention = name_at(mention[0])  # "who" -> "Mike Pence, who"
        if is_label(mention):  # a transcript's label: "MAYOR JANE DOE" -> "Jane Doe"
            return self.labelled(mention.text)
        e = self.entity_at(mention)
        if e is not None:
            if e.label == "PERSON":
                self.speakers.append((mention.start_char, e))
            return e.name
        word = mention.text.lower()
        if len(mention) == 1:  # "His reply: “…”" is his
            word = POSSESSIVE_PRONOUNS.get(word, word)
        if len(mention) == 1 and word in ("it", "they"):
            # "it said", "they wrote": the organisation that was last the subject, nearby
            here = self._paragraph(mention.start_char)
            for pos, org in reversed(self.organisations):
                if pos < mention.start_char and here - self._paragraph(pos) <= ORGANISATION_PARAGRAPHS:
                    return org.name
        if len(mention) == 1 and word in PRONOUNS - {"it", "they", "we", "you", "them", "i"}:
            person = self.person_before(mention.start_char, word)
            if person is not None and not learn_from_pronoun:
                return person.name
            if person is not None:
                if word in FEMALE:
                    self.gender.setdefault(person.name, "f")
                elif word in MALE:
                    self.gender.setdefault(person.name, "m")
                self.speakers.append((mention.start_char, person))
                return person.name
        publisher = publisher_of(mention)
        if publisher is not None:  # "the statement said" -> the bank that issued it
            return self.resolve(name_at(publisher), learn_from_pronoun=False)
        described = self.described_before(mention)
        if described is not None:  # "the senator said" -> "Maria Lopez" (Senator Maria Lopez)
            return described.name
        company = self.the_company(mention)
        if company is not None:  # "the company announced" -> "Orin Semiconductor Corp."
            return company.name
        words = mention.text.split()
        if len(words) > 1 and all(w[:1].isupper() for w in words):  # "Mayor Ana Ruiz" -> "Ana Ruiz"
            while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
                words = words[1:]
            return " ".join(words)
        return mention.text

    def labelled(self, label: str) -> str:
        """The speaker a transcript label names, in normal case without its titles, as the
        person's entity names them when it has that form ("RUIZ" -> "Ana Ruiz"; "SEN. TOM REED"
        -> "Tom Reed"; a role stays a role: "HOST" -> "Host")."""
        words = label.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
            words = words[1:]
        name = " ".join(w.capitalize() if "'" not in w else w.title() for w in words)
        persons = [e for e in self.entities if e.label == "PERSON"]
        for e in persons:
            if name.lower() in {f.lower() for f in (e.name, *e.aliases)}:
                return e.name
        by_surname = [e for e in persons if e.name.split()[-1].lower() == name.lower()]
        return by_surname[0].name if len(by_surname) == 1 else name

    def described_before(self, mention: Span) -> Entity | None:
        """The person a definite description stands for: the person a pronoun there would be,
        when they hold the title it names ("the senator" with "Sen. Maria Lopez" in focus) or
        when it is an age alone ("the 34-year-old")."""
        words = mention.text.lower().split()
        if (
            not 2 <= len(words) <= DESCRIPTION_WORDS
            or words[0] != "the"
            or any(t.ent_type_ == "PERSON" for t in mention)
        ):
            return None
        if _AGE_RE.fullmatch(" ".join(words[1:])):
            return self.person_before(mention.start_char, "")
        if words[-1] in STORY_ROLES and (len(words) == 2 or words[1] == "former"):
            return self._sole_untitled(mention)  # "the defendant" -> Daniel Kerr
        if len(words) > 3 or (len(words) == 3 and words[1] != "former"):
            return None  # "the Florida senator": which one the place tells, not the title
        # the person in focus, as for a pronoun, when their title is the one named (the last
        # person titled "Sen." is often not the senator the story is about)
        focus = self.person_before(mention.start_char, "")
        if focus is not None and set(words[1:]) <= title_words(focus):
            return focus
        return None

    def the_company(self, mention: Span) -> Entity | None:
        """The company "the company" or "the firm" stands for: the organisation named last
        before it in its paragraph, when that one is named as a company (a company form or
        legal form ends its name: "Orin Semiconductor Corp. will build a plant, the company
        announced"); none when the organisation named last is not so named (it may be another
        company: "Ameriquest … the company agreed") or the paragraph names two companies."""
        words = mention.text.lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in COMPANY_NOUNS:
            return None
        here = self._paragraph(mention.start_char)
        named = [
            (m.start, e)
            for e in self.entities
            if e.label == "ORG"
            for m in e.mentions
            if m.start < mention.start_char and self._paragraph(m.start) == here
        ]
        companies = {e.name for _, e in named if _named_as_company(e)}
        if len(companies) != 1:
            return None  # "Corvane Inc. will buy Brellow Robotics, the company said": which one
        last = max(named, key=lambda p: p[0])[1]
        return last if last.name in companies else None

    def _sole_untitled(self, mention: Span) -> Entity | None:
        """The one person a role description ("the defendant", "the driver") can stand for: named
        last before it outside quotations (earlier in its own sentence, else in the nearest of
        the ROLE_SENTENCES before that names anyone) with no title of their own and not yet a
        speaker ("Prosecutors said Ian Roe, 30, lied. The defendant said …": Roe; the judge has
        a title, the prosecutors' witness has spoken); none when two or more fit."""
        if not self.doc.has_annotation("SENT_START"):
            return None
        sent = mention.sent
        end = mention.start_char
        spoken = {e.name for _, e in self.speakers}
        for _ in range(ROLE_SENTENCES + 1):
            named = {
                e.name: e
                for pos, e, _ in self.persons
                if sent.start_char <= pos < end and not self._in_quote(pos)
            }
            if named:
                fits = [e for e in named.values() if not e.titles and e.name not in spoken]
                return fits[0] if len(fits) == 1 and len(named) == 1 else None
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            end = sent.end_char
        return None

    def talked_about(self, contents: Sequence[tuple[int, int]]) -> None:
        """Record the (start, end) character spans of reported contents, whose subjects are
        talked about rather than in focus for a later pronoun."""
        self.reported = sorted(contents)

    def _in_quote(self, offset: int) -> bool:
        return _within(offset, self.quoted)

    def person_before(self, offset: int, pronoun: str) -> Entity | None:
        """The person a pronoun (or a description) at `offset` most plausibly stands for: the
        best-scored of the last persons mentioned (see the SCORE_ weights)."""
        want = "f" if pronoun in FEMALE else "m" if pronoun in MALE else None
        here = self._paragraph(offset)
        best, best_score = None, float("-inf")
        # a person who is the subject of a reported clause is talked about, not in focus:
        # "Prosecutor Ann Lowe said Gallo had sold the goods. She told the court …" is Lowe
        candidates = [
            (pos, e, subj and not _within(pos, self.reported))
            for pos, e, subj in self.persons
            if pos < offset and not self._in_quote(pos)
        ]
        candidates += [(pos, e, True) for pos, e in self.speakers if pos < offset]
        focus = self._centre(offset, candidates)
        for rank, (pos, e, subject) in enumerate(sorted(candidates, key=lambda c: -c[0])[:PERSON_CANDIDATES]):
            known = self.gender.get(e.name)
            clash = bool(want and known and known != want)
            if clash and e.name in self.titled:
                continue
            score = SCORE_PER_RANK * rank + (SCORE_SUBJECT if subject else 0)
            score += SCORE_GENDER_AGREES if want and known == want else 0
            score += SCORE_GENDER_CLASHES if clash else 0
            score += SCORE_SPEAKER if any(s is e for _, s in self.speakers) else 0
            score += SCORE_SAME_PARAGRAPH if self._paragraph(pos) == here else 0
            score += SCORE_PREVIOUS_SUBJECT if e in focus else 0
            if score > best_score:
                best, best_score = e, score
        return best

    def _centre(self, offset: int, candidates: Sequence[tuple[int, Entity, bool]]) -> list[Entity]:
        """The person in focus at `offset`: the subject just before it in its own sentence when no
        other person stands between ("Gov. Ed Ruiz faulted Ms Lane after she …": no one), else the
        persons who are subjects of the sentence before, outside quotations (a sentence wholly
        quoted is skipped)."""
        if not self.doc.has_annotation("SENT_START") or not len(self.doc):
            return []
        token = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if token is None or not len(token):
            return []
        sent = token[0].sent
        start = sent.start_char
        between = sorted((pos, e, subj) for pos, e, subj in candidates if start <= pos < offset)
        if between:  # in its own sentence, only a subject no other person follows ("X said he")
            return [between[-1][1]] if between[-1][2] else []
        subjects: list[Entity] = []
        while not subjects and sent.start > 0:
            sent = self.doc[sent.start - 1].sent
            if self._in_quote(sent.start_char) and self._in_quote(sent.end_char - 1):
                continue  # a sentence inside a quotation names no one in focus
            subjects = [e for pos, e, subj in candidates if subj and sent.start_char <= pos < start]
            break
        return subjects


def _named_as_company(e: Entity) -> bool:
    """A company form or legal form ends one of the entity's names ("Orin Semiconductor Corp.")."""
    return any(entity_vocab.is_company_form(f.split()[-1]) for f in (e.name, *e.aliases))


_AGE_RE = re.compile(r"\d{1,3}-year-old")
# A transcript's speaker label, all in capitals ("OKAFOR", "DR. ANA RUIZ").
_LABEL_RE = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*")


def is_label(mention: Span) -> bool:
    """Whether a mention is a transcript's speaker label: capitals alone on their line before a
    colon ("MAYOR JANE DOE: …"), not an acronym that speaks ("NATO said")."""
    text = doc_text(mention.doc)  # built once per Doc: Doc.text joins every token each time
    line = text.rfind("\n", 0, mention.start_char) + 1
    return (
        _LABEL_RE.fullmatch(mention.text) is not None
        and text[mention.end_char : mention.end_char + 1] == ":"
        and not text[line : mention.start_char].strip(' \t"\u201c')
    )


SUBJECT_DEPS = ("nsubj", "nsubjpass")


def is_subject(span: Span) -> bool:
    """Whether a name is its clause's subject, also as the appositive of one or a name joined
    to it ("His manager, Paula Greer, was more measured": Greer is who the sentence is about;
    "Her parents, Ian and Ruth Kerr, were …": both)."""
    if any(t.dep_ in SUBJECT_DEPS for t in span):
        return True
    root = span.root
    while root.dep_ in ("appos", "conj") and root.head is not root:
        root = root.head
    introducer = introduced_by(span[0])
    if introducer is not None:
        root = introducer  # "A startup called Ledgerly says …": Ledgerly
    return root.dep_ in SUBJECT_DEPS


def title_words(entity: Entity) -> set[str]:
    """ "Gov. Tom Becker" -> {"governor"}; "former Secretary of State" -> {"former", "secretary", "of", "state"}."""
    words = {w.lower().rstrip(".") for title in entity.titles for w in title.split()}
    return {full for w in words for full in TITLE_ABBREVIATIONS.get(w, w).split()}


def named_mention(attribution: Attribution, name: str, resolver: Resolver) -> Attribution:
    """A pronoun speaker of a relative clause moved to the subject it stands for earlier in the
    sentence ("Ban condemned what he called ..." -> Ban), when both resolve to the same name."""
    speaker, cue = attribution.speaker, attribution.cue
    if speaker is None or len(speaker) != 1 or speaker[0].lower_ not in PRONOUNS or cue is None:
        return attribution
    reporter = next(reporting_cues_above(cue), None)
    if reporter is not None:
        # "Rubio said that he has begun “to unmask …”": the report starts at the outer speaker
        # (not "Stevens says, but she cautions": a second report of its own)
        outer_cue, outer = reporter
        branch = next(a for a in [cue, *cue.ancestors] if a.head == outer_cue)
        if (
            branch.dep_ not in ("conj", "advcl")
            and outer.i < speaker.start
            and outer.lower_ not in PRONOUNS
            and outer.lower_ not in RELATIVE
        ):
            candidate = speaker_from(outer)
            named = resolver.entity_at(candidate) if candidate is not None else None
            if named is not None and named.name == name:
                return Attribution(attribution.cue, attribution.cue_text, candidate)
    if not any(c.lower_ == "what" for c in cue.children):
        return attribution  # only "what he called" ("whom he described as …" is his own clause)
    for tok in speaker[0].sent:
        if tok.i >= speaker.start:
            break
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ not in RELATIVE:
            candidate = speaker_from(tok)
            named = resolver.entity_at(candidate) if candidate is not None else None
            if named is not None and named.name == name:
                return Attribution(attribution.cue, attribution.cue_text, candidate)
    return attribution


def _within(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether offset falls in one of the sorted (start, end) spans."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]
