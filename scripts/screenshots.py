"""Screenshots of `newscli show` for the README, made from the sample articles, not by hand.

Writes into docs/ (or the folder given):
  show-terminal.png   the terminal view of the sample article (Rich's SVG export, drawn by Chromium)
  show-html.png       the HTML view of the sample article, a quote's details shown on hover
  show-overview.png   the overview page of a report over several articles

Needs Chromium and its driver (Debian: apt-get install chromium chromium-driver) and Selenium
(pip install '.[test]'). Usage: python scripts/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SAMPLE = os.path.join(ROOT, "data", "articles", "gaza-ceasefire-2012.txt")
FOLDER = os.path.join(ROOT, "data", "articles")
CHROME_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
WIDTH, HEIGHT = 1400, 1000
TERMINAL_COLUMNS = 100


def browser(profile: str):
    """Headless Chromium from the system packages (no driver is downloaded)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={WIDTH},{HEIGHT}")
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or ""
    return webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))


def newscli(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "newscli", *args],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": str(TERMINAL_COLUMNS)},
    )
    return done.stdout


def terminal_svg(path: str) -> None:
    """The terminal view in colour, as Rich exports it to SVG."""
    from rich.console import Console

    from newscli.pipeline import analyze_articles
    from newscli.articles import read_inputs
    from newscli.extract.entities import select
    from newscli.render.show import article_view

    article = next(a for a in read_inputs([SAMPLE]) if not isinstance(a, Exception))
    result = next(analyze_articles([article], sections=("entities", "quotes", "dates")))
    from dataclasses import replace

    result = replace(result, entities=tuple(select(result.entities or ())))
    console = Console(record=True, width=TERMINAL_COLUMNS, force_terminal=True, color_system="truecolor", file=open(os.devnull, "w"))
    console.print(article_view(result))
    console.save_svg(path, title="newscli show data/articles/gaza-ceasefire-2012.txt")


def main(out: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        svg = os.path.join(tmp, "terminal.svg")
        terminal_svg(svg)
        one = os.path.join(tmp, "one.html")
        newscli("show", SAMPLE, "-f", "html", "-o", one)
        several = os.path.join(tmp, "several.html")
        newscli("analyze", FOLDER, os.path.join(ROOT, "tests", "data", "articles"), "-f", "html", "-o", several)
        driver = browser(os.path.join(tmp, "profile"))
        try:
            driver.get("file://" + svg)
            driver.save_screenshot(os.path.join(out, "show-terminal.png"))
            driver.get("file://" + one)
            quote = driver.find_elements(By.CSS_SELECTOR, ".m.quote")[1]
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", quote)
            ActionChains(driver).move_to_element(quote).perform()
            driver.save_screenshot(os.path.join(out, "show-html.png"))
            driver.get("file://" + several)
            driver.save_screenshot(os.path.join(out, "show-overview.png"))
        finally:
            driver.quit()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "docs"))
