"""One sentence, several events (issue #3: several events per article): clauses that tell incidents of
their own are read apart, each with its place, date and toll, and later sentences that point back to one
of them ("the grenade attack", "Tuesday's killings") carry their claims to that one only."""

from __future__ import annotations

from datetime import datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, ClaimStatus, Mention, Role, SubEventType

S = SubEventType
PUBLISHED = datetime(2025, 3, 12, 10, 0)  # a Wednesday


def extract(extractor: RulesExtractor, text: str) -> tuple[Mention, ...]:
    return extractor.extract(Article(article_id="compound", text=text, published_at=PUBLISHED))


def summary(mention: Mention) -> tuple[object, ...]:
    place = mention.place.name if mention.place else None
    return (
        mention.role,
        mention.sub_event_type,
        mention.when.iso() if mention.when else None,
        place,
        mention.casualties.killed_min,
        mention.casualties.injured_min,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two places and two days: two incidents, each with its own toll.
        (
            "Gunmen shot dead a shopkeeper in Khuzdar on Monday; on Tuesday, a roadside bomb killed three "
            "soldiers in Panjgur.",
            [
                (Role.MAIN, S.ATTACK, "2025-03-10", "Khuzdar", 1, None),
                (Role.MAIN, S.REMOTE_EXPLOSIVE_LANDMINE_IED, "2025-03-11", "Panjgur", 3, None),
            ],
        ),
        # A bomb that went off, and another defused in a second town.
        (
            "A blast wounded six people at a bus stand in Mardan on Sunday, while police defused a second "
            "bomb in Swabi.",
            [
                (Role.MAIN, S.REMOTE_EXPLOSIVE_LANDMINE_IED, "2025-03-09", "Mardan", None, 6),
                (Role.MAIN, S.DISRUPTED_WEAPONS_USE, "2025-03-09", "Swabi", None, None),
            ],
        ),
        # "and in X": the second place starts a second incident, and does not place the first.
        (
            "A suicide bomber killed five policemen in Bannu on Tuesday, and in Tank, gunmen shot dead a "
            "tailor.",
            [
                (Role.MAIN, S.SUICIDE_BOMB, "2025-03-11", "Bannu", 5, None),
                (Role.MAIN, S.ATTACK, "2025-03-11", "Tank", 1, None),
            ],
        ),
        # An older killing recalled after a semicolon is a background event with its own toll, placed
        # where "the same street" points.
        (
            "Unknown attackers stabbed a teacher to death in Kohat on Monday; his cousin was shot dead in "
            "the same street in 2021.",
            [
                (Role.MAIN, S.ATTACK, "2025-03-10", "Kohat", 1, None),
                (Role.BACKGROUND, S.ATTACK, "2021", "Kohat", 1, None),
            ],
        ),
    ],
)
def test_clauses_that_tell_their_own_incident(
    extractor: RulesExtractor, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [summary(mention) for mention in extract(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The same attack's toll after a semicolon.
        (
            "Militants stormed a Levies post in Zhob on Monday, killing two guards; three others were "
            "wounded.",
            (Role.MAIN, S.ARMED_CLASH, "2025-03-10", "Zhob", 2, 3),
        ),
        # What the victims were doing, in a "while" clause.
        (
            "Gunmen killed two policemen while they were guarding a bank in Charsadda on Monday.",
            (Role.MAIN, S.ARMED_CLASH, "2025-03-10", "Charsadda", 2, None),
        ),
        # Another group of the same attackers, at the same place.
        (
            "Militants attacked a checkpost in Tank on Monday, killing a soldier, while others fired from a "
            "hill above the post.",
            (Role.MAIN, S.ARMED_CLASH, "2025-03-10", "Tank", 1, None),
        ),
        # A cue at the start of the sentence dates all its clauses.
        (
            "Last year militants stormed the post in Zhob; two soldiers were killed.",
            (Role.BACKGROUND, S.ARMED_CLASH, "2024", "Zhob", 2, None),
        ),
        # A victim's home town is no second place of the event.
        (
            "Militants attacked a checkpost in Kurram on Monday; a soldier was martyred - Sepoy Zahid of "
            "Jhelum - officials said.",
            (Role.MAIN, S.ARMED_CLASH, "2025-03-10", "Kurram", 1, None),
        ),
        (
            "Gunmen attacked a police post in Karak on Monday; a constable from Kohat was killed.",
            (Role.MAIN, S.ARMED_CLASH, "2025-03-10", "Karak", 1, None),
        ),
        # An older, undated brush told in the past perfect is no event of the day.
        (
            "Gunmen killed a judge in Sibi on Monday; the judge had earlier escaped an ambush in Dhadar.",
            (Role.MAIN, S.ATTACK, "2025-03-10", "Sibi", 1, None),
        ),
        # A clause that points back goes on with its event.
        (
            "Terrorists attacked a post in Bannu on Monday, but the attack was repulsed and two of them were "
            "killed in Jani Khel.",
            (Role.MAIN, S.ARMED_CLASH, "2025-03-10", "Bannu", 2, None),
        ),
        # One of two bombs went off; the other was defused where it was planted.
        (
            "Two bombs were planted outside a court in Hub on Monday; one exploded, killing three, while the "
            "other was defused.",
            (Role.MAIN, S.REMOTE_EXPLOSIVE_LANDMINE_IED, "2025-03-10", "Hub", 3, None),
        ),
        # Devices made safe at a raid's hideout are part of the raid.
        (
            "Troops killed two militants in a raid in Khyber on Monday; a suicide vest was defused at the "
            "hideout in Bara.",
            (Role.MAIN, S.ARMED_CLASH, "2025-03-10", "Khyber", 2, None),
        ),
        # Policemen named as victims in a later sentence part that says where they came from.
        (
            "Two policemen were shot dead in Tank on Monday; one of them, constable Rashid, belonged to "
            "Kulachi.",
            (Role.MAIN, S.ARMED_CLASH, "2025-03-10", "Tank", 2, None),
        ),
    ],
)
def test_clauses_of_one_incident_stay_one_event(
    extractor: RulesExtractor, text: str, expected: tuple[object, ...]
) -> None:
    assert [summary(mention) for mention in extract(extractor, text)] == [expected]


def claims_by_type(mentions: tuple[Mention, ...]) -> dict[SubEventType, tuple[str | None, ClaimStatus]]:
    return {
        m.sub_event_type: (m.perpetrator.name if m.perpetrator else None, m.claim.status) for m in mentions
    }


def test_a_claim_goes_to_the_attack_it_names(extractor: RulesExtractor) -> None:
    text = (
        "Two soldiers were killed when militants attacked their camp in Mastung on Monday; meanwhile, in "
        "Quetta, a grenade thrown at a police van on Tuesday injured three policemen.\n\n"
        "The Balochistan Liberation Front claimed the attack on the camp in a statement, but no group "
        "claimed the grenade attack."
    )
    assert claims_by_type(extract(extractor, text)) == {
        S.ARMED_CLASH: ("Balochistan Liberation Front", ClaimStatus.CLAIMED),
        S.GRENADE: (None, ClaimStatus.UNCLAIMED),
    }


def test_references_of_each_kind_point_to_their_event(extractor: RulesExtractor) -> None:
    text = (
        "Mortar rounds hit a military base in Kismayo on Monday, wounding four soldiers; on Tuesday a "
        "roadside bomb killed two traders near Afmadow.\n\n"
        "Al-Shabaab claimed the mortar attack; nobody claimed the bombing."
    )
    assert claims_by_type(extract(extractor, text)) == {
        S.SHELLING_ARTILLERY_MISSILE_ATTACK: ("al-Shabaab", ClaimStatus.CLAIMED),
        S.REMOTE_EXPLOSIVE_LANDMINE_IED: (None, ClaimStatus.UNCLAIMED),
    }


def test_a_killing_named_by_its_place_points_to_it(extractor: RulesExtractor) -> None:
    text = (
        "A roadside bomb hit a police patrol in Tikrit on Monday, wounding three officers, while gunmen "
        "shot dead a shepherd near Baiji hours later.\n\n"
        "Officials blamed Islamic State for the bombing; the killing near Baiji was not claimed."
    )
    assert claims_by_type(extract(extractor, text)) == {
        S.REMOTE_EXPLOSIVE_LANDMINE_IED: ("Islamic State", ClaimStatus.ATTRIBUTED),
        S.ATTACK: (None, ClaimStatus.UNCLAIMED),
    }


def test_a_day_named_in_the_blame_picks_that_days_event(extractor: RulesExtractor) -> None:
    text = (
        "Gunmen killed three herders near Djibo on Monday; in March 2023 the same camp lost six people "
        "when armed men burned its stores, residents said.\n\n"
        "Officials blamed the al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin for Monday's killings."
    )
    mentions = extract(extractor, text)
    main = [m for m in mentions if m.role is Role.MAIN]
    recalled = [m for m in mentions if m.role is Role.BACKGROUND]
    assert [(m.perpetrator.name if m.perpetrator else None, m.claim.status) for m in main] == [
        ("Jama'at Nusrat al-Islam wal-Muslimin", ClaimStatus.ATTRIBUTED)
    ]
    assert [m.perpetrator for m in recalled] == [None]


def test_a_claim_clause_goes_to_the_event_it_names(extractor: RulesExtractor) -> None:
    text = (
        "A bomb killed three people in Turbat on Monday; in Gwadar, police defused another bomb; the BLF "
        "claimed the bombing in Turbat."
    )
    assert claims_by_type(extract(extractor, text)) == {
        S.REMOTE_EXPLOSIVE_LANDMINE_IED: ("Balochistan Liberation Front", ClaimStatus.CLAIMED),
        S.DISRUPTED_WEAPONS_USE: ("Pakistani police", ClaimStatus.UNKNOWN),
    }


def test_a_claim_of_the_days_killing(extractor: RulesExtractor) -> None:
    text = (
        "Militants shot dead a constable near Wana on Monday; on 2 May 2022, the same checkpost was "
        "attacked by gunmen who killed two policemen.\n\n"
        "Police said the Tehreek-e-Taliban Pakistan claimed Monday's killing in a message."
    )
    main = [m for m in extract(extractor, text) if m.role is Role.MAIN]
    assert [(m.perpetrator.name if m.perpetrator else None, m.claim.status) for m in main] == [
        ("Tehreek-e-Taliban Pakistan", ClaimStatus.CLAIMED)
    ]
