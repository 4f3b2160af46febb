"""Crowds out for a cause, crowds that harm, and ground that falls (issue #3), one sentence at a time.

The sentences were written for these tests in the register of wire copy; none comes from a reference set.
"""

from __future__ import annotations

import pytest
from event_readers import sub_types

from waqia.model import SubEventType

S = SubEventType


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People out for a cause are demonstrators: what they do decides the sub-type.
        (
            "Teachers rallying against pension cuts hurled stones at the education ministry in Nairobi and "
            "set a police car on fire, police said.",
            S.VIOLENT_DEMONSTRATION,
        ),
        (
            "Miners marching for higher wages fought riot police with rocks and sticks near Oruro, the "
            "ministry said.",
            S.VIOLENT_DEMONSTRATION,
        ),
        (
            "Hundreds of farmers blocking a highway near Ludhiana were pushed back by police, who detained "
            "twenty of them.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        (
            "Police detained a dozen mothers who had gathered silently outside the central prison to mark "
            "the disappearance of their sons.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        # A crowd that went home of itself met no intervention.
        (
            "Nurses held a sit-in outside the health ministry in Accra over unpaid allowances, dispersing "
            "peacefully in the evening.",
            S.PEACEFUL_PROTEST,
        ),
        # Beaten badly, with the place between the crowd and the verb.
        (
            "Students marching in central Minsk were brutally beaten by riot police, a rights group said.",
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        ),
        # A crowd that burns or beats a person is a mob.
        (
            "A man accused of stealing a goat was beaten to death by a crowd in Kano, police said.",
            S.MOB_VIOLENCE,
        ),
        # Men who set upon people attack them.
        ("Armed men set upon villagers in Zurmi, killing nine people, officials said.", S.ATTACK),
        # Property wrecked with nobody hurt: an orchard, a monument.
        (
            "Settlers cut down some sixty olive trees belonging to villagers near Nablus, a local council "
            "head said.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
        (
            "A memorial to fallen journalists was defaced and toppled overnight in Tabriz, activists said.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
        # Poison put in what people drink.
        (
            "Gunmen laced the water tank of a girls' school in Takhar with pesticide, officials said.",
            S.ATTACK,
        ),
        # A word before the fighters that ends like a preposition ("Opposition" in "on").
        (
            "Opposition fighters seized the village of Kafr Nabl after two days of clashes with government "
            "forces, a war monitor said.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        # Ground that fell, named between the place word and the verb.
        (
            "The border town of Tessalit in northern Mali had fallen to jihadist fighters by Sunday, "
            "officials said.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
    ],
)
def test_the_sentence_reports_the_expected_sub_type(text: str, expected: SubEventType) -> None:
    assert sub_types(text)[:1] == [expected]
