"""Places a report names for other reasons than the scene (issue #3), through the real extractor: where
intruders came from, where an official spoke, where a firm has its seat. None of them is the scene, nor says
which district the scene's village lies in. Nor is a country that ends a party's name."""

from __future__ import annotations

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Role


@pytest.mark.parametrize(
    ("text", "place", "district"),
    [
        (
            "Soldiers killed five militants who tried to sneak in from Afghanistan near Sambaza late on "
            "Friday.",
            "Sambaza",
            "Zhob",
        ),
        (
            "Militants who had crossed over from Iran attacked a Levies post near Mand, killing two "
            "personnel.",
            "Mand",
            "Kech",
        ),
        (
            "A roadside bomb killed two Levies men near Hazarganji on Monday. The provincial home minister "
            "told reporters in Islamabad that the attackers would be caught.",
            "Hazar Ganji",
            "Quetta",
        ),
        (
            "Militants blew up a tower of a cellular company headquartered in Islamabad near Kahan on "
            "Sunday.",
            "Kahan",
            "Kohlu",
        ),
    ],
)
def test_a_place_named_for_another_reason_is_not_the_scene(
    extractor: RulesExtractor, text: str, place: str, district: str
) -> None:
    mentions = [m for m in extractor.extract(Article(article_id="other", text=text)) if m.role is Role.MAIN]
    assert mentions, text
    assert mentions[0].place is not None
    assert (mentions[0].place.name, mentions[0].place.admin2) == (place, district)


def test_a_country_that_ends_a_partys_name_is_no_place(extractor: RulesExtractor) -> None:
    text = (
        "Gunmen shot dead a sector in-charge of the Muttahida Qaumi Movement-Pakistan near his house on "
        "Sunday."
    )
    mentions = [m for m in extractor.extract(Article(article_id="other", text=text)) if m.role is Role.MAIN]
    assert mentions
    assert mentions[0].place is None
