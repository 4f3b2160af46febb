"""Each event's own place through the real extractor (spaCy, gazetteer, actor dictionary): a name the tagger
missed in one event's clause while another event names a known place, a town given only as a reference
point, and an event placed by a place named before it ("the same village") (issue #3)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, EvidenceField, GeoPrecision, Mention, Role


def _mentions(extractor: RulesExtractor, text: str) -> list[Mention]:
    article = Article(article_id="per-event", text=text, published_at=datetime(2025, 3, 12, tzinfo=UTC))
    return list(extractor.extract(article))


def _main_place_and_district(extractor: RulesExtractor, text: str) -> tuple[str, str | None]:
    mention = next(m for m in _mentions(extractor, text) if m.role is Role.MAIN)
    assert mention.place is not None, text
    return mention.place.name, mention.place.admin2


def _place_names(mentions: list[Mention]) -> list[str | None]:
    return [mention.place.name if mention.place else None for mention in mentions]


def test_an_event_reads_the_untagged_town_of_its_own_clause(extractor: RulesExtractor) -> None:
    # The tagger leaves "Gingoog" alone and calls "Misamis Oriental" a people; the second incident names a
    # known city, which used to place both.
    text = (
        "Rebels ambushed a patrol near Gingoog in Misamis Oriental on Friday, killing a soldier, and on "
        "Saturday a bomb exploded in Cagayan de Oro, wounding two policemen."
    )
    mentions = [m for m in _mentions(extractor, text) if m.role is Role.MAIN]
    assert _place_names(mentions) == ["Gingoog", "Cagayan de Oro"]


@pytest.mark.parametrize(
    ("text", "name", "district"),
    [
        # The district is the scene; the town after "near" only says where the district lies.
        (
            "Gunmen attacked a police station in Mastung district near Quetta on Monday, killing two "
            "constables.",
            "Mastung",
            "Mastung",
        ),
        # The same with a distance and a compass word.
        (
            "A roadside bomb struck a patrol in Kurram district, 40 km south of Parachinar, wounding three "
            "soldiers.",
            "Kurram",
            "Kurram",
        ),
        # A province is no finer than the town near which the event was: the town stays.
        ("A blast in Balochistan near Quetta killed four people on Monday.", "Quetta", "Quetta"),
        # Only one name: the event was near it.
        ("A mortar shell hit a house 20 km west of Kandahar city, killing a child.", "Kandahar", "Kandahar"),
        # A new sentence names the town for itself.
        (
            "Gunmen killed two traders in Mastung district on Monday. Near Quetta, police set up "
            "checkpoints.",
            "Mastung",
            "Mastung",
        ),
    ],
)
def test_a_reference_town_does_not_outrank_the_scene(
    extractor: RulesExtractor, text: str, name: str, district: str
) -> None:
    assert _main_place_and_district(extractor, text) == (name, district)


@pytest.mark.parametrize(
    ("text", "words", "precision"),
    [
        (
            "Gunmen killed a tailor at his shop in the Kalaya area of Orakzai on Friday; in 2019 the same "
            "market was hit by a bomb that killed six people.",
            "the same market",
            GeoPrecision.TOWN,
        ),
        (
            "A grenade exploded at a bus stop in Hayatabad on Sunday, wounding four; last year a bomb went "
            "off a few kilometres away, killing two policemen.",
            "a few kilometres away",
            GeoPrecision.NEAR_TOWN,
        ),
    ],
)
def test_an_event_at_the_same_place_takes_the_place_named_before(
    extractor: RulesExtractor, text: str, words: str, precision: GeoPrecision
) -> None:
    mentions = _mentions(extractor, text)
    main = next(m for m in mentions if m.role is Role.MAIN)
    recalled = next(m for m in mentions if m.role is Role.BACKGROUND)
    assert main.place is not None
    assert recalled.place is not None
    assert recalled.place.gazetteer_id == main.place.gazetteer_id
    assert recalled.place.geo_precision == precision
    location = [e for e in recalled.evidence if e.field is EvidenceField.LOCATION]
    assert [(e.text, text[e.start : e.end]) for e in location] == [(words, words)]


@pytest.mark.parametrize(
    "text",
    [
        # "the same day" and "the same group" place nothing.
        (
            "A bomb killed three soldiers in Kohlu on Monday; the same day, the same group had attacked a "
            "post, a spokesman said last year."
        ),
        # Nothing is named before the words.
        "The same village was raided by gunmen who killed four farmers in 2019, residents said.",
    ],
)
def test_no_place_is_borrowed_without_a_place_before(extractor: RulesExtractor, text: str) -> None:
    mentions = _mentions(extractor, text)
    assert mentions, text
    for mention in mentions:
        location = [e for e in mention.evidence if e.field is EvidenceField.LOCATION]
        assert all("same" not in e.text for e in location), (text, location)


@pytest.mark.parametrize(
    ("text", "name", "district"),
    [
        # "the <region> town of <town>": the town is the scene and the region is its province.
        ("A bomb killed two soldiers in the Balochistan town of Turbat on Monday.", "Turbat", "Kech"),
        # Without "the", the town comes first and the district after "city of" is its own.
        (
            "A man was shot dead by unidentified militants in Usta Muhammad city of Jaffarabad District on "
            "Monday.",
            "Usta Muhammad",
            "Jaffarabad",
        ),
        # A district before "town of" is no region of the town.
        ("Militants attacked a post in the Kurram border town of Parachinar.", "Parachinar", "Kurram"),
    ],
)
def test_a_town_named_as_a_regions_town(
    extractor: RulesExtractor, text: str, name: str, district: str
) -> None:
    assert _main_place_and_district(extractor, text) == (name, district)
