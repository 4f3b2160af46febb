"""A time cue that dates the deed a person is wanted or charged for ("a man wanted for killing two policemen
last year") recalls that deed, not the arrest the sentence reports."""

from __future__ import annotations

import pytest

from waqia.extract.events import Sentence, detect_events
from waqia.model import Role, SubEventType

S = SubEventType


def roles(text: str) -> dict[SubEventType, Role]:
    return {
        event.sub_event_type: event.role
        for event in detect_events([Sentence(start=0, end=len(text), text=text)])
    }


@pytest.mark.parametrize(
    "text",
    [
        "Police on Monday arrested a man wanted for killing two policemen in Quetta last year.",
        "The CTD detained two suspects accused of bombing a shrine in Sehwan in 2017.",
        "Levies arrested a militant involved in the abduction of engineers last month.",
    ],
)
def test_the_arrest_of_a_man_wanted_for_an_old_deed_is_news(text: str) -> None:
    assert roles(text).get(S.ARRESTS) is Role.MAIN


@pytest.mark.parametrize(
    "text",
    [
        # The cue dates the arrest itself.
        "Police arrested three men in Quetta last year.",
        "Police arrested a man wanted for murder in Quetta, a court was told last week.",
    ],
)
def test_a_cue_of_the_arrest_itself_still_recalls_it(text: str) -> None:
    assert roles(text).get(S.ARRESTS) is Role.BACKGROUND
