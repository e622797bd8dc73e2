"""Batch runs: worker processes, streaming, progress, the corpus view."""

import json
import os

import pytest
from click.testing import CliRunner

from newscli.cli import main

from .conftest import ARTICLES, SAMPLE

pytestmark = [pytest.mark.model, pytest.mark.usefixtures("shared_models")]


def corpus(tmp_path, n=40):
    path = tmp_path / "corpus.jsonl"
    lines = []
    for i in range(n):
        text = (
            f"Mayor Ana Ruiz said \u201cbridge {i} is safe\u201d in Springfield on Monday. "
            f"Council member Tom Becker disagreed with the plan for bridge {i}."
        )
        lines.append(json.dumps({"id": f"a{i}", "text": text, "published": "2024-03-06"}))
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(main, list(args), env={"COLUMNS": "120"})


def test_jobs_give_the_same_records_in_the_same_order(tmp_path):
    path = corpus(tmp_path)
    one = run("analyze", str(path), "-f", "jsonl", "-j", "1", "--batch-size", "4")
    two = run("analyze", str(path), "-f", "jsonl", "-j", "2", "--batch-size", "4")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    assert [json.loads(line)["source"] for line in two.stdout.splitlines()] == [f"a{i}" for i in range(40)]


def test_a_small_input_never_starts_workers(monkeypatch):
    import multiprocessing

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started")

    monkeypatch.setattr(multiprocessing.context.BaseContext, "Pool", no_pool)
    result = run("quotes", SAMPLE, "-f", "jsonl", "-j", "0")
    assert result.exit_code == 0 and json.loads(result.stdout)["quotes"]


def test_worker_errors_are_reported_and_the_rest_runs(tmp_path, monkeypatch):
    from newscli import pipeline

    real = pipeline.analyze_doc

    def flaky(doc, article, sections, **options):
        if article.source == "a3":
            raise ValueError("boom")
        return real(doc, article, sections, **options)

    monkeypatch.setattr(pipeline, "analyze_doc", flaky)  # forked workers inherit the patch
    result = run("entities", str(corpus(tmp_path, 12)), "-f", "jsonl", "-j", "2", "--batch-size", "2")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 11
    assert "a3: analysis failed (ValueError: boom)" in result.stderr


def test_no_progress_output_when_stderr_is_not_a_terminal(tmp_path):
    result = run("entities", str(corpus(tmp_path, 5)), "-f", "jsonl")
    assert result.stderr == ""


def test_progress_bar_counts_articles_when_stderr_is_a_terminal(tmp_path, monkeypatch):
    import io
    import sys

    from newscli import cli

    fake = io.StringIO()
    fake.isatty = lambda: True
    monkeypatch.setattr(sys, "stderr", fake)
    results = list(cli._with_progress(iter(range(5)), 5))
    assert results == [0, 1, 2, 3, 4]
    assert "articles" in fake.getvalue() and "5/5" in fake.getvalue()


def test_count_articles(tmp_path):
    from newscli.articles import count_articles

    assert count_articles([str(corpus(tmp_path, 7)), SAMPLE, ARTICLES]) == 7 + 1 + len(os.listdir(ARTICLES))


def test_corpus_summary_after_several_articles():
    result = run("quotes", SAMPLE, os.path.join(ARTICLES, "council-vote.txt"))
    assert "Most-quoted speakers" in result.stdout
    summary = run("entities", SAMPLE, os.path.join(ARTICLES, "council-vote.txt"), "--summary")
    assert "Entities across articles" in summary.stdout
    assert "Leading entities" not in summary.stdout and "Gaza Conflict" not in summary.stdout


def test_python_api_yields_the_json_records():
    from newscli import analyze_texts

    (record,) = analyze_texts(
        [{"id": "x", "text": "Mayor Ana Ruiz visited Springfield on Monday.", "published": "2024-03-06"}]
    )
    assert record["source"] == "x"
    assert {"stats", "entities", "quotes", "dates"} <= set(record)
    assert ("Monday", "2024-03-04") in {(d["text"], d["value"]) for d in record["dates"]}
