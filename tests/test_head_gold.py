"""Gold set of article heads: title, authors, publication and update dates (with their time
zone) read from every common layout of text, Markdown, JSON records and web pages.

The articles in tests/gold/heads/ are written for this test (invented people and places);
expected.json holds what a reader sees in each. No spaCy model is needed: this is layout only.
"""

from __future__ import annotations

import json
import os

import pytest

from newscli.articles import Article, read_file

HEADS = os.path.join(os.path.dirname(__file__), "gold", "heads")
with open(os.path.join(HEADS, "expected.json"), encoding="utf-8") as _f:
    EXPECTED = json.load(_f)


def _cases():
    for name, expect in sorted(EXPECTED.items()):
        if name.endswith(".jsonl"):
            for ident, record_expect in expect.items():
                yield pytest.param(name, ident, record_expect, id=f"{name}:{ident}")
        else:
            yield pytest.param(name, None, expect, id=name)


def _problems(article: Article, expect: dict) -> list[str]:
    found = {
        "title": article.title,
        "authors": list(article.authors),
        "published": article.published,
        "updated": article.updated,
    }
    problems = [
        f"{key}: {found[key]!r}, want {expect.get(key)!r}"
        for key in ("title", "authors", "published", "updated")
        if found[key] != expect.get(key, [] if key == "authors" else None)
    ]
    body = [article.text[s:e] for s, e in article.body]
    if "body_starts" in expect and not body[0].startswith(expect["body_starts"]):
        problems.append(f"body starts {body[0][:40]!r}, want {expect['body_starts']!r}")
    for words in expect.get("body_includes", []):
        if not any(words in paragraph for paragraph in body):
            problems.append(f"{words!r} is not in the body")
    for words in expect.get("body_excludes", []):
        if any(words in paragraph for paragraph in body):
            problems.append(f"{words!r} is in the body")
    if "paragraphs" in expect and len(body) != expect["paragraphs"]:
        problems.append(f"{len(body)} body paragraphs, want {expect['paragraphs']}")
    return problems


def test_gold_set_has_at_least_forty_heads_of_every_kind():
    cases = list(_cases())
    assert len(cases) >= 40
    kinds = {os.path.splitext(c.values[0])[1] for c in cases}
    assert kinds >= {".txt", ".md", ".html", ".json", ".jsonl"}


@pytest.mark.parametrize("name, ident, expect", list(_cases()))
def test_head(name, ident, expect):
    items = list(read_file(os.path.join(HEADS, name)))
    articles = [a for a in items if isinstance(a, Article)]
    assert len(articles) == len(items), [str(i) for i in items if not isinstance(i, Article)]
    if ident is not None:
        articles = [a for a in articles if a.source == ident]
    assert len(articles) == 1
    assert _problems(articles[0], expect) == []
