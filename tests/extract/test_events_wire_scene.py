"""A lead that places an attack only in a province, under a wire dateline, and a next sentence naming the
district inside it tell one event (session 23)."""

from __future__ import annotations

from datetime import UTC, datetime

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Mention, Role


def _mains(extractor: RulesExtractor, text: str) -> list[Mention]:
    article = Article(article_id="wire", text=text, published_at=datetime(2025, 7, 15, 9, tzinfo=UTC))
    return [m for m in extractor.extract(article) if m.role is Role.MAIN]


def test_a_district_inside_the_leads_province_is_the_same_attack(extractor: RulesExtractor) -> None:
    text = (
        "QUETTA, Pakistan (AP) - Militants attacked a paramilitary checkpoint in the southwestern province "
        "of Balochistan on Sunday, killing four soldiers, officials said.\n\n"
        "The attackers opened fire on the checkpoint near Turbat from three sides before fleeing into nearby "
        "hills, a security official said."
    )
    mains = _mains(extractor, text)
    assert len(mains) == 1
    assert mains[0].place is not None
    assert mains[0].place.admin2 == "Kech"


def test_a_district_of_another_province_is_another_attack(extractor: RulesExtractor) -> None:
    text = (
        "QUETTA, Pakistan (AP) - A roadside bomb killed three soldiers in the southwestern province of "
        "Balochistan on Sunday, officials said.\n\n"
        "In Khyber Pakhtunkhwa's Bannu district, gunmen shot dead two policemen at a market, police said."
    )
    assert len(_mains(extractor, text)) == 2
