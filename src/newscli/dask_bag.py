"""newscli on Dask: map the analysis over a `dask.bag` of article records.

Install with `pip install 'newscli[dask]'`. Each worker process loads the spaCy model once
(the first time it analyses a partition) and reuses it for every later partition.

    import dask.bag as db
    from dask.distributed import Client
    from newscli.dask_bag import analyze_bag, read_jsonl

    client = Client(n_workers=4, threads_per_worker=1)
    records = read_jsonl("articles/*.jsonl")                 # a bag of dicts with "text"
    results = analyze_bag(records, sections=("entities", "quotes"))
    results.map(json.dumps).to_textfiles("out/*.jsonl")     # or .compute()
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .pipeline import SECTIONS

if TYPE_CHECKING:
    import dask.bag

# One loaded pipeline per worker process, keyed by model name and sections.
_MODELS: dict[tuple[str | None, tuple[str, ...]], Any] = {}


def read_jsonl(pattern: str | Sequence[str], **options: Any) -> dask.bag.Bag:
    """A bag of records from JSON Lines files (a glob pattern or a list of paths)."""
    import dask.bag as db

    return db.read_text(pattern, **options).filter(lambda line: line.strip()).map(json.loads)


def analyze_partition(
    records: Iterable[dict[str, Any]], sections: tuple[str, ...] = SECTIONS, model: str | None = None
) -> list[dict[str, Any]]:
    """Analyse one partition of records in this process, loading the model only once."""
    from .pipeline import analyze_texts, load_model

    key = (model, tuple(sections))
    if key not in _MODELS:
        _MODELS[key] = load_model(model, sections)
    return list(analyze_texts(records, sections=sections, nlp=_MODELS[key]))


def analyze_bag(
    records: dask.bag.Bag, *, sections: Sequence[str] = SECTIONS, model: str | None = None
) -> dask.bag.Bag:
    """A bag of newscli's JSON records, one per input record, in the input's order."""
    return records.map_partitions(analyze_partition, tuple(sections), model)
