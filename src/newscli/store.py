"""Results into SQLite (sqlite-utils): a corpus that can be queried, resumed and browsed.

One database holds one row per article and, linked to it by `article_id`, its text (`texts`)
and the rows of its `entities` (with their `mentions`), `quotes` and `dates`, as the JSON output
has them: the same fields, character offsets into the article text (`texts.text`), a mention such as
`speaker_mention` spread over three columns (`speaker_mention`, `speaker_mention_start`,
`speaker_mention_end`), lists as JSON text. Full-text search covers article text and quote text
(`texts_fts`, `quotes_fts`); views give the corpus summaries (`most_quoted_speakers`,
`entities_by_articles`, `quotes_by_outlet`, `quotes_by_author`, `publication_months`).

Runs are resumable: an article is identified by its `source` and keyed by a hash of its text
and metadata, so one already stored with the same hash, newscli version, sections and options is
skipped before it is parsed. Each batch of articles is written in one transaction, so a run
killed at any point leaves whole articles only, and the next run picks up where it stopped.
A stored article analysed again replaces all of its rows.

Only the main process writes; worker processes send their results back to it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from . import __version__
from .errors import NewscliError

if TYPE_CHECKING:
    import sqlite_utils

    from .articles import Article
    from .model import ArticleResult

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"
# How long a writer waits for another process (Datasette, a second run) to release the file.
BUSY_TIMEOUT_MS = 10_000
SUMMARY_TOP = 10

ARTICLE_COLUMNS: dict[str, Any] = {
    "id": int,
    "source": str,  # newscli's name for the article: path, record id, or path:line
    "url": str,
    "outlet": str,  # the host of the url, without "www."
    "title": str,
    "authors": str,  # JSON list
    "published": str,
    "updated": str,
    "words": int,
    "sentences": int,
    "paragraphs": int,
    "entity_count": int,
    "quote_count": int,
    "date_count": int,
    "sections": str,  # the sections stored, comma-separated: stats,entities,quotes,dates
    "options": str,  # the options that changed what was stored (entity filters), or ""
    "content_hash": str,  # sha256 of text and metadata (see content_hash)
    "newscli_version": str,
}
# The text apart, so that scans of `articles` (the summary's) read small rows.
TEXT_COLUMNS: dict[str, Any] = {"article_id": int, "text": str}
ENTITY_COLUMNS: dict[str, Any] = {
    "id": int,
    "article_id": int,
    "rank": int,  # 1 = first as the command ordered them (by salience unless --sort)
    "name": str,
    "label": str,
    "count": int,
    "salience": float,
    "aliases": str,  # JSON list
    "titles": str,  # JSON list
}
MENTION_COLUMNS: dict[str, Any] = {
    "id": int,
    "entity_id": int,
    "article_id": int,
    "text": str,
    "start": int,
    "end": int,
}
QUOTE_COLUMNS: dict[str, Any] = {
    "id": int,
    "article_id": int,
    "text": str,
    "start": int,
    "end": int,
    "segments": str,  # JSON list of {start, end}
    "speaker": str,
    "speaker_mention": str,
    "speaker_mention_start": int,
    "speaker_mention_end": int,
    "cue": str,
    "cue_mention": str,
    "cue_mention_start": int,
    "cue_mention_end": int,
    "kind": str,  # direct, mixed, indirect
}
DATE_COLUMNS: dict[str, Any] = {
    "id": int,
    "article_id": int,
    "text": str,
    "start": int,
    "end": int,
    "type": str,  # TIMEX3 type: DATE, TIME, DURATION, SET
    "value": str,  # TIMEX3 value
    "function": str,  # TIMEX3 functionInDocument: CREATION_TIME for the byline's date, else empty
}
TABLES = {
    "articles": ARTICLE_COLUMNS,
    "texts": TEXT_COLUMNS,
    "entities": ENTITY_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "quotes": QUOTE_COLUMNS,
    "dates": DATE_COLUMNS,
}
CHILD_TABLES = ("mentions", "entities", "quotes", "dates", "texts")  # deleted in this order
# Each summary view reads one index, never the table ("covers").
INDEXES = (
    ("articles", ["published", "quote_count", "date_count"]),  # covers publication_months
    ("articles", ["outlet", "quote_count"]),  # covers quotes_by_outlet
    ("entities", ["article_id"]),
    ("entities", ["name", "label", "article_id", "count"]),  # covers entities_by_articles
    ("entities", ["name", "article_id"]),  # a speaker's entity, for most_quoted_speakers
    ("entities", ["label"]),
    ("mentions", ["entity_id"]),
    ("mentions", ["article_id"]),
    ("quotes", ["article_id"]),
    ("quotes", ["speaker", "article_id"]),  # covers most_quoted_speakers
    ("dates", ["article_id"]),
    ("dates", ["type", "value"]),
)
VIEWS = {
    # speakers named as an entity of their article: "a spokesperson" in two stories is two people
    "most_quoted_speakers": """
        SELECT speaker, count(*) AS quotes, count(DISTINCT article_id) AS articles
        FROM quotes AS q WHERE speaker IS NOT NULL AND EXISTS (
            SELECT 1 FROM entities AS e WHERE e.name = q.speaker AND e.article_id = q.article_id)
        GROUP BY speaker ORDER BY quotes DESC, articles DESC, speaker""",
    "entities_by_articles": """
        SELECT name, label, count(DISTINCT article_id) AS articles, sum("count") AS mentions
        FROM entities
        GROUP BY name, label ORDER BY articles DESC, mentions DESC, name""",
    "quotes_by_outlet": """
        SELECT outlet, count(*) AS articles, sum(quote_count) AS quotes,
               round(1.0 * sum(quote_count) / count(*), 2) AS quotes_per_article
        FROM articles GROUP BY outlet ORDER BY quotes DESC, articles DESC""",
    "quotes_by_author": """
        SELECT author.value AS author, count(*) AS articles, sum(a.quote_count) AS quotes,
               round(1.0 * sum(a.quote_count) / count(*), 2) AS quotes_per_article
        FROM articles AS a, json_each(a.authors) AS author
        GROUP BY author.value ORDER BY quotes DESC, articles DESC""",
    "publication_months": """
        SELECT substr(published, 1, 7) AS month, count(*) AS articles,
               sum(quote_count) AS quotes, sum(date_count) AS dates
        FROM articles WHERE published IS NOT NULL
        GROUP BY month ORDER BY month""",
}


class StoreError(NewscliError):
    """A database that cannot be opened, is not newscli's, or cannot be written."""


