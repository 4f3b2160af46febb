"""Where it happened, through the real extractor (issue #3): a district in a province named with a bearing,
a district name two provinces share, where a shell was fired from, a border crossing as the scene, and a
few suburbs of Karachi and Islamabad in the alias table."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Mention, Role


def _place(extractor: RulesExtractor, text: str) -> tuple[str | None, str | None, str | None]:
    article = Article(article_id="where", text=text, published_at=datetime(2025, 10, 8, tzinfo=UTC))
    mains: list[Mention] = [m for m in extractor.extract(article) if m.role is Role.MAIN]
    assert len(mains) == 1
    place = mains[0].place
    assert place is not None
    return place.name, place.admin1, place.admin2


@pytest.mark.parametrize("bearing", ["", "northern ", "eastern ", "southern "])
def test_a_district_of_a_province_is_read_inside_it(extractor: RulesExtractor, bearing: str) -> None:
    text = (
        f"Gunmen attacked a checkpoint in Khost district of {bearing}Baghlan province on Monday, killing two."
    )
    assert _place(extractor, text)[1:] == ("Baghlan", "Khost wa Firing")


def test_a_district_name_two_provinces_share_reads_in_its_own_province_without_context(
    extractor: RulesExtractor,
) -> None:
    text = "Gunmen attacked a checkpoint in Khost district on Monday, killing two policemen."
    assert _place(extractor, text)[1] == "Khost"


@pytest.mark.parametrize("verb", ["fired", "launched"])
def test_where_a_shell_came_from_is_not_where_it_landed(extractor: RulesExtractor, verb: str) -> None:
    text = f"A mortar shell {verb} from Pakistan killed a woman in Spin Boldak district on Tuesday."
    assert _place(extractor, text)[1:] == ("Kandahar", "Spin Boldak")


@pytest.mark.parametrize(
    ("text", "admin2"),
    [
        (
            "Three civilians were wounded when shells landed near the Angoor Adda border crossing in South "
            "Waziristan on Sunday.",
            "South Waziristan",
        ),
        (
            "Two soldiers were injured when a bomb went off near the Ghulam Khan border crossing in North "
            "Waziristan on Sunday.",
            "North Waziristan",
        ),
    ],
)
def test_a_border_crossing_is_the_scene(extractor: RulesExtractor, text: str, admin2: str) -> None:
    name, _, found = _place(extractor, text)
    assert found == admin2
    assert name != admin2


@pytest.mark.parametrize(
    ("place", "admin2"),
    [("Port Qasim", "Malir"), ("Bin Qasim", "Malir"), ("Bhara Kahu", "Islamabad"), ("Tarnol", "Islamabad")],
)
def test_suburbs_of_the_big_cities(extractor: RulesExtractor, place: str, admin2: str) -> None:
    text = f"Police said two men were shot dead by unidentified gunmen in {place} on Monday night."
    assert _place(extractor, text)[2] == admin2


def test_every_place_of_a_list_people_came_from_is_no_scene(extractor: RulesExtractor) -> None:
    text = (
        "Gunmen shot dead five labourers at a construction site near Hoshab in Kech district on Tuesday.\n\n"
        "The labourers, who hailed from Rahim Yar Khan and Muzaffargarh districts of Punjab, were laying a "
        "road some 80 kilometres east of Turbat when armed men on motorcycles arrived and opened fire, a "
        "Levies official said."
    )
    assert _place(extractor, text)[1:] == ("Balochistan", "Kech")


@pytest.mark.parametrize("bearing", ["", "south ", "northern "])
def test_an_area_of_a_district_whose_owner_has_a_bearing_is_the_scene(
    extractor: RulesExtractor, bearing: str
) -> None:
    text = (
        "Militants hurled a grenade at a police picket in the Tral area of "
        f"{bearing}Kashmir's Pulwama district on Monday, injuring two policemen."
    )
    assert _place(extractor, text) == ("Tral", "Jammu and Kashmir", "Pulwama")
