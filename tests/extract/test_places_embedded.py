"""Known names inside longer unknown ones ("Banda" of "Koto Banda"), villages outside the article's
districts, and Pakistani Kashmir, with the real gazetteer (no spaCy)."""

from __future__ import annotations

import pytest
from place_builders import toponyms_of

from waqia.extract.places import _is_compound_part, _is_embedded, choose_place, read_article_geography
from waqia.geocode.gazetteer import GazetteerGeocoder, build_geocoder
from waqia.model import Place


@pytest.fixture(scope="module")
def geocoder() -> GazetteerGeocoder:
    return build_geocoder()


def place_of(text: str, names: list[str], geocoder: GazetteerGeocoder) -> Place | None:
    toponyms = toponyms_of(text, *names)
    geography = read_article_geography(toponyms, geocoder=geocoder, text=text)
    reading = choose_place([toponyms], text=text, geocoder=geocoder, geography=geography, producer="rules.v1")
    return reading.place if reading else None


@pytest.mark.parametrize(
    ("text", "name", "embedded"),
    [
        ("Gunmen attacked a post in Koto Banda on Monday.", "Banda", True),
        ("A checkpost at Baran Pul, Bannu came under fire.", "Baran", True),
        ("A bomb went off in the Kamar Sar bazaar.", "Kamar", True),
        ("A bomb went off in Banda on Monday.", "Banda", False),
        ("Troops moved into Upper Kurram on Monday.", "Kurram", False),
        ("Two were killed in Khyber District on Monday.", "Khyber", False),
        ("Banda was quiet on Monday.", "Banda", False),
        ("Police said. Banda was quiet on Monday.", "Banda", False),
        ("A blast hit Quetta Cantonment.", "Quetta", False),
        ("A blast hit Bannu, Lakki Marwat and Tank.", "Bannu", False),
        ("A blast hit Peshawar Monday night.", "Peshawar", False),
        # A site named after its town is in the town.
        ("Gunmen attacked the Kabul Serena Hotel.", "Kabul", False),
        ("A blast hit Kabul University on Monday.", "Kabul", False),
        ("A bomb went off outside the Herat Jami Mosque.", "Herat", False),
    ],
)
def test_a_name_inside_a_longer_capitalised_name_is_embedded(text: str, name: str, embedded: bool) -> None:
    (toponym,) = toponyms_of(text, name)
    assert _is_embedded(text, toponym) is embedded


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # A known name abroad inside an unknown Pakistani one gives way to the district the text names.
        (
            "Two soldiers were killed when militants attacked a checkpost at Baran Pul, Bannu, NWFP.",
            ["Baran", "Bannu", "NWFP"],
            ("Bannu", "Bannu", "Khyber Pakhtunkhwa"),
        ),
        (
            "Two soldiers died when militants stormed a post in Koto Banda in Swat, Pakistan.",
            ["Banda", "Swat", "Pakistan"],
            (None, "Swat", "Khyber Pakhtunkhwa"),
        ),
        # Pakistani Kashmir by any of its news names holds its districts.
        (
            "Two people were killed in shelling in Kotli district, Pakistan-administered Kashmir.",
            ["Kotli district", "Pakistan-administered Kashmir"],
            ("Kotli", "Kotli", "Azad Kashmir"),
        ),
        # A whole name wins over a known name inside a longer one.
        (
            "Two shops were destroyed when a device planted in the Kamar Sar bazaar in Loi Mamond tehsil in "
            "Bajaur Agency went off.",
            ["Kamar", "Loi Mamond", "Bajaur Agency"],
            ("Loi Mamond", "Bajaur", "Khyber Pakhtunkhwa"),
        ),
    ],
)
def test_embedded_names_and_named_countries(
    geocoder: GazetteerGeocoder, text: str, names: list[str], expected: tuple[str | None, str, str]
) -> None:
    place = place_of(text, names, geocoder)
    assert place is not None
    name, admin2, admin1 = expected
    assert (place.admin2, place.admin1) == (admin2, admin1)
    assert name is None or place.name == name
    assert place.country_code == "PK"


