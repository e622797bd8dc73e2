"""The SQLite corpus: schema, resuming, skipping, --force and `newscli summary`."""

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from newscli.cli import main
from newscli.model import ArticleResult, DateMention, Entity, Mention, Quote, Segment, Stats
from newscli.store import CorpusStore, StoreError, open_corpus, outlet_of, summary

pytestmark = pytest.mark.usefixtures("shared_models")

TEMPLATES = (
    "Court Clears {person}\n\nBy {author} | March {day}, 2024\n\n"
    "A jury in {place} on Tuesday cleared {person} of fraud after a {n}-day trial.\n\n"
    '"The verdict speaks for itself," said {lawyer}, a lawyer for {surname}.\n\n'
    "Prosecutors said they would study the ruling before deciding on an appeal.",
    "{org} Posts Record Profit\n\nBy {author} | May {day}, 2024\n\n"
    "{org} said on Thursday that profit rose to ${n} million in the first quarter.\n\n"
    '"We sold more in {place} than ever before," chief executive {person} told analysts.\n\n'
    "Shares of the company closed up {day} percent.",
    "{place} Wins Derby\n\nBy {author} | October {day}, 2023\n\n"
    "{place} beat its rival {n}-{day} on Saturday in front of a full stadium.\n\n"
    "\u201cWe kept our shape and waited,\u201d coach {person} said after the match.\n\n"
    "The two sides meet again next month.",
)
PEOPLE = (
    "Nadia Okafor",
    "Luis Herrera",
    "Mei Tanaka",
    "Oskar Lind",
    "Grace Mbeki",
    "Ravi Iyer",
    "Hannah Vogel",
)
PLACES = ("Leeds", "Tucson", "Lyon", "Halifax", "Bergen", "Perth", "Cork")
ORGS = ("Norvale Foods", "Kestrel Air", "Brightwater Bank", "Ardent Steel")
N_ARTICLES = 18


def records(n=N_ARTICLES):
    """Short, distinct articles written for these tests, as JSON Lines records."""
    out = []
    for i in range(n):
        person = PEOPLE[i % len(PEOPLE)]
        text = TEMPLATES[i % len(TEMPLATES)].format(
            person=person,
            surname=person.split()[1],
            lawyer=PEOPLE[(i + 3) % len(PEOPLE)],
            author=PEOPLE[(i + 1) % len(PEOPLE)],
            place=PLACES[i % len(PLACES)],
            org=ORGS[i % len(ORGS)],
            day=1 + i % 27,
            n=10 + 7 * i,
        )
        out.append({"id": f"story-{i:02d}", "text": text, "url": f"https://www.site{i % 2}.example/{i}"})
    return out


def write_corpus(folder, recs):
    path = folder / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    return str(path)


def invoke(*args):
    return CliRunner().invoke(main, list(args), env={"COLUMNS": "120"})


def counts(path):
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLE_NAMES}


def contents(path):
    """Every stored row except ids, with its article's source: equal for equal results."""
    columns = {
        "quotes": ("text", "start", "end", "speaker", "cue", "kind"),
        "dates": ("text", "start", "end", "type", "value"),
        "entities": ("name", "label", "count", "rank"),
        "mentions": ("text", "start", "end"),
    }
    rows = set()
    with sqlite3.connect(path) as conn:
        for table, cols in columns.items():
            picked = ", ".join(f"t.[{c}]" for c in cols)
            sql = f"SELECT a.source, {picked} FROM {table} t JOIN articles a ON a.id = t.article_id"
            rows |= {(table, *r) for r in conn.execute(sql)}
    return rows


TABLE_NAMES = ("articles", "texts", "entities", "mentions", "quotes", "dates")


# --- the store on hand-made results (no model) -----------------------------------------------


class Extended:
    """A result with fields other issues add (an `updated` date, a cue mention, indirect quotes)."""

    def __init__(self, result, extra_article, extra_quote):
        self.source = result.source
        self._result, self._article, self._quote = result, extra_article, extra_quote

    def to_dict(self):
        record = self._result.to_dict()
        record.update(self._article)
        for q in record.get("quotes", []):
            q.update(self._quote)
        return record


