"""One self-contained HTML page of articles with what newscli found marked in them.

`report(results)` is a function of records (ArticleResults that carry their text). The page
holds everything itself (inline CSS and JavaScript, no fonts, images or scripts from
elsewhere) and a Content-Security-Policy that forbids any network request and runs only the
page's own script and style, named by their hashes.

Hostile articles are safe: every piece of article text is HTML-escaped into element content
or a quoted attribute, the details behind the marks travel as JSON in a non-executed script
element with `<`, `>` and `&` escaped, and the script writes them with `textContent` only. No
article value ever becomes a URL.

Several articles get an overview first (most-quoted speakers as an inline-SVG bar chart,
entities by the number of articles that mention them, quotes per article) linking to each
article's view.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from ..model import UNMARKED_KINDS, ArticleResult, byline_phrases, readable
from . import marks as M

# Speaker colours: text on white, on every entity background and on the highlight all reach
# WCAG AA (4.5:1; tests/test_render_html.py checks every pair), the most quoted first.
SPEAKER_COLOURS = ("#1d4ed8", "#9a3412", "#7e22ce", "#166534", "#b91c1c", "#115e59", "#a21caf", "#3f6212")
UNKNOWN_SPEAKER_COLOUR = "#525252"
ENTITY_BACKGROUNDS = {
    "PERSON": "#fde2b8",
    "ORG": "#cfe8fc",
    "GPE": "#d3f2c9",
    "LOC": "#e6f5dc",
    "NORP": "#efdcfb",
    "FAC": "#f7efc0",
    "EVENT": "#fbd5df",
}
OTHER_ENTITY_BACKGROUND = "#e8e8e8"
TEXT_COLOUR = "#1a1a1a"
MUTED_COLOUR = "#4b5563"
HIGHLIGHT_BACKGROUND = "#fff3b0"  # the quotes of the speaker selected in the side panel
CHART_SPEAKERS = 12  # bars in the overview chart: more would not fit a screen
OVERVIEW_ENTITIES = 25  # rows of the overview's entity table
BAR_HEIGHT, BAR_GAP, CHART_LABEL_WIDTH, CHART_BAR_WIDTH = 22, 6, 220, 360

CSS = """
:root{--text:%(text)s;--muted:%(muted)s;--hl:%(hl)s}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text);background:#fff}
header.top{padding:.6rem 1.5rem;border-bottom:1px solid #d1d5db;background:#f9fafb}
header.top a{color:#1d4ed8}
main{padding:1rem 1.5rem;max-width:88rem}
h1{font-size:1.5rem;line-height:1.25;margin:.2rem 0}
h2{font-size:1.05rem;margin:1.2rem 0 .4rem}
h3{font-size:.9rem;margin:.8rem 0 .2rem;color:var(--muted)}
.meta,.src{margin:.1rem 0;color:var(--muted)}
.src{font-size:.85rem;word-break:break-all}
.cols{display:grid;grid-template-columns:minmax(0,46rem) minmax(16rem,24rem);gap:2.5rem}
@media (max-width:60rem){.cols{grid-template-columns:1fr}}
.body p{margin:0 0 1rem;max-width:46rem;overflow-wrap:anywhere}
.panel{font-size:.9rem;border-left:1px solid #d1d5db;padding-left:1rem;position:sticky;top:0;max-height:100vh;overflow:auto;align-self:start}
.panel ul,.panel ol{list-style:none;margin:0;padding:0}
.panel li{margin:.15rem 0}
.panel button{font:inherit;color:inherit;background:none;border:1px solid transparent;border-radius:4px;padding:0 .3rem;cursor:pointer;text-align:left}
.panel button:hover{border-color:#9ca3af}
.panel button[aria-pressed=true]{background:var(--hl);border-color:var(--text)}
.n{color:var(--muted);font-variant-numeric:tabular-nums}
.aliases{color:var(--muted);font-size:.85em}
.sw{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.35em;vertical-align:-.05em}
.m{border-radius:3px}
.m:focus-visible,.m:hover{outline:2px solid #111827;outline-offset:1px}
.entity{padding:0 .15em;color:var(--text)}
.quote .entity,.quote .date{color:inherit}
.entity::after{content:attr(data-label);font:600 .62em/1 system-ui,sans-serif;letter-spacing:.02em;margin-left:.3em;color:#374151;vertical-align:.15em}
.quote{font-style:italic}
.quote.indirect{font-style:normal;text-decoration:underline dotted;text-underline-offset:.2em}
.quote.hl{background:var(--hl);box-shadow:0 0 0 2px var(--hl)}
.who{white-space:nowrap;font:600 .75em/1 system-ui,sans-serif;font-style:normal;color:#fff;border-radius:3px;padding:.1em .35em;margin-right:.3em;vertical-align:.1em}
.cue{font-weight:700;text-decoration:underline wavy;text-underline-offset:.2em}
.date{border-bottom:2px dashed currentColor}
.value{color:var(--muted);font-size:.85em;margin-left:.2em;font-style:normal}
.legend{display:flex;flex-wrap:wrap;gap:.4rem .8rem;margin:.3rem 0 .8rem;font-size:.85rem}
#tip{position:absolute;z-index:10;max-width:24rem;background:#fff;color:var(--text);border:1px solid #374151;border-radius:6px;padding:.4rem .6rem;font-size:.85rem;line-height:1.4;box-shadow:0 4px 14px rgba(0,0,0,.18)}
#tip[hidden]{display:none}
#tip .k{font-weight:700}
#tip section+section{border-top:1px solid #d1d5db;margin-top:.3rem;padding-top:.3rem}
#tip dl{display:grid;grid-template-columns:auto 1fr;gap:0 .6rem;margin:0}
#tip dt{color:var(--muted)}#tip dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;font-size:.9rem}
th,td{text-align:left;padding:.2rem .7rem .2rem 0;border-bottom:1px solid #e5e7eb;vertical-align:top}
td.num,th.num{text-align:right}
td.when{white-space:nowrap}
.chart text{font:13px system-ui,sans-serif;fill:var(--text)}
.chart .bar{fill:#1d4ed8}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(28rem,1fr));gap:0 3rem;align-items:start}
.js .view{display:none}.js .view.current{display:block}
"""

SCRIPT = r"""
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var data = JSON.parse(document.getElementById("newscli-data").textContent);
  var tip = document.getElementById("tip");
  var NAMES = {quote: "Quote", cue: "Cue", entity: "Entity", date: "Date"};
  var FIELDS = {
    quote: [["speaker", "speaker"], ["mention", "named as"], ["cue", "cue"], ["type", "kind"]],
    cue: [["cue", "cue"], ["speaker", "speaker"]],
    entity: [["name", "name"], ["label", "label"], ["aliases", "aliases"], ["count", "mentions"]],
    date: [["text", "text"], ["type", "type"], ["value", "value"], ["reading", "reading"]]
  };
  function section(id) {
    var d = data.marks[id];
    var box = document.createElement("section");
    var head = document.createElement("div");
    head.className = "k";
    head.textContent = NAMES[d.kind];
    box.appendChild(head);
    var list = document.createElement("dl");
    FIELDS[d.kind].forEach(function (f) {
      var v = d[f[0]];
      if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length)) { return; }
      var dt = document.createElement("dt");
      dt.textContent = f[1];
      var dd = document.createElement("dd");
      dd.textContent = Array.isArray(v) ? v.join(", ") : String(v);
      list.appendChild(dt);
      list.appendChild(dd);
    });
    box.appendChild(list);
    return box;
  }
  function marksAt(el) {
    var out = [];
    for (var m = el.closest(".m"); m; m = m.parentElement && m.parentElement.closest(".m")) {
      if (out.indexOf(m.dataset.id) < 0) { out.push(m.dataset.id); }
    }
    return out;
  }
  function show(el) {
    var ids = marksAt(el);
    if (!ids.length) { hide(); return; }
    tip.replaceChildren.apply(tip, ids.map(section));
    tip.hidden = false;
    var r = el.closest(".m").getBoundingClientRect();
    var left = Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(4, left) + "px";
    tip.style.top = (r.bottom + window.scrollY + 6) + "px";
    el.closest(".m").setAttribute("aria-describedby", "tip");
  }
  function hide() { tip.hidden = true; }
  document.addEventListener("mouseover", function (e) {
    if (e.target.closest && e.target.closest(".m")) { show(e.target); }
    else if (!tip.contains(e.target)) { hide(); }
  });
  document.addEventListener("focusin", function (e) {
    if (e.target.closest && e.target.closest(".m")) { show(e.target); } else { hide(); }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });
  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("button");
    if (!b) { return; }
    var view = b.closest(".view");
    if (b.dataset.speaker) {
      var on = b.getAttribute("aria-pressed") !== "true";
      view.querySelectorAll("button[data-speaker]").forEach(function (o) { o.setAttribute("aria-pressed", "false"); });
      b.setAttribute("aria-pressed", on ? "true" : "false");
      view.querySelectorAll(".quote").forEach(function (q) {
        q.classList.toggle("hl", on && q.dataset.speaker === b.dataset.speaker);
      });
    } else if (b.dataset.target) {
      var m = view.querySelector('.m[data-id="' + b.dataset.target + '"]');
      if (m) { m.scrollIntoView({block: "center"}); m.focus(); }
    }
  });
  function route() {
    var views = document.querySelectorAll(".view");
    var want = null;
    try { want = document.getElementById(decodeURIComponent(location.hash.slice(1))); } catch (e) { want = null; }
    if (!want || !want.classList.contains("view")) { want = views[0]; }
    views.forEach(function (v) { v.classList.toggle("current", v === want); });
    hide();
  }
  window.addEventListener("hashchange", function () { route(); window.scrollTo(0, 0); });
  route();
})();
"""


def _e(text: Any) -> str:
    """Text as HTML element content or a double-quoted attribute value."""
    return html.escape(str(text), quote=True)


def _class(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "", name)


def _json_for_script(value: Any) -> str:
    """JSON that cannot end its script element or open markup: <, > and & as escapes."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _css() -> str:
    rules = [CSS % {"text": TEXT_COLOUR, "muted": MUTED_COLOUR, "hl": HIGHLIGHT_BACKGROUND}]
    for label, colour in ENTITY_BACKGROUNDS.items():
        rules.append(f".entity.L-{label},.sw.L-{label}{{background:{colour}}}")
    rules.append(f".entity,.sw.L-other{{background:{OTHER_ENTITY_BACKGROUND}}}")
    for i, colour in enumerate((*SPEAKER_COLOURS, UNKNOWN_SPEAKER_COLOUR)):
        name = f"s{i}" if i < len(SPEAKER_COLOURS) else "su"
        rules.append(
            f".quote.{name},.cue.{name}{{color:{colour}}}.who.{name},.sw.{name}{{background:{colour}}}"
        )
    return "\n".join(rules)


class _Article:
    """One article's view: its marks, speaker classes and details by mark id."""

    def __init__(self, result: ArticleResult, index: int, kinds: Sequence[str]) -> None:
        self.result = result
        self.id = f"a{index + 1}"
        self.marks = M.article_marks(result, kinds=kinds)
        named = [s for s, _ in M.speakers(result) if s != M.UNKNOWN_SPEAKER]
        self.speaker_class = {s: f"s{i % len(SPEAKER_COLOURS)}" for i, s in enumerate(named)}
        self.speaker_class[M.UNKNOWN_SPEAKER] = "su"

    def mark_id(self, mark: M.Mark) -> str:
        return f"{self.id}-{mark.id}"

    def details(self) -> dict[str, dict[str, Any]]:
        r = self.result
        out: dict[str, dict[str, Any]] = {}
        for i, q in enumerate(r.quotes or ()):
            speaker = M.speaker_of(q)
            mention = q.speaker_mention.text if q.speaker_mention else None
            out[f"{self.id}-q{i}"] = {
                "kind": "quote",
                "speaker": speaker,
                "mention": mention if mention and mention != q.speaker else None,
                "cue": q.cue,
                "type": q.kind,
            }
            out[f"{self.id}-q{i}c"] = {"kind": "cue", "cue": q.cue, "speaker": speaker}
        for i, e in enumerate(r.entities or ()):
            out[f"{self.id}-e{i}"] = {
                "kind": "entity",
                "name": e.name,
                "label": e.label,
                "aliases": list(e.aliases),
                "count": e.count,
            }
        for i, d in enumerate(r.dates or ()):
            out[f"{self.id}-d{i}"] = {
                "kind": "date",
                "text": d.text,
                "type": d.type,
                "value": d.value or "unresolved",
                "reading": readable(d.value, d.type),
            }
        return out

    def open_tag(self, mark: M.Mark) -> str:
        r = self.result
        # A piece that goes on from where a paragraph or another mark cut it is "cont", so one
        # mark is one element without that class.
        common = f'data-id="{_e(self.mark_id(mark))}" tabindex="0"' + ("" if mark.first else ' data-cont=""')
        if mark.kind == "entity":
            label = _class(mark.key)
            cls = label if label in ENTITY_BACKGROUNDS else "other"
            return f'<span class="m entity L-{cls}" data-kind="entity" data-label="{_e(mark.key)}" {common}>'
        if mark.kind == "date":
            return f'<span class="m date" data-kind="date" {common}>'
        speaker = self.speaker_class[mark.key]
        if mark.kind == "cue":
            return f'<span class="m cue {speaker}" data-kind="cue" {common}>'
        quote = (r.quotes or ())[int(mark.id[1:])]
        cls = f"m quote {speaker}" + (" indirect" if quote.kind in UNMARKED_KINDS else "")
        tag = f'<span class="{cls}" data-kind="quote" data-speaker="{speaker}" {common}>'
        if mark.first:
            tag += f'<span class="who {speaker}">{_e(mark.key)}</span>'
        return tag

    def close_tag(self, mark: M.Mark) -> str:
        tag = "</span>"
        if mark.kind == "date":
            d = (self.result.dates or ())[int(mark.id[1:])]
            if mark.end == d.end:
                tag += f'<span class="value">\u27e8{_e(d.value or "?")}\u27e9</span>'
        return tag

    def paragraph(self, span: tuple[int, int]) -> str:
        text = self.result.text or ""
        out = ["<p>"]
        for event, value in M.walk(M.nest(self.marks, *span)):
            if event == "text":
                out.append(_e(text[value[0] : value[1]]))
            elif event == "open":
                out.append(self.open_tag(value))
            else:
                out.append(self.close_tag(value))
        out.append("</p>")
        return "".join(out)


def _header(result: ArticleResult, heading_id: str) -> str:
    parts = [f'<h1 id="{heading_id}">{_e(result.title or result.source)}</h1>']
    details = byline_phrases(result, _e)
    if details:
        parts.append(f'<p class="meta">{" · ".join(details)}</p>')
    parts.append(f'<p class="src">{_e(result.source)}</p>')
    return "<header>" + "".join(parts) + "</header>"


def _legend(view: _Article) -> str:
    r = view.result
    items = []
    for label in sorted({e.label for e in r.entities or ()}):
        cls = _class(label) if _class(label) in ENTITY_BACKGROUNDS else "other"
        items.append(f'<span><span class="sw L-{cls}"></span>{_e(label)}</span>')
    if any(q.kind != "indirect" for q in r.quotes or ()):
        items.append(
            '<span><span class="quote s0">\u201cquote\u201d</span> in its speaker\u2019s colour</span>'
        )
    if any(q.kind == "indirect" for q in r.quotes or ()):
        items.append('<span><span class="quote indirect s0">reported speech</span></span>')
    if r.quotes:
        items.append('<span><span class="cue s0">cue</span></span>')
    if r.dates:
        items.append(
            '<span><span class="date">date</span><span class="value">\u27e8value\u27e9</span></span>'
        )
    if not items:
        return ""
    return '<div class="legend" aria-label="Legend">' + "".join(items) + "</div>"


def _panel(view: _Article) -> str:
    r, parts = view.result, []
    if r.quotes is not None:
        parts.append("<h2>Speakers</h2><ul>")
        for speaker, n in M.speakers(r):
            cls = view.speaker_class[speaker]
            parts.append(
                f'<li><button type="button" data-speaker="{cls}" aria-pressed="false">'
                f'<span class="sw {cls}"></span>{_e(speaker)} <span class="n">{n}</span></button></li>'
            )
        parts.append("</ul>" if r.quotes else '<li class="n">no quotes found</li></ul>')
    if r.entities is not None:
        parts.append("<h2>Entities</h2>")
        by_label: defaultdict[str, list[int]] = defaultdict(list)
        for i, e in enumerate(r.entities):
            by_label[e.label].append(i)
        for label in sorted(by_label, key=lambda lb: (-len(by_label[lb]), lb)):
            parts.append(f"<h3>{_e(label)}</h3><ul>")
            for i in by_label[label]:
                e = r.entities[i]
                aliases = f' <span class="aliases">{_e(", ".join(e.aliases))}</span>' if e.aliases else ""
                parts.append(
                    f'<li><button type="button" data-target="{view.id}-e{i}">{_e(e.name)}</button>'
                    f' <span class="n">{e.count}</span>{aliases}</li>'
                )
            parts.append("</ul>")
    if r.dates is not None:
        parts.append("<h2>Dates</h2><ol>")
        for i in _dates_in_time_order(r):
            d = (r.dates or ())[i]
            parts.append(
                f'<li><button type="button" data-target="{view.id}-d{i}">{_e(d.text)}</button>'
                f' <span class="n">{_e(d.value or "unresolved")}</span></li>'
            )
        parts.append("</ol>")
    return '<aside class="panel" aria-label="Found in this article">' + "".join(parts) + "</aside>"


def _dates_in_time_order(result: ArticleResult) -> list[int]:
    """Date indexes by value (calendar values first, in order), then by place in the text."""
    dates = result.dates or ()

    def key(i: int) -> tuple[int, str, int]:
        value = dates[i].value or ""
        return (0 if value[:1].isdigit() else 1, value, dates[i].start)

    return sorted(range(len(dates)), key=key)


def _article_section(view: _Article, several: bool) -> str:
    back = '<p><a href="#overview">\u2190 Overview</a></p>' if several else ""
    body = "".join(view.paragraph(span) for span in M.paragraphs(view.result))
    return (
        f'<section class="view article" id="{view.id}" aria-labelledby="{view.id}-title">{back}'
        + _header(view.result, f"{view.id}-title")
        + _legend(view)
        + f'<div class="cols"><article class="body">{body}</article>{_panel(view)}</div></section>'
    )


def _bar_chart(counts: Sequence[tuple[str, int]], title: str) -> str:
    """Horizontal bars in inline SVG, names and numbers as text (readable without colour)."""
    if not counts:
        return '<p class="n">no quotes with a named speaker</p>'
    top = max(n for _, n in counts)
    height = len(counts) * (BAR_HEIGHT + BAR_GAP)
    width = CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 50
    rows = []
    for i, (name, n) in enumerate(counts):
        y = i * (BAR_HEIGHT + BAR_GAP)
        w = max(2, round(CHART_BAR_WIDTH * n / top))
        label = name if len(name) <= 30 else name[:29] + "\u2026"
        rows.append(
            f'<text x="{CHART_LABEL_WIDTH - 8}" y="{y + BAR_HEIGHT - 6}" text-anchor="end">{_e(label)}</text>'
            f'<rect class="bar" x="{CHART_LABEL_WIDTH}" y="{y}" width="{w}" height="{BAR_HEIGHT}" rx="3"/>'
            f'<text x="{CHART_LABEL_WIDTH + w + 6}" y="{y + BAR_HEIGHT - 6}">{n}</text>'
        )
    return (
        f'<svg class="chart" role="img" aria-labelledby="chart-title" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="chart-title">{_e(title)}</title>' + "".join(rows) + "</svg>"
    )


def _overview(views: Sequence[_Article]) -> str:
    quoted: Counter[str] = Counter()
    entity_articles: Counter[tuple[str, str]] = Counter()
    entity_mentions: Counter[tuple[str, str]] = Counter()
    for v in views:
        for q in v.result.quotes or ():
            if q.speaker:
                quoted[q.speaker] += 1
        for e in v.result.entities or ():
            entity_articles[(e.name, e.label)] += 1
            entity_mentions[(e.name, e.label)] += e.count
    parts = [
        '<section class="view" id="overview" aria-labelledby="overview-title">',
        f'<h1 id="overview-title">{len(views)} articles</h1><div class="grid"><div>',
        "<h2>Most-quoted speakers</h2>",
        _bar_chart(quoted.most_common(CHART_SPEAKERS), "Quotes per speaker, across all articles"),
        "<h2>Quotes per article</h2><table><thead><tr><th>Article</th><th>Published</th>"
        '<th class="num">Quotes</th><th class="num">Entities</th><th class="num">Dates</th></tr></thead><tbody>',
    ]
    for v in views:
        r = v.result
        parts.append(
            f'<tr><td><a href="#{v.id}">{_e(r.title or r.source)}</a></td><td class="when">{_e(r.published or "")}</td>'
            f'<td class="num">{len(r.quotes or ())}</td><td class="num">{len(r.entities or ())}</td>'
            f'<td class="num">{len(r.dates or ())}</td></tr>'
        )
    parts.append("</tbody></table></div><div><h2>Entities by number of articles</h2>")
    parts.append(
        '<table><thead><tr><th>Entity</th><th>Label</th><th class="num">Articles</th>'
        '<th class="num">Mentions</th></tr></thead><tbody>'
    )
    ranked = sorted(entity_articles.items(), key=lambda kv: (-kv[1], -entity_mentions[kv[0]], kv[0]))
    for (name, label), n in ranked[:OVERVIEW_ENTITIES]:
        parts.append(
            f'<tr><td>{_e(name)}</td><td>{_e(label)}</td><td class="num">{n}</td>'
            f'<td class="num">{entity_mentions[(name, label)]}</td></tr>'
        )
    parts.append("</tbody></table></div></div></section>")
    return "".join(parts)


def report(results: Iterable[ArticleResult], *, kinds: Iterable[str] = M.KINDS) -> str:
    """The whole page: an overview when there are several articles, then each article's view."""
    kinds = tuple(kinds)
    views = [_Article(r, i, kinds) for i, r in enumerate(results)]
    several = len(views) > 1
    details: dict[str, Any] = {}
    for v in views:
        details.update(v.details())
    css, script = _css(), SCRIPT
    policy = (
        f"default-src 'none'; style-src '{_sha256(css)}'; script-src '{_sha256(script)}'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    title = f"{len(views)} articles"
    if len(views) == 1:
        title = views[0].result.title or views[0].result.source
    body = (_overview(views) if several else "") + "".join(_article_section(v, several) for v in views)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>newscli: {_e(title)}</title><style>{css}</style></head><body>"
        '<header class="top"><strong>newscli</strong></header>'
        f'<main id="main">{body}</main><div id="tip" role="tooltip" hidden></div>'
        f'<script type="application/json" id="newscli-data">{_json_for_script({"marks": details})}</script>'
        f"<script>{script}</script></body></html>\n"
    )
