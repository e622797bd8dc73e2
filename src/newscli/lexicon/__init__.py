"""Word lists as data, shared by every extractor.

Each list is a file in this folder: ``NAME.txt`` holds one entry a line, ``NAME.tsv`` one
entry a line with tab-separated values after it. Blank lines and lines starting with ``#``
are comments. Lists are read once, on first use, and frozen.

A user may add entries without touching code: put files with the same names in a folder and
point the environment variable ``NEWSCLI_LEXICON`` at it (several folders separated by the
path separator). Their entries are added to the built-in ones; for a ``.tsv`` list a user's
row replaces the built-in row with the same key.

    >>> "say" in words("reporting_verbs")  # doctest: +SKIP
    True
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import NewscliError

ENV_VAR = "NEWSCLI_LEXICON"


class LexiconError(NewscliError):
    """A lexicon file is missing or malformed."""


def _user_folders() -> list[Path]:
    value = os.environ.get(ENV_VAR, "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


def _lines(name: str) -> list[tuple[str, int, str]]:
    """Every entry line of list NAME as (file label, line number, line), built-in first."""
    sources: list[tuple[str, str]] = []
    builtin = resources.files(__package__).joinpath(name)
    if builtin.is_file():
        sources.append((f"lexicon/{name}", builtin.read_text(encoding="utf-8")))
    for folder in _user_folders():
        path = folder / name
        if path.is_file():
            sources.append((str(path), path.read_text(encoding="utf-8")))
    if not sources:
        raise LexiconError(f"lexicon list {name!r} not found")
    out = []
    for label, text in sources:
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.rstrip("\r\n")
            if line.strip() and not line.lstrip().startswith("#"):
                out.append((label, number, line))
    return out


@cache
def words(name: str) -> frozenset[str]:
    """The entries of ``NAME.txt`` as a frozen set of stripped strings.

    Raises:
        LexiconError: when no such list exists.
    """
    return frozenset(line.strip() for _, _, line in _lines(f"{name}.txt"))


@cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """The rows of ``NAME.tsv`` as {key: (value, ...)}; a later row with the same key wins.

    Raises:
        LexiconError: when no such list exists or a row has no value after its key.
    """
    out: dict[str, tuple[str, ...]] = {}
    for label, number, line in _lines(f"{name}.tsv"):
        key, *values = (cell.strip() for cell in line.split("\t"))
        if not values:
            raise LexiconError(f"{label}:{number}: expected KEY<tab>VALUE, got {line!r}")
        out[key] = tuple(values)
    return out


def mapping(name: str) -> dict[str, str]:
    """The rows of a two-column ``NAME.tsv`` as {key: value}."""
    return {key: values[0] for key, values in table(name).items()}


def available() -> list[str]:
    """The names of the built-in lists, with their extension (``months.tsv``)."""
    return sorted(
        entry.name
        for entry in resources.files(__package__).iterdir()
        if entry.name.endswith((".txt", ".tsv"))
    )


def alternation(entries: Iterable[str]) -> str:
    """A regex alternation of lexicon entries, longest first (so a longer entry wins over its
    prefix), each escaped, with any run of whitespace where an entry has a space."""
    return "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in sorted(entries, key=len, reverse=True))
