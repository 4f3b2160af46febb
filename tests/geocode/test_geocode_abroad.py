"""gazetteer.v1 outside the focus countries (issue #3): towns, provinces and districts of the whole world."""

from __future__ import annotations

from typing import Any

import pytest

from waqia.geocode.base import GeoContext
from waqia.geocode.gazetteer import GazetteerGeocoder
from waqia.geocode.index import make_bare_admin_name
from waqia.geocode.names import (
    PlaceKind,
    make_arabic_variants,
    name_as_written,
    parse_toponym,
    strip_arabic_article,
)
from waqia.model import GeoPrecision

TOWN, REGION = GeoPrecision.TOWN, GeoPrecision.REGION


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("fallujah", ["falluja", "al fallujah", "al falluja"]),
        ("haditha", ["hadithah", "al haditha", "al hadithah"]),
        ("al sukhnah", ["sukhnah", "sukhna", "as sukhnah", "as sukhna", "al sukhnah", "al sukhna"]),
        ("shaddadah", ["shaddada", "ash shaddadah", "ash shaddada", "al shaddadah", "al shaddada"]),
        # Too short to guess at.
        ("al bab", []),
    ],
)
def test_make_arabic_variants(key: str, expected: list[str]) -> None:
    assert sorted(make_arabic_variants(key)) == sorted(variant for variant in expected if variant != key)


@pytest.mark.parametrize(("key", "spelling"), [("tal afar", "tall 'afar"), ("afrin", "'afrin")])
def test_arabic_variants_write_the_ayn_and_tall(key: str, spelling: str) -> None:
    assert spelling in make_arabic_variants(key)


@pytest.mark.parametrize(
    ("key", "stripped"),
    [("ash shaddadah", "shaddadah"), ("al anbar", "anbar"), ("alamo", "alamo"), ("al", "al")],
)
def test_strip_arabic_article(key: str, stripped: str) -> None:
    assert strip_arabic_article(key) == stripped


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Al-Shirqat district", "Al-Shirqat"),
        ("the Tal Afar area", "Tal Afar"),
        ("Savogna d'Isonzo", "Savogna d'Isonzo"),
        ("Mosul's", "Mosul"),
        ("Hawījah", "Hawijah"),
        # A kind word alone is the name.
        ("District", "District"),
    ],
)
def test_name_as_written(text: str, written: str) -> None:
    assert name_as_written(text) == written


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Provincia de Satipo", "Satipo"),
        ("Amphoe Kapho", "Kapho"),
        ("Midyat İlçesi", "Midyat"),
        ("Kabupaten Nduga", "Nduga"),
        ("Alameda County", "Alameda"),
        ("Departamento de La Paz", "La Paz"),
        # Mozambique's districts.
        ("Circunscrição de Palma", "Palma"),
        # Nothing is left without the unit word: the name stays.
        ("County", "County"),
        ("Khuzdar District", "Khuzdar"),
    ],
)
def test_make_bare_admin_name(name: str, bare: str) -> None:
    assert make_bare_admin_name(name) == bare


@pytest.mark.parametrize(
    ("text", "key", "kind"),
    [
        ("Borno State", "borno", PlaceKind.PROVINCE),
        ("Anbar governorate", "anbar", PlaceKind.PROVINCE),
        ("Donetsk Oblast", "donetsk", PlaceKind.PROVINCE),
    ],
)
def test_unit_words_abroad_are_kind_hints(text: str, key: str, kind: PlaceKind) -> None:
    parsed = parse_toponym(text)
    assert (parsed.key, parsed.kind_hint) == (key, kind)