@dataclass(frozen=True)
class Stored:
    """What the database holds about one article, enough to decide whether to skip it."""

    id: int
    content_hash: str
    newscli_version: str
    sections: frozenset[str]
    options: str


def content_hash(article: Article, published: str | None = None) -> str:
    """sha256 (hex) of the article's text and of the metadata that changes its results.

    `published` is the date that overrides the article's own (--published), if any.
    """
    key = [
        article.text,
        article.title,
        list(article.authors),
        published or article.published,
        article.updated,
        article.url,
    ]
    return hashlib.sha256(json.dumps(key, ensure_ascii=False).encode("utf-8")).hexdigest()


def outlet_of(url: str | None) -> str | None:
    """The host of a URL without a leading "www." ("https://www.bbc.co.uk/x" -> "bbc.co.uk")."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return host[4:] if host and host.startswith("www.") else host


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    """A JSON record as one row: a mention {text, start, end} becomes three columns, lists JSON."""
    row: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict) and {"text", "start", "end"} <= value.keys():
            row[key], row[f"{key}_start"], row[f"{key}_end"] = value["text"], value["start"], value["end"]
        elif isinstance(value, (list, dict)):
            row[key] = json.dumps(value, ensure_ascii=False)
        else:
            row[key] = value
    return row


def _connect(path: str) -> sqlite_utils.Database:
    import sqlite_utils

    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        db = sqlite_utils.Database(conn)
        db.table_names()  # reads the header: fails here on a file that is not SQLite
    except sqlite3.OperationalError as exc:
        raise StoreError(f"{path}: cannot open ({exc})") from None
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a SQLite database ({exc})") from None
    return db


def _check_newscli(db: sqlite_utils.Database, path: str) -> bool:
    """True if the database is newscli's, False if it is empty; StoreError if it is anything else."""
    names = set(db.table_names())
    if "newscli_meta" not in names:
        if names & set(TABLES):
            raise StoreError(f"{path}: not a newscli database (it has tables of another program)")
        return False
    meta = {r["key"]: r["value"] for r in db.query("SELECT key, value FROM newscli_meta")}
    if meta.get("schema_version") != SCHEMA_VERSION:
        raise StoreError(
            f"{path}: made by a newscli with database schema {meta.get('schema_version')!r}, "
            f"this one writes schema {SCHEMA_VERSION!r}; use a new file"
        )
    return True


