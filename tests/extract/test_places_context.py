"""Datelines with a country, izafa area names, coarse places giving way, short names and the article's
country, with a dictionary-backed fake geocoder (no spaCy)."""

from __future__ import annotations

import pytest
from place_builders import FakeGeocoder, toponyms_of

from waqia.extract.places import (
    ArticleGeography,
    Toponym,
    choose_place,
    find_area_chain,
    find_dateline,
    read_article_geography,
    read_geo_context,
)
from waqia.model import Place


def choose(text: str, groups: list[list[Toponym]], geography: ArticleGeography | None = None) -> Place | None:
    reading = choose_place(
        groups,
        text=text,
        geocoder=FakeGeocoder(),
        geography=geography or ArticleGeography(),
        producer="rules.v1",
    )
    return reading.place if reading else None


@pytest.mark.parametrize(
    ("text", "place", "region", "date_text", "body"),
    [
        ("QUETTA, Pakistan (WPA) — Gunmen attacked a bank in Turbat.", "QUETTA", "Pakistan", None, "Gunmen"),
        ("KARACHI, Pakistan, May 3 (AP) - A blast hit a market.", "KARACHI", "Pakistan", "May 3", "A blast"),
        ("JALALABAD, Afghanistan: Two guards died.", "JALALABAD", "Afghanistan", None, "Two"),
        ("Turbat, Balochistan - Troops cordoned off the town.", "Turbat", "Balochistan", None, "Troops"),
        ("LAHORE, March 5 (Reuters) - Police fired tear gas.", "LAHORE", None, "March 5", "Police"),
    ],
)
def test_dateline_with_a_country_or_province(
    text: str, place: str, region: str | None, date_text: str | None, body: str
) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.place.text == place == text[dateline.place.start : dateline.place.end]
    assert (dateline.region.text if dateline.region else None) == region
    assert dateline.date_text == date_text
    assert text[dateline.end :].startswith(body)


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # The event's own place, not the city the report was filed from.
        (
            "QUETTA, Pakistan (WPA) — Militants attacked a bank in Turbat on Monday.",
            ["Pakistan", "Turbat"],
            "Turbat",
        ),
        (
            "KARACHI, Pakistan, May 3 (AP) - A bomb exploded in Lahore on Friday.",
            ["Pakistan", "Lahore"],
            "Lahore",
        ),
        # The dateline city is the fallback when the report names no place of its own.
        ("QUETTA, Pakistan (WPA) — Gunmen shot dead a shopkeeper on Monday.", ["Pakistan"], "Quetta"),
    ],
)
def test_dateline_city_is_only_a_fallback(text: str, names: list[str], expected: str) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    # As the extractor groups them: the toponyms after the dateline's city, then the dateline city.
    in_text = [t for t in toponyms_of(text, *names) if t.start >= dateline.place.end]
    place = choose(text, [in_text, [dateline.place]])
    assert place is not None
    assert place.name == expected


@pytest.mark.parametrize(
    ("text", "first", "later", "expected"),
    [
        # A country or a province gives way to a place inside it named later.
        (
            "A bomb killed four in Pakistan. The blast hit a market in Turbat.",
            ["Pakistan"],
            ["Turbat"],
            "Turbat",
        ),
        (
            "Gunmen struck in Balochistan. Police said the attack was in Quetta.",
            ["Balochistan"],
            ["Quetta"],
            "Quetta",
        ),
        # Not to a place outside it.
        (
            "Gunmen struck in Balochistan. The victims came from Lahore.",
            ["Balochistan"],
            ["Lahore"],
            "Balochistan",
        ),
        (
            "A drone hit a house in Afghanistan. Officials in Karachi said so.",
            ["Afghanistan"],
            ["Karachi"],
            "Afghanistan",
        ),
        # A town is kept even when a later group names another.
        ("A bomb went off in Quetta. Leaders in Karachi condemned it.", ["Quetta"], ["Karachi"], "Quetta"),
    ],
)
def test_coarse_places_give_way_to_a_place_inside_them(
    text: str, first: list[str], later: list[str], expected: str
) -> None:
    place = choose(text, [toponyms_of(text, *first), toponyms_of(text, *later)])
    assert place is not None
    assert place.name == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gunmen opened fire in Block I area of Gulshan e Iqbal Town in Karachi.", ["Gulshan e Iqbal"]),
        ("Gunmen opened fire in Block 13 of Gulistan-e-Jauhar area of Karachi.", ["Gulistan-e-Jauhar"]),
        ("A mine exploded in the Rajgal valley area of Khyber.", ["Rajgal"]),
        ("Troops were ambushed in the Tirah valley of the former Khyber Agency.", ["Tirah"]),
        ("A blast hit Atmar Khel area of Baizai tehsil in Mohmand.", ["Baizai", "Atmar Khel"]),
    ],
)
def test_area_chain_reads_izafa_names_and_stops_at_addresses(text: str, names: list[str]) -> None:
    outer = next(name for name in ("Karachi", "Khyber", "Mohmand") if name in text)
    (toponym,) = toponyms_of(text, outer)
    assert [area.text for area in find_area_chain(text, toponym)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # An area on a road named after the towns at its ends lies near the road's first town...
        ("A bomb hit a van in the Kalag area on the Turbat-Buleda road.", ["Kalag"]),
        ("Gunmen stopped a bus at Sorap area along the Turbat-Panjgur highway.", ["Sorap"]),
        # ...not an area on a road merely named after the town, which runs elsewhere.
        ("A bomb hit a van in the Kalag area on the Turbat Road.", []),
        ("A bomb hit a van in the Kalag area on the road to Turbat.", []),
    ],
)
def test_an_area_on_a_road_between_two_towns_lies_near_the_first(text: str, names: list[str]) -> None:
    (toponym,) = toponyms_of(text, "Turbat")
    assert [area.text for area in find_area_chain(text, toponym)] == names


