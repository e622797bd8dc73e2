import os

import pytest

HERE = os.path.dirname(__file__)
DATA = os.path.join(HERE, "data")
ARTICLES = os.path.join(DATA, "articles")
SAMPLE = os.path.join(os.path.dirname(HERE), "data", "articles", "gaza-ceasefire-2012.txt")


@pytest.fixture(scope="session")
def model_cache():
    """Pipelines loaded by `load_model`, by (model name, sections), in this process only."""
    return {}


def _cached_load(cache, load_model):
    """`load_model` that loads each (model, sections) pipeline once per test process.

    A pipeline is never changed after loading, so tests may share it; a failed load is not
    cached (the error is raised again), and a forked worker process loads its own.
    """
    from newscli.pipeline import default_model

    def load(name, sections):
        key = (os.getpid(), name or default_model(), frozenset(sections))
        if key not in cache:
            cache[key] = load_model(name, sections)
        return cache[key]

    return load


@pytest.fixture(scope="module")
def shared_models(model_cache):
    """Commands run in-process (CliRunner, analyze_texts) reuse the loaded pipelines instead of
    loading the model for every run; modules that test loading itself do not use this."""
    from newscli import pipeline

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "load_model", _cached_load(model_cache, pipeline.load_model))
        yield


@pytest.fixture(scope="session")
def nlp(model_cache):
    """The full default pipeline (loaded once per test session)."""
    from newscli.pipeline import SECTIONS, load_model

    return _cached_load(model_cache, load_model)(None, SECTIONS)


@pytest.fixture(scope="session")
def nlp_dates(model_cache):
    """The pipeline the `dates` command loads (the recogniser only), loaded once per session."""
    from newscli.pipeline import load_model

    return _cached_load(model_cache, load_model)(None, ["dates"])


@pytest.fixture(scope="session")
def parse(nlp):
    """Parse a text (as the body of an article) into a Doc."""
    from newscli.articles import article_from_text
    from newscli.pipeline import parse as parse_articles

    def _parse(text, **meta):
        article = article_from_text("test", text, **meta)
        return next(parse_articles(nlp, [article]))

    return _parse


CHROME_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """Headless Chromium from the system packages, driven by Selenium (nothing downloaded).

    Outside CI the browser tests are skipped when Chromium or its driver is missing; in CI
    (`CI` set, as .ci/run does after installing them) a missing browser is a failure.
    """
    import shutil

    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not (binary and driver_path):
        message = "Chromium and chromedriver are needed (apt-get install chromium chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_argument("--window-size=1280,900")
    options.binary_location = binary
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(driver_path))
    yield driver
    driver.quit()
