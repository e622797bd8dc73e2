"""Details a new user meets: output file modes, label names, counts, offered formats, split
quotes in tables, a warning for unanchored dates, the byline's date as CREATION_TIME, and a
reader that fails on one file while the batch goes on."""

from __future__ import annotations

import logging
import os

import pytest
from click.testing import CliRunner
from rich.console import Console

from newscli.articles import Article, article_from_text, read_inputs
from newscli.cli import main
from newscli.errors import InputError
from newscli.model import ArticleResult, DateMention, Quote, Segment
from newscli.pipeline import _warn_unanchored, _with_creation_time
from newscli.render import tables

pytestmark = pytest.mark.usefixtures("shared_models")


def run(*args):
    return CliRunner().invoke(main, list(args), env={"COLUMNS": "120"})


def render(renderable) -> str:
    console = Console(width=120, force_terminal=False, record=True)
    console.print(renderable)
    return console.export_text()


def test_unknown_label_is_a_usage_error_that_lists_the_labels(tmp_path):
    story = tmp_path / "s.txt"
    story.write_text("Story.", encoding="utf-8")
    result = run("entities", str(story), "-l", "PERSN")
    assert result.exit_code == 2
    assert "unknown label 'PERSN'" in result.output and "PERSON, NORP" in result.output


def test_analyze_offers_only_the_formats_it_writes():
    out = run("analyze", "--help").output
    assert "[table|json|jsonl|html]" in out and "csv" not in out
    assert "csv" in run("dates", "--help").output


def test_corpus_of_one_article_is_singular():
    result = ArticleResult("a.txt", None, (), None, entities=())
    assert "Corpus: 1 article\n" in render(tables.corpus_summary([result]))
    assert "Corpus: 2 articles" in render(tables.corpus_summary([result, result]))


def test_quote_split_by_attribution_is_shown_as_its_pieces():
    text = "\u201cThe pump station is restored,\u201d she said. \u201cThe goal is a dry winter.\u201d"
    first = (1, text.index("\u201d"))
    second = (text.index("\u201cThe goal") + 1, len(text) - 1)
    quoted = text[first[0] : first[1]] + " " + text[second[0] : second[1]]
    quote = Quote(
        quoted, 0, len(text), (Segment(*first), Segment(*second)), "Ada Moss", None, "said", "direct"
    )
    shown = tables.quote_pieces(quote).plain
    assert shown == "\u201cThe pump station is restored,\u201d \u2026 \u201cThe goal is a dry winter.\u201d"


