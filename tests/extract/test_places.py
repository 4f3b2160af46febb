"""Toponym choice and geocoder context, with a dictionary-backed fake geocoder (no spaCy)."""

from __future__ import annotations

import pytest
from place_builders import FakeGeocoder, toponyms_of

from waqia.extract.places import (
    ArticleGeography,
    choose_place,
    find_dateline,
    find_untagged_toponyms,
    is_place_name,
    rank_toponyms,
    read_article_geography,
    read_geo_context,
)
from waqia.model import GeoPrecision


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
        ("A Moro armed group set off two bombs in the province.", "Moro", False),
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
        # A saint's shrine: "Baba Ziarat", "Ziarat Baba".
        ("A bomb went off at the Baba Quetta shrine.", "Quetta", False),
        ("A bomb went off at Quetta Baba shrine.", "Quetta", False),
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
        ("A mine exploded in the Sadda area, Kurram.", "Sadda", False, False, "Kurram"),
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
        ("Gunmen shot dead six labourers from Peshawar in Kohat.", ["Peshawar", "Kohat"], "Kohat"),
        ("Two pilgrims hailing from Quetta were killed in Kurram.", ["Quetta", "Kurram"], "Kurram"),
        ("Gunmen shot dead six labourers from Peshawar.", ["Peshawar"], "Peshawar"),
        (
            "Two were killed in Kurram and four died in hospitals in Kohat and Peshawar.",
            ["Kurram", "Kohat", "Peshawar"],
            "Kurram",
        ),
        ("A trader was shot dead in Kurram while returning from Peshawar.", ["Kurram", "Peshawar"], "Kurram"),
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


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A bomb wrecked a repair shop in Turbat on Monday.", ["Turbat"]),
        ("Gunmen opened fire near Parachinar and outside Kohat's main bazaar.", ["Parachinar", "Kohat"]),
        # "the city of X" names X, also after a descriptive "in the border city of".
        ("A bomb exploded in the border city of Turbat, killing two.", ["Turbat"]),
        ("The explosion occurred in the town of Parachinar.", ["Parachinar"]),
        # A sentence may open with the preposition; a place may come after the region that holds it.
        ("In Turbat, gunmen shot dead two labourers.", ["Turbat"]),
        ("The blast took place in Balochistan's Turbat on Friday.", ["Turbat"]),
        # An administrative unit or a landscape named with "of".
        ("A bomb wounded two policemen in the department of Turbat.", ["Turbat"]),
        ("Militants executed five men in the southern desert of Kohat.", ["Kohat"]),
        # "outside of" and "the capital" are read like "outside" and "in".
        ("A suicide bomber struck a checkpoint outside of Turbat, killing two guards.", ["Turbat"]),
        ("Six soldiers died in a raid in the capital Parachinar.", ["Parachinar"]),
        # A text that opens with the name of its attack (after a date or "the"); in order of the text.
        ("2016 Turbat bombing: a car bomb killed 14 soldiers.", ["Turbat"]),
        ("May 2005 Turbat bombings: two markets were bombed.", ["Turbat"]),
        ("Turbat bombings; three car bombs went off near Kohat.", ["Turbat", "Kohat"]),
        ("The Parachinar market attack killed nine.", ["Parachinar"]),
        # ...not further on, where "the X attack" is mostly an earlier one; whole names, no groups.
        ("Police said the Parachinar market attack was planned for weeks.", []),
        ("The busy market attack killed nine.", []),
        ("Tehreek-e-Taliban Pakistan attack kills two.", []),
        # Capitalised words after "in" that are no known place, or a group, give nothing.
        ("Two people were killed in March in an attack claimed in Urdu.", []),
        ("Militants killed a teacher in Tehreek-e-Taliban Pakistan custody.", []),
    ],
)
def test_find_untagged_toponyms(text: str, names: list[str]) -> None:
    found = find_untagged_toponyms(text, is_actor=lambda name: "Taliban" in name, geocoder=FakeGeocoder())
    assert [toponym.text for toponym in found] == names
    for toponym in found:
        assert text[toponym.start : toponym.end] == toponym.text


class _OneTownGeocoder(FakeGeocoder):
    """Knows one town whose name begins with a letter outside ASCII."""

    def lookup_kind(self, name: str) -> str | None:
        return "town" if name == "Şırnak" else None


def test_untagged_toponyms_may_begin_with_a_letter_outside_ascii() -> None:
    text = "An explosion in the Kurdish city of Şırnak killed two children."
    found = find_untagged_toponyms(text, is_actor=lambda name: False, geocoder=_OneTownGeocoder())
    assert [toponym.text for toponym in found] == ["Şırnak"]
