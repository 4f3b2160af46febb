"""Mention fields the rules misread (issue #3): the scene told in a sentence of its own ("The attack took
place on the outskirts of Kharan town", "The operation was carried out in the Datta Khel area"), a toll the
attackers claimed beside the officials' toll, the group a victim belonged to, and a blamed group whose past
deeds the sentence also tells."""

from __future__ import annotations

from datetime import UTC, datetime

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Mention, Role


def _main(extractor: RulesExtractor, text: str, published: datetime) -> list[Mention]:
    article = Article(article_id="fields", text=text, published_at=published)
    return [m for m in extractor.extract(article) if m.role is Role.MAIN]


def test_the_scene_told_after_a_province_and_a_wire_dateline(extractor: RulesExtractor) -> None:
    text = (
        "QUETTA, Pakistan, June 15 (Reuters) - A suicide bomber rammed an explosives-laden car into a "
        "paramilitary convoy in Pakistan's southwestern province of Balochistan on Sunday, killing five "
        "soldiers, officials said.\n\n"
        "The attack took place on the outskirts of Kharan town as the convoy was heading towards Washuk, an "
        "official told Reuters by telephone from Quetta."
    )
    (mention,) = _main(extractor, text, datetime(2025, 6, 15, tzinfo=UTC))
    assert mention.place is not None
    assert (mention.place.name, mention.place.admin2) == ("Kharan", "Kharan")


def test_the_scene_of_an_operation_inside_the_lead_s_district(extractor: RulesExtractor) -> None:
    text = (
        "ISLAMABAD, Feb 18 (Reuters) - Pakistani security forces killed eight militants in an operation in "
        "the northwestern district of North Waziristan on Monday, the military said.\n\n"
        'The "intelligence-based operation" was carried out in the Datta Khel area of the district, the '
        "military said."
    )
    (mention,) = _main(extractor, text, datetime(2025, 2, 18, tzinfo=UTC))
    assert mention.place is not None
    assert (mention.place.name, mention.place.admin2) == ("Datta Khel", "North Waziristan")


def test_the_attackers_own_toll_gives_way_to_the_officials(extractor: RulesExtractor) -> None:
    for claimed in (
        "The group claimed that dozens of soldiers had been killed, a figure Reuters could not verify.",
        "The group claimed that 40 soldiers had been killed.",
    ):
        text = (
            "A suicide bomber rammed a car into a convoy in Kharan on Sunday, killing five soldiers and "
            "wounding 12, officials said. The BLA said in a statement that it was behind the bombing. "
            + claimed
        )
        (mention,) = _main(extractor, text, datetime(2025, 6, 15, tzinfo=UTC))
        assert (mention.casualties.killed_min, mention.casualties.killed_max) == (5, 5)
        assert mention.casualties.injured_min == 12


def test_the_claimed_toll_stands_where_no_one_else_gives_one(extractor: RulesExtractor) -> None:
    text = (
        "Militants attacked a checkpoint in Kech on Sunday. The BLA claimed that 12 soldiers had been "
        "killed; officials gave no figure."
    )
    (mention,) = _main(extractor, text, datetime(2025, 6, 15, tzinfo=UTC))
    assert mention.casualties.killed_min == 12


def test_the_group_a_victim_belonged_to_did_not_kill_him(extractor: RulesExtractor) -> None:
    text = (
        "KHOST: A Pakistani national was shot dead and his companion wounded by unidentified gunmen in Khost "
        "province on Friday evening, officials said. However, local sources said Dawar was a commander of "
        "the Tehreek-e-Taliban Pakistan (TTP) who had fled military operations in Pakistan."
    )
    (mention,) = _main(extractor, text, datetime(2024, 10, 26, tzinfo=UTC))
    assert mention.perpetrator is None


def test_an_arrested_suspect_s_group_stays_the_one_acted_on(extractor: RulesExtractor) -> None:
    text = (
        "QUETTA: The Counter Terrorism Department on Tuesday said it had arrested Sher Khan in a raid in "
        "Kharotabad. Officials said Khan was a commander of the banned Lashkar-e-Jhangvi."
    )
    (mention,) = _main(extractor, text, datetime(2025, 6, 18, tzinfo=UTC))
    assert mention.perpetrator is not None
    assert mention.perpetrator.name == "Counter Terrorism Department"


def test_a_blamed_group_with_its_past_deeds_told(extractor: RulesExtractor) -> None:
    text = (
        "KARACHI: The prayer leader of an imambargah was shot dead by gunmen on a motorcycle in Orangi "
        "Town on Friday morning. The police chief said initial investigations suggested the involvement of "
        "the banned Lashkar-e-Jhangvi, which had carried out similar killings in the city in the past."
    )
    (mention,) = _main(extractor, text, datetime(2023, 2, 11, tzinfo=UTC))
    assert mention.perpetrator is not None
    assert mention.perpetrator.name == "Lashkar-e-Jhangvi"


def test_gunmen_believed_to_be_members_of_a_group_are_its_men(extractor: RulesExtractor) -> None:
    text = (
        "A group of armed men, believed to be members of the Islamic State, attacked a village in the town "
        "of al-Riyad in Hawija district, killing five civilians."
    )
    (mention,) = _main(extractor, text, datetime(2016, 3, 2, tzinfo=UTC))
    assert mention.perpetrator is not None
    assert mention.perpetrator.name == "Islamic State"
