"""Names the model missed, found from what the article shows about them.

A run of capitalised words the recogniser left untagged is a name when:
- it repeats a known name, or ends in a known person's surname ("Lykke-Thorsen" after
  "Rasmus Lykke-Thorsen"; hyphenated words are one word);
- a person's title or rank opens it ("Councilmember Oskar Feld", "Sgt Nils Harrowgate"; the
  title goes to `titles`), or a role noun stands before it ("Tilly's mum Rosalind Pembury");
- a speech verb follows it ("… Equalities Hester Crane said"): its last two words are a name;
- a nationality word stands before a first name and surname ("Canadian Hanna Girma");
- a role follows it in apposition ("Ana Ruiz, the coach, added …"): a first name and surname;
- the words around it put it as a place ("services between Cardiff and Swansea"): a GPE.
"the department" for the one department the article names is that department.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ... import lexicon
from .clean import conjunct_start, opens_sentence
from .group import company_first_word, looks_like_acronym
from .label import (
    apposition_kind,
    based_in,
    context_evidence,
    form_label,
    named_kind,
    place_before_org_noun,
    role_before_apposed,
    score_at,
)
from .mention import RawMention
from .places import is_place
from .vocab import (
    COMPANY_FORMS,
    DEMONYMS,
    DETERMINERS,
    NAME_KINDS,
    OFFICES,
    ORG_HEADS,
    PERSON_TITLES,
    RESULT_VERBS,
    ROLE_NOUNS,
    SPEECH_VERB_FORMS,
    TITLE_ABBREVIATIONS,
    bare,
    is_facility_head,
    is_org_head,
    is_title,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words of a name found by a cue alone (a title, a role noun, a speech verb): a first name and
# a surname; longer runs before a speech verb are mostly a title or an organisation and a name
# ("Women and Equalities Hester Crane said").
NAME_WORDS = 2
# Longest untagged run read as a person by cue: a first, middle and last name.
MAX_NAME_WORDS = 3
_PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
_ADVERBS_BEFORE_VERB = frozenset({"also", "later", "then", "previously", "earlier", "once", "has", "had"})


def _capitalised(token: Token) -> bool:
    text = token.text.replace("'", "").replace("\u2019", "")
    if text[:1].isupper() and text.endswith(".") and text[:-1].isalpha() and is_org_head(text):
        return True  # "Veltrix Inc.": a legal form written short ends the name
    return bool(text) and text[:1].isupper() and text.isalpha()


def _runs(toks: Sequence[Token], covered: set[int]) -> list[list[tuple[int, int]]]:
    """Runs of capitalised words outside known mentions, each a list of words as (first, last)
    token index; "Lykke-Thorsen" (three tokens, no spaces) is one word."""
    runs: list[list[tuple[int, int]]] = []
    words: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if i in covered or not _capitalised(toks[i]):
            if words:
                runs.append(words)
                words = []
            i += 1
            continue
        j = i
        while (
            j + 2 < n
            and toks[j + 1].text == "-"
            and not toks[j].whitespace_
            and not toks[j + 1].whitespace_
            and _capitalised(toks[j + 2])
            and j + 2 not in covered
        ):
            j += 2
        words.append((i, j))
        if toks[j].whitespace_ != " ":  # a line break or punctuation ends the run
            runs.append(words)
            words = []
        i = j + 1
    if words:
        runs.append(words)
    return runs


def _calendar_word(word: str) -> bool:
    return word.lower() in lexicon.mapping("months") or word.lower() in lexicon.mapping("weekdays")


def _speech_follows(toks: Sequence[Token], j: int) -> bool:
    """A speech verb right after token j-1, or after one adverb ("Hester Crane also said")."""
    if j < len(toks) and toks[j].lower_ in _ADVERBS_BEFORE_VERB:
        j += 1
    return j < len(toks) and toks[j].text.islower() and toks[j].lower_ in SPEECH_VERB_FORMS


def _cue_label(
    toks: Sequence[Token], run: list[tuple[int, int]], titled: bool, text_words: list[str]
) -> str | None:
    """PERSON (or the label the words give) when a title, role noun or speech verb marks the
    words as a name; None when nothing does."""
    if not text_words or len(text_words) > MAX_NAME_WORDS or any(is_title(w) for w in text_words):
        return None
    if any(is_org_head(w) or is_facility_head(w) for w in text_words):
        label = form_label(text_words)  # "Harbour Road", and "Lindenplatz" alone
        return label if len(text_words) > 1 or label == "FAC" else None
    first = run[0][0]
    if titled:
        return "PERSON"
    if (
        not any(toks[a].ent_type_ or _calendar_word(toks[a].text) for a, _ in run)
        and toks[run[-1][1]].tag_ in _PROPER_NOUN_TAGS  # not "in Western unity"
        and context_evidence(toks[0].doc, first, run[-1][1]) == "GPE"
    ):
        return "GPE"  # "trains between Cardiff and …", "schools in Gwynedd": a place the model missed
    before = toks[first - 1] if first > 0 else None
    if (
        before is not None
        and before.text.islower()
        and (before.lower_ in ROLE_NOUNS or before.lower_ in OFFICES)
    ):
        # "their granddaughter Elsie"; not "his colleague Tuesday"
        return "PERSON" if len(text_words) >= NAME_WORDS or not _calendar_word(text_words[0]) else None
    kind = named_kind(toks[0].doc, first)
    if kind is not None:
        return kind  # "a startup called Ledgerly", which the model read as an adverb
    if len(text_words) >= NAME_WORDS and role_before_apposed(toks[0].doc, first, run[-1][1]):
        return "PERSON"  # "Its director, Olumide Farouk, said": a role set before the name
    if before is not None and before.lower_ in DEMONYMS and len(text_words) >= NAME_WORDS:
        return "PERSON"  # "Canadian Hanna Girma": a first name and surname after a nationality
    if (
        len(text_words) >= NAME_WORDS
        and apposition_kind(toks[0].doc, run[-1][1] + 1) == "PERSON"
        and not is_place(" ".join(text_words))
    ):
        return "PERSON"  # "Ana Ruiz, the coach, added": a role in apposition after the name
    return None


def _coordinated_label(toks: Sequence[Token], first: int, known: Sequence[RawMention]) -> str | None:
    """ "Chatterbox and Snapfeed" with only "Chatterbox" known: the second is a name of the same
    kind."""
    if first < 2 or toks[first - 1].lower_ not in ("and", "or"):
        return None
    return next((m.label for m in known if m.last == first - 2 and m.label != "PERSON"), None)


def _title_ok(toks: Sequence[Token], title_tokens: Sequence[Token], n_words: int) -> bool:
    """A title before a name: a person's title (not "Chief" alone), written short before a
    single word ("Sgt Harrowgate") or before a first name and surname."""
    if not any(bare(t.text) in PERSON_TITLES for t in title_tokens):
        return False
    return n_words >= NAME_WORDS or any(bare(t.text) in TITLE_ABBREVIATIONS for t in title_tokens)


def recovered_mentions(doc: Doc, found: Sequence[RawMention]) -> list[RawMention]:
    """Names the model missed (see the module docstring), as PERSON, ORG or a known label.

    Two passes: names found by a cue in the first ("Mayor Beatrix Olawale") are known names
    whose repetitions ("Olawale said") the second finds.
    """
    toks = list(doc)  # one Token object per position, reused below
    out = datelines(doc, found)
    out += _based_places(toks, found)
    out += _bracketed_acronyms(toks, found)
    for _ in range(2):
        known = [*found, *out]
        covered: set[int] = set()
        for m in known:
            covered.update(range(m.first, m.last + 1))
        labels = _majority_labels(known)
        # a known person's surname, first name or hyphenated surname
        names = {w.lower() for m in known if m.label == "PERSON" for w in (m.words[-1], m.words[0])}
        for k in known:  # a club's last word ("Rovers"), a company's first ("Tallis" of "Tallis Robotics")
            if k.label == "ORG" and len(k.words) > 1:
                labels.setdefault(k.words[-1].lower(), "ORG")
                if company_first_word(k.words):
                    labels.setdefault(k.words[0].lower(), "ORG")
        runs = _runs(toks, covered)
        out += [r for run in runs if (r := _from_run(doc, toks, run, labels, names, known)) is not None]
    out.extend(_definite_short_forms(toks, found))
    return out


def _majority_labels(known: Sequence[RawMention]) -> dict[str, str]:
    """Each known form's most frequent label (the first seen on a tie): a repetition the model
    missed follows what the name mostly is, not its first, perhaps odd, label ("Facebook" once
    a WORK_OF_ART, three times an ORG)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in known:
        votes[m.key][m.label] += 1
    return {key: counts.most_common(1)[0][0] for key, counts in votes.items()}


