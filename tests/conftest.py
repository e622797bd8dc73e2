import os

import pytest

HERE = os.path.dirname(__file__)
DATA = os.path.join(HERE, "data")
ARTICLES = os.path.join(DATA, "articles")
SAMPLE = os.path.join(os.path.dirname(HERE), "data", "articles", "gaza-ceasefire-2012.txt")


@pytest.fixture(scope="session")
def nlp():
    """The full default pipeline (loaded once per test session)."""
    from newscli.pipeline import SECTIONS, load_model

    return load_model(None, SECTIONS)


@pytest.fixture(scope="session")
def parse(nlp):
    """Parse a text (as the body of an article) into a Doc."""
    from newscli.articles import article_from_text
    from newscli.pipeline import parse as parse_articles

    def _parse(text, **meta):
        article = article_from_text("test", text, **meta)
        return next(parse_articles(nlp, [article]))

    return _parse