@pytest.mark.model
def test_output_file_has_the_usual_permissions(tmp_path):
    story = tmp_path / "s.txt"
    story.write_text("The bridge opened on Monday.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("dates", str(story), "-f", "jsonl", "-o", str(out), "--published", "2025-03-04")
    assert result.exit_code == 0, result.output
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_byline_date_is_listed_first_as_creation_time():
    text = "Dam Opens\n\nBy Ada Moss | March 4, 2025 3:12 PM EST\n\nThe dam opened on Tuesday."
    article = article_from_text("a.txt", text)
    story = DateMention("Tuesday", text.index("Tuesday"), text.index("Tuesday") + 7, "DATE", "2025-03-04")
    first, second = _with_creation_time(article, [story])
    assert (first.text, first.type, first.value) == ("March 4, 2025 3:12 PM EST", "TIME", "2025-03-04T15:12")
    assert first.to_dict()["function"] == "CREATION_TIME" and "function" not in second.to_dict()
    assert text[first.start : first.end] == first.text


def test_metadata_date_alone_gives_no_creation_time_mention():
    article = article_from_text("a.json", "The dam opened on Tuesday.", published="2025-03-04")
    assert _with_creation_time(article, []) == []


def test_unanchored_relative_dates_give_one_warning_naming_the_file(caplog):
    article = Article("notes/story.txt", "It opens on Tuesday and closes next week.")
    found = [
        DateMention("Tuesday", 12, 19, "DATE", "XXXX-WXX-2"),
        DateMention("next week", 31, 40, "DATE", "XXXX-WXX"),
    ]
    with caplog.at_level(logging.WARNING, logger="newscli"):
        _warn_unanchored(article, found)
    (record,) = caplog.records
    assert record.getMessage().startswith("notes/story.txt: no publication date found, so 2 relative dates")
    assert "--published" in record.getMessage()


def test_html_reader_failure_is_one_line_and_the_batch_goes_on(tmp_path, monkeypatch):
    import trafilatura

    def broken(*args, **kwargs):
        raise ImportError("lxml.html.clean module is now a separate project\nmore lines of traceback")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    page = tmp_path / "a.html"
    page.write_text("<html><body><p>Story.</p></body></html>", encoding="utf-8")
    story = tmp_path / "b.txt"
    story.write_text("A plain story.", encoding="utf-8")
    error, article = list(read_inputs([str(page), str(story)]))
    assert isinstance(error, InputError) and str(error).startswith(str(page))
    assert "\n" not in str(error) and "ImportError" in str(error)
    assert isinstance(article, Article) and article.text == "A plain story."


def test_the_warning_counts_every_value_a_publication_date_would_settle(caplog):
    text = "Flights resumed on Friday. The airport had closed three days ago and recently reopened gates."
    article = Article("desk/airport.txt", text)
    found = [
        DateMention("Friday", 19, 25, "DATE", "XXXX-WXX-5"),
        DateMention("three days ago", 49, 63, "DATE", "PAST_REF"),
        DateMention("recently", 68, 76, "DATE", "PAST_REF"),  # vague with or without a date
        DateMention("every day", 0, 0, "SET", "P1D"),
    ]
    with caplog.at_level(logging.WARNING, logger="newscli"):
        _warn_unanchored(article, found)
    (record,) = caplog.records
    assert "so 2 relative dates stay unresolved" in record.getMessage()


def test_output_into_a_missing_folder_is_one_line_naming_the_path_before_any_work(tmp_path, monkeypatch):
    import newscli.pipeline

    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded although the output cannot be written")

    monkeypatch.setattr(newscli.pipeline, "load_model", no_model)
    story = tmp_path / "s.txt"
    story.write_text("The ferry sails on Monday.", encoding="utf-8")
    target = tmp_path / "no-such-folder" / "out.json"
    result = CliRunner().invoke(main, ["dates", str(story), "-f", "json", "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"newscli: error: {target}: cannot write, no such folder ({target.parent})"
    ]
    assert result.stdout == "" and not target.parent.exists()


def test_header_counts_of_one_are_singular():
    from newscli.model import Stats

    one = ArticleResult("brief.txt", None, (), None, stats=Stats(words=1, sentences=1, paragraphs=1))
    assert "1 word, 1 sentence, 1 paragraph" in render(tables.article_header(one))
    many = ArticleResult("long.txt", None, (), None, stats=Stats(words=1200, sentences=2, paragraphs=0))
    assert "1,200 words, 2 sentences, 0 paragraphs" in render(tables.article_header(many))


@pytest.mark.model
def test_live_entry_stamps_are_times_of_the_day_and_never_speakers(tmp_path):
    import json

    page = tmp_path / "live.txt"
    page.write_text(
        "Live: Harbour Strike Talks\n\nBy Iris Vale\nOctober 14, 2031\n\n"
        "17:45 CET - The dockers' union said talks would resume on Thursday.\n\n"
        "16:10 CET - Ships are queuing outside the port, according to the harbour master.\n",
        encoding="utf-8",
    )
    out = json.loads(run("analyze", str(page), "--indirect", "-f", "json").stdout)[0]
    times = [(d["text"], d["type"], d["value"]) for d in out["dates"] if "CET" in d["text"]]
    assert times == [("17:45 CET", "TIME", "2031-10-14T17:45"), ("16:10 CET", "TIME", "2031-10-14T16:10")]
    for quote in out["quotes"]:
        assert "CET" not in quote["text"] and "CET" not in (quote["speaker"] or "")
        assert "CET" not in ((quote["speaker_mention"] or {}).get("text") or "")
    assert not any("CET" in name for e in out["entities"] for name in (e["name"], *e["aliases"]))


@pytest.mark.model
def test_an_update_stamp_alone_anchors_the_dates_and_the_warning_says_so(tmp_path, caplog):
    import json

    page = tmp_path / "update.txt"
    page.write_text(
        "Live: Harbour Strike Talks\n\nUpdated 09:30 CET, Tue 14 Oct 2031\n\n"
        "The ferry will not sail until Friday, the operator said.\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="newscli"):
        result = run("dates", str(page), "-f", "json")
    out = json.loads(result.stdout)[0]
    assert out["published"] is None  # no publication date is made up ...
    assert out["updated"].startswith("2031-10-14T09:30")
    # ... but the update anchors the dates
    assert [(d["text"], d["value"]) for d in out["dates"]] == [("Friday", "2031-10-17")]
    (warning,) = [r.getMessage() for r in caplog.records]
    assert "no publication date found; relative dates count from the last update, 2031-10-14" in warning
    table = run("dates", str(page)).stdout
    assert "relative dates count from the last update (2031-10-14)" in " ".join(table.split())


def test_views_show_each_live_entry_with_its_stamp():
    from newscli.pipeline import shown_paragraphs

    text = "Live: Gales\n\n08:15 GMT - The coast road is shut.\n\n07:50 GMT\n\nThe first gusts arrived."
    article = article_from_text("live.txt", text)
    shown = [text[s:e] for s, e in shown_paragraphs(article)]
    assert shown == ["08:15 GMT - The coast road is shut.", "07:50 GMT", "The first gusts arrived."]
    assert [text[s:e] for s, e in article.body] == ["The coast road is shut.", "The first gusts arrived."]
