"""Province and district of the places UCDP GED describes in Pakistan, through the whole extractor.

Usage: .venv/bin/python benchmarks/geocode_ucdp.py [--data DIR] [--split dev|heldout|all] [--show N]
                                                    [--markdown FILE]

UCDP GED (CC BY 4.0, ../shared/data/ucdp_ged_pakistan, never copied into the repo) codes each event's place
in the words of the news it read ("Killi Lop area of Wadh tehsil in Khuzdar district", "Mohammad Khel town,
NW") with the province (adm_1) and district (adm_2) its coders found. Each distinct description becomes a
one-sentence report ("Two people were killed in an attack in <description>.") and goes through
`build_extractor()`; its first main mention's place is compared with the coders' units:

- province: adm_1, with the Federally Administered Tribal Areas read as Khyber Pakhtunkhwa (merged in 2018;
  waqia uses current units); descriptions UCDP places at province level or above (where_prec 4-6) are
  left out of the district figure only.
- district: adm_2 with its kind word ("district", "agency") left out, UCDP's pre-2018 units read as today's
  (a frontier region as the district it joined, Karachi as any of its districts, Bolan as Kachhi).

A description that yields no event or no place counts as a miss. Halves are fixed by the sha256 of the
description (`waqia.evaluate.splits.split_of`); only dev rows are printed. The villages table
(waqia/data/place_villages.csv) is built from these same UCDP events, so both halves hold names it took
from them; to see how it carries to descriptions it was not built from, rebuild it from the dev half only
(`scripts/build_place_villages.py --dev-only`) and read the held-out row. The halves split descriptions,
not names: a village named in both halves counts as seen, so that row overstates what the table does for
places it has never seen.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from waqia.evaluate.splits import Split, split_of
from waqia.extract.rules import build_extractor
from waqia.geocode.base import Geocoder, GeoContext
from waqia.geocode.gazetteer import build_geocoder
from waqia.ingest.datasets.ucdp import read_ucdp_places
from waqia.model import Article, Mention, Place, Role, make_article_id

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ucdp_ged_pakistan"
SPLITS = {"dev": (Split.DEV,), "heldout": (Split.HELD_OUT,), "all": (Split.DEV, Split.HELD_OUT)}
# UCDP's district spellings and pre-2018 units, as the district that holds them today.
DISTRICT_NOW = {
    "fr kohat": "kohat",
    "fr tank - jandola": "tank",
    "fr peshawar": "peshawar",
    "fr bannu - mir ali": "bannu",
    "fr dera ismail khan": "dera ismail khan",
    "fr lakki marwat": "lakki marwat",
    "bolan": "kachhi",
    "nasirabad": "naseerabad",
    "karachi": "karachi",
}
PAKISTAN_DISTRICT = GeoContext(country_code="PK", is_district=True)
# UCDP's where_prec up to which the district (adm_2) is part of the gold.
DISTRICT_PRECISION = 3
_KIND = re.compile(r"\s+(?:district|agency)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    description: str
    province: str
    district: str | None


def read_rows(folder: Path) -> list[Row]:
    """Distinct (description, province, district) triples."""
    seen: dict[tuple[str, str, str | None], Row] = {}
    for place in read_ucdp_places(next(folder.glob("*.csv"))):
        if not place.description or place.province is None:
            continue
        district = place.district if place.precision <= DISTRICT_PRECISION else ""
        row = Row(description=place.description, province=place.province, district=district or None)
        seen.setdefault((row.description, row.province, row.district), row)
    return list(seen.values())


def district_key(name: str, geocoder: Geocoder) -> str:
    """The district's name as the gazetteer spells it ("Bhimber" and "Bhimbar" are one district)."""
    key = _KIND.sub("", name.strip()).lower()
    key = DISTRICT_NOW.get(key, key)
    if key.startswith("karachi"):
        return "karachi"
    place = geocoder.geocode(key, context=PAKISTAN_DISTRICT)
    return place.admin2.lower() if place is not None and place.admin2 else key


def rate(tally: Counter[bool]) -> str:
    return f"{tally[True] / max(1, tally.total()):.3f} ({tally[True]}/{tally.total()})"


def first_place(mentions: Sequence[Mention]) -> Place | None:
    """The place of the first main mention that has one."""
    return next((m.place for m in mentions if m.role is Role.MAIN and m.place is not None), None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=tuple(SPLITS), default="all")
    parser.add_argument("--pakistan", action="store_true", help="add a sentence naming Pakistan")
    parser.add_argument("--show", type=int, default=0, help="print this many dev misses")
    parser.add_argument("--markdown", type=Path, help="also write the figures as a Markdown section")
    options = parser.parse_args()
    if not options.data.exists():
        why = f"{options.data} is absent (the UCDP reference data lives in ../shared/data)"
        print(f"skipped: {why}")
        if options.markdown is not None:
            options.markdown.write_text(f"### ucdp-places\n\nskipped: {why}\n\n", encoding="utf-8")
        return 0
    rows = read_rows(options.data)
    extractor = build_extractor()
    geocoder = build_geocoder()
    context = " The attack took place in Pakistan." if options.pakistan else ""
    shown = 0
    table = ["| half | province | district |", "| --- | --- | --- |"]
    for split in SPLITS[options.split]:
        chosen = [row for row in rows if split_of(row.description) is split]
        texts = [f"Two people were killed in an attack in {row.description}.{context}" for row in chosen]
        articles = [Article(article_id=make_article_id(url=None, text=text), text=text) for text in texts]
        province = Counter[bool]()
        district = Counter[bool]()
        for row, (_, mentions) in zip(chosen, extractor.extract_many(articles), strict=True):
            place = first_place(mentions)
            right_province = place is not None and place.admin1 == row.province
            # Karachi is a city of several districts; UCDP codes its pre-2011 single district.
            karachi = place is not None and place.name == "Karachi" and place.admin2 is None
            province[right_province] += 1
            if row.district is not None:
                right_district = karachi or (
                    place is not None
                    and place.admin2 is not None
                    and district_key(place.admin2, geocoder) == district_key(row.district, geocoder)
                )
                district[right_district] += 1
            else:
                right_district = True
            if split is Split.DEV and shown < options.show and not (right_province and right_district):
                shown += 1
                found = f"{place.name} / {place.admin2} / {place.admin1}" if place else "no place"
                print(f"  {row.description!r} -> {found}; gold {row.district} / {row.province}")
        print(f"{split.value}: province {rate(province)}, district {rate(district)}")
        table.append(f"| {split.value} (n={len(chosen)}) | {rate(province)} | {rate(district)} |")
    if options.markdown is not None:
        lines = [
            "### ucdp-places",
            "",
            f"`ucdp_ged_pakistan`: {len(rows)} distinct place descriptions; `benchmarks/geocode_ucdp.py`.",
            "",
            *table,
            "",
            "- Each description UCDP GED's coders wrote for an event's place becomes a one-sentence report "
            "for the whole extractor; province and district are its first main mention's, against UCDP's "
            "adm_1/adm_2 (FATA as Khyber Pakhtunkhwa, frontier regions as the district they joined).",
            "- The villages table is built from these UCDP events, so both halves hold names it took from "
            "them; `scripts/build_place_villages.py --dev-only` rebuilds it from the dev half to measure "
            "held-out on descriptions it was not built from (a village named in both halves still counts "
            "as seen).",
            "",
        ]
        options.markdown.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
