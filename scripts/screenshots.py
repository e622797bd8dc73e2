"""Screenshots of `newscli show` for the README, made from the sample articles, not by hand.

Writes into docs/ (or the folder given):
  show-terminal.png   the terminal view of the sample article (Rich's SVG export, drawn by Chromium)
  show-html.png       the HTML view of the sample article with reported speech (--indirect), a
                      quote's details shown on hover
  show-overview.png   the overview page of a report over the sample and the test articles

Needs Chromium and its driver (Debian: apt-get install chromium chromium-driver) and Selenium
(pip install '.[test]'). Usage: python scripts/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = "data/articles/gaza-ceasefire-2012.txt"  # relative: the path is shown in the views
# The sample and the test articles written for this project (courts, sport, farming, space, ...).
OVERVIEW_INPUTS = (
    "data/articles",
    "tests/data/articles",
    "tests/data/entities/*.txt",
    "tests/data/quotes/*.txt",
)
CHROME_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)
WIDTH, HEIGHT = 1400, 900  # a laptop screen: the HTML views as a reader first sees them
TERMINAL_COLUMNS = 100
TERMINAL_WIDTH = 1100
TERMINAL_PARAGRAPHS = 11  # pixels for the 100-column terminal picture


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


def newscli(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "newscli", *args], check=True, cwd=ROOT)


def terminal_svg(path: str) -> None:
    """The terminal view in colour, as Rich exports it to SVG."""
    from rich.console import Console

    from newscli.articles import read_inputs
    from newscli.extract.entities import select
    from newscli.pipeline import analyze_articles
    from newscli.render.show import article_view

    article = next(a for a in read_inputs([SAMPLE]) if not isinstance(a, Exception))
    result = next(analyze_articles([article], sections=("entities", "quotes", "dates")))
    # The first paragraphs, down to a quote split by its attribution ("…,” she said. “…”).
    result = replace(
        result,
        entities=tuple(select(result.entities or ())),
        paragraphs=result.paragraphs[:TERMINAL_PARAGRAPHS],
    )
    with open(os.devnull, "w") as devnull:
        console = Console(
            record=True, width=TERMINAL_COLUMNS, force_terminal=True, color_system="truecolor", file=devnull
        )
        console.print(article_view(result))
    console.save_svg(path, title=f"newscli show {SAMPLE}")


def shoot_terminal(driver, svg: str, out: str) -> None:
    driver.get("file://" + svg)
    ratio = driver.execute_script(
        "const b = document.documentElement.viewBox.baseVal; return b.height / b.width;"
    )
    driver.set_window_size(TERMINAL_WIDTH, round(TERMINAL_WIDTH * ratio))
    driver.save_screenshot(out)
    driver.set_window_size(WIDTH, HEIGHT)


def main(out: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    os.chdir(ROOT)
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        svg = os.path.join(tmp, "terminal.svg")
        terminal_svg(svg)
        one = os.path.join(tmp, "one.html")
        newscli("show", SAMPLE, "--indirect", "-f", "html", "-o", one)
        several = os.path.join(tmp, "several.html")
        inputs = [p for pattern in OVERVIEW_INPUTS for p in sorted(glob.glob(pattern))]
        newscli("analyze", *inputs, "-f", "html", "-o", several)
        driver = browser(os.path.join(tmp, "profile"))
        try:
            shoot_terminal(driver, svg, os.path.join(out, "show-terminal.png"))
            driver.get("file://" + one)
            quote = driver.find_elements(By.CSS_SELECTOR, ".m.quote:not(.indirect)")[0]
            ActionChains(driver).move_to_element(quote).perform()
            driver.save_screenshot(os.path.join(out, "show-html.png"))
            driver.get("file://" + several)
            driver.save_screenshot(os.path.join(out, "show-overview.png"))
        finally:
            driver.quit()


if __name__ == "__main__":
    main(os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, "docs"))
