"""Pairwise same-event precision and recall of resolution on the dedup gold sets.

Two sets: the dev gold (src/waqia/data/dedup), which the rules were studied on, and the held-out gold
(src/waqia/data/dedup_holdout), written later and not used for tuning. Two measurements on each:
- gold mentions: the gold events themselves, as an extractor that made no mistake would report them,
  resolved by the pure core in arrival order and in shuffled orders (what resolution alone gets right);
- extracted mentions (`--extract`): the real extractor's mentions ingested into a throwaway SQLite store,
  scored with the evaluation spec's deduplication figures (what `waqia evaluate` prints).

Run: .venv/bin/python benchmarks/resolve_quality.py [--extract] [--orders 20] [--set dev|holdout|both]
(--misses lists the gold pairs the extracted run split or joined wrongly; --extract-orders N ingests the
articles again in N shuffled orders and prints the spread of the figures.)
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from importlib.resources import files
from itertools import combinations
from pathlib import Path
from typing import Any

# The dev gold is turned into mentions by the test helpers, so the test and this script measure alike.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "resolve"))

from resolve_builders import gold_mentions, load_dedup_gold, pairwise

from waqia.resolve.cluster import Resolver


def _report(label: str, tp: int, predicted: int, expected: int) -> None:
    precision = tp / predicted if predicted else 0.0
    recall = tp / expected if expected else 0.0
    print(f"{label}: precision {precision:.3f} ({tp}/{predicted}), recall {recall:.3f} ({tp}/{expected})")


SETS = {"dev": "dedup", "holdout": "dedup_holdout"}


def measure_gold(folder: str, orders: int) -> None:
    articles, gold = load_dedup_gold(folder)
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


def measure_extracted(folder: str, *, misses: bool) -> None:
    from waqia.cli.evaluate import _predict_through_store
    from waqia.evaluate.scoring import score
    from waqia.evaluate.spec_events import parse_spec_lines
    from waqia.extract.rules import build_extractor

    root = files("waqia") / "data" / folder
    started = time.perf_counter()
    # What `waqia evaluate --gold ... --articles ...` does when the gold has event keys.
    predicted = _predict_through_store([str(root / "articles.jsonl")], extractor=build_extractor())
    gold = list(parse_spec_lines((root / "gold.jsonl").read_text(encoding="utf-8").splitlines(), name="gold"))
    dedup = score(predicted, gold).dedup
    _report("extracted mentions (rules.v1), spec dedup", dedup.true_positives, dedup.predicted, dedup.gold)
    print(f"  ({time.perf_counter() - started:.1f} s with extraction)")
    if misses:
        _print_misses(predicted, gold)


def measure_extracted_orders(folder: str, orders: int, *, misses: bool) -> None:
    """The extracted run again with the articles arriving in shuffled orders: the spread of its figures."""
    import tempfile

    from waqia.cli.evaluate import _predict_through_store
    from waqia.evaluate.scoring import score
    from waqia.evaluate.spec_events import parse_spec_lines
    from waqia.extract.rules import build_extractor

    root = files("waqia") / "data" / folder
    lines = (root / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    gold = list(parse_spec_lines((root / "gold.jsonl").read_text(encoding="utf-8").splitlines(), name="gold"))
    extractor = build_extractor()
    rng = random.Random(7)
    figures = []
    worst: tuple[float, list[Any]] | None = None
    with tempfile.TemporaryDirectory() as folder_path:
        for attempt in range(orders):
            shuffled = list(lines)
            rng.shuffle(shuffled)
            path = Path(folder_path) / f"order-{attempt}.jsonl"
            path.write_text("\n".join(shuffled) + "\n", encoding="utf-8")
            predicted = _predict_through_store([str(path)], extractor=extractor)
            dedup = score(predicted, gold).dedup
            figures.append((dedup.true_positives, dedup.predicted, dedup.gold))
            f1 = 2 * dedup.true_positives / (dedup.predicted + dedup.gold) if dedup.gold else 0.0
            if worst is None or f1 < worst[0]:
                worst = (f1, predicted)
    precisions = [tp / predicted if predicted else 0.0 for tp, predicted, _ in figures]
    recalls = [tp / expected if expected else 0.0 for tp, _, expected in figures]
    print(
        f"extracted mentions over {orders} shuffled arrival orders: precision {min(precisions):.3f}-"
        f"{max(precisions):.3f}, recall {min(recalls):.3f}-{max(recalls):.3f}, "
        f"{len(set(figures))} distinct result(s)"
    )
    if misses and worst is not None:
        print("misses of the worst order:")
        _print_misses(worst[1], gold)


def _print_misses(predicted: list[Any], gold: list[Any]) -> None:
    """The cross-article pairs of paired mentions that resolution split (same key) or joined (other keys)."""
    from waqia.evaluate.scoring import pair_events

    paired = []
    gold_by_id = {article.article_id: article for article in gold}
    for article in predicted:
        expected = gold_by_id.get(article.article_id)
        if expected is None:
            continue
        for i, j in pair_events(article.events, expected.events):
            paired.append((article.article_id, article.events[i], expected.events[j]))
    for (id_a, mine_a, gold_a), (id_b, mine_b, gold_b) in combinations(paired, 2):
        if id_a == id_b:
            continue
        same_gold = gold_a.event_key == gold_b.event_key
        same_predicted = mine_a.event_id == mine_b.event_id
        if same_gold == same_predicted:
            continue
        label = "SPLIT" if same_gold else "JOINED"
        print(f"{label} {id_a} / {id_b} ({gold_a.event_key} / {gold_b.event_key})")
        for article_id, mine in ((id_a, mine_a), (id_b, mine_b)):
            print(
                f"    {article_id}: {mine.event_date} {mine.sub_event_type} {mine.location} "
                f"({mine.admin2}, {mine.admin1}) killed {mine.killed_min} actor {mine.perpetrator} "
                f"target {mine.target} role {mine.role}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", action="store_true", help="also run the real extractor (spaCy)")
    parser.add_argument("--orders", type=int, default=20, help="shuffled arrival orders to try")
    parser.add_argument("--set", choices=[*SETS, "both"], default="both", help="which gold set to measure")
    parser.add_argument("--misses", action="store_true", help="with --extract, list the pairs it got wrong")
    parser.add_argument(
        "--extract-orders", type=int, default=0, help="with --extract, also ingest in N shuffled orders"
    )
    options = parser.parse_args()
    for name, folder in SETS.items():
        if options.set not in (name, "both"):
            continue
        print(f"== {name} ({folder})")
        measure_gold(folder, options.orders)
        if options.extract:
            measure_extracted(folder, misses=options.misses)
            if options.extract_orders:
                measure_extracted_orders(folder, options.extract_orders, misses=options.misses)


if __name__ == "__main__":
    main()
