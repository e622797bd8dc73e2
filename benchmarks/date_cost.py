"""What the date rules add to the spaCy time of the `dates` pipeline (issue 21: at most 10%).

    python benchmarks/date_cost.py ARTICLES.jsonl [--rounds N]

ARTICLES.jsonl holds one article a line with "text" and "published" (as `score_dates.py
export` writes TimeBank or AQUAINT). The pipeline is the one `newscli dates` loads (only the
components dates need). Each round parses every text with `nlp.pipe` and times that, then
times `dates()` over the parsed Docs; the best round of each counts. Prints both times in
seconds and the share of the date rules.
"""

from __future__ import annotations

import argparse
import json
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from newscli.extract.dates import anchor_date, dates
    from newscli.pipeline import load_model

    with open(args.articles, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    texts = [r["text"] for r in rows]
    anchors = [anchor_date(r.get("published")) for r in rows]
    nlp = load_model(None, ["dates"])
    list(nlp.pipe(texts[:5]))  # warm up
    parse_best = rules_best = float("inf")
    for _ in range(args.rounds):
        start = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=64))
        parse_best = min(parse_best, time.perf_counter() - start)
        start = time.perf_counter()
        for doc, anchor in zip(docs, anchors):
            dates(doc, anchor=anchor)
        rules_best = min(rules_best, time.perf_counter() - start)
    print(f"spaCy {parse_best:.2f} s, date rules {rules_best:.2f} s: {rules_best / parse_best:.1%} of spaCy time")


if __name__ == "__main__":
    main()
