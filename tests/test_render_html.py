"""The HTML report as a document: self-contained, escaped, contrast within WCAG AA (no model)."""

import base64
import hashlib
import json
import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from newscli.render import html as H

from .records import hostile_result

AA_NORMAL_TEXT = 4.5  # WCAG 2.x success criterion 1.4.3, normal-size text


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.scripts = []
        self.styles = []
        self._in = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in ("script", "style") else None

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts.append(data)
        elif self._in == "style":
            self.styles.append(data)


def parsed(page):
    parser = Tags()
    parser.feed(page)
    return parser


def luminance(colour):
    rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a, b):
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


BACKGROUNDS = ["#ffffff", H.HIGHLIGHT_BACKGROUND, H.OTHER_ENTITY_BACKGROUND, *H.ENTITY_BACKGROUNDS.values()]


@pytest.mark.parametrize(
    "colour", [*H.SPEAKER_COLOURS, H.UNKNOWN_SPEAKER_COLOUR, H.TEXT_COLOUR, H.MUTED_COLOUR]
)
def test_text_colours_meet_wcag_aa_on_every_background_they_sit_on(colour):
    for background in BACKGROUNDS:
        assert contrast(colour, background) >= AA_NORMAL_TEXT, (colour, background)


@pytest.mark.parametrize("colour", [*H.SPEAKER_COLOURS, H.UNKNOWN_SPEAKER_COLOUR])
def test_speaker_name_chips_meet_wcag_aa(colour):
    assert contrast("#ffffff", colour) >= AA_NORMAL_TEXT


def test_css_colours_are_the_checked_ones():
    page = H.report([hostile_result()])
    css = parsed(page).styles[0]
    used = set(re.findall(r"#[0-9a-fA-F]{6}\b", css))
    checked = {*BACKGROUNDS, *H.SPEAKER_COLOURS, H.UNKNOWN_SPEAKER_COLOUR, H.TEXT_COLOUR, H.MUTED_COLOUR}
    # Borders, outlines and the label tag: the tag's colour is checked here too.
    decoration = {"#d1d5db", "#9ca3af", "#111827", "#374151", "#e5e7eb", "#f9fafb"}
    assert used <= checked | decoration
    for background in [H.OTHER_ENTITY_BACKGROUND, *H.ENTITY_BACKGROUNDS.values()]:
        assert contrast("#374151", background) >= AA_NORMAL_TEXT


def test_page_is_self_contained_and_its_policy_allows_only_its_own_script_and_style():
    page = H.report([hostile_result(), hostile_result(speaker="Ben Okafor")])
    doc = parsed(page)
    for tag, attrs in doc.tags:
        assert "src" not in attrs, tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if "href" in attrs:
            assert attrs["href"].startswith("#"), attrs
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg\")", page)
    assert "url(" not in doc.styles[0] and "@import" not in doc.styles[0]
    policy = next(a["content"] for t, a in doc.tags if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in policy
    code = doc.scripts[-1]
    digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    digest = base64.b64encode(hashlib.sha256(doc.styles[0].encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy


def test_hostile_text_is_escaped_everywhere():
    page = H.report([hostile_result()])
    doc = parsed(page)
    assert {t for t, _ in doc.tags} <= {
        "html", "head", "meta", "title", "style", "body", "header", "strong", "main", "section",
        "h1", "h2", "h3", "p", "a", "div", "span", "article", "aside", "ul", "ol", "li", "button",
        "script", "svg", "text", "rect", "table", "thead", "tbody", "tr", "th", "td",
    }  # fmt: skip
    assert "<img" not in page and "<b>" not in page
    assert sum(1 for t, _ in doc.tags if t == "script") == 2  # the data and the page's own
    data = json.loads(doc.scripts[0])
    speakers = {d["speaker"] for d in data["marks"].values() if d["kind"] == "quote"}
    assert speakers == {hostile_result().quotes[0].speaker}  # the name survives, as data


def test_every_mark_is_focusable_and_carries_its_details():
    result = hostile_result(speaker="Ana Ruiz")
    page = H.report([result])
    doc = parsed(page)
    marks = [a for t, a in doc.tags if "m" in a.get("class", "").split()]
    assert all(a.get("tabindex") == "0" for a in marks)
    ids = {a["data-kind"]: set() for a in marks}
    for a in marks:
        ids[a["data-kind"]].add(a["data-id"])
    assert len(ids["entity"]) == len(result.entities)
    assert len(ids["date"]) == len(result.dates)
    assert len(ids["quote"]) == len(result.quotes)
    details = json.loads(doc.scripts[0])["marks"]
    assert all(i in details for kind in ids.values() for i in kind)


def test_several_articles_get_an_overview_with_a_chart_and_links():
    results = [hostile_result(speaker="Ana Ruiz"), replace(hostile_result(speaker="Ben Okafor"), title=None)]
    page = H.report(results)
    doc = parsed(page)
    assert page.index('id="overview"') < page.index('id="a1"') < page.index('id="a2"')
    assert {a["href"] for t, a in doc.tags if t == "a" and a["href"] != "#overview"} == {"#a1", "#a2"}
    bars = [a for t, a in doc.tags if t == "rect"]
    assert len(bars) == 2
    assert 'aria-labelledby="chart-title"' in page