def test_known_area_wins_over_an_unknown_inner_one() -> None:
    text = "Two men were shot in Metro Villa area of Gulshan e Iqbal Town in Karachi."
    place = choose(text, [toponyms_of(text, "Karachi")])
    assert place is not None
    assert place.name == "Gulshan e Iqbal"


@pytest.mark.parametrize(
    ("text", "names", "country_code", "places"),
    [
        ("Police in Lahore said a blast hit Shahdara.", ["Lahore", "Shahdara"], "PK", ("Lahore",)),
        ("KABUL: Two blasts hit Kabul and Jalalabad.", ["KABUL", "Jalalabad"], "AF", ("KABUL", "Jalalabad")),
        # A country the article names wins over its towns' country.
        (
            "India said a blast hit Lahore and Karachi.",
            ["India", "Lahore", "Karachi"],
            "IN",
            ("Lahore", "Karachi"),
        ),
        ("Nothing here names a place.", [], None, ()),
    ],
)
def test_article_geography_reads_the_country_from_its_towns(
    text: str, names: list[str], country_code: str | None, places: tuple[str, ...]
) -> None:
    geography = read_article_geography(toponyms_of(text, *names), geocoder=FakeGeocoder())
    assert (geography.country_code, geography.places) == (country_code, places)


def test_geo_context_carries_the_article_places() -> None:
    text = "A blast hit Saddar on Friday."
    (toponym,) = toponyms_of(text, "Saddar")
    geography = ArticleGeography(country_code="PK", places=("Rawalpindi",))
    context = read_geo_context(text, toponym, geography=geography)
    assert context.places == ("Rawalpindi",)


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Gunmen stopped a Karachi-bound coach near Quetta.", ["Karachi", "Quetta"], "Quetta"),
        ("Gunmen stopped a coach near Quetta bound for Karachi.", ["Quetta", "Karachi"], "Quetta"),
        ("Trains to and from Quetta stopped after a blast near Turbat.", ["Quetta", "Turbat"], "Turbat"),
        # A firm's seat and a person's birthplace are not the scene either.
        (
            "Gunmen shot at a Karachi-based firm's convoy. The attack occurred in Turbat.",
            ["Karachi", "Turbat"],
            "Turbat",
        ),
        ("A Quetta-born cleric was shot dead near Turbat.", ["Quetta", "Turbat"], "Turbat"),
    ],
)
def test_destinations_are_tried_last(text: str, names: list[str], expected: str) -> None:
    place = choose(text, [toponyms_of(text, *names)])
    assert place is not None
    assert place.name == expected


@pytest.mark.parametrize(
    ("text", "lead", "later", "expected"),
    [
        (
            "Trains to and from Quetta were halted on Monday. The blast hit the track near Turbat.",
            ["Quetta"],
            ["Turbat"],
            "Turbat",
        ),
        (
            "Gunmen shot dead six workers from Punjab on Monday. The attack took place in Turbat.",
            ["Punjab"],
            ["Turbat"],
            "Turbat",
        ),
        (
            "Protesters who had travelled from southern Punjab ended the sit-in. It was held in Turbat.",
            ["Punjab"],
            ["Turbat"],
            "Turbat",
        ),
        ("Trains to and from Quetta were halted on Monday after a blast.", ["Quetta"], [], "Quetta"),
    ],
)
def test_a_journey_end_or_an_origin_gives_way_to_a_later_sentence(
    text: str, lead: list[str], later: list[str], expected: str
) -> None:
    groups = [toponyms_of(text, *lead), toponyms_of(text, *later)]
    place = choose(text, [group for group in groups if group])
    assert place is not None
    assert place.name == expected
