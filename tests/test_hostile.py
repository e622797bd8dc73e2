"""Hostile and broken input: each case gets a clear answer and costs only itself."""

import json
import os
import signal
import subprocess
import sys

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscli.cli import main

from .conftest import DATA

BAD = os.path.join(DATA, "bad")
GOOD = os.path.join(DATA, "articles", "council-vote.txt")
pytestmark = [pytest.mark.model, pytest.mark.usefixtures("shared_models")]


def run(*args):
    return CliRunner().invoke(main, list(args), env={"COLUMNS": "100"})


def records(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


def decoded(path):
    from newscli.articles import decode

    with open(path, "rb") as f:
        return decode(f.read(), path)


def assert_offsets(record, text):
    for e in record.get("entities", []):
        for m in e["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    for q in record.get("quotes", []):
        for s in q["segments"]:
            assert q["start"] <= s["start"] <= s["end"] <= q["end"] <= len(text)
        if q["speaker_mention"]:
            m = q["speaker_mention"]
            assert text[m["start"] : m["end"]] == m["text"]
    for d in record.get("dates", []):
        assert text[d["start"] : d["end"]] == d["text"]


@pytest.mark.parametrize(
    "name, message",
    [
        ("empty.txt", "empty file"),
        ("whitespace.txt", "only white space"),
        ("binary.txt", "binary data"),
    ],
)
def test_unusable_files_are_one_line_errors_and_the_batch_goes_on(name, message):
    result = run("entities", os.path.join(BAD, name), GOOD, "-f", "jsonl")
    assert result.exit_code == 1
    assert [r["source"] for r in records(result)] == [GOOD]
    (line,) = result.stderr.splitlines()
    assert name in line and message in line and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "name, expected",
    [
        ("nul-inside.txt", "we will rebuild"),
        ("cp1252.txt", "we are open"),
        ("utf16-bom.txt", "the bridge is safe"),
        ("utf8-bom.txt", "the bridge is safe"),
    ],
)
def test_encodings_decode_and_offsets_point_into_the_decoded_text(name, expected):
    path = os.path.join(BAD, name)
    (record,) = records(run("analyze", path, "-f", "jsonl"))
    assert [q["text"] for q in record["quotes"]] == [expected]
    assert_offsets(record, decoded(path))


def test_latin1_reads_as_western_text():
    path = os.path.join(BAD, "latin1.txt")
    assert "S\u00e3o Paulo" in decoded(path)
    (record,) = records(run("entities", path, "-f", "jsonl"))
    assert "S\u00e3o Paulo" in [e["name"] for e in record["entities"]]


def test_crlf_offsets_reproduce_every_span():
    path = os.path.join(BAD, "crlf.txt")
    text = decoded(path)
    assert "\r\n" in text
    (record,) = records(run("analyze", path, "-f", "jsonl", "--published", "2024-03-06"))
    assert record["title"] == "Bridge Reopens"
    assert record["quotes"] and record["dates"] and record["entities"]
    assert_offsets(record, text)


def test_long_text_on_one_line_is_parsed_in_chunks(tmp_path, monkeypatch):
    """A text with no line break at all is cut into chunks too, with offsets kept.

    The chunk size is made small so that the test parses 20,000 characters (four chunks) rather
    than the 1.1 million a real text past spaCy's max_length would take; the next test checks
    that the real chunk size stays below spaCy's limit.
    """
    from newscli import pipeline

    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 5_000)
    sentence = "Mayor Ana Ruiz visited Springfield on Monday and praised the bridge crews there. "
    path = tmp_path / "long.txt"
    path.write_text(sentence * (20_000 // len(sentence) + 1), encoding="utf-8")  # no newline at all
    (record,) = records(run("entities", str(path), "-f", "jsonl", "-l", "GPE"))
    springfield = next(e for e in record["entities"] if e["name"] == "Springfield")
    assert springfield["count"] > 240
    text = path.read_text(encoding="utf-8")
    assert all(text[m["start"] : m["end"]] == "Springfield" for m in springfield["mentions"])


def test_chunks_stay_below_spacys_max_length(nlp):
    from newscli import pipeline

    assert nlp.max_length > pipeline.CHUNK_CHARS


def test_chunk_boundaries_keep_offsets(monkeypatch, nlp):
    from newscli import pipeline
    from newscli.articles import article_from_text

    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 200)
    text = "\n\n".join(
        f"Paragraph {i}: Mayor Ana Ruiz said \u201cpart {i} is done\u201d in Springfield." for i in range(30)
    )
    article = article_from_text("x", text, title="Chunk test")
    (result,) = list(pipeline.analyze_articles([article], nlp=nlp, sections=("entities", "quotes")))
    assert len(result.quotes) == 30
    for q in result.quotes:
        assert text[q.start : q.end].startswith("\u201cpart")


@pytest.mark.parametrize("name", ["truncated.html", "malformed.html"])
def test_broken_html_still_gives_its_text(name):
    (record,) = records(run("entities", os.path.join(BAD, name), "-f", "jsonl"))
    assert "Springfield" in [e["name"] for e in record["entities"]]


def test_scripts_and_styles_are_not_text():
    result = run("analyze", os.path.join(BAD, "scripts.html"), "-f", "jsonl")
    assert "injected-by-script" not in result.stdout and "secretScript" not in result.stdout
    assert "Springfield" in result.stdout


@pytest.mark.parametrize("name", ["billion-laughs.html", "external-entity.html"])
def test_entity_tricks_neither_hang_nor_read_files(name):
    result = run("analyze", os.path.join(BAD, name), "-f", "jsonl")  # no expansion: it cannot hang
    assert "root:x:0" not in result.stdout
    assert "lollollol" not in result.stdout
    assert "Traceback" not in result.stderr


def test_huge_jsonl_record_is_processed(tmp_path, monkeypatch):
    from newscli import pipeline

    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 5_000)  # a record many chunks long, parsed quickly
    path = tmp_path / "big.jsonl"
    body = "Officials in Springfield met on Monday. " * 500  # 20,000 characters: four chunks
    path.write_text(json.dumps({"id": "big", "text": body}) + "\n" + "{broken\n", encoding="utf-8")
    result = run("entities", str(path), "-f", "jsonl")
    assert [r["source"] for r in records(result)] == ["big"]
    assert f"{path}:2: invalid JSON" in result.stderr
    assert result.exit_code == 1


