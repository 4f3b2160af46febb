"""Sides and counts through the real extractor (issue #3): vigilantes who fought raiders off are a side of a
battle, not a mob; patients killed in an attack on a hospital are its victims, not a hospital's tally; a
couple is two people inside a list; an orderly is a person."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Mention, Role, SubEventType

S = SubEventType


def _main(extractor: RulesExtractor, text: str) -> Mention:
    article = Article(article_id="sides", text=text, published_at=datetime(2024, 2, 20, tzinfo=UTC))
    mentions = [m for m in extractor.extract(article) if m.role is Role.MAIN]
    assert mentions, text
    return mentions[0]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided Tungan Dutse village at dawn, but local vigilantes fought them off in a gun battle "
        "that lasted two hours.",
        "Vigilantes exchanged fire with bandits who had attacked a farming settlement near Birnin Gwari; "
        "three vigilantes died.",
    ],
)
def test_vigilantes_who_fought_raiders_are_a_side_of_a_battle(extractor: RulesExtractor, text: str) -> None:
    assert _main(extractor, text).sub_event_type is S.ARMED_CLASH


def test_vigilantes_who_beat_a_suspect_to_death_are_still_a_mob(extractor: RulesExtractor) -> None:
    text = "Vigilantes beat a suspected thief to death in a market in Kano on Monday."
    assert _main(extractor, text).sub_event_type is S.MOB_VIOLENCE


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "ADF fighters attacked a clinic in Beni overnight, killing at least 14 patients and two nurses.",
            16,
        ),
        ("Militants stormed a hospital in Kunduz and shot dead 6 patients.", 6),
    ],
)
def test_patients_killed_in_an_attack_on_a_hospital_are_its_victims(
    extractor: RulesExtractor, text: str, killed: int
) -> None:
    mention = _main(extractor, text)
    assert mention.sub_event_type is S.ATTACK
    assert mention.casualties.killed_min == killed


def test_a_hospitals_tally_of_patients_is_still_no_event(extractor: RulesExtractor) -> None:
    text = "The trauma centre in Peshawar treated 230 patients for gunshot wounds over the past year."
    article = Article(article_id="sides", text=text, published_at=datetime(2024, 2, 20, tzinfo=UTC))
    assert [m for m in extractor.extract(article) if m.role is Role.MAIN] == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Unknown gunmen shot dead an old couple and their grandson at their home in Shopian.", 3),
        ("Militants killed a tehsildar and his orderly near Wana on Saturday.", 2),
        ("A pair of traffic wardens were gunned down at a crossing in Peshawar.", 2),
    ],
)
def test_couples_pairs_and_orderlies_are_counted(extractor: RulesExtractor, text: str, killed: int) -> None:
    assert _main(extractor, text).casualties.killed_min == killed
