"""Throughput of newscli against bare spaCy, whole processes, runs alternated.

    python benchmarks/throughput.py [CORPUS_DIR] [--rounds N] [--memory] [--model NAME]

CORPUS_DIR defaults to ../shared/benchmarks/polnear/train/text (840 articles). Each round
runs every command once, in turn, so that drift of the machine hits all of them alike; the
best round of each counts. Bare spaCy is `nlp.pipe` over the same files with the same model,
writing its entities as JSON Lines, at the best of three batch sizes.

Prints words per second for each command and the ratios the project holds itself to:
analyze and quotes >= 0.90x bare spaCy, quotes --indirect >= 0.90x quotes, entities >= 0.90x (it finds the
quotes too, so that an entity's salience is the same from every command), dates >= 1.5x, --jobs 2 >= 1.6x
--jobs 1, `newscli --help` <= 0.3 s. With --memory it also measures the peak resident
memory (the process and its workers together) of `entities --jobs 2` on 1,000 and 10,000
articles, which must not grow with the corpus and must stay under 1.5 GB.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(HERE, "..", "..", "shared", "benchmarks", "polnear", "train", "text")

BARE_SPACY = """
import json, sys, glob, os, spacy
folder, model, batch = sys.argv[1], sys.argv[2], int(sys.argv[3])
nlp = spacy.load(model)
paths = sorted(glob.glob(os.path.join(folder, "**", "*.txt"), recursive=True))
texts = (open(p, encoding="utf-8").read() for p in paths)
out = sys.stdout
for path, doc in zip(paths, nlp.pipe(texts, batch_size=batch)):
    ents = [{"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char} for e in doc.ents]
    out.write(json.dumps({"source": path, "entities": ents}) + "\\n")
"""


def tree_rss(pid: int) -> int:
    """Resident memory in bytes of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def timed(cmd: list[str], sample_memory: bool = False) -> tuple[float, int]:
    """Wall time of a command (stdout discarded) and, if asked, its peak tree RSS."""
    peak = 0
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    if sample_memory:
        sampler.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-500:]}")
    return elapsed, peak


def newscli(*args: str) -> list[str]:
    return [sys.executable, "-m", "newscli", *args]


def memory_check(corpus: str) -> None:
    paragraphs = []
    for path in sorted(glob.glob(os.path.join(corpus, "**", "*.txt"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            paragraphs += [p for p in f.read().split("\n") if len(p.split()) > 30]
    peaks = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (1_000, 10_000):
            path = os.path.join(tmp, f"corpus-{n}.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for i in range(n):
                    f.write(json.dumps({"id": str(i), "text": paragraphs[i % len(paragraphs)]}) + "\n")
            elapsed, peaks[n] = timed(newscli("entities", path, "-f", "jsonl", "-j", "2", "-q"), True)
            print(
                f"memory: entities -j 2 on {n:>6,} articles: peak RSS {peaks[n] / 2**20:,.0f} MiB "
                f"({elapsed:.0f} s)"
            )
    flat = peaks[10_000] <= peaks[1_000] * 1.10  # 10% for sampling noise
    print(
        f"memory flat (10,000 <= 1,000 + 10%): {'yes' if flat else 'NO'}; "
        f"under 1.5 GB: {'yes' if peaks[10_000] < 1.5 * 2**30 else 'NO'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--model", default=None)
    parser.add_argument("--memory", action="store_true", help="also run the memory check (slow)")
    args = parser.parse_args()

    from newscli.pipeline import default_model

    model = args.model or default_model()
    paths = sorted(glob.glob(os.path.join(args.corpus, "**", "*.txt"), recursive=True))
    if not paths:
        sys.exit(f"no .txt articles below {args.corpus}")
    words = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            words += len(f.read().split())
    print(
        f"corpus: {args.corpus}: {len(paths)} articles, {words:,} words; model {model}; "
        f"{os.cpu_count()} cores; {args.rounds} rounds, alternated"
    )

    help_times = [timed(newscli("--help"))[0] for _ in range(5)]

    bare_batch = {}
    for batch in (16, 64, 256):
        bare_batch[batch] = timed([sys.executable, "-c", BARE_SPACY, args.corpus, model, str(batch)])[0]
    best_batch = min(bare_batch, key=lambda b: bare_batch[b])
    commands = {
        "bare spaCy": [sys.executable, "-c", BARE_SPACY, args.corpus, model, str(best_batch)],
        "analyze -j 1": newscli("analyze", args.corpus, "-f", "jsonl", "-m", model),
        "quotes": newscli("quotes", args.corpus, "-f", "jsonl", "-m", model),
        "quotes --indirect": newscli("quotes", args.corpus, "-f", "jsonl", "-m", model, "--indirect"),
        "entities": newscli("entities", args.corpus, "-f", "jsonl", "-m", model),
        "dates": newscli("dates", args.corpus, "-f", "jsonl", "-m", model),
        "analyze -j 2": newscli("analyze", args.corpus, "-f", "jsonl", "-m", model, "-j", "2"),
    }
    best = {name: float("inf") for name in commands}
    best["bare spaCy"] = bare_batch[best_batch]
    for _ in range(args.rounds):
        for name, cmd in commands.items():
            best[name] = min(best[name], timed(cmd)[0])

    print(f"\n{'command':<18} {'seconds':>8} {'words/s':>9}")
    for name, seconds in best.items():
        print(f"{name:<18} {seconds:8.1f} {words / seconds:9,.0f}")
    bare = best["bare spaCy"]

    def ratio(name: str, target: float, base: float = bare, label: str = "bare spaCy") -> None:
        r = base / best[name]
        print(
            f"{name + ' / ' + label:<32} {r:5.2f}x  (target >= {target:.2f}x) {'ok' if r >= target else 'MISS'}"
        )

    print(f"\nbare spaCy batch size {best_batch}")
    ratio("analyze -j 1", 0.90)
    ratio("quotes", 0.90)
    ratio("quotes --indirect", 0.90, best["quotes"], "quotes")
    ratio("entities", 0.90)
    ratio("dates", 1.5)
    ratio("analyze -j 2", 1.6, best["analyze -j 1"], "analyze -j 1")
    fastest_help = min(help_times)
    print(
        f"{'newscli --help':<32} {fastest_help:5.2f}s  (target <= 0.30s) {'ok' if fastest_help <= 0.3 else 'MISS'}"
    )
    if args.memory:
        print()
        memory_check(args.corpus)


if __name__ == "__main__":
    main()
