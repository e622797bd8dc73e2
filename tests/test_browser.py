"""The HTML report in a real browser: marks against the JSON, details on hover and focus,
speaker selection, no script error, and hostile input that runs nothing."""

import json
import os
from collections import Counter

import pytest
from click.testing import CliRunner

from newscli.cli import main
from newscli.render import html as H

from .conftest import ARTICLES, SAMPLE
from .records import HOSTILE_NAME, hostile_result

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("shared_models")]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
HOSTILE_ARTICLE = (
    "Quarry Expansion Approved <script>window.__pwned=1</script>\n\n"
    "By Dana Wells | May 2, 2024\n\n"
    "The county approved the Granite Ridge quarry expansion on Wednesday "
    '<img src=x onerror="window.__pwned=2"> after a long hearing.\n\n'
    '\u201cIt is <a href="javascript:window.__pwned=3">done</a>,\u201d said Omar Haddad, '
    "the county executive.\n"
)

# Marks per kind in the view on screen (a mark cut in pieces counts once: at its first piece).
COUNT_MARKS = """
const out = {};
for (const m of document.querySelectorAll('.view.current .m:not([data-cont])')) {
  out[m.dataset.kind] = (out[m.dataset.kind] || 0) + 1;
}
return out;
"""


def open_page(browser, path, anchor=""):
    browser.get_log("browser")  # empty the log, so it holds what this page logs from loading on
    browser.get("file://" + os.path.abspath(path) + anchor)


def errors(browser):
    return [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def tip(browser):
    from selenium.webdriver.common.by import By

    element = browser.find_element(By.ID, "tip")
    return element.text if element.is_displayed() else None


def screenshot(browser, path):
    browser.save_screenshot(str(path))
    with open(path, "rb") as f:
        assert f.read(8) == PNG_SIGNATURE


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """The sample and the test articles: records as JSON and the same run as one HTML page."""
    out = tmp_path_factory.mktemp("report")
    hostile = out / "hostile.txt"
    hostile.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    runner = CliRunner()
    paths = [SAMPLE, ARTICLES, str(hostile)]
    page = out / "report.html"
    for args in (["-f", "json", "-o", str(out / "records.json")], ["-f", "html", "-o", str(page)]):
        result = runner.invoke(main, ["show", *paths, "--published", "2024-03-06", *args])
        assert result.exit_code == 0, result.output
    records = json.loads((out / "records.json").read_text(encoding="utf-8"))
    assert len(records) >= 3
    return page, records


@pytest.mark.model
def test_each_article_view_has_one_mark_per_entity_mention_quote_and_date(browser, report, tmp_path):
    page, records = report
    for i, record in enumerate(records, 1):
        open_page(browser, page, f"#a{i}")
        counts = browser.execute_script(COUNT_MARKS)
        assert counts.get("entity", 0) == sum(len(e["mentions"]) for e in record["entities"])
        assert counts.get("quote", 0) == len(record["quotes"])
        assert counts.get("date", 0) == len(record["dates"])
        # a cue serving two quotes is marked once
        cues = {(q["cue_mention"]["start"], q["cue_mention"]["end"]) for q in record["quotes"] if q.get("cue_mention")}
        assert counts.get("cue", 0) == len(cues)
        assert errors(browser) == []
    screenshot(browser, tmp_path / "article.png")


@pytest.mark.model
def test_overview_links_to_every_article(browser, report, tmp_path):
    from selenium.webdriver.common.by import By

    page, records = report
    open_page(browser, page)
    overview = browser.find_element(By.ID, "overview")
    assert overview.is_displayed()
    links = overview.find_elements(By.CSS_SELECTOR, "a[href^='#a']")
    assert len(links) == len(records)
    assert overview.find_elements(By.CSS_SELECTOR, "svg.chart rect")
    screenshot(browser, tmp_path / "overview.png")
    links[-1].click()  # the hostile article
    view = browser.find_element(By.ID, f"a{len(records)}")
    assert view.is_displayed() and not overview.is_displayed()
    assert '<img src=x onerror="window.__pwned=2">' in view.text
    assert not view.find_elements(By.TAG_NAME, "img")
    assert [a.get_dom_attribute("href") for a in view.find_elements(By.TAG_NAME, "a")] == ["#overview"]
    assert browser.execute_script("return window.__pwned") is None
    assert errors(browser) == []


@pytest.mark.model
def test_hovering_or_focusing_a_mark_shows_its_details(browser, report):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    page, records = report
    open_page(browser, page, "#a1")
    quote = records[0]["quotes"][0]
    mark = browser.find_element(By.CSS_SELECTOR, ".view.current .m.quote")
    ActionChains(browser).move_to_element(mark).perform()
    assert quote["speaker"] in tip(browser) and quote["cue"] in tip(browser)
    date = records[0]["dates"][0]
    mark = browser.find_element(By.CSS_SELECTOR, ".view.current .m.date")
    ActionChains(browser).move_to_element(mark).perform()
    assert date["value"] in tip(browser) and date["type"] in tip(browser)
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    assert tip(browser) is None
    body = browser.find_element(By.TAG_NAME, "body")
    body.click()
    for _ in range(10):  # the first marks come right after the link back to the overview
        ActionChains(browser).send_keys(Keys.TAB).perform()
        focused = browser.switch_to.active_element
        if "m" in (focused.get_attribute("class") or "").split():
            break
    assert "m" in focused.get_attribute("class").split()
    assert tip(browser)
    assert errors(browser) == []


@pytest.mark.model
def test_selecting_a_speaker_highlights_exactly_their_quotes(browser, report):
    from selenium.webdriver.common.by import By

    page, records = report
    open_page(browser, page, "#a1")
    speakers = Counter(q["speaker"] or "unknown" for q in records[0]["quotes"])
    top, n = speakers.most_common(1)[0]
    button = browser.find_element(By.CSS_SELECTOR, ".view.current button[data-speaker]")
    assert top in button.text
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    lit = browser.execute_script(
        "return new Set([...document.querySelectorAll('.view.current .quote.hl')].map(q => q.dataset.id)).size"
    )
    assert lit == n
    button.click()
    assert not browser.find_elements(By.CSS_SELECTOR, ".view.current .quote.hl")


def test_hostile_records_run_no_script_and_show_their_text_literally(browser, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    page = tmp_path / "hostile.html"
    page.write_text(H.report([hostile_result(), hostile_result()]), encoding="utf-8")
    open_page(browser, page, "#a1")
    assert browser.execute_script("return window.__pwned") is None
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    heading = browser.find_element(By.CSS_SELECTOR, ".view.current h1").text
    assert "<script>window.__pwned=5</script>" in heading
    body = browser.find_element(By.CSS_SELECTOR, ".view.current article").text
    assert "<script>window.__pwned=1</script>" in body
    assert "[the plan](javascript:window.__pwned=3)" in body
    mark = browser.find_element(By.CSS_SELECTOR, ".view.current .m.quote")
    ActionChains(browser).move_to_element(mark).perform()
    assert HOSTILE_NAME in tip(browser)
    browser.find_element(By.CSS_SELECTOR, ".view.current .panel button[data-target]").click()
    assert browser.execute_script("return window.__pwned") is None
    assert not browser.find_elements(By.TAG_NAME, "img")
    assert errors(browser) == []
    screenshot(browser, tmp_path / "hostile.png")
    open_page(browser, page, "#%E0%A4%A")  # a malformed fragment shows the first view
    assert browser.find_element(By.ID, "overview").is_displayed()
    assert errors(browser) == []
