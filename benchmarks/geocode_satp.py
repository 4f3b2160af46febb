"""Measure gazetteer.v1 on SATP's hand-annotated Pakistan locations: admin1 agreement with the gold province.

Usage: python benchmarks/geocode_satp.py [path/to/satp_annotated_master.csv]

Each annotated row lists place strings without order ("['Awaran', 'Balochistan']"). The province among
them is the gold admin1; the other strings are geocoded in turn (context: Pakistan) and the first that
resolves gives the predicted admin1. FATA counts as Khyber Pakhtunkhwa, into which it merged in 2018.
"""

from __future__ import annotations

import ast
import csv
import sys
import time
from collections import Counter
from pathlib import Path

from waqia.geocode.base import GeoContext
from waqia.geocode.gazetteer import build_geocoder
from waqia.geocode.names import make_name_key

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2] / "shared/data/satp_annotated_osorio_lab/satp_annotated_master.csv"
)
# Gold province spellings in the annotations, written out here so the gold does not depend on the geocoder.
GOLD_PROVINCES = {
    "sindh": "Sindh",
    "balochistan": "Balochistan",
    "baluchistan": "Balochistan",
    "khyber pakhtunkhwa": "Khyber Pakhtunkhwa",
    "kp": "Khyber Pakhtunkhwa",
    "kpk": "Khyber Pakhtunkhwa",
    "fata": "Khyber Pakhtunkhwa",
    "federally administered tribal areas": "Khyber Pakhtunkhwa",
    "punjab": "Punjab",
    "gilgit baltistan": "Gilgit-Baltistan",
    "azad kashmir": "Azad Kashmir",
    "islamabad capital territory": "Islamabad Capital Territory",
}
NOT_PLACES = {"notspecified", "pakistan", "afghanistan"}


def read_rows(path: Path) -> list[dict[str, str]]:
    """Pakistan rows with a location, one per SATP id (some ids were annotated twice)."""
    with path.open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["country"] == "pakistan"]
    unique: dict[str, dict[str, str]] = {}
    for row in rows:
        if row["location"] != "['NotSpecified']":
            unique.setdefault(row["id"], row)
    return list(unique.values())


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_PATH
    if not path.exists():
        print(f"skipped: {path} is absent (the SATP annotations live in ../shared/data)")
        return 0
    started = time.perf_counter()
    geocoder = build_geocoder()
    load_seconds = time.perf_counter() - started
    context = GeoContext(country_code="PK")
    counts: Counter[str] = Counter()
    disagreements: list[str] = []
    items_tried = items_resolved = 0
    for row in read_rows(path):
        names = [str(name) for name in ast.literal_eval(row["location"])]
        gold = next(
            (GOLD_PROVINCES[k] for name in names if (k := make_name_key(name)) in GOLD_PROVINCES), None
        )
        others = [
            n for n in names if make_name_key(n) not in GOLD_PROVINCES and make_name_key(n) not in NOT_PLACES
        ]
        predicted = None
        for name in others:
            items_tried += 1
            place = geocoder.geocode(name, context=context)
            if place is not None:
                items_resolved += 1
                predicted = predicted or place
        counts["rows"] += 1
        if gold is None or not others:
            continue
        counts["gold_province"] += 1
        if predicted is None:
            counts["unresolved"] += 1
            disagreements.append(f"  unresolved  {names}")
        elif predicted.admin1 == gold:
            counts["agree"] += 1
        else:
            disagreements.append(f"  {predicted.name} -> {predicted.admin1}, gold {gold}: {names}")
    with_gold = counts["gold_province"]
    print(f"geocoder load: {load_seconds:.2f} s")
    print(
        f"Pakistan rows with a location: {counts['rows']}; "
        f"with a gold province and another place: {with_gold}"
    )
    if with_gold:
        print(f"admin1 agreement: {counts['agree']}/{with_gold} = {counts['agree'] / with_gold:.1%}")
        resolved = with_gold - counts["unresolved"]
        print(
            f"  of the resolved ones: {counts['agree']}/{resolved} = {counts['agree'] / max(resolved, 1):.1%}"
        )
    print(
        f"place strings resolved: {items_resolved}/{items_tried} = {items_resolved / max(items_tried, 1):.1%}"
    )
    print("disagreements:")
    print("\n".join(disagreements))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