def test_an_embedded_name_does_not_choose_the_article_country(geocoder: GazetteerGeocoder) -> None:
    text = "Gunmen attacked a post in Koto Banda near Mingora."
    geography = read_article_geography(toponyms_of(text, "Banda", "Mingora"), geocoder=geocoder, text=text)
    assert geography.country_code == "PK"


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # A village of the table in another district than the one the report names is not that village.
        ("BANNU: A quadcopter dropped a bomb on the Mandana police station.", ["BANNU", "Mandana"], "Bannu"),
        # Where the report names no other district, it is.
        ("Gunmen killed two men in Mandana on Monday.", ["Mandana"], "Mandana"),
    ],
)
def test_a_village_must_lie_in_the_district_the_article_names(
    geocoder: GazetteerGeocoder, text: str, names: list[str], expected: str
) -> None:
    place = place_of(text, names, geocoder)
    assert place is not None
    assert expected in (place.name, place.admin2)
    assert place.admin2 == ("Kurram" if expected == "Mandana" else expected)


def test_an_area_the_villages_table_knows_takes_its_own_point(geocoder: GazetteerGeocoder) -> None:
    text = "Gunmen shot dead two labourers in the Kuchlak area of Quetta."
    place = place_of(text, ["Quetta"], geocoder)
    quetta = place_of("Gunmen shot dead two labourers in Quetta.", ["Quetta"], geocoder)
    assert place is not None
    assert quetta is not None
    assert (place.name, place.admin2) == ("Kuchlak", "Quetta")
    assert place.latitude is not None
    assert quetta.latitude is not None
    # Kuchlak lies some 20 km north of Quetta: its own point, not the city's.
    assert place.latitude - quetta.latitude > 0.1


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # A province name two countries share, written with its country, is that country's part.
        (
            "Gunmen shot dead two policemen in Kotli district, Kashmir, Pakistan on Monday.",
            ["Kotli district", "Kashmir", "Pakistan"],
            ("PK", "Azad Kashmir", "Kotli"),
        ),
        (
            "Two people were killed in a blast in Mirpur, Kashmir, Pakistan.",
            ["Mirpur", "Kashmir", "Pakistan"],
            ("PK", "Azad Kashmir", "Mirpur"),
        ),
        # The same shape with the other country, and a parent known in the country written, are unchanged.
        (
            "A grenade attack injured three soldiers in Baramulla, Kashmir, India.",
            ["Baramulla", "Kashmir", "India"],
            ("IN", "Jammu and Kashmir", None),
        ),
        (
            "Gunmen shot dead a tribal elder in Landi Kotal, Khyber, Pakistan.",
            ["Landi Kotal", "Khyber", "Pakistan"],
            ("PK", "Khyber Pakhtunkhwa", "Khyber"),
        ),
        (
            "Police said gunmen killed a shopkeeper in Shahdara, Delhi, India on Sunday.",
            ["Shahdara", "Delhi", "India"],
            ("IN", "Delhi", None),
        ),
    ],
)
def test_a_country_written_after_a_shared_province_name_decides_it(
    geocoder: GazetteerGeocoder, text: str, names: list[str], expected: tuple[str, str, str | None]
) -> None:
    place = place_of(text, names, geocoder)
    assert place is not None
    country_code, admin1, admin2 = expected
    assert (place.country_code, place.admin1) == (country_code, admin1)
    assert admin2 is None or place.admin2 == admin2


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # The place the text puts inside another of its kind is the scene, whichever comes first.
        ("Two policemen were shot dead in Charsadda's Tangi tehsil.", ["Charsadda", "Tangi"], "Tangi"),
        ("Two policemen were shot dead in Tangi tehsil of Charsadda.", ["Tangi", "Charsadda"], "Tangi"),
        ("A blast hit a shop in Mardan's Katlang area.", ["Mardan", "Katlang"], "Katlang"),
    ],
)
def test_the_place_inside_another_is_the_scene(
    geocoder: GazetteerGeocoder, text: str, names: list[str], expected: str
) -> None:
    place = place_of(text, names, geocoder)
    assert place is not None
    assert place.name == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # Joined by a hyphen, and no province named: the provinces of the other places decide.
        (
            "Troops cleared Bagh-Maidan in the Tirah valley of Khyber district, killing eleven militants.",
            ["Bagh", "Tirah", "Khyber district"],
            ("Khyber", "Khyber Pakhtunkhwa"),
        ),
        # A town of the article's own province inside a longer name is still read.
        (
            "Gunmen shot dead a shopkeeper in Pehro Kunri, Umerkot district, Sindh.",
            ["Kunri", "Umerkot district", "Sindh"],
            ("Umer Kot", "Sindh"),
        ),
    ],
)
def test_a_town_inside_a_longer_name_is_no_town_of_another_province(
    geocoder: GazetteerGeocoder, text: str, names: list[str], expected: tuple[str, str]
) -> None:
    place = place_of(text, names, geocoder)
    assert place is not None
    assert (place.admin2, place.admin1) == expected