def test_symlink_loop_and_unreadable_file_in_a_folder(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text("Mayor Ana Ruiz visited Springfield on Monday.", encoding="utf-8")
    (tmp_path / "locked.txt").write_text("secret", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "loop")
    os.mkfifo(tmp_path / "pipe.txt")
    real_open = open

    def guarded_open(path, *args, **kwargs):  # root reads anything: simulate a permission error
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    result = run("entities", str(tmp_path), "-f", "jsonl")
    assert [os.path.basename(r["source"]) for r in records(result)] == ["good.txt"]
    assert "locked.txt: cannot read: Permission denied" in result.stderr
    assert "pipe.txt: not a regular file" in result.stderr
    assert result.exit_code == 1


def test_control_characters_never_reach_the_terminal(tmp_path):
    path = tmp_path / "controls.txt"
    nasty = 'Mayor [link=http://evil]Ana Ruiz[/link] said "\x1b[2J\x1b]0;pwned\x07bell\x08 [/] ok" in Springfield.'
    path.write_text(nasty, encoding="utf-8")
    table = run("analyze", str(path)).stdout
    assert not any(c in table for c in "\x1b\x07\x08")
    assert "[/] ok" in table and "bell" in table  # markup shown literally, escapes removed
    (record,) = records(run("quotes", str(path), "-f", "jsonl"))
    assert "\x1b[2J\x1b]0;pwned\x07bell\x08" in record["quotes"][0]["text"]


def test_output_file_is_complete_or_absent(tmp_path):
    from newscli.cli import _Output

    target = tmp_path / "out.json"
    with pytest.raises(KeyboardInterrupt), _Output(str(target)) as out:
        out.write('[{"half": ')
        raise KeyboardInterrupt
    assert os.listdir(tmp_path) == []
    lines = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt), _Output(str(lines)) as out:
        out.write('{"source": "a"}\n')
        raise KeyboardInterrupt
    assert lines.read_text() == '{"source": "a"}\n'


def newscli_process(*args, **kwargs):
    code = "from newscli.cli import main; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs
    )


def test_ctrl_c_exits_130_without_traceback(tmp_path):
    path = tmp_path / "many.jsonl"
    # short records: the first result comes after one small batch, and 2000 of them keep the run
    # going long after the signal
    record = {"text": "Mayor Ana Ruiz said \u201cthe bridge is safe\u201d in Springfield on Monday. " * 3}
    path.write_text("\n".join(json.dumps(record) for _ in range(2000)), encoding="utf-8")
    proc = newscli_process("analyze", str(path), "-f", "jsonl")
    proc.stdout.readline()  # wait for the first result
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err


def test_closed_pipe_exits_quietly(tmp_path):
    path = tmp_path / "many.jsonl"
    # far more output than a pipe buffer holds (64 KiB), so the run writes on after the close
    record = {"text": "Mayor Ana Ruiz visited Springfield on Monday. " * 3}
    path.write_text("\n".join(json.dumps(record) for _ in range(1000)), encoding="utf-8")
    proc = newscli_process("entities", str(path), "-f", "jsonl")
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=60)
    assert proc.returncode == 0
    assert err == b""


TEXTS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300) | st.text(
    alphabet="\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`, .\n\x1b\x00aZ9", max_size=200
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TEXTS)
def test_any_text_through_every_extractor_never_raises_and_offsets_hold(nlp, text):
    from newscli.articles import article_from_text
    from newscli.pipeline import analyze_articles

    if not text.strip():
        return
    article = article_from_text("h", text)
    (result,) = list(analyze_articles([article], nlp=nlp, published="2024-03-02"))
    assert_offsets(result.to_dict(), text)
