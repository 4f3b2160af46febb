"""Leads that recall an attack rather than report one (issue #3): the funeral of those killed in it, relief
paid to its victims' families, and whom its doer or victim turned out to be; complaints counted by a
commission. The recalled attack is background, and a fresh attack in such a report is still news."""

from __future__ import annotations

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Mention, Role, SubEventType

S = SubEventType


def _mentions(extractor: RulesExtractor, text: str) -> list[Mention]:
    # SATP-style paragraphs carry no publication date: the lead alone must tell the deed is recalled.
    article = Article(article_id="rites", text=text, published_at=None)
    return list(extractor.extract(article))


def _main_sub_types(extractor: RulesExtractor, text: str) -> list[SubEventType]:
    return [m.sub_event_type for m in _mentions(extractor, text) if m.role is Role.MAIN]


@pytest.mark.parametrize(
    "text",
    [
        "The funeral prayers of four Levies men who had fallen in a roadside bombing near Kohlu on Sunday "
        "were offered in Quetta on Monday.",
        "The funeral prayers of two soldiers who had fallen in an ambush in Mastung were offered at the FC "
        "Headquarters on Friday.",
        "The NDS said on Tuesday that the suicide attacker who struck a wrestling club in Sheberghan last "
        "Friday had been identified as a 20-year-old from Darzab.",
        "Meanwhile, the militant killed in an encounter in Shopian on Saturday has been identified as a "
        "district commander of the Hizbul Mujahideen, police said.",
        # Recalled already before this lead rule, and still.
        "The provincial government on Tuesday distributed compensation cheques among the families of 11 "
        "victims of the March car bombing at a vegetable market in Parachinar.",
    ],
)
def test_a_lead_that_recalls_an_attack_reports_none(extractor: RulesExtractor, text: str) -> None:
    assert not _main_sub_types(extractor, text)
    assert any(m.role is Role.BACKGROUND for m in _mentions(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        # The rite itself attacked.
        "A suicide bomber killed 12 mourners at the funeral of a tribal elder in Bajaur on Monday.",
        # A lead that opens with the deed, its doers named later.
        "Two militants were killed in an encounter with police in Shopian on Saturday. The slain militants "
        "were identified as local recruits of the Hizbul Mujahideen.",
    ],
)
def test_an_attack_reported_with_its_rites_or_names_is_news(extractor: RulesExtractor, text: str) -> None:
    assert _main_sub_types(extractor, text)


def test_complaints_counted_by_a_commission_are_no_event(extractor: RulesExtractor) -> None:
    text = (
        "The Commission of Inquiry said on Monday that it had received 5,300 complaints of abduction, "
        "torture and killings from the years of the insurgency."
    )
    assert not _main_sub_types(extractor, text)
