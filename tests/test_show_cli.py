"""`newscli show` and `--format html` through the command line."""

import pytest
from click.testing import CliRunner

from newscli.cli import main

from .conftest import ARTICLES, SAMPLE

pytestmark = [pytest.mark.model, pytest.mark.usefixtures("shared_models")]

HOSTILE = (
    "Harbour Board Delays Vote\n\n"
    "By Sam Ortiz | March 4, 2024\n\n"
    "The harbour board in Port Ellis delayed its vote on Monday [bold]again[/bold] \x1b[31mtoday\x1b[0m.\n\n"
    "\u201cWe need <script>alert(1)</script> more time,\u201d said Lena Park, the board\u2019s chair.\n"
)


def run(*args, env=None):
    return CliRunner().invoke(main, list(args), env={"COLUMNS": "100", **(env or {})})


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    path = tmp_path_factory.mktemp("show") / "harbour.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    return str(path)


def test_no_color_shows_the_marks_as_bracket_markers():
    result = run("show", SAMPLE, env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Gaza Conflict Rages Amid Ceasefire Push\nby Patrick Goodenough")
    assert "[Hillary Clinton] \u00ab\u201c" in out
    assert "[Hillary Clinton|PERSON]" in out or "[Clinton|PERSON]" in out
    assert "{Tuesday} \u27e82012-11-20\u27e9" in out
    assert "\x1b" not in out
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 100
    assert all(line == line.rstrip() for line in lines)  # no spaces left at wrapped ends


def test_piped_output_has_no_escape_codes_and_shows_hostile_text_literally(hostile):
    result = run("show", hostile)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "\x1b" not in out
    assert "[bold]again[/bold]" in out
    assert "<script>alert(1)</script>" in out
    assert "[Lena Park] \u00ab\u201cWe need" in out
    assert "{Monday} \u27e82024-03-04\u27e9" in out


def test_only_marks_just_the_kinds_asked_for(hostile):
    result = run("show", hostile, "--only", "dates")
    assert result.exit_code == 0, result.output
    assert "{Monday}" in result.stdout
    assert "|PERSON]" not in result.stdout and "\u00ab" not in result.stdout


def test_show_cannot_write_csv():
    result = run("show", SAMPLE, "-f", "csv")
    assert result.exit_code == 2
    assert "'csv' is not one of" in result.stderr


def test_analyze_writes_one_html_page_over_several_articles(tmp_path, hostile):
    page = tmp_path / "report.html"
    result = run("analyze", ARTICLES, hostile, "-f", "html", "-o", str(page))
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert text.count("<html") == 1 and text.count('class="view') == 4  # overview and 3 articles
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_indirect_marks_reported_speech_with_its_source(tmp_path):
    path = tmp_path / "levy.txt"
    path.write_text(
        "Levy Plan Splits Council\n\n"
        "The mayor spoke first. Councillor Ada Brisk warned that the levy would hit renters hardest.\n",
        encoding="utf-8",
    )
    plain = run("show", str(path), env={"NO_COLOR": "1"}).stdout
    marked = " ".join(run("show", str(path), "--indirect", env={"NO_COLOR": "1"}).stdout.split())
    assert "\u2039" not in plain  # reported speech is marked only when asked for
    assert "[Ada Brisk] \u2039the levy would hit renters hardest" in marked
    assert "*warned*" in marked
