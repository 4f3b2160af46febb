"""GTD attack type of rules.v1 mentions against GTD incident summaries: macro-F1 on dev and held-out.

Usage: .venv/bin/python benchmarks/extract_attack_type_gtd.py [--data PATH] [--split SPLIT] [--show N]
       .venv/bin/python benchmarks/extract_attack_type_gtd.py --wiki [--split SPLIT] [--limit N] [--show N]
       .venv/bin/python benchmarks/extract_attack_type_gtd.py --data benchmarks/data/gtd_style_pk_af.csv
       (the fictional Pakistan/Afghanistan batch, see benchmarks/data/GTD_STYLE_PK_AF.md)
       .venv/bin/python benchmarks/extract_attack_type_gtd.py --data benchmarks/data/gtd_style2.csv
       (the second fictional batch, around the Assassination boundary, see benchmarks/data/GTD_STYLE2.md)

The mapping from the extractor's mentions to GTD's attack types is the library's
`waqia.evaluate.attack_types.classify_attack_type` (codebook definitions in that module), and the figures are
those of `waqia evaluate --dataset gtd` (`measure_gtd`, over the GTD types gold uses, Unknown rows left out),
so the two agree. Killed and injured exact are printed too, with the row that counts perpetrators as GTD's
nkill does (`read_attackers_killed`, which `waqia evaluate` gives only once its CLI passes the reader in).
This script adds the per-type F1 with its counts, the confusion of gold and predicted
types, and (with --show) dev disagreements to study. The halves are fixed by the sha256 of the summary; only
dev rows are read while writing rules. Rows come from ../shared/data/gtd_eval_1000 (START/UMD GTD,
non-commercial research) and are never copied into the project. With --wiki the same mapping is measured on
the Wikipedia incident tables (../shared/data/wiki_terror_incidents, sampled as `waqia evaluate --dataset
wiki-incidents --limit N` samples them): the multi-label F1 per GTD type and dev disagreements.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from waqia.evaluate.attack_types import (
    AttackType,
    attack_type_of,
    attack_type_of_phrase,
    classify_attack_type,
)
from waqia.evaluate.datasets.gtd import measure_gtd
from waqia.evaluate.figures import LabelTally, make_label_figures
from waqia.evaluate.mentions import main_mentions, type_trigger
from waqia.evaluate.splits import Split, choose_sample, split_of
from waqia.extract.casualties import read_attackers_killed
from waqia.extract.rules import build_extractor
from waqia.ingest.datasets.gtd import read_gtd_summaries
from waqia.ingest.datasets.wiki import read_wiki_incidents

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULT_DATA = SHARED_DATA / "gtd_eval_1000" / "gtd_eval_1000.csv"
WIKI_DATA = SHARED_DATA / "wiki_terror_incidents"
SPLITS = {"dev": (Split.DEV,), "heldout": (Split.HELD_OUT,), "all": (Split.DEV, Split.HELD_OUT)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=tuple(SPLITS), default="all")
    parser.add_argument("--show", type=int, default=0, help="print this many dev disagreements")
    parser.add_argument("--wiki", action="store_true", help="measure on the Wikipedia incident tables")
    parser.add_argument("--limit", type=int, default=2000, help="with --wiki: rows sampled per split")
    options = parser.parse_args()
    if options.wiki:
        return measure_wiki_types(split_names=options.split, limit=options.limit, show=options.show)
    if not options.data.exists():
        print(f"skipped: {options.data} is absent (the GTD reference data lives in ../shared/data)")
        return 0
    extractor = build_extractor()
    started = time.perf_counter()
    for split in SPLITS[options.split]:
        cases = [case for case in read_gtd_summaries(options.data) if split_of(case.split_key) is split]
        results = [
            (case, mentions)
            for case, (_, mentions) in zip(
                cases, extractor.extract_many([case.article for case in cases]), strict=True
            )
        ]
        confusion: Counter[tuple[str, str]] = Counter()
        shown = 0
        for case, mentions in results:
            attack = classify_attack_type(mentions, case.article.text, attempted_attacks=True)
            predicted = attack.value if attack else "(none)"
            confusion[case.attack_type, predicted] += 1
            if split is Split.DEV and predicted != case.attack_type and shown < options.show:
                shown += 1
                kinds = [(m.role.value, m.sub_event_type.value, type_trigger(m)) for m in mentions]
                print(f"{case.attack_type} -> {predicted} {kinds}\n    {case.article.text[:400]}")
        print(f"GTD attack type, {split.value} half, {len(results)} summaries")
        for figure in measure_gtd(results, read_attackers=read_attackers_killed):
            if figure.value is not None:
                convention = f" [{figure.convention}]" if figure.convention else ""
                counts = f" ({figure.counts})" if figure.counts else ""
                print(
                    f"  {figure.measure}{convention}: {figure.value:.3f} n={figure.support} "
                    f"{figure.detail}{counts}"
                )
        print("  confusion (gold -> predicted, foiled attacks count):")
        for (gold, predicted), count in sorted(confusion.items()):
            if gold != predicted:
                print(f"    {gold} -> {predicted}: {count}")
    print(f"{time.perf_counter() - started:.1f} s")
    return 0


def measure_wiki_types(*, split_names: str, limit: int, show: int) -> int:
    """Per-type multi-label F1 of the main mentions' GTD types against the rows' type phrases."""
    if not WIKI_DATA.exists():
        print(f"skipped: {WIKI_DATA} is absent (the Wikipedia tables live in ../shared/data)")
        return 0
    extractor = build_extractor()
    incidents = list(read_wiki_incidents(WIKI_DATA))
    for split in SPLITS[split_names]:
        cases = [case for case in incidents if split_of(case.split_key) is split]
        cases = choose_sample(cases, key=lambda case: case.split_key, limit=limit)
        tally = LabelTally()
        confusion: Counter[tuple[str, str]] = Counter()
        shown = 0
        for case, (_, mentions) in zip(
            cases, extractor.extract_many([case.article for case in cases]), strict=True
        ):
            text = case.article.text
            gold = {attack for phrase in case.types if (attack := attack_type_of_phrase(phrase))}
            if not gold:
                continue
            predicted = {a for m in main_mentions(mentions) if (a := attack_type_of(m, text)) is not None}
            tally.add(gold=gold, predicted=predicted)
            for attack in gold ^ predicted:
                confusion[attack.value, "missed" if attack in gold else "extra"] += 1
            if split is Split.DEV and gold != predicted and shown < show:
                shown += 1
                kinds = [(m.role.value, m.sub_event_type.value, type_trigger(m)) for m in mentions]
                named = sorted(attack.value for attack in gold), sorted(attack.value for attack in predicted)
                print(f"{named[0]} -> {named[1]} {case.types} {kinds}\n    {text[:400]}")
        print(f"Wikipedia incidents, {split.value} half, {tally.rows} rows with a GTD type")
        for figure in make_label_figures("type", tally, labels=tuple(AttackType)):
            if figure.value is not None:
                counts = f" ({figure.counts})" if figure.counts else ""
                print(f"  {figure.measure}: {figure.value:.3f} n={figure.support} {figure.detail}{counts}")
        for (label, kind), count in sorted(confusion.items()):
            print(f"    {label} {kind}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