def datelines(doc: Doc, found: Sequence[RawMention]) -> list[RawMention]:
    """A wire dateline's place and agency: "BERLIN (Reuters) -", "PARIS, France (AFP) -" at the
    start of a paragraph: the capitals are a GPE, the bracketed name an ORG."""
    covered = {i for m in found for i in range(m.first, m.last + 1)}
    out: list[RawMention] = []
    for sent_start in (t.i for t in doc if t.is_upper and t.is_alpha and opens_sentence(doc, t.i)):
        i = sent_start
        while i < len(doc) and doc[i].is_upper and doc[i].is_alpha:
            i += 1
        close = i + 2
        if (
            i + 2 < len(doc)
            and doc[i].text == "("
            and doc[i + 2].text == ")"
            and doc[i + 1].text[:1].isupper()
        ):
            if i + 1 not in covered:
                agency = doc[i + 1]
                out.append(_mention(doc, agency.i, agency.i, "ORG"))
        elif not (i < len(doc) and doc[i].text == ","):
            continue
        if close and sent_start not in covered:
            out.append(_mention(doc, sent_start, i - 1, "GPE"))
    return out


def _based_places(toks: Sequence[Token], found: Sequence[RawMention]) -> list[RawMention]:
    """ "Carrow-based Pellin Dairies", "a New York-based firm": the capitalised words before
    "-based" are a place (GPE) the model often leaves out; so are a known place's words between
    a determiner and an organisation noun ("The Leeds company said")."""
    covered = {i for m in found for i in range(m.first, m.last + 1)}
    out: list[RawMention] = []
    for tok in toks:
        last = tok.i
        if last in covered or not _capitalised(tok):
            continue
        first = last
        while first > 0 and _capitalised(toks[first - 1]) and toks[first - 1].whitespace_ == " ":
            if opens_sentence(tok.doc, first) or first - 1 in covered or toks[first - 1].is_stop:
                break
            first -= 1
        if based_in(tok.doc, last) or place_before_org_noun(tok.doc, first, last):
            out.append(_mention(tok.doc, first, last, "GPE"))
    return out