def _create_schema(db: sqlite_utils.Database) -> None:
    with db.atomic():
        db.table("newscli_meta").create({"key": str, "value": str}, pk="key")
        db.table("newscli_meta").insert_all(
            [
                {"key": "schema_version", "value": SCHEMA_VERSION},
                {"key": "created_by", "value": f"newscli {__version__}"},
            ]
        )
        for name, columns in TABLES.items():
            foreign_keys: list[Any] = []
            if "article_id" in columns:
                foreign_keys.append(("article_id", "articles", "id"))
            if "entity_id" in columns:
                foreign_keys.append(("entity_id", "entities", "id"))
            pk = "id" if "id" in columns else "article_id"
            db.table(name).create(columns, pk=pk, foreign_keys=foreign_keys, not_null=_not_null(name))
        db.table("articles").create_index(["source"], unique=True)
        for table, indexed in INDEXES:
            db.table(table).create_index(indexed)
        db.table("texts").enable_fts(["text"], create_triggers=True)
        db.table("quotes").enable_fts(["text"], create_triggers=True)
        for name, sql in VIEWS.items():
            db.create_view(name, sql.strip())


def _not_null(table: str) -> list[str]:
    if table == "articles":
        return ["source", "content_hash", "newscli_version", "sections"]
    return ["article_id"]


def open_corpus(path: str) -> sqlite_utils.Database:
    """Open an existing newscli database for reading.

    Raises:
        StoreError: the file is missing, not SQLite, or not made by newscli.
    """
    if not os.path.exists(path):
        raise StoreError(f"{path}: no such file")
    if os.path.isdir(path):
        raise StoreError(f"{path}: is a folder, not a database")
    db = _connect(path)
    if not _check_newscli(db, path):
        db.close()
        raise StoreError(
            f"{path}: not a newscli database (make one with 'newscli analyze ARTICLES... --db {path}')"
        )
    return db


