"""Quality gate: quote speakers named in full on the entity gold articles.

Each gold row names a quote by words it contains and the speaker a reader would name: the
person's canonical full name ("Wen Lu", not "Lu"), as the entity list gives it.
"""

import json
import os

import pytest

from .conftest import DATA

GOLD_DIR = os.path.join(DATA, "entities")
FLOOR = 0.95

pytestmark = pytest.mark.model


def test_gold_speakers_are_named_in_full(parse):
    from newscli.extract.entities import entities
    from newscli.extract.quotes import quotes

    with open(os.path.join(GOLD_DIR, "speakers.json"), encoding="utf-8") as f:
        gold = json.load(f)
    right = total = 0
    misses = []
    for name, rows in sorted(gold.items()):
        with open(os.path.join(GOLD_DIR, name), encoding="utf-8") as f:
            article, doc = parse(f.read())
        found = quotes(doc, paragraphs=article.body, entities=entities(doc, title=article.title))
        for row in rows:
            total += 1
            said = [q.speaker for q in found if row["contains"] in q.text]
            if said and said[0] == row["speaker"]:
                right += 1
            else:
                misses.append(f"{name}: {row['contains']!r} -> {said} (want {row['speaker']!r})")
    score = right / total
    print(f"speakers named in full: {right}/{total} = {score:.3f}")
    assert score >= FLOOR, "\n".join(misses)


POSSESSIVE_INTRODUCTIONS = """Budget Vote Delayed

By Ann Lee | March 4, 2025

Councillor Marguerite Osei was asked whether the reserve could cover the shortfall. Her answer was blunt: “We cannot spend money we do not have.”

Finance director Tomasz Wrona was asked about the delay. His reply was short: “We will publish in April.”
"""


def test_a_possessive_introduction_names_the_person_behind_the_pronoun(parse):
    from newscli.extract.entities import entities
    from newscli.extract.quotes import quotes

    article, doc = parse(POSSESSIVE_INTRODUCTIONS)
    found = quotes(doc, paragraphs=article.body, entities=entities(doc))
    speakers = {
        q.text[:12]: (q.speaker, q.speaker_mention.text if q.speaker_mention else None) for q in found
    }
    assert speakers["We cannot sp"] == ("Marguerite Osei", "Her")
    assert speakers["We will publ"] == ("Tomasz Wrona", "His")