def test_a_name_written_as_a_province_is_the_province_not_its_capital(geocoder: GazetteerGeocoder) -> None:
    # Sar-e Pul is a town and a province; "Sar-e Pul province" names the province, so the district the
    # text places inside it is the scene.
    text = "Fighters attacked a checkpoint in Sayad district of northern Sar-e Pul province on Sunday."
    place = place_of(text, ["Sayad district", "Sar-e Pul"], geocoder)
    assert place is not None
    assert (place.admin2, place.admin1) == ("Sayad", "Sar-e Pul")


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # The town a road is named after is the road's end; the town it passes is where the event was.
        (
            "Gunmen ambushed a police van on the Quetta-Karachi highway near Khuzdar, killing three.",
            ["Quetta", "Karachi", "Khuzdar"],
            "Khuzdar",
        ),
        (
            "Three labourers were shot dead on the Peshawar-Torkham road near Landi Kotal.",
            ["Peshawar", "Torkham", "Landi Kotal"],
            "Landi Kotal",
        ),
        # With no other town, the road's first town still places the area named on it.
        (
            "Gunmen opened fire on a coach in the Nasirabad area on the Turbat-Buleda road, killing two.",
            ["Nasirabad", "Turbat", "Buleda"],
            "Nasirabad",
        ),
    ],
)
def test_a_town_a_road_is_named_after_is_not_the_scene(
    geocoder: GazetteerGeocoder, text: str, names: list[str], expected: str
) -> None:
    place = place_of(text, names, geocoder)
    assert place is not None
    assert place.name == expected


def test_a_town_of_another_province_in_a_longer_name_is_not_the_scene(geocoder: GazetteerGeocoder) -> None:
    text = (
        "QUETTA: Levies defused a bomb on the railway track near Mach in Kachhi district, Balochistan. "
        "In November, a blast near Pehro Kunri damaged the line."
    )
    toponyms = toponyms_of(text, "QUETTA", "Mach", "Kachhi district", "Balochistan", "Kunri")
    geography = read_article_geography(toponyms, geocoder=geocoder, text=text)
    recalled = [toponyms[-1]]
    reading = choose_place([recalled], text=text, geocoder=geocoder, geography=geography, producer="rules.v1")
    # Kunri is a town of Sindh; this one is part of a Balochistan village's name.
    assert reading is None or reading.place.admin1 == "Balochistan"


@pytest.mark.parametrize(
    ("text", "name", "part"),
    [
        ("Troops cleared Bagh-Maidan in Tirah.", "Bagh", True),
        ("A blast near Pehro Kunri damaged the line.", "Kunri", True),
        ("The convoy left Kunri-Nabisar at dawn.", "Kunri", True),
        ("He was arrested at Surat Railway station.", "Surat", False),
        ("A blast hit Kunri on Monday.", "Kunri", False),
        # A text stripped of its commas writes the province after the district.
        ("a blast in Imphal East District Manipur on May 2", "Manipur", False),
    ],
)
def test_a_name_joined_to_another_is_part_of_a_longer_name(
    geocoder: GazetteerGeocoder, text: str, name: str, part: bool
) -> None:
    (toponym,) = toponyms_of(text, name)
    assert _is_compound_part(text, toponym, geocoder=geocoder) is part
