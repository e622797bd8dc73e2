"""CSV carries every field the JSON has (flattened), section by section, and gives a quote
split by its attribution as its pieces."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from newscli.cli import main
from newscli.model import ArticleResult, DateMention, Entity, Mention, Quote, Segment
from newscli.render.export import CSV_COLUMNS, PIECE_SEPARATOR, CsvWriter

pytestmark = pytest.mark.usefixtures("shared_models")

TEXT = (
    'By Ines Duarte\nJune 4, 2019\n\n"The lab kept every sample," Dr. Okoye said on Monday, '
    '"and the audit will show it."'
)


def _span(needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return start, start + len(needle)


def _result() -> ArticleResult:
    first, second = _span("The lab kept every sample,"), _span("and the audit will show it.")
    who, cue = _span("Dr. Okoye"), _span("said")
    quote = Quote(
        text=TEXT[slice(*first)] + " " + TEXT[slice(*second)],
        start=first[0] - 1,
        end=second[1] + 1,
        segments=(Segment(*first), Segment(*second)),
        speaker="Okoye",
        speaker_mention=Mention(TEXT[slice(*who)], *who),
        cue="said",
        cue_mention=Mention("said", *cue),
        kind="direct",
    )
    dates = (
        DateMention("June 4, 2019", *_span("June 4, 2019"), "DATE", "2019-06-04", "CREATION_TIME"),
        DateMention("Monday", *_span("Monday"), "DATE", "2019-06-03"),
    )
    entity = Entity("Okoye", "PERSON", 1, ("Dr. Okoye",), (Mention(TEXT[slice(*who)], *who),))
    return ArticleResult(
        "lab.txt", None, ("Ines Duarte",), "2019-06-04", None, (entity,), (quote,), dates, text=TEXT
    )


def _csv(section: str) -> list[dict[str, str]]:
    out = io.StringIO()
    CsvWriter(out, section).write(_result())
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def _flat(record: dict) -> dict[str, object]:
    """A JSON record as CSV columns: a mention {text,start,end} under "<name>_mention" becomes
    <name>_text/_start/_end; a list of segments becomes "start-end; start-end"."""
    flat: dict[str, object] = {}
    for key, value in record.items():
        if key.endswith("_mention"):
            stem = key.removesuffix("_mention")
            for part in ("text", "start", "end"):
                flat[f"{stem}_{part}"] = value[part] if value else ""
        elif key == "segments":
            flat[key] = "; ".join(f"{s['start']}-{s['end']}" for s in value)
        else:
            flat[key] = "" if value is None else value
    return flat


@pytest.mark.parametrize("section", ["quotes", "dates"])
def test_every_json_field_has_a_csv_column_with_the_same_value(section):
    result = _result()
    records = result.to_dict()[section]
    rows = _csv(section)
    assert len(rows) == len(records)
    for record, row in zip(records, rows):
        for key, value in _flat(record).items():
            assert key in CSV_COLUMNS[section], f"{section} CSV lacks {key!r}"
            if key != "text" or section != "quotes":
                assert row[key] == str(value), key


def test_dates_csv_tells_the_creation_time_apart():
    functions = [r["function"] for r in _csv("dates")]
    assert functions == ["CREATION_TIME", ""]


def test_split_quote_csv_text_gives_the_pieces_apart():
    (row,) = _csv("quotes")
    assert row["text"] == "The lab kept every sample," + PIECE_SEPARATOR + "and the audit will show it."
    # Each piece is article text at the offsets the segments column gives.
    for piece, span in zip(row["text"].split(PIECE_SEPARATOR), row["segments"].split("; ")):
        start, end = map(int, span.split("-"))
        assert TEXT[start:end] == piece


def test_entities_csv_has_the_first_mention_offsets():
    (row,) = _csv("entities")
    assert (row["name"], row["start"], row["end"]) == (
        "Okoye",
        str(TEXT.index("Dr. Okoye")),
        str(TEXT.index(" said")),
    )


@pytest.mark.model
def test_cli_csv_and_json_agree_on_a_written_article(tmp_path):
    story = tmp_path / "ferry.txt"
    story.write_text(
        "Ferry vote put off\n\nBy Pia Holm\nMarch 3, 2021\n\nThe harbour board put off its vote on Tuesday.\n\n"
        '"We heard the islanders," said board chair Tomas Berg. "We need an early sailing."\n',
        encoding="utf-8",
    )
    runner = CliRunner()
    for section in ("quotes", "dates"):
        as_json = runner.invoke(main, [section, str(story), "-f", "json"], env={"COLUMNS": "120"})
        as_csv = runner.invoke(main, [section, str(story), "-f", "csv"], env={"COLUMNS": "120"})
        records = json.loads(as_json.stdout)[0][section]
        rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
        assert records and len(rows) == len(records)
        for record, row in zip(records, rows):
            assert {k: str(v) for k, v in _flat(record).items() if k != "text"} == {
                k: row[k] for k in _flat(record) if k != "text"
            }
    rows = list(csv.DictReader(io.StringIO(runner.invoke(main, ["dates", str(story), "-f", "csv"]).stdout)))
    assert [r["function"] for r in rows][0] == "CREATION_TIME"
    (quote,) = csv.DictReader(io.StringIO(runner.invoke(main, ["quotes", str(story), "-f", "csv"]).stdout))
    assert quote["text"] == "We heard the islanders," + PIECE_SEPARATOR + "We need an early sailing."
