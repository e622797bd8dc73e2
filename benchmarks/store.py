"""The corpus database against JSON Lines: throughput, size per article, summary time.

    python benchmarks/store.py [--articles N] [--jobs J] [--scale K] [--keep DIR]

Builds a corpus of N articles (default 10,000) from the project's own articles
(tests/data/entities, tests/data/articles, data/articles), each varied by substitution (people,
places and numbers swapped for others, a publication date and an outlet drawn at random) so
that no two are the same, and runs, as whole processes:

- `newscli analyze CORPUS -f jsonl -j J -o out.jsonl` and `newscli analyze CORPUS --db corpus.db
  -j J`, alternating `--rounds` times (best of each counts): target db within 5% of jsonl;
- the size of the database per article;
- `newscli summary corpus.db` (best of three, whole process): target under 1 s; and the
  summary queries alone, in this process;
- the same command again on the finished database (every article skipped: a resumed run);
- with --scale K, the summary on a copy of the database with every article stored K times
  (ids and sources made unique), to see the summary on K*N articles.

Prints one line per figure. Numbers depend on the machine and its load: run it when the
machine is quiet, or say how busy it was.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SOURCES = ("tests/data/entities/*.txt", "tests/data/articles/*.txt", "data/articles/*.txt")
GOLD = os.path.join(ROOT, "tests", "data", "entities", "gold.json")
FIRST = ("Amara", "Bruno", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Keiko")
LAST = ("Achebe", "Brandt", "Castillo", "Dubois", "Eriksen", "Fontaine", "Garcia", "Haddad", "Ito", "Janssen")
PLACES = (
    "Leeds",
    "Tucson",
    "Lyon",
    "Halifax",
    "Bergen",
    "Perth",
    "Cork",
    "Graz",
    "Porto",
    "Dayton",
    "Nagoya",
)
OUTLETS = ("dailyherald.example", "coastnews.example", "metrotimes.example", "valleypost.example")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
NUMBER = re.compile(r"(?<![\d,.:])\d{2,}(?![\d:])")
AFTER_MONTH = re.compile(rf"\b(?:{MONTHS})\.? $")


def substitutions() -> list[tuple[str, str]]:
    """(form, kind) for every person and place the gold file names, longest first."""
    with open(GOLD, encoding="utf-8") as f:
        gold = json.load(f)
    forms: dict[str, str] = {}
    for article in gold.values():
        for group in article["groups"]:
            if group["label"] in ("PERSON", "GPE"):
                for form in group["forms"]:
                    kind = group["label"] if " " in form or group["label"] == "GPE" else "SURNAME"
                    forms.setdefault(form, kind)
    return sorted(forms.items(), key=lambda kv: -len(kv[0]))


def vary(text: str, rng: random.Random, forms: list[tuple[str, str]]) -> str:
    """The text with its people, places and numbers swapped, one new name per old one."""
    chosen: dict[str, str] = {}
    for form, kind in forms:
        if form not in text:
            continue
        if kind == "GPE":
            new = rng.choice(PLACES)
        elif kind == "SURNAME":
            new = chosen.get(form) or rng.choice(LAST)
        else:  # a surname no one else in the article has, so that it names one person
            surname = rng.choice([n for n in LAST if n not in chosen.values()] or LAST)
            new = f"{rng.choice(FIRST)} {surname}"
            chosen[form.split()[-1]] = surname  # the surname alone follows the full name
        text = re.sub(rf"\b{re.escape(form)}\b", new, text)

    def number(m: re.Match[str]) -> str:
        digits = m.group()
        if len(digits) == 4 and digits[:2] in ("19", "20") or AFTER_MONTH.search(m.string, 0, m.start()):
            return digits  # a year or a day of the month: keep dates dates
        return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))

    return NUMBER.sub(number, text)


def build_corpus(path: str, n: int, seed: int = 24) -> None:
    rng = random.Random(seed)
    texts = []
    for pattern in SOURCES:
        for name in sorted(glob.glob(os.path.join(ROOT, pattern))):
            with open(name, encoding="utf-8") as f:
                texts.append(f.read())
    forms = substitutions()
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            record = {
                "id": f"bench-{i:06d}",
                "url": f"https://www.{rng.choice(OUTLETS)}/story/{i}",
                "published": f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "text": vary(texts[i % len(texts)], rng, forms),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


# newscli, reporting at exit the CPU time of its main process alone (workers not included).
MAIN_CPU = """
import atexit, os, resource, sys
from newscli.cli import main
def report():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    with open(os.environ["NEWSCLI_BENCH_CPU"], "w") as f:
        f.write(str(usage.ru_utime + usage.ru_stime))
