"""newscli: who is in a news article, who said what, and when.

The Python API mirrors the JSON output:

    >>> from newscli import analyze_texts
    >>> for record in analyze_texts([{"id": "a1", "text": "...", "published": "2024-03-02"}]):
    ...     print(record["quotes"])

Importing this package is cheap: spaCy is loaded only when an analysis runs.
"""

from __future__ import annotations

import logging
from typing import Any

__version__ = "0.1.0"
__all__ = ["analyze_texts", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def analyze_texts(records: Any, **options: Any) -> Any:
    """Analyse records (dicts with "text", or strings); yields JSON-ready dicts.

    See `newscli.pipeline.analyze_texts` for the options.
    """
    from .pipeline import analyze_texts as _analyze_texts

    return _analyze_texts(records, **options)