def _bracketed_acronyms(toks: Sequence[Token], found: Sequence[RawMention]) -> list[RawMention]:
    """ "the Scripps Institution of Oceanography (SIO)": an acronym in brackets right after a
    name of several words is a mention of the same name, which the model often leaves out; its
    repetitions ("SIO found …") are then found as a known name's."""
    covered = {i for m in found for i in range(m.first, m.last + 1)}
    out: list[RawMention] = []
    for m in found:
        i = m.last + 2
        if (
            len(m.words) > 1
            and m.label != "PERSON"
            and i + 1 < len(toks)
            and toks[i - 1].text == "("
            and toks[i + 1].text == ")"
            and i not in covered
            and looks_like_acronym([toks[i].text])
            and toks[i].text.replace(".", "").replace("&", "").isalpha()
        ):
            out.append(_mention(toks[i].doc, i, i, m.label))
    return out


def _mention(doc: Doc, first: int, last: int, label: str) -> RawMention:
    if label == "ORG":
        first = conjunct_start(doc, first, last + 1)  # "the Environment and Land Court"
    span = doc[first : last + 1]
    return RawMention(
        span.text, span.start_char, span.end_char, label, tuple(span.text.split()), first=first, last=last
    )


def _from_run(
    doc: Doc,
    toks: Sequence[Token],
    run: list[tuple[int, int]],
    labels: dict[str, str],
    surnames: set[str],
    known: Sequence[RawMention],
) -> RawMention | None:
    if toks[run[0][0]].lower_ in DETERMINERS:
        run = run[1:]
    t = 0
    while t < len(run) - 1 and run[t][0] == run[t][1] and is_title(toks[run[t][0]].text):
        t += 1
    title_tokens = [toks[a] for a, _ in run[:t]]
    name = run[t:]
    if not name:
        return None
    words = [doc[a : b + 1].text for a, b in name]
    key = " ".join(w.lower() for w in words)
    label = labels.get(key)
    if (
        label is None
        and len(words) <= MAX_NAME_WORDS
        and words[-1].lower() in surnames
        and not toks[name[-1][1]].is_stop
    ):
        label = "PERSON"
    titled = bool(title_tokens) and _title_ok(toks, title_tokens, len(words))
    if label is None:
        label = _cue_label(toks, run, titled, words) or _coordinated_label(toks, name[0][0], known)
    if label is None and _speech_follows(toks, name[-1][1] + 1) and len(words) >= NAME_WORDS:
        name, words = name[-NAME_WORDS:], words[-NAME_WORDS:]
        label = form_label(words) or "PERSON"
        title_tokens = []
    if label is None or (len(words) == 1 and toks[name[0][0]].is_stop):  # "I", "May", "The"
        return None
    titles = (
        (doc[title_tokens[0].i : title_tokens[-1].i + 1].text,) if title_tokens and label == "PERSON" else ()
    )
    k, last = name[0][0], name[-1][1]
    if not titles:  # a title not read as one stays outside the name
        k = name[0][0]
    if label == "ORG" and conjunct_start(doc, k, last + 1) < k:  # "the Environment and Land Court"
        k = conjunct_start(doc, k, last + 1)
        words = doc[k : last + 1].text.split()
    start, end = toks[k].idx, toks[last].idx + len(toks[last].text)
    return RawMention(doc[k : last + 1].text, start, end, label, tuple(words), titles, first=k, last=last)


