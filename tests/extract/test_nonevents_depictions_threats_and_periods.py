"""Paragraphs with violent words and no new incident (issue #3): what a video or a magazine shows, harm
threatened, those a conflict left behind told as a class, figures for part of a year, and the funeral of a
man killed in an earlier gunfight."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Mention, Role, SubEventType

S = SubEventType


def _mentions(extractor: RulesExtractor, text: str) -> list[Mention]:
    article = Article(article_id="quiet", text=text, published_at=datetime(2025, 6, 18, tzinfo=UTC))
    return list(extractor.extract(article))


def _main_sub_types(extractor: RulesExtractor, text: str) -> list[SubEventType]:
    return [m.sub_event_type for m in _mentions(extractor, text) if m.role is Role.MAIN]


@pytest.mark.parametrize(
    "text",
    [
        "The group posted a video on its channel on June 2 showing fighters firing mortars and machine guns "
        "at targets in a desert training camp, reports Dawn.",
        "The latest issue of the militants' online magazine carried photographs of masked men posing with "
        "rocket launchers and explosive belts, analysts said on Monday.",
        "Three colleges in Lahore were evacuated on Tuesday after their principals received letters "
        "threatening bomb blasts on the campus. Police found nothing and called it a hoax.",
        "The provincial cabinet approved a scheme on Monday that provides plots and jobs for families of "
        "villagers killed by insurgents, reports The Hindu.",
        "Elders met officials in Wana on Monday to discuss compensation for shops destroyed in shelling and "
        "the reopening of the main bazaar, reports Dawn.",
        "Veterans gathered in Colombo on Sunday to pay tribute to those killed in the civil war, and "
        "speakers called for the release of land still held by the army.",
        "Funeral prayers for a Frontier Corps sepoy who died in a gunfight with militants in Kech earlier in "
        "the week were offered in his village near Jhelum on Monday.",
        "The monitoring group said 240 people were killed in militant attacks in the first six months of the "
        "year. Bombings fell, it said, while targeted killings rose between April and June.",
    ],
)
def test_no_new_incident(extractor: RulesExtractor, text: str) -> None:
    assert _main_sub_types(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a video shows, with people harmed, is told as a deed.
        (
            "A video released on Monday showed militants shooting dead two kidnapped teachers near Mir Ali, "
            "officials said.",
            S.ATTACK,
        ),
        # A day's attack beside a figure for the months before it is news.
        (
            "Militants attacked a police post in Tank on Monday, killing two constables, the third such "
            "attack in the past two months.",
            S.ARMED_CLASH,
        ),
        # A threat made, then carried out.
        (
            "Hours after threatening the town, gunmen opened fire on a bus in Kalat on Monday, killing four "
            "passengers.",
            S.ATTACK,
        ),
    ],
)
def test_news_beside_those_words(extractor: RulesExtractor, text: str, expected: SubEventType) -> None:
    assert expected in _main_sub_types(extractor, text)
