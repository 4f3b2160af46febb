"""City quarters and landmarks a report names as the scene, and homes it names in a province (issue #3),
through the real extractor. A quarter the gazetteer knows in one city places the event there even when the
report names only the quarter; a province that holds someone's home, or a country attackers came from, is
not the scene."""

from __future__ import annotations

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Role


@pytest.mark.parametrize(
    ("text", "place", "district", "province"),
    [
        (
            "PESHAWAR: A grenade was thrown at a music shop in Peshawar's Qissa Khwani Bazaar on Saturday, "
            "injuring four people.",
            "Qissa Khwani",
            "Peshawar",
            "Khyber Pakhtunkhwa",
        ),
        (
            "A blast in the Anarkali area of Lahore killed two people on Thursday.",
            "Anarkali",
            "Lahore",
            "Punjab",
        ),
        (
            "Police clashed with protesters at Raja Bazaar in Rawalpindi on Friday, injuring ten.",
            "Raja Bazaar",
            "Rawalpindi",
            "Punjab",
        ),
        (
            "Gunmen shot dead a shopkeeper in Latifabad Unit 8 on Tuesday evening. Police said the attackers "
            "escaped.",
            "Latifabad",
            "Hyderabad",
            "Sindh",
        ),
        (
            "A suicide bomber blew himself up near the gate of Data Darbar on Sunday, killing three police "
            "guards.",
            "Data Darbar",
            "Lahore",
            "Punjab",
        ),
        # A town the news spells otherwise than GeoNames, or that shares its name with a larger one.
        (
            "Two policemen were shot dead at a checkpoint in Nowshera Virkan on Monday night.",
            "Naushahra Virkan",
            "Gujranwala",
            "Punjab",
        ),
        (
            "Gunmen killed three labourers near Thall on Monday. The labourers were building a road to "
            "Parachinar.",
            "Thal",
            "Hangu",
            "Khyber Pakhtunkhwa",
        ),
        (
            "A landmine blast killed two Levies men near Muslim Bagh on Wednesday.",
            "Muslim Bagh",
            "Killa Saifullah",
            "Balochistan",
        ),
    ],
)
def test_a_quarter_or_town_the_gazetteer_knows_is_the_scene(
    extractor: RulesExtractor, text: str, place: str, district: str, province: str
) -> None:
    mentions = [m for m in extractor.extract(Article(article_id="quarter", text=text)) if m.role is Role.MAIN]
    assert mentions, text
    assert mentions[0].place is not None
    assert (mentions[0].place.name, mentions[0].place.admin2, mentions[0].place.admin1) == (
        place,
        district,
        province,
    )


@pytest.mark.parametrize(
    ("text", "place", "district"),
    [
        (
            "Unidentified gunmen killed a cleric near his house in Federal B Area on Monday. The cleric, who "
            "hailed from Bahawalpur in southern Punjab, had taught at a seminary for a decade.",
            "Federal B Area",
            "Karachi Central",
        ),
        (
            "A bomb exploded outside a shop in Qasimabad on Wednesday, wounding three people. The owner had "
            "moved there from a village in central Punjab.",
            "Qasimabad",
            "Hyderabad",
        ),
        (
            "Militants attacked a police van near Qissa Khwani on Friday, killing two policemen. The "
            "attackers had come from Afghanistan, police said.",
            "Qissa Khwani",
            "Peshawar",
        ),
        (
            "Militants who came from Afghanistan attacked a checkpost in Bajaur on Friday, killing two "
            "soldiers.",
            "Bajaur",
            "Bajaur",
        ),
        (
            "Four students, most of them from Charsadda, were wounded when a grenade was hurled into their "
            "hostel in Mardan on Friday.",
            "Mardan",
            "Mardan",
        ),
        # People taken from a place were there.
        ("Gunmen abducted five labourers from Surab on Monday, officials in Quetta said.", "Surab", "Surab"),
        # Where an official spoke of it.
        (
            "Two soldiers were killed when a bomb went off in Kech district on Monday, the home minister, "
            "talking to reporters in Quetta, said.",
            "Kech",
            "Kech",
        ),
    ],
)
def test_a_home_or_starting_point_is_not_the_scene(
    extractor: RulesExtractor, text: str, place: str, district: str
) -> None:
    mentions = [m for m in extractor.extract(Article(article_id="home", text=text)) if m.role is Role.MAIN]
    assert mentions, text
    assert mentions[0].place is not None
    assert (mentions[0].place.name, mentions[0].place.admin2) == (place, district)


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("QUETTA: Two policemen were shot dead in Satellite Town on Tuesday.", "Quetta"),
        ("RAWALPINDI: Two policemen were shot dead in Satellite Town on Tuesday.", "Rawalpindi"),
    ],
)
def test_a_quarter_of_two_cities_is_in_the_city_the_report_names(
    extractor: RulesExtractor, text: str, district: str
) -> None:
    # Quetta and Rawalpindi both have a Satellite Town: the city the report names decides.
    mentions = [m for m in extractor.extract(Article(article_id="two", text=text)) if m.role is Role.MAIN]
    assert mentions
    assert mentions[0].place is not None
    assert (mentions[0].place.name, mentions[0].place.admin2) == ("Satellite Town", district)


@pytest.mark.parametrize(
    ("text", "district"),
    [
        (
            "A roadside bomb struck a military convoy on the Bannu-Miranshah road in North Waziristan on "
            "Friday, killing two soldiers.",
            "North Waziristan",
        ),
        (
            "Gunmen ambushed a passenger van on the Thall-Parachinar road in Lower Kurram on Monday, killing "
            "four.",
            "Kurram",
        ),
        # A district's name written as an area before the road is a locality on it, near its first town.
        (
            "A roadside bomb hit a Levies vehicle in the Nasirabad area on the Turbat-Buleda road on "
            "Sunday, wounding two.",
            "Kech",
        ),
    ],
)
def test_the_district_a_road_runs_through_says_more_than_its_ends(
    extractor: RulesExtractor, text: str, district: str
) -> None:
    mentions = [m for m in extractor.extract(Article(article_id="road", text=text)) if m.role is Role.MAIN]
    assert mentions
    assert mentions[0].place is not None
    assert mentions[0].place.admin2 == district