def hand_made(source, speaker="Ines Duarte", label="PERSON", published="2024-05-02"):
    mention = Mention(speaker, 40, 40 + len(speaker))
    return ArticleResult(
        source=source,
        title="Title [b]",
        authors=("Joe Park", "Sara Lim"),
        published=published,
        stats=Stats(words=30, sentences=3, paragraphs=2),
        entities=(Entity(speaker, label, 2, (speaker,), (mention, mention)),),
        quotes=(Quote("We will", 1, 10, (Segment(2, 9),), speaker, mention, "said", "direct"),),
        dates=(DateMention("Friday", 60, 66, "DATE", "2024-05-03"),),
    )


def store_results(path, results, articles):
    with CorpusStore(path, sections=("stats", "entities", "quotes", "dates")) as store:
        list(store.unstored(articles))
        list(store.write(results))
        return store.stored


def article(source, text="x" * 80, url=None):
    from newscli.articles import article_from_text

    return article_from_text(source, text, url=url)


def test_store_keeps_fields_other_commands_add(tmp_path):
    db = str(tmp_path / "c.db")
    result = Extended(
        hand_made("a1"),
        {"updated": "2024-05-03T10:00"},
        {"cue_mention": {"text": "said", "start": 50, "end": 54}, "kind": "indirect", "content": "x"},
    )
    store_results(db, [result], [article("a1", url="https://www.example.org/x")])
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT updated, outlet, authors FROM articles").fetchone() == (
            "2024-05-03T10:00",
            "example.org",
            '["Joe Park", "Sara Lim"]',
        )
        row = conn.execute(
            "SELECT cue_mention, cue_mention_start, cue_mention_end, kind, content FROM quotes"
        )
        assert row.fetchone() == ("said", 50, 54, "indirect", "x")


def test_summary_reads_the_views(tmp_path):
    db = str(tmp_path / "c.db")
    results = [hand_made("a1"), hand_made("a2"), hand_made("a3", speaker="Bo Chen", label="ORG")]
    store_results(db, results, [article(s) for s in ("a1", "a2", "a3")])
    conn = open_corpus(db)
    found = summary(conn, top=5)
    conn.close()
    assert found.articles == 3 and found.quotes == 3
    assert found.speakers[0] == ("Ines Duarte", 2, 2)
    assert found.entities_by_articles[0] == ("Ines Duarte", "PERSON", 2, 4)
    assert found.authors[0][:3] == ("Joe Park", 3, 3)
    assert found.coverage == ("2024-05-02", "2024-05-02", 3, 0)


def test_summary_coverage_gives_days_when_a_publication_time_is_stored(tmp_path):
    db = str(tmp_path / "c.db")
    results = [hand_made("a1", published="2024-05-02"), hand_made("a2", published="2024-06-09T10:30+09:00")]
    store_results(db, results, [article(s) for s in ("a1", "a2")])
    conn = open_corpus(db)
    found = summary(conn, top=5)
    conn.close()
    assert found.coverage == ("2024-05-02", "2024-06-09", 2, 0)


def test_most_quoted_speakers_are_named_entities_of_their_articles(tmp_path):
    """ "A spokesperson" quoted in two stories is two people, not one speaker quoted twice."""
    from dataclasses import replace

    db = str(tmp_path / "c.db")
    unnamed = Quote("We regret it", 1, 13, (Segment(2, 12),), "A spokesperson", None, "said", "direct")
    results = [replace(hand_made(s), quotes=(unnamed,)) for s in ("a1", "a2")] + [hand_made("a3")]
    store_results(db, results, [article(s) for s in ("a1", "a2", "a3")])
    conn = open_corpus(db)
    found = summary(conn, top=5)
    conn.close()
    assert found.speakers == [("Ines Duarte", 1, 1)]


