"""What a report says around its event is no second event (issue #3): weapons carried, weapons "fought
with", seizures told after an arrest, tallies, props and habits; and the parts of one story that
name a wider place, a dateline or people's home towns stay one event."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from waqia.extract.events import Sentence, detect_events
from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Role, SubEventType

S = SubEventType


def _sentences(text: str) -> list[Sentence]:
    found = []
    for match in re.finditer(r"[^.!?]+[.!?]", text):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        found.append(Sentence(start=start, end=match.end(), text=text[start : match.end()]))
    return found


def main_sub_types(text: str) -> list[SubEventType]:
    return [event.sub_event_type for event in detect_events(_sentences(text)) if event.role is Role.MAIN]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weapon that went off is the event.
        (
            "Gunmen armed with rifles attacked a police station in Quetta; two grenades exploded in the "
            "compound.",
            [S.GRENADE],
        ),
        # What people fight with is no side in a battle.
        (
            "Policemen staged a sit-in in Lakki Marwat, saying they were fighting with old rifles.",
            [S.PEACEFUL_PROTEST],
        ),
        (
            "Heavy fighting with militants broke out in Tirah on Monday, killing two soldiers.",
            [S.ARMED_CLASH],
        ),
    ],
)
def test_weapons_fought_with(text: str, expected: list[SubEventType]) -> None:
    assert main_sub_types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A seizure told after the arrest, where it was made, is part of the arrest.
        (
            "The CTD arrested five suspected militants in a raid in Dera Ghazi Khan on Thursday. A spokesman "
            "said explosives and two hand grenades had been recovered from the suspects.",
            [S.ARRESTS],
        ),
        (
            "Intelligence forces arrested seven members of a cell in Kandahar on Friday. The spokesman said "
            "three suicide vests and rifles had been seized.",
            [S.ARRESTS],
        ),
        # A bomb defused elsewhere is an event of its own.
        (
            "Police arrested two men in Quetta on Monday. Separately, a bomb disposal squad defused a bomb "
            "planted near a school in Pishin.",
            [S.ARRESTS, S.DISRUPTED_WEAPONS_USE],
        ),
    ],
)
def test_a_seizure_after_an_arrest(text: str, expected: list[SubEventType]) -> None:
    assert main_sub_types(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Tallies and habits report no event.
        "Similar protests have been held in Skardu and Hunza over the past month.",
        "The southern districts have seen a spate of kidnappings this year, with gangs blamed for abducting "
        "government employees.",
        "Families say young men are picked up by security agencies and never charged.",
        # A prop, plural attackers in a year's tally.
        "On the last day each trainee had to disarm a mock suicide vest strapped to a mannequin.",
        "The minister said 1,500 people had been killed over the past year, and that suicide bombers and "
        "militants were crossing the border.",
        # Animals harmed, and a gathering only declared unlawful.
        "Herdsmen killed a cow that had strayed into their field, villagers said.",
        "Militants shot dead two stray dogs near the checkpoint.",
        "The district administration declared any gathering of more than four people an unlawful assembly.",
    ],
)
def test_tallies_props_and_habits_report_no_event(text: str) -> None:
    assert main_sub_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Traders observed a shutter-down strike against the killing of a shopkeeper.", [S.PEACEFUL_PROTEST]),
        ("Militants shot dead a shepherd and his dogs near the checkpoint.", [S.ATTACK]),
        ("Assailants killed a cattle dealer in Kogi state on Monday.", [S.ATTACK]),
        ("Police forced the protesters into police vans and drove them away.", [S.PROTEST_WITH_INTERVENTION]),
        # A habit word in another clause, a weapon worn by the bomber, leave the event.
        (
            "A journalist is killed in Karachi; press groups say such killings usually go unpunished.",
            [S.ATTACK],
        ),
        (
            "A militant armed with a suicide vest blew himself up at a mosque in Peshawar, killing 60.",
            [S.SUICIDE_BOMB],
        ),
    ],
)
def test_strikes_and_present_tense_still_report(text: str, expected: list[SubEventType]) -> None:
    assert main_sub_types(text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # The abducted men's home towns are not a second scene.
        "DERA ISMAIL KHAN: Armed men abducted three employees of a telecom company near Kulachi on Tuesday, "
        "police said.\n\nThe abducted men were identified as an engineer, a resident of Multan, and two "
        "technicians, both from Dera Ismail Khan.",
        # What the people the lead told of were doing when it happened places that event, not another.
        "BAJAUR: A polio worker and the policeman guarding her were shot dead when gunmen opened fire on a "
        "vaccination team in Salarzai tehsil on Saturday, officials said. The team was going door to door in "
        "Kotkay village when two men on a motorcycle opened fire and fled.",
        "Two labourers were killed when gunmen ambushed a van carrying road workers in Kech district. The "
        "workers were returning to their camp near Hoshab when the attackers sprayed the van with bullets.",
        # A village the gazetteer does not know tells no other scene than the district the lead names.
        "Two children were killed when rockets fired from across the border hit a house in Dangam district "
        "of Kunar province on Monday night. The Kunar police spokesman said several rockets landed in "
        "Shaltan village at around 11pm.",
        # The same unknown village named again, with another kind of violence: still the same event.
        "A suicide bomber blew himself up near a checkpost in Kotkay village of Bajaur district, wounding "
        "ten policemen. Guards at the checkpost in Kotkay village opened fire on a second attacker, who "
        "fled.",
    ],
)
def test_one_story_stays_one_event(extractor: RulesExtractor, text: str) -> None:
    mentions = extractor.extract(Article(article_id="story", text=text, published_at=datetime(2025, 3, 10)))
    assert len([mention for mention in mentions if mention.role is Role.MAIN]) == 1


@pytest.mark.model
def test_the_place_written_after_the_trigger_is_the_events(extractor: RulesExtractor) -> None:
    # The lead names a meeting in Quetta and the attack "in Kech district"; the next sentence about "the
    # attack" names the town near which it took place.
    text = (
        "QUETTA: The chief minister chaired a security meeting in Quetta on Wednesday, a day after five "
        "soldiers were killed in a bomb attack in Kech district.\n\nThe attack took place near Turbat, when "
        "a roadside bomb hit a Frontier Corps vehicle."
    )
    mentions = extractor.extract(Article(article_id="kech", text=text, published_at=datetime(2025, 3, 12)))
    main = [mention for mention in mentions if mention.role is Role.MAIN]
    assert len(main) == 1
    assert main[0].place is not None
    assert main[0].place.admin2 == "Kech"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A date after a semicolon dates its own clause, not the killing before it.
        (
            "Gunmen killed two brothers in Haripur on Sunday; the family had migrated from Amritsar in 1947.",
            [Role.MAIN],
        ),
        (
            "Gunmen killed a shopkeeper in Quetta on Monday; his brother was killed in a similar attack in "
            "2019.",
            [Role.MAIN, Role.BACKGROUND],
        ),
        # Before the semicolon the cue still recalls its own event.
        ("Gunmen killed two brothers in Haripur in 2019; the case is still pending.", [Role.BACKGROUND]),
    ],
)
def test_a_cue_after_a_semicolon_dates_its_clause(text: str, expected: list[Role]) -> None:
    assert [event.role for event in detect_events(_sentences(text))] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A killing the sentence tells of another event leaves the abduction the news.
        (
            "Gunmen abducted three labourers in Kech on Monday, a day after five soldiers were killed in a "
            "bomb attack in Turbat.",
            [S.ABDUCTION_FORCED_DISAPPEARANCE],
        ),
        # An earlier attack told after "the blast" is its own event.
        (
            "A bomb killed three soldiers in Kech on Monday. The blast was the second after a grenade attack "
            "in Turbat on Sunday injured two people.",
            [S.REMOTE_EXPLOSIVE_LANDMINE_IED, S.GRENADE],
        ),
        (
            "A suicide bomber wearing a vest packed with explosives struck a checkpoint in Bannu.",
            [S.SUICIDE_BOMB],
        ),
        (
            "Unidentified men are abducting a trader in Kech, police said on Monday.",
            [S.ABDUCTION_FORCED_DISAPPEARANCE],
        ),
        # A toll of its own at a village the gazetteer lacks: another bombing of a roundup.
        (
            "A car bomb killed 13 people near a market in Bannu on Monday. Five people were killed by a "
            "roadside bomb in Shaltan village.",
            [S.REMOTE_EXPLOSIVE_LANDMINE_IED, S.REMOTE_EXPLOSIVE_LANDMINE_IED],
        ),
        # People the lead did not tell of: another incident.
        (
            "Gunmen shot dead two policemen in Bannu on Monday. The shepherds were grazing their flocks near "
            "Domel when a roadside bomb killed three of them.",
            [S.ARMED_CLASH, S.REMOTE_EXPLOSIVE_LANDMINE_IED],
        ),
    ],
)
def test_neighbouring_events_stay_apart(
    extractor: RulesExtractor, text: str, expected: list[SubEventType]
) -> None:
    mentions = extractor.extract(Article(article_id="apart", text=text, published_at=datetime(2025, 3, 12)))
    assert sorted(m.sub_event_type for m in mentions if m.role is Role.MAIN) == sorted(expected)
