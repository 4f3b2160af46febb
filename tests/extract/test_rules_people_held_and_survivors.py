"""Places and roles misread around people (issue #3), through the real extractor: a person's name the tagger
calls a place ("identified as Kamran" is no Kamra), a place where someone was held before the event told
(but the scene of the arrest itself, and a meeting "held" somewhere), a time that dates that detention and
not the event, a railway line between two towns, a person's home town, the one who survived or escaped an
attack (its target, not its doer), and someone the forces killed in an operation."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Mention, Role, SubEventType


def _main(extractor: RulesExtractor, text: str) -> Mention:
    article = Article(article_id="people", text=text, published_at=datetime(2023, 5, 26, tzinfo=UTC))
    mentions = [m for m in extractor.extract(article) if m.role is Role.MAIN]
    assert mentions, text
    return mentions[0]


def _province(extractor: RulesExtractor, text: str) -> str | None:
    mention = _main(extractor, text)
    return mention.place.admin1 if mention.place is not None else None


@pytest.mark.parametrize(
    ("text", "province"),
    [
        # "Kamran" is tagged a place and is one letter from Kamra, a Punjab town.
        (
            "One man was shot dead and a second, identified as Kamran, was hurt when gunmen fired on them "
            "in Korangi, Karachi, on Thursday.",
            "Sindh",
        ),
        (
            "Unknown attackers killed a tailor identified as Kamran Ahmed outside his shop in Hyderabad, "
            "Sindh.",
            "Sindh",
        ),
        (
            "A policeman, Gul Zaman son of Kamran, was shot dead at a checkpoint in Khuzdar on Friday.",
            "Balochistan",
        ),
        (
            "Gunmen on a motorbike killed a shopkeeper named Kamran in the Saddar area of Peshawar.",
            "Khyber Pakhtunkhwa",
        ),
    ],
)
def test_a_name_given_as_a_persons_is_no_place(extractor: RulesExtractor, text: str, province: str) -> None:
    assert _province(extractor, text) == province


def test_a_name_given_as_a_persons_stays_a_person_later_in_the_text(extractor: RulesExtractor) -> None:
    # "Gajapati" is also an Odisha district; the second sentence names the victim again, not a place, so the
    # two sentences tell one killing in Nuapada.
    text = (
        "Maoist cadres shot dead a villager identified as Gajapati Naik in Nuapada District, calling him a "
        "police informer. The rebels killed Gajapati near a stream outside his village."
    )
    article = Article(article_id="people", text=text, published_at=datetime(2023, 5, 26, tzinfo=UTC))
    mains = [m for m in extractor.extract(article) if m.role is Role.MAIN]
    assert [m.place.name if m.place else None for m in mains] == ["Nuapada"]


def test_a_town_called_by_name_is_still_a_place(extractor: RulesExtractor) -> None:
    # Only a person word before "named" or "called" makes the name a person's.
    text = "A bomb went off in a town called Kamra in Attock district, wounding three people."
    mention = _main(extractor, text)
    assert mention.place is not None
    assert (mention.place.name, mention.place.admin1) == ("Kamra", "Punjab")


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "On a tip-off from a suspect held in Bahawalpur, counter-terrorism police raided a house in "
            "Larkana and killed two militants in a shootout.",
            "Sindh",
        ),
        (
            "A commander captured in Rawalpindi in March led troops to a cave in Zhob district, where three "
            "insurgents died in an exchange of fire on Sunday.",
            "Balochistan",
        ),
    ],
)
def test_where_someone_was_held_is_not_the_scene_of_a_later_fight(
    extractor: RulesExtractor, text: str, province: str
) -> None:
    assert _province(extractor, text) == province


def test_where_someone_was_held_is_the_scene_of_the_arrest_itself(extractor: RulesExtractor) -> None:
    text = (
        "Police said two militants arrested in Faisalabad on Monday had planned to attack a shrine in Lahore."
    )
    article = Article(article_id="people", text=text, published_at=datetime(2023, 5, 26, tzinfo=UTC))
    arrests = [m for m in extractor.extract(article) if m.sub_event_type is SubEventType.ARRESTS]
    assert arrests
    assert arrests[0].place is not None
    assert arrests[0].place.name == "Faisalabad"


def test_a_time_that_dates_a_detention_does_not_make_the_event_old(extractor: RulesExtractor) -> None:
    text = (
        "A bomb maker detained in Multan last week led police to a compound in Sukkur, where two militants "
        "were killed in a shootout on Wednesday."
    )
    mention = _main(extractor, text)
    assert mention.place is not None
    assert mention.place.name == "Sukkur"
    assert mention.when is not None
    assert mention.when.iso() == "2023-05-24"


def test_a_railway_line_between_two_towns_runs_through_neither(extractor: RulesExtractor) -> None:
    text = "An explosive device damaged the Rohri-Quetta railway line near Sibi on Tuesday, halting trains."
    mention = _main(extractor, text)
    assert mention.place is not None
    assert mention.place.name == "Sibi"


def test_one_persons_home_town_is_not_the_scene(extractor: RulesExtractor) -> None:
    text = "Two gunmen shot dead a shopkeeper from Gujranwala outside a mosque in Jacobabad on Saturday."
    mention = _main(extractor, text)
    assert mention.place is not None
    assert mention.place.admin1 == "Sindh"


@pytest.mark.parametrize(
    "text",
    [
        "A provincial minister survived an attack on his convoy in Kalat on Monday.",
        "The deputy commissioner escaped unhurt when a roadside bomb went off beside his car in Turbat.",
        "A police officer narrowly survived a bomb attack near his home in Bannu.",
    ],
)
def test_one_who_survived_an_attack_is_its_target(extractor: RulesExtractor, text: str) -> None:
    mention = _main(extractor, text)
    assert mention.event_type.value in {"Violence against civilians", "Explosions/Remote violence", "Battles"}
    assert mention.perpetrator is None


def test_a_heart_attack_survived_is_no_event(extractor: RulesExtractor) -> None:
    text = "The former governor survived a heart attack in Quetta on Monday and is recovering in hospital."
    article = Article(article_id="people", text=text, published_at=datetime(2023, 5, 26, tzinfo=UTC))
    assert [m for m in extractor.extract(article) if m.role is Role.MAIN] == []


def test_a_detention_told_alone_keeps_its_time_as_recalled(extractor: RulesExtractor) -> None:
    # With no new deed after it, the detention is all the sentence tells, and "last week" makes it old news.
    text = (
        "A suspected militant detained in Swat last week has told investigators that he was trained to "
        "assemble bombs at a camp in Kunar."
    )
    article = Article(article_id="people", text=text, published_at=datetime(2023, 5, 26, tzinfo=UTC))
    assert [m.role for m in extractor.extract(article)] == [Role.BACKGROUND]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Security forces killed a TTP commander in an operation in Tank on Friday.",
            SubEventType.ARMED_CLASH,
        ),
        (
            "Troops shot dead Commander Noor Wali during a raid on a compound in Kurram.",
            SubEventType.ARMED_CLASH,
        ),
        # Civilians killed in an operation are attacked, not fought.
        ("Soldiers killed four villagers during an operation in Kunar.", SubEventType.ATTACK),
    ],
)
def test_one_the_forces_killed_in_an_operation(
    extractor: RulesExtractor, text: str, expected: SubEventType
) -> None:
    assert _main(extractor, text).sub_event_type is expected


def test_a_meeting_held_somewhere_is_its_scene(extractor: RulesExtractor) -> None:
    # Only a person is "held" as a detainee: a jirga held in Kohat took place there.
    text = "Elders of two warring clans of Orakzai agreed to a truce at a jirga held in Kohat on Saturday."
    mention = _main(extractor, text)
    assert mention.place is not None
    assert mention.place.name == "Kohat"
