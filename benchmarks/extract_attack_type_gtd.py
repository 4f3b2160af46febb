"""GTD attack type of rules.v1 mentions against GTD incident summaries: macro-F1 on dev and held-out.

Usage: .venv/bin/python benchmarks/extract_attack_type_gtd.py [--data PATH] [--split SPLIT] [--show N]

The mapping from the extractor's mentions to GTD's attack types is the library's
`waqia.evaluate.attack_types.classify_attack_type` (codebook definitions in that module), and the figures are
those of `waqia evaluate --dataset gtd` (`measure_gtd`, over the GTD types gold uses, Unknown rows left out),
so the two agree. Killed and injured exact are printed too, with the row that counts perpetrators as GTD's
nkill does (`read_attackers_killed`, which `waqia evaluate` gives only once its CLI passes the reader in).
This script adds the per-type F1 with its counts, the confusion of gold and predicted
types, and (with --show) dev disagreements to study. The halves are fixed by the sha256 of the summary; only
dev rows are read while writing rules. Rows come from ../shared/data/gtd_eval_1000 (START/UMD GTD,
non-commercial research) and are never copied into the project.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from waqia.evaluate.attack_types import classify_attack_type
from waqia.evaluate.datasets.gtd import measure_gtd
from waqia.evaluate.mentions import type_trigger
from waqia.evaluate.splits import Split, split_of
from waqia.extract.casualties import read_attackers_killed
from waqia.extract.rules import build_extractor
from waqia.ingest.datasets.gtd import read_gtd_summaries

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "gtd_eval_1000" / "gtd_eval_1000.csv"
SPLITS = {"dev": (Split.DEV,), "heldout": (Split.HELD_OUT,), "all": (Split.DEV, Split.HELD_OUT)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=tuple(SPLITS), default="all")
    parser.add_argument("--show", type=int, default=0, help="print this many dev disagreements")
    options = parser.parse_args()
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


if __name__ == "__main__":
    sys.exit(main())
