"""Casualty counts around named victims: ages in apposition are no counts, a name may carry its own
description, and the one victim named after he was counted unnamed is one death (session 23)."""

from __future__ import annotations

import pytest

from waqia.extract.casualties import extract_casualties


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # An age between commas after a name is not a number of dead.
        ("Sepoy Rahim Gul, 31, a resident of Bannu, embraced shahadat in the exchange of fire.", None),
        # A counted subject whose name carries a description of its own.
        ("A soldier, Lance Naik Zahid Hussain, 29, a resident of Mardan, embraced shahadat.", 1),
        ("A constable, Muhammad Ashraf, a resident of Charsadda, was martyred in the attack.", 1),
        # The victim counted, then named: one death.
        (
            "A policeman guarding a bank was shot dead in Orangi Town on Friday. Officials said Constable "
            "Imdad was shot dead as he left his post.",
            1,
        ),
        # A second victim told as another stays two.
        (
            "A policeman was shot dead in Quetta on Friday. Another policeman, Constable Ali Khan, was shot "
            "dead in Pishin.",
            2,
        ),
    ],
)
def test_named_victims_and_ages(text: str, killed: int | None) -> None:
    assert extract_casualties(text).casualties.killed_min == killed


def test_a_list_of_victims_with_descriptions_keeps_its_total() -> None:
    text = "At least 12 people, including a Levies man, a child and a woman, were injured in the blast."
    reading = extract_casualties(text).casualties
    assert (reading.injured_min, reading.injured_max) == (12, None)


def test_an_age_in_a_date_or_a_place_list_still_counts() -> None:
    # "Kabul, 12 people": a count after a place and a comma, not between commas after a name.
    assert extract_casualties("In Kabul, 12 people were killed on Monday.").casualties.killed_min == 12