def test_summary_command_prints_text_as_text(tmp_path):
    db = str(tmp_path / "c.db")
    store_results(db, [hand_made("a1", speaker="[/b] Ed [sic]")], [article("a1")])
    result = invoke("summary", db)
    assert result.exit_code == 0, result.output
    assert "[/b] Ed [sic]" in result.stdout and "Most-quoted speakers" in result.stdout


def test_article_named_twice_in_one_batch_is_stored_once(tmp_path):
    db = str(tmp_path / "c.db")
    stored = store_results(db, [hand_made("a1"), hand_made("a1", speaker="Bo Chen")], [article("a1")] * 2)
    assert stored == 1
    assert counts(db) == {"articles": 1, "texts": 1, "entities": 1, "mentions": 2, "quotes": 1, "dates": 1}


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        (b"not a database at all" * 10, "not a SQLite database"),
        ("foreign", "not a newscli"),
    ],
)
def test_summary_of_a_database_not_newscli_is_one_line_error(tmp_path, content, message):
    path = tmp_path / "c.db"
    if content == "foreign":
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE articles (x)")
    elif content is not None:
        path.write_bytes(content)
    result = invoke("summary", str(path))
    assert result.exit_code == 1
    assert result.stdout == "" and result.stderr.count("\n") == 1 and message in result.stderr
    with pytest.raises(StoreError):
        CorpusStore(str(path), sections=("quotes",)) if content else open_corpus(str(path))


def test_outlet_is_the_host_without_www():
    assert outlet_of("https://www.bbc.co.uk/news/1") == "bbc.co.uk"
    assert outlet_of("apnews.com/article/x") == "apnews.com"
    assert outlet_of(None) is None


def test_changed_article_is_replaced_not_added(tmp_path):
    db = str(tmp_path / "c.db")
    store_results(db, [hand_made("a1"), hand_made("a2")], [article("a1"), article("a2")])
    with CorpusStore(db, sections=("stats", "entities", "quotes", "dates")) as store:
        todo = list(store.unstored([article("a1", text="y" * 80), article("a2")]))
        assert [a.source for a in todo] == ["a1"] and store.skipped == 1
        list(store.write([hand_made("a1", speaker="Bo Chen")]))
    assert counts(db) == {"articles": 2, "texts": 2, "entities": 2, "mentions": 4, "quotes": 2, "dates": 2}
    with sqlite3.connect(db) as conn:
        assert {r[0] for r in conn.execute("SELECT speaker FROM quotes")} == {"Bo Chen", "Ines Duarte"}
        assert (
            conn.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'will'").fetchone()[0] == 2
        )


