"""JSON, JSON Lines and CSV writers (stdlib only), streaming one article at a time."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from ..model import ArticleResult

CSV_COLUMNS = {
    "entities": ["source", "name", "label", "count", "aliases", "titles", "salience", "start", "end"],
    "quotes": [
        "source",
        "start",
        "end",
        "speaker",
        "speaker_text",
        "speaker_start",
        "speaker_end",
        "cue",
        "cue_start",
        "cue_end",
        "kind",
        "text",
    ],
    "dates": ["source", "start", "end", "text", "type", "value"],
}


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """One record per line, flushed as each article is done. Returns the number written."""
    n = 0
    for record in records:
        out.write(dumps(record) + "\n")
        out.flush()
        n += 1
    return n


def write_json(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """One JSON array, written element by element so nothing is held back."""
    n = 0
    out.write("[")
    for record in records:
        out.write(("," if n else "") + "\n  " + dumps(record))
        n += 1
    out.write("\n]\n" if n else "]\n")
    out.flush()
    return n


def csv_rows(result: ArticleResult, section: str) -> Iterable[list[Any]]:
    if section == "entities":
        for e in result.entities or ():
            first = e.mentions[0] if e.mentions else None
            yield [
                result.source,
                e.name,
                e.label,
                e.count,
                "; ".join(e.aliases),
                "; ".join(e.titles),
                round(e.salience, 4),
                first.start if first else "",
                first.end if first else "",
            ]
    elif section == "quotes":
        for q in result.quotes or ():
            m, c = q.speaker_mention, q.cue_mention
            yield [
                result.source,
                q.start,
                q.end,
                q.speaker or "",
                m.text if m else "",
                m.start if m else "",
                m.end if m else "",
                q.cue or "",
                c.start if c else "",
                c.end if c else "",
                q.kind,
                q.text,
            ]
    elif section == "dates":
        for d in result.dates or ():
            yield [result.source, d.start, d.end, d.text, d.type, d.value or ""]


class CsvWriter:
    """CSV rows for one section, header first."""

    def __init__(self, out: IO[str], section: str) -> None:
        self.section = section
        self.out = out
        self.writer = csv.writer(out)
        self.writer.writerow(CSV_COLUMNS[section])

    def write(self, result: ArticleResult) -> None:
        self.writer.writerows(csv_rows(result, self.section))
        self.out.flush()
