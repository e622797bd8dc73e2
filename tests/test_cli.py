import csv
import io
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newscli.cli import main

from .conftest import ARTICLES, SAMPLE

COUNCIL = os.path.join(ARTICLES, "council-vote.txt")
pytestmark = [pytest.mark.model, pytest.mark.usefixtures("shared_models")]


def run(*args, input=None):
    runner = CliRunner()
    return runner.invoke(main, list(args), input=input, env={"COLUMNS": "120"})


def check_offsets(record, text):
    for e in record.get("entities", []):
        for m in e["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    for q in record.get("quotes", []):
        assert text[q["start"]] in "\"\u201c'\u2018\u00ab\u201e`"
        for s in q["segments"]:
            assert q["start"] <= s["start"] <= s["end"] <= q["end"]
        if q["speaker_mention"]:
            m = q["speaker_mention"]
            assert text[m["start"] : m["end"]] == m["text"]
    for d in record.get("dates", []):
        assert text[d["start"] : d["end"]] == d["text"]


def test_help_is_fast_and_has_examples():
    result = run("--help")
    assert result.exit_code == 0 and "Example" in result.output
    for command in ("analyze", "entities", "quotes", "dates"):
        out = run(command, "--help").output
        assert "Example" in out and "--format" in out


def test_import_cli_does_not_import_spacy():
    code = "import sys, newscli.cli; print([m for m in ('spacy', 'thinc', 'numpy') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("command", ["analyze", "entities", "quotes", "dates"])
def test_jsonl_follows_the_contract(command):
    result = run(command, SAMPLE, "-f", "jsonl")
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    assert record["source"] == SAMPLE
    assert record["title"] == "Gaza Conflict Rages Amid Ceasefire Push"
    assert record["authors"] == ["Patrick Goodenough"]
    assert record["published"] == "2012-11-21T00:25:00-05:00"
    sections = {"analyze": {"stats", "entities", "quotes", "dates"}}.get(command, {command})
    assert set(record) - {"source", "title", "authors", "published", "updated"} == sections
    with open(SAMPLE, encoding="utf-8") as f:
        check_offsets(record, f.read())


def test_json_is_one_array_for_several_inputs():
    result = run("quotes", SAMPLE, COUNCIL, "-f", "json")
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert [r["source"] for r in records] == [SAMPLE, COUNCIL]


@pytest.mark.parametrize(
    "command, header",
    [
        ("entities", "source,name,label,count"),
        ("quotes", "source,start,end,speaker"),
        ("dates", "source,start,end,text,type,value"),
    ],
)
def test_csv(command, header):
    result = run(command, COUNCIL, "-f", "csv")
    assert result.exit_code == 0
    assert result.stdout.startswith(header)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(r["source"] == COUNCIL for r in rows)


def test_analyze_csv_is_a_usage_error():
    result = run("analyze", COUNCIL, "-f", "csv")
    assert result.exit_code == 2
    assert "'csv' is not one of 'table', 'json', 'jsonl'" in result.stderr


@pytest.mark.parametrize("command", ["analyze", "entities", "quotes", "dates"])
def test_tables(command):
    result = run(command, SAMPLE)
    assert result.exit_code == 0
    assert "Gaza Conflict Rages Amid Ceasefire Push" in result.stdout


def test_analyze_table_shows_the_article():
    out = run("analyze", SAMPLE).stdout
    for expected in (
        "Patrick Goodenough",
        "Binyamin Netanyahu",
        "Hillary Clinton",
        "2012-11-20",
        "Quotes",
        "Dates",
        "Leading entities",
    ):
        assert expected in out


def test_entities_filters():
    record = json.loads(run("entities", SAMPLE, "-f", "jsonl", "-l", "PERSON").stdout)
    assert {e["label"] for e in record["entities"]} == {"PERSON"}
    record = json.loads(run("entities", SAMPLE, "-f", "jsonl", "--min-count", "3").stdout)
    assert all(e["count"] >= 3 for e in record["entities"])
    record = json.loads(run("entities", SAMPLE, "-f", "jsonl").stdout)
    assert not {"CARDINAL", "DATE", "TIME"} & {e["label"] for e in record["entities"]}


def test_published_option_anchors_dates(tmp_path):
    story = tmp_path / "s.txt"
    story.write_text("The council met on Tuesday and will vote next week.", encoding="utf-8")
    record = json.loads(run("dates", str(story), "-f", "jsonl", "--published", "2024-03-07").stdout)
    assert record["published"] == "2024-03-07"
    assert ("Tuesday", "2024-03-05") in {(d["text"], d["value"]) for d in record["dates"]}
    bad = run("dates", str(story), "--published", "someday")
    assert bad.exit_code == 2


def test_bad_inputs_are_reported_and_the_rest_runs(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Officials said the bridge would reopen.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("quotes", str(tmp_path / "missing.txt"), str(empty), str(good), "-f", "jsonl")
    assert result.exit_code == 1
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(good)]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert "missing.txt: no such file" in errors[0] and "empty.txt: empty file" in errors[1]
    assert "Traceback" not in result.stderr


def test_fail_fast_stops_at_first_error(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Officials said the bridge would reopen.", encoding="utf-8")
    result = run("quotes", str(tmp_path / "missing.txt"), str(good), "-f", "jsonl", "--fail-fast")
    assert result.exit_code == 1
    assert result.stdout == ""


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_fail_fast_keeps_what_finished_before_the_failure(tmp_path, fmt):
    # The inputs before the failing one are written; the ones after it are not read.
    ruling = tmp_path / "ruling.txt"
    ruling.write_text('"The appeal fails," Judge Okafor told the court on Tuesday.', encoding="utf-8")
    later = tmp_path / "later.txt"
    later.write_text("The harbour reopened to ferries.", encoding="utf-8")
    args = [str(ruling), str(tmp_path / "gone.txt"), str(later), "-f", fmt, "--fail-fast"]
    result = run("quotes", *args)
    assert result.exit_code == 1
    assert "gone.txt: no such file" in result.stderr
    if fmt == "jsonl":
        sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    elif fmt == "json":
        sources = [r["source"] for r in json.loads(result.stdout)]
    else:
        sources = [r["source"] for r in csv.DictReader(io.StringIO(result.stdout))]
    assert sources == [str(ruling)]


def test_fail_fast_output_file_holds_the_finished_array(tmp_path):
    ruling = tmp_path / "ruling.txt"
    ruling.write_text("The tribunal met on Friday.", encoding="utf-8")
    out = tmp_path / "out.json"
    result = run(
        "dates", str(ruling), str(tmp_path / "gone.txt"), "-f", "json", "-o", str(out), "--fail-fast"
    )
    assert result.exit_code == 1
    assert [r["source"] for r in json.loads(out.read_text(encoding="utf-8"))] == [str(ruling)]


def test_missing_model_is_one_line_error():
    result = run("entities", SAMPLE, "-m", "xx_no_such_model")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "xx_no_such_model" in result.stderr and "pip install" in result.stderr


def test_stdin():
    result = run("entities", "-", "-f", "jsonl", input="Angela Merkel visited Paris on Monday.")
    record = json.loads(result.stdout)
    assert record["source"] == "<stdin>"
    assert "Angela Merkel" in [e["name"] for e in record["entities"]]


def test_output_file(tmp_path):
    out = tmp_path / "out.json"
    result = run("dates", SAMPLE, "-f", "json", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))[0]["source"] == SAMPLE
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_table_never_passes_markup_or_escapes_to_the_terminal(tmp_path):
    story = tmp_path / "evil.txt"
    story.write_text(
        'Officials said "[bold red]alarm[/] \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ '
        '\x1b[31mred\x1b[0m is here," the mayor said.',
        encoding="utf-8",
    )
    result = run("quotes", str(story))
    assert "\x1b" not in result.stdout
    assert "[bold red]alarm[/]" in result.stdout
    record = json.loads(run("quotes", str(story), "-f", "jsonl").stdout)
    assert "\x1b[31m" in record["quotes"][0]["text"]


def test_a_record_date_that_is_not_a_date_is_a_warning_and_the_record_runs(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"text": "Becker spoke on Monday.", "published": "soon"}) + "\n", encoding="utf-8"
    )
    out = subprocess.run(
        [sys.executable, "-m", "newscli", "dates", str(path), "-f", "jsonl"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert out.stderr.splitlines() == [
        f"newscli: warning: {path}:1: \"published\" is not a date ('soon'); relative dates stay unanchored",
        f"newscli: warning: {path}:1: no publication date found, so 1 relative date stays unresolved; "
        "give one with --published DATE",
    ]
    [record] = [json.loads(line) for line in out.stdout.splitlines()]
    assert record["dates"][0]["value"] == "XXXX-WXX-1"
