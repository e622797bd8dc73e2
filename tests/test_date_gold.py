"""Quality gate: TIMEX3 values on a gold set of dated articles written for newscli.

Each article in tests/gold/dates/ has its publication date and the expressions of its body
with their TIMEX3 values, in text order, in gold.json. An expression counts as right when a
predicted mention overlaps it (one to one, as the TempEval-3 relaxed match) and has the gold
value; a missed expression counts as wrong. Words listed as "absent" (not times: "a quarter of
the residents", "zero-hours") count as right when no mention holds them. The same articles must get the same dates from
`dates` (entity recogniser only) and `analyze` (the whole pipeline).
"""

from __future__ import annotations

import json
import os

import pytest

GOLD_DIR = os.path.join(os.path.dirname(__file__), "gold", "dates")
FLOOR_VALUES_RIGHT = 0.95

pytestmark = pytest.mark.model


def _gold() -> dict[str, dict]:
    with open(os.path.join(GOLD_DIR, "gold.json"), encoding="utf-8") as f:
        return json.load(f)


def _articles():
    from newscli.articles import article_from_text

    out = []
    for name, gold in sorted(_gold().items()):
        with open(os.path.join(GOLD_DIR, name), encoding="utf-8") as f:
            out.append(article_from_text(name, f.read(), published=gold["published"]))
    return out


def _gold_spans(text: str, expressions: list[list[str]]) -> list[tuple[int, int, str]]:
    """Each gold expression located in the body, in order (the headline is skipped)."""
    spans, pos = [], text.index("\n\n")
    for expression, value in expressions:
        start = text.index(expression, pos)
        spans.append((start, start + len(expression), value))
        pos = start + len(expression)
    return spans


def _found(sections, nlp):
    from newscli.pipeline import analyze_articles

    return {r.source: r.dates for r in analyze_articles(_articles(), sections=sections, nlp=nlp)}


@pytest.fixture(scope="module")
def by_command(nlp, nlp_dates):
    return {
        "dates": _found(["dates"], nlp_dates),
        "analyze": _found(["stats", "entities", "quotes", "dates"], nlp),
    }


def score(text: str, gold: list[list[str]], found) -> tuple[int, list[str]]:
    right, misses = 0, []
    unused = list(found)
    for start, end, value in _gold_spans(text, gold):
        match = next((m for m in unused if m.start < end and start < m.end), None)
        if match is not None:
            unused.remove(match)
        if match is not None and match.value == value:
            right += 1
        else:
            got = f"{match.text!r}={match.value}" if match else "nothing"
            misses.append(f"{text[start:end]!r}: gold {value}, got {got}")
    return right, misses


def test_gold_date_values_are_right(by_command):
    gold = _gold()
    right = total = 0
    report = []
    for article in _articles():
        expected = gold[article.source]["dates"]
        found = by_command["dates"][article.source]
        r, misses = score(article.text, expected, found)
        for word in gold[article.source].get("absent", []):
            wrong = [m.text for m in found if word in m.text]
            misses += [f"{word!r} is no time, got {wrong}"] if wrong else []
            r += not wrong
            total += 1
        right += r
        total += len(expected)
        report += [f"{article.source}: {m}" for m in misses]
    rate = right / total
    print(f"date values right: {right}/{total} = {rate:.3f}")
    assert rate >= FLOOR_VALUES_RIGHT, "\n".join(report)


def test_dates_and_analyze_give_the_same_dates(by_command):
    for source, found in by_command["dates"].items():
        assert by_command["analyze"][source] == found, source
