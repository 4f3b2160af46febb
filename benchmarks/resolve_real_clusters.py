"""Resolution on real records of the same incidents: GTD's Pakistan suicide attacks and Pakistan Body
Count's list, 2007-2017, each row treated as one outlet's report (reference data in ../shared/data).

Neither list cites the other, so there is no gold key. What is measured:
- how many Pakistan Body Count (PBC) attacks found a GTD record of the same attack (cross-source merges);
- how many events hold two rows of the same list: GTD splits some attacks into several rows (a second
  bomber, a second target), PBC never lists an attack twice, so a PBC-PBC merge is an error;
- a check of the cross-source merges against a strict reference (same day, same city within 10 km, tolls
  within 30 %), which a human would accept without reading the records.

Run: .venv/bin/python benchmarks/resolve_real_clusters.py
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

from waqia.model import (
    Casualties,
    DatePrecision,
    DateSpan,
    GeoPrecision,
    Mention,
    Place,
    Role,
    SubEventType,
)
from waqia.resolve.cluster import Resolver
from waqia.resolve.features import MentionFeatures, describe_mention
from waqia.resolve.similarity import haversine_km

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
GTD = DATA / "gtd_pakistan_structured" / "pakistan_gtd_2007_2018_structured.csv"
PBC = DATA / "pakistan_suicide_drone" / "PakistanSuicideAttacks.csv"
YEARS = range(2007, 2018)
# The two lists name provinces differently; FATA was merged into Khyber Pakhtunkhwa in 2018, after both.
PROVINCES = {
    "kpk": "Khyber Pakhtunkhwa",
    "fata": "Federally Administered Tribal Areas",
    "baluchistan": "Balochistan",
    "capital": "Islamabad Capital Territory",
    "ajk": "Azad Kashmir",
}
MONTHS = {
    name: number
    for number, name in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}


def _mention(
    source: str,
    row_id: str,
    *,
    day: date,
    city: str,
    province: str,
    lat: float,
    lon: float,
    killed: tuple[int | None, int | None],
) -> Mention:
    place = Place(
        name=city.strip(),
        country="Pakistan",
        country_code="PK",
        admin1=PROVINCES.get(province.strip().casefold(), province.strip()),
        latitude=lat,
        longitude=lon,
        geo_precision=GeoPrecision.TOWN,
    )
    return Mention(
        mention_id=f"{source}-{row_id}",
        article_id=f"{source}-{row_id}",
        role=Role.MAIN,
        event_type=SubEventType.SUICIDE_BOMB.event_type,
        sub_event_type=SubEventType.SUICIDE_BOMB,
        when=DateSpan(earliest=day, latest=day, precision=DatePrecision.DAY),
        place=place,
        casualties=Casualties(killed_min=killed[0], killed_max=killed[1]),
    )


def _number(value: str) -> int | None:
    try:
        return int(float(value))
    except ValueError:
        return None


def load_gtd() -> list[Mention]:
    found = []
    with GTD.open(encoding="utf-8-sig") as stream:
        for index, row in enumerate(csv.DictReader(stream)):
            if row["suicide"] != "1" or int(row["iyear"]) not in YEARS or not row["latitude"]:
                continue
            if row["iday"] == "0" or row["imonth"] == "0":
                continue
            killed = _number(row["nkill"])
            found.append(
                _mention(
                    "gtd",
                    str(index),
                    day=date(int(row["iyear"]), int(row["imonth"]), int(row["iday"])),
                    city=row["city"],
                    province=row["provstate"],
                    lat=float(row["latitude"]),
                    lon=float(row["longitude"]),
                    killed=(killed, killed),
                )
            )
    return found


def load_pbc() -> list[Mention]:
    found = []
    with PBC.open(encoding="latin-1") as stream:
        for row in csv.DictReader(stream):
            _, month_day, year = row["Date"].rsplit("-", 2)[0], *row["Date"].rsplit("-", 2)[1:]
            month, day_number = month_day.split()
            if int(year) not in YEARS or not row["Latitude"]:
                continue
            found.append(
                _mention(
                    "pbc",
                    row["S#"],
                    day=date(int(year), MONTHS[month.casefold()], int(day_number)),
                    city=row["City"],
                    province=row["Province"],
                    # A few coordinates carry a stray underscore in the source file.
                    lat=float(row["Latitude"].strip("_ ")),
                    lon=float(row["Longitude"].strip("_ ")),
                    killed=(_number(row["Killed Min"]), _number(row["Killed Max"])),
                )
            )
    return found


def _strictly_same(first: MentionFeatures, second: MentionFeatures) -> bool:
    if first.when != second.when or first.place is None or second.place is None:
        return False
    points = ((first.place.latitude, first.place.longitude), (second.place.latitude, second.place.longitude))
    if any(value is None for point in points for value in point):
        return False
    near = haversine_km(points[0], points[1]) <= 10  # type: ignore[arg-type]
    tolls = [value for value in (first.killed_min, second.killed_min) if value is not None]
    close = len(tolls) < 2 or abs(tolls[0] - tolls[1]) <= max(2, 0.3 * max(tolls))
    return near and close


def main() -> None:
    if not GTD.exists() or not PBC.exists():
        print(f"reference data not found under {DATA}: nothing to measure")
        sys.exit(0)
    published = datetime(2018, 1, 1, tzinfo=UTC)
    features = {m.mention_id: describe_mention(m, published_at=published) for m in (*load_gtd(), *load_pbc())}
    ordered = sorted(features.values(), key=lambda f: (f.when.earliest if f.when else date.min, f.mention_id))
    resolver = Resolver()
    resolver.add_all(ordered)
    events = resolver.events()
    sources = [Counter(m.split("-")[0] for m in event.mention_ids) for event in events]
    pbc_total = sum(1 for m in features if m.startswith("pbc"))
    gtd_total = len(features) - pbc_total
    cross = [event for event, count in zip(events, sources, strict=True) if count["pbc"] and count["gtd"]]
    pbc_matched = sum(count["pbc"] for count in sources if count["gtd"])
    double_pbc = sum(1 for count in sources if count["pbc"] > 1)
    double_gtd = sum(1 for count in sources if count["gtd"] > 1)
    strict_pairs = 0
    cross_pairs = 0
    for event in cross:
        pbc = [features[m] for m in event.mention_ids if m.startswith("pbc")]
        gtd = [features[m] for m in event.mention_ids if m.startswith("gtd")]
        for first in pbc:
            cross_pairs += len(gtd)
            strict_pairs += sum(_strictly_same(first, second) for second in gtd)
    gtd_rows = [g for g in features.values() if g.mention_id.startswith("gtd")]
    pbc_rows = [p for p in features.values() if p.mention_id.startswith("pbc")]
    reference = sum(any(_strictly_same(p, g) for g in gtd_rows if g.when == p.when) for p in pbc_rows)
    print(
        f"GTD suicide attacks {gtd_total}, PBC suicide attacks {pbc_total} ({YEARS.start}-{YEARS.stop - 1})"
    )
    print(f"events: {len(events)}; with both lists: {len(cross)}")
    print(
        f"PBC attacks merged with a GTD record: {pbc_matched} of {pbc_total} ({pbc_matched / pbc_total:.1%})"
    )
    share = reference / pbc_total
    print(f"PBC attacks with a strictly-same GTD record (reference): {reference} ({share:.1%})")
    print(f"cross-source pairs merged: {cross_pairs}, of which strictly the same: {strict_pairs}")
    print(f"events with two PBC rows (errors): {double_pbc}; with two or more GTD rows: {double_gtd}")


if __name__ == "__main__":
    main()
