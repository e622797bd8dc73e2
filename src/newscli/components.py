"""Faster equivalents of two of spaCy's rule components, with the same annotations.

Both are pure Python in spaCy and together took a fifth of the pipeline's time on news text;
neither changes what it writes on a token:

- the rule lemmatizer searched a 57,000-word list for each candidate form and re-examined
  every base form (`remember_lemmas`);
- the attribute ruler (tag -> POS and morphology, and a few exceptions) tried each of its
  ~180 patterns at every token and built a Span per match (`index_attribute_ruler`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token


def speed_up(nlp: Language) -> None:
    """Swap in the faster equivalents where the pipeline has the stock components."""
    remember_lemmas(nlp)
    index_attribute_ruler(nlp)


def remember_lemmas(nlp: Language) -> None:
    """The rule lemmatizer without its linear search, each lemma worked out once per form.

    The word index becomes a set (only membership is asked of it), and every lemma is
    remembered for the (word, POS, morphology) that spaCy's own cache keys it on, so it is the
    same function of the same three.
    """
    from spacy.pipeline import Lemmatizer

    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return  # another lemmatizer may read more of the token than spaCy's rules do
    if "lemma_index" in lemmatizer.lookups.tables:
        index = lemmatizer.lookups.get_table("lemma_index")
        for pos in list(index.keys()):
            index[pos] = frozenset(index[pos])
    rule_lemmatize = lemmatizer.rule_lemmatize
    known: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        lemmas = known.get(key)
        if lemmas is None:
            lemmas = known[key] = rule_lemmatize(token)
        return lemmas

    lemmatizer.lemmatize = lemmatize


# Token attributes a pattern may test for the index to answer it (with plain values, IN,
# NOT_IN or REGEX); anything else (operators, comparisons, extensions) stays with a Matcher.
INDEXED_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "IS_SPACE", "IS_PUNCT"})
_STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP"})  # REGEX reads these
# Word forms: tens of thousands of values, of which the patterns name a few dozen; every other
# form is read as the set of the patterns' regular expressions it matches, so that the rows
# to work out are few.
_WORD_FORMS = frozenset({"ORTH", "LOWER", "NORM"})

# A test of one token attribute: (attribute, kind, value); kind "==", "in", "not in", "regex".
_Test = tuple[str, str, Any]
_Pattern = tuple[int, int, tuple[int, ...]]  # (attr_id, token offset it sets, test numbers)
# of a row: the tests it passes, the attr_ids of the one-token patterns it matches, and the
# longer patterns whose first token's tests it passes
_Row = tuple[frozenset[int], tuple[int, ...], tuple[_Pattern, ...]]


def index_attribute_ruler(nlp: Language) -> None:
    """The attribute ruler's patterns answered from an index of token attribute values.

    Which of the ruler's token tests a token passes depends only on the values of the few
    attributes they read (tag, lower-case form, dependency label), so it is worked out once per
    distinct row of those values; a longer pattern matches where each of its tokens passes its
    test. Patterns the index cannot answer (operators, comparisons, extensions) go to a Matcher
    of their own. The matched attributes are set as spaCy sets them: in the order the patterns
    were added, on the token at the pattern's index.
    """
    from spacy.pipeline import AttributeRuler

    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return
    index = _RulerIndex(ruler)
    ruler.match = index.match  # type: ignore[method-assign]
    ruler.set_annotations = index.set_annotations  # type: ignore[method-assign]


def _index_keys(tests: tuple[tuple[int, str, Any], ...]) -> list[tuple[int, int]]:
    """(row position, value) pairs of which a token passing the tests has at least one: its
    plain value if it has one, else the values of its first IN list; none for other tests."""
    for position, kind, value in tests:
        if kind == "==":
            return [(position, value)]
    for position, kind, value in tests:
        if kind == "in":
            return [(position, v) for v in value]
    return []


class _RulerIndex:
    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import IDS
        from spacy.matcher import Matcher

        self.vocab = ruler.vocab
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        self.others = Matcher(self.vocab, validate=False)
        # each indexed pattern: (attr_id, the token offset its attributes go to, its tokens'
        # test numbers); each test: the tests of one token, as (row position, kind, value)
        self.patterns: list[_Pattern] = []
        named: list[tuple[_Test, ...]] = []
        for attr_id in range(len(ruler.attrs)):
            at = ruler.indices[attr_id]
            for pattern in ruler.matcher.get(str(attr_id))[1]:
                tokens = [self._tests(spec) for spec in pattern]
                if not pattern or None in tokens or not -len(pattern) <= at < len(pattern):
                    self.others.add(str(attr_id), [pattern])
                    continue
                numbers = tuple(range(len(named), len(named) + len(tokens)))
                named.extend(t for t in tokens if t is not None)
                self.patterns.append((attr_id, at % len(pattern), numbers))
        names = sorted({name for tests in named for name, _, _ in tests})
        self.features = [IDS[name] for name in names]
        self.tests = [tuple((names.index(n), kind, v) for n, kind, v in tests) for tests in named]
        self.forms: dict[int, tuple[set[int], list[re.Pattern[str]], dict[int, Any]]] = {
            p: (set(), [], {}) for p, name in enumerate(names) if name in _WORD_FORMS
        }  # position -> (values named, regular expressions, value -> as read)
        for position, kind, value in (test for tests in self.tests for test in tests):
            if position in self.forms:
                named_values, expressions, _ = self.forms[position]
                if kind == "regex":
                    expressions.append(value)
                else:
                    named_values.update([value] if kind == "==" else value)
        # tests by a value the token must have (a plain value, or one of an IN list); the rest
        # (only NOT_IN or REGEX, or no test at all) are tried on every row
        self.by_value: dict[tuple[int, int], list[int]] = {}
        self.unindexed: list[int] = []
        for number, tests in enumerate(self.tests):
            keys = _index_keys(tests)
            for key in keys:
                self.by_value.setdefault(key, []).append(number)
            if not keys:
                self.unindexed.append(number)
        self.starting: dict[int, _Pattern] = {
            numbers[0]: (attr_id, at, numbers[1:]) for attr_id, at, numbers in self.patterns
        }
        self.rows: dict[tuple[Any, ...], _Row] = {}  # row of attribute values -> what it matches

    def _tests(self, spec: dict[Any, Any]) -> tuple[_Test, ...] | None:
        """One token's spec as tests, with values converted as spaCy's Matcher converts them;
        None if the index cannot answer it."""
        from spacy.strings import get_string_id

        tests: list[_Test] = []
        for attr, value in spec.items():
            name = attr.upper() if isinstance(attr, str) else None
            name = "ORTH" if name == "TEXT" else name
            if name not in INDEXED_ATTRS:
                return None
            if isinstance(value, bool):
                tests.append((name, "==", int(value)))
            elif isinstance(value, str):
                tests.append((name, "==", self.vocab.strings.add(value)))
            elif isinstance(value, int):
                tests.append((name, "==", value))
            elif not isinstance(value, dict):
                return None
            for kind, operand in value.items() if isinstance(value, dict) else ():
                kind = kind.upper() if isinstance(kind, str) else kind
                if kind in ("IN", "NOT_IN") and all(isinstance(v, str) for v in operand):
                    tests.append(
                        (name, kind.lower().replace("_", " "), frozenset(map(get_string_id, operand)))
                    )
                elif kind == "REGEX" and isinstance(operand, str) and name in _STRING_ATTRS:
                    tests.append((name, "regex", re.compile(operand)))
                else:
                    return None
        return tuple(tests)

    def _read(self, position: int, value: int) -> Any:
        """A word form as the tests read it: itself if a pattern names it, else the set of
        regular expressions it matches."""
        named_values, expressions, read = self.forms[position]
        if value in named_values:
            read[value] = value
        else:
            form = self.vocab.strings[value]
            read[value] = frozenset(e for e in expressions if e.search(form))
        return read[value]

    def _passed(self, row: tuple[Any, ...]) -> frozenset[int]:
        strings = self.vocab.strings
        passed = set()
        candidates = [n for p, v in enumerate(row) for n in self.by_value.get((p, v), ())]
        for number in candidates + self.unindexed:
            for position, kind, value in self.tests[number]:
                seen = row[position]
                if kind == "==":
                    ok = seen == value
                elif kind == "in":
                    ok = seen in value
                elif kind == "not in":
                    ok = seen not in value
                elif isinstance(seen, int):
                    ok = bool(value.search(strings[seen]))
                else:  # a word form no pattern names: the expressions it matches
                    ok = value in seen
                if not ok:
                    break
            else:
                passed.add(number)
        return frozenset(passed)

    def _row(self, row: tuple[Any, ...]) -> _Row:
        passed = self._passed(row)
        starting = [self.starting[n] for n in sorted(passed) if n in self.starting]
        singles = tuple(attr_id for attr_id, _, rest in starting if not rest)
        found = self.rows[row] = (passed, singles, tuple(p for p in starting if p[2]))
        return found

    def match(self, doc: Doc) -> list[tuple[int, int]]:
        """(attr_id, token index) of every match, in the order spaCy applies them."""
        matches: list[tuple[int, int]] = []
        n = len(doc)
        if n and self.patterns:
            rows = self.rows
            passed: list[frozenset[int]] = []
            starts = []
            columns = doc.to_array(self.features).reshape(n, -1).T.tolist()
            for position, (_, _, read) in self.forms.items():
                columns[position] = [
                    read[v] if v in read else self._read(position, v) for v in columns[position]
                ]
            for i, row in enumerate(zip(*columns)):
                tests, singles, longer = rows.get(row) or self._row(row)
                passed.append(tests)
                for attr_id in singles:
                    matches.append((attr_id, i))
                if longer:
                    starts.append((i, longer))
            for i, longer in starts:
                for attr_id, at, rest in longer:
                    if i + len(rest) < n and all(rest[k] in passed[i + 1 + k] for k in range(len(rest))):
                        matches.append((attr_id, i + at))
        if len(self.others):
            matches += self._other_matches(doc)
        matches.sort()
        return matches

    def _other_matches(self, doc: Doc) -> list[tuple[int, int]]:
        from spacy.errors import Errors

        out = []
        for match_id, start, end in self.others(doc, allow_missing=True):
            attr_id = int(self.vocab.strings[match_id])
            at = self.indices[attr_id]
            target = start + at if at >= 0 else end + at
            if not start <= target < end:
                span = [t.text for t in doc[start:end]]
                raise ValueError(Errors.E1001.format(patterns=self.others.get(match_id), span=span, index=at))
            out.append((attr_id, target))
        return out

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int]]) -> None:
        from spacy.tokens._retokenize import set_token_attrs

        attrs = self.attrs
        for attr_id, i in matches:
            set_token_attrs(doc[i], attrs[attr_id])
