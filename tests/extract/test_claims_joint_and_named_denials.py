"""Claims made by two groups at once, a claim by a group whose aside names others, and a parent group that
says by name it did not do it (issue #3)."""

from __future__ import annotations

import pytest

from waqia.extract.actors import ActorDictionary, load_actor_dictionary
from waqia.extract.claims import read_attribution
from waqia.model import ClaimStatus


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return load_actor_dictionary()


def _names(actors: ActorDictionary, ids: list[str]) -> list[str]:
    return [actors.actor(actor_id).name for actor_id in ids]


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        (
            "A gas pipeline was blown up near Sui on Tuesday. Both the Baloch Republican Army and the "
            "Balochistan Liberation Front claimed responsibility in separate statements.",
            ["bra", "blf"],
        ),
        (
            "Gunmen torched two trucks near Turbat. The BLA, the BLF and the BRA each claimed the attack.",
            ["bla", "blf", "bra"],
        ),
    ],
)
def test_groups_claiming_together_each_claim(
    actors: ActorDictionary, text: str, claimants: list[str]
) -> None:
    claim = read_attribution(text, actors=actors).claim
    assert claim.status is ClaimStatus.CLAIMED
    assert sorted(claim.claimed_by) == sorted(_names(actors, claimants))


def test_the_group_an_aside_describes_makes_the_claim(actors: ActorDictionary) -> None:
    text = (
        "Militants attacked a Levies post near Kharan. The Baloch Raaji Aajoi Sangar (BRAS), an alliance "
        "of separatist groups that includes the BLA and the BLF, claimed responsibility for the attack."
    )
    attribution = read_attribution(text, actors=actors)
    assert list(attribution.claim.claimed_by) == _names(actors, ["bras"])
    assert attribution.perpetrator == actors.actor("bras")


def test_a_group_saying_by_name_it_did_not_do_it_denies(actors: ActorDictionary) -> None:
    text = (
        "A bomb killed three policemen in Bajaur on Monday. Jamaat-ul-Ahrar claimed responsibility. "
        "A TTP spokesman said in a statement that the TTP had not carried out the bombing."
    )
    claim = read_attribution(text, actors=actors).claim
    assert list(claim.claimed_by) == _names(actors, ["jua"])
    assert list(claim.denied_by) == _names(actors, ["ttp"])


def test_an_official_saying_a_group_was_not_behind_it_denies_nothing(actors: ActorDictionary) -> None:
    text = (
        "A bomb killed three policemen in Bajaur on Monday. Jamaat-ul-Ahrar claimed responsibility. "
        "The police chief said the TTP was not involved."
    )
    claim = read_attribution(text, actors=actors).claim
    assert list(claim.denied_by) == []
