"""Extractors: plain functions over a parsed spaCy Doc, one module per capability."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TEXT_KEY = "newscli.text"


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once per Doc: `Doc.text` joins every token each time it is read,
    and each extractor needs it (the text of a Doc never changes: retokenizing keeps it)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