def _definite_short_forms(toks: Sequence[Token], found: Sequence[RawMention]) -> list[RawMention]:
    """ "the department" for the one department the article names ("Department of Agriculture")."""
    heads: dict[str, set[str]] = defaultdict(set)
    for m in found:
        if m.label == "ORG" and len(m.words) > 1:
            for w in m.words:
                if w.lower() in ORG_HEADS and w.lower() not in COMPANY_FORMS:  # not "the chemicals"
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


_NAME_OPENERS = frozenset({"the"}) | RESULT_VERBS
# Mentions the model gave a name that a following kind noun does not overrule: "the Toyota
# plant" is Toyota's plant, not a plant called Toyota.
_OWNER_LABELS = frozenset({"ORG", "NORP", "PERSON"})


def _kind_after(toks: Sequence[Token], i: int) -> str | None:
    """The label the words from token i give the name before them: a team before a score, a
    kind noun (name_kinds.tsv) right after it or after one more lower-case word."""
    if score_at(toks, i):
        return "ORG"
    for j in (i, i + 1):
        if j < len(toks) and toks[j].text.islower() and toks[j].text in NAME_KINDS:
            return NAME_KINDS[toks[j].text]
        if j >= len(toks) or not (toks[j].text.islower() and toks[j].is_alpha):
            break
    return None


def named_by_kind(doc: Doc, found: list[RawMention]) -> list[RawMention]:
    """The mentions with names that the words after them tell: "the Selby Magpies 3-1" (a
    team before a score), "the Corran Deep gold mine" (FAC), "the Tide Line network" (ORG).
    The capitalised words between "the" (or a verb of a match result) and that word become one
    mention of that kind, in place of what the model found inside them."""
    toks = list(doc)
    by_first = {m.first: m for m in found}
    out = list(found)
    for opener in toks:
        if opener.lower_ not in _NAME_OPENERS or opener.i + 1 >= len(toks):
            continue
        first = end = opener.i + 1
        while end < len(toks) and _capitalised(toks[end]) and end - first < MAX_NAME_WORDS:
            end += 1
        kind = _kind_after(toks, end) if end > first else None
        if kind is None or toks[end - 1].whitespace_ != " ":
            continue
        inside = [m for m in out if first <= m.first and m.last < end]
        if any(m.first < first <= m.last or m.first < end <= m.last for m in out):
            continue  # a name that runs over the words: the model's reading stands
        same = by_first.get(first)
        if same is not None and same.last == end - 1 and (same.label in _OWNER_LABELS and kind != "ORG"):
            continue
        out = [m for m in out if m not in inside]
        out.append(_mention(doc, first, end - 1, kind))
        verb = opener.i if opener.lower_ in RESULT_VERBS else opener.i - 1
        if kind == "ORG" and verb >= 0 and toks[verb].lower_ in RESULT_VERBS and score_at(toks, end):
            out += _winner(doc, toks, verb, out)
    return out


def _winner(doc: Doc, toks: Sequence[Token], verb: int, found: Sequence[RawMention]) -> list[RawMention]:
    """ "Harwick Athletic beat the Selby Magpies 3-1": the capitalised words right before a verb of a
    match result are the other team, when the model left them out."""
    covered = {i for m in found for i in range(m.first, m.last + 1)}
    first = verb
    while (
        first > 0
        and _capitalised(toks[first - 1])
        and first - 1 not in covered
        and verb - first < MAX_NAME_WORDS
    ):
        first -= 1
    if first < verb - 1 and toks[first].lower_ in DETERMINERS:
        first += 1  # "The Selby Magpies beat …": "The" opens the sentence, not the name
    return [_mention(doc, first, verb - 1, "ORG")] if first < verb else []