atexit.register(report)
sys.argv[0] = "newscli"
main()
"""


def timed(args: list[str]) -> float:
    return timed_cpu(args)[0]


def timed_cpu(args: list[str]) -> tuple[float, float, float]:
    """Wall-clock seconds of a newscli run, CPU seconds of it with its workers, and of its main process.

    CPU time depends less than wall-clock time on what else the machine runs, so on a shared
    machine it is the steadier measure of how much work each way of writing adds; the writer
    (JSON Lines or SQLite) runs in the main process, so the main process's CPU shows its cost.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".cpu") as report:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        env = {**os.environ, "NEWSCLI_BENCH_CPU": report.name}
        done = subprocess.run(
            [sys.executable, "-c", MAIN_CPU, *args], capture_output=True, text=True, env=env
        )
        elapsed = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            sys.exit(f"newscli {' '.join(args)} failed:\n{done.stderr}")
        main_cpu = float(report.read() or "nan")
    return elapsed, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, main_cpu


def scaled_copy(db: str, factor: int, folder: str) -> str:
    """A copy of the database with every article stored `factor` times."""
    path = os.path.join(folder, f"scaled-{factor}.db")
    shutil.copy(db, path)
    conn = sqlite3.connect(path)
    tables = ("articles", "texts", "entities", "mentions", "quotes", "dates")
    key = {t: "article_id" if t == "texts" else "id" for t in tables}
    top = {t: conn.execute(f"SELECT max({key[t]}) FROM {t}").fetchone()[0] or 0 for t in tables}
    columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
    with conn:
        for k in range(1, factor):
            for t in tables:
                shifted = {
                    "id": f"id + {k * top[t]}",
                    "article_id": f"article_id + {k * top['articles']}",
                    "entity_id": f"entity_id + {k * top['entities']}",
                    "source": f"source || '#{k}'",
                }
                picked = ", ".join(shifted.get(c, f"[{c}]") for c in columns[t])
                names = ", ".join(f"[{c}]" for c in columns[t])
                conn.execute(f"INSERT INTO {t} ({names}) SELECT {picked} FROM {t} WHERE {key[t]} <= {top[t]}")
    conn.execute("ANALYZE")
    conn.close()
    return path


def summary_times(db: str) -> tuple[float, float]:
    """Best of three: `newscli summary` as a process, and the summary queries alone."""
    from newscli.store import open_corpus, summary

    process = min(timed(["summary", db]) for _ in range(3))
    queries = []
    for _ in range(3):
        conn = open_corpus(db)
        started = time.perf_counter()
        summary(conn)
        queries.append(time.perf_counter() - started)
        conn.close()
    return process, min(queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--scale", type=int, default=0, help="also time the summary on K copies")
    parser.add_argument("--keep", help="work in this folder and keep its files")
    args = parser.parse_args()
    folder = args.keep or tempfile.mkdtemp(prefix="newscli-store-")
    os.makedirs(folder, exist_ok=True)
    corpus = os.path.join(folder, "corpus.jsonl")
    build_corpus(corpus, args.articles)
    with open(corpus, encoding="utf-8") as f:
        words = sum(len(json.loads(line)["text"].split()) for line in f)
    print(f"corpus: {args.articles} articles, {words} words, load average {os.getloadavg()[0]:.1f}")
    db = os.path.join(folder, "corpus.db")
    out = os.path.join(folder, "out.jsonl")
    jobs = ["-j", str(args.jobs)]
    runs = {
        "-f jsonl": ["analyze", corpus, "-f", "jsonl", "-o", out, *jobs],
        "--db": ["analyze", corpus, "--db", db, *jobs],
    }
    times: dict[str, list[tuple[float, float, float]]] = {name: [] for name in runs}
    for round_ in range(args.rounds):
        for stale in (db, db + "-wal", db + "-shm"):
            if os.path.exists(stale):
                os.unlink(stale)
        for name in sorted(runs, reverse=round_ % 2 == 1):  # the order alternates between rounds
            times[name].append(timed_cpu(runs[name]))
    best = {name: min(found) for name, found in times.items()}
    for name, (wall, cpu, main_cpu) in best.items():
        rate = args.articles / wall
        print(
            f"analyze {name} -j {args.jobs}: {wall:.1f} s wall ({rate:.1f} articles/s), {cpu:.1f} s CPU "
            f"of which main process {main_cpu:.1f} s ({main_cpu / args.articles * 1000:.2f} ms an article)"
        )
    (t_jsonl, cpu_jsonl, _), (t_db, cpu_db, _) = best["-f jsonl"], best["--db"]
    print(
        f"throughput db/jsonl: {t_jsonl / t_db:.3f} by wall clock, {cpu_jsonl / cpu_db:.3f} by CPU (target >= 0.95)"
    )
    size = os.path.getsize(db)
    print(f"database: {size / 1e6:.1f} MB, {size / args.articles:.0f} bytes per article")
    process, queries = summary_times(db)
    print(f"newscli summary: {process:.2f} s as a process, {queries * 1000:.0f} ms of queries (target < 1 s)")
    print(f"resumed run (all stored): {timed(['analyze', corpus, '--db', db, '-j', str(args.jobs)]):.1f} s")
    if args.scale > 1:
        scaled = scaled_copy(db, args.scale, folder)
        process, queries = summary_times(scaled)
        n = args.articles * args.scale
        print(
            f"newscli summary on {n} articles: {process:.2f} s as a process, {queries * 1000:.0f} ms of queries"
        )
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    if not args.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
