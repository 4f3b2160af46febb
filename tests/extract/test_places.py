"""Toponym choice and geocoder context, with a dictionary-backed fake geocoder (no spaCy)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pytest

from waqia.extract.places import (
    ArticleGeography,
    Toponym,
    choose_place,
    find_dateline,
    is_place_name,
    rank_toponyms,
    read_article_geography,
    read_geo_context,
)
from waqia.geocode.base import GeoContext
from waqia.model import GeoPrecision, Place

KINDS = {
    "Pakistan": "country",
    "Afghanistan": "country",
    "Balochistan": "province",
    "Khyber Pakhtunkhwa": "province",
    "Kurram": "district",
    "Khyber": "district",
    "Kohat": "district",
    "Quetta": "town",
    "Peshawar": "town",
    "Parachinar": "town",
    "Kabul": "town",
}
COUNTRY_OF = {"Kabul": "AF", "Afghanistan": "AF"}


@dataclass
class FakeGeocoder:
    """Resolves the names in KINDS and records the context of every call."""

    name: str = "fake.v1"
    calls: list[tuple[str, GeoContext]] = field(default_factory=list)

    def geocode(self, toponym: str, *, context: GeoContext) -> Place | None:
        self.calls.append((toponym, context))
        name = toponym.title() if toponym.isupper() else toponym
        kind = KINDS.get(name)
        if kind is None and context.parent in KINDS:
            # As the gazetteer does: an unknown place inside a known one keeps its name, near the outer.
            return Place(
                name=name, country_code="PK", admin2=context.parent, geo_precision=GeoPrecision.NEAR_TOWN
            )
        if kind is None:
            return None
        country_code = COUNTRY_OF.get(name, "PK")
        return Place(
            name=name,
            country_code=country_code,
            admin1=name if kind == "province" else None,
            geo_precision=GeoPrecision.NEAR_TOWN if context.near else GeoPrecision.TOWN,
            geocoder=self.name,
        )

    def known_names(self) -> Iterable[str]:
        return KINDS

    def lookup_kind(self, name: str) -> str | None:
        return KINDS.get(name)


def toponyms_of(text: str, *names: str) -> list[Toponym]:
    found = []
    for name in names:
        start = text.index(name)
        found.append(Toponym(text=name, start=start, end=start + len(name)))
    return found


@pytest.mark.parametrize(
    ("text", "place", "date_text"),
    [
        ("PESHAWAR: A blast killed two people.", "PESHAWAR", None),
        ("QUETTA, March 5 (Reuters) - Gunmen shot dead a trader.", "QUETTA", "March 5"),
        ("KABUL (AP) — A suicide bomber struck a mosque.", "KABUL", None),
        ("Dera Ismail Khan: Police said on Monday that...", "Dera Ismail Khan", None),
    ],
)
def test_find_dateline(text: str, place: str, date_text: str | None) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.place.text == place
    assert text[dateline.place.start : dateline.place.end] == place
    assert dateline.date_text == date_text


@pytest.mark.parametrize(
    "text", ["A blast killed two people in Quetta.", "Police said: the attack was planned.", ""]
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("A bomb went off in Quetta on Monday.", "Quetta", True),
        ("Members of the Hazara community protested.", "Hazara", False),
        ("Afghan forces said the attack failed.", "Afghan", False),
        ("The Taliban claimed the attack.", "Taliban", False),
        ("Police found a water tank near the road.", "tank", False),
        ("The Balochistan Government announced compensation.", "Balochistan", False),
        # Part of a person's or a road's name.
        ("Police named the victim as Quetta Ali Shah.", "Quetta", False),
        ("Gunmen opened fire on Wazir Quetta Road in the city.", "Quetta", False),
        ("Gunmen opened fire in Quetta Cantonment.", "Quetta", True),
        # One or two letters are a block, a sector or an initial; two capitals may be an abbreviation.
        ("Police sealed off R and the nearby streets.", "R", False),
        ("Gunmen fired on a car in Sector G of the city.", "G", False),
        ("Militants attacked a post in KP on Monday.", "KP", True),
        ("Militants attacked a post in Kot on Monday.", "Kot", True),
        # An honorific makes the name a person's.
        ("Militants targeted the shrine of Pir Quetta in the town.", "Quetta", False),
        ("Dr Quetta, a surgeon, was shot.", "Quetta", False),
    ],
)
def test_is_place_name(text: str, name: str, expected: bool) -> None:
    (toponym,) = toponyms_of(text, name)
    assert is_place_name(text, toponym, is_actor=lambda value: value == "Taliban") is expected


@pytest.mark.parametrize(
    ("text", "name", "near", "is_district", "parent"),
    [
        ("A blast hit a bazaar near Parachinar.", "Parachinar", True, False, None),
        ("The attack took place on the outskirts of Quetta.", "Quetta", True, False, None),
        ("Militants attacked a post in Kurram district.", "Kurram", False, True, None),
        ("Gunmen struck in the Kuchlak area of Quetta.", "Kuchlak", False, False, "Quetta"),
        ("Gunmen struck in Quetta's Kuchlak area.", "Kuchlak", False, False, "Quetta"),
        ("A mine exploded in Sadda in Kurram.", "Sadda", False, False, "Kurram"),
        ("A bomb went off in Peshawar.", "Peshawar", False, False, None),
    ],
)
def test_read_geo_context(text: str, name: str, near: bool, is_district: bool, parent: str | None) -> None:
    candidates = ("Parachinar", "Quetta", "Kurram", "Kuchlak", "Sadda", "Peshawar")
    names = [candidate for candidate in candidates if candidate in text]
    toponyms = toponyms_of(text, *names)
    toponym = next(item for item in toponyms if item.text == name)
    geography = ArticleGeography(country_code="PK", admin1="Balochistan")
    context = read_geo_context(text, toponym, geography=geography, neighbours=toponyms)
    assert (context.near, context.is_district, context.parent) == (near, is_district, parent)
    assert (context.country_code, context.admin1) == ("PK", "Balochistan")


def test_rank_puts_towns_before_districts_provinces_and_countries() -> None:
    text = "Pakistan Balochistan Kurram Quetta Unknownabad"
    toponyms = toponyms_of(text, "Pakistan", "Balochistan", "Kurram", "Quetta", "Unknownabad")
    ranked = rank_toponyms(toponyms, geocoder=FakeGeocoder())
    assert [item.text for item in ranked] == ["Quetta", "Kurram", "Unknownabad", "Balochistan", "Pakistan"]


def test_article_geography_takes_first_country_and_province() -> None:
    text = "In Balochistan province of Pakistan, and later Khyber Pakhtunkhwa."
    toponyms = toponyms_of(text, "Balochistan", "Pakistan", "Khyber Pakhtunkhwa")
    geography = read_article_geography(toponyms, geocoder=FakeGeocoder())
    assert geography == ArticleGeography(country_code="PK", admin1="Balochistan")


def test_choose_place_falls_back_to_later_groups_and_keeps_evidence() -> None:
    text = "KABUL: Gunmen attacked a guesthouse in Qala-e-Nau village."
    event_group = toponyms_of(text, "Qala-e-Nau")
    dateline = find_dateline(text)
    assert dateline is not None
    geocoder = FakeGeocoder()
    reading = choose_place(
        [event_group, [dateline.place]],
        text=text,
        geocoder=geocoder,
        geography=ArticleGeography(),
        producer="rules.v1",
    )
    assert reading is not None
    assert (reading.place.name, reading.place.country_code) == ("Kabul", "AF")
    assert [name for name, _ in geocoder.calls] == ["Qala-e-Nau", "KABUL"]
    assert text[reading.evidence.start : reading.evidence.end] == "KABUL"
    assert reading.evidence.producer == "rules.v1"


def test_choose_place_passes_near_to_the_geocoder() -> None:
    text = "A roadside bomb exploded near Parachinar in Kurram district."
    toponyms = toponyms_of(text, "Parachinar", "Kurram")
    reading = choose_place(
        [toponyms], text=text, geocoder=FakeGeocoder(), geography=ArticleGeography(), producer="rules.v1"
    )
    assert reading is not None
    assert reading.place.name == "Parachinar"
    assert reading.place.geo_precision is GeoPrecision.NEAR_TOWN


@pytest.mark.parametrize(
    ("text", "names", "place", "evidence"),
    [
        (
            "A polio worker was shot dead in the Shalobar area of Khyber district.",
            ["Khyber"],
            "Shalobar",
            "Shalobar",
        ),
        (
            "A landmine went off in Ghazi Baba area of Safi tehsil (revenue unit) in Kurram.",
            ["Kurram"],
            "Ghazi Baba",
            "Ghazi Baba",
        ),
        (
            "Gunmen attacked a guard at the Police Lines area of Peshawar.",
            ["Peshawar"],
            "Peshawar",
            "Peshawar",
        ),
        ("Two people died in a blast in Kurram district.", ["Kurram"], "Kurram", "Kurram"),
    ],
)
def test_choose_place_names_the_area_inside_a_place(
    text: str, names: list[str], place: str, evidence: str
) -> None:
    reading = choose_place(
        [toponyms_of(text, *names)],
        text=text,
        geocoder=FakeGeocoder(),
        geography=ArticleGeography(),
        producer="rules.v1",
    )
    assert reading is not None
    assert reading.place.name == place
    assert reading.evidence.text == evidence == text[reading.evidence.start : reading.evidence.end]


@pytest.mark.parametrize(
    ("text", "names", "place"),
    [
        (
            "The convoy was ambushed near a bridge on its way from Quetta to Peshawar.",
            ["Quetta", "Peshawar"],
            "Quetta",
        ),
        (
            "Gunmen ambushed the convoy in Kurram on its way from Quetta to Peshawar.",
            ["Kurram", "Quetta", "Peshawar"],
            "Kurram",
        ),
        ("A bomb went off on Peshawar Road in Kohat.", ["Peshawar", "Kohat"], "Kohat"),
        (
            "Troops clashed with militants in Khyber near the Peshawar border.",
            ["Khyber", "Peshawar"],
            "Khyber",
        ),
        ("The attack took place close to Quetta.", ["Quetta"], "Quetta"),
    ],
)
def test_choose_place_tries_roads_borders_and_journeys_last(text: str, names: list[str], place: str) -> None:
    reading = choose_place(
        [toponyms_of(text, *names)],
        text=text,
        geocoder=FakeGeocoder(),
        geography=ArticleGeography(),
        producer="rules.v1",
    )
    assert reading is not None
    assert reading.place.name == place
