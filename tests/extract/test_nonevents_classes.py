"""Games, courses, hunts, celebrations, courts and debates lend violent words; look-alikes keep events."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.events import Sentence, read_sentence
from waqia.extract.nonevents import StoryKind, StoryReading, drop_figurative_triggers, read_story
from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Role, make_article_id

PUBLISHED = datetime(2025, 9, 3, 10, 0, tzinfo=UTC)


def _article(text: str) -> Article:
    return Article(article_id=make_article_id(url=None, text=text), text=text, published_at=PUBLISHED)


def _main_sub_types(extractor: RulesExtractor, text: str) -> list[str]:
    return [m.sub_event_type.value for m in extractor.extract(_article(text)) if m.role is Role.MAIN]


def _story(text: str) -> StoryReading:
    lead = text.split(". ", maxsplit=1)[0] + "."
    return read_story(text, lead=read_sentence(Sentence(start=0, end=len(lead), text=lead)))


def _raw_and_live(text: str) -> tuple[list[str], list[str]]:
    """The triggers of a one-sentence text before and after the story rules (not recalled ones)."""
    sentence = Sentence(start=0, end=len(text), text=text)
    raw = read_sentence(sentence)
    (live,) = drop_figurative_triggers([raw], text=text)
    return (
        [trigger.text for trigger in raw.triggers],
        [trigger.text for trigger in live.triggers if not trigger.recalled and not trigger.reference],
    )


SQUASH_FINAL = (
    "PESHAWAR: The second seed saved two match points and fired a backhand winner down the line to take "
    "the national squash title on Sunday. He attacked the front of the court in the fifth game and killed "
    "the rally with a drop shot, and the top seed said he had been shot down by a better player."
)
ESPORTS_FINAL = (
    "LAHORE: A team of students from Multan won a mobile battle-royale championship at a Lahore hotel on "
    "Saturday, finishing with 41 kills and taking the last squad out with an ambush on a hilltop. "
    "Their captain, who made 12 headshots, said the kill feed had shown the rivals dead within seconds."
)
FILM_SET = (
    "KARACHI: Shopkeepers in Saddar panicked on Thursday night when a film crew set off a series of blasts "
    "for the climax of a crime drama without warning them. The special effects team said the charges were "
    "tiny, and the producers apologised. People called the police to report a bomb attack, and the "
    "actors, in costumes smeared with fake blood, waited until officers checked the permit."
)
TRAINING_COURSE = (
    "PESHAWAR: Thirty Levies personnel finished a three-week refresher course in Peshawar on Monday, in "
    "which instructors taught them to search vehicles for car bombs. The trainees practised on a dummy "
    "suicide jacket and on mock explosives hidden in a van, and instructors set off controlled blasts."
)
AIRPORT_DRILL = (
    "MULTAN: Rescue teams and police held a drill at Multan airport on Tuesday in which a plane was taken "
    "to be hijacked and commandos freed the hostages on board. Officials said the drill tested how fast "
    "ambulances could reach the runway."
)
CELEBRATORY_FIRE = (
    "HYDERABAD: A teenager was killed and four people were injured by stray bullets when revellers fired "
    "into the air to celebrate the new year in Hyderabad on Wednesday night, police said. Police arrested "
    "eleven men and seized their pistols."
)
HUNTING_ACCIDENT = (
    "SHEIKHUPURA: A man was accidentally shot dead by his cousin on a partridge shoot near Sheikhupura on "
    "Sunday, police said. The cousin fired at a bird as the man rose from a ditch. Police arrested him."
)
BAIL_HEARING = (
    "LAHORE: A court in Lahore on Monday granted bail to a poet held for eight months on charges of "
    "glorifying terrorism in a verse. The prosecution said his line about young men who would 'take up the "
    "gun and strike the palace' was a call to attack, but the judge said poetry was not a plan."
)
ASSEMBLY_DEBATE = (
    "KARACHI: The Sindh Assembly on Tuesday debated a bill to register seminaries, and an opposition member "
    "called it an attack on religious freedom. A minister said dozens of people had been killed in sectarian "
    "attacks over the past decade. Another member said the bill would be shot down in the courts."
)
JEEP_RALLY_CRASH = (
    "KHUZDAR: A spectator was killed on Saturday when a rally car lost control on a gravel bend and "
    "ploughed into a crowd during the Jhal Magsi desert rally, the organisers said. The rally resumed after "
    "an hour, and the race leader attacked the last stage to finish six minutes ahead."
)
HAILSTORM = (
    "SIALKOT: A hailstorm and strong winds lashed Sialkot on Monday, uprooting trees and destroying crops, "
    "and the old city looked like a battlefield, residents said. Two people were hurt when a wall fell."
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (SQUASH_FINAL, StoryKind.SPORT),
        (ESPORTS_FINAL, StoryKind.SPORT),
        (FILM_SET, StoryKind.FICTION),
        (TRAINING_COURSE, StoryKind.EXERCISE),
        (AIRPORT_DRILL, StoryKind.EXERCISE),
        (JEEP_RALLY_CRASH, StoryKind.SPORT),
        (CELEBRATORY_FIRE, StoryKind.NEWS),
    ],
)
def test_games_film_sets_courses_and_drills_are_read_by_their_words(text: str, kind: StoryKind) -> None:
    assert _story(text).kind is kind


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (CELEBRATORY_FIRE, "celebratory_fire"),
        (HUNTING_ACCIDENT, "misadventure_lead"),
        (BAIL_HEARING, "court_lead"),
        (ASSEMBLY_DEBATE, "rhetoric_lead"),
        (JEEP_RALLY_CRASH, "hazard_lead"),
        (HAILSTORM, "hazard_lead"),
    ],
)
def test_leads_are_read_as_celebration_misadventure_court_debate_and_mishap(text: str, flag: str) -> None:
    assert getattr(_story(text), flag) is True


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two Lashkar-e-Jhangvi militants accused of killing a trader on Monday.",
        "Gunmen opened fire on a wedding party in Bannu on Saturday night, killing three guests.",
        "Gunmen shot dead a witness outside the court in Quetta on Monday before the hearing of a trial.",
        "Militants ambushed a party of hunters near Parachinar on Sunday, killing two of them.",
    ],
)
def test_leads_with_armed_men_or_an_attack_are_no_celebration_misadventure_or_hearing(text: str) -> None:
    story = _story(text)
    assert not story.celebratory_fire
    assert not story.misadventure_lead
    assert not story.court_lead


@pytest.mark.parametrize(
    "text",
    [
        # A belief the story corrects.
        "People thought someone had opened fire on the wedding guests.",
        "I thought we were being attacked by terrorists, a vendor said.",
        # A drill's violence is staged.
        "Schoolchildren hid under their desks during a mock terrorist attack organised by the police.",
        # Harm counted over a period, and acts repeated over it.
        "The minister said more than 2,000 people, most of them policemen, had been killed by suicide "
        "bombers over the past year.",
        "Militants have attacked police posts eleven times this year, the minister said.",
        # Violence told as a state of things.
        "Border villagers have lived in fear for years in view of continued ceasefire violations.",
        "The district has been shelled heavily in recent times, the minister said.",
        # A toll not yet taken.
        "The leaked list gave the names of journalists to be killed by the militants.",
        # A gun that went off, and animals.
        "The boy died when his uncle's pistol went off as he cleaned it.",
        "Wild boars destroyed maize crops on 300 acres near Narowal.",
    ],
)
def test_beliefs_drills_tallies_habits_and_animals_give_no_live_trigger(text: str) -> None:
    raw, live = _raw_and_live(text)
    assert raw, "the sentence should hold a trigger for the rule to drop"
    assert live == []


@pytest.mark.parametrize(
    "text",
    [
        "Militants thought to have planted the bomb were arrested in Quetta on Monday.",
        "Militants attacked a check post in Bannu on Monday, the third attack on the post this year.",
        "Gunmen killed 12 passengers on a bus in Kohistan on Tuesday, police said.",
        "A bomb went off in a gun shop in Peshawar on Friday, killing two men.",
        "Police fired tear gas at protesters who had marched on the assembly on Monday.",
    ],
)
def test_real_events_beside_belief_tally_and_gun_words_keep_a_live_trigger(text: str) -> None:
    assert _raw_and_live(text)[1]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        SQUASH_FINAL,
        ESPORTS_FINAL,
        FILM_SET,
        TRAINING_COURSE,
        AIRPORT_DRILL,
        CELEBRATORY_FIRE,
        HUNTING_ACCIDENT,
        BAIL_HEARING,
        ASSEMBLY_DEBATE,
        JEEP_RALLY_CRASH,
        HAILSTORM,
    ],
)
def test_game_course_drill_celebration_hunt_court_debate_and_mishap_stories_give_no_main_event(
    extractor: RulesExtractor, text: str
) -> None:
    assert _main_sub_types(extractor, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "KARACHI: Gunmen on motorcycles shot dead two squash players outside the national squash "
            "complex on Sunday evening after the final, police said.",
            "Attack",
        ),
        (
            "QUETTA: Three suicide bombers stormed a police training college on the outskirts of Quetta on "
            "Monday night, killing 15 trainees, officials said.",
            "Suicide bomb|Armed clash|Attack",
        ),
        (
            "PESHAWAR: A grenade was thrown at a crowd celebrating a cricket win on Sunday night, injuring "
            "seven fans, police said. Revellers had been firing into the air.",
            "Grenade",
        ),
        (
            "KURRAM: A roadside bomb hit a vehicle carrying hunters near Parachinar on Sunday, killing three "
            "men, officials said.",
            "Remote explosive/landmine/IED",
        ),
        (
            "QUETTA: A suicide bomber blew himself up near the gate of the Balochistan Assembly on Wednesday "
            "during a budget session, killing four policemen, officials said.",
            "Suicide bomb",
        ),
        # Hunters named as the killers are a militia, not a hunting trip.
        (
            "BOBO-DIOULASSO: The killing of eleven herders near Solenzo on Sunday by suspected Dozo hunters "
            "has sparked outrage, local officials said.",
            "Attack",
        ),
        # People named after the animals of their trade are people.
        ("KOGI: Assailants killed a cattle dealer in Adavi district on Tuesday, police said.", "Attack"),
        ("ZHOB: Gunmen shot dead two goat herders near the bypass on Monday, Levies said.", "Attack"),
        # A walkout outside a legislature is a strike.
        (
            "KARACHI: Dock workers staged a walkout at the port on Monday to protest unpaid wages.",
            "Peaceful protest",
        ),
    ],
)
def test_attacks_on_players_trainees_revellers_hunters_and_assemblies_stay_main(
    extractor: RulesExtractor, text: str, sub_type: str
) -> None:
    assert set(sub_type.split("|")) & set(_main_sub_types(extractor, text))
