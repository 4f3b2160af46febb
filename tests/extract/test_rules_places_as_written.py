"""Places as the text writes them, through the real extractor (issue #3): a province whose name is also its
capital's ("in Baghlan province"), a wire dateline with its agency, a town introduced by "the town of"
whose name is an English word, and one spelling of districts in two provinces."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Mention, Role


def _mains(extractor: RulesExtractor, text: str) -> list[Mention]:
    article = Article(article_id="written", text=text, published_at=datetime(2026, 5, 13, tzinfo=UTC))
    return [m for m in extractor.extract(article) if m.role is Role.MAIN]


def _place(mention: Mention) -> tuple[str | None, str | None]:
    assert mention.place is not None
    return mention.place.admin1, mention.place.admin2


@pytest.mark.parametrize("province", ["Baghlan", "Kandahar", "Kunduz"])
def test_a_province_named_like_its_capital_is_the_province(extractor: RulesExtractor, province: str) -> None:
    text = f"Gunmen killed six worshippers at a mosque in {province} province on Tuesday, officials said."
    (mention,) = _mains(extractor, text)
    assert _place(mention) == (province, None)


def test_a_wire_dateline_city_is_not_the_scene_of_a_story_elsewhere(extractor: RulesExtractor) -> None:
    text = (
        "KABUL (AFP) - A suicide bomber killed at least seven people at a mosque in northern Afghanistan's "
        "Samangan province on Friday, officials said.\n\n"
        "The bomber blew himself up among worshippers in Aybak, the provincial capital, a police spokesman "
        "said."
    )
    (mention,) = _mains(extractor, text)
    assert mention.place is not None
    # One event, placed in the town of the province the lead names (GeoNames spells it "Aibak").
    assert (mention.place.admin1, mention.place.admin2) == ("Samangan", "Aibak")


def test_a_town_the_text_introduces_is_read_beside_its_province(extractor: RulesExtractor) -> None:
    text = "Gunmen shot dead two traders near the town of Hub in Balochistan on Monday night, police said."
    (mention,) = _mains(extractor, text)
    assert mention.place is not None
    # The 2023 census, whose districts the alias table keeps, still counts Hub in Lasbela.
    assert (mention.place.name, mention.place.admin1, mention.place.admin2) == (
        "Hub",
        "Balochistan",
        "Lasbela",
    )


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Gunmen killed three farmers in Behsud district of Nangarhar province on Sunday.", "Nangarhar"),
        ("Gunmen killed three farmers in Behsud district of Wardak province on Sunday.", "Wardak"),
    ],
)
def test_one_spelling_of_two_districts_is_read_in_the_province_named(
    extractor: RulesExtractor, text: str, province: str
) -> None:
    (mention,) = _mains(extractor, text)
    assert mention.place is not None
    assert mention.place.admin1 == province
