"""Benchmark corpora are copyrighted news: no run of 8 of their words may stand in src/ or tests/.

Every text file of the project's source and tests is compared, word by word (lower case,
letters and digits only), with every 8-word run of the PolNeAR and TimeML texts in
``../shared/benchmarks``. Skipped when ``../shared`` is not beside the project.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
SHINGLE = 8  # words: long enough that a shared run is copied text, not a common phrase
CHECKED = (".py", ".txt", ".md", ".json", ".jsonl", ".tsv", ".html", ".htm", ".csv")
_WORD = re.compile(r"[a-z0-9]+")
_TAG = re.compile(r"<[^>]+>")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingles(words: list[str]) -> set[int]:
    return {hash(" ".join(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


def _benchmark_texts():
    yield from (BENCHMARKS / "polnear").glob("*/text/*.txt")
    yield from (BENCHMARKS / "timeml").glob("*/*.tml")


def _project_files():
    for folder in ("src", "tests"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in CHECKED and path.is_file() and "__pycache__" not in path.parts:
                yield path


@pytest.mark.skipif(not BENCHMARKS.is_dir(), reason="../shared/benchmarks is not beside the project")
def test_no_eight_word_run_of_benchmark_text_in_the_project():
    corpus: set[int] = set()
    for path in _benchmark_texts():
        text = path.read_text(encoding="utf-8", errors="replace")
        corpus |= _shingles(_words(_TAG.sub(" ", text) if path.suffix == ".tml" else text))
    assert corpus, "no benchmark text found"
    found = []
    for path in _project_files():
        words = _words(path.read_text(encoding="utf-8", errors="replace"))
        for i in range(len(words) - SHINGLE + 1):
            if hash(" ".join(words[i : i + SHINGLE])) in corpus:
                found.append(f"{path.relative_to(ROOT)}: {' '.join(words[i : i + SHINGLE])}")
    assert not found, "benchmark text in the project:\n" + "\n".join(found)
