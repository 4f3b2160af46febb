"""The UCDP villages table (waqia/data/place_villages.csv) and the geocoder's use of it; regions read in a
country the article does not name."""

from __future__ import annotations

import pytest

from waqia.errors import GeocodingError
from waqia.geocode.aliases import (
    ALIAS_COLUMNS,
    AliasRow,
    load_alias_rows,
    load_village_rows,
    parse_alias_rows,
)
from waqia.geocode.base import GeoContext
from waqia.geocode.gazetteer import GazetteerGeocoder
from waqia.geocode.names import PlaceKind, make_name_key
from waqia.model import GeoPrecision

# Rough bounding boxes of the provinces the table may name (lat, lon ranges), to catch swapped columns.
PROVINCE_BOXES = {
    "Khyber Pakhtunkhwa": ((31.0, 36.95), (69.2, 74.2)),
    "Balochistan": ((24.8, 32.2), (60.8, 70.4)),
    "Sindh": ((23.6, 28.6), (66.6, 71.2)),
    "Punjab": ((27.6, 34.1), (69.3, 75.4)),
    "Azad Kashmir": ((32.8, 35.2), (73.2, 74.9)),
    "Gilgit-Baltistan": ((34.5, 37.1), (72.4, 77.9)),
}


@pytest.fixture(scope="module")
def villages() -> list[AliasRow]:
    return load_village_rows()


def test_the_table_loads_with_a_source_and_a_district_for_every_row(villages: list[AliasRow]) -> None:
    assert len(villages) >= 300
    for row in villages:
        assert row.kind is PlaceKind.TOWN
        assert row.country_code == "PK"
        assert row.admin1 in PROVINCE_BOXES, row
        assert row.admin2, row
        assert row.source.startswith("UCDP GED (CC BY 4.0)"), row
        (south, north), (west, east) = PROVINCE_BOXES[row.admin1]
        assert row.latitude is not None
        assert row.longitude is not None
        assert south <= row.latitude <= north, row
        assert west <= row.longitude <= east, row


def test_no_village_repeats_a_curated_place(villages: list[AliasRow]) -> None:
    curated = {make_name_key(name) for row in load_alias_rows() for name in row.all_names}
    assert not [row.name for row in villages if make_name_key(row.name) in curated]


def test_a_malformed_village_row_names_the_village_file() -> None:
    header = ",".join(ALIAS_COLUMNS)
    with pytest.raises(GeocodingError, match=r"place_villages\.csv line 2"):
        parse_alias_rows(f"{header}\nk,Kel,hamlet,,,PK,,,,,,,,,UCDP\n", filename="place_villages.csv")


@pytest.mark.parametrize("row_index", [0, 1, 2, -3, -2, -1])
def test_a_village_resolves_to_its_district(
    geocoder: GazetteerGeocoder, villages: list[AliasRow], row_index: int
) -> None:
    row = villages[row_index]
    place = geocoder.geocode(row.name, context=GeoContext(country_code="PK"))
    assert place is not None
    assert (place.name, place.admin1, place.admin2) == (row.name, row.admin1, row.admin2)
    assert place.geo_precision is (row.geo_precision or GeoPrecision.TOWN)


def test_villages_are_not_offered_for_tagging(geocoder: GazetteerGeocoder, villages: list[AliasRow]) -> None:
    # Many are also men's names ("Kalu Khan"): a village is read only where the text makes it a place.
    names = set(geocoder.known_names())
    assert not [row.name for row in villages if row.name in names]


def test_no_village_shadows_a_place_the_gazetteer_knew(geocoder: GazetteerGeocoder) -> None:
    for name, admin2 in (("Sadiqabad", "Rahim Yar Khan"), ("Batkhela", "Malakand"), ("Tanai", "Tani")):
        place = geocoder.geocode(name, context=GeoContext())
        assert place is not None
        assert place.admin2 == admin2
        assert not (place.gazetteer_id or "").startswith("village:")


@pytest.mark.parametrize(
    "name",
    [
        "PoK",
        "Pakistan-occupied Kashmir",
        "Pakistan-ruled Kashmir",
        "PoJK",
        "Pakistani-ruled Kashmir",
        "Pakistani-controlled Kashmir",
        "Azad (free) Kashmir",
    ],
)
def test_names_of_pakistani_kashmir(geocoder: GazetteerGeocoder, name: str) -> None:
    place = geocoder.geocode(name, context=GeoContext())
    assert place is not None
    assert (place.country_code, place.admin1) == ("PK", "Azad Kashmir")


@pytest.mark.parametrize("name", ["Neelum valley", "Neelam Valley", "Neelam"])
def test_the_neelum_valley_by_its_news_spellings(geocoder: GazetteerGeocoder, name: str) -> None:
    place = geocoder.geocode(name, context=GeoContext(country_code="PK"))
    assert place is not None
    assert (place.admin1, place.admin2) == ("Azad Kashmir", "Neelum")
