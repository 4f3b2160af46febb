"""Headlines above a report, and places named inside others (issue #3: events, places, perpetrators).

A headline restates the body in fewer words ("Five militants killed in Tirah"): it is the same event, and
the body, which says who did what, decides the type, place and toll. A container named only to locate
another place ("Kabul province's Paghman district") does not make a sentence part of an earlier event.
The texts were written for these tests.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Mention, Role, SubEventType

S = SubEventType
PUBLISHED = datetime(2025, 3, 12, 10, 0)  # a Wednesday


def extract(extractor: RulesExtractor, text: str) -> tuple[Mention, ...]:
    return extractor.extract(Article(article_id="headline", text=text, published_at=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "sub_type", "place", "killed"),
    [
        (
            "Four militants killed in Datta Khel\n\nMIRAMSHAH: Security forces killed four militants in an "
            "operation in Datta Khel of North Waziristan on Monday, the ISPR said.",
            S.ARMED_CLASH,
            "Datta Khel",
            4,
        ),
        (
            "Seven soldiers martyred in Kurram\n\nSeven soldiers were martyred when a roadside bomb struck "
            "their vehicle in Kurram on Sunday.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            "Kurram",
            7,
        ),
        (
            "Suicide blast kills 6 in Quetta\n\nQUETTA: A blast killed six people near a mosque in Quetta "
            "on Tuesday.",
            S.SUICIDE_BOMB,
            "Quetta",
            6,
        ),
    ],
)
def test_the_body_decides_a_headlined_event(
    extractor: RulesExtractor, text: str, sub_type: SubEventType, place: str, killed: int
) -> None:
    mentions = extract(extractor, text)
    assert [
        (m.sub_event_type, m.place.name if m.place else None, m.casualties.killed_min) for m in mentions
    ] == [(sub_type, place, killed)]


def test_a_first_sentence_ending_before_a_quote_is_no_headline(extractor: RulesExtractor) -> None:
    text = (
        "Troops and police killed three militants in a raid near Khar on Monday, officials said. \u201c"
        "An ambush was laid after a tip-off, and the militants opened fire,\u201d a spokesman said."
    )
    (mention,) = extract(extractor, text)
    assert (mention.sub_event_type, mention.casualties.killed_min) == (S.ARMED_CLASH, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Policeman shot dead in Mardan\n\nMARDAN: A police constable was shot dead by unknown gunmen in "
        "Mardan on Monday.",
        "FC soldier gunned down near Wana\n\nWANA: A Frontier Corps soldier was gunned down by armed men "
        "near Wana on Tuesday.",
    ],
)
def test_a_victims_force_named_in_a_headline_is_not_the_perpetrator(
    extractor: RulesExtractor, text: str
) -> None:
    (mention,) = extract(extractor, text)
    assert mention.perpetrator is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Kandahar province's Spin Boldak district, gunmen killed a teacher on Tuesday.", "Spin Boldak"),
        (
            "Militants attacked a post in Balochistan province's Kech district, killing three soldiers.",
            "Kech",
        ),
    ],
)
def test_the_place_a_possessive_puts_inside_another_is_where_it_happened(
    extractor: RulesExtractor, text: str, place: str
) -> None:
    (mention,) = extract(extractor, text)
    assert (mention.place.name if mention.place else None) == place


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "A bomb killed two traders in Kabul city on Monday. In Kabul province's Paghman district, "
            "gunmen killed a teacher on Tuesday.",
            ["Kabul", "Paghman"],
        ),
        (
            "A blast killed two policemen in Swat on Monday. On Wednesday, militants shot dead a teacher "
            "in Swat district's Matta tehsil.",
            ["Swat", "Matta"],
        ),
    ],
)
def test_a_place_inside_an_earlier_events_place_is_another_event(
    extractor: RulesExtractor, text: str, places: list[str]
) -> None:
    mentions = extract(extractor, text)
    assert [m.place.name if m.place else None for m in mentions if m.role is Role.MAIN] == places


def test_an_attack_foiled_before_the_bomber_blew_himself_up_is_no_suicide_bombing(
    extractor: RulesExtractor,
) -> None:
    text = "Police arrested a teenager on Friday minutes before blowing himself up at a shrine in Kohat."
    assert S.SUICIDE_BOMB not in {m.sub_event_type for m in extract(extractor, text)}


def test_a_killing_after_the_earlier_clause_keeps_its_own_toll(extractor: RulesExtractor) -> None:
    text = (
        "Police detained two suspects on Monday, days after the raid, but gunmen killed a police officer "
        "in Mardan on Tuesday."
    )
    arrests = [m for m in extract(extractor, text) if m.sub_event_type is S.ARRESTS]
    assert all(m.casualties.killed_min is None for m in arrests)
