"""One answer per text: a section is the same whichever command produced it.

`analyze`, `entities`, `quotes` and `dates` load different spaCy components (see
`pipeline.NEEDS`); the extractors must read the same evidence in each, so that a user who
runs `dates` gets the values `analyze` shows. Runs over the project's own test articles and,
when `../shared/cases` is beside the project, the failure-case inputs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscli.articles import read_file, with_published
from newscli.errors import NewscliError

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT.parent / "shared" / "cases"
COMMANDS = {  # as cli.py runs them
    "entities": ("entities",),
    "quotes": ("quotes",),
    "dates": ("dates",),
}
ANALYZE = ("stats", "entities", "quotes", "dates")
SUFFIXES = (".txt", ".md", ".html", ".htm")

pytestmark = [pytest.mark.model, pytest.mark.slow, pytest.mark.usefixtures("shared_models")]


def _published_args() -> dict[str, str]:
    """--published of each case input, as cases.json passes it."""
    if not (CASES / "cases.json").is_file():
        return {}
    out = {}
    for case in json.loads((CASES / "cases.json").read_text(encoding="utf-8")):
        args = case.get("args", [])
        if "--published" in args:
            out[case["input"]] = args[args.index("--published") + 1]
    return out


def _articles():
    files = [p for p in sorted((ROOT / "tests").rglob("*")) if p.suffix in SUFFIXES and "bad" not in p.parts]
    files += sorted((ROOT / "data" / "articles").glob("*.txt"))
    if CASES.is_dir():
        files += [p for p in sorted(CASES.iterdir()) if p.suffix in SUFFIXES]
    published = _published_args()
    articles = []
    for path in files:
        try:
            for article in read_file(str(path)):
                if path.name in published:
                    article = with_published(article, published[path.name])
                articles.append(article)
        except NewscliError:
            continue  # inputs that are meant to fail are tested elsewhere
    return articles


def _parsed(nlp, articles, cache):
    """Articles with their Docs, parsed once per set of enabled components: pipelines that run
    the same components give the same Docs, so commands sharing them share the parse."""
    from newscli.pipeline import parse

    key = tuple(nlp.pipe_names)
    if key not in cache:
        cache[key] = list(parse(nlp, articles))
    return cache[key]


def _results(sections, articles, cache):
    """Records as `analyze_articles` gives them, with the pipeline the command loads."""
    from newscli import pipeline

    nlp = pipeline.load_model(None, sections)
    return {
        article.source: pipeline.analyze_doc(doc, article, sections).to_dict()
        for article, doc in _parsed(nlp, articles, cache)
    }


def test_every_command_gives_the_sections_analyze_gives():
    articles, cache = _articles(), {}
    full = _results(ANALYZE, articles, cache)
    assert len(full) >= 20
    differences = []
    for command, sections in COMMANDS.items():
        for source, record in _results(sections, articles, cache).items():
            for section in sections:
                if record[section] != full[source][section]:
                    differences.append(f"{command} {section}: {source}")
    assert not differences, "\n".join(differences)