class CorpusStore:
    """A newscli database opened for writing; a context manager that closes it.

    Use `unstored` on the articles before analysis (it drops those already stored and
    remembers the hash of the rest), then `write` on the results.

    Args:
        path: the database file, created with the schema when missing or empty.
        sections: the sections the command produces ("stats", "entities", ...).
        options: what else changed the results (entity filters), as one string; "" if nothing.
        force: analyse and store again articles already stored.
        batch_size: articles per transaction.

    Raises:
        StoreError: the file is not SQLite or holds another program's tables.
    """

    def __init__(
        self,
        path: str,
        *,
        sections: Iterable[str],
        options: str = "",
        force: bool = False,
        batch_size: int = 16,
    ) -> None:
        if os.path.isdir(path):
            raise StoreError(f"{path}: is a folder, not a database")
        self.path = path
        self.db = _connect(path)
        if not _check_newscli(self.db, path):
            _create_schema(self.db)
        self.db.execute("PRAGMA journal_mode=WAL")  # readers (Datasette) do not block the writer
        # Durable against a killed process (what resuming needs); only a power cut may lose
        # the last transactions, and never leaves half of one.
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.sections = frozenset(sections)
        self.options = options
        self.force = force
        self.batch_size = max(1, batch_size)
        self.skipped = 0
        self.stored = 0
        self._known: dict[str, Stored] = {
            r["source"]: Stored(
                r["id"],
                r["content_hash"],
                r["newscli_version"],
                frozenset(r["sections"].split(",")),
                r["options"] or "",
            )
            for r in self.db.query(
                "SELECT id, source, content_hash, newscli_version, sections, options FROM articles"
            )
        }
        self._next_id = self._free_ids()
        self._columns: dict[str, list[str]] = {}
        self._seen: set[str] = set()  # sources read in this run
        self._pending: defaultdict[str, list[tuple[str, Article]]] = defaultdict(list)

    def __enter__(self) -> CorpusStore:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):  # closing after a failed write must not fail too
            self.db.execute("PRAGMA optimize")  # statistics for the query planner, as SQLite advises
        self.db.close()

    def is_current(self, source: str, digest: str) -> bool:
        """True if the article is stored with this hash, this newscli and what this run makes."""
        known = self._known.get(source)
        return (
            known is not None
            and known.content_hash == digest
            and known.newscli_version == __version__
            and self.sections <= known.sections
            and known.options == self.options
        )

    def unstored(self, articles: Iterable[Article], *, published: str | None = None) -> Iterator[Article]:
        """The articles to analyse: all with `force`, else those not stored as they are now.

        Counts the others in `skipped`. `published` is the --published override, if any.
        """
        for article in articles:
            if article.source in self._seen:
                log.warning(
                    "%s: a second article with this name; the database keeps the last one "
                    "(give records distinct ids)",
                    article.source,
                )
            self._seen.add(article.source)
            digest = content_hash(article, published)
            if not self.force and self.is_current(article.source, digest):
                self.skipped += 1
                continue
            self._pending[article.source].append((digest, article))
            yield article

    def write(self, results: Iterable[ArticleResult]) -> Iterator[ArticleResult]:
        """Store results, `batch_size` articles per transaction; yields each once committed.

        Raises:
            StoreError: the database cannot be written (disk full, locked, read-only).
        """
        batch: list[ArticleResult] = []
        for result in results:
            batch.append(result)
            if len(batch) >= self.batch_size:
                self._commit(batch)
                yield from batch
                batch = []
        if batch:
            self._commit(batch)
            yield from batch

    def _commit(self, batch: list[ArticleResult]) -> None:
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        replaced: list[int] = []
        last = {result.source: i for i, result in enumerate(batch)}
        for i, result in enumerate(batch):
            if last[result.source] != i:  # named again later in this batch: the later one stands
                self._take_pending(result.source)
                continue
            known = self._known.get(result.source)
            if known is not None:
                replaced.append(known.id)
            self._rows(result, rows)
        try:
            with self.db.atomic():
                self._delete(replaced)
                for name in TABLES:  # articles first: the others point to them
                    if rows[name]:
                        self._insert(name, rows[name])
        except sqlite3.Error as exc:
            self._next_id = self._free_ids()
            raise StoreError(f"{self.path}: cannot write ({exc})") from None
        for row in rows["articles"]:
            self._known[row["source"]] = Stored(
                row["id"],
                row["content_hash"],
                row["newscli_version"],
                frozenset(row["sections"].split(",")),
                row["options"],
            )
        self.stored += len(rows["articles"])

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert rows; a field the schema lacks (one a newer model writes) gets a column first.

        One prepared statement per batch: sqlite-utils' insert_all checks every value's type,
        which cost the writer 2 ms an article, enough to slow a run with workers.
        """
        columns = self._columns.setdefault(table, list(self.db.table(table).columns_dict))
        for name in sorted({key for row in rows for key in row} - set(columns)):
            sample = next((row[name] for row in rows if row.get(name) is not None), "")
            self.db.table(table).add_column(name, type(sample))
            columns.append(name)
        names = ", ".join(f"[{c}]" for c in columns)
        marks = ", ".join("?" * len(columns))
        self.db.conn.executemany(
            f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
            [tuple(map(r.get, columns)) for r in rows],
        )

    def _free_ids(self) -> dict[str, int]:
        """The next id of each table (ids are given here: one writer, so no one else takes them)."""
        return {
            name: (self.db.execute(f"SELECT max(id) FROM [{name}]").fetchone()[0] or 0) + 1
            for name, columns in TABLES.items()
            if "id" in columns
        }

    def _delete(self, article_ids: list[int]) -> None:
        if not article_ids:
            return
        marks = ",".join("?" * len(article_ids))
        for name in CHILD_TABLES:
            self.db.execute(f"DELETE FROM [{name}] WHERE article_id IN ({marks})", article_ids)
        self.db.execute(f"DELETE FROM articles WHERE id IN ({marks})", article_ids)

    def _take_pending(self, source: str) -> tuple[str | None, Article | None]:
        """The hash and article `unstored` let through under this name, first in first out."""
        pending = self._pending.get(source)
        if not pending:
            return None, None
        found = pending.pop(0)
        if not pending:
            del self._pending[source]
        return found

    def _take_id(self, table: str) -> int:
        ident = self._next_id[table]
        self._next_id[table] += 1
        return ident

    def _rows(self, result: ArticleResult, rows: dict[str, list[dict[str, Any]]]) -> None:
        """The rows of one result, added to `rows` by table."""
        digest, article = self._take_pending(result.source)
        record = result.to_dict()
        article_id = self._take_id("articles")
        stats = record.pop("stats", None) or {}
        entities = record.pop("entities", None)
        quotes = record.pop("quotes", None)
        dates = record.pop("dates", None)
        url = record.pop("url", None) or (article.url if article else None)
        rows["articles"].append(
            {
                **_flat(record),
                **stats,
                "id": article_id,
                "url": url,
                "outlet": outlet_of(url),
                "updated": record.get("updated") or (article.updated if article else None),
                "entity_count": None if entities is None else len(entities),
                "quote_count": None if quotes is None else len(quotes),
                "date_count": None if dates is None else len(dates),
                "sections": ",".join(sorted(self.sections)),
                "options": self.options,
                "content_hash": digest or "",
                "newscli_version": __version__,
            }
        )
        if article is not None:
            rows["texts"].append({"article_id": article_id, "text": article.text})
        for rank, entity in enumerate(entities or (), 1):
            entity_id = self._take_id("entities")
            mentions = entity.pop("mentions", [])
            rows["entities"].append(
                {**_flat(entity), "id": entity_id, "article_id": article_id, "rank": rank}
            )
            rows["mentions"].extend(
                {**m, "id": self._take_id("mentions"), "entity_id": entity_id, "article_id": article_id}
                for m in mentions
            )
        for name, found in (("quotes", quotes), ("dates", dates)):
            rows[name].extend(
                {**_flat(item), "id": self._take_id(name), "article_id": article_id} for item in found or ()
            )


# --- reading: the corpus summary ------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """Corpus tables as rows of plain values, straight from the database's views.

    `coverage` holds (first published, last published, articles with a date, articles without);
    `periods` rows are (year or month, articles, quotes, dates); `granularity` says which.
    """

    articles: int
    quotes: int
    entities: int
    dates: int
    speakers: list[tuple[str, int, int]]
    entities_by_articles: list[tuple[str, str, int, int]]
    outlets: list[tuple[str | None, int, int, float]]
    authors: list[tuple[str, int, int, float]]
    coverage: tuple[str | None, str | None, int, int]
    periods: list[tuple[str, int, int, int]]
    granularity: str


MONTHS_SHOWN = 24  # more months of coverage than this are shown by year, to stay one screen


def summary(db: sqlite_utils.Database, *, top: int = SUMMARY_TOP) -> Summary:
    """The corpus tables of a newscli database (see `open_corpus`), `top` rows each."""

    try:
        return _summary(db, top)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read the corpus summary ({exc})") from None


def _summary(db: sqlite_utils.Database, top: int) -> Summary:
    def rows(sql: str, *params: Any) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in db.execute(sql, params).fetchall()]

    def count(table: str) -> int:
        return int(db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])

    # the days only: a published value may hold a clock time and zone ("2026-03-03T10:30+09:00")
    first, last, dated = db.execute(
        "SELECT min(substr(published, 1, 10)), max(substr(published, 1, 10)), count(published) FROM articles"
    ).fetchone()
    articles = count("articles")
    months = rows("SELECT month, articles, quotes, dates FROM publication_months")
    granularity = "month"
    if len(months) > MONTHS_SHOWN:
        granularity = "year"
        by_year: dict[str, list[int]] = {}
        for month, *numbers in months:
            totals = by_year.setdefault(month[:4], [0, 0, 0])
            for i, n in enumerate(numbers):
                totals[i] += n or 0
        months = [(year, *totals) for year, totals in by_year.items()]
    return Summary(
        articles=articles,
        quotes=count("quotes"),
        entities=count("entities"),
        dates=count("dates"),
        speakers=rows("SELECT * FROM most_quoted_speakers LIMIT ?", top),
        entities_by_articles=rows("SELECT * FROM entities_by_articles LIMIT ?", top),
        outlets=rows("SELECT * FROM quotes_by_outlet WHERE outlet IS NOT NULL LIMIT ?", top),
        authors=rows("SELECT * FROM quotes_by_author LIMIT ?", top),
        coverage=(first, last, dated, articles - dated),
        periods=[tuple(r) for r in months],
        granularity=granularity,
    )
