"""gazetteer.v1 on city neighbourhoods, izafa spellings, fuzzy first letters and names kept inside a place."""

from __future__ import annotations

from typing import Any

import pytest

from waqia.geocode.base import GeoContext
from waqia.geocode.gazetteer import GazetteerGeocoder
from waqia.model import GeoPrecision


@pytest.mark.parametrize(
    ("toponym", "context", "name", "admin2"),
    [
        # Inside the city the text names with it.
        ("Orangi Town", {"parent": "Karachi"}, "Orangi Town", "Karachi West"),
        ("Shahdara", {"parent": "Lahore"}, "Shahdara", "Lahore"),
        ("Saddar", {"parent": "Rawalpindi"}, "Saddar", "Rawalpindi"),
        ("Saddar", {"parent": "Karachi"}, "Saddar", "Karachi South"),
        # In a city the article names elsewhere (its dateline).
        ("Saddar", {"places": ("RAWALPINDI",)}, "Saddar", "Rawalpindi"),
        ("Hayatabad", {"places": ("Peshawar", "Khyber")}, "Hayatabad", "Peshawar"),
        # The only neighbourhood of its name, in a story about its country.
        ("Orangi", {"country_code": "PK"}, "Orangi Town", "Karachi West"),
        ("Lyari Town", {}, "Lyari", "Karachi South"),
        ("Shahdara", {"country_code": "PK"}, "Shahdara", "Lahore"),
        # Karachi's neighbourhoods as its copy spells them.
        ("F.B. Area", {"country_code": "PK"}, "Federal B Area", "Karachi Central"),
        ("Mithadar", {"parent": "Karachi"}, "Mithadar", "Karachi South"),
        ("Qasba Colony", {}, "Qasba Colony", "Karachi West"),
    ],
)
def test_neighbourhoods_resolve_inside_the_city_the_article_names(
    geocoder: GazetteerGeocoder, toponym: str, context: dict[str, Any], name: str, admin2: str
) -> None:
    place = geocoder.geocode(toponym, context=GeoContext(**context))
    assert place is not None
    assert (place.name, place.admin2) == (name, admin2)


@pytest.mark.parametrize(
    ("toponym", "context"),
    [
        # Two cities have a Saddar: without one of them named, it is neither.
        ("Saddar", {"country_code": "PK"}),
        ("Saddar", {"places": ("Quetta",)}),
        # A neighbourhood of a city in another province than the article's.
        ("Orangi Town", {"country_code": "PK", "admin1": "Punjab"}),
    ],
)
def test_neighbourhoods_need_their_city(
    geocoder: GazetteerGeocoder, toponym: str, context: dict[str, Any]
) -> None:
    assert geocoder.geocode(toponym, context=GeoContext(**context)) is None


@pytest.mark.parametrize(
    "spelling",
    ["Gulshan-e-Iqbal", "Gulshan e Iqbal", "Gulshan-i-Iqbal", "Gulshan Iqbal", "Gulshan e Iqbal Town"],
)
def test_izafa_spellings_meet(geocoder: GazetteerGeocoder, spelling: str) -> None:
    place = geocoder.geocode(spelling, context=GeoContext(parent="Karachi"))
    assert place is not None
    assert (place.name, place.admin2) == ("Gulshan-e-Iqbal", "Karachi East")


@pytest.mark.parametrize(
    ("spelling", "not_name"),
    [("Orangi", "Korangi"), ("Arachi", "Karachi"), ("Eshawar", "Peshawar")],
)
def test_fuzzy_matching_keeps_the_first_letter(
    geocoder: GazetteerGeocoder, spelling: str, not_name: str
) -> None:
    place = geocoder.geocode(spelling, context=GeoContext(country_code="PK", admin1="Punjab"))
    assert place is None or place.name != not_name


@pytest.mark.parametrize(
    ("toponym", "parent", "name", "precision"),
    [
        # An unknown area of a town keeps its name, near the town.
        ("Chamkani Mor", "Peshawar", "Chamkani Mor", GeoPrecision.NEAR_TOWN),
        # One or two letters name a block or a sector, not a place.
        ("R", "Karachi", "Karachi", GeoPrecision.TOWN),
        ("F-8", "Islamabad", "Islamabad", GeoPrecision.TOWN),
        # Inside a neighbourhood the neighbourhood is as precise as the gazetteer gets.
        ("Marwari", "Lyari Town", "Lyari", GeoPrecision.NEAR_TOWN),
        ("Chanab Pulli", "Iqbal Town", "Iqbal Town", GeoPrecision.NEAR_TOWN),
    ],
)
def test_names_kept_inside_a_place(
    geocoder: GazetteerGeocoder, toponym: str, parent: str, name: str, precision: GeoPrecision
) -> None:
    place = geocoder.geocode(toponym, context=GeoContext(country_code="PK", parent=parent))
    assert place is not None
    assert (place.name, place.geo_precision) == (name, precision)


@pytest.mark.parametrize(
    ("toponym", "admin2"), [("Torkham", "Khyber"), ("Takht Bhai", "Mardan"), ("Takht-i-Bahi", "Mardan")]
)
def test_towns_missing_from_geonames(geocoder: GazetteerGeocoder, toponym: str, admin2: str) -> None:
    place = geocoder.geocode(toponym, context=GeoContext(country_code="PK"))
    assert place is not None
    assert place.admin2 == admin2


@pytest.mark.parametrize(
    ("toponym", "context", "name", "admin2"),
    [
        # Quarters and landmarks the news names without their city: each is the only one of its name.
        ("Qissa Khwani Bazaar", {"country_code": "PK"}, "Qissa Khwani", "Peshawar"),
        ("Data Darbar", {"country_code": "PK"}, "Data Darbar", "Lahore"),
        ("Latifabad", {"country_code": "PK", "admin1": "Sindh"}, "Latifabad", "Hyderabad"),
        ("Sariab Road", {"parent": "Quetta"}, "Sariab", "Quetta"),
        # A quarter two cities have is in the one the context names.
        ("Satellite Town", {"places": ("Quetta",)}, "Satellite Town", "Quetta"),
        ("Satellite Town", {"places": ("Rawalpindi", "Islamabad")}, "Satellite Town", "Rawalpindi"),
        # Towns the news spells otherwise than GeoNames, or that GeoNames lacks or files elsewhere.
        ("Nowshera Virkan", {"country_code": "PK"}, "Naushahra Virkan", "Gujranwala"),
        ("Shorkot", {"country_code": "PK"}, "Shorkot", "Jhang"),
        ("Thall", {"country_code": "PK"}, "Thal", "Hangu"),
        ("Tatta Pani", {"country_code": "PK"}, "Tatta Pani", "Kotli"),
        ("Takht-i-Nasrati", {"country_code": "PK"}, "Takht-e-Nasrati", "Karak"),
        # The context still picks GeoNames' namesake where it names that district.
        ("Thal", {"country_code": "PK", "admin2": "Upper Dir"}, "Thal", "Upper Dir"),
    ],
)
def test_quarters_and_towns_of_the_alias_table(
    geocoder: GazetteerGeocoder, toponym: str, context: dict[str, Any], name: str, admin2: str
) -> None:
    place = geocoder.geocode(toponym, context=GeoContext(**context))
    assert place is not None
    assert (place.name, place.admin2) == (name, admin2)


def test_a_quarter_two_cities_have_needs_its_city(geocoder: GazetteerGeocoder) -> None:
    assert geocoder.geocode("Satellite Town", context=GeoContext(country_code="PK")) is None