# toponym, context, expected (country_code, admin1 or None to skip, precision)
CASES: list[tuple[str, dict[str, Any], tuple[str, str | None, GeoPrecision]]] = [
    # A city named like its province is the city.
    ("Moscow", {}, ("RU", None, TOWN)),
    ("Beirut", {}, ("LB", None, TOWN)),
    # A country before a same-named province, unless the context is that province's country.
    ("Niger", {}, ("NE", None, REGION)),
    ("Niger", {"country_code": "NG"}, ("NG", "Niger", REGION)),
    ("Democratic Republic of Congo", {}, ("CD", None, REGION)),
    ("Borno State", {}, ("NG", "Borno", REGION)),
    # GeoNames spells these with the Arabic article or a final "h".
    ("Hawija", {}, ("IQ", "Kirkuk", TOWN)),
    ("Fallujah", {}, ("IQ", "Al Anbar", TOWN)),
    ("Al-Sukhnah", {}, ("SY", "Homs", TOWN)),
    ("Raqqa", {}, ("SY", None, TOWN)),
    ("Tal Afar", {}, ("IQ", "Nineveh", TOWN)),
    # A town before a district of the same name in another country that GeoNames gives no population.
    ("Colombo", {}, ("LK", None, TOWN)),
    ("Vic", {}, ("ES", "Catalonia", TOWN)),
    # Stop-listed words that are also countries' names.
    ("Chile", {}, ("CL", None, REGION)),
    ("Chad", {}, ("TD", None, REGION)),
    # One letter away from GeoNames' spelling, in the country the context names.
    ("Avdiivka", {"country_code": "UA"}, ("UA", "Donetsk", TOWN)),
    ("Groznyy", {"country_code": "RU"}, ("RU", "Chechnya", TOWN)),
    # Districts of the world, named without their unit word in the local language.
    ("Lanao del Sur", {}, ("PH", None, REGION)),
    ("Satipo province", {"country_code": "PE"}, ("PE", None, REGION)),
    # Counties and departments, with their unit word; a name GeoNames keeps whole stays whole.
    ("Lamu County", {}, ("KE", "Lamu", REGION)),
    ("Concepción Department", {}, ("PY", "Concepcion", REGION)),
    ("Montgomery County", {}, ("US", None, REGION)),
    # Units named in several words or in French: Nigeria's local government areas, Mali's cercles.
    ("Mafa Local Government Area", {}, ("NG", "Borno", REGION)),
    ("Jere LGA", {}, ("NG", "Borno", REGION)),
    ("Koro Cercle", {}, ("ML", "Mopti", REGION)),
    ("Department of Cesar", {}, ("CO", "Cesar", REGION)),
    # A compass part of a town is near the town; a name with a compass word stays that name.
    ("West Kirkuk", {}, ("IQ", "Kirkuk", GeoPrecision.NEAR_TOWN)),
    ("southern Kaduna", {}, ("NG", "Kaduna", GeoPrecision.NEAR_TOWN)),
    ("South Africa", {}, ("ZA", None, REGION)),
    ("North Waziristan", {}, ("PK", "Khyber Pakhtunkhwa", REGION)),
    # A district of Mozambique, which GeoNames names "Circunscrição de Palma".
    ("the Palma District", {"country_code": "MZ"}, ("MZ", "Cabo Delgado", REGION)),
    # A town named with its province, where another country's province of that name is found first.
    ("Canalete", {"parent": "Córdoba"}, ("CO", "Cordoba", TOWN)),
    ("Tierralta", {"parent": "Cordoba Department"}, ("CO", "Cordoba", TOWN)),
]


@pytest.mark.parametrize(
    ("toponym", "parent", "name", "country_code"),
    [
        # Not found in the province the text names, and the town found elsewhere is in no unit of that
        # name: kept by name at the province's point.
        ("Kordan", "Balochistan", "Kordan", "PK"),
        # Found inside the parent: the parent's own country wins over the namesake abroad.
        ("Mandan", "Bannu", "Mandan", "PK"),
    ],
)
def test_a_parent_keeps_names_it_does_not_know_unless_they_lie_in_a_unit_of_its_name(
    geocoder: GazetteerGeocoder, toponym: str, parent: str, name: str, country_code: str
) -> None:
    place = geocoder.geocode(toponym, context=GeoContext(parent=parent))
    assert place is not None
    assert (place.name, place.country_code) == (name, country_code)


@pytest.mark.parametrize(("toponym", "context", "expected"), CASES)
def test_places_abroad(
    geocoder: GazetteerGeocoder,
    toponym: str,
    context: dict[str, Any],
    expected: tuple[str, str | None, GeoPrecision],
) -> None:
    place = geocoder.geocode(toponym, context=GeoContext(**context))
    assert place is not None
    country_code, admin1, precision = expected
    assert (place.country_code, place.geo_precision) == (country_code, precision)
    if admin1 is not None:
        assert place.admin1 == admin1


@pytest.mark.parametrize(("toponym", "name"), [("Hawija", "Hawija"), ("Fallujah", "Fallujah")])
def test_a_town_found_by_its_arabic_spelling_keeps_the_text_spelling(
    geocoder: GazetteerGeocoder, toponym: str, name: str
) -> None:
    place = geocoder.geocode(toponym, context=GeoContext())
    assert place is not None
    assert place.name == name


def test_districts_abroad_are_not_offered_for_tagging(geocoder: GazetteerGeocoder) -> None:
    names = set(geocoder.known_names())
    assert "Lanao del Sur" not in names
    assert "Satipo" not in names


def test_fuzzy_spellings_abroad_need_the_country_and_a_close_spelling(geocoder: GazetteerGeocoder) -> None:
    assert geocoder.geocode("Avdiivka", context=GeoContext()) is None
    # "Kiryat Ata" (Haifa District) is two letters from Kiryat Gat, a town of the Southern District.
    place = geocoder.geocode("Kiryat Ata", context=GeoContext(country_code="IL"))
    assert place is None or place.admin1 != "Southern District"
