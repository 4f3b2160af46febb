"""Relevance and the Pakistan fields of rules.v1 on SATP-style paragraphs labelled with them (issue #3).

Usage: .venv/bin/python benchmarks/extract_fields_satp_style.py --data benchmarks/data/satp_style4.tsv
       [--half dev|held-out|both] [--show N]

The TSV has the columns id, EventSnippet, relevant (1 or 0), province, district, place and perpetrator
(the last four filled on relevant rows only; place and perpetrator may be empty). Per half (sha256 of the
row id: even dev, odd held-out) it reports relevance F1 (a main event of political violence, as the SATP
sets measure it) and, over the relevant rows, how often the primary mention (the first main mention of
political violence) has the gold province, district and place, and the gold perpetrator (where the row
names one; read through the actor dictionary as in Pakistan) or none (where the row names none). Names
are compared with the place alias table's spellings folded together, as `waqia evaluate` does.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from waqia.cli.evaluate import place_normaliser
from waqia.evaluate.mentions import choose_primary, is_political_violence, reports_violence
from waqia.extract.actors import load_actor_dictionary
from waqia.extract.rules import build_extractor
from waqia.model import Actor, Article

FIELDS = ("province", "district", "place", "perpetrator", "no perpetrator")


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    row_id: str
    text: str
    relevant: bool
    province: str
    district: str
    place: str
    perpetrator: str
    half: str


def read_rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Row(
                row_id=record["id"],
                text=record["EventSnippet"],
                relevant=record["relevant"] == "1",
                province=record["province"],
                district=record["district"],
                place=record["place"],
                perpetrator=record["perpetrator"],
                half="dev"
                if int(hashlib.sha256(record["id"].encode()).hexdigest(), 16) % 2 == 0
                else "held-out",
            )
            for record in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="a SATP-style TSV with field columns")
    # While rules are written only the dev half is looked at; the held-out half is scored once at the end.
    parser.add_argument("--half", choices=("dev", "held-out", "both"), default="both", help="halves to score")
    parser.add_argument("--show", type=int, default=0, help="print this many dev disagreements")
    options = parser.parse_args()
    if not options.data.exists():
        print(f"skipped: {options.data} is absent")
        return 0
    rows = [row for row in read_rows(options.data) if options.half in ("both", row.half)]
    extractor = build_extractor()
    actors = load_actor_dictionary()
    key = place_normaliser()

    def resolve(name: str) -> Actor | None:
        actor = actors.resolve_name(name)
        return actors.choose_branch(actor, country_code="PK") if actor else None

    relevance: dict[str, Counter[tuple[bool, bool]]] = {"dev": Counter(), "held-out": Counter()}
    fields: dict[str, Counter[tuple[str, bool]]] = {"dev": Counter(), "held-out": Counter()}
    shown = 0
    articles = [Article(article_id=f"satp-{row.row_id}", text=row.text) for row in rows]
    for row, (_, mentions) in zip(rows, extractor.extract_many(articles), strict=True):
        relevance[row.half][(row.relevant, reports_violence(mentions))] += 1
        if not row.relevant:
            continue
        primary = choose_primary(mentions, prefer=is_political_violence)
        place = primary.place if primary else None
        acted = primary.perpetrator if primary else None
        checks = {
            "province": place is not None and place.admin1 == row.province,
            "district": place is not None
            and place.admin2 is not None
            and key(place.admin2) == key(row.district),
        }
        if row.place:
            checks["place"] = place is not None and key(place.name) == key(row.place)
        if row.perpetrator:
            gold, predicted = resolve(row.perpetrator), (resolve(acted.name) or acted) if acted else None
            checks["perpetrator"] = gold is not None and predicted is not None and gold.name == predicted.name
        else:
            checks["no perpetrator"] = acted is None
        for field, right in checks.items():
            fields[row.half][(field, right)] += 1
        wrong = [field for field, right in checks.items() if not right]
        if row.half == "dev" and wrong and shown < options.show:
            shown += 1
            found = (place.name, place.admin2, place.admin1) if place else None
            print(f"{row.row_id}: {', '.join(wrong)}; predicted {found}, {acted.name if acted else None}")
            print(f"    {row.text[:300]}")
    print(f"SATP-style fields: {options.data.name} ({len(rows)} rows)")
    for half in ("dev", "held-out"):
        if options.half not in ("both", half):
            continue
        counts = relevance[half]
        tp, fp, fn = counts[(True, True)], counts[(False, True)], counts[(True, False)]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"  {half:9s} relevance F1={f1:.3f} (P {precision:.3f} R {recall:.3f}; fp {fp}, fn {fn})")
        for field in FIELDS:
            hits = fields[half][(field, True)]
            total = hits + fields[half][(field, False)]
            if total:
                print(f"    {field:14s} {hits}/{total} = {hits / total:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