# --- whole runs (model) ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory):
    """One uninterrupted `analyze --db -f json` run: its database and its JSON output."""
    folder = tmp_path_factory.mktemp("clean")
    corpus = write_corpus(folder, records())
    db = str(folder / "corpus.db")
    result = invoke("analyze", corpus, "--db", db, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return corpus, db, json.loads(result.stdout)


@pytest.mark.model
def test_database_matches_json_output_of_the_same_run(clean_run):
    _, db, output = clean_run
    conn = sqlite3.connect(db)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {
        *TABLE_NAMES,
        "texts_fts",
        "quotes_fts",
        "most_quoted_speakers",
        "entities_by_articles",
    } <= names
    for table in ("entities", "quotes", "dates", "mentions"):
        targets = {r[2] for r in conn.execute(f"PRAGMA foreign_key_list({table})")}
        assert "articles" in targets
    indexed = {r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE type = 'index'") if r[0]}
    assert any('("speaker"' in sql for sql in indexed) and any('("published"' in sql for sql in indexed)
    assert counts(db) == {
        "articles": len(output),
        "texts": len(output),
        "entities": sum(len(r["entities"]) for r in output),
        "mentions": sum(len(e["mentions"]) for r in output for e in r["entities"]),
        "quotes": sum(len(r["quotes"]) for r in output),
        "dates": sum(len(r["dates"]) for r in output),
    }
    assert counts(db)["quotes"] >= N_ARTICLES  # every article has a quote: the test has something to compare
    for record in output:
        article_id, words = conn.execute(
            "SELECT id, words FROM articles WHERE source = ?", (record["source"],)
        ).fetchone()
        assert words == record["stats"]["words"]
        stored = conn.execute(
            "SELECT speaker, start, [end], kind FROM quotes WHERE article_id = ? ORDER BY start",
            (article_id,),
        ).fetchall()
        assert stored == sorted((q["speaker"], q["start"], q["end"], q["kind"]) for q in record["quotes"])
    bad = conn.execute(
        "SELECT count(*) FROM mentions m JOIN texts t ON t.article_id = m.article_id "
        "WHERE substr(t.text, m.start + 1, m.[end] - m.start) != m.text"
    ).fetchone()[0]
    assert bad == 0  # offsets point into the stored article text


def wait_for_articles(db, process):
    """Wait until the running process has committed some articles; how many."""
    stored = 0
    while process.poll() is None and stored == 0:
        time.sleep(0.01)
        if os.path.exists(db):
            with contextlib.suppress(sqlite3.OperationalError):  # no schema yet
                stored = counts(db)["articles"]
    return stored


@pytest.mark.model
def test_killed_run_resumes_to_the_same_database(clean_run, tmp_path):
    corpus, clean_db, _ = clean_run
    db = str(tmp_path / "corpus.db")
    command = [sys.executable, "-m", "newscli", "analyze", corpus, "--db", db, "--batch-size", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        stored = wait_for_articles(db, process)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    print(f"killed after {stored} of {N_ARTICLES} articles were stored")
    assert 0 < stored < N_ARTICLES, "the run was not killed mid-way"
    resumed = subprocess.run(command, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert counts(db) == counts(clean_db)
    assert contents(db) == contents(clean_db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(DISTINCT source) FROM articles").fetchone()[0] == N_ARTICLES
    done = int(resumed.stderr.split(" article")[0].rsplit(" ", 1)[1])
    skipped = int(resumed.stderr.split(" skipped")[0].rsplit(" ", 1)[1])
    assert done + skipped == N_ARTICLES and skipped >= stored


@pytest.mark.model
def test_rerun_skips_stored_articles_and_force_redoes_them(tmp_path):
    recs = records(4)
    corpus = write_corpus(tmp_path, recs)
    db = str(tmp_path / "dates.db")
    first = invoke("dates", corpus, "--db", db)
    assert first.exit_code == 0 and first.stdout == ""
    before = counts(db)
    again = invoke("dates", corpus, "--db", db)
    assert "0 articles stored, 4 skipped" in again.stderr and again.stderr.count("\n") == 1
    forced = invoke("dates", corpus, "--db", db, "--force")
    assert "4 articles stored\n" in forced.stderr
    assert counts(db) == before
    recs[1]["text"] = recs[1]["text"].replace("2024", "2022").replace("2023", "2021")
    write_corpus(tmp_path, recs)
    changed = invoke("dates", corpus, "--db", db)
    assert "1 article stored, 3 skipped" in changed.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    wider = invoke("quotes", corpus, "--db", db)  # quotes were not stored: every article is redone
    assert "4 articles stored\n" in wider.stderr


@pytest.mark.model
def test_interrupted_run_with_workers_ends_and_resumes(clean_run, tmp_path):
    corpus, clean_db, _ = clean_run
    db = str(tmp_path / "corpus.db")
    command = [sys.executable, "-m", "newscli", "analyze", corpus, "--db", db, "-j", "2", "--batch-size", "1"]
    default_sigint = lambda: signal.signal(signal.SIGINT, signal.SIG_DFL)  # noqa: E731 (a shell may ignore it)
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, preexec_fn=default_sigint)
    stored = wait_for_articles(db, process)
    process.send_signal(signal.SIGINT)
    try:
        _, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail("the run hung after Ctrl-C")
    assert 0 < stored < N_ARTICLES, "the run was not interrupted mid-way"
    assert process.returncode == 130 and "interrupted" in err
    resumed = subprocess.run(command, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert counts(db) == counts(clean_db) and contents(db) == contents(clean_db)
