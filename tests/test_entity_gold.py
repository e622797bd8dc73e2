"""Quality gate: entity grouping on a gold set of articles written for newscli.

A gold group counts only when exactly one predicted entity holds all of its forms (as name or
aliases), carries one of its labels and holds no form of another group. A predicted entity
that matches no gold group and no optional form is noise.
"""

import json
import os

import pytest

from .conftest import DATA

GOLD_DIR = os.path.join(DATA, "entities")
FLOOR_EXACT = 0.95

pytestmark = pytest.mark.model


def forms_of(entity):
    return {entity.name.lower(), *(a.lower() for a in entity.aliases)}


def score_article(found, gold):
    groups = gold["groups"]
    all_forms = [{f.lower() for f in g["forms"]} for g in groups]
    exact, misses = 0, []
    for i, group in enumerate(groups):
        labels = group["label"] if isinstance(group["label"], list) else [group["label"]]
        others = set().union(*(f for j, f in enumerate(all_forms) if j != i))
        holders = [
            e
            for e in found
            if all_forms[i] <= forms_of(e) and e.label in labels and not (forms_of(e) & others)
        ]
        if len(holders) == 1:
            exact += 1
        else:
            misses.append(group["forms"])
    known = set().union(*all_forms) | {f.lower() for f in gold.get("optional", [])}
    noise = [e.name for e in found if not (forms_of(e) & known)]
    noise += [e.name for e in found if e.name in gold.get("noise", [])]
    return exact, len(groups), misses, noise


def predicted(parse, path):
    from newscli.articles import read_file
    from newscli.extract.entities import entities, select
    from newscli.pipeline import analyze_doc  # noqa: F401  (same path as the CLI)

    article = next(read_file(path))
    with open(path, encoding="utf-8") as f:
        _, doc = parse(f.read())
    return select(entities(doc, title=article.title))


def test_gold_groups_are_exact_and_there_is_no_noise(parse):
    with open(os.path.join(GOLD_DIR, "gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    exact = total = 0
    report = []
    for name, article_gold in sorted(gold.items()):
        found = predicted(parse, os.path.join(GOLD_DIR, name))
        e, t, misses, noise = score_article(found, article_gold)
        exact += e
        total += t
        if misses or noise:
            report.append(f"{name}: missed {misses} noise {noise}")
    score = exact / total
    print(f"entity groups exact: {exact}/{total} = {score:.3f}")
    assert score >= FLOOR_EXACT, "\n".join(report)
    assert not any("noise [" in r and not r.endswith("noise []") for r in report), "\n".join(report)
