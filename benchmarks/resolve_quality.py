"""Pairwise same-event precision and recall of resolution on the dev gold (src/waqia/data/dedup).

Two measurements:
- gold mentions: the gold events themselves, as an extractor that made no mistake would report them,
  resolved by the pure core in arrival order and in shuffled orders (what resolution alone gets right);
- extracted mentions (`--extract`): the real extractor's mentions ingested into a throwaway SQLite store,
  scored with the evaluation spec's deduplication figures (what `waqia evaluate` prints).

Run: .venv/bin/python benchmarks/resolve_quality.py [--extract] [--orders 20]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from importlib.resources import files
from pathlib import Path

# The dev gold is turned into mentions by the test helpers, so the test and this script measure alike.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "resolve"))

from resolve_builders import gold_mentions, load_dev_gold, pairwise

from waqia.resolve.cluster import Resolver


def _report(label: str, tp: int, predicted: int, expected: int) -> None:
    precision = tp / predicted if predicted else 0.0
    recall = tp / expected if expected else 0.0
    print(f"{label}: precision {precision:.3f} ({tp}/{predicted}), recall {recall:.3f} ({tp}/{expected})")


def measure_gold(orders: int) -> None:
    articles, gold = load_dev_gold()
    items = gold_mentions(articles, gold)
    keys = {features.mention_id: key for features, key in items}
    owner = {features.mention_id: features.article_id for features, _ in items}
    partitions = set()
    rng = random.Random(4)
    for attempt in range(orders + 1):
        ordered = list(items)
        if attempt:
            rng.shuffle(ordered)
        resolver = Resolver()
        resolver.add_all(features for features, _ in ordered)
        partition = resolver.partition()
        partitions.add(partition)
        if attempt == 0:
            _report("gold mentions, article order", *pairwise(partition, keys, owner))
    print(f"gold mentions: {len(partitions)} distinct partition(s) over {orders + 1} arrival orders")


def measure_extracted() -> None:
    from waqia.cli.evaluate import _predict_through_store
    from waqia.evaluate.scoring import score
    from waqia.evaluate.spec_events import parse_spec_lines
    from waqia.extract.rules import build_extractor

    root = files("waqia") / "data" / "dedup"
    started = time.perf_counter()
    # What `waqia evaluate --gold ... --articles ...` does when the gold has event keys.
    predicted = _predict_through_store([str(root / "articles.jsonl")], extractor=build_extractor())
    gold = list(parse_spec_lines((root / "gold.jsonl").read_text(encoding="utf-8").splitlines(), name="gold"))
    dedup = score(predicted, gold).dedup
    _report("extracted mentions (rules.v1), spec dedup", dedup.true_positives, dedup.predicted, dedup.gold)
    print(f"  ({time.perf_counter() - started:.1f} s with extraction)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", action="store_true", help="also run the real extractor (spaCy)")
    parser.add_argument("--orders", type=int, default=20, help="shuffled arrival orders to try")
    options = parser.parse_args()
    measure_gold(options.orders)
    if options.extract:
        measure_extracted()


if __name__ == "__main__":
    main()
